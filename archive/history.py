"""Looking up article rows and the versions of one article, with readable diffs."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any

from archive.errors import ArchiveError
from archive.reader import Archive

if TYPE_CHECKING:
    from urllib.parse import SplitResult

__all__ = ["AmbiguousKey", "find_moved", "find_rows", "version_history", "text_diff"]

_MATCH = "(article_id = $key OR version_id = $key OR url = $key OR canonical_url = $key)"
#: An article or version id (archive/ids.py): looked up among the ids alone, not the URLs.
_ID = re.compile(r"[0-9a-f]{32}")


class AmbiguousKey(LookupError, ArchiveError):
    """A URL shared by articles of several sources: name the source."""


def find_rows(archive: Archive, key: str, source: str | None = None) -> list[dict[str, Any]]:
    """Every stored version of the one article whose id, version id, URL or canonical URL is
    ``key`` (in ``source``), oldest first. Raises ``AmbiguousKey`` when it names articles of
    several sources."""
    # Two steps: the articles the key names (a few narrow columns), then their rows from the
    # source's own parts. One statement with the first as a subquery read every column of
    # every part (0.5 s at 100k articles).
    found = _by_id(archive, key, source) if _ID.fullmatch(key) else archive.rows(
        f"SELECT DISTINCT source, article_id FROM article_versions WHERE {_MATCH} "
        "AND ($source IS NULL OR source = $source)", {"key": key, "source": source})
    sources = sorted({src for src, _ in found})
    if len(sources) > 1:
        raise AmbiguousKey(f"{key!r} is an article of several sources ({', '.join(sources)}): "
                           "choose one with --source")
    if not found:
        return []
    ids = [aid for _, aid in found]
    return archive.versions_of(sources[0], ids) or archive.records(
        # parts not in their source's folder (moved by hand): every part is read
        "SELECT * FROM article_versions WHERE source = $source AND list_contains($ids, article_id) "
        "ORDER BY fetched_at, extracted_at NULLS FIRST", {"source": sources[0], "ids": ids})


def _by_id(archive: Archive, key: str, source: str | None) -> list[tuple[str, str]]:
    """(source, article id) of the article whose article or version id is ``key``."""
    from archive.search import indexed_source

    # An article id the search index holds names its source at once (an id never changes
    # source); else the parts are asked, one column at a time: an equality on one column lets
    # their Bloom filters skip every row group that cannot hold the id (an OR reads them all).
    indexed = indexed_source(archive.root, key)
    if indexed is not None and source in (None, indexed):
        return [(indexed, key)]
    for column in ("article_id", "version_id"):
        found = archive.rows(
            f"SELECT DISTINCT source, article_id FROM article_versions WHERE {column} = $key "
            "AND ($source IS NULL OR source = $source)", {"key": key, "source": source})
        if found:
            return found
    return []


def find_moved(archive: Archive, key: str, source: str | None = None) -> list[dict[str, Any]]:
    """:func:`find_rows` of the article whose URL is ``key`` on another port or scheme of the
    same host (the demo portal listens on a new port each run). Two ways, both on the rows
    stored from that host: by article_id, which leaves scheme, host and port out
    (archive/ids.py), when ``key`` is written as the profile writes a canonical URL; else by a
    stored ``url`` or ``canonical_url`` with the same host, path and query as ``key`` (the
    ``url`` that `show` prints, on another port: ``?gd=19&cn=115`` in the portal's order, or
    with Liferay's ``?redirect=``). Empty when ``key`` is no URL or names no stored article."""
    from urllib.parse import urlsplit

    from archive.ids import article_id

    try:
        typed = urlsplit(key)
        host = typed.hostname
    except ValueError:
        return []
    if not host:
        return []
    sources = [source] if source else archive.sources()
    ids = {article_id(s, key): s for s in sources}
    stored = archive.sql("SELECT DISTINCT source, article_id, url FROM article_versions "
                         "WHERE list_contains($ids, article_id)", {"ids": list(ids)}).fetchall()
    found = {(src, aid) for src, aid, url in stored
             if ids.get(aid) == src and _host(url) == host}
    if not found:
        found = _same_path_and_query(archive, typed, host, source)
    names = sorted({src for src, _aid in found})
    if len(names) > 1:
        raise AmbiguousKey(f"{key!r} is an article of several sources ({', '.join(names)}): "
                           "choose one with --source")
    if len(found) > 1:
        raise AmbiguousKey(f"{key!r} names several articles of {names[0]}: give an article id")
    return find_rows(archive, found.pop()[1], names[0]) if found else []


def _host(url: str | None) -> str | None:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url or "").hostname
    except ValueError:
        return None


def _same_path_and_query(archive: Archive, typed: SplitResult, host: str,
                         source: str | None) -> set[tuple[str, str]]:
    """(source, article_id) of the rows whose ``url`` or ``canonical_url`` is ``typed`` but
    for scheme and port. DuckDB narrows by the URL's end (a bound value, no pattern), Python
    compares host, path and query exactly."""
    from urllib.parse import urlsplit

    path = typed.path or "/"
    tail = path + (f"?{typed.query}" if typed.query else "")
    rows = archive.sql(
        "SELECT DISTINCT source, article_id, url, canonical_url FROM article_versions "
        "WHERE (ends_with(url, $tail) OR ends_with(canonical_url, $tail)) "
        "AND ($source IS NULL OR source = $source)",
        {"tail": tail, "source": source}).fetchall()
    found = set()
    for src, aid, *urls in rows:
        for url in urls:
            try:
                parts = urlsplit(url or "")
                same = (parts.hostname == host and (parts.path or "/") == path
                        and parts.query == typed.query)
            except ValueError:
                same = False
            if same:
                found.add((src, aid))
    return found


def text_diff(old: str | None, new: str | None, *, context: int = 1) -> list[str]:
    """Paragraph-level unified diff lines between two texts."""
    a = (old or "").split("\n\n") if old else []
    b = (new or "").split("\n\n") if new else []
    return [line.rstrip("\n") for line in difflib.unified_diff(a, b, "before", "after",
                                                               n=context, lineterm="")]


_COMPARED = ("title", "lead", "published_at", "updated_at", "unit", "authors", "images")


def version_history(rows: list[dict[str, Any]], *, diff: bool = True) -> list[dict[str, Any]]:
    """One entry per stored version: when, which, what changed since the previous one (with
    ``diff``, the text's unified diff too)."""
    out = []
    previous = None
    for row in rows:
        entry = {k: row.get(k) for k in ("fetched_at", "extracted_at", "version_id", "run_id",
                                          "removed", "title", "http_status")}
        if previous is not None:
            entry["changed_fields"] = [f for f in _COMPARED
                                       if not row.get("removed") and row.get(f) != previous.get(f)]
            if diff:
                entry["diff"] = [] if row.get("removed") else text_diff(previous.get("text"),
                                                                       row.get("text"))
        out.append(entry)
        if not row.get("removed"):
            previous = row
    return out
