"""Vocabularies as data, compiled once.

Each tuple below is a list of words the extractor looks for. A rule that
uses one of them is tested in tests/ with the real sentence it was written for.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first; refuses an empty list."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        raise ValueError("alternation of no words would match everything")
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


# Currency words and their ISO codes; the longest written form wins.
CURRENCIES = {
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "RMB": "CNY",
    "美元": "USD", "美金": "USD",
    "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY", "日币": "JPY",
    "英镑": "GBP", "新加坡元": "SGD", "新元": "SGD", "韩元": "KRW",
    "澳元": "AUD", "加元": "CAD", "卢比": "INR", "瑞士法郎": "CHF", "卢布": "RUB",
    "泰铢": "THB", "新台币": "TWD",
}

# Words before an amount that make it a bound or an approximation.
AMOUNT_AT_LEAST = ("超过", "超", "逾", "上", "过", "高达", "多达", "不低于")
AMOUNT_NEAR = ("近", "将近", "接近", "小于", "不到", "不超过")
AMOUNT_ABOUT = ("约", "大约", "约合")

# Verbs that say a company took money in (获 is not one before 悉, 批, 奖 …: see events.DEAL_VERB).
DEAL_VERBS = ("完成了", "完成", "获得了", "获得", "新获", "获", "斩获", "拿下", "拿到了", "收获", "迎来", "落定", "敲定", "募得", "筹得",
              "融得", "筹集了", "筹集", "募集了")
NOT_AFTER_获 = "悉批奖评选准利益颁客"  # 获悉, 获批, 获奖, 获客 …

# Words that turn a sentence about money into something other than an equity deal.
NOT_EQUITY = (
    "融资融券", "融资余额", "融资买入", "融资租赁", "融资券", "融资担保", "融资成本",
    "融资难", "融资贵", "融资渠道", "融资平台", "融资性", "融资规模", "融资额度", "投资回报",
    "债券", "发债", "公司债", "债权融资", "债务融资", "投资意向", "可转债", "贷款", "授信", "借款", "ABS", "票据",
    "定增", "定向增发", "配股", "回购", "质押", "众筹", "ICO", "代币", "通证",
)
ACQUISITION = ("收购", "并购", "合并", "增持", "减持", "股权转让", "老股转让", "协议转让", "购买", "入股")
PLAN = ("拟", "计划", "目标是", "希望", "力争", "将获", "将完成", "将于", "洽谈", "谈判", "传闻", "据传", "据称", "或将", "接近完成",
        "正在进行", "寻求", "启动", "筹备", "有望", "正在筹集", "正寻求", "准备", "即将", "考虑", "知情人士", "消息人士",
        "或将", "可能", "还会", "也会", "即可", "想要", "或于")
AGGREGATE = ("累计", "累积", "共计", "总计", "合计", "总融资", "宗融资", "起融资", "笔融资", "家企业", "融资事件",
             "融资总额", "融资总金额", "融资活动", "先后获得", "多轮融资", "数轮融资", "几轮融资", "投资额", "融资额占", "投资总额",
             "到目前为止", "迄今为止", "一共", "共融资")
PAST = ("此前", "早先", "曾于", "曾获", "曾经", "之前", "早前", "早在", "先前", "上一轮", "上轮", "前一轮",
        "去年", "前年", "还曾", "曾在", "曾完成", "曾")

# Words of statistics: a sentence with one tells sums of investment, no deal (第三产业投资完成119.90亿元，同比增长15.2%).
STATISTICS_WORDS = ("同比", "环比")

# Fund raises by investment firms.
FUND = ("募集", "募资", "关账", "基金融资")

# Roles of investors.
LEAD_WORDS = ("联合领投", "共同领投", "领投", "独家战略投资", "独家投资", "独投", "共同领导", "联合领导", "牵头", "主导", "领衔", "主投",
              "领头")
FOLLOW_WORDS = ("超额跟投", "继续跟投", "持续跟投", "追加投资", "跟投", "参投", "追投", "共同投资", "联合投资", "合投", "联投", "继续加注", "加注", "继续加码", "追加投资",
                "共同参与投资", "参与投资", "参与了投资", "参与本轮投资", "参与了本轮投资", "跟进投资", "合作投资", "继续跟进",
                "作为战略投资人参与", "作为战略投资者参与", "作为战略投资方参与", "战略跟投", "联合参与", "共同参与", "参与",
                "首次入局", "入局", "持续加码", "加码", "持续加注", "持续加持", "加持", "继续追投", "继续投资", "持续投资",
                "追加", "出资", "跟进", "联合注资", "共同注资", "继续增持", "继续支持")
# A sentence after the deal lends its investors to it only when it is about them: it opens with one of these,
# or it uses a role word that cannot mean anything else (领投, 跟投 …), not a loose verb (参与, 加码).
ROLE_SENTENCE_OPENERS = ("本轮", "此轮", "本次", "该轮", "这轮", "融资由", "投资方", "投资人", "投资机构", "出资方", "老股东",
                         "原股东", "股东", "跟投方", "参投方", "其中", "同时", "此外", "另外", "由", "其他", "其余", "新股东",
                         "是次")
STRONG_ROLE_WORDS = ("领投", "跟投", "参投", "追投", "独家投资", "联合投资", "共同投资", "财务顾问", "牵头", "主导")

# Words that are no investor's name, whatever surrounds them: 产业资本, 国资平台, 头部机器人本体企业.
GENERIC_INVESTOR_WORDS = ("产业资本", "财务资本", "财务投资", "财务", "国资平台", "国资", "国有资本", "国有", "头部", "知名",
                          "战略", "机构", "资本", "平台", "企业", "龙头", "本体", "矩阵", "联合", "多家", "他", "其", "地方",
                          "政府", "政策性", "基金", "产业", "投资", "投资方", "投资人", "机器人", "新老", "股东", "伙伴",
                          "合作", "等", "与", "和", "及", "国家队", "未透露", "未披露", "透露", "披露", "悉数", "全部", "均",
                          "创投", "客户", "国际", "重量级", "多个", "媒体", "公司", "世界", "冠军", "相关", "高额", "创始",
                          "医生", "个人", "私募")
ADVISOR_WORDS = ("担任独家财务顾问", "担任本轮独家财务顾问", "担任财务顾问", "担任本轮财务顾问", "担任本轮融资的独家财务顾问",
                 "担任本轮融资的财务顾问", "担任本次融资的独家财务顾问", "担任顾问", "独家财务顾问", "财务顾问",
                 "担任本轮融资财务顾问", "担任此次融资的独家财务顾问", "任为独家财务顾问")

# Words that end the kind of business of a backer named in Latin letters, joined by 和 to another kind:
# 金融科技和保险科技风投基金Anthemis, 纽约私募股权和风险投资公司 Insight Venture Partners (one backer, not two).
FIRM_KIND_ENDINGS = ("科技", "股权")

# Words that describe a company; the brand follows the last of them.
DESCRIPTOR_TAILS = (
    "公司", "企业", "平台", "品牌", "服务商", "提供商", "供应商", "运营商", "开发商", "制造商", "厂商", "生产商",
    "创企", "药企", "初创", "独角兽", "创业公司", "初创公司", "项目", "方案商", "服务平台", "系统", "集团旗下",
    "旗下", "研发商", "解决方案商", "领导者", "领军者", "引领者", "独角兽企业", "新锐", "连锁", "机构",
    "工作室", "社区", "应用程式", "应用", "App", "APP", "app", "网站", "产品", "龙头", "巨头", "发行商", "零售商", "媒体",
    "厂家", "孵化商", "新贵", "空间", "市场",
    "的",
)
# Words that open a description, never a brand: 在线少儿英语Proud Kids (the English name is the brand).
DESCRIPTOR_OPENERS = ("在线",)


# Investor roles, the longest word first within each group.
PRONOUNS = ("该公司", "公司", "其", "它", "它们", "后者", "前者", "该企业", "企业", "该平台", "平台", "该品牌", "品牌", "该项目",
            "项目", "他们", "我们", "这家公司", "此次", "本次", "目前", "今年", "随后", "后来", "并", "还", "新公司", "这家企业",
            "该初创公司", "这家初创公司", "这家创企", "双方", "此外", "另外", "同时", "同年", "次年", "当年", "此后", "之后", "随即",
            "该企业", "这家企业", "本公司", "其母公司", "分别", "继而", "该团队", "团队", "集团")

# Pronouns that pick one of two companies named before: their deals are no one's here (前者从红杉中国…获得了…).
PAIR_PRONOUNS = ("前者", "后者")

# A headline with none of these is not about a deal: rounds its body names are background.
FINANCING_TITLE_CUES = ("融资", "投资", "领投", "跟投", "参投", "注资", "募资", "募集", "轮", "获投", "入股", "加码", "押注",
                        "下注", "吸金", "IPO", "上市", "周报", "日报", "周刊", "早报", "晚报", "早知道", "快讯", "汇总", "盘点",
                        "一览", "速递", "投融", "创投", "风投", "资本", "VC", "PE", "基金", "投资人", "独角兽", "估值")

# Where a listing happens, written between the company and 上市/IPO: SpaceX今日纳斯达克上市.
MARKETS = ("纳斯达克", "纽交所", "港交所", "联交所", "科创板", "创业板", "北交所", "主板", "港股", "美股", "A股", "欧洲", "美国",
           "香港", "伦敦", "东京", "新加坡")
# Words that make a listing headline a plan, not a listing: 拟赴港上市, 冲刺IPO, 递表.
LISTING_PLAN = ("拟", "冲刺", "计划", "递表", "递交", "申请", "启动", "筹备", "辅导", "谋求", "赴", "将", "或", "传", "考虑",
                "获批", "注册", "过会", "招股", "备案", "闯关", "排队", "终止", "撤回", "看好")

# Compiled forms of the vocabularies above, shared by the modules that find deals.
CUE = re.compile(r"融资|投资|领投|注资|轮|筹集|筹得")
# not the 新 of a word before (雷鸟创新获得…, 重新获得): there the verb is 获得
DEAL_VERB = re.compile(r"(?:宣布)?" + alternation(DEAL_VERBS).replace("|新获|", "|新获(?<![创重更革焕]新获)|")
                       + f"(?!(?<=获)[{NOT_AFTER_获}])")
# not the 融资 of 金融资金 (供应链金融资金支持), but that of 基金融资 and 美金融资
MONEY_WORD = re.compile(r"(?:(?<!金)|(?<=[基美]金))融资|投资|注资|战略入股|轮")
# 筹集了1260万美元的资金: the money a company raised, written without 融资 (news translated from English)
RAISED_FUNDS_VERBS = ("筹集了", "筹集", "筹得")
RAISED_FUNDS = re.compile(r"了?(?:约|近|超过|超|逾)?[\d.]+[^，。；]{0,4}?[万亿][^，。；]{0,4}?(?:元|美元|欧元|英镑|日元|港元)的?(?:新|新的)?资金")
NOT_EQUITY_RE = re.compile(alternation(NOT_EQUITY))
ACQUISITION_RE = re.compile(alternation(ACQUISITION))
PLAN_RE = re.compile(alternation(PLAN) + r"|将(?=宣布|完成|获|获得|进行|启动|于|以|在)|将[\u4e00-\u9fff]{2}(?=完成|获得)")
AGGREGATE_RE = re.compile(alternation(AGGREGATE).replace("笔融资", "(?<!新一)笔融资"))  # not 完成IDG资本的新一笔融资: one
# A time counted back from today is background too: LoanTap在1年前获得了300万美元A轮融资, 三个月前该公司…
TIME_AGO_RE = re.compile(r"(?<![\d.])[\d一二两三四五六七八九十半几数]+(?:年|个月|周|个星期)(?:之)?前")
PAST_RE = re.compile(alternation(PAST) + "|" + TIME_AGO_RE.pattern)
FUND_RE = re.compile(alternation(FUND))
STATISTICS_RE = re.compile(alternation(STATISTICS_WORDS))
# A follow word before 者 names the backers, it is no role: 本轮融资参与者有泛城资本、黑洞资本; 合投 is part of 道合投资, 联投 of 关联投资机构;
# 出资方为X names the backer, as 投资方为X does. A lead word after 去 says what someone should do (需要一个技术领军人物去牵头),
# and 主导权 / 主导地位 is a dominance, not a role.
ROLE_RE = re.compile(f"(?P<lead>(?<!去){alternation(LEAD_WORDS)}(?!(?<=主导)[权性]|(?<=主导)地位|(?<=领投)资|(?<=领头)羊|(?<=主投)方之一))|(?P<follow>(?!(?<=关)联投){alternation(FOLLOW_WORDS)})(?!者|(?<=合投)资|(?<=出资)方|(?<=合作投资)[机方人伙])"
                     f"|(?P<advisor>{alternation(ADVISOR_WORDS)})")
PRONOUN = re.compile("^" + alternation(PRONOUNS) + "$")

# Registered-name endings, longest first where one contains another; store/keys.py folds the same list.
LEGAL_SUFFIXES = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "合伙企业（有限合伙）",
                  "（有限合伙）", "(有限合伙)", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Limited", "Corp.", "Corp", "GmbH")
# Business words between a brand and its legal ending: 中科奥格生物科技有限公司 → 中科奥格.
TRADE_WORDS = ("科技发展", "信息技术", "网络科技", "智能科技", "生物科技", "生物技术", "医疗科技", "医药科技", "新能源科技",
               "机器人科技", "智能技术", "半导体科技", "电子科技", "科技", "技术", "智能", "生物", "医疗", "医药", "网络", "信息",
               "电子", "半导体", "机器人", "新材料", "材料", "能源", "新能源", "工业", "发展", "控股", "集团", "实业")
# Places that open a name (苏州康瑞健, 成都中科奥格生物科技有限公司) or sit in its parentheses.
PLACES = ("北京", "上海", "天津", "重庆", "深圳", "广州", "杭州", "南京", "苏州", "武汉", "成都", "西安", "合肥", "长沙",
          "郑州", "济南", "青岛", "厦门", "福州", "宁波", "无锡", "常州", "东莞", "佛山", "珠海", "沈阳", "大连", "哈尔滨",
          "长春", "昆明", "南昌", "贵阳", "南宁", "太原", "石家庄", "兰州", "乌鲁木齐", "海口", "绍兴", "嘉兴", "温州", "义乌",
          "昆山", "南通", "烟台", "中山", "惠州", "芜湖", "江苏", "浙江", "广东", "山东", "福建", "安徽", "湖北", "湖南", "河南",
          "河北", "四川", "陕西", "江西", "辽宁", "吉林", "黑龙江", "云南", "贵州", "广西", "山西", "甘肃", "海南", "中国",
          "美国", "日本", "英国", "德国", "法国", "以色列", "新加坡", "印度", "韩国", "加拿大", "澳大利亚", "瑞士", "瑞典")
# Words that end a subject phrase before the name is done: 51有色在深圳召开…, Pinterest从原投资人处…
SUBJECT_BREAKS = ("在", "从", "向", "于", "以", "通过", "凭借", "借助", "携手", "联合", "是一家", "是一个", "作为一家", "这家", "开发了")
# Adverbs and time words a subject never ends with: 帕西尼再, 知芯传感再, X最终, X周三.
SUBJECT_TAIL_WORDS = ("最终", "再度", "再次", "再", "又", "就", "才", "便", "即", "已", "刚刚", "刚", "近期", "最近", "日前", "近日", "今年",
                      "本周", "上周", "本月", "上个月", "上月", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "披露", "表示",
                      "宣布", "公布", "透露", "称", "连续", "陆续", "相继", "先后", "分别", "接连", "同样", "也", "还", "均", "都", "一把",
                      "成立", "创立", "诞生", "上线", "专注", "致力", "聚焦", "立足", "深耕", "位", "总部位", "正在", "不久", "此次",
                      "悄然", "只有", "被曝出", "被曝", "官方")
# Adverbs cut from the end of a subject that may end a name: 魔急便获… (the article never writes 魔急 alone).
NAME_FINAL_ADVERBS = ("便",)
# Verbs of holding an event, whose quoted title is no name: 华云数据在北京举办了“中国云力量——…发布会”.
HOSTING_VERBS = ("举办",)
# More words a subject may end with before the verb, and drops: 亚盛医药宣布已成功, 华志微创对外公布, 某公司于近日.
SUBJECT_ADVERBS = ("了", "正式对外公布", "对外公布", "正式对外", "对外宣布", "对外透露", "对外称", "对外", "公开", "确认", "宣告",
                   "官宣", "此前", "之前", "先前", "早前", "曾经", "曾", "已经", "正式", "成功", "今日", "今天", "于近日", "于日前",
                   "于", "顺利", "同时", "共", "则", "率先", "首次", "终于", "逆势", "能够")

# --- investor names: where a name ends and what is no name --------------------------------------
# Words that open a clause before its subject, dropped from it: 其中，…; 而拜腾完成…; 不过X获得…
SUBJECT_CONNECTIVES = ("包括", "其中", "比如", "例如", "譬如", "像是", "像", "而", "但是", "但", "并且", "并", "另一家", "另外一家", "虽然",
                       "尽管", "因此", "由于", "不过", "然而", "于是")
# Time words that open a clause before its subject, dropped from it: 近日X完成…, 日前X获得…
SUBJECT_OPENING_TIMES = ("近日", "日前", "今日", "今天", "昨日", "昨天", "近期", "目前", "最近", "刚刚", "本周", "上周", "如今", "现在",
                         "眼下", "当下", "此前", "之前", "早前", "先前", "此外", "另外", "此次", "本次", "随后", "继而", "当天",
                         "当日", "同日", "同月", "当月", "次月")
# Titles of people: 西安思后网络科技有限公司创始人王磊向媒体透露 (the company is before the title, the speaker after it),
# 公司首席执行官Steven Lam表示 (a person, not a company introduced).
PERSON_TITLES = ("联合创始人", "创始人", "首席执行官", "首席", "CEO", "董事长", "总裁", "总经理", "负责人", "合伙人")
# Words a list of backers puts before a name, dropped from it: 本轮融资由红杉中国领投, 老股东IDG继续跟投.
INVESTOR_NAME_HEADS = ("由", "是", "为", "包括", "其中", "并", "其", "该轮", "本轮", "此轮", "本次", "此次", "融资", "投资方",
                       "投资人", "投资机构", "机构", "老股东", "原股东", "现有股东", "既有股东", "原有股东", "股东", "来自", "获得",
                       "获", "分别", "还有", "等", "的", "了", "也", "则", "且", "继续", "追加", "同时", "共同", "联合",
                       "另外", "此外", "此后")
# Words a list of backers puts after a name, dropped from it: 高瓴等机构跟投, 经纬中国继续加持, 红杉中国超额跟投.
INVESTOR_NAME_TAILS = ("等", "等机构", "等多家机构", "等投资机构", "等投资方", "等多家", "等知名机构", "等机构投资者", "机构",
                       "共同", "联合", "继续", "持续", "连续", "再次", "再度", "进行", "的", "参与", "分别", "均", "也", "则",
                       "追加", "超额", "作为", "担任", "本轮", "出资", "跟进", "以及", "表示", "透露", "跟投", "参投", "领投",
                       "老股东", "原股东", "现有股东", "股东", "新老股东", "以老股东身份", "以老股东", "携手", "一起", "一同",
                       "独家", "团队", "主要", "全部", "悉数", "全数", "纷纷", "又", "先生", "个人", "也有", "首期", "战略",
                       "博士", "在内")
# Words no backer's name holds: 吸引了多家专业投资 ends like a firm but is none; 专注于医疗健康领域 and 聚焦医疗器械
# describe one; 很荣幸能够 says something.
NEVER_IN_INVESTOR_NAME = ("吸引", "多家", "专注于", "聚焦", "致力于", "面向", "能够", "荣幸", "青睐", "拿到", "创办")
# Adverbs before a deal verb that say the deal came after another one told before it: 近日又获得A轮2亿元融资.
AGAIN_ADVERBS = ("又一次", "又", "再次", "再度", "再")
# A backer that comes back, and what it does: 红杉中国再度加码, 腾讯又出手 (the name ends before them).
REINVEST_ADVERBS = ("再度", "再次", "持续", "继续", "又", "首次", "大举")
REINVEST_VERBS = ("加码", "加注", "出手", "押注", "投资", "布局", "入局")
# Firm endings a name stops at when a role or description word follows: 中金资本融资额, 云岫资本担任后续融资.
FIRM_ENDINGS = ("资本", "资产", "投资", "创投", "基金", "集团")
AFTER_FIRM_WORDS = ("担任", "作为", "携", "联合", "持续", "独家", "融资", "等")
# Words that make a phrase a description, not a name: 研发投入, 高端过滤膜材料, 一笔大额, 在博士期间, 最初出任计算;
# parties also refuses a phrase ending in 为 / 曾 / 参 / 了 after two characters (软银集团为, 刘松铭曾) or in 巨头.
DESCRIPTION_WORDS = ("融资", "投入", "贷款", "高端", "纪录", "期间", "负责人", "方向", "建议", "加入", "出任", "布局",
                     "包括", "一笔", "万亿级", "具有", "背景", "保荐", "总经理", "全程", "辅导")
# English firm endings after which a space and a capital start the next name: Fresco Capital Wavemaker Partners.
LATIN_FIRM_ENDINGS = ("Capital", "Partners")

# ---- words of the patterns in clauses, events, subject, roles and merge -----------------------

# Who a sentence says the news came from, when that makes it a rumour: 多位知情人士对新浪科技透露.
RUMOUR_SOURCES = ("知情人士", "消息人士", "市场消息称", "被传", "传闻", "网传")
# Words right before a deal verb that deny the deal: 并未获得, 尚未完成, 否认完成.
NEGATIONS = ("并未", "尚未", "从未", "仍未", "还未", "未能", "未", "并没有", "还没有", "没有", "没", "否认", "不曾")
# Words after a deal that call its report false: …完成10亿元B轮融资消息不实.
DENIALS = ("不实", "不属实", "谣言", "假消息", "辟谣")
# Words before a denial word that say the deal ends the rumour, not that the rumour is the deal: 打破了…的谣言.
RUMOUR_ENDERS = ("打破", "粉碎", "击碎", "回击")
# Words before a count of times that say a clause tells several deals: 连续两次获得融资.
REPEAT_ADVERBS = ("连续", "先后", "累计", "已")
# Words before a deal verb that tell of many deals, of many companies or over years, none of them stated:
# AI芯片公司频频获得融资; …等初创企业纷纷获得融资; …等部分行业领军企业持续获得资本青睐.
MANY_DEALS_ADVERBS = ("纷纷", "频频", "持续", "连续多年", "陆续")
# What an amount stated after the deal clause is the sum of: 融资金额, 本轮总额.
AMOUNT_NOUN_OPENERS = ("融资", "投资", "本轮", "此轮", "本次")
# Nouns for the sum of a round stated after the deal clause: 融资金额为1050万元.
AMOUNT_NOUNS = ("金额", "总额", "总金额", "融资额")
# Verbs of raising money an amount follows after the deal clause: 6个月募资5亿元.
RAISING_VERBS = ("募资", "募集资金", "筹集资金", "筹得", "融资")
# Title openers that report a rumour, not a deal: 传摩拜单车完成新一笔8亿美元融资.
RUMOUR_TITLE_CUES = ("传", "曝", "网传", "据传", "消息称")
# Words that put the deal a subject is about to close in the future: 将于年内完成, 拟获.
PLANNED_MODALS = ("将以", "将于", "将在", "将", "拟", "计划", "有望", "或将", "或已", "即将")
# Words that name the round before this deal: 距上轮B+轮融资时隔仅2个月.
EARLIER_ROUND_WORDS = ("上一轮", "上轮", "前一轮", "首轮", "上次")
# What the backers of an earlier round are called after that round: A轮投资人山行资本跟投.
EARLIER_BACKER_TITLES = ("投资人", "投资机构", "投资者", "投资方", "领投方")
# Verbs that end the words of who tells a sentence: 新闻稿写道，…
ATTRIBUTION_VERBS = ("写道", "表示", "透露", "指出", "获悉", "了解到", "告诉外媒")
# Openers that say a sentence is told by someone unnamed: 据悉，…
ATTRIBUTION_OPENERS = ("据悉", "据了解", "据介绍")
# What a count of backers counts: 等五家公司投资.
COUNTED_BACKER_NOUNS = ("公司", "机构", "投资机构", "企业")
# Words before the backers a list of names is said to include: 包括…在内的现有投资者.
INCLUDED_BACKER_QUALIFIERS = ("现有", "新老", "老", "原有", "其他", "多家")
# The backers a list of names is said to include: 包括…在内的投资机构.
INCLUDED_BACKER_NOUNS = ("投资者", "投资人", "投资方", "股东", "投资机构", "机构")
# Words before an advisor role that make it the advisor of rounds to come: 担任后续融资独家财务顾问.
LATER_ROUND_WORDS = ("后续", "未来", "下一轮", "下轮")
# Title words of a digest of many deals: 投融资周报, 一周投融资.
DIGEST_TITLE_WORDS = ("周报", "日报", "周刊", "早报", "晚报", "早知道", "汇总", "盘点", "一览", "速递", "一周", "每周")
# Verbs a name never opens with: a subject that starts with one is a clause about the company.
PREDICATE_HEADS = ("布局", "推出", "聚焦", "专注于", "致力于", "离职", "联动", "顺利", "携手", "仅用", "截至", "截止", "跑通",
                   "借力", "受益于", "依托", "凭借", "面向", "围绕", "历经", "随着", "作为", "合作推出", "加上", "直到",
                   "迄今", "且", "还有", "得益", "距离")
# Words that make a run of text where investor names would stand (…，还有…) no list of names.
NOT_NAME_LIST_WORDS = ("融资", "用于", "表示", "将", "是一家", "成立", "宣布", "完成", "获", "本轮", "此次", "本次", "目前",
                       "资金", "估值", "亿", "万", "元", "其中", "包括")
# Words before a count of months or years that make a subject a span of time: 短短半年时间内完成三轮融资.
TIME_SPAN_OPENERS = ("短短", "仅", "不到", "近")
# Nouns of time that end a frame opened by 在 before the deal verb: 中通快运在这良好开局的关键时点，顺利完成A轮融资.
TIME_FRAME_NOUNS = ("时候", "时刻", "时点", "时期", "阶段", "之际", "节点")
# Units of a span of time taken for a subject: 两个月已获约3亿元融资.
TIME_UNITS = ("月", "年", "天", "周", "季度", "小时")
# Words that end a span of time taken for a subject: 半年内, 两年来.
TIME_SPAN_ENDINGS = ("内", "来", "间", "里")
# Words a company name never opens with: a subject that starts with one is a phrase (在…, 该…, 记者…).
NOT_A_NAME_OPENERS = ("从", "在", "对", "向", "与", "和", "把", "被", "将", "让", "其", "这", "那", "某", "该", "以及", "并且",
                      "而且", "但", "如果", "因为", "所以", "而", "已", "再", "又", "共有", "IPO", "记者", "成为", "由", "原为",
                      "单笔", "部分")
# Words a company name never holds: a subject with one says what the company did or is (首家…, …宣布).
NOT_A_NAME_WORDS = ("首家", "第一家", "唯一一家", "问世", "设立", "助力", "估值", "宣布", "表示", "透露", "持有", "受让", "认购",
                    "发行", "确认", "投向", "规模", "收益", "多次", "近年来", "以来", "为其", "已经是", "融资", "加入", "跻身",
                    "拆除", "激励", "坚持")
# Words that end the name of a sector, never of a company: 具身智能领域已完成融资超300亿元 (statistics of a sector).
SECTOR_TAILS = ("领域", "赛道", "行业", "板块")
# A clause that adds an earlier round to this one: 加上2014年1月获得的200万元天使轮融资, 共计融资700万元.
EARLIER_SUM_OPENERS = ("加上",)
# Words that open a sentence about the company's history, every round in it background: 此前，…
BACKGROUND_OPENERS = ("此前", "之前", "早前", "早在", "先前", "在此之前", "此前的", "过去", "回顾", "当时，", "彼时，", "次年",
                      "翌年")
# Verbs that bring backers into a round: 本轮融资引入了源星资本、广发证券…等多家战略型投资人.
BROUGHT_IN_VERBS = ("引入", "引进")
# What a sentence calls the backers it lists: 本轮融资的投资方为…
LISTED_BACKER_TITLES = ("投资方", "投资人", "投资者", "投资机构", "出资方", "参与方", "参与者", "资方", "投资阵容", "参投方", "跟投方",
                        "投资的机构")
# Backers of earlier rounds named after a list of names that opens a sentence: …等老股东持续超额加码认购.
OLD_SHAREHOLDERS = ("老股东", "原股东", "现有股东", "新老股东")
