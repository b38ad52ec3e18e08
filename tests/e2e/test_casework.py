"""Issue 5: casework in inspector groups, through the sandbox with the real bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import select

from bot.harness import running_bot
from cases.model import CaseState, Department, Event, EventKind
from storage import tables
from tests.e2e.world import World, button
from tests.e2e.world import world as full_world


@asynccontextmanager
async def world(database_url: str, *, limits: bool = False, **kwargs: Any) -> AsyncIterator[World]:
    """The e2e world; without the outgoing rate limiter unless asked (3 messages per 3 s
    per private chat would add seconds to every step; it has tests of its own)."""
    async with (
        full_world(database_url, start=False, **kwargs) as w,
        running_bot(w.settings, rate_limit=limits) as bot,
    ):
        w.bot = bot
        yield w


WAGE = "包工头张建国欠我们班组12个人三个月工资，一共十几万"
LABOUR = ("labour", "白云区", Department.LABOUR)
HAIZHU = ("haizhu", "海珠区", Department.LABOUR)
CITY = ("city", "广州市", Department.CITY)


async def press(
    w: World, user: dict[str, Any], chat: int, msg_id: int, data: str, *, forge: bool = False
) -> dict[str, Any]:
    """Press a button and return the bot's answer to the callback query."""
    qid = w.sb.press_button(user["id"], chat, msg_id, data, must_exist=not forge)
    answer: dict[str, Any] = await w.sb.wait_for(lambda: w.sb.callback_answer(qid))
    return answer


async def case_state(w: World) -> tuple[CaseState, list[EventKind]]:
    async with w.bot.services.store() as store:  # type: ignore[union-attr]
        case = (await store.session.execute(select(tables.cases_table))).first()
        assert case is not None
        events = (
            (await store.session.execute(select(Event).order_by(tables.events.c.id)))
            .scalars()
            .all()
        )
        return CaseState(case.state), [e.kind for e in events]


def message(w: World, chat: int, message_id: int) -> dict[str, Any]:
    return next(m for m in w.sb.messages(chat) if m["message_id"] == message_id)


async def reply_to_prompt(
    w: World, chat: int, prompt_contains: str, text: str, *, after: int = 0
) -> None:
    prompt = await w.sb.wait_for_message(chat, contains=prompt_contains, after=after)
    w.sb.send_text(w.inspector["id"], text, chat, reply_to_message_id=prompt["message_id"])


async def test_acknowledge_resolve_and_the_worker_confirms(database_url: str) -> None:
    async with world(database_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)

        answer = await press(w, w.inspector, chat, card["message_id"], button(card, "c:ack:"))
        assert answer.get("text")
        acked = await w.card(chat, contains="陈监察 已接手")
        assert acked["message_id"] == card["message_id"]  # edited in place, not a new card
        assert len(w.cards(chat)) == 1
        await w.sb.wait_for_message(worker["id"], contains="已有监察员接手")

        await press(w, w.inspector, chat, card["message_id"], button(acked, "c:resolve:"))
        await reply_to_prompt(w, chat, "处理结果", "已督促总包单位垫付全部工资")
        done = await w.card(chat, contains="已办结：已督促总包单位垫付全部工资")
        assert done["message_id"] == card["message_id"]
        assert not (done.get("reply_markup") or {}).get("inline_keyboard")
        ask = await w.sb.wait_for_message(worker["id"], contains="问题解决了吗")
        assert "已督促总包单位垫付全部工资" in ask["text"]
        labels = [b["text"] for row in ask["reply_markup"]["inline_keyboard"] for b in row]
        assert labels == ["已解决", "没解决"]

        await press(w, worker, worker["id"], ask["message_id"], button(ask, "f:y:"))
        closed = await w.card(chat, contains="已结案")
        assert closed["message_id"] == card["message_id"]
        state, _ = await case_state(w)
        assert state is CaseState.CLOSED

        # A press on the closed case changes nothing, and is answered.
        forged = f"c:ack:{button(card, 'c:ack:').split(':')[2]}"
        answer = await press(w, w.inspector, chat, card["message_id"], forged, forge=True)
        assert "结束" in answer["text"]
        assert (await case_state(w))[0] is CaseState.CLOSED
        assert "已结案" in message(w, chat, card["message_id"])["text"]


async def test_not_resolved_goes_back_to_the_same_group_with_a_mark(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)
        await press(w, w.inspector, chat, card["message_id"], button(card, "c:resolve:"))
        await reply_to_prompt(w, chat, "处理结果", "已调解，老板答应月底付清")
        ask = await w.sb.wait_for_message(worker["id"], contains="问题解决了吗")
        await press(w, worker, worker["id"], ask["message_id"], button(ask, "f:n:"))
        back = await w.card(chat, contains="↩️")
        assert back["message_id"] == card["message_id"]
        assert "待接手" in back["text"]
        assert button(back, "c:ack:") and button(back, "c:resolve:")
        await w.sb.wait_for_message(worker["id"], contains="已重新交给监察员")
        state, events = await case_state(w)
        assert state is CaseState.REOPENED
        assert EventKind.REOPENED in events


async def test_transfer_to_another_bound_group(sqlite_url: str) -> None:
    async with world(sqlite_url, groups=(LABOUR, HAIZHU)) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat, other = w.groups["labour"], w.groups["haizhu"]
        card = await w.card(chat)
        await press(w, w.inspector, chat, card["message_id"], button(card, "c:transfer:"))
        picker = await w.sb.wait_for_message(chat, contains="转办给哪个群")
        targets = [
            b["callback_data"] for row in picker["reply_markup"]["inline_keyboard"] for b in row
        ]
        assert targets == [
            f"c:to:{card['reply_markup']['inline_keyboard'][0][0]['callback_data'].split(':')[2]}:{other}"
        ]
        answer = await press(w, w.inspector, chat, picker["message_id"], targets[0])
        assert "海珠区" in answer["text"]
        new = await w.card(other)
        assert WAGE[:6] in new["text"] and button(new, "c:ack:")
        old = await w.card(chat, contains="已转办")
        assert old["message_id"] == card["message_id"]
        assert not (old.get("reply_markup") or {}).get("inline_keyboard")
        await w.sb.wait_for_message(worker["id"], contains="已转交给“海珠区")


async def test_escalate_to_the_city_group(sqlite_url: str) -> None:
    async with world(sqlite_url, groups=(LABOUR, CITY)) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)
        answer = await press(w, w.inspector, chat, card["message_id"], button(card, "c:escalate:"))
        assert answer["text"] == "已提级。"
        city = await w.card(w.groups["city"])
        assert button(city, "c:ack:")
        await w.card(chat, contains="已转办/提级")
        await w.sb.wait_for_message(worker["id"], contains="已提级处理")


async def test_reject_with_a_reason_tells_the_worker(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)
        await press(w, w.inspector, chat, card["message_id"], button(card, "c:reject:"))
        await reply_to_prompt(w, chat, "不属于欠薪的原因", "属于工伤赔偿纠纷，请找社保")
        told = await w.sb.wait_for_message(worker["id"], contains="属于工伤赔偿纠纷，请找社保")
        assert "不属于欠薪" in told["text"]
        await w.card(chat, contains="非欠薪：属于工伤赔偿纠纷")
        assert (await case_state(w))[0] is CaseState.REJECTED


async def test_forged_and_repeated_presses_change_nothing(database_url: str) -> None:
    async with world(database_url, groups=(LABOUR, HAIZHU)) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat, other = w.groups["labour"], w.groups["haizhu"]
        card = await w.card(chat)
        ack = button(card, "c:ack:")
        before = await case_state(w)

        # From a private chat: the inspector forges the card's data.
        private = w.sb.send_text(w.inspector["id"], "hi")
        answer = await press(
            w, w.inspector, w.inspector["id"], private["message_id"], ack, forge=True
        )
        assert answer.get("text")
        # From another bound group.
        note = w.sb.send_text(w.inspector["id"], "/cases", other)
        answer = await press(w, w.inspector, other, note["message_id"], ack, forge=True)
        assert answer["text"] == "这个操作无效或不属于本群。"
        for data in (
            ack.replace("ack", "resolve"),
            ack.replace("ack", "transfer"),
            f"c:to:{ack.split(':')[2]}:{other}",
        ):
            answer = await press(w, w.inspector, other, note["message_id"], data, forge=True)
            assert answer["text"] == "这个操作无效或不属于本群。"
        assert await case_state(w) == before
        assert message(w, chat, card["message_id"])["text"] == card["text"]
        assert not [m for m in w.sb.bot_messages(other) if "请回复本消息" in (m.get("text") or "")]

        # A double press: the first acknowledges, the second is answered and changes nothing.
        first = await press(w, w.inspector, chat, card["message_id"], ack)
        assert first["text"] == "已认领。"
        acked = await w.card(chat, contains="已接手")
        second = await press(w, w.admin, chat, card["message_id"], ack, forge=True)
        assert second["text"] == "已由 陈监察 接手。"
        _, events = await case_state(w)
        assert events.count(EventKind.ACKNOWLEDGED) == 1
        assert message(w, chat, card["message_id"])["text"] == acked["text"]
        acks = [
            m for m in w.sb.bot_messages(worker["id"]) if "已有监察员接手" in (m.get("text") or "")
        ]
        assert len(acks) == 1


async def test_escalation_without_a_city_group_keeps_the_card_with_a_new_clock(
    sqlite_url: str,
) -> None:
    async with world(sqlite_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)
        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            a = (await store.open_assignments(chat))[0]
            a.reminders_sent = ["ack:before"]  # a reminder for the old deadline went out
        await press(w, w.inspector, chat, card["message_id"], button(card, "c:escalate:"))
        await w.sb.wait_for_message(worker["id"], contains="已提级处理")
        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            a = (await store.open_assignments(chat))[0]
            assert a.level.value == "district"
            assert a.reminders_sent == []  # the new deadlines will be reminded again
        assert len(w.cards(chat)) == 1


async def test_a_group_upgraded_to_a_supergroup_keeps_its_cases(database_url: str) -> None:
    async with world(database_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        old = w.groups["labour"]
        await w.card(old)
        # Someone in the old group writes, so message ids there and in the new chat overlap.
        new = w.sb.migrate_group(old, by_user_id=w.admin["id"])
        for text in ("升级了", "好的"):
            w.sb.send_text(w.inspector["id"], text, new)
        services = w.bot.services  # type: ignore[union-attr]

        async def moved() -> bool:
            async with services.store() as store:
                return await store.group(new) is not None and await store.group(old) is None

        await w.sb.wait_for(moved)
        sent_to_old = len(w.sb.bot_messages(old))
        # The open card is posted again in the supergroup, where it can be acted on.
        card = await w.card(new, contains="反映人数：1")
        answer = await press(w, w.inspector, new, card["message_id"], button(card, "c:ack:"))
        assert answer["text"] == "已认领。"
        acked = await w.card(new, contains="已接手")
        assert acked["message_id"] == card["message_id"]
        # A co-worker adds to the case: the card in the supergroup is edited in place.
        await w.report(w.worker("刘师傅"), "张建国这个包工头拖了我们三个月工钱了")
        merged = await w.card(new, contains="反映人数：2")
        assert merged["message_id"] == card["message_id"]
        assert len(w.cards(new)) == 1
        await w.sb.wait_for_message(worker["id"], contains="已有监察员接手")
        assert len(w.sb.bot_messages(old)) == sent_to_old
        async with services.store() as store:
            assignments = await store.assignments_of_case(1)
        assert [a.group_chat_id for a in assignments] == [new]


async def test_the_card_hides_numbers_the_worker_did_not_agree_to_share(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        worker = w.worker()
        text = (
            "包工头张建国欠我两个月工资8000块，我身份证440106199001011234，"
            "工资卡6222 0212 3456 7890 123，电话13812345678"
        )
        await w.report(worker, text)
        chat = w.groups["labour"]
        card = await w.card(chat)
        flat = card["text"].replace(" ", "")
        for secret in ("440106199001011234", "6222021234567890123", "13812345678"):
            assert secret not in flat
        assert "张建国" in card["text"]
        w.sb.share_contact(worker["id"], "+8613900001111")
        shared = await w.card(chat, contains="13900001111")
        assert shared["message_id"] == card["message_id"]
        assert "13812345678" not in shared["text"].replace(" ", "")


async def test_cases_lists_open_cases_oldest_first_and_case_shows_the_timeline(
    sqlite_url: str,
) -> None:
    async with world(sqlite_url) as w:
        await w.report(w.worker(), WAGE)
        await w.report(w.worker("赵师傅"), "木工班班组长钱小军欠我们8个人工资，一共六万四")
        chat = w.groups["labour"]
        await w.sb.wait_for(lambda: len(w.cards(chat)) == 2)
        first, second = sorted(w.cards(chat), key=lambda m: m["message_id"])
        number = first["text"].split()[2]
        later = second["text"].split()[2]
        # The later case has waited three days (assigned before a holiday, say).
        from datetime import UTC, datetime, timedelta

        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            a = (await store.assignments_of_case(2))[0]
            a.created_at = datetime.now(UTC) - timedelta(days=3, hours=1)
        await press(w, w.inspector, chat, first["message_id"], button(first, "c:ack:"))
        await w.card(chat, contains="已接手")

        w.sb.send_text(w.inspector["id"], "/cases", chat)
        listing = await w.sb.wait_for_message(chat, contains="未结案件")
        lines = listing["text"].splitlines()
        assert "（2）" in lines[0]
        assert later in lines[1] and "3天" in lines[1]
        assert number in lines[2] and "0分钟" in lines[2]

        w.sb.send_text(w.inspector["id"], f"/case {number}", chat)
        timeline = await w.sb.wait_for_message(
            chat, predicate=lambda m: m["text"].startswith(f"案件 {number}")
        )
        assert w.site.name in timeline["text"]
        body = timeline["text"]
        assert body.index("交办") < body.index("接手") and "陈监察" in body
        assert "user:" not in body


async def test_a_reporter_who_blocked_the_bot_is_recorded_not_retried(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        worker = w.worker()
        await w.report(worker, WAGE)
        chat = w.groups["labour"]
        card = await w.card(chat)
        w.sb.block_bot(worker["id"])
        await press(w, w.inspector, chat, card["message_id"], button(card, "c:ack:"))
        blocked = await w.card(chat, contains="屏蔽")
        assert blocked["message_id"] == card["message_id"]
        services = w.bot.services  # type: ignore[union-attr]
        async with services.store() as store:
            reporter = await store.reporter(worker["id"])
            assert reporter is not None and reporter.blocked_at is not None
            events = [e.kind for e in await store.events_of_case(1)]
        assert events.count(EventKind.UNDELIVERABLE) == 1
        # Later notices are not attempted again.
        attempts = len([r for r in w.sb.requests if r.get("chat_id") == worker["id"]])
        await press(w, w.inspector, chat, card["message_id"], button(blocked, "c:resolve:"))
        await reply_to_prompt(w, chat, "处理结果", "工资已发放")
        await w.card(chat, contains="已办结：工资已发放")
        assert len([r for r in w.sb.requests if r.get("chat_id") == worker["id"]]) == attempts


PARAPHRASES = [
    WAGE,
    "张建国这个包工头拖了我们三个月工钱了",
    "我是张建国班组的，他欠我两万多工资没给",
    "包工头张建国跑了，我们班的工资三个月没发",
    "老板张建国欠薪，我们十几个人三个月没拿到钱",
    "张建国欠我工资一万八，说好月底给一直拖",
    "班组长张建国一直不发工资，已经三个月了",
    "我们跟包工头张建国干活，工钱欠了三个月",
    "张建国拖欠我们班组工资，打电话也不接",
    "包工头张建国不给钱，我干了三个月一分没拿到",
    "张建國欠我們工資三個月",
    "张建国那个班的工资到现在都没结",
    "张建国欠我们工人工资十几万，三个月了",
    "我在工地跟包工头张建国做了三个月，工资都没发",
    "张老板张建国欠我们12个人的工资",
    "包工头张建国说没钱，欠我三个月工资两万四",
    "我们班组被张建国欠薪三个月，大家都等着钱回家",
    "包工头张建国欠钱不还，三个月的工资",
    "工头张建国拖欠工资，我一个人就一万五",
    "张建国欠我们的血汗钱，三个月工资还没给",
]


async def test_twenty_workers_in_their_own_words_make_one_case(sqlite_url: str) -> None:
    import asyncio

    async with world(sqlite_url, limits=True) as w:
        workers = [w.worker(f"工友{i}") for i in range(len(PARAPHRASES))]
        receipts = await asyncio.gather(
            *(w.report(worker, text) for worker, text in zip(workers, PARAPHRASES, strict=True))
        )
        assert all("QX-" in r["text"] for r in receipts)
        chat = w.groups["labour"]
        card = await w.card(chat, contains="反映人数：20（线索 20 条）")
        assert len(w.cards(chat)) == 1
        assert card["edited"]
        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            cases = (await store.session.execute(select(tables.cases_table))).all()
        assert len(cases) == 1
