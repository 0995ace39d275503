from hypothesis import example, given, strategies as st

from extract.text import paragraphs, sentences, unspaced


def test_a_sentence_keeps_its_closing_quote():
    # finvest-news: 兴格传媒在其举办的“活，该有趣！”2017年度发布会上…
    assert sentences("兴格传媒在其举办的“活，该有趣！”2017年度发布会上，正式宣布完成融资。下一句。") == [
        "兴格传媒在其举办的“活，该有趣！”", "2017年度发布会上，正式宣布完成融资。", "下一句。"]


def test_a_semicolon_before_a_closing_quote_ends_no_sentence():
    # finvest-news: “我们是全球第一个，把玩儿和HR做了结合；”在上次采访中亿欧了解到了这一点…
    text = "“我们是全球第一个，把玩儿和HR做了结合；”在上次采访中亿欧了解到了这一点。"
    assert sentences(text) == [text]


def test_every_mark_ends_a_sentence():
    assert sentences("获A轮融资；由红杉领投！投资方还有谁？有IDG。") == ["获A轮融资；", "由红杉领投！", "投资方还有谁？", "有IDG。"]


@given(st.text(alphabet="融资。！？；;”\" a", max_size=40))
@example("。”")
@example("；”")
def test_sentences_lose_no_character(paragraph):
    assert "".join(sentences(paragraph)).replace(" ", "") == paragraph.replace(" ", "")


def test_spaces_between_chinese_and_latin_words_go():
    # finvest-news: 高兴看到 En-trak 在赢得 Jumpstarter 比赛后的快速成长
    assert unspaced("高兴看到 En-trak 在赢得 Jumpstarter 比赛后的快速成长") == "高兴看到En-trak在赢得Jumpstarter比赛后的快速成长"
    assert unspaced("获得了 1000 万欧元") == "获得了1000万欧元"


def test_spaces_between_latin_words_stay():
    assert unspaced("由 Goldman Sachs Growth Equity 领投") == "由Goldman Sachs Growth Equity领投"
    assert unspaced(" 领投 ") == " 领投 "  # at the ends there is nothing to join


def test_a_line_that_ends_with_a_clause_mark_goes_on_in_the_next():
    # FN 534: …宣布完成7600万美元A轮融资， ⏎由尚珹资本和国投创业共同领投，…共同参与投资。
    text = "1月9日消息，山东亨利医药科技宣布完成7600万美元A轮融资， \n由尚珹资本和国投创业共同领投，仙瞳资本参与投资。"
    assert paragraphs(text) == ["1月9日消息，山东亨利医药科技宣布完成7600万美元A轮融资，由尚珹资本和国投创业共同领投，仙瞳资本参与投资。"]
    # a line that ends with a colon opens a list: it stays a paragraph of its own
    assert paragraphs("加华伟业表示，选择老乡鸡基于以下4个原因： \n1、具备全产业链模式的优势") == [
        "加华伟业表示，选择老乡鸡基于以下4个原因：", "1、具备全产业链模式的优势"]


def test_a_line_that_opens_with_a_role_goes_on_from_the_line_before():
    # FN 582: …宣布完成D轮融资，由Coatue Management ⏎领投、华人文化产业投资基金、襄禾资本等跟投
    text = "快看漫画宣布完成D轮融资，由Coatue Management \n领投、华人文化产业投资基金、襄禾资本等跟投，融资总金额为1.77亿美元。"
    assert paragraphs(text) == ["快看漫画宣布完成D轮融资，由Coatue Management领投、华人文化产业投资基金、襄禾资本等跟投，融资总金额为1.77亿美元。"]
    # FN 649: a paragraph that opens with a role's title (领投方…表示) is a paragraph of its own
    assert paragraphs("…现场取票等服务。\n领投方启明创投合伙人黄佩华表示：“我们看好线下演出市场。") == [
        "…现场取票等服务。", "领投方启明创投合伙人黄佩华表示：“我们看好线下演出市场。"]
