"""`scrapy crawl news`: every enabled source of the registry, live."""
from __future__ import annotations

import logging

import scrapy
from lxml import etree

from crawler import defaults
from crawler.sources import load_sources, pick
from crawler.spiders.base import ArticleSpider

logger = logging.getLogger(__name__)

_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


def feed_entries(body: bytes) -> list[dict]:
    """(link, title, published) of each item in an RSS or Atom feed; entities are never expanded."""
    if b"<!ENTITY" in body[:4096]:
        raise ValueError("feed declares XML entities; refused")
    root = etree.fromstring(body, parser=_SAFE_XML)
    if root is None:
        return []
    entries = []
    for node in root.iter("{*}item", "{*}entry"):
        link = node.findtext("{*}link") or ""
        if not link.strip():
            el = node.find("{*}link")
            link = el.get("href", "") if el is not None else ""
        entries.append({
            "url": link.strip(),
            "title": (node.findtext("{*}title") or "").strip(),
            "published": (node.findtext("{*}pubDate") or node.findtext("{*}published")
                          or node.findtext("{*}updated") or "").strip(),
        })
    return entries


class NewsSpider(ArticleSpider):
    """Crawls the configured sources. -a sources=36kr,pedaily picks some."""

    name = "news"

    def __init__(self, sources: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.wanted = sources

    async def start(self):
        path = self.settings.get("RONGZI_SOURCES", defaults.RONGZI_SOURCES)
        for source in pick(load_sources(path), self.wanted):
            for url in source.start_urls:
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.source_failed,
                                     cb_kwargs={"source": source}, dont_filter=True)

    def parse_feed(self, response, source):
        try:
            entries = feed_entries(response.body)
        except (ValueError, etree.XMLSyntaxError) as exc:
            self.crawler.stats.inc_value("rongzi/source_errors")
            logger.error("source %s: cannot read feed %s: %s", source.name, response.url, exc)
            return
        for entry in entries:
            if entry["url"].startswith(("http://", "https://")):
                yield response.follow(entry["url"], callback=self.parse_article, errback=self.source_failed,
                                      cb_kwargs={"source": source, "listing": entry})

    def parse_article(self, response, source, listing):
        self.source_name = source.name
        item = self.article_item(response, listing=listing, selectors=source.selectors)
        item.source = source.name
        yield item

    def source_failed(self, failure):
        request = failure.request
        source = request.cb_kwargs.get("source")
        self.crawler.stats.inc_value("rongzi/source_errors")
        logger.error("source %s: failed to fetch %s: %s", source.name if source else "?", request.url,
                     failure.getErrorMessage() or failure.type.__name__)
