"""QR code images (PNG, SVG) and the module matrix used to draw QR codes as vectors.

Error correction defaults to level H (~30 % of the code may be lost): stickers
live on dirty, scratched, curved helmets.  The quiet zone (4 modules, as the
QR standard requires) is always kept.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Final, Literal

import qrcode
import qrcode.constants
from qrcode.image.pil import PilImage

__all__ = [
    "BORDER",
    "ErrorCorrection",
    "qr_matrix",
    "qr_png",
    "qr_runs",
    "qr_svg",
]

ErrorCorrection = Literal["L", "M", "Q", "H"]

#: Quiet zone in modules (the minimum the QR standard allows).
BORDER: Final = 4

_LEVELS: Final = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


def _make(
    data: str, error_correction: ErrorCorrection, box_size: int, border: int, *, strict: bool = True
) -> qrcode.QRCode:
    if not data:
        raise ValueError("QR data must not be empty")
    level = _LEVELS.get(error_correction)
    if level is None:
        raise ValueError(f"error_correction must be one of L, M, Q, H: {error_correction!r}")
    if strict and border < BORDER:
        raise ValueError(f"border must keep the {BORDER}-module quiet zone: {border}")
    if box_size < 1:
        raise ValueError(f"box_size must be >= 1: {box_size}")
    code = qrcode.QRCode(error_correction=level, box_size=box_size, border=border)
    code.add_data(data)
    code.make(fit=True)
    return code


@lru_cache(maxsize=4096)
def qr_matrix(data: str, error_correction: ErrorCorrection = "H") -> tuple[tuple[bool, ...], ...]:
    """The QR symbol's modules (``True`` = dark), *without* the quiet zone.

    Cached: a sheet of stickers encodes each distinct link once.
    """
    code = _make(data, error_correction, box_size=1, border=0, strict=False)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


@lru_cache(maxsize=4096)
def qr_runs(
    data: str, error_correction: ErrorCorrection = "H"
) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """``(n, runs)``: the symbol's width in modules and its dark runs ``(row, col, length)``.

    Horizontal runs of dark modules merged into one rectangle each: about a
    third as many rectangles as modules, for compact vector drawing.
    """
    matrix = qr_matrix(data, error_correction)
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), tuple(runs)


def qr_png(
    data: str, box_size: int = 10, *, border: int = BORDER, error_correction: ErrorCorrection = "H"
) -> bytes:
    """A black-on-white PNG of ``data`` with a ``border``-module quiet zone."""
    code = _make(data, error_correction, box_size, border)
    image = code.make_image(image_factory=PilImage)
    buf = io.BytesIO()
    image.save(buf)
    return buf.getvalue()


def qr_svg(data: str, *, border: int = BORDER, error_correction: ErrorCorrection = "H") -> str:
    """A standalone SVG document: a white background and one path of dark modules.

    One user unit per module, shown at 1 mm per module by default; the
    ``viewBox`` lets it scale to any size.  Encoded by ``qrcode``; written here
    with merged horizontal runs (far smaller than one square per module).
    """
    _make(data, error_correction, box_size=1, border=border)  # validates the arguments
    n, runs = qr_runs(data, error_correction)
    size = n + 2 * border
    path = "".join(f"M{c + border},{r + border}h{length}v1h-{length}z" for r, c, length in runs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'width="{size}mm" height="{size}mm" viewBox="0 0 {size} {size}" '
        'shape-rendering="crispEdges">\n'
        f'<rect width="{size}" height="{size}" fill="#ffffff"/>\n'
        f'<path fill="#000000" d="{path}"/>\n'
        "</svg>\n"
    )
