"""The sandbox server: an offline, stateful Telegram Bot API (aiohttp)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import contextvars
import hashlib
import inspect
import itertools
import json
import logging
import random
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Self, TypeVar

from aiohttp import ClientSession, ClientTimeout, web

from .entities import auto_entities, format_text, strip_trailing, utf16_len
from .errors import ApiError, SandboxError, bad_request, forbidden
from .limits import (
    COUNTED_METHODS,
    FAULT_KINDS,
    Fault,
    RandomFaults,
    RateLimiter,
    RateLimits,
    fault_error,
)
from .world import (
    COPYABLE_KEYS,
    CallbackRecord,
    Chat,
    Json,
    StoredFile,
    Upload,
    guess_mime,
    image_size,
    message_kind,
)

T = TypeVar("T")

_REQUEST: contextvars.ContextVar[web.Request | None] = contextvars.ContextVar(
    "sandbox_request", default=None
)

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_UPLOAD = 50 * 1024 * 1024

ALL_UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "callback_query",
    "inline_query",
    "chosen_inline_result",
    "shipping_query",
    "pre_checkout_query",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "message_reaction",
    "message_reaction_count",
)
DEFAULT_UPDATE_TYPES = frozenset(ALL_UPDATE_TYPES) - {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
INLINE_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
TRUE_METHODS = frozenset(
    {
        "close",
        "logout",
        "setmydescription",
        "setmyshortdescription",
        "setmyname",
        "setchatmenubutton",
        "setmydefaultadministratorrights",
        "pinchatmessage",
        "unpinchatmessage",
        "unpinallchatmessages",
    }
)


SEND_METHODS = frozenset(
    {"forwardmessage", "sendvoice", "sendsticker", "sendlocation", "sendcontact"}
)
logger = logging.getLogger("sandbox")


def _now() -> int:
    return int(time.time())


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return False


def _as_int(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise bad_request(f"invalid {name} specified")
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise bad_request(f"invalid {name} specified") from None


def _json_value(value: Any) -> Any:
    """PTB JSON-encodes every non-string parameter; decode when needed."""
    if isinstance(value, str):
        s = value.strip()
        if s[:1] in ("{", "[", '"') or s in ("true", "false", "null"):
            try:
                return json.loads(s)
            except ValueError:
                return value
    return value


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Sandbox:
    """An offline Telegram: Bot API for the bot, a control API for tests.

    All control methods must be called from the event loop thread that runs the server.
    """

    def __init__(
        self,
        token: str = "123456:TEST",
        bot_username: str = "anxin_test_bot",
        *,
        bot_first_name: str = "安薪",
        enforce_limits: bool = False,
        limits: RateLimits | None = None,
        privacy_mode: bool = True,
        callback_timeout: float = 900.0,
        webhook_retries: int = 3,
        webhook_retry_delay: float = 0.2,
        timeout_fault_delay: float = 30.0,
        max_request_log: int = 200_000,
        seed: int | None = None,
    ) -> None:
        self.token = token
        head = token.split(":", 1)[0]
        self.bot_id = int(head) if head.isdigit() else 123456
        self.bot_username = bot_username
        self.bot_user: Json = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.enforce_limits = enforce_limits
        self.limiter = RateLimiter(limits)
        self.privacy_mode = privacy_mode
        self.callback_timeout = callback_timeout
        self.webhook_retries = webhook_retries
        self.webhook_retry_delay = webhook_retry_delay
        self.timeout_fault_delay = timeout_fault_delay
        self._rng = random.Random(seed)

        self.users: dict[int, Json] = {}
        self.blocked: set[int] = set()
        self.chats: dict[int, Chat] = {}
        self._usernames: dict[str, int] = {}
        self._user_ids = itertools.count(7_000_000_001)
        self._basic_ids = itertools.count(4_000_000_001)
        self._super_ids = itertools.count(1_002_000_000_001)
        self._file_seq = itertools.count(1)
        self.files: dict[str, StoredFile] = {}
        self._file_paths: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[Json]] = {}

        # updates
        self._next_update_id = 100_000_001
        self._pending: deque[Json] = deque()
        self._all_updates: dict[int, Json] = {}
        self._forced: set[int] = set()
        self._forced_returned: set[int] = set()
        self._allowed: frozenset[str] = DEFAULT_UPDATE_TYPES
        self._wake = asyncio.Event()
        self._changed = asyncio.Event()
        self._poll_generation = 0

        # webhook
        self.webhook: Json | None = None
        self._webhook_tasks: list[asyncio.Task[None]] = []
        self._webhook_session: ClientSession | None = None
        self._webhook_inflight = 0
        self._had_webhook = False
        self._webhook_error: tuple[int, str] | None = None
        self.webhook_deliveries: list[Json] = []

        # faults, logs, stats
        self.faults: list[Fault] = []
        self.random_faults: RandomFaults | None = None
        self._requests: deque[Json] = deque(maxlen=max_request_log)
        self._stats: Counter[str] = Counter()
        self._by_method: Counter[str] = Counter()
        self._sends_by_method: Counter[str] = Counter()
        self._errors_by_code: Counter[int] = Counter()

        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()
        self.host = "127.0.0.1"
        self.port = 0
        self._methods = self._build_methods()
        self._app_used = False
        self.app = self._make_app()

    # ------------------------------------------------------------------ lifecycle

    def _make_app(self) -> web.Application:
        from .control import setup_control

        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/bot{token}/{method}/", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        setup_control(app, self)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> Self:
        if self._app_used:  # an aiohttp Application can only be run once
            self.app = self._make_app()
        self._app_used = True
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        self._changed = asyncio.Event()
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.host = host
        self.port = int(self._runner.addresses[0][1])
        if self.webhook:
            self._start_webhook_workers()
        return self

    async def stop(self) -> None:
        self._stopping.set()
        self._notify_updates()
        await self._stop_webhook_workers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def api_root(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For PTB: ``ApplicationBuilder().base_url(sb.base_url)``."""
        return f"{self.api_root}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.api_root}/file/bot"

    # ------------------------------------------------------------------ notifications

    def _notify_updates(self) -> None:
        self._wake.set()
        self._wake = asyncio.Event()

    def _touch(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ------------------------------------------------------------------ HTTP: Bot API

    async def _read_params(self, request: web.Request) -> tuple[Json, dict[str, Upload]]:
        params: Json = dict(request.query)
        files: dict[str, Upload] = {}
        if request.method != "POST" or not request.body_exists:
            return params, files
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON body") from None
            if isinstance(body, dict):
                params.update(body)
        elif ctype == "application/x-www-form-urlencoded":
            form = await request.post()
            for key in form:
                params[key] = form[key]
        elif ctype.startswith("multipart/"):
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                name = getattr(part, "name", None)
                if not name:
                    continue
                filename = getattr(part, "filename", None)
                if filename is not None:
                    data = await part.read()  # type: ignore[union-attr]
                    files[name] = Upload(bytes(data), filename, part.headers.get("Content-Type"))
                else:
                    params[name] = await part.text()  # type: ignore[union-attr]
        else:
            raw = await request.text()
            if raw.strip().startswith("{"):
                with contextlib.suppress(ValueError):
                    body = json.loads(raw)
                    if isinstance(body, dict):
                        params.update(body)
        return params, files

    def _json_response(self, body: Json, status: int = 200) -> web.Response:
        return web.Response(text=_dumps(body), status=status, content_type="application/json")

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, 401
            )
        method = request.match_info["method"]
        key = method.lower()
        handler = self._methods.get(key)
        if handler is None and key not in TRUE_METHODS:
            return self._json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, 404
            )
        started = time.time()
        record: Json = {
            "method": method,
            "params": {},
            "status": 0,
            "ok": False,
            "chat_id": None,
            "time": started,
            "description": None,
        }
        self._stats["requests"] += 1
        self._by_method[key] += 1
        _REQUEST.set(request)
        try:
            params, files = await self._read_params(request)
            record["params"] = params
            if files:
                record["files"] = {
                    k: {"filename": u.filename, "size": len(u.data)} for k, u in files.items()
                }
            chat_id = params.get("chat_id")
            with contextlib.suppress(ApiError):
                record["chat_id"] = _as_int(chat_id, "chat_id") if chat_id is not None else None
            await self._check_faults(key, record["chat_id"], request)
            if self.enforce_limits and key in COUNTED_METHODS and record["chat_id"] is not None:
                self._check_rate(record["chat_id"])
            if handler is None:
                result: Any = True
            else:
                result = handler(params, files)
                if inspect.isawaitable(result):
                    result = await result
            body: Json = {"ok": True, "result": result}
            if key == "setwebhook":
                body["description"] = "Webhook was set" if self.webhook else "Webhook was deleted"
            elif key == "deletewebhook":
                body["description"] = (
                    "Webhook was deleted" if self._had_webhook else "Webhook is already deleted"
                )
            status = 200
            if key in COUNTED_METHODS or key in SEND_METHODS:
                self._sends_by_method[key] += 1
        except ApiError as exc:
            body = exc.to_json()
            status = exc.error_code
            record["description"] = exc.description
            self._errors_by_code[status] += 1
            if status == 429:
                self._stats["429_sent"] += 1
        except _Disconnect:
            record["status"] = -1
            record["description"] = "disconnected"
            self._requests.append(record)
            self._touch()
            if request.transport is not None:
                request.transport.close()
            raise asyncio.CancelledError() from None
        except Exception as exc:  # a sandbox bug: answer like Telegram's 500, keep serving
            logger.exception("sandbox: %s failed", method)
            body = {
                "ok": False,
                "error_code": 500,
                "description": f"Internal Server Error: sandbox bug: {exc!r}",
            }
            status = 500
            record["description"] = body["description"]
            self._errors_by_code[500] += 1
        record["status"] = status
        record["ok"] = status == 200
        record["duration"] = time.time() - started
        self._requests.append(record)
        self._touch()
        return self._json_response(body, status)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, 401
            )
        stored = self._file_paths.get(request.match_info["path"])
        if stored is None:
            return self._json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, 404
            )
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    # ------------------------------------------------------------------ faults & limits

    async def _check_faults(self, method: str, chat_id: int | None, request: web.Request) -> None:
        kind: str | None = None
        fault: Fault | None = None
        for f in self.faults:
            if f.matches(method, chat_id):
                fault = f
                kind = f.kind
                f.count -= 1
                f.hits += 1
                if f.count <= 0:
                    self.faults.remove(f)
                break
        retry_after = fault.retry_after if fault else 1
        delay = fault.delay if fault else self.timeout_fault_delay
        if kind is None and self.random_faults is not None:
            kind = self.random_faults.pick(method)
            retry_after = self.random_faults.retry_after
            delay = self.random_faults.delay
        if kind is None:
            return
        self._stats["faults_injected"] += 1
        if kind == "timeout":
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
        if kind == "disconnect":
            raise _Disconnect()
        chat = self.chats.get(chat_id) if chat_id is not None else None
        raise fault_error(kind, fault, retry_after, chat.type if chat else None)

    def _check_rate(self, chat_id: int) -> None:
        chat = self.chats.get(chat_id)
        is_group = chat.is_group if chat else chat_id < 0
        wait = self.limiter.check(chat_id, is_group, time.monotonic())
        if wait:
            self._stats["rate_limited"] += 1
            raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})

    def inject_fault(
        self,
        method: str | None,
        *,
        chat_id: int | None = None,
        kind: str = "429",
        count: int = 1,
        retry_after: int = 1,
        delay: float | None = None,
        error_code: int = 400,
        description: str = "Bad Request: injected fault",
    ) -> Fault:
        """Make the next ``count`` calls of ``method`` (None/"*" = any) fail with ``kind``."""
        if kind not in FAULT_KINDS:
            raise SandboxError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        fault = Fault(
            method=None if method in (None, "*") else str(method).lower(),
            chat_id=chat_id,
            kind=kind,
            count=count,
            retry_after=retry_after,
            delay=self.timeout_fault_delay if delay is None else delay,
            error_code=error_code,
            description=description,
        )
        self.faults.append(fault)
        return fault

    def set_random_faults(
        self,
        rate: float = 0.2,
        kinds: Iterable[str] = ("429", "500", "502"),
        methods: Iterable[str] | None = None,
        seed: int | None = None,
        *,
        retry_after: int = 1,
        delay: float | None = None,
    ) -> None:
        """Chaos mode: each matching call fails with probability ``rate``.

        ``methods=None`` means every method except getUpdates. ``rate=0`` turns it off.
        """
        kinds = list(kinds)
        for k in kinds:
            if k not in FAULT_KINDS:
                raise SandboxError(f"unknown fault kind {k!r}")
        if rate <= 0:
            self.random_faults = None
            return
        self.random_faults = RandomFaults(
            rate=rate,
            kinds=kinds,
            methods=None if methods is None else {m.lower() for m in methods},
            rng=random.Random(seed),
            retry_after=retry_after,
            delay=self.timeout_fault_delay if delay is None else delay,
        )

    def clear_faults(self) -> None:
        self.faults.clear()
        self.random_faults = None

    def set_limits(self, enforce: bool = True, **limits: Any) -> None:
        """Turn rate-limit enforcement on/off and change the windows (see RateLimits)."""
        self.enforce_limits = enforce
        for k, v in limits.items():
            if not hasattr(self.limiter.limits, k):
                raise SandboxError(f"unknown limit {k!r}")
            setattr(self.limiter.limits, k, v)
        self.limiter.reset()

    # ------------------------------------------------------------------ helpers: chats

    def _chat_short(self, chat: Chat) -> Json:
        if chat.type == "private":
            user = self.users[chat.user_id or 0]
            d: Json = {"id": chat.id, "first_name": user["first_name"]}
            if user.get("last_name"):
                d["last_name"] = user["last_name"]
            if user.get("username"):
                d["username"] = user["username"]
            d["type"] = "private"
            return d
        d = {"id": chat.id, "title": chat.title}
        if chat.username:
            d["username"] = chat.username
        d["type"] = chat.type
        if chat.type == "group":
            d["all_members_are_administrators"] = False
        return d

    def _lookup_chat(self, value: Any) -> Chat:
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, str) and value.startswith("@"):
            cid = self._usernames.get(value[1:].lower())
            if cid is None or cid not in self.chats or self.chats[cid].type == "private":
                raise bad_request("chat not found")  # users cannot be addressed by @username
            return self.chats[cid]
        try:
            cid = _as_int(value, "chat_id")
        except ApiError:
            raise bad_request("chat not found") from None
        chat = self.chats.get(cid)
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise bad_request(
                "group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        return chat

    def _check_access(self, chat: Chat) -> None:
        if chat.type == "private":
            if chat.user_id in self.blocked:
                raise forbidden("bot was blocked by the user")
            if not chat.started:
                raise forbidden("bot can't initiate conversation with a user")
            return
        if chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        if chat.bot_status not in ("member", "administrator"):
            raise forbidden(f"bot is not a member of the {chat.type} chat")

    def _chat_for_send(self, params: Json) -> Chat:
        chat = self._lookup_chat(params.get("chat_id"))
        self._check_access(chat)
        return chat

    # ------------------------------------------------------------------ helpers: messages

    def _store_message(
        self,
        chat: Chat,
        sender: Json | None,
        content: Json,
        *,
        from_bot: bool,
        reply_to: Json | None = None,
        inline_markup: Json | None = None,
    ) -> Json:
        mid = chat.next_message_id
        chat.next_message_id += 1
        msg: Json = {"message_id": mid}
        if sender is not None:
            msg["from"] = sender
        msg["chat"] = self._chat_short(chat)
        msg["date"] = _now()
        if reply_to is not None:
            inner = dict(reply_to)
            inner.pop("reply_to_message", None)
            msg["reply_to_message"] = inner
        msg.update(content)
        if inline_markup is not None:
            msg["reply_markup"] = inline_markup
        chat.messages[mid] = msg
        chat.meta[mid] = {"from_bot": from_bot, "edited": False}
        self._touch()
        return msg

    def _reply_target(self, chat: Chat, params: Json) -> Json | None:
        rp = _json_value(params.get("reply_parameters"))
        mid: Any = params.get("reply_to_message_id")
        allow = _as_bool(params.get("allow_sending_without_reply", False))
        if isinstance(rp, dict):
            mid = rp.get("message_id")
            allow = _as_bool(rp.get("allow_sending_without_reply", allow))
            if rp.get("chat_id") not in (None, chat.id):
                with contextlib.suppress(ApiError):
                    chat = self._lookup_chat(rp.get("chat_id"))
        if mid in (None, ""):
            return None
        target = chat.messages.get(_as_int(mid, "message_id"))
        if target is None:
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return target

    def _validate_markup(self, raw: Any) -> Json | None:
        if raw is None or raw == "":
            return None
        markup = _json_value(raw)
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if not markup:
            return None
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise bad_request(
                    'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
                )
            out_rows = []
            for row in rows:
                out_row = []
                for button in row:
                    if not isinstance(button, dict):
                        raise bad_request(
                            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                        )
                    if not isinstance(button.get("text"), str):
                        raise bad_request(
                            "can't parse inline keyboard button: Text is not specified"
                        )
                    if not any(k in button for k in INLINE_BUTTON_ACTIONS):
                        raise bad_request(
                            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                        )
                    if "callback_data" in button:
                        data = button["callback_data"]
                        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                            raise bad_request("BUTTON_DATA_INVALID")
                    if "url" in button:
                        url = button["url"]
                        if not isinstance(url, str) or not url.startswith(
                            ("http://", "https://", "tg://")
                        ):
                            raise bad_request("BUTTON_URL_INVALID")
                    out_row.append(dict(button))
                out_rows.append(out_row)
            return {"inline_keyboard": out_rows}
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise bad_request(
                    'field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays'
                )
            norm = dict(markup)
            norm["keyboard"] = [
                [{"text": b} if isinstance(b, str) else dict(b) for b in row] for row in rows
            ]
            for row in norm["keyboard"]:
                for b in row:
                    if not isinstance(b.get("text"), str):
                        raise bad_request("can't parse keyboard button: Text is not specified")
            return norm
        if "remove_keyboard" in markup or "force_reply" in markup:
            return dict(markup)
        raise bad_request("can't parse reply keyboard markup JSON object")

    def _apply_markup(self, chat: Chat, markup: Json | None) -> Json | None:
        """Store reply keyboards in the chat; return the inline keyboard (if any)."""
        if markup is None:
            return None
        if "inline_keyboard" in markup:
            return markup
        if "keyboard" in markup:
            chat.reply_keyboard = markup
            chat.force_reply = None
        elif "remove_keyboard" in markup:
            chat.reply_keyboard = None
        elif "force_reply" in markup:
            chat.force_reply = markup
        return None

    def _format(
        self, params: Json, text_key: str, mode_key: str, ents_key: str
    ) -> tuple[str, list[Json]]:
        raw = params.get(text_key)
        text = "" if raw is None else str(raw)
        ents = _json_value(params.get(ents_key))
        if ents is not None and not isinstance(ents, list):
            raise bad_request("can't parse entities JSON object")
        text, entities = format_text(text, params.get(mode_key) or None, ents)
        return strip_trailing(text, entities)

    def _text_content(self, params: Json) -> Json:
        text, entities = self._format(params, "text", "parse_mode", "entities")
        if not text:
            raise bad_request("message text is empty")
        if utf16_len(text) > MAX_TEXT:
            raise bad_request("message is too long")
        content: Json = {"text": text}
        if entities:
            content["entities"] = entities
        return content

    def _caption_content(self, params: Json) -> Json:
        if params.get("caption") in (None, ""):
            return {}
        text, entities = self._format(params, "caption", "parse_mode", "caption_entities")
        if utf16_len(text) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        content: Json = {}
        if text:
            content["caption"] = text
            if entities:
                content["caption_entities"] = entities
        return content

    # ------------------------------------------------------------------ helpers: files

    def _new_file_ids(self, kind: str) -> tuple[str, str]:
        n = next(self._file_seq)
        prefix = {
            "photo": "AgACAgIAAxkBAA",
            "document": "BQACAgIAAxkBAA",
            "voice": "AwACAgIAAxkBAA",
            "sticker": "CAACAgIAAxkBAA",
            "animation": "CgACAgIAAxkBAA",
        }.get(kind, "BAACAgIAAxkBAA")
        digest = hashlib.sha1(f"{self.token}:{n}".encode()).digest()
        tail = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        unique = "AQAD" + base64.urlsafe_b64encode(digest[:9]).decode()
        return f"{prefix}{n:06d}{tail}", unique

    def store_file(
        self,
        data: bytes,
        kind: str,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        width: int = 0,
        height: int = 0,
        duration: int = 0,
    ) -> StoredFile:
        file_id, unique = self._new_file_ids(kind)
        folder = {
            "photo": "photos",
            "document": "documents",
            "voice": "voice",
            "sticker": "stickers",
            "animation": "animations",
        }.get(kind, "documents")
        ext = ""
        if file_name and "." in file_name:
            ext = file_name.rsplit(".", 1)[1]
        elif kind == "photo":
            ext = "jpg"
        elif kind == "voice":
            ext = "oga"
        elif kind == "sticker":
            ext = "webp"
        elif kind == "animation":
            ext = "mp4"
        path = f"{folder}/file_{len(self.files)}" + (f".{ext}" if ext else "")
        stored = StoredFile(
            file_id=file_id,
            file_unique_id=unique,
            kind=kind,
            data=data,
            file_path=path,
            mime_type=mime_type,
            file_name=file_name,
            width=width,
            height=height,
            duration=duration,
        )
        self.files[file_id] = stored
        self._file_paths[path] = stored
        return stored

    def _photo_sizes(self, data: bytes) -> list[Json]:
        size = image_size(data)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        w, h = size
        big = self.store_file(data, "photo", mime_type="image/jpeg", width=w, height=h)
        sizes: list[Json] = []
        if max(w, h) > 90:
            scale = 90 / max(w, h)
            small = self.store_file(
                data,
                "photo",
                mime_type="image/jpeg",
                width=max(1, round(w * scale)),
                height=max(1, round(h * scale)),
            )
            sizes.append(self._photo_size(small))
        sizes.append(self._photo_size(big))
        return sizes

    @staticmethod
    def _photo_size(f: StoredFile) -> Json:
        return {
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
            "width": f.width,
            "height": f.height,
        }

    @staticmethod
    def _document_json(f: StoredFile) -> Json:
        d: Json = {"file_id": f.file_id, "file_unique_id": f.file_unique_id}
        if f.file_name:
            d["file_name"] = f.file_name
        if f.mime_type:
            d["mime_type"] = f.mime_type
        d["file_size"] = f.size
        return d

    def _input_file(self, params: Json, files: dict[str, Upload], name: str) -> Upload | StoredFile:
        if name in files:
            return files[name]
        value = params.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            up = files.get(value[len("attach://") :])
            if up is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            return up
        if value in (None, ""):
            raise bad_request(f"there is no {name} in the request")
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            raise bad_request("wrong file identifier/HTTP URL specified")
        stored = self.files.get(str(value))
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return stored

    # ------------------------------------------------------------------ updates

    def _queue_update(self, kind: str, payload: Json) -> Json:
        uid = self._next_update_id
        update: Json = {"update_id": uid, kind: payload}
        self._next_update_id += 1
        self._all_updates[uid] = update
        self._pending.append(update)
        self._stats["updates_queued"] += 1
        self._notify_updates()
        self._touch()
        return update

    @staticmethod
    def _update_type(update: Json) -> str:
        for key in update:
            if key != "update_id":
                return key
        return ""

    def _bot_in_chat(self, chat: Chat) -> bool:
        if chat.type == "private":
            return chat.user_id not in self.blocked
        return chat.bot_status in ("member", "administrator")

    def _deliver_message(self, chat: Chat, msg: Json, kind: str = "message") -> Json | None:
        if not self._bot_in_chat(chat):
            return None
        if (
            chat.is_group
            and self.privacy_mode
            and chat.bot_status != "administrator"
            and not self._privacy_allows(msg)
        ):
            return None
        return self._queue_update(kind, msg)

    def _privacy_allows(self, msg: Json) -> bool:
        if message_kind(msg) not in (
            "text",
            "photo",
            "document",
            "voice",
            "sticker",
            "animation",
            "contact",
            "location",
            "video",
            "audio",
        ):
            return True  # service messages always reach the bot
        reply = msg.get("reply_to_message")
        if reply and reply.get("from", {}).get("id") == self.bot_id:
            return True
        text = msg.get("text") or msg.get("caption") or ""
        ents = msg.get("entities") or msg.get("caption_entities") or []
        me = f"@{self.bot_username}".lower()
        for e in ents:
            if e["type"] == "bot_command":
                cmd = _utf16_slice(text, e["offset"], e["length"])
                if "@" not in cmd or cmd.lower().endswith(me):
                    return True
            if (
                e["type"] == "mention"
                and _utf16_slice(text, e["offset"], e["length"]).lower() == me
            ):
                return True
        return False

    def _allowed_for(self, update: Json) -> bool:
        return self._update_type(update) in self._allowed

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            keep = -offset
            while len(self._pending) > keep:
                self._pending.popleft()
            return
        if self._forced:
            kept: deque[Json] = deque()
            for u in self._pending:
                uid = u["update_id"]
                if uid in self._forced:
                    if uid in self._forced_returned:
                        self._forced.discard(uid)
                        self._forced_returned.discard(uid)
                        continue
                    kept.append(u)
                elif uid >= offset:
                    kept.append(u)
            self._pending = kept
            return
        while self._pending and self._pending[0]["update_id"] < offset:
            self._pending.popleft()

    def _take(self, limit: int) -> list[Json]:
        out: list[Json] = []
        dropped: list[Json] = []
        for u in self._pending:
            if len(out) >= limit:
                break
            if self._allowed_for(u):
                out.append(u)
            else:
                dropped.append(u)
        for u in dropped:
            self._pending.remove(u)
        for u in out:
            if u["update_id"] in self._forced:
                self._forced_returned.add(u["update_id"])
        return out

    async def _get_updates(self, params: Json, files: dict[str, Upload]) -> list[Json]:
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify_updates()  # terminate an older long poll
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        allowed = _json_value(params.get("allowed_updates"))
        if isinstance(allowed, list):
            self._allowed = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
        offset = params.get("offset")
        if offset not in (None, ""):
            self._confirm(_as_int(offset, "offset"))
        limit = params.get("limit")
        lim = 100 if limit in (None, "") else _as_int(limit, "limit")
        lim = max(1, min(100, lim))
        timeout = params.get("timeout")
        wait = 0.0 if timeout in (None, "") else float(timeout)
        deadline = time.monotonic() + max(0.0, wait)
        request = _REQUEST.get()
        while True:
            if request is not None and (
                request.transport is None or request.transport.is_closing()
            ):
                return []  # the client went away: leave the updates for the next poll
            result = self._take(lim)
            if result or self._stopping.is_set():
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            event = self._wake
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)
            if self._poll_generation != generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )

    # ------------------------------------------------------------------ webhook

    def _set_webhook(self, params: Json, files: dict[str, Upload]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return self._delete_webhook(params, files)
        if not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret not in (None, ""):
            secret = str(secret)
            if len(secret) > 256 or not all(c.isalnum() or c in "_-" for c in secret):
                raise bad_request("secret token contains unallowed characters")
        max_conn = params.get("max_connections")
        connections = 40 if max_conn in (None, "") else _as_int(max_conn, "max_connections")
        if not 1 <= connections <= 100:
            raise bad_request("bad webhook: invalid max_connections specified")
        allowed = _json_value(params.get("allowed_updates"))
        if isinstance(allowed, list):
            self._allowed = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
        if _as_bool(params.get("drop_pending_updates", False)):
            self._pending.clear()
        self.webhook = {"url": url, "secret_token": secret or None, "max_connections": connections}
        self._webhook_error = None
        self._poll_generation += 1
        self._notify_updates()
        self._start_webhook_workers()
        return True

    def _delete_webhook(self, params: Json, files: dict[str, Upload]) -> bool:
        if _as_bool(params.get("drop_pending_updates", False)):
            self._pending.clear()
        self._had_webhook = self.webhook is not None
        if self.webhook is not None:
            self.webhook = None
            for t in self._webhook_tasks:
                t.cancel()
            self._webhook_tasks = []
        return True

    def _webhook_info(self, params: Json, files: dict[str, Upload]) -> Json:
        info: Json = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending) + self._webhook_inflight,
        }
        if self.webhook:
            info["max_connections"] = self.webhook["max_connections"]
            info["ip_address"] = "127.0.0.1"
            if self._allowed != DEFAULT_UPDATE_TYPES:
                info["allowed_updates"] = sorted(self._allowed)
        if self._webhook_error:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    def _start_webhook_workers(self) -> None:
        for t in self._webhook_tasks:
            t.cancel()
        if self._runner is None or self.webhook is None:
            self._webhook_tasks = []
            return
        n = max(1, min(int(self.webhook["max_connections"]), 100))
        self._webhook_tasks = [asyncio.create_task(self._webhook_worker()) for _ in range(n)]

    async def _stop_webhook_workers(self) -> None:
        tasks, self._webhook_tasks = self._webhook_tasks, []
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        if self._webhook_session is not None:
            await self._webhook_session.close()
            self._webhook_session = None

    async def _webhook_worker(self) -> None:
        while self.webhook is not None and not self._stopping.is_set():
            update = None
            while self._pending:
                candidate = self._pending.popleft()
                if self._allowed_for(candidate):
                    update = candidate
                    break
            if update is None:
                await self._wake.wait()
                continue
            self._webhook_inflight += 1
            try:
                await self._post_webhook(update)
            except asyncio.CancelledError:
                self._pending.appendleft(update)  # webhook removed mid-delivery: keep it
                raise
            finally:
                self._webhook_inflight -= 1

    async def _post_webhook(self, update: Json) -> None:
        if self._webhook_session is None or self._webhook_session.closed:
            self._webhook_session = ClientSession(timeout=ClientTimeout(total=10))
        for attempt in range(self.webhook_retries + 1):
            hook = self.webhook
            if hook is None:
                self._pending.appendleft(update)
                return
            headers = {"Content-Type": "application/json"}
            if hook["secret_token"]:
                headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
            error: str | None = None
            status = 0
            try:
                async with self._webhook_session.post(
                    hook["url"], data=_dumps(update).encode(), headers=headers
                ) as resp:
                    status = resp.status
                    await resp.read()
                    if not 200 <= resp.status < 300:
                        error = f"Wrong response from the webhook: {resp.status} {resp.reason}"
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection refused, timeout...
                error = f"Connection failed: {exc.__class__.__name__}"
            self.webhook_deliveries.append(
                {
                    "update_id": update["update_id"],
                    "attempt": attempt,
                    "status": status,
                    "error": error,
                }
            )
            self._touch()
            if error is None:
                return
            self._webhook_error = (_now(), error)
            await asyncio.sleep(self.webhook_retry_delay * (2**attempt))
        self._stats["webhook_dropped"] += 1

    # ------------------------------------------------------------------ Bot API methods

    def _build_methods(self) -> dict[str, Callable[[Json, dict[str, Upload]], Any]]:
        return {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._webhook_info,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendphoto": self._send_photo,
            "senddocument": self._send_document,
            "copymessage": self._copy_message,
            "forwardmessage": self._forward_message,
            "getfile": self._get_file,
            "sendchataction": self._send_chat_action,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getchatmembercount": self._get_chat_member_count,
            "leavechat": self._leave_chat,
            "sendlocation": self._send_location,
            "sendcontact": self._send_contact,
            "sendvoice": self._send_voice,
            "sendsticker": self._send_sticker,
            "deletemessages": self._delete_messages,
            "getchatadministrators": self._get_chat_administrators,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
        }

    def _get_me(self, params: Json, files: dict[str, Upload]) -> Json:
        me = dict(self.bot_user)
        me.update(
            {
                "can_join_groups": True,
                "can_read_all_group_messages": not self.privacy_mode,
                "supports_inline_queries": False,
                "can_connect_to_business": False,
                "has_main_web_app": False,
            }
        )
        return me

    def _send_message(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._chat_for_send(params)
        content = self._text_content(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._reply_target(chat, params)
        inline = self._apply_markup(chat, markup)
        return self._store_message(
            chat, self.bot_user, content, from_bot=True, reply_to=reply, inline_markup=inline
        )

    def _send_photo(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._chat_for_send(params)
        caption = self._caption_content(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._reply_target(chat, params)
        src = self._input_file(params, files, "photo")
        if isinstance(src, Upload):
            if not src.data:
                raise bad_request("file must be non-empty")
            sizes = self._photo_sizes(src.data)
        else:
            if src.kind != "photo":
                raise bad_request(f"can't use file of type {src.kind.capitalize()} as Photo")
            sizes = [self._photo_size(src)]
        inline = self._apply_markup(chat, markup)
        content: Json = {"photo": sizes, **caption}
        return self._store_message(
            chat, self.bot_user, content, from_bot=True, reply_to=reply, inline_markup=inline
        )

    def _send_document(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._chat_for_send(params)
        caption = self._caption_content(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._reply_target(chat, params)
        src = self._input_file(params, files, "document")
        if isinstance(src, Upload):
            if not src.data:
                raise bad_request("file must be non-empty")
            name = src.filename or "file"
            stored = self.store_file(
                src.data, "document", file_name=name, mime_type=guess_mime(name, src.content_type)
            )
        else:
            stored = src
        inline = self._apply_markup(chat, markup)
        content: Json = {"document": self._document_json(stored), **caption}
        return self._store_message(
            chat, self.bot_user, content, from_bot=True, reply_to=reply, inline_markup=inline
        )

    def _bot_message(self, params: Json, verb: str) -> tuple[Chat, Json]:
        if params.get("inline_message_id") not in (None, ""):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat_for_send(params)
        mid = params.get("message_id")
        if mid in (None, ""):
            raise bad_request("message identifier is not specified")
        msg = chat.messages.get(_as_int(mid, "message_id"))
        if msg is None:
            raise bad_request(f"message to {verb} not found")
        return chat, msg

    def _not_modified(self) -> ApiError:
        return bad_request(
            "message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"
        )

    def _replace_message(self, chat: Chat, new: Json) -> Json:
        new["edit_date"] = _now()
        chat.messages[new["message_id"]] = new
        chat.meta[new["message_id"]]["edited"] = True
        self._touch()
        return new

    def _edit_markup(self, params: Json) -> Json | None:
        markup = self._validate_markup(params.get("reply_markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        return markup

    def _edit_message_text(self, params: Json, files: dict[str, Upload]) -> Json:
        chat, msg = self._bot_message(params, "edit")
        if not chat.meta[msg["message_id"]]["from_bot"]:
            raise bad_request("message can't be edited")
        if "text" not in msg:
            raise bad_request("there is no text in the message to edit")
        content = self._text_content(params)
        markup = self._edit_markup(params)
        if (
            content["text"] == msg["text"]
            and content.get("entities", []) == msg.get("entities", [])
            and markup == msg.get("reply_markup")
        ):
            raise self._not_modified()
        new = {k: v for k, v in msg.items() if k not in ("text", "entities", "reply_markup")}
        new.update(content)
        if markup is not None:
            new["reply_markup"] = markup
        return self._replace_message(chat, new)

    def _edit_message_caption(self, params: Json, files: dict[str, Upload]) -> Json:
        chat, msg = self._bot_message(params, "edit")
        if not chat.meta[msg["message_id"]]["from_bot"]:
            raise bad_request("message can't be edited")
        if "text" in msg or message_kind(msg) not in ("photo", "document", "animation", "voice"):
            raise bad_request("there is no caption in the message to edit")
        caption = self._caption_content(params)
        markup = self._edit_markup(params)
        if (
            caption.get("caption") == msg.get("caption")
            and caption.get("caption_entities") == msg.get("caption_entities")
            and markup == msg.get("reply_markup")
        ):
            raise self._not_modified()
        new = {
            k: v for k, v in msg.items() if k not in ("caption", "caption_entities", "reply_markup")
        }
        new.update(caption)
        if markup is not None:
            new["reply_markup"] = markup
        return self._replace_message(chat, new)

    def _edit_message_reply_markup(self, params: Json, files: dict[str, Upload]) -> Json:
        chat, msg = self._bot_message(params, "edit")
        if not chat.meta[msg["message_id"]]["from_bot"]:
            raise bad_request("message can't be edited")
        markup = self._edit_markup(params)
        if markup == msg.get("reply_markup"):
            raise self._not_modified()
        new = {k: v for k, v in msg.items() if k != "reply_markup"}
        if markup is not None:
            new["reply_markup"] = markup
        return self._replace_message(chat, new)

    def _delete_message(self, params: Json, files: dict[str, Upload]) -> bool:
        chat, msg = self._bot_message(params, "delete")
        mid = msg["message_id"]
        if chat.is_group and not chat.meta[mid]["from_bot"] and chat.bot_status != "administrator":
            raise bad_request("message can't be deleted")
        del chat.messages[mid]
        chat.deleted.add(mid)
        self._touch()
        return True

    def _answer_callback_query(self, params: Json, files: dict[str, Upload]) -> bool:
        qid = str(params.get("callback_query_id") or "")
        rec = self.callbacks.get(qid)
        if (
            rec is None
            or rec.expired
            or rec.answer is not None
            or time.time() - rec.created > self.callback_timeout
        ):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        rec.answer = {
            "text": None if text in (None, "") else str(text),
            "show_alert": _as_bool(params.get("show_alert", False)),
            "url": params.get("url") or None,
            "cache_time": _as_int(params.get("cache_time") or 0, "cache_time"),
        }
        self._touch()
        return True

    def _copy_content(self, src: Json, params: Json) -> Json:
        content = {k: src[k] for k in COPYABLE_KEYS if k in src}
        # Something to show besides entities and captions: text or any kind of media.
        if not set(content) - {"entities", "caption", "caption_entities"}:
            raise bad_request("message can't be copied")
        if "caption" in params and "text" not in content:
            content.pop("caption", None)
            content.pop("caption_entities", None)
            content.update(self._caption_content(params))
        return content

    def _copy_message(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._chat_for_send(params)
        from_chat = self._lookup_chat(params.get("from_chat_id"))
        mid = params.get("message_id")
        if mid in (None, ""):
            raise bad_request("message identifier is not specified")
        src = from_chat.messages.get(_as_int(mid, "message_id"))
        if src is None:
            raise bad_request("message to copy not found")
        content = self._copy_content(src, params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._reply_target(chat, params)
        inline = self._apply_markup(chat, markup)
        msg = self._store_message(
            chat, self.bot_user, content, from_bot=True, reply_to=reply, inline_markup=inline
        )
        return {"message_id": msg["message_id"]}

    def _forward_message(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._chat_for_send(params)
        from_chat = self._lookup_chat(params.get("from_chat_id"))
        mid = params.get("message_id")
        if mid in (None, ""):
            raise bad_request("message identifier is not specified")
        src = from_chat.messages.get(_as_int(mid, "message_id"))
        if src is None:
            raise bad_request("message to forward not found")
        content = {k: src[k] for k in COPYABLE_KEYS if k in src}
        if not content:
            raise bad_request("message can't be forwarded")
        origin = src.get("forward_origin") or {
            "type": "user",
            "date": src["date"],
            "sender_user": src.get("from", self.bot_user),
        }
        content = {"forward_origin": origin, **content}
        return self._store_message(chat, self.bot_user, content, from_bot=True)

    def _send_simple(self, params: Json, content: Json) -> Json:
        chat = self._chat_for_send(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._reply_target(chat, params)
        inline = self._apply_markup(chat, markup)
        return self._store_message(
            chat, self.bot_user, content, from_bot=True, reply_to=reply, inline_markup=inline
        )

    def _send_location(self, params: Json, files: dict[str, Upload]) -> Json:
        try:
            lat = float(params["latitude"])
            lon = float(params["longitude"])
        except (KeyError, TypeError, ValueError):
            raise bad_request("wrong latitude or longitude specified") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise bad_request("wrong latitude or longitude specified")
        return self._send_simple(params, {"location": {"latitude": lat, "longitude": lon}})

    def _send_contact(self, params: Json, files: dict[str, Upload]) -> Json:
        phone = str(params.get("phone_number") or "")
        first = str(params.get("first_name") or "")
        if not phone or not first:
            raise bad_request("phone number or first name is empty")
        contact: Json = {"phone_number": phone, "first_name": first}
        if params.get("last_name"):
            contact["last_name"] = str(params["last_name"])
        return self._send_simple(params, {"contact": contact})

    def _stored_or_upload(
        self, params: Json, files: dict[str, Upload], name: str, kind: str, mime: str
    ) -> StoredFile:
        src = self._input_file(params, files, name)
        if isinstance(src, StoredFile):
            return src
        if not src.data:
            raise bad_request("file must be non-empty")
        return self.store_file(src.data, kind, file_name=src.filename, mime_type=mime)

    def _send_voice(self, params: Json, files: dict[str, Upload]) -> Json:
        self._chat_for_send(params)
        caption = self._caption_content(params)
        self._validate_markup(params.get("reply_markup"))
        f = self._stored_or_upload(params, files, "voice", "voice", "audio/ogg")
        duration = _as_int(params.get("duration") or f.duration or 1, "duration")
        voice = {
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
        }
        return self._send_simple(params, {"voice": voice, **caption})

    def _send_sticker(self, params: Json, files: dict[str, Upload]) -> Json:
        self._chat_for_send(params)
        self._validate_markup(params.get("reply_markup"))
        f = self._stored_or_upload(params, files, "sticker", "sticker", "image/webp")
        sticker = {
            "width": 512,
            "height": 512,
            "emoji": str(params.get("emoji") or "🙂"),
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
        }
        return self._send_simple(params, {"sticker": sticker})

    def _delete_messages(self, params: Json, files: dict[str, Upload]) -> bool:
        chat = self._chat_for_send(params)
        ids = _json_value(params.get("message_ids"))
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must be a non-empty list of at most 100 identifiers")
        found = [m for m in (_as_int(i, "message_ids") for i in ids) if m in chat.messages]
        if not found:
            raise bad_request("message to delete not found")
        for mid in found:
            del chat.messages[mid]
            chat.deleted.add(mid)
        self._touch()
        return True

    def _get_chat_administrators(self, params: Json, files: dict[str, Upload]) -> list[Json]:
        chat = self._lookup_chat(params.get("chat_id"))
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        self._check_access(chat)
        out = []
        for uid in sorted(chat.members):
            if uid == chat.creator or uid in chat.admins:
                out.append(self._member_json(chat, uid))
        if chat.bot_status == "administrator":
            out.append(self._member_obj(self.bot_user, "administrator"))
        return out

    def _get_file(self, params: Json, files: dict[str, Upload]) -> Json:
        stored = self.files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        if stored.size > MAX_DOWNLOAD:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.file_path,
        }

    def _send_chat_action(self, params: Json, files: dict[str, Upload]) -> bool:
        chat = self._chat_for_send(params)
        action = str(params.get("action") or "")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.last_action = action
        return True

    def _get_chat(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._lookup_chat(params.get("chat_id"))
        if chat.is_group:
            self._check_access(chat)
        info = self._chat_short(chat)
        info.pop("all_members_are_administrators", None)
        info.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        if chat.is_group:
            info["permissions"] = {
                "can_send_messages": True,
                "can_send_photos": True,
                "can_send_documents": True,
                "can_invite_users": True,
            }
        return info

    def _member_json(self, chat: Chat, user_id: int) -> Json:
        if user_id == self.bot_id:
            user = self.bot_user
            status = (
                chat.bot_status
                if chat.is_group
                else ("kicked" if chat.user_id in self.blocked else "member")
            )
        else:
            user = self.users.get(user_id)  # type: ignore[assignment]
            if user is None:
                raise bad_request("user not found")
            if chat.type == "private":
                if user_id != chat.user_id:
                    raise bad_request("user not found")
                status = "member"
            elif user_id == chat.creator and user_id in chat.members:
                status = "creator"
            elif user_id in chat.kicked:
                status = "kicked"
            elif user_id in chat.members:
                status = "administrator" if user_id in chat.admins else "member"
            else:
                status = "left"
        return self._member_obj(user, status)

    @staticmethod
    def _member_obj(user: Json, status: str) -> Json:
        if status == "creator":
            return {"status": "creator", "user": user, "is_anonymous": False}
        if status == "administrator":
            rights = {
                k: True
                for k in (
                    "can_manage_chat",
                    "can_delete_messages",
                    "can_manage_video_chats",
                    "can_restrict_members",
                    "can_change_info",
                    "can_invite_users",
                    "can_post_stories",
                    "can_edit_stories",
                    "can_delete_stories",
                    "can_pin_messages",
                )
            }
            return {
                "status": "administrator",
                "user": user,
                "can_be_edited": False,
                "is_anonymous": False,
                "can_promote_members": False,
                **rights,
            }
        if status == "kicked":
            return {"status": "kicked", "user": user, "until_date": 0}
        return {"status": status, "user": user}

    def _get_chat_member(self, params: Json, files: dict[str, Upload]) -> Json:
        chat = self._lookup_chat(params.get("chat_id"))
        if chat.is_group:
            self._check_access(chat)
        uid = params.get("user_id")
        if uid in (None, ""):
            raise bad_request("user_id is empty")  # Telegram: "Bad Request: user not found"
        return self._member_json(chat, _as_int(uid, "user_id"))

    def _get_chat_member_count(self, params: Json, files: dict[str, Upload]) -> int:
        chat = self._lookup_chat(params.get("chat_id"))
        if chat.type == "private":
            return 2
        self._check_access(chat)
        return len(chat.members) + 1

    def _leave_chat(self, params: Json, files: dict[str, Upload]) -> bool:
        chat = self._chat_for_send(params)
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        old = chat.bot_status
        chat.bot_status = "left"
        self._queue_update(
            "my_chat_member",
            self._member_update(chat, self.bot_user, old, "left", self.bot_user),
        )
        return True

    @staticmethod
    def _scope_key(params: Json) -> tuple[str, str]:
        scope = _json_value(params.get("scope"))
        if not isinstance(scope, dict):
            scope = {"type": "default"}
        return _dumps(dict(sorted(scope.items()))), str(params.get("language_code") or "")

    def _set_my_commands(self, params: Json, files: dict[str, Upload]) -> bool:
        commands = _json_value(params.get("commands"))
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        clean = []
        for c in commands:
            if not isinstance(c, dict):
                raise bad_request("can't parse BotCommand")
            name = str(c.get("command", ""))
            desc = str(c.get("description", ""))
            if (
                not 1 <= len(name) <= 32
                or not all(ch.islower() or ch.isdigit() or ch == "_" for ch in name)
                or not name.isascii()
            ):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(desc) <= 256:
                raise bad_request("command description must be non-empty")
            clean.append({"command": name, "description": desc})
        self.commands[self._scope_key(params)] = clean
        return True

    def _get_my_commands(self, params: Json, files: dict[str, Upload]) -> list[Json]:
        return self.commands.get(self._scope_key(params), [])

    def _delete_my_commands(self, params: Json, files: dict[str, Upload]) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    # ================================================================== control API: world

    def add_user(
        self,
        first_name: str = "王师傅",
        *,
        last_name: str | None = None,
        language_code: str | None = "zh-hans",
        username: str | None = None,
        user_id: int | None = None,
        is_premium: bool = False,
        started: bool = False,
    ) -> Json:
        """Create a user (and their private chat with the bot). Returns the User object.

        A private chat is *started* once the user sends anything (or with ``started=True``);
        before that the bot gets 403 "bot can't initiate conversation with a user".
        """
        uid = user_id if user_id is not None else next(self._user_ids)
        if uid <= 0:
            raise SandboxError("user ids are positive")
        if uid in self.users:
            raise SandboxError(f"user {uid} exists")
        user: Json = {"id": uid, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
            self._usernames[username.lower()] = uid
        if language_code:
            user["language_code"] = language_code
        if is_premium:
            user["is_premium"] = True
        self.users[uid] = user
        self.chats[uid] = Chat(
            id=uid,
            type="private",
            user_id=uid,
            bot_status="member",
            started=started,
            chat_instance=str(self._rng.randrange(10**18, 10**19)),
        )
        self._touch()
        return user

    def user(self, user_id: int) -> Json:
        user = self.users.get(user_id)
        if user is None:
            raise SandboxError(f"no user {user_id}")
        return user

    def chat(self, chat_id: int) -> Chat:
        chat = self.chats.get(chat_id)
        if chat is None:
            raise SandboxError(f"no chat {chat_id}")
        return chat

    def create_group(
        self,
        title: str = "白云区劳动监察",
        supergroup: bool = False,
        members: Iterable[int] = (),
        *,
        username: str | None = None,
        add_bot: bool = False,
        bot_admin: bool = False,
    ) -> int:
        """Create a group (first member is the creator). With ``add_bot`` the bot is in it
        from the start (a ``group_chat_created`` service message and a my_chat_member update)."""
        members = list(members)
        for uid in members:
            self.user(uid)
        cid = -next(self._super_ids) if supergroup else -next(self._basic_ids)
        chat = Chat(
            id=cid,
            type="supergroup" if supergroup else "group",
            title=title,
            username=username,
            members=set(members),
            creator=members[0] if members else None,
            chat_instance=str(self._rng.randrange(10**18, 10**19)),
        )
        if username:
            self._usernames[username.lower()] = cid
        self.chats[cid] = chat
        if add_bot:
            by = chat.creator
            chat.bot_status = "administrator" if bot_admin else "member"
            actor = self.users[by] if by is not None else self.bot_user
            self._queue_update(
                "my_chat_member",
                self._member_update(chat, actor, "left", chat.bot_status, self.bot_user),
            )
            key = "supergroup_chat_created" if supergroup else "group_chat_created"
            msg = self._store_message(chat, actor, {key: True}, from_bot=False)
            self._deliver_message(chat, msg)
        self._touch()
        return cid

    def _member_update(self, chat: Chat, actor: Json, old: str, new: str, subject: Json) -> Json:
        return {
            "chat": self._chat_short(chat),
            "from": actor,
            "date": _now(),
            "old_chat_member": self._member_obj(subject, old),
            "new_chat_member": self._member_obj(subject, new),
        }

    def add_bot_to_group(
        self, chat_id: int, by_user_id: int, *, admin: bool = False
    ) -> Json | None:
        """A user adds the bot: my_chat_member update + new_chat_members service message."""
        chat = self._group(chat_id)
        actor = self.user(by_user_id)
        old = chat.bot_status
        chat.bot_status = "administrator" if admin else "member"
        self._queue_update(
            "my_chat_member", self._member_update(chat, actor, old, chat.bot_status, self.bot_user)
        )
        msg = self._store_message(
            chat,
            actor,
            {
                "new_chat_members": [self.bot_user],
                "new_chat_member": self.bot_user,
                "new_chat_participant": self.bot_user,
            },
            from_bot=False,
        )
        self._deliver_message(chat, msg)
        return msg

    def promote_bot(self, chat_id: int, by_user_id: int, admin: bool = True) -> None:
        chat = self._group(chat_id)
        old = chat.bot_status
        chat.bot_status = "administrator" if admin else "member"
        self._queue_update(
            "my_chat_member",
            self._member_update(chat, self.user(by_user_id), old, chat.bot_status, self.bot_user),
        )

    def remove_bot_from_group(self, chat_id: int, by_user_id: int) -> None:
        """A user removes (kicks) the bot: my_chat_member update (+ left_chat_member message,
        which the bot does not receive since it is no longer there)."""
        chat = self._group(chat_id)
        actor = self.user(by_user_id)
        old = chat.bot_status
        msg = self._store_message(
            chat,
            actor,
            {"left_chat_member": self.bot_user, "left_chat_participant": self.bot_user},
            from_bot=False,
        )
        self._deliver_message(chat, msg)
        chat.bot_status = "kicked"
        self._queue_update(
            "my_chat_member",
            self._member_update(
                chat, actor, old, "left" if chat.type == "group" else "kicked", self.bot_user
            ),
        )

    def add_member(self, chat_id: int, user_id: int, by_user_id: int | None = None) -> Json | None:
        chat = self._group(chat_id)
        user = self.user(user_id)
        actor = self.user(by_user_id) if by_user_id is not None else user
        chat.members.add(user_id)
        chat.kicked.discard(user_id)
        if "chat_member" in self._allowed and chat.bot_status == "administrator":
            self._queue_update(
                "chat_member", self._member_update(chat, actor, "left", "member", user)
            )
        msg = self._store_message(
            chat,
            actor,
            {"new_chat_members": [user], "new_chat_member": user, "new_chat_participant": user},
            from_bot=False,
        )
        self._deliver_message(chat, msg)
        return msg

    def remove_member(
        self, chat_id: int, user_id: int, by_user_id: int | None = None
    ) -> Json | None:
        chat = self._group(chat_id)
        user = self.user(user_id)
        actor = self.user(by_user_id) if by_user_id is not None else user
        chat.members.discard(user_id)
        if "chat_member" in self._allowed and chat.bot_status == "administrator":
            self._queue_update(
                "chat_member", self._member_update(chat, actor, "member", "left", user)
            )
        msg = self._store_message(
            chat, actor, {"left_chat_member": user, "left_chat_participant": user}, from_bot=False
        )
        self._deliver_message(chat, msg)
        return msg

    def migrate_group(self, chat_id: int, by_user_id: int | None = None) -> int:
        """Upgrade a basic group to a supergroup; returns the new chat id. The old chat gets a
        ``migrate_to_chat_id`` message and the new one a ``migrate_from_chat_id`` message."""
        old = self._group(chat_id)
        if old.type != "group":
            raise SandboxError("only basic groups can be upgraded")
        actor_id = by_user_id if by_user_id is not None else old.creator
        actor = self.users[actor_id] if actor_id is not None else self.bot_user
        new_id = -next(self._super_ids)
        new = Chat(
            id=new_id,
            type="supergroup",
            title=old.title,
            members=set(old.members),
            admins=set(old.admins),
            creator=old.creator,
            bot_status=old.bot_status,
            migrated_from=old.id,
            chat_instance=str(self._rng.randrange(10**18, 10**19)),
        )
        self.chats[new_id] = new
        m1 = self._store_message(old, actor, {"migrate_to_chat_id": new_id}, from_bot=False)
        self._deliver_message(old, m1)
        old.migrated_to = new_id
        m2 = self._store_message(
            new,
            {
                "id": 1087968824,
                "is_bot": True,
                "first_name": "Group",
                "username": "GroupAnonymousBot",
            },
            {"migrate_from_chat_id": old.id},
            from_bot=False,
        )
        m2["sender_chat"] = self._chat_short(new)
        self._deliver_message(new, m2)
        return new_id

    def _group(self, chat_id: int) -> Chat:
        chat = self.chat(chat_id)
        if not chat.is_group:
            raise SandboxError(f"chat {chat_id} is not a group")
        if chat.migrated_to is not None:
            raise SandboxError(f"group {chat_id} was migrated to {chat.migrated_to}")
        return chat

    def block_bot(self, user_id: int) -> None:
        """The user blocks the bot (my_chat_member: member -> kicked)."""
        user = self.user(user_id)
        if user_id in self.blocked:
            return
        chat = self.chats[user_id]
        self._queue_update(
            "my_chat_member", self._member_update(chat, user, "member", "kicked", self.bot_user)
        )
        self.blocked.add(user_id)

    def unblock_bot(self, user_id: int) -> None:
        user = self.user(user_id)
        if user_id not in self.blocked:
            return
        self.blocked.discard(user_id)
        chat = self.chats[user_id]
        self._queue_update(
            "my_chat_member", self._member_update(chat, user, "kicked", "member", self.bot_user)
        )

    # ================================================================== control API: user acts

    def _user_chat(self, user_id: int, chat_id: int | None) -> tuple[Json, Chat]:
        user = self.user(user_id)
        if chat_id is None or chat_id == user_id:
            chat = self.chats[user_id]
            if user_id in self.blocked:
                raise SandboxError(
                    f"user {user_id} has blocked the bot (send_start or unblock_bot)"
                )
            chat.started = True
            return user, chat
        chat = self.chat(chat_id)
        if chat.type == "private":
            raise SandboxError("users can only write in their own private chat with the bot")
        if chat.migrated_to is not None:
            raise SandboxError(f"group {chat_id} was migrated to {chat.migrated_to}")
        if user_id not in chat.members:
            raise SandboxError(f"user {user_id} is not a member of chat {chat_id}")
        return user, chat

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        content: Json,
        *,
        reply_to_message_id: int | None = None,
    ) -> Json:
        user, chat = self._user_chat(user_id, chat_id)
        reply = None
        if reply_to_message_id is not None:
            reply = chat.messages.get(reply_to_message_id)
            if reply is None:
                raise SandboxError(f"no message {reply_to_message_id} in chat {chat.id}")
        msg = self._store_message(chat, user, content, from_bot=False, reply_to=reply)
        if chat.reply_keyboard and chat.reply_keyboard.get("one_time_keyboard"):
            chat.reply_keyboard = None
        chat.force_reply = None
        self._deliver_message(chat, msg)
        return msg

    def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        reply_to_message_id: int | None = None,
        entities: list[Json] | None = None,
    ) -> Json:
        """The user sends a text message (private chat by default). Returns the Message."""
        if not text:
            raise SandboxError("empty text")
        ents = [dict(e) for e in entities or []]
        ents = sorted(ents + auto_entities(text, ents), key=lambda e: (e["offset"], -e["length"]))
        content: Json = {"text": text}
        if ents:
            content["entities"] = ents
        return self._user_message(
            user_id, chat_id, content, reply_to_message_id=reply_to_message_id
        )

    def send_start(self, user_id: int, payload: str | None = None) -> Json:
        """``/start [payload]`` in the private chat (unblocks the bot like Telegram's Restart)."""
        if user_id in self.blocked:
            self.unblock_bot(user_id)
        return self.send_text(user_id, "/start" + (f" {payload}" if payload else ""))

    def send_command(
        self, user_id: int, command: str, args: str = "", chat_id: int | None = None
    ) -> Json:
        text = "/" + command.lstrip("/") + (f" {args}" if args else "")
        return self.send_text(user_id, text, chat_id)

    def press_button(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        callback_data: str,
        *,
        must_exist: bool = True,
    ) -> str:
        """The user presses an inline button; returns the callback query id.

        With ``must_exist`` (default) the message must carry a button with this callback_data;
        ``must_exist=False`` forges a query (for stale/forged data tests).
        """
        user = self.user(user_id)
        chat = self.chat(chat_id)
        if chat.type == "private" and user_id in self.blocked:
            raise SandboxError(f"user {user_id} has blocked the bot")
        if chat.is_group and user_id not in chat.members:
            raise SandboxError(f"user {user_id} is not a member of chat {chat_id}")
        msg = chat.messages.get(message_id)
        if must_exist:
            if msg is None:
                raise SandboxError(f"no message {message_id} in chat {chat_id}")
            rows = (msg.get("reply_markup") or {}).get("inline_keyboard") or []
            if not any(b.get("callback_data") == callback_data for row in rows for b in row):
                raise SandboxError(
                    f"message {message_id} has no button with callback_data {callback_data!r}"
                )
        qid = str(self._rng.randrange(10**17, 10**19))
        self.callbacks[qid] = CallbackRecord(
            id=qid,
            user_id=user_id,
            chat_id=chat_id,
            message_id=message_id,
            data=callback_data,
            created=time.time(),
        )
        query: Json = {"id": qid, "from": user}
        if msg is not None:
            query["message"] = msg
        else:
            query["message"] = {"chat": self._chat_short(chat), "message_id": message_id, "date": 0}
        query["chat_instance"] = chat.chat_instance
        query["data"] = callback_data
        if self._bot_in_chat(chat):
            self._queue_update("callback_query", query)
        return qid

    def press_button_text(self, user_id: int, chat_id: int, message_id: int, text: str) -> str:
        """Press the inline button whose label contains ``text``."""
        msg = self.chat(chat_id).messages.get(message_id) or {}
        for row in (msg.get("reply_markup") or {}).get("inline_keyboard") or []:
            for b in row:
                if text in b.get("text", "") and "callback_data" in b:
                    return self.press_button(user_id, chat_id, message_id, b["callback_data"])
        raise SandboxError(f"no button labelled {text!r} on message {message_id}")

    def callback_answer(self, query_id: str) -> Json | None:
        """What the bot answered to a callback query (text, show_alert, url, cache_time)."""
        rec = self.callbacks.get(query_id)
        return None if rec is None else rec.answer

    def expire_callback(self, query_id: str) -> None:
        """Make a callback query too old to be answered."""
        rec = self.callbacks.get(query_id)
        if rec is None:
            raise SandboxError(f"no callback query {query_id}")
        rec.expired = True

    def share_contact(
        self,
        user_id: int,
        phone_number: str,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        own: bool = True,
        chat_id: int | None = None,
    ) -> Json:
        """The user shares a contact (``own`` = their own, as a request_contact button does)."""
        user = self.user(user_id)
        contact: Json = {
            "phone_number": phone_number,
            "first_name": first_name or user["first_name"],
        }
        if last_name:
            contact["last_name"] = last_name
        if own:
            contact["user_id"] = user_id
        return self._user_message(user_id, chat_id, {"contact": contact})

    def share_location(
        self, user_id: int, latitude: float, longitude: float, chat_id: int | None = None
    ) -> Json:
        return self._user_message(
            user_id, chat_id, {"location": {"latitude": latitude, "longitude": longitude}}
        )

    def send_photo(
        self,
        user_id: int,
        image_bytes: bytes,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> Json:
        size = image_size(image_bytes) or (800, 600)
        f = self.store_file(
            image_bytes, "photo", mime_type="image/jpeg", width=size[0], height=size[1]
        )
        content: Json = {"photo": [self._photo_size(f)]}
        if caption:
            content["caption"] = caption
            ents = auto_entities(caption, [])
            if ents:
                content["caption_entities"] = ents
        return self._user_message(user_id, chat_id, content)

    def send_document(
        self,
        user_id: int,
        data: bytes,
        filename: str = "file.pdf",
        mime: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> Json:
        f = self.store_file(
            data, "document", file_name=filename, mime_type=mime or guess_mime(filename, None)
        )
        content: Json = {"document": self._document_json(f)}
        if caption:
            content["caption"] = caption
        return self._user_message(user_id, chat_id, content)

    def send_voice(
        self,
        user_id: int,
        data: bytes = b"OggS\x00fake-voice",
        duration: int = 3,
        chat_id: int | None = None,
    ) -> Json:
        f = self.store_file(data, "voice", mime_type="audio/ogg", duration=duration)
        voice = {
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
        }
        return self._user_message(user_id, chat_id, {"voice": voice})

    def send_sticker(self, user_id: int, emoji: str = "😀", chat_id: int | None = None) -> Json:
        f = self.store_file(
            b"RIFF\x00\x00\x00\x00WEBPVP8 ",
            "sticker",
            mime_type="image/webp",
            width=512,
            height=512,
        )
        sticker = {
            "width": 512,
            "height": 512,
            "emoji": emoji,
            "set_name": "SandboxStickers",
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
        }
        return self._user_message(user_id, chat_id, {"sticker": sticker})

    def send_animation(
        self, user_id: int, data: bytes = b"\x00\x00\x00\x18ftypmp42", chat_id: int | None = None
    ) -> Json:
        f = self.store_file(
            data,
            "animation",
            file_name="animation.mp4",
            mime_type="video/mp4",
            width=320,
            height=240,
            duration=2,
        )
        anim = {
            "file_name": "animation.mp4",
            "mime_type": "video/mp4",
            "duration": 2,
            "width": 320,
            "height": 240,
            "file_id": f.file_id,
            "file_unique_id": f.file_unique_id,
            "file_size": f.size,
        }
        doc = {
            k: anim[k] for k in ("file_name", "mime_type", "file_id", "file_unique_id", "file_size")
        }
        return self._user_message(user_id, chat_id, {"animation": anim, "document": doc})

    def edit_user_message(self, user_id: int, chat_id: int, message_id: int, new_text: str) -> Json:
        """The user edits one of their text messages: produces an ``edited_message`` update."""
        chat = self.chat(chat_id)
        msg = chat.messages.get(message_id)
        if msg is None or msg.get("from", {}).get("id") != user_id:
            raise SandboxError(f"user {user_id} has no message {message_id} in chat {chat_id}")
        if "text" not in msg:
            raise SandboxError("only text messages can be edited")
        new = {k: v for k, v in msg.items() if k not in ("text", "entities")}
        new["text"] = new_text
        ents = auto_entities(new_text, [])
        if ents:
            new["entities"] = ents
        new = self._replace_message(chat, new)
        self._deliver_message(chat, new, "edited_message")
        return new

    def forward_to_bot(
        self,
        user_id: int,
        text: str,
        from_name: str = "张老板",
        *,
        from_user_id: int | None = None,
        chat_id: int | None = None,
    ) -> Json:
        """The user forwards a text written by someone else (hidden user by default)."""
        origin: Json
        if from_user_id is not None:
            origin = {"type": "user", "date": _now() - 60, "sender_user": self.user(from_user_id)}
        else:
            origin = {"type": "hidden_user", "date": _now() - 60, "sender_user_name": from_name}
        content: Json = {"forward_origin": origin, "text": text}
        ents = auto_entities(text, [])
        if ents:
            content["entities"] = ents
        return self._user_message(user_id, chat_id, content)

    def redeliver(self, update_id: int) -> Json:
        """Queue again an update that was already delivered (same update_id)."""
        update = self._all_updates.get(update_id)
        if update is None:
            raise SandboxError(f"no update {update_id}")
        self._forced.add(update_id)
        self._forced_returned.discard(update_id)
        self._pending.appendleft(update)
        self._notify_updates()
        return update

    # ================================================================== control API: reading

    def _view(self, chat: Chat, msg: Json) -> Json:
        meta = chat.meta[msg["message_id"]]
        view = dict(msg)
        view["from_bot"] = meta["from_bot"]
        view["kind"] = message_kind(msg)
        view["edited"] = meta["edited"]
        return view

    def messages(self, chat_id: int) -> list[Json]:
        """Current rendered messages of a chat (deleted ones omitted), oldest first.

        Each is the Telegram Message dict plus ``from_bot``, ``kind`` and ``edited``."""
        chat = self.chat(chat_id)
        return [self._view(chat, m) for m in chat.messages.values()]

    def bot_messages(self, chat_id: int) -> list[Json]:
        chat = self.chat(chat_id)
        return [
            self._view(chat, m) for mid, m in chat.messages.items() if chat.meta[mid]["from_bot"]
        ]

    def last_bot_message(self, chat_id: int) -> Json | None:
        chat = self.chat(chat_id)
        for mid in reversed(chat.messages):
            if chat.meta[mid]["from_bot"]:
                return self._view(chat, chat.messages[mid])
        return None

    def message(self, chat_id: int, message_id: int) -> Json | None:
        chat = self.chat(chat_id)
        msg = chat.messages.get(message_id)
        return None if msg is None else self._view(chat, msg)

    def reply_keyboard(self, chat_id: int) -> Json | None:
        """The ReplyKeyboardMarkup the user currently sees in this chat (None if removed)."""
        return self.chat(chat_id).reply_keyboard

    def force_reply(self, chat_id: int) -> Json | None:
        return self.chat(chat_id).force_reply

    def chat_action(self, chat_id: int) -> str | None:
        return self.chat(chat_id).last_action

    @property
    def requests(self) -> list[Json]:
        """Every Bot API call the bot made: method, params, status, ok, chat_id, time, description."""
        return list(self._requests)

    def requests_for(self, method: str) -> list[Json]:
        key = method.lower()
        return [r for r in self._requests if r["method"].lower() == key]

    def clear_requests(self) -> None:
        self._requests.clear()

    def file_bytes(self, file_id: str) -> bytes:
        stored = self.files.get(file_id)
        if stored is None:
            raise SandboxError(f"no file {file_id}")
        return stored.data

    def pending_updates(self) -> list[Json]:
        """Updates queued and not yet confirmed by the bot (or delivered to its webhook)."""
        return list(self._pending)

    def all_updates(self) -> list[Json]:
        """Every update ever queued, in update_id order."""
        return list(self._all_updates.values())

    def get_commands(self, scope: Json | None = None, language_code: str = "") -> list[Json]:
        params: Json = {"scope": scope, "language_code": language_code}
        return self.commands.get(self._scope_key(params), [])

    @property
    def stats(self) -> Json:
        return {
            "requests": self._stats["requests"],
            "429_sent": self._stats["429_sent"],
            "rate_limited": self._stats["rate_limited"],
            "faults_injected": self._stats["faults_injected"],
            "updates_queued": self._stats["updates_queued"],
            "webhook_dropped": self._stats["webhook_dropped"],
            "pending_updates": len(self._pending),
            "by_method": dict(self._by_method),
            "sends_by_method": dict(self._sends_by_method),
            "errors_by_code": {str(k): v for k, v in self._errors_by_code.items()},
        }

    async def wait_for(
        self,
        predicate: Callable[[], T | Awaitable[T | None] | None],
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> T:
        """Wait until ``predicate()`` returns something truthy (re-checked on every change)."""
        deadline = time.monotonic() + timeout
        while True:
            event = self._changed
            value = predicate()
            if inspect.isawaitable(value):
                value = await value
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.05))

    async def wait_for_message(
        self,
        chat_id: int,
        contains: str | None = None,
        predicate: Callable[[Json], bool] | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
        *,
        after: int = 0,
    ) -> Json:
        """Wait for a bot message in ``chat_id`` (message_id > ``after``) whose text/caption
        contains ``contains`` and that satisfies ``predicate``. Edited messages count too."""

        def check() -> Json | None:
            chat = self.chat(chat_id)
            for mid in reversed(chat.messages):
                if mid <= after:
                    break
                if not chat.meta[mid]["from_bot"]:
                    continue
                msg = chat.messages[mid]
                body = msg.get("text") or msg.get("caption") or ""
                if contains is not None and contains not in body:
                    continue
                view = self._view(chat, msg)
                if predicate is not None and not predicate(view):
                    continue
                return view
            return None

        try:
            return await self.wait_for(check, timeout)
        except TimeoutError:
            got = [
                m.get("text") or m.get("caption") or m["kind"] for m in self.bot_messages(chat_id)
            ]
            raise TimeoutError(
                f"no bot message in chat {chat_id} containing {contains!r} within {timeout} s; "
                f"bot messages: {got[-5:]!r}"
            ) from None

    async def wait_for_request(
        self,
        method: str,
        predicate: Callable[[Json], bool] | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> Json:
        key = method.lower()

        def check() -> Json | None:
            for r in reversed(self._requests):
                if r["method"].lower() == key and (predicate is None or predicate(r)):
                    return r
            return None

        return await self.wait_for(check, timeout)

    def state(self) -> Json:
        return {
            "bot": self.bot_user,
            "users": list(self.users.values()),
            "chats": [
                {
                    **self._chat_short(c),
                    "bot_status": c.bot_status,
                    "migrated_to": c.migrated_to,
                    "messages": len(c.messages),
                    "blocked": c.user_id in self.blocked if c.type == "private" else None,
                }
                for c in self.chats.values()
            ],
            "webhook": self.webhook,
            "pending_updates": len(self._pending),
            "enforce_limits": self.enforce_limits,
        }


def _utf16_slice(text: str, offset: int, length: int) -> str:
    raw = text.encode("utf-16-le")
    return raw[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


class _Disconnect(Exception):
    pass
