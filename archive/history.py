"""Looking up article rows and the versions of one article, with readable diffs."""

from __future__ import annotations

import difflib
from typing import Any

from archive.reader import Archive

__all__ = ["find_rows", "version_history", "text_diff"]

_MATCH = "(article_id = $key OR version_id = $key OR url = $key OR canonical_url = $key)"


def find_rows(archive: Archive, key: str) -> list[dict[str, Any]]:
    """Every stored row whose article id, version id, URL or canonical URL is ``key``,
    oldest first."""
    rel = archive.sql(
        f"SELECT * FROM article_versions WHERE article_id IN (SELECT article_id FROM "
        f"article_versions WHERE {_MATCH}) ORDER BY fetched_at, extracted_at NULLS FIRST",
        {"key": key},
    )
    columns = rel.columns
    return [dict(zip(columns, row, strict=True)) for row in rel.fetchall()]


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
