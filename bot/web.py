"""Webhook mode: Telegram POSTs updates to us; also /healthz and /metrics.

The update is acknowledged with 200 as soon as it is parsed and queued; PTB's
application processes it afterwards (redeliveries are dropped by ``_dedupe``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
from urllib.parse import urlsplit

from aiohttp import web
from sqlalchemy import func, select, text
from telegram import Update

from bot.app import Runtime, post_init, post_shutdown
from cases.model import OutboxState
from storage import tables

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RUNTIME_KEY: web.AppKey[Runtime] = web.AppKey("runtime", Runtime)
SECRET_KEY: web.AppKey[str] = web.AppKey("secret", str)


def webhook_path(url: str) -> str:
    return urlsplit(url).path or "/"


async def _telegram(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME_KEY]
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), request.app[SECRET_KEY].encode()):
        return web.Response(status=403, text="forbidden")
    try:
        data = await request.json(loads=json.loads)
        update = Update.de_json(data, runtime.application.bot)
    except Exception:  # a malformed body is not worth a retry by Telegram
        log.warning("webhook: unparsable update", exc_info=True)
        return web.Response(status=400, text="bad update")
    if update is None:
        return web.Response(status=400, text="bad update")
    await runtime.application.update_queue.put(update)
    return web.Response(text="ok")


async def _healthz(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME_KEY]
    try:
        async with runtime.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:
        return web.Response(status=503, text=f"database unavailable: {exc.__class__.__name__}")
    if not runtime.application.running:
        return web.Response(status=503, text="application not running")
    return web.Response(text="ok")


def _metric_line(name: str, value: float) -> str:
    return f"anxin_{name} {value:g}"


async def metrics_text(runtime: Runtime) -> str:
    """Prometheus text exposition of the in-process counters and a few database gauges."""
    services = runtime.services
    counters = dict(services.metrics.counters)
    async with services.sessions() as session:
        depth = await session.scalar(
            select(func.count())
            .select_from(tables.outbox)
            .where(tables.outbox.c.state == OutboxState.PENDING)
        )
        leads = await session.scalar(select(func.count()).select_from(tables.leads))
        cases = await session.scalar(select(func.count()).select_from(tables.cases_table))
    lines: list[str] = []
    for name, kind in (
        ("updates_total", "counter"),
        ("leads_total", "counter"),
        ("cases_total", "counter"),
        ("messages_sent_total", "counter"),
        ("handler_errors_total", "counter"),
        ("updates_duplicate_total", "counter"),
    ):
        lines += [f"# TYPE anxin_{name} {kind}", _metric_line(name, counters.pop(name, 0.0))]
    lines += ["# TYPE anxin_send_errors_total counter"]
    errors = {k: v for k, v in counters.items() if k.startswith("send_errors_total")}
    if not errors:
        errors = {'send_errors_total{kind="none"}': 0.0}
    lines += [_metric_line(k, v) for k, v in sorted(errors.items())]
    for k, v in sorted(counters.items()):
        if k not in errors:
            lines.append(_metric_line(k, v))
    lines += [
        "# TYPE anxin_outbox_depth gauge",
        _metric_line("outbox_depth", float(depth or 0)),
        "# TYPE anxin_leads_stored gauge",
        _metric_line("leads_stored", float(leads or 0)),
        "# TYPE anxin_cases_stored gauge",
        _metric_line("cases_stored", float(cases or 0)),
    ]
    latencies = list(services.metrics.latencies)
    if latencies:
        latencies.sort()
        lines.append("# TYPE anxin_handler_latency_seconds summary")
        for q in (0.5, 0.95, 0.99):
            v = latencies[min(len(latencies) - 1, int(q * len(latencies)))]
            lines.append(f'anxin_handler_latency_seconds{{quantile="{q}"}} {v:g}')
        lines.append(f"anxin_handler_latency_seconds_sum {sum(latencies):g}")
        lines.append(f"anxin_handler_latency_seconds_count {len(latencies)}")
    return "\n".join(lines) + "\n"


async def _metrics(request: web.Request) -> web.Response:
    body = await metrics_text(request.app[RUNTIME_KEY])
    return web.Response(text=body, content_type="text/plain", charset="utf-8")


def make_web_app(runtime: Runtime, path: str, secret: str) -> web.Application:
    app = web.Application(client_max_size=4 * 1024 * 1024)
    app[RUNTIME_KEY] = runtime
    app[SECRET_KEY] = secret
    app.router.add_post(path, _telegram)
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    return app


async def run_webhook(
    runtime: Runtime,
    url: str,
    listen: str,
    port: int,
    stop: asyncio.Event,
    *,
    started: asyncio.Future[int] | None = None,
) -> None:
    """Serve updates POSTed to ``url`` until ``stop`` is set.

    ``port=0`` picks a free port; ``started`` (if given) receives the bound port once the
    server listens and the webhook is registered.
    """
    secret = runtime.settings.webhook_secret or secrets.token_urlsafe(32)
    app = runtime.application
    runner = web.AppRunner(make_web_app(runtime, webhook_path(url), secret), access_log=None)
    try:
        async with app:
            await post_init(app)
            await app.start()
            await runner.setup()
            site = web.TCPSite(runner, listen, port)
            await site.start()
            bound = int(runner.addresses[0][1])
            await app.bot.set_webhook(url, secret_token=secret)
            log.info("webhook: serving %s on %s:%s", url, listen, bound)
            if started is not None and not started.done():
                started.set_result(bound)
            try:
                await stop.wait()
            finally:
                await runner.cleanup()
                await app.stop()
                await post_shutdown(app)
    except BaseException as exc:
        if started is not None and not started.done():
            started.set_exception(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
        raise
    finally:
        await runner.cleanup()
        await runtime.engine.dispose()


__all__ = ["make_web_app", "metrics_text", "run_webhook", "webhook_path"]
