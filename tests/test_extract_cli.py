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


GOOD = '{"id": "good", "title": "宋小菜获1.8亿元B2轮融资", "text": "宋小菜获1.8亿元B2轮融资，M31资本领投。"}'
BAD_LINES = [  # (line as bytes, what the error says)
    (b'{"id": 2, "text": "x", "published": Infinity}', "Infinity"),
    (b'{"id": 3, "text": "x", "published": NaN}', "NaN"),
    (b'{"id": 4, "text": "x", "published": 1e999}', "1e999"),
    (b'{"id": 5, "text": "x", "published": -Infinity}', "-Infinity"),
    (b'{"id": 6, "text": "x", "published": {"y": 1}}', "published"),
    (b"", "empty line"),
    (b"   \t", "empty line"),
    (b"not json", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'"a string"', "not a JSON object"),
    (b"\xff\xfe\x00\x01binary", "not UTF-8"),
    (b'{"id": 7, "text": "\xe5\xae"}', "not UTF-8"),
    (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    (b'{"id": 8, "text": "raw\rcarriage return"}', "not JSON"),
    (b'{"id": 9, "text": "a"', "not JSON"),
]
SURROGATES = b'{"id": "\\ud800", "title": "\\udfff", "text": "\\udc00\xe5\xae\x8b\xe5\xb0\x8f\xe8\x8f\x9c\xe8\x8e\xb7' \
             b'1.8\xe4\xba\xbf\xe5\x85\x83B2\xe8\xbd\xae\xe8\x9e\x8d\xe8\xb5\x84"}'


def run_bytes(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "extract", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=120)


def check_one_answer_per_line(result, lines: list[bytes]):
    out = result.stdout.split(b"\n")
    assert out[-1] == b"" and len(out) - 1 == len(lines), result.stderr[-2000:]
    answers = [json.loads(line) for line in out[:-1]]
    assert len(result.stdout.decode("utf-8").splitlines()) == len(lines)
    return answers


def test_exactly_one_answer_per_input_line_for_any_bytes(tmp_path):
    lines = [GOOD.encode(), *(line for line, _ in BAD_LINES), SURROGATES, b'{"id": "last", "text": ""}']
    data = b"\n".join(lines)  # the last line has no newline
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for result in (run_bytes("events", stdin=data), run_bytes("events", str(path))):
        assert result.returncode == 1 and b"Traceback" not in result.stderr
        answers = check_one_answer_per_line(result, lines)
        assert answers[0]["id"] == "good" and answers[0]["events"][0]["company"] == "宋小菜"
        for number, ((_, reason), answer) in enumerate(zip(BAD_LINES, answers[1:]), 2):
            assert answer["events"] == [] and answer["error"].startswith(f"line {number}: "), answer
            assert reason in answer["error"], (reason, answer)
        surrogate = answers[len(BAD_LINES) + 1]
        assert surrogate["id"] == "\ufffd" and "error" not in surrogate
        assert answers[-1] == {"id": "last", "events": []}


def test_ids_of_bad_lines_are_kept_when_readable():
    result = run_bytes("events", stdin=b'{"id": 41, "text": "x", "published": NaN}\n')
    assert json.loads(result.stdout)["id"] == 41
