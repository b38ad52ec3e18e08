"""Figures from the event log: headline numbers, the monthly named list, weekly series.

Everything is derived from ``cases.model.Event`` records written by the case service,
with these ``data`` shapes: ``created`` {lead_id, site_code, district, industry,
contractor, builder, employer, category, urgent, group_complaint}; ``merged``
{lead_id, employer}; ``assigned`` {assignment_id, group_chat_id, department, role,
level, ack_due, resolve_due (ISO 8601), rule}; ``acknowledged`` {assignment_id};
``resolved`` {assignment_id, outcome}; ``transferred`` {assignment_id,
to_group_chat_id, new_assignment_id}; ``escalated`` {assignment_id, from_level,
to_level, reason}; ``reopened``, ``confirmed``, ``closed`` {}; ``rejected``
{reason}; ``reminded`` {assignment_id, key}. Definitions:

Period and cohort
    A period is the half-open interval ``[start, end)``. **Flow counts** count events
    whose time lies in the period: *leads* (``created`` + ``merged`` events: each
    lead received counts once), *merged* (duplicates that joined an existing case)
    and *escalations* (``escalated`` events). **Outcome figures** are computed over
    the *cohort*: the cases created in the period, following each of them through
    all its events up to ``as_of`` (default: the time of the latest event given;
    events after ``as_of`` are ignored, so a past view can be reproduced).

Filters
    ``district``, ``industry``, ``site`` (site code) and ``contractor`` /
    ``builder`` / ``employer`` (compared by ``normalise_name``) select cases by the
    facts of their ``created`` event. ``department`` selects the cases that had an
    assignment to that department, and restricts the acknowledgement figures to
    that department's assignments.

Time to acknowledge (per assignment)
    First ``acknowledged`` of the assignment minus its ``assigned`` event. An
    assignment resolved without an ``acknowledged`` event counts as acknowledged
    at its resolution. An assignment transferred to another group before anyone
    acknowledged it is left out (its clock moves to the new assignment).
    *On-time acknowledgement*: acknowledged at or before its ``ack_due``. The rate's
    denominator is the assignments that were acknowledged or whose ``ack_due`` had
    passed by ``as_of`` (still-open assignments not yet due are not judged).

Time to resolve (per case)
    The case's first resolution minus the ``assigned`` event of its *primary
    assignment* (the first assignment with role ``primary``; failing that, the
    first assignment). A resolution is a ``resolved`` event of any assignment
    except the industry authority's (``role == industry``: its result goes back to
    labour for review, which resolves the case).
    *On-time closure* (按期办结): the first resolution lies at or before the
    ``resolve_due`` of the primary assignment **and** the case was not reopened
    afterwards (a reopen counts against on-time). Denominator: cohort cases, not
    rejected, with a primary assignment, that were resolved or whose primary
    ``resolve_due`` had passed by ``as_of``.

Rates
    *closure rate* = cases whose state at ``as_of`` is resolved or closed / cohort
    cases that are not rejected (a rejected lead is not a wage case);
    *reopen rate* = cases reopened after a resolution / cases ever resolved;
    *confirmed rate* = cases the worker confirmed (``confirmed``) / cases ever
    resolved. A rate whose denominator is 0 is None.

Median and p90
    Median: the middle value (mean of the two middle ones for an even count).
    p90: nearest rank, the value at position ceil(0.9 * n) in ascending order.

Monthly named list (000: 欠薪线索超10次 的建设单位和总包单位 每月通报)
    Every lead received in the month is attributed to the case's general
    contractor (总包单位), construction unit (建设单位) and to the employer the lead
    names (a ``merged`` lead naming no employer takes its case's). Names are
    grouped by ``normalise_name``; an entity is listed when it has **more than**
    ``threshold`` (10) leads in the month, with its count in the previous month and
    growth = (leads - previous) / previous (None when previous is 0).
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cases.calendar import DEFAULT_TIMEZONE, to_local
from cases.model import AssignmentRole, CaseState, Event, EventKind

__all__ = [
    "Figures",
    "Filters",
    "MonthlyReport",
    "NamedEntity",
    "WeekPoint",
    "compute_figures",
    "month_bounds",
    "monthly_report",
    "normalise_name",
    "percentile",
    "weekly_series",
]

# --- name normalisation --------------------------------------------------------------

#: legal-form and group words stripped from the end, longest first, repeatedly
LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "总公司",
    "公司",
    "集团",
    "股份",
    "控股",
)
#: names that mean "nobody named"
EMPTY_NAMES = frozenset({"", "无", "未知", "不详", "不清楚", "不知道", "没有", "none", "unknown"})
_BRACKETS = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]")
_SPACES = re.compile(r"[\s·・.,，。、\"'“”‘’]+")
_BRANCH = re.compile(r"^(.+?(?:有限责任公司|股份有限公司|有限公司|公司)).+分公司$")


def normalise_name(name: str, aliases: Mapping[str, str] | None = None) -> str:
    """The key under which variants of one organisation's name count together.

    Rule, in order:

    1. Unicode NFKC (full-width letters and brackets become ASCII), lower case,
       spaces and punctuation removed; any bracketed part removed (``（集团）``,
       ``(广州)``).
    2. A branch (``...有限公司广州分公司``) counts with its parent: everything after
       the parent's legal form is dropped.
    3. ``建筑工程`` becomes ``建工`` (the usual short form).
    4. Legal-form and group words are stripped from the end, repeatedly:
       股份有限公司, 有限责任公司, 有限公司, 分公司, 总公司, 公司, 集团, 股份, 控股.
    5. A trailing ``工程`` is stripped only when at least two characters remain
       (``某某建设工程`` -> ``某某建设``), so a name that is mostly ``工程`` keeps it.
    6. ``aliases`` (admin-configured, keys and values normalised the same way)
       maps one result to another, for equivalences no rule can see.

    Region prefixes (广东, 珠海市 ...) are **not** stripped: ``广东建工`` and
    ``浙江建工`` are different companies. Use ``aliases`` for such cases.
    So 某某建工集团有限公司, 某某建工（集团）有限公司, 某某建筑工程有限公司,
    某某建工集团有限公司广州分公司 and 某某建工 all become ``某某建工``.
    Names meaning "nobody" (未知, 不清楚 ...) give "".
    """
    text = unicodedata.normalize("NFKC", name or "").strip().lower()
    text = _BRACKETS.sub("", text)
    text = _SPACES.sub("", text)
    if text in EMPTY_NAMES:
        return ""
    branch = _BRANCH.match(text)
    if branch:
        text = branch.group(1)
    text = text.replace("建筑工程", "建工")
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                changed = True
                break
    if text.endswith("工程") and len(text) - 2 >= 2:
        text = text[:-2]
    if aliases:
        table = {normalise_name(k): normalise_name(v) for k, v in aliases.items()}
        text = table.get(text, text)
    return text


# --- replaying events into case views ----------------------------------------------


@dataclass(slots=True)
class _Assignment:
    assignment_id: Any
    assigned_at: datetime
    department: str
    role: str
    level: str
    ack_due: datetime | None
    resolve_due: datetime | None
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    transferred_at: datetime | None = None


@dataclass(slots=True)
class _Case:
    case_id: int
    created_at: datetime
    facts: dict[str, Any]
    leads: list[tuple[datetime, str, str]] = field(default_factory=list)  # (at, kind, employer)
    assignments: dict[Any, _Assignment] = field(default_factory=dict)
    primary: _Assignment | None = None
    first_resolved_at: datetime | None = None
    reopened_after_resolution: bool = False
    confirmed: bool = False
    escalations: list[tuple[datetime, Any]] = field(default_factory=list)
    state: CaseState = CaseState.NEW

    def departments(self) -> set[str]:
        return {a.department for a in self.assignments.values()}


def _parse_time(value: Any, tz: ZoneInfo) -> datetime | None:
    if value in (None, ""):
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return to_local(moment, tz)


def _replay(events: Iterable[Event], tz: ZoneInfo, as_of: datetime | None) -> list[_Case]:
    ordered = sorted(enumerate(events), key=lambda pair: (to_local(pair[1].at, tz), pair[0]))
    cases: dict[int, _Case] = {}
    for _, event in ordered:
        at = to_local(event.at, tz)
        if as_of is not None and at > as_of:
            break
        kind = EventKind(event.kind)
        data = event.data or {}
        if kind == EventKind.CREATED:
            case = _Case(event.case_id, at, dict(data))
            case.leads.append((at, "created", str(data.get("employer") or "")))
            cases[event.case_id] = case
            continue
        case_or_none = cases.get(event.case_id)
        if case_or_none is None:
            continue  # no created event given: the case cannot be attributed
        case = case_or_none
        aid = data.get("assignment_id")
        asg = case.assignments.get(aid)
        if kind == EventKind.MERGED:
            employer = str(data.get("employer") or "") or str(case.facts.get("employer") or "")
            case.leads.append((at, "merged", employer))
        elif kind == EventKind.ASSIGNED:
            asg = _Assignment(
                assignment_id=aid,
                assigned_at=at,
                department=str(data.get("department") or ""),
                role=str(data.get("role") or AssignmentRole.PRIMARY),
                level=str(data.get("level") or ""),
                ack_due=_parse_time(data.get("ack_due"), tz),
                resolve_due=_parse_time(data.get("resolve_due"), tz),
            )
            case.assignments[aid] = asg
            # the first primary assignment; until there is one, the first assignment
            if case.primary is None or (
                case.primary.role != AssignmentRole.PRIMARY and asg.role == AssignmentRole.PRIMARY
            ):
                case.primary = asg
            if case.state in (CaseState.NEW,):
                case.state = CaseState.ASSIGNED
        elif kind == EventKind.ACKNOWLEDGED:
            if asg is not None and asg.acknowledged_at is None:
                asg.acknowledged_at = at
            if case.state in (CaseState.NEW, CaseState.ASSIGNED):
                case.state = CaseState.ACKNOWLEDGED
        elif kind == EventKind.TRANSFERRED:
            if asg is not None and asg.transferred_at is None:
                asg.transferred_at = at
        elif kind == EventKind.ESCALATED:
            case.escalations.append((at, aid))
        elif kind == EventKind.RESOLVED:
            if asg is not None:
                if asg.resolved_at is None:
                    asg.resolved_at = at
                if asg.acknowledged_at is None:
                    asg.acknowledged_at = at
            if asg is None or asg.role != AssignmentRole.INDUSTRY:
                if case.first_resolved_at is None:
                    case.first_resolved_at = at
                if case.state not in (CaseState.CLOSED, CaseState.REJECTED):
                    case.state = CaseState.RESOLVED
        elif kind == EventKind.REOPENED:
            if case.first_resolved_at is not None:
                case.reopened_after_resolution = True
            case.state = CaseState.REOPENED
        elif kind == EventKind.CONFIRMED:
            case.confirmed = True
        elif kind == EventKind.CLOSED:
            case.state = CaseState.CLOSED
        elif kind == EventKind.REJECTED:
            case.state = CaseState.REJECTED
    return list(cases.values())


# --- filters and figures -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    district: str | None = None
    department: str | None = None
    industry: str | None = None
    site: str | None = None  # site code
    contractor: str | None = None  # 总包单位, compared by normalise_name
    builder: str | None = None  # 建设单位
    employer: str | None = None

    def matches(self, case: _Case) -> bool:
        facts = case.facts
        if self.district and facts.get("district") != self.district:
            return False
        if self.industry and str(facts.get("industry") or "") != str(self.industry):
            return False
        if self.site and facts.get("site_code") != self.site:
            return False
        for attr in ("contractor", "builder", "employer"):
            wanted = getattr(self, attr)
            if wanted and normalise_name(str(facts.get(attr) or "")) != normalise_name(wanted):
                return False
        return not (self.department and str(self.department) not in case.departments())

    def to_dict(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items() if v}


def percentile(values: list[timedelta], q: float) -> timedelta | None:
    """Nearest-rank percentile: the value at position ceil(q * n) in ascending order."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def _median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    return timedelta(seconds=statistics.median(v.total_seconds() for v in values))


def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


def _hours(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 3600, 2)


@dataclass(frozen=True, slots=True)
class Figures:
    """Headline figures of one period (definitions in the module docstring)."""

    start: datetime
    end: datetime
    as_of: datetime
    filters: Filters
    leads: int = 0
    merged: int = 0
    cases: int = 0
    rejected: int = 0
    resolved: int = 0  # cohort cases ever resolved
    resolved_or_closed: int = 0  # state at as_of
    reopened: int = 0
    confirmed: int = 0
    escalations: int = 0
    ack_count: int = 0
    ack_median: timedelta | None = None
    ack_p90: timedelta | None = None
    ack_judged: int = 0
    ack_on_time: int = 0
    resolve_count: int = 0
    resolve_median: timedelta | None = None
    resolve_p90: timedelta | None = None
    closure_judged: int = 0
    closed_on_time: int = 0
    leads_by_district: dict[str, int] = field(default_factory=dict)
    leads_by_industry: dict[str, int] = field(default_factory=dict)

    @property
    def ack_on_time_rate(self) -> float | None:
        return _rate(self.ack_on_time, self.ack_judged)

    @property
    def on_time_closure_rate(self) -> float | None:
        return _rate(self.closed_on_time, self.closure_judged)

    @property
    def closure_rate(self) -> float | None:
        return _rate(self.resolved_or_closed, self.cases - self.rejected)

    @property
    def reopen_rate(self) -> float | None:
        return _rate(self.reopened, self.resolved)

    @property
    def confirmed_rate(self) -> float | None:
        return _rate(self.confirmed, self.resolved)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: times ISO 8601, durations in hours, rates as fractions or None."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "filters": self.filters.to_dict(),
            "leads": self.leads,
            "merged": self.merged,
            "cases": self.cases,
            "rejected": self.rejected,
            "resolved": self.resolved,
            "resolved_or_closed": self.resolved_or_closed,
            "reopened": self.reopened,
            "confirmed": self.confirmed,
            "escalations": self.escalations,
            "ack_count": self.ack_count,
            "ack_median_hours": _hours(self.ack_median),
            "ack_p90_hours": _hours(self.ack_p90),
            "ack_judged": self.ack_judged,
            "ack_on_time": self.ack_on_time,
            "ack_on_time_rate": self.ack_on_time_rate,
            "resolve_count": self.resolve_count,
            "resolve_median_hours": _hours(self.resolve_median),
            "resolve_p90_hours": _hours(self.resolve_p90),
            "closure_judged": self.closure_judged,
            "closed_on_time": self.closed_on_time,
            "on_time_closure_rate": self.on_time_closure_rate,
            "closure_rate": self.closure_rate,
            "reopen_rate": self.reopen_rate,
            "confirmed_rate": self.confirmed_rate,
            "leads_by_district": dict(self.leads_by_district),
            "leads_by_industry": dict(self.leads_by_industry),
        }


def _figures(
    cases: list[_Case],
    start: datetime,
    end: datetime,
    as_of: datetime,
    filters: Filters,
) -> Figures:
    chosen = [c for c in cases if filters.matches(c)]
    leads = merged = escalations = 0
    by_district: Counter[str] = Counter()
    by_industry: Counter[str] = Counter()
    for case in chosen:
        for at, kind, _employer in case.leads:
            if start <= at < end:
                leads += 1
                merged += kind == "merged"
                by_district[str(case.facts.get("district") or "")] += 1
                by_industry[str(case.facts.get("industry") or "")] += 1
        for at, aid in case.escalations:
            if not start <= at < end:
                continue
            asg = case.assignments.get(aid)
            if filters.department and (asg is None or asg.department != str(filters.department)):
                continue
            escalations += 1

    cohort = [c for c in chosen if start <= c.created_at < end]
    rejected = sum(c.state == CaseState.REJECTED for c in cohort)
    resolved = [c for c in cohort if c.first_resolved_at is not None]

    ack_times: list[timedelta] = []
    ack_judged = ack_on_time = 0
    for case in cohort:
        for asg in case.assignments.values():
            if filters.department and asg.department != str(filters.department):
                continue
            acked = asg.acknowledged_at
            if asg.transferred_at is not None and (acked is None or acked > asg.transferred_at):
                continue
            if acked is not None:
                ack_times.append(acked - asg.assigned_at)
            if asg.ack_due is None:
                continue
            if acked is not None or asg.ack_due <= as_of:
                ack_judged += 1
                ack_on_time += acked is not None and acked <= asg.ack_due

    resolve_times: list[timedelta] = []
    closure_judged = closed_on_time = 0
    for case in cohort:
        if case.state == CaseState.REJECTED or case.primary is None:
            continue
        primary = case.primary
        if case.first_resolved_at is not None:
            resolve_times.append(case.first_resolved_at - primary.assigned_at)
        if primary.resolve_due is None:
            continue
        if case.first_resolved_at is not None or primary.resolve_due <= as_of:
            closure_judged += 1
            closed_on_time += (
                case.first_resolved_at is not None
                and case.first_resolved_at <= primary.resolve_due
                and not case.reopened_after_resolution
            )

    return Figures(
        start=start,
        end=end,
        as_of=as_of,
        filters=filters,
        leads=leads,
        merged=merged,
        cases=len(cohort),
        rejected=rejected,
        resolved=len(resolved),
        resolved_or_closed=sum(c.state in (CaseState.RESOLVED, CaseState.CLOSED) for c in cohort),
        reopened=sum(c.reopened_after_resolution for c in resolved),
        confirmed=sum(c.confirmed for c in resolved),
        escalations=escalations,
        ack_count=len(ack_times),
        ack_median=_median(ack_times),
        ack_p90=percentile(ack_times, 0.9),
        ack_judged=ack_judged,
        ack_on_time=ack_on_time,
        resolve_count=len(resolve_times),
        resolve_median=_median(resolve_times),
        resolve_p90=percentile(resolve_times, 0.9),
        closure_judged=closure_judged,
        closed_on_time=closed_on_time,
        leads_by_district=dict(by_district.most_common()),
        leads_by_industry=dict(by_industry.most_common()),
    )


def _as_of(events: list[Event], tz: ZoneInfo, as_of: datetime | None) -> datetime:
    if as_of is not None:
        return to_local(as_of, tz)
    if events:
        return max(to_local(e.at, tz) for e in events)
    return datetime.now(tz)


def compute_figures(
    events: Iterable[Event],
    *,
    start: datetime,
    end: datetime,
    filters: Filters | None = None,
    as_of: datetime | None = None,
    tz: ZoneInfo | None = None,
) -> Figures:
    """Figures for the period ``[start, end)``; see the module docstring."""
    zone = tz or ZoneInfo(DEFAULT_TIMEZONE)
    listed = list(events)
    moment = _as_of(listed, zone, as_of)
    cases = _replay(listed, zone, moment)
    return _figures(cases, to_local(start, zone), to_local(end, zone), moment, filters or Filters())


# --- monthly named list --------------------------------------------------------------


def month_bounds(month: str, tz: ZoneInfo | None = None) -> tuple[datetime, datetime]:
    """``"2025-11"`` -> (1 Nov 00:00, 1 Dec 00:00) in local time."""
    zone = tz or ZoneInfo(DEFAULT_TIMEZONE)
    year, mon = (int(p) for p in month.split("-"))
    first = datetime(year, mon, 1, tzinfo=zone)
    following = datetime(year + mon // 12, mon % 12 + 1, 1, tzinfo=zone)
    return first, following


def _previous_month(month: str) -> str:
    year, mon = (int(p) for p in month.split("-"))
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


ROLES = ("builder", "contractor", "employer")
ROLE_LABELS = {
    "builder": ("建设单位", "construction unit"),
    "contractor": ("总包单位", "general contractor"),
    "employer": ("用工单位/班组", "employer"),
}


@dataclass(frozen=True, slots=True)
class NamedEntity:
    role: str  # builder | contractor | employer
    name: str  # the most frequent spelling this month
    key: str  # normalise_name(name)
    variants: tuple[str, ...]  # every spelling seen this month, sorted
    leads: int
    previous_leads: int
    growth: float | None  # (leads - previous) / previous; None when previous is 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"variants": list(self.variants)}


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    month: str
    previous_month: str
    threshold: int
    leads: int  # all leads received in the month
    previous_leads: int
    entities: list[NamedEntity]

    @property
    def growth(self) -> float | None:
        if not self.previous_leads:
            return None
        return (self.leads - self.previous_leads) / self.previous_leads

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "previous_month": self.previous_month,
            "threshold": self.threshold,
            "leads": self.leads,
            "previous_leads": self.previous_leads,
            "growth": self.growth,
            "entities": [e.to_dict() for e in self.entities],
        }


def _attributed(
    cases: list[_Case], start: datetime, end: datetime, aliases: Mapping[str, str] | None
) -> tuple[int, dict[tuple[str, str], Counter[str]]]:
    """Lead count in the window, and per (role, key) the spellings seen with counts."""
    total = 0
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for case in cases:
        for at, _kind, employer in case.leads:
            if not start <= at < end:
                continue
            total += 1
            names = {
                "builder": str(case.facts.get("builder") or ""),
                "contractor": str(case.facts.get("contractor") or ""),
                "employer": employer,
            }
            for role, raw in names.items():
                key = normalise_name(raw, aliases)
                if key:
                    found[(role, key)][raw.strip()] += 1
    return total, found


def monthly_report(
    events: Iterable[Event],
    month: str,
    *,
    threshold: int = 10,
    tz: ZoneInfo | None = None,
    aliases: Mapping[str, str] | None = None,
) -> MonthlyReport:
    """Entities with more than ``threshold`` leads in ``month`` ("YYYY-MM"), with growth."""
    zone = tz or ZoneInfo(DEFAULT_TIMEZONE)
    cases = _replay(list(events), zone, None)
    start, end = month_bounds(month, zone)
    previous = _previous_month(month)
    prev_start, prev_end = month_bounds(previous, zone)
    total, now_counts = _attributed(cases, start, end, aliases)
    prev_total, prev_counts = _attributed(cases, prev_start, prev_end, aliases)
    entities: list[NamedEntity] = []
    for (role, key), spellings in now_counts.items():
        leads = sum(spellings.values())
        if leads <= threshold:
            continue
        before = sum(prev_counts.get((role, key), Counter()).values())
        name = sorted(spellings.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        entities.append(
            NamedEntity(
                role=role,
                name=name,
                key=key,
                variants=tuple(sorted(spellings)),
                leads=leads,
                previous_leads=before,
                growth=(leads - before) / before if before else None,
            )
        )
    entities.sort(key=lambda e: (-e.leads, ROLES.index(e.role), e.key))
    return MonthlyReport(month, previous, threshold, total, prev_total, entities)


# --- weekly series ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekPoint:
    week_start: date  # a Monday, local time
    leads: int
    cases: int
    on_time_closure_rate: float | None  # of the cases created that week
    ack_on_time_rate: float | None

    @property
    def label(self) -> str:
        return self.week_start.strftime("%m-%d")

    def to_dict(self) -> dict[str, Any]:
        return {
            "week_start": self.week_start.isoformat(),
            "leads": self.leads,
            "cases": self.cases,
            "on_time_closure_rate": self.on_time_closure_rate,
            "ack_on_time_rate": self.ack_on_time_rate,
        }


def weekly_series(
    events: Iterable[Event],
    start: datetime,
    end: datetime,
    *,
    filters: Filters | None = None,
    as_of: datetime | None = None,
    tz: ZoneInfo | None = None,
) -> list[WeekPoint]:
    """One point per week (Monday 00:00 local) from the week containing ``start`` to the
    week containing the last moment before ``end``; each week's figures as in
    ``compute_figures`` for [Monday, next Monday)."""
    zone = tz or ZoneInfo(DEFAULT_TIMEZONE)
    listed = list(events)
    moment = _as_of(listed, zone, as_of)
    cases = _replay(listed, zone, moment)
    local_start, local_end = to_local(start, zone), to_local(end, zone)
    monday = local_start.date() - timedelta(days=local_start.weekday())
    points: list[WeekPoint] = []
    while datetime.combine(monday, datetime.min.time(), tzinfo=zone) < local_end:
        week_start = datetime.combine(monday, datetime.min.time(), tzinfo=zone)
        week_end = datetime.combine(monday + timedelta(days=7), datetime.min.time(), tzinfo=zone)
        fig = _figures(cases, week_start, week_end, moment, filters or Filters())
        points.append(
            WeekPoint(monday, fig.leads, fig.cases, fig.on_time_closure_rate, fig.ack_on_time_rate)
        )
        monday += timedelta(days=7)
    return points
