"""Issue 5: where a case goes — district labour, the industry authority too (双交办), the
city group as fallback — and that a routing gap always reaches the admin."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

from bot.harness import running_bot
from cases.model import Department
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
SUBCONTRACTED = "这个活是总包转包给没有资质的老板，他跑路了欠我们工资"
LABOUR = ("labour", "白云区", Department.LABOUR)
HOUSING = ("housing", "白云区", Department.HOUSING)
CITY = ("city", "广州市", Department.CITY)


def due_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("应办结："))


async def test_a_wage_case_goes_to_the_district_labour_group_only(sqlite_url: str) -> None:
    async with world(sqlite_url, groups=(LABOUR, HOUSING, CITY)) as w:
        await admin_says_hello(w)
        worker = w.worker()
        await w.report(worker, WAGE)
        card = await w.card(w.groups["labour"])
        assert "双交办" not in card["text"] and "未匹配" not in card["text"]
        assert button(card, "c:ack:")
        # Nothing for the housing or the city group, nothing for the admin.
        await w.report(w.worker("赵师傅"), "木工班班组长钱小军欠我们8个人工资，一共六万四")
        await w.sb.wait_for(lambda: len(w.cards(w.groups["labour"])) == 2)
        assert w.cards(w.groups["housing"]) == [] and w.cards(w.groups["city"]) == []
        assert not [m for m in w.sb.bot_messages(w.admin["id"]) if "⚠️" in (m.get("text") or "")]


async def test_illegal_contracting_goes_to_labour_and_housing_with_separate_clocks(
    database_url: str,
) -> None:
    async with world(database_url, groups=(LABOUR, HOUSING, CITY)) as w:
        worker = w.worker()
        await w.report(worker, SUBCONTRACTED)
        labour = await w.card(w.groups["labour"])
        housing = await w.card(w.groups["housing"])
        assert labour["text"].split()[2] == housing["text"].split()[2]  # one case number
        assert "双交办" in housing["text"] and "双交办" not in labour["text"]
        # The industry authority verifies within 15 days (004); labour has its own, shorter clock.
        fifteen = (datetime.now(w.settings.tz) + timedelta(days=15)).strftime("%m-%d")
        assert due_line(housing["text"]) == f"应办结：{fifteen} 23:59"
        assert due_line(labour["text"]) != due_line(housing["text"])
        assert w.cards(w.groups["city"]) == []

        # Separate clocks: the housing group acknowledging does not touch the labour card.
        qid = w.sb.press_button(
            w.inspector["id"], w.groups["housing"], housing["message_id"], button(housing, "c:ack:")
        )
        await w.sb.wait_for(lambda: w.sb.callback_answer(qid))
        await w.card(w.groups["housing"], contains="已接手")
        assert "待接手" in w.sb.bot_messages(w.groups["labour"])[-1]["text"]


async def admin_says_hello(w: World) -> None:
    # Telegram lets a bot write only to people who started it; admins have.
    w.sb.send_text(w.admin["id"], "/help")
    await w.sb.wait_for_message(w.admin["id"])


async def test_no_bound_group_the_city_group_takes_it_and_the_admin_is_told(
    sqlite_url: str,
) -> None:
    async with world(sqlite_url, groups=(CITY,)) as w:
        await admin_says_hello(w)
        worker = w.worker()
        receipt = await w.report(worker, WAGE)
        assert "QX-" in receipt["text"]
        card = await w.card(w.groups["city"])
        assert "未匹配到责任群" in card["text"]
        assert button(card, "c:transfer:")
        notice = await w.sb.wait_for_message(w.admin["id"], contains="已发到兜底群")
        assert card["text"].split()[2] in notice["text"]
        assert "白云区" in notice["text"]


async def test_no_group_at_all_the_admin_still_hears_of_it(sqlite_url: str) -> None:
    async with world(sqlite_url, groups=()) as w:
        await admin_says_hello(w)
        worker = w.worker()
        receipt = await w.report(worker, WAGE)
        assert "QX-" in receipt["text"]
        notice = await w.sb.wait_for_message(w.admin["id"], contains="无人接收")
        assert "AJ-" in notice["text"]
        assert "无人接收" in notice["text"] and "白云区人社" in notice["text"]


async def test_a_group_bound_later_takes_the_waiting_case_and_the_worker_hears(
    sqlite_url: str,
) -> None:
    async with world(sqlite_url, groups=()) as w:
        await admin_says_hello(w)
        worker = w.worker()
        receipt = await w.report(worker, WAGE)
        await w.sb.wait_for_message(w.admin["id"], contains="无人接收")
        group = w.sb.create_group(
            "白云区人社", members=[w.admin["id"], w.inspector["id"]], add_bot=True
        )
        w.sb.send_text(w.admin["id"], "/bind 白云区 人社", chat_id=group)
        card = await w.card(group)
        number = re.search(r"QX-[\w-]+", receipt["text"])
        assert number is not None
        assert "白云区" in card["text"] and button(card, "c:ack")
        told = await w.sb.wait_for_message(worker["id"], contains="已交给")
        assert number.group() in told["text"] and "白云区人社" in told["text"]


async def test_a_missing_industry_group_is_a_gap_but_labour_still_gets_the_case(
    sqlite_url: str,
) -> None:
    async with world(sqlite_url, groups=(LABOUR,)) as w:
        await admin_says_hello(w)
        await w.report(w.worker(), SUBCONTRACTED)
        card = await w.card(w.groups["labour"])
        assert "未匹配" not in card["text"]
        notice = await w.sb.wait_for_message(w.admin["id"], contains="⚠️ 案件 AJ-")
        assert "缺少责任群" in notice["text"] and "白云区住建" in notice["text"]
        assert "人社" not in notice["text"]
