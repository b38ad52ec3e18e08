"""The deadline sweep against a real database, with a controlled clock (no Telegram)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import build_services
from bot.harness import add_site, bind_group
from bot.scheduler import sweep
from bot.services import Services
from bot.settings import Settings, load_settings
from cases.model import (
    Assignment,
    CaseState,
    Department,
    EscalationLevel,
    EventKind,
    OutboxKind,
    OutboxMessage,
    Priority,
    Site,
)
from cases.service import LeadDraft, Submission

SH = ZoneInfo("Asia/Shanghai")
GROUP = -1001
TIANHE_GROUP = -1002
ADMIN = 9001
ORDINARY = "包工头张三欠我们3个人两个月工资，一共2万元"
URGENT = "老板跑路了，欠我们工资，工友要跳楼了"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """November 2026, Shanghai time (16th is a Monday, a working day)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SH)


@dataclass
class Env:
    settings: Settings
    services: Services
    sites: list[Site]

    async def submit(self, text: str, when: datetime, site: int = 0, who: int = 501) -> Submission:
        self.services.cases.clock = lambda: when
        return await self.services.cases.submit(
            LeadDraft(reporter_id=who, text=text, site=self.sites[site])
        )

    async def outbox(self) -> list[OutboxMessage]:
        async with self.services.sessions() as session:
            rows = await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))  # type: ignore[arg-type]
            return list(rows.scalars().all())

    async def digests(self) -> list[OutboxMessage]:
        return [
            m
            for m in await self.outbox()
            if m.kind is OutboxKind.TEXT and m.payload.get("key") == "reminder.digest"
        ]

    async def assignment(self, assignment_id: int) -> Assignment:
        async with self.services.store() as store:
            a = await store.assignment(assignment_id)
            assert a is not None
            return a


async def _env(url: str) -> tuple[Any, Env]:
    settings = load_settings(bot_token="1:test", database_url=url, admin_ids=[ADMIN])
    sites = [
        await add_site(settings, f"白云区测试工地{i}号", "白云区", contractor=f"某建工{i}公司")
        for i in range(3)
    ]
    await bind_group(settings, GROUP, "白云区", Department.LABOUR, title="白云区人社")
    engine, services = await build_services(settings)
    return engine, Env(settings, services, sites)


@pytest.fixture
async def env(sqlite_url: str) -> AsyncIterator[Env]:
    engine, e = await _env(sqlite_url)
    yield e
    await engine.dispose()


async def test_ordinary_case_reminded_at_half_time_in_daytime(env: Env) -> None:
    # Monday 16:00; acknowledge by Tuesday 23:59:59; 50 % falls on Tuesday about 08:00.
    sub = await env.submit(ORDINARY, at(16, 16))
    a = sub.assignments[0]
    assert a.ack_due is not None
    half = at(16, 16) + (a.ack_due - at(16, 16)) / 2
    assert 7 <= half.astimezone(SH).hour < 22

    assert (await sweep(env.services, half - timedelta(minutes=5))).empty
    assert await env.digests() == []

    result = await sweep(env.services, half + timedelta(minutes=1))
    assert (result.digests, result.reminders, result.escalations) == (1, 1, 0)
    [digest] = await env.digests()
    assert digest.chat_id == GROUP
    assert digest.priority == Priority.REMINDER
    assert sub.case.number in digest.payload["params"]["lines"]
    assert "待接手" in digest.payload["params"]["lines"]
    assert (await env.assignment(a.id or 0)).reminders_sent == ["ack:50"]
    async with env.services.store() as store:
        kinds = [e.kind for e in await store.events_of_case(sub.case.id or 0)]
    assert kinds.count(EventKind.REMINDED) == 1


async def test_ordinary_reminder_never_at_night(env: Env) -> None:
    # Monday 10:00: the 50 % point falls on Tuesday about 05:00, in the quiet hours.
    sub = await env.submit(ORDINARY, at(16, 10))
    a = sub.assignments[0]
    assert a.ack_due is not None
    half = at(16, 10) + (a.ack_due - at(16, 10)) / 2
    assert half.astimezone(SH).hour < 7

    for night in (half + timedelta(minutes=1), at(17, 6, 59), at(16, 22, 30)):
        assert (await sweep(env.services, night)).empty
    assert await env.digests() == []

    result = await sweep(env.services, at(17, 7, 0))
    assert result.reminders == 1
    assert (await env.assignment(a.id or 0)).reminders_sent == ["ack:50"]


async def test_urgent_case_reminded_at_night(env: Env) -> None:
    # Monday 21:00, urgent: acknowledge within 2 h; 50 % at 22:00, inside the quiet hours.
    sub = await env.submit(URGENT, at(16, 21))
    assert sub.case.urgent
    a = sub.assignments[0]
    assert a.ack_due == at(16, 23)

    result = await sweep(env.services, at(16, 22, 1))
    assert result.reminders == 1
    # 90 % at 22:48: a second digest, still at night
    assert (await sweep(env.services, at(16, 22, 30))).empty
    assert (await sweep(env.services, at(16, 22, 49))).reminders == 1
    assert len(await env.digests()) == 2
    assert (await env.assignment(a.id or 0)).reminders_sent == ["ack:50", "ack:90"]


async def test_one_digest_per_group_for_several_cases(env: Env) -> None:
    subs = [await env.submit(ORDINARY, at(16, 16), site=i, who=600 + i) for i in range(3)]
    assert len({s.case.id for s in subs}) == 3
    result = await sweep(env.services, at(17, 9))
    assert (result.digests, result.reminders) == (1, 3)
    [digest] = await env.digests()
    assert digest.payload["params"]["count"] == 3
    for s in subs:
        assert s.case.number in digest.payload["params"]["lines"]


async def test_overdue_escalates_with_new_deadline_and_worker_told(env: Env) -> None:
    sub = await env.submit(ORDINARY, at(16, 16))
    a = sub.assignments[0]
    assert a.ack_due is not None
    now = a.ack_due + timedelta(minutes=1)
    before = len(await env.outbox())

    result = await sweep(env.services, now)
    assert result.escalations == 1

    raised = await env.assignment(a.id or 0)  # no city group: stays, one level up, new clock
    assert raised.level is EscalationLevel.DISTRICT
    assert raised.ack_due is not None and raised.ack_due > now
    assert raised.reminders_sent == []
    async with env.services.store() as store:
        events = await store.events_of_case(sub.case.id or 0)
        case = await store.case(sub.case.id or 0)
    assert case is not None and case.level is EscalationLevel.DISTRICT
    [esc] = [e for e in events if e.kind == EventKind.ESCALATED]
    assert esc.actor == "system" and esc.data["reason"] == "ack_overdue"
    new_rows = (await env.outbox())[before:]
    told = [m for m in new_rows if m.chat_id == 501 and m.kind is OutboxKind.TEXT]
    assert [m.payload["key"] for m in told] == ["worker.escalated"]

    # The same sweep again: nothing more.
    assert (await sweep(env.services, now)).empty
    assert len(await env.outbox()) == len(new_rows) + before


async def test_overdue_at_city_level_tells_admins_once(env: Env) -> None:
    sub = await env.submit(ORDINARY, at(16, 16))
    a = sub.assignments[0]
    assert a.ack_due is not None
    first = a.ack_due + timedelta(minutes=1)
    assert (await sweep(env.services, first)).escalations == 1  # street -> district
    raised = await env.assignment(a.id or 0)
    assert raised.ack_due is not None
    second = raised.ack_due + timedelta(minutes=1)
    assert (await sweep(env.services, second)).escalations == 1  # district -> city
    top = await env.assignment(a.id or 0)
    assert top.level is EscalationLevel.CITY and top.ack_due is not None
    third = top.ack_due + timedelta(minutes=1)
    result = await sweep(env.services, third)
    assert (result.escalations, result.overdue_at_top) == (0, 1)
    assert (await sweep(env.services, third + timedelta(hours=1))).empty
    notices = [m for m in await env.outbox() if m.payload.get("key") == "admin.overdue_top"]
    assert [m.chat_id for m in notices] == [ADMIN]


async def test_twice_and_after_restart_nothing_sent_twice(database_url: str) -> None:
    engine, e = await _env(database_url)
    try:
        subs = [await e.submit(ORDINARY, at(16, 16), site=i, who=700 + i) for i in range(2)]
        urgent = await e.submit(URGENT, at(16, 16), site=2, who=799)
        now = at(17, 9)
        first = await sweep(e.services, now)
        assert first.reminders == 2 and first.escalations == 1  # the urgent one is overdue
        rows = await e.outbox()
        assert (await sweep(e.services, now)).empty
        assert (await sweep(e.services, now + timedelta(minutes=1))).empty
        assert [m.id for m in await e.outbox()] == [m.id for m in rows]
    finally:
        await engine.dispose()

    # A restart: new services on the same database; deadlines come from the DB.
    engine2, services2 = await build_services(e.settings)
    try:
        again = await sweep(services2, now + timedelta(minutes=2))
        assert again.empty
        async with services2.sessions() as session:
            count = len((await session.execute(select(OutboxMessage))).scalars().all())  # type: ignore[arg-type]
        assert count == len(rows)
        # ...and what was still to come still comes: the 90 % reminders.
        a = subs[0].assignments[0]
        assert a.ack_due is not None
        ninety = at(16, 16) + (a.ack_due - at(16, 16)) * 0.9 + timedelta(minutes=1)
        later = await sweep(services2, ninety)
        assert (later.digests, later.reminders) == (1, 2)
        assert urgent.case.id is not None
    finally:
        await engine2.dispose()


async def test_update_claims_kept_two_days_then_forgotten(env: Env) -> None:
    """A redelivered update is still recognised the next day; after two days its claim
    is dropped, so the table does not grow for ever."""
    now = datetime.now(UTC)
    async with env.services.store() as store:
        assert await store.claim_updates([7001, 7002]) == {7001, 7002}
    assert (await sweep(env.services, now + timedelta(days=1))).forgotten_updates == 0
    async with env.services.store() as store:
        assert await store.claim_updates([7001]) == set()
    assert (await sweep(env.services, now + timedelta(days=3))).forgotten_updates == 2
    async with env.services.store() as store:
        assert await store.claim_updates([7001]) == {7001}


async def test_a_case_nobody_could_take_goes_to_a_group_bound_later(env: Env) -> None:
    """A report from a district with no group (and no city group) waits; once a group
    is bound there, the next sweep gives it the case and the worker is told."""
    tianhe = await add_site(env.settings, "天河区测试工地", "天河区")
    env.sites.append(tianhe)
    sub = await env.submit(ORDINARY, at(16, 10), site=len(env.sites) - 1, who=777)
    assert sub.assignments == [] and sub.case.state is CaseState.NEW
    assert (await sweep(env.services, at(16, 11))).routed == 0

    await bind_group(env.settings, TIANHE_GROUP, "天河区", Department.LABOUR, title="天河区人社")
    result = await sweep(env.services, at(16, 12))
    assert result.routed == 1 and not result.empty
    async with env.services.store() as store:
        case = await store.case(sub.case.id or 0)
        assert case is not None and case.state is CaseState.ASSIGNED
        (a,) = await store.assignments_of_case(case.id or 0)
    assert a.group_chat_id == TIANHE_GROUP
    messages = await env.outbox()
    assert any(m.chat_id == TIANHE_GROUP and m.kind is OutboxKind.CARD for m in messages)
    told = [
        m for m in messages if m.chat_id == 777 and m.payload.get("key") == "worker.routed_later"
    ]
    assert len(told) == 1 and told[0].payload["params"]["group"] == "天河区人社"
    assert (await sweep(env.services, at(16, 13))).routed == 0  # once
