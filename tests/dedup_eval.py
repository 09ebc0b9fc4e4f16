"""Measure duplicate clustering on the labelled republication set (``tests.republish``):
pair precision, recall and F1, and hard negatives wrongly merged, for our method and for
datasketch's MinHashLSH (when installed) on the same documents.

``bench/eval_dedup.py`` prints :func:`report`; ``tests/test_dedup.py`` checks the target with
:func:`evaluate` and :func:`ours`.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

__all__ = ["Score", "evaluate", "ours", "minhash_lsh", "report"]


@dataclass(frozen=True)
class Score:
    method: str
    precision: float
    recall: float
    f1: float
    negatives_merged: int  # hard negatives put in a cluster with another story's document
    seconds: float


def _pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def evaluate(method: str, docs, assignment: Mapping[str, str], seconds: float = 0.0) -> Score:
    """Score a doc_id -> cluster assignment against the docs' ``story`` labels."""
    clusters: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        clusters[assignment.get(doc.doc_id, doc.doc_id)].append(doc.doc_id)
    stories: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        stories[doc.story].append(doc.doc_id)
    predicted, true = _pairs(clusters.values()), _pairs(stories.values())
    hit = len(predicted & true)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    story = {d.doc_id: d.story for d in docs}
    merged = 0
    for doc in docs:
        if doc.kind.startswith("negative"):
            members = clusters[assignment.get(doc.doc_id, doc.doc_id)]
            merged += any(story[m] != doc.story for m in members)
    return Score(method, precision, recall, f1, merged, seconds)


def ours(docs, **params) -> tuple[dict[str, str], float]:
    """Cluster ``docs`` with ``archive.dedup`` through a scratch archive of one Parquet part."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from archive.dedup import Params, cluster

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        part = root / "articles" / "source=eval" / "part-0.parquet"
        part.parent.mkdir(parents=True)
        pq.write_table(pa.table({
            "version_id": [d.doc_id for d in docs],
            "article_id": [d.doc_id for d in docs],
            "source": [d.source for d in docs],
            "published_at": pa.array([d.published_at for d in docs], pa.timestamp("us", tz="UTC")),
            "fetched_at": pa.array([d.published_at for d in docs], pa.timestamp("us", tz="UTC")),
            "lead": pa.nulls(len(docs), pa.string()),  # the set's text holds the lead
            "text": [d.text for d in docs],
            "text_sha256": [hashlib.sha256(d.text.encode()).hexdigest() for d in docs],
            "removed": [False] * len(docs),
        }), part)
        start = time.perf_counter()
        cluster(root, article_parts=[str(part)], params=Params(**params))
        seconds = time.perf_counter() - start
        rows = duckdb.sql("SELECT version_id, cluster_id FROM read_parquet(?)",
                          params=[str(root / "dedup" / "clusters.parquet")]).fetchall()
    return dict(rows), seconds


def minhash_lsh(docs, threshold: float, num_perm: int = 128, shingle: int = 5
                ) -> tuple[dict[str, str], float]:
    """datasketch MinHashLSH over word ``shingle``-grams; clusters are connected components
    of the query results."""
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    parent = {d.doc_id: d.doc_id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc in docs:
        words = doc.text.lower().split()
        grams = {" ".join(words[i:i + shingle]).encode() for i in range(max(1, len(words) - shingle + 1))}
        m = MinHash(num_perm=num_perm)
        m.update_batch(list(grams))
        for other in lsh.query(m):
            a, b = find(doc.doc_id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        lsh.insert(doc.doc_id, m)
    seconds = time.perf_counter() - start
    return {d.doc_id: find(d.doc_id) for d in docs}, seconds


def scores(docs=None) -> list[Score]:
    from tests.republish import build_eval_set

    docs = docs if docs is not None else build_eval_set()
    assignment, seconds = ours(docs)
    out = [evaluate("ours (archive.dedup)", docs, assignment, seconds)]
    try:
        import datasketch  # noqa: F401
    except ImportError:
        return out
    for threshold in (0.8, 0.5):
        assignment, seconds = minhash_lsh(docs, threshold)
        out.append(evaluate(f"datasketch MinHashLSH {threshold}", docs, assignment, seconds))
    return out


def report(docs=None) -> str:
    from tests.republish import build_eval_set

    docs = docs if docs is not None else build_eval_set()
    negatives = sum(d.kind.startswith("negative") for d in docs)
    lines = [f"labelled set: {len(docs)} documents, {len({d.story for d in docs})} stories, "
             f"{negatives} hard negatives",
             f"{'method':<32} {'precision':>9} {'recall':>7} {'F1':>6} {'negatives merged':>17} {'s':>6}"]
    results = scores(docs)
    for s in results:
        lines.append(f"{s.method:<32} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} "
                     f"{s.negatives_merged:17d} {s.seconds:6.2f}")
    if len(results) == 1:
        lines.append("(datasketch not installed: pip install datasketch for the baselines)")
    return "\n".join(lines)
