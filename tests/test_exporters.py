"""Feed exports: `-o deals.jsonl` (an article with its events per line) and `-o deals.csv` (a row per event)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timezone

from crawler.exporters import ARTICLE_COLUMNS, EVENT_COLUMNS, EventCsvItemExporter
from crawler.items import ArticleExport, ArticleItem
from crawler.pipelines import ExportPipeline
from tests.test_cli import elsewhere, run_rongzi  # noqa: F401 (elsewhere is a fixture)

DEMO_ARTICLES = 6  # the undecodable page is dropped; the 快讯 met twice (a tracking-parameter copy) once
DEMO_CURRENT = 8
DEMO_PAST = 1  # 青禾医疗's earlier A轮, mentioned in the digest


def assert_quiet(result) -> None:
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "\\x" not in result.stderr and "body=b" not in result.stderr
    assert max(len(line) for line in result.stderr.splitlines()) < 1000  # never a page in a log line


def test_jsonl_feed_is_one_article_with_its_events_per_line(elsewhere):  # noqa: F811
    result = run_rongzi("crawl", "demo", "-o", "deals.jsonl", cwd=elsewhere)
    assert_quiet(result)
    lines = (elsewhere / "deals.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert len(articles) == DEMO_ARTICLES
    assert all(list(a) == ["url", "source", "title", "published", "text", "events"] for a in articles)
    assert len({a["url"] for a in articles}) == DEMO_ARTICLES and not any("utm_" in a["url"] for a in articles)
    kinds = [e["kind"] for a in articles for e in a["events"]]
    assert kinds.count("current") == DEMO_CURRENT and kinds.count("past") == DEMO_PAST
    [alva] = [e for a in articles for e in a["events"] if e["company"] == "ALVA Systems"]
    assert alva["lead_investors"] == ["软银中国资本"] and alva["amount_text"] == "数亿元"
    sina = next(a for a in articles if a["url"].endswith("sina-gbk.html"))
    assert sina["published"] == "2021-12-29T09:05:00+08:00" and "宠爱国际" in sina["text"]  # GBK page, decoded


def test_csv_feed_is_one_row_per_event(elsewhere):  # noqa: F811
    result = run_rongzi("crawl", "demo", "-o", "deals.csv", cwd=elsewhere)
    assert_quiet(result)
    with (elsewhere / "deals.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == [*ARTICLE_COLUMNS, *EVENT_COLUMNS]
    assert len(rows) == DEMO_CURRENT + DEMO_PAST
    assert "<html" not in (elsewhere / "deals.csv").read_text(encoding="utf-8")
    sina = next(r for r in rows if r["company"] == "宠爱国际")
    assert (sina["investors"], sina["amount_low"], sina["currency"]) == ("高瓴资本、红杉中国", "30000000.0", "USD")


def test_the_csv_exporter_escapes_formulas_and_skips_articles_without_events():
    out = io.BytesIO()
    exporter = EventCsvItemExporter(out)
    exporter.start_exporting()
    exporter.export_item(ArticleExport("https://x.test/1", "s", "=HYPERLINK(\"http://evil\")", None, "正文", [
        {"company": "=1+2", "lead_investors": ["@SUM(A1)", "红杉"], "investors": [], "kind": "current"}]))
    exporter.export_item(ArticleExport("https://x.test/2", "s", "行情", None, "正文", []))
    exporter.finish_exporting()
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert len(rows) == 1
    assert rows[0]["title"] == "'=HYPERLINK(\"http://evil\")" and rows[0]["company"] == "'=1+2"
    assert rows[0]["lead_investors"] == "'@SUM(A1)、红杉" and rows[0]["url"] == "https://x.test/1"


def test_the_export_pipeline_leaves_the_page_behind_and_is_json_serialisable():
    item = ArticleItem("https://36kr.com/p/1?utm_source=rss#top", "36kr", b"\xd2\xa6<html>", fetched_at=None)
    item.article = {"title": "标题", "published_at": datetime(2021, 12, 28, 1, 30, tzinfo=timezone.utc), "text": "正文"}
    item.events = [{"company": "X", "event_date": date(2021, 12, 1), "investors": ("A", "B")}]
    pipeline = ExportPipeline()
    exported = pipeline.process_item(item)
    assert isinstance(exported, ArticleExport) and exported.url == "https://36kr.com/p/1"
    assert json.loads(json.dumps(exported.__dict__)) == {
        "url": "https://36kr.com/p/1", "source": "36kr", "title": "标题", "published": "2021-12-28T01:30:00+00:00",
        "text": "正文", "events": [{"company": "X", "event_date": "2021-12-01", "investors": ["A", "B"]}]}
    assert "xd2" not in repr(item)  # the raw page is not part of the item's repr (log lines)
    from scrapy.exceptions import DropItem

    try:
        pipeline.process_item(item)
    except DropItem as exc:
        assert exc.log_level == "DEBUG"
    else:
        raise AssertionError("a second copy of one article was exported")
