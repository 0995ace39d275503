"""Pairwise precision and recall of event merging on deals reported by several outlets.

    python bench/merge_eval.py [CLUSTERS.json] [ARTICLES.jsonl]

Builds a fresh store from the labeled articles of tests/data/merge_clusters.json (taken from
finvest-news, in date order, through the same extract → store path as a crawl), then compares
which articles ended on the same event with the hand-labeled clusters: a pair of articles is
predicted together when they share an event (or one was stored as a near-duplicate of the other).
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.dates import CHINA, parse_date  # noqa: E402
from extract.events import extract_events  # noqa: E402
from store import EventStore  # noqa: E402

CLUSTERS = ROOT / "tests" / "data" / "merge_clusters.json"
ARTICLES = ROOT.parent / "shared" / "corpora" / "finvest-news" / "articles.jsonl"


def article_id(row: dict) -> str:
    return hashlib.sha1((row["url"] + "|" + row["title"]).encode()).hexdigest()[:12]


def predicted_groups(rows: list[dict]) -> dict[str, object]:
    """Label id → the event (or article) it ended on."""
    base = datetime(2020, 1, 1, tzinfo=CHINA)
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "merge.db")
        rows = sorted(rows, key=lambda r: (parse_date(r["date"], base) or base))
        group: dict[str, object] = {}
        for row in rows:
            published = parse_date(row["date"], base)
            events = [e.to_dict() for e in extract_events(row["title"], row["text"], published)]
            url = row["url"] or f"https://finvest.invalid/{article_id(row)}"
            result = store.add_article({"url": url, "source": row["source_site"], "title": row["title"],
                                        "published_at": published, "text": row["text"]}, events)
            found = store.db.execute("SELECT min(event_id) FROM event_sources WHERE article_id = ?",
                                     [result.article_id]).fetchone()[0]
            group[article_id(row)] = ("event", found) if found else ("article", result.article_id)
        store.close()
    return group


def pairwise(clusters: list[list[str]], singletons: list[str], predicted: dict) -> tuple[float, float, int, int, int]:
    gold = {a: i for i, c in enumerate(clusters) for a in c}
    gold.update({a: f"s{a}" for a in singletons})
    ids = sorted(gold)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main(argv: list[str]) -> int:
    labels = json.loads(Path(argv[0] if argv else CLUSTERS).read_text(encoding="utf-8"))
    wanted = {a for c in labels["clusters"] for a in c} | set(labels["singletons"])
    rows = [json.loads(line) for line in open(argv[1] if len(argv) > 1 else ARTICLES, encoding="utf-8")]
    rows = [r for r in rows if article_id(r) in wanted]
    predicted = predicted_groups(rows)
    p, r, tp, fp, fn = pairwise(labels["clusters"], labels["singletons"], predicted)
    print(f"{len(rows)} articles, {len(labels['clusters'])} multi-source deals, {len(labels['singletons'])} singletons")
    print(f"pairwise precision {p:.3f}, recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
    for cluster in labels["clusters"]:
        if len({predicted.get(a) for a in cluster}) > 1:
            print("  split:", " / ".join(labels["titles"][a][:30] for a in cluster))
    by_group: dict = {}
    for a, g in predicted.items():
        by_group.setdefault(g, []).append(a)
    gold = {a: i for i, c in enumerate(labels["clusters"]) for a in c}
    for members in by_group.values():
        if len({gold.get(a, a) for a in members}) > 1:
            print("  merged wrongly:", " / ".join(labels["titles"][a][:30] for a in members))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
