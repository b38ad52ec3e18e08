"""`anxin report --month`: CSV, XLSX and PNG from the event log; /stats periods."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from PIL import Image

from bot import cli
from bot.app import build_services
from bot.harness import add_site, bind_group
from bot.reporting import period_bounds, stats_reply
from bot.settings import load_settings
from cases.model import Department
from cases.service import LeadDraft
from cases.stats import Filters

SH = ZoneInfo("Asia/Shanghai")


async def _seed(url: str) -> None:
    settings = load_settings(bot_token="1:test", database_url=url)
    sites = [await add_site(settings, f"白云区报表工地{i}号", "白云区") for i in range(4)]
    await bind_group(settings, -1001, "白云区", Department.LABOUR, title="白云区人社")
    engine, services = await build_services(settings)
    try:
        # One in October, at a site of its own: not in November's figures.
        services.cases.clock = lambda: datetime(2026, 10, 20, 10, tzinfo=SH)
        await services.cases.submit(
            LeadDraft(reporter_id=899, text="老板欠我们5个人工资三万元", site=sites[3])
        )
        for i, (day, site) in enumerate(zip((3, 10, 17), sites[:3], strict=True)):
            services.cases.clock = lambda d=day: datetime(2026, 11, d, 10, tzinfo=SH)
            await services.cases.submit(
                LeadDraft(reporter_id=800 + i, text="包工头欠我们3个人工资两万元", site=site)
            )
        async with services.store() as store:
            reply = await stats_reply(store, "2026-11", datetime(2026, 11, 22, tzinfo=SH), SH)
            scoped = await stats_reply(
                store,
                "2026-11",
                datetime(2026, 11, 22, tzinfo=SH),
                SH,
                Filters(district="海珠区"),
                "海珠区",
            )
        assert reply.figures.leads == 3 and "线索 3 条" in reply.text
        assert scoped.figures.leads == 0 and scoped.text.startswith("海珠区")
        assert Image.open(io.BytesIO(reply.chart)).format == "PNG"
    finally:
        await engine.dispose()


def test_report_command_writes_csv_xlsx_png(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    asyncio.run(_seed(sqlite_url))
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("ANXIN_DATABASE_URL", sqlite_url)
    out = tmp_path / "report"

    assert cli.main(["report", "--month", "2026-11", "--out", str(out)]) == 0

    printed = capsys.readouterr().out.split()
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(Path(p).name for p in printed)
    assert names == [
        "anxin-2026-11-named.csv",
        "anxin-2026-11-summary.csv",
        "anxin-2026-11-weekly.csv",
        "anxin-2026-11-weekly.png",
        "anxin-2026-11.xlsx",
    ]
    with (out / "anxin-2026-11-summary.csv").open(encoding="utf-8-sig") as fh:
        summary = {row[0]: row[1] for row in csv.reader(fh)}
    assert any("线索" in k and v == "3" for k, v in summary.items()), summary
    book = openpyxl.load_workbook(out / "anxin-2026-11.xlsx")
    assert book.sheetnames == ["概览 Summary", "点名 Named (>10)", "趋势 Weekly"]
    weekly = list(book["趋势 Weekly"].iter_rows(min_row=2, values_only=True))
    assert sum(int(r[1] or 0) for r in weekly) == 3
    with Image.open(out / "anxin-2026-11-weekly.png") as img:
        assert img.format == "PNG"


@pytest.mark.parametrize(
    ("word", "start", "end"),
    [
        ("", datetime(2026, 10, 23, 12, tzinfo=SH), datetime(2026, 11, 22, 12, tzinfo=SH)),
        ("week", datetime(2026, 11, 15, 12, tzinfo=SH), datetime(2026, 11, 22, 12, tzinfo=SH)),
        ("month", datetime(2026, 11, 1, tzinfo=SH), datetime(2026, 11, 22, 12, tzinfo=SH)),
        ("2026-02", datetime(2026, 2, 1, tzinfo=SH), datetime(2026, 3, 1, tzinfo=SH)),
    ],
)
def test_period_words(word: str, start: datetime, end: datetime) -> None:
    assert period_bounds(word, datetime(2026, 11, 22, 12, tzinfo=SH), SH) == (start, end)


@pytest.mark.parametrize("word", ["2026-13", "yesterday", "2026-1"])
def test_bad_period(word: str) -> None:
    with pytest.raises(ValueError):
        period_bounds(word, datetime(2026, 11, 22, 12, tzinfo=SH), SH)
