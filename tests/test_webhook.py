"""Webhook mode (issue 8): the secret header, Telegram's JSON, health and metrics, and the
sandbox's own webhook delivery, against a real sandbox and the app on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.app import create_runtime
from bot.harness import add_site, bind_group, payload
from bot.settings import load_settings
from bot.web import SECRET_HEADER, run_webhook
from cases.model import Department, Site
from sandbox import Sandbox

TOKEN = "7000008:WEBHOOK-anxin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Hook:
    sb: Sandbox
    site: Site
    url: str
    base: str
    http: aiohttp.ClientSession
    secret: str


@asynccontextmanager
async def webhook_bot(database_url: str, secret: str) -> AsyncIterator[Hook]:
    async with Sandbox(token=TOKEN, bot_username="anxin_hook_bot", enforce_limits=True) as sb:
        admin = sb.add_user("李主任")
        settings = load_settings(
            bot_token=TOKEN,
            bot_username="anxin_hook_bot",
            telegram_api_url=sb.api_root,
            database_url=database_url,
            admin_ids=[admin["id"]],
            webhook_secret=secret,
        )
        site = await add_site(settings, "白云区嘉禾望岗安置房二期", "白云区", street="嘉禾街")
        group = sb.create_group("白云区劳动监察", members=[admin["id"]], add_bot=True)
        await bind_group(settings, group, "白云区", Department.LABOUR, title="白云区劳动监察")
        runtime = await create_runtime(settings)
        port = _free_port()
        url = f"http://127.0.0.1:{port}/telegram"
        stop = asyncio.Event()
        started: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(
            run_webhook(runtime, url, "127.0.0.1", port, stop, started=started)
        )
        await asyncio.wait_for(started, 30)
        assert sb.webhook is not None
        async with aiohttp.ClientSession() as http:
            try:
                yield Hook(
                    sb, site, url, f"http://127.0.0.1:{port}", http, sb.webhook["secret_token"]
                )
            finally:
                stop.set()
                await asyncio.wait_for(task, 30)


async def _metrics(h: Hook) -> dict[str, float]:
    async with h.http.get(f"{h.base}/metrics") as r:
        assert r.status == 200
        assert r.content_type == "text/plain"
        lines = (await r.text()).splitlines()
    return {
        name: float(value)
        for name, value in (line.rsplit(" ", 1) for line in lines if not line.startswith("#"))
    }


def start_update(update_id: int, user: dict[str, Any], text: str) -> dict[str, Any]:
    """An update exactly as Telegram sends it for a /start typed by a user."""
    sender = {"id": user["id"], "is_bot": False, "first_name": user["first_name"]}
    sender["language_code"] = "zh-hans"
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "from": sender,
            "chat": {"id": user["id"], "first_name": user["first_name"], "type": "private"},
            "date": int(time.time()),
            "text": text,
            "entities": [{"offset": 0, "length": 6, "type": "bot_command"}],
        },
    }


async def test_secret_header_json_update_health_and_metrics(sqlite_url: str) -> None:
    async with webhook_bot(sqlite_url, "s3cret-Token_1") as h:
        assert h.secret == "s3cret-Token_1"  # setWebhook carried the configured secret
        worker = h.sb.add_user("王师傅", language_code="zh-hans")
        # The update below comes straight from us, not through the sandbox: record that the
        # user opened the chat (as Telegram knows once they press Start).
        h.sb.chat(worker["id"]).started = True
        body = start_update(990_000_001, worker, f"/start {payload(h.site)}")
        async with h.http.post(h.url, json=body) as r:
            assert r.status == 403
        async with h.http.post(h.url, json=body, headers={SECRET_HEADER: "wrong"}) as r:
            assert r.status == 403
        await asyncio.sleep(0.3)
        assert h.sb.bot_messages(worker["id"]) == []  # nothing was processed

        async with h.http.post(h.url, json=body, headers={SECRET_HEADER: h.secret}) as r:
            assert r.status == 200
        greeting = await h.sb.wait_for_message(worker["id"], contains="发生了什么")
        assert h.site.name in greeting["text"]
        # Telegram retrying the same update has no second effect.
        async with h.http.post(h.url, json=body, headers={SECRET_HEADER: h.secret}) as r:
            assert r.status == 200

        async with h.http.get(f"{h.base}/healthz") as r:
            assert r.status == 200
            assert await r.text() == "ok"
        # 200 came at once; the redelivery is processed (and dropped) just after.
        for _ in range(100):
            metrics = await _metrics(h)
            if metrics.get("anxin_updates_duplicate_total") == 1:
                break
            await asyncio.sleep(0.05)
        assert metrics["anxin_updates_duplicate_total"] == 1, metrics
        assert metrics["anxin_updates_total"] >= 2  # plus the bot being added to the group
        assert metrics["anxin_leads_total"] == 0
        assert metrics["anxin_cases_total"] == 0
        assert "anxin_outbox_depth" in metrics
        # Every handled update is timed: the summary counts them.
        assert metrics["anxin_handler_latency_seconds_count"] >= 2
        assert any(k.startswith("anxin_send_errors_total{kind=") for k in metrics)
        assert len(h.sb.bot_messages(worker["id"])) == 1


async def test_sandbox_delivers_with_a_generated_secret_and_a_report_completes(
    sqlite_url: str,
) -> None:
    async with webhook_bot(sqlite_url, "") as h:
        assert h.secret and len(h.secret) >= 32  # generated at start, given to setWebhook
        worker = h.sb.add_user("王师傅", language_code="zh-hans")
        uid = worker["id"]
        h.sb.send_start(uid, payload(h.site))
        await h.sb.wait_for_message(uid, contains="发生了什么")
        h.sb.send_text(uid, "包工头欠我们三个月工资两万块")
        summary = await h.sb.wait_for_message(uid, contains="请核对")
        h.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        receipt = await h.sb.wait_for_message(uid, contains="线索编号")
        assert "QX-" in receipt["text"]
        assert h.sb.webhook_deliveries
        assert all(d["status"] == 200 for d in h.sb.webhook_deliveries)
        assert h.sb.stats["429_sent"] == 0
        metrics = await _metrics(h)
        assert metrics["anxin_leads_total"] == 1
        assert metrics["anxin_cases_total"] == 1
