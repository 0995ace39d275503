"""Quality gate: event extraction keeps its F1 on the labeled sets (floors in tests/data/eval_baseline.json)."""
from __future__ import annotations

import json

import pytest

from extract.evaluate import load, predict, prf, score
from tests.conftest import CORPORA, ROOT

BASELINE = json.loads((ROOT / "tests" / "data" / "eval_baseline.json").read_text(encoding="utf-8"))["floors"]
SETS = {"rongzi-labels": ROOT / "tests" / "data" / "events_gold.jsonl",
        "finvest-gold": CORPORA / "finvest-gold" / "gold.jsonl"}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request):
    return request.param, score(load(SETS[request.param]), predict)


def test_f1_stays_above_its_floor(scored):
    name, counts = scored
    below = {field: round(prf(counts[field])[2], 3) for field, floor in BASELINE[name].items()
             if prf(counts[field])[2] < floor}
    assert not below, f"{name}: F1 below floor {below}"


def test_every_field_has_a_floor(scored):
    name, counts = scored
    assert set(BASELINE[name]) == set(counts)
