"""A news page (bytes or text) → Article: title, published time, author, body text.

Source selectors are tried first; when they are missing or match nothing, a
generic method takes over: meta tags and JSON-LD for title and time, and a
text-and-punctuation density score over block elements for the body.
"""
from __future__ import annotations

import codecs
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

_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "select", "textarea", "svg", "nav",
              "footer", "header", "aside")
_BLOCK_TAGS = ("p", "div", "section", "article", "td", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "br", "tr", "dd", "dt", "figcaption")
_NOISE_CLASS = re.compile(
    r"comment|share|footer|header|nav|menu|sidebar|side-bar|recommend|related|breadcrumb|copyright|"
    r"advert|\bad\b|ads|banner|toolbar|social|hot|rank|login|subscribe|qrcode|tags?\b|author-info", re.I)
_PUNCT = re.compile(r"[，。！？；：、“”（）,.!?;:]")
_BOILERPLATE = re.compile(
    r"^(?:原标题[:：]|责任编辑|编辑[:：]|来源[:：]|本文来源|文章来源|（?文章来源|作者[:：]|声明[:：]|免责声明|"
    r"本文为.{0,20}原创|.{0,20}未经授权不得转载|.{0,30}转载请注明|点击(?:查看|进入|关注)|扫码|分享到|相关阅读|"
    r"相关新闻|延伸阅读|推荐阅读|更多精彩|返回(?:首页|搜狐)|举报|打开.{0,10}APP|特别声明|版权所有)"
)
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|-{1,2}| — | – |—)\s*")
_TITLE_SPAM = re.compile(r"^(?:【[^】]{1,10}】|\[[^\]]{1,10}\]|(?:独家|重磅|突发|快讯|首发)\s*[|丨｜:：]\s*)")
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
    candidates = ["utf-8"] + [_ENCODING_ALIASES.get(e.lower(), e.lower()) for e in declared] + ["gb18030"]
    for name in dict.fromkeys(candidates):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name != "utf-8" and not _plausible(text):
            continue
        return text, name
    raise ParseError("no encoding decodes the page cleanly (tried " + ", ".join(dict.fromkeys(candidates)) + ")")


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


def _parse_text(text: str, used: str, fetched_at, selectors) -> Article:
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"HTML cannot be parsed: {exc}") from exc
    found_by: dict[str, str] = {}
    selectors = selectors or {}
    meta = _meta(root)
    title = _select_text(root, selectors.get("title"))
    found_by["title"] = "selector" if title else "generic"
    title = title or _title(root, meta)
    body_node = _select_node(root, selectors.get("body"))
    found_by["text"] = "selector" if body_node is not None else "density"
    _clean(root)
    if body_node is None:
        body_node = best_body_node(root)
    body_text = _node_text(body_node, title) if body_node is not None else ""
    published = None
    raw_date = _select_text(root, selectors.get("published"))
    if raw_date:
        published = parse_date(raw_date, fetched_at)
        found_by["published"] = "selector"
    if published is None:
        published, how = _published(root, meta, fetched_at, body_node)
        found_by["published"] = how
    author = meta.get("author") or _author(root, body_node)
    return Article(title=title, text=body_text, published=published, author=author, encoding=used,
                   found_by=found_by)


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


def _select_node(root, css: str | None):
    if not css:
        return None
    try:
        nodes = root.cssselect(css)
    except Exception:  # a bad selector in a source entry must not stop the page
        return None
    return nodes[0] if nodes and nodes[0].text_content().strip() else None


def _select_text(root, css: str | None) -> str:
    node = _select_node(root, css)
    if node is None:
        return ""
    return (node.get("content") or node.get("datetime") or node.text_content()).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _title(root, meta: dict) -> str:
    page_title = _squash(root.findtext(".//title") or "")
    candidates = [meta.get("og:title"), meta.get("ld:headline"), meta.get("twitter:title")]
    for h in root.xpath("//h1|//h2"):
        candidates.append(h.text_content())
    page_parts = [p for p in _TITLE_SPLIT.split(page_title) if p]
    best_part = max(page_parts, key=len) if page_parts else ""
    for cand in candidates:
        cand = _squash(cand or "")
        if len(cand) >= 4 and (not page_title or _overlap(cand, page_title) >= 0.6):
            return _TITLE_SPAM.sub("", cand)
    return _TITLE_SPAM.sub("", best_part or page_title)


def _overlap(a: str, b: str) -> float:
    a_chars = set(re.sub(r"\s", "", a))
    return len(a_chars & set(b)) / len(a_chars) if a_chars else 0.0


def _clean(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if attrs and _NOISE_CLASS.search(attrs) and el.tag not in ("body", "html", "article"):
            if len(_PUNCT.findall(el.text_content())) < 10:
                el.drop_tree()


def best_body_node(root):
    """The element whose own paragraphs hold the most punctuated, unlinked text."""
    scores: dict = {}
    for el in root.iter("p", "div", "section", "td", "span", "li", "pre"):
        own = _own_text(el)
        if len(own) < 10:
            continue
        punct = len(_PUNCT.findall(own))
        score = len(own) * (1 + punct) ** 0.5
        parent = el.getparent()
        for node, weight in ((parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)):
            if node is not None and isinstance(node.tag, str):
                scores[node] = scores.get(node, 0.0) + score * weight
    if not scores:
        return root.find("body") if root.find("body") is not None else root
    best = max(scores, key=lambda n: scores[n] * (1 - _link_density(n)))
    return best


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


def _node_text(node, title: str) -> str:
    lines = []
    for chunk in _block_lines(node):
        line = _squash(chunk)
        if not line or _BOILERPLATE.match(line) or line == title:
            continue
        if lines and line == lines[-1]:
            continue
        lines.append(line)
    return "\n".join(lines)


def _block_lines(node) -> list[str]:
    out: list[str] = [""]

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            out.append("")
        if tag == "img":
            pass
        elif tag != "br":
            out[-1] += el.text or ""
        for child in el:
            walk(child)
            out[-1] += child.tail or ""
        if block:
            out.append("")

    walk(node)
    return [line for line in out if line.strip()]


def _published(root, meta: dict, fetched_at, body_node) -> tuple[datetime | None, str]:
    for key in ("article:published_time", "og:article:published_time", "ld:datepublished", "pubdate",
                "publishdate", "publish_date", "og:release_date", "datepublished", "weibo:article:create_at",
                "dc.date", "date", "sailthru.date", "parsely-pub-date", "og:updated_time"):
        if meta.get(key):
            found = parse_date(meta[key], fetched_at)
            if found:
                return found, f"meta:{key}"
    for el in root.iter("time"):
        found = parse_date(el.get("datetime") or el.text_content(), fetched_at)
        if found:
            return found, "time"
    text = _squash(root.find("body").text_content() if root.find("body") is not None else "")
    h1 = root.find(".//h1")
    start = 0
    if h1 is not None:
        idx = text.find(_squash(h1.text_content())[:10])
        start = max(0, idx)
    for window in (text[start:start + 800], text):
        m = _DATE_IN_TEXT.search(window)
        if m:
            found = parse_date(m.group(0), fetched_at)
            if found:
                return found, "text"
    return None, "none"


def _author(root, body_node) -> str | None:
    text = _squash(root.find("body").text_content()[:3000]) if root.find("body") is not None else ""
    m = _AUTHOR.search(text)
    return m.group(1) if m else None
