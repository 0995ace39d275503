"""Distributed crawling on scrapy-redis: a shared request queue and duplicate filter in Redis, workers that
push extracted articles to a Redis list, and one writer (`scrapy ingest`) that drains it into the store.

Setting (or environment variable) RONGZI_REDIS_URL switches a crawl to this mode; without it nothing
here is used. Redis keys:

    rongzi:<spider>:requests     the shared request queue (scrapy-redis)
    rongzi:<spider>:dupefilter   fingerprints of requested URLs (scrapy-redis)
    rongzi:<spider>:run:<run>    set by the first worker of run <run>, which forgets the last run's fingerprints
    rongzi:<spider>:seeded:<run>:<sources>  set by the one worker that queues the start pages of these sources
    rongzi:items                 extracted articles with their events, waiting for the writer
    rongzi:items:processing      the item the writer is committing; put back if the writer dies
    rongzi:items:dead            items the writer cannot use, as {"reason", "payload"}; never retried
    rongzi:seen                  canonical URLs of stored articles (workers do not fetch them again)
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone

from store.urls import canonical_url

ITEMS = "rongzi:items"
PROCESSING = "rongzi:items:processing"
DEAD = "rongzi:items:dead"
SEEN = "rongzi:seen"


def redis_url(settings) -> str | None:
    return settings.get("RONGZI_REDIS_URL") or os.environ.get("RONGZI_REDIS_URL") or None


def run_id(settings) -> str:
    """Workers started for the same run share this id: RONGZI_RUN_ID, or by default the current hour (UTC),
    which suits workers that cron starts together every hour."""
    return (settings.get("RONGZI_RUN_ID") or os.environ.get("RONGZI_RUN_ID")
            or datetime.now(timezone.utc).strftime("%Y%m%d%H"))


def connect(url: str):
    import redis

    return redis.Redis.from_url(url, decode_responses=True)


def distributed_settings(settings, url: str) -> None:
    """Switch a crawl's settings to scrapy-redis and the Redis item queue."""
    settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority="spider")
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="spider")
    settings.set("SCHEDULER_PERSIST", True, priority="spider")
    settings.set("SCHEDULER_QUEUE_KEY", "rongzi:%(spider)s:requests", priority="spider")
    settings.set("SCHEDULER_DUPEFILTER_KEY", "rongzi:%(spider)s:dupefilter", priority="spider")
    settings.set("SCHEDULER_IDLE_BEFORE_CLOSE", 2, priority="spider")
    settings.set("REDIS_URL", url, priority="spider")
    settings.set("RONGZI_CRAWL_LOG", False, priority="spider")  # the crawls table lives with the writer
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    pipelines.pop("crawler.pipelines.StorePipeline", None)
    pipelines["crawler.pipelines.RedisQueuePipeline"] = 800
    settings.set("ITEM_PIPELINES", pipelines, priority="spider")


class RedisSeen:
    """The seen-store of a worker: stored article URLs, as the writer publishes them in Redis."""

    def __init__(self, url: str):
        self.redis = connect(url)

    def known_urls(self, urls: list[str]) -> set[str]:
        if not urls:
            return set()
        keys = [canonical_url(u) for u in urls]
        flags = self.redis.smismember(SEEN, keys)
        return {u for u, known in zip(urls, flags) if known}

    def claim_seeding(self, spider_name: str, run_id: str, sources: list[str], seconds: int = 2 * 86400) -> bool:
        """True for the one worker of run `run_id` that queues the start pages of these sources; every other
        worker of the run with the same sources takes requests from the shared queue. The first worker of the
        run, whatever its sources, forgets the previous run's fingerprints first."""
        if self.redis.set(f"rongzi:{spider_name}:run:{run_id}", os.getpid(), nx=True, ex=seconds):
            self.new_run(spider_name)
        key = f"rongzi:{spider_name}:seeded:{run_id}:{','.join(sorted(sources))}"
        return bool(self.redis.set(key, os.getpid(), nx=True, ex=seconds))

    def new_run(self, spider_name: str) -> None:
        """Forget the previous run's request fingerprints: a fetch that failed then is tried again."""
        self.redis.delete(f"rongzi:{spider_name}:dupefilter")

    def close(self) -> None:
        self.redis.close()


def to_json(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}")


def item_problem(item) -> str | None:
    """Why a queued item cannot be stored (not an object, no article URL, events not a list of objects),
    or None."""
    if not isinstance(item, dict):
        return f"not an object but {type(item).__name__}"
    article, events = item.get("article"), item.get("events")
    if not isinstance(article, dict):
        return "no article object"
    if not isinstance(article.get("url"), str) or not article["url"].strip():
        return "the article has no url"
    for name in ("title", "text", "source"):
        if article.get(name) is not None and not isinstance(article[name], str):
            return f"the article's {name} is not text"
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        return "events is not a list of objects"
    return None


def encode_item(article: dict, events: list[dict]) -> str:
    return json.dumps({"article": article, "events": events}, ensure_ascii=False, default=to_json)
