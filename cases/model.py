"""Domain types shared by the case service, routing, deadlines and statistics.

Plain dataclasses and string enums: no Telegram, no SQL. Storage maps them to
tables; handlers render them with the message catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Industry(StrEnum):
    HOUSING = "housing"  # 住建
    TRANSPORT = "transport"  # 交通
    WATER = "water"  # 水利
    OTHER = "other"


class Department(StrEnum):
    LABOUR = "labour"  # 人社 劳动保障监察
    HOUSING = "housing"  # 住建
    TRANSPORT = "transport"  # 交通
    WATER = "water"  # 水利
    CITY = "city"  # 市级 根治欠薪办


class Category(StrEnum):
    """Lead categories, in the labelling rubric's order of precedence."""

    ILLEGAL_CONTRACTING = "illegal_contracting"
    REAL_NAME_MISSING = "real_name_missing"
    TEAM_LEADER_ARREARS = "team_leader_arrears"
    CONTRACTOR_ARREARS = "contractor_arrears"
    NON_CONSTRUCTION_ARREARS = "non_construction_arrears"
    NOT_WAGE = "not_wage"


class CaseState(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    REJECTED = "rejected"


OPEN_STATES = frozenset({CaseState.NEW, CaseState.ASSIGNED, CaseState.ACKNOWLEDGED, CaseState.REOPENED})


class AssignmentRole(StrEnum):
    PRIMARY = "primary"  # 属地 labour inspection of the site's district
    INDUSTRY = "industry"  # 双交办: the industry authority
    ESCALATION = "escalation"  # 提级: the city group
    FALLBACK = "fallback"  # no group matched; a human must route it


class AssignmentState(StrEnum):
    PENDING = "pending"  # card not yet acknowledged
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    TRANSFERRED = "transferred"  # handed to another group; a new assignment exists
    REJECTED = "rejected"
    CLOSED = "closed"


class EscalationLevel(StrEnum):
    STREET = "street"  # 属地 镇街
    DISTRICT = "district"  # 区县
    CITY = "city"  # 市


ESCALATION_ORDER = (EscalationLevel.STREET, EscalationLevel.DISTRICT, EscalationLevel.CITY)


class EventKind(StrEnum):
    CREATED = "created"
    MERGED = "merged"
    ROUTED = "routed"
    ASSIGNED = "assigned"
    ACKNOWLEDGED = "acknowledged"
    REMINDED = "reminded"
    TRANSFERRED = "transferred"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    REOPENED = "reopened"
    CONFIRMED = "confirmed"
    CLOSED = "closed"
    REJECTED = "rejected"
    UNDELIVERABLE = "undeliverable"  # a reporter blocked the bot


class Medium(StrEnum):
    POSTER = "poster"
    STICKER = "sticker"
    NONE = "none"  # reported without a QR code (search or location)


@dataclass(slots=True)
class Site:
    id: int
    code: str
    name: str
    district: str
    street: str = ""
    industry: Industry = Industry.HOUSING
    address: str = ""
    builder: str = ""  # 建设单位
    contractor: str = ""  # 总包单位
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class Group:
    chat_id: int
    title: str
    region: str  # district name, or the city for department CITY
    department: Department
    active: bool = True


@dataclass(slots=True)
class Event:
    case_id: int
    kind: EventKind
    at: datetime
    actor: str = ""  # "user:<id>", "system", "admin:<id>"
    data: dict[str, Any] = field(default_factory=dict)
