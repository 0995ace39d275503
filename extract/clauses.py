"""Deal clauses: where a sentence states a deal, and the event each one gives.

A deal clause is a deal verb (完成, 获得, 获, 斩获 …) followed by a round or
融资/投资; its subject is the company and the roles after it name the
investors. Two other shapes carry no such verb: the investor as subject
('Coatue领投作业帮D轮融资') and the deal first ('Illumio融资1.25亿美元').
Every Event is built by `new_event`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract import parties
from extract.amounts import find_amounts, is_amount
from extract.model import Amount, Event, confidence
from extract.roles import Roles, between_investors, roles_in
from extract.rounds import find_rounds, is_round_only, is_unnamed, normalize_round
from extract.rules import (
    ACQUISITION_RE, AGAIN_ADVERBS, AGGREGATE_RE, CUE, DEAL_VERB, FUND_RE, MONEY_WORD, NOT_EQUITY_RE, PAST_RE, PLAN_RE, PRONOUN,
    FOLLOW_WORDS, LEAD_WORDS, RAISED_FUNDS, RAISED_FUNDS_VERBS, ROLE_RE, STATISTICS_RE, STRONG_ROLE_WORDS, TIME_AGO_RE,
)
from extract.subject import FROM_BACKERS, company_at, plausible_company
from extract.rules import (
    AMOUNT_NOUN_OPENERS, AMOUNT_NOUNS, BACKGROUND_OPENERS, DENIALS, EARLIER_SUM_OPENERS, LISTING_PLAN, MARKETS, NEGATIONS,
    MANY_DEALS_ADVERBS, PLANNED_MODALS, RAISING_VERBS, REPEAT_ADVERBS, RUMOUR_ENDERS, RUMOUR_SOURCES, alternation,
)

_CLAUSE_END = re.compile(r"[，,。；;！？!?：:]")
# A sentence that opens with 此前 / 此外，此前 tells the company's history: every round in it is background.
BACKGROUND_START = re.compile(
    r"^[（(]?(?:此外，|另外，|而)?" + alternation(BACKGROUND_OPENERS) + r"|^[^，。]{2,20}(?:之前|以前)，"  # （此前，…）
    r"|^(?:" + TIME_AGO_RE.pattern + r")[，,]")  # 八个月前，Meero筹集了1500万美元融资
# Who a sentence says the news came from, when that makes it a rumour: 多位知情人士对新浪科技透露.
_RUMOUR_SOURCE = re.compile(alternation(RUMOUR_SOURCES) + r"|接近[^，。；]{1,12}的人士")
_DATE = re.compile(r"(?:\d{4}年|去年|前年|今年)?\d{1,2}月(?:\d{1,2}日|初|中旬|底|末|份)?|\d{4}年(?:初|底|末|中)?")
_INVESTOR_SUBJECT = re.compile(
    r"(?P<names>[^，。；]{2,60}?)(?P<role>联合领投|共同领投|领投|独家投资|投资(?![人方者机]|基金|主体)|参投|参与)了?"
    r"(?:(?P<company>[^，。；的]{2,30})的(?P<rest>[^，。；]{0,20}?(?:融资|投资|轮(?=为|，|。|$)))"
    r"|(?P<company2>[^，。；的\d]{2,30}?)(?P<rest2>(?:(?:[\d.]+|[一二两三四五六七八九十百千数几近超逾约]+)[^，。；]{0,6}?[亿万]"
    r"[^，。；]{0,4}?)?(?:[A-H]|Pre|pre|天使|种子|新一轮|首轮|本轮)[^，。；]{0,16}?融资"
    r"|(?:[\d.]+|[一二两三四五六七八九十百千数几近超逾约]+)[^，。；]{0,6}?[亿万][^，。；]{0,4}?融资))"  # 红杉中国领投X10亿元融资
    r"|(?P<names2>[^，。；]{2,40}?)(?:向|对)(?P<company3>[^，。；的]{2,20}?)(?:进行|完成)?了?(?P<strategic3>战略)?(?P<rest3>投资|注资|增资)"
)



def events_in_sentence(sentence: str) -> list[Event]:
    """Events stated by one sentence (or title)."""
    if not CUE.search(sentence) or len(sentence) > 2000:
        return []
    anchors = [m for m in DEAL_VERB.finditer(sentence) if _is_deal(sentence, m)]
    events = []
    counted_only = None  # a deal that only counts rounds: no event, but the rounds told after it are its company's
    for i, verb in enumerate(anchors):
        scope_end = anchors[i + 1].start() if i + 1 < len(anchors) else len(sentence)
        clause_start = _clause_start(sentence, verb.start(), anchors[i - 1].end() if i else 0)
        dated = _DATED_ITEM.search(sentence, clause_start, verb.start()) if i else None
        if dated and len(dated.group(0)) > 1:
            clause_start = dated.start() + 1  # …数百万天使轮融资、2016年3月获得…Pre-A轮融资: one more dated round, no new subject
        event = _event_at(sentence, clause_start, verb, scope_end)
        if event:
            if not event.company and (events or counted_only):
                before = events[-1] if events else counted_only
                event.company = before.company
                if before.kind == "past":
                    event.kind = "past"
            if counted_only is not None and event.company in ("", counted_only.company):
                event.kind = "past"  # 宋小菜已经获得了4轮融资，分别是：在2016年5月获得…: the rounds counted are its history
            counted = _COUNTED_LIST.match(sentence, verb.end(), scope_end) if event.kind == "past" and not event.round else None
            rounds = _counted_rounds(sentence[counted.end(): scope_end], event) if counted else []
            if rounds:
                events.extend(rounds)  # 曾在2016年获得过3轮融资，分别是X的1000万美元A轮融资，来自Y的…A+轮融资
                continue
            listed = _COUNTED_LIST.match(sentence, verb.end(), scope_end) if not event.round and not event.amount_text else None
            if listed and listed.group("how") in ("是", "为"):
                counted_only = event
                continue  # 乐信已完成5轮融资，分别是：(the list below): rounds counted, none of them this one
            earlier = events[-1] if events else None
            if earlier is not None and earlier.kind == event.kind == "current" and earlier.company == event.company \
                    and _AGAIN.search(sentence, max(clause_start, verb.start() - 4), verb.start()) \
                    and (earlier.round_norm, earlier.amount_text) != (event.round_norm, event.amount_text):
                earlier.kind = "past"  # 不久刚获得创隆投资Pre-A轮融资的迈迈车，近日又获得A轮2亿元融资: the first one came before
            events.append(event)
            if event.kind == "past" and event.round:
                events.extend(listed_after(sentence[verb.end(): scope_end], event))
            elif event.round and "、" in sentence[verb.end(): scope_end]:
                events.extend(listed_in_clause(sentence[verb.end(): scope_end], event))
    if not events and any(_not_equity_at(sentence, verb) for verb in anchors):
        return events  # 并获得了1000倍的投资回报: no other reading makes it a round
    if not events:
        events.extend(_investor_subject_events(sentence))
    if not events and "战略投资" in sentence:
        events.extend(_strategic_investment_events(sentence))
    if not events:
        events.extend(_deal_first_events(sentence))
    return events


_AGAIN = re.compile(alternation(AGAIN_ADVERBS) + r"(?:宣布)?$")
_DATED_ITEM = re.compile(r"、(?:在|于)?(?:\d{4}年|当年|同年|次年)?(?:\d{1,2}月份?)?(?:\d{1,2}日)?(?:又|再)?$")
# One more round of a background list, with no verb of its own: …，海尔赛富基金领投的6000万A轮融资; 及由广东文投领投的1000万天使轮融资.
_LISTED_ROUND = re.compile(r"(?:及|以及|和)?(?P<item>[^，,。；;]{0,60}?(?:轮|[Pp]re-?[A-H]|天使|种子)(?:融资|投资))$")


# One more round after 、 in the same clause, the amount after the round: …的天使投资、红杉资本A轮千万级投资.
_LISTED_ROUND_AFTER_COMMA = re.compile(r"(?P<item>[^、，,。；;]{0,30}?(?:轮|天使|种子)[^、，,。；;轮]{0,10}?(?:融资|投资))")


def listed_after(scope: str, event: Event) -> list[Event]:
    """The rounds that a background clause lists after its first one, each a clause of its own (from the second on),
    and those after 、 in its own clause."""
    pieces = re.split(r"[，,；;]", _clause_to_end(scope))
    return listed_in_clause(scope, event) + _listed_rounds(pieces[1:], _LISTED_ROUND, event)


# What joins the rounds of a list: 、, or 和 / 及 after a round (金沙江2500万元的A轮融资和赛马资本的天使轮融资)
_LIST_JOINT = re.compile(r"、|(?<=融资|投资)(?:以及|和|及)(?=[^，。；]{2,30}?(?:轮|天使|种子)(?:融资|投资))")


def listed_in_clause(scope: str, event: Event) -> list[Event]:
    """Rounds after 、 in the deal's own clause, each with its own backer and a round other than the deal's:
    获云天使基金的天使投资、红杉资本A轮千万级投资."""
    first = re.split(r"[，,；;。！？!?]", scope, maxsplit=1)[0]
    pieces = []  # (piece, where its round starts)
    for piece in _LIST_JOINT.split(first)[1:]:
        rounds = find_rounds(piece)
        if rounds and rounds[0][0] >= 2 and all(normalize_round(r[2]) != event.round_norm for r in rounds):
            pieces.append((piece, rounds[0][0]))
    found = _listed_rounds([p for p, _ in pieces], _LISTED_ROUND_AFTER_COMMA, event) if pieces else []
    for (piece, at), listed in zip(pieces, found):
        if not listed.lead_investors and not listed.investors:  # the names before the round are its backers
            backers = re.sub(r"^(?:以及|及|和|由)|(?:等)?(?:投资|领投)?的?$", "", piece[:at])
            roles = Roles().with_sole(parties.split_names(backers))
            listed.lead_investors, listed.lead_basis, listed.investors = roles.leads, roles.basis, roles.others
    return found


def _listed_rounds(pieces: list[str], item: re.Pattern, event: Event) -> list[Event]:
    """A background round of `event`'s company for each clause that is a round (`item`), up to the first that is not."""
    found = []
    for piece in pieces:
        m = item.fullmatch(piece.strip())
        rounds = find_rounds(m.group("item")) if m else []
        if not rounds or is_unnamed(rounds[0][2]) or DEAL_VERB.search(piece):
            break
        found.append(new_event(event.company, list(event.company_aliases), rounds[0][2], deal_amount(m.group("item")),
                               _listed_roles(m.group("item")), event.evidence, "past", event.event_date))
    return found


_FROM_NAMED = re.compile(r"来自(?P<names>[^，。；的]{2,60})的")


def _listed_roles(item: str) -> Roles:
    """The backers of one listed round: its roles, or those it came from (2016年1月来自IDG资本、普华资本、元璟资本的…A轮融资)."""
    source = _FROM_NAMED.search(item) if "来自" in item else None
    return roles_in(item).with_sole(parties.split_names(source.group("names")) if source else [])


# A sentence that is one more round of a history told just before, with no verb of its own:
# …曾获得过来自金沙江创投和滴滴天使投资人王刚的A轮融资。由IDG资本领投，真格基金、清流资本、金沙江创投跟投的A+轮融资。
_ROUND_ITEM_SENTENCE = re.compile(r"(?:及|以及|还有)?由[^。；！？!?]{2,100}?(?:领投|投资|跟投|参投)的[^，。；]{0,20}?"
                                  r"(?:轮|天使|种子)(?:融资|投资)?[。；;]?")


def listed_round_sentence(sentence: str, event: Event) -> list[Event]:
    """The round a verbless sentence adds to the history of `event` (see _ROUND_ITEM_SENTENCE), or none."""
    if not _ROUND_ITEM_SENTENCE.fullmatch(sentence.strip()) or DEAL_VERB.search(sentence):
        return []
    rounds = [r for r in find_rounds(sentence) if not is_unnamed(r[2])]
    if len(rounds) != 1 or normalize_round(rounds[0][2]) == event.round_norm:
        return []
    return [new_event(event.company, list(event.company_aliases), rounds[0][2], deal_amount(sentence), roles_in(sentence),
                      sentence, "past")]


# Rounds counted, then told one by one: 获得过3轮融资，分别是….
_COUNTED_LIST = re.compile(r"了?过?(?:\d+|[两二三四五六七八九十]+)轮(?:融资|投资)[，,:：]分别(?P<how>是|为|来自|获得)?[:：]?")
# …分别为：中金资本投资的天使轮，华睿资本和湖畔山南基金共同投资的千万级A轮融资: an item may end at its round
_COUNTED_ITEM = re.compile(r"(?:来自|及|以及|和)?(?P<item>[^，,。；;]{0,80}?(?:(?:轮|[Pp]re-?[A-H]|天使|种子)(?:融资|投资)|轮$))")


def _counted_rounds(scope: str, event: Event) -> list[Event]:
    """Each round of a counted list (…，分别是X的1000万美元A轮融资，来自Y的…A+轮融资): a background round of its own."""
    return _listed_rounds(re.split(r"[，,；;]", _clause_to_end(scope)), _COUNTED_ITEM, event)


def _clause_to_end(scope: str) -> str:
    m = re.search(r"[。！？!?]", scope)
    return scope[: m.start()] if m else scope


# A deal verb denied: 星河科技并未获得…, 尚未完成B轮融资, 否认已完成新一轮融资.
_NEGATED = re.compile(alternation(NEGATIONS) + r"了?(?:已经|已|正式|成功|顺利|最终)?$")
# The report of a deal called false after it: …网传完成10亿元B轮融资消息不实 (not 打破了…的谣言: the deal ends a rumour).
_DENIED = re.compile(alternation(DENIALS))
_ENDS_RUMOUR = re.compile(alternation(RUMOUR_ENDERS))


def _denied_after(sentence: str, start: int) -> bool:
    """True when a clause from `start` on calls the report false (see _DENIED)."""
    for m in _DENIED.finditer(sentence, start):
        clause_start = max([start] + [sentence.rfind(c, start, m.start()) + 1 for c in "，。；"])
        if not _ENDS_RUMOUR.search(sentence, clause_start, m.start()):
            return True
    return False


def _is_deal(sentence: str, verb: re.Match) -> bool:
    """A deal verb followed in its clause (or its deal phrase) by a round or 融资/投资."""
    if _NEGATED.search(sentence, max(0, verb.start() - 8), verb.start()):
        return False
    phrase = _deal_phrase(sentence[verb.end():])
    clause = phrase or _clause(sentence, verb.end())
    m = MONEY_WORD.search(clause)
    if not m and verb.group(0).removeprefix("宣布") in RAISED_FUNDS_VERBS:
        m = RAISED_FUNDS.match(clause)  # 该公司宣布已成功筹集1260万美元的资金
    if not m and "资金" in clause:
        m = _LED_FUNDS.match(clause)  # 获得由摩根大通资产管理公司（J.P.Morgan Asset Management）领投的1.25亿美元资金
    if not m and verb.group(0) == "完成" and _ROUND_THEN_DONE.search(sentence, max(0, verb.start() - 20), verb.start()) \
            and re.match(r"\s*(?:[，,。；;！!]|$)", sentence[verb.end():]):
        return True  # 灵雀云今日宣布，B轮融资阶段性完成，此轮融资由腾讯云领投: the round, then the verb that ends its clause
    if not m and not (find_amounts(clause[:12]) and re.search(r"融资|轮", sentence[max(0, verb.start() - 12): verb.start()])):
        return False  # X在后期融资中筹集了2.5亿美元: the round is named before the verb
    if NOT_EQUITY_RE.search(clause):
        return False
    if _NEW_WAVE.search(clause) and MONEY_WORD.findall(clause) == ["轮"] and not find_amounts(clause):
        return False  # 正在迎来新一轮的科技革命和产业变革: a new wave of something, no round
    whole = phrase + sentence[verb.end() + len(phrase): verb.end() + len(phrase) + 2] if phrase else clause
    if _RANKED.search(whole) and not find_amounts(whole) and not find_rounds(whole):
        return False  # 获得了全行业最多的融资金额: a ranking, not a deal
    if _TIMES.search(sentence, max(0, verb.start() - 8), verb.start()):
        return False  # 连续三次获得云锋基金投资: several rounds counted, none stated
    if _MANY_DEALS.search(sentence, max(0, verb.start() - 4), verb.start()):
        return False  # AI芯片公司频频获得融资: many deals told at once, none stated
    if verb.group(0).endswith("获") and _RECEIVED_AMOUNT.match(sentence, verb.end()):
        return False  # 单笔获投金额超过1亿元的企业共119家: 获投金额 is the sum received, a noun
    if "%" in _clause(sentence, verb.end()) and not find_rounds(clause):
        return False  # 占第三产业完成投资的33.1%: a share of a sum, no deal
    if _INVESTED.match(clause) or verb.group(0).endswith("完成") and _INVESTED_SUM.match(sentence, verb.end()):
        return False  # 英伟达…完成了一笔大额投资: the subject is the investor
    if verb.group(0).endswith("完成") and _SPENT.search(sentence, max(0, verb.start() - 3), verb.start()) \
            and find_amounts(sentence[verb.end(): verb.end() + 12]) and not find_rounds(clause):
        return False  # 其中第三产业投资完成119.90亿元: money spent, as 完成投资39.66亿元 is
    if re.match(r"了?(?:本轮|此轮|本次)?投资(?:[，,。；;！!]|$)", sentence[verb.end():]) \
            and _BY_BEFORE.search(sentence, 0, verb.start()):
        return False  # 由戈壁创投和银杏谷资本共同完成投资: who invested in the deal told before
    if verb.group(0).endswith("完成") and re.match(r"了?(?:联合领投|共同领投|领投|独家投资|参投)", sentence[verb.end():]):
        return False  # 凯辉基金今日宣布完成领投纵腾集团B轮…融资: the subject is the backer
    if re.match(r"了?(?:其中|大多数|大部分|部分|多数)", clause) \
            or re.match(r"(?:了?(?:本轮|此轮|本次|此次|该轮|这轮)?(?:融资|投资))?(?:之后|以后|后|前)", sentence[verb.end():]):
        return False  # 收购完成后, 完成融资后: a time clause, not a deal
    counted = re.match(r"(?:了)?(?:\d+|[二两三四五六七八九十多数几]+)(?P<unit>项|个|次|家|位|笔|轮)", clause)
    if counted and counted.group("unit") == "轮" and _COUNTED_LIST.match(sentence, verb.end()):
        return True  # 公司曾获得4轮融资，分别为：…: the rounds are told one by one
    if counted and counted.group("unit") in "家位" and re.match(r"[^，。；]{0,8}?(?:联合|共同)?(?:投资|领投|参投|注资)的",
                                                              clause[counted.end():]):
        return True  # 宣布获得多家机构投资的1000万元Pre-A轮融资: the backers counted, one round
    backers = _COUNTED_BACKERS.match(clause, counted.end()) if counted and counted.group("unit") in "家位" else None
    if backers and (find_amounts(clause[backers.end(): backers.end() + 16]) or find_rounds(clause[backers.end():])):
        return True  # 获得多位业界高管的1250万人民币pre-A轮融资: the backers counted, then their round
    if counted and counted.group("unit") == "轮" and re.search(r"宣布(?:连续|接连|相继)$", sentence[max(0, verb.start() - 6): verb.start()]):
        return True  # 猿声科技宣布连续完成三轮融资，分别由…领投: the rounds announced together are the news
    return not counted


_TITLES_A_BACKER = re.compile(r"(?:融资|投资)?的?(?:领投方|跟投方|投资方|投资人|投资者|投资机构|老股东|股东)")
_COUNTED_BACKERS = re.compile(r"[^，。；的]{1,12}?的")
# Money a backer led, called 资金 (funds): 获得由摩根大通资产管理公司…领投的1.25亿美元资金
_LED_FUNDS = re.compile(r"了?由[^，。；]{2,80}?(?:领投|投资|注资)的" + RAISED_FUNDS.pattern.removeprefix("了?"))
_ROUND_THEN_DONE = re.compile(r"(?:^|[，,])(?:[A-Ha-h]\d?[+＋]*|[Pp]re-?[A-H][+＋]*|天使|种子)轮融资(?:已经|已|阶段性|正式|顺利)*$")
# A clause that opens with 由 and the names of who did it: 由戈壁创投和银杏谷资本共同完成投资.
_BY_BEFORE = re.compile(r"(?:^|[，,])由[^，,。；;]{2,60}$")
# The round a clause names before its verb: 在A轮融资中获得.
_ROUND_BEFORE = re.compile(r"在(?P<deal>[^，。；]{0,60}?(?:融资|轮))(?:中|里)")
# 此前 in what is announced now: 无问芯穹宣布此前已再获超7亿元融资 is this week's news.
# 宣布此前完成…: an earlier announcement; 猎云网此前报道的健康猫宣布完成…: an earlier report of the company
_EARLIER_SUM = re.compile(alternation(EARLIER_SUM_OPENERS))
# 宣布已经于去年底完成…, 宣布已于2017年2月完成…: the announcement is the news, whenever the round closed
_ANNOUNCED_EARLIER = re.compile(r"(?:宣布|披露|透露)(?:其|公司)?(?:此前|之前)|(?:此前|之前|曾经|曾)(?:报道|介绍|报导)(?:过)?的"
                                r"|(?:宣布|披露|透露)(?:其|公司)?(?:已经|已)(?:于|在)(?:去年|\d{4}年)")
_EQUITY_PART = re.compile(r"^[^。；]{0,40}?其中(?:包括|包含)?(?P<part>[^，。；]{2,24}?)股权融资")
_RANKED = re.compile(r"(?:融资|投资)(?:金额|额)")
# 英伟达…完成了一笔大额投资; 生产性服务业完成投资39.66亿元: the subject is the one investing
_INVESTED = re.compile(r"了?一笔[^，。；由]{0,6}投资")  # not 获得了一笔由鼎晖投资领投的…B轮融资
_SPENT = re.compile(r"(?<!轮)投资$")  # 项目投资完成220.53亿元 (not A轮投资完成)
# 新一轮 before anything but a round: 迎来新一轮的科技革命
_NEW_WAVE = re.compile(r"新一轮的?[^，,。；;！？!?\d]")
_INVESTED_SUM = re.compile(r"投资(?:额)?(?=[\d.]|约|近|超)")
_TIMES = re.compile(alternation(REPEAT_ADVERBS) + r"?[两二三四五六七八九十\d]+次$")
_MANY_DEALS = re.compile(alternation(MANY_DEALS_ADVERBS) + r"$")
_RECEIVED_AMOUNT = re.compile("投" + alternation(AMOUNT_NOUNS))
_DEAL_END = re.compile(r"(?:融资|投资|注资)(?![方人者机集公管基])")


@lru_cache(maxsize=65536)
def _deal_phrase(scope: str) -> str:
    """From the verb to the word that ends the deal (…的数千万人民币的Pre-A轮融资), across commas."""
    if scope[:1] in "，,。；;":
        return ""  # the verb ends its clause: 接近完成，…
    m = _DEAL_END.search(scope, 0, 90)
    if m and scope[m.end(): m.end() + 1] == "的":  # 由中职动力投资的200万人民币种子轮融资: the deal goes on
        further = _DEAL_END.search(scope, m.end(), 90)
        if further and not re.search(r"[。；;！？!?]|" + DEAL_VERB.pattern, scope[m.end(): further.start()]):
            m = further
    elif m and scope[m.start() - 2: m.start()] != "战略":
        m = _round_after_investor(scope, m)
    if not m or re.search(r"[。；;！？!?]|股份|股权|收购|认购|持有|控股", scope[: m.start()]):
        return ""
    return scope[: m.end()]


def _round_after_investor(scope: str, m: re.Match) -> re.Match:
    """获得崇德投资、分享阳光投资的2630万元pre-A轮融资: 投资 ends an investor's name when a named round follows in the clause
    (not the 投资 of a round: 获云天使基金的天使投资、红杉资本A轮千万级投资)."""
    if scope[:m.start()].endswith(("轮", "天使", "种子")):
        return m
    for further in _DEAL_END.finditer(scope, m.end(), 90):
        stretch = scope[m.end(): further.start()]
        if re.search(r"[，,。；;！？!?]|" + DEAL_VERB.pattern, stretch):
            return m
        rounds = [r for r in find_rounds(stretch + further.group(0)) if not is_unnamed(r[2])]
        if rounds and (rounds[-1][1] >= len(stretch) or is_amount(stretch[rounds[-1][1]:])):
            return further  # …思伟投资、IDG、江苏高科技投资集团的B轮2000万美元融资: the amount after the round
    return m


@lru_cache(maxsize=65536)
def _clause(sentence: str, start: int) -> str:
    m = _CLAUSE_END.search(sentence, start)
    return sentence[start: m.start() if m else len(sentence)]


def _clause_start(sentence: str, verb_start: int, floor: int) -> int:
    """Where the clause holding the verb starts; separators inside brackets do not count."""
    depth, cut = 0, -1
    for i in range(verb_start - 1, floor - 1, -1):
        c = sentence[i]
        if c in "）)】":
            depth += 1
        elif c in "（(【":
            depth = max(0, depth - 1)
        elif depth == 0 and c in "，,；;。：:":
            cut = i
            break
    return cut + 1 if cut >= 0 else floor


# 通过腾讯、Lemnos、CrunchFund和Maven完成了1000万美元A轮融资: the backers the company raised the round through
_THROUGH_BACKERS = re.compile(r"通过(?P<names>[^，。；的]{2,80}?)(?:的投资)?$")
_LED_BEFORE = re.compile(r"(?:(?P<phrase>由[^，。；由的]{2,120}?)|在(?P<framed>[^，。；由的]{2,60}?)|^(?P<bare>[^，。；由的在]{2,40}?))"
                         r"(?P<role>" + alternation(LEAD_WORDS + ("投资", "参投", "跟投")) + ")的")
# 由兴业银行领投，汉富、信金等知名投资机构跟投的天天拍车: the lead in the clause before that of the followers
_LED_CLAUSE_BEFORE = re.compile(r"(?:^|[，,])(?P<clause>由[^，。；由的]{2,60}?" + alternation(LEAD_WORDS) + r")[，,]$")


_OTHER_ROUND_BACKERS = re.compile(r"[，,；;](?P<round>(?:大天使|天使|种子|[Pp]re-?[A-H]|[A-H])[+＋]{0,2}\d?轮)(?:融资)?的?"
                                  r"(?:投资方|领投方|跟投方|投资人|投资机构)")
_NEXT_ROUND_CLAUSE = re.compile(r"[，,；;](?=(?:大天使|天使|种子|[Pp]re-?[A-H]|[A-H])[+＋]{0,2}\d?轮(?:融资|投资)?(?:由|获|则|为))")
_DEAL_AFTER_BACKERS = re.compile(r"[，,](?P<deal>[^，。；]{2,30}?(?:融资|投资))(?=[，。；！!]|$)")
_ROLES_THEN_DEAL = re.compile(r"[，,][^，。；]{2,40}?" + alternation(w for w in STRONG_ROLE_WORDS if w in FOLLOW_WORDS)
                              + r"[^，。；]{0,20}?(?:融资|投资)(?=[，。；]|$)")


# The clause before the deal verb's own: 在由X领投的B轮融资中，获得了…
_FRAME_BEFORE = re.compile(r"在由[^，。；]{2,60}?(?:领投|投资|参投)的[^，。；]{0,16}?(?:融资|轮)中[，,]\s*$")


def _with_source(roles: Roles, source: re.Match) -> Roles:
    """`roles`, or the backers the money came from (FROM_BACKERS) when they name none; a list a phrase
    includes (包括…在内的投资者) holds more backers than it names."""
    included = source.group("included")
    return roles.with_sole(parties.split_names(source.group("names") or included), more=included is not None)


def _in_relative_clause(sentence: str, clause_start: int, before: str, company: str) -> bool:
    """True when the sentence up to the name is one clause that ends in 的 before it and tells something past
    of its own: 薛蛮子曾站台的纸贵版权再获数千万元A轮融资. Its past words and openers are not the deal's."""
    relative = before.rfind("的" + company) if len(company) >= 2 else -1
    if relative < 0:
        return False
    described = sentence[: clause_start + relative]
    rest = before[relative + 1 + len(company):]
    opener = BACKGROUND_START.match(described)
    own = described[opener.end():] if opener else described  # an opener alone (此前…的X完成…) is the sentence's
    return not re.search(r"[，,；;：:。]", described) and bool(PAST_RE.search(own) or DEAL_VERB.search(own)) \
        and not PAST_RE.search(rest) and "曾" not in rest


def _told_now(sentence: str, clause_start: int) -> str:
    """The verb of telling that ends the clause before (…独家对猎云网披露，已于去年12月完成…), or ''."""
    told = re.search(r"(?:宣布|披露|透露)[，,]$", sentence[:clause_start])
    return told.group(0)[:-1] if told else ""


def _not_equity_at(sentence: str, verb: re.Match) -> bool:
    """True when the money the verb takes is no equity round: 获得了1000倍的投资回报, 获得5000万元贷款."""
    clause = _clause(sentence, verb.end())
    return bool(NOT_EQUITY_RE.search(clause)) and not re.search(r"股权融资|[A-H]\+*轮|天使轮", clause)


_STRATEGIC_PART = re.compile(r"(?:^|[、，,和及])(?P<names>[^、，,和及由]{2,30}?)战略投资的")


def _strategic_backers(clause: str, rounds) -> list[str]:
    """The backers whose part of a lettered round the clause calls 战略投资 (腾讯战略投资的…D轮融资), or none."""
    strategic = [r for r in rounds if normalize_round(r[2]) == "战略投资"]
    if not strategic or not any(r[0] > strategic[0][1] and normalize_round(r[2]) not in ("战略投资", "股权融资")
                                for r in rounds):
        return []
    m = _STRATEGIC_PART.search(clause, 0, strategic[0][1] + 1)
    if not m or m.end() - 1 != strategic[0][1] or not ROLE_RE.search(clause, 0, m.start("names")):
        return []
    return parties.split_names(m.group("names"))


# Companies counted, more than one: 27家涉及产业链上下游的企业 (not 一家名叫Globality的创企)
_COUNTED_COMPANIES = re.compile(r"(?:\d+|[两二三四五六七八九十百多数几]+)家[^，。；]{0,20}?(?:企业|公司|创企)")
_INVESTMENT_FIRM = re.compile(r"(?:风投|风险投资|创投|私募股权|投资)(?:公司|机构)[^，。；的]{2,20}$")


def _event_at(sentence: str, clause_start: int, verb: re.Match, scope_end: int) -> Event | None:
    before = sentence[clause_start: verb.start()]
    if _RUMOUR_SOURCE.search(sentence, 0, verb.start()):
        return None  # 记者从知情人士处获悉，玻色量子完成数亿元的Pre-IPO轮融资: a rumour, not a deal
    if _denied_after(sentence, verb.end()):
        return None  # …获得10亿元融资的消息被证实为谣言: a report called false
    if PLAN_RE.search(sentence[clause_start: verb.end()]) or AGGREGATE_RE.search(before) \
            or _COUNTED_COMPANIES.search(before) or _sums_rounds(_clause(sentence, verb.end())):
        return None  # _COUNTED_COMPANIES: 27家涉及产业链上下游的企业获投: statistics of many companies
    clause = _deal_phrase(sentence[verb.end(): scope_end]) or _clause(sentence, verb.end())
    if _not_equity_at(sentence, verb):
        return None
    if ACQUISITION_RE.search(sentence) and not re.search(r"融资|领投|跟投|[A-H]轮|天使轮", sentence):
        return None
    scope = sentence[verb.end(): scope_end]
    company, aliases, investor_subject = company_at(sentence, clause_start, verb)
    if company is None:
        return None
    own = _clause(sentence, verb.end())
    if ROLE_RE.search(own) and not find_rounds(own) and not deal_amount(own):
        more = _ROLES_THEN_DEAL.match(sentence, verb.end() + len(own))
        if more:  # 宣布完成远宁投资领投，有成创投跟投近亿元B轮融资: the roles, then the round they took
            clause = own + "，" + more.group(0)[list(ROLE_RE.finditer(more.group(0)))[-1].end():]
    elif re.fullmatch(r"由[^，。；]{2,40}?投资", own):
        more = _DEAL_AFTER_BACKERS.match(sentence, verb.end() + len(own))
        if more and (find_rounds(more.group("deal")) or deal_amount(more.group("deal"))):
            clause = own + "，" + more.group("deal")  # 完成由永洲资本投资，近千万元天使+轮融资: the backer, then the round
    rounds = find_rounds(clause)
    if len(rounds) > 1:  # …、A+轮投资方创丰资本联合投资数千万元B轮融资: a round that titles a backer is not the deal's
        rounds = [r for r in rounds if not _TITLES_A_BACKER.match(clause, r[1])] or rounds
    named_before = _ROUND_BEFORE.search(before)
    round_written = rounds[0][2] if rounds else None
    strategic_backers = _strategic_backers(clause, rounds)
    if strategic_backers:  # 由红杉资本领投、腾讯战略投资的两亿美金D轮融资: 战略投资 tells 腾讯's part, the round is D轮
        round_written = next(r[2] for r in rounds if normalize_round(r[2]) not in ("战略投资", "股权融资"))
    if not rounds and named_before and find_rounds(named_before.group("deal")):
        round_written = find_rounds(named_before.group("deal"))[0][2]  # 公司已在A轮融资中获得深创投及中科创星的投资
    elif not rounds and is_round_only(before):
        round_written = before.strip()  # …创办，天使轮获得李治国百万人民币投资: the clause opens with its round
    elif not rounds and verb.group(0) == "完成" and _ROUND_THEN_DONE.search(before):
        round_written = find_rounds(before)[0][2]  # B轮融资阶段性完成: the round the clause opens with (the pattern holds one)
    amount = deal_amount(clause)
    if not round_written and not amount and (not re.search(r"融资|投资(?!方|人|者|机构)|注资", clause)
                                             or verb.group(0) == "拿到了"):
        return None  # 运营模式获投资方认可: the backers' approval, no money; 拿到了 with no round or amount names no deal
    if amount is None:
        amount = later_amount(scope)
    equity = _EQUITY_PART.search(scope)
    if equity and deal_amount(equity.group("part")):
        # 完成超10亿人民币融资，其中包括约7.5亿人民币D轮股权融资及2.7亿人民币债权融资: the round is the equity part
        amount = deal_amount(equity.group("part"))
        part_rounds = find_rounds(equity.group("part"))
        round_written = part_rounds[0][2] if part_rounds else round_written
    next_round = _NEXT_ROUND_CLAUSE.search(scope)
    if next_round:  # 天使轮获得李治国百万人民币投资，大天使轮由苏州顺融投资…: the next clause is another round's
        scope = scope[: next_round.start()]
    titled = _OTHER_ROUND_BACKERS.search(scope)
    if titled and normalize_round(titled.group("round")) != normalize_round(round_written) \
            and not ROLE_RE.search(scope, titled.end()):
        # …获数千万元A轮融资，…，PreA轮的投资方包括华点投资和财通资本: the backers of an earlier round, who take no role in
        # this one (not A轮投资方香港第一东方投资集团…继续跟投)
        scope = scope[: titled.start()]
    roles = roles_in(scope)
    between, more = between_investors(clause, rounds, amount)
    if not roles.leads and not roles.others:
        roles = roles.with_sole(between, more)
    elif not roles.leads and between and all(n + "的" in clause for n in between):
        roles = roles.with_backers(between)  # 获得了蚂蚁金服的战略投资，光速中国…等其余老股东跟投
    if re.match(r"(?:本轮|此轮|本次|该轮)(?:融资|投资)?由", sentence) and clause_start:
        # 本轮融资由A、B联合投资，并获得C战略投资: the opening clause names this round's investors
        opening = roles_in(sentence[:clause_start])
        roles.leads += [n for n in opening.leads if n not in roles.leads]
        roles.others += [n for n in opening.others if n not in roles.leads + roles.others]
        roles.basis = roles.basis or opening.basis
        if normalize_round(round_written) == "战略投资":
            round_written = None  # …联合投资，并获得头部机器人本体企业战略投资: 战略 tells the investor, not the round
    led_before = _LED_BEFORE.search(before)
    framing = _FRAME_BEFORE.search(sentence, 0, clause_start) if not led_before and clause_start else None
    if framing and not rounds:  # …Embark Trucks，在由红杉资本领投的B轮融资中，获得了3000万美元的投资: the frame's round
        found_rounds = find_rounds(framing.group(0))
        round_written = found_rounds[0][2] if found_rounds else round_written
    if framing:
        led_before = _LED_BEFORE.search(framing.group(0))
    if led_before and (framing or company in before[led_before.end():]
                       or named_before and named_before.start() <= led_before.start()):
        # …在由Goldman Sachs Growth Equity领投的C轮融资中获得了3700万美元: the round's lead in the frame
        # 由锴明资本、好未来领投的轻轻家教完成5000万美元D轮融资: the backers in a clause before the name
        opening = roles_in((led_before.group("phrase") or led_before.group("framed") or led_before.group("bare"))
                           + led_before.group("role"))
        lead_clause = _LED_CLAUSE_BEFORE.search(sentence, 0, clause_start) if led_before.group("bare") else None
        if lead_clause and not opening.leads:
            opening.leads = roles_in(lead_clause.group("clause")).leads
        roles.leads += [n for n in opening.leads if n not in roles.leads]
        roles.others += [n for n in opening.others if n not in roles.leads + roles.others]
        roles.basis = roles.basis or opening.basis
    roles.others += [n for n in strategic_backers if n not in roles.leads + roles.others]
    through = _THROUGH_BACKERS.search(before)
    if through and not roles.leads and not roles.others \
            and not re.search(r"会|宣布|方式|形式|渠道|平台|交易|协议|计划", through.group("names")):
        # Marble刚刚通过腾讯、Lemnos、CrunchFund和Maven完成了…A轮融资 (not 通过发布会宣布已完成: a means)
        roles = roles.with_sole(parties.split_names(through.group("names")))
    source = FROM_BACKERS.search(before) if "从" in before and not roles.leads and not roles.others else None
    if source:
        roles = _with_source(roles, source)
    if investor_subject and (roles.leads or roles.others):
        roles.others = [n for n in investor_subject if n not in roles.leads] + roles.others
    elif investor_subject:
        roles = roles.with_sole(investor_subject)  # 晶泰控股-P宣布完成对或然生物的战略投资: the one backer named
    kind = "current"
    after_deal = sentence[verb.end() + len(clause):] if sentence.startswith(clause, verb.end()) else ""
    if re.match(r"(?:之后|以后|后)的[^，。；]{1,8}(?:内|里|间)", after_deal):
        kind = "past"  # Swiggy和Zomato在分别获得1亿美元和1.5亿美元融资之后的两个月内…: the deal dates a later time
    # not 薛蛮子曾站台的纸贵版权再获…: the past there is the clause's before the name
    elif not _in_relative_clause(sentence, clause_start, before, company) and (
            BACKGROUND_START.match(sentence) or _EARLIER_SUM.match(before)
            or PAST_RE.search(_ANNOUNCED_EARLIER.sub("", _told_now(sentence, clause_start) + before))
            or "曾" in sentence[max(clause_start, verb.start() - 3): verb.start()]):
        kind = "past"
    named_rounds = [r for r in rounds if not re.match(r"第|首|新|最新", r[2])]  # 完成了第一轮60亿美元的募资: a first close
    if not named_rounds and (FUND_RE.search(clause) or re.search(r"基金$|Fund$", company)
                             or _INVESTMENT_FIRM.search(sentence, 0, verb.start())):
        kind = "fund"  # 法国风险投资公司ISAI完成了1.75亿美元的融资: a venture firm raises a fund
    return new_event(company, aliases, round_written, amount, roles, sentence, kind, _event_date(sentence[:verb.start()]))


# 完成共计5亿人民币A1+A2轮融资, 完成总计1400万人民币Pre-A轮融资: the sum of one round's tranches, not of several deals
# 获得来自湖畔山南资本和…陆兆禧个人合计1600万元天使轮投资: the sum of its backers' parts
# 完成D3轮共计1.2亿美元融资: the sum after its round is that round's too
_ONE_ROUND_TOTAL = re.compile(r"(?:共计|总计|合计)(?P<sum>[^，。；]{1,20}?)的?(?=(?:[Pp]re-?)?[A-H]\d?(?:[+＋][A-H]?\d)?轮|天使轮|种子轮)"
                              r"|(?<=轮)(?:共计|总计|合计)(?P<after>[^，。；]{1,20}?)的?(?=融资|投资)")


def _sums_rounds(clause: str) -> bool:
    """True when the clause after the verb tells a total of several rounds or deals (累计, 共计…)."""
    if not AGGREGATE_RE.search(clause):
        return False
    total = _ONE_ROUND_TOTAL.search(clause)
    if not total or not find_amounts(total.group("sum") or total.group("after")) or len(AGGREGATE_RE.findall(clause)) > 1:
        return True
    rounds = {normalize_round(r[2]) for r in find_rounds(clause) if not is_unnamed(r[2])}
    return len(rounds) != 1 or any(r.startswith("other:") and re.search("和|及|与", r) for r in rounds)  # A轮和B轮


def new_event(company: str, aliases: list[str], round_written: str | None, amount: Amount | None, roles: Roles,
              evidence: str, kind: str, date: str | None = None) -> Event:
    """The one place an Event is built from what a clause states."""
    event = Event(
        company=company,
        company_aliases=aliases,
        round=round_written.strip() if round_written and not is_unnamed(round_written) else None,
        round_norm="股权融资" if is_unnamed(round_written) else normalize_round(round_written),
        amount_text=amount.text if amount else None,
        currency=amount.currency if amount else None,
        amount_low=amount.low if amount else None,
        amount_high=amount.high if amount else None,
        lead_investors=list(roles.leads),
        lead_basis=roles.basis if roles.leads else None,
        investors=[n for n in roles.others if n not in roles.leads],
        advisors=list(roles.advisors),
        event_date=date,
        evidence=evidence.strip(),
        kind=kind,
    )
    event.confidence = confidence(event)
    return event


def _event_date(before: str) -> str | None:
    """The last date written before the verb, unless it is a dateline (6月15日消息), the start of a
    span to now (从2016年6月到现在) or the founding date of the company named (成立于2017年5月的闪电配音)."""
    found = None
    for m in _DATE.finditer(before):
        if re.match(r"日?(?:消息|讯|电|晚间消息|早间消息|晨讯|晚讯)", before[m.end():]) \
                or before[m.start() - 1: m.start()] in ("从", "自") and re.match(r"(?:起|开始)?(?:到|至)(?:现在|今|目前)|以来", before[m.end():]) \
                or re.search(r"(?:成立|创立|创办|创建)于$", before[max(0, m.start() - 3): m.start()]) and before.startswith("的", m.end()):
            continue
        found = m.group(0)
    return found


@lru_cache(maxsize=65536)
def deal_amount(clause: str):
    """The first amount of `clause` that is money raised, not a valuation, revenue or size."""
    for start, end, amount in find_amounts(clause):
        if re.search(r"估值|市值|营收|收入|销售|GMV|用户|规模|利润|订单|产值|元/", clause[max(0, start - 6): start]):
            continue
        if re.match(r"\s*(?:的)?(?:投后|投前)?估值", clause[end:]):
            continue  # 已获1亿美元估值新融资: the number is the valuation
        return amount
    return None


_LATER_AMOUNT = re.compile(alternation(AMOUNT_NOUN_OPENERS) + "?" + alternation(AMOUNT_NOUNS)
                           + r"(?:为|达|达到|共|是|高达)?|" + alternation(RAISING_VERBS))


def later_amount(scope: str):
    """An amount stated after the deal clause: …，融资金额为1050万元; …，6个月募资5亿元;
    …，君联资本、SIG等投资机构共计投资1200万美元 (what the round's backers put in)."""
    for m in _LATER_AMOUNT.finditer(scope):
        after = scope[m.end(): m.end() + 16]
        found = find_amounts(after)
        if found and found[0][0] <= 4 and not re.search(r"累计|共计|总计|估值", scope[max(0, m.start() - 6): m.end()]) \
                and not re.search(r"估值|市值", after[: found[0][0]]):  # 完成了C+轮融资，估值5亿美元
            return deal_amount(after[found[0][0]:])
    put_in = _BACKERS_PUT_IN.search(scope)
    if put_in and not re.search(r"其中|此前|曾", put_in.group("names")):
        return deal_amount(scope[put_in.end(): put_in.end() + 16])
    return None


# The round's backers, then what they put in: …完成B轮融资，上文投独家战略投资4亿
_BACKERS_PUT_IN = re.compile(r"^[^，,。；]{0,12}?(?:融资|轮)[，,](?P<names>[^，,。；]{2,40}?)(?:独家|共计|共同|合计)?"
                             r"(?:战略投资|出资|注资|投资)了?(?=(?:约|近|超|逾)?[\d.]+\s*[万亿])")


_COUNTED_ROUNDS = re.compile(r"(?:\d+|[二两三四五六七八九十百千]+)多?(?:轮|笔)(?:融资|投资)")
_INVESTOR_SUBJECT_CUE = re.compile(r"(?:领投|投资|参投|参与)了?[^，。；]{2,30}?(?:融资|投资|的[^，。；]{0,12}轮为)"
                                   r"|(?:向|对)[^，。；]{2,20}?(?:投资|注资|增资)")


_OPENS_WITH_THIS_ROUNDS_BACKERS = re.compile(r"(?:本轮|此轮|本次|此次)(?:融资|投资)?由")


def _investor_subject_events(sentence: str) -> list[Event]:
    """'红杉资本领投了X的A轮融资': the investor is the subject."""
    if not _INVESTOR_SUBJECT_CUE.search(sentence):
        return []  # the full pattern is costly; most sentences cannot match it
    events = []
    for m in _INVESTOR_SUBJECT.finditer(sentence):
        names_group = "names" if m.group("names") else "names2"
        written_names = m.group(names_group)
        rest = m.group("rest") or m.group("rest2") or ""
        if m.group("rest3"):  # 招商局子公司向寒武纪投资4000万元人民币: the money follows the verb
            rest = m.group("rest3") + _clause(sentence, m.end())
        before = sentence[: m.start(names_group)]
        if PLAN_RE.search(written_names) or ACQUISITION_RE.search(sentence) \
                or NOT_EQUITY_RE.search(sentence, m.start(), m.end() + 2):  # …参与CDR试点的企业再融资规模最高可达600亿美元
            continue
        if m.group("rest3") and (PLAN_RE.search(sentence[: m.end()]) or NOT_EQUITY_RE.search(sentence)
                                 or re.search(r"股权|基金|份额|LP|合伙", m.group("company3"))
                                 or re.search(r"协议|合作|承诺|有意|持股|股比|股份|股权", sentence)):
            continue  # 将向OpenAI投资, 向扬州奇宏股权…出资: plans, fund commitments
        # 凯辉基金今日宣布完成领投…: the announcement after the backer's name
        written_names = re.sub(r"(?<=\S{2})(?:今日|近日|日前|今天)?(?:正式)?(?:宣布|表示)?(?:已经|已)?完成$", "", written_names)
        given = re.search(r"以(?P<amount>[^，。；]{2,12})$", written_names)  # 宁德时代以数亿元领投X
        if given and find_amounts(given.group("amount")):
            rest += given.group("amount")
            written_names = written_names[: given.start()]
        written_company = m.group("company") or m.group("company2") or m.group("company3")
        sums = find_amounts(written_company) if m.group("company") else []
        if sums and not written_company[sums[-1][1]:].strip():  # 领投东南亚出行公司Grab 20亿美元的融资: the sum, then 的
            rest = written_company[sums[-1][0]:] + "的" + rest
            written_company = written_company[: sums[-1][0]]
        company, aliases = parties.company_from_subject(written_company)
        names = parties.split_names(parties.strip_lead_in(written_names))
        if not company or not names or not plausible_company(company) or PRONOUN.match(company) \
                or re.search(r"\d", written_names):
            continue  # …均有意参与此次A轮融资: 此次 names no company
        if not (find_rounds(rest) or rest.endswith(("融资", "轮")) or m.group("rest3")):
            continue
        if _COUNTED_ROUNDS.search(rest) or AGGREGATE_RE.search(rest) or AGGREGATE_RE.search(before):
            continue  # 中国参与了美国初创企业的1300多轮融资, …由风险投资资助的创业公司共融资429亿美元,
            # 到目前为止，贾跃亭个人已对法乐第投资逾3亿美元: sums, no deal
        rounds = find_rounds(rest)
        # 共同投资深圳市钻盈互联网有限公司的天使轮为数百万元人民币: the amount after 为
        amount = deal_amount(rest) or (deal_amount(_clause(sentence, m.end() + 1)) if rest.endswith("轮")
                                       and sentence.startswith("为", m.end()) else None)
        if m.group("rest3") and not amount and not m.group("strategic3"):
            continue  # 美团对光轮智能进行了战略投资 is a deal; 对X投资 with no sum may be anything
        role = m.group("role") or ""
        written = rounds[0][2] if rounds else "战略投资" if m.group("strategic3") and m.group("rest3") == "投资" else None
        if "领投" in role or "独家" in role:
            roles = Roles(names, [], [], "explicit")
        elif "参投" in role or "参与" in role:
            roles = Roles([], names)  # 腾讯参投宜品生鲜B轮融资: one of several backers
        else:
            roles = Roles().with_sole(names)  # 薛蛮子投资“爱嗒礼”…: one backer named is the sole one
        later = roles_in(sentence[m.end():])  # …，高盛、春华资本等跟投
        roles.others += [n for n in later.others if n not in roles.leads + roles.others]
        roles.advisors += later.advisors
        if _OPENS_WITH_THIS_ROUNDS_BACKERS.match(sentence) and ROLE_RE.search(before):
            # 本轮融资由金浦投资领投，鼎晖投资跟投，…A轮投资方IDG资本、科沃斯机器人继续参与钛米本轮融资: the roles before
            earlier = roles_in(before)
            roles.leads = earlier.leads + [n for n in roles.leads if n not in earlier.leads]
            roles.others = [n for n in dict.fromkeys(earlier.others + roles.others) if n not in roles.leads]
            roles.basis = roles.basis or earlier.basis
        # 之前GFC还投资了Talentry的200万欧元种子轮融资: the time word opens the backers' clause
        # …，滴滴和软银等曾共同领投…: the time word between the backers and their role
        kind = "past" if PAST_RE.search(before) or PAST_RE.match(written_names) or PAST_RE.search(written_names[-3:]) \
            else "current"
        event = new_event(company, aliases, written, amount, roles, sentence, kind)
        events.append(event)
    return events


# 汽车之家战略投资天天拍车1亿美元, 欢聚时代2.72亿美元战略投资视频社交平台Bigo: the investor, the verb, the company
_AMOUNT_WORDS = r"(?:约|近|超|逾)?[\d.]+[^，。；]{0,3}?[亿万][^，。；]{0,3}?(?:元|美元|人民币|美金)?"
_STRATEGIC_INVESTOR_FIRST = re.compile(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日[，,])?"  # 2018年1月4日，中电健康基金以4亿元战略投资…医联: the date first
    rf"(?P<names>[^，。；：:]{{2,30}}?)(?:以)?(?P<amount>{_AMOUNT_WORDS})?战略投资(?!者|人|方|机构)了?(?P<company>[^，。；：:的]{{2,30}}?)"
    rf"(?P<amount2>{_AMOUNT_WORDS})?(?=[，,。；;！!？?\s]|$)")


_PLANNED_END = re.compile(alternation(PLANNED_MODALS) + "$")


def _strategic_investment_events(sentence: str) -> list[Event]:
    """'盈科资本战略投资创新药企嘉和生物': one named investor's strategic round in a company."""
    # 【中电健康基金】战略投资… (a headline's brackets become a comma)
    m = _STRATEGIC_INVESTOR_FIRST.match(re.sub(r"[【】]|，(?=战略投资)", "", sentence).strip())
    if not m or PLAN_RE.search(m.group("names")) or _PLANNED_END.search(m.group("names")) \
            or NOT_EQUITY_RE.search(sentence) or ACQUISITION_RE.search(sentence):
        return []  # 华侨城集团将战略投资同程旅游集团: a plan
    company, aliases = parties.company_from_subject(m.group("company"))
    names = parties.split_names(parties.strip_lead_in(m.group("names")))
    if not company or not names or not plausible_company(company) or re.search(r"协议|合作|基金|份额", m.group("company")) \
            or re.search(r"(?:后|之后|以后|时|以来)$", m.group("company")):
        return []  # 华侨城集团战略投资同程旅游后，…: a time clause
    amount = deal_amount(m.group("amount") or m.group("amount2") or "")
    roles = Roles(names, [], [], "sole") if len(names) == 1 else Roles([], names)
    kind = "past" if PAST_RE.search(sentence[: m.start("names") + 2]) else "current"
    return [new_event(company, aliases, "战略投资", amount, roles, sentence, kind)]


_DEAL_FIRST = re.compile(
    r"(?P<subject>[^，。；：:]{2,40}?)(?P<deal>(?:的)?(?:(?:新一?轮|首轮|[\d.]+|数|近|超|约|逾|过|上|[A-H]|[Pp]re|天使|种子|战略)"
    r"[^，。；：:的]{0,22}?)?(?:融资|投资))(?:已经|已|宣布|正式|顺利|均|近日|日前)*"
    r"(?:完成|落定|敲定)"
    r"|(?P<subject2>(?:[^，。；：:\s]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,80}?)(?:宣布|完成)?融资(?P<deal2>(?:超过|超|近|约|逾)?[\d.,]+\s*[万亿](?:元|美元|人民币|美金|欧元)?)"
)


_LISTED_NOW = re.compile(r"(?:(?:在|于|登陆)?" + alternation(MARKETS) + r")?(?:上市|IPO)$")
_DEAL_FIRST_CUE = re.compile(r"(?:融资|投资)[^，。；：:]{0,8}(?:完成|落定|敲定)|融资(?:超过|超|近|约|逾)?\d")


def _deal_first_events(sentence: str) -> list[Event]:
    """'拜腾5亿美元B轮融资宣布完成', 'Illumio融资1.25亿美元': the deal comes before the verb, or there is none."""
    if not _DEAL_FIRST_CUE.search(sentence):
        return []  # the full pattern is costly; most sentences cannot match it
    events = []
    for m in _DEAL_FIRST.finditer(sentence):
        subject = m.group("subject") or m.group("subject2")
        deal = m.group("deal") or m.group("deal2")
        if re.match(r"[A-Za-z0-9]{2}", sentence[max(0, m.start() - 1): m.start() + 1]):
            continue  # the subject starts inside a word: the clause is longer than a subject can be
        if re.search(r"(?:共|总|累计|共计|合计|基金)$", subject) or "基金" in deal:
            continue
        if PLAN_RE.search(sentence[: m.end()]) or AGGREGATE_RE.search(m.group(0)) or NOT_EQUITY_RE.search(m.group(0)) \
                or STATISTICS_RE.search(sentence):  # 其中第三产业投资完成119.90亿元，同比增长15.2%
            continue
        amounts = find_amounts(subject)
        if amounts:  # 拜腾5亿美元B轮融资: the amount sits in the subject
            deal = subject[amounts[0][0]:] + deal
            subject = subject[: amounts[0][0]]
        rounds = find_rounds(deal)
        amount = deal_amount(deal) or later_amount(sentence[m.end():])  # 融资落定，金额1亿元
        if not rounds and not amount:
            continue
        listed = _LISTED_NOW.search(subject)
        if listed:  # 网石游戏上市融资23亿美元: the money a listing raised
            subject = subject[: listed.start()]
        source = FROM_BACKERS.search(subject) if "从" in subject else None
        if source:  # Petcube刚刚从包括YCombinator和Almaz Capital在内的投资者中融资1000万美元
            subject = subject[: source.start()]
        company, aliases = parties.company_from_subject(subject)
        if not company or not plausible_company(company) or PRONOUN.match(company):
            continue
        written = "IPO" if listed and not rounds else rounds[0][2] if rounds else None
        kind = "past" if PAST_RE.search(sentence[: m.start("subject" if m.group("subject") else "subject2")]) else "current"
        roles = _with_source(roles_in(sentence[m.end():]), source) if source else roles_in(sentence[m.end():])
        event = new_event(company, aliases, written, amount, roles, sentence, kind)
        events.append(event)
    return events


_LISTING = re.compile(r"^(?P<subject>[^，,：:！!？?\s]{2,30}?)(?:今日|今晚|今天|正式|成功|首日)*(?:(?:在|于|登陆)?"
                      + alternation(MARKETS) + r"?(?:上市|IPO|挂牌|敲钟)|登陆" + alternation(MARKETS) + r")(?:首日|当日|当天)?(?=$|[：:，,！!\s])")
_LISTING_PLAN = re.compile(alternation(LISTING_PLAN))
_RAISED = re.compile(r"(?:募资|募集资金|筹资|集资)(?:约|总额|规模)?")


def listing_events(title: str, text: str) -> list[Event]:
    """'Sionna今晚上市：发行价18美元 募资1.9亿美元': a listing that happens now is the company's IPO."""
    m = _LISTING.match(title)
    if not m or _LISTING_PLAN.search(title[: m.end()]) or not re.search(r"今日|今晚|今天|正式|成功|首日|破发|大涨|收涨|募资|敲钟", title):
        return []
    company, aliases = parties.company_from_subject(re.sub(alternation(MARKETS) + "$", "", m.group("subject")))
    if not company or not plausible_company(company) or PRONOUN.match(company):
        return []
    amount = None
    for source in (text, title):
        raised = _RAISED.search(source)
        if raised:
            found = find_amounts(source[raised.end(): raised.end() + 16])
            if found and found[0][0] <= 2:
                amount = found[0][2]
                break
        named = _IPO_RAISED.search(source)
        if named:  # 此前完成750亿美元创纪录IPO融资
            found = find_amounts(source[max(0, named.start() - 16): named.start()])
            if found:
                amount = found[-1][2]
                break
    return [new_event(company, aliases, "IPO", amount, Roles(), title, "current")]


_IPO_RAISED = re.compile(r"(?<=[\u4e00-\u9fff\d])IPO(?:融资|募资)")
