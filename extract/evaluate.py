"""Score event extraction against hand-labeled articles.

    python -m extract.evaluate [--outlets] [--errors dev] [GOLD.jsonl ...]

Each line of a gold file holds `title`, `text` and `events` (the finvest-gold
format: only `kind: current` events are deals). The recent-news labels
(tests/data/recent_gold.jsonl) hold only `id`, `events` and `notes`; their text
is read from ../shared/corpora/recent-news/, and they are scored in two parts:
`dev`, which the rules may be tuned on, and `holdout` (tests/data/recent_split.json),
which they may not. `finvest-fresh` (tests/data/finvest_fresh_gold.jsonl) holds
finvest-news articles labeled after most rules were written, and tuned on last;
`finvest-unseen` (tests/data/finvest_unseen_gold.jsonl) holds others that are
scored and never tuned on; `finvest-more`, `finvest-extra`, `finvest-later` and `finvest-next`
(tests/data/finvest_more_gold.jsonl and the three beside it) were each scored once untuned, then tuned on;
`finvest-final` (tests/data/finvest_final_gold.jsonl) was scored once, at the end, and not tuned on;
`finvest-last` (tests/data/finvest_last_gold.jsonl) and `finvest-tail` (tests/data/finvest_tail_gold.jsonl) were
each scored once untuned after it, then tuned on; `finvest-rest` (tests/data/finvest_rest_gold.jsonl) holds
articles the rules had been written from (quoted by tests), labeled last, scored once, then tuned on, and
`finvest-rest2` and `finvest-rest3` (tests/data/finvest_rest2_gold.jsonl, finvest_rest3_gold.jsonl) 120 more of them
each, drawn and scored the same way. Prints precision, recall and F1 per field, and with
`--outlets` the events F1 per outlet. Events are paired by company (a name, one
of its aliases, or one name inside the other); fields are scored strictly on
the pairs:

- company: the predicted name equals the gold name or one of its aliases
  (a name with words glued on, 51有色在深圳召开融资新闻发布会, is wrong);
- round: round_norm equal;
- amount: the written amount equal, or the same (low, high) within 1%;
- lead, investors, advisors: each name counts once (whitespace and case folded);
- past: background rounds (`kind: past`), paired by company and round.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from datetime import datetime

from extract.dates import CHINA, parse_date
from extract.events import extract_events

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_GOLD = [ROOT / "tests" / "data" / "events_gold.jsonl", CORPORA / "finvest-gold" / "gold.jsonl"]
RECENT_GOLD = ROOT / "tests" / "data" / "recent_gold.jsonl"
RECENT_SPLIT = ROOT / "tests" / "data" / "recent_split.json"
RECENT_NEWS = CORPORA / "recent-news"
FRESH_GOLD = ROOT / "tests" / "data" / "finvest_fresh_gold.jsonl"
UNSEEN_GOLD = ROOT / "tests" / "data" / "finvest_unseen_gold.jsonl"
MORE_GOLD = ROOT / "tests" / "data" / "finvest_more_gold.jsonl"
EXTRA_GOLD = ROOT / "tests" / "data" / "finvest_extra_gold.jsonl"
LATER_GOLD = ROOT / "tests" / "data" / "finvest_later_gold.jsonl"
NEXT_GOLD = ROOT / "tests" / "data" / "finvest_next_gold.jsonl"
FINAL_GOLD = ROOT / "tests" / "data" / "finvest_final_gold.jsonl"
LAST_GOLD = ROOT / "tests" / "data" / "finvest_last_gold.jsonl"
TAIL_GOLD = ROOT / "tests" / "data" / "finvest_tail_gold.jsonl"
REST_GOLD = ROOT / "tests" / "data" / "finvest_rest_gold.jsonl"
REST2_GOLD = ROOT / "tests" / "data" / "finvest_rest2_gold.jsonl"
REST3_GOLD = ROOT / "tests" / "data" / "finvest_rest3_gold.jsonl"
FINVEST_NEWS = CORPORA / "finvest-news" / "articles.jsonl"
FIELDS = ("events", "company", "round", "amount", "lead", "investors", "advisors", "past")


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


def pair(preds: list[dict], golds: list[dict], same_round: bool = False) -> list[tuple[dict, dict]]:
    """Gold and predicted events paired by company (and, for background rounds, by round)."""
    pairs, free = [], list(preds)
    for g in golds:
        p = next((p for p in free if same_company(p, g) and (not same_round or p["round_norm"] == g["round_norm"])), None)
        if p is not None:
            free.remove(p)
            pairs.append((p, g))
    return pairs


def score(records, predict) -> dict[str, Counter]:
    """Counts of tp/fp/fn per field over `records` (dicts with title, text, events)."""
    counts = {f: Counter() for f in FIELDS}
    for rec in records:
        golds = [e for e in rec.get("events", []) if e.get("kind", "current") == "current"]
        preds = [e for e in predict_cache(rec, predict) if e.get("kind") == "current"]
        pairs = pair(preds, golds)
        counts["events"].update(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
        _field(counts["company"], preds, golds, pairs, exact_company)
        _field(counts["round"], preds, golds, pairs, lambda p, g: p["round_norm"] == g["round_norm"])
        _field(counts["amount"], preds, golds, pairs, same_amount,
               has_pred=lambda p: bool(p.get("amount_text")), has_gold=lambda g: bool(g.get("amount")))
        past_golds = [e for e in rec.get("events", []) if e.get("kind") == "past"]
        past_preds = [e for e in predict_cache(rec, predict) if e.get("kind") == "past"]
        past_pairs = pair(past_preds, past_golds, same_round=True)
        counts["past"].update(tp=len(past_pairs), fp=len(past_preds) - len(past_pairs),
                              fn=len(past_golds) - len(past_pairs))
        for field, pred_key, gold_key in (("lead", "lead_investors", "lead_investors"),
                                          ("investors", "investors", "investors"),
                                          ("advisors", "advisors", "advisors")):
            _names(counts[field], preds, golds, pairs, pred_key, gold_key)
    if not counts["past"]["tp"] + counts["past"]["fn"]:
        del counts["past"]  # the set labels no background round
    return counts


def predict_cache(rec: dict, predict) -> list[dict]:
    """`predict(rec)`, computed once per record and predictor."""
    cache = rec.setdefault("_predicted", {})
    if id(predict) not in cache:
        cache[id(predict)] = predict(rec)
    return cache[id(predict)]


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


def load_recent(part: str | None = None) -> list[dict]:
    """The labeled recent-news items joined with their text; `part` is "dev", "holdout" or None for all."""
    if not RECENT_GOLD.exists():
        return []
    items = {}
    for name in ("articles.jsonl", "no-deal.jsonl"):
        for row in load(RECENT_NEWS / name):
            items[row["id"]] = row
    holdout = set(json.loads(RECENT_SPLIT.read_text(encoding="utf-8"))["holdout"])
    records = []
    for label in load(RECENT_GOLD):
        item = items[label["id"]]
        if part is None or (label["id"] in holdout) == (part == "holdout"):
            records.append({**item, "published": item.get("date"), **label})
    return records


def finvest_id(row: dict) -> str:
    """First 12 hex digits of sha1(url); sha1(url + "|" + title) for the rows that have no url."""
    key = row["url"] or f"{row['url']}|{row['title']}"
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def held_out_ids() -> set[str]:
    """Ids of the items no rule may be written against: the recent-news holdout, finvest-unseen and
    finvest-final (a finvest-news article's id is finvest_id of it)."""
    ids = set(json.loads(RECENT_SPLIT.read_text(encoding="utf-8"))["holdout"]) if RECENT_SPLIT.exists() else set()
    for path in (UNSEEN_GOLD, FINAL_GOLD):
        if path.exists():
            ids |= {label["id"] for label in load(path)}
    return ids


def item_id(record: dict) -> str:
    """The id a labeled set uses for a corpus record: its own `id`, or finvest_id of a finvest-news article."""
    return record.get("id") or finvest_id(record)


def load_fresh(path: Path = FRESH_GOLD) -> list[dict]:
    """Labels of finvest-news articles (`id`, `events`, `notes`) joined with their text."""
    if not path.exists():
        return []
    rows = {finvest_id(row): row for row in load(FINVEST_NEWS)}
    return [{**rows[label["id"]], **label} for label in load(path)]


def labeled_sets() -> dict[str, list[dict]]:
    """Every labeled set by name: the 2017-18 sets, the recent-news dev and holdout parts, the later 2017-19 sets."""
    sets = {path.stem if path.name != "gold.jsonl" else "finvest-gold": load(path) for path in DEFAULT_GOLD if path.exists()}
    if RECENT_GOLD.exists():
        sets["recent-dev"] = load_recent("dev")
        sets["recent-holdout"] = load_recent("holdout")
    if FRESH_GOLD.exists():
        sets["finvest-fresh"] = load_fresh()
    if UNSEEN_GOLD.exists():
        sets["finvest-unseen"] = load_fresh(UNSEEN_GOLD)
    if MORE_GOLD.exists():
        sets["finvest-more"] = load_fresh(MORE_GOLD)
    if EXTRA_GOLD.exists():
        sets["finvest-extra"] = load_fresh(EXTRA_GOLD)
    if LATER_GOLD.exists():
        sets["finvest-later"] = load_fresh(LATER_GOLD)
    if NEXT_GOLD.exists():
        sets["finvest-next"] = load_fresh(NEXT_GOLD)
    if FINAL_GOLD.exists():
        sets["finvest-final"] = load_fresh(FINAL_GOLD)
    if LAST_GOLD.exists():
        sets["finvest-last"] = load_fresh(LAST_GOLD)
    if TAIL_GOLD.exists():
        sets["finvest-tail"] = load_fresh(TAIL_GOLD)
    if REST_GOLD.exists():
        sets["finvest-rest"] = load_fresh(REST_GOLD)
    if REST2_GOLD.exists():
        sets["finvest-rest2"] = load_fresh(REST2_GOLD)
    if REST3_GOLD.exists():
        sets["finvest-rest3"] = load_fresh(REST3_GOLD)
    return sets


def by_outlet(records: list[dict]) -> str:
    lines = [f"  {'outlet':<10} {'items':>5} {'deals':>5}  events P/R/F1"]
    outlets = sorted({r.get("outlet") or r.get("source_site") or "?" for r in records})
    for outlet in outlets:
        part = [r for r in records if (r.get("outlet") or r.get("source_site") or "?") == outlet]
        c = score(part, predict)["events"]
        p, r, f = prf(c)
        lines.append(f"  {outlet:<10} {len(part):5d} {c['tp'] + c['fn']:5d}  {p:.3f} {r:.3f} {f:.3f}")
    return "\n".join(lines)


def errors(records: list[dict]) -> str:
    """Each article whose current events differ from the gold, with both sides."""
    out = []
    show = lambda e: f"{e.get('company')} | {e.get('round_norm')} | {e.get('amount_text', e.get('amount'))} | " \
                     f"L={e.get('lead_investors')} I={e.get('investors')}"
    for rec in records:
        golds = [e for e in rec.get("events", []) if e.get("kind", "current") == "current"]
        preds = [e for e in predict_cache(rec, predict) if e.get("kind") == "current"]
        pairs = pair(preds, golds)
        wrong = len(pairs) != len(golds) or len(pairs) != len(preds) or any(
            not exact_company(p, g) or p["round_norm"] != g["round_norm"] or not same_amount(p, g)
            or {norm(n) for n in p["lead_investors"]} != {norm(n) for n in g["lead_investors"]}
            or {norm(n) for n in p["investors"]} != {norm(n) for n in g["investors"]} for p, g in pairs)
        if wrong:
            out.append(f"## {rec.get('id')} {rec.get('title')}")
            out += [f"  gold {show(g)}" for g in golds] + [f"  pred {show(p)}" for p in preds]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    outlets = "--outlets" in argv
    show = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    paths = [Path(a) for a in argv if a.endswith(".jsonl")]
    sets = {str(p): load(p) for p in paths} if paths else labeled_sets()
    if not sets:
        print("no gold file found; pass one", file=sys.stderr)
        return 2
    for name, records in sets.items():
        deals = sum(e.get("kind", "current") == "current" for r in records for e in r["events"])
        print(f"{name} ({len(records)} articles, {deals} deals)")
        print(report(score(records, predict)))
        if outlets:
            print(by_outlet(records))
        if show == name:
            print(errors(records))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
