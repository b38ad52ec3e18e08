"""Worker commands outside the intake flow: /status, /help, /lang, /cancel, feedback,
and the kind answers to edits, floods and stray buttons."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers.catalog import LANGUAGES, t
from handlers.common import Context, lang_of, services, user_data
from handlers.render import local

PRIVATE = filters.ChatType.PRIVATE
FLOOD_LIMIT = 20  # messages a minute: faster than a person types
FLOOD_WINDOW = 60.0


async def status(update: Update, context: Context) -> None:
    lang = lang_of(update, context)
    user = update.effective_user
    msg = update.effective_message
    assert user is not None and msg is not None
    svc = services(context)
    rows = await svc.leads_of(user.id)
    if not rows:
        await msg.reply_text(t(lang, "status.none"))
        return
    if context.args:
        wanted = context.args[0].upper()
        for lead, case, site in rows:
            if lead.number.upper() == wanted:
                await msg.reply_text(
                    t(
                        lang,
                        "status.detail",
                        number=lead.number,
                        case=case.number if case else "-",
                        site=site.name if site else "-",
                        state=t(lang, f"state.{case.state.value}") if case else "-",
                        updated=local(
                            case.updated_at if case else lead.created_at, svc.settings.tz
                        ),
                        text=lead.text[:300],
                    )
                )
                return
        await msg.reply_text(t(lang, "status.not_found"))
        return
    buttons = []
    lines = [t(lang, "status.header")]
    for lead, case, site in rows:
        state = t(lang, f"state.{case.state.value}") if case else "-"
        updated = local(case.updated_at if case else lead.created_at, svc.settings.tz)
        lines.append(f"• {lead.number} · {site.name if site else '-'} · {state} · {updated}")
        buttons.append([InlineKeyboardButton(lead.number, callback_data=f"s:{lead.number}")])
    await msg.reply_text("\n".join(lines), reply_markup=InlineKeyboardMarkup(buttons[:10]))


async def status_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    context.args = [query.data.split(":", 1)[1]]
    await status(update, context)


async def help_command(update: Update, context: Context) -> None:
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t(lang_of(update, context), "help.text"))


async def lang_command(update: Update, context: Context) -> None:
    msg = update.effective_message
    assert msg is not None
    choice = context.args[0].lower()[:2] if context.args else ""
    if choice in LANGUAGES:
        user_data(context)["lang"] = choice
        await msg.reply_text(t(choice, "lang.set"))
        return
    await msg.reply_text(
        t(lang_of(update, context), "lang.choose"),
        reply_markup=InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("中文", callback_data="l:zh"),
                    InlineKeyboardButton("English", callback_data="l:en"),
                ]
            ]
        ),
    )


async def lang_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    choice = query.data.split(":", 1)[1]
    if choice not in LANGUAGES:
        await query.answer(t(lang_of(update, context), "intake.stale_button"))
        return
    user_data(context)["lang"] = choice
    await query.answer()
    await query.edit_message_text(t(choice, "lang.set"))


async def cancel_idle(update: Update, context: Context) -> None:
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t(lang_of(update, context), "cancel.none"))


async def feedback(update: Update, context: Context) -> None:
    """问题解决了吗？ 已解决 / 没解决."""
    query = update.callback_query
    user = update.effective_user
    assert query is not None and query.data is not None and user is not None
    lang = lang_of(update, context)
    parts = query.data.split(":")
    if len(parts) != 3 or parts[1] not in ("y", "n") or not parts[2].isdigit():
        await query.answer(t(lang, "worker.feedback_invalid"))
        return
    result = await services(context).cases.feedback(int(parts[2]), user.id, parts[1] == "y")
    await query.answer()
    if result.ok:
        await query.edit_message_reply_markup(None)
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t(lang, result.notice, **result.params))


async def edited(update: Update, context: Context) -> None:
    msg = update.edited_message
    if msg is not None and msg.chat.type == "private":
        await context.bot.send_message(
            msg.chat.id, t(lang_of(update, context), "intake.edited_ignored")
        )


async def stray_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer(t(lang_of(update, context), "intake.stale_button"))


async def stray_private(update: Update, context: Context) -> None:
    """A message outside any flow: point the worker to /start."""
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t(lang_of(update, context), "help.text"))


async def group_hint(update: Update, context: Context) -> None:
    """/start in a group: reports are private; say where to go, without a conversation."""
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t(lang_of(update, context), "intake.group_hint"))


class FloodGuard:
    """More than 20 messages a minute from one worker: answer once, drop the rest.
    What was already given stays in the draft."""

    def __init__(self, limit: int = FLOOD_LIMIT, window: float = FLOOD_WINDOW) -> None:
        self.limit = limit
        self.window = window
        self.seen: dict[int, deque[float]] = {}
        self.warned: dict[int, float] = {}

    async def __call__(self, update: Update, context: Context) -> None:
        user = update.effective_user
        chat = update.effective_chat
        if user is None or chat is None or chat.type != "private" or update.message is None:
            return
        # When the worker sent it, not when it is processed: replies are paced by the
        # rate limiter, so a burst is processed slowly but was still sent in a burst.
        date = update.message.date
        now = date.timestamp() if date is not None else time.time()
        times = self.seen.setdefault(user.id, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        times.append(now)
        if len(times) <= self.limit:
            return
        if now - self.warned.get(user.id, -self.window) > self.window / 4:
            self.warned[user.id] = now
            await context.bot.send_message(chat.id, t(lang_of(update, context), "intake.flood"))
        raise ApplicationHandlerStop


def handlers() -> list[Any]:
    return [
        CommandHandler("status", status, filters=PRIVATE),
        CommandHandler("help", help_command),
        CommandHandler("lang", lang_command, filters=PRIVATE),
        CommandHandler("cancel", cancel_idle, filters=PRIVATE),
        CallbackQueryHandler(feedback, pattern=r"^f:"),
        CallbackQueryHandler(status_button, pattern=r"^s:"),
        CallbackQueryHandler(lang_button, pattern=r"^l:"),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited),
        CommandHandler(["start", "report", "status"], group_hint, filters=filters.ChatType.GROUPS),
        # Last: nothing else took it. A stray message or an old intake button is answered.
        MessageHandler(
            PRIVATE & filters.UpdateType.MESSAGE & ~filters.COMMAND & ~filters.StatusUpdate.ALL,
            stray_private,
        ),
        CallbackQueryHandler(stray_button, pattern=r"^i:"),
    ]
