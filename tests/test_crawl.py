"""End to end: the real Scrapy engine crawls the fixture site over loopback into a store."""
from __future__ import annotations

import json
import re

import pytest
from sqlite_utils import Database

from tests.conftest import FIXTURES, run_scrapy

EXPECTED = {k: v for k, v in json.loads((FIXTURES / "expected.json").read_text("utf-8")).items()
            if not k.startswith("_")}


def crawl_demo(mockserver, db_path):
    result = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={db_path}")
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(m.group(1)) if m else 0


def counts(db_path) -> dict[str, int]:
    db = Database(db_path)
    return {t: db[t].count for t in db.table_names() if not t.startswith("_")}


@pytest.fixture(scope="module")
def crawled(mockserver, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("crawl") / "rongzi.db"
    first = crawl_demo(mockserver, db_path)
    return db_path, first


def events_by_company(db_path) -> dict[str, dict]:
    rows = Database(db_path).query("SELECT * FROM events_view")
    return {r["company"]: r for r in rows}


def split(names: str | None) -> list[str]:
    return names.split("、") if names else []


def test_seed_article_gives_exactly_its_two_deals(crawled):
    db_path, _ = crawled
    db = Database(db_path)
    rows = list(db.query(
        "SELECT e.* FROM events_view e JOIN event_sources s ON s.event_id = e.id "
        "JOIN articles a ON a.id = s.article_id WHERE a.url LIKE '%21jingji-2b.html'"))
    assert {r["company"] for r in rows} == {"ALVA Systems", "蚂蚁工场"}
    alva = next(r for r in rows if r["company"] == "ALVA Systems")
    assert (alva["round"], alva["amount_text"]) == ("B轮", "数亿元")
    assert (alva["amount_low"], alva["amount_high"]) == (2e8, 9e8)
    assert split(alva["lead_investors"]) == ["软银中国资本"]
    assert split(alva["investors"]) == ["高科新浚", "泰越资本"]
    ant = next(r for r in rows if r["company"] == "蚂蚁工场")
    assert (ant["round"], ant["amount_text"]) == ("B轮", "近亿元")
    assert (ant["amount_low"], ant["amount_high"]) == (8e7, 1e8)
    assert split(ant["lead_investors"]) == ["龙腾资本"]
    assert split(ant["investors"]) == ["泰极工业", "顺为资本"]


def test_every_fixture_page_gives_its_expected_events(crawled):
    db_path, _ = crawled
    stored = events_by_company(db_path)
    expected = [e for events in EXPECTED.values() for e in events]
    assert sorted(stored) == sorted(e["company"] for e in expected)
    for e in expected:
        row = stored[e["company"]]
        assert row["round_norm"] == e["round_norm"], e["company"]
        assert row["amount_text"] == e["amount_text"], e["company"]
        assert split(row["lead_investors"]) == e["lead_investors"], e["company"]
        assert split(row["investors"]) == e["investors"], e["company"]
        assert split(row["advisors"]) == e.get("advisors", []), e["company"]


def test_non_financing_page_is_stored_without_events(crawled):
    db = Database(crawled[0])
    article = next(db.query("SELECT id FROM articles WHERE url LIKE '%market-margin.html'"))
    assert db.execute("SELECT count(*) FROM event_sources WHERE article_id = ?", [article["id"]]).fetchone()[0] == 0


def test_gbk_page_is_decoded(crawled):
    db = Database(crawled[0])
    row = next(db.query("SELECT title, text FROM articles WHERE url LIKE '%sina-gbk.html'"))
    assert row["title"] == "宠爱国际获得3000万美元B轮融资"
    assert "淡马锡领投" in row["text"]


def test_tracking_parameters_do_not_make_a_second_article(crawled):
    db = Database(crawled[0])
    urls = [r["url"] for r in db.query("SELECT url FROM articles WHERE url LIKE '%36kr-newsflash%'")]
    assert len(urls) == 1 and urls[0].endswith("/36kr-newsflash.html")


def test_undecodable_page_is_counted_and_not_stored(crawled):
    db_path, result = crawled
    assert stat(result.stderr, "rongzi/parse_errors") == 1
    assert "broken.html" in result.stderr and "no encoding decodes" in result.stderr
    assert Database(db_path).execute("SELECT count(*) FROM articles WHERE url LIKE '%broken%'").fetchone()[0] == 0


def test_stats_count_what_was_stored(crawled):
    db_path, result = crawled
    assert stat(result.stderr, "rongzi/articles_stored") == counts(db_path)["articles"] == 6
    assert stat(result.stderr, "rongzi/events_new") == counts(db_path)["events"] == 8


def test_second_crawl_changes_no_row_count(crawled, mockserver):
    db_path, _ = crawled
    before = counts(db_path)
    again = crawl_demo(mockserver, db_path)
    assert counts(db_path) == before
    assert stat(again.stderr, "rongzi/articles_stored") == 0


def test_crawl_opens_no_console(crawled):
    """Scrapy's telnet console and remote control run code sent to the crawl: a scheduled crawl starts neither."""
    _, result = crawled
    enabled = re.search(r"Enabled extensions:\n(\[.*?\])", result.stderr, re.S)
    assert enabled and "CrawlRecorder" in enabled.group(1)
    assert "TelnetConsole" not in enabled.group(1) and "RemoteControl" not in enabled.group(1)
    assert "Telnet console listening" not in result.stderr and "Remote control" not in result.stderr
