"""A PostgreSQL restart (every backend ended by the server) costs no report: the next
unit of work runs on a fresh connection instead of failing on a dead one."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from bot.app import build_services
from bot.harness import add_site
from bot.services import Services
from bot.settings import load_settings
from cases.service import LeadDraft

TEXT = "包工头张三欠我们3个人两个月工资，一共2万元"


async def test_reports_go_on_after_the_server_ends_every_connection(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to restart")
    settings = load_settings(bot_token="1:test", database_url=database_url)
    site = await add_site(settings, "白云区测试工地", "白云区")
    engine, services = await build_services(settings)
    try:
        first = await services.cases.submit(LeadDraft(reporter_id=501, text=TEXT, site=site))
        # Several pooled connections, all idle, as between two bursts of reports.
        await asyncio.gather(*(_touch(services) for _ in range(4)))
        async with engine.connect() as conn:
            await conn.execute(text("SELECT pg_sleep(0)"))
        # What a restart does to the bot's connections: the server ends each backend.
        admin = engine.execution_options(isolation_level="AUTOCOMMIT")
        async with admin.connect() as conn:
            ended = await conn.scalar(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            await conn.invalidate()
        assert ended >= 1
        await asyncio.sleep(0.2)  # the server closes the sockets; the loop sees it

        second = await services.cases.submit(
            LeadDraft(reporter_id=502, text=TEXT + "，我也是", site=site)
        )
        async with services.store() as store:
            leads = await store.leads_of_case(second.case.id or 0)
        assert {lead.reporter_id for lead in leads} == {501, 502}
        assert second.case.id == first.case.id
    finally:
        await engine.dispose()


async def _touch(services: Services) -> None:
    async with services.store() as store:
        await store.sites()
        await asyncio.sleep(0.05)  # held a moment, so that the pool opens several
