"""`scrapy investors list` and `scrapy investors merge A B`: the investor parties of the store."""
from __future__ import annotations

import sys
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler import defaults
from store import EventStore, StoreError


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "list [--top N] | merge NAME OTHER"

    def short_desc(self) -> str:
        return "List investors with their aliases, or join two investors by hand"

    def long_desc(self) -> str:
        return ("list: investors by number of deals, with every other name articles gave them. "
                "merge NAME OTHER: OTHER becomes an alias of NAME; their deals are counted once, under NAME. "
                "A merge is kept in the store and survives `scrapy reextract`.")

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--db", help="the store (default: RONGZI_DB)")
        parser.add_argument("--top", type=int, default=50, help="list: how many investors (default 50; 0 for all)")

    def run(self, args: list[str], opts) -> None:
        if not args or args[0] not in ("list", "merge") or (args[0] == "merge" and len(args) != 3) or (
                args[0] == "list" and len(args) != 1):
            raise UsageError("give `list`, or `merge NAME OTHER`")
        path = opts.db or self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        try:
            store = EventStore(path)
        except StoreError as exc:
            print(f"investors: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        try:
            if args[0] == "list":
                for row in store.investor_list(opts.top or None):
                    aliases = f"  ({row['aliases']})" if row["aliases"] else ""
                    print(f"{row['deals']:>5} deals {row['as_lead']:>4} lead  {row['name']}{aliases}")
                return
            try:
                shown, aliases = store.merge_investors(args[1], args[2])
            except KeyError as exc:
                print(f"investors: no investor named {exc.args[0]} in {path}", file=sys.stderr)
                self.exitcode = 1
                return
            print(f"{args[2]} merged into {shown}; aliases: {'、'.join(a for a in aliases if a != shown)}")
        finally:
            store.close()
