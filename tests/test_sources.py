"""The production registry (crawler/sources.toml) against loopback fixtures shaped like each outlet's evidence,
and against the same outlets after a layout change; health verdicts and exit status; lists, feeds, JSON APIs,
embedded JSON, sitemaps; incremental second runs, the overlap lock, Retry-After, block pages and unsafe links."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from sqlite_utils import Database

from crawler.sources import SourceError, load_sources, pick
from tests.conftest import REGISTRY, ROOT, loopback_registry, run_scrapy

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0",
        "-s", "RONGZI_BACKOFF_BASE=0.2", "-s", "LOG_LEVEL=INFO"]


def make_site(mockserver, tmp_path, root="sources"):
    path = loopback_registry(mockserver, tmp_path, root=root)
    db = tmp_path / "rongzi.db"

    def crawl(*args, spider="news", status=0):
        result = run_scrapy("crawl", spider, *args, "-s", f"RONGZI_SOURCES={path}", "-s", f"RONGZI_DB={db}", *FAST)
        assert result.returncode == status, result.stderr[-3000:]
        return result

    crawl.db = db
    crawl.registry = path
    return crawl


@pytest.fixture
def site(mockserver, tmp_path):
    return make_site(mockserver, tmp_path)


def stat(log: str, name: str, default: int | None = None) -> int:
    """A stat from the dump at the end of the crawl log; fails when it is missing unless a default is given."""
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    if m is None:
        assert default is not None, f"stat {name} missing from the crawl log"
        return default
    return int(m.group(1))


def companies(db) -> set[str]:
    return {r["company"] for r in Database(db).query("SELECT company FROM events")}


def stored_urls(db) -> set[str]:
    return {r["url"].rsplit("/", 1)[-1] for r in Database(db).query("SELECT url FROM articles")}


def titles(db) -> set[str]:
    return {r["title"] for r in Database(db).query("SELECT title FROM articles")}


def crawl_row(db, source: str) -> dict:
    [row] = Database(db).query("SELECT * FROM crawls WHERE source = ?", [source])
    return row


# What each enabled source of the production registry stores from its fixtures, whether the layout is the one the
# evidence shows or a changed one (then through generic link discovery).
STORED = {
    "36kr": {"“锂源动力”完成5亿元C轮融资"},
    "36kr-articles": {"“星河智检”完成1.2亿元B轮融资"},  # the other article is encrypted: no text, not stored
    "36kr-sitemap": {"“锂源动力”完成5亿元C轮融资", "“星河智检”完成1.2亿元B轮融资"},
    "36kr-financing": {"“锂源动力”完成5亿元C轮融资", "“星河智检”完成1.2亿元B轮融资"},
    "pedaily": {"云舟物流完成1亿元B轮融资", "芯途半导体获数千万元天使轮融资", "禾穗农业完成数千万元A轮融资"},
    "cyzone": {"融资丨“星瀚机器人”完成5000万元A轮融资"},  # keywords: the 榜单 article has no 融资
    "cyzone-rss": {"融资丨“星瀚机器人”完成5000万元A轮融资", "创业邦年度榜单发布"},
    "lieyun": {"“青藤数科”完成2亿元B+轮融资", "猎云网周报：本周融资回顾", "“海屿医疗”获数千万元Pre-A轮融资"},
    "iyiou": {"“铭医智能”获数亿元C轮融资", "亿欧观察：医疗器械赛道回顾"},
    "sina": {"宠爱国际获得3000万美元B轮融资"},
    "tmtpost": {"“云帆储能”完成3亿元B轮融资"},
    "huxiu": {"“极光智驾”获5亿元C轮融资"},
}


def test_every_enabled_source_has_a_loopback_test():
    assert set(STORED) == {s.name for s in load_sources(REGISTRY) if s.enabled}


@pytest.mark.parametrize("name", sorted(STORED))
def test_source_as_the_evidence_shows_it(name, site):
    result = site("-a", f"sources={name}")
    assert titles(site.db) == STORED[name]
    row = crawl_row(site.db, name)
    assert row["verdict"] == "ok" and row["drift_pages"] == 0
    assert row["new_articles"] == len(STORED[name]) and row["items_found"] >= len(STORED[name])
    assert "selector drift" not in result.stderr
    assert re.search(rf"source {re.escape(name)}: ok; index pages {row['index_pages']} \(", result.stderr)


@pytest.mark.parametrize("name", sorted(STORED))
def test_source_after_a_layout_change_falls_back_and_records_drift(name, mockserver, tmp_path):
    site = make_site(mockserver, tmp_path, root="drift")
    result = site("-a", f"sources={name}")
    assert titles(site.db) == STORED[name]  # found by generic link discovery
    row = crawl_row(site.db, name)
    assert row["verdict"] == "drift" and row["drift_pages"] >= 1
    assert result.stderr.count(f"source {name}: selector drift at") == 1  # once per source, however many pages
    assert f"source {name}: drift; " in result.stderr


def test_summary_counts_statuses_refusals_and_articles_without_text(site):
    site("-a", "sources=pedaily,36kr-articles,iyiou")
    pedaily, kr, iyiou = (crawl_row(site.db, n) for n in ("pedaily", "36kr-articles", "iyiou"))
    assert pedaily["index_pages"] == 3 and pedaily["index_statuses"] == "200×2 404×1"  # no page 3
    assert pedaily["refused_domain"] == 3 and pedaily["refused_pattern"] == 0  # file:, ftp:, another host
    assert kr["no_text"] == 1 and kr["new_articles"] == 1  # the encrypted article is counted, not stored
    assert iyiou["refused_domain"] == 1  # an originalLink off iyiou.com


def test_registry_sources_that_need_what_rongzi_lacks_ship_disabled():
    sources = {s.name: s for s in load_sources(REGISTRY)}
    assert sources["21jingji"].requires == "token" and sources["cls"].requires == "signature"
    assert not sources["21jingji"].enabled and not sources["cls"].enabled
    assert all(s.reason for s in sources.values() if s.requires)
    with pytest.raises(SourceError, match="requires a token"):
        pick(list(sources.values()), "21jingji")


def test_a_source_that_requires_something_cannot_be_enabled(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text('[[source]]\nname = "x"\nkind = "json"\nstart_urls = []\nrequires = "browser"\n',
                        encoding="utf-8")
    with pytest.raises(SourceError, match="requires a browser.*set enabled = false"):
        load_sources(registry)


def test_naming_a_source_that_requires_a_token_is_one_line(tmp_path):
    result = run_scrapy("crawl", "21jingji", "-s", f"RONGZI_DB={tmp_path / 'x.db'}")
    assert result.returncode == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("crawl:")]
    assert "source 21jingji requires a token" in line and "cbhChannelAuth" in line


def test_sources_command_lists_kind_needs_enabled_and_last_runs(site):
    site("-a", "sources=pedaily")
    site("-a", "sources=missing", status=1)
    site("-a", "sources=missing", status=1)
    result = run_scrapy("sources", "-s", f"RONGZI_SOURCES={site.registry}", "-s", f"RONGZI_DB={site.db}")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    pedaily = lines.index(next(line for line in lines if line.startswith("pedaily ")))
    assert re.match(r"pedaily\s+list\s+enabled\s+needs nothing$", lines[pedaily])
    assert re.search(r"ok; index pages 3 \(200×2 404×1\), items 6, .*new articles 3", lines[pedaily + 1])
    missing = next(line for line in lines if line.startswith("missing "))
    first = Database(site.db).execute("SELECT min(started_at) FROM crawls WHERE source = 'missing'").fetchone()[0]
    assert missing.endswith(f"(not ok since {first})")
    assert re.search(r"^21jingji\s+json\s+disabled\s+requires token: the channel list JSON needs", result.stdout, re.M)
    assert re.search(r"^36kr\s+rss\s+enabled\s+needs nothing\n    no run recorded", result.stdout, re.M)


def test_a_crawl_in_which_every_source_fails_exits_non_zero(tmp_path):
    registry = loopback_registry("http://127.0.0.1:9/", tmp_path, test_sources=False)  # nothing listens on port 9
    db = tmp_path / "rongzi.db"
    result = run_scrapy("crawl", "news", "-s", f"RONGZI_SOURCES={registry}", "-s", f"RONGZI_DB={db}", *FAST)
    assert result.returncode == 1
    enabled = sorted(STORED)
    [line] = [line for line in result.stderr.splitlines() if "every source of this run failed or was blocked: " in line]
    assert sorted(line.split(": ")[-1].split(", ")) == enabled
    verdicts = {r["source"]: r["verdict"] for r in Database(db).query("SELECT source, verdict FROM crawls")}
    assert verdicts == {name: "failed" for name in enabled}


def test_a_crawl_in_which_some_sources_fail_exits_zero_and_says_which(site):
    result = site("-a", "sources=pedaily,missing")
    assert "1 of 2 sources failed or were blocked: missing" in result.stderr
    assert crawl_row(site.db, "missing")["verdict"] == "failed"
    assert crawl_row(site.db, "missing")["index_statuses"] == "404×1"


def test_a_feed_with_no_item_is_empty(site):
    result = site("-a", "sources=quiet")
    assert crawl_row(site.db, "quiet")["verdict"] == "empty"
    assert "source quiet: empty; index pages 1 (200×1), items 0" in result.stderr


def test_list_source_follows_pages_and_only_safe_links(site):
    result = site("-a", "sources=pedaily")
    assert stored_urls(site.db) == {"1001.shtml", "1002.shtml", "1003.shtml"}  # page 2 reached
    assert companies(site.db) == {"云舟物流", "芯途半导体", "禾穗农业"}
    assert stat(result.stderr, "rongzi/links_refused") == 3  # file:, ftp:, another host
    assert stat(result.stderr, "rongzi/source/pedaily/refused_unsafe") == 2
    assert "/etc/passwd" not in result.stderr.replace("not following file:///etc/passwd", "")
    rows = list(Database(site.db).query("SELECT title, published_at FROM articles WHERE url LIKE '%1001.shtml'"))
    assert rows[0]["title"] == "云舟物流完成1亿元B轮融资"
    assert rows[0]["published_at"].startswith("2021-12-20T09:30")  # header.newsinfo time[datetime]


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
    assert "7002.html" not in urls                         # no 融资 in its title: filtered by keywords
    assert "202112211002" in urls                          # page 2 of 亿欧 reached
    assert "doc-ikyamrmz7654321.shtml" not in urls         # filtered by keywords


def test_embedded_json_keeps_structured_fields_and_compares_them(site):
    result = site("-a", "sources=36kr-financing")
    assert companies(site.db) == {"锂源动力", "星河智检"}
    urls = {r["url"] for r in Database(site.db).query("SELECT url FROM articles")}
    assert {u.split("/sources/", 1)[1] for u in urls} == {  # the route field chose the template
        "www.36kr.com/newsflashes/3919125291415001", "www.36kr.com/p/3919125291415002"}
    [row] = Database(site.db).query("SELECT listing FROM articles WHERE listing IS NOT NULL")
    card = json.loads(row["listing"])["projectCard"]
    assert card["lastestFinancingRound"]["name"] == "C轮"
    assert stat(result.stderr, "rongzi/structured_agree") == 1


def test_sitemaps_named_in_robots_txt_plain_and_gzipped(site):
    site("-a", "sources=sitemap")
    assert stored_urls(site.db) == {"pedaily-cangqing.html", "36kr-digest.html", "market-margin.html"}  # .xml.gz


def test_entity_bomb_is_refused_with_a_log_line(site):
    result = site("-a", "sources=bomb", status=1)  # its only source failed
    assert "source bomb: cannot read" in result.stderr and "declares XML entities" in result.stderr
    assert Database(site.db)["articles"].count == 0


def test_429_with_retry_after_then_success(site):
    result = site("-a", "sources=throttled")
    assert stat(result.stderr, "rongzi/retry_after/retries") == 1
    assert "retrying in 1.0 s" in result.stderr
    assert companies(site.db) == {"锂源动力", "宠爱国际"}


def test_block_page_is_recorded_and_the_source_backs_off(site):
    result = site("-a", "sources=guarded", status=1)  # its only source was blocked
    assert stat(result.stderr, "rongzi/blocked") == 1
    assert "source guarded: blocked at" in result.stderr
    assert Database(site.db)["articles"].count == 0  # nothing stored, nothing more fetched from it
    [row] = Database(site.db).query("SELECT * FROM crawls WHERE source = 'guarded'")
    assert row["blocked"] == 1 and row["verdict"] == "blocked"
    assert "source guarded: blocked; " in result.stderr


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
        assert stat(result.stderr, "rongzi/source/pedaily/requests", default=0) == 0
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
    assert companies(site.db) == {"青藤数科", "海屿医疗"}


def test_json_paths_nested_searched_alternative_and_route_templates():
    from crawler.sources import Source
    from crawler.spiders.jsonapi import Missing, at_path, entry_url, first_value

    data = {"a": {"b": [{"x": 1}, {"itemList": [{"id": 7}]}]}}
    assert at_path(data, "a.b.0.x") == 1
    assert at_path(data, "**.itemList") == [{"id": 7}]  # at any depth
    with pytest.raises(Missing):
        at_path(data, "a.c")
    item = {"itemId": 5, "route": "detail_newsflash?itemId=5", "templateMaterial": {"widgetTitle": "标题"}}
    assert first_value(item, ["title", "templateMaterial.widgetTitle"]) == "标题"  # alternatives in order
    source = Source(name="x", kind="json", start_urls=[], route_field="route", url_template="https://h/p/{itemId}",
                    url_templates={"detail_newsflash": "https://h/newsflashes/{itemId}"})
    assert entry_url(item, source) == "https://h/newsflashes/5"
    assert entry_url(dict(item, route="detail_article?itemId=5"), source) == "https://h/p/5"  # no template: default


def test_generic_link_discovery_takes_the_shape_most_links_share():
    from scrapy.http import HtmlResponse

    from crawler.sources import Source
    from crawler.spiders.base import discover_links

    page = ('<a href="/about">关于</a><a href="/archives/1">甲</a><a href="/archives/22">乙</a>'
            '<a href="/tag/3">标签</a><a href="https://other.cn/archives/4">别处</a>').encode()
    response = HtmlResponse("https://lieyunpro.com/archives", body=page, encoding="utf-8")
    source = Source(name="x", kind="list", start_urls=[], allowed_domains=["lieyunpro.com"])
    assert [(e["url"], e["title"]) for e in discover_links(response, source)] == [
        ("https://lieyunpro.com/archives/1", "甲"), ("https://lieyunpro.com/archives/22", "乙")]
    source.link_pattern = r"/tag/\d+"
    assert [e["url"] for e in discover_links(response, source)] == ["https://lieyunpro.com/tag/3"]


def test_feed_links_on_bare_36kr_are_fetched_from_www():
    from crawler.spiders.base import rehost

    hosts = {s.name: s.link_hosts for s in load_sources(REGISTRY)}
    assert rehost("https://36kr.com/p/3919125291412872?f=rss", hosts["36kr-articles"]) == \
        "https://www.36kr.com/p/3919125291412872?f=rss"
    assert rehost("https://36kr.com/newsflashes/1?f=rss", hosts["36kr"]) == "https://www.36kr.com/newsflashes/1?f=rss"
    assert rehost("https://pitchhub.36kr.com/x", hosts["36kr"]) == "https://pitchhub.36kr.com/x"  # other hosts kept
    assert rehost("http://127.0.0.1:8080/p/1", {"127.0.0.1": "localhost"}) == "http://localhost:8080/p/1"


def test_a_list_whose_every_link_is_refused_is_empty_not_ok(site):
    result = site("-a", "sources=lieyun-2025")
    row = crawl_row(site.db, "lieyun-2025")
    assert row["verdict"] == "empty" and row["items_found"] == 2 and row["refused_pattern"] == 2
    assert "source lieyun-2025: empty; index pages 1 (200×1), items 2, refused 2 by pattern" in result.stderr
