"""`scrapy report` and Datasette on a store built by crawling the fixture site (deals known in advance)."""
from __future__ import annotations

import csv
import json
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, run_scrapy


@pytest.fixture(scope="module")
def store(mockserver, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "rongzi.db"
    result = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={path}")
    assert result.returncode == 0, result.stderr[-2000:]
    return path


def table(folder, name):
    with (folder / f"{name}.csv").open(encoding="utf-8-sig") as f:
        return list(csv.reader(f))[1:]


@pytest.fixture(scope="module")
def report(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run_scrapy("report", "--from", "2021-01-01", "--to", "2021-12-31", "--out", str(out), "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert "8 events from 2021-01-01 to 2021-12-31" in result.stdout
    return out


def test_quarters_and_amounts_low_and_mid(report):
    # 数亿元 2–9亿, 近亿元 0.8–1亿 ×2, 数千万元 0.2–0.9亿, 1.2亿, 超2亿 (open), 5亿, 3000万美元 ≈ 2.02亿
    assert table(report, "quarters") == [["2021Q4", "8", "8", "14.02", "18.07"]]


def test_round_groups(report):
    assert table(report, "round_groups") == [["初创期", "8", "8", "14.02", "18.07"]]


def test_provinces_from_headquarters_sentences(report):
    rows = {r[0]: r[1] for r in table(report, "provinces")}
    assert rows == {"上海": "1", "北京": "1", "江苏": "1", "unknown": "5"}


def test_sectors_by_keyword_rules(report):
    rows = {r[0]: r[1] for r in table(report, "sectors")}
    assert rows == {"非工业互联网": "2", "工业智能设备": "1", "工业软件及APP": "1", "平台": "1", "相关服务": "1",
                    "unknown": "2"}


def test_deals_of_at_least_a_hundred_million(report):
    assert [(r[0], r[3]) for r in table(report, "big_deals")] == [
        ("锂源动力", "5.0"), ("宠爱国际", "2.02"), ("ALVA Systems", "2.0"), ("星图智航", "2.0"), ("青禾医疗", "1.2")]


def test_investors_lead_sole_participant_and_co_investor(report):
    rows = {r[0]: r[1:] for r in table(report, "investors")}
    assert rows["国投创合"][:4] == ["1", "1", "1", "0"]          # sole investor of 星图智航
    assert rows["软银中国资本(SBCVC)"] == ["1", "1", "0", "0", "高科新浚", "1", ""]  # no other name given
    assert rows["泰越资本"][:4] == ["1", "0", "0", "1"]
    assert len(rows) == 22  # every backer of the 8 deals; the advisor 华兴资本 is not an investor


def test_charts_use_a_font_with_chinese_glyphs(report):
    from matplotlib.ft2font import FT2Font

    from crawler.reporting import cjk_font

    for name in ("quarters", "round_groups", "provinces", "sectors"):
        assert (report / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    font = cjk_font()
    assert font and all(FT2Font(font).get_char_index(ord(c)) for c in "按领域的融资事件工业智能设备")


def test_report_md_reads_like_the_white_paper(report):
    text = (report / "report.md").read_text(encoding="utf-8")
    assert "本期共追踪到融资事件 8 起，其中 8 起披露了金额，按金额下限合计约 14.02 亿元" in text
    assert "下限合计取每笔区间的下限，中值合计取区间中点" in text
    assert "获投企业数量居前五的省市为：上海（1 起）、北京（1 起）、江苏（1 起）" in text
    assert "![按季度的融资事件](quarters.png)" in text


def test_region_filter(store, tmp_path):
    result = run_scrapy("report", "--from", "2021-01-01", "--to", "2021-12-31", "--region", "北京",
                        "--out", str(tmp_path), "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in table(tmp_path, "big_deals")] == ["星图智航"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_datasette_serves_every_canned_query(store):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", str(store), "--metadata", str(ROOT / "metadata.yml"),
                               "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/rongzi/"

    def get(path):
        with urllib.request.urlopen(base + path, timeout=10) as response:
            return json.loads(response.read())

    try:
        for _ in range(100):
            try:
                get("latest_deals.json?_shape=array")
                break
            except OSError:
                time.sleep(0.2)
        assert len(get("latest_deals.json?_shape=array")) == 8
        [alva] = get("company_history.json?company=ALVA&_shape=array")
        assert alva["lead_investors"] == "软银中国资本(SBCVC)"
        assert {r["company"] for r in get(f"investor_portfolio.json?investor={quote('高瓴')}&_shape=array")} == {
            "宠爱国际", "青禾医疗"}
        assert get("quarter_summary.json?_shape=array") == [
            {"quarter": "2021Q4", "events": 8, "with_amount": 8, "low_sum_yi": 14.02}]
        assert get("conflicts_to_review.json?_shape=array") == []
    finally:
        server.kill()
        server.wait()


def test_top_investors_count_hongshan_once_under_one_name_with_its_aliases(tmp_path):
    from store import EventStore
    from store.report import build_report
    from tests.test_store import article, deal

    store = EventStore(tmp_path / "rongzi.db")
    for i, name in enumerate(["红杉中国", "红杉资本中国基金", "HongShan"]):
        store.add_article(article(f"https://a.cn/{i}", text=f"第{i}篇", published=f"2021-0{i + 1}-10T09:00:00+08:00"),
                          [deal(company=f"公司{i}", lead=(name,), investors=("泰越资本",) if i else ())])
    report = build_report(store.db, "2021-01-01", "2021-12-31")
    rows = {r[0]: r for r in report.tables["investors"].rows}
    assert set(rows) == {"红杉中国", "泰越资本"}
    name, deals, lead, sole, participant, partner, together, aliases = rows["红杉中国"]
    assert (deals, lead, sole, participant, partner, together) == (3, 3, 1, 0, "泰越资本", 2)
    assert {"红杉资本中国基金", "HongShan", "Sequoia China"} <= set(aliases.split("、"))
    store.close()


def test_tags_are_event_columns_queried_in_sql(store):
    from sqlite_utils import Database

    db = Database(store)
    rows = {r["company"]: (r["sector"], r["province"]) for r in db.query("SELECT company, sector, province FROM events_view")}
    assert rows["星图智航"][1] == "北京"
    assert db.execute("SELECT count(*) FROM events WHERE province = '北京'").fetchone()[0] == 1
    assert all(r[0] and r[1] for r in rows.values())
