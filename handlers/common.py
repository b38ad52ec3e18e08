"""Small helpers shared by the handlers."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, cast

from telegram import Bot, CallbackQuery, Chat, Message, Update
from telegram.ext import ContextTypes
from telegram.warnings import PTBUserWarning

from handlers.catalog import normalise_lang

if TYPE_CHECKING:
    from bot.services import Services

Context = ContextTypes.DEFAULT_TYPE

# PTB suggests its own method when do_api_request names one; send_text and drop_markup
# call it on purpose, to skip building a Message nobody reads.
warnings.filterwarnings(
    "ignore",
    message=r"Please use 'Bot\.(sendMessage|editMessageText|editMessageReplyMarkup)'",
    category=PTBUserWarning,
)


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


async def reply(update: Update, text: str, markup: Any = None) -> int | None:
    """Answer in the chat the update came from (if it has a message to answer); returns
    the id of the message sent."""
    msg = update.effective_message
    if msg is None:
        return None
    if _plain_private(msg):
        return await send_text(msg.get_bot(), msg.chat_id, text, markup)
    # Groups quote the message answered (and topics and business chats carry their ids):
    # PTB's reply_text knows how.
    return (await msg.reply_text(text, reply_markup=markup)).message_id


async def send_text(bot: Bot, chat_id: int, text: str, markup: Any = None) -> int:
    """sendMessage reading only the new message's id from Telegram's answer.

    ``bot.send_message`` builds a whole ``Message`` (chat, user, keyboard objects) from
    every answer, and under load that was a tenth of the bot's CPU for ids alone. This
    goes through the same ExtBot path (rate limiter, request backend) and raises the
    same errors (RetryAfter, Forbidden, BadRequest, ChatMigrated, TimedOut)."""
    kwargs: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if markup is not None:
        kwargs["reply_markup"] = markup
    result = await bot.do_api_request("sendMessage", kwargs)
    return int(result["message_id"])


async def edit_text(bot: Bot, chat_id: int, message_id: int, text: str, markup: Any) -> None:
    """editMessageText without building a Message from the answer (see ``send_text``)."""
    kwargs: dict[str, Any] = {"chat_id": chat_id, "message_id": message_id, "text": text}
    if markup is not None:
        kwargs["reply_markup"] = markup
    await bot.do_api_request("editMessageText", kwargs)


async def drop_markup(query: CallbackQuery) -> None:
    """Take the inline keyboard off the message a button was pressed on (Telegram's
    answer is not parsed into a Message: nothing reads it)."""
    msg = query.message
    if isinstance(msg, Message) and _plain_private(msg):
        await query.get_bot().do_api_request(
            "editMessageReplyMarkup", {"chat_id": msg.chat_id, "message_id": msg.message_id}
        )
        return
    await query.edit_message_reply_markup(None)


def _plain_private(msg: Message) -> bool:
    """A private chat, outside topics and business connections: an answer there needs
    no reply parameters or extra ids."""
    return (
        msg.chat.type == Chat.PRIVATE
        and not msg.is_topic_message
        and msg.business_connection_id is None
    )
