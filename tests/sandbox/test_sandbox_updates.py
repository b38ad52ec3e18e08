"""Updates: long polling, offsets, allowed_updates, webhooks, redelivery."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web

from sandbox import Sandbox


async def test_long_poll_wakes_immediately(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("张三")
    started = time.monotonic()
    poll = asyncio.create_task(api.ok("getUpdates", timeout=10))
    await asyncio.sleep(0.2)
    assert not poll.done()
    sb.send_text(u["id"], "老板拖欠工资")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 1.5
    assert len(updates) == 1
    msg = updates[0]["message"]
    assert msg["text"] == "老板拖欠工资" and msg["from"] == u and msg["chat"]["type"] == "private"


async def test_long_poll_times_out_empty(api: Any) -> None:
    started = time.monotonic()
    assert await api.ok("getUpdates", timeout=1) == []
    assert 0.9 < time.monotonic() - started < 2


async def test_offset_confirmation_and_limit(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("李四")
    for i in range(5):
        sb.send_text(u["id"], f"m{i}")
    first = await api.ok("getUpdates", limit=2)
    assert [x["message"]["text"] for x in first] == ["m0", "m1"]
    ids = [x["update_id"] for x in await api.ok("getUpdates")]
    assert ids == sorted(ids) and len(ids) == 5  # nothing confirmed yet
    rest = await api.ok("getUpdates", offset=ids[2])
    assert [x["message"]["text"] for x in rest] == ["m2", "m3", "m4"]
    assert [x["update_id"] for x in await api.ok("getUpdates", offset=ids[0])] == ids[
        2:
    ]  # forgotten
    assert await api.ok("getUpdates", offset=ids[-1] + 1) == []
    assert sb.pending_updates() == []


async def test_allowed_updates_filters(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("赵五")
    sb.send_text(u["id"], "hello")
    sb.block_bot(u["id"])
    got = await api.ok("getUpdates", allowed_updates=["my_chat_member"])
    assert [next(k for k in x if k != "update_id") for x in got] == ["my_chat_member"]


async def test_concurrent_poll_conflict(api: Any) -> None:
    first = asyncio.create_task(api.call("getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    second = asyncio.create_task(api.call("getUpdates", timeout=0))
    status, body = await asyncio.wait_for(first, 2)
    assert status == 409 and body["description"].startswith(
        "Conflict: terminated by other getUpdates request"
    )
    assert (await second)[0] == 200


async def test_redeliver_same_update(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("钱六")
    sb.send_text(u["id"], "一次")
    [upd] = await api.ok("getUpdates")
    assert await api.ok("getUpdates", offset=upd["update_id"] + 1) == []
    sb.redeliver(upd["update_id"])
    again = await api.ok("getUpdates", offset=upd["update_id"] + 1)
    assert again == [upd]
    assert await api.ok("getUpdates", offset=upd["update_id"] + 1) == []


async def test_webhook_delivery_with_secret(sb: Sandbox, api: Any) -> None:
    received: list[tuple[dict[str, Any], str | None]] = []
    fail_first = {"left": 1}

    async def hook(request: web.Request) -> web.Response:
        if fail_first["left"]:
            fail_first["left"] -= 1
            return web.Response(status=500)
        received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    sb.webhook_retry_delay = 0.05
    try:
        url = f"http://127.0.0.1:{port}/hook"
        status, body = await api.call("setWebhook", url=url, secret_token="s3cret-TOKEN")
        assert status == 200 and body == {
            "ok": True,
            "result": True,
            "description": "Webhook was set",
        }
        info = await api.ok("getWebhookInfo")
        assert info["url"] == url and info["has_custom_certificate"] is False
        status, body = await api.call("getUpdates")
        assert status == 409 and body["description"].startswith(
            "Conflict: can't use getUpdates method while webhook is active"
        )
        u = sb.add_user("孙七")
        sb.send_text(u["id"], "经 webhook")
        await sb.wait_for(lambda: received, timeout=5)
        update, secret = received[0]
        assert update["message"]["text"] == "经 webhook" and secret == "s3cret-TOKEN"
        assert [d["status"] for d in sb.webhook_deliveries] == [500, 200]  # retried
        assert await api.ok("deleteWebhook", drop_pending_updates=True) is True
        assert (await api.ok("getWebhookInfo"))["url"] == ""
        assert await api.ok("getUpdates") == []
    finally:
        await runner.cleanup()


async def test_drop_pending_updates(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("周八")
    sb.send_text(u["id"], "旧消息")
    assert await api.ok("deleteWebhook", drop_pending_updates="True") is True
    assert await api.ok("getUpdates") == []


async def test_negative_offset_and_persistent_allowed_updates(sb: Sandbox, api: Any) -> None:
    u = sb.add_user("吴九")
    for i in range(3):
        sb.send_text(u["id"], f"m{i}")
    last = await api.ok("getUpdates", offset=-1)
    assert [x["message"]["text"] for x in last] == ["m2"]
    await api.ok("getUpdates", offset=last[0]["update_id"] + 1, allowed_updates=["callback_query"])
    sb.send_text(u["id"], "ignored")  # not allowed any more: dropped
    assert await api.ok("getUpdates") == []
    await api.ok("getUpdates", allowed_updates=[])  # back to the default set
    sb.send_text(u["id"], "seen")
    assert [x["message"]["text"] for x in await api.ok("getUpdates")] == ["seen"]


async def test_webhook_failure_reported(sb: Sandbox, api: Any) -> None:
    sb.webhook_retries = 1
    sb.webhook_retry_delay = 0.01
    await api.ok("setWebhook", url="http://127.0.0.1:9/unreachable", max_connections=1)
    u = sb.add_user("郑十")
    sb.send_text(u["id"], "丢失")
    await sb.wait_for(lambda: sb.stats["webhook_dropped"] == 1, timeout=5)
    info = await api.ok("getWebhookInfo")
    assert info["last_error_message"].startswith("Connection failed")
    assert isinstance(info["last_error_date"], int) and info["pending_update_count"] == 0
    assert len(sb.webhook_deliveries) == 2
