"""The SQLite event store: schema, dedup, queries. Imports no scrapy."""
from store.db import AddResult, EventStore, StoreError
from store.keys import company_key, investor_key
from store.urls import canonical_url

__all__ = ["AddResult", "EventStore", "StoreError", "canonical_url", "company_key", "investor_key"]
