"""Issue 3: the worker's intake conversation, end to end through the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import select, update

from bot.harness import add_site, payload, running_bot
from qr import links
from storage import tables
from tests.e2e.world import World, button, world

ASK = "发生了什么"
SUMMARY = "我理解的情况"
RECEIPT = "线索编号"
TEXT = "包工头张建国欠我们班组12个人三个月工资，一共十几万"
PHOTO = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


# -- helpers shared with the other intake test files --------------------------------------


@asynccontextmanager
async def quick_world(database_url: str, **kwargs: Any) -> AsyncIterator[World]:
    """The e2e world with the real bot, minus the outgoing rate limiter (3 messages per 3 s
    per private chat would add ~3 s to every report here; it has tests of its own, and
    the flood test runs with it)."""
    async with (
        world(database_url, start=False, **kwargs) as w,
        running_bot(w.settings, rate_limit=False) as bot,
    ):
        w.bot = bot
        yield w


async def rows(w: World, table: Any, *where: Any) -> list[Any]:
    assert w.bot is not None
    async with w.bot.services.store() as store:
        return list((await store.session.execute(select(table).where(*where))).all())


async def leads(w: World, reporter: dict[str, Any] | None = None) -> list[Any]:
    """Stored leads, all or one reporter's (when several workers share a world)."""
    if reporter is None:
        return await rows(w, tables.leads)
    return await rows(w, tables.leads, tables.leads.c.reporter_id == reporter["id"])


async def to_summary(w: World, worker: dict[str, Any], text: str = TEXT) -> dict[str, Any]:
    """Scan the sticker, describe; returns the summary message."""
    uid = worker["id"]
    after = last_id(w, uid)
    w.sb.send_start(uid, payload(w.site))
    await w.sb.wait_for_message(uid, contains=ASK, after=after)
    w.sb.send_text(uid, text)
    return await w.sb.wait_for_message(uid, contains=SUMMARY, after=after)


async def submit(w: World, worker: dict[str, Any], summary: dict[str, Any]) -> dict[str, Any]:
    uid = worker["id"]
    w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
    return await w.sb.wait_for_message(uid, contains=RECEIPT)


def last_id(w: World, chat_id: int) -> int:
    msgs = w.sb.messages(chat_id)
    return int(msgs[-1]["message_id"]) if msgs else 0


async def quiet(w: World, chat_id: int, seconds: float = 0.6) -> list[dict[str, Any]]:
    """Bot messages that arrive in ``chat_id`` within ``seconds`` from now."""
    after = last_id(w, chat_id)
    await asyncio.sleep(seconds)
    return [m for m in w.sb.bot_messages(chat_id) if m["message_id"] > after]


# -- the happy path ------------------------------------------------------------------------


async def test_sticker_link_to_receipt_in_at_most_four_worker_steps(database_url: str) -> None:
    async with quick_world(database_url) as w:
        worker = w.worker()
        uid = worker["id"]
        steps = 0
        w.sb.send_start(uid, payload(w.site))
        steps += 1
        greeting = await w.sb.wait_for_message(uid, contains=ASK)
        assert w.site.name in greeting["text"]
        w.sb.send_text(uid, TEXT)
        steps += 1
        summary = await w.sb.wait_for_message(uid, contains=SUMMARY)
        assert "张建国" in summary["text"]
        w.sb.press_button(uid, uid, summary["message_id"], button(summary, "i:submit"))
        steps += 1
        receipt = await w.sb.wait_for_message(uid, contains=RECEIPT)
        assert steps <= 4
        assert len([m for m in w.sb.messages(uid) if not m["from_bot"]]) <= 4
        (lead,) = await leads(w)
        assert lead.number in receipt["text"]
        assert lead.text == TEXT
        assert lead.site_id == w.site.id
        assert str(getattr(lead.medium, "value", lead.medium)) == "sticker"
        # Once filed, the summary offers nothing more to press.
        await w.sb.wait_for(
            lambda: not (w.sb.message(uid, summary["message_id"]) or {}).get("reply_markup"),
            timeout=10,
        )


# -- finding the site without a payload ----------------------------------------------------


async def test_name_search_offers_at_most_five_sites_and_opens_the_chosen_one(
    sqlite_url: str,
) -> None:
    async with quick_world(sqlite_url) as w:
        assert w.bot is not None
        for i in range(7):
            await add_site(w.settings, f"天河花园{i}号楼", "天河区", runtime=w.bot.runtime)
        worker = w.worker()
        uid = worker["id"]
        w.sb.send_start(uid)
        await w.sb.wait_for_message(uid, contains="哪个工地")
        assert w.sb.reply_keyboard(uid) is not None  # the share-location button
        w.sb.send_text(uid, "花园")
        offer = await w.sb.wait_for_message(uid, contains="请点选")
        choices = [b for row in offer["reply_markup"]["inline_keyboard"] for b in row]
        assert 1 <= len(choices) <= 5
        assert all("花园" in b["text"] for b in choices)
        chosen = choices[2]
        w.sb.press_button(uid, uid, offer["message_id"], chosen["callback_data"])
        opened = await w.sb.wait_for_message(uid, contains="已选择")
        assert chosen["text"].split("（")[0] in opened["text"]
        w.sb.send_text(uid, TEXT)
        await submit(w, worker, await w.sb.wait_for_message(uid, contains=SUMMARY))
        (lead,) = await leads(w)
        (site,) = await rows(w, tables.sites, tables.sites.c.id == lead.site_id)
        assert site.name == chosen["text"].split("（")[0]


async def test_shared_location_offers_the_nearest_sites(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        assert w.bot is not None
        await add_site(
            w.settings,
            "番禺远方工地",
            "番禺区",
            latitude=22.9,
            longitude=113.4,
            runtime=w.bot.runtime,
        )
        worker = w.worker()
        uid = worker["id"]
        w.sb.send_start(uid)
        await w.sb.wait_for_message(uid, contains="哪个工地")
        w.sb.share_location(uid, 23.201, 113.301)
        offer = await w.sb.wait_for_message(uid, contains="附近")
        labels = [b["text"] for row in offer["reply_markup"]["inline_keyboard"] for b in row]
        assert labels and w.site.name in labels[0]
        assert not any("番禺远方" in x for x in labels)  # ~35 km away
        w.sb.press_button(uid, uid, offer["message_id"], f"i:site:{w.site.code}")
        await w.sb.wait_for_message(
            uid, contains=w.site.name, predicate=lambda m: "已选择" in m["text"]
        )
        w.sb.send_text(uid, TEXT)
        await w.sb.wait_for_message(uid, contains=SUMMARY)


async def test_typed_printed_site_code_opens_that_site(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        w.sb.send_start(uid)
        await w.sb.wait_for_message(uid, contains="哪个工地")
        w.sb.send_text(uid, links.display_code(w.site.code).upper())
        opened = await w.sb.wait_for_message(uid, contains=ASK, after=last_id(w, uid) - 1)
        assert w.site.name in opened["text"]
        w.sb.send_text(uid, TEXT)
        await submit(w, worker, await w.sb.wait_for_message(uid, contains=SUMMARY))
        (lead,) = await leads(w)
        assert lead.site_id == w.site.id


async def test_unknown_payload_lands_in_the_site_search(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        for junk in ("zzzz", "k7q2xp9a-s1", "-" * 64):
            after = last_id(w, uid)
            w.sb.send_start(uid, junk)
            reply = await w.sb.wait_for_message(uid, contains="没有找到这个二维码", after=after)
            await w.sb.wait_for_message(uid, contains="哪个工地", after=after)
            assert reply
        w.sb.send_text(uid, "嘉禾")
        offer = await w.sb.wait_for_message(uid, contains="请点选")
        assert button(offer, f"i:site:{w.site.code}")


async def test_revoked_sticker_lands_in_the_site_search(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        assert w.bot is not None
        old = payload(w.site)
        async with w.bot.services.store() as store:
            await store.session.execute(
                update(tables.sites)
                .where(tables.sites.c.id == w.site.id)
                .values(sticker_version=tables.sites.c.sticker_version + 1)
            )
        worker = w.worker()
        uid = worker["id"]
        w.sb.send_start(uid, old)
        await w.sb.wait_for_message(uid, contains="已经停用")
        await w.sb.wait_for_message(uid, contains="哪个工地")
        w.sb.send_text(uid, "望岗")
        offer = await w.sb.wait_for_message(uid, contains="请点选")
        w.sb.press_button(uid, uid, offer["message_id"], button(offer, "i:site:"))
        await w.sb.wait_for_message(uid, contains="已选择")


# -- correcting, cancelling, the optional steps ------------------------------------------


async def test_correcting_the_amount_reaches_the_stored_lead(database_url: str) -> None:
    async with quick_world(database_url) as w:
        worker = w.worker()
        uid = worker["id"]
        summary = await to_summary(w, worker)
        w.sb.press_button(uid, uid, summary["message_id"], "i:edit")
        which = await w.sb.wait_for_message(uid, contains="修改哪一项")
        w.sb.press_button(uid, uid, which["message_id"], button(which, "i:field:amount"))
        await w.sb.wait_for_message(uid, contains="欠了多少钱")
        w.sb.send_text(uid, "35000元")
        fixed = await w.sb.wait_for_message(uid, contains=SUMMARY, after=which["message_id"])
        assert "3.5万" in fixed["text"] or "35000" in fixed["text"] or "35,000" in fixed["text"]
        await submit(w, worker, fixed)
        (lead,) = await leads(w)
        assert (lead.amount_low, lead.amount_high) == (35000, 35000)
        assert lead.text == TEXT


async def test_cancelling_stores_nothing_and_leaves_no_draft(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        summary = await to_summary(w, worker)
        w.sb.press_button(uid, uid, summary["message_id"], "i:cancel")
        await w.sb.wait_for_message(uid, contains="已取消")
        assert await leads(w) == []
        after = last_id(w, uid)
        w.sb.send_start(uid, payload(w.site))
        await w.sb.wait_for_message(uid, contains=ASK, after=after)
        assert not any("草稿" in (m.get("text") or "") for m in w.sb.bot_messages(uid))


async def test_skipping_phone_and_evidence_with_done(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        await submit(w, worker, await to_summary(w, worker))
        keyboard = w.sb.reply_keyboard(uid)
        assert keyboard is not None and "完成" in str(keyboard)
        w.sb.send_text(uid, "完成")
        await w.sb.wait_for_message(uid, contains="补充材料已保存")
        assert w.sb.reply_keyboard(uid) is None
        (lead,) = await leads(w)
        assert lead.phone == ""
        assert await rows(w, tables.attachments) == []
        card = await w.card(w.groups["labour"])
        assert "联系电话" not in card["text"]


async def test_evidence_photos_are_downloaded_and_attached(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        await submit(w, worker, await to_summary(w, worker))
        w.sb.send_photo(uid, PHOTO)
        await w.sb.wait_for_message(uid, contains="共 1 份")
        w.sb.send_photo(uid, PHOTO + b"2")
        await w.sb.wait_for_message(uid, contains="共 2 份")
        (lead,) = await leads(w)
        atts = await rows(w, tables.attachments)
        assert [a.lead_id for a in atts] == [lead.id, lead.id]
        assert {bytes(a.data) for a in atts} == {PHOTO, PHOTO + b"2"}
        assert all(a.kind == "photo" and a.size == len(a.data) for a in atts)


async def test_phone_shared_by_the_contact_button_reaches_lead_and_card(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        await submit(w, worker, await to_summary(w, worker))
        card = await w.card(w.groups["labour"])
        assert "13800138000" not in card["text"] and "联系电话" not in card["text"]
        w.sb.share_contact(uid, "+8613800138000", own=True)
        await w.sb.wait_for_message(uid, contains="电话已保存")
        (lead,) = await leads(w)
        assert lead.phone.endswith("13800138000")
        await w.sb.wait_for_message(w.groups["labour"], contains="13800138000")


async def test_someone_elses_contact_is_not_stored(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        await submit(w, worker, await to_summary(w, worker))
        w.sb.share_contact(uid, "+8613900000000", "张老板", own=False)
        await w.sb.wait_for_message(uid, contains="您自己的号码")
        (lead,) = await leads(w)
        assert lead.phone == ""


# -- status and language ------------------------------------------------------------------


async def test_status_lists_the_submitted_lead_with_its_state(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        receipt = await submit(w, worker, await to_summary(w, worker))
        (lead,) = await leads(w)
        assert lead.number in receipt["text"]
        await w.card(w.groups["labour"])
        w.sb.send_text(uid, "/status")
        listing = await w.sb.wait_for_message(uid, contains="您的线索：")
        assert lead.number in listing["text"]
        assert w.site.name in listing["text"]
        assert "已交办" in listing["text"] or "已收到" in listing["text"]
        assert button(listing, f"s:{lead.number}")


async def test_lang_en_switches_the_replies_to_english(sqlite_url: str) -> None:
    async with quick_world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        w.sb.send_text(uid, "/lang en")
        await w.sb.wait_for_message(uid, contains="Switched to English")
        w.sb.send_start(uid, payload(w.site))
        greeting = await w.sb.wait_for_message(uid, contains="what happened")
        assert w.site.name in greeting["text"]
        w.sb.send_text(uid, TEXT)
        summary = await w.sb.wait_for_message(uid, contains="please check")
        assert "Submit" in str(summary["reply_markup"])
        w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        await w.sb.wait_for_message(uid, contains="Your lead number")
