"""The records extraction produces."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass
class Amount:
    """A money amount as written, with its currency and range in currency units."""

    text: str
    currency: str | None
    low: float | None
    high: float | None


@dataclass
class Event:
    """One financing event stated by an article."""

    company: str
    company_aliases: list[str] = field(default_factory=list)
    round: str | None = None
    round_norm: str = "股权融资"
    amount_text: str | None = None
    currency: str | None = None
    amount_low: float | None = None
    amount_high: float | None = None
    lead_investors: list[str] = field(default_factory=list)
    lead_basis: str | None = None  # "explicit" (领投 …) or "sole" (the round's only named backer)
    investors: list[str] = field(default_factory=list)
    advisors: list[str] = field(default_factory=list)
    event_date: str | None = None
    evidence: str = ""
    kind: str = "current"
    confidence: float = 0.5

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Article:
    """The readable part of a news page."""

    title: str
    text: str
    published: datetime | None = None
    author: str | None = None
    encoding: str | None = None
    found_by: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "text": self.text,
        }


def confidence(event: Event) -> float:
    """0.4 for a company, and 0.2 more for each of round, amount and named investors."""
    score = 0.4
    score += 0.2 if event.round else 0
    score += 0.2 if event.amount_text else 0
    score += 0.2 if event.lead_investors or event.investors else 0
    return round(score, 2)
