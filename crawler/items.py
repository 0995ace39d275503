"""What a spider yields: a fetched page and what the listing said about it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticleItem:
    """A fetched article page. Extraction fills `article` and `events`."""

    url: str
    source: str
    body: bytes
    encoding: str | None = None
    fetched_at: datetime | None = None
    selectors: dict = field(default_factory=dict)
    listing: dict = field(default_factory=dict)  # title or date the feed or list page gave
    article: dict | None = None
    events: list[dict] = field(default_factory=list)
