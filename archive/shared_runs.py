"""One run of a source crawled by several workers (a shared frontier, crawler/distributed) is
recorded as one run row per worker, each saying what that worker did (its ``stats_json``
names the worker, ``frontier/worker``, and the shared run, ``frontier/run``). Readers of the
run history — ``runs``, ``health``, the web page — see one row per run, as with one process:
the workers' rows merged here, with ``workers`` saying how many took part.

Merged: counts added, per-reason counts (JSON objects) added key by key, shares weighted by
the pages each worker judged, the earliest start and the latest end. The run finished when
one of its workers saw the frontier empty (``finished``); a worker stopped or killed on the
way does not make the run a failure when another finished it.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

__all__ = ["merge_shared_runs", "shared_run_of"]

_COUNTS = ("requests", "responses", "articles_new", "articles_changed", "articles_removed",
           "articles_unchanged", "items_dropped", "traps_refused", "errors",
           "article_requests_failed")
_JSON_COUNTS = ("responses_by_status", "dropped_by_reason", "errors_by_kind",
                "refused_by_reason", "failing_hosts", "pages_by_kind")
_SHARES = ("empty_text_share", "missing_date_share", "missing_title_share",
           "article_empty_share")


def shared_run_of(row: dict[str, Any]) -> str | None:
    """The shared run a run row belongs to, or None (a crawl of one process)."""
    try:
        stats = json.loads(row.get("stats_json") or "{}")
    except ValueError:
        return None
    run = stats.get("frontier/run") if isinstance(stats, dict) else None
    return run if isinstance(run, str) and run else None


def merge_shared_runs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (run rows with ``stats_json``) with the rows of each shared run merged into
    one, in the order of each run's first row; every row gains ``workers``."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        shared = shared_run_of(row)
        groups.setdefault((row["source"], shared or f"\0{row['run_id']}"), []).append(row)
    out = []
    for (_, key), members in groups.items():
        if len(members) == 1:
            out.append({**members[0], "workers": 1})
        else:
            out.append(_merge(key, members))
    return out


def _merge(run_id: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    merged = dict(rows[0])
    merged["run_id"] = run_id
    merged["workers"] = len(rows)
    merged["started_at"] = min(r["started_at"] for r in rows)
    ends = [r["finished_at"] for r in rows if r.get("finished_at") is not None]
    merged["finished_at"] = max(ends) if ends else None
    reasons = [r.get("finish_reason") for r in rows]
    merged["finish_reason"] = "finished" if "finished" in reasons else next(
        (r for r in reasons if r), None)
    for name in _COUNTS:
        values = [r.get(name) for r in rows if r.get(name) is not None]
        merged[name] = sum(values) if values else None
    for name in _JSON_COUNTS:
        if name in merged:
            merged[name] = json.dumps(dict(sorted(_add_json(r.get(name) for r in rows).items())))
    stats = [_stats(r) for r in rows]
    pages = [sum(v for k, v in s.items() if k.startswith("extract/status/") and isinstance(v, int))
             for s in stats]
    for name in _SHARES:
        if name in merged:
            weighted = [(r[name], p) for r, p in zip(rows, pages, strict=True)
                        if r.get(name) is not None and p]
            total = sum(p for _, p in weighted)
            merged[name] = round(sum(v * p for v, p in weighted) / total, 4) if total else None
    if "stats_json" in merged:
        summed: Counter[str] = Counter()
        for s in stats:
            summed.update({k: v for k, v in s.items() if isinstance(v, int) and not isinstance(v, bool)})
        merged["stats_json"] = json.dumps({**dict(summed), "frontier/run": run_id,
                                           "frontier/workers": len(rows)}, sort_keys=True)
    return merged


def _stats(row: dict[str, Any]) -> dict[str, Any]:
    try:
        stats = json.loads(row.get("stats_json") or "{}")
    except ValueError:
        return {}
    return stats if isinstance(stats, dict) else {}


def _add_json(texts: Any) -> Counter[str]:
    total: Counter[str] = Counter()
    for text in texts:
        try:
            counts = json.loads(text or "{}")
        except ValueError:
            continue
        if isinstance(counts, dict):
            total.update({k: v for k, v in counts.items() if isinstance(v, int)})
    return total
