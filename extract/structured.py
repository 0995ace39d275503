"""Comparing events found in text with structured deal data a source publishes (36氪 projectCard)."""
from __future__ import annotations

import re

from extract.model import Event
from extract.rounds import normalize_round


def _key(name: str) -> str:
    return re.sub(r"[\s“”\"'「」]", "", name or "").lower()


def compare_with_card(events: list[Event], card: dict) -> list[str]:
    """Where the text's current deal disagrees with a projectCard; empty when they agree.

    `card` is {name, lastestFinancingRound: {name, investorList: [{name}]}} as 36氪 publishes it.
    """
    if not isinstance(card, dict) or not card.get("name"):
        return []
    name = _key(card["name"])
    matching = [e for e in events if e.kind == "current" and
                (name in _key(e.company) or _key(e.company) in name or
                 any(name == _key(a) for a in e.company_aliases))]
    if not matching:
        return [f"no deal of {card['name']} found in the text"]
    event = matching[0]
    problems = []
    round_card = (card.get("lastestFinancingRound") or {}).get("name")
    if round_card and normalize_round(round_card) != event.round_norm:
        problems.append(f"round: text {event.round_norm}, card {normalize_round(round_card)}")
    investors = {_key(i.get("name", "")) for i in (card.get("lastestFinancingRound") or {}).get("investorList") or []
                 if isinstance(i, dict)}
    found = {_key(n) for n in event.lead_investors + event.investors}
    missing = sorted(i for i in investors - found if i)
    if missing:
        problems.append("investors only on the card: " + "、".join(missing))
    return problems
