"""Short and long names of one company meet when the rest of the deal agrees; look-alike names never do."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from store import EventStore
from store.names import forms, head_agreeing, heads, starts_name, stated_names
from tests.test_store import article, deal


@pytest.fixture
def store(tmp_path):
    s = EventStore(tmp_path / "rongzi.db")
    yield s
    s.close()


def two_reports(store, first: dict, second: dict, days: int = 3) -> list[dict]:
    store.add_article(article("https://a.cn/1", text="第一篇"), [first])
    store.add_article(article("https://b.cn/2", text="第二篇", published=f"2021-12-{27 + days}T09:00:00+08:00"),
                      [second])
    return store.events()


@pytest.mark.parametrize("key, form", [
    ("格式塔科技", ("格式塔", "stem")),                  # 格式塔科技完成4.2亿元人民币天使+轮融资 / 格式塔完成4.2亿天使+轮融资
    ("橡木果机器人", ("橡木果", "stem")),
    ("猿辅导app", ("猿辅导", "stem")),
    ("limebike", ("lime", "stem")),                     # 共享单车初创公司Limebike完成2.5亿美元融资 / Lime完成2.5亿美元C轮融资
    ("上海阶梯医疗科技", ("阶梯", "stem")),             # 上海阶梯医疗科技有限公司 / 「阶梯医疗」
    ("东莞中科原子", ("中科原子", "stem")),
    ("roboparty萝博派对", ("roboparty", "part")),        # “RoboParty萝博派对”完成数千万美元天使+轮融资
    ("福来数创(fullive.ai)", ("fullive.ai", "part")),
    ("极佳视界", ("极佳", "prefix2")),
])
def test_forms_of_a_key(key, form):
    assert forms(key)[0] == (key, "key")
    assert form in forms(key)


@pytest.mark.parametrize("key, head", [
    ("地上铁租车", ("地上铁", 2)),                        # 地上铁租车（深圳）有限公司（地上铁DST）获得5000万元人民币Pre-A轮融资
    ("维咖瑞咖啡品牌管理(江苏)", ("维咖瑞", 2)),
    ("邻客(tripalink)青年co-living社区", ("邻客", 3)),     # FN 1117 / FN 1111: 邻客 raises 数千万元 A+轮
    ("duosecurity", ("duo", 3)),
])
def test_heads_of_a_key(key, head):
    assert head in heads(key)


def test_no_head_runs_into_brackets_or_is_the_whole_key():
    assert all("(" not in h for h, _ in heads("邻客(tripalink)青年co-living社区"))
    assert all(h != "地上铁" for h, _ in heads("地上铁"))
    assert heads("小乔") == () and heads("abc") == ()
    assert all(h != "云星智医疗" for h, _ in heads("云星智医疗3"))  # a number after a name makes another name


def test_a_generic_word_alone_is_no_form():
    assert [f for f, kind in forms("星星app") if kind == "part"] == []      # app is no brand of its own
    assert [f for f, kind in forms("云青ventures6") if kind == "part"] == []
    assert ("北京", "prefix2") in forms("北京银行")
    assert all(len(f) >= 2 for f, _ in forms("云科技"))
    assert not [f for f, kind in forms("北京银行") if kind == "stem"]  # 银行 is too little of a name


def test_short_and_long_name_with_the_same_round_and_amount_are_one_deal(store):
    rows = two_reports(store, deal(company="格式塔科技", round_norm="other:天使+轮", amount="4.2亿元人民币", low=4.2e8, high=4.2e8),
                       deal(company="格式塔", round_norm="other:天使+轮", amount="4.2亿", low=4.2e8, high=4.2e8))
    assert [(r["company"], r["sources"]) for r in rows] == [("格式塔科技", 2)]


def test_legal_name_with_a_city_meets_the_brand(store):
    rows = two_reports(store, deal(company="阶梯医疗", round_norm="B轮", amount="3.5亿元人民币", low=3.5e8, high=3.5e8),
                       deal(company="上海阶梯医疗科技有限公司", round_norm="B轮", amount="3.5亿元人民币", low=3.5e8, high=3.5e8))
    assert [(r["company"], r["sources"]) for r in rows] == [("阶梯医疗", 2)]


def test_a_brand_written_with_its_chinese_name_meets_the_brand(store):
    rows = two_reports(store, deal(company="RoboParty萝博派对", round_norm="other:天使+轮", amount="数千万美元", low=2e7, high=9e7),
                       deal(company="RoboParty", round_norm="other:天使+轮", amount="数千万美元", low=2e7, high=9e7))
    assert len(rows) == 1 and rows[0]["sources"] == 2


def test_two_character_brand_meets_its_four_character_name(store):
    rows = two_reports(store, deal(company="极佳视界", round_norm="B轮", amount="10亿元", low=1e9, high=1e9),
                       deal(company="极佳", round_norm="B轮", amount="10亿元", low=1e9, high=1e9))
    assert len(rows) == 1


def test_a_name_and_the_longer_name_it_starts_are_one_deal_when_round_and_amount_agree(store):
    # finvest-gold: 地上铁租车（深圳）有限公司（地上铁DST）获得5000万元人民币Pre-A轮融资, elsewhere 地上铁
    rows = two_reports(store, deal(company="地上铁租车（深圳）有限公司", round_norm="Pre-A轮", amount="5000万元人民币", low=5e7, high=5e7,
                                   lead=("启明创投",), investors=()),
                       deal(company="地上铁", round_norm="Pre-A轮", amount="5000万元", low=5e7, high=5e7, lead=(), investors=()))
    assert [(r["company"], r["sources"]) for r in rows] == [("地上铁租车（深圳）有限公司", 2)]


def test_a_two_character_start_needs_the_round_the_amount_and_a_backer(store):
    # FN 1117 and FN 1111, a day apart: 邻客（Tripalink）青年Co-living社区 / 邻客, A+轮 数千万元, 由Calin SJG Fund, L.P领投
    long_name = deal(company="邻客（Tripalink）青年Co-living社区", round_norm="A+轮", amount="数千万元", low=2e7, high=9e7,
                     lead=("Calin SJG Fund, L.P",), investors=())
    rows = two_reports(store, long_name, deal(company="邻客", round_norm="A+轮", amount="数千万元", low=2e7, high=9e7,
                                              lead=("Calin SJG Fund, L.P",), investors=()))
    assert [r["sources"] for r in rows] == [2]


def test_a_two_character_start_without_a_shared_backer_stays_apart(store):
    rows = two_reports(store, deal(company="邻客（Tripalink）青年Co-living社区", round_norm="A+轮", amount="数千万元", low=2e7, high=9e7,
                                   lead=("Calin SJG Fund, L.P",), investors=()),
                       deal(company="邻客", round_norm="A+轮", amount="数千万元", low=2e7, high=9e7, lead=("红杉中国",), investors=()))
    assert len(rows) == 2


def test_a_name_and_the_same_name_with_a_number_stay_apart(store):
    rows = two_reports(store, deal(company="云星智医疗", round_norm="A轮", amount="5000万元", low=5e7, high=5e7),
                       deal(company="云星智医疗3", round_norm="A轮", amount="5000万元", low=5e7, high=5e7))
    assert len(rows) == 2


def test_a_name_and_a_longer_name_it_starts_with_another_round_stay_apart(store):
    rows = two_reports(store, deal(company="地上铁租车", round_norm="A轮", amount="5000万元", low=5e7, high=5e7),
                       deal(company="地上铁", round_norm="Pre-A轮", amount="5000万元", low=5e7, high=5e7))
    assert len(rows) == 2


def test_short_and_long_name_with_different_rounds_stay_apart_without_a_conflict(store):
    rows = two_reports(store, deal(company="格式塔科技", round_norm="天使轮", amount="数亿元"),
                       deal(company="格式塔", round_norm="A轮", amount="数亿元"))
    assert len(rows) == 2
    assert store.counts()["conflicts"] == 0  # not known to be one company


def test_short_and_long_name_with_nothing_else_to_agree_on_stay_apart(store):
    rows = two_reports(store, deal(company="星途教育", round_norm="股权融资", amount=None, low=None, high=None, lead=(), investors=()),
                       deal(company="星途", round_norm="股权融资", amount=None, low=None, high=None, lead=(), investors=()))
    assert len(rows) == 2


def test_an_unknown_round_meets_through_a_shared_investor(store):
    rows = two_reports(store, deal(company="星途教育", round_norm="股权融资", amount=None, low=None, high=None,
                                   lead=("红杉中国",), investors=()),
                       deal(company="星途", round_norm="股权融资", amount=None, low=None, high=None,
                            lead=("HongShan",), investors=()))
    assert len(rows) == 1


@pytest.mark.parametrize("a, b", [("中科原子", "中科原动力"), ("章鱼动力", "无界动力"), ("幺正量子", "纳开量子")])
def test_look_alike_names_with_the_same_deal_shape_stay_apart(store, a, b):
    rows = two_reports(store, deal(company=a, round_norm="B轮", amount="数亿元"), deal(company=b, round_norm="B轮", amount="数亿元"))
    assert len(rows) == 2


def test_investor_first_and_company_first_reports_are_one_deal(store):
    # "Y战略投资X 1亿美元" and "X完成1亿美元D1轮融资，由Y投资"
    rows = two_reports(store, deal(company="星链科技", round_norm="战略投资", amount="1亿美元", low=1e8, high=1e8, lead=("宁德时代",),
                                   investors=(), currency="USD"),
                       deal(company="星链科技", round_norm="D轮", amount="1亿美元", low=1e8, high=1e8, lead=("CATL",),
                            investors=(), currency="USD"))
    assert [(r["round_norm"], r["sources"]) for r in rows] == [("战略投资", 2)]


def test_strategic_round_without_a_shared_investor_stays_a_conflict(store):
    rows = two_reports(store, deal(company="星链科技", round_norm="战略投资", amount="1亿美元", low=1e8, high=1e8, lead=("宁德时代",),
                                   investors=()),
                       deal(company="星链科技", round_norm="D轮", amount="1亿美元", low=1e8, high=1e8, lead=("比亚迪",), investors=()))
    assert len(rows) == 2 and store.counts()["conflicts"] == 1


@pytest.mark.parametrize("text, company, other", [
    ("内啥于2015年9月正式上线(原名为PPZU，PP租，2016年3月正式更名为内啥)，致力于为", "内啥", "PPZU"),
    ("1月22日消息，车主邦科技有限公司及其旗下品牌能链宣布获得5000万元A轮融资", "能链", "车主邦科技有限公司"),
    ("6月2日，区块链社群媒体“布洛克财经”正式更名为“布洛克科技”，致力于普及区块链技术知识", "布洛克科技", "布洛克财经"),
    ("6月2日，区块链社群媒体“布洛克财经”正式更名为“布洛克科技”，致力于普及区块链技术知识", "布洛克财经", "布洛克科技"),
])
def test_former_and_brand_names_stated_by_articles(text, company, other):
    assert stated_names(text, company) == [other]


def test_a_parent_company_is_not_another_name(store):
    assert stated_names("智元旗下灵巧手企业临界点近期完成数亿元人民币融资", "临界点") == []
    assert stated_names("内啥于2015年9月正式上线(原名为PPZU，PP租，2016年3月正式更名为内啥)", "内啥") == ["PPZU"]  # no date


def test_a_brand_and_its_company_named_in_an_article_meet_later(store):
    store.add_article(article("https://a.cn/1", text="1月22日消息，车主邦科技有限公司及其旗下品牌能链宣布获得5000万元A轮融资"),
                      [deal(company="能链", amount="5000万元", low=5e7, high=5e7, round_norm="A轮")])
    store.add_article(article("https://b.cn/2", text="车主邦完成A轮融资", published="2021-12-29T09:00:00+08:00"),
                      [deal(company="车主邦科技", amount="5000万元", low=5e7, high=5e7, round_norm="A轮")])
    assert [(r["company"], r["sources"]) for r in store.events()] == [("能链", 2)]


def test_names_that_only_share_a_brand_need_two_things_to_agree(store):
    rows = two_reports(store, deal(company="星途教育", round_norm="股权融资", amount="数千万元", low=2e7, high=9e7, lead=(), investors=()),
                       deal(company="星途医疗", round_norm="A轮", amount="数千万元", low=2e7, high=9e7, lead=(), investors=()))
    assert len(rows) == 2


def test_names_that_share_a_brand_with_round_and_amount_agreeing_are_one_deal(store):
    rows = two_reports(store, deal(company="云帆教育", round_norm="A轮", amount="数千万元", low=2e7, high=9e7, lead=(), investors=()),
                       deal(company="云帆科技", round_norm="A轮", amount="数千万元", low=2e7, high=9e7, lead=(), investors=()))
    assert len(rows) == 1


def test_a_registered_name_that_spells_the_brand_is_stated():
    # FN 1105: the brand in the deal sentence, its registered name in a sentence on the company's records
    text = "华志医疗成立于2000年。企查查数据显示，华志微创医疗科技(北京)有限公司工商信息于2019年2月22日发生变更。"
    assert stated_names(text, "华志医疗") == ["华志微创医疗科技(北京)有限公司"]
    assert stated_names("阶梯医疗完成融资。天津卓朗科技发展有限公司为其股东。", "阶梯医疗") == []  # another company


# keys built from the characters that decide a head: Chinese and Latin, digits, dots and dashes, brackets, spaces
KEY_CHARACTERS = st.sampled_from(list("云星智科技ab3.-&+ (（)）") + ["医疗", "app", "2025"])


@given(st.lists(KEY_CHARACTERS, max_size=12).map("".join))
@example("云星智医疗3")
@example("维咖瑞咖啡品牌管理(江苏)")
@example("duosecurity")
@example("a.b-3")
def test_heads_are_the_starts_that_start_a_name(key):
    """heads() finds its starts by arithmetic; it must give what starts_name() says of each start."""
    expected = tuple((key[:n], head_agreeing(key[:n])) for n in range(2, len(key)) if starts_name(key[:n], key))
    assert heads(key) == expected
