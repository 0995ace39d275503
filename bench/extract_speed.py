"""Event extraction speed: articles per second on one core, and cost per character as texts grow.

    python bench/extract_speed.py [ARTICLES.jsonl ...] [--repeat N]

Runs extract_events over every article of finvest-news and of recent-news
(title + text), after one warm-up pass that loads jieba, and prints
articles/s. Times are the CPU time of this process, so other load on the
machine does not count. Then it times single articles against 10× and 100×
concatenations of consecutive articles and prints µs per 1,000 characters for each, with the
number of events found: a concatenation of N articles should cost N times one
article and lose no event. The memo caches of extract are emptied before each
timed pass, so repeating a pass does not make it cheaper.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from extract.events import extract_events

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
DEFAULT = [CORPORA / "finvest-news" / "articles.jsonl", CORPORA / "recent-news" / "articles.jsonl"]


def load(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def clear_caches() -> None:
    """Empty the memo caches of extract's functions, so that a repeated pass costs what the first one did."""
    for name, module in list(sys.modules.items()):
        if name == "extract" or name.startswith("extract."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def articles_per_second(rows: list[dict], repeat: int) -> tuple[float, int]:
    best, events = 0.0, 0
    for _ in range(repeat):
        clear_caches()
        start = time.process_time()
        events = sum(len(extract_events(r["title"], r.get("text", ""))) for r in rows)
        best = max(best, len(rows) / (time.process_time() - start))
    return best, events


def cost_per_kchar(texts: list[str], repeat: int) -> tuple[float, int]:
    """Best µs per 1,000 characters over `texts` (untitled), and the events found."""
    chars = sum(len(t) for t in texts)
    best, events = float("inf"), 0
    for _ in range(repeat):
        clear_caches()
        start = time.process_time()
        events = sum(len(extract_events("", t)) for t in texts)
        best = min(best, (time.process_time() - start) * 1e6 / (chars / 1000))
    return best, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = {Path(p).parent.name: load(p) for p in args.paths}
    for rows in corpora.values():
        for r in rows[:50]:
            extract_events(r["title"], r.get("text", ""))
    for name, rows in corpora.items():
        rate, events = articles_per_second(rows, args.repeat)
        chars = sum(len(r.get("text", "")) for r in rows)
        print(f"{name}: {len(rows)} articles ({chars / len(rows):.0f} chars on average), {events} events: "
              f"{rate:,.0f} articles/s (best of {args.repeat}, one core)")
    rows = next(iter(corpora.values()))[:1000]
    texts = [r.get("text", "") for r in rows]
    single, single_events = cost_per_kchar(texts, args.repeat)
    print(f"single articles: {single:.1f} µs per 1,000 characters ({len(texts)} texts, {single_events} events)")
    for n in (10, 100):
        joined = ["\n".join(texts[i: i + n]) for i in range(0, len(texts), n)]
        cost, events = cost_per_kchar(joined, args.repeat)
        print(f"{n}× concatenations: {cost:.1f} µs per 1,000 characters ({len(joined)} texts of about "
              f"{sum(map(len, joined)) // len(joined):,} characters, {events} events), {cost / single:.2f}× single")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
