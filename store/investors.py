"""Investors as parties: the names articles give one firm meet on one row.

Three sources of aliases, in this order of trust:
- manual: `scrapy investors merge A B`, kept in the store (investor_aliases, investor_merges);
- curated: store/data/investor_aliases.toml, one group per firm with the reason of each line;
- rules: the keys `variants()` derives from a name as written (fund vehicle and legal suffixes
  dropped, a Chinese and an English name in brackets or side by side split); a leading city
  dropped, for curated firms only (深圳达晨创投 is 达晨创投, but 北京市人工智能产业投资基金 and
  上海市人工智能产业投资基金 stay two); `fund_of()`, which gives a fund (…基金, …（有限合伙）) to the known firm whose name it
  starts with; and `stem()`: a name whose brand is the brand of exactly one curated firm's
  name, with another generic tail (洪泰资本 for 洪泰基金), is that firm.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from store.keys import investor_key
from store.names import mixed_parts, without_place

ALIASES = Path(__file__).with_name("data") / "investor_aliases.toml"

_VEHICLE = re.compile(r"[(（]有限合伙[)）]$")
_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|management|co\.?,?ltd\.?|ltd\.?|llc|l\.?p\.?|inc\.?)$")
_BRACKETS = re.compile(r"^(.+?)[(（]([^()（）]+)[)）]$")
_FUND = re.compile(r"(?:基金|[(（]有限合伙[)）]|合伙企业)$")
INVESTOR_TAILS = ("资本集团", "投资集团", "投资管理", "资产管理", "股权投资", "创业投资", "资本", "投资", "创投", "基金",
                  "集团", "控股", "战投")
_TAIL = re.compile("(?:" + "|".join(INVESTOR_TAILS) + ")$")


@dataclass(frozen=True)
class Group:
    """One firm: the name shown, the other names it goes by, and why they are the same firm."""

    name: str
    aliases: tuple[str, ...]
    source: str


@lru_cache(maxsize=4)
def load_groups(path: str | Path = ALIASES) -> tuple[Group, ...]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    groups = tuple(Group(g["name"], tuple(g.get("aliases", ())), g["source"]) for g in data.get("firm", []))
    for group in groups:
        if not group.source.strip():
            raise ValueError(f"{path}: group {group.name} has no source")
    return groups


@lru_cache(maxsize=65536)
def variants(name: str, split: bool = True) -> tuple[str, ...]:
    """Matching keys of an investor name as written, the plain key first.

    '深圳市创新投资集团有限公司' → ['深圳市创新投资集团有限公司', '深圳市创新投资集团'];
    '软银中国资本(SBCVC)' → [..., '软银中国资本', 'sbcvc']; '纪源资本GGV' → [..., '纪源资本', 'ggv'];
    With `split=False` only the key and its bare form.
    """
    key = investor_key(name)
    found = [key]
    bare = _VEHICLE.sub("", key)
    for _ in range(2):
        bare = _LEGAL.sub("", bare).rstrip(",.，")
    found.append(bare)
    if split:
        bracket = _BRACKETS.match(bare)
        if bracket:
            found += [_LEGAL.sub("", bracket.group(1)), bracket.group(2)]
        found += [part for part in mixed_parts(bare) if not _TAIL.fullmatch(part)]  # CMC资本: 资本 alone names no firm
    seen: set = set()
    return tuple(k for k in found if len(k) >= 2 and not (k in seen or seen.add(k)))


def without_places(keys: tuple[str, ...]) -> list[str]:
    """The keys without a leading city or province, where they have one."""
    return [k for k in map(without_place, keys) if k]


def stem(key: str) -> str | None:
    """A firm's brand without its generic tail: 洪泰资本, 洪泰基金 → 洪泰; 鼎晖创投, 鼎晖投资 → 鼎晖."""
    short = _TAIL.sub("", key)
    return short if short != key and len(short) >= 2 else None


@lru_cache(maxsize=65536)
def is_fund(name: str) -> bool:
    """A fund or a fund vehicle (…基金, …（有限合伙）) rather than the firm that manages it."""
    return any(_FUND.search(k) for k in (investor_key(name), *variants(name, split=False)))


def fund_of(name: str, firm_keys: list[str]) -> str | None:
    """The longest known firm key a fund's name starts with ('启明创投二期基金' → '启明创投'); else None.

    `firm_keys` are curated or manual alias keys (two Chinese characters or more, three Latin);
    the name must be longer than the firm's key.
    """
    if not is_fund(name):
        return None
    keys = variants(name, split=False)
    for firm in firm_keys:  # longest first
        if any(len(k) > len(firm) and k.startswith(firm) for k in keys):
            return firm
    return None
