"""Event store speed: merging synthetic deals, and report queries at that size.

    python bench/store_speed.py [--events 1000000] [--db PATH]

Generates deals with realistic shapes: company names drawn so that some companies raise
several rounds and some deals are reported by several outlets, rounds from the distribution
of finvest-gold (A轮 and 天使轮 most common), one to five investors from a pool of 8,000
firms, report dates over five years. Merges them through EventStore.merge in transactions
of 5,000 and prints events/s, and the rate of the last 100,000 against the first (flatness).
Beside those wall-clock figures it prints the process CPU time of each 100,000 and of the last
against the first (what the store's growth costs, whatever else the machine runs), and the time
spent in the commits of each 100,000 (the write-ahead log and its checkpoints). A fixed control task
(Python and SQLite on a small store in memory) is timed before the first 100,000 and after each one,
and each chunk's CPU time is given in control tasks too: the flatness of that measure is the store's
own, whatever the machine's speed did meanwhile.
Then writes the rows the merge left (events, sources, investors and their links, counters,
conflicts, aliases) into an empty store with plain executemany in transactions of the same size,
and prints the merge's speed as a share of that. Then times each report query at that size.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import EventStore  # noqa: E402

ROUNDS = [("天使轮", 18), ("A轮", 23), ("Pre-A轮", 15), ("B轮", 19), ("A+轮", 6), ("股权融资", 9), ("战略投资", 5),
          ("C轮", 4), ("D轮", 4), ("种子轮", 4), ("B+轮", 2), ("C+轮", 1), ("E轮", 1)]
SYLLABLES = "云 星 智 联 数 芯 科 创 华 海 禾 青 远 易 极 光 量 子 汇 通 达 瑞 锐 博 思 捷 途 舟 岩 森".split()
SUFFIX = ["科技", "智能", "医疗", "物流", "生物", "教育", "数据", "机器人", "网络", "健康", ""]
FIRMS = ["资本", "创投", "基金", "投资", "Capital", "Ventures"]
RAW_TABLES = ("events", "event_sources", "investors", "event_investors", "investor_aliases", "company_forms", "conflicts",
              "company_aliases")
CHUNK = 100_000
QUERIES = {
    "latest 50 deals (events_view)": "SELECT * FROM events_view ORDER BY first_reported DESC LIMIT 50",
    "a company's history (events_view)": "SELECT * FROM events_view WHERE id IN "
                                         "(SELECT id FROM events WHERE company_key = :company) ORDER BY first_reported",
    "top 20 investors (investor_activity)": "SELECT * FROM investor_activity ORDER BY deals DESC LIMIT 20",
    "an investor's portfolio": "SELECT e.company, e.round_norm, ei.role FROM event_investors ei "
                               "JOIN events e ON e.id = ei.event_id WHERE ei.investor_id = :investor LIMIT 200",
    "deals of a quarter by round": "SELECT round_norm, count(*) FROM events WHERE first_reported >= '2023-01-01' "
                                   "AND first_reported < '2023-04-01' GROUP BY round_norm",
}


def company_name(c: int) -> str:
    name = "".join(SYLLABLES[(c // len(SYLLABLES) ** k) % len(SYLLABLES)] for k in range(3)) + SUFFIX[c % len(SUFFIX)]
    return name + (str(c // 27000) if c >= 27000 else "")


def synthetic_events(n: int, rng: random.Random):
    """About 70% first reports of a deal (a company's next round), 30% other outlets reporting a recent deal."""
    companies = max(1000, n // 2)
    firms = [rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(FIRMS) + str(i // 900) for i in range(8000)]
    rounds, weights = zip(*ROUNDS)
    start = date(2019, 1, 1)
    recent: list[tuple[dict, str]] = []
    for i in range(n):
        if recent and rng.random() < 0.3:
            event, reported = rng.choice(recent)
            day = date.fromisoformat(reported) + timedelta(days=rng.randrange(0, 10))
            yield dict(event, amount_low=event["amount_low"]), day.isoformat()
            continue
        k = rng.choices(range(1, 6), weights=[30, 30, 20, 12, 8])[0]
        backers = rng.sample(firms, k)
        low = rng.choice([1e6, 5e6, 1e7, 3e7, 1e8, 3e8])
        event = {"company": company_name(rng.randrange(companies)), "round": None,
                 "round_norm": rng.choices(rounds, weights)[0], "amount_text": "x", "currency": "CNY",
                 "amount_low": low, "amount_high": low * rng.choice([1, 1, 9]),
                 "lead_investors": backers[:1], "investors": backers[1:], "advisors": [], "evidence": "…"}
        reported = (start + timedelta(days=i * 5 * 365 // n)).isoformat()
        recent = (recent + [(event, reported)])[-200:]
        yield event, reported


def raw_executemany(store: EventStore, path: Path, batch: int) -> tuple[float, int]:
    """Seconds to write the rows of RAW_TABLES of `store` into an empty store at `path` with executemany."""
    tables = {t: (store.db[t].columns_dict, store.db.execute(f"SELECT * FROM {t}").fetchall()) for t in RAW_TABLES}
    target = EventStore(path)
    with target._write_lock():  # a new store holds the curated investors: start from empty tables
        for table in RAW_TABLES:
            target.db.execute(f"DELETE FROM {table}")
    rows = 0
    start = time.perf_counter()
    for table, (columns, data) in tables.items():
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for i in range(0, len(data), batch):
            with target._write_lock():
                target.db.conn.executemany(sql, data[i:i + batch])
        rows += len(data)
    seconds = time.perf_counter() - start
    target.close()
    return seconds, rows


def _control_seconds() -> float:
    """CPU seconds of a fixed piece of work like the merge's (Python and SQLite on a small store in memory):
    timed beside each chunk, it tells how much of a change in a chunk's cost is the machine's own speed."""
    start = time.process_time()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
    for i in range(20_000):
        key = f"{i * 7919 % 20_000:05d}公司"
        if db.execute("SELECT v FROM t WHERE k = ?", [key]).fetchone() is None:
            db.execute("INSERT INTO t VALUES (?, ?)", [key, i])
    db.close()
    return time.process_time() - start


def _busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (0 where /proc/stat is missing)."""
    try:
        with open("/proc/stat") as stat:
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    except (OSError, ValueError):
        return 0.0
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="keep the store here (default: a temporary file)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        store = EventStore(path)
        store.db.execute("INSERT INTO articles (id, url, text) VALUES (1, 'bench://1', '')")
        store.db.conn.commit()
        control, control_wall = [_control_seconds()], 0.0  # the machine's speed before the first chunk and after each one
        busy, cpu_begin = _busy_seconds(), time.process_time()
        start = time.perf_counter()
        batch = 5000
        merged = 0
        chunk_start, chunk_rates = start, []
        cpu_start, chunk_cpu = time.process_time(), []  # process CPU seconds per chunk
        commit_time, chunk_commits = 0.0, []  # wall seconds in commits per chunk
        events = synthetic_events(args.events, rng)
        while merged < args.events:
            with store._write_lock():
                for event, reported in events:
                    store.merge(event, 1, reported)
                    merged += 1
                    if merged % batch == 0:
                        break
                committing = time.perf_counter()
            commit_time += time.perf_counter() - committing
            if merged % CHUNK == 0 or merged == args.events:
                now, cpu = time.perf_counter(), time.process_time()
                size = merged % CHUNK or CHUNK
                chunk_rates.append(size / (now - chunk_start))
                chunk_cpu.append((cpu - cpu_start) * CHUNK / size)
                chunk_commits.append(commit_time * CHUNK / size)
                control_began = time.perf_counter()
                control.append(_control_seconds())
                control_wall += time.perf_counter() - control_began
                chunk_start, cpu_start, commit_time = time.perf_counter(), time.process_time(), 0.0
                print(f"  {merged:,} merged, {merged / (now - start - control_wall):,.0f} events/s "
                      f"(this chunk {chunk_rates[-1]:,.0f}/s, CPU {chunk_cpu[-1]:.1f} s, "
                      f"commits {chunk_commits[-1]:.1f} s per {CHUNK:,})", flush=True)
        elapsed = time.perf_counter() - start - control_wall  # the merge alone, without the control tasks
        others = (_busy_seconds() - busy) - (time.process_time() - cpu_begin)
        print(f"machine load: other processes used {max(0.0, others / elapsed):.2f} of a core on average during the merge "
              f"({os.cpu_count()} cores; load average at the end {os.getloadavg()[0]:.2f}); peak memory of this "
              f"process by then {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
        counts = store.counts()
        print(f"merged {merged:,} synthetic reports into {counts['events']:,} events "
              f"({counts['investors']:,} investors, {counts['conflicts']:,} conflicts): "
              f"{merged / elapsed:,.0f} events/s")
        if len(chunk_rates) >= 2:
            print(f"flatness: last / first {CHUNK:,} merged at {chunk_rates[-1] / chunk_rates[0]:.2f} of the speed")
            print(f"CPU time: last / first {CHUNK:,} took {chunk_cpu[-1] / chunk_cpu[0]:.2f}× the process CPU "
                  f"({chunk_cpu[0]:.1f} → {chunk_cpu[-1]:.1f} s; CPU flatness {chunk_cpu[0] / chunk_cpu[-1]:.2f})")
            print(f"commit time per {CHUNK:,}: " + " ".join(f"{c:.1f}" for c in chunk_commits) + " s")
            # each chunk's CPU time over the mean of the control runs before and after it
            relative = [cpu / ((control[i] + control[i + 1]) / 2) for i, cpu in enumerate(chunk_cpu)]
            print(f"machine speed: a fixed control task took {control[0]:.2f} s before the first {CHUNK:,} and "
                  f"{control[-1]:.2f} s after the last ({min(control):.2f}–{max(control):.2f} s); CPU flatness against it "
                  f"{relative[0] / relative[-1]:.2f} (each chunk's CPU time in control tasks: "
                  + " ".join(f"{r:.0f}" for r in relative) + ")")
        raw = raw_executemany(store, Path(tmp) / "raw.db", batch)
        print(f"raw executemany of the same {raw[1]:,} rows: {raw[0]:.1f} s; merge {elapsed:.1f} s; "
              f"merge speed / raw speed = {raw[0] / elapsed:.2f}")
        company = store.db.execute("SELECT company_key FROM events LIMIT 1 OFFSET 1000").fetchone()[0]
        investor = store.db.execute("SELECT id FROM investor_activity ORDER BY deals DESC LIMIT 1").fetchone()[0]
        for label, sql in QUERIES.items():
            times = []
            for _ in range(5):
                t = time.perf_counter()
                rows = store.db.execute(sql, {"company": company, "investor": investor}).fetchall()
                times.append(time.perf_counter() - t)
            print(f"{label}: {min(times) * 1000:.1f} ms ({len(rows)} rows)")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
