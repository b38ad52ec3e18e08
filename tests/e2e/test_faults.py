"""Issue 8: Telegram misbehaves (429, 500, slow 504s on 20 % of calls) and the bot is
restarted mid-run; still every report is stored once, every worker gets their lead
number once, and every group shows one card per assignment.

40 workers (not 200) keep this under a minute; the load benchmark covers volume."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from typing import Any

from sqlalchemy import select

from bot.harness import Running, payload, start_bot
from cases.model import OutboxState
from storage import tables
from tests.e2e.world import World, world

WORKERS = 40
STEP_WAIT = 5.0  # a worker who sees no answer does what people do: tries again
FAULT_METHODS = (
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
)


def _has(w: World, uid: int, marker: str, after: int) -> dict[str, Any] | None:
    for m in reversed(w.sb.bot_messages(uid)):
        if m["message_id"] > after and marker in (m.get("text") or ""):
            return m
    return None


async def _until(w: World, uid: int, marker: str, after: int, seconds: float) -> Any:
    try:
        return await w.sb.wait_for(lambda: _has(w, uid, marker, after), timeout=seconds)
    except TimeoutError:
        return None


def _last_id(w: World, uid: int) -> int:
    msgs = w.sb.messages(uid)
    return msgs[-1]["message_id"] if msgs else 0


async def _worker(w: World, i: int, rng: random.Random) -> None:
    uid = w.worker(f"工友{i}")["id"]
    await asyncio.sleep(rng.uniform(0, 6))
    # 1. scan the sticker until greeted
    for _ in range(8):
        mark = _last_id(w, uid)
        w.sb.send_start(uid, payload(w.site))
        if await _until(w, uid, "发生了什么", mark, STEP_WAIT):
            break
    else:
        raise AssertionError(f"worker {i} was never greeted")
    await asyncio.sleep(rng.uniform(0.1, 0.5))
    # 2. describe until the summary comes (a repeat is folded into the description)
    summary = None
    for _ in range(8):
        mark = _last_id(w, uid)
        w.sb.send_text(uid, f"老板欠我们{i + 2}个人{i % 5 + 1}个月工资共{(i + 3) * 1000}元")
        summary = await _until(w, uid, "请核对", mark, STEP_WAIT)
        if summary:
            break
    assert summary, f"worker {i} never saw a summary"
    await asyncio.sleep(rng.uniform(0.1, 0.5))
    # 3. press Submit; press again only while the button is still there
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        current = w.sb.message(uid, summary["message_id"]) or {}
        buttons = str(current.get("reply_markup") or "")
        if "i:submit" in buttons:
            w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        if await _until(w, uid, "线索编号", 0, STEP_WAIT):
            return
    raise AssertionError(f"worker {i} never got a lead number")


async def test_random_faults_and_a_restart_lose_and_double_nothing(sqlite_url: str) -> None:
    async with world(sqlite_url, start=False) as w:
        w.sb.set_random_faults(
            rate=0.2,
            kinds=("429", "500", "timeout"),
            methods=FAULT_METHODS,
            seed=8,
            retry_after=1,
            delay=0.3,  # the "timeout" answers 504 after 0.3 s; PTB's read timeout is 5 s
        )
        bot: Running = await start_bot(w.settings)
        rng = random.Random(8)
        workers = asyncio.gather(*(_worker(w, i, rng) for i in range(WORKERS)))
        await asyncio.sleep(4)  # mid-run: some greeted, some describing, some submitting
        await bot.close()
        await asyncio.sleep(0.5)
        bot = await start_bot(w.settings)
        try:
            await asyncio.wait_for(workers, 120)

            # The outbox drains (cards may still be retrying after a fault).
            async def drained() -> bool:
                async with bot.services.store() as store:
                    rows = (await store.session.execute(select(tables.outbox.c.state))).all()
                return all(r[0] is not OutboxState.PENDING for r in rows)

            await w.sb.wait_for(drained, timeout=60)
            async with bot.services.store() as store:
                leads = (await store.session.execute(select(tables.leads.c.reporter_id))).all()
                assignments = (
                    await store.session.execute(
                        select(tables.assignments.c.id, tables.assignments.c.group_chat_id)
                    )
                ).all()
                dead = (
                    await store.session.execute(
                        select(tables.outbox.c.id).where(tables.outbox.c.state == OutboxState.DEAD)
                    )
                ).all()
        finally:
            await bot.close()
        assert w.sb.stats["faults_injected"] > 20
        assert not dead
        per_reporter = Counter(r[0] for r in leads)
        workers_ids = [u for u in w.sb.users if u not in (w.admin["id"], w.inspector["id"])]
        assert sorted(per_reporter) == sorted(workers_ids)
        assert set(per_reporter.values()) == {1}, per_reporter
        for uid in workers_ids:
            receipts = [m for m in w.sb.bot_messages(uid) if "线索编号" in (m.get("text") or "")]
            assert len(receipts) == 1, (uid, [m.get("text") for m in receipts])
        group = w.groups["labour"]
        cards = w.cards(group)
        numbers = Counter(
            next(word for word in (c.get("text") or "").split() if word.startswith("AJ-"))
            for c in cards
        )
        assert len(cards) == len([a for a in assignments if a[1] == group])
        assert set(numbers.values()) == {1}, numbers


async def test_the_rate_limiter_never_draws_a_429_from_enforced_limits() -> None:
    """A burst to many private chats and a few groups, through the bot's limiter, with the
    sandbox enforcing sliding windows (shortened here so the test is quick)."""
    from telegram.ext import ExtBot

    from bot.ratelimit import SlidingWindowRateLimiter
    from sandbox import Sandbox

    async with Sandbox(token="7000010:LIMIT", enforce_limits=True) as sb:
        sb.set_limits(private_count=3, private_window=0.6, group_count=5, group_window=1.0)
        users = [sb.add_user(f"工友{i}")["id"] for i in range(20)]
        for uid in users:
            sb.send_start(uid)
        groups = [sb.create_group(f"群{i}", members=[users[0]], add_bot=True) for i in range(2)]
        limiter = SlidingWindowRateLimiter(private=(3, 0.6), group=(5, 1.0), max_retries=0)
        bot = ExtBot("7000010:LIMIT", base_url=sb.base_url, rate_limiter=limiter)
        async with bot:
            started = time.monotonic()
            await asyncio.gather(
                *(bot.send_message(uid, f"第{n}条") for uid in users for n in range(5)),
                *(bot.send_message(g, f"卡片{n}") for g in groups for n in range(12)),
            )
            elapsed = time.monotonic() - started
        assert sb.stats["429_sent"] == 0
        assert limiter.retries == 0
        assert all(len(sb.bot_messages(uid)) == 5 for uid in users)
        # 124 messages at 30/s need at least 4 s; 12 per group at 5/s at least 2 s.
        assert elapsed >= 4.0
        assert elapsed < 8.0
