"""Flood control that keeps the bot under Telegram's limits instead of reacting to 429s.

PTB's ``AIORateLimiter`` is a leaky bucket: after a full burst it refills continuously,
so a sliding-window server (Telegram, the sandbox) can still see 31 messages in one
second or 21 in one minute for a group, and it has no per-private-chat limit at all.
This limiter keeps a sliding log per window instead:

* 30 messages per second for the whole bot,
* 20 messages per minute per group,
* 3 messages per 3 seconds per private chat (about one a second with a small burst),

and it holds a slot "in flight" from the moment a request leaves until its answer
arrives, then dates the slot at the answer. The server saw the request somewhere in
between, so the window is never undercounted however slow the network or the event
loop is. Only calls that send or edit a message are counted (as Telegram does);
everything else passes straight through. A 429 that still arrives is honoured: the
chat waits ``retry_after`` and the call is retried up to ``max_retries`` times.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]

COUNTED_ENDPOINTS = frozenset(
    m.lower()
    for m in (
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendVoice",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendContact",
        "sendMediaGroup",
        "sendPoll",
        "sendDice",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "editMessageMedia",
    )
)

_IN_FLIGHT = math.inf


class Window:
    """At most ``count`` calls in any ``period`` seconds (a sliding log of slots)."""

    __slots__ = ("blocked_until", "count", "period", "slots")

    def __init__(self, count: int, period: float) -> None:
        self.count = count
        self.period = period
        self.slots: list[float] = []  # completion time, or inf while the call is in flight
        self.blocked_until = 0.0

    def wait(self, now: float) -> float:
        """Seconds until a slot is free (inf: only a completion can free one)."""
        horizon = now - self.period
        if (self.slots and self.slots[0] <= horizon) or len(self.slots) >= self.count:
            self.slots = [s for s in self.slots if s > horizon]
        blocked = max(0.0, self.blocked_until - now)
        if len(self.slots) < self.count:
            return blocked
        return max(blocked, min(self.slots) - horizon)

    def idle(self, now: float) -> bool:
        return self.wait(now) == 0.0 and not self.slots

    def take(self) -> int:
        self.slots.append(_IN_FLIGHT)
        return len(self.slots) - 1

    def done(self, now: float) -> None:
        """The oldest in-flight slot completes now (which one does not matter)."""
        for i, s in enumerate(self.slots):
            if s == _IN_FLIGHT:
                self.slots[i] = now
                return


class _Chat:
    __slots__ = ("lock", "window")

    def __init__(self, window: Window) -> None:
        self.lock = asyncio.Lock()
        self.window = window


class SlidingWindowRateLimiter(BaseRateLimiter[int]):
    """Drop-in for ``AIORateLimiter``: ``ApplicationBuilder().rate_limiter(...)``.

    ``rate_limit_args`` (per call) overrides ``max_retries``.
    """

    def __init__(
        self,
        *,
        overall: tuple[int, float] = (30, 1.0),
        group: tuple[int, float] = (20, 60.0),
        private: tuple[int, float] = (3, 3.0),
        max_retries: int = 3,
        margin: float = 0.01,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.overall = overall
        self.group = group
        self.private = private
        self.max_retries = max_retries
        self.margin = margin
        self.clock = clock
        self._global = Window(overall[0], overall[1] + margin)
        self._global_lock = asyncio.Lock()
        self._chats: dict[int | str, _Chat] = {}
        self._changed = asyncio.Event()
        self.retries = 0  # 429s seen and retried (observable in tests and benchmarks)
        self.waits = 0  # calls that had to wait for a window

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    # -- windows ----------------------------------------------------------------

    def _chat(self, chat_id: int | str) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            if len(self._chats) > 4096:
                now = self.clock()
                for key, c in list(self._chats.items()):
                    if not c.lock.locked() and c.window.idle(now):
                        del self._chats[key]
            is_group = isinstance(chat_id, str) or chat_id < 0
            count, period = self.group if is_group else self.private
            chat = self._chats[chat_id] = _Chat(Window(count, period + self.margin))
        return chat

    async def _wait_for(self, window: Window) -> None:
        while True:
            wait = window.wait(self.clock())
            if wait <= 0:
                return
            self.waits += 1
            changed = self._changed
            if math.isinf(wait):
                await changed.wait()
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), wait)

    def _completed(self, *windows: Window) -> None:
        now = self.clock()
        for w in windows:
            w.done(now)
        # Only completions can free an in-flight-full window: wake those waiters.
        self._changed.set()
        self._changed = asyncio.Event()

    async def _acquire(self, chat: _Chat) -> None:
        async with chat.lock:  # FIFO per chat
            await self._wait_for(chat.window)
            async with self._global_lock:  # FIFO across chats
                await self._wait_for(self._global)
                # No await between the checks above and here, but another call for this
                # chat cannot have slipped in: it waits on chat.lock.
                chat.window.take()
                self._global.take()

    # -- BaseRateLimiter ------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        max_retries = self.max_retries if rate_limit_args is None else rate_limit_args
        raw = data.get("chat_id")
        chat_id: int | str | None = None
        if raw is not None:
            try:
                chat_id = int(raw)
            except (TypeError, ValueError):
                chat_id = str(raw)
        counted = chat_id is not None and endpoint.lower() in COUNTED_ENDPOINTS
        for attempt in range(max_retries + 1):
            chat = self._chat(chat_id) if counted and chat_id is not None else None
            if chat is not None:
                await self._acquire(chat)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt >= max_retries:
                    log.warning("429 after %d retries on %s to %s", attempt, endpoint, chat_id)
                    raise
                self.retries += 1
                seconds = retry_seconds(exc)
                if chat is not None:
                    chat.window.blocked_until = self.clock() + seconds + 0.1
                    continue
                await asyncio.sleep(seconds + 0.1)
            finally:
                if chat is not None:
                    self._completed(chat.window, self._global)
        raise AssertionError("unreachable")  # pragma: no cover


def retry_seconds(exc: RetryAfter) -> float:
    """How long Telegram asked to wait: a timedelta since the bot opts into PTB_TIMEDELTA
    (bot/__init__.py), a number of seconds otherwise."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
