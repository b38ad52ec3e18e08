"""The worker's intake conversation: site, what happened, confirm, submit, extras.

Thin: it parses and replies; understanding, merging and routing are the case
service's. The draft lives in ``user_data`` (persisted), so nothing typed is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import time
import unicodedata
from typing import Any

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from cases.model import Attachment, Medium, Site
from cases.service import LeadDraft
from handlers.catalog import t
from handlers.common import Context, drop_markup, lang_of, reply, services, user_data
from handlers.render import fmt_amount, fmt_workers
from nlp.numbers import NUM_RE, to_range
from qr import links

SITE, DESCRIBE, CONFIRM, EDIT_FIELD, EXTRAS, RESUME = range(6)

MAX_TEXT = 2000  # characters of a description kept on the lead
MAX_AMOUNT = 100_000_000
MAX_WORKERS = 10_000
LARGE_AMOUNT = 10_000_000
NOTICE_QUIET = 30.0  # seconds: the same "please write words" notice is not repeated
FIELDS = ("employer", "amount", "workers", "period", "text")
DONE_WORDS = {"完成", "好了", "没有了", "done", "finish", "skip", "跳过"}

# New messages only: an edited message is answered by handlers.worker, never re-read.
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
TEXT = filters.TEXT & ~filters.COMMAND & PRIVATE
MEDIA = (
    filters.PHOTO | filters.Document.ALL | filters.VOICE | filters.AUDIO | filters.VIDEO
) & PRIVATE
STICKERISH = (filters.Sticker.ALL | filters.ANIMATION) & PRIVATE


async def _drop_buttons(query: CallbackQuery) -> None:
    """Best effort: the buttons may be gone already, or Telegram may fail this once;
    what was stored stands either way and a stale press only gets a polite answer."""
    with contextlib.suppress(TelegramError):
        await drop_markup(query)


def _draft(context: Context) -> dict[str, Any]:
    return user_data(context).setdefault("draft", {})


async def _save(update: Update, context: Context, state: object) -> None:
    """Write the draft and the state about to be entered *before* the worker sees the
    reply: a process killed right after it (kill -9) still has both on restart.
    PTB writes the same again after the handler returns."""
    user_data(context).pop("notice", None)  # the conversation moved on
    persistence = context.application.persistence
    chat, user = update.effective_chat, update.effective_user
    if persistence is None or chat is None or user is None:
        return
    await asyncio.gather(  # gathered: one transaction with the persistence's group commit
        persistence.update_user_data(user.id, user_data(context)),
        persistence.update_conversation(
            "intake", (chat.id, user.id), None if state == ConversationHandler.END else state
        ),
    )


async def _notice(update: Update, context: Context, key: str) -> None:
    """A correction notice, said once: twenty stickers in a row get one answer."""
    ud = user_data(context)
    now = time.time()
    last = ud.get("notice")
    if last and last[0] == key and now - float(last[1]) < NOTICE_QUIET:
        return
    ud["notice"] = [key, now]
    await reply(update, t(lang_of(update, context), key))


# -- entry ---------------------------------------------------------------------------


async def start(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    user_data(context)["lang"] = lang
    draft = user_data(context).get("draft") or {}
    payload = context.args[0] if context.args else ""
    if draft.get("text") and not draft.get("submitted"):
        preview = str(draft["text"])[:60]
        if payload:
            draft["pending_payload"] = payload
        await reply(
            update,
            t(lang, "intake.resume_offer", preview=preview),
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            t(lang, "intake.btn_resume"), callback_data="i:resume"
                        ),
                        InlineKeyboardButton(
                            t(lang, "intake.btn_restart"), callback_data="i:restart"
                        ),
                    ]
                ]
            ),
        )
        return RESUME
    return await _begin(update, context, payload)


async def _begin(update: Update, context: Context, payload: str) -> int:
    lang = lang_of(update, context)
    user_data(context)["draft"] = {}
    if payload:
        lookup = await services(context).site_from_payload(payload)
        if lookup.site is not None:
            _set_site(context, lookup.site, lookup.medium)
            await _save(update, context, DESCRIBE)
            await reply(
                update,
                t(lang, "intake.greet_site", site=lookup.site.name, district=lookup.site.district),
                ReplyKeyboardRemove(),
            )
            return DESCRIBE
        key = "intake.revoked" if lookup.problem == "revoked" else "intake.unknown_code"
        await reply(update, t(lang, key))
    return await _ask_site(update, context, lang)


async def report(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    user_data(context)["lang"] = lang
    user_data(context)["draft"] = {}
    return await _ask_site(update, context, lang)


async def _ask_site(update: Update, context: Context, lang: str) -> int:
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton(t(lang, "intake.share_location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await _save(update, context, SITE)
    await reply(update, t(lang, "intake.ask_site"), keyboard)
    return SITE


async def resume(update: Update, context: Context) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    draft = _draft(context)
    if query.data == "i:restart":
        payload = draft.pop("pending_payload", "")
        await drop_markup(query)
        return await _begin(update, context, payload)
    await drop_markup(query)
    draft.pop("pending_payload", None)
    return await _summary(update, context)


def _set_site(context: Context, site: Site, medium: str) -> None:
    draft = _draft(context)
    draft["site_code"] = site.code
    draft["site_name"] = site.name
    draft["medium"] = medium


# -- choosing the site ---------------------------------------------------------------


async def site_text(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    query = (update.effective_message.text or "").strip() if update.effective_message else ""
    code = links.parse_code(query)
    site = await services(context).site_by_code(code) if code else None
    if site is not None:  # the code printed under the QR, typed by hand
        _set_site(context, site, Medium.NONE.value)
        await _save(update, context, DESCRIBE)
        await reply(
            update,
            t(lang, "intake.site_chosen", site=site.name, district=site.district),
            ReplyKeyboardRemove(),
        )
        return DESCRIBE
    sites = await services(context).search_sites(query[:30])
    if not sites:
        await reply(update, t(lang, "intake.site_none", query=query[:30]))
        return SITE
    await reply(update, t(lang, "intake.site_matches"), _site_buttons(sites))
    return SITE


async def site_location(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    loc = update.effective_message.location if update.effective_message else None
    if loc is None:
        return SITE
    sites = await services(context).nearest_sites(loc.latitude, loc.longitude)
    if not sites:
        await reply(update, t(lang, "intake.site_none_nearby"), ReplyKeyboardRemove())
        return SITE
    await reply(update, t(lang, "intake.site_nearby"), _site_buttons(sites))
    return SITE


def _site_buttons(sites: Any) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(f"{s.name}（{s.district}）", callback_data=f"i:site:{s.code}")]
            for s in sites
        ]
    )


async def site_chosen(update: Update, context: Context) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None
    lang = lang_of(update, context)
    site = await services(context).site_by_code(query.data.split(":", 2)[2])
    if site is None:
        await query.answer(t(lang, "intake.stale_button"), show_alert=True)
        return SITE
    await query.answer()
    await drop_markup(query)
    _set_site(context, site, Medium.NONE.value)
    await _save(update, context, DESCRIBE)
    await reply(
        update,
        t(lang, "intake.site_chosen", site=site.name, district=site.district),
        ReplyKeyboardRemove(),
    )
    return DESCRIBE


# -- what happened ---------------------------------------------------------------------


def _is_emoji_only(text: str) -> bool:
    meaningful = [ch for ch in text if not ch.isspace()]
    return bool(meaningful) and all(
        unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn", "Me") or ch in "\ufe0f\u200d"
        for ch in meaningful
    )


async def describe(update: Update, context: Context) -> int:
    msg = update.effective_message
    assert msg is not None
    lang = lang_of(update, context)
    text = (msg.text or "").strip()
    draft = _draft(context)
    if not text or _is_emoji_only(text):
        # Stay where the worker was: a summary already shown keeps working.
        draft.pop("appending", None)
        await _notice(update, context, "intake.empty" if not text else "intake.emoji_only")
        return CONFIRM if draft.get("text") else DESCRIBE
    if len(text) > MAX_TEXT:
        await reply(update, t(lang, "intake.too_long", length=len(text), kept=MAX_TEXT))
        text = text[:MAX_TEXT]
    elif msg.forward_origin is not None:
        await reply(update, t(lang, "intake.forwarded"))
    previous = draft.get("text") if draft.get("appending") else None
    draft["text"] = f"{previous}\n{text}"[:MAX_TEXT] if previous else text
    draft.pop("appending", None)
    _understand(context)
    return await _after_understanding(update, context)


def _understand(context: Context) -> None:
    draft = _draft(context)
    svc = services(context)
    site = (
        Site(0, draft.get("site_code", ""), draft.get("site_name", ""), "")
        if draft.get("site_name")
        else None
    )
    u = svc.cases.understand(draft["text"], site)
    facts = u.facts
    draft["u"] = {
        "employer": next((p.name for p in facts.parties if p.name), ""),
        "amount": [facts.amount.low, facts.amount.high] if facts.amount else None,
        "workers": [facts.workers.low, facts.workers.high] if facts.workers else None,
        "period": facts.period or "",
    }
    for name in ("employer", "amount", "workers", "period"):
        draft.pop(name, None)  # a new description replaces earlier corrections


async def _after_understanding(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    amount = _value(context, "amount")
    workers = _value(context, "workers")
    if amount and not 0 < amount[0] <= MAX_AMOUNT:
        return await _ask_field(update, context, "amount", t(lang, "intake.bad_amount"))
    if workers and not 0 < workers[0] <= MAX_WORKERS:
        return await _ask_field(update, context, "workers", t(lang, "intake.bad_workers"))
    return await _summary(update, context)


def _value(context: Context, name: str) -> Any:
    draft = _draft(context)
    if name in draft:
        return draft[name]
    return (draft.get("u") or {}).get(name)


async def _summary(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    draft = _draft(context)
    if not draft.get("text"):
        await reply(update, t(lang, "intake.describe_more"))
        return DESCRIBE
    amount = _value(context, "amount")
    workers = _value(context, "workers")
    unknown = t(lang, "intake.unknown")
    text = t(
        lang,
        "intake.summary",
        site=draft.get("site_name") or unknown,
        employer=_value(context, "employer") or unknown,
        amount=fmt_amount(amount[0], amount[1], lang) if amount else unknown,
        workers=fmt_workers(workers[0], workers[1], lang) if workers else unknown,
        period=_value(context, "period") or unknown,
    )
    if amount and amount[0] >= LARGE_AMOUNT:
        text += "\n\n" + t(
            lang, "intake.check_amount", amount=fmt_amount(amount[0], amount[1], lang)
        )
    draft.setdefault("key", secrets.token_hex(16))  # saved with the draft, before Submit
    # Which message holds these buttons is known only once it is sent; until it is noted
    # (a crash right after sending, say) any summary's buttons act on the draft in hand.
    draft["summary_sending"] = True
    await _save(update, context, CONFIRM)
    sent = await reply(
        update,
        text,
        InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(t(lang, "intake.btn_submit"), callback_data="i:submit"),
                    InlineKeyboardButton(t(lang, "intake.btn_edit"), callback_data="i:edit"),
                    InlineKeyboardButton(t(lang, "intake.btn_cancel"), callback_data="i:cancel"),
                ]
            ]
        ),
    )
    if sent is not None:
        draft.setdefault("summaries", []).append(sent)
    draft.pop("summary_sending", None)
    return CONFIRM


async def confirm_text(update: Update, context: Context) -> int:
    """More text while confirming: the worker is adding detail; fold it in."""
    _draft(context)["appending"] = True
    return await describe(update, context)


async def not_text(update: Update, context: Context) -> int | None:
    msg = update.effective_message
    if msg is None:
        return None
    if msg.sticker is not None or msg.animation is not None:
        await _notice(update, context, "intake.sticker")
    elif msg.voice is not None or msg.audio is not None:
        await _notice(update, context, "intake.voice_first")
    else:
        await _notice(update, context, "intake.media_first")
    return None  # stay in the current state


# -- confirm / correct / cancel ----------------------------------------------------------


async def confirm_button(update: Update, context: Context) -> int:
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    action = query.data or ""
    draft = _draft(context)
    summaries = draft.get("summaries") or []
    if (
        action in ("i:submit", "i:edit", "i:cancel")
        and summaries
        and not draft.get("summary_sending")
        and query.message is not None
        and query.message.message_id not in summaries
    ):
        # The buttons of another draft's summary (one cancelled or already filed): they
        # must not act on the draft in hand. This draft's earlier summaries still do.
        await query.answer(t(lang, "intake.stale_button"))
        await _drop_buttons(query)
        return CONFIRM if "field" not in draft else EDIT_FIELD
    if action == "i:cancel":
        await query.answer()
        await drop_markup(query)
        return await _cancelled(update, context)
    if action == "i:edit":
        await query.answer()
        await drop_markup(query)
        await reply(
            update,
            t(lang, "intake.edit_which"),
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            t(lang, f"intake.field.{f}"), callback_data=f"i:field:{f}"
                        )
                    ]
                    for f in FIELDS
                ]
            ),
        )
        return CONFIRM
    if action.startswith("i:field:"):
        name = action.split(":", 2)[2]
        if name not in FIELDS:
            await query.answer(t(lang, "intake.stale_button"))
            return CONFIRM
        await query.answer()
        await drop_markup(query)
        return await _ask_field(update, context, name, t(lang, f"intake.ask.{name}"))
    if action == "i:submit":
        await query.answer()
        # Store first, then take the button away: a crash in between leaves the button
        # for a second press, which finds the stored lead by the draft's key.
        state = await _submit(update, context)
        await _drop_buttons(query)
        return state
    await query.answer(t(lang, "intake.stale_button"))
    return CONFIRM


async def _ask_field(update: Update, context: Context, name: str, question: str) -> int:
    _draft(context)["field"] = name
    await _save(update, context, EDIT_FIELD)
    await reply(update, question)
    return EDIT_FIELD


async def field_answer(update: Update, context: Context) -> int:
    msg = update.effective_message
    assert msg is not None
    lang = lang_of(update, context)
    draft = _draft(context)
    name = draft.get("field", "text")
    answer = (msg.text or "").strip()
    if not answer or _is_emoji_only(answer):
        await reply(update, t(lang, f"intake.ask.{name}"))
        return EDIT_FIELD
    if name == "text":
        draft.pop("field", None)
        draft["text"] = answer[:MAX_TEXT]
        _understand(context)
        return await _after_understanding(update, context)
    if name in ("amount", "workers"):
        value = _parse_quantity(answer, unit_wan=name == "amount")
        limit = MAX_AMOUNT if name == "amount" else MAX_WORKERS
        if value is None or not 0 < value[0] <= limit:
            await reply(
                update, t(lang, "intake.bad_amount" if name == "amount" else "intake.bad_workers")
            )
            return EDIT_FIELD
        draft[name] = list(value)
    else:
        draft[name] = answer[:100]
    draft.pop("field", None)
    return await _summary(update, context)


def _parse_quantity(text: str, unit_wan: bool) -> tuple[int, int] | None:
    if re.search(r"(^|[^\d])[-−－]\s*\d|负", text):
        return (-1, -1)  # negative: questioned, never stored
    m = NUM_RE.search(text)
    if m is None:
        return None
    rng = to_range(m.group(0))
    if rng is None:
        return None
    return (rng.low, rng.high)


async def _cancelled(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    user_data(context).pop("draft", None)
    await _save(update, context, ConversationHandler.END)
    await reply(update, t(lang, "intake.cancelled"), ReplyKeyboardRemove())
    return ConversationHandler.END


async def cancel(update: Update, context: Context) -> int:
    return await _cancelled(update, context)


# -- submit and extras -------------------------------------------------------------------


async def _submit(update: Update, context: Context) -> int:
    svc = services(context)
    draft = _draft(context)
    user = update.effective_user
    assert user is not None
    site = await svc.reached_site(draft["site_code"]) if draft.get("site_code") else None
    amount, workers = draft.get("amount"), draft.get("workers")
    submission = await svc.cases.submit(
        LeadDraft(
            reporter_id=user.id,
            reporter_name=user.full_name,
            lang=lang_of(update, context),
            text=draft["text"],
            site=site,
            medium=Medium(draft.get("medium") or "none"),
            employer=draft.get("employer"),
            amount=(amount[0], amount[1]) if amount else None,
            workers=(workers[0], workers[1]) if workers else None,
            period=draft.get("period"),
            submission_key=draft.get("key"),
        )
    )
    if not submission.repeated:  # counted as committed, before the receipt can arrive
        svc.metrics.inc("leads_total")
        if not submission.merged:
            svc.metrics.inc("cases_total")
    user_data(context)["draft"] = {"submitted": True}
    user_data(context)["last_lead_id"] = submission.lead.id
    await _save(update, context, EXTRAS)
    return EXTRAS


async def extras_contact(update: Update, context: Context) -> int:
    msg = update.effective_message
    user = update.effective_user
    assert msg is not None and msg.contact is not None and user is not None
    lang = lang_of(update, context)
    if msg.contact.user_id != user.id:
        await reply(update, t(lang, "intake.phone_not_own"))
        return EXTRAS
    lead_id = user_data(context).get("last_lead_id")
    if lead_id:
        await services(context).save_phone(int(lead_id), user.id, msg.contact.phone_number)
    await reply(update, t(lang, "intake.phone_saved"))
    return EXTRAS


async def extras_media(update: Update, context: Context) -> int:
    msg = update.effective_message
    user = update.effective_user
    assert msg is not None and user is not None
    lang = lang_of(update, context)
    lead_id = user_data(context).get("last_lead_id")
    item: Any
    if msg.photo:
        item, kind, mime = msg.photo[-1], "photo", "image/jpeg"
    elif msg.document is not None:
        item, kind, mime = msg.document, "document", msg.document.mime_type or ""
    elif msg.voice is not None:
        item, kind, mime = msg.voice, "voice", msg.voice.mime_type or "audio/ogg"
    elif msg.audio is not None:
        item, kind, mime = msg.audio, "document", msg.audio.mime_type or ""
    elif msg.video is not None:
        item, kind, mime = msg.video, "document", msg.video.mime_type or ""
    else:
        return EXTRAS
    try:
        file = await item.get_file()
        data = bytes(await file.download_as_bytearray())
    except Exception:
        await reply(update, t(lang, "intake.evidence_failed"))
        return EXTRAS
    count = await services(context).add_attachment(
        int(lead_id or 0),
        user.id,
        Attachment(
            lead_id=int(lead_id or 0),
            kind=kind,
            file_id=item.file_id,
            file_unique_id=item.file_unique_id,
            mime=mime,
            size=len(data),
            data=data,
        ),
    )
    if not count:
        await reply(update, t(lang, "intake.evidence_failed"))
        return EXTRAS
    await reply(update, t(lang, "intake.evidence_saved", count=count))
    return EXTRAS


async def extras_text(update: Update, context: Context) -> int:
    lang = lang_of(update, context)
    await reply(update, t(lang, "intake.finished"), ReplyKeyboardRemove())
    user_data(context).pop("draft", None)
    return ConversationHandler.END


async def timed_out(update: Update, context: Context) -> None:
    draft = user_data(context).get("draft") or {}
    if draft.get("submitted"):
        user_data(context).pop("draft", None)
        return
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, t(lang_of(update, context), "intake.timeout"))


async def stale_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer(t(lang_of(update, context), "intake.stale_button"), show_alert=False)
        await _drop_buttons(query)  # a button that does nothing should not stay


def conversation(timeout_seconds: float) -> ConversationHandler[Any]:
    describe_states: list[BaseHandler[Update, Any, Any]] = [
        MessageHandler(TEXT, describe),
        MessageHandler(STICKERISH | MEDIA, not_text),
    ]
    return ConversationHandler(
        entry_points=[
            CommandHandler("start", start, filters=PRIVATE),
            CommandHandler("report", report, filters=PRIVATE),
        ],
        states={
            RESUME: [CallbackQueryHandler(resume, pattern=r"^i:(resume|restart)$")],
            SITE: [
                MessageHandler(TEXT, site_text),
                MessageHandler(filters.LOCATION & PRIVATE, site_location),
                CallbackQueryHandler(site_chosen, pattern=r"^i:site:"),
                MessageHandler(STICKERISH | MEDIA, not_text),
            ],
            DESCRIBE: describe_states,
            CONFIRM: [
                CallbackQueryHandler(confirm_button, pattern=r"^i:(submit|edit|cancel|field:\w+)$"),
                MessageHandler(TEXT, confirm_text),
                MessageHandler(STICKERISH | MEDIA, not_text),
            ],
            EDIT_FIELD: [
                MessageHandler(TEXT, field_answer),
                CallbackQueryHandler(confirm_button, pattern=r"^i:(submit|edit|cancel|field:\w+)$"),
                MessageHandler(STICKERISH | MEDIA, not_text),
            ],
            EXTRAS: [
                MessageHandler(filters.CONTACT & PRIVATE, extras_contact),
                MessageHandler(MEDIA, extras_media),
                MessageHandler(TEXT, extras_text),
            ],
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler("cancel", cancel, filters=PRIVATE),
            CallbackQueryHandler(stale_button, pattern=r"^i:"),
        ],
        name="intake",
        persistent=True,
        allow_reentry=True,
        conversation_timeout=timeout_seconds,
    )
