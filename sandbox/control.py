"""HTTP control API under ``/__control/`` (JSON in, ``{"ok": true, "result": ...}`` out)."""

from __future__ import annotations

import base64
import inspect
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import SandboxError
from .limits import Fault

if TYPE_CHECKING:
    from .server import Sandbox

# POST /__control/<action>  -> Sandbox method called with the JSON body as keyword arguments
POST_ACTIONS = {
    "users": "add_user",
    "add_user": "add_user",
    "groups": "create_group",
    "create_group": "create_group",
    "add_bot_to_group": "add_bot_to_group",
    "remove_bot_from_group": "remove_bot_from_group",
    "promote_bot": "promote_bot",
    "migrate_group": "migrate_group",
    "add_member": "add_member",
    "remove_member": "remove_member",
    "send_text": "send_text",
    "send_start": "send_start",
    "send_command": "send_command",
    "press_button": "press_button",
    "press_button_text": "press_button_text",
    "share_contact": "share_contact",
    "share_location": "share_location",
    "send_photo": "send_photo",
    "send_document": "send_document",
    "send_voice": "send_voice",
    "send_sticker": "send_sticker",
    "send_animation": "send_animation",
    "edit_user_message": "edit_user_message",
    "forward_to_bot": "forward_to_bot",
    "block_bot": "block_bot",
    "unblock_bot": "unblock_bot",
    "redeliver": "redeliver",
    "expire_callback": "expire_callback",
    "faults": "inject_fault",
    "inject_fault": "inject_fault",
    "random_faults": "set_random_faults",
    "clear_faults": "clear_faults",
    "limits": "set_limits",
    "wait_message": "wait_for_message",
    "clear_requests": "clear_requests",
}

# binary arguments travel base64-encoded: {"image_b64": "..."} -> image_bytes=b"..."
B64_ARGS = {"image_b64": "image_bytes", "data_b64": "data"}


def _ok(result: Any, status: int = 200) -> web.Response:
    if isinstance(result, Fault):
        result = result.to_json()
    return web.Response(
        text=json.dumps({"ok": True, "result": result}, ensure_ascii=False, default=str),
        status=status,
        content_type="application/json",
    )


def _err(message: str, status: int = 400) -> web.Response:
    return web.Response(
        text=json.dumps({"ok": False, "error": message}, ensure_ascii=False),
        status=status,
        content_type="application/json",
    )


def _int_arg(request: web.Request, name: str) -> int:
    try:
        return int(request.query[name])
    except (KeyError, ValueError):
        raise SandboxError(f"query parameter {name!r} (int) is required") from None


def setup_control(app: web.Application, sb: Sandbox) -> None:
    async def post_action(request: web.Request) -> web.Response:
        action = request.match_info["action"]
        name = POST_ACTIONS.get(action)
        if name is None:
            return _err(f"unknown control action {action!r}", 404)
        try:
            body = await request.json() if request.body_exists else {}
        except ValueError:
            return _err("body must be JSON")
        if not isinstance(body, dict):
            return _err("body must be a JSON object")
        for key, target in B64_ARGS.items():
            if key in body:
                body[target] = base64.b64decode(body.pop(key))
        try:
            result = getattr(sb, name)(**body)
            if inspect.isawaitable(result):
                result = await result
        except (SandboxError, TypeError, KeyError, ValueError) as exc:
            return _err(f"{exc.__class__.__name__}: {exc}")
        except TimeoutError as exc:
            return _err(str(exc), 408)
        return _ok(result)

    async def get_state(request: web.Request) -> web.Response:
        return _ok(sb.state())

    async def get_messages(request: web.Request) -> web.Response:
        try:
            chat_id = _int_arg(request, "chat_id")
            msgs = sb.messages(chat_id)
        except SandboxError as exc:
            return _err(str(exc))
        if request.query.get("bot_only") in ("1", "true"):
            msgs = [m for m in msgs if m["from_bot"]]
        return _ok(msgs)

    async def get_bot_messages(request: web.Request) -> web.Response:
        try:
            return _ok(sb.bot_messages(_int_arg(request, "chat_id")))
        except SandboxError as exc:
            return _err(str(exc))

    async def get_keyboard(request: web.Request) -> web.Response:
        try:
            chat_id = _int_arg(request, "chat_id")
            return _ok(
                {
                    "reply_keyboard": sb.reply_keyboard(chat_id),
                    "force_reply": sb.force_reply(chat_id),
                }
            )
        except SandboxError as exc:
            return _err(str(exc))

    async def get_requests(request: web.Request) -> web.Response:
        reqs = sb.requests
        method = request.query.get("method")
        if method:
            reqs = [r for r in reqs if r["method"].lower() == method.lower()]
        since = request.query.get("since")
        if since:
            reqs = [r for r in reqs if r["time"] > float(since)]
        limit = request.query.get("limit")
        if limit:
            reqs = reqs[-int(limit) :]
        return _ok(reqs)

    async def delete_requests(request: web.Request) -> web.Response:
        sb.clear_requests()
        return _ok(True)

    async def get_stats(request: web.Request) -> web.Response:
        return _ok(sb.stats)

    async def get_updates(request: web.Request) -> web.Response:
        return _ok(sb.pending_updates())

    async def get_callback_answer(request: web.Request) -> web.Response:
        return _ok(sb.callback_answer(request.query.get("query_id", "")))

    async def get_faults(request: web.Request) -> web.Response:
        return _ok([f.to_json() for f in sb.faults])

    async def delete_faults(request: web.Request) -> web.Response:
        sb.clear_faults()
        return _ok(True)

    async def get_file(request: web.Request) -> web.StreamResponse:
        try:
            data = sb.file_bytes(request.match_info["file_id"])
        except SandboxError as exc:
            return _err(str(exc), 404)
        return web.Response(body=data, content_type="application/octet-stream")

    async def playground(request: web.Request) -> web.Response:
        from .playground import PAGE

        return web.Response(text=PAGE, content_type="text/html")

    r = app.router
    r.add_get("/", playground)
    r.add_get("/__control/state", get_state)
    r.add_get("/__control/messages", get_messages)
    r.add_get("/__control/bot_messages", get_bot_messages)
    r.add_get("/__control/keyboard", get_keyboard)
    r.add_get("/__control/requests", get_requests)
    r.add_delete("/__control/requests", delete_requests)
    r.add_get("/__control/stats", get_stats)
    r.add_get("/__control/updates", get_updates)
    r.add_get("/__control/callback_answer", get_callback_answer)
    r.add_get("/__control/faults", get_faults)
    r.add_delete("/__control/faults", delete_faults)
    r.add_get("/__control/files/{file_id}", get_file)
    r.add_post("/__control/{action}", post_action)
