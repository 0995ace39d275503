"""The one EventStore of a crawl process, shared by the crawl command, the extensions, the spider and the pipeline."""
from __future__ import annotations

from crawler import defaults
from store import EventStore


def open_store(settings) -> EventStore:
    """The store of RONGZI_DB, opened, checked and migrated (StoreError when it cannot be used)."""
    return EventStore(settings.get("RONGZI_DB", defaults.RONGZI_DB),
                      merge_window_days=settings.getint("RONGZI_MERGE_WINDOW_DAYS", defaults.RONGZI_MERGE_WINDOW_DAYS),
                      busy_timeout_ms=settings.getint("RONGZI_BUSY_TIMEOUT_MS", defaults.RONGZI_BUSY_TIMEOUT_MS))


def attach(crawler, store: EventStore) -> EventStore:
    """Make `store` the crawl's store; it is closed when the engine stops."""
    from scrapy import signals

    crawler.rongzi_store = store
    crawler.signals.connect(store.close, signal=signals.engine_stopped)
    return store


def shared_store(crawler) -> EventStore:
    """The crawl's store: the one `scrapy crawl` opened for its checks, or opened now on first use."""
    store = getattr(crawler, "rongzi_store", None)
    return store if store is not None else attach(crawler, open_store(crawler.settings))
