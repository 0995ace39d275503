"""What a spider yields (a fetched page and what the listing said about it), and what the pipelines hand on."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from extract.text import clean_json, without_surrogates

_DEEPEST = 50  # nesting levels kept in a listing's structured fields
_LATEST_EPOCH = 1e13  # seconds or milliseconds since 1970; beyond this a number is no date


@dataclass(repr=False)
class ArticleItem:
    """A fetched article page. Extraction fills `article` and `events`.

    Its repr names the URL and the size of the page, never the page: Scrapy puts the repr of an item
    in "Dropped:" and "Error processing" log lines.
    """

    url: str
    source: str
    body: bytes = field(repr=False)  # raw bytes never reach a log line
    encoding: str | None = None
    fetched_at: datetime | None = None
    selectors: dict = field(default_factory=dict)
    listing: dict = field(default_factory=dict)  # title or date the feed or list page gave
    article: dict | None = None
    events: list[dict] = field(default_factory=list)
    simhash: int | None = None  # the article's fingerprint, when extraction computed it

    def __repr__(self) -> str:
        return f"<ArticleItem {self.url} from {self.source}, {len(self.body)} bytes, {len(self.events)} events>"


def clean_listing(entry: dict) -> tuple[dict, dict[str, str]]:
    """A listing entry (url, title, published, structured) whose fields can be used as they are.

    Returns the cleaned entry and the fields dropped, with the reason of each. Lone surrogates are
    replaced; a title or date of the wrong type or a non-finite number is dropped. Raises ValueError
    when the entry has no usable URL: that entry alone is rejected.
    """
    url = entry.get("url")
    if not isinstance(url, str):
        raise ValueError(f"url is {type(url).__name__}, not text")
    dropped: dict[str, str] = {}
    cleaned = {"url": without_surrogates(url).strip(), "title": "", "published": "", "structured": {}}
    title = entry.get("title")
    if isinstance(title, str):
        cleaned["title"] = without_surrogates(title)
    elif title is not None:
        dropped["title"] = f"{type(title).__name__}, not text"
    published = entry.get("published")
    if isinstance(published, str):
        cleaned["published"] = without_surrogates(published)
    elif isinstance(published, bool) or not isinstance(published, (int, float, type(None))):
        dropped["published"] = f"{type(published).__name__}, not a date"
    elif published is not None and not math.isfinite(published):
        dropped["published"] = f"{published} is not a finite number"
    elif published is not None and abs(published) >= _LATEST_EPOCH:
        dropped["published"] = f"{published:.3g} is out of range for a date"
    elif published is not None:
        cleaned["published"] = published
    structured = entry.get("structured") or {}
    try:
        cleaned["structured"] = clean_json(structured, _DEEPEST) if isinstance(structured, dict) else {}
    except ValueError as exc:
        dropped["structured"] = str(exc)
    return cleaned, dropped

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
