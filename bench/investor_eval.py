"""Pairwise precision and recall of investor aliases on names found in the corpora.

    python bench/investor_eval.py [--show-holdout] [LABELS.json]

tests/data/investor_alias_pairs.json groups investor names (as the extractor found them in
recent-news and finvest-news) by firm. Each name is resolved to a party in a fresh store (the
curated alias file and the rules of store/investors.py); a pair of names is predicted together
when they resolve to one party. Dev and holdout are printed apart; the wrong pairs are shown
for dev only, unless --show-holdout.
"""
from __future__ import annotations

import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import EventStore  # noqa: E402

LABELS = ROOT / "tests" / "data" / "investor_alias_pairs.json"


def resolve(names: list[str]) -> dict[str, int]:
    """Name → investor party, in a fresh store."""
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "investors.db")
        parties = {name: store.investor_id(name) for name in names}
        store.close()
    return parties


def score(groups: list[list[str]], parties: dict[str, int]) -> tuple[float, float, int, int, int, list, list]:
    gold = {name: i for i, group in enumerate(groups) for name in group}
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], parties[a] == parties[b]
        tp += same_gold and same_pred
        if same_pred and not same_gold:
            fp += 1
            wrong.append((a, b))
        if same_gold and not same_pred:
            fn += 1
            missed.append((a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn, wrong, missed


def main(argv: list[str]) -> int:
    show_holdout = "--show-holdout" in argv
    argv = [a for a in argv if a != "--show-holdout"]
    labels = json.loads(Path(argv[0] if argv else LABELS).read_text(encoding="utf-8"))
    for part in ("dev", "holdout"):
        groups = labels[part]
        names = [name for group in groups for name in group]
        p, r, tp, fp, fn, wrong, missed = score(groups, resolve(names))
        print(f"{part}: {len(names)} investor names, {len(groups)} firms ({sum(len(g) > 1 for g in groups)} with "
              f"several names): pairwise precision {p:.3f}, recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
        if part == "holdout" and not show_holdout:
            continue
        for a, b in wrong:
            print(f"  joined wrongly: {a} / {b}")
        for a, b in missed:
            print(f"  missed: {a} / {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
