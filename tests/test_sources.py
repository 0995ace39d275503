"""Each source kind against loopback fixture sites: lists, feeds, JSON APIs, embedded JSON, sitemaps;
incremental second runs, the overlap lock, Retry-After, block pages and unsafe links."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from sqlite_utils import Database

from tests.conftest import ROOT, fixture_registry, run_scrapy

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0",
        "-s", "RONGZI_BACKOFF_BASE=0.2", "-s", "LOG_LEVEL=INFO"]


@pytest.fixture
def site(mockserver, tmp_path):
    path = fixture_registry(mockserver, tmp_path)
    db = tmp_path / "rongzi.db"

    def crawl(*args, spider="news"):
        result = run_scrapy("crawl", spider, *args, "-s", f"RONGZI_SOURCES={path}", "-s", f"RONGZI_DB={db}", *FAST)
        assert result.returncode == 0, result.stderr[-3000:]
        return result

    crawl.db = db
    crawl.registry = path
    return crawl


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(m.group(1)) if m else 0


def companies(db) -> set[str]:
    return {r["company"] for r in Database(db).query("SELECT company FROM events")}


def stored_urls(db) -> set[str]:
    return {r["url"].rsplit("/", 1)[-1] for r in Database(db).query("SELECT url FROM articles")}


def test_list_source_follows_pages_and_only_safe_links(site):
    result = site("-a", "sources=pedaily")
    assert stored_urls(site.db) == {"1001.shtml", "1002.shtml", "1003.shtml"}  # page 2 reached
    assert companies(site.db) == {"云舟物流", "芯途半导体", "禾穗农业"}
    assert stat(result.stderr, "rongzi/links_refused") == 3  # file:, ftp:, another host
    assert "/etc/passwd" not in result.stderr.replace("not following file:///etc/passwd", "")
    rows = list(Database(site.db).query("SELECT title, published_at FROM articles WHERE url LIKE '%1001.shtml'"))
    assert rows[0]["title"] == "云舟物流完成1亿元B轮融资"
    assert rows[0]["published_at"].startswith("2021-12-20T09:30")


def test_second_run_requests_no_article_page_and_stops_paginating(site):
    site("-a", "sources=pedaily")
    before = {t: Database(site.db)[t].count for t in ("articles", "events")}
    again = site("-a", "sources=pedaily")
    assert {t: Database(site.db)[t].count for t in ("articles", "events")} == before
    assert stat(again.stderr, "rongzi/source/pedaily/requests") == 1  # page 1 only: every entry known
    assert stat(again.stderr, "rongzi/articles_skipped_known") == 2


def test_json_sources_with_templates_keywords_and_success_code(site):
    site("-a", "sources=cyzone,iyiou,sina")
    assert companies(site.db) == {"星瀚机器人", "铭医智能", "宠爱国际"}
    urls = stored_urls(site.db)
    assert "7002.html" not in urls           # no 融资 in its title: filtered by keywords
    assert "a2.html" in urls                 # page 2 of 亿欧 reached
    assert "market-margin.html" not in urls  # filtered by keywords


def test_embedded_json_keeps_structured_fields_and_compares_them(site):
    result = site("-a", "sources=36kr-financing")
    assert companies(site.db) == {"锂源动力"}
    [row] = Database(site.db).query("SELECT listing FROM articles")
    card = json.loads(row["listing"])["projectCard"]
    assert card["lastestFinancingRound"]["name"] == "C轮"
    assert stat(result.stderr, "rongzi/structured_agree") == 1


def test_list_with_relative_dates_and_body_selector(site):
    site("-a", "sources=lieyun")
    assert companies(site.db) == {"青藤数科"}


def test_sitemap_source(site):
    site("-a", "sources=sitemap")
    assert {"pedaily-cangqing.html", "36kr-digest.html"} <= stored_urls(site.db)


def test_entity_bomb_is_refused_with_a_log_line(site):
    result = site("-a", "sources=bomb")
    assert "source bomb: cannot read" in result.stderr and "declares XML entities" in result.stderr
    assert Database(site.db)["articles"].count == 0


def test_429_with_retry_after_then_success(site):
    result = site("-a", "sources=throttled")
    assert stat(result.stderr, "rongzi/retry_after/retries") == 1
    assert "retrying in 1.0 s" in result.stderr
    assert companies(site.db) == {"锂源动力", "宠爱国际"}


def test_block_page_is_recorded_and_the_source_backs_off(site):
    result = site("-a", "sources=guarded")
    assert stat(result.stderr, "rongzi/blocked") == 1
    assert "source guarded: blocked at" in result.stderr
    assert Database(site.db)["articles"].count == 0  # nothing stored, nothing more fetched from it
    [row] = Database(site.db).query("SELECT * FROM crawls WHERE source = 'guarded'")
    assert row["blocked"] == 1


def test_every_run_is_recorded(site):
    site("-a", "sources=pedaily,cyzone")
    rows = {r["source"]: r for r in Database(site.db).query("SELECT * FROM crawls")}
    assert set(rows) == {"pedaily", "cyzone"}
    assert rows["pedaily"]["new_articles"] == 3 and rows["pedaily"]["new_events"] == 3
    assert rows["pedaily"]["requests"] >= 5 and rows["pedaily"]["finish_reason"] == "finished"
    assert rows["cyzone"]["new_articles"] == 1
    assert Database(site.db)["crawl_locks"].count == 0  # released


HOLD_LOCK = ("import sys, time; from store import EventStore; store = EventStore(sys.argv[1]);"
             " store.acquire_lock('pedaily', 4242, 'host1'); print('held', flush=True); time.sleep(60)")


def test_a_second_run_of_a_source_exits_at_once(site):
    site("-a", "sources=cyzone")  # creates the store
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(site.db)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_scrapy("crawl", "news", "-a", "sources=pedaily", "-s", f"RONGZI_SOURCES={site.registry}",
                            "-s", f"RONGZI_DB={site.db}", *FAST)
        assert result.returncode == 1  # exits at once, and says why
        assert "source pedaily is already being crawled (pid 4242 on host1" in result.stderr
        assert stat(result.stderr, "rongzi/source/pedaily/requests") == 0
        [row] = Database(site.db).query("SELECT finish_reason FROM crawls WHERE source = 'pedaily'")
        assert row["finish_reason"] == "locked"
    finally:
        holder.kill()
        holder.wait()
    site("-a", "sources=pedaily")  # the holder died, killed: its lock went with it
    assert Database(site.db)["articles"].count == 4


def test_a_stale_lock_of_a_dead_process_is_taken_over(site):
    site("-a", "sources=cyzone")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    Database(site.db)["crawl_locks"].insert(
        {"source": "pedaily", "pid": dead.pid, "host": os.uname().nodename, "started_at": "2021-12-28T10:00:00"})
    site("-a", "sources=pedaily")
    assert Database(site.db)["articles"].count == 4


def test_a_lock_row_naming_a_live_process_that_reused_the_pid_does_not_block(site):
    site("-a", "sources=cyzone")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # alive, holds no lock
    try:
        Database(site.db)["crawl_locks"].insert(
            {"source": "pedaily", "pid": other.pid, "host": os.uname().nodename, "started_at": "2021-12-28T10:00:00"})
        site("-a", "sources=pedaily")
        assert Database(site.db)["articles"].count == 4
    finally:
        other.kill()
        other.wait()


def test_per_source_spider_and_list(site):
    result = run_scrapy("list", "-s", f"RONGZI_SOURCES={site.registry}")
    names = result.stdout.split()
    assert {"news", "demo", "rss", "sitemap", "list", "json", "pedaily", "cyzone", "36kr-financing"} <= set(names)
    site(spider="lieyun")
    assert companies(site.db) == {"青藤数科"}


def test_21jingji_channel_list_follows_article_paths_only(site):
    result = site("-a", "sources=21jingji")
    assert stored_urls(site.db) == {"5d3f2a9c.html"}  # the 关于我们 link does not match the article pattern
    assert companies(site.db) == {"ALVA Systems", "蚂蚁工场"}
    assert stat(result.stderr, "rongzi/links_refused") == 1
