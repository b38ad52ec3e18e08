"""Working-day calendar of mainland China: weekends, public holidays and 调休.

The State Council publishes each year's schedule (国务院办公厅关于 YYYY 年部分节假日
安排的通知): ranges of days off (放假) and weekend days that become working days
(调休上班). One JSON file per year holds it, ``cases/data/holidays/<year>.json``::

    {"year": 2025, "status": "official", "source": "...", "note": "...",
     "holidays": [{"name": "国庆节、中秋节", "start": "2025-10-01", "end": "2025-10-08"}],
     "workdays": [{"name": "国庆节调休", "date": "2025-09-28"}]}

``status`` is ``official`` or ``provisional`` (statutory days only, no 调休 known
yet). Admins update a year by dropping a file with the same name into their own
directory (``WorkCalendar.load(directory)``): a file there replaces the packaged
file of that year, and may add years the package does not know. Years that no
file covers are weekends-only (``covered_years`` tells which are known).

Counting rule (the one officials use for "X 个工作日内", 期间开始的当日不计入):
the day of receipt does not count; the deadline is the **end of the n-th working
day after the day of receipt**, in local time (23:59:59 of that day). A lead received
on Friday evening with 1 working day is due at the end of Monday; one received on
a Saturday with 3 working days is due at the end of Wednesday.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

__all__ = [
    "DEFAULT_TIMEZONE",
    "END_OF_DAY",
    "HolidayYear",
    "WorkCalendar",
    "end_of_day",
    "to_local",
]

DEFAULT_TIMEZONE = "Asia/Shanghai"
END_OF_DAY = time(23, 59, 59)
_MAX_SCAN_DAYS = 3660  # safety net against a malformed calendar with no working day


def to_local(moment: datetime, tz: ZoneInfo) -> datetime:
    """``moment`` in ``tz``; a naive datetime is taken to be local time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def end_of_day(day: date, tz: ZoneInfo) -> datetime:
    """23:59:59 local time of ``day``: the moment a day-based deadline falls due."""
    return datetime.combine(day, END_OF_DAY, tzinfo=tz)


@dataclass(frozen=True, slots=True)
class HolidayYear:
    """One year's schedule as read from its JSON file."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date]
    status: str = "official"
    source: str = ""
    note: str = ""
    names: dict[date, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HolidayYear:
        year = int(data["year"])
        holidays: set[date] = set()
        workdays: set[date] = set()
        names: dict[date, str] = {}
        for item in data.get("holidays", []):
            start = date.fromisoformat(item["start"])
            end = date.fromisoformat(item.get("end", item["start"]))
            if end < start:
                raise ValueError(f"{year}: holiday {item!r} ends before it starts")
            day = start
            while day <= end:
                holidays.add(day)
                names[day] = str(item.get("name", ""))
                day += timedelta(days=1)
        for item in data.get("workdays", []):
            day = date.fromisoformat(item["date"] if isinstance(item, dict) else item)
            workdays.add(day)
            if isinstance(item, dict):
                names[day] = str(item.get("name", ""))
        clash = holidays & workdays
        if clash:
            raise ValueError(f"{year}: days both off and working: {sorted(clash)}")
        return cls(
            year=year,
            holidays=frozenset(holidays),
            workdays=frozenset(workdays),
            status=str(data.get("status", "official")),
            source=str(data.get("source", "")),
            note=str(data.get("note", "")),
            names=names,
        )

    @classmethod
    def from_file(cls, path: Path) -> HolidayYear:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _packaged_years() -> dict[int, HolidayYear]:
    years: dict[int, HolidayYear] = {}
    folder = resources.files("cases").joinpath("data", "holidays")
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            parsed = HolidayYear.from_dict(json.loads(entry.read_text(encoding="utf-8")))
            years[parsed.year] = parsed
    return years


class WorkCalendar:
    """Which days are working days, and deadline arithmetic on them, in one timezone."""

    def __init__(self, years: Iterable[HolidayYear] = (), tz: ZoneInfo | None = None) -> None:
        self.tz = tz or ZoneInfo(DEFAULT_TIMEZONE)
        self.years: dict[int, HolidayYear] = {y.year: y for y in years}
        self._holidays: frozenset[date] = frozenset(
            d for y in self.years.values() for d in y.holidays
        )
        self._workdays: frozenset[date] = frozenset(
            d for y in self.years.values() for d in y.workdays
        )

    @classmethod
    def load(cls, directory: str | Path | None = None, tz: ZoneInfo | None = None) -> WorkCalendar:
        """The packaged years, with any ``<year>.json`` in ``directory`` replacing its year.

        ``directory`` is the admin's folder (e.g. a setting such as
        ``ANXIN_HOLIDAYS_DIR``); None or a missing folder means the packaged files only.
        """
        years = _packaged_years()
        if directory is not None:
            folder = Path(directory)
            if folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    parsed = HolidayYear.from_file(path)
                    years[parsed.year] = parsed
        return cls(years.values(), tz=tz)

    @classmethod
    def weekends_only(cls, tz: ZoneInfo | None = None) -> WorkCalendar:
        return cls((), tz=tz)

    @property
    def covered_years(self) -> list[int]:
        return sorted(self.years)

    def is_official(self, year: int) -> bool:
        """True if ``year`` has an official (not provisional) schedule loaded."""
        known = self.years.get(year)
        return known is not None and known.status == "official"

    def holiday_name(self, day: date) -> str:
        known = self.years.get(day.year)
        return known.names.get(day, "") if known else ""

    def is_working_day(self, day: date | datetime) -> bool:
        """Make-up working days first, then holidays, then Monday to Friday."""
        if isinstance(day, datetime):
            day = to_local(day, self.tz).date()
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        return day.weekday() < 5

    def working_day_after(self, day: date, n: int = 1) -> date:
        """The n-th working day after ``day`` (``day`` itself not counted); n >= 1."""
        if n < 1:
            raise ValueError("n must be at least 1")
        current = day
        found = 0
        for _ in range(_MAX_SCAN_DAYS):
            current += timedelta(days=1)
            if self.is_working_day(current):
                found += 1
                if found == n:
                    return current
        raise ValueError("no working day found: the calendar is malformed")

    def next_working_day(self, day: date) -> date:
        """``day`` if it is a working day, else the first working day after it."""
        return day if self.is_working_day(day) else self.working_day_after(day)

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """End (23:59:59 local) of the n-th working day after the day of ``start``.

        n = 0 gives the end of the day of ``start`` itself, working day or not.
        The result is an aware datetime in the calendar's timezone.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        local = to_local(start, self.tz)
        if n == 0:
            return end_of_day(local.date(), self.tz)
        return end_of_day(self.working_day_after(local.date(), n), self.tz)

    def add_calendar_days(self, start: datetime, n: int) -> datetime:
        """End of the n-th calendar day after the day of ``start`` (``15 日内``)."""
        if n < 0:
            raise ValueError("n must not be negative")
        local = to_local(start, self.tz)
        return end_of_day(local.date() + timedelta(days=n), self.tz)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in the half-open range (start, end]."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count
