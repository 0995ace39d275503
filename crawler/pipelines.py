"""ExtractPipeline → StorePipeline: page to article and events, then into the store."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from crawler import defaults
from extract.article import ParseError, parse
from extract.dates import parse_date
from extract.events import extract_events
from extract.structured import compare_with_card
from extract.tags import with_tags
from store import EventStore, StoreError

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Turns the page of an ArticleItem into an article and its financing events.

    A page that cannot be decoded or parsed is logged with its URL and reason,
    counted as rongzi/parse_errors, and dropped. Any other failure of extraction on one page is
    counted as rongzi/extract_errors, logged in one line and drops that page alone.
    """

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        try:
            return self.extract(item)
        except DropItem:
            raise
        except Exception as exc:  # one bad page never stops the crawl, and never logs its body
            self.stats.inc_value("rongzi/extract_errors")
            logger.error("cannot extract %s: %s: %s", item.url, type(exc).__name__, str(exc)[:200])
            raise DropItem(f"extraction failed: {type(exc).__name__}") from exc

    def extract(self, item):
        try:
            article = parse(item.body, url=item.url, encoding=item.encoding, fetched_at=item.fetched_at,
                            selectors=item.selectors)
        except ParseError as exc:
            self.stats.inc_value("rongzi/parse_errors")
            logger.warning("cannot parse %s: %s", item.url, exc)
            raise DropItem(f"parse error: {exc}") from exc
        title = article.title or item.listing.get("title") or ""
        published = article.published or parse_date(item.listing.get("published"), item.fetched_at)
        if not article.text.strip():
            self.stats.inc_value("rongzi/parse_errors")
            self.stats.inc_value(f"rongzi/source/{item.source}/no_text")
            logger.warning("cannot parse %s: no article text found", item.url)
            raise DropItem("no article text")
        item.article = {
            "url": item.url, "source": item.source, "title": title, "published_at": published,
            "fetched_at": item.fetched_at, "text": article.text, "encoding": article.encoding,
            "author": article.author,
        }
        events = extract_events(title, article.text, published)
        item.events = with_tags([e.to_dict() for e in events], title, article.text)
        card = (item.listing.get("structured") or {}).get("projectCard")
        if card:
            item.article["listing"] = item.listing.get("structured")
            problems = compare_with_card(events, card)
            self.stats.inc_value("rongzi/structured_disagree" if problems else "rongzi/structured_agree")
            for problem in problems:
                logger.info("%s: text and structured data disagree: %s", item.url, problem)
        self.stats.inc_value("rongzi/articles_extracted")
        self.stats.inc_value("rongzi/events_extracted", sum(e["kind"] == "current" for e in item.events))
        return item


class StorePipeline:
    """Writes each article with its events to the store, in one transaction.

    Settings: RONGZI_DB (path of the SQLite file), RONGZI_MERGE_WINDOW_DAYS, RONGZI_BUSY_TIMEOUT_MS.
    """

    def __init__(self, path: str, window: int, stats, busy_timeout_ms: int = defaults.RONGZI_BUSY_TIMEOUT_MS):
        self.path, self.window, self.stats, self.busy = path, window, stats, busy_timeout_ms
        self.store: EventStore | None = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.get("RONGZI_DB", defaults.RONGZI_DB),
                   s.getint("RONGZI_MERGE_WINDOW_DAYS", defaults.RONGZI_MERGE_WINDOW_DAYS), crawler.stats,
                   s.getint("RONGZI_BUSY_TIMEOUT_MS", defaults.RONGZI_BUSY_TIMEOUT_MS))

    def open_spider(self, spider=None):
        self.store = EventStore(self.path, merge_window_days=self.window, busy_timeout_ms=self.busy)

    def close_spider(self, spider=None):
        if self.store is not None:
            self.store.close()

    def process_item(self, item):
        try:
            result = self.store.add_article(item.article, item.events)
        except StoreError as exc:
            self.stats.inc_value("rongzi/store_errors")
            raise DropItem(str(exc)) from exc
        if result.stored:
            self.stats.inc_value("rongzi/articles_stored")
            self.stats.inc_value("rongzi/events_new", result.events_new)
            self.stats.inc_value("rongzi/events_merged", result.events_merged)
            self.stats.inc_value(f"rongzi/source/{item.source}/articles_stored")
            self.stats.inc_value(f"rongzi/source/{item.source}/events_new", result.events_new)
        else:
            self.stats.inc_value("rongzi/articles_known")
        return item


class RedisQueuePipeline:
    """In distributed mode: pushes each extracted article with its events to Redis for `scrapy ingest`.

    Setting: RONGZI_REDIS_URL (or the environment variable of the same name).
    """

    def __init__(self, url: str, stats):
        from crawler.distributed import connect

        self.redis = connect(url)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        from crawler.distributed import redis_url

        url = redis_url(crawler.settings)
        if not url:
            raise NotConfigured
        return cls(url, crawler.stats)

    def process_item(self, item):
        from crawler.distributed import ITEMS, encode_item

        self.redis.lpush(ITEMS, encode_item(item.article, item.events))
        self.stats.inc_value("rongzi/items_queued")
        return item

    def close_spider(self, spider=None):
        self.redis.close()


class ExportPipeline:
    """The last pipeline: turns each ArticleItem into an ArticleExport for Scrapy's feed exports.

    The raw page stays behind, so `-o deals.jsonl` gets one JSON line per article with its
    events, and `-o deals.csv` one row per event (crawler.exporters.EventCsvItemExporter). The
    URL is the canonical one; a second copy of an article in one run (a tracking-parameter
    variant) is dropped quietly, as the store keeps it once.
    """

    def __init__(self):
        self.exported: set[str] = set()

    def process_item(self, item):
        from crawler.items import ArticleExport, ArticleItem
        from store import canonical_url

        if not isinstance(item, ArticleItem) or item.article is None:
            return item
        url = canonical_url(item.url)
        if url in self.exported:
            raise DropItem(f"{url} was exported earlier in this run", log_level="DEBUG")
        self.exported.add(url)
        published = item.article.get("published_at")
        return ArticleExport(
            url=url, source=item.source, title=item.article.get("title") or "",
            published=published.isoformat() if hasattr(published, "isoformat") else published,
            text=item.article.get("text") or "", events=[_jsonable(e) for e in item.events])


def _jsonable(value):
    """`value` with dates as ISO strings and tuples as lists, so json.dumps takes it as it is."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
