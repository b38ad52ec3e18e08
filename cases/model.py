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


OPEN_STATES = frozenset(
    {CaseState.NEW, CaseState.ASSIGNED, CaseState.ACKNOWLEDGED, CaseState.REOPENED}
)


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


@dataclass(eq=False)
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
    poster_version: int = 1
    sticker_version: int = 1
    created_at: datetime | None = None


@dataclass(eq=False)
class Group:
    chat_id: int
    title: str
    region: str  # district name, or the city for department CITY
    department: Department
    active: bool = True
    created_at: datetime | None = None


@dataclass(eq=False)
class Event:
    case_id: int
    kind: EventKind
    at: datetime
    actor: str = ""  # "user:<id>", "system", "admin:<id>"
    data: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


# The records below are persisted by storage/ (mapped imperatively onto tables), so they
# are plain mutable dataclasses: the service changes them and the unit of work saves them.


@dataclass(eq=False)
class Reporter:
    """A worker who talks to the bot in a private chat."""

    user_id: int
    first_name: str = ""
    lang: str = "zh"
    blocked_at: datetime | None = None
    created_at: datetime | None = None


@dataclass(eq=False)
class Lead:
    """One report by one person, as given, plus what was understood of it."""

    reporter_id: int
    text: str
    site_id: int | None = None
    case_id: int | None = None
    number: str = ""
    medium: Medium = Medium.NONE
    category: Category = Category.TEAM_LEADER_ARREARS
    urgent: bool = False
    amount_low: int | None = None
    amount_high: int | None = None
    workers_low: int | None = None
    workers_high: int | None = None
    period: str = ""
    employer: str = ""
    understanding: dict[str, Any] = field(default_factory=dict)
    phone: str = ""  # only with the reporter's consent (Telegram's share-contact button)
    submission_key: str | None = None
    created_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Attachment:
    lead_id: int
    kind: str  # photo | document | voice
    file_id: str
    file_unique_id: str = ""
    mime: str = ""
    size: int = 0
    data: bytes | None = None  # downloaded copy, so evidence survives the Telegram file
    created_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Case:
    """The unit of work: one arrears at one site, reported by one or more people."""

    site_id: int | None
    category: Category
    number: str = ""
    state: CaseState = CaseState.NEW
    level: EscalationLevel = EscalationLevel.STREET
    urgent: bool = False
    group_complaint: bool = False
    employer: str = ""
    amount_low: int | None = None
    amount_high: int | None = None
    workers_low: int | None = None
    workers_high: int | None = None
    period: str = ""
    keywords: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    reporters: int = 1
    leads: int = 1
    reopened: int = 0
    outcome: str = ""
    reject_reason: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Assignment:
    """A case handed to one group chat, with its own clock."""

    case_id: int
    group_chat_id: int
    role: AssignmentRole
    department: Department
    level: EscalationLevel = EscalationLevel.STREET
    state: AssignmentState = AssignmentState.PENDING
    rule: str = ""
    ack_due: datetime | None = None
    resolve_due: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    resolved_at: datetime | None = None
    resolved_by: str = ""
    card_message_id: int | None = None
    reminders_sent: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    id: int | None = None


class OutboxKind(StrEnum):
    TEXT = "text"  # a catalogue message to a chat, rendered at send time
    CARD = "card"  # post or edit an assignment card, rendered from the current case
    COPY = "copy"  # copy a message (evidence) into a chat, never forward


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DEAD = "dead"  # refused for good (403) or gave up after retries


class Priority:
    """Lower sends first: a worker's answer before a card, a card before a reminder."""

    WORKER = 0
    CARD = 5
    REMINDER = 9


@dataclass(eq=False)
class OutboxMessage:
    chat_id: int
    kind: OutboxKind
    payload: dict[str, Any]
    priority: int = Priority.WORKER
    state: OutboxState = OutboxState.PENDING
    attempts: int = 0
    not_before: datetime | None = None
    error: str = ""
    message_id: int | None = None
    created_at: datetime | None = None
    sent_at: datetime | None = None
    id: int | None = None
