"""Reminder and escalation planning with a controlled clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cases.calendar import WorkCalendar
from cases.deadlines import DeadlineConfig, DeadlinePolicy
from cases.model import EscalationLevel
from cases.sweep import AssignmentClock, SweepPlan, plan_sweep

TZ = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


@pytest.fixture(scope="module")
def policy() -> DeadlinePolicy:
    return DeadlinePolicy(DeadlineConfig.default(), WorkCalendar.load(tz=TZ), TZ)


def clock(
    policy: DeadlinePolicy,
    start: datetime,
    *,
    aid: int = 1,
    case: int = 1,
    group: int = -100,
    urgent: bool = False,
    level: EscalationLevel = EscalationLevel.STREET,
    **kw,
) -> AssignmentClock:
    d = policy.for_assignment(start, urgent=urgent, level=level)
    return AssignmentClock(
        assignment_id=aid,
        case_id=case,
        group_chat_id=group,
        level=level,
        urgent=urgent,
        started_at=start,
        ack_due=d.ack_due,
        resolve_due=d.resolve_due,
        **kw,
    )


def record(c: AssignmentClock, plan: SweepPlan) -> AssignmentClock:
    """What the caller does in its transaction: store the keys, mark escalations."""
    keys = {k for r in plan.reminders() if r.assignment_id == c.assignment_id for k in r.keys}
    escalated = c.escalated or any(e.assignment_id == c.assignment_id for e in plan.escalations)
    return replace(c, reminders_sent=c.reminders_sent | keys, escalated=escalated)


def test_ordinary_reminder_times(policy: DeadlinePolicy) -> None:
    # Wed 12 Nov 2025 09:00; ack due Thu 13 23:59:59 (span 38h59m59s):
    #   ack:50 at Wed 12 + 19h29m59.5s = Thu 13 04:29:59.5 -> quiet, sent at 07:00
    #   ack:90 at +35h5m59.1s = Thu 13 20:05:59.1
    c = clock(policy, at(2025, 11, 12, 9))
    assert plan_sweep(at(2025, 11, 13, 4, 0), [c], policy).empty
    night = plan_sweep(at(2025, 11, 13, 4, 35), [c], policy)
    assert night.empty  # due, but 04:35 is in the quiet hours
    assert night.next_wakeup == at(2025, 11, 13, 7, 0)
    assert plan_sweep(at(2025, 11, 13, 6, 59), [c], policy).empty
    morning = plan_sweep(at(2025, 11, 13, 7, 0), [c], policy)
    [r] = morning.reminders()
    assert (r.kind, r.key, r.keys, r.due) == ("ack", "ack:50", ("ack:50",), c.ack_due)
    c = record(c, morning)
    assert plan_sweep(at(2025, 11, 13, 20, 5), [c], policy).empty
    evening = plan_sweep(at(2025, 11, 13, 20, 6), [c], policy)
    assert [r.key for r in evening.reminders()] == ["ack:90"]


def test_ordinary_reminders_never_at_night(policy: DeadlinePolicy) -> None:
    c = clock(policy, at(2025, 11, 12, 9))
    now = at(2025, 11, 12, 9)
    while now < at(2025, 11, 18):
        plan = plan_sweep(now, [c], policy)
        if plan.reminders():
            local = now.astimezone(TZ)
            assert 7 <= local.hour < 22, local
        c = record(c, plan)
        if now == at(2025, 11, 13, 21) and c.acknowledged_at is None:
            c = replace(c, acknowledged_at=now)  # acknowledged after both ack reminders
        now += timedelta(minutes=5)
    assert plan.escalations == []
    assert c.reminders_sent == {"ack:50", "ack:90", "resolve:50", "resolve:90"}


def test_night_reminder_skipped_when_deadline_passes_first(policy: DeadlinePolicy) -> None:
    # ordinary rule overridden to 6 hours: started 18:00, due 00:00; 50 % at 21:00 is
    # sent, 90 % at 23:24 falls in the quiet hours and the deadline passes before 07:00
    config = DeadlineConfig.from_dict({"rules": {"ordinary": {"ack": "6h", "resolve": "6h"}}})
    short = DeadlinePolicy(config, WorkCalendar.load(tz=TZ), TZ)
    c = clock(short, at(2025, 11, 12, 18))
    sent: list[str] = []
    now = at(2025, 11, 12, 18)
    while now < at(2025, 11, 13, 8):
        plan = plan_sweep(now, [c], short)
        sent += [k for r in plan.reminders() for k in r.keys]
        c = record(c, plan)
        now += timedelta(minutes=1)
    assert sorted(sent) == ["ack:50", "resolve:50"]


def test_urgent_reminders_ignore_quiet_hours(policy: DeadlinePolicy) -> None:
    # urgent at 23:00: ack due 01:00 (50 % at 00:00, 90 % at 00:48)
    c = clock(policy, at(2025, 11, 12, 23), urgent=True)
    plan = plan_sweep(at(2025, 11, 13, 0, 0), [c], policy)
    assert [r.key for r in plan.reminders()] == ["ack:50"]
    c = record(c, plan)
    plan = plan_sweep(at(2025, 11, 13, 0, 48), [c], policy)
    assert [r.key for r in plan.reminders()] == ["ack:90"]


def test_one_digest_per_group(policy: DeadlinePolicy) -> None:
    start = at(2025, 11, 12, 9)
    clocks = [
        clock(policy, start, aid=1, case=1, group=-1),
        clock(policy, start + timedelta(minutes=10), aid=2, case=2, group=-1),
        clock(policy, start, aid=3, case=3, group=-2),
        clock(policy, start, aid=4, case=4, group=-2, acknowledged_at=start),
        clock(policy, start, aid=5, case=5, group=-3, resolved_at=start),
    ]
    plan = plan_sweep(at(2025, 11, 13, 9), clocks, policy)
    assert set(plan.digests) == {-1, -2}
    assert [(r.assignment_id, r.kind) for r in plan.digests[-1]] == [(1, "ack"), (2, "ack")]
    # assignment 4 is acknowledged: no ack reminder; its resolve 50 % (Fri 14 ~16:30)
    # is still ahead. Assignment 5 is resolved: nothing.
    assert [(r.assignment_id, r.kind) for r in plan.digests[-2]] == [(3, "ack")]


def test_missed_reminders_sent_once_after_downtime(policy: DeadlinePolicy) -> None:
    c = clock(policy, at(2025, 11, 12, 9))
    # the bot was down from Wed until Thu 21:00: both ack reminders are past, the
    # deadline is not; one reminder stands for both keys
    plan = plan_sweep(at(2025, 11, 13, 21), [c], policy)
    [r] = plan.reminders()
    assert r.key == "ack:90" and r.keys == ("ack:50", "ack:90")
    c = record(c, plan)
    assert plan_sweep(at(2025, 11, 13, 21), [c], policy).empty


def test_same_plan_twice_sends_nothing_twice(policy: DeadlinePolicy) -> None:
    clocks = [clock(policy, at(2025, 11, 12, 9), aid=i, case=i, group=-i % 2) for i in range(5)]
    now = at(2025, 11, 13, 12)
    first = plan_sweep(now, clocks, policy)
    assert len(first.reminders()) == 5
    # a crash before commit: nothing recorded, the same plan comes again (nothing lost)
    again = plan_sweep(now, clocks, policy)
    assert again.reminders() == first.reminders()
    # after commit: nothing doubled
    clocks = [record(c, first) for c in clocks]
    assert plan_sweep(now, clocks, policy).empty
    assert plan_sweep(now + timedelta(minutes=5), clocks, policy).empty


def test_escalation_on_ack_overdue(policy: DeadlinePolicy) -> None:
    c = clock(policy, at(2025, 11, 12, 9))  # ack due Thu 13 23:59:59
    assert plan_sweep(at(2025, 11, 13, 23, 59), [c], policy).escalations == []
    now = at(2025, 11, 14, 0, 5)
    plan = plan_sweep(now, [c], policy)
    [e] = plan.escalations
    assert (e.from_level, e.to_level, e.reason) == (
        EscalationLevel.STREET,
        EscalationLevel.DISTRICT,
        "ack_overdue",
    )
    assert e.overdue_since == c.ack_due
    # fresh escalation deadlines from now (Fri 00:05): ack end of Mon 17, resolve Wed 19
    assert e.deadlines.ack_due == datetime(2025, 11, 17, 23, 59, 59, tzinfo=TZ)
    assert e.deadlines.resolve_due == datetime(2025, 11, 19, 23, 59, 59, tzinfo=TZ)
    assert plan.reminders() == []
    c = record(c, plan)
    assert plan_sweep(now + timedelta(hours=1), [c], policy).empty


def test_escalation_on_resolve_overdue_and_top_level(policy: DeadlinePolicy) -> None:
    start = at(2025, 11, 12, 10)
    c = clock(policy, start, acknowledged_at=start + timedelta(hours=1))
    plan = plan_sweep(at(2025, 11, 18, 9), [c], policy)  # resolve was due Mon 17
    [e] = plan.escalations
    assert e.reason == "resolve_overdue"
    top = clock(policy, start, level=EscalationLevel.CITY, acknowledged_at=start)
    plan = plan_sweep(at(2025, 11, 20, 9), [top], policy)
    assert plan.escalations == []
    [o] = plan.overdue_at_top
    assert o.reason == "resolve_overdue" and o.level == EscalationLevel.CITY


def test_urgent_escalation_gets_urgent_deadlines(policy: DeadlinePolicy) -> None:
    c = clock(policy, at(2025, 11, 12, 9), urgent=True)  # ack due 11:00
    plan = plan_sweep(at(2025, 11, 12, 11, 1), [c], policy)
    [e] = plan.escalations
    assert e.deadlines.rule == "escalation_urgent"
    assert e.deadlines.ack_due == at(2025, 11, 12, 13, 1)
    assert e.deadlines.resolve_due == datetime(2025, 11, 12, 23, 59, 59, tzinfo=TZ)
