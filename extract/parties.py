"""Who: the company that raised money, its aliases, and the investors."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.amounts import is_amount
from extract.rules import (
    AFTER_FIRM_WORDS, DESCRIPTION_WORDS, DESCRIPTOR_OPENERS, DESCRIPTOR_TAILS, FIRM_ENDINGS, FIRM_KIND_ENDINGS, FOLLOW_WORDS, GENERIC_INVESTOR_WORDS,
    HOSTING_VERBS, INVESTOR_NAME_HEADS, INVESTOR_NAME_TAILS, LATIN_FIRM_ENDINGS, LEAD_WORDS, LEGAL_SUFFIXES, NEVER_IN_INVESTOR_NAME,
    PERSON_TITLES, PLACES, REINVEST_ADVERBS, REINVEST_VERBS, SUBJECT_ADVERBS, SUBJECT_BREAKS, SUBJECT_CONNECTIVES,
    SUBJECT_OPENING_TIMES, SUBJECT_TAIL_WORDS, TIME_FRAME_NOUNS, TRADE_WORDS, alternation,
)

_QUOTED = re.compile(r"[“\"「『《‘]([^“”\"「」『』《》‘’]{1,30})[”\"」』》’]")
# A quoted short name may hold brackets of its own: （以下简称“凯杰（苏州）”）
_ALIAS = re.compile(r"[（(]\s*(?:(?P<below>以下简称|下文简称|以下称|下称)|简称)[为:：]?\s*"
                    r"(?:[“\"「『‘](?P<quoted>[^”\"」』’]{1,20})[”\"」』’]|(?P<name>[^”\"」』’）)]{1,20}))\s*[）)]")
_ALIAS_OR = re.compile(r"(?<=\S{2})(?:或|、|/)(?=\S{2})")  # （下称宏禧科技或Metaways）: two short names
_PAREN = re.compile(r"[（(]([^（）()]{1,40})[）)]")
_TRAILING = re.compile(alternation(SUBJECT_ADVERBS + SUBJECT_TAIL_WORDS) + "$")
_SAID = re.compile(r"宣布|表示|透露|获悉|对外称|报道称|报道|消息|确认|证实|公布|官宣|了解到|据称|称")
_DESCRIPTOR_TAIL = re.compile(alternation(DESCRIPTOR_TAILS) + r"(?!(?<=[A-Za-z])[A-Za-z])")  # App, not Apptronik
_ENDS_WITH_DESCRIPTOR = re.compile(alternation(t for t in DESCRIPTOR_TAILS if t != "的") + "$")
# 蚂蚁金服通过凡创资本继续加持: a backer and the vehicle it invests through are two names
_NAME_SPLIT = re.compile(r"\s*(?:、|，|,(?!\s?(?:L\.?P|Inc|Ltd|LLC))|；|/(?![A-Z]{2}(?![A-Za-z]))|(?<=[^（(\s]{2})通过(?=\S{2})"
                         r"|(?<=[\u4e00-\u9fff])&(?=[\u4e00-\u9fff]))\s*")  # 中信证券投资&金石投资: two names; OAK HC/FT: one
_CONJUNCTION = re.compile(
    r"(?<=\S{2}|\s\d)\s*(?:以及|及|和(?![与及、])|与)\s*(?=\S{2}|[A-Z]\s[A-Za-z])(?!(?:投资|资本|基金|创投|集团|控股|科技|资产)(?:$|[、，,]))"
)
_NAME_NOISE_HEAD = re.compile("^(?:" + alternation(INVESTOR_NAME_HEADS) + ")+")
_NAME_NOISE_TAIL = re.compile("(?:" + alternation(INVESTOR_NAME_TAILS) + ")+$")
_NAME_DESCRIPTOR = re.compile(
    r"^.{0,30}(?:投资者|投资人|投资机构|投资方|资方|巨头|领头羊|机构|母基金|引导基金|(?:产业|主权|财富)基金(?!管理|有限|投资|合伙)|(?<=系)基金|孵化器|加速器|创始人|联合创始人|首席执行官|首席运营官|首席技术官|首席财务官|CEO|COO|CTO|CFO|董事长|总经理|合伙人|教授|总裁|总统|高管|平台|服务商|(?:地产|开发|运营|供应|制造|零售|经销)商|子基金|成员|工厂|科学家|富翁|(?:领导|龙头|上市|头部|航天)企业|"
    r"负责人|早期股东|股东|上市公司|上市集团|子公司(?=[^的]{2,}$)|公司(?=[A-Za-z])|(?<!有限)(?<!责任)公司(?=[\u4e00-\u9fff]{3,8}$)|巨星|球星|影星|"
    r"团队|的)(?=[^的]{2,}$)"
)
# 美国一力集团 → 一力集团; not 新加坡政府投资公司 (GIC), whose name holds the country
_COUNTRY = re.compile(r"^(?:美国|日本|英国|德国|法国|以色列|新加坡|印度尼西亚|印度|韩国|加拿大|澳大利亚)(?=.{2})"
                      r"(?!政府|国家|国库|主权|投资局|养老)")  # 加拿大养老基金投资公司: a public fund named by its country
_BAD_NAME = re.compile(r"^(?:\d{1,2}|[多数几两一二三四五六七八九十\d]+多?[家位名].*|多位.*|个人投资者|天使投资人|知名.*|其他.*|老股东|原股东|"
                       r"现有股东|股东|投资方|机构|多家.*|公司|某.*|一家.*|一位.*|一些.*|该.*|其.*|这.*|"
                       r"(?:国内|国外|海外|境内|境外|国际|全球|本地|当地)(?:(?:某|一家|一位|知名|著名|顶级|顶尖|大型).*)?|"
                       r"[两一二三四五六七八九十几数多\d]+[名位个方家次轮](?:投资者|投资人|机构|股东|公司|自然人|个人|企业)?|"
                       r"(?:数|近|超)?[十百千万亿]+级.*|"
                       r".*(?:投资人|投资者|投资方|个人|合作伙伴|战略伙伴|投资伙伴|合作方|人民币)|伙伴|技术|金融|团队|资本|基金|企业|集团|"
                       r".*\d+(?:\.\d+)?[万亿].*)$")


def quoted(text: str) -> list[str]:
    return [m.group(1).strip() for m in _QUOTED.finditer(text)]


def aliases_in(text: str, below_only: bool = False) -> list[str]:
    """Short names given as （以下简称“X”）, or only those with 以下 (the name the article goes on to use)."""
    return [name.strip(" “”\"") for m in _ALIAS.finditer(text) if m.group("below") or not below_only
            for name in _ALIAS_OR.split((m.group("quoted") or m.group("name")).strip())]


_BYLINE = re.compile(r"[（(](?:[^（）()]{0,12}(?:记者|通讯员|编辑|实习生)[^（）()]{0,12}|[^（）()]{1,8}(?:网|社|报|讯|财经|日报))[）)]")
_NUMBERED = re.compile(r"^(?:[①-⑳]|[\d一二三四五六七八九十]{1,2}[、.．)）]|[（(][\d一二三四五六七八九十]{1,2}[）)]|\*+\s*)")
# not the 向 of a word: 品牌加盟双向严选平台加盟家获得…
_SUBJECT_BREAK = re.compile(r"(?:(?<=[^\s]{2})|(?<=^[它其]))(?<![双单方导走面倾意动志取])" + alternation(SUBJECT_BREAKS) + r"(?!线|家|意|乎|于)"
                            r"(?!(?<=以)(?:及|来|上|下|后|前|内|外|便|免|致|色列))(?=.{2})")  # 在线; 以及, 以上 (not 在上线之初)
_LEADING_TIME = re.compile(r"^(?:\d{1,2}日|[一二三四五六七八九十两\d]+个?(?:月|年|天|周)(?:前|后|内)|[^，]{0,6}(?:之后|以后|之前|以前|前后))"
                           r"|^(?:时隔|相隔)[^，]{1,8}$|^[^，]{0,10}[一二三四五六七八九十两\d]个?(?:月|年|天|周)后$"  # 上线仅两个月后
                           r"|^(?:春节|国庆|元旦|中秋|年底|年初)(?:前|后|期间)?$")  # 春节前已完成3100万美元B1轮融资


# 以摩天轮票务完成B+轮融资为分水岭: the deal as a landmark (not 以色列)
_OPENING_CONNECTIVE = re.compile("^(?:" + alternation(SUBJECT_CONNECTIVES) + r"|[一二三四五六]是|其[一二三四]|以(?!色列))(?=.{2})")
_OPENING_TIME = re.compile("^" + alternation(SUBJECT_OPENING_TIMES) + "(?=.{2})")
# 西安思后网络科技有限公司创始人王磊: the company, a title, the person who speaks.
# “大糖医”CEO吴靖宇已向媒体(确认): the person may have spoken to someone.
# 起点创投基金创始合伙人查立: a title may take words before it (创始, 管理, 中国区 …).
_PERSON_TITLE = r"(?:中国区|全球|亚太区)?(?:创始|管理|主管|执行|高级|常务|董事|联合|副)*" + alternation(PERSON_TITLES)
_SPEAKER = re.compile(r"(.{2,30}?)的?" + _PERSON_TITLE + "(?:、" + _PERSON_TITLE + r")*(?:兼\S{1,6})?[\u4e00-\u9fff·A-Za-z ]{0,6}?"
                      r"(?:(?:已经?|也)?(?:向|对|接受)[\u4e00-\u9fff]{1,6})?$")


def speaker_firm(text: str) -> str:
    """The firm or company of the person `text` ends with (西安思后网络科技有限公司创始人王磊 → the company), or ''."""
    m = _SPEAKER.match(text)
    return m.group(1) if m else ""


def strip_lead_in(subject: str) -> str:
    """Drop 36氪获悉、近日 and dates in front of the subject and adverbs behind it."""
    subject = _BYLINE.sub("", subject)
    bracketed = re.search(r"【([^【】]{2,30})】\s*$", subject)
    if bracketed:  # 【车车车险】获B轮融资2亿元 (投资界's headlines): the brackets hold the name itself
        subject = bracketed.group(1)
    for sep in ("，", ",", "：", ":", "丨", "|", "｜", "│", "】", "]", "——", "！", "!", "？", "?"):
        at = subject.rfind(sep)
        while at > 0 and _inside_brackets(subject, at):  # （简称：微生活）公布: a colon inside brackets
            at = subject.rfind(sep, 0, at)
        if at >= 0:
            subject = subject[at + len(sep):]
    subject = subject.strip(" 　【[")
    if subject.startswith(("“", "「")) and not re.search("[”」]", subject):
        subject = subject[1:]  # 蒋韬表示：“今天我们拿到了…: a quotation opens, the speaker's words follow
    subject = _strip_trailing(subject)
    subject = _OPENING_CONNECTIVE.sub("", subject)
    subject = _REMARK.sub("", subject)  # 最引人注目的是一起作业网
    subject = _OPENING_TIME.sub("", subject)
    subject = re.sub(r"(?<=[^\d\s]{2})(?<![于在曾是与已至到和及、])\d{4}年(?!代).*$", "", subject)  # ACTOYS2014年才开始…
    subject = _LEADING_DATE.sub("", subject)  # 去年10月底旷视科技, 今年3月它, 今年六月初
    subject = speaker_firm(subject) or subject  # 西安思后网络科技有限公司创始人王磊向媒体透露
    m = None
    for m in _SAID.finditer(subject):
        pass
    if m is not None and len(subject) - m.end() >= 2:
        after = subject[m.end():]
        # Cogito今天宣布在由…领投的C轮融资中: what follows 宣布 opens with a frame, so the name is before it;
        # “小微律政”宣布已经在去年第四季度(完成): a time
        subject = _strip_trailing(subject[: m.start()] if re.match(r"(?:已经|已)?(?:在|于)", after) and m.start() >= 2 else after)
    spaced = list(re.finditer(r"(?<=[\u4e00-\u9fff]{2}) +(?=\S)(?![-–—－] )", subject))  # not 至家 - Hommey
    if spaced and len(subject) - spaced[-1].end() >= 2:
        subject = subject[spaced[-1].end():]
    subject = _NUMBERED.sub("", subject)
    does = _LATIN_NAME_DOES.match(subject)
    if does:
        return does.group("name")
    for brk in _SUBJECT_BREAK.finditer(subject):
        rest = subject[brk.end():]
        # Cogito在由…领投的C轮融资中(获得): 在…中 frames the round; Metromile是一个…的平台: what the company is
        frame = brk.group(0) == "在" and rest.endswith("中") or brk.group(0) in ("是一家", "是一个")
        if brk.group(0) == "于" and re.search(r"[”\"」』]$", rest) and _QUOTED.search(rest):
            continue  # 专注于新闻资讯APP“一点资讯”: what the company does, then its name in quotes
        frame = frame or brk.group(0) == "在" and bool(_TIME_FRAME.search(rest))  # 在这良好开局的关键时点: a time
        if not _inside_quotes(subject, brk.start()) and (frame or not re.search(r"的(?!(?:形式|方式|名义|身份|速度)$)|[:：]", rest)):
            subject = _strip_trailing(subject[: brk.start()])  # 51有色在深圳召开融资新闻发布会 → 51有色
            break
    subject = _LEADING_TIME.sub("", subject)  # 25日这家公司, 三个月前该公司 → the pronoun
    return subject


_TIME_FRAME = re.compile("的[\\u4e00-\\u9fff]{0,4}?" + alternation(TIME_FRAME_NOUNS) + "$")


# NomNomNow 定位于为宠物狗提供新鲜定制、兽医配方的食品: an English name, then what it does, ending in one plain word
_LATIN_NAME_DOES = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z][A-Za-z0-9.&'-]*){0,3})\s*"
                              r"(?:定位于|致力于|专注于|主打|立足于)[^，。；]{2,40}的[\u4e00-\u9fff]{1,2}$")


def _inside_brackets(text: str, at: int) -> bool:
    return text.count("（", 0, at) + text.count("(", 0, at) > text.count("）", 0, at) + text.count(")", 0, at)


def _inside_quotes(text: str, at: int) -> bool:
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count("「", 0, at) > text.count("」", 0, at)


_LEADING_DATE = re.compile(r"^(?:今年|去年|前年|\d{4}年(?!度))(?:年初|年末|年底|年中|上半年|下半年|第[一二三四1-4]季度)?"
                           r"(?:[一二三四五六七八九十\d]{1,2}月)?(?:初|中旬|下旬|上旬|底|末|份)?(?:\d{1,2}日)?(?=.|(?<=季度)$)")
# 与 typed for 于 before a date: teasoon与去年12月份完成…; TOGO曾与2017年4月获得…
_TRAILING_DATE = re.compile(
    r"(?:已经|已|是(?=\d{4}年)|曾经|曾)?(?:于|在|与(?=今年|去年|前年|\d))?(?:(?:今年|去年|前年|\d{4}年)(?:初|底|末)?)?(?:年初|年底|年中|上半年|下半年|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:初|中旬|底|末|份)?|"
    r"上个月|上月|本月|近日|日前|近期|上周|本周|本日|今日|当日|昨日|到目前为止|目前为止|迄今为止|迄今|至今|截至目前|"
    r"(?:成立|创立|创办)(?:之初|伊始|初)|第[一二三四1-4]季度|(?:春节|国庆|元旦|中秋)(?:前|后|期间))?"  # 祐和医药成立伊始即获得…, 西十区春节前已获…
    r"(?:上午|下午|晚间|早间)?$"
)


def _strip_trailing(subject: str) -> str:
    """Drop adverbs and dates at the end: '亚盛医药宣布已成功' → '亚盛医药'."""
    subject = subject.strip()
    while subject:
        shorter = _TRAILING.sub("", subject).strip()
        m = _TRAILING_DATE.search(shorter)
        if m and m.group(0):
            shorter = shorter[: m.start()].strip()
        if shorter == subject:
            break
        subject = shorter
    return subject


@lru_cache(maxsize=65536)
def _company_from_subject(subject: str) -> tuple[str, tuple[str, ...]]:
    name, aliases = _company_and_aliases(subject)
    return name, tuple(aliases)


def company_from_subject(subject: str) -> tuple[str, list[str]]:
    """The brand and its aliases from the words before the deal verb (see `_company_and_aliases`)."""
    name, aliases = _company_from_subject(subject)
    return name, list(aliases)


def _company_and_aliases(subject: str) -> tuple[str, list[str]]:
    """The brand and its aliases from the words before the deal verb.

    '工业AR应用解决方案供应商“ALVA Systems”' → ('ALVA Systems', []);
    '小米生态链公司小寻科技' → ('小寻科技', []);
    '杭州启函生物科技有限公司（以下简称“启函生物”）' → ('启函生物', ['杭州启函生物科技有限公司']).
    """
    held = _HOLDS_EVENT.search(subject)
    if held:  # 华云数据在北京举办了“中国云力量——…发布会”: the event it holds is no name
        subject = subject[: held.start()]
    named = _NAMED_THE.search(subject)
    if named:  # 一家名叫Globality的创企日前(完成…): the name the sentence gives it
        subject = named.group("name")
    apposition = _IS_A.match(subject) or _FOUNDED_BY.match(subject) or _BELONGS_TO.match(subject)
    if apposition:  # Tray.io是下一代云集成供应商; 象帝先由…唐志敏于2020年9月牵头成立: the name, then what it is
        subject = apposition.group("name")
    full = _FULL_NAME.search(subject)
    if full:  # 阿卡索（全称“阿卡索外教网”）: the name the article uses, then its full one
        name, aliases = _company_and_aliases(subject[: full.start()] + subject[full.end():])
        return name, _unique(aliases + [full.group(1)], name)
    short = aliases_in(subject, below_only=True)
    others = [a for a in aliases_in(subject) if a not in short]
    name, aliases = _name_in_subject(strip_lead_in(_ALIAS.sub("", subject)))
    glossed = _GLOSS_THEN_DESCRIPTION.search(name)
    if glossed:  # 邻客（Tripalink）青年Co-living社区: the brand, its English name, then what it is
        name, aliases = name[: glossed.start()], [glossed.group("gloss")] + aliases
    aliases = others + aliases
    if short and name:
        # The article's own short name is the name it uses: 汤先生, not 汤先生SoupMaster.
        return short[0], _unique(short[1:] + [name] + aliases, short[0])
    if others and _LEGAL_END.search(name):
        # 点评微生活（北京）科技有限公司（简称：微生活）: the short name of a registered one is the brand
        return others[0], _unique(others[1:] + [name] + aliases, others[0])
    return name, _unique(short + aliases, name)


_GLOSS_THEN_DESCRIPTION = re.compile(r"(?<=[\u4e00-\u9fff]{2})[（(](?P<gloss>[A-Za-z][A-Za-z0-9 .&'-]{1,30})[）)]"
                                     r"[^（）()，。；]{1,16}?" + alternation(DESCRIPTOR_TAILS) + "$")


def _name_in_subject(subject: str) -> tuple[str, list[str]]:
    if not subject:
        return "", []
    aliases: list[str] = []
    subject = _MISTYPED_CLOSE.sub(r"“\1”", subject)
    work = _WORK_BEFORE_NAME.match(subject)
    if work:  # 《火星情报局》制作公司天津银河酷娱…: the title of a work, then the company that made it
        return _name_in_subject(work.group("rest"))
    names = quoted(subject)
    adverb = _QUOTED_ADVERB.search(subject) if names else None
    if adverb:  # Impossible Foods近日“悄悄”完成了…: a word in quotes after the time, not the name
        return _name_in_subject(subject[: adverb.start()])
    if names:
        name = names[-1]
        after = _strip_trailing(subject[subject.rfind(name) + len(name):].lstrip("”\"」』》’"))
        gloss = re.match(r"[（(]\s*([A-Za-z][\w .&'-]{1,30})\s*[）)]", after)
        if gloss:  # “无染”（wuro）: the quoted name and its English one
            aliases.append(gloss.group(1))
            after = after[gloss.end():]
            if not after:
                return name, aliases
        if after.startswith("的") and len(after) > 3:
            return _name_in_subject(after[1:])  # 对标英伟达“NVLink”的互联通信方案提供商X: the quote is a modifier
        described = re.match(r"[^的，“”\"]{1,12}的(?=[^的]{2,}$)", after)
        if described:  # 被称为“社交网红”营销中介平台的Popular Pays公司, 致力于“球形核酸”创新疗法的初创企业Exicure公司
            return _name_in_subject(after[described.end():])
        latin = re.fullmatch(r"([A-Za-z][\w .&'-]*[A-Za-z0-9])(?:公司|集团)?", after)
        if latin:
            return latin.group(1), [name]  # 芬兰“唱吧”Singa公司: the quoted word is a nickname
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", after) and len(_segment(after)) == 1:
            return name, []  # “轻生活”卫生巾: the quoted brand, then the one ordinary word for what it sells
        if len(after) >= 2 and not _PAREN.fullmatch(after) and not _ENDS_WITH_DESCRIPTOR.search(after):
            brand, more = _split_scripts(_after_descriptor(after))
            return brand, _unique([after] + more, brand)  # “中国版Flexport”运个货
        before = subject[: subject.rfind(name)].rstrip("“\"「『《‘")
        legal = _legal_name(before)
        return name, [legal] if legal else []
    subject = subject.strip("“”\"「」『』《》")
    name = subject
    parens = _PAREN.findall(subject)
    if parens and subject.endswith(("）", ")")):
        inner = re.sub(r"^(?:品牌|品牌名|英文名)[:：]\s*", "", parens[-1].strip())  # （品牌：维咖瑞）
        name = subject[: subject.rfind(parens[-1]) - 1].strip()
        if 2 <= len(inner) <= 20 and not re.search(r"简称|以下|原名|前身|成立|即|股票|代码|\d{6}", inner):
            aliases.append(inner)  # 云起智能（LifeSmart）, SPAX（韵律舞动）
    name = _after_descriptor(name).rstrip("）)")
    name, split_off = _split_scripts(name)
    aliases.extend(split_off)
    if aliases and _is_legal(name) and not _is_legal(aliases[0]):
        aliases.append(name)
        name = aliases.pop(0)  # 地上铁租车（深圳）有限公司（地上铁DST）
    return name, _unique(aliases, name)


_IS_A = re.compile(r"^(?P<name>[^，。；]{2,30}?)是(?!一家|一个)[^，。；是]{1,24}?(?:"
                   + alternation(t for t in DESCRIPTOR_TAILS if t != "的") + ")$")
# 最引人注目的是, 值得一提的是: a remark that opens the clause, then its subject
_REMARK = re.compile(r"^[^，。；“”\"]{1,10}的是(?=[^，。；]{2})")
_NAMED_THE = re.compile(r"(?:^|[，,])(?:一家|一个)?(?:名叫|名为|叫做)[“\"「]?(?P<name>[^“”\"」，,。；的]{2,30}?)[”\"」]?的"
                        r"[\u4e00-\u9fff]{0,8}?(?:公司|创企|企业|平台|品牌)[\u4e00-\u9fff]{0,4}$")
_HOLDS_EVENT = re.compile(r"(?<=.{2})(?:在[^“”\"，]{1,12})?" + alternation(HOSTING_VERBS) + r"了?[^“”\"，]{0,6}[“\"].*$")
_QUOTED_ADVERB = re.compile(r"(?<=.{2})" + alternation(SUBJECT_TAIL_WORDS) + r"[“\"]([\u4e00-\u9fff])\1[”\"]$")
_FOUNDED_BY = re.compile(r"^(?P<name>[^，。；由]{2,30}?)由[^，。；]{2,40}?(?:成立|创立|创办|孵化|发起)$")
_BELONGS_TO = re.compile(r"^(?P<name>[^，。；]{2,30}?)隶属于[^，。；]{2,40}$")  # 大糖医隶属于汇马医疗科技（上海）有限公司
_FULL_NAME = re.compile(r"[（(]\s*全称[为:：]?\s*[“\"「]?([^”\"」（）()]{2,40})[”\"」]?\s*[）)]")
_WORK_BEFORE_NAME = re.compile(r"^.{0,12}《[^》]{1,30}》(?:的)?(?P<rest>.{0,8}?" + alternation(DESCRIPTOR_TAILS) + r".{2,})$")
# 互联网竹纤维纸巾“无染“获千万级天使轮融资: a closing quote typed as an opening one
_MISTYPED_CLOSE = re.compile(r"“([^“”\"]{1,30})“$")


# 乐徽科技公司: a brand and its trade, then 公司 (美国AI机器人公司 says only what kind of company)
_BRAND_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,6}?" + alternation(TRADE_WORDS) + ")公司")


def _split_scripts(name: str) -> tuple[str, list[str]]:
    """'云起智能LifeSmart' → ('云起智能LifeSmart', ['云起智能', 'LifeSmart']) as written;
    '新潮中医消费品TOUCH' → ('TOUCH', […]); 'Singa公司' → ('Singa', [])."""
    m = re.fullmatch(r"([A-Za-z][\w .&'-]*[A-Za-z0-9])公司", name) or _BRAND_COMPANY.fullmatch(name)
    if m:
        return m.group(1), []
    dashed = re.fullmatch(r"([\u4e00-\u9fff]{2,6})\s*[-–—－]\s*([A-Za-z][A-Za-z0-9 .&'-]{1,30})", name)
    if dashed:
        return dashed.group(1), [dashed.group(2)]  # 至家 - Hommey: the brand, a dash, its English name
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,})\s?((?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9 .&'-]{2,})", name)
    if m and len(m.group(1)) <= 6 and not m.group(1).startswith(DESCRIPTOR_OPENERS):
        return name, [m.group(1), m.group(2)]  # a Chinese name with its English one: the brand as written
    if m:
        return m.group(2), [name]  # a long Chinese descriptor (or one that opens as one) before an English brand
    return name, []


def _after_descriptor(subject: str) -> str:
    """The part after the last descriptor word, unless that leaves too little."""
    if _is_legal(subject):
        # 中国异种移植领域的企业成都中科奥格生物科技有限公司: the legal name after the last descriptor
        for m in _DESCRIPTOR_TAIL.finditer(subject):
            rest = subject[m.end():].lstrip("的 ")
            # not 品牌|管理(江苏)有限公司, not 强森社区|医疗集团: what is left must hold more than trade words
            if _is_legal(rest) and len(legal_core(rest)) >= 4 and not _TRADE_END.fullmatch(re.sub("集团$", "", rest)):
                return _after_descriptor(rest)
        return subject
    for m in reversed(list(_DESCRIPTOR_TAIL.finditer(subject))):
        rest = subject[m.end():].lstrip("的 ")
        if len(rest) >= 2:
            return rest
    return subject


_LEGAL_SUFFIX = re.compile(alternation(LEGAL_SUFFIXES + ("集团",)) + "$")  # 集团 names a group, not only a registration


def is_legal_name(name: str) -> bool:
    """True for registered names: …有限公司, …Inc."""
    return _is_legal(name)


def _is_legal(name: str) -> bool:
    return bool(_LEGAL_SUFFIX.search(name))


def _legal_name(text: str) -> str | None:
    m = re.search(r"([\u4e00-\u9fff（）()]{4,30}(?:有限公司|有限责任公司|股份有限公司))\s*$", text)
    return m.group(1) if m else None


_LEGAL_END = re.compile(alternation(LEGAL_SUFFIXES) + "$")
_PLACE_HEAD = re.compile("^" + alternation(PLACES) + "(?:市|省)?")
_PLACE_PARENS = re.compile(r"[（(]" + alternation(PLACES) + r"(?:市|省)?[）)]")
_TRADE_END = re.compile(alternation(TRADE_WORDS) + "$")


def is_brand_of(brand: str, name: str) -> bool:
    """True when `name` is a registered name and `brand` (no registered name) is how its core opens:
    微影时代 of 北京微影时代科技有限公司."""
    return len(brand) >= 2 and brand != name and is_legal_name(name) and not is_legal_name(brand) \
        and legal_core(name).startswith(brand)


def legal_core(name: str) -> str:
    """A legal name without its place and its endings: 成都中科奥格生物科技有限公司 → 中科奥格生物科技."""
    core = _PLACE_PARENS.sub("", _LEGAL_END.sub("", name.strip()))
    core = _LEGAL_END.sub("", core)
    rest = _PLACE_HEAD.sub("", core)
    return rest if len(rest) >= 2 else core


def short_name(name: str, text: str) -> str:
    """The name the article itself uses for a legal or place-prefixed name, or `name`.

    '成都中科奥格生物科技有限公司' → '中科奥格' and '苏州康瑞健' → '康瑞健' when the
    article writes the short form on its own.
    """
    if not _LEGAL_END.search(name):
        rest = _PLACE_HEAD.sub("", name)
        # 苏州康瑞健 → 康瑞健: a place in front of a brand says where it is, not who it is
        return rest if len(rest) >= 3 and rest != name and not _TRADE_END.fullmatch(rest) else name
    core = legal_core(name)
    if core == name or len(core) < 2:
        return name
    for candidate in sorted(_trade_cuts(core), key=len, reverse=True):
        if len(candidate) >= 2 and text.count(candidate) > text.count(name):
            return _with_written_trade(candidate, name, text)
    return name


def _with_written_trade(short: str, legal: str, text: str) -> str:
    """博依特 → 博依特科技 when the article writes the short name (mostly) with the same business word."""
    alone = text.count(short) - text.count(legal) - text.count(short + "（") - text.count(short + "(")
    for word in TRADE_WORDS:
        if text.count(short + word) * 10 >= alone * 8 and text.count(short + word) >= 2:
            return short + word
    return short


def _trade_cuts(core: str) -> set[str]:
    """`core` and every shorter form left when business words are cut from its end."""
    cuts, todo = {core}, [core]
    while todo:
        name = todo.pop()
        for word in TRADE_WORDS:
            if name.endswith(word) and len(name) - len(word) >= 2 and name[: -len(word)] not in cuts:
                cuts.add(name[: -len(word)])
                todo.append(name[: -len(word)])
    return cuts


def _unique(aliases: list[str], name: str) -> list[str]:
    out = []
    for a in aliases:
        if a and a != name and a not in out:
            out.append(a)
    return out


def _segment(text: str) -> list[str]:
    """jieba words of `text`, loaded once on first use."""
    import jieba

    if not getattr(_segment, "ready", False):
        jieba.setLogLevel(60)
        jieba.initialize()
        _segment.ready = True
    return jieba.lcut(text, HMM=False)


def brand_in_text(name: str, text: str) -> str:
    """The short brand inside a long subject, when the article uses it on its own.

    '自营连锁互联网驾校派学车' → '派学车' when 派学车 stands alone elsewhere in
    `text`. The cut falls between jieba words after a Chinese character, and the
    part kept is never one ordinary word (伟景智能 does not become 智能).
    """
    if len(name) < 5 or not text or not re.match(r"[\u4e00-\u9fff]", name):
        return name
    words = _segment(name)
    cut = 0
    for i, word in enumerate(words[:-1]):
        cut += len(word)
        rest = name[cut:]
        if len(rest) < 2 or cut < 3 or not re.match(r"[\u4e00-\u9fff]", name[cut - 1]):
            continue
        if len(_segment(rest)) < 2 and re.match(r"[\u4e00-\u9fff]", rest):
            break  # an ordinary word: 科技, 教育
        if _ENDS_WITH_DESCRIPTOR.search(rest):
            continue  # 定制家居品牌 is a descriptor, not a brand
        standalone = text.count(rest) - text.count(word + rest)
        if standalone >= 2:
            return rest
    if _ENDS_WITH_DESCRIPTOR.search(name):
        # 木德木作定制家居品牌 → 木德木作 when the article uses it alone
        cut, found = 0, None
        for word in words[:-1]:
            cut += len(word)
            head, tail = name[:cut], name[cut:]
            if len(head) >= 2 and text.count(head) - text.count(name) >= 2 and not _DESCRIPTOR_TAIL.match(tail[:2]):
                found = head  # the longest such head: 木德木作, not 木德
        if found:
            return found
    return name


def _short_of(short: str, whole: str) -> bool:
    """`short` is `whole` or its first two characters or more: 华新 of 华新投资 (a headline and its body)."""
    return whole.startswith(short) and (len(short) >= 2 or short == whole)


def named_already(name: str, names: list[str]) -> bool:
    """True for a name of `names`, or the short or whole form of one."""
    return any(_short_of(name, n) or _short_of(n, name) for n in names)


def add_name(names: list[str], name: str) -> None:
    """Append `name` unless `names` holds it; its whole form replaces a short one held (华新 → 华新投资)."""
    for i, n in enumerate(names):
        if _short_of(name, n):
            return
        if _short_of(n, name):
            if not name[len(n):].lstrip().startswith(("（", "(")) and name[len(n):] != "公司":
                names[i] = name  # not a gloss in brackets: KIP韩投伙伴（Korea Investment Partners） stays KIP韩投伙伴;
                # nor 公司 alone: 中环协力跟投, then 本轮跟投的中环协力公司表示
            return
    names.append(name)


def split_names(span: str) -> list[str]:
    """Investor names from a list such as '高科新浚与泰越资本' or 'A、B和C等机构'.

    Names with parentheses (软银中国资本(SBCVC)) stay whole.
    """
    return list(_names_in(span))


@lru_cache(maxsize=65536)
def _names_in(span: str) -> tuple[str, ...]:
    executives = _EXECUTIVES_OF.search(span)
    if executives:  # …水滴公司以及美团点评、快手、土巴兔等众多知名互联网公司高管: people of those firms, unnamed
        span = span[: executives.start()]
    protected = _PAREN.sub(lambda m: m.group(0).replace("、", "\0").replace("和", "\1").replace("与", "\2"), span)
    names = []
    parts = [q for chunk in _NAME_SPLIT.split(protected) for p in _described_pair(_conjoined(chunk)) for q in _latin_names(p)]
    for part in parts:
        part = part.replace("\0", "、").replace("\1", "和").replace("\2", "与")
        name = clean_name(part)
        if name and name not in names:
            names.append(name)
    return tuple(names)


_EXECUTIVES_OF = re.compile(r"(?:^|以及|和|及)[^，。；以]*?等[^，。；、]{0,12}?(?:公司|企业|机构|平台)的?"
                            r"(?:高管|创始人|联合创始人|合伙人|CEO)们?$")


def _conjoined(chunk: str) -> list[str]:
    """`chunk` split at 和/与/及, unless they join the owners in a descriptor: 摩尔线程和昆仑芯的产业投资方上河动量基金."""
    if "的" in chunk and _OWNERS_DESCRIPTOR.match(chunk):
        return [chunk]
    pieces = _CONJUNCTION.split(chunk)
    if len(pieces) == 1:
        return pieces
    joined = [pieces[0]]
    for conjunction, piece in zip((m.group(0) for m in _CONJUNCTION.finditer(chunk)), pieces[1:]):
        if _REGISTERED_TAIL.match(piece) and is_legal_name(piece):
            joined[-1] += conjunction + piece  # 方正和生投资有限责任公司: 和 inside a registered name
        elif _ONE_CHARACTER_AFTER_KIND.search(joined[-1]) and conjunction == "和":
            joined[-1] += conjunction + piece  # …的领先投资机构通和毓承: 和 inside the name after what the firm is
        else:
            joined.append(piece)
    if _KIND_THEN_LATIN.fullmatch(joined[-1]) and all(_KIND_WORDS.fullmatch(p) and not _FIRM_END.search(p)
                                                      for p in joined[:-1]):
        return joined[-1:]  # 金融科技和保险科技风投基金Anthemis: what the firm does, then its name
    return joined


# A kind of firm right before its Latin name: 保险科技风投基金Anthemis, 风险投资公司 Insight Venture Partners
_KIND_THEN_LATIN = re.compile(r"[\u4e00-\u9fff]*?(?:风投|基金|投资公司|投资机构|公司)\s*(?=[A-Za-z0-9]*[A-Za-z]{2})[A-Za-z0-9][\w .&'-]+")
_KIND_WORDS = re.compile(r"[\u4e00-\u9fff]{0,10}" + alternation(FIRM_KIND_ENDINGS))


_ONE_CHARACTER_AFTER_KIND = re.compile(r"(?:投资机构|机构|投资方|公司|平台)[\u4e00-\u9fff]$")
# What follows 和 in a registered name that holds it: one character at most, then its trade (…和生投资有限责任公司)
_REGISTERED_TAIL = re.compile(r"^[\u4e00-\u9fff]?" + alternation(TRADE_WORDS + FIRM_ENDINGS))


def _described_pair(pieces: list[str]) -> list[str]:
    """`pieces` joined by 和/与 without those before a description: 全球消费电子与半导体万亿级巨头 describes one
    backer and names none, while 具有资深产业背景和金融行业经验的深圳前海睿泽… goes on to a name."""
    described = [i for i, p in enumerate(pieces) if i and _DESCRIPTION.search(p) and not clean_name(p)]
    return pieces[described[-1] + 1:] if described else pieces


_OWNERS_DESCRIPTOR = re.compile(r"[^的、，]{2,20}(?:和|与|及)[^的、，]{2,20}的[^的、，]{0,6}(?:投资方|投资平台|投资机构|战投)(?=[^的、，]{2,}$)")


# Fresco Capital Wavemaker Partners: two English names written one after the other.
_LATIN_RUN = re.compile(r"(?:(?<=\b" + r")|(?<=\b".join(LATIN_FIRM_ENDINGS) + r"))\s+(?=[A-Z])")
_LATIN_END = re.compile(r"\b" + alternation(LATIN_FIRM_ENDINGS) + r"$")


def _latin_names(part: str) -> list[str]:
    """English names run together, each ending in a firm word (Fresco Capital Wavemaker Partners); a name that
    goes on after its firm word (Tekne Capital Management, CLP Innovation Ventures Limited) stays whole."""
    if " " not in part:
        return [part]
    names: list[str] = []
    for piece in _LATIN_RUN.split(part):
        if names and (" " not in piece.strip() or not _LATIN_END.search(piece) or names[-1] in LATIN_FIRM_ENDINGS):
            names[-1] += " " + piece
        else:
            names.append(piece)
    return names


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """An investor name without the words around it (老股东, 等机构, 的)."""
    name = re.sub(r"^[^“”\"]{0,12}[“\"][^“”\"]{1,6}[”\"](?=[^“”\"]{2,}$)", "", name)  # 投资界的“大咖”红杉资本: a word in quotes said of it
    name = name.strip(" “”\"「」『』《》‘’:：")
    short = aliases_in(name, below_only=True)
    if short:
        return clean_name(short[0])  # 北京碧生源控股有限公司（以下简称“碧生源”）
    name = re.sub(r"^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=\S{2})", "", name)  # 2016年光速安振领投: the year of a listed round
    if name.startswith("某"):
        return ""  # 由著名天使薛蛮子和某雨伞上市公司老总个人出资: a backer not named
    # the owner before 旗下, but not one inside a gloss still open (赢知天泽基金（凤凰卫视旗下凤凰金融与…管理基金）)
    name = re.sub(r"^(?:[^（()）]|[（(][^（()）]*[）)]){1,20}?旗下(?:的)?(?=.{2})", "", name)
    name = re.sub(r"^(?:主要有|主要|包括|分别是|分别为)(?=.{2})", "", name)
    if re.fullmatch(r"[（(][^（）()]*[）)]?", name):
        return ""  # 本轮投资GV领投（Google Venture谷歌风投）: a gloss in brackets, no name of its own
    name = re.sub(r"^the\s+(?=[A-Z])|^投资(?=[A-Z])", "", name)  # the Merz Venture Initiative (not The Baupost Group); 本轮投资GV领投
    name = re.sub(r"(?<=\S{2})这些[^、，]{0,10}$", "", name)  # Entrepreneur First这些现有投资人亦有
    # 万豪投资、盛港投资两家机构共同参与投资, Pallasite Ventures和Hyde Park Angles两家风投
    name = re.sub(r"(?<=\S{2})[两二三四五六七八九十几数多\d]+家(?:风投|投资)?(?:机构|方|公司|基金)?$", "", name)
    name = re.sub(r"(?<=\S{2})在内的?$", "", name)  # 包括…FESCO外企资本在内的三家
    name = re.sub(r"(?<=\S{2})向(?:该公司|该企业|公司|其)$", "", name)  # Baloise Group向该公司追加投资了7500万欧元
    name = re.sub(r"(?<=[A-Za-z.])\s*公司$", "", name)  # Touchstone Innovations公司
    name = re.sub(r"(?<=\S{2})(?:领投|跟投|参投|合投|追投)$", "", name)  # 投资方为…朱拥华（个人）合投: the role said after the name
    person = _PERSONAL_FRAME.search(name) or _PERSON_AFTER_LATIN_FIRM.fullmatch(name)
    if person:
        # 天图资本李康力以个人名义跟投, 数字雕塑家袁启成个人领投: the person, not the firm or title before the name
        return clean_name(person.group("person"))
    name = _APPOSITION.sub("", name)
    name = _QUOTED_AFTER_DESCRIPTION.sub("", name)  # 本地一家…省级代理商“福建动感汽车销售服务有限公司”
    name = _LATIN_POSSESSIVE.sub("", name)
    name = _strip_noise(name)
    name = re.sub(r"(?<=[A-Za-z.])\s*公司$", "", name)  # Vertex Ventures公司也参与了…: 公司 once 也 is gone
    name = re.sub(r"^(?:主要有|主要是|主要由)(?=.{2})", "", name)  # 本轮融资主要有京东和…共同领投
    name = _strip_noise(_COUNTRY.sub("", _NAME_DESCRIPTOR.sub("", name)))
    name = _strip_gloss(name.strip(" “”\"「」『』《》‘’:：，,"))
    name = _LISTED_SHARE_MARK.sub("", _AFTER_FIRM.sub("", _VERB_AFTER_FIRM.sub("", name)))
    name = re.sub(r"^.{0,12}轮(?:融资|投资)?由(?=.{2})", "", name)  # B轮由小米战投 → 小米战投
    name = re.sub(r"(?<=.{2})(?:自|从)[^，。]{1,8}轮(?:起|开始|以来)?(?:连续|持续|继续)?$", "", name)  # 红杉中国自天使轮连续追加
    name = _COMES_BACK.sub("", name)
    if re.match(r"^[对向为]", name) or re.search(r"[A-Ha-h]\+*轮|天使轮|种子轮|为.{1,12}轮", name) \
            or re.fullmatch(r"(?:种子|天使)[+＋]*", name):
        return ""  # 对或然生物(…), 源码资本为奕信通A轮: an object or a round, not an investor
    name = re.sub(r"(?<=[A-Za-z])\s*[两三四五六几多]位[^、，]{0,16}$", "", name)  # Max Levchin两位PayPal创始人
    name = re.sub(r"^(?:方为|方是|方包括|方有|方分别为|方分别是|[^、，]{0,6}?还包括|[^、，]{0,6}?还有|包括)(?=\S{2})", "", name)  # 方为X, 公司还有X
    name = re.sub(r"(?<=\S{2})(?:获得|或已|或将|或)$", "", name)  # 连力资本获得新一轮…, 腾讯或已入局
    latin = re.fullmatch(r"[\u4e00-\u9fff]*?(?:风投|基金|伙伴|机构|投资方|资方|巨头|公司|集团|电商|创业家|企业家|投资人|创始人)\s*"
                         r"((?=[A-Za-z0-9]*[A-Za-z]{2})[A-Za-z0-9][\w .&'-]+)", name)
    if latin:
        name = latin.group(1)  # 德州本土风投Capital Factory → Capital Factory, 汽车供应公司 Denso → Denso
    category = _CATEGORY_HEAD.match(name)
    if category and _FIRM_END.search(name) and not _GENERIC_ONLY.fullmatch(name[category.end():]):
        name = name[category.end():].strip(" “”\"「」『』《》‘’")  # 投资方为政府基金雄岸基金: the kind of backer, then its name
    if not _is_name(name) or _TITLE_ALONE.search(name):
        return ""  # 创始人和医生团队跟投, PlayStation联合创始人: a person not named
    abbreviated = _ABBREVIATED.fullmatch(name)
    if abbreviated and "".join(w[0] for w in abbreviated.group("name").split()).upper() == abbreviated.group("abbr"):
        return abbreviated.group("name")  # Oxford Sciences Innovation（OSI）: the name and its initials
    spelled = _SPELLED_OUT.fullmatch(name)
    if spelled and "".join(w[0] for w in spelled.group("name").split() if w[0].isupper()) == spelled.group("abbr"):
        return spelled.group("abbr")  # IAG（Italian Angels for Growth）: the initials the article uses, then the name
    english = _ENGLISH_GLOSS.sub("", name)
    # 家得宝（Home Depot） → 家得宝, KIP韩投伙伴（Korea Investment Partners） → KIP韩投伙伴
    return english if english != name and _is_name(english) else name


_SPELLED_OUT = re.compile(r"(?P<abbr>[A-Z]{2,8})\s*[（(](?P<name>[A-Za-z][A-Za-z&'.-]*(?: [A-Za-z][A-Za-z&'.-]*)+)[）)]")
_ABBREVIATED = re.compile(r"(?P<name>[A-Za-z][A-Za-z&'.-]*(?: [A-Za-z][A-Za-z&'.-]*)+)\s*[（(](?P<abbr>[A-Z]{2,8})[）)]")
# 红杉中国再度加码: the backer's name ends where it comes back.
_COMES_BACK = re.compile("(?<=.{2})" + alternation(REINVEST_ADVERBS) + alternation(REINVEST_VERBS) + ".*$")


def _is_name(name: str) -> bool:
    return not (len(name) < 2 or _BAD_NAME.match(name) or len(name) > 40 or _GENERIC_ONLY.fullmatch(name)
                or name in PLACES  # 由北京、上海、广州…等地的体育产业公司参投: where the backers are, not who
                or _is_description(name) or _ROLE_ONLY.fullmatch(name) or _ADVERBS_ONLY.fullmatch(name)
                or is_amount(name))  # 获得摩拜单车的五百万投资: a sum is no backer


# 这两家机构均曾参与早期融资: a span of adverbs alone is no name.
_ADVERBS_ONLY = re.compile("(?:" + alternation(SUBJECT_ADVERBS + SUBJECT_TAIL_WORDS + INVESTOR_NAME_TAILS) + ")+")


# 中金资本融资额, 隆门资本持续三轮, 华安资产携保险资金: the name ends at its firm ending.
_AFTER_FIRM = re.compile("(?:" + "|".join(f"(?<={re.escape(w)})" for w in FIRM_ENDINGS) + ")(?=.)"
                         + alternation(AFTER_FIRM_WORDS) + ".*$")
# 晶泰控股-P, 优必选-W: the listing mark of a share class is no part of the name.
_LISTED_SHARE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])-(?:SW|WD|P|W|B|S|U)$")
_DESCRIPTION = re.compile(alternation(DESCRIPTION_WORDS) + r"|(?<=[\u4e00-\u9fff]{2})(?:为|曾|参|了)$|巨头$")
_FIRM_END = re.compile(alternation(FIRM_ENDINGS) + "$")
# 吸引了多家专业投资, 专注于医疗健康领域: words no name holds, or a verb with 了
_NEVER_IN_NAME = re.compile(alternation(NEVER_IN_INVESTOR_NAME) + r"|[\u4e00-\u9fff]了")


def _is_description(name: str) -> bool:
    """True for a phrase that describes rather than names: 研发投入, 刘松铭曾 (万融资本 ends like a firm, so it names)."""
    if _NEVER_IN_NAME.search(name):
        return True
    return bool(_DESCRIPTION.search(name)) and not _LEGAL_END.search(name) and not _FIRM_END.search(name)


_GENERIC_ONLY = re.compile("(?:" + alternation(GENERIC_INVESTOR_WORDS) + ")+")
_CATEGORY_HEAD = re.compile("(?:" + alternation(w for w in GENERIC_INVESTOR_WORDS if len(w) > 1) + "){2,}(?=.{2})")
_ROLE_ONLY = re.compile(alternation(LEAD_WORDS + FOLLOW_WORDS))  # 老股东超额跟投加注: a role word is no name
# 家得宝（Home Depot）, 永柏资本（PGA）, 百度风投(BV): an English name or abbreviation in brackets after the Chinese one
_ENGLISH_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][A-Za-z0-9.&'-]*(?:\s+[A-Za-z0-9.&'-]+)*[）)]$")
_GLOSS = re.compile(r"\s*[（(](?!有限合伙|普通合伙)(?=[^（）()]*[\u4e00-\u9fff])[^（）()]*(?:[）)]|$)$|\s*[（(][^（）()]*$")


def _strip_gloss(name: str) -> str:
    """'鲲鹏基金（大数据方向国家级基金）' → '鲲鹏基金' (an English gloss goes later: _ENGLISH_GLOSS)."""
    stripped = _GLOSS.sub("", name)
    return stripped if len(stripped) >= 2 else name


_TITLE_ALONE = re.compile(alternation(PERSON_TITLES) + "$")  # PlayStation联合创始人: a person given by a title
_PERSONAL_FRAME = re.compile(r"(?:" + alternation(FIRM_ENDINGS) + r"|家|合伙人|创始人|董事长|CEO)"
                             r"(?P<person>[\u4e00-\u9fff]{2,3})(?:个人|以个人名义|以个人身份)$")
# 硅谷Uphonest Capital郭威: a person named after the English firm they are of (not Sequoia Capital中国, a place)
_PERSON_AFTER_LATIN_FIRM = re.compile(r".{0,30}\b" + alternation(LATIN_FIRM_ENDINGS) + r"(?!" + alternation(PLACES)
                                      + r"$)(?P<person>[\u4e00-\u9fff]{2,3})")
_NOISE_END = re.compile(r"继.{1,8}后$|以个人名义$|以个人身份$|等(?:\d+[家位名个])?[\u4e00-\u9fa5]{0,8}$|等(?:多家|众多|数家|一批|其他|知名).*$")


# 一支美元基金——平安全球领航基金: a description, a dash, and the name it describes.
_QUOTED_AFTER_DESCRIPTION = re.compile(r"^[^“”\"]{2,40}[“\"](?=[^“”\"]{2,}[”\"]?$)")
_APPOSITION = re.compile(r"^[^—]{2,20}——(?=[^—]{2,})")
# Singapore’s Jungle Ventures: the English place before a name is no part of it.
_LATIN_POSSESSIVE = re.compile(r"^(?:Singapore|China|India|Japan|Korea|Israel|Germany|France|Britain|Europe|Asia|America|"
                               r"Indonesia|Vietnam|Canada|Australia)[’']s\s+(?=[A-Z])")
# 投资方为银杏谷资本、齐一创投和多牛资本投资: the verb that closes the list after the last firm.
_VERB_AFTER_FIRM = re.compile(r"(?<=.{2}(?:资本|创投|基金))投资$")
# 以及九合创投, 以及杭州美望投资: the conjunction that joins the last name of a list.
_LIST_JOIN_HEAD = re.compile(r"^(?:以及|还有)(?=.{2})")


def _strip_noise(name: str) -> str:
    for _ in range(3):
        before = name
        name = _NOISE_END.sub("", _NOISE_END.sub("", name))
        name = _NAME_NOISE_HEAD.sub("", _LIST_JOIN_HEAD.sub("", name)).strip()
        name = _NAME_NOISE_TAIL.sub("", name).strip()
        if name == before:
            break
    return name
