"""metadata.yml: Datasette on loopback over a store built by crawling the fixture site."""
from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from tests.conftest import ROOT, run_scrapy

METADATA = ROOT / "metadata.yml"
CHROMIUM = Path("/usr/bin/chromium")  # Debian: apt-get install chromium
PARAMETERS = {"company": "ALVA", "investor": "高瓴", "q": "软银中国"}  # one example per canned-query parameter


@pytest.fixture(scope="module")
def store(mockserver, tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "rongzi.db"  # metadata.yml names the database rongzi
    result = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={path}")
    assert result.returncode == 0, result.stderr[-2000:]
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(store):
    """The base URL of Datasette serving the store with metadata.yml on a loopback port."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", str(store), "--metadata", str(METADATA),
                               "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "-/versions.json", timeout=5).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.2)
        yield base
    finally:
        server.kill()
        server.wait()


def get(url: str):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.loads(response.read())


def queries() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["rongzi"]["queries"]


def test_the_index_opens_on_events_view_not_on_internal_tables(datasette):
    rongzi = get(datasette + ".json")["rongzi"]
    assert [t["name"] for t in rongzi["tables_and_views_truncated"]] == ["events_view", "investor_activity"]
    database = get(datasette + "rongzi.json")
    assert database["tables"] == []  # no store table has a page: SQL and canned queries reach them
    assert [v["name"] for v in database["views"]] == ["events_view", "investor_activity"]
    assert [q["name"] for q in database["queries"]][0] == "deals"
    with urllib.request.urlopen(datasette + "rongzi", timeout=20) as response:
        page = response.read().decode("utf-8")
    assert "_sqlite_migrations" not in page and "crawl_locks" not in page
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(datasette + "rongzi/_sqlite_migrations", timeout=20)
    assert refused.value.code == 403


def test_every_store_table_is_named_in_the_metadata(store):
    """A table added by a migration must be given a page or `allow: false` in metadata.yml."""
    tables = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["rongzi"]["tables"]
    with sqlite3.connect(store) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        columns = {view: [r[1] for r in db.execute(f"PRAGMA table_info({view})")]
                   for view in ("events_view", "investor_activity")}
    assert names - {"sqlite_sequence", "sqlite_stat1"} == set(tables)
    for view, names in columns.items():  # every column of the front-door views is described
        assert set(tables[view]["columns"]) == set(names), view


def test_every_canned_query_answers(datasette):
    for name, query in queries().items():
        parameters = "".join(f"&{p}={quote(v)}" for p, v in PARAMETERS.items() if f":{p}" in query["sql"])
        rows = get(f"{datasette}rongzi/{name}.json?_shape=array{parameters}")
        assert isinstance(rows, list), (name, rows)
        assert rows or name == "conflicts_to_review", name  # the demo has no conflicting reports


def test_deals_show_amounts_in_yi_and_wan_yuan(datasette):
    deals = {r["公司"]: r["折合人民币"] for r in get(datasette + "rongzi/deals.json?_shape=array")}
    assert deals["宠爱国际"] == "2.02亿元"         # 3000万美元 at the fixed rate
    assert deals["星图智航"] == "2.00亿元以上"      # 超2亿元: an open range
    assert deals["云帆智造"] == "2000万元–9000万元"  # 数千万元
    assert deals["蚂蚁工场"] == "8000万元–1.00亿元"  # 近亿元


def test_white_paper_queries_match_the_report(datasette, store):
    from sqlite_utils import Database

    from store.report import build_report

    db = Database(store)
    report = build_report(db, "2021-01-01", "2021-12-31")
    db.close()
    base = datasette + "rongzi/"
    assert [list(r.values()) for r in get(base + "quarter_summary.json?_shape=array")] == report.tables["quarters"].rows
    assert [list(r.values()) for r in get(base + "round_groups.json?_shape=array")] == report.tables["round_groups"].rows
    assert [list(r.values()) for r in get(base + "province_summary.json?_shape=array")] == report.tables["provinces"].rows
    assert [list(r.values()) for r in get(base + "sector_summary.json?_shape=array")] == report.tables["sectors"].rows
    assert [[r["company"], r["round"], r["amount_text"], r["low_yi"], r["first_reported"], r["lead_investors"]]
            for r in get(base + "big_deals.json?_shape=array")] == report.tables["big_deals"].rows
    top = {r["name"]: [r["deals"], r["as_lead"], r["as_sole"], r["as_participant"]]
           for r in get(base + "top_investors.json?_shape=array")}
    assert top == {r[0]: r[1:5] for r in report.tables["investors"].rows}


def test_the_parametrised_queries(datasette):
    base = datasette + "rongzi/"
    [alva] = get(base + "company_history.json?company=ALVA&_shape=array")
    assert alva["lead_investors"] == "软银中国资本" and alva["amount_yi"] == 2.0
    assert {r["company"] for r in get(base + f"investor_portfolio.json?investor={quote('高瓴')}&_shape=array")} == {
        "宠爱国际", "青禾医疗"}
    [found] = get(base + f"article_search.json?q={quote('融资融券')}&_shape=array")
    assert found["title"].startswith("两市融资余额")
    tricky = quote('软银" OR 融资')
    assert get(base + f"article_search.json?q={tricky}&_shape=array") == []  # a quote is text, not query syntax


def test_a_screenshot_of_the_index_in_headless_chromium(datasette, tmp_path):
    """What a person opening Datasette sees: events_view, not the migrations table."""
    from lxml import html as lxml_html
    from PIL import Image

    if not CHROMIUM.exists():  # a machine without Debian's chromium: the JSON checks above still hold
        assert get(datasette + "rongzi.json")["tables"] == []
        return
    browser = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / 'profile'}"]
    for page, first in ((datasette, "events_view"), (datasette + "rongzi", "deals")):
        dom = subprocess.run([*browser, "--dump-dom", page], capture_output=True, text=True, timeout=120).stdout
        tree = lxml_html.fromstring(dom)
        links = [a.get("href").rstrip("/").rsplit("/", 1)[-1] for a in tree.xpath("//section[@class='content']//a")]
        assert links and "_sqlite_migrations" not in dom, dom[:2000]
        assert [link for link in links if link != "rongzi"][0] == first, links
    shot = tmp_path / "index.png"
    subprocess.run([*browser, f"--screenshot={shot}", "--window-size=1200,800", datasette], capture_output=True,
                   timeout=120, check=True)
    with Image.open(shot) as image:
        assert image.size == (1200, 800)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 20  # a drawn page, not a blank one
