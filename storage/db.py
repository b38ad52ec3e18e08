"""Engine, sessions and schema migrations."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.sqlite import inline_creator
from storage.store import CARDS_COALESCED
from storage.tables import map_domain

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> AsyncEngine:
    map_domain()
    if url.startswith("sqlite"):
        # One connection: SQLite has one writer at a time, and writers on several
        # connections wait in SQLite's sleeping busy handler (hundreds of ms under load)
        # while a queue for the single connection is served in order, without sleeps.
        # It also lets the connection run on the loop's thread: calls never overlap.
        engine = create_async_engine(
            url,
            # SQLite on the loop's own thread, no worker-thread hand-offs (storage.sqlite);
            # another process's write lock is waited for up to 30 s without blocking.
            async_creator=inline_creator(url, busy_seconds=30),
            pool_size=1,
            max_overflow=0,
            pool_timeout=300,
            # Sessions and engine.begin() end every transaction themselves; the pool's
            # extra ROLLBACK on each return was one more trip to the driver's thread.
            pool_reset_on_return=None,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL lets the sender read while a handler writes; foreign keys as on PostgreSQL.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    # A fixed pool: overflow connections were opened and closed under every burst (273 new
    # server sessions in one 600-report run), each a fork and a fresh statement cache.
    engine = create_async_engine(
        url, pool_size=20, max_overflow=0, pool_reset_on_return=None, pool_recycle=3600
    )

    @event.listens_for(engine.sync_engine, "checkout")
    def _drop_if_closed(_dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        # A server restart or a terminated backend closes the socket, which asyncpg notices
        # as it happens; such a connection is replaced here instead of failing the
        # transaction. Free, unlike the pool's pre-ping (BEGIN, a query and ROLLBACK: three
        # round trips on each of the ~15 checkouts of a report).
        if record.driver_connection.is_closed():
            raise DisconnectionError("connection closed by the server")

    return engine


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # Shared by every session it makes: the cards whose pending refresh absorbed a change
    # (storage.store.CARDS_COALESCED; the outbox sender reads it).
    return async_sessionmaker(engine, expire_on_commit=False, info={CARDS_COALESCED: set()})


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _upgrade(connection: Connection, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply the Alembic migrations (the same scripts on SQLite and PostgreSQL)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)


@asynccontextmanager
async def transaction(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessions() as session, session.begin():
        yield session
