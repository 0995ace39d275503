"""ExtractPipeline → StorePipeline: page to article and events, then into the store."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from scrapy.exceptions import DropItem

from crawler import defaults
from extract.article import ParseError, parse
from extract.dates import parse_date
from extract.events import extract_events
from extract.structured import compare_with_card
from extract.tags import with_tags
from store import StoreError
from store.fingerprint import article_fingerprint, warm_up

logger = logging.getLogger(__name__)


@dataclass
class Extracted:
    """What extracting one page gives: the article and its events, or why there is none.

    Computed without stats or logging, so that it can be computed in a worker process."""

    article: dict | None = None
    events: list[dict] = field(default_factory=list)
    problems: list[str] | None = None  # where the text and the listing's project card disagree; None: no card
    simhash: int | None = None  # store.fingerprint of the article
    parse_error: str | None = None
    no_text: bool = False


def extract_page(item) -> Extracted:
    """The article and events of an ArticleItem's page (ParseError and an empty text are reported, not raised)."""
    try:
        article = parse(item.body, url=item.url, encoding=item.encoding, fetched_at=item.fetched_at,
                        selectors=item.selectors)
    except ParseError as exc:
        return Extracted(parse_error=str(exc))
    title = article.title or item.listing.get("title") or ""
    published = article.published or parse_date(item.listing.get("published"), item.fetched_at)
    if not article.text.strip():
        return Extracted(no_text=True)
    record = {
        "url": item.url, "source": item.source, "title": title, "published_at": published,
        "fetched_at": item.fetched_at, "text": article.text, "encoding": article.encoding,
        "author": article.author,
    }
    events = extract_events(title, article.text, published)
    found = Extracted(record, with_tags([e.to_dict() for e in events], title, article.text),
                      simhash=article_fingerprint(record))
    card = (item.listing.get("structured") or {}).get("projectCard")
    if card:
        record["listing"] = item.listing.get("structured")
        found.problems = compare_with_card(events, card)
    return found


class ExtractPipeline:
    """Turns the page of an ArticleItem into an article and its financing events.

    A page that cannot be decoded or parsed is logged with its URL and reason,
    counted as rongzi/parse_errors, and dropped. Any other failure of extraction on one page is
    counted as rongzi/extract_errors, logged in one line and drops that page alone.

    Pages are extracted in RONGZI_EXTRACT_PROCESSES worker processes (0: in the crawl process), so
    the reactor thread keeps downloading meanwhile; stats and log lines are the crawl process's.
    A worker that dies is replaced and its page tried once more (crawler/workers.py).
    """

    def __init__(self, stats, processes: int = 0):
        self.stats, self.processes = stats, processes
        self.pool = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats,
                   crawler.settings.getint("RONGZI_EXTRACT_PROCESSES", defaults.RONGZI_EXTRACT_PROCESSES))

    def open_spider(self, spider=None):
        from scrapy.utils.asyncio import is_asyncio_available

        from crawler.workers import WorkerPool

        if self.processes > 0 and is_asyncio_available():
            self.pool = WorkerPool(extract_page, self.processes, initializer=warm_up)  # jieba's dictionary is theirs
        else:
            warm_up()

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    async def process_item(self, item):
        try:
            found = extract_page(item) if self.pool is None else await self.pool.run(item)
            return self.finish(item, found)
        except DropItem:
            raise
        except Exception as exc:  # one bad page never stops the crawl, and never logs its body
            self.stats.inc_value("rongzi/extract_errors")
            logger.error("cannot extract %s: %s: %s", item.url, type(exc).__name__, str(exc)[:200])
            raise DropItem(f"extraction failed: {type(exc).__name__}") from exc

    def finish(self, item, found: Extracted):
        """Counts and logs what extraction found, and fills the item (or drops it)."""
        if found.parse_error is not None:
            self.stats.inc_value("rongzi/parse_errors")
            logger.warning("cannot parse %s: %s", item.url, found.parse_error)
            raise DropItem(f"parse error: {found.parse_error}")
        if found.no_text:
            self.stats.inc_value("rongzi/parse_errors")
            self.stats.inc_value(f"rongzi/source/{item.source}/no_text")
            logger.warning("cannot parse %s: no article text found", item.url)
            raise DropItem("no article text")
        item.article, item.events, item.simhash = found.article, found.events, found.simhash
        if found.problems is not None:
            self.stats.inc_value("rongzi/structured_disagree" if found.problems else "rongzi/structured_agree")
            for problem in found.problems:
                logger.info("%s: text and structured data disagree: %s", item.url, problem)
        self.stats.inc_value("rongzi/articles_extracted")
        self.stats.inc_value("rongzi/events_extracted", sum(e["kind"] == "current" for e in item.events))
        return item


class StorePipeline:
    """Writes articles with their events to the store, a batch per transaction.

    Articles wait in memory until RONGZI_COMMIT_ITEMS are pending or RONGZI_COMMIT_SECONDS have
    passed, then go in with one commit. An article's URL is known to the store (and to the next
    run) only once that commit is done: a crawl killed before it loses the batch, and the next
    run fetches those pages again; nothing is stored twice. A batch that finds the store locked
    past RONGZI_BUSY_TIMEOUT_MS is tried again RONGZI_STORE_RETRIES times, after 0.5 s, 1 s, 2 s …
    An article that still cannot be written is counted (rongzi/store_errors), logged in one line
    with its URL and the reason, and left unknown, so the next run fetches it again. When the
    store is full, not writable or corrupt, the crawl stops (finish reason `store_error`) and
    `scrapy crawl` exits with status 1.
    """

    def __init__(self, crawler, items: int = defaults.RONGZI_COMMIT_ITEMS,
                 seconds: float = defaults.RONGZI_COMMIT_SECONDS, retries: int = defaults.RONGZI_STORE_RETRIES):
        self.crawler, self.stats = crawler, crawler.stats
        self.items, self.seconds, self.retries = max(1, items), seconds, retries
        self.store = None
        self.pending: list = []
        self.broken: StoreError | None = None
        self.timer = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(crawler, s.getint("RONGZI_COMMIT_ITEMS", defaults.RONGZI_COMMIT_ITEMS),
                   s.getfloat("RONGZI_COMMIT_SECONDS", defaults.RONGZI_COMMIT_SECONDS),
                   s.getint("RONGZI_STORE_RETRIES", defaults.RONGZI_STORE_RETRIES))

    def open_spider(self, spider=None):
        from twisted.internet import task

        from crawler.storage import shared_store

        self.store = shared_store(self.crawler)
        if self.seconds > 0:
            self.timer = task.LoopingCall(self.flush)
            self.timer.start(self.seconds, now=False)

    def close_spider(self, spider=None):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()

    def process_item(self, item):
        if self.broken is not None:  # the crawl is stopping; not DropItem, whose log line would carry the page
            self._lost(item, self.broken)
            return item
        # computed with the extraction when that ran, else here: spread out, not all at commit time
        given = item.simhash if self.store.near_duplicates else None
        item.article["simhash"] = given if given is not None else self.store.fingerprint(item.article)
        self.pending.append(item)
        if len(self.pending) >= self.items:
            self.flush()
        return item

    def flush(self) -> None:
        """Write the pending articles in one transaction."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        for attempt in range(self.retries + 1):
            try:
                results = self.store.add_articles([(item.article, item.events) for item in batch])
                break
            except StoreError as exc:
                if exc.locked and attempt < self.retries:
                    wait = 0.5 * 2 ** attempt
                    self.stats.inc_value("rongzi/store_retries")
                    logger.warning("store locked by another writer; writing %d articles again in %.1f s",
                                   len(batch), wait)
                    time.sleep(wait)
                    continue
                for item in batch:
                    self._lost(item, exc)
                if exc.fatal:
                    self._stop(exc)
                return
        for item, result in zip(batch, results):
            if isinstance(result, StoreError):
                self._lost(item, result)
            elif result.stored:
                self.stats.inc_value("rongzi/articles_stored")
                self.stats.inc_value("rongzi/events_new", result.events_new)
                self.stats.inc_value("rongzi/events_merged", result.events_merged)
                self.stats.inc_value(f"rongzi/source/{item.source}/articles_stored")
                self.stats.inc_value(f"rongzi/source/{item.source}/events_new", result.events_new)
            else:
                self.stats.inc_value("rongzi/articles_known")

    def _lost(self, item, error: StoreError) -> None:
        self.stats.inc_value("rongzi/store_errors")
        logger.error("not stored %s: %s", item.url, error.reason)

    def _stop(self, error: StoreError) -> None:
        if self.broken is not None:
            return
        self.broken = error
        self.stats.set_value("rongzi/store_failed", error.kind)
        logger.error("stopping the crawl: %s", error)
        try:
            engine = self.crawler.engine
        except RuntimeError:  # not crawling
            return
        if engine is None or engine.spider is None:
            return
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason="store_error")).addErrback(lambda failure: None)


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
