"""Score event extraction against hand-labeled articles.

    python -m extract.evaluate [GOLD.jsonl ...]

Each line of a gold file holds `title`, `text` and `events` (the finvest-gold
format: only `kind: current` events are deals). Prints precision, recall and
F1 per field. Events are paired by company (a name, one of its aliases, or one
name inside the other); fields are scored on the pairs:

- company: the predicted name equals the gold name or one of its aliases;
- round: round_norm equal;
- amount: the written amount equal, or the same (low, high) within 1%;
- lead, investors, advisors: each name counts once (whitespace and case folded).
"""
from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from datetime import datetime

from extract.dates import CHINA, parse_date
from extract.events import extract_events

DEFAULT_GOLD = [Path(__file__).resolve().parent.parent / "tests" / "data" / "events_gold.jsonl",
                Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "finvest-gold" / "gold.jsonl"]
FIELDS = ("events", "company", "round", "amount", "lead", "investors", "advisors")


def norm(name: str | None) -> str:
    return re.sub(r"\s+", "", html.unescape(name or "")).lower().strip("“”\"")


def same_company(pred: dict, gold: dict) -> bool:
    p = norm(pred["company"])
    names = {norm(gold["company"])} | {norm(a) for a in gold.get("company_aliases") or []}
    pred_names = {p} | {norm(a) for a in pred.get("company_aliases") or []}
    if names & pred_names:
        return True
    return any(len(n) >= 2 and len(p) >= 2 and (n in p or p in n) for n in names)


def exact_company(pred: dict, gold: dict) -> bool:
    names = {norm(gold["company"])} | {norm(a) for a in gold.get("company_aliases") or []}
    return norm(pred["company"]) in names


def same_amount(pred: dict, gold: dict) -> bool:
    if not pred.get("amount_text") and not gold.get("amount"):
        return True
    if norm(pred.get("amount_text")) == norm(gold.get("amount")):
        return True
    return _close(pred.get("amount_low"), gold.get("amount_low")) and _close(pred.get("amount_high"), gold.get("amount_high"))


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1)


def pair(preds: list[dict], golds: list[dict]) -> list[tuple[dict, dict]]:
    pairs, free = [], list(preds)
    for g in golds:
        p = next((p for p in free if same_company(p, g)), None)
        if p is not None:
            free.remove(p)
            pairs.append((p, g))
    return pairs


def score(records, predict) -> dict[str, Counter]:
    """Counts of tp/fp/fn per field over `records` (dicts with title, text, events)."""
    counts = {f: Counter() for f in FIELDS}
    for rec in records:
        golds = [e for e in rec.get("events", []) if e.get("kind", "current") == "current"]
        preds = [e for e in predict(rec) if e.get("kind") == "current"]
        pairs = pair(preds, golds)
        counts["events"].update(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
        _field(counts["company"], preds, golds, pairs, exact_company)
        _field(counts["round"], preds, golds, pairs, lambda p, g: p["round_norm"] == g["round_norm"])
        _field(counts["amount"], preds, golds, pairs, same_amount,
               has_pred=lambda p: bool(p.get("amount_text")), has_gold=lambda g: bool(g.get("amount")))
        for field, pred_key, gold_key in (("lead", "lead_investors", "lead_investors"),
                                          ("investors", "investors", "investors"),
                                          ("advisors", "advisors", "advisors")):
            _names(counts[field], preds, golds, pairs, pred_key, gold_key)
    return counts


def _field(counter, preds, golds, pairs, equal, has_pred=lambda p: True, has_gold=lambda g: True):
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for p, g in pairs:
        if has_pred(p) and has_gold(g) and equal(p, g):
            counter["tp"] += 1
        else:
            counter["fp"] += has_pred(p)
            counter["fn"] += has_gold(g)
    counter["fp"] += sum(1 for p in preds if id(p) not in paired_p and has_pred(p))
    counter["fn"] += sum(1 for g in golds if id(g) not in paired_g and has_gold(g))


def _names(counter, preds, golds, pairs, pred_key, gold_key):
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for p, g in pairs:
        ps, gs = {norm(n) for n in p.get(pred_key) or []}, {norm(n) for n in g.get(gold_key) or []}
        counter.update(tp=len(ps & gs), fp=len(ps - gs), fn=len(gs - ps))
    counter["fp"] += sum(len(p.get(pred_key) or []) for p in preds if id(p) not in paired_p)
    counter["fn"] += sum(len(g.get(gold_key) or []) for g in golds if id(g) not in paired_g)


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predict(rec: dict) -> list[dict]:
    published = parse_date(rec.get("published") or rec.get("date"), datetime.now(CHINA))
    return [e.to_dict() for e in extract_events(rec.get("title", ""), rec.get("text", ""), published)]


def report(counts: dict[str, Counter]) -> str:
    lines = [f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn"]
    for field, c in counts.items():
        p, r, f = prf(c)
        lines.append(f"{field:<10} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp']:4d} {c['fp']:4d} {c['fn']:4d}")
    return "\n".join(lines)


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [p for p in DEFAULT_GOLD if p.exists()]
    if not paths:
        print("no gold file found; pass one", file=sys.stderr)
        return 2
    for path in paths:
        records = load(path)
        print(f"{path} ({len(records)} articles)")
        print(report(score(records, predict)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
