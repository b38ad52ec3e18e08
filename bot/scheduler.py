"""The deadline sweep: reminders and escalations, carried out from the database.

Every minute the job rebuilds every open assignment's clock from storage, asks the pure
planner (``cases.sweep.plan_sweep``) what is due, and carries the plan out:

* one digest message per group chat, written to the outbox in the same transaction
  that records the reminder keys in each assignment's ``reminders_sent`` (and a
  ``reminded`` event), so a restart, or the same sweep run twice, sends nothing twice
  and loses nothing;
* one transaction per escalation (``CaseService.escalate_assignment``: the case rises a
  level, the reporters are told); an overdue assignment the ladder cannot raise any
  further is reported once to the admins, recorded with the key ``overdue:<due>``.

Nothing is held only in memory: the next sweep sees exactly what the last one stored.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cases.calendar import to_local
from cases.model import (
    Assignment,
    AssignmentState,
    Case,
    Event,
    EventKind,
    OutboxKind,
    OutboxMessage,
    Priority,
)
from cases.sweep import AssignmentClock, Escalation, Overdue, Reminder, plan_sweep
from handlers.catalog import t
from storage.store import SqlStore

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.services import Services

log = logging.getLogger(__name__)

SWEEP_INTERVAL = 60.0  # seconds
OVERDUE_PREFIX = "overdue:"
_LIVE = (AssignmentState.PENDING, AssignmentState.ACKNOWLEDGED)
_locks: dict[int, asyncio.Lock] = {}
# Update-id claims are kept two days (Telegram drops an undelivered update after one)
# and pruned at most hourly, so the table stays small without work every minute.
CLAIMS_KEPT = timedelta(days=2)
PRUNE_EVERY = timedelta(hours=1)
_pruned_at: dict[int, datetime] = {}


@dataclass
class SweepResult:
    digests: int = 0  # group messages queued
    reminders: int = 0  # assignment lines in them
    escalations: int = 0
    overdue_at_top: int = 0
    forgotten_updates: int = 0  # update-id claims old enough to drop
    routed: int = 0  # waiting cases routed now that a group can take them

    @property
    def empty(self) -> bool:
        return not (self.digests or self.escalations or self.overdue_at_top or self.routed)


def _overdue_key(due: datetime) -> str:
    return OVERDUE_PREFIX + due.astimezone(UTC).isoformat(timespec="seconds")


def _started_at(a: Assignment, events: Sequence[Event]) -> datetime:
    """The start of the assignment's current clock: its creation, or the last time it was
    escalated in place (new deadlines, same assignment)."""
    start = a.created_at or datetime.now(UTC)
    for e in events:
        data = e.data or {}
        if (
            e.kind == EventKind.ESCALATED
            and data.get("assignment_id") == a.id
            and not data.get("new_assignment_id")
            and e.at > start
        ):
            start = e.at
    return start


def _clock(a: Assignment, case: Case, events: Sequence[Event]) -> AssignmentClock | None:
    if a.id is None or a.ack_due is None or a.resolve_due is None:
        return None
    sent = frozenset(a.reminders_sent or ())
    return AssignmentClock(
        assignment_id=a.id,
        case_id=a.case_id,
        group_chat_id=a.group_chat_id,
        level=a.level,
        urgent=case.urgent,
        started_at=_started_at(a, events),
        ack_due=a.ack_due,
        resolve_due=a.resolve_due,
        acknowledged_at=a.acknowledged_at,
        resolved_at=a.resolved_at,
        reminders_sent=sent,
        # reported overdue at the top of the ladder for this deadline: never again
        escalated=(a.acknowledged_at is None and _overdue_key(a.ack_due) in sent)
        or _overdue_key(a.resolve_due) in sent,
        group_complaint=case.group_complaint,
        closed_at=case.closed_at,
    )


async def _load_clocks(store: SqlStore) -> list[AssignmentClock]:
    clocks: list[AssignmentClock] = []
    assignments = await store.open_assignments()
    cases = await store.cases_with_events({a.case_id for a in assignments})
    for a in assignments:
        if a.case_id not in cases:
            continue
        case, events = cases[a.case_id]
        clock = _clock(a, case, events)
        if clock is not None:
            clocks.append(clock)
    return clocks


def _line(r: Reminder, number: str, lang: str, tz: ZoneInfo) -> str:
    due = to_local(r.due, tz).strftime("%m-%d %H:%M")
    return t(lang, "reminder.line", case=number, what=t(lang, f"reminder.{r.kind}"), due=due)


async def _send_digest(
    services: Services, chat_id: int, reminders: list[Reminder], now: datetime
) -> int:
    """One group's digest, with its keys recorded, in one transaction. Returns the lines."""
    lang = "zh"
    lines: list[str] = []
    async with services.store() as store:
        for r in reminders:
            a = await store.assignment(r.assignment_id)
            if a is None or a.state not in _LIVE:
                continue
            sent = list(a.reminders_sent or [])
            fresh = [k for k in r.keys if k not in sent]
            if not fresh:
                continue  # another sweep got here first
            case = await store.case(r.case_id)
            if case is None:
                continue
            a.reminders_sent = sent + fresh  # reassigned: the JSON column sees the change
            store.add(
                Event(
                    case.id or 0,
                    EventKind.REMINDED,
                    now,
                    "system",
                    {
                        "assignment_id": a.id,
                        "keys": fresh,
                        "kind": r.kind,
                        "due": r.due.isoformat(),
                    },
                )
            )
            lines.append(_line(r, case.number, lang, services.settings.tz))
        if not lines:
            return 0
        await store.outbox_add(
            OutboxMessage(
                chat_id,
                OutboxKind.TEXT,
                {
                    "key": "reminder.digest",
                    "params": {"count": len(lines), "lines": "\n".join(lines)},
                    "lang": lang,
                },
                Priority.REMINDER,
                created_at=now,
            )
        )
    return len(lines)


def _still_overdue(a: Assignment, reason: str, now: datetime) -> datetime | None:
    if a.state not in _LIVE or a.resolved_at is not None:
        return None
    due = a.ack_due if reason == "ack_overdue" and a.acknowledged_at is None else a.resolve_due
    return due if due is not None and due <= now else None


async def _tell_admins(
    services: Services, store: SqlStore, case: Case, reason: str, now: datetime
) -> None:
    for admin in services.settings.admin_ids:
        await store.outbox_add(
            OutboxMessage(
                admin,
                OutboxKind.TEXT,
                {
                    "key": "admin.overdue_top",
                    "params": {
                        "case": case.number,
                        "what": t("zh", f"reminder.{reason.split('_')[0]}"),
                    },
                    "lang": "zh",
                },
                Priority.CARD,
                created_at=now,
            )
        )


async def _escalate(services: Services, item: Escalation | Overdue, now: datetime) -> str:
    """Carry out one escalation (or top-of-ladder notice) in one transaction."""
    async with services.store() as store:
        a = await store.assignment(item.assignment_id)
        if a is None:
            return ""
        due = _still_overdue(a, item.reason, now)
        case = await store.case(a.case_id)
        if due is None or case is None:
            return ""  # acknowledged, resolved or escalated meanwhile
        key = _overdue_key(due)
        if key in (a.reminders_sent or []):
            return ""
        if isinstance(item, Escalation):
            raised = await services.cases.escalate_assignment(
                store, case, a, "system", item.reason, now
            )
            if raised is not None:
                return "escalated"
        # Nobody above: record it so it is reported once, and tell the admins.
        a.reminders_sent = [*(a.reminders_sent or []), key]
        store.add(
            Event(
                case.id or 0,
                EventKind.REMINDED,
                now,
                "system",
                {"assignment_id": a.id, "keys": [key], "overdue_at_top": True},
            )
        )
        await _tell_admins(services, store, case, item.reason, now)
        return "overdue"


async def sweep(services: Services, now: datetime) -> SweepResult:
    """One pass at ``now``: reminders as digests, escalations, then wake the sender."""
    lock = _locks.setdefault(id(services), asyncio.Lock())
    async with lock:
        result = SweepResult()
        async with services.sessions() as session:
            clocks = await _load_clocks(SqlStore(session))
        plan = plan_sweep(now, clocks, services.cases.deadlines)
        local_now = plan.now
        for chat_id, reminders in plan.digests.items():
            sent = await _send_digest(services, chat_id, reminders, local_now)
            if sent:
                result.digests += 1
                result.reminders += sent
        items: list[Escalation | Overdue] = [*plan.escalations, *plan.overdue_at_top]
        for item in items:
            outcome = await _escalate(services, item, now)
            if outcome == "escalated":
                result.escalations += 1
            elif outcome == "overdue":
                result.overdue_at_top += 1
        result.routed = await services.cases.route_waiting()  # a group bound by the CLI
        last = _pruned_at.get(id(services))
        if last is None or now - last >= PRUNE_EVERY:
            async with services.store() as store:
                result.forgotten_updates = await store.forget_updates(now - CLAIMS_KEPT)
            _pruned_at[id(services)] = now
        if not result.empty:
            services.wake_sender()
        return result


async def _job(context: Any) -> None:
    services: Services = context.job.data
    try:
        await sweep(services, datetime.now(UTC))
    except Exception:  # one failed pass must not stop the next
        log.exception("deadline sweep failed")


def install(
    application: Application[Any, Any, Any, Any, Any, Any],
    services: Services,
    interval: float = SWEEP_INTERVAL,
) -> None:
    """Run ``sweep`` every ``interval`` seconds on the application's JobQueue."""
    queue = application.job_queue
    if queue is None:
        log.warning("no JobQueue (python-telegram-bot[job-queue] missing): no reminders")
        return
    queue.run_repeating(
        _job,
        interval=interval,
        first=timedelta(seconds=min(interval, 5.0)),
        data=services,
        name="deadline-sweep",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )
