"""SQLite on the loop's thread (storage.sqlite): a write lock held by another process
is waited for without stopping the loop, a constraint still fails at once, and a
lock never released fails after the busy timeout."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from storage import tables
from storage.db import make_engine, upgrade
from storage.sqlite import InlineConnection, inline_creator


def _lock(path: Path) -> sqlite3.Connection:
    """Another process's write transaction (the admin command line, say)."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO kv (namespace, key, value) VALUES ('t', 'other', '1')")
    return other


async def test_a_write_waits_for_another_process_without_stopping_the_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "anxin-test.db"
    engine = make_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await upgrade(engine)
        other = _lock(path)
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        async def release() -> None:
            await asyncio.sleep(0.3)
            other.execute("COMMIT")
            other.close()

        ticker, releaser = asyncio.create_task(tick()), asyncio.create_task(release())
        started = time.monotonic()
        async with engine.begin() as conn:
            await conn.execute(insert(tables.kv).values(namespace="t", key="bot", value=2))
        waited = time.monotonic() - started
        ticker.cancel()
        await releaser
        assert waited >= 0.25  # it did wait for the lock
        assert ticks >= 10  # and the loop went on meanwhile
        async with engine.connect() as conn:
            keys = (await conn.execute(select(tables.kv.c.key).order_by(tables.kv.c.key))).all()
        assert [k for (k,) in keys] == ["bot", "other"]

        async with engine.begin() as conn:  # a constraint is not a lock: no waiting
            started = time.monotonic()
            with pytest.raises(IntegrityError):
                await conn.execute(insert(tables.kv).values(namespace="t", key="bot", value=3))
            assert time.monotonic() - started < 0.2
    finally:
        await engine.dispose()


async def test_a_lock_never_released_fails_after_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "anxin-test.db"
    engine = make_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade(engine)
    await engine.dispose()
    other = _lock(path)
    conn = await inline_creator(f"sqlite+aiosqlite:///{path}", busy_seconds=0.2)()
    try:
        assert isinstance(conn, InlineConnection)
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await conn.execute("INSERT INTO kv (namespace, key, value) VALUES ('t', 'x', '1')")
        assert 0.15 <= time.monotonic() - started < 1.0
    finally:
        await conn.close()
        other.execute("ROLLBACK")
        other.close()
