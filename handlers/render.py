"""Turn outbox rows and cases into Telegram text and keyboards (catalogue strings only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from cases.model import Assignment, AssignmentRole, AssignmentState, Case, Lead, Site
from handlers.catalog import t
from nlp import mask_sensitive

CARD_LIMIT = 4096
TEXT_PER_LEAD = 400


def fmt_range(low: int | None, high: int | None, unit: str = "") -> str | None:
    if low is None:
        return None
    if high is None or high == low:
        return f"{low:,}{unit}"
    return f"{low:,}–{high:,}{unit}"


def fmt_amount(low: int | None, high: int | None, lang: str = "zh") -> str:
    return fmt_range(low, high, " 元" if lang == "zh" else " yuan") or t(lang, "intake.unknown")


def fmt_workers(low: int | None, high: int | None, lang: str = "zh") -> str:
    return fmt_range(low, high, " 人" if lang == "zh" else "") or t(lang, "intake.unknown")


def local(at: datetime | None, tz: ZoneInfo) -> str:
    return at.astimezone(tz).strftime("%m-%d %H:%M") if at else "-"


@dataclass
class CardView:
    """Everything a card shows, loaded in one transaction by the sender."""

    assignment: Assignment
    case: Case
    site: Site | None
    leads: Sequence[Lead]
    evidence_count: int = 0
    phones: list[str] = field(default_factory=list)
    blocked_reporters: int = 0


def card(view: CardView, tz: ZoneInfo) -> tuple[str, InlineKeyboardMarkup | None]:
    a, c, site = view.assignment, view.case, view.site
    marks = ""
    if c.urgent:
        marks += t("zh", "card.mark_urgent")
    if c.group_complaint:
        marks += t("zh", "card.mark_group")
    if c.reopened:
        marks += t("zh", "card.mark_reopened")
    if a.role is AssignmentRole.INDUSTRY:
        marks += t("zh", "card.mark_industry")
    if a.role is AssignmentRole.FALLBACK:
        marks += t("zh", "card.mark_fallback")
    unknown = t("zh", "intake.unknown")
    body = t(
        "zh",
        "card.body",
        site=site.name if site else unknown,
        district=site.district if site else unknown,
        street=f" {site.street}" if site and site.street else "",
        category=t("zh", f"category.{c.category.value}"),
        evidence="、".join(c.evidence) or "-",
        keywords="、".join(c.keywords) or "-",
        employer=c.employer or unknown,
        amount=fmt_amount(c.amount_low, c.amount_high),
        workers=fmt_workers(c.workers_low, c.workers_high),
        period=c.period or unknown,
        reporters=c.reporters,
        leads=c.leads,
        ack_due=local(a.ack_due, tz),
        resolve_due=local(a.resolve_due, tz),
    )
    state = _card_state(a, c, tz)
    parts = [
        t("zh", "card.title", case=c.number, marks=marks),
        body,
        t("zh", "card.state", state=state),
    ]
    if view.evidence_count:
        parts.append(t("zh", "card.evidence", count=view.evidence_count))
    if view.phones:
        parts.append(t("zh", "card.phone", phone="、".join(view.phones)))
    if view.blocked_reporters:
        parts.append(t("zh", "card.blocked"))
    head = "\n".join(parts)
    # The workers' own words, masked; newest last, trimmed so the card fits in one message.
    quotes: list[str] = []
    room = CARD_LIMIT - len(head) - 40
    for lead in reversed(view.leads):
        quote = mask_sensitive(lead.text)
        if len(quote) > TEXT_PER_LEAD:
            quote = quote[:TEXT_PER_LEAD] + "…"
        line = f"「{quote}」"
        if len(line) + 1 > room:
            break
        quotes.insert(0, line)
        room -= len(line) + 1
    text = head + "\n\n" + t("zh", "card.text", text="\n".join(quotes))
    return text[:CARD_LIMIT], card_buttons(a, c, view.evidence_count)


def _card_state(a: Assignment, c: Case, tz: ZoneInfo) -> str:
    if a.state is AssignmentState.PENDING:
        return t("zh", "card.state.pending")
    if a.state is AssignmentState.ACKNOWLEDGED:
        return t(
            "zh",
            "card.state.acknowledged",
            who=_who(a.acknowledged_by),
            since=local(a.acknowledged_at, tz),
        )
    if a.state is AssignmentState.RESOLVED:
        return t(
            "zh",
            "card.state.resolved",
            outcome=c.outcome or "-",
            who=_who(a.resolved_by),
            since=local(a.resolved_at, tz),
        )
    if a.state is AssignmentState.CLOSED:
        return t("zh", "card.state.closed")
    if a.state is AssignmentState.REJECTED:
        return t("zh", "card.state.rejected", reason=c.reject_reason or "-")
    return t("zh", "card.state.transferred")


def _who(actor: str) -> str:
    # actors are stored as "user:<id>:<name>"; show the name.
    parts = actor.split(":", 2)
    return parts[2] if len(parts) == 3 and parts[2] else actor


def card_buttons(a: Assignment, c: Case, evidence: int) -> InlineKeyboardMarkup | None:
    if a.state not in (AssignmentState.PENDING, AssignmentState.ACKNOWLEDGED):
        return None
    rows = []
    first = []
    if a.state is AssignmentState.PENDING:
        first.append(InlineKeyboardButton(t("zh", "card.btn_ack"), callback_data=f"c:ack:{a.id}"))
    first.append(
        InlineKeyboardButton(t("zh", "card.btn_resolve"), callback_data=f"c:resolve:{a.id}")
    )
    rows.append(first)
    rows.append(
        [
            InlineKeyboardButton(t("zh", "card.btn_transfer"), callback_data=f"c:transfer:{a.id}"),
            InlineKeyboardButton(t("zh", "card.btn_escalate"), callback_data=f"c:escalate:{a.id}"),
            InlineKeyboardButton(t("zh", "card.btn_reject"), callback_data=f"c:reject:{a.id}"),
        ]
    )
    if evidence:
        rows.append(
            [InlineKeyboardButton(t("zh", "card.btn_evidence"), callback_data=f"c:evidence:{a.id}")]
        )
    return InlineKeyboardMarkup(rows)


def outbox_text(payload: dict[str, Any]) -> tuple[str, Any]:
    """A TEXT outbox row: catalogue key + params + language, and an optional keyboard."""
    lang = payload.get("lang", "zh")
    text = t(lang, payload["key"], **payload.get("params", {}))
    markup = payload.get("markup") or {}
    kind = markup.get("type")
    if kind == "after_submit":
        keyboard = ReplyKeyboardMarkup(
            [
                [KeyboardButton(t(lang, "intake.btn_share_phone"), request_contact=True)],
                [KeyboardButton(t(lang, "intake.btn_done"))],
            ],
            resize_keyboard=True,
            one_time_keyboard=False,
        )
        return text, keyboard
    if kind == "feedback":
        case_id = markup["case_id"]
        return text, InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        t(lang, "worker.btn_resolved"), callback_data=f"f:y:{case_id}"
                    ),
                    InlineKeyboardButton(
                        t(lang, "worker.btn_not_resolved"), callback_data=f"f:n:{case_id}"
                    ),
                ]
            ]
        )
    return text, None
