"""Load: N simulated workers each complete a full report against the real bot.

    python -m bench.load --workers 1000 --sites 50 --limits on --arrival-seconds 10 --json
        [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test] [--typing-ms 400]
        [--bot-process]

The offline sandbox (rate limits enforced or not) and the real bot run in this process
(or, with ``--bot-process``, the bot as ``anxin run`` in its own process, as deployed),
meeting over HTTP on 127.0.0.1 as the bot meets Telegram. M sites are registered, one
district each with its own labour group. Workers arrive uniformly over
``--arrival-seconds``; each scans (``/start <payload>``), describes the problem, presses
Submit and waits for the lead number, with lognormal "typing" pauses between steps.

Printed (one JSON object with ``--json``):

* ``completed``, ``reports_per_s`` (completed / time from the first arrival to the last
  receipt), ``p50_ms``/``p95_ms``/``p99_ms`` (each worker action → the bot's answer:
  greeting, summary, receipt), ``receipt_p99_ms``;
* ``sends_per_report``: Bot API calls that send or edit a message, per completed report;
* ``http_429``: 429 answers the sandbox gave;
* ``drain_ratio``: (first to last message sent) / (the least the limits allow for exactly
  those messages: 30/s overall, 20/min per group, 3 per 3 s per private chat); null
  with limits off.

With limits off the bot runs without its rate limiter (Telegram would never allow the
rates measured, this measures the bot's own capacity).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import eventloop
from bot.harness import add_site, bind_group, payload, running_bot
from bot.settings import Settings, load_settings
from cases.model import Department, Site
from sandbox import Sandbox
from sandbox.limits import RateLimits

TOKEN = "7000009:LOAD-anxin"
SEND_METHODS = frozenset(
    {
        "sendmessage",
        "editmessagetext",
        "editmessagereplymarkup",
        "sendphoto",
        "senddocument",
        "copymessage",
    }
)
GREETING, SUMMARY, RECEIPT = "发生了什么", "请核对", "线索编号"
EMPLOYERS = ["张建国", "李老板", "王包工头", "刘经理", "陈工头", "赵老板", "周包工头", "吴老板"]
TRADES = ["钢筋班组", "木工班组", "泥水班组", "水电班组", "架子工", "杂工"]


class LoadSandbox(Sandbox):
    """The sandbox plus one future per awaited bot message (no polling by 1,000 workers)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._expect: dict[int, list[tuple[str, asyncio.Future[float]]]] = {}

    def expect(self, chat_id: int, marker: str) -> asyncio.Future[float]:
        fut: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._expect.setdefault(chat_id, []).append((marker, fut))
        return fut

    def _seen(self, chat_id: int, msg: dict[str, Any]) -> None:
        waiting = self._expect.get(chat_id)
        if not waiting:
            return
        body = msg.get("text") or msg.get("caption") or ""
        now = time.perf_counter()
        for item in list(waiting):
            marker, fut = item
            if marker in body:
                waiting.remove(item)
                if not fut.done():
                    fut.set_result(now)

    def _store_message(self, chat: Any, sender: Any, content: Any, **kwargs: Any) -> Any:
        msg = super()._store_message(chat, sender, content, **kwargs)
        if kwargs.get("from_bot") and chat.type == "private":
            self._seen(chat.id, msg)
        return msg

    def _replace_message(self, chat: Any, new: Any) -> Any:
        msg = super()._replace_message(chat, new)
        if chat.type == "private":
            self._seen(chat.id, msg)
        return msg


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    receipts: list[float] = field(default_factory=list)
    done_at: list[float] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _report_text(rng: random.Random) -> str:
    months = rng.randint(1, 6)
    people = rng.randint(2, 30)
    amount = rng.randint(3, 90) * 1000
    return (
        f"{rng.choice(EMPLOYERS)}欠我们{rng.choice(TRADES)}{people}个人{months}个月工资，"
        f"一共{amount}元，第{rng.randint(1, 99)}栋"
    )


async def _worker(
    sb: LoadSandbox,
    site: Site,
    start_at: float,
    t0: float,
    rng: random.Random,
    typing: float,
    answer_timeout: float,
    result: Result,
) -> None:
    await asyncio.sleep(max(0.0, t0 + start_at - time.perf_counter()))
    user = sb.add_user(f"工友{rng.randint(1, 99999)}", language_code="zh-hans")
    uid = user["id"]

    def pause() -> float:
        return min(10 * typing, rng.lognormvariate(math.log(typing), 0.5)) if typing else 0.0

    async def step(marker: str, act: Any) -> float:
        fut = sb.expect(uid, marker)
        sent = time.perf_counter()
        act()
        answered = await asyncio.wait_for(fut, answer_timeout)
        result.latencies.append(answered - sent)
        return answered - sent

    try:
        await step(GREETING, lambda: sb.send_start(uid, payload(site)))
        await asyncio.sleep(pause())
        await step(SUMMARY, lambda: sb.send_text(uid, _report_text(rng)))
        summary = next(
            m for m in reversed(sb.bot_messages(uid)) if SUMMARY in (m.get("text") or "")
        )
        await asyncio.sleep(pause())
        latency = await step(
            RECEIPT, lambda: sb.press_button(uid, uid, summary["message_id"], "i:submit")
        )
        result.receipts.append(latency)
        result.done_at.append(time.perf_counter())
    except Exception as exc:  # counted, reported, never hidden
        result.failed.append(f"{type(exc).__name__}: {exc}"[:200])


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return round(1000 * s[min(len(s) - 1, math.ceil(q * len(s)) - 1)], 1)


def _min_drain(sends: list[dict[str, Any]], sb: Sandbox, limits: RateLimits) -> float:
    """The least time (first to last send) the sliding windows allow for these sends."""
    per_chat = Counter(r["chat_id"] for r in sends)
    bound = (math.ceil(len(sends) / limits.global_count) - 1) * limits.global_window
    for chat_id, n in per_chat.items():
        chat = sb.chats.get(chat_id)
        group = chat.is_group if chat is not None else chat_id < 0
        count, window = (
            (limits.group_count, limits.group_window)
            if group
            else (limits.private_count, limits.private_window)
        )
        bound = max(bound, (math.ceil(n / count) - 1) * window)
    return float(bound)


async def _reset_postgres(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


async def run(args: argparse.Namespace) -> dict[str, Any]:
    limits_on = args.limits == "on"
    tmp = tempfile.TemporaryDirectory(prefix="anxin-load-")
    url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp.name) / 'load.db'}"
    if url.startswith("postgresql"):
        await _reset_postgres(url)
    rng = random.Random(args.seed)
    limits = RateLimits()
    async with LoadSandbox(
        token=TOKEN,
        bot_username="anxin_load_bot",
        enforce_limits=limits_on,
        limits=limits,
        max_request_log=2_000_000,
    ) as sb:
        settings = load_settings(
            bot_token=TOKEN,
            bot_username="anxin_load_bot",
            telegram_api_url=sb.api_root,
            database_url=url,
        )
        inspector = sb.add_user("陈监察")
        sites: list[Site] = []
        for i in range(args.sites):
            district = f"第{i + 1}区"
            sites.append(
                await add_site(settings, f"{district}安置房{i + 1}期", district, street="测试街")
            )
            chat = sb.create_group(f"{district}劳动监察", members=[inspector["id"]], add_bot=True)
            await bind_group(settings, chat, district, Department.LABOUR, title=f"{district}监察")
        async with _bot(args, settings, sb, limits_on) as (handler_errors, bot_cpu):
            # The bot sees the group joins first; the measurement starts clean.
            await asyncio.sleep(0.5)
            sb.clear_requests()
            cpu_before = bot_cpu()
            before_429 = sb.stats["429_sent"]
            result = Result()
            t0 = time.perf_counter()
            tasks = [
                asyncio.create_task(
                    _worker(
                        sb,
                        sites[i % len(sites)],
                        args.arrival_seconds * i / max(1, args.workers),
                        t0,
                        random.Random(rng.random()),
                        args.typing_ms / 1000,
                        args.timeout,
                        result,
                    )
                )
                for i in range(args.workers)
            ]
            await asyncio.gather(*tasks)
            # Cards and receipts still queued: wait for the outbox to drain.
            idle_since = time.perf_counter()
            seen = len(sb.requests)
            while time.perf_counter() - idle_since < 2.0:
                await asyncio.sleep(0.25)
                if len(sb.requests) != seen:
                    seen, idle_since = len(sb.requests), time.perf_counter()
            stats = sb.stats
            errors = handler_errors()
            cpu_after = bot_cpu()
        sends = [
            r for r in sb.requests if r["method"].lower() in SEND_METHODS and r["status"] == 200
        ]
        calls = Counter(r["method"] for r in sb.requests)
    tmp.cleanup()
    completed = len(result.receipts)
    span = (max(result.done_at) - t0) if result.done_at else None
    drain_ratio = None
    drain_s = min_drain = None
    if sends:
        drain_s = sends[-1]["time"] - sends[0]["time"]
        if limits_on:
            min_drain = _min_drain(sends, sb, limits)
            drain_ratio = round(drain_s / min_drain, 3) if min_drain > 0 else None
    by_method = Counter(r["method"] for r in sends)
    return {
        "workers": args.workers,
        "sites": args.sites,
        "limits": args.limits,
        "database": url.split(":", 1)[0],
        "arrival_seconds": args.arrival_seconds,
        "typing_ms": args.typing_ms,
        "completed": completed,
        "failed": len(result.failed),
        "failures": result.failed[:5],
        "reports_per_s": round(completed / span, 1) if span else None,
        "p50_ms": _pct(result.latencies, 0.50),
        "p95_ms": _pct(result.latencies, 0.95),
        "p99_ms": _pct(result.latencies, 0.99),
        "receipt_p50_ms": _pct(result.receipts, 0.50),
        "receipt_p99_ms": _pct(result.receipts, 0.99),
        "sends_per_report": round(len(sends) / completed, 2) if completed else None,
        "sends_by_method": dict(by_method),
        "calls_by_method": dict(calls),  # every Bot API call, getUpdates included
        "http_429": stats["429_sent"] - before_429,
        "drain_s": round(drain_s, 2) if drain_s is not None else None,
        "min_drain_s": min_drain,
        "drain_ratio": drain_ratio,
        "wall_s": round(span, 2) if span else None,
        "bot": "own process" if args.bot_process else "in this process",
        "handler_errors": errors,
        # CPU the bot spent from the first worker to the drained outbox, per report
        # (own process only: in-process the sandbox's share cannot be told apart)
        "bot_cpu_ms_per_report": (
            round(1000 * (cpu_after - cpu_before) / completed, 2)
            if completed and cpu_before is not None and cpu_after is not None
            else None
        ),
        "errors_by_code": stats["errors_by_code"],
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "commit": _commit(),
    }


@contextlib.asynccontextmanager
async def _bot(
    args: argparse.Namespace, settings: Settings, sb: Sandbox, limits_on: bool
) -> AsyncIterator[tuple[Callable[[], float | None], Callable[[], float | None]]]:
    """The bot in this process, or (``--bot-process``) as ``anxin run`` in its own, as it
    is deployed: then the sandbox and the simulated workers do not share its core."""
    if not args.bot_process:
        async with running_bot(settings, rate_limit=limits_on) as bot:
            yield (
                lambda: bot.services.metrics.counters.get("handler_errors_total", 0),
                lambda: None,
            )
        return
    env = {
        **os.environ,
        "ANXIN_BOT_TOKEN": settings.bot_token,
        "ANXIN_BOT_USERNAME": settings.bot_username,
        "ANXIN_TELEGRAM_API_URL": settings.telegram_api_url,
        "ANXIN_DATABASE_URL": settings.database_url,
        "ANXIN_RATE_LIMIT": "true" if limits_on else "false",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from bot.cli import main; sys.exit(main(['run']))",
        env=env,
    )
    try:
        while not any(r["method"].lower() == "getupdates" for r in sb.requests):
            if proc.returncode is not None:
                raise RuntimeError(f"anxin run exited with {proc.returncode}")
            await asyncio.sleep(0.1)
        # the subprocess's counters are not read back; its CPU time is, where /proc is
        yield (lambda: None), (lambda: _cpu_seconds(proc.pid))
    finally:
        proc.terminate()
        await proc.wait()


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process so far (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    p.add_argument("--workers", type=int, default=200)
    p.add_argument("--sites", type=int, default=20)
    p.add_argument("--limits", choices=("on", "off"), default="on")
    p.add_argument("--database-url", default="")
    p.add_argument("--arrival-seconds", type=float, default=10.0)
    p.add_argument("--typing-ms", type=float, default=400.0, help="median pause between steps")
    p.add_argument("--timeout", type=float, default=900.0, help="per answer, seconds")
    p.add_argument("--seed", type=int, default=8)
    p.add_argument(
        "--bot-process", action="store_true", help="run the bot as `anxin run` in its own process"
    )
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING)
    out = eventloop.run(run(args))
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        for k, v in out.items():
            print(f"{k:>18}: {v}")
    return 0 if out["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
