"""Rounds as written and normalized."""
import pytest

from extract.rounds import find_rounds, normalize_round


@pytest.mark.parametrize("sentence, written, norm", [
    ("比如工业AR应用解决方案供应商“ALVA Systems”完成B轮数亿元融资", "B轮", "B轮"),
    ("宋小菜获1.8亿元B2轮融资，M31资本领投。", "B2轮", "B轮"),
    ("小麦便利店宣布已获得超亿元Pre-A+轮融资", "Pre-A+轮", "other:Pre-A+轮"),
    ("洪朴信息完成由永洲资本投资，近千万元天使+轮融资。", "天使+轮", "other:天使+轮"),
    ("“运个货”获数千万preA+轮融资", "preA+轮", "other:Pre-A+轮"),
    ("狮桥集团获10亿人民币战略融资", "战略融资", "战略投资"),
    ("“每天读点故事”获新一轮融资", "新一轮", "股权融资"),
    ("天天拍车完成D1轮融资", "D1轮", "D轮"),
    # FN 419: a tranche of a tranche is still the lettered round
    ("又宣布了E2-1轮融资8.66亿美元，本轮融资采取股权与债权并行的方式", "E2-1轮", "E轮"),
    ("红象云腾近日对外宣布已经获得1000万人民币Pre-A投资", "Pre-A", "Pre-A轮"),
    ("在楼下宣布完成千万美元级A+ 轮融资", "A+ 轮", "A+轮"),
    ("小寻科技曾于2015年11月获得过顺为资本的数千万元人民币的天使投资", "天使投资", "天使轮"),
    ("分类买卖手机应用程式Carousell宣布，募得8,500万美元的第三轮融资", "第三轮", "other:第三轮"),
    ("背景中的7300万美元A+B轮融资", "A+B轮", "other:A+B轮"),
    ("某公司完成C++轮融资", "C++轮", "other:C++轮"),
    # recent-news: combined rounds are one label, series keep their letter
    ("擎天租完成A轮及A+轮融资，估值达到70亿元", "A轮及A+轮", "other:A轮及A+轮"),
    ("时安生物完成近4亿元A轮系列融资", "A轮系列", "other:A轮系列"),
    ("星能玄光完成A系列两轮融资", "A系列两轮", "A轮"),
    # RN db5d71019c98
    ("公司海外实体GDSI在完成B系列对外融资后", "B系列", "B轮"),
    ("“词元无限”完成天使++轮融资，累计融资金额达数亿元", "天使++轮", "other:天使++轮"),
    ("已获得C +轮融资", "C +轮", "C+轮"),
    # RN d187b437940c: two tranches of one letter are that round, as one tranche is
    ("近日，鹿明机器人宣布完成数亿元A1及A2轮融资。", "A1及A2轮", "A轮"),
])

def test_round_of_real_sentence(sentence, written, norm):
    found = find_rounds(sentence)
    assert found and found[0][2] == written
    assert normalize_round(written) == norm


def test_no_round_means_equity_financing():
    assert normalize_round(None) == "股权融资"


@pytest.mark.parametrize("sentence", ["PCB轮廓", "IDG投资了多家公司", "SaaS轮番上阵"])
def test_letters_inside_words_are_not_rounds(sentence):
    assert find_rounds(sentence) == []


def test_new_round_and_first_round_name_no_round_and_yield_to_a_letter():
    # FN 88: 获得新一轮A+轮融资; FN 508: 华志微创获5000万元首轮融资
    assert find_rounds("极橙儿童齿科近日获得新一轮A+轮融资")[0][2] == "A+轮"
    assert normalize_round("首轮") == normalize_round("新一轮") == "股权融资"
