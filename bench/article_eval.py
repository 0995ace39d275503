"""Article extraction accuracy and speed on real news pages with hand-checked gold.

    python bench/article_eval.py [NEWS_PAGES_DIR] [--show]

Scoring follows the corpus README: title exact match after removing white space;
publish date by day; body character-level precision / recall / F1 against
bodies/<path without .html>.txt, all white space removed. Prints the three figures, pages per
second on one core, and with --show every page that misses.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

from extract.article import ParseError, parse
from extract.dates import CHINA

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news-pages"


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def body_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Character-level precision, recall and F1 of the longest matching blocks."""
    a, b = squash(predicted), squash(gold)
    if not a or not b:
        return (0.0, 0.0, 0.0) if a or b else (1.0, 1.0, 1.0)
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    p, r = matched / len(a), matched / len(b)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=str(DEFAULT))
    parser.add_argument("--show", action="store_true", help="print every page that misses")
    args = parser.parse_args()
    root = Path(args.root)
    gold = [json.loads(line) for line in (root / "gold.jsonl").open(encoding="utf-8")]
    pages = [(g, (root / "pages" / g["path"]).read_bytes()) for g in gold]
    fetched = datetime(2020, 12, 31, tzinfo=CHINA)
    titles = dates = 0
    f1s = []
    start = time.perf_counter()
    results = [(g, _parse(body, fetched)) for g, body in pages]
    elapsed = time.perf_counter() - start
    for g, article in results:
        body_gold = (root / "bodies" / Path(g["path"]).with_suffix(".txt")).read_text(encoding="utf-8")
        if article is None:
            f1s.append(0.0)
            continue
        title_ok = squash(article.title) == squash(g["title"])
        date_ok = bool(article.published and g["published"]
                       and article.published.date().isoformat() == g["published"][:10])
        p, r, f = body_prf(article.text, body_gold)
        titles += title_ok
        dates += date_ok
        f1s.append(f)
        if args.show and not (title_ok and date_ok and f >= 0.9):
            print(f"{g['path']}: title {'ok' if title_ok else repr(article.title) + ' ≠ ' + repr(g['title'])}; "
                  f"date {'ok' if date_ok else str(article.published) + ' ≠ ' + str(g['published'])}; "
                  f"body P {p:.2f} R {r:.2f} F1 {f:.2f}")
    n = len(gold)
    print(f"{n} pages: title {titles / n:.3f}, date {dates / n:.3f}, body F1 {sum(f1s) / n:.3f}")
    print(f"article extraction: {n / elapsed:.0f} pages/s (one core)")
    return 0


def _parse(body: bytes, fetched: datetime):
    try:
        return parse(body, fetched_at=fetched)
    except ParseError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
