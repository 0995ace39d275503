"""Peak memory of an incremental crawl when the store already knows many article URLs.

    python bench/incremental_memory.py [--known 100000] [--pages 20] [--per-page 50]

Builds a store that knows `known` article URLs, serves a list site on 127.0.0.1 whose
pages link to some of them, runs `scrapy crawl news` over it and prints the crawl's peak
resident memory, next to a run against a store of 1,000 URLs. Memory should not grow with
the number of known URLs: the seen-store is queried per page, never loaded.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loopback import crawl_list_site, serve  # noqa: E402  (bench/ is on the path when run as a script)
from store import EventStore  # noqa: E402


def build_site(folder: Path, pages: int, per_page: int) -> None:
    for page in range(1, pages + 1):
        items = "".join(f'<li><a href="/a/{(page - 1) * per_page + i}.html">文章 {page}-{i}</a></li>' for i in range(per_page))
        (folder / f"list{page}.html").write_text(f"<html><body><ul id='l'>{items}</ul></body></html>", "utf-8")


def build_store(path: Path, base: str, known: int) -> None:
    EventStore(path).close()
    db = Database(path)
    rows = ({"id": i + 1, "url": f"{base}a/{i}.html", "source": "bench", "title": "t", "text": "", "content_hash": str(i)}
            for i in range(known))
    db["articles"].insert_all(rows, batch_size=5000)
    db["article_urls"].insert_all(({"url": f"{base}a/{i}.html", "article_id": i + 1} for i in range(known)),
                                  batch_size=5000)


def crawl(base: str, folder: Path, db: Path, pages: int) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    crawl_list_site(base, folder, db, pages, "RONGZI_OVERLAP_PAGES=1000")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(peak, before) / 1024, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--known", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--per-page", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_site(folder, args.pages, args.per_page)
        with serve(folder) as base:
            for known in (1_000, args.known):
                db = folder / f"store{known}.db"
                build_store(db, base, known)
                peak, seconds = crawl(base, folder, db, args.pages)
                print(f"{known:>7,} known URLs: {args.pages} list pages of {args.per_page} known links crawled in "
                      f"{seconds:.1f} s; peak memory of the crawl process ≤ {peak:.0f} MB")
    print("(peak is the largest child process so far: the second figure can only be ≥ the first)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
