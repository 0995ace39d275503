"""Crawl → extract → store throughput on a loopback site, next to `scrapy bench` on the same machine.

    python bench/crawl_speed.py [--pages 2000]

Generates a site of `pages` financing-news article pages (in the 投资界 article structure,
each stating one deal) behind list pages of 100 links, serves it with tests/mockserver.py on
127.0.0.1, crawls it with `scrapy crawl news` into a fresh store (politeness delays off, 16
concurrent requests), and prints pages/min. Then runs `scrapy bench` (Scrapy's own loopback
benchmark, link following only, no extraction, no storage) for 20 seconds and prints the ratio.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

from loopback import crawl_list_site, serve  # bench/ is on the path when run as a script

SYLLABLES = "云 星 智 联 数 芯 科 创 华 海 禾 青 远 易 极 光 量 子 汇 通 达 瑞 锐 博 思 捷 途 舟 岩 森".split()
ROUNDS = ["天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "C轮"]
AMOUNTS = ["数千万元", "近亿元", "1.2亿元", "5000万元", "数亿元", "3000万美元"]
FIRMS = ["红杉中国", "高瓴创投", "经纬创投", "启明创投", "源码资本", "线性资本", "真格基金", "深创投"]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}-投资界</title></head><body>
<div id="top"><a href="/">投资界</a> <a href="/list1.html">创投</a></div>
<h1 id="newstitle">{title}</h1>
<div class="info"><span class="date">2022-{month:02d}-{day:02d} 10:00</span> <span class="source">来源：投资界</span></div>
<div id="news-content">
<p>投资界消息，{descriptor}“{company}”近日宣布完成{amount}{round}融资，由{lead}领投，{follow}跟投。</p>
<p>{company}成立于2019年，总部位于杭州，本轮资金将用于产品研发、团队扩充与市场拓展，公司过去一年收入增长两倍。</p>
<p>{lead}合伙人表示，看好团队在细分领域的技术积累和商业化能力，期待公司继续快速成长。</p>
</div>
<div class="tag">标签：<a href="#">创投</a></div><div class="footer">版权所有 投资界</div>
</body></html>
"""


def build_site(folder: Path, pages: int) -> None:
    per_list = 100
    for i in range(pages):
        name = SYLLABLES[i % 30] + SYLLABLES[(i // 30) % 30] + SYLLABLES[(i // 900) % 30] + "科技"
        fields = dict(company=name, descriptor="工业软件企业", amount=AMOUNTS[i % 6], round=ROUNDS[i % 6],
                      lead=FIRMS[i % 8], follow=FIRMS[(i + 3) % 8], month=1 + i % 12, day=1 + i % 28)
        fields["title"] = f"{name}完成{fields['amount']}{fields['round']}融资"
        (folder / f"a{i}.html").write_text(PAGE.format(**fields), encoding="utf-8")
    lists = (pages + per_list - 1) // per_list
    for n in range(lists):
        links = "".join(f'<li><a href="/a{i}.html">文章{i}</a></li>'
                        for i in range(n * per_list, min(pages, (n + 1) * per_list)))
        (folder / f"list{n + 1}.html").write_text(f"<html><body><ul id='l'>{links}</ul></body></html>", "utf-8")


def crawl(folder: Path, pages: int) -> tuple[float, int, int]:
    db = folder / "bench.db"
    with serve(folder) as base:
        start = time.perf_counter()
        crawl_list_site(base, folder, db, (pages + 99) // 100,
                        "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
        elapsed = time.perf_counter() - start
    store = Database(db)
    return elapsed, store["articles"].count, store["events"].count


def scrapy_bench(seconds: int = 20) -> float:
    with tempfile.TemporaryDirectory() as outside_project:
        result = subprocess.run([sys.executable, "-m", "scrapy.cmdline", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                                cwd=outside_project, capture_output=True, text=True)
    rates = [int(x) for x in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", result.stderr)]
    return max(rates) if rates else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_site(folder, args.pages)
        elapsed, articles, events = crawl(folder, args.pages)
    fetched = args.pages + (args.pages + 99) // 100
    ours = fetched / elapsed * 60
    print(f"rongzi: {fetched} pages in {elapsed:.1f} s = {ours:,.0f} pages/min "
          f"({articles} articles and {events} events stored; process start-up included)")
    bench = scrapy_bench()
    print(f"scrapy bench (link following only): {bench:,.0f} pages/min")
    if bench:
        print(f"ratio rongzi / scrapy bench: {ours / bench:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
