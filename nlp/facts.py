"""Fact extraction from colloquial lead text: amount, workers, period, parties, trades."""

from __future__ import annotations

import contextlib
import marshal
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from nlp.numbers import NUM_RE, Range, parse_number
from nlp.text import EMOJI

# ---------------------------------------------------------------- amounts
_COUNT_AFTER = re.compile(
    r"^(?:多|几|来|余)?(?:个|名|号|位|人|年|月|岁|天|日|号|小时|点|次|份|台(?!班费)|期|层|栋|楼|手|家|户|口|"
    r"条|辆|间|件|米|平|吨|方|套|张|周|星期|礼拜|倍|成|%|遍|趟|号线|车间|班|组|分钟|斤|公里|km|度|单(?!价|位)|国道|省道|工人|工友|民工|农民工|老乡|兄弟)"
)
_A_BIT_OVER = re.compile(r"^多?点(?:$|[ ，,。儿])")
_CURRENCY_AFTER = re.compile(r"^(?:多|来|余)?(?:元|块|圆|rmb|人民币)")
_PER_PERIOD = re.compile(
    # (not 欠我一个月工资2800, 8-10月工资共计一万五: what is owed, for those months)
    r"(?:每个?月|(?<!最后)(?<!欠)(?<!欠我)(?<!欠了)(?<!欠俺)一个月|(?<!最后)一月|月薪|(?<![个上\d一二三四五六七八九十俩两半])月工资|底薪|每天|一天|日结|日薪|日工资|每次|每回|一次|一份|最高|日赚|每人|每个人|人均|一人|一个人一|每小时|(?:一|每)个?台班|(?:一|每)个?(?:礼拜|星期|周))"
    r"[^ ，,。；;！!？?]{0,8}$|(?:成日|经常|总是|老是|每次都?|次次都?)少(?:给|发|算)?了?$"
)
_HELD_BACK_AFTER = re.compile(
    r"(?:多|来)?(?:块钱?|元)?(?:一直|到现在|至今|还)?(?:没给|没发|没结|不给|没退|不退|冇退|还没)"
)
# (G318: after a letter, no sum at all; 尾号5217: a phone's last digits)
_ROAD_BEFORE = re.compile(r"(?:国道|省道|县道|尾号)$")
_ROAD_AFTER = re.compile(
    r"(?:团|国道|省道|线|改线|公园|改扩建|那个?路|那条路|路段|[^ ，,。]{0,4}段(?!时间))"
)
_PER_PERIOD_AFTER = re.compile(
    r"(?:块钱?|元)?[一每](?:天|日|个月|月|个人|人|小时|个(?=$|[ ，,。])|桌|位|晚|份|套|斤)"  # 188元一桌: a price
)
_PRIORITY = [
    (3, re.compile(r"(?:还差|还欠|差额|少算了?|剩下|尚欠|至今拖欠|还剩)[^ ，,。]{0,6}$")),
    (
        2,
        re.compile(
            r"(?:一共|总共|总计|合计|加起来|总数|共计|总额|总金额|金额|共|累计|算下来|算起来|合起来)[^ ，,。]{0,6}$|"
            # 欠12个人16万: what the crew is owed, before the reporter's own share
            r"欠(?:我们|俺们)?[\d一两二三四五六七八九十几]+(?:多|来)?个?人的?$"
        ),
    ),
    (
        -9,
        re.compile(
            # (给过两回生活费 一回五百一回一千: instalments paid)
            r"生活费[^，,。]{0,12}(?:一回|一次)$|(?:一回|一次)[\d一二两三四五六七八九十百千]+ ?(?:一回|一次)$|(?:只给了?|(?<!少)给了|给过|才发了?|支付|付了|已付|只要|仅需|特价|借支了?|预支了?|总价|合同价|预付|押金|最高|日赚|赚)[^ ，,。]{0,4}$"
        ),
    ),
]
_APPROX_CTX_BEFORE = re.compile(r"(?:大概|大约|约|差不多|将近|估计|至少|快|近)[^ ，,。]{0,3}$")
_APPROX_CTX_AFTER = re.compile(r"^[^ ，,。]{0,2}(?:左右|上下|多块)")
_SPACED_SUM = re.compile(r"(?<=\d) ([万千]) (?=\d(?:$|[ ，,。块元]))|(?<=\d) (?=[万千])")
_AN_ID_BEFORE = re.compile(r"(?:身份证|尾号|后[四六]位|号码|编号|工号|卡号)[^ ，,。]{0,3}$")
# (139 5791 xxxx: the last four hidden)
_PHONE_GROUPED = re.compile(r"(?<!\d)1\d{2}[ -]\d{4}[ -](?:\d{4}|[x*]{4})(?![\dx*])")
# hotlines too, and a test's 123 (测试 123)
_PHONE_LIKE = re.compile(r"^(?:\d{7,}|123|1234|12345|12333|12315|12351|12366)$")


@dataclass(frozen=True, slots=True)
class Party:
    role: str  # team_leader | contractor | builder | employer | labour_company
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "name": self.name}


@dataclass(slots=True)
class Facts:
    amount: Range | None = None
    workers: Range | None = None
    period: str | None = None
    parties: list[Party] = field(default_factory=list)
    trades: list[str] = field(default_factory=list)
    old: bool = False  # arrears explicitly from an earlier, finished job (前年, 去年…的工资)

    def to_dict(self) -> dict[str, object]:
        return {
            "amount": self.amount.to_dict() if self.amount else None,
            "workers": self.workers.to_dict() if self.workers else None,
            "period": self.period,
            "parties": [p.to_dict() for p in self.parties],
            "trades": list(self.trades),
            "old": self.old,
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Facts:
        a = d.get("amount")
        w = d.get("workers")
        parties = d.get("parties") or []
        return cls(
            amount=Range.from_dict(a) if isinstance(a, dict) else None,
            workers=Range.from_dict(w) if isinstance(w, dict) else None,
            period=str(d["period"]) if d.get("period") else None,
            parties=[Party(str(p["role"]), str(p["name"])) for p in parties],  # type: ignore[attr-defined]
            trades=[str(t) for t in d.get("trades") or []],  # type: ignore[attr-defined]
            old=bool(d.get("old", False)),
        )


def _clause_before(t: str, start: int, width: int = 10) -> str:
    return t[max(0, start - width) : start]


def extract_amount(t: str) -> tuple[Range | None, str | None]:
    """Total yuan owed. Returns (range, evidence)."""
    best: tuple[int, int, Range, str] | None = None
    t = _SPACED_SUM.sub(lambda m: m.group(1) or "", t)  # 13 万 5: a sum typed with spaces
    phones = [m.span() for m in _PHONE_GROUPED.finditer(t)]
    for m in NUM_RE.finditer(t):
        s = m.group(0)
        start, end = m.span()
        # trim approximation chars that start the run (多/来 are in words too)
        after = t[end : end + 6]
        before = _clause_before(t, start)
        if start > 0 and (t[start - 1].isdigit() or t[start - 1] in "-*x"):
            continue
        if (
            start > 0
            and t[start - 1].isascii()
            and t[start - 1].isalpha()
            and t[max(0, start - 3) : start].lower() != "rmb"
        ):
            continue  # 加微信kly8866: an account's name, not a sum
        if any(a <= start < b for a, b in phones):
            continue  # 电话 138 9320 4417: a phone number written in groups
        if (s[:1] == "0" and s[1:2].isdigit()) or _AN_ID_BEFORE.search(before):
            continue  # 身份证后四位0318: an identity's digits, not a sum
        is_arabic = s[0].isdigit()
        if (
            is_arabic
            and _PHONE_LIKE.match(s.replace(",", "").replace(".", ""))
            and not _CURRENCY_AFTER.match(after)
        ):
            continue
        if "*" in t[end : end + 2] or (is_arabic and t[end : end + 1] in ("-", "x", "*")):
            continue
        cur = _CURRENCY_AFTER.match(after) is not None or before.endswith("¥")
        has_big = any(c in s for c in "万千仟百佰") or "万" in after[:1]
        # (两万多点: a little over twenty thousand, not two o'clock)
        if (
            not cur
            and _COUNT_AFTER.match(after)
            and not (
                has_big and (s.endswith("多") or after[:1] == "多") and _A_BIT_OVER.match(after)
            )
        ):
            continue
        parsed = parse_number(s)
        if parsed is None:
            continue
        lo, hi, approx = parsed
        if s.startswith("几") and before.endswith("好"):
            continue  # 少给了好几百: a vague sum, not one stated
        if not (cur or has_big or (is_arabic and lo >= 100 and len(t) > len(s) + 2)):
            continue
        if lo < 100 or lo >= 1e10:
            continue
        if (
            is_arabic
            and 1900 <= lo <= 2099
            and (after[:1] in ("年", "届") or after.startswith(("上半年", "下半年")))
        ):  # 2024年, 2024下半年: a year
            continue
        # (一个月工资两千八没给, 押金500不退: held back, not a rate or a deposit paid)
        held = _HELD_BACK_AFTER.match(after) is not None
        if (_PER_PERIOD.search(before) or _PER_PERIOD_AFTER.match(after)) and not held:
            continue  # 一天三百, 三百一天, 七千一个月: a rate, not what is owed
        if (
            not cur
            and lo < 1000
            and re.search(r"(?:^|[ ，,。])(?:工人|员工|人数|农民工|工友)(?:有|共)?$", before)
        ):
            continue  # 欠了一百多万 工人两百多: the workforce, not a sum
        if is_arabic and not cur and (_ROAD_BEFORE.search(before) or _ROAD_AFTER.match(after)):
            continue  # 国道220, 318改扩建, 188团: a road's or a regiment's number
        prio = 1
        for p, rx in _PRIORITY:
            if rx.search(before):
                prio = p
                break
        if prio < 0 and not held:
            continue
        if _APPROX_CTX_BEFORE.search(before) or _APPROX_CTX_AFTER.match(after):
            approx = True
        rng = Range(round(lo), round(hi), approx, s)
        if best is None or (prio, start) >= (best[0], best[1]):
            best = (prio, start, rng, s)
    if best is None:
        return None, None
    return best[2], best[3]


# ---------------------------------------------------------------- workers
_WORKER_NOUN = re.compile(
    # (not 一百二十个工: days of work)
    r"^(?!(?:多)?个工(?![人友]))(?:多|几|来|余)?(?:个|名|号|位)?(?:多|左右的?)?(?:人|(?:(?![月天年日])[\u4e00-\u9fff]){0,2}(?<![停开完施复竣误加])工(?![资钱程地头期作伤厂厂资镇台业区])|兄弟|老乡|师傅|"
    r"员工|骑手|保安|老师|司机|分拣员|服务员|同事|姐妹|工友|教练|保洁|阿姨|妇女|婆娘|大姐|演员|村民|同学|"
    # 四个厨师; 七八十口人, 四十几口子: mouths to feed, as a crowd counts; 十几个婆婆大爷: the
    # old folk a village sends to plant trees
    r"厨师|帮厨|口人|口子|婆婆|大爷|大妈|老人家|老人|姥姥|老头|老太|大叔|大婶|"
    # 八个受苦人: labourers, as northern Shaanxi calls them; 十几张卡 (held): a card a worker
    r"受苦人|张(?:工资|银行)?卡(?=都|全|被| ?(?:我们|俺们))|[\u4e00-\u9fff]{1,2}员工|[\u4e00-\u9fff]{1,2}(?:员|司机)(?![工资])"  # 十几个快递员, 三个塔吊司机, 船员
    r")"
)
_WE_BEFORE = re.compile(
    r"(?:我们|咱们|俺们|我哋|我们班组|我们班|班组|我们这|(?:我|俺)们(?:队伍|村)|厂里|一共|总共|涉及|有|(?:我|俺)在内)$|"
    r"(?:我们|咱们|俺们)[^，,。]{1,8}的 ?$|"  # 我们做外墙的 9个
    r"一起干(?:活)?的 ?$"  # 一起干的二十多个
)
# 阿姨六个😭, 工人三十多个今天早上在医院门口
_COUNT_ENDS = re.compile(
    r"(?:多|几|来)?(?:[个号](?:$|[ ，,。!！"
    + EMOJI
    + "])|个(?=今天|现在|都|全都|一起|在那|堵|围|守|欠了|没拿|天天))"
)
_A_HUNDRED = re.compile(
    r"(?<![一二三四五六七八九两几\d])(?:上|近)?百(?:多|来|余|把)?(?:号|个|名)?(?:人|工人|员工|农民工)|"
    r"(?:工人|我们|俺们)有?(?:上|近)百(?:多|来|余)?(?:号|个|名)(?=$|[ ，,。])"  # 我们工人上百个
)
# 好几百人, 几百号工人: some hundreds, as a crowd counts
_SOME_HUNDREDS = re.compile(
    r"(?<![一二三四五六七八九两\d])好?几百(?:多|来)?(?:号|个|名)?(?:人|工人|员工|农民工)"
)
# the workers' own group earlier in the clause: 我们那个班, 保安队, 车间, 工人
# (石工8个, 人数大概15个: the trade's men, the headcount told as such)
_WE_IN_CLAUSE = re.compile(
    r"(?:我们|咱们|俺们|工人|人数|[班组队]|车间)[^，,。!！?？]{0,8}$|(?<![施开停完复竣加动])[\u4e00-\u9fff]工 ?$"
)
# 工人一百多: the workforce, its count ending the report or the clause
_WORKFORCE_BEFORE = re.compile(r"(?:工人|员工|农民工|人数|老乡|工友)(?:大概|大约|约|有|共)? ?$")
# 服务员 5个: the workers by their job, then their count
_JOB_BEFORE = re.compile(
    r"(?:服务员|保安|保洁|骑手|厨师|司机|[\u4e00-\u9fff]{1,2}员) ?$"
)  # (分拣员一百多个)
_PEOPLE_CLAUSE_BEFORE = re.compile(r"(?:老人|工人|妇女|工友|老乡|农民工|师傅|大姐|阿姨)们? $")
_CLAUSE_ENDS = re.compile(r"(?:多|几|来|余)?(?:$|[ ，,。!！])")
_NAMED_COUNT_ENDS = re.compile(r"(?:多|几|来|余)?[个名](?:$|[ ，,。!！])")
_COUNTED_PEOPLE = re.compile(
    r"(?:多|几|来)?个(?:大姐|大哥|姐妹|小姑娘|姑娘|女工|厨师|演员|护工|学徒|采茶的|老头|老太|"
    r"[\u4e00-\u9fff]{1,3}的(?:$|[ ，,。]|(?=都|也|全)))"  # 二十多个砌砖的都没拿到
)
# the thirty commonest surnames (the first of SURNAMES, below), for rules that want a surname
# and nothing that only may be one (我跟小陈, 劳务老板刘, 老刘那帮)
COMMON_SURNAME_CLASS = "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾]"
_COUPLE = re.compile(
    r"(?:(?:夫妻|兄弟|父子|母子|父女|姐妹|兄妹|姐弟|两口子|师徒)(?:俩|两个)|两口子|俩口子|[两俩]公婆|老两口|两兄弟|"
    # 欠俺哥俩工钱, 我们两娘母, 我们两爷子 (father and son, as the south-west says it)
    r"(?:我|俺)(?:们)?(?:哥|姐|娘|爷)俩|(?:我|俺)(?:们)?(?:弟兄|兄弟)(?:两个|俩)|两娘母|两爷子|两爷崽|两娘崽|两父子|两母女|"
    # 本人及妻子, 我老汉和我: the reporter and one of his family
    r"本人(?:及|和|与)(?:妻子|丈夫|老婆|爱人|老公)|(?:我|俺)们?家俩人|(?:我|俺)(?:老汉|老爸|爸爸?|妈妈?|老婆|老公|媳妇)(?:和|跟)(?:我|俺)(?!们)|"
    r"我跟我老婆两个|我和我老婆两个|我跟老婆两个|我们俩(?![月天年])|我们两个(?=加起来|一共)|"
    # 我和我老婆都在那干, 俺和俺弟俩人, 我跟我男朋友两个: the reporter and one other
    r"(?:我|俺|额)(?:和|跟|与|同)(?:我|俺|额)?(?:老婆|媳妇|爱人|老公|老汉|老头子?|对象|男朋友|女朋友|老伴儿?|"
    r"弟弟?|哥哥?|兄弟(?![们伙])|妹妹?|姐姐?|儿子|女儿|闺女|爸|妈|老?娘|老?爹|妯娌|徒弟|小舅子|老乡)(?![都也]?(?:还有|和|跟)|们)|"
    # 俩人 一万零四百, 俩人欠了两万六 (not 中暑了俩人, 两个老板俩人推来推去, 另外俩人)
    # 我跟小陈都是被欠的: the reporter and a mate called by his surname
    r"(?:我|俺)(?:和|跟|与|同)小" + COMMON_SURNAME_CLASS + r"(?=都|俩|两个)|"
    r"(?:我|俺)(?:和|跟|与|同)另(?:外)?一个(?!班组长|班长|老板|包工头|工头|带班)|(?:我|俺)俩(?![月天年]|个(?:月|礼拜|星期|钟)|儿子|闺女|孩子|娃)|(?:一起|一块)干(?:活)?的俩人|(?<!另外)俩人(?= ?(?:一共|加|合计|欠|的|工资|工钱|[（(](?:我|俺)|[0-9一二两三四五六七八九十几半])|$)|就俩人"
    r")"
)

_TRIO = re.compile(
    r"(?:我们|俺们|咱们|兄弟|弟兄|哥)仨(?!个?[月天年])|仨(?:个)?(?:人|兄弟|工友|老乡)"
)
# 我和另外四个: the reporter and so many others; 我家三口都在他那干: a family's hands
_ME_AND_OTHERS = re.compile(
    r"(?:我|俺)(?:和|跟|与|同)另(?:外)?([两三四五六七八九2-9])个(?![月天年])"
)
# 就我一个人, 俺就一个人: the reporter alone, a count of one
# (我一个人, a clause of its own: the same)
_ALONE = re.compile(
    r"(?:(?:就|只有)(?:我|俺)一个人?|(?:我|俺)(?:就|自己)一个人|(?:^|(?<=[ ，,。]))(?:我|俺)一个人?)(?=$|[ ，,。!！])"
)
_FAMILY_HANDS = re.compile(r"(?:我|俺)们?一?家([两俩三四五六])口(?:人|子)?(?=都|全|[ ，,。]|$)")


_COUNT_ENDS_IT = re.compile(r"(?:多|几|来)?个[ 。.!！~" + EMOJI + "]*")
# 普工 十七个 差不多二十五万, 施工单位欠薪 二十多个 八十多万: a count, then what all are owed
_COUNT_THEN_SUM = re.compile(
    r"(?:多|几|来)?个[ ，,]+(?:差不多|大概|一共|总共|共|每人|每个人|一个月|每个月|每月)?"
    r"[\d一两二三四五六七八九十几]+(?:\.\d+)?(?:多|来)?[万千]"
)
_SIZE_OF_THE_PLACE = re.compile(r"(?:多|余)?(?:个|名)?人的(?:厂|公司|工地|单位|企业|大厂)")
_PEOPLE_RIGHT_AFTER = re.compile(
    r"(?:多|余|来)?(?:个|名|号)?(?:人(?!事|家)|工人|员工|农民工|民工|职工)"
)


def extract_workers(t: str) -> tuple[Range | None, str | None]:
    best: tuple[int, Range, str] | None = None
    for m in NUM_RE.finditer(t):
        s = m.group(0)
        start, end = m.span()
        after = t[end : end + 7].removeprefix(" ")  # "我们 8 个人"
        if "万" in s or ("千" in s and not re.match(r"(?:多|余)?(?:个|名)?工人", t[end : end + 4])):
            continue  # a sum (一千多工人: a workforce)
        before = t[max(0, start - 12) : start]
        if s.startswith("几"):
            continue
        parsed = parse_number(s)
        if parsed is None:
            continue
        lo, hi, approx = parsed
        ok = False
        # (一天二百六 有个工友…: a rate, then a sentence about a co-worker, not 我们 8 个人)
        if _WORKER_NOUN.match(after) and (
            t[end : end + 1] != " " or re.match(r"(?:多|几|来|余)?(?:个|名|号|位)|人", after)
        ):
            ok = True
            if re.match(r"^(?:个|名|位)?人(?:的|就|一个月|在|都没有|来|手)", after) and lo <= 1:
                ok = False
        elif (
            (
                re.match(r"^(?:多|几|来)?(?:个|号)(?![月人小天年])", after)
                and (we := _WE_BEFORE.search(before))
                and lo >= 3
                # 我们做外墙的 9个: the count ends the clause (not 我们是最底下的 三个老板)
                and (not we.group(0).rstrip().endswith("的") or _COUNT_ENDS.match(after))
            )
            or (
                lo >= 3
                # 我们水电工 五个, 俺们班4个, 工人四十几个, 保洁组六个大姐: the clause tells whose
                # count it is, and the count ends it or names the workers
                and _WE_IN_CLAUSE.search(before)
                and (_COUNT_ENDS.match(after) or _COUNTED_PEOPLE.match(after))
            )
            or (lo >= 3 and _JOB_BEFORE.search(before) and _NAMED_COUNT_ENDS.match(t, end))
            or (
                lo >= 3
                and _WORKFORCE_BEFORE.search(before)
                and (
                    _CLAUSE_ENDS.match(t, end)
                    or _NAMED_COUNT_ENDS.match(t, end)
                    or _COUNT_ENDS.match(after)  # 我老乡十几个都在这
                )
            )
            # 都是五六十岁的老人 二十来个: the workers, then their count
            or (lo >= 3 and _PEOPLE_CLAUSE_BEFORE.search(before) and _COUNT_ENDS.match(after))
            # 二十来个干砌筑的都没拿着: a count of men by their work, standing alone
            or (lo >= 3 and t[start - 1 : start] == " " and _COUNTED_PEOPLE.match(after))
            or (
                # 项目部欠薪 十几个, 都是附近村里的妇女 五十多个: the count the report ends with
                lo >= 3
                and t[start - 1 : start] in (" ", "，", ",")
                and (_COUNT_ENDS_IT.fullmatch(t, end) or _COUNT_THEN_SUM.match(t, end))
            )
        ):
            ok = True
        if not ok or lo < 2 or lo > 100000:
            continue
        if re.search(r"(?:每|一)个?$|(?:一|每)天$", before) or (
            # (一间住12个人: a room's; 我们12个人住在工棚里: the crew, where it sleeps)
            re.match(r"^(?:个|名)?人(?:挤|住)", after)
            and not re.search(r"(?:我|俺|咱)们(?:还有|有)?$", before)
        ):
            continue
        # 第二人民医院: a name, not two men; 五百多人的厂: the size of the place; 养四口人,
        # 两个老人家要养: a family to keep
        if (
            before.endswith(("第", "养"))
            or re.search(r"要养|要照顾", after)
            or after.startswith("人民")
            or _SIZE_OF_THE_PLACE.match(after)
        ):
            continue
        if re.match(r"^(?:多|几|来|余)?(?:个|名|号|位)?(?:多|半)?(?:小时|月|天|年)", after):
            continue  # 三个多月: how long, not how many
        if lo >= 1000 and (not _PEOPLE_RIGHT_AFTER.match(after) or t[end : end + 1] == " "):
            continue  # 欠我7000 跟木工那边, 欠我8000 人跑了: a sum, not thousands of men
        if re.match(r"^(?:期|号楼|栋|层|楼|号线|标段|区|团|师)", after):
            continue  # 二期, 3号楼: which part of the site, not how many
        r = Range(int(lo), int(hi), approx, s)
        if best is None or r.low > best[1].low:
            best = (start, r, s)
    if best is None and (m1 := _A_HUNDRED.search(t)):
        return Range(100, 199, True, m1.group(0)), m1.group(0)  # 上百号人, 百多号人
    if best is None and (m1 := _SOME_HUNDREDS.search(t)):
        return Range(100, 999, True, m1.group(0)), m1.group(0)  # 好几百人
    others = _ME_AND_OTHERS.search(t)
    if best is not None and others and best[0] == others.start(1):
        best = None  # 我和另外四个快递员: the reporter too, not the four alone
    if best is None and (m4 := others or _FAMILY_HANDS.search(t)):
        n = parse_number(m4.group(1).replace("俩", "两"))
        if n is not None:
            k = int(n[0]) + (1 if m4.re is _ME_AND_OTHERS else 0)
            return Range(k, k, False, m4.group(0)), m4.group(0)
    if best is None and (alone := _ALONE.search(t)):
        return Range(1, 1, False, alone.group(0)), alone.group(0)
    if best is None:
        m2 = _COUPLE.search(t)
        if m2:
            return Range(2, 2, False, m2.group(0)), m2.group(0)
        m3 = _TRIO.search(t)
        if m3:
            return Range(3, 3, False, m3.group(0)), m3.group(0)
        return None, None
    return best[1], best[2]


# ---------------------------------------------------------------- period
_PERIOD_RES = [
    re.compile(
        r"(?:从)?(?:\d{4}年|去年|前年|今年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:开始)?(?:到|至|干到|一直到)(?:现在|今|今天|目前|年底|过年|\d{1,2}月)"
    ),
    re.compile(
        r"(?:从)?(?:去年|前年)(?:腊月|年底|年初|年中|过年)?(?:到|至|开始到)(?:现在|今|目前)"
    ),
    re.compile(
        r"(?:\d{4}年|去年|前年|今年)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:的工资)?"
    ),
    re.compile(
        r"(?:快|大|近|将近)?(?:[一二两三四五六七八九十半]|\d{1,2})(?:个)?(?:多)?(?:个)?(?:半)?(?:月|年)(?!份)"
    ),
    re.compile(r"(?:快|大|近)?半年|一年多|大半年|好几个月|几个月"),
]


def extract_period(t: str) -> str | None:
    for rx in _PERIOD_RES:
        m = rx.search(t)
        if m:
            return m.group(0)
    return None


_CN_SMALL = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "俩": 2,
    "仨": 3,
}
_MONTHS = re.compile(
    r"(?:((?:\d{1,2}|十[一二]?|[一两二三四五六七八九])(?=个)|[俩仨])个?(多)?(半)?月|([一两二三四五]?)年(多)?|(大|快|近)?半年)"
)
# durations that are not how long wages are owed: time worked, a stoppage, a monthly rate
_NOT_ARREARS_BEFORE = re.compile(
    r"(?:(?:干了?|做了?|修了?)(?:快|近|将近|差不多)?|给了|发了|停工了?|(?:项目|工地|工程|活)都?停了?|进场|每|一直干|已经干|上班|上了|\d|[万千百块元]|再等|等|"
    r"[万千百][一二三四五六七八九两]|"  # 工资三千二一个月, 一万二一个月: a monthly rate
    r"(?:离职|辞职|辞工|不干了|走了)(?:快|都|已经|有)?|"
    r"[上下])$"  # 去年下半年: which half of the year, not how long
)
_NOT_ARREARS_AFTER = re.compile(
    # (一个月到手四千五: what a month pays, not how long it is owed)
    r"^(?:了)?(?:就|才|的(?:时候|活)|\d|[一两二三四五六七八九十几]+[千百万块元]|到手|能拿|拿)"
)


def _cn_small(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        return 10 + (_CN_SMALL.get(s[1:], 0) if len(s) > 1 else 0)
    return _CN_SMALL.get(s, 0)


# short stretches: 欠了十天, 半个月的工资, 上个月工资没发 (a month's wages)
_SHORT = re.compile(
    r"(?:欠了?|拖了?)(\d{1,2}|[一两二三四五六七八九十]{1,3})天|"
    r"(半个月)(?:的)?(?:工资|工钱)|(?:欠了?|拖了?)(半个月)|"
    r"(上个?月)(?:的)?(?:工资|工钱)?(?:没|不|还没|一直没)(?:发|给|结)"
)


def arrears_months(t: str) -> float | None:
    """How many months wages have been owed, when stated as a duration (三个月, 一个半月,
    半年, 一年多, 欠了十天, 上个月工资没发); None when not stated, vague (好几个月) or given
    only as dates."""
    m = _SHORT.search(t)
    if m:
        if m.group(1):
            days = parse_number(m.group(1))
            if days and days[0] >= 1:
                return round(days[0] / 30, 2)
        else:
            return 1.0 if m.group(4) else 0.5
    for m in _MONTHS.finditer(t):
        before = t[max(0, m.start() - 4) : m.start()]
        after = t[m.end() : m.end() + 4]
        if _NOT_ARREARS_BEFORE.search(before) or _NOT_ARREARS_AFTER.match(after):
            continue
        if m.group(1):
            n = _cn_small(m.group(1))
            if n:
                # 快5个月, 将近三个月: not quite that many (agrees with 4个月 and with 5个月)
                nearly = -0.5 if re.search(r"(?:快|将近|(?<!最)近)$", before) else 0.0
                # 两个多月: more than two, told by another as 三个月 (agrees with both)
                more = 0.5 if m.group(2) and not m.group(3) else 0.0
                return n + (0.5 if m.group(3) else 0.0) + nearly + more
        elif m.group(6) is not None or m.group(0).endswith("半年"):
            return 5.5 if m.group(6) in ("快", "近") else 6.0  # 快半年: not quite six
        else:
            years = _CN_SMALL.get(m.group(4), 1) if m.group(4) else 0
            # (二四年 is 2024, not four years)
            if years and m.group(0).endswith(("年", "年多")) and before[-1:] not in "去前今明二":
                return 12.0 * years
    return None


_MONTH = r"(\d{1,2}|十[一二]?|[一两二三四五六七八九])"  # a calendar month's number
_START = re.compile(
    f"(?:从(?:\\d{{4}}年|去年|今年|前年)?{_MONTH}月)|"
    f"(?:{_MONTH}月份?(?:开始|起|以后|到现在|至今|到今|到目前))"
)


# 2024年的工钱, 25年下半年工资, 2024年过年前那几个月的工资: the year the wages are for
# (not 从2024年10月开始, where the arrears only start)
_WAGE_YEAR = re.compile(
    # (23年在城北棚户区跟工头黄老板干的: the year he worked there)
    r"(?<![\d从自])(?:20)?(2\d)年(?!底前|以前|之前)(?:[^ ，,。至到起开从跟和]{0,10}?|[在跟][^ ，,。]{0,16}?|"
    r"[\d一二三四五六七八九十]{1,2}月份?[到至][\d一二三四五六七八九十]{1,2}月份?的?[^ ，,。]{0,8}?)(?:工资|工钱|的钱|的账|活|干的|做的|人工)"  # (2022年秋天的账)
)


# 今年的活干完了钱不给 / 是去年的账, 去年腊月就该给的: this year's work, or last year's.
# Not 说好今年3月给 (a promise), not 从去年十月到现在 or 去年下半年的钱到现在没结 (arrears
# running since then: the labelled sets put those with this year's reports)
_THIS_YEAR = re.compile(
    r"(?<!说好)(?<!答应)(?<![说讲到至])今年(?![^ ，,。]{0,4}(?<![不没])(?:给|发(?!商)|结)(?!了))(?!的事|的另说)"
    r"(?!春节前|过年前|年前)"  # 今年春节前说好的工资没给: a deadline for last year's work
    r"(?!的活[^ ，,。]{0,4}没)"  # 今年的活我没干: not this year's work
    r"(?![^ ，,。]{0,4}(?:没|不)(?:去|在|干|做|跟))"  # 今年俺没去那干, 今年这期我没干: the same
    r"(?!\d{2}(?:岁|了)|[一二三四五六七八九十]{2,3}(?:岁|了))"  # 我老汉今年58了: his age
    r"(?![^ ，,。]{0,4}(?:是另外|另外算|另算))"  # 今年二期的是另外算的: said to be apart
    r"(?![^ ，,。]{0,4}欠别(?:人|个))"  # 听说他今年又欠别人的: others' arrears
    r"(?![^ ，,。]{0,8}不是一(?:回|码)事)"  # 跟今年门诊楼这个不是一回事: not this year's
    # 今年的倒是结了, 今年的都给清了: this year's paid, the claim is another year's
    r"(?![^ ，,。]{0,4}(?:(?:倒是|都|已经|早就?)(?:结|给|发)(?:了|清)|倒是有?(?:结|给|发)|结清|给清))"
)
_LAST_YEAR = re.compile(
    # 去年十月到现在: running since; 去年的工钱到现在还欠: last year's, still owed; 头年 is
    # last year in the north (not 包工头年底)
    r"(?<![从自])(?<!那是)(?<!那都是)(?<!不是)(?:去年|前年|(?<![工])头年)(?![^的。]{0,8}(?:到现在|至今|到今))(?![^。]{0,8}(?:开始|以来|以后|(?<!一)起))(?![^ ，,。]{0,6}和(?:今年)?(?:\d{1,2}|[一二])月)"
    # 去年的好不容易要回来了, 去年的工资年前已经结清了: settled, not what is owed
    r"(?![^ ，,。]{0,14}(?:要回来了|要到了|(?<![没未])结清了?|(?<![没未])付清了?|(?:全部|都|倒是)(?:给|结|发)了|拿到了))"
    # 去年在别的工地有人拉过横幅, 去年有人堵过路: what others did then, not whose wages
    r"(?![^ ，,。]{0,6}(?:(?:别的|其他|隔壁)工地|有人))"
    # 去年的事我不清楚, 那是去年的事了 (跟这次不是一回事): last year's set aside
    r"(?!的事了?[ ，,]?(?:我|俺)?(?:不知道|不清楚|跟这次|和这次))"
    # 过年前的工钱: the work before the new year, owed since (not 答应年前结的: a promise)
    r"|(?<!答应)(?<!说好)(?<!说)(?:过)?年前的(?:工钱|工资|钱|活)"
)


def which_year(t: str) -> str | None:
    """ "now" when only this year's work is told of, "past" when only last year's."""
    now, past = bool(_THIS_YEAR.search(t)), bool(_LAST_YEAR.search(t))
    return None if now == past else "now" if now else "past"


def wage_years(t: str) -> list[int]:
    """The years whose wages a report is about, where it says so (二四年 is 24年)."""
    t = _CN_YEAR.sub(lambda m: f"2{'零一二三四五六七八九'.index(m.group(1))}年", t)
    return sorted({2000 + int(m.group(1)) for m in _WAGE_YEAR.finditer(t)})


_CN_YEAR = re.compile(r"(?<![零一二三四五六七八九十百千几两\d])二([零一二三四五六七八九])年")


# the lunar year's last months as workers name them, for the calendar month nearest
_LUNAR_AS = {"腊月": "十二月", "冬月": "十一月"}
_LUNAR_MONTHS = re.compile("|".join(_LUNAR_AS))


def arrears_start(t: str) -> tuple[int, bool] | None:
    """The calendar month the arrears started in (从10月, 去年十月份到现在, 10月开始的) and
    whether that was last year (从去年八月份开始, 去年10月到现在); None when not stated."""
    # (从去年腊月到现在: December; 腊月到现在 is last year's, the new year since come)
    lunar = _LUNAR_MONTHS.search(t) is not None
    t = _LUNAR_MONTHS.sub(lambda m: _LUNAR_AS[m.group(0)], t)
    m = _START.search(t)
    if not m:
        return None
    n = _cn_small(m.group(1) or m.group(2))
    if not 1 <= n <= 12:
        return None
    # (去年七八月份开始: 去年, then the months run together)
    last = "去年" in m.group(0) or "去年" in t[max(0, m.start() - 3) : m.start()]
    return n, last or (lunar and n >= 11)


# 3月到5月, 3-5月, 9月10月的, 10月11月两个月, 11月和12月工资: a closed stretch of months whose wages are owed
_MONTH_SPAN = re.compile(
    # (3-7月, 4到8月: the first month's 月 left out)
    # (去年10月到今年1月, 去年十月份干到今年一月: over the new year)
    f"(?<![\\d.]){_MONTH}(?:月份?(?:干|做)?)?(?:到|至|-|~|—)(?:今年)?{_MONTH}月|"
    # 三月份到甘州大道…上干活 … 一直干到七月份: from when he came to when he stopped
    f"{_MONTH}月份?(?:到|来|去|进)[^。]{{0,30}}?(?:干到|做到){_MONTH}月|{_MONTH}月份?[、和 ]?{_MONTH}月份?(?:的|两个月|这两个月|工资|工钱| ?(?:都|也|还|又)?没)|"
    # 4月5月6月 共计, 3 4 5三个月: three months told one by one
    f"{_MONTH}月份?[、和 ]?{_MONTH}月份?[、和 ]?{_MONTH}月|"
    f"(?<![\\d.])(\\d{{1,2}})[、 ]\\d{{1,2}}[、 ](\\d{{1,2}})(?:三个)?月"
)
# 上半年的工资: January to June
# (是去年下半年的: the wages owed are of that half)
_HALF_YEAR = re.compile(r"([上下])半年的?(?:工资|工钱|钱|活|账)|是(?:去年|今年)?([上下])半年的")


# 2024年底的工资: a year's last two months (not 说好年底的工资一起结: a promise)
_YEAR_END = re.compile(r"(?:20)?\d\d年(?:年)?底的?(?:工资|工钱|钱)")
# 2024年第四季度: October to December
_QUARTER = re.compile(r"第([一二三四1-4])季度")
# 6月的钱, 十月份的工资: one month's wages (not 从3月份的工资开始, 3月到现在)
_ONE_MONTH = re.compile(
    # 10月份工资没发, 3月份挖基础的工钱, 今年11月的又欠上了 (not 从3月份工资就没发: since then)
    f"(?<![\\d.到至从自-])(?!两){_MONTH}月(?!份?(?:以后|之后|以来|开始))份?"  # (十月份以后的工资: since)
    "(?:(?:的|(?:(?![月到至])[^ ，,。]){1,4}的)?(?:工资|工钱|钱|人工)"
    "(?![^ ，,。]{0,3}(?:开始|起|以后|之后))|的(?:又|也|还)(?:欠|没发|没给))"
)


# 5到8月欠的已经发了 9月10月又没发: that stretch is paid, the next one is owed
# (4到6月那次项目部后来结清了: that stretch settled since)
_SPAN_PAID = re.compile(
    r"[^ ，,。]{0,8}?(?:已经|都|早就?|后来)补?(?:发了|给了|结了|结清|发清|付了)"
)


# 八九十月, 七八月份: months told as a run of numerals (not 十二月, December)
_NUMERALS = "一二三四五六七八九十"
_RUN_OF_MONTHS = re.compile(
    "(?<![十\\d])(?:"
    + "|".join(_NUMERALS[i : i + n] for n in (4, 3, 2) for i in range(len(_NUMERALS) - n + 1))
    + ")(?=月份?(?:的|工资|工钱| ?(?:都|也|还|又)?没))"
)


def wage_month_span(t: str) -> tuple[int, int] | None:
    """The first and last month of a closed stretch of arrears (9月10月的: 9, 10), None
    when none is told; a stretch over the new year (10月到2月) ends before it starts."""
    spans = list(_MONTH_SPAN.finditer(t))
    if not spans:
        run = _RUN_OF_MONTHS.search(t)
        if run and not _SPAN_PAID.match(t, run.end() + 1):
            return (_cn_small(run.group(0)[0]), _cn_small(run.group(0)[-1]))
        half = _HALF_YEAR.search(t)
        if half:
            return (1, 6) if "上" in half.group(1, 2) else (7, 12)
        quarter = _QUARTER.search(t)
        if quarter:
            q = _cn_small(quarter.group(1))
            return (3 * q - 2, 3 * q)
        if _YEAR_END.search(t):
            return (11, 12)
        one = _ONE_MONTH.search(t)
        if one and not _SPAN_PAID.match(t, one.end()):
            month = _cn_small(one.group(1))
            return (month, month) if 1 <= month <= 12 else None
        return None
    m = next((m for m in spans if not _SPAN_PAID.match(t, m.end())), None)
    if m is None:
        return None
    first = _cn_small(m.group(1) or m.group(3) or m.group(5) or m.group(7) or m.group(10))
    last = _cn_small(m.group(2) or m.group(4) or m.group(6) or m.group(9) or m.group(11))
    return (first, last) if 1 <= first <= 12 and 1 <= last <= 12 else None


class _Tagger:
    """Names of the (name, pattern) pairs whose pattern occurs in a text, in list order."""

    __slots__ = ("_res",)

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._res = [(name, re.compile(rx)) for name, rx in pairs]

    def __call__(self, t: str) -> list[str]:
        return [name for name, rx in self._res if rx.search(t)]


# ---------------------------------------------------------------- real-name grievances
# what, of the real-name system, is missing: a wage card held by the team leader is not
# the same complaint as a contract never signed or a name missing from the register
_RN_ASPECTS = [
    (
        "card",
        r"工资卡|银行卡|自己的?卡|卡[^ ，,。]{0,2}被|(?:收|拿|扣)了?(?:我们|俺们|我)的卡|(?<![钱款])卡(?:都|也|全)?在[^ ，,。]{1,6}那|代领|领了再发|卡.{0,6}(?:手里|手上|收走|拿走|拿去|收着|在他|保管|交给|拿着|没见过)|密码",
    ),
    ("contract", r"合同"),
    ("attendance", r"考勤|打卡|打过卡|出勤|记工|天数"),
    # (not 实名制倒是录了: registered, the grievance is elsewhere)
    ("register", r"实名(?!制?(?:倒是|都|也)?(?:录了|登记了|有))|登记|刷脸|闸机|录入|系统"),
    (
        "pay",
        r"现金|不是每个月|每个月都不发|不按月|年底|一次性|一次过|过年.{0,4}(?:给|发|结)|打到.{0,6}卡",
    ),
]
extract_rn_aspects = _Tagger(_RN_ASPECTS)


# ---------------------------------------------------------------- parties
_EVERYDAY_SURNAMES = "白于石江武康牛左"  # and the last of everyday words: 宝石, 明白
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范廖韦贾夏付傅邹熊孟秦邱侯尹薛闫段雷黎史陶贺顾毛郝龚邵钱严覃戴莫孔汤温何"
    "方赖洪"
    # less common, and seldom the first character of an everyday word
    "邢蒲芦鄢隋扈樊葛庞倪聂翟殷詹耿俞阮裴霍翁骆柯祝靳柴鲍喻祁滕饶牟缪褚娄窦岑瞿佟闵苟邬卞栾甄敖巩"
    "佘邝伍庄乔岳鲁颜穆敬谯"
    # common, but the first character of everyday words too: _NOT_NAMES lists those
    + _EVERYDAY_SURNAMES
    # the south: Hainan, Guangxi, Guangdong
    + "符蓝麦冼凌甘欧"
    "楼"  # Zhejiang: 楼建明
    "鞠初宫曲逄"  # the north-east and Shandong: 鞠洪涛, 初振涛, 逄志刚
    "笪"  # Jiangsu: 笪红兵
    "靳谷"  # the north: 靳春明, 姓谷的
    "舒"  # 舒老板
    "应"  # Zhejiang: 应建华 (应该, 答应: _NOT_NAMES)
    "常"  # 老常 (常常, 经常: _NOT_NAMES)
    "衣"  # 老衣 (衣服: _NOT_NAMES)
    "勾"  # 勾海平, typed for 苟 (勾结, 勾当: _NOT_NAMES)
    "冶"  # Hui: 冶海林 (冶炼: _NOT_NAMES)
    "刀岩刁"  # Dai: 刀建华, 岩罕 (岩石, 刀子, 刁难: _NOT_NAMES)
    "简"  # 简老板 (简单, 简直: _NOT_NAMES)
    "季"  # 季长林 (季度, 季节: _NOT_NAMES)
    "龙"  # Guizhou, Hunan: 龙再兴 (龙骨, 龙头: _NOT_NAMES)
    "施"  # Fujian, Zhejiang: 施永强, 施老板 (施工: _NOT_NAMES)
    "仇"  # northern Jiangsu: 仇士龙, 老仇 (仇人: _NOT_NAMES)
    "朴金"  # Korean: 朴永哲, 金成浩 (朴素, 金额, 金属: _NOT_NAMES)
    "党"  # Shaanxi: 带班的党军 (党员, 党委: _NOT_NAMES)
    "冉"  # Guizhou, Chongqing: 冉家贵, 冉老板
    "尤"  # Jiangsu: 尤老板 (尤其: _NOT_NAMES)
    "申"  # Shanxi: 申小平 (申请, 申报: _NOT_NAMES)
    "蒙"  # Guangxi, Hainan: 蒙德才 (蒙古, 蒙骗: _NOT_NAMES)
    "阎"  # 阎保平, the older form of 闫
    "虞庹"  # Zhejiang: 虞建军; Tujia: 庹志刚
    "雒豆"  # Gansu, Shaanxi: 雒海军, 豆建平, 豆老板 (豆腐, 土豆: _NOT_NAMES)
    "普"  # Yunnan: 普文华班组 (普工, 普通: _NOT_NAMES)
)
_NAME_STOP = set(
    "欠拖说跑的把不带在是也就还又了老板工头班组长师傅这那我们他她要让给跟和与叫没都一已今去到从再才某包收拿取扣等手款借烂"
    "嘞哋嘅咧啦吧呢"  # 姓韦嘞包公头: a dialect's particle, not a given name
    "冇未"  # 钱冇发: the money not paid, as Canton says it
)
# words that start with a surname character but are not names ("请帮忙 谢谢")
# 钱卡在项目部, 钱压在总包: the money, not Mr Qian
_MONEY_DOES = re.compile(
    r"钱[卡压拖扣押放打到还都也被给让在是要没不就又才全早已结发少多款数的了拿啊呀吗呢嘛哪谁下钱]"
)
_NOT_NAMES = frozenset(
    [
        "求帮",  # 求帮忙, 求求你, 求助: a plea, not Mr Qiu
        "求求",
        "求助",
        "求你",
        "求您",
        "应该",
        "豆腐",
        "普工",
        "普通",
        "普遍",
        "普及",
        "普查",
        "豆子",
        "豆角",
        "豆浆",
        "豆芽",
        "常常",
        "衣服",
        "勾结",
        "冶炼",
        "岩石",
        "岩层",
        "岩土",
        "刀子",
        "刀片",
        "刀具",
        "刁难",
        "渠道",
        "简单",
        "季度",
        "季节",
        "简直",
        "简历",
        "简易",
        "赖着",
        "赖账",
        "赖皮",
        "冶金",
        "勾当",
        "勾兑",
        "勾搭",
        "衣柜",
        "衣裳",
        "常年",
        "常用",
        "常规",
        "常来",
        "常驻",
        "常州",
        "常德",
        "常熟",
        "常山",
        "应当",
        "应付",
        "应发",
        "应得",
        "应聘",
        "应有",
        "应急",
        "应收",
        "应缴",
        "应结",
        "应给",
        "楼上",
        "楼下",
        "楼停",  # 楼停在12层: the building stopped, not Mr Lou
        "楼盖",
        "楼封",
        "楼顶",
        "楼房",
        "楼盘",
        "楼层",
        "楼道",
        "楼梯",
        "楼里",
        "楼面",
        "楼栋",
        "楼主",
        "楼板",
        "楼体",
        "凌晨",
        "蓝色",
        "麦子",
        "甘蔗",
        "甘心",
        "欧洲",
        "符合",
        "白干",
        "白天",
        "白白",
        "白班",
        "白条",
        "白跑",
        "白做",
        "于是",
        "石材",
        "石头",
        "石膏",
        "石子",
        "石料",
        "石家",
        "石油",
        "江边",
        "江苏",
        "江西",
        "武汉",
        "康复",
        "康养",
        "牛逼",
        "牛皮",
        "牛肉",
        "左右",
        "左边",
        "左手",
        "于今",
        "谢谢",
        "莫得",
        "岳父",
        "岳母",
        "敬老",
        "敬酒",
        "敬礼",
        "敬请",
        "敬业",
        "庄稼",
        "马上",
        "高兴",
        "周末",
        "黄金",
        "方便",
        "高速",
        "高架",
        "程序",
        "任务",
        "任何",
        "许多",
        "曾经",
        "余额",
        "毛钱",
        "钱都",
        "钱也",
        "钱还",
        "钱全",
        "钱就",
        "钱被",
        "钱没",
        "张家港",
        "黄岛",
        "马鞍山",
        "高新区",
        "林场",
        "叶子",
        "陆续",
        "段时间",
        "孙子",
        "严重",
        "戴帽",
        "安全",
        "初一",
        "初二",
        "初三",
        "初中",
        "初步",
        "初期",
        "初级",
        "初次",
        "初心",
        "初始",
        "宫殿",
        "曲线",
        "曲折",
        "谷子",
        "谷歌",
        "谷物",
        "谷底",
        "舒服",
        "舒适",
        "舒心",
        "应县",
        "仇人",
        "尤其",
        "申请",
        "蒙古",
        "蒙骗",
        "蒙了",
        "蒙在",
        "申报",
        "申诉",
        "申领",
        "申办",
        "沙子",
        "沙石",
        "沙土",
        "沙发",
        "海鲜",
        "海边",
        "海南",
        "海口",
        "海关",
        "拜托",
        "拜年",
        "锁门",
        "麻烦",
        "涂料",
        "普工",
        "普通",
        "普遍",
        "自己",
        "自家",
        "自称",
        "自费",
        "自行",
        "自动",
        "自从",
        "自然",
        "自个",
        "自身",
        "涂装",
        "涂漆",
        "涂抹",
        "农民",
        "农村",
        "农药",
        "农家",
        "农业",
        "农场",
        "农田",
        "农活",
        "麻将",
        "麻辣",
        "麻木",
        "麻袋",
        "向我",
        "向他",
        "向项",
        "向总",
        "向上",
        "向下",
        "向前",
        "向后",
        "向着",
        "向来",
        "锁了",
        "索要",
        "索赔",
        "朴素",
        "党员",
        "党委",
        "党支",
        "党组",
        "党建",
        "党政",
        "党中",
        "党和",
        "党的",
        "朴实",
        "金额",
        "金属",
        "金钱",
        "金融",
        "金库",
        "金牌",
        "金色",
        "金子",
        "金沙",
        "金华",
        "金山",
        "金水",
        "金湖",
        "金街",
        "金地",
        "金海",
        "金龙",
        "金桥",
        "金港",
        "金城",
        "金源",
        "金鼎",
        "金茂",
        "金科",
        "金域",
        "金辉",
        "金马",
        "金凤",
        "仇恨",
        "仇视",
        "龙骨",
        "龙头",
        "龙门",
        "龙虾",
        "龙卷",
        "龙岗",
        "龙华",
        "龙湖",
        "龙岩",
        "龙泉",
        "龙江",
        "龙口",
        "龙舟",
        "龙井",
        "龙眼",
        "施工",
        "施肥",
        "施压",
        "施舍",
        "施行",
        "施救",
        "施展",
        "施加",
    ]
)
# Compound surnames (令狐建军, 司马文, 上官云) are held as one private-use character while
# names are read, so that every rule for a surname of one character reads them too, and
# given back after. (Not 长孙 of 班组长孙德福, 公孙 of 老公孙子, 轩辕 or 南宫 of places,
# 东方 the east; 司马 not after 公司 or 上司: 劳务公司马俊峰 is Mr Ma.)
_COMPOUND_SURNAMES: tuple[str, ...] = ("令狐", "欧阳", "司马", "司徒", "上官", "诸葛", "皇甫")
_COMPOUND_SURNAMES += ("夏侯", "慕容", "端木", "尉迟", "宇文", "独孤", "申屠", "澹台", "呼延")
_HELD = {name: chr(0xE000 + i) for i, name in enumerate(_COMPOUND_SURNAMES)}
_GIVEN_BACK = str.maketrans({held: name for name, held in _HELD.items()})
_COMPOUND_RX = re.compile(
    "|".join(("(?<![公上官])" if n[0] == "司" else "") + n for n in _COMPOUND_SURNAMES)
)
SURNAMES.update(_HELD.values())


def hold_compound_surnames(t: str) -> str:
    return _COMPOUND_RX.sub(lambda m: _HELD[m.group()], t)


def give_back_compound_surnames(t: str) -> str:
    return t.translate(_GIVEN_BACK)


SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + "]"
# Surnames that are everyday words too: the Hui 沙 拜 海 锁 索, 麻 and 向 of Xiangxi, 禄 普 自
# 者 of the Yi, 农 of the Zhuang, 涂, and 巴 (巴老板 for the Mongol 巴特尔) (沙子, 上海, 麻烦,
# 向项目部要钱, 农民工, 自己, 涂料, 尾巴). A surname only where a role names the man
# (包工头沙永平, 海班长), never in free text.
_ROLE_ONLY_SURNAMES = "沙拜海锁索麻向禄农涂普自巴者"
# Common surnames that are everyday characters too (万 of amounts, 关机, 容易, 文章, 纪律,
# 开拓): a surname beside a role (关老板, 包工头易春林), after 老 (老纪), or as a whole name
# another report of the site gives (易春林 欠钱 beside 工头易春林), never where jieba reads
# a word (项目部, 关系; see _word_not_name).
_WORD_SURNAMES = (
    "万关易帅占章纪苗吉拓折呼鄂毕焦柳齐梅辛童游席卫屈柏桂戚苑臧郎冀姬屠郜晏郁揭迟卓艾粟米"
    "仲封官匡宗巫荆伏胥蔺兰费班阳管安税谈盘习罕包丛杞富云綦瑞矫"  # 綦立强 (綦江 is a place), 瑞老板, 矫立国
    "渠"  # 老渠; but 渠 is "he" in Jiangxi's Gan (渠讲开发商冇给渠钱)
    "危"  # 危老板, common in Fujian and Jiangxi (危险 is a word)
    "修寇羊宁敬惠盖文古薄植檀字银"  # 班组长修长福, 工头寇永胜, 银老板 (修路, 文件, 银行)
    "厉相项"  # Shandong: 包工头厉建国, 工头相玉山; 项德胜 (厉害, 相信, 项目)
    "纳"  # Hui: 包工头纳永福 (纳税, 纳入)
    "乐乌"  # Zhejiang: 乐建华, 老乐; 乌志明 (快乐, 音乐, 乌龟)
    # less common surnames, some everyday characters too: 芮宏伟, 查建平 (查询, 燕子)
    "芮阚谌亓逯邰嵇昝晁邸裘栗储仝奚卜桑查燕楚阙浦戈鹿雍辜宿茹湛戎茅尉禹廉卿狄"
    "过"  # 包工头过真华 (过年, 不过)
    "况"  # Sichuan, Jiangxi: 包工头况老板 (情况, 况且)
    "劳"  # Guangxi, Guangdong: 包工头劳振华 (劳务, 劳动)
    "边"  # Hebei, Shanxi: 水电班组长边国强, 老边 (旁边, 边上)
    "寿宣玄"  # Zhejiang: 带班的寿德胜, 老寿; 宣国强, typed 玄国强 (寿命, 宣传, 玄关)
    "种"  # Shandong: 带班的种法明, 给种法明干的 (这种, 种地)
    "池"  # Jiangxi, Fujian: 工头池国平 (池塘, 电池)
    "贡"  # Jiangsu: 班组长贡志强, 贡老板 (贡献)
)
ROLE_SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + _ROLE_ONLY_SURNAMES + _WORD_SURNAMES + "]"
# after 老, and for whole names that may be matched against another report's
_WIDE_SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + _WORD_SURNAMES + "]"
_PARTY_WORD = re.compile(r"分包[方商]")
_ALL_SURNAMES = frozenset(SURNAMES) | frozenset(_ROLE_ONLY_SURNAMES) | frozenset(_WORD_SURNAMES)
# (掌柜的: the boss, as the north-west calls him)
_TL_ROLE = r"(?:包工头|包公头|工头|(?:钢筋|木工|瓦工|泥工|泥水|架子|水电|油漆|模板)头|班组长|班长|带班的|带班|组长|劳务老板|劳务的?|老板|分包|(?<![家屋])掌柜的?)"
_PERSON_AFTER_ROLE = re.compile(
    # (违法分包 包工头刘德贵: 包 begins the next role, not Mr Bao's name)
    _TL_ROLE
    # (带班个符亚雄: Hainan's and Hakka's 个, "that", between the role and the man)
    + r"\s?(?:姓|个)?(?!包工|包公|班组|班长)("
    + ROLE_SURNAME_CLASS
    + r")([\u4e00-\u9fff]{0,2})"
)
# a role, then three characters told as a name (before a pause or a deed)
_ANY_AFTER_ROLE = re.compile(
    r"(?:包工头|包公头|工头|班组长|班长|带班的|做劳务的|劳务老板)\s?([\u4e00-\u9fff])([\u4e00-\u9fff]{2})"
    r"(?=[ ，,。!！]|$|欠|拖|不给|没给)"
)
# three characters told as a name right before the role (偉永福 包工頭 for 韦永福) or what
# he did (照国富 欠我 for 赵国富)
_ANY_BEFORE_ROLE = re.compile(
    r"(?:^|(?<=[ ，,]))([\u4e00-\u9fff])([\u4e00-\u9fff]{2})\s?"
    r"(?=包工头|包公头|工头|班组长|班长|欠(?:我|俺|钱|工|薪)|拖欠)"
)
_ROLE_AHEAD = (
    # (刘金生个包工头: Hakka's 个, "that", between the man and his role)
    r"(?=包工头|包公头|工头|包头(?!市)|个(?:包工头|包公头|工头|老板)|老板|老倌|师傅|哥(?!们)|生(?=欠|拖|不给|没给|跑| 欠| ?(?:劳务老板|包工头|工头))|带班|老版|班组长|班长|组长|某|总(?!包|部|公司|共|计|数|额|是)|"
    r"x{1,3}(?![a-z])|\*{1,3}|×|○)"  # 谭xx, 黄**: a name held back
)
_ROLE_NEXT = re.compile(r"包工头|包公头|工头|班组长|班长")
_PERSON_BEFORE_ROLE = re.compile(
    "(" + ROLE_SURNAME_CLASS + r")(?:[\u4e00-\u9fff]{1,2})?" + _ROLE_AHEAD
)
_ROLE_AT = re.compile(_ROLE_AHEAD)
# 跟着刘振江刘工头: his whole name, then his surname with his role
_NAME_THEN_ITS_SURNAME = re.compile(
    "("
    + SURNAME_CLASS
    + r")([\u4e00-\u9fff]{1,2}?)\1(?=包工头|包公头|工头|老板|班长|带班|总(?!包))"
)
# a surname character that ends a word with the one before it: 甲方老板 is the client's
# boss, 焊工的钱劳务老板 is the workers' money, neither is Mr Fang or Mr Qian
_WORD_END = {
    "方": "甲乙对地双各官厂资校警目主药处多工",
    "温": "保气体水恒高低升降常室",  # 保温班孙总 is the insulation crew's Mr Sun
    "田": "农稻水良梯油",  # 高标准农田何包工头: the farmland's works, then Mr He
    "楼": "酒大高层顶售门主迁",  # 酒楼老板 is the restaurant's owner; 回迁楼水电班 the flats
    "钱": "的工要欠赚价分块本有没借讨结拿给发些点血路饭车房挣",
    "段": "标路阶片地分手",  # 二标段钢筋班长 is the second section's steel crew
    "伍": "队入落",  # 队伍老板 is the crew's boss, not Mr Wu
    "金": "现押资五租薪奖基美黄定违罚税本礼保业",  # 现金, 押金, 资金: money, not Mr Jin
    "刀": "拿带持菜砍剪动",  # 拿刀去找老板: a knife, not Mr Dao
    "海": "上大沿近出航靠入珠渤黄东南青北",  # 上海老板, 珠海: a place, not Mr Hai
    "沙": "黄风细河泥砂长",  # 黄沙, 长沙: sand or a city, not Mr Sha
    "锁": "门上加开枷",  # 门锁: a lock, not Mr Suo
    "索": "绳线摸勒探",
    "者": "记作学读患或再强弱使前后笔编劳业智长老行舞",  # 记者老板: a reporter, not Mr Zhe
    "种": "这那哪各一某此该何品杂物工兵播耕",  # 这种包工头: that kind of boss, not Mr Chong
    "向": "们我他你俺就去都也再要方走朝面转",  # 我们向老板要钱: to the boss, not Mr Xiang
    "万": "0123456789一二两三四五六七八九十百千几多来余上成数",  # 十二万老板: an amount
    "关": "有无没相机海开把难公通过攻玄",
    "易": "容交贸简不平轻",
    "章": "文规印盖篇乐典奖徽",
    "纪": "年世违法军党",
    "齐": "到来备整凑全",
    "卫": "保门后",
    "费": "工路车话电水学生医油运花浪经收交务理消免税",  # 劳务费三百多万: a fee
    "阳": "太衡洛贵沈岳益襄安南濮信绵邵咸朝向阴夕艳重丹斜",  # 衡阳老板: a city, not Mr Yang
    "安": "平公保治西泰雅淮六延吉不心晚早问请",  # 保安老板, 西安老板: a guard, a city
    "管": "不谁没都也来别只尽主监保掌接托代看水钢血气吸人要得会能去",  # 谁管老板: who minds him
    "米": "0123456789一二两三四五六七八九十百千几多方厘毫大小玉糯稻",  # 平方米, 三米: a measure
    "习": "学练实复补预见温演恶",  # 学习班, 实习: a lesson, not Mr Xi
    "盘": "地算铁楼开全通操硬网光楼",  # 地盘老板 is the site's boss (Cantonese), not Mr Pan
    "宗": "祖正",
    "罕": "稀",  # 稀罕
    "丛": "草树花人",  # 草丛, 树丛
    "杞": "枸",  # 枸杞
    "富": "财贫致丰首暴巨国",  # 致富, 首富
    "包": "承分转外发打红钱书背面皮提小大工总",  # 承包老板, 小包老板: a contracting boss
    "兰": "荷",
    "柳": "杨",
    "梅": "杨",
}


# surnames that are a crew's word after any other character (抹灰班, 木工班班长): a
# surname only where a clause or a role starts (包工头班老板, 班福林欠钱)
_AT_A_START = {"班": " ，,。:：、的叫姓是头(（"}


def _ends_word(t: str, i: int) -> bool:
    if t[i] in _AT_A_START:
        return i > 0 and t[i - 1] not in _AT_A_START[t[i]]
    if i > 0 and (t[i - 1 : i + 1] in place_words() or t[max(0, i - 2) : i + 1] in place_words()):
        return True  # 一个浙江老板, 黑龙江老板: a province's or a city's name, not Mr Jiang
    if i > 0 and t[i] in _EVERYDAY_SURNAMES and t[i - 1 : i + 1] in _dictionary_words()[1]:
        return True  # 宝石厂老板: 宝石 is a word (jieba's), 石 is no surname there
    return i > 0 and t[i - 1] in _WORD_END.get(t[i], "")


# (老楼改造: an old block of flats, not old Lou)
# (老浦村: a village, not old Pu)
_LAO_X = re.compile(
    r"老(" + _WIDE_SURNAME_CLASS + r")(?![板乡婆公家人师实村镇屯寨庄])(?<!老楼(?=改|房|小))"
)
# the surnames _LAO_X leaves out (农, 沙, 海 …), beside a role only: 包公头老农, 老农 包工头
_ROLE_LAO_X = re.compile(
    _TL_ROLE + r"的?\s?老([" + _ROLE_ONLY_SURNAMES + r"])(?![板乡婆公家人师实])|"
    r"老([" + _ROLE_ONLY_SURNAMES + r"])(?=\s?(?:包工头|包公头|工头|班组长))|"
    r"老([" + _ROLE_ONLY_SURNAMES + r"])(?=\s?(?:拖欠|欠|不给|没给))|"  # 老向欠的木工工资
    r"(?<=跟)老([" + _ROLE_ONLY_SURNAMES + r"])(?=做|干)|"  # 跟老向做了大半年: the man worked for
    # 老禄 大河一期 欠钱: told as a clause of its own (not 老农, 老者, 老海: a farmer, an elder, a sea)
    r"(?:^|(?<=[ ，,]))老([沙锁索麻向禄涂普])(?=[ ，,])"
)
# 带班的老楚 (for 褚): after a role, a surname typed as another character of its sound
_ROLE_LAO_SOUND = re.compile(
    _TL_ROLE + r"的?\s?老([\u4e00-\u9fff])(?=[ ，,。!！]|$|欠|拖|不给|没给|跑)"
)
_WORKED_FOR = re.compile(r"(?:干|做|打工|搞)")
_LAO_OWES = re.compile(
    r"欠|拖|跑|钱|不露面|躲|工资|薪|卡|借|工头|带班|[班队组]|[(（]|没有?资质|违法|挂靠|转包|分包|那边|那伙|(?:没|不)[发结]|"
    r"一样|没给|一分(?:钱)?(?:都|也)?没|没拿|电话|找不到|手底?下|这个人|咯只人|这只人|冇得?良心|没良心|被[^ ，,。]{0,4}(?:围|堵|拦|打)|"  # 老韩被工人围住了: the crowd is at him
    r"说等[^ ，,。]{0,10}(?:给|发|结)|"  # 老夏说等项目部结了账就给: the one who pays, putting it off
    r"说[^ ，,。]{0,4}(?:底|号|前)就?(?:给|发|结)|"  # 老刘说八月底给
    r"(?<=老[\u4e00-\u9fff])的活"  # 老施的活: the job was his
)
# 大刘欠我工钱: what the crew calls him
_DA_X = re.compile(
    r"(?:^|(?<=[ ，,]))大(" + SURNAME_CLASS + r")(?=欠|拖|跑|躲|不给|没给|是包工头|是工头)"
)
_XIAO_X = re.compile(_TL_ROLE + r"的? ?小(" + SURNAME_CLASS + r")")  # (防水的工头 小宋)
_HELD_BACK = re.compile(_TL_ROLE + r"的?([\u4e00-\u9fff])某")
# surname + 头; not 石头/钟头/龙头/苗头 (words), not 头发/头疼 (the head)
_X_TOU = re.compile(
    r"(?<![\u4e00-\u9fff][里外上前后])(?<![码枕骨舌馒锄砖年])("
    + SURNAME_CLASS.replace("石", "").replace("钟", "").replace("龙", "").replace("苗", "")
    + r")头(?![发疼顶部像盔脑儿])"
)
# the words after 包工头和 that make it "and": 包工头和老板, 工头和我们
_NOT_A_GIVEN_NAME = frozenset(
    {
        "老板",
        "班长",
        "项目",
        "工人",
        "工友",
        "甲方",
        "乙方",
        "总包",
        "劳务",
        "公司",
        "老婆",
        "兄弟",
        "大家",
        "别人",
        "其他",
        "我们",
        "他们",
        "带班",
        "工头",
        "班组",
        "小工",
        "师傅",
    }
)
_HE_SURNAME = re.compile(
    r"(?:^|(?<=[ ，,。]))和(?=老板|包工头|包公头|工头|班长)|老和(?!尚|面|稀泥|事佬)|"
    # (包工头和建华从去年9月, 跟着包工头和建华干了: his name, then when or what)
    r"(?:包工头|包公头|工头|班组长|带班的?)和([\u4e00-\u9fff]{2})(?=[ ，,。]|欠|拖|从|干|$)"
)
# 姓X names a surname whatever X is (姓普的, 姓自的, 姓令狐的 as held): not 姓名, 姓啥
_XING_X = re.compile(r"姓(?!名|啥|什么|氏|甚)([\u4e00-\u9fff" + "".join(_HELD.values()) + "])")
_SELF_BEFORE = re.compile(r"(?:我|俺|本人)$")
# a bare name: after a pause or a verb that introduces a person, before what he did
_CANDIDATE = re.compile("(?=(" + _WIDE_SURNAME_CLASS + r"[\u4e00-\u9fff]{2}))")
# the trades whose crew a man heads (者永福 砌砖班, 黄志强木工班)
_CREW_TRADES = r"[木瓦电焊泥]工|钢筋|水电|架子|油漆|模板|泥水|抹灰|防水|砌砖|砌筑"
# 向贵平拖欠我们, 麻国化 带班的, 转包给向贵平的: a surname that is an everyday word too
# (向, 麻, 农), as a whole name where a report or a clause begins, right before what he did
# or his role (not 向目部, 项目部 mistyped)
_ROLE_ONLY_CANDIDATE = re.compile(
    r"(?:^|(?<=[ ，,。])|(?<=给)|(?<=跟到|跟着|我是))(["
    + _ROLE_ONLY_SURNAMES
    + r"](?!目部)[\u4e00-\u9fff]{2})"
    # (跟到向德贵搞木工的, 我是向德贵手下做木工的: the man he worked under)
    # (者永福再不给钱, 者永福 砌砖班: the man, then his threat or his crew)
    r"(?=\s?再?(?:拖欠|欠|拖|不给|没给|带班|包工头|包公头|工头|班组长|的|手底?下|搞|干|做)|"
    r"\s(?:" + _CREW_TRADES + r")班)"
)
# 个体户叫迟国栋 欠我们: a man introduced by his name, whatever his surname (迟 of 迟到)
_CALLED = re.compile(
    r"(?<![我俺])(?<!本人)(?<!名)叫("
    + _WIDE_SURNAME_CLASS
    + r"[\u4e00-\u9fff]{1,2}?)(?=[ ，,。]|$|的|欠|拖)"
)
# 我们包工头叫者永福: a man his role introduces by name, though his surname is a word (者 of 记者)
_ROLE_CALLED = re.compile(
    r"(?:包工头|包公头|工头|老板|班长|班组长|带班的?)叫("
    + ROLE_SURNAME_CLASS
    + r"[\u4e00-\u9fff]{1,2}?)(?=[ ，,。]|$|的|欠|拖|他)"
)
# 转包给焦志强个人: the man the job was passed to, whatever his surname (焦 of 焦急)
_PASSED_TO = re.compile(
    r"(?:分包|转包|包|发包)给了?(?:个人)?("
    + _WIDE_SURNAME_CLASS
    + r"[\u4e00-\u9fff]{2})(?=个人|的|这个|[ ，,。]|$|欠|拖|跑)"
)
# 层层转包 最后到了赵红军手里: the last hand the job came to
_LANDED_WITH = re.compile(
    r"(?:到了?|落到了?)(" + _WIDE_SURNAME_CLASS + r"[\u4e00-\u9fff]{2})手[里上]"
)
_HELD_BY = re.compile(
    r"在(" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}?)(?:手上|手里|那里|那儿|身上|那边)"
)
_FULLNAME = re.compile(
    r"(?:^|[ ，,、(（:：]|叫|是|被|跟|跟着|跟上|跟住|老乡|找|要|催(?:一下)?|问问|那边|落到|(?<=[班组])|(?<=腊月)|(?<=[瓦木电焊钳油]工)|(?<=水电|钢筋|油漆|抹灰|架子|防水)|(?<=期)|(?:包|分包|转包)?给了?(?:个人|私人)?|(?:包|分包|转包|跟)?到了|(?:包|分包|转包|跟)到)("
    + SURNAME_CLASS
    + r"[\u4e00-\u9fff]{1,2}?)(?=\s|这|欠|拖|他|跑|那|说|一直|班组|班的|手里|手上|$|[，,)）]|"
    r"是(?:我们|俺们|咱们)?的?(?:班长|班组长|工头|包工头|带班|老板|组长)|[（(]|\d|带|劳务|根本|在|躲|再|还|不给|不发|不露面|不接|让|个人|进的|手底?下|做|干|搞|"
    r"借|是?挂靠|揽|承包|拉(?:我|俺)们?(?:来|去|过来)|没有?资质|自己|不见|关机|发现金|给现金|层层|招|租|收了|收走|拿了|拿走|冇|没给|没签|是从|出来|出面|露面|那一伙|那个班|的班组|的班|的(?=[ ，,。]|$)|的事(?:不|还|到现在|没)|的[\u4e00-\u9fff]{1,2}班(?!长)|的(?:包工头|包公头|工头|老板|班组长|班长|带班)|包的|的班子|不出来|要钱|要工资|卷钱|卷款|进场|把|也欠|又欠|班上|天天|今天|不来|不光|不但|的私人|的个人|的(?:工钱|工资|钱)(?:还|也|都|一直|到现在)?(?:没|不|冇)|的老板|"
    r"(?:前年|去年|年时|今年|上个?月|之前|以前)[^ ，,。]{0,12}(?:欠|差)|"
    # 王德明从去年下半年就没给过钱
    r"从(?:前年|去年|今年|上个?月|年初|过年)[^ ，,。]{0,12}(?:没|冇|欠|拖|不))"
)


_NAME_BEFORE_HIS_CREW = re.compile(
    r"(?:^|[ ，,])(" + ROLE_SURNAME_CLASS + r"[\u4e00-\u9fff]{2})"
    r"(?=\s?(?:" + _CREW_TRADES + r"|管道|钢构|外墙|保温)班(?!长))"
)


# what ends an estate's or a building's name (江南华府, 锦绣苑, 翠湖湾)
_ESTATE_END = frozenset("府苑园庭湾邸墅")
# 沈北那边一个工地, 白庙那个厂房: where the site is, not a man
_PLACE_AFTER = re.compile(
    r"(?:那|这)(?:个|边|儿|块)?(?:一个|的)?[^ ，,。]{0,4}?(?:工地|厂房|项目|小区|楼盘|片区|安置房)"
)
# what follows 何生 (Mr He, in Cantonese) when it is no given name: he says, his hands
_AFTER_MR = frozenset("话讲说手那度处个嘅佢")
# a surname with one of these is a form of address, not a given name (陈生 is Mr Chen, 王哥)
_HONORIFIC = frozenset("生哥姐总叔伯嫂仔佬工")


# what ends the three-character places jieba tags that are no man's name (jieba also
# tags 马建国 and 张安国 as places)
_PLACE_LAST = frozenset("山河湖江海城岛州庄店堡屯寨坝岭峰沟洲港关口坪塘岗场园洞泉井桥滩")


def _full_name(name: str) -> str | None:
    """``name`` when it is a surname with a given name (张建国, 吴刚), else None (老王, 王某,
    陈生, 李总)."""
    if not 2 <= len(name) <= 3 or name in _NOT_NAMES or name[:2] in _NOT_NAMES:
        return None
    if name in place_words() and (len(name) == 2 or name[-1] in _PLACE_LAST):
        return None  # 程集, 甘谷, 马鞍山: a town, a county or a hill, not a man (马建国 is)
    if name[-1] in _HONORIFIC and (len(name) == 2 or name[-1] in "哥姐叔伯嫂总"):
        return None  # 陈生, 李总, 彭满哥: a form of address
    if len(name) == 3 and name[1] == "生" and name[2] in _AFTER_MR:
        return None  # 何生话月底, 谭生手上: Mr He says, in Mr Tan's hands
    if name[-1] == "长" or name[1:] in _NICKNAMES or name[1:] in _TITLES:
        return None  # 刘队长, 王所长, 刘经理: a title
    if name[-1] in "区县市镇村路街乡府苑湾口桥站部":  # (相木部: 项目部 typed by voice)
        return None  # 凌河区, 蓝湾府, 周口, 白桥, 高铁站: a place
    if name[1:] in ("公司", "集团", "劳务"):
        return None  # 园林公司: a firm's words
    if name[1] == "无":
        return None  # 钱无发: the money not paid, as Hainan says it (无国平 is 吴国平 typed)
    if any(ch in _NAME_STOP for ch in _given_chars(name)):
        return None  # 长 within a name is common: 刘长海, 王长江
    return name


_FIRM_WORDS = ("劳务", "公司", "建设", "建工", "集团")


def _told_as_a_man(told: str) -> bool:
    """X建设 where X is a surname: 王建设 the man (told alone, after his role or after the
    site's phase, 华府二期王建设), not 青海三江建设 the firm (a name of its own before)."""
    before = _CO_PREFIX.sub("", told[:-3])
    part = _A_PART_BEFORE.match(before) or _A_PROJECT_BEFORE.match(before)
    return (
        not before
        or told[:-3].endswith(tuple("头长板班的叫"))
        or bool(part and part.end() >= len(before))
    )


def _names_a_firm(t: str, start: int, end: int) -> bool:
    """``t[start:end]`` is a firm's name, or runs into one: 金宏劳务 (a man's crew is
    邹建军劳务队)."""
    name = t[start:end]
    return (len(name) == 2 and t.startswith(_FIRM_WORDS, end)) or (
        name[-1] + t[end : end + 1] in _FIRM_WORDS
    )


_HE_OWES = re.compile(r" ?(?:欠|拖|跑|不给|没给|不发)")
_NAME_ENDS = re.compile(
    r"$|[ ，,。!！?？]|欠|拖|跑|说|不给|没给|不接|卷(?:款|钱|走)|把(?:钱|我们|俺们|工资)"
)


def _given_chars(name: str) -> str:
    """The given name's characters to check against _NAME_STOP: all but those a name has
    though the sentence uses them too — 长 anywhere (刘长海), and in a name of three, 再 or
    在 in the middle (杨再兴, 杨在兴) and 才 at the end (孙宝才, 韩进才)."""
    in_a_name = {1: "长再在", 2: "长才跟"} if len(name) == 3 else {1: "长"}
    return "".join(ch for i, ch in enumerate(name[1:], 1) if ch not in in_a_name[i])


_TITLES = frozenset(
    ["经理", "老板", "师傅", "主任", "老师", "总工", "工头", "会计", "书记", "老总"]
)
# 李胖子, 吴老二: what the crew calls him, not his given name
_NICKNAMES = frozenset(
    [
        "胖子",
        "瘦子",
        "老大",
        "老二",
        "老三",
        "老四",
        "老五",
        "麻子",
        "矮子",
        "黑子",
        "秃子",
        "大个",
        "光头",
        "拐子",
        "瞎子",
        "大头",
        "老幺",
        "老么",
        "大炮",
        # 郭三, 李四: a number for a name
        "二",
        "三",
        "四",
        "五",
        "六",
        "七",
        "八",
        "九",
        "幺儿",
        "老六",
        "老七",
    ]
)


# (?<!\d): 2024年鼎盛劳务 is 鼎盛劳务 of 2024, not a firm called 年鼎
_COMPANY = re.compile(
    r"(?<!\d)([\u4e00-\u9fff]{2,12}?(?:有限公司|集团|建工(?![程地人资钱])|路桥(?![梁下底头边上面])|建设|劳务|水建|公司|城建|"
    r"市政(?!府|道路|工程|管网|改造|配套|设施|项目(?!部)|局|中心)))"
)
_PROVINCES = (
    "广东|广西|湖南|湖北|河南|河北|山东|山西|陕西|甘肃|四川|贵州|云南|浙江|江苏|安徽|福建|江西|辽宁|吉林|黑龙江|"
    "新疆|宁夏|青海|内蒙古|海南|北京|上海|天津|重庆|中建|中铁|中交"
)
_CO_PREFIX = re.compile(
    r"^(?:.*(?:总包(?:单位|方)?|施工单位|施工方|建设单位|开发商|甲方|单位|[转分]?包给了?|转给|给了|给|是|的|叫|被|说|跟|在|借|问|去|到|要|找|催|那边|这边)\s?)"
)
_THAT_ONE = re.compile(r"^.*那个(?=[\u4e00-\u9fff]{2})")
_NOT_A_COMPANY = re.compile(
    r"给|钱|个|他|头|欠|这家|那家|项目部|讲|挂靠|别人|别个|别家|人家|人哋|名下|资质|这个人|呢个人|不走|没走|不通过|不经过|着|"
    r"以后|之后|以来|出了事|"  # 今年3月开工以后城建公司又是一分不给: when, then the firm words
    r"^(?:让|叫|要|找)(?:我|俺|他)"  # 让我们找劳务公司: not a firm's name
)
# 声屏障是转包给|鑫达公司, 把活包给|鼎盛劳务, 厂房三期给|苏虞劳务 (干): the firm after the 给
_UP_TO_SUBLET_TO = re.compile(r".*[分转]?包给了?|.*给(?=[^ ，,。给]{2,8}$)")
_CO_STRIP = re.compile(r"^(?:" + _PROVINCES + r")")
_A_PART_BEFORE = re.compile(r".*?[一二三四五六七八九十\d](?:期|标段|标|号楼)")
_A_PROJECT_BEFORE = re.compile(
    r".*?(?:保障性住房|保障房|安置房|安置小区|棚改|棚户区|小区|工地|项目)"
)
_CO_SUFFIX = re.compile(
    r"(?:有限公司|集团|建工|路桥|建设|劳务|水建|工程|公司|水利|装饰|机械|租赁|城建|市政|建筑)+$"
)
_GENERIC_CO = {
    "劳务",
    "物业",
    "某",
    "某某",
    "中标",
    "分包",
    "专业分包",
    "我公司",
    "我们公司",
    "保安",
    "家政",
    "建设",
    "劳务派遣",
    "总包",
    "租赁",
    "机械",
    "本地劳务",
}


# 我叫王小兵, 我是翰林华府水电班组的工人 叫吐尔逊: the reporter's own name
# (我是昆莎乡的次仁: the reporter, by his village)
_REPORTER_NAMED = re.compile(
    r"(?:(?:我|俺|本人)名?叫|(?:我|俺)是[^。]{0,24}(?:工人|的)[ ，,]*叫|(?:我|俺)是[^ ，,。]{1,6}的)$"
)
# Tibetan, Uyghur and Yi names, which have no Han surname: the parts they are made of, each with
# the spellings of it that workers type (才让, 才仁 and 次仁 are one name)
_MINORITY_PARTS = {
    "扎西": "扎西", "才让": "才让", "才仁": "才让", "次仁": "才让", "策仁": "才让",
    "多杰": "多杰", "多吉": "多杰", "顿珠": "顿珠", "东智": "东智", "丹增": "丹增",
    "旦增": "丹增", "平措": "平措", "索朗": "索朗", "索南": "索朗", "达瓦": "达瓦",
    "普布": "普布", "边巴": "边巴", "次旦": "次旦", "才旦": "次旦", "洛桑": "洛桑",
    "强巴": "强巴", "格桑": "格桑", "桑杰": "桑杰", "贡布": "贡布", "罗布": "罗布",
    "嘉措": "嘉措", "加措": "嘉措", "江措": "嘉措", "公保": "公保", "阿旺": "阿旺",
    "昂旺": "阿旺", "尕藏": "尕藏", "更登": "更登", "南杰": "南杰", "久美": "久美",
    # Tsering, Tenzin, Sangye as Kham and Amdo write them (泽郎多吉 is 泽郎老板; 其林, 七林)
    "泽仁": "才让", "泽郎": "才让", "其林": "才让", "七林": "才让", "次林": "才让",
    "登真": "丹增", "登增": "丹增", "桑吉": "桑杰", "彭措": "平措", "斯朗": "索朗",
    "泽旺": "泽旺", "旺堆": "旺堆", "尼玛": "尼玛", "达娃": "达瓦", "巴桑": "巴桑",
    "米玛": "米玛", "仁青": "仁青", "仁钦": "仁青", "土登": "土登", "益西": "益西",
    "白玛": "白玛", "晋美": "久美", "向巴": "强巴", "拉巴": "拉巴", "曲扎": "曲扎",
    "买买提": "买买提", "麦麦提": "买买提", "艾买提": "艾买提", "吐尔逊": "吐尔逊",
    "吐逊": "吐尔逊", "吐尔孙": "吐尔逊", "阿不都": "阿不都", "阿布都": "阿不都", "阿卜杜": "阿不都",
    "艾力": "艾力", "阿力": "艾力", "阿力木": "阿力木", "热合曼": "热合曼", "艾尔肯": "艾尔肯",
    "依明": "依明", "玉素甫": "玉素甫", "吾斯曼": "吾斯曼", "库尔班": "库尔班",
    "托合提": "托合提", "肉孜": "肉孜", "亚森": "亚森", "塔依尔": "塔依尔",
    "卡德尔": "卡德尔", "热依木": "热依木", "斯拉木": "斯拉木", "帕尔哈提": "帕尔哈提",
    "艾合买提": "艾合买提", "艾合买提江": "艾合买提", "买合木提": "买合木提", "吾买尔": "吾买尔",
    "阿迪力": "阿迪力", "米吉提": "米吉提", "伊力哈木": "伊力哈木", "阿布力孜": "阿布力孜",
    # Yi (凉山): 阿库日哈, 吉伍, 马海木呷
    "阿库": "阿库", "阿苦": "阿库", "日哈": "日哈", "木呷": "木呷", "吉伍": "吉伍",
    "沙马": "沙马", "吉克": "吉克", "阿都": "阿都", "曲比": "曲比", "俄木": "俄木",
    "瓦渣": "瓦渣", "尔古": "尔古", "伍呷": "伍呷", "阿呷": "阿呷", "勒格": "勒格",
    "阿依": "阿依", "俄底": "俄底", "乃古": "乃古", "苏呷": "苏呷",
    "莫色": "莫色", "海来": "海来",
    # Mongolian (鄂尔多斯, 锡林郭勒): 巴图, 朝鲁, typed 八图
    "巴图": "巴图", "八图": "巴图", "朝鲁": "朝鲁", "巴特尔": "巴特尔", "乌力吉": "乌力吉",
    "苏和": "苏和", "宝音": "宝音", "那顺": "那顺", "孟和": "孟和", "额尔敦": "额尔敦",
    "斯琴": "斯琴", "布和": "布和", "巴雅尔": "巴雅尔", "特木尔": "特木尔", "满都拉": "满都拉",
    "巴特儿": "巴特尔", "图门": "图门", "毕力格": "毕力格", "哈斯": "哈斯", "阿拉坦": "阿拉坦",
    "敖其尔": "敖其尔", "吉日嘎拉": "吉日嘎拉", "那日苏": "那日苏", "阿古拉": "阿古拉",
    "其木格": "其木格", "格日勒": "格日勒", "孟克": "孟克", "青格勒": "青格勒",
}  # fmt: skip
_MINORITY_PART = "(?:" + "|".join(sorted(_MINORITY_PARTS, key=len, reverse=True)) + ")"
_MINORITY_NAME = re.compile(_MINORITY_PART + r"(?:[·•・.．]?" + _MINORITY_PART + r")*")
_NOT_MINORITY_AFTER = re.compile(r"[县乡镇村路街寺沟湖山]|德勒")  # 扎西德勒: a greeting


def minority_name(text: str) -> str:
    """One spelling of a Tibetan, Uyghur or Yi name: its parts as most type them, no dots."""
    return "".join(_MINORITY_PARTS[p] for p in re.findall(_MINORITY_PART, text))


_PASSED_ON = re.compile(r"[^ ，,。]{0,4}把[^ ，,。]{0,8}(?:转包|分包|包)给")
# 领我们干水电的马国庆: the man who leads the crew, named after it
# 跟的是湖南的陈志强: the man the worker followed onto the site
_LED_BY = re.compile(
    r"(?:(?:领|带)着?(?:我们|俺们|咱们)[^ ，,。]{0,6}的|跟的是?(?:[^ ，,。]{1,4}的)?)("
    + SURNAME_CLASS
    + r"[\u4e00-\u9fff]{1,2}?)(?=\s|欠|拖|不给|没给|的班|$|[，,])"
)
# 帮我们找罗光明要一下工资: the man the wages are to be asked of
_ASKED_OF = re.compile(
    r"找(" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}?)要(?:一下|回)?(?:工资|工钱|钱|血汗钱)"
)
# 劳务公司鼎盛 尾款没结清: the firm's name after the word for it
_FIRM_AFTER = re.compile(
    r"(?:劳务(?:公司|分包) ?(?:[是叫]|叫(?:什么|啥))? ?[（(]?|劳务老板(?:[ ，,]+|是|[（(]))(?![姓叫是的那这])(?!挂靠|转包|分包|违法|黑的|假的)([\u4e00-\u9fff]{2})(?=的?[)）]|的?(?:[ ，,。]|$)|的姓|还是)"  # 叫恒新还是恒信 (not 是挂靠的: what it is)
)


# 赣鑫项目部欠薪: a firm's two-character name before its project office; 顺达的劳务老板: a labour
# firm's, before its boss
_FIRM_BEFORE_OFFICE = re.compile(
    r"(?:^|(?<=[ ，,。]))(?![姓老我俺他这那])([\u4e00-\u9fff]{2})(?=项目部|项目经理部|的 ?劳务(?:老板|公司)|(?<![工头班组队]) 劳务(?:老板|公司))"
)
_WORKS_END = frozenset("廊桥道路房厂园场馆站港线隧河湖江山村镇县市城府苑湾网井改")  # 棚改
_NOT_A_FIRM_CORE = re.compile(
    r"[期标段号楼区这那个总分们我他你的是说在跟找和把被给从对向了吗呢吧啊就也都还又才要想去来到上下里中佢讲话]"
)


@lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """jieba's own dictionary, read once (by LeadAnalyzer.warm_up, off the event loop):
    its place names of two to four characters, and every word of two characters. Kept
    beside the tokenizer cache: reading the 5 MB dictionary costs a start-up ~0.2 s."""
    import jieba

    from nlp.keywords import cache_dir, keep_marshalled

    source = Path(jieba.__file__).parent / "dict.txt"
    kept = cache_dir() / f"dictwords-{jieba.__version__}-{source.stat().st_size}.marshal"
    try:
        with open(kept, "rb") as f:
            places, words = marshal.load(f)
        return frozenset(places.split("\n")), frozenset(words.split("\n"))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    text = source.read_text("utf-8")
    found = (
        frozenset(re.findall(r"^(\w{2,4}) \d+ ns$", text, re.M)),
        frozenset(re.findall(r"\n(\w\w) ", text)),  # (not multiline: faster)
    )
    with contextlib.suppress(OSError):  # a read-only cache directory: read it again next time
        keep_marshalled(kept, tuple("\n".join(sorted(words)) for words in found))
    return found


def place_words() -> frozenset[str]:
    """Place names of two to four characters (泉州, 凉山, 哈尔滨): the words jieba's own
    dictionary tags ``ns``."""
    return _dictionary_words()[0]


def _word_not_name(name: str) -> bool:
    """``name`` begins with a word surname and a word (项目部, 关系, 费用), not a name."""
    return name[:1] in _WORD_SURNAMES and name[:2] in _dictionary_words()[1]


def _company_name(name: str, site: str | None = None) -> str:
    """A firm's own name, without what it does (劳务, 建设集团) or its city's name."""
    return _company_name_and_place(name, site)[0]


def _company_name_and_place(name: str, site: str | None = None) -> tuple[str, str]:
    """A firm's own name, and the region's name of two characters it was told after, if
    any (华西 of 华西高原建设, a name some reports give the firm by)."""
    place = ""
    n = _CO_PREFIX.sub("", name)
    n = _CO_STRIP.sub("", n)
    core = _CO_SUFFIX.sub("", n)
    part = _A_PART_BEFORE.match(core) or _A_PROJECT_BEFORE.match(core)
    if part and len(core) - part.end() >= 2:
        # 安置房一期鑫鼎劳务, 城北保障房聚立劳务: the phase's or the project's words, then the
        # firm's
        core = core[part.end() :]
    # 佛山粤安劳务 at a 佛山 site, 泉州鼎盛劳务 at a 晋江 one: the firm is the name after
    # its city's, whichever city it is
    stripped = True
    while stripped:  # the longest place name first: 张家港鑫盛 is 鑫盛, not 港鑫
        stripped = False
        for size in (4, 3, 2):
            head = core[:size]
            if len(core) >= size + 2 and ((site and head in site) or head in place_words()):
                if size == 2 and not place and not (site and head in site):
                    place = head
                core, stripped = core[size:], True
                if core[:1] in ("市", "县", "区") and len(core) >= 3:
                    core = core[1:]  # 寿光市宏达建筑: the city's name told in full
                break
    return core, place


def _company_keys(name: str, site: str | None = None) -> tuple[str, list[str]]:
    """A firm's core (its own name's first two characters) and its aliases: the two after
    them in a longer name (陇建恒远建设集团 is the 恒远建设 another report names, a province's
    builder's word before the firm's own), and the last two of a long one (呼伦贝尔鑫达劳务:
    a city's name unknown to jieba, then 鑫达)."""
    own, place = _company_name_and_place(name, site)
    core = own[:2] if len(own) >= 2 else ""
    aliases = [own[2:4]] if len(own) >= 4 else []
    if place and len(own) >= 2:
        aliases.append(place)  # 华西高原建设: 高原, which some reports call 华西建设
    if len(own) >= 6:
        aliases.append(own[-2:])
    return core, [
        a for a in aliases if a not in _GENERIC_CO and not any(ch in _NAME_STOP for ch in a)
    ]


def _company_core(name: str, site: str | None = None) -> str:
    return _company_keys(name, site)[0]


_FIRM_WORD = r"(?:有限公司|公司|劳务|路桥|建设|建工|集团|城建|市政|交建|水利)"
# a firm the report says it is not about: 不是鄂西路桥, 不是天路公司那个, (不是恒信那家),
# 不是那个鼎盛, 跟天衢路桥那边不是一个单位; 是建安建工干的 不是恒泰 (bare, see below); not
# 他不是鑫盛劳务的人 (a man said not to be the firm's)
_DISOWNED_FIRM = re.compile(
    r"不是(?:那个|那家)?([\u4e00-\u9fff]{2,4}?)" + _FIRM_WORD + "(?!的人|的员工|的工人)|"
    r"不是([\u4e00-\u9fff]{2})(?:那家|那个)(?:标段|工地|项目)?(?=[ ，,。)）]|$)|"  # 不是苏通那个标段
    r"不是那个([\u4e00-\u9fff]{2})(?=[ ，,。)）]|$)|"
    r"(?:跟|和)([\u4e00-\u9fff]{2,4}?)" + _FIRM_WORD + r"?(?:那边|那家|那个)?"
    r"(?:不是(?:一个|一家|同一个|同一家)(?:单位|公司)|不是一回事)|"  # 跟华骏那边不是一回事
    r"不是([\u4e00-\u9fff]{2})(?=[ ，,。)）]|$)|"
    # 恒通劳务那个跟我们无关: the firm named, then said to have nothing to do with them
    r"([\u4e00-\u9fff]{2,4}?)"
    + _FIRM_WORD
    + r"(?:那个|那边|那家)?(?:跟|和)(?:我们|俺们)(?:无关|没关系)"
)


def disowned_firms(t: str, own_firm: bool) -> list[str]:
    """The cores of firms a report says it is not about (恒信 of 恒鑫劳务（不是恒信那家）).
    A bare two characters after 不是 (不是恒泰) count only beside a firm of its own."""
    out: list[str] = []
    for m in _DISOWNED_FIRM.finditer(t):
        core = next(g for g in m.groups() if g)[:2]
        if m.group(5) and not own_firm:
            continue
        if (
            core in _GENERIC_CO
            or core[0] in "某我俺们这那一个他她你很太"
            or any(ch in _NAME_STOP for ch in core)
            or (m.group(5) and core in _dictionary_words()[1])
        ):
            continue
        out.append(core)
    return out


# 力国华 木工半 欠我们, 会宝平 老旧小区那个活: three characters standing alone, the first
# typed for a surname that sounds the same (李, 惠)
_STANDING_ALONE = re.compile(
    r"(?:^|(?<=[ ，,。!！?？]))([\u4e00-\u9fff]{3})"
    r"(?=[ ，,。!！?？]|$|(?:钢筋|木工|瓦工|泥工|泥水|水电|架子|油漆|模板|电工|焊工)?班(?!长))"
)  # (扬永军钢筋班的: at the head of his crew; not 木栈道班组, a crew named for its work)


# 跟着藏家旺干的: the man the worker followed, his surname typed as another of its sound (臧)
_FOLLOWED = re.compile(r"跟着([\u4e00-\u9fff]{3})(?=干|做)")


@lru_cache(maxsize=4096)
def sound(ch: str) -> str:
    """A character's everyday reading (泰 and 太 are both "tai"): what pinyin input types.
    Not loosened as names are: 曾 and 郑 are two surnames, not one said two ways."""
    from pypinyin import Style, pinyin  # imported by LeadAnalyzer.warm_up, off the loop

    return _NAME_READING.get(ch) or str(pinyin(ch, style=Style.NORMAL)[0][0])


# characters whose everyday reading is not the one names and firms take: 华晟 is "sheng"
# (华盛), the surname 曾 "zeng"
# (厦 "xia": 广厦建工, typed 广夏; 藏 "zang": 臧家旺, typed 藏家旺)
_NAME_READING = {"晟": "sheng", "曾": "zeng", "厦": "xia", "藏": "zang"}


@lru_cache(maxsize=1)
def surname_readings() -> frozenset[str]:
    return frozenset(sound(ch) for ch in _ALL_SURNAMES)


def _typed_for_a_name(word: str) -> bool:
    """``word`` (力国华) could be a name whose surname was typed as another character of
    its sound: not a numeral (一万四), a word (保洁员) or a doing (没扫码)."""
    return not (
        word[0] in _ALL_SURNAMES
        or word[0] in _NAME_STOP
        or word[0] in "有想俺"  # 有考勤, 想目部 (项目部 mistyped), 俺水电班的
        or any(ch in "零一二两三四五六七八九十百千万亿几半" for ch in word)
        or word[:2] in _dictionary_words()[1]
        or word[-1] in "部队组班厂所站局"  # a unit, not a man
        or sound(word[0]) not in surname_readings()
    )


def name_candidates(t: str, site: str | None = None) -> list[str]:
    """Three characters that could be a full name (杨振华 in 俺在杨振华班组干了七个月),
    wherever they stand: kept for a report that names nobody in a way the party rules
    recognise, and matched only against a full name another report of the site gave."""
    out: list[str] = []
    alone = [
        m
        for m in _STANDING_ALONE.finditer(t)
        if _typed_for_a_name(m.group(1))
        # (锅振东班组 is a man's crew; 木栈道班组 a crew named for its work)
        and not (t.startswith("班", m.end()) and m.group(1)[1:] in _dictionary_words()[1])
    ]
    alone += [m for m in _FOLLOWED.finditer(t) if sound(m.group(1)[0]) in surname_readings()]
    for m in (*_CANDIDATE.finditer(t), *_ROLE_ONLY_CANDIDATE.finditer(t), *alone):
        name = m.group(1)
        if (
            name in out
            or _MONEY_DOES.match(name)
            or _ends_word(t, m.start(1))
            or _word_not_name(name)
        ):
            continue
        if site and any(name[i : i + 2] in site for i in range(len(name) - 1)):
            continue  # 钱塘湾 of 钱塘湾府, 寿污水 of 崇寿污水厂 at 崇寿镇污水处理厂: the place
        if _full_name(name):
            out.append(name)
    return out


# 腊月二十几刘长海就不接电话了: a candidate name right before what the one who owes does
_CANDIDATE_OWES = re.compile(
    # 韩进忠💢欠薪, 陈国雄你再不给, 叶小军又欠钱, 张留柱到现在还欠俺
    # (章力新（字可能写错了）欠工资: a remark in brackets between)
    r"(?:[（(][^）)]{0,10}[）)])?"
    r"[ " + EMOJI + r"]*你?(?:到现在|到今天|至今|一直)?(?:就|再|还|又|都|也(?=欠))?是?"
    r"(?:欠|拖|不给|没给|不发|没发|不结|不还|跑|不接|电话|关机|躲|把[^ ，,。]{0,4}卡|"
    r"一分钱?(?:都|也)?没给|的工人们?|当(?:包工头|工头|班长|带班)|"  # 姚红兵一分钱没给我; 王保国的工人: his crew; 孙立军当工头
    r"这(?:个|只)人[^ ，,。]{0,2}(?:太|真|坑|黑|骗|不是东西|没良心)|"  # 羊绍林这个人太坑了
    # 熊长江是我们钢筋班长: his role told after him; 夏春华的事有人管吗: his arrears asked after
    r"是(?:我们|俺们|咱们)?的?[^ ，,。]{0,4}(?:班长|班组长|工头|包工头|带班的?)|"
    r"的事[^ ，,。]{0,2}(?:有人管|没人管|管不管|到底)|"
    # 等罗德华 他今天不拿钱出来, 等李剑国 他说今天给钱: the one the crowd waits for, who
    # holds the money back
    r"他[^ ，,。]{0,4}(?:不拿钱|不给钱|不露面|不出来|不来|躲)|他说[^ ，,。]{0,4}(?:给钱|发钱|结账|发工资)|"
    r"[😡🤬💢👎]|"  # 何继红😡😡 七彩丹霞那个工地: anger at the man
    r"(?<=你)自?己?(?:看着办|等着)|"  # 王建君你自己看着办: the man told, to his face
    r"个(?:钱|工钱)|"  # 程国平个钱么子时候给: his money, as Gan and Xiang say it
    # 罗文斌 今年3月到6月 欠我9千2: the stretch, then what he owes
    r" (?:今年|去年)?[\d一二三四五六七八九十]{1,2}月[^ ，,。]{0,6} 欠(?:我|俺)|"
    # 都在孙常海班组干活: his crew; 麻国化 带班的: his role
    r"的?班组(?!长)|的?班上|手底?下|带班|包工头|包公头|工头|班组长|的?(?:劳务|施工)队|"
    # 我是厉建国木工班的: one of his crew; 相玉山去年冬天…欠的钱到现在还没给: owed since then
    r"(?:[\u4e00-\u9fff]?工|钢筋|水电|架子|油漆|模板)?班的|"
    r"(?:去年|前年|今年|年前|年后)[^ ，,。]{0,10}?欠(?:的|我|俺)[^ ，,。]{0,6}?(?:到现在|还没|没给|没还|不给)|"
    # 惠宝平又是这样 欠我们贴砖的工资, 金长顺这个人 欠钱不给: what he is like, then what he owes
    r"(?:这个人|这人|这样)[ ，,]?(?:又|还|就)?(?:欠|拖|不给|没给|不发)|"
    # 王海生也在这儿带了一个班, 郭振华也在这包的活: another crew's leader at the site
    r"(?:也|又)?在这[边儿里]?(?:带|包|接)|(?:也|又)接了[^ ，,。]{0,6}活|"
    # 王建设班里的木工, 唐明友那个班组, 是我们水电班的头: his crew
    r"(?:班里|那个班组?|那班)|是(?:我们|俺们)[^ ，,。]{0,4}的头|"
    # 刘玉坤去年冬天干的那茬活 欠我们, 郝候军年时冬天欠的钱, 王兆军欠过: owed for a stretch
    r" ?(?:去年|前年|年时|今年|23年|24年)[^ ，,。]{0,8}(?:干的|欠的|欠我|那期|那茬)|欠过|"
    r"两边[^ ，,。]{0,4}都欠|人躲起来|带[^ ，,。]{1,3}的(?=[ ，,。]|$)|"
    # 韩进忠把我们的工钱欠下了; 梁志强是借别人劳务公司的资质接的活: what he did
    r"把[^ ，,。]{0,6}(?:钱|工资|工钱)[^ ，,。]{0,2}(?:欠|拖|扣|卷|拿走)|是?借[^ ，,。]{0,8}资质)"
)


# 二期陈国熊欠钱, 梨都华府朱洪亮欠, 搬迁点孙长海欠薪: after a phase or a place name
_NAME_MAY_FOLLOW = frozenset(
    " ，,。!！?？:：、0123456789几了的是说跟找给等在人期府苑园庭湾年司点楼地城个钱"
)


_AN_EMOJI = re.compile(f"[{EMOJI}]")  # 😡😡梁志强再不发工资
# 跟着何继红到七彩丹霞那个工地上干活: the man the reporter worked under
# 跟上郭俊峰受了大半年苦: worked under him, in the north-west's words
_WORKED_UNDER = re.compile(r"(?:跟(?:着|到|的|上)?|给|帮)$")  # (给乐建华做小工, 帮覃永福做事)
_WORKED_AT = re.compile(
    r"(?:到|在|去)[^。]{0,20}?(?:干|做)|(?:干|做|搞|揽工|打工)|受[^ ，,。]{0,5}苦"
)


def owing_candidates(t: str, names: list[str]) -> list[str]:
    """Those of ``names`` (from :func:`name_candidates`) told as the one who owes."""
    out: list[str] = []
    for name in names:
        at = t.find(name)
        while at >= 0:
            # where a name can begin (not 燕赵市政欠薪, 没钱看病)
            if (
                _CANDIDATE_OWES.match(t, at + len(name))
                and (at == 0 or t[at - 1] in _NAME_MAY_FOLLOW or _AN_EMOJI.match(t, at - 1))
            ) or (_WORKED_UNDER.search(t, 0, at) and _WORKED_AT.match(t, at + len(name))):
                out.append(name)
                break
            at = t.find(name, at + 1)
    return out


# ---------------------------------------------------------------- names typed in pinyin
# "guo wenbin qian gongzi", "baogongtou liujianjun": a name typed in pinyin, which no rule
# of Chinese script sees. Syllables only, so matched only by sound against a name another
# report of the site gave in characters (or, for the surname, against its surname).
# an initial and a final; only a, o and e begin a syllable without one (ai, ou, en, er)
_SYLLABLE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
    r"(?:iang|iong|uang|uai|ang|eng|ing|ong|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)"
    r"|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))"
)
_LATIN_RUN = re.compile(r"[a-z]+(?: [a-z]+)*")
# who the worker blames: the typed name right before what he did, or right after his role
_ROMAN_OWES_AFTER = re.compile(r" ?(?:欠|拖|不给|没给|包工头|工头|班组长|班长|老板|带班|跑)")
_ROMAN_ROLE_BEFORE = re.compile(r"(?:包工头|工头|班组长|班长|老板|带班的?|组长|是) ?$")


def _syllables(word: str) -> list[str] | None:
    """The word split into pinyin syllables (jianguo: jian-guo, not jiang-uo), or None."""
    if not word:
        return []
    for n in range(min(6, len(word)), 0, -1):
        if _SYLLABLE.fullmatch(word, 0, n):
            rest = _syllables(word[n:])
            if rest is not None:
                return [word[:n], *rest]
    return None


def _spelled(text: str) -> str:
    return "".join(_syllables_of(text))


def _said_in(name: str, site: str) -> bool:
    """The name's sounds are a run of the site's (高铺岗 typed for 高埔岗): a place."""
    said, where = _syllables_of(name), _syllables_of(site)
    k = len(said)
    return any(where[i : i + k] == said for i in range(len(where) - k + 1))


@lru_cache(maxsize=4096)
def _syllables_of(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # loaded by LeadAnalyzer.warm_up, off the loop

    return tuple(lazy_pinyin(text, style=Style.NORMAL))


@lru_cache(maxsize=1)
def _surname_sounds() -> frozenset[str]:
    """Every reading of every surname character: what a typed name can begin with."""
    from pypinyin import Style, pinyin

    return frozenset(
        r for ch in SURNAMES for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
    )


def typed_names(t: str, site: str | None = None) -> tuple[list[str], list[str]]:
    """Names typed in pinyin, as syllables joined by "-" ("guo-wen-bin"): (every one that
    could be a name, the ones told as the party who owes). Two or three syllables, the
    first a surname's; ``lao`` + a surname ("laosun") is the man by his surname alone
    ("lao-sun"). Not a name: what spells the site's own name (gao sun tang of 高笋塘)."""
    surnames = _surname_sounds()
    place = _spelled(site).replace(" ", "") if site else ""
    found: list[str] = []
    owing: list[str] = []
    for run in _LATIN_RUN.finditer(t):
        words = run.group(0).split(" ")
        sylls = [_syllables(w) for w in words]
        starts = [run.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        inside: set[int] = set()  # words read as the given name of a name before them
        for i, first in enumerate(sylls):
            if not first:
                continue
            if first[0] == "lao" and len(first) == 2 and first[1] in surnames:
                names, ends = [first], [starts[i] + len(words[i])]
            elif first[0] in surnames and len(first) <= 3:
                taken, names, ends = list(first), [], []
                j = i
                while True:
                    if len(taken) >= 2:
                        names.append(list(taken))
                        ends.append(starts[j] + len(words[j]))
                    j += 1
                    more = sylls[j] if j < len(words) else None
                    if not more or len(taken) + len(more) > 3:
                        break
                    taken += more
                    inside.add(j)
            else:
                continue
            for name, end in zip(names, ends, strict=True):
                key = "-".join(name)
                if "".join(name) in place or key in found:
                    continue
                found.append(key)
                if (
                    i not in inside
                    and name is names[-1]
                    and (
                        _ROMAN_OWES_AFTER.match(t, end)
                        or _ROMAN_ROLE_BEFORE.search(t, max(0, starts[i] - 6), starts[i])
                    )
                ):
                    owing.append(key)
    return found, owing


# the characters Uyghur, Kazakh, Mongol and Tibetan names are written in: names without a
# Han surname (木工带班赛力克, 带班的斯郎, 工头吐尔逊), whole after a role
_TRANSLITERATED = (
    "阿艾买提吐尔逊洪热合曼努古丽依明玉素甫塔力克赛肯别江哈孜木拉迪亚森伊斯穆罕默德库尼牙托乎"
    "加巴汗图帕夏麦然叶兰达吾特额敦乌吉苏和宝音朝鲁其格日琴雅孟坦满布毕赉呼扎西次仁旦增玛瓦桑"
    "索南洛才让多杰卓央金姆平措罗边普顿珠嘉旺堆群培郎泽翁曲本"
)
_NAME_AFTER_ROLE = re.compile(
    r"(?:包工头|包公头|工头|班组长|班长|带班的|带班|组长|劳务老板)的?\s?"
    f"([{_TRANSLITERATED}]{{2,4}})"
    r"(?=[ ，,。、]|欠|拖|的|那|$|不|跑|说)"
)


def extract_parties(
    t: str, known: dict[str, str] | None = None, site: str | None = None
) -> tuple[list[Party], set[str]]:
    """Named parties and dedupe keys ("p:<surname>" for people, "c:<core>" for companies)."""
    parties: list[Party] = []
    keys: set[str] = set()
    seen: set[str] = set()

    def add(role: str, name: str, key: str) -> None:
        if name not in seen:
            seen.add(name)
            parties.append(Party(role, name))
        keys.add(key)

    def person(name: str, owes: bool = False) -> None:
        """A team leader: "p:<surname>" always, "n:<full name>" when the name is complete.

        ``owes``: a whole name of three told right before what he did (班长 阳春华 欠我们),
        a name even where its first two characters make a word (阳春)."""
        if name in _NOT_NAMES or name[:2] in _NOT_NAMES or _MONEY_DOES.match(name):
            return
        if _word_not_name(name) and not (owes and len(name) == 3):
            return  # 包工头关系好: a word, not Mr Guan
        if site and len(name) > 1 and (name in site or name[:2] in site or _said_in(name, site)):
            return  # 唐冶 of 唐冶片区, 汤河康 of 汤河温泉康养: a place in the site's name
        full = _full_name(name)
        add("team_leader", name if len(name) > 1 else name + "某", "p:" + name[0])
        if full:
            keys.add("n:" + full)

    for m in _NAME_AFTER_ROLE.finditer(t):
        name = m.group(1)
        if _MINORITY_NAME.fullmatch(name):
            continue  # 次仁多吉: a name the list below reads, in its usual spelling (才让多杰)
        if "p:" + name[0] not in keys and not (site and name[:2] in site):
            add("team_leader", name, "p:" + name[0])
            keys.add("n:" + name)
    for m in _PERSON_AFTER_ROLE.finditer(t):
        if _MONEY_DOES.match(t, m.start(1)) or _PARTY_WORD.match(t, m.start(1) - 2):
            continue  # 工头 钱拖了几个月: the money again; 分包方: a party, not Mr Fang
        if site and t[m.start(1) : m.start(1) + 2] in site:
            continue  # 包工头 武都东江: the place (武都区), not Mr Wu
        given = ""
        for i, ch in enumerate(m.group(2)):
            if ch in _NAME_STOP and not (ch == "长" and i == 0):
                break
            given += ch
        # 包工头孙宝才 卜奎大街, 包工头杨再兴欠: a whole name before a pause or a deed
        whole = m.group(1) + m.group(2)
        if (
            len(whole) == 3
            and len(given) < 2
            and not any(ch in _NAME_STOP for ch in _given_chars(whole))
            and _NAME_ENDS.match(t, m.end())
        ):
            given = m.group(2)
        if _names_a_firm(t, m.start(1), m.start(1) + 1 + len(given)):
            continue
        if given and t[m.start(1) + 1 + len(given) : m.start(1) + 2 + len(given)] in _ESTATE_END:
            continue  # 劳务 江南华府: an estate's name, not Mr Jiang
        if not given and m.group(1) in _WORD_SURNAMES:
            continue  # 包工头班组: a word, unless a given name follows (包工头班福林)
        person(m.group(1) + given, bool(_HE_OWES.match(t, m.start(1) + 1 + len(given))))
    for m in (*_ANY_AFTER_ROLE.finditer(t), *_ANY_BEFORE_ROLE.finditer(t)):
        ch, given = m.group(1), m.group(2)
        if (
            m.re is _ANY_BEFORE_ROLE
            and ch in _WORD_SURNAMES
            and _full_name(ch + given)
            and _ROLE_NEXT.match(t, m.end())
        ):
            person(ch + given, owes=True)  # 卫国强 包工头 (卫国 is a word)
        elif (
            # 包工头狗志华: a surname typed as another character of its sound (苟)
            ch not in _ALL_SURNAMES
            and ch not in "人现钱"  # 班组长人很好, 包工头现金发
            and not any(c in _NAME_STOP for c in ch + given[1:])
            and (given[0] == "长" or given[0] not in _NAME_STOP)  # 鱼长海 for 于长海
            and _spelled(ch) in _surname_sounds()
            and ch + given[0] not in _dictionary_words()[1]
        ):
            person(ch + given)
    told_twice = []
    for m in _NAME_THEN_ITS_SURNAME.finditer(t):
        if _full_name(m.group(1) + m.group(2)):
            person(m.group(1) + m.group(2))
            told_twice.append(range(m.start(), m.end() - 1))
    pos = 0
    while (lead := _PERSON_BEFORE_ROLE.search(t, pos)) is not None:
        name = t[lead.start() : lead.end()]
        if any(lead.start() in r for r in told_twice):
            pos = lead.start() + 1  # 刘振江刘工头: not Mr Jiang
            continue
        if (
            name in _NOT_NAMES
            or name[:2] in _NOT_NAMES
            or _ends_word(t, lead.start())
            # (包工头古老板: a surname alone, then 老板; 古老 is no word of his)
            or (
                _word_not_name(t[lead.start() : lead.start() + 2])
                and not (len(name) == 1 and t.startswith("老板", lead.end()))
            )
            or name[1:2] == "的"  # 一个叫刘振江的包工头: the end of a name, not a surname
            # 架子班熊老板, 保温班孙总: the crew's word, then the man's surname
            or (len(name) == 2 and name[0] in _WORD_SURNAMES and name[1] in SURNAMES)
        ):
            pos = lead.start() + 1  # 保温班孙总: look again from 班, for 孙总
            continue  # 钱都给总包 is money, not Mr Qian
        stop = next((i for i, ch in enumerate(name) if i and ch in _NAME_STOP and ch != "长"), 0)
        if stop and not _ROLE_AT.match(t, lead.start() + stop) and name[1:] not in _NICKNAMES:
            # 最后包到张老板手上: 包 then 到, no name (黄包工头, 曹师傅带班的 are Huang, Cao)
            pos = lead.start() + 1
            continue
        if (
            t[lead.end() : lead.end() + 1] in "哥姐"
            and t[lead.end() + 1 : lead.end() + 2] in _PLACE_LAST
        ):
            pos = lead.start() + 1
            continue  # 李哥庄商贸城: a town, not brother Li
        pos = lead.end()
        if len(name) == 2 and t.startswith("生", lead.end()):
            name += "生"  # 刘金生欠的: 金生 is his given name (陈生 alone is Mr Chen)
            pos += 1
        if len(name) > 1 and _full_name(name) and t[lead.end() : lead.end() + 1] != "哥":
            person(name)
        else:  # 彭满哥, 王老板: what the crew calls him, not his name
            add("team_leader", name + t[lead.end() : lead.end() + 2], "p:" + lead.group(1))
    for m in _ROLE_LAO_X.finditer(t):
        x = next(g for g in m.groups() if g)
        add("team_leader", "老" + x, "p:" + x)
    for m in _ROLE_LAO_SOUND.finditer(t):
        x = m.group(1)
        if not (
            x in _ALL_SURNAMES
            or x in _NAME_STOP
            or "老" + x in _dictionary_words()[1]
            or sound(x) not in surname_readings()
        ):
            add("team_leader", "老" + x, "p:" + x)
    for m in _LAO_X.finditer(t):
        # 老王 欠我们 / 带班的老王 / 老张 瓦工 (the report begins with him): the one who
        # owes; 老张已经说要跳下去: a co-worker
        if _word_not_name(t[m.start(1) : m.start(1) + 2]):
            continue  # 老关系: an old tie, not old Guan
        if t[max(0, m.start() - 2) : m.start()] in ("工友", "老乡", "同事"):
            continue  # 我们工友老陈说再不给钱他就…: a co-worker, not the one who owes
        if (
            m.start() == 0
            or _LAO_OWES.search(t, m.end(), m.end() + 12)
            or re.search(
                "(?:" + _TL_ROLE + r"的?|跟[着的]?)$", t[max(0, m.start() - 4) : m.start()]
            )
            # 给老郝干木工: the man the reporter worked for
            or (t[m.start() - 1 : m.start()] == "给" and _WORKED_FOR.match(t, m.end()))
            or t.startswith(("那帮", "那伙", "那拨"), m.end())  # 老刘那帮瓦工: his crew
            # 八中那个老韦 说过年前一定给: the man pointed at, then his word
            or (t[max(0, m.start() - 2) : m.start()] == "那个" and t.startswith(" 说", m.end()))
        ):
            add("team_leader", "老" + m.group(1), "p:" + m.group(1))
    for m in _DA_X.finditer(t):
        add("team_leader", "大" + m.group(1), "p:" + m.group(1))
    for m in _XIAO_X.finditer(t):
        add("team_leader", "小" + m.group(1), "p:" + m.group(1))  # 带班的小李
    for m in _HELD_BACK.finditer(t):
        # 包工头农某: a name held back, whatever its surname (the surname list is not all)
        if m.group(1) not in _NAME_STOP:
            add("team_leader", m.group(1) + "某", "p:" + m.group(1))
    for m in _X_TOU.finditer(t):
        # 孙头不露面, 工资卡在王头手里: the surname with 头 is how a crew calls its leader;
        # 马头污水处理厂: a place (the site's, or a word jieba knows), not Mr Ma
        here = t[m.start(1) : m.start(1) + 2]
        if not (
            _ends_word(t, m.start(1)) or (site and here in site) or here in _dictionary_words()[1]
        ):
            add("team_leader", m.group(1) + "头", "p:" + m.group(1))
    for m in _HE_SURNAME.finditer(t):
        # 和老板, 跟着老和进场, 包工头和建军: 和 (a Naxi surname) where it cannot be "and"
        given = m.group(1)
        if given and (given in _NOT_A_GIVEN_NAME or any(ch in _NAME_STOP for ch in given)):
            continue  # 包工头和班长: the team leader and the foreman
        add("team_leader", "和" + (given or "某"), "p:和")
        if given:
            keys.add("n:和" + given)
    for m in _XING_X.finditer(t):
        if _SELF_BEFORE.search(t, max(0, m.start() - 2), m.start()):
            continue  # 我姓饶: the reporter's own surname
        add("team_leader", m.group(1) + "某", "p:" + m.group(1))
    for m in (*_LED_BY.finditer(t), *_ASKED_OF.finditer(t)):
        if _full_name(m.group(1)):
            person(m.group(1))
    for m in (*_CALLED.finditer(t), *_ROLE_CALLED.finditer(t)):
        if _full_name(m.group(1)) and not _REPORTER_NAMED.search(t, 0, m.start(1)):
            person(m.group(1))
    for m in (*_PASSED_TO.finditer(t), *_LANDED_WITH.finditer(t)):
        # (转包给宁海生个人: a man, though 宁海 is a county)
        one_man = t.startswith("个人", m.end(1))
        if _full_name(m.group(1)) and (one_man or not _word_not_name(m.group(1))):
            person(m.group(1), owes=one_man)
    for m in _HELD_BY.finditer(t):
        if _full_name(m.group(1)) and not _PLACE_AFTER.match(t, m.end(1)):
            person(m.group(1))  # 工资卡都在彭志军手上
    for m in _NAME_BEFORE_HIS_CREW.finditer(t):
        if _full_name(m.group(1)) and not _ends_word(t, m.start(1)):
            # 黄志强木工班12个人: the crew's leader, his surname kept (the name at a crew's
            # head is often typed loosely: 孙国庆木工班组 for 孙国强)
            add("team_leader", m.group(1), "p:" + m.group(1)[0])
    for m in _FULLNAME.finditer(t):
        nm = m.group(1)
        if _ends_word(t, m.start(1)) or _REPORTER_NAMED.search(t, 0, m.start(1)):
            continue  # 我叫王小兵: the reporter, not the one who owes him
        if t[max(0, m.start(1) - 2) : m.start(1)] in ("我是", "俺是") and (
            t[m.end(1) : m.end(1) + 1] in ("", " ", "，", ",", "。")
        ):
            continue  # 你好 我是叶尔兰 …: the reporter (not 我是王建国班组的)
        if _names_a_firm(t, m.start(1), m.end(1)) or _PLACE_AFTER.match(t, m.end(1)):
            continue  # 白庙那个厂房: the place the site is in, not a man
        if _full_name(nm):
            person(nm)
        elif nm[1:] in _NICKNAMES:
            add("team_leader", nm, "p:" + nm[0])  # 曾老三: his surname, not his name
    for m in _MINORITY_NAME.finditer(t):
        # 买买提·吐尔逊, 扎西才让, 顿珠: names without a Han surname, told as one man
        if (
            _REPORTER_NAMED.search(t, 0, m.start())
            or t[max(0, m.start() - 2) : m.start()] in ("我是", "俺是")
            or _NOT_MINORITY_AFTER.match(t, m.end())
        ):
            continue  # 我叫扎西, 我是阿都木呷: the reporter; 尼玛县: a place
        if site and m.group(0) in site:
            continue
        name = minority_name(m.group(0))
        add("team_leader", name, "p:" + name[0])
        keys.add("n:" + name)
    for m in _COMPANY.finditer(t):
        if _PASSED_ON.match(t, m.end()):
            continue  # 恒泰建工把土方转包给个人: the firm gave the work away; the man owes
        after = t[m.end() : m.end() + 2]
        told = _THAT_ONE.sub("", m.group(1))  # 翔宇大道那个淮扬劳务: the firm is 淮扬劳务
        if told.endswith("建设") and told[-3:-2] in SURNAMES and _told_as_a_man(told):
            continue  # 王建设, 包工头王建设: a man's given name, not a building firm
        if told.endswith("市政") and told[-3:-2] in "路线段区街道桥镇县市":
            continue  # 槐安路市政: the road's municipal works, not a firm
        # 声屏障是转包给鑫达公司的: the firm the job was passed to, named after the 给
        passed = _UP_TO_SUBLET_TO.search(told)
        if (
            _NOT_A_COMPANY.search(told[passed.end() :] if passed else told)
            or after[:1] in ("队", "班")
            or after == "单位"
        ):
            continue  # 邹建军劳务队: a man's crew, not a firm  # 挂靠在别人公司名下, 陈国强呢个人系挂靠人哋公司: someone else's firm
        full = _CO_PREFIX.sub("", told)
        core, aliases = _company_keys(told, site)
        if not core or core in _GENERIC_CO or full in _GENERIC_CO or core[0] in "某我俺们这那一个":
            continue
        if "劳务" in full:
            role = "labour_company"
        else:
            before = t[max(0, m.start() - 6) : m.start()]
            role = "builder" if re.search(r"建设单位|开发商|甲方", before + full) else "contractor"
        add(role, full, "c:" + core)
        keys.update("c2:" + a for a in aliases)
    for m in _FIRM_BEFORE_OFFICE.finditer(t):
        core = m.group(1)
        if (site and core in site) or _NOT_A_FIRM_CORE.search(core) or core[-1] in _WORKS_END:
            continue  # 这个项目部, 城南项目部 (the site), 总包项目部, 管廊项目部: no firm's name
        # (鑫磊 劳务老板: the firm's name, then its boss)
        if t.startswith(("的劳务", " 劳务"), m.end()) and not (
            core in _GENERIC_CO
            or core[0] in "小阿"  # (姓崔的, 老祁的劳务公司: the man's, by his surname)
            or (core[0] in SURNAMES and core[1] in _HONORIFIC)
            or core in ("工地", "项目", "工程", "公司", "班组", "本地", "外地", "以前", "现在")
        ):
            # 顺达的劳务老板: the labour firm by its name, though the name is a word too
            add("labour_company", core + "劳务", "c:" + core)
        elif core not in _dictionary_words()[1]:
            add("contractor", core, "c:" + core)  # 赣鑫项目部: the firm's project office
    for m in _FIRM_AFTER.finditer(t):
        core = _company_core(m.group(1), site)
        if not core or any(ch in _NAME_STOP or ch in "钱款薪资" for ch in core):
            continue  # 劳务公司欠钱: what it did, not its name
        if core[0] in SURNAMES and core[1] in _HONORIFIC:
            continue  # 劳务公司梁总: its boss, not its name
        if core not in _GENERIC_CO and core[0] not in "某我们这那一个":
            add("labour_company", m.group(1) + "劳务", "c:" + core)  # 劳务公司鼎盛
    if known:
        for name, role in known.items():
            if name in t:
                add(role, name, "c:" + (_company_core(name) or name[:4]))
    # drop person keys that are actually the first character of a company core
    return parties, keys


# ---------------------------------------------------------------- trades
# 泥水工 / 泥工 / 瓦工 lay bricks, tile and plaster: one crew word tagged with each trade
_TRADES = [
    ("钢筋", r"钢筋"),
    ("木工", r"木工|(?<!铝)模板|支模"),
    ("铝模", r"铝模"),  # aluminium forms: a crew of its own, not the carpenters'
    ("水电", r"水电|电工|水暖"),
    ("防水", r"防水"),
    ("砌筑", r"砌砖|砌体|砌墙|砌石|砌挡土墙|泥水|泥工|瓦工|泥瓦"),
    ("涂装", r"涂料|油漆|刷漆|刷外墙"),  # 刷外墙: the painters', or the facade crew's
    ("外墙", r"外墙|保温"),
    ("门窗", r"门窗|栏杆"),
    ("幕墙", r"幕墙"),
    ("钢结构", r"钢结构|钢构"),
    ("绿化", r"绿化|园林"),
    # (在脚手架上不下来: where the crew sits it out, not its trade)
    ("外架", r"外架|(?<![在到上爬])脚手架(?!上)|架子工|架子班|搭架子|棚架"),
    ("塔吊", r"塔吊司机|(?<!爬到)(?<!爬上)塔吊(?!上)"),  # 爬到塔吊上: a place, not a trade
    ("盾构", r"盾构"),
    ("电焊", r"电焊|焊工|焊接"),
    ("瓷砖", r"瓷砖|铺砖|贴砖|泥水|泥工|瓦工|泥瓦"),
    ("沥青", r"沥青"),
    ("打桩", r"打桩|桩基"),
    ("路灯", r"路灯"),
    ("管道", r"管道|管网|排水"),
    ("消防", r"消防"),
    ("装修", r"装修"),
    ("挖机", r"挖机|挖掘机"),
    ("测量", r"测量"),
    ("混凝土", r"(?:混凝土|砼)(?!罐?车|站)"),  # not 混凝土车 (a truck at the gate), 砼站
    ("二衬", r"二衬"),
    ("清淤", r"清淤"),
    ("标线", r"标线"),
    ("机电", r"机电"),
    ("抹灰", r"抹灰|粉刷|腻子|泥水|泥工|瓦工|泥瓦"),
    ("吊顶", r"吊顶"),
    ("地坪", r"地坪"),
    ("土方", r"土方"),
    ("石材", r"石材|铺装"),
    ("弱电", r"弱电|智能化"),
    ("电梯", r"电梯"),
]
extract_trades = _Tagger(_TRADES)


def _flag(pattern: str, doc: str) -> Callable[[str], bool]:
    """A predicate: does ``pattern`` occur in a text."""
    rx = re.compile(pattern)

    def found(t: str) -> bool:
        return rx.search(t) is not None

    found.__doc__ = doc
    return found


# last year's wages, still owed: 去年12月的工资, 去年暑假做加固的工资 (not 去年十月到现在的
# 工资, not 去年的工资年底结清了 今年的又开始拖了: last year's settled, this year's owed).
# Told alone, an earlier job only by the year of its wages
_LAST_YEARS_WAGES = (
    # (not 去年有人拉横幅才给的钱: what others did; not 年底政府协调已经发清了: paid)
    # 去年的 项目部欠的: last year's, told before who owes it
    r"去年的[ ，,]?[^ ，,。]{0,4}欠的|"
    # (去年中秋前项目部欠我们的路灯安装工资: what was owed then, its trade named; not
    # 去年12月和1月的工资: a stretch into this year)
    # (not 去年十月份以后的工资: since then)
    r"(?:去年|上次)(?![^ ，,。]{0,4}有人)(?![^ ，,。]{0,6}(?:以后|之后|以来))[^ ，,。到至起和]{0,10}的(?:那笔|那点|那些|[^ ，,。]{0,4}?)(?:工资|工钱|钱|活|加班费|提成|奖金|尾款|账)"
    # (去年的账瓦工班长朱红军跟我结清了: settled, the man named between)
    r"(?![^ ，,。]{0,14}(?:结清|结了|给清|给齐|结齐|发齐|发清|给了|发了|要回来|拿到)|[^。]{0,12}(?:已经|都)(?:结清|给清|给齐|结齐|发齐|发清))|去年(?:暑假|寒假|夏天|上半年)|"
    # 去年年底欠我的四千五到现在还没给: what was owed by last year's end
    r"去年(?:年底|年末|腊月|底)?欠(?:我|俺)们?的(?![^。]{0,12}(?:结清|给清|给了|要回来))|"
    # 去年年底就干完了 … 一直拖到现在: a job finished last year, its wages still owed
    r"去年[^ ，,。到至起]{0,4}(?:干完|做完|完工|完了)|"
    # 土方阶段的 去年的事了 项目部欠我们…: last year's matter, told as the claim (not 那是去年的
    # 事了 跟这次不是一回事: set aside)
    r"(?<!那是)(?<!那都是)(?<!不是)去年的事了?(?![ ，,]?(?:我|俺)?(?:不知道|不清楚|跟这次|和这次))(?![^。]{0,12}(?:后来|给了没|解决了))"
)
# an earlier, finished job told as such: 前年; 当时欠我 / 那时候还欠我 / 那会欠我: told as a
# past episode; 去年6月就辞工了, 去年在这干 离职的时候: left the job last year
_EARLIER_JOB = (
    # (not 前年的账他结了的: that year is settled)
    r"(?<!账是)前年(?!的事|[^ ，,。]{0,6}也(?:欠|拖)过|的账是前年的|[^ ，,。]{0,6}(?:结了|结清|给清|给了|发了)|[^ ，,。]{0,8}(?:(?:别的|其他|隔壁)工地|有人|有个|有些))|"
    # (今年的不说 先把那3000给了: an earlier stretch's balance, this year's set aside)
    r"以前在这|之前在这|跟现在(?:这|的)[^ ，,。]{0,4}没关系|今年的(?:先)?不说|(?:当时|那时候?|那会儿?)[^ ，,。]{0,3}欠(?![^。]{0,14}(?:已经|都)(?:结清|给清|给了|结了))|"
    r"去年[^，,。到至起开今现上]{0,12}(?:辞工|辞职|离职|不干了|走的|就走了)|"
    # an earlier phase, a job no longer worked, a matter said to be another one
    r"去年[^，,。到至起开今现上]{0,8}(?:干|做)[^ ，,。]{0,2}(?:一期|上一期|前一期|那一期)|"
    # 今年的我没在他那干, 我今年没去他那做了, 今年的事我不清楚: only last year's job
    r"今年的?(?:我|俺)?们?就?(?:没|不)(?:再)?(?:跟他|跟着他|在这|在那|去|在)?(?:他那里?|他那儿)?(?:干|做)|"
    r"今年的事?(?:我|俺)?不(?:清楚|知道)|今年[^ ，,。]{0,6}这(?:茬|批|个活)(?:我|俺)们?(?:就)?(?:没|不)(?:再)?(?:跟他|跟着他)?(?:干|做)|"
    # 去年2024年一期干的 … 跟今年这帮人不是一拨: an earlier phase's job, another crowd
    r"去年[^，,。到至起开今现上]{0,8}(?:一期|上一期|前一期|那一期)(?:干|做)|"
    r"跟今年[^ ，,。]{0,6}不是一(?:拨|伙|回事|码事)|不是今年[^ ，,。]{0,6}那(?:个|次|笔)|不是今年这几个月的|"
    # 今年都去别的工地了: gone to other sites since; 23年我在二期跟罗德华干过 那年还欠我
    r"今年(?:都|就|我们?|俺们?)*(?:去|到|换)(?:了)?(?:别的|其他|另外的?)工地|"
    r"(?:20)?2[0-3]年(?:(?:我|俺)们?)?在[^。]{0,20}(?:干过|做过)|"
    # 23年冬天跟王保国在迁建四期干活: a season of an earlier year, with the man or at the site
    # 23年跟胡老板(游埠古镇那个包工头)干的: the year, the man, the job
    r"(?<![\d从自])(?:20)?2[0-3]年跟[^ ，,。]{0,16}(?:干|做)的|"
    r"今年[^ ，,。]{0,4}的活(?:我|俺)们?(?:就)?没跟(?:他|着他)(?:干|做)|"  # 今年这边的活我没跟他干
    r"(?<![\d从自])(?:20)?2[0-3]年(?:冬天|夏天|春天|秋天|年底|上半年|下半年)(?:跟|给|在)[^ ，,。]{0,14}(?:干|做)|(?<!\d)(?:20)?2[0-3]年在[^ ，,。]{0,12}(?:干|做)|那年[^ ，,。]{0,2}欠|"
    # 我们后来就没跟他做了: left his crew since
    r"后来(?:就)?(?:没|不)(?:再)?(?:跟他|跟着他|在他那里?|在这|在那)(?:干|做)了|"
    # 我早就不在那里做了, 那时候是一期: left the job, an earlier phase
    r"早就?不在(?:那里|这里|这|那)(?:做|干)了|那时候是?[一二三\d]期|"
    r"(?:跟|和)(?:现在|今年)[^ ，,。]{0,6}(?:不是一回事|不是一码事|两回事|两码事|没关系|无关)|"
    # a job finished: 去年干完了, 2023年干的活
    # (2023年冬天在黄河路快速化项目干收尾: a season of an earlier year on the job)
    r"20\d\d年(?:干|做)的|(?:去年|前年)在(?:这|他那里?|他那儿)(?:干|做)|20\d\d年[^ ，,。在]{1,4}在[^ ，,。]{0,12}(?:干|做)|"
    r"跟现在[^ ，,。]{0,6}(?:没关系|无关)|20\d\d年在|(?<!\d)2\d年在[^ ，,。]{0,6}(?:干|做)|"
    r"(?:20)?2\d年[^ ，,。]{0,4}的时候|这次[^ ，,。]{0,6}(?:我|俺)没(?:干|做)|"
    r"(?:我|俺|额)(?:今年)?[\d一二三四五六七八九十]{1,2}月份?就?(?:离职|辞职|辞工|走了|不干了)|"
    r"(?:20\d\d|(?<!\d)2\d|去|前)年[^。]{0,12}那阵|(?:20\d\d|(?<!\d)2\d|前)年[^。]{0,12}那会儿?|20\d\d年[^ ，,。]{1,6}的(?:钱|工钱)|今年的另说|不是今年的|去年[^ ，,。]{0,3}第?[一1]期|法院(?:都|已经)?判了|今年的活(?:我们?|俺们?)?没(?:干|做)|老账|早(?:就|都)?完工|一期那会|当时的项目部|那批的(?:工资|工钱|钱)|(?:20\d\d|(?<!\d)2\d|去|前)年[^ ，,。]{0,8}那(?:一?批|一?笔|次|回|茬)(?![^。]{0,16}今年(?:又|也)(?:欠|拖|没))(?![^。]{0,16}(?:后来|已经|早就?)[^ ，,。]{0,6}(?:给了|结了|结清|给清)(?!一半|一部分|点))(?![^ ，,。]{0,12}才(?:给|发|结)(?:的|了))(?![^ ，,。]{0,4}(?:不是一回事|不是一码事|两回事|没关系|无关))|(?:20\d\d|(?<!\d)2\d)年[^。]{0,12}尾款|"
    # 2024年的工资还欠我四千 今年的钱他倒是给了: only an earlier year is owed
    r"(?<!把)今年的(?:钱|工资|工钱)?[^ ，,。]{0,6}(?<![不没])(?:给了|发了|结了|结清)|"  # not 把今年的工钱结了: a plea
    # 今年的活我没跟他干, 跟今年大家反映的这笔不是一回事, 我反映的是2022年的事, 今年的我不管
    r"今年的活[^ ，,。]{0,4}没[^ ，,。]{0,4}(?:干|做)|(?:跟|和)今年[^。]{0,12}(?:不是一回事|不是一码事|两回事)|"
    r"(?:反映|说|讲)的是(?:20\d\d|去|前)年|今年的(?:我|俺)?不管|那年[^ ，,。]{0,3}(?:干|做)的|"
    # 22年项目部欠我的那一万块, 23年那会儿跟他干的活: a year before last year's, owed since
    # (not 从2023年10月到现在: arrears running since)
    r"(?<![从自\d])(?:20)?2[0-3]年(?![^。的]{0,10}(?:到现在|至今|到今|开始|开工|动工|进场))[^。今]{0,12}(?:欠|差|的钱|工资|工钱|的活|干的|做的)|"
    # an IOU written for an earlier year's job
    r"(?:去年|前年|20\d\d年|(?<!\d)2\d年)[^。]{0,12}(?:打了?欠条|给了?欠条|写了?欠条)"
)
told_as_last_years_wages = _flag(
    _LAST_YEARS_WAGES, "Last year's wages, still owed: an earlier job only by their year."
)
told_as_earlier_job = _flag(
    _EARLIER_JOB, "An earlier job told as such, not only by the year of its wages."
)


_DIGIT_CN = str.maketrans("123456789", "一二三四五六七八九")


# 一标段, 二标 (not 目标, 标准): a section of the works, as the phases are
# (k12标段, 300标段: a number of many digits names no part the others can count on)
_PART = re.compile(
    r"(?<![一二三四五六七八九十\d])([一二三四五六七八九十\da-z])(期|地块|标段|标(?![准语志]))"
)


def parts(t: str) -> set[str]:
    """The phases, plots and sections a text names ("标段:二" for 二标段 or 二标)."""
    return {
        ("标段" if m.group(2) == "标" else m.group(2)) + ":" + m.group(1)
        for m in _PART.finditer(t.translate(_DIGIT_CN))
    }


def other_parts(a: Collection[str], b: Collection[str]) -> bool:
    """Both name phases (or sections) and no phase (section) named by one is named by the
    other; a section is no phase (三标段 and 一期 do not disagree)."""
    kinds = {p.split(":")[0] for p in a} & {p.split(":")[0] for p in b}
    return any(
        not {p for p in a if p.startswith(k + ":")} & {p for p in b if p.startswith(k + ":")}
        for k in kinds
    )


def other_phase(t: str, site: str | None) -> bool:
    """The text names only phases of the project (一期) other than the site's own (二期),
    or only other sections (三标段 at 6号线一期3标 is its own)."""
    return other_parts(parts(site or ""), parts(t))


# the owing party has vanished: ran off, cannot be reached (an event both reports can share)
absconded = _flag(
    r"跑了(?![好几一两二三四五多很趟次回])|跑路|跑掉|走佬|卷钱|卷款|失联|联系不上|找不到人|人找不到|"
    r"人也找不到|人找不见|找不见人|人找不着|找不着人|人不见了|电话关机|关机了|拉黑",
    "The owing party ran off or cannot be reached.",
)
# the project stopped or ran out of money: a site-level event (not "跟停工没关系", nor
# 那时候还冒停工: not yet stopped, as Hunan says it)
stopped = _flag(
    r"(?<!不是)(?<!没)(?<!没有)(?<!冒)(?<!未)(?:停工|(?:项目|工地|工程|楼|活)[^ ，,。]{0,2}停了|资金链?(?:断|出问题)|"
    r"工程款(?:没|不|还没|迟迟没)(?:有)?(?:到位|到|下来|拨)|开发商[^ ，,。再]{0,3}(?:没钱|不给钱|跑))"
    r"(?![^ ，,。]{0,4}(?:没关系|不是一回事|不是一码事|两回事))",
    "The project stopped or its money dried up (停工, 资金链断了, 工程款没到位).",
)
