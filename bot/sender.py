"""The outbox sender: delivers committed messages to Telegram, once each.

Rows are written by the case service in the same transaction as the change that
caused them; this loop sends them afterwards, in priority order, one chat at a time
in order and many chats in parallel, through python-telegram-bot's rate limiter.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.concurrency import GroupCommit
from bot.ratelimit import retry_seconds
from cases.model import (
    OPEN_STATES,
    Event,
    EventKind,
    OutboxKind,
    OutboxMessage,
    OutboxState,
)
from cases.service import queue_card_refresh
from handlers import render
from handlers.common import edit_text, send_text
from storage.store import CARDS_COALESCED, SqlStore, unit_of_work

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
PARALLEL_CHATS = 48


class Metrics:
    """Counters shown on /metrics (Prometheus text)."""

    def __init__(self) -> None:
        self.counters: dict[str, float] = defaultdict(float)
        self.latencies: deque[float] = deque(maxlen=10_000)  # handler seconds, newest last

    def observe(self, seconds: float) -> None:
        self.latencies.append(seconds)

    def inc(self, name: str, value: float = 1) -> None:
        self.counters[name] += value


class OutboxSender:
    def __init__(
        self,
        bot: Bot,
        sessions: async_sessionmaker[AsyncSession],
        tz: ZoneInfo,
        metrics: Metrics | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.bot = bot
        self.sessions = sessions
        self.tz = tz
        self.metrics = metrics or Metrics()
        self.clock = clock
        self._stopping = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # What each card row showed when it went out, to catch changes made while it was
        # in flight (they found the row still pending and relied on it).
        self._rendered: dict[int, str] = {}
        # Cards whose pending row absorbed a change (has_pending notes them in the set the
        # session factory shares); without that set, every card is rendered again.
        self._coalesced: set[int] | None = sessions.kw.get("info", {}).get(CARDS_COALESCED)
        # Messages delivered meanwhile are marked sent together, one transaction a run.
        self._mark_sent: GroupCommit[tuple[OutboxMessage, int | None], None] = GroupCommit(
            self._write_sent
        )

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def stop(self, grace: float = 10.0) -> None:
        """Finish the messages already in flight, so each is marked sent and none is
        sent again after a restart; cancel only if that takes longer than ``grace``."""
        if self._task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout=grace)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    async def _run(self) -> None:
        while not self._stopping:
            try:
                sent = await self.drain_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox drain failed; retrying")
                sent = 0
            if sent or self._stopping:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=1.0)

    async def drain_once(self) -> int:
        """Send every due row once; returns how many rows were handled."""
        async with self.sessions() as session:
            due = await SqlStore(session).outbox_due(self.clock())
            session.expunge_all()
        if not due:
            return 0
        by_chat: dict[int, list[OutboxMessage]] = defaultdict(list)
        for row in due:
            by_chat[row.chat_id].append(row)
        gate = asyncio.Semaphore(PARALLEL_CHATS)

        async def one_chat(rows: list[OutboxMessage]) -> None:
            async with gate:
                for row in rows:
                    if self._stopping:
                        return  # left pending: the next start sends it
                    await self._deliver(row)

        await asyncio.gather(*(one_chat(rows) for rows in by_chat.values()))
        return len(due)

    async def _deliver(self, row: OutboxMessage) -> None:
        chat_id = row.chat_id
        try:
            message_id = await self._send(row, chat_id)
        except ChatMigrated as exc:
            self._rendered.pop(row.id or 0, None)
            new_id = int(exc.new_chat_id)
            async with unit_of_work(self.sessions) as store:
                await store.migrate_group(chat_id, new_id)
            self.metrics.inc('send_errors_total{kind="migrated"}')
            return  # the row now points to the new chat; the next drain sends it
        except Forbidden as exc:
            self._rendered.pop(row.id or 0, None)
            self.metrics.inc('send_errors_total{kind="forbidden"}')
            await self._refused(row, str(exc))
            return
        except RetryAfter as exc:
            self.metrics.inc('send_errors_total{kind="retry_after"}')
            await self._later(row, str(exc), retry_seconds(exc), count_attempt=False)
            return
        except (TimedOut, NetworkError) as exc:
            if isinstance(exc, BadRequest):
                self.metrics.inc('send_errors_total{kind="bad_request"}')
                await self._dead(row, str(exc))
                return
            self.metrics.inc('send_errors_total{kind="network"}')
            await self._later(row, str(exc), min(60.0, 2.0 ** (row.attempts + 1)))
            return
        await self._mark_sent((row, message_id))
        self.metrics.inc("messages_sent_total")
        shown = self._rendered.pop(row.id or 0, None)
        if row.kind is OutboxKind.CARD and shown is not None:
            assignment_id = int(row.payload["assignment_id"])
            if self._coalesced is None or assignment_id in self._coalesced:
                await self._catch_up(assignment_id, shown)

    async def _write_sent(self, delivered: list[tuple[OutboxMessage, int | None]]) -> None:
        cards = [
            (int(row.payload["assignment_id"]), message_id)
            for row, message_id in delivered
            if row.kind is OutboxKind.CARD and message_id is not None
        ]
        async with unit_of_work(self.sessions) as store:
            await store.mark_sent(
                [(row.id or 0, message_id) for row, message_id in delivered], cards, self.clock()
            )

    async def _catch_up(self, assignment_id: int, shown: str) -> None:
        """A change committed while this card was being sent saw its row still pending and
        queued no refresh of its own: render again, and queue one if the card is now stale."""
        view = await self._card_view(assignment_id)
        if view is None or _fingerprint(*render.card(view, self.tz)) == shown:
            return
        async with unit_of_work(self.sessions) as store:
            a = await store.assignment(assignment_id)
            if a is not None:
                await queue_card_refresh(store, a, self.clock())
        self.wake()

    async def _send(self, row: OutboxMessage, chat_id: int) -> int | None:
        if row.kind is OutboxKind.TEXT:
            text, markup = render.outbox_text(row.payload)
            return await send_text(self.bot, chat_id, text, markup)
        if row.kind is OutboxKind.COPY:
            p = row.payload
            reply = (
                {"reply_to_message_id": p["reply_to"], "allow_sending_without_reply": True}
                if p.get("reply_to")
                else {}
            )
            sender = {
                "photo": self.bot.send_photo,
                "document": self.bot.send_document,
                "voice": self.bot.send_voice,
            }.get(p.get("kind", "document"), self.bot.send_document)
            msg = await sender(chat_id, p["file_id"], caption=p.get("caption"), **reply)  # type: ignore[operator]
            return int(msg.message_id)
        return await self._send_card(row, chat_id)

    async def _send_card(self, row: OutboxMessage, chat_id: int) -> int | None:
        assignment_id = int(row.payload["assignment_id"])
        if self._coalesced is not None:
            self._coalesced.discard(assignment_id)  # what came before is rendered now
        view = await self._card_view(assignment_id)
        if view is None:
            return None
        text, markup = render.card(view, self.tz)
        self._rendered[row.id or 0] = _fingerprint(text, markup)
        existing = view.assignment.card_message_id
        if existing is not None:
            try:
                await edit_text(self.bot, chat_id, existing, text, markup)
                return existing
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return existing
                if "not found" not in str(exc).lower():
                    raise
                # The card was deleted in the group: post it again so the case stays visible.
        return await send_text(self.bot, chat_id, text, markup)

    async def _card_view(self, assignment_id: int) -> render.CardView | None:
        async with self.sessions() as session:
            parts = await SqlStore(session).card_parts(assignment_id)
            session.expunge_all()
        if parts is None:
            return None
        a, case, site, leads, evidence, blocked = parts
        phones = list(dict.fromkeys(lead.phone for lead in leads if lead.phone))
        return render.CardView(a, case, site, leads, evidence, phones, blocked)

    async def _refused(self, row: OutboxMessage, error: str) -> None:
        """403: blocked by the worker or removed from the group. Recorded, never retried."""
        now = self.clock()
        async with unit_of_work(self.sessions) as store:
            fresh = await store.session.get(OutboxMessage, row.id)
            if fresh is not None:
                fresh.state = OutboxState.DEAD
                fresh.error = error[:500]
            if row.chat_id > 0:
                reporter = await store.reporter(row.chat_id)
                if reporter is None:
                    # An admin who never started the bot, say: loud in the log, not lost.
                    log.warning("chat %s refused outbox row %s: %s", row.chat_id, row.id, error)
                if reporter is not None and reporter.blocked_at is None:
                    reporter.blocked_at = now
                    for lead in await store.leads_of_reporter(row.chat_id, limit=50):
                        case = await store.case(lead.case_id) if lead.case_id else None
                        if case is None or case.state not in OPEN_STATES:
                            continue
                        store.add(
                            Event(
                                case.id or 0,
                                EventKind.UNDELIVERABLE,
                                now,
                                "system",
                                {"user_id": row.chat_id},
                            )
                        )
                        for a in await store.assignments_of_case(case.id or 0):
                            await queue_card_refresh(store, a, now)
            else:
                group = await store.group(row.chat_id)
                if group is not None:
                    group.active = False
        self.wake()

    async def _later(
        self, row: OutboxMessage, error: str, delay: float, count_attempt: bool = True
    ) -> None:
        async with unit_of_work(self.sessions) as store:
            fresh = await store.session.get(OutboxMessage, row.id)
            if fresh is None:
                return
            if count_attempt:
                fresh.attempts += 1
            fresh.error = error[:500]
            if fresh.attempts >= MAX_ATTEMPTS:
                fresh.state = OutboxState.DEAD
            else:
                fresh.not_before = self.clock() + timedelta(seconds=delay)

    async def _dead(self, row: OutboxMessage, error: str) -> None:
        log.warning("outbox row %s refused: %s", row.id, error)
        async with unit_of_work(self.sessions) as store:
            fresh = await store.session.get(OutboxMessage, row.id)
            if fresh is not None:
                fresh.state = OutboxState.DEAD
                fresh.error = error[:500]


def _fingerprint(text: str, markup: Any) -> str:
    return text + "\n" + repr(markup.to_dict() if markup is not None else None)
