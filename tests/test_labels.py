"""The hand-labeled event set is well formed: every span is copied verbatim from its article."""
from __future__ import annotations

import html
import json
import re

import pytest

from extract.rounds import normalize_round
from tests.conftest import ROOT

LABELS = ROOT / "tests" / "data" / "events_gold.jsonl"
RECORDS = [json.loads(line) for line in LABELS.open(encoding="utf-8")]


def folded(text: str) -> str:
    return re.sub(r"\s+", "", html.unescape(text or ""))


def test_size_and_unique_ids():
    assert len(RECORDS) >= 150
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_every_span_is_in_the_article(record):
    haystack = folded(record["title"] + "\n" + record["text"])
    for event in record["events"]:
        spans = [event["company"], event["round"], event["amount"], event["evidence"], *event["company_aliases"],
                 *event["lead_investors"], *event["investors"], *event["advisors"]]
        for span in filter(None, spans):
            assert folded(span) in haystack, span


@pytest.mark.parametrize("record", [r for r in RECORDS if r["events"]], ids=lambda r: r["id"])
def test_round_norm_agrees_with_the_written_round(record):
    for event in record["events"]:
        if event["round"] and not event["round_norm"].startswith("other:") and event["round"] != "新一轮":
            assert normalize_round(event["round"]) == event["round_norm"]
