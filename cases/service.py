"""The case service: from a worker's report to cases, assignments and messages.

One call, one transaction: the records it changes and the outbox rows for every
message those changes cause are committed together; the sender delivers them after.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from cases import routing
from cases.deadlines import DeadlinePolicy, Deadlines
from cases.model import (
    OPEN_STATES,
    Assignment,
    AssignmentRole,
    AssignmentState,
    Case,
    CaseState,
    Category,
    Department,
    EscalationLevel,
    Event,
    EventKind,
    Group,
    Lead,
    Medium,
    OutboxKind,
    OutboxMessage,
    Priority,
    Reporter,
    Site,
)
from cases.ports import CaseStore, DuplicateSubmission
from nlp import NO_SITE, DuplicateIndex, LeadAnalyzer, Understanding

GROUP_COMPLAINT_WORKERS = 10
UNDERSTOOD_KEPT = 4096  # texts whose understanding is remembered (a burst in flight)


@dataclass
class LeadDraft:
    """What the intake conversation collected; corrections override the extraction."""

    reporter_id: int
    text: str
    site: Site | None
    medium: Medium = Medium.NONE
    reporter_name: str = ""
    lang: str = "zh"
    employer: str | None = None
    amount: tuple[int, int] | None = None
    workers: tuple[int, int] | None = None
    period: str | None = None
    # one key per draft: a Submit pressed again (a retry, a restart) stores nothing twice
    submission_key: str | None = None


@dataclass
class Submission:
    lead: Lead
    case: Case
    merged: bool
    assignments: list[Assignment] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    repeated: bool = False  # this draft was already stored; nothing new was written


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    notice: str  # catalogue key of the short answer shown to the person who pressed
    params: dict[str, Any] = field(default_factory=dict)


UnitOfWork = Callable[[], AbstractAsyncContextManager[CaseStore]]


def _span(r: Any) -> tuple[int, int] | None:
    return (int(r.low), int(r.high)) if r is not None else None


def _wider(
    a: tuple[int | None, int | None], b: tuple[int, int] | None
) -> tuple[int | None, int | None]:
    """The largest credible claim stands; reports are never summed."""
    if b is None:
        return a
    if a[0] is None or b[0] > a[0]:
        return b
    return a


class CaseService:
    def __init__(
        self,
        uow: UnitOfWork,
        analyzer: LeadAnalyzer,
        index: DuplicateIndex,
        deadlines: DeadlinePolicy,
        *,
        tz: ZoneInfo,
        admin_ids: Sequence[int] = (),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_commit: Callable[[], None] = lambda: None,
    ) -> None:
        self.uow = uow
        self.analyzer = analyzer
        self.index = index
        self.deadlines = deadlines
        self.tz = tz
        self.admin_ids = list(admin_ids)
        self.clock = clock
        self.on_commit = on_commit
        # Leads of one site are merged one at a time, so two co-workers reporting the
        # same arrears in the same second still land in one case.
        self._site_locks: dict[str, asyncio.Lock] = {}
        self._understood: OrderedDict[tuple[str, str | None], Understanding] = OrderedDict()

    # -- understanding ------------------------------------------------------------

    def understand(self, text: str, site: Site | None) -> Understanding:
        """The summary a worker confirms and the lead filed a moment later are the same
        text: it is understood once (the last few thousand texts are remembered)."""
        key = (text, site.name if site else None)
        u = self._understood.get(key)
        if u is None:
            u = self.analyzer.understand(text, site_name=key[1])
            self._understood[key] = u
            if len(self._understood) > UNDERSTOOD_KEPT:
                self._understood.popitem(last=False)
        else:
            self._understood.move_to_end(key)
        return u

    # -- intake -------------------------------------------------------------------

    async def submit(self, draft: LeadDraft) -> Submission:
        u = self.understand(draft.text, draft.site)
        if draft.site:
            block = lock_key = draft.site.code
        else:
            # reports without a site may merge across reporters: one lock for all of them
            block, lock_key = f"{NO_SITE}{draft.reporter_id}", NO_SITE
        lock = self._site_locks.setdefault(lock_key, asyncio.Lock())
        async with lock:
            try:
                async with self.uow() as store:
                    submission = await self._submit(store, draft, u, block)
            except DuplicateSubmission:
                # Rare (a Submit pressed again after a crash), so looked up only then.
                async with self.uow() as store:
                    earlier = await self._earlier(store, draft)
                if earlier is None:
                    raise
                return earlier
            self.index.add(submission.case.id or 0, block, u)
        self.analyzer.observe(draft.text)
        self.on_commit()
        return submission

    async def _earlier(self, store: CaseStore, draft: LeadDraft) -> Submission | None:
        if draft.submission_key is None:
            return None
        lead = await store.lead_by_submission_key(draft.submission_key)
        if lead is None or lead.case_id is None:
            return None
        case = await store.case(lead.case_id)
        assert case is not None
        return Submission(lead, case, merged=True, repeated=True)

    async def _submit(
        self, store: CaseStore, draft: LeadDraft, u: Understanding, block: str
    ) -> Submission:
        now = self.clock()
        # Writing to us again means the worker has not (or no longer) blocked the bot.
        reporter = Reporter(draft.reporter_id, draft.reporter_name, draft.lang, created_at=now)
        await store.save_reporter(reporter)
        facts = u.facts
        employer = draft.employer if draft.employer is not None else _employer(u)
        amount = draft.amount or _span(facts.amount)
        workers = draft.workers or _span(facts.workers)
        lead = Lead(
            reporter_id=draft.reporter_id,
            text=draft.text,
            site_id=draft.site.id if draft.site else None,
            medium=draft.medium,
            category=Category(u.category),
            urgent=u.urgent,
            amount_low=amount[0] if amount else None,
            amount_high=amount[1] if amount else None,
            workers_low=workers[0] if workers else None,
            workers_high=workers[1] if workers else None,
            period=draft.period if draft.period is not None else (facts.period or ""),
            employer=employer,
            understanding=u.to_dict(),
            submission_key=draft.submission_key,
            created_at=now,
        )
        existing_id = self.index.find(block, u)
        case = await store.case(existing_id) if existing_id is not None else None
        if case is not None and case.state in OPEN_STATES:
            return await self._merge(store, case, lead, reporter, now)
        return await self._open(store, draft, lead, u, reporter, now)

    async def _open(
        self,
        store: CaseStore,
        draft: LeadDraft,
        lead: Lead,
        u: Understanding,
        reporter: Reporter,
        now: datetime,
    ) -> Submission:
        # Route before writing anything: the reads then need no flush of pending rows,
        # and the case is inserted once, already in its routed state.
        site = draft.site
        groups = await store.routing_groups(site.district if site else "")
        decision = routing.route(
            lead.category, lead.urgent, site, groups, await store.routing_rules()
        )
        workers_low = lead.workers_low or 0
        case = Case(
            site_id=lead.site_id,
            category=lead.category,
            state=CaseState.ASSIGNED if decision.targets else CaseState.NEW,
            urgent=lead.urgent,
            group_complaint=u.group_complaint or workers_low >= GROUP_COMPLAINT_WORKERS,
            employer=lead.employer,
            amount_low=lead.amount_low,
            amount_high=lead.amount_high,
            workers_low=lead.workers_low,
            workers_high=lead.workers_high,
            period=lead.period,
            keywords=list(u.keywords),
            evidence=_evidence(u),
            created_at=now,
            updated_at=now,
        )
        await store.insert(case, number=lambda ident: self._number("AJ", now, ident))
        lead.case_id = case.id
        await store.insert(lead, number=lambda ident: self._number("QX", now, ident))
        await store.insert(
            Event(
                case.id or 0,
                EventKind.CREATED,
                now,
                f"user:{lead.reporter_id}",
                {
                    "lead_id": lead.id,
                    "site_code": site.code if site else "",
                    "district": site.district if site else "",
                    "industry": site.industry.value if site else "",
                    "contractor": site.contractor if site else "",
                    "builder": site.builder if site else "",
                    "employer": lead.employer,
                    "category": case.category.value,
                    "urgent": case.urgent,
                    "group_complaint": case.group_complaint,
                    "medium": lead.medium.value,
                },
            )
        )
        assignments = await self._assign_targets(store, case, decision, now)
        if decision.gaps or decision.fallback or not assignments:
            # Never dropped silently: unassigned, parked with the city group, or partly routed.
            key = (
                "admin.routing_unassigned"
                if not assignments
                else "admin.routing_gap"
                if decision.fallback
                else "admin.routing_gap_partial"
            )
            for admin in self.admin_ids:
                await store.outbox_add(
                    self._text(
                        admin,
                        key,
                        {"case": case.number, "gaps": "; ".join(decision.gaps) or "-"},
                        "zh",
                        Priority.CARD,
                    )
                )
        await self._receipt(store, case, lead, reporter, assignments)
        return Submission(lead, case, False, assignments, decision.gaps)

    async def route_waiting(self) -> int:
        """Route again the cases no group could take when they came in (no group for
        their district or the city yet): called when a group is bound and by every
        deadline sweep, so a group bound from the command line finds them too. Their
        reporters are told who has the case now. Returns how many were routed."""
        now = self.clock()
        routed = 0
        async with self.uow() as store:
            waiting = await store.waiting_cases()
            if not waiting:
                return 0
            groups, rules = await store.groups(), await store.routing_rules()
            for case in waiting:
                site = await store.site(case.site_id) if case.site_id else None
                decision = routing.route(case.category, case.urgent, site, groups, rules)
                if not decision.targets:
                    continue
                assignments = await self._assign_targets(store, case, decision, now)
                case.state = CaseState.ASSIGNED
                case.updated_at = now
                await self._tell_reporters(
                    store,
                    case,
                    "worker.routed_later",
                    {"group": decision.targets[0].group.title, "due": self._due_by(assignments)},
                )
                routed += 1
        if routed:
            self.on_commit()
        return routed

    async def _merge(
        self, store: CaseStore, case: Case, lead: Lead, reporter: Reporter, now: datetime
    ) -> Submission:
        earlier = await store.leads_of_case(case.id or 0)
        lead.case_id = case.id
        await store.insert(lead, number=lambda ident: self._number("QX", now, ident))
        if all(e.reporter_id != lead.reporter_id for e in earlier):
            case.reporters += 1
        case.leads += 1
        case.amount_low, case.amount_high = _wider(
            (case.amount_low, case.amount_high),
            (lead.amount_low, lead.amount_high or lead.amount_low)
            if lead.amount_low is not None
            else None,
        )
        case.workers_low, case.workers_high = _wider(
            (case.workers_low, case.workers_high),
            (lead.workers_low, lead.workers_high or lead.workers_low)
            if lead.workers_low is not None
            else None,
        )
        case.urgent = case.urgent or lead.urgent
        # 群体性: ten or more workers, by count or by distinct reporters.
        case.group_complaint = (
            case.group_complaint
            or (case.workers_low or 0) >= GROUP_COMPLAINT_WORKERS
            or case.reporters >= GROUP_COMPLAINT_WORKERS
        )
        if not case.employer and lead.employer:
            case.employer = lead.employer
        case.updated_at = now
        await store.insert(
            Event(
                case.id or 0,
                EventKind.MERGED,
                now,
                f"user:{lead.reporter_id}",
                {"lead_id": lead.id, "employer": lead.employer, "reporters": case.reporters},
            )
        )
        assignments = [a for a in await store.assignments_of_case(case.id or 0) if _live(a)]
        for a in assignments:
            await self._refresh_card(store, a)
        await self._receipt(store, case, lead, reporter, assignments)
        return Submission(lead, case, True, assignments)

    async def _assign(
        self,
        store: CaseStore,
        case: Case,
        group: Group,
        role: AssignmentRole,
        department: Department,
        rule: str,
        now: datetime,
        level: EscalationLevel | None = None,
    ) -> Assignment:
        level = level or case.level
        due = self._due(case, department, role, level, now)
        a = Assignment(
            case_id=case.id or 0,
            group_chat_id=group.chat_id,
            role=role,
            department=department,
            level=level,
            rule=rule,
            ack_due=due.ack_due,
            resolve_due=due.resolve_due,
            created_at=now,
        )
        await store.insert(a)
        await store.insert(
            Event(
                case.id or 0,
                EventKind.ASSIGNED,
                now,
                "system",
                {
                    "assignment_id": a.id,
                    "group_chat_id": group.chat_id,
                    "department": department.value,
                    "role": role.value,
                    "level": level.value,
                    "ack_due": due.ack_due.isoformat(),
                    "resolve_due": due.resolve_due.isoformat(),
                    "rule": rule,
                },
            )
        )
        # A new assignment has no card yet, so none can be pending: post it directly.
        await _queue_card(store, a, now)
        return a

    async def _assign_targets(
        self, store: CaseStore, case: Case, decision: routing.RoutingDecision, now: datetime
    ) -> list[Assignment]:
        return [
            await self._assign(store, case, t.group, t.role, t.department, t.rule, now)
            for t in decision.targets
        ]

    def _due_by(self, assignments: Sequence[Assignment]) -> str:
        """When the worker's answer is due: the earliest resolution deadline, local."""
        due = min((a.resolve_due for a in assignments if a.resolve_due), default=None)
        return self._local(due) if due else "-"

    async def _receipt(
        self,
        store: CaseStore,
        case: Case,
        lead: Lead,
        reporter: Reporter,
        assignments: Sequence[Assignment],
    ) -> None:
        await store.outbox_add(
            self._text(
                lead.reporter_id,
                "intake.receipt",
                {
                    "number": lead.number,
                    "due": self._due_by(assignments),
                    "urgent": case.urgent or case.group_complaint,
                },
                reporter.lang,
                Priority.WORKER,
                markup={"type": "after_submit", "lead_id": lead.id},
            )
        )

    # -- casework -----------------------------------------------------------------

    async def _authorised(
        self, store: CaseStore, assignment_id: int, chat_id: int
    ) -> tuple[Assignment, Case] | ActionResult:
        """Only the group an assignment belongs to may act on it, and only while both
        the case and the assignment are open."""
        a = await store.assignment(assignment_id)
        if a is None or a.group_chat_id != chat_id:
            return ActionResult(False, "card.not_yours")
        case = await store.case(a.case_id)
        if case is None or case.state not in OPEN_STATES:
            return ActionResult(False, "card.closed")
        if not _live(a):
            return ActionResult(False, "card.stale")
        return a, case

    async def check(self, assignment_id: int, chat_id: int) -> ActionResult:
        """May this chat act on this assignment now? (Before asking for an outcome.)"""
        async with self.uow() as store:
            found = await self._authorised(store, assignment_id, chat_id)
        if isinstance(found, ActionResult):
            return found
        return ActionResult(True, "card.working", {"case": found[1].number})

    async def act(
        self,
        action: str,
        assignment_id: int,
        chat_id: int,
        actor: str,
        argument: str | int | None = None,
    ) -> ActionResult:
        """One inspector action on one card. Authorisation first: only the group the
        assignment belongs to may act, and only while the case is open."""
        async with self.uow() as store:
            found = await self._authorised(store, assignment_id, chat_id)
            if isinstance(found, ActionResult):
                return found
            a, case = found
            handler = {
                "ack": self._acknowledge,
                "resolve": self._resolve,
                "transfer": self._transfer,
                "escalate": self._escalate,
                "reject": self._reject,
            }.get(action)
            if handler is None:
                return ActionResult(False, "card.not_yours")
            result = await handler(store, case, a, actor, argument, self.clock())
        if result.ok:
            if case.state in (CaseState.CLOSED, CaseState.REJECTED):
                self.index.remove(case.id or 0)
            self.on_commit()
        return result

    async def _acknowledge(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, _: Any, now: datetime
    ) -> ActionResult:
        if a.state is not AssignmentState.PENDING:
            who = a.acknowledged_by.split(":", 2)[-1]  # "user:<id>:<name>" -> the name
            return ActionResult(False, "card.already_acknowledged", {"who": who})
        a.state = AssignmentState.ACKNOWLEDGED
        a.acknowledged_at = now
        a.acknowledged_by = actor
        first = case.state in (CaseState.ASSIGNED, CaseState.NEW, CaseState.REOPENED)
        case.state = CaseState.ACKNOWLEDGED
        case.updated_at = now
        self._event(store, case, EventKind.ACKNOWLEDGED, now, actor, assignment_id=a.id)
        await self._refresh_card(store, a)
        if first:
            await self._tell_reporters(store, case, "worker.acknowledged", {})
        return ActionResult(True, "card.acknowledged")

    async def _resolve(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, outcome: Any, now: datetime
    ) -> ActionResult:
        outcome = str(outcome or "").strip()
        if not outcome:
            return ActionResult(False, "card.outcome_needed")
        if a.acknowledged_at is None:
            a.acknowledged_at = now
            a.acknowledged_by = actor
            self._event(store, case, EventKind.ACKNOWLEDGED, now, actor, assignment_id=a.id)
        a.state = AssignmentState.RESOLVED
        a.resolved_at = now
        a.resolved_by = actor
        self._event(
            store, case, EventKind.RESOLVED, now, actor, assignment_id=a.id, outcome=outcome
        )
        await self._refresh_card(store, a)
        others = [
            x
            for x in await store.assignments_of_case(case.id or 0)
            if x.id != a.id and _live(x) and x.role is not AssignmentRole.INDUSTRY
        ]
        # The industry authority hands its result back for labour review (004); the
        # case itself is resolved by the group that holds it for labour inspection.
        if a.role is not AssignmentRole.INDUSTRY and not others:
            case.state = CaseState.RESOLVED
            case.resolved_at = now
            case.outcome = outcome
            await self._tell_reporters(
                store,
                case,
                "worker.resolved",
                {"outcome": outcome},
                markup={"type": "feedback", "case_id": case.id},
            )
        case.updated_at = now
        return ActionResult(True, "card.resolved")

    async def _transfer(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, to_chat: Any, now: datetime
    ) -> ActionResult:
        target = await store.group(int(to_chat)) if to_chat is not None else None
        if target is None or not target.active or target.chat_id == a.group_chat_id:
            return ActionResult(False, "card.bad_target")
        a.state = AssignmentState.TRANSFERRED
        new = await self._assign(
            store, case, target, a.role, target.department, f"transfer:{actor}", now, a.level
        )
        self._event(
            store,
            case,
            EventKind.TRANSFERRED,
            now,
            actor,
            assignment_id=a.id,
            to_group_chat_id=target.chat_id,
            new_assignment_id=new.id,
        )
        await self._refresh_card(store, a)
        await self._tell_reporters(store, case, "worker.transferred", {"group": target.title})
        case.updated_at = now
        return ActionResult(True, "card.transferred", {"group": target.title})

    async def escalate_assignment(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, reason: str, now: datetime
    ) -> Assignment | None:
        """Raise the case one level (属地 → 区县 → 市); the city group takes it over."""
        order = list(routing_levels())
        current = order.index(case.level) if case.level in order else 0
        if current >= len(order) - 1:
            return None
        new_level = order[current + 1]
        city = routing.city_group(await store.groups())
        old_level = case.level
        case.level = new_level
        case.updated_at = now
        target_group = city if new_level is EscalationLevel.CITY or city is not None else None
        new: Assignment | None = None
        if target_group is not None and target_group.chat_id != a.group_chat_id:
            a.state = AssignmentState.TRANSFERRED
            new = await self._assign(
                store,
                case,
                target_group,
                AssignmentRole.ESCALATION,
                Department.CITY,
                f"escalate:{reason}",
                now,
                new_level,
            )
        else:
            # Stays with this group, at the higher level and with a new clock.
            due = self._due(case, a.department, a.role, new_level, now)
            a.level = new_level
            a.ack_due = due.ack_due if a.acknowledged_at is None else a.ack_due
            a.resolve_due = due.resolve_due
            a.reminders_sent = []  # the new deadlines get their own reminders
        self._event(
            store,
            case,
            EventKind.ESCALATED,
            now,
            actor,
            assignment_id=a.id,
            from_level=old_level.value,
            to_level=new_level.value,
            reason=reason,
            new_assignment_id=new.id if new else None,
        )
        await self._refresh_card(store, a)
        await self._tell_reporters(store, case, "worker.escalated", {})
        return new or a

    async def _escalate(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, _: Any, now: datetime
    ) -> ActionResult:
        result = await self.escalate_assignment(store, case, a, actor, "manual", now)
        if result is None:
            return ActionResult(False, "card.top_level")
        return ActionResult(True, "card.escalated")

    async def _reject(
        self, store: CaseStore, case: Case, a: Assignment, actor: str, reason: Any, now: datetime
    ) -> ActionResult:
        reason = str(reason or "").strip()
        if not reason:
            return ActionResult(False, "card.reason_needed")
        case.state = CaseState.REJECTED
        case.reject_reason = reason
        case.closed_at = now
        case.updated_at = now
        for x in await store.assignments_of_case(case.id or 0):
            if _live(x):
                x.state = AssignmentState.REJECTED
                await self._refresh_card(store, x)
        self._event(store, case, EventKind.REJECTED, now, actor, assignment_id=a.id, reason=reason)
        await self._tell_reporters(store, case, "worker.rejected", {"reason": reason})
        return ActionResult(True, "card.rejected")

    async def feedback(self, case_id: int, user_id: int, resolved: bool) -> ActionResult:
        """The worker answers 问题解决了吗？ after resolution."""
        async with self.uow() as store:
            case = await store.case(case_id)
            leads = await store.leads_of_case(case_id) if case else []
            if case is None or all(lead.reporter_id != user_id for lead in leads):
                return ActionResult(False, "worker.feedback_invalid")
            if case.state is not CaseState.RESOLVED:
                return ActionResult(False, "worker.feedback_done")
            now = self.clock()
            actor = f"user:{user_id}"
            if resolved:
                case.state = CaseState.CLOSED
                case.closed_at = now
                self._event(store, case, EventKind.CONFIRMED, now, actor)
                self._event(store, case, EventKind.CLOSED, now, actor)
                for a in await store.assignments_of_case(case_id):
                    if a.state is AssignmentState.RESOLVED:
                        a.state = AssignmentState.CLOSED
                        await self._refresh_card(store, a)
                notice = "worker.thanks_closed"
            else:
                case.state = CaseState.REOPENED
                case.reopened += 1
                case.resolved_at = None
                self._event(store, case, EventKind.REOPENED, now, actor)
                # Back to the group that resolved it, with a fresh clock and a mark.
                for a in await store.assignments_of_case(case_id):
                    if (
                        a.state is AssignmentState.RESOLVED
                        and a.role is not AssignmentRole.INDUSTRY
                    ):
                        due = self._due(case, a.department, a.role, a.level, now)
                        a.state = AssignmentState.PENDING
                        a.acknowledged_at = None
                        a.acknowledged_by = ""
                        a.resolved_at = None
                        a.ack_due, a.resolve_due = due.ack_due, due.resolve_due
                        a.reminders_sent = []
                        await self._refresh_card(store, a)
                notice = "worker.reopened"
            case.updated_at = now
        if resolved:
            self.index.remove(case_id)
        self.on_commit()
        return ActionResult(True, notice, {"case": case.number})

    # -- helpers ------------------------------------------------------------------

    def _number(self, prefix: str, now: datetime, ident: int | None) -> str:
        return f"{prefix}-{now.astimezone(self.tz):%Y%m%d}-{ident or 0:04d}"

    def _local(self, at: datetime) -> str:
        return at.astimezone(self.tz).strftime("%m-%d %H:%M")

    def _event(
        self, store: CaseStore, case: Case, kind: EventKind, now: datetime, actor: str, **data: Any
    ) -> None:
        store.add(Event(case.id or 0, kind, now, actor, data))

    def _text(
        self,
        chat_id: int,
        key: str,
        params: dict[str, Any],
        lang: str,
        priority: int,
        markup: dict[str, Any] | None = None,
    ) -> OutboxMessage:
        payload: dict[str, Any] = {"key": key, "params": params, "lang": lang}
        if markup:
            payload["markup"] = markup
        return OutboxMessage(chat_id, OutboxKind.TEXT, payload, priority, created_at=self.clock())

    def _due(
        self,
        case: Case,
        department: Department,
        role: AssignmentRole,
        level: EscalationLevel,
        now: datetime,
    ) -> Deadlines:
        return self.deadlines.for_assignment(
            now,
            category=case.category,
            urgent=case.urgent,
            group_complaint=case.group_complaint,
            department=department,
            role=role,
            level=level,
        )

    async def _refresh_card(self, store: CaseStore, a: Assignment) -> None:
        await queue_card_refresh(store, a, self.clock())

    async def _tell_reporters(
        self,
        store: CaseStore,
        case: Case,
        key: str,
        params: dict[str, Any],
        markup: dict[str, Any] | None = None,
    ) -> None:
        seen: set[int] = set()
        for lead in await store.leads_of_case(case.id or 0):
            if lead.reporter_id in seen:
                continue
            seen.add(lead.reporter_id)
            reporter = await store.reporter(lead.reporter_id)
            if reporter is not None and reporter.blocked_at is not None:
                continue  # blocked the bot: recorded once, not retried forever
            lang = reporter.lang if reporter else "zh"
            await store.outbox_add(
                self._text(
                    lead.reporter_id,
                    key,
                    {"case": case.number, "lead": lead.number, **params},
                    lang,
                    Priority.WORKER,
                    markup,
                )
            )


def routing_levels() -> tuple[EscalationLevel, ...]:
    return (EscalationLevel.STREET, EscalationLevel.DISTRICT, EscalationLevel.CITY)


def _live(a: Assignment) -> bool:
    return a.state in (AssignmentState.PENDING, AssignmentState.ACKNOWLEDGED)


def _employer(u: Understanding) -> str:
    for party in u.facts.parties:
        if party.name:
            return party.name
    return ""


def _evidence(u: Understanding) -> list[str]:
    return list(dict.fromkeys([*u.category_evidence, *u.urgent_evidence]))[:8]


async def queue_card_refresh(store: CaseStore, a: Assignment, now: datetime) -> None:
    """Ask the sender to post or edit this assignment's card. Cards are rendered at
    send time from the current case, so one pending refresh per card is enough
    however many changes pile up before it goes."""
    if a.id is None or await store.has_pending(
        a.group_chat_id, OutboxKind.CARD.value, "assignment_id", a.id
    ):
        return
    await _queue_card(store, a, now)


async def _queue_card(store: CaseStore, a: Assignment, now: datetime) -> None:
    await store.outbox_add(
        OutboxMessage(
            a.group_chat_id, OutboxKind.CARD, {"assignment_id": a.id}, Priority.CARD, created_at=now
        )
    )
