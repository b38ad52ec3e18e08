"""Run the real bot against the offline sandbox: used by the demo, tests and benchmarks.

The bot and the sandbox meet over HTTP on 127.0.0.1 only, exactly as the bot meets
Telegram; the bot's code never imports the sandbox.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.app import Runtime, create_runtime
from bot.settings import Settings
from cases.model import Department, Group, Industry, Site
from qr import links
from storage.store import unit_of_work


@dataclass
class Running:
    runtime: Runtime
    task: asyncio.Task[None]
    stop: asyncio.Event

    @property
    def services(self) -> Any:
        return self.runtime.services

    async def close(self) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, timeout=30)


async def start_bot(settings: Settings, *, rate_limit: bool = True) -> Running:
    from bot.app import run_polling

    runtime = await create_runtime(settings, rate_limit=rate_limit)
    stop = asyncio.Event()
    task = asyncio.create_task(run_polling(runtime, stop), name="bot")
    # Wait until the application is running (post_init started the sender).
    for _ in range(500):
        if runtime.services.sender is not None and runtime.application.running:
            break
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    return Running(runtime, task, stop)


@contextlib.asynccontextmanager
async def running_bot(settings: Settings, *, rate_limit: bool = True) -> AsyncIterator[Running]:
    bot = await start_bot(settings, rate_limit=rate_limit)
    try:
        yield bot
    finally:
        await bot.close()


async def add_site(
    settings: Settings,
    name: str,
    district: str,
    *,
    industry: Industry = Industry.HOUSING,
    street: str = "",
    contractor: str = "",
    builder: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    runtime: Runtime | None = None,
) -> Site:
    from storage.db import make_engine, make_sessionmaker, upgrade

    engine = runtime.engine if runtime else make_engine(settings.database_url)
    if runtime is None:
        await upgrade(engine)
    try:
        async with unit_of_work(make_sessionmaker(engine)) as store:
            site = Site(
                id=None,  # type: ignore[arg-type]
                code=links.new_site_code(),
                name=name,
                district=district,
                street=street,
                industry=industry,
                contractor=contractor,
                builder=builder,
                latitude=latitude,
                longitude=longitude,
                created_at=datetime.now(UTC),
            )
            store.add(site)
        return site
    finally:
        if runtime is None:
            await engine.dispose()


async def bind_group(
    settings: Settings, chat_id: int, region: str, department: Department, title: str = ""
) -> None:
    from storage.db import make_engine, make_sessionmaker, upgrade

    engine = make_engine(settings.database_url)
    await upgrade(engine)
    try:
        async with unit_of_work(make_sessionmaker(engine)) as store:
            store.add(Group(chat_id, title, region, department, True, datetime.now(UTC)))
    finally:
        await engine.dispose()


def payload(site: Site, medium: str = "sticker") -> str:
    version = site.sticker_version if medium == "sticker" else site.poster_version
    return links.make_payload(site.code, medium, version)
