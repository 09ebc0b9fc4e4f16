"""Looking up article rows and the versions of one article, with readable diffs."""

from __future__ import annotations

import difflib
from typing import Any

from archive.reader import Archive

__all__ = ["AmbiguousKey", "find_rows", "version_history", "text_diff"]

_MATCH = "(article_id = $key OR version_id = $key OR url = $key OR canonical_url = $key)"


class AmbiguousKey(LookupError):
    """A URL shared by articles of several sources: name the source."""


def find_rows(archive: Archive, key: str, source: str | None = None) -> list[dict[str, Any]]:
    """Every stored version of the one article whose id, version id, URL or canonical URL is
    ``key`` (in ``source``), oldest first. Raises ``AmbiguousKey`` when it names articles of
    several sources."""
    rel = archive.sql(
        f"SELECT * FROM article_versions WHERE (source, article_id) IN (SELECT (source, article_id) "
        f"FROM article_versions WHERE {_MATCH} AND ($source IS NULL OR source = $source)) "
        f"ORDER BY fetched_at, extracted_at NULLS FIRST",
        {"key": key, "source": source},
    )
    columns = rel.columns
    rows = [dict(zip(columns, row, strict=True)) for row in rel.fetchall()]
    sources = sorted({r["source"] for r in rows})
    if len(sources) > 1:
        raise AmbiguousKey(f"{key!r} is an article of several sources ({', '.join(sources)}): "
                           "choose one with --source")
    return rows


def text_diff(old: str | None, new: str | None, *, context: int = 1) -> list[str]:
    """Paragraph-level unified diff lines between two texts."""
    a = (old or "").split("\n\n") if old else []
    b = (new or "").split("\n\n") if new else []
    return [line.rstrip("\n") for line in difflib.unified_diff(a, b, "before", "after",
                                                               n=context, lineterm="")]


_COMPARED = ("title", "lead", "published_at", "updated_at", "unit", "authors", "images")


def version_history(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per stored version: when, which, what changed since the previous one."""
    out = []
    previous = None
    for row in rows:
        entry = {k: row.get(k) for k in ("fetched_at", "extracted_at", "version_id", "run_id",
                                          "removed", "title", "http_status")}
        if previous is not None:
            entry["changed_fields"] = [f for f in _COMPARED
                                       if not row.get("removed") and row.get(f) != previous.get(f)]
            entry["diff"] = [] if row.get("removed") else text_diff(previous.get("text"),
                                                                   row.get("text"))
        out.append(entry)
        if not row.get("removed"):
            previous = row
    return out
