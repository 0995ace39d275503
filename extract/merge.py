"""One event per deal within an article: the title's and the body's mentions merged."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from extract import parties
from extract.model import Event, confidence
from extract.rules import DIGEST_TITLE_WORDS, FINANCING_TITLE_CUES, PAST_RE, alternation

FINANCING_TITLE = re.compile(alternation(FINANCING_TITLE_CUES))


def same_company(a: Event, b: Event) -> bool:
    """Same name, one name inside the other, or a name one of them gives as alias."""
    names_a = {_company_key(n) for n in [a.company, *a.company_aliases]} - {""}
    names_b = {_company_key(n) for n in [b.company, *b.company_aliases]} - {""}
    if names_a & names_b:
        return True
    x, y = _company_key(a.company), _company_key(b.company)
    if x and y and min(len(x), len(y)) >= 2 and (x in y or y in x):
        return True
    if any(len(p) >= 3 and len(q) >= 3 and (p in q or q in p) for p in names_a for q in names_b):
        return True
    if x and y and (x in _glosses(b.company) or y in _glosses(a.company)):
        return True  # Tripalink and 邻客（Tripalink）青年Co-living社区
    return _brand_of_legal(a.company, b.company) or _brand_of_legal(b.company, a.company)


def _brand_of_legal(legal: str, brand: str) -> bool:
    """纳开启元（北京）量子科技有限公司 and 纳开量子: the brand's characters in order in the legal name's core."""
    if not parties.is_legal_name(legal) or len(brand) < 3:
        return False
    core = parties.legal_core(legal)
    if not core.startswith(brand[0]):
        return False
    at = 0
    for ch in brand:
        at = core.find(ch, at) + 1
        if not at:
            return False
    return True


def _glosses(name: str) -> set[str]:
    """The names in brackets inside a name, folded: 邻客（Tripalink）青年社区 → {'tripalink'}."""
    return {_company_key(g) for g in re.findall(r"[（(]([^（）()]{2,30})[）)]", name)} if "（" in name or "(" in name else set()


_KEY_NOISE = re.compile(r"[\s“”\"「」『』《》‘’·]")


@lru_cache(maxsize=65536)
def _company_key(name: str) -> str:
    """The name folded for comparing; a gloss in brackets inside it is dropped (商有（TG）外卖管家 = 商有外卖管家)."""
    return _KEY_NOISE.sub("", re.sub(r"(?<=.)[（(][^）)]{1,12}[）)](?=.)", "", name)).lower()


def _index_keys(event: Event) -> set[str]:
    """Every key `same_company` can match on: the bigrams of each name, its first character, a legal core's first."""
    keys = set()
    for name in [event.company, *event.company_aliases]:
        key = _company_key(name)
        keys.update(key[i: i + 2] for i in range(len(key) - 1))
        if key:
            keys.add("^" + key[0])
        if parties.is_legal_name(name):
            core = parties.legal_core(name)
            if core:
                keys.add("^" + core[0])
    return keys


class _Merged:
    """The events merged so far, indexed so that finding one of the same company costs no full scan."""

    def __init__(self):
        self.events: list[Event] = []
        self._by_key: dict[str, list[int]] = {}
        self._at: dict[int, int] = {}

    def add(self, event: Event) -> None:
        self._at[id(event)] = len(self.events)
        for key in _index_keys(event):
            self._by_key.setdefault(key, []).append(len(self.events))
        self.events.append(event)

    def reindex(self, event: Event) -> None:
        """Index names `event` gained by absorbing another mention."""
        at = self._at[id(event)]
        for key in _index_keys(event):
            ids = self._by_key.setdefault(key, [])
            if at not in ids:
                ids.append(at)

    def of_company(self, event: Event) -> list[Event]:
        """The events added of the same company as `event` (same_company), in the order they were added."""
        return [self.events[i] for i in self._candidates(event) if same_company(self.events[i], event)]

    def _candidates(self, event: Event) -> list[int]:
        return sorted({i for key in _index_keys(event) for i in self._by_key.get(key, ())})

    def find(self, event: Event) -> Event | None:
        ids = self._candidates(event)
        return next((self.events[i] for i in ids if self.events[i].kind == event.kind
                     and same_company(self.events[i], event)
                     and (_compatible_round(self.events[i], event) or _one_deal_told_twice(self.events[i], event))
                     and (event.kind != "past" or _same_past_round(self.events[i], event))
                     and (event.kind != "current" or not _dated_other_deal(self.events[i], event))), None)


def _dated_other_deal(a: Event, b: Event) -> bool:
    """An unnamed round told with a date of its own and another amount is another deal than a named one:
    …23魔方今日宣布完成B3轮融资…总额6200万元 and 今年3月，23魔方刚刚宣布完成1亿元新一轮融资."""
    unnamed, named = (a, b) if a.round_norm == "股权融资" else (b, a)
    if unnamed.round_norm != "股权融资" or named.round_norm == "股权融资" or not unnamed.event_date:
        return False
    if unnamed.amount_low is None or named.amount_low is None or unnamed.currency != named.currency:
        return False
    return not _compatible_amount(unnamed, named)


def _compatible_round(a: Event, b: Event) -> bool:
    return (a.round_norm == b.round_norm or "股权融资" in (a.round_norm, b.round_norm)) and not other_tranche(a, b)


_TRANCHE = re.compile(r"(?:[Pp]re-?)?[A-Ha-h]\s*(\d)")


def other_tranche(a: Event, b: Event) -> bool:
    """宋小菜获1.8亿元B2轮融资 … 今年年初，宋小菜刚刚完成了2.3亿元B1轮融资: two tranches of a round are two deals."""
    x, y = _TRANCHE.match(a.round or ""), _TRANCHE.match(b.round or "")
    return bool(x and y) and x.group(1) != y.group(1)


def _restates_backers(event: Event, main: Event) -> bool:
    """此次顺为资本和小米生态链共同战略投资铜师傅: the headline deal's backers, said again as a strategic investment."""
    backers = event.lead_investors + event.investors
    return event.round_norm == "战略投资" and event.amount_low is None and bool(backers) and same_company(event, main) \
        and all(parties.named_already(n, main.lead_investors + main.investors) for n in backers)


def _one_deal_told_twice(a: Event, b: Event) -> bool:
    """妈妈帮宣布获得好未来教育独家战略投资，顺利完成亿元级B轮融资: one sentence, the strategic investment and its round."""
    return a.evidence == b.evidence and "战略投资" in (a.round_norm, b.round_norm)


def _same_past_round(a: Event, b: Event) -> bool:
    """Background mentions of a company tell its history: an unnamed round joins a named one only by its amount.

    2013年，销售易获…A轮千万级投资 and 2021年9月，销售易宣布获得7000万美元融资 are two rounds.
    """
    if a.round_norm == b.round_norm or a.evidence == b.evidence:
        return True  # one sentence: 完成A轮融资，获得瑞信基金5000万元投资
    if a.amount_low is None or b.amount_low is None:
        return a.amount_low is None and b.amount_low is None or a.round_norm == "股权融资" and a.amount_low is None \
            or b.round_norm == "股权融资" and b.amount_low is None
    return _same_number(a, b)  # 千万级别 and 7000万美元 overlap, yet a history names them as two rounds


def _is_old(event: Event, published: datetime | None) -> bool:
    """True when the event's own date is in an earlier year than the article."""
    if not published or not event.event_date:
        return False
    if event.event_date.startswith(("去年", "前年")):
        return True
    m = re.match(r"(\d{4})年", event.event_date)
    return bool(m) and int(m.group(1)) < published.year and not (
        int(m.group(1)) == published.year - 1 and published.month == 1)


def _this_years_deals(body_events: list[Event], published: datetime | None) -> _Merged:
    """The body's current deals that are not of an earlier year, indexed by company."""
    fresh = _Merged()
    for event in body_events:
        if event.kind == "current" and event.company and not _is_old(event, published):
            fresh.add(event)
    return fresh


def _years_before(event: Event, published: datetime | None) -> int:
    m = re.match(r"(\d{4})年", event.event_date or "")
    return published.year - int(m.group(1)) if m and published else 0


DIGEST_TITLE = re.compile(alternation(DIGEST_TITLE_WORDS) + r"|投融(?!资对接|资服务|资平台)")


def _named_in_title(body_events: list[Event], title: str) -> Event | None:
    """The one company with a deal in the body that the headline names: its deal is the news.

    9650亿美元！Anthropic新一轮融资后估值超越OpenAI — OpenAI's own round in the body is background.
    """
    named = [e for e in body_events if e.kind == "current" and e.company
             and any(len(n) >= 2 and re.search(re.escape(n) + r"[^，,。！!？?\s]{0,6}?(?:融资|轮|获|完成)", title)
                     for n in [e.company, *e.company_aliases])]
    others = [e for e in body_events if e.kind == "current" and e.company and e not in named]
    if not named or len({_company_key(e.company) for e in named}) != 1 or not others:
        return None
    return named[0]


def _story_subject(body_events: list[Event], title: str) -> Event | None:
    """The deal of the one company a story's headline names, when the body tells it as news.

    对话格式塔彭雷：别只用医疗器械定义脑机接口 over 格式塔近日宣布完成4.2亿元天使+轮融资: an interview with the company
    whose round the body reports.
    """
    current = [e for e in body_events if e.kind == "current" and e.company]
    named = [e for e in current if any(len(n) >= 2 and n in title for n in [e.company, *e.company_aliases])]
    if len(named) != 1 or len({_company_key(e.company) for e in current}) != 1 or named[0].event_date \
            or re.search(r"\d{4}年", named[0].evidence) or PAST_RE.search(named[0].evidence):
        return None  # 2019年，微软向OpenAI投资10亿美元; 而就在去年年底，智谱AI完成了…: the story's history
    return named[0]


def merge_events(title_events: list[Event], body_events: list[Event], published: datetime | None,
                 title: str | None = None) -> list[Event]:
    """One event per company and round; the body's wording wins over the title's, save a name that holds the headline's."""
    if len(re.findall(r"[\u4e00-\u9fff]", title or "")) >= 4 and not FINANCING_TITLE.search(title):
        subject = _story_subject(body_events, title)
        for event in body_events:
            if event.kind == "current" and event is not subject:
                event.kind = "past"  # 影目科技、雷鸟创新出狠招: a story that mentions rounds, not a deal report
    headline = [e for e in title_events if e.kind == "current" and e.company]
    distinct = {_company_key(e.company) for e in headline}
    # A headline naming several deals is a digest: every deal in the body stands on its own.
    # So is a headline that says it is one (一周投融资｜X完成10亿元C轮融资): the deal it names is one of many.
    main = headline[0] if len(distinct) == 1 and not (title and DIGEST_TITLE.search(title)) else None
    if main is None and not headline and title and not DIGEST_TITLE.search(title):
        main = _named_in_title(body_events, title)
    if main is not None:
        _name_the_headlines_twin(main, body_events)
        _headline_deal_in_history(main, body_events)
    fresh = None
    for event in body_events:
        if event.kind == "current" and _is_old(event, published):
            # 得图网络近日…获得2000万人民币融资 … 2016年1月，获得数千万人民币Pre-B轮融资: beside this year's deal of the
            # same company, a dated one is its history
            if fresh is None:
                fresh = _this_years_deals(body_events, published)
            if _years_before(event, published) > 1 or not (
                    main and (not event.company or same_company(event, main)) and _compatible_round(event, main)
                    and _compatible_amount(event, main)) or fresh.of_company(event):
                event.kind = "past"
    merged = _Merged()
    main_target = main
    for event in body_events + title_events:
        from_title = any(event is t for t in title_events)
        if not event.company:
            if main is None:
                continue
            event = replace(event, company=main.company)
        if main is not None and event.kind == "current" and event is not main:
            if not same_company(event, main):
                event = replace(event, kind="past")
            elif _restates_backers(event, main):
                event = replace(event, round=main.round, round_norm=main.round_norm)
            elif (main.round and event.round and (event.round_norm != main.round_norm or other_tranche(event, main))
                  and "股权融资" not in (main.round_norm, event.round_norm)
                  and not any(_one_deal_told_twice(event, e) and e.round_norm == main.round_norm for e in body_events)):
                event = replace(event, kind="past")
        target = merged.find(event)
        if target is None:
            merged.add(event)
            target = event
        else:
            _absorb(target, event, fill_only=from_title)
            merged.reindex(target)
        if event is main:
            main_target = target
            _headline_name(target, event)
    if main is not None:
        # One deal per headline: other current events of the headline's company are background.
        for event in merged.events:
            if event.kind == "current" and event is not main_target and same_company(event, main_target):
                event.kind = "past"
    _earlier_months_are_background(merged.events, published)
    return sorted(merged.events, key=lambda e: e.kind != "current")


def _name_the_headlines_twin(main: Event, body_events: list[Event]) -> None:
    """The body's one deal of the headline's round and amount is the headline's deal under another name.

    芬兰VR游戏开发获100万美元种子轮融资 over 今日，芬兰创企3rd Eye Studios获100万美元融资: the headline
    describes the company, the body names it; 英国移动支付Yoyo钱包 and Yoyo Wallet are one company.
    """
    current = [e for e in body_events if e.kind == "current" and e.company]
    if main.amount_low is None or any(same_company(e, main) and not _restates_backers(e, main) for e in current):
        return
    # 铜师傅获1.1亿元A轮融资 over 玺匠文创股份完成A轮融资，本轮由顺为资本和小米生态链领投，…总额超过1.1亿元人民币
    twins = [e for e in current if _compatible_round(e, main) and (
        _same_number(e, main) or e.amount_low == main.amount_low and None in (e.amount_high, main.amount_high)
        and set(e.lead_investors) & set(main.lead_investors))]
    if len(twins) == 1 and any(e is not twins[0] and main.company in e.evidence for e in body_events):
        # the body writes the headline's name too (此次…共同战略投资铜师傅): it is the brand, the twin's name an alias
        twin = twins[0]
        twin.company_aliases = [twin.company] + [a for a in twin.company_aliases if a != main.company]
        twin.company = main.company
    elif len(twins) == 1 and main.company not in twins[0].company_aliases:
        twins[0].company_aliases.append(main.company)


def _headline_deal_in_history(main: Event, body_events: list[Event]) -> None:
    """A background mention of the headline's very deal is the deal: same company, round and amount.

    云集成供应商Tray.io获1430万美元A轮融资 over …它曾于两年前完成了500万美元A轮融资。6月18日，这家公司又筹集了
    1430万美元融资 — the second sentence took the history's tense from the first.
    """
    if main.amount_low is None or main.amount_high != main.amount_low or any(
            e.kind == "current" and same_company(e, main) and _same_number(e, main) for e in body_events):
        return  # 数亿元 twice is no one deal: 宁德时代…以数亿元领投贝塔聚变新一轮融资 and its 数亿元种子轮 of before
    told = [e for e in body_events if e.kind == "past" and e.company and same_company(e, main)
            and _same_number(e, main) and _compatible_round(e, main)]
    if len(told) == 1:
        told[0].kind = "current"


def _month_before(event: Event, published: datetime | None) -> int | None:
    """How many months before the article's month the event is dated (今年5月, 6月), None when undated."""
    m = re.match(r"(?:(\d{4})年|今年)?(\d{1,2})月", event.event_date or "")
    if not m or not published or m.group(1) and int(m.group(1)) != published.year:
        return None
    return published.month - int(m.group(2))


def _earlier_months_are_background(events: list[Event], published: datetime | None) -> None:
    """今天，LiberAI宣布完成…Pre-A+轮融资 … 今年5月，LiberAI宣布完成…种子轮: a company's rounds of earlier months are its history."""
    current = [e for e in events if e.kind == "current" and e.company]
    for event in current:
        before = _month_before(event, published)
        if not before or before < 1:
            continue
        newer = [o for o in current if o is not event and same_company(o, event)
                 and (_month_before(o, published) is None or _month_before(o, published) < before)]
        if newer:
            event.kind = "past"


def _absorb(target: Event, other: Event, fill_only: bool = False) -> None:
    """Fill what `target` lacks from another mention of the same deal.

    With `fill_only` (a title merging into the body's event) investor lists are
    taken only when the body named none.
    """
    if other.round and (not target.round or target.round_norm == "股权融资"
                        or target.round_norm == "战略投资" and other.round_norm not in ("股权融资", "战略投资")):
        target.round, target.round_norm = other.round, other.round_norm  # the letter wins over 战略投资
    if other.amount_text and not target.amount_text:
        target.amount_text, target.currency = other.amount_text, other.currency
        target.amount_low, target.amount_high = other.amount_low, other.amount_high
    elif other.amount_text and not target.currency and other.currency and _same_number(target, other):
        target.amount_text, target.currency = other.amount_text, other.currency
    if fill_only and target.lead_investors:
        other = replace(other, lead_investors=[], investors=[])
    elif fill_only and target.investors and other.lead_basis == "sole":
        other = replace(other, lead_investors=[], investors=[])  # 获腾讯投资 in a headline, six backers in the body
    elif fill_only and target.investors:
        other = replace(other, investors=[])  # the body names no lead: the headline's lead still counts
    if other.lead_investors and not target.lead_investors and not (other.lead_basis == "sole" and target.investors):
        # but 获得腾讯的投资… after 通过腾讯、Lemnos、CrunchFund和Maven完成了…: one backer of several is no sole one
        target.lead_investors = list(other.lead_investors)
        target.lead_basis = other.lead_basis
        target.investors = [n for n in target.investors if n not in target.lead_investors]
    for name in other.investors + other.lead_investors:
        if not parties.named_already(name, target.investors + target.lead_investors):
            target.investors.append(name)
    for name in other.advisors:
        if name not in target.advisors:
            target.advisors.append(name)
    for alias in other.company_aliases + ([other.company] if other.company != target.company else []):
        if alias not in target.company_aliases and alias != target.company:
            target.company_aliases.append(alias)
    if parties.is_legal_name(target.company) and not parties.is_legal_name(other.company) \
            and (other.company in target.company or _brand_of_legal(target.company, other.company)):  # 纳开启元…→ 纳开量子
        target.company_aliases = [target.company] + [a for a in target.company_aliases if a != other.company]
        target.company = other.company  # 西安思后网络科技有限公司 → 思后网络
    if not target.event_date and other.event_date:
        target.event_date = other.event_date
    target.confidence = max(target.confidence, confidence(target))


def _headline_name(target: Event, headline: Event) -> None:
    """The headline's name when the body writes it with more around it (有喵 for YOUMIAO有喵, 心流互动 for 心流互动科技)."""
    if target is headline or target.company == headline.company or parties.is_legal_name(headline.company) \
            or _company_key(headline.company) not in _company_key(target.company) \
            or len(_company_key(target.company)) - len(_company_key(headline.company)) < 2:
        return  # 起风了 over 起风, 闪回收 over 闪回: one character more is the name the headline cut
    target.company_aliases = [target.company] + [a for a in target.company_aliases if a not in (target.company, headline.company)]
    target.company = headline.company


def _compatible_amount(a: Event, b: Event) -> bool:
    """Amount ranges overlap, or one side gives none."""
    if a.amount_low is None or b.amount_low is None:
        return True
    a_high = a.amount_high if a.amount_high is not None else float("inf")
    b_high = b.amount_high if b.amount_high is not None else float("inf")
    return a.amount_low <= b_high * 1.05 and b.amount_low <= a_high * 1.05


def _same_number(a: Event, b: Event) -> bool:
    return a.amount_low == b.amount_low and a.amount_high == b.amount_high


