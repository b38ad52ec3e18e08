"""Routing rules, without Telegram or a database."""

from __future__ import annotations

import pytest

from cases.model import AssignmentRole, Category, Department, Group, Industry, Site
from cases.routing import DEFAULT_RULES, RoutingRule, route

BAIYUN_LABOUR = Group(-1, "白云人社", "白云区", Department.LABOUR)
BAIYUN_HOUSING = Group(-2, "白云住建", "白云区", Department.HOUSING)
BAIYUN_TRANSPORT = Group(-3, "白云交通", "白云区", Department.TRANSPORT)
HAIZHU_LABOUR = Group(-4, "海珠人社", "海珠区", Department.LABOUR)
CITY = Group(-9, "市根治欠薪办", "广州市", Department.CITY)
ALL = [HAIZHU_LABOUR, BAIYUN_LABOUR, BAIYUN_HOUSING, BAIYUN_TRANSPORT, CITY]


def site(industry: Industry = Industry.HOUSING, district: str = "白云区") -> Site:
    return Site(1, "abc", "安置房二期", district, industry=industry)


def targets(decision: object) -> list[tuple[int, AssignmentRole]]:
    return [(t.group.chat_id, t.role) for t in decision.targets]  # type: ignore[attr-defined]


def test_a_wage_case_goes_to_the_labour_group_of_the_sites_district() -> None:
    d = route(Category.TEAM_LEADER_ARREARS, False, site(), ALL)
    assert targets(d) == [(-1, AssignmentRole.PRIMARY)]
    assert d.gaps == [] and not d.fallback
    d = route(Category.CONTRACTOR_ARREARS, True, site(district="海珠区"), ALL)
    assert targets(d) == [(-4, AssignmentRole.PRIMARY)]


@pytest.mark.parametrize("category", [Category.ILLEGAL_CONTRACTING, Category.REAL_NAME_MISSING])
@pytest.mark.parametrize(
    ("industry", "authority"), [(Industry.HOUSING, -2), (Industry.TRANSPORT, -3)]
)
def test_construction_market_causes_also_go_to_the_sites_industry_authority(
    category: Category, industry: Industry, authority: int
) -> None:
    d = route(category, False, site(industry), ALL)
    assert targets(d) == [(-1, AssignmentRole.PRIMARY), (authority, AssignmentRole.INDUSTRY)]
    assert d.targets[1].department is Department(industry.value)


def test_an_other_industry_site_has_no_authority_and_no_gap() -> None:
    d = route(Category.ILLEGAL_CONTRACTING, False, site(Industry.OTHER), ALL)
    assert targets(d) == [(-1, AssignmentRole.PRIMARY)]
    assert d.gaps == []


def test_a_missing_industry_group_is_a_gap_but_labour_still_takes_it() -> None:
    d = route(Category.ILLEGAL_CONTRACTING, False, site(Industry.WATER), ALL)
    assert targets(d) == [(-1, AssignmentRole.PRIMARY)]
    assert d.gaps == ["双交办-行业主管: 白云区水利"]
    assert not d.fallback


def test_no_labour_group_the_city_group_is_the_fallback_and_the_gap_is_named() -> None:
    d = route(Category.TEAM_LEADER_ARREARS, False, site(district="花都区"), ALL)
    assert targets(d) == [(-9, AssignmentRole.FALLBACK)]
    assert d.fallback and d.gaps == ["属地监察: 花都区人社"]


def test_inactive_groups_do_not_count() -> None:
    gone = Group(-1, "白云人社", "白云区", Department.LABOUR, active=False)
    d = route(Category.TEAM_LEADER_ARREARS, False, site(), [gone, CITY])
    assert targets(d) == [(-9, AssignmentRole.FALLBACK)]


def test_with_no_group_at_all_the_decision_is_empty_but_says_why() -> None:
    d = route(Category.ILLEGAL_CONTRACTING, False, site(), [])
    assert d.targets == []
    assert d.gaps == ["属地监察: 白云区人社", "双交办-行业主管: 白云区住建"]


def test_a_case_without_a_site_falls_back_to_the_city() -> None:
    d = route(Category.TEAM_LEADER_ARREARS, False, None, ALL)
    assert targets(d) == [(-9, AssignmentRole.FALLBACK)]
    assert d.gaps == ["属地监察: ?人社"]


def test_rules_are_data_and_survive_a_round_trip() -> None:
    urgent_to_city = RoutingRule(
        "紧急抄送市级", Department.CITY.value, AssignmentRole.ESCALATION, urgent_only=True
    )
    rules = [*DEFAULT_RULES, urgent_to_city]
    assert [RoutingRule.from_dict(r.to_dict()) for r in rules] == rules
    calm = route(Category.TEAM_LEADER_ARREARS, False, site(), ALL, rules)
    assert targets(calm) == [(-1, AssignmentRole.PRIMARY)]
    urgent = route(Category.TEAM_LEADER_ARREARS, True, site(), ALL, rules)
    assert targets(urgent) == [(-1, AssignmentRole.PRIMARY), (-9, AssignmentRole.ESCALATION)]
    with pytest.raises(ValueError):
        RoutingRule.from_dict({"name": "typo", "department": "labor"})
