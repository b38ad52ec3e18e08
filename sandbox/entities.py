"""Text formatting: UTF-16 lengths, parse_mode parsing (HTML, MarkdownV2, Markdown) and
auto-detected entities (bot_command, mention, hashtag, url), like Telegram does."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from .errors import bad_request

Entity = dict[str, Any]


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Telegram's limits and offsets)."""
    n = len(text)
    for ch in text:
        if ord(ch) > 0xFFFF:
            n += 1
    return n


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0  # utf-16 position
        self.entities: list[Entity] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += utf16_len(s)

    def entity(self, etype: str, start: int, **extra: Any) -> None:
        length = self.pos - start
        if length > 0:
            ent: Entity = {"type": etype, "offset": start, "length": length}
            ent.update(extra)
            self.entities.append(ent)

    def text(self) -> str:
        return "".join(self.parts)


def _fail(msg: str) -> Exception:
    return bad_request(f"can't parse entities: {msg}")


# --------------------------------------------------------------------------- HTML

_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}


class _HtmlParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.b = _Builder()
        self.stack: list[tuple[str, int, dict[str, Any]]] = []
        lines = source.split("\n")
        self._line_starts = [0]
        for line in lines[:-1]:
            self._line_starts.append(self._line_starts[-1] + len(line) + 1)

    def _offset(self) -> int:
        line, col = self.getpos()
        return _byte_offset(self.source, self._line_starts[line - 1] + col)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag not in _HTML_SIMPLE or (tag == "span" and a.get("class") != "tg-spoiler"):
            raise _fail(f'Unsupported start tag "{tag}" at byte offset {self._offset()}')
        extra: dict[str, Any] = {}
        if tag == "a":
            href = a.get("href") or ""
            m = re.match(r"tg://user\?id=(\d+)$", href)
            extra = {"user_id": int(m.group(1))} if m else {"url": href}
        elif tag == "blockquote" and "expandable" in a:
            extra = {"expandable": True}
        elif tag == "tg-emoji":
            extra = {"custom_emoji_id": a.get("emoji-id") or ""}
        elif tag == "code" and a.get("class", "") and self.stack and self.stack[-1][0] == "pre":
            cls = a.get("class") or ""
            if cls.startswith("language-"):
                self.stack[-1][2]["language"] = cls[len("language-") :]
        self.stack.append((tag, self.b.pos, extra))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            raise _fail(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1][0]}"'
                if self.stack
                else f"Unexpected end tag at byte offset {self._offset()}"
            )
        name, start, extra = self.stack.pop()
        etype = _HTML_SIMPLE[name]
        if name == "a" and "user_id" in extra:
            etype = "text_mention"
            extra = {"user": {"id": extra["user_id"], "is_bot": False, "first_name": ""}}
        if name == "blockquote" and extra.pop("expandable", False):
            etype = "expandable_blockquote"
        if name == "code" and self.stack and self.stack[-1][0] == "pre":
            return  # merged into the enclosing pre
        self.b.entity(etype, start, **extra)

    def handle_data(self, data: str) -> None:
        self.b.add(data)


_BAD_LT = re.compile(r"<(?![A-Za-z/!])")


def parse_html(source: str) -> tuple[str, list[Entity]]:
    bad = _BAD_LT.search(source)
    if bad:  # Telegram refuses an unescaped "<" (escape user input with html.escape)
        name = re.match(r"[^\s>]*", source[bad.end() :])
        raise _fail(
            f'Unsupported start tag "{name.group(0) if name else ""}" '
            f"at byte offset {_byte_offset(source, bad.start())}"
        )
    p = _HtmlParser(source)
    p.feed(source)
    p.close()
    if p.stack:
        raise _fail(f'Can\'t find end tag corresponding to start tag "{p.stack[-1][0]}"')
    return p.b.text(), p.b.entities


# --------------------------------------------------------------------------- MarkdownV2

_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_V2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
}


def parse_markdown_v2(s: str) -> tuple[str, list[Entity]]:
    b = _Builder()
    stack: list[tuple[str, int, int]] = []  # (type, utf16 start, source index)
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n:
            b.add(s[i + 1])
            i += 2
            continue
        if c == "`":
            if s.startswith("```", i):
                end = s.find("```", i + 3)
                if end < 0:
                    raise _fail(f"Can't find end of Pre entity at byte offset {_byte_offset(s, i)}")
                body = s[i + 3 : end]
                lang = None
                if "\n" in body:
                    first, rest = body.split("\n", 1)
                    if first and " " not in first:
                        lang, body = first, rest
                body = re.sub(r"\\([`\\])", r"\1", body)
                start = b.pos
                b.add(body)
                b.entity("pre", start, **({"language": lang} if lang else {}))
                i = end + 3
                continue
            end = i + 1
            while end < n and s[end] != "`":
                end += 2 if s[end] == "\\" else 1
            if end >= n:
                raise _fail(f"Can't find end of Code entity at byte offset {_byte_offset(s, i)}")
            start = b.pos
            b.add(re.sub(r"\\([`\\])", r"\1", s[i + 1 : end]))
            b.entity("code", start)
            i = end + 1
            continue
        marker: str | None = None
        width = 1
        if c == "*":
            marker = "bold"
        elif c == "_":
            if s.startswith("__", i):
                marker, width = "underline", 2
            else:
                marker = "italic"
        elif c == "~":
            marker = "strikethrough"
        elif c == "|" and s.startswith("||", i):
            marker, width = "spoiler", 2
        elif c == "[":
            stack.append(("text_link", b.pos, i))
            i += 1
            continue
        elif c == "]" and any(t == "text_link" for t, _, _ in stack):
            if not s.startswith("(", i + 1):
                raise _fail(f"Can't find end of TextUrl entity at byte offset {_byte_offset(s, i)}")
            end = i + 2
            while end < n and s[end] != ")":
                end += 2 if s[end] == "\\" else 1
            if end >= n:
                raise _fail(f"Can't find end of URL at byte offset {_byte_offset(s, i)}")
            url = re.sub(r"\\([)\\])", r"\1", s[i + 2 : end])
            while stack:
                t, start, _ = stack.pop()
                if t == "text_link":
                    break
                b.entity(t, start)
            m = re.match(r"tg://user\?id=(\d+)$", url)
            if m:
                b.entity(
                    "text_mention",
                    start,
                    user={"id": int(m.group(1)), "is_bot": False, "first_name": ""},
                )
            else:
                b.entity("text_link", start, url=url)
            i = end + 1
            continue
        elif c == ">" and (i == 0 or s[i - 1] == "\n"):
            # blockquote line
            end = s.find("\n", i)
            line_end = n if end < 0 else end
            start = b.pos
            sub_text, sub_ents = parse_markdown_v2(s[i + 1 : line_end])
            for e in sub_ents:
                e["offset"] += start
                b.entities.append(e)
            b.add(sub_text)
            b.entity("blockquote", start)
            i = line_end
            continue
        if marker is not None:
            idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == marker), None)
            if idx is None:
                stack.append((marker, b.pos, i))
            else:
                while len(stack) > idx:
                    t, start, _ = stack.pop()
                    b.entity(t, start)
            i += width
            continue
        if c in _V2_RESERVED:
            raise _fail(f"Character '{c}' is reserved and must be escaped with the preceding '\\'")
        b.add(c)
        i += 1
    if stack:
        t, _, src = stack[-1]
        raise _fail(
            f"Can't find end of {_V2_NAMES.get(t, t)} entity at byte offset {_byte_offset(s, src)}"
        )
    return b.text(), b.entities


# --------------------------------------------------------------------------- Markdown (legacy)


def parse_markdown(s: str) -> tuple[str, list[Entity]]:
    b = _Builder()
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in "_*`[":
            b.add(s[i + 1])
            i += 2
            continue
        if c in "*_`":
            if s.startswith("```", i):
                end = s.find("```", i + 3)
                if end < 0:
                    raise _fail(
                        f"Can't find end of the entity starting at byte offset {_byte_offset(s, i)}"
                    )
                start = b.pos
                b.add(s[i + 3 : end])
                b.entity("pre", start)
                i = end + 3
                continue
            end = s.find(c, i + 1)
            if end < 0:
                raise _fail(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(s, i)}"
                )
            start = b.pos
            b.add(s[i + 1 : end])
            b.entity({"*": "bold", "_": "italic", "`": "code"}[c], start)
            i = end + 1
            continue
        if c == "[":
            m = re.compile(r"\[([^\]]*)\]\(([^)]*)\)").match(s, i)
            if m:
                start = b.pos
                b.add(m.group(1))
                b.entity("text_link", start, url=m.group(2))
                i = m.end()
                continue
        b.add(c)
        i += 1
    return b.text(), b.entities


# --------------------------------------------------------------------------- auto entities

_AUTO = re.compile(
    r"(?P<bot_command>(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/]))"
    r"|(?P<url>https?://[^\s<>\"]+[^\s<>\".,;:!?)\]])"
    r"|(?P<mention>(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?!\w))"
    r"|(?P<hashtag>(?<![\w#])#\w*[^\W\d]\w*)"
)


def auto_entities(text: str, existing: list[Entity]) -> list[Entity]:
    """Entities Telegram detects by itself in plain text."""
    found: list[Entity] = []
    if not any(ch in text for ch in "/@#:"):
        return found
    taken = [
        (e["offset"], e["offset"] + e["length"])
        for e in existing
        if e["type"] in ("code", "pre", "text_link", "text_mention")
    ]
    for m in _AUTO.finditer(text):
        kind = m.lastgroup or ""
        off = utf16_len(text[: m.start()])
        length = utf16_len(m.group(0))
        if any(a < off + length and off < b for a, b in taken):
            continue
        found.append({"type": kind, "offset": off, "length": length})
    return found


def format_text(
    text: str, parse_mode: str | None, entities: list[Entity] | None
) -> tuple[str, list[Entity]]:
    """Apply ``parse_mode`` (or explicit entities) and Telegram's auto-detection."""
    if entities:
        ents = [dict(e) for e in entities]
    elif parse_mode:
        mode = parse_mode.lower()
        if mode == "html":
            text, ents = parse_html(text)
        elif mode == "markdownv2":
            text, ents = parse_markdown_v2(text)
        elif mode == "markdown":
            text, ents = parse_markdown(text)
        else:
            raise bad_request(f"unsupported parse_mode {parse_mode!r}".replace("'", '"'))
    else:
        ents = []
    ents = ents + auto_entities(text, ents)
    ents.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, ents


def strip_trailing(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Telegram trims surrounding whitespace of message texts."""
    stripped = text.rstrip()
    lead = len(text) - len(text.lstrip())
    if lead:
        shift = utf16_len(text[:lead])
        stripped = stripped[lead:]
        for e in entities:
            e["offset"] = max(0, e["offset"] - shift)
    total = utf16_len(stripped)
    out = []
    for e in entities:
        if e["offset"] >= total:
            continue
        e["length"] = min(e["length"], total - e["offset"])
        if e["length"] > 0:
            out.append(e)
    return stripped, out
