"""/stats [week|month|YYYY-MM]: figures and a weekly chart where people read them.

In an admin's private chat: every case. In a bound inspector group: its own scope (its
district, and its department unless it is the city group). The figures and the chart
are made by a function the application passes in (``bot.reporting.stats_reply``), so
this adapter stays thin and free of rendering.
"""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.ext import CommandHandler

from cases.model import Department, Group
from cases.stats import Filters
from handlers.catalog import t
from handlers.common import Context, services
from storage.store import SqlStore


class Reply(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def chart(self) -> bytes: ...


StatsFn = Callable[[SqlStore, str, datetime, ZoneInfo, Filters | None, str], Awaitable[Reply]]


def scope(group: Group) -> tuple[Filters, str]:
    """What a bound group may see: the city group everything, others their district and
    department."""
    if group.department == Department.CITY:
        return Filters(), group.title or group.region
    return (
        Filters(district=group.region, department=str(group.department)),
        f"{group.region} · {group.title or group.department}",
    )


def make_stats(compute: StatsFn) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def stats(update: Update, context: Context) -> None:
        msg, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if msg is None or chat is None or user is None:
            return
        svc = services(context)
        word = " ".join(context.args or [])
        async with svc.store() as store:
            if chat.type == "private":
                if user.id not in svc.settings.admin_ids:
                    await msg.reply_text(t("zh", "admin.only"))
                    return
                filters, title = None, ""
            else:
                group = await store.group(chat.id)
                if group is None or not group.active:
                    await msg.reply_text(t("zh", "stats.unbound"))
                    return
                filters, title = scope(group)
            try:
                reply = await compute(
                    store, word, datetime.now(UTC), svc.settings.tz, filters, title
                )
            except ValueError:
                await msg.reply_text(t("zh", "stats.usage"))
                return
        await msg.reply_text(reply.text)
        await msg.reply_photo(InputFile(io.BytesIO(reply.chart), filename="stats.png"))

    return stats


def handlers(compute: StatsFn) -> list[Any]:
    return [CommandHandler("stats", make_stats(compute))]
