"""`rongzi …`: every Scrapy command and every command in crawler/commands/, from any directory.

`rongzi COMMAND [--db PATH] …` is `scrapy COMMAND …` run with the project's settings
(crawler.settings) wherever the user stands. The store is `--db`, else RONGZI_DB, else
./rongzi.db in the working directory.
"""
from __future__ import annotations

import os
import sys

from scrapy.cmdline import execute

SETTINGS_MODULE = "crawler.settings"


def pop_db(argv: list[str]) -> tuple[list[str], str | None]:
    """`argv` without its `--db PATH` / `--db=PATH`, and that path (the last one given)."""
    rest, db = [], None
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            db = next(args, None)
            if db is None:
                raise SystemExit("rongzi: --db needs a path")
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        else:
            rest.append(arg)
    return rest, db


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    args, db = pop_db(argv[1:])
    if db:
        os.environ["RONGZI_DB"] = db
    # The project's settings whatever scrapy.cfg the working directory has (or lacks); Scrapy
    # then counts as inside the project, so crawl, report, reextract, ingest … are all there.
    os.environ["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    execute(["rongzi", *args])


if __name__ == "__main__":
    main()
