"""Financing events from an article's title and text.

Each sentence that carries a deal verb (完成, 获得, 获, 斩获 …) followed by a
round or 融资/投资 is read as: subject (the company) · verb · investors · amount ·
round, then the roles after it (由X领投, Y跟投, Z担任独家财务顾问). Events of
one company in one article are merged; when the title states a deal, other
companies' deals in the body are background (`kind: past`).
"""
from __future__ import annotations

import logging
import re
from datetime import datetime

from extract import parties
from extract.amounts import find_amounts
from extract.clauses import deal_amount, events_in_sentence, listed_after, listed_round_sentence, listing_events, new_event
from extract.merge import merge_events, other_tranche, same_company
from extract.model import Event
from extract.roles import Roles, add_roles, names_this_round, roles_in, without_remarks
from extract.rounds import find_rounds, is_unnamed, normalize_round
from extract.rules import (
    AGGREGATE_RE, DEAL_VERB, EARLIER_BACKER_TITLES, EARLIER_ROUND_WORDS, LISTING_PLAN, MARKETS, PAST_RE, PLAN_RE,
    PAIR_PRONOUNS, PLANNED_MODALS, CUE, NOT_EQUITY_RE, PRONOUN as PRONOUN_RE, NAME_FINAL_ADVERBS, ROLE_SENTENCE_OPENERS,
    RUMOUR_TITLE_CUES, STRONG_ROLE_WORDS, TRADE_WORDS, alternation,
)
from extract.subject import introduced_company, plausible_company
from extract.text import paragraphs, sentences, unspaced

# The time bound of one call: a text with more deal sentences than this (a dump of thousands of
# articles) is read up to here, and the cut is logged.
MAX_DEAL_SENTENCES = 20000
log = logging.getLogger(__name__)


def extract_events(title: str, text: str, published: datetime | None = None) -> list[Event]:
    """All financing events the article states, current ones first."""
    title = unspaced((title or "").strip())
    text = unspaced(_without_repeated_headline(text or "", title))
    full_text = f"{title}\n{text}"
    headline_events = _title_events(title, text)
    named = any(e.company for e in headline_events)
    told = [e for e in headline_events if e.company and e.kind == "current"]
    body_events = _short_names(_body_events(text or "", introduce=not named, told=told[0] if len(told) == 1 else None),
                               full_text)
    title_events = [e for e in _short_names(headline_events, full_text)
                    if not _planned_in_body(e, body_events, text or "")]
    for event in title_events:  # “Next 10 Ventures”筹集5000万美元资金: the body says a venture firm raised a fund
        if event.kind == "current" and any(e.kind == "fund" and same_company(e, event) for e in body_events) \
                and not any(e.kind == "current" and same_company(e, event) for e in body_events):
            event.kind = "fund"
    events = _without_fund_repeats(merge_events(title_events, body_events, published, title))
    for event in events:  # 梦想加 (共享办公空间梦想加空间 in the body): its history under the name its deal took
        named = next((e for e in events if e.kind == "current" and len(event.company) >= 2
                      and any(event.company in alias for alias in e.company_aliases)), None)
        if event.kind == "past" and named is not None:
            event.company, event.company_aliases = named.company, list(named.company_aliases)
    events = [e for event in events for e in _split_rounds(event)]
    events += _earlier_rounds(events, text or "")
    events += _past_listings(events, text or "")
    if _RUMOUR_TITLE.match(title):
        events = [e for e in events if e.kind != "current"]  # 传摩拜单车完成新一笔8亿美元融资
    not_done = [m.start() for m in _NOT_DONE.finditer(text or "")]
    if not_done:
        events = [e for e in events if not _said_not_done(e, title, text or "", not_done)]
    # 此前土流网都已披露获得大额融资, 运营模式获投资方认可: background that names no round and no amount is no event
    events = [e for e in events if e.kind != "past" or e.round_norm != "股权融资" or e.amount_text]
    for event in events:
        event.company = _never_without_its_last(event.company, full_text)
        brand = parties.brand_in_text(event.company, full_text)
        if brand != event.company:
            event.company_aliases = [event.company] + [a for a in event.company_aliases if a != event.company]
            event.company = brand
        if event.kind != "fund":
            _without_itself(event)
            _brands_for_backers(event)
    return events


# The article's own deal, said to close later or called a rumour.
_NOT_DONE = re.compile(r"(?:此次|本次|这次|这笔|该笔)(?:交易|投资|融资)(?:预计|有望)将?(?:于|在)[^，。；]{1,15}?(?:完成|交割)"
                       r"|(?:此次|本次|这次)(?:融资|投资)传闻")


def _never_without_its_last(company: str, text: str) -> str:
    """魔急便获…, where 便 was cut as an adverb: the name with the character, when the text never writes it without."""
    seen = text.count(company) if company and len(company) <= 6 else 0
    if seen < 3:
        return company
    return next((company + tail for tail in NAME_FINAL_ADVERBS if text.count(company + tail) == seen), company)


def _said_not_done(event: Event, title: str, text: str, not_done: list[int]) -> bool:
    """A current deal that a sentence soon after it (at one of `not_done`) says is still to close, or calls a rumour:
    此次交易预计将于今年第三季度完成; 双方均未此次融资传闻进行回应 (the headline's deal, or the body's just told)."""
    if event.kind != "current":
        return False
    told_at = 0 if event.evidence in (title, "") else text.find(event.evidence)
    return told_at >= 0 and any(0 <= at - told_at <= _NOT_DONE_REACH for at in not_done)


_NOT_DONE_REACH = 600  # characters after the deal's sentence (or after the start of the text, for a headline's deal)


def _brands_for_backers(event: Event) -> None:
    """A backer named by its registered name and by its brand is one backer, under the brand, leading when either
    led: 北京微影时代科技有限公司宣布完成了对大脑天宫…的战略投资。…该轮投资由微影时代领投."""
    names = event.lead_investors + event.investors
    brand = {n: b for n in names for b in names if parties.is_brand_of(b, n)}
    if not brand:
        return
    leads = list(dict.fromkeys(brand.get(n, n) for n in event.lead_investors))
    event.investors = [n for n in dict.fromkeys(brand.get(n, n) for n in event.investors) if n not in leads]
    event.lead_investors = leads


def _without_fund_repeats(events: list[Event]) -> list[Event]:
    """The events without a deal that repeats a fund raise of the same article: the same company and the same sum
    (…红杉资本日前完成了第一轮60亿美元的募资。… 红杉资本此次获得的60亿美元投资，全部来自新投资者)."""
    funds = [e for e in events if e.kind == "fund" and e.amount_low is not None]
    return [e for e in events if not (e.kind == "current" and e.amount_low is not None and any(
        f.amount_low == e.amount_low and f.currency == e.currency and same_company(f, e) for f in funds))]


def _without_itself(event: Event) -> None:
    """A company is no investor in its own round: a name of the company among its backers was read from the wrong clause."""
    own = {event.company, *event.company_aliases} - {""}
    event.lead_investors = [n for n in event.lead_investors if n not in own]
    event.investors = [n for n in event.investors if n not in own]
    if not event.lead_investors:
        event.lead_basis = None


_ROLE_SENTENCE = re.compile("^" + alternation(ROLE_SENTENCE_OPENERS) + "|" + alternation(STRONG_ROLE_WORDS))


# 之前的投资方Aquiline Technology Growth公司和Vertex Ventures公司也参与了C轮融资: the backers from before, in this round
_EARLIER_BACKERS = re.compile(r"(?:之前|此前|先前|早前)的(?:投资方|投资人|投资者|股东)")


def _background_roles(sentence: str, event: Event) -> bool:
    """True when `sentence` tells the history of other rounds (先后获得…Pre-A轮…A轮): its investors are theirs."""
    sentence = without_remarks(sentence)  # 包括高盛集团（曾在18个月前领投了…C轮融资）: a backer's past, said in brackets
    if event.round_norm == "股权融资" or not (PAST_RE.search(sentence) or AGGREGATE_RE.search(sentence)):
        return False
    return any(not is_unnamed(r[2]) and normalize_round(r[2]) != event.round_norm for r in find_rounds(sentence))


def _names_other_round(sentence: str, event: Event) -> bool:
    """True when `sentence` names a round other than the event's (…跟投的千万级人民币Pre-A轮融资).

    A deal told without its round has none to differ from: the sentence may name it (see _round_named)."""
    if event.round is None:
        return False
    return any(not is_unnamed(r[2]) and normalize_round(r[2]) != event.round_norm for r in find_rounds(sentence))


def _round_named(sentence: str, event: Event) -> None:
    """A deal told without its round takes the one round a later sentence on its investors names:
    …获得由摩根大通资产管理公司…领投的1.25亿美元资金。…包括…在内的Illumio现有投资者参与该公司的D轮融资 (FN 909)."""
    named = [r for r in find_rounds(sentence) if not is_unnamed(r[2])]
    if event.round is None and len({normalize_round(r[2]) for r in named}) == 1:
        event.round, event.round_norm = named[0][2], normalize_round(named[0][2])


def _opens_with_other_round(sentence: str, event: Event) -> bool:
    """True for 'Pre-A轮融资由中信建投资本领投' after an A round: the sentence is about the round it names."""
    if not event.round_norm or event.round_norm.startswith("other:"):
        return False  # A轮系列: its parts are named one by one
    return any(r[0] <= 1 and not is_unnamed(r[2]) and normalize_round(r[2]) != event.round_norm
               and not normalize_round(r[2]).startswith("other:") and re.match(r"(?:融资|投资)?由", sentence[r[1]:])
               for r in find_rounds(sentence[:12]))  # not 种子轮投资方IAG继续参投: an old backer in this round


def _round_led(sentence: str, event: Event) -> Event:
    """The earlier round of `event`'s company that a sentence opening with it tells (see _opens_with_other_round)."""
    rounds = [r for r in find_rounds(sentence[:12]) if r[0] <= 1]
    return new_event(event.company, list(event.company_aliases), rounds[0][2], deal_amount(sentence), roles_in(sentence),
                     sentence, "past")


_LISTING_PLAN_RE = re.compile(alternation(LISTING_PLAN))
_ROUND_PAIR = re.compile(r"(?:及|和|与|、)")


def _second_round(event: Event) -> list[Event]:
    """已分别完成10亿元Pre-B轮和15亿元B1轮融资: the round after 和, with the amount before it."""
    at = event.evidence.find(event.round)
    m = re.match(r"(?:和|及|与|、)(?P<amount>[^，。；轮]{0,12}?)(?P<round>\S{1,8}?轮)(?:融资|投资)", event.evidence[at + len(event.round):]) \
        if at >= 0 else None
    tail = m.group("amount") + m.group("round") if m else ""
    rounds = find_rounds(tail)
    if not rounds or is_unnamed(rounds[0][2]) or normalize_round(rounds[0][2]) == event.round_norm:
        return []
    found = find_amounts(tail[: rounds[0][0]])
    return [new_event(event.company, list(event.company_aliases), rounds[0][2], found[0][2] if found else None, Roles(),
                      event.evidence, event.kind, event.event_date)]


def _split_rounds(event: Event) -> list[Event]:
    """A background clause that names two rounds (先后完成A轮及A+轮融资) tells two rounds, each with its own amount."""
    if event.kind == "past" and event.round and not _ROUND_PAIR.search(event.round):
        return [event] + _second_round(event)
    if event.kind != "past" or not event.round_norm.startswith("other:") or not _ROUND_PAIR.search(event.round or ""):
        return [event]
    parts = [part for part in _ROUND_PAIR.split(event.round) if part]
    written = [part if part.endswith("轮") else part + "轮" for part in parts]
    if len(written) < 2 or any(normalize_round(w).startswith("other:") and "+" not in w for w in written):
        return [event]
    split = []
    for round_written in written:
        amount = None
        for own in re.finditer(r"(?<![A-Za-z+\-])" + re.escape(round_written) + r"(?:融资|投资)?(?:金额)?(?:为|达)?",
                               event.evidence):
            found = find_amounts(event.evidence[own.end(): own.end() + 12])
            if found and found[0][0] == 0:  # 其中A轮融资数千万，A+轮融资近亿元
                amount = found[0][2]
                break
        roles = Roles(list(event.lead_investors), list(event.investors), list(event.advisors), event.lead_basis)
        split.append(new_event(event.company, list(event.company_aliases), round_written, amount, roles,
                               event.evidence, event.kind, event.event_date))
    return split


def _without_repeated_headline(text: str, title: str) -> str:
    """A newsflash that opens with its own headline in brackets (【X获…融资】6月23日，…) states the deal once."""
    m = re.match(r"\s*【([^】]{4,120})】", text)
    if m and title and (m.group(1).strip() == title or title in m.group(1) or m.group(1) in title):
        return text[m.end():]
    return text


def _brand_before_product(name: str, text: str) -> str:
    """利屹恩船用推进器 → 利屹恩, 果小美近期经 → 果小美: the article writes the brand alone (and the rest alone too)."""
    name = re.sub(r"[（(][\u4e00-\u9fff]{2,4}[）)]$", "", name)  # 利屹恩船用推进器（上海）
    if not re.fullmatch(r"[\u4e00-\u9fff]{5,16}", name):
        return name
    for cut in range(3, len(name) - 2):
        brand, product = name[:cut], name[cut:]
        if product.endswith(TRADE_WORDS) or product in TRADE_WORDS:
            continue
        alone = text.count(brand) - text.count(brand + product[0])
        whole = text.count(name)
        if text.count(product) - whole > alone:
            continue  # 垂直电商豌豆公主: the article writes the rest alone more often, the head says what it is
        if alone >= 2 and alone > whole or alone >= 1 and alone >= whole and text.count(product) > whole:
            return brand  # the brand stands alone, or the product is named without it too
    return name


_ADVERB_ENDINGS = ("也", "又", "均")


def _with_adverb_ending(name: str, evidence: str, text: str) -> str:
    """俺来 → 俺来也: a name that ends like an adverb, written where no adverb stands (俺来也的, 俺来也创始人)."""
    if not any(name + ch in evidence for ch in _ADVERB_ENDINGS):
        return name  # the deal sentence itself writes the name with the ending
    for ch in _ADVERB_ENDINGS:
        glued = text.count(name + ch)
        if glued >= 2 and glued * 2 >= text.count(name) \
                and re.search(re.escape(name + ch) + r"(?:的(?!确)|、|”|成立于|创始人|旗下)", text):
            return name + ch
    return name


def _short_names(events: list[Event], full_text: str) -> list[Event]:
    """Each event under the name the article uses; the legal or longer name becomes an alias."""
    for event in events:
        if event.company and not parties.is_legal_name(event.company):
            event.company = _with_adverb_ending(event.company, event.evidence or "", full_text)
        short = parties.short_name(event.company, full_text) if event.company else ""
        if short == event.company:
            short = _brand_before_product(event.company, full_text)
        if short and short != event.company and plausible_company(short):
            event.company_aliases = [event.company] + [a for a in event.company_aliases if a != event.company]
            event.company = short
    return events


def _last_introduced(sentences_: list[str]) -> str:
    """The company the latest of `sentences_` that opens with one opens with ('' when none does)."""
    return next((c for c in map(introduced_company, reversed(sentences_)) if c), "")


def _body_events(text: str, introduce: bool = True, told: Event | None = None) -> list[Event]:
    """Events sentence by sentence; 由X领投 in the next sentence joins the deal before it.

    With `introduce` (the headline names no company), a deal of 该公司 before any deal named its
    company is the company an earlier sentence opened with. `told` is the one deal the headline
    states: a sentence on this round's investors before any deal of the body joins it."""
    body_events: list[Event] = []
    deal_sentences = 0
    previous = None  # the last event that names its company
    introduced = ""  # before any deal names a company: the last company a sentence opened with
    for paragraph in paragraphs(text):
        last = None
        told_nothing: list[str] = []  # the sentences of the paragraph since its last deal
        for sentence in sentences(paragraph):
            if deal_sentences >= MAX_DEAL_SENTENCES:
                log.warning("text of %d characters: stopped after %d deal sentences", len(text), MAX_DEAL_SENTENCES)
                return body_events
            found = events_in_sentence(sentence)
            if not found and last is not None and last.kind == "past" and last.round and sentence.startswith(("及", "以及", "来自")):
                found = listed_after("，" + sentence.rstrip("。；;"), last)  # …Pre-A轮融资；及由广东文投领投的1000万天使轮融资。
            if not found and last is not None and last.kind == "past" and last.round:
                found = listed_round_sentence(sentence, last)  # …的A轮融资。由IDG资本领投，…跟投的A+轮融资。
            if sentence.startswith(PAIR_PRONOUNS):
                found = [e for e in found if e.company]  # 前者从红杉中国…获得了…: one of two companies named before, not the deal's
            deal_sentences += bool(found)
            body_events.extend(found)
            for event in found:
                mentioned = _last_introduced(told_nothing) if not event.company and previous is not None else ""
                if mentioned and mentioned != previous.company:
                    event.company = mentioned  # …创企MoneyTap就是LoanTap的竞争对手。这家创企最近获得了…: the one just named
                elif not event.company and previous is not None:
                    event.company = previous.company  # 公司 / 其 / 它: the company just named
                    if previous.kind == "past" and last is previous:
                        event.kind = "past"
                elif not event.company and introduced:
                    event.company = introduced  # Queue日前推出了… 该公司宣布已成功筹集1260万美元的资金
                if event.company:
                    previous = event
            if introduce and not found and previous is None:
                introduced = introduced_company(sentence) or introduced
            if found:
                told_nothing = []
            else:
                told_nothing.append(sentence)
            if found:  # the roles of the next sentence are the deal's, not those of an earlier round it mentions
                last = next((e for e in reversed(found) if e.kind == "current"), found[-1])
            elif last is not None and last.company and _opens_with_other_round(sentence, last):
                body_events.append(_round_led(sentence, last))  # …A轮融资。Pre-A轮融资由中信建投资本领投: that round's backers
            elif last is not None and (_ROLE_SENTENCE.search(sentence) or names_this_round(sentence)) \
                    and not (PAST_RE.search(sentence[:6]) and not _EARLIER_BACKERS.match(sentence)) \
                    and not _background_roles(sentence, last) \
                    and not _opens_with_other_round(sentence, last):
                add_roles(last, sentence)  # 本轮由X领投；Y联合领投；Z持续加码: every role sentence of the paragraph
            elif last is None and previous is not None and previous.kind == "current" and names_this_round(sentence) \
                    and not _names_other_round(sentence, previous):
                # 本轮融资的参投方还包括…: a later paragraph on the round just told, or on the company's first deal told
                # when a later one is of another tranche (…完成B2轮融资…。今年年初，宋小菜刚刚完成了2.3亿元B1轮融资。…此次融资的…领投方为M31资本)
                first = next((e for e in body_events if e.kind == "current" and e.company == previous.company), previous)
                target = first if other_tranche(first, previous) else previous
                add_roles(target, sentence)
                _round_named(sentence, target)
                last = target  # …领投方为Nauta Capital。参投方包括GFC…: the paragraph goes on about that round
            elif previous is None and told is not None and names_this_round(sentence) \
                    and not _names_other_round(sentence, told):
                add_roles(told, sentence)  # …领投的E轮融资。包括CRV…在内的现有投资者也参与了此次融资: the headline's round
                _round_named(sentence, told)
                last = told
    return body_events


# A round named as the one before this deal: 距上轮B+轮融资时隔仅2个月, 继A轮融资完成后, 微盟继天使轮后继续跟投,
# 本轮融资资金将与A轮、A+轮融资资金一道, A轮投资人山行资本跟投.
_EARLIER_ROUND = re.compile(alternation(EARLIER_ROUND_WORDS) + r"(?P<deal>[^，。；]{0,20}?融资)"
                            r"|继(?P<deal2>[^，。；]{1,40}?(?:融资|轮))(?:完成)?(?:后|之后)"
                            r"|(?:本轮|此轮|本次)融资(?:资金)?将与(?P<deal3>[^，。；]{1,20}?融资)资金"
                            r"|(?<![A-Za-z])(?P<deal4>(?:[Pp]re-?)?[A-H][+]{0,2}轮?|天使轮|种子轮)"
                            + alternation(EARLIER_BACKER_TITLES))


_EARLIER_CUE = re.compile(alternation(EARLIER_ROUND_WORDS) + "|继|将与|" + alternation(EARLIER_BACKER_TITLES))


def _matches_near_cue(pattern: re.Pattern, cue: re.Pattern, text: str, marks: str):
    """The matches of `pattern` in `text`, looked for only in the stretches between `marks` that hold a `cue`.

    Every match of `pattern` lies inside one such stretch and holds a cue, so these are all its matches; the full
    pattern, tried at every character of a long text, is costly."""
    end = 0
    for hit in cue.finditer(text):
        if hit.start() < end:
            continue
        start = max(text.rfind(c, 0, hit.start()) for c in marks) + 1
        ends = [i for i in (text.find(c, hit.end()) for c in marks) if i >= 0]
        end = min(ends) if ends else len(text)
        yield from pattern.finditer(text, start, end)


def _sentence_at(text: str, m: re.Match) -> str:
    """The sentence of `text` that holds the match."""
    start = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in "。！？!?\n") if i >= 0]
    return text[start: min(ends) + 1 if ends else len(text)].strip()


def _earlier_rounds(events: list[Event], text: str) -> list[Event]:
    """The article's one deal names the company's round before it: that round is background."""
    current = [e for e in events if e.kind == "current" and e.company]
    if len(current) != 1:
        return []
    main, found = current[0], []
    for m in _matches_near_cue(_EARLIER_ROUND, _EARLIER_CUE, text, "，。；"):
        deal = m.group("deal") or m.group("deal2") or m.group("deal3") or m.group("deal4")
        if m.group("deal4") and not deal.endswith("轮"):
            deal += "轮"  # 其Pre-A投资者真格基金
        rounds = sorted((r for r in find_rounds(deal) if not is_unnamed(r[2])), key=lambda r: r[0])
        for at, (start, _, written) in enumerate(rounds):
            if normalize_round(written) == main.round_norm or any(
                    same_company(e, main) and e.round_norm == normalize_round(written) for e in events + found):
                continue
            head = deal[rounds[at - 1][1] if at else 0: start]
            amount = deal_amount(head) if find_amounts(head) else None
            found.append(new_event(main.company, [], written, amount, Roles(), _sentence_at(text, m), "past"))
    return found


# A listing told with its date: 2020年，泡泡玛特在港交所上市; 2025年3月，蜜雪冰城在港交所主板挂牌上市.
# 2019年12月，嘉必优登陆科创板; SpaceX于6月上市; SpaceX于6月在纳斯达克上市; Metsera上市首日.
_LISTING_DATE = r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"
_PAST_LISTING = re.compile(
    r"(?P<date>" + _LISTING_DATE + r")，(?P<subject>[^，。；]{2,20}?)(?:正式|成功)?(?:(?:在|于|登陆)"
    + alternation(MARKETS) + r"(?:主板|科创板|创业板)?(?:正式|成功)?(?:挂牌)?上市|登陆" + alternation(MARKETS) + ")"
    r"|(?<=[，。；\n])(?P<subject2>[^，。；]{2,20}?)(?:已|已经)?于(?P<date2>" + _LISTING_DATE + r"|\d{1,2}月(?:\d{1,2}日)?)"
    r"(?:在|登陆)?" + alternation(MARKETS) + r"?(?:主板|科创板|创业板)?(?:正式|成功)?(?:挂牌)?上市(?![^，。；]{0,4}(?:计划|申请|辅导))"
    r"|(?<=[，。；\n])(?P<subject3>[^，。；]{2,20}?)(?:在|登陆)?" + alternation(MARKETS) + r"?上市首日")  # 1月31日，Metsera上市首日


def _listing_sentences(text: str) -> list[str]:
    """The sentences that hold 上市 or 登陆, each with the mark that ends the one before (the patterns look back at it)."""
    spans: list[tuple[int, int]] = []
    for word in ("上市", "登陆"):
        at = text.find(word)
        while at >= 0:
            start = max(text.rfind(c, 0, at) for c in "。！？\n")
            ends = [i for i in (text.find(c, at) for c in "。！？\n") if i >= 0]
            spans.append((max(start, 0), min(ends) if ends else len(text)))
            at = text.find(word, spans[-1][1])
    return [text[a:b] for a, b in sorted(set(spans))]


def _past_listings(events: list[Event], text: str) -> list[Event]:
    """Listings the article tells as done, with a year: the company's IPO is background."""
    found = []
    if "上市" not in text and "登陆" not in text:
        return found
    matches = (m for sentence in _listing_sentences(text) for m in _PAST_LISTING.finditer(sentence))
    for m in matches:
        if m.group("date") and m.start() and m.string[m.start() - 1] not in "，。；\n":
            continue  # the date opens its clause
        if _LISTING_PLAN_RE.search(m.group(0)):
            continue  # 2023年7月，欣旺达公告称计划分拆欣旺达动力在创业板上市
        company, aliases = parties.company_from_subject(m.group("subject") or m.group("subject2") or m.group("subject3"))
        if not company or not plausible_company(company) or PRONOUN_RE.match(company):
            continue
        probe = Event(company=company, company_aliases=aliases)
        if any(same_company(e, probe) and (e.kind == "current" or e.round_norm == "IPO") for e in events + found):
            continue
        found.append(new_event(company, aliases, "IPO", None, Roles(), m.group(0), "past", m.group("date") or m.group("date2")))
    return found


_RUMOUR_TITLE = re.compile(r"(?:【[^】]{1,12}】)?" + alternation(RUMOUR_TITLE_CUES))  # 【无人货架】传果小美…完成新一轮…融资
# …Zoox将以32亿美元的后期估值，获得5亿美元的融资: the valuation it will raise at, then the verb after a comma
_PLANNED = re.compile(r"(?P<subject>[^，。；,;]{2,40}?)" + alternation(PLANNED_MODALS)
                      + r"(?:[^，。；]{0,20}?估值[，,])?[^，。；]{0,30}?(?:完成|获得|获)")
_PLANNED_CUE = re.compile(alternation(PLANNED_MODALS))
_PLANNED_INTO = re.compile(alternation(PLANNED_MODALS) + r"(?:(?:向|对)(?P<target>[^，。；,;]{2,40}?)(?:进行|实施)?(?:增资|注资|投资|战略投资)"
                           r"|(?:战略投资|投资|注资|入股)(?P<target2>[^，。；,;]{2,40}?)(?=[，。；,;]|$))")  # 华侨城集团将战略投资同程旅游集团


def _planned_in_body(event: Event, body_events: list[Event], text: str) -> bool:
    """A headline deal that the body states only as a plan (Zoox将以…获得5亿美元的融资), or as debt."""
    if any(same_company(event, e) for e in body_events):
        return False
    for m in _matches_near_cue(_PLANNED, _PLANNED_CUE, text, "。；"):
        company, _ = parties.company_from_subject(m.group("subject"))
        if company and same_company(event, Event(company=company)):
            return True
    for m in _matches_near_cue(_PLANNED_INTO, _PLANNED_CUE, text, "。；"):
        # 升达林业…拟对跨境出口电商杭州全之脉电子商务有限公司进行增资扩股: a backer's plan to invest
        company, aliases = parties.company_from_subject(m.group("target") or m.group("target2"))
        if company and same_company(event, Event(company=company, company_aliases=aliases)):
            return True
    # 汽车之家宣布以1亿美元可转债形式战略投资…天天拍车: the body says the money is debt
    return any(event.company in sentence and NOT_EQUITY_RE.search(sentence)
               and (CUE.search(sentence) or event.amount_text and event.amount_text in sentence)
               for sentence in sentences(text[:300]))  # 绿城中国获8亿美元低息融资 over …签订总金额为等值8亿美元…的…贷款协议


def _title_events(title: str, text: str = "") -> list[Event]:
    """Events in a headline; 【X获A轮融资】 and 【X】完成… count as clauses of it."""
    title = re.sub(r"【([^】]{1,40})】", r"\1，", title.strip())
    title = re.sub(r"^.{0,16}?[丨｜|│]\s*", "", title)
    events = events_in_sentence(title)
    if not events and _SPACED_CLAUSES.search(title):
        events = events_in_sentence(_SPACED_CLAUSES.sub("，", title))  # 中通快运获红杉中国A轮领投 投资总额超一亿美金
    if len(events) == 1 and not events[0].lead_investors and not events[0].investors:
        _backers_after(events[0], title)
    return events or listing_events(title, text)


# A headline's clauses parted by a space between Chinese words.
_SPACED_CLAUSES = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Today完成3亿元B+轮融资，泛大西洋资本投资; 易民宿获A轮融资 香港旅馆集团战略投资: the headline's last clause names the backers
_BACKERS_CLAUSE = re.compile(r"[，,\s](?P<names>(?:[^，,。；：:\s]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,40}?)(?P<more>等)?"
                             r"(?:共同|联合)?(?:战略)?投资[！!]?$")


def _backers_after(event: Event, title: str) -> None:
    m = _BACKERS_CLAUSE.search(title)
    if not m or DEAL_VERB.search(m.group("names")) or find_rounds(m.group("names")) or PLAN_RE.search(m.group("names")) \
            or re.search(r"\d|用于|加大|继续|重点|万|亿", m.group("names")):
        return
    names = parties.split_names(m.group("names"))
    if len(names) == 1 and not m.group("more"):
        event.lead_investors, event.lead_basis = names, "sole"
    else:
        event.investors = names


