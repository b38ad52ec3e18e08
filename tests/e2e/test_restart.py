"""Issue 3: a draft survives the bot process being killed, and an abandoned one times out
kindly and can be resumed."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from bot.harness import add_site, payload, running_bot
from bot.settings import load_settings
from sandbox import Sandbox
from tests.e2e.test_intake import ASK, RECEIPT, SUMMARY, TEXT, last_id, leads
from tests.e2e.world import TOKEN, button, world

ANXIN = Path(sys.executable).with_name("anxin")  # the console script, as an operator runs it
COMMAND = (
    [str(ANXIN), "run"]
    if ANXIN.exists()
    else [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main(['run']))"]
)


async def _spawn(sb: Sandbox, db_url: str, cwd: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "ANXIN_BOT_TOKEN": TOKEN,
        "ANXIN_TELEGRAM_API_URL": sb.api_root,
        "ANXIN_DATABASE_URL": db_url,
        "ANXIN_ADMIN_IDS": "",
    }
    with (cwd / "bot.log").open("ab") as log:
        return await asyncio.create_subprocess_exec(
            *COMMAND, cwd=cwd, env=env, stdout=log, stderr=log
        )


async def test_kill_9_mid_report_loses_nothing(tmp_path: Path) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'restart.db'}"
    async with Sandbox(token=TOKEN, bot_username="anxin_e2e_bot") as sb:
        settings = load_settings(bot_token=TOKEN, telegram_api_url=sb.api_root, database_url=db_url)
        site = await add_site(settings, "白云区嘉禾望岗安置房二期", "白云区", street="嘉禾街")
        worker = sb.add_user("王师傅", language_code="zh-hans")
        uid = worker["id"]
        proc = await _spawn(sb, db_url, tmp_path)
        try:
            sb.send_start(uid, payload(site))
            await sb.wait_for_message(uid, contains=ASK, timeout=30)
            sb.send_text(uid, TEXT)
            summary = await sb.wait_for_message(uid, contains=SUMMARY, timeout=15)
            proc.kill()  # SIGKILL: no shutdown, no flush
            await proc.wait()
            proc = await _spawn(sb, db_url, tmp_path)
            sb.press_button(uid, uid, summary["message_id"], "i:submit")
            receipt = await sb.wait_for_message(uid, contains=RECEIPT, timeout=30)
            # And the worker can carry on with the extras after the restart.
            sb.send_text(uid, "完成")
            await sb.wait_for_message(uid, contains="补充材料已保存", timeout=15)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        from sqlalchemy import select

        from storage import tables
        from storage.db import make_engine

        engine = make_engine(db_url)
        try:
            async with engine.connect() as conn:
                stored = (await conn.execute(select(tables.leads))).all()
        finally:
            await engine.dispose()
        assert len(stored) == 1
        assert stored[0].text == TEXT
        assert stored[0].site_id == site.id
        assert stored[0].number in receipt["text"]
        texts = [m.get("text") or "" for m in sb.messages(uid) if not m["from_bot"]]
        assert texts.count(TEXT) == 1  # nothing retyped


async def test_timeout_is_kind_and_start_offers_to_resume(sqlite_url: str) -> None:
    async with world(sqlite_url, start=False) as w:
        settings = w.settings.model_copy(update={"conversation_timeout": 2})
        async with running_bot(settings, rate_limit=False) as bot:
            w.bot = bot
            worker = w.worker()
            uid = worker["id"]
            w.sb.send_start(uid, payload(w.site))
            await w.sb.wait_for_message(uid, contains=ASK)
            w.sb.send_text(uid, TEXT)
            summary = await w.sb.wait_for_message(uid, contains=SUMMARY)
            note = await w.sb.wait_for_message(uid, contains="暂停", timeout=10)
            assert "草稿" in note["text"] and "/start" in note["text"]
            after = last_id(w, uid)
            w.sb.send_start(uid)
            offer: dict[str, Any] = await w.sb.wait_for_message(uid, contains="草稿", after=after)
            assert TEXT[:20] in offer["text"]
            w.sb.press_button(uid, uid, offer["message_id"], button(offer, "i:resume"))
            again = await w.sb.wait_for_message(uid, contains=SUMMARY, after=offer["message_id"])
            assert "张建国" in again["text"]
            w.sb.press_button(uid, uid, again["message_id"], "i:submit")
            await w.sb.wait_for_message(uid, contains=RECEIPT)
            (lead,) = await leads(w)
            assert lead.text == TEXT
            assert summary["message_id"] < again["message_id"]
