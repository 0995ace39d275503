"""Other forms of a company key, for meeting a short name and a long name of one company.

`forms(key)` lists (form, kind) pairs. The store keeps them per event in `company_forms`,
and two reports whose names differ are the same deal only when a form of one is the other's
key (or both stem to the same brand) and the rest of the deal agrees (see EventStore.merge):

- stem: the key without a generic trailing word: 格式塔科技 → 格式塔, 橡木果机器人 → 橡木果,
  阶梯医疗 → 阶梯, 猿辅导app → 猿辅导, limebike → lime.
- part: a Latin and a Chinese name written side by side: roboparty萝博派对 → roboparty, 萝博派对;
  影眸科技hyper3d → 影眸科技, hyper3d; a name in brackets: 福来数创(fullive.ai) → fullive.ai.
- stem, too: the name without a leading place (上海阶梯医疗科技 → 阶梯医疗科技, and its stem 阶梯;
  东莞中科原子 → 中科原子), the places being those of extract/data/regions.toml.
- heads (not stored: the index of events.company_key finds them): each start of a key that may be a
  shorter name of the same company (地上铁 / 地上铁租车, 维咖瑞 / 维咖瑞咖啡品牌管理(江苏)); two reports
  meeting on one need two of the named round, both amounts and a shared backer to agree, three
  when the shorter name is two Chinese characters or three Latin letters.
- prefix2: the first two characters of a four-character Chinese name (极佳视界 → 极佳), matched
  against a report whose whole key is those two characters, or whose stem is (土豆雅思 / 土豆教育,
  which then need more of the deal to agree).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

REGIONS = Path(__file__).resolve().parent.parent / "extract" / "data" / "regions.toml"  # one list of places

GENERIC_TAILS = (
    "智能科技", "医疗科技", "生物科技", "生物医药", "信息科技", "网络科技", "数字科技", "科技集团", "机器人",
    "科技", "技术", "智能", "医疗", "生物", "医药", "教育", "网络", "信息", "数据", "软件", "电子", "控股",
    "集团", "股份", "实业", "app", "ai", "inc", "ltd", "bike", "labs", "lab", "tech", "health", "robotics",
)
_TAILS = re.compile("(?:" + "|".join(sorted(map(re.escape, GENERIC_TAILS), key=len, reverse=True)) + ")$")
_TAILS_BY_LAST: dict[str, tuple[str, ...]] = {}  # the generic tails by their last character, in GENERIC_TAILS order
for _tail in GENERIC_TAILS:
    _TAILS_BY_LAST[_tail[-1]] = _TAILS_BY_LAST.get(_tail[-1], ()) + (_tail,)
_LATIN_CJK = re.compile(r"^([a-z0-9][a-z0-9.\-&+]*[a-z0-9])([\u4e00-\u9fff]{2,})$|^([\u4e00-\u9fff]{2,})([a-z][a-z0-9.\-&+]*[a-z0-9])$")
_BRACKETS = re.compile(r"^(.+?)[(（]([^()（）]+)[)）]$")
GENERIC_LATIN = frozenset((
    "app", "ai", "tech", "technology", "technologies", "group", "holdings", "holding", "inc", "ltd", "co", "corp",
    "capital", "ventures", "venture", "partners", "fund", "funds", "investment", "investments", "management",
    "labs", "lab", "robotics", "robot", "bio", "health", "cloud", "data", "global", "china", "international", "vc",
))
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    data = tomllib.loads(REGIONS.read_text(encoding="utf-8"))
    names = {city for cities in data["province"].values() for city in cities} | set(data["province"])
    return re.compile("^(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + ")[市省]?")


def without_place(key: str) -> str | None:
    """The key without a leading city or province, when three Chinese characters or more are left."""
    rest = _places().sub("", key, count=1)
    return rest if rest != key and len(rest) >= 3 and _CJK.match(rest[:3]) else None


def _long_enough(form: str) -> bool:
    """Two Chinese characters, or three Latin letters or digits."""
    return len(form) >= 2 if _CJK.match(form) else len(form) >= 3


def stem(key: str) -> str | None:
    """The key without its generic trailing words, when enough of a name is left."""
    short = _TAILS.sub("", key).rstrip(".-&+ ")
    return short if short != key and _long_enough(short) else None


def stems(key: str) -> list[str]:
    """Every shorter name left by dropping one or two generic trailing words: 阶梯医疗科技 → 阶梯, 阶梯医疗."""
    found, frontier = [], [key]
    for _ in range(2):
        frontier = [short for name in frontier if name for tail in _TAILS_BY_LAST.get(name[-1], ())
                    if name.endswith(tail) for short in [name[:-len(tail)].rstrip(".-&+ ")] if _long_enough(short)]
        found += frontier
    return list(dict.fromkeys(found))


def mixed_parts(key: str) -> list[str]:
    """A Latin and a Chinese name written side by side, split (roboparty萝博派对 → roboparty, 萝博派对);
    nothing when the Latin side is only a generic word (云青ventures6, 星星app)."""
    mixed = _LATIN_CJK.match(key)
    if not mixed:
        return []
    parts = [p for p in mixed.groups() if p]
    latin = next(p for p in parts if not _CJK.match(p))
    if re.sub(r"\d+$", "", latin).strip(".-&+") in GENERIC_LATIN:
        return []
    return parts


@lru_cache(maxsize=65536)
def heads(key: str) -> tuple[tuple[str, int], ...]:
    """(head, agreeing) pairs: each start of `key` that may be the whole name of the same company
    (地上铁 of 地上铁租车, 维咖瑞 of 维咖瑞咖啡品牌管理(江苏), duo of duosecurity), with how many of the
    named round, both amounts and a shared backer must agree when two reports meet on it: 3 for two
    Chinese characters or three Latin letters, else 2. A head is two Chinese characters at least
    (three letters or digits for a Latin start) and leaves at least one character after it, not
    only digits (a number after a name makes another name: 云星智医疗 / 云星智医疗3)."""
    cjk = len(_CJK_START.match(key).group())  # key[:n] is all Chinese for n <= cjk
    end = min([len(key)] + [i for i in (key.find("("), key.find("（")) if i >= 0])  # no bracket in a head
    number = _NUMBER_END.search(key).start()  # key[n:] is only a number for n >= number
    return tuple((key[:n], head_agreeing(key[:n])) for n in range(2, min(end + 1, number, len(key)))
                 if (n <= cjk or n >= 3) and key[n - 1] not in ".-&+ ")


_NUMBER_ONLY = re.compile(r"[\d.\-]+")  # 云星智医疗3 is another name than 云星智医疗, 360 than 36
_NUMBER_END = re.compile(r"[\d.\-]*$")
_CJK_START = re.compile(r"[\u4e00-\u9fff]*")


def starts_name(head: str, key: str) -> bool:
    """True when `head` is one of heads(key)."""
    return len(head) < len(key) and key.startswith(head) and is_head(head) and not _NUMBER_ONLY.fullmatch(key[len(head):])


def is_head(name: str) -> bool:
    """True when `name` may be the start of a longer name of the same company (see heads)."""
    return _long_enough(name) and name[-1] not in ".-&+ " and not any(b in name for b in "(（")


def head_agreeing(head: str) -> int:
    """How many of round, amounts and backer must agree for reports meeting on `head` (see heads)."""
    return 3 if len(head) == (2 if _CJK.match(head) else 3) else 2


@lru_cache(maxsize=65536)
def forms(key: str) -> tuple[tuple[str, str], ...]:
    """(form, kind) pairs of a company key, the key itself first (kind 'key')."""
    found = [(key, "key")]
    parts = []
    bracket = _BRACKETS.match(key)
    if bracket:
        parts += [bracket.group(1), bracket.group(2)]
    parts += mixed_parts(key)
    for part in parts:
        if _long_enough(part) and part != key:
            found.append((part, "part"))
    placeless = without_place(key)
    if placeless:
        found.append((placeless, "stem"))
    for name in [key, *parts, *([placeless] if placeless else [])]:
        found += [(short, "stem") for short in stems(name)]
    if _CJK.match(key) and len(key) == 4 and not stem(key):
        found.append((key[:2], "prefix2"))
    seen: set = set()
    return tuple(f for f in found if not (f in seen or seen.add(f)))


_NAME = r"[“\"「]?([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 .&\-]{1,24}?)[”\"」]?"
_DATE = re.compile(r"\d{1,4}[年月日]|^\d+$")
_STOP = r"(?=[，,。；;、)）\s]|及|宣布|完成|获|正式|$)"


def stated_names(text: str, company: str) -> list[str]:
    """Other names of `company` an article states: former names and the company behind a brand.

    '内啥于2015年9月正式上线(原名为PPZU，PP租，…正式更名为内啥)' → ['PPZU'];
    '中泰理财…更名为泰理财' (company 泰理财) → ['中泰理财'];
    '车主邦科技有限公司及其旗下品牌能链宣布获得…' (company 能链) → ['车主邦科技有限公司'].
    """
    if not company or company not in (text or ""):
        return []
    name = re.escape(company)
    found = []
    patterns = (  # each with the word it cannot match without: most texts have none, and compiling is slow
        ("原名", rf"{name}[^。；\n]{{0,30}}?[(（]原名(?:为|是)?{_NAME}{_STOP}"),   # 内啥…(原名为PPZU
        ("原名", rf"{name}[，,]\s*原名(?:为|是)?{_NAME}{_STOP}"),                  # X，原名Y
        ("更名为", rf"{_NAME}(?:已|现已|正式|于\d{{4}}年\d{{1,2}}月)?(?:正式)?更名为[“\"「]?{name}"),  # Y更名为X
        ("旗下品牌", rf"{_NAME}(?:及其|及|的)?旗下品牌[“\"「]?{name}"),                   # Y旗下品牌X
        ("更名为", rf"{name}[”\"」]?(?:现已|已)?(?:正式)?更名为{_NAME}{_STOP}"),         # X更名为Y (a later name)
    )
    for word, pattern in patterns:
        if word not in text:
            continue
        for m in re.finditer(pattern, text):
            other = m.group(1).strip()
            if other and other != company and len(other) >= 2 and not _DATE.search(other):
                found.append(other)
    return list(dict.fromkeys(found + legal_names_of(text, company)))


def legal_names_of(text: str, company: str) -> list[str]:
    """Registered names in the text that spell the brand, its characters in order from the first:
    '企查查数据显示，华志微创医疗科技(北京)有限公司工商信息…发生变更' (company 华志医疗) → that name."""
    if len(company) < 3 or not _CJK.match(company) or "有限" not in text:
        return []
    pattern = re.escape(company[0]) + r"[\u4e00-\u9fff]{1,14}?(?:[(（][\u4e00-\u9fff]{2,4}[)）])?[\u4e00-\u9fff]{0,8}?有限(?:责任)?公司"
    spelled = re.compile(".*?".join(map(re.escape, company)))
    return [m.group(0) for m in re.finditer(pattern, text)
            if spelled.match(re.sub(r"[(（][^)）]*[)）]|有限(?:责任)?公司$", "", m.group(0)))]
