"""LeadAnalyzer: one call from raw lead text to an explainable Understanding."""

from __future__ import annotations

import heapq
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from nlp import classify as C
from nlp.facts import (
    SURNAMES,
    Facts,
    Party,
    absconded,
    arrears_months,
    arrears_start,
    disowned_firms,
    extract_amount,
    extract_parties,
    extract_period,
    extract_rn_aspects,
    extract_trades,
    extract_workers,
    give_back_compound_surnames,
    hold_compound_surnames,
    name_candidates,
    other_phase,
    owing_candidates,
    parts,
    place_words,
    stopped,
    surname_readings,
    told_as_earlier_job,
    told_as_last_years_wages,
    typed_names,
    wage_month_span,
    wage_years,
    which_year,
)
from nlp.keywords import KeywordEngine
from nlp.text import EMOJI, normalize

SKETCH_K = 16
OWED_TOO = "e:owed"  # dup key: a real-name grievance that also tells of wages owed
LABOUR_FIRM = "f:labour"  # dup key: the owing party is a labour company
SUBLET_FIRM = "f:sublet"  # dup key: the job was sublet to a company, where the chain ends
ANOTHER = "e:another"  # dup key: 是另一家施工单位, a contractor other than the site's main one
APART = "e:apart"  # dup key: 这是另一回事, not the matter the site's others report
PAID_THIS_YEAR = "e:paid-now"  # dup key: 今年的工资倒是有发: only an earlier year's is owed
# dup key beside "old": the only sign of an earlier job is last year's wages still owed
LAST_YEARS_WAGES = "old:wages"
BALANCE = "old:rest"  # dup key: last year's wages, a balance of them still owed (还差一万)
STARTED_LAST_YEAR = "s:last"  # dup key: the arrears started last year (从去年八月份开始)
DISOWNED_FIRM = "x:"  # dup key prefix: a firm the report says it is not about
DISOWNED_SURNAME = "xp:"  # dup key prefix: a man, by his surname, whose crew it is not of
DISOWNED_MAN = "xn:"  # dup key prefix: a man whose crew the report says it is not of
# dup key: 不是劳务公司那边的, a crew that is not the site's labour company's
NOT_THE_LABOUR_FIRM = "xf:labour"
TENTATIVE = "?"  # dup key: the signature of a lead classed not_wage for want of a wage word
_KIND = {
    C.ILLEGAL: "il",
    C.REAL_NAME: "rn",
    C.TEAM_LEADER: "tl",
    C.CONTRACTOR: "co",
    C.NON_CONSTRUCTION: "nc",
    C.NOT_WAGE: "",
}
# the wages of 2023 or before (2023年11月12月做外墙的工资) are an earlier episode whenever
# the report is read: however long they stay unpaid, they are not this year's arrears
_EARLY_YEAR = 2023
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_NOT_THE_LABOUR_FIRM = re.compile(r"不是劳务(?:公司|分包|队)?(?:那边|那一块|那块|那个|欠的|的)")
_ANOTHER_FIRM = re.compile(
    r"是另(?:一|外一?)(?:家|个)(?:施工单位|公司|单位|队|班组?)(?!给|转)|"
    # 跟天衢路桥那边不是一个单位: a contractor other than the one named
    r"(?:跟|和)[^ ，,。]{1,10}不是(?:一个|一家|同一个|同一家)(?:单位|公司|(?=[ ，,。]|$))|"
    # 景观那个标段是青山园林公司做的: a section's own contractor
    r"那个标段是[^ ，,。]{2,10}(?:做|干|承包|施工)的|"
    # 黔路交通公司是分包单位 拖欠我们工资: the subcontractor that owes, not the main one
    r"[^ ，,。]{2,10}公司是(?:专业)?分包单位|"
    # 精装修是开发商直接发包给我们的: the developer's own contractor, not the main one
    r"(?:开发商|甲方|建设单位|业主)直接(?:发包|包|分)给|"
    # 不是主线项目部 是绿化分包的南阳市园林公司: a subcontractor, not the main contractor
    r"不是(?:主线|主体|总包|总承包)的?项目部"
)
# 总包是挂靠的 借的别人的资质 … 项目部就拖着工人工资: the main contractor is the illegal one
# (not 总包是挂靠的 实际施工的是个人, 总包借资质给一个个人老板干: a man behind it owes)
_MAIN_CONTRACTOR_ON_PAPERS = re.compile(
    r"总包(?:单位)?(?:是|也是)?(?:挂靠|借[^ ，,。]{0,6}资质)"
    r"(?![^。]{0,24}(?:个人|私人|老板|包工头|工头|给|转))"
)
# a builder's name however the site's name is written (建安建工 at 建安区's site)
_A_FIRM = re.compile(r"[\u4e00-\u9fff]{2}(?:建工|建设|路桥|集团)")
# 王建军 这是另一回事 今年麦收后叫我们三个去干了…: the same man, another job
# 不是叶尔兰那个班的: a man's crew the reporter says he is not of
# (劳务老板马福海 欠工钱 不是马小平: another man than the one others name)
# (不是赵学军班上的, 和赵学军那边不是一回事: the same)
_NOT_HIS_CREW = re.compile(
    r"不是([\u4e00-\u9fff]{3})(?:(?:那个|那一?|的)?(?:班组?|伙|帮|拨|队)|(?=$|[ ，,。!！]))|"
    r"(?:跟|和)([\u4e00-\u9fff]{3})(?:那边|那伙|那个班)?(?:[ 、，,][^。]{0,10})?(?:都)?"
    r"(?:不是一(?:回|码)事|不相干|没关系|无关)"
)
# 还差我们一笔, 今年才给了一半 还有1万没给, 没结清: what is left of wages part paid
_BALANCE = re.compile(r"还差|还剩|尾款|没结清|未结清|给了一半|还有[^ ，,。]{0,6}没(?:给|结)")
# (上次那回的已经解决了 这次是新的: the earlier round settled, this one another)
# (跟厂里的不一样, 不是开发商那事: not the matter of the site's own party, which others report)
_APART = re.compile(
    r"这(?:个|回|次)?是?(?:另一|另外一)(?:回|码)事|这(?:个|回|次)?是两(?:回|码)事|(?:这次|这回)是新(?:的|欠的)|"
    r"不是(?:开发商|甲方|总包|厂里|公司)(?:那|的)(?:个|件)?事|"
    r"(?:跟|和)(?:厂里|公司|开发商|甲方|总包|原来)[^ ，,。]{0,6}(?:不是一(?:回|码)事|不一样)|"
    # 摔伤了 … 医药费也不给: a man hurt at work, his own matter beside the crowd's wages
    r"医药费(?:也|都)?(?:不给|没给|不报|不管)"
)
# 跟韦老板不是一伙的, 不是钢结构老韩那伙: a man, told by his surname, whose crew it is not
_NOT_HIS_GANG = re.compile(
    r"(?:跟|和)(?:老(?P<a>[\u4e00-\u9fff])|(?P<b>[\u4e00-\u9fff])(?:老板|工头|包工头))[^ ，,。]{0,3}不是一(?:伙|帮|拨|起)|"
    r"不是[^ ，,。]{0,4}?(?:老(?P<c>(?!板)[\u4e00-\u9fff])|(?P<d>[\u4e00-\u9fff])(?:老板|工头|包工头))"
    r"(?:(?:那|的)(?:伙|帮|拨|个班|班)|(?=$|[ ，,。!！]))"  # (不是水电龚老板)
)
# 今年的工资倒是有发: this year's paid (not 今年的给了一半)
_PAID_THIS_YEAR = re.compile(
    r"今年的?(?:钱|工资|工钱)?[^ ，,。]{0,4}(?:倒是|都|已经|早就?)(?:正常|按时|按月)?有?(?:结|给|发)(?:了|清)?(?![^ ，,。]{0,2}一半)"
)
# Rare words of a report that came without a site (no QR code): the place, the project, the
# man, as the worker wrote them (汨罗, 百灵庙镇, 防洪堤). Only they, beside the same man or
# firm, can tell two such reports of one arrears apart from the country's others.
PLACE_KEY = "pl:"
_PLACE_IDF = 9.0
_NOT_A_PLACE = re.compile(
    r"包工头|包公头|工头|老板|班组|班长|带班|工资|工钱|欠|拖|扫码|二维码|没有|直接|不知|"
    r"一共|一起|项目|工地|工程"
)
_SKETCH_DROP = re.compile(r"[\s0-9a-z，,。.!！?？~～、…()（）" + EMOJI + r"]+")


@lru_cache(maxsize=4096)
def _site_trades(site: str) -> frozenset[str]:
    """The trades a site's own name tells (广源石材厂: 石材), read once per site, not once
    per lead."""
    return frozenset(extract_trades(site))


def sketch(text: str, extra: Iterable[str] = ()) -> list[int]:
    """Bottom-k MinHash sketch (k=16) over character bigrams plus extra tokens."""
    t = _SKETCH_DROP.sub("", text)
    grams = {t[i : i + 2] for i in range(len(t) - 1)}
    grams.update(extra)
    hs = {zlib.crc32(g.encode("utf-8")) for g in grams}
    return sorted(heapq.nsmallest(SKETCH_K, hs))


@dataclass(slots=True)
class Understanding:
    category: str
    category_evidence: list[str]
    urgent: bool
    urgent_evidence: list[str]
    group_complaint: bool
    group_evidence: list[str]
    keywords: list[str]
    facts: Facts
    # duplicate-detection signature (JSON-safe)
    dup_kind: str = ""
    dup_keys: list[str] = field(default_factory=list)
    dup_sketch: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "category_evidence": list(self.category_evidence),
            "urgent": self.urgent,
            "urgent_evidence": list(self.urgent_evidence),
            "group_complaint": self.group_complaint,
            "group_evidence": list(self.group_evidence),
            "keywords": list(self.keywords),
            "facts": self.facts.to_dict(),
            "dup_kind": self.dup_kind,
            "dup_keys": list(self.dup_keys),
            "dup_sketch": list(self.dup_sketch),
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Understanding:
        def strs(k: str) -> list[str]:
            v = d.get(k) or []
            return [str(x) for x in v]  # type: ignore[attr-defined]

        facts = d.get("facts")
        return cls(
            category=str(d["category"]),
            category_evidence=strs("category_evidence"),
            urgent=bool(d.get("urgent", False)),
            urgent_evidence=strs("urgent_evidence"),
            group_complaint=bool(d.get("group_complaint", False)),
            group_evidence=strs("group_evidence"),
            keywords=strs("keywords"),
            facts=Facts.from_dict(facts) if isinstance(facts, dict) else Facts(),
            dup_kind=str(d.get("dup_kind", "")),
            dup_keys=strs("dup_keys"),
            dup_sketch=[int(x) for x in d.get("dup_sketch") or []],  # type: ignore[attr-defined]
        )


# a bill told beside an advert's words (我们公司承接的…工程款还差六十二万): a sum owed
_OWED_ANYTHING = re.compile(r"欠|拖|没给|没发|没结|不给|不发|不结|还差|跑了")


def _span_length(span: tuple[int, int]) -> int:
    """Months in a stretch of arrears, over the new year too (10月到2月: 5)."""
    return (span[1] - span[0]) % 12 + 1


class LeadAnalyzer:
    """Cheap to construct; call :meth:`warm_up` (sync, ~0.5 s warm) in a worker thread."""

    def __init__(self) -> None:
        self._kw = KeywordEngine()
        self._known: dict[str, str] = {}

    def warm_up(self) -> None:
        normalize("")  # loads OpenCC's tables (traditional → simplified), off the loop
        self._kw.warm_up()
        # dedupe compares mistyped names by sound: load pypinyin's tables here, off the loop
        from pypinyin import pinyin

        pinyin("栋")
        place_words()  # reads jieba's dictionary once: place names for firms, words for surnames
        surname_readings()  # the sounds of surnames, for 力国华 typed for 李国华

    def add_terms(self, terms: Iterable[str], role: str | None = None) -> None:
        """Register names (sites, contractors, districts) so jieba keeps them whole.

        With ``role`` (e.g. "contractor"), they are also recognised as parties.
        """
        terms = [normalize(t) for t in terms if t and t.strip()]
        self._kw.add_terms(terms)
        if role:
            for t in terms:
                self._known[t] = role

    def observe(self, text: str) -> None:
        self._kw.observe(normalize(text))

    def idf_state(self) -> dict[str, object]:
        return self._kw.idf_state()

    def load_idf_state(self, d: dict[str, object]) -> None:
        self._kw.load_idf_state(d)

    def understand(self, text: str, site_name: str | None = None) -> Understanding:
        t = normalize(text)
        site = normalize(site_name) if site_name else None
        # 跟周老板那帮不是一起的: a party said not to be the one owing
        owing_told = C.REPORTERS_CONTACT.sub(" ", C.DISOWNED.sub(" ", t))
        held, held_site = hold_compound_surnames(owing_told), site and hold_compound_surnames(site)
        parties, keys = extract_parties(held, self._known, held_site)
        if held != owing_told:  # 令狐建军: a surname of two characters, read as one
            parties = [Party(p.role, give_back_compound_surnames(p.name)) for p in parties]
            keys = {give_back_compound_surnames(k) for k in keys}
        persons = [p.name for p in parties if p.role == "team_leader"]
        typed: list[str] = []
        if _LATIN_WORD.search(t):
            typed, owing = typed_names(owing_told, site)
            persons += owing  # "guo wenbin qian gongzi": the man who owes, in pinyin
            for name in owing:
                if name.startswith("lao-"):
                    keys.add("p:" + name[4:])  # "laosun": 老孙
                else:
                    keys.update(("p:" + name.split("-")[0], "n:" + name))
        names = [k[2:] for k in keys if k.startswith("n:")]
        # 项目经理姓陈: the project's manager, not a crew's leader
        keys -= {
            k
            for k in keys
            if k[:2] == "p:"
            and C.project_manager(k[2:], t)
            and not any(n[0] == k[2] for n in names)
        }
        # 梁志勇劳务: his crew, not a firm called 梁志
        keys -= {k for k in keys if k[:2] == "c:" and any(n.startswith(k[2:]) for n in names)}
        named = bool(names)
        candidates = [] if named else name_candidates(held, held_site)
        for name in owing_candidates(held, candidates):
            whole = give_back_compound_surnames(name)
            persons.append(whole)  # 腊月二十几刘长海就不接电话了: the man who owes
            keys.update(("p:" + give_back_compound_surnames(name[0]), "n:" + whole))
        category, cat_ev = C.classify(t, site, persons)
        if category == C.CONTRACTOR and C.DIRECT_HIRE.search(owing_told):
            # 可我们是直接跟项目部干的: hired by the project, not of the crew named beside
            keys = {k for k in keys if not k.startswith(("p:", "n:"))}
            candidates = []
        urg_ev = C.urgent(t)
        years = wage_years(t)
        amount, _ = extract_amount(t)
        workers, _ = extract_workers(t)
        if category == C.NOT_WAGE:
            workers = None
            if (
                cat_ev
                and all(e == "首付" or C.SPAM.fullmatch(e) for e in cat_ev)
                and not _OWED_ANYTHING.search(t)
            ):
                amount = None  # an advert's prices (3万到50万, 首付三万起): nobody is owed them
        # an earlier job told as such (a phase said not to be the one, 不是二期的, names no
        # phase), not only by last year's wages
        earlier_job = (
            told_as_earlier_job(t)
            or other_phase(owing_told, site)
            or min(years, default=9999) <= _EARLY_YEAR
        )
        facts = Facts(
            amount=amount,
            workers=workers,
            period=extract_period(t),
            parties=parties,
            trades=extract_trades(owing_told),
            old=earlier_job or told_as_last_years_wages(t),
        )
        group, group_ev = C.group_flag(t, workers.low if workers else None)
        tokens = self._kw.cut(t)
        keywords = self._kw.keywords(t, 6, tokens)
        if site:  # the site's own name is not a party ("污水处理厂扩建工程" → "扩建工")
            keys = {k for k in keys if not (k[:2] in ("c:", "c2") and k.split(":")[1] in site)}
        # the site's own trade (广源石材厂, 石材) tells no crew apart from another
        site_trades = _site_trades(site) if site else frozenset()
        dup_keys = sorted(keys) + ["t:" + x for x in facts.trades if x not in site_trades]
        if C.LABOUR_FIRM.search(owing_told):
            dup_keys.append(LABOUR_FIRM)  # a firm with many crews: trades tell no crew apart
        if category == C.ILLEGAL and C.SUBLET_TO_A_FIRM.search(owing_told):
            dup_keys.append(SUBLET_FIRM)
        if category == C.REAL_NAME:
            dup_keys += ["a:" + x for x in extract_rn_aspects(t)]
            if C.OWED_TOO.search(t):
                dup_keys.append(OWED_TOO)  # the grievance comes with the arrears it caused
        span = wage_month_span(t)
        months = arrears_months(t)
        if months is not None and not (span and abs(months - _span_length(span)) > 0.5):
            # (1月份进场 做到4月底 … 现在5个月过去了: the stretch tells which wages; a count
            # that disagrees with it is how long they have waited)
            dup_keys.append(f"m:{months:g}")
        start = arrears_start(t)
        if start is not None:
            dup_keys.append(f"s:{start[0]}")
            if start[1]:
                dup_keys.append(STARTED_LAST_YEAR)
        if span is not None:
            dup_keys.append(f"r:{span[0]}-{span[1]}")
        dup_keys += [f"y:{y}" for y in years]
        dup_keys += ["ph:" + p for p in sorted(parts(owing_told))]
        when = which_year(owing_told)  # (跟今年的不是一回事 tells of no year of its own)
        if when:
            dup_keys.append("w:" + when)
        if not named:
            # 俺在杨振华班组干了七个月: a name the party rules miss, kept to match a full
            # name another report of the site gives
            dup_keys += ["q:" + give_back_compound_surnames(n) for n in candidates]
        dup_keys += ["q:" + n for n in typed]
        dup_kind = _KIND.get(category, "")
        if (
            category == C.ILLEGAL
            and _MAIN_CONTRACTOR_ON_PAPERS.search(t)
            and not any(k[:2] in ("p:", "n:", "c:") for k in dup_keys)
        ):
            dup_kind = _KIND[C.CONTRACTOR]  # the site's main contractor owes, whatever its papers
        if category == C.NOT_WAGE and cat_ev == [C.NO_CLAIM]:
            # no wage word and no reason it is not wages: the claim may be worded past the
            # vocabulary ("带班的林老板讲过年前发 到而今都还没"). It keeps the party it
            # blames as a tentative signature: merged on positive evidence only.
            dup_kind = _KIND[C.owing_kind(t, site, persons)[0]]
            dup_keys.append(TENTATIVE)
        if not site:
            dup_keys += [
                PLACE_KEY + w
                for w in keywords
                if len(w) >= 2 and not _NOT_A_PLACE.search(w) and self._kw.idf(w) >= _PLACE_IDF
            ]
        if facts.old:
            dup_keys.append("old")
            if not earlier_job:
                dup_keys.append(LAST_YEARS_WAGES)
            if _BALANCE.search(t):
                dup_keys.append(BALANCE)
        if absconded(t):
            dup_keys.append("e:gone")
        if stopped(t):
            dup_keys.append("e:stop")
        if _ANOTHER_FIRM.search(t):
            dup_keys.append(ANOTHER)
        if _APART.search(t):
            dup_keys.append(APART)
        if _NOT_THE_LABOUR_FIRM.search(t):
            dup_keys.append(NOT_THE_LABOUR_FIRM)
        if _PAID_THIS_YEAR.search(t):
            dup_keys.append(PAID_THIS_YEAR)
        # (建安建工 at 建安区's site: a firm of its own, though its name is the place's)
        own_firm = any(k.startswith("c:") for k in dup_keys) or bool(_A_FIRM.search(t))
        disowned = disowned_firms(t, own_firm)
        if disowned:  # 不是恒信那家: not that firm, whoever sounds like it
            dup_keys = [k for k in dup_keys if not (k[:2] == "c:" and k[2:] in disowned)]
            dup_keys += [DISOWNED_FIRM + c for c in disowned]
            if category == C.CONTRACTOR and own_firm and ANOTHER not in dup_keys:
                # 施工单位是十堰城建的 不是鄂西路桥: a contractor other than the one others blame
                dup_keys.append(ANOTHER)
        for m in _NOT_HIS_GANG.finditer(t):
            surname = next(g for g in m.group("a", "b", "c", "d") if g)
            if surname in SURNAMES:
                dup_keys = [k for k in dup_keys if k != "p:" + surname]
                dup_keys.append(DISOWNED_SURNAME + surname)
        for m in _NOT_HIS_CREW.finditer(t):
            man = m.group(1) or m.group(2)
            if man[0] in SURNAMES:  # 不是叶尔兰那个班的: another man's crew
                dup_keys = [k for k in dup_keys if k != "n:" + man]
                dup_keys.append(DISOWNED_MAN + man)
        return Understanding(
            category=category,
            category_evidence=cat_ev[:8],
            urgent=bool(urg_ev),
            urgent_evidence=urg_ev[:8],
            group_complaint=group,
            group_evidence=group_ev[:8],
            keywords=keywords,
            facts=facts,
            dup_kind=dup_kind,
            dup_keys=dup_keys,
            dup_sketch=sketch(t, keywords),
        )
