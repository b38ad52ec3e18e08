"""SQLite called on the event loop's own thread, behind aiosqlite's interface.

aiosqlite runs every call (cursor, execute, fetch, close: three or four a statement) on
a worker thread and wakes the loop for each answer. On a local database those calls
take microseconds, and the hand-offs cost more than the work: in the load benchmark a
third of the bot's CPU. Here each call runs where it is awaited. The bot holds one
connection (see ``storage.db``), so calls never overlap.

A lock held by another process (the admin command line writing) is not waited for
inside SQLite, which would stop the whole loop: the connection's busy timeout is 0,
and a call refused with SQLITE_BUSY is tried again after an asynchronous sleep, for as
long as the busy timeout configured for the engine. Only plain SQLITE_BUSY is retried,
the case in which SQLite itself would have waited and retried.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy.engine import make_url

SQLITE_BUSY = 5


class _RunAtOnce:
    """Stands in for the queue to aiosqlite's worker thread (which some callers, such
    as SQLAlchemy's isolation-level setter, use directly): runs each call at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:
            if future is not None and not future.done():
                future.set_exception(exc)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection without the worker thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], busy_seconds: float) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunAtOnce()  # type: ignore[assignment]
        self._busy_seconds = busy_seconds

    def __await__(self) -> Any:
        return self._connect().__await__()  # no thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        deadline: float | None = None
        delay = 0.001
        while True:
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", None) != SQLITE_BUSY:
                    raise
                now = time.monotonic()
                deadline = deadline if deadline is not None else now + self._busy_seconds
                if now >= deadline:
                    raise
                await asyncio.sleep(min(delay, deadline - now))
                delay = min(delay * 2, 0.05)


def inline_creator(url: str, busy_seconds: float) -> Callable[[], Awaitable[InlineConnection]]:
    """``create_async_engine``'s ``async_creator`` for a SQLite URL: the connection's
    arguments as SQLAlchemy's aiosqlite dialect would give them, busy timeout 0."""
    parsed = make_url(url)
    args, kwargs = parsed.get_dialect()().create_connect_args(parsed)
    kwargs["timeout"] = 0

    async def create() -> InlineConnection:
        return await InlineConnection(partial(sqlite3.connect, *args, **kwargs), busy_seconds)

    return create
