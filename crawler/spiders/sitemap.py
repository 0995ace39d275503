"""XML sitemaps and sitemap indexes."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from crawler.spiders.rss import parse_xml


class SitemapSpider(SourceSpider):
    """Sources of kind sitemap: <url><loc> entries; child sitemaps of an index are followed as pages."""

    name = "sitemap"
    kind = "sitemap"

    @staticmethod
    def entries(response, source) -> list[dict]:
        root = parse_xml(response.body)
        return [{"url": (node.findtext("{*}loc") or "").strip(), "title": "",
                 "published": (node.findtext("{*}lastmod") or "").strip()} for node in root.iter("{*}url")]

    @staticmethod
    def more_index_urls(response, source) -> list[str]:
        """Child sitemaps of a sitemap index."""
        urls = []
        for node in parse_xml(response.body).iter("{*}sitemap"):
            loc = (node.findtext("{*}loc") or "").strip()
            if loc.startswith(("http://", "https://")):
                urls.append(loc)
        return urls
