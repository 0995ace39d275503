"""StorePipeline: batches, a locked store tried again, articles that cannot be stored counted and left unknown."""
from __future__ import annotations

import subprocess
import sys

from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from crawler.pipelines import StorePipeline
from store import EventStore

HOLD = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('BEGIN IMMEDIATE');"
        " print('held', flush=True); time.sleep(float(sys.argv[2])); c.rollback()")


def item(n: int) -> ArticleItem:
    it = ArticleItem(url=f"https://a.cn/{n}", source="test", body=b"")
    it.article = {"url": it.url, "source": "test", "title": f"标题{n}", "text": f"第{n}篇正文", "published_at": "2022-01-01"}
    it.events = [{"company": f"公司{n}", "round": "A轮", "round_norm": "A轮", "kind": "current", "lead_investors": ["红杉中国"]}]
    return it


def pipeline(db, **settings) -> StorePipeline:
    crawler = get_crawler(settings_dict={"RONGZI_DB": str(db), "RONGZI_COMMIT_SECONDS": 0, **settings})
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    return pipe


def hold_write_lock(db, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_articles_are_written_a_batch_per_commit(tmp_path):
    pipe = pipeline(tmp_path / "x.db", RONGZI_COMMIT_ITEMS=3)
    reader = EventStore(tmp_path / "x.db")
    for n in range(2):
        pipe.process_item(item(n))
    assert reader.known_urls(["https://a.cn/0", "https://a.cn/1"]) == set()  # not committed: not known yet
    pipe.process_item(item(2))
    assert len(reader.known_urls([f"https://a.cn/{n}" for n in range(3)])) == 3
    pipe.process_item(item(3))
    pipe.close_spider()
    assert reader.counts()["articles"] == 4 and pipe.stats.get_value("rongzi/articles_stored") == 4
    reader.close()


def test_a_store_locked_for_a_while_is_written_after_a_retry(tmp_path):
    pipe = pipeline(tmp_path / "x.db", RONGZI_COMMIT_ITEMS=100, RONGZI_BUSY_TIMEOUT_MS=200)
    for n in range(3):
        pipe.process_item(item(n))
    holder = hold_write_lock(tmp_path / "x.db", 1.0)
    pipe.close_spider()
    holder.wait()
    assert pipe.stats.get_value("rongzi/store_retries") >= 1
    assert pipe.stats.get_value("rongzi/articles_stored") == 3
    assert pipe.stats.get_value("rongzi/store_errors") is None


def test_articles_the_store_never_takes_are_counted_logged_and_left_unknown(tmp_path, caplog):
    pipe = pipeline(tmp_path / "x.db", RONGZI_COMMIT_ITEMS=100, RONGZI_BUSY_TIMEOUT_MS=100, RONGZI_STORE_RETRIES=1)
    for n in range(3):
        pipe.process_item(item(n))
    holder = hold_write_lock(tmp_path / "x.db", 5.0)
    pipe.close_spider()
    holder.kill()
    holder.wait()
    assert pipe.stats.get_value("rongzi/store_errors") == 3
    assert pipe.stats.get_value("rongzi/articles_stored") is None
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("not stored")]
    assert lines == [f"not stored https://a.cn/{n}: locked: database is locked" for n in range(3)]
    store = EventStore(tmp_path / "x.db")
    assert store.known_urls([f"https://a.cn/{n}" for n in range(3)]) == set()  # the next run fetches them again
    store.close()
