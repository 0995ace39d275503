"""WorkerPool: pages extracted in forked processes; answers, errors and a worker that dies."""
from __future__ import annotations

import asyncio
import os

import pytest

from crawler.workers import WorkerDied, WorkerPool


class Odd(Exception):
    def __init__(self, what, why):  # pickled as Odd(message): cannot be rebuilt
        super().__init__(f"{what}: {why}")


def square_or_fail(n: int) -> int:
    if n == -1:
        raise ValueError("no negative numbers")
    if n == -2:
        raise Odd("-2", "odd failure")
    if n == -9:
        os._exit(3)  # a crash: the worker process is gone
    return n * n


def run(coroutine):
    return asyncio.run(coroutine)


def test_answers_come_back_to_the_job_that_asked():
    async def main():
        pool = WorkerPool(square_or_fail, 2)
        try:
            return await asyncio.gather(*(pool.run(n) for n in range(20)))
        finally:
            pool.close()

    assert run(main()) == [n * n for n in range(20)]


def test_an_exception_in_a_worker_is_raised_to_the_caller_and_the_worker_goes_on():
    async def main():
        pool = WorkerPool(square_or_fail, 1)
        try:
            with pytest.raises(ValueError, match="no negative numbers"):
                await pool.run(-1)
            return await pool.run(3)
        finally:
            pool.close()

    assert run(main()) == 9


def test_an_exception_that_cannot_be_rebuilt_comes_back_named():
    async def main():
        pool = WorkerPool(square_or_fail, 1)
        try:
            with pytest.raises(RuntimeError, match="Odd: -2: odd failure"):
                await pool.run(-2)
            return await pool.run(5)
        finally:
            pool.close()

    assert run(main()) == 25


def test_an_argument_that_cannot_be_sent_fails_alone():
    async def main():
        pool = WorkerPool(square_or_fail, 1)
        try:
            with pytest.raises(RuntimeError, match="cannot send to a worker"):
                await pool.run(lambda: 1)
            return await pool.run(6)
        finally:
            pool.close()

    assert run(main()) == 36


def test_a_job_that_kills_its_worker_fails_alone_and_a_new_worker_takes_the_rest():
    async def main():
        pool = WorkerPool(square_or_fail, 1)
        first = pool.workers[0].process
        try:
            results = await asyncio.gather(pool.run(2), pool.run(-9), pool.run(4), return_exceptions=True)
            return results, first, pool.workers[0].process
        finally:
            pool.close()

    (two, crashed, four), first, now = run(main())
    assert (two, four) == (4, 16)
    assert isinstance(crashed, WorkerDied) and "exit code 3" in str(crashed)
    assert now is not first and first.exitcode == 3


def test_closing_the_pool_ends_its_workers():
    async def main():
        pool = WorkerPool(square_or_fail, 2)
        processes = [w.process for w in pool.workers]
        await pool.run(1)
        pool.close()
        return processes

    processes = run(main())
    assert all(p.exitcode == 0 for p in processes)


CRAWL = """
import asyncio, sys, time
sys.path.insert(0, sys.argv[1])
from crawler.workers import WorkerPool
from tests.test_workers import square_or_fail

async def main():
    pool = WorkerPool(square_or_fail, 1)
    await pool.run(1)
    print(pool.workers[0].process.pid, flush=True)
    time.sleep(60)

asyncio.run(main())
"""


def gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return any(line.startswith("State:") and "Z" in line for line in status)
    except FileNotFoundError:
        return True


def test_a_worker_ends_when_the_crawl_process_is_killed():
    import subprocess
    import sys
    import time
    from pathlib import Path

    crawl = subprocess.Popen([sys.executable, "-c", CRAWL, str(Path(__file__).resolve().parent.parent)],
                             stdout=subprocess.PIPE, text=True)
    worker = int(crawl.stdout.readline())
    crawl.kill()
    crawl.wait()
    for _ in range(100):  # it looks for its parent twice a second
        if gone(worker):
            break
        time.sleep(0.1)
    assert gone(worker)


def test_a_page_extracted_in_a_worker_is_the_page_extracted_in_place():
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from crawler.items import ArticleItem
    from crawler.pipelines import extract_page

    body = (Path(__file__).resolve().parent.parent / "fixtures" / "html" / "pedaily-cangqing.html").read_bytes()
    item = ArticleItem(url="https://news.pedaily.cn/202201/1.shtml", source="pedaily", body=body,
                       fetched_at=datetime(2022, 1, 5, 10, tzinfo=ZoneInfo("Asia/Shanghai")))

    async def main():
        pool = WorkerPool(extract_page, 1)
        try:
            return await pool.run(item)
        finally:
            pool.close()

    elsewhere, here = run(main()), extract_page(item)
    assert elsewhere == here
    assert here.events and here.simhash and here.article["published_at"] == elsewhere.article["published_at"]


def echo_length(text: str) -> tuple[int, str]:
    return len(text), text  # an answer as large as the job


def test_large_jobs_and_large_answers_never_block_the_pool():
    # Several jobs of 300 kB each (beyond what a pipe buffers) with answers as large: none waits forever
    async def main():
        pool = WorkerPool(echo_length, 1)
        try:
            texts = [str(i) * 300_000 for i in range(6)]
            return [n for n, _ in await asyncio.wait_for(asyncio.gather(*(pool.run(t) for t in texts)), 60)]
        finally:
            pool.close()

    assert run(main()) == [300_000] * 6


def test_jobs_in_flight_beside_one_that_kills_the_worker_come_back():
    # One worker holds several jobs at once; the one that kills it fails, the others are answered
    async def main():
        pool = WorkerPool(square_or_fail, 1)
        try:
            return await asyncio.gather(*(pool.run(n) for n in (1, -9, 2, 3, 4, 5)), return_exceptions=True)
        finally:
            pool.close()

    results = run(main())
    assert isinstance(results[1], WorkerDied)
    assert [results[i] for i in (0, 2, 3, 4, 5)] == [1, 4, 9, 16, 25]
