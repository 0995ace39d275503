"""Text extraction against the structured card 36氪 publishes with a deal."""
from extract.events import extract_events
from extract.structured import compare_with_card

CARD = {"name": "锂源动力", "lastestFinancingRound": {"name": "C轮", "investorList": [
    {"name": "中金资本"}, {"name": "国投招商"}, {"name": "深创投"}]}}
TEXT = "36氪获悉，新能源电池材料企业“锂源动力”已完成5亿元C轮融资，投资方包括中金资本、国投招商和深创投。"


def test_agreeing_card():
    assert compare_with_card(extract_events("", TEXT), CARD) == []


def test_round_and_investor_disagreements_are_listed():
    card = {"name": "锂源动力", "lastestFinancingRound": {"name": "C+轮", "investorList": [{"name": "高瓴资本"}]}}
    problems = compare_with_card(extract_events("", TEXT), card)
    assert problems == ["round: text C轮, card C+轮", "investors only on the card: 高瓴资本"]


def test_card_of_a_company_the_text_does_not_name():
    assert compare_with_card(extract_events("", TEXT), {"name": "别的公司"}) == ["no deal of 别的公司 found in the text"]
