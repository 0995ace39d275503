"""Investors as parties: curated aliases, fund and legal-name rules, merges by hand, the `investors` command."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from store import EventStore
from store.investors import fund_of, load_groups, variants
from store.schema import migrations
from tests.conftest import run_scrapy
from tests.test_store import article, deal


@pytest.fixture
def store(tmp_path):
    s = EventStore(tmp_path / "rongzi.db")
    yield s
    s.close()


def activity(store) -> dict[str, dict]:
    return {r["name"]: r for r in store.db.query("SELECT * FROM investor_activity")}


def test_five_names_of_hongshan_are_one_investor(store):
    names = ["红杉中国", "红杉资本中国基金", "红杉资本中国", "HongShan", "Sequoia China"]
    for i, name in enumerate(names):
        store.add_article(article(f"https://a.cn/{i}", text=f"第{i}篇"),
                          [deal(company=f"公司{i}", lead=(name,), investors=())])
    rows = activity(store)
    assert rows["红杉中国"]["deals"] == 5 and rows["红杉中国"]["as_lead"] == 5
    assert not set(names[1:]) & set(rows)
    assert {r["lead_investors"] for r in store.events()} == {"红杉中国"}


@pytest.mark.parametrize("written, party", [
    ("深圳市创新投资集团有限公司", "深创投"),     # legal name of a curated firm
    ("深创投", "深创投"),
    ("腾讯", "腾讯投资"),
    ("高瓴", "高瓴资本"),
    ("晨兴资本", "五源资本"),                     # former name
    ("GGV Capital", "纪源资本"),                  # English name, any case and spacing
    ("ggv  capital", "纪源资本"),
    ("红杉种子基金", "红杉中国"),                 # the firm's own fund, curated
    ("启明创投二期基金", "启明创投"),             # a …基金 of a known firm, by rule
    ("达晨创投（有限合伙）", "达晨财智"),          # a fund vehicle, by rule
    ("腾讯产业共赢基金", "腾讯投资"),              # a …基金 of a two-character firm name
    ("国调二期协同发展基金股份有限公司", "国调基金"),  # a fund company of a known firm
    ("洪泰资本", "洪泰基金"),                    # the brand of one curated firm with another tail
    ("鼎晖创投", "鼎晖投资"),
    ("深圳达晨创投", "达晨财智"),                # a curated firm with its city
    ("纪源资本GGV", "纪源资本"),                  # Chinese and Latin names side by side
    ("险峰长青K2", "险峰长青"),
])
def test_names_resolve_to_their_firm(store, written, party):
    store.add_article(article("https://a.cn/1"), [deal(lead=(written,), investors=())])
    [row] = store.events()
    assert row["lead_investors"] == party


@pytest.mark.parametrize("a, b", [
    ("红杉资本", "红杉中国"),        # Sequoia Capital in US news: not curated into 红杉中国
    ("高瓴创投", "高瓴资本"),        # a separately branded arm
    ("礼来亚洲基金", "启明创投"),
    ("中金资本", "中金公司"),
    ("上海科创基金", "上海国投先导"),
    ("招商局资本", "招商局创投"),    # two arms of one group
    ("高瓴投资集团", "高瓴创投"),     # 高瓴 is the brand of two curated firms: no stem rule
    ("上海市人工智能产业投资基金", "北京市人工智能产业投资基金"),  # government funds named by their city
    ("京东方", "京东"),
    ("云青Ventures", "智博Ventures"),  # a generic Latin word is no name of its own
])
def test_different_firms_stay_apart(store, a, b):
    store.add_article(article("https://a.cn/1"), [deal(lead=(a,), investors=(b,))])
    [row] = store.events()
    assert (row["lead_investors"], row["investors"]) == (a, b)


def test_chinese_and_english_names_in_brackets_meet(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(company="甲", lead=("软银中国资本(SBCVC)",), investors=())])
    store.add_article(article("https://a.cn/2", text="二"), [deal(company="乙", lead=("SBCVC",), investors=())])
    assert activity(store)["软银中国资本(SBCVC)"]["deals"] == 2


def test_fund_vehicle_of_an_unknown_firm_meets_the_firm(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(company="甲", lead=("北甬资本",), investors=())])
    store.add_article(article("https://a.cn/2", text="二"), [deal(company="乙", lead=("北甬资本（有限合伙）",), investors=())])
    assert activity(store)["北甬资本"]["deals"] == 2


def test_every_curated_group_has_a_source_and_no_name_is_in_two_groups():
    groups = load_groups()
    assert len(groups) >= 60
    owner: dict[str, str] = {}
    for group in groups:
        assert group.source.strip()
        for name in (group.name, *group.aliases):
            for key in variants(name):
                assert owner.setdefault(key, group.name) == group.name, (key, group.name, owner[key])


def test_fund_of_needs_a_fund_word_and_a_longer_name():
    firms = ["启明创投", "红杉中国"]
    assert fund_of("启明创投二期基金", firms) == "启明创投"
    assert fund_of("启明创投医疗", firms) is None        # not a fund
    assert fund_of("启明创投", firms) is None


def test_merge_by_hand_joins_counts_and_survives_rebuild(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(company="甲", lead=("星辰资本",), investors=())])
    store.add_article(article("https://a.cn/2", text="二"), [deal(company="乙", lead=("星辰创投",), investors=())])
    assert activity(store)["星辰资本"]["deals"] == 1
    shown, aliases = store.merge_investors("星辰资本", "星辰创投")
    assert shown == "星辰资本" and "星辰创投" in aliases
    assert activity(store)["星辰资本"]["deals"] == 2 and "星辰创投" not in activity(store)
    store.rebuild_events(lambda row: [deal(company="甲", lead=("星辰资本",), investors=())] if row["text"] == "一"
                         else [deal(company="乙", lead=("星辰创投",), investors=())])
    assert activity(store)["星辰资本"]["deals"] == 2
    with pytest.raises(KeyError):
        store.merge_investors("星辰资本", "无人提过的机构")


def test_an_older_store_is_upgraded_and_its_investors_joined(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m006_tags_and_parties")
    db.execute("INSERT INTO investors (id, name, name_key) VALUES (1, '红杉资本中国基金', '红杉资本中国基金'),"
               " (2, '红杉中国', '红杉中国'), (3, '泰越资本', '泰越资本')")
    db.execute("INSERT INTO events (id, company, company_key, round_norm) VALUES (1, '甲', '甲', 'A轮'), (2, '乙', '乙', 'B轮')")
    db.execute("INSERT INTO event_investors VALUES (1, 1, 'lead', 0), (1, 3, 'participant', 1), (2, 2, 'participant', 0)")
    db.execute("INSERT INTO investor_stats VALUES (1, 1, 1, 0, 0), (2, 1, 0, 0, 1), (3, 1, 0, 0, 1)")
    db.conn.commit()
    db.close()
    store = EventStore(path)
    rows = activity(store)
    assert (rows["红杉中国"]["deals"], rows["红杉中国"]["as_lead"], rows["红杉中国"]["as_participant"]) == (2, 1, 1)
    assert rows["泰越资本"]["deals"] == 1 and "红杉资本中国基金" not in rows
    assert "investor_stats" not in store.db.table_names()
    assert {r["sector"] for r in store.events()} == {"unknown"}  # tags come with the next reextract
    assert store.db.execute("SELECT count(*) FROM company_forms").fetchone()[0] == 2  # the names' forms, once
    store.close()


def test_investors_command_lists_and_merges(mockserver, tmp_path):
    path = tmp_path / "rongzi.db"
    crawl = run_scrapy("crawl", "demo", "-a", f"start_url={mockserver}index.html", "-s", f"RONGZI_DB={path}")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    listed = run_scrapy("investors", "list", "--db", str(path), "--top", "0")
    assert listed.returncode == 0, listed.stderr
    assert "高科新浚" in listed.stdout and "泰越资本" in listed.stdout
    merged = run_scrapy("investors", "merge", "高科新浚", "泰越资本", "--db", str(path))
    assert merged.returncode == 0, merged.stderr
    assert "泰越资本 merged into 高科新浚" in merged.stdout
    again = run_scrapy("reextract", "--db", str(path))
    assert again.returncode == 0, again.stderr
    listed = run_scrapy("investors", "list", "--db", str(path), "--top", "0")
    [line] = [line for line in listed.stdout.splitlines() if "高科新浚" in line]
    assert "(泰越资本)" in line
    assert "泰越资本" not in listed.stdout.replace(line, "")
    missing = run_scrapy("investors", "merge", "高科新浚", "无人提过的机构", "--db", str(path))
    assert missing.returncode == 1 and "no investor named 无人提过的机构" in missing.stderr
    assert run_scrapy("investors", "--help").returncode == 0


def test_a_latin_brand_and_a_firm_word_give_no_key_of_the_firm_word_alone():
    # CMC资本 and IDG资本: the Latin brand is a key of each, 资本 of neither
    assert "资本" not in variants("CMC资本") and "资本" not in variants("IDG资本")
    assert "cmc" in variants("CMC资本")
