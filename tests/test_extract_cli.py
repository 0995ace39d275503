"""`python -m extract` run as users run it: in a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import FIXTURES, ROOT


def run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "extract", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_events_from_standard_input_keep_order_and_ids():
    lines = [
        {"id": "a", "title": "宋小菜获1.8亿元B2轮融资，M31资本领投", "text": "宋小菜获1.8亿元B2轮融资，M31资本领投。"},
        {"id": "b", "title": "两市融资余额连续三日增加", "text": "沪深两市融资余额为17152亿元。"},
    ]
    result = run("events", stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    [event] = out[0]["events"]
    assert (event["company"], event["round_norm"], event["amount_low"], event["lead_investors"]) == (
        "宋小菜", "B轮", 1.8e8, ["M31资本"])
    assert out[1]["events"] == []


def test_events_reports_a_bad_line_and_goes_on():
    result = run("events", stdin='not json\n{"id": 2, "title": "", "text": ""}\n')
    assert result.returncode == 1
    assert "line 1" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[1] == {"id": 2, "events": []}


def test_events_from_file(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "title": "", "text": "狮桥集团获10亿人民币战略融资，百度、阳光融汇资本联合领投。"},
                               ensure_ascii=False), encoding="utf-8")
    result = run("events", str(path))
    assert json.loads(result.stdout)["events"][0]["lead_investors"] == ["百度", "阳光融汇资本"]


def test_article_prints_json():
    result = run("article", str(FIXTURES / "sina-gbk.html"), "--url", "https://finance.sina.com.cn/x.shtml")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert set(article) == {"title", "published", "author", "text"}
    assert article["title"] == "宠爱国际获得3000万美元B轮融资"
    assert article["published"] == "2021-12-29T09:05:00+08:00"


def test_article_does_not_import_the_numeral_converter_or_the_event_rules():
    # cn2an took most of the start time of `python -m extract article`; only amounts and Chinese-numeral dates need it
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "extract", "article", str(FIXTURES / "sina-gbk.html")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "extract.article" in imported
    assert "cn2an" not in imported and "extract.events" not in imported
    assert json.loads(result.stdout)["title"] == "宠爱国际获得3000万美元B轮融资"


def test_article_on_undecodable_page_is_one_line_error():
    result = run("article", str(FIXTURES / "broken.html"))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("cannot parse") and "Traceback" not in result.stderr


def test_help():
    assert run("--help").returncode == 0
    assert "events" in run("--help").stdout
