"""Crawl-wide extensions."""
from __future__ import annotations

import logging


NOISY_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.core.scraper", "scrapy.downloadermiddlewares.retry")


class _OneLine(logging.Filter):
    """Drops the traceback of network failures: the message already names the URL and the reason."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and _is_network_error(record.exc_info[1]):
            record.msg = f"{record.getMessage()}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def _is_network_error(exc: BaseException | None) -> bool:
    from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError
    from twisted.web._newclient import ResponseFailed

    from scrapy.exceptions import CannotResolveHostError

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (ConnectError, DNSLookupError, TimeoutError, ResponseFailed, CannotResolveHostError,
                            ConnectionError, OSError)):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class QuietNetworkErrors:
    """Logs a failed download as one line (URL and reason), not a traceback."""

    def __init__(self):
        self.filter = _OneLine()
        for name in NOISY_LOGGERS:
            logging.getLogger(name).addFilter(self.filter)

    @classmethod
    def from_crawler(cls, crawler):
        return cls()


class CrawlRecorder:
    """Records each run of each source in the `crawls` table and keeps two runs of a source apart.

    On opening, a source spider takes the store's lock of every source it crawls (an OS file lock,
    see EventStore.acquire_lock). If another run holds one, the run logs who holds it and fetches
    nothing (finish reason `locked`). Then it writes one `crawls` row per source with the start
    time and no end; the spider notes in it how deep into the index pages it got. A run that is
    killed leaves its row without an end, and the next run of the source resumes to that depth
    (spider.resume_pages) before it stops at a fully known page. On closing, it completes each
    row: end, requests, new articles, new events, errors, blocked responses, finish reason, and the
    source's health (crawler.health: index pages and their statuses, items, refused links, articles
    with no text, verdict), and logs one summary line per source. When every source failed or was
    blocked it sets the stat rongzi/all_sources_failed, and `scrapy crawl` exits with status 1.
    Settings: RONGZI_DB, RONGZI_CRAWL_LOG (on).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.held: list[str] = []
        self.runs: dict[str, int] = {}
        self.store = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("RONGZI_CRAWL_LOG", True):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        import os
        import socket
        from datetime import datetime

        from crawler.storage import shared_store

        names = getattr(spider, "source_names", None)
        if not names:
            return
        log = logging.getLogger(__name__)
        started = datetime.now().astimezone().isoformat(timespec="seconds")
        self.store = store = shared_store(self.crawler)
        for name in names:
            holder = store.acquire_lock(name, os.getpid(), socket.gethostname())
            if holder:
                log.error("source %s is already being crawled (pid %s on %s since %s); this run fetches nothing",
                          name, holder["pid"], holder["host"], holder["started_at"])
                spider.locked_out = True
                self.crawler.stats.set_value("rongzi/locked", name)
                break
            self.held.append(name)
        resume = {}
        for name in names:
            if not spider.locked_out:
                depth = store.resume_depth(name)
                if depth:
                    resume[name] = depth
                    log.info("source %s: the last run did not finish; reading at least %d index pages", name, depth)
            self.runs[name] = store.record_crawl({"source": name, "spider": spider.name, "pid": os.getpid(),
                                                  "started_at": started, "pages": 0})
        spider.resume_pages = resume
        spider.crawl_runs = {} if spider.locked_out else dict(self.runs)

    def spider_closed(self, spider, reason):
        import os
        from datetime import datetime

        from crawler.health import BAD, source_health, summary_line
        from store import StoreError

        if self.store is None:
            return
        stats = self.crawler.stats
        finished = datetime.now().astimezone().isoformat(timespec="seconds")
        locked = getattr(spider, "locked_out", False)
        reason = "locked" if locked else reason
        if stats.get_value("rongzi/store_errors") or stats.get_value("rongzi/store_failed"):
            reason = "store_error"  # articles fetched and not stored: the next run resumes this one
        log = logging.getLogger(__name__)
        bad = []
        try:
            for name, run in self.runs.items():
                prefix = f"rongzi/source/{name}/"
                run_fields = {
                    "finished_at": finished, "requests": stats.get_value(prefix + "requests", 0),
                    "new_articles": stats.get_value(prefix + "articles_stored", 0),
                    "new_events": stats.get_value(prefix + "events_new", 0),
                    "errors": stats.get_value(prefix + "errors", 0), "blocked": stats.get_value(prefix + "blocked", 0),
                    "finish_reason": reason, **source_health(stats, name),
                }
                if locked:
                    run_fields["verdict"] = "locked"
                stats.set_value(prefix + "verdict", run_fields["verdict"])
                self.store.finish_crawl(run, run_fields)
                if run_fields["verdict"] in BAD:
                    bad.append(name)
                log.log(logging.INFO if run_fields["verdict"] == "ok" else logging.WARNING, summary_line(name, run_fields))
            if bad and len(bad) == len(self.runs):
                stats.set_value("rongzi/all_sources_failed", ",".join(bad))
                log.error("every source of this run failed or was blocked: %s", ", ".join(bad))
            elif bad:
                stats.set_value("rongzi/sources_failed", ",".join(bad))
                log.warning("%d of %d sources failed or were blocked: %s", len(bad), len(self.runs), ", ".join(bad))
        except StoreError as exc:
            logging.getLogger(__name__).error("cannot record the run: %s", exc)
        finally:
            for name in self.held:
                try:
                    self.store.release_lock(name, os.getpid())
                except StoreError:
                    pass  # the file lock is released all the same
