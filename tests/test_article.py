"""Article extraction: encodings, titles, dates, boilerplate, selectors."""
from __future__ import annotations

from datetime import datetime

import pytest

from extract.article import ParseError, decode, parse
from extract.dates import CHINA
from tests.conftest import FIXTURES

FETCHED = datetime(2022, 1, 1, tzinfo=CHINA)
PAGE = ('<html><head><meta charset="{charset}"><title>宠爱国际获得3000万美元B轮融资_新浪财经_新浪网</title></head>'
        '<body><h1>宠爱国际获得3000万美元B轮融资</h1><div id="artibody"><p>新浪财经讯，宠物医疗连锁品牌宠爱国际宣布获得3000万美元B轮融资，'
        '由淡马锡领投，高瓴资本、红杉中国跟投。</p><p>本轮融资将用于医院网络扩张与医生培训体系建设，公司目前拥有超过200家医院。</p>'
        '<p>责任编辑：李桐</p></div></body></html>')


def test_gbk_bytes_are_decoded():
    text, used = decode(PAGE.format(charset="gbk").encode("gbk"))
    assert "淡马锡" in text and used == "gb18030"


def test_page_declaring_gb2312_but_written_in_utf8():
    text, used = decode(PAGE.format(charset="gb2312").encode("utf-8"), encoding="gb2312")
    assert "淡马锡" in text and used == "utf-8"


def test_utf8_bom():
    text, _ = decode(b"\xef\xbb\xbf" + PAGE.format(charset="utf-8").encode("utf-8"))
    assert text.startswith("<html>")


def test_undecodable_bytes_are_a_parse_error():
    with pytest.raises(ParseError, match="no encoding"):
        parse((FIXTURES / "broken.html").read_bytes())


@pytest.mark.parametrize("body", [b"", b"   ", "".encode()])
def test_empty_page_is_a_parse_error(body):
    with pytest.raises(ParseError):
        parse(body)


def test_title_without_site_suffix_and_body_without_boilerplate():
    article = parse(PAGE.format(charset="utf-8").encode("utf-8"), fetched_at=FETCHED)
    assert article.title == "宠爱国际获得3000万美元B轮融资"
    assert article.text.startswith("新浪财经讯，宠物医疗连锁品牌宠爱国际")
    assert "责任编辑" not in article.text


def test_fixture_page_title_date_and_copyright_line():
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), fetched_at=FETCHED)
    assert article.title == "仓擎科技完成近亿元Pre-A轮融资，源码资本领投"
    assert article.published == datetime(2021, 12, 28, 14, 30, tzinfo=CHINA)
    assert "源码资本领投" in article.text
    assert "未经授权不得转载" not in article.text
    assert "标签" not in article.text


def test_meta_published_time_wins():
    article = parse((FIXTURES / "36kr-digest.html").read_bytes(), fetched_at=FETCHED)
    assert article.published == datetime(2021, 12, 28, 8, 0, tzinfo=CHINA)
    assert article.found_by["published"] == "meta:article:published_time"


def test_source_selectors_are_used_first():
    selectors = {"title": "h1#newstitle", "body": "div#news-content", "published": "div.info span.date"}
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), selectors=selectors, fetched_at=FETCHED)
    assert article.found_by == {"title": "selector", "text": "selector", "published": "selector"}
    assert article.text.splitlines()[0].startswith("投资界（ID：pedaily2012）")


def test_selectors_that_match_nothing_fall_back():
    selectors = {"title": "h1.gone", "body": "div.gone", "published": "[[bad selector"}
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), selectors=selectors, fetched_at=FETCHED)
    assert article.found_by["text"] == "density" and "源码资本领投" in article.text


def test_relative_date_counts_from_fetch_time():
    page = "<html><body><h1>某公司完成A轮融资</h1><span>3小时前</span><div><p>" + "正文，句子。" * 30 + "</p></div></body></html>"
    article = parse(page.encode("utf-8"), fetched_at=datetime(2022, 5, 1, 12, 0, tzinfo=CHINA))
    assert article.published == datetime(2022, 5, 1, 9, 0, tzinfo=CHINA)


def test_malformed_html_still_gives_text():
    page = "<html><body><div><p>一家公司完成了A轮融资，由某资本领投。<div><p>第二段没有闭合，句子。<b>粗体"
    article = parse(page.encode("utf-8"))
    assert "由某资本领投" in article.text


# Structures taken from real pages (see ../shared/corpora/news-pages): each rule with the markup it was written for.

def test_yearless_date_takes_the_year_of_meta_date_update():
    # 百家号: <span class="date">发布时间：10-08</span><span class="time">12:00</span>, year only in meta dateUpdate
    page = ('<html><head><title>标题文字很长的一条新闻_百家号</title><meta itemprop="dateUpdate" content="2019-10-08 12:00:57">'
            '</head><body><h2>标题文字很长的一条新闻</h2><div class="article-source"><span class="date">发布时间：10-08</span>'
            '<span class="time">12:00</span></div><div class="article-content"><p>' + "正文句子，内容。" * 20 +
            '</p></div></body></html>')
    article = parse(page.encode("utf-8"), fetched_at=datetime(2020, 12, 31, tzinfo=CHINA))
    assert article.published == datetime(2019, 10, 8, 12, 0, tzinfo=CHINA)


def test_relative_date_shown_but_script_holds_the_time():
    # 微信公众号: <em id="publish_time">昨天</em>, and var ct = "1581517074" in a script
    page = ('<html><head><title>公众号文章的标题在这里</title></head><body><h2 class="rich_media_title">公众号文章的标题在这里</h2>'
            '<em id="publish_time">昨天</em><script>var ct = "1581517074";</script>'
            '<div id="js_content"><p>' + "正文句子，内容。" * 20 + '</p></div></body></html>')
    article = parse(page.encode("utf-8"), fetched_at=datetime(2020, 12, 31, tzinfo=CHINA))
    assert article.published.date().isoformat() == "2020-02-12"


def test_labeled_publish_date_beats_a_date_in_the_story():
    # 中山网: the body opens with the event date; 发布日期 sits below the body
    page = ('<html><head><title>某街道党工委一行到金融街开展调研工作_中山网</title></head><body>'
            '<span class="Title"><b>某街道党工委一行到金融街开展调研工作</b></span>'
            '<div><p>2019年2月27日下午，某街道党工委委员一行到金融街开展调研。' + "调研内容，句子。" * 20 + '</p></div>'
            '<font>发布日期：2019-03-06</font></body></html>')
    article = parse(page.encode("utf-8"), fetched_at=datetime(2020, 12, 31, tzinfo=CHINA))
    assert article.title == "某街道党工委一行到金融街开展调研工作"
    assert article.published.date().isoformat() == "2019-03-06"


def test_title_when_the_page_title_names_only_the_site():
    # 中国地理学会: <title>新闻动态--中国地理学会官网</title>, headline in an <h5>
    page = ('<html><head><title>新闻动态--中国地理学会官网</title></head><body><div class="logo"><h1>中国地理学会</h1></div>'
            '<h5>2019年中国人文地理学术年会在重庆成功举行！</h5><div class="content"><p>' + "会议内容，句子。" * 20 +
            '</p></div></body></html>')
    assert parse(page.encode("utf-8")).title == "2019年中国人文地理学术年会在重庆成功举行！"


def test_content_inside_a_form_is_kept():
    # 山西医科大学 (table layout): the whole article sits inside <form name="_newscontent_fromname">
    page = ('<html><head><title>中华人民共和国监察法</title></head><body><form name="_newscontent_fromname"><div id="vsb_content">'
            + "".join(f"<p>第{i}条　为了深化国家监察体制改革，加强监督，制定本法。</p>" for i in range(1, 30))
            + '</div></form><div class="footer">主办单位：纪检监察室 版权所有</div></body></html>')
    article = parse(page.encode("utf-8"))
    assert article.text.count("制定本法") == 29 and "版权所有" not in article.text


def test_related_links_end_the_body_and_breadcrumbs_do_not_start_it():
    # 证券时报网 快讯: breadcrumb and date/source line above, 分享 / 为你推荐 below
    page = ('<html><head><title>公司快讯汇总一则_证券时报网</title></head><body><h2>公司快讯汇总一则</h2><div class="detail">'
            '<p>您所在的位置： 首页 &gt; 快讯 &gt; 公司</p><p>2019-09-26 12:11来源：证券时报网作者：李在山</p>'
            '<p>证券时报e公司讯，' + "某公司公告，内容。" * 15 + '</p><p>分享：</p><p>为你推荐</p><ul><li><a>别的新闻标题一条</a></li></ul>'
            '</div></body></html>')
    text = parse(page.encode("utf-8")).text
    assert text.startswith("证券时报e公司讯") and "为你推荐" not in text and "别的新闻" not in text


def test_selector_alternatives_are_tried_in_order():
    selectors = {"title": ["h1.gone", "h1#newstitle"], "body": ["div.gone", "div#news-content"]}
    article = parse((FIXTURES / "pedaily-cangqing.html").read_bytes(), selectors=selectors, fetched_at=FETCHED)
    assert article.found_by["title"] == "selector" and article.found_by["text"] == "selector"
    assert article.title == "仓擎科技完成近亿元Pre-A轮融资，源码资本领投"


def test_content_after_an_early_closing_html_tag_is_kept():
    # templates that print </body></html> after the header and then the story: libxml2 would drop the story
    page = PAGE.replace("<body><h1>", "<body><div class='nav'><a href='/'>首页</a></div></body></html><h1>")
    article = parse(page.format(charset="utf-8").encode("utf-8"), fetched_at=FETCHED)
    assert article.title == "宠爱国际获得3000万美元B轮融资"
    assert "由淡马锡领投" in article.text and "医院网络扩张" in article.text
# Generic failures seen on pages nobody tuned the extractor on; each test page has the shape of the real one.

STORY = ["星河动力今日宣布完成新一轮融资，本轮由某资本领投，两家老股东跟投，资金将用于火箭研发。",
         "该公司成立于2018年，主要从事商业运载火箭的研发与发射服务，已完成三次入轨发射。",
         "创始人表示，未来三年将继续加大研发投入，扩充团队，并建设新的总装测试基地。",
         "业内人士认为，商业航天市场空间巨大，头部公司有望率先受益，行业集中度将继续提高。"]
HEAD = ('<html><head><title>星河动力完成新一轮融资_财经频道_某某网</title></head><body>'
        '<h1>星河动力完成新一轮融资</h1><div class="info">2021-05-01 10:00 来源：某某网</div>')


def story_in(text: str) -> bool:
    return all(line in text for line in STORY)


def test_short_block_at_the_top_of_the_body_container_is_not_the_body():
    # a live-stream teaser first in the article container, then each paragraph in CMS wrappers (div > div > p)
    page = (HEAD + '<div id="article"><div><p>【直播预告】今晚八点，创始人做客直播间，聊聊火箭背后的故事，欢迎预约观看！</p></div>'
            + "".join(f"<div><div><p>{line}</p></div></div>" for line in STORY) + "</div></body></html>")
    article = parse(page.encode("utf-8"))
    assert story_in(article.text)


def test_video_block_at_the_top_of_the_body_is_left_out():
    # a video player with its caption above the paragraphs, which sit in <p><strong><span>
    page = (HEAD + '<div class="article"><div class="video-box"><video src="v.mp4"></video>'
            '<p>视频：创始人讲述火箭的研发历程，两分钟看懂这家公司的来龙去脉，欢迎点赞转发。</p></div>'
            + "".join(f"<p><strong><span>{line}</span></strong></p>" for line in STORY) + "</div></body></html>")
    text = parse(page.encode("utf-8")).text
    assert story_in(text) and "视频" not in text


def test_one_paragraph_newsflash_followed_by_other_stories_stays_alone():
    # a 快讯 page: one paragraph, then teasers of other flashes, each a linked title and a summary
    teasers = "".join(f'<div class="item"><h3><a href="/flash/{i}">另一条快讯的标题{i}</a></h3><p>另一家公司完成了融资，'
                      f'本轮由别的机构领投，资金将用于扩张，这是第{i}条快讯的摘要。</p></div>' for i in range(3))
    page = (HEAD + f'<div class="main"><div class="flash"><p>{STORY[0]}</p></div><div class="more">{teasers}</div></div>'
            '</body></html>')
    assert parse(page.encode("utf-8")).text == STORY[0]


def test_paragraphs_each_in_their_own_wrapper_are_all_the_body():
    # an editor that wraps every paragraph in <section><p><span><span>
    page = (HEAD + '<div id="js_content">'
            + "".join(f"<section><p><span><span>{line}</span></span></p></section>" for line in STORY) + "</div></body></html>")
    assert parse(page.encode("utf-8")).text.splitlines() == STORY


def test_content_after_an_early_closing_html_tag_is_found():
    # the page's header include ends with </body></html>; headline, date and text come after it
    page = ('<html><head><title>星河动力完成新一轮融资_财经频道_某某网</title></head><body>'
            '<div class="top"><a href="/">首页</a><a href="/cj">财经</a></div></body></html>'
            '<div class="main"><h1>星河动力完成新一轮融资</h1><div class="info">发布时间：2021-05-01 10:00</div>'
            '<div class="content">' + "".join(f"<p>{line}</p>" for line in STORY) + '</div></div>'
            '<div class="foot">某某网 版权所有</div></body></html>')
    article = parse(page.encode("utf-8"), fetched_at=FETCHED)
    assert article.title == "星河动力完成新一轮融资"
    assert article.published == datetime(2021, 5, 1, 10, 0, tzinfo=CHINA)
    assert article.text.splitlines() == STORY


def test_page_closed_right_after_its_head_keeps_meta_and_unwrapped_text():
    # </head></html> first, then the body: the first paragraph is bare text, the time is in the head
    page = ('<html><head><title>星河动力完成新一轮融资_某某网</title>'
            '<meta property="article:published_time" content="2021-05-01T10:00:00+08:00"></head></html>'
            f'<h1>星河动力完成新一轮融资</h1>{STORY[0]}' + "".join(f"<p>{line}</p>" for line in STORY[1:]))
    article = parse(page.encode("utf-8"))
    assert article.published == datetime(2021, 5, 1, 10, 0, tzinfo=CHINA)
    assert article.title == "星河动力完成新一轮融资" and article.text.splitlines() == STORY


def test_content_farm_text_after_a_block_of_site_navigation():
    # a repost whose container opens with the site's channel list (not named nav), then headline, date line and
    # text; beside it, the site's blurb, which the link-heavy container used to lose to
    channels = "".join(f'<li><a href="/list/{i}">{name}行业最新动态汇总</a></li>' for i, name in enumerate(
        ["财经", "科技", "汽车", "房产", "教育", "健康", "旅游", "美食", "时尚", "体育", "娱乐", "游戏", "数码", "家居"]))
    page = ('<html><head><title>星河动力完成新一轮融资-某某资讯网</title></head><body><div class="wrap">'
            f'<div class="lm"><ul>{channels}</ul></div><h1>星河动力完成新一轮融资</h1>'
            '<p>2021-05-01 10:00 来源：网络整理</p>' + "".join(f"<p>{line}</p>" for line in STORY) + '</div>'
            '<div class="r"><p>本站简介：某某资讯网是一家综合性资讯网站，致力于为用户提供及时、全面、专业的新闻资讯服务，'
            '内容涵盖财经、科技、汽车等多个领域，欢迎投稿。</p></div></body></html>')
    article = parse(page.encode("utf-8"), fetched_at=FETCHED)
    assert article.title == "星河动力完成新一轮融资"
    assert article.text.splitlines() == STORY


def test_a_row_of_navigation_links_above_text_broken_by_br_is_skipped():
    # the same kind of repost with the channel links inline, then the text in one container broken by <br>
    row = " | ".join(f'<a href="/list/{i}">频道{i}</a>' for i in range(20))
    page = ('<html><head><title>星河动力完成新一轮融资-某某资讯网</title></head><body><div class="wrap">'
            f'{row}<br><h1>星河动力完成新一轮融资</h1>' + "<br>".join(STORY) + '</div></body></html>')
    assert parse(page.encode("utf-8")).text.splitlines() == STORY


def test_links_inside_the_text_are_kept():
    # names linked inside sentences, as 36氪 links companies (元<a>禾谷</a>风), are text, not navigation
    linked = ('<p>本轮由<a href="/p/1">某资本</a>领投，<a href="/p/2">甲基金</a>、<a href="/p/3">乙创投</a>、'
              '<a href="/p/4">元禾</a>谷风和<a href="/p/5">丙资本</a>跟投，资金将用于火箭研发。</p>')
    page = HEAD + '<div class="article">' + linked + "".join(f"<p>{line}</p>" for line in STORY[1:]) + "</div></body></html>"
    text = parse(page.encode("utf-8")).text
    assert text.startswith("本轮由某资本领投，甲基金、乙创投、元禾谷风和丙资本跟投") and all(line in text for line in STORY[1:])
def test_gbk_page_declared_latin1_is_read_from_its_bytes():
    page = "<html><head><title>蓝云云科技完成1亿元A轮融资</title></head><body><p>蓝云云科技今日宣布完成1亿元A轮融资，" \
           "由红杉中国领投。</p></body></html>"
    article = parse(page.encode("gbk"), encoding="iso-8859-1")
    assert article.title == "蓝云云科技完成1亿元A轮融资" and article.encoding == "gb18030"
    utf8 = parse(page.encode("utf-8"), encoding="windows-1252")
    assert utf8.title == "蓝云云科技完成1亿元A轮融资"


def test_real_latin1_text_keeps_its_charset():
    page = "<html><body><h1>Été à Montréal</h1><p>Les étés à Montréal sont très chauds, déjà en juin. Grüße aus " \
           "Köln.</p></body></html>"
    assert parse(page.encode("latin-1"), encoding="iso-8859-1").encoding == "iso-8859-1"


def test_mojibake_that_no_charset_repairs_is_refused():
    page = b"<html><body><p>" + bytes(range(0xA1, 0xFF)) * 4 + b"\x80</p></body></html>"
    with pytest.raises(ParseError, match="mojibake"):
        parse(page, encoding="iso-8859-1")


def test_utf8_text_that_quotes_mojibake_stays_utf8():
    page = "<html><body><h1>乱码示例</h1><p>错误解码会得到 À¶ÔÆÔÆ¿Æ¼¼Íê³ÉÈÚ×Ê 这样的字符。</p></body></html>"
    assert parse(page.encode("utf-8"), encoding="utf-8").encoding == "utf-8"
