"""`scrapy ingest`: the single writer of distributed mode; drains extracted articles from Redis into the store."""
from __future__ import annotations

import json
import sys
import time
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand

from crawler import defaults
from crawler.distributed import DEAD, ITEMS, PROCESSING, SEEN, connect, item_problem, redis_url
from store import EventStore, StoreError, canonical_url


def requeue_unfinished(redis) -> int:
    """Put back what a writer that died was committing (adding an article twice stores it once)."""
    moved = 0
    while redis.lmove(PROCESSING, ITEMS, "RIGHT", "RIGHT") is not None:
        moved += 1
    return moved


def seed_seen(redis, store: EventStore) -> int:
    """Publish every stored article URL, so workers do not fetch the archive again."""
    return sum(redis.sadd(SEEN, *urls) or 0 for urls in store.stored_urls())


def ingest_one(redis, store: EventStore, timeout: float) -> dict | None:
    """Take one item, commit it, then acknowledge it. Returns what was done, or None when the queue stayed empty."""
    payload = redis.blmove(ITEMS, PROCESSING, timeout, "RIGHT", "LEFT")
    if payload is None:
        return None
    try:
        item = json.loads(payload)
        problem = item_problem(item)
    except (ValueError, RecursionError) as exc:
        problem = f"not JSON: {exc}"
    if problem is None:
        article = item["article"]
        try:
            result = store.add_article(article, item["events"])  # one transaction
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a malformed field; store faults raise StoreError
            problem = f"malformed: {type(exc).__name__}: {str(exc)[:200]}"
    if problem is not None:
        return dead_letter(redis, payload, problem)
    redis.sadd(SEEN, canonical_url(article["url"]))
    redis.lrem(PROCESSING, 1, payload)  # acknowledged only after the commit
    return {"url": article["url"], "stored": result.stored, "events_new": result.events_new}


def dead_letter(redis, payload: str, reason: str) -> dict:
    """Move an item the writer cannot use to rongzi:items:dead with the reason, and say so in one line."""
    url = None
    try:
        url = json.loads(payload)["article"]["url"]
    except Exception:
        pass
    redis.lpush(DEAD, json.dumps({"reason": reason, "payload": payload}, ensure_ascii=False))
    redis.lrem(PROCESSING, 1, payload)
    where = str(url)[:200] if url else "(no url)"
    print(f"ingest: item {where} moved to {DEAD}: {reason[:300]}", file=sys.stderr, flush=True)
    return {"url": url, "stored": False, "dead": True, "events_new": 0}


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Drain articles crawled by distributed workers from Redis into the store (the single writer)"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--db", help="the store (default: RONGZI_DB)")
        parser.add_argument("--until-empty", action="store_true",
                            help="exit once the queue has stayed empty for --idle seconds (default: run until stopped)")
        parser.add_argument("--idle", type=float, default=5.0, help="seconds of empty queue before --until-empty exits")
        parser.add_argument("--pause", type=float, default=0.0, help="seconds to wait after each article")
        parser.add_argument("--seed", action="store_true", help="first publish every stored URL to the workers")

    def run(self, args: list[str], opts) -> None:
        url = redis_url(self.settings)
        if not url:
            print("ingest: set RONGZI_REDIS_URL (setting or environment variable)", file=sys.stderr)
            self.exitcode = 1
            return
        path = opts.db or self.settings.get("RONGZI_DB", defaults.RONGZI_DB)
        try:
            store = EventStore(path, merge_window_days=self.settings.getint(
                "RONGZI_MERGE_WINDOW_DAYS", defaults.RONGZI_MERGE_WINDOW_DAYS))
            redis = connect(url)
            redis.ping()
        except (StoreError, OSError) as exc:
            print(f"ingest: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        except Exception as exc:  # redis.ConnectionError and friends
            print(f"ingest: cannot reach Redis at {url}: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        try:
            if opts.seed:
                print(f"published {seed_seen(redis, store)} stored URLs", flush=True)
            moved = requeue_unfinished(redis)
            if moved:
                print(f"put back {moved} unfinished item(s) of an earlier writer", flush=True)
            stored = known = dead = 0
            while True:
                done = ingest_one(redis, store, timeout=opts.idle if opts.until_empty else 5)
                if done is None:
                    if opts.until_empty:
                        break
                    continue
                if done.get("dead"):
                    dead += 1
                    continue
                stored += done["stored"]
                known += not done["stored"]
                if opts.pause:
                    time.sleep(opts.pause)
            print(f"ingested: {stored} articles stored, {known} already known"
                  + (f", {dead} unusable moved to {DEAD}" if dead else ""), flush=True)
        except KeyboardInterrupt:
            print("ingest: stopped", file=sys.stderr)
        finally:
            store.close()
            redis.close()
