"""The hand-labeled event set is well formed: every span is copied verbatim from its article."""
from __future__ import annotations

import html
import json
import re

import pytest

from extract.evaluate import finvest_id
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


RECENT = [json.loads(line) for line in (ROOT / "tests" / "data" / "recent_gold.jsonl").open(encoding="utf-8")]
RECENT_ITEMS = {json.loads(line)["id"]: json.loads(line)
                for name in ("articles.jsonl", "no-deal.jsonl")
                for line in (ROOT.parent / "shared" / "corpora" / "recent-news" / name).open(encoding="utf-8")}


def test_recent_news_labels_cover_the_corpus_once():
    assert len(RECENT) >= 200
    assert len({r["id"] for r in RECENT}) == len(RECENT)
    assert {r["id"] for r in RECENT} <= set(RECENT_ITEMS)


@pytest.mark.parametrize("label", RECENT, ids=[r["id"] for r in RECENT])
def test_every_recent_news_span_is_in_its_item(label):
    item = RECENT_ITEMS[label["id"]]
    assert_spans_in(label, item["title"] + "\n" + item["text"])


def assert_spans_in(label: dict, article: str) -> None:
    """Every event of a label (the recent_gold format) is well formed and every span is in the article."""
    haystack = folded(article)
    for event in label["events"]:
        assert event["kind"] in ("current", "past", "fund")
        assert event["lead_basis"] in (("explicit", "sole") if event["lead_investors"] else (None,))
        spans = [event["company"], event["round"], event["amount"], event["date"], event["evidence"],
                 *event["company_aliases"], *event["lead_investors"], *event["investors"], *event["advisors"]]
        for span in filter(None, spans):
            assert folded(span) in haystack, span


def test_the_holdout_is_a_third_of_the_labeled_items():
    holdout = set(json.loads((ROOT / "tests" / "data" / "recent_split.json").read_text(encoding="utf-8"))["holdout"])
    labeled = {r["id"] for r in RECENT}
    assert holdout <= labeled and 0.3 <= len(holdout) / len(labeled) <= 0.34
# Article gold (tests/data/article_gold.jsonl) and the dev / holdout split of the article pages.

ARTICLE_GOLD = [json.loads(line) for line in (ROOT / "tests" / "data" / "article_gold.jsonl").open(encoding="utf-8")]
ARTICLE_SPLIT = json.loads((ROOT / "tests" / "data" / "article_split.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("record", ARTICLE_GOLD, ids=lambda r: r["path"])
def test_article_gold_is_copied_from_its_page(record):
    import lxml.html

    from tests.conftest import CORPORA

    page = (CORPORA / record["path"]).read_text(encoding="utf-8")
    if record["path"].endswith(".md"):
        page = re.split(r"^---\s*$", page, maxsplit=2, flags=re.M)[2]
    shown = folded(lxml.html.fromstring(page).text_content())
    body = folded(record["body"])
    assert (record["body_first"], record["body_last"], record["body_chars"]) == (body[:30], body[-30:], len(body))
    for line in record["body"].splitlines():
        assert folded(line) in shown, line
    for field in ("title", "author"):
        assert record[field] is None or folded(record[field]) in shown


def test_article_split_is_by_site_and_follows_its_seed():
    import random

    from tests.conftest import CORPORA

    news = ["news-pages/" + json.loads(line)["path"] for line in (CORPORA / "news-pages" / "gold.jsonl").open()]
    site = {**{p: p.split("/")[1] for p in news}, **{r["path"]: r["site"] for r in ARTICLE_GOLD}}
    dev, holdout = ARTICLE_SPLIT["dev"], ARTICLE_SPLIT["holdout"]
    assert sorted(dev + holdout) == sorted(site) and not set(dev) & set(holdout)
    assert not {site[p] for p in dev} & {site[p] for p in holdout}
    names = sorted(set(site.values()))
    random.Random(ARTICLE_SPLIT["seed"]).shuffle(names)
    taken: list[str] = []
    for name in names:
        if len(taken) >= len(site) / 3:
            break
        taken += [p for p in site if site[p] == name]
    assert sorted(taken) == sorted(holdout)


# The later finvest-news labels (tests/data/finvest_fresh_gold.jsonl, finvest_unseen_gold.jsonl,
# finvest_more_gold.jsonl).

FRESH = [json.loads(line) for name in ("finvest_fresh_gold.jsonl", "finvest_unseen_gold.jsonl", "finvest_more_gold.jsonl",
                                                      "finvest_extra_gold.jsonl", "finvest_later_gold.jsonl",
                                                      "finvest_next_gold.jsonl", "finvest_final_gold.jsonl",
                                                      "finvest_last_gold.jsonl", "finvest_tail_gold.jsonl",
                                                      "finvest_rest_gold.jsonl", "finvest_rest2_gold.jsonl",
                                                      "finvest_rest3_gold.jsonl")
         for line in (ROOT / "tests" / "data" / name).open(encoding="utf-8")]
FINVEST_ROWS = {finvest_id(json.loads(line)): json.loads(line)
                for line in (ROOT.parent / "shared" / "corpora" / "finvest-news" / "articles.jsonl").open(encoding="utf-8")}
LABELED_BEFORE = {(json.loads(line)["url"], json.loads(line)["title"])
                  for path in (LABELS, ROOT.parent / "shared" / "corpora" / "finvest-gold" / "gold.jsonl")
                  for line in path.open(encoding="utf-8")}


def test_fresh_labels_are_new_articles_once_each():
    assert len(FRESH) >= 360
    assert len({r["id"] for r in FRESH}) == len(FRESH)
    assert {r["id"] for r in FRESH} <= set(FINVEST_ROWS)
    assert not {(FINVEST_ROWS[r["id"]]["url"], FINVEST_ROWS[r["id"]]["title"]) for r in FRESH} & LABELED_BEFORE


def test_an_article_without_url_is_keyed_by_its_title():
    assert finvest_id({"url": "", "title": "a"}) != finvest_id({"url": "", "title": "b"})
    assert finvest_id({"url": "https://36kr.com/p/1", "title": "a"}) == finvest_id({"url": "https://36kr.com/p/1", "title": "b"})


@pytest.mark.parametrize("label", FRESH, ids=[r["id"] for r in FRESH])
def test_every_fresh_span_is_in_its_article(label):
    row = FINVEST_ROWS[label["id"]]
    assert_spans_in(label, row["title"] + "\n" + row["text"])
    for event in label["events"]:
        listing = event["round_norm"] == "IPO" and "上市" in (event["round"] or "")  # a background listing, as finvest-gold
        if event["round"] and not event["round_norm"].startswith("other:") and event["round"] != "新一轮" and not listing:
            assert normalize_round(event["round"]) == event["round_norm"]
