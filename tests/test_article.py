"""Article extraction: encodings, titles, dates, boilerplate, selectors."""
from __future__ import annotations

from datetime import datetime

import pytest

from extract.article import ParseError, decode, parse
from extract.dates import CHINA
from tests.conftest import FIXTURES

FETCHED = datetime(2022, 1, 1, tzinfo=CHINA)
PAGE = ('<html><head><meta charset="{charset}"><title>宠爱国际获得3000万美元B轮融资_新浪财经_新浪网</title></head>'
        '<body><h1>宠爱国际获得3000万美元B轮融资</h1><div id="artibody"><p>新浪财经讯，宠物医疗连锁品牌宠爱国际宣布获得3000万美元B轮融资，'
        '由淡马锡领投，高瓴资本、红杉中国跟投。</p><p>本轮融资将用于医院网络扩张与医生培训体系建设，公司目前拥有超过200家医院。</p>'
        '<p>责任编辑：李桐</p></div></body></html>')


def test_gbk_bytes_are_decoded():
    text, used = decode(PAGE.format(charset="gbk").encode("gbk"))
    assert "淡马锡" in text and used == "gb18030"


def test_page_declaring_gb2312_but_written_in_utf8():
    text, used = decode(PAGE.format(charset="gb2312").encode("utf-8"), encoding="gb2312")
    assert "淡马锡" in text and used == "utf-8"


def test_utf8_bom():
    text, _ = decode(b"\xef\xbb\xbf" + PAGE.format(charset="utf-8").encode("utf-8"))
    assert text.startswith("<html>")


def test_undecodable_bytes_are_a_parse_error():
    with pytest.raises(ParseError, match="no encoding"):
        parse((FIXTURES / "broken.html").read_bytes())


@pytest.mark.parametrize("body", [b"", b"   ", "".encode()])
def test_empty_page_is_a_parse_error(body):
    with pytest.raises(ParseError):
        parse(body)


def test_title_without_site_suffix_and_body_without_boilerplate():
    article = parse(PAGE.format(charset="utf-8").encode("utf-8"), fetched_at=FETCHED)
    assert article.title == "宠爱国际获得3000万美元B轮融资"
    assert article.text.startswith("新浪财经讯，宠物医疗连锁品牌宠爱国际")
    assert "责任编辑" not in article.text


def test_fixture_page_title_date_and_copyright_line():
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), fetched_at=FETCHED)
    assert article.title == "仓擎科技完成近亿元Pre-A轮融资，源码资本领投"
    assert article.published == datetime(2021, 12, 28, 14, 30, tzinfo=CHINA)
    assert "源码资本领投" in article.text
    assert "未经授权不得转载" not in article.text
    assert "标签" not in article.text


def test_meta_published_time_wins():
    article = parse((FIXTURES / "36kr-digest.html").read_bytes(), fetched_at=FETCHED)
    assert article.published == datetime(2021, 12, 28, 8, 0, tzinfo=CHINA)
    assert article.found_by["published"] == "meta:article:published_time"


def test_source_selectors_are_used_first():
    selectors = {"title": "h1#newstitle", "body": "div#news-content", "published": "div.info span.date"}
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), selectors=selectors, fetched_at=FETCHED)
    assert article.found_by == {"title": "selector", "text": "selector", "published": "selector"}
    assert article.text.splitlines()[0].startswith("投资界（ID：pedaily2012）")


def test_selectors_that_match_nothing_fall_back():
    selectors = {"title": "h1.gone", "body": "div.gone", "published": "[[bad selector"}
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), selectors=selectors, fetched_at=FETCHED)
    assert article.found_by["text"] == "density" and "源码资本领投" in article.text


def test_relative_date_counts_from_fetch_time():
    page = "<html><body><h1>某公司完成A轮融资</h1><span>3小时前</span><div><p>" + "正文，句子。" * 30 + "</p></div></body></html>"
    article = parse(page.encode("utf-8"), fetched_at=datetime(2022, 5, 1, 12, 0, tzinfo=CHINA))
    assert article.published == datetime(2022, 5, 1, 9, 0, tzinfo=CHINA)


def test_malformed_html_still_gives_text():
    page = "<html><body><div><p>一家公司完成了A轮融资，由某资本领投。<div><p>第二段没有闭合，句子。<b>粗体"
    article = parse(page.encode("utf-8"))
    assert "由某资本领投" in article.text
