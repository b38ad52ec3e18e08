"""Command line for printing: ``python -m qr poster|stickers|png|svg ...``.

Examples::

    python -m qr poster --bot anxin_bot --code k7q2xp9a --name 滨江新城安置房二期工程 \\
        --district 青山区 --contractor 中建某局第三建设工程有限公司 poster.pdf
    python -m qr stickers --bot anxin_bot --code k7q2xp9a --name ... --district ... \\
        --count 48 --size-mm 40 stickers.pdf
    python -m qr png --bot anxin_bot --code k7q2xp9a --medium sticker qr.png

``--preview FILE.png`` also renders the PDF's first page to a PNG (needs
pypdfium2, a dev dependency).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qr import images, links, posters


def _site_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bot", required=True, help="the bot's username, without @")
    p.add_argument("--code", required=True, help="the site's public code")
    p.add_argument("--version", type=int, default=1, help="link version (after a reissue)")


def _label_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True)
    p.add_argument("--district", required=True)
    p.add_argument("--street", default="")
    p.add_argument("--contractor", default="")
    p.add_argument("--builder", default="")
    p.add_argument("--font", default=None, help="'cid', or a TrueType CJK font file")
    p.add_argument("--preview", type=Path, help="also render page 1 to this PNG")


def _preview(pdf: Path, png: Path, dpi: int = 110) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        doc[0].render(scale=dpi / 72).to_pil().save(png, optimize=True)
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qr", description="QR posters and stickers")
    sub = parser.add_subparsers(dest="command", required=True)
    poster = sub.add_parser("poster", help="A4 site poster (PDF)")
    _site_args(poster)
    _label_args(poster)
    poster.add_argument("--hotline", default="12333")
    poster.add_argument("out", type=Path)
    stickers = sub.add_parser("stickers", help="A4 sheets of helmet stickers (PDF)")
    _site_args(stickers)
    _label_args(stickers)
    stickers.add_argument("--count", type=int, help="stickers (default: one full sheet)")
    stickers.add_argument("--size-mm", type=float, default=40.0)
    stickers.add_argument("--margin-mm", type=float, default=posters.DEFAULT_MARGIN_MM)
    stickers.add_argument("--gap-mm", type=float, default=posters.DEFAULT_GAP_MM)
    stickers.add_argument("--sheet", choices=sorted(posters.LABEL_SHEETS), help="a preset")
    stickers.add_argument("--no-cut-marks", action="store_true")
    stickers.add_argument("out", type=Path)
    for kind in ("png", "svg"):
        img = sub.add_parser(kind, help=f"the QR code alone ({kind.upper()})")
        _site_args(img)
        img.add_argument("--medium", choices=sorted(links.MEDIA), default="poster")
        img.add_argument("out", type=Path)
    args = parser.parse_args(argv)

    try:
        medium = getattr(args, "medium", None) or (
            "poster" if args.command == "poster" else "sticker"
        )
        link = links.deep_link(args.bot, links.make_payload(args.code, medium, args.version))
    except ValueError as exc:
        parser.error(str(exc))
    if args.command == "png":
        args.out.write_bytes(images.qr_png(link))
    elif args.command == "svg":
        args.out.write_text(images.qr_svg(link), encoding="utf-8")
    else:
        site = posters.SiteLabel(
            args.code, args.name, args.district, args.street, args.contractor, args.builder
        )
        if args.command == "poster":
            posters.render_poster(site, link, args.out, args.hotline, font=args.font)
        else:
            layout = (
                posters.label_sheet(args.sheet)
                if args.sheet
                else posters.sticker_layout(args.size_mm, args.margin_mm, args.gap_mm)
            )
            items = posters.stickers_for(site, link, args.count, layout=layout)
            pages = posters.render_stickers(
                items,
                args.out,
                layout=layout,
                cut_marks=not args.no_cut_marks,
                font=args.font,
                progress=True,
            )
            print(f"{len(items)} stickers on {pages} page(s)", file=sys.stderr)
        if args.preview:
            _preview(args.out, args.preview)
    print(link)
    return 0


if __name__ == "__main__":
    sys.exit(main())
