"""Text normalisation (traditional → simplified, full-width → half-width) and masking."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

# pictographs and symbols, as a character-class range: what an emoji adds to a text
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"

# Traditional characters become simplified by OpenCC's t2s conversion (phrases first: 乾隆
# stays, 幹活 is 干活); what it leaves is mapped here: 噉 (Cantonese for 咁), 於 (kept by
# OpenCC as a surname, written by workers for 于)
_T2S: dict[int, str | int | None] = {ord("噉"): "咁", ord("於"): "于"}
# full-width ASCII → half-width, ideographic space → space
_T2S.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_T2S[0x3000] = " "
_T2S[ord("￥")] = "¥"


# Cantonese written forms → Mandarin, so that one set of rules reads both (冇签合同 is
# 没签合同, 走佬咗 is 跑路了). Words first, then single characters that have no other use.
_YUE_WORDS = {
    "走佬": "跑路",
    "而家": "现在",
    "呢度": "这里",
    "边度": "哪里",
    "点算": "怎么办",
    "冇得": "没有",
    "唔该": "请",
    # 粮 is the pay packet: 出粮 is paying wages, 拖粮 owing them, 粮 the wage itself
    "出粮": "发工资",
    "拖粮": "拖欠工资",
    "粮钱": "工资",
    "粮出": "发工资",  # 冇粮出
    "个月粮": "个月工资",  # 两个月粮
    "执笠": "倒闭",
    "系咩嚟": "是什么",
    "判头": "包工头",
    "老细": "老板",
    "事头": "老板",
    "地盘": "工地",
    "拖数": "拖欠",
    "返工": "上班",
    "做嘢": "干活",
    "几多": "多少",
}
_YUE_WORD_RE = re.compile("|".join(_YUE_WORDS))
_YUE_CHARS = str.maketrans(
    {
        "冇": "没",
        "咗": "了",
        "嘅": "的",
        "喺": "在",
        "哋": "们",
        "佢": "他",
        "唔": "不",
        "俾": "给",
        "畀": "给",
        "嗰": "那",
        "嚟": "来",
        "攞": "拿",
        "揾": "找",
        "搵": "找",
        "睇": "看",
        "咩": "什么",
        "乜": "什么",
    }
)
# 系 is 是 after a pronoun or adverb (我系班组长), never in 关系, 联系, 系统
_YUE_SHI = re.compile(r"(?<=[我你他她们都就不也])系(?!统|列)")
# 话 is 说 after the one speaking (老细话, 项目部话, 施工单位话), not in 电话 or 话费
_YUE_SAID = re.compile(r"(?<=[板细部位方头甲])话(?!费)")


# Workers who type in pinyin ("xiangmubu qian gongzi", "boss paolu le"): the words of a
# wage claim, whole Latin words only (qian alone is 欠: 钱 is said as "qian" too rarely
# before a number or a wage word to matter)
_PINYIN = {
    "gongzi": "工资",
    "gongqian": "工钱",
    "qian": "欠",
    "tuoqian": "拖欠",
    "laoban": "老板",
    "boss": "老板",
    "baogongtou": "包工头",
    "gongtou": "工头",
    "xiangmubu": "项目部",
    "gongdi": "工地",
    "mugong": "木工",
    "gangjin": "钢筋",
    "paolu": "跑路",
    "ge yue": "个月",
    "meiqian": "没钱",
    "mei qian": "没钱",
    "wo": "我",
    "women": "我们",
    # typed a syllable at a time
    "gong zi": "工资",
    "gong qian": "工钱",
    "tuo qian": "拖欠",
    "lao ban": "老板",
    "bao gong tou": "包工头",
    "gong tou": "工头",
    "xiang mu bu": "项目部",
    "gong di": "工地",
    "bu gei": "不给",
    "mei gei": "没给",
    "pao lu": "跑路",
    "kaifashang": "开发商",
    "kai fa shang": "开发商",
    "zongbao": "总包",
    "zong bao": "总包",
    "jiafang": "甲方",
    "jia fang": "甲方",
    "qian qian": "欠钱",
    "meiren guan": "没人管",
    "mei ren guan": "没人管",
    "banzuzhang": "班组长",
    "ban zu zhang": "班组长",
    "wagong": "瓦工",
    "wa gong": "瓦工",
    "ge ren": "个人",
    "qianxin": "欠薪",
    "qian xin": "欠薪",
    "zhijin": "至今",
    "mei qian he tong": "没签合同",
    "mei qian hetong": "没签合同",
    "meiyou qian hetong": "没有签合同",
    "gongzika": "工资卡",
    "shouli": "手里",
    "he tong": "合同",
    "hetong": "合同",
    "gong zi ka": "工资卡",
    "shou li": "手里",
    "ban zhang": "班长",
    "du zhe": "堵着",
    "da qi lai": "打起来",
    "menkou": "门口",
    "banzhang": "班长",
}
# 三个月 typed as "san ge yue"
_PINYIN.update(
    {
        f"{py} ge yue": f"{zh}个月"
        for py, zh in zip(
            ["yi", "liang", "san", "si", "wu", "liu", "qi", "ba", "jiu", "shi"],
            "一两三四五六七八九十",
            strict=True,
        )
    }
)
_HAS_LATIN_WORD = re.compile(r"[a-z]{2,}")
_PINYIN_RE = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(_PINYIN, key=len, reverse=True)) + r")(?![a-z])"
)

# chat shorthand for amounts: 2w is 2万, 3.5k is 3.5千 (not in km, kg, kw…)
_SLANG_UNITS = {"w": "万", "k": "千", "蚊": "块"}  # 三千蚊: Cantonese for 三千块
_SLANG_UNITS["wan"] = "万"  # 1 wan 5, 2wan
_SLANG_UNIT = re.compile(r"(?<=\d)[wk](?![a-z])|(?<=[\d十百千万几两])蚊|(?<=\d) ?wan(?![a-z])")


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    import opencc  # ~25 ms to load: LeadAnalyzer.warm_up calls this, off the event loop

    return opencc.OpenCC("t2s").convert


# slips of pinyin input seen in every region: lao wu (劳物, 老务), zu typed as zhu, xiang
# typed as the wrong xiang
_SLIPS = {
    "劳物": "劳务",
    "老务": "劳务",
    "班主长": "班组长",
    "相目部": "项目部",
    "项木部": "项目部",
    "项幕部": "项目部",
    "项慕部": "项目部",
    "开发上没": "开发商没",
    "劳务公斯": "劳务公司",
    "十好几": "十几",  # 十好几个木工: more than ten, as the north says it
}
_SLIPS_RE = re.compile("|".join(_SLIPS))


def normalize(text: str) -> str:
    """Simplified characters, Mandarin for Cantonese written forms, half-width ASCII,
    lower-case Latin, single spaces (none between words typed with a space after each)."""
    t = _to_simplified()(text).translate(_T2S).lower()
    t = _YUE_WORD_RE.sub(lambda m: _YUE_WORDS[m.group(0)], t).translate(_YUE_CHARS)
    t = _YUE_SHI.sub("是", t)
    t = _YUE_SAID.sub("说", t)
    t = _SLIPS_RE.sub(lambda m: _SLIPS[m.group(0)], t)
    t = _SLANG_UNIT.sub(lambda m: _SLANG_UNITS[m.group(0).strip()], t)
    if _HAS_LATIN_WORD.search(t):
        t = _PINYIN_RE.sub(lambda m: _PINYIN[m.group(0)], t)
    return _joined_if_word_spaced(re.sub(r"\s+", " ", t).strip())


# 我 朋友 在 这 干活 跟 我 借 了 八千: a space typed after every word, not between clauses
# (the words are joined where both are short; a site's name before them stays apart)
_JOINABLE = re.compile(r"[\u4e00-\u9fff\d]{1,3}")


def _joined_if_word_spaced(t: str) -> str:
    pieces = t.split(" ")
    words = [p for p in pieces[1:] if _JOINABLE.match(p)]  # (the first is often the site's name)
    if len(words) < 6 or sum(map(len, words)) > 2 * len(words):
        return t
    out = [pieces[0]]
    for prev, piece in pairwise(pieces):
        both_short = _JOINABLE.fullmatch(prev) and _JOINABLE.fullmatch(piece)
        digits = prev[-1:].isdigit() and piece[:1].isdigit()  # 139 5791: a phone number
        if both_short and not digits:
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


_ID_RE = re.compile(
    r"(?<![0-9])([1-9]\d{5})((?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3})([0-9xX])(?![0-9])"
)
_BANK_RE = re.compile(r"(?<![0-9])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![0-9])")
_MOBILE_RE = re.compile(r"(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])")


def _star(s: str) -> str:
    return re.sub(r"\d", "*", s)


def mask_sensitive(text: str) -> str:
    """Mask identity-card, bank-card and mobile numbers: keep the first 3 and last 4 digits.

    Identity cards (18 characters, the last may be X), bank cards (16–19 digits, possibly
    grouped with spaces or hyphens) and mainland mobile numbers (1[3-9] + 9 digits).
    """

    def id_sub(m: re.Match[str]) -> str:
        s = m.group(0)
        return s[:3] + "*" * (len(s) - 7) + s[-4:]

    def bank_sub(m: re.Match[str]) -> str:
        s = m.group(0)
        digits = [i for i, c in enumerate(s) if c.isdigit()]
        if not 16 <= len(digits) <= 19:
            return s
        keep = set(digits[:3] + digits[-4:])
        return "".join(c if (i in keep or not c.isdigit()) else "*" for i, c in enumerate(s))

    def mobile_sub(m: re.Match[str]) -> str:
        return m.group(1) + "****" + m.group(3)

    text = _ID_RE.sub(id_sub, text)
    text = _BANK_RE.sub(bank_sub, text)
    return _MOBILE_RE.sub(mobile_sub, text)
