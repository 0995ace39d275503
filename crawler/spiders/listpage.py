"""HTML list pages (投资界 newslist, 猎云网, 21世纪经济报道 channels)."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider


class ListSpider(SourceSpider):
    """Sources of kind list: item_selector finds entries; link, title and date selectors read them."""

    name = "list"
    kind = "list"

    @staticmethod
    def entries(response, source) -> list[dict]:
        if not hasattr(response, "css"):
            raise ValueError("not an HTML page")
        entries = []
        for item in response.css(source.item_selector or "a"):
            href = item.css(source.link_selector).get() if source.item_selector else item.attrib.get("href")
            if not href:
                continue
            title = " ".join(t.strip() for t in item.css(source.title_selector).getall()).strip()
            published = item.css(source.date_selector).get("").strip() if source.date_selector else ""
            entries.append({"url": response.urljoin(href.strip()), "title": title, "published": published})
        return entries
