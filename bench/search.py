"""Full-text search at scale: the SQLite FTS5 index (archive/search/) against a DuckDB scan.

    .venv/bin/python bench/search.py [--articles 1000000] [--add 10000] [--repeat 5] [--dir D]
                                     [--archive PATH [--reuse-index]] [--threads N]

Writes ``--articles`` synthetic articles (~3 KB of Vietnamese-like text each: title, lead and
body made of word runs of 4-12 words cut from the demo corpus, so its phrases and word
frequencies are those of real portal news; twelve real source names, issuing units from the
corpus, publication dates spread over 2015-2026) as article parts through the archive's
writer, then measures, in one run:

* index build: articles/s, MB of text/s, index size on disk;
* query latency p50/p95 of ``archive.search.search`` (20 hits with snippets, clusters
  collapsed) over a fixed mixed query set: single words, phrases, words typed without
  diacritics, AND/OR/NOT, a prefix, and filters (source, unit, dates), each query run
  ``--repeat`` times after one warm-up;
* the baseline: each query's first word or phrase as ``title ILIKE ? OR text ILIKE ?`` in
  DuckDB over the same Parquet parts (``article_versions``, no ranking: cheaper than what
  search does) for ``--scans`` of the queries, its p50, and the speedup p50(scan) / p50(search);
* adding ``--add`` new articles (one new part) to the index incrementally.

Targets (issue #7): p50 <= 20 ms, p95 <= 100 ms, >= 50x faster than the scan, adding 10k
articles <= 30 s.

``--archive PATH`` keeps the synthetic archive (and its index) at PATH and reuses it on the
next run with the same ``--articles``: generation is skipped, the index is rebuilt (and its
build measured) unless ``--reuse-index`` and it is up to date, and the ``--add`` articles are
removed again after their step (incrementally, so the reused index has been updated in place
once). Without it, everything lives in a temporary directory deleted at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])

CHUNK = 50_000
SOURCES = ["snnptnt-hue", "sotttt-hanoi", "sngv-hue", "stp-hue", "quangthai-hue", "moh", "moit",
           "moet", "molisa", "moha", "baochinhphu", "xaydungchinhsach"]
#: Share of the articles each source holds (a few big portals, many small ones).
SOURCE_WEIGHTS = np.array([6, 3, 2, 2, 1, 4, 4, 5, 3, 3, 12, 5], dtype=float)

#: (query, filters). Words all occur in the demo corpus; the set mixes common and rare ones.
QUERIES: list[tuple[str, dict]] = [
    ("thủy sản", {}),
    ("Huế", {}),
    ("thuế", {}),
    ('"hội nghị"', {}),
    ('"chuyển đổi số"', {}),
    ('"xúc tiến đầu tư"', {}),
    ("hoi nghi", {}),
    ("Da Nang", {}),
    ("chuyen doi so", {}),
    ("nong thon NOT thuy san", {}),
    ("giáo dục OR y tế", {}),
    ("ngân sách AND doanh nghiệp", {}),
    ("Trần*", {}),
    ("title:\"nông thôn\"", {}),
    ("thủy sản", {"source": "snnptnt-hue"}),
    ("hoi nghi", {"since": "2021-01-01", "until": "2022-01-01"}),
    ('"chuyển đổi số"', {"source": "baochinhphu", "since": "2024-01-01"}),
    ("nông nghiệp", {"unit": "Văn phòng Sở"}),
]


def corpus() -> tuple[np.ndarray, list[str]]:
    """The demo corpus as one word stream (punctuation kept on its word), and its units."""
    from crawler.demo.corpus import SITES, load_corpus

    words: list[str] = []
    units: set[str] = set()
    for site in SITES:
        for a in load_corpus(site):
            for p in a.paragraphs:
                words += p.split()
            if a.unit:
                units.add(a.unit)
    return np.array(words, dtype=object), sorted(units)


def _runs(rng: np.random.Generator, tokens: np.ndarray, count: int, lo: int, hi: int) -> list[str]:
    starts = rng.integers(0, len(tokens) - hi, count)
    lengths = rng.integers(lo, hi + 1, count)
    return [" ".join(tokens[s:s + n]) for s, n in zip(starts.tolist(), lengths.tolist(), strict=True)]


def synthetic(n: int, start: int, seed: int, tokens: np.ndarray, units: list[str]):
    """Yield Arrow tables (ARTICLE_SCHEMA) of articles ``start .. start + n``."""
    from archive.schema import ARTICLE_SCHEMA

    rng = np.random.default_rng(seed)
    first = datetime(2015, 1, 1, tzinfo=UTC).timestamp()
    span = datetime(2026, 11, 1, tzinfo=UTC).timestamp() - first
    weights = SOURCE_WEIGHTS / SOURCE_WEIGHTS.sum()
    for begin in range(start, start + n, CHUNK):
        rows = min(CHUNK, start + n - begin)
        runs = iter(_runs(rng, tokens, rows * 62, 4, 12))
        titles = _runs(rng, tokens, rows, 8, 16)
        paras_per_doc = rng.integers(5, 8, rows).tolist()
        texts, leads = [], []
        for k in range(rows):
            paragraphs = [" ".join(next(runs) for _ in range(9)) + "." for _ in range(paras_per_doc[k])]
            texts.append("\n\n".join(paragraphs))
            leads.append(" ".join(next(runs) for _ in range(3)) + ".")
        ids = [hashlib.md5(f"synthetic-{i}".encode()).hexdigest() for i in range(begin, begin + rows)]
        sources = [SOURCES[i] for i in rng.choice(len(SOURCES), rows, p=weights).tolist()]
        published = [datetime.fromtimestamp(first + x, UTC) for x in (rng.random(rows) * span).tolist()]
        has_unit = rng.random(rows) < 0.6
        unit_pick = rng.integers(0, len(units), rows).tolist()
        urls = [f"https://{s}.gov.vn/tin-tuc/{i}" for s, i in zip(sources, ids, strict=True)]
        columns = {
            "article_id": ids, "version_id": ids, "source": sources, "url": urls, "canonical_url": urls,
            "title": [t.rstrip(".,;:").capitalize() for t in titles], "lead": leads, "text": texts,
            "published_at": published,
            "unit": [units[u] if h else None for u, h in zip(unit_pick, has_unit.tolist(), strict=True)],
            "language": ["vi"] * rows,
            "word_count": [len(t.split()) for t in texts],
            "text_sha256": [hashlib.sha256(t.encode()).hexdigest() for t in texts],
            "fetched_at": [p + timedelta(hours=3) for p in published],
            "removed": [False] * rows, "http_status": [200] * rows, "run_id": ["bench"] * rows,
            "warc_file": [f"warc/source={s}/bench-00000.warc.gz" for s in sources],
            "warc_offset": list(range(rows)), "warc_length": [9000] * rows,
        }
        full = {name: columns.get(name, [None] * rows) for name in ARTICLE_SCHEMA.names}
        yield pa.Table.from_pydict(full, schema=ARTICLE_SCHEMA)


def write(root: Path, n: int, start: int, seed: int, tokens: np.ndarray, units: list[str],
          prefix: str = "part") -> int:
    """Publish the articles with the archive's writer, one part per source per chunk."""
    import pyarrow.compute as pc

    from archive.writer import publish_table

    size = 0
    for table in synthetic(n, start, seed, tokens, units):
        size += sum(len(t.encode()) for t in table["text"].to_pylist())
        for source in SOURCES:
            part = table.filter(pc.equal(table["source"], source))
            if part.num_rows:
                publish_table(root, f"articles/source={source}", part.sort_by("published_at"), prefix=prefix)
    return size


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def first_leaf(query: str) -> str:
    from archive.search.query import Term, _leaves, parse_query

    term: Term = next(iter(_leaves(parse_query(query))))[0]
    return " ".join(term.words)


def _load() -> str:
    """The 1/5/15-minute load averages: other work on the machine skews the latencies."""
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def _index_size(root: Path) -> int:
    return sum(p.stat().st_size for p in (root / "search").glob("index-*"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--add", type=int, default=10_000, help="then add this many incrementally")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--scans", type=int, default=6,
                        help="queries of the set also run as an ILIKE scan (each scan reads all text)")
    parser.add_argument("--dir", default=None, help="work directory (default: a temp dir)")
    parser.add_argument("--archive", default=None,
                        help="keep the synthetic archive here and reuse it on the next run")
    parser.add_argument("--reuse-index", action="store_true",
                        help="with --archive: keep an up-to-date index instead of rebuilding it")
    parser.add_argument("--threads", type=int, default=None,
                        help="archive.search.rank.SEARCH_THREADS: shards queried side by side")
    args = parser.parse_args()
    if args.threads:
        import archive.search.rank

        archive.search.rank.SEARCH_THREADS = args.threads

    tokens, units = corpus()
    from archive.search.rank import SEARCH_THREADS

    print(f"{os.cpu_count()} CPUs, {_load()}; search threads {SEARCH_THREADS}")
    if args.archive:
        root = Path(args.archive)
        root.mkdir(parents=True, exist_ok=True)
        return run(root, args, tokens, units)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        return run(Path(tmp), args, tokens, units)


def run(root: Path, args: argparse.Namespace, tokens: np.ndarray, units: list[str]) -> int:
    from archive import open_archive
    from archive.search import close_readers, index_status, search, update_index

    marker = root / "bench.json"
    made = json.loads(marker.read_text()) if marker.exists() else None
    if made is not None and made["articles"] != args.articles:
        sys.exit(f"{root} holds {made['articles']:,} articles, not {args.articles:,}")
    for added in root.glob("articles/*/added-*.parquet"):  # a run stopped before its clean-up
        added.unlink()
    if made is None:
        start = time.perf_counter()
        size = write(root, args.articles, 0, 1, tokens, units)
        made = {"articles": args.articles, "size": size, "seconds": round(time.perf_counter() - start)}
        marker.write_text(json.dumps(made))
        print(f"wrote {args.articles:,} synthetic articles ({size / args.articles / 1e3:.1f} KB of body "
              f"text each, {size / 1e9:.2f} GB) in {made['seconds']} s")
    else:
        size = made["size"]
        print(f"reusing {args.articles:,} synthetic articles in {root} ({size / 1e9:.2f} GB of body text)")

    exists, fresh = index_status(root)
    if args.reuse_index and exists and fresh:
        print(f"index reused: {_index_size(root) / 1e9:.2f} GB (build not measured)")
    else:
        start = time.perf_counter()
        built = update_index(root, rebuild=True)
        took = time.perf_counter() - start
        index_bytes = _index_size(root)
        print(f"index build: {built.documents:,} articles in {took:.1f} s = {built.documents / took:,.0f} "
              f"articles/s ({size / took / 1e6:.1f} MB/s of body text); steps {built.seconds}; "
              f"index size {index_bytes / 1e9:.2f} GB ({index_bytes / size:.2f}x the body text); {_load()}")
    close_readers()

    latencies: dict[str, list[float]] = {}
    notes: dict[str, str] = {}
    for query, filters in QUERIES:
        label = query + (f" {filters}" if filters else "")
        hits = search(root, query, **filters)  # warm-up
        notes[label] = f"{len(hits):3d} hits{' (window)' if hits.window_full else '         '}"
        latencies[label] = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            search(root, query, **filters)
            latencies[label].append(time.perf_counter() - t0)
    every = [x for xs in latencies.values() for x in xs]
    for label, xs in latencies.items():
        print(f"  {statistics.median(xs) * 1e3:8.1f} ms  max {max(xs) * 1e3:6.1f}  {notes[label]}  {label}")
    p50, p95 = percentile(every, 0.5), percentile(every, 0.95)
    print(f"search: p50 {p50 * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms over {len(every)} queries; {_load()}")

    if args.scans:
        scans, searched = [], []
        with open_archive(root) as archive:
            for query, filters in QUERIES[:: max(1, len(QUERIES) // args.scans)][: args.scans]:
                label = query + (f" {filters}" if filters else "")
                searched.append(statistics.median(latencies[label]))
                needle = f"%{first_leaf(query)}%"
                where, params = "(title ILIKE ? OR text ILIKE ?)", [needle, needle]
                if filters.get("source"):
                    where += " AND source = ?"
                    params.append(filters["source"])
                sql = (f"SELECT version_id, title FROM article_versions WHERE {where} "
                       "ORDER BY published_at DESC LIMIT 20")
                t0 = time.perf_counter()
                archive.sql(sql, params).fetchall()
                scans.append(time.perf_counter() - t0)
                print(f"  scan {scans[-1] * 1e3:8.0f} ms  (search {searched[-1] * 1e3:.1f} ms)  {label}")
        scan50 = percentile(scans, 0.5)
        print(f"DuckDB ILIKE scan: p50 {scan50 * 1e3:.0f} ms over {len(scans)} queries; speedup "
              f"p50(scan)/p50(search) {scan50 / p50:.0f}x, same queries "
              f"{scan50 / percentile(searched, 0.5):.0f}x")

    if args.add:
        write(root, args.add, args.articles, 2, tokens, units, prefix="added")
        start = time.perf_counter()
        added = update_index(root)
        print(f"incremental: {added.added:,} articles added to {args.articles:,} in "
              f"{time.perf_counter() - start:.1f} s (rebuilt: {added.rebuilt}); steps {added.seconds}; "
              f"{_load()}")
        t0 = time.perf_counter()
        again = update_index(root)
        print(f"re-run with nothing new: {time.perf_counter() - t0:.2f} s "
              f"(up to date: {again.up_to_date})")
        if args.archive:  # leave the archive as generated for the next run
            for part in root.glob("articles/*/added-*.parquet"):
                part.unlink()
            t0 = time.perf_counter()
            gone = update_index(root)
            print(f"removed the added articles again: {gone.removed:,} in {time.perf_counter() - t0:.1f} s")
    close_readers()
    return 0


if __name__ == "__main__":
    sys.exit(main())
