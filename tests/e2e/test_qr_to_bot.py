"""Issue 7 end to end: printed codes decode to links that open the right site's intake,
a revoked sticker batch says so kindly, and admins get PDFs in their private chat."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from bot.cli import main as cli_main
from bot.harness import add_site, payload
from handlers.admin import label, site_link
from qr import posters
from tests.e2e.world import world
from tests.qr.conftest import decode, render_pages


def _payload_of(link: str) -> str:
    return parse_qs(urlparse(link).query)["start"][0]


async def test_every_sticker_on_a_sheet_opens_its_own_site(sqlite_url: str, tmp_path: Path) -> None:
    async with world(sqlite_url) as w:
        other = await add_site(
            w.settings, "番禺区地铁七号线三标段", "番禺区", runtime=w.bot.runtime
        )  # type: ignore[union-attr]
        sites = [w.site, other]
        items = []
        for site in sites:
            items += posters.stickers_for(
                label(site), site_link("anxin_e2e_bot", site, "sticker"), 3
            )
        pdf = tmp_path / "sheet.pdf"
        await asyncio.to_thread(posters.render_stickers, items, pdf)
        decoded = [b.text for page in render_pages(pdf) for b in decode(page)]
        assert sorted(decoded) == sorted(link for _, link in items)
        for site in sites:
            link = next(d for d in decoded if site.code in d)
            worker = w.worker()
            w.sb.send_start(worker["id"], _payload_of(link))
            greeting = await w.sb.wait_for_message(worker["id"], contains="发生了什么")
            assert site.name in greeting["text"]


async def test_revoked_sticker_is_explained_and_the_poster_still_works(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        old_sticker = payload(w.site, "sticker")
        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            site = await store.site_by_code(w.site.code)
            assert site is not None
            site.sticker_version += 1
        worker = w.worker()
        w.sb.send_start(worker["id"], old_sticker)
        notice = await w.sb.wait_for_message(worker["id"], contains="停用")
        assert "停用" in notice["text"]
        await w.sb.wait_for_message(
            worker["id"], contains="哪个工地"
        )  # the site search, not a dead end
        other = w.worker("赵师傅")
        w.sb.send_start(other["id"], payload(w.site, "poster"))
        greeting = await w.sb.wait_for_message(other["id"], contains="发生了什么")
        assert w.site.name in greeting["text"]


async def test_admin_gets_a_poster_pdf_whose_qr_opens_the_site(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        w.sb.send_text(w.admin["id"], f"/poster {w.site.code}")
        doc = await w.sb.wait_for_message(
            w.admin["id"], predicate=lambda m: m.get("document") is not None
        )
        pdf = w.sb.file_bytes(doc["document"]["file_id"])
        links = [b.text for page in render_pages(pdf) for b in decode(page)]
        assert links == [site_link("anxin_e2e_bot", w.site, "poster")]
        w.sb.send_text(w.admin["id"], f"/stickers {w.site.code} 5")
        sheet = await w.sb.wait_for_message(
            w.admin["id"],
            predicate=lambda m: (
                m.get("document") is not None and m["message_id"] != doc["message_id"]
            ),
        )
        stickers = [
            b.text
            for page in render_pages(w.sb.file_bytes(sheet["document"]["file_id"]))
            for b in decode(page)
        ]
        assert stickers == [site_link("anxin_e2e_bot", w.site, "sticker")] * 5
        worker = w.worker()
        w.sb.send_text(worker["id"], f"/poster {w.site.code}")
        refusal = await w.sb.wait_for_message(worker["id"], contains="管理员")
        assert "document" not in refusal


def test_cli_revoke_reissues_the_sticker_link(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ANXIN_DATABASE_URL", sqlite_url)
    monkeypatch.delenv("ANXIN_TEST_DATABASE_URL", raising=False)
    assert (
        cli_main(["sites", "add", "--name", "天河体育中心改造", "--district", "天河区", "--json"])
        == 0
    )
    info = json.loads(capsys.readouterr().out)
    assert info["deep_link"].startswith("https://t.me/")
    code = info["code"]
    assert cli_main(["sites", "revoke", code, "--medium", "sticker"]) == 0
    new_link = capsys.readouterr().out.strip().splitlines()[-1]
    assert _payload_of(new_link).endswith("-s2")
    out = tmp_path / "s.pdf"
    assert cli_main(["stickers", "--site", code, "--count", "2", "--out", str(out)]) == 0
    decoded = [b.text for page in render_pages(out) for b in decode(page)]
    assert decoded == [new_link, new_link]
    assert os.path.getsize(out) > 1000
