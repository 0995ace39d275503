"""Hostile pages against the real Scrapy engine: tests/hostile.py on loopback plays a public news site.

RONGZI_PUBLIC_HOSTS marks the hostile site's own host:port as public, so every other spelling of
127.0.0.1, and its second ("internal") port, count as internal addresses, as an intranet would.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from tests.conftest import run_scrapy
from tests.hostile import BLOCKS, UNDECODABLE_MARK

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]

REGISTRY = """
[[source]]
name = "numeric"
kind = "list"
start_urls = ["{B}list/numeric.html"]

[[source]]
name = "redirects"
kind = "list"
start_urls = ["{B}list/redirects.html"]
allowed_domains = ["127.0.0.1"]

[[source]]
name = "stall"
kind = "list"
start_urls = ["{B}list/stall.html"]

[[source]]
name = "patient"
kind = "list"
start_urls = ["{B}list/patient.html"]

[[source]]
name = "bloat"
kind = "list"
start_urls = ["{B}list/bloat.html"]

[[source]]
name = "huge"
kind = "list"
start_urls = ["{B}list/huge.html"]

[[source]]
name = "selfmap"
kind = "sitemap"
start_urls = ["{B}sitemap/self.xml"]

[[source]]
name = "listing"
kind = "json"
start_urls = ["{B}api/listing.json"]
items_path = "data.list"
url_template = "{B}plain/{id}.html"
date_field = "ctime"
structured_fields = ["extra"]

[[source]]
name = "deep"
kind = "json"
start_urls = ["{B}api/deep.json"]
items_path = "data.list"
url_field = "url"

[[source]]
name = "quote"
kind = "list"
start_urls = ["{B}list/quote.html"]
"""


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    assert m, f"no stat {name} in the crawl's stats"
    return int(m.group(1))


def no_stat(log: str, name: str) -> bool:
    return f"'{name}'" not in log


@pytest.fixture
def crawl(hostile, tmp_path):
    public, _ = hostile
    text = REGISTRY.replace("{B}", public) + "".join(
        f'\n[[source]]\nname = "block-{kind}"\nkind = "list"\nstart_urls = ["{public}list/block-{kind}.html"]\n'
        for kind in BLOCKS)
    registry = tmp_path / "sources.toml"
    registry.write_text(text, encoding="utf-8")
    db = tmp_path / "rongzi.db"
    port = urlsplit(public).port

    def run(sources: str, *extra: str, public_hosts: str = f"127.0.0.1:{port}", spider: str = "news", exit: int = 0):
        args = ["crawl", spider, "-s", f"RONGZI_DB={db}", "-s", f"RONGZI_PUBLIC_HOSTS={public_hosts}", *FAST, *extra]
        if spider == "news":
            args += ["-a", f"sources={sources}", "-s", f"RONGZI_SOURCES={registry}"]
        result = run_scrapy(*args, timeout=180)
        assert result.returncode == exit, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        store = Database(db)
        urls = [r["url"] for r in store.query("SELECT url FROM articles")]
        assert len(urls) == len(set(urls))  # nothing stored twice
        keys = [(r["company"], r["round"]) for r in store.query("SELECT company, round FROM events")]
        assert len(keys) == len(set(keys))
        assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return result.stderr

    run.db = db
    return run


def companies(db) -> set[str]:
    return {r["company"] for r in Database(db).query("SELECT company FROM events")}


def test_no_internal_address_whatever_its_spelling(crawl):
    log = crawl("numeric")
    assert companies(crawl.db) == {"星河1科技"}  # no 内网机密…号
    assert stat(log, "rongzi/links_refused") == 7  # 127.1, 0177.0.0.1, 0x7f000001, 2130706433, [::ffff:…], port, DNS
    assert "localhost resolves to the internal address 127.0.0.1" in log
    for spelling in ("127.1", "0177.0.0.1", "0x7f000001", "2130706433", "::ffff:127.0.0.1"):
        assert f"{spelling} is an internal address" in log


def test_redirects_and_meta_refreshes_obey_the_same_policy(crawl, hostile):
    port = urlsplit(hostile[0]).port
    log = crawl("redirects", public_hosts=f"127.0.0.1:{port},localhost:{port}")  # localhost: public but off-site
    assert companies(crawl.db) == {"星河2科技"}
    assert Database(crawl.db)["articles"].count == 1
    # internal targets are refused by the fetch policy; off-site ones may already be dropped by Scrapy's
    # OffsiteMiddleware (the sources' allowed_domains), and the file: redirect by Scrapy itself
    assert stat(log, "rongzi/redirects_refused") >= 2
    assert stat(log, "rongzi/redirects_refused") + stat(log, "offsite/filtered") >= 4
    for n in (11, 14):
        assert re.search(rf"refused to fetch \S+/secret/{n}\.html \(redirected from \S+/{n}\.html\): 127\.0\.0\.1 is "
                         rf"an internal address", log)
    for n in (12, 15):  # off-site: refused by the policy, or already filtered by OffsiteMiddleware (counted)
        assert re.search(rf"refused to fetch http://localhost:{port}/article/{n}\.html .*outside the allowed domains",
                         log) or stat(log, "offsite/filtered") >= 2
    assert "/etc/passwd" not in {r["url"] for r in Database(crawl.db).query("SELECT url FROM articles")}


def test_demo_links_from_a_loopback_start_never_leave_its_host(crawl, hostile):
    log = crawl("", "-a", f"start_url={hostile[0]}list/demo.html", public_hosts="", spider="demo")
    assert companies(crawl.db) == {"星河3科技"}
    urls = [r["url"] for r in Database(crawl.db).query("SELECT url FROM articles")]
    assert urls == [f"{hostile[0]}article/3.html"]
    assert "refused to fetch file:///etc/passwd: scheme file: is not http(s)" in log
    assert stat(log, "rongzi/links_refused") == 3  # file:, the internal port, 127.1
    assert stat(log, "rongzi/redirects_refused") == 2  # a 302 and a meta refresh to the internal port


def test_a_huge_retry_after_skips_the_source_and_holds_nothing(crawl):
    log = crawl("stall,quote")
    assert stat(log, "rongzi/retry_after/skipped_sources") >= 1
    assert no_stat(log, "rongzi/retry_after/retries")  # nothing waited
    assert "asks to wait 999999 s (more than RONGZI_RETRY_AFTER_SKIP=600); skipping the source" in log
    assert {"云盾智能", "闪电9号科技"} <= companies(crawl.db)  # the other source went on
    assert Database(crawl.db)["crawls"].count == 2


def test_a_retry_after_wait_holds_no_download_slot(crawl, hostile):
    log = crawl("patient", "-s", "CONCURRENT_REQUESTS=1", "-s", "LOG_LEVEL=DEBUG")  # LIFO: retry-once/61 first
    assert stat(log, "rongzi/retry_after/retries") == 1
    assert companies(crawl.db) == {f"星河{n}科技" for n in range(61, 70)}
    lines = log.splitlines()
    waiting = next(i for i, line in enumerate(lines) if "retry-once/61.html: retrying in 3.0 s" in line)
    retried = next(i for i, line in enumerate(lines) if re.search(r"Crawled \(200\) <GET \S+retry-once/61\.html>", line))
    meanwhile = [line for line in lines[waiting:retried] if re.search(r"Crawled \(200\) <GET \S+/article/", line)]
    assert meanwhile  # with one download slot in all, other pages were fetched during the wait
    # (a wait holding the slot sends the retry first: it is the newest request of the LIFO queue)


def test_bombs_huge_and_undecodable_pages_are_refused_in_one_line_each(crawl):
    log = crawl("bloat")
    assert companies(crawl.db) == {"星河4科技", "蓝云云科技"}
    [gbk] = Database(crawl.db).query("SELECT title FROM articles WHERE url LIKE '%gbk-latin1.html'")
    assert gbk["title"] == "蓝云云科技完成1亿元A轮融资"  # decoded from its bytes, not as declared
    assert stat(log, "rongzi/parse_errors") == 1  # the undecodable page
    assert stat(log, "rongzi/source_errors") == 2  # the bomb and the huge page
    for page in ("bomb.html", "huge.html", "undecodable.html"):
        assert any(page in line for line in log.splitlines())
    assert UNDECODABLE_MARK not in log and "很长的页面" not in log
    assert max(map(len, log.splitlines())) < 3000  # no body in any log line
    again = crawl("bloat")
    assert stat(again, "rongzi/articles_skipped_known") == 2  # the refused pages stay unknown: fetched again
    assert stat(again, "rongzi/parse_errors") == 1


def test_a_sitemap_index_that_lists_itself_is_fetched_once(crawl):
    log = crawl("selfmap")
    assert companies(crawl.db) == {"星河31科技"}
    assert stat(log, "rongzi/index_repeats") == 1
    assert stat(log, "rongzi/source/selfmap/requests") == 3  # the index, its child, the article


def test_links_taken_from_one_page_are_capped(crawl):
    log = crawl("huge", "-s", "RONGZI_MAX_LINKS_PER_PAGE=5")
    assert stat(log, "rongzi/links_capped") == 100000 - 5
    assert Database(crawl.db)["articles"].count == 5
    assert stat(log, "rongzi/source/huge/requests") == 6


def test_listing_metadata_of_any_json_value_is_cleaned_per_item(crawl):
    log = crawl("listing")
    db = Database(crawl.db)
    assert db["articles"].count == 9  # every entry with a URL, none lost to another entry's bad field
    assert companies(crawl.db) == {f"星河{n}科技" for n in range(51, 60)}
    assert stat(log, "rongzi/listing_fields_dropped") == 4  # Infinity, NaN, 1e400, -Infinity dates
    titles = {r["url"].rsplit("/", 1)[-1]: r["title"] for r in db.query("SELECT url, title FROM articles")}
    assert titles["51.html"] == "\ufffd" and titles["57.html"].endswith("融资\ufffd")
    assert no_stat(log, "rongzi/extract_errors")


def test_json_nested_past_any_parser_is_one_source_error(crawl):
    log = crawl("deep", exit=1)  # its only source failed: the run says so in its exit status
    assert stat(log, "rongzi/source_errors") == 1
    assert re.search(r"source deep: cannot read \S+deep\.json: ", log)


def test_block_pages_as_sites_serve_them_and_articles_that_quote_the_words(crawl):
    names = ",".join(f"block-{kind}" for kind in BLOCKS)
    log = crawl(f"{names},quote")
    assert companies(crawl.db) == {"云盾智能", "闪电9号科技"}  # quotes 人机验证; carries Cloudflare's jsd script
    assert stat(log, "rongzi/blocked") == len(BLOCKS)
    rows = {r["source"]: r for r in Database(crawl.db).query("SELECT source, blocked, new_articles FROM crawls")}
    for kind in BLOCKS:
        assert (rows[f"block-{kind}"]["blocked"], rows[f"block-{kind}"]["new_articles"]) == (1, 0), kind
    assert rows["quote"]["blocked"] == 0
