"""Report files: CSV with BOM, XLSX sheets and columns, a real PNG chart, /stats text."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.reports import (
    NAMED_HEADER,
    WEEKLY_HEADER,
    cjk_font_path,
    render_chart_png,
    short_text,
    write_monthly_report,
)
from cases.stats import compute_figures, monthly_report, weekly_series

from .test_stats import AS_OF, NOV_END, NOV_START, TZ, build_events

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def inputs():
    events = build_events()
    figures = compute_figures(events, start=NOV_START, end=NOV_END, as_of=AS_OF, tz=TZ)
    report = monthly_report(events, "2025-11", tz=TZ)
    series = weekly_series(events, NOV_START, NOV_END, as_of=AS_OF, tz=TZ)
    return report, figures, series


def test_cjk_font_found() -> None:
    path = cjk_font_path()
    assert path is not None and path.is_file()


def test_chart_is_a_real_png(inputs) -> None:
    _, _, series = inputs
    data = render_chart_png(series, "2025-11 欠薪线索与按期办结率 (每周)")
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == (1080, 576)
    assert len(image.getcolors(maxcolors=1 << 16) or []) > 10  # not blank


def test_write_monthly_report(inputs, tmp_path: Path) -> None:
    report, figures, series = inputs
    paths = write_monthly_report(report, figures, series, tmp_path)
    names = sorted(p.name for p in paths)
    assert names == [
        "anxin-2025-11-named.csv",
        "anxin-2025-11-summary.csv",
        "anxin-2025-11-weekly.csv",
        "anxin-2025-11-weekly.png",
        "anxin-2025-11.xlsx",
    ]
    named_csv = (tmp_path / "anxin-2025-11-named.csv").read_bytes()
    assert named_csv.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    text = named_csv.decode("utf-8-sig")
    assert "城投置业有限公司" in text and "某某建工集团有限公司" in text

    book = load_workbook(tmp_path / "anxin-2025-11.xlsx")
    assert book.sheetnames == ["概览 Summary", "点名 Named (>10)", "趋势 Weekly"]
    named = book["点名 Named (>10)"]
    assert [c.value for c in named[1]] == NAMED_HEADER
    rows = [[c.value for c in row] for row in named.iter_rows(min_row=2)]
    assert [(r[1], r[3], r[4]) for r in rows] == [
        ("城投置业有限公司", 15, 2),
        ("某某建工集团有限公司", 14, 5),
        ("李四劳务有限公司", 11, 0),
    ]
    assert rows[0][5] == pytest.approx(6.5) and rows[2][5] is None
    weekly = book["趋势 Weekly"]
    assert [c.value for c in weekly[1]] == WEEKLY_HEADER
    assert weekly.max_row == 1 + 5
    summary = {r[0].value: r[1].value for r in book["概览 Summary"].iter_rows(min_row=2)}
    assert summary["收到线索 leads"] == 34
    assert summary["按期办结率 on-time closure rate"] == pytest.approx(20 / 28)

    png = tmp_path / "anxin-2025-11-weekly.png"
    assert Image.open(png).size == (1080, 576)
    DOCS.mkdir(exist_ok=True)
    shutil.copy(png, DOCS / "stats-chart.png")


def test_short_text(inputs) -> None:
    _, figures, _ = inputs
    zh = short_text(figures)
    assert "统计 2025-11-01 至 2025-11-30" in zh
    assert "线索 34 条（合并重复 4），案件 30 件" in zh
    assert "按期办结率 71.4%（20/28）" in zh
    en = short_text(figures, lang="en")
    assert "Closed on time 71.4% (20/28)" in en
    assert all(len(line) < 80 for line in zh.splitlines())
