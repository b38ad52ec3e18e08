"""Chinese / Arabic / mixed numeral parsing into ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_APPROX = {"多", "来", "余"}

NUM_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG) + "几廿卅"
# A numeral run: Arabic digits (with thousands separators / decimal point), Chinese
# numerals and the approximation markers 几/多/来/余 inside or right after the number.
# the 一 that begins a word (一直, 一分, 一个): after a sum it is no digit of it
_ONE_OF_A_WORD = r"一[直分起共个下次样定般天些点律切旦]"
NUM_RE = re.compile(
    # (队伍, 入伍, 收拾: the words, not a five or a ten written as on a cheque)
    r"(?!万一)(?!(?<=[队入落])伍|(?<=收)拾)(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|["
    + NUM_CHARS
    + r"])"
    # (四十多万一直不结, 42万一分不能少, 五千一个月; after a short tail, 两万八一分没给)
    r"(?:\d+(?:\.\d+)?|(?!(?<=[万千百多])"
    + _ONE_OF_A_WORD
    + r"|(?<=[万千\d][一二三四五六七八九两\d])"  # (1万2一直拖着, 3200一直不给)
    + _ONE_OF_A_WORD
    + r")["
    + NUM_CHARS
    + r"多来余])*"
)


@dataclass(frozen=True, slots=True)
class Range:
    """A stated quantity: ``low``–``high`` inclusive; ``approx`` when stated loosely."""

    low: int
    high: int
    approx: bool
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"low": self.low, "high": self.high, "approx": self.approx, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Range:
        return cls(int(d["low"]), int(d["high"]), bool(d["approx"]), str(d["text"]))  # type: ignore[call-overload]


def _arabic_mag(v: float) -> int:
    """Place value of the last non-zero digit of an integer (8000 → 1000, 120 → 10)."""
    n = int(v)
    if n <= 0 or n != v:
        return 1
    m = 1
    while n % 10 == 0:
        n //= 10
        m *= 10
    return m


def parse_number(s: str) -> tuple[float, float, bool] | None:
    """Parse a numeral run into (low, high, approx). None if it is not a number.

    Handles 35000, 3.5万, 三万五, 十几万, 两千多, 1万2, 一百二十多万, 六七十, 一两千, 万二.
    """
    # 廿 and 卅, as older and Cantonese hands write twenty and thirty (我們廿幾人)
    s = s.replace(",", "").replace("廿", "二十").replace("卅", "三十")
    if not s:
        return None
    total_lo = total_hi = 0.0  # completed 万/亿 sections
    sec_lo = sec_hi = 0.0  # current section below 万
    cur: tuple[float, float] | None = None  # pending digit(s)
    cur_is_cn_digit = False
    cur_at = 0  # where the pending digit(s) began
    last_unit = 1
    prev_kind = ""  # "digit", "small", "big", "zero", "approx"
    approx = False
    seen_digit = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isdigit():
            j = i
            while j < n and (s[j].isdigit() or s[j] == "."):
                j += 1
            try:
                v = float(s[i:j])
            except ValueError:
                return None
            if cur is not None:
                return None
            cur = (v, v)
            cur_at = i
            cur_is_cn_digit = False
            seen_digit = True
            prev_kind = "digit"
            i = j
            continue
        if c in _DIGITS or c == "几":
            if c == "几":
                lo_d, hi_d = (0.0, 9.0) if (sec_lo or total_lo) else (2.0, 9.0)
                approx = True
            else:
                lo_d = hi_d = float(_DIGITS[c])
            if lo_d == 0 and c != "几":
                prev_kind = "zero"
                i += 1
                continue
            seen_digit = True
            if cur is not None and c == "几" and not cur_is_cn_digit:
                # 40几 (typed for 四十几): 40-49
                if cur[0] == cur[1] and cur[0] >= 10 and cur[0] % 10 == 0 and cur[0] < 100:
                    cur = (cur[0], cur[0] + 9)
                    approx = True
                    i += 1
                    continue
                return None
            if cur is not None:
                # consecutive digits: 六七十, 一两千 → a range
                if cur_is_cn_digit and cur[0] == cur[1] and hi_d == cur[1] + 1:
                    cur = (cur[0], hi_d)
                    approx = True
                    i += 1
                    continue
                return None
            cur = (lo_d, hi_d)
            cur_at = i
            cur_is_cn_digit = True
            prev_kind = "digit"
        elif c in _SMALL:
            u = _SMALL[c]
            if cur is None:
                if u != 10:
                    return None
                cur = (1.0, 1.0)
                seen_digit = True
            sec_lo += cur[0] * u
            sec_hi += cur[1] * u
            cur = None
            last_unit = u
            prev_kind = "small"
        elif c in _BIG:
            u = _BIG[c]
            if cur is not None:
                sec_lo += cur[0]
                sec_hi += cur[1]
                cur = None
            if sec_lo == 0 and sec_hi == 0:
                if total_lo == 0 and i + 1 < n and (s[i + 1] in _DIGITS):
                    sec_lo = sec_hi = 1.0  # 万二
                else:
                    return None
            total_lo += sec_lo * u
            total_hi += sec_hi * u + (u - 1 if sec_hi > sec_lo else 0)
            sec_lo = sec_hi = 0.0
            last_unit = u
            prev_kind = "big"
        elif c in _APPROX:
            approx = True
            if cur is not None:
                lo, hi = cur
                mag = _arabic_mag(lo) if not cur_is_cn_digit else 1
                if cur_is_cn_digit and last_unit >= 100 and lo < 10 and _follows_unit(s, cur_at):
                    # 两万五多: the abbreviated tail (25,000 and more), not 20,005
                    mag = int(last_unit // 10)
                    lo, hi = lo * mag, hi * mag
                sec_lo += lo
                sec_hi += hi + mag - 1
                cur = None
            elif prev_kind == "big":
                total_hi += last_unit - 1
            elif prev_kind == "small":
                sec_hi += last_unit - 1
            prev_kind = "approx"
        else:
            return None
        i += 1
    if not seen_digit:
        return None
    if cur is not None:
        lo, hi = cur
        # abbreviated tail: 三万五 → 35000, 八千四 → 8400, 一百二 → 120, 一万八九 → 18000-19000
        if prev_kind == "digit" and last_unit >= 100 and lo < 10 and _follows_unit(s, cur_at):
            lo *= last_unit / 10
            hi *= last_unit / 10
        sec_lo += lo
        sec_hi += hi
    lo_v = total_lo + sec_lo
    hi_v = total_hi + sec_hi
    if hi_v < lo_v:
        hi_v = lo_v
    return lo_v, hi_v, approx


def _follows_unit(s: str, at: int) -> bool:
    """True when the digit(s) at ``at`` directly follow a unit character (no 零 between)."""
    return at > 0 and (s[at - 1] in _SMALL or s[at - 1] in _BIG)


def to_range(s: str, approx_ctx: bool = False) -> Range | None:
    r = parse_number(s)
    if r is None:
        return None
    lo, hi, approx = r
    return Range(round(lo), round(hi), approx or approx_ctx, s)
