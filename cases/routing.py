"""Routing: which inspector groups receive a case, by data-driven rules.

Defaults follow the seeds: the labour inspection of the site's district (属地) gets
every case; illegal contracting and missing real-name management also go to the
industry authority of the site's industry (双交办 / 一案双查, 004); the city group
receives escalations, and stands in as fallback when nothing else matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from cases.model import AssignmentRole, Category, Department, Group, Industry, Site

INDUSTRY_DEPARTMENT = {
    Industry.HOUSING: Department.HOUSING,
    Industry.TRANSPORT: Department.TRANSPORT,
    Industry.WATER: Department.WATER,
}

# How a missing group is named in the admins' routing-gap notice.
DEPARTMENT_LABEL = {
    Department.LABOUR: "人社",
    Department.HOUSING: "住建",
    Department.TRANSPORT: "交通",
    Department.WATER: "水利",
    Department.CITY: "市级",
}

# "industry" in a rule means: the authority of the site's own industry.
INDUSTRY = "industry"


@dataclass(frozen=True)
class RoutingRule:
    name: str
    department: str  # a Department value, or "industry"
    role: AssignmentRole
    categories: tuple[str, ...] = ()  # empty: every category
    urgent_only: bool = False

    def applies(self, category: Category, urgent: bool) -> bool:
        if self.urgent_only and not urgent:
            return False
        return not self.categories or category.value in self.categories

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["role"] = self.role.value
        d["categories"] = list(self.categories)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RoutingRule:
        department = str(d["department"])
        if department != INDUSTRY:
            Department(department)  # raises ValueError on a typo
        categories = tuple(Category(c).value for c in d.get("categories", ()))
        return cls(
            name=str(d["name"]),
            department=department,
            role=AssignmentRole(d.get("role", AssignmentRole.PRIMARY)),
            categories=categories,
            urgent_only=bool(d.get("urgent_only", False)),
        )


DEFAULT_RULES: tuple[RoutingRule, ...] = (
    RoutingRule("属地监察", Department.LABOUR.value, AssignmentRole.PRIMARY),
    RoutingRule(
        "双交办-行业主管",
        INDUSTRY,
        AssignmentRole.INDUSTRY,
        categories=(Category.ILLEGAL_CONTRACTING.value, Category.REAL_NAME_MISSING.value),
    ),
)


@dataclass(frozen=True)
class Target:
    group: Group
    role: AssignmentRole
    department: Department
    rule: str


@dataclass
class RoutingDecision:
    targets: list[Target] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)  # rules that found no group: tell the admins

    @property
    def fallback(self) -> bool:
        return any(t.role is AssignmentRole.FALLBACK for t in self.targets)


def _pick(groups: Iterable[Group], region: str, department: Department) -> Group | None:
    for g in groups:
        if g.active and g.department is department and g.region == region:
            return g
    return None


def city_group(groups: Iterable[Group]) -> Group | None:
    for g in groups:
        if g.active and g.department is Department.CITY:
            return g
    return None


def route(
    category: Category,
    urgent: bool,
    site: Site | None,
    groups: Sequence[Group],
    rules: Sequence[RoutingRule] = DEFAULT_RULES,
) -> RoutingDecision:
    """Decide the assignments of a new case. Never returns an empty decision silently:
    when no rule finds a group, the city group takes it as fallback and ``gaps`` says why."""
    decision = RoutingDecision()
    district = site.district if site else ""
    for rule in rules:
        if not rule.applies(category, urgent):
            continue
        if rule.department == INDUSTRY:
            if site is None or site.industry not in INDUSTRY_DEPARTMENT:
                continue  # no industry authority for "other" sites: labour alone handles it
            department = INDUSTRY_DEPARTMENT[site.industry]
        else:
            department = Department(rule.department)
        region = district
        group = (
            city_group(groups)
            if department is Department.CITY
            else _pick(groups, region, department)
        )
        if group is None:
            label = DEPARTMENT_LABEL.get(department, department.value)
            decision.gaps.append(f"{rule.name}: {region or '?'}{label}")
            continue
        if any(t.group.chat_id == group.chat_id for t in decision.targets):
            continue
        decision.targets.append(Target(group, rule.role, department, rule.name))
    if not any(t.role is AssignmentRole.PRIMARY for t in decision.targets):
        fallback = city_group(groups)
        if fallback is not None and all(
            t.group.chat_id != fallback.chat_id for t in decision.targets
        ):
            decision.targets.insert(
                0, Target(fallback, AssignmentRole.FALLBACK, Department.CITY, "fallback")
            )
    return decision
