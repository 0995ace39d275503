"""The store's tables and views, as named forward migrations."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("rongzi")

# Each migration's SQL is frozen text: editing a view later means a new migration, never an edit here.

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
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'lead' ORDER BY ei.position)) AS lead_investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'participant' ORDER BY ei.position)) AS investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'advisor' ORDER BY ei.position)) AS advisors,
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
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'lead' ORDER BY ei.position)) AS lead_investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'participant' ORDER BY ei.position)) AS investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'advisor' ORDER BY ei.position)) AS advisors,
  (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
  (SELECT group_concat(url, ' ') FROM (
     SELECT a.url FROM event_sources s JOIN articles a ON a.id = s.article_id
     WHERE s.event_id = e.id ORDER BY a.id)) AS source_urls
FROM events e LEFT JOIN currency_rates r ON r.currency = coalesce(e.currency, 'CNY')
"""


M004_RATES = {  # store/rates.py as it was when m004 was written
    "CNY": 1.0, "USD": 6.73, "EUR": 7.08, "HKD": 0.86, "JPY": 0.0512, "GBP": 8.30, "SGD": 4.88,
    "KRW": 0.0052, "AUD": 4.67, "CAD": 5.17, "INR": 0.0856, "CHF": 7.05, "RUB": 0.098, "THB": 0.192,
    "TWD": 0.226,
}


@migrations()
def m004_dedup(db: Database) -> None:
    """Company aliases, conflicts, near-duplicate fingerprints, CNY rates, investor counters, full-text search."""
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
    db["currency_rates"].insert_all(({"currency": c, "cny": v} for c, v in M004_RATES.items()), pk="currency")
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



EVENTS_VIEW_V3 = """
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
  coalesce(e.sector, 'unknown') AS sector,
  coalesce(e.province, 'unknown') AS province,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'lead' ORDER BY ei.position)) AS lead_investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'participant' ORDER BY ei.position)) AS investors,
  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'advisor' ORDER BY ei.position)) AS advisors,
  (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
  (SELECT group_concat(url, ' ') FROM (
     SELECT a.url FROM event_sources s JOIN articles a ON a.id = s.article_id
     WHERE s.event_id = e.id ORDER BY a.id)) AS source_urls
FROM events e LEFT JOIN currency_rates r ON r.currency = coalesce(e.currency, 'CNY')
"""

INVESTOR_ACTIVITY_VIEW_V2 = """
CREATE VIEW investor_activity AS
SELECT i.id, i.name, b.deals, b.as_lead, b.as_sole, b.deals - b.as_lead AS as_participant
FROM (
  SELECT investor_id, count(*) AS deals, sum(lead) AS as_lead, sum(backers = 1) AS as_sole
  FROM (
    SELECT ei.investor_id, max(ei.role = 'lead') AS lead,
      (SELECT count(DISTINCT x.investor_id) FROM event_investors x
       WHERE x.event_id = ei.event_id AND x.role != 'advisor') AS backers
    FROM event_investors ei WHERE ei.role != 'advisor' GROUP BY ei.event_id, ei.investor_id)
  GROUP BY investor_id) b
JOIN investors i ON i.id = b.investor_id
"""


@migrations()
def m006_tags_and_parties(db: Database) -> None:
    """Sector and province per event; investors as parties with aliases; investor counts as a view over the facts."""
    db.execute("ALTER TABLE events ADD COLUMN sector TEXT")
    db.execute("ALTER TABLE events ADD COLUMN province TEXT")
    db.execute("CREATE INDEX idx_events_sector ON events (sector)")
    db.execute("CREATE INDEX idx_events_province ON events (province)")
    db.execute("CREATE TABLE investor_aliases (alias_key TEXT PRIMARY KEY, investor_id INTEGER NOT NULL"
               " REFERENCES investors(id), alias TEXT NOT NULL, source TEXT NOT NULL)")
    db.execute("CREATE INDEX idx_investor_aliases_investor_id ON investor_aliases (investor_id)")
    db.execute("INSERT INTO investor_aliases (alias_key, investor_id, alias, source)"
               " SELECT name_key, id, name, 'article' FROM investors")
    db.execute("CREATE TABLE investor_merges (id INTEGER PRIMARY KEY, name TEXT NOT NULL, into_name TEXT NOT NULL,"
               " merged_at TEXT NOT NULL)")
    db.execute("CREATE TABLE company_forms (form TEXT NOT NULL, kind TEXT NOT NULL, event_id INTEGER NOT NULL"
               " REFERENCES events(id), PRIMARY KEY (form, kind, event_id))")
    db.execute("CREATE INDEX idx_company_forms_event_id ON company_forms (event_id)")
    db.execute("DROP VIEW IF EXISTS investor_activity")
    db.execute("DROP TABLE IF EXISTS investor_stats")
    db.execute("DROP VIEW IF EXISTS events_view")
    db.execute(EVENTS_VIEW_V3)
    db.execute(INVESTOR_ACTIVITY_VIEW_V2)


@migrations()
def m007_source_health(db: Database) -> None:
    """The health of each source in each run (crawler/health.py): index pages and their HTTP statuses,
    items found, links refused, articles with no text, index pages read by link discovery, a verdict."""
    for column, kind in (("index_pages", int), ("index_statuses", str), ("items_found", int),
                         ("refused_pattern", int), ("refused_domain", int), ("no_text", int), ("drift_pages", int),
                         ("verdict", str)):
        db["crawls"].add_column(column, kind)


EVENTS_VIEW_V4 = EVENTS_VIEW_V3.replace(
    "  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'participant'",
    "  e.lead_basis,\n  (SELECT group_concat(name, '、') FROM (SELECT i.name FROM event_investors ei JOIN investors i ON i.id = ei.investor_id WHERE ei.event_id = e.id AND ei.role = 'participant'")


@migrations()
def m008_lead_basis(db: Database) -> None:
    """Why an event's leads are leads: 'explicit' (the text says they led) or 'sole' (the round's only backer)."""
    db.execute("ALTER TABLE events ADD COLUMN lead_basis TEXT")
    db.execute("DROP VIEW IF EXISTS investor_activity")
    db.execute("DROP VIEW IF EXISTS events_view")
    db.execute(EVENTS_VIEW_V4)  # events_view first: Datasette lists the views in the order they were made
    db.execute(INVESTOR_ACTIVITY_VIEW_V2)


INVESTOR_ACTIVITY_VIEW_V3 = """
CREATE VIEW investor_activity AS
SELECT i.id, i.name, b.deals, b.as_lead, b.as_sole, b.deals - b.as_lead AS as_participant
FROM (
  SELECT investor_id, count(*) AS deals, sum(lead) AS as_lead, sum(backers = 1) AS as_sole
  FROM (
    SELECT investor_id, lead, count(*) OVER (PARTITION BY event_id) AS backers
    FROM (SELECT event_id, investor_id, max(role = 'lead') AS lead FROM event_investors
          WHERE role != 'advisor' GROUP BY event_id, investor_id))
  GROUP BY investor_id) b
JOIN investors i ON i.id = b.investor_id
"""


@migrations()
def m009_investor_activity_window(db: Database) -> None:
    """investor_activity counts a deal's backers once per deal (a window over its links), not once per link."""
    db.execute("DROP VIEW IF EXISTS investor_activity")
    db.execute(INVESTOR_ACTIVITY_VIEW_V3)


@migrations()
def m010_same_deal_index(db: Database) -> None:
    """Events by company and last report: the same-deal lookup reads only a company's events near the report's date."""
    db.execute("DROP INDEX IF EXISTS idx_events_company_key_round_norm")
    db.execute("CREATE INDEX idx_events_company_key_last_reported ON events (company_key, last_reported)")


def schema_version() -> int:
    """The schema version this code writes: the number of migrations it knows."""
    return len(migrations._migrations)


def migrate(db: Database) -> None:
    """Apply every migration the database has not seen yet; PRAGMA user_version counts them."""
    migrations.apply(db)
    applied = len(migrations.applied(db))
    if db.execute("PRAGMA user_version").fetchone()[0] != applied:
        db.execute(f"PRAGMA user_version = {applied}")
