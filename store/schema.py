"""The store's tables and views, as named forward migrations."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("rongzi")

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
  (SELECT group_concat(name, '、') FROM (
     SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id
     WHERE ei.event_id = e.id AND ei.role = 'lead' ORDER BY ei.position)) AS lead_investors,
  (SELECT group_concat(name, '、') FROM (
     SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id
     WHERE ei.event_id = e.id AND ei.role = 'participant' ORDER BY ei.position)) AS investors,
  (SELECT group_concat(name, '、') FROM (
     SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id
     WHERE ei.event_id = e.id AND ei.role = 'advisor' ORDER BY ei.position)) AS advisors,
  (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources
FROM events e
"""


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


def migrate(db: Database) -> None:
    """Apply every migration the database has not seen yet."""
    migrations.apply(db)
