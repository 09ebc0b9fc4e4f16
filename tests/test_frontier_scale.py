"""Three crawler processes share one frontier in a real redis-server and crawl the five demo
sites grown to 2,000 articles (issue #17's acceptance test): every article archived once, no
page requested twice, never more requests in flight to a host than its source allows across
the three workers (measured by the server), and the archive verifies.

The demo portal runs in this process, so the measurement is the server's own: each site's
``handle`` is wrapped to log what it served and to count the requests it is answering at once,
holding each a few milliseconds so that concurrency builds up and an excess would be seen.
A quick companion test shows that the measurement does see requests that overlap."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import tomllib
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from archive import open_archive
from archive.verify import verify_archive
from crawler.demo.server import DemoPortal
from crawler.sources import load_sources
from tests.helpers import toml_value
from tests.redis_server import RedisServer, need_redis_server

CLI = str(Path(sys.executable).with_name("portal-archive"))
#: requests to one host the sources allow in flight at once, across all workers
CONCURRENCY = 2
#: how long the server holds each request before answering it (a little latency, as a real
#: portal has: requests that the crawl lets overlap do overlap)
HOLD = 0.03
ARTICLES = 2000
WORKERS = 3
PAGES_ONLY = ("-s", "PORTAL_IMAGES=False", "-s", "PORTAL_ATTACHMENTS=False")


class ServerLog:
    """What the demo sites of a running portal served, measured on the server: every request
    (host, path?query, start, end) and, per host, the most requests answered at once."""

    def __init__(self, portal: DemoPortal, hold: float = HOLD) -> None:
        self.hold = hold
        self.lock = threading.Lock()
        self.served: list[tuple[str, str, float, float]] = []
        self.in_flight: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        for name in portal.urls:
            self._watch(portal.site(name), urlsplit(portal.url(name)).netloc)

    def _watch(self, site: Any, host: str) -> None:
        handle = site.handle  # the site's own (bound) method; the wrapper shadows it

        def watched(path: str, query: str) -> Any:
            with self.lock:
                self.in_flight[host] += 1
                self.peak[host] = max(self.peak[host], self.in_flight[host])
                start = time.monotonic()
            try:
                time.sleep(self.hold)  # inside the counted window: overlapping requests meet here
                return handle(path, query)
            finally:
                with self.lock:
                    self.in_flight[host] -= 1
                    self.served.append((host, f"{path}?{query}" if query else path,
                                        start, time.monotonic()))

        site.handle = watched

    def twice(self) -> dict[tuple[str, str], int]:
        """(host, path?query) served more than once, with how often."""
        with self.lock:
            counts = Counter((host, target) for host, target, _, _ in self.served)
        return {key: n for key, n in counts.items() if n > 1}

    def busiest(self, host: str) -> list[tuple[str, float, float]]:
        """The requests to ``host`` in flight at the busiest moment (what a failure shows)."""
        with self.lock:
            served = [(t, s, e) for h, t, s, e in self.served if h == host]
        moments = [s for _, s, _ in served]
        at = max(moments, key=lambda m: sum(1 for _, s, e in served if s <= m < e), default=0.0)
        return [(t, round(s - at, 4), round(e - at, 4)) for t, s, e in served if s <= at < e]

    def overlap(self) -> dict[str, int]:
        """Per host, the most requests in flight at once, counted again from the logged
        intervals (a check of the live counter)."""
        with self.lock:
            served = list(self.served)
        most: dict[str, int] = {}
        for host in {h for h, *_ in served}:
            # (an end sorts before a start at the same instant: -1 < 1)
            events = sorted([(s, 1) for h, _, s, _ in served if h == host]
                            + [(e, -1) for h, _, _, e in served if h == host])
            now = top = 0
            for _, step in events:
                now += step
                top = max(top, now)
            most[host] = top
        return most


def _config(path: Path, portal: DemoPortal) -> tuple[Path, dict[str, str]]:
    """The packaged demo sources (with the feeds and overrides they ship with) pointed at the
    running portal's sites: CONCURRENCY requests to a host at a time, no delay, a page budget
    well above the grown sites. Returns the file and each source's demo site."""
    packaged = Path(str(resources.files("crawler").joinpath("sources.toml")))
    entries = [e for e in tomllib.loads(packaged.read_text("utf-8"))["source"]
               if e["base_url"].startswith("demo:")]
    sites: dict[str, str] = {}
    lines: list[str] = []
    for entry in entries:
        site = entry["base_url"].removeprefix("demo:")
        sites[entry["name"]] = site
        keep = {k: v for k, v in entry.items() if k not in ("title", "schedule", "max_duration")}
        keep |= {"base_url": portal.url(site), "concurrency": CONCURRENCY, "download_delay": 0.0,
                 "max_pages": 10 * ARTICLES, "allow_private": True}
        lines += ["[[source]]", *(f"{k} = {toml_value(v)}" for k, v in keep.items()), ""]
    assert sorted(sites.values()) == sorted(portal.urls)  # one source per demo site
    path.write_text("\n".join(lines), "utf-8")
    return path, sites


def _crawl(folder: Path, archive: Path, config: Path, names: list[str], *extra: str) -> subprocess.Popen:
    """One ``portal-archive crawl`` process; its output in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    cmd = [CLI, "crawl", "--archive", str(archive), "--config", str(config), "--log-level", "INFO",
           *PAGES_ONLY, *extra, *names]
    with open(folder / "out", "wb") as out, open(folder / "err", "wb") as err:
        return subprocess.Popen(cmd, stdout=out, stderr=err)  # (it keeps the files)


@pytest.fixture(scope="module")
def three_workers(tmp_path_factory):
    need_redis_server()  # skipped without it here; CI installs it, and fails without it
    tmp = tmp_path_factory.mktemp("frontier-scale")
    with RedisServer(tmp / "redis") as redis_server, DemoPortal(articles=ARTICLES) as portal:
        log = ServerLog(portal)
        config, sites = _config(tmp / "sources.toml", portal)
        started = time.monotonic()
        procs = [_crawl(tmp / f"w{i}", tmp / "archive", config, list(sites),
                        "--frontier", redis_server.url) for i in range(WORKERS)]
        try:
            codes = [p.wait(timeout=600) for p in procs]
        finally:  # (a hung worker must not outlive the test)
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
        took = time.monotonic() - started
        client = redis_server.client()
        left = {name: client.xlen(f"pa:{name}:queue") for name in sites}
        # the articles each site has, by the canonical URL the crawl gives them
        sources = load_sources(config)
        expected = {name: {sources[name].profile().canonicalize(portal.url(site) + path)
                           for path in map(portal.site(site).article_path, portal.site(site).articles)}
                    for name, site in sites.items()}
        hosts = {urlsplit(portal.url(site)).netloc for site in sites.values()}
    with open(tmp / "served.json", "w") as fh:  # the server's log, to read when a test fails
        json.dump([[host, target, round(start - started, 4), round(end - started, 4)]
                   for host, target, start, end in log.served], fh)
    errs = [(tmp / f"w{i}" / "err").read_text("utf-8", "replace")[-3000:] for i in range(WORKERS)]
    return dict(tmp=tmp, log=log, codes=codes, errs=errs, took=took, left=left,
                expected=expected, hosts=hosts)


@pytest.mark.soak
def test_three_workers_archive_each_article_once(three_workers):
    tmp, expected = three_workers["tmp"], three_workers["expected"]
    assert three_workers["codes"] == [0] * WORKERS, three_workers["errs"]
    assert set(three_workers["left"].values()) == {0}, three_workers["left"]  # all done with
    with open_archive(tmp / "archive") as archive:
        rows = archive.records("SELECT source, article_id, any_value(canonical_url) AS canonical_url, "
                               "count(*) AS n FROM article_versions GROUP BY ALL")
        runs = archive.records("SELECT source, stats_json FROM runs")
    assert sum(map(len, expected.values())) == ARTICLES
    for name, urls in expected.items():  # every article of every site, and nothing else
        got = {r["canonical_url"] for r in rows if r["source"] == name}
        assert got == urls, (name, sorted(got ^ urls)[:10])
    assert len(rows) == ARTICLES and {r["n"] for r in rows} == {1}  # one version of each
    assert len(runs) == WORKERS * len(expected)  # a run row per worker and source
    taken: Counter[str] = Counter()  # requests each worker took from the shared queues
    for run in runs:
        stats = json.loads(run["stats_json"])
        taken[stats["frontier/worker"]] += stats.get("frontier/dequeued", 0)
    assert len(taken) == WORKERS and sum(1 for n in taken.values() if n) >= 2, taken  # shared
    print(f"\n{WORKERS} workers crawled in {three_workers['took']:.1f} s; "
          f"requests taken per worker {dict(taken)}")


@pytest.mark.soak
def test_no_page_served_twice_and_no_host_above_its_concurrency(three_workers):
    log: ServerLog = three_workers["log"]
    assert log.twice() == {}  # robots.txt included: fetched once, shared through Redis
    hosts = three_workers["hosts"]
    served = Counter(host for host, *_ in log.served)
    robots = Counter(host for host, target, *_ in log.served if target == "/robots.txt")
    assert set(served) == hosts and robots == dict.fromkeys(hosts, 1)
    assert sum(served.values()) > ARTICLES  # articles, listings, feeds, robots.txt
    assert dict(log.peak) == log.overlap()
    # (a request is in the site's handle only while the crawl waits for it: a count above the
    # limit is the crawl's doing)
    assert max(log.peak.values()) <= CONCURRENCY, dict(log.peak)  # across all three workers
    # ...and the limit was reached: the measurement saw requests overlap
    assert max(log.peak.values()) == CONCURRENCY, dict(log.peak)
    print(f"\nserved {sum(served.values())} requests {dict(served)}; "
          f"most in flight at once per host {dict(log.peak)}")


@pytest.mark.soak
def test_the_archive_verifies(three_workers):
    assert three_workers["codes"] == [0] * WORKERS, three_workers["errs"]
    report = verify_archive(three_workers["tmp"] / "archive")
    assert report.ok, report.problems[:5]


def test_the_measurement_sees_requests_that_overlap():
    """The measurement is able to fail: requests a client sends to one site at once are
    counted at once (three of them, above CONCURRENCY), and every one is logged."""
    with DemoPortal() as portal:
        log = ServerLog(portal, hold=0.3)  # longer than a loaded machine takes to start 3 threads
        base = portal.url("huecit")
        paths = ["/robots.txt", "/", "/?gd=19"]
        ready = threading.Barrier(len(paths), timeout=30)

        def get(path: str) -> int:
            ready.wait()
            with urllib.request.urlopen(base + path, timeout=30) as reply:
                return reply.status

        with ThreadPoolExecutor(len(paths)) as pool:
            assert list(pool.map(get, paths)) == [200] * len(paths)
        host = urlsplit(base).netloc
    assert dict(log.peak) == {host: 3} == log.overlap()
    assert sorted(target for _, target, *_ in log.served) == sorted(paths)
    assert log.twice() == {}


@pytest.mark.parametrize("extra", [(), ("-s", "DOWNLOAD_DELAY=0")], ids=["source", "set-on-command-line"])
def test_a_crawl_of_one_process_keeps_its_sources_concurrency_too(tmp_path, extra):
    """No frontier, no delay: the server never answers more requests of the source at once
    than its concurrency (Scrapy 2.19's downloader, left alone, starts every queued request
    of a host at once when the delay is 0: 9-15 in flight at a concurrency of 2; with a 1 ms
    delay still 3 now and then: the host gate keeps it)."""
    with DemoPortal() as portal:
        log = ServerLog(portal)
        config, sites = _config(tmp_path / "sources.toml", portal)
        name = next(n for n, site in sites.items() if site == "huecit")
        proc = _crawl(tmp_path / "plain", tmp_path / "archive", config, [name], *extra)
        assert proc.wait(timeout=300) == 0, (tmp_path / "plain" / "err").read_text()[-2000:]
        host = urlsplit(portal.url("huecit")).netloc
    assert len(log.served) > 30
    assert log.peak[host] == CONCURRENCY == log.overlap()[host], log.busiest(host)
