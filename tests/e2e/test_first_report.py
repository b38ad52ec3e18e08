"""Issue 2: one report travels the whole way, on every database under test."""

from __future__ import annotations

from cases.model import Department
from tests.e2e.world import button, world


async def test_sticker_report_reaches_the_district_labour_group(database_url: str) -> None:
    async with world(database_url) as w:
        worker = w.worker()
        text = "包工头张建国欠我们班组12个人三个月工资，一共十几万"
        receipt = await w.report(worker, text)
        assert "QX-" in receipt["text"]
        card = await w.card(w.groups["labour"])
        assert text in card["text"]
        assert w.site.name in card["text"]
        assert "白云区" in card["text"]
        assert "AJ-" in card["text"]
        assert button(card, "c:ack:")
        # The greeting named the site the sticker belongs to.
        greeting = w.sb.bot_messages(worker["id"])[0]
        assert w.site.name in greeting["text"]


async def test_nothing_is_sent_twice_and_the_lead_is_stored_once(database_url: str) -> None:
    async with world(database_url, groups=(("labour", "白云区", Department.LABOUR),)) as w:
        worker = w.worker()
        await w.report(worker, "老板欠我两个月工资8000块")
        await w.card(w.groups["labour"])
        assert len(w.cards(w.groups["labour"])) == 1
        receipts = [
            m for m in w.sb.bot_messages(worker["id"]) if "线索编号" in (m.get("text") or "")
        ]
        assert len(receipts) == 1
        from sqlalchemy import func, select

        from storage import tables

        async with w.bot.services.store() as store:  # type: ignore[union-attr]
            leads = await store.session.scalar(select(func.count()).select_from(tables.leads))
        assert leads == 1
