"""`scrapy reextract` run as a user runs it, on a store built by a real crawl."""
from __future__ import annotations

from sqlite_utils import Database

from tests.conftest import run_scrapy


def test_reextract_restores_events_and_is_idempotent(mockserver, tmp_path):
    db_path = tmp_path / "rongzi.db"
    crawl = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={db_path}")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    db = Database(db_path)
    before = sorted((r["company"], r["round_norm"], r["sources"]) for r in db.query("SELECT * FROM events_view"))
    first = run_scrapy("reextract", "--db", str(db_path))
    assert first.returncode == 0, first.stderr
    assert "0 events added, 0 removed, 0 with other sources, 8 unchanged" in first.stdout
    # damage the events as an older rule set might have left them
    db.execute("UPDATE events SET company = '旧名字' WHERE company = 'ALVA Systems'")
    db.execute("DELETE FROM event_sources WHERE event_id = (SELECT id FROM events WHERE company = '蚂蚁工场')")
    db.conn.commit()
    second = run_scrapy("reextract", "--db", str(db_path))
    assert "+ ALVA Systems B轮" in second.stdout and "- 旧名字 B轮" in second.stdout
    after = sorted((r["company"], r["round_norm"], r["sources"]) for r in db.query("SELECT * FROM events_view"))
    assert after == before
    third = run_scrapy("reextract", "--db", str(db_path))
    assert "0 events added, 0 removed, 0 with other sources, 8 unchanged" in third.stdout


def test_reextract_on_an_unwritable_store_is_one_line(tmp_path):
    result = run_scrapy("reextract", "--db", str(tmp_path / "missing-dir" / "rongzi.db"))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("reextract: cannot open store") and "Traceback" not in result.stderr


def test_reextract_refreshes_sector_and_province(mockserver, tmp_path):
    db_path = tmp_path / "rongzi.db"
    crawl = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={db_path}")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    db = Database(db_path)
    tagged = {r["company"]: (r["sector"], r["province"]) for r in db.query("SELECT * FROM events_view")}
    assert tagged["星图智航"][1] == "北京"
    db.execute("UPDATE events SET sector = NULL, province = NULL")  # a store from before the tags
    db.conn.commit()
    assert {r["province"] for r in db.query("SELECT province FROM events_view")} == {"unknown"}
    result = run_scrapy("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert {r["company"]: (r["sector"], r["province"]) for r in db.query("SELECT * FROM events_view")} == tagged
