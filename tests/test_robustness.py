"""Arbitrary input never raises out of extraction: 10,000 generated inputs, huge and deeply nested pages.

Each test has a timeout (pytest-timeout): the bound within which every call must finish.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.article import ParseError, parse
from extract.events import extract_events

financing_words = st.sampled_from(["融资", "领投", "跟投", "完成", "获得", "A轮", "数亿元", "“", "”", "（以下简称“", "）",
                                   "，", "。", "由", "、", "和", "Pre-", "亿", "万", "美元", "\n", "曾", "拟"])
fragments = st.lists(st.one_of(st.text(max_size=8), financing_words), max_size=60).map("".join)


@pytest.mark.timeout(600)
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=fragments, text=fragments)
@example(title="", text="获得亿万元融资")  # a unit with no number once raised TypeError
def test_events_never_raise(title, text):
    for event in extract_events(title, text):
        assert event.company and event.kind in ("current", "past", "fund")


html_bits = st.sampled_from(["<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<title>",
                             "<meta charset='gbk'>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#xffff;"])


@pytest.mark.timeout(600)
@settings(max_examples=1700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(html_bits, st.text(max_size=10)), max_size=50), junk=st.binary(max_size=50))
def test_article_parse_raises_only_parse_error(parts, junk):
    for body in ("".join(parts).encode("utf-8"), junk, "".join(parts).encode("utf-8") + junk):
        try:
            article = parse(body)
        except ParseError:
            continue
        assert isinstance(article.text, str)


@pytest.mark.timeout(60)
def test_five_megabyte_page():
    paragraph = "<p>第{}段：某公司完成A轮融资，由某资本领投，资金用于研发与市场拓展。</p>"
    page = ("<html><body><h1>一篇很长的新闻标题</h1><div>" + "".join(paragraph.format(i) for i in range(60000))
            + "</div></body></html>").encode("utf-8")
    assert len(page) > 5_000_000
    article = parse(page)
    assert article.title == "一篇很长的新闻标题" and article.text.count("某公司完成A轮融资") == 60000


@pytest.mark.timeout(60)
def test_deeply_nested_tags():
    page = ("<html><body>" + "<div>" * 50000 + "正文，句子。" + "</div>" * 50000 + "</body></html>").encode()
    try:
        article = parse(page)
    except ParseError:
        return
    assert isinstance(article.text, str)


@pytest.mark.timeout(60)
def test_mixed_encodings_in_one_page():
    page = "<html><body><h1>标题在这里很长</h1><p>前半段是UTF-8，".encode("utf-8") + "后半段是GBK。".encode("gbk") + b"</p>"
    try:
        article = parse(page)
    except ParseError:
        return
    assert "\ufffd" not in article.text  # never mojibake: decoded cleanly or refused


def test_a_long_text_keeps_every_deal_of_its_articles():
    """A dump of many articles read as one text loses no deal to a cap (once 178 events of 1,162 came back)."""
    import json

    from tests.conftest import CORPORA

    from extract.merge import merge_events

    rows = [json.loads(line) for line in (CORPORA / "finvest-news" / "articles.jsonl").open(encoding="utf-8")][:300]
    separately = [e for r in rows for e in extract_events("", r["text"])]
    together = extract_events("", "\n".join(r["text"] for r in rows))
    # Reports of one company in different articles merge in one text (PPRO, Cogito, 图鸭科技 are each told twice):
    # the measure is the articles' events merged the same way; nothing else may be lost.
    assert len(separately) > 150
    assert len(together) >= 0.95 * len(merge_events([], separately, None))


def test_a_sentence_with_no_full_stop_is_read_in_clauses():
    """A 'sentence' of thousands of characters (a page without 。) is cut at clause breaks, not skipped."""
    filler = "，".join(["该行业近年来持续发展"] * 300)
    text = filler + "，星环聚能完成8.8亿元A+轮融资，由深投控资本领投，" + filler
    events = [e for e in extract_events("", text) if e.kind == "current"]
    assert [(e.company, e.round_norm, e.amount_text) for e in events] == [("星环聚能", "A+轮", "8.8亿元")]
