"""Figures where people read them: the monthly report files and the /stats reply.

Both read the event log from the database and hand it to the pure statistics in
``cases.stats``; rendering is ``bot.reports``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.reports import render_chart_png, short_text, write_monthly_report
from bot.settings import Settings
from cases.calendar import to_local
from cases.model import Event
from cases.stats import (
    Figures,
    Filters,
    compute_figures,
    month_bounds,
    monthly_report,
    weekly_series,
)
from storage.db import make_engine, make_sessionmaker, upgrade
from storage.store import SqlStore
from storage.store import unit_of_work as _uow

__all__ = ["StatsReply", "period_bounds", "stats_reply", "write_report"]

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DEFAULT_DAYS = 30


def period_bounds(word: str, now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """``[start, end)`` for a /stats period word: ``week`` (the last 7 days), ``month``
    (this calendar month so far), ``YYYY-MM``, or nothing (the last 30 days)."""
    local = to_local(now, tz)
    word = word.strip().lower()
    if word in ("", "30", "30d"):
        return local - timedelta(days=DEFAULT_DAYS), local
    if word in ("week", "7d", "周", "本周"):
        return local - timedelta(days=7), local
    if word in ("month", "月", "本月"):
        return month_bounds(local.strftime("%Y-%m"), tz)[0], local
    if _MONTH.match(word):
        return month_bounds(word, tz)
    raise ValueError(f"unknown period {word!r}")


async def _events(store: SqlStore, end: datetime) -> list[Event]:
    # Everything up to the end of the period: cases created earlier still count for
    # what happened to them inside it, and the replay needs their history.
    return list(await store.events(None, end))


@dataclass(frozen=True)
class StatsReply:
    figures: Figures
    text: str
    chart: bytes


async def stats_reply(
    store: SqlStore,
    word: str,
    now: datetime,
    tz: ZoneInfo,
    filters: Filters | None = None,
    title: str = "",
) -> StatsReply:
    """Figures, their short text and a weekly chart for the period named by ``word``."""
    start, end = period_bounds(word, now, tz)
    as_of = min(to_local(now, tz), end)
    events = await _events(store, end)
    figures = compute_figures(events, start=start, end=end, filters=filters, as_of=as_of, tz=tz)
    series = weekly_series(events, start, end, filters=filters, as_of=as_of, tz=tz)
    text = short_text(figures)
    if title:
        text = f"{title}\n{text}"
    chart = render_chart_png(series, f"{title or '全部'} 每周线索与按期办结率")
    return StatsReply(figures, text, chart)


async def write_report(settings: Settings, month: str, out_dir: Path) -> list[Path]:
    """``anxin report --month YYYY-MM --out DIR``: CSV, XLSX and PNG for one month."""
    if not _MONTH.match(month):
        raise ValueError(f"expected a month like 2026-11, got {month!r}")
    tz = settings.tz
    start, end = month_bounds(month, tz)
    as_of = min(datetime.now(UTC).astimezone(tz), end)
    engine = make_engine(settings.database_url)
    try:
        await upgrade(engine)
        async with _uow(make_sessionmaker(engine)) as store:
            events = await _events(store, end)
    finally:
        await engine.dispose()
    report = monthly_report(events, month, tz=tz)
    figures = compute_figures(events, start=start, end=end, as_of=as_of, tz=tz)
    series = weekly_series(events, start, end, as_of=as_of, tz=tz)
    return write_monthly_report(report, figures, series, out_dir)
