"""What every rongzi spider shares: article items, safe links, the seen-store, per-source bookkeeping."""
from __future__ import annotations

import ipaddress
import logging
import re
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import scrapy

from crawler import defaults
from crawler.items import ArticleItem
from crawler.sources import Source, SourceError, load_sources, pick
from store import EventStore, StoreError

CHINA = ZoneInfo("Asia/Shanghai")
logger = logging.getLogger(__name__)


def declared_encoding(response) -> str | None:
    """The charset the HTTP Content-Type header declares, if any."""
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None


def is_private_host(host: str) -> bool:
    """True for loopback, private and link-local addresses written as IPs, and for localhost."""
    if host in ("localhost", ""):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_reserved


def safe_link(url: str, source: Source, page_url: str) -> bool:
    """Follow only http(s) links inside the source's domains, and no private address from a public page."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower()
    if is_private_host(host) and not is_private_host((urlsplit(page_url).hostname or "").lower()):
        return False
    domains = [d.lower().lstrip(".") for d in source.allowed_domains]
    if domains and not any(host == d or host.endswith("." + d) for d in domains):
        return False
    return not source.link_pattern or re.search(source.link_pattern, url) is not None


class ArticleSpider(scrapy.Spider):
    """Base class: `article_item` wraps an article response for the pipelines."""

    source_name = ""

    def article_item(self, response, listing: dict | None = None, selectors: dict | None = None,
                     source: str | None = None) -> ArticleItem:
        return ArticleItem(
            url=response.url,
            source=source or self.source_name or self.name,
            body=response.body,
            encoding=declared_encoding(response),
            fetched_at=datetime.now(CHINA),
            selectors=selectors or {},
            listing=listing or {},
        )


class SourceSpider(ArticleSpider):
    """Crawls registry sources: index pages (always fetched) lead to article pages (fetched once).

    Settings: RONGZI_SOURCES (the registry), RONGZI_DB (the store whose article URLs are
    not fetched again), RONGZI_OVERLAP_PAGES (stop paginating after this many pages whose
    entries are all known).
    """

    # kind → class with a static `entries(response, source)`; filled in by crawler/spiders/__init__.py
    INDEX_PARSERS: dict = {}
    kind = ""
    default_sources: str | None = None  # a per-source spider crawls its own source

    def __init__(self, sources: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.wanted = sources or self.default_sources

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        from crawler.distributed import distributed_settings, redis_url

        url = redis_url(settings)
        if url:
            distributed_settings(settings, url)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = crawler.settings.get("RONGZI_SOURCES", defaults.RONGZI_SOURCES)
        spider.sources = {s.name: s for s in spider.select(load_sources(path))}
        spider.overlap_pages = crawler.settings.getint("RONGZI_OVERLAP_PAGES", defaults.RONGZI_OVERLAP_PAGES)
        spider.store_path = crawler.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        return spider

    def select(self, sources: list[Source]) -> list[Source]:
        """The sources this spider crawls: those named with -a sources=…, or every enabled one (of its kind)."""
        chosen = pick(sources, self.wanted)
        return [s for s in chosen if not self.kind or s.kind == self.kind]

    @property
    def source_names(self) -> list[str]:
        return list(self.sources)

    locked_out = False  # set by crawler.extensions.CrawlRecorder when another run holds a source
    resume_pages: dict = {}  # source → index pages to read before the "fully known" stop (after a killed run)
    crawl_runs: dict = {}  # source → id of this run's `crawls` row, where the depth reached is noted

    async def start(self):
        if self.locked_out:
            return
        from crawler.distributed import RedisSeen, redis_url, run_id

        url = redis_url(self.crawler.settings)
        if url:
            self.seen = RedisSeen(url)
            if not self.seen.claim_seeding(self.name, run_id(self.crawler.settings)):
                return  # another worker queues this run's start pages; this one takes from the shared queue
            self.seeding = True
            self.seen.new_run(self.name)
        else:
            from crawler.storage import shared_store

            self.seen = shared_store(self.crawler)
        for source in self.sources.values():
            for url in source.start_urls:
                yield self.index_request(url, source, page=1)

    def closed(self, reason):
        seen = getattr(self, "seen", None)
        if seen is not None and not isinstance(seen, EventStore):
            seen.close()  # the store is the crawl's, closed when the engine stops

    def index_request(self, url: str, source: Source, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_index, errback=self.failed, dont_filter=True,
                              meta={"rongzi_source": source.name, "rongzi_page": page, "rongzi_index": True})

    def parse_index(self, response):
        source = self.sources[response.meta["rongzi_source"]]
        page = response.meta["rongzi_page"]
        try:
            entries = self.INDEX_PARSERS[source.kind].entries(response, source)
        except ValueError as exc:
            self.crawler.stats.inc_value("rongzi/source_errors")
            logger.error("source %s: cannot read %s: %s", source.name, response.url, exc)
            return
        entries = [e for e in entries if self.wanted_entry(e, source, response.url)]
        if source.name in self.crawl_runs:  # noted before any article of this page is requested
            try:
                self.seen.reached_page(self.crawl_runs[source.name], page)
            except StoreError as exc:
                logger.error("source %s: cannot note page %d of %s: %s", source.name, page, response.url, exc.reason)
        known = self.seen.known_urls([e["url"] for e in entries])
        fresh = [e for e in entries if e["url"] not in known]
        self.crawler.stats.inc_value("rongzi/articles_skipped_known", len(entries) - len(fresh))
        for entry in fresh:
            yield scrapy.Request(entry["url"], callback=self.parse_article, errback=self.failed,
                                 meta={"rongzi_source": source.name, "rongzi_listing": entry})
        more = getattr(self.INDEX_PARSERS[source.kind], "more_index_urls", None)
        for url in (more(response, source) if more else []):
            if url.startswith(("http://", "https://")):
                yield self.index_request(url, source, page=page)
        overlap = response.meta.get("rongzi_overlap", 0) + (1 if entries and not fresh else 0)
        if page <= self.resume_pages.get(source.name, 0):
            overlap = 0  # a killed run got this far: its pages may hide articles it never fetched
        elif overlap >= self.overlap_pages and not fresh:
            logger.info("source %s: every entry of page %d is known; stopping", source.name, page)
            return
        next_url = self.next_page(response, source, page)
        if next_url:
            request = self.index_request(next_url, source, page + 1)
            request.meta["rongzi_overlap"] = overlap
            yield request

    def wanted_entry(self, entry: dict, source: Source, page_url: str) -> bool:
        if not entry.get("url") or not safe_link(entry["url"], source, page_url):
            if entry.get("url"):
                self.crawler.stats.inc_value("rongzi/links_refused")
                logger.debug("source %s: not following %s", source.name, entry["url"])
            return False
        return not source.keywords or any(k in entry.get("title", "") for k in source.keywords)

    def next_page(self, response, source: Source, page: int) -> str | None:
        if page >= source.max_pages:
            return None
        if source.page_template:
            return source.page_template.format(page=page + 1)
        if source.next_selector:
            href = response.css(source.next_selector).get()
            return response.urljoin(href) if href else None
        return None

    def parse_article(self, response):
        source = self.sources[response.meta["rongzi_source"]]
        yield self.article_item(response, listing=response.meta.get("rongzi_listing"), selectors=source.selectors,
                                source=source.name)

    def failed(self, failure):
        request = failure.request
        name = request.meta.get("rongzi_source", "?")
        self.crawler.stats.inc_value("rongzi/source_errors")
        self.crawler.stats.inc_value(f"rongzi/source/{name}/errors")
        logger.error("source %s: failed to fetch %s: %s", name, request.url,
                     failure.getErrorMessage() or failure.type.__name__)


__all__ = ["ArticleSpider", "SourceSpider", "SourceError", "StoreError", "declared_encoding", "safe_link"]
