"""Money amounts in Chinese financing news: 数亿元, 近亿元, 1.5亿美元, 超20亿元.

Vague amounts are kept as written and mapped to a range (low, high) in the
currency's units:

| written              | low        | high       |
|----------------------|------------|------------|
| 数百万 / 数千万 / 数亿 | 2 × unit   | 9 × unit   |
| 近X                  | 0.8 X      | X          |
| 超X, 逾X, 过X, 上X, X+, X多, X余 | X | None    |
| 约X                  | 0.9 X      | 1.1 X      |
| 千万级, 亿元级, 百万级, 十亿人民币量级 | X | 10 X |
| a bare unit: 千万元   | X          | 10 X       |
| A～B, A至B (8亿~10亿美元) | A      | B          |
| exact amounts        | X          | X          |
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.model import Amount
from extract.rules import AMOUNT_ABOUT, AMOUNT_AT_LEAST, AMOUNT_NEAR, CURRENCIES, alternation

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_PREFIX = alternation(AMOUNT_AT_LEAST + AMOUNT_NEAR + AMOUNT_ABOUT)
_CURRENCY = alternation(CURRENCIES)

AMOUNT_RE = re.compile(
    rf"(?P<prefix>{_PREFIX})?"
    # 1000～2000万元; 8亿~10亿美元, 5000万至1亿元: the low end may carry its own unit (and currency)
    rf"(?:(?P<from>\d+(?:\.\d+)?)(?:(?P<from_unit>[十百千]?[万亿])(?:{_CURRENCY})?)?\s*[-~～至到]\s*(?=\d))?"
    rf"(?P<num>数|几|\d+(?:[.,]\d+)*|[{_CN_DIGITS}]+)?"
    rf"(?P<more>(?<=[\d{_CN_DIGITS}])[多余])?"  # 2000多万, 1000余万元, 一千多万元: more than the number
    r"\s*(?P<unit>[十百千]?[万亿](?:[万亿])?)"
    r"(?P<level>量?级别?)?"
    rf"\s*(?P<currency>{_CURRENCY})?"
    r"(?P<level2>量?级别?|以上|\+|多)?",  # 十亿人民币量级: the order of magnitude
)


_UNITS = {"万": 1e4, "亿": 1e8, "十万": 1e5, "百万": 1e6, "千万": 1e7, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12}


@lru_cache(maxsize=16384)
def _value(num: str, unit: str) -> float | None:
    """The number written as `num` + `unit`, e.g. ('1.5', '亿') → 1.5e8."""
    digits = num.replace(",", "")
    if unit in _UNITS and re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return round(float(digits) * _UNITS[unit], 2)  # 1.5亿: no need for cn2an
    from cn2an import cn2an  # imported on first use: the import costs more than parsing a page

    written = digits + unit
    if written[0] in "十百千":
        written = "一" + written
    try:
        return round(float(cn2an(written, "smart")), 2)
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def parse_amount(text: str) -> Amount | None:
    """Parse one amount such as '数亿元' or '1000万美元'; None when `text` holds none."""
    m = AMOUNT_RE.search(text or "")
    return _from_match(m) if m else None


def find_amounts(sentence: str) -> list[tuple[int, int, Amount]]:
    """Every amount in `sentence` as (start, end, Amount), in order."""
    return list(_amounts_in(sentence))


def is_amount(text: str) -> bool:
    """True when `text` is one amount and nothing else: 五百万, 2000万美元."""
    found = _amounts_in(text)
    return bool(found) and found[0][0] == 0 and found[0][1] == len(text)


@lru_cache(maxsize=65536)
def _amounts_in(sentence: str) -> tuple[tuple[int, int, Amount], ...]:
    found = []
    for m in AMOUNT_RE.finditer(sentence):
        amount = _from_match(m)
        if amount is not None:
            found.append((m.start(), m.end(), amount))
    return tuple(found)


def _from_match(m: re.Match) -> Amount | None:
    prefix, num, unit = m.group("prefix") or "", m.group("num") or "", m.group("unit")
    currency_word = m.group("currency")
    level = m.group("level") or (m.group("level2") if m.group("level2") and "级" in m.group("level2") else "")
    plus = m.group("level2") in ("+", "以上", "多") or bool(m.group("more"))
    if num in ("百", "千"):
        num, unit = "", num + unit  # 千万元: a bare unit
    if not num and not prefix and not currency_word and not level:
        return None  # a bare 万 or 亿 inside a word: 百万用户
    currency = CURRENCIES.get(currency_word) if currency_word else None
    text = m.group(0).strip()
    if not currency_word and m.group("level2") == "多":
        text = text[:-1]
    if num in ("数", "几") or (num and num[0] in "数几"):
        base = _value(num[1:] or "一", unit)
        low, high = (2 * base, 9 * base) if base else (None, None)
    elif not num:
        base = _value("一", unit)
        if base is None:
            return None  # 亿万元: no number at all
        if prefix in AMOUNT_NEAR:
            low, high = 0.8 * base, base
        elif prefix in AMOUNT_AT_LEAST:
            low, high = base, None
        else:
            low, high = base, 10 * base  # 千万元, 亿元级: the order of magnitude
    else:
        base = _value(num, unit)
        if base is None:
            return None
        if m.group("from"):
            low, high = _value(m.group("from"), m.group("from_unit") or unit), base
        elif level:
            low, high = base, 10 * base
        elif prefix in AMOUNT_NEAR:
            low, high = 0.8 * base, base
        elif prefix in AMOUNT_AT_LEAST or plus:
            low, high = base, None
        elif prefix in AMOUNT_ABOUT:
            low, high = round(0.9 * base, 2), round(1.1 * base, 2)
        else:
            low, high = base, base
    return Amount(text=text, currency=currency, low=low, high=high)
