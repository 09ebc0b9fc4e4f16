"""Is a source's crawling still healthy? Rules over its run history (the ``runs`` table).

A source is flagged when its last run ended badly or reached nothing (network, robots.txt),
when it archived no article while its article links failed (404, 5xx, soft 404s, pages
dropped), when its errors jump well above its own usual level, when its extraction health is
clearly worse than its history (more pages judged articles coming out empty, missing dates or
titles: a portal that changed its template), or when no new article has come for much longer
than its usual rhythm.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from archive.reader import Archive
from archive.shared_runs import merge_shared_runs

__all__ = ["EMPTY_ARTICLE_STATS", "Flag", "check_health", "HISTORY"]

#: Runs of history a source is compared with.
HISTORY = 10
_SHARES = ("empty_text_share", "missing_date_share", "missing_title_share")
#: Fewer empty article pages than this is noise of a small run (a stub notice among two new
#: articles), not a template change.
_MIN_EMPTY_PAGES = 3
#: The crawl stats counting article pages that came out empty: fetched as articles and judged
#: empty, or judged articles and too short (``article_empty_share``'s numerator, which
#: pipelines/store.py computes from them; the rule below counts them again from ``stats_json``).
EMPTY_ARTICLE_STATS = ("extract/article_failed/no_body", "dropped/too_short")


@dataclass(frozen=True)
class Flag:
    source: str
    # run_failed, unreachable, articles_failed, error_spike, empty_articles, extraction_health,
    # stale
    kind: str
    message: str


def _runs(archive: Archive, source: str | None) -> dict[str, list[dict[str, Any]]]:
    rel = archive.sql(
        "SELECT * FROM runs WHERE ($source IS NULL OR source = $source) "
        "AND run_id NOT LIKE 'reextract-%' ORDER BY source, started_at",
        {"source": source},
    )
    cols = rel.columns
    out: dict[str, list[dict[str, Any]]] = {}
    rows = [dict(zip(cols, row, strict=True)) for row in rel.fetchall()]
    # a run several workers shared is one run (its workers' rows merged)
    for rec in sorted(merge_shared_runs(rows), key=lambda r: r["started_at"]):
        out.setdefault(rec["source"], []).append(rec)
    return out


def _jump(name: str, last: dict[str, Any], previous: list[dict[str, Any]]
          ) -> tuple[float, float] | None:
    """``(value, usual)`` when the last run's share ``name`` is well above its history's
    median (20 points more and more than double), else ``None``; ``None`` too without a
    value or a history to compare with (runs recorded before the column existed)."""
    history = [r[name] for r in previous if r.get(name) is not None]
    value = last.get(name)
    if value is None or not history:
        return None
    usual = statistics.median(history)
    return (value, usual) if value >= usual + 0.2 and value > 2 * usual else None


def _articles_failed(source: str, last: dict[str, Any],
                     previous: list[dict[str, Any]]) -> list[Flag]:
    """The last run archived no article (new, changed or unchanged) while more of its article
    links failed than usual: every article link answering 404 or 5xx, soft 404s, every article
    page dropped. A run that found nothing new fails no article link (it is quiet, not broken),
    and a dead link the portal has kept for months is in the history too."""
    failed = last.get("article_requests_failed")
    archived = sum(last.get(k) or 0 for k in
                   ("articles_new", "articles_changed", "articles_unchanged"))
    if not failed or archived:
        return []
    history = [r["article_requests_failed"] for r in previous
               if r.get("article_requests_failed") is not None]
    usual = statistics.median(history) if history else 0
    if failed <= usual:
        return []
    statuses = json.loads(last.get("responses_by_status") or "{}")
    dropped = json.loads(last.get("dropped_by_reason") or "{}")
    detail = [f"HTTP {s}: {n}" for s, n in statuses.items() if not s.startswith(("2", "3"))]
    # 404/410 drops repeat the statuses; pages judged another kind are no failure.
    detail += [f"{r}: {n}" for r, n in dropped.items()
               if r != "not_article" and not r.startswith("http_")]
    return [Flag(source, "articles_failed",
                 f"last run {last['run_id']} archived no article while {failed} article "
                 f"links failed (usually {usual:g}; {', '.join(detail) or 'download errors'})")]


def _empty_articles(source: str, last: dict[str, Any],
                    previous: list[dict[str, Any]]) -> list[Flag]:
    """Far more of the pages judged articles came out empty than in the source's history: the
    article template changed under the rules that read it."""
    jump = _jump("article_empty_share", last, previous)
    if jump is None:
        return []
    stats = json.loads(last.get("stats_json") or "{}")
    empty = sum(stats.get(key, 0) for key in EMPTY_ARTICLE_STATS)
    if empty < _MIN_EMPTY_PAGES:
        return []
    value, usual = jump
    return [Flag(source, "empty_articles",
                 f"{value:.0%} of the pages judged articles came out empty in the last run "
                 f"({empty} pages), usually {usual:.0%}: has the portal's template changed?")]


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
    flags += _articles_failed(source, last, previous)
    if previous:
        usual = statistics.median(r.get("errors") or 0 for r in previous)
        if (last.get("errors") or 0) > max(5, 3 * usual):
            flags.append(Flag(source, "error_spike",
                              f"{last.get('errors')} errors in the last run, usually {usual:g}"))
        shares: tuple[str, ...] = _SHARES
        if last.get("article_empty_share") is not None and any(
                r.get("article_empty_share") is not None for r in previous):
            # Pages judged articles that came out empty: the sharper measure of the same thing
            # (listings and other pages do not dilute it) replaces the empty-text share.
            flags += _empty_articles(source, last, previous)
            shares = tuple(n for n in _SHARES if n != "empty_text_share")
        for name in shares:
            if jump := _jump(name, last, previous):
                value, usual = jump
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
