"""Roles: the lead investors, other investors and advisors a deal names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import parties
from extract.amounts import find_amounts
from extract.model import Event, confidence
from extract.rules import (
    ATTRIBUTION_OPENERS, ATTRIBUTION_VERBS, BROUGHT_IN_VERBS, COUNTED_BACKER_NOUNS, FIRM_ENDINGS, INCLUDED_BACKER_NOUNS,
    INCLUDED_BACKER_QUALIFIERS, LATER_ROUND_WORDS, LEAD_WORDS, LEGAL_SUFFIXES, LISTED_BACKER_TITLES, MONEY_WORD,
    NOT_NAME_LIST_WORDS, OLD_SHAREHOLDERS, PERSON_TITLES, PLANNED_MODALS, ROLE_RE, alternation,
)

@dataclass
class Roles:
    """Who a deal names: leads, other investors, advisors, and why the leads are leads.

    `basis` is "explicit" when the text says they led (领投, 牵头, 独家投资 …) and
    "sole" when one named backer is the round's only investor.
    """

    leads: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    advisors: list[str] = field(default_factory=list)
    basis: str | None = None

    def __bool__(self) -> bool:
        return bool(self.leads or self.others or self.advisors)

    def with_sole(self, names: list[str], more: bool = False) -> "Roles":
        """These roles, or `names` when they name nobody: one name is the sole backer, several are co-investors
        (and so is one name with `more`, when the text says there are others: 获章子怡等百万元天使融资)."""
        if self.leads or self.others or not names:
            return self
        if len(names) == 1 and not more:
            return Roles(list(names), [], self.advisors, "sole")
        return Roles([], list(names), self.advisors, None)

    def with_backers(self, names: list[str]) -> "Roles":
        """These roles with `names` among the backers: 获得了蚂蚁金服的战略投资，光速中国…等其余老股东跟投."""
        added = [n for n in names if n not in self.leads + self.others]
        return Roles(list(self.leads), added + list(self.others), self.advisors, self.basis) if added else self


_LISTED_INVESTORS = re.compile(
    r"(?:本轮|此轮|本次|此次|该轮)?(?:融资|投资)?的?(?P<more>其他|其余)?" + alternation(LISTED_BACKER_TITLES)
    + r"(?:阵容)?(?:分别|已|也|还)?(?:为|是|包括|涵盖|有|：|:|——)"  # 本轮融资只有一位投资方——日本电商Transcosmos
)
# 投资方包括复朴投资、远洋集团旗下投资基金等机构: one name given of several backers, none of them the sole one
_SEVERAL_LISTED = re.compile(r"[^，。；,;]{2,60}?等")
# 加拿大机构基金管理公司CDPQ为本轮战略投资方: the backer named as this round's investor.
_NAMED_AS_INVESTOR = re.compile(r"(?:^|[，,。；;])(?P<names>[^，。；;,]{2,60}?)(?:为|是)(?:本轮|此轮|本次|此次)(?:融资)?的?"
                                r"(?:战略|独家|唯一)?(?:(?P<lead>领投方)|投资方|投资人|投资者)")
_NAMED_CUE = re.compile(r"[为是](?:本轮|此轮|本次|此次)")  # most scopes cannot match the full pattern
# 本轮投资方FAMOUS GROUP和Plentiful International是两大…产业基金, 本轮投资人肖莹是…: the title, then the names, then
# what they are; the names end at the verb or the date that tells it.
_TITLE_THEN_INVESTOR = re.compile(r"(?:^|[，,。；;])(?:本轮|此轮|本次|此次)(?:融资的?)?(?:投资方|投资人|投资机构)"
                                  r"(?P<names>(?![为是包括有：:，、的中均也还分之])[^，。；;:：“”]{2,40}?)"
                                  r"(?=是(?!否)|成立于|创立于|创办于|于\d{4}年|[，,](?:成立|创立)于)")
# 现代、丰田和汽车供应公司 Denso 等五家公司投资: the names before a count of backers.
_COUNTED_INVESTORS = re.compile(r"(?:^|[，,])(?P<names>[^，。；,]{2,80}?)等[一二三四五六七八九十两几多数\d]+家"
                                + alternation(COUNTED_BACKER_NOUNS) + "?"
                                r"(?:共同|联合)?(?:投资|参投|跟投|出资)")
# 包括Causeway Media Partners、CRV…在内的现有投资者也参与了此次融资: the names before 在内的 are investors.
# 包括Andreessen Horowitz、…以及DCVC在内的Illumio现有投资者: the company may stand before the qualifier.
# …包括X、Y在内的投资方; also with no 包括, at the start of a clause: 除此之外，Prosperico Ventures和…徐英霖在内的现有投资者
_INCLUDING = re.compile(r"(?:包括|(?:^|(?<=[，,：:]))(?!包括))(?P<names>[^，。；]{2,160}?)在内的(?:" + alternation(INCLUDED_BACKER_QUALIFIERS) + "?"
                        + r"|[^，。；的\s]{1,20}?的?" + alternation(INCLUDED_BACKER_QUALIFIERS) + ")"
                        + alternation(INCLUDED_BACKER_NOUNS))
_STRATEGIC_AFTER = re.compile(r"[，,](?P<names>[^，。；、]{2,30}?)(?:进行|参与)?战略投资(?=[。；;]|$)")
# 包括新加坡政府投资公司、…以及Baillie Gifford等成为新增战略投资者: the names that became the round's new investors.
_BECAME_INVESTORS = re.compile(r"包括(?P<names>[^，。；]{2,300}?)等?成为(?:本轮的?)?(?:新增|新的|新)?(?:战略)?(?:投资者|投资方|投资人|股东)")
# 本轮融资引入了源星资本、广发证券…等多家战略型投资人; 此外脉脉还引入…智联招聘作为战略投资方: the backers the round brought in.
_BROUGHT_IN = re.compile(alternation(BROUGHT_IN_VERBS) + r"了?(?P<names>[^，。；]{2,160}?)(?:等|作为)(?:多家|[一二三四五六七八九十两几\d]+家)?"
                         r"(?:战略型?|知名|专业|新)?(?:投资人|投资者|投资方|投资机构|股东)")
# A sentence about the investors of the round just told, wherever it stands: 本轮融资的参投方还包括新投资人Citi Ventures,
# 此轮融资由小米产投、舜宇产业基金…参投, 本轮融资的其他投资者还包括新加坡的Cloud Alliance, 新投资人包括…，老股东…超额追投,
# 这轮融资由Balderton Capital领投, 参与本次投资的机构包括公信宝、PreAngel….
_THIS_ROUND_START = re.compile(
    r"^(?:本轮|此轮|该轮|这轮|(?:本次|此次)(?:[A-Za-z+＋\-]{1,8}轮)?)(?:融资|投资)?(?:主要由|由|的(?:其他|其余)?(?:投资方|投资人|投资者|投资机构|参投方|跟投方)|的(?:领投方|领投机构)(?:为|是|：|:))|^"
    + _INCLUDING.pattern
    + r"|^(?:新|其他|其余)(?:投资方|投资人|投资者|投资机构|股东)(?:还|也)?(?:包括|为|是|有)"
    + r"|^参与(?:了)?(?:本轮|此轮|本次|此次|这轮|这次)(?:融资|投资)的(?:机构|投资方|投资人|投资者|投资机构)(?:还|也)?(?:包括|为|是|有)"
    + r"|^(?:本轮|此轮|本次|此次)(?:融资)?(?:只有|仅有)(?:一位|一家|一个)(?:投资方|投资人|投资者)"  # …只有一位投资方——X
)
_SHAREHOLDERS_FIRST = re.compile(r"^[^，。；]{2,80}?等" + alternation(OLD_SHAREHOLDERS))  # 道彤投资、云时资本…等老股东持续超额加码认购
# 这家特拉维夫创企种子轮融资的投资方包括A16Z、Entrée Capital…
_INVESTORS_OF_THE_ROUND = re.compile(r"^[^，。；]{0,20}?(?:融资|投资)的(?:其他|其余)?(?:投资方|投资人|投资者|投资机构|参投方|跟投方)"
                                     r"(?:还|也)?(?:包括|为|是|有)")


# 新闻稿写道，… / 据悉，…: who tells the sentence, before what it tells.
_ATTRIBUTION = re.compile(r"(?:[^，。；]{0,30}" + alternation(ATTRIBUTION_VERBS) + "|" + alternation(ATTRIBUTION_OPENERS)
                          + r")[，,：:]\s*")
_ROLES_OF_THE_ROUND = re.compile(r"融资由[^，。；]{2,80}?(?:领投|跟投|参投|投资|注资)")
# 本轮融资同时包含股权融资和债券融资，由Kae Capital领投: a clause on the round, then who led it
_THIS_ROUND_THEN_ROLES = re.compile(r"^(?:本轮|此轮|这轮|本次|此次)(?:融资|投资)(?!后)[^，。；]{2,30}[，,]由[^，。；]{2,80}?(?:领投|跟投|参投|投资)")


def names_this_round(sentence: str) -> bool:
    """True when `sentence` is about the investors of the round just told, even in a later paragraph."""
    if _THIS_ROUND_START.match(sentence) or _THIS_ROUND_THEN_ROLES.match(sentence):
        return True
    said = _ATTRIBUTION.match(sentence)
    if said and (_THIS_ROUND_START.match(sentence[said.end():]) or _ROLES_OF_THE_ROUND.match(sentence, said.end())):
        return True  # 新闻稿写道，融资由B Capital和Capital Factory共同领投: the round told, after who tells it
    if "股东" in sentence and _SHAREHOLDERS_FIRST.match(sentence):
        return True
    if _LED_THIS_ROUND.search(sentence):
        return True  # 新投资方北极光创投领投此轮融资，凯鹏华盈…参投
    if _JOINED_THIS_ROUND.search(sentence):
        return True  # …Prosperico Ventures和…徐英霖在内的现有投资者也参与了此轮融资
    if "成为" in sentence and _BECAME_INVESTORS.search(sentence):
        return True  # 包括…等成为新增战略投资者: the round's new investors, in a later paragraph
    if sentence.startswith("作为") and _AS_ROLE.match(sentence):
        return True  # 作为本轮领投方，钟鼎创投认为: a later paragraph where the round's backer speaks
    if _TITLE_THEN_INVESTOR.match(sentence):
        return True  # 本轮投资方FAMOUS GROUP和Plentiful International是…: a later paragraph on who they are
    head = sentence[:26]
    return ("融资的" in head or "投资的" in head) and bool(_INVESTORS_OF_THE_ROUND.match(sentence))


_LED_THIS_ROUND = re.compile(alternation(LEAD_WORDS) + r"了?(?:此轮|本轮|本次|此次|这轮|这次)")
# …在内的现有投资者也参与了此轮融资; 之前的投资方…也参与了C轮融资 (a round other than the deal's is refused after: _names_other_round)
_JOINED_THIS_ROUND = re.compile(r"(?:也|均|都|还)?(?:参与|参投|跟投)了?(?:此轮|本轮|本次|此次|这轮|这次|(?:[Pp]re-?)?[A-H]\d?[+＋]*轮)(?:融资|投资)")


# 该轮投资由五岳华诺、长安私人资本及春晓东科于2017年联合完成: a time, then 联合完成 alone
_BY_INVESTORS = re.compile(
    r"由(?P<names>[^，。；由]{2,80}?)(?:于[^，。；由]{2,10}?)?(?:共同|联合|一起)?(?:完成了?)?"
    r"(?:投资|注资|出资|参与投资|提供|实施|(?<=共同完成|联合完成))(?=[，。；,;]|的|$|\s|[\d.]+(?:万|亿))"
)
_NAME_BOUNDARY = re.compile(r"[，。；;：:！!]|,(?!\s?(?:L\.?P|Inc|Ltd|LLC))|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|获得|获|由|其中|本轮|此轮|本次|此次|同时|另外|此外|以及(?=老股东)")


def between_investors(clause: str, rounds, amount) -> tuple[list[str], bool]:
    """Investors written between the verb and the round (获得顺为资本的天使投资), and whether they end in 等:
    more backers than those named (获章子怡等百万元天使融资)."""
    span = _between_span(clause, rounds, amount)
    return parties.split_names(span), span.endswith("等")


# Digits that are no part of a backer's name (not 创客100创投基金, 58同城, 360): a number standing alone or on a Latin side
_DIGITS_NOT_IN_A_NAME = re.compile(r"(?<![\u4e00-\u9fff\d.])\d|\d(?![\d.]*[\u4e00-\u9fff])")


def _between_span(clause: str, rounds, amount) -> str:
    stops = [r[0] for r in rounds]
    if amount:
        stops.append(clause.find(amount.text))
    # not the 投资 of a firm's name or a backer's title: 获得了深圳盈信投资集团数千万元的A轮融资, 滴滴天使投资人王刚的A轮融资
    m = next((w for w in MONEY_WORD.finditer(clause)
              if not clause.startswith(FIRM_ENDINGS + LEGAL_SUFFIXES, w.end())
              and not clause.startswith(INCLUDED_BACKER_NOUNS, w.start())
              and not clause.startswith("融资本", w.start())  # 获迭代资本、顺融资本803万元融资
              and not clause.startswith("投资、", w.start())), None)  # 获得迪士尼旗下思伟投资、IDG…的B轮融资
    if m:
        stops.append(m.start())
    stops = [s for s in stops if s >= 0]
    if not stops:
        return ""
    span = clause[: min(stops)]
    if span.startswith("的") or span.startswith(("对", "向")):
        # 共享际迎来的又一重量级投资: the verb is in a clause that names the deal, no backer follows it;
        # 完成对通和毓承资本的战略投资: 对 names the company invested in
        return ""
    span = re.sub(r"^(?:了|过|来自|由)+", "", span)  # 获得过顺为资本的天使轮投资
    span = re.sub(r"(?<=[\u4e00-\u9fff])[A-H][+＋]*、$", "", span)  # …联创永宣等A、B轮融资: the first of two rounds
    span = re.sub(r"(?:的|共同|联合|提供|数额|总额|金额|总计|合计|共|约|超|近|逾|的新一笔|的一笔|新一|又一|投出)+$", "", span).strip()  # 获恺英网络提供的3000万元
    # an amount left in the span is no name; 万, 亿 and 元 inside a name are (元禾原点, 万向创投, 盛万文化)
    if not span or ROLE_RE.search(span) or _DIGITS_NOT_IN_A_NAME.search(span) or find_amounts(span) \
            or re.fullmatch(r"[数几一二两三四五六七八九十百千万亿余多上过超近]+", span):  # 获千万天使轮融资
        return ""
    return span


# 58到家集团（也就是58速运的母公司，之前58速运已经和快狗速运合并）: a remark in brackets, no part of the list
# 高盛集团（曾在18个月前领投了TraceLink 的5150万美元C轮融资）: a remark on a backer's past, whose roles are not this round's
_GLOSS_WITH_COMMA = re.compile(r"[（(][^（）()]{0,60}[，,；;][^（）()]{0,60}[）)]|[（(](?:曾经|曾|此前|之前)[^（）()]{2,60}[）)]"
                               r"|[（(](?:也就是|也即|亦即|即)[^（）()]{0,60}[）)]")  # CapitalG（也就是Alphabet的后阶段风投基金）


# 领投方为T. Rowe Price Associates参投方包括…: the next role's title glued to the last name of the one before
_TITLE_AFTER_NAME = re.compile(r"(?:(?<=[A-Za-z）)])|" + "|".join(f"(?<={re.escape(w)})" for w in FIRM_ENDINGS) + ")(?="
                               + alternation(t for t in LISTED_BACKER_TITLES if t.endswith("方")) + "(?:包括|为|是))")
_PLANNED_ROLE = re.compile(alternation(PLANNED_MODALS) + "$")


def without_remarks(text: str) -> str:
    """`text` without the remarks in brackets that tell something else than the names (see _GLOSS_WITH_COMMA)."""
    return _GLOSS_WITH_COMMA.sub("", text) if "（" in text or "(" in text else text


def roles_in(scope: str) -> Roles:
    """Lead investors, other investors and advisors named in `scope`."""
    leads: list[str] = []
    others: list[str] = []
    advisors: list[str] = []
    previous_end = 0
    if "轮" in scope:
        scope = _PAST_ROLE_TITLE.sub(lambda d: "、" * len(d.group(0)), scope)
    scope = without_remarks(scope)
    if "方" in scope:
        scope = _TITLE_AFTER_NAME.sub("，", scope)
    for m in ROLE_RE.finditer(scope):
        if m.group("lead") == "主导" and scope.startswith("着", m.end()):
            continue  # 苹果设备一直主导着播客市场: a market led, not a round
        names = _names_before(scope, m.start(), previous_end)
        # 领投方为X, 领投者为X, 同时参与融资的公司还有NEA…; not 主导市场格局: a market, no backer
        if not names and re.match(r"方|机构|人|者|为|是|：|:|的|包括|(?:融资|投资)的", scope[m.end():]):
            names = _names_after(scope, m.end())  # 领投方为X; not 天使投资人领投、和君资本跟投 (the next role's names)
            following = ROLE_RE.search(scope, m.end())
            if len(names) > 1 and following and not re.search(r"[，,。；;]", scope[m.end(): following.start()]):
                names = names[:-1]  # 领投方为淡马锡、瑞士信贷、CDIB、IDG跟投: the last name is the next role's
        if m.group("advisor") and _LATER_ROUNDS.search(scope, max(previous_end, m.start() - 8), m.start()):
            previous_end = m.end()
            continue  # 云岫资本担任后续融资独家财务顾问: the advisor of rounds to come
        if _PLANNED_ROLE.search(scope, max(previous_end, m.start() - 4), m.start()):
            previous_end = m.end()
            continue  # 近期还有投资方将追加投资: a backer still to come
        previous_end = m.end()
        target = leads if m.group("lead") else others if m.group("follow") else advisors
        for n in names:
            if n not in target:
                target.append(n)
    basis = "explicit" if leads else None
    for m in (_NAMED_AS_INVESTOR.finditer(scope) if _NAMED_CUE.search(scope) else ()):
        names = [] if ROLE_RE.search(m.group("names")) else parties.split_names(m.group("names"))
        if names and (m.group("lead") or len(names) == 1 and not leads and not others):
            leads.extend(n for n in names if n not in leads)
            basis = basis or ("explicit" if m.group("lead") else "sole")
        else:
            others.extend(n for n in names if n not in others and n not in leads)
    for m in (_TITLE_THEN_INVESTOR.finditer(scope) if "本" in scope or "此" in scope else ()):
        if ROLE_RE.search(m.group("names")) or _PERSON_TITLE.search(m.group("names")):
            continue  # 本轮投资人游族网络CEO林奇是…: an officer, named in the sentences that tell the round
        if _add_backers(parties.split_names(m.group("names")), leads, others):
            basis = basis or "sole"
    for m in (_COUNTED_INVESTORS.finditer(scope) if "家" in scope else ()):
        if not ROLE_RE.search(m.group("names")):
            others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    for m in (_INCLUDING.finditer(scope) if "在内" in scope else ()):
        others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    for m in (_STRATEGIC_AFTER.finditer(scope) if leads or others else ()):
        # …由红杉资本中国基金领投，中电健康基金战略投资: one more backer, whose part is a strategic investment
        others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    for m in (_BECAME_INVESTORS.finditer(scope) if "成为" in scope else ()):
        others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    for m in (_BROUGHT_IN.finditer(scope) if "引" in scope else ()):
        others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    for m in _LISTED_INVESTORS.finditer(scope):
        names = _names_after(scope, m.end())
        several = m.group(0).endswith(("包括", "涵盖")) or _SEVERAL_LISTED.match(scope, m.end())
        if names and not leads and not others and len(names) == 1 and not m.group("more") and not several:
            leads.extend(names)
            basis = "sole"
        else:
            others.extend(n for n in names if n not in others and n not in leads)
    for m in _BY_INVESTORS.finditer(scope):
        if ROLE_RE.search(m.group("names")) or ROLE_RE.match(scope, m.end()):
            continue
        names = parties.split_names(m.group("names"))
        if not names:
            # 由三方联合投资，包括X、Y和Z: the names follow 包括
            after = re.match(r"[，,]?(?:分别)?(?:包括|为|是)", scope[m.end():])
            names = _names_after(scope, m.end() + after.end()) if after else []
        if _add_backers(names, leads, others):
            basis = "sole"
    for m in (_AS_ROLE.finditer(scope) if "作为" in scope else ()):
        firm = parties.speaker_firm(m.group("who"))
        if not firm and len(m.group("who")) > 10:
            continue  # a speaker whose title the pattern does not know: no name to cut from it
        names = parties.split_names(firm or m.group("who"))
        target = leads if m.group("role").startswith("领投") else others
        target.extend(n for n in names if n not in leads + others)
        basis = basis or ("explicit" if leads else None)
    if (leads or others) and "还有" in scope:
        for m in _ALSO_LISTED.finditer(scope):
            if not ROLE_RE.search(m.group("names")) and not _NOT_NAME_LIST.search(m.group("names")):
                others.extend(n for n in parties.split_names(m.group("names")) if n not in others and n not in leads)
    return Roles(leads, [n for n in others if n not in leads], advisors, basis)


def _add_backers(names: list[str], leads: list[str], others: list[str]) -> bool:
    """One name, when the scope has named no backer yet, is the round's sole backer (True); more are co-investors."""
    if len(names) == 1 and not leads and not others:
        leads.extend(names)
        return True
    others.extend(n for n in names if n not in others and n not in leads)
    return False


# 作为本轮领投方，钟鼎创投认为; 作为本轮融资的投资方，起点创投基金创始合伙人查立表示: the backer whose officer speaks
_AS_ROLE = re.compile(r"作为(?:本轮|此轮|本次|该轮)(?:融资)?的?(?:共同|联合)?(?P<role>领投方|领投机构|跟投方|投资方|投资机构)[，,]\s*"
                      r"(?P<who>[^，。；：:“”]{2,40}?)(?:表示|认为|表明|称|指出|谈到)")


# KIP韩投伙伴领投，上一轮领投方BAI跟投: the role a backer had in an earlier round only describes it.
_PAST_ROLE_TITLE = re.compile(r"(?:上一?轮|前一?轮)(?:融资)?的?(?:领投方|跟投方|投资方|领投机构)(?=[^，。；,;\s])")
# …BAI跟投，此外还有唐竹资本、六禾创投。: more backers of the round, listed after its roles.
_ALSO_LISTED = re.compile(r"[，,](?:此外|另外|同时)?还有(?P<names>[^，。；,;]{2,80}?)(?:等(?:机构|投资方|投资机构)?)?"
                          r"(?:参与|参投|跟投|投资)?(?=[。；;]|$)")


_LATER_ROUNDS = re.compile(alternation(LATER_ROUND_WORDS))
_PERSON_TITLE = re.compile(alternation(PERSON_TITLES))
_NOT_NAME_LIST = re.compile(r"^[方为是]|投资$|\d{4}|" + alternation(NOT_NAME_LIST_WORDS))


def _names_before(scope: str, end: int, floor: int) -> list[str]:
    head = _THIS_ROUND_AT_END.sub("", scope[floor:end])  # A轮融资的资方 Felix Capital 本轮跟投: the name is before 本轮
    cut = -1
    for m in _NAME_BOUNDARY.finditer(head):
        if m.group(0) == "由" and cut >= 0 and "、" in head[cut_end: m.start()] and _LIST_ITEM_BEFORE.search(head, 0, m.start()):
            continue  # Beechat Fund、哈希资本、极路由董事长王楚云跟投: 由 inside a name of the list
        cut = m.start() if m.group(0) in "，," else m.end()
        cut_end = m.end()
        if m.group(0) == "以及" and m.start() > 0 and head[m.start() - 1] in "，,":
            cut = m.start() - 1  # 深圳南山战新投，以及老股东元禾厚望: the list goes on after the comma
    if cut < 0:
        span = head
    else:
        span = head[cut_end:]
        # "A、B，以及C、D跟投" / "爱奇艺，华创资本，顺为资本跟投": earlier clauses of the same list
        while span.strip() and head[cut: cut_end] in ("，", ",", "，以及", ",以及") and cut > 0:
            previous = max(head.rfind(c, 0, cut) for c in "，,；;。：:")
            clause = head[previous + 1: cut]
            if not clause or len(clause) > 40 or _NOT_NAME_LIST.search(clause) or ROLE_RE.search(clause) \
                    or clause.strip() in ATTRIBUTION_OPENERS \
                    or _LISTED_INVESTORS.search(clause) or not parties.split_names(clause):
                break
            clause = clause[clause.rfind("由") + 1:] if "由" in clause[:-2] else clause  # 由X、Y，以及Z
            span = clause + "、" + re.sub(r"^(?:以及|及|和|还有)", "", span)
            cut, cut_end = previous, previous + 1
            if previous < 0:
                break
    span = _STAKE.sub("", re.sub(r"(?<=\S{2})(?:作为|为|是)$", "", span))  # not 顺为, 华为
    span = re.sub(r"^除此之外[，,]?|^除了?(?=\S{2})", "", span)  # 除原有股东继续跟投外: besides them, others
    return parties.split_names(span)


_THIS_ROUND_AT_END = re.compile(r"(?<=[A-Za-z0-9\u4e00-\u9fff])\s*(?:本轮|此轮|本次|此次)\s*$")
# 云锋基金以1.5亿人民币领投: the backer's own stake between its name and its role
_STAKE = re.compile(r"(?<=\S{2})以(?:约|近|超|逾)?[\d.]+(?:万|亿|千万|百万)[^，。；、]{0,5}?(?:元|人民币|美元|美金|欧元)?$")


_LIST_ITEM_BEFORE = re.compile(r"、[^、，,。；;]{1,3}$")  # 由 one to three characters into an item of a list


def _names_after(scope: str, start: int) -> list[str]:
    # 领投方为X, 其它参投方有腾讯、百度…
    m = re.match(r"(?:方分别为|方包括|方为|方是|方有|机构包括|机构为|机构是|机构有|方|机构|的有)?[为是：:]?", scope[start:])
    start += m.end() if m else 0
    end = _NAME_BOUNDARY.search(scope, start)
    span = scope[start: end.start() if end else len(scope)]
    for _ in range(4):
        # …包括新投资人Citi Ventures，以及现有投资人HPE Growth Capital; …等财投基金，蓝思科技等产业资本，以及…等地方国资:
        # the list goes on after the comma
        more = _LIST_GOES_ON.match(scope, end.start()) if end else None
        if not more:
            break
        end = _NAME_BOUNDARY.search(scope, more.end())
        clause = scope[more.end(): end.start() if end else len(scope)]
        if ROLE_RE.search(clause) or not more.group("and") and not ("等" in span and _CATEGORY_END.search(clause)) \
                and not (re.search(r"[A-Za-z]$", span.rstrip()) and _LATIN_NAME_START.match(clause)):
            break  # but Partner Fund Management，BioMatics Capital 和…: English names are listed with commas
        span += "、" + clause
    officer = _OFFICER_SPEAKS.match(span)
    if officer:
        span = officer.group("firm")  # 本轮领投方金沙江联合资本董事总经理周奇表示: the firm backs, its officer speaks
    return parties.split_names(span)


_OFFICER_SPEAKS = re.compile(r"(?P<firm>[^，。；：:、]{2,30}?)的?(?:董事|副|执行|创始|高级|管理)?" + alternation(PERSON_TITLES)
                             + r"[^，。；：:、]{1,12}?" + alternation(ATTRIBUTION_VERBS))


# An English name, or one that opens with a number (FreeS，11.2 Capital和A.Capital; 500 Startups).
_LATIN_NAME_START = re.compile(r"\s*(?:[A-Za-z]|[\d.]+\s*[A-Za-z])")
_LIST_GOES_ON = re.compile(r"[，,]\s*(?P<and>以及|还有|包括)?")  # …以及多位明星创业者，包括美柚创始人陈方毅、…
_CATEGORY_END = re.compile(r"^[^，。；]{2,40}?等[\u4e00-\u9fff]{0,8}$")  # 蓝思科技等产业资本



def add_roles(event: Event, sentence: str) -> bool:
    """Add 由X领投，Y跟投 from a sentence that follows the deal; True if any name was added."""
    if sentence.startswith("作为") and _AS_ROLE.match(sentence) and (
            event.kind != "current" or event.lead_investors or event.investors):
        return False  # 作为本轮融资的领投方，58集团CEO姚劲波表示: the speaker's firm, often the group of a backer named already
    roles = roles_in(sentence)
    if not roles:
        return False
    leads, others, advisors = roles.leads, roles.others, roles.advisors
    if roles.basis == "sole" and (event.lead_investors or event.investors):
        leads, others = [], leads + others  # 投资方为…千树资本等, then 本次投资方千树资本成立于…: not its only backer
    if leads and not event.lead_investors:
        event.lead_basis = roles.basis
    for name in leads:
        parties.add_name(event.lead_investors, name)
    for name in others:
        if not parties.named_already(name, event.lead_investors):
            parties.add_name(event.investors, name)
    for name in advisors:
        if name not in event.advisors:
            event.advisors.append(name)
    event.confidence = confidence(event)
    return True
