"""Phenomena that once defeated the extractor, each with the real sentence it was seen in.

`FN n` is line n of ../shared/corpora/finvest-news/articles.jsonl; `RN id` an item of
../shared/corpora/recent-news/ (development part only). The texts are quoted as
they appear, cut to the sentences that matter.
"""
from __future__ import annotations

import json
from datetime import datetime

from extract.clauses import events_in_sentence
from extract.events import extract_events
from extract.parties import split_names
from extract.roles import roles_in
from extract.rules import DEAL_VERB
from tests.conftest import CORPORA


def current(title: str, text: str = "") -> list:
    return [e for e in extract_events(title, text) if e.kind == "current"]


def one(title: str, text: str = ""):
    events = current(title, text)
    assert len(events) == 1, [(e.company, e.round) for e in events]
    return events[0]


def _finvest_article(line: int) -> dict:
    """Line `line` of finvest-news/articles.jsonl (FN n)."""
    with (CORPORA / "finvest-news" / "articles.jsonl").open(encoding="utf-8") as f:
        for n, row in enumerate(f, 1):
            if n == line:
                return json.loads(row)
    raise IndexError(line)


# --- the company is a name: nothing glued before or after it ---------------------------------

def test_a_place_and_a_verb_after_the_name_are_not_the_name():
    # FN 1098
    e = one("51有色获5000万元A轮融资",
            "3月4日消息，有色工业原材料B2B电商平台51有色在深圳召开融资新闻发布会，宣布获得5000万元A轮融资，本轮融资由南岭慧业基金投资。")
    assert (e.company, e.round, e.amount_text) == ("51有色", "A轮", "5000万元")
    assert (e.lead_investors, e.lead_basis) == (["南岭慧业基金"], "sole")


def test_from_whom_after_the_name_is_not_the_name():
    # FN 914
    e = one("Pinterest获1.5亿美元融资，估值达123亿美元", "今日消息，Pinterest从原投资人处获得1.5亿美元风投融资。")
    assert (e.company, e.amount_text) == ("Pinterest", "1.5亿美元")


def test_a_pronoun_with_in_a_round_is_the_company_named_before():
    # FN 6
    events = extract_events("解决小企业会计和工资管理问题，ScaleFactor获1000万美元A轮融资",
                            "ScaleFactor是一家销售会计和工资管理软件即服务的公司，它在新一轮融资中获得了1000万美元的A轮投资。")
    assert [(e.kind, e.company) for e in events] == [("current", "ScaleFactor")]


def test_a_time_word_before_a_pronoun_subject():
    # FN 1536
    e = one("虚拟安全平台CrowdStrike完成2亿美元E轮融资，估值约30亿美元",
            "人工智能支持的虚拟安全平台CrowdStrike专注于终端保护和威胁检测智能，25日这家公司完成了2亿美元E轮融资，"
            "本轮融资由Accel、General Atlantic和IVP联合领投。")
    assert (e.company, e.round, e.amount_text) == ("CrowdStrike", "E轮", "2亿美元")
    assert (e.lead_investors, e.lead_basis) == (["Accel", "General Atlantic", "IVP"], "explicit")


def test_adverbs_after_the_name_are_dropped():
    # RN 691eeaea32bd
    e = one("具身智能企业帕西尼再获10亿元战略轮融资")
    assert (e.company, e.round_norm, e.amount_text) == ("帕西尼", "战略投资", "10亿元")


def test_the_source_clause_names_the_subject():
    # RN ed8f850c0e0f: 今日从X了解到，公司近期完成…
    events = extract_events("自变量连融四轮并完成交割、估值破200亿元",
                            "今日从具身大模型公司自变量机器人了解到，公司近期完成新一轮融资且完成交割。")
    assert [e.company for e in events if e.kind == "current"] == ["自变量机器人"]


def test_the_legal_name_after_a_descriptor_and_the_short_name_the_article_uses():
    # RN 523e8744afe5
    e = one("中科奥格完成超2亿元A3轮融资",
            "中国异种移植领域的企业成都中科奥格生物科技有限公司于2026年8月宣布完成超2亿元A3轮融资。"
            "本轮融资由中科创星领投，联想创投、牧原集团跟投，老股东贝达基金、光合创投持续加注。")
    assert (e.company, e.round, e.round_norm) == ("中科奥格", "A3轮", "A轮")
    assert "成都中科奥格生物科技有限公司" in e.company_aliases
    assert e.lead_investors == ["中科创星"] and e.investors == ["联想创投", "牧原集团", "贝达基金", "光合创投"]


def test_a_city_in_front_of_a_brand_is_where_it_is():
    # RN 08473af630f8
    e = one("苏州康瑞健完成Pre-A轮融资")
    assert e.company == "康瑞健" and "苏州康瑞健" in e.company_aliases


def test_a_brand_with_its_english_name_is_kept_as_written():
    # RN 992f3d7a4ccb
    e = one("独家｜月之暗面Kimi完成F轮超35亿美元融资",
            "《科创板日报》记者独家获悉，月之暗面Kimi已完成F轮融资，融资金额超35亿美元，投后估值涨至350亿美元。")
    assert (e.company, e.round, e.amount_text) == ("月之暗面Kimi", "F轮", "超35亿美元")


def test_latin_names_that_begin_like_a_descriptor():
    # RN 7c5e828c910a: App is a descriptor word, Apptronik is a name
    e = one("谷歌下注、特斯拉劲敌？美国人形机器人公司Apptronik融资3.5亿美元")
    assert (e.company, e.amount_text) == ("Apptronik", "3.5亿美元")


# --- the subject after the deal clause, investor-first and verbless deals ---------------------

def test_the_subject_after_the_deal_clause_in_a_headline():
    # FN 778
    e = one("获2500万元A轮融资，因诺航空致力于用科技解放人力",
            "8月7日消息，西安因诺航空科技有限公司近期对外宣布已经获得2500万人民币A轮融资，"
            "本轮融资由国中创投国家中小企业发展基金领投，中海资本、华兴创投跟投。")
    assert e.company == "因诺航空" and e.investors == ["中海资本", "华兴创投"]


def test_investor_first_headline_without_de():
    # FN 70
    e = one("Coatue领投作业帮D轮3.5亿美元融资，高盛、春华资本、红杉中国、GGV等跟投")
    assert (e.company, e.round, e.amount_text, e.lead_investors) == ("作业帮", "D轮", "3.5亿美元", ["Coatue"])
    assert e.investors == ["高盛", "春华资本", "红杉中国", "GGV"]


def test_investor_invests_toward_the_company():
    # FN 233
    e = one("招商局子公司向寒武纪投资4000万元人民币")
    assert (e.company, e.amount_text, e.currency) == ("寒武纪", "4000万元人民币", "CNY")


def test_investor_leads_with_an_amount():
    # RN 40a8700c2195
    e = one("宁德时代再度加码核聚变 以数亿元领投贝塔聚变新一轮融资")
    assert (e.company, e.round, e.amount_text, e.lead_investors) == ("贝塔聚变", None, "数亿元", ["宁德时代"])


def test_the_amount_after_the_round():
    # FN 1683, FN 629
    assert one("欢乐口腔完成B轮融资4.5亿").amount_text == "4.5亿"
    e = one("【车车车险】获B轮融资2亿元！")
    assert (e.company, e.round_norm, e.amount_text) == ("车车车险", "B轮", "2亿元")


def test_the_amount_in_a_later_clause():
    # FN 688, FN 746
    e = one("租房分期的服务平台“你找我租”获得1050万人民币天使轮融资",
            "9月18日消息，“你找我租”已于2017年6月完成天使轮融资，融资金额为1050万元。")
    assert e.amount_text == "1050万元"
    e = one("精神升级时代的男装，MAGMODE名堂完成1500万美元B2轮融资",
            "8月21日消息，由蔡崇达创立的设计师男装品牌孵化器MAGMODE名堂近日对外宣布已经完成了B2轮融资，"
            "由凯辉私募领投，创新工厂跟投，融资金额为1500万美元。")
    assert (e.amount_text, e.currency, e.round_norm, e.lead_investors) == ("1500万美元", "USD", "B轮", ["凯辉私募"])


def test_a_valuation_after_the_number_is_no_amount():
    # RN 6ccf17e8d5be: 已获1亿美元估值新融资
    events = current("原华为盘古“90后少帅”离职创业，新公司已获1亿美元估值新融资")
    assert all(e.amount_text is None for e in events)


def test_the_round_named_before_a_raise_verb():
    # RN 9485681f25e9: X在后期融资中筹集了2.5亿美元
    e = one("网络安全初创公司Horizon3.ai融资2.5亿美元",
            "总部位于旧金山的提供道德黑客雇佣服务的Horizon3.ai在后期融资中筹集了2.5亿美元。本轮融资由NightDragon和NEA共同领投。")
    assert (e.company, e.amount_text, e.lead_investors) == ("Horizon3.ai", "2.5亿美元", ["NightDragon", "NEA"])


# --- rounds ---------------------------------------------------------------------------------

def test_a_named_round_wins_over_new_round():
    # FN 88, FN 508
    e = one("极橙儿童齿科获新一轮融资，清新资本领投", "极橙儿童齿科近日获得新一轮A+轮融资，清新资本领投、原有投资方道彤投资及IDG继续追投。")
    assert (e.round, e.round_norm) == ("A+轮", "A+轮")
    e = one("【华志微创获5000万元首轮融资】从事神经手术外科机器人研发")
    assert (e.round, e.round_norm) == (None, "股权融资")


def test_combined_rounds_are_one_label():
    # RN 878eb8b775df
    e = one("擎天租完成A轮及A+轮融资，估值达到70亿元")
    assert (e.round, e.round_norm) == ("A轮及A+轮", "other:A轮及A+轮")


# --- roles ----------------------------------------------------------------------------------

def test_relative_clause_investor_is_the_sole_backer():
    # FN 95
    e = one("维眸生物科技完成5000万人民币B轮融资", "7月12日，维眸生物科技有限公司宣布完成由龙磐投资的5000万元人民币的B轮融资。")
    assert (e.lead_investors, e.lead_basis) == (["龙磐"], "sole")


def test_lead_verbs_other_than_ling_tou():
    # FN 625: 主导; RN 523e8744afe5 style 牵头
    events = extract_events("", "早在成立之初，基准医疗即完成了由北极光创投主导的A轮融资。")
    assert [(e.lead_investors, e.lead_basis) for e in events] == [(["北极光创投"], "explicit")]


def test_investors_listed_in_a_later_sentence():
    # FN 394
    e = one("招聘平台SpringRole完成130万美元私募融资",
            "美国和班加罗尔区块链专业网络SpringRole今日完成了130万美元私募融资。"
            "投资方包括AlphaBlock Investments、DNA、BlockWater和Wavemaker Genesis。（猎云网）")
    assert e.investors == ["AlphaBlock Investments", "DNA", "BlockWater", "Wavemaker Genesis"] and e.lead_investors == []


def test_followers_who_are_not_named():
    # FN 1627: 其他老股东悉数跟投 names nobody
    e = one("猩便利获蚂蚁金服战略投资，深度布局智能无人货柜", "近日，国内领先的即时便利消费平台猩便利获得蚂蚁金服战略投资，其他老股东悉数跟投。")
    assert (e.round_norm, e.lead_investors, e.lead_basis, e.investors) == ("战略投资", ["蚂蚁金服"], "sole", [])


def test_every_role_sentence_of_the_paragraph():
    # RN 714b304ad5cc: 领投；联合领投；持续加码 in three clauses
    e = one("本源量子完成近30亿元Pre-IPO轮融资",
            "量子计算公司本源量子近日完成近30亿元Pre-IPO轮融资，投前估值达210亿元。本轮融资由中国兵器集团领投，增资5亿元；"
            "中科创星联合领投4.5亿元，深创投、中网投、合肥高投等老牌机构持续加码。")
    assert e.lead_investors == ["中国兵器集团", "中科创星"]
    assert e.investors == ["深创投", "中网投", "合肥高投"]


def test_jointly_participating_investors():
    # RN 3dbbaf5f7112
    e = one("“中科驭数”完成C+轮融资，投后估值近70亿元",
            "近日，国内DPU芯片企业“中科驭数”正式完成C+轮融资，本轮融资由长江资本、太平科创、尚颀资本等多家产业资本与政策性基金联合参与。")
    assert e.investors == ["长江资本", "太平科创", "尚颀资本"] and e.lead_investors == []


def test_glosses_in_brackets_are_not_part_of_an_investor_name():
    # RN 3cdb57042b28 / 691eeaea32bd
    e = one("物理AI公司章鱼动力获5000万美元融资",
            "章鱼动力宣布完成5000万美元融资。本轮融资由锦秋基金领投，鲲鹏基金（大数据方向国家级基金）、厚雪资本参与。")
    assert e.investors == ["鲲鹏基金", "厚雪资本"]


def test_a_history_sentence_lends_its_investors_to_no_current_round():
    # finvest-gold 82cd44a6b417 (轻氧): 已先后获得…Pre-A轮…A轮
    e = one("【首发】物联网洗护服务平台轻氧完成5500万元A+轮融资，海尔资本、58产业基金联合领投",
            "2018年7月24日，物联网洗护服务平台轻氧宣布完成5500万人民币的A+轮融资，由海尔资本、58产业基金联合领投。"
            "轻氧洗衣成立于2017年1月，已先后获得原美团网COO干嘉伟的天使轮投资，浅石创投领投的Pre-A轮投资，以及IDG资本领投的A轮投资。")
    assert e.lead_investors == ["海尔资本", "58产业基金"]


# --- not current deals ------------------------------------------------------------------------

def test_a_superlative_is_no_company():
    # FN 1828
    events = extract_events("【好车伯乐】获B轮7000万融资，好车伯乐获得云集资本领投",
                            "二手车第三方车况检测服务平台好车伯乐对外宣布，公司已获得7000万人民币的B轮融资，成为车况检测服务领域内首家获得B轮融资的公司。")
    assert all("首家" not in e.company for e in events)
    assert [e.company for e in events if e.kind == "current"] == ["好车伯乐"]


def test_a_story_that_mentions_rounds_is_not_a_deal_report():
    # RN 2262662d98b1
    events = extract_events("影目科技、雷鸟创新出狠招，AI眼镜圈沸腾了",
                            "例如：影目科技完成C轮融资5.8亿元，估值突破50亿元，雷鸟创新也获得大额融资。")
    assert [e.kind for e in events] and all(e.kind == "past" for e in events)


def test_a_listing_that_happens_now_is_an_ipo():
    # RN 25b44516a172
    e = one("Sionna今晚上市：发行价18美元 募资1.9亿美元 挑战Vertex")
    assert (e.company, e.round_norm, e.amount_text) == ("Sionna", "IPO", "1.9亿美元")
    assert current("某公司拟赴港上市 募资10亿港元") == []


def test_a_newsflash_repeating_its_headline_states_the_deal_once():
    # RN f97927529fce: the body's wording wins
    e = one("影眸科技Hyper3D获数亿元新融资",
            "【影眸科技Hyper3D获数亿元新融资】6月23日，界面新闻获悉，3D生成大模型公司影眸科技宣布完成新一轮数亿元人民币融资。")
    assert e.amount_text == "数亿元人民币"


# --- investor names: where a name ends, descriptions, runs of English names, later paragraphs ------

def test_an_investor_name_ends_at_its_firm_ending():
    # RN 67d91a5e8238 (融资额), RN 944209f05887 (携), RN a2620f096fd4 (独家), RN 40fa86b782b0 (联合)
    e = one("中网投领投 全球边缘智算龙头云天畅想完成超10亿元E轮融资",
            "今日，全球边缘智算龙头云天畅想（Cloudsky）宣布完成超10亿元人民币E轮融资，中国互联网投资基金领投，"
            "中金资本融资额等机构联合投资，在2026年中国边缘智算领域创新高。")
    assert e.investors == ["中金资本"]
    e = one("地方国资、保险资本联合出资！零重力飞机工业完成近5亿元融资",
            "6月18日消息，零重力飞机工业（合肥）有限公司宣布完成近5亿元新一轮融资。本轮融资由合肥国资领投，"
            "华安资产携保险资金首次入局，老股东云时资本、方广资本持续加注。")
    assert e.investors[0] == "华安资产"
    e = one("液冷企业奕信通完成B+轮融资 两轮累计近2亿元", "今日，液冷企业奕信通宣布完成B+轮融资，由中车资本独家战略投资。")
    assert e.lead_investors + e.investors == ["中车资本"]
    e = one("“希奥端计算”完成数亿元A轮融资",
            "36氪获悉，服务器CPU厂商“希奥端计算”完成数亿元A轮融资，并同步将总部迁至南京江北新区。"
            "本轮融资由铭哲资本、现象资本联合VC领投，中信建投资本、兆易创新等多家产业资本与投资机构首次入局，老股东持续加码。")
    assert e.lead_investors == ["铭哲资本", "现象资本"]


def test_descriptions_in_the_place_of_investors_are_no_names():
    # RN 5e2f150f1d3a: 持续加码…的研发投入; RN 9485681f25e9: 均曾参与早期融资
    e = one("对话品善生物：刚完成近亿元融资",
            "品善生物完成近亿元A轮融资。完成本轮融资后，我们的战略重点会集中在三个方向：第一，"
            "持续加码高端过滤膜材料、层析填料等核心技术的研发投入，把材料端和工艺端的壁垒进一步做深做厚；")
    assert not [n for n in e.investors + e.lead_investors if "高端" in n or "投入" in n]
    e = one("网络安全初创公司Horizon3.ai融资2.5亿美元",
            "总部位于旧金山的提供道德黑客雇佣服务的Horizon3.ai在后期融资中筹集了2.5亿美元。本轮融资由NightDragon和NEA共同领投，"
            "这两家机构均曾参与早期融资，此外还有十多家新老投资者参投。")
    assert e.lead_investors == ["NightDragon", "NEA"] and e.investors == []


def test_the_listing_mark_of_a_share_class_is_no_part_of_the_name_and_one_backer_is_the_sole_lead():
    # RN 4947266f54ed: 晶泰控股-P宣布完成对或然生物的战略投资
    e = one("或然生物获晶泰控股战略投资", "近日，晶泰控股-P宣布完成对或然生物(Alternative Bio)的战略投资，并建立深度研发合作。")
    assert (e.lead_investors, e.lead_basis, e.investors) == (["晶泰控股"], "sole", [])


def test_english_names_written_one_after_the_other_are_two_names():
    # RN 55d5ba2d55ca (Glints): Fresco Capital Wavemaker Partners
    from extract.roles import roles_in

    roles = roles_in("跟投方包括老股东Monk's Hill Ventures、MindWorks Capital概念资本、 Fresco Capital Wavemaker Partners，以及印度电商Flipkart联合创始人Binny Bansal")
    assert "Fresco Capital" in roles.others and "Wavemaker Partners" in roles.others


def test_investors_named_in_a_later_paragraph_or_including_clause():
    # RN 318d31976e5d: 此轮融资由…参投 in the paragraph after the deal; the headline's short names give way
    e = one("具身智能企业“坤维科技”完成B轮融资，小米、舜宇、深创投和高瓴参投",
            "亿欧消息，近日，专注于高精度力觉传感器研发与生产的坤维（北京）科技有限公司宣布完成 B 轮融资。\n\n"
            "此轮融资由小米产投、舜宇产业基金、深创投、高瓴创投等知名机构参投，此次融资资金将主要投入新产品线研发。")
    assert e.investors == ["小米产投", "舜宇产业基金", "深创投", "高瓴创投"]
    # FN 39 (Embark): 包括…在内的现有投资者也参与了此次投资; the lead as the body's frame names it
    e = one("无人驾驶卡车创企Embark获3000万美元B轮融资，红杉领投",
            "希望成为第一个开发和推出商业上可行的无人驾驶卡车的公司Embark Trucks，在由红杉资本领投的B轮融资中，获得了3000万美元的投资。"
            "红杉合伙人Pat Grady将加入Embark董事会。包括Data Collective、YCombinator、SV Angel和AME Cloud在内的现有投资者也参与了此次投资。")
    assert e.investors == ["Data Collective", "YCombinator", "SV Angel", "AME Cloud"] and e.lead_investors == ["红杉资本"]
    # FN 76 (PPRO): 本轮融资的参投方还包括X，以及现有投资人Y, a paragraph later
    e = one("PayPal领投，跨境支付服务提供商PPRO获5000万美元战略融资",
            "跨境支付服务提供商PPRO获得5000万美元战略融资，由PayPal领投。\n\n"
            "本轮融资的参投方还包括新投资人Citi Ventures，以及现有投资人HPE Growth Capital。")
    assert e.investors == ["Citi Ventures", "HPE Growth Capital"]


def test_a_later_paragraph_on_another_round_lends_no_investors():
    # events_gold 51b9eebb1351 (果酱音乐): 本轮由…领投…的千万级人民币Pre-A轮融资 tells an earlier round
    e = one("果酱音乐获汪峰领投1500万元A轮融资，估值过亿",
            "音乐新媒体果酱音乐近日宣布完成1500万元A轮融资，本轮融资由汪峰领投，梅花天使和娱乐工场跟投，投后果酱音乐估值过亿。\n"
            "此前，去年6月曾获已完成。本轮由银杏谷资本、齐一资本领投，众筹平台蚂蚁达客跟投的千万级人民币Pre-A轮融资。")
    assert e.lead_investors == ["汪峰"] and e.investors == ["梅花天使", "娱乐工场"]


def test_investor_lists_across_clauses_and_shareholders_named_before_their_role():
    # RN a84b78677adc: 包括A、B等财投基金，C等产业资本，以及D等地方国资
    e = one("跨维智能完成10亿元B轮融资 估值超百亿元",
            "6月30日，界面新闻获悉，具身智能企业跨维智能近期完成10亿元B轮融资，投资方阵容包括深创投、前海母基金、恒健资本、工银资本等财投基金，"
            "蓝思科技等产业资本，以及贵阳数字经济基金等地方国资；老股东南山战新投、成都科创投、四川院士基金等继续追投。")
    assert sorted(e.investors) == sorted(["深创投", "前海母基金", "恒健资本", "工银资本", "蓝思科技", "贵阳数字经济基金",
                                          "南山战新投", "成都科创投", "四川院士基金"])
    # RN b9e497a37c2a: A、B…等老股东持续超额加码认购 in a sentence of its own
    e = one("超声波脑机接口企业格式塔科技完成4.2亿元人民币天使+轮融资",
            "国内首家超声波脑机接口企业格式塔科技完成4.2亿元人民币天使+轮融资。本轮融资由华映资本领投，C资本、红杉中国等多家国内外头部投资机构跟投。"
            "道彤投资、云时资本、清松资本、戈壁创投等老股东持续超额加码认购。华兴资本担任独家财务顾问。")
    assert e.investors == ["C资本", "红杉中国", "道彤投资", "云时资本", "清松资本", "戈壁创投"] and e.advisors == ["华兴资本"]


def test_advisors_of_this_round_only():
    # RN 078ecb18a586: 担任后续融资独家财务顾问 advises rounds to come
    e = one("嘉腾机器人完成数千万元战略融资",
            "近日，嘉腾机器人宣布完成数千万元战略融资，由和而泰领投，道禾基金、金木资本跟投，云岫资本担任后续融资独家财务顾问。")
    assert e.advisors == [] and e.investors == ["道禾基金", "金木资本"]
    # FN 656 (运去哪): the investor listed in the clause before is not the advisor
    e = one("“运去哪”获招商局创投近1亿元人民币战略投资",
            "10月31日消息，一站式国际物流在线服务平台——“运去哪”正式对外宣布，已完成近1亿元人民币的新一轮战略融资，"
            "投资方为招商局创新投资管理有限公司（以下简称“招商局创投”）,毅仁资本担任本轮融资的独家财务顾问。")
    assert e.lead_investors == ["招商局创投"] and e.advisors == ["毅仁资本"]
    # RN be7249591cec: 担任本轮融资财务顾问
    e = one("中美瑞康完成超2亿元新一轮融资",
            "中美瑞康宣布完成超2亿元人民币新一轮融资。本轮融资由国中资本领投，IDG资本、光大控股等机构共同投资，"
            "老股东隆门资本持续三轮加注，凯乘资本担任本轮融资财务顾问。")
    assert e.advisors == ["凯乘资本"] and "隆门资本" in e.investors


def test_people_who_invest_in_their_own_name():
    # FN 455 (果库): 数字雕塑家袁启成个人领投; finvest-gold a9ace26a9713 (汤先生): 天图资本李康力以个人名义跟投
    e = one("【果库完成百万元级种子轮融资】为区块链水果口感评级数据平台",
            "3月19日消息，区块链水果口感评级数据平台果库于年初完成百万元级种子轮融资，由中国美术学院的数字雕塑家袁启成个人领投。")
    assert e.lead_investors == ["袁启成"]
    e = one("汤先生获真格基金领投近600万天使融资，主打汤品消费升级",
            "6月26日消息，主打汤品的餐饮品牌“汤先生SoupMaster”（以下简称“汤先生”）已完成近600万元天使轮融资，真格基金领投，"
            "天图资本李康力以个人名义跟投，安可资本担任独家财务顾问。")
    assert (e.lead_investors, e.investors, e.advisors) == (["真格基金"], ["李康力"], ["安可资本"])


def test_an_old_shareholder_since_an_earlier_round_and_the_investors_of_the_round_a_paragraph_later():
    # RN f7890aae702d (LiberAI): 老股东红杉中国自天使轮连续追加四轮
    e = one("LiberAI完成新一轮数亿元融资",
            "今天，LiberAI宣布完成新一轮 数亿元Pre-A+轮融资 ，投资方包括360战投、国开金融、创新工场、CMC资本、彬复资本等，"
            "老股东红杉中国自天使轮连续追加四轮。")
    assert "红杉中国" in e.investors
    # FN 86 (Toka): 这家特拉维夫创企种子轮融资的投资方包括…, a paragraph after the deal
    e = one("网络安全创企Toka获1250万美元种子轮融资",
            "如今以色列创企Toka宣布获1250万美元种子轮融资，它将帮助国家改善网络安全防护。\n\n"
            "这家特拉维夫创企种子轮融资的投资方包括A16Z、Entrée Capital、Dell Technologies Capital、Launch Capital"
            "以及虚拟分析公司RedSeal的首席执行官Ray Rothrock。")
    assert e.investors == ["A16Z", "Entrée Capital", "Dell Technologies Capital", "Launch Capital", "Ray Rothrock"]


def test_descriptors_and_english_names_around_an_investor_name():
    # events_gold ae097e263a25 (豆包网): 全球化母基金盛景嘉成领投; FN 1854 (Pomelo): 主要有京东和…共同领投
    e = one("豆包网获7500万新一轮融资，盛景嘉成领投",
            "豆包网于2018年年初完成了新一轮融资7500万，由全球化母基金盛景嘉成领投，尚势资本、博将资本、盛腾喜大跟投，原股东汇财投资等持续加持参与。")
    assert e.lead_investors == ["盛景嘉成"] and e.investors == ["尚势资本", "博将资本", "盛腾喜大", "汇财投资"]
    e = one("【在线时装】京东投资泰国在线时装“Pomelo”已获B轮融资1900万美金",
            "泰国在线时装电商Pomelo成功获得1900万美金B轮融资，本轮融资主要有京东和印度尼西亚投资公司Provident Capital Partners共同领投，"
            "美国私募股权公司Lombard Investments跟投。")
    assert e.lead_investors == ["京东", "Provident Capital Partners"]
    # FN 816 (美信金融): an English name in brackets goes; a firm may end in 伙伴 (KIP韩投伙伴), while 合作伙伴 names no one
    from extract.parties import split_names

    assert split_names("KIP韩投伙伴（Korea Investment Partners）") == ["KIP韩投伙伴"]
    assert split_names("战略合作伙伴、伙伴") == []


def test_a_role_sentence_that_opens_with_another_round_is_about_that_round():
    # finvest-gold c1570ffae516 (甲乙丙丁): Pre-A轮融资由中信建投资本领投 after the A round
    e = one("甲乙丙丁获满帮集团3亿元A轮战略投资",
            "6月26日消息，甲乙丙丁获满帮集团3亿元A轮战略投资。这是甲乙丙丁继今年4月Pre-A轮融资后，再次获得融资。"
            "Pre-A轮融资由中信建投资本领投，行业战略投资人跟投。")
    assert (e.lead_investors, e.lead_basis) == (["满帮集团"], "sole")
    # FN 418 (Artemest): 种子轮投资方IAG…继续参投 is an old backer in this round
    e = one("手工奢侈品电商「Artemest」近日完成500万美元A轮融资，由NUO Capital领投",
            "手工奢侈品电商「Artemest」近日完成500万美元A轮融资，由香港包氏家族旗下的NUO Capital领投。"
            "种子轮投资方IAG（Italian Angels for Growth）继续参投，Bagheera Holding也参与了此次投资。")
    assert e.lead_investors == ["NUO Capital"] and "Bagheera Holding" in e.investors


def test_investors_before_a_count_of_backers():
    # finvest-gold acb4460c5960 (Metawave): 现代、丰田和汽车供应公司 Denso 等五家公司投资
    e = one("毫米波雷达技术公司Metawave完成1000万美元融资",
            "据外媒报道，硅谷智能车载雷达公司 Metawave 已经获得1000万美元融资，现代、丰田和汽车供应公司 Denso 等五家公司投资。")
    assert e.investors == ["现代", "丰田", "Denso"]


def test_a_backer_named_as_this_rounds_investor():
    # events_gold 7ff3c55d82a0 (魔方): X为本轮战略投资方; FN 57 (Nervos Network): X及Y为本轮领投方
    e = one("集中式长租公寓品牌魔方公寓获1.5亿美元D轮投资",
            "集中式长租公寓品牌魔方公寓母公司魔方生活服务集团（以下简称：魔方）宣布完成1.5亿美元D轮融资，加拿大机构基金管理公司CDPQ为本轮战略投资方。")
    assert (e.lead_investors, e.lead_basis) == (["CDPQ"], "sole")
    e = one("新一代区块链Nervos Network获2800万美元融资",
            "7月18日，为企业区块链应用而生的新一代区块链 Nervos Network 宣布获得 2800 万美元私募轮融资，投资方包括国内外多家知名机构，"
            "其中红杉资本中国基金及万向区块链为本轮领投方， 国内参与的 VC 包括经纬中国、九合创投、策源创投、峰瑞资本。")
    assert (e.lead_investors, e.lead_basis) == (["红杉资本中国基金", "万向区块链"], "explicit")


def test_new_investors_listed_in_a_paragraph_of_their_own():
    # RN efd157552267 (世航智能): 新投资人包括A和B的产业投资方C、…，老股东…等超额追投
    e = one("海洋机器人最大单轮融资诞生",
            "近日，世航智能宣布完成A轮融资，融资金额超过10亿元。这是目前全球海洋机器人领域规模最大的单轮融资。\n"
            "新投资人包括摩尔线程和昆仑芯的产业投资方上河动量基金、新加坡淡马锡旗下VertexGrowth等，"
            "老股东金沙江创投、祥峰中国基金、华映资本、长石资本、盛景嘉成资本、鞍羽资本等超额追投。")
    assert e.investors == ["金沙江创投", "祥峰中国基金", "华映资本", "长石资本", "盛景嘉成资本", "鞍羽资本",
                           "上河动量基金", "VertexGrowth"]


# --- the subject is a name, not a clause about the company ----------------------------------

def test_a_clause_that_opens_with_a_verb_is_no_company():
    # RN 501b421e2f9f: a subheading that says what the company did
    assert current("国际业务或分拆上市，万国数据投资价值被放大？", "布局东南亚等海外市场，获19亿美元融资") == []
    # RN 4b5c1c7421f5: 聚焦… is what the company named before does
    events = extract_events("国产GPU厂商象帝先完成新一轮融资",
                            "公开资料显示，象帝先由中科院计算机专家唐志敏于2020年9月牵头成立，聚焦国产GPU产业，同年拿下天使轮融资。")
    assert all(not e.company.startswith("聚焦") for e in events)


def test_the_source_of_the_news_is_the_company():
    # RN 2f99458d1adb: 从X处了解获悉，该公司…
    e = one("智元旗下灵巧手估值10亿美元！成立仅5个月 首季实现盈利",
            "记者从智元系灵巧手企业临界点处了解获悉，该公司近期完成近10亿融资，跻身估值10亿美元独角兽行列。")
    assert (e.company, e.amount_text) == ("临界点", "近10亿")


def test_the_company_after_its_deal_phrase():
    # RN 0b17c7a91ae4: 完成…融资的X — the company follows the deal it did
    events = extract_events("电池产业下一个爆点出现？车企早已暗中布局",
                            "近期刚完成千万级天使+轮融资的湖南炎和科技有限责任公司，宣布跑通了干法钙钛矿电池高重复性及高均匀性的制备工艺。\n"
                            "同样在近期完成A轮融资的还有深圳市光因科技有限公司。")
    assert [(e.company, e.round_norm) for e in events] == [("湖南炎和科技有限责任公司", "other:天使+轮"),
                                                           ("深圳市光因科技有限公司", "A轮")]


def test_a_deal_known_only_from_insiders_is_a_rumour():
    # RN 3ca7ffeec2e2: 记者从知情人士处获悉 — the next sentence's announced deal stands
    events = current("借力科创板政策红利 量子计算愈发“吸金”",
                     "财联社7月6日电，日前，记者从知情人士处获悉，玻色量子完成数亿元的Pre-IPO轮融资。"
                     "此外，量旋科技也宣布完成了10亿元D轮融资。")
    assert [e.company for e in events] == ["量旋科技"]
    # RN 6ccf17e8d5be
    assert current("", "多位知情人士对新浪科技透露，王云鹤新创立公司名为“基元律动”，目前该公司融资进展很顺利——已完成一轮1亿美元估值新融资。") == []


# --- background rounds ------------------------------------------------------------------------

def test_the_round_before_this_one_is_background():
    # RN dd13f8340018: 距上轮B+轮融资时隔仅2个月
    events = extract_events('"镁信健康"完成超20亿元C轮融资，今年底拟冲击上市',
                            '36氪独家获悉，距上轮B+轮融资时隔仅2个月，健康险科技企业"镁信健康"再度完成超20亿元C轮融资，'
                            "本轮投资方包括博裕资本、礼来亚洲基金、中金公司等。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("镁信健康", "C轮", "current"), ("镁信健康", "B+轮", "past")]
    # RN 90b704189906: 距首轮超1亿美元天使轮融资落地仅一月左右
    events = extract_events("求之科技再度完成1亿美元天使+轮融资",
                            "8月3日，距首轮超1亿美元天使轮融资落地仅一月左右，具身智能企业求之科技（DISCOVER Robotics）再度完成1亿美元天使+轮融资。")
    assert [(e.round_norm, e.amount_text) for e in events if e.kind == "past"] == [("天使轮", "超1亿美元")]
    # RN ef9c203b002a: 继A轮融资完成后
    events = extract_events("蚂蚁集团领投 戴盟机器人宣布完成数亿元融资",
                            "继A轮融资完成后，戴盟机器人8月11日宣布完成数亿元融资，本轮融资由蚂蚁集团领投，老股东超额跟投加注。")
    assert [(e.company, e.round_norm) for e in events if e.kind == "past"] == [("戴盟机器人", "A轮")]


def test_two_background_rounds_in_one_clause_are_two_rounds():
    # RN 41eb56b367d0: each round with its own amount
    events = extract_events("嘉必优收购欧易生物，“双高”标的如何定价？",
                            "根据企查查，欧易生物于2021年8月、11月先后完成A轮及A+轮融资，其中A轮融资数千万，A+轮融资近亿元。")
    assert [(e.company, e.round_norm, e.amount_text, e.kind) for e in events] == [
        ("欧易生物", "A轮", "数千万", "past"), ("欧易生物", "A+轮", "近亿元", "past")]
    # FN 17d7d997f9b0 (finvest-gold)
    events = extract_events("NOLO VR完成A轮1000万美元融资，由蓝驰创投领投",
                            "此前，NOLO VR曾获得莲花资本、伽利略资本的Pre-A轮及天使轮融资。")
    assert [(e.round_norm, e.kind) for e in events if e.kind == "past"] == [("Pre-A轮", "past"), ("天使轮", "past")]


def test_a_clause_that_adds_up_rounds_names_the_company_before_it():
    # finvest-gold fd0880fbf8d6: 加上…D轮融资，VIPKID… — 加上 is no company
    events = extract_events("VIPKID完成5亿美元D+轮融资",
                            "6月21日消息，全球最大的在线少儿英语品牌VIPKID今日确认完成5亿美金的D+轮融资，并披露了相关细节。"
                            "加上去年8月获得的2亿美元D轮融资，VIPKID在短短不到一年时间内融资达7亿美元。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("VIPKID", "D+轮", "current"), ("VIPKID", "D轮", "past")]


def test_counted_rounds_and_rankings_are_no_deal():
    # finvest-gold fd0880fbf8d6
    assert events_in_sentence("值得一提的是，VIPKID还是红杉资本中国基金首个“5连投”的创业公司，并且连续三次获得云锋基金投资。") == []
    assert events_in_sentence("定位高端的VIPKID拿下超过行业一半的市场份额，并获得了全行业最多的融资金额。") == []


def test_an_investor_named_before_the_round_does_not_end_the_deal():
    # finvest-gold f1ceb0fce8ca: 完成由X投资的200万人民币种子轮融资
    events = extract_events("自闭康复平台暖星社区宣布完成300万天使轮融资",
                            "暖星社区于2016年年初成立，于当年11月底完成由中职动力投资的200万人民币种子轮融资。")
    assert [(e.company, e.round_norm, e.amount_text, e.kind) for e in events if e.kind == "past"] == [
        ("暖星社区", "种子轮", "200万人民币", "past")]


def test_an_unnamed_background_round_joins_a_named_one_only_by_its_amount():
    # RN ec9490f74058: a company's history, one round a line
    events = extract_events("腾讯派驻高管李强当销售易董事长：已持有后者超50%",
                            "2013年，销售易获云天使基金的天使投资、红杉资本A轮千万级投资。\n\n2021年9月，销售易宣布获得7000万美元融资。")
    assert ("股权融资", "7000万美元") in [(e.round_norm, e.amount_text) for e in events]
    # RN f65c5f046e8f: one sentence, one deal
    events = extract_events("维咖瑞完成5000万元A轮融资",
                            "近日，国产咖啡品牌维咖瑞在咖啡行业引发强烈关注，其母公司维咖瑞咖啡品牌管理(江苏)有限公司成功完成A轮融资，"
                            "获得瑞信基金5000万元投资。")
    assert len([e for e in events if e.kind == "past"]) <= 1


def test_the_round_named_before_the_verb():
    # RN 724fcce9b6bb: 在A轮融资中获得
    events = extract_events("鲁欧智造完成A+轮融资，全力打造热数字孪生技术体系",
                            "近日，鲁欧智造（山东）数字科技有限公司（简称：鲁欧智造）成功完成A+轮数千万融资，本轮融资由中关村发展集团启航投资领投、"
                            "源禾资本跟投。此前，公司已在A轮融资中获得深创投及中科创星的投资。")
    assert [(e.round_norm, e.investors) for e in events if e.kind == "past"] == [("A轮", ["深创投", "中科创星"])]
    # RN f09b14e25f34: 种子前轮
    events = extract_events("瑞士金融科技公司TRESIO开发一站式财务规划和分析软件",
                            "2023年9月，TRESIO完成了65万瑞士法郎的种子前轮融资，资金计划用于产品研发。")
    assert [(e.round_norm, e.amount_text) for e in events] == [("other:种子前轮", "65万瑞士法郎")]


def test_the_subject_of_a_counting_clause_is_the_company_of_the_rounds_after_it():
    # RN 0c6b7bc6fab3: xAI现已完成多轮融资，去年5月获…B轮融资
    events = extract_events("马斯克欲以974亿美元组团收购OpenAI，奥特曼明确拒绝",
                            "2019年，微软向OpenAI投资10亿美元。xAI现已完成多轮融资，去年5月获60亿美元B轮融资，12月又完成60亿美元C轮融资。")
    assert [(e.company, e.round_norm) for e in events if e.round_norm != "股权融资"] == [("xAI", "B轮"), ("xAI", "C轮")]
    # RN 8b11c67acd0d: a round 接近完成 is a plan, and so is what the sentence says next
    events = extract_events("无界动力完成新一轮融资 天使轮累计融资超2亿美元",
                            "通用具身智能机器人公司无界动力宣布完成天使++轮融资，本轮由远景科技集团、北京市人工智能产业投资基金联合投资。"
                            "同时，天使+++轮融资接近完成，获得互联网产业资本、顶级美元和人民币资本的支持，天使轮累计融资超2亿美元。")
    assert [(e.company, e.round_norm) for e in events if e.kind == "current"] == [("无界动力", "other:天使++轮")]


def test_what_is_announced_now_about_earlier_is_news():
    # RN d187b437940c: X宣布此前已再获超7亿元融资
    events = extract_events("VC/PE周报丨千亿 VC 宣布“换帅”；三六零出资做LP",
                            "近日，无问芯穹宣布此前已再获超7亿元融资，联合领投方为杭州高新金投集团和惠远资本。")
    assert [(e.company, e.kind) for e in events] == [("无问芯穹", "current")]


def test_then_tells_a_round_of_the_past():
    # RN 2bb45b1eeafd: 当时，X宣布完成…B轮融资
    events = extract_events("人形机器人独角兽Figure AI“抛弃”OpenAI CEO宣布30天内要惊艳世界",
                            "Figure AI与OpenAI的合作始于2024年2月底。当时，Figure AI宣布完成6.75亿美元B轮融资，公司估值达到26亿美元。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("Figure AI", "B轮", "past")]


def test_a_place_and_a_trade_are_no_company():
    # RN ceea358d7dfa: the headline describes the company the body names
    e = one("谷歌下注，美国AI人形机器人公司融资3.5亿，特斯拉迎来劲敌？",
            "当地时间周四（2月13日），美国人形机器人初创公司Apptronik宣布完成3.5亿美元的A轮融资，将扩大公司人工智能（AI）机器人的生产规模。")
    assert (e.company, e.round_norm, e.amount_text) == ("Apptronik", "A轮", "3.5亿美元")


def test_strategic_said_of_an_investor_is_not_the_round():
    # RN 1e798a694cde: 本轮融资由…联合投资，并获得头部机器人本体企业战略投资
    e = one("“艾欧智能”完成数亿元融资",
            "36氪获悉，机器人与具身智能数据基础设施企业“艾欧智能”（IO-AI Tech）宣布完成数亿元融资。"
            "本轮融资由顺为资本、松禾资本、深创投联合投资，并获得头部机器人本体企业战略投资。")
    assert (e.company, e.round_norm) == ("艾欧智能", "股权融资")


def test_an_investor_that_made_an_investment_is_not_funded():
    # RN 603963a41e12 (AI周报)
    assert events_in_sentence("两家企业周一对外披露，英伟达在难得深度了解该初创公司研发进展后，完成了一笔大额投资；") == []
    # a loan to invest in a company is no equity round
    assert current("软银集团用于投资OpenAI的400亿美元贷款据悉新增21家贷款人",
                   "7月27日，据报道，软银集团为向美国科技巨头OpenAI进行投资而寻求的400亿美元过桥贷款，已吸引了21家新的贷款机构参与。") == []


def test_the_company_the_headline_names_has_the_news_deal():
    # RN 94da9660976b: the headline states no deal but names whose round it is about
    events = extract_events("9650亿美元！Anthropic新一轮融资后估值超越OpenAI",
                            "当地时间5月28日，Anthropic在官网上发布文章称，公司已完成总额为650亿美元的H轮融资，由阿尔蒂米特资本、"
                            "德拉戈尼尔投资、格林奥克斯资本和红杉资本领投。OpenAI在今年3月底完成创纪录的1220亿美元融资。")
    assert [(e.company, e.kind) for e in events] == [("Anthropic", "current"), ("OpenAI", "past")]


def test_the_equity_part_of_a_mixed_raise_is_the_round():
    # RN e5a31f4a96b4: 其中包括…D轮股权融资及…债权融资
    e = one("辐联科技完成超10亿元融资",
            "5月19日，辐联科技宣布完成超10亿人民币融资，其中包括约7.5亿人民币D轮股权融资及2.7亿人民币债权融资。本轮融资由维梧资本领投。")
    assert (e.round_norm, e.amount_text) == ("D轮", "约7.5亿人民币")


def test_a_product_glued_to_the_brand_is_not_the_name():
    # RN 17a83a7833dc: the headline names the product, the body the brand alone
    e = one("深创投出手，投了一家船用推进器",
            "近期，利屹恩船用推进器（上海）完成近亿元A轮融资，由深创投领投，老股东接力基金、动潮投资跟投。\n\n"
            "据天眼查，利屹恩是一家致力于CPP可调桨、侧推和全回转等推进器的国际化公司。")
    assert (e.company, e.round_norm) == ("利屹恩", "A轮")
    # events_gold 08797ae54917: an adverb glued to the brand
    e = one("【果小美】完成C轮融资！果小美累计融资金额超5亿元！",
            "11月23日消息，在今天下午举办的成都高新区“新经济工作会议”上，果小美创始人兼CEO阎利珉对外透露果小美近期经完成C轮融资，"
            "累计融资金额超过5亿人民币。")
    assert (e.company, e.round_norm) == ("果小美", "C轮")


def test_a_subject_that_took_money_before_is_not_a_name_after_its_deal():
    # finvest-gold caa5f3804b8c: 曾获百度投资的房司令完成… — 百度's earlier money is not this D+ round
    events = extract_events("曾获百度投资的房司令完成数千万元D＋轮融资，双良集团领投", "")
    assert [(e.company, e.round_norm, e.kind) for e in events if e.round_norm == "D+轮"] == [("房司令", "D+轮", "current")]


def test_a_gloss_in_brackets_is_the_same_company():
    # finvest-gold 81a13d1afb4b: 商有外卖管家 and 商有（TG）外卖管家; 继天使轮后 names the round before
    events = extract_events("商有外卖管家获千万级Pre-A轮融资，华映资本领投",
                            "近日，外卖代运营方向创业项目，商有（TG）外卖管家宣布获得千万级Pre-A轮融资，华映资本领投，微盟继天使轮后继续跟投。")
    assert [(e.round_norm, e.kind) for e in events] == [("Pre-A轮", "current"), ("天使轮", "past")]


def test_a_listing_told_with_its_year_is_a_background_ipo():
    # RN 43a33bd789d8, RN efd157552267
    events = extract_events("泡泡玛特押注的，不止《哪吒》", "最终，Molly这个IP，让泡泡玛特在融资很少的情况下变得“有钱”起来。\n\n"
                            "2020年，泡泡玛特在港交所上市，在一众互联网公司中显得十分独特。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("泡泡玛特", "IPO", "past")]
    events = extract_events("VC/PE周报｜蜜雪冰城出资15亿元做LP；海洋机器人领域最大单轮融资诞生",
                            "2025年3月，蜜雪冰城在港交所主板挂牌上市，基石投资者包括红杉中国、 高瓴、美团龙珠等。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("蜜雪冰城", "IPO", "past")]
    # RN 63baea308414: a plan is no listing
    assert extract_events("", "2023年7月，欣旺达公告称计划分拆欣旺达动力在创业板上市。") == []


def test_listings_told_as_landing_on_a_market_on_a_date_or_on_their_first_day():
    # recent-news 41eb56b367d0: 2019年12月，嘉必优登陆科创板，募资6.5亿元 (no 上市 after the market)
    events = extract_events("嘉必优收购欧易生物", "嘉必优是一家营养素企业。2019年12月，嘉必优登陆科创板，募资6.5亿元。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("嘉必优", "IPO", "past")]
    # recent-news 3d673fdc8d1f: the date after the name, 于6月上市
    events = extract_events("Anthropic计划开展超大规模IPO", "据报道，Anthropic正筹备上市。此前，SpaceX于6月上市，估值1.77万亿美元。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("SpaceX", "IPO", "past")]
    # recent-news eb8c17d8186b: 1月31日，Metsera上市首日，股价涨幅达到47.22%
    events = extract_events("减肥药第一股", "市场热度很高。1月31日，Metsera上市首日，股价涨幅达到47.22%。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("Metsera", "IPO", "past")]
    # a listing still to come is none
    assert extract_events("", "市场热度很高。该公司将于6月上市。") == []
    assert extract_events("", "市场热度很高。小米于2018年启动上市计划。") == []


def test_two_background_rounds_each_with_its_amount():
    # RN 3aef875cf543 (the investor list cut short): 已分别完成10亿元Pre-B轮和15亿元B1轮融资
    events = extract_events("极佳视界获10亿元B2轮融资",
                            "近日，极佳视界获10亿元B2轮融资，本轮融资由狮城资本、建投投资共同投资。此前2026年3月和4月，极佳视界已分别完成10亿元Pre-B轮和15亿元B1轮融资。")
    assert [(e.round_norm, e.amount_text) for e in events if e.kind == "past"] == [("Pre-B轮", "10亿元"), ("B轮", "15亿元")]


def test_a_valuation_after_the_round_is_not_its_amount():
    # finvest-gold dabf0edc6fa0
    e = one("【一条获C＋轮融资】京东、东博资本领投、估值5亿美元",
            "1月22日消息，据36kr报道，一条近日完成了C+轮融资，估值5亿美元，由京东、东博资本领投，老股东挚信资本追投。")
    assert (e.company, e.round_norm, e.amount_text) == ("一条", "C+轮", None)


def test_a_companys_rounds_of_earlier_months_are_its_history():
    # RN f7890aae702d: 今天 the newest round; 今年5月 and 6月 the ones before it
    from datetime import datetime
    events = extract_events("清华特奖得主，00后刘松铭，融资数亿",
                            "机器人前瞻7月31日报道，今天，LiberAI宣布完成新一轮 数亿元Pre-A+轮融资 ，投资方包括360战投、国开金融、创新工场、"
                            "CMC资本、彬复资本等，老股东红杉中国自天使轮连续追加四轮。 今年5月，LiberAI宣布完成近5亿的种子轮、天使轮和天使+轮融资；"
                            "6月，该公司再次宣布完成数亿元Pre-A轮融资。", datetime(2025, 7, 31))
    assert [(e.round_norm, e.kind) for e in events if e.kind == "current"] == [("other:Pre-A+轮", "current")]
    assert {"种子轮", "Pre-A轮"} <= {e.round_norm for e in events if e.kind == "past"}


def test_rounds_announced_together_are_the_news():
    # RN 12f4215bfcd9: 宣布连续完成三轮融资 — one deal, its leads and amount
    e = one("“猿声科技”连续完成三轮融资，金额超亿元",
            "36氪获悉，具身触觉企业“猿声科技”宣布连续完成三轮融资，分别由恒信华业、上富电技和拓普集团领投，曦晨资本等财务机构跟投，"
            "融资额超亿元人民币。")
    assert (e.company, e.round_norm, e.amount_text) == ("猿声科技", "股权融资", "超亿元人民币")


def test_the_rounds_this_ones_money_joins_are_background():
    # RN 45ba6001acfb: 本轮融资资金将与A轮、A+轮融资资金一道
    events = extract_events("星环聚能完成新一轮8.8亿元融资",
                            "据星环聚能消息，近日完成新一轮(A++轮)融资，融资金额为8.8亿元人民币。本轮融资资金将与A轮、A+轮融资资金一道，"
                            "共同用于上海嘉定实验基地建设。")
    assert [(e.round_norm, e.kind) for e in events if e.kind == "past"] == [("A轮", "past"), ("A+轮", "past")]
    # events_gold 376b5bf547c3: 这是站酷继2014年A轮和2016年B轮之后的新一轮融资
    events = extract_events("【站酷完成1500万美金B+轮融资】持续发力原创社区与正版平台",
                            "2月24日消息，国内设计师互动平台站酷今日宣布完成B+轮战略融资，融资金额为1500万美金，本轮投资方为其多年合作伙伴、美国上市公司Shutterstock。"
                            "这是站酷继2014年A轮和2016年B轮之后的新一轮融资。")
    assert [(e.round_norm, e.kind) for e in events if e.kind == "past"] == [("A轮", "past"), ("B轮", "past")]


def test_an_investor_of_an_earlier_round_names_that_round():
    # finvest-gold cdf961465079: A轮投资人山行资本跟投
    events = extract_events("小鹿叮叮获数千万元B轮融资，顺为资本领投",
                            "6月28日消息，小鹿叮叮已经完成数千万元人民币的B轮融资。本轮投资由雷军旗下顺为资本领投，A轮投资人山行资本跟投。")
    assert [(e.round_norm, e.kind) for e in events] == [("B轮", "current"), ("A轮", "past")]
    # RN a2620f096fd4: 源码资本为奕信通A轮领投方
    events = extract_events("液冷企业奕信通完成B+轮融资 两轮累计近2亿元",
                            "今日，液冷企业奕信通宣布完成B+轮融资，由中车资本独家战略投资。其中，源码资本为奕信通A轮领投方。")
    assert ("A轮", "past") in [(e.round_norm, e.kind) for e in events]


def test_a_background_list_of_rounds_without_verbs():
    # finvest-gold a08edd6e53c1: 先后获得了…天使轮融资，海尔赛富基金领投的6000万A轮融资
    events = extract_events("云起智能LifeSmart获8000万元B轮融资！云起智能LifeSmart获华登国际领投",
                            "在此之前，云起智能LifeSmart已经先后获得了天使湾领投的1000万天使轮融资，海尔赛富基金领投的6000万A轮融资。")
    assert ("A轮", "6000万") in [(e.round_norm, e.amount_text) for e in events if e.kind == "past"]
    # finvest-gold bc1fa616380e: the list goes on after a semicolon: …Pre-A轮融资；及由广东文投领投的1000万天使轮融资
    events = extract_events("「千鸟互联」宣布完成3800万A轮融资，成立六个月共计完成5600万融资",
                            "近日，印刷包装领域的互联网公司「千鸟互联」宣布完成由青松基金领投、前海天禾文化基金跟投的3800万A轮融资。"
                            "此前，千鸟互联已经获梅花创投领投、朱晔和孔毅个人跟投的800万Pre-A轮融资；及由广东文投领投的1000万天使轮融资。")
    assert [(e.round_norm, e.amount_text, e.lead_investors) for e in events if e.kind == "past"] == [
        ("Pre-A轮", "800万", ["梅花创投"]), ("天使轮", "1000万", ["广东文投"])]


def test_the_company_after_its_deal_phrase_in_a_list_of_names():
    # FN 917: 还有刚获得B轮融资的云学堂 — 还有 opens no name
    events = events_in_sentence("垂直到企业内训，还有刚获得B轮融资的云学堂。")
    assert [(e.company, e.round_norm) for e in events] == [("云学堂", "B轮")]


# --- investor names and roles seen in finvest-news 2017–19 ------------------------------------------

def test_a_list_of_followers_opened_by_a_conjunction():
    # FN 1840: …由金沙江创投领投，以及九合创投、不惑创投（原真顺基金）继续跟投 — 以及 joins the list, it names no one
    from extract.roles import roles_in
    roles = roles_in("AI数据服务平台“龙猫数据”宣布获3370万人民币A轮融资，本轮融资主要由金沙江创投领投，"
                     "以及九合创投、不惑创投（原真顺基金）继续跟投。")
    assert roles.leads == ["金沙江创投"] and roles.others == ["九合创投", "不惑创投"]


def test_a_description_then_a_dash_then_the_investor():
    # FN 547: 领投方为平安集团旗下的一支美元基金——平安全球领航基金
    e = one("美国StartUp Health完成1930万美元融资",
            "近日，美国数字医疗创业加速器StartUp Health宣布完成1930万美元的融资，领投方为平安集团旗下的一支美元基金——平安全球领航基金。")
    assert e.lead_investors == ["平安全球领航基金"]


def test_an_english_country_possessive_before_an_investor():
    # FN 27: Singapore’s Jungle Ventures和Nexus Venture Partners参与了跟投 — the country is no part of the name,
    # while Razor’s Edge Ventures is a name of its own
    from extract.parties import clean_name
    assert clean_name("Singapore’s Jungle Ventures") == "Jungle Ventures"
    assert clean_name("Razor’s Edge Ventures") == "Razor’s Edge Ventures"


def test_the_verb_that_closes_a_list_of_investors():
    # FN 565: 投资方为银杏谷资本、齐一创投和多牛资本投资
    e = one("爽蛙获得1500万元战略融资",
            "12月16日消息，共享车载智能按摩垫研发商“爽蛙”近日对外公开已经获得1500万人民币战略融资，投资方为银杏谷资本、齐一创投和多牛资本投资。")
    assert e.investors == ["银杏谷资本", "齐一创投", "多牛资本"]


def test_an_investor_described_by_its_earlier_round():
    # FN 473: A轮投资方宽带资本，红点投资、天使轮资方真格基金继续跟投 — 天使轮资方 tells who they are, not this round
    from extract.roles import roles_in
    roles = roles_in("青藤云安全宣布完成2亿元B轮融资，本轮由红杉资本中国基金领投，A轮投资方宽带资本，红点投资、天使轮资方真格基金继续跟投，"
                     "由弈秋资本担任独家财务顾问。")
    assert roles.leads == ["红杉资本中国基金"] and roles.others == ["宽带资本", "红点投资", "真格基金"]
    # FN 816: 上一轮领投方BAI（…）跟投，此外还有唐竹资本、六禾创投 — last round's lead follows in this one,
    # and 此外还有 lists more backers of the round
    roles = roles_in("美信金融宣布完成千万美元A轮融资，KIP韩投伙伴（Korea Investment Partners）领投，"
                     "上一轮领投方BAI（贝塔斯曼亚洲投资基金）跟投，此外还有唐竹资本、六禾创投。")
    assert len(roles.leads) == 1 and roles.others == ["BAI", "唐竹资本", "六禾创投"]


def test_a_market_led_is_no_round_led():
    # FN 1090: 长期以来，苹果设备一直主导着播客市场 — 主导着 tells who leads a market
    from extract.roles import roles_in
    assert not roles_in("长期以来，苹果设备一直主导着播客市场，尽管分析师称这是一种基本矛盾的做法；")


def test_an_unnamed_venture_arm_is_no_investor():
    # FN 439: 获得由人民网旗下创投企业领投、东方头条等跟投的A轮融资 — 创投企业 names no firm
    from extract.roles import roles_in
    roles = roles_in("智慧停车企业“辉通科技”宣布获得由人民网旗下创投企业领投、东方头条等跟投的A轮融资。")
    assert roles.leads == [] and roles.others == ["东方头条"]


def test_a_later_paragraph_on_the_lead_of_the_round():
    # FN 1585: 本轮融资的领投方为Mosaic Ventures, 参投方包括…、 ACE Ventures， 以及Superangel — a paragraph of its own,
    # and the list goes on after a comma and a space
    events = current("Veriff获770万美元A轮融资",
                     "近日，来自爱沙尼亚的初创公司Veriff完成了770万美元的A轮融资，他们的目标是成为“身份认证领域的Stripe”。\n"
                     "本轮融资的领投方为Mosaic Ventures, 参投方包括Taavet Hinrikus、Ashton Kutcher、Paul Buchheit、Elad Gil、"
                     "SV Angel、 ACE Ventures， 以及Superangel。")
    assert events[0].lead_investors == ["Mosaic Ventures"]
    assert events[0].investors[-2:] == ["ACE Ventures", "Superangel"]


def test_the_round_told_after_who_tells_it():
    # RN ceea358d7dfa: 新闻稿写道，融资由B Capital和Capital Factory共同领投，科技巨头谷歌也参与其中
    from extract.roles import names_this_round
    assert names_this_round("新闻稿写道，融资由B Capital和Capital Factory共同领投，科技巨头谷歌也参与其中。")
    assert not names_this_round("新闻稿写道，公司将扩大生产规模。")


def test_the_kind_of_backer_before_its_name():
    # FN 1579: 投资方为政府基金雄岸基金; FN 1108: 本轮融资由国有资本两江创投领投 — generic words, then the name
    from extract.roles import roles_in
    assert roles_in("可盈科技近日已获得1500万美元Pre-A轮融资，投资方为政府基金雄岸基金，资金将主要用于产品落地和团队建设。").leads == ["雄岸基金"]
    assert roles_in("勤鸟运动获得数千万A轮融资，本轮融资由国有资本两江创投领投。").leads == ["两江创投"]
    # FN 981: …的产业投资基金”水木泽华基金”领投 — the quote after the kind goes too
    assert roles_in("本轮投资由浙江清华长三角研究院杭州分院的产业投资基金”水木泽华基金”领投。").leads == ["水木泽华基金"]


def test_the_backers_of_the_lead_are_not_this_rounds():
    # FN 1782: 本轮融资的领投方钟鼎创投的LP中包括腾讯、京东、顺丰等诸多大佬 — LPs of the lead, in a later paragraph
    from extract.roles import names_this_round
    assert not names_this_round("本轮融资的领投方钟鼎创投的LP中包括腾讯、京东、顺丰等诸多大佬，他们对“供应链+消费”有着深刻的理解和广泛的布局。")


def test_a_backer_described_but_not_named():
    # RN 691eeaea32bd: 由全球消费电子与半导体万亿级巨头、中银国际投资、…联合领投 — the first item describes a backer
    from extract.parties import split_names
    assert split_names("全球消费电子与半导体万亿级巨头、中银国际投资、鲲鹏基金（大数据方向国家级基金）、合信方册") == [
        "中银国际投资", "鲲鹏基金", "合信方册"]
    # events_gold 8037ff773fe5: 由具有资深产业背景和金融行业经验的深圳前海睿泽资产管理有限公司投资 — a description, then the name
    assert split_names("具有资深产业背景和金融行业经验的深圳前海睿泽资产管理有限公司") == ["深圳前海睿泽资产管理有限公司"]


def test_you_inside_a_name_of_a_list():
    # FN 1681: …Goopal Group、哈希资本、极路由董事长王楚云、Ledger Capital跟投 — the 由 of 极路由 opens no investors
    from extract.roles import roles_in
    roles = roles_in("布洛克科技宣布获得2000万A+轮战略投资，本轮投资由上古资本领投，Beechat Fund、Achain生态基金、Goopal Group、"
                     "哈希资本、极路由董事长王楚云、Ledger Capital跟投。")
    assert roles.leads == ["上古资本"]
    assert roles.others == ["Beechat Fund", "Achain生态基金", "Goopal Group", "哈希资本", "王楚云", "Ledger Capital"]


def test_the_investor_between_the_verb_and_the_amount_with_its_particles():
    # FN 893: 曾于2015年11月获得过顺为资本的数千万元人民币的天使投资 — 过 belongs to the verb
    events = extract_events("小米生态链公司小寻科技获1000万元A轮融资",
                            "6月15日消息，小米生态链公司小寻科技获1000万美元A轮融资，诺基亚成长基金和晨兴资本联合投资。"
                            "小寻科技曾于2015年11月获得过顺为资本的数千万元人民币的天使投资。")
    assert [e.lead_investors for e in events if e.kind == "past"] == [["顺为资本"]]
    # FN 870: 2016年3月，Hi维修获恺英网络提供的3000万元A轮融资 — 提供 is the verb of the investor
    assert [e.lead_investors for e in events_in_sentence("2016年3月，Hi维修获恺英网络提供的3000万元A轮融资。")] == [["恺英网络"]]
    # FN 76: 在一次采访中表示 … 只是一次小投资 — a count of times is no name
    from extract.parties import clean_name
    assert clean_name("一次") == ""


def test_adverbs_around_a_name_in_a_role_phrase():
    # RN 501b421e2f9f: B轮投资主要包括由Coatue Management牵头且由The Baupost Group主要参与的新美国投资者
    from extract.roles import roles_in
    roles = roles_in("B轮投资主要包括由Coatue Management牵头且由The Baupost Group主要参与的新美国投资者。")
    assert roles.leads == ["Coatue Management"] and roles.others == ["The Baupost Group"]


def test_the_headline_name_inside_a_longer_body_name():
    # finvest-fresh 7e9ac3325b5f: the body adds the English name, 奢侈品包包共享平台“YOUMIAO有喵”完成了…Pre-A轮融资
    e = one("【共享包】“有喵”完成1500万人民币Pre-A轮融资 用于基础建设",
            "奢侈品包包共享平台“YOUMIAO有喵”完成了1500万人民币Pre-A轮融资，投资方为JadeValue、梅花天使创投。")
    assert (e.company, e.company_aliases) == ("有喵", ["YOUMIAO有喵"])
    # finvest-fresh dddc6bb401b5: the body writes the fuller name, 北京心流互动科技近日透露，日前已完成…天使轮融资
    e = one("主机及VR游戏研发商心流互动获松禾资本等数百万天使投资",
            "主机及VR游戏研发商北京心流互动科技近日透露，日前已完成数百万金额的天使轮融资，由松禾资本领投，集结号资本和乐游资本跟投。")
    assert e.company == "心流互动"
    # events_gold 27a7438df021: 人工智能平台公司商汤科技SenseTime宣布完成C+轮6.2亿美元融资
    e = one("【首发】商汤科技宣布完成6.2亿美元C+轮融资，银湖投资、老虎基金等联合领投",
            "今日，人工智能平台公司商汤科技SenseTime宣布完成C+轮6.2亿美元融资，由多家国内外投资机构和战略伙伴参与。")
    assert e.company == "商汤科技"


def test_the_plus_written_after_angel_round():
    # finvest-fresh 2285c6906326: 已于今年10月完成了1500万元的天使轮+融资 (headline: 天使轮＋融资)
    e = one("电动自行车智能充电产品“云充”宣布获1500万元天使轮＋融资",
            "12月25日消息，电动自行车智能充电产品“云充”宣布，已于今年10月完成了1500万元的天使轮+融资，投资方为银杏谷资本、齐一资本、多牛资本。")
    assert (e.company, e.round_norm, e.amount_text) == ("云充", "other:天使+轮", "1500万元")


def test_a_span_of_time_is_no_subject():
    # finvest-fresh d62f775801ca: 两个月已获约3亿元融资！小麦便利店获君紫资本超亿元Pre-A＋轮融资
    events = current("两个月已获约3亿元融资！小麦便利店获君紫资本超亿元Pre-A＋轮融资")
    assert [(e.company, e.round_norm) for e in events] == [("小麦便利店", "other:Pre-A+轮")]


def test_a_quoted_brand_then_the_word_for_what_it_sells():
    # finvest-fresh 2b8e354d9e0f: 6月14日消息，“轻生活”卫生巾近日获得了启赋资本数千万A轮融资
    e = one("专注线上和用户互动，“轻生活”卫生巾完成数千万A轮融资",
            "6月14日消息，“轻生活”卫生巾近日获得了启赋资本数千万A轮融资。轻生活于2014年7月正式上线销售。")
    assert (e.company, e.round_norm, e.amount_text) == ("轻生活", "A轮", "数千万")


def test_the_short_name_with_the_business_word_the_article_always_writes():
    # finvest-fresh 8acad9c86407: 广州博依特智能信息科技有限公司…博依特科技 (never 博依特 alone)
    e = one("博依特科技完成千万级Pre-A轮融资，由中科科创独家投资",
            "近日，广州博依特智能信息科技有限公司完成千万级Pre-A轮融资，由中科科创独家投资。"
            "博依特科技本轮融资将用于产品研发。博依特科技成立于2015年。")
    assert e.company == "博依特科技"


def test_a_headline_that_lands_on_a_market_is_a_listing():
    # finvest-fresh 9cf8874d18fe: 汇付天下正式登陆港交所，募资大约16亿港元 (登陆 without 上市)
    e = one("汇付天下正式登陆港交所，募资大约16亿港元")
    assert (e.company, e.round_norm, e.amount_text) == ("汇付天下", "IPO", "大约16亿港元")
    assert not current("汇付天下拟登陆港交所，募资大约16亿港元")  # a plan


def test_an_investor_name_ending_in_investment_before_the_round():
    # finvest-fresh 07f868953d4e: 俺来也获得崇德投资、分享阳光投资的2630万元pre-A轮融资
    events = events_in_sentence("此前，2015年初，俺来也获得崇德投资、分享阳光投资的2630万元pre-A轮融资;")
    assert [(e.round_norm, e.amount_text, e.kind) for e in events] == [("Pre-A轮", "2630万元", "past")]
    # finvest-fresh c8eb809396ea: 获得上市公司背景的投资平台银和国瑞天使轮融资
    events = events_in_sentence("此前，“金客拉”曾于2017年9月获得上市公司背景的投资平台银和国瑞天使轮融资。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("金客拉", "天使轮", "past")]
    # finvest-fresh 29f9d74bb798: 先后获得了小米雷军的合力投资、顺为资本、联创永宣等A、B轮融资
    events = events_in_sentence("在此之前，该公司还曾先后获得了小米雷军的合力投资、顺为资本、联创永宣等A、B轮融资。")
    assert "B轮" in [e.round_norm for e in events]


def test_a_trade_before_the_brand_the_article_writes_alone_is_no_brand():
    # finvest-fresh 03b1fc1208b4: 垂直电商豌豆公主宣布完成6800万美元C轮融资 — 豌豆公主 stands alone, 垂直电商 says what it is
    e = one("【豌豆公主】完成6800万美元C轮融资！豌豆公主致力发展垂直电商领域",
            "11月22日消息，垂直电商豌豆公主宣布完成6800万美元C轮融资，投资方未透露。\n"
            "豌豆公主成立于2015年2月，是一家主打日本海淘的跨境电商品牌。豌豆公主的用户以年轻女性为主。")
    assert (e.company, e.round_norm) == ("豌豆公主", "C轮")


def test_rounds_counted_then_told_one_by_one():
    # finvest-fresh 03b1fc1208b4: 曾在2016年获得过3轮融资，分别是…A轮融资，来自…A+轮融资，来自…B轮融资
    events = events_in_sentence("此前，豌豆公主曾在2016年获得过3轮融资，分别是银泰资本、韬蕴资本的1000万美元A轮融资，"
                                "来自真格基金、银泰资本、伊藤忠商社、MTG株式会社的1000万美元A+轮融资，"
                                "来自World  Innovation Lab、银泰资本、韬蕴资本、伊藤忠商事的2600万美元B轮融资。")
    assert [(e.company, e.round_norm, e.amount_text, e.kind) for e in events] == [
        ("豌豆公主", "A轮", "1000万美元", "past"), ("豌豆公主", "A+轮", "1000万美元", "past"), ("豌豆公主", "B轮", "2600万美元", "past")]


def test_a_name_that_ends_like_an_adverb():
    # finvest-fresh 07f868953d4e: 俺来也宣布获得1.2亿元B+轮融资 … 俺来也成立于2014年12月 (也 is part of the name)
    e = one("俺来也获1.2亿元B＋轮融资，并购梵谋和曼科传媒加速布局校园生态",
            "12月28日消息，近日，俺来也宣布获得1.2亿元B+轮融资，投资方为混沌创新基金、新伟扬基金和柯罗尼云起基金等机构。"
            "同时，俺来也还并购了梵谋文化传媒和融途曼科传媒公司。\n俺来也成立于2014年12月，是校园O2O全生态链移动互联平台。")
    assert (e.company, e.round_norm, e.amount_text) == ("俺来也", "B+轮", "1.2亿元")
    # 也 after a name written once is the adverb
    assert one("小米也获得10亿元融资").company == "小米"


def test_a_headline_that_cut_the_last_character_keeps_the_body_name():
    # finvest-news: 【起风了获启迪之星投资】 — the headline name loses 了; the body writes “起风了”
    e = one("【起风了获启迪之星投资】为投融资对接服务平台",
            "3月26日消息，近日提供投融资对接服务平台“起风了”获得启迪之星B轮投资。")
    assert (e.company, e.round_norm) == ("起风了", "B轮")


def test_an_english_abbreviation_after_an_investor_name_is_a_gloss():
    # recent-news 30: 香港高才创业投资基金（HKTT）; the labels give the Chinese name alone (永柏资本（PGA）, 百度风投(BV) alike)
    e = one("章鱼动力完成新一轮5000万美元融资",
            "章鱼动力完成新一轮5000万美元融资。本轮融资由锦秋基金、芯联资本和黄浦江资本领投，集富亚洲、厚雪资本、"
            "香港高才创业投资基金（HKTT）、PangaCapital参与，线性资本等老股东持续加持。")
    assert "香港高才创业投资基金" in e.investors and not any("HKTT" in n for n in e.investors)
    # a name in brackets that is part of a legal name stays
    assert one("星图完成A轮融资，由复星（重庆）私募股权投资基金领投").lead_investors == ["复星（重庆）私募股权投资基金"]


def test_follow_verbs_without_a_role_noun():
    # recent-news 25: 英伟达NVentures等知名风投悉数跟进; FN 769: 现有股东中信资本和正心谷资本全部超额跟进
    e = one("OpenRouter完成1.13亿美元B轮融资",
            "AI模型聚合与调用平台OpenRouter宣布完成1.13亿美元B轮融资，本轮融资由谷歌母公司Alphabet旗下成长基金CapitalG领投，"
            "英伟达NVentures等知名风投悉数跟进，其投后估值达到13亿美元。")
    assert e.lead_investors == ["CapitalG"] and len(e.investors) == 1 and e.investors[0].endswith("NVentures")
    e = one("联易融完成近2亿元B轮融资",
            "8月10日消息，供应链金融平台联易融宣布完成近2亿元人民币B轮融资，由腾讯、招商局创投和贝塔斯曼亚洲投资基金共同投资，"
            "现有股东中信资本和正心谷资本全部超额跟进。")
    assert {"中信资本", "正心谷资本"} <= set(e.investors)


def test_a_list_that_goes_on_after_a_comma_and_yiji():
    # recent-news 159: 由战略投资方某头部全球物流产业资本、深圳南山战新投，以及老股东元禾厚望等多方联合注资
    e = one("L4自动驾驶公司完成一笔新融资",
            "近日，白犀牛宣布完成C1轮融资，由战略投资方某头部全球物流产业资本、深圳南山战新投，以及老股东元禾厚望等多方联合注资。")
    assert (e.company, e.round_norm, e.investors) == ("白犀牛", "C轮", ["深圳南山战新投", "元禾厚望"])


def test_a_digest_headline_that_names_one_deal_keeps_the_others():
    # recent-news 55d5ba2d55ca (36氪 创投日报, six deals), its headline cut to the first of the two deals it names:
    # the headline says it is a digest, so the other companies' deals are not background
    import json
    from tests.conftest import CORPORA
    item = next(r for r in map(json.loads, (CORPORA / "recent-news" / "articles.jsonl").open(encoding="utf-8"))
                if r["id"] == "55d5ba2d55ca")
    title = "创投日报 _「行深智能」获1亿人民币A轮融资；以及今天值得关注的早期项目"
    assert {e.company for e in current(title, item["text"])} == {
        "行深智能", "螳螂科技", "答魔数据", "魅丽纬叶", "Glints", "昕原半导体"}
    # without the digest word the headline's deal is the news and the others are background
    assert {e.company for e in current("「行深智能」获1亿人民币A轮融资", item["text"])} == {"行深智能"}


def test_an_investor_first_headline_with_the_amount_before_the_round():
    # FN 1858: 著名天使投资人薛蛮子投资“爱嗒礼”百万元天使轮融资 (投资人 is the investor's title, not the verb)
    e = one("【薛蛮子】著名天使投资人薛蛮子投资“爱嗒礼”百万元天使轮融资")
    assert (e.company, e.round_norm, e.amount_text, e.lead_investors + e.investors) == ("爱嗒礼", "天使轮", "百万元", ["薛蛮子"])


def test_a_closing_quote_typed_as_an_opening_one():
    # finvest-news: 互联网竹纤维纸巾“无染“获千万级天使轮融资，领投方为纽信创投
    e = one("互联网竹纤维纸巾“无染“获千万级天使轮融资，领投方为纽信创投")
    assert (e.company, e.round_norm, e.lead_investors) == ("无染", "天使轮", ["纽信创投"])


def test_the_company_a_sentence_opened_with_raises_funds_as_该公司():
    # recent-news 138 (财联社): the headline names no company; the body introduces Queue, then 该公司…筹集…资金
    e = one("全球首家全自动机器人药房问世 获1260万美元融资加速其商业化落地",
            "财联社7月8日电，美国加州初创公司Queue日前推出了全球首家全自动机器人药房，该技术的推出正值美国药房劳动力严重短缺、"
            "“药房荒漠”现象日益严重之际。与此同时，该公司宣布已成功筹集1260万美元的资金，这笔资金将用于加速该自动化系统的研发和部署。")
    assert (e.company, e.round_norm, e.amount_text) == ("Queue", "股权融资", "1260万美元")
    # a company described with 这家 was named before: it introduces nothing
    assert current("", "该知情人士称，这家数据中心运营商可能会尝试最早今年让GDSI挂牌上市。该公司已筹集5000万美元的资金。") == []


def test_investor_first_strategic_investment_headlines():
    # FN 1551, FN 1662, FN 450: Y战略投资X, with the amount before or after, in brackets or not
    assert [(e.company, e.round_norm, e.lead_investors) for e in current("盈科资本战略投资创新药企嘉和生物")] == [
        ("嘉和生物", "战略投资", ["盈科资本"])]
    e = one("欢聚时代2.72亿美元战略投资视频社交平台Bigo")
    assert (e.company, e.amount_text, e.lead_investors, e.lead_basis) == ("Bigo", "2.72亿美元", ["欢聚时代"], "sole")
    assert one("【中电健康基金】战略投资实名医生平台医联").company == "医联"
    # FN 1671: a plan (将战略投资) and a time clause (战略投资同程旅游后) are no deal
    assert current("", "华侨城集团将战略投资同程旅游集团，总投资额度超过20亿元。") == []
    assert current("", "华侨城集团战略投资同程旅游后，双方将围绕产业布局展开全面合作。") == []


def test_a_headline_deal_the_body_states_as_debt():
    # FN 1652: 汽车之家战略投资天天拍车1亿美元 — the body: 以1亿美元可转债形式战略投资
    assert current("汽车之家战略投资天天拍车1亿美元",
                   "6月6日晚间消息，汽车之家宣布以1亿美元可转债形式战略投资二手车线上拍卖平台——天天拍车。"
                   "汽车之家有权在本轮投资交割完成后三年内继续以可转债形式对天天拍车做出不超过6500万美元的投资。") == []


def test_a_legal_name_with_a_descriptor_word_inside_it():
    # recent-news f65c5f046e8f: 其母公司维咖瑞咖啡品牌管理(江苏)有限公司成功完成A轮融资 — 品牌 is part of the
    # registered name (…品牌管理有限公司), not a descriptor before it; the investor joins the headline's deal
    e = one("维咖瑞完成5000万元A轮融资",
            "近日，国产咖啡品牌维咖瑞在咖啡行业引发强烈关注，其母公司维咖瑞咖啡品牌管理(江苏)有限公司成功完成A轮融资，"
            "获得瑞信基金5000万元投资。")
    assert (e.company, e.amount_text, e.lead_investors, e.lead_basis) == ("维咖瑞", "5000万元", ["瑞信基金"], "sole")


def test_two_short_names_given_with_xiacheng():
    # recent-news f3469980180e: 浙江宏禧科技有限公司（下称宏禧科技或Metaways）
    e = one("义乌杀出未来独角兽：一把融资5亿",
            "近日，浙江宏禧科技有限公司（下称宏禧科技或Metaways）宣布成功完成A轮近5亿元融资。")
    assert (e.company, e.amount_text) == ("宏禧科技", "近5亿元")
    assert {"Metaways", "浙江宏禧科技有限公司"} <= set(e.company_aliases)


def test_a_quoted_name_that_opens_with_a_preposition():
    # FN 1665: 社区无人便利公司“在楼下”宣布已完成千万美元级别的A+轮融资 — a name in quotes is a name
    e = one("在楼下宣布完成千万美元级A+ 轮融资，IDG资本、创新工场联合领投",
            "6月5日消息，社区无人便利公司“在楼下”宣布已完成千万美元级别的A+轮融资，本轮融资由IDG资本领投，"
            "创新工场联合领投，元璟资本跟投。")
    assert (e.company, e.round_norm, e.lead_investors, e.investors) == ("在楼下", "A+轮", ["IDG资本", "创新工场"], ["元璟资本"])
    # unquoted, 在 still opens a place, not a name
    assert current("", "在上海完成1亿元A轮融资") == []


def test_this_rounds_investors_after_who_tells_them():
    # finvest-gold fd0880fbf8d6 (VIPKID): 据VIPKID透露，此次D+轮投资由…Coatue、腾讯公司、红杉资本中国基金、云锋基金携手领投
    e = one("VIPKID完成5亿美元D+轮融资",
            "6月21日消息，VIPKID今日确认完成5亿美金的D+轮融资，并披露了相关细节。\n\n"
            "据VIPKID透露，此次D+轮投资由全球知名投资管理机构Coatue、腾讯公司、红杉资本中国基金、云锋基金携手领投。")
    assert e.lead_investors == ["Coatue", "腾讯公司", "红杉资本中国基金", "云锋基金"]


def test_investors_of_the_headline_round_in_a_body_that_states_no_deal():
    # finvest-gold 20d206f832d6 (SessionM): the body's deal sentence (宣布了一轮由…领投的…E轮融资) is no deal clause;
    # the next sentence, 包括…在内的现有投资者也参与了此次融资, names the headline round's other investors
    e = one("SessionM获2380万美元E轮融资，由Salesforce Ventures领投",
            "SessionM宣布了一轮由Salesforce Ventures领投的2380万美元的E轮融资。包括Causeway Media Partners、CRV、"
            "General Atlantic、Highland Capital和Kleiner Perkins Caufield &amp; Byers在内的现有投资者也参与了此次融资。"
            "该公司迄今为止已经融资超过9700万美元。")
    assert e.lead_investors == ["Salesforce Ventures"]
    assert e.investors == ["Causeway Media Partners", "CRV", "General Atlantic", "Highland Capital", "Kleiner Perkins Caufield & Byers"]
    # a sentence on another round does not join it
    e = one("星云科技获1亿元B轮融资", "星云科技宣布了一轮1亿元的B轮融资。A轮融资由红杉中国领投。")
    assert e.lead_investors == [] and e.investors == []


def test_a_backer_through_its_vehicle_and_a_clause_that_is_no_name():
    # FN 1148: 本轮融资由熠美投资、…共同投资，其中包括了部分国资的支持，蚂蚁金服通过凡创资本继续加持
    e = one("立刻出行完成千万美元级B+轮融资",
            "共享汽车品牌立刻出行宣布已于年前完成千万美元级别B+轮融资 。本轮融资由熠美投资、凡创资本、君联资本、险峰长青、"
            "蓝驰创投共同投资，其中包括了部分国资的支持，蚂蚁金服通过凡创资本继续加持。")
    assert set(e.investors) == {"熠美投资", "凡创资本", "君联资本", "险峰长青", "蓝驰创投", "蚂蚁金服"}
    # in parentheses, 通过 tells the vehicle of the name before it (FN 791: 杰夫·贝佐斯（通过Bezos Expeditions）)
    assert "Bezos Expeditions）" not in one("Convoy获6250万美元B轮融资",
                                          "物流创企Convoy日前完成6250万美元B轮融资，领投方为Continuity Fund，"
                                          "原投资人包括杰夫·贝佐斯（通过Bezos Expeditions）。").investors


def test_a_role_sentence_that_opens_with_ciwai_and_descriptors_before_investor_names():
    # FN 1149: 此外，当前投资者DST Global和中国快递公司顺丰速运也参与了本轮投资 — 此外 adds to this round
    e = one("美国物流创企Flexport完成10亿美元融资，软银愿景基金领投",
            "北京时间2月22日晚间消息，旧金山货运物流供应商Flexport日前完成新一轮10亿美元的融资，由软银愿景基金领投。"
            "此外，当前投资者DST Global和中国快递公司顺丰速运也参与了本轮投资。")
    assert (e.lead_investors, e.investors) == (["软银愿景基金"], ["DST Global", "顺丰速运"])
    # FN 726: …以及篮球巨星迈克尔·乔丹也参与了投资
    e = one("Gigster获2000万美元B轮融资",
            "外包团队招聘平台Gigster获2000万美元B轮融资，红点创投领投。此外，科技界内外的多位名人——包括Salesforce CEO "
            "Marc Benioff，以及篮球巨星迈克尔·乔丹也参与了投资。")
    assert "迈克尔·乔丹" in e.investors
    # 此外 with 曾 still tells the past
    e = one("星云科技完成1亿元B轮融资，红杉中国领投", "此外，星云科技曾获得IDG资本的A轮投资。")
    assert e.investors == []


def test_a_time_word_before_a_pronoun_a_plan_with_huanhui_and_the_whole_names_of_the_headline_investors():
    # FN 82 (快狗速运): 如今这家创企又获得了2.5亿美元融资 is the deal; 似乎还会获得更多的融资 is a plan; the headline's
    # 华新 is the body's 华新投资, and 阿里巴巴物流子公司菜鸟 is 菜鸟; the bracketed remark after 58到家集团 names no one
    events = extract_events(
        "香港按需物流配送创企快狗速运获2.5亿美元融资，华新领投、阿里参投",
        "按需物流配送服务快狗速运通过并购成为了这一年以来香港第一家独角兽创企，如今这家创企又获得了2.5亿美元融资，它将加大发展方面的投入。\n\n"
        "本轮融资由华新投资领投，参投方包括阿里巴巴物流子公司菜鸟、中俄基金、弘润资本、前海母基金、58到家集团"
        "（也就是58速运的母公司，之前58速运已经和快狗速运合并）。\n\n"
        "除此之外，快狗速运似乎还会获得更多的融资，它表示“这2.5亿美元还只是新融资的第一阶段”。")
    assert [(e.company, e.kind, e.amount_text) for e in events] == [("快狗速运", "current", "2.5亿美元")]
    assert events[0].lead_investors == ["华新投资"]
    assert events[0].investors == ["菜鸟", "中俄基金", "弘润资本", "前海母基金", "58到家集团"]  # finvest-rest2 labels 菜鸟


def test_a_name_and_its_short_form_are_one_investor():
    # FN 1719: 嗖嗖身边获天九控股3亿元B轮融资 — the body names 天九控股集团
    e = one("嗖嗖身边获天九控股3亿元B轮融资", "近日，嗖嗖身边宣布完成3亿元人民币B轮融资，由天九控股集团领投，中科招商、和玉基金跟投。")
    assert (e.lead_investors, e.investors) == (["天九控股集团"], ["中科招商", "和玉基金"])


def test_background_rounds_whose_subject_opens_with_ciqian_or_lists_them_with_fenbie():
    # FN 446, FN 1540: 此前海带… / 此前长虹智能分别于…: 此前 tells the time, 分别 goes with the list, neither is the name
    events = extract_events("母婴B2B平台“海带”完成A+轮6500万元融资", "母婴B2B平台“海带”完成A+轮6500万元融资。"
                            "此前海带曾获得New Look Str的Pre-A轮融资。")
    assert [(e.company, e.round_norm, e.kind) for e in events] == [("海带", "A+轮", "current"), ("海带", "Pre-A轮", "past")]
    # FN 1523: 在此轮融资前，泰坦云分别是2013年完成天使轮融资，2014年获得Pre-A轮融资…
    events = extract_events("泰坦云完成C轮融资", "泰坦云宣布完成亿元级C轮融资。在此轮融资前，泰坦云分别是2013年完成天使轮融资，"
                            "2014年获得Pre-A轮融资。")
    assert {(e.company, e.round_norm, e.kind) for e in events} == {
        ("泰坦云", "C轮", "current"), ("泰坦云", "天使轮", "past"), ("泰坦云", "Pre-A轮", "past")}
    # FN 610: …获得过两轮融资，分别是2015年3月完成由达晨创投与远镜投资共同注资的1200万天使轮融资: 分别 is the company named before
    events = extract_events("码隆科技获2.2亿元B轮融资", "码隆科技完成2.2亿元B轮融资。而在此前，码隆科技曾先后获得过两轮融资，"
                            "分别是2015年3月完成由达晨创投与远镜投资（赛富关联基金）共同注资的1200万天使轮融资。")
    past = [e for e in events if e.kind == "past" and e.round_norm == "天使轮"]
    assert [(e.company, e.investors) for e in past] == [("码隆科技", ["达晨创投", "远镜投资"])]


def test_a_manner_phrase_with_yi_after_the_name():
    # FN 563: 另一家曼科传媒以高校“桌贴”广告起家，今年5月还获得俺来也和梵谋文化千万元投资
    assert [e.company for e in current("", "另一家曼科传媒以高校“桌贴”广告起家，今年5月还获得俺来也和梵谋文化千万元投资。")] == ["曼科传媒"]
    # FN 134: 该公司已经从30多家支持企业那里以私人代收的形式融资1500万美元 — the pronoun, not 形式
    e = one("区块链创企Quadrant Protocol获1500万美元融资",
            "总部位于新加坡的Quadrant Protocol是一家区块链公司，该公司已经从30多家支持企业那里以私人代收的形式融资1500万美元。")
    assert (e.company, e.amount_text) == ("Quadrant Protocol", "1500万美元")
    # 以色列 opens a name's place, 以 as a break needs two characters before it
    assert [e.company for e in current("", "以色列创企Deep Instinct获3200万美元B轮融资。")] == ["Deep Instinct"]


def test_a_pronoun_company_is_introduced_by_nothing():
    # recent-news 26f1fcbd857a: 2021年至2023年，公司净亏损分别为25.7亿元… — 公司 is the pronoun, 净亏损 no company
    events = extract_events("浙江杭州杀出490亿明星IPO",
                            "2021年至2023年，公司净亏损分别为25.7亿元、37.7亿元及14.8亿元。截至2022年9月完成G轮融资后，"
                            "微医的投后估值一举攀升至67亿美元。")
    assert all(e.company != "净亏损" for e in events)


def test_dates_and_past_adverbs_around_a_background_subject():
    # FN 1620: 去年10月底旷视科技宣布完成了4.6亿美元C轮融资 — the date opens the clause, the name follows
    assert [(e.company, e.round_norm) for e in events_in_sentence(
        "第一段位的AI独角兽们基本都到了C轮阶段，去年10月底旷视科技宣布完成了4.6亿美元C轮融资。")] == [("旷视科技", "C轮")]
    # FN 669, FN 1752: 与 typed for 于 before a date, after 曾 or not
    assert [e.company for e in events_in_sentence(
        "此前，TOGO曾与2017年4月获得由真格基金、拓璞基金共同投资的4000万A++轮融资。")] == ["TOGO"]
    assert [e.company for e in events_in_sentence(
        "2月23日消息，连锁茶饮品牌teasoon与去年12月份完成了800万元的Pre-A轮融资。")] == ["teasoon"]
    # FN 669: 2016年年末TOGO获得了拓璞基金2500万元A轮融资
    assert [e.company for e in events_in_sentence("2016年年末TOGO获得了拓璞基金2500万元A轮融资。")] == ["TOGO"]
    # FN 597: 此前，公司曾于今年初宣布获得…融资 — the pronoun, not 曾于今
    assert [e.company for e in events_in_sentence(
        "此前，公司曾于今年初宣布获得真格基金领投、华岩资本和树兰医疗跟投的近千万元融资。")] == [""]


def test_money_that_is_no_round():
    # FN 484: 2017年投资多个区块链，并获得了1000倍的投资回报
    assert events_in_sentence("较早接触数字资产的意见领袖，2014年开始投资比特币，2017年投资多个区块链，并获得了1000倍的投资回报。") == []
    assert events_in_sentence("星云科技获得招商银行5000万元贷款。") == []


def test_the_company_is_no_backer_of_its_own_round_and_an_english_gloss_after_an_investor():
    # FN 1053: Tmxmall获1800万元A轮融资，由广州市思科尔投资领投 — the body's clauses must not make Tmxmall a lead
    e = one("Tmxmall获1800万元A轮融资，由广州市思科尔投资领投",
            "近日，上海一者信息科技有限公司（以下简称为“Tmxmall”）宣布完成1800万元A轮融资，本轮由广州市思科尔投资领投。"
            "2018年，Tmxmall牵头起草的《语料对齐工具的技术通则》国家标准已获立项。")
    assert "Tmxmall" not in e.lead_investors + e.investors
    # FN 816: 由KIP韩投伙伴（Korea Investment Partners）领投
    e = one("美信金融完成千万美元A轮融资", "美信金融宣布完成千万美元A轮融资，本轮由KIP韩投伙伴（Korea Investment Partners）领投。")
    assert e.lead_investors == ["KIP韩投伙伴"]


def test_more_than_a_number_and_names_of_a_list_that_runs_into_the_next_role():
    # FN 532: 华蒙星体育获得2000多万A轮融资，出资方分别为威创出资、希沃教育… — 2000多万 is more than 20 million
    e = one("华蒙星体育获得2000多万元A轮融资")
    assert (e.amount_text, e.amount_low, e.amount_high) == ("2000多万元", 2e7, None)
    # FN 529: 领投方为淡马锡、瑞士信贷、CDIB、IDG跟投 — the name before 跟投 follows
    from extract.roles import roles_in
    roles = roles_in("人工智能创业公司Rokid于近期完成了近1亿美元新一轮融资，领投方为淡马锡、瑞士信贷、CDIB、IDG跟投。")
    assert (roles.leads, roles.others) == (["淡马锡", "瑞士信贷", "CDIB"], ["IDG"])
    # FN 1075: 天使投资人领投、和君资本跟投 — an unnamed lead; the name after it is the follower
    e = one("加盟家获500万天使轮投资，天使投资人领投、和君资本跟投")
    assert (e.lead_investors, e.investors) == ([], ["和君资本"])
    # FN 1575 (Brex): …Max Levchin两位PayPal创始人、连续创业家Yuri Milner — the people, not what they are
    from extract.parties import split_names
    assert split_names("Peter Thiel和Max Levchin两位PayPal创始人、连续创业家Yuri Milner") == ["Peter Thiel", "Max Levchin", "Yuri Milner"]


def test_a_strategic_investor_is_no_strategic_investment():
    # fewfc: *ST沈机确定通用技术集团为公司重整战略投资者 — 战略投资者 names a role, no deal
    assert current("", "证券时报e公司讯，11月12日晚间公告精选：*ST沈机确定通用技术集团为公司重整战略投资者；*ST华业明日复牌。") == []


def test_list_words_and_verbs_around_investor_names():
    from extract.parties import split_names
    # FN 172: …参投方还包括真格基金; FN 615: 获连力资本获得新一轮百万元融资; FN 1588: 中信证券投资&金石投资
    assert split_names("还包括真格基金") == ["真格基金"]
    assert split_names("连力资本获得") == ["连力资本"]
    assert split_names("中信证券投资&金石投资") == ["中信证券投资", "金石投资"]
    assert split_names("AT&T") == ["AT&T"]


def test_backers_that_help_a_company_close_its_round():
    # recent-news 26f1fcbd857a (微医): 次年，腾讯联合高瓴、复星医药及红杉中国，助力微医完成C轮近4亿美元融资 — background, with its backers
    events = events_in_sentence("次年，腾讯联合高瓴、复星医药及红杉中国，助力微医完成C轮近4亿美元融资。")
    assert [(e.company, e.round_norm, e.amount_text, e.investors, e.kind) for e in events] == [
        ("微医", "C轮", "近4亿美元", ["腾讯", "高瓴", "复星医药", "红杉中国"], "past")]
    # in one clause, one backer is the sole lead
    e = one("红杉中国助力星云科技完成1亿元A轮融资")
    assert (e.company, e.lead_investors, e.lead_basis) == ("星云科技", ["红杉中国"], "sole")
    # 帮助…的X describes the company: no backer in it (FN 1819)
    e = one("【电商平台】帮助内容生产方开店的“嗨企网络”获得千万元级Pre-A轮融资")
    assert (e.company, e.lead_investors, e.investors) == ("嗨企网络", [], [])


def test_a_history_of_rounds_keeps_an_unnamed_round_apart_from_a_named_one():
    # recent-news ec9490f74058 (销售易): …B轮千万级别投资; … 2021年9月，销售易宣布获得7000万美元融资 — two rounds
    events = extract_events("腾讯派驻高管李强当销售易董事长：已持有后者超50%",
                            "销售易成立于2011年。\n2014年7月，销售易获得红杉资本B轮千万级别投资；\n\n"
                            "2021年9月，销售易宣布获得7000万美元融资。")
    assert sorted((e.round_norm, e.amount_text, e.kind) for e in events) == [
        ("B轮", "千万级别", "past"), ("股权融资", "7000万美元", "past")]


def test_a_second_round_after_a_dunhao_with_its_own_backer():
    # recent-news ec9490f74058: 2013年，销售易获云天使基金的天使投资、红杉资本A轮千万级投资
    events = events_in_sentence("销售易成立以来获得过多次融资，其中，2013年，销售易获云天使基金的天使投资、红杉资本A轮千万级投资。")
    assert [(e.round_norm, e.amount_text, e.lead_investors) for e in events] == [
        ("天使轮", None, ["云天使基金"]), ("A轮", "千万级", ["红杉资本"])]
    # names listed before one round are that round's backers, not another round (…获红杉中国、IDG资本的A轮投资)
    assert [(e.round_norm, e.investors) for e in events_in_sentence("此前，星云科技曾获红杉中国、IDG资本的A轮投资。")] == [
        ("A轮", ["红杉中国", "IDG资本"])]


def test_backers_named_before_the_company_or_in_a_frame_around_the_round():
    # FN 650: 由锴明资本、好未来领投的轻轻家教完成5000万美元D轮融资
    e = one("【轻轻家教】由锴明资本、好未来领投的轻轻家教完成5000万美元D轮融资")
    assert (e.company, e.round_norm, e.lead_investors, e.lead_basis) == ("轻轻家教", "D轮", ["锴明资本", "好未来"], "explicit")
    # FN 14: Cogito今天宣布在由Goldman Sachs Growth Equity领投的C轮融资中获得了3700万美元投资
    [e] = events_in_sentence("Cogito今天宣布在由Goldman Sachs Growth Equity领投的C轮融资中获得了3700万美元投资，"
                             "之前的投资者Salesforce Ventures和OpenView参投。")
    assert (e.company, e.round_norm, e.amount_text, e.lead_investors, e.investors) == (
        "Cogito", "C轮", "3700万美元", ["Goldman Sachs Growth Equity"], ["Salesforce Ventures", "OpenView"])
    # FN 1554: …在…B轮融资中 — the name before 在, not the round
    assert all(e.company != "B轮融资中" for e in extract_events(
        "伦敦创企Beamery获2800万美元B轮融资", "Beamery在由M12领投的B轮融资中获得2800万美元。"))


def test_the_company_named_in_an_is_a_clause_before_a_pronoun_subject():
    # FN 8: Metromile是一个…的汽车保险平台，该平台已经在由…共同领投的一系列E轮融资中获得了9000万美元的融资
    [e] = current("", "Metromile是一个可以让司机根据他们驾驶的实际时间进行保险付款的汽车保险平台，该平台已经在由保险巨头"
                      "Tokio Marine Holdings和Intact Financial共同领投的一系列E轮融资中获得了9000万美元的融资。"
                      "同时参与融资的公司还有NEA，Index Ventures，Future Fund和Section 32。")
    assert (e.company, e.round_norm, e.amount_text, e.lead_investors) == (
        "Metromile", "E轮", "9000万美元", ["Tokio Marine Holdings", "Intact Financial"])
    assert e.investors[0] == "NEA"


def test_totals_to_date_and_what_introduces_no_company():
    # FN 35: 加上这最新一轮的资本，Even.com到目前为止已经融资5050万美元 — a total, not the round
    e = one("金融平台Even.com获4000万美元B轮融资", "金融平台Even.com获4000万美元B轮融资。加上这最新一轮的资本，Even.com到目前为止已经融资5050万美元。")
    assert e.amount_text == "4000万美元"
    # FN 69: 深鉴科技公司由四位…于2016年创立 … 此前，该公司已经获得过两轮融资 — 由四 founded it, it names nothing
    events = extract_events("赛灵思宣布收购中国AI芯片初创公司深鉴科技",
                            "公开资料显示，深鉴科技公司由四位毕业于清华大学和斯坦福大学的科技人员于2016年创立。"
                            "此前，该公司已经获得过两轮融资：2016年5月，获得500万美元天使轮融资，投资方为金沙江创投和高榕资本。")
    assert {e.company for e in events} <= {"深鉴科技", "深鉴科技公司"}


def test_time_clauses_and_conjunctions_are_no_company():
    # FN 1700: 上线仅两个月后，获得真格基金…的天使轮融资 — a time clause: the company named before
    events = extract_events("易思汇完成数千万元A轮融资，真格基金领投",
                            "易思汇完成数千万元A轮融资，真格基金领投。易思汇成立于2015年，上线仅两个月后，获得真格基金、泰有基金数百万人民币天使轮融资。")
    assert {(e.company, e.round_norm) for e in events} == {("易思汇", "A轮"), ("易思汇", "天使轮")}
    # FN 1113: 虽然Kryon公司…; FN 958: 同月纵目科技完成…; FN 822: ACTOYS2014年才开始正式商业化运作，…获…
    assert [e.company for e in events_in_sentence("虽然Kryon公司此前已获得3亿美元C轮融资，但估值未披露。")] == ["Kryon"]
    assert [e.company for e in events_in_sentence("同月纵目科技完成1.4亿元B轮融资。")] == ["纵目科技"]
    assert [e.company for e in events_in_sentence("ACTOYS2014年才开始正式商业化运作，同年获得创新工场百万元人民币天使轮融资。")] == ["ACTOYS"]
    # FN 1066: …在六个月后完成的又一轮融资 — 又一 is no investor
    e = one("星逻智能完成千万级Pre-A轮融资", "星逻智能完成千万元级Pre-A轮融资，而这也是星逻智能完成天使轮融资后，在六个月后完成的又一轮融资。")
    assert "又一" not in e.investors


def test_spaces_between_chinese_and_latin_letters_or_digits():
    # 36kr/36kr_zixun_knowunity_A_round_EUR_2022-05-26.md: Knowunity是一个…平台。该团队刚刚在 Redalpine 和 Stride 共同领投的
    # A 轮融资中获得了 1000 万欧元 — the spaced style of some outlets; the company is the one the text opened with
    events = extract_events("00后创始人为Z世代学生做了个专注于学习的社交平台，最新获投1000万欧元",
                            "Knowunity是一个为年轻一代学生打造的数字学习平台。该团队刚刚在 Redalpine 和 Stride 共同领投的 A 轮融资中"
                            "获得了 1000 万欧元（约为1071万美元）的新资金。")
    assert [(e.company, e.round_norm, e.amount_low, e.lead_investors) for e in events] == [
        ("Knowunity", "A轮", 1e7, ["Redalpine", "Stride"])]
    # FN 197: 智能平台Yoobic 获 2500 万美元融资; a space between two Latin words stays (Insight Venture Partners)
    e = one("智能平台Yoobic 获 2500 万美元融资", "Yoobic 获 2500 万美元融资，由 Insight Venture Partners 领投。")
    assert (e.company, e.amount_low, e.lead_investors) == ("Yoobic", 2.5e7, ["Insight Venture Partners"])


def test_a_quoted_name_with_its_english_name_and_a_first_raise_clause():
    # FN 1522: 竹纤维纸巾品牌——“无染”（wuro）首次融资，获得1200万人民币的天使轮融资
    [e] = events_in_sentence("竹纤维纸巾品牌——“无染”（wuro）首次融资，获得1200万人民币的天使轮融资。")
    assert (e.company, e.company_aliases, e.round_norm, e.amount_text) == ("无染", ["wuro"], "天使轮", "1200万人民币")
    # 针对本次融资，…: a clause about the round names no company
    assert all(e.company != "针对本次" for e in events_in_sentence("针对本次融资，胡晓东表示：“此次完成D轮融资后，雪球将展开合作。”"))


def test_rumours_and_a_round_that_is_settled():
    # recent-news no-deal 48: 近日，有市场消息称…宇树科技已经完成C+轮融资; FN 918: 如今，传闻探探获得YY的投资
    assert current("", "【环球网科技综合报道】近日，有市场消息称在今年春晚大热的人形机器人制造商宇树科技已经完成C+轮融资。") == []
    assert current("", "如今，传闻探探获得YY的投资，其或许会引入直播。") == []
    assert current("", "星云科技被传完成5亿元C轮融资。") == []
    # 融资落定: the round named before the verb, the amount or the lead after it
    assert [(e.company, e.round_norm, e.lead_investors) for e in current("", "据悉，元气森林B轮融资落定，由红杉中国领投。")] == [
        ("元气森林", "B轮", ["红杉中国"])]
    assert [(e.company, e.amount_text) for e in current("", "星途科技融资落定，金额1亿元。")] == [("星途科技", "1亿元")]


def test_an_explaining_gloss_and_descriptions_in_a_list_of_backers():
    from extract.roles import roles_in
    # FN 1536: 参投方包括现有投资人CapitalG（也就是Alphabet的后阶段风投基金）和March Capital
    roles = roles_in("本轮融资由Accel、General Atlantic和IVP联合领投，参投方包括现有投资人CapitalG（也就是Alphabet的后阶段风投基金）和March Capital。")
    assert roles.others == ["CapitalG", "March Capital"]
    # FN 625: 由专注于医疗健康领域、…的领先投资机构通和毓承和…共同领投 — a description is no backer
    roles = roles_in("本轮融资由专注于医疗健康领域、对中美两地市场均有深度聚焦和广泛覆盖的领先投资机构通和毓承共同领投。")
    assert not any("专注于" in n for n in roles.leads + roles.others)
    # FN 1683: 丁宁在发言中表示：很荣幸能够参与欢乐口腔本轮融资 — what someone says, no backer
    assert all(not e.investors for e in current("欢乐口腔完成B轮融资4.5亿",
                                                "中信证券投行委医疗组副总裁丁宁在发言中表示：很荣幸能够参与欢乐口腔本轮融资。"))


def test_investor_first_sentences_with_the_round_and_one_named_backer():
    # finvest-gold 1332a1513ccb: 中国汇融金融控股有限公司和苏州汇毅资本共同投资深圳市钻盈互联网有限公司的天使轮为数百万元人民币
    e = one("钻盈获中国汇融和汇毅资本数百万天使轮融资",
            "上市公司中国汇融金融控股有限公司和苏州汇毅资本共同投资深圳市钻盈互联网有限公司的天使轮为数百万元人民币，钻盈投后估值7000万元人民币。")
    assert (e.company, e.amount_text, e.investors) == ("钻盈", "数百万元人民币", ["中国汇融金融控股有限公司", "苏州汇毅资本"])
    # FN 1858: one backer that invests is the sole lead; one that takes part (参投) is not (FN 1050)
    e = one("【薛蛮子】著名天使投资人薛蛮子投资“爱嗒礼”百万元天使轮融资")
    assert (e.lead_investors, e.lead_basis) == (["薛蛮子"], "sole")
    e = one("腾讯参投宜品生鲜B轮融资，持股比例预计不超20%")
    assert (e.company, e.lead_investors, e.investors) == ("宜品生鲜", [], ["腾讯"])


def test_who_completed_the_investment_told_after_the_deal_is_no_company():
    # FN 639: 由X和Y共同完成投资 names the backers of the round before it, not a second deal
    events = current("潘帕斯获数千万天使轮融资！",
                     "近日，金融科技公司潘帕斯宣布，公司已于今年8月获得数千万元天使轮融资，由戈壁创投和银杏谷资本共同完成投资。")
    assert [(e.company, e.round, e.investors) for e in events] == [("潘帕斯", "天使轮", ["戈壁创投", "银杏谷资本"])]
    # FN 639: 原为阿里元老级人物 says who the founder was, not a company
    assert [e.company for e in current("潘帕斯获数千万天使轮融资！原为阿里元老级人物获天使轮融资！")] == ["潘帕斯"]


def test_a_modal_with_an_adverb_before_the_verb_is_a_plan():
    # FN 1500: 软银将超额完成10年投资100亿美元 — what will be done, no deal
    assert current("印度总理莫迪密会孙正义，软银将超额完成10年投资100亿美元") == []


def test_words_around_backer_names_leave_the_names_whole():
    from extract.roles import roles_in
    # FN 946: 均胜电子 is a name that opens with 均, which elsewhere is an adverb (X、Y均参与)
    roles = roles_in("本轮融资由远翼投资领投，凯辉中法创新基金及原有股东红杉资本中国基金、均胜电子、祥峰投资跟投。")
    assert roles.others == ["凯辉中法创新基金", "红杉资本中国基金", "均胜电子", "祥峰投资"]
    # FN 1730: 以老股东跟投 says in what role the backers follow
    assert roles_in("由天奇阿米巴领投，远洋集团、七熹资本以老股东跟投。").others == ["远洋集团", "七熹资本"]
    # RN 9485681f25e9: 这两家机构均曾参与早期融资 — adverbs alone name no backer
    e = one("网络安全初创公司Horizon3.ai融资2.5亿美元", "总部位于旧金山的提供道德黑客雇佣服务的Horizon3.ai在后期融资中筹集了2.5亿美元。本轮融资由NightDragon和NEA共同领投，这两家机构均曾参与早期融资，"
                "此外还有十多家新老投资者参投。")
    assert (e.company, e.lead_investors, e.investors) == ("Horizon3.ai", ["NightDragon", "NEA"], [])


def test_rounds_counted_in_an_investor_first_sentence_are_no_deal():
    # FN 113: 中国参与了美国初创企业的1300多轮融资 — a count of rounds, and 企业 is what kind of company, not which
    assert current("借助风投，中国资本继续流入美国尖端技术",
                   "从2000年到2018年5月，中国参与了美国初创企业的1300多轮融资，投资总额估计达到110亿美元左右。") == []
    # RN 40a8700c2195: 新一轮 counts nothing
    e = one("宁德时代再度加码核聚变 以数亿元领投贝塔聚变新一轮融资")
    assert (e.company, e.lead_investors) == ("贝塔聚变", ["宁德时代"])


def test_amount_levels_counted_people_and_backers_to_come_are_no_names():
    # FN 886: 由创客100创投基金投出的百万级天使投资 — 百万级天使 is the round, not who invested
    assert all("百万级" not in n for e in current("知识变现平台“学两招”获百万元天使轮融资",
                                                 "近日，知识变现平台学两招宣布获得由创客100创投基金投出的百万级天使投资。")
               for n in e.lead_investors + e.investors)
    # FN 1675: X等8家企业及13位自然人联合投资 — the firm named, not the count of the others
    e = one("西施生态完成数千万元融资", "近日，西施生态科技股份有限公司（以下简称“西施生态”）完成人民币数千万元融资，本轮由深圳国中创业投资管理"
            "有限公司（以下简称“国中创投”）领投，广州民琪企业管理咨询有限公司等8家企业及13位自然人联合投资。")
    assert (e.lead_investors, e.investors) == (["国中创投"], ["广州民琪企业管理咨询有限公司"])
    # FN 1009: 近期还有投资方将追加投资 — a backer still to come names nobody
    e = one("智能化糖尿病管理云平台掌控糖尿病获数千万元B轮融资",
            "投融界获悉，智能化糖尿病管理云平台掌控糖尿病宣布获得数千万元B轮融资，不过，近期还有投资方将追加投资，本轮叠加融资有望过亿。")
    assert (e.company, e.lead_investors, e.investors) == ("掌控糖尿病", [], [])


def test_what_kind_of_company_before_the_name_is_no_part_of_it():
    # FN 1649: 乐徽科技公司 — a brand and its trade, then 公司
    e = one("", "6月7日，乐徽科技公司宣布获得数千万元融资，本轮融资由清流资本领投，清晗基金、真格基金、弘励资本等跟投。")
    assert (e.company, e.lead_investors, e.investors) == ("乐徽科技", ["清流资本"], ["清晗基金", "真格基金", "弘励资本"])
    # FN 683: 品牌发行商 says what the company does
    e = one("", "10月12日消息，特色食品品牌发行商味BACK近日对外宣布已经获得数百万人民币天使轮融资，投资方为上海的ONES Ventures。")
    assert (e.company, e.lead_investors) == ("味BACK", ["ONES Ventures"])
    # FN 864: 《火星情报局》 is the company's show, not the company
    e = one("《火星情报局》制作公司银河酷娱获超2亿元B轮融资",
            "6月28日消息，《火星情报局》制作公司天津银河酷娱文化传媒有限公司近日完成超2亿元B轮融资，由云锋基金领投，优酷、洪泰基金跟投。")
    assert (e.company, e.lead_investors, e.investors) == ("银河酷娱", ["云锋基金"], ["优酷", "洪泰基金"])
    # FN 1863: （全称“阿卡索外教网”） gives the full name of the company the article names
    e = one("", "由深创投领投、红土创投、广发信德、IDG资本等家资本跟投的阿卡索（全称“阿卡索外教网”）于10月30日宣布成功获亿元人民币B轮融资。")
    assert (e.company, e.company_aliases) == ("阿卡索", ["阿卡索外教网"])


def test_backers_named_before_the_company_with_their_roles():
    # FN 606: 真格基金领投的锐讯生物 — the lead in a clause before the name, with no 由
    e = one("真格基金领投的锐讯生物获得百万美元天使融资！")
    assert (e.company, e.lead_investors, e.lead_basis) == ("锐讯生物", ["真格基金"], "explicit")
    # FN 1863: 由X领投、Y、Z等家资本跟投的阿卡索
    e = one("", "由深创投领投、红土创投、广发信德、IDG资本等家资本跟投的阿卡索（全称“阿卡索外教网”）于10月30日宣布成功获亿元人民币B轮融资。")
    assert (e.lead_investors, e.investors) == (["深创投"], ["红土创投", "广发信德", "IDG资本"])


def test_a_backers_stake_and_a_listed_backer_among_others():
    # FN 724: 云锋基金以1.5亿人民币领投 — the stake between the name and the role
    e = one("", "消费投资平台“开始吧”近日对外宣布已经获得1.9亿人民币C轮融资，其中云锋基金以1.5亿人民币领投，晟道投资以4000万人民币跟投。")
    assert (e.lead_investors, e.investors) == (["云锋基金"], ["晟道投资"])
    # FN 748: 投资方包括X、Y等机构 — one name of several backers is no sole backer
    e = one("", "8月16日消息，互联网金融平台民生易贷，已经完成总投资金额为4亿元的A轮融资，投资方包括复朴投资、远洋集团旗下投资基金等机构。")
    assert (e.lead_investors, e.investors) == ([], ["复朴投资"])
    # FN 1702: 天使轮投资方…继续增持 — earlier backers putting in more
    e = one("", "GPU数据库公司Zilliz宣布已于2018年1月成功完成1000万美元的A1轮融资。本次融资由晨兴资本领投，松禾资本跟投，"
            "天使轮投资方云启资本和靖亚资本继续增持。")
    assert e.investors == ["松禾资本", "云启资本", "靖亚资本"]
    # FN 657: 获腾讯投资 in the headline, six backers in the body — 腾讯 is one of them, not the sole one
    e = one("Wonder Workshop获4100万美元C轮融资！Wonder Workshop获腾讯投资！",
            "湾区创企Wonder Workshop宣布完成4100万美元C轮融资。本轮融资的投资方包括腾讯、软银韩国、TAL Education Group、"
            "MindWorks Ventures、Madrona Venture Group、VTRON Group以及公司的一些现有投资人。")
    assert (e.lead_investors, e.investors[:2]) == ([], ["腾讯", "软银韩国"])


def test_the_headlines_deal_under_another_name_or_told_as_history():
    # FN 680: the headline describes the company, the body names it; same round and amount
    e = one("芬兰VR游戏开发获100万美元种子轮融资！", "今日，芬兰创企3rd Eye Studios获100万美元融资，它将借此去开发它的工具包3rd Eye Core。")
    assert (e.company, e.round_norm, e.amount_low) == ("3rd Eye Studios", "种子轮", 1e6)
    # FN 1589: 它曾于两年前完成… 这家公司又筹集了1430万美元融资 — the second deal is the headline's
    events = extract_events("云集成供应商Tray.io获1430万美元A轮融资，纪源资本领投",
                            "英国及美国创企Tray.io是下一代云集成供应商，它曾于两年前完成了500万美元A轮融资。6月18日，这家公司又筹集了"
                            "1430万美元融资，领投方为GGV Capital，这使得公司的融资总额达到了2100万美元。")
    assert [(e.kind, e.company, e.amount_low) for e in events] == [("current", "Tray.io", 1.43e7), ("past", "Tray.io", 5e6)]
    # FN 1631: 猎云网此前报道的健康猫 — an earlier report of the company, not an earlier deal
    e = one("体育人才创业平台健康猫完成5亿C轮融资",
            "6月10日，猎云网此前报道的体育人才创业平台“健康猫”宣布完成5亿元人民币C轮融资。本轮融资主要由北京、上海、广州、福建、"
            "广西、山东、安徽等地的国内10多家体育产业公司、30多位各项目奥运冠军、世界冠军等参投。")
    assert (e.company, e.amount_text) == ("健康猫", "5亿元人民币")
    assert not {"北京", "上海", "30多位各项目奥运冠军"} & set(e.investors)  # places and counted people are no backers


def test_a_comma_inside_a_fund_name_and_a_backer_that_may_have_joined():
    # FN 1117: Calin SJG Fund, L.P — the comma belongs to the name
    e = one("", "2月27日消息，海外青年共享公寓品牌邻客（Tripalink）青年Co-living社区于近日完成数千万元的A+轮融资。本轮融资由"
            "Calin SJG Fund, L.P领投，险峰长青K2、e代理、Tekton Ventures跟投。")
    assert e.lead_investors == ["Calin SJG Fund, L.P"]
    # FN 823: 腾讯或已入局 — a guess, not a backer
    e = one("鲜花电商花加获数亿元B轮融资 腾讯或已入局", "7月12日，鲜花消费品牌Flowerplus花加已完成数亿元B轮融资。业内人士猜测，BAT巨头腾讯或已入局。")
    assert (e.company, e.investors) == ("Flowerplus花加", [])


def test_backers_of_the_round_in_a_later_paragraph_or_after_a_stake():
    # FN 1044: 新投资方北极光创投领投此轮融资 — a later paragraph names who led this round
    e = one("西雅图企业数据存储公司Qumulo获3000万美元C轮融资",
            "日前，在企业扩展存储需求日渐增长的情况下，Qumulo融资3000万美元。 这家西雅图公司将用这笔资金来进行全球扩张。\n\n"
            "新投资方北极光创投领投此轮融资，凯鹏华盈、Madrona Venture Group、Top Tier Capital Partners以及Tyche \nPartners参投。")
    assert (e.lead_investors, e.investors[-1]) == (["北极光创投"], "Tyche Partners")
    # FN 1842: 主要由SIG（海纳亚洲）投资2000万元 — the sole backer, its stake after the verb
    e = one("【快递代收】快递代收服务平台“蓝店”获2000万元A轮融资",
            "快递代收服务平台轻连锁便利店蓝店近期获2000万元人民币A轮融资，本轮融资主要由SIG（海纳亚洲）投资2000万元。")
    assert (e.company, e.lead_investors, e.lead_basis) == ("蓝店", ["SIG"], "sole")
    # FN 1089: 专业化汽车产业基金佐誉资本; FN 10: 澳大利亚主权财富基金未来基金 — what kind of fund, then its name
    assert split_names("专业化汽车产业基金佐誉资本、澳大利亚主权财富基金未来基金、湖北省长江经济带产业基金管理有限公司") == [
        "佐誉资本", "未来基金", "湖北省长江经济带产业基金管理有限公司"]
    # FN 1089: （此前，迅驰车业已获得上市公司瑞丰光电的亿元投资。） — history in brackets
    events = extract_events("迅驰车业获近亿元新一轮融资，佐誉资本领投",
                            "3月4日消息，迅驰车业江苏有限公司（以下简称“迅驰车业”）近日获得近亿元新一轮融资。本轮融资由专业化汽车产业基金"
                            "佐誉资本领投，捷煦资本跟投。（此前，迅驰车业已获得上市公司瑞丰光电的亿元投资。）")
    assert [(e.kind, e.lead_investors, e.investors) for e in events] == [
        ("current", ["佐誉资本"], ["捷煦资本"]), ("past", ["瑞丰光电"], [])]


def test_a_listed_firms_refinancing_and_a_product_named_before_its_deal():
    # FN 283: …等五家有资格参与CDR试点的企业再融资规模最高可达600亿美元 — listed firms' financing, no round
    assert extract_events("瑞银：百度等五支CDR试点融资规模或达600亿美元",
                          "瑞银证券称，百度、阿里巴巴、腾讯、京东和网易等五家有资格参与CDR试点的企业再融资规模最高可达600亿美元。") == []
    # FN 334: 名为“抓饭”的区块链内容平台。该平台…已获得新湃资本500万美元的投资
    e = one("原乐视体育团队转型做区块链内容平台，已获500万美元投资",
            "36氪讯，原乐视体育团队共计30人左右，正在研发一款名为“抓饭”的区块链内容平台。该平台以原先的章鱼TV为蓝本，正在进行区块链"
            "相关技术的研发，并已获得新湃资本500万美元的投资。")
    assert (e.company, e.lead_investors) == ("抓饭", ["新湃资本"])


def test_the_money_a_listing_raised():
    # FN 1001: 网石游戏上市融资23亿美元 — a listing that raised money is the company's IPO
    e = one("网石游戏上市融资23亿美元IPO规模在韩国排第二")
    assert (e.company, e.round_norm, e.amount_low) == ("网石游戏", "IPO", 2.3e9)
    # RN afdde93371d2: 此前完成750亿美元创纪录IPO融资 — the listing's amount before the words IPO融资
    e = one("SpaceX今日纳斯达克上市 总裁肖特韦尔称IPO仅是“未来征程”一小步",
            "财联社6月12日电，SpaceX周五正式在纳斯达克挂牌交易，此前完成750亿美元创纪录IPO融资，公司估值约达1.77万亿美元。")
    assert (e.company, e.round_norm, e.amount_low) == ("SpaceX", "IPO", 7.5e10)


def test_a_storys_own_company_and_roles_before_the_round():
    # RN 50cef087706a: an interview headline names the company whose round the body tells as news
    e = one("对话格式塔彭雷：别只用医疗器械定义脑机接口",
            "在闵行区“脑智天地”一层不大的办公区域里，却传出了再次震撼脑机接口产业的消息—— 仅仅间隔4个月，格式塔完成4.2亿天使+轮融资。")
    assert (e.company, e.round) == ("格式塔", "天使+轮")
    # RN 0c6b7bc6fab3: 2019年，微软向OpenAI投资10亿美元 — the story's history stays history
    assert current("马斯克欲以974亿美元组团收购OpenAI，奥特曼明确拒绝",
                   "2019年，微软向OpenAI投资10亿美元，OpenAI商业化趋势加强，引发马斯克担忧。") == []
    # FN 709: 宣布完成远宁投资领投，有成创投跟投近亿元B轮融资 — the roles, then the round they took
    e = one("", "近日，美术培训机构君岭Dreamlink Edu宣布完成远宁投资领投，有成创投跟投近亿元B轮融资。")
    assert (e.round_norm, e.amount_text, e.lead_investors, e.investors) == ("B轮", "近亿元", ["远宁投资"], ["有成创投"])


def test_statistics_of_investment_are_no_deals():
    # news-pages gzggw/1: a county's fixed-asset investment, its growth and its shares
    assert extract_events("1-10月德清县固定资产投资结构趋稳趋优",
                          "其中第三产业投资完成119.90亿元，同比增长15.2%，位列三县两区第二。生产性服务业完成投资39.66亿元，"
                          "占第三产业完成投资的33.1%，位列三县两区第二；") == []


def test_a_strategic_investment_and_its_round_in_one_sentence():
    # FN 794: 获得好未来教育独家战略投资，顺利完成亿元级B轮融资 — one deal: the letter is its round, 独家 its lead
    e = one("妈妈帮获亿元级B轮融资 着力智趣母婴服务", "7月20日消息，妈妈帮宣布获得好未来教育独家战略投资，顺利完成亿元级B轮融资。")
    assert (e.round_norm, e.amount_text, e.lead_investors, e.lead_basis) == ("B轮", "亿元级", ["好未来教育"], "explicit")


def test_the_next_roles_title_glued_to_the_last_name():
    # FN 37: 领投方为T. Rowe Price Associates参投方包括… — no comma between the lead and the next title
    e = one("", "近日，华盛顿创企Framebridge宣布完成3000万美元C轮融资，领投方为T. Rowe Price Associates参投方包括SWaN &amp; "
                "Legend Venture Partners、Revolution Ventures和NEA三位现有投资人。")
    assert (e.lead_investors, e.investors) == (["T. Rowe Price Associates"],
                                               ["SWaN & Legend Venture Partners", "Revolution Ventures", "NEA"])


def test_an_adverb_in_scare_quotes_is_no_name():
    # FN 772: Impossible Foods近日“悄悄”完成了7500万美元融资 — a doubled adverb in quotes after the time
    e = one("", "成立6年的加州红木城创企Impossible Foods近日“悄悄”完成了7500万美元融资，淡马锡领投。")
    assert (e.company, e.lead_investors) == ("Impossible Foods", ["淡马锡"])


def test_a_remark_before_the_subject_and_a_list_of_companies():
    # FN 451: 最引人注目的是一起作业网完成E轮融资 — the remark opens the clause, the company follows 的是
    assert [e.company for e in extract_events("", "最引人注目的是一起作业网完成E轮融资，今日头条的2亿美元金额投资。")] == ["一起作业网"]
    # FN 775: Facebook，Siri，Alphago等早期都曾获得李嘉诚的投资 — companies listed with 等, none of them a deal
    assert extract_events("", "Facebook，Siri，Alphago等早期都曾获得李嘉诚的投资。") == []


def test_who_founded_the_company_is_no_part_of_its_name():
    # RN 4b5c1c7421f5: 象帝先由中科院计算机专家唐志敏于2020年9月牵头成立，…同年拿下天使轮融资 — 牵头成立 founded it, led no round
    events = extract_events("", "公开资料显示，象帝先由中科院计算机专家唐志敏于2020年9月牵头成立，聚焦国产GPU产业，同年拿下天使轮融资。")
    assert [(e.company, e.round_norm, e.lead_investors) for e in events] == [("象帝先", "天使轮", [])]


def test_words_of_another_clause_are_no_backer_names():
    # FN 481: …“小鹿叮叮”也得到顺为资本青睐，拿到其领投的… — another company's deal, told in clauses, names no backer here
    e = one("", "2017年7月2日，章子怡担任首席体验馆的母婴品牌“漂漂羽毛”宣布，获得了顺丰集团与梅花天使创投的千万级天使轮融资，"
                "2017年6月28日，纸尿裤厂商“小鹿叮叮”也得到顺为资本青睐，拿到其领投的千万人民币融资；")
    assert (e.lead_investors, e.investors) == ([], ["顺丰集团", "梅花天使创投"])
    # FN 906: 此后盛景嘉成母基金又追加了1500万元A+轮融资 — the time before the name and the adverb after it
    events = extract_events("", "在此之前，捷翔饮品曾获得盛景网联平台4500万元A轮融资，此后盛景嘉成母基金又追加了1500万元A+轮融资。")
    assert all(n == "盛景嘉成母基金" for e in events for n in e.investors)


def test_a_frame_clause_before_the_verb_and_what_a_backer_is():
    # FN 39: …Embark Trucks，在由红杉资本领投的B轮融资中，获得了3000万美元的投资 — the frame's lead and round
    e = one("", "希望成为第一个开发和推出商业上可行的无人驾驶卡车的公司Embark Trucks，在由红杉资本领投的B轮融资中，获得了3000万美元的投资。")
    assert (e.company, e.round_norm, e.lead_investors) == ("Embark Trucks", "B轮", ["红杉资本"])
    # FN 669: …省级代理商“福建动感汽车销售服务有限公司”投资; FN 965: …的全资子公司北京盛通知行教育科技有限公司
    assert split_names("本地一家长安新能源汽车福建省级代理商“福建动感汽车销售服务有限公司”") == ["福建动感汽车销售服务有限公司"]
    assert split_names("北京盛通印刷股份有限公司的全资子公司北京盛通知行教育科技有限公司") == ["北京盛通知行教育科技有限公司"]


def test_the_headlines_brand_names_the_registered_company_of_the_body():
    # RN 3732712e489f: 纳开量子 in the headline, 纳开启元（北京）量子科技有限公司 in the body — the brand, its registered name an alias
    e = one("纳开量子完成数千万元天使轮融资",
            "近日，纳开启元（北京）量子科技有限公司完成数千万元天使轮融资，本轮由高瓴创投领投，英诺基金、长石资本、飞图创投跟投。")
    assert (e.company, e.company_aliases) == ("纳开量子", ["纳开启元（北京）量子科技有限公司"])


def test_short_names_given_inside_brackets():
    # FN 1046: …科技有限公司（简称：微生活）公布，公司已在3月完成… — the colon is no clause break, the short name is the brand
    e = one("", "4月5日，连锁餐饮企业会员营销平台点评微生活（北京）科技有限公司（简称：微生活）公布，公司已在3月完成A轮3200万融资，"
                "由何伯权、钟树利等数位投资人参与投资，北京蓝峰汇投资公司等机构跟投。")
    assert (e.company, e.company_aliases) == ("微生活", ["点评微生活（北京）科技有限公司"])
    # FN 837: （以下简称“凯杰（苏州）”） — a quoted short name holding brackets of its own
    e = one("", "日前，凯杰（苏州）转化医学研究有限公司（以下简称“凯杰（苏州）”）宣布已经完成1.75亿人民币A轮融资，本轮融资由启明创投领投。")
    assert e.company == "凯杰" and "凯杰（苏州）" in e.company_aliases
    # RN ae7bc85c61d4: 维咖瑞咖啡品牌管理（江苏）有限公司（品牌：维咖瑞） — the brand after its label
    e = one("", "维咖瑞咖啡品牌管理（江苏）有限公司（品牌：维咖瑞）完成A轮融资，获得瑞信基金5000万元的巨额投资。")
    assert e.company == "维咖瑞"


def test_the_company_whose_officer_speaks_and_a_firm_named_investment_group():
    # FN 883: “大糖医”CEO吴靖宇已向媒体确认，于5月获得了深圳盈信投资集团数千万元的A轮融资
    e = one("", "糖尿病管理平台“大糖医”CEO吴靖宇已向媒体确认，于5月获得了深圳盈信投资集团数千万元的A轮融资，本轮融资会用于产品研发。")
    assert (e.company, e.lead_investors, e.lead_basis) == ("大糖医", ["深圳盈信投资集团"], "sole")


def test_backers_called_participants_and_a_paragraph_on_the_round():
    # FN 720: 本轮融资参与者有泛城资本、黑洞资本 — 参与者 names the backers; no 者有泛城资本
    e = one("", "区块链公司Binance（币安）宣布获得千万美元天使轮融资，具体金额未透露，本轮融资参与者有泛城资本、黑洞资本。")
    assert e.investors == ["泛城资本", "黑洞资本"]
    # FN 1580: the round in one paragraph; its lead, then its other backers in the next; then an earlier round with 之前
    events = extract_events("", "慕尼黑创企Talentry开发了一种“社交招聘及营销平台”，6月20日，这家公司完成了600万欧元A轮融资。\n"
                                "本轮融资的领投方为欧洲风投公司Nauta Capital，它专注于SaaS领域。参投方包括Rocket Internet的GFC、"
                                "Allgeier SE以及一批天使投资人。之前GFC还投资了Talentry的200万欧元种子轮融资。")
    assert [(e.kind, e.company, e.round_norm, e.lead_investors, e.investors) for e in events] == [
        ("current", "Talentry", "A轮", ["Nauta Capital"], ["GFC", "Allgeier SE"]),
        ("past", "Talentry", "种子轮", ["GFC"], [])]
    # FN 790: 中国惠农网董事长姜仕先生数百万元天使轮投资 — the honorific is no part of the name
    e = one("", "全天Allday于2017年5月在长沙成立，7月便获得了中国惠农网董事长姜仕先生数百万元天使轮投资，估值超过2000万元。")
    assert e.lead_investors == ["姜仕"]


def test_a_backers_strategic_part_of_a_lettered_round():
    # FN 737: 其已获得由红杉资本领投、腾讯战略投资的两亿美金D轮融资 — 战略投资 tells 腾讯's part; the round is D轮
    e = one("", "8月23日在线外教英语品牌VIPKID宣布，其已获得由红杉资本领投、腾讯战略投资的两亿美金D轮融资。")
    assert (e.round_norm, e.lead_investors, e.investors) == ("D轮", ["红杉资本"], ["腾讯"])


def test_later_sentences_on_the_headlines_round():
    # FN 1845: the body only announces the round; 本轮融资主要由阿里巴巴领投，…跟投 names its backers
    e = one("【汽车行业】“大搜车”宣布又获3.35亿美金E轮融资 由阿里领投",
            "近日，大搜车正式对外宣布3.35亿美金E轮融资的消息。本轮融资主要由阿里巴巴领投，华平投资、春华资本、招银国际跟投。")
    assert (e.lead_investors, e.investors) == (["阿里巴巴"], ["华平投资", "春华资本", "招银国际"])
    # FN 940: …首席战略官Chris Leong告诉外媒，本轮融资只有一位投资方——日本电商Transcosmos: who tells it, then the sole backer
    e = one("马来西亚支付创企Soft Space获500万美元A轮融资，日本电商Transcosmos投资",
            "近日，马来西亚支付创企Soft Space获得了500万美元A轮融资。"
            "公司的首席战略官Chris Leong告诉外媒，本轮融资只有一位投资方——日本电商Transcosmos。")
    assert (e.lead_investors, e.lead_basis) == (["Transcosmos"], "sole")


def test_background_without_round_or_amount_is_no_event():
    # FN 957: 此前土流网都已披露获得大额融资 — an earlier deal with no round and no amount is not recorded
    assert extract_events("", "此前土流网都已披露获得大额融资，聚土网还得到京东金融的支持。") == []
    # FN 1558: 运营模式获投资方认可 — approval, not a round
    assert extract_events("", "优势资源布局社区中高端人群，运营模式获投资方认可。") == []
    # but an earlier round with its amount stays: FN 1742
    assert [(e.kind, e.company) for e in extract_events("", "据了解，E泊车此前已经获得近千万天使轮融资。")] == [("past", "E泊车")]


def test_titles_of_backers_are_no_round_and_no_part_of_their_names():
    # FN 705: 滴滴天使投资人王刚的A轮融资 — 天使投资人 is a title, the round is A轮, the backer 王刚
    [e] = extract_events("", "此前，衣二三曾获得过来自金沙江创投和滴滴天使投资人王刚的A轮融资。")
    assert (e.kind, e.round_norm, e.investors) == ("past", "A轮", ["金沙江创投", "王刚"])
    # FN 687: …知名天使投资人张桓、阿里巴巴高管江卫忠千万级天使投资 — 高管 is a title
    [e] = extract_events("", "此前奢分期已获得腾讯众创、知名天使投资人张桓、阿里巴巴高管江卫忠千万级天使投资。")
    assert e.investors == ["腾讯众创", "张桓", "江卫忠"]
    # FN 819: 拿到了…杨圣辉个人和优格资本投资的Pre-A轮千万元融资 — 拿到了 takes the round; 个人 is no part of the name
    e = one("", "娃娃鱼于2015年拿到了龙图游戏CEO杨圣辉个人和优格资本投资的Pre-A轮千万元融资。")
    assert (e.round_norm, e.investors) == ("Pre-A轮", ["杨圣辉", "优格资本"])


def test_a_quantified_round_and_time_since_founding():
    # FN 605: 获得了一笔由鼎晖投资领投的1亿美元B轮融资 — 一笔 counts the round; the company is not the investor
    e = one("", "2016年，优必选获得了一笔由鼎晖投资领投的1亿美元B轮融资。")
    assert (e.company, e.round_norm, e.lead_investors) == ("优必选", "B轮", ["鼎晖投资"])
    # FN 440: 祐和医药成立伊始即获得… — a time since founding, then the adverb 即
    e = one("", "2016年底，祐和医药成立伊始即获得百奥财富、国投创业共同出资的6000万元A轮融资。")
    assert e.company == "祐和医药"
    # FN 404: 拜腾一共拿到了7.4亿美元的投资 — a total, no deal
    assert extract_events("", "总的来看，A、B两轮，拜腾一共拿到了7.4亿美元的投资，当然，南京市经开区针对其工厂的建设也给予了大力支持。") == []


def test_a_venture_firm_raising_money_raises_a_fund():
    # FN 165: 法国风险投资公司ISAI完成了1.75亿美元的融资，被称为ISAI扩展基金II — a venture firm's raise is a fund
    [e] = extract_events("", "法国风险投资公司ISAI完成了1.75亿美元的融资，被称为ISAI扩展基金II，本轮融资是为公司后期投资准备的。")
    assert (e.kind, e.company) == ("fund", "ISAI")
    # FN 213: 红杉资本(Sequoia Capital)日前完成了第一轮60亿美元的募资 — 第一轮 is the fund's first close, no round
    [e] = extract_events("", "作为80亿美元全球基金的一部分，红杉资本(Sequoia Capital)日前完成了第一轮60亿美元的募资。")
    assert (e.kind, e.company) == ("fund", "红杉资本")


def test_a_deal_named_in_a_relative_clause_names_no_backer():
    # FN 1037: 共享际迎来的又一重量级投资 — 迎来的 opens a clause about the deal; 又一重量级 is no backer
    e = one("优享创智“共享际”获鸿润成业5亿元战略投资 打造城市新内容综合体",
            "4月7日，鸿润成业正式宣布以价值为5亿人民币的资产战略入股共享际。这是继与GIC（新加坡政府投资公司）的战略性股权合作后，"
            "共享际迎来的又一重量级投资，进一步表明资本市场充分认同共享际空间+内容运营。")
    assert e.lead_investors == ["鸿润成业"]


def test_english_names_listed_with_commas():
    # FN 305: 投资方包括 Partner Fund Management，BioMatics Capital 和已有投资方 ARCH Venture Partners 和 the Merz…
    e = one("", "医美公司 Cytrellis Biosystems 近期完成 2850 万美元的 B 轮资金，投资方包括 Partner Fund Management，"
                "BioMatics Capital\xa0和已有投资方\xa0ARCH Venture Partners\xa0和\xa0the Merz Venture Initiative。")
    assert e.investors == ["Partner Fund Management", "BioMatics Capital", "ARCH Venture Partners", "Merz Venture Initiative"]
    # FN 872: …Woodford Investment Management和Touchstone\nInnovations公司参投 — 公司 after an English name is no part of it
    e = one("", "伦敦移动支付公司Yoyo Wallet刚刚完成了1200万英镑B轮融资，由麦德龙领投，"
                "英国Woodford Investment Management和Touchstone\nInnovations公司参投。")
    assert e.investors == ["Woodford Investment Management", "Touchstone Innovations"]
    # FN 616: …包括Lux Capital，SV Angels，FreeS，11.2 Capital和A.Capital — an English name may open with a number
    e = one("", "机器人开发平台“独具智能”（Embodied Intelligence）获700万美元A轮融资，由加州大学伯克利分校的研究人员共同创办，"
                "其他参投的风投机构包括Lux Capital，SV Angels，FreeS，11.2 Capital和A.Capital。")
    assert e.investors == ["Lux Capital", "SV Angels", "FreeS", "11.2 Capital", "A.Capital"]


def test_a_descriptor_word_inside_a_group_name():
    # FN 1022: …家庭责任医疗组织的强森社区医疗集团宣布完成… — 社区 is part of the name; 医疗集团 alone is no name
    e = one("强森医疗完成1亿人民币B轮融资，启明创投、君联资本领投",
            "近日，致力于打造国内首个家庭责任医疗组织的强森社区医疗集团宣布完成1亿元人民币B轮融资，启明创投和君联资本共同领投。")
    assert (e.company, e.company_aliases) == ("强森医疗", ["强森社区医疗集团"])


def test_clauses_of_place_and_parentage_before_the_deal():
    # FN 1085: Kolmostar成立于2016年，在北京和硅谷设有研发中心，曾获得… — the clause of place is no subject
    events = extract_events("", "Kolmostar完成1000万美元的A轮融资，由ABI元实资本领投。\nKolmostar成立于2016年，在北京和硅谷设有研发中心，"
                                "曾获得峰瑞资本的天使轮融资、峰瑞资本和钟鼎资本的Pre-A轮融资。")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [
        ("current", "Kolmostar", "A轮"), ("past", "Kolmostar", "天使轮"), ("past", "Kolmostar", "Pre-A轮")]
    # FN 883: 大糖医隶属于汇马医疗科技（上海）有限公司，…，得益于创始团队背景，… — the parent is no part of the name
    e = one("", "大糖医隶属于汇马医疗科技（上海）有限公司，成立于2014年4月，得益于创始团队背景，在2014年底选择糖尿病管理切入创业，"
                "并于2014年12月获得华映资本和825新媒体产业基金投资的数百万元天使轮投资。")
    assert e.company == "大糖医"


def test_holidays_are_times_and_a_deal_that_dates_a_later_time():
    # FN 1145: …日前通过其公司年会宣布，春节前已完成3100万美元B1轮融资 — 春节前 is a time, the company is named before
    e = one("", "社区团购平台“松鼠拼拼”日前通过其公司年会宣布，春节前已完成3100万美元B1轮融资，本轮由高瓴资本、和玉资本（MSA）联合领投，"
                "IDG、云九资本、以及美团网原COO干嘉伟等老股东跟投。")
    assert (e.company, e.investors) == ("松鼠拼拼", ["IDG", "云九资本", "干嘉伟"])
    # FN 1550: …在分别获得1亿美元和1.5亿美元融资之后的两个月内都在准备下一轮融资 — the deals date a later time: background
    events = extract_events("", "4月份，外媒“Mint”曾报道，Swiggy和Zomato在分别获得1亿美元和1.5亿美元融资之后的两个月内都在准备下一轮融资。")
    assert events and all(e.kind == "past" for e in events)


def test_lists_of_english_backers_and_words_after_the_list():
    # FN 1642: 参投方包括Accel、GV（也就是之前的谷歌风投）和Y Combinator — 和 before a spaced English name joins two names
    assert split_names("GV和Y Combinator") == ["GV", "Y Combinator"]
    # FN 1645: Episode 1和Entrepreneur First这些现有投资人亦有参投 — a name ending in a digit; 这些… says what they are
    assert split_names("Episode 1和Entrepreneur First这些现有投资人亦有") == ["Episode 1", "Entrepreneur First"]
    # FN 654: 其中赛富投资基金也有参与 — 也有 is no part of the name; FN 1569: 人民币 is no backer
    assert split_names("赛富投资基金也有") == ["赛富投资基金"]
    assert split_names("境内人民币") == []


def test_words_that_hold_a_deal_verb_or_a_break_and_counted_backers():
    # FN 1054: 社交获客变现平台财金科技获近千万元Pre-A轮融资 — 获客 is no deal verb
    assert one("社交获客变现平台财金科技获近千万元Pre-A轮融资").company == "财金科技"
    # FN 1075: 品牌加盟双向严选平台加盟家获得500万天使融资 — 双向 is a word, not the break 向
    assert one("", "日前，品牌加盟双向严选平台加盟家获得500万天使融资，天使投资人领投，和君资本跟投。").company == "加盟家"
    # FN 84: 区块链垂直媒体节点财经近日获… — 媒体 says what the company is
    assert one("", "区块链垂直媒体节点财经近日获近千万元人民币Pre-A融资，由引力波资本、相对论资本、倍链资本等机构联合投资。").company == "节点财经"
    # FN 1054: 本轮融资由万豪投资、盛港投资两家机构共同参与投资 — the count is no part of the last name
    e = one("", "近日安徽财金信息科技有限公司（以下简称“财金科技”）宣布完成近千万元的Pre-A轮融资。本轮融资由万豪投资、盛港投资两家机构共同参与投资。")
    assert e.investors == ["万豪投资", "盛港投资"]


def test_what_the_company_does_then_its_quoted_name():
    # FN 1818: 【一点资讯】专注于新闻资讯APP“一点资讯”完成1.121亿美元融资 — 专注于 says what it does; the name is quoted
    assert one("【一点资讯】专注于新闻资讯APP“一点资讯”完成1.121亿美元融资").company == "一点资讯"
    # FN 31: a quoted name of an event after 在 is no company: …新再灵科技在“UP城市•云梯已来”新闻发布会上，宣布获得…
    e = one("", "物联网综合解决方案提供商浙江新再灵科技在“UP城市•云梯已来”新闻发布会上，宣布获得3000万美金的C轮融资，本轮融资由汇勤资本投资。")
    assert (e.company, e.lead_investors) == ("新再灵科技", ["汇勤资本"])


def test_the_headlines_last_clause_names_the_backers():
    # FN 1695: Today完成3亿元B+轮融资，泛大西洋资本投资 — one backer named: the sole one
    e = one("Today完成3亿元B+轮融资，泛大西洋资本投资")
    assert (e.lead_investors, e.lead_basis) == (["泛大西洋资本"], "sole")
    # FN 1101: 易民宿获A轮融资 香港旅馆集团战略投资
    assert one("易民宿获A轮融资 香港旅馆集团战略投资").lead_investors == ["香港旅馆集团"]
    # FN 1538: …，星合资本、Crypto Venture、人人矿场等投资 — several, and 等: none of them sole
    e = one("Game Root获数千万美元投资，星合资本、Crypto Venture、人人矿场等投资")
    assert (e.lead_investors, e.investors) == ([], ["星合资本", "Crypto Venture", "人人矿场"])


def test_backers_with_a_time_before_their_verb_and_a_list_that_goes_on_with_包括():
    # FN 4: 该轮投资由五岳华诺、长安私人资本及春晓东科于2017年联合完成 — a time, then 联合完成
    e = one("聚芯微电子完成数千万元A轮融资", "7月25日消息，ToF传感器芯片及3D视觉方案提供商聚芯微电子宣布完成数千万元A轮融资，"
                                   "该轮投资由五岳华诺、长安私人资本及春晓东科于2017年联合完成。")
    assert e.investors == ["五岳华诺", "长安私人资本", "春晓东科"]
    # FN 1849: …网贷数盟以及多位明星创业者，包括美柚创始人陈方毅、美信金融创始人刁盛鑫、水滴互助创始人沈鹏等
    e = one("", "汽车后市场服务企业驾遇宣布已于今年8月获得2000万元pre-A轮融资，投资方为赢创投资、京北投资、悟空保、网贷数盟以及多位明星创业者，"
                "包括美柚创始人陈方毅、美信金融创始人刁盛鑫、水滴互助创始人沈鹏等。")
    assert e.investors == ["赢创投资", "京北投资", "悟空保", "网贷数盟", "陈方毅", "刁盛鑫", "沈鹏"]


def test_what_a_backer_is_before_its_name_and_glosses_after_it():
    # FN 1839: 本轮融资主要由复星集团全球VC投资平台复星锐正投资，华兴Alpha任为独家财务顾问 — 平台 says what it is
    e = one("", "德知航创完成了5000万元人民币A轮融资。本轮融资主要由复星集团全球VC投资平台复星锐正投资，华兴Alpha任为独家财务顾问。")
    assert (e.lead_investors, e.advisors) == (["复星锐正"], ["华兴Alpha"])
    # FN 1669: …新世界集团成员新创建集团、高榕资本领投; FN 1692: …子基金中芯聚源资本领投; FN 703: …服务商澳德巴克斯株式会社首期投资
    assert split_names("新世界集团成员新创建集团、高榕资本") == ["新创建集团", "高榕资本"]
    assert split_names("国家集成电路产业基金（大基金） 旗下子基金中芯聚源资本") == ["中芯聚源资本"]
    assert split_names("亚洲最大的汽车用品综合服务商澳德巴克斯株式会社首期") == ["澳德巴克斯株式会社"]
    # FN 1756: 获富鼎和与建融合领投 — 和 before 与 ends the name
    assert split_names("富鼎和与建融合") == ["富鼎和", "建融合"]
    # FN 402: 本轮投资GV领投（Google\nVenture谷歌风投） — the gloss in brackets is no backer of its own
    e = one("", "Limebike完成一轮2.5亿美元融资，本轮投资GV领投（Google\nVenture谷歌风投），Alphabet、Coatue及杨致远跟投。")
    assert (e.lead_investors, e.investors) == (["GV"], ["Alphabet", "Coatue", "杨致远"])


def test_kinds_of_firm_before_the_name_and_the_company_whose_officer_tells():
    # FN 1839: 无人机生产厂家德知航创宣布…; FN 853: 新零售孵化商蚂蚁销客完成…
    assert one("", "近日，无人机生产厂家德知航创宣布已完成5000万人民币的A轮融资。").company == "德知航创"
    assert one("", "今日，新零售孵化商蚂蚁销客完成250万人民币天使融资。").company == "蚂蚁销客"
    # FN 930: 据南泥湾CEO李金舫透露，团队已获得… — 团队 stands for the company whose officer tells it
    e = one("获1500万元天使轮融资，南泥湾欲以产、供、储、销一条龙来保证食品安全",
            "【内容摘要】据南泥湾CEO李金舫透露，团队已获得来自武汉诗诺科技股份有限公司的1500万天使轮融资，南泥湾项目投后估值1.5亿。")
    assert (e.company, e.lead_investors) == ("南泥湾", ["武汉诗诺科技股份有限公司"])


def test_the_headlines_brand_and_the_body_owner_of_the_same_deal():
    # FN 743: 铜师傅获1.1亿元A轮融资 over 铜师傅所属的…玺匠文创股份完成A轮融资，…总额超过1.1亿元人民币; then
    # 此次顺为资本和小米生态链共同战略投资铜师傅 says the same backers again: one deal, under the headline's brand
    events = extract_events("铜师傅获1.1亿元A轮融资，顺为资本、小米生态链领投",
                            "8月21日消息，铜师傅所属的杭州玺匠文化创意股份有限公司创始人俞光今日宣布，玺匠文创股份完成A轮融资，"
                            "本轮由顺为资本和小米生态链领投，锦元哲诚、锦元翰飞等跟投，总额超过1.1亿元人民币。\n"
                            "此次顺为资本和小米生态链共同战略投资铜师傅，意味着铜师傅有可能借助小米平台的巨大资源。")
    assert [(e.kind, e.company, e.round_norm, e.lead_investors, e.investors) for e in events] == [
        ("current", "铜师傅", "A轮", ["顺为资本", "小米生态链"], ["锦元哲诚", "锦元翰飞"])]
    # FN 1101: 完成由香港旅馆集团战略投资的A轮融资 — 战略 is no part of the name
    assert one("", "民宿管理品牌易民宿近日宣布完成由香港旅馆集团战略投资的A轮融资。").lead_investors == ["香港旅馆集团"]


def test_backers_the_round_was_raised_through_and_a_means_that_is_no_subject():
    # FN 434: Marble刚刚通过腾讯、Lemnos、CrunchFund和Maven完成了1000万美元A轮融资 — four backers, none sole
    events = extract_events("加州外卖机器人公司Marble完成A轮融资，获千万美元",
                            "北京时间4月25日早间消息，机器人创业公司Marble刚刚通过腾讯、Lemnos、CrunchFund和Maven完成了1000万美元A轮融资。\n"
                            "获得腾讯的投资给Marble的人工智能计划带来很大促进。")
    assert [(e.company, e.lead_investors, e.investors) for e in events if e.kind == "current"] == [
        ("Marble", [], ["腾讯", "Lemnos", "CrunchFund", "Maven"])]
    # FN 509: 通过发布会宣布已完成… — a means, no backer
    assert one("", "1月31日消息，一脉阳光影像医院集团通过发布会宣布已完成4亿元人民币B轮融资。").lead_investors == []
    # FN 1055: …FRIDAY，通过媒体换股权和股权融资相结合的方式获得了1.14亿欧元融资 — the company is named before the means
    assert one("", "据悉，来自柏林的保险科技初创公司FRIDAY，通过媒体换股权和股权融资相结合的方式获得了1.14亿欧元融资。").company == "FRIDAY"


def test_names_after_a_role_word_only_after_its_title():
    # FN 1110: …掌控产业变革核心生产力，主导市场格局 — 主导 leads a market here: no backer after it
    e = one("车好多集团获软银愿景基金15亿美元投资 技术加速重塑汽车消费产业",
            "本轮融资将重点用于加大产品技术研发投入，掌控产业变革核心生产力，主导市场格局；加强市场营销。")
    assert e.lead_investors == ["软银愿景基金"]
    # FN 8: 同时参与融资的公司还有NEA，Index Ventures，Future Fund和Section 32 — the names follow the role's title
    e = one("", "Metromile获9000万美元E轮融资，由Tokio Marine Holdings领投。同时参与融资的公司还有NEA，Index Ventures，Future Fund和Section 32。")
    assert e.investors == ["NEA", "Index Ventures", "Future Fund", "Section 32"]


def test_the_round_after_its_backer_a_misspelt_round_and_a_round_word_as_a_name():
    # FN 431: 洪朴信息完成由永洲资本投资，近千万元天使+轮融资 — the backer, then the round and its amount
    e = one("洪朴信息完成由永洲资本投资，近千万元天使+轮融资")
    assert (e.round_norm, e.amount_text, e.lead_investors) == ("other:天使+轮", "近千万元", ["永洲资本"])
    # FN 702: 目前已完成由马蚁投资2000万元人民币的Per-A轮融资 — Per-A is Pre-A misspelt
    assert one("", "“养你一辈子”目前已完成由马蚁投资2000万元人民币的Per-A轮融资。").round_norm == "Pre-A轮"
    # FN 907: 完成种子＋天使轮千万级融资 — 种子＋ is part of the round, no backer
    assert one("奢侈品包包共享租赁平台“抖包包”完成种子＋天使轮千万级融资").lead_investors == []


def test_adverbials_and_connectives_are_no_company_and_a_history_in_semicolons():
    # FN 611: 眼神科技以惊人的速度获得亿元人民币A轮的融资 — 以…的速度 is how, the company is before it
    assert one("", "据报道，成立时间仅为一年半的眼神科技以惊人的速度获得亿元人民币A轮的融资。").company == "眼神科技"
    # FN 611: 因此，此次获得亿元融资的眼神科技，将以新的身份… — 因此 alone is no subject
    events = extract_events("", "眼神科技完成亿元A轮融资。因此，此次获得亿元融资的眼神科技，将以新的身份面貌出现在众目睽睽之下。")
    assert all(e.company == "眼神科技" for e in events)
    # FN 519: …的1000万人民币天使轮投资;来自…真格基金的2800万人民币A轮融资;来自…2500万人民币A+轮融资 — three earlier rounds
    events = extract_events("", "此前，象辑科技曾获得来自东科创星和唯猎资本的1000万人民币天使轮投资;来自东科创星、唯猎资本、春晓资本、"
                                "真格基金的2800万人民币A轮融资;来自新洋丰、真成基金、中广核2500万人民币A+轮融资。")
    assert [(e.kind, e.round_norm, e.amount_text) for e in events] == [
        ("past", "天使轮", "1000万人民币"), ("past", "A轮", "2800万人民币"), ("past", "A+轮", "2500万人民币")]


def test_a_country_that_is_part_of_the_name():
    # FN 1638: 包括新加坡政府投资公司、马来西亚国库控股… — GIC's name holds the country
    assert split_names("新加坡政府投资公司、马来西亚国库控股") == ["新加坡政府投资公司", "马来西亚国库控股"]
    # FN 1638: …华平投资、加拿大养老基金投资公司、银湖投资… — so does a public pension fund's
    assert split_names("华平投资、加拿大养老基金投资公司、银湖投资") == ["华平投资", "加拿大养老基金投资公司", "银湖投资"]


def test_the_company_invested_in_after_对_is_no_backer():
    # FN 553: 中电健康基金已完成对通和毓承资本的战略投资 — 对 names the company; no part of its name is a backer
    e = one("", "12月22日消息，近日，中电健康基金已完成对通和毓承资本的战略投资，双方将基于中电数据健康医疗大数据国家队优势展开多层面合作。")
    assert (e.company, e.lead_investors, e.investors) == ("通和毓承资本", ["中电健康基金"], [])


def test_a_history_told_round_by_round_under_the_deals_name():
    # FN 479: …创办，天使轮获得李治国百万人民币投资，大天使轮由苏州顺融投资200万人民币。Pre-A轮获迭代资本、顺融资本803万元融资
    events = extract_events("【网上厨房完成A轮融资】头头是道投资基金投资",
                            "美食菜谱分享平台“网上厨房”完成A轮融资，投资方为头头是道投资基金。\n资料显示，最初由技术牛人李卓林在2011年创办，"
                            "天使轮获得李治国百万人民币投资，大天使轮由苏州顺融投资200万人民币。\nPre-A轮获迭代资本、顺融资本803万元融资。")
    assert [(e.kind, e.company, e.round_norm, e.amount_text) for e in events] == [
        ("current", "网上厨房", "A轮", None), ("past", "网上厨房", "天使轮", "百万人民币"), ("past", "网上厨房", "Pre-A轮", "803万元")]
    assert events[1].lead_investors == ["李治国"]
    # FN 950: 共享办公空间梦想加空间宣布获得… and 梦想加成立于…，天使轮获得…: the history takes the deal's name
    events = extract_events("梦想加获2000万美金B轮融资 同时宣布3.0版Oaas体系",
                            "5月24日消息，共享办公空间梦想加空间宣布获得愉悦资本领投、闪银及险峰长青跟投的2000万美金B轮融资。\n"
                            "梦想加成立于2015年5月，天使轮获得险峰长青、英诺资本等联合投资。")
    assert [(e.kind, e.company) for e in events] == [("current", "梦想加"), ("past", "梦想加")]


def test_what_a_backer_is_before_its_name_more_kinds():
    # FN 464: 国内水溶肥领导企业慧尔股份; FN 1003: 香港上市企业中国数码
    assert split_names("国内水溶肥领导企业慧尔股份") == ["慧尔股份"]
    assert split_names("香港上市企业中国数码、君言资本") == ["中国数码", "君言资本"]
    # FN 1641: 谷歌云首席科学家李飞飞; FN 867: 亿万富翁理查德·布兰森 — titles of people
    assert split_names("谷歌云首席科学家李飞飞") == ["李飞飞"]
    assert split_names("亿万富翁理查德·布兰森") == ["理查德·布兰森"]
    # but a registered name that holds 企业 stays whole (FN 46)
    assert split_names("上海柯投企业管理合伙企业") == ["上海柯投企业管理合伙企业"]


def test_roles_after_a_sentence_go_to_its_deal_not_to_the_earlier_round_it_adds():
    # FN 1040: …完成500万元的天使轮追加融资，加上2014年1月获得的200万元天使轮融资，共计融资700万元。由…领投，…跟投。
    events = extract_events("", "4月5日消息，远点明视对外宣布已于今年2月完成500万元的天使轮追加融资，加上2014年1月获得的200万元天使轮融资，"
                                "共计融资700万元。由厦门鑫百益投资集团领投，天使投资人周晓宇跟投。")
    assert [(e.kind, e.amount_text, e.lead_investors, e.investors) for e in events] == [
        ("current", "500万元", ["厦门鑫百益投资集团"], ["周晓宇"]), ("past", "200万元", [], [])]


def test_backers_who_invest_together_with_合投():
    # FN 1582: …获得数千万PreA轮融资，由东方富海和中南荷多合投 — co-investors, none of them the lead
    e = one("", "6月20日消息，人工智能建筑应用公司小库科技获得数千万PreA轮融资，由东方富海和中南荷多合投。")
    assert (e.lead_investors, e.investors) == ([], ["东方富海", "中南荷多"])
    # FN 1021: the role said after a listed name is no part of it
    assert split_names("有“快刀手”之称的80后明星投资人朱拥华（个人）合投") == ["朱拥华"]
    # FN 655: but 合投 inside a firm's name is no role (道合投资)
    e = one("", "近日，Life Smart 再度获得华登国际领投，道合投资跟投的8000万人民币的B轮融资。")
    assert (e.lead_investors, e.investors) == (["华登国际"], ["道合投资"])


def test_later_paragraph_on_this_round_with_这轮_or_the_institutions_taking_part():
    # FN 1597: a later paragraph opens with 这轮融资由…领投
    events = extract_events("伦敦创企Tessian获1300万美元A轮融资",
                            "6月19日，伦敦创企Tessian宣布获1300万美元A轮融资，这家英国公司正试图去自动解决企业邮件的安全问题。\n"
                            "Tessian指出，英国的信息委员会收到的安全事故报告中，有关邮件地址写错的，远远多于其他种类的安全问题。\n"
                            "这轮融资由Balderton Capital领投，参投方包括Accel、Amadeus Capital Partners、Crane、LocalGlobe、"
                            "Winton Ventures和Walking Ventures等现有投资人。")
    assert events[0].lead_investors == ["Balderton Capital"]
    assert events[0].investors == ["Accel", "Amadeus Capital Partners", "Crane", "LocalGlobe", "Winton Ventures",
                                   "Walking Ventures"]
    # FN 1622: 参与本次投资的机构包括… gives the whole list the headline cut short with 等
    events = extract_events("LendChain获数千万人民币投资，公信宝等机构参与投资",
                            "今日，分布式数字资产金融服务平台LendChain宣布完成数千万人民币融资。据悉，参与本次投资的机构包括公信宝、"
                            "PreAngel、裂变资本、边界资本、比特派和公信资本。")
    assert events[0].investors == ["公信宝", "PreAngel", "裂变资本", "边界资本", "比特派", "公信资本"]


def test_a_raise_the_body_tells_as_a_plan_at_a_valuation():
    # FN 59: …Zoox将以32亿美元的后期估值，获得5亿美元的融资 — a plan; the headline's 获 does not make it done
    assert extract_events("自动驾驶汽车创企Zoox获5亿美元B轮融资，估值达32亿美元",
                          "据彭博社报道，曾经神秘的自动驾驶汽车初创公司Zoox将以32亿美元的后期估值，获得5亿美元的融资。"
                          "这轮由来自Grok Ventures的Mike Cannon-Brookes领投的融资，使该公司的融资总额达到了8亿美元。") == []


def test_a_quoted_nickname_then_what_the_company_is_then_its_name():
    # FN 1034: 被称为“社交网红”营销中介平台的Popular Pays公司 — the quote describes; the name follows 的
    e = one("", "【内容摘要】4月11日，被称为“社交网红”营销中介平台的Popular \nPays公司宣布完成了520万美元的A轮融资，本轮融资的领投方是"
                "知名风投GoAhead VC，参投方包括Pallasite Ventures和Hyde Park \nAngles两家风投机构。")
    assert (e.company, e.lead_investors, e.investors) == ("Popular Pays", ["GoAhead VC"],
                                                          ["Pallasite Ventures", "Hyde Park Angles"])


def test_backers_who_invest_together_with_联投_and_backers_not_named():
    # FN 577: 由俞敏洪、腾讯前副总裁刘成敏、合众资本联投
    e = one("", "12月12日消息，专注于鲜米鲜蛋的无人货柜零售商“鲜稻屋”已于今年年中完成了2000万人民币Pre-A轮融资，"
                "由俞敏洪、腾讯前副总裁刘成敏、合众资本联投。")
    assert e.investors == ["俞敏洪", "刘成敏", "合众资本"]
    # FN 1531: but 关联投资机构 is no 联投
    assert roles_in("此前，妈咪知道先后获得软银中国、晨兴创投、复星锐正、山楂树、周大福集团关联投资机构4轮融资。") == roles_in("")
    # FN 756: 某雨伞上市公司老总 names no one
    assert split_names("某雨伞上市公司老总个人") == []


def test_a_pronoun_deal_after_another_company_was_named():
    # FN 874: …创企MoneyTap就是LoanTap的竞争对手。…这家创企最近获得了1230万美元融资 — MoneyTap's round, not LoanTap's
    events = extract_events("为低薪人群提供贷款服务，印度创企LoanTap获400万美元风险融资",
                            "在线个人贷款服务提供商LoanTap Financial Technologies专门为带薪的专业人士提供贷款。今日这家公司获得了400万美元融资。\n"
                            "本轮融资同时包含股权融资和债券融资，由Kae Capital领投，其它投资人包括India Quotient、IFMR Capital和MAS Financial Services。\n"
                            "LoanTap在1年前获得了300万美元A轮融资，由孟买HNIs\nAbhishek Pandey和Jaysukh Sapra领投。\n"
                            "班加罗尔消费借贷创企MoneyTap就是LoanTap的竞争对手。和LoanTap不同的是，MoneyTap和各大银行及其它金融机构有着更密切的合作，"
                            "从而让借贷流程更加便捷。这家创企最近获得了1230万美元融资，由红杉印度领投，现有投资人New Enterprise Associates和"
                            "Prime Venture\nPartners参投。")
    assert [(e.kind, e.company, e.round_norm, e.amount_text) for e in events] == [
        ("current", "LoanTap", "股权融资", "400万美元"), ("past", "LoanTap", "A轮", "300万美元"),
        ("past", "MoneyTap", "股权融资", "1230万美元")]
    # 本轮融资同时包含…，由Kae Capital领投: a clause on the round, then who led it
    assert (events[0].lead_investors, events[0].investors) == (
        ["Kae Capital"], ["India Quotient", "IFMR Capital", "MAS Financial Services"])


def test_a_time_counted_back_from_today_is_background():
    # FN 1574: Peek于2年前筹集了1000万美元融资，这轮融资的领投方为Cathay Innovation — that round's backers
    events = extract_events("提供旅游活动的实时线上预定，Peek获2300万美元B轮融资",
                            "今日这家公司完成了2300万美元B轮融资，同时它还和谷歌建立了合作，帮助提高自己的影响力。\n"
                            "Peek于2年前筹集了1000万美元融资，这轮融资的领投方为Cathay Innovation，参投方包括前Yelp的首席运营官Geoff Donaker、"
                            "Kayak创始人Paul English、I2BF和Manta Ray。\n"
                            "前者从红杉中国以及高盛集团那里获得了9000多万美元融资。")
    assert [(e.kind, e.amount_text, e.lead_investors) for e in events] == [
        ("current", "2300万美元", []), ("past", "1000万美元", ["Cathay Innovation"])]
    assert events[1].investors == ["Geoff Donaker", "Paul English", "I2BF", "Manta Ray"]
    # 前者…: one of two companies named before; its backers are no one's here


def test_the_backers_the_money_came_from():
    # FN 1567: 法国创企Feed从Alven和Otium Brands那里筹集了1740万美元融资
    e = one("", "近日，法国创企Feed从Alven和Otium Brands那里筹集了1740万美元融资，Feed主要在欧洲销售餐饮替代品，现在它打算进入其它国家。")
    assert (e.company, e.lead_investors, e.investors) == ("Feed", [], ["Alven", "Otium Brands"])


def test_a_round_of_last_year_beside_this_years_deal_is_history():
    # FN 750 (published 2017-08-17): 近日…获得2000万人民币融资 … 2016年1月，获得数千万人民币Pre-B轮融资 — the 2016 round is
    # background, though last year's round could be this deal told late when the body tells no other
    events = extract_events("打造专业VR影像服务社区，“得图网络”获2000万元融资",
                            "8月17日消息，VR影像内容平台“得图网络”近日对外宣布已经获得2000万人民币融资，投资方为浙江金控资本管理有限公司。\n"
                            "官网显示，得图网络于2014年10月，获得1000万人民币A轮融资，投资方为深创投；2016年1月，获得数千万人民币Pre-B轮融资，"
                            "投资方为浙江金控资本和恒励控股集团。", datetime(2017, 8, 17))
    assert [(e.kind, e.round_norm, e.amount_text) for e in events] == [
        ("current", "股权融资", "2000万人民币"), ("past", "A轮", "1000万人民币"), ("past", "Pre-B轮", "数千万人民币")]
    assert events[0].investors == []


def test_dates_that_are_not_the_deals():
    # FN 1535: 成立于2017年5月的…闪电配音宣布获得… — the founding date of the company named
    assert events_in_sentence("今日，成立于2017年5月的内容有声化提供商闪电配音宣布获得1500万元 pre-A轮融资，领投方为兴旺投资。")[0].event_date is None
    # FN 611: 从2016年6月到现在 — the start of a span to now
    assert events_in_sentence("据报道，从2016年6月到现在，成立时间仅为一年半的眼神科技以惊人的速度获得亿元人民币A轮的融资。")[0].event_date is None
    # but 2018年7月，盒动力宣布完成… dates the deal (FN 1127)
    assert events_in_sentence("2018年7月，盒动力宣布完成500万元Pre-A轮融资，由浙江联合基金领投。")[0].event_date == "2018年7月"


def test_the_backer_announces_it_completed_leading_the_round():
    # FN 1077: 凯辉基金今日宣布完成领投纵腾集团B轮7亿元人民币融资 — the subject is the lead, the company follows
    e = one("", "凯辉基金今日宣布完成领投纵腾集团B轮7亿元人民币融资。")
    assert (e.company, e.round_norm, e.lead_investors) == ("纵腾集团", "B轮", ["凯辉基金"])


def test_a_strategic_investment_in_a_company_named_after_对():
    # FN 338: 腾讯公司今日宣布以12.66亿人民币对东华软件控股公司东华诚信进行战略投资
    e = one("", "36氪讯，腾讯公司今日宣布以12.66亿人民币对东华软件控股公司东华诚信进行战略投资。")
    assert (e.company, e.round_norm, e.amount_text, e.lead_investors) == ("东华诚信", "战略投资", "12.66亿人民币", ["腾讯公司"])


def test_a_headline_raise_the_body_tells_as_a_venture_firms_fund():
    # FN 371: the headline names no fund; the body says 新风投公司“Next 10 Ventures”近日筹集了5000万美元的资金
    events = extract_events("“Next 10 Ventures”筹集5000万美元资金，专注投资数字内容领域",
                            "36氪获悉，新风投公司“Next 10 Ventures”近日筹集了5000万美元的资金，专注于投资数字内容，以及为内容创作者提供工具与服务的领域。")
    assert [(e.kind, e.company) for e in events] == [("fund", "Next 10 Ventures")]


def test_what_a_backer_is_before_its_name_a_trade():
    # FN 719: 由达晨创投领投，招商银行和地产商世纪金源跟投
    assert split_names("招商银行和地产商世纪金源") == ["招商银行", "世纪金源"]


def test_a_quote_inside_what_the_company_does():
    # FN 1827: 致力于“球形核酸”创新疗法的初创企业Exicure公司，近日宣布新获得了1120万美元私募融资
    e = one("", "致力于“球形核酸”创新疗法的初创企业Exicure公司，近日宣布新获得了1120万美元私募融资，用于开发一种突破基因疗法瓶颈的“球形核酸疗法（SNA）”。")
    assert e.company == "Exicure"


def test_backers_counted_before_the_round_they_invested_in():
    # FN 627: 此前，公司曾于2016年4月宣布获得多家机构投资的1000万元Pre-A轮融资 — one round, its backers counted
    events = extract_events("品牌【蓝店】获2000万元A轮融资！蓝店致力于轻连锁便利店",
                            "11月7日消息，轻连锁便利店品牌“蓝店”对外宣布，公司已完成2000万元的A轮融资，投资方为海纳亚洲（SIG）。\n"
                            "此前，公司曾于2016年4月宣布获得多家机构投资的1000万元Pre-A轮融资，融资完成后，蓝店整体估值将达1亿元。")
    assert [(e.kind, e.round_norm, e.amount_text) for e in events] == [("current", "A轮", "2000万元"), ("past", "Pre-A轮", "1000万元")]
    # FN 577: …均有意参与此次A轮融资 — a plan of backers, 此次 is no company
    assert events_in_sentence("联想农业、中民投，以及另一家大型物业公司基金均有意参与此次A轮融资") == []


def test_出资方_names_the_backer_as_投资方_does():
    # FN 545: …获得1000万人民币天使轮融资，出资方为松禾立异基金 — the one backer named
    e = one("", "1月10日消息，区块链技术服务供应商，钛云科技获得1000万人民币天使轮融资，出资方为松禾立异基金，融资首要用于团队扩大和品牌推广。")
    assert (e.lead_investors, e.lead_basis, e.investors) == (["松禾立异基金"], "sole", [])
    # FN 41: a gloss that says who funds the lead is no role of the round; 猎云网曾经报道的 is an earlier report, not an earlier round
    e = one("", "7月20日消息，猎云网曾经报道的斯达营地教育于近日正式完成数千万A轮融资，估值数亿。"
                "此轮融资由国内知名基金，中以智教资本（国企皖新传媒为主要出资方）领投，泽厚资本跟投。")
    assert (e.lead_investors, e.investors) == (["中以智教资本"], ["泽厚资本"])


def test_a_deal_told_as_a_landmark_with_以():
    # FN 649: 以摩天轮票务完成B+轮融资为分水岭，中国在线演出票务市场完成洗牌 — 以 opens no name (but 以色列 is a country)
    e = one("", "以摩天轮票务完成B+轮融资为分水岭，中国在线演出票务市场完成洗牌，形成以大麦为代表的传统票务平台，"
                "和以摩天轮票务为代表的新一代互联网票务平台两级互补的新格局。")
    assert e.company == "摩天轮票务"
    assert split_names("以色列Vintage Investment Partners") != []


def test_rounds_counted_then_told_one_by_one_after_a_colon():
    # FN 1584: 公司曾获得4轮融资，分别为：中金资本投资的天使轮，…千万级A轮融资，由国金投资领投的近亿元B轮融资
    events = events_in_sentence("在此轮融资之前，公司曾获得4轮融资，分别为：中金资本投资的天使轮，华睿资本和湖畔山南基金共同投资的"
                                "千万级A轮融资，由国金投资领投的近亿元B轮融资，2017年由沪江领投，头头是道跟投的B+轮数亿元融资。")
    assert [(e.kind, e.round_norm, e.amount_text) for e in events][:3] == [
        ("past", "天使轮", None), ("past", "A轮", "千万级"), ("past", "B轮", "近亿元")]
    assert (events[1].investors, events[2].lead_investors) == (["华睿资本", "湖畔山南基金"], ["国金投资"])
    assert all(e.company == "" for e in events)  # 公司: the company named before (never 领投 from 由国金投资领投的…)
    # FN 1033: the rounds told after the count are that company's, each with its date
    events = events_in_sentence("591结婚网成立于2005年9月，目前已经获得了2轮融资，分别是：2013年5月，获维西资本1000万人民币A轮融资；"
                                "2013年12月，获数千万人民币B轮融资。")
    assert [(e.company, e.round_norm, e.amount_text) for e in events] == [
        ("591结婚网", "A轮", "1000万人民币"), ("591结婚网", "B轮", "数千万人民币")]
    # FN 613: 乐信已完成5轮融资，分别是：(the list below) — rounds counted, none of them a deal here
    assert events_in_sentence("创始团队主要来自腾讯，肖文杰持股36.6%自创立至今，乐信已完成5轮融资，分别是：") == []


def test_the_investor_completed_its_investment_in_a_company_then_the_amount():
    # FN 1562: 联想创投完成了对当红齐天及SoReal品牌数千万元天使轮投资 — investor-first, no 的 after the company
    e = events_in_sentence("2016年11月，联想创投完成了对当红齐天及SoReal品牌数千万元天使轮投资，并达成战略合作。")[0]
    assert (e.company, e.round_norm, e.amount_text, e.lead_investors) == ("当红齐天及SoReal品牌", "天使轮", "数千万元", ["联想创投"])
    # FN 1817: the year of a listed round is no part of its lead's name
    assert split_names("2016年光速安振") == ["光速安振"]


def test_what_someone_did_before_the_deal_is_no_name():
    # FN 417: …以合伙人的身份加入植观团队，2017年团队获得了经纬创投A+轮融资 — 团队 is the company named before
    events = events_in_sentence("2017年3月，奥运冠军李小鹏宣布自己将和妻子李安琪以合伙人的身份加入植观团队，2017年团队获得了经纬创投A+轮融资。")
    assert all("加入" not in e.company for e in events)
    # FN 901: 是褚时健的故事一直激励着他坚持下来，直到后来获得…
    events = events_in_sentence("王辉对外表示，他曾经面临过资金耗完、找不到投资人、面临关门的困境，是褚时健的故事一直激励着他坚持下来，"
                                "直到后来获得“张江火炬”500万元的政府投资基金。")
    assert all("激励" not in e.company for e in events)
    # FN 678: 我们也会加速完成A2轮 — a plan
    assert events_in_sentence("对于本轮融资，美味生活创始人兼CEO周显军表示：“感谢参与美味生活天使轮与A1轮融资的投资人，"
                              "我们也会加速完成A2轮，做到更好的业绩回报大家。") == []


def test_backers_listed_after_有_and_a_quoted_word_said_of_a_backer():
    # FN 617: 此次参投方为光际资本，其它参投方有腾讯、百度、华平、高瓴资本等
    e = one("", "2017年6月，蔚来汽车再获融资，此次参投方为光际资本，其它参投方有腾讯、百度、华平、高瓴资本等。")
    assert e.investors == ["光际资本", "腾讯", "百度", "华平", "高瓴资本"]
    # FN 650: 投资界的“大咖”红杉资本 — the quoted word describes the backer
    assert split_names("教育行业内巨头学而思和投资界的“大咖”红杉资本、IDG、挚信资本") == ["学而思", "红杉资本", "IDG", "挚信资本"]


def test_a_person_given_by_title_alone_is_not_named():
    # FN 526: 本轮融资由麦星投资领投，创始人和医生团队跟投; FN 861: PlayStation联合创始人Phil Harrison 跟投 — titles, not names
    e = one("", "1月18日消息，上海曜影医疗今日宣布完成6000万元人民币A轮融资，本轮融资由麦星投资领投，创始人和医生团队跟投。")
    assert "创始人" not in e.investors
    assert split_names("PlayStation联合创始人") == []


def test_a_person_named_after_the_english_firm_they_are_of():
    # FN 1639: 投资方包括高榕资本、 硅谷Uphonest Capital郭威，以及志拙资本 — 本轮投资方之一郭威表示…
    assert split_names("高榕资本、 硅谷Uphonest Capital郭威，以及志拙资本") == ["高榕资本", "郭威", "志拙资本"]
    assert split_names("Sequoia Capital中国") == ["Sequoia Capital中国"]  # a place after the firm word is no person


def test_the_backer_whose_officer_speaks_as_this_rounds_lead():
    # FN 839: 作为本轮领投方，钟鼎创投认为：… (a paragraph of its own, after the deal)
    events = extract_events("做中餐爆品标准 信良记完成1.2亿元A+轮融资",
                            "7月6日，餐饮供应链品牌、中餐爆品标准化专家“信良记”宣布完成1.2亿元的A+轮融资。\n"
                            "本轮融资将帮助信良记加大上游产地及加工优质资源的提前布局，做深做透爆品产业链。\n"
                            "作为本轮领投方，钟鼎创投认为：受美国餐饮服务商西思科（Sysco）公司成长路径启发，"
                            "钟鼎一直致力于寻找中国食材行业的大市值机会。")
    assert [(e.company, e.lead_investors, e.lead_basis) for e in events] == [("信良记", ["钟鼎创投"], "explicit")]
    # FN 761: the speaker's firm is the group of the lead named before (58同城), not one more backer
    events = extract_events("",
                            "8月10日消息，铂涛集团旗下公寓品牌“窝趣”正式对外宣布已经获得5000万人民币Pre-A轮融资，由58同城领投。\n"
                            "作为本轮融资的领投方，58集团CEO姚劲波表示：“窝趣发布的‘深耕一公里’战略，正是回归行业本质。")
    assert [(e.lead_investors, e.investors) for e in events] == [(["58同城"], [])]
    # FN 483: the firm ends where its officer's title starts
    roles = roles_in("作为本轮融资的投资方，起点创投基金创始合伙人查立表示：“随车拉因为切入了货车司机这个独特的群体。")
    assert (roles.leads, roles.others) == ([], ["起点创投基金"])


def test_an_english_name_then_what_it_does_and_english_backers_listed_with_commas():
    # FN 398: NomNomNow 定位于为宠物狗提供新鲜定制、兽医配方的食品，今天宣布已经完成了 1300 万美元的融资，投资方包括Bullish，CircleUp，…
    e = one("", "36氪获悉，NomNomNow 定位于为宠物狗提供新鲜定制、兽医配方的食品，今天宣布已经完成了 1300 万美元的融资，"
                "投资方包括Bullish，CircleUp，e.ventures，Tandem Capital和Greycroft等。")
    assert e.company == "NomNomNow"
    assert e.investors == ["Bullish", "CircleUp", "e.ventures", "Tandem Capital", "Greycroft"]


def test_a_total_of_one_rounds_tranches_is_the_round():
    # FN 1036: 完成总计1400万人民币Pre-A轮融资 — 总计 sums the round's tranches, it counts no deals
    e = one("", "近日，DeepTech深科技完成总计1400万人民币Pre-A轮融资，领投方是中科创星，跟投方包括澜亭资本等机构。")
    assert (e.round_norm, e.amount_text, e.lead_investors, e.investors) == ("Pre-A轮", "1400万人民币", ["中科创星"], ["澜亭资本"])
    # FN 849: 完成共计5亿人民币A1+A2轮融资 — two tranches of one A round
    e = one("", "7月5日消息，城市级移动互联网平台公司——特斯联宣布已经完成共计5亿人民币A1+A2轮融资。")
    assert (e.round_norm, e.amount_text) == ("A轮", "5亿人民币")
    # FN 1109: 获得来自湖畔山南资本和前阿里巴巴CEO陆兆禧个人合计1600万元天使轮投资 — 合计 sums the backers' parts of one round
    e = one("", "奇点云已于2017年2月获得来自湖畔山南资本和前阿里巴巴CEO陆兆禧个人合计1600万元天使轮投资。")
    assert (e.round_norm, e.amount_text, e.investors) == ("天使轮", "1600万元", ["湖畔山南资本", "陆兆禧"])
    # FN 1093: Moka共计完成4轮融资 — rounds counted, no deal; a total of two rounds is no deal either
    assert events_in_sentence("Moka共计完成4轮融资。") == []
    assert events_in_sentence("公司完成共计5亿元A轮和B轮融资。") == []


def test_a_round_announced_now_that_closed_last_year_is_the_news():
    # FN 1747: 宣布已经在去年第四季度完成千万级美元B轮融资 — the announcement is this article's deal
    e = one("", "2月24日消息，一站式企业服务综合平台“小微律政”宣布已经在去年第四季度完成千万级美元B轮融资，"
                "由成为资本领投，蓝驰创投等老股东跟投，将主要用于产品线拓展和区域扩张。")
    assert (e.kind, e.lead_investors, e.investors) == ("current", ["成为资本"], ["蓝驰创投"])
    # but a round the company took last year, told without an announcement, is background
    assert [e.kind for e in events_in_sentence("小微律政去年完成千万级美元B轮融资。")] == ["past"]


def test_the_time_since_the_last_round_opens_no_name():
    # FN 839: 距离获得5000万元Pre-A轮融资仅仅过去了三个月的时间 — the earlier round is the company's, 距离 is no company
    events = extract_events("做中餐爆品标准 信良记完成1.2亿元A+轮融资",
                            "距离获得5000万元Pre-A轮融资仅仅过去了三个月的时间，7月6日，餐饮供应链品牌、中餐爆品标准化专家“信良记”"
                            "宣布完成1.2亿元的A+轮融资。")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [("current", "信良记", "A+轮"), ("past", "信良记", "Pre-A轮")]


def test_a_sentence_opening_with_its_describes_the_company_named_before():
    # FN 653: 其主要是…，一种新型的工具平台，近日，获数百万元人民币天使轮融资，其投资方为立思辰教育天使基金
    events = extract_events("【在线教育平台】“爱培优”在线教育平台获数百万元人民币天使轮融资",
                            "其主要是是面向全国的资源共享是零距离的，是一种全新的交流教学方式，一种新的教学教育平台，一种新型的工具平台，"
                            "近日，获数百万元人民币天使轮融资，其投资方为立思辰教育天使基金。")
    assert [(e.company, e.lead_investors) for e in events] == [("爱培优", ["立思辰教育天使基金"])]


def test_a_round_disclosed_now_that_closed_last_year_joins_the_headline_deal():
    # FN 938 (published 2017-05-27): 其联合创始人应秀王独家对猎云网披露，已于去年12月完成1000万人民币Pre—A轮融资，由乐奕创投领投
    events = extract_events("逗妮开心获1000万Pre－A轮投资快递＋便利店模式新玩法",
                            "其联合创始人应秀王独家对猎云网披露，已于去年12月完成1000万人民币Pre—A轮融资，由乐奕创投领投。",
                            datetime(2017, 5, 27))
    assert [(e.kind, e.company, e.round_norm, e.lead_investors) for e in events] == [
        ("current", "逗妮开心", "Pre-A轮", ["乐奕创投"])]


def test_a_remark_on_a_backers_past_in_brackets_leaves_the_list_whole():
    # FN 1632: 包括高盛集团（曾在18个月前领投了TraceLink 的5150万美元C轮融资）、FirstMark Capital…
    events = extract_events("追踪虚假处方药，SaaS平台TraceLink完成6000万美元D轮融资",
                            "近日这家公司完成了6000万美元D轮融资。本轮融资的投资方为18家公司，包括高盛集团（曾在18个月前领投了"
                            "TraceLink 的5150万美元C轮融资）、FirstMark Capital、Volition Capital和F-Prime Capital。")
    current = [e for e in events if e.kind == "current"]
    assert [(e.company, e.lead_investors, e.investors) for e in current] == [
        ("TraceLink", [], ["高盛集团", "FirstMark Capital", "Volition Capital", "F-Prime Capital"])]


def test_funds_a_backer_led_are_a_deal():
    # FN 909: 网络安全初创企业Illumio获得由摩根大通资产管理公司（J.P.Morgan Asset Management）领投的1.25亿美元资金
    e = one("", "据外媒报道，网络安全初创企业Illumio获得由摩根大通资产管理公司（J.P.Morgan Asset Management）领投的1.25亿美元资金。")
    assert (e.company, e.amount_text, e.lead_investors, e.lead_basis) == ("Illumio", "1.25亿美元", ["摩根大通资产管理公司"], "explicit")
    # but funds with no backer named are no deal: 获得1.25亿美元资金 could be a grant or a loan
    assert events_in_sentence("Illumio获得1.25亿美元资金。") == []


def test_one_backer_named_of_several_is_no_sole_lead():
    # FN 795: “米小芽”获章子怡等百万元天使融资; FN 789: 此前，棕榈大道曾获九合创投等的千万级Pre-A轮融资
    e = one("打造宝宝专属米，“米小芽”获章子怡等百万元天使融资")
    assert (e.lead_investors, e.investors) == ([], ["章子怡"])
    [e] = events_in_sentence("此前，棕榈大道曾获九合创投等的千万级Pre-A轮融资。")
    assert (e.kind, e.lead_investors, e.investors) == ("past", [], ["九合创投"])
    [e] = events_in_sentence("此前，棕榈大道曾获九合创投的千万级Pre-A轮融资。")  # one backer named, and no 等: the sole one
    assert (e.lead_investors, e.lead_basis) == (["九合创投"], "sole")


def test_backers_that_invest_together_and_one_that_follows_again():
    # FN 1864: X、Y与Z合作投资，原天使轮投资机构清华力合继续跟进
    roles = roles_in("本轮融资中，厦门市美亚梧桐投资管理有限公司、凯泰资本与博将资本合作投资，原天使轮投资机构清华力合继续跟进。")
    assert roles.others == ["厦门市美亚梧桐投资管理有限公司", "凯泰资本", "博将资本", "清华力合"]
    # FN 866: …Sesame Workshop（…）的合作投资机构Collab+Sesame — a partner fund, no role of Sesame Workshop
    roles = roles_in("投资方为Sesame Workshop（即美国儿童教育节目《芝麻街》的工作室）的合作投资机构Collab+Sesame和Collaborative Fund。")
    assert "Sesame Workshop" not in roles.leads + roles.others


def test_backers_that_became_the_rounds_new_investors():
    # FN 1735: 据悉，除原有股东继续跟投外，包括新加坡政府投资公司、…以及Baillie Gifford等成为新增战略投资者
    roles = roles_in("据悉，除原有股东继续跟投外，包括新加坡政府投资公司、马来西亚国库控股、华平投资、银湖投资、淡马锡、"
                     "凯雷投资集团、Janchor Partners、Discovery Capital Management以及Baillie Gifford等成为新增战略投资者。")
    assert roles.others == ["新加坡政府投资公司", "马来西亚国库控股", "华平投资", "银湖投资", "淡马锡", "凯雷投资集团",
                            "Janchor Partners", "Discovery Capital Management", "Baillie Gifford"]
    # 据悉 before a role word is who tells it, not a backer
    assert roles_in("据悉，红杉资本继续跟投。").others == ["红杉资本"]


def test_rounds_counted_and_then_told_are_history_with_the_backers_they_came_from():
    # FN 518: 宋小菜已经获得了4轮融资，分别是：在2016年5月获得…A+轮融资，2016年1月来自IDG资本、普华资本、元璟资本的1.04亿元A轮融资，…
    events = events_in_sentence("截至目前，宋小菜已经获得了4轮融资，分别是：在2016年5月获得来自银泰资本、经纬中国和IDG资本的8515万元A+轮融资，"
                                "2016年1月来自IDG资本、普华资本、元璟资本的1.04亿元A轮融资，2015年1月来自天使投资人吴泳铭的数百万元天使轮融资。")
    assert [(e.kind, e.round_norm, e.lead_investors, e.investors) for e in events] == [
        ("past", "A+轮", [], ["银泰资本", "经纬中国", "IDG资本"]),
        ("past", "A轮", [], ["IDG资本", "普华资本", "元璟资本"]),
        ("past", "天使轮", ["吴泳铭"], [])]


def test_a_verbless_sentence_adds_one_more_round_to_the_history_before_it():
    # FN 705: 此前，衣二三曾获得过来自金沙江创投和滴滴天使投资人王刚的A轮融资。由IDG资本领投，…跟投的A+轮融资。由磐霖资本领投，…的B轮融资。
    events = extract_events("衣二三获阿里巴巴创新投等5000万美元C轮融资",
                            "此前，衣二三曾获得过来自金沙江创投和滴滴天使投资人王刚的A轮融资。由IDG资本领投，真格基金、清流资本、"
                            "金沙江创投跟投的A+轮融资。由磐霖资本领投，志拙资本、UVM、金沙江创投、IDG资本、真格基金跟投的B轮融资。")
    past = [(e.round_norm, e.lead_investors) for e in events if e.kind == "past"]
    assert past == [("A轮", []), ("A+轮", ["IDG资本"]), ("B轮", ["磐霖资本"])]
    # FN 1596: …梅花创投领投、朱晔和孔毅个人跟投的800万Pre-A轮融资；由广东文投领投的1000万天使轮融资。
    events = extract_events("千鸟互联完成3轮5600万元融资",
                            "此前，千鸟互联已连续完成梅花创投领投、朱晔和孔毅个人跟投的800万Pre-A轮融资；由广东文投领投的1000万天使轮融资。")
    assert [(e.round_norm, e.lead_investors) for e in events if e.kind == "past"] == [("Pre-A轮", ["梅花创投"]), ("天使轮", ["广东文投"])]


def test_the_rounds_before_this_one_told_after_继():
    # FN 631: 这是誉存科技继2016年9月份获得广发信德3000万元人民币Pre-A轮融资后的又一笔融资
    events = extract_events("誉存科技完成数千万元人民币A轮融资",
                            "誉存科技宣布完成数千万元人民币A轮融资。这是誉存科技继2016年9月份获得广发信德3000万元人民币Pre-A轮融资后的又一笔融资。")
    assert [(e.kind, e.round_norm, e.amount_text) for e in events if e.kind == "past"] == [("past", "Pre-A轮", "3000万元人民币")]


def test_one_more_dated_round_after_a_list_comma_keeps_the_subject():
    # FN 1842: 蓝店于2015年7月获得赛富亚洲投资的数百万天使轮融资、2016年3月获得行早金融投资的千万元级Pre-A轮融资
    events = events_in_sentence("蓝店于2015年7月获得赛富亚洲投资的数百万天使轮融资、2016年3月获得行早金融投资的千万元级Pre-A轮融资。")
    assert [(e.company, e.round_norm, e.lead_investors) for e in events] == [("蓝店", "天使轮", ["赛富亚洲"]),
                                                                             ("蓝店", "Pre-A轮", ["行早金融"])]
    # FN 537: 此前，联众医疗曾在2010年3月获得来自浙商创投的A轮融资、在2014年3月获得来自如山投资的B轮融资
    events = events_in_sentence("此前，联众医疗曾在2010年3月获得来自浙商创投的A轮融资、在2014年3月获得来自如山投资的B轮融资。")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [("past", "联众医疗", "A轮"), ("past", "联众医疗", "B轮")]


def test_history_rounds_joined_by_和_or_以及():
    # FN 614: 此前，乐播曾获得金沙江2500万元的A轮融资和赛马资本的天使轮融资
    events = events_in_sentence("此前，乐播曾获得金沙江2500万元的A轮融资和赛马资本的天使轮融资。")
    assert [(e.kind, e.round_norm, e.lead_investors) for e in events] == [("past", "A轮", ["金沙江"]), ("past", "天使轮", ["赛马资本"])]
    # FN 1009: 此前，掌控糖尿病完成了1500万的天使轮融资以及6000万元A轮融资
    events = events_in_sentence("此前，掌控糖尿病完成了1500万的天使轮融资以及6000万元A轮融资。")
    assert [(e.round_norm, e.amount_text) for e in events] == [("天使轮", "1500万"), ("A轮", "6000万元")]


def test_an_english_backer_and_its_initials_in_brackets():
    # FN 275: 领投方为Oxford Sciences Innovation（OSI）; FN 877: Mitra Komunikasi Nusantara（MKN）
    assert split_names("Oxford Sciences Innovation（OSI）") == ["Oxford Sciences Innovation"]
    assert split_names("Mitra Komunikasi Nusantara（MKN）") == ["Mitra Komunikasi Nusantara"]


def test_a_company_introduced_by_its_founding_year_owns_the_history_told_after():
    # recent-news 176: 轻松健康集团成立于2014年，… 其主要融资经历如下：• 2017年：推出健康管理服务包，完成C轮融资；
    events = extract_events("北京杀出超级隐形冠军：年入6亿 全国第二",
                            "轻松健康集团成立于2014年，公司通过AI技术和大数据分析，为用户提供个性化的健康服务和保险产品。\n"
                            "其主要融资经历如下：\n• 2017年：推出健康管理服务包，完成C轮融资；\n"
                            "• 2020年：与保险公司合作推出健康保险计划，并完成D轮融资，募资6600万美元 。",
                            datetime(2025, 6, 1))
    assert [(e.kind, e.company, e.round_norm) for e in events] == [("past", "轻松健康集团", "C轮"), ("past", "轻松健康集团", "D轮")]


def test_a_market_total_raised_by_startups_is_no_deal():
    # FN 820: 第二季度全球由风险投资资助的创业公司共融资429亿美元 (共融资: a sum, like 共计)
    assert events_in_sentence("报告显示，第二季度全球由风险投资资助的创业公司共融资429亿美元，"
                              "较今年第一季度的280亿美元相比增长53%。") == []


def test_a_wish_to_raise_money_is_no_deal():
    # seeds/caict_ztetj_2020.md: …等因素，想要获得融资的工业互联网企业往往无法匹配到专业化的投融资机构
    assert events_in_sentence("虽然一些企业拥有竞争力比较强的产品，但是由于对工业互联网的了解程度仍然不高、叠加工业互联网短期的"
                              "市场回报率不明朗等因素，想要获得融资的工业互联网企业往往无法匹配到专业化的投融资机构。") == []


def test_a_deal_told_before_one_that_came_again_is_past():
    # FN 911: 不久刚获得创隆投资Pre-A轮融资的迈迈车，近日又获得A轮2亿元融资 (不久 is no name; 又: the Pre-A came first)
    events = events_in_sentence("【内容摘要】不久刚获得创隆投资Pre-A轮融资的迈迈车，近日又获得A轮2亿元融资，投资方为柏源投资基金。")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [("past", "迈迈车", "Pre-A轮"), ("current", "迈迈车", "A轮")]
    # FN 1061: 其刚刚完成1000万元天使轮融资两个月，又宣布完成了Pre-A轮
    events = events_in_sentence("值得注意的是，其刚刚完成1000万元天使轮融资两个月，又宣布完成了Pre-A轮。")
    assert [(e.kind, e.round_norm) for e in events] == [("past", "天使轮"), ("current", "Pre-A轮")]


def test_a_market_served_is_no_company():
    # FN 1102: …，服务包括香港本地及欧美在内的市场，曾于2018年初获得天使轮融资 (市场 is what the company serves)
    events = events_in_sentence("公开资料显示，BlueOcean Pay成立于2017年年底，是一家来自香港和深圳的跨境移动支付聚合平台，"
                                "主要面向中国游客提供跨境移动支付业务，服务包括香港本地及欧美在内的市场，曾于2018年初获得天使轮融资。")
    assert all(e.company != "市场" for e in events)


def test_a_frame_of_time_after_the_name_is_no_name():
    # FN 1686: 中通快运在这良好开局的关键时点，顺利完成A轮融资 (在…的关键时点: when, not who)
    events = events_in_sentence("中通快运在这良好开局的关键时点，顺利完成A轮融资，既体现了社会和市场对于中通快运发展的认可。")
    assert [(e.company, e.round_norm) for e in events] == [("中通快运", "A轮")]


def test_a_weighty_investment_names_no_backer():
    # FN 1116: …成立仅三年多的地平线再次获得重量级投资 (重量级 says how big, not who)
    events = events_in_sentence("这也是继2017年下半年获得由Intel领投的超过1亿美金的A+轮融资之后，成立仅三年多的地平线再次获得重量级投资。")
    assert all("重量级" not in e.lead_investors + e.investors for e in events)


def test_what_a_backer_serves_is_no_backer():
    # FN 1045: 投资方包括面向印度和东南亚的私募股权基金Quadria Capital (面向…: the market the fund serves)
    events = events_in_sentence("据外媒报道，达布尔家族旗下的高端上门医疗服务创企HealthCare at \nHome近日获融资4000万美元，"
                                "投资方包括面向印度和东南亚的私募股权基金Quadria Capital。")
    assert [e.investors for e in events] == [["Quadria Capital"]]


def test_what_the_rounds_backers_put_in_is_its_amount():
    # 36kr/36kr_kuaixun_pengpai_B_round_2022-08-08.md: "澎湃新闻"完成B轮融资，上文投独家战略投资4亿
    events = events_in_sentence("“澎湃新闻”完成B轮融资，上文投独家战略投资4亿")
    assert [(e.company, e.round_norm, e.amount_text) for e in events] == [("澎湃新闻", "B轮", "4亿")]
    # FN 1664: …正式宣布完成A++轮融资，君联资本、SIG等投资机构共计投资1200万美元
    events = events_in_sentence("6月5日，Goopal Group正式宣布完成A++轮融资，君联资本、SIG等投资机构共计投资1200万美元。")
    assert [e.amount_text for e in events] == ["1200万美元"]


def test_和_inside_a_registered_name_joins_no_two_backers():
    # FN 470: 2016年8月，黄包车获方正和生投资有限责任公司领投的1.2亿元人民币B轮融资 (方正和生投资 is one firm)
    assert split_names("方正和生投资有限责任公司") == ["方正和生投资有限责任公司"]
    assert split_names("深创投和科博达投资控股有限公司") == ["深创投", "科博达投资控股有限公司"]


def test_this_time_after_the_name_is_no_name():
    # FN 1528: 红杉资本此次获得的60亿美元投资，全部来自新投资者 (此次 says when, like 今年)
    events = events_in_sentence("红杉资本此次获得的60亿美元投资，全部来自新投资者，之前与红杉资本没有合作关系，凸显了其极大的吸引力。")
    assert [(e.company, e.company_aliases, e.amount_text) for e in events] == [("红杉资本", [], "60亿美元")]
    # FN 405: the name with 此次 is no alias either
    events = extract_events("【猩便利】获蚂蚁金服战略投资，新一代无人零售智能设备“猩+”将出炉",
                            "猩便利此次获得的战略投资资金，也将用于新型智能设备的生产和推广，以及后续进一步的平台、技术开发投入。")
    assert all("猩便利此次" not in e.company_aliases for e in events)


def test_launched_after_the_name_is_no_name():
    # FN 946: 乐车邦上线于2015年6月16日，曾获得来自红杉资本2600万元的种子轮投资 (上线于 says when it began, as 成立于)
    events = events_in_sentence("乐车邦上线于2015年6月16日，曾获得来自红杉资本2600万元的种子轮投资。")
    assert [(e.company, e.kind, e.round) for e in events] == [("乐车邦", "past", "种子轮")]


def test_the_company_that_announces_the_news_is_the_subject_of_the_deal_after():
    # FN 1830: 艺朝艺夕教育集团再次宣布融资信息，已于10月完成1.6亿元人民币B轮融资，本轮融资由深圳达晨创投领投…
    events = events_in_sentence("于2017年11月8日，艺朝艺夕教育集团再次宣布融资信息，已于10月完成1.6亿元人民币B轮融资，"
                                "本轮融资由深圳达晨创投领投以及真格教育基金、领创投资跟投。")
    assert [(e.company, e.lead_investors, e.investors) for e in events] == [
        ("艺朝艺夕教育集团", ["深圳达晨创投"], ["真格教育基金", "领创投资"])]


def test_a_name_with_数据_is_no_source_and_the_event_it_holds_no_name():
    # FN 1628: 华云数据 holds 据 (not 据悉), and the quoted title of its launch event is no name; 引入了…等多家战略型投资人
    events = events_in_sentence("6月8日，云计算服务公司华云数据在北京举办了“中国云力量——华云数据集团产品及生态战略发布会”，"
                                "宣布完成10亿元人民币最新一轮融资，本轮融资引入了源星资本、广发证券、清华控股基金、龙宇控股等多家战略型投资人。")
    assert [(e.company, e.amount_text, e.investors) for e in events] == [
        ("华云数据", "10亿元人民币", ["源星资本", "广发证券", "清华控股基金", "龙宇控股"])]
    # FN 1552: 相关数据表明 tells where the figure comes from, as 数据显示 does
    events = events_in_sentence("相关数据表明，这家创企之前完成了将近2500万美元融资，估值达5275万美元。")
    assert all(e.company != "相关数据表明" for e in events)


def test_a_backer_brought_in_as_strategic_investor_is_an_investor():
    # FN 1821: 本轮融资由DCM领投，IDG资本、晨兴资本持续跟投，此外脉脉还引入中国职业发展平台智联招聘作为战略投资方
    events = extract_events("【DCM】领投脉脉！由DCM领投的脉脉完成C轮7500万美元融资！",
                            "2017年11月15日，实名制职场社交平台“脉脉”宣布完成C轮7500万美元融资。本轮融资由DCM领投，"
                            "IDG资本、晨兴资本持续跟投，此外脉脉还引入中国职业发展平台智联招聘作为战略投资方。")
    assert [(e.company, e.lead_investors, e.investors) for e in events] == [
        ("脉脉", ["DCM"], ["IDG资本", "晨兴资本", "智联招聘"])]


def test_a_round_that_opens_its_clause_then_done_is_the_deal_of_the_company_that_announces_it():
    # FN 1834: 灵雀云今日宣布，B轮融资阶段性完成，此轮融资由腾讯云领投，高榕资本、宽带资本跟投
    events = events_in_sentence("11月8日消息，企业级容器PaaS服务商灵雀云今日宣布，B轮融资阶段性完成，此轮融资由腾讯云领投，"
                                "高榕资本、宽带资本跟投，其他战略投资者持续跟进，融资总额超过亿元。")
    assert [(e.company, e.round, e.lead_investors, e.investors) for e in events] == [
        ("灵雀云", "B轮", ["腾讯云"], ["高榕资本", "宽带资本"])]
    # FN 479: with no company announcing it, the round is the company's named before (here none)
    events = events_in_sentence("资料显示，最初由技术牛人李卓林在2011年创办，天使轮获得李治国百万人民币投资。")
    assert all(e.company == "" for e in events)


def test_在_before_上线_breaks_the_subject():
    # FN 1812: 运满满在上线之初便获得滴滴投资人王刚数百万人民币的种子轮天使融资 (以上, 以下 keep their 以)
    events = events_in_sentence("运满满在上线之初便获得滴滴投资人王刚数百万人民币的种子轮天使融资，2014年3月，运满满获得光速安振500万美元A轮融资。")
    assert [e.company for e in events] == ["运满满", "运满满"]


def test_a_sum_after_its_round_is_that_rounds_amount():
    # FN 1812: 运满满被曝出，已在10月底完成成D3轮共计1.2亿美元融资 (title: …运满满完成D3轮共计1.2亿美元融资！)
    events = extract_events("老虎基金领投的运满满完成D3轮共计1.2亿美元融资！",
                            "运满满在上线之初便获得滴滴投资人王刚数百万人民币的种子轮天使融资。")
    assert [(e.kind, e.round, e.amount_text, e.lead_investors) for e in events if e.kind == "current"] == [
        ("current", "D3轮", "1.2亿美元", ["老虎基金"])]
    # a sum of no one round stays a total: 共计1.2亿美元融资
    assert events_in_sentence("运满满完成共计1.2亿美元融资。") == []


def test_a_quarter_or_a_festival_is_a_time_no_name():
    # FN 1039: …，2014年10月获华人文化产业投资基金3000万元A轮融资，2015年第四季度获创丰资本5000万元A+轮融资
    events = events_in_sentence("此前，西十区已获三轮融资，2013年1月获苏州强国创业投资数百万元Pre-A轮投资，2014年10月获华人文化产业投资基金"
                                "3000万元A轮融资，2015年第四季度获创丰资本5000万元A+轮融资。")
    assert {e.company for e in events} == {"西十区"}
    # FN 472: 第三方票务交易平台西十区春节前已获2亿元C轮融资
    events = events_in_sentence("2月14日消息，据报道，第三方票务交易平台西十区春节前已获2亿元C轮融资，由多个基金和老股东共同投资。")
    assert [e.company for e in events] == ["西十区"]


def test_backers_given_by_kind_and_number_are_unnamed():
    # FN 472: 由多个基金和老股东共同投资; FN 1454: 此次融资的投资方包括很多大型的媒体公司
    events = events_in_sentence("第三方票务交易平台西十区春节前已获2亿元C轮融资，由多个基金和老股东共同投资。")
    assert [(e.company, e.investors) for e in events] == [("西十区", [])]
    assert roles_in("此次融资的投资方包括很多大型的媒体公司").others == []


def test_after_the_financing_is_a_time_no_deal():
    # FN 1545: 完成融资后，懒人听书将成为同时拥有阅文集团和时代出版两家版权巨头资源加持的有声阅读企业
    assert events_in_sentence("完成融资后，懒人听书将成为同时拥有阅文集团和时代出版两家版权巨头资源加持的有声阅读企业，"
                              "有望在原创文学资源以外，进一步扩充精品出版物有声书版图。") == []
    # FN 1116: 获得本次融资后，地平线表示…
    assert events_in_sentence("获得本次融资后，地平线表示，未来，地平线将继续向着“成为边缘人工智能芯片和计算平台的全球领导者”"
                              "这一愿景不断迈进。") == []


def test_a_listed_group_before_a_backers_name_is_its_kind():
    # FN 1545: 由上市集团时代出版、前海天和、孚惠成长携手领投 (as 上市公司X)
    events = events_in_sentence("今日消息，有声阅读平台懒人听书完成C轮2亿元融资，由上市集团时代出版、前海天和、孚惠成长携手领投。")
    assert [e.lead_investors for e in events] == [["时代出版", "前海天和", "孚惠成长"]]


def test_an_old_shareholder_that_keeps_supporting_the_round_is_an_investor():
    # FN 1128: …由顺为资本领投，汇鼎基石跟投，老股东天峰医疗继续支持 (as 继续加持)
    events = events_in_sentence("腔镜手术机器人研发公司北京术锐技术有限公司（简称“术锐”）宣布完成数千万元 A 轮融资，由顺为资本领投，"
                                "汇鼎基石跟投，老股东天峰医疗继续支持。")
    assert [(e.company, e.lead_investors, e.investors) for e in events] == [("术锐", ["顺为资本"], ["汇鼎基石", "天峰医疗"])]


def test_a_backer_named_by_its_registered_name_and_its_brand_is_one_backer():
    # FN 1030: 北京微影时代科技有限公司宣布完成了对大脑天宫…的战略投资。… 据悉，该轮投资由微影时代领投，米未传媒、磨铁娱乐跟投。
    events = extract_events("“大脑天宫”获微影战略投资，米未、磨铁跟投",
                            "北京微影时代科技有限公司宣布完成了对大脑天宫（北京）文化发展有限公司的战略投资。\n"
                            "据悉，该轮投资由微影时代领投，米未传媒、磨铁娱乐跟投。")
    assert [(e.company, e.lead_investors, e.investors) for e in events] == [("大脑天宫", ["微影时代"], ["米未传媒", "磨铁娱乐"])]


def test_the_新_of_a_word_before_opens_no_deal_verb():
    # FN 385: …电动汽车制造商重新获得了这位金融大鳄的支持 (the verb is 获得了, not 新获)
    assert [m.group(0) for m in DEAL_VERB.finditer("似乎意味着马斯克旗下的电动汽车制造商重新获得了这位金融大鳄的支持")] == ["获得了"]
    # so a name that ends in 创新 keeps it (雷鸟创新, a maker of AI glasses), and 新获 alone stays a verb (FN 1065)
    assert [e.company for e in events_in_sentence("AI眼镜品牌雷鸟创新获得数亿元新一轮融资，由京东方领投。")] == ["雷鸟创新"]
    assert [e.company for e in events_in_sentence("结婚服务平台“婚礼纪”近日新获7000万美元D1轮融资")] == ["婚礼纪"]


def test_quietly_and_only_are_no_part_of_a_name():
    # FN 76: PPRO只有在2006年获得过一次1060万美元的融资
    events = events_in_sentence("有趣的是，PPRO只有在2006年获得过一次1060万美元的融资，如今它已经实现了盈利。")
    assert [e.company for e in events] == ["PPRO"]
    # FN 2: …BlockFi，…而就在今天，该公司悄然宣布获得了大规模资金注入——5250万美元 (the company is the headline's)
    events = extract_events("用比特币、以太币作为抵押贷款，数字资产借贷创企BlockFi获5250万美元融资",
                            "而就在今天，该公司悄然宣布获得了大规模资金注入——5250万美元。")
    assert [e.company for e in events] == ["BlockFi"]


def test_a_person_with_two_titles_speaks_for_the_company_before():
    # FN 1628: 华云数据集团董事长、总裁许广彬宣布完成新一轮融资
    assert [e.company for e in events_in_sentence("华云数据集团董事长、总裁许广彬宣布完成新一轮融资")] == ["华云数据集团"]


def test_a_company_the_sentence_names_as_called_x():
    # FN 638: 为改变这一状况，一家名叫Globality的创企日前完成3500万美元融资。
    events = events_in_sentence("为改变这一状况，一家名叫Globality的创企日前完成3500万美元融资。")
    assert [(e.company, e.amount_text) for e in events] == [("Globality", "3500万美元")]


def test_a_backers_name_may_hold_万_亿_or_元():
    # FN 910: 2016年1月，获得东方富海和盛万文化的2800万人民币A轮融资 (盛万文化 is a name, no amount)
    events = events_in_sentence("此前，火星文化的融资情况为：2014年9月，火星文化获得来自姚劲波和牛文文的500万人民币天使轮融资；"
                                "2016年1月，获得东方富海和盛万文化的2800万人民币A轮融资。")
    assert [(e.round, e.investors) for e in events] == [("天使轮", ["姚劲波", "牛文文"]), ("A轮", ["东方富海", "盛万文化"])]
    # FN 484: 获千万天使轮融资 — a number alone is no backer
    assert all(e.lead_investors == [] for e in events_in_sentence("果味财经获千万天使轮融资"))


def test_backers_counted_then_their_round_is_a_deal():
    # FN 910: 2015年6月，获得多位业界高管的1250万人民币pre-A轮融资 (多位 counts the backers, it counts no deals)
    events = events_in_sentence("此前，火星文化的融资情况为：2014年9月，火星文化获得来自姚劲波和牛文文的500万人民币天使轮融资；"
                                "2015年6月，获得多位业界高管的1250万人民币pre-A轮融资。")
    assert [(e.kind, e.round, e.amount_text) for e in events] == [
        ("past", "天使轮", "500万人民币"), ("past", "pre-A轮", "1250万人民币")]


def test_a_second_round_joined_after_投资():
    # FN 416: 易思汇曾获得来自真格基金…的天使轮投资及IDG资本的Pre-A轮融资; FN 1088: …A轮投资以及广联达天使轮投资
    events = events_in_sentence("此前，易思汇曾获得来自真格基金、泰有基金、薛蛮子、创业邦的天使轮投资及IDG资本的Pre-A轮融资。")
    assert [(e.kind, e.round) for e in events] == [("past", "天使轮"), ("past", "Pre-A轮")]
    events = events_in_sentence("此前在2017年8月，华筑科技曾获得英诺天使基金A轮投资以及广联达天使轮投资。")
    assert [(e.round, e.lead_investors) for e in events] == [("A轮", ["英诺天使基金"]), ("天使轮", ["广联达"])]


def test_a_round_that_titles_a_backer_is_not_the_deals():
    # FN 472: 2017年4月获首泰金信基金、华山投资、A+轮投资方创丰资本联合投资数千万元B轮融资
    events = events_in_sentence("此前，西十区已获三轮融资，2017年4月获首泰金信基金、华山投资、A+轮投资方创丰资本联合投资数千万元B轮融资。")
    assert [(e.round, e.amount_text, e.investors) for e in events] == [("B轮", "数千万元", ["首泰金信基金", "华山投资", "创丰资本"])]


def test_an_unnamed_round_with_its_own_date_and_amount_is_another_deal():
    # FN 1697: 23魔方今日宣布完成B3轮融资…总额6200万元人民币 … 今年3月，23魔方刚刚宣布完成1亿元新一轮融资，由经纬中国领投…
    events = extract_events("基因检测企业23魔方获6200万元B3轮融资 辰德资本领投",
                            "5月31日消息，基因检测企业23魔方今日宣布完成B3轮融资，由辰德资本领投，软银中国，本草资本，经纬中国、雅惠医疗跟投，"
                            "总额6200万元人民币，B轮合计融资超2亿元人民币。\n今年3月，23魔方刚刚宣布完成1亿元新一轮融资，由经纬中国领投，"
                            "雅惠医疗、汉王科技、德商奇点跟投。", datetime(2018, 5, 31))
    assert [(e.kind, e.round, e.amount_text, e.investors) for e in events] == [
        ("current", "B3轮", "6200万元人民币", ["软银中国", "本草资本", "经纬中国", "雅惠医疗"]),
        ("past", None, "1亿元", ["雅惠医疗", "汉王科技", "德商奇点"])]


def test_champions_named_by_their_title_are_unnamed_backers():
    # FN 1631: 本轮融资主要由…国内10多家体育产业公司、30多位各项目奥运冠军、世界冠军等参投
    events = events_in_sentence("据透露，健康猫完成5亿C轮融资，本轮融资主要由北京、上海、广州等地的国内10多家体育产业公司、"
                                "30多位各项目奥运冠军、世界冠军等参投。")
    assert [(e.company, e.investors) for e in events] == [("健康猫", [])]


def test_领投资_inside_a_firms_name_is_no_role():
    # FN 1712: …今日资本领投，金沙江创投、隆领投资和王刚天使跟投的5400万元A轮融资 (隆领投资 is 蔡文胜's firm)
    roles = roles_in("今日资本领投，金沙江创投、隆领投资和王刚天使跟投的5400万元A轮融资")
    assert (roles.leads, roles.others) == (["今日资本"], ["金沙江创投", "隆领投资", "王刚天使"])


def test_a_strategic_investment_told_investor_first_needs_no_sum():
    # The issue's 'Y对X进行战略投资' with no sum (no corpus sentence has that form; FN 338 gives a sum with 以):
    # a strategic investment is a deal of its own, as 宁德时代宣布战略投资智元机器人 is.
    events = events_in_sentence("美团对光轮智能进行了战略投资。")
    assert [(e.company, e.round, e.lead_investors) for e in events] == [("光轮智能", "战略投资", ["美团"])]
    # FN 338: 腾讯公司今日宣布以12.66亿人民币对东华软件控股公司东华诚信进行战略投资
    events = events_in_sentence("腾讯公司今日宣布以12.66亿人民币对东华软件控股公司东华诚信进行战略投资。")
    assert [(e.company, e.amount_text) for e in events] == [("东华诚信", "12.66亿人民币")]
    # FN 76: 这也是它对PPRO进行战略投资的部分计划 — a plan stays no deal
    assert events_in_sentence("这也是它对PPRO进行战略投资的部分计划——不论其2000万商家在哪里。") == []


def test_a_backers_running_total_is_no_deal():
    # FN 942: 到目前为止，贾跃亭个人已对法乐第投资逾3亿美元 (到目前为止 in the clause before: a total, as 累计)
    assert events_in_sentence("【内容摘要】到目前为止，贾跃亭个人已对法乐第投资逾3亿美元。") == []
    # FN 160: the backer-first deal with no total before it stays one
    events = events_in_sentence("36氪讯，Airbnb爱彼迎宣布向城宿投资5百万美元。")
    assert [(e.company, e.amount_text) for e in events] == [("城宿", "5百万美元")]


def test_a_rounds_total_over_its_tranches_is_no_new_deal():
    # FN 648: 至此，公司完成C轮融资总金额达1.8亿美元 (C1 and C2, each told before: 融资总金额 is a sum, as 融资总额)
    assert events_in_sentence("天天拍车方面称，至此，公司完成C轮融资总金额达1.8亿美元。") == []


def test_a_round_of_the_list_before_is_no_subject():
    # FN 1738: …以及河南首批国家级众创空间“UFO”的天使投资，2016年8月，获得…Pre-A轮投资 (the company of the list goes on)
    events = events_in_sentence("此前，嘟嘟科技曾获得国际知名孵化器Plug and Play（中国）的种子轮投资，以及河南首批国家级众创空间“UFO”的"
                                "天使投资，2016年8月，获得河南省产业引导基金“鼎石基金”及中原证券直投基金“中原科创”的Pre-A轮投资，"
                                "之后进入快速发展通道。")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [
        ("past", "嘟嘟科技", "种子轮"), ("past", "嘟嘟科技", "天使轮"), ("past", "嘟嘟科技", "Pre-A轮")]
    # the kind of backer before its name is no part of it: 孵化器, as 机构
    assert events[0].lead_investors == ["Plug and Play"]


def test_a_fund_of_a_group_before_the_name_is_its_kind():
    # FN 1738: 投资方为知名潮汕系基金壹号资本 (X系基金: which circle the fund belongs to)
    events = events_in_sentence("近日，河南“嘟嘟科技”已获得千万级A轮投资，投后估值过亿元，投资方为知名潮汕系基金壹号资本。")
    assert [(e.company, e.lead_investors, e.lead_basis) for e in events] == [("嘟嘟科技", ["壹号资本"], "sole")]


def test_the_group_is_the_company_named_before():
    # FN 613: 2015年3月，又获京东集团的C轮战略投资。2016年6月，集团又获得…D轮系列亿级融资 (集团: the group just named)
    events = extract_events("【乐信】冲刺IPO！乐信拟融资5亿美元！将准备冲击分期电商第一股！",
                            "2013年8月，分期乐获险峰长青天使轮融资。\n2015年3月，又获京东集团的C轮战略投资。\n"
                            "2016年6月，集团又获得由华晟资本、共建创投和国内一家大型保险机构领投的D轮系列亿级融资。",
                            datetime(2017, 11, 14))
    assert {e.company for e in events} == {"分期乐"}
    # 国内一家大型保险机构 names no backer: an unnamed one is left out
    assert [e.lead_investors for e in events if e.round_norm.startswith("other:")] == [["华晟资本", "共建创投"]]


def test_an_unnamed_backer_is_no_name():
    # FN 558: 由国内某A股上市公司及一下科技领投 (某: which one is not said)
    events = events_in_sentence("1月4日消息，定位直播陪玩交友社区的“狮吼”，今日宣布完成过亿元人民币A轮融资，由国内某A股上市公司及"
                                "一下科技领投，盛大网络、达晨创投及夸克资本跟投。")
    assert [e.lead_investors for e in events] == [["一下科技"]]
    # FN 444: 来自全球顶尖新零售产业基金的供应链金融资金支持 (how good the fund is, not its name)
    events = events_in_sentence("3月29日消息，“友饮咖啡”宣布完成华创资本领投A轮融资，此外友饮还获得了来自全球顶尖新零售产业基金的"
                                "供应链金融资金支持，本次融资规模总计达亿元级人民币。")
    assert all(not n.startswith("全球") for e in events for n in e.investors)


def test_a_dominance_or_a_lead_someone_should_take_is_no_role():
    # FN 739: 我们希望尽快占据技术端的主导权 (主导权: dominance, not 主导 the round)
    assert not roles_in("我们希望尽快占据技术端的主导权。")
    # FN 1100: 所以在这个领域创业，需要一个技术领军人物去牵头 (去牵头: what someone should do)
    assert not roles_in("只有全栈解决方案才能更好的将控制与分析决策进行融合；所以在这个领域创业，需要一个技术领军人物去牵头，"
                        "何晓飞教授就是这样一个不可多得的人物。")
    # FN 625: 由北极光创投主导的A轮融资 stays a lead
    assert roles_in("由北极光创投主导的A轮融资").leads == ["北极光创投"]


def test_an_owner_inside_a_gloss_is_no_owner_of_the_name():
    # FN 1048: 由百度领投，赢知天泽基金（凤凰卫视旗下凤凰金融与华融天泽联合管理基金）联合投资 (旗下 inside the gloss)
    assert split_names("赢知天泽基金（凤凰卫视旗下凤凰金融与华融天泽联合管理基金）") == ["赢知天泽基金"]
    # FN 1059: 三菱日联金融集团(MUFG)旗下Krungsri Finnovate (the owner, with its initials, before 旗下)
    assert split_names("三菱日联金融集团(MUFG)旗下Krungsri Finnovate") == ["Krungsri Finnovate"]


def test_a_past_told_of_the_name_before_it_is_not_the_deals():
    # FN 788: 薛蛮子曾站台的纸贵版权再获数千万元A轮融资 (曾 belongs to the clause that describes the company)
    events = events_in_sentence("互联网+版权服务 薛蛮子曾站台的纸贵版权再获数千万元A轮融资")
    assert [(e.kind, e.company, e.round_norm) for e in events] == [("current", "纸贵版权", "A轮")]
    # FN 1048: 曾获百度投资的房司令完成数千万元D＋轮融资 (the same with a deal in the describing clause)
    events = events_in_sentence("曾获百度投资的房司令完成数千万元D＋轮融资，双良集团领投")
    assert [(e.kind, e.round_norm) for e in events] == [("past", "股权融资"), ("current", "D+轮")]


def test_a_deal_that_repeats_a_fund_raise_is_the_raise():
    # FN 1528: …红杉资本日前完成了第一轮60亿美元的募资。… 红杉资本此次获得的60亿美元投资，全部来自新投资者 (one raise, a fund)
    events = extract_events("红杉资本完成60亿美元募资，挑战软银愿景基金",
                            "英国《金融时报》6月26日报道称，作为80亿美元全球基金的一部分，红杉资本（Sequoia Capita）日前完成了"
                            "第一轮60亿美元的募资。\n红杉资本此次获得的60亿美元投资，全部来自新投资者，之前与红杉资本没有合作关系，"
                            "凸显了其极大的吸引力。")
    assert [(e.kind, e.company, e.amount_text) for e in events] == [("fund", "红杉资本", "60亿美元")]


def test_a_later_sentence_on_the_investors_names_the_deals_round_and_them():
    # FN 909: the deal is told without its round; two sentences later 包括…在内的Illumio现有投资者参与该公司的D轮融资
    # names the round and the other investors (the company stands between 在内的 and 现有投资者)
    e = one("网络安全初创企业Illumio融资1.25亿美元 摩根领投",
            "据外媒报道，网络安全初创企业Illumio获得由摩根大通资产管理公司（J.P.Morgan Asset Management）领投的1.25亿美元资金。\n"
            "私人持有的Illumio目前仍处于未盈利的状态，其当下着眼于提高营收，而新募集的资金有助于该公司金融产品的研发以及进军国际市场。\n"
            "包括Andreessen Horowitz、General Catalyst、8VC、Accel以及DCVC在内的Illumio现有投资者参与该公司的D轮融资。")
    assert (e.company, e.round, e.round_norm, e.amount_text) == ("Illumio", "D轮", "D轮", "1.25亿美元")
    assert (e.lead_investors, e.investors) == (["摩根大通资产管理公司"],
                                               ["Andreessen Horowitz", "General Catalyst", "8VC", "Accel", "DCVC"])
    # FN 1102: a list of what the company serves (包括…在内的市场) names no investor
    assert not roles_in("服务包括香港本地及欧美在内的市场").others


def test_the_backers_a_list_includes_after_from_are_the_deals():
    # FN 1862: Petcube刚刚从包括YCombinator和Almaz Capital在内的投资者中融资1000万美元 (no part of the name either;
    # the subject is longer than the 40 characters a subject before 融资 had, and was cut inside the name)
    e = one("", "为了达到这一目标，Petcube刚刚从包括YCombinator和Almaz Capital在内的投资者中融资1000万美元。")
    assert (e.company, e.amount_text, e.lead_investors, e.investors) == ("Petcube", "1000万美元", [], ["YCombinator", "Almaz Capital"])
    # FN 914: 从原投资人处 names no backer, and is no part of the name after 宣布
    e = one("", "【内容摘要】6月7日消息，图片社交网站Pinterest宣布从原投资人处获得1.5亿美元风投融资。")
    assert (e.company, e.amount_text, e.lead_investors, e.investors) == ("Pinterest", "1.5亿美元", [], [])


def test_a_description_that_opens_with_online_is_no_part_of_an_english_name():
    # FN 1084: 在线少儿英语Proud Kids (the whole was taken as a Chinese name with its English one, then refused as a name)
    e = one("", "近日，在线少儿英语Proud Kids宣布获得由源星资本领投、BV百度风投和正念资本跟投的数千万元人民币Pre-A轮融资。")
    assert (e.company, e.round, e.lead_investors, e.investors) == ("Proud Kids", "Pre-A轮", ["源星资本"], ["BV百度风投", "正念资本"])
    # FN 1085: a brand with its English name stays as written
    assert one("睦星科技Kolmostar完成1000万美元A轮融资 ABI元实资本领投").company == "睦星科技Kolmostar"


def test_a_clause_opening_with_online_is_no_adverbial_before_the_subject():
    # FN 1584: 在线少儿英语小班课品牌兰迪少儿英语6月19日宣布，公司已经完成… (在线 opens a description, not 在…: a place)
    e = one("", "在线少儿英语小班课品牌兰迪少儿英语6月19日宣布，公司已经完成C轮5.2亿元融资，投资方暂未披露。")
    assert (e.company, e.round, e.amount_text) == ("兰迪少儿英语", "C轮", "5.2亿元")


# --- denials: no development sentence denies a deal; the recent-news README counts "plans and denials" among
# its no-deal items. The sentences below are written in that shape (星河科技 is no company of the corpora).

def test_a_denied_deal_is_no_deal():
    for sentence in ("星河科技否认完成新一轮融资。", "星河科技辟谣：并未获得阿里巴巴投资。", "星河科技尚未完成B轮融资。",
                     "星河科技相关人士表示，公司没有完成C轮融资。", "星河科技未能完成B轮融资。",
                     "星河科技回应称，网传完成10亿元B轮融资消息不实。", "星河科技完成B轮融资的消息不实。",
                     "星河科技获得10亿元融资的消息被证实为谣言。", "网传星河科技获得10亿元融资，公司回应：消息不属实。"):
        assert events_in_sentence(sentence) == [], sentence


def test_a_denial_of_something_else_leaves_the_deal():
    # RN 4b5c1c7421f5: the deal ends a rumour (打破…的传闻)
    e = one("", "2月14日消息，象帝先官宣于日前完成由安孚科技参与的新一轮数亿元战略融资，打破此前破产清算的传闻。")
    assert (e.company, e.amount_text) == ("象帝先", "数亿元")
    # FN 870: 尚未 after the deal, about something else
    assert one("“Hi维修”完成5000万元A+轮融资，业内独角兽尚未出现").company == "Hi维修"
    # FN 292: the team denies a claim about control, not the round
    e = one("", "36氪获悉，猩便利获得了蚂蚁金服的战略投资，光速中国、红杉资本、华兴资本、元璟资本等其余老股东跟投，"
                "对于本轮融资的具体金额暂不做透露，但团队同时否认了“蚂蚁金服控股猩便利”这一说法。")
    assert (e.company, e.round) == ("猩便利", "战略投资")


def test_backers_that_led_a_sum_of_a_named_company_without_a_round():
    # FN 1705, cut before its next clause: 滴滴和软银等曾共同领投东南亚出行公司Grab 20亿美元的融资 (the sum stood inside
    # the name before 的; 曾 after the backers makes it past)
    events = events_in_sentence("去年7月，滴滴和软银等曾共同领投东南亚出行公司Grab 20亿美元的融资。")
    assert [(e.kind, e.company, e.amount_text, e.lead_investors) for e in events] == [
        ("past", "Grab", "20亿美元", ["滴滴", "软银"])]
    # the whole sentence goes on with 随后Grab…成功收购Uber东南亚业务: an acquisition in the sentence still refuses it
    assert events_in_sentence("去年7月，滴滴和软银等曾共同领投东南亚出行公司Grab 20亿美元的融资，"
                              "随后Grab今年3月成功收购Uber东南亚业务。") == []
    # a sum and 融资 with no round after the company: 红杉中国领投X10亿元融资 (written in the shape of FN 70's
    # Coatue领投作业帮D轮3.5亿美元融资, which names its round)
    e = one("", "红杉中国领投星河科技10亿元融资")
    assert (e.company, e.amount_text, e.lead_investors, e.lead_basis) == ("星河科技", "10亿元", ["红杉中国"], "explicit")
    assert one("Coatue领投作业帮D轮3.5亿美元融资").round == "D轮"


def test_debt_financing_is_no_round_but_leaves_the_equity_beside_it():
    # RN e5a31f4a96b4: the equity round and the debt told together: the deal is the equity part
    events = current("辐联科技完成超10亿元融资",
                     "【辐联科技完成超10亿元融资】5月19日，辐联科技宣布完成超10亿人民币融资，其中包括约7.5亿人民币D轮股权融资"
                     "及2.7亿人民币债权融资。")
    assert [(e.company, e.round, e.amount_text) for e in events] == [("辐联科技", "D轮", "约7.5亿人民币")]
    # debt alone (written in the shape of the bonds-and-credit items of the recent-news README; no development sentence)
    assert events_in_sentence("星河科技获得5亿元债权融资。") == []


def test_a_sector_is_no_company():
    # FN 679: 共享雨伞行业获得的最大一笔融资 (a sector, and a superlative)
    assert events_in_sentence("这也是迄今为止共享雨伞行业获得的最大一笔融资。") == []
    # statistics of a sector (written in the shape of the recent-news README's statistics items; no development sentence)
    assert events_in_sentence("今年以来，具身智能领域已完成融资超300亿元。") == []
    assert events_in_sentence("硬科技领域本月完成融资65笔，环比增长20%。") == []


def test_reported_and_intended_deals():
    # FN 1812: 运满满被曝出，已在10月底完成… (a report, and gold keeps it a deal; 被曝出 is no part of the name)
    e = one("", "11月17日消息，车货匹配平台运满满被曝出，已在10月底完成成D3轮共计1.2亿美元融资，老虎基金领投。")
    assert (e.company, e.round, e.amount_text, e.lead_investors) == ("运满满", "D3轮", "1.2亿美元", ["老虎基金"])
    # FN 1619: 已获得多家知名投资机构投资意向 (an intention, no deal)
    assert current("", "据悉，茵曼内衣A轮融资正在进行中，已获得多家知名投资机构投资意向。") == []
    # written in the shape of a plan told with 或于 (no development sentence has it before a deal verb)
    assert events_in_sentence("星河科技或于年内完成C轮融资。") == []
    assert events_in_sentence("星河科技获得红杉中国10亿元投资意向。") == []


def test_the_official_channel_after_the_name_is_no_part_of_it():
    # FN 969: 热云数据官方宣布完成… (the body alone named 热云数据官方)
    e = one("", "5月9日消息热云数据官方宣布完成一亿元人民币B轮融资，资方为天津泰达资本。")
    assert (e.company, e.round, e.lead_investors) == ("热云数据", "B轮", ["天津泰达资本"])


def test_a_sentence_opening_with_an_earlier_round_gives_that_round_its_backers():
    # FN 1524: …继今年4月Pre-A轮融资后，再次获得融资。Pre-A轮融资由中信建投资本领投 (the sentence is about the earlier
    # round: its lead is no backer of the A round, and was lost)
    events = extract_events("甲乙丙丁获满帮集团3亿元A轮战略投资",
                            "6月26日消息，甲乙丙丁获满帮集团3亿元A轮战略投资。这是甲乙丙丁继今年4月Pre-A轮融资后，再次获得融资。"
                            "Pre-A轮融资由中信建投资本领投，行业战略投资人跟投。")
    assert [(e.kind, e.round_norm, e.lead_investors) for e in events] == [
        ("current", "A轮", ["满帮集团"]), ("past", "Pre-A轮", ["中信建投资本"])]


def test_a_name_in_headline_brackets_right_before_the_verb_is_the_subject():
    # FN 629, FN 580: 投资界's headlines, read as a sentence (a digest line, or a page whose title is lost)
    assert [(e.company, e.round, e.amount_text) for e in events_in_sentence("【车车车险】获B轮融资2亿元")] == [
        ("车车车险", "B轮", "2亿元")]
    assert [(e.company, e.round) for e in events_in_sentence("【优极】获千万级Pre-A轮融资")] == [("优极", "Pre-A轮")]
    # FN 478: a whole headline in brackets still names its company inside them
    assert {e.company for e in events_in_sentence("【找油网完成C1轮融资】完成C轮融资后估值接近独角兽")} == {"找油网"}


def test_statistics_of_many_companies_are_no_deal():
    # FN 1588, FN 1763: 频频 and 纷纷 before the verb tell of many deals (the subject came out as 频频, 纷纷)
    assert events_in_sentence("近一年来，AI芯片公司频频获得融资，云端芯片也占据了越来越重要的地位，"
                              "并成为诸多AI芯片企业即将争夺的下一个入口。") == []
    assert events_in_sentence("去年，回收宝、闪修侠、Hi维修等初创企业纷纷获得融资，各家虽切入点不同，但业务模式日渐相似。") == []
    # seeds/aii_whitepaper_2022.md, an investment white paper: 持续, 连续多年, and 获投金额 (the sum received, a noun)
    assert events_in_sentence("2022年，徐工汉云、忽米网等部分行业领军企业持续获得资本青睐，获投金额均超过亿元，智能设备、安全等领域的"
                              "部分优势企业也继续成为头部机构的投资标的，如雷沃重工、六方云等，连续多年获得相关资本的多轮投资。") == []
    assert events_in_sentence("单笔获投金额超过1亿元的企业共119家，主要集中在B轮和C轮，累计融资金额超390亿元，"
                              "占已公布融资金额的83.7%。") == []
    # companies counted: the company of a document must not be lent to it
    assert events_in_sentence("2022年，27家涉及产业链上下游的企业获投，融资规模突破17.8亿元。") == []
    # one company counted stays a deal (FN 638)
    e = one("", "为改变这一状况，一家名叫Globality的创企日前完成3500万美元融资。")
    assert (e.company, e.amount_text) == ("Globality", "3500万美元")
    # 部分 opens no name; 投资主体 and 投资基金 are nouns, not Y投资X
    assert events_in_sentence("部分获投资企业如徐工汉云等，为行业先行企业，已在模式探索、行业赋能等方面取得了实质性进展。") == []
    assert events_in_sentence("2022年，工业互联网凭借其强大的活力和不断释放的巨大潜能，成为了各类投资主体竞相追逐的焦点，逐渐形成了以"
                              "风险投资机构和大型私募基金为主体，产业基金、政府引导基金等各类投资主体共同参与的投融资矩阵。") == []
    assert events_in_sentence("**成立产业投资基金的大型企业为工业互联网投融资注入新动能。") == []
    # 相关轮次: 相关 is no investor
    e = one("", "在采掘业，智慧矿山领域 5G 相关业务市占率第一的领军企业山源科技完成了 Pre-IPO 融资，"
                "瓦特曼智能、霍里斯特等设备和解决方案提供类的企业也先后完成了相关轮次的融资。")
    assert (e.company, e.round_norm, e.lead_investors, e.investors) == ("山源科技", "Pre-IPO", [], [])


def test_the_investment_white_paper_gives_no_statistics_as_deals():
    # seeds/aii_whitepaper_2022.md as a whole: eight events came out of its statistics; one real deal is told
    text = (CORPORA / "seeds" / "aii_whitepaper_2022.md").read_text(encoding="utf-8")
    assert [(e.company, e.round_norm) for e in extract_events("", text) if e.kind == "current"] == [("山源科技", "Pre-IPO")]


def test_a_new_wave_of_something_is_no_round():
    # news-pages 163/3: 新一轮 before something that is no round (the page gave a deal of 未来科学大奖)
    assert events_in_sentence("现在我们正在迎来新一轮的科技革命和产业变革，科学应该再次成为人们忠贞的信仰。") == []
    # FN 999: 新一轮 and nothing after it is still a round
    e = one("", "投融界获悉，盛事金服网络科技有限公司（简称“盛事金服”）宣布完成新一轮，领投方为香港新鸿基公司，"
                "原股东北极光创投和远毅资本继续跟投。")
    assert (e.company, e.round, e.lead_investors) == ("盛事金服", None, ["香港新鸿基公司"])
    # FN 1674: 新一轮的 and an amount
    e = one("", "南辰北斗完成了新一轮的近千万融资，由上海时硕资本投资。")
    assert (e.company, e.amount_text) == ("南辰北斗", "近千万")


def test_money_spent_on_projects_is_no_deal():
    # news-pages gzggw/1: 投资完成 and a sum, as 完成投资 and a sum (the whole sentence gave a deal of 第三产业投资)
    assert events_in_sentence("其中第三产业投资完成119.90亿元，同比增长15.2%，位列三县两区第二，三次产业投资占比由去年同期的"
                              "1.1:50.3:48.6调整为0.7:50.7:48.6，三产占比与去年持平；") == []
    assert events_in_sentence("项目投资完成220.53亿元，占全部投资的89.4%，位列三县两区第二；") == []
    text = (CORPORA / "news-pages" / "bodies" / "gzggw" / "1.txt").read_text(encoding="utf-8")
    assert extract_events("", text) == []


def test_the_lead_words_主投_and_领头():
    # FN 433: 本轮由上海擎达主投 (the lead was lost)
    e = one("", "4月12日消息，近日，经纬系公司莱可传媒宣布完成数千万人民币B1轮融资，本轮由上海擎达主投，盛万文化、三美基金跟投。")
    assert (e.company, e.lead_investors, e.investors) == ("莱可传媒", ["上海擎达"], ["盛万文化", "三美基金"])
    # FN 648: a headline's 领头, and the body's lead in the clause before the followers' (由X领投，Y跟投的Z获得…)
    e = one("", "【天天拍车】由兴业银行领头的天天拍车 成功获得8000万美元C2轮融资")
    assert (e.company, e.lead_investors) == ("天天拍车", ["兴业银行"])
    e = one("", "10月30日消息报道，由兴业银行领投，汉富、信金等知名投资机构跟投的天天拍车成功获得8000万美元C2轮融资。")
    assert (e.company, e.lead_investors, e.investors) == ("天天拍车", ["兴业银行"], ["汉富", "信金"])
    # FN 648: 行业领头羊 is no role
    assert roles_in("在本轮融资前，由你单车曾获得共享单车行业领头羊摩拜单车的五百万投资。").leads == []


def test_a_round_raised_with_募集了():
    # FN 7: 已经募集了由…主投的3500万美元B轮融资 (no deal came out of the sentence)
    e = one("", "开支追踪软件初创公司Divvy今天宣布，已经募集了由纽约私募股权和风险投资公司 Insight Venture Partners主投的"
                "3500万美元B轮融资。")
    assert (e.company, e.round, e.amount_text) == ("Divvy", "B轮", "3500万美元")
    assert "Insight Venture Partners" in e.lead_investors


def test_a_sum_is_no_backer():
    # FN 998: 获得…摩拜单车的五百万投资 (五百万 came out as the sole backer)
    assert "五百万" not in roles_in("在本轮融资前，由你单车曾获得共享单车行业领头羊摩拜单车的五百万投资，"
                                  "并以摩拜单车校园子品牌的身份深耕校园市场。").leads


def test_a_two_character_backer_ending_in_为():
    # FN 468: 顺为跟投 (为 was cut as in 投资方为, and 顺 alone dropped)
    e = one("", "3月6日消息，个护消费科技企业素士完成近亿元B轮融资，凯辉基金领投，顺为跟投，星汉资本担任财务顾问，"
                "资金将主要用于未来公司在新产品开发及市场推广方面。")
    assert (e.lead_investors, e.investors, e.advisors) == (["凯辉基金"], ["顺为"], ["星汉资本"])


def test_the_融资_of_金融资金_is_no_deal():
    # FN 444: 供应链金融资金支持 (a deal of 友饮 came out, 供应链金 its backer), while 基金融资 and 美金融资 stay deals
    assert [(e.company, e.lead_investors) for e in events_in_sentence(
        "3月29日消息，“友饮咖啡”宣布完成华创资本领投A轮融资，此外友饮还获得了来自全球顶尖新零售产业基金的供应链金融资金支持，"
        "本次融资规模总计达亿元级人民币。")] == [("友饮咖啡", ["华创资本"])]
    # FN 1528, FN 620
    assert [e.amount_text for e in events_in_sentence("去年，KKR完成了93亿美元的亚洲三期基金融资。")] == ["93亿美元"]
    assert [e.amount_text for e in events_in_sentence(
        "在去年木鸟、小猪短租获得融资后，国外分享住宿领域巨头Airbnb按捺不住，于今年完成10亿美金融资后，"
        "改名“爱彼迎”高调宣布将加码扩张中国市场。")] == ["10亿美金"]


def test_kinds_of_business_joined_before_a_latin_name_are_one_backer():
    # FN 1711: 金融科技和保险科技风投基金Anthemis (金融科技 came out as a second lead)
    roles = roles_in("本轮融资的领投方是金融科技和保险科技风投基金Anthemis，参投方包括硅谷的Plug and Play、Seed and Speed以及"
                     "现有投资人Downing Ventures和一批匿名天使投资人。")
    assert roles.leads == ["Anthemis"]
    assert split_names("纽约私募股权和风险投资公司 Insight Venture Partners") == ["Insight Venture Partners"]  # FN 7
    # FN 382, FN 1854: names before 和 stay names
    assert split_names("现代、丰田和汽车供应公司 Denso") == ["现代", "丰田", "Denso"]
    assert split_names("京东和印度尼西亚投资公司Provident Capital Partners") == ["京东", "Provident Capital Partners"]


def test_a_headline_whose_clauses_a_space_parts():
    # FN 1686: 中通快运获红杉中国A轮领投 投资总额超一亿美金 (the sum clause made the whole headline a total)
    events = extract_events("中通快运获红杉中国A轮领投 投资总额超一亿美金",
                            "红杉中国作为领投方，鼎晖和云锋等知名投资机构和中通快递联合投资，投资总额超过一亿美金。")
    assert [(e.company, e.round, e.lead_investors) for e in events if e.kind == "current"] == [
        ("中通快运", "A轮", ["红杉中国"])]


def test_the_officer_of_a_lead_who_speaks_is_no_backer():
    # FN 1062, FN 1568, FN 1602: 本轮领投方X董事总经理Y表示 (Y came out as a lead)
    assert roles_in("本轮领投方金沙江联合资本董事总经理周奇表示：自动驾驶是近两年来的大热点，"
                    "也是人工智能时代最有代表性的落地场景。").leads == ["金沙江联合资本"]
    assert roles_in("本轮领投方天图投资合伙人汤志敏表示：“让孩子健康学习是每个家长的期望，爱果乐通过自主研发的可升降学习桌椅，"
                    "成功地让孩子在学习过程中端正坐姿，保护脊椎，预防近视，解决了家长们的痛点。").leads == ["天图投资"]
    assert roles_in("本轮投资领投方Star VC 创始人任泉表示：停车难是个社会难题，在停车位数量有限的情况下，"
                    "高效、合理使用停车位显得尤为重要。").leads == ["Star VC"]
    # FN 1849: founders listed as backers stay backers
    assert "陈方毅" in roles_in("投资方为赢创投资、京北投资、悟空保、网贷数盟以及多位明星创业者，包括美柚创始人陈方毅、"
                                "美信金融创始人刁盛鑫、水滴互助创始人沈鹏等。").others


def test_a_backer_named_again_with_公司_keeps_its_name():
    # FN 1062: 中环协力跟投, then 本轮跟投的中环协力公司表示
    events = extract_events("矿区无人驾驶公司踏歌智行完成A轮融资，金沙江联合资本领投",
                            "近日，矿区无人驾驶公司踏歌智行宣布完成A轮融资。本轮融资由金沙江联合资本领投，中环协力跟投。"
                            "本轮跟投的中环协力公司表示：我们在这个行业深耕多年，理解这个行业的痛点。")
    assert [(e.lead_investors, e.investors) for e in events] == [(["金沙江联合资本"], ["中环协力"])]


def test_two_tranches_of_a_round_are_two_deals():
    # FN 43: B2 is the news, 今年年初…刚刚完成了2.3亿元B1轮融资 its history (it was merged into the B2 deal), and
    # 此次融资的…领投方为M31资本 in a later paragraph is the B2 round's
    a = _finvest_article(43)
    events = extract_events(a["title"], a["text"])
    assert [(e.kind, e.round, e.amount_text, e.lead_investors) for e in events] == [
        ("current", "B2轮", "1.8亿元人民币", ["M31资本"]), ("past", "B1轮", "2.3亿元", [])]
    # FN 746: the B1 round's backers had become the B2 deal's
    a = _finvest_article(746)
    current = [e for e in extract_events(a["title"], a["text"]) if e.kind == "current"]
    assert [(e.round, e.investors) for e in current] == [("B2轮", ["创新工厂"])]
    # FN 1065: 又连续获得上合资本的C2轮注资 after the C1 round
    a = _finvest_article(1065)
    past = {e.round: e for e in extract_events(a["title"], a["text"]) if e.kind == "past"}
    assert past["C2轮"].lead_investors == ["上合资本"] and "上合资本" not in past["C1轮"].investors


def test_a_company_after_a_relative_clause_with_an_amount_and_its_round():
    # FN 418: 已经完成2600万英镑的C轮融资的LoveCrafts (the round went to the article's company, Artemest)
    assert [(e.company, e.round, e.amount_text) for e in events_in_sentence(
        "跟Esty模式类似的还有已经完成2600万英镑的C轮融资的LoveCrafts，定位于“垂直社交+小而美”电商，"
        "主要售卖以针织、缝制为代表的手工工艺品。")] == [("LoveCrafts", "C轮", "2600万英镑")]


def test_backers_whose_names_end_in_投资_listed_before_the_round():
    # FN 618: …又获得迪士尼旗下思伟投资、IDG、江苏高科技投资集团的B轮2000万美元融资 (the B round was lost: 思伟投资 ended the deal)
    events = events_in_sentence("此前，CC视频于2007年12月就获得IDG的A轮投资，2011年8月又获得迪士尼旗下思伟投资、IDG、"
                                "江苏高科技投资集团的B轮2000万美元融资。")
    assert [(e.kind, e.round, e.amount_text, e.lead_investors, e.investors) for e in events] == [
        ("past", "A轮", None, ["IDG"], []), ("past", "B轮", "2000万美元", [], ["思伟投资", "IDG", "江苏高科技投资集团"])]
    # FN 94: the first of two rounds (A、B轮) is no part of the last name
    a = _finvest_article(94)  # …在此之前，该公司还曾先后获得了小米雷军的合力投资、顺为资本、联创永宣等A、B轮融资。
    events = extract_events(a["title"], a["text"])
    assert all("联创永宣等A" not in e.investors for e in events)
    assert any("联创永宣" in e.investors for e in events)


def test_an_earlier_rounds_backers_who_take_no_role_in_this_one():
    # FN 1070: …，PreA轮的投资方包括华点投资和财通资本 (they became the A round's investors)
    e = one("", "工业互联网公司博拉科技获数千万元A轮融资，由戈壁创投领投，源来投资跟投，PreA轮的投资方包括华点投资和财通资本。")
    assert (e.lead_investors, e.investors) == (["戈壁创投"], ["源来投资"])
    # FN 473: an earlier round's backers that follow on are this round's
    e = one("", "2月26日消息，青藤云安全宣布完成2亿元B轮融资，本轮由红杉资本中国基金领投，A轮投资方宽带资本，红点投资、"
                "天使轮资方真格基金继续跟投，由弈秋资本担任独家财务顾问。")
    assert e.investors == ["宽带资本", "红点投资", "真格基金"]


def test_the_lead_of_a_round_framed_right_before_the_verb():
    # FN 1554: …Beamery在EQT Ventures领投的B轮融资中获得2800万美元投资 (the lead was lost), and its A round the same way
    e = one("", "一家总部位于伦敦的创企Beamery在EQT Ventures领投的B轮融资中获得2800万美元投资，"
                "这家创企致力于提供“人才CRM”（即候选人关系管理），以及针对快速增长公司的招聘营销软件。")
    assert (e.company, e.round, e.lead_investors) == ("Beamery", "B轮", ["EQT Ventures"])
    assert [(e.kind, e.round, e.lead_investors) for e in events_in_sentence(
        "Beamery曾于2017年4月在Index领投的A轮融资中获得500万美元的投资。")] == [("past", "A轮", ["Index"])]


def test_a_brand_its_english_name_in_brackets_then_what_it_is():
    # FN 1117: 海外青年共享公寓品牌邻客（Tripalink）青年Co-living社区于近日完成… (the whole run was the name)
    e = one("", "2月27日消息，海外青年共享公寓品牌邻客（Tripalink）青年Co-living社区于近日完成数千万元的A+轮融资。")
    assert (e.company, e.company_aliases) == ("邻客", ["Tripalink"])
    # FN 1691: a gloss inside a name that goes on is kept
    e = one("", "近日，外卖代运营方向创业项目，商有（TG）外卖管家宣布获得千万级Pre-A轮融资，华映资本领投，微盟继天使轮后继续跟投。")
    assert e.company == "商有（TG）外卖管家"


def test_high_is_no_backer():
    # FN 618: CC视频获得SaaS企业服务领域的高额融资 (高额 came out as the backer)
    assert [e.lead_investors for e in events_in_sentence(
        "CC视频CEO董世永表示，CC视频获得SaaS企业服务领域的高额融资，印证了中国企业服务市场正迎来爆发期，"
        "同时也证明了CC视频注力场景化视频云服务的成功。")] in ([], [[]])


def test_initials_then_the_name_they_stand_for():
    # FN 418: 种子轮投资方IAG（Italian⏎Angels for Growth） (the gloss stayed in the name); the other way round stays too
    assert split_names("IAG（Italian Angels for Growth）") == ["IAG"]
    assert split_names("Oxford Sciences Innovation（OSI）") == ["Oxford Sciences Innovation"]


def test_a_backer_titled_by_an_earlier_round_right_before_本轮跟投():
    # FN 197: A轮融资的资方 Felix Capital 本轮跟投 (本轮 cut the name off)
    roles = roles_in("据外媒消息，智能平台Yoobic 近日获得了 2500 万美元的融资， Insight Venture Partners 领投，"
                     "A轮融资的资方 Felix Capital 本轮跟投。")
    assert (roles.leads, roles.others) == (["Insight Venture Partners"], ["Felix Capital"])


def test_a_headline_deal_the_body_calls_a_backers_plan():
    # FN 1595: 跨境电商全之脉完成7.8亿元融资 over …升达林业…拟对…杭州全之脉电子商务有限公司进行增资扩股，注资额7.8亿元
    a = _finvest_article(1595)
    assert current(a["title"], a["text"]) == []


def test_firms_whose_executives_invested_are_no_backers():
    # FN 678: …水滴公司以及美团点评、快手、土巴兔等众多知名互联网公司高管跟投 (the executives are unnamed)
    e = one("", "10月9日消息，智能售货机品牌“美味生活”对外宣布，公司已获得3000万元的A1轮融资，由经纬创投领投，险峰长青、点亮基金、"
                "猎鹰创投、水滴公司以及美团点评、快手、土巴兔等众多知名互联网公司高管跟投。")
    assert e.investors == ["险峰长青", "点亮基金", "猎鹰创投", "水滴公司"]


def test_a_short_name_that_opens_with_由():
    # FN 998: 由你单车获1亿元A轮融资 (由 had refused the name); 由 before who did something stays no name
    a = _finvest_article(998)
    assert [(e.company, e.round, e.amount_text) for e in current(a["title"], a["text"])] == [("由你单车", "A轮", "1亿元")]
    assert [e.company for e in events_in_sentence("由锴明资本、好未来领投的轻轻家教完成5000万美元D轮融资")] == ["轻轻家教"]  # FN 650
    # FN 1012: 由上海心动网络上线运营 is who runs it, not a name
    a = _finvest_article(1012)
    assert all(not e.company.startswith("由") for e in extract_events(a["title"], a["text"]))
    # FN 998: 共享单车行业领头羊 says what the backer is
    assert split_names("共享单车行业领头羊摩拜单车") == ["摩拜单车"]


def test_a_headline_deal_the_body_calls_a_loan_a_plan_pending_or_a_rumour():
    # FN 176: 绿城中国获8亿美元低息融资 over …签订总金额为等值8亿美元…的三年期无抵押贷款协议 (debt)
    # FN 1671: 同程旅游获华侨城20亿元投资 over 华侨城集团将战略投资同程旅游集团 (a plan)
    # FN 339: …WeddingWire投资3.5亿美元… 此次交易预计将于今年第三季度完成 (not closed)
    # FN 862: …威马汽车、Hellobike双方均未此次融资传闻进行回应 (a rumour)
    for line in (176, 1671, 339, 862):
        a = _finvest_article(line)
        assert current(a["title"], a["text"]) == [], line


def test_the_roles_before_the_clause_where_old_backers_join_this_round():
    # FN 83: 本轮融资由金浦投资领投，鼎晖投资跟投，…A轮投资方IDG资本、科沃斯机器人继续参与钛米本轮融资 (the lead and 鼎晖投资 were lost)
    events = events_in_sentence("本轮融资由金浦投资领投，鼎晖投资跟投，天使轮投资方国科嘉和，A轮投资方IDG资本、科沃斯机器人继续参与"
                                "钛米本轮融资。")
    assert [(e.company, e.lead_investors) for e in events] == [("钛米", ["金浦投资"])]
    assert {"鼎晖投资", "IDG资本", "科沃斯机器人"} <= set(events[0].investors)


def test_a_slash_inside_a_latin_name():
    # FN 1113: 已完成由OAK HC/FT公司领投的新一轮融资 (OAK HC and FT came out as two leads)
    assert split_names("OAK HC/FT公司") == ["OAK HC/FT"]
    assert split_names("红杉中国/IDG资本") == ["红杉中国", "IDG资本"]


def test_founders_doctors_and_who_founded_the_company_are_no_backers():
    # FN 526: 创始人和医生团队跟投; FN 1733: 由多位国内零售上市公司创始股东联合投资; FN 616: 由…的研究人员共同创办
    assert roles_in("1月18日消息，上海曜影医疗今日宣布完成6000万元人民币A轮融资，本轮融资由麦星投资领投，创始人和医生团队跟投。"
                    ).others == []
    assert split_names("多位国内零售上市公司创始股东") == []
    a = _finvest_article(616)  # …由加州大学伯克利分校的研究人员共同创办，其他参投的风投机构包括Lux Capital，SV Angels，FreeS…
    (e,) = current(a["title"], a["text"])
    assert "研究人员共同创办" not in e.investors and {"Lux Capital", "SV Angels", "FreeS"} <= set(e.investors)


def test_backers_of_every_round_so_far_are_not_this_rounds():
    # FN 1719: 公司已陆续获得中科招商、和玉基金、天九控股等多家机构的投资，累计融资金额接近4亿 (they became the B round's)
    a = _finvest_article(1719)
    (e,) = current(a["title"], a["text"])
    assert (e.round, e.lead_investors, e.investors) == ("B轮", ["天九控股集团"], [])


def test_whose_subsidiary_a_backer_is_comes_before_its_name():
    # FN 82: 阿里巴巴物流子公司菜鸟; FN 946: 淡马锡集团全资子公司祥峰 (two-character names kept the owner glued on)
    assert split_names("阿里巴巴物流子公司菜鸟") == ["菜鸟"]
    assert split_names("淡马锡集团全资子公司祥峰") == ["祥峰"]


def test_a_name_whose_last_character_is_an_adverb():
    # FN 1809: 魔急便获朱啸虎、王刚等联合出资 (便 was cut as in X便获得, but the article never writes 魔急 without it)
    a = _finvest_article(1809)
    assert [e.company for e in current(a["title"], a["text"])] == ["魔急便"]


def test_a_dated_backer_first_strategic_investment_with_its_sum():
    # FN 450: 2018年1月4日，中电健康基金以4亿元战略投资实名医生平台医联 (the date kept the sentence from the pattern)
    e = one("", "2018年1月4日，中电健康基金以4亿元战略投资实名医生平台医联。")
    assert (e.company, e.amount_text, e.lead_investors) == ("医联", "4亿元", ["中电健康基金"])


def test_a_new_financing_is_no_count_of_financings():
    # FN 714: 氪空间已经完成IDG资本的新一笔融资，规模超过1亿人民币 (一笔融资 read as 笔融资, a count: no deal came out)
    e = one("", "氪空间已经完成IDG资本的新一笔融资，规模超过1亿人民币，这是7月份获中民投资本战略投资后，氪空间完成的新一笔融资。")
    assert (e.company, e.amount_text, e.lead_investors) == ("氪空间", "超过1亿人民币", ["IDG资本"])
    # FN 1570: 获得在线教育行业最大一笔融资 names no backer
    assert all(not e.lead_investors + e.investors for e in events_in_sentence(
        "此次获得在线教育行业最大一笔融资，无疑将进一步巩固VIPKID在行业的领导者地位。"))


def test_digits_inside_a_backers_name():
    # FN 886: 获得由创客100创投基金投出的百万级天使投资; FN 883: 获得华映资本和825新媒体产业基金投资的数百万元天使轮投资
    e = one("", "6月20日消息，近日，知识变现平台学两招宣布获得由创客100创投基金投出的百万级天使投资。")
    assert e.lead_investors == ["创客100创投基金"]
    (e,) = events_in_sentence("大糖医隶属于汇马医疗科技（上海）有限公司，成立于2014年4月，得益于创始团队背景，在2014年底选择糖尿病管理切入"
                              "创业，并于2014年12月获得华映资本和825新媒体产业基金投资的数百万元天使轮投资。")
    assert e.investors == ["华映资本", "825新媒体产业基金"]


def test_the_round_before_called_上次():
    # FN 88: 此轮融资距离上次A轮融资仅四个月时间 (the A round was no background event)
    a = _finvest_article(88)
    assert ("past", "A轮") in [(e.kind, e.round_norm) for e in extract_events(a["title"], a["text"])]


def test_a_deal_said_to_close_later_leaves_other_deals_of_a_long_text():
    # FN 339 (此次交易预计将于今年第三季度完成) before FN 43 in one text: 宋小菜's B2 round stays a deal
    pending, other = _finvest_article(339), _finvest_article(43)
    events = current("", pending["text"] + "\n" + other["text"])
    assert ("宋小菜", "B2轮") in [(e.company, e.round) for e in events]


def test_backers_of_this_round_named_after_the_deal_in_more_ways():
    # FN 1630: …Prosperico Ventures和…徐英霖在内的现有投资者也参与了此轮融资 (no 包括 before the names)
    a = _finvest_article(1630)
    (e,) = current(a["title"], a["text"])
    assert e.investors == ["Prosperico Ventures", "徐英霖"]
    # FN 597: …由红杉资本中国基金领投，中电健康基金战略投资 (a strategic backer after the lead)
    assert roles_in("11月27日消息，森亿智能对外宣布，公司已获得5500万元的A轮融资，由红杉资本中国基金领投，中电健康基金战略投资。"
                    ).others == ["中电健康基金"]
    # FN 1644: YY的首席执行官李学凌也通过自己的个人基金参与了这轮投资 (个人基金 names no one)
    a = _finvest_article(1644)
    (e,) = current(a["title"], a["text"])
    assert e.investors == ["李学凌"]
    # FN 1005: …以及卢春泉博士个人 (博士 is a title)
    assert roles_in("投资方为鼎峰资本、浙江清华长三角研究院杭州分院、嘉慧泽以及卢春泉博士个人。").others[-1] == "卢春泉"


def test_more_backers_of_this_round_told_after_the_deal():
    # FN 396: 是次融资由乐天风险投资公司及新加坡经济发展局旗下EDBI共同领导 (是次: this round, as 本次)
    a = _finvest_article(396)
    (e,) = current(a["title"], a["text"])
    assert e.lead_investors == ["乐天风险投资公司", "EDBI"]
    # FN 772: 跟投的有Open Philanthropy (有 came out glued to the name)
    assert roles_in("成立6年的加州红木城创企Impossible Foods近日“悄悄”完成了7500万美元融资，淡马锡领投，跟投的有Open Philanthropy，"
                    "以及原投资人比尔·盖茨，Khosla Ventures和Horizon Ventures。").others[0] == "Open Philanthropy"
    # FN 51: 投资方是一家近期十分活跃的私募基金 names no one
    assert roles_in("投资方是一家近期十分活跃的私募基金，高盛、腾讯、今日资本等机构也参与了跟投。").others == ["高盛", "腾讯", "今日资本"]
    # FN 35: 这家位于奥克兰的初创公司完成4000万美元B轮融资，由Khosla Ventures领投 (the described pronoun gave no deal)
    a = _finvest_article(35)
    (e,) = current(a["title"], a["text"])
    assert (e.company, e.lead_investors) == ("Even.com", ["Khosla Ventures"])
    # FN 98: 八个月前，Meero筹集了1500万美元融资，投资方包括… (a round of before, its backers not the B round's)
    a = _finvest_article(98)
    events = extract_events(a["title"], a["text"])
    assert [(e.kind, e.amount_text) for e in events] == [("current", "4500万美元"), ("past", "1500万美元")]
    assert events[0].investors == []


def test_a_rumour_headline_behind_a_tag_and_和_inside_a_name_after_its_kind():
    # FN 641: 【无人货架】传果小美无人货架完成新一轮7000万美元融资 (the tag hid the 传 of a rumour)
    a = _finvest_article(641)
    assert current(a["title"], a["text"]) == []
    # FN 625: …的领先投资机构通和毓承和…的思嘉建信基金共同领投 (通和毓承 was cut at its 和)
    assert split_names("专注于医疗健康领域、对中美两地市场均有深度聚焦和广泛覆盖的领先投资机构通和毓承和聚焦医疗器械与体外诊断领域"
                       "科技创新的思嘉建信基金") == ["通和毓承", "思嘉建信基金"]


def test_backers_from_before_who_joined_the_round_by_its_letter():
    # FN 1113: …已完成由OAK HC/FT公司领投的新一轮融资，达4,000万美元。之前的投资方Aquiline Technology Growth公司和
    # Vertex Ventures公司也参与了C轮融资 (之前 read as a past opener; 公司 stayed after 也 was cut)
    a = _finvest_article(1113)
    (e,) = current(a["title"], a["text"])
    assert (e.lead_investors, e.investors) == (["OAK HC/FT"], ["Aquiline Technology Growth", "Vertex Ventures"])


def test_a_brand_a_dash_and_its_english_name():
    # FN 34: 基于真实共享体验的家居电商，至家 - Hommey，完成千万美金的A轮融资 (the deal came out as - Hommey's, a second one)
    assert [(e.company, e.company_aliases) for e in events_in_sentence(
        "基于真实共享体验的家居电商，至家 - Hommey，完成千万美金的A轮融资。")] == [("至家", ["Hommey"])]
    a = _finvest_article(34)
    assert [(e.company, e.round) for e in current(a["title"], a["text"])] == [("至家", "A轮")]


def test_a_backer_named_before_the_round_when_others_follow():
    # 获得了蚂蚁金服的战略投资，光速中国…等其余老股东跟投 — the backer before the round is one of them (no 领投 is written)
    e = one("", "36氪获悉，猩便利获得了蚂蚁金服的战略投资，光速中国、红杉资本、华兴资本、元璟资本等其余老股东跟投，"
                "对于本轮融资的具体金额暂不做透露。")
    assert (e.lead_investors, e.investors) == ([], ["蚂蚁金服", "光速中国", "红杉资本", "华兴资本", "元璟资本"])


def test_the_rounds_backers_named_after_their_title_then_told_what_they_are():
    # FN 1611: 本轮投资方FAMOUS GROUP和Plentiful International是两大颇具实力企业的产业基金 (a paragraph of its own)
    a = _finvest_article(1611)
    [e] = current(a["title"], a["text"])
    assert (e.company, e.lead_investors, e.investors) == ("玖富集团", [], ["FAMOUS GROUP", "Plentiful International"])
    # recent-news 55d5ba2d55ca: …「答魔数据」宣布完成新一轮融资。本轮投资人肖莹是某知名互联网上市公司创始人 — the one backer
    e = one("", "36氪获悉，人工智能药物研发数据平台「答魔数据」宣布完成新一轮融资。本轮投资人肖莹是某知名互联网上市公司创始人，"
                "目前专注医疗健康养老产业发展。")
    assert (e.company, e.lead_investors, e.lead_basis) == ("答魔数据", ["肖莹"], "sole")


def test_a_backer_told_again_later_is_no_sole_lead_when_the_deal_named_others():
    # FN 1801: 投资方为京东金融旗下千树资本等 … 本次投资方千树资本成立于今年8月 — 等 said there are more
    a = _finvest_article(1801)
    [e] = current(a["title"], a["text"])
    assert (e.company, e.lead_investors, e.investors) == ("圃田冰青", [], ["千树资本"])
