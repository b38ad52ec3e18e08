"""The store's narrowed reads return what the wider ones did: a card's counts are its
own case's, and routing sees the groups it could pick."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import build_services
from bot.harness import add_site, bind_group
from bot.settings import load_settings
from cases.model import Attachment, Department
from cases.service import LeadDraft

TEXT = "包工头张三欠我们3个人两个月工资，一共2万元"
OTHER = "李老板拖欠钢筋班组五个人三个月工钱，六万块"


async def test_card_counts_and_routing_groups_are_the_cases_own(database_url: str) -> None:
    settings = load_settings(bot_token="1:test", database_url=database_url)
    sites = [await add_site(settings, f"白云区测试工地{i}号", "白云区") for i in range(2)]
    far = await add_site(settings, "天河区测试工地", "天河区")
    await bind_group(settings, -1001, "白云区", Department.LABOUR, title="白云区人社")
    await bind_group(settings, -1002, "天河区", Department.LABOUR, title="天河区人社")
    await bind_group(settings, -1003, "广州市", Department.CITY, title="市根治欠薪办")
    engine, services = await build_services(settings)
    try:
        first = await services.cases.submit(LeadDraft(reporter_id=501, text=TEXT, site=sites[0]))
        second = await services.cases.submit(LeadDraft(reporter_id=502, text=OTHER, site=sites[1]))
        assert first.case.id != second.case.id
        async with services.store() as store:
            reporter = await store.reporter(501)
            assert reporter is not None
            reporter.blocked_at = datetime.now(UTC)
            store.add(Attachment(lead_id=first.lead.id or 0, kind="photo", file_id="f1"))
        async with services.store() as store:
            one = await store.card_parts(first.assignments[0].id or 0)
            two = await store.card_parts(second.assignments[0].id or 0)
            assert one is not None and two is not None
            assert one[4:] == (1, 1)  # evidence, blocked reporters
            assert two[4:] == (0, 0)
            assert [lead.id for lead in one[3]] == [first.lead.id]

            picked = [g.chat_id for g in await store.routing_groups("白云区")]
            assert picked == [-1001, -1003]
            assert [g.chat_id for g in await store.routing_groups(far.district)] == [-1002, -1003]
            group = await store.group(-1001)
            assert group is not None
            group.active = False
        async with services.store() as store:
            assert [g.chat_id for g in await store.routing_groups("白云区")] == [-1003]
    finally:
        await engine.dispose()
