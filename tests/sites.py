"""Generated loopback sites for crawl tests and benchmarks: financing-news articles behind list pages.

Each article page is in the 投资界 article structure and states one deal of its own company;
list pages list1.html … listN.html hold `per_list` links each (entries: ul#l > li).
"""
from __future__ import annotations

from pathlib import Path

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


def build_site(folder: Path, pages: int, per_list: int = 100, prefix: str = "") -> int:
    """Write `pages` article pages and their list pages into `folder`; returns the number of list pages.

    `prefix` names the files and companies apart, so that several sites can share one folder: it
    also shifts the third syllable, because a Latin prefix alone (s0云星云科技, s1云星云科技) is another
    form of one Chinese name, and the store rightly joins the deals of such names.
    """
    shift = sum(map(ord, prefix))
    for i in range(pages):
        name = prefix + SYLLABLES[i % 30] + SYLLABLES[(i // 30) % 30] + SYLLABLES[(i // 900 + shift) % 30] + "科技"
        fields = dict(company=name, descriptor="工业软件企业", amount=AMOUNTS[i % 6], round=ROUNDS[i % 6],
                      lead=FIRMS[i % 8], follow=FIRMS[(i + 3) % 8], month=1 + i % 12, day=1 + i % 28)
        fields["title"] = f"{name}完成{fields['amount']}{fields['round']}融资"
        (folder / f"{prefix}a{i}.html").write_text(PAGE.format(**fields), encoding="utf-8")
    lists = (pages + per_list - 1) // per_list
    for n in range(lists):
        links = "".join(f'<li><a href="/{prefix}a{i}.html">文章{i}</a></li>'
                        for i in range(n * per_list, min(pages, (n + 1) * per_list)))
        (folder / f"{prefix}list{n + 1}.html").write_text(f"<html><body><ul id='l'>{links}</ul></body></html>", "utf-8")
    return lists


def registry_entry(name: str, base: str, lists: int, prefix: str = "") -> str:
    """A [[source]] entry of kind list for a site written by build_site and served at `base`."""
    return f'''
[[source]]
name = "{name}"
kind = "list"
start_urls = ["{base}{prefix}list1.html"]
allowed_domains = ["127.0.0.1"]
item_selector = "ul#l > li"
page_template = "{base}{prefix}list{{page}}.html"
max_pages = {lists}
'''


def crawl_command(registry: Path, db: Path, *settings: str) -> list[str]:
    """`scrapy crawl news` over a generated site, politeness delays off."""
    import sys

    command = [sys.executable, "-m", "scrapy.cmdline", "crawl", "news", "-s", f"RONGZI_SOURCES={registry}",
               "-s", f"RONGZI_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "LOG_LEVEL=WARNING"]
    for setting in settings:
        command += ["-s", setting]
    return command


def stored_articles(db: Path) -> int:
    """Articles committed to the store so far (0 before it exists)."""
    import sqlite3

    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def kill_and_rerun(command: list[str], cwd: Path, db: Path, total: int, kills: int, rng) -> list[dict]:
    """Run `command` and SIGKILL it at a random moment, `kills` times in a row on one store, then once
    to its end. Each moment is drawn anew: a random number of articles to wait for (from none more
    to half of those missing) and then a random 0–1 s more, so that kills fall in start-up, between commits
    and in the middle of them. Returns one dict per run: when it was killed (None for a run that
    ended by itself), its exit status, the articles in the store after it."""
    import os
    import signal
    import subprocess
    import time

    runs = []
    for n in range(kills + 1):
        before = stored_articles(db)
        target = before + rng.randint(0, max(0, (total - before - 1) // 2)) if n < kills else None
        extra = rng.uniform(0.0, 1.0) + (rng.uniform(0.3, 4.0) if target == before else 0.0)
        proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        start, killed = time.perf_counter(), None
        while proc.poll() is None and target is not None:
            if target == before or stored_articles(db) >= target:
                time.sleep(extra)
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
                    killed = time.perf_counter() - start
                break
            time.sleep(0.05)
        proc.wait(timeout=600)
        runs.append({"killed_after": killed, "status": proc.returncode, "articles": stored_articles(db),
                     "target": target})
    return runs
