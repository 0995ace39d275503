"""Crawl → extract → store throughput on a loopback site, next to `scrapy bench` on the same machine.

    python bench/crawl_speed.py [--pages 2000]

Generates a site of `pages` financing-news article pages (in the 投资界 article structure,
each stating one deal) behind list pages of 100 links, serves it with tests/mockserver.py on
127.0.0.1, crawls it with `scrapy crawl news` into a fresh store (politeness delays off, 16
concurrent requests), and prints pages/min. Then crawls the same site with a bare Scrapy spider
(same list pages and article links, same concurrency, robots.txt, no extraction, no storage, no
rongzi middleware) and prints the ratio, once with Scrapy's defaults and once with rongzi's
CONCURRENT_ITEMS (which makes any spider faster: that ratio is the cost of what rongzi adds alone);
then runs `scrapy bench` (Scrapy's own loopback benchmark, link following only) for 20 seconds and
prints that ratio too.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

from loopback import ROOT, crawl_list_site, serve  # bench/ is on the path when run as a script

sys.path.insert(0, str(ROOT))
from crawler.settings import CONCURRENT_ITEMS  # noqa: E402
from tests.sites import build_site  # noqa: E402

def crawl(folder: Path, pages: int) -> tuple[float, int, int]:
    db = folder / "bench.db"
    with serve(folder) as base:
        start = time.perf_counter()
        crawl_list_site(base, folder, db, (pages + 99) // 100,
                        "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
        elapsed = time.perf_counter() - start
    store = Database(db)
    return elapsed, store["articles"].count, store["events"].count


BARE_SPIDER = """
import scrapy


class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
                       "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True, "LOG_LEVEL": "WARNING"}

    def __init__(self, base, lists, **kwargs):
        super().__init__(**kwargs)
        self.base, self.lists = base, int(lists)

    async def start(self):
        yield scrapy.Request(self.base + "list1.html", cb_kwargs={"page": 1})

    def parse(self, response, page):
        for href in response.css("ul#l > li a::attr(href)").getall():
            yield response.follow(href, callback=self.article)
        if page < self.lists:
            yield scrapy.Request(f"{self.base}list{page + 1}.html", cb_kwargs={"page": page + 1})

    def article(self, response):
        yield {"title": response.css("h1::text").get()}
"""


def bare_spider(folder: Path, pages: int, *settings: str) -> float:
    """Seconds a bare Scrapy spider takes over the same site, process start-up included."""
    with tempfile.TemporaryDirectory() as outside_project, serve(folder) as base:
        script = Path(outside_project) / "bare.py"
        script.write_text(BARE_SPIDER, encoding="utf-8")
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "scrapy.cmdline", "runspider", str(script), "-a", f"base={base}",
                                 "-a", f"lists={(pages + 99) // 100}", *(a for s in settings for a in ("-s", s))],
                                cwd=outside_project, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    return elapsed


def scrapy_bench(seconds: int = 20) -> float:
    with tempfile.TemporaryDirectory() as outside_project:
        result = subprocess.run([sys.executable, "-m", "scrapy.cmdline", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                                cwd=outside_project, capture_output=True, text=True)
    rates = [int(x) for x in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", result.stderr)]
    return max(rates) if rates else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_site(folder, args.pages)
        elapsed, articles, events = crawl(folder, args.pages)
        bare = bare_spider(folder, args.pages)
        bare_items = bare_spider(folder, args.pages, f"CONCURRENT_ITEMS={CONCURRENT_ITEMS}")
    fetched = args.pages + (args.pages + 99) // 100
    ours = fetched / elapsed * 60
    print(f"rongzi: {fetched} pages in {elapsed:.1f} s = {ours:,.0f} pages/min "
          f"({articles} articles and {events} events stored; process start-up included)")
    print(f"bare Scrapy spider on the same site: {fetched} pages in {bare:.1f} s = {fetched / bare * 60:,.0f} pages/min")
    print(f"ratio rongzi / bare Scrapy spider: {bare / elapsed:.2f}")
    print(f"bare Scrapy spider with CONCURRENT_ITEMS={CONCURRENT_ITEMS}: {fetched} pages in {bare_items:.1f} s = "
          f"{fetched / bare_items * 60:,.0f} pages/min; ratio rongzi / it: {bare_items / elapsed:.2f}")
    bench = scrapy_bench()
    print(f"scrapy bench (link following only): {bench:,.0f} pages/min")
    if bench:
        print(f"ratio rongzi / scrapy bench: {ours / bench:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
