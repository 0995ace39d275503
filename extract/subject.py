"""The subject of a deal: which company a deal clause is about."""
from __future__ import annotations

import re

from extract import parties
from extract.amounts import find_amounts
from extract.rounds import find_rounds, is_round_only
from extract.rules import (
    DEAL_VERB, DESCRIPTOR_OPENERS, DESCRIPTOR_TAILS, INCLUDED_BACKER_NOUNS, INCLUDED_BACKER_QUALIFIERS, NOT_A_NAME_OPENERS,
    NOT_A_NAME_WORDS, PERSON_TITLES, PLACES, PLAN_RE, PREDICATE_HEADS, PRONOUN, PRONOUNS, ROLE_RE, SECTOR_TAILS, SUBJECT_BREAKS,
    SUBJECT_CONNECTIVES, SUBJECT_TAIL_WORDS, TIME_SPAN_ENDINGS, TIME_SPAN_OPENERS, TIME_UNITS, alternation,
)


# 法国创企Feed从Alven和Otium Brands那里筹集了1740万美元融资: the backers the money came from;
# Petcube刚刚从包括YCombinator和Almaz Capital在内的投资者中融资1000万美元: the backers a list includes
FROM_BACKERS = re.compile(r"从(?:(?P<names>[^，。；的从]{2,80}?)(?:那里|那儿|处|手中)|包括(?P<included>[^，。；从]{2,80}?)在内的"
                           + alternation(INCLUDED_BACKER_QUALIFIERS) + "?" + alternation(INCLUDED_BACKER_NOUNS)
                           + r"(?:那里|那儿|处|手中|中))$")


def _invested_in(after: str) -> str | None:
    """The company after 对 in 完成对或然生物的战略投资 or 完成了对当红齐天及SoReal品牌数千万元天使轮投资: up to 的, or
    to the amount or round that follows the name."""
    m = re.match(r"了?对", after)
    if not m:
        return None
    clause = re.split(r"[，。；]", after[m.end():], maxsplit=1)[0]
    stops = [clause.find("的")] + [a[0] for a in find_amounts(clause)] + [r[0] for r in find_rounds(clause)]
    end = min((at for at in stops if at >= 2), default=-1)
    return clause[:end] if 2 <= end <= 30 else None


def company_at(sentence: str, clause_start: int, verb: re.Match) -> tuple[str | None, list[str], list[str]]:
    """(company, aliases, investors named as subject) for the deal at `verb`."""
    after = sentence[verb.end():]
    invested_in = _invested_in(after) if verb.group(0).endswith(("完成", "完成了")) else None
    subject = sentence[clause_start: verb.start()]
    source = FROM_BACKERS.search(subject) if "从" in subject else None
    if source and source.start() >= 2:
        subject = subject[:source.start()]  # Petcube刚刚从包括…在内的投资者处获得…: the backers are no part of the name
    if invested_in:
        company, aliases = parties.company_from_subject(invested_in)
        return company, aliases, parties.split_names(parties.strip_lead_in(subject))
    helped = _HELPED.match(subject)
    if helped:  # 腾讯联合高瓴、复星医药及红杉中国，助力微医完成C轮近4亿美元融资: the backers, then the company they help
        company, aliases = parties.company_from_subject(helped.group("company"))
        backers = helped.group("backers") or re.split(r"[，,]", sentence[:clause_start].rstrip("，,"))[-1]
        if company and plausible_company(company) and not ROLE_RE.search(backers):
            return company, aliases, parties.split_names(parties.strip_lead_in(re.sub(r"联合|携手|共同", "、", backers)))
    company, aliases = parties.company_from_subject(subject)
    if _DESCRIBED_PRONOUN.match(subject.strip()):
        return "", [], []  # 这家位于奥克兰的初创公司完成…: the company named before, described again
    if company and is_round_only(_ROUND_FINANCING.sub("", company)):
        # 天使轮获得李治国百万人民币投资: a round of the company named before, or of the one that announces it
        # in the clause before (灵雀云今日宣布，B轮融资阶段性完成)
        announced = _ANNOUNCES.search(sentence[:clause_start].rstrip("，,"))
        company, aliases = parties.company_from_subject(announced.group("who")) if announced else ("", [])
        if not company or PRONOUN.match(company) or not plausible_company(company):
            return "", [], []
        return company, aliases, []
    if company and is_predicate(company) or re.match(r"\s*(?:通过|凭借|借助)", subject):
        company, aliases = "", []  # 截至2022年9月完成G轮融资后: a time or a deed; 通过…的方式获得了: a means, not a name
    if not company:
        relative = _RELATIVE_COMPANY.match(after)
        if relative:  # 近期刚完成千万级天使+轮融资的湖南炎和科技有限责任公司，宣布…
            company, aliases = parties.company_from_subject(relative.group("company"))
            if company and plausible_company(company) and not PRONOUN.match(company) \
                    and not DEAL_VERB.search(relative.group("company")):  # 曾获百度投资的房司令完成…: a subject, not a name
                return company, aliases, []
            company, aliases = "", []
    pronoun = bool(company) and bool(PRONOUN.match(company))
    if pronoun:
        company = ""
    if not company and _OPENS_WITH_PRONOUN.match(sentence):
        return "", aliases, []  # 该平台以…为蓝本，正在进行…的研发，并已获得…投资: the company named before
    if not company:
        # "X，一家做Y的公司，近日完成…" / "X宣布，公司完成…": the subject is an earlier clause.
        head = sentence[:clause_start].rstrip("，,")
        for clause in reversed(re.split(r"[，,]", head)):
            counted = DEAL_VERB.search(clause)
            if counted:  # xAI现已完成多轮融资，去年5月获60亿美元B轮融资: the subject of the clause before
                if PLAN_RE.search(clause):
                    return None, [], []  # 天使+++轮融资接近完成，获得…的支持: the plan goes on
                company, aliases = parties.company_from_subject(re.sub(r"(?:现已|现|已经|已)$", "", clause[: counted.start()]))
                if company and (PRONOUN.match(company) or not plausible_company(company) or re.search(r"融资|轮", company)):
                    company, aliases = "", []
                break
            source = re.search(r"从(?P<source>.{2,40}?)(?:方面|处)?(?:了解到|了解获悉|获悉|获知|得知)", clause)
            if source:  # 今日从具身大模型公司自变量机器人了解到，公司近期完成…
                company, aliases = parties.company_from_subject(source.group("source"))
                if company:
                    break
            if _CONNECTIVE_ONLY.fullmatch(clause.strip()):
                continue  # 因此，此次获得亿元融资的眼神科技…: a connective, no subject
            officer = _OFFICER_SAYS.match(clause)
            if officer:  # 据南泥湾CEO李金舫透露，团队已获得…: the company whose officer tells it
                company, aliases = parties.company_from_subject(officer.group("who"))
                if company and plausible_company(company) and not PRONOUN.match(company):
                    break
                company, aliases = "", []
            if re.search(r"获悉|消息|报道|日电|讯|(?<![根数依证占凭])据|投资方|资方|投资人|了解到|显示|表明|正筹备|筹备", clause) \
                    or ROLE_RE.search(clause) and not _FOUNDED.search(clause) \
                    or _ADVERBIAL_OPENING.match(clause):  # …于2020年9月牵头成立: founded, no role
                continue  # Kolmostar成立于2016年，在北京和硅谷设有研发中心，曾获得…: a place clause, the subject before it
            # “无染”（wuro）首次融资，获得1200万人民币的天使轮融资: the clause names the company, then says it raises
            clause = re.sub(r"(?:首次|再次|又一次|第[一二三四五六七八九十\d]+次)(?:融资|获投)$", "", clause)
            # 艺朝艺夕教育集团再次宣布融资信息，已于10月完成…: the company that tells the news, then the deal
            clause = _ANNOUNCES_NEWS.sub("", clause)
            company, aliases = parties.company_from_subject(clause)
            if company and is_round_only(company):
                company, aliases = "", []  # …，以及众创空间“UFO”的天使投资，2016年8月，获得…: a round of the list before
                break
            if company and is_predicate(company):
                company, aliases = "", []  # 2017年：推出健康管理服务包，完成C轮融资: what the company did
                continue
            if company:
                break
    if not company or PRONOUN.match(company):
        return "", aliases, []
    if not plausible_company(company) and not _quoted_name(company, subject):
        # 它已经获得…; 其主要是…的平台，一种新型的工具平台，近日，获…: the company named before
        return ("", [], []) if pronoun or _OPENS_WITH_ITS.match(sentence) else (None, [], [])
    return company, aliases, []


_ANNOUNCES = re.compile(r"(?:^|[，,])(?P<who>[^，,。；]{2,40}?)(?:宣布|对外宣布|表示|透露)$")
_ROUND_FINANCING = re.compile(r"(?<=轮)(?:融资|投资)?(?:已经|已|阶段性|正式|顺利|业已)*$")
_ANNOUNCES_NEWS = re.compile(r"(?<=.{2})(?:宣布|公布|发布|披露)了?(?:融资|投资)?(?:信息|消息)$")
# The deal phrase names the company after it: 完成A轮融资的还有深圳市光因科技有限公司.
# 已经完成2600万英镑的C轮融资的LoveCrafts: one 的 may stand between the amount and its round
_RELATIVE_COMPANY = re.compile(r"了?[^，。；的]{0,24}?(?:的[^，。；的]{1,12}?)?(?:融资|投资)的(?:还有|是|包括)?"
                               r"(?P<company>[^，。；、的]{2,30}?)(?=[，。；]|$)")
# Verbs a name never opens with: a subject that starts with one is a clause about the company
# (布局东南亚等海外市场，获19亿美元融资; 聚焦国产GPU产业，同年拿下天使轮融资; 离职创业;
# 加上去年8月获得的2亿美元D轮融资; 于当年11月底完成…种子轮融资).
_PREDICATE_HEAD = re.compile("^(?:" + alternation(PREDICATE_HEADS) + r"|于(?:当年|同年|次年|\d))")


_FOUNDED = re.compile(r"(?:牵头|主导|联合)(?:成立|创立|创办|发起)$")
_CONNECTIVE_ONLY = re.compile(alternation(SUBJECT_CONNECTIVES))
_OFFICER_SAYS = re.compile(r"^(?:【[^】]*】)?(?:据|根据)(?P<who>.{2,30}?" + alternation(PERSON_TITLES) + r".{0,8}?)(?:透露|表示|介绍)$")
# A clause of place or time (在北京和硅谷设有研发中心) is no subject; one opening a description (在线…) may be
_ADVERBIAL_OPENING = re.compile("^(?:在|于)" + "".join(f"(?!{w[1:]})" for w in DESCRIPTOR_OPENERS if w.startswith(("在", "于"))))
_HELPED = re.compile(r"^(?P<backers>[^，,。；【】]{2,40}?)?(?:助力|帮助|协助)(?P<company>[^，,。；的]{2,30})$")


def is_predicate(name: str) -> bool:
    """True for a subject that opens with a verb: a clause about the company, not its name."""
    return bool(_PREDICATE_HEAD.match(name))


# 由 opens a phrase of who did something (由红杉中国领投的…, 由三位博士创立, 由上海心动网络上线运营), or a short
# name (由你单车)
_AGENT_VERBS = r"(?:领投|投资|出资|注资|创立|创办|成立|发起|孵化|牵头|主导|参与|推出|开发|打造|研发|提供|联合|组建|控股|持有|收购|完成|获得)"
_NOT_A_NAME = re.compile(
    r"^[\d.]+\s*(?:万|亿|%|元|年|月|日|个|家|位|名)|^最高|"
    r"^(?:" + alternation(PLACES) + r")$|^(?!.*有限(?:责任)?公司$)(?:AI|L\d|IT)?[^A-Za-z]{2,12}(?:公司|企业|创企|平台)$|^[\d.]+$|"
    r"^" + alternation(w for w in NOT_A_NAME_OPENERS if w != "由") + r"|^由(?=.*?" + _AGENT_VERBS + r"|.{6})|[，。；、%]|\d+(?:\.\d+)?[万亿]|\d+家|" + alternation(NOT_A_NAME_WORDS)
    + r"|(?:融资|轮|轮中|的|是|之后|以后|后|期间|者中|会上)$|.{2}等[\u4e00-\u9fff]{0,4}$"  # Facebook，Siri，Alphago等早期
)


# A place, a trade and 公司: 美国AI人形机器人公司 says what the company is, not its name.
_DESCRIBED = re.compile(r"^" + alternation(PLACES) + r"(?!.*有限(?:责任)?公司$).{0,16}(?:公司|企业|创企)$")


# A span of time as the subject: 两个月已获约3亿元融资, 短短半年时间内完成三轮融资.
_TIME_SPAN = re.compile("^" + alternation(TIME_SPAN_OPENERS) + r"?[一二两三四五六七八九十百半几数\d]+(?:多)?个?" + alternation(TIME_UNITS)
                        + r"(?:多)?(?:时间)?" + alternation(TIME_SPAN_ENDINGS) + r"?$|^时间内$")


def _quoted_name(name: str, subject: str) -> bool:
    """社区无人便利公司“在楼下”: a name the text puts in quotes is a name, whatever word it opens with."""
    return any(f"{a}{name}{b}" in subject for a, b in ("“”", "「」", '""')) and 2 <= len(name) <= 16 \
        and not re.search(r"[，。；、%]|\d|融资$|轮$", name)


def plausible_company(name: str) -> bool:
    """False for subjects that are phrases, not names (从这家上市公司, 20.42万元受让陈伟持有)."""
    if is_predicate(name) or _DESCRIBED.match(name) or _TIME_SPAN.match(name):
        return False
    if len(name) < 2 or len(name) > 30 or (len(name) > 16 and not re.search(r"[A-Za-z]", name)):
        return False
    if name in DESCRIPTOR_TAILS or ROLE_RE.fullmatch(name):
        return False  # 美国初创企业的1300多轮融资 → 企业: what kind of company, not which; …领投的近亿元B轮融资 → 领投
    if name.endswith(SECTOR_TAILS):
        return False  # 共享雨伞行业获得的最大一笔融资: a sector
    return not _NOT_A_NAME.search(name)


# 美国加州初创公司Queue日前推出了…: a sentence that opens with a company, named right after what kind of company it is
_INTRODUCED = re.compile(r"^(?:[^，。；]{0,16}[，,])?[^，。；]{0,30}?(?<=[^，。；,\s])"
                         + alternation(w for w in DESCRIPTOR_TAILS if w.endswith(("公司", "企业", "创企", "商", "平台")))
                         + r"(?P<name>[“\"「]?[^，。；“”\"「」]{2,30}?[”\"」]?)(?=" + alternation(SUBJECT_TAIL_WORDS + SUBJECT_BREAKS) + ")")


PRONOUN_HEAD = re.compile(r"这家|该|此|那家|这一|这个")
_DESCRIBED_PRONOUN = re.compile(r"^(?:这家|该)[^，。；“”\"]{1,24}?(?:初创公司|创业公司|公司|企业|创企|初创)$")
_OPENS_WITH_ITS = re.compile(r"^其(?!他|它|中|余|实|次)")
_OPENS_WITH_PRONOUN = re.compile(alternation(p for p in PRONOUNS if p.startswith(("该", "这家")) and len(p) > 2))
# 公司首席执行官Steven Lam表示 (a person), 深鉴科技公司由四位…创立 (who founded it): no company introduced
_NOT_INTRODUCED = re.compile(alternation(PERSON_TITLES) + "|由[一二三四五六七八九十两几数多]")


# Knowunity是一个为年轻一代学生打造的数字学习平台: a sentence that opens with the name, then what it is
_INTRODUCED_FIRST = re.compile(r"^(?P<name>[A-Za-z\u4e00-\u9fff][^，。；“”\"]{1,29}?)(?:是一家|是一个)"
                               r"|^(?P<founded>[A-Za-z\u4e00-\u9fff][^，。；“”\"]{1,19}?)(?:成立于|创立于|创办于|创建于)\d{4}年")  # 轻松健康集团成立于2014年


# 正在研发一款名为“抓饭”的区块链内容平台: the product the sentence names
_NAMED_AS = re.compile(r"名为[“\"「](?P<name>[^”\"」，。；]{2,20})[”\"」]的")


def introduced_company(sentence: str) -> str:
    """The company a sentence opens with, named after what it is (or before 是一家); '' when it opens otherwise."""
    m = _INTRODUCED.match(sentence) or _INTRODUCED_FIRST.match(sentence) or _NAMED_AS.search(sentence)
    if not m or PRONOUN_HEAD.search(sentence, 0, m.start("name") if m.group("name") else m.start("founded")):
        return ""  # 这家数据中心运营商可能会…: a company named before, not introduced here
    name = m.group("name") or m.group("founded")
    company, _ = parties.company_from_subject(name)
    if not company or company not in name or PRONOUN.match(company) or not plausible_company(company) \
            or is_predicate(company) or _NOT_INTRODUCED.match(company):
        return ""
    return company

