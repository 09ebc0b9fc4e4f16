"""Is a source's crawling still healthy? Rules over its run history (the ``runs`` table).

A source is flagged when its last run ended badly or reached nothing (network, robots.txt),
when its errors jump well above its own usual level, when its extraction health is clearly
worse than its history (more empty texts, missing dates or titles: a portal that changed its
template), or when no new article has come for much longer than its usual rhythm.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from archive.reader import Archive

__all__ = ["Flag", "check_health", "HISTORY"]

#: Runs of history a source is compared with.
HISTORY = 10
_SHARES = ("empty_text_share", "missing_date_share", "missing_title_share")


@dataclass(frozen=True)
class Flag:
    source: str
    kind: str  # run_failed, unreachable, error_spike, extraction_health, stale
    message: str


def _runs(archive: Archive, source: str | None) -> dict[str, list[dict[str, Any]]]:
    rel = archive.sql(
        "SELECT * FROM runs WHERE ($source IS NULL OR source = $source) "
        "AND run_id NOT LIKE 'reextract-%' ORDER BY source, started_at",
        {"source": source},
    )
    cols = rel.columns
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rel.fetchall():
        rec = dict(zip(cols, row, strict=True))
        out.setdefault(rec["source"], []).append(rec)
    return out


def _source_flags(source: str, runs: list[dict[str, Any]], now: datetime) -> list[Flag]:
    flags = []
    last, previous = runs[-1], runs[-1 - HISTORY : -1]
    if last.get("finish_reason") != "finished":
        flags.append(Flag(source, "run_failed",
                          f"last run {last['run_id']} ended: {last.get('finish_reason')}"))
    statuses = json.loads(last.get("responses_by_status") or "{}")
    ok_responses = sum(n for s, n in statuses.items() if s.startswith("2"))
    if not ok_responses:
        errors = json.loads(last.get("errors_by_kind") or "{}")
        detail = ", ".join(f"{k}: {v}" for k, v in errors.items()) or "no response at all"
        flags.append(Flag(source, "unreachable",
                          f"last run got no successful response ({detail})"))
    if previous:
        usual = statistics.median(r.get("errors") or 0 for r in previous)
        if (last.get("errors") or 0) > max(5, 3 * usual):
            flags.append(Flag(source, "error_spike",
                              f"{last.get('errors')} errors in the last run, usually {usual:g}"))
        for name in _SHARES:
            history = [r[name] for r in previous if r.get(name) is not None]
            value = last.get(name)
            if value is None or not history:
                continue
            usual = statistics.median(history)
            if value >= usual + 0.2 and value > 2 * usual:
                flags.append(Flag(source, "extraction_health",
                                  f"{name.replace('_', ' ')} {value:.0%} in the last run, "
                                  f"usually {usual:.0%}: has the portal's template changed?"))
    productive = [r for r in runs if (r.get("articles_new") or 0) > 0]
    if len(runs) >= 2 and not productive:
        flags.append(Flag(source, "stale", f"no article archived in {len(runs)} runs"))
    elif len(productive) >= 3:
        starts = [r["started_at"] for r in productive]
        rhythm = statistics.median(b - a for a, b in zip(starts, starts[1:], strict=False))
        quiet = now - starts[-1]
        if quiet > max(3 * rhythm, timedelta(days=1)):
            flags.append(Flag(source, "stale",
                              f"no new article for {quiet.days} days; usually one every "
                              f"{rhythm.total_seconds() / 86400:.1f} days"))
    return flags


def check_health(archive: Archive, *, source: str | None = None,
                 now: datetime | None = None) -> tuple[list[Flag], list[str]]:
    """Flags for every source with runs (or one), and the sources checked."""
    now = now or datetime.now(UTC)
    by_source = _runs(archive, source)
    flags = [f for src, runs in sorted(by_source.items()) for f in _source_flags(src, runs, now)]
    return flags, sorted(by_source)
