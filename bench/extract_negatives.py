"""False financing events on text that holds none.

    python bench/extract_negatives.py [FEWFC.jsonl]

Runs event extraction over FewFC's 投资 sentences (acquisitions, share
purchases, stake increases: none of them a financing round) and prints how
many sentences yield a current event, with the first offenders.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.events import extract_events

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "fewfc" / "investment.jsonl"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    offenders = []
    for row in rows:
        current = [e for e in extract_events("", row["text"]) if e.kind == "current"]
        if current:
            offenders.append((row["text"], current[0]))
    print(f"{path.name}: {len(rows)} sentences, {len(offenders)} with a current event "
          f"({len(offenders) / len(rows):.1%})")
    for text, event in offenders[:40]:
        print(f"- {event.company} | {event.round} | {event.amount_text} | {text[:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
