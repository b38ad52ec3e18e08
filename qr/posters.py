"""Print-ready PDFs: the A4 site poster and sheets of helmet stickers.

QR codes are drawn as vector rectangles (one merged rectangle per horizontal
run of dark modules).  Each distinct sticker (site code and link) is drawn
once per document as a PDF form XObject, and every copy of it only references
the form: a thousand stickers for fifty sites take well under a second.

Chinese text uses the font chosen by :func:`qr.fonts.cjk_font` (an embedded
TrueType CJK font when the machine has one, else the standard CID font
``STSong-Light``, which needs no install).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from tqdm import tqdm

from qr import images
from qr.fonts import FontChoice, font_for
from qr.links import display_code

__all__ = [
    "DEFAULT_GAP_MM",
    "DEFAULT_MARGIN_MM",
    "LABEL_SHEETS",
    "SiteLabel",
    "StickerLayout",
    "draw_qr",
    "label_sheet",
    "render_poster",
    "render_stickers",
    "sticker_layout",
    "stickers_for",
]

Out = str | os.PathLike[str] | BinaryIO
Progress = bool | Callable[[int, int], object]
Margin = float | tuple[float, float]

DEFAULT_MARGIN_MM: Final = 10.0
DEFAULT_GAP_MM: Final = 5.0

ORANGE: Final = colors.HexColor("#E8590C")  # safety orange: visible on a helmet
DARK: Final = colors.HexColor("#212529")
GREY: Final = colors.HexColor("#495057")
LIGHT: Final = colors.HexColor("#FFF4E6")
LATIN_BOLD: Final = "Helvetica-Bold"
LATIN: Final = "Helvetica"

_LINK_RE: Final = re.compile(r"https://t\.me/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]+)")


@dataclass(frozen=True, slots=True)
class SiteLabel:
    """What a poster or sticker prints about a site (no dependency on the domain types)."""

    code: str
    name: str
    district: str
    street: str = ""
    contractor: str = ""
    builder: str = ""


# --------------------------------------------------------------------------- QR drawing


def _qr_vector(
    c: Canvas, data: str, x: float, y: float, size: float, ec: images.ErrorCorrection = "H"
) -> None:
    """Draw a QR code (white quiet zone included) with its lower-left corner at ``(x, y)``.

    Each horizontal run of dark modules is one rectangle; the rectangles are
    written as integer PDF operators in module units under one scaling
    transform (reportlab's per-number float formatting is the slow part).
    """
    n, runs = images.qr_runs(data, ec)
    modules = n + 2 * images.BORDER
    top = modules - images.BORDER - 1
    b = images.BORDER
    c.saveState()
    c.translate(x, y)
    c.scale(size / modules, size / modules)
    c.setFillColor(colors.white)
    c.rect(0, 0, modules, modules, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.addLiteral("\n".join(f"{b + col} {top - r} {length} 1 re" for r, col, length in runs) + "\nf")
    c.restoreState()


@dataclass
class _QRForms:
    """One PDF form per distinct QR payload in a document."""

    canvas: Canvas
    error_correction: images.ErrorCorrection = "H"
    names: dict[str, tuple[str, int]] = field(default_factory=dict)

    def form(self, data: str) -> tuple[str, int]:
        """``(form name, width in modules including the quiet zone)``."""
        found = self.names.get(data)
        if found is not None:
            return found
        n, _ = images.qr_runs(data, self.error_correction)
        size = n + 2 * images.BORDER
        name = f"AnxinQR{len(self.names)}"
        c = self.canvas
        c.beginForm(name, 0, 0, size, size)
        _qr_vector(c, data, 0, 0, size, self.error_correction)
        c.endForm()
        self.names[data] = (name, size)
        return name, size


def draw_qr(
    canvas: Canvas,
    data: str,
    x: float,
    y: float,
    size: float,
    *,
    forms: _QRForms | None = None,
) -> None:
    """Draw a QR code (quiet zone included, error correction H) as vectors.

    ``(x, y)`` is the lower-left corner and ``size`` the side, in points.
    """
    forms = forms or _QRForms(canvas)
    name, modules = forms.form(data)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / modules, size / modules)
    canvas.doForm(name)
    canvas.restoreState()


# --------------------------------------------------------------------------- text helpers


def _fit(text: str, font: str, size: float, width: float, minimum: float = 6.0) -> float:
    """The largest font size <= ``size`` at which ``text`` fits in ``width``."""
    w = stringWidth(text, font, size)
    if w <= width:
        return size
    return max(minimum, size * width / w)


def _bold_text(
    c: Canvas, text: str, x: float, y: float, font: str, size: float, *, anchor: str = "left"
) -> None:
    """Text thickened by stroking its outline (CJK fonts here have no bold face)."""
    w = stringWidth(text, font, size)
    if anchor == "center":
        x -= w / 2
    elif anchor == "right":
        x -= w
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setTextRenderMode(2)
    c.setLineWidth(size * 0.03)
    t.textOut(text)
    t.setTextRenderMode(0)  # the mode is graphics state: do not leak it
    c.drawText(t)


def _paragraph(
    c: Canvas, html: str, x: float, top: float, width: float, style: ParagraphStyle
) -> float:
    """Draw wrapped text with its top at ``top``; returns the height used."""
    p = Paragraph(html, style)
    _, h = p.wrap(width, 10_000)
    p.drawOn(c, x, top - h)
    return float(h)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bot_of(link: str) -> str | None:
    m = _LINK_RE.fullmatch(link)
    return m.group(1) if m else None


def _open(out: Out) -> str | BinaryIO:
    return os.fspath(out) if isinstance(out, str | os.PathLike) else out


# --------------------------------------------------------------------------- poster


def render_poster(
    site: SiteLabel,
    link: str,
    out: str | Path | BinaryIO,
    hotline: str = "12333",
    *,
    font: str | os.PathLike[str] | None = None,
) -> None:
    """Write the A4 site poster (PDF) with a large QR code for ``link``.

    ``out`` is a path or a binary file object.  ``font``: see :func:`qr.fonts.font_for`.
    """
    cjk = font_for(font)
    f = cjk.name
    page_w, page_h = A4
    c = Canvas(_open(out), pagesize=A4)
    c.setTitle(f"安薪 · 欠薪扫码海报 · {site.name}")
    c.setAuthor("anxin")
    c.setSubject(f"site {site.code}")
    c.setCreator("anxin qr.posters")
    forms = _QRForms(c)
    margin = 12 * mm
    inner = page_w - 2 * margin
    cx = page_w / 2

    # Header band.
    band_h = 40 * mm
    c.setFillColor(ORANGE)
    c.rect(0, page_h - band_h, page_w, band_h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    _bold_text(c, "被拖欠工资？扫码反映", cx, page_h - 22 * mm, f, 36, anchor="center")
    c.setFont(LATIN_BOLD, 14)
    c.drawCentredString(
        cx, page_h - 32 * mm, "Unpaid wages? Scan the code to report - free and confidential"
    )

    # Site block.
    y = page_h - band_h - 12 * mm
    c.setFillColor(DARK)
    c.setStrokeColor(DARK)
    name_size = _fit(site.name, f, 22, inner, minimum=12)
    _bold_text(c, site.name, cx, y, f, name_size, anchor="center")
    details = [f"所在区县：{site.district}{('　' + site.street) if site.street else ''}"]
    if site.contractor:
        details.append(f"总包单位：{site.contractor}")
    if site.builder:
        details.append(f"建设单位：{site.builder}")
    c.setFillColor(GREY)
    for line in details:
        y -= 7.5 * mm
        size = _fit(line, f, 13, inner, minimum=8)
        c.setFont(f, size)
        c.drawCentredString(cx, y, line)

    # The QR code.
    qr_size = 102 * mm
    qr_top = y - 4 * mm
    draw_qr(c, link, cx - qr_size / 2, qr_top - qr_size, qr_size, forms=forms)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(2)
    c.roundRect(cx - qr_size / 2, qr_top - qr_size, qr_size, qr_size, 4 * mm, stroke=1, fill=0)

    # Site code for those who cannot scan.
    y = qr_top - qr_size - 9 * mm
    code_text = display_code(site.code)
    c.setFillColor(DARK)
    label = "工地码 Site code："
    label_w = stringWidth(label, f, 14)
    code_w = stringWidth(code_text, LATIN_BOLD, 22)
    x0 = cx - (label_w + code_w) / 2
    c.setFont(f, 14)
    c.drawString(x0, y, label)
    c.setFont(LATIN_BOLD, 22)
    c.drawString(x0 + label_w, y, code_text)
    bot = _bot_of(link)
    y -= 7 * mm
    c.setFillColor(GREY)
    fallback = (
        f"扫不了码？打开 Telegram 搜索 @{bot}，点“开始”后发送工地码。"
        if bot
        else "扫不了码？请打开链接后发送工地码。"
    )
    c.setFont(f, _fit(fallback, f, 11, inner))
    c.drawCentredString(cx, y, fallback)
    y -= 5 * mm
    fallback_en = (
        f"Can't scan? Open Telegram, find @{bot}, tap Start and send the site code."
        if bot
        else "Can't scan? Open the link and send the site code."
    )
    c.setFont(LATIN, _fit(fallback_en, LATIN, 9.5, inner))
    c.drawCentredString(cx, y, fallback_en)

    # Three steps.
    y -= 6 * mm
    steps = [
        ("①", "扫码", "Scan"),
        ("②", "说明情况", "Tell what happened"),
        ("③", "收到编号", "Get a number"),
    ]
    arrow_w = 8 * mm
    box_w = (inner - 2 * arrow_w) / 3
    box_h = 17 * mm
    for i, (num, zh, en) in enumerate(steps):
        bx = margin + i * (box_w + arrow_w)
        c.setFillColor(LIGHT)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(1)
        c.roundRect(bx, y - box_h, box_w, box_h, 3 * mm, stroke=1, fill=1)
        c.setFillColor(ORANGE)
        c.setStrokeColor(ORANGE)
        _bold_text(c, f"{num} {zh}", bx + box_w / 2, y - 8 * mm, f, 16, anchor="center")
        c.setFillColor(GREY)
        c.setFont(LATIN, 9.5)
        c.drawCentredString(bx + box_w / 2, y - 13.5 * mm, en)
        if i < 2:
            ax = bx + box_w + arrow_w / 2
            ay = y - box_h / 2
            c.setFillColor(ORANGE)
            p = c.beginPath()
            p.moveTo(ax - 2.5 * mm, ay + 2.5 * mm)
            p.lineTo(ax + 2.5 * mm, ay)
            p.lineTo(ax - 2.5 * mm, ay - 2.5 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    y -= box_h + 4 * mm

    # What happens to a report; the reporter's identity is protected.
    body = ParagraphStyle(
        "body", fontName=f, fontSize=10.5, leading=14.5, textColor=DARK, wordWrap="CJK"
    )
    english = ParagraphStyle(
        "en", fontName=LATIN, fontSize=8.5, leading=11, textColor=GREY, alignment=TA_LEFT
    )
    blocks = [
        (
            "<b>反映之后：</b>线索即时登记并给您编号，交属地劳动保障监察部门办理；"
            "群体性欠薪当天处理，一般线索3日内交办。办理进展和结果会在 Telegram 上通知您，"
            "解决后还会请您确认。",
            "What happens: your report is logged with a number and sent to the labour "
            "inspectors for this district; you are told of progress in Telegram.",
        ),
        (
            "<b>身份保密：</b>您的姓名、电话等信息只有办案人员可见，不会告诉用人单位、"
            "总包或班组长。",
            "Your identity is protected: it is never shared with your employer or team leader.",
        ),
    ]
    for zh, en in blocks:
        y -= _paragraph(c, zh, margin, y, inner, body) + 1 * mm
        y -= _paragraph(c, _esc(en), margin, y, inner, english) + 3 * mm

    # Hotline: the fallback channel.
    hot_h = 20 * mm
    hot_y = min(y - hot_h, 14 * mm)
    c.setFillColor(ORANGE)
    c.roundRect(margin, hot_y, inner, hot_h, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    hot_label = "也可拨打劳动保障监察举报投诉电话"
    hl_size = 14
    hot_w = stringWidth(hot_label, f, hl_size) + 3 * mm + stringWidth(hotline, LATIN_BOLD, 30)
    hx = cx - hot_w / 2
    _bold_text(c, hot_label, hx, hot_y + 10 * mm, f, hl_size)
    c.setFont(LATIN_BOLD, 30)
    c.drawString(hx + stringWidth(hot_label, f, hl_size) + 3 * mm, hot_y + 8.5 * mm, hotline)
    c.setFont(LATIN, 9)
    c.drawCentredString(cx, hot_y + 3.5 * mm, f"Or call the labour inspection hotline {hotline}")

    # Footer: brand and the printed payload (which batch this is).
    c.setFillColor(GREY)
    c.setFont(f, 8)
    c.drawString(margin, 7 * mm, "安薪 anxin · 根治欠薪")
    payload = _LINK_RE.fullmatch(link)
    c.setFont(LATIN, 7)
    c.drawRightString(page_w - margin, 7 * mm, payload.group(2) if payload else "")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- sticker sheets


@dataclass(frozen=True, slots=True)
class StickerLayout:
    """A grid of stickers on a page; all lengths in points, origin bottom-left."""

    page_width: float
    page_height: float
    width: float
    height: float
    columns: int
    rows: int
    left: float  # x of the first column
    top: float  # y of the top edge of the first row
    gap_x: float
    gap_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def grid_width(self) -> float:
        return self.columns * self.width + (self.columns - 1) * self.gap_x

    @property
    def grid_height(self) -> float:
        return self.rows * self.height + (self.rows - 1) * self.gap_y

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """Blank space around the grid: ``(left, top, right, bottom)``."""
        right = self.page_width - self.left - self.grid_width
        bottom = self.top - self.grid_height
        return self.left, self.page_height - self.top, right, bottom

    def cell(self, index: int) -> tuple[float, float]:
        """Lower-left corner of the ``index``-th sticker on a page (row-major from top-left)."""
        row, col = divmod(index % self.per_page, self.columns)
        x = self.left + col * (self.width + self.gap_x)
        y = self.top - row * (self.height + self.gap_y) - self.height
        return x, y

    def positions(self) -> list[tuple[float, float]]:
        return [self.cell(i) for i in range(self.per_page)]


def _pair(value: Margin) -> tuple[float, float]:
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return float(value), float(value)


def sticker_layout(
    size_mm: float = 40.0,
    margin_mm: Margin = DEFAULT_MARGIN_MM,
    gap_mm: Margin = DEFAULT_GAP_MM,
    *,
    height_mm: float | None = None,
    page_size: tuple[float, float] = A4,
    center: bool = True,
) -> StickerLayout:
    """How many ``size_mm`` stickers fit on a page, and where.

    ``margin_mm`` and ``gap_mm`` are one number or ``(horizontal, vertical)``.
    With ``center`` the grid is centred in the page (margins are minimums);
    without, it starts exactly at the left/top margins, as a pre-cut label sheet
    needs.  Raises :class:`ValueError` if not even one sticker fits.
    """
    w = size_mm * mm
    h = (height_mm if height_mm is not None else size_mm) * mm
    mx, my = (v * mm for v in _pair(margin_mm))
    gx, gy = (v * mm for v in _pair(gap_mm))
    if w <= 0 or h <= 0 or mx < 0 or my < 0 or gx < 0 or gy < 0:
        raise ValueError("sticker size must be positive and margins/gaps non-negative")
    page_w, page_h = page_size
    eps = 1e-6
    columns = int((page_w - 2 * mx + gx + eps) // (w + gx))
    rows = int((page_h - 2 * my + gy + eps) // (h + gy))
    if columns < 1 or rows < 1:
        raise ValueError(f"a {size_mm} mm sticker does not fit the page with these margins")
    grid_w = columns * w + (columns - 1) * gx
    grid_h = rows * h + (rows - 1) * gy
    left = (page_w - grid_w) / 2 if center else mx
    top = page_h - ((page_h - grid_h) / 2 if center else my)
    return StickerLayout(page_w, page_h, w, h, columns, rows, left, top, gx, gy)


#: Common A4 sheets: name -> keyword arguments of :func:`sticker_layout`.
LABEL_SHEETS: Final[dict[str, dict[str, object]]] = {
    # The default: 4 x 6 = 24 stickers of 40 mm, room for cut marks.
    "a4-40mm": {"size_mm": 40.0, "margin_mm": 10.0, "gap_mm": 5.0},
    "a4-30mm": {"size_mm": 30.0, "margin_mm": 7.5, "gap_mm": 3.0},  # 6 x 8 = 48
    "a4-35mm": {"size_mm": 35.0, "margin_mm": 10.0, "gap_mm": 3.0},  # 5 x 7 = 35
    "a4-50mm": {"size_mm": 50.0, "margin_mm": 10.0, "gap_mm": 5.0},  # 3 x 5 = 15
    "a4-60mm": {"size_mm": 60.0, "margin_mm": 10.0, "gap_mm": 5.0},  # 3 x 4 = 12
}


def label_sheet(name: str) -> StickerLayout:
    """The layout of a named sheet from :data:`LABEL_SHEETS`."""
    try:
        kwargs = LABEL_SHEETS[name]
    except KeyError:
        raise ValueError(f"unknown label sheet {name!r}; known: {sorted(LABEL_SHEETS)}") from None
    return sticker_layout(**kwargs)  # type: ignore[arg-type]


def stickers_for(
    site: SiteLabel, link: str, count: int | None = None, *, layout: StickerLayout | None = None
) -> list[tuple[SiteLabel, str]]:
    """Items for :func:`render_stickers`: ``count`` stickers, or one full sheet if ``None``."""
    if count is None:
        count = (layout or sticker_layout()).per_page
    if count < 0:
        raise ValueError(f"count must be >= 0: {count}")
    return [(site, link)] * count


def _cut_marks(c: Canvas, layout: StickerLayout, x: float, y: float, index: int) -> None:
    """Corner marks just outside the sticker, each within its half of the gutter."""
    row, col = divmod(index % layout.per_page, layout.columns)
    off = 1 * mm
    full = 4 * mm

    def room(outer: bool, gap: float, margin: float) -> float:
        return min(full, (margin if outer else gap / 2) - off)

    m_left, m_top, m_right, m_bottom = layout.margins
    left = room(col == 0, layout.gap_x, m_left)
    right = room(col == layout.columns - 1, layout.gap_x, m_right)
    above = room(row == 0, layout.gap_y, m_top)
    below = room(row == layout.rows - 1, layout.gap_y, m_bottom)
    x1, y1 = x + layout.width, y + layout.height
    minimum = 1 * mm
    lines: list[tuple[float, float, float, float]] = []
    for cy in (y, y1):
        if left >= minimum:
            lines.append((x - off - left, cy, x - off, cy))
        if right >= minimum:
            lines.append((x1 + off, cy, x1 + off + right, cy))
    for cx in (x, x1):
        if below >= minimum:
            lines.append((cx, y - off - below, cx, y - off))
        if above >= minimum:
            lines.append((cx, y1 + off, cx, y1 + off + above))
    if lines:
        c.lines(lines)


def _sticker_body(
    c: Canvas, site: SiteLabel, link: str, layout: StickerLayout, font: FontChoice
) -> None:
    """One sticker with its lower-left corner at the origin."""
    x = y = 0.0
    w, h = layout.width, layout.height
    s = min(w, h)
    radius = 0.06 * s
    band = 0.19 * h
    foot = 0.13 * h
    # Outline and label band.
    c.setFillColor(ORANGE)
    c.roundRect(x, y, w, h, radius, stroke=0, fill=1)
    inset = 0.025 * s
    c.setFillColor(colors.white)
    c.roundRect(
        x + inset, y + inset, w - 2 * inset, h - band - inset, radius * 0.6, stroke=0, fill=1
    )
    c.setStrokeColor(colors.white)
    label = "欠薪扫码"
    size = _fit(label, font.name, band * 0.62, w - 4 * inset)
    _bold_text(c, label, x + w / 2, y + h - band * 0.72, font.name, size, anchor="center")
    # QR with its quiet zone, between the band and the code line.
    q = min(h - band - foot - inset, w - 2 * inset)
    _qr_vector(c, link, x + (w - q) / 2, y + inset + foot, q)
    # Site code.
    c.setFillColor(DARK)
    prefix = "工地码 "
    code = display_code(site.code)
    fs = foot * 0.62
    pw = stringWidth(prefix, font.name, fs * 0.85)
    cw = stringWidth(code, LATIN_BOLD, fs)
    scale = min(1.0, (w - 4 * inset) / (pw + cw))
    tx = x + (w - (pw + cw) * scale) / 2
    ty = y + inset + foot * 0.3
    c.setFont(font.name, fs * 0.85 * scale)
    c.drawString(tx, ty, prefix)
    c.setFont(LATIN_BOLD, fs * scale)
    c.drawString(tx + pw * scale, ty, code)


@dataclass
class _StickerForms:
    """One PDF form per distinct (site code, link): each sticker only references it."""

    canvas: Canvas
    layout: StickerLayout
    font: FontChoice
    names: dict[tuple[str, str], str] = field(default_factory=dict)

    def draw(self, site: SiteLabel, link: str, x: float, y: float) -> None:
        key = (site.code, link)
        name = self.names.get(key)
        c = self.canvas
        if name is None:
            name = self.names[key] = f"AnxinSticker{len(self.names)}"
            c.beginForm(name, 0, 0, self.layout.width, self.layout.height)
            _sticker_body(c, site, link, self.layout, self.font)
            c.endForm()
        c.saveState()
        c.translate(x, y)
        c.doForm(name)
        c.restoreState()


def render_stickers(
    items: Sequence[tuple[SiteLabel, str]] | Iterable[tuple[SiteLabel, str]],
    out: str | Path | BinaryIO,
    *,
    size_mm: float = 40.0,
    margin_mm: Margin = DEFAULT_MARGIN_MM,
    gap_mm: Margin = DEFAULT_GAP_MM,
    layout: StickerLayout | None = None,
    cut_marks: bool = True,
    new_page_per_site: bool = False,
    font: str | os.PathLike[str] | None = None,
    progress: Progress = False,
) -> int:
    """Write sheets of helmet stickers (A4 PDF), one sticker per item; returns the page count.

    Repeat an item for several stickers (see :func:`stickers_for`).  ``layout``
    (e.g. :func:`label_sheet`) overrides ``size_mm``/``margin_mm``/``gap_mm``.
    With ``new_page_per_site`` each site (by code) starts on a fresh sheet, so
    sheets can be handed out per site.  ``progress``: ``True`` for a tqdm bar on
    stderr, or a callable ``(done, total)``.
    """
    items = list(items)
    if not items:
        raise ValueError("no stickers to render")
    lay = layout or sticker_layout(size_mm, margin_mm, gap_mm)
    cjk = font_for(font)
    c = Canvas(_open(out), pagesize=(lay.page_width, lay.page_height))
    c.setTitle(f"安薪 · 头盔贴 · {len(items)}")
    c.setAuthor("anxin")
    c.setCreator("anxin qr.posters")
    stickers = _StickerForms(c, lay, cjk)
    total = len(items)
    bar = tqdm(
        total=total, desc="stickers", unit="sticker", file=sys.stderr, disable=progress is not True
    )
    report = progress if callable(progress) else None
    pages = 0
    slot = 0
    previous: str | None = None
    try:
        for done, (site, link) in enumerate(items, start=1):
            if slot == lay.per_page or (
                new_page_per_site and previous is not None and site.code != previous and slot
            ):
                c.showPage()
                slot = 0
            if slot == 0:
                pages += 1
                c.setLineWidth(0.25)
                c.setStrokeColor(colors.black)
            x, y = lay.cell(slot)
            if cut_marks:
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.25)
                _cut_marks(c, lay, x, y, slot)
            stickers.draw(site, link, x, y)
            slot += 1
            previous = site.code
            bar.update(1)
            if report is not None:
                report(done, total)
        c.showPage()
        c.save()
    finally:
        bar.close()
    return pages
