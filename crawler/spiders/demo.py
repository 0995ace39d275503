"""The offline demo: crawl the bundled fixture site (file:// or any URL serving it)."""
from __future__ import annotations

from pathlib import Path

import scrapy

from crawler import defaults
from crawler.fetchpolicy import Scope, public_hosts
from crawler.spiders.base import ArticleSpider


class DemoSpider(ArticleSpider):
    """Crawls fixtures/html/index.html and every article it links to.

    -a start_url=URL crawls the same site served elsewhere (the tests serve it on 127.0.0.1). Links and
    redirects never leave the start URL's host (or, for a file: start URL, its folder).
    """

    name = "demo"
    source_name = "demo"
    # The fixture site is local: no need to wait between requests.
    custom_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}

    def __init__(self, start_url: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.start_url = start_url or (Path(defaults.RONGZI_FIXTURES) / "index.html").as_uri()
        self.scope = None

    def fetch_scope(self, request) -> Scope:
        if self.scope is None:
            self.scope = Scope([self.start_url], public_hosts=public_hosts(self.crawler.settings))
        return self.scope

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse_list, dont_filter=True)

    def parse_list(self, response):
        for href in response.css("ul.news-list a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)

    def parse_article(self, response):
        yield self.article_item(response)
