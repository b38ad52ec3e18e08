"""Figures from a hand-built event log of 30 November cases (+5 October ones).

Every expected number below is computed by hand in the comments, not by the code.
All times are Asia/Shanghai; every assignment has ack_due = assigned + 24 h and
resolve_due = assigned + 72 h (written into the events, as the case service does).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cases.model import Event, EventKind
from cases.stats import (
    Filters,
    compute_figures,
    month_bounds,
    monthly_report,
    normalise_name,
    percentile,
    weekly_series,
)

TZ = ZoneInfo("Asia/Shanghai")
H = timedelta(hours=1)
NOV_START, NOV_END = datetime(2025, 11, 1, tzinfo=TZ), datetime(2025, 12, 1, tzinfo=TZ)
AS_OF = datetime(2025, 12, 1, tzinfo=TZ)

# case: (ack after h, first resolution after h) for the primary assignment;
# None = never. Special cases are built separately below.
PLAIN = {
    1: (1, 10), 2: (2, 20), 3: (3, 30), 4: (4, 40), 5: (5, 50),
    6: (6, 60), 7: (7, 70), 8: (8, 80), 9: (9, 90), 10: (10, 100),
    11: (20, 24), 12: (22, 48), 13: (25, 48), 14: (30, 71),
    15: (12, 36), 16: (12, 36), 17: (12, 36), 18: (12, 36),
    19: (12, None), 20: (48, None), 21: (None, None),
    27: (1, 10), 28: (1, 10), 29: (1, 10), 30: (1, 10),
}  # fmt: skip


def contractor(case: int) -> str:
    if case <= 8:
        return "某某建工集团有限公司"
    if case <= 10:
        return "某某建工（集团）有限公司"
    if case == 11:
        return "某某建工"
    if case <= 21:
        return "华南路桥工程有限公司"
    return "粤通建设有限公司"


def builder(case: int) -> str:
    if case <= 11:
        return "城投置业有限公司"
    return "城投置业集团" if case == 12 else ""


def employer(case: int) -> str:
    return "李四劳务有限公司" if 13 <= case <= 22 else ""


def created_at(case: int) -> datetime:
    if case == 22:
        return datetime(2025, 11, 30, 20, 0, tzinfo=TZ)
    return datetime(2025, 11, case, 9, 0, tzinfo=TZ)


def ev(case: int, kind: EventKind, at: datetime, **data) -> Event:
    return Event(case, kind, at, "system", data)


def created(case: int, at: datetime, **over) -> Event:
    data = {
        "lead_id": case * 10,
        "site_code": f"S{case % 3}",
        "district": "香洲区" if case <= 15 else "金湾区",
        "industry": "housing",
        "contractor": contractor(case),
        "builder": builder(case),
        "employer": employer(case),
        "category": "contractor_arrears",
        "urgent": False,
        "group_complaint": False,
    } | over
    return ev(case, EventKind.CREATED, at, **data)


def assigned(case: int, aid: int, at: datetime, role="primary", dept="labour", level="street"):
    return ev(
        case,
        EventKind.ASSIGNED,
        at,
        assignment_id=aid,
        group_chat_id=-1000 - case,
        department=dept,
        role=role,
        level=level,
        ack_due=(at + 24 * H).isoformat(),
        resolve_due=(at + 72 * H).isoformat(),
        rule="test",
    )


def build_events() -> list[Event]:
    events: list[Event] = []
    for case, (ack, res) in PLAIN.items():
        t0 = created_at(case)
        aid = case * 100
        events += [created(case, t0), assigned(case, aid, t0)]
        if ack is not None:
            events.append(ev(case, EventKind.ACKNOWLEDGED, t0 + ack * H, assignment_id=aid))
        if res is not None:
            t_res = t0 + res * H
            events.append(ev(case, EventKind.RESOLVED, t_res, assignment_id=aid, outcome="paid"))
            if case in (11, 12):
                events.append(ev(case, EventKind.REOPENED, t_res + 24 * H))
            if 15 <= case <= 18:
                events.append(ev(case, EventKind.CONFIRMED, t_res + H))
            if case == 18:
                events.append(ev(case, EventKind.CLOSED, t_res + 2 * H))
    # 22: created 30 Nov 20:00, ack due 1 Dec 20:00 > as_of: not judged at all
    t0 = created_at(22)
    events += [created(22, t0), assigned(22, 2200, t0)]
    # 23: acknowledged after 1 h, then rejected (not a wage matter)
    t0 = created_at(23)
    events += [
        created(23, t0),
        assigned(23, 2300, t0),
        ev(23, EventKind.ACKNOWLEDGED, t0 + H, assignment_id=2300),
        ev(23, EventKind.REJECTED, t0 + 2 * H, reason="not wage"),
    ]
    # 24: transferred at 2 h before anyone acknowledged; the new assignment (assigned
    # at 2 h) is acknowledged 3 h later and resolved at 30 h
    t0 = created_at(24)
    events += [
        created(24, t0),
        assigned(24, 2400, t0),
        ev(24, EventKind.TRANSFERRED, t0 + 2 * H, assignment_id=2400, new_assignment_id=2401),
        assigned(24, 2401, t0 + 2 * H),
        ev(24, EventKind.ACKNOWLEDGED, t0 + 5 * H, assignment_id=2401),
        ev(24, EventKind.RESOLVED, t0 + 30 * H, assignment_id=2401, outcome="paid"),
    ]
    # 25: 双交办: labour acks at 2 h, resolves at 60 h; housing (industry) acks at
    # 30 h (late) and resolves at 100 h (not a case resolution)
    t0 = created_at(25)
    events += [
        created(25, t0, category="illegal_contracting"),
        assigned(25, 2500, t0),
        assigned(25, 2501, t0, role="industry", dept="housing"),
        ev(25, EventKind.ACKNOWLEDGED, t0 + 2 * H, assignment_id=2500),
        ev(25, EventKind.ACKNOWLEDGED, t0 + 30 * H, assignment_id=2501),
        ev(25, EventKind.RESOLVED, t0 + 60 * H, assignment_id=2500, outcome="paid"),
        ev(25, EventKind.RESOLVED, t0 + 100 * H, assignment_id=2501, outcome="fined"),
    ]
    # 26: nobody acknowledges; escalated at 25 h to the district, whose assignment
    # acknowledges 1 h later and resolves at 50 h
    t0 = created_at(26)
    events += [
        created(26, t0),
        assigned(26, 2600, t0),
        ev(26, EventKind.ESCALATED, t0 + 25 * H, assignment_id=2600,
           from_level="street", to_level="district", reason="ack_overdue"),
        assigned(26, 2601, t0 + 25 * H, role="escalation", level="district"),
        ev(26, EventKind.ACKNOWLEDGED, t0 + 26 * H, assignment_id=2601),
        ev(26, EventKind.RESOLVED, t0 + 50 * H, assignment_id=2601, outcome="paid"),
    ]  # fmt: skip
    # merged leads in November: two on case 1, one on case 22 naming nobody (falls
    # back to the case's employer 李四劳务), one on October's case 101
    events += [
        ev(1, EventKind.MERGED, datetime(2025, 11, 1, 12, tzinfo=TZ), lead_id=11, employer=""),
        ev(1, EventKind.MERGED, datetime(2025, 11, 2, 12, tzinfo=TZ), lead_id=12, employer=""),
        ev(22, EventKind.MERGED, datetime(2025, 11, 30, 21, tzinfo=TZ), lead_id=221, employer=""),
        ev(101, EventKind.MERGED, datetime(2025, 11, 5, 10, tzinfo=TZ), lead_id=1011, employer=""),
    ]
    # October: cases 101-105, contractor 某某建工有限公司, builder 城投置业 for 101-102
    for case in range(101, 106):
        t0 = datetime(2025, 10, case - 91, 9, tzinfo=TZ)
        events.append(
            created(
                case,
                t0,
                district="斗门区",
                contractor="某某建工有限公司",
                builder="城投置业" if case <= 102 else "",
                employer="",
            )
        )
    return events


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_events()


def test_headline_figures(events: list[Event]) -> None:
    fig = compute_figures(events, start=NOV_START, end=NOV_END, as_of=AS_OF, tz=TZ)
    # leads: 30 created in November + 4 merged (2 on case 1, 1 on 22, 1 on 101) = 34
    assert (fig.leads, fig.merged, fig.cases) == (34, 4, 30)
    assert fig.rejected == 1  # case 23
    assert fig.escalations == 1  # case 26

    # ack times per assignment (h), transferred-before-ack 2400 left out:
    #   1..10 | 20 22 25 30 (11-14) | 12 x5 (15-19) | 48 (20) | 1 (23) | 3 (2401)
    #   | 2 (2500) 30 (2501) | 1 (2601) | 1 x4 (27-30)                       = 29 values
    # sorted: 1x7 2x2 3x2 4 5 6 7 8 9 10 12x5 20 22 25 30 30 48
    # median = 15th = 7 h; p90 = nearest rank ceil(26.1) = 27th = 30 h
    assert fig.ack_count == 29
    assert fig.ack_median == 7 * H
    assert fig.ack_p90 == 30 * H
    # judged: 29 acknowledged + 2 overdue without ack (21, 2600); 22 not yet due
    # late: 13 (25 h), 14 (30 h), 20 (48 h), 2501 (30 h) -> on time 29 - 4 = 25
    assert (fig.ack_on_time, fig.ack_judged) == (25, 31)
    assert fig.ack_on_time_rate == pytest.approx(25 / 31)

    # time to first resolution (h from primary assignment), 25 resolved cases:
    #   10 20 30 40 50 60 70 80 90 100 (1-10) | 24 48 48 71 (11-14) | 36 x4 (15-18)
    #   | 30 (24) | 60 (25) | 50 (26) | 10 x4 (27-30)
    # sorted: 10x5 20 24 30 30 36x4 40 48 48 50 50 60 60 70 71 80 90 100
    # median = 13th = 36 h; p90 = ceil(22.5) = 23rd = 80 h
    assert (fig.resolved, fig.resolve_count) == (25, 25)
    assert fig.resolve_median == 36 * H
    assert fig.resolve_p90 == 80 * H
    # on-time closure: judged = 25 resolved + 19, 20, 21 (due passed, unresolved) = 28
    # (22 not yet due, 23 rejected); on time = 25 - late (8, 9, 10) - reopened (11, 12) = 20
    assert (fig.closed_on_time, fig.closure_judged) == (20, 28)
    assert fig.on_time_closure_rate == pytest.approx(20 / 28)
    # closure rate: resolved/closed now = 25 - 2 reopened = 23, of 30 - 1 rejected = 29
    assert fig.resolved_or_closed == 23
    assert fig.closure_rate == pytest.approx(23 / 29)
    # reopen rate 2/25 (11, 12); confirmed rate 4/25 (15-18)
    assert fig.reopen_rate == pytest.approx(2 / 25)
    assert fig.confirmed_rate == pytest.approx(4 / 25)
    # leads by district: 香洲区 cases 1-15 (15) + 2 merged on case 1 = 17;
    # 金湾区 16-30 (15) + 1 merged on 22 = 16; 斗门区 merged on 101 = 1
    assert fig.leads_by_district == {"香洲区": 17, "金湾区": 16, "斗门区": 1}

    d = fig.to_dict()
    assert d["ack_median_hours"] == 7.0 and d["resolve_p90_hours"] == 80.0
    assert d["on_time_closure_rate"] == pytest.approx(20 / 28)


def test_filters(events: list[Event]) -> None:
    kw = {"start": NOV_START, "end": NOV_END, "as_of": AS_OF, "tz": TZ}
    fig = compute_figures(events, filters=Filters(district="香洲区"), **kw)
    assert (fig.cases, fig.leads) == (15, 17)
    # contractor by normalised name: cohort = cases 1-11; leads = 11 + 2 merged on case 1
    # + the November lead merged into October's case 101 (same contractor) = 14
    fig = compute_figures(events, filters=Filters(contractor="某某建工有限公司"), **kw)
    assert (fig.cases, fig.leads) == (11, 14)
    # department housing: only case 25; ack figures of its housing assignment only
    fig = compute_figures(events, filters=Filters(department="housing"), **kw)
    assert fig.cases == 1
    assert (fig.ack_on_time, fig.ack_judged, fig.ack_median) == (0, 1, 30 * H)
    fig = compute_figures(events, filters=Filters(site="S0"), **kw)
    # site S0: cases 3, 6, ..., 30 -> 10 cases, no merged leads (1, 22 are S1)
    assert (fig.cases, fig.leads) == (10, 10)


def test_as_of_excludes_later_events(events: list[Event]) -> None:
    # by 5 Nov 00:00 only cases 1-4 exist; resolved: 1 (10 h), 2 (20 h), 3 (30 h);
    # case 4 resolves on 6 Nov 01:00 (40 h after 4 Nov 09:00)
    fig = compute_figures(
        events, start=NOV_START, end=NOV_END, as_of=datetime(2025, 11, 5, tzinfo=TZ), tz=TZ
    )
    assert (fig.cases, fig.resolved) == (4, 3)


def test_monthly_report(events: list[Event]) -> None:
    report = monthly_report(events, "2025-11", tz=TZ)
    assert (report.leads, report.previous_leads) == (34, 5)
    got = {(e.role, e.key): e for e in report.entities}
    # builder 城投置业: cases 1-12 (12) + 2 merged on 1 + merged on 101 = 15; Oct: 101, 102
    # contractor 某某建工: 1-11 (11) + 2 merged on 1 + merged on 101 = 14; Oct: 101-105 = 5
    # employer 李四劳务: 13-22 (10) + merged on 22 (fallback) = 11; Oct: 0
    # not listed: 华南路桥 (12-21 = exactly 10), 粤通建设 (22-30 + merged = 10)
    assert set(got) == {
        ("builder", "城投置业"),
        ("contractor", "某某建工"),
        ("employer", "李四劳务"),
    }
    assert [e.key for e in report.entities] == ["城投置业", "某某建工", "李四劳务"]
    b = got[("builder", "城投置业")]
    assert (b.leads, b.previous_leads, b.growth) == (15, 2, pytest.approx(6.5))
    assert b.name == "城投置业有限公司"  # 13 of the 15 spellings
    assert b.variants == ("城投置业", "城投置业有限公司", "城投置业集团")
    c = got[("contractor", "某某建工")]
    assert (c.leads, c.previous_leads, c.growth) == (14, 5, pytest.approx(1.8))
    assert c.name == "某某建工集团有限公司"  # cases 1-8 + 2 merged = 10 of 14
    assert set(c.variants) == {
        "某某建工集团有限公司",
        "某某建工（集团）有限公司",
        "某某建工",
        "某某建工有限公司",
    }
    e = got[("employer", "李四劳务")]
    assert (e.leads, e.previous_leads, e.growth) == (11, 0, None)
    assert monthly_report(events, "2025-11", threshold=14, tz=TZ).entities[0].key == "城投置业"
    assert len(monthly_report(events, "2025-11", threshold=14, tz=TZ).entities) == 1


def test_weekly_series(events: list[Event]) -> None:
    points = weekly_series(events, NOV_START, NOV_END, as_of=AS_OF, tz=TZ)
    # Mondays Oct 27, Nov 3, 10, 17, 24 (Nov 30 is a Sunday)
    assert [p.week_start for p in points] == [
        date(2025, 10, 27),
        date(2025, 11, 3),
        date(2025, 11, 10),
        date(2025, 11, 17),
        date(2025, 11, 24),
    ]
    # week 1: cases 1, 2 + 2 merged on case 1 = 4; week 2: cases 3-9 + merged on 101 = 8
    assert [p.leads for p in points][:2] == [4, 8]
    assert sum(p.leads for p in points) == 34
    # week 1: cases 1 (10 h) and 2 (20 h) both on time
    assert points[0].on_time_closure_rate == 1.0


@pytest.mark.parametrize(
    "variant",
    [
        "某某建工集团有限公司",
        "某某建工",
        "某某建工（集团）有限公司",
        "某某建工(集团)有限公司",
        "某某建筑工程有限公司",
        "某某建工集团股份有限公司",
        "某某建工集团有限公司广州分公司",
        " 某某建工 有限责任公司 ",
    ],
)
def test_name_variants_count_together(variant: str) -> None:
    assert normalise_name(variant) == "某某建工"


def test_name_rule_edges() -> None:
    assert (
        normalise_name("某某建设工程有限公司") == normalise_name("某某建设有限公司") == "某某建设"
    )
    assert normalise_name("广东建工") != normalise_name("浙江建工")  # no region stripping
    assert normalise_name("工程公司") == "工程"  # never stripped to nothing
    assert normalise_name("不清楚") == "" and normalise_name("") == ""
    assert normalise_name("ＡＢＣ建工有限公司") == "abc建工"
    assert normalise_name("珠江建工", aliases={"珠江建工": "某某建工集团"}) == "某某建工"


def test_percentile_nearest_rank() -> None:
    values = [timedelta(hours=h) for h in range(1, 11)]
    assert percentile(values, 0.9) == 9 * H  # ceil(9.0) = 9th
    assert percentile([], 0.9) is None
    assert month_bounds("2025-12", TZ) == (
        datetime(2025, 12, 1, tzinfo=TZ),
        datetime(2026, 1, 1, tzinfo=TZ),
    )
