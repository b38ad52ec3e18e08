"""Data model of the simulated Telegram world."""

from __future__ import annotations

import mimetypes
import struct
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass
class Chat:
    id: int
    type: str  # private | group | supergroup
    title: str | None = None
    user_id: int | None = None  # private chats: the user
    username: str | None = None
    members: set[int] = field(default_factory=set)
    admins: set[int] = field(default_factory=set)
    kicked: set[int] = field(default_factory=set)
    creator: int | None = None
    bot_status: str = "left"  # member | administrator | left | kicked
    started: bool = False  # private chats: the user has talked to the bot
    migrated_to: int | None = None
    migrated_from: int | None = None
    next_message_id: int = 1
    messages: dict[int, Json] = field(default_factory=dict)
    meta: dict[int, Json] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    reply_keyboard: Json | None = None
    force_reply: Json | None = None
    last_action: str | None = None
    chat_instance: str = ""

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    kind: str  # photo | document | voice | sticker | animation
    data: bytes
    file_path: str
    mime_type: str | None = None
    file_name: str | None = None
    width: int = 0
    height: int = 0
    duration: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Upload:
    data: bytes
    filename: str | None
    content_type: str | None


@dataclass
class CallbackRecord:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str | None
    created: float
    answer: Json | None = None
    expired: bool = False


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG/JPEG/GIF/WEBP image, None if not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        if data[12:16] == b"VP8X" and len(data) >= 30:
            w = int.from_bytes(data[24:27], "little") + 1
            h = int.from_bytes(data[27:30], "little") + 1
            return w, h
        return 512, 512
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (
                0xC0,
                0xC1,
                0xC2,
                0xC3,
                0xC5,
                0xC6,
                0xC7,
                0xC9,
                0xCA,
                0xCB,
                0xCD,
                0xCE,
                0xCF,
            ):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(w), int(h)
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            seg = struct.unpack(">H", data[i + 2 : i + 4])[0]
            i += 2 + seg
        return 640, 480
    return None


def guess_mime(filename: str | None, fallback: str | None) -> str:
    if filename:
        guessed, _ = mimetypes.guess_type(filename)
        if guessed:
            return guessed
    return fallback or "application/octet-stream"


CONTENT_KEYS = (
    "text",
    "photo",
    "animation",
    "document",
    "voice",
    "sticker",
    "video",
    "audio",
    "contact",
    "location",
    "new_chat_members",
    "left_chat_member",
    "migrate_to_chat_id",
    "migrate_from_chat_id",
    "group_chat_created",
    "supergroup_chat_created",
)

COPYABLE_KEYS = (
    "text",
    "entities",
    "photo",
    "document",
    "voice",
    "sticker",
    "animation",
    "video",
    "audio",
    "contact",
    "location",
    "caption",
    "caption_entities",
)


def message_kind(msg: Json) -> str:
    for key in CONTENT_KEYS:
        if key in msg:
            return key
    return "service"
