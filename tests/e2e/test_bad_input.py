"""Issue 3: every kind of bad input gets a kind answer, and the draft survives it.

Most tests reach the summary, send the bad input, then press 提交 on that same summary:
the stored lead must be exactly what was confirmed. One bot serves the whole module
(each test is a new worker), as one bot serves many workers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.harness import payload
from tests.e2e.test_intake import (
    ASK,
    RECEIPT,
    SUMMARY,
    TEXT,
    last_id,
    leads,
    quick_world,
    quiet,
    submit,
    to_summary,
)
from tests.e2e.world import World, world

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    path: Path = tmp_path_factory.mktemp("bad-input") / "anxin-test.db"
    async with quick_world(f"sqlite+aiosqlite:///{path}") as w:
        yield w


async def survives(w: World, worker: dict[str, Any], summary: dict[str, Any]) -> None:
    """The summary still works: submitting it stores the original description."""
    await submit(w, worker, summary)
    (lead,) = await leads(w, worker)
    assert lead.text.startswith(TEXT)
    assert lead.site_id == w.site.id


async def test_whitespace_only_text_is_questioned(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    w.sb.send_text(uid, "   \n  ")
    await w.sb.wait_for_message(uid, contains="没有收到文字", after=summary["message_id"])
    await survives(w, worker, summary)


async def test_emoji_only_is_questioned(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    w.sb.send_text(uid, "😭😭🙏")
    await w.sb.wait_for_message(uid, contains="收到表情", after=summary["message_id"])
    await survives(w, worker, summary)


async def test_emoji_before_any_description_keeps_the_site(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    w.sb.send_start(uid, payload(w.site))
    await w.sb.wait_for_message(uid, contains=ASK)
    w.sb.send_text(uid, "👍")
    await w.sb.wait_for_message(uid, contains="收到表情")
    w.sb.send_text(uid, TEXT)
    await survives(w, worker, await w.sb.wait_for_message(uid, contains=SUMMARY))


async def test_sticker_is_questioned(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    w.sb.send_sticker(uid)
    await w.sb.wait_for_message(uid, contains="收到贴纸", after=summary["message_id"])
    await survives(w, worker, summary)


async def test_gif_is_questioned(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    w.sb.send_animation(uid)
    await w.sb.wait_for_message(uid, contains="请用文字", after=summary["message_id"])
    await survives(w, worker, summary)


async def test_ten_thousand_characters_are_kept_to_two_thousand(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    w.sb.send_start(uid, payload(w.site))
    await w.sb.wait_for_message(uid, contains=ASK)
    paste = TEXT + "工" * (10_000 - len(TEXT))
    w.sb.send_text(uid, paste)
    notice = await w.sb.wait_for_message(uid, contains="内容太长")
    assert "10000" in notice["text"] and "2000" in notice["text"]
    await survives(w, worker, await w.sb.wait_for_message(uid, contains=SUMMARY))
    (lead,) = await leads(w, worker)
    assert lead.text == paste[:2000]


async def test_text_in_a_group_is_ignored_but_commands_to_the_bot_are_answered(
    shared: World,
) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    group = w.sb.create_group("工友群", members=[uid], add_bot=True)
    summary = await to_summary(w, worker)
    before = last_id(w, group)
    w.sb.send_text(uid, "老板欠我们工资三个月了", chat_id=group)
    w.sb.send_text(uid, "😭", chat_id=group)
    assert await quiet(w, group) == []
    assert await quiet(w, uid, 0.1) == []  # nor in private
    w.sb.send_text(uid, "/help@anxin_e2e_bot", chat_id=group)
    await w.sb.wait_for_message(group, contains="/start")
    w.sb.send_text(uid, "/start@anxin_e2e_bot", chat_id=group)
    await w.sb.wait_for_message(group, contains="私聊")
    assert len([m for m in w.sb.bot_messages(group) if m["message_id"] > before]) == 2
    await survives(w, worker, summary)


async def test_an_edited_message_is_answered_and_does_not_change_the_draft(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    original = next(m for m in w.sb.messages(uid) if m.get("text") == TEXT)
    w.sb.edit_user_message(uid, uid, original["message_id"], "老板欠我两块钱")
    await w.sb.wait_for_message(uid, contains="修改过的消息", after=summary["message_id"])
    await survives(w, worker, summary)
    (lead,) = await leads(w, worker)
    assert lead.text == TEXT


async def test_a_forwarded_message_is_taken_as_the_description(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    w.sb.send_start(uid, payload(w.site))
    await w.sb.wait_for_message(uid, contains=ASK)
    w.sb.forward_to_bot(uid, TEXT)
    await w.sb.wait_for_message(uid, contains="转发")
    await survives(w, worker, await w.sb.wait_for_message(uid, contains=SUMMARY))


async def test_submit_pressed_twice_stores_one_lead(database_url: str) -> None:
    async with quick_world(database_url) as w:
        worker = w.worker()
        uid = worker["id"]
        summary = await to_summary(w, worker)
        q1 = w.sb.press_button(uid, uid, summary["message_id"], "i:submit")
        q2 = w.sb.press_button(uid, uid, summary["message_id"], "i:submit", must_exist=False)
        await w.sb.wait_for_message(uid, contains=RECEIPT)
        await w.sb.wait_for(lambda: w.sb.callback_answer(q2) is not None, 5)
        assert w.sb.callback_answer(q1) is not None
        await w.card(w.groups["labour"])
        # An old summary pressed later: answered, nothing new.
        q3 = w.sb.press_button(uid, uid, summary["message_id"], "i:submit", must_exist=False)
        await w.sb.wait_for(lambda: w.sb.callback_answer(q3) is not None, 5)
        await asyncio.sleep(0.3)
        assert len(await leads(w, worker)) == 1
        receipts = [m for m in w.sb.bot_messages(uid) if RECEIPT in (m.get("text") or "")]
        assert len(receipts) == 1
        assert len(w.cards(w.groups["labour"])) == 1


async def test_a_button_from_an_earlier_draft_is_answered_and_changes_nothing(
    shared: World,
) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    first = await to_summary(w, worker)
    w.sb.press_button(uid, uid, first["message_id"], "i:cancel")
    await w.sb.wait_for_message(uid, contains="已取消")
    second = await to_summary(w, worker, TEXT + "。还有押金没退")
    q = w.sb.press_button(uid, uid, first["message_id"], "i:submit", must_exist=False)
    await w.sb.wait_for(lambda: w.sb.callback_answer(q) is not None, 5)
    assert await leads(w, worker) == []
    await survives(w, worker, second)


async def test_an_earlier_summary_of_the_same_draft_still_files_it(shared: World) -> None:
    """Adding detail sends a fresh summary; Submit on the first one (still on screen a
    little higher up) files the draft with the detail, once."""
    w = shared
    worker = w.worker()
    uid = worker["id"]
    first = await to_summary(w, worker)
    w.sb.send_text(uid, "还有押金没退")
    await w.sb.wait_for_message(uid, contains=SUMMARY, after=first["message_id"])
    w.sb.press_button(uid, uid, first["message_id"], "i:submit")
    await w.sb.wait_for_message(uid, contains=RECEIPT)
    (lead,) = await leads(w, worker)
    assert lead.text.startswith(TEXT) and "押金" in lead.text


async def test_flood_gets_one_kind_notice_and_keeps_the_draft(sqlite_url: str) -> None:
    # With the real outgoing rate limiter: replies are paced, the burst is still a burst.
    async with world(sqlite_url) as w:
        worker = w.worker()
        uid = worker["id"]
        summary = await to_summary(w, worker)
        for _ in range(30):
            w.sb.send_sticker(uid)
        await w.sb.wait_for_message(uid, contains="太快", after=summary["message_id"], timeout=15)
        await asyncio.sleep(0.5)
        later = [m for m in w.sb.bot_messages(uid) if m["message_id"] > summary["message_id"]]
        notices = [m for m in later if "太快" in (m.get("text") or "")]
        assert len(notices) == 1
        assert "保存" in notices[0]["text"]
        assert len(later) <= 3  # no wall of "got your sticker" replies
        await survives(w, worker, summary)


async def test_absurd_amount_in_the_description_is_questioned_not_stored(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    w.sb.send_start(uid, payload(w.site))
    await w.sb.wait_for_message(uid, contains=ASK)
    w.sb.send_text(uid, "老板欠我们工资一共3亿元")
    ask = await w.sb.wait_for_message(uid, contains="金额看起来不对")
    w.sb.send_text(uid, "-5000")
    await w.sb.wait_for_message(uid, contains="金额看起来不对", after=ask["message_id"])
    w.sb.send_text(uid, "2亿")
    again = await w.sb.wait_for_message(uid, contains="金额看起来不对", after=ask["message_id"] + 2)
    w.sb.send_text(uid, "5万")
    summary = await w.sb.wait_for_message(uid, contains=SUMMARY, after=again["message_id"])
    await submit(w, worker, summary)
    (lead,) = await leads(w, worker)
    assert (lead.amount_low, lead.amount_high) == (50000, 50000)


async def test_absurd_headcount_is_questioned_not_stored(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    w.sb.press_button(uid, uid, summary["message_id"], "i:edit")
    which = await w.sb.wait_for_message(uid, contains="修改哪一项")
    w.sb.press_button(uid, uid, which["message_id"], "i:field:workers")
    ask = await w.sb.wait_for_message(uid, contains="多少工友")
    w.sb.send_text(uid, "20000人")
    bad = await w.sb.wait_for_message(uid, contains="人数看起来不对", after=ask["message_id"])
    w.sb.send_text(uid, "-3个人")
    bad2 = await w.sb.wait_for_message(uid, contains="人数看起来不对", after=bad["message_id"])
    w.sb.send_text(uid, "15个人")
    fixed = await w.sb.wait_for_message(uid, contains=SUMMARY, after=bad2["message_id"])
    assert "15" in fixed["text"]
    await submit(w, worker, fixed)
    (lead,) = await leads(w, worker)
    assert (lead.workers_low, lead.workers_high) == (15, 15)


async def test_a_photo_before_the_description_is_questioned(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    from tests.e2e.test_intake import PHOTO

    w.sb.send_photo(uid, PHOTO)
    await w.sb.wait_for_message(uid, contains="提交后作为证据", after=summary["message_id"])
    assert last_id(w, uid) > summary["message_id"]
    await survives(w, worker, summary)


async def test_text_outside_any_report_points_to_start(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    w.sb.send_text(uid, "你好，老板欠钱怎么办")
    reply = await w.sb.wait_for_message(uid, contains="/start")
    assert reply


async def test_an_old_summary_after_the_report_ended_is_answered(shared: World) -> None:
    w = shared
    worker = w.worker()
    uid = worker["id"]
    summary = await to_summary(w, worker)
    await submit(w, worker, summary)
    w.sb.send_text(uid, "完成")
    await w.sb.wait_for_message(uid, contains="补充材料已保存")
    q = w.sb.press_button(uid, uid, summary["message_id"], "i:submit", must_exist=False)
    await w.sb.wait_for(lambda: w.sb.callback_answer(q), 5)
    assert "过期" in str(w.sb.callback_answer(q))
    await asyncio.sleep(0.2)
    assert len(await leads(w, worker)) == 1
