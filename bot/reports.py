"""Report rendering: CSV, XLSX and PNG charts of the figures, and the /stats text.

Files written by ``write_monthly_report(report, figures, series, out_dir)``
(``<m>`` is the month, e.g. ``2025-11``):

``anxin-<m>-summary.csv``   one row per figure: ``指标 figure, 值 value``
``anxin-<m>-named.csv``     the named list (>10 leads): ``角色 role, 名称 name,
                            名称变体 variants (joined with " | "), 本月线索 leads,
                            上月线索 previous, 增长 growth`` (growth as a fraction,
                            empty when the previous month had none)
``anxin-<m>-weekly.csv``    ``周起始 week_start, 线索 leads, 案件 cases,
                            按期办结率 on_time_closure_rate, 按期签收率 ack_on_time_rate``
``anxin-<m>.xlsx``          the same three tables as sheets "概览 Summary",
                            "点名 Named (>10)" and "趋势 Weekly" (rates formatted
                            as percentages)
``anxin-<m>-weekly.png``    leads per week (bars) and on-time closure rate (line)

CSV files are UTF-8 with a byte-order mark, so that Excel opens the Chinese text.

Font: matplotlib has no CJK glyphs of its own. ``cjk_font_path()`` looks, in
order, at ``$ANXIN_CJK_FONT`` (a .ttf/.otf/.ttc path), the Noto Sans SC font
shipped by the ``pylopdf-fonts-zh-cn`` package (a project dependency), and the
usual Debian font files. If none is found the chart is drawn with English labels
only, so it never shows empty boxes.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from cases.stats import ROLE_LABELS, Figures, MonthlyReport, WeekPoint

__all__ = [
    "cjk_font_path",
    "figure_rows",
    "render_chart_png",
    "short_text",
    "write_monthly_report",
]

_SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)


@lru_cache(maxsize=1)
def cjk_font_path() -> Path | None:
    """A font file with Chinese glyphs, or None (see the module docstring)."""
    env = os.environ.get("ANXIN_CJK_FONT", "").split("#", 1)[0]
    candidates: list[Path] = [Path(env)] if env else []
    try:
        import pylopdf_fonts_zh_cn

        candidates.append(Path(pylopdf_fonts_zh_cn.sans_path()))
    except ImportError:
        pass
    candidates += [Path(p) for p in _SYSTEM_FONTS]
    for path in candidates:
        if path.is_file():
            return path
    return None


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _hours(value: timedelta | None) -> str:
    if value is None:
        return "—"
    hours = value.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} d"


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den}"


def figure_rows(figures: Figures) -> list[tuple[str, Any]]:
    """(label, value) rows of the summary sheet; values are numbers or None."""

    def hours(value: timedelta | None) -> float | None:
        return None if value is None else round(value.total_seconds() / 3600, 2)

    f = figures
    return [
        ("期间起 start", f.start.isoformat()),
        ("期间止 end (exclusive)", f.end.isoformat()),
        ("数据截至 as of", f.as_of.isoformat()),
        ("筛选 filters", ", ".join(f"{k}={v}" for k, v in f.filters.to_dict().items()) or "—"),
        ("收到线索 leads", f.leads),
        ("合并重复 merged duplicates", f.merged),
        ("案件 cases", f.cases),
        ("不予受理 rejected", f.rejected),
        ("已办结(曾) resolved", f.resolved),
        ("签收时长中位数(小时) ack median h", hours(f.ack_median)),
        ("签收时长P90(小时) ack p90 h", hours(f.ack_p90)),
        ("办结时长中位数(小时) resolve median h", hours(f.resolve_median)),
        ("办结时长P90(小时) resolve p90 h", hours(f.resolve_p90)),
        ("按期签收率 on-time ack rate", f.ack_on_time_rate),
        ("按期办结率 on-time closure rate", f.on_time_closure_rate),
        ("办结率 closure rate", f.closure_rate),
        ("重新打开率 reopen rate", f.reopen_rate),
        ("工人确认率 worker-confirmed rate", f.confirmed_rate),
        ("提级办理 escalations", f.escalations),
    ]


def _is_rate(label: str) -> bool:
    return label.endswith("rate")


def _named_rows(report: MonthlyReport) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for e in report.entities:
        zh, en = ROLE_LABELS.get(e.role, (e.role, e.role))
        rows.append(
            [f"{zh} {en}", e.name, " | ".join(e.variants), e.leads, e.previous_leads, e.growth]
        )
    return rows


NAMED_HEADER = [
    "角色 role",
    "名称 name",
    "名称变体 variants",
    "本月线索 leads",
    "上月线索 previous",
    "增长 growth",
]
WEEKLY_HEADER = [
    "周起始 week_start",
    "线索 leads",
    "案件 cases",
    "按期办结率 on_time_closure_rate",
    "按期签收率 ack_on_time_rate",
]
SUMMARY_HEADER = ["指标 figure", "值 value"]


def _weekly_rows(series: Sequence[WeekPoint]) -> list[list[Any]]:
    return [
        [p.week_start, p.leads, p.cases, p.on_time_closure_rate, p.ack_on_time_rate] for p in series
    ]


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


def _write_xlsx(
    path: Path,
    report: MonthlyReport,
    figures: Figures,
    series: Sequence[WeekPoint],
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概览 Summary"
    summary.append(SUMMARY_HEADER)
    for label, value in figure_rows(figures):
        summary.append([label, value])
        if _is_rate(label) and value is not None:
            summary.cell(row=summary.max_row, column=2).number_format = "0.0%"
    summary.append([f"{report.month} 线索 leads (month)", report.leads])
    summary.append([f"{report.previous_month} 线索 leads (previous month)", report.previous_leads])
    summary.append(["线索增长 leads growth", report.growth])
    if report.growth is not None:
        summary.cell(row=summary.max_row, column=2).number_format = "0.0%"

    named = book.create_sheet("点名 Named (>10)")
    named.append(NAMED_HEADER)
    for row in _named_rows(report):
        named.append(row)
        if row[-1] is not None:
            named.cell(row=named.max_row, column=6).number_format = "0.0%"

    weekly = book.create_sheet("趋势 Weekly")
    weekly.append(WEEKLY_HEADER)
    for row in _weekly_rows(series):
        weekly.append(row)
        weekly.cell(row=weekly.max_row, column=1).number_format = "yyyy-mm-dd"
        for column in (4, 5):
            weekly.cell(row=weekly.max_row, column=column).number_format = "0.0%"

    widths = {"概览 Summary": (38, 28), "点名 Named (>10)": (24, 30, 60, 14, 14, 12)}
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for index, width in enumerate(widths.get(sheet.title, (16, 12, 12, 26, 24))):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    book.save(path)


def render_chart_png(series: Sequence[WeekPoint], title: str) -> bytes:
    """Leads per week as bars and the on-time closure rate as a line, as PNG bytes.

    Chinese labels use ``cjk_font_path()``; without a CJK font the labels are
    English and a Chinese ``title`` is replaced by a generic one.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    font_file = cjk_font_path()
    if font_file is not None:
        font = font_manager.FontProperties(fname=str(font_file))
        leads_label, rate_label = "线索数 Leads", "按期办结率 On-time closure"
        week_label = "周 (起始日) Week starting"
    else:
        font = font_manager.FontProperties(family="DejaVu Sans")
        leads_label, rate_label, week_label = "Leads", "On-time closure", "Week starting"
        if any(ord(ch) > 0x2E7F for ch in title):
            title = "Leads and on-time closure per week"

    fig = Figure(figsize=(9, 4.8), dpi=120)
    ax = fig.add_subplot(1, 1, 1)
    labels = [p.label for p in series]
    positions = list(range(len(series)))
    bars = ax.bar(positions, [p.leads for p in series], color="#4C78A8", label=leads_label)
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_xticks(positions, labels)
    ax.set_ylabel(leads_label, fontproperties=font)
    ax.set_xlabel(week_label, fontproperties=font)
    ax.set_ylim(0, max([p.leads for p in series] + [1]) * 1.4)  # room for the legend

    ax2 = ax.twinx()
    rates = [None if p.on_time_closure_rate is None else p.on_time_closure_rate for p in series]
    xs = [x for x, r in zip(positions, rates, strict=True) if r is not None]
    ys = [r for r in rates if r is not None]
    (line,) = ax2.plot(xs, ys, color="#E45756", marker="o", linewidth=2, label=rate_label)
    ax2.set_ylim(0, 1.3)
    ax2.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax2.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax2.set_ylabel(rate_label, fontproperties=font)
    ax.set_title(title, fontproperties=font, fontsize=13)
    ax.legend(handles=[bars, line], prop=font, loc="upper left", ncol=2, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def write_monthly_report(
    report: MonthlyReport,
    figures: Figures,
    series: Sequence[WeekPoint],
    out_dir: str | Path,
) -> list[Path]:
    """Write the CSV files, the XLSX workbook and the PNG chart; return their paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"anxin-{report.month}"
    paths = [
        folder / f"{stem}-summary.csv",
        folder / f"{stem}-named.csv",
        folder / f"{stem}-weekly.csv",
        folder / f"{stem}.xlsx",
        folder / f"{stem}-weekly.png",
    ]
    _write_csv(paths[0], SUMMARY_HEADER, [[k, v] for k, v in figure_rows(figures)])
    _write_csv(paths[1], NAMED_HEADER, _named_rows(report))
    _write_csv(paths[2], WEEKLY_HEADER, _weekly_rows(series))
    _write_xlsx(paths[3], report, figures, series)
    title = f"{report.month} 欠薪线索与按期办结率 (每周)"
    paths[4].write_bytes(render_chart_png(series, title))
    return paths


def short_text(figures: Figures, lang: str = "zh") -> str:
    """A few plain-text lines for /stats in Telegram."""
    f = figures
    start = f.start.strftime("%Y-%m-%d")
    end = (f.end - timedelta(seconds=1)).strftime("%Y-%m-%d")
    if lang == "en":
        return "\n".join(
            [
                f"Figures {start} – {end}",
                f"Leads {f.leads} (merged duplicates {f.merged}), cases {f.cases}",
                f"Acknowledged on time {_pct(f.ack_on_time_rate)} "
                f"({_ratio(f.ack_on_time, f.ack_judged)}), median {_hours(f.ack_median)}",
                f"Closed on time {_pct(f.on_time_closure_rate)} "
                f"({_ratio(f.closed_on_time, f.closure_judged)}), median {_hours(f.resolve_median)}",
                f"Closure rate {_pct(f.closure_rate)}, reopened {_pct(f.reopen_rate)}, "
                f"confirmed by worker {_pct(f.confirmed_rate)}",
                f"Escalations {f.escalations}",
            ]
        )
    return "\n".join(
        [
            f"统计 {start} 至 {end}",
            f"线索 {f.leads} 条（合并重复 {f.merged}），案件 {f.cases} 件",
            f"按期签收率 {_pct(f.ack_on_time_rate)}（{_ratio(f.ack_on_time, f.ack_judged)}），"
            f"签收中位 {_hours(f.ack_median)}",
            f"按期办结率 {_pct(f.on_time_closure_rate)}"
            f"（{_ratio(f.closed_on_time, f.closure_judged)}），办结中位 {_hours(f.resolve_median)}",
            f"办结率 {_pct(f.closure_rate)}，重新打开率 {_pct(f.reopen_rate)}，"
            f"工人确认率 {_pct(f.confirmed_rate)}",
            f"提级办理 {f.escalations} 次",
        ]
    )
