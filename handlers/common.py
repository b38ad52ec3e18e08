"""Small helpers shared by the handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from telegram import Message, Update
from telegram.ext import ContextTypes

from handlers.catalog import normalise_lang

if TYPE_CHECKING:
    from bot.services import Services

Context = ContextTypes.DEFAULT_TYPE


def services(context: Context) -> Services:
    return cast("Services", context.application.bot_data["services"])


def lang_of(update: Update, context: Context) -> str:
    data = context.user_data if context.user_data is not None else {}
    lang = data.get("lang")
    if lang is None:
        user = update.effective_user
        lang = normalise_lang(user.language_code if user else None)
    return str(lang)


def user_data(context: Context) -> dict[str, Any]:
    assert context.user_data is not None
    return context.user_data


def actor(update: Update) -> str:
    user = update.effective_user
    if user is None:
        return "unknown"
    return f"user:{user.id}:{user.full_name}"


async def reply(update: Update, text: str, markup: Any = None) -> Message | None:
    """Answer in the chat the update came from (if it has a message to answer)."""
    msg = update.effective_message
    if msg is None:
        return None
    return await msg.reply_text(text, reply_markup=markup)
