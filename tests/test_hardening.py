"""A crawl killed half-way loses nothing, and neither do crawls killed again and again; two crawls writing
one store at once both finish; a full, corrupt or newer store stops the crawl with status 1."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlite_utils import Database

from tests.conftest import ROOT, fixture_registry, run_scrapy

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]


def crawl_command(registry, db, sources):
    return [sys.executable, "-m", "scrapy.cmdline", "crawl", "news", "-a", f"sources={sources}",
            "-s", f"RONGZI_SOURCES={registry}", "-s", f"RONGZI_DB={db}", *FAST]


def test_killed_crawl_loses_nothing_and_stores_nothing_twice(mockserver, tmp_path):
    registry, db = fixture_registry(mockserver, tmp_path), tmp_path / "rongzi.db"
    one_at_a_time = [*crawl_command(registry, db, "slow"), "-s", "CONCURRENT_REQUESTS=1"]  # an article every 2 s
    proc = subprocess.Popen(one_at_a_time, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline:  # kill once some, not all, articles are in
        time.sleep(0.3)
        if db.exists():
            try:
                stored = Database(db)["articles"].count
            except Exception:
                continue
            if 1 <= stored <= 4:
                break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = Database(db)["articles"].count
    assert 1 <= partial < 8
    again = subprocess.run(crawl_command(registry, db, "slow"), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr[-2000:]
    store = Database(db)
    urls = [r["url"] for r in store.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == 8
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store["events"].count == 8
    assert store.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 8


def test_two_crawls_writing_one_store_at_once(mockserver, tmp_path):
    registry = fixture_registry(mockserver, tmp_path)
    apart = {}
    for name in ("pedaily", "iyiou"):
        db = tmp_path / f"{name}.db"
        assert run_scrapy("crawl", "news", "-a", f"sources={name}", "-s", f"RONGZI_SOURCES={registry}",
                          "-s", f"RONGZI_DB={db}", *FAST).returncode == 0
        apart[name] = {t: Database(db)[t].count for t in ("articles", "events", "event_sources")}
    shared = tmp_path / "shared.db"
    procs = [subprocess.Popen(crawl_command(registry, shared, name), cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for name in ("pedaily", "iyiou")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
    together = {t: Database(shared)[t].count for t in ("articles", "events", "event_sources")}
    assert together == {t: apart["pedaily"][t] + apart["iyiou"][t] for t in together}
    assert {r["source"] for r in Database(shared).query("SELECT source FROM crawls")} == {"pedaily", "iyiou"}


def test_network_faults_are_retried_logged_and_survived(mockserver, tmp_path):
    registry, db = fixture_registry(mockserver, tmp_path), tmp_path / "rongzi.db"
    result = run_scrapy("crawl", "news", "-a", "sources=faults", "-s", f"RONGZI_SOURCES={registry}",
                        "-s", f"RONGZI_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=2",
                        "-s", "DOWNLOAD_TIMEOUT=1.5")  # /slow/ takes 2 s; a loaded machine still answers in 1.5
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stderr
    assert "Traceback" not in log
    for fault in ("/reset/1.html", "/truncated/2.html", "1002.shtml"):
        assert f"source faults: failed to fetch {mockserver}" in log and fault in log
    stored = {r["url"].rsplit("/", 1)[-1] for r in Database(db).query("SELECT url FROM articles")}
    assert stored == {"1001.shtml", "1003.shtml"}  # the 500 succeeded on retry; the normal page is in
    [run] = Database(db).query("SELECT * FROM crawls")
    assert run["errors"] == 3 and run["finish_reason"] == "finished"


def test_crawls_killed_again_and_again_on_one_store_end_with_every_article_once(tmp_path):
    """bench/kill_resume.py at a smaller scale: 60 articles on 6 list pages, 3 kills in a row (seeded)."""
    import random

    from bench.loopback import serve
    from tests.sites import build_site, crawl_command, kill_and_rerun, registry_entry

    lists = build_site(tmp_path, 60, per_list=10)
    db = tmp_path / "rongzi.db"
    with serve(tmp_path) as base:
        registry = tmp_path / "sources.toml"
        registry.write_text(registry_entry("site", base, lists), encoding="utf-8")
        runs = kill_and_rerun(crawl_command(registry, db, "CONCURRENT_REQUESTS=4"), ROOT, db, 60, 3, random.Random(5))
    assert runs[-1]["status"] == 0
    store = Database(db)
    assert store.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone() == (60, 60)
    assert store.execute("SELECT count(*), count(DISTINCT company_key) FROM events").fetchone() == (60, 60)
    assert store.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 60
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.execute("SELECT finish_reason FROM crawls ORDER BY id DESC LIMIT 1").fetchone()[0] == "finished"


def test_a_rerun_after_a_killed_run_reads_past_the_fully_known_first_page(mockserver, tmp_path):
    registry, db = fixture_registry(mockserver, tmp_path), tmp_path / "rongzi.db"
    first = subprocess.run(crawl_command(registry, db, "pedaily"), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]
    store = Database(db)
    stored = store.execute("SELECT count(*) FROM articles").fetchone()[0]
    [(last_page,)] = store.execute("SELECT pages FROM crawls").fetchall()
    assert last_page >= 2  # pedaily has two list pages
    # as if the run had been killed after reading both pages but before fetching page 2's articles
    store.execute("UPDATE crawls SET finish_reason = NULL, finished_at = NULL")
    page2 = [r[0] for r in store.execute("SELECT a.id FROM articles a ORDER BY a.id DESC LIMIT 1")]
    for table, column in (("event_sources", "article_id"), ("article_fingerprints", "article_id"),
                          ("article_urls", "article_id")):
        store.execute(f"DELETE FROM {table} WHERE {column} = ?", page2)
    store.execute("DELETE FROM articles WHERE id = ?", page2)
    store.conn.commit()
    again = subprocess.run(crawl_command(registry, db, "pedaily"), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "the last run did not finish; reading at least 2 index pages" in again.stderr
    assert Database(db).execute("SELECT count(*) FROM articles").fetchone()[0] == stored


def test_a_full_disk_stops_the_crawl_with_status_1_and_the_next_run_stores_everything(mockserver, tmp_path):
    import resource

    registry, db = fixture_registry(mockserver, tmp_path), tmp_path / "rongzi.db"
    from store import EventStore

    EventStore(db).close()
    limit = 40 * 4096  # the write-ahead log (and any file) cannot grow past 40 pages: room to start, not to store

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = subprocess.run(crawl_command(registry, db, "pedaily,cyzone"), cwd=ROOT, capture_output=True, text=True,
                          timeout=120, preexec_fn=small_disk)
    assert full.returncode == 1
    assert "stopping the crawl: cannot use store" in full.stderr
    lost = [line for line in full.stderr.splitlines() if "not stored http://127.0.0.1" in line]
    assert lost and all(len(line) < 400 for line in lost)  # one line each: the URL and the reason
    assert "Traceback" not in full.stderr
    assert Database(db)["articles"].count + len(lost) == 4
    again = run_scrapy("crawl", "news", "-a", "sources=pedaily,cyzone", "-s", f"RONGZI_SOURCES={registry}",
                       "-s", f"RONGZI_DB={db}", *FAST)
    assert again.returncode == 0, again.stderr[-2000:]
    assert Database(db)["articles"].count == 4  # 3 of pedaily, 1 of cyzone: nothing lost for good
    assert Database(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_corrupt_store_or_one_of_a_newer_schema_stops_the_crawl_before_any_fetch(mockserver, tmp_path):
    import sqlite3

    registry = fixture_registry(mockserver, tmp_path)
    newer, corrupt = tmp_path / "newer.db", tmp_path / "corrupt.db"
    for path in (newer, corrupt):
        assert run_scrapy("crawl", "news", "-a", "sources=pedaily", "-s", f"RONGZI_SOURCES={registry}",
                          "-s", f"RONGZI_DB={path}", *FAST).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    conn = sqlite3.connect(corrupt)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(corrupt.read_bytes())
    data[8192:16384] = b"\x07" * 8192
    corrupt.write_bytes(bytes(data))
    for path, expected in ((newer, "has schema version 99, newer than this rongzi knows"), (corrupt, "corrupt")):
        result = run_scrapy("crawl", "news", "-a", "sources=pedaily", "-s", f"RONGZI_SOURCES={registry}",
                            "-s", f"RONGZI_DB={path}", *FAST)
        assert result.returncode == 1
        lines = [line for line in result.stderr.splitlines() if line.startswith("crawl:")]
        assert len(lines) == 1 and expected in lines[0], result.stderr[-2000:]
        assert "Traceback" not in result.stderr and "Spider opened" not in result.stderr
