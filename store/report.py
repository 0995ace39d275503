"""The tables of an investment white paper's data section, from the event store.

Amounts are summed in CNY (fixed rates, store/rates.py) twice, because a vague amount such
as 数亿元 is a range, not a number: once at the low end of each range and once at its midpoint
(an open range such as 超1亿元 counts its low end in both).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
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


Tagger = Callable[[dict], tuple[str, str]]  # event row → (sector, province)


def build_report(db, start: str, end: str, tag: Tagger, sector: str | None = None, region: str | None = None) -> Report:
    """Every table for events first reported between `start` and `end` (inclusive, YYYY-MM-DD)."""
    events = _events(db, start, end)
    for event in events:
        event["sector"], event["province"] = tag(event)
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
    SELECT v.id, v.company, e.company_key, v.round, v.round_norm, v.amount_text, v.currency, v.amount_low,
           v.amount_high, v.amount_low_cny, v.amount_high_cny, v.first_reported, v.lead_investors, v.investors
    FROM events e JOIN events_view v ON v.id = e.id
    WHERE e.first_reported BETWEEN ? AND ? ORDER BY e.first_reported, e.id"""
    events = [dict(r) for r in db.query(sql, [start, end])]
    for event in events:
        source = next(db.query(
            "SELECT s.evidence, a.title, a.text FROM event_sources s"
            " JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY a.id LIMIT 1", [event["id"]]), {})
        names = {r["company"] for r in db.query("SELECT DISTINCT company FROM event_sources WHERE event_id = ?",
                                                 [event["id"]])}
        names |= {r["alias"] for r in db.query("SELECT alias FROM company_aliases WHERE company_key = ?",
                                                [event["company_key"]])}
        event["aliases"] = sorted(names - {event["company"]})
        paragraphs = [p for p in (source.get("text") or "").split("\n")
                      if any(n and n in p for n in [event["company"], *event["aliases"]])]
        event.update(evidence=source.get("evidence") or "", title=source.get("title") or "",
                     about="\n".join(paragraphs))  # the paragraphs that name the company
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
    table = Table("investors", "最活跃的投资机构",
                  ["投资机构", "投资次数", "领投", "独家投资", "参投", "最常合投机构", "合投次数"])
    ids = [e["id"] for e in events]
    backers: dict[int, dict[str, str]] = defaultdict(dict)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for row in db.query(
                f"SELECT ei.event_id, i.name, ei.role FROM event_investors ei JOIN investors i ON i.id = ei.investor_id"
                f" WHERE ei.role != 'advisor' AND ei.event_id IN ({','.join('?' * len(chunk))})", chunk):
            backers[row["event_id"]][row["name"]] = row["role"]
    stats: dict[str, Counter] = defaultdict(Counter)
    partners: dict[str, Counter] = defaultdict(Counter)
    for roles in backers.values():
        for name, role in roles.items():
            stats[name]["deals"] += 1
            stats[name]["lead" if role == "lead" else "participant"] += 1
            stats[name]["sole"] += len(roles) == 1
            partners[name].update(other for other in roles if other != name)
    for name in sorted(stats, key=lambda n: (-stats[n]["deals"], -stats[n]["lead"], n))[:50]:
        partner, together = (partners[name].most_common(1) or [("", 0)])[0]
        s = stats[name]
        table.rows.append([name, s["deals"], s["lead"], s["sole"], s["participant"], partner, together])
    return table
