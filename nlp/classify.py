"""Explainable rule-based classification: category (rubric precedence), urgency, group flag."""

from __future__ import annotations

import re

from nlp.facts import SURNAME_CLASS, place_words

ILLEGAL = "illegal_contracting"
REAL_NAME = "real_name_missing"
TEAM_LEADER = "team_leader_arrears"
CONTRACTOR = "contractor_arrears"
NON_CONSTRUCTION = "non_construction_arrears"
NOT_WAGE = "not_wage"
NO_CLAIM = "no wage claim"  # evidence of a not_wage verdict with no positive reason
CATEGORIES = (ILLEGAL, REAL_NAME, TEAM_LEADER, CONTRACTOR, NON_CONSTRUCTION, NOT_WAGE)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# A wage claim by the reporter or co-workers.
WAGE = _rx(
    r"工资|工钱|工前|人工|欠薪|铜钿|薪水|薪资|讨薪|生活费|工资卡|拿不[到倒]钱|没拿到钱|欠我们钱|欠钱|不给钱|"
    r"欠我|欠额|欠俺|拖我|拖着|加班费|(?:说|讲)(?:好)?[^ ，,。]{0,5}(?:一定|肯定)(?:给|发|结)|开资|尾款|没拿到|钱下不来|(?:喊|让|叫)(?:我们|俺们|额们|咱们)?(?:再)?等|(?:还|一直|就是)不给(?!交|办|买|缴|签|开|上)|等了(?:俩|两|几|[一二三四五六七八九十\d]{1,2})个?多?月|等了[^ ，,。]{0,4}(?:个月|天|年)|等到(?:啥|什么)时候|(?:我|俺|额)(?:的|一个人)[\d一两二三四五六七八九十几]+(?:\.\d+)?(?:万|千|块|元)|不给结|没结|(?:一直|就是|还|都)不结(?!婚)|现在都不给了|一分没|没发|不发|少给|少算|提成|底薪|欠了|被欠|拖了|欠条|结账|"
    # 拖五个月了, 还差我们一半, 欠心 (typed for 欠薪)
    r"拖[^ ，,。]{0,2}(?:\d{1,2}|[一两二三四五六七八九十半几]{1,2})(?:个)?多?(?:月|天|年)|还差(?:我|俺|[\d一两二三四五六七八九十几])|只给了?[\d一两二三四五六七八九十几]|欠心|欠[\d一两二三四五六七八九十几半]+个多?月|"
    # money held back, however it is said: 还没给, 欠着额们的钱, 钱不给, 要钱
    r"(?:还|一直|都|迟迟|就是)(?:没|么|冇|莫)给|少给了?(?:我|俺)|没给钱|欠着|的钱(?:一直|都|还)?(?:拖|没给|不给|没结|没发)|(?:一直|天天|总|老)说下个?(?:礼拜|星期|周|月)|没拿过(?:钱|工资|工钱)|下来(?:再|才|就)(?:给|发|结)|说了[\d一两二三四五六七八九十几]+个月了|说了[^ ，,。]{0,3}(?:个|次|回)下个?(?:礼拜|星期|周|月)|等不起|钱[^ ，,。]{0,4}(?:要|得)等|没见(?:到|过|着)?钱|(?:一样|也|同样)没给|(?:工人|我们|俺们|大家)的钱|欠公资|干活的钱|钱都压|钱压在|没拨钱|剩下的[^ ，,。]{0,6}给|钱啥时候(?:能)?(?:给|发|结)|没影子|说[^ ，,。]{0,3}\d{1,2}号(?:发|给|结)|没开过?支|说下个?(?:礼拜|星期|月)(?:给|下个?(?:礼拜|星期|月))|又要了一次|(?:^|(?<=[ ，,]))同上(?:$|(?=[^。]{0,20}(?:也是|也欠)))|"
    # held back as a fine or a deposit: 扣了我一个月的派费, 押了一个月工资
    r"克扣|(?:扣|押)(?:了|掉|着|我)?[^ ，,。]{0,10}(?:工资|工钱|的钱|派费|派件费|配送费|提成)|扣着不给|欠[^ ，,。]{0,5}的钱|钱不给|(?:要|讨|追)(?:钱|工资|工钱)|"
    r"钱[^ ，,。]{0,4}(?:没|不)(?:给|发|见|拿|结)|一分钱?(?:都|也)?没(?:见|拿|得|看)|"
    r"(?:下个?月|月底|年底|年后|过完年|开春|过几天|下周)(?:再|就|一起)?(?:给|发|结)|回不了家|回不去家|要(?:个)?说法|"
    r"欠.{0,4}[万千]|没钱|钱.{0,6}发|发钱|跑路|跑了|卷钱|"
    # the one who owes has vanished: 老板何志雄走了, 包工头失联, 电话打不通
    r"(?:老板|工头|班组长|班长|带班的?)[^ ，,。]{0,4}(?:走了|不见了|失联|没影)|失联|联系不上|电话打不通|电话关机|拉黑|人(?:就|也)?不见了"
)
# Payments that are not wages, and reporters that are not workers.
NOT_WAGE_PAY = _rx(
    r"材料款|料钱|砼款|运费|结算款|押金|过渡费|补偿款|拆迁款|安置费|货款|钢材款|混凝土款|商砼|租金|租赁费|房租|台班费|借了我|借我的|(?<!资质)借给|借钱|借了|借(?:我|俺)[^ ，,。]{0,6}(?:块|钱)|借(?:我|俺)[\d一两二三四五六七八九十几]+[万千百]|讨债|借的[^ ，,。]{0,6}(?:块|钱)|私人借|伙食费|伙食款|餐费|中介费|介绍费|砂石款|石料款|沙子钱|"
    r"设备款|机械费|蔗款|稻谷款|粮款|玉米款|棉花款|借款|借条|运输费|门窗款|建材款|材款|饭钱|供菜|送菜|租赁 ?欠款|赔偿款|赔偿|料款|苗木款|砖款|沙石款|(?:砂|沙)石料 ?(?:的?钱|款|欠款)|拉沙子的|车费欠|欠[^ ，,。]{0,4}车费|广告费|吊车费|奶钱|(?<!砌)砖钱|修车费|修车钱|修理费|维修费|入股|装修款|租车费|送[^ ，,。]{1,4}的钱|(?:竹子|木材|原料|菜|钢筋|水泥|瓷砖|木方|模板|管材|电缆|废钢|废品|配件|零件)款|流转费|土地款|土方款|菜钱|蔬菜配送|进度款|工程量|结算有争议|安装费|电梯款|租的[^ ，,。]{0,4}钱|船租|租钱|租船给|(?:挖机|机械|设备|车辆)钱"
)
NOT_WAGE_REPORTER = _rx(
    # a buyer's complaint (我在香巴拉买的商铺 … 到现在也没交; an owner's, 我是…业主, is below),
    # a job-seeker's question (今年还招不招木工, 七月还招服务员吗)
    r"(?:我|俺)[^ ，,。]{0,8}买的[^ ，,。]{0,4}(?:商铺|房子|房|铺面|车位)|"
    r"还?招不招|还招[^ ，,。]{0,6}吗|"
    # 钢管是我们租赁站的 租金拖欠: the rental yard's bill; 跟工人工资不是一回事: said not wages
    r"是(?:我|俺)们?(?:租赁站|租赁公司|搅拌站|商砼站)的|(?:跟|和)工人(?:的)?工资不是一回事|"
    # 我是下拉秀那边卖水泥的: a seller's bill, not wages
    r"(?:我|俺)是[^ ，,。]{0,8}卖[^ ，,。]{1,4}的(?=$|[ ，,。])|"
    r"我公司|(?:我|俺)们公司|(?:我|俺)们?是[^ ，,。]{0,14}供应商|(?:我|俺)是租[^ ，,。]{0,6}的|(?:我|俺)是干[^ ，,。]{0,4}分包的|(?:我|俺)们?是做[^ ，,。]{0,6}加工的|(?:我|俺)不是(?:要钱|为了钱|讨薪|来要钱)|(?:我|俺)是开[^ ，,。]{0,6}(?:站|厂|店|公司)的|开小卖部|(?:我|俺)买了[^。]{0,12}房子|房子(?:我|俺)买了|交房日期|欠(?:我|俺)们?的?(?:混凝土|砂石|沙石|材料|钢材|水泥)款|不是(?:来)?讨薪的|不是(?:来)?要钱|首付|(?:我|俺)是供应?[^ ，,。]{0,6}的|(?:我|俺)们?是种[^ ，,。]{0,4}的|收了(?:我|俺)们?的(?!工资卡|银行卡|卡|身份证)|收(?:了)?(?:我|俺)们?的?(?:甘蔗|蔗|玉米|茶叶|鲜叶|烟叶|蔬菜|果子|生猪|粮食)|(?:我|俺)们是(?:施工|建筑)(?:企业|单位|公司)(?=[ ，,。]|$)|加盟|(?:我|俺)是[^ ，,。]{0,8}业主|我是[^ ，,。]{0,4}(?:队|班)的?老板|我们是(?:搅拌站|商砼站|混凝土站|租赁公司|[^ ，,。]{0,4}供应商)|我们是做横幅|给他们供|我是老板(?=[ ，,。]|$)|我是做广告|(?:我|俺)们?拉的[^ ，,。]{0,6}(?:混凝土|砂石|砖|料)|拉了(?:我|俺)们?的[^ ，,。]{0,4}(?:料|砂|石|砖|货)|我是[^ ，,。]{0,8}分包老板|(?:我|俺)是[^ ，,。]{0,6}小包(?!工头)|我们(?:搅拌站|商砼站)|卖[^ ，,。]{0,3}(?:盒饭|快餐|饭)的|合同是我跟[^ ，,。]{0,6}签的|(?:我|俺)们?给工地送|租我们[^ ，,。]{0,4}(?:车|机)|(?:我|俺)们?[^ ，,。]{0,4}卖给他们|我租给|我是[^ ，,。]{0,6}项目部的(?![^ ，,。]{0,3}(?:员|司机|工人|师傅|电工|厨师|保安))|恶意讨薪|回迁户|拆迁户|我们[^ ，,。]{0,4}(?:供|送)的|我家[^ ，,。]{0,4}(?:挖机|车|机械|设备)|我是劳务(?:公司)?的?(?![^ ，,。]{0,2}(?:记账|会计|出纳|工人|员工|招|找|派|叫|介绍))|(?:我|俺)们是劳务公司(?![^ ，,。]{0,2}(?:招|找|派|叫|介绍))|我是包工头|(?:我|俺)们?是(?:送|拉|卖|供)[^ ，,。]{0,4}(?:料|货|砂|石|砖|水泥)|(?:我|俺)们?是(?:送|卖|供)[^ ，,。]{0,4}的(?!导购|店员|销售|员工|营业员|服务员)|专业分包单位|(?<!劳务)分包单位(?![^ ，,。]{0,10}(?:拖欠|欠|拖|不给|没给|没发))|我是班组长|我自己先垫|(?:我|俺)自己垫的|(?:工钱|工资)(?:我|俺)?(?:都)?不要了|(?:我|俺)们?[^ ，,。他]{0,3}(?:垫付|垫了)|按欠薪处理|算不算欠薪|当(?:作|成)欠薪|以农民工工资的名义|"
    r"我是做钢材|我们是做.{0,4}(?:生意|材料|租赁)|我们是给(?![^ ，,。]{0,6}(?:干|做)(?:的|活))|(?:我|俺)们?[^ ，,。]{0,4}送的(?:沙子|石子|砂石|水泥|砖|钢材|材料|混凝土)|我们是供|供沥青|做钢材生意|我们建材店|建材店|"
    # 工程款 owed to the reporter or the reporter's firm: a subcontractor's claim (not
    # 开发商欠我们老板工程款, the workers' explanation of why nobody pays them)
    r"欠(?:我|俺)们?的?(?:[^ ，,。老]{0,6}(?:公司|单位|班组|队)|[^ ，,。老]{2})?工程款|(?:我|俺)是[^ ，,。]{0,12}分包(?=[ ，,。]|$)|工程款[^ ，,。]{0,4}欠(?:我|俺)(?!们)|"
    # 我是分包老板 … 工人工资我都发了: the reporter paid his men; his own bill is not wages
    r"我是分包(?:老板|商|单位)?|我承包了|(?:我|俺)们[^ ，,。]{1,4}公司(?=跟|和|与|被|有)|(?:我|俺)们?是做[^ ，,。]{0,8}的厂家|(?:我|俺)们是公司|工资已经垫付|我是[^ ，,。]{0,4}(?:挖掘机|挖机|机械|设备|吊车)老板|"
    r"(?:工人|机手|司机)的?工资(?:我|俺)自己(?:都)?发了|(?:我|俺)们?是做劳务的|(?:我|俺)?以个人名义承包|"
    r"工人的?工资(?:我|俺)(?:都)?(?:已经)?(?:发完|发了|结清)|(?:司机|工人)的?工资是(?:我|俺)发的|"
    r"(?:我|俺)们?是做[^ ，,。]{0,8}的公司|(?:我|俺)是做[^ ，,。]{0,4}的小包|(?:我|俺)是承包[^ ，,。]{0,4}的|我家装修|我是(?:做|搞|干)[^ ，,。]{0,6}的老板|我是[^ ，,。]{0,6}分包公司的|(?:我|俺)们?是给[^ ，,。]{0,10}(?:送|拉|供)|盒饭钱|老板说[^ ，,。]{0,8}欠他工程款|(?:我们|俺们)的?工资(?:其实|早就?)?(?:都|已经)(?:发|结)了(?![一几]半)|工程款还有|不是来?要工资|离职证明|工程款还差(?:我)?|(?:厂|公司)的[^。]{0,12}(?:货款|材料款|设备款)|(?:我们|我)(?:是)?做[^ ，,。]{0,6}的分包|(?:我们|我)是(?:做|干|搞)[^ ，,。]{0,10}分包的|我(?:做|干)的[^ ，,。]{0,4}分包|(?:他们|工人们?)的?工资我(?:都|已经)?(?:发|垫|给)了|我是开[^ ，,。]{1,6}(?:小卖部|超市|商店|店|饭馆|餐馆)的|在我(?:这|那|店)[^ ，,。]{0,3}赊|(?:是|都是)我先?垫的|我承包的|买的房|买了[^ ，,。]{0,4}房子?|交不了房|(?:啥|什么)时候交房|延期交房|交房时间|不是工资|工人(?:的)?工资我(?:都|已经)?(?:发|垫|给)了"
)
SPAM = _rx(
    r"(?:加|联系|私信|扫)[^ ，,。]{0,3}微信|微信(?:号|群)|贷款|放款|急招|招聘|招人|日结|不收费|联系我|价格|理财|劳务派遣|承接|包吃住|日赚|加v|电话1\d|"
    r"微信[a-z0-9_]{4,}|(?:专业|快速|代理)清欠|快速回款|包成功|代打官司|成功(?:再|后)收费|专业讨薪|专业代办|专业办理|(?<![转分承])包过(?!来|去)|有意者|(?<!直接)招(?:木工|钢筋工|瓦工|电工|焊工|小工|杂工)(?=[ ，,])|喷绘|当天取货|代办(?:资质|建筑|施工)|安许证|"
    # a sale: 跳楼价清仓 钢管扣件 现货
    r"跳楼价|清仓|现货|特价|欢唱|送果盘|专业制作|欢迎光临|全场[\d一二三四五六七八九]{1,2}折|开业[^ ，,。]{0,3}周年|大促|二手(?:模板|钢管|设备|机械|材料|木方)|自提|出售|低价处理"
)
# words of a job advert that a worker also uses of his own job ("日结的工钱欠了十天"), of
# the excuse he was given (开发商说等贷款下来) or of the man who owes (班组长刘建军 电话138…):
# spam only when nothing is said to be owed
SPAM_WEAK = frozenset({"日结", "招人", "价格", "劳务派遣", "贷款", "跳楼价", "联系我", "特价"})
OWED = _rx(r"欠了|欠我|欠俺|欠着|欠薪|拖欠|没给|没发|不发|拖了|拖着|还差|等了")
# what the worker's family must pay with the wages, not a bill owed to the reporter
NEEDS = _rx(
    r"(?:交|付|缴|还)(?:不起|不上)?(?:房租|学费|医药费|房贷)|房租(?:都|也)?(?:交|付)不(?:起|上)|"
    r"欠(?:了|着)?(?:人家|别人|房东)?的?房租|借钱(?:买|交|付|回|返|过|吃|看|坐)|(?:还|都)借了钱|借的钱(?:都|也)?(?:到期|要还)|(?:一个月|半个月|几天)的饭钱"
)
# 班组长说不是他不给 是项目部没拨钱: the team leader is cleared, the project owes
NOT_HIS_FAULT = re.compile(
    r"(?:他|佢)自己(?:都|也)(?:俾|给|被)人?欠|"
    r"(?:班组长|工头|包工头|班长|带班的?|老板)(?:说|讲|话)?不是他(?:不给|不发|的问题)[^。]{0,12}(?:项.部|开发商|甲方|总包)|"
    r"不是(?:班组长?|工头|包工头|班长|带班的?)的问题[^。]{0,24}(?:项.部|开发商|甲方|总包)|"
    # 项目部欠我们抹灰班 班长天天去要: the leader asks for it too
    r"(?:项.部|开发商|甲方|总包|施工单位)[^。]{0,24}(?:班组长|工头|包工头|班长|带班的?)[^ ，,。]{0,4}(?:去要|去催|天天要|也要不到|讨不到)|"
    # unpaid himself
    r"(?:班组长|工头|包工头|班长|带班的?|老板)(?:自己)?也(?:说)?(?:没(?:拿到|收到|辙|办法|钱)|莫得(?:钱|法)|冇钱|没得钱|垫不起|是被欠)|"
    # 班组长天天去项目部要, 项目部欠薪 … 班组长带着我们去问了好多次
    r"(?:班组长|工头|包工头|班长|带班的?)(?:天天|每天|也|都|一直|多次)?(?:去|到|找)(?:项.部|开发商|甲方|总包|施工单位)(?:要|催|讨|问)|"
    r"(?:项.部|开发商|甲方|总包|施工单位)[^。]{0,24}(?:班组长|工头|包工头|班长|带班的?)带着?(?:我们|俺们)去(?:问|要|催|找)|"
    # 项目部欠我们工钱 … 我们班长讲项目部冇钱: the project owes, the crew's leader says why
    r"(?:项.部|开发商|甲方|总包|施工单位) ?欠(?:我们|俺们)[^。]{0,30}(?:我们|俺们)的?(?:班组长|班长|带班的?)(?:说|讲|话)|"
    # 班组长说钱在项目部那里卡着: the leader says the project holds the money
    r"(?:班组长|工头|包工头|班长|带班的?)(?:说|讲)[^ ，,。]{0,4}钱[^ ，,。]{0,3}在(?:项.部|开发商|甲方|总包)"
)
# 项目部说建设单位没付进度款: the excuse the workers were given, not the reporter's bill
EXCUSE = re.compile(r"说[^ ，,。]{0,10}(?:进度款|工程款|货款|贷款)")
# 欠我四千多 还有押金: the deposit owed besides, not a bill of the reporter's
DEPOSIT_TOO = re.compile(r"(?:还有|说是)(?:押金|[^ ，,。]{0,4}费)|要?扣押金|扣[^ ，,。]{0,2}伙食费")
# 借了别人公司的资质: illegal contracting, not a loan
BORROWED_PAPERS = re.compile(r"借[^ ，,。]{0,6}资质")
# A claim told tersely, past the wage vocabulary ("班组长老钟拖钱 我个人是9000"): counts
# as one when it also names who owes (a team leader, the project, a contracting chain)
TERSE_CLAIM = _rx(
    r"拖|欠|公资|莫得|到现在|至今|不见了|联系不上|不接电话|电话不接|关机|电话打不通|"
    r"也是[^ ，,。]{1,12}的[ ，,]+(?:[^ ，,。]{1,6}[ ，,]+)?一样|"
    r"(?:我|俺|额)(?:的)?(?:那份)?(?:是)?[\d一两二三四五六七八九十几]+(?:\.\d+)?[万千]|(?:我|俺|额)的?是?\d{4,}|"
    r"(?:长|头|板)[ ，,]+[\d一两二三四五六七八九十]+万[\d一二三四五六七八九]?(?=[ ，,]|$)|"  # 钢筋班长 1万2
    r"要不到|要不回来|快给钱|要一次|踢皮球|躲着不见|走不了|吃饭都成问题|吃不起饭|躲起来|(?:我|俺|额)的钱[\d一两二三四五六七八九十几]|(?:一|每)人[\d一两二三四五六七八九十]+[万千]|[俩两二三四五六七八九十\d]个?人\s?(?:一共)?[\d一两二三四五六七八九十]+万|"
    # 两个月 六千五: how long and how much, no verb
    r"[\d一两二三四五六七八九十几半]+个多?月[ ，,]+(?:差不多|大概|大约|约|将近)?[\d一两二三四五六七八九十几]+(?:\.\d+)?[万千]|说等|给不给|再不给|没给|没发|只能发|只发|压着|没拨款|(?:我|俺)那份|(?:一共|总共)[\d一两二三四五六七八九十几]|不认账|找不到|(?:我|俺|额)(?:个人|自己|一个人)(?:是|就)?[\d一两二三四五六七八九十几]"
)
CONSULT = _rx(
    r"社保|医保|公积金|五险|工伤|职业病|养老保险|保险|失业金|低保|最低工资|工资标准|保证金是(?:什么|啥|么子|嘛|哪样)|怎么查|电话多少|去哪里投诉|(?<!卡)(?<!钱)(?<![你他])在哪(?!个?人?手)|黑名单|(?<![孩娃子儿要得])上学(?!的|要|等)|找工作|"
    r"干什么用|干嘛的|扫错|是(?:咋|怎么)回事|新闻|(?:病假|产假|婚假)期间|要不要发工资"
)
OTHER_COMPLAINT = _rx(
    # 材料堆在路边 把我家门堵了: a neighbour's complaint about the site, not a blockade
    r"(?:把|将)?(?:我|俺)家(?:的)?(?:大?门|门口|路|巷子)[^ ，,。]{0,2}堵|材料堆在|"
    r"摔伤|受伤|医药费|堵车|(?:啥|什么)时候(?:能)?修(?:完|好)|噪音|吵死|太吵|吵得|差点掉|没回填|压坏|压烂|挖烂|砸坏|撒了一路|堵[得的]走不动|车开不出去|能完工|过不去|绕道|能通|通风|眼睛疼|安全网|掉下来|房子[^ ，,。]{0,4}(?:能交|交付)|啥时候(?:能)?交房|不交房|留条道|绕了好远|拉肚子|快递丢了|丢件|货丢了|施工车[^ ，,。]{0,2}把|音响|太大声|出门不方便|饭菜|食堂|卫生(?!院|局|所|间)|老鼠|安全帽|安全带|偷|泥(?![水工瓦])|塞车|坑坑洼洼|空调|骂人|厕所|加班(?!费)|"
    r"吃出|不给退|早晚高峰|堵得动不了|错开时间|窗户[^ ，,。]{0,3}没装|冷死了|挖断|挖了|(?<![做搞干])装修|渣土|一顿饭|迟到|围挡(?:什么时候|啥时候|几时)?拆|绕路|防护网|太危险|安全隐患|差点掉下来|出门都出不去|我家门口的路|下水道|不来修|漏水|停水|停电|生意(?:都)?(?:没法做|做不了|做不成)|围挡把|粉尘|车都过不去|乱停|好久修得?(?:完|好)|喇叭|暖气(?:什么时候|啥时候|不热|不通)|(?:啥|什么)时候通车|上下班[^ ，,。]{0,4}堵|下雨就淹"
)
# what the wage system is: asked about, not a claim, even of "our wages"
ABOUT_THE_SYSTEM = _rx(
    r"(?:专户|专用账户|实名制)[^。]{0,6}(?:是啥|是什么|啥意思|什么意思|是哪个银行|是(?:咋个?|怎么)回事)"
)
INJURY = _rx(r"受伤|摔伤|砸伤|工伤|骨折")
CONSULT_STRONG = _rx(
    # questions about work, not a claim: 能请病假吗, 辞职需要提前多久说, 个税是啥, 小费算不算工资
    r"(?:能|可以)请(?:病)?假|辞职(?:要|需要)提前|个税是(?:啥|什么)|小费算不算|"
    r"怎么查|黑名单|电话是?多少|预支|想辞职|要不要钱|保证金是不是|加班费[^ ，,。]{0,2}(?:咋|怎么)算|保证金是什么|是干什么|干嘛的|去哪里投诉|劳动监察在哪|的话去哪|"
    # 现在走能结工资不: leaving, and asking when the pay comes
    r"(?:能|可以)结(?:工资|工钱)?(?:不|吗|么)|听说[^。]{0,30}(?:是真的吗|真的假的|是不是真的)|是不是就不会|靠谱吗|能不能结|(?:能|可以)打1\d{4}|打1\d{4}[^ ，,。]{0,3}有用(?:吗|不|没)|二维码[^ ，,。]{0,4}(?:干啥|干嘛|干什么|做什么)|还是直接找|还是先找|(?:找|去|归)哪个部门|(?:去|到)哪(?:里|儿)?办|帮朋友问|哪个(?:快|好使|管用)|多长时间能|有回复|还没(?:有)?被欠|还没欠|就是问问|(?:啥|什么)时候开工|(?:啥|什么)时候(?:开始)?招|是(?:什么|么子|啥|啥子)意思|码扫了|扫码[^ ，,。]{0,6}(?:干嘛|干什么|做什么|干啥)|(?:想|请)问(?:一)?下[^ ，,。]{0,8}怎么算|请问需要带(?:什么|啥)|要实名吗|会不会被[^ ，,。]{0,4}知道|会不会(?:被)?扣工资|真的有用吗|管用(?:不|吗)|仲裁[^ ，,。]{0,4}(?:去哪|哪里|怎么)|(?:想|请)问[^ ，,。]{0,10}(?:咋个?|怎么)算|如果以后|要提前(?:几天|多久)|(?:一般)?要多久(?:才)?(?:有|能|会)(?:结果|回复|处理)|试用期[^。]{0,8}(?:怎么|吗|多少|算不算)|(?:请问|想问)(?:一?下)? ?如果|(?:打)?这个电话[^ ，,。]{0,4}有用(?:吗|不)|招[^ ，,。]{0,4}(?:工|人)吗|管不管住|包不包(?:吃|住)|在哪个[^ ，,。]{0,4}(?:小程序|能查)|小程序上(?:能|可以|怎么)?查|还能告|时效|能不能告|"
    # asking how to use a remedy: 欠薪多久可以去仲裁, 工资保证金可以申请动用吗
    r"(?:怎么|能不能|可以|多久)[^ ，,。]{0,4}仲裁|(?:怎么|如何|能不能)申请(?:退还|返还|退回)|电话是(?:好多|多少)|12333吗|(?:国家)?有(?:没有)?(?:什么)?规定(?:吗|不|没有?)|多少(?:钱)?算(?:正常|合理)|贵不贵|一般(?:什么|啥|几号|哪天)时?候?(?:结|发)|要不要(?:交|花)钱|(?:该|应该|要)?打哪个电话|收不收费|专户是(?:啥|什么)|保证金[^ ，,。]{0,6}(?:可以|能不能|能否|怎么|咋)"
)
_CONCRETE = re.compile(r"[\d一两二三四五六七八九十几半]+个?多?(?:月|天|年|万|千|块|元)")
# 我刚来半个月: how long the reporter has worked there, not what is owed
_NEW_HERE = re.compile(
    r"(?:刚|才)来[^ ，,。]{0,2}[\d一两二三四五六七八九十几半]+个?多?(?:月|天|星期|礼拜)"
)
HOW_TO_COMPLAIN = _rx(
    r"(?:怎么|如何|去哪)投诉|应该先找|有什么区别|请律师|多久(?:可以|能)投诉|(?:能|可以)查[^ ，,。]{0,16}(?:工资|专户)|(?:在|去)?哪里?投诉|(?:可以|能)找劳动监察|(?:要|需要)?(?:准备|带)(?:什么|哪些|啥)(?:材料|证明|证据)|需要 ?(?:什么|哪些|啥) ?(?:材料|证明|证据)|走 ?(?:什么|啥|哪些) ?程序"
)
# the wages said to be paid all along: 工资都按月发了, 工资是按时发的
_PAID_ALL = r"(?:工资|工钱)都(?:按月|按时|正常)?(?:给|发|结)了(?=[ ，,。]|$)|(?:工资|工钱)都(?:按月|按时|正常)(?:给|发|结)的"
_PAID_ON_TIME = r"(?:工资|工钱)是(?:按时|按月|正常)发的"
RESOLVED = _rx(
    r"已经拿到|已经解决|很准时|点赞|(?<![说讲钱])已经给了(?=[ ，,。]|$)|(?:已经|都)(?:给清|付清|还清)|(?:出面|帮着?)[^ ，,。]{0,4}(?:给结了|要回来了|要回了)|锦旗|后来都给了|帮(?:我|俺)们?要回(?:了|工资|工钱|钱)|谢谢(?:劳动|监察|同志|领导)|(?:工资|工钱|钱)[^ ，,。]{0,4}已经(?:发|结)了|谢谢你们|谢谢政府|感谢政府|(?<![没不未])解决了(?![吗没么嘛])|(?:钱|工钱|工资)[^ ，,。]{0,2}到手了|"
    r"(?:都|全部)(?:拿到|结清)了|已经结清|就结清了|已经到账|发下来了|(?:工资|工钱)(?:是|都)?(?:发了的|结清了的|是结清了)|"
    r"(?:已经|都)?全部(?:给|发|结)了|现在没事了|(?:工资|工钱)倒是(?:都|正常|按时|按月)*(?:发|给|结)",
    _PAID_ON_TIME,
    _PAID_ALL,
)
# settled beyond doubt: enough even beside words of arrears (the earlier ones, answered)
RESOLVED_FIRMLY = _rx(
    # 我们水泥班去年欠的工资上个月都发了 谢谢政府 现在没问题了: owed once, paid since
    r"(?:工资|工钱)[^ ，,。没不]{0,6}(?:都|已经)(?:发|结|给)了[ ，,。]*(?:谢谢|感谢)|现在没问题了|"
    r"已经解决|(?:工资|工钱|钱)[^ ，,。]{0,2}已经给了[ ，,。]*(?:谢谢|感谢)|已经拿到|(?:工资|工钱)[^ ，,。]{0,2}已经(?:发|结)了|解决了|到手了|结清了|(?:给清|付清|还清)了|给结了|要回来了|到账|发下来了|全部(?:给|发|结)了|没事了|"
    r"(?:工资|工钱)倒是",
    _PAID_ALL,
    _PAID_ON_TIME,
)
# (项目部说工资已经发了: the wages said paid, by the one who should pay them)
_THEY_SAY_PAID = re.compile(
    r"(?<!我)说(?:工资|工钱|钱)?(?:已经|都|早就?)?(?:结清|给了|发了|付了)了?"
)
# 去年的已经结了 今年的又没发: an earlier year settled, not this claim (when a claim follows)
_EARLIER_PAID = re.compile(
    r"(?:去年|前年|上次|之前)[^ ，,。]{0,10}(?:已经|都)?(?:结了|结清了?|给了|发了)"
)
_PAID_AS_SAID = re.compile(r"倒是|都(?:按月|按时|正常)?(?:给|发|结)了|是发了的")
OWN_ARREARS = _rx(
    r"欠我|欠我们|拖欠我|拖欠工资|欠了我|没发|不发|不给(?![^ ，,。]{0,3}(?:交|缴|买|上)(?:社保|保险|医保|五险))|(?:还|都)没给(?![^ ，,。]{0,3}(?:交|缴|办|买|上))|都没拿到|欠薪|工资.{0,4}拖|拖.{0,4}工资|欠.{0,6}工资|"
    r"没拿到(?:钱|工资|工钱)|一分(?:钱)?(?:都|也)?没拿|开始拖|又拖|一直拖|又(?:没|不)(?:给|发)|又欠|(?:工资|工钱)[^ ，,。]{0,2}没(?:给|发|结)|欠俺|欠额|工资发不(?:了|出)|欠了?[\d一两二三四五六七八九十几半俩仨]+个?多?月"
)

ILLEGAL_RX = _rx(
    r"(?<![没无])转包|违法分包|资质借给|分包给(?:个人|没有?资质|一个没有?资质)|没有?资质|无资质|不具备资质|没得资质|挂靠|层层|借[^ ，,。]{0,6}资质|挂(?:别人|人家|别家|别的)[^ ，,。]{0,4}资质|"
    r"挂kao|挂考|挂在[^ ，,。]{0,8}名下|(?:分包|专包|转包|包)给了?(?:一个|个)?(?:小老板|个人|私人)|二次转包|第三手|第四手|二包|转给(?!我|俺|工人|大家)(?![^ ，,。]{0,8}(?:区里|市里|局|部门|监察|街道|政府|热线))|分给包工头|分包给个人|分包好几|转了?[两二三四五几好多]{1,2}(?:手|道手)|几手了|好几手"
)
REAL_NAME_RX = _rx(
    r"没有?签(?:过)?(?:劳动)?合同|不签(?:劳动)?合同|合同[^ ，,。]{0,4}不签|拿着[^ ，,。]{0,4}卡|没见过合同|合同[^ ，,。]{0,3}没见过|"
    r"(?:没|不)(?:进|打|到)过?(?:我们?|俺们?)?自己的?(?:卡|账户)|(?:没有?|不)(?:发|打|进)到?(?:我们?|俺们?)?(?:自己|个人)的?(?:卡|账户)|统一领|代领|领了再发|(?:没有|没得|莫得|冇)(?:签)?劳动合同|无(?:劳动)?合同|无考勤|合同也没签|不给签|合同[^ ，,。]{0,3}空白|一个合同都没有|没签合同|合同.{0,4}没签|"
    r"没有?考勤|考勤[^ ，,。]{0,3}(?:没有|莫得|冇得?)|考勤[^ ，,。]{0,3}空白|(?:没有?|不是)按月发到[^ ，,。]{0,4}卡|没有一个人签|(?:考勤|工资)[^ ，,。]{0,4}手写|不是按月发|年底一次(?:性)?结|考勤表?上(?:没|冇|没有)|查无此人|考勤[^ ，,。]{0,3}代打|系统上只有|卡 ?[^ ，,。]{0,2}被[^ ，,。]{0,6}(?:收|扣|拿|取)|空白的?合同|签了?一张白纸|冒用|考勤机|考勤记录|出勤|打卡|没打过卡|"
    r"实名|人脸|没合同|没有合同|不给考勤|考勤也?不记|(?:没|冇)有?(?:工资)?卡|也没有?合同|没录|录不进|合同[^ ，,。]{0,2}在[^ ，,。]{0,4}(?:老板|公司|他)|没登记|没有登记|(?<!登记)也?不登记|(?:没人|没有人|不)让(?:我|俺)们?签(?:劳动)?合同|没给我们?登记|名字没登记|没人登记|登记身份证|刷脸|闸机|"
    r"工资卡|银行卡|卡[^ ，,。]{0,6}(?:交给|没见过)|(?<![钱款])卡在[^ ，,。]{1,6}那|身份证[^ ，,。]{0,4}交给|卡.{0,8}(?:手里|手上|收走|拿走|拿去|在他|拿着|扣着|捏着|管着)|卡(?:收了|扣了)|打到.{0,8}卡上|打到他卡|身份证被|用我的身份证|身份.{0,4}办|"
    r"发现金|拿现金|(?<![没冇])现金|不是每个?月发|年底一把结|打到[^ ，,。]{0,4}(?:工头|班长|老板|带班|班组长)的?卡|(?:不|没)按月发|年底(?:统一|一次性)(?:结|给|发)|剩下的说年底|一次性(?:结|给)|过年一次性|工资专户(?![^ ，,。]{0,2}没钱)|"
    r"三个月才发一次|名单上没有我们|系统里没|(?:收|拿|扣)(?:了|走|着)?(?:我|俺)们?的?(?:工资卡|银行卡|卡)"
)
OWED_TOO = _rx(
    r"欠|拖|没发|没给|没法代发|发不了|发不出|一分没|没见到|没拿到|(?:钱|工资)[^ ，,。]{0,2}被[^ ，,。]{0,2}(?:取走|拿走)|钱[^ ，,。]{0,3}(?:取走|拿走|不见)|(?:全|都)(?:取走|拿走)了|进(?:了)?他(?:的)?(?:兜|口袋|腰包)"
)
# a labour company (豫隆劳务, 劳务公司), not a labour crew or its boss (劳务队, 劳务老板)
LABOUR_FIRM = _rx(
    r"(?<!不是)(?<!没有)(?<!不走)(?<!没走)劳务公司|老务公司|劳务有限公司|(?!我们|俺们|不是|没有|不走|没走)[\u4e00-\u9fff]{2}劳务(?![队班组老])|(?<![\u4e00-\u9fff])劳务老板姓"
)
TEAM_LEADER_RX = _rx(
    r"包工头|包公头|包工投|工头|(?:钢筋|木工|瓦工|泥工|泥水|架子|水电|油漆|模板)头(?!盔)|班组长|班长|带班|组长|(?<!不是)(?<!没有)(?<!不走)(?<!没走)劳务公司|劳务分包|老务公司|劳务老板|劳务有限公司|(?!我们|俺们|不是|没有|不走|没走)[\u4e00-\u9fff]{2}劳务|劳务队|"
    r"[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾](?:老板|包头(?!市))|(?:他|她)的?班(?:上|里)|"
    # 彭小军的钢结构班: a man's crew (not 我们的木工班)
    r"(?<![我俺咱们])"
    + SURNAME_CLASS
    + r"[\u4e00-\u9fff]{1,2}的[\u4e00-\u9fff]{2,3}班(?![长子车次])|"
    r"钢筋班|木工班|(?:水电|泥工|泥水|瓦工|油漆|架子|防水|抹灰|电工)班|带(?:我们|俺们|额们|咱们|的)|领(?:着)?(?:我们|俺们|咱们)|[\u4e00-\u9fff]{1,2}班的?老板|"
    r"[\u4e00-\u9fff]师傅|班组|[\u4e00-\u9fff]{1,2}(?<!排)队|(?:^|[ ，,])劳务(?=$|[ ，,])|[\u4e00-\u9fff]组的?老板|分包公司"
)
CONTRACTOR_RX = _rx(
    r"总包|项.部|施工单位|施工方|建设单位|开发商|甲方|业主|工程款没到位|工程款|停工|项目经理|"
    # (王建设 is a man: a surname before 建设 is not a firm's name)
    r"建工|路桥|建设集团|集团|建设公司|[\u4e00-\u9fff]{2}(?<!"
    + SURNAME_CLASS
    + r")建设|水建|项目上"
)
CONSTRUCTION_RX = _rx(
    r"工地|工程|项目|施工|安置房|厂房(?!顶)|地铁|道路|修路|立交|大道|钢筋|木工|水电|泥水|砌|模板|塔吊|"
    r"包工头|包公头|工头|班组|总包|项目部|开发商|盾构|防洪|水利|外墙|棚改|棚户区|安置小区|安置区|标段|园[一二三四五六七八九十\d]期|保障房|小区三期|楼顶|盖楼|楼盘|大楼|实训楼|搅拌|混凝土|"
    r"盖[^ ，,。]{0,2}(?:房|楼|舍|棚)|挖机|打桩|外架|钢结构|防水|幕墙|管网|排水|公寓|学校扩建|迁建|新建|实训楼|"
    r"建工|[\u4e00-\u9fff]{2}建设(?!银行|局)|公馆|门诊楼|住院楼|综合楼|教学楼|办公楼|宿舍楼|改扩建|新院区"
)
NON_CONSTRUCTION_RX = _rx(
    r"(?<![污水电])厂(?!房)|工厂|车间|(?<![工王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩])店|餐馆|饭馆|饭店|饭庄|客栈|民宿|农家乐|渔家乐|帮厨|前台|酒楼|酒家|食府|厨房|火锅|拉面|餐厅|超市|物流|快递|外卖|骑手|保安(?![^ ，,。]{0,2}(?:拦|挡|不让|赶))|保洁|家政|月嫂|"
    r"物业|驾校|幼儿园|夜班|养猪|猪场|养鸡|鸡场|渔场|牧场|保姆|雇主|合作社|种植|果园|农场|香蕉|庄园|咖啡|采摘|采茶|割胶|煤矿|矿上|井下|矿工|美容|美甲|足浴|按摩|老师(?!傅)|护工|护理|养老院|锁边|缝纫|(?<![没不])培训|养殖|纺织|服装|档口|美发|收银|服务员|厨师|分拣|装卸|计件|普工|"
    r"车位|挡车工|理货|洗碗|钟点工|教练|鞋厂|电子厂|后厨|灯饰|五金|园长|站长|大棚|蔬菜|洗浴|搓澡|浴池|浴场|汗蒸|包装|串串|冷库|ktv|酒吧|网吧|歌厅|洗车|烤肉|小吃|摊位|夜市|"
    # (not 电子考勤, 电子合同: the real-name system's words)
    r"电子(?:厂|公司|科技|有限|上班)"
)
# employers on a building site that are not in construction
OUTSIDE_EMPLOYER = _rx(
    r"保安公司|保洁公司|物业公司|(?:食堂|饭堂)(?:的)?老板|在[^ ，,。]{0,6}(?:食堂|饭堂)(?:做饭|打饭|帮厨|洗碗|干活)"
)
NON_CONSTRUCTION_SITE = _rx(
    r"厂$|厂\)|有限公司$|煤矿|矿业|乳业|牧场|农家乐|山庄|车间$|仓库$|仓储|酒业|串串|冷链|包装|火锅|烧烤|餐饮|饭店|面馆|合作社|养老院|医院|酒店|宾馆|店(?![镇乡村街区])|(?<!体育|图书|博物|展览|科技|文化)馆|酒楼|酒家|食府|超市|物流|快递|驾校|幼儿园|学校$|培训|物业|家政|服务中心|养殖场|中心$|配送站|ktv|酒吧|网吧|歌厅|会所|足浴|洗浴|美容|美发|理发|健身|洗车|汽修|修车"
)

URGENT_RX = _rx(
    # 他拿扳手要打我; 把挖掘机横在路中间; 我现在就在塔吊上 … 不给钱我就不下去了
    r"拿[^ ，,。]{1,3}要?打(?:我|俺|人)|横在(?:马?路|路中间|大门)|"
    r"(?<![现正])在[^。]{0,10}(?:塔吊|楼顶|天台|屋顶|脚手架|吊车)上[^。]{0,30}不(?:下去|下来)|"
    r"(?:叫|喊|找)人(?:要|来)?打|不给钱就跳|坐在[^ ，,。]{0,6}(?:顶上|上面)不下来|全部[^ ，,。]{0,8}不干了|(?:叫|喊|找)了[^ ，,。]{0,3}人来打|头[^ ，,。]{0,3}流血|揍(?:我|俺|人)|(?:说|讲)要打(?:我|俺|人)|拦不住|快来人|快派人|赶紧来人|揍一顿|打(?:他|她)?一顿|等着要钱|上(?:你|他)家去?|横额|(?:全|都)到[^ ，,。]{0,4}(?:售楼处|项目部|门口|政府)|百草枯|敌敌畏|老鼠药|要他好看|让他好看|给他好看|不会放过|(?:就)?不散(?:了)?|跳楼(?!价)|跳下(?:去|来|克|切)|跳[^ ，,。]{0,2}(?:河|江|湖|海|桥)|(?<![在吃天])喝药|"
    r"(?:塔吊|楼顶|天台|屋顶|脚手架|吊车|龙门吊)上(?:面)?(?:不下来|不肯下)|"
    r"从[^ ，,。]{0,8}(?:楼|顶|桥|吊|架)[^ ，,。]{0,2}(?:跳)?下去|再不[^。]{0,12}(?:要|会|得)出(?:大)?事|门口[^ ，,。]{0,4}(?:站|坐|聚|围)了|农药|自杀|寻死|不想活|爬到塔吊|爬上去了|爬塔吊|"
    r"堵路|堵门|把路堵|堵(?!车|塞)[^ ，,。]{0,8}(?:门|路|口)|堵着|堵在|拉横幅(?! ?条幅)|(?<!制作)(?<!做)(?<!拉过)(?<!挂过)横幅(?![^ ，,。]{0,2}(?:写着|写的是|上写| ?锦旗| ?条幅))|上访|"
    r"(?:一起|一块)[去克].{0,6}(?:政府|水务局|水利局|劳动局|(?:[住注][建键]|主[建键见监]|住监)局|管委会|街道|镇|区|市)|集体去|全部去|都去(?!了?(?:别的|其他|外地|打工|上班|干活|做工))|(?<![回出进])去.{0,3}政府|去街道办|"
    r"打起来|打断|打人|打我们|推人|动手|找人打|闹(?!心)|围在|围着|被打|打伤|被[^ ，,。]{1,6}打(?:了|伤)|聚了|(?:把|将)[^ ，,。]{0,10}打了|"
    r"削他|砍他|揍他|弄死|收拾他|废了他|"
    r"(?<!钱)(?:都|全部|全都)在[^ ，,。]{0,8}(?:门口|项目部|楼下|售楼部|售楼处|办公室)(?![^ ，,。]{0,2}(?:压着|卡着|扣着))|(?:这次|这回)[^ ，,。]{0,4}(?:准备|打算|要)一起去|都在[^ ，,。]{0,8}(?:工地|厂|下面)[^ ，,。]{0,2}(?:闹|等|坐|堵|不走)|"
    r"(?:工人|工友|兄弟|人|(?<=[\u4e00-\u9fff])工)们?(?:现在|今天)?都在[^ ，,。]{0,8}(?:工地|厂)|"
    r"躺(?:到|在)[^ ，,。]{0,4}(?:马?路|门口)|"  # 再不给就躺到路上去
    r"(?:工人|工友|兄弟)们?在[^ ，,。]{0,8}(?:政府|管委会)门口|"
    r"门口.{0,3}(?:等|坐)|不走(?!卡|账|银行|流程|程序|正规|专户|公账|劳务|公司|中介)|谁[都也]别(?:想)?走|要不到钱不走|"
    r"今天必须|今天给说法|坐着|(?<!不)(?<!楼道)(?<!过道)(?<!管道)堵(?!车|塞)|聚在|聚集|坐在[^ ，,。]{0,6}门口|情绪(?:很|非常)?激动|"
    r"找人收拾|收拾我们|(?:找|叫|喊)人(?:来)?(?:削|砍)|"  # 再找他要钱就找人削我
    # 工地上站了三十多号人, 项目部门口 有五十来号人: a crowd counted where it stands now
    r"(?:(?:门口|工地上|项目部|现场)[ ，,]?(?:站了|来了|围了|聚了)|门口[ ，,]?有)[^ ，,。]{0,2}"
    r"(?:十|几十|[二三四五六七八九]十|一百|\d\d)[^ ，,。]{0,3}人|门口都是|围满|"
    # a crowd where it stands now, holding on (人现在全部在工地上讨薪, 都在工地没走,
    # 几十个工人在厂里守着设备)
    r"(?:大家|大伙|工人|工友|兄弟|人)(?:现在|今天|这会儿?)?(?:都|全部|全都|一起)?(?:在|守在|坐在)"
    r"[^ ，,。]{0,8}(?:工地|现场|厂里|公司|院子)(?:上|里)?[ ，,]?(?:讨薪|要钱|不走|没走|不干)|"
    r"守着(?:工地|设备|厂|机器)|坐起的|"
    r"(?:大家|大伙|工人|我们|俺们|个人|人)[^ ，,。]{0,4}(?:今天|现在|这会儿?)?都(?:没开工(?!资)|没上工|不干活)|"
    r"(?:一齐|一搭)[去克到].{0,6}(?:政府|[住注主][建键见监]局|劳动局)|"
    r"(?:准备|打算)做横幅|情绪很大|"
    # violence done or threatened
    r"遭打|(?:还|就)?要打(?:我|俺)|躺着出去|就干他|揍谁|带人打|去[^ ，,。]{0,4}打(?:站长|老板|他)|"
    r"(?:有人|说)要喝药|喝了药了|今天喝了药|封了条?(?:桥|路)|不(?:让|给)车(?:过|进|出)|"
    # collective action told another way: 大家说好了明天一起去住建委, 全部人去教育局门口,
    # 哥几个说要去住建局集体反映; 车拦在门口 不给钱不让走; a crowd counted where it stands
    # (十几个阿姨在公司门口, 八十多个人 我们现在全在售楼部门口); 工友昨天喝了药 送医院了
    r"(?:一起|一块)[上到].{0,6}(?:政府|劳动局|[住注][建键]|教育局|人社|信访)(?![^ ，,。]{0,3}过)|"
    r"(?:一起|一块)[去克].{0,6}(?:[住注][建键]委|教育局|人社|信访)(?![^ ，,。]{0,3}过)|全部人去|集体反映|"
    r"不给钱?不(?:让|放)(?:他)?走|不给不下班|拦在[^ ，,。]{0,6}门口|横在[^ ，,。]{0,6}门口|"
    r"(?:十|几十|[二三四五六七八九]十|\d\d)[^ ，,。]{0,3}(?:个|号|名)[^ ，,。]{0,4}(?:在|全在)[^ ，,。]{0,6}"
    r"(?:门口|项目部|楼下|售楼部)|(?<!钱)全在[^ ，,。]{0,6}(?:门口|项目部|楼下|售楼部)|"
    r"喝了药[^。]{0,8}(?:送|医院|抢救)|"
    # self-harm said indirectly: where they stand, what they can no longer bear
    r"跳落|不活了|活不下去|想不开|遗书|轻生|寻短见|上吊|割腕|安眠药|一了百了|死给|"
    r"活着(?:都)?(?:冇|没|没有|莫得|有什么|有啥)(?:意思|盼头|啥意思)|没法活|活不成|"
    r"(?:在|到|上|站|坐|爬|企|去)(?:了|到|在|上)?(?:天台|屋顶|塔吊|桥上|楼顶|钢梁)|(?:天台|屋顶|钢梁)上|"
    r"爬(?:到|上)了?[^ ，,。]{0,6}(?:吊|架|楼|顶|塔|梁|杆|牌)|"
    # threats of violence or of something worse if not paid
    r"不客气|别怪|后果自负|出人命|走极端|豁出去|同归于尽|(?:找|跟|和)[^ ，,。]{0,6}拼命|拼了(?!命)|"
    r"(?:要|去|就|把)[^ ，,。被]{0,6}砸|砸(?:烂|他|车|门)|烧了|放火|一把火|拿(?:着|起)?(?:刀|铁锹|棍|钢管)|带(?:着)?刀|报复|"
    r"(?:拿|泼|浇|倒|买)(?:了)?汽油|把[^ ，,。]{1,6}点了|(?:就|再)打(?:谁|人|死)|推倒|被推|"
    # gates and vehicles held, sit-ins, strikes
    r"(?<!周)围住|围堵|围到|围了|拦住|拦车|拦路|(?<!施工)封路|封门|锁了?大门|大门锁|(?<!门卫)(?<!保安)不让[^ ，,。]{1,6}(?:走|出|进)|静坐|罢工|"
    r"(?:莫|别|休)想走|警察(?:也|都)?来了|(?:号|个)人(?:都)?在[^ ，,。]{0,4}(?:讨薪|要钱|讨钱|要工资)|"
    r"(?:在|到)[^ ，,。]{0,8}政府(?:大)?门口|"
    r"集体(?:讨薪|讨要|维权|停工)|信访|"
    # 我们三十几个人已经在县住建局门口了, 十几个人现在就在项目部门口要卡
    r"(?:人|工人|工友|大伙|大家)(?:现在|今天|已经)?(?:就|都)?在[^ ，,。]{0,8}门口|"
    r"不给钱(?:就)?不干|(?:号人|个人|多人|来人) ?[^ ，,。]{0,4}在[^ ，,。]{0,8}等[^ ，,。]{0,10}说法|"
    r"在[^ ，,。]{0,4}(?:天台|屋顶|塔吊|楼顶)上|(?:我|俺)就跳(?=$|[ ，,。!！])|(?:我们|俺们|工人)[^ ，,。]{0,4}全部停工|全(?:车间|厂|班|组|体)[^ ，,。]{0,3}停工|在[^ ，,。]{0,6}(?:楼下|底下)等|"
    r"围起来|围上了|门口[^ ，,。]{0,3}全是人|坐在[^ ，,。]{0,8}不干|都[^ ，,。]{0,8}不干了|打破(?!路机)|头破|场面[^ ，,。]{0,3}乱|派出所(?:的人)?(?:都|也)?来了|"
    # a crowd going to the authorities, said with who goes and where
    r"(?:大家|我们|俺们|工友们|兄弟们|工人们|所有人|全部人)[^。]{0,12}(?:去|到)[^ ，,。]{0,6}"
    r"(?:[住注][建键]局|劳动局|人社局|信访局|监察大队|市里|省里|北京|县里|区里)"
)
# what follows a trip to the authorities that makes it the normal way of complaining
_TO_COMPLAIN = re.compile(
    r"[^。]{0,8}(?:反映了|反映过|投诉了|登记了|立案|请问|要带|带什么|需要(?:什么|哪些)|问过|问了)"
)
_TO_REPORT = re.compile(r"[^ ，,。]{0,2}(?:反映|投诉|登记)")
# 有人讲去堵路 我们还是想走正规渠道: a risk named only to be turned down
_TURNED_DOWN = re.compile(
    r"[^。]{0,12}(?:(?:还是|只想|愿意)(?:想)?(?:走)?(?:正规|合法|程序)|不(?:想|会|愿意)(?:那样|这样|那么|这么)|"
    r"不搞那|没用|不管用|不会的|其实没人会|的?新闻|会不会被抓|没打算|只是问问|一等就是|(?:我|俺)?可?不干(?:那|这)[事种]|"
    # 拉横幅这事我们不干, 拉横幅那种事我们不会干; 上访和投诉有么子区别 (a question)
    r"(?:这|那)种?事(?:我们|俺们|咱们)?(?:不干|不会干|不做|不会做|不搞)|有(?:什么|么子|啥)区别)"
)
# a banner that hangs as a sign: its slogan, or a fall or a maker's advert
_A_SIGN = re.compile(
    r"(?:根治|无|零|杜绝|没有)欠薪[^ ，,。]{0,6}横幅|安全生产[^ ，,。]{0,3}横幅|宣传[^ ，,。]{0,3}横幅|"
    r"横幅[^ ，,。]{0,4}(?:标语|制作|掉|刮)|横幅 ?[^ ，,。]{0,2}写(?:的|着)|承接[^。]{0,12}横幅|横幅[^。]{0,8}一条龙|"
    # 门口的横幅还挂着开业大酬宾; a party shop's 帮忙拉横幅 布置气球; an advert's 横幅 喷绘 门头
    r"横幅[^ ，,。]{0,2}挂着|帮忙拉横幅|横幅 ?(?:喷绘|门头|写真)|"
    # 门口还挂着横幅 根治欠薪; 我是做广告的 给工地做的围挡和横幅: a sign, a job
    r"挂着横幅|给[^ ，,。]{0,8}(?:做|印|制作)的?[^ ，,。]{0,6}横幅"
)
_MEDICINE = re.compile(
    r"喝药(?:打针|看病|躺)|(?:每天|天天|每日)[^ ，,。]{0,2}喝药|"
    r"(?:病|感冒|发烧|咳嗽|住院)[^ ，,。]{0,4}喝药"  # 说他病了在家喝药呢, 感冒在家喝药躺了两天
)
# the words of a risk that tell of work or a home (在楼顶干了一夏天, 我和我爱人都在厂里,
# 干活把手砸了: an injury)
_AT_WORK = re.compile(r"在楼顶(?:上)?(?:干|做|施工|铺|刷|作业)|人都在")
_INJURY = re.compile(r"把(?:手|脚|腿)砸")
# what a road jammed by works or traffic is followed by (not a crowd's blockade)
_ROAD_WORKS = re.compile(
    r"[^。]{0,16}(?:车都|车子|过不去|开不出|出不去|修好|完工|疏导|通车|能通|绕道|上班|堵车|出门|不方便|"
    r"一早上|一上午|一下午|晚上施工)"
)
# who blocks: a crowd, or workers now or tomorrow (not 把我们小区门口堵了: their homes)
_CROWD = re.compile(
    r"工人|工友|兄弟|大家|大伙|一起|人|个|明天|今天|现在|再不|去$|去把|"
    r"(?:我|俺|咱)们(?![^ ，,。在]{0,3}(?:小区|家|村|店|楼|门口))"  # (我们在门口堵起的: a crowd)
)
_NOT_A_CROWD = re.compile(r"心里就?$|的$|出门都?$|(?:下水道?|管道|厕所|马桶|沟)[也都又弄]?$")
# traffic, every day or just now: 天天堵路, 路上堵车堵了一个钟头
_EVERY_DAY_JAM = re.compile(r"(?:天天|每天|老是|经常|总是|堵车)$")
_JAMMED = re.compile(r"[得成]|的(?:走不动|要死|慌|很|厉害)|好几(?:次|回)")  # 一天堵好几次: traffic
# trucks that block a road (渣土车把路都堵了), not a lorry the workers park across a gate
_TRAFFIC = re.compile(
    r"(?:渣土|运渣|拉渣|拉土|土方|运输|工地上?的|大货|货)车|的车把[^ ，,。]{0,6}$|路都$|路又$|"
    r"材料[^ ，,。]{0,3}把[^ ，,。]{0,10}$"  # 材料把消防通道和大门都堵了
)
_WORKERS = re.compile(r"我们|俺们|咱们|工人|工友|大家|兄弟|几个人|一起")
_WENT = re.compile(r"去了|去过|已经")
_ONE_WENT = re.compile(r"(?:我|俺|额)(?!们)[^ ，,。]{0,3}(?:去|到)[^ ，,。]{0,6}$")
_TOGETHER = re.compile(r"一起|一块|集体|全部|都去")
_ONE_GOES = re.compile(r"(?:我|俺|额)(?:想|要|准备|打算|就)?(?:去|到)[^ ，,。]{0,6}(?:局|大队)$")
URGENT_NEG = re.compile(
    r"(?:不会|不想|不要|不打算|不能|不敢|不去|不得|没有|没想|没人(?!管|理|来|出面|过问|处理|解决)|没到|那时候|那次|那回|上回|难道|上次|去年|前年|已经解决|新闻|不是那种|都别|别|"
    r"那边有人|听说有人|有人因为|有人为|没打算|不是来|不是要|开玩笑|(?:哪个|谁)敢|"
    r"别[个的]工地|其他工地|隔壁工地|别处)[^ ，,。!！]{0,8}$"
)
GROUP_RX = _rx(r"集体|全体|全厂|所有工人|几十号|上百|一百多号|大家都|工人们|好多人")


def _hits(rx: re.Pattern[str], t: str) -> list[str]:
    out: list[str] = []
    for m in rx.finditer(t):
        s = m.group(0)
        if s not in out:
            out.append(s)
    return out


# a service firm's contract at an estate (安居乐物业服务有限公司锦华苑项目): no building work
_SERVICE_FIRM = re.compile(r"(?:物业|保安|保洁|家政)(?:服务)?(?:有限)?公司")
_PLACE_ENDS = ("镇", "乡", "村", "县", "区", "街道", "市")


def _hits_outside_site_name(rx: re.Pattern[str], t: str, site: str | None) -> list[str]:
    """Like :func:`_hits`, without hits inside the site's own name as the text repeats it
    ("污水处理厂" of a water works project is not a factory, "人才公寓" of a guard's
    workplace is not building work): the site speaks for itself below."""
    if not site:
        return _hits(rx, t)
    out: list[str] = []
    for m in rx.finditer(t):
        s, e = m.span()
        if any(t[i : i + 3] in site for i in range(max(0, s - 2), e) if i + 3 <= len(t)):
            continue
        if any(
            t[i:j] in place_words() or any(t[i:j] + p in site for p in _PLACE_ENDS)
            for i in range(max(0, s - 2), s + 1)
            for j in (e, e + 1)
            if j - i >= 2
        ):
            continue  # 横店宿舍楼, 店头职工住宅 where the site is 店头镇…: a town, not a shop
        if m.group(0) not in out:
            out.append(m.group(0))
    return out


# "我们钢筋班", "俺们班组": the reporters' own crew, not who owes them (a leader word such
# as 班组长 or 包工头 still names the owing party: "我们班组长欠…")
# 所有班组都没发: every crew, so not one crew's leader
_OWN_CREW_BEFORE = re.compile(
    r"(?:(?:我们|俺们|咱们|我的|我在|所有|全部|各个?|每个|好多|好几个|很多)[^ ，,。]{0,8}|(?:我|俺|本人)是[^ ，,。]{0,2})$"
)
_CREW_WORD = re.compile(r"班组|(?!带)[\u4e00-\u9fff]{1,2}[班队组]|班|[老个位些工作匠的机车]师傅")
# the contractor's side told as the one owing (项目部欠我们抹灰班, 施工单位讲甲方冇付款)
_CONTRACTOR_OWES = re.compile(
    r"(?:(?:项目|工程|工地)[^ ，,。]{0,2}停工|(?:总包|项.部|施工单位|施工方|建设单位|开发商|甲方) ?[^ ，,。]{0,8}"
    r"(?:欠|拖|没(?:拨|付|给|发|钱|到|结)|冇(?:拨|付|给|发|钱|到|结)|不(?:给|发|付)|结算慢|推))"
)
# hired by the project itself, whatever crew leader is named beside it
DIRECT_HIRE = re.compile(
    r"(?<!不是)(?<!没)(?:直接跟(?:项目部|总包|施工单位)(?:签|干|做)|"
    r"(?:项目部|总包|施工单位)直接(?:雇|招|签|请|管|发)|(?:项目部|总包|施工单位)自己的工人)"
)
# a crew that itself owes (木工班欠我们钱)
_CREW_OWES = re.compile(r"(?:班组|班|队|组|师傅)[^ ，,。]{0,2}(?:欠|拖|不给|没给|冇给|跑)")


DISOWNED = re.compile(
    r"(?:跟|和|同)[^ ，,。]{1,14}(?:没关系|无关|不是一起的|不是一[拨伙帮个班路家]|两码事|不是一(?:回|个|码)事|不一样|不挨着|不沾边)|"
    r"不是[^ ，,。]{1,8}的事|不是[^ ，,。他她]{1,8}的问题|(?:带班的?|班组长|班长|包工头|工头)(?:也|都)被欠(?:着|了)?|不是姓[^ ，,。]{1,2}的?(?=[ ，,。]|$)|不是老[\u4e00-\u9fff](?=[ ，,。]|$)|"
    # 鸿泰劳务那边的事跟我们不是一起的; 直接跟项目部干的 没有包工头
    r"[^ ，,。]{1,10}(?:那边|那头)的事跟(?:我们|俺们)(?:不是一起的|没关系|无关|不是一回事)|"
    # 他说木工那边罗老板的事跟他没关系: another man's matter, disowned
    r"[^ ，,。]{1,10}的事(?:跟|和)(?:他|她|我们|俺们)(?:没关系|无关|不是一回事)|"
    r"没有(?:包工头|工头|班组长|带班的?)(?=[ ，,。]|$)|不归[^ ，,。]{1,6}(?=[ ，,。]|$)|"
    # 不是韩永福那伙的, 不是贾永红那一帮, 不是水电班那个事, 不是二期的: another party, crew or phase
    r"不是[^ ，,。]{1,8}(?:那伙|那帮|那拨|那一拨|那一伙|那一帮|那班人|那个事|那件事|这个事|这件事|那边|那家|那块)的?|"
    r"不是[^ ，,。]{1,8}那个[^ ，,。]{0,3}(?:班组?|队|标段?)?(?=$|[ ，,。)）])|不是班组的人|不是[^ ，,。]{1,8}(?:班组|班|队|劳务|公司)的|"
    r"不是[^ ，,。]{0,6}那个[^ ，,。]{1,4}(?:老板|师傅|工头|包工头|班长|班组长)|"
    # 去年下半年欠的那一截大伙都在要 俺说的不是那个: another stretch, set aside
    r"(?:去年|前年)[^。]{0,24}(?:俺|我)(?:说|讲|反映)的不是那(?:个|笔|一截|茬)|"
    # 我去年给杜海龙干过 他给结清了: a man who paid up is not the one owing
    # 以前跟姜福干 去年的钱他都给清了: the same, told of an earlier stretch
    r"(?:给|跟)[^ ，,。]{1,6}干过[ ，,]*[^ ，,。]{0,3}(?:结清了|给清了|都给了|都结了)|"
    r"(?:以前|之前|去年|前年)(?:给|跟)[^ ，,。]{1,6}干的?[ ，,]*[^ ，,。]{0,8}(?:结清了|给清了|都给了|都结了)|"
    # 我跟劳务公司去年干的那茬早就结清了
    r"(?:给|跟)[^ ，,。]{1,6}(?:去年|以前|之前|前年)干的?[^ ，,。]{0,6}(?:结清了|给清了|早就?(?:给了|结了))|"
    # 包工头不是王建国 是姓蔡的: the one named, then the one meant
    r"不是" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}(?=[ ，,])|"
    # 不是去年外墙那笔, 不关带班的事: another year's sum, another party's doing
    r"不是(?:去年|前年|上次)[^ ，,。]{0,6}那(?:笔|次|回)|不关[^ ，,。]{1,6}的事|"
    # 这不是赵玉林的管道班: another man's crew
    r"不是[^ ，,。]{1,8}的[^ ，,。]{0,3}(?:班组?|队)(?=$|[ ，,。])|"
    r"不是[^ ，,。]{0,4}期的|不是[一二三四五六七八九十\d](?:期|标段?|地块)(?=[ ，,。]|$)|不是(?:劳务公司|包工头|工头|班组长?|带班的?)(?:带的)?(?=[ ，,。]|$)"
)
_AUTHORITY = re.compile(
    r"(?:劳动)?监察(?:大队|支队|局)?|[住注][建键]局|人社局|劳动局|信访局?|派出所"
)

# "俺是开挖掘机的师傅 不是老板": the reporter describing himself, not the owing party
_SELF = re.compile(
    r"(?:我|俺|本人)是[^ ，,。是]{0,8}(?:师傅|工人|司机)|不是[^ ，,。是]{0,6}(?:老板|包工头|工头|班组长|班长|带班的?)"
)


_DEVELOPER_FIRM = re.compile(r"[\u4e00-\u9fff]{2}(?:地产|置业)")


def _owing_crew_hits(t: str) -> list[str]:
    out: list[str] = []
    for m in TEAM_LEADER_RX.finditer(t):
        s = m.group(0)
        if _CREW_WORD.fullmatch(s) and _OWN_CREW_BEFORE.search(
            t[max(0, m.start() - 10) : m.start()]
        ):
            continue
        if s not in out:
            out.append(s)
    return out


def _manager(surname: str, t: str) -> bool:
    """项目经理姓韩, 韩经理, 姓周的经理: the project's man, not a team leader."""
    return bool(
        re.search(f"{surname}经理|经理(?:姓|叫|是)?{surname}|姓{surname}的(?:项目)?经理", t)
    )


# 老板说等货款回来, 郭文斌的涂料班: a boss, or a man's crew, as the one who owes
_BOSS_OR_HIS_CREW = re.compile(r"老板|的[\u4e00-\u9fff]{1,2}班(?!长)")


def _owing_party_named(t: str) -> bool:
    return bool(
        _owing_crew_hits(t)
        or _BOSS_OR_HIS_CREW.search(t)
        or CONTRACTOR_RX.search(t)
        or NON_CONSTRUCTION_RX.search(t)
        or ILLEGAL_RX.search(_SELF.sub(" ", t))
    )


_WHERE_IT_IS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


_SITE_JOB = re.compile(r"普工|小工|杂工")


# what a banner or a board says (写的是农民工工资专用账户公示, 写着无欠薪项目): not the
# reporter's own words
_SIGN_TEXT = re.compile(
    r"(?:横幅|牌子?|公示牌|标语|墙上|门口)[^。]{0,8}(?:写的是?|写着)[^ ，,。]{0,20}"
)


def is_construction(t: str, site: str | None) -> tuple[bool, list[str]]:
    outside = _hits(OUTSIDE_EMPLOYER, t)
    if outside:  # a guard or a cook on a building site works for someone else
        return False, outside
    c = _hits_outside_site_name(CONSTRUCTION_RX, t, site)
    n = _hits_outside_site_name(NON_CONSTRUCTION_RX, t, site)
    # 鑫瑞达电子厂(成都市新都区): the workplace, then where it is (or which branch)
    place = _WHERE_IT_IS.sub("", site) if site else ""
    service = bool(site and _SERVICE_FIRM.search(site))
    site_nc = bool(
        site
        and (NON_CONSTRUCTION_SITE.search(place) or NON_CONSTRUCTION_SITE.search(site) or service)
        and (service or not CONSTRUCTION_RX.search(place))
    )
    if site and not site_nc and CONSTRUCTION_RX.search(site):
        # at a building site: 那个酒店 is the hotel being built (度假酒店项目), and 普工 or
        # 小工 work on sites too
        n = [h for h in n if h not in site and not _SITE_JOB.fullmatch(h)]
    if n and not c:
        return False, n
    if c and not n:
        return True, c
    if c and n:
        # both: trust the site when present, otherwise the stronger side
        if site:
            return (not site_nc), (n if site_nc else c)
        return len(c) >= len(n), c if len(c) >= len(n) else n
    if site:
        return (not site_nc), [site]
    return True, []


def classify(
    t: str, site: str | None = None, persons: list[str] | None = None
) -> tuple[str, list[str]]:
    """Return (category code, evidence phrases) following the rubric's precedence.

    ``persons``: named individuals found in the text (an owing person is a team leader).
    """
    persons = persons or []
    said = _SIGN_TEXT.sub(" ", t)  # (横幅写的无欠薪项目: a sign's words, not the reporter's)
    wage = _hits(WAGE, said)
    real = _hits(REAL_NAME_RX, t)
    nw_pay = _hits(
        NOT_WAGE_PAY, DEPOSIT_TOO.sub("", EXCUSE.sub("", BORROWED_PAPERS.sub("", NEEDS.sub("", t))))
    )
    nw_rep = _hits(NOT_WAGE_REPORTER, t)
    spam = _hits(SPAM, t)
    own = _hits(OWN_ARREARS, t)
    if (
        spam
        and not all(s.startswith("电话") for s in spam)
        and not (
            all(s in SPAM_WEAK or s.startswith("电话") for s in spam)
            and (OWED.search(t) or ((wage or "欠" in t) and _owing_party_named(t)))
        )
    ):
        return NOT_WAGE, spam
    if nw_rep:
        return NOT_WAGE, nw_rep + nw_pay
    # "不算工资吧": asking whether a machine or material bill counts as wages
    # 说是工人工资 其实俺工人的钱都发了: a contractor's bill called wages
    wage_said = re.sub(
        r"工资才还|(?:算不算|不算|也算|算)(?:工资|欠薪)|说是工人工资|工人的(?:钱|工资)都发了|"
        r"(?:要|得)给(?:工人|员工|伙计)(?:们)?(?:发|开)工资",  # 我们也要给工人发工资: an employer's bill
        "",
        t,
    )
    if (nw_pay and not re.search(r"工资|工钱|人工|欠薪|底薪|提成", wage_said)) or (
        nw_pay and re.search(r"借", "".join(nw_pay))
    ):
        return NOT_WAGE, nw_pay
    # 去找他们说已经结清了: what the other side claims, not the reporter's word
    paid = _THEY_SAY_PAID.sub(lambda m: " " * len(m.group(0)), t)
    paid = _EARLIER_PAID.sub(
        lambda m: " " * len(m.group(0)) if OWN_ARREARS.search(t, m.end()) else m.group(0), paid
    )
    resolved = _hits(RESOLVED, paid)
    last_resolved = max((m.end() for m in RESOLVED.finditer(paid)), default=0)
    if (
        resolved
        and (not own or RESOLVED_FIRMLY.search(paid))
        and not re.search(r"还欠|还没(?!到)|还差", t)  # (今年的还没到结算的时候: not due)
        # 去年的结清了 … 班组长冯军欠了我们两个月: settled once, owed again since
        and not OWN_ARREARS.search(t, last_resolved)
        # 没签合同 … 工资倒是按时发的, 平台上显示工资都发了 可是卡不在我手上: the wages
        # are said to be paid, the real-name grievance stands
        and not (real and all(_PAID_AS_SAID.search(r) for r in resolved))
    ):
        return NOT_WAGE, resolved
    consult = _hits(CONSULT, t)
    strong = _hits(CONSULT_STRONG, t)
    # (a long account of the arrears, with its sums, that ends asking where to turn is a claim)
    told = bool(wage) and bool(_CONCRETE.search(_NEW_HERE.sub(" ", t))) and len(t) > 40
    if strong and not (
        re.search(
            r"欠我|欠俺|我的|我们的|(?<!被)(?<!不是)(?<!没有)(?<!没)欠钱|拖了[\d一两二三四五六七八九十几半]+个?月",
            t,
        )
        or told
        # 11月和12月工资没发 请问可以去哪里投诉: arrears with their months, then a question
        # (not 过了一年还能告吗, 辞职要提前多久: the time limits asked about)
        or (own and _CONCRETE.search(_NEW_HERE.sub(" ", t)) and not re.search(r"还能|时效|提前", t))
        # 实名制没录 没有合同 … 想问工资怎么算: grievances, then a question
        or (len(real) >= 2 and any(re.search(r"没|不|冇|无|莫|被", r) for r in real))
    ):
        return NOT_WAGE, strong
    system = _hits(ABOUT_THE_SYSTEM, t)
    # 没登记 没合同 … 实名制是啥: real-name grievances told beside the question
    if system and not own and all(re.search(r"专户|专用账户|实名", r) for r in real):
        return NOT_WAGE, system  # 工资专用账户是啥意思 我们的工资是不是从这发: a question
    how_to = _hits(HOW_TO_COMPLAIN, t)
    # asking how, about nobody's own arrears in particular
    if how_to and not (re.search(r"我|俺|额|咱", t) or (own and _CONCRETE.search(t))):
        return NOT_WAGE, how_to
    if consult and not (own or real):
        return NOT_WAGE, consult
    if consult and re.search(r"社保|医保|工伤|保险", "".join(consult)) and not (own or real):
        return NOT_WAGE, consult
    other = _hits(OTHER_COMPLAINT, t)
    # (不给退钱: a refund, not money owed for work)
    if other and not re.search(r"工资|工钱|人工|欠薪|薪|(?<!退)钱|欠|生活费|没拿到|拿不到", t):
        return NOT_WAGE, other
    injured = _hits(INJURY, t)
    if injured and not re.search(r"工资|工钱|人工|欠薪|薪|欠|(?:要|讨|追)(?:钱|工资)", t):
        return NOT_WAGE, injured  # 受伤了 老板只给了三千块钱: compensation, not wages
    if not wage and not real and not other and (persons or _owing_party_named(t)):
        wage = _hits(TERSE_CLAIM, said)
    if not wage and not real and not other:
        # the chain told without a wage word (活是从华程那里转包过来的 他没任何资质)
        wage = _hits(ILLEGAL_RX, _SELF.sub(" ", t))
    if not wage and not real:
        # a threat or a crowd (跳楼, 围在项目部) with nothing else to explain it: on a
        # wage-arrears line that is the arrears dispute come to a head, even when the
        # threat is turned down (有人讲去堵路 我们还是想走正规渠道)
        wage = [] if other or "新闻" in t else urgent(t, spoken=True)
    if not wage and not real:
        return NOT_WAGE, other or [NO_CLAIM]
    if consult and not (own or re.search(r"合同|考勤|实名|工资卡|登记", "".join(real))):
        return NOT_WAGE, consult
    return owing_kind(t, site, persons, wage)


# 包工头老曹欠了我们三个月 … 当时也没签合同: an aside on a wage claim, not its complaint
_INCIDENTAL_CONTRACT = re.compile(r"(?:(?:合同)?(?:也|都)(?:没|冇)签|没签合同|合同也没签)+")


def owing_kind(
    t: str, site: str | None = None, persons: list[str] | None = None, wage: list[str] | None = None
) -> tuple[str, list[str]]:
    """The wage category by owing party alone (rubric steps 1-5), with no not-wage gate.

    :func:`classify` applies it once a lead is a wage claim; dedupe also applies it to a
    lead that found no wage claim at all (``["no wage claim"]``), so a claim worded past
    the wage vocabulary still carries the party it blames.
    """
    persons = persons or []
    wage = wage if wage is not None else _hits(WAGE, t)
    constr, cev = is_construction(t, site)
    t = _SELF.sub(" ", t)  # what the reporter is, or is not, names nobody who owes him
    t = DISOWNED.sub(" ", t)  # 跟劳务公司没关系, 跟工资卡的事不是一回事: not this matter
    real = _hits(REAL_NAME_RX, t)
    il = _hits(ILLEGAL_RX, t)
    t = _AUTHORITY.sub(" ", t)  # 劳动监察大队 is where they complained, not a crew
    if il and constr:
        return ILLEGAL, il
    if real and constr and not (_INCIDENTAL_CONTRACT.fullmatch("".join(real)) and OWED.search(t)):
        return REAL_NAME, real
    if not constr:
        return NON_CONSTRUCTION, cev or wage
    tl = _owing_crew_hits(t)
    if (
        tl
        and all(_CREW_WORD.fullmatch(s) for s in tl)
        and _CONTRACTOR_OWES.search(t)
        and not _CREW_OWES.search(t)
    ):
        tl = []  # the reporters' own crew (钢筋班, 十个师傅), the contractor's side owing
    if DIRECT_HIRE.search(t):
        # 钱都给瓦工班组长了 但我们是直接跟项目部签的, 关老板那伙的事跟他们没关系 可我们是
        # 直接跟项目部干的: the project hired them itself, whoever else is named
        co = _hits(CONTRACTOR_RX, t)
        return CONTRACTOR, co or ["项目部"]
    if tl and not NOT_HIS_FAULT.search(t):
        return TEAM_LEADER, tl
    persons = [p for p in persons if not _manager(p[0], t)]
    if persons:
        return TEAM_LEADER, persons
    # a bare 老板 owes, unless he only passes on the contractor's excuse ("老板说工程款没到
    # 项目部一直拖": the owing party is the project)
    relayed = re.search(
        r"老板说[^ ，,。]{0,4}(?:工程款|项目部|开发商|甲方|上面|政府|钱没到|钱没下来)", t
    ) and re.search(r"项.部|工程款|停工", t)
    if (
        re.search(r"(?<![厂店])老板", t)
        and not relayed
        and not re.search(r"项目经理|开发商|地产|置业|总包|甲方|施工单位|施工方|建设单位", t)
    ):
        return TEAM_LEADER, ["老板"]
    co = _hits(CONTRACTOR_RX, t) or _hits(_DEVELOPER_FIRM, t)  # 恒泰地产的老板
    if co:
        return CONTRACTOR, co
    if re.search(r"老板", t):
        return TEAM_LEADER, ["老板"]
    return CONTRACTOR, cev or wage


def urgent(t: str, spoken: bool = False) -> list[str]:
    """Evidence phrases of an urgent risk (empty when none); negated mentions are ignored.

    ``spoken``: keep, too, the risks spoken of but turned down, past or taken the normal
    way (我们不会去闹, 有人讲去堵路 我们还是想走正规渠道): they still tell of a wage
    dispute. What is no risk at all (a jammed road, a banner that is a sign, medicine,
    a thing said not to be) is left out either way.
    """
    out: list[str] = []
    at = 0
    while (m := URGENT_RX.search(t, at)) is not None:
        # a match turned down below may hide a shorter one inside it (名单上没有我们 明天
        # 15个人一起去住建局: 没有 is not said of going), so the search resumes just after
        # its start; after one taken, after its end
        at = m.start() + 1
        s = m.group(0)
        before = t[max(0, m.start() - 12) : m.start()]
        if before[-1:] in ("不", "没", "冇", "未") or before.endswith("不是"):
            continue  # 不闹事, 坑都冇围起来, 我们不是闹事的
        if _no_risk(t, m, before) or (not spoken and _not_now(t, m, before)):
            continue
        if s not in out:
            out.append(s)
        at = m.end()
    return out


def _clause_before(t: str, end: int) -> str:
    """The words of ``t`` from the start of its clause up to ``end``."""
    return re.split(r"[ ，,。!！?？]", t[:end])[-1]


def _no_risk(t: str, m: re.Match[str], before: str) -> bool:
    """The words of a risk that tell of none: traffic, a sign, medicine."""
    s = m.group(0)
    if s.startswith("堵") and (
        _JAMMED.match(t, m.end())
        or _EVERY_DAY_JAM.search(before)
        or (_TRAFFIC.search(t, max(0, m.start() - 16), m.start()) and not _WORKERS.search(before))
    ):
        return True  # 渣土车把路都堵了, 路上堵得很, 天天堵车堵路: traffic, not workers at a gate
    if ("堵" in s or s == "封路") and (
        _NOT_A_CROWD.search(before[-4:])
        or (
            _ROAD_WORKS.match(t, m.end())
            and not _CROWD.search(before)
            # 我们三四十个分拣员把分拨中心大门堵了 车都出不去: a gate held by the workers
            and not (before.endswith("门") and _WORKERS.search(_clause_before(t, m.start())))
        )
    ):
        return True  # 路堵了一上午 车都过不去, 心里就堵, 带班的堵老板: no crowd at a gate
    if "横幅" in s and _A_SIGN.search(t, max(0, m.start() - 10), m.end() + 6):
        return True  # 门口挂着根治欠薪的横幅, 横幅掉下来了: a sign, not a protest
    at_work = _AT_WORK.match(t, m.start(), m.end() + 3)
    if at_work and (at_work.group(0) != "人都在" or before.endswith("爱")):
        return True
    if _INJURY.match(t, m.start()):
        return True
    if (
        s == "闹"
        and before.endswith("再")
        and t.startswith(("就别想", "就不给", "就一分"), m.end())
    ):
        return True  # 他说再闹就别想要了: the boss's warning
    return s == "喝药" and bool(_MEDICINE.search(t, max(0, m.start() - 4), m.end() + 2))


def _not_now(t: str, m: re.Match[str], before: str) -> bool:
    """A risk turned down, done once before, or a complaint taken the normal way."""
    s = m.group(0)
    clause = _clause_before(before, len(before))
    if URGENT_NEG.search(clause) or _TURNED_DOWN.match(t, m.end()):
        return True  # 也不堵路, 有人讲去堵路 我们还是想走正规渠道
    if t[m.end() : m.end() + 1] == "过" or re.match(r"[堵闹拦围]过", s):
        return True  # 集体上访过一次, 门口有人堵过门: done once before, not now
    if s == "信访" and _ONE_WENT.search(clause):
        return True  # 我已经去区信访局递了材料: one worker's petition, the normal way
    if re.search(r"局|大队", s) and _TO_REPORT.match(t, m.end()) and not _TOGETHER.search(s):
        return True  # 我们准备去劳动监察大队反映一下: a complaint lodged, the normal way
    return bool(
        _ONE_GOES.search(s)
        or (
            (_WENT.search(s) or _TO_COMPLAIN.match(t, m.end()))
            and not _TOGETHER.search(s)
            and not s.endswith("门口")  # 三十几个人已经在住建局门口了: a crowd there now
        )
    )  # 俺要去劳动局告他, 我们去监察大队反映了: complaining the normal way


def group_flag(t: str, workers_low: int | None) -> tuple[bool, list[str]]:
    ev: list[str] = []
    if workers_low is not None and workers_low >= 10:
        ev.append(f"{workers_low}+ workers")
    ev += _hits(GROUP_RX, t)
    return bool(ev), ev
