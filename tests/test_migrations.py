"""Upgrading a database made by an earlier release keeps its leads, and the migrations
build exactly the schema the code maps (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from cases.model import Category, Medium
from storage import tables
from storage.db import make_engine, upgrade

TEXT = "包工头欠我们三个月工资"


def _differences(connection: Connection) -> list[object]:
    return list(compare_metadata(MigrationContext.configure(connection), tables.metadata))


def _lead(**more: object) -> dict[str, object]:
    return {
        "reporter_id": 42,
        "medium": Medium.POSTER,
        "text": TEXT,
        "category": Category.TEAM_LEADER_ARREARS,
        **more,
    }


async def test_upgrade_from_the_first_release_keeps_leads_and_matches_the_code(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    try:
        await upgrade(engine, "0001")
        async with engine.begin() as conn:  # a lead stored by the first release
            await conn.execute(insert(tables.leads).values(**_lead()))
        await upgrade(engine)
        c = tables.leads.c
        async with engine.begin() as conn:
            (row,) = (await conn.execute(select(c.text, c.submission_key))).all()
            assert (row.text, row.submission_key) == (TEXT, None)
            assert await conn.run_sync(_differences) == []
            await conn.execute(insert(tables.leads).values(**_lead(submission_key="k1")))
        with pytest.raises(IntegrityError):  # one draft stores one lead at most
            async with engine.begin() as conn:
                await conn.execute(insert(tables.leads).values(**_lead(submission_key="k1")))
    finally:
        await engine.dispose()
