"""The tables of an investment white paper's data section, from the event store.

Amounts are summed in CNY (fixed rates, store/rates.py) twice, because a vague amount such
as 数亿元 is a range, not a number: once at the low end of each range and once at its midpoint
(an open range such as 超1亿元 counts its low end in both).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

ROUND_GROUPS = (
    ("种子期", ("种子轮", "天使轮")),
    ("初创期", ("Pre-A轮", "A轮", "A+轮", "Pre-B轮", "B轮", "B+轮", "Pre-C轮", "C轮", "C+轮")),
    ("扩张期", ("Pre-D轮", "D轮", "D+轮", "E轮", "E+轮", "F轮", "F+轮", "G轮", "G+轮", "H轮", "H+轮")),
    ("战略投资", ("战略投资",)),
    ("IPO", ("Pre-IPO", "IPO")),
)
BIG_DEAL_CNY = 1e8
UNKNOWN = "未知"  # the sector or province when no rule decides


def round_group(round_norm: str) -> str:
    for group, rounds in ROUND_GROUPS:
        if round_norm in rounds:
            return group
    return "未披露轮次"


def quarter(day: str) -> str:
    return f"{day[:4]}Q{(int(day[5:7]) - 1) // 3 + 1}"


@dataclass
class Table:
    name: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


@dataclass
class Report:
    start: str
    end: str
    events: list[dict]
    tables: dict[str, Table]
    articles: int = 0  # the stored reports behind these events


def store_period(db) -> tuple[str, str] | None:
    """(first, last) day on which an event in the store was first reported; None for a store without events."""
    row = next(db.query("SELECT min(first_reported) AS start, max(first_reported) AS end FROM events"))
    return (row["start"][:10], row["end"][:10]) if row["start"] else None


def build_report(db, start: str, end: str, sector: str | None = None, region: str | None = None) -> Report:
    """Every table for events first reported between `start` and `end` (inclusive, YYYY-MM-DD).

    Sector and province are the event's stored tags (computed at extraction, refreshed by
    `scrapy reextract`); an event stored before tags existed counts as unknown.
    """
    events = _events(db, start, end)
    if sector:
        events = [e for e in events if e["sector"] == sector]
    if region:
        events = [e for e in events if e["province"] == region]
    tables = {t.name: t for t in (
        _by(events, "quarters", "按季度的融资事件", "季度", lambda e: quarter(e["first_reported"]), sort_key=True),
        _by(events, "round_groups", "按阶段的融资事件", "阶段", lambda e: round_group(e["round_norm"]),
            order=[g for g, _ in ROUND_GROUPS] + ["未披露轮次"]),
        _by(events, "provinces", "按省份的融资事件", "省份", lambda e: e["province"]),
        _by(events, "sectors", "按领域的融资事件", "领域", lambda e: e["sector"]),
        _big_deals(events),
        _investors(db, events),
    )}
    return Report(start, end, events, tables, _article_count(db, events))


def _article_count(db, events) -> int:
    ids = [e["id"] for e in events]
    articles: set[int] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        articles.update(r["article_id"] for r in db.query(
            f"SELECT DISTINCT article_id FROM event_sources WHERE event_id IN ({','.join('?' * len(chunk))})", chunk))
    return len(articles)


def _events(db, start: str, end: str) -> list[dict]:
    sql = """
    SELECT v.id, v.company, v.round, v.round_norm, v.amount_text, v.currency, v.amount_low, v.amount_high,
           v.amount_low_cny, v.amount_high_cny, v.first_reported, v.lead_investors, v.investors, v.sector, v.province
    FROM events e JOIN events_view v ON v.id = e.id
    WHERE e.first_reported BETWEEN ? AND ? ORDER BY e.first_reported, e.id"""
    events = [dict(r) for r in db.query(sql, [start, end])]
    for event in events:  # the taggers' "unknown" reads 未知 in a report
        for tag in ("sector", "province"):
            if event[tag] in (None, "unknown"):
                event[tag] = UNKNOWN
    return events


def _amounts(events: list[dict]) -> tuple[int, float, float]:
    """(events with an amount, sum of low ends, sum of midpoints), in CNY."""
    known = [e for e in events if e["amount_low_cny"] is not None]
    low = sum(e["amount_low_cny"] for e in known)
    mid = sum((e["amount_low_cny"] + e["amount_high_cny"]) / 2 if e["amount_high_cny"] is not None
              else e["amount_low_cny"] for e in known)
    return len(known), low, mid


def _by(events, name, title, label, key, order=None, sort_key=False) -> Table:
    groups: dict[str, list] = defaultdict(list)
    for event in events:
        groups[key(event)].append(event)
    if order:
        names = [g for g in order if g in groups] + sorted(set(groups) - set(order))
    elif sort_key:
        names = sorted(groups)
    else:
        names = sorted(groups, key=lambda g: (g == UNKNOWN, -len(groups[g]), g))
    table = Table(name, title, [label, "事件数", "披露金额事件数", "金额下限合计(亿元)", "金额中值合计(亿元)"])
    for group in names:
        known, low, mid = _amounts(groups[group])
        table.rows.append([group, len(groups[group]), known, round(low / 1e8, 2), round(mid / 1e8, 2)])
    return table


def _big_deals(events) -> Table:
    table = Table("big_deals", "单笔亿元以上融资", ["公司", "轮次", "金额", "金额下限(亿元)", "首次报道", "领投方"])
    for e in sorted(events, key=lambda e: -(e["amount_low_cny"] or 0)):
        if (e["amount_low_cny"] or 0) >= BIG_DEAL_CNY:
            table.rows.append([e["company"], e["round"] or e["round_norm"], e["amount_text"],
                               round(e["amount_low_cny"] / 1e8, 2), e["first_reported"], e["lead_investors"] or ""])
    return table


def _investors(db, events) -> Table:
    """Most active investors, one row per party (store/investors.py), with the other names articles gave it."""
    table = Table("investors", "最活跃的投资机构",
                  ["投资机构", "投资次数", "领投", "独家投资", "参投", "最常合投机构", "合投次数", "别名"])
    event_ids = [e["id"] for e in events]
    backers: dict[int, dict[int, str]] = defaultdict(dict)
    names: dict[int, str] = {}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        for row in db.query(
                f"SELECT ei.event_id, i.id, i.name, ei.role FROM event_investors ei JOIN investors i ON i.id = ei.investor_id"
                f" WHERE ei.role != 'advisor' AND ei.event_id IN ({','.join('?' * len(chunk))})", chunk):
            if backers[row["event_id"]].get(row["id"]) != "lead":
                backers[row["event_id"]][row["id"]] = row["role"]
            names[row["id"]] = row["name"]
    stats: dict[int, Counter] = defaultdict(Counter)
    partners: dict[int, Counter] = defaultdict(Counter)
    for roles in backers.values():
        for investor, role in roles.items():
            stats[investor]["deals"] += 1
            stats[investor]["lead" if role == "lead" else "participant"] += 1
            stats[investor]["sole"] += len(roles) == 1
            partners[investor].update(other for other in roles if other != investor)
    for investor in sorted(stats, key=lambda n: (-stats[n]["deals"], -stats[n]["lead"], names[n]))[:50]:
        partner, together = (partners[investor].most_common(1) or [(None, 0)])[0]
        s = stats[investor]
        aliases = sorted({a for (a,) in db.execute(
            "SELECT alias FROM investor_aliases WHERE investor_id = ? AND alias != ?", [investor, names[investor]])})
        table.rows.append([names[investor], s["deals"], s["lead"], s["sole"], s["participant"],
                           names.get(partner, ""), together, "、".join(aliases)])
    return table
