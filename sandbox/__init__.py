"""Offline Telegram for anxin: a stateful aiohttp server speaking the Bot API.

from sandbox import Sandbox
sb = Sandbox(token="123:TEST", bot_username="anxin_test_bot")
await sb.start()          # sb.base_url / sb.base_file_url for python-telegram-bot
"""

from .errors import ApiError, SandboxError
from .limits import FAULT_KINDS, RateLimits
from .server import Sandbox

__all__ = ["FAULT_KINDS", "ApiError", "RateLimits", "Sandbox", "SandboxError"]
