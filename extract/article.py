"""A news page (bytes or text) → Article: title, published time, author, body text.

Source selectors are tried first; when they are missing or match nothing, a
generic method takes over: meta tags and JSON-LD for title and time, and a
text-and-punctuation density score over block elements for the body.
"""
from __future__ import annotations

import codecs
import functools
import json
import re
from datetime import datetime

import lxml.html
from lxml import etree

from extract.dates import parse_date
from extract.model import Article


class ParseError(ValueError):
    """The page cannot be decoded or holds no article."""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

_DROP_TAGS = ("script", "style", "noscript", "iframe", "button", "select", "textarea", "input", "svg")
_LAYOUT_TAGS = ("nav", "footer", "header", "aside")  # dropped unless they hold most of the page
_BLOCK_TAGS = ("p", "div", "section", "article", "td", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "br", "tr", "dd", "dt", "figcaption")
_NOISE_CLASS = re.compile(
    r"comment|share|footer|header|nav|menu|sidebar|side-bar|recommend|related|breadcrumb|copyright|"
    r"advert|\bad\b|ads|banner|promo|video|player|toolbar|social|hot|rank|login|subscribe|qrcode|tags?\b|author-info", re.I)
_PUNCT = re.compile(r"[，。！？；：、“”（）,.!?;:]")
_BOILERPLATE = re.compile(
    r"^(?:原标题[:：]|本文原标题|责任编辑|编辑[:：]|来源[:：]|本文来源|文章来源|（?文章来源|作者[:：]|声明[:：]|免责声明|"
    r"本文为.{0,20}原创|.{0,20}未经授权不得转载|.{0,30}转载请注明|点击(?:查看|进入|关注)|扫码|分享到|相关阅读|"
    r"相关新闻|延伸阅读|推荐阅读|更多精彩|返回(?:首页|搜狐)|举报|打开.{0,10}APP|特别声明|版权所有)"
)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|——|-{2,})\s*|\s+[-–—]\s+|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]{2,8}$)")
_TITLE_SPAM = re.compile(r"^(?:(?:独家|重磅|突发|快讯|首发)\s*[|丨｜:：]\s*)")
_AUTHOR = re.compile(r"(?:作者|记者|文)\s*[:：/｜|]\s*([\u4e00-\u9fa5A-Za-z·]{2,12})")
_DATE_IN_TEXT = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?"
    r"|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|\d+\s*(?:分钟|小时|天)前|昨天\s*\d{1,2}:\d{2}|前天|刚刚)"
)


def decode(body: bytes | str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page; declared encodings are hints, checked by decoding.

    Raises ParseError when no encoding decodes the bytes cleanly.
    """
    if isinstance(body, str):
        return body, encoding or "unicode"
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name), name
    declared = []
    if encoding:
        declared.append(encoding)
    m = _META_CHARSET.search(body[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "ignore"))
    refused: list[str] = []
    candidates = ["utf-8"] + [_ENCODING_ALIASES.get(e.lower(), e.lower()) for e in declared] + ["gb18030"]
    for name in dict.fromkeys(candidates):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name != "utf-8" and not _plausible(text):
            continue
        if _single_byte(name) and _mojibake(text):
            refused.append(name)
            continue  # GBK or UTF-8 bytes labelled iso-8859-1: the charsets found in the bytes come next
        return text, name
    why = f"; as {', '.join(refused)} it reads as mojibake" if refused else ""
    raise ParseError("no encoding decodes the page cleanly (tried " + ", ".join(dict.fromkeys(candidates)) + ")"
                     + why)


@functools.lru_cache(maxsize=64)
def _single_byte(name: str) -> bool:
    """True for charsets that give one character per byte (iso-8859-*, windows-125*, koi8 …)."""
    try:  # 中文 in UTF-8 is six bytes: six characters only in a one-byte charset
        return len(bytes(range(256)).decode(name, "replace")) == 256 and len("中文".encode().decode(name, "replace")) == 6
    except LookupError:
        return False


# Latin-1 letters and cp1252's punctuation: what multi-byte text decoded one byte at a time is made of.
_HIGH_RUN = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013-\u203a\u20ac\u2122]{4,}")


def _mojibake(text: str) -> bool:
    """True when the text reads as CJK bytes decoded one byte at a time: long runs of accented letters
    (À½ÔÆÔÆ¿Æ¼¼), where real Latin text has an accent here and there between plain letters."""
    runs = sum(len(m) for m in _HIGH_RUN.findall(text[:50000]))
    return runs >= 12


def _plausible(text: str) -> bool:
    """False for text that decoded without error but reads as noise (rare CJK, private use)."""
    sample = text[:20000]
    odd = sum(1 for c in sample if "\ue000" <= c <= "\uf8ff" or "\u3400" <= c <= "\u4dbf")
    return odd <= max(3, len(sample) // 200)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|(\d{1,10}));")


def _xml_safe(text: str) -> str:
    """Drop characters, raw or as &#…; references, that no HTML tree may hold."""
    def ref(m: re.Match) -> str:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if code > 0x10FFFF or _NOT_XML.match(chr(code)):
            return ""
        return m.group(0)

    return _NOT_XML.sub("", _CHAR_REF.sub(ref, text))


def parse(body: bytes | str, url: str | None = None, encoding: str | None = None,
          fetched_at: datetime | None = None, selectors: dict | None = None) -> Article:
    """The article on a page. Raises ParseError on pages that cannot be read."""
    text, used = decode(body, encoding)
    text = _xml_safe(text)
    if not text.strip():
        raise ParseError("empty page")
    try:
        return _parse_text(text, used, fetched_at, selectors)
    except (ValueError, etree.LxmlError) as exc:
        if isinstance(exc, ParseError):
            raise
        raise ParseError(f"HTML cannot be parsed: {exc}") from exc


# A page that closes </body> or </html> early and goes on: libxml2 drops whatever follows, so the closings go
# (the parser closes both at the end of the document).
_EARLY_CLOSE = re.compile(r"</(?:body|html)\s*>", re.I)


def _parse_text(text: str, used: str, fetched_at, selectors) -> Article:
    text = _EARLY_CLOSE.sub("", text)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"HTML cannot be parsed: {exc}") from exc
    _reattach(root)
    found_by: dict[str, str] = {}
    selectors = selectors or {}
    meta = _meta(root)
    title = _select_text(root, selectors.get("title"))
    found_by["title"] = "selector" if title else "generic"
    title_el = None
    if not title:
        title, title_el = _title(root, meta)
    published = None
    raw_date = _select_text(root, selectors.get("published"))
    if raw_date:
        published = parse_date(raw_date, fetched_at)
        found_by["published"] = "selector"
    if published is None:
        published, found_by["published"] = _published(root, meta, fetched_at, title)
    body_node = _select_node(root, selectors.get("body"))
    found_by["text"] = "selector" if body_node is not None else "density"
    _clean(root)
    if body_node is None:
        body_node = best_body_node(root, title_el if title_el is not None and title_el.getparent() is not None else None)
    body_text = _node_text(body_node, title) if body_node is not None else ""
    author = meta.get("author") or _author(root, body_node)
    return Article(title=title, text=body_text, published=published, author=author, encoding=used,
                   found_by=found_by)


def _parser():
    """An HTML parser whose elements are all plain HtmlElement.

    lxml.html's own lookup picks a class per tag (forms, inputs, labels) in Python for every
    element touched, which costs a sixth of the time of a page; nothing here needs those classes.
    """
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement))
    return parser


def _reattach(root) -> None:
    """Put back into <body> what lxml parsed after an early </html>.

    A page that closes </html> (or </body></html>) before its content, as pages assembled from
    templates do, gets that content in further <html> roots beside the document's root, where
    nothing that walks the tree finds it.
    """
    strays = list(root.itersiblings())
    if not strays:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    head = root.find("head")
    for stray in strays:
        _append_text(body, stray.text)
        for child in list(stray):
            if child.tag == "head" and head is not None:
                head.extend(list(child))
            elif child.tag == "body":
                _append_text(body, child.text)
                body.extend(list(child))
                _append_text(body, child.tail)
            else:
                body.append(child)


def _append_text(parent, text: str | None) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _meta(root) -> dict[str, str]:
    meta = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in meta:
            meta[key] = value
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "{}")
        except (ValueError, TypeError):
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("datePublished", "headline", "pubDate"):
                    if isinstance(item.get(key), str):
                        meta.setdefault("ld:" + key.lower(), item[key])
    return meta


def _select_node(root, css: str | list | None):
    """The first non-empty element a selector finds; a list of selectors is tried in order."""
    for one in ([css] if isinstance(css, str) else css or []):
        try:
            nodes = root.cssselect(one)
        except Exception:  # a bad selector in a source entry must not stop the page
            continue
        if nodes and nodes[0].text_content().strip():
            return nodes[0]
    return None


def _select_text(root, css: str | None) -> str:
    node = _select_node(root, css)
    if node is None:
        return ""
    return (node.get("content") or node.get("datetime") or node.text_content()).strip()


_SPACES = re.compile(r"\s+")
_TITLE_ATTR = re.compile(r"title|headline|biaoti", re.I)


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text or "").strip()


def _title(root, meta: dict) -> tuple[str, object]:
    """The headline a reader sees and the element that shows it (None when it comes from meta)."""
    page_title = _squash(root.findtext(".//title") or "")
    page_key = re.sub(r"\s", "", page_title)
    page_parts = [p for p in _TITLE_SPLIT.split(page_title) if p]
    best_part = max(page_parts, key=len) if page_parts else ""
    part_key = re.sub(r"\s", "", best_part)
    headings = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "td"):
        if el.tag in ("div", "p", "span", "td"):
            attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
            if not _TITLE_ATTR.search(attrs) \
                    or any(child.tag not in ("b", "strong", "font", "a", "em", "i", "u") for child in el):
                continue
        text = _squash(el.text_content())
        if 4 <= len(text) <= 80:
            headings.append((text, el))
    # a heading the <title> repeats, longest first; 原创 badges before it are dropped
    inside = []
    for text, el in headings:
        key = _SPACES.sub("", text)
        if len(key) >= 8 and key in page_key:  # shorter ones are logos and site names
            inside.append((text, el))
        elif part_key and len(key) > 4 and key.endswith(part_key) and len(key) - len(part_key) <= 4:
            inside.append((best_part, el))  # 原创最不愁吃肉的国家… → the <title> part
    if inside:
        text, el = max(inside, key=lambda pair: len(pair[0]))
        return _TITLE_SPAM.sub("", text), el
    for cand in (meta.get("og:title"), meta.get("ld:headline"), meta.get("twitter:title")):
        cand = _squash(cand or "")
        if len(cand) >= 4 and (not page_title or _overlap(cand, page_title) >= 0.6):
            return _TITLE_SPAM.sub("", cand), None
    if headings and (not best_part or len(best_part) < 10):
        # <title> names only the site (中国地理学会官网): the first long heading is the headline
        text, el = max(headings[:5], key=lambda pair: len(pair[0]))
        return _TITLE_SPAM.sub("", text), el
    return _TITLE_SPAM.sub("", best_part or page_title), None


def _overlap(a: str, b: str) -> float:
    a_chars = set(re.sub(r"\s", "", a))
    return len(a_chars & set(b)) / len(a_chars) if a_chars else 0.0


def _clean(root) -> None:
    """Drop scripts, navigation, blocks named like comments, footers or related links, and link lists."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    body = root.find("body")
    total = _text_len(body) if body is not None else 0
    gone: set = set()
    for el in root.xpath("//*[@class or @id] | //nav | //footer | //header | //aside"):  # in page order
        if el.getparent() is None or el.tag in ("body", "html", "article"):
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        noisy = el.tag in _LAYOUT_TAGS or (attrs and _noise_named(attrs))
        if noisy and not any(up in gone for up in el.iterancestors()) \
                and _text_len(el) < 0.4 * total:
            el.drop_tree()
            gone.add(el)
    _drop_link_blocks(root)


@functools.lru_cache(maxsize=4096)
def _noise_named(attrs: str) -> bool:
    """Class and id read like comments, footers, related links, ads; pages repeat the same few."""
    return bool(_NOISE_CLASS.search(attrs)) and not _CONTENT_CLASS.search(attrs)


def _text_len(el) -> int:
    """Characters of text in `el`, white space left out."""
    return len("".join(el.text_content().split()))


_NOT_WORD = re.compile(r"[\W_]+")


def _drop_link_blocks(root) -> None:
    """Drop lists of links, whatever they are named: site navigation, channel lists, tag rows.

    A block of four links or more whose text is nearly all link text (separators such as | and /
    aside) is navigation, however large: a content-farm repost may carry one longer than its
    text, in the same container. Only a block that is nearly the whole page stays.
    """
    body = root.find("body")
    if body is None:
        return
    links: dict = {}
    linked: dict = {}
    for a in body.iter("a"):
        chars = len("".join(a.text_content().split()))
        el = a
        for _ in range(4):  # a list holds its links a few levels down: ul > li > a, div > p > span > a
            el = el.getparent()
            if el is None or el is body:
                break
            links[el] = links.get(el, 0) + 1
            linked[el] = linked.get(el, 0) + chars
    total = _text_len(body)
    gone: set = set()
    for el in body.iter():  # outer blocks first
        if links.get(el, 0) < 4 or el.tag == "article" or any(up in gone for up in el.iterancestors()):
            continue
        text = "".join(el.text_content().split())
        chars = len(text) - sum(text.count(sep) for sep in _LINK_SEPARATORS)
        if chars and linked[el] >= 0.9 * chars and chars < 0.9 * total:
            el.drop_tree()
            gone.add(el)


_LINK_SEPARATORS = "|｜/·•"


_CONTENT_CLASS = re.compile(r"article|content|detail|post|main-?text|news-?text|text|body|entry|story|artibody|txt", re.I)


def best_body_node(root, title_el=None):
    """The element whose own paragraphs hold the most punctuated, unlinked text, near the headline."""
    scores: dict = {}
    paragraphs: dict = {}
    for el in root.iter("p", "div", "section", "td", "span", "li", "pre", "font"):
        own = _own_text(el)
        if len(own) < 10:
            continue
        punct = len(_PUNCT.findall(own))
        score = len(own) * (1 + punct) ** 0.5
        paragraphs[el] = score
        parent = el.getparent()
        for node, weight in ((parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)):
            if node is not None and isinstance(node.tag, str):
                scores[node] = scores.get(node, 0.0) + score * weight
    if not scores:
        return root.find("body") if root.find("body") is not None else root
    order = {el: i for i, el in enumerate(root.iter())} if title_el is not None else {}
    title_at = order.get(title_el, -1)
    above_title = set(title_el.iterancestors()) if title_el is not None else set()

    def final(node) -> float:
        value = scores[node] * (1 - _link_density(node)) ** 2
        attrs = " ".join(filter(None, (node.get("class"), node.get("id"))))
        if attrs and _noise_named(attrs):
            value *= 0.3
        if title_at >= 0 and node in order:
            if 0 < order[node] - title_at < 400 or node in above_title:
                value *= 1.5  # the body follows its headline
        return value

    return _widen(max(scores, key=final), paragraphs)


def _widen(node, paragraphs: dict, levels: int = 3):
    """The body container when `node` is only one short block of it.

    A video or promo block at the top of the body container can outscore each of the real
    paragraphs that follow it when they sit deeper (div > div > p), and so can one paragraph
    among many that each sit in their own wrapper (section > p > span). When the siblings of
    `node` or of an ancestor a few levels up hold at least twice its paragraph text, with few links
    (a list of other stories has a linked title per item), the body is their common parent.
    """
    here = sum(paragraphs.get(el, 0.0) for el in node.iter())
    branch = node
    for _ in range(levels):
        parent = branch.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        siblings = [el for el in parent if el is not branch and isinstance(el.tag, str)]
        found = [paragraphs[el] for sibling in siblings for el in sibling.iter() if el in paragraphs]
        if sum(found) >= 2 * here:
            anchors = [a for el in siblings for a in el.iter("a")]
            text = sum(len(_squash(el.text_content())) for el in siblings)
            linked = sum(len(_squash(a.text_content())) for a in anchors)
            if linked <= 0.3 * text and 2 * len(anchors) <= len(found):
                return parent  # paragraphs, not a list of other stories with a linked title each
        branch = parent
    return node


def _own_text(el) -> str:
    parts = [el.text or ""] + [child.tail or "" for child in el]
    for child in el:
        if child.tag in ("strong", "b", "em", "i", "span", "font", "a", "u") and not len(child):
            parts.append(child.text or "")
    return _squash("".join(parts))


def _link_density(node) -> float:
    text = len(_squash(node.text_content())) or 1
    links = sum(len(_squash(a.text_content())) for a in node.iter("a"))
    return min(1.0, links / text)


_STOP_LINE = re.compile(
    r"^(?:为你推荐|相关阅读|延伸阅读|推荐阅读|热门推荐|相关新闻|猜你喜欢|热门文章|相关文章|更多精彩|往期推荐|往期回顾|分享[:：到至]?$|"
    r"责任编辑|（责任编辑|原标题[:：]|（原标题|本文来源|（本文来自|\(本文来自|【免责声明】|免责声明|扫码阅读全文|举报$|"
    r"本文为.{0,40}(?:原创|发布|观点|立场)|\d?、?回复【|(?:点击|长按|扫描|扫码).{0,20}(?:二维码|公众号|关注|菜单)|"
    r"收藏$|评论[（(]\d+[）)]|我要跟帖)"
)
_META_LINE = re.compile(
    r"^(?:您所在的位置|当前位置|首页\s*[>＞]|.{0,30}(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,40}(?:来源|作者|编辑|浏览|阅读)|"
    r"(?:来源|作者|编辑)[:：].{0,30}$)"
)


def _node_text(node, title: str) -> str:
    lines: list[str] = []
    seen: set[str] = set()
    squashed_title = re.sub(r"\s", "", title)
    for chunk, linked in _block_lines(node):
        line = _squash(chunk)
        key = re.sub(r"\s", "", line)
        if not line:
            continue
        if not lines and linked and linked >= 0.9 * len(_NOT_WORD.sub("", line)):
            continue  # a row of site navigation above the text
        if lines and _STOP_LINE.match(line):
            break  # related links, editor credits: the article is over
        if _BOILERPLATE.match(line) or key == squashed_title or (len(key) >= 40 and key in seen) or key == (lines[-1] if lines else None):
            continue
        if not lines and (_META_LINE.match(line) or _STOP_LINE.match(line) or _is_header_line(key, squashed_title)):
            continue  # breadcrumbs, badges and the date/source line above the body
        seen.add(key)
        lines.append(re.sub(r"^\d{1,2}/\d{1,2}\s+", "", line))  # gallery counters: 1/10
    return "\n".join(lines)


def _is_header_line(key: str, title: str) -> bool:
    """A short line above the body with no sentence in it: 字号, 关注, the account name, the badged title."""
    if title and key.endswith(title) and len(key) - len(title) <= 4:
        return True
    return len(key) <= 8 and not _PUNCT.search(key) or bool(re.search(r"\S\s?[>＞]\s?\S", key) and len(key) < 30)


def _block_lines(node) -> list[tuple[str, int]]:
    """The text of `node` line by line, each with the number of its word characters inside links."""
    out: list[list] = [["", 0]]

    def add(text: str | None, in_link: bool) -> None:
        if text:
            out[-1][0] += text
            if in_link:
                out[-1][1] += len(_NOT_WORD.sub("", text))

    def walk(el, in_link: bool):
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        in_link = in_link or tag == "a"
        if block:
            out.append(["", 0])
        if tag not in ("img", "br"):
            add(el.text, in_link)
        for child in el:
            walk(child, in_link)
            add(child.tail, in_link)
        if block:
            out.append(["", 0])

    walk(node, False)
    return [(line, linked) for line, linked in out if line.strip()]


_PUBLISH_KEYS = ("article:published_time", "og:article:published_time", "ld:datepublished", "pubdate",
                 "publishdate", "publish_date", "og:release_date", "datepublished", "weibo:article:create_at",
                 "dc.date", "dc.date.issued", "date", "sailthru.date", "parsely-pub-date", "article:published")
_UPDATE_KEYS = ("dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmod")
_SCRIPT_DATE = re.compile(
    r"""["']?(?:publish_?[Tt]ime|publishDate|pubDate|pubdate|pubtime|datePublished|publish_date|ct|create_?[Tt]ime)["']?"""
    r"""\s*[:=]\s*["']?(\d{10,13}|(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?)"""
)
_LABELED_DATE = re.compile(r"(?:发布时间|发布日期|发表时间|发表于|更新时间|时间|日期)\s*[:：]?\s*(" + _DATE_IN_TEXT.pattern + r"|\d{2}-\d{2}-\d{2}|\d{1,2}-\d{1,2})")


def _published(root, meta: dict, fetched_at, title: str) -> tuple[datetime | None, str]:
    """The publish time, from the most trustworthy place that has one."""
    for key in _PUBLISH_KEYS:
        if meta.get(key):
            found = parse_date(meta[key], fetched_at)
            if found:
                return found, f"meta:{key}"
    for script in root.iter("script"):
        m = _SCRIPT_DATE.search(script.text or "")
        if m:
            found = parse_date(m.group(1), fetched_at)
            if found and (fetched_at is None or found <= fetched_at):
                return found, "script"
    body = root.find("body")
    text = _squash(body.text_content() if body is not None else "")
    start = max(0, text.find(title[:10])) if title else 0
    near = text[start: start + 600]
    hint = next((d for d in (parse_date(meta.get(k), fetched_at) for k in _UPDATE_KEYS if meta.get(k)) if d), None)
    for pattern, how in ((_LABELED_DATE, "text:labeled"), (_DATE_IN_TEXT, "text:near-title")):
        m = pattern.search(near)
        if m:
            found = _date_with_time(m, near, fetched_at, hint)
            if found:
                return found, how
    for el in root.iter("time"):
        found = parse_date(el.get("datetime") or el.text_content(), fetched_at)
        if found:
            return found, "time"
    for pattern, how in ((_LABELED_DATE, "text:labeled"),):
        m = pattern.search(text)
        if m:
            found = _date_with_time(m, text, fetched_at)
            if found:
                return found, how
    for key in _UPDATE_KEYS:
        if meta.get(key):
            found = parse_date(meta[key], fetched_at)
            if found:
                return found, f"meta:{key}"
    m = _DATE_IN_TEXT.search(text)
    if m:
        found = parse_date(m.group(0), fetched_at)
        if found:
            return found, "text"
    return None, "none"


def _date_with_time(m: re.Match, text: str, fetched_at, year_hint: datetime | None = None) -> datetime | None:
    """The date matched, with a time written right after it (百家号: <span>10-08</span><span>12:00</span>).

    A date shown without a year takes the year of `year_hint` (a full date elsewhere on the
    page, such as meta dateUpdate) when month and day agree.
    """
    written = m.group(m.lastindex or 0)
    follow = re.match(r"\s*(\d{1,2}:\d{2})", text[m.end():])
    if follow and ":" not in written:
        written += " " + follow.group(1)
    if re.fullmatch(r"\d{2}-\d{2}-\d{2}.*", written):
        written = "20" + written  # 18-03-08 23:16
    found = parse_date(written, fetched_at)
    if found and year_hint and not re.search(r"(?:19|20)\d{2}", written) \
            and (found.month, found.day) == (year_hint.month, year_hint.day):
        found = found.replace(year=year_hint.year)
    return found


def _author(root, body_node) -> str | None:
    text = _squash(root.find("body").text_content()[:3000]) if root.find("body") is not None else ""
    m = _AUTHOR.search(text)
    return m.group(1) if m else None
