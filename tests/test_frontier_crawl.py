"""Several crawler processes share one source's frontier in a real redis-server (#17): each
article archived once, no page fetched twice, every worker finishing when the frontier is
empty, a worker killed mid-crawl leaving its requests to the others."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import open_archive
from crawler.demo.server import DemoPortal
from tests.redis_server import RedisServer, need_redis_server


@pytest.fixture(autouse=True, scope="module")
def _redis_server_installed():
    need_redis_server()  # skipped without it here; CI installs it, and fails without it

CLI = str(Path(sys.executable).with_name("portal-archive"))


def _config(path: Path, base_url: str) -> Path:
    # one request at a time to the host across all workers, 80 ms apart: a crawl long enough
    # (~10 s) for the workers to overlap, and the shared gate the only thing keeping it polite
    path.write_text(f'''[[source]]
name = "hue"
family = "huecit"
base_url = "{base_url}"
start_urls = ["/"]
max_pages = 5000
concurrency = 1
download_delay = 0.08
allow_private = true
''', "utf-8")
    return path


def _workers(tmp: Path, redis_url: str, config: Path, n: int, *extra: str) -> list[subprocess.Popen]:
    tmp.mkdir(exist_ok=True)
    cmd = [CLI, "crawl", "--archive", str(tmp / "archive"), "--config", str(config),
           "--frontier", redis_url, "--log-level", "INFO", "-s", "PORTAL_IMAGES=False",
           "-s", "PORTAL_ATTACHMENTS=False", *extra, "hue"]
    procs = []
    for i in range(n):
        with open(tmp / f"w{i}.out", "wb") as out, open(tmp / f"w{i}.err", "wb") as err:
            procs.append(subprocess.Popen(cmd, stdout=out, stderr=err))  # (they keep the files)
        time.sleep(0.3)
    return procs


def _holds_requests(client, worker: subprocess.Popen, *, timeout: float) -> bool:
    """Wait until ``worker`` holds leased requests of the frontier; False if it never did
    (or ended) within ``timeout`` seconds."""
    import redis

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.poll() is None:
        time.sleep(0.05)
        try:
            pending = client.xpending("pa:hue:queue", "workers")
        except redis.ResponseError:  # no worker has made the queue yet
            continue
        holders = {c["name"].decode(): c["pending"] for c in pending.get("consumers") or []}
        if any(name.endswith(f":{worker.pid}") and n for name, n in holders.items()):
            return True
    return False


def _versions_per_article(archive: Path) -> list[int]:
    """How many versions the archive holds of each article."""
    with open_archive(archive) as opened:
        rows = opened.records("SELECT article_id, count(*) AS n FROM article_versions GROUP BY 1")
    return [r["n"] for r in rows]


def _fetched(archive: Path) -> Counter:
    """Responses captured per URL, over every worker's WARC files."""
    seen: Counter = Counter()
    for path in sorted((archive / "warc").rglob("*.warc.gz")):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response":
                    seen[record.rec_headers.get_header("WARC-Target-URI")] += 1
    return seen


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("frontier")
    with RedisServer(tmp / "redis") as redis_server, DemoPortal(articles=250) as portal:
        config = _config(tmp / "sources.toml", portal.url("huecit"))
        procs = _workers(tmp, redis_server.url, config, 3)
        codes = [p.wait(timeout=300) for p in procs]
        left = redis_server.client().xlen("pa:hue:queue")
        articles = len(portal.site("huecit").articles)
        fetched = _fetched(tmp / "archive")  # (before the next run adds its own)
        # the next run of the crawl, one worker: the frontier starts afresh
        (again,) = _workers(tmp / "again", redis_server.url, config, 1,
                            "--archive", str(tmp / "archive"))
        codes.append(again.wait(timeout=300))
    return tmp, codes, left, articles, fetched


def test_three_workers_archive_each_article_once_and_fetch_no_page_twice(shared):
    tmp, codes, left, articles, fetched = shared
    assert codes == [0, 0, 0, 0], [(tmp / f"w{i}.err").read_text()[-2000:] for i in range(3)]
    assert left == 0  # every request finished by someone
    with open_archive(tmp / "archive") as archive:
        rows = archive.records("SELECT article_id, count(*) AS n FROM article_versions GROUP BY 1")
        runs = archive.records("SELECT run_id, articles_new, stats_json FROM runs")
    # (the next run stores nothing: tested below)
    assert len(rows) == articles and {r["n"] for r in rows} == {1}
    assert len(runs) == 4  # a run row per worker, which says what it did
    took = [json.loads(r["stats_json"]).get("frontier/dequeued", 0) for r in runs]
    assert sum(1 for n in took if n) >= 2, took  # the work was shared
    twice = {url: n for url, n in fetched.items() if n > 1}
    assert not twice  # robots.txt included: read once, left in Redis for the other workers
    assert any(json.loads(r["stats_json"]).get("frontier/robots_shared") for r in runs)
    # the three workers' rows name one shared run; the next run of the crawl is another
    shared_runs = [json.loads(r["stats_json"])["frontier/run"] for r in runs]
    assert len(set(shared_runs)) == 2 and sorted(Counter(shared_runs).values()) == [1, 3]
    # clusters and the search index were brought up to date by the worker that left last
    # (not by each: the others' outputs say nothing of them)
    last = {json.loads(r["stats_json"])["frontier/run"] for r in runs
            if json.loads(r["stats_json"]).get("frontier/last_out")}
    assert last == set(shared_runs) and (tmp / "archive" / "dedup" / "clusters.parquet").exists()
    said = ["duplicate" in (tmp / f"w{i}.out").read_text() or "search index" in
            (tmp / f"w{i}.out").read_text() for i in range(3)]
    assert 1 <= sum(said) < 3, said


def test_runs_and_health_read_a_shared_run_as_one_run(shared):
    from archive.health import check_health

    tmp, articles = shared[0], shared[3]
    with open_archive(tmp / "archive") as archive:
        table = archive.runs("hue").to_pylist()
        flags, checked = check_health(archive)
    assert [r["workers"] for r in table] == [1, 3]  # newest first: the next run, one worker
    first = table[1]
    assert first["articles_new"] == articles and first["finish_reason"] == "finished"
    assert checked == ["hue"] and flags == []
    out = subprocess.run([CLI, "runs", "--archive", str(tmp / "archive"), "--json"],
                         capture_output=True, text=True, check=True).stdout
    assert sorted(r["workers"] for r in json.loads(out)) == [1, 3]


def test_the_page_budget_is_the_sources_across_all_workers(tmp_path):
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=250) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        procs = _workers(tmp_path, redis_server.url, config, 2, "--max-pages", "30")
        codes = [p.wait(timeout=300) for p in procs]
    assert codes == [0, 0], [(tmp_path / f"w{i}.err").read_text()[-2000:] for i in range(2)]
    pages = [url for url in _fetched(tmp_path / "archive") if not url.endswith("/robots.txt")]
    # (a redirect's target counts in the budget as a page of its own)
    assert 20 < len(pages) <= 30
    with open_archive(tmp_path / "archive") as archive:
        runs = [json.loads(r["stats_json"]) for r in archive.records("SELECT stats_json FROM runs")]
    assert sum(r.get("portal/budget_refused", 0) for r in runs) > 0


def test_the_next_run_of_a_shared_frontier_starts_afresh(shared):
    """What the last run saw is seen again: the next run re-checks and stores nothing new."""
    tmp = shared[0]
    with open_archive(tmp / "archive") as archive:
        (last,) = archive.records("SELECT * FROM runs ORDER BY started_at DESC LIMIT 1")
    stats = json.loads(last["stats_json"])
    assert stats["frontier/dequeued"] > 1 and last["articles_new"] == 0


def test_a_killed_workers_requests_are_taken_over(tmp_path):
    """One of two workers SIGKILLed mid-crawl: its leased requests run out (a 3 s lease) and
    the other takes them over (after the killed worker's host slot has run out too: 5 s
    downloads, 10 s slots); every article is archived, none twice."""
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=250) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        victim, survivor = _workers(tmp_path, redis_server.url, config, 2,
                                    "-s", "PORTAL_FRONTIER_LEASE=3", "-s", "ARCHIVE_FLUSH_SECONDS=1",
                                    "-s", "DOWNLOAD_TIMEOUT=5")
        if not _holds_requests(redis_server.client(), victim, timeout=60):
            pytest.fail("the first worker never held a request")
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        assert survivor.wait(timeout=300) == 0, (tmp_path / "w1.err").read_text()[-2000:]
        articles = len(portal.site("huecit").articles)
        assert redis_server.client().xlen("pa:hue:queue") == 0
    counts = _versions_per_article(tmp_path / "archive")
    assert len(counts) == articles
    assert set(counts) == {1}
    assert "frontier/taken_over" in (tmp_path / "w1.err").read_text()


_KILL_ON_FIRST_PUBLISH = """\
import os, signal
import crawler.distributed.scheduler as _module
_published = _module.FrontierScheduler._rows_published
def _rows_published(self, urls):
    # the first rows published once another worker reads the frontier: they are in the
    # archive, their requests not yet acknowledged
    if urls and len(self.queue.client.xinfo_consumers(self.queue.stream, "workers")) > 1:
        os.kill(os.getpid(), signal.SIGKILL)
    return _published(self, urls)
_module.FrontierScheduler._rows_published = _rows_published
"""


def test_rows_a_killed_worker_published_before_it_acknowledged_are_not_stored_twice(tmp_path):
    """The worst moment to die: right after publishing rows, before acknowledging their
    requests. The worker that takes the requests over compares those pages with the archive as
    it is now (not as it was when it started) and stores nothing twice."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_KILL_ON_FIRST_PUBLISH, "utf-8")
    extra = ("-s", "PORTAL_FRONTIER_LEASE=2", "-s", "ARCHIVE_BATCH_ROWS=4", "-s", "DOWNLOAD_TIMEOUT=3")
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=400) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(hook), os.environ.get("PYTHONPATH")) if p)}
        victim = subprocess.Popen(
            [CLI, "crawl", "--archive", str(tmp_path / "archive"), "--config", str(config),
             "--frontier", redis_server.url, *extra, "-s", "PORTAL_IMAGES=False",
             "-s", "PORTAL_ATTACHMENTS=False", "hue"], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE)
        # the taker starts next: what it knows of the archive predates the victim's next rows
        (taker,) = _workers(tmp_path / "taker", redis_server.url, config, 1, *extra,
                            "--archive", str(tmp_path / "archive"))
        _, err = victim.communicate(timeout=120)
        assert victim.returncode == -signal.SIGKILL, err[-3000:]
        assert taker.wait(timeout=300) == 0, (tmp_path / "taker" / "w0.err").read_text()[-2000:]
        articles = len(portal.site("huecit").articles)
    counts = _versions_per_article(tmp_path / "archive")
    assert len(counts) == articles and set(counts) == {1}
    with open_archive(tmp_path / "archive") as archive:
        (taker_run,) = [json.loads(r["stats_json"]) for r in archive.records("SELECT stats_json FROM runs")]
        (published,) = archive.records(  # the victim's rows (it recorded no run row)
            "SELECT count(*) AS n FROM article_versions WHERE run_id NOT IN "
            "(SELECT run_id FROM runs)")
    assert published["n"] >= 1
    # the rows it published last were found by the taker, and none was stored again
    assert taker_run["archive/rechecked_newer"] >= 1


def test_redis_killed_and_restarted_mid_crawl_loses_nothing(tmp_path):
    """Redis SIGKILLed while two workers crawl (append-only file, every write synced) and
    started again two seconds later on the same files: the workers pause with a clear log
    line and a counted reason, then finish; every article is archived once."""
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=250) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        procs = _workers(tmp_path, redis_server.url, config, 2)
        client = redis_server.client()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until the crawl is well under way in both
            time.sleep(0.1)
            if client.exists("pa:hue:seen") and client.scard("pa:hue:seen") >= 20 and \
                    len(client.xinfo_consumers("pa:hue:queue", "workers")) == 2:
                break
        redis_server.kill()
        time.sleep(2)
        redis_server.start()
        codes = [p.wait(timeout=300) for p in procs]
        articles = len(portal.site("huecit").articles)
        left = redis_server.client().xlen("pa:hue:queue")
    logs = [(tmp_path / f"w{i}.err").read_text() for i in range(2)]
    assert codes == [0, 0], [log[-2000:] for log in logs]
    assert left == 0
    assert any("frontier Redis unreachable" in log and "frontier/redis_unavailable" in log
               for log in logs)
    counts = _versions_per_article(tmp_path / "archive")
    assert len(counts) == articles and set(counts) == {1}


def test_retry_after_pauses_and_given_up_hosts_hold_for_every_worker(tmp_path):
    """The throttle's decisions of one worker (a Retry-After pause, a host given up) are
    obeyed by another: the pause through the shared gate, the verdict read by its throttle."""
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.distributed.gate import HostGateMiddleware
    from crawler.faults import Refused
    from crawler.net.throttle import ThrottleMiddleware

    with RedisServer(tmp_path / "redis") as redis_server:
        workers = []
        for _ in range(2):
            crawler = get_crawler(settings_dict={"PORTAL_FRONTIER": redis_server.url})
            crawler.spider = SimpleNamespace(source=SimpleNamespace(name="hue"))
            gate = HostGateMiddleware(crawler)
            throttle = ThrottleMiddleware(crawler)
            throttle._gate = lambda gate=gate: gate  # (no engine here to find it through)
            workers.append((gate, throttle))
        (gate_a, _), (gate_b, throttle_b) = workers
        gate_a.share_pause("portal.example", 30)
        grant = gate_b._open().acquire("portal.example", concurrency=4)
        assert grant.token is None and 25 < grant.wait <= 30  # the other worker waits too
        gate_a.share_give_up("portal.example", "connection_refused")
        with pytest.raises(Refused):
            throttle_b.process_request(Request("http://portal.example/tin/1.html"))
        assert throttle_b.failing == {"portal.example": "connection_refused"}


@pytest.mark.slow
def test_ten_kills_lose_nothing_and_store_nothing_twice(tmp_path):
    """One worker SIGKILLed at random moments, ten times, and started again each time, while
    two others go on: the frontier ends empty, the archive holds exactly the article versions
    a crawl of one process (no frontier) stores, it verifies, and requests the killed workers
    held were taken over by the others."""
    import random

    from archive.verify import verify_archive
    from tests.chaos import versions

    rng = random.Random(17)
    extra = ("-s", "PORTAL_FRONTIER_LEASE=5", "-s", "ARCHIVE_FLUSH_SECONDS=1",
             "-s", "DOWNLOAD_TIMEOUT=5")
    # (a crawl of ~45 s at the shared host's pace: the ten kills take ~25-30 s)
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=700) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        # the reference: one process, no frontier, at full speed
        reference = subprocess.run([CLI, "crawl", "--archive", str(tmp_path / "reference"),
                                    "--config", str(config), "-s", "PORTAL_IMAGES=False",
                                    "-s", "PORTAL_ATTACHMENTS=False", "-s", "DOWNLOAD_DELAY=0",
                                    "hue"], capture_output=True, timeout=300)
        assert reference.returncode == 0, reference.stderr[-2000:]
        config.write_text(config.read_text("utf-8").replace("download_delay = 0.08",
                                                            "download_delay = 0.25"), "utf-8")
        steady = [_workers(tmp_path / f"steady{i}", redis_server.url, config, 1, *extra,
                           "--archive", str(tmp_path / "archive"))[0] for i in range(2)]
        kills = n = 0
        while kills < 10 and all(p.poll() is None for p in steady):
            n += 1
            (victim,) = _workers(tmp_path / f"victim{n}", redis_server.url, config, 1, *extra,
                                 "--archive", str(tmp_path / "archive"))
            if n % 2:  # at any moment: starting, or holding work
                time.sleep(rng.uniform(0.8, 2.5))
            else:  # once it holds requests (they must be re-delivered to the others)
                _holds_requests(redis_server.client(), victim, timeout=30)
                time.sleep(rng.uniform(0, 0.3))
            if victim.poll() is None:
                victim.send_signal(signal.SIGKILL)
                kills += 1
            victim.wait(timeout=30)
        for i, p in enumerate(steady):
            assert p.wait(timeout=300) == 0, (tmp_path / f"steady{i}" / "w0.err").read_text()[-2000:]
        assert kills >= 10
        assert redis_server.client().xlen("pa:hue:queue") == 0
        assert redis_server.client().xlen("pa:hue:dead") == 0  # nothing set aside
    got, repeated = versions(tmp_path / "archive")
    want, _ = versions(tmp_path / "reference")
    assert repeated == 0 and got == want
    assert verify_archive(tmp_path / "archive").ok
    with open_archive(tmp_path / "archive") as archive:
        stats = [json.loads(r["stats_json"]) for r in archive.records("SELECT stats_json FROM runs")]
    assert sum(s.get("frontier/taken_over", 0) for s in stats) > 0  # leases re-delivered


def test_a_worker_joins_every_source_with_work_and_stops_when_told(tmp_path):
    """`portal-archive worker` joins the crawl of each configured source whose queue holds
    requests (two here, started by one `crawl --frontier`), each in a child crawl; SIGTERM
    mid-crawl stops it and its children as a crawl stops, and the crawl that goes on archives
    every article once."""
    with RedisServer(tmp_path / "redis") as redis_server, DemoPortal(articles=400) as portal:
        config = _config(tmp_path / "sources.toml", portal.url("huecit"))
        config.write_text(config.read_text("utf-8") + f'''
[[source]]
name = "lif"
family = "liferay"
base_url = "{portal.url("liferay")}"
start_urls = ["/"]
concurrency = 1
download_delay = 0.08
allow_private = true
''', "utf-8")
        (starter,) = _workers(tmp_path / "starter", redis_server.url, config, 1,
                              "--archive", str(tmp_path / "archive"), "lif")
        err = (tmp_path / "worker.err").open("wb")
        worker = subprocess.Popen(
            [CLI, "worker", "--frontier", redis_server.url, "--config", str(config),
             "--archive", str(tmp_path / "archive"), "--poll", "0.2", "--log-level", "INFO",
             "-s", "PORTAL_IMAGES=False", "-s", "PORTAL_ATTACHMENTS=False"],
            stdout=subprocess.PIPE, stderr=err)
        deadline = time.monotonic() + 60
        log = ""
        while time.monotonic() < deadline:  # until both of its crawls have fetched pages
            time.sleep(0.2)
            log = (tmp_path / "worker.err").read_text(errors="replace")
            if all(f"joining the crawl of {n}" in log for n in ("hue", "lif")) and \
                    log.count("Crawled ") >= 2:
                break
        else:
            pytest.fail(log[-3000:])
        worker.send_signal(signal.SIGTERM)
        out, _ = worker.communicate(timeout=120)
        err.close()
        assert worker.returncode == 0, (tmp_path / "worker.err").read_text()[-3000:]
        assert starter.wait(timeout=300) == 0
        articles = sum(len(portal.site(s).articles) for s in ("huecit", "liferay"))
        client = redis_server.client()
        assert client.xlen("pa:hue:queue") == 0 and client.xlen("pa:lif:queue") == 0
    assert "worker stopped (signal); 2 crawl(s) joined" in out.decode()
    counts = _versions_per_article(tmp_path / "archive")
    assert len(counts) == articles and set(counts) == {1}
    with open_archive(tmp_path / "archive") as archive:
        runs = archive.records("SELECT source, finish_reason, stats_json FROM runs")
    by_source: dict[str, set] = {}
    for r in runs:
        by_source.setdefault(r["source"], set()).add(json.loads(r["stats_json"])["frontier/worker"])
    assert {s: len(w) for s, w in by_source.items()} == {"hue": 2, "lif": 2}
    assert sorted(r["finish_reason"] for r in runs).count("shutdown") == 2  # the worker's two
