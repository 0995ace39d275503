"""Crawl → extract → store throughput on a loopback site, next to `scrapy bench` on the same machine.

    python bench/crawl_speed.py [--pages 2000]

Generates a site of `pages` financing-news article pages (in the 投资界 article structure,
each stating one deal) behind list pages of 100 links, serves it with tests/mockserver.py on
127.0.0.1, crawls it with `scrapy crawl news` into a fresh store (politeness delays off, 16
concurrent requests), and prints pages/min. Then runs `scrapy bench` (Scrapy's own loopback
benchmark, link following only, no extraction, no storage) for 20 seconds and prints the ratio.
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
    fetched = args.pages + (args.pages + 99) // 100
    ours = fetched / elapsed * 60
    print(f"rongzi: {fetched} pages in {elapsed:.1f} s = {ours:,.0f} pages/min "
          f"({articles} articles and {events} events stored; process start-up included)")
    bench = scrapy_bench()
    print(f"scrapy bench (link following only): {bench:,.0f} pages/min")
    if bench:
        print(f"ratio rongzi / scrapy bench: {ours / bench:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
