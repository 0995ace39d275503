"""Several crawls writing one store at once, on a loaded machine: is anything lost or stored twice?

    python bench/concurrent_writers.py [--crawls 4] [--rounds 10] [--articles 100] [--hogs 2]

Generates one loopback site per crawl (`articles` financing-news articles each, one deal per
article, list pages of 20), serves them on 127.0.0.1, starts `hogs` processes that keep the CPUs
busy, and then, `rounds` times, starts `crawls` crawls of different sources at the same moment
into one fresh store. Prints for each round: articles expected, stored, lost, duplicated, events
stored, the exit statuses, store retries and errors, and PRAGMA integrity_check.
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loopback import ROOT, serve  # bench/ is on the path when run as a script

sys.path.insert(0, str(ROOT))
from tests.sites import build_site, crawl_command, registry_entry  # noqa: E402


def hog() -> None:
    while True:
        pass


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(m.group(1)) if m else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crawls", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=100, help="articles per crawl")
    parser.add_argument("--hogs", type=int, default=2, help="busy processes beside the crawls")
    args = parser.parse_args()
    hogs = [multiprocessing.Process(target=hog, daemon=True) for _ in range(args.hogs)]
    for h in hogs:
        h.start()
    bad = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            names = [f"s{n}" for n in range(args.crawls)]
            lists = {name: build_site(folder, args.articles, per_list=20, prefix=name) for name in names}
            expected = args.crawls * args.articles
            with serve(folder) as base:
                registry = folder / "sources.toml"
                registry.write_text("".join(registry_entry(n, base, lists[n], prefix=n) for n in names), "utf-8")
                for round_ in range(1, args.rounds + 1):
                    db = folder / f"round{round_}.db"
                    start = time.perf_counter()
                    procs = [subprocess.Popen([*crawl_command(registry, db, "LOG_LEVEL=INFO"), "-a", f"sources={n}"],
                                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                             for n in names]
                    logs = [p.communicate(timeout=900)[1] for p in procs]
                    elapsed = time.perf_counter() - start
                    conn = sqlite3.connect(db)
                    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
                    stored = one("SELECT count(DISTINCT url) FROM articles")
                    duplicated = one("SELECT count(*) FROM articles") - stored
                    duplicated += one("SELECT count(*) - count(DISTINCT company_key || '|' || round_norm) FROM events")
                    events, integrity = one("SELECT count(*) FROM events"), one("PRAGMA integrity_check")
                    conn.close()
                    statuses = ",".join(str(p.returncode) for p in procs)
                    retries = sum(stat(log, "rongzi/store_retries") for log in logs)
                    errors = sum(stat(log, "rongzi/store_errors") for log in logs)
                    lost = expected - stored
                    bad += bool(lost or duplicated or integrity != "ok" or events != expected)
                    print(f"round {round_:2d}: expected {expected}, stored {stored}, lost {lost}, duplicated "
                          f"{duplicated}, events {events}, exit {statuses}, store retries {retries}, store errors "
                          f"{errors}, integrity {integrity} ({elapsed:.0f} s)", flush=True)
    finally:
        for h in hogs:
            h.terminate()
    print(f"{args.rounds} rounds of {args.crawls} crawls under {args.hogs} CPU hogs: {bad} rounds lost or duplicated")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
