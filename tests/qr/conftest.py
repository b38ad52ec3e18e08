"""Helpers for the qr tests: render PDF pages with pypdfium2 and decode QR codes with zxing-cpp."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from qr import links
from qr.posters import SiteLabel

DPI = 200


def render_pages(pdf: bytes | Path, dpi: int = DPI) -> Iterator[Image.Image]:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    doc = pdfium.PdfDocument(data)
    try:
        for i in range(len(doc)):
            page = doc[i]
            yield page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
    finally:
        doc.close()


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_text(pdf: bytes, index: int = 0) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        text = page.get_textpage().get_text_range()
        return str(text)
    finally:
        doc.close()


def decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    return [
        b for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if b.valid
    ]


def decode_png(png: bytes) -> list[zxingcpp.Barcode]:
    return decode(Image.open(io.BytesIO(png)))


def make_site(i: int = 0) -> SiteLabel:
    return SiteLabel(
        code=links.new_site_code(),
        name=f"滨江新城安置房{i + 1}期工程",
        district="青山区",
        street="滨江街道",
        contractor="中建某局第三建设工程有限公司",
        builder="滨江城投置业有限公司",
    )


def sticker_link(site: SiteLabel, version: int = 1, bot: str = "anxin_bot") -> str:
    return links.deep_link(bot, links.make_payload(site.code, "sticker", version))


def poster_link(site: SiteLabel, version: int = 1, bot: str = "anxin_bot") -> str:
    return links.deep_link(bot, links.make_payload(site.code, "poster", version))


@pytest.fixture
def site() -> SiteLabel:
    return make_site()
