"""The health of each source in a run, from the crawl's stats: counts, a verdict, one summary line.

Verdicts, first match wins:
  blocked  a block or challenge page came back
  failed   no index page could be read (fetch errors, non-2xx answers, unreadable documents)
  empty    index pages were read and held no item, or only items whose links are refused
  drift    the configured selectors or paths matched nothing; generic link discovery was used
  ok       otherwise
"""
from __future__ import annotations

VERDICTS = ("ok", "empty", "drift", "blocked", "failed")
BAD = ("failed", "blocked")


def source_health(stats, name: str) -> dict:
    """The health columns of one source's `crawls` row, read from the stats of the run."""
    prefix = f"rongzi/source/{name}/"

    def get(key: str) -> int:
        return stats.get_value(prefix + key, 0)

    statuses = {key[len(prefix + "index_status/"):]: value for key, value in stats.get_stats().items()
                if key.startswith(prefix + "index_status/")}
    health = {
        "index_pages": get("index_pages"),
        "index_statuses": " ".join(f"{code}×{n}" for code, n in sorted(statuses.items())),
        "items_found": get("items"),
        "refused_pattern": get("refused_pattern"),
        "refused_domain": get("refused_domain") + get("refused_unsafe"),
        "no_text": get("no_text"),
        "blocked": get("blocked"),
        "drift_pages": get("drift"),
    }
    if health["blocked"]:
        verdict = "blocked"
    elif not get("index_read"):
        verdict = "failed"
    elif health["items_found"] <= health["refused_pattern"] + health["refused_domain"]:
        verdict = "empty"  # no item, or none that may be followed
    elif health["drift_pages"]:
        verdict = "drift"
    else:
        verdict = "ok"
    health["verdict"] = verdict
    return health


def summary_line(name: str, run: dict) -> str:
    """One line for the end of the run: `source pedaily: ok; index pages 3 (200×3), items 30, …`."""
    return (f"source {name}: {run['verdict']}; index pages {run['index_pages']}"
            f" ({run['index_statuses'] or 'no answer'}), items {run['items_found']}, refused {run['refused_pattern']}"
            f" by pattern and {run['refused_domain']} by domain, new articles {run.get('new_articles', 0)},"
            f" no text {run['no_text']}, block pages {run['blocked']}")
