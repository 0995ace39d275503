"""Financing events from an article's title and text.

Each sentence that carries a deal verb (完成, 获得, 获, 斩获 …) followed by a
round or 融资/投资 is read as: subject (the company) · verb · investors · amount ·
round, then the roles after it (由X领投, Y跟投, Z担任独家财务顾问). Events of
one company in one article are merged; when the title states a deal, other
companies' deals in the body are background (`kind: past`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from extract import parties
from extract.amounts import find_amounts
from extract.model import Event
from extract.rounds import find_rounds, normalize_round
from extract.rules import (
    ACQUISITION, ADVISOR_WORDS, AGGREGATE, DEAL_VERBS, FOLLOW_WORDS, FUND, LEAD_WORDS, NOT_AFTER_获, NOT_EQUITY, PAST,
    PLAN, alternation,
)
from extract.text import paragraphs, sentences

# No real article states more deals than this; the cap bounds the time a huge text takes.
MAX_DEAL_SENTENCES = 300

CUE = re.compile(r"融资|投资|领投|注资|轮")
DEAL_VERB = re.compile(r"(?:宣布)?" + alternation(DEAL_VERBS) + f"(?!(?<=获)[{NOT_AFTER_获}])")
MONEY_WORD = re.compile(r"融资|投资|注资|战略入股|轮")
_CLAUSE_END = re.compile(r"[，,。；;！？!?：:]")
_NOT_EQUITY = re.compile(alternation(NOT_EQUITY))
# A sentence that opens with 此前 / 此外，此前 tells the company's history: every round in it is background.
_BACKGROUND_START = re.compile(
    r"^(?:此外，|另外，|而)?(?:此前|之前|早前|先前|在此之前|此前的|过去|回顾)|^[^，。]{2,20}(?:之前|以前)，")
_ACQUISITION = re.compile(alternation(ACQUISITION))
_PLAN = re.compile(alternation(PLAN) + r"|将(?=宣布|完成|获|获得|进行|启动|于|以|在)")
_AGGREGATE = re.compile(alternation(AGGREGATE))
_PAST = re.compile(alternation(PAST))
_FUND = re.compile(alternation(FUND))
_LEAD = re.compile(alternation(LEAD_WORDS))
_FOLLOW = re.compile(alternation(FOLLOW_WORDS))
_ADVISOR = re.compile(alternation(ADVISOR_WORDS))
_ROLE = re.compile(f"(?P<lead>{_LEAD.pattern})|(?P<follow>{_FOLLOW.pattern})|(?P<advisor>{_ADVISOR.pattern})")
_LISTED_INVESTORS = re.compile(
    r"(?:本轮|此轮|本次|此次|该轮)?(?:融资|投资)?的?(?:投资方|投资人|投资机构|出资方|参与方|资方)(?:分别)?(?:为|是|包括|有|：|:)"
)
_BY_INVESTORS = re.compile(
    r"由(?P<names>[^，。；由]{2,80})(?:共同|联合|一起)?(?:投资|注资|出资|参与投资|提供)(?=[，。；,;]|的|$|\s)"
)
_NAME_BOUNDARY = re.compile(r"[，,。；;：:！!]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|获得|获|由|其中|本轮|此轮|本次|此次|同时|另外|此外|以及(?=老股东)")
_PRONOUNS = re.compile(r"^(?:该公司|公司|其|它|它们|后者|前者|该企业|企业|该平台|平台|该品牌|品牌|该项目|项目|他们|我们|这家公司|此次|本次|目前|今年|随后|后来|并|还)$")
_DATE = re.compile(r"(?:\d{4}年|去年|前年|今年)?\d{1,2}月(?:\d{1,2}日|初|中旬|底|末|份)?|\d{4}年(?:初|底|末|中)?")
_INVESTOR_SUBJECT = re.compile(
    r"(?P<names>[^，。；]{2,60}?)(?P<role>联合领投|共同领投|领投|独家投资|投资|参投)了?"
    r"(?P<company>[^，。；的]{2,30})的(?P<rest>[^，。；]{0,20}?(?:融资|投资))"
)


def extract_events(title: str, text: str, published: datetime | None = None) -> list[Event]:
    """All financing events the article states, current ones first."""
    title = (title or "").strip()
    full_text = f"{title}\n{text or ''}"
    body_events = _body_events(text or "")
    title_events = [e for e in _title_events(title) if not _planned_in_body(e, body_events, text or "")]
    events = _merge(title_events, body_events, published)
    if _RUMOUR_TITLE.match(title):
        events = [e for e in events if e.kind != "current"]  # 传摩拜单车完成新一笔8亿美元融资
    for event in events:
        brand = parties.brand_in_text(event.company, full_text)
        if brand != event.company:
            event.company_aliases = [event.company] + [a for a in event.company_aliases if a != event.company]
            event.company = brand
    return events


def _body_events(text: str) -> list[Event]:
    """Events sentence by sentence; 由X领投 in the next sentence joins the deal before it."""
    body_events: list[Event] = []
    deal_sentences = 0
    previous = None  # the last event that names its company
    for paragraph in paragraphs(text):
        last = None
        for sentence in sentences(paragraph):
            if deal_sentences >= MAX_DEAL_SENTENCES:
                return body_events
            found = events_in_sentence(sentence)
            deal_sentences += bool(found)
            body_events.extend(found)
            for event in found:
                if not event.company and previous is not None:
                    event.company = previous.company  # 公司 / 其 / 它: the company just named
                    if previous.kind == "past" and last is previous:
                        event.kind = "past"
                if event.company:
                    previous = event
            if found:
                last = found[-1]
            elif last is not None and _ROLE.search(sentence) and not _PAST.search(sentence[:6]):
                add_roles(last, sentence)
                last = None
    return body_events


_RUMOUR_TITLE = re.compile(r"(?:传|曝|网传|据传|消息称)")
_PLANNED = re.compile(r"(?P<subject>[^，。；,;]{2,40}?)(?:将以|将于|将在|将|拟|计划|有望|或将|即将)[^，。；]{0,30}?(?:完成|获得|获)")


def _planned_in_body(event: Event, body_events: list[Event], text: str) -> bool:
    """A headline deal that the body states only as a plan (Zoox将以…获得5亿美元的融资)."""
    if any(_same_company(event, e) for e in body_events):
        return False
    for m in _PLANNED.finditer(text):
        company, _ = parties.company_from_subject(m.group("subject"))
        if company and _same_company(event, Event(company=company)):
            return True
    return False


def _title_events(title: str) -> list[Event]:
    """Events in a headline; 【X获A轮融资】 and 【X】完成… count as clauses of it."""
    title = re.sub(r"【([^】]{1,40})】", r"\1，", title.strip())
    title = re.sub(r"^.{0,16}?[丨｜|│]\s*", "", title)
    return events_in_sentence(title)


def events_in_sentence(sentence: str) -> list[Event]:
    """Events stated by one sentence (or title)."""
    if not CUE.search(sentence) or len(sentence) > 2000:
        return []
    anchors = [m for m in DEAL_VERB.finditer(sentence) if _is_deal(sentence, m)]
    events = []
    for i, verb in enumerate(anchors):
        scope_end = anchors[i + 1].start() if i + 1 < len(anchors) else len(sentence)
        clause_start = _clause_start(sentence, verb.start(), anchors[i - 1].end() if i else 0)
        event = _event_at(sentence, clause_start, verb, scope_end)
        if event:
            if not event.company and events:
                event.company = events[-1].company
                if events[-1].kind == "past":
                    event.kind = "past"
            events.append(event)
    if not events:
        events.extend(_investor_subject_events(sentence))
    if not events:
        events.extend(_deal_first_events(sentence))
    return events


def _is_deal(sentence: str, verb: re.Match) -> bool:
    """A deal verb followed in its clause (or its deal phrase) by a round or 融资/投资."""
    clause = _deal_phrase(sentence[verb.end():]) or _clause(sentence, verb.end())
    m = MONEY_WORD.search(clause)
    if not m:
        return False
    if _NOT_EQUITY.search(clause):
        return False
    if re.match(r"了?(?:其中|大多数|大部分|部分|多数)", clause) or re.match(r"(?:之后|以后|后|前)", sentence[verb.end():]):
        return False  # 收购完成后: a time clause, not a deal
    return not re.match(r"(?:了)?(?:\d+|[二两三四五六七八九十多数几]+)(?:项|个|次|家|位|笔|轮)", clause)


_DEAL_END = re.compile(r"(?:融资|投资|注资)(?![方人者机集公管基])")


def _deal_phrase(scope: str) -> str:
    """From the verb to the word that ends the deal (…的数千万人民币的Pre-A轮融资), across commas."""
    if scope[:1] in "，,。；;":
        return ""  # the verb ends its clause: 接近完成，…
    m = _DEAL_END.search(scope, 0, 90)
    if not m or re.search(r"[。；;！？!?]|股份|股权|收购|认购|持有|控股", scope[: m.start()]):
        return ""
    return scope[: m.end()]


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


def _event_at(sentence: str, clause_start: int, verb: re.Match, scope_end: int) -> Event | None:
    before = sentence[clause_start: verb.start()]
    if _PLAN.search(sentence[clause_start: verb.end()]) or _AGGREGATE.search(before) \
            or _AGGREGATE.search(_clause(sentence, verb.end())):
        return None
    clause = _deal_phrase(sentence[verb.end(): scope_end]) or _clause(sentence, verb.end())
    if _ACQUISITION.search(sentence) and not re.search(r"融资|领投|跟投|[A-H]轮|天使轮", sentence):
        return None
    scope = sentence[verb.end(): scope_end]
    company, aliases, investor_subject = _company(sentence, clause_start, verb)
    if company is None:
        return None
    rounds = find_rounds(clause)
    round_written = rounds[0][2] if rounds else None
    amount = _deal_amount(clause)
    if not rounds and not amount and not re.search(r"融资|投资|注资", clause):
        return None
    leads, others, advisors = _roles(scope)
    sole = _between_investors(clause, rounds, amount)
    if sole and not leads and not others:
        if len(sole) == 1:
            leads = sole
        else:
            others = sole
    if investor_subject:
        others = [n for n in investor_subject if n not in leads] + others
    kind = "current"
    if _BACKGROUND_START.match(sentence) or _PAST.search(before) or "曾" in sentence[max(clause_start, verb.start() - 3): verb.start()]:
        kind = "past"
    if not rounds and (_FUND.search(clause) or re.search(r"基金$|Fund$", company)):
        kind = "fund"
    date = _event_date(sentence[:verb.start()])
    event = Event(
        company=company,
        company_aliases=aliases,
        round=round_written.strip() if round_written else None,
        round_norm=normalize_round(round_written),
        amount_text=amount.text if amount else None,
        currency=amount.currency if amount else None,
        amount_low=amount.low if amount else None,
        amount_high=amount.high if amount else None,
        lead_investors=leads,
        investors=[n for n in others if n not in leads],
        advisors=advisors,
        event_date=date,
        evidence=sentence.strip(),
        kind=kind,
    )
    event.confidence = _confidence(event)
    return event


def _event_date(before: str) -> str | None:
    """The last date written before the verb, unless it is a dateline (6月15日消息)."""
    found = None
    for m in _DATE.finditer(before):
        if not re.match(r"日?(?:消息|讯|电|晚间消息|早间消息|晨讯|晚讯)", before[m.end():]):
            found = m.group(0)
    return found


def _company(sentence: str, clause_start: int, verb: re.Match) -> tuple[str | None, list[str], list[str]]:
    """(company, aliases, investors named as subject) for the deal at `verb`."""
    after = sentence[verb.end():]
    m = re.match(r"了?对(?P<company>[^，。；]{2,30}?)的", after)
    subject = sentence[clause_start: verb.start()]
    if m and verb.group(0).endswith(("完成", "完成了")):
        company, aliases = parties.company_from_subject(m.group("company"))
        return company, aliases, parties.split_names(parties.strip_lead_in(subject))
    company, aliases = parties.company_from_subject(subject)
    pronoun = bool(company) and bool(_PRONOUNS.match(company))
    if pronoun:
        company = ""
    if not company:
        # "X，一家做Y的公司，近日完成…" / "X宣布，公司完成…": the subject is an earlier clause.
        head = sentence[:clause_start].rstrip("，,")
        for clause in reversed(re.split(r"[，,]", head)):
            if DEAL_VERB.search(clause):
                break
            if re.search(r"获悉|消息|报道|日电|讯|据|投资方|资方|投资人", clause) or _ROLE.search(clause):
                continue
            company, aliases = parties.company_from_subject(clause)
            if company:
                break
    if not company or _PRONOUNS.match(company):
        return "", aliases, []
    if not plausible_company(company):
        return ("", [], []) if pronoun else (None, [], [])  # 它已经获得…: the company named before
    return company, aliases, []


_NOT_A_NAME = re.compile(
    r"^[\d.]+(?:万|亿|%|元|年|月|日|个|家|位|名)|^[\d.]+$|^(?:从|在|对|向|与|和|把|被|将|让|其|这|那|某|该|以及|并且|而且|但|"
    r"如果|因为|所以|而|已|再|又|共有|IPO)|[，。；、%]|\d+(?:\.\d+)?[万亿]|\d+家|宣布|表示|透露|持有|受让|认购|发行|确认|投向|"
    r"规模|收益|多次|近年来|以来|为其|(?:融资|轮|的)$"
)


def plausible_company(name: str) -> bool:
    """False for subjects that are phrases, not names (从这家上市公司, 20.42万元受让陈伟持有)."""
    if len(name) < 2 or len(name) > 30 or (len(name) > 16 and not re.search(r"[A-Za-z]", name)):
        return False
    return not _NOT_A_NAME.search(name)


def _deal_amount(clause: str):
    for start, _end, amount in find_amounts(clause):
        if re.search(r"估值|市值|营收|收入|销售|GMV|用户|规模|利润|订单|产值|元/", clause[max(0, start - 6): start]):
            continue
        return amount
    return None


def _between_investors(clause: str, rounds, amount) -> list[str]:
    """Investors written between the verb and the round: 获得顺为资本的天使投资."""
    stops = [r[0] for r in rounds]
    if amount:
        stops.append(clause.find(amount.text))
    m = MONEY_WORD.search(clause)
    if m:
        stops.append(m.start())
    stops = [s for s in stops if s >= 0]
    if not stops:
        return []
    span = clause[: min(stops)]
    span = re.sub(r"^(?:了|来自|由)+", "", span)
    span = re.sub(r"(?:的|共同|联合|数额|总额|金额|总计|合计|共|约|超|近|逾|新一)+$", "", span).strip()
    if not span or _ROLE.search(span) or re.search(r"\d|亿|万|元", span):
        return []
    return parties.split_names(span)


def _roles(scope: str) -> tuple[list[str], list[str], list[str]]:
    """Lead investors, other investors and advisors named in `scope`."""
    leads: list[str] = []
    others: list[str] = []
    advisors: list[str] = []
    previous_end = 0
    for m in _ROLE.finditer(scope):
        names = _names_before(scope, m.start(), previous_end)
        if not names:
            names = _names_after(scope, m.end())
        previous_end = m.end()
        target = leads if m.group("lead") else others if m.group("follow") else advisors
        for n in names:
            if n not in target:
                target.append(n)
    for m in _LISTED_INVESTORS.finditer(scope):
        names = _names_after(scope, m.end())
        if names and not leads and not others and len(names) == 1:
            leads.extend(names)
        else:
            others.extend(n for n in names if n not in others and n not in leads)
    for m in _BY_INVESTORS.finditer(scope):
        if _ROLE.search(m.group("names")) or _ROLE.match(scope, m.end()):
            continue
        names = parties.split_names(m.group("names"))
        if not names:
            # 由三方联合投资，包括X、Y和Z: the names follow 包括
            after = re.match(r"[，,]?(?:分别)?(?:包括|为|是)", scope[m.end():])
            names = _names_after(scope, m.end() + after.end()) if after else []
        if len(names) == 1 and not leads and not others:
            leads.extend(names)
        else:
            others.extend(n for n in names if n not in others and n not in leads)
    return leads, others, advisors


_NOT_NAME_LIST = re.compile(r"^[方为是]|融资|用于|表示|将|是一家|成立|宣布|完成|获|本轮|此次|本次|目前|资金|估值|亿|万|元|\d{4}")


def _names_before(scope: str, end: int, floor: int) -> list[str]:
    head = scope[floor:end]
    cut = -1
    for m in _NAME_BOUNDARY.finditer(head):
        cut = m.start() if m.group(0) in "，," else m.end()
        cut_end = m.end()
    if cut < 0:
        span = head
    else:
        span = head[cut_end:]
        # "A、B，以及C、D跟投" / "爱奇艺，华创资本，顺为资本跟投": earlier clauses of the same list
        while span.strip() and head[cut: cut_end] in "，," and cut > 0:
            previous = max(head.rfind(c, 0, cut) for c in "，,；;。：:")
            clause = head[previous + 1: cut]
            if not clause or len(clause) > 40 or _NOT_NAME_LIST.search(clause) or _ROLE.search(clause) \
                    or not parties.split_names(clause):
                break
            span = clause + "、" + re.sub(r"^(?:以及|及|和|还有)", "", span)
            cut, cut_end = previous, previous + 1
            if previous < 0:
                break
    span = re.sub(r"(?:作为|为|是)$", "", span)
    return parties.split_names(span)


def _names_after(scope: str, start: int) -> list[str]:
    m = re.match(r"(?:方|机构|方为|方是|方包括|机构为|机构是|机构包括|方分别为)?[为是：:]?", scope[start:])
    start += m.end() if m else 0
    end = _NAME_BOUNDARY.search(scope, start)
    span = scope[start: end.start() if end else len(scope)]
    return parties.split_names(span)


def _investor_subject_events(sentence: str) -> list[Event]:
    """'红杉资本领投了X的A轮融资': the investor is the subject."""
    events = []
    for m in _INVESTOR_SUBJECT.finditer(sentence):
        before = sentence[: m.start("names")]
        if _PLAN.search(m.group("names")) or _ACQUISITION.search(sentence):
            continue
        company, aliases = parties.company_from_subject(m.group("company"))
        names = parties.split_names(parties.strip_lead_in(m.group("names")))
        if not company or not names or not plausible_company(company) or re.search(r"\d", m.group("names")):
            continue
        if not (find_rounds(m.group("rest")) or m.group("rest").endswith("融资")):
            continue
        rounds = find_rounds(m.group("rest"))
        amount = _deal_amount(m.group("rest"))
        lead = "领投" in m.group("role") or "独家" in m.group("role")
        written = rounds[0][2] if rounds else None
        event = Event(
            company=company, company_aliases=aliases, round=written, round_norm=normalize_round(written),
            amount_text=amount.text if amount else None, currency=amount.currency if amount else None,
            amount_low=amount.low if amount else None, amount_high=amount.high if amount else None,
            lead_investors=names if lead else [], investors=[] if lead else names,
            evidence=sentence.strip(), kind="past" if _PAST.search(before) else "current",
        )
        event.confidence = _confidence(event)
        events.append(event)
    return events


_DEAL_FIRST = re.compile(
    r"(?P<subject>[^，。；：:]{2,40}?)(?P<deal>(?:的)?[^，。；：:的]{0,24}?(?:融资|投资))(?:已经|已|宣布|正式|顺利|均|近日|日前)*完成"
    r"|(?P<subject2>[^，。；：:\s]{2,40}?)(?:宣布|完成)?融资(?P<deal2>(?:超过|超|近|约|逾)?[\d.,]+\s*[万亿](?:元|美元|人民币|美金|欧元)?)"
)


_DEAL_FIRST_CUE = re.compile(r"(?:融资|投资)[^，。；：:]{0,8}完成|融资(?:超过|超|近|约|逾)?\d")


def _deal_first_events(sentence: str) -> list[Event]:
    """'拜腾5亿美元B轮融资宣布完成', 'Illumio融资1.25亿美元': the deal comes before the verb, or there is none."""
    if not _DEAL_FIRST_CUE.search(sentence):
        return []  # the full pattern is costly; most sentences cannot match it
    events = []
    for m in _DEAL_FIRST.finditer(sentence):
        subject = m.group("subject") or m.group("subject2")
        deal = m.group("deal") or m.group("deal2")
        if re.search(r"(?:共|总|累计|共计|合计|基金)$", subject) or "基金" in deal:
            continue
        if _PLAN.search(sentence[: m.end()]) or _AGGREGATE.search(m.group(0)) or _NOT_EQUITY.search(m.group(0)):
            continue
        amounts = find_amounts(subject)
        if amounts:  # 拜腾5亿美元B轮融资: the amount sits in the subject
            deal = subject[amounts[0][0]:] + deal
            subject = subject[: amounts[0][0]]
        rounds = find_rounds(deal)
        amount = _deal_amount(deal)
        if not rounds and not amount:
            continue
        company, aliases = parties.company_from_subject(subject)
        if not company or not plausible_company(company) or _PRONOUNS.match(company):
            continue
        written = rounds[0][2] if rounds else None
        event = Event(
            company=company, company_aliases=aliases, round=written, round_norm=normalize_round(written),
            amount_text=amount.text if amount else None, currency=amount.currency if amount else None,
            amount_low=amount.low if amount else None, amount_high=amount.high if amount else None,
            evidence=sentence.strip(),
            kind="past" if _PAST.search(sentence[: m.start("subject" if m.group("subject") else "subject2")]) else "current",
        )
        leads, others, advisors = _roles(sentence[m.end():])
        event.lead_investors, event.investors, event.advisors = leads, [n for n in others if n not in leads], advisors
        event.confidence = _confidence(event)
        events.append(event)
    return events


def _confidence(event: Event) -> float:
    score = 0.4
    score += 0.2 if event.round else 0
    score += 0.2 if event.amount_text else 0
    score += 0.2 if event.lead_investors or event.investors else 0
    return round(score, 2)


def _same_company(a: Event, b: Event) -> bool:
    """Same name, one name inside the other, or a name one of them gives as alias."""
    names_a = {_company_key(n) for n in [a.company, *a.company_aliases]} - {""}
    names_b = {_company_key(n) for n in [b.company, *b.company_aliases]} - {""}
    if names_a & names_b:
        return True
    x, y = _company_key(a.company), _company_key(b.company)
    if x and y and min(len(x), len(y)) >= 2 and (x in y or y in x):
        return True
    return any(len(p) >= 3 and len(q) >= 3 and (p in q or q in p) for p in names_a for q in names_b)


def _company_key(name: str) -> str:
    return re.sub(r"[\s“”\"「」『』《》‘’·]", "", name).lower()


def _compatible_round(a: Event, b: Event) -> bool:
    return a.round_norm == b.round_norm or "股权融资" in (a.round_norm, b.round_norm)


def _is_old(event: Event, published: datetime | None) -> bool:
    """True when the event's own date is in an earlier year than the article."""
    if not published or not event.event_date:
        return False
    if event.event_date.startswith(("去年", "前年")):
        return True
    m = re.match(r"(\d{4})年", event.event_date)
    return bool(m) and int(m.group(1)) < published.year and not (
        int(m.group(1)) == published.year - 1 and published.month == 1)


def _years_before(event: Event, published: datetime | None) -> int:
    m = re.match(r"(\d{4})年", event.event_date or "")
    return published.year - int(m.group(1)) if m and published else 0


def _merge(title_events: list[Event], body_events: list[Event], published: datetime | None) -> list[Event]:
    """One event per company and round; the body's wording wins over the title's."""
    headline = [e for e in title_events if e.kind == "current" and e.company]
    distinct = {_company_key(e.company) for e in headline}
    # A headline naming several deals is a digest: every deal in the body stands on its own.
    main = headline[0] if len(distinct) == 1 else None
    for event in body_events:
        if event.kind == "current" and _is_old(event, published):
            if _years_before(event, published) > 1 or not (
                    main and event.company and _same_company(event, main) and _compatible_round(event, main)
                    and _compatible_amount(event, main)):
                event.kind = "past"
    merged: list[Event] = []
    main_target = main
    for event in body_events + title_events:
        from_title = any(event is t for t in title_events)
        if not event.company:
            if main is None:
                continue
            event = replace(event, company=main.company)
        if main is not None and event.kind == "current" and event is not main:
            if not _same_company(event, main):
                event = replace(event, kind="past")
            elif (main.round and event.round and event.round_norm != main.round_norm
                  and "股权融资" not in (main.round_norm, event.round_norm)):
                event = replace(event, kind="past")
        target = next((e for e in merged if e.kind == event.kind and _same_company(e, event)
                       and _compatible_round(e, event)), None)
        if target is None:
            merged.append(event)
            target = event
        else:
            _absorb(target, event, fill_only=from_title)
        if event is main:
            main_target = target
    if main is not None:
        # One deal per headline: other current events of the headline's company are background.
        for event in merged:
            if event.kind == "current" and event is not main_target and _same_company(event, main_target):
                event.kind = "past"
    merged.sort(key=lambda e: e.kind != "current")
    return merged


def _absorb(target: Event, other: Event, fill_only: bool = False) -> None:
    """Fill what `target` lacks from another mention of the same deal.

    With `fill_only` (a title merging into the body's event) investor lists are
    taken only when the body named none.
    """
    if other.round and (not target.round or target.round_norm == "股权融资"):
        target.round, target.round_norm = other.round, other.round_norm
    if other.amount_text and not target.amount_text:
        target.amount_text, target.currency = other.amount_text, other.currency
        target.amount_low, target.amount_high = other.amount_low, other.amount_high
    elif other.amount_text and not target.currency and other.currency and _same_number(target, other):
        target.amount_text, target.currency = other.amount_text, other.currency
    if fill_only and (target.lead_investors or target.investors):
        other = replace(other, lead_investors=[], investors=[])
    if other.lead_investors and not target.lead_investors:
        target.lead_investors = list(other.lead_investors)
        target.investors = [n for n in target.investors if n not in target.lead_investors]
    for name in other.investors + other.lead_investors:
        if name not in target.investors and name not in target.lead_investors:
            target.investors.append(name)
    for name in other.advisors:
        if name not in target.advisors:
            target.advisors.append(name)
    for alias in other.company_aliases + ([other.company] if other.company != target.company else []):
        if alias not in target.company_aliases and alias != target.company:
            target.company_aliases.append(alias)
    if parties.is_legal_name(target.company) and other.company in target.company and not parties.is_legal_name(other.company):
        target.company_aliases = [target.company] + [a for a in target.company_aliases if a != other.company]
        target.company = other.company  # 西安思后网络科技有限公司 → 思后网络
    if not target.event_date and other.event_date:
        target.event_date = other.event_date
    target.confidence = max(target.confidence, _confidence(target))


def _compatible_amount(a: Event, b: Event) -> bool:
    """Amount ranges overlap, or one side gives none."""
    if a.amount_low is None or b.amount_low is None:
        return True
    a_high = a.amount_high if a.amount_high is not None else float("inf")
    b_high = b.amount_high if b.amount_high is not None else float("inf")
    return a.amount_low <= b_high * 1.05 and b.amount_low <= a_high * 1.05


def _same_number(a: Event, b: Event) -> bool:
    return a.amount_low == b.amount_low and a.amount_high == b.amount_high


def add_roles(event: Event, sentence: str) -> bool:
    """Add 由X领投，Y跟投 from a sentence that follows the deal; True if any name was added."""
    leads, others, advisors = _roles(sentence)
    if not (leads or others or advisors):
        return False
    for name in leads:
        if name not in event.lead_investors:
            event.lead_investors.append(name)
    for name in others:
        if name not in event.investors and name not in event.lead_investors:
            event.investors.append(name)
    for name in advisors:
        if name not in event.advisors:
            event.advisors.append(name)
    event.confidence = _confidence(event)
    return True
