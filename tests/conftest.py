"""Shared fixtures: databases (SQLite always, PostgreSQL when ANXIN_TEST_DATABASE_URL is
set), the offline Telegram sandbox, and the real bot running against it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("ANXIN_TEST_DATABASE_URL", "")
DATABASES = ["sqlite", *(["postgresql"] if PG_URL else [])]


async def _reset_postgres(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'anxin-test.db'}"


@pytest.fixture(params=DATABASES)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Every backend under test: SQLite, and PostgreSQL when a server is configured."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'anxin-test.db'}"
        return
    await _reset_postgres(PG_URL)
    yield PG_URL
