from pathlib import Path

import pytest

from qr.__main__ import main

from .conftest import decode, decode_png, render_pages

COMMON = ["--bot", "anxin_bot", "--code", "k7q2xp9a"]
LABEL = ["--name", "滨江新城安置房二期工程", "--district", "青山区"]


def test_poster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.pdf"
    assert main(["poster", *COMMON, *LABEL, "--preview", str(tmp_path / "p.png"), str(out)]) == 0
    link = "https://t.me/anxin_bot?start=k7q2xp9a-p1"
    assert capsys.readouterr().out.strip() == link
    (page,) = render_pages(out)
    assert [b.text for b in decode(page)] == [link]
    assert (tmp_path / "p.png").read_bytes().startswith(b"\x89PNG")


def test_stickers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    args = ["stickers", *COMMON, "--version", "3", *LABEL, "--count", "30", str(out)]
    assert main(args) == 0
    link = "https://t.me/anxin_bot?start=k7q2xp9a-s3"
    captured = capsys.readouterr()
    assert captured.out.strip() == link
    assert "30 stickers on 2 page(s)" in captured.err
    assert [len(decode(p)) for p in render_pages(out)] == [24, 6]


def test_png_and_svg(tmp_path: Path) -> None:
    assert main(["png", *COMMON, "--medium", "sticker", str(tmp_path / "q.png")]) == 0
    found = decode_png((tmp_path / "q.png").read_bytes())
    assert [b.text for b in found] == ["https://t.me/anxin_bot?start=k7q2xp9a-s1"]
    assert main(["svg", *COMMON, str(tmp_path / "q.svg")]) == 0
    assert (tmp_path / "q.svg").read_text().startswith("<?xml")


def test_bad_code_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["png", "--bot", "anxin_bot", "--code", "BAD", str(tmp_path / "q.png")])
    assert exc.value.code == 2
