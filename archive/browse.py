"""Reads for looking through an archive page by page (``portal-archive serve``, notebooks):
one article's versions, how a cluster's copies differ from their original, articles per day
and run outcomes over time. Plain values (dicts, lists, ``datetime``), no markup."""

from __future__ import annotations

import difflib
import json
from datetime import date, datetime, timedelta
from typing import Any

from archive.history import AmbiguousKey, find_moved, find_rows
from archive.reader import Archive

__all__ = ["AmbiguousKey", "article_versions", "articles_per_day", "cluster_changes",
           "paragraph_diff", "paragraphs", "run_outcomes"]


def article_versions(archive: Archive, key: str, source: str | None = None) -> list[dict[str, Any]]:
    """Every stored version of the article ``key`` names (article id, version id, URL or
    canonical URL, as ``portal-archive show`` takes), oldest first; empty when none does.
    Raises :class:`archive.history.AmbiguousKey` when it names articles of several sources."""
    return find_rows(archive, key, source) or find_moved(archive, key, source)


def paragraphs(text: str | None) -> list[str]:
    """The text's paragraphs (blank-line separated, as extraction writes them), empty ones out."""
    return [p for p in (text or "").split("\n\n") if p.strip()]


#: Paragraph pairs above which two texts are not aligned paragraph by paragraph (the matcher
#: is quadratic on repeated paragraphs: an archived page could make one diff take minutes).
DIFF_MAX_PAIRS = 1_000_000


def paragraph_diff(old: str | None, new: str | None) -> list[dict[str, str]]:
    """The paragraphs of ``new`` against ``old``, in order, each ``{"op": "same" | "added" |
    "removed", "text": ...}`` (a changed paragraph is one removed and one added). Texts with
    more than ``DIFF_MAX_PAIRS`` paragraph pairs are compared whole: the same, or every old
    paragraph removed and every new one added."""
    a, b = paragraphs(old), paragraphs(new)
    if len(a) * len(b) > DIFF_MAX_PAIRS:
        if a == b:
            return [{"op": "same", "text": p} for p in a]
        return [{"op": "removed", "text": p} for p in a] + [{"op": "added", "text": p} for p in b]
    out: list[dict[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [{"op": "same", "text": p} for p in a[i1:i2]]
            continue
        out += [{"op": "removed", "text": p} for p in a[i1:i2]]
        out += [{"op": "added", "text": p} for p in b[j1:j2]]
    return out


def cluster_changes(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``archive.clusters.cluster_members`` with, for each copy, what it changed against the
    original (the first member): ``title_changed``, and how many of its paragraphs are the
    original's (``kept``), its own (``added``) and how many of the original's it left out
    (``dropped``); ``diff`` as :func:`paragraph_diff`. The original compares with itself."""
    if not members:
        return []
    original = members[0]
    out = []
    for member in members:
        diff = paragraph_diff(original.get("text"), member.get("text"))
        counts = {op: sum(1 for d in diff if d["op"] == op) for op in ("same", "added", "removed")}
        out.append({**member, "title_changed": (member.get("title") or "") != (original.get("title") or ""),
                    "kept": counts["same"], "added": counts["added"], "dropped": counts["removed"],
                    "diff": diff})
    return out


def articles_per_day(archive: Archive, *, source: str | None = None, days: int = 60,
                     today: date | None = None) -> list[dict[str, Any]]:
    """Latest article versions published on each of the last ``days`` days (portal time), per
    source: ``{"day": date, "source": str, "articles": int}``, oldest first; days with none
    are left out."""
    end = (today or datetime.now().astimezone().date()) + timedelta(days=1)
    start = end - timedelta(days=max(1, int(days)))
    rel = archive.sql(
        "SELECT CAST(published_at AS DATE) AS day, source, count(*) AS articles FROM articles "
        "WHERE published_at >= CAST($start AS TIMESTAMPTZ) AND published_at < CAST($end AS TIMESTAMPTZ) "
        "AND ($source IS NULL OR source = $source) GROUP BY ALL ORDER BY day, source",
        {"start": start.isoformat(), "end": end.isoformat(), "source": source})
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]


_OUTCOME = ("run_id", "source", "started_at", "finished_at", "finish_reason", "requests",
            "articles_new", "articles_changed", "articles_unchanged", "articles_removed",
            "items_dropped", "traps_refused", "errors", "article_requests_failed")
_COUNTS = ("refused_by_reason", "dropped_by_reason", "errors_by_kind", "pages_by_kind")


def run_outcomes(archive: Archive, *, source: str | None = None, limit: int = 30) -> list[dict[str, Any]]:
    """The latest ``limit`` runs (of ``source``), newest first: what each requested, archived
    (new, changed, unchanged, removed), dropped, refused and failed, the per-reason counts as
    dicts (``refused_by_reason``…) rather than JSON text."""
    rows = archive.runs(source, limit).to_pylist()
    out = []
    for row in rows:
        entry = {k: row.get(k) for k in _OUTCOME}
        for name in _COUNTS:
            entry[name] = _counts(row.get(name))
        out.append(entry)
    return out


def _counts(text: str | None) -> dict[str, int]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int)} if isinstance(value, dict) else {}

