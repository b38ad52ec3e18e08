"""Near-duplicate index: blocked by site, inverted on party/trade/kind keys and MinHash minima."""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nlp.analyzer import (
    ANOTHER,
    APART,
    BALANCE,
    LABOUR_FIRM,
    LAST_YEARS_WAGES,
    NOT_THE_LABOUR_FIRM,
    OWED_TOO,
    PAID_THIS_YEAR,
    PLACE_KEY,
    SKETCH_K,
    STARTED_LAST_YEAR,
    SUBLET_FIRM,
    TENTATIVE,
    Understanding,
)
from nlp.facts import other_parts, sound

POSTING_CAP = 16  # most recent cases kept per (block, feature) posting list
SIGS_PER_CASE = 6  # lead signatures kept per case
THRESHOLD = 1.5
# Reports without a site (no QR code) share one block: "" when nothing else is known, or
# "nosite:<reporter>" as the service blocks them. Between two reporters such a merge needs
# the same man named in full, or the same man or firm and a rare word of the place in both.
NO_SITE = "nosite:"
_UNSITED = "\x00unsited"

_KIND_CODE = {"il": 1, "rn": 2, "tl": 3, "co": 4, "nc": 5}
# compatibility bonus between owing-party kinds (symmetric)
_KIND_BONUS = {
    (1, 1): 1.5,
    (2, 2): 1.5,
    (3, 3): 1.5,
    (4, 4): 1.5,
    (5, 5): 1.5,
    (1, 3): 0.75,
    (1, 4): 0.25,
    (3, 4): 0.0,
}


_TL = _KIND_CODE["tl"]
_NC = _KIND_CODE["nc"]
# evidence weights (see pair_score)
W_PERSON, W_NAME, W_COMPANY, W_TRADE, W_SKETCH = 3.0, 0.5, 3.0, 1.0, 2.0
W_SAME_PERIOD, W_OTHER_PERIOD = 0.5, -1.0
W_UNNAMED_LEADER = -0.5  # one report names the team leader, the other does not
W_OTHER_ASPECT = -1.5  # real-name: a withheld wage card vs a contract never signed
# Both stated headcounts disagree and so do both stated stretches of arrears: another crew
# and another stretch. Either alone is common in two reports of one arrears (a worker
# counts his own group, or the months since his own last pay); in the labelled sets both
# together never are (0 of 11 duplicate pairs stating both, 20 of 29 other same-site pairs).
W_OTHER_CREW = -1.0
# last year's wages still owed (去年的钱到现在没给) against a report that tells no time: maybe
# the same arrears, maybe this year's; it needs evidence, and a report of this year's
# arrears of the man, where there is one, is the likelier case
W_LAST_YEAR_VS_UNTIMED = -1.5
W_FIRM_AS_WRITTEN = 0.25  # the same firm written with the same characters, not only sounds
W_FIRM = 1.0  # both blame a labour company and nothing tells the firms apart
W_STOPPED = 1.25  # both tell of the project stopping / its money drying up
# Owing parties of which a site has one: its general contractor / project department, or,
# outside construction, the workplace itself. Two reports of these kinds at one site name
# the same party by the site alone. Team leaders, labour subcontractors, illegal
# subcontractors and real-name grievances are many per site: for them (and across kinds)
# a merge needs positive evidence, never just the absence of a contradiction.
_SITE_PARTY = frozenset({_KIND_CODE["co"], _KIND_CODE["nc"]})
# Kinds whose story runs through the project's money: a contractor that has none, an
# illegal subcontracting chain under it. A stoppage told in two such reports is one event.
_PROJECT_KINDS = frozenset({_KIND_CODE["il"], _KIND_CODE["co"]})
# Kinds of which a site has many: team leaders and the subcontractors of illegal chains
_LEADER_KINDS = frozenset({_TL, _KIND_CODE["il"]})
# Matters never told together in the session-3 labelled sets (1,771 same-site pairs): a
# real-name grievance (wage card, contract, attendance) is its own matter even against
# arrears by the same man (0 of 297 pairs; later sets join one that tells of the arrears
# it caused), and a team leader's arrears are never the contractor's (0 of 297).
_RN = _KIND_CODE["rn"]
_CO = _KIND_CODE["co"]
_LEADER_VS_CONTRACTOR = {_TL, _CO}
_IL = _KIND_CODE["il"]
_CHAIN_VS_CONTRACTOR = {_IL, _KIND_CODE["co"]}
SKETCH_SAME = 0.4  # estimated text Jaccard from which two reports count as the same story


@dataclass(slots=True, frozen=True)
class _Sig:
    kind: int
    persons: frozenset[str] | None  # "p:<surname>"
    names: frozenset[str] | None  # "<full name>" (surname + given name)
    maybe: frozenset[str] | None  # "q:" three characters that may be a full name
    companies: frozenset[str] | None
    # firms it says it is not about, typed as companies; men whose crews it is not of ("n:")
    disowned: frozenset[str] | None
    firm_chars: int  # its first firm's core as written, hashed (鼎胜 is not 鼎盛); 0: none
    aliases: frozenset[str] | None  # "c2:": the firm's own name after a longer one's first two
    trades: frozenset[str] | None
    aspects: frozenset[str] | None  # real-name grievances ("a:card", "a:contract", …)
    months: float | None  # how long wages have been owed
    start: int | None  # the calendar month the arrears started in
    started_last_year: bool  # … in last year (从去年八月份开始)
    span: int  # the months of a closed stretch of arrears (3月到5月), one bit each (0: none)
    years: frozenset[str] | None  # "y:<year>": the years whose wages it is about
    when: str | None  # "now" / "past": this year's work only, or last year's only
    parts: frozenset[str] | None  # "期:二", "标段:一": the phases and sections it names
    old: bool
    last_years: bool  # old only by last year's wages still owed (去年的工资), not as a job
    balance: bool  # … a balance of them (去年的 还差两万多)
    gone: bool  # the owing party ran off / cannot be reached
    stop: bool  # the project stopped / ran out of money
    another: bool  # 是另一家施工单位: a contractor other than the site's main one
    apart: bool  # 这是另一回事: not the matter others report
    paid_this_year: bool  # 今年的工资倒是有发
    workers_low: int  # headcount stated, low and high bound (0: not stated)
    workers_high: int
    amount_low: int  # yuan stated, low and high bound (0: not stated)
    amount_high: int
    tentative: bool  # classed not_wage for want of a wage word: positive evidence only
    firm: bool  # the owing party is a labour company: many crews, many trades
    sublet: bool  # the job was sublet to a company (分包给没有资质的绿化公司)
    owed: bool  # a real-name grievance told with the arrears it caused
    places: frozenset[str] | None  # rare words of a report without a site (汨罗, 防洪堤)
    sketch: bytes  # SKETCH_K uint32 little-endian


def _keys(u: Understanding, prefix: str) -> frozenset[str] | None:
    return frozenset(k for k in u.dup_keys if k.startswith(prefix)) or None


def _disowned(u: Understanding) -> frozenset[str] | None:
    """The firms a report says it is not about, typed as companies, the men ("n:") whose
    crews it says it is not of, and the site's labour company (LABOUR_FIRM) when it says
    it is not its crew."""
    firms = _as_typed(frozenset("c:" + k[2:] for k in u.dup_keys if k.startswith("x:")), True)
    men = frozenset("n:" + k[3:] for k in u.dup_keys if k.startswith("xn:"))
    men |= _as_typed(frozenset("p:" + k[3:] for k in u.dup_keys if k.startswith("xp:"))) or set()
    if NOT_THE_LABOUR_FIRM in u.dup_keys:
        men |= {LABOUR_FIRM}  # (told as a crew it is not of, beside the men's)
    return (firms | men if firms else men) or None


def _sig(u: Understanding) -> _Sig | None:
    kind = _KIND_CODE.get(u.dup_kind, 0)
    if not kind:
        return None
    names = frozenset(k[2:] for k in u.dup_keys if k.startswith("n:")) or None
    maybe = frozenset(k[2:] for k in u.dup_keys if k.startswith("q:")) or None
    months = next((float(k[2:]) for k in u.dup_keys if k.startswith("m:")), None)
    start = next((int(k[2:]) for k in u.dup_keys if k[:2] == "s:" and k[2:].isdigit()), None)
    span = next((_month_bits(k[2:]) for k in u.dup_keys if k.startswith("r:")), 0)
    sk = array("I", u.dup_sketch[:SKETCH_K]).tobytes()
    w, amt = u.facts.workers, u.facts.amount
    wl, wh = (w.low, w.high) if w else (0, 0)
    al, ah = (amt.low, amt.high) if amt else (0, 0)
    return _Sig(
        kind,
        _as_typed(_keys(u, "p:")),
        names,
        maybe,
        _as_typed(_keys(u, "c:"), loose=True),
        _disowned(u),
        next((zlib.crc32(k.encode()) for k in u.dup_keys if k.startswith("c:")), 0),
        _as_typed(frozenset("c:" + k[3:] for k in u.dup_keys if k.startswith("c2:")), True),
        _trades_with_kin(_keys(u, "t:")),
        _keys(u, "a:"),
        months,
        start,
        STARTED_LAST_YEAR in u.dup_keys,
        span,
        _keys(u, "y:"),
        next((k[2:] for k in u.dup_keys if k.startswith("w:")), None),
        frozenset(k[3:] for k in u.dup_keys if k.startswith("ph:")) or None,
        "old" in u.dup_keys,
        LAST_YEARS_WAGES in u.dup_keys,
        BALANCE in u.dup_keys,
        "e:gone" in u.dup_keys,
        "e:stop" in u.dup_keys,
        ANOTHER in u.dup_keys,
        APART in u.dup_keys,
        PAID_THIS_YEAR in u.dup_keys,
        wl,
        wh,
        al,
        ah if ah != al else al,  # one int object when exact: lighter at 1M stored leads
        TENTATIVE in u.dup_keys,
        LABOUR_FIRM in u.dup_keys,
        SUBLET_FIRM in u.dup_keys,
        OWED_TOO in u.dup_keys,
        frozenset(k[3:] for k in u.dup_keys if k.startswith(PLACE_KEY)) or None,
        sk,
    )


def _month_bits(span: str) -> int:
    """Months 3, 4 and 5 as bits for "3-5"; "11-2" runs over the new year."""
    first, last = (int(x) for x in span.split("-"))
    months = range(first, last + 1) if first <= last else [*range(first, 13), *range(1, last + 1)]
    return sum(1 << m for m in months)


def _simplified(ch: str) -> bool:
    try:
        ch.encode("gb2312")  # the simplified character set: no traditional character in it
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=4096)
def _sounds(ch: str) -> frozenset[str]:
    """The toneless readings of a character (栋 and 东 are both "dong")."""
    from pypinyin import Style, pinyin  # imported by LeadAnalyzer.warm_up, off the loop

    readings = pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
    return frozenset(_loosened(r) for r in readings)


def _loosened(reading: str) -> str:
    """A reading as much of the country says it: zh/z, ch/c, sh/s, n/l, -ng/-n (马占山,
    马占三), p/b, t/d, k/g."""
    return _LOOSE_FINAL.sub("n", _LOOSE_INITIAL.sub(_loose_initial, reading))


_LOOSE_INITIAL = re.compile(r"^(?:zh|ch|sh|n|p|t|k)")
_LOOSE_FINAL = re.compile(r"(?<=[aei])ng$")
# n/l; aspirated as plain (孙海坡 for 孙海波: the character guessed from its part 皮)
_LOOSE_AS = {"n": "l", "p": "b", "t": "d", "k": "g"}


def _loose_initial(m: re.Match[str]) -> str:
    return _LOOSE_AS.get(m.group(0), m.group(0)[0])


# a welder works in a steel-structure or a pipe crew: 焊工 and 钢结构 tell one crew apart
# from nobody
_TRADE_KIN = {
    "t:电焊": frozenset({"t:钢结构", "t:管道"}),
    # paving a square with tiles or with stone is one crew's work
    "t:石材": frozenset({"t:瓷砖"}),
    "t:瓷砖": frozenset({"t:石材", "t:砌筑"}),
    # a bricklaying crew tiles and plasters too (砌墙班组, 贴砖的, 泥工)
    "t:砌筑": frozenset({"t:瓷砖", "t:抹灰"}),
}


def _trades_with_kin(trades: frozenset[str] | None) -> frozenset[str] | None:
    if not trades:
        return None
    return trades.union(*(_TRADE_KIN.get(t, ()) for t in trades))


def _as_typed(keys: frozenset[str] | None, loose: bool = False) -> frozenset[str] | None:
    """Keys ("p:谭", "c:川键") as pinyin input types them: 谭 and 覃 are both "tan",
    川键路桥 is 川建路桥. ``loose``: as much of the country says them too (津冰 for 津滨), for
    firms' names; two surnames a region says alike stay two."""
    if not keys:
        return None
    read = (lambda ch: _loosened(sound(ch))) if loose else sound
    typed = {k[:2] + "".join(read(ch) for ch in k[2:]) for k in keys}
    typed.update("p:" + r for k in keys if k[:2] == "p:" for r in _SURNAME_READINGS.get(k[2:], ()))
    return frozenset(typed)


def _same_person(a: str, b: str) -> bool:
    """Full names agree when one is the other or begins it (吴刚 / 吴刚跑 from loose text);
    a character outside the simplified set (a traditional or rare one that normalisation
    did not map) matches any character, and so does one that sounds the same: workers
    type with pinyin input, so 刘国东 is 刘国栋 mistyped, 马占三 is 马占山, 张建军 is not
    张建国."""
    if a.isascii() or b.isascii():  # typed in pinyin ("guo-wen-bin")
        if a.isascii() and b.isascii():
            return a == b
        return _spelled_alike(b, a) if a.isascii() else _spelled_alike(a, b)
    return all(
        x == y
        or not (_simplified(x) and _simplified(y))
        or bool(_sounds(x) & _sounds(y))
        or x + y in _SHAPE_ALIKE
        for x, y in zip(a, b, strict=False)
    )


# characters one slip of handwriting input apart, in names: 王顺样 is 王顺祥, 刀 is 刁
_SHAPE_ALIKE = frozenset(
    p + q for p, q in ("祥样", "刁刀", "书舒", "约哟") for p, q in ((p, q), (q, p))
)
# surnames read two ways: 覃 is "tan" in the north and "qin" in Guangxi (覃志强, 秦志强);
# 刁 is written for 刀 (the Dai surname) one slip of the pen away
_SURNAME_READINGS = {
    "覃": ("tan", "qin"),
    "仇": ("qiu", "chou"),
    "刁": ("diao", "dao"),
    "缪": ("miao", "miu"),  # 缪 is Miao as a surname (妙建华 typed for 缪建华)
    "繆": ("miao", "miu"),
    "区": ("qu", "ou"),  # 区 is Ou as a surname in Guangdong (欧达成, 区达成)
    "乐": ("yue", "le"),  # 乐 is Yue as a surname too (老乐 of 岳建华's crew)
}


def _surname_sounds(name: str) -> tuple[str, ...]:
    if name.isascii():
        return (name.split("-")[0],)
    return _SURNAME_READINGS.get(name[0]) or (sound(name[0]),)


def _names_agree(a: frozenset[str], b: frozenset[str], surnames: frozenset[str]) -> bool | None:
    """True: a full name in both; False: both give full names for every shared surname and
    none of them agree (张建国 vs 张建军); None: nothing to compare (老张 vs 张建国)."""
    verdict: bool | None = None
    for p in surnames:
        sa = [n for n in a if p[2:] in _surname_sounds(n)]
        sb = [n for n in b if p[2:] in _surname_sounds(n)]
        if not sa or not sb:
            return True if verdict else None
        if any(_same_person(x, y) for x in sa for y in sb):
            return True
        verdict = False
    return verdict


def _spelled_alike(name: str, typed: str) -> bool:
    """A name in characters (郭文斌) and one typed in pinyin ("guo-wen-bin") sound alike."""
    sylls = typed.split("-")
    return len(sylls) == len(name) and all(
        _loosened(s) in _sounds(ch) for s, ch in zip(sylls, name, strict=True)
    )


def _same_named(a: _Sig, b: _Sig) -> bool:
    """Both name the same man in full (王德贵 and 王德桂, typed alike)."""
    return bool(
        a.persons
        and b.persons
        and a.names
        and b.names
        and _names_agree(a.names, b.names, a.persons & b.persons)
    )


def _named_in_passing(a: _Sig, b: _Sig) -> bool:
    """One names a man in full; the other has the same name only in passing, or typed it
    in pinyin."""
    return bool(
        (a.names and b.maybe and any(_same_person(x, y) for x in a.names for y in b.maybe))
        or (b.names and a.maybe and any(_same_person(x, y) for x in b.names for y in a.maybe))
    )


def _firm_in_his_name(a: _Sig, b: _Sig) -> bool:
    """One blames a firm named after the man the other names in full (金生劳务 and
    刘金生): a labour boss's company takes his given name."""

    def his_firm(firm: _Sig, man: _Sig) -> bool:
        # his given name typed as a firm's core is: by sound, loosely
        given = _as_typed(frozenset("c:" + n[-2:] for n in man.names or () if len(n) == 3), True)
        return bool(firm.companies and given and firm.companies & given)

    return his_firm(a, b) or his_firm(b, a)


def _leader_in_passing(a: _Sig, b: _Sig) -> bool:
    """The contractor's report of the two names in passing a man of the surname the other
    (a team leader's or an illegal chain's) blames (乌志明 水电的 欠我 beside 邬志明, 老邬):
    told without his role, it was taken for the contractor's."""
    co, man = (a, b) if a.kind == _CO else (b, a)
    return bool(
        co.maybe
        and man.persons
        and any("p:" + s in man.persons for name in co.maybe for s in _surname_sounds(name))
    )


def _jaccard(a: bytes, b: bytes) -> float:
    """Bottom-k estimate of the Jaccard similarity of two sketches (``a``: the new lead's,
    the same for every pair of one lookup, so read once)."""
    if not a or not b:
        return 0.0
    ha = _hashes(a)
    hb = array("I", b)
    common = ha.intersection(hb)
    if not common:
        return 0.0
    # bottom-k of the union: the k smallest of both sketches
    cut = sorted(ha.union(hb))[:SKETCH_K]
    return len(common.intersection(cut)) / len(cut)


@lru_cache(maxsize=64)
def _hashes(sketch: bytes) -> frozenset[int]:
    return frozenset(array("I", sketch))


def _overlap(a_low: int, a_high: int, b_low: int, b_high: int, slack: float = 0.0) -> bool:
    """Two stated quantities agree, within ``slack`` of the larger; 0 is not stated."""
    if not (a_low and b_low):
        return False
    return a_low <= b_high * (1 + slack) and b_low <= a_high * (1 + slack)


def _firms_agree(a: _Sig, b: _Sig) -> bool:
    """Both name a firm and the names agree: the same first two characters (鑫泰劳务,
    鑫泰), or one's own name is the other's (陇建恒远建设 and 恒远建设)."""
    if not (a.companies and b.companies):
        return False
    return bool(
        a.companies & b.companies
        or (a.aliases and a.aliases & b.companies)
        or (b.aliases and b.aliases & a.companies)
    )


def _named(s: _Sig) -> bool:
    return bool(s.persons or s.companies)


def _firm_vs_man(a: _Sig, b: _Sig) -> bool:
    """One names only a firm, the other only a man (老赵, 赵国强)."""
    return bool(
        (a.companies and not a.persons and b.persons and not b.companies)
        or (b.companies and not b.persons and a.persons and not a.companies)
    )


def _unsited_match(a: _Sig, b: _Sig) -> bool:
    """Two reports without a site tell of one party in one place: the same man named in
    full (卢元堂, 卢元塘), or the same man or firm and a rare word of the place in both
    (许老板 at 汨罗产业园, 包工头许伏生 at 汨罗循环经济产业园)."""
    if _same_named(a, b):
        return True
    same_party = (
        bool(a.persons and b.persons and a.persons & b.persons)
        or _firms_agree(a, b)
        # 峨山白建国 包工头 beside 包工头白建国: his name told in passing, in one place
        or _named_in_passing(a, b)
    )
    return (
        same_party
        and a.places is not None
        and b.places is not None
        # 富家桥 and 富家桥镇: one place, written out more or less fully
        and any(x in y or y in x for x in a.places for y in b.places)
    )


def _facts_agree(a: _Sig, b: _Sig) -> bool:
    """Every fact both state agrees: headcount, stretch of arrears, start month."""
    w = (a.workers_low, a.workers_high, b.workers_low, b.workers_high)
    if a.workers_low and b.workers_low and not _overlap(*w, 0.1):
        return False
    if a.months is not None and b.months is not None and abs(a.months - b.months) > 0.5:
        return False
    return a.start is None or b.start is None or a.start == b.start


def _other_matter(a: _Sig, b: _Sig) -> bool:
    """One is a real-name grievance that tells of no wages owed, the other is not a
    real-name grievance: two matters (a withheld wage card vs the same man's arrears)."""
    if (a.kind == _RN) == (b.kind == _RN):
        return False
    rn = a if a.kind == _RN else b
    return not rn.owed


def _last_years_both(a: _Sig, b: _Sig) -> bool:
    """去年的工资 (told as an earlier job) and 去年9月到年底的 (last year's stretch): one
    arrears, unless the earlier job names a year of its own (2023年 … 尾款)."""
    old, fresh = (a, b) if a.old else (b, a)
    # (佟立新去年的账 2024年秋天干的 and 去年（2024年）的钱: the same year named in both)
    return fresh.when == "past" and (not old.years or old.years == fresh.years)


def _last_years_vs_untimed(a: _Sig, b: _Sig) -> bool:
    """去年的钱到现在没给 and a report that tells no time (王德胜 钢筋 俺的9千): no
    contradiction; against 今年的, 3月到7月 or a job told as an earlier one there is."""
    old, fresh = (a, b) if a.old else (b, a)
    # (从去年八月份开始做的 … 一直拖: running since last year, last year's wages among them)
    started = fresh.start is not None and not fresh.started_last_year
    return old.last_years and not (fresh.when or fresh.years or started)


def _balance_left(a: _Sig, b: _Sig) -> bool:
    """A balance of last year's wages (去年下半年的 还差两万多) against a report of wages
    owed that tells no balance: the old balance is its own matter."""
    old, fresh = (a, b) if a.old else (b, a)
    # (罗永强 去年的工资 还差我九千五 beside 罗老板 也欠我的: his balance, the same man)
    return old.balance and not fresh.balance and not (a.persons and b.persons)


def _chain_vs_his_crew(a: _Sig, b: _Sig) -> bool:
    """分给了个体户 (a chain, its man unnamed) vs 带班的鞠承宝 (a team leader named): a trade
    shared does not make the man the job was sublet to the crew's named leader."""
    if {a.kind, b.kind} != {_IL, _TL}:
        return False
    chain, crew = (a, b) if a.kind == _IL else (b, a)
    return not _named(chain) and bool(crew.persons)


def _disowns(a: _Sig, b: _Sig) -> bool:
    """``a`` said it is not about ``b``'s firm. Where ``a``'s own firm sounds like the one it
    disowned (鼎胜劳务 不是那个鼎盛), only the characters tell ``b``'s apart. Nor is ``a`` about
    the crew of a man it disowns (不是叶尔兰那个班的) when ``b`` names him."""
    if a.disowned and b.firm and LABOUR_FIRM in a.disowned:
        return True  # 不是劳务公司那边的: not the labour company's crew
    if a.disowned and b.persons and a.disowned & b.persons:
        return True  # 跟韦老板不是一伙的: not the crew of the 韦 the other blames
    if a.disowned and b.persons and not b.names:
        # 不是张红军 vs 张老板 包工头: the man disowned, told by his surname only
        theirs = _as_typed(frozenset("p:" + d[2] for d in a.disowned if d[:2] == "n:"))
        if theirs and theirs & b.persons and not (a.persons and a.persons & theirs):
            return True
    if a.disowned and b.names:
        men = [d[2:] for d in a.disowned if d[:2] == "n:"]
        if any(_same_person(x, y) for x in men for y in b.names):
            return True
    if not (a.disowned and b.companies and a.disowned & b.companies):
        return False
    if a.companies and a.companies & b.companies:
        return a.firm_chars != b.firm_chars
    return True


def _owed_this_year(a: _Sig, b: _Sig) -> bool:
    """``a`` says this year's wages were paid; ``b`` tells months owed, not as last year's."""
    return a.paid_this_year and not b.paid_this_year and bool(b.span) and b.when != "past"


def _started_after(a: _Sig, b: _Sig) -> bool:
    """``b``'s arrears started this year after ``a``'s stretch ended (a worker who started
    before another's stretch may be owed it too)."""
    if not a.span or b.start is None or b.span or b.started_last_year or b.when != "now":
        return False
    months = [m for m in range(1, 13) if a.span >> m & 1]
    if len(months) == 12:
        return False  # 1月到12月: no month after it this year
    first = next(m for m in months if not a.span >> (m - 1 if m > 1 else 12) & 1)
    last = next(m for m in months if not a.span >> (m + 1 if m < 12 else 1) & 1)
    return b.start > last and (first <= last or b.start < first)


def contradicts(a: _Sig, b: _Sig, his_case: bool = False) -> bool:
    """Two reports that cannot tell the same arrears: another named team leader, company
    or trade; an earlier finished job against a current one; construction against not.

    ``his_case``: ``b`` belongs to a case another report of which names ``a``'s man in
    full; then another trade is no contradiction (his carpenters and his steel fixers)."""
    if (a.kind == _NC) != (b.kind == _NC):
        return True
    if a.apart != b.apart:
        return True  # 王建军 这是另一回事: his other job, not the one reported
    if a.old != b.old and not (
        _last_years_both(a, b) or (_last_years_vs_untimed(a, b) and not _balance_left(a, b))
    ):
        return True  # an earlier job against this one
    if a.years and b.years and not a.years & b.years:
        return True  # 2024年的工钱 vs 2025年的工资: another year's arrears
    if a.when and b.when and a.when != b.when:
        return True  # 今年的活 vs 是去年的账: this year's arrears and last year's
    if (a.years and not a.when and b.when == "now") or (b.years and not b.when and a.when == "now"):
        return True  # 2024年一整年的工资 vs 今年1到6月的: a year named is not told as this one
    if _owed_this_year(a, b) or _owed_this_year(b, a):
        return True  # 今年的工资倒是有发 vs 三月到六月的: this year's months are owed
    if a.span and b.span and not a.span & b.span:
        return True  # 3月到5月 vs 今年9月10月的: another stretch of arrears
    if _started_after(a, b) or _started_after(b, a):
        return True  # 去年10月到今年1月 vs 今年三月开工以后…三月到现在: another stretch
    if a.parts and b.parts and other_parts(a.parts, b.parts):
        return True  # 一标段 vs 二标段: another section's contractor and crews
    if not (a.tentative or b.tentative) and (  # a tentative kind is a guess
        _other_matter(a, b)
        or ({a.kind, b.kind} == _LEADER_VS_CONTRACTOR and not _leader_in_passing(a, b))
    ):
        return True
    if (
        {a.kind, b.kind} == _CHAIN_VS_CONTRACTOR
        and (
            (chain := a if a.kind == _IL else b).persons
            or chain.gone
            or (
                chain.trades
                and not (b if chain is a else a).trades
                and not (a.companies and b.companies and _firms_agree(a, b))
            )
        )
        and not _leader_in_passing(a, b)
    ):
        # 借资质做的 老板姓吴 欠我们, 挂靠的公司 实际老板跑了 vs 施工单位欠钱: the man (named,
        # or gone), not the contractor
        return True
    same_man = False
    if a.persons and b.persons:
        shared = a.persons & b.persons
        agree = _names_agree(a.names, b.names, shared) if a.names and b.names else None
        if not shared or agree is False:
            return True
        same_man = bool(agree)
    if a.companies and b.companies and not _firms_agree(a, b):
        return True
    if _disowns(a, b) or _disowns(b, a):
        return True  # 鄂西路桥 to a report that said 不是鄂西路桥
    if a.another != b.another and not _firms_agree(a, b):
        return True  # 景观工程是另外一个施工单位: not the site's main contractor
    # a team leader's crew is of one trade; the contractor, a labour company and a man
    # named in full in both (邹建军 with his carpenters and his steel fixers) owe several
    return bool(
        a.trades
        and b.trades
        and not (a.trades & b.trades)
        and not (a.kind in _SITE_PARTY and b.kind in _SITE_PARTY)
        and not (a.firm and b.firm)
        and not same_man
        and not his_case
    )


def pair_score(a: _Sig, b: _Sig, sole: bool = False) -> float:
    """How strongly two signatures from one site report the same arrears (0: not).

    Contradictions (another named team leader, company, trade; an earlier finished job;
    construction vs not) rule a pair out or count against it. Beyond that, a pair must
    show positive evidence that the same party owes the same workers: the same named
    person or company, the same trade or real-name grievance, the owing party gone in
    both, the project stopped in both (contractor or illegal-chain reports: one
    stoppage, one set of arrears, whoever the worker blames), near-identical text, or two
    of: the same stretch of arrears, a compatible headcount, a compatible amount. A
    site-level party (its contractor, or the workplace outside construction) is evidence by
    itself when both reports blame it.

    ``sole``: ``b`` belongs to the only team-leader / illegal-chain case of the site so
    far. A report that names nobody ("包工头", "带班的") then can only mean that man: the
    same kind of party without a contradiction is evidence, as for a site-level party.
    """
    return 0.0 if contradicts(a, b) else _uncontradicted_score(a, b, sole)


# what a lead must score with a case's agreeing reports to join it past one that
# contradicts it (a strong match: the same man or firm with facts that agree)
MAJORITY_SCORE = 3.0


def _against(s: _Sig, sigs: Sequence[_Sig]) -> list[bool] | None:
    """Which of a case's reports contradict ``s``; None as soon as half of them do (no
    majority left to join it past them, and no need to read the rest)."""
    flags: list[bool] = []
    count = 0
    for other in sigs:
        no = contradicts(s, other)
        count += no
        if 2 * count >= len(sigs):
            return None
        flags.append(no)
    return flags


def _outvoted(s: _Sig, sigs: Sequence[_Sig], against: list[bool]) -> bool:
    """The case's reports that contradict ``s`` are fewer than half (see :func:`_against`),
    and none of them contradicts it over who owes (another man named in full, a party
    disowned). (A case naming ``s``'s man in full is weighed apart, in ``find``.)"""
    return not s.disowned and not any(
        no and (other.disowned or (other.names and s.names))
        for other, no in zip(sigs, against, strict=True)
    )


def _uncontradicted_score(a: _Sig, b: _Sig, sole: bool) -> float:
    score = 0.0
    # (no doubt against arrears running since last year: 从去年7月拖到现在)
    if (
        a.old != b.old
        and _last_years_vs_untimed(a, b)
        and not (b if a.old else a).started_last_year
    ):
        score += W_LAST_YEAR_VS_UNTIMED
    claimed = not (a.tentative or b.tentative)  # both told as wage claims
    evidence = claimed and a.kind == b.kind and a.kind in _SITE_PARTY
    if (
        claimed
        and a.kind == b.kind == _IL
        and not (a.persons or b.persons or a.companies or b.companies)
    ):
        evidence = True  # 总包违法分包给个人 twice, neither naming him: the site's one chain
    weak = 0  # corroborating facts: period, headcount, amount
    if a.persons and b.persons:
        agree = (
            _names_agree(a.names, b.names, a.persons & b.persons) if a.names and b.names else None
        )
        score += W_PERSON + (W_NAME if agree else 0.0)
        evidence = True
    elif _named_in_passing(a, b):
        score += W_PERSON + W_NAME  # 俺在杨振华班组干了七个月: the man the other names
        evidence = True
    elif _firm_in_his_name(a, b):
        score += W_PERSON + W_NAME  # 金生劳务 and 刘金生: his firm
        evidence = True
    elif (
        sole
        and claimed
        # a labour company is not the one team leader the site's case names
        and not (a.firm != b.firm and (a.persons or b.persons))
        # nor is the company a job was sublet to
        and not ((a.sublet or b.sublet) and (a.persons or b.persons))
        and a.kind in _LEADER_KINDS
        and b.kind in _LEADER_KINDS
        and not (_named(a) and _named(b))
        and not _chain_vs_his_crew(a, b)
        and _facts_agree(a, b)
    ):
        evidence = True  # the site's one team leader so far, told without his name
    elif a.kind == b.kind == _TL and (a.persons or b.persons) and not (a.gone and b.gone):
        # "the 包工头" may be another one: needs other evidence (unless both say he ran off:
        # 包工头跑了 and 杨春生跑路了 at one site are one man gone)
        score += W_UNNAMED_LEADER
    if a.companies and b.companies:
        # written alike too (鸿建 and 鸿建, not 宏建): the likelier of two sound-alike firms
        score += W_COMPANY + (W_FIRM_AS_WRITTEN if a.firm_chars == b.firm_chars else 0.0)
        evidence = True
    if a.trades and b.trades and a.trades & b.trades:
        score += W_TRADE
        # 陇原劳务's plasterers vs 工头赵志刚's (or 姓赵的工头's) bricklayers: a firm and a man
        # share a trade at many sites; the trade alone does not make them one party
        evidence = evidence or not (_firm_vs_man(a, b) or _chain_vs_his_crew(a, b))
    if a.aspects and b.aspects:
        if a.aspects & b.aspects:
            evidence = True
        else:
            score += W_OTHER_ASPECT
    if a.firm and b.firm and claimed:
        # a labour company owes its crews as one: named or not, the site's labour firm
        score += W_FIRM
        evidence = True
    if a.gone and b.gone:
        evidence = True
    if a.stop and b.stop and a.kind in _PROJECT_KINDS and b.kind in _PROJECT_KINDS:
        score += W_STOPPED
        evidence = True
    other = False
    if a.months is not None and b.months is not None:
        gap = abs(a.months - b.months)
        # a month or more apart, or one twice the other (十天 vs 一个月): another stretch
        other = gap >= 1 or (gap > 0.5 and max(a.months, b.months) >= 2 * min(a.months, b.months))
        score += W_SAME_PERIOD if gap <= 0.5 else W_OTHER_PERIOD if other else 0.0
        weak += gap <= 0.5
    if a.start is not None and b.start is not None:
        if a.start != b.start:
            score += W_OTHER_PERIOD  # 从去年十月 vs 从三月: another stretch of arrears
        elif not weak:
            weak = 1
    crew = (a.workers_low, a.workers_high, b.workers_low, b.workers_high)
    weak += _overlap(*crew)
    if other and a.workers_low and b.workers_low and not _overlap(*crew, 0.1):
        score += W_OTHER_CREW
    weak += _overlap(a.amount_low, a.amount_high, b.amount_low, b.amount_high, 0.1)
    k = (min(a.kind, b.kind), max(a.kind, b.kind))
    score += _KIND_BONUS.get(k, 0.0)
    sim = _jaccard(a.sketch, b.sketch)
    score += W_SKETCH * sim
    if not (evidence or weak >= 2 or sim >= SKETCH_SAME):
        return 0.0
    return score


def _features(s: _Sig) -> list[str]:
    f = [f"k{s.kind}"]
    for group in (s.persons, s.companies):  # names stay out: looked up by surname
        if group:
            f.extend(group)
    if s.trades:
        f.extend(s.trades)
    if s.sketch:
        f.append(f"m{array('I', s.sketch[:4])[0]}")
    return f


def _lookup_features(s: _Sig) -> list[str]:
    f = _features(s)
    # compatible kinds: illegal ↔ team leader / contractor
    if s.kind == 1:
        f += ["k3", "k4"]
    elif s.kind in (3, 4):
        f.append("k1")
    return f


def _posting_block(block: str) -> str:
    """The block whose posting lists a lead's block uses: its site's, or the one shared by
    every report without a site."""
    return _UNSITED if not block or block.startswith(NO_SITE) else block


class DuplicateIndex:
    """Find the open case a new lead duplicates, within the lead's block: its site's code,
    or for a report without a site the block all such reports share (``NO_SITE``).

    Each lookup touches only the posting lists of the lead's own features inside its
    block, each capped to the :data:`POSTING_CAP` most recent cases, so the candidate set
    stays bounded however many leads are stored.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._cases: dict[int, list[_Sig]] = {}
        self._block: dict[int, str] = {}  # a case's posting block
        self._post: dict[str, dict[str, list[int]]] = {}
        # the reporters' blocks ("nosite:<reporter>") of each case without a site: their own
        # later reports join it by the ordinary rules
        self._unsited_by: dict[int, set[str]] = {}

    def __len__(self) -> int:
        return len(self._cases)

    def add(self, key: int, block: str, u: Understanding) -> None:
        s = _sig(u)
        if s is None:
            return
        posting = _posting_block(block)
        if key in self._block and self._block[key] != posting:
            self.remove(key)
        sigs = self._cases.setdefault(key, [])
        if len(sigs) < SIGS_PER_CASE:
            sigs.append(s)
        self._block[key] = posting
        if posting == _UNSITED and block:
            self._unsited_by.setdefault(key, set()).add(block)
        posts = self._post.setdefault(posting, {})
        for feat in _features(s):
            lst = posts.setdefault(feat, [])
            if lst and lst[-1] == key:
                continue
            if key in lst[-POSTING_CAP:]:
                lst.remove(key)
            lst.append(key)
            if len(lst) > POSTING_CAP * 2:
                del lst[: len(lst) - POSTING_CAP]

    def candidates(self, block: str, u: Understanding) -> set[int]:
        s = _sig(u)
        return set() if s is None else self._candidates(block, s)

    def _candidates(self, block: str, s: _Sig) -> set[int]:
        posts = self._post.get(_posting_block(block))
        if not posts:
            return set()
        out: set[int] = set()
        for feat in _lookup_features(s):
            lst = posts.get(feat)
            if lst:
                out.update(lst[-POSTING_CAP:])
        return out

    def find(self, block: str, u: Understanding) -> int | None:
        s = _sig(u)
        if s is None:
            return None
        best_key: int | None = None
        best = self.threshold
        best_size = 0
        leaders = self._leader_cases(block) if s.kind in _LEADER_KINDS else None
        unsited = _posting_block(block) == _UNSITED
        for key in self._candidates(block, s):
            sigs = self._cases.get(key, ())
            if (
                unsited
                and block not in self._unsited_by.get(key, ())  # another reporter's
                and not any(_unsited_match(s, other) for other in sigs)
            ):
                continue
            # the site's one team leader so far, if every fact his reports state agrees
            sole = leaders == {key} and all(_facts_agree(s, other) for other in sigs)
            # a lead joins a case that one of its leads matches and none contradicts
            # (老李 does not join 刘大海's case through a report that named nobody), or one
            # most of whose leads agree with it (below)
            against = _against(s, sigs)
            contradicted = against is None or any(against)
            named_alike = contradicted and any(_same_named(s, other) for other in sigs)
            if against is not None and (
                not contradicted or (not named_alike and _outvoted(s, sigs, against))
            ):
                # (when contradicted: most of the case's reports agree with it strongly; the
                # odd one out, a report of last year's job or of another trade, does not keep
                # it apart)
                sc = max(
                    (
                        _uncontradicted_score(s, other, sole)
                        for other, no in zip(sigs, against, strict=True)
                        if not no
                    ),
                    default=0.0,
                )
                if contradicted and sc < MAJORITY_SCORE:
                    continue
            elif not named_alike or any(contradicts(s, other, his_case=True) for other in sigs):
                continue
            else:
                # another report of the case names his man in full and only another trade
                # stood in the way: each report is weighed, the contradicting ones at 0
                sc = max(pair_score(s, other, sole) for other in sigs)
            # a tie goes to the case more reporters told (the site's commoner arrears), then
            # to the later
            size = len(sigs)
            if sc >= best and (
                best_key is None or sc > best or (size, key) > (best_size, best_key)
            ):
                best, best_key, best_size = sc, key, size
        return best_key

    def _leader_cases(self, block: str) -> set[int]:
        """The team-leader and illegal-chain cases of a block (at most 4 * POSTING_CAP)."""
        posts = self._post.get(_posting_block(block), {})
        out: set[int] = set()
        for k in _LEADER_KINDS:
            out.update(posts.get(f"k{k}", ()))
        return out

    def remove(self, key: int) -> None:
        block = self._block.pop(key, None)
        sigs = self._cases.pop(key, None)
        self._unsited_by.pop(key, None)
        if block is None or sigs is None:
            return
        posts = self._post.get(block, {})
        for s in sigs:
            for feat in _features(s):
                lst = posts.get(feat)
                if lst and key in lst:
                    lst.remove(key)
                    if not lst:
                        del posts[feat]
        if not posts:
            self._post.pop(block, None)

    def memory_bytes(self) -> int:
        """Approximate memory held by the index (containers, signatures, postings)."""
        size = sys.getsizeof(self._cases) + sys.getsizeof(self._block) + sys.getsizeof(self._post)
        for sigs in self._cases.values():
            # a signature's slots (its size as Python reports it: not a constant to keep up
            # with its fields), its sketch's bytes object
            size += sys.getsizeof(sigs) + len(sigs) * (sys.getsizeof(sigs[0]) + 33 + SKETCH_K * 4)
            size += sum(28 * (s.amount_low > 256) for s in sigs)
        for posts in self._post.values():
            size += sys.getsizeof(posts)
            for feat, lst in posts.items():
                size += sys.getsizeof(feat) + sys.getsizeof(lst) + 8 * len(lst)
        size += sys.getsizeof(self._unsited_by)
        size += sum(sys.getsizeof(blocks) for blocks in self._unsited_by.values())
        return size
