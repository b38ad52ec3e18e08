"""Admin commands in the admin's private chat: /rules, /poster, /stickers."""

from __future__ import annotations

import asyncio
import io
from typing import Any

from telegram import Update
from telegram.ext import CommandHandler, filters

from cases.model import Site
from handlers.catalog import t
from handlers.common import Context, services
from qr import links, posters

PRIVATE = filters.ChatType.PRIVATE
MAX_STICKERS = 2000


def label(site: Site) -> posters.SiteLabel:
    return posters.SiteLabel(
        site.code, site.name, site.district, site.street, site.contractor, site.builder
    )


def site_link(bot_username: str, site: Site, medium: str) -> str:
    version = site.sticker_version if medium == "sticker" else site.poster_version
    return links.deep_link(bot_username, links.make_payload(site.code, medium, version))


async def _admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    if user is not None and user.id in services(context).settings.admin_ids:
        return True
    msg = update.effective_message
    if msg is not None:
        await msg.reply_text(t("zh", "admin.only"))
    return False


async def rules(update: Update, context: Context) -> None:
    if not await _admin(update, context):
        return
    async with services(context).store() as store:
        current = await store.routing_rules()
    lines = [
        f"• {r.name}: {r.department} ({r.role.value}){' ← ' + ','.join(r.categories) if r.categories else ''}"
        for r in current
    ]
    msg = update.effective_message
    assert msg is not None
    await msg.reply_text(t("zh", "admin.rules", rules="\n".join(lines)))


async def poster(update: Update, context: Context) -> None:
    if not await _admin(update, context):
        return
    msg = update.effective_message
    assert msg is not None
    if not context.args:
        await msg.reply_text(t("zh", "admin.poster_usage"))
        return
    svc = services(context)
    site = await svc.site_by_code(context.args[0].lower())
    if site is None:
        await msg.reply_text(t("zh", "admin.site_not_found", code=context.args[0]))
        return
    buf = io.BytesIO()
    link = site_link(svc.bot_username, site, "poster")
    await asyncio.to_thread(posters.render_poster, label(site), link, buf)
    await msg.reply_document(buf.getvalue(), filename=f"poster-{site.code}.pdf")


async def stickers(update: Update, context: Context) -> None:
    if not await _admin(update, context):
        return
    msg = update.effective_message
    assert msg is not None
    args = context.args or []
    if not args or (len(args) > 1 and not args[1].isdigit()):
        await msg.reply_text(t("zh", "admin.stickers_usage"))
        return
    svc = services(context)
    site = await svc.site_by_code(args[0].lower())
    if site is None:
        await msg.reply_text(t("zh", "admin.site_not_found", code=args[0]))
        return
    count = min(int(args[1]), MAX_STICKERS) if len(args) > 1 else None
    link = site_link(svc.bot_username, site, "sticker")
    items = posters.stickers_for(label(site), link, count)
    buf = io.BytesIO()
    await asyncio.to_thread(posters.render_stickers, items, buf)
    await msg.reply_document(buf.getvalue(), filename=f"stickers-{site.code}.pdf")


def handlers() -> list[Any]:
    return [
        CommandHandler("rules", rules, filters=PRIVATE),
        CommandHandler("poster", poster, filters=PRIVATE),
        CommandHandler("stickers", stickers, filters=PRIVATE),
    ]
