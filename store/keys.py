"""Matching keys: the same company or investor written differently meets on one key."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES_SPACES = re.compile(r"[\s“”\"'‘’「」『』《》·・]")
_LEGAL_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团股份有限公司|集团有限公司|"
    r"inc\.?|ltd\.?|llc|limited|corp\.?|co\.,?ltd\.?|gmbh)$"
)
_PLACE_IN_PARENS = re.compile(r"[(（](?:北京|上海|深圳|杭州|广州|天津|重庆|成都|南京|苏州|武汉|西安|中国)[)）]")


@lru_cache(maxsize=65536)
def company_key(name: str) -> str:
    """A matching key for a company name: width, case, quotes and legal suffixes folded.

    '卡奥斯物联科技股份有限公司' and '卡奥斯物联科技' share a key; the displayed name stays as written.
    """
    key = unicodedata.normalize("NFKC", name or "").lower()
    key = _QUOTES_SPACES.sub("", key)
    key = _PLACE_IN_PARENS.sub("", key)
    for _ in range(2):
        key = _LEGAL_SUFFIX.sub("", key).rstrip(",.，")
    return key


def is_registered(name: str) -> bool:
    """True for a registered name: …有限公司, …Inc."""
    return bool(_LEGAL_SUFFIX.search(_QUOTES_SPACES.sub("", unicodedata.normalize("NFKC", name or "").lower())))


def investor_key(name: str) -> str:
    """A matching key for an investor name: width, case and spaces folded."""
    return _QUOTES_SPACES.sub("", unicodedata.normalize("NFKC", name or "").lower())
