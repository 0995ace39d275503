"""What every rongzi spider shares: article items, safe links, the seen-store, per-source bookkeeping."""
from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import scrapy
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import defaults
from crawler.fetchpolicy import Scope, public_hosts
from crawler.items import ArticleItem, clean_listing
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


def fetch_allowed(url: str, page_url: str) -> bool:
    """http(s) links only. Addresses are the fetch policy's (crawler/fetchpolicy.py), which checks every request."""
    return urlsplit(url).scheme in ("http", "https")


class Drift(ValueError):
    """The configured selectors or paths match nothing on an index page: its layout changed."""


_EXTRACTORS: dict = {}


def link_extractor(source: Source) -> LinkExtractor:
    """Scrapy's LinkExtractor for the source's article links (link_pattern). Domains are checked by
    `on_domains`: LinkExtractor's allow_domains compares host and port, so it refuses every link of a
    server on another port than 80 or 443."""
    if source.link_pattern not in _EXTRACTORS:
        _EXTRACTORS[source.link_pattern] = LinkExtractor(allow=source.link_pattern or (), deny_extensions=[],
                                                         unique=True)
    return _EXTRACTORS[source.link_pattern]


def on_domains(url: str, domains: list[str]) -> bool:
    """True when the URL's host is one of `domains` or below one (www.36kr.com is on 36kr.com)."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower().lstrip(".") for d in domains))


def link_refusal(url: str, source: Source, page_url: str) -> str | None:
    """Why a link is not followed: 'unsafe' (the fetch policy), 'domain' or 'pattern'; None to follow it."""
    if not fetch_allowed(url, page_url):
        return "unsafe"
    if source.allowed_domains and not on_domains(url, source.allowed_domains):
        return "domain"
    if not link_extractor(source).matches(url):
        return "pattern"
    return None


def safe_link(url: str, source: Source, page_url: str) -> bool:
    """Follow only http(s) links inside the source's domains, and no private address from a public page."""
    return link_refusal(url, source, page_url) is None


def rehost(url: str, hosts: dict) -> str:
    """The URL with its host replaced when `hosts` maps it (36kr.com → www.36kr.com)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in hosts:
        return url
    netloc = hosts[host] + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def url_shape(url: str) -> str:
    """The shape of a link's path: digit runs become 0 (/archives/0, /p/0)."""
    return re.sub(r"\d+", "0", urlsplit(url).path)


def discover_links(response, source: Source) -> list[dict]:
    """Generic link discovery, when a source's selectors or paths match nothing: every link on an allowed
    domain matching link_pattern, or, with no pattern, the links of the shape most links share."""
    page = hasattr(response, "css") and not (source.kind == "json" and not source.embedded_var)
    if page:
        links = [(link.url, link.text.strip()) for link in link_extractor(source).extract_links(response)]
    else:  # a JSON document: its strings that are links
        from crawler.spiders.jsonapi import json_links

        try:
            data = response.json()
        except (AttributeError, ValueError):
            return []
        found = {response.urljoin(u): t for u, t in reversed(json_links(data))}  # first title of each link wins
        links = [(u, t) for u, t in reversed(found.items()) if link_extractor(source).matches(u)]
    links = [(u, t) for u, t in links if not source.allowed_domains or on_domains(u, source.allowed_domains)]
    if not source.link_pattern and links:
        shapes = Counter(url_shape(u) for u, _ in links if re.search(r"\d", urlsplit(u).path))
        if not shapes:
            return []
        shape, count = shapes.most_common(1)[0]
        # a page's navigation links are each of their own shape; a JSON document has no navigation
        links = [(u, t) for u, t in links if url_shape(u) == shape] if count >= 2 or not page else []
    return [{"url": u, "title": t, "published": ""} for u, t in links]


class ArticleSpider(scrapy.Spider):
    """Base class: `article_item` wraps an article response for the pipelines."""

    source_name = ""

    def fetch_scope(self, request) -> Scope | None:
        """Where this request may go (crawler/fetchpolicy.py), or None for no check."""
        return None

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
        registry = load_sources(path)
        spider.registry = {s.name: s for s in registry}  # requests from a shared queue may be of any source
        spider.sources = {s.name: s for s in spider.select(registry)}
        domains = [s.allowed_domains for s in spider.sources.values()]
        # OffsiteMiddleware keeps article requests (and their redirects) inside these; a source without
        # allowed_domains leaves every host allowed
        spider.allowed_domains = sorted({d for ds in domains for d in ds}) if all(domains) else []
        spider.drifted = set()
        spider.overlap_pages = crawler.settings.getint("RONGZI_OVERLAP_PAGES", defaults.RONGZI_OVERLAP_PAGES)
        spider.store_path = crawler.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        spider.max_links = crawler.settings.getint("RONGZI_MAX_LINKS_PER_PAGE", defaults.RONGZI_MAX_LINKS_PER_PAGE)
        spider.public_hosts = public_hosts(crawler.settings)
        spider.scopes, spider.index_seen = {}, set()
        return spider

    def fetch_scope(self, request) -> Scope | None:
        source = self.registry.get(request.meta.get("rongzi_source"))
        return None if source is None else self.scope(source)

    def scope(self, source: Source) -> Scope:
        if source.name not in self.scopes:
            self.scopes[source.name] = Scope(source.start_urls, source.allowed_domains, self.public_hosts)
        return self.scopes[source.name]

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
            run = run_id(self.crawler.settings)
            if not self.seen.claim_seeding(self.name, run, self.source_names):
                logger.info("run %s: another worker queued the start pages of %s; taking from the shared queue",
                            run, ", ".join(self.source_names))
                return
            self.seeding = True
        else:
            from crawler.storage import shared_store

            self.seen = shared_store(self.crawler)
        for source in self.sources.values():
            for url in source.start_urls:
                request = self.index_request(url, source, page=1)
                if request is not None:
                    yield request

    def closed(self, reason):
        from crawler.distributed import redis_url, run_id

        if redis_url(self.crawler.settings) and not self.crawler.stats.get_value("downloader/request_count"):
            logger.warning("run %s: this worker found nothing to do (sources %s: start pages queued by another "
                           "worker and the shared queue empty)", run_id(self.crawler.settings),
                           ", ".join(self.source_names))
        seen = getattr(self, "seen", None)
        if seen is not None and not isinstance(seen, EventStore):
            seen.close()  # the store is the crawl's, closed when the engine stops

    def index_request(self, url: str, source: Source, page: int) -> scrapy.Request | None:
        """The request of an index page, or None when this run has already fetched that page."""
        key = (source.name, url)
        if key in self.index_seen:
            self.crawler.stats.inc_value("rongzi/index_repeats")
            logger.info("source %s: index page %s already fetched in this run; not again", source.name, url)
            return None
        self.index_seen.add(key)
        return scrapy.Request(url, callback=self.parse_index, errback=self.failed, dont_filter=True,
                              headers=source.headers or None,
                              meta={"rongzi_source": source.name, "rongzi_page": page, "rongzi_index": True})

    def parse_index(self, response):
        source = self.registry[response.meta["rongzi_source"]]
        page = response.meta["rongzi_page"]
        entries = self.find_entries(response, source)
        if entries is None:
            return
        entries = [e for e in (self.listing_entry(e, response.url) for e in entries) if e is not None]
        if source.max_items:
            entries = entries[:source.max_items]
        if source.link_hosts:
            entries = [dict(e, url=rehost(e["url"], source.link_hosts)) if e.get("url") else e for e in entries]
        entries = [e for e in entries if self.wanted_entry(e, source, response.url)]
        if len(entries) > self.max_links:
            self.crawler.stats.inc_value("rongzi/links_capped", len(entries) - self.max_links)
            logger.warning("source %s: %s lists %d article links; taking the first %d (RONGZI_MAX_LINKS_PER_PAGE)",
                           source.name, response.url, len(entries), self.max_links)
            entries = entries[:self.max_links]
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
            request = self.index_request(url, source, page=page) if url.startswith(("http://", "https://")) else None
            if request is not None:
                yield request
        overlap = response.meta.get("rongzi_overlap", 0) + (1 if entries and not fresh else 0)
        if page <= self.resume_pages.get(source.name, 0):
            overlap = 0  # a killed run got this far: its pages may hide articles it never fetched
        elif overlap >= self.overlap_pages and not fresh:
            logger.info("source %s: every entry of page %d is known; stopping", source.name, page)
            return
        next_url = self.next_page(response, source, page)
        request = self.index_request(next_url, source, page + 1) if next_url else None
        if request is not None:
            request.meta["rongzi_overlap"] = overlap
            yield request

    def find_entries(self, response, source: Source) -> list[dict] | None:
        """The entries of an index page by the source's selectors or paths, else by generic link discovery
        (logged once per source as selector drift); None when the page cannot be read at all."""
        stats, prefix = self.crawler.stats, f"rongzi/source/{source.name}/"
        stats.inc_value(prefix + "index_pages")
        stats.inc_value(prefix + f"index_status/{response.status}")
        try:
            entries = self.INDEX_PARSERS[source.kind].entries(response, source)
        except Drift as exc:
            entries = discover_links(response, source)
            stats.inc_value("rongzi/selector_drift")
            stats.inc_value(prefix + "drift")
            if source.name not in self.drifted:
                self.drifted.add(source.name)
                logger.warning("source %s: selector drift at %s: %s; generic link discovery found %d links",
                               source.name, response.url, exc, len(entries))
        except ValueError as exc:
            stats.inc_value("rongzi/source_errors")
            stats.inc_value(prefix + "unreadable")
            logger.error("source %s: cannot read %s: %s", source.name, response.url, exc)
            return None
        stats.inc_value(prefix + "index_read")
        stats.inc_value(prefix + "items", len(entries))
        return entries

    def listing_entry(self, entry: dict, page_url: str) -> dict | None:
        """The entry with its fields cleaned (crawler.items.clean_listing), or None when it is unusable."""
        try:
            entry, dropped = clean_listing(entry)
        except ValueError as exc:
            self.crawler.stats.inc_value("rongzi/listing_rejected")
            logger.warning("entry of %s rejected: %s", page_url, exc)
            return None
        for name, reason in dropped.items():
            self.crawler.stats.inc_value("rongzi/listing_fields_dropped")
            logger.warning("entry %s of %s: %s dropped: %s", entry["url"], page_url, name, reason)
        return entry

    def wanted_entry(self, entry: dict, source: Source, page_url: str) -> bool:
        if not entry.get("url"):
            return False
        refusal = link_refusal(entry["url"], source, page_url)
        unsafe = None if refusal else self.scope(source).refusal(entry["url"])
        if unsafe is not None:
            refusal = "unsafe"
            logger.info("source %s: not following %s: %s", source.name, entry["url"], unsafe)
        if refusal:
            self.crawler.stats.inc_value("rongzi/links_refused")
            self.crawler.stats.inc_value(f"rongzi/source/{source.name}/refused_{refusal}")
            logger.debug("source %s: not following %s (%s)", source.name, entry["url"], refusal)
            return False
        return not source.keywords or any(k in entry["title"] for k in source.keywords)

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
        source = self.registry[response.meta["rongzi_source"]]
        yield self.article_item(response, listing=response.meta.get("rongzi_listing"), selectors=source.selectors,
                                source=source.name)

    def failed(self, failure):
        from crawler.middlewares import RefusedFetch, RetryLater, SkippedSource

        if failure.check(RefusedFetch, RetryLater, SkippedSource):
            return  # counted and logged where it was refused
        request = failure.request
        name = request.meta.get("rongzi_source", "?")
        stats = self.crawler.stats
        stats.inc_value("rongzi/source_errors")
        stats.inc_value(f"rongzi/source/{name}/errors")
        if request.meta.get("rongzi_index") and failure.check(HttpError):  # an index page answered, not 2xx
            stats.inc_value(f"rongzi/source/{name}/index_pages")
            stats.inc_value(f"rongzi/source/{name}/index_status/{failure.value.response.status}")
        logger.error("source %s: failed to fetch %s: %s", name, request.url,
                     failure.getErrorMessage() or failure.type.__name__)


__all__ = ["ArticleSpider", "Drift", "SourceSpider", "SourceError", "StoreError", "declared_encoding", "discover_links",
           "link_refusal", "safe_link"]
