"""Amounts: each rule with the real sentence it was written for."""
import pytest

from extract.amounts import find_amounts, is_amount, parse_amount


@pytest.mark.parametrize("sentence, text, currency, low, high", [
    # 21世纪经济报道 2021-12-27: vague amounts kept as written, mapped to a range
    ("工业AR应用解决方案供应商“ALVA Systems”完成B轮数亿元融资", "数亿元", "CNY", 2e8, 9e8),
    ("一站式工业零部件采购云平台“蚂蚁工场”也完成B轮近亿元融资", "近亿元", "CNY", 8e7, 1e8),
    # 36氪 快讯 2021-08-10
    ("健康险科技企业\"镁信健康\"再度完成超20亿元C轮融资", "超20亿元", "CNY", 2e9, None),
    # finvest-news
    ("小米生态链公司小寻科技获1000万美元A轮融资", "1000万美元", "USD", 1e7, 1e7),
    ("杭州艾鲁猫文化艺术有限公司（以下简称：艾鲁猫）获得数百万人民币天使轮融资", "数百万人民币", "CNY", 2e6, 9e6),
    ("租房分期平台房司令宣布完成了千万元级D+轮融资", "千万元级", "CNY", 1e7, 1e8),
    ("\"爱多纷\"宣布完成亿元级Pre-A轮融资", "亿元级", "CNY", 1e8, 1e9),
    ("太合音乐集团对外宣布，公司已完成十亿人民币量级的新一轮融资", "十亿人民币量级", "CNY", 1e9, 1e10),
    ("太合音乐集团完成10亿元量级新一轮融资", "10亿元量级", "CNY", 1e9, 1e10),
    ("洪朴信息完成由永洲资本投资，近千万元天使+轮融资。", "近千万元", "CNY", 8e6, 1e7),
    ("宋小菜获1.8亿元B2轮融资，M31资本领投。", "1.8亿元", "CNY", 1.8e8, 1.8e8),
    ("狮桥集团获10亿人民币战略融资", "10亿人民币", "CNY", 1e9, 1e9),
    ("云知声已经完成1亿美金C轮融资", "1亿美金", "USD", 1e8, 1e8),
    ("小麦便利店宣布已获得超亿元Pre-A+轮融资", "超亿元", "CNY", 1e8, None),
    ("分类买卖手机应用程式Carousell宣布，募得8,500万美元的第三轮融资", "8,500万美元", "USD", 8.5e7, 8.5e7),
    ("金融科技创企Validus Capital获得了400万新元的融资", "400万新元", "SGD", 4e6, 4e6),
    ("该公司获得两亿元战略投资", "两亿元", "CNY", 2e8, 2e8),
    ("亚盛医药宣布已成功完成10亿人民币（约1.5亿美元）C轮融资", "10亿人民币", "CNY", 1e9, 1e9),
])
def test_first_amount_of_real_sentence(sentence, text, currency, low, high):
    amounts = find_amounts(sentence)
    assert amounts, sentence
    amount = amounts[0][2]
    assert (amount.text, amount.currency, amount.low, amount.high) == (text, currency, low, high)


@pytest.mark.parametrize("written, low, high", [
    ("约5000万元", 4.5e7, 5.5e7),   # 约X → ±10%
    ("2000万+", 2e7, None),        # X+ → X..None
    ("1-2亿元", 1e8, 2e8),         # ranges
    ("数十亿元", 2e9, 9e9),
    ("上亿元", 1e8, None),
    ("百万美元", 1e6, 1e7),
])
def test_range_rules(written, low, high):
    amount = parse_amount(written)
    assert (amount.low, amount.high) == (low, high)


def test_bare_amount_has_no_currency():
    # finvest-gold: "1200万" with no 元 keeps currency unstated
    assert parse_amount("完成1200万A轮融资").currency is None


@pytest.mark.parametrize("text", ["百万用户", "亿万富翁", "没有金额的句子", ""])
def test_no_amount(text):
    assert parse_amount(text) is None


def test_chinese_numerals_with_more_than():
    # FN 1840: Basic Finder已于今年3月完成一千多万元Pre-A轮融资 (not 万元: the number is 一千, then 多)
    [(_, _, amount)] = find_amounts("Basic Finder已于今年3月完成一千多万元Pre-A轮融资")
    assert (amount.text, amount.currency, amount.low, amount.high) == ("一千多万元", "CNY", 1e7, None)


@pytest.mark.parametrize("sentence, text, currency, low, high", [
    # FN 928: 摩拜单车已敲定新的一笔8亿~10亿美元融资 (each end with its unit: one amount, not 8亿 and 10亿美元)
    ("摩拜单车已敲定新的一笔8亿~10亿美元融资", "8亿~10亿美元", "USD", 8e8, 1e9),
    # FN 1857: Carousell获得7000万美金至8000万美金的C轮融资 (each end with its currency too)
    ("据报道，新加坡创业公司电商平台Carousell获得7000万美金至8000万美金的C轮融资。", "7000万美金至8000万美金", "USD", 7e7, 8e7),
    # FN 477: 有消息称美团点评计划融资30亿至50亿美元
    ("有消息称美团点评计划融资30亿至50亿美元", "30亿至50亿美元", "USD", 3e9, 5e9),
    # FN 688: 融资1000～2000万元 (the unit once, at the high end)
    ("融资1000～2000万元", "1000～2000万元", "CNY", 1e7, 2e7),
])
def test_a_range_is_one_amount(sentence, text, currency, low, high):
    [(_, _, amount)] = find_amounts(sentence)
    assert (amount.text, amount.currency, amount.low, amount.high) == (text, currency, low, high)


def test_a_text_that_is_one_amount_and_nothing_else():
    # FN 998: 摩拜单车的五百万投资 (a sum where a backer's name stands); FN 618: B轮2000万美元融资 (the amount after the round)
    assert is_amount("五百万") and is_amount("2000万美元")
    assert not is_amount("创客100创投基金") and not is_amount("2000万美元融资") and not is_amount("")
