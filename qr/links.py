"""Site codes and Telegram deep-link payloads.

A site has a short public *code* (8 characters from an unambiguous lowercase
alphabet).  The deep-link payload printed on a poster or helmet sticker carries
that code, the medium it was printed on and a version number, e.g.
``k7q2xp9a-p1`` (poster, version 1) or ``k7q2xp9a-s3`` (sticker, version 3).

The version lets an administrator revoke a lost or misused batch and reissue it
(the revocation state lives in the database; this module only encodes and
decodes).  The medium lets the statistics tell which medium workers used.

Payloads always match Telegram's deep-link rules: ``^[A-Za-z0-9_-]{1,64}$``.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Final, Literal

from telegram.helpers import create_deep_linked_url

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "MAX_VERSION",
    "MEDIA",
    "Medium",
    "Payload",
    "deep_link",
    "display_code",
    "is_valid_code",
    "make_payload",
    "new_site_code",
    "parse_code",
    "parse_payload",
]

#: Lowercase letters and digits without the look-alikes 0/o, 1/l/i.
ALPHABET: Final = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH: Final = 8
#: Largest version accepted; keeps payloads short (well under 64 characters).
MAX_VERSION: Final = 999_999

Medium = Literal["poster", "sticker"]
#: Medium name -> the single letter used in the payload.
MEDIA: Final[dict[str, str]] = {"poster": "p", "sticker": "s"}
_MEDIUM_BY_LETTER: Final[dict[str, Medium]] = {"p": "poster", "s": "sticker"}

_CODE_RE: Final = re.compile(rf"[{ALPHABET}]{{{CODE_LENGTH}}}")
_PAYLOAD_RE: Final = re.compile(rf"([{ALPHABET}]{{{CODE_LENGTH}}})-([ps])([1-9][0-9]{{0,5}})")
_TELEGRAM_PAYLOAD_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_BOT_USERNAME_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")


@dataclass(frozen=True, slots=True)
class Payload:
    """A decoded deep-link payload."""

    code: str
    medium: Medium
    version: int

    def encode(self) -> str:
        """The payload string (inverse of :func:`parse_payload`)."""
        return make_payload(self.code, self.medium, self.version)


def new_site_code() -> str:
    """A fresh random site code: 8 characters of :data:`ALPHABET` (~39 bits)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def is_valid_code(code: object) -> bool:
    """Whether ``code`` is a well-formed site code."""
    return isinstance(code, str) and _CODE_RE.fullmatch(code) is not None


def parse_code(text: object) -> str | None:
    """Normalise a code typed by a person (``"K7Q2 XP9A"`` -> ``"k7q2xp9a"``).

    Spaces, hyphens and case are ignored; ``None`` when it is not a valid code.
    Never raises.
    """
    if not isinstance(text, str) or len(text) > 64:
        return None
    code = re.sub(r"[\s\-_]", "", text).lower()
    return code if is_valid_code(code) else None


def display_code(code: str) -> str:
    """The code grouped for reading aloud or typing: ``"k7q2 xp9a"``."""
    return f"{code[:4]} {code[4:]}" if len(code) == CODE_LENGTH else code


def make_payload(code: str, medium: str, version: int) -> str:
    """Encode a deep-link payload such as ``"k7q2xp9a-s1"``.

    Raises :class:`ValueError` for a malformed code, an unknown medium or a
    version outside ``1..MAX_VERSION``.
    """
    if not is_valid_code(code):
        raise ValueError(f"malformed site code: {code!r}")
    letter = MEDIA.get(medium)
    if letter is None:
        raise ValueError(f"unknown medium: {medium!r} (expected one of {sorted(MEDIA)})")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError(f"version must be an int, got {version!r}")
    if not 1 <= version <= MAX_VERSION:
        raise ValueError(f"version out of range 1..{MAX_VERSION}: {version}")
    payload = f"{code}-{letter}{version}"
    assert _TELEGRAM_PAYLOAD_RE.fullmatch(payload)
    return payload


def parse_payload(payload: object) -> Payload | None:
    """Decode a payload; ``None`` when it is malformed.  Never raises."""
    if not isinstance(payload, str) or len(payload) > 64:
        return None
    m = _PAYLOAD_RE.fullmatch(payload)
    if m is None:
        return None
    code, letter, version = m.groups()
    return Payload(code=code, medium=_MEDIUM_BY_LETTER[letter], version=int(version))


def deep_link(bot_username: str, payload: str) -> str:
    """``https://t.me/<bot_username>?start=<payload>`` via python-telegram-bot's helper.

    A leading ``@`` on the username is accepted and dropped.
    """
    username = bot_username.removeprefix("@")
    if not _BOT_USERNAME_RE.fullmatch(username):
        raise ValueError(f"malformed bot username: {bot_username!r}")
    if not _TELEGRAM_PAYLOAD_RE.fullmatch(payload):
        raise ValueError(f"payload must match [A-Za-z0-9_-]{{1,64}}: {payload!r}")
    return create_deep_linked_url(username, payload)
