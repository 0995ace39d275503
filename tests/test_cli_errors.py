"""Bad settings, unknown sources, unusable stores: one clear line and a non-zero exit, no traceback."""
from __future__ import annotations

import sqlite3

from tests.conftest import run_scrapy


def one_line_failure(result, expected: str):
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("crawl:")]
    assert len(lines) == 1 and expected in lines[0], result.stderr[-1500:]


def test_unknown_source(tmp_path):
    one_line_failure(run_scrapy("crawl", "news", "-a", "sources=nope", "-s", f"RONGZI_DB={tmp_path / 'x.db'}"),
                     "unknown source nope; known: 36kr")


def test_unknown_spider(tmp_path):
    one_line_failure(run_scrapy("crawl", "nosuch", "-s", f"RONGZI_DB={tmp_path / 'x.db'}"), "no spider named 'nosuch'")


def test_malformed_registry(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text("[[source]]\nname = 'x'\nkind = 'ftp'\nstart_urls = []\n", encoding="utf-8")
    one_line_failure(run_scrapy("crawl", "news", "-s", f"RONGZI_SOURCES={registry}", "-s", f"RONGZI_DB={tmp_path / 'x.db'}"),
                     "kind must be one of rss, sitemap, list, json")


def test_unwritable_store(tmp_path):
    one_line_failure(run_scrapy("crawl", "demo", "-s", f"RONGZI_DB={tmp_path / 'missing' / 'x.db'}"),
                     "cannot open store")


def test_store_locked_by_another_process(tmp_path):
    path = tmp_path / "x.db"
    holder = sqlite3.connect(path)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_scrapy("crawl", "demo", "-s", f"RONGZI_DB={path}", "-s", "RONGZI_BUSY_TIMEOUT_MS=300")
    finally:
        holder.rollback()
        holder.close()
    one_line_failure(result, "database is locked")
