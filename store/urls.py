"""Canonical article URLs: one spelling per page, so a page is stored once."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track a click, not name a page.
TRACKING_PARAMS = {
    "spm", "from", "source", "src", "share", "share_from", "sharefrom", "share_token", "scene", "isappinstalled",
    "fromid", "wfr", "ref", "referer", "cmpid", "ncid", "mod", "loc", "tt_from", "timestamp", "app", "s_trans",
    "columnid", "sc", "_t", "fr", "channel",
}
TRACKING_PAIRS = {("f", "rss"), ("f", "feed"), ("from", "rss")}


@lru_cache(maxsize=65536)  # a crawl asks for one page's URL several times (list page, spider, store)
def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, default port dropped.

    'HTTPS://36Kr.com/p/123?f=rss&utm_source=x#top' → 'https://36kr.com/p/123'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
        and (k.lower(), v.lower()) not in TRACKING_PAIRS
    ]
    path = parts.path or ("/" if scheme in ("http", "https") else "")
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))
