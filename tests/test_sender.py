"""The outbox sender against the sandbox, without the rest of the bot: a group that
became a supergroup before its card went out (the bot never saw the upgrade message)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from telegram.ext import ExtBot

from bot.app import build_services
from bot.harness import add_site, bind_group
from bot.sender import OutboxSender
from bot.settings import load_settings
from cases.model import Department, OutboxKind, OutboxMessage, OutboxState
from cases.service import LeadDraft
from sandbox import Sandbox

TOKEN = "7000011:SENDER"


async def test_a_card_for_a_group_upgraded_meanwhile_goes_to_the_supergroup(
    sqlite_url: str,
) -> None:
    async with Sandbox(token=TOKEN) as sb:
        inspector = sb.add_user("陈监察")
        old = sb.create_group("白云区人社", members=[inspector["id"]], add_bot=True)
        settings = load_settings(bot_token=TOKEN, database_url=sqlite_url)
        site = await add_site(settings, "白云区测试工地", "白云区")
        await bind_group(settings, old, "白云区", Department.LABOUR, title="白云区人社")
        engine, services = await build_services(settings)
        try:
            sub = await services.cases.submit(
                LeadDraft(reporter_id=501, text="包工头张三欠我们3个人两个月工资", site=site)
            )
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
        finally:
            await engine.dispose()
