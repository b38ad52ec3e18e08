"""Issue 5: casework in inspector groups, through the sandbox with the real bot."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from cases.model import CaseState, Department, Event, EventKind
from storage import tables
from tests.e2e.world import World, button, world

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
