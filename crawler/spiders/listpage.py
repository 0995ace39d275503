"""HTML list pages (投资界 newslist, 猎云网 archives)."""
from __future__ import annotations

from crawler.spiders.base import Drift, SourceSpider


def first_match(node, selectors: list[str]) -> str:
    """The first value one of `selectors` (alternatives in order) extracts from `node`, or ''."""
    for css in selectors:
        value = " ".join(t.strip() for t in node.css(css).getall()).strip()
        if value:
            return value
    return ""


class ListSpider(SourceSpider):
    """Sources of kind list: item_selector finds entries; link, title and date selectors read them.

    Each selector may be a list of alternatives. When no item selector matches, or the items hold no
    link, the page raises Drift and the source falls back to generic link discovery.
    """

    name = "list"
    kind = "list"

    @staticmethod
    def entries(response, source) -> list[dict]:
        if not hasattr(response, "css"):
            raise ValueError("not an HTML page")
        if not source.item_selector:
            return [{"url": response.urljoin(a.attrib["href"].strip()), "title": first_match(a, ["::text"]),
                     "published": ""} for a in response.css("a[href]")]
        items = next((found for css in source.item_selector if (found := response.css(css))), [])
        if not items:
            raise Drift(f"no item matches {' or '.join(source.item_selector)}")
        entries = []
        for item in items:
            href = next((v for css in source.link_selector if (v := item.css(css).get())), None)
            if not href:
                continue
            entries.append({"url": response.urljoin(href.strip()), "title": first_match(item, source.title_selector),
                            "published": first_match(item, source.date_selector)})
        if not entries:
            raise Drift(f"{len(items)} items match but no link in them matches {' or '.join(source.link_selector)}")
        return entries
