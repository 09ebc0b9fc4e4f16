"""Dedup at scale: our Parquet/DuckDB clustering vs datasketch MinHashLSH, end to end.

    .venv/bin/python bench/dedup_scale.py [--articles 100000] [--datasketch] [--add 10000]
                                          [--memory-limit 5GB]

Writes ``--articles`` synthetic articles (~3 KB of Vietnamese-like text each, drawn from the
demo corpus vocabulary; one in ten republishes an earlier one with an edit: a dropped
paragraph, a leaked chrome line, or only the lead) as article Parquet, then times:

* ours: ``archive.dedup.cluster`` from the Parquet parts (hash sentences, candidates,
  verification, components), wall time and peak RSS of this process;
* with ``--add N``: N more articles added to the archive and clustered incrementally;
* with ``--datasketch``: datasketch MinHashLSH (128 permutations, word 5-grams, threshold
  0.5) over the same texts, tokenising, hashing, indexing and querying every article.

Targets (issue #6): at 100k at least 4x datasketch's throughput; at 1M full clustering in at
most 10 minutes with peak memory at most 6 GB; adding 10k articles to 1M in at most 60 s.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])

CHUNK = 50_000


def vocabulary() -> np.ndarray:
    from crawler.demo.corpus import SITES, load_corpus

    words = sorted({w.strip(".,;:()\"") for s in SITES for a in load_corpus(s)
                    for p in a.paragraphs for w in p.split()} - {""})
    return np.array(words, dtype=object)


def _fresh_texts(rng: np.random.Generator, count: int, vocab: np.ndarray) -> list[str]:
    """``count`` new article texts: 6-8 paragraphs of 3-4 sentences of 14-26 words."""
    paragraphs = rng.integers(6, 9, count)
    sentences = rng.integers(3, 5, int(paragraphs.sum()))
    lengths = rng.integers(14, 27, int(sentences.sum()))
    words = vocab[rng.integers(0, len(vocab), int(lengths.sum()))].tolist()
    out, w, k, p = [], 0, 0, 0
    for n_par in paragraphs.tolist():
        pars = []
        for n_sent in sentences[p:p + n_par].tolist():
            sent = []
            for length in lengths[k:k + n_sent].tolist():
                sent.append(" ".join(words[w:w + length]).capitalize() + ".")
                w += length
            k += n_sent
            pars.append(" ".join(sent))
        p += n_par
        out.append("\n\n".join(pars))
    return out


def synthetic(n: int, start: int, seed: int, vocab: np.ndarray):
    """Yield Arrow tables of article rows ``start .. start+n``."""
    rng = np.random.default_rng(seed)
    base = datetime(2015, 1, 1, tzinfo=UTC)
    texts: list[str] = []  # a sample of earlier texts, for republications
    for begin in range(start, start + n, CHUNK):
        rows = min(CHUNK, start + n - begin)
        fresh = iter(_fresh_texts(rng, rows, vocab))
        out = []
        for _ in range(rows):
            text = next(fresh)
            if texts and rng.random() < 0.1:  # a republication of an earlier article
                paragraphs = texts[int(rng.integers(0, len(texts)))].split("\n\n")
                edit = int(rng.integers(0, 3))
                if edit == 0 and len(paragraphs) > 2:
                    del paragraphs[int(rng.integers(1, len(paragraphs)))]
                elif edit == 1:
                    paragraphs.insert(0, "Cổng thông tin điện tử huyện " + " ".join(rng.choice(vocab, 3)))
                else:
                    paragraphs = paragraphs[:2]
                text = "\n\n".join(paragraphs)
            if len(texts) < 20_000:
                texts.append(text)
            elif rng.random() < 0.05:
                texts[int(rng.integers(0, len(texts)))] = text
            out.append(text)
        ids = [hashlib.md5(f"synthetic-{i}".encode()).hexdigest() for i in range(begin, begin + rows)]
        published = [base + timedelta(minutes=7 * i) for i in range(begin, begin + rows)]
        yield pa.table({
            "version_id": ids, "article_id": ids,
            "source": [f"portal-{int(x)}" for x in rng.integers(0, 40, rows)],
            "published_at": pa.array(published, pa.timestamp("us", tz="UTC")),
            "fetched_at": pa.array(published, pa.timestamp("us", tz="UTC")),
            "lead": pa.nulls(rows, pa.string()),
            "text": out,
            "text_sha256": [hashlib.sha256(t.encode()).hexdigest() for t in out],
            "removed": [False] * rows,
        })


def write(root: Path, n: int, start: int, seed: int, vocab: np.ndarray) -> tuple[list[str], int]:
    folder = root / "articles" / "source=synthetic"
    folder.mkdir(parents=True, exist_ok=True)
    paths, size = [], 0
    for k, table in enumerate(synthetic(n, start, seed, vocab)):
        path = folder / f"part-{start + k * CHUNK:08d}.parquet"
        pq.write_table(table, path, compression="zstd")
        paths.append(str(path))
        size += sum(len(t.encode()) for t in table["text"].to_pylist())
    return paths, size


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def run_datasketch(paths: list[str]) -> float:
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for path in paths:
        table = pq.read_table(path, columns=["version_id", "text"])
        for vid, text in zip(table["version_id"].to_pylist(), table["text"].to_pylist(), strict=True):
            words = text.lower().split()
            shingles = {" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))}
            m = MinHash(num_perm=128)
            m.update_batch(list(shingles))
            lsh.query(m)
            lsh.insert(vid, m)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--add", type=int, default=0, help="then add this many and re-cluster")
    parser.add_argument("--datasketch", action="store_true")
    parser.add_argument("--memory-limit", default=None, help="DuckDB memory_limit, e.g. 5GB")
    parser.add_argument("--dir", default=None, help="work directory (default: a temp dir)")
    args = parser.parse_args()

    from archive.dedup import cluster

    vocab = vocabulary()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        paths, size = write(root, args.articles, 0, 1, vocab)
        print(f"wrote {args.articles} synthetic articles ({size / args.articles / 1e3:.1f} KB of "
              f"text each) in {time.perf_counter() - start:.0f} s")
        start = time.perf_counter()
        result = cluster(root, article_parts=paths, memory_limit=args.memory_limit)
        ours = time.perf_counter() - start
        print(f"ours: {args.articles} articles clustered in {ours:.1f} s "
              f"({args.articles / ours:,.0f} articles/s); {result.clusters} clusters, "
              f"{result.multi} with copies, {result.edges} edges; steps {result.seconds}; "
              f"peak RSS {peak_rss_gb():.2f} GB")
        if args.add:
            more, _ = write(root, args.add, args.articles, 2, vocab)
            start = time.perf_counter()
            added = cluster(root, article_parts=paths + more, memory_limit=args.memory_limit)
            print(f"ours, incremental: {added.new_versions} articles added to {args.articles} in "
                  f"{time.perf_counter() - start:.1f} s; steps {added.seconds}; "
                  f"peak RSS {peak_rss_gb():.2f} GB")
        if args.datasketch:
            theirs = run_datasketch(paths)
            print(f"datasketch MinHashLSH (0.5, 128 perm, word 5-grams): {theirs:.1f} s "
                  f"({args.articles / theirs:,.0f} articles/s)")
            print(f"throughput ratio ours/datasketch: {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
