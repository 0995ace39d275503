"""`scrapy reextract`: run event extraction again over every stored article and rebuild the events."""
from __future__ import annotations

import sys
from datetime import datetime
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand

from crawler import defaults
from extract.dates import CHINA, parse_date
from extract.events import extract_events
from extract.tags import with_tags
from store import EventStore, StoreError


def extract_row(row: dict) -> list[dict]:
    """The events of a stored article, with sector and province, as the current rules find them."""
    published = parse_date(row.get("published_at") or row.get("fetched_at"), datetime.now(CHINA))
    title, text = row.get("title") or "", row.get("text") or ""
    return with_tags([e.to_dict() for e in extract_events(title, text, published)], title, text)


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Re-run event extraction over stored articles and rebuild the events"

    def long_desc(self) -> str:
        return ("Re-run event extraction over every article in the store (RONGZI_DB) after the rules change. "
                "Events no article supports any more disappear, new ones appear, and reports of one deal are "
                "merged again. Prints what changed. Running it twice changes nothing the second time.")

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--db", help="the store (default: RONGZI_DB)")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def run(self, args: list[str], opts) -> None:
        path = opts.db or self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        window = self.settings.getint("RONGZI_MERGE_WINDOW_DAYS", defaults.RONGZI_MERGE_WINDOW_DAYS)
        try:
            store = EventStore(path, merge_window_days=window)
        except StoreError as exc:
            print(f"reextract: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        try:
            report = store.rebuild_events(extract_row, progress=lambda rows: _progress(rows, opts.quiet))
        finally:
            store.close()
        print(f"{report.articles} articles re-read: {len(report.added)} events added, {len(report.removed)} removed, "
              f"{len(report.changed)} with other sources, {report.unchanged} unchanged")
        for sign, events in (("+", report.added), ("-", report.removed), ("~", report.changed)):
            for company, round_norm in events:
                print(f"{sign} {company} {round_norm}")


def _progress(rows, quiet: bool):
    if quiet or not sys.stderr.isatty():
        return rows
    from tqdm import tqdm

    return tqdm(rows, desc="re-extracting", unit="article", file=sys.stderr)
