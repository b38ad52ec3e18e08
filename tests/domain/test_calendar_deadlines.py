"""Working-day calendar and deadline rules, with fixed clocks (no wall time)."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from cases.calendar import WorkCalendar
from cases.deadlines import DeadlineConfig, DeadlinePolicy, Span, next_level
from cases.model import AssignmentRole, Category, Department, EscalationLevel

TZ = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def eod(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 23, 59, 59, tzinfo=TZ)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.load(tz=TZ)


@pytest.fixture(scope="module")
def policy(cal: WorkCalendar) -> DeadlinePolicy:
    return DeadlinePolicy(DeadlineConfig.default(), cal, TZ)


# --- calendar -------------------------------------------------------------------


def test_packaged_years(cal: WorkCalendar) -> None:
    assert cal.covered_years == [2025, 2026, 2027]
    assert cal.is_official(2025) and cal.is_official(2026)
    assert not cal.is_official(2027)  # statutory days only, 调休 not yet published


def test_national_day_2025(cal: WorkCalendar) -> None:
    for day in range(1, 9):
        assert not cal.is_working_day(date(2025, 10, day)), day
    assert cal.is_working_day(date(2025, 9, 28))  # Sunday, make-up working day
    assert cal.is_working_day(date(2025, 10, 11))  # Saturday, make-up working day
    assert not cal.is_working_day(date(2025, 10, 12))  # ordinary Sunday
    assert cal.holiday_name(date(2025, 10, 3)) == "国庆节、中秋节"


def test_2026_schedule(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2026, 2, 16))  # 春节, a Monday
    assert cal.is_working_day(date(2026, 2, 14))  # Saturday before 春节
    assert cal.is_working_day(date(2026, 2, 28))  # Saturday after 春节
    assert not cal.is_working_day(date(2026, 10, 7))
    assert cal.is_working_day(date(2026, 10, 10))
    assert not cal.is_working_day(date(2026, 9, 25))  # 中秋, a Friday


def test_weekends_only_outside_known_years(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2030, 10, 1)) is True  # a Tuesday, no file for 2030
    assert cal.is_working_day(date(2030, 10, 5)) is False  # Saturday


def test_add_working_days_across_national_day(cal: WorkCalendar) -> None:
    # received Tue 30 Sep 2025 10:00; Oct 1-8 off; Thu 9, Fri 10, Sat 11 (make-up) work
    assert cal.add_working_days(at(2025, 9, 30, 10), 1) == eod(2025, 10, 9)
    assert cal.add_working_days(at(2025, 9, 30, 10), 3) == eod(2025, 10, 11)
    # received Fri 26 Sep: the next working day is the make-up Sunday 28 Sep
    assert cal.add_working_days(at(2025, 9, 26, 16), 1) == eod(2025, 9, 28)
    assert cal.add_working_days(at(2025, 9, 26, 16), 2) == eod(2025, 9, 29)
    assert cal.add_working_days(at(2025, 9, 26, 16), 3) == eod(2025, 9, 30)
    assert cal.add_working_days(at(2025, 9, 26, 16), 4) == eod(2025, 10, 9)


def test_day_of_receipt_not_counted(cal: WorkCalendar) -> None:
    # Friday evening -> end of Monday; Saturday -> 3rd working day is Wednesday
    assert cal.add_working_days(at(2025, 11, 14, 21), 1) == eod(2025, 11, 17)
    assert cal.add_working_days(at(2025, 11, 15, 9), 3) == eod(2025, 11, 19)
    assert cal.add_working_days(at(2025, 11, 15, 9), 0) == eod(2025, 11, 15)


def test_utc_input_is_converted(cal: WorkCalendar) -> None:
    # 2025-09-30 17:00 UTC is 2025-10-01 01:00 in Shanghai: the day of receipt is Oct 1
    start = datetime(2025, 9, 30, 17, 0, tzinfo=ZoneInfo("UTC"))
    assert cal.add_working_days(start, 1) == eod(2025, 10, 9)


def test_admin_directory_overrides_year(tmp_path) -> None:
    (tmp_path / "2025.json").write_text(
        json.dumps(
            {
                "year": 2025,
                "holidays": [{"name": "test", "start": "2025-11-17", "end": "2025-11-17"}],
                "workdays": [{"name": "test", "date": "2025-11-15"}],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "2031.json").write_text(json.dumps({"year": 2031, "holidays": []}))
    cal = WorkCalendar.load(tmp_path, tz=TZ)
    assert cal.covered_years == [2025, 2026, 2027, 2031]
    assert not cal.is_working_day(date(2025, 11, 17))
    assert cal.is_working_day(date(2025, 11, 15))
    assert cal.is_working_day(date(2025, 10, 1))  # replaced: the packaged 2025 is gone


def test_missing_admin_directory_is_harmless(tmp_path) -> None:
    assert WorkCalendar.load(tmp_path / "nope", tz=TZ).covered_years == [2025, 2026, 2027]


# --- deadlines ------------------------------------------------------------------


def test_span_parse_roundtrip() -> None:
    for text in ("2h", "90m", "1wd", "15d", "same_day"):
        assert str(Span.parse(text)) == text
    with pytest.raises(ValueError):
        Span.parse("3 weeks")


def test_ordinary_rule(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 11, 12, 9, 30), category=Category.CONTRACTOR_ARREARS)
    assert d.rule == "ordinary"
    assert d.ack_due == eod(2025, 11, 13)  # Thu
    assert d.resolve_due == eod(2025, 11, 17)  # Thu, Fri, (weekend), Mon


def test_ordinary_rule_across_national_day(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 9, 30, 15))
    assert d.ack_due == eod(2025, 10, 9)
    assert d.resolve_due == eod(2025, 10, 11)  # the make-up Saturday counts


def test_urgent_rule_same_day(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 10, 4, 9), urgent=True)  # a holiday: still same day
    assert d.rule == "urgent"
    assert d.ack_due == at(2025, 10, 4, 11)
    assert d.resolve_due == eod(2025, 10, 4)


def test_group_complaint_after_cutoff_is_due_next_day(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 11, 12, 18, 0), group_complaint=True)
    assert d.ack_due == at(2025, 11, 12, 20, 0)
    assert d.resolve_due == eod(2025, 11, 13)
    d = policy.for_assignment(at(2025, 11, 12, 17, 59), group_complaint=True)
    assert d.resolve_due == eod(2025, 11, 12)


def test_late_night_urgent_resolve_not_before_ack(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 11, 12, 23, 0), urgent=True)
    assert d.ack_due == at(2025, 11, 13, 1, 0)
    assert d.resolve_due == eod(2025, 11, 13)


def test_industry_rule_15_calendar_days(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(
        at(2025, 9, 25, 10),
        category=Category.ILLEGAL_CONTRACTING,
        department=Department.HOUSING,
        role=AssignmentRole.INDUSTRY,
    )
    assert d.rule == "industry"
    assert d.ack_due == eod(2025, 9, 26)
    assert d.resolve_due == eod(2025, 10, 10)  # 15 calendar days, holidays included
    # the department alone also selects the industry rule
    assert policy.rule_name(department=Department.WATER) == "industry"
    assert policy.rule_name(department="transport", urgent=True) == "industry_urgent"
    urgent = policy.for_assignment(at(2025, 9, 25, 10), role="industry", urgent=True)
    assert urgent.ack_due == at(2025, 9, 25, 12)
    assert urgent.resolve_due == eod(2025, 10, 10)


def test_escalation_rule(policy: DeadlinePolicy) -> None:
    d = policy.for_assignment(at(2025, 11, 14, 10), level=EscalationLevel.DISTRICT)
    assert d.rule == "escalation"
    assert d.ack_due == eod(2025, 11, 17)
    assert d.resolve_due == eod(2025, 11, 19)
    d = policy.for_escalation(at(2025, 11, 14, 10), urgent=True)
    assert (d.rule, d.ack_due, d.resolve_due) == (
        "escalation_urgent",
        at(2025, 11, 14, 12),
        eod(2025, 11, 14),
    )
    assert next_level(EscalationLevel.STREET) == EscalationLevel.DISTRICT
    assert next_level(EscalationLevel.DISTRICT) == EscalationLevel.CITY
    assert next_level(EscalationLevel.CITY) is None


def test_config_overrides_and_category_rule(cal: WorkCalendar) -> None:
    config = DeadlineConfig.from_dict(
        {
            "rules": {
                "ordinary": {"ack": "4h", "resolve": "5wd"},
                "category:real_name_missing": {"ack": "1wd", "resolve": "7d"},
            },
            "same_day_cutoff": "20:00",
            "quiet_hours": ["21:30", "08:00"],
        }
    )
    assert config.same_day_cutoff == time(20, 0)
    assert config.is_quiet(at(2025, 1, 1, 21, 30)) and not config.is_quiet(at(2025, 1, 1, 8))
    policy = DeadlinePolicy(config, cal, TZ)
    d = policy.for_assignment(at(2025, 11, 12, 9))
    assert (d.ack_due, d.resolve_due) == (at(2025, 11, 12, 13), eod(2025, 11, 19))
    d = policy.for_assignment(at(2025, 11, 12, 9), category=Category.REAL_NAME_MISSING)
    assert d.rule == "category:real_name_missing"
    assert d.resolve_due == eod(2025, 11, 19)
    assert DeadlineConfig.from_dict(config.to_dict()) == config
    with pytest.raises(ValueError):
        DeadlineConfig.from_dict({"rules": {"bogus": {"ack": "1h", "resolve": "1d"}}})
