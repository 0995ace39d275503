"""Sector and region of a deal, by rules kept in extract/data/sectors.toml and regions.toml."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
UNKNOWN = "unknown"


@lru_cache(maxsize=4)
def _sector_rules(path: str) -> tuple[int, list[tuple[str, tuple[str, ...]]]]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return data.get("min_score", 3), [(s["name"], tuple(s["keywords"])) for s in data.get("sector", [])]


def tag_sector(descriptor: str, article: str = "", rules: str | Path = DATA / "sectors.toml") -> str:
    """The sector class of a deal: keywords in the deal sentence count three, in the article one."""
    min_score, sectors = _sector_rules(str(rules))
    scores = []
    for name, keywords in sectors:
        score = sum(3 for k in keywords if k in descriptor) + sum(1 for k in keywords if k in article)
        scores.append((score, name))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < min_score or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return UNKNOWN
    return scores[0][1]


@lru_cache(maxsize=4)
def _cities(path: str) -> list[tuple[str, str]]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    pairs = [(city, province) for province, cities in data["province"].items() for city in cities]
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def tag_region(company: str, aliases: list[str], text: str, rules: str | Path = DATA / "regions.toml") -> str:
    """The province of the company: from its legal name, 总部位于X, or "X企业" before its name; else unknown."""
    cities = _cities(str(rules))
    for name in [*aliases, company]:
        if re.search(r"有限公司|有限责任公司|集团", name):
            for city, province in cities:
                if name.startswith(city) or re.match(rf".{{0,6}}[（(]{city}[）)]", name):
                    return province
    for m in re.finditer(r"(?:总部位于|总部设在|位于|落户|坐落于|来自|注册于)(?:中国)?(?:[\u4e00-\u9fff]{0,3}省)?"
                         r"(?P<place>[\u4e00-\u9fff]{2,4})", text):
        province = _province_of(m.group("place"), cities)
        if province:
            return province
    if company:
        for m in re.finditer(rf"(?P<place>[\u4e00-\u9fff]{{2,3}})(?:市|的)?(?:企业|公司|创企|初创公司){re.escape(company)}",
                             text):
            province = _province_of(m.group("place"), cities)
            if province:
                return province
    return UNKNOWN


def _province_of(place: str, cities: list[tuple[str, str]]) -> str | None:
    for city, province in cities:
        if place.startswith(city):
            return province
    return None


def sector_names(rules: str | Path = DATA / "sectors.toml") -> list[str]:
    """Every sector class the rules can give, in the rules' order."""
    return [name for name, _ in _sector_rules(str(rules))[1]]


def province_names(rules: str | Path = DATA / "regions.toml") -> list[str]:
    """Every province the region rules can give, in the rules' order."""
    return list(tomllib.loads(Path(rules).read_text(encoding="utf-8"))["province"])
def tag_event(event: dict, title: str, text: str) -> tuple[str, str]:
    """(sector, province) of an extracted event, from its evidence and the paragraphs naming the company."""
    names = [n for n in [event.get("company") or "", *(event.get("company_aliases") or [])] if n]
    about = "\n".join(p for p in (text or "").split("\n") if any(n in p for n in names))
    evidence = event.get("evidence") or ""
    return (tag_sector(evidence, f"{title}\n{about}"),
            tag_region(event.get("company") or "", list(event.get("company_aliases") or []), f"{evidence}\n{about}"))


def with_tags(events: list[dict], title: str, text: str) -> list[dict]:
    """`events` (extract.Event dicts) with `sector` and `province` set; the store keeps them as columns."""
    for event in events:
        event["sector"], event["province"] = tag_event(event, title, text)
    return events
