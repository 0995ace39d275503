"""One spider class per source kind; spiders fetch pages and never parse events."""
from crawler.spiders.base import SourceSpider
from crawler.spiders.jsonapi import JsonSpider
from crawler.spiders.listpage import ListSpider
from crawler.spiders.rss import RssSpider
from crawler.spiders.sitemap import SitemapSpider

SourceSpider.INDEX_PARSERS.update({"rss": RssSpider, "sitemap": SitemapSpider, "list": ListSpider, "json": JsonSpider})
