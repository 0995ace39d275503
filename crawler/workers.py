"""Worker processes beside the crawl's reactor thread, for CPU-bound work on pages (extraction).

Each worker is forked from the crawl process (sharing the modules it has imported) and talks to
it over one pipe, which the reactor watches: the crawl process runs no extra thread, so its
downloading never waits for the GIL. A worker ends when the crawl process is gone, even killed
with -9.
"""
from __future__ import annotations

import asyncio
import collections
import itertools
import multiprocessing
import os
import pickle
import signal
import threading
import time

# A worker holds up to IN_FLIGHT jobs, so it computes the next while the crawl process is busy downloading.
# The crawl process must never block sending (the worker could be blocked sending it an answer): beyond the
# first, a job is sent only while the unanswered jobs' bytes stay within PIPE_BUDGET, far below what a
# socket pair buffers. A job tried again after its worker died goes alone: it may be what killed it.
IN_FLIGHT = 4
PIPE_BUDGET = 64 * 1024


class WorkerDied(RuntimeError):
    """A worker process ended (crashed or was killed) before answering."""


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _portable(exc: Exception) -> Exception:
    """The exception itself when it comes through pickling, else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _serve(conn, parent: int, function, crawl_ends: list, initializer) -> None:
    """A worker's loop: (job, argument) in, (job, True, result) or (job, False, exception) out."""
    for end in crawl_ends:  # the crawl process's ends of the pipes, copied by the fork: its closing one ends a worker
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawl's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if initializer is not None:
        try:
            initializer()
        except Exception:  # each job that needs what it prepares then fails, and is counted and logged
            pass
    while True:
        try:
            job, argument = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            answer = (job, True, function(argument))
        except Exception as exc:  # the caller's to count and log
            answer = (job, False, _portable(exc))
        try:
            conn.send(answer)
        except Exception as exc:  # an answer that cannot be pickled
            conn.send((job, False, _portable(exc)))


class _Worker:
    def __init__(self, pool: "WorkerPool"):
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        ends = [self.conn, *(w.conn for w in pool.workers if w is not None)]
        self.process = context.Process(target=_serve, args=(child, os.getpid(), pool.function, ends, pool.initializer),
                                       daemon=True)
        self.process.start()
        child.close()
        self.jobs: dict[int, tuple] = {}  # job → (argument, future, tries)
        self.sizes: dict[int, int] = {}  # job → bytes sent
        self.pending = 0  # bytes of the jobs not answered yet
        self.pool = pool
        pool.loop.add_reader(self.conn.fileno(), self.readable)

    def offer(self, job: int, entry: tuple) -> bool:
        """Send the job if the worker has room for it (see IN_FLIGHT). True when the job is done with here
        (sent, or failed alone because it cannot be pickled); False leaves it waiting."""
        if self.jobs and (len(self.jobs) >= IN_FLIGHT or entry[2] > 1 or any(t > 1 for _, _, t in self.jobs.values())):
            return False
        try:
            message = pickle.dumps((job, entry[0]))
        except Exception as exc:  # an argument that cannot be sent fails alone
            if not entry[1].done():
                entry[1].set_exception(RuntimeError(f"cannot send to a worker: {type(exc).__name__}: {exc}"))
            return True
        if self.jobs and self.pending + len(message) > PIPE_BUDGET:
            return False
        self.jobs[job] = entry
        self.sizes[job] = len(message)
        self.pending += len(message)
        try:
            self.conn.send_bytes(message)
        except OSError:  # the worker is gone: its end of the pipe is readable, and died() sends the job again
            pass
        return True

    def readable(self) -> None:
        try:
            job, ok, value = self.conn.recv()
        except (EOFError, OSError):
            self.pool.died(self)
            return
        except Exception as exc:  # an answer that cannot be rebuilt here: the job in flight fails
            job, ok, value = next(iter(self.jobs)), False, RuntimeError(f"unreadable answer: {exc}")
        _, future, _ = self.jobs.pop(job)
        self.pending -= self.sizes.pop(job, 0)
        if future.done():
            pass
        elif ok:
            future.set_result(value)
        else:
            future.set_exception(value)
        self.pool.feed(self)

    def close(self) -> None:
        self.pool.loop.remove_reader(self.conn.fileno())
        self.conn.close()


class WorkerPool:
    """`processes` workers applying `function` (a module-level function) to one argument each time,
    each having called `initializer` first."""

    def __init__(self, function, processes: int, initializer=None):
        self.function, self.initializer, self.loop = function, initializer, asyncio.get_running_loop()
        self.waiting: collections.deque = collections.deque()
        self.ids = itertools.count()
        self.workers: list = [None] * processes
        for n in range(processes):
            self.workers[n] = _Worker(self)

    async def run(self, argument):
        """function(argument) in a worker; its exception is raised here. WorkerDied when the worker
        died twice on it (a page beside it may be the cause: each job in flight is tried once more)."""
        future = self.loop.create_future()
        self.waiting.append((argument, future, 1))
        for worker in self.workers:
            self.feed(worker)
        return await future

    def feed(self, worker: _Worker) -> None:
        while self.waiting and worker.offer(next(self.ids), self.waiting[0]):
            self.waiting.popleft()

    def died(self, worker: _Worker) -> None:
        worker.close()
        worker.process.join(1)
        code = worker.process.exitcode
        for argument, future, tries in worker.jobs.values():
            if future.done():  # cancelled meanwhile
                continue
            if tries > 1:
                future.set_exception(WorkerDied(f"an extraction process died (exit code {code})"))
            else:
                self.waiting.appendleft((argument, future, tries + 1))
        index = self.workers.index(worker)
        self.workers[index] = None
        self.workers[index] = replacement = _Worker(self)
        self.feed(replacement)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()  # the worker reads the end of its pipe and leaves
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.terminate()
        self.workers = []
