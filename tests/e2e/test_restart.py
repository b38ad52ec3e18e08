"""Issue 3: a draft survives the bot process being killed, and an abandoned one times out
kindly and can be resumed."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.harness import add_site, payload, running_bot, start_bot
from bot.settings import load_settings
from cases.model import Site
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


@asynccontextmanager
async def _one_site(tmp_path: Path) -> AsyncIterator[tuple[Sandbox, Site, int, str]]:
    """The sandbox, a registered site, one worker and the database URL; no bot yet."""
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'restart.db'}"
    async with Sandbox(token=TOKEN, bot_username="anxin_e2e_bot") as sb:
        settings = load_settings(bot_token=TOKEN, telegram_api_url=sb.api_root, database_url=db_url)
        site = await add_site(settings, "白云区嘉禾望岗安置房二期", "白云区", street="嘉禾街")
        uid = sb.add_user("王师傅", language_code="zh-hans")["id"]
        yield sb, site, uid, db_url


async def _report_up_to_the_summary(sb: Sandbox, site: Site, uid: int) -> dict[str, Any]:
    """The worker scans the poster and describes the arrears; the summary with its
    Submit button comes back."""
    sb.send_start(uid, payload(site))
    await sb.wait_for_message(uid, contains=ASK, timeout=30)
    sb.send_text(uid, TEXT)
    return await sb.wait_for_message(uid, contains=SUMMARY, timeout=15)


async def test_kill_9_mid_report_loses_nothing(tmp_path: Path) -> None:
    async with _one_site(tmp_path) as (sb, site, uid, db_url):
        proc = await _spawn(sb, db_url, tmp_path)
        try:
            summary = await _report_up_to_the_summary(sb, site, uid)
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


def _has_submit(sb: Sandbox, uid: int, message_id: int) -> bool:
    return "i:submit" in str((sb.message(uid, message_id) or {}).get("reply_markup") or "")


async def _stored_leads(db_url: str) -> list[Any]:
    from sqlalchemy import select

    from storage import tables
    from storage.db import make_engine

    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            return list((await conn.execute(select(tables.leads))).all())
    finally:
        await engine.dispose()


async def _all_sent(db_url: str) -> bool:
    from sqlalchemy import select

    from cases.model import OutboxState
    from storage import tables
    from storage.db import make_engine

    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            states = (await conn.execute(select(tables.outbox.c.state))).scalars().all()
    finally:
        await engine.dispose()
    return bool(states) and all(s is OutboxState.SENT for s in states)


async def test_kill_9_after_the_lead_is_stored_but_before_the_button_goes(
    tmp_path: Path,
) -> None:
    """The lead is committed, Telegram hangs on removing the Submit button, the process
    is killed: after the restart the worker still has one lead and one lead number, and
    pressing the leftover button only tidies it away."""
    async with _one_site(tmp_path) as (sb, site, uid, db_url):
        proc = await _spawn(sb, db_url, tmp_path)
        try:
            summary = await _report_up_to_the_summary(sb, site, uid)
            sb.inject_fault("editMessageReplyMarkup", chat_id=uid, kind="timeout", delay=60)
            sb.press_button(uid, uid, summary["message_id"], "i:submit")
            await sb.wait_for_message(uid, contains=RECEIPT, timeout=15)
            # Killed once the lead number is marked sent (a send in flight at a kill may
            # go twice: Telegram has no idempotency key), while the button still hangs.
            await sb.wait_for(lambda: _all_sent(db_url), timeout=15)
            proc.kill()
            await proc.wait()
            sb.clear_faults()
            assert _has_submit(sb, uid, summary["message_id"])
            proc = await _spawn(sb, db_url, tmp_path)
            sb.press_button(uid, uid, summary["message_id"], "i:submit")
            await sb.wait_for(lambda: not _has_submit(sb, uid, summary["message_id"]), timeout=30)
            await asyncio.sleep(1.0)  # room for a second lead number, were one coming
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        stored = await _stored_leads(db_url)
        assert len(stored) == 1
        receipts = [m for m in sb.bot_messages(uid) if RECEIPT in (m.get("text") or "")]
        assert len(receipts) == 1
        assert stored[0].number in receipts[0]["text"]


async def test_submit_pressed_again_after_a_crash_before_the_state_was_saved(
    sqlite_url: str,
) -> None:
    """The process dies in the instant after the lead is committed, before the
    conversation moves on: the worker presses Submit again on the same summary and gets
    the same lead, not a second one, and one lead number."""
    async with world(sqlite_url, start=False) as w:
        uid = w.worker()["id"]
        bot = await start_bot(w.settings)
        cases = bot.services.cases
        stored_then_died = asyncio.Event()
        submit = cases.submit

        async def submit_then_die(draft: Any) -> Any:
            await submit(draft)
            stored_then_died.set()
            raise SystemError("the process dies here")

        cases.submit = submit_then_die
        try:
            w.sb.send_start(uid, payload(w.site))
            await w.sb.wait_for_message(uid, contains=ASK)
            w.sb.send_text(uid, TEXT)
            summary = await w.sb.wait_for_message(uid, contains=SUMMARY)
            w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
            await asyncio.wait_for(stored_then_died.wait(), 15)
        finally:
            await bot.close()
        assert _has_submit(w.sb, uid, summary["message_id"])
        bot = await start_bot(w.settings)
        try:
            w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
            await w.sb.wait_for(
                lambda: not _has_submit(w.sb, uid, summary["message_id"]), timeout=15
            )
            await w.sb.wait_for_message(uid, contains=RECEIPT)
            await asyncio.sleep(1.0)  # room for a second lead number, were one coming
        finally:
            await bot.close()
        stored = await _stored_leads(sqlite_url)
        assert len(stored) == 1
        receipts = [m for m in w.sb.bot_messages(uid) if RECEIPT in (m.get("text") or "")]
        assert len(receipts) == 1
        assert stored[0].number in receipts[0]["text"]
