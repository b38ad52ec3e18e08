"""Tables and the imperative mapping of the domain records onto them.

The domain dataclasses in ``cases.model`` stay free of SQLAlchemy; this module maps
them, so the service mutates plain objects and the unit of work persists them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry

from cases import model as m

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)
mapper_registry = registry(metadata=metadata)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite returns naive ones otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _enum(cls: type[StrEnum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda e: [x.value for x in e],
        validate_strings=True,
    )


def _id() -> Column[Any]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _created() -> Column[Any]:
    return Column("created_at", UTCDateTime(), nullable=False, default=lambda: datetime.now(UTC))


sites = Table(
    "sites",
    metadata,
    _id(),
    Column("code", String(32), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("district", String(64), nullable=False),
    Column("street", String(64), nullable=False, default=""),
    Column("industry", _enum(m.Industry), nullable=False),
    Column("address", String(300), nullable=False, default=""),
    Column("builder", String(200), nullable=False, default=""),
    Column("contractor", String(200), nullable=False, default=""),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("poster_version", Integer, nullable=False, default=1),
    Column("sticker_version", Integer, nullable=False, default=1),
    _created(),
)

groups = Table(
    "groups",
    metadata,
    Column("chat_id", BigInteger, primary_key=True, autoincrement=False),
    Column("title", String(200), nullable=False, default=""),
    Column("region", String(64), nullable=False, default=""),
    Column("department", _enum(m.Department), nullable=True),
    Column("active", Boolean, nullable=False, default=True),
    _created(),
    Index("ix_groups_region_department", "region", "department"),
)

reporters = Table(
    "reporters",
    metadata,
    Column("user_id", BigInteger, primary_key=True, autoincrement=False),
    Column("first_name", String(200), nullable=False, default=""),
    Column("lang", String(8), nullable=False, default="zh"),
    Column("blocked_at", UTCDateTime(), nullable=True),
    _created(),
)

cases_table = Table(
    "cases",
    metadata,
    _id(),
    Column("number", String(32), nullable=False, default="", index=True),
    Column("site_id", ForeignKey("sites.id"), nullable=True, index=True),
    Column("category", _enum(m.Category), nullable=False),
    Column("state", _enum(m.CaseState), nullable=False, index=True),
    Column("level", _enum(m.EscalationLevel), nullable=False),
    Column("urgent", Boolean, nullable=False, default=False),
    Column("group_complaint", Boolean, nullable=False, default=False),
    Column("employer", String(200), nullable=False, default=""),
    Column("amount_low", BigInteger, nullable=True),
    Column("amount_high", BigInteger, nullable=True),
    Column("workers_low", Integer, nullable=True),
    Column("workers_high", Integer, nullable=True),
    Column("period", String(100), nullable=False, default=""),
    Column("keywords", JSON, nullable=False, default=list),
    Column("evidence", JSON, nullable=False, default=list),
    Column("reporters", Integer, nullable=False, default=1),
    Column("leads", Integer, nullable=False, default=1),
    Column("reopened", Integer, nullable=False, default=0),
    Column("outcome", Text, nullable=False, default=""),
    Column("reject_reason", Text, nullable=False, default=""),
    _created(),
    Column("updated_at", UTCDateTime(), nullable=True),
    Column("resolved_at", UTCDateTime(), nullable=True),
    Column("closed_at", UTCDateTime(), nullable=True),
)

leads = Table(
    "leads",
    metadata,
    _id(),
    Column("number", String(32), nullable=False, default="", index=True),
    Column("reporter_id", BigInteger, nullable=False, index=True),
    Column("site_id", ForeignKey("sites.id"), nullable=True),
    Column("case_id", ForeignKey("cases.id"), nullable=True, index=True),
    Column("medium", _enum(m.Medium), nullable=False),
    Column("text", Text, nullable=False),
    Column("category", _enum(m.Category), nullable=False),
    Column("urgent", Boolean, nullable=False, default=False),
    Column("amount_low", BigInteger, nullable=True),
    Column("amount_high", BigInteger, nullable=True),
    Column("workers_low", Integer, nullable=True),
    Column("workers_high", Integer, nullable=True),
    Column("period", String(100), nullable=False, default=""),
    Column("employer", String(200), nullable=False, default=""),
    Column("understanding", JSON, nullable=False, default=dict),
    Column("phone", String(32), nullable=False, default=""),
    # the intake draft's own key: pressing Submit again after a crash finds this lead
    Column("submission_key", String(40), nullable=True, unique=True),
    _created(),
)

attachments = Table(
    "attachments",
    metadata,
    _id(),
    Column("lead_id", ForeignKey("leads.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("file_id", String(200), nullable=False),
    Column("file_unique_id", String(100), nullable=False, default=""),
    Column("mime", String(100), nullable=False, default=""),
    Column("size", Integer, nullable=False, default=0),
    Column("data", LargeBinary, nullable=True),
    _created(),
)

assignments = Table(
    "assignments",
    metadata,
    _id(),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("group_chat_id", BigInteger, nullable=False, index=True),
    Column("role", _enum(m.AssignmentRole), nullable=False),
    Column("department", _enum(m.Department), nullable=False),
    Column("level", _enum(m.EscalationLevel), nullable=False),
    Column("state", _enum(m.AssignmentState), nullable=False, index=True),
    Column("rule", String(64), nullable=False, default=""),
    Column("ack_due", UTCDateTime(), nullable=True),
    Column("resolve_due", UTCDateTime(), nullable=True),
    Column("acknowledged_at", UTCDateTime(), nullable=True),
    Column("acknowledged_by", String(200), nullable=False, default=""),
    Column("resolved_at", UTCDateTime(), nullable=True),
    Column("resolved_by", String(200), nullable=False, default=""),
    Column("card_message_id", BigInteger, nullable=True),
    Column("reminders_sent", JSON, nullable=False, default=list),
    _created(),
)

events = Table(
    "events",
    metadata,
    _id(),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", _enum(m.EventKind), nullable=False),
    Column("at", UTCDateTime(), nullable=False, index=True),
    Column("actor", String(100), nullable=False, default=""),
    Column("data", JSON, nullable=False, default=dict),
)

outbox = Table(
    "outbox",
    metadata,
    _id(),
    Column("chat_id", BigInteger, nullable=False),
    Column("kind", _enum(m.OutboxKind), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("priority", Integer, nullable=False, default=0),
    Column("state", _enum(m.OutboxState), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("not_before", UTCDateTime(), nullable=True),
    Column("error", Text, nullable=False, default=""),
    Column("message_id", BigInteger, nullable=True),
    _created(),
    Column("sent_at", UTCDateTime(), nullable=True),
    Index("ix_outbox_state_priority", "state", "priority", "id"),
)

# Telegram update ids already handled: a redelivered update has no second effect.
processed_updates = Table(
    "processed_updates",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    _created(),
    Index("ix_processed_updates_created_at", "created_at"),  # pruning by age
)

# Small JSON documents: conversation persistence, routing rules, the IDF table.
kv = Table(
    "kv",
    metadata,
    Column("namespace", String(32), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("value", JSON, nullable=True),
    Column("updated_at", UTCDateTime(), nullable=True),
)

_mapped = False


def map_domain() -> None:
    """Map the domain records onto the tables, once per process."""
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(m.Site, sites)
    mapper_registry.map_imperatively(m.Group, groups)
    mapper_registry.map_imperatively(m.Reporter, reporters)
    mapper_registry.map_imperatively(m.Case, cases_table)
    mapper_registry.map_imperatively(m.Lead, leads)
    mapper_registry.map_imperatively(m.Attachment, attachments)
    mapper_registry.map_imperatively(m.Assignment, assignments)
    mapper_registry.map_imperatively(m.Event, events)
    mapper_registry.map_imperatively(m.OutboxMessage, outbox)
    _mapped = True
