"""Downloader middlewares: per-source request counts, block pages, Retry-After. Each small, each switchable."""
from __future__ import annotations

import asyncio
import logging
import re
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler import defaults

logger = logging.getLogger(__name__)

BLOCK_STATUSES = {403, 412, 429, 493, 503}
BLOCK_MARKERS = ("访问过于频繁", "安全验证", "人机验证", "Just a moment", "_wafchallengeid", "请完成验证", "验证码")


def source_of(request) -> str:
    return request.meta.get("rongzi_source", "")


class SourceStatsMiddleware:
    """Counts requests per source as rongzi/source/<name>/requests. Setting: RONGZI_SOURCE_STATS (on)."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RONGZI_SOURCE_STATS", True):
            raise NotConfigured
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        name = source_of(request)
        if name:
            self.stats.inc_value(f"rongzi/source/{name}/requests")
        return None


class BlockPageMiddleware:
    """Recognizes block and challenge pages, records them, and stops requesting that source for the run.

    A response is a block page when its status is one of 403, 412, 429, 493, 503 and it carries a
    challenge marker (访问过于频繁, 安全验证, 人机验证, Just a moment, _wafchallengeid …), or when a
    short 200 page carries one. Counted as rongzi/blocked and rongzi/source/<name>/blocked; never
    stored. Setting: RONGZI_BLOCK_DETECTION (on).
    """

    def __init__(self, stats):
        self.stats = stats
        self.blocked: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RONGZI_BLOCK_DETECTION", True):
            raise NotConfigured
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        name = source_of(request)
        if name in self.blocked:
            self.stats.inc_value("rongzi/skipped_blocked_source")
            raise IgnoreRequest(f"source {name} blocked us earlier in this run")
        return None

    def process_response(self, request, response, spider=None):
        marker = block_marker(response.status, response.body)
        if marker is None:
            return response
        name = source_of(request) or "?"
        self.blocked.add(name)
        self.stats.inc_value("rongzi/blocked")
        self.stats.inc_value(f"rongzi/source/{name}/blocked")
        logger.warning("source %s: blocked at %s (HTTP %d, %r); no more requests to it in this run",
                       name, request.url, response.status, marker)
        raise IgnoreRequest(f"block page at {request.url}")


def block_marker(status: int, body: bytes) -> str | None:
    """The challenge marker of a block page, or None for an ordinary response."""
    if status not in BLOCK_STATUSES and (status != 200 or len(body) > 8000):
        return None
    head = body[:20000].decode("utf-8", "ignore")
    return next((m for m in BLOCK_MARKERS if m in head), None)


class RetryAfterMiddleware:
    """Retries 429 and 503 answers after the wait the server asks for (Retry-After), else with
    exponential backoff: RONGZI_BACKOFF_BASE seconds, doubled each time, at most
    RONGZI_RETRY_AFTER_MAX; gives up after RONGZI_RETRY_AFTER_TIMES tries. Scrapy's own retry
    middleware retries at once, so 429 and 503 are taken out of RETRY_HTTP_CODES in settings.py.
    """

    def __init__(self, stats, times: int, longest: float, base: float):
        self.stats, self.times, self.longest, self.base = stats, times, longest, base

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        times = s.getint("RONGZI_RETRY_AFTER_TIMES", defaults.RONGZI_RETRY_AFTER_TIMES)
        if times <= 0:
            raise NotConfigured
        return cls(crawler.stats, times, s.getfloat("RONGZI_RETRY_AFTER_MAX", defaults.RONGZI_RETRY_AFTER_MAX),
                   s.getfloat("RONGZI_BACKOFF_BASE", defaults.RONGZI_BACKOFF_BASE))

    async def process_response(self, request, response, spider=None):
        if response.status not in (429, 503):
            return response
        tries = request.meta.get("rongzi_retry_after", 0)
        if tries >= self.times:
            self.stats.inc_value("rongzi/retry_after/gave_up")
            logger.error("gave up on %s after %d answers of HTTP %d", request.url, tries + 1, response.status)
            return response
        delay = min(self.longest, retry_after_seconds(response.headers.get(b"Retry-After")) or self.base * 2 ** tries)
        self.stats.inc_value("rongzi/retry_after/retries")
        logger.info("HTTP %d from %s: retrying in %.1f s (try %d of %d)", response.status, request.url, delay,
                    tries + 1, self.times)
        await asyncio.sleep(delay)
        retry = request.replace(dont_filter=True)
        retry.meta["rongzi_retry_after"] = tries + 1
        return retry


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())
