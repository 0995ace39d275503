"""`scrapy crawl`, checked first: an unknown source, a broken registry or an unusable store is one line."""
from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from crawler import defaults
from crawler.sources import SourceError, load_sources, pick
from crawler.distributed import redis_url
from crawler.spiders import SourceSpider
from crawler.storage import attach, open_store
from store import StoreError


def preflight(settings, spider_name: str, spider_args: dict) -> str | None:
    """Why this crawl cannot run, or None. Checks the spider, its sources and the store."""
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
    from crawler.distributed import connect

    url = redis_url(settings)
    if url and issubclass(spider_class, SourceSpider):
        try:
            connect(url).ping()  # distributed workers write to Redis, never to SQLite
        except Exception as exc:  # redis.ConnectionError and friends
            return f"cannot reach Redis at {url}: {exc}"
        return None
    return None


class Command(ScrapyCrawl):
    def long_desc(self) -> str:
        return ("Run a spider (news, demo, a kind or a source name). Before starting, checks the source registry, "
                "the sources named with -a sources=… and the store (RONGZI_DB: not corrupt, not of a newer schema, "
                "writable); a problem is reported in one line with exit code 1. A crawl exits with 1 too when every "
                "source failed or was blocked, or when an article could not be stored.")

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
        if not (redis_url(self.settings) and issubclass(crawler.spidercls, SourceSpider)):
            try:  # the store this crawl process uses throughout: opened, checked and migrated once
                attach(crawler, open_store(self.settings))
            except StoreError as exc:
                print(f"crawl: {exc}", file=sys.stderr)
                self.exitcode = 1
                return
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif stats and stats.get_value("rongzi/locked"):
            self.exitcode = 1  # another run holds a source: nothing was crawled
        elif stats and (stats.get_value("rongzi/store_errors") or stats.get_value("rongzi/store_failed")):
            self.exitcode = 1  # articles fetched but not stored (they are fetched again next run)
        elif crawler.stats and crawler.stats.get_value("rongzi/all_sources_failed"):
            self.exitcode = 1  # every source failed or was blocked (crawler.extensions.CrawlRecorder)
