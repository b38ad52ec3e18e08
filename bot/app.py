"""Assembly: database, lead understanding, case service, and the PTB Application."""

from __future__ import annotations

import asyncio
import logging
import warnings
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import BotCommand, BotCommandScopeAllPrivateChats, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    TypeHandler,
)
from telegram.warnings import PTBUserWarning

from bot.aiohttp_request import AiohttpRequest
from bot.concurrency import GroupCommit, PerChatUpdateProcessor
from bot.sender import Metrics, OutboxSender
from bot.services import Services
from bot.settings import Settings
from cases.calendar import WorkCalendar
from cases.deadlines import DeadlinePolicy
from cases.service import CaseService
from handlers import casework, intake, worker
from handlers.common import Context
from nlp import NO_SITE, DuplicateIndex, LeadAnalyzer, Understanding
from storage.db import make_engine, make_sessionmaker, upgrade
from storage.persistence import SqlPersistence
from storage.store import SqlStore, unit_of_work, uow_factory

log = logging.getLogger(__name__)

IDF_KEY = ("nlp", "idf")


@dataclass
class Runtime:
    settings: Settings
    engine: AsyncEngine
    services: Services
    application: Application[Any, Any, Any, Any, Any, Any]


def _deadline_policy(settings: Settings) -> DeadlinePolicy:
    calendar = WorkCalendar.load(settings.holidays_dir or None, tz=settings.tz)
    return DeadlinePolicy(calendar=calendar, tz=settings.tz)


async def build_services(
    settings: Settings, engine: AsyncEngine | None = None
) -> tuple[AsyncEngine, Services]:
    engine = engine or make_engine(settings.database_url)
    await upgrade(engine)
    sessions = make_sessionmaker(engine)
    analyzer = LeadAnalyzer()
    # jieba's first load reads its dictionary: keep it off the event loop.
    await asyncio.to_thread(analyzer.warm_up)
    index = DuplicateIndex()
    metrics = Metrics()
    async with unit_of_work(sessions) as store:
        names = [
            name
            for s in await store.sites()
            for name in (s.name, s.district, s.contractor, s.builder)
            if name
        ]
        idf = await store.kv_get(*IDF_KEY)
        for lead, code in await store.open_case_leads():
            if lead.case_id is None or not lead.understanding:
                continue
            index.add(
                lead.case_id,
                code or f"{NO_SITE}{lead.reporter_id}",
                Understanding.from_dict(lead.understanding),
            )
    if names:
        analyzer.add_terms(names)
    if idf:
        analyzer.load_idf_state(idf)
    holder: dict[str, Services] = {}
    cases = CaseService(
        uow_factory(sessions),
        analyzer,
        index,
        _deadline_policy(settings),
        tz=settings.tz,
        admin_ids=settings.admin_ids,
        on_commit=lambda: holder["s"].wake_sender() if "s" in holder else None,
    )
    services = Services(settings=settings, sessions=sessions, cases=cases, metrics=metrics)
    holder["s"] = services
    return engine, services


async def _dedupe(update: Update, context: Context) -> None:
    """A redelivered update (webhook retry, restart before the offset was confirmed)
    has no second effect: its id is written down before anything else happens."""
    bot_data = context.application.bot_data
    svc: Services = bot_data["services"]
    svc.metrics.inc("updates_total")
    claim = _Claim(update.update_id)
    if claim not in await bot_data["claims"](claim):
        svc.metrics.inc("updates_duplicate_total")
        raise ApplicationHandlerStop


class _Claim:
    """One delivery of an update id (compared by identity: the same id delivered twice
    within one group commit must still win only once)."""

    __slots__ = ("update_id",)

    def __init__(self, update_id: int) -> None:
        self.update_id = update_id


async def _claim(sessions: Any, claims: list[_Claim]) -> set[_Claim]:
    async with unit_of_work(sessions) as store:
        new = await store.claim_updates([c.update_id for c in claims])
    winners: set[_Claim] = set()
    for c in claims:
        if c.update_id in new:
            new.discard(c.update_id)  # the first delivery wins, a repeat does not
            winners.add(c)
    return winners


async def _persist(update: Update, context: Context) -> None:
    """Write conversation state and drafts now, not on a timer: a restart loses nothing."""
    app = context.application
    app.mark_data_for_update_persistence(
        chat_ids=update.effective_chat.id if update.effective_chat else None,
        user_ids=update.effective_user.id if update.effective_user else None,
    )
    # One run writes what every update marked before it began (one run per update made
    # persistence the bottleneck under load).
    await app.bot_data["persist"](None)


async def _on_error(update: object, context: Context) -> None:
    log.error("handler failed", exc_info=context.error)
    svc: Services = context.application.bot_data["services"]
    svc.metrics.inc("handler_errors_total")
    if (
        isinstance(update, Update)
        and update.effective_chat
        and update.effective_chat.type == "private"
    ):
        from handlers.catalog import t
        from handlers.common import lang_of

        try:
            await context.bot.send_message(
                update.effective_chat.id, t(lang_of(update, context), "error.generic")
            )
        except Exception:  # the error reply is best effort
            log.debug("could not send the error reply", exc_info=True)


def build_application(
    settings: Settings, services: Services, *, rate_limit: bool = True
) -> Application[Any, Any, Any, Any, Any, Any]:
    warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
    builder = (
        ApplicationBuilder()
        .token(settings.bot_token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .persistence(SqlPersistence(services.sessions))
        .concurrent_updates(PerChatUpdateProcessor(256, observe=services.metrics.observe))
        .request(AiohttpRequest(64))
        .get_updates_request(AiohttpRequest(2))
    )
    if rate_limit:
        from bot.ratelimit import SlidingWindowRateLimiter

        builder = builder.rate_limiter(SlidingWindowRateLimiter(max_retries=3))  # type: ignore[arg-type]
    app = builder.build()
    app.bot_data["services"] = services
    app.bot_data["claims"] = GroupCommit(lambda ids: _claim(services.sessions, ids))
    app.bot_data["persist"] = GroupCommit(lambda _: app.update_persistence())
    flood = worker.FloodGuard()
    app.add_handler(TypeHandler(Update, _dedupe), group=-2)
    app.add_handler(TypeHandler(Update, flood), group=-1)
    app.add_handler(intake.conversation(settings.conversation_timeout), group=0)
    for h in worker.handlers():
        app.add_handler(h, group=0)
    for h in casework.handlers():
        app.add_handler(h, group=0)
    from bot import reporting
    from handlers import admin, stats

    for h in [*admin.handlers(), *stats.handlers(reporting.stats_reply)]:
        app.add_handler(h, group=0)
    app.add_handler(TypeHandler(Update, _persist), group=100)
    app.add_error_handler(_on_error)
    return app


async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    services: Services = app.bot_data["services"]
    services.bot_username = app.bot.username
    sender = OutboxSender(app.bot, services.sessions, services.settings.tz, services.metrics)
    services.sender = sender
    sender.start()
    from bot import scheduler

    scheduler.install(app, services)
    try:
        await app.bot.set_my_commands(
            [
                BotCommand("start", "反映欠薪 / report unpaid wages"),
                BotCommand("status", "查看进度 / my reports"),
                BotCommand("help", "帮助 / help"),
                BotCommand("lang", "语言 / language"),
                BotCommand("cancel", "取消 / cancel"),
            ],
            scope=BotCommandScopeAllPrivateChats(),
        )
    except Exception:  # commands are a convenience; never block start-up on them
        log.warning("setMyCommands failed", exc_info=True)


async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    services: Services = app.bot_data["services"]
    if services.sender is not None:
        await services.sender.stop()
    try:
        # The keyword statistics are a convenience: never hang or fail a shutdown on them.
        async with asyncio.timeout(5):
            async with unit_of_work(services.sessions) as store:
                await store.kv_put(*IDF_KEY, services.cases.analyzer.idf_state())
    except Exception:
        log.warning("could not save the keyword IDF table at shutdown", exc_info=True)


async def create_runtime(settings: Settings, *, rate_limit: bool = True) -> Runtime:
    engine, services = await build_services(settings)
    app = build_application(settings, services, rate_limit=rate_limit)
    return Runtime(settings, engine, services, app)


async def run_polling(runtime: Runtime, stop: asyncio.Event) -> None:
    """Run the bot until ``stop`` is set (used by `anxin run`, the demo and the tests)."""
    app = runtime.application
    async with app:
        await post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.05, timeout=10, drop_pending_updates=False)
        try:
            await stop.wait()
        finally:
            await app.updater.stop()
            await app.stop()
            await post_shutdown(app)
    await runtime.engine.dispose()


__all__ = [
    "Runtime",
    "SqlStore",
    "build_application",
    "build_services",
    "create_runtime",
    "run_polling",
]
