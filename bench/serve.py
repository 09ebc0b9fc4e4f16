"""The web app's latency under concurrent clients: search and article pages over HTTP, against
the library's own search and the CLI's.

    .venv/bin/python bench/serve.py [--articles 100000] [--archive PATH] [--clients 4]
                                    [--repeat 5] [--article-samples 500] [--seconds 60]
                                    [--timeout 60] [--cli-repeat 2] [--readers 2]

The archive is bench/search.py's synthetic one (same generator, same seed: ``--articles``
articles of ~3 KB of Vietnamese-like text cut from the demo corpus, twelve sources, issuing
units, dates over 2015-2026, one part per source per 50,000 articles, no runs and no WARC
files), with its duplicate clusters computed (``archive.dedup.cluster``; the synthetic
articles are no republications, so nearly every cluster is a single article) and then its
search index built (``archive.search.update_index``), so the index holds the cluster ids
as after a crawl. ``--archive PATH`` keeps it at PATH and reuses it on the next run with the
same ``--articles`` (an archive bench/search.py made at PATH is reused too, clustered and
indexed where it is not yet); without it, everything lives in a temporary directory.

The server is the real one: ``crawler.web.create_app`` under ``uvicorn.Server`` in a
subprocess (so clients and server do not share a GIL) on a free loopback port, with
``--readers`` DuckDB handles as ``portal-archive serve`` has. Clients are stdlib threads
(``http.client``, one keep-alive connection each), timing the whole HTTP round trip of a
page: request sent to last byte read. Measured, each after a warm-up:

* search page ``/?q=...``: bench/search.py's query set (words, phrases, words typed without
  diacritics, AND/OR/NOT, a prefix, ``title:``, source/unit/date filters), each query
  ``--repeat`` times in a shuffled order, as HTML and as ``?format=json``;
* article page ``/article/<id>``: ``--article-samples`` article ids sampled from the archive,
  each fetched once (the warm-up fetches other ids), as HTML and as ``?format=json``;
* both with ``--clients`` concurrent clients (p50/p95/max and requests/s) and with one
  client (a page's own cost, without queueing behind the others on this machine's cores).
  A batch sends no new request after ``--seconds`` (slow pages are measured on fewer
  requests, and the output says how many); a page not answered in ``--timeout`` seconds is
  counted as failed;
* baselines for the same queries: the library call ``archive.search.search(root, q,
  limit=20)`` in this process, and ``portal-archive search Q --archive PATH`` end to end as a
  subprocess (``--cli-repeat`` times each), Python start-up and imports included (measured
  alone as ``portal-archive search --help``); the ratios of the web page's p50/p95 to both;
* where a page's time goes: the page's data (``crawler.web.pages``) and its library calls
  timed in this process, the rest (template, HTTP, thread pool) by difference.

Targets (issue #16), at 100k articles: search page p95 <= 150 ms, article page p95 <= 50 ms
(the HTML pages, ``--clients`` concurrent clients).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.search import QUERIES, _load, corpus, percentile, write  # noqa: E402

#: Targets of issue #16 (ms, p95 of the HTML page at 100k articles under concurrent clients).
SEARCH_TARGET = 150.0
ARTICLE_TARGET = 50.0
#: Article ids fetched before the timed ones (never timed themselves).
WARM_ARTICLES = 20
#: Articles whose page data is timed in-process for the breakdown.
BREAKDOWN_ARTICLES = 20

# The server process: the app as `portal-archive serve` makes it, on a socket bound here to a
# free port, which it prints before serving. The socket names its protocol: asyncio sets
# TCP_NODELAY only on connections of a socket whose proto is IPPROTO_TCP, and without it every
# response on a keep-alive connection waited ~40 ms for the client's delayed ACK (measured).
_SERVER = """
import socket, sys, uvicorn
from crawler.web import create_app, loopback_hosts
root, readers = sys.argv[1], int(sys.argv[2])
app = create_app(root, allowed_hosts=loopback_hosts("127.0.0.1"), readers=readers)
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
uvicorn.Server(config).run(sockets=[sock])
"""


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f}"


def _label(query: str, filters: dict) -> str:
    return query + (" " + " ".join(f"--{k} {v!r}" for k, v in filters.items()) if filters else "")


# -- the archive ---------------------------------------------------------------------------------
def prepare(root: Path, articles: int) -> dict[str, Any]:
    """Generate (or reuse) the synthetic articles, cluster them, index them; what it holds."""
    from archive import open_archive
    from archive.clusters import pending
    from archive.dedup import cluster
    from archive.search import close_readers, index_status, update_index

    marker = root / "bench.json"  # bench/search.py's marker: its archives are reused as they are
    made = json.loads(marker.read_text()) if marker.exists() else None
    if made is not None and made["articles"] != articles:
        sys.exit(f"{root} holds {made['articles']:,} articles, not {articles:,}")
    for added in root.glob("articles/*/added-*.parquet"):  # a bench/search.py run stopped early
        added.unlink()
    if made is None and any(root.glob("articles/*/*.parquet")):
        sys.exit(f"{root} holds articles but no {marker.name}: not an archive this bench made")
    if made is None:
        tokens, units = corpus()
        start = time.perf_counter()
        size = write(root, articles, 0, 1, tokens, units)  # bench/search.py's seed: the same archive
        made = {"articles": articles, "size": size, "seconds": round(time.perf_counter() - start)}
        marker.write_text(json.dumps(made))
        print(f"wrote {articles:,} synthetic articles ({size / 1e9:.2f} GB of body text) in "
              f"{made['seconds']} s")
    else:
        print(f"reusing {articles:,} synthetic articles in {root} ({made['size'] / 1e9:.2f} GB of body text)")

    with open_archive(root) as archive:
        unclustered = pending(archive)[0]
    if unclustered:
        start = time.perf_counter()
        done = cluster(root)
        print(f"clustered {unclustered:,} article versions in {time.perf_counter() - start:.1f} s "
              f"({done.clusters:,} clusters, {done.multi:,} of 2+ versions)")
    exists, fresh = index_status(root)
    if not fresh:
        start = time.perf_counter()
        built = update_index(root, rebuild=not exists)
        print(f"search index {'updated' if exists else 'built'}: {built.documents:,} articles in "
              f"{time.perf_counter() - start:.1f} s")
    close_readers()

    with open_archive(root) as archive:
        count, sources = archive.sql("SELECT count(*), count(DISTINCT source) FROM articles").fetchall()[0]
        parts = len(archive.article_parts())
        clusters, multi = archive.sql(
            "SELECT count(*), count(*) FILTER (WHERE articles > 1) FROM clusters").fetchall()[0]
    index = sum(p.stat().st_size for p in (root / "search").glob("index-*"))
    print(f"archive {root}: {count:,} articles in {sources} sources, {parts} parts, "
          f"{made['size'] / 1e9:.2f} GB of body text; {clusters:,} clusters ({multi:,} of 2+ articles); "
          f"search index {index / 1e9:.2f} GB, up to date")
    return made


def sample_ids(root: Path, n: int) -> list[str]:
    from archive import open_archive

    with open_archive(root) as archive:
        rows = archive.sql(f"SELECT article_id FROM articles USING SAMPLE reservoir({int(n)} ROWS) "
                           "REPEATABLE (16)").fetchall()
    ids = [r[0] for r in rows]
    random.Random(16).shuffle(ids)  # the sample comes back in file order
    return ids


# -- the server and its clients --------------------------------------------------------------------
class Server:
    """``crawler.web.create_app`` under uvicorn in a subprocess, answering on a loopback port."""

    def __init__(self, root: Path, readers: int) -> None:
        start = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-c", _SERVER, str(root), str(readers)],
                                     stdout=subprocess.PIPE, text=True, cwd=sys.path[0])
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.strip().isdigit():
            self.proc.kill()
            sys.exit(f"the server did not start (it printed {line!r})")
        self.port = int(line)
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/static/site.css")
                conn.getresponse().read()
                conn.close()
                break
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    sys.exit("the server did not answer within 60 s")
                time.sleep(0.05)
        self.started = time.perf_counter() - start

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Result:
    """One batch of requests: each answered one's round trip, status and size (by its index in
    ``paths``); those that got no answer; the batch's wall time."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self.answered: dict[int, tuple[float, int, int]] = {}
        self.unanswered: list[str] = []
        self.wall = 0.0

    @property
    def seconds(self) -> list[float]:
        return [x for x, status, _ in self.answered.values() if status == 200]

    def line(self, name: str, target: float | None = None) -> str:
        xs = self.seconds
        if not xs:
            return f"  {name:<14} no page answered"
        sent = len(self.answered) + len(self.unanswered)
        text = (f"  {name:<14} p50 {_ms(percentile(xs, 0.5)):>7} ms  p95 {_ms(percentile(xs, 0.95)):>7} ms  "
                f"max {_ms(max(xs)):>7} ms  {len(xs) / self.wall:6.1f} req/s  ({len(xs)} pages"
                + (f" of {len(self.paths)}, the rest cut by --seconds" if sent < len(self.paths) else "")
                + f", {statistics.mean(size for *_, size in self.answered.values()) / 1e3:.1f} KB each)")
        if target is not None:
            p95 = percentile(xs, 0.95) * 1e3
            text += f"  target p95 <= {target:.0f} ms: {'PASS' if p95 <= target else 'MISS'}"
        return text

    def errors(self) -> list[str]:
        return [f"{status} {self.paths[i]}" for i, (_, status, _) in self.answered.items()
                if status != 200] + self.unanswered


def fetch(port: int, paths: list[str], clients: int, *, seconds: float = 1e9,
          timeout: float = 60.0) -> Result:
    """GET the paths, ``clients`` at a time (each client one keep-alive connection), until all
    are answered or ``seconds`` have passed (no new request is sent after that)."""
    result = Result(paths)
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in range(len(paths)):
        todo.put(i)
    ready = threading.Barrier(clients + 1)
    deadline = [0.0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        ready.wait()
        while time.perf_counter() < deadline[0]:
            try:
                i = todo.get_nowait()
            except queue.Empty:
                break
            for attempt in (1, 2):  # a keep-alive connection the server closed: once more, anew
                t0 = time.perf_counter()
                try:
                    conn.request("GET", paths[i], headers={"Accept": "text/html"})
                    response = conn.getresponse()
                    body = response.read()
                except (OSError, http.client.HTTPException) as exc:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                    # (http.client.RemoteDisconnected is a ConnectionResetError)
                    if attempt == 2 or not isinstance(exc, ConnectionResetError | BrokenPipeError):
                        result.unanswered.append(f"{type(exc).__name__} after "
                                                 f"{time.perf_counter() - t0:.0f} s: {paths[i]}")
                        break
                    continue
                result.answered[i] = (time.perf_counter() - t0, response.status, len(body))
                break
        conn.close()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    start = time.perf_counter()
    deadline[0] = start + seconds
    ready.wait()
    for t in threads:
        t.join()
    result.wall = time.perf_counter() - start
    return result


def search_path(query: str, filters: dict, fmt: str | None = None) -> str:
    return "/?" + urlencode({"q": query, **filters, **({"format": fmt} if fmt else {})})


# -- baselines -------------------------------------------------------------------------------------
def timed(call: Callable[[], Any], repeat: int) -> list[float]:
    call()  # warm-up
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        out.append(time.perf_counter() - t0)
    return out


def cli_times(root: Path, repeat: int) -> tuple[dict[str, list[float]], list[float]]:
    """``portal-archive search`` end to end per query; and the CLI's start-up alone."""
    exe = str(Path(sys.executable).with_name("portal-archive"))

    def run(argv: list[str]) -> float:
        t0 = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        took = time.perf_counter() - t0
        if done.returncode:  # (its stderr is otherwise only the rank window's note)
            sys.exit(f"{shlex.join(argv)} failed: {done.stderr}")
        return took

    startup = [run([exe, "search", "--help"]) for _ in range(repeat + 1)][1:]
    out = {}
    for query, filters in QUERIES:
        argv = [exe, "search", query, "--archive", str(root)]
        for name, value in filters.items():
            argv += [f"--{name}", value]
        run(argv)  # warm-up
        out[_label(query, filters)] = [run(argv) for _ in range(repeat)]
    return out, startup


def breakdown(root: Path, ids: list[str], repeat: int) -> None:
    """Where a page's time goes, in this process: the page's data (``crawler.web.pages``) and
    the library calls it makes, one call at a time."""
    from archive import open_archive
    from archive.browse import article_versions
    from archive.clusters import version_cluster
    from archive.search import index_state, search
    from crawler.web import pages

    took: dict[str, list[float]] = {}

    def clock(name: str, call: Callable[[], Any], keep: bool = True) -> Any:
        t0 = time.perf_counter()
        value = call()
        if keep:
            took.setdefault(name, []).append(time.perf_counter() - t0)
        return value

    with open_archive(root) as archive:
        for query, filters in QUERIES:
            form = pages.SearchForm(q=query, **filters)
            for r in range(repeat + 1):  # the first round a warm-up
                clock("search_page", lambda f=form: pages.search_page(archive, f), r > 0)
                clock("search(facets, mark)", lambda q=query, f=filters: search(
                    root, q, limit=pages.PER_PAGE, mark=pages.MARK, facets=True, **f), r > 0)
                clock("archive.sources()", archive.sources, r > 0)
                clock("index_state (the app keeps it)", lambda: index_state(root), r > 0)
        pages.article_page(archive, ids[-1])  # warm-up
        for key in ids[:BREAKDOWN_ARTICLES]:
            data = clock("article_page", lambda k=key: pages.article_page(archive, k))
            clock("article_versions", lambda k=key: article_versions(archive, k))
            version = data["article"]["version_id"]
            clock("version_cluster", lambda v=version: version_cluster(archive, v))
    print("where a page's time goes (in this process, one call at a time; p50 / p95 ms):")
    for name, xs in took.items():
        indent = "  " if name.endswith("_page") else "      "
        print(f"{indent}{name:<32} {_ms(percentile(xs, 0.5)):>7} / {_ms(percentile(xs, 0.95)):>7}  "
              f"({len(xs)} calls)")


# -- the run ---------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--archive", default=None,
                        help="keep the synthetic archive here and reuse it on the next run")
    parser.add_argument("--dir", default=None, help="work directory without --archive (default: a temp dir)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent HTTP clients")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests of each search query")
    parser.add_argument("--article-samples", type=int, default=500, help="article ids fetched")
    parser.add_argument("--cli-repeat", type=int, default=2,
                        help="timed `portal-archive search` runs of each query (0: none)")
    parser.add_argument("--readers", type=int, default=2, help="the server's DuckDB handles")
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="at most this long per batch of pages: no request is sent after it")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a client waits for a page")
    args = parser.parse_args()

    print("$ " + shlex.join(getattr(sys, "orig_argv", [sys.executable, *sys.argv])))
    print(f"{os.cpu_count()} CPUs, {_load()}")
    if args.archive:
        root = Path(args.archive).absolute()
        root.mkdir(parents=True, exist_ok=True)
        return run(root, args)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        return run(Path(tmp), args)


def run(root: Path, args: argparse.Namespace) -> int:
    from archive.search import close_readers, search

    prepare(root, args.articles)
    ids = sample_ids(root, args.article_samples + WARM_ARTICLES)
    warm_ids, ids = ids[:WARM_ARTICLES], ids[WARM_ARTICLES:]

    # The library, in this process, one query at a time: what the page's search costs at least.
    library: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for query, filters in QUERIES:
        label = _label(query, filters)
        hits[label] = len(search(root, query, limit=20, **filters))
        library[label] = timed(lambda q=query, f=filters: search(root, q, limit=20, **f), args.repeat)
    close_readers()
    lib_all = [x for xs in library.values() for x in xs]
    print(f"library archive.search.search(root, q, limit=20), in this process: "
          f"p50 {_ms(percentile(lib_all, 0.5))} ms, p95 {_ms(percentile(lib_all, 0.95))} ms "
          f"over {len(lib_all)} calls; {_load()}")

    server = Server(root, args.readers)
    try:
        print(f"server: crawler.web.create_app under uvicorn, pid {server.proc.pid}, "
              f"127.0.0.1:{server.port}, {args.readers} readers; answering {server.started:.1f} s "
              "after start")
        order = random.Random(16)
        searches = [(q, f) for q, f in QUERIES for _ in range(args.repeat)]
        order.shuffle(searches)
        html_paths = [search_path(q, f) for q, f in searches]
        json_paths = [search_path(q, f, "json") for q, f in searches]
        article_html = [f"/article/{i}" for i in ids]
        article_json = [f"/article/{i}?format=json" for i in ids]

        # Warm-up: every query once (its hit count checked against the library's), other articles.
        warm = fetch(server.port, [search_path(q, f, "json") for q, f in QUERIES], args.clients,
                     timeout=args.timeout)
        fetch(server.port, [search_path(q, f) for q, f in QUERIES], args.clients, timeout=args.timeout)
        fetch(server.port, [f"/article/{i}{fmt}" for fmt in ("", "?format=json") for i in warm_ids],
              args.clients, timeout=args.timeout)
        if warm.errors():
            sys.exit(f"the server failed: {warm.errors()[:3]}")
        conn = http.client.HTTPConnection("127.0.0.1", server.port)
        for query, filters in QUERIES:
            conn.request("GET", search_path(query, filters, "json"))
            page = json.loads(conn.getresponse().read())
            if len(page["hits"]) != hits[_label(query, filters)]:
                print(f"  note: the page shows {len(page['hits'])} hits, the library "
                      f"{hits[_label(query, filters)]}: {_label(query, filters)}")
        conn.close()

        results: dict[tuple[str, int], Result] = {}
        for clients in (args.clients, 1):
            print(f"web, {clients} client{'s' if clients > 1 else ''} ({_load()}):")
            for name, paths, target in (("search HTML", html_paths, SEARCH_TARGET),
                                        ("search JSON", json_paths, None),
                                        ("article HTML", article_html, ARTICLE_TARGET),
                                        ("article JSON", article_json, None)):
                result = results[name, clients] = fetch(server.port, paths, clients,
                                                        seconds=args.seconds, timeout=args.timeout)
                if result.errors():
                    print(f"  {name}: {len(result.errors())} failed, e.g. {result.errors()[0]}")
                print(result.line(name, target if clients == args.clients else None))
    finally:
        server.stop()

    cli, startup = cli_times(root, args.cli_repeat) if args.cli_repeat else ({}, [])
    cli_all = [x for xs in cli.values() for x in xs]

    def per_query(result: Result) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {_label(q, f): [] for q, f in QUERIES}
        for i, (x, status, _) in result.answered.items():
            if status == 200:
                out[_label(*searches[i])].append(x)
        return out

    def median(xs: list[float]) -> str:
        return f"{_ms(statistics.median(xs)):>7}" if xs else "      -"

    web_n, web_1 = per_query(results["search HTML", args.clients]), per_query(results["search HTML", 1])
    print(f"per query, median ms: library | web HTML 1 client | web HTML {args.clients} clients"
          + (" | CLI" if cli else "") + " | hits")
    for query, filters in QUERIES:
        label = _label(query, filters)
        row = [library[label], web_1[label], web_n[label]] + ([cli[label]] if cli else [])
        print("  " + " ".join(median(xs) for xs in row) + f"  {hits[label]:3d}  {label}")

    lib50, lib95 = percentile(lib_all, 0.5), percentile(lib_all, 0.95)
    print(f"ratios to the library's search (p50 {_ms(lib50)} ms, p95 {_ms(lib95)} ms), same queries:")
    for clients in (args.clients, 1):
        xs = results["search HTML", clients].seconds
        print(f"  web search HTML, {clients} client{'s' if clients > 1 else ''}: "
              f"p50 {percentile(xs, 0.5) / lib50:.1f}x, p95 {percentile(xs, 0.95) / lib95:.1f}x")
    if cli:
        cli50, cli95 = percentile(cli_all, 0.5), percentile(cli_all, 0.95)
        web = results["search HTML", args.clients].seconds
        print(f"CLI `portal-archive search Q --archive PATH` end to end: p50 {_ms(cli50)} ms, "
              f"p95 {_ms(cli95)} ms over {len(cli_all)} runs, of which start-up "
              f"(`portal-archive search --help`) p50 "
              f"{_ms(percentile(startup, 0.5))} ms; web search HTML ({args.clients} clients) / CLI: "
              f"p50 {percentile(web, 0.5) / cli50:.2f}x, p95 {percentile(web, 0.95) / cli95:.2f}x")

    breakdown(root, ids, args.repeat)
    close_readers()
    print(f"done; {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
