"""Listing metadata of any JSON value is cleaned per entry; an item's repr never carries its page."""
from __future__ import annotations

import json
import math

import pytest

from crawler.items import ArticleItem, clean_listing


def test_lone_surrogates_are_replaced_everywhere():
    entry = json.loads('{"url": "http://x/\\ud800", "title": "\\udfff标题", "published": "2024\\udc00",'
                       ' "structured": {"k\\ud800": ["\\udc01", {"n": NaN, "big": 1e400, "ok": 1.5}]}}')
    cleaned, dropped = clean_listing(entry)
    assert dropped == {}
    assert cleaned["url"] == "http://x/\ufffd" and cleaned["title"] == "\ufffd标题"
    assert cleaned["structured"] == {"k\ufffd": ["\ufffd", {"n": None, "big": None, "ok": 1.5}]}
    json.dumps(cleaned, allow_nan=False).encode("utf-8")  # writable anywhere


@pytest.mark.parametrize("published, reason", [
    (math.inf, "not a finite number"), (-math.inf, "not a finite number"), (math.nan, "not a finite number"),
    (1e300, "out of range"), (True, "not a date"), ({"y": 1}, "not a date"), ([1], "not a date"),
])
def test_unusable_dates_are_dropped_and_the_entry_kept(published, reason):
    cleaned, dropped = clean_listing({"url": "http://x/1", "title": "t", "published": published})
    assert cleaned["url"] == "http://x/1" and cleaned["published"] == ""
    assert reason in dropped["published"]


def test_usable_dates_pass():
    assert clean_listing({"url": "u", "published": 1709604000})[0]["published"] == 1709604000
    assert clean_listing({"url": "u", "published": 1709604000123})[0]["published"] == 1709604000123
    assert clean_listing({"url": "u", "published": "3小时前"})[0]["published"] == "3小时前"


def test_a_title_that_is_no_text_is_dropped():
    cleaned, dropped = clean_listing({"url": "u", "title": ["a"]})
    assert cleaned["title"] == "" and "list" in dropped["title"]


@pytest.mark.parametrize("url", [None, 12345, ["http://x"], {"a": 1}])
def test_an_entry_without_a_text_url_is_rejected(url):
    with pytest.raises(ValueError, match="url is"):
        clean_listing({"url": url, "title": "t"})


def test_structured_fields_nested_too_deeply_are_dropped():
    deep: list = []
    for _ in range(200):
        deep = [deep]
    cleaned, dropped = clean_listing({"url": "u", "structured": {"card": deep}})
    assert cleaned["structured"] == {} and "nested deeper" in dropped["structured"]


def test_the_repr_of_an_item_names_its_url_never_its_page():
    item = ArticleItem(url="http://x/a.html", source="s", body=b"\x80BODY" * 5_000_000)
    assert repr(item) == "<ArticleItem http://x/a.html from s, 25000000 bytes, 0 events>"
    assert str(item) == repr(item)
