"""Other forms of a company key, for meeting a short name and a long name of one company.

`forms(key)` lists (form, kind) pairs. The store keeps them per event in `company_forms`,
and two reports whose names differ are the same deal only when a form of one is the other's
key (or both stem to the same brand) and the rest of the deal agrees (see EventStore.merge):

- stem: the key without a generic trailing word: 格式塔科技 → 格式塔, 橡木果机器人 → 橡木果,
  阶梯医疗 → 阶梯, 猿辅导app → 猿辅导.
- part: a Latin and a Chinese name written side by side: roboparty萝博派对 → roboparty, 萝博派对;
  影眸科技hyper3d → 影眸科技, hyper3d; a name in brackets: 福来数创(fullive.ai) → fullive.ai.
- prefix2: the first two characters of a four-character Chinese name (极佳视界 → 极佳), matched
  only against a report whose whole key is those two characters.
"""
from __future__ import annotations

import re

GENERIC_TAILS = (
    "智能科技", "医疗科技", "生物科技", "生物医药", "信息科技", "网络科技", "数字科技", "科技集团", "机器人",
    "科技", "技术", "智能", "医疗", "生物", "医药", "教育", "网络", "信息", "数据", "软件", "电子", "控股",
    "集团", "股份", "实业", "app", "ai", "inc", "ltd",
)
_TAILS = re.compile("(?:" + "|".join(sorted(map(re.escape, GENERIC_TAILS), key=len, reverse=True)) + ")$")
_LATIN_CJK = re.compile(r"^([a-z0-9][a-z0-9.\-&+]*[a-z0-9])([\u4e00-\u9fff]{2,})$|^([\u4e00-\u9fff]{2,})([a-z][a-z0-9.\-&+]*[a-z0-9])$")
_BRACKETS = re.compile(r"^(.+?)[(（]([^()（）]+)[)）]$")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def _long_enough(form: str) -> bool:
    """Two Chinese characters, or three Latin letters or digits."""
    return len(form) >= 2 if _CJK.match(form) else len(form) >= 3


def stem(key: str) -> str | None:
    """The key without one generic trailing word, when enough of a name is left."""
    short = _TAILS.sub("", key)
    return short if short != key and _long_enough(short) else None


def forms(key: str) -> list[tuple[str, str]]:
    """(form, kind) pairs of a company key, the key itself first (kind 'key')."""
    found = [(key, "key")]
    parts = []
    bracket = _BRACKETS.match(key)
    if bracket:
        parts += [bracket.group(1), bracket.group(2)]
    mixed = _LATIN_CJK.match(key)
    if mixed:
        parts += [p for p in mixed.groups() if p]
    for part in parts:
        if _long_enough(part) and part != key:
            found.append((part, "part"))
    for name in [key, *parts]:
        short = stem(name)
        if short:
            found.append((short, "stem"))
    if _CJK.match(key) and len(key) == 4 and not stem(key):
        found.append((key[:2], "prefix2"))
    seen: set = set()
    return [f for f in found if not (f in seen or seen.add(f))]
