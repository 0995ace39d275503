"""Block pages as the sites serve them, and real pages that merely mention the words."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.middlewares import block_marker
from tests.conftest import CORPORA, FIXTURES
from tests.hostile import BLOCKS, CHALLENGE, QUOTE, QUOTE_CF


@pytest.mark.parametrize("kind", sorted(BLOCKS))
def test_each_block_page_is_recognized(kind):
    status, page = BLOCKS[kind]
    assert block_marker(status, page.encode("utf-8"))


def test_a_challenge_padded_past_any_size_is_still_a_block():
    padded = CHALLENGE.replace("</body>", "<script>" + "var pad=0;" * 100000 + "</script>" + " " * 100000 + "</body>")
    assert len(padded) > 1_000_000
    assert block_marker(200, padded.replace("<title>安全验证</title>", "").encode()) == "访问过于频繁"


def test_a_gbk_block_page_is_recognized():
    assert block_marker(200, "<html><body>访问过于频繁，请稍后再试</body></html>".encode("gbk")) == "访问过于频繁"


def test_articles_that_quote_the_words_are_not_blocks():
    assert block_marker(200, QUOTE.encode()) is None
    assert block_marker(200, QUOTE_CF.encode()) is None
    assert block_marker(200, "<title>人机验证被攻破？某公司完成A轮融资</title><p>某公司今日宣布完成A轮融资，本轮由某资本领投，"
                             "资金将用于研发。公司成立于2019年，已服务上百家客户。</p>".encode()) is None


def test_ordinary_errors_are_not_blocks():
    assert block_marker(404, CHALLENGE.encode()) is None
    assert block_marker(403, b"<html><body>Forbidden</body></html>") is None
    assert block_marker(503, b"<html><body>Service Unavailable</body></html>") is None


def test_no_real_page_of_the_corpora_or_fixtures_is_a_block():
    pages = [p for p in [*CORPORA.rglob("*.htm*"), *(CORPORA / "news-pages" / "pages").rglob("*"),
                         *FIXTURES.rglob("*.*html")] if p.is_file()]
    assert len(pages) > 50
    assert [p.name for p in pages if block_marker(200, Path(p).read_bytes())] == []
