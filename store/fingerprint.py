"""Near-duplicate articles: a 64-bit SimHash over jieba words, banded for lookup in SQL."""
from __future__ import annotations

import re
from functools import lru_cache

from simhash import Simhash

BANDS = 4  # four 16-bit bands: two texts within 3 bits of each other share at least one band
MAX_DISTANCE = 3

_NOISE = re.compile(r"[\s\d，。、；：！？“”‘’（）《》【】,.;:!?()\[\]\"'-]+")


def fingerprint(text: str) -> int:
    """SimHash of the article's word bigrams; boilerplate lines and numbers change it little.

    Single words make unrelated financing stories look alike (融资, 完成, 领投 everywhere);
    bigrams keep them apart. On finvest-news, pairs within 3 bits are the same text.
    """
    words = [w for w in _jieba().lcut(_NOISE.sub(" ", text or ""), HMM=False) if w.strip()]
    shingles = [f"{a}|{b}" for a, b in zip(words, words[1:])] or words
    return Simhash(shingles).value if shingles else 0


def article_fingerprint(article: dict) -> int:
    """The fingerprint of an article record: its title and text."""
    return fingerprint(f"{article.get('title', '')}\n{article.get('text', '')}")


@lru_cache(maxsize=1)
def _jieba():
    """jieba, imported on first use: a process that stores fingerprints computed elsewhere never needs it."""
    import jieba

    jieba.setLogLevel(60)  # once: setting a logger's level clears every logger's cache
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary now (about a second), not in the middle of a crawl."""
    _jieba().initialize()


def bands(value: int) -> list[int]:
    return [(value >> (16 * i)) & 0xFFFF for i in range(BANDS)]


def distance(a: int, b: int) -> int:
    return bin((a ^ b) & ((1 << 64) - 1)).count("1")


def to_sql(value: int) -> int:
    """SQLite integers are signed 64-bit."""
    return value - (1 << 64) if value >= 1 << 63 else value


def from_sql(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
