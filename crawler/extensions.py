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
