import io
import re
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageDraw

from qr import images, links

from .conftest import decode, decode_png

LINK = links.deep_link("anxin_bot", links.make_payload("k7q2xp9a", "sticker", 1))
LONG_LINK = links.deep_link("a" * 32, links.make_payload("k7q2xp9a", "poster", 999_999))


@pytest.mark.parametrize("data", [LINK, LONG_LINK])
def test_png_decodes_with_high_error_correction(data: str) -> None:
    png = images.qr_png(data)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    found = decode_png(png)
    assert [b.text for b in found] == [data]
    assert found[0].ec_level == "H"


def test_png_keeps_the_quiet_zone() -> None:
    box = 10
    img = Image.open(io.BytesIO(images.qr_png(LINK, box_size=box))).convert("L")
    n = len(images.qr_matrix(LINK))
    assert img.size == ((n + 2 * images.BORDER) * box,) * 2
    quiet = images.BORDER * box
    w = img.size[0]
    for x0, y0, x1, y1 in [
        (0, 0, w, quiet),
        (0, w - quiet, w, w),
        (0, 0, quiet, w),
        (w - quiet, 0, w, w),
    ]:
        assert img.crop((x0, y0, x1, y1)).getextrema() == (255, 255)
    # The finder pattern starts right after the quiet zone.
    assert img.getpixel((quiet + 1, quiet + 1)) == 0


def test_png_box_size() -> None:
    small = Image.open(io.BytesIO(images.qr_png(LINK, box_size=4)))
    large = Image.open(io.BytesIO(images.qr_png(LINK, box_size=12)))
    assert large.size[0] == small.size[0] * 3
    assert [b.text for b in decode_png(images.qr_png(LINK, box_size=4))] == [LINK]


def _rasterise_svg(svg: str, scale: int = 8) -> Image.Image:
    """Draw the SVG written by qr_svg (a white rect and a path of h/v runs) with Pillow."""
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    _, _, vw, vh = (float(v) for v in root.attrib["viewBox"].split())
    img = Image.new("L", (int(vw * scale), int(vh * scale)), 255)
    draw = ImageDraw.Draw(img)
    (path,) = root.findall("s:path", ns)
    d = path.attrib["d"]
    subpaths = re.findall(r"M(\d+),(\d+)h(\d+)v1h-(\d+)z", d)
    assert "".join(f"M{x},{y}h{w}v1h-{w2}z" for x, y, w, w2 in subpaths) == d
    for x, y, w, w2 in subpaths:
        assert w == w2
        x0, y0, width = int(x), int(y), int(w)
        draw.rectangle(
            (x0 * scale, y0 * scale, (x0 + width) * scale - 1, (y0 + 1) * scale - 1), fill=0
        )
    return img


@pytest.mark.parametrize("data", [LINK, LONG_LINK])
def test_svg_structure_and_decodes(data: str) -> None:
    svg = images.qr_svg(data)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    n = len(images.qr_matrix(data))
    size = n + 2 * images.BORDER
    assert root.attrib["viewBox"] == f"0 0 {size} {size}"
    assert root.attrib["width"] == f"{size}mm"
    rect = root.find("{http://www.w3.org/2000/svg}rect")
    assert rect is not None and rect.attrib["fill"] == "#ffffff"
    img = _rasterise_svg(svg)
    # Dark modules stay inside the quiet zone.
    q = images.BORDER * 8
    w = img.size[0]
    assert img.crop((0, 0, w, q)).getextrema() == (255, 255)
    assert img.crop((0, 0, q, w)).getextrema() == (255, 255)
    assert [b.text for b in decode(img)] == [data]


def test_svg_matches_matrix() -> None:
    img = _rasterise_svg(images.qr_svg(LINK), scale=1)
    matrix = images.qr_matrix(LINK)
    b = images.BORDER
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            assert (img.getpixel((c + b, r + b)) == 0) == dark


def test_runs_cover_exactly_the_dark_modules() -> None:
    n, runs = images.qr_runs(LINK)
    matrix = images.qr_matrix(LINK)
    assert n == len(matrix) == len(matrix[0])
    dark = {(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v}
    covered = {(r, c + i) for r, c, length in runs for i in range(length)}
    assert covered == dark
    assert len(runs) < len(dark)


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_error_correction_levels(level: images.ErrorCorrection) -> None:
    found = decode_png(images.qr_png(LINK, error_correction=level))
    assert found[0].ec_level == level


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        images.qr_png("")
    with pytest.raises(ValueError):
        images.qr_png(LINK, border=2)
    with pytest.raises(ValueError):
        images.qr_png(LINK, box_size=0)
    with pytest.raises(ValueError):
        images.qr_svg(LINK, border=1)
    with pytest.raises(ValueError):
        images.qr_png(LINK, error_correction="X")  # type: ignore[arg-type]
