"""`scrapy sources`: each source of the registry with its kind, what it needs, whether it is enabled, and the
health of its last runs (the `crawls` table), so a scheduled user sees what broke and since when."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand

from crawler import defaults
from crawler.health import summary_line
from crawler.sources import SourceError, load_sources
from store import EventStore, StoreError

HISTORY = 50  # runs read to find since when a source is broken


def since_broken(runs: list[dict]) -> str | None:
    """The start of the oldest run in the unbroken series of latest runs that were not ok, or None."""
    since = None
    for run in runs:  # newest first
        if run.get("verdict") in (None, "ok", "locked"):
            break
        since = run["started_at"]
    return since


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--runs N]"

    def short_desc(self) -> str:
        return "List the sources: kind, what they need, enabled, and the verdicts and counts of their last runs"

    def long_desc(self) -> str:
        return ("List every source of the registry (RONGZI_SOURCES) with its kind, what it requires (browser, "
                "signature, token), whether `scrapy crawl news` crawls it (and why not), and its last runs from "
                "the store (RONGZI_DB): verdict (ok, empty, drift, blocked, failed), index pages and statuses, "
                "items, refused links, new articles, articles with no text, block pages.")

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--runs", type=int, default=3, metavar="N", help="runs shown per source (default 3)")

    def run(self, args, opts) -> None:
        try:
            sources = load_sources(self.settings.get("RONGZI_SOURCES", defaults.RONGZI_SOURCES))
        except SourceError as exc:
            print(f"sources: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        path = self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        history: dict[str, list[dict]] = {}
        if Path(path).exists():
            try:
                store = EventStore(path)
            except StoreError as exc:
                print(f"sources: {exc}", file=sys.stderr)
                self.exitcode = 1
                return
            try:
                history = {s.name: store.recent_crawls(s.name, max(HISTORY, opts.runs)) for s in sources}
            finally:
                store.close()
        width = max(len(s.name) for s in sources) if sources else 0
        for source in sources:
            state = "enabled" if source.enabled else "disabled"
            needs = f"requires {source.requires}" if source.requires else "needs nothing"
            line = f"{source.name:<{width}}  {source.kind:<8} {state:<9} {needs}"
            if not source.enabled and source.reason:
                line += f": {source.reason}"
            runs = history.get(source.name, [])
            since = since_broken(runs)
            if since:
                line += f"  (not ok since {since})"
            print(line)
            if source.enabled and not runs:
                print("    no run recorded")
            for run in runs[:opts.runs]:
                if run.get("verdict") is None:
                    print(f"    {run['started_at']}  {run['finish_reason']} (recorded before health was kept)")
                else:
                    print(f"    {run['started_at']}  {summary_line(source.name, run).split(': ', 1)[1]}")
