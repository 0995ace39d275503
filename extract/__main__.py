"""Command line: `python -m extract events [FILE]`, `python -m extract article FILE.html [--url URL]`.

events   reads JSON lines {"id", "title", "text"} (optional "published") from FILE
         or standard input and writes {"id", "events": [...]} per line, same order.
article  prints the article of an HTML page as JSON {"title", "published", "author", "text"}.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from extract.article import ParseError, parse
from extract.dates import CHINA, parse_date


def run_events(stream, out) -> int:
    from extract.events import extract_events  # not imported for `article`, which needs none of it

    failures = 0
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            print(f"line {number}: not a JSON object: {exc}", file=sys.stderr)
            out.write(json.dumps({"id": None, "error": f"line {number}: {exc}", "events": []}) + "\n")
            failures += 1
            continue
        published = parse_date(record.get("published"), datetime.now(CHINA)) if record.get("published") else None
        events = extract_events(str(record.get("title") or ""), str(record.get("text") or ""), published)
        out.write(json.dumps({"id": record.get("id"), "events": [e.to_dict() for e in events]},
                             ensure_ascii=False) + "\n")
    return 1 if failures else 0


def run_article(path: str, url: str | None, out) -> int:
    try:
        with open(path, "rb") as f:
            body = f.read()
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        article = parse(body, url=url, fetched_at=datetime.now(CHINA))
    except ParseError as exc:
        print(f"cannot parse {path}: {exc}", file=sys.stderr)
        return 1
    out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    events = sub.add_parser("events", help="financing events from JSON lines of articles")
    events.add_argument("file", nargs="?", help="JSON lines file (default: standard input)")
    article = sub.add_parser("article", help="title, time, author and body of an HTML page")
    article.add_argument("file", help="HTML file")
    article.add_argument("--url", help="the page's URL")
    args = parser.parse_args(argv)
    if args.command == "events":
        if args.file:
            try:
                with open(args.file, encoding="utf-8") as stream:
                    return run_events(stream, sys.stdout)
            except OSError as exc:
                print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
                return 2
        return run_events(sys.stdin, sys.stdout)
    return run_article(args.file, args.url, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
