"""XML sitemaps, sitemap indexes, gzipped sitemaps and the sitemaps a robots.txt names."""
from __future__ import annotations

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawler.spiders.base import Drift, SourceSpider
from crawler.spiders.rss import parse_xml

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed


def sitemap_body(response) -> bytes:
    """The XML of a sitemap response, gunzipped when it is gzip (a .xml.gz file)."""
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except (OSError, EOFError) as exc:
            raise ValueError(f"cannot gunzip the sitemap: {exc}") from exc
    return body


def is_robots(response) -> bool:
    return response.url.split("?")[0].endswith("/robots.txt")


class SitemapSpider(SourceSpider):
    """Sources of kind sitemap: <url><loc> entries; child sitemaps of an index, and sitemaps a robots.txt
    start URL names, are followed as index pages."""

    name = "sitemap"
    kind = "sitemap"

    @staticmethod
    def entries(response, source) -> list[dict]:
        if is_robots(response):
            return []
        root = parse_xml(sitemap_body(response))
        if root.tag.rsplit("}", 1)[-1] not in ("urlset", "sitemapindex"):
            raise Drift(f"not a sitemap (<{root.tag}>)")
        return [{"url": response.urljoin((node.findtext("{*}loc") or "").strip()), "title": "",
                 "published": (node.findtext("{*}lastmod") or "").strip()} for node in root.iter("{*}url")]

    @staticmethod
    def more_index_urls(response, source) -> list[str]:
        """Child sitemaps of a sitemap index, or the Sitemap: lines of a robots.txt."""
        if is_robots(response):
            return list(sitemap_urls_from_robots(response.body, base_url=response.url))
        try:
            root = parse_xml(sitemap_body(response))
        except ValueError:
            return []
        return [loc for node in root.iter("{*}sitemap")
                if (loc := (node.findtext("{*}loc") or "").strip()).startswith(("http://", "https://"))]
