"""EventStore: articles stored once, one deal one event, all or nothing per article."""
from __future__ import annotations

import pytest

from store import EventStore, company_key


def deal(company="ALVA Systems", round_norm="B轮", amount="数亿元", low=2e8, high=9e8, lead=("软银中国资本(SBCVC)",),
         investors=("高科新浚", "泰越资本"), kind="current", **extra):
    return {"company": company, "round": round_norm, "round_norm": round_norm, "amount_text": amount,
            "currency": "CNY" if amount else None, "amount_low": low, "amount_high": high,
            "lead_investors": list(lead), "investors": list(investors), "advisors": [], "evidence": "…",
            "kind": kind, **extra}


def article(url, text="正文", published="2021-12-27T11:46:00+08:00"):
    return {"url": url, "source": "test", "title": "标题", "text": text, "published_at": published,
            "fetched_at": "2021-12-28T00:00:00+08:00"}


@pytest.fixture
def store(tmp_path):
    s = EventStore(tmp_path / "rongzi.db")
    yield s
    s.close()


def test_article_and_event_are_stored(store):
    result = store.add_article(article("https://a.cn/1"), [deal()])
    assert (result.stored, result.events_new) == (True, 1)
    [row] = store.events()
    assert (row["company"], row["amount_text"], row["sources"]) == ("ALVA Systems", "数亿元", 1)
    assert row["lead_investors"] == "软银中国资本(SBCVC)"
    assert row["investors"] == "高科新浚、泰越资本"
    assert row["first_reported"] == "2021-12-27"


def test_same_url_with_tracking_parameters_is_stored_once(store):
    store.add_article(article("https://a.cn/1"), [deal()])
    before = store.counts()
    again = store.add_article(article("https://A.cn/1?utm_source=rss&f=rss#x"), [deal()])
    assert again.stored is False
    assert store.counts() == before


def test_same_text_under_another_url_is_an_alias(store):
    store.add_article(article("https://a.cn/1", text="同一篇报道"), [deal()])
    again = store.add_article(article("https://b.cn/9", text="同一篇  报道"), [deal()])
    assert again.stored is False
    assert store.counts()["articles"] == 1 and store.counts()["article_urls"] == 2
    assert store.has_article("https://b.cn/9")


def test_same_deal_from_two_outlets_is_one_event_with_two_sources(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal()])
    merged = store.add_article(article("https://b.cn/2", text="二", published="2022-01-03T09:00:00+08:00"),
                               [deal(company="“ALVA Systems”", amount="3亿元", low=3e8, high=3e8,
                                     lead=("软银中国资本(SBCVC)",), investors=("新投资方",))])
    assert (merged.events_new, merged.events_merged) == (0, 1)
    [row] = store.events()
    assert row["sources"] == 2
    assert row["amount_text"] == "3亿元"          # the exact amount beats 数亿元
    assert row["investors"] == "高科新浚、泰越资本、新投资方"  # investors are united
    assert row["company"] == "ALVA Systems"      # the first name as written stays


def test_vague_amount_does_not_replace_an_exact_one(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(amount="3亿元", low=3e8, high=3e8)])
    store.add_article(article("https://b.cn/2", text="二"), [deal(amount="数亿元", low=2e8, high=9e8)])
    assert store.events()[0]["amount_text"] == "3亿元"


def test_other_round_of_the_same_company_is_another_event(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(round_norm="B轮")])
    store.add_article(article("https://b.cn/2", text="二"), [deal(round_norm="C轮")])
    assert store.counts()["events"] == 2


def test_same_round_far_apart_is_another_event(store):
    store.add_article(article("https://a.cn/1", text="一", published="2020-01-01"), [deal()])
    store.add_article(article("https://b.cn/2", text="二", published="2021-06-01"), [deal()])
    assert store.counts()["events"] == 2


def test_unknown_round_meets_a_known_one(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(round_norm="股权融资")])
    store.add_article(article("https://b.cn/2", text="二"), [deal(round_norm="B轮")])
    [row] = store.events()
    assert row["round_norm"] == "B轮"


def test_lead_wins_over_participant_for_the_same_investor(store):
    store.add_article(article("https://a.cn/1", text="一"), [deal(lead=(), investors=("龙腾资本",))])
    store.add_article(article("https://b.cn/2", text="二"), [deal(lead=("龙腾资本",), investors=())])
    [row] = store.events()
    assert (row["lead_investors"], row["investors"]) == ("龙腾资本", None)


def test_past_events_are_not_stored_as_deals(store):
    store.add_article(article("https://a.cn/1"), [deal(kind="past"), deal(company="蚂蚁工场")])
    assert [r["company"] for r in store.events()] == ["蚂蚁工场"]


def test_a_failure_mid_write_leaves_nothing(store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store, "_link_investor", broken)
    with pytest.raises(RuntimeError):
        store.add_article(article("https://a.cn/1"), [deal()])
    assert store.counts() == {t: 0 for t in store.counts()}


def test_wal_mode(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_rows_and_schema(tmp_path):
    first = EventStore(tmp_path / "x.db")
    first.add_article(article("https://a.cn/1"), [deal()])
    first.close()
    second = EventStore(tmp_path / "x.db")
    assert second.counts()["events"] == 1
    second.close()


@pytest.mark.parametrize("a, b", [
    ("卡奥斯物联科技股份有限公司", "卡奥斯物联科技"),
    ("ＡＬＶＡ Systems", "alva systems"),
    ("“蚂蚁工场”", "蚂蚁工场"),
    ("北海康成（北京）医药科技有限公司", "北海康成医药科技"),
])
def test_company_key_folds_spelling(a, b):
    assert company_key(a) == company_key(b)
