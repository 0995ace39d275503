"""Investors as parties: the names articles give one firm meet on one row.

Three sources of aliases, in this order of trust:
- manual: `scrapy investors merge A B`, kept in the store (investor_aliases, investor_merges);
- curated: store/data/investor_aliases.toml, one group per firm with the reason of each line;
- rules: the keys `variants()` derives from a name as written (fund vehicle and legal suffixes
  dropped, a Chinese and an English name in brackets split), and `fund_of()`, which gives a
  fund (…基金, …（有限合伙）) to the known firm whose name it starts with.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from store.keys import investor_key

ALIASES = Path(__file__).with_name("data") / "investor_aliases.toml"

_VEHICLE = re.compile(r"[(（]有限合伙[)）]$")
_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|management|co\.?,?ltd\.?|ltd\.?|llc|l\.?p\.?|inc\.?)$")
_BRACKETS = re.compile(r"^(.+?)[(（]([^()（）]+)[)）]$")
_FUND = re.compile(r"(?:基金|[(（]有限合伙[)）]|合伙企业)$")


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


def variants(name: str) -> list[str]:
    """Matching keys of an investor name as written, the plain key first.

    '深圳市创新投资集团有限公司' → ['深圳市创新投资集团有限公司', '深圳市创新投资集团'];
    '软银中国资本(SBCVC)' → [..., '软银中国资本', 'sbcvc'].
    """
    key = investor_key(name)
    found = [key]
    bare = _VEHICLE.sub("", key)
    for _ in range(2):
        bare = _LEGAL.sub("", bare).rstrip(",.，")
    found.append(bare)
    bracket = _BRACKETS.match(bare)
    if bracket:
        found += [_LEGAL.sub("", bracket.group(1)), bracket.group(2)]
    seen: set = set()
    return [k for k in found if len(k) >= 2 and not (k in seen or seen.add(k))]


def is_fund(name: str) -> bool:
    """A fund or a fund vehicle (…基金, …（有限合伙）) rather than the firm that manages it."""
    return bool(_FUND.search(investor_key(name)))


def fund_of(name: str, firm_keys: list[str]) -> str | None:
    """The longest known firm key a fund's name starts with ('启明创投二期基金' → '启明创投'); else None.

    `firm_keys` are curated or manual alias keys of three characters or more; the name must be
    longer than the firm's key.
    """
    if not is_fund(name):
        return None
    key = investor_key(name)
    for firm in firm_keys:  # longest first
        if len(key) > len(firm) and key.startswith(firm):
            return firm
    return None
