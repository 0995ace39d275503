"""Canonical URLs: one spelling per page."""
import pytest

from store.urls import canonical_url


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://36Kr.com/p/123?f=rss", "https://36kr.com/p/123"),
    ("https://36kr.com/newsflashes/1?utm_source=feed&utm_medium=rss#comments", "https://36kr.com/newsflashes/1"),
    ("http://news.pedaily.cn:80/202201/1.shtml?spm=a.b", "http://news.pedaily.cn/202201/1.shtml"),
    ("https://finance.sina.com.cn/doc.shtml?id=3&from=rss", "https://finance.sina.com.cn/doc.shtml?id=3"),
    ("http://127.0.0.1:8080/a.html", "http://127.0.0.1:8080/a.html"),
    ("https://example.com", "https://example.com/"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_meaningful_query_is_kept():
    assert canonical_url("https://lieyunpro.com/archives?p=3") == "https://lieyunpro.com/archives?p=3"
