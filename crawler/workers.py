"""Worker processes that can be killed: where extraction and document reading run.

Parsing pages and documents is CPU-bound and hostile input: on the reactor thread it would
stall downloads, and a parser that hangs or a bomb that eats memory must cost one worker, not
the crawl. A pool of processes (pebble) gives each task a wall-clock limit, after which its
worker is terminated and replaced, and each worker an address-space cap. Used by the crawl's
pipelines (pipelines/extract.py, pipelines/attachments.py) and by ingest and re-extraction
(crawler/reprocess.py), so no Scrapy here.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass

from pebble import ProcessPool

__all__ = ["PoolConfig", "SharedPools", "WorkerError", "in_worker", "limit_worker_memory"]


@dataclass(frozen=True)
class PoolConfig:
    workers: int
    timeout: float
    memory_mb: int


#: Workers are replaced after this many pages, so a slow leak in a parser cannot grow forever.
_TASKS_PER_WORKER = 500


def limit_worker_memory(megabytes: int) -> None:
    """Worker initializer: cap the address space, so a page bomb raises MemoryError, and leave
    Ctrl-C to the crawl process (which finishes in-flight pages before it stops)."""
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if megabytes <= 0:
        return
    limit = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class WorkerError(Exception):
    """An exception raised in an extraction worker, as its type name and message: what crosses
    the process boundary must pickle, and lxml's errors carry an error log that does not."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(type_name, message)
        self.type_name = type_name
        self.message = message

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}"


#: A worker's exception message is cut here: it is logged once per page, not stored.
_MESSAGE_CHARS = 500


def in_worker(function: Callable[[dict], dict], page: dict) -> dict:
    """Runs ``function(page)`` in a worker; any exception leaves it picklable. Unpicklable, it
    would reach the crawl as pebble's pickling error: a memory bomb that libxml2 reports as a
    parse error ("Memory allocation failed") would then count as ``extract_error``."""
    try:
        return function(page)
    except MemoryError as exc:
        raise MemoryError(str(exc)[:_MESSAGE_CHARS]) from None
    except Exception as exc:
        message = str(exc)[:_MESSAGE_CHARS]
        if "memory allocation failed" in message.lower():
            raise MemoryError(f"{type(exc).__name__}: {message}") from None
        raise WorkerError(type(exc).__name__, message) from None


def _warm_up() -> None:
    """Runs once in each new worker: import the extraction stack before the first page."""
    import crawler.extract  # noqa: F401


class SharedPools:
    """One worker pool per configuration and process: crawling several sources in one process
    shares the CPUs instead of starting a pool per source."""

    _pools: dict = {}

    @classmethod
    def acquire(cls, config: PoolConfig) -> ProcessPool:
        if config in cls._pools:
            pool, users = cls._pools[config]
            cls._pools[config] = (pool, users + 1)
            return pool
        methods = multiprocessing.get_all_start_methods()
        ctx: multiprocessing.context.BaseContext
        if "forkserver" in methods:
            ctx = multiprocessing.get_context("forkserver")
            # Workers fork from a server that has imported the extractor once.
            ctx.set_forkserver_preload(["crawler.extract"])
        else:
            ctx = multiprocessing.get_context("spawn")
        pool = ProcessPool(
            max_workers=config.workers, max_tasks=_TASKS_PER_WORKER,
            initializer=limit_worker_memory, initargs=(config.memory_mb,), context=ctx,
        )
        # Start the workers now, while robots.txt and the first listings download.
        for _ in range(config.workers):
            pool.schedule(_warm_up)
        cls._pools[config] = (pool, 1)
        return pool

    @classmethod
    def release(cls, config: PoolConfig) -> None:
        pool, users = cls._pools[config]
        if users > 1:
            cls._pools[config] = (pool, users - 1)
            return
        del cls._pools[config]
        pool.close()
        pool.join(timeout=config.timeout + 5)
