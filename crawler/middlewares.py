"""Downloader middlewares: the fetch policy, per-source request counts, block pages, Retry-After.
Each small, each switchable."""
from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler import defaults
from crawler.fetchpolicy import needs_resolving

logger = logging.getLogger(__name__)

BLOCK_STATUSES = {403, 412, 429, 493, 503}
WAF_STATUSES = {412, 493}  # answers WAFs give to crawlers (m.21jingji.com 493, IT桔子 412): a block whatever the body
# Scripts, data and cookies that only challenge pages carry: a block in a page of any size.
CHALLENGE_MARKERS = (b"TTGCaptcha", b"verify_center", b"_wafchallengeid", b"cf_chl_opt", b"/cdn-cgi/challenge-platform/h/")
# Titles of challenge pages, compared with the title's first part ("Attention Required! | Cloudflare").
CHALLENGE_TITLES = ("just a moment", "attention required", "验证您是真人", "安全验证", "人机验证", "访问验证", "请完成验证",
                    "访问过于频繁")
# Words and scripts of challenge pages that ordinary pages may carry too (Cloudflare injects
# /cdn-cgi/challenge-platform/scripts/jsd into ordinary pages): a block when the page has hardly any
# text besides them, or in a 403/429/503 answer.
BLOCK_MARKERS = ("访问过于频繁", "安全验证", "人机验证", "Just a moment", "验证您是真人", "请完成验证", "验证码",
                 "challenge-platform", "/cdn-cgi/challenge")
SHORT_TEXT = 40  # characters of visible text, besides the sentences with those words, below which it is a block page


def source_of(request) -> str:
    return request.meta.get("rongzi_source", "")


class RefusedFetch(IgnoreRequest):
    """A request the fetch policy refused (crawler/fetchpolicy.py); already counted and logged."""


class FetchPolicyMiddleware:
    """Checks every request, including each redirect and meta refresh, against the spider's fetch scope
    before anything is sent (robots.txt included). Host names are resolved and their addresses checked.

    A refused request is counted as rongzi/links_refused (rongzi/redirects_refused when it came from a
    redirect or refresh), logged in one line with its URL and the reason, and never fetched.
    Settings: RONGZI_FETCH_POLICY (on), RONGZI_PUBLIC_HOSTS (test knob; see crawler/fetchpolicy.py).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.resolved: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RONGZI_FETCH_POLICY", True):
            raise NotConfigured
        return cls(crawler)

    async def process_request(self, request, spider=None):
        scope_of = getattr(self.crawler.spider, "fetch_scope", None)
        scope = scope_of(request) if scope_of else None
        if scope is None:
            return None
        reason = scope.refusal(request.url)
        host = needs_resolving(request.url) if reason is None else None
        if host:
            reason = scope.resolved_refusal(request.url, await self.addresses(host))
        if reason is None:
            return None
        redirected = request.meta.get("redirect_urls")
        self.crawler.stats.inc_value("rongzi/redirects_refused" if redirected else "rongzi/links_refused")
        origin = f" (redirected from {redirected[-1]})" if redirected else ""
        logger.warning("source %s: refused to fetch %s%s: %s", source_of(request) or self.crawler.spider.name,
                       request.url, origin, reason)
        raise RefusedFetch(f"refused: {reason}")

    async def addresses(self, host: str) -> list[str]:
        if host not in self.resolved:
            import socket

            try:
                loop = asyncio.get_running_loop()
                infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            except RuntimeError:  # no asyncio loop (another reactor): resolve in place
                try:
                    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
                except OSError:
                    infos = []
            except OSError:
                infos = []  # unresolvable: the download fails and is reported as such
            self.resolved[host] = [info[4][0] for info in infos]
        return self.resolved[host]


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

    What counts as a block page is `block_marker`'s to say. Counted as rongzi/blocked and
    rongzi/source/<name>/blocked; never stored. Setting: RONGZI_BLOCK_DETECTION (on).
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


_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.I | re.S)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|\.\s")
_TITLE_PARTS = re.compile(r"\s*[|｜_—–-]\s*")


def block_marker(status: int, body: bytes) -> str | None:
    """Why a response is a block or challenge page, or None for an ordinary response.

    Looks at the page's structure, not its size: a WAF status (412, 493); a script or datum only
    challenge pages carry (TTGCaptcha, verify_center, _wafchallengeid, Cloudflare's challenge
    orchestration) anywhere; a challenge title (Just a moment…, Attention Required!, 验证您是真人,
    安全验证 …); or challenge words and scripts (人机验证, 访问过于频繁, challenge-platform,
    /cdn-cgi/challenge …) in a 403/429/503 answer or on a page with almost no other text: SHORT_TEXT
    counts the visible text outside the sentences that carry those words, so a real article that
    quotes them, having sentences of its own, is not a block page.
    """
    if status in WAF_STATUSES:
        return f"HTTP {status}"
    if status not in BLOCK_STATUSES and status != 200:
        return None
    marker = next((m.decode() for m in CHALLENGE_MARKERS if m in body), None)
    if marker:
        return marker
    try:
        html = body.decode("utf-8")
    except UnicodeDecodeError:
        html = body.decode("gb18030", "ignore")
    words = [m for m in BLOCK_MARKERS if m in html]
    title = _TITLE.search(html[:200000])
    if title:
        first = _TITLE_PARTS.split(re.sub(r"\s+", " ", _TAG.sub("", title.group(1))).strip(), maxsplit=1)[0]
        if first.rstrip(".。…!！ ").lower() in CHALLENGE_TITLES:
            return f"title {first!r}"
    if not words:
        return None
    if status != 200:
        return words[0]
    visible = _TAG.sub("\n", _INVISIBLE.sub("\n", html))
    other = sum(len(re.sub(r"\s+", "", part)) for part in _SENTENCE_END.split(visible)
                if not any(m in part for m in BLOCK_MARKERS))
    return words[0] if other < SHORT_TEXT else None


class SkippedSource(IgnoreRequest):
    """A request not sent because its source asked for a wait beyond RONGZI_RETRY_AFTER_SKIP; already logged."""


class RetryLater(IgnoreRequest):
    """A 429/503 answer whose request is sent again after the wait; already logged."""


class RetryAfterMiddleware:
    """Retries 429 and 503 answers after the wait the server asks for (Retry-After), else with
    exponential backoff: RONGZI_BACKOFF_BASE seconds, doubled each time, at most
    RONGZI_RETRY_AFTER_MAX; gives up after RONGZI_RETRY_AFTER_TIMES tries. Scrapy's own retry
    middleware retries at once, so 429 and 503 are taken out of RETRY_HTTP_CODES in settings.py.

    The wait holds no download slot: the answer is let go at once, and the request goes back to the
    scheduler when the wait is over (the spider is kept open meanwhile). A Retry-After longer than
    RONGZI_RETRY_AFTER_SKIP seconds skips the source for the rest of the run
    (rongzi/retry_after/skipped_sources): no request of it waits or is sent again in this run.
    """

    def __init__(self, crawler, times: int, longest: float, base: float,
                 skip: float = defaults.RONGZI_RETRY_AFTER_SKIP):
        self.crawler, self.stats = crawler, crawler.stats
        self.times, self.longest, self.base, self.skip = times, longest, base, skip
        self.skipped: set[str] = set()
        self.waiting: set = set()  # delayed calls of requests to send again

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        s = crawler.settings
        times = s.getint("RONGZI_RETRY_AFTER_TIMES", defaults.RONGZI_RETRY_AFTER_TIMES)
        if times <= 0:
            raise NotConfigured
        middleware = cls(crawler, times, s.getfloat("RONGZI_RETRY_AFTER_MAX", defaults.RONGZI_RETRY_AFTER_MAX),
                         s.getfloat("RONGZI_BACKOFF_BASE", defaults.RONGZI_BACKOFF_BASE),
                         s.getfloat("RONGZI_RETRY_AFTER_SKIP", defaults.RONGZI_RETRY_AFTER_SKIP))
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request, spider=None):
        name = source_of(request)
        if name and name in self.skipped:
            self.stats.inc_value("rongzi/retry_after/skipped_requests")
            raise SkippedSource(f"source {name} asked for a long wait earlier in this run")
        return None

    def process_response(self, request, response, spider=None):
        if response.status not in (429, 503):
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.skip:
            name = source_of(request) or urlsplit(request.url).netloc
            if name in self.skipped:  # an answer to a request sent before the first long wait was asked
                self.stats.inc_value("rongzi/retry_after/skipped_requests")
                raise SkippedSource(f"Retry-After {asked:.0f} s")
            self.skipped.add(name)
            self.stats.inc_value("rongzi/retry_after/skipped_sources")
            self.stats.inc_value(f"rongzi/source/{name}/errors")
            logger.error("source %s: HTTP %d at %s asks to wait %.0f s (more than RONGZI_RETRY_AFTER_SKIP=%.0f); "
                         "skipping the source for this run", name, response.status, request.url, asked, self.skip)
            raise SkippedSource(f"Retry-After {asked:.0f} s")
        tries = request.meta.get("rongzi_retry_after", 0)
        if tries >= self.times:
            self.stats.inc_value("rongzi/retry_after/gave_up")
            logger.error("gave up on %s after %d answers of HTTP %d", request.url, tries + 1, response.status)
            return response
        delay = min(self.longest, asked if asked is not None else self.base * 2 ** tries)
        self.stats.inc_value("rongzi/retry_after/retries")
        logger.info("HTTP %d from %s: retrying in %.1f s (try %d of %d)", response.status, request.url, delay,
                    tries + 1, self.times)
        retry = request.replace(dont_filter=True)
        retry.meta["rongzi_retry_after"] = tries + 1
        self.send_later(retry, delay)
        raise RetryLater(f"HTTP {response.status}: sent again in {delay:.1f} s")

    def send_later(self, request, delay: float) -> None:
        from twisted.internet import reactor

        def send():
            self.waiting.discard(call)
            self.crawler.engine.crawl(request)

        call = reactor.callLater(delay, send)
        self.waiting.add(call)

    def spider_idle(self, spider=None):
        from scrapy.exceptions import DontCloseSpider

        if self.waiting:
            raise DontCloseSpider  # a request waits to be sent again

    def spider_closed(self, spider=None):
        for call in list(self.waiting):
            if call.active():
                call.cancel()
        self.waiting.clear()


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
