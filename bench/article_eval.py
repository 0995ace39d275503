"""Article extraction accuracy and speed on real news pages with hand-checked gold, dev and holdout apart.

    python bench/article_eval.py [--show] [--compare]

The pages are the 33 of ../shared/corpora/news-pages/ (gold.jsonl, bodies/) and the real captures
labeled in tests/data/article_gold.jsonl (36氪 and seed pages of ../shared/corpora/; for a .md file the
page is the HTML after its front matter). tests/data/article_split.json splits them, by site, into a dev
part and a holdout part that is not tuned on: --show lists the misses of dev pages only.

Scoring follows the news-pages README: title exact match after removing white space; publish date by
day; body character-level precision / recall / F1 against the gold body, all white space removed. A page
whose HTML shows no headline or no date has null gold there and counts only for the body. Speed is pages
per second of this process's CPU time (one core), parsing every page of both parts: the fastest of
--repeat passes, in which the extractors take turns, so other load on the machine counts little.

--compare also runs GNE (`pip install gne`) and trafilatura when they are installed, on the same text in
the same run; neither is a dependency of rongzi.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

from extract.article import ParseError, decode, parse
from extract.dates import CHINA, parse_date

HERE = Path(__file__).resolve().parent.parent
CORPORA = HERE.parent / "shared" / "corpora"
FETCHED = datetime(2020, 12, 31, tzinfo=CHINA)
_FRONT_MATTER = re.compile(r"\A\s*---\s*\n.*?\n---\s*\n", re.S)


@dataclass
class Page:
    key: str
    body: bytes
    title: str | None
    published: str | None
    gold_text: str


@dataclass
class Guess:
    title: str | None
    published: datetime | None
    text: str


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


def load_pages(corpora: Path = CORPORA) -> dict[str, Page]:
    """Every labeled page by its key (path under ../shared/corpora)."""
    pages = {}
    news = corpora / "news-pages"
    for line in (news / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        body_gold = (news / "bodies" / Path(g["path"]).with_suffix(".txt")).read_text(encoding="utf-8")
        key = "news-pages/" + g["path"]
        pages[key] = Page(key, (news / "pages" / g["path"]).read_bytes(), g["title"], g["published"], body_gold)
    for line in (HERE / "tests" / "data" / "article_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        raw = (corpora / g["path"]).read_bytes()
        if g["path"].endswith(".md"):
            raw = _FRONT_MATTER.sub("", raw.decode("utf-8"), count=1).encode("utf-8")
        pages[g["path"]] = Page(g["path"], raw, g["title"], g["published"], g["body"])
    return pages


def load_split() -> dict[str, list[str]]:
    split = json.loads((HERE / "tests" / "data" / "article_split.json").read_text(encoding="utf-8"))
    return {"dev": split["dev"], "holdout": split["holdout"]}


def rongzi(page: Page) -> Guess | None:
    try:
        article = parse(page.body, fetched_at=FETCHED)
    except ParseError:
        return None
    return Guess(article.title, article.published, article.text)


def _gne():
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(page: Page) -> Guess | None:
        try:
            found = extractor.extract(decode(page.body)[0])
        except Exception:  # a comparison must not stop the run
            return None
        return Guess(found.get("title"), parse_date(found.get("publish_time") or "", FETCHED), found.get("content") or "")
    return run


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: Page) -> Guess | None:
        try:
            found = trafilatura.bare_extraction(decode(page.body)[0], with_metadata=True)
        except Exception:  # a comparison must not stop the run
            return None
        if found is None:
            return None
        return Guess(found.title, parse_date(found.date or "", FETCHED), found.text or "")
    return run


def score(guesses: dict[str, Guess | None], pages: dict[str, Page], keys: list[str], show: bool = False) -> dict:
    titled = [k for k in keys if pages[k].title]
    dated = [k for k in keys if pages[k].published]
    titles = dates = 0
    f1s = []
    for key in keys:
        page, guess = pages[key], guesses[key]
        p = r = f = 0.0
        title_ok = date_ok = False
        if guess is not None:
            title_ok = bool(page.title) and squash(guess.title) == squash(page.title)
            date_ok = bool(page.published and guess.published
                           and guess.published.date().isoformat() == page.published[:10])
            p, r, f = body_prf(guess.text, page.gold_text)
        titles += title_ok
        dates += date_ok
        f1s.append(f)
        if show and (guess is None or (page.title and not title_ok) or (page.published and not date_ok) or f < 0.9):
            got = guess or Guess(None, None, "")
            print(f"  {key}: title {'ok' if title_ok or not page.title else repr(got.title) + ' ≠ ' + repr(page.title)}; "
                  f"date {'ok' if date_ok or not page.published else str(got.published) + ' ≠ ' + page.published}; "
                  f"body P {p:.2f} R {r:.2f} F1 {f:.2f}")
    return {"pages": len(keys), "titled": len(titled), "dated": len(dated),
            "title": titles / len(titled) if titled else float("nan"),
            "date": dates / len(dated) if dated else float("nan"),
            "body": sum(f1s) / len(f1s) if f1s else float("nan")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every dev page that misses")
    parser.add_argument("--compare", action="store_true", help="also run GNE and trafilatura when installed")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages; speed is the fastest (default 3)")
    args = parser.parse_args()
    pages = load_pages()
    split = load_split()
    extractors = {"rongzi": rongzi}
    if args.compare:
        for name, make in (("GNE", _gne), ("trafilatura", _trafilatura)):
            run = make()
            if run is None:
                print(f"{name}: not installed, not compared")
            else:
                extractors[name] = run
    keys = split["dev"] + split["holdout"]
    found: dict[str, dict] = {}
    best: dict[str, float] = {}
    for name, run in extractors.items():
        run(pages[keys[0]])  # warm up imports and caches
    for _ in range(args.repeat):  # extractors take turns, so a busy moment of the machine hits them all
        for name, run in extractors.items():
            start = time.process_time()
            found[name] = {key: run(pages[key]) for key in keys}
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    speed = {name: len(keys) / best[name] for name in extractors}
    for name in extractors:
        guesses = found[name]
        for part in ("dev", "holdout"):
            if args.show and name == "rongzi" and part == "dev":
                print("dev pages that miss:")
            s = score(guesses, pages, split[part], show=args.show and name == "rongzi" and part == "dev")
            print(f"{name:11} {part:7} {s['pages']:2} pages: title {s['title']:.3f} (of {s['titled']}), "
                  f"date {s['date']:.3f} (of {s['dated']}), body F1 {s['body']:.3f}")
        print(f"{name:11} speed: {speed[name]:.0f} pages/s (one core, {len(keys)} pages, fastest of {args.repeat} passes)")
    if "GNE" in speed:
        print(f"rongzi is {speed['rongzi'] / speed['GNE']:.1f}× GNE's speed in this run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
