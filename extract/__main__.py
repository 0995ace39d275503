"""Command line: `python -m extract events [FILE]`, `python -m extract article FILE.html [--url URL]`.

events   reads JSON lines {"id", "title", "text"} (optional "published") from FILE
         or standard input and writes {"id", "events": [...]} per line, same order: exactly one
         output line per input line, {"id", "error", "events": []} for a line it cannot use.
article  prints the article of an HTML page as JSON {"title", "published", "author", "text"}.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import datetime

from extract.article import ParseError, parse
from extract.dates import CHINA, parse_date
from extract.text import clean_json, without_surrogates


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(value: float) -> float:
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{value} is out of range")
    return number


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite)
# Characters json.dumps leaves raw that a reader splitting lines on them (str.splitlines) would split on.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _text(value) -> str:
    return without_surrogates(value if isinstance(value, str) else str(value or ""))


def answer(line: bytes, number: int) -> dict:
    """The output object of one input line: its events, or an error saying why the line is not usable."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise ValueError("empty line")
    try:
        record = _DECODER.decode(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    record_id = clean_json(record.get("id"))
    published = record.get("published")
    if isinstance(published, bool) or not isinstance(published, (str, int, float, type(None))):
        raise ValueError("published is neither a date nor a number")
    when = parse_date(without_surrogates(published) if isinstance(published, str) else published, datetime.now(CHINA)) \
        if published not in (None, "") else None
    from extract.events import extract_events  # `article` needs none of the event rules

    events = extract_events(_text(record.get("title")), _text(record.get("text")), when)
    return {"id": record_id, "events": [e.to_dict() for e in events]}


def run_events(stream, out) -> int:
    """One output line per input line, in order: {"id", "events"} or {"id", "error", "events": []}.

    Lines are split on \\n only (a raw \\r inside a line stays in it) and read as bytes, so any input,
    binary or invalid UTF-8 included, gets its answer.
    """
    failures = 0
    for number, line in enumerate(_lines(stream), 1):
        try:
            result = answer(line, number)
        except Exception as exc:  # one bad line never ends the batch
            failures += 1
            reason = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"
            print(f"line {number}: {reason}", file=sys.stderr)
            result = {"id": _id_of(line), "error": f"line {number}: {without_surrogates(reason)}", "events": []}
        try:
            text = json.dumps(result, ensure_ascii=False, allow_nan=False)
        except ValueError as exc:  # a non-finite number in an event: say so on this line
            failures += 1
            text = json.dumps({"id": _id_of(line), "error": f"line {number}: {exc}", "events": []},
                              ensure_ascii=False)
        out.write((text.translate(_LINE_BREAKS) + "\n").encode("utf-8"))
        out.flush()
    return 1 if failures else 0


def _lines(stream):
    """Lines of a binary stream split on b"\\n" alone; a last line without \\n counts too."""
    rest = b""
    for chunk in iter(lambda: stream.read(65536), b""):
        rest += chunk
        *whole, rest = rest.split(b"\n")
        yield from whole
    if rest:
        yield rest


def _id_of(line: bytes):
    """The id of a line that failed, when it can still be read; else None."""
    try:
        record = json.loads(line.decode("utf-8"))
        return clean_json(record.get("id")) if isinstance(record, dict) else None
    except Exception:
        return None


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
                with open(args.file, "rb") as stream:
                    return run_events(stream, sys.stdout.buffer)
            except OSError as exc:
                print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
                return 2
        return run_events(sys.stdin.buffer, sys.stdout.buffer)
    return run_article(args.file, args.url, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
