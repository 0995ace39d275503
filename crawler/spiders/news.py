"""`scrapy crawl news`: every enabled source of the registry (or -a sources=36kr,pedaily)."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider


class NewsSpider(SourceSpider):
    """All sources, whatever their kind."""

    name = "news"
