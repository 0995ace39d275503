"""Chinese dates in news pages: absolute, relative to the fetch time, epoch, RFC 2822.

`parse_date(text, base)` returns a timezone-aware datetime in Asia/Shanghai,
or None. `base` is the fetch time; relative forms (3小时前, 昨天 10:30) count
from it, and a date written without a year takes the latest year that does
not put it after `base`.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


_CN_DIGIT = "〇零一二三四五六七八九十"
_CN_DATE = re.compile(rf"([{_CN_DIGIT}]{{4}})年([{_CN_DIGIT}]{{1,3}})月([{_CN_DIGIT}]{{1,3}})[日号]")
_FULL = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?"
    r"(?:\s*T?\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)
_NO_YEAR = re.compile(
    r"(?<!\d)(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*[日号]?(?:\s+(?P<H>\d{1,2})[:：](?P<M>\d{2}))?(?![\d/-])"
)
_AGO = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十半]+)\s*(?P<unit>秒|分钟|小时|天|日|周|个月|月|年)前")
_DAY_WORD = re.compile(r"(?P<word>今天|今日|昨天|昨日|前天|前日)\s*(?:(?P<H>\d{1,2})[:：](?P<M>\d{2}))?")
_EPOCH = re.compile(r"^\s*(?P<n>\d{10}|\d{13})(?:\.\d+)?\s*$")
_RFC2822 = re.compile(r"^[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}")
_ISO = re.compile(r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$")
_UNIT_SECONDS = {"秒": 1, "分钟": 60, "小时": 3600, "天": 86400, "日": 86400, "周": 7 * 86400,
                 "个月": 30 * 86400, "月": 30 * 86400, "年": 365 * 86400}


def parse_date(text: str | int | float | None, base: datetime | None = None) -> datetime | None:
    """The first date in `text`, in China time; None when there is none."""
    if text is None:
        return None
    base = _aware(base or datetime.now(CHINA))
    if isinstance(text, (int, float)):
        return _epoch(int(text)) if math.isfinite(text) else None
    text = str(text).strip()
    if not text:
        return None
    for parse in (_parse_epoch, _parse_iso, _parse_rfc2822, _parse_full, _parse_cn, _parse_relative,
                  _parse_no_year):
        found = parse(text, base)
        if found is not None:
            return found
    return _parse_dateparser(text, base)


def _aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=CHINA) if dt.tzinfo is None else dt.astimezone(CHINA)


def _epoch(n: int) -> datetime | None:
    if n > 10**12:
        n //= 1000
    try:
        return datetime.fromtimestamp(n, tz=timezone.utc).astimezone(CHINA)
    except (OverflowError, OSError, ValueError):
        return None


def _parse_epoch(text, base):
    m = _EPOCH.match(text)
    return _epoch(int(m.group("n"))) if m else None


def _parse_iso(text, base):
    if not _ISO.match(text):
        return None
    try:
        return _aware(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def _parse_rfc2822(text, base):
    if not _RFC2822.match(text):
        return None
    try:
        return _aware(parsedate_to_datetime(text))
    except (TypeError, ValueError):
        return None


def _build(y, m, d, hh=None, mm=None, ss=None) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=CHINA)
    except (ValueError, TypeError):
        return None


def _parse_full(text, base):
    for m in _FULL.finditer(text):
        found = _build(m["y"], m["m"], m["d"], m["H"], m["M"], m["S"])
        if found:
            return found
    return None


def _cn_number(written: str):
    """十二 → 12. cn2an is imported on first use: it costs more to import than the rest of a page."""
    from cn2an import cn2an

    return cn2an(written, "normal")


def _parse_cn(text, base):
    m = _CN_DATE.search(text)
    if not m:
        return None
    year = "".join(str("零一二三四五六七八九".index(c)) for c in m.group(1).replace("〇", "零") if c != "十")
    try:
        month = _cn_number(m.group(2))
        day = _cn_number(m.group(3))
    except ValueError:
        return None
    return _build(year, month, day)


def _parse_relative(text, base):
    if "刚刚" in text:
        return base
    m = _AGO.search(text)
    if m:
        n = m.group("n")
        value = 0.5 if n == "半" else int(n) if n.isdigit() else _cn_number(n)
        return base - timedelta(seconds=value * _UNIT_SECONDS[m.group("unit")])
    m = _DAY_WORD.search(text)
    if m:
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}[m.group("word")]
        day = base - timedelta(days=back)
        if m.group("H"):
            return day.replace(hour=int(m.group("H")) % 24, minute=int(m.group("M")) % 60, second=0, microsecond=0)
        return day.replace(hour=0, minute=0, second=0, microsecond=0)
    return None


def _parse_no_year(text, base):
    m = _NO_YEAR.search(text)
    if not m:
        return None
    for year in (base.year, base.year - 1):
        found = _build(year, m["m"], m["d"], m["H"], m["M"])
        if found and found <= base + timedelta(minutes=1):
            return found
    return None


def _parse_dateparser(text, base):
    if len(text) > 64:
        return None
    import dateparser

    found = dateparser.parse(
        text,
        languages=["zh", "en"],
        settings={"RELATIVE_BASE": base.replace(tzinfo=None), "TIMEZONE": "Asia/Shanghai",
                  "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past"},
    )
    return found.astimezone(CHINA) if found else None
