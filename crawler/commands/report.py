"""`scrapy report`: the white-paper tables, charts, report.md and report.html for a period, from the store."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from sqlite_utils import Database

from crawler import defaults
from crawler.reporting import (cjk_font, footnote, write_chart, write_csv, write_html,
                               write_investor_chart, write_markdown)
from extract.tags import province_names, sector_names
from store import EventStore, StoreError
from store.report import UNKNOWN, build_report, store_period

CHARTED = {"quarters": False, "round_groups": False, "provinces": True, "sectors": True}  # name → horizontal bars


def check_day(day: str | None) -> str | None:
    """Why `day` is not a day (YYYY-MM-DD, a real date), or None."""
    if day is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return f"dates are YYYY-MM-DD, not {day!r}"
    try:
        date.fromisoformat(day)
    except ValueError as exc:
        return f"{day} is not a date ({exc})"
    return None


def check_choice(kind: str, value: str | None, names: list[str]) -> str | None:
    if value is None or value in names:
        return None
    return f"unknown {kind} {value!r}; one of: {'、'.join(names)}"


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out DIR] [--sector S] [--region R] [--db PATH]"

    def short_desc(self) -> str:
        return "Write the white-paper tables (CSV), charts (PNG), report.md and report.html for a period"

    def long_desc(self) -> str:
        return ("Write the white-paper tables, charts, report.md and a self-contained report.html for the events "
                "first reported in a period (default: the whole store) into --out (default: "
                "./report-<from>-<to>/). An impossible date, an unknown sector or region is one line and exit 1.")

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--from", dest="start", help="first day, YYYY-MM-DD (default: the store's first)")
        parser.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: the store's last)")
        parser.add_argument("--out", help="folder to write into, created (default: ./report-<from>-<to>)")
        parser.add_argument("--sector", help=f"only this sector: {'、'.join(sector_names())} or {UNKNOWN}")
        parser.add_argument("--region", help=f"only this province, e.g. 北京, or {UNKNOWN}")
        parser.add_argument("--db", help="the store (default: RONGZI_DB)")

    def fail(self, message: str) -> None:
        print(f"report: {message}", file=sys.stderr)
        self.exitcode = 1

    def run(self, args: list[str], opts) -> None:
        problem = (check_day(opts.start) or check_day(opts.end)
                   or check_choice("sector", opts.sector, [*sector_names(), UNKNOWN])
                   or check_choice("region", opts.region, [*province_names(), UNKNOWN]))
        if problem:
            return self.fail(problem)
        path = opts.db or self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        try:
            EventStore(path).close()  # brings an older store up to date
        except StoreError as exc:
            return self.fail(str(exc))
        db = Database(path)
        try:
            self.write(db, opts)
        finally:
            db.close()

    def write(self, db: Database, opts) -> None:
        start, end = opts.start, opts.end
        if not (start and end):
            period = store_period(db)
            if period is None and not (start or end):
                return self.fail(f"{opts.db or self.settings.get('RONGZI_DB')} holds no events yet; "
                                 "crawl first (crawl news, or crawl demo)")
            start = start or (period[0] if period else end)
            end = end or (period[1] if period else start)
        if start > end:
            return self.fail(f"--from {start} is after --to {end}")
        report = build_report(db, start, end, opts.sector, opts.region)
        out = Path(opts.out or f"report-{start}-{end}")
        out.mkdir(parents=True, exist_ok=True)
        font = cjk_font()
        if font is None:
            print("report: no font with Chinese glyphs found; chart labels will show as boxes", file=sys.stderr)
        note = footnote(report)
        charts = {name: write_chart(report.tables[name], out, font, note, horizontal)
                  for name, horizontal in CHARTED.items() if report.tables[name].rows}
        if report.tables["investors"].rows:
            charts["investors"] = write_investor_chart(report.tables["investors"], out, font, note)
        for table in report.tables.values():
            write_csv(table, out)
        write_markdown(report, out, charts)
        write_html(report, out, charts, font)
        print(f"{len(report.events)} events from {start} to {end}: "
              f"{len(report.tables)} tables, {len(charts)} charts, report.md and report.html in {out}")
