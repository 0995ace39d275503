"""The store's tables and views, as named forward migrations."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("rongzi")

def _names(role: str, column: str) -> str:
    """A view column listing an event's investors of one role, in the order articles named them."""
    return (f"(SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i"
            f" ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = '{role}' ORDER BY ei.position))"
            f" AS {column}")


INVESTOR_LISTS = ",\n  ".join(
    _names(role, column) for role, column in (("lead", "lead_investors"), ("participant", "investors"),
                                              ("advisor", "advisors")))

EVENTS_VIEW = """
CREATE VIEW events_view AS
SELECT
  e.id,
  e.company,
  e.round,
  e.round_norm,
  e.amount_text,
  e.currency,
  e.amount_low,
  e.amount_high,
  e.event_date,
  e.first_reported,
  {investor_lists},
  (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources
FROM events e
""".format(investor_lists=INVESTOR_LISTS)


@migrations()
def m001_initial(db: Database) -> None:
    db["articles"].create(
        {
            "id": int, "url": str, "source": str, "title": str, "published_at": str, "fetched_at": str,
            "text": str, "content_hash": str, "encoding": str,
        },
        pk="id", not_null={"url"},
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["content_hash"])
    db["article_urls"].create({"url": str, "article_id": int}, pk="url", foreign_keys=[("article_id", "articles")])
    db["events"].create(
        {
            "id": int, "company": str, "company_key": str, "round": str, "round_norm": str, "amount_text": str,
            "currency": str, "amount_low": float, "amount_high": float, "event_date": str,
            "first_reported": str, "last_reported": str,
        },
        pk="id", not_null={"company", "company_key", "round_norm"},
    )
    db["events"].create_index(["company_key", "round_norm"])
    db["event_sources"].create(
        {"event_id": int, "article_id": int, "evidence": str, "company": str, "round": str, "amount_text": str},
        pk=("event_id", "article_id"),
        foreign_keys=[("event_id", "events"), ("article_id", "articles")],
    )
    db["event_sources"].create_index(["article_id"])
    db["investors"].create({"id": int, "name": str, "name_key": str}, pk="id", not_null={"name", "name_key"})
    db["investors"].create_index(["name_key"], unique=True)
    db["event_investors"].create(
        {"event_id": int, "investor_id": int, "role": str, "position": int},
        pk=("event_id", "investor_id", "role"),
        foreign_keys=[("event_id", "events"), ("investor_id", "investors")],
    )
    db["event_investors"].create_index(["investor_id"])
    db.execute(EVENTS_VIEW)


@migrations()
def m002_crawls(db: Database) -> None:
    db["crawls"].create(
        {
            "id": int, "source": str, "spider": str, "pid": int, "started_at": str, "finished_at": str,
            "requests": int, "new_articles": int, "new_events": int, "errors": int, "blocked": int,
            "finish_reason": str,
        },
        pk="id",
    )
    db["crawls"].create_index(["source", "started_at"])
    db["crawl_locks"].create({"source": str, "pid": int, "host": str, "started_at": str}, pk="source")


@migrations()
def m003_article_listing(db: Database) -> None:
    """Structured data a source publishes next to an article (36氪 projectCard), as JSON."""
    db["articles"].add_column("listing", str)


INVESTOR_ACTIVITY_VIEW = """
CREATE VIEW investor_activity AS
SELECT i.id, i.name, s.deals, s.as_lead, s.as_sole, s.as_participant
FROM investor_stats s JOIN investors i ON i.id = s.investor_id
"""

EVENTS_VIEW_V2 = """
CREATE VIEW events_view AS
SELECT
  e.id,
  e.company,
  e.round,
  e.round_norm,
  e.amount_text,
  e.currency,
  e.amount_low,
  e.amount_high,
  e.amount_low * coalesce(r.cny, 1.0) AS amount_low_cny,
  e.amount_high * coalesce(r.cny, 1.0) AS amount_high_cny,
  e.event_date,
  e.first_reported,
  {investor_lists},
  (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
  (SELECT group_concat(url, ' ') FROM (
     SELECT a.url FROM event_sources s JOIN articles a ON a.id = s.article_id
     WHERE s.event_id = e.id ORDER BY a.id)) AS source_urls
FROM events e LEFT JOIN currency_rates r ON r.currency = coalesce(e.currency, 'CNY')
""".format(investor_lists=INVESTOR_LISTS)


@migrations()
def m004_dedup(db: Database) -> None:
    """Company aliases, conflicts, near-duplicate fingerprints, CNY rates, investor counters, full-text search."""
    from store.rates import CNY_PER_UNIT

    db["company_aliases"].create({"alias_key": str, "company_key": str, "alias": str}, pk="alias_key")
    db["conflicts"].create(
        {"id": int, "event_id": int, "other_event_id": int, "article_id": int, "field": str,
         "value": str, "other_value": str, "noted_at": str},
        pk="id", foreign_keys=[("event_id", "events"), ("article_id", "articles")],
    )
    db["conflicts"].create_index(["event_id"])
    db["article_fingerprints"].create(
        {"article_id": int, "simhash": int, "band0": int, "band1": int, "band2": int, "band3": int},
        pk="article_id", foreign_keys=[("article_id", "articles")],
    )
    for band in range(4):
        db["article_fingerprints"].create_index([f"band{band}"])
    db["currency_rates"].insert_all(({"currency": c, "cny": v} for c, v in CNY_PER_UNIT.items()), pk="currency")
    db["investor_stats"].create(
        {"investor_id": int, "deals": int, "as_lead": int, "as_sole": int, "as_participant": int},
        pk="investor_id", foreign_keys=[("investor_id", "investors")], defaults={
            "deals": 0, "as_lead": 0, "as_sole": 0, "as_participant": 0},
    )
    db["investor_stats"].create_index(["deals"])
    db["events"].create_index(["first_reported"])
    db.execute("DROP VIEW IF EXISTS events_view")
    db.execute(EVENTS_VIEW_V2)
    db.execute(INVESTOR_ACTIVITY_VIEW)
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="trigram")


@migrations()
def m005_crawl_progress(db: Database) -> None:
    """How far each run got into its source's index pages, so that the run after a killed one resumes."""
    db["crawls"].add_column("pages", int)


def schema_version() -> int:
    """The schema version this code writes: the number of migrations it knows."""
    return len(migrations._migrations)


def migrate(db: Database) -> None:
    """Apply every migration the database has not seen yet; PRAGMA user_version counts them."""
    migrations.apply(db)
    applied = len(migrations.applied(db))
    if db.execute("PRAGMA user_version").fetchone()[0] != applied:
        db.execute(f"PRAGMA user_version = {applied}")
