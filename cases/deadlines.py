"""Deadline policy: when an assignment must be acknowledged and resolved.

Defaults come from the seeds (``cases/data/deadlines.json``), all configurable:

==========================  =====================  ==============================
rule (chosen in this order)  acknowledge (签收)      resolve (办结)
==========================  =====================  ==============================
``escalation_urgent``        2 hours                same day (see below)
``escalation``               1 working day          3 working days
``industry_urgent``          2 hours                15 calendar days
``industry``                 1 working day          15 calendar days (004)
``category:<category>``      per config (none by default)
``urgent``                   2 hours                same day (001: 群访当日立案)
``ordinary``                 1 working day          3 working days (001: 3日内立案)
==========================  =====================  ==============================

* ``escalation*`` applies when the assignment's level is above the street (属地)
  level or its role is ``AssignmentRole.ESCALATION`` (提级办理, 003).
* ``industry*`` applies to the industry authority: role ``AssignmentRole.INDUSTRY``
  or a department in ``industry_departments`` (housing, transport, water). It must
  verify within 15 days of receipt and hand its result back to labour for review.
* ``*_urgent`` / ``urgent`` apply when the lead is urgent or a group complaint
  (群体性: ``group_complaint``, i.e. ``group_complaint_min_workers`` = 10 or more
  workers; the case service sets the flag).
* ``category:<category>`` lets an admin give one category its own ordinary rule.

Spans are written as strings: ``"2h"`` (clock hours), ``"90m"`` (minutes),
``"1wd"`` (end of the n-th working day after the day of receipt, see
``cases.calendar``), ``"15d"`` (end of the 15th calendar day after the day of
receipt), ``"same_day"``.

**Same day** means the end (23:59:59) of the calendar day of receipt, weekends and
holidays included (a group complaint is handled the day it comes in); a lead
received at or after ``same_day_cutoff`` (18:00) is due at the end of the next
calendar day instead, so that an evening report still leaves a working evening
and morning. A resolve deadline is never earlier than the acknowledge deadline.

All times are computed in the configured timezone (``ANXIN_TIMEZONE``, default
Asia/Shanghai) and returned as aware datetimes in it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cases.calendar import DEFAULT_TIMEZONE, WorkCalendar, end_of_day, to_local
from cases.model import ESCALATION_ORDER, AssignmentRole, Category, Department, EscalationLevel

__all__ = [
    "DeadlineConfig",
    "DeadlinePolicy",
    "Deadlines",
    "RuleSpec",
    "Span",
    "next_level",
]

_SPAN_RE = re.compile(r"^\s*(\d+)\s*(h|m|wd|d)\s*$")


@dataclass(frozen=True, slots=True)
class Span:
    """A time allowance: ``hours``, ``minutes``, ``working_days``, ``days`` or ``same_day``."""

    unit: str
    value: int = 0

    @classmethod
    def parse(cls, text: str) -> Span:
        if text.strip() == "same_day":
            return cls("same_day", 0)
        match = _SPAN_RE.match(text)
        if not match:
            raise ValueError(f"bad span {text!r}: use e.g. '2h', '90m', '1wd', '15d', 'same_day'")
        unit = {"h": "hours", "m": "minutes", "wd": "working_days", "d": "days"}[match[2]]
        return cls(unit, int(match[1]))

    def __str__(self) -> str:
        if self.unit == "same_day":
            return "same_day"
        suffix = {"hours": "h", "minutes": "m", "working_days": "wd", "days": "d"}[self.unit]
        return f"{self.value}{suffix}"

    def due(self, start: datetime, calendar: WorkCalendar, tz: ZoneInfo, cutoff: time) -> datetime:
        local = to_local(start, tz)
        if self.unit == "hours":
            return local + timedelta(hours=self.value)
        if self.unit == "minutes":
            return local + timedelta(minutes=self.value)
        if self.unit == "working_days":
            return calendar.add_working_days(local, self.value).astimezone(tz)
        if self.unit == "days":
            return calendar.add_calendar_days(local, self.value).astimezone(tz)
        if self.unit == "same_day":
            day = local.date()
            if local.time() >= cutoff:
                day += timedelta(days=1)
            return end_of_day(day, tz)
        raise ValueError(f"unknown span unit {self.unit!r}")


@dataclass(frozen=True, slots=True)
class RuleSpec:
    ack: Span
    resolve: Span

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> RuleSpec:
        return cls(Span.parse(data["ack"]), Span.parse(data["resolve"]))

    def to_dict(self) -> dict[str, str]:
        return {"ack": str(self.ack), "resolve": str(self.resolve)}


_DEFAULT_RULES = {
    "ordinary": {"ack": "1wd", "resolve": "3wd"},
    "urgent": {"ack": "2h", "resolve": "same_day"},
    "industry": {"ack": "1wd", "resolve": "15d"},
    "industry_urgent": {"ack": "2h", "resolve": "15d"},
    "escalation": {"ack": "1wd", "resolve": "3wd"},
    "escalation_urgent": {"ack": "2h", "resolve": "same_day"},
}
_REQUIRED_RULES = frozenset(_DEFAULT_RULES)


@dataclass(frozen=True)
class DeadlineConfig:
    """Deadline and reminder settings; ``from_dict`` reads the JSON shape of
    ``cases/data/deadlines.json`` (every key optional, missing ones keep defaults)."""

    timezone: str = DEFAULT_TIMEZONE
    rules: dict[str, RuleSpec] = field(
        default_factory=lambda: {k: RuleSpec.from_dict(v) for k, v in _DEFAULT_RULES.items()}
    )
    industry_departments: frozenset[Department] = frozenset(
        {Department.HOUSING, Department.TRANSPORT, Department.WATER}
    )
    same_day_cutoff: time = time(18, 0)
    group_complaint_min_workers: int = 10
    reminder_fractions: tuple[float, ...] = (0.5, 0.9)
    quiet_start: time = time(22, 0)
    quiet_end: time = time(7, 0)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeadlineConfig:
        base = cls()
        rules = dict(base.rules)
        for name, spec in (data.get("rules") or {}).items():
            rules[name] = RuleSpec.from_dict(spec)
        changes: dict[str, Any] = {"rules": rules}
        if "timezone" in data:
            ZoneInfo(data["timezone"])  # fail early on a bad name
            changes["timezone"] = data["timezone"]
        if "industry_departments" in data:
            changes["industry_departments"] = frozenset(
                Department(d) for d in data["industry_departments"]
            )
        if "same_day_cutoff" in data:
            changes["same_day_cutoff"] = time.fromisoformat(data["same_day_cutoff"])
        if "group_complaint_min_workers" in data:
            changes["group_complaint_min_workers"] = int(data["group_complaint_min_workers"])
        if "reminder_fractions" in data:
            fractions = tuple(sorted(float(f) for f in data["reminder_fractions"]))
            if any(not 0 < f < 1 for f in fractions):
                raise ValueError("reminder fractions must lie strictly between 0 and 1")
            changes["reminder_fractions"] = fractions
        if "quiet_hours" in data:
            start, end = data["quiet_hours"]
            changes["quiet_start"] = time.fromisoformat(start)
            changes["quiet_end"] = time.fromisoformat(end)
        config = replace(base, **changes)
        config.validate()
        return config

    @classmethod
    def from_json(cls, path: str | Path) -> DeadlineConfig:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def default(cls) -> DeadlineConfig:
        """The packaged ``cases/data/deadlines.json``."""
        text = resources.files("cases").joinpath("data", "deadlines.json").read_text("utf-8")
        return cls.from_dict(json.loads(text))

    def validate(self) -> None:
        missing = _REQUIRED_RULES - set(self.rules)
        if missing:
            raise ValueError(f"deadline rules missing: {sorted(missing)}")
        for name in self.rules:
            if name not in _REQUIRED_RULES and not name.startswith("category:"):
                raise ValueError(f"unknown deadline rule {name!r}")
            if name.startswith("category:"):
                Category(name.split(":", 1)[1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "timezone": self.timezone,
            "rules": {k: v.to_dict() for k, v in sorted(self.rules.items())},
            "industry_departments": sorted(d.value for d in self.industry_departments),
            "same_day_cutoff": self.same_day_cutoff.strftime("%H:%M"),
            "group_complaint_min_workers": self.group_complaint_min_workers,
            "reminder_fractions": list(self.reminder_fractions),
            "quiet_hours": [self.quiet_start.strftime("%H:%M"), self.quiet_end.strftime("%H:%M")],
        }

    def is_quiet(self, local: datetime) -> bool:
        """True if the local time of day lies in the quiet hours [quiet_start, quiet_end)."""
        moment = local.time()
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= moment < self.quiet_end
        return moment >= self.quiet_start or moment < self.quiet_end


@dataclass(frozen=True, slots=True)
class Deadlines:
    """The two deadlines of one assignment, and the name of the rule that set them."""

    ack_due: datetime
    resolve_due: datetime
    rule: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "ack_due": self.ack_due.isoformat(),
            "resolve_due": self.resolve_due.isoformat(),
            "rule": self.rule,
        }


def next_level(level: EscalationLevel) -> EscalationLevel | None:
    """The level above ``level`` (street -> district -> city), None above the city."""
    index = ESCALATION_ORDER.index(EscalationLevel(level))
    return ESCALATION_ORDER[index + 1] if index + 1 < len(ESCALATION_ORDER) else None


class DeadlinePolicy:
    """Computes ``Deadlines`` from a ``DeadlineConfig`` and a ``WorkCalendar``."""

    def __init__(
        self,
        config: DeadlineConfig | None = None,
        calendar: WorkCalendar | None = None,
        tz: ZoneInfo | None = None,
    ) -> None:
        self.config = config or DeadlineConfig.default()
        self.tz = tz or (calendar.tz if calendar else ZoneInfo(self.config.timezone))
        self.calendar = calendar or WorkCalendar.load(tz=self.tz)

    def is_urgent(
        self, *, urgent: bool = False, group_complaint: bool = False, workers: int = 0
    ) -> bool:
        return urgent or group_complaint or workers >= self.config.group_complaint_min_workers

    def rule_name(
        self,
        *,
        category: Category | str | None = None,
        urgent: bool = False,
        group_complaint: bool = False,
        department: Department | str | None = None,
        role: AssignmentRole | str = AssignmentRole.PRIMARY,
        level: EscalationLevel | str = EscalationLevel.STREET,
    ) -> str:
        """Which rule applies; the order is documented at the top of this module."""
        hot = urgent or group_complaint
        if EscalationLevel(level) != EscalationLevel.STREET or role == AssignmentRole.ESCALATION:
            return "escalation_urgent" if hot else "escalation"
        dept = Department(department) if department else None
        if role == AssignmentRole.INDUSTRY or (
            dept is not None and dept in self.config.industry_departments
        ):
            return "industry_urgent" if hot else "industry"
        if hot:
            return "urgent"
        if category is not None and f"category:{Category(category).value}" in self.config.rules:
            return f"category:{Category(category).value}"
        return "ordinary"

    def apply(self, rule: str, start: datetime) -> Deadlines:
        spec = self.config.rules[rule]
        cutoff = self.config.same_day_cutoff
        ack = spec.ack.due(start, self.calendar, self.tz, cutoff)
        resolve = spec.resolve.due(start, self.calendar, self.tz, cutoff)
        return Deadlines(ack_due=ack, resolve_due=max(ack, resolve), rule=rule)

    def for_assignment(
        self,
        start: datetime,
        *,
        category: Category | str | None = None,
        urgent: bool = False,
        group_complaint: bool = False,
        department: Department | str | None = None,
        role: AssignmentRole | str = AssignmentRole.PRIMARY,
        level: EscalationLevel | str = EscalationLevel.STREET,
    ) -> Deadlines:
        """Deadlines of an assignment made at ``start`` (the moment of assignment)."""
        rule = self.rule_name(
            category=category,
            urgent=urgent,
            group_complaint=group_complaint,
            department=department,
            role=role,
            level=level,
        )
        return self.apply(rule, start)

    def for_escalation(
        self,
        start: datetime,
        *,
        urgent: bool = False,
        group_complaint: bool = False,
    ) -> Deadlines:
        """Fresh deadlines of an escalated (提级) assignment, counted from ``start``."""
        return self.apply("escalation_urgent" if urgent or group_complaint else "escalation", start)
