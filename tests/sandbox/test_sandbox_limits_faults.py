"""Rate-limit enforcement and fault injection (failed calls have no side effect)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from sandbox import Sandbox, SandboxError


async def test_limits_off_by_default(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    for i in range(10):
        await api.ok("sendMessage", chat_id=user["id"], text=str(i))
    assert sb.stats["429_sent"] == 0


async def test_private_chat_burst_limit(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    sb.set_limits(True)
    for i in range(3):
        await api.ok("sendMessage", chat_id=user["id"], text=str(i))
    n = len(sb.messages(user["id"]))
    status, body = await api.call("sendMessage", chat_id=user["id"], text="too fast")
    assert status == 429
    retry = body["parameters"]["retry_after"]
    assert isinstance(retry, int) and 1 <= retry <= 3
    assert body["description"] == f"Too Many Requests: retry after {retry}"
    assert len(sb.messages(user["id"])) == n
    # edits count too
    status, _ = await api.call("editMessageText", chat_id=user["id"], message_id=2, text="z")
    assert status == 429
    assert sb.stats["429_sent"] == 2
    # other chats are not affected by this chat's window
    other = sb.add_user("乙", started=True)
    await api.ok("sendMessage", chat_id=other["id"], text="ok")


async def test_group_and_global_limits(sb: Sandbox, api: Any) -> None:
    sb.set_limits(True, group_count=2, group_window=60, global_count=5, global_window=1)
    a = sb.add_user("甲", started=True)
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    await api.ok("sendMessage", chat_id=gid, text="1")
    await api.ok("sendMessage", chat_id=gid, text="2")
    status, body = await api.call("sendMessage", chat_id=gid, text="3")
    assert status == 429 and body["parameters"]["retry_after"] > 3
    users = [sb.add_user(f"u{i}", started=True) for i in range(4)]
    codes = [(await api.call("sendMessage", chat_id=u["id"], text="x"))[0] for u in users]
    assert codes == [200, 200, 200, 429]  # 5 sends in 1 s overall


@pytest.mark.parametrize(
    ("kind", "status", "description"),
    [
        ("429", 429, "Too Many Requests: retry after 2"),
        ("500", 500, "Internal Server Error"),
        ("502", 502, "Bad Gateway"),
        ("403_blocked", 403, "Forbidden: bot was blocked by the user"),
        ("400_chat_not_found", 400, "Bad Request: chat not found"),
    ],
)
async def test_injected_faults_have_no_side_effect(
    sb: Sandbox, api: Any, user: dict[str, Any], kind: str, status: int, description: str
) -> None:
    uid = user["id"]
    sb.inject_fault("sendMessage", chat_id=uid, kind=kind, count=2, retry_after=2)
    before = len(sb.messages(uid))
    for _ in range(2):
        got, body = await api.call("sendMessage", chat_id=uid, text="x")
        assert (got, body["description"]) == (status, description)
        if kind == "429":
            assert body["parameters"] == {"retry_after": 2}
    assert len(sb.messages(uid)) == before
    await api.ok("sendMessage", chat_id=uid, text="now ok")
    assert len(sb.messages(uid)) == before + 1
    assert sb.stats["faults_injected"] == 2


async def test_fault_targets_method_and_chat(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    other = sb.add_user("乙", started=True)
    sb.inject_fault("sendmessage", chat_id=other["id"], kind="500")
    await api.ok("sendMessage", chat_id=user["id"], text="unaffected")
    await api.ok("getMe")
    assert (await api.call("sendMessage", chat_id=other["id"], text="x"))[0] == 500
    with pytest.raises(SandboxError):
        sb.inject_fault("sendMessage", kind="bogus")


async def test_timeout_fault(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    sb.inject_fault("sendMessage", kind="timeout", delay=5)
    before = len(sb.messages(user["id"]))
    with pytest.raises(asyncio.TimeoutError):
        async with api.session.post(
            f"{api.url}/sendMessage",
            data={"chat_id": str(user["id"]), "text": "x"},
            timeout=aiohttp.ClientTimeout(total=0.5),
        ) as resp:
            await resp.read()
    assert len(sb.messages(user["id"])) == before


async def test_disconnect_fault(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    sb.inject_fault("sendMessage", kind="disconnect")
    with pytest.raises(aiohttp.ClientError):
        await api.call("sendMessage", chat_id=user["id"], text="x")
    await api.ok("sendMessage", chat_id=user["id"], text="y")
    assert [m["text"] for m in sb.bot_messages(user["id"])] == ["y"]


async def test_random_faults_are_seeded(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    async def run() -> list[int]:
        sb.set_random_faults(rate=0.5, kinds=["500", "429"], methods=["sendMessage"], seed=7)
        return [(await api.call("sendMessage", chat_id=user["id"], text="x"))[0] for _ in range(20)]

    first = await run()
    assert await run() == first
    assert {200, 500, 429} == set(first)
    assert len(sb.bot_messages(user["id"])) == 2 * first.count(200)
    await api.ok("getMe")
    sb.set_random_faults(rate=0)
    assert all(
        [(await api.call("sendMessage", chat_id=user["id"], text="x"))[0] == 200 for _ in range(5)]
    )
