"""Inspector groups: binding, assignment-card buttons, outcomes by reply, case lists."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from telegram import (
    ChatMemberUpdated,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from cases.model import OPEN_STATES, Department, Event, OutboxKind, OutboxMessage, Priority
from handlers.catalog import t
from handlers.common import Context, actor, reply, services
from handlers.render import local

GROUPS = filters.ChatType.GROUPS
DEPARTMENTS = {
    "人社": Department.LABOUR,
    "劳动": Department.LABOUR,
    "labour": Department.LABOUR,
    "labor": Department.LABOUR,
    "住建": Department.HOUSING,
    "housing": Department.HOUSING,
    "交通": Department.TRANSPORT,
    "transport": Department.TRANSPORT,
    "水利": Department.WATER,
    "water": Department.WATER,
    "市级": Department.CITY,
    "市": Department.CITY,
    "city": Department.CITY,
}


def _is_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in services(context).settings.admin_ids


# -- membership ----------------------------------------------------------------------


async def my_member(update: Update, context: Context) -> None:
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type == "private":
        return
    status = change.new_chat_member.status
    svc = services(context)
    if status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
        await context.bot.send_message(change.chat.id, t("zh", "group.added"))
        return
    if status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
        # Removed: keep every assignment, stop routing new cases here.
        async with svc.store() as store:
            group = await store.group(change.chat.id)
            if group is not None:
                group.active = False


async def migrated(update: Update, context: Context) -> None:
    msg = update.effective_message
    if msg is None:
        return
    old, new = (
        (msg.chat.id, msg.migrate_to_chat_id)
        if msg.migrate_to_chat_id
        else (msg.migrate_from_chat_id, msg.chat.id)
    )
    if old is None or new is None:
        return
    async with services(context).store() as store:
        await store.migrate_group(old, new)


# -- binding -------------------------------------------------------------------------


async def bind(update: Update, context: Context) -> None:
    if not _is_admin(update, context):
        await reply(update, t("zh", "group.not_admin"))
        return
    args = context.args or []
    if len(args) != 2:
        await reply(update, t("zh", "group.bind_usage"))
        return
    region, dept_name = args
    department = DEPARTMENTS.get(dept_name.lower())
    if department is None:
        await reply(update, t("zh", "group.bind_bad_department", department=dept_name))
        return
    chat = update.effective_chat
    assert chat is not None
    await services(context).bind_group(chat.id, chat.title or "", region, department)
    await reply(
        update,
        t("zh", "group.bound", region=region, department=t("zh", f"department.{department.value}")),
    )


async def unbind(update: Update, context: Context) -> None:
    if not _is_admin(update, context):
        await reply(update, t("zh", "group.not_admin"))
        return
    chat = update.effective_chat
    assert chat is not None
    async with services(context).store() as store:
        group = await store.group(chat.id)
        if group is None:
            await reply(update, t("zh", "group.not_bound"))
            return
        group.active = False
    await reply(update, t("zh", "group.unbound"))


# -- cards ---------------------------------------------------------------------------


async def card_button(update: Update, context: Context) -> None:
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and chat is not None
    parts = (query.data or "").split(":")
    if len(parts) < 3 or not parts[2].lstrip("-").isdigit():
        await query.answer(t("zh", "card.not_yours"), show_alert=True)
        return
    action, assignment_id = parts[1], int(parts[2])
    svc = services(context)
    who = actor(update)
    if action in ("ack", "escalate"):
        result = await svc.cases.act(action, assignment_id, chat.id, who)
        await query.answer(t("zh", result.notice, **result.params), show_alert=not result.ok)
        return
    check = await svc.cases.check(assignment_id, chat.id)
    if not check.ok:
        await query.answer(t("zh", check.notice, **check.params), show_alert=True)
        return
    case_number = check.params.get("case", "")
    if action in ("resolve", "reject"):
        await query.answer()
        key = "card.ask_outcome" if action == "resolve" else "card.ask_reason"
        prompt = await context.bot.send_message(
            chat.id,
            t("zh", key, case=case_number),
            reply_markup=ForceReply(selective=True, input_field_placeholder=case_number),
            reply_to_message_id=query.message.message_id if query.message else None,
        )
        assert context.chat_data is not None
        context.chat_data.setdefault("prompts", {})[str(prompt.message_id)] = {
            "action": action,
            "assignment_id": assignment_id,
        }
        return
    if action == "transfer":
        await query.answer()
        async with svc.store() as store:
            groups = [g for g in await store.groups() if g.active and g.chat_id != chat.id]
        if not groups:
            await reply(update, t("zh", "card.no_groups"))
            return
        buttons = [
            [
                InlineKeyboardButton(
                    f"{g.region} · {t('zh', f'department.{g.department.value}')} · {g.title}"[:60],
                    callback_data=f"c:to:{assignment_id}:{g.chat_id}",
                )
            ]
            for g in groups[:20]
        ]
        await context.bot.send_message(
            chat.id, t("zh", "card.pick_group"), reply_markup=InlineKeyboardMarkup(buttons)
        )
        return
    if action == "to" and len(parts) == 4 and parts[3].lstrip("-").isdigit():
        result = await svc.cases.act("transfer", assignment_id, chat.id, who, int(parts[3]))
        await query.answer(t("zh", result.notice, **result.params), show_alert=not result.ok)
        if result.ok and query.message is not None:
            await query.edit_message_reply_markup(None)
        return
    if action == "evidence":
        await query.answer()
        await _send_evidence(update, context, assignment_id)
        return
    await query.answer(t("zh", "card.not_yours"), show_alert=True)


async def _send_evidence(update: Update, context: Context, assignment_id: int) -> None:
    svc = services(context)
    chat = update.effective_chat
    assert chat is not None
    async with svc.store() as store:
        a = await store.assignment(assignment_id)
        if a is None or a.group_chat_id != chat.id:
            return
        attachments = await store.attachments_of_case(a.case_id)
        if not attachments:
            await reply(update, t("zh", "card.no_evidence"))
            return
        for att in attachments:
            # Sent by file id: a copy without the worker's profile, never a forward.
            await store.outbox_add(
                OutboxMessage(
                    chat.id,
                    OutboxKind.COPY,
                    {"file_id": att.file_id, "kind": att.kind, "reply_to": a.card_message_id},
                    Priority.CARD,
                    created_at=datetime.now(UTC),
                )
            )
    svc.wake_sender()


async def prompt_reply(update: Update, context: Context) -> None:
    """The inspector's one-line outcome or reason, as a reply to the bot's prompt."""
    msg = update.effective_message
    chat = update.effective_chat
    if msg is None or chat is None or msg.reply_to_message is None or context.chat_data is None:
        return
    prompts = context.chat_data.get("prompts", {})
    pending = prompts.get(str(msg.reply_to_message.message_id))
    if pending is None:
        return
    text = (msg.text or "").strip()[:500]
    if not text:
        return
    svc = services(context)
    result = await svc.cases.act(
        pending["action"], int(pending["assignment_id"]), chat.id, actor(update), text
    )
    if result.ok or result.notice in ("card.closed", "card.stale", "card.not_yours"):
        prompts.pop(str(msg.reply_to_message.message_id), None)
    await reply(update, t("zh", result.notice, **result.params))


# -- lists -----------------------------------------------------------------------------


async def list_cases(update: Update, context: Context) -> None:
    chat = update.effective_chat
    assert chat is not None
    svc = services(context)
    now = datetime.now(UTC)
    lines = []
    async with svc.store() as store:
        for a in await store.open_assignments(chat.id):
            case = await store.case(a.case_id)
            if case is None or case.state not in OPEN_STATES:
                continue
            site = await store.site(case.site_id) if case.site_id else None
            age = _age(now - (a.created_at or now))
            lines.append(
                t(
                    "zh",
                    "group.cases_line",
                    case=case.number,
                    site=site.name if site else "-",
                    state=t("zh", f"state.{case.state.value}"),
                    age=age,
                )
            )
    if not lines:
        await reply(update, t("zh", "group.cases_none"))
        return
    await reply(
        update, t("zh", "group.cases_header", count=len(lines)) + "\n" + "\n".join(lines[:50])
    )


def _age(delta: Any) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return t("zh", "duration.minutes", n=minutes)
    if minutes < 48 * 60:
        return t("zh", "duration.hours", n=minutes // 60)
    return t("zh", "duration.days", n=minutes // 1440)


async def show_case(update: Update, context: Context) -> None:
    if not context.args:
        await reply(update, t("zh", "group.case_usage"))
        return
    svc = services(context)
    chat = update.effective_chat
    assert chat is not None
    async with svc.store() as store:
        case = await store.case_by_number(context.args[0].upper())
        assignments = await store.assignments_of_case(case.id or 0) if case else []
        allowed = _is_admin(update, context) or any(a.group_chat_id == chat.id for a in assignments)
        if case is None or not allowed:
            await reply(update, t("zh", "group.case_not_found"))
            return
        site = await store.site(case.site_id) if case.site_id else None
        events = await store.events_of_case(case.id or 0)
        titles = {g.chat_id: g.title for g in await store.groups()}
    timeline = "\n".join(_event_line(e, titles, svc.settings.tz) for e in events)
    await reply(
        update,
        t(
            "zh",
            "group.case_timeline",
            case=case.number,
            site=site.name if site else "-",
            state=t("zh", f"state.{case.state.value}"),
            timeline=timeline,
        )[:4000],
    )


def _event_line(e: Event, titles: dict[int, str], tz: Any) -> str:
    d = e.data
    chat = d.get("to_group_chat_id") or d.get("group_chat_id")
    what = t(
        "zh",
        f"event.{e.kind.value}",
        group=titles.get(int(chat), str(chat)) if chat else "-",
        outcome=d.get("outcome", ""),
        reason=d.get("reason", ""),
    )
    # Actors: "user:<id>:<name>" for inspectors, "user:<id>" for workers, "system".
    if e.actor.startswith("user:"):
        parts = e.actor.split(":", 2)
        who = parts[2] if len(parts) == 3 else t("zh", "event.by_reporter")
    else:
        who = ""
    return f"{local(e.at, tz)} {what} {who}".rstrip()


def handlers() -> list[Any]:
    return [
        ChatMemberHandler(my_member, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(filters.StatusUpdate.MIGRATE, migrated),
        CommandHandler("bind", bind, filters=GROUPS),
        CommandHandler("unbind", unbind, filters=GROUPS),
        CommandHandler("cases", list_cases, filters=GROUPS),
        CommandHandler("case", show_case),
        CallbackQueryHandler(card_button, pattern=r"^c:"),
        MessageHandler(GROUPS & filters.REPLY & filters.TEXT & ~filters.COMMAND, prompt_reply),
    ]
