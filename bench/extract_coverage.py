"""How many financing-news articles yield a current event, and which do not.

    python bench/extract_coverage.py [ARTICLES.jsonl] [--misses N]

A title counts as a financing title when it names a deal word (融资, 领投,
战略投资, 天使轮, A轮 …) and a deal verb or round. Prints the share of those
articles that give at least one current event, then the first N misses. The titles of
the held-out items (extract.evaluate.held_out_ids) are not listed: counting them is fine,
reading their errors is not.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from extract.dates import parse_date
from extract.evaluate import held_out_ids, item_id
from extract.events import extract_events

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "finvest-news" / "articles.jsonl"
FINANCING_TITLE = re.compile(r"(?:融资|领投|投资|注资)")
DEAL_IN_TITLE = re.compile(r"完成|获|领投|[A-Ea-e]\+?轮|天使轮|种子轮|战略投资|Pre-?A")


def financing_title(title: str) -> bool:
    return bool(FINANCING_TITLE.search(title) and DEAL_IN_TITLE.search(title))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--misses", type=int, default=60, help="how many misses to list")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.path, encoding="utf-8")]
    titled = [r for r in rows if financing_title(r.get("title", ""))]
    held_out = held_out_ids()
    misses, hidden = [], 0
    for r in titled:
        events = extract_events(r["title"], r.get("text", ""), parse_date(r.get("date")))
        if not any(e.kind == "current" for e in events):
            if item_id(r) in held_out:
                hidden += 1
            else:
                misses.append(r["title"])
    others = [r for r in rows if not financing_title(r.get("title", ""))]
    false = sum(1 for r in others if any(e.kind == "current" for e in
                                        extract_events(r["title"], r.get("text", ""), parse_date(r.get("date")))))
    hit = len(titled) - len(misses) - hidden
    print(f"{len(rows)} articles; {len(titled)} with a financing title; "
          f"{hit} of them yield a current event ({hit / len(titled):.1%})")
    print(f"{len(others)} articles without a financing title; {false} yield a current event")
    print(f"misses of development items ({len(misses)}; {hidden} more in held-out items, not listed):")
    for title in misses[: args.misses]:
        print("-", title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
