"""Fixtures: a running sandbox on a free port and a raw HTTP client for the Bot API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from sandbox import Sandbox

TOKEN = "123456:TEST-token"


class Api:
    """Minimal raw Bot API client: ``await api.call("sendMessage", chat_id=1, text="x")``."""

    def __init__(self, session: aiohttp.ClientSession, root: str, token: str = TOKEN) -> None:
        self.session = session
        self.root = root
        self.token = token

    @property
    def url(self) -> str:
        return f"{self.root}/bot{self.token}"

    async def call(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        """POST as python-telegram-bot does: urlencoded form, non-strings JSON-encoded."""
        form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        async with self.session.post(f"{self.url}/{method}", data=form) as resp:
            return resp.status, await resp.json()

    async def ok(self, method: str, **params: Any) -> Any:
        status, body = await self.call(method, **params)
        assert status == 200 and body["ok"], body
        return body["result"]

    async def json(self, method: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        async with self.session.post(f"{self.url}/{method}", json=payload) as resp:
            return resp.status, await resp.json()

    async def error(self, method: str, **params: Any) -> tuple[int, str, dict[str, Any]]:
        status, body = await self.call(method, **params)
        assert body["ok"] is False and body["error_code"] == status, body
        return status, body["description"], body.get("parameters") or {}


@pytest.fixture
async def sb() -> AsyncIterator[Sandbox]:
    sandbox = Sandbox(token=TOKEN, bot_username="anxin_test_bot")
    await sandbox.start(host="127.0.0.1", port=0)
    try:
        yield sandbox
    finally:
        await sandbox.stop()


@pytest.fixture
async def api(sb: Sandbox) -> AsyncIterator[Api]:
    async with aiohttp.ClientSession() as session:
        yield Api(session, sb.api_root)


@pytest.fixture
def user(sb: Sandbox) -> dict[str, Any]:
    """A user who already talked to the bot."""
    u = sb.add_user(first_name="王师傅", language_code="zh-hans", username="wang")
    sb.send_start(u["id"])
    return u
