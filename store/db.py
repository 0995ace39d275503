"""EventStore: articles and the financing events they report, deduplicated in SQLite."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from store.keys import company_key, investor_key
from store.schema import migrate
from store.urls import canonical_url

ROLES = {"lead_investors": "lead", "investors": "participant", "advisors": "advisor"}


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


@dataclass
class AddResult:
    """What adding one article did."""

    article_id: int | None
    stored: bool  # False when the article was already in the store
    events_new: int = 0
    events_merged: int = 0


def content_hash(text: str) -> str:
    """Hash of the text with all white space removed (Chinese needs none)."""
    return hashlib.sha1("".join((text or "").split()).encode("utf-8")).hexdigest()


class EventStore:
    """The SQLite event store. One article is stored once; one deal is one event.

    `merge_window_days`: two reports of the same company and round this many
    days apart or less are the same deal.
    """

    def __init__(self, path: str | Path, merge_window_days: int = 90, busy_timeout_ms: int = 30000):
        self.path = str(path)
        self.merge_window = timedelta(days=merge_window_days)
        try:
            self.db = Database(self.path)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if self.path != ":memory:":
                self.db.enable_wal()
            migrate(self.db)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    # Articles

    def has_article(self, url: str) -> bool:
        key = canonical_url(url)
        row = self.db.execute("SELECT 1 FROM article_urls WHERE url = ?", [key]).fetchone()
        return row is not None

    def known_urls(self, urls: list[str]) -> set[str]:
        """Those of `urls` (as given) whose canonical form is stored; one query per call, nothing cached."""
        by_key: dict[str, list[str]] = {}
        for url in urls:
            by_key.setdefault(canonical_url(url), []).append(url)
        known: set[str] = set()
        keys = list(by_key)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(
                f"SELECT url FROM article_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            for (key,) in rows:
                known.update(by_key[key])
        return known

    def add_article(self, article: dict, events: list[dict]) -> AddResult:
        """Store an article and merge its events, all in one transaction.

        `article` has url, source, title, published_at, fetched_at, text;
        `events` are extract.Event dicts; only current deals are stored.
        """
        url = canonical_url(article["url"])
        digest = content_hash(article.get("text", ""))
        with self.db.atomic():
            known = self.db.execute("SELECT article_id FROM article_urls WHERE url = ?", [url]).fetchone()
            if known:
                return AddResult(known[0], stored=False)
            same = self.db.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND length(text) > 0", [digest]).fetchone()
            if same:
                self.db["article_urls"].insert({"url": url, "article_id": same[0]})
                return AddResult(same[0], stored=False)
            article_id = self.db["articles"].insert({
                "url": url,
                "source": article.get("source"),
                "title": article.get("title"),
                "published_at": _iso(article.get("published_at")),
                "fetched_at": _iso(article.get("fetched_at")),
                "text": article.get("text", ""),
                "content_hash": digest,
                "encoding": article.get("encoding"),
                "listing": json.dumps(article["listing"], ensure_ascii=False) if article.get("listing") else None,
            }).last_pk
            self.db["article_urls"].insert({"url": url, "article_id": article_id})
            result = AddResult(article_id, stored=True)
            reported = (_iso(article.get("published_at")) or _iso(article.get("fetched_at")) or "")[:10]
            for event in events:
                if event.get("kind", "current") != "current" or not event.get("company"):
                    continue
                _, created = self.merge(event, article_id, reported)
                if created:
                    result.events_new += 1
                else:
                    result.events_merged += 1
            return result

    # Events

    def merge(self, event: dict, article_id: int, reported: str) -> tuple[int, bool]:
        """Attach `event` to the stored event for the same deal, or create one. Returns (id, created)."""
        key = company_key(event["company"])
        event_id = self._find_same_deal(key, event.get("round_norm") or "股权融资", reported)
        created = event_id is None
        if created:
            event_id = self.db["events"].insert({
                "company": event["company"],
                "company_key": key,
                "round": event.get("round"),
                "round_norm": event.get("round_norm") or "股权融资",
                "amount_text": event.get("amount_text"),
                "currency": event.get("currency"),
                "amount_low": event.get("amount_low"),
                "amount_high": event.get("amount_high"),
                "event_date": event.get("event_date"),
                "first_reported": reported or None,
                "last_reported": reported or None,
            }).last_pk
        else:
            self._update_fields(event_id, event, reported)
        self.db["event_sources"].insert({
            "event_id": event_id, "article_id": article_id, "evidence": event.get("evidence"),
            "company": event["company"], "round": event.get("round"), "amount_text": event.get("amount_text"),
        }, ignore=True)
        for field, role in ROLES.items():
            for name in event.get(field) or []:
                self._link_investor(event_id, name, role)
        return event_id, created

    def _find_same_deal(self, key: str, round_norm: str, reported: str) -> int | None:
        rows = self.db.execute(
            "SELECT id, round_norm, first_reported, last_reported FROM events WHERE company_key = ?"
            " ORDER BY id", [key]).fetchall()
        for event_id, other_round, first, last in rows:
            if other_round != round_norm and "股权融资" not in (other_round, round_norm):
                continue
            if _within(reported, first, last, self.merge_window):
                return event_id
        return None

    def _update_fields(self, event_id: int, event: dict, reported: str) -> None:
        row = self.db["events"].get(event_id)
        update = {}
        if event.get("amount_text") and _more_specific(event, row):
            update.update({k: event.get(k) for k in ("amount_text", "currency", "amount_low", "amount_high")})
        if row["round_norm"] == "股权融资" and event.get("round_norm") not in (None, "股权融资"):
            update.update(round=event.get("round"), round_norm=event.get("round_norm"))
        if not row["event_date"] and event.get("event_date"):
            update["event_date"] = event["event_date"]
        if reported:
            if not row["first_reported"] or reported < row["first_reported"]:
                update["first_reported"] = reported
            if not row["last_reported"] or reported > row["last_reported"]:
                update["last_reported"] = reported
        if update:
            self.db["events"].update(event_id, update)

    def _link_investor(self, event_id: int, name: str, role: str) -> None:
        key = investor_key(name)
        if not key:
            return
        found = self.db.execute("SELECT id FROM investors WHERE name_key = ?", [key]).fetchone()
        investor_id = found[0] if found else self.db["investors"].insert({"name": name, "name_key": key}).last_pk
        if role == "lead":
            self.db.execute("DELETE FROM event_investors WHERE event_id = ? AND investor_id = ? AND role = 'participant'",
                            [event_id, investor_id])
        elif self.db.execute("SELECT 1 FROM event_investors WHERE event_id = ? AND investor_id = ? AND role = 'lead'",
                             [event_id, investor_id]).fetchone():
            return
        position = self.db.execute("SELECT count(*) FROM event_investors WHERE event_id = ?", [event_id]).fetchone()[0]
        self.db["event_investors"].insert(
            {"event_id": event_id, "investor_id": investor_id, "role": role, "position": position}, ignore=True)

    # Crawl runs

    def acquire_lock(self, source: str, pid: int, host: str) -> dict | None:
        """Take the crawl lock of `source`; returns the live holder's row instead when another process has it."""
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        with self.db.atomic():
            row = self.db.execute("SELECT source, pid, host, started_at FROM crawl_locks WHERE source = ?",
                                  [source]).fetchone()
            if row and row[1] != pid and (row[2] != host or _alive(row[1])):
                return {"source": row[0], "pid": row[1], "host": row[2], "started_at": row[3]}
            self.db["crawl_locks"].insert({"source": source, "pid": pid, "host": host, "started_at": now},
                                          replace=True)
        return None

    def release_lock(self, source: str, pid: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM crawl_locks WHERE source = ? AND pid = ?", [source, pid])

    def record_crawl(self, run: dict) -> None:
        """One row of the `crawls` table: a run of one source."""
        with self.db.atomic():
            self.db["crawls"].insert(run)

    # Queries

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("articles", "article_urls", "events", "event_sources", "investors", "event_investors")
        return {t: self.db[t].count for t in tables}

    def events(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM events_view ORDER BY id"))


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _within(reported: str, first: str | None, last: str | None, window: timedelta) -> bool:
    if not reported or not first:
        return True
    try:
        day = datetime.fromisoformat(reported[:10])
        lo = datetime.fromisoformat(first[:10]) - window
        hi = datetime.fromisoformat((last or first)[:10]) + window
    except ValueError:
        return True
    return lo <= day <= hi


def _more_specific(event: dict, row: dict) -> bool:
    """True when the new amount is narrower than the stored one (3亿元 beats 数亿元)."""
    if not row["amount_text"]:
        return True
    if row["currency"] is None and event.get("currency"):
        return True
    new = _width(event.get("amount_low"), event.get("amount_high"))
    old = _width(row["amount_low"], row["amount_high"])
    return new < old


def _width(low, high) -> float:
    if low is None:
        return float("inf")
    if high is None:
        return 1e30
    return high - low
