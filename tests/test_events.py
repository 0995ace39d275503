"""Financing events: every phenomenon with the real sentence it was written for.

Sentences come from ../shared/corpora (finvest-news, 36kr, seeds, fewfc).
"""
from __future__ import annotations

import json
import re

import pytest

from extract.events import extract_events
from tests.conftest import CORPORA


def current(title: str, text: str = "") -> list:
    return [e for e in extract_events(title, text) if e.kind == "current"]


def one(text: str, title: str = ""):
    events = current(title, text)
    assert len(events) == 1, [e.company for e in events]
    return events[0]


# Descriptor + quoted brand, 由X领投, X与Y跟投, names with brackets (21世纪经济报道 2021-12-27)
def test_descriptor_and_quoted_brand():
    e = one("比如工业AR应用解决方案供应商“ALVA Systems”完成B轮数亿元融资，由软银中国资本(SBCVC)领投，高科新浚与泰越资本跟投。")
    assert (e.company, e.round, e.amount_text) == ("ALVA Systems", "B轮", "数亿元")
    assert e.lead_investors == ["软银中国资本"]
    assert e.investors == ["高科新浚", "泰越资本"]


def test_roles_in_the_next_sentence():
    e = one("与此同时，一站式工业零部件采购云平台“蚂蚁工场”也完成B轮近亿元融资。由龙腾资本领投，泰极工业与顺为资本跟投。")
    assert (e.company, e.amount_text) == ("蚂蚁工场", "近亿元")
    assert e.lead_investors == ["龙腾资本"] and e.investors == ["泰极工业", "顺为资本"]


def test_short_name_alias():
    e = one("2018年7月23日，杭州启函生物科技有限公司（以下简称“启函生物”）宣布完成780万美元A轮融资。")
    assert e.company == "启函生物"
    assert "杭州启函生物科技有限公司" in e.company_aliases
    assert (e.currency, e.amount_low) == ("USD", 7.8e6)


def test_short_name_alias_with_colon():
    e = one("杭州艾鲁猫文化艺术有限公司（以下简称：艾鲁猫）获得数百万人民币天使轮融资，投资方为掌阅文学旗下杭州轻漫文化创意有限公司。")
    assert e.company == "艾鲁猫"
    assert e.lead_investors == ["杭州轻漫文化创意有限公司"]  # a sole backer counts as lead


def test_joint_lead():
    e = one("狮桥集团获10亿人民币战略融资，百度、阳光融汇资本联合领投。")
    assert (e.company, e.round_norm) == ("狮桥集团", "战略投资")
    assert e.lead_investors == ["百度", "阳光融汇资本"]


def test_old_shareholders_follow():
    e = one("猎云网今日获悉，健身器材智能系统研发商SPAX（韵律舞动）宣布完成400万美元Pre-A轮融资，由阿米巴创投领投，"
            "黑桃资本跟投，老股东KPCB和远瞻资本继续跟投。")
    assert e.company == "SPAX" and "韵律舞动" in e.company_aliases
    assert e.lead_investors == ["阿米巴创投"]
    assert e.investors == ["黑桃资本", "KPCB", "远瞻资本"]


def test_investors_with_english_name_in_brackets_and_old_shareholders_suffix():
    e = one("3月1日早间消息，长租公寓运营商蛋壳公寓宣布完成5亿美元C轮融资，此轮融资由老虎环球基金（Tiger Global）、蚂蚁金服联合领投，"
            "春华资本跟投，同时，华人文化产业投资基金、高榕资本、愉悦资本等老股东继续跟投。")
    assert e.company == "蛋壳公寓"
    assert e.lead_investors == ["老虎环球基金", "蚂蚁金服"]  # the English name in brackets is no part of it
    assert e.investors == ["春华资本", "华人文化产业投资基金", "高榕资本", "愉悦资本"]


def test_exclusive_financial_advisor_and_plan_not_an_event():
    events = current("【投融界5月11日消息】刚刚，独家获悉，云知声已经完成1亿美金C轮融资，由中电健康基金领投，360、前海梧桐并购基金、"
                     "汉富资本等跟投，同时，云知声透露C+轮融资接近完成，C系列融资由汉能投资担任独家财务顾问。")
    assert [e.company for e in events] == ["云知声"]
    e = events[0]
    assert (e.round_norm, e.amount_text) == ("C轮", "1亿美金")
    assert e.investors == ["360", "前海梧桐并购基金", "汉富资本"]
    assert e.advisors == ["汉能投资"]


@pytest.mark.parametrize("title, company, round_norm", [
    ("融资丨“锂源动力”完成5亿元C轮融资", "锂源动力", "C轮"),
    ("【首发】物联网洗护服务平台轻氧完成5500万元A+轮融资，海尔资本、58产业基金联合领投。", "轻氧", "A+轮"),
    ("【异乡好居】完成1400万美元B轮融资-异乡好居要为全球留学生提供专业的留学生活服务原创", "异乡好居", "B轮"),
    ("【暴风TV获战略融资】暴风TV的发展将驶入快车道", "暴风TV", "战略投资"),
    ("半年内获3轮融资，“中国版Flexport”运个货获数千万preA+轮融资", "运个货", "other:Pre-A+轮"),
    ("宋小菜获1.8亿元B2轮融资，M31资本领投。", "宋小菜", "B轮"),
    ("9月9日消息，小麦便利店宣布已获得超亿元Pre-A+轮融资，投资方为君紫资本。", "小麦便利店", "other:Pre-A+轮"),
    ("117运动获数千万人民币Pre-A轮融资，蜂维创投领投", "117运动", "Pre-A轮"),
    ("VIPKID今日确认完成5亿美金的D+轮融资", "VIPKID", "D+轮"),
])
def test_headlines(title, company, round_norm):
    e = one("", title=title)
    assert (e.company, e.round_norm) == (company, round_norm)


def test_investor_named_between_verb_and_round():
    e = one("零重力实验室完成银杏谷资本数千万人民币Pre-A+轮融资。")
    assert (e.company, e.lead_investors, e.amount_text) == ("零重力实验室", ["银杏谷资本"], "数千万人民币")


def test_several_backers_without_lead_are_investors():
    e = one("小米生态链公司小寻科技获1000万美元A轮融资，诺基亚成长基金和晨兴资本联合投资。")
    assert e.company == "小寻科技"
    assert e.lead_investors == [] and e.investors == ["诺基亚成长基金", "晨兴资本"]


def test_investor_descriptors_are_dropped():
    e = one("主打汤品的餐饮品牌“汤先生SoupMaster”（以下简称“汤先生”）已完成近600万元天使轮融资，真格基金领投，"
            "天图资本李康力以个人名义跟投，安可资本担任独家财务顾问。")
    assert e.company == "汤先生"
    assert e.lead_investors == ["真格基金"] and e.advisors == ["安可资本"]


def test_brand_after_long_descriptor_is_found_from_the_article():
    text = ("自营连锁互联网驾校派学车宣布完成近亿元人民币B轮融资。本轮融资由投资人王刚、君联资本领投，青松基金、精桥教育跟投。\n"
            "派学车成立于2014年。派学车创始人表示，资金将用于扩张。")
    e = one(text)
    assert e.company == "派学车"
    assert e.lead_investors == ["王刚", "君联资本"] and e.investors == ["青松基金", "精桥教育"]


# Negatives: none of these is a current financing event
@pytest.mark.parametrize("text", [
    "截至12月28日，沪深两市融资余额为17152亿元，较前一交易日增加36亿元。",             # 融资余额
    "在铺设了几百台设备后发现资金短缺，需要融资租赁杠杆。",                               # 融资租赁
    "乐信拟融资5亿美元！",                                                             # plan
    "暴风集团拟再融资5000万元，发力互联网视频。",                                        # plan
    "据猎云网了解，布洛克科技成立于2018年3月7日，3个月的时间内，先后斩获4轮融资。",        # several rounds
    "这是继2017年1月的1200万元天使轮融资及6月的7500万元A轮融资后爱汇的第3轮融资，公司在一年内累计融资超1.3亿元。",  # cumulative
    "另据统计，今年以来共发生135宗融资活动，累计融资金额超过800亿元。",                    # aggregate
    "作为上半年价格最高的并购案,世纪华通作价298.03亿元收购盛大游戏的运营主体盛跃网络100%股权。",  # acquisition (FewFC)
    "公司此前曾获得立元创投的天使轮融资。",                                              # background round
    "有报道称滴滴出行即将完成一轮额度在50到60亿美元之间的巨额融资，公司估值也将因此突破500亿美元。",  # rumour
    "以半导体行业龙头上市公司中芯国际为例,从这家上市公司2015年1月获得大基金投资后,中芯国际的资本支出大增。",
])
def test_not_a_current_event(text):
    assert current("", text) == []


def test_background_round_is_past():
    events = extract_events("", "此前，青禾医疗曾于2020年获得数千万元A轮融资。")
    assert [e.kind for e in events] == ["past"]


def test_earlier_rounds_in_a_deal_article_are_past():
    title = "“二次元声音”M站获数千万元融资"
    text = ("二次元声音社区“猫耳FM”（简称“M站”）获得数千万元A轮融资，由IDG、零一资本和明势资本投资。\n"
            "根据数据显示，M站曾在2014年11月获得500万元天使轮融资，2015年12月获1400万元pre-A轮融资。")
    events = extract_events(title, text)
    assert [(e.company, e.round_norm) for e in events if e.kind == "current"] == [("猫耳FM", "A轮")]
    assert {e.round_norm for e in events if e.kind == "past"} == {"天使轮", "Pre-A轮"}


def test_fund_raise_is_a_fund_event():
    events = extract_events("痴呆症关怀基金Dementia Discovery Fund获6000万美元注资", "")
    assert [e.kind for e in events] == ["fund"]


def _markdown_article(path):
    source = path.read_text(encoding="utf-8")
    _, front, body = source.split("---", 2)
    title = re.search(r"title: '?(.*?)'?\n", front).group(1)
    from bs4 import BeautifulSoup

    text = "\n".join(p.get_text() for p in BeautifulSoup(body, "lxml").find_all(["p", "div"]) if not p.find("p"))
    return title, text


def test_36kr_digest_with_links_cutting_investor_names():
    title, text = _markdown_article(CORPORA / "36kr" / "36kr_chuangtou_ribao_2021-04-06_multi_event.md")
    events = {e.company: e for e in current(title, text)}
    assert set(events) == {"螳螂科技", "行深智能", "答魔数据", "魅丽纬叶", "Glints", "昕原半导体"}
    assert events["螳螂科技"].lead_investors == ["SIG"] and events["螳螂科技"].investors == ["新宜资本"]
    assert events["昕原半导体"].lead_investors == ["上海联和投资"]
    assert events["昕原半导体"].amount_text == "近亿美元"
    assert events["Glints"].lead_investors == ["PERSOL Holdings"]
    assert events["魅丽纬叶"].round_norm == "B+轮"


def test_36kr_newsflash_with_english_currency_amount():
    title, text = _markdown_article(CORPORA / "36kr" / "36kr_kuaixun_meixin_C_round_2021-08-10.md")
    e = one(text, title=title)
    assert (e.company, e.round_norm, e.amount_low, e.amount_high) == ("镁信健康", "C轮", 2e9, None)
    assert e.investors == ["博裕资本", "礼来亚洲基金", "中金公司"]


def test_fewfc_acquisitions_give_almost_no_events():
    rows = [json.loads(line) for line in (CORPORA / "fewfc" / "investment.jsonl").open(encoding="utf-8")]
    false = [r["text"] for r in rows if current("", r["text"])]
    assert len(rows) == 1348
    assert len(false) <= 5, false[:5]


def test_huge_text_finishes():
    text = "宋小菜获1.8亿元B2轮融资，由M31资本领投，红杉跟投。这是一个句子，没有融资。" * 70000
    events = extract_events("", text)
    assert len(events) == 1 and events[0].company == "宋小菜"


def test_investor_names_that_start_with_a_numeral():
    # 法狗狗 (finvest-news): 十方创投 is a firm, not "ten parties"
    e = one("近日，法律服务平台法狗狗完成千万级Pre-A轮融资，本轮融资由蚁米创投领投，十方创投跟投。")
    assert (e.lead_investors, e.investors) == (["蚁米创投"], ["十方创投"])


def test_quoted_nickname_before_the_latin_brand():
    title = "提供数字化卡拉OK服务，芬兰“唱吧”Singa获175万欧元种子轮融资"
    text = "近日，芬兰“唱吧”Singa公司宣布已经顺利完成一轮175万欧元的种子轮融资，由Initial Capital领投。"
    e = one(text, title=title)
    assert (e.company, e.currency, e.lead_investors) == ("Singa", "EUR", ["Initial Capital"])


def test_pronoun_subject_after_a_long_clause_takes_the_headline_company():
    title = "按需物流创企Roadie获3700万美元C轮融资"
    text = ("为了进一步加速发展，Roadie在零售行业领袖协会（Retail Industry Leaders Association）2019年Link大会上宣布，"
            "它已经获得了3700万美元的C轮融资，总融资达6200万美元。家得宝（Home Depot）领投，Warren Stephens等参投。")
    e = one(text, title=title)
    assert (e.company, e.amount_text, e.lead_investors) == ("Roadie", "3700万美元", ["家得宝"])


def test_round_introduced_as_before_this_one_is_background():
    title = "宝宝树获得新一轮融资，由阿里巴巴投资，公司估值达到140亿元"
    text = ("投融界6月5日消息，国内育儿网站宝宝树正式宣布与阿里巴巴集团达成资本战略合作。\n"
            "在获得此次投资之前，宝宝树于2016年7月完成D轮30亿元融资，参投机构包括复星集团、好未来、晨山资本等。")
    events = extract_events(title, text)
    [current] = [e for e in events if e.kind == "current"]
    assert current.company == "宝宝树" and current.investors == []
    assert [e.round_norm for e in events if e.kind == "past"] == ["D轮"]
