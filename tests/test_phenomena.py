"""Phenomena that once defeated the extractor, each with the real sentence it was seen in.

`FN n` is line n of ../shared/corpora/finvest-news/articles.jsonl; `RN id` an item of
../shared/corpora/recent-news/ (development part only). The texts are quoted as
they appear, cut to the sentences that matter.
"""
from __future__ import annotations

from extract.events import extract_events


def current(title: str, text: str = "") -> list:
    return [e for e in extract_events(title, text) if e.kind == "current"]


def one(title: str, text: str = ""):
    events = current(title, text)
    assert len(events) == 1, [(e.company, e.round) for e in events]
    return events[0]


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
    # FN 39 (Embark): 包括…在内的现有投资者也参与了此次投资; the headline's lead still counts
    e = one("无人驾驶卡车创企Embark获3000万美元B轮融资，红杉领投",
            "希望成为第一个开发和推出商业上可行的无人驾驶卡车的公司Embark Trucks，在由红杉资本领投的B轮融资中，获得了3000万美元的投资。"
            "红杉合伙人Pat Grady将加入Embark董事会。包括Data Collective、YCombinator、SV Angel和AME Cloud在内的现有投资者也参与了此次投资。")
    assert e.investors == ["Data Collective", "YCombinator", "SV Angel", "AME Cloud"] and e.lead_investors == ["红杉"]
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
    # FN 816 (美信金融): an English name in brackets goes, unless the name left would be refused (…伙伴)
    from extract.parties import split_names

    assert split_names("KIP韩投伙伴（Korea Investment Partners）") == ["KIP韩投伙伴（Korea Investment Partners）"]


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
