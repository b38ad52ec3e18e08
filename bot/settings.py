"""Settings from ANXIN_* environment variables and an optional .env file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ANXIN_", env_file=".env", extra="ignore")

    bot_token: str = ""
    bot_username: str = "anxin_bot"  # for deep links printed offline (posters, `sites add`)
    telegram_api_url: str = TELEGRAM_API
    database_url: str = Field(
        default_factory=lambda: f"sqlite+aiosqlite:///{Path.cwd() / 'anxin.db'}"
    )
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    timezone: str = "Asia/Shanghai"
    conversation_timeout: int = Field(
        default=1800, ge=1
    )  # seconds before an abandoned intake times out
    webhook_secret: str = ""
    holidays_dir: str = ""  # optional directory with <year>.json working-day calendars
    # Keep under Telegram's send limits. Off only to measure the bot itself (bench.load).
    rate_limit: bool = True

    @field_validator("bot_token")
    @classmethod
    def _token(cls, v: str) -> str:
        v = v.strip()
        if v and (":" not in v or not v.split(":", 1)[0].isdigit()):
            raise ValueError("expected a token like 123456:ABC-DEF from @BotFather")
        return v

    @field_validator("telegram_api_url")
    @classmethod
    def _api(cls, v: str) -> str:
        v = v.strip().rstrip("/")
        if not v.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL such as https://api.telegram.org")
        return v

    @field_validator("database_url")
    @classmethod
    def _db(cls, v: str) -> str:
        v = v.strip()
        if v.startswith("postgresql://") or v.startswith("postgres://"):
            v = "postgresql+asyncpg://" + v.split("://", 1)[1]
        elif v.startswith("sqlite:///"):
            v = "sqlite+aiosqlite:///" + v[len("sqlite:///") :]
        if not v.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "expected sqlite+aiosqlite:///FILE or postgresql+asyncpg://USER@HOST/DB"
            )
        return v

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _admins(cls, v: object) -> list[int]:
        if isinstance(v, list):
            return [int(x) for x in v]
        parts = [p.strip() for p in str(v or "").split(",") if p.strip()]
        try:
            return [int(p) for p in parts]
        except ValueError:
            raise ValueError("expected comma-separated Telegram user ids, e.g. 1001,1002") from None

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}, e.g. Asia/Shanghai") from None
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_url(self) -> str:
        return f"{self.telegram_api_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.telegram_api_url}/file/bot"


class SettingsError(SystemExit):
    pass


def load_settings(*, require_token: bool = False, **overrides: object) -> Settings:
    """Load settings or stop with one clear line naming the variable (never a traceback)."""
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "ANXIN_" + str(err["loc"][0]).upper() if err.get("loc") else "ANXIN_*"
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        print(f"anxin: {name} is invalid: {msg}", file=sys.stderr)
        raise SettingsError(2) from None
    if require_token and not settings.bot_token:
        print(
            "anxin: ANXIN_BOT_TOKEN is missing: set it to the token from @BotFather",
            file=sys.stderr,
        )
        raise SettingsError(2)
    return settings
