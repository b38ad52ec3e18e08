"""Benchmark: 1,000 helmet stickers across 50 sites in one A4 PDF.

    python -m bench.qr_bench [--sites 50] [--stickers 1000] [--out FILE] [--verify] [--font cid]

Reports the wall time of ``qr.posters.render_stickers`` (cold: font loading
and QR encoding included), the process's peak RSS, the peak of Python
allocations during the render (tracemalloc, in a second run), the PDF size
and pages.  ``--verify`` renders every page with pypdfium2 at 200 dpi and
decodes every QR with zxing-cpp, checking that the decoded links are exactly
the expected ones.  Targets: under 10 s and under 500 MB.
"""

from __future__ import annotations

import argparse
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from qr import fonts, links, posters

TIME_TARGET_S = 10.0
MEMORY_TARGET_MB = 500.0


def make_items(sites: int, stickers: int) -> list[tuple[posters.SiteLabel, str]]:
    labels = [
        posters.SiteLabel(
            code=links.new_site_code(),
            name=f"示例工地{i + 1:02d}号项目",
            district="青山区",
            street="滨江街道",
            contractor="中建某局第三建设工程有限公司",
        )
        for i in range(sites)
    ]
    per_site, extra = divmod(stickers, sites)
    items: list[tuple[posters.SiteLabel, str]] = []
    for i, site in enumerate(labels):
        link = links.deep_link("anxin_bot", links.make_payload(site.code, "sticker", 1))
        items.extend([(site, link)] * (per_site + (1 if i < extra else 0)))
    return items


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def verify(pdf: Path, items: list[tuple[posters.SiteLabel, str]]) -> tuple[int, float]:
    import pypdfium2 as pdfium
    import zxingcpp

    start = time.perf_counter()
    found: Counter[str] = Counter()
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            page = doc[i]
            image = page.render(scale=200 / 72, grayscale=True).to_pil()
            found.update(
                b.text
                for b in zxingcpp.read_barcodes(
                    image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
                )
            )
            page.close()
    finally:
        doc.close()
    expected = Counter(link for _, link in items)
    if found != expected:
        missing = expected - found
        raise SystemExit(f"verify FAILED: {sum(missing.values())} stickers did not decode")
    return sum(found.values()), time.perf_counter() - start


def commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--stickers", type=int, default=1000)
    parser.add_argument("--out", type=Path, help="keep the PDF here (default: a temp file)")
    parser.add_argument("--progress", action="store_true", help="tqdm bar on stderr")
    parser.add_argument("--verify", action="store_true", help="decode every QR of the PDF")
    parser.add_argument("--font", default=None, help="'cid', or a TrueType CJK font file")
    args = parser.parse_args(argv)

    items = make_items(args.sites, args.stickers)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "stickers.pdf"

        start = time.perf_counter()
        pages = posters.render_stickers(items, out, progress=args.progress, font=args.font)
        elapsed = time.perf_counter() - start
        rss = peak_rss_mb()
        size_mb = out.stat().st_size / 1e6

        # A second render under tracemalloc: the peak of Python allocations.
        tracemalloc.start()
        posters.render_stickers(items, Path(tmp) / "again.pdf", font=args.font)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        font = fonts.font_for(args.font)
        print(f"stickers: {len(items)} across {args.sites} sites, {pages} pages")
        print(f"render time: {elapsed:.2f} s (target < {TIME_TARGET_S:.0f} s)")
        print(f"peak RSS (whole process): {rss:.0f} MB (target < {MEMORY_TARGET_MB:.0f} MB)")
        print(f"peak Python allocations during render: {traced_peak / 1e6:.1f} MB")
        print(f"PDF size: {size_mb:.2f} MB")
        print(f"font: {font.name} ({'embedded' if font.embedded else 'CID reference'})")
        print(
            f"machine: {platform.python_implementation()} {platform.python_version()}, "
            f"commit {commit()}"
        )
        if args.verify:
            decoded, verify_s = verify(out, items)
            print(f"verify: {decoded}/{len(items)} stickers decoded at 200 dpi ({verify_s:.1f} s)")
    ok = elapsed < TIME_TARGET_S and rss < MEMORY_TARGET_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
