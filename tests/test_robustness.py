"""Arbitrary input never raises out of extraction."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.article import ParseError, parse
from extract.events import extract_events

financing_words = st.sampled_from(["融资", "领投", "跟投", "完成", "获得", "A轮", "数亿元", "“", "”", "（以下简称“", "）",
                                   "，", "。", "由", "、", "和", "Pre-", "亿", "万", "美元", "\n", "曾", "拟"])
fragments = st.lists(st.one_of(st.text(max_size=8), financing_words), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(title=fragments, text=fragments)
def test_events_never_raise(title, text):
    for event in extract_events(title, text):
        assert event.company and event.kind in ("current", "past", "fund")


html_bits = st.sampled_from(["<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<title>",
                             "<meta charset='gbk'>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#xffff;"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(html_bits, st.text(max_size=10)), max_size=50), junk=st.binary(max_size=50))
def test_article_parse_raises_only_parse_error(parts, junk):
    for body in ("".join(parts).encode("utf-8"), junk, "".join(parts).encode("utf-8") + junk):
        try:
            article = parse(body)
        except ParseError:
            continue
        assert isinstance(article.text, str)
