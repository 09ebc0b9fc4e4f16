"""``portal-archive worker``: a process that takes work for any source from the shared
frontier until it is told to stop.

Someone starts a source's run (``portal-archive crawl --frontier URL SOURCE``); every worker
given the same Redis looks every ``poll`` seconds for configured sources whose queue holds
requests, and joins their crawl. Each source
is crawled in a child process (``portal-archive crawl --frontier URL SOURCE``): the crawl a
worker joins is exactly the one a person would start, a crash or a leak in one crawl ends only
that child, and memory is given back when it ends. At most ``max_sources`` children run at once.

SIGTERM or SIGINT (``systemctl stop``, Ctrl-C) is passed to the children, which stop as a
crawl stops on it: requests in hand are left to their leases (another worker takes them), the
rows buffered are published, the run row is recorded; then the worker exits. A second signal
is passed on too (the children stop at once).

Sources of the bundled demo portal are never joined: each process serves its own demo portal
on ports of its own, so their addresses differ from one worker to another.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["WorkerConfig", "WorkerReport", "run_worker"]

logger = logging.getLogger(__name__)

#: A source whose crawl could not be joined (busy with a plain crawl, failed to start) is not
#: tried again for this long.
_BACKOFF = 30.0


@dataclass(frozen=True)
class WorkerConfig:
    frontier: str
    archive: Path
    config: Path | None = None
    settings: Sequence[str] = ()  # NAME=VALUE overrides passed to every crawl
    log_level: str = "WARNING"
    max_sources: int = 4
    poll: float = 2.0
    until_idle: bool = False  # stop once no configured source has work waiting


@dataclass
class WorkerReport:
    """What a worker did: per source, the exit status of each crawl it joined."""

    crawls: list[tuple[str, int]] = field(default_factory=list)
    stopped_by: str = "idle"


def _command(cfg: WorkerConfig, source: str) -> list[str]:
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", "--frontier", cfg.frontier,
           "--archive", str(cfg.archive), "--log-level", cfg.log_level]
    if cfg.config is not None:
        cmd += ["--config", str(cfg.config)]
    for item in cfg.settings:
        cmd += ["-s", item]
    return [*cmd, source]


def waiting_work(client: Any, names: Sequence[str]) -> dict[str, int]:
    """Requests waiting (or held) in each source's shared queue, for sources with any."""
    from crawler.distributed.queue import queue_key

    if not names:
        return {}
    pipe = client.pipeline(transaction=False)
    for name in names:
        pipe.xlen(queue_key(name))
    return {name: int(n) for name, n in zip(names, pipe.execute(), strict=True) if n}


def run_worker(cfg: WorkerConfig, stop: threading.Event | None = None) -> WorkerReport:
    """Join the crawls of configured sources with work in the frontier until ``stop`` is set
    (or, with ``until_idle``, until none has work); blocks. SIGTERM and SIGINT set ``stop``
    when this runs in the main thread."""
    import redis

    from crawler.distributed.scheduler import connect
    from crawler.sources import load_sources

    stop = stop or threading.Event()
    signals_seen = 0
    children: dict[str, subprocess.Popen] = {}

    def on_signal(signum: int, _frame: Any) -> None:
        nonlocal signals_seen
        signals_seen += 1
        stop.set()
        for child in children.values():  # the first: they stop as a crawl does; the second: now
            if child.poll() is None:
                child.send_signal(signal.SIGTERM if signals_seen == 1 else signal.SIGINT)

    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, on_signal)

    sources = {name: s for name, s in load_sources(cfg.config).items() if not s.is_demo}
    client = connect(cfg.frontier)
    report = WorkerReport()
    resting: dict[str, float] = {}  # source -> monotonic time it may be tried again
    down = False
    logger.info("worker watches %d source(s) in %s", len(sources), cfg.frontier.split("@")[-1])
    while not stop.is_set():
        for name, child in list(children.items()):
            if (code := child.poll()) is not None:
                del children[name]
                report.crawls.append((name, code))
                logger.info("crawl of %s ended (exit status %d)", name, code)
                if code != 0:
                    resting[name] = time.monotonic() + _BACKOFF
        try:
            work = waiting_work(client, list(sources))
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            if not down:
                logger.warning("frontier Redis unreachable (%s): the worker waits for it", exc)
                down = True
            stop.wait(cfg.poll)
            continue
        if down:
            logger.warning("frontier Redis answers again")
            down = False
        now = time.monotonic()
        for name in sorted(work, key=lambda n: -work[n]):  # the most work waiting first
            if len(children) >= cfg.max_sources:
                break
            if name in children or resting.get(name, 0) > now:
                continue
            logger.info("joining the crawl of %s (%d request(s) waiting)", name, work[name])
            # (a session of its own: a terminal's Ctrl-C reaches it once, through us)
            children[name] = subprocess.Popen(_command(cfg, name), stdin=subprocess.DEVNULL,
                                              start_new_session=True)
        if cfg.until_idle and not children and not [n for n in work if resting.get(n, 0) <= now]:
            break
        stop.wait(cfg.poll)
    else:
        report.stopped_by = "signal"
    for name, child in children.items():  # told to stop: the children were told too
        report.crawls.append((name, child.wait()))
    return report
