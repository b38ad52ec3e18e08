"""SQLAlchemy implementation of the service's unit of work, and the admin queries."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, inspect, or_, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapper, defer, make_transient_to_detached
from sqlalchemy.sql import Select
from sqlalchemy.sql.dml import Insert, Update
from sqlalchemy.sql.elements import BindParameter

from cases.model import (
    OPEN_STATES,
    Assignment,
    AssignmentState,
    Attachment,
    Case,
    CaseState,
    Department,
    Event,
    Group,
    Lead,
    OutboxKind,
    OutboxMessage,
    OutboxState,
    Priority,
    Reporter,
    Site,
)
from cases.ports import DuplicateSubmission
from cases.routing import DEFAULT_RULES, RoutingRule
from storage import tables

RULES_KEY = ("routing", "rules")
# Key, in the info of storage.db's session factories, of the set of assignment ids whose
# pending card refresh was found by has_pending (and so absorbed a change).
CARDS_COALESCED = "cards_coalesced"


class SqlStore:
    """One transaction's view of the data (implements ``cases.ports.CaseStore``)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(self, record: object) -> None:
        self.session.add(record)

    async def flush(self) -> None:
        await self.session.flush()

    async def insert(self, record: object, number: Callable[[int], str] | None = None) -> None:
        """Write a new record now, as one INSERT (no unit-of-work flush), and keep it in
        the transaction as if it had been read: its id and column defaults are set on it,
        and later changes to it are written at commit. ``number``, for records numbered
        by their id (cases, leads), gives the number, written in one UPDATE."""
        layout = _layout(type(record))
        values = record.__dict__
        params = {}
        for key in layout.keys:
            value = values.get(key)
            if value is not None:
                params[key] = value
        result = cast(CursorResult[Any], await self.session.execute(layout.insert, params))
        if layout.pk not in params:
            setattr(record, layout.pk, cast(Any, result.inserted_primary_key)[0])
        filled = cast(dict[str, Any], result.last_inserted_params())
        for key, value in filled.items():
            if key not in params and key != layout.pk:
                setattr(record, key, value)
        if number is not None:
            assert layout.number is not None, f"{type(record).__name__} has no number"
            ident, numbered = getattr(record, layout.pk), cast(Any, record)
            numbered.number = number(ident)
            await self.session.execute(layout.number, {"ident": ident, "number": numbered.number})
        make_transient_to_detached(record)
        self.session.add(record)

    # -- reads used by the case service -------------------------------------------

    async def site(self, site_id: int) -> Site | None:
        return await self.session.get(Site, site_id)

    async def site_by_code(self, code: str) -> Site | None:
        return (
            await self.session.execute(_statements().site_by_code, {"code": code})
        ).scalar_one_or_none()

    async def sites(self) -> Sequence[Site]:
        return (
            (await self.session.execute(select(Site).order_by(tables.sites.c.id))).scalars().all()
        )

    async def groups(self) -> Sequence[Group]:
        rows = await self.session.execute(select(Group).order_by(tables.groups.c.created_at))
        return rows.scalars().all()

    async def routing_groups(self, region: str) -> Sequence[Group]:
        """The groups ``cases.routing.route`` can pick for a case in ``region``: the
        active groups of that region and of the city, oldest first (read for every new
        case, so not every group of every district)."""
        rows = await self.session.execute(_routing_groups(), {"region": region})
        return rows.scalars().all()

    async def group(self, chat_id: int) -> Group | None:
        return await self.session.get(Group, chat_id)

    async def reporter(self, user_id: int) -> Reporter | None:
        return await self.session.get(Reporter, user_id)

    async def save_reporter(self, reporter: Reporter) -> None:
        """One statement (built once): a reporter's row is written on every submission."""
        await self.session.execute(
            _upserts(self.session).reporter,
            {
                "user_id": reporter.user_id,
                "first_name": reporter.first_name,
                "lang": reporter.lang,
                "blocked_at": None,
                "created_at": reporter.created_at or datetime.now(UTC),
            },
        )

    async def lead_by_submission_key(self, key: str) -> Lead | None:
        stmt = select(Lead).where(tables.leads.c.submission_key == key)
        return (await self.session.scalars(stmt)).first()

    async def case(self, case_id: int) -> Case | None:
        return await self.session.get(Case, case_id)

    async def case_by_number(self, number: str) -> Case | None:
        c = tables.cases_table.c
        return (
            await self.session.execute(select(Case).where(c.number == number))
        ).scalar_one_or_none()

    async def lead(self, lead_id: int) -> Lead | None:
        return await self.session.get(Lead, lead_id)

    async def leads_of_case(self, case_id: int) -> Sequence[Lead]:
        """A case's leads without their stored understanding (a case of twenty leads
        would decode twenty JSON documents for every card refresh, and none is read)."""
        rows = await self.session.execute(_card_statements().leads, {"case_id": case_id})
        return rows.scalars().all()

    async def leads_of_reporter(self, user_id: int, limit: int = 10) -> Sequence[Lead]:
        c = tables.leads.c
        rows = await self.session.execute(
            select(Lead).where(c.reporter_id == user_id).order_by(c.id.desc()).limit(limit)
        )
        return rows.scalars().all()

    async def card_parts(
        self, assignment_id: int
    ) -> tuple[Assignment, Case, Site | None, Sequence[Lead], int, int] | None:
        """What one card shows, in two statements: the assignment with its case, site
        and the counts of evidence and of blocked reporters, and the case's leads."""
        row = (
            await self.session.execute(_card_statements().head, {"assignment_id": assignment_id})
        ).first()
        if row is None:
            return None
        assignment, case, site, evidence, blocked = row
        leads = await self.leads_of_case(assignment.case_id)
        return assignment, case, site, leads, int(evidence), int(blocked)

    async def attachments_of_case(self, case_id: int) -> Sequence[Attachment]:
        a, lead = tables.attachments.c, tables.leads.c
        rows = await self.session.execute(
            select(Attachment)
            .join(tables.leads, a.lead_id == lead.id)
            .where(lead.case_id == case_id)
            .order_by(a.id)
        )
        return rows.scalars().all()

    async def assignment(self, assignment_id: int) -> Assignment | None:
        return await self.session.get(Assignment, assignment_id)

    async def assignments_of_case(self, case_id: int) -> Sequence[Assignment]:
        rows = await self.session.execute(_statements().assignments_of_case, {"case_id": case_id})
        return rows.scalars().all()

    async def open_assignments(self, group_chat_id: int | None = None) -> Sequence[Assignment]:
        c = tables.assignments.c
        q = select(Assignment).where(
            c.state.in_([AssignmentState.PENDING, AssignmentState.ACKNOWLEDGED])
        )
        if group_chat_id is not None:
            q = q.where(c.group_chat_id == group_chat_id)
        return (await self.session.execute(q.order_by(c.created_at))).scalars().all()

    async def waiting_cases(self, limit: int = 500) -> Sequence[Case]:
        """Open cases no group has taken (state NEW), oldest first."""
        c = tables.cases_table.c
        stmt = select(Case).where(c.state == CaseState.NEW).order_by(c.id).limit(limit)
        return (await self.session.execute(stmt)).scalars().all()

    async def cases_with_events(
        self, case_ids: Collection[int], chunk: int = 500
    ) -> dict[int, tuple[Case, list[Event]]]:
        """Several cases with their events, in two statements per ``chunk`` cases (the
        deadline sweep reads every open case each minute)."""
        out: dict[int, tuple[Case, list[Event]]] = {}
        ids = sorted(set(case_ids))
        c, e = tables.cases_table.c, tables.events.c
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            for case in (await self.session.execute(select(Case).where(c.id.in_(part)))).scalars():
                out[case.id or 0] = (case, [])
            events = await self.session.execute(
                select(Event).where(e.case_id.in_(part)).order_by(e.id)
            )
            for event in events.scalars():
                if event.case_id in out:
                    out[event.case_id][1].append(event)
        return out

    async def events_of_case(self, case_id: int) -> Sequence[Event]:
        c = tables.events.c
        rows = await self.session.execute(select(Event).where(c.case_id == case_id).order_by(c.id))
        return rows.scalars().all()

    async def events(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> Sequence[Event]:
        c = tables.events.c
        q = select(Event)
        if start is not None:
            q = q.where(c.at >= start)
        if end is not None:
            q = q.where(c.at < end)
        return (await self.session.execute(q.order_by(c.id))).scalars().all()

    async def open_case_leads(self) -> Sequence[tuple[Lead, str]]:
        """Leads of open cases with their site code, to rebuild the duplicate index."""
        lead, case, site = tables.leads.c, tables.cases_table.c, tables.sites.c
        rows = await self.session.execute(
            select(Lead, site.code)
            .join(tables.cases_table, lead.case_id == case.id)
            .outerjoin(tables.sites, lead.site_id == site.id)
            .where(case.state.in_(list(OPEN_STATES)))
            .order_by(lead.id)
        )
        return [(r[0], r[1]) for r in rows.all()]

    # -- outbox -------------------------------------------------------------------

    async def has_pending(self, chat_id: int, kind: str, key: str, value: int) -> bool:
        rows = await self.session.execute(
            # Rows queued in this transaction are there already: outbox_add writes at once.
            _statements().pending_payloads,
            {"kind": OutboxKind(kind), "chat_id": chat_id},
        )
        # One chat's pending rows are few (the sender drains them continuously); match in
        # Python rather than with backend-specific JSON operators, on the payloads alone.
        if not any(payload.get(key) == value for payload in rows.scalars()):
            return False
        if kind == OutboxKind.CARD.value and key == "assignment_id":
            # The change relies on a card row that may be in flight already, rendered
            # before it: noted for the sender, which renders such a card again once sent.
            coalesced = self.session.info.get(CARDS_COALESCED)
            if coalesced is not None:
                coalesced.add(value)
        return True

    async def outbox_add(self, message: OutboxMessage) -> None:
        if message.created_at is None:
            message.created_at = datetime.now(UTC)
        await self.insert(message)

    async def outbox_due(self, now: datetime, limit: int = 200) -> Sequence[OutboxMessage]:
        rows = await self.session.execute(_outbox_due(limit), {"now": now})
        return rows.scalars().all()

    async def outbox_depth(self) -> int:
        c = tables.outbox.c
        return int(
            (
                await self.session.execute(
                    select(func.count()).where(c.state == OutboxState.PENDING)
                )
            ).scalar_one()
        )

    async def routing_rules(self) -> Sequence[RoutingRule]:
        raw = await self.kv_get(*RULES_KEY)
        return [RoutingRule.from_dict(d) for d in raw] if raw else list(DEFAULT_RULES)

    async def save_routing_rules(self, rules: Sequence[RoutingRule]) -> None:
        await self.kv_put(*RULES_KEY, [r.to_dict() for r in rules])

    # -- groups ------------------------------------------------------------------

    async def migrate_group(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: every reference follows it to the new id."""
        old = await self.group(old_chat_id)
        if old is None:
            return
        if await self.group(new_chat_id) is None:
            self.session.add(
                Group(
                    new_chat_id,
                    old.title,
                    old.region,
                    old.department,
                    old.active,
                    datetime.now(UTC),
                )
            )
            await self.session.flush()
        # The cards stay behind in the old chat, where they can no longer be edited; the
        # next refresh posts each card afresh in the supergroup (ids there mean other messages).
        await self.session.execute(
            update(tables.assignments)
            .where(tables.assignments.c.group_chat_id == old_chat_id)
            .values(group_chat_id=new_chat_id, card_message_id=None)
        )
        await self.session.execute(
            update(tables.outbox)
            .where(
                tables.outbox.c.chat_id == old_chat_id, tables.outbox.c.state == OutboxState.PENDING
            )
            .values(chat_id=new_chat_id)
        )
        old.active = False
        await self.session.flush()
        await self.session.execute(
            delete(tables.groups).where(tables.groups.c.chat_id == old_chat_id)
        )
        # Assignments already loaded in this session must see the new chat id too.
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, Assignment) and obj.group_chat_id == old_chat_id:
                obj.group_chat_id = new_chat_id
                obj.card_message_id = None
        # Post the open cards in the supergroup now, so its members can act on them.
        for a in await self.open_assignments(new_chat_id):
            if a.id is not None and not await self.has_pending(
                new_chat_id, OutboxKind.CARD.value, "assignment_id", a.id
            ):
                await self.outbox_add(
                    OutboxMessage(
                        new_chat_id,
                        OutboxKind.CARD,
                        {"assignment_id": a.id},
                        Priority.CARD,
                        created_at=datetime.now(UTC),
                    )
                )

    async def mark_sent(
        self, sent: Sequence[tuple[int, int | None]], cards: Sequence[tuple[int, int]], at: datetime
    ) -> None:
        """Outbox rows (id, Telegram message id) delivered, and the cards' message ids
        (assignment id, message id), each kind as one executemany."""
        if sent:
            await self.session.execute(
                _statements().mark_sent,
                [{"row_id": i, "sent_message_id": m, "sent_at": at} for i, m in sent],
            )
        if cards:
            await self.session.execute(
                _statements().card_sent,
                [{"assignment_id": i, "card_id": m} for i, m in cards],
            )

    # -- updates and key-value documents ------------------------------------------

    async def forget_updates(self, before: datetime) -> int:
        """Drop update-id claims older than ``before`` (Telegram keeps an undelivered
        update for 24 hours, so an older id can no longer come again)."""
        c = tables.processed_updates.c
        result = await self.session.execute(
            delete(tables.processed_updates).where(c.created_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def claim_updates(self, update_ids: list[int]) -> set[int]:
        """The ids seen for the first time (a redelivered update is not among them)."""
        if not update_ids:
            return set()
        # Insert what is not there yet and read back what was (SQLite >= 3.35 and
        # PostgreSQL), one statement built once and given every id.
        now = datetime.now(UTC)
        rows = [{"update_id": i, "created_at": now} for i in set(update_ids)]
        return set((await self.session.execute(_upserts(self.session).claim, rows)).scalars())

    async def kv_get(self, namespace: str, key: str) -> Any:
        row = (
            await self.session.execute(_statements().kv_get, {"namespace": namespace, "key": key})
        ).first()
        return row[0] if row else None

    async def kv_all(self, namespace: str) -> dict[str, Any]:
        c = tables.kv.c
        rows = await self.session.execute(select(c.key, c.value).where(c.namespace == namespace))
        return {k: v for k, v in rows.all()}

    async def kv_put(self, namespace: str, key: str, value: Any) -> None:
        await self.kv_put_many({(namespace, key): value})

    async def kv_put_many(self, items: Mapping[tuple[str, str], Any]) -> None:
        """Write many documents in a statement or two (``None`` deletes)."""
        c = tables.kv.c
        gone = [k for k, v in items.items() if v is None]
        if gone:
            await self.session.execute(
                delete(tables.kv).where(tuple_(c.namespace, c.key).in_(gone))
            )
        now = datetime.now(UTC)
        rows = [
            {"namespace": ns, "key": key, "value": v, "updated_at": now}
            for (ns, key), v in items.items()
            if v is not None
        ]
        if rows:
            # One upsert built once, given every row (rather than delete + insert, or a
            # statement with all the rows in it, which SQLAlchemy compiles every time).
            await self.session.execute(_upserts(self.session).kv, rows)


@dataclass(frozen=True)
class _CardStatements:
    # the assignment with its case and site, and the case's evidence and blocked reporters
    head: Select[Assignment, Case, Site, int, int]
    leads: Select[Lead]  # a case's leads, without their stored understanding


@cache
def _card_statements() -> _CardStatements:
    """Built once (after the mapping): every card sent and every refresh reads these,
    and building the statements cost more than running them."""
    a, c, s = tables.assignments.c, tables.cases_table.c, tables.sites.c
    att, lead, rep = tables.attachments.c, tables.leads.c, tables.reporters.c
    # Both counts correlated to the case of the assignment read.
    evidence = (
        select(func.count())
        .select_from(tables.attachments.join(tables.leads, att.lead_id == lead.id))
        .where(lead.case_id == c.id)
        .scalar_subquery()
    )
    blocked = (
        select(func.count())
        .where(
            rep.blocked_at.is_not(None),
            rep.user_id.in_(
                # two levels down: named, or it would read the cases table on its own
                select(lead.reporter_id).where(lead.case_id == c.id).correlate(tables.cases_table)
            ),
        )
        .scalar_subquery()
    )
    case_id: BindParameter[int] = bindparam("case_id")
    return _CardStatements(
        head=select(Assignment, Case, Site, evidence, blocked)
        .join(Case, c.id == a.case_id)
        .outerjoin(Site, s.id == c.site_id)
        .where(a.id == bindparam("assignment_id")),
        leads=select(Lead)
        .where(lead.case_id == case_id)
        .order_by(lead.id)
        .options(defer(cast(Any, Lead).understanding, raiseload=True)),
    )


@dataclass(frozen=True)
class _Statements:
    """Statements run several times a report, built once (building one cost about as
    much as running it)."""

    site_by_code: Select[Site]
    assignments_of_case: Select[Assignment]
    pending_payloads: Select[dict[str, Any]]  # one chat's pending rows of a kind
    kv_get: Select[Any]
    mark_sent: Update  # an outbox row delivered
    card_sent: Update  # a card's message id


@cache
def _statements() -> _Statements:
    a, o, kv = tables.assignments.c, tables.outbox.c, tables.kv.c
    return _Statements(
        site_by_code=select(Site).where(tables.sites.c.code == bindparam("code")),
        assignments_of_case=select(Assignment)
        .where(a.case_id == bindparam("case_id"))
        .order_by(a.id),
        pending_payloads=select(o.payload).where(
            o.state == OutboxState.PENDING,
            o.kind == bindparam("kind"),
            o.chat_id == bindparam("chat_id"),
        ),
        kv_get=select(kv.value).where(
            kv.namespace == bindparam("namespace"), kv.key == bindparam("key")
        ),
        mark_sent=update(tables.outbox)
        .where(o.id == bindparam("row_id"))
        .values(
            state=OutboxState.SENT,
            sent_at=bindparam("sent_at"),
            message_id=bindparam("sent_message_id"),
            attempts=o.attempts + 1,
        ),
        card_sent=update(tables.assignments)
        .where(a.id == bindparam("assignment_id"))
        .values(card_message_id=bindparam("card_id")),
    )


@cache
def _outbox_due(limit: int) -> Select[OutboxMessage]:
    c = tables.outbox.c
    now: BindParameter[datetime] = bindparam("now")
    return (
        select(OutboxMessage)
        .where(c.state == OutboxState.PENDING, or_(c.not_before.is_(None), c.not_before <= now))
        .order_by(c.priority, c.id)
        .limit(limit)
    )


@cache
def _routing_groups() -> Select[Group]:
    g = tables.groups.c
    return (
        select(Group)
        .where(
            g.active.is_(True),
            or_(g.region == bindparam("region"), g.department == Department.CITY),
        )
        .order_by(g.created_at)
    )


class _Layout:
    """A mapped record's table, its column keys and its statements, built once."""

    def __init__(self, cls: type) -> None:
        mapper: Mapper[Any] = inspect(cls)
        table = cast(Table, mapper.local_table)
        self.keys = [prop.key for prop in mapper.column_attrs]
        self.pk = str(mapper.primary_key[0].key)
        self.insert: Insert = insert(table)
        self.number: Update | None = (
            update(table)
            .where(table.c[self.pk] == bindparam("ident"))
            .values(number=bindparam("number"))
            if "number" in table.c
            else None
        )


_LAYOUTS: dict[type, _Layout] = {}


@dataclass(frozen=True)
class _Upserts:
    """The dialect's insert-or-update statements, built once: each is run with a list of
    rows (one executemany), so SQLAlchemy compiles it once, not at every call."""

    reporter: Insert  # a reporter's row, written on every submission
    kv: Insert  # key-value documents (conversation state, user data)
    claim: Insert  # update ids, returning those seen for the first time


_UPSERTS: dict[str, _Upserts] = {}  # by dialect name


def _upserts(session: AsyncSession) -> _Upserts:
    dialect = session.get_bind().dialect.name
    built = _UPSERTS.get(dialect)
    if built is None:
        reporter = _insert(session, tables.reporters)
        kv = _insert(session, tables.kv)
        c = tables.kv.c
        built = _UPSERTS[dialect] = _Upserts(
            reporter=reporter.on_conflict_do_update(
                index_elements=["user_id"],
                set_={"lang": reporter.excluded.lang, "blocked_at": None},
            ),
            kv=kv.on_conflict_do_update(
                index_elements=[c.namespace, c.key],
                set_={"value": kv.excluded.value, "updated_at": kv.excluded.updated_at},
            ),
            claim=_insert(session, tables.processed_updates)
            .on_conflict_do_nothing()
            .returning(tables.processed_updates.c.update_id),
        )
    return built


def _layout(cls: type) -> _Layout:
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = _Layout(cls)
    return layout


def _insert(session: AsyncSession, table: Any = tables.processed_updates) -> Any:
    """The dialect's INSERT (it has ``on_conflict_do_*`` on SQLite and PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


@asynccontextmanager
async def unit_of_work(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[SqlStore]:
    try:
        async with sessions() as session, session.begin():
            yield SqlStore(session)
    except IntegrityError as exc:
        # The one constraint the case service acts on, named in its own terms.
        if "submission_key" in str(exc.orig):
            raise DuplicateSubmission from exc
        raise


def uow_factory(
    sessions: async_sessionmaker[AsyncSession],
) -> Callable[[], AbstractAsyncContextManager[SqlStore]]:
    return lambda: unit_of_work(sessions)
