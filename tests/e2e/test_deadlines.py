"""Issue 6 through the sandbox: the reminder digest reaches the group; /stats answers
with the figures and a chart."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PIL import Image
from sqlalchemy import select

from bot.scheduler import sweep
from cases.model import OutboxMessage
from tests.e2e.world import World, world

SH = ZoneInfo("Asia/Shanghai")
WAGE = "包工头张三欠我们3个人两个月工资，一共2万元"


def _daytime_after(moment: datetime, until: datetime) -> datetime:
    """The first moment from ``moment`` on, before ``until``, outside 22:00-07:00."""
    t = moment
    while t < until:
        if 7 <= t.astimezone(SH).hour < 22:
            return t
        t += timedelta(minutes=30)
    raise AssertionError("no daytime before the deadline")


def _photo_is_png(w: World, message: dict[str, object]) -> None:
    photo = message["photo"]
    assert isinstance(photo, list)
    data = w.sb.file_bytes(photo[-1]["file_id"])
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "PNG"
        assert img.width > 100


async def test_digest_reaches_the_group_once(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        assert w.bot is not None
        services = w.bot.services
        app = w.bot.runtime.application
        assert app.job_queue is not None and app.job_queue.get_jobs_by_name("deadline-sweep")
        await w.report(w.worker(), WAGE)
        async with services.store() as store:
            [a] = await store.open_assignments()
            case = await store.case(a.case_id)
        assert case is not None and a.created_at is not None and a.ack_due is not None
        half = a.created_at + (a.ack_due - a.created_at) / 2
        now = _daytime_after(half + timedelta(minutes=1), a.ack_due)

        result = await sweep(services, now)
        assert (result.digests, result.reminders) == (1, 1)
        group = w.groups["labour"]
        digest = await w.sb.wait_for_message(group, contains="到期提醒")
        assert case.number in digest["text"] and "待接手" in digest["text"]

        assert (await sweep(services, now + timedelta(minutes=1))).empty
        async with services.sessions() as session:
            rows = (await session.execute(select(OutboxMessage))).scalars().all()  # type: ignore[arg-type]
        assert [r.chat_id for r in rows if r.payload.get("key") == "reminder.digest"] == [group]
        reminders = [m for m in w.sb.bot_messages(group) if "到期提醒" in (m.get("text") or "")]
        assert len(reminders) == 1


async def test_stats_for_admin_and_group(sqlite_url: str) -> None:
    async with world(sqlite_url) as w:
        await w.report(w.worker(), WAGE)
        admin = w.admin["id"]

        w.sb.send_command(admin, "stats")
        text = await w.sb.wait_for_message(admin, contains="线索 1 条")
        assert "统计" in text["text"]
        photo = await w.sb.wait_for_message(admin, predicate=lambda m: bool(m.get("photo")))
        _photo_is_png(w, photo)

        group = w.groups["labour"]
        month = datetime.now(UTC).astimezone(SH).strftime("%Y-%m")
        w.sb.send_command(w.inspector["id"], "stats", month, chat_id=group)
        scoped = await w.sb.wait_for_message(group, contains="线索 1 条")
        assert "白云区" in scoped["text"]
        _photo_is_png(
            w, await w.sb.wait_for_message(group, predicate=lambda m: bool(m.get("photo")))
        )

        worker = w.worker("路人")
        w.sb.send_command(worker["id"], "stats")
        await w.sb.wait_for_message(worker["id"], contains="只有管理员")
        w.sb.send_command(admin, "stats", "someday")
        await w.sb.wait_for_message(admin, contains="用法")
