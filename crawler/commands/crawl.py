"""`scrapy crawl`, checked first: an unknown source, a broken registry or an unusable store is one line."""
from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from crawler import defaults
from crawler.sources import SourceError, load_sources, pick
from store import EventStore, StoreError


def preflight(settings, spider_name: str, spider_args: dict) -> str | None:
    """Why this crawl cannot run, or None. Checks the spider, its sources and the store."""
    from crawler.spiders import SourceSpider

    try:
        spider_class = get_spider_loader(settings).load(spider_name)
    except KeyError:
        return f"no spider named {spider_name!r} (see `scrapy list`)"
    if issubclass(spider_class, SourceSpider):
        try:
            sources = load_sources(settings.get("RONGZI_SOURCES", defaults.RONGZI_SOURCES))
            pick(sources, spider_args.get("sources") or spider_class.default_sources)
        except SourceError as exc:
            return str(exc)
    from crawler.distributed import connect, redis_url

    url = redis_url(settings)
    if url and issubclass(spider_class, SourceSpider):
        try:
            connect(url).ping()  # distributed workers write to Redis, never to SQLite
        except Exception as exc:  # redis.ConnectionError and friends
            return f"cannot reach Redis at {url}: {exc}"
        return None
    try:
        EventStore(settings.get("RONGZI_DB", defaults.RONGZI_DB),
                   busy_timeout_ms=settings.getint("RONGZI_BUSY_TIMEOUT_MS", defaults.RONGZI_BUSY_TIMEOUT_MS)).close()
    except StoreError as exc:
        return str(exc)
    return None


class Command(ScrapyCrawl):
    def long_desc(self) -> str:
        return ("Run a spider (news, demo, a kind or a source name). Before starting, checks the source registry, "
                "the sources named with -a sources=… and the store (RONGZI_DB); a problem is reported in one "
                "line with exit code 1. A crawl in which every source failed or was blocked exits with 1 too.")

    def run(self, args, opts) -> None:
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's usage errors
            return
        problem = preflight(self.settings, args[0], opts.spargs)
        if problem:
            print(f"crawl: {problem}", file=sys.stderr)
            self.exitcode = 1
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats and crawler.stats.get_value("rongzi/locked"):
            self.exitcode = 1  # another run holds a source: nothing was crawled
        elif crawler.stats and crawler.stats.get_value("rongzi/all_sources_failed"):
            self.exitcode = 1  # every source failed or was blocked (crawler.extensions.CrawlRecorder)
