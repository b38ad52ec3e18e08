"""`anxin demo`: the whole path offline, with the real bot against the sandbox.

A site and an inspector group are registered, a worker scans the helmet sticker,
tells what happened in their own words and submits; the card appears in the
group, an inspector takes it, the worker hears back. The transcript is printed.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path
from typing import Any

from bot.harness import add_site, payload, running_bot
from bot.settings import load_settings
from cases.model import Department, Industry

WORKER_TEXT = (
    "包工头张建国欠我们班组12个人三个月工资，一共十几万，去年腊月到现在一分没给，电话也不接"
)
TOKEN = "7000001:DEMO-anxin-offline"


def _line(who: str, text: str) -> str:
    pad = "\n" + " " * 8
    return f"  {who:<5} {text.replace(chr(10), pad)}"


def transcript(sb: Any, chat_id: int, title: str) -> str:
    out = [f"── {title} " + "─" * max(4, 60 - len(title))]
    for m in sb.messages(chat_id):
        who = (
            "🤖 bot"
            if m.get("from_bot")
            else "👷 " + (m.get("from", {}).get("first_name", "") or "user")
        )
        body = m.get("text") or m.get("caption") or f"[{m.get('kind', 'message')}]"
        markup = m.get("reply_markup") or {}
        buttons = [b.get("text", "") for row in markup.get("inline_keyboard", []) for b in row]
        if buttons:
            body += "\n[" + "] [".join(buttons) + "]"
        edited = " (edited)" if m.get("edited") else ""
        out.append(_line(who, body + edited))
    return "\n".join(out)


async def run_demo(out: Path) -> int:
    from sandbox import Sandbox

    logging.getLogger("httpx").setLevel(logging.WARNING)
    await asyncio.to_thread(_fresh_dir, out)
    async with Sandbox(token=TOKEN, bot_username="anxin_demo_bot") as sb:
        admin = sb.add_user("李主任", language_code="zh-hans")
        inspector = sb.add_user("陈监察", language_code="zh-hans")
        worker = sb.add_user("王师傅", language_code="zh-hans")
        settings = load_settings(
            bot_token=TOKEN,
            bot_username="anxin_demo_bot",
            telegram_api_url=sb.api_root,
            database_url=f"sqlite+aiosqlite:///{(out / 'anxin-demo.db').resolve()}",
            admin_ids=[admin["id"]],
        )
        site = await add_site(
            settings,
            "白云区嘉禾望岗安置房二期",
            "白云区",
            street="嘉禾街",
            industry=Industry.HOUSING,
            contractor="广州某某建工集团有限公司",
            builder="白云区城市更新公司",
        )
        group = sb.create_group("白云区劳动保障监察", members=[admin["id"], inspector["id"]])
        async with running_bot(settings) as bot:
            sb.add_bot_to_group(group, admin["id"])
            await sb.wait_for_message(group, contains="绑定")
            sb.send_text(admin["id"], f"/bind 白云区 {'人社'}", chat_id=group)
            await sb.wait_for_message(group, contains="已绑定")

            # The worker scans the helmet sticker: /start <payload>.
            sb.send_start(worker["id"], payload(site, "sticker"))
            await sb.wait_for_message(worker["id"], contains=site.name)
            sb.send_text(worker["id"], WORKER_TEXT)
            summary = await sb.wait_for_message(worker["id"], contains="请核对")
            sb.press_button(worker["id"], worker["id"], summary["message_id"], "i:submit")
            await sb.wait_for_message(worker["id"], contains="线索编号")
            card = await sb.wait_for_message(group, contains="案件 AJ-")
            sb.press_button(
                inspector["id"], group, card["message_id"], f"c:ack:{_assignment(card)}"
            )
            await sb.wait_for_message(worker["id"], contains="接手")
            await sb.wait_for_message(group, contains="已接手")
            # The summary's buttons go once the lead is stored; behind the receipt and the
            # news in the worker's chat they wait for Telegram's per-chat pace.
            await sb.wait_for(
                lambda: (
                    not (sb.message(worker["id"], summary["message_id"]) or {}).get("reply_markup")
                ),
                timeout=10,
            )

            print("安薪 anxin · offline demo (sandbox Telegram, real bot)\n")
            print(transcript(sb, worker["id"], "worker 王师傅 · private chat"))
            print()
            print(transcript(sb, group, "group 白云区劳动保障监察"))
            print()
            await _print_extras(bot, settings, site, out)
    return 0


def _fresh_dir(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _assignment(card: dict[str, Any]) -> str:
    for row in card["reply_markup"]["inline_keyboard"]:
        for b in row:
            if b.get("callback_data", "").startswith("c:ack:"):
                return str(b["callback_data"].split(":")[2])
    raise RuntimeError("card without an acknowledge button")


async def _print_extras(bot: Any, settings: Any, site: Any, out: Path) -> None:
    from handlers.admin import label, site_link
    from qr import posters

    poster = out / f"poster-{site.code}.pdf"
    stickers = out / f"stickers-{site.code}.pdf"
    await asyncio.to_thread(
        posters.render_poster, label(site), site_link(settings.bot_username, site, "poster"), poster
    )
    items = posters.stickers_for(label(site), site_link(settings.bot_username, site, "sticker"))
    await asyncio.to_thread(posters.render_stickers, items, stickers)
    print(f"poster:        {poster}")
    print(f"sticker sheet: {stickers}  ({len(items)} stickers)")
    print(f"database:      {out / 'anxin-demo.db'}")
    from datetime import UTC, datetime

    from bot.reporting import stats_reply

    async with bot.services.store() as store:
        stats = await stats_reply(store, "month", datetime.now(UTC), settings.tz)
    (out / "stats.png").write_bytes(stats.chart)
    print(f"\n/stats month (chart: {out / 'stats.png'})\n{stats.text}")


def main() -> None:  # pragma: no cover
    raise SystemExit(asyncio.run(run_demo(Path("demo-out"))))


__all__ = ["Department", "run_demo", "transcript"]
