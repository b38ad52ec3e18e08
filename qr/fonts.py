"""The CJK font for posters and stickers.

Two routes, chosen by :func:`cjk_font`:

* **Embedded TrueType** (preferred when available): a TrueType-outline CJK font
  (``glyf`` table; reportlab cannot embed CFF/OpenType-CFF fonts such as Noto
  Sans CJK) found on the machine is subset and embedded, so the PDF is
  self-contained, as print shops' preflight expects.  Looked for in
  ``$ANXIN_CJK_FONT`` (a ``.ttf``/``.ttc`` path, optionally ``path#index``) and
  then in the usual Debian locations (``fonts-wqy-microhei``,
  ``fonts-wqy-zenhei``, ``fonts-arphic-uming``, ``fonts-droid-fallback``).
* **CID font reference** (fallback, nothing to install): reportlab's standard
  Adobe CID font ``STSong-Light`` (``UniGB-UCS2-H``).  The PDF names the font
  without embedding it; Acrobat, and phone/desktop viewers with a Chinese
  system font, render it.  A viewer with no CJK font at all (PDFium or poppler
  on a bare server) shows blanks instead of the Chinese text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

__all__ = ["CID_FONT", "CJK_FONT_CANDIDATES", "FontChoice", "cjk_font", "font_for"]

CID_FONT: Final = "STSong-Light"
ENV_VAR: Final = "ANXIN_CJK_FONT"

#: (path, subfont index) of TrueType-outline CJK fonts, best first.
CJK_FONT_CANDIDATES: Final[tuple[tuple[str, int], ...]] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf", 0),
)


@dataclass(frozen=True, slots=True)
class FontChoice:
    """A registered reportlab font name and how it got into the PDF."""

    name: str
    embedded: bool
    source: str  # a file path, or the CID font's name


def _split(spec: str) -> tuple[str, int]:
    path, _, index = spec.partition("#")
    return path, int(index) if index.isdigit() else 0


@lru_cache(maxsize=16)
def _register_ttf(path: str, index: int) -> FontChoice | None:
    name = f"AnxinCJK-{Path(path).stem}-{index}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except (OSError, TTFError):
        return None
    # A font without Chinese glyphs would print blanks: require the characters we use.
    cmap = font.face.charToGlyph
    if not all(ord(ch) in cmap for ch in "欠薪扫码工地编号"):
        return None
    pdfmetrics.registerFont(font)
    return FontChoice(name=name, embedded=True, source=path)


@lru_cache(maxsize=1)
def _register_cid() -> FontChoice:
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return FontChoice(name=CID_FONT, embedded=False, source=CID_FONT)


def font_for(font: str | os.PathLike[str] | None = None) -> FontChoice:
    """Resolve a ``font`` argument of the render functions.

    ``None`` or ``"auto"``: :func:`cjk_font`.  ``"cid"`` or ``"STSong-Light"``:
    the CID reference.  Anything else: a TrueType font file path
    (``path#index`` for a collection); :class:`ValueError` if it cannot be used.
    """
    if font is None or font == "auto":
        return cjk_font()
    if font in ("cid", CID_FONT):
        return _register_cid()
    path, index = _split(os.fspath(font))
    choice = _register_ttf(path, index)
    if choice is None:
        raise ValueError(f"not a usable TrueType CJK font: {font!s}")
    return choice


def cjk_font() -> FontChoice:
    """The best CJK font available here: an embeddable TrueType font, else the CID font."""
    env = os.environ.get(ENV_VAR, "").strip()
    candidates = ([_split(env)] if env else []) + list(CJK_FONT_CANDIDATES)
    for path, index in candidates:
        if os.path.isfile(path):
            choice = _register_ttf(path, index)
            if choice is not None:
                return choice
    return _register_cid()
