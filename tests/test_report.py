"""`scrapy report` on a store built by crawling the fixture site (deals known in advance)."""
from __future__ import annotations

import base64
import csv
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_scrapy


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
    assert rows == {"上海": "1", "北京": "1", "江苏": "1", "未知": "5"}


def test_sectors_by_keyword_rules(report):
    rows = {r[0]: r[1] for r in table(report, "sectors")}
    assert rows == {"非工业互联网": "2", "工业智能设备": "1", "工业软件及APP": "1", "平台": "1", "相关服务": "1",
                    "未知": "2"}


def test_deals_of_at_least_a_hundred_million(report):
    assert [(r[0], r[3]) for r in table(report, "big_deals")] == [
        ("锂源动力", "5.0"), ("宠爱国际", "2.02"), ("ALVA Systems", "2.0"), ("星图智航", "2.0"), ("青禾医疗", "1.2")]


def test_investors_lead_sole_participant_and_co_investor(report):
    rows = {r[0]: r[1:] for r in table(report, "investors")}
    assert rows["国投创合"][:4] == ["1", "1", "1", "0"]          # sole investor of 星图智航
    assert rows["软银中国资本"] == ["1", "1", "0", "0", "高科新浚", "1", ""]  # no other name given
    assert rows["泰越资本"][:4] == ["1", "0", "0", "1"]
    assert len(rows) == 22  # every backer of the 8 deals; the advisor 华兴资本 is not an investor


def test_charts_use_a_font_with_chinese_glyphs(report):
    from matplotlib.ft2font import FT2Font

    from crawler.reporting import cjk_font

    for name in ("quarters", "round_groups", "provinces", "sectors", "investors"):
        assert (report / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    font = cjk_font()
    assert font and all(FT2Font(font).get_char_index(ord(c)) for c in "按领域的融资事件工业智能设备")


def test_charts_are_print_quality_with_period_and_sources(report):
    from PIL import Image

    for name in ("quarters", "round_groups", "provinces", "sectors", "investors"):
        with Image.open(report / f"{name}.png") as image:
            assert round(image.info["dpi"][0]) >= 200 and image.width >= 2000, (name, image.info.get("dpi"), image.size)
            assert image.info["Description"] == "统计区间: 2021-01-01 至 2021-12-31；数据来源: rongzi, 5 篇报道"
    with Image.open(report / "investors.png") as image:
        assert image.info["Title"] == "最活跃的投资机构（前 10 家，按投资次数）"  # 22 investors, ten drawn


def test_report_md_reads_like_the_white_paper(report):
    text = (report / "report.md").read_text(encoding="utf-8")
    assert "本期共追踪到融资事件 8 起，其中 8 起披露了金额，按金额下限合计约 14.02 亿元" in text
    assert "下限合计取每笔区间的下限，中值合计取区间中点" in text
    assert "获投企业数量居前三的省市为：上海（1 起）、北京（1 起）、江苏（1 起）。" in text  # three listed, not 居前五
    assert "统计区间: 2021-01-01 至 2021-12-31；数据来源: rongzi, 5 篇报道" in text
    assert "unknown" not in text
    assert "![按季度的融资事件](quarters.png)" in text


def test_report_html_is_one_self_contained_file(report):
    from lxml import html as lxml_html

    page = (report / "report.html").read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    images = tree.xpath("//img/@src")
    assert len(images) == 5 and all(src.startswith("data:image/png;base64,") for src in images)
    assert base64.b64decode(images[0].split(",", 1)[1])[:4] == b"\x89PNG"
    assert not re.search(r'(?:src|href)="(?!data:)', page)  # nothing fetched from elsewhere
    assert "data:font/otf;base64," in page  # the glyphs it uses travel with it
    assert [t.get("id") for t in tree.xpath("//table")] == [
        "quarters", "round_groups", "provinces", "sectors", "big_deals", "investors"]
    assert len(tree.xpath('//table[@id="big_deals"]/tbody/tr')) == 5
    assert tree.xpath("//footer/text()") == ["统计区间: 2021-01-01 至 2021-12-31；数据来源: rongzi, 5 篇报道"]


CHROMIUM = Path("/usr/bin/chromium")  # Debian: apt-get install chromium


def test_report_html_renders_in_headless_chromium(report, tmp_path):
    """Tables and charts show in a real browser: the DOM it built and the pixels it drew."""
    from lxml import html as lxml_html
    from PIL import Image

    page = (report / "report.html").as_uri()
    if not CHROMIUM.exists():  # a machine without Debian's chromium: the file's structure is checked above
        assert (report / "report.html").stat().st_size > 0
        return
    browser = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*browser, "--dump-dom", page], capture_output=True, text=True, timeout=120).stdout
    tree = lxml_html.fromstring(dom)
    assert len(tree.xpath("//table")) == 6 and len(tree.xpath("//img")) == 5
    assert "锂源动力" in tree.xpath('string(//table[@id="big_deals"])')
    shot = tmp_path / "report.png"
    subprocess.run([*browser, f"--screenshot={shot}", "--window-size=1100,1600", page], capture_output=True,
                   timeout=120, check=True)
    with Image.open(shot) as image:
        colors = {color for _, color in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert (0x3B, 0x6E, 0xA5) in colors and (0xD0, 0x8C, 0x34) in colors  # the first chart's bars are drawn


def test_report_escapes_formulas_markup_and_table_breaks(tmp_path):
    from crawler.reporting import escape_csv, write_csv, write_html, write_markdown
    from store.report import Report, Table

    hostile = ["=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tx", "\rx", "A|B公司", "<svg onload=alert(1)>"]
    big = Table("big_deals", "单笔亿元以上融资", ["公司", "轮次", "金额", "金额下限(亿元)", "首次报道", "领投方"],
                [[name, "B轮", "1亿元", 1.0, "2022-01-01", name] for name in hostile] + [["普通公司", "A轮", "-", -1, "", ""]])
    empty = [Table(n, n, ["x", "事件数", "披露金额事件数", "金额下限合计(亿元)", "金额中值合计(亿元)"])
             for n in ("quarters", "round_groups", "provinces", "sectors")]
    investors = Table("investors", "最活跃的投资机构",
                      ["投资机构", "投资次数", "领投", "独家投资", "参投", "最常合投机构", "合投次数", "别名"],
                      [["<b>X|资本</b>", 1, 1, 1, 0, "", 0, "<i>Y</i>"]])
    report = Report("2022-01-01", "2022-12-31", [], {t.name: t for t in [*empty, big, investors]}, 0)
    with write_csv(big, tmp_path).open(encoding="utf-8-sig", newline="") as f:
        cells = [row[0] for row in csv.reader(f)][1:]
    assert cells[:6] == ["'=1+2", "'+SUM(A1)", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]
    assert cells[6:] == ["A|B公司", "<svg onload=alert(1)>", "普通公司"]
    assert escape_csv(-1) == -1 and escape_csv("-") == "'-"
    markdown = write_markdown(report, tmp_path, {}).read_text(encoding="utf-8")
    assert "<svg" not in markdown and "&lt;svg onload=alert(1)&gt;" in markdown
    assert "| A\\|B公司 | B轮 |" in markdown and "<b>" not in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 7 for row in rows if "B轮" in row)  # six cells each
    page = write_html(report, tmp_path, {}).read_text(encoding="utf-8")
    assert "<svg" not in page and "<b>" not in page and "&lt;svg onload=alert(1)&gt;" in page


def test_impossible_dates_and_unknown_filters_are_one_line(store, tmp_path):
    for args, message in ((["--from", "2021-13-01"], "2021-13-01 is not a date"),
                          (["--to", "2021-02-30"], "2021-02-30 is not a date"),
                          (["--from", "2021/01/01"], "dates are YYYY-MM-DD"),
                          (["--from", "2022-01-01", "--to", "2021-01-01"], "is after --to"),
                          (["--sector", "火星"], "unknown sector '火星'"),
                          (["--region", "火星"], "unknown region '火星'")):
        result = run_scrapy("report", *args, "--db", str(store), "--out", str(tmp_path / "out"))
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and message in result.stderr, (args, result.stderr)
    assert not (tmp_path / "out").exists()


def test_the_whole_store_when_no_period_is_given(store, tmp_path):
    result = run_scrapy("report", "--db", str(store), "--sector", "未知", "--out", str(tmp_path / "r"))
    assert result.returncode == 0, result.stderr
    assert "2 events from 2021-12-27 to 2021-12-29" in result.stdout
    assert len(table(tmp_path / "r", "sectors")) == 1


def test_region_filter(store, tmp_path):
    result = run_scrapy("report", "--from", "2021-01-01", "--to", "2021-12-31", "--region", "北京",
                        "--out", str(tmp_path), "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in table(tmp_path, "big_deals")] == ["星图智航"]


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
