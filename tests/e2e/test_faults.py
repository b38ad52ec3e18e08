"""Issue 8: Telegram misbehaves (429, 500, slow 504s on 20 % of calls) and the bot is
restarted mid-run; still every report is stored once, every worker gets their lead
number once, and every group shows one card per assignment.

40 workers (not 200) keep this under a minute; the load benchmark covers volume."""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.harness import Running, add_site, payload, start_bot
from cases.model import OutboxState, Site
from sandbox import Sandbox
from storage import tables
from storage.db import make_engine
from tests.e2e.test_restart import _spawn
from tests.e2e.world import World, world

WORKERS = 40
STEP_WAIT = 5.0  # a worker who sees no answer does what people do: tries again
GONE_AFTER = 15.0  # s without the Submit button and without a lead number
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


async def _worker(
    w: World,
    i: int,
    rng: random.Random,
    *,
    site: Site | None = None,
    spread: float = 6.0,
    patience: float = 45.0,
    gone: Callable[[int, int], Awaitable[None]] | None = None,
) -> None:
    """One worker's report. With ``gone``, a worker whose Submit button has been gone for
    GONE_AFTER s with no lead number yet stops waiting: ``gone(chat, summary)`` notes it,
    and the test judges once the outbox has drained."""
    uid = w.worker(f"工友{i}")["id"]
    await asyncio.sleep(rng.uniform(0, spread))
    # 1. scan the sticker until greeted
    for _ in range(8):
        mark = _last_id(w, uid)
        w.sb.send_start(uid, payload(site or w.site))
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
    deadline = time.monotonic() + patience
    gone_since: float | None = None
    while time.monotonic() < deadline:
        current = w.sb.message(uid, summary["message_id"]) or {}
        buttons = str(current.get("reply_markup") or "")
        if "i:submit" in buttons:
            gone_since = None
            w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        elif gone_since is None:
            gone_since = time.monotonic()
        elif gone is not None and time.monotonic() - gone_since > GONE_AFTER:
            await gone(uid, summary["message_id"])
            return
        if await _until(w, uid, "线索编号", 0, STEP_WAIT):
            return
    said = [(m["message_id"], (m.get("text") or "")[:30]) for m in w.sb.bot_messages(uid)]
    raise AssertionError(f"worker {i} (chat {uid}) never got a lead number; bot said {said}")


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


# -- kill -9 during 200 reports ---------------------------------------------------------
#
# The bot runs as its own process (`anxin run`, as an operator runs it) and is killed
# with SIGKILL at 2-3 random moments. Telegram's Bot API has no idempotency key: a
# message Telegram accepted in the instant the process died, before its outbox row was
# marked sent, is sent again after the restart. That one case is told apart from the
# sandbox's own clock: the first copy was accepted at most IN_FLIGHT before a kill (or
# after it: a request the dead process had already written), and the database holds the
# later copy. Anything else sent twice fails the test.

KILL_WORKERS = 200
SITES = 4  # so the group holds several cards, not one
KILL_SEED = int(os.environ.get("ANXIN_FAULT_SEED", "8"))  # other seeds: by hand
# From the sandbox accepting a send to its outbox mark committing (the shared SQLite
# connection, then one grouped UPDATE) took p50 8 ms, p99 75 ms, max 0.2 s under this
# load with bot and sandbox in one process (measured 2026-11-22 on this 2-core machine).
IN_FLIGHT = 0.25


def _tap(sb: Sandbox, method: str) -> dict[tuple[int, int], float]:
    """When the sandbox first carried out ``method`` on each message: (chat, message id)
    -> wall time, taken in the sandbox's own handler, after the message changed."""
    done: dict[tuple[int, int], float] = {}
    handler = sb._methods[method.lower()]

    def tapped(params: dict[str, Any], files: dict[str, Any]) -> Any:
        result = handler(params, files)
        if isinstance(result, dict):
            done.setdefault((result["chat"]["id"], result["message_id"]), time.time())
        return result

    sb._methods[method.lower()] = tapped
    return done


def _kill_moments(rng: random.Random) -> list[float]:
    """2-3 moments (seconds after the start) at least 4 s apart, while reports flow."""
    while True:
        moments = sorted(rng.uniform(2.0, 24.0) for _ in range(rng.choice((2, 3))))
        if all(b - a >= 4.0 for a, b in itertools.pairwise(moments)):
            return moments


async def _rows(db_url: str, query: Any) -> list[Any]:
    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            return list((await conn.execute(query)).all())
    finally:
        await engine.dispose()


@pytest.mark.timeout(300)  # typically 40-55 s; the rest is room for the backoff above
async def test_kill_9_during_200_reports_stores_each_once_and_resends_only_in_flight(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sandbox enforces no limits here (the limiter has tests of its own): without the
    # bot's limiter the 200 reports flow at the bot's own pace, with more in flight at each
    # kill, and the run leaves room for the sender's backoff after repeated 5xx.
    monkeypatch.setenv("ANXIN_RATE_LIMIT", "false")
    rng = random.Random(KILL_SEED)
    async with world(sqlite_url, start=False) as w:
        w.sb.set_random_faults(
            rate=0.2,
            kinds=("429", "500", "timeout"),
            methods=FAULT_METHODS,
            seed=KILL_SEED,
            retry_after=1,
            delay=0.3,
        )
        sent = _tap(w.sb, "sendMessage")
        sites = [w.site] + [
            await add_site(w.settings, f"白云区永泰村{n}号地块", "白云区", street="永平街")
            for n in range(1, SITES)
        ]
        kills: list[tuple[float, float]] = []  # (killed at, restarted at), wall clock
        stranded: dict[int, int] = {}  # worker chat -> summary whose Submit went unanswered
        proc = await _spawn(w.sb, sqlite_url, tmp_path)
        started, wall_started = time.monotonic(), time.time()

        async def killer() -> None:
            nonlocal proc
            for at in _kill_moments(rng):
                await asyncio.sleep(max(0.0, started + at - time.monotonic()))
                killed = time.time()
                proc.kill()  # SIGKILL: no shutdown, no flush, no last mark
                await proc.wait()
                await asyncio.sleep(rng.uniform(0.0, 0.5))
                kills.append((killed, time.time()))
                proc = await _spawn(w.sb, sqlite_url, tmp_path)

        async def gone(uid: int, summary_id: int) -> None:
            lead = await _rows(
                sqlite_url, select(tables.leads.c.id).where(tables.leads.c.reporter_id == uid)
            )
            if not lead:
                stranded[uid] = summary_id
            # else stored: its lead number is in the outbox, retried with backoff

        try:
            await asyncio.wait_for(
                asyncio.gather(
                    killer(),
                    *(
                        _worker(
                            w, i, rng, site=sites[i % SITES], spread=12.0, patience=75, gone=gone
                        )
                        for i in range(KILL_WORKERS)
                    ),
                ),
                150,
            )
            reported = time.monotonic() - started
            o = tables.outbox.c

            async def drained() -> bool:
                return not await _rows(
                    sqlite_url, select(o.id).where(o.state == OutboxState.PENDING)
                )

            # Rarely a row meets 5xx five times running: the sender's backoff (2 s doubling,
            # at most 60 s) then holds it for a minute or two; most runs drain at once.
            await w.sb.wait_for(drained, timeout=150)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        elapsed = time.monotonic() - started

        leads = await _rows(sqlite_url, select(tables.leads.c.reporter_id, tables.leads.c.number))
        outbox = await _rows(sqlite_url, select(o.chat_id, o.message_id, o.state))
        a, c = tables.assignments.c, tables.cases_table.c
        assignments = await _rows(
            sqlite_url,
            select(a.group_chat_id, a.card_message_id, c.number).join(
                tables.cases_table, c.id == a.case_id
            ),
        )

    assert len(kills) >= 2
    assert w.sb.stats["faults_injected"] > 100
    assert not [r for r in outbox if r.state is OutboxState.DEAD]
    # No Submit press is lost to a kill: the lead is stored before the button goes, and
    # pressing again finds the same draft's lead instead of storing a second one.
    assert not stranded, f"no lead and no Submit button left for workers {sorted(stranded)}"

    def at_a_kill(at: float, window: float) -> float | None:
        """How long before a kill ``at`` was, if within ``window`` of it (or after the
        kill, before the restart: a request the dead process had already written)."""
        for killed, restarted in kills:
            if killed - window <= at < restarted:
                return killed - at
        return None

    # Every report stored exactly once.
    workers_ids = [u for u in w.sb.users if u not in (w.admin["id"], w.inspector["id"])]
    per_reporter = Counter(r.reporter_id for r in leads)
    assert set(per_reporter.values()) == {1}, per_reporter
    assert sorted(per_reporter) == sorted(set(workers_ids))
    number_of = {r.reporter_id: r.number for r in leads}

    recorded = {(r.chat_id, r.message_id) for r in outbox if r.message_id is not None}
    doubled: list[tuple[str, float]] = []  # (what, seconds its first copy came before a kill)

    def extra(what: str, chat_id: int, message_id: int) -> None:
        """A copy the database does not hold: it must have been in flight at a kill."""
        before = at_a_kill(sent[(chat_id, message_id)], IN_FLIGHT)
        assert before is not None, (
            f"{what}: message {message_id} in chat {chat_id} was sent twice, and its first "
            f"copy was not in flight at a kill (accepted {sent[(chat_id, message_id)]:.3f}, "
            f"kills {kills})"
        )
        doubled.append((what, before))

    # Every worker got their lead number; a second copy only if in flight at a kill.
    for uid in workers_ids:
        receipts = [m for m in w.sb.bot_messages(uid) if number_of[uid] in (m.get("text") or "")]
        kept = [m for m in receipts if (uid, m["message_id"]) in recorded]
        assert len(kept) == 1, (uid, [m.get("text") for m in receipts])
        for m in receipts:
            if m is not kept[0]:
                extra(f"receipt to {uid}", uid, m["message_id"])

    # Every group shows one card per assignment; a second only if in flight at a kill.
    group = w.groups["labour"]
    cards = w.cards(group)
    mine = [r for r in assignments if r.group_chat_id == group]
    assert len(mine) >= 2
    for r in mine:
        copies = [m["message_id"] for m in cards if f"案件 {r.number}" in (m.get("text") or "")]
        assert r.card_message_id in copies, (r, copies)
        for message_id in copies:
            if message_id != r.card_message_id:
                extra(f"card {r.number}", group, message_id)
    assert len(cards) == len(mine) + sum(what.startswith("card") for what, _ in doubled)

    print(
        f"\nseed {KILL_SEED}: {KILL_WORKERS} reports in {reported:.1f} s, drained at "
        f"{elapsed:.1f} s; kills at "
        + ", ".join(f"{k - wall_started:.1f}" for k, _ in kills)
        + f" s; {w.sb.stats['faults_injected']} faults; {len(mine)} cards; {len(sent)} sends; "
        f"{len(doubled)} sent twice (in flight at a kill)"
        + "".join(f"; {what} {gap * 1000:.0f} ms before" for what, gap in doubled)
    )
