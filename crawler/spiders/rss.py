"""RSS and Atom feeds (36氪 feed-newsflash)."""
from __future__ import annotations

from lxml import etree

from crawler.spiders.base import Drift, SourceSpider

_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


def parse_xml(body: bytes):
    """An XML tree, refusing documents that declare entities (no entity expansion, no bombs)."""
    if b"<!ENTITY" in body[:8192] or b"<!entity" in body[:8192]:
        raise ValueError("the document declares XML entities; refused")
    try:
        root = etree.fromstring(body, parser=_SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not an XML document: {exc}") from exc
    if root is None:
        raise ValueError("not an XML document")
    return root


def feed_entries(body: bytes) -> list[dict]:
    """(url, title, published) of each item in an RSS or Atom feed."""
    root = parse_xml(body)
    if root.tag.rsplit("}", 1)[-1] not in ("rss", "feed", "RDF"):
        raise Drift(f"not a feed (<{root.tag}>)")
    entries = []
    for node in root.iter("{*}item", "{*}entry"):
        link = (node.findtext("{*}link") or "").strip()
        if not link:
            el = node.find("{*}link")
            link = el.get("href", "") if el is not None else ""
        entries.append({
            "url": link.strip(),
            "title": (node.findtext("{*}title") or "").strip(),
            "published": (node.findtext("{*}pubDate") or node.findtext("{*}published")
                          or node.findtext("{*}updated") or "").strip(),
        })
    return entries


class RssSpider(SourceSpider):
    """Sources of kind rss."""

    name = "rss"
    kind = "rss"

    @staticmethod
    def entries(response, source) -> list[dict]:
        return [dict(e, url=response.urljoin(e["url"])) if e["url"] else e for e in feed_entries(response.body)]
