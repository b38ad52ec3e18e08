"""Reminder and escalation planning: a pure function of the clock and the open clocks.

The scheduler calls ``plan_sweep(now, clocks, policy)`` every few minutes and carries
the plan out; nothing here sends or stores anything.

Reminders
    Each open deadline of an assignment gets a reminder at 50 % and 90 % of the time
    between ``started_at`` and the deadline (``DeadlineConfig.reminder_fractions``),
    keyed ``"ack:50"``, ``"ack:90"``, ``"resolve:50"``, ``"resolve:90"``. A reminder is
    sent at the first sweep with ``planned <= now < due`` whose ``now`` is outside the
    quiet hours (22:00-07:00 local), unless the case is urgent, when quiet hours do not
    apply. So a reminder that falls in the night goes out at the first sweep after
    07:00, and is skipped for good if the deadline passes before then (by then the
    deadline has passed and escalation takes over). A reminder whose time passed
    while the bot was down goes out once at the next sweep, if its deadline has not
    passed. When several reminders of the same deadline are due at one sweep (50 %
    and 90 % both missed), only the latest is sent; ``Reminder.keys`` lists every key
    it stands for, and the caller records them all.
    An acknowledged assignment gets no ack reminders; a resolved or closed one
    (``resolved_at`` or ``closed_at`` set) gets none at all.

Digests
    All reminders for one group chat in one sweep form one digest:
    ``SweepPlan.digests[group_chat_id]``, sorted by deadline.

Escalation
    When a deadline has passed (``now >= due``; acknowledge first, since it falls due
    first) on an assignment that is neither resolved, closed nor already escalated,
    the plan escalates it one level up (street -> district -> city, 提级办理) with
    fresh deadlines from ``now`` under the escalation rule (``policy.for_escalation``).
    Above the city there is no level to rise to: such an assignment is listed in
    ``SweepPlan.overdue_at_top`` for the admins instead.

Idempotence
    The caller records, in the same database transaction as the outbox message,
    ``Reminder.keys`` in the assignment's ``reminders_sent`` and, for an escalation,
    marks the old assignment ``escalated`` (the new, higher assignment is a new clock
    with an empty ``reminders_sent``); an ``overdue_at_top`` notice is recorded by
    setting ``escalated`` too. A plan computed again, after a restart or by a second
    process, then sends nothing twice and loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from cases.calendar import to_local
from cases.deadlines import DeadlinePolicy, Deadlines, next_level
from cases.model import EscalationLevel

__all__ = [
    "AssignmentClock",
    "Escalation",
    "Overdue",
    "Reminder",
    "SweepPlan",
    "plan_sweep",
    "reminder_key",
    "reminder_times",
]

DeadlineKind = Literal["ack", "resolve"]


def reminder_key(kind: str, fraction: float) -> str:
    """``"ack:50"`` for the acknowledge reminder at 50 %."""
    return f"{kind}:{round(fraction * 100)}"


@dataclass(frozen=True, slots=True)
class AssignmentClock:
    """What the sweep needs to know of one open assignment.

    ``escalated`` is True once this assignment has been escalated (or reported as
    overdue at the top level); it is then never escalated again.
    """

    assignment_id: int
    case_id: int
    group_chat_id: int
    level: EscalationLevel
    urgent: bool
    started_at: datetime
    ack_due: datetime
    resolve_due: datetime
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    reminders_sent: frozenset[str] = frozenset()
    escalated: bool = False
    group_complaint: bool = False
    closed_at: datetime | None = None  # closed, rejected or transferred away


@dataclass(frozen=True, slots=True)
class Reminder:
    assignment_id: int
    case_id: int
    group_chat_id: int
    kind: DeadlineKind
    key: str  # the latest reminder point this one stands for, e.g. "ack:90"
    keys: tuple[str, ...]  # every key to record in reminders_sent
    planned_at: datetime  # when the reminder point ``key`` fell
    due: datetime
    remaining: timedelta  # due - now
    urgent: bool
    level: EscalationLevel


@dataclass(frozen=True, slots=True)
class Escalation:
    assignment_id: int
    case_id: int
    group_chat_id: int  # the group that missed the deadline
    from_level: EscalationLevel
    to_level: EscalationLevel
    deadlines: Deadlines  # of the new, higher assignment, from ``now``
    reason: Literal["ack_overdue", "resolve_overdue"]
    overdue_since: datetime
    urgent: bool


@dataclass(frozen=True, slots=True)
class Overdue:
    """A deadline passed at the top level: no one left to escalate to; tell the admins."""

    assignment_id: int
    case_id: int
    group_chat_id: int
    level: EscalationLevel
    reason: Literal["ack_overdue", "resolve_overdue"]
    overdue_since: datetime


@dataclass(slots=True)
class SweepPlan:
    now: datetime
    digests: dict[int, list[Reminder]] = field(default_factory=dict)
    escalations: list[Escalation] = field(default_factory=list)
    overdue_at_top: list[Overdue] = field(default_factory=list)
    next_wakeup: datetime | None = None  # earliest future reminder point or deadline

    @property
    def empty(self) -> bool:
        return not (self.digests or self.escalations or self.overdue_at_top)

    def reminders(self) -> list[Reminder]:
        return [r for group in self.digests.values() for r in group]


def reminder_times(
    started_at: datetime, due: datetime, fractions: tuple[float, ...]
) -> list[tuple[float, datetime]]:
    """The reminder points between ``started_at`` and ``due``, earliest first."""
    span = due - started_at
    if span <= timedelta(0):
        return []
    return [(f, started_at + span * f) for f in sorted(fractions)]


def _earliest(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b < a else a


def _quiet_end_after(local_now: datetime, policy: DeadlinePolicy) -> datetime:
    end = datetime.combine(local_now.date(), policy.config.quiet_end, tzinfo=local_now.tzinfo)
    return end if end > local_now else end + timedelta(days=1)


def plan_sweep(now: datetime, clocks: list[AssignmentClock], policy: DeadlinePolicy) -> SweepPlan:
    """What to send and escalate at ``now`` (see the module docstring for the rules)."""
    config = policy.config
    local_now = to_local(now, policy.tz)
    quiet_now = config.is_quiet(local_now)
    plan = SweepPlan(now=local_now)

    for clock in clocks:
        if clock.resolved_at is not None or clock.closed_at is not None:
            continue
        deadlines: list[tuple[DeadlineKind, datetime]] = []
        if clock.acknowledged_at is None:
            deadlines.append(("ack", clock.ack_due))
        deadlines.append(("resolve", clock.resolve_due))

        overdue = [(kind, due) for kind, due in deadlines if local_now >= due]
        if overdue:
            kind, due = overdue[0]
            reason: Literal["ack_overdue", "resolve_overdue"] = (
                "ack_overdue" if kind == "ack" else "resolve_overdue"
            )
            if not clock.escalated:
                higher = next_level(clock.level)
                if higher is None:
                    plan.overdue_at_top.append(
                        Overdue(
                            clock.assignment_id,
                            clock.case_id,
                            clock.group_chat_id,
                            clock.level,
                            reason,
                            due,
                        )
                    )
                else:
                    plan.escalations.append(
                        Escalation(
                            assignment_id=clock.assignment_id,
                            case_id=clock.case_id,
                            group_chat_id=clock.group_chat_id,
                            from_level=clock.level,
                            to_level=higher,
                            deadlines=policy.for_escalation(
                                local_now,
                                urgent=clock.urgent,
                                group_complaint=clock.group_complaint,
                            ),
                            reason=reason,
                            overdue_since=due,
                            urgent=clock.urgent,
                        )
                    )
            # an overdue assignment is escalation's business: no more reminders for it
            continue

        for kind, due in deadlines:
            pending: list[tuple[float, datetime]] = []
            for fraction, planned in reminder_times(
                clock.started_at, due, config.reminder_fractions
            ):
                key = reminder_key(kind, fraction)
                if key in clock.reminders_sent:
                    continue
                if planned > local_now:
                    plan.next_wakeup = _earliest(plan.next_wakeup, planned)
                    continue
                pending.append((fraction, planned))
            plan.next_wakeup = _earliest(plan.next_wakeup, due)
            if not pending:
                continue
            if quiet_now and not clock.urgent:
                plan.next_wakeup = _earliest(plan.next_wakeup, _quiet_end_after(local_now, policy))
                continue
            fraction, planned = pending[-1]
            plan.digests.setdefault(clock.group_chat_id, []).append(
                Reminder(
                    assignment_id=clock.assignment_id,
                    case_id=clock.case_id,
                    group_chat_id=clock.group_chat_id,
                    kind=kind,
                    key=reminder_key(kind, fraction),
                    keys=tuple(reminder_key(kind, f) for f, _ in pending),
                    planned_at=planned,
                    due=due,
                    remaining=due - local_now,
                    urgent=clock.urgent,
                    level=clock.level,
                )
            )

    for digest in plan.digests.values():
        digest.sort(key=lambda r: (r.due, r.case_id, r.assignment_id, r.kind))
    plan.escalations.sort(key=lambda e: (e.overdue_since, e.assignment_id))
    return plan
