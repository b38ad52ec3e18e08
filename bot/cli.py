"""The `anxin` command line: run the bot, the offline demo, and the admin's tools."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import re
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot import eventloop
from bot.settings import Settings, SettingsError, load_settings
from cases.model import Department, Group, Industry, Site
from cases.routing import RoutingRule
from qr import links
from storage.db import make_engine, make_sessionmaker, upgrade
from storage.store import SqlStore, unit_of_work


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(args.func(args) or 0)
    except SettingsError as exc:
        return int(exc.code or 2)
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="anxin", description="安薪 anxin: unpaid-wage reports by Telegram"
    )
    sub = p.add_subparsers(dest="command")

    run = sub.add_parser("run", help="run the bot (polling, or a webhook with --webhook URL)")
    run.add_argument("--webhook", metavar="URL", help="public URL Telegram should POST updates to")
    run.add_argument("--listen", default="0.0.0.0", help="address for the webhook server")
    run.add_argument("--port", type=int, default=8443)
    run.set_defaults(func=_run)

    demo = sub.add_parser("demo", help="offline demo: sandbox Telegram + the real bot, one report")
    demo.add_argument(
        "--out", default="demo-out", help="folder for the demo database, poster and stickers"
    )
    demo.set_defaults(func=_demo)

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_up = db_sub.add_parser("upgrade", help="apply migrations")
    db_up.set_defaults(func=_db_upgrade)

    sites = sub.add_parser("sites", help="construction sites and their QR codes")
    s_sub = sites.add_subparsers(dest="sites_command", required=True)
    add = s_sub.add_parser("add", help="register a site; prints its code and deep link")
    add.add_argument("--name", required=True)
    add.add_argument("--district", required=True)
    add.add_argument("--street", default="")
    add.add_argument("--industry", choices=[i.value for i in Industry], default="housing")
    add.add_argument("--contractor", default="", help="general contractor 总包单位")
    add.add_argument("--builder", default="", help="construction unit 建设单位")
    add.add_argument("--address", default="")
    add.add_argument("--lat", type=float)
    add.add_argument("--lon", type=float)
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_sites_add)
    ls = s_sub.add_parser("list", help="list sites")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_sites_list)
    rv = s_sub.add_parser("revoke", help="revoke a site's printed codes of one medium and reissue")
    rv.add_argument("code")
    rv.add_argument("--medium", choices=["sticker", "poster"], required=True)
    rv.set_defaults(func=_sites_revoke)

    groups = sub.add_parser("groups", help="inspector group chats")
    g_sub = groups.add_subparsers(dest="groups_command", required=True)
    bind = g_sub.add_parser("bind", help="bind a group chat to a district and department")
    bind.add_argument("--chat-id", type=int, required=True)
    bind.add_argument(
        "--region", required=True, help="district (区县), or the city for --department city"
    )
    bind.add_argument("--department", choices=[d.value for d in Department], required=True)
    bind.add_argument("--title", default="")
    bind.set_defaults(func=_groups_bind)
    gl = g_sub.add_parser("list", help="list bound groups")
    gl.add_argument("--json", action="store_true")
    gl.set_defaults(func=_groups_list)

    rules = sub.add_parser("rules", help="routing rules")
    r_sub = rules.add_subparsers(dest="rules_command", required=True)
    rl = r_sub.add_parser("list")
    rl.add_argument("--json", action="store_true")
    rl.set_defaults(func=_rules_list)
    rs = r_sub.add_parser("set", help="add or replace one rule by name")
    rs.add_argument("--name", required=True)
    rs.add_argument(
        "--department", required=True, help="labour|housing|transport|water|city|industry"
    )
    rs.add_argument("--role", default="primary", choices=["primary", "industry", "escalation"])
    rs.add_argument("--categories", default="", help="comma-separated category codes; empty: all")
    rs.add_argument("--delete", action="store_true")
    rs.set_defaults(func=_rules_set)
    ri = r_sub.add_parser("import", help="replace all rules from a JSON file (a list of rules)")
    ri.add_argument("file")
    ri.set_defaults(func=_rules_import)

    posters = sub.add_parser("posters", help="A4 notice-board posters (PDF)")
    posters.add_argument("--site")
    posters.add_argument("--all", action="store_true")
    posters.add_argument("--out", required=True)
    posters.set_defaults(func=_posters)
    stickers = sub.add_parser("stickers", help="helmet-sticker sheets (PDF)")
    stickers.add_argument("--site", required=True, help="site code, or several separated by commas")
    stickers.add_argument("--count", type=int, help="stickers per site (default: one full sheet)")
    stickers.add_argument("--size-mm", type=float, default=40.0)
    stickers.add_argument("--out", required=True)
    stickers.set_defaults(func=_stickers)

    report = sub.add_parser("report", help="monthly report: CSV, XLSX and charts")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--out", required=True)
    report.set_defaults(func=_report)
    return p


# -- helpers -------------------------------------------------------------------------


def _store_call(settings: Settings, fn: Any) -> Any:
    async def go() -> Any:
        engine = make_engine(settings.database_url)
        try:
            await upgrade(engine)
            async with unit_of_work(make_sessionmaker(engine)) as store:
                return await fn(store)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def _site_dict(site: Site, settings: Settings) -> dict[str, Any]:
    poster = links.make_payload(site.code, "poster", site.poster_version)
    sticker = links.make_payload(site.code, "sticker", site.sticker_version)
    return {
        "code": site.code,
        "name": site.name,
        "district": site.district,
        "street": site.street,
        "industry": site.industry.value,
        "contractor": site.contractor,
        "builder": site.builder,
        "deep_link": links.deep_link(settings.bot_username, poster),
        "sticker_link": links.deep_link(settings.bot_username, sticker),
    }


# -- commands --------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(require_token=True)
    from bot.app import create_runtime, run_polling

    async def go() -> None:
        runtime = await create_runtime(settings, rate_limit=settings.rate_limit)
        # What start-up built (jieba's dictionary, the duplicate index) lives as long as
        # the process: leave it out of every collection, and collect less often; under a
        # burst the collector otherwise rescans it (docs/benchmarks.md, Load).
        gc.freeze()
        gc.set_threshold(20_000, 20, 20)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        if args.webhook:
            from bot.web import run_webhook

            await run_webhook(runtime, args.webhook, args.listen, args.port, stop)
        else:
            await run_polling(runtime, stop)

    eventloop.run(go())
    return 0


def _demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    return eventloop.run(run_demo(Path(args.out)))


def _db_upgrade(args: argparse.Namespace) -> int:
    settings = load_settings()

    async def go() -> None:
        engine = make_engine(settings.database_url)
        await upgrade(engine)
        await engine.dispose()

    asyncio.run(go())
    print("database is up to date")
    return 0


def _sites_add(args: argparse.Namespace) -> int:
    settings = load_settings()

    async def add(store: SqlStore) -> Site:
        site = Site(
            id=None,  # type: ignore[arg-type]
            code=links.new_site_code(),
            name=args.name.strip(),
            district=args.district.strip(),
            street=args.street.strip(),
            industry=Industry(args.industry),
            address=args.address,
            builder=args.builder.strip(),
            contractor=args.contractor.strip(),
            latitude=args.lat,
            longitude=args.lon,
            created_at=datetime.now(UTC),
        )
        store.add(site)
        await store.flush()
        return site

    site = _store_call(settings, add)
    info = _site_dict(site, settings)
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        print(f"{site.name}（{site.district}）  code: {site.code}")
        print(f"poster link:  {info['deep_link']}")
        print(f"sticker link: {info['sticker_link']}")
    return 0


def _sites_list(args: argparse.Namespace) -> int:
    settings = load_settings()
    sites = _store_call(settings, lambda store: store.sites())
    rows = [_site_dict(s, settings) for s in sites]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(
                f"{r['code']}  {r['name']}  {r['district']} {r['street']}  {r['industry']}  {r['contractor']}"
            )
    return 0


def _sites_revoke(args: argparse.Namespace) -> int:
    settings = load_settings()

    async def revoke(store: SqlStore) -> Site | None:
        site = await store.site_by_code(args.code.lower())
        if site is None:
            return None
        if args.medium == "sticker":
            site.sticker_version += 1
        else:
            site.poster_version += 1
        return site

    site = _store_call(settings, revoke)
    if site is None:
        print(f"anxin: no site with code {args.code}", file=sys.stderr)
        return 1
    info = _site_dict(site, settings)
    print(f"revoked the old {args.medium} codes of {site.code}; new link:")
    print(info["sticker_link"] if args.medium == "sticker" else info["deep_link"])
    return 0


def _groups_bind(args: argparse.Namespace) -> int:
    settings = load_settings()

    async def bind(store: SqlStore) -> Group:
        group = await store.group(args.chat_id)
        department = Department(args.department)
        if group is None:
            group = Group(
                args.chat_id, args.title, args.region, department, True, datetime.now(UTC)
            )
            store.add(group)
        else:
            group.region, group.department, group.active = args.region, department, True
            group.title = args.title or group.title
        return group

    g = _store_call(settings, bind)
    print(f"group {g.chat_id} bound to {g.region} / {g.department.value}")
    return 0


def _groups_list(args: argparse.Namespace) -> int:
    settings = load_settings()
    groups = _store_call(settings, lambda store: store.groups())
    rows = [
        {
            "chat_id": g.chat_id,
            "title": g.title,
            "region": g.region,
            "department": g.department.value if g.department else None,
            "active": g.active,
        }
        for g in groups
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(
                f"{r['chat_id']}  {r['region']}  {r['department']}  {'active' if r['active'] else 'inactive'}  {r['title']}"
            )
    return 0


def _rules_list(args: argparse.Namespace) -> int:
    settings = load_settings()
    rules = _store_call(settings, lambda store: store.routing_rules())
    if args.json:
        print(json.dumps([r.to_dict() for r in rules], ensure_ascii=False))
    else:
        for r in rules:
            cats = ",".join(r.categories) or "all"
            print(f"{r.name}: {r.department} ({r.role.value}) <- {cats}")
    return 0


def _rules_set(args: argparse.Namespace) -> int:
    settings = load_settings()
    try:
        rule = RoutingRule.from_dict(
            {
                "name": args.name,
                "department": args.department,
                "role": args.role,
                "categories": [c for c in args.categories.split(",") if c],
            }
        )
    except ValueError as exc:
        print(f"anxin: invalid rule: {exc}", file=sys.stderr)
        return 2

    async def save(store: SqlStore) -> None:
        rules = [r for r in await store.routing_rules() if r.name != rule.name]
        if not args.delete:
            rules.append(rule)
        await store.save_routing_rules(rules)

    _store_call(settings, save)
    return _rules_list(argparse.Namespace(json=False))


def _rules_import(args: argparse.Namespace) -> int:
    settings = load_settings()
    try:
        rules = [
            RoutingRule.from_dict(d)
            for d in json.loads(Path(args.file).read_text(encoding="utf-8"))
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"anxin: cannot import rules from {args.file}: {exc}", file=sys.stderr)
        return 2

    async def save(store: SqlStore) -> None:
        await store.save_routing_rules(rules)

    _store_call(settings, save)
    return _rules_list(argparse.Namespace(json=False))


def _posters(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from handlers.admin import label, site_link
    from qr import posters

    settings = load_settings()
    sites = _store_call(settings, lambda store: store.sites())
    if args.all:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for site in tqdm(sites, desc="posters", unit="site", file=sys.stderr):
            posters.render_poster(
                label(site),
                site_link(settings.bot_username, site, "poster"),
                out / f"poster-{site.code}.pdf",
            )
        print(f"{len(sites)} posters in {out}")
        return 0
    site = next((s for s in sites if s.code == (args.site or "").lower()), None)
    if site is None:
        print(f"anxin: no site with code {args.site}", file=sys.stderr)
        return 1
    posters.render_poster(label(site), site_link(settings.bot_username, site, "poster"), args.out)
    print(f"poster written to {args.out}")
    return 0


def _stickers(args: argparse.Namespace) -> int:
    from handlers.admin import label, site_link
    from qr import posters

    settings = load_settings()
    sites = {s.code: s for s in _store_call(settings, lambda store: store.sites())}
    items = []
    layout = posters.sticker_layout(args.size_mm)
    for code in [c.strip().lower() for c in args.site.split(",") if c.strip()]:
        site = sites.get(code)
        if site is None:
            print(f"anxin: no site with code {code}", file=sys.stderr)
            return 1
        items += posters.stickers_for(
            label(site),
            site_link(settings.bot_username, site, "sticker"),
            args.count,
            layout=layout,
        )
    pages = posters.render_stickers(
        items, args.out, size_mm=args.size_mm, progress=len(items) > layout.per_page
    )
    print(f"{len(items)} stickers on {pages} page(s) written to {args.out}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from bot.reporting import write_report

    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month):
        print(f"anxin: --month must look like 2026-11, not {args.month!r}", file=sys.stderr)
        return 2
    settings = load_settings()
    paths = asyncio.run(write_report(settings, args.month, Path(args.out)))
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
