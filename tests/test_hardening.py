"""A crawl killed half-way loses nothing; two crawls writing one store at once both finish."""
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
