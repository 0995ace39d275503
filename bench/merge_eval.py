"""Pairwise precision and recall of event merging on deals reported by several outlets.

    python bench/merge_eval.py [--show-holdout] [CLUSTERS.json] [ARTICLES.jsonl]

Builds a fresh store from the labeled articles of tests/data/merge_clusters.json (taken from
finvest-news, in date order, through the same extract → store path as a crawl), then compares
which articles ended on the same event with the hand-labeled clusters: a pair of articles is
predicted together when they share an event (or one was stored as a near-duplicate of the other).

Then, over the names of the labeled development sets of extraction (not their holdouts): how many
company ↔ stated-alias pairs meet without an article saying so (one key, a name form, or a head:
地上铁 / 地上铁租车), and how many pairs of different labeled companies meet by a head (those
need the round, amounts or a backer to agree as well).

Then the same for the `recent` labels (recent-news, 2025–2026, items `article#company`), dev
and holdout apart, with the hard-negative pairs (one company's different deals, look-alike
names) counted on their own. The split and merge lines of the holdout are shown only with
--show-holdout.
"""
from __future__ import annotations

import hashlib
from collections import Counter
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
from extract.tags import with_tags  # noqa: E402
from extract.evaluate import labeled_sets  # noqa: E402
from store import EventStore, company_key  # noqa: E402
from store.names import forms, heads, starts_name  # noqa: E402

CLUSTERS = ROOT / "tests" / "data" / "merge_clusters.json"
ARTICLES = ROOT.parent / "shared" / "corpora" / "finvest-news" / "articles.jsonl"
RECENT = ROOT.parent / "shared" / "corpora" / "recent-news" / "articles.jsonl"


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


def recent_groups(rows: list[dict]) -> dict[str, dict[str, object]]:
    """Article id → {company key as extracted → the event it ended on}, for recent-news rows."""
    base = datetime(2025, 1, 1, tzinfo=CHINA)
    found: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "merge.db")
        rows = sorted(rows, key=lambda r: (parse_date(r["date"], base) or base))
        for row in rows:
            published = parse_date(row["date"], base)
            events = with_tags([e.to_dict() for e in extract_events(row["title"], row["text"], published)],
                               row["title"], row["text"])
            url = row["url"] or f"https://recent.invalid/{row['id']}"
            result = store.add_article({"url": url, "source": row["outlet"], "title": row["title"],
                                        "published_at": published, "text": row["text"]}, events)
            found[row["id"]] = {company_key(company): event_id for event_id, company in store.db.execute(
                "SELECT event_id, company FROM event_sources WHERE article_id = ? ORDER BY event_id",
                [result.article_id])}
        store.close()
    return found


def recent_item(item: str, found: dict[str, dict[str, object]], alone: bool) -> object:
    """The event an `article#company` item ended on: the article's event naming that company, or else,
    when the item is the only labeled deal of its article (`alone`), the article's only event."""
    article, name = item.split("#", 1)
    events = found.get(article, {})
    key = company_key(name)
    for company, event_id in events.items():
        if key in company or company in key:
            return ("event", event_id)
    if alone and len(events) == 1:
        return ("event", next(iter(events.values())))
    return None


def negatives(pairs: list[list[str]], predicted: dict) -> int:
    return sum(predicted.get(a) is not None and predicted.get(a) == predicted.get(b) for a, b in pairs)


def how_names_meet(a: str, b: str) -> str | None:
    """'key', 'form' or 'head' when the store meets company keys `a` and `b` without being told, else None."""
    if a == b:
        return "key"
    forms_a, forms_b = {f for f, _ in forms(a)}, {f for f, _ in forms(b)}
    if a in forms_b or b in forms_a or forms_a & forms_b:
        return "form"
    if starts_name(a, b) or starts_name(b, a):
        return "head"
    return None


def name_pairs() -> str:
    """How the labeled development sets' company ↔ alias pairs meet, and distinct companies that meet by a head."""
    sets = {name: records for name, records in labeled_sets().items()
            if name not in ("recent-holdout", "finvest-unseen", "finvest-final")}
    pairs, companies = set(), set()
    for records in sets.values():
        for record in records:
            for event in record["events"]:
                companies.add(company_key(event["company"]))
                pairs |= {(company_key(event["company"]), company_key(alias)) for alias in event.get("company_aliases") or []}
    met = Counter(how_names_meet(a, b) for a, b in pairs)
    keys = sorted(companies)
    aliased = {frozenset(p) for p in pairs}
    look_alike = [(a, b) for a in keys for b, _ in heads(a) if b in companies and frozenset((a, b)) not in aliased
                  and how_names_meet(a, b) == "head"]
    return (f"labeled names ({len(sets)} development sets): {len(pairs)} company ↔ alias pairs; meet on one key "
            f"{met['key']}, by a name form {met['form']}, by a head {met['head']}, only when an article states them "
            f"{met[None]}; {len(keys)} companies, {len(look_alike)} pairs of them meet by a head without being "
            f"labeled one company" + (": " + ", ".join(f"{a} / {b}" for a, b in look_alike[:10]) if look_alike else ""))


def main(argv: list[str]) -> int:
    show_holdout = "--show-holdout" in argv
    argv = [a for a in argv if a != "--show-holdout"]
    labels = json.loads(Path(argv[0] if argv else CLUSTERS).read_text(encoding="utf-8"))
    wanted = {a for c in labels["clusters"] for a in c} | set(labels["singletons"])
    rows = [json.loads(line) for line in open(argv[1] if len(argv) > 1 else ARTICLES, encoding="utf-8")]
    rows = [r for r in rows if article_id(r) in wanted]
    predicted = predicted_groups(rows)
    p, r, tp, fp, fn = pairwise(labels["clusters"], labels["singletons"], predicted)
    print(f"finvest-news: pairwise precision {p:.3f}, recall {r:.3f} (tp {tp}, fp {fp}, fn {fn}); "
          f"{len(rows)} articles, {len(labels['clusters'])} multi-source deals, {len(labels['singletons'])} singletons")
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
    print(name_pairs())
    recent = labels.get("recent")
    if recent and RECENT.exists():
        parts = ("dev", "holdout")
        ids = {item.split("#")[0] for part in parts for group in (*recent[part]["clusters"], recent[part]["singletons"])
               for item in group}
        found = recent_groups([row for row in map(json.loads, open(RECENT, encoding="utf-8")) if row["id"] in ids])
        for part in parts:
            split = recent[part]
            items = [a for c in split["clusters"] for a in c] + split["singletons"]
            per_article = Counter(a.split("#")[0] for a in items)
            predicted = {a: recent_item(a, found, per_article[a.split("#")[0]] == 1) for a in items}
            p, r, tp, fp, fn = pairwise(split["clusters"], split["singletons"], predicted)
            merged = negatives(split["hard_negatives"], predicted)
            print(f"recent-news {part}: pairwise precision {p:.3f}, recall {r:.3f} (tp {tp}, fp {fp}, fn {fn}); "
                  f"hard negatives merged: {merged} of {len(split['hard_negatives'])}; "
                  f"{len({a.split('#')[0] for a in items})} articles, {len(split['clusters'])} multi-source deals "
                  f"({sum(map(len, split['clusters']))} reports), {len(split['singletons'])} singletons")
            if part == "holdout" and not show_holdout:
                continue
            for cluster in split["clusters"]:
                if len({predicted.get(a) for a in cluster}) > 1 or None in {predicted.get(a) for a in cluster}:
                    print("  split:", " / ".join(f"{a} {recent['titles'][a][:24]}" for a in cluster))
            by_group = {}
            for a, g in predicted.items():
                if g is not None:
                    by_group.setdefault(g, []).append(a)
            gold = {a: i for i, c in enumerate(split["clusters"]) for a in c}
            for members in by_group.values():
                if len({gold.get(a, a) for a in members}) > 1:
                    print("  merged wrongly:", " / ".join(f"{a} {recent['titles'][a][:24]}" for a in members))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
