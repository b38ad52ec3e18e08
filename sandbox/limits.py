"""Rate limits (Telegram's flood control) and fault injection."""

from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError

COUNTED_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "copymessage",
        "editmessagetext",
        "editmessagereplymarkup",
        "editmessagecaption",
    }
)


@dataclass
class RateLimits:
    """Sliding-window limits: at most ``*_count`` calls in any ``*_window`` seconds."""

    private_count: int = 3
    private_window: float = 3.0
    group_count: int = 20
    group_window: float = 60.0
    global_count: int = 30
    global_window: float = 1.0


class RateLimiter:
    def __init__(self, limits: RateLimits | None = None) -> None:
        self.limits = limits or RateLimits()
        self._per_chat: dict[int, deque[float]] = {}
        self._global: deque[float] = deque()

    @staticmethod
    def _check(q: deque[float], count: int, window: float, now: float) -> float:
        while q and q[0] <= now - window:
            q.popleft()
        if len(q) >= count:
            return q[0] + window - now
        return 0.0

    def check(self, chat_id: int, is_group: bool, now: float) -> int:
        """Return 0 if the call may proceed (and record it), else retry_after seconds."""
        lim = self.limits
        q = self._per_chat.setdefault(chat_id, deque())
        if is_group:
            wait = self._check(q, lim.group_count, lim.group_window, now)
        else:
            wait = self._check(q, lim.private_count, lim.private_window, now)
        wait = max(wait, self._check(self._global, lim.global_count, lim.global_window, now))
        if wait > 0:
            return max(1, math.ceil(wait))
        q.append(now)
        self._global.append(now)
        return 0

    def reset(self) -> None:
        self._per_chat.clear()
        self._global.clear()


FAULT_KINDS = (
    "429",
    "500",
    "502",
    "504",
    "timeout",
    "disconnect",
    "403_blocked",
    "403_kicked",
    "400_chat_not_found",
    "error",
)


@dataclass
class Fault:
    method: str | None  # lower-case method name, None = any
    chat_id: int | None
    kind: str
    count: int
    retry_after: int = 1
    delay: float = 30.0
    error_code: int = 400
    description: str = "Bad Request: injected fault"
    hits: int = 0

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "chat_id": self.chat_id,
            "kind": self.kind,
            "count": self.count,
            "retry_after": self.retry_after,
            "hits": self.hits,
        }


@dataclass
class RandomFaults:
    rate: float
    kinds: list[str]
    methods: set[str] | None
    rng: random.Random
    retry_after: int = 1
    delay: float = 30.0
    hits: int = 0
    exclude: set[str] = field(default_factory=lambda: {"getupdates"})

    def pick(self, method: str) -> str | None:
        if self.methods is not None:
            if method not in self.methods:
                return None
        elif method in self.exclude:
            return None
        if self.rng.random() < self.rate:
            self.hits += 1
            return self.rng.choice(self.kinds)
        return None


def fault_error(
    kind: str, fault: Fault | None, retry_after: int, chat_type: str | None
) -> ApiError:
    if kind == "429":
        return ApiError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        )
    if kind == "500":
        return ApiError(500, "Internal Server Error")
    if kind == "502":
        return ApiError(502, "Bad Gateway")
    if kind in ("504", "timeout"):
        return ApiError(504, "Gateway Timeout")
    if kind == "403_blocked":
        return ApiError(403, "Forbidden: bot was blocked by the user")
    if kind == "403_kicked":
        kind_name = "supergroup" if chat_type == "supergroup" else "group"
        return ApiError(403, f"Forbidden: bot was kicked from the {kind_name} chat")
    if kind == "400_chat_not_found":
        return ApiError(400, "Bad Request: chat not found")
    if kind == "error" and fault is not None:
        return ApiError(fault.error_code, fault.description)
    raise ValueError(f"unknown fault kind {kind!r}")
