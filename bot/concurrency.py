"""Updates of different chats run in parallel; updates of one chat run in order."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from telegram import Update
from telegram.ext import BaseUpdateProcessor

T = TypeVar("T")
R = TypeVar("R")


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(
        self, max_concurrent_updates: int = 256, observe: Callable[[float], None] | None = None
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._observe = observe
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await self._timed(coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await self._timed(coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                # Forget idle chats so the table does not grow with every worker ever seen.
                del self._waiting[key]
                self._locks.pop(key, None)

    async def _timed(self, coroutine: Awaitable[Any]) -> None:
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            if self._observe is not None:
                self._observe(time.perf_counter() - started)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _chat_key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


class GroupCommit(Generic[T, R]):
    """Callers arriving while one run is in progress are served together by the next run.

    Under a burst, hundreds of updates each needing "write this down before going on"
    cost one transaction per run instead of one each; a lone caller waits for nothing.
    Every caller gets the run's whole result (or its exception).
    """

    def __init__(self, run: Callable[[list[T]], Awaitable[R]]) -> None:
        self._run = run
        self._lock = asyncio.Lock()
        self._items: list[T] = []
        self._next: asyncio.Future[R] | None = None

    async def __call__(self, item: T) -> R:
        self._items.append(item)
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().create_task(self._run_next(self._next))
        return await asyncio.shield(self._next)

    async def _run_next(self, done: asyncio.Future[R]) -> None:
        async with self._lock:
            # From here on, new callers start the next run.
            items, self._items, self._next = self._items, [], None
            try:
                result = await self._run(items)
            except Exception as exc:
                done.set_exception(exc)
            else:
                done.set_result(result)
