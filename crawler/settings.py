"""Scrapy settings for rongzi; RONGZI_* defaults live in crawler/defaults.py."""
import os

from crawler import defaults

BOT_NAME = "rongzi"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

RONGZI_DB = os.environ.get("RONGZI_DB", defaults.RONGZI_DB)

# Polite by default: an identifying agent, robots.txt, few requests per domain, AutoThrottle.
USER_AGENT = "rongzi/0.1 (+https://github.com/rongzi/rongzi; financing-news research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Items of one response processed at once (Scrapy's default is 100). A page gives one article, a list page
# only requests, and the engine starts CONCURRENT_ITEMS tasks for every response's output whatever it
# holds: 8 cuts a fifth of the crawl's CPU time (bench/crawl_speed.py) and delays nothing.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # a news page is far smaller; larger answers (decompressed too) are refused
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 504, 522, 524, 408]  # 429 and 503 wait for Retry-After: crawler.middlewares

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.FetchPolicyMiddleware": 40,  # before OffsiteMiddleware (50), robots.txt, redirects, refreshes
    "crawler.middlewares.SourceStatsMiddleware": 90,
    "crawler.middlewares.RetryAfterMiddleware": 560,
    "crawler.middlewares.BlockPageMiddleware": 580,
}

ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
    "crawler.pipelines.ExportPipeline": 900,  # last: the article with its events, for -o FILE
}

FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {"csv": "crawler.exporters.EventCsvItemExporter"}  # -o deals.csv: one row per event
LOG_LEVEL = "INFO"

EXTENSIONS = {
    "crawler.extensions.QuietNetworkErrors": 0,
    "crawler.extensions.CrawlRecorder": 100,
    # A scheduled crawl opens no console: Scrapy's telnet console and remote control run code sent to
    # the crawl process. Left out here, their modules (aiohttp for the remote control) are not even imported.
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}

SPIDER_LOADER_CLASS = "crawler.loader.SourceSpiderLoader"
