"""Crawler processes sharing one frontier in Redis (issue #17): throughput, CPU and memory.

    .venv/bin/python bench/distributed.py [--portals 5] [--only scale,cpu,memory]
        [--scale-articles 2000] [--workers 1,2,4] [--latency 0.3] [--jitter 0.1] [--host-limit 2]
        [--cpu-articles 2000] [--repeat 1] [--memory-pages 100000] [--memory-workers 1,4]

Every worker is one ``portal-archive crawl --frontier redis://… --config … --archive … SOURCE…``
process crawling every source (one per demo site; ``--portals`` demo portals of five sites,
each site on its own port, i.e. its own host), photos and attachments off. Each run gets a
flushed Redis (a real ``redis-server`` with an append-only file, started here) and a fresh
archive. Three measures, printed, nothing asserted:

1. ``scale``: the sites answer after ``--latency`` ± ``--jitter`` seconds and serve at most
   ``--host-limit`` requests at once (a semaphore in the bench's wrapper of each site's
   ``handle``; the requests the crawlers had open at once are counted before it, so the
   per-host figures say whether the shared gate kept the sources' ``concurrency``):
   articles/s and pages/s of 1, 2, 4 workers, and 4 over 1.
2. ``cpu``: one worker, no latency: articles/s against a single-process
   ``trafilatura.bare_extraction(html, with_metadata=True)`` loop over the same article pages;
   the crawl's CPU seconds (the worker and every process under it) and cores busy; the same
   crawl without ``--frontier`` beside it (``--no-plain`` skips it).
3. ``memory``: a crawl of about ``--memory-pages`` pages with one worker and with four: each
   worker's RSS sampled every ``--sample`` seconds (peak, and at 10%, 50%, 100% of its run),
   Redis ``used_memory`` and the seen sets' size, per 100,000 URLs.

RSS is the process's resident set (the VmRSS counter, read from /proc/PID/stat); "with
children" adds the proportional set sizes (/proc/PID/smaps_rollup Pss) of the worker and its
extraction processes. CPU seconds come from ``wait4`` of the worker and of its forkserver (the
bench makes itself the child subreaper so orphaned descendants come back to it), i.e. every
process the worker started. The demo servers run in this process and share the machine's
cores with the crawl: their CPU is printed too.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])

CLI = str(Path(sys.executable).with_name("portal-archive"))
SITES = ("huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp")
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024
PR_SET_CHILD_SUBREAPER = 36


# -- the demo hosts ------------------------------------------------------------------------------

class HostMeter:
    """Wraps one demo site's ``handle`` (called by the server's handler threads): waits
    ``latency`` ± ``jitter`` seconds before answering, serves at most ``limit`` requests at
    once (the others wait their turn), and counts what the crawlers did: requests open at
    once (counted on arrival, before the semaphore), requests per URL, first and last."""

    def __init__(self, site: Any, *, latency: float, jitter: float, limit: int, seed: int) -> None:
        self._handle = site.handle
        self.latency, self.jitter = latency, jitter
        self._slots = threading.BoundedSemaphore(limit) if limit else None
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.connections = 0  # open now (kept-alive connections included)
        self.reset()
        site.handle = self.handle

    def reset(self) -> None:
        with self._lock:
            self.in_flight = self.max_in_flight = self.waited = self.requests = 0
            self.max_connections = self.connections
            self.served_seconds = 0.0
            self.urls: Counter[str] = Counter()
            self.first: float | None = None
            self.last: float | None = None

    def handle(self, path: str, query: str) -> Any:
        with self._lock:
            now = time.monotonic()
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.urls[f"{path}?{query}"] += 1
            if self.first is None:
                self.first = now
            delay = max(0.0, self._rng.uniform(self.latency - self.jitter, self.latency + self.jitter))
        try:
            if self._slots is not None and not self._slots.acquire(blocking=False):
                with self._lock:
                    self.waited += 1
                self._slots.acquire()
            began = time.monotonic()
            try:
                if delay:
                    time.sleep(delay)
                return self._handle(path, query)
            finally:
                if self._slots is not None:
                    self._slots.release()
                with self._lock:
                    self.served_seconds += time.monotonic() - began
        finally:
            with self._lock:
                self.in_flight -= 1
                self.last = time.monotonic()

    def wrap_server(self, server: Any) -> None:
        """Count the server's open connections (a kept-alive connection is one until closed)."""
        finish = server.finish_request

        def finish_request(request: Any, client_address: Any) -> None:
            with self._lock:
                self.connections += 1
                self.max_connections = max(self.max_connections, self.connections)
            try:
                finish(request, client_address)
            finally:
                with self._lock:
                    self.connections -= 1

        server.finish_request = finish_request


@dataclass
class Host:
    name: str  # the source's name
    family: str  # the demo site (and CMS family)
    url: str
    site: Any
    meter: HostMeter | None = None


class Farm:
    """``count`` demo portals of five sites each, every site on its own port: ``5 × count``
    hosts; with ``latency`` set, each site's ``handle`` metered and limited (HostMeter)."""

    def __init__(self, count: int, articles: int, *, latency: float | None = None,
                 jitter: float = 0.0, limit: int = 0) -> None:
        self.count, self.articles = count, articles
        self.latency, self.jitter, self.limit = latency, jitter, limit
        self.portals: list[Any] = []
        self.hosts: list[Host] = []

    def __enter__(self) -> Farm:
        from crawler.demo import DemoPortal

        per_portal = max(1, self.articles // self.count)
        for i in range(self.count):
            portal = DemoPortal(articles=per_portal).start()
            self.portals.append(portal)
            for site in SITES:
                host = Host(f"p{i}-{site}", site, portal.url(site), portal.site(site))
                if self.latency is not None:
                    host.meter = HostMeter(host.site, latency=self.latency, jitter=self.jitter,
                                           limit=self.limit, seed=len(self.hosts))
                    server = getattr(portal, "_servers", {}).get(site)  # (no public handle on it)
                    if server is not None:
                        host.meter.wrap_server(server)
                self.hosts.append(host)
        return self

    def __exit__(self, *exc: object) -> None:
        for portal in self.portals:
            portal.stop()

    @property
    def site_articles(self) -> int:
        return sum(len(h.site.articles) for h in self.hosts)

    def reset(self) -> None:
        for h in self.hosts:
            if h.meter is not None:
                h.meter.reset()


def write_sources(path: Path, hosts: list[Host], *, concurrency: int, delay: float,
                  max_pages: int) -> list[str]:
    """A sources file with one source per host, each as the packaged ``demo-<site>`` entry
    (start URLs, feeds, overrides) at the host's address; returns the source names."""
    from importlib import resources

    from crawler.sources import load_sources
    from tests.helpers import toml_value  # (the bench runs from a checkout)

    packaged = Path(str(resources.files("crawler").joinpath("sources.toml")))
    demo = {s.demo_site: s for s in load_sources(packaged).values() if s.is_demo}
    blocks = []
    for h in hosts:
        s = demo[h.family]
        entry: dict[str, Any] = {
            "name": h.name, "family": s.family, "base_url": h.url, "start_urls": list(s.start_urls),
            "feeds": list(s.feeds), "sitemaps": list(s.sitemaps), "max_pages": max_pages,
            "concurrency": concurrency, "download_delay": delay, "allow_private": True,
        }
        if s.overrides:
            entry["overrides"] = s.overrides
        blocks.append("[[source]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in entry.items()))
    path.write_text("\n".join(blocks), "utf-8")
    return list(load_sources(path))  # (read back: a file the CLI will accept)


# -- processes -----------------------------------------------------------------------------------

def _become_subreaper() -> bool:
    """Orphaned descendants of the workers (their forkserver, when the worker exits first)
    are re-parented to this process, which reaps them and so gets their CPU time."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _processes() -> dict[int, tuple[int, int, int]]:
    """pid -> (parent pid, CPU ticks (user + system), RSS pages) of every process."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        fields = data[data.rindex(b")") + 2:].split()
        table[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[21]))
    return table


def _pss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _machine_busy() -> tuple[int, int]:
    """(busy ticks, all ticks) of every CPU since boot."""
    with open("/proc/stat") as fh:
        values = [int(v) for v in fh.readline().split()[1:]]
    idle = values[3] + values[4]  # idle, iowait
    return sum(values) - idle, sum(values)


@dataclass
class Worker:
    index: int
    popen: subprocess.Popen
    started: float
    ended: float | None = None
    started_wall: float = field(default_factory=time.time)
    ended_wall: float | None = None
    code: int | None = None
    cpu_user: float = 0.0  # wait4: the worker and every descendant reaped under it
    cpu_sys: float = 0.0
    own_ticks: int = 0  # the worker process alone (last sample)
    family: set[int] = field(default_factory=set)  # descendants seen
    #: (seconds since start, worker RSS bytes, worker + descendants PSS bytes)
    samples: list[tuple[float, int, int]] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.popen.pid

    @property
    def cpu(self) -> float:
        return self.cpu_user + self.cpu_sys

    @property
    def seconds(self) -> float:
        return (self.ended or time.monotonic()) - self.started

    def reaped(self, status: int, usage: Any) -> None:
        self.ended, self.ended_wall = time.monotonic(), time.time()
        self.code = os.waitstatus_to_exitcode(status)
        self.popen.returncode = self.code
        self.cpu_user += usage.ru_utime
        self.cpu_sys += usage.ru_stime


def _descendants(root: int, table: dict[int, tuple[int, int, int]]) -> set[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for pid, (ppid, _, _) in table.items():
        children[ppid].append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


class Redis:
    """A real redis-server (tests/redis_server.py: loopback, free port, append-only file)."""

    def __init__(self, folder: Path, appendfsync: str) -> None:
        from tests.redis_server import RedisServer

        self.server = RedisServer(folder)
        self.appendfsync = appendfsync

    def __enter__(self) -> Redis:
        self.server.start()
        self.client = self.server.client()
        self.client.config_set("appendfsync", self.appendfsync)
        self.url = self.server.url
        self.version = self.client.info("server")["redis_version"]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def fresh(self) -> None:
        self.client.flushall()
        self.client.config_resetstat()

    def cpu(self) -> float:
        info = self.client.info("cpu")
        return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])

    def used_memory(self) -> int:
        return int(self.client.info("memory")["used_memory"])

    def commands(self) -> dict[str, int]:
        return {k.removeprefix("cmdstat_"): int(v["calls"])
                for k, v in self.client.info("commandstats").items()}

    def frontier(self) -> dict[str, int]:
        """What the crawl left in Redis: URLs in the seen sets and their bytes, entries left
        in the queues and dead-letter streams."""
        out = Counter()
        for key in self.client.scan_iter(match="pa:*", count=1000):
            name = key.decode()
            if name.endswith(":seen"):
                out["seen_urls"] += int(self.client.scard(key))
                out["seen_bytes"] += int(self.client.memory_usage(key, samples=0) or 0)
            elif name.endswith(":queue"):
                out["queue_left"] += int(self.client.xlen(key))
            elif name.endswith(":dead"):
                out["dead"] += int(self.client.xlen(key))
            out["keys"] += 1
        return dict(out)


@dataclass
class Run:
    label: str
    workers: list[Worker]
    wall: float
    archive: Path
    logs: list[Path]
    started: float = 0.0  # time.monotonic() at the first start
    bench_cpu: float = 0.0  # this process: the demo servers (and the sampling)
    redis_cpu: float = 0.0
    machine_cores: float = 0.0  # every CPU of the machine, other users included
    redis_baseline: int = 0
    redis_peak: int = 0
    redis_end: int = 0
    redis_frontier: dict[str, int] = field(default_factory=dict)
    redis_commands: dict[str, int] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return self.figures.get("pages", 0)

    @property
    def articles(self) -> int:
        return self.figures.get("articles", 0)

    @property
    def cpu(self) -> float:
        return sum(w.cpu for w in self.workers)


def run_workers(label: str, n: int, *, folder: Path, config: Path, names: list[str],
                redis: Redis | None, sample: float, stagger: float, log_level: str) -> Run:
    """``n`` crawl processes of every source in ``names``, sharing ``redis``'s frontier
    (without one: a single plain crawl); waits for all, sampling them meanwhile."""
    folder.mkdir(parents=True)
    archive = folder / "archive"
    cmd = [CLI, "crawl", "--config", str(config), "--archive", str(archive),
           "--log-level", log_level, "-s", "PORTAL_IMAGES=False", "-s", "PORTAL_ATTACHMENTS=False"]
    if redis is not None:
        redis.fresh()
        cmd += ["--frontier", redis.url]
    cmd += names
    baseline = redis.used_memory() if redis is not None else 0
    redis_cpu0 = redis.cpu() if redis is not None else 0.0
    peak = baseline
    self0 = resource.getrusage(resource.RUSAGE_SELF)
    busy0 = _machine_busy()
    workers: list[Worker] = []
    logs = []
    start = time.monotonic()
    try:
        for i in range(n):
            logs.append(folder / f"w{i}.err")
            with open(folder / f"w{i}.out", "wb") as out, open(logs[-1], "wb") as err:
                popen = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=folder)
            workers.append(Worker(i, popen, time.monotonic()))
            if i < n - 1:
                time.sleep(stagger)
        next_sample = time.monotonic()
        while any(w.ended is None for w in workers):
            for w in workers:
                if w.ended is None:
                    pid, status, usage = os.wait4(w.pid, os.WNOHANG)
                    if pid:
                        w.reaped(status, usage)
            if time.monotonic() >= next_sample:
                next_sample += sample
                table = _processes()
                for w in workers:
                    if w.ended is not None or w.pid not in table:
                        continue
                    w.family |= _descendants(w.pid, table)
                    w.own_ticks = table[w.pid][1]
                    tree = [p for p in w.family if p in table]
                    pss = sum(_pss(p) or table[p][2] * PAGE for p in [w.pid, *tree])
                    w.samples.append((time.monotonic() - w.started, table[w.pid][2] * PAGE, pss))
                if redis is not None:
                    peak = max(peak, redis.used_memory())
            time.sleep(0.05)
        wall = time.monotonic() - start
        _reap_orphans(workers)
    finally:
        for w in workers:
            if w.ended is None:
                w.popen.kill()
                os.waitpid(w.pid, 0)
                w.ended = time.monotonic()
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    busy1 = _machine_busy()
    run = Run(label, workers, wall, archive, logs, started=start)
    run.bench_cpu = (self1.ru_utime + self1.ru_stime) - (self0.ru_utime + self0.ru_stime)
    run.machine_cores = (busy1[0] - busy0[0]) / TICK / wall
    if redis is not None:
        run.redis_cpu = redis.cpu() - redis_cpu0
        run.redis_baseline, run.redis_end = baseline, redis.used_memory()
        run.redis_peak = max(peak, run.redis_end)
        run.redis_frontier = redis.frontier()
        run.redis_commands = redis.commands()
    run.figures = archive_figures(archive, workers)
    return run


def _reap_orphans(workers: list[Worker], timeout: float = 15.0) -> None:
    """The workers' descendants still about after the worker exited (its forkserver, which
    reaped the extraction processes): reaped here when they come back to this process."""
    deadline = time.monotonic() + timeout
    left = {p: w for w in workers for p in w.family}
    while left and time.monotonic() < deadline:
        for pid, w in list(left.items()):
            try:
                got, status, usage = os.wait4(pid, os.WNOHANG)
            except ChildProcessError:  # not (or no longer) ours: gone, or its parent's
                if not os.path.exists(f"/proc/{pid}"):
                    del left[pid]
                continue
            if got:
                w.cpu_user += usage.ru_utime
                w.cpu_sys += usage.ru_stime
                del left[pid]
        time.sleep(0.05)


def archive_figures(archive: Path, workers: list[Worker]) -> dict[str, Any]:
    """What the runs rows say (pages, new articles, per worker) and whether any article was
    stored twice."""
    from archive import open_archive

    if not archive.exists():
        return {}
    with open_archive(archive) as opened:
        runs = opened.records("SELECT source, responses, articles_new, finish_reason, stats_json, "
                              "started_at, finished_at FROM runs")
        versions = opened.records("SELECT article_id, count(*) AS n FROM article_versions GROUP BY 1")
    by_pid = {w.pid: w.index for w in workers}
    per_worker: Counter[int] = Counter()
    span: dict[int, tuple[float, float]] = {}  # worker -> first run row started, last finished
    frontier: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for r in runs:
        stats = json.loads(r["stats_json"] or "{}")
        name = str(stats.get("frontier/worker", ""))
        pid = int(name.rsplit(":", 1)[1]) if ":" in name else workers[0].pid
        index = by_pid.get(pid, -1)
        per_worker[index] += r["responses"] or 0
        if r["started_at"] is not None and r["finished_at"] is not None:
            began, ended = r["started_at"].timestamp(), r["finished_at"].timestamp()
            old = span.get(index, (began, ended))
            span[index] = (min(old[0], began), max(old[1], ended))
        reasons[r["finish_reason"] or "unfinished"] += 1
        for key, value in stats.items():
            if key.startswith("frontier/") and isinstance(value, int):
                frontier[key.removeprefix("frontier/")] += value
    return {
        "pages": sum(r["responses"] or 0 for r in runs),
        "articles": sum(r["articles_new"] or 0 for r in runs),
        "stored": len(versions),
        "twice": sum(1 for v in versions if v["n"] > 1),
        "runs": len(runs),
        "reasons": dict(reasons),
        "per_worker": dict(per_worker),
        "span": span,
        "frontier": dict(frontier),
    }


# -- printing ------------------------------------------------------------------------------------

_LOG_LINE = re.compile(r"\] (WARNING|ERROR|CRITICAL): (.*)")


def log_summary(paths: list[Path], limit: int = 4) -> list[str]:
    """The workers' warnings and errors, alike lines (numbers aside) counted together."""
    seen: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    for path in paths:
        for line in path.read_text("utf-8", "replace").splitlines():
            if (m := _LOG_LINE.search(line)) is None and "Traceback" not in line:
                continue
            level, text = (m.group(1), m.group(2)) if m else ("ERROR", line)
            key = (level, re.sub(r"\d+", "#", text)[:120])
            seen[key] += 1
            example.setdefault(key, text[:200])
    return [f"{n}× {level}: {example[(level, t)]}" for (level, t), n in seen.most_common(limit)]


def print_run(run: Run, farm: Farm | None, cores: int) -> None:
    f = run.figures
    wall = run.wall
    print(f"  {run.articles} articles, {run.pages} pages in {wall:.1f} s (first start to last "
          f"exit): {run.articles / wall:.1f} articles/s, {run.pages / wall:.1f} pages/s")
    if farm is not None and any(h.meter for h in farm.hosts):
        meters = [h.meter for h in farm.hosts if h.meter is not None]
        first = min((m.first for m in meters if m.first is not None), default=None)
        last = max((m.last for m in meters if m.last is not None), default=None)
        if first is not None and last is not None:
            span = last - first
            print(f"  fetching (first to last request the servers saw): {span:.1f} s, "
                  f"{run.pages / span:.1f} pages/s, {run.articles / span:.1f} articles/s")
            print(f"  first request {first - run.started:.1f} s after the first worker started")
            tails = [w.ended - last for w in run.workers if w.ended is not None]
            print(f"  workers exited {min(tails):.1f}–{max(tails):.1f} s after the last request")
        most = Counter(m.max_in_flight for m in meters)
        twice = sum(1 for m in meters for n in m.urls.values() if n > 1)
        conns = max(m.max_connections for m in meters)
        print("  per host, requests in flight at once (max): "
              + ", ".join(f"{k} on {v} hosts" for k, v in sorted(most.items()))
              + f" (limit {farm.limit}); requests that waited for the server's slot: "
              f"{sum(m.waited for m in meters)}; URLs fetched twice: {twice}; "
              f"open connections per host (max): {conns}")
        busy = [m.served_seconds / (farm.limit * (last - first)) for m in meters
                if first is not None and last is not None and farm.limit]
        if busy:
            print(f"  host slots busy over the fetching span: mean {sum(busy) / len(busy):.0%}, "
                  f"min {min(busy):.0%}, max {max(busy):.0%}")
    per_worker = f.get("per_worker", {})
    parts = []
    for w in run.workers:
        own = w.own_ticks / TICK
        parts.append(f"w{w.index}: {per_worker.get(w.index, 0)} pages in {w.seconds:.1f} s, exit {w.code}, "
                     f"CPU {w.cpu:.1f} s (itself {own:.1f} s)")
        if (rows := f.get("span", {}).get(w.index)) and w.ended_wall is not None:
            parts[-1] += (f", its crawls started {rows[0] - w.started_wall:.1f} s after launch, "
                          f"their last run row {w.ended_wall - rows[1]:.1f} s before exit")
    for part in parts:
        print("  " + part)
    front = f.get("frontier", {})
    if front:
        print("  frontier counters: " + ", ".join(f"{k} {v}" for k, v in sorted(front.items())))
    print(f"  CPU: workers {run.cpu:.1f} s ({run.cpu / wall:.2f} cores), demo servers (this "
          f"process) {run.bench_cpu:.1f} s, redis-server {run.redis_cpu:.1f} s; machine "
          f"{run.machine_cores:.2f} of {cores} cores busy (other users included), load "
          f"average {os.getloadavg()[0]:.1f}")
    if run.redis_commands:
        calls = sum(run.redis_commands.values())
        top = sorted(run.redis_commands.items(), key=lambda kv: -kv[1])[:8]
        per = max(1, run.pages)
        print(f"  redis commands (those the scripts run included): {calls / per:.1f} per page; "
              + ", ".join(f"{k} {v / per:.1f}" for k, v in top))
    rf = run.redis_frontier
    print(f"  archive: {f.get('stored', 0)} articles stored, {f.get('twice', 0)} of them "
          f"twice; {f.get('runs', 0)} run rows {f.get('reasons', {})}"
          + (f"; queue entries left {rf.get('queue_left', 0)}, dead letters {rf.get('dead', 0)}"
             if run.redis_commands else ""))
    bad = [w for w in run.workers if w.code != 0]
    for w in bad:
        tail = run.logs[w.index].read_text("utf-8", "replace")[-1500:]
        print(f"  worker {w.index} exited {w.code}; its log ends:\n" + tail)
    for line in log_summary(run.logs):
        print("  log: " + line)


def _rss_at(samples: list[tuple[float, int, int]], fraction: float, which: int) -> int:
    if not samples:
        return 0
    end = samples[-1][0]
    return min(samples, key=lambda s: abs(s[0] - fraction * end))[which]


def print_memory(run: Run) -> None:
    for w in run.workers:
        s = w.samples
        if not s:
            print(f"  w{w.index}: no samples")
            continue
        peak, peak_all = max(x[1] for x in s), max(x[2] for x in s)
        when = next(x[0] for x in s if x[1] == peak) / max(s[-1][0], 1e-9)
        at = [_rss_at(s, q, 1) for q in (0.1, 0.5, 1.0)]
        at_all = [_rss_at(s, q, 2) for q in (0.1, 0.5, 1.0)]
        print(f"  w{w.index} ({len(s)} samples over {w.seconds:.0f} s): peak RSS {peak / MB:.0f} MB "
              f"at {when:.0%} of its run, 90%: {_rss_at(s, 0.9, 1) / MB:.0f} MB; "
              f"at 10% / 50% / 100%: {' / '.join(f'{v / MB:.0f}' for v in at)} MB "
              f"(growth after 10%: {(at[2] - at[0]) / MB:+.0f} MB); with children (PSS) peak "
              f"{peak_all / MB:.0f} MB, {' / '.join(f'{v / MB:.0f}' for v in at_all)} MB")
    rf = run.redis_frontier
    urls = rf.get("seen_urls", 0)
    if urls:
        per = 100_000 / urls
        print(f"  redis used_memory: {run.redis_baseline / MB:.1f} MB before, peak sampled "
              f"{run.redis_peak / MB:.1f} MB, {run.redis_end / MB:.1f} MB after; seen sets: "
              f"{urls} URLs in {rf.get('seen_bytes', 0) / MB:.1f} MB")
        print(f"  per 100,000 URLs: seen sets {rf.get('seen_bytes', 0) * per / MB:.1f} MB, "
              f"used_memory after the run {(run.redis_end - run.redis_baseline) * per / MB:.1f} MB "
              f"over the empty server, at its peak {(run.redis_peak - run.redis_baseline) * per / MB:.1f} MB")


# -- the measures --------------------------------------------------------------------------------

def measure_scale(args: argparse.Namespace, tmp: Path, redis: Redis, cores: int) -> None:
    with Farm(args.portals, args.scale_articles, latency=args.latency, jitter=args.jitter,
              limit=args.host_limit) as farm:
        names = write_sources(tmp / "scale.toml", farm.hosts, concurrency=args.concurrency,
                              delay=0.0, max_pages=args.max_pages)
        ceiling = len(farm.hosts) * args.host_limit / args.latency
        print(f"\n== 1. scale: {len(farm.hosts)} hosts ({args.portals} demo portals, "
              f"{farm.site_articles} articles), every response {args.latency * 1000:.0f} ± "
              f"{args.jitter * 1000:.0f} ms, at most {args.host_limit} served at once per host; "
              f"sources concurrency {args.concurrency}, download_delay 0")
        print(f"  ceiling of the hosts: {ceiling:.1f} pages/s "
              f"(hosts × {args.host_limit} / {args.latency} s)")
        rates = {}
        for n in args.workers:
            farm.reset()
            run = run_workers(f"scale-{n}", n, folder=tmp / f"scale-{n}", config=tmp / "scale.toml",
                              names=names, redis=redis, sample=args.sample, stagger=args.stagger,
                              log_level=args.log_level)
            print(f"\n-- {n} worker(s)")
            print_run(run, farm, cores)
            pages_per_host = [sum(m.urls.values()) for m in (h.meter for h in farm.hosts) if m]
            floor = max(pages_per_host) * args.latency / args.host_limit
            print(f"  floor of the busiest host: {floor:.1f} s ({max(pages_per_host)} requests "
                  f"× {args.latency} s / {args.host_limit})")
            rates[n] = (run.articles / run.wall, run.pages / run.wall)
            shutil.rmtree(tmp / f"scale-{n}" / "archive", ignore_errors=True)
    print("\n  workers  articles/s  pages/s  × 1 worker")
    one = rates.get(1)
    for n, (a, p) in rates.items():
        print(f"  {n:>7}  {a:10.1f}  {p:7.1f}  {a / one[0]:.2f}" if one else f"  {n:>7}  {a:10.1f}  {p:7.1f}")
    if one and 4 in rates:
        print(f"  4 workers over 1: {rates[4][0] / one[0]:.2f}× articles/s, "
              f"{rates[4][1] / one[1]:.2f}× pages/s (issue's target ≥ 3.2×)")


def measure_cpu(args: argparse.Namespace, tmp: Path, redis: Redis, cores: int) -> float | None:
    import trafilatura

    from archive import open_archive

    with Farm(args.portals, args.cpu_articles) as farm:
        names = write_sources(tmp / "cpu.toml", farm.hosts, concurrency=args.cpu_concurrency,
                              delay=0.0, max_pages=args.max_pages)
        print(f"\n== 2. cpu: one worker, {len(farm.hosts)} local hosts ({farm.site_articles} "
              f"articles), no latency, sources concurrency {args.cpu_concurrency}")
        run = run_workers("cpu", 1, folder=tmp / "cpu", config=tmp / "cpu.toml", names=names,
                          redis=redis, sample=args.sample, stagger=0, log_level=args.log_level)
        print("-- one worker, --frontier")
        print_run(run, None, cores)
        w = run.workers[0]
        if run.articles:
            print(f"  CPU per article: {w.cpu / run.articles * 1000:.1f} ms (user {w.cpu_user:.1f} s "
                  f"+ sys {w.cpu_sys:.1f} s; the worker process itself {w.own_ticks / TICK:.1f} s, "
                  f"its extraction processes the rest); {w.cpu / run.wall:.2f} of {cores} cores busy")
        plain = None
        if args.plain:
            plain = run_workers("plain", 1, folder=tmp / "plain", config=tmp / "cpu.toml",
                                names=names, redis=None, sample=args.sample, stagger=0,
                                log_level=args.log_level)
            print("-- the same crawl without --frontier (one process, embedded frontier)")
            print_run(plain, None, cores)
            pw = plain.workers[0]
            if plain.articles:
                print(f"  CPU per article: {pw.cpu / plain.articles * 1000:.1f} ms; "
                      f"{pw.cpu / plain.wall:.2f} of {cores} cores busy")
        with open_archive(run.archive) as opened:
            urls = [r[0] for r in opened.rows("SELECT url FROM articles ORDER BY url")]
        bodies = []
        for url in urls:  # the same pages, from the same servers
            with urllib.request.urlopen(url) as resp:
                bodies.append(resp.read())
    if not bodies:
        print("  no article archived: no trafilatura baseline")
        return None
    cpu0, start = time.process_time(), time.perf_counter()
    for _ in range(args.repeat):
        for html in bodies:
            trafilatura.bare_extraction(html, with_metadata=True)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
    done = len(bodies) * args.repeat
    traf = done / seconds
    crawl = run.articles / run.wall
    print(f"-- trafilatura.bare_extraction(html, with_metadata=True), one process, the same "
          f"{len(bodies)} article pages, {args.repeat} pass(es)")
    print(f"  {traf:.1f} pages/s ({cpu / done * 1000:.1f} ms CPU per page)")
    print(f"  crawl articles/s over trafilatura pages/s: {crawl / traf:.2f} with --frontier"
          + (f", {plain.articles / plain.wall / traf:.2f} without" if plain and plain.articles else "")
          + " (issue's target ≥ 1.7; 1.08 before, five hosts)")
    return run.pages / run.articles if run.articles else None


def measure_memory(args: argparse.Namespace, tmp: Path, redis: Redis, cores: int,
                   pages_per_article: float) -> None:
    articles = max(len(SITES) * args.portals, round(args.memory_pages / pages_per_article))
    with Farm(args.portals, articles) as farm:
        per_host = args.memory_pages // len(farm.hosts)
        names = write_sources(tmp / "memory.toml", farm.hosts, concurrency=args.cpu_concurrency,
                              delay=0.0, max_pages=max(args.max_pages, 3 * per_host))
        print(f"\n== 3. memory: about {args.memory_pages} pages asked ({farm.site_articles} "
              f"articles at {pages_per_article:.2f} pages per article) on {len(farm.hosts)} hosts, "
              f"no latency; RSS sampled every {args.sample} s")
        for n in args.memory_workers:
            run = run_workers(f"memory-{n}", n, folder=tmp / f"memory-{n}", config=tmp / "memory.toml",
                              names=names, redis=redis, sample=args.sample, stagger=args.stagger,
                              log_level=args.log_level)
            print(f"\n-- {n} worker(s)")
            print_run(run, None, cores)
            print_memory(run)
            shutil.rmtree(tmp / f"memory-{n}" / "archive", ignore_errors=True)


def _counts(text: str) -> list[int]:
    return [int(v) for v in text.split(",") if v.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="scale,cpu,memory", help="measures to run, comma-separated")
    parser.add_argument("--portals", type=int, default=5, help="demo portals (five hosts each)")
    parser.add_argument("--scale-articles", type=int, default=2000, help="articles in all, measure 1")
    parser.add_argument("--workers", type=_counts, default=[1, 2, 4], help="worker counts, measure 1")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per response, measure 1")
    parser.add_argument("--jitter", type=float, default=0.1, help="± seconds around --latency")
    parser.add_argument("--host-limit", type=int, default=2, help="requests served at once per host")
    parser.add_argument("--concurrency", type=int, default=2, help="sources' concurrency, measure 1")
    parser.add_argument("--cpu-articles", type=int, default=2000, help="articles in all, measure 2")
    parser.add_argument("--cpu-concurrency", type=int, default=4,
                        help="sources' concurrency without latency (measures 2, 3; the demo's)")
    parser.add_argument("--repeat", type=int, default=1, help="passes of the trafilatura loop")
    parser.add_argument("--no-plain", dest="plain", action="store_false",
                        help="measure 2 without the crawl without --frontier")
    parser.add_argument("--memory-pages", type=int, default=100_000, help="pages, measure 3")
    parser.add_argument("--memory-workers", type=_counts, default=[1, 4], help="worker counts, measure 3")
    parser.add_argument("--max-pages", type=int, default=20_000, help="each source's page budget")
    parser.add_argument("--sample", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--stagger", type=float, default=0.3, help="seconds between worker starts")
    parser.add_argument("--appendfsync", default="everysec", choices=("always", "everysec", "no"),
                        help="Redis AOF fsync policy (the tests: always)")
    parser.add_argument("--log-level", default="WARNING", help="the workers' --log-level")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the runs' files here")
    args = parser.parse_args()
    only = {m.strip() for m in args.only.split(",")}

    cores = os.cpu_count() or 1
    reaper = _become_subreaper()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.workdir or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        with Redis(tmp / "redis", args.appendfsync) as redis:
            load = " ".join(f"{v:.2f}" for v in os.getloadavg())
            print(f"machine: {cores} CPUs, load average {load}; python {sys.version.split()[0]}; "
                  f"redis-server {redis.version} (appendonly yes, appendfsync {args.appendfsync}); "
                  f"child subreaper: {'yes' if reaper else 'no (CPU of orphaned processes lost)'}")
            ppa = 1.25
            if "scale" in only:
                measure_scale(args, tmp, redis, cores)
            if "cpu" in only:
                ppa = measure_cpu(args, tmp, redis, cores) or ppa
            if "memory" in only:
                measure_memory(args, tmp, redis, cores, ppa)
            load = " ".join(f"{v:.2f}" for v in os.getloadavg())
            print(f"\nload average at the end: {load}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # (cleanup runs on kill too)
    main()
