"""EventStore: articles and the financing events they report, deduplicated in SQLite."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from store import fingerprint as fp
from store import investors as parties
from store.keys import company_key, is_registered
from store.names import forms, head_agreeing, heads, is_head, starts_name, stated_names, stems
from store.rates import to_cny
from store.schema import migrate, schema_version
from store.urls import canonical_url

# Checkpoint policy. SQLite checkpoints the write-ahead log into the database file when a commit
# leaves it longer than wal_autocheckpoint pages (PASSIVE: never waits for readers). 1,000 pages
# (the default) checkpoints every few batches and rewrites the same index pages again and again.
# A batch of 5,000 reports into a million-event store dirties some 10,000 pages of the indexes keyed
# by company, name form and investor, so at 16,000 pages it checkpointed after nearly every batch;
# at 65,536 pages (256 MB) a checkpoint writes each hot page once for several batches.
# journal_size_limit cuts the log file back to that size afterwards, and the last connection to
# close checkpoints everything and removes the log. With synchronous=NORMAL only checkpoints sync
# the disk: a commit survives a killed process, a power cut may take back the last commits.
CHECKPOINT_PAGES = 65536
CACHE_KIB = 65536  # page cache per connection: the indexes of a million-event store stay in memory

ROLES = {"lead_investors": "lead", "investors": "participant", "advisors": "advisor"}
UNKNOWN_ROUND = "股权融资"
STRATEGIC = "战略投资"
UNKNOWN_TAG = "unknown"
# The columns of a stored event that merging a report reads: matching, then completing it
DEAL_COLUMNS = ("id", "round_norm", "round", "amount_text", "currency", "amount_low", "amount_high", "first_reported",
                "last_reported", "event_date", "sector", "province", "lead_basis")


# SQLite result codes (the primary code, sqlite3.Error.sqlite_errorcode & 0xff) by what a crawl does about them
_RETRY = {5: "locked", 6: "locked"}  # SQLITE_BUSY, SQLITE_LOCKED: another process holds the write lock
_FATAL = {8: "not writable", 10: "disk I/O error", 11: "corrupt", 13: "full", 14: "cannot open", 26: "not a database"}


class StoreError(RuntimeError):
    """The store cannot be opened or written. `url` is the article being written, if any.

    `kind` says what happened: "locked" (another writer held the store past the busy timeout:
    try again), one of the fatal kinds ("full", "not writable", "corrupt", "disk I/O error",
    "cannot open", "not a database", "newer schema": no write can succeed, stop), or "error".
    """

    def __init__(self, message: str, url: str | None = None, kind: str = "error", reason: str | None = None):
        super().__init__(message)
        self.url, self.kind, self.reason = url, kind, reason or message

    @property
    def locked(self) -> bool:
        return self.kind == "locked"

    @property
    def fatal(self) -> bool:
        return self.kind not in ("locked", "error")

    @classmethod
    def wrap(cls, exc: sqlite3.Error, path: str, url: str | None = None, what: str = "cannot use") -> "StoreError":
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        kind = _RETRY.get(code) or _FATAL.get(code) or "error"
        if kind == "error" and "locked" in str(exc):
            kind = "locked"
        what = f"cannot write {url} to" if url else what
        said = f"{exc}" if kind in ("error", "locked") or kind in str(exc) else f"{exc} ({kind})"
        return cls(f"{what} store {path}: {said}", url=url, kind=kind, reason=f"{kind}: {exc}")


@dataclass
class AddResult:
    """What adding one article did."""

    article_id: int | None
    stored: bool  # False when the article (or a near-duplicate of it) was already in the store
    events_new: int = 0
    events_merged: int = 0
    duplicate_of: int | None = None
    conflicts: int = 0


@dataclass
class RebuildReport:
    """What re-extraction changed: events (company, round) that appeared, disappeared or changed sources."""

    articles: int = 0
    added: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0


def content_hash(text: str) -> str:
    """Hash of the text with all white space removed (Chinese needs none)."""
    return hashlib.sha1("".join((text or "").split()).encode("utf-8")).hexdigest()


class EventStore:
    """The SQLite event store. One article is stored once; one deal is one event.

    Two reports are the same deal when the company matches (after folding spelling, or through
    an alias an article stated), the rounds are compatible (equal, or one side names none), the
    amounts are compatible (ranges overlap in CNY, or one side names none) and they were reported
    within `merge_window_days` of each other. Reports of the same company in the window that
    disagree on round or amount stay separate events and are recorded in `conflicts`.
    """

    def __init__(self, path: str | Path, merge_window_days: int = 60, busy_timeout_ms: int = 30000,
                 near_duplicates: bool = True, check: bool = True):
        """Open (and migrate) the store. Refuses, with StoreError, a file that is corrupt (PRAGMA
        quick_check, when `check`), not a database, of a newer schema than this code, or not writable."""
        self.path = str(path)
        self.merge_window = timedelta(days=merge_window_days)
        self.near_duplicates = near_duplicates
        self._locks: dict[str, int] = {}  # source → descriptor of its flock()ed lock file
        self._locked = False  # inside a transaction of _write_lock: no other process can commit
        self._version = self._changes = None  # PRAGMA data_version and total_changes the caches were checked at
        self._forget()
        try:
            self.db = Database(self.path)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if check and self.path != ":memory:":
                problem = self.db.execute("PRAGMA quick_check").fetchone()[0]
                if problem != "ok":
                    raise StoreError(f"store {self.path} is corrupt: {problem}", kind="corrupt", reason=problem)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > schema_version():
                raise StoreError(f"store {self.path} has schema version {version}, newer than this rongzi knows "
                                 f"({schema_version()}); upgrade rongzi", kind="newer schema")
            if self.path != ":memory:":
                self._enable_wal(busy_timeout_ms / 1000)
            # WAL with synchronous=NORMAL: a commit survives a killed process (kill -9, OOM); only a power
            # cut can take back the last commits, never corrupt the file. Checkpoints: see CHECKPOINT_PAGES.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            self.db.execute(f"PRAGMA journal_size_limit = {CHECKPOINT_PAGES * 4096}")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            with self._write_lock():
                migrate(self.db)
                self.sync_investor_aliases()
                self._backfill_company_forms()
                # a write that changes nothing: a store that cannot be written fails here, not mid-crawl
                self.db.execute(f"PRAGMA user_version = {self.db.execute('PRAGMA user_version').fetchone()[0]}")
        except sqlite3.Error as exc:
            raise StoreError.wrap(exc, self.path, what="cannot open") from exc

    def _enable_wal(self, timeout: float) -> None:
        """Switch a store to WAL, waiting up to `timeout` seconds for other connections.

        Changing the journal mode needs the file to itself, and SQLite answers "database is locked"
        at once, without the busy timeout, while another process opens the same new store."""
        deadline, pause = time.monotonic() + timeout, 0.01
        while True:
            try:
                self.db.enable_wal()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    def close(self) -> None:
        for source in list(self._locks):
            self._unlock(source)
        self.db.close()

    def _write_lock(self):
        """A transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE).

        A deferred transaction that reads and then writes fails at once with "database is
        locked" when another process committed in between, whatever the busy timeout; an
        immediate one waits for the lock (busy timeout) before reading anything. Inside a
        transaction already open, the block simply joins it.
        """
        import contextlib

        @contextlib.contextmanager
        def block():
            if self.db.conn.in_transaction:
                yield
                return
            self.db.execute("BEGIN IMMEDIATE")
            self._locked = True
            try:
                self._check_caches()
                yield
            except BaseException:
                self._forget()
                self.db.conn.rollback()
                raise
            else:
                try:
                    self.db.conn.commit()
                except BaseException:
                    self._forget()
                    raise
            finally:
                self._locked = False

        return block()

    # Cached lookups of the merge. The store is shared by concurrent crawls, so the caches hold only
    # while nothing but merge() on this connection wrote it: they are dropped when another connection
    # committed (PRAGMA data_version, read when a write lock is taken), when this connection wrote
    # anything else (total_changes moved between two merges) and on every rollback. A merge outside
    # a write lock (the caller's own transaction, which it may roll back) uses no cached lookup.

    def _forget(self, firms: bool = True) -> None:
        """Drop the cached lookups (`firms`: the curated firm keys and brands too)."""
        self._parties: dict[str, int] = {}  # investor name as written → party (only answers that cannot change)
        self._company_aliases: dict[str, str | None] = {}  # company key → key it is an alias of, None: not an alias
        self._no_company_aliases: bool | None = None  # the table is empty (None: not looked yet)
        if firms:
            self._firms = self._stems = None

    def _check_caches(self) -> None:
        conn = self.db.conn
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version or conn.total_changes != self._changes:
            self._forget()
            self._version, self._changes = version, conn.total_changes

    # Articles

    def has_article(self, url: str) -> bool:
        key = canonical_url(url)
        return self.db.execute("SELECT 1 FROM article_urls WHERE url = ?", [key]).fetchone() is not None

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

    def stored_urls(self, batch: int = 5000):
        """Every URL an article is stored under, in lists of `batch`."""
        cursor = self.db.execute("SELECT url FROM article_urls")
        while rows := cursor.fetchmany(batch):
            yield [url for (url,) in rows]

    def add_article(self, article: dict, events: list[dict]) -> AddResult:
        """Store an article and merge its events, all in one transaction.

        `article` has url, source, title, published_at, fetched_at, text (and optionally
        encoding, listing); `events` are extract.Event dicts, of which only current deals are
        stored. An article already stored under another URL, word for word or nearly
        (SimHash within 3 bits), is not stored again: its URL becomes an alias. A SQLite error
        raises StoreError carrying the URL; nothing of the article is written then.
        """
        simhash = self._simhash(article)  # jieba work, done before taking the write lock
        try:
            with self._write_lock():
                return self._add_article(article, events, simhash)
        except sqlite3.Error as exc:
            raise StoreError.wrap(exc, self.path, canonical_url(article["url"])) from exc

    def add_articles(self, batch: list[tuple[dict, list[dict]]]) -> list[AddResult | StoreError]:
        """Store several articles in one transaction: one commit for the batch.

        Each article is written in a savepoint of its own, so one that fails (its StoreError takes
        its place in the answer) leaves the others. A locked or unusable store (full, not
        writable, corrupt) raises StoreError for the whole batch, of which nothing is written.
        """
        results: list[AddResult | StoreError] = []
        simhashes = [self._simhash(article) for article, _ in batch]
        try:
            with self._write_lock():
                for (article, events), simhash in zip(batch, simhashes):
                    self.db.execute("SAVEPOINT article")
                    try:
                        results.append(self._add_article(article, events, simhash))
                    except Exception as exc:
                        self._forget()
                        if not self.db.conn.in_transaction:
                            raise
                        self.db.execute("ROLLBACK TO article")
                        if isinstance(exc, sqlite3.Error):
                            error = StoreError.wrap(exc, self.path, canonical_url(article["url"]))
                            if error.locked or error.fatal:
                                raise
                        else:
                            error = StoreError(f"cannot write {article['url']}: {exc!r}", url=article["url"],
                                               reason=repr(exc))
                        results.append(error)
                    finally:
                        if self.db.conn.in_transaction:
                            self.db.execute("RELEASE article")
        except sqlite3.Error as exc:
            raise StoreError.wrap(exc, self.path) from exc
        return results

    def fingerprint(self, article: dict) -> int:
        """The SimHash of an article (0 when near-duplicates are off); add_article takes it from
        article["simhash"] when given, so that a caller can compute it outside the write lock."""
        if not self.near_duplicates:
            return 0
        return fp.article_fingerprint(article)

    def _simhash(self, article: dict) -> int:
        given = article.get("simhash")
        return self.fingerprint(article) if given is None else given

    def _add_article(self, article: dict, events: list[dict], simhash: int) -> AddResult:
        url = canonical_url(article["url"])
        text = article.get("text", "")
        digest = content_hash(text)
        known = self.db.execute("SELECT article_id FROM article_urls WHERE url = ?", [url]).fetchone()
        if known:
            return AddResult(known[0], stored=False)
        same = self.db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND length(text) > 0", [digest]).fetchone()
        original = same[0] if same else (self._near_duplicate(simhash) if simhash else None)
        if original is not None and not same and not self._same_deals(original, events):
            original = None  # a templated page about another deal: similar words, different company
        if original is not None:
            self.db.execute("INSERT INTO article_urls (url, article_id) VALUES (?, ?)", [url, original])
            return AddResult(original, stored=False, duplicate_of=original)
        article_id = self.db.execute(
            "INSERT INTO articles (url, source, title, published_at, fetched_at, text, content_hash, encoding, listing)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [url, article.get("source"), article.get("title"), _iso(article.get("published_at")),
             _iso(article.get("fetched_at")), text, digest, article.get("encoding"),
             json.dumps(article["listing"], ensure_ascii=False) if article.get("listing") else None]).lastrowid
        self.db.execute("INSERT INTO article_urls (url, article_id) VALUES (?, ?)", [url, article_id])
        if simhash:
            self.db.execute(
                "INSERT INTO article_fingerprints (article_id, simhash, band0, band1, band2, band3)"
                " VALUES (?, ?, ?, ?, ?, ?)", [article_id, fp.to_sql(simhash), *fp.bands(simhash)])
        result = AddResult(article_id, stored=True)
        self._merge_events(article_id, _reported(article), events, result, f"{article.get('title') or ''}\n{text}")
        return result

    def _near_duplicate(self, simhash: int) -> int | None:
        bands = fp.bands(simhash)
        rows = self.db.execute(
            "SELECT article_id, simhash FROM article_fingerprints WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?",
            bands).fetchall()
        for article_id, other in rows:
            if fp.distance(simhash, fp.from_sql(other)) <= fp.MAX_DISTANCE:
                return article_id
        return None

    def _same_deals(self, article_id: int, events: list[dict]) -> bool:
        """True when every current deal of `events` names a company the stored article's deals name."""
        stored = {k for (k,) in self.db.execute(
            "SELECT e.company_key FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = ?",
            [article_id])}
        wanted = {self.company_key_of(e["company"]) for e in events
                  if e.get("kind", "current") == "current" and e.get("company")}
        return wanted <= stored

    def _merge_events(self, article_id: int, reported: str, events: list[dict], result: AddResult,
                      text: str = "") -> None:
        for event in events:
            if event.get("kind", "current") != "current" or not event.get("company"):
                continue
            stated = [n for n in stated_names(text, event["company"]) if n not in (event.get("company_aliases") or [])]
            if stated:  # 原名, 更名为, 旗下品牌: names the extractor does not give
                event = {**event, "company_aliases": [*(event.get("company_aliases") or []), *stated]}
            _, created, conflicts = self.merge(event, article_id, reported)
            result.conflicts += conflicts
            if created:
                result.events_new += 1
            else:
                result.events_merged += 1

    # Events

    def company_key_of(self, name: str) -> str:
        """The matching key of a company name, through the alias table."""
        key = company_key(name)
        row = self.db.conn.execute("SELECT company_key FROM company_aliases WHERE alias_key = ?", [key]).fetchone()
        return row[0] if row else key

    def _company_key_of(self, name: str) -> str:
        """company_key_of(), cached (see _forget)."""
        key = company_key(name)
        if self._no_company_aliases is None:
            self._no_company_aliases = self.db.conn.execute("SELECT 1 FROM company_aliases LIMIT 1").fetchone() is None
        if self._no_company_aliases:
            return key
        try:
            mapped = self._company_aliases[key]
        except KeyError:
            row = self.db.conn.execute("SELECT company_key FROM company_aliases WHERE alias_key = ?", [key]).fetchone()
            mapped = self._company_aliases[key] = row[0] if row else None
        return mapped or key

    def _learn_aliases(self, key: str, event: dict) -> None:
        """Remember the names an article gives the company (简称, legal name); the first mapping stays.

        A registered name is remembered with its brand too: 华志微创医疗科技(北京)有限公司 stated beside 华志医疗
        makes 华志微创 (the name without its trade words) 华志医疗 as well.
        """
        for alias in event.get("company_aliases") or []:
            alias_key = company_key(alias)
            keys = [alias_key] + ([s for s in stems(alias_key) if len(s) >= 3][:1] if is_registered(alias) else [])
            for other in keys:
                if other and other != key and len(other) >= 2:
                    self.db.conn.execute("INSERT OR IGNORE INTO company_aliases (alias_key, company_key, alias)"
                                         " VALUES (?, ?, ?)", [other, key, alias])
                    self._company_aliases.pop(other, None)
                    self._no_company_aliases = False

    def merge(self, event: dict, article_id: int, reported: str) -> tuple[int, bool, int]:
        """Attach `event` to the stored event of the same deal, or create one. Returns (id, created, conflicts).

        The hot path of a crawl and of re-extraction: plain parametrized SQL, a handful of
        statements per report (bench/store_speed.py measures it), on the connection itself, with the
        alias and investor lookups cached (see _forget).
        """
        conn = self.db.conn
        if not self._locked or conn.total_changes != self._changes:
            self._check_caches()
            if not self._locked:
                self._forget(firms=False)
        try:
            return self._merge(conn, event, article_id, reported)
        finally:
            self._changes = conn.total_changes

    def _merge(self, conn: sqlite3.Connection, event: dict, article_id: int, reported: str) -> tuple[int, bool, int]:
        key = self._company_key_of(event["company"])
        if key == company_key(event["company"]):
            for alias in event.get("company_aliases") or []:  # 卡奥斯物联科技股份有限公司 may be known already
                mapped = self._company_key_of(alias)
                if mapped != company_key(alias) or conn.execute(
                        "SELECT 1 FROM events WHERE company_key = ? LIMIT 1", [mapped]).fetchone():
                    key = mapped
                    break
        self._learn_aliases(key, event)
        backers = []
        for field_name, role in ROLES.items():
            for name in event.get(field_name) or []:
                investor_id = self._party(name)
                if investor_id is not None:
                    backers.append((investor_id, name, role))
        found, disagreeing, other_name = self._find_same_deal(key, event, reported,
                                                              {i for i, _, r in backers if r != "advisor"})
        created = found is None
        if created:
            event_id = conn.execute(
                "INSERT INTO events (company, company_key, round, round_norm, amount_text, currency, amount_low,"
                " amount_high, event_date, first_reported, last_reported, sector, province, lead_basis)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [event["company"], key, event.get("round"), event.get("round_norm") or UNKNOWN_ROUND,
                 event.get("amount_text"), event.get("currency"), event.get("amount_low"), event.get("amount_high"),
                 event.get("event_date"), reported or None, reported or None, event.get("sector"),
                 event.get("province"), event.get("lead_basis") if event.get("lead_investors") else None]).lastrowid
            links: dict[int, set[str]] = {}
        else:
            event_id = found[0]
            self._update_fields(event_id, event, reported, dict(zip(DEAL_COLUMNS, found)))
            links = {}
            for investor_id, role in conn.execute(
                    "SELECT investor_id, role FROM event_investors WHERE event_id = ?", [event_id]):
                links.setdefault(investor_id, set()).add(role)
        if created or other_name:  # the forms under which later reports find this deal
            # but a new event's own key, which the index of events.company_key holds already
            found = forms(key)[1:] if created else forms(key)
            if found:  # one statement for all of them: a name has one to a few forms
                conn.execute("INSERT OR IGNORE INTO company_forms (form, kind, event_id) VALUES "
                             + ", ".join(["(?, ?, ?)"] * len(found)),
                             [v for form, kind in found for v in (form, kind, event_id)])
        conn.execute(
            "INSERT OR IGNORE INTO event_sources (event_id, article_id, evidence, company, round, amount_text)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [event_id, article_id, event.get("evidence"), event["company"], event.get("round"), event.get("amount_text")])
        new_links: list[tuple[int, int, str, int]] = []
        for investor_id, _, role in backers:
            self._link_investor(event_id, investor_id, role, links, new_links)
        if new_links:  # one statement for the deal's new links
            conn.execute("INSERT OR IGNORE INTO event_investors (event_id, investor_id, role, position) VALUES "
                         + ", ".join(["(?, ?, ?, ?)"] * len(new_links)), [v for link in new_links for v in link])
        now = datetime.now().isoformat(timespec="seconds") if disagreeing else None
        for other_id, field_name, value, other_value in disagreeing:
            conn.execute(
                "INSERT INTO conflicts (event_id, other_event_id, article_id, field, value, other_value, noted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", [event_id, other_id, article_id, field_name, value, other_value, now])
        return event_id, created, len(disagreeing)

    def _find_same_deal(self, key: str, event: dict, reported: str,
                        backers: set[int]) -> tuple[tuple | None, list, bool]:
        """The event this report belongs to (its DEAL_COLUMNS), the same company's events it disagrees
        with, and whether the event found has another name.

        First the events of the same company key. Then events whose name is a short or long form
        of this one (names.forms: 格式塔 / 格式塔科技, RoboParty / RoboParty萝博派对): those need
        more of the deal to agree (amounts compatible, and one of the same named round, both amounts
        and a shared investor; two of them when the names only share a form, 星途教育 / 星途医疗),
        and a disagreement with them is no conflict.
        """
        round_norm = event.get("round_norm") or UNKNOWN_ROUND
        columns = f"SELECT {', '.join(DEAL_COLUMNS)} FROM events"
        window, params = self._window_sql(reported)
        rows = self.db.conn.execute(f"{columns} WHERE company_key = ?{window} ORDER BY id", [key, *params]).fetchall()
        disagreeing = []
        for row in rows:
            event_id, other_round, other_written, other_text, currency, low, high, first, last = row[:9]
            if not _within(reported, first, last, self.merge_window):
                continue
            rounds_agree = _rounds_agree(round_norm, other_round)
            amounts_agree = _amounts_overlap(event.get("amount_low"), event.get("amount_high"), event.get("currency"),
                                             low, high, currency)
            if rounds_agree and amounts_agree:
                return row, [], False
            if (not rounds_agree and self._strategic_same_deal(event, round_norm, other_round, low, high, currency,
                                                               event_id, backers)):
                return row, [], False
            if not rounds_agree and other_round.startswith("other:") is round_norm.startswith("other:"):
                disagreeing.append((event_id, "round", event.get("round") or round_norm, other_written or other_round))
            elif not amounts_agree and rounds_agree:
                disagreeing.append((event_id, "amount", event.get("amount_text"), other_text))
        related = self._related_events(key, {row[0] for row in rows}, window, params)
        if related:
            rows = self.db.conn.execute(
                f"{columns} WHERE id IN ({','.join('?' * len(related))}) ORDER BY id", sorted(related)).fetchall()
            for row in rows:
                event_id, other_round, _, _, currency, low, high, first, last = row[:9]
                if not _within(reported, first, last, self.merge_window):
                    continue
                amounts_agree = _amounts_overlap(event.get("amount_low"), event.get("amount_high"),
                                                 event.get("currency"), low, high, currency)
                if not amounts_agree:
                    continue
                if _rounds_agree(round_norm, other_round):
                    both_amounts = event.get("amount_low") is not None and low is not None
                    known_round = round_norm == other_round != UNKNOWN_ROUND
                    needed = related[event_id]
                    agreeing = known_round + both_amounts + (self._shares_backer(event_id, backers) if
                                                              known_round + both_amounts < needed else 0)
                    if agreeing >= needed:
                        return row, disagreeing, True
                elif self._strategic_same_deal(event, round_norm, other_round, low, high, currency, event_id, backers):
                    return row, disagreeing, True
        return None, disagreeing, False

    def _window_sql(self, reported: str) -> tuple[str, list[str]]:
        """The condition that keeps a company's events whose reports may lie within the merge window of
        `reported` (index idx_events_company_key_last_reported); _within() decides on each row it keeps.

        Rows without a report date, or with one that is no ISO date, are always kept, as _within keeps them."""
        day = _day(reported)
        if day is None:
            return "", []
        return (" AND (last_reported >= ? OR last_reported IS NULL"
                " OR last_reported NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')",
                [(day - self.merge_window).date().isoformat()])

    def _related_events(self, key: str, same_key: set[int], window: str = "", params: list | None = None) -> dict[int, int]:
        """Events under another key whose name is a short or long form of `key` → how many of the named
        round, both amounts and a shared backer must agree: 1 when one name is a form of the other
        (格式塔 / 格式塔科技), 2 when both share a form (星途教育 / 星途医疗), 3 when the two-character start of
        a four-character name meets the other's stem (土豆雅思 / 土豆教育).

        `same_key` are the ids of the events under `key` itself, which are left out. An event's own
        key is looked up in events (company_forms holds it only for the other names it was found under).
        So are the events whose key is a head of this one, or starts with this one (names.heads:
        地上铁 / 地上铁租车), kept to the merge window (`window`, `params` of _window_sql).
        """
        mine = forms(key)
        by_kind: dict[str, list[str]] = {}
        for form, kind in mine[1:]:
            by_kind.setdefault(kind, []).append(form)
        clauses, form_params = ["form = ?"], [key]
        # a stem meets a key, a stem or a four-character name's first two characters (土豆教育 / 土豆雅思): only
        # a key met says one name is a form of the other; the rest share a form, and more of the deal must agree
        for kind, allowed in (("stem", ("key", "stem", "prefix2")), ("part", ("key", "part", "stem")),
                              ("prefix2", ("key", "stem"))):
            if by_kind.get(kind):
                clauses.append(f"(form IN ({','.join('?' * len(by_kind[kind]))})"
                               f" AND kind IN ({','.join('?' * len(allowed))}))")
                form_params += [*by_kind[kind], *allowed]
        others = list(dict.fromkeys(form for form, _ in mine[1:]))  # each kind of form may meet a key
        head_needed = dict(heads(key))
        # one statement: events under another form of this key, under a head of it, under a longer key it
        # is a head of (LIMIT: a common start stays cheap), and the forms other events were found under
        parts, values = [], []
        if others:
            parts.append(f"SELECT id, company_key, 'form' FROM events WHERE company_key IN ({','.join('?' * len(others))})")
            values += others
        if head_needed:
            parts.append(f"SELECT id, company_key, 'head' FROM events"
                         f" WHERE company_key IN ({','.join('?' * len(head_needed))}){window}")
            values += [*head_needed, *(params or [])]
        if is_head(key):
            parts.append(f"SELECT * FROM (SELECT id, company_key, 'longer' FROM events"
                         f" WHERE company_key > ? AND company_key < ?{window} LIMIT 200)")
            values += [key, key + "\U0010ffff", *(params or [])]
        parts.append(f"SELECT event_id, form, kind FROM company_forms WHERE {' OR '.join(clauses)}")
        values += form_params
        found: dict[int, int] = {}
        for event_id, form, kind in self.db.conn.execute(" UNION ALL ".join(parts), values):
            if kind == "form":
                needed = 1  # this name's form is that event's key
            elif event_id in same_key:
                continue
            elif kind == "head":
                needed = head_needed[form]
            elif kind == "longer":
                if not starts_name(key, form):
                    continue  # 云星智医疗 and 云星智医疗3
                needed = head_agreeing(key)
            elif form == key or kind == "key":
                needed = 1
            elif kind == "prefix2" or (form in by_kind.get("prefix2", ()) and form not in by_kind.get("stem", ())):
                needed = 3  # a two-character start met a stem, from either side
            else:
                needed = 2
            found[event_id] = min(found.get(event_id, 3), needed)
        return found

    def _strategic_same_deal(self, event, round_norm, other_round, low, high, currency, event_id, backers) -> bool:
        """'Y战略投资X 1亿美元' and 'X完成1亿美元D1轮融资，由Y投资': a strategic round meets a lettered one
        when both name an amount, the amounts agree and the two reports share an investor."""
        if STRATEGIC not in (round_norm, other_round) or UNKNOWN_ROUND in (round_norm, other_round):
            return False
        if event.get("amount_low") is None or low is None:
            return False
        return (_amounts_overlap(event.get("amount_low"), event.get("amount_high"), event.get("currency"),
                                 low, high, currency) and self._shares_backer(event_id, backers))

    def _shares_backer(self, event_id: int, backers: set[int]) -> bool:
        if not backers:
            return False
        return self.db.conn.execute(
            f"SELECT 1 FROM event_investors WHERE event_id = ? AND role != 'advisor'"
            f" AND investor_id IN ({','.join('?' * len(backers))}) LIMIT 1", [event_id, *backers]).fetchone() is not None

    def _update_fields(self, event_id: int, event: dict, reported: str, row: dict) -> None:
        """Complete the stored event `row` (DEAL_COLUMNS, as _find_same_deal read it) from a new report."""
        update = {}
        if event.get("amount_text") and _more_specific(event, row):
            update.update({k: event.get(k) for k in ("amount_text", "currency", "amount_low", "amount_high")})
        if row["round_norm"] == UNKNOWN_ROUND and event.get("round_norm") not in (None, UNKNOWN_ROUND):
            update.update(round=event.get("round"), round_norm=event.get("round_norm"))
        if not row["event_date"] and event.get("event_date"):
            update["event_date"] = event["event_date"]
        basis = event.get("lead_basis") if event.get("lead_investors") else None
        if basis and row["lead_basis"] != "explicit" and (basis == "explicit" or not row["lead_basis"]):
            update["lead_basis"] = basis  # a source that says the lead led wins over one that names a sole backer
        for tag in ("sector", "province"):  # the first source that knows the tag gives it
            if row[tag] in (None, UNKNOWN_TAG) and event.get(tag) not in (None, UNKNOWN_TAG):
                update[tag] = event[tag]
        if reported:
            if not row["first_reported"] or reported < row["first_reported"]:
                update["first_reported"] = reported
            if not row["last_reported"] or reported > row["last_reported"]:
                update["last_reported"] = reported
        if update:
            self.db.conn.execute(f"UPDATE events SET {', '.join(f'{k} = ?' for k in update)} WHERE id = ?",
                            [*update.values(), event_id])

    def _link_investor(self, event_id: int, investor_id: int, role: str, links: dict[int, set[str]],
                       new: list[tuple[int, int, str, int]]) -> None:
        """Link an investor to a deal; a lead role wins over participant.

        `links` holds the deal's investor → roles, and is kept up to date here; the rows to insert
        are added to `new` (the caller writes them). Counts per investor are the investor_activity
        view over these rows.
        """
        roles = links.get(investor_id, set())
        if role in roles or (role == "participant" and "lead" in roles):
            return
        if role == "lead" and "participant" in roles:
            pending = next((i for i, link in enumerate(new) if link[1] == investor_id and link[2] == "participant"), None)
            if pending is None:
                self.db.conn.execute("DELETE FROM event_investors WHERE event_id = ? AND investor_id = ?"
                                     " AND role = 'participant'", [event_id, investor_id])
            else:
                del new[pending]
            roles.discard("participant")
        new.append((event_id, investor_id, role, sum(len(r) for r in links.values())))
        links.setdefault(investor_id, set()).add(role)

    def _backfill_company_forms(self) -> None:
        """A store from before company_forms gets the forms of its events' names once."""
        if self.db.execute("SELECT 1 FROM company_forms LIMIT 1").fetchone() or not self.db.execute(
                "SELECT 1 FROM events LIMIT 1").fetchone():
            return
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO company_forms (form, kind, event_id) VALUES (?, ?, ?)",
            ((form, kind, event_id) for event_id, key in self.db.execute("SELECT id, company_key FROM events").fetchall()
             for form, kind in forms(key)))

    # Investors

    def investor_id(self, name: str, create: bool = True) -> int | None:
        """The party an investor name stands for: through its aliases, the rules of store/investors.py,
        or a new party (with the name's keys as its aliases)."""
        return self._find_party(name, create)[0]

    def _party(self, name: str) -> int | None:
        """investor_id(), cached (see _forget)."""
        found = self._parties.get(name)
        if found is None:
            found, stable = self._find_party(name, True)
            if stable:
                self._parties[name] = found
        return found

    def _find_party(self, name: str, create: bool) -> tuple[int | None, bool]:
        """The party of `name`, and whether merge() alone can never change the answer: the name's first key
        is its alias (merge only adds aliases, so a party found through another key may be found
        through the first one later)."""
        keys = parties.variants(name)
        if not keys:
            return None, False
        conn = self.db.conn
        for i, key in enumerate(keys):
            row = conn.execute("SELECT investor_id FROM investor_aliases WHERE alias_key = ?", [key]).fetchone()
            if row:
                return row[0], i == 0
        for key in parties.without_places(keys):  # 深圳达晨创投: a curated firm with its city
            row = conn.execute("SELECT investor_id FROM investor_aliases WHERE alias_key = ?"
                               " AND source IN ('curated', 'manual')", [key]).fetchone()
            if row:
                return row[0], False
        firm = parties.fund_of(name, self._firm_keys())
        if firm is not None:
            investor_id = conn.execute("SELECT investor_id FROM investor_aliases WHERE alias_key = ?",
                                       [firm]).fetchone()[0]
        else:
            investor_id = next((self._firm_stems().get(st) for st in map(parties.stem, keys)
                                if st and self._firm_stems().get(st)), None)
        if investor_id is None:
            if not create:
                return None, False
            investor_id = conn.execute("INSERT INTO investors (name, name_key) VALUES (?, ?)",
                                       [name, keys[0]]).lastrowid
            source = "article"
        else:
            source = "rule"
        conn.executemany("INSERT OR IGNORE INTO investor_aliases (alias_key, investor_id, alias, source)"
                         " VALUES (?, ?, ?, ?)", [(k, investor_id, name, source) for k in keys])
        return investor_id, True  # keys[0] had no alias before: it now has this one

    def _firm_keys(self) -> list[str]:
        """Curated and manual alias keys, longest first (for funds of a firm): two Chinese characters or three Latin."""
        if getattr(self, "_firms", None) is None:
            self._firms = sorted((k for (k,) in self.db.execute(
                "SELECT alias_key FROM investor_aliases WHERE source IN ('curated', 'manual')")
                if len(k) >= 3 or (len(k) == 2 and all("\u4e00" <= c <= "\u9fff" for c in k))),
                key=len, reverse=True)
        return self._firms

    def _firm_stems(self) -> dict[str, int]:
        """Brand → party, for the brands of curated firm names that only one firm has (高瓴 is two: no entry)."""
        if getattr(self, "_stems", None) is None:
            stems: dict[str, int | None] = {}
            for group in parties.load_groups(str(parties.ALIASES)):
                short = parties.stem(parties.variants(group.name, split=False)[-1])
                row = self.db.execute("SELECT investor_id FROM investor_aliases WHERE alias_key = ?",
                                      [parties.variants(group.name, split=False)[0]]).fetchone()
                if short and row:
                    stems[short] = row[0] if stems.get(short, row[0]) == row[0] else None
            self._stems = {k: v for k, v in stems.items() if v is not None}
        return self._stems

    def sync_investor_aliases(self, path: str | Path = parties.ALIASES) -> None:
        """Make every group of the curated alias file one party, shown under the group's name."""
        self._firms = self._stems = None
        for group in parties.load_groups(str(path)):
            keys = [k for n in (group.name, *group.aliases) for k in parties.variants(n, split=False)]
            found = [r[0] for k in keys for r in self.db.execute(
                "SELECT investor_id FROM investor_aliases WHERE alias_key = ?", [k])]
            if not found:
                target = self.db.execute("INSERT INTO investors (name, name_key) VALUES (?, ?)",
                                         [group.name, keys[0]]).lastrowid
            else:
                target = found[0]
                for other in dict.fromkeys(found[1:]):
                    if other != target:
                        self._join_parties(other, target)
                self.db.execute("UPDATE investors SET name = ? WHERE id = ? AND name != ?", [group.name, target, group.name])
            for name in (group.name, *group.aliases):
                for k in parties.variants(name, split=False):
                    self.db.execute(
                        "INSERT INTO investor_aliases (alias_key, investor_id, alias, source) VALUES (?, ?, ?, 'curated')"
                        " ON CONFLICT(alias_key) DO UPDATE SET investor_id = excluded.investor_id,"
                        " source = CASE WHEN source = 'manual' THEN source ELSE 'curated' END"
                        " WHERE investor_id != excluded.investor_id OR source NOT IN ('curated', 'manual')",
                        [k, target, name])

    def merge_investors(self, name: str, other: str) -> tuple[str, list[str]]:
        """Join the investor `other` into `name` by hand (kept across re-extraction).

        Returns the name shown and all aliases of the joined party. Raises KeyError for a name
        no article gave.
        """
        with self._write_lock():
            target, source = self.investor_id(name, create=False), self.investor_id(other, create=False)
            for written, found in ((name, target), (other, source)):
                if found is None:
                    raise KeyError(written)
            if source != target:
                self._join_parties(source, target)
            self.db.execute("UPDATE investor_aliases SET source = 'manual' WHERE investor_id = ?", [target])
            self.db.execute("INSERT INTO investor_merges (name, into_name, merged_at) VALUES (?, ?, ?)",
                            [other, name, datetime.now().astimezone().isoformat(timespec="seconds")])
            self._firms = self._stems = None
        shown = self.db.execute("SELECT name FROM investors WHERE id = ?", [target]).fetchone()[0]
        return shown, self.investor_aliases(target)

    def investor_aliases(self, investor_id: int) -> list[str]:
        return sorted({a for (a,) in self.db.execute(
            "SELECT alias FROM investor_aliases WHERE investor_id = ?", [investor_id])})

    def _join_parties(self, source: int, target: int) -> None:
        """Move every deal and alias of investor `source` to `target`, then drop `source`."""
        self.db.execute("UPDATE OR IGNORE event_investors SET investor_id = ? WHERE investor_id = ?", [target, source])
        self.db.execute("DELETE FROM event_investors WHERE investor_id = ?", [source])
        self.db.execute("DELETE FROM event_investors WHERE investor_id = ? AND role = 'participant' AND event_id IN"
                        " (SELECT event_id FROM event_investors WHERE investor_id = ? AND role = 'lead')",
                        [target, target])
        self.db.execute("UPDATE investor_aliases SET investor_id = ? WHERE investor_id = ?", [target, source])
        self.db.execute("DELETE FROM investors WHERE id = ?", [source])

    def investor_list(self, limit: int | None = None) -> list[dict]:
        """Investors by deals, with their counts and aliases."""
        rows = [dict(r) for r in self.db.query(
            "SELECT i.id, i.name, coalesce(a.deals, 0) AS deals, coalesce(a.as_lead, 0) AS as_lead,"
            " (SELECT group_concat(alias, '、') FROM (SELECT DISTINCT alias FROM investor_aliases"
            "  WHERE investor_id = i.id AND alias != i.name ORDER BY alias)) AS aliases"
            " FROM investors i LEFT JOIN investor_activity a ON a.id = i.id ORDER BY deals DESC, i.name"
            + (f" LIMIT {int(limit)}" if limit else ""))]
        return rows

    # Re-extraction

    def rebuild_events(self, extract: Callable[[dict], list[dict]],
                       progress: Callable[[Iterable], Iterable] = lambda rows: rows) -> RebuildReport:
        """Run `extract` over every stored article again and rebuild the events from what it finds.

        Idempotent: a second rebuild with the same rules changes nothing. Events no article
        supports any more disappear, new ones appear, and reports of one deal meet again
        under the merge rules. One transaction: an interrupted rebuild leaves the old events.
        """
        try:
            return self._rebuild_events(extract, progress)
        except sqlite3.Error as exc:
            raise StoreError.wrap(exc, self.path) from exc

    def _rebuild_events(self, extract, progress) -> RebuildReport:
        before = self._event_signatures()
        report = RebuildReport()
        with self._write_lock():
            for table in ("conflicts", "event_investors", "event_sources", "company_forms", "company_aliases", "events"):
                self.db.execute(f"DELETE FROM {table}")
            articles = list(self.db.execute(
                "SELECT id, title, text, published_at, fetched_at FROM articles"
                " ORDER BY coalesce(published_at, fetched_at, ''), id").fetchall())
            for article_id, title, text, published, fetched in progress(articles):
                row = {"id": article_id, "title": title, "text": text, "published_at": published, "fetched_at": fetched}
                self._merge_events(article_id, _reported(row), extract(row), AddResult(article_id, stored=True),
                                   f"{title or ''}\n{text or ''}")
                report.articles += 1
        after = self._event_signatures()
        for key in sorted(set(before) | set(after)):
            if key not in before:
                report.added.append(key)
            elif key not in after:
                report.removed.append(key)
            elif before[key] != after[key]:
                report.changed.append(key)
            else:
                report.unchanged += 1
        return report

    def _event_signatures(self) -> dict[tuple[str, str], frozenset]:
        """(company, round) → the set of source articles, for comparing two versions of the events."""
        signatures: dict[tuple[str, str], set] = {}
        for company, round_norm, article_id in self.db.execute(
                "SELECT e.company, e.round_norm, s.article_id FROM events e"
                " LEFT JOIN event_sources s ON s.event_id = e.id"):
            signatures.setdefault((company, round_norm), set()).add(article_id)
        return {k: frozenset(v) for k, v in signatures.items()}

    # Crawl runs

    def acquire_lock(self, source: str, pid: int, host: str) -> dict | None:
        """Take the crawl lock of `source`; returns the holder's row instead when another run has it.

        The lock is flock() on `<store>.locks/<source>.lock`: the kernel drops it when the holding
        process dies, however it dies, so a dead run (or a reused PID) never blocks the next one.
        The `crawl_locks` row only says who holds it, for the message.
        """
        if source in self._locks:
            return None
        folder = Path(self.path + ".locks") if self.path != ":memory:" else None
        if folder is not None:
            folder.mkdir(exist_ok=True)
            fd = os.open(folder / (re.sub(r"[^\w.-]", "_", source) + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                row = self.db.execute("SELECT source, pid, host, started_at FROM crawl_locks WHERE source = ?",
                                      [source]).fetchone() or (source, "?", "?", "?")
                return {"source": row[0], "pid": row[1], "host": row[2], "started_at": row[3]}
            self._locks[source] = fd
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        self._write("INSERT OR REPLACE INTO crawl_locks (source, pid, host, started_at) VALUES (?, ?, ?, ?)",
                    [source, pid, host, now])
        return None

    def release_lock(self, source: str, pid: int) -> None:
        try:
            self._write("DELETE FROM crawl_locks WHERE source = ? AND pid = ?", [source, pid])
        finally:
            self._unlock(source)

    def _unlock(self, source: str) -> None:
        fd = self._locks.pop(source, None)
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock

    def _write(self, sql: str, params: list) -> int:
        try:
            with self._write_lock():
                return self.db.execute(sql, params).lastrowid
        except sqlite3.Error as exc:
            raise StoreError.wrap(exc, self.path) from exc

    def record_crawl(self, run: dict) -> int:
        """One row of the `crawls` table: a run of one source. Returns its id."""
        columns = list(run)
        return self._write(f"INSERT INTO crawls ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                           [run[c] for c in columns])

    def finish_crawl(self, crawl_id: int, fields: dict) -> None:
        """Complete the row a run wrote when it started (finished_at and finish_reason mark a run that ended)."""
        self._write(f"UPDATE crawls SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                    [*fields.values(), crawl_id])

    def reached_page(self, crawl_id: int, page: int) -> None:
        """Note that run `crawl_id` read index page `page` (before it requests the page's articles)."""
        self._write("UPDATE crawls SET pages = max(coalesce(pages, 0), ?) WHERE id = ?", [page, crawl_id])

    def resume_depth(self, source: str) -> int:
        """How deep into its index pages the unfinished runs of `source` got since its last finished run.

        A run killed (or stopped by a store error, a timeout …) at page 3 leaves articles of pages
        1–3 unfetched; the next run reads at least that far before the "page fully known" stop.
        """
        row = self.db.execute(
            "SELECT max(coalesce(pages, 0)) FROM crawls WHERE source = ? AND coalesce(finish_reason, '') != 'locked'"
            " AND id > coalesce((SELECT max(id) FROM crawls WHERE source = ? AND finish_reason = 'finished'), 0)",
            [source, source]).fetchone()
        return row[0] or 0

    # Queries

    def recent_crawls(self, source: str, limit: int = 20) -> list[dict]:
        """The latest runs of one source in the `crawls` table, newest first."""
        return list(self.db.query("SELECT * FROM crawls WHERE source = ? ORDER BY started_at DESC, id DESC LIMIT ?",
                                  [source, limit]))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("articles", "article_urls", "events", "event_sources", "investors", "event_investors", "conflicts")
        return {t: self.db[t].count for t in tables}

    def events(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM events_view ORDER BY id"))

    def search(self, words: str, limit: int = 20) -> list[dict]:
        """Articles whose title or text holds `words` (full-text, trigram: three characters or more)."""
        return list(self.db["articles"].search(words, columns=["id", "url", "title", "published_at"], limit=limit))


def _rounds_agree(round_norm: str, other: str) -> bool:
    """The same normalized round, or one side names none."""
    return round_norm == other or UNKNOWN_ROUND in (round_norm, other)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _reported(article: dict) -> str:
    return (_iso(article.get("published_at")) or _iso(article.get("fetched_at")) or "")[:10]


@lru_cache(maxsize=4096)
def _day(text: str | None) -> datetime | None:
    """The day an ISO date or timestamp names, None when it names none (report dates repeat: cached)."""
    try:
        return datetime.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _within(reported: str, first: str | None, last: str | None, window: timedelta) -> bool:
    if not reported or not first:
        return True
    day, lo, hi = _day(reported), _day(first), _day(last or first)
    if day is None or lo is None or hi is None:
        return True
    return lo - window <= day <= hi + window


def _amounts_overlap(low, high, currency, other_low, other_high, other_currency) -> bool:
    """Ranges overlap once both are in CNY (5% slack), or one side names no amount."""
    if low is None or other_low is None:
        return True
    a_low, b_low = to_cny(low, currency), to_cny(other_low, other_currency)
    a_high = to_cny(high, currency) if high is not None else float("inf")
    b_high = to_cny(other_high, other_currency) if other_high is not None else float("inf")
    return a_low <= b_high * 1.05 and b_low <= a_high * 1.05


def _more_specific(event: dict, row: dict) -> bool:
    """True when the new amount is narrower than the stored one (3亿元 beats 数亿元)."""
    if not row["amount_text"]:
        return True
    if row["currency"] is None and event.get("currency"):
        return True
    return _width(event.get("amount_low"), event.get("amount_high")) < _width(row["amount_low"], row["amount_high"])


def _width(low, high) -> float:
    if low is None:
        return float("inf")
    if high is None:
        return 1e30
    return high - low
