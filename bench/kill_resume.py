"""Kill a loopback crawl at random moments, again and again on one store, and rerun it: is anything lost?

    python bench/kill_resume.py [--articles 300] [--kills 10] [--seed 1]

Generates a site of `articles` financing-news articles (one deal each) behind list pages of 20,
serves it on 127.0.0.1, and starts `scrapy crawl news` over it into one fresh store. Each run is
killed with SIGKILL at a random moment (after a random number of new articles, plus a random
0–1 s; see tests/sites.py), the next run starts on the same store right after, and after `kills`
kills one last run goes to its end. Prints each run, then articles and events in
the store against those expected, duplicated URLs and events, and PRAGMA integrity_check.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from loopback import ROOT, serve  # bench/ is on the path when run as a script

sys.path.insert(0, str(ROOT))
from tests.sites import build_site, crawl_command, kill_and_rerun, registry_entry  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lists = build_site(folder, args.articles, per_list=20)
        db = folder / "rongzi.db"
        with serve(folder) as base:
            registry = folder / "sources.toml"
            registry.write_text(registry_entry("site", base, lists), encoding="utf-8")
            start = time.perf_counter()
            runs = kill_and_rerun(crawl_command(registry, db, "CONCURRENT_REQUESTS=8"), ROOT, db, args.articles,
                                  args.kills, random.Random(args.seed))
            elapsed = time.perf_counter() - start
        for n, run in enumerate(runs, 1):
            how = f"killed after {run['killed_after']:.2f} s" if run["killed_after"] is not None else "ran to its end"
            print(f"run {n:2d}: {how:22s} exit {run['status']:3d}, {run['articles']:4d} articles in the store")
        conn = sqlite3.connect(db)
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        articles, events = one("SELECT count(*) FROM articles"), one("SELECT count(*) FROM events")
        duplicate_urls = one("SELECT count(*) - count(DISTINCT url) FROM articles")
        duplicate_events = one("SELECT count(*) - count(DISTINCT company_key || '|' || round_norm) FROM events")
        sources = one("SELECT count(*) FROM event_sources")
        integrity = one("PRAGMA integrity_check")
        unfinished = one("SELECT count(*) FROM crawls WHERE finish_reason IS NULL")
        conn.close()
    print(f"{args.kills} kills, {len(runs)} runs, {elapsed:.0f} s")
    print(f"articles {articles}/{args.articles}, events {events}/{args.articles}, event sources {sources}, "
          f"duplicated articles {duplicate_urls}, duplicated events {duplicate_events}, integrity {integrity}, "
          f"killed runs on record {unfinished}")
    return 0 if (articles, events, duplicate_urls, duplicate_events, integrity) == (
        args.articles, args.articles, 0, 0, "ok") else 1


if __name__ == "__main__":
    raise SystemExit(main())
