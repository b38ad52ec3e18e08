"""The outbox sender against the sandbox, without the rest of the bot: a group that
became a supergroup before its card went out (the bot never saw the upgrade message),
and a change made while a card was in flight."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from zoneinfo import ZoneInfo

from sqlalchemy import select
from telegram.ext import ExtBot

from bot.app import build_services
from bot.harness import add_site, bind_group
from bot.sender import OutboxSender
from bot.services import Services
from bot.settings import load_settings
from cases.model import Department, OutboxKind, OutboxMessage, OutboxState, Site
from cases.service import LeadDraft
from sandbox import Sandbox

TOKEN = "7000011:SENDER"
TEXT = "包工头张三欠我们3个人两个月工资"


@asynccontextmanager
async def _world(sqlite_url: str) -> AsyncIterator[tuple[Sandbox, int, Site, Services]]:
    """The sandbox, one inspector group bound to 白云区, a site there, the services."""
    async with Sandbox(token=TOKEN) as sb:
        inspector = sb.add_user("陈监察")
        group = sb.create_group("白云区人社", members=[inspector["id"]], add_bot=True)
        settings = load_settings(bot_token=TOKEN, database_url=sqlite_url)
        site = await add_site(settings, "白云区测试工地", "白云区")
        await bind_group(settings, group, "白云区", Department.LABOUR, title="白云区人社")
        engine, services = await build_services(settings)
        try:
            yield sb, group, site, services
        finally:
            await engine.dispose()


async def test_a_card_for_a_group_upgraded_meanwhile_goes_to_the_supergroup(
    sqlite_url: str,
) -> None:
    async with _world(sqlite_url) as (sb, old, site, services):
        sub = await services.cases.submit(LeadDraft(reporter_id=501, text=TEXT, site=site))
        (assignment,) = sub.assignments
        new = sb.migrate_group(old)  # the bot is not polling: it never hears of it
        bot = ExtBot(TOKEN, base_url=sb.base_url)
        async with bot:
            sender = OutboxSender(bot, services.sessions, ZoneInfo("Asia/Shanghai"))
            await sender.drain_once()  # Telegram answers "upgraded to a supergroup"
            await sender.drain_once()  # the row now points to the supergroup
        async with services.store() as store:
            moved = await store.assignment(assignment.id or 0)
            assert moved is not None and moved.group_chat_id == new
            assert await store.group(new) is not None and await store.group(old) is None
            rows = (await store.session.execute(select(OutboxMessage))).scalars().all()
        cards = [r for r in rows if r.kind is OutboxKind.CARD]
        assert [(r.chat_id, r.state) for r in cards] == [(new, OutboxState.SENT)]
        assert moved.card_message_id == cards[0].message_id
        posted = [m for m in sb.bot_messages(new) if "案件 AJ-" in (m.get("text") or "")]
        assert len(posted) == 1 and posted[0]["message_id"] == moved.card_message_id
        assert not [m for m in sb.bot_messages(old) if "案件 AJ-" in (m.get("text") or "")]
        to_old = [r for r in sb.requests if r["params"].get("chat_id") == str(old)]
        assert [r["status"] for r in to_old] == [400]  # "upgraded to a supergroup"


async def test_a_change_made_while_a_card_is_in_flight_reaches_the_card(sqlite_url: str) -> None:
    """A second report merged while the first card is being sent finds the card's row
    still pending and queues nothing: the sender renders that card again once sent."""
    async with _world(sqlite_url) as (sb, group, site, services):
        first = await services.cases.submit(LeadDraft(reporter_id=501, text=TEXT, site=site))
        merged: list[bool] = []

        class Meanwhile(OutboxSender):
            async def _send_card(self, row: OutboxMessage, chat_id: int) -> int | None:
                message_id = await super()._send_card(row, chat_id)
                if not merged:  # sent, not yet marked: a co-worker reports the same
                    second = await services.cases.submit(
                        LeadDraft(reporter_id=502, text=TEXT, site=site)
                    )
                    merged.append(second.case.id == first.case.id)
                return message_id

        bot = ExtBot(TOKEN, base_url=sb.base_url)
        async with bot:
            sender = Meanwhile(bot, services.sessions, ZoneInfo("Asia/Shanghai"))
            while await sender.drain_once():
                pass
        assert merged == [True]
        async with services.store() as store:
            rows = (await store.session.execute(select(OutboxMessage))).scalars().all()
        cards = [r for r in rows if r.kind is OutboxKind.CARD]
        assert [r.state for r in cards] == [OutboxState.SENT, OutboxState.SENT]
        (card,) = [m for m in sb.bot_messages(group) if "案件 AJ-" in (m.get("text") or "")]
        assert "线索 2 条" in card["text"]  # the card counts both leads now
