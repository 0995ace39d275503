"""`scrapy crawl news` against sources on loopback: a feed that works and one that is down."""
from __future__ import annotations

from sqlite_utils import Database

from tests.conftest import run_scrapy


def write_sources(path, feed_url):
    path.write_text(f'''
[[source]]
name = "kr-local"
kind = "rss"
start_urls = ["{feed_url}"]
allowed_domains = ["127.0.0.1"]

[[source]]
name = "down"
kind = "rss"
start_urls = ["http://127.0.0.1:9/feed"]
allowed_domains = ["127.0.0.1"]

[[source]]
name = "disabled"
kind = "rss"
start_urls = ["http://127.0.0.1:9/never"]
enabled = false
''', encoding="utf-8")


def test_news_crawls_feed_and_reports_a_down_source_in_one_line(mockserver, tmp_path):
    sources = tmp_path / "sources.toml"
    write_sources(sources, f"{mockserver}feed-newsflash.xml")
    db_path = tmp_path / "rongzi.db"
    result = run_scrapy("crawl", "news", "-s", f"RONGZI_SOURCES={sources}", "-s", f"RONGZI_DB={db_path}",
                        "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_DELAY=0")
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stderr
    assert "source down: failed to fetch http://127.0.0.1:9/feed" in log
    assert "Traceback" not in log
    assert "/never" not in log
    db = Database(db_path)
    rows = {r["url"]: r for r in db.query("SELECT url, source, title FROM articles")}
    assert set(rows) == {f"{mockserver}36kr-newsflash.html", f"{mockserver}sina-gbk.html"}
    assert {r["source"] for r in rows.values()} == {"kr-local"}
    companies = {r["company"] for r in db.query("SELECT company FROM events")}
    assert companies == {"锂源动力", "宠爱国际"}
