"""What a spider yields (a fetched page and what the listing said about it), and what the pipelines hand on."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticleItem:
    """A fetched article page. Extraction fills `article` and `events`."""

    url: str
    source: str
    body: bytes = field(repr=False)  # raw bytes never reach a log line
    encoding: str | None = None
    fetched_at: datetime | None = None
    selectors: dict = field(default_factory=dict)
    listing: dict = field(default_factory=dict)  # title or date the feed or list page gave
    article: dict | None = None
    events: list[dict] = field(default_factory=list)


@dataclass
class ArticleExport:
    """An article with its events, as it leaves the pipelines: what feed exports (-o FILE) write.

    Every value is JSON-serialisable; `published` is ISO 8601 with its offset. Each event is
    `extract.model.Event.to_dict()`, whose `kind` tells the deal reported (current) from past
    rounds and fund raises.
    """

    url: str
    source: str
    title: str
    published: str | None
    text: str
    events: list[dict] = field(default_factory=list)
