"""A small world for end-to-end tests: sandbox Telegram, the real bot, a site, groups."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from bot.harness import Running, add_site, bind_group, payload, running_bot
from bot.settings import Settings, load_settings
from cases.model import Department, Industry, Site
from sandbox import Sandbox

TOKEN = "7000002:E2E-anxin"


@dataclass
class World:
    sb: Sandbox
    settings: Settings
    admin: dict[str, Any]
    inspector: dict[str, Any]
    site: Site
    groups: dict[str, int] = field(default_factory=dict)
    bot: Running | None = None

    def worker(self, name: str = "王师傅", lang: str = "zh-hans") -> dict[str, Any]:
        return self.sb.add_user(name, language_code=lang)

    async def report(
        self, worker: dict[str, Any], text: str, site: Site | None = None, medium: str = "sticker"
    ) -> dict[str, Any]:
        """The happy path: scan, describe, submit. Returns the receipt message."""
        uid = worker["id"]
        self.sb.send_start(uid, payload(site or self.site, medium))
        await self.sb.wait_for_message(uid, contains="发生了什么")
        self.sb.send_text(uid, text)
        summary = await self.sb.wait_for_message(uid, contains="请核对")
        self.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        return await self.sb.wait_for_message(uid, contains="线索编号")

    def cards(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.sb.bot_messages(chat_id) if "案件 AJ-" in (m.get("text") or "")]

    async def card(self, chat_id: int, contains: str = "案件 AJ-") -> dict[str, Any]:
        return await self.sb.wait_for_message(chat_id, contains=contains)


def button(message: dict[str, Any], prefix: str) -> str:
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        for b in row:
            if str(b.get("callback_data", "")).startswith(prefix):
                return str(b["callback_data"])
    raise AssertionError(f"no button {prefix!r} on message: {message.get('reply_markup')}")


@asynccontextmanager
async def world(
    database_url: str,
    *,
    groups: tuple[tuple[str, str, Department], ...] = (("labour", "白云区", Department.LABOUR),),
    industry: Industry = Industry.HOUSING,
    enforce_limits: bool = False,
    start: bool = True,
) -> AsyncIterator[World]:
    async with Sandbox(
        token=TOKEN, bot_username="anxin_e2e_bot", enforce_limits=enforce_limits
    ) as sb:
        admin = sb.add_user("李主任")
        inspector = sb.add_user("陈监察")
        settings = load_settings(
            bot_token=TOKEN,
            bot_username="anxin_e2e_bot",
            telegram_api_url=sb.api_root,
            database_url=database_url,
            admin_ids=[admin["id"]],
        )
        site = await add_site(
            settings,
            "白云区嘉禾望岗安置房二期",
            "白云区",
            street="嘉禾街",
            industry=industry,
            contractor="广州某某建工集团有限公司",
            latitude=23.2,
            longitude=113.3,
        )
        w = World(sb, settings, admin, inspector, site)
        for key, region, department in groups:
            chat = sb.create_group(
                f"{region}{department.value}", members=[admin["id"], inspector["id"]], add_bot=True
            )
            await bind_group(
                settings, chat, region, department, title=f"{region}{department.value}"
            )
            w.groups[key] = chat
        if not start:
            yield w
            return
        async with running_bot(settings) as bot:
            w.bot = bot
            yield w
