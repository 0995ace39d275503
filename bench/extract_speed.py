"""Event extraction speed: articles per second on one core.

    python bench/extract_speed.py [ARTICLES.jsonl] [--repeat N]

Runs extract_events over every article of finvest-news (title + text), after
one warm-up pass that loads jieba, and prints articles/s.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extract.events import extract_events

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "finvest-news" / "articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.path, encoding="utf-8")]
    for r in rows[:50]:
        extract_events(r["title"], r.get("text", ""))
    best = 0.0
    for _ in range(args.repeat):
        start = time.perf_counter()
        events = sum(len(extract_events(r["title"], r.get("text", ""))) for r in rows)
        elapsed = time.perf_counter() - start
        best = max(best, len(rows) / elapsed)
    chars = sum(len(r.get("text", "")) for r in rows)
    print(f"{len(rows)} articles ({chars / len(rows):.0f} chars on average), {events} events")
    print(f"event extraction: {best:,.0f} articles/s (best of {args.repeat}, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
