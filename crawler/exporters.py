"""`-o deals.csv`: one row per event, with the article it comes from; cells a spreadsheet shows as text."""
from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exporters import CsvItemExporter

from crawler.reporting import escape_csv

ARTICLE_COLUMNS = ("url", "source", "title", "published")
EVENT_COLUMNS = ("company", "round", "round_norm", "amount_text", "currency", "amount_low", "amount_high",
                 "lead_investors", "investors", "advisors", "event_date", "kind", "confidence", "evidence")
LIST_SEPARATOR = "、"


class EventCsvItemExporter(CsvItemExporter):
    """Scrapy's CSV exporter, flattened: an ArticleExport gives one row per event and none without events.

    Investor lists are joined with 、; cells beginning with = + - @ tab or CR get a leading '.
    Other items are written as Scrapy would.
    """

    def __init__(self, file, **kwargs):
        kwargs.setdefault("fields_to_export", [*ARTICLE_COLUMNS, *EVENT_COLUMNS])
        super().__init__(file, **kwargs)

    def export_item(self, item) -> None:
        adapter = ItemAdapter(item)
        if "events" not in adapter.field_names():
            return super().export_item(item)
        article = {name: adapter.get(name) for name in ARTICLE_COLUMNS}
        for event in adapter["events"]:
            row = {**article, **{name: event.get(name) for name in EVENT_COLUMNS}}
            super().export_item({name: escape_csv(LIST_SEPARATOR.join(value) if isinstance(value, list) else value)
                                 for name, value in row.items()})
        return None
