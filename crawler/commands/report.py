"""`scrapy report`: the white-paper tables and charts for a period, from the store."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from sqlite_utils import Database

from crawler import defaults
from crawler.reporting import cjk_font, write_chart, write_csv, write_markdown
from store import EventStore, StoreError
from store.report import build_report

CHARTED = ("quarters", "round_groups", "provinces", "sectors")


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "--from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--sector S] [--region R]"

    def short_desc(self) -> str:
        return "Write the white-paper tables (CSV), charts (PNG) and report.md for a period"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
        parser.add_argument("--out", required=True, help="folder to write into (created)")
        parser.add_argument("--sector", help="only this sector (see extract/data/sectors.toml)")
        parser.add_argument("--region", help="only this province, e.g. 北京")
        parser.add_argument("--db", help="the store (default: RONGZI_DB)")

    def run(self, args: list[str], opts) -> None:
        for day in (opts.start, opts.end):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                raise UsageError(f"dates are YYYY-MM-DD, not {day!r}")
        path = opts.db or self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        try:
            EventStore(path).close()  # brings an older store up to date
        except StoreError as exc:
            print(f"report: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        report = build_report(Database(path), opts.start, opts.end, opts.sector, opts.region)
        out = Path(opts.out)
        out.mkdir(parents=True, exist_ok=True)
        font = cjk_font()
        if font is None:
            print("report: no font with Chinese glyphs found; chart labels will show as boxes", file=sys.stderr)
        charts = {name: write_chart(report.tables[name], out, font) for name in CHARTED if report.tables[name].rows}
        for table in report.tables.values():
            write_csv(table, out)
        write_markdown(report, out, charts)
        print(f"{len(report.events)} events from {opts.start} to {opts.end}: "
              f"{len(report.tables)} tables, {len(charts)} charts and report.md in {out}")
