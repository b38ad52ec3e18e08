"""Reports without a site (no QR code): two workers naming the same man in the same place
share one case, others stay apart, and the rule outlives a restart."""

from __future__ import annotations

from bot.app import build_services
from bot.settings import load_settings
from cases.service import LeadDraft

FIRST = "我没扫码 我在临沂北城干活 包工头卢元堂欠俺们七个人去年腊月的工资 三万八"
SECOND = "卢元塘 包公头 去年腊月的钱 俺的五千四 北城那个工地"  # 塘 typed for 堂
ELSEWHERE = "张老板 包工头 欠钱 我在汉川马口镇做厂房 我的八千"
SAME_SURNAME = "包工头张老板欠我们工资 襄阳东津新区 五个人"
AGAIN = "没扫码 我在汨罗循环经济产业园做厂房 包工头许伏生欠我们工钱 我和我老婆两个人 一共三万六"


async def test_reports_without_a_site_merge_only_on_the_same_man(database_url: str) -> None:
    settings = load_settings(bot_token="1:test", database_url=database_url)
    engine, services = await build_services(settings)
    try:
        first = await services.cases.submit(LeadDraft(reporter_id=601, text=FIRST, site=None))
        second = await services.cases.submit(LeadDraft(reporter_id=602, text=SECOND, site=None))
        assert second.merged and second.case.id == first.case.id
        assert second.case.reporters == 2
        elsewhere = await services.cases.submit(
            LeadDraft(reporter_id=603, text=ELSEWHERE, site=None)
        )
        other = await services.cases.submit(
            LeadDraft(reporter_id=604, text=SAME_SURNAME, site=None)
        )
        # the same surname in two other places: two men, two cases
        assert not elsewhere.merged and not other.merged
        assert elsewhere.case.id != other.case.id
        await services.cases.submit(LeadDraft(reporter_id=605, text=AGAIN, site=None))
    finally:
        await engine.dispose()

    # after a restart the index is rebuilt from the open cases: a third worker still joins
    engine, services = await build_services(settings)
    try:
        third = await services.cases.submit(
            LeadDraft(
                reporter_id=606,
                text="汨罗产业园 许老板 欠工钱 扫不到码 我也是他班上的 欠一万七",
                site=None,
            )
        )
        assert third.merged and third.case.reporters == 2
        fourth = await services.cases.submit(
            LeadDraft(
                reporter_id=607,
                text="北城那个工地 卢元堂 包工头 去年腊月的钱 还欠我四千",
                site=None,
            )
        )
        assert fourth.merged and fourth.case.id == first.case.id
        assert fourth.case.reporters == 3
    finally:
        await engine.dispose()
