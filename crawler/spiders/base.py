"""What every rongzi spider shares: turning a fetched page into an ArticleItem."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import scrapy

from crawler.items import ArticleItem

CHINA = ZoneInfo("Asia/Shanghai")


def declared_encoding(response) -> str | None:
    """The charset the HTTP Content-Type header declares, if any."""
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None


class ArticleSpider(scrapy.Spider):
    """Base class: `article_item` wraps an article response for the pipelines."""

    source_name = ""

    def article_item(self, response, listing: dict | None = None, selectors: dict | None = None) -> ArticleItem:
        return ArticleItem(
            url=response.url,
            source=self.source_name or self.name,
            body=response.body,
            encoding=declared_encoding(response),
            fetched_at=datetime.now(CHINA),
            selectors=selectors or {},
            listing=listing or {},
        )
