"""Every RONGZI_* setting's default, in one place.

A setting (in settings.py, on the command line with -s, or for RONGZI_DB in
the environment) overrides a default only when present.
"""
from pathlib import Path

RONGZI_DB = "rongzi.db"  # the SQLite store, relative to the working directory
RONGZI_MERGE_WINDOW_DAYS = 60  # reports of one company and compatible round this close are one deal
RONGZI_SOURCES = str(Path(__file__).with_name("sources.toml"))  # the source registry
RONGZI_FIXTURES = str(Path(__file__).resolve().parent.parent / "fixtures" / "html")  # the offline demo site
RONGZI_OVERLAP_PAGES = 1  # stop paginating a source after this many index pages whose entries are all known
RONGZI_RETRY_AFTER_TIMES = 3  # retries of a 429 / 503 answer
RONGZI_RETRY_AFTER_MAX = 600  # longest wait, in seconds, before retrying a 429 / 503
RONGZI_BACKOFF_BASE = 5  # first wait, in seconds, when a 429 / 503 gives no Retry-After; doubles each time
RONGZI_BUSY_TIMEOUT_MS = 30000  # how long a write waits for another process holding the store's lock
RONGZI_RETRY_AFTER_SKIP = 600  # a Retry-After longer than this, in seconds, skips the source for the rest of the run
RONGZI_MAX_LINKS_PER_PAGE = 500  # article links taken from one index page; the rest are counted and left
RONGZI_PUBLIC_HOSTS: list[str] = []  # test knob: host:port pairs treated as public although internal
RONGZI_COMMIT_ITEMS = 100  # articles written per transaction (one commit) at most
RONGZI_COMMIT_SECONDS = 1.0  # and at least this often; an article is known to the store once committed
RONGZI_STORE_RETRIES = 3  # more tries of a batch that found the store locked (after 0.5 s, 1 s, 2 s)
RONGZI_EXTRACT_PROCESSES = 1  # worker processes extracting pages beside the crawl; 0 extracts in the crawl process
