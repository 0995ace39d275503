"""Financing rounds: A轮, Pre-A+轮, B2轮, C++轮, 天使+轮, 战略融资, Pre-IPO.

`round_norm` is one of the canonical rounds (种子轮, 天使轮, Pre-A轮, A轮, A+轮,
… H+轮, Pre-IPO, IPO, 战略投资, 股权融资); letter tranches map to the letter
(B2 → B轮); anything else keeps its label as ``other:<label>``.
"""
from __future__ import annotations

import re
from functools import lru_cache

_DASH = "-－—–‐ _"

_ONE = (rf"(?:[Pp][Rr][Ee][{_DASH}]?)?[A-Ha-h](?:\d|\+{{1,2}}|＋{{1,2}})?|天使[+＋]{{0,2}}|种子[+＋]{{0,2}}")

# Per-A is how some articles misspell Pre-A (完成由马蚁投资2000万元人民币的Per-A轮融资)
ROUND_RE = re.compile(
    r"(?:"
    rf"(?P<combined>(?<![A-Za-z])(?:{_ONE})轮?(?:及|和|与)(?:{_ONE})轮|(?<![A-Za-z])[A-Ha-h]轮?系列(?:[一二两三四]轮)?)"
    r"|"
    rf"(?<![A-Za-z])(?P<pre>(?:[Pp][Rr][Ee]|[Pp]er)[{_DASH}]?)?(?P<letter>[A-Ha-h])\s?(?P<suffix>\d(?:-\d)?|\+{{1,2}}|＋{{1,2}}|[+＋][A-H])?\s?(?:系列)?轮"
    rf"|(?<![A-Za-z])(?P<pre2>[Pp][Rr][Ee][{_DASH}]?)?(?P<letter2>[A-Ha-h])(?P<suffix2>\d|\+{{1,2}}|＋{{1,2}})?(?:系列)?(?=\s?(?:融资|投资))"
    r"|(?P<preipo>[Pp]re[-－—–]?IPO)轮?"
    r"|(?P<angel_plus>天使|种子)轮(?P<plus>[+＋]{1,2})(?=\s?(?:融资|投资)|$)"
    r"|(?P<angel>天使[+＋]{0,2}|种子[+＋]{0,2}|种子前)(?:轮|投资(?!人|者|机构)|融资|期)"  # not 滴滴天使投资人王刚
    r"|(?P<strategic>战略)(?:融资|投资(?!人|者|方|机构)|轮)"
    r"|(?P<ordinal>第[一二三四五六七八九十\d]+|首|新一|最新一|新)轮"
    r")"
)

def find_rounds(sentence: str) -> list[tuple[int, int, str]]:
    """Every round named in `sentence` as (start, end, text as written), named rounds before 新一轮 / 首轮."""
    return list(_rounds_in(sentence))


@lru_cache(maxsize=65536)
def _rounds_in(sentence: str) -> tuple[tuple[int, int, str], ...]:
    found = [(m.start(), m.end(), m.group(0)) for m in ROUND_RE.finditer(sentence)]
    return tuple(sorted(found, key=lambda r: is_unnamed(r[2])))


def is_round_only(text: str) -> bool:
    """True when `text` is one round and nothing else: 天使轮, Pre-A轮 (a clause that opens with its round)."""
    text = text.strip()
    return bool(text) and any(r[:2] == (0, len(text)) and not is_unnamed(r[2]) for r in find_rounds(text))


@lru_cache(maxsize=4096)
def is_unnamed(written: str | None) -> bool:
    """True for 新一轮, 首轮, 最新一轮: words that say a round happened but not which."""
    return bool(written) and bool(re.fullmatch(r"\s*(?:新一|最新一|新|首)轮\s*", written))


@lru_cache(maxsize=4096)
def normalize_round(written: str | None) -> str:
    """The canonical round for a round as written; 股权融资 when none is given."""
    if not written:
        return "股权融资"
    if written.strip().upper() in ("IPO", "IPO轮"):
        return "IPO"
    m = ROUND_RE.search(written) or ROUND_RE.search(written.strip() + "轮")
    if not m:
        return f"other:{written}"
    if m.group("combined"):
        tranches = re.fullmatch(r"([A-Ha-h])\d轮?(?:及|和|与)([A-Ha-h])\d轮", m.group("combined"))
        if tranches and tranches.group(1).upper() == tranches.group(2).upper():
            return f"{tranches.group(1).upper()}轮"  # A1及A2轮: two tranches of one round are that round
        series = re.fullmatch(r"([A-Ha-h])轮?系列[一二两三四]轮|([A-Ha-h])系列", m.group("combined"))  # B系列: the B round
        if series and series.group(2):
            return f"{series.group(2).upper()}轮"
        return f"{series.group(1).upper()}轮" if series else f"other:{m.group('combined')}"
    if m.group("letter") or m.group("letter2"):
        letter = (m.group("letter") or m.group("letter2")).upper()
        suffix = (m.group("suffix") or m.group("suffix2") or "").replace("＋", "+")
        pre = m.group("pre") or m.group("pre2")
        if re.fullmatch(r"\d(?:-\d)?", suffix):  # B2, E2-1: tranches of the lettered round
            suffix = ""
        if pre and not suffix:
            return f"Pre-{letter}轮"
        if not pre and suffix in ("", "+"):
            return f"{letter}{suffix}轮"
        label = (f"Pre-{letter}" if pre else letter) + suffix
        return f"other:{label}轮"
    if m.group("preipo"):
        return "Pre-IPO"
    if m.group("angel_plus"):  # 天使轮+融资: the plus after 轮
        return f"other:{m.group('angel_plus')}{m.group('plus').replace('＋', '+')}轮"
    if m.group("angel"):
        word = m.group("angel").replace("＋", "+")
        if word.endswith(("+", "前")):  # 种子前轮: the round before the seed
            return f"other:{word}轮"
        return "天使轮" if word == "天使" else "种子轮"
    if m.group("strategic"):
        return "战略投资"
    ordinal = m.group("ordinal")
    if ordinal in ("新一", "最新一", "新", "首"):
        return "股权融资"
    return f"other:{ordinal}轮"
