import io
import itertools
import random
from collections import Counter
from pathlib import Path

import pytest

from qr import fonts, posters
from qr.posters import SiteLabel

from .conftest import (
    decode,
    make_site,
    page_count,
    page_text,
    poster_link,
    render_pages,
    sticker_link,
)


def _embedded_font_available() -> bool:
    return fonts.cjk_font().embedded


# ------------------------------------------------------------------ poster


@pytest.mark.parametrize("font", [None, "cid"])
def test_poster_qr_decodes_to_the_poster_link(site: SiteLabel, font: str | None) -> None:
    link = poster_link(site)
    buf = io.BytesIO()
    posters.render_poster(site, link, buf, font=font)
    pdf = buf.getvalue()
    assert pdf.startswith(b"%PDF-")
    assert page_count(pdf) == 1
    (page,) = render_pages(pdf)
    assert page.size == (1654, 2339)  # A4 at 200 dpi
    found = decode(page)
    assert [b.text for b in found] == [link]
    assert found[0].ec_level == "H"


def test_poster_text(site: SiteLabel) -> None:
    link = poster_link(site)
    buf = io.BytesIO()
    posters.render_poster(site, link, buf, hotline="12333", font="cid")
    text = page_text(buf.getvalue())
    for expected in [
        site.name,
        site.district,
        site.street,
        site.contractor,
        site.builder,
        "扫码",
        "说明情况",
        "收到编号",
        "12333",
        "身份保密",
        "反映之后",
        "Unpaid wages",
        f"{site.code[:4]} {site.code[4:]}",  # the site code, for those who cannot scan
        "@anxin_bot",
    ]:
        assert expected in text, expected


def test_poster_to_path_and_other_hotline(tmp_path: Path, site: SiteLabel) -> None:
    out = tmp_path / "poster.pdf"
    posters.render_poster(site, poster_link(site), out, hotline="0571-12345")
    assert "0571-12345" in page_text(out.read_bytes())
    posters.render_poster(site, poster_link(site), str(tmp_path / "p2.pdf"))
    assert (tmp_path / "p2.pdf").stat().st_size > 1000


def test_poster_with_a_long_name_and_no_optional_fields() -> None:
    site = SiteLabel(
        code="k7q2xp9a",
        name="某某市轨道交通3号线二期工程土建施工总承包第五标段项目部及配套道路改造工程",
        district="青山区",
    )
    link = poster_link(site)
    buf = io.BytesIO()
    posters.render_poster(site, link, buf)
    (page,) = render_pages(buf.getvalue())
    assert [b.text for b in decode(page)] == [link]


def test_cid_font_is_referenced_not_embedded(site: SiteLabel) -> None:
    buf = io.BytesIO()
    posters.render_poster(site, poster_link(site), buf, font="cid")
    pdf = buf.getvalue()
    assert b"/STSong-Light" in pdf
    assert b"/FontFile2" not in pdf


@pytest.mark.skipif(not _embedded_font_available(), reason="no TrueType CJK font on this machine")
def test_truetype_font_is_embedded(site: SiteLabel) -> None:
    buf = io.BytesIO()
    posters.render_poster(site, poster_link(site), buf)
    pdf = buf.getvalue()
    assert b"/FontFile2" in pdf
    assert site.name in page_text(pdf)


def test_bad_font_path(tmp_path: Path, site: SiteLabel) -> None:
    bogus = tmp_path / "nope.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(ValueError):
        posters.render_poster(site, poster_link(site), io.BytesIO(), font=bogus)


def test_env_var_font_falls_back_when_unusable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bogus = tmp_path / "nope.ttf"
    bogus.write_bytes(b"not a font")
    monkeypatch.setenv(fonts.ENV_VAR, str(bogus))
    choice = fonts.cjk_font()
    assert choice.source != str(bogus)


# ------------------------------------------------------------------ layout


def test_default_layout_is_4_by_6_of_40mm() -> None:
    lay = posters.sticker_layout()
    assert (lay.columns, lay.rows, lay.per_page) == (4, 6, 24)
    assert lay.width == pytest.approx(40 * 72 / 25.4)
    # Centred, inside the margins, no overlaps.
    xs = sorted({x for x, _ in lay.positions()})
    ys = sorted({y for _, y in lay.positions()})
    assert xs[0] == pytest.approx(lay.page_width - xs[-1] - lay.width)
    assert ys[0] == pytest.approx(lay.page_height - ys[-1] - lay.height)
    assert xs[0] >= 10 * 72 / 25.4 - 1e-6
    assert all(b - a >= lay.width for a, b in itertools.pairwise(xs))


@pytest.mark.parametrize(
    "name,grid",
    [
        ("a4-40mm", (4, 6)),
        ("a4-30mm", (6, 8)),
        ("a4-35mm", (5, 7)),
        ("a4-50mm", (3, 5)),
        ("a4-60mm", (3, 4)),
    ],
)
def test_label_sheets(name: str, grid: tuple[int, int]) -> None:
    lay = posters.label_sheet(name)
    assert (lay.columns, lay.rows) == grid


def test_layout_options() -> None:
    lay = posters.sticker_layout(50, margin_mm=(1.5, 20), gap_mm=(2, 8), center=False)
    mm = 72 / 25.4
    assert lay.left == pytest.approx(1.5 * mm)
    assert lay.top == pytest.approx(lay.page_height - 20 * mm)
    assert lay.gap_x == pytest.approx(2 * mm) and lay.gap_y == pytest.approx(8 * mm)
    assert lay.columns == 4  # 4*50 + 3*2 = 206 <= 210 - 2*1.5
    assert lay.rows == 4  # 4*50 + 3*8 = 224 <= 297 - 2*20
    rect = posters.sticker_layout(60, height_mm=30)
    assert rect.height == pytest.approx(30 * mm)
    assert rect.rows > rect.columns
    with pytest.raises(ValueError):
        posters.sticker_layout(250)
    with pytest.raises(ValueError):
        posters.sticker_layout(40, margin_mm=-1)
    with pytest.raises(ValueError):
        posters.label_sheet("a4-nonsense")


def test_stickers_for() -> None:
    site = make_site()
    assert len(posters.stickers_for(site, "x")) == 24
    assert len(posters.stickers_for(site, "x", layout=posters.label_sheet("a4-30mm"))) == 48
    assert posters.stickers_for(site, "x", 3) == [(site, "x")] * 3
    with pytest.raises(ValueError):
        posters.stickers_for(site, "x", -1)


# ------------------------------------------------------------------ stickers


def _render(items: list[tuple[SiteLabel, str]], **kwargs: object) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = posters.render_stickers(items, buf, **kwargs)  # type: ignore[arg-type]
    return buf.getvalue(), pages


def _decoded_links(pdf: bytes) -> list[list[str]]:
    return [[b.text for b in decode(page)] for page in render_pages(pdf)]


def test_one_full_sheet_for_one_site(site: SiteLabel) -> None:
    link = sticker_link(site)
    pdf, pages = _render(posters.stickers_for(site, link))
    assert pages == 1 == page_count(pdf)
    (found,) = _decoded_links(pdf)
    assert found == [link] * 24
    assert "欠薪扫码" in page_text(pdf)
    assert f"{site.code[:4]} {site.code[4:]}" in page_text(pdf)


def test_multi_site_sheets_decode_to_their_own_links() -> None:
    rng = random.Random(7)
    sites = [make_site(i) for i in range(7)]
    items = [(s, sticker_link(s, version=i + 1)) for i, s in enumerate(sites)]
    batch = [item for item in items for _ in range(rng.randint(3, 12))]
    rng.shuffle(batch)
    pdf, pages = _render(batch)
    assert pages == -(-len(batch) // 24) == page_count(pdf)
    per_page = _decoded_links(pdf)
    for i, found in enumerate(per_page):
        expected = [link for _, link in batch[i * 24 : (i + 1) * 24]]
        assert Counter(found) == Counter(expected), f"page {i + 1}"
    assert Counter(x for page in per_page for x in page) == Counter(link for _, link in batch)


def test_each_sticker_sits_in_its_cell() -> None:
    """Decoded positions map to the layout cell holding that item."""
    sites = [make_site(i) for i in range(24)]
    items = [(s, sticker_link(s)) for s in sites]
    pdf, _ = _render(items)
    lay = posters.sticker_layout()
    (page,) = render_pages(pdf)
    scale = page.size[0] / lay.page_width
    found = decode(page)
    assert len(found) == 24
    for b in found:
        p = b.position
        cx = (p.top_left.x + p.bottom_right.x) / 2 / scale
        cy = lay.page_height - (p.top_left.y + p.bottom_right.y) / 2 / scale
        index = next(
            i
            for i, (x, y) in enumerate(lay.positions())
            if x <= cx <= x + lay.width and y <= cy <= y + lay.height
        )
        assert b.text == items[index][1]


@pytest.mark.parametrize("sheet", ["a4-30mm", "a4-50mm"])
def test_other_sizes_decode(sheet: str) -> None:
    sites = [make_site(i) for i in range(3)]
    lay = posters.label_sheet(sheet)
    items = [(s, sticker_link(s)) for s in sites] * (lay.per_page // 3)
    pdf, pages = _render(items, layout=lay, cut_marks=False)
    assert pages == 1
    (found,) = _decoded_links(pdf)
    assert Counter(found) == Counter(link for _, link in items)


def test_size_mm_and_margins_arguments(site: SiteLabel) -> None:
    link = sticker_link(site)
    pdf, pages = _render([(site, link)] * 20, size_mm=50, margin_mm=8, gap_mm=4)
    assert pages == 2  # 3 x 5 = 15 per page at 50 mm
    assert [len(x) for x in _decoded_links(pdf)] == [15, 5]


def test_new_page_per_site() -> None:
    a, b = make_site(0), make_site(1)
    items = [(a, sticker_link(a))] * 5 + [(b, sticker_link(b))] * 30
    _, pages = _render(items)
    assert pages == 2
    pdf, pages = _render(items, new_page_per_site=True)
    assert pages == 3
    found = _decoded_links(pdf)
    assert [set(x) for x in found] == [
        {sticker_link(a)},
        {sticker_link(b)},
        {sticker_link(b)},
    ]
    assert [len(x) for x in found] == [5, 24, 6]


def test_progress_callable_and_bar(capsys: pytest.CaptureFixture[str], site: SiteLabel) -> None:
    calls: list[tuple[int, int]] = []
    _render(
        posters.stickers_for(site, sticker_link(site), 30),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(i, 30) for i in range(1, 31)]
    _render(posters.stickers_for(site, sticker_link(site), 30), progress=True)
    captured = capsys.readouterr()
    assert "30/30" in captured.err
    assert captured.out == ""
    _render(posters.stickers_for(site, sticker_link(site), 30))
    assert capsys.readouterr().err == ""


def test_cut_marks_drawn_only_when_asked(site: SiteLabel) -> None:
    items = posters.stickers_for(site, sticker_link(site), 1)
    lay = posters.sticker_layout()
    with_marks = next(render_pages(_render(items)[0]))
    without = next(render_pages(_render(items, cut_marks=False)[0]))
    scale = with_marks.size[0] / lay.page_width
    x, y = lay.cell(0)
    # The top-left corner mark sits in the margin left of the sticker's top edge.
    px = int((x - 3 * 72 / 25.4) * scale)
    py = int((lay.page_height - y - lay.height) * scale)
    region = (px - 3, py - 3, px + 3, py + 3)
    assert with_marks.crop(region).getextrema()[0] < 128
    assert without.crop(region).getextrema()[0] == 255


def test_empty_batch_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        posters.render_stickers([], tmp_path / "x.pdf")


def test_writes_to_a_path(tmp_path: Path, site: SiteLabel) -> None:
    out = tmp_path / "s.pdf"
    assert posters.render_stickers(posters.stickers_for(site, sticker_link(site), 2), out) == 1
    assert out.read_bytes().startswith(b"%PDF-")


def test_each_distinct_link_is_drawn_once() -> None:
    """Stickers reference one form per link: the PDF grows little with the count."""
    sites = [make_site(i) for i in range(2)]
    small, _ = _render([(s, sticker_link(s)) for s in sites] * 12)
    large, _ = _render([(s, sticker_link(s)) for s in sites] * 240)
    assert small.count(b"/Subtype /Form") == 2  # one per distinct sticker
    assert large.count(b"/Subtype /Form") == 2
    assert len(large) < 12 * len(small)
