"""Text normalisation (traditional → simplified, full-width → half-width) and masking."""

from __future__ import annotations

import re

# pictographs and symbols, as a character-class range: what an emoji adds to a text
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"

# Common traditional characters and their simplified forms (pairs, same index).
_TRAD = (
    "資薪錢欠萬億貳參陸兩個們這從來說請問給還沒為與對時間會後當開關電話號碼"
    "車東區縣鎮鄉廠場業務勞動機構際體組織團隊幫帶頭長領導監察辦處決難過進連"
    "單據結算賬帳費錢銀卡號證實簽約訂買賣貨運輸遞倉庫裝卸飯館餐廳廚師員職務"
    "經濟發展設計劃規則責任證據調記錄考勤閘門刷臉幾數歲還歷樣麼嗎吧麼將盡殺"
    "樓層頂塔吊傷醫療險養老險療報銷雜亂髒吵鬧擾訴訟權利義務際環境衛視聽聞紀"
    "網絡線現實們們紙專戶保證罰款擔擬覺氣傳愛黨國華語讀書學習試驗驗收質資質"
    "轉包掛靠層層違規範圍圖畫鐵鋼筋錢財產權龍鳳雲飛馬魚鳥雞鴨豬貓狗風壓擋圍"
    "築築設備機械製造廠礦產運營隊伍師傅闆闆夥計兒媽爺奶婦孫見親寫聽說讓讓認識"
    "識別記憶難題題目項目標準則總負責領取養殖產銷售場務協調談判協議議論審計劃"
    "應該當時間隔離開關閉門戶區劃鄰居樂觀點擊戰爭鬥爭議價錢幣換轉賬號碼無論"
    "齊齒齡懷孕個體戶頭髮際會議邊緣緊張張貼態度與其餘額階段陳劉趙錢孫鄭黃吳馮"
    "楊許鄧謝蕭葉羅鍾盧範韓傅湯顧賴龔錦鑫達濤輝偉強廣東廣西慶貴陝贛閩滬鄂湘"
    "遼黑僅壞圍擾攔橫幅訪鬧跳喝藥縣區鎮衛補償賠償傷亡場損壞繳納補繳斷繳斷續"
    "聯繫係紮實際禮貌謝謝們們嘅囉噉喺冇啲咗嚟邊冇嘢"
)
_SIMP = (
    "资薪钱欠万亿贰叁陆两个们这从来说请问给还没为与对时间会后当开关电话号码"
    "车东区县镇乡厂场业务劳动机构际体组织团队帮带头长领导监察办处决难过进连"
    "单据结算账帐费钱银卡号证实签约订买卖货运输递仓库装卸饭馆餐厅厨师员职务"
    "经济发展设计划规则责任证据调记录考勤闸门刷脸几数岁还历样么吗吧么将尽杀"
    "楼层顶塔吊伤医疗险养老险疗报销杂乱脏吵闹扰诉讼权利义务际环境卫视听闻纪"
    "网络线现实们们纸专户保证罚款担拟觉气传爱党国华语读书学习试验验收质资质"
    "转包挂靠层层违规范围图画铁钢筋钱财产权龙凤云飞马鱼鸟鸡鸭猪猫狗风压挡围"
    "筑筑设备机械制造厂矿产运营队伍师傅板板伙计儿妈爷奶妇孙见亲写听说让让认识"
    "识别记忆难题题目项目标准则总负责领取养殖产销售场务协调谈判协议议论审计划"
    "应该当时间隔离开关闭门户区划邻居乐观点击战争斗争议价钱币换转账号码无论"
    "齐齿龄怀孕个体户头发际会议边缘紧张张贴态度与其余额阶段陈刘赵钱孙郑黄吴冯"
    "杨许邓谢萧叶罗钟卢范韩傅汤顾赖龚锦鑫达涛辉伟强广东广西庆贵陕赣闽沪鄂湘"
    "辽黑仅坏围扰拦横幅访闹跳喝药县区镇卫补偿赔偿伤亡场损坏缴纳补缴断缴断续"
    "联系系扎实际礼貌谢谢们们嘅啰咁喺冇啲咗嚟边冇嘢"
)
assert len(_TRAD) == len(_SIMP)
_EXTRA = {
    "祿": "禄",
    "麵": "面",
    "裡": "里",
    "裏": "里",
    "週": "周",
    "錶": "表",
    "鬆": "松",
    "髮": "发",
    "幾": "几",
    "於": "于",
    "雖": "虽",
    "無": "无",
    "勁": "劲",
    "拖": "拖",
    "邊": "边",
    "務": "务",
    "聽": "听",
    "並": "并",
    "隻": "只",
    "嗎": "吗",
    "蘇": "苏",
    "廈": "厦",
    "門": "门",
    "為": "为",
    "麼": "么",
    "樣": "样",
    "讓": "让",
    "慘": "惨",
    "們": "们",
    "輛": "辆",
    "騙": "骗",
    "搶": "抢",
    "跑": "跑",
    "衝": "冲",
    "擊": "击",
    "藥": "药",
    "擬": "拟",
    "償": "偿",
    "鏈": "链",
    "擴": "扩",
    "建": "建",
    "築": "筑",
    "濟": "济",
    "淮": "淮",
    "灣": "湾",
    "島": "岛",
    "歲": "岁",
    "碼": "码",
    "簽": "签",
    "約": "约",
    "闆": "板",
    "闕": "阙",
    "問": "问",
    "題": "题",
    "態": "态",
    "廳": "厅",
    "製": "制",
    "衛": "卫",
    "處": "处",
    "縣": "县",
    "屬": "属",
    "將": "将",
    "應": "应",
    "該": "该",
    "壹": "壹",
    "貳": "贰",
    "參": "叁",
    "叄": "叁",
    "肆": "肆",
    "陸": "陆",
    "柒": "柒",
    "捌": "捌",
    "玖": "玖",
    "拾": "拾",
    "佰": "佰",
    "仟": "仟",
    "萬": "万",
    "億": "亿",
    "糧": "粮",
}
# characters common in given names (a worker typing 錢小軍 means 钱小军)
_NAME_TRAD = "軍麗紅傑鵬嬌蘭豔艷勝榮銘鋒剛瑩寶興漢軒聖順賢儀鄒顏蔣歐龐譚賈嚴閻聶潔靜鳴誠紹維韋彥豐遠陽雙顯鴻駿騰麥賓橋楓棟歡濱煒燦爾瓊畢穎純綠繼聰莊蓮貞賀躍農遙釗鈞鈺銳錫鍵闖靈韻頤驍魯鶴鄺閆"
_NAME_SIMP = "军丽红杰鹏娇兰艳艳胜荣铭锋刚莹宝兴汉轩圣顺贤仪邹颜蒋欧庞谭贾严阎聂洁静鸣诚绍维韦彦丰远阳双显鸿骏腾麦宾桥枫栋欢滨炜灿尔琼毕颖纯绿继聪庄莲贞贺跃农遥钊钧钰锐锡键闯灵韵颐骁鲁鹤邝闫"
assert len(_NAME_TRAD) == len(_NAME_SIMP)
_EXTRA.update(zip(_NAME_TRAD, _NAME_SIMP, strict=True))
# more characters of the trade, of threats and of amounts (幹活, 討薪, 塊, 天臺, 燒, 鎖門, 罷工)
_MORE_TRAD = "傢僱兌勵匯呂塊塗壽幹憑懸揚擁擠攝攤條樑檢櫃溫滙災燈獎盤磚稅級綜聲舉舊蓋虧討貸輕適遲鋪鐘陣響園極檯歸況燒爛眾種絕縮罷羣臺藍衆術讚鎖鑰類細"
_MORE_SIMP = "家雇兑励汇吕块涂寿干凭悬扬拥挤摄摊条梁检柜温汇灾灯奖盘砖税级综声举旧盖亏讨贷轻适迟铺钟阵响园极台归况烧烂众种绝缩罢群台蓝众术赞锁钥类细"
assert len(_MORE_TRAD) == len(_MORE_SIMP)
_EXTRA.update(zip(_MORE_TRAD, _MORE_SIMP, strict=True))
# provinces' short names, as firms carry them (粵安勞務)
_EXTRA.update(zip("粵滬魯遼貴閩贛晉蘇陝寧隴", "粤沪鲁辽贵闽赣晋苏陕宁陇", strict=True))
_T2S: dict[int, str] = {ord(t): s for t, s in zip(_TRAD, _SIMP, strict=True) if t != s}
_T2S.update({ord(k): v for k, v in _EXTRA.items() if k != v})
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


def normalize(text: str) -> str:
    """Simplified characters, Mandarin for Cantonese written forms, half-width ASCII,
    lower-case Latin, single spaces."""
    t = text.translate(_T2S).lower()
    t = _YUE_WORD_RE.sub(lambda m: _YUE_WORDS[m.group(0)], t).translate(_YUE_CHARS)
    t = _YUE_SHI.sub("是", t)
    t = _YUE_SAID.sub("说", t)
    t = t.replace("劳物", "劳务")  # a slip of pinyin input (lao wu) seen in every region
    t = t.replace("班主长", "班组长")  # zu typed as zhu
    t = _SLANG_UNIT.sub(lambda m: _SLANG_UNITS[m.group(0).strip()], t)
    if _HAS_LATIN_WORD.search(t):
        t = _PINYIN_RE.sub(lambda m: _PINYIN[m.group(0)], t)
    return re.sub(r"\s+", " ", t).strip()


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
