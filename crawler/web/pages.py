"""What each page shows, as plain data: the HTML templates and the JSON answers both render
these dicts, so a script reading ``?format=json`` sees exactly what the page shows. Every
value comes from the library (``archive``); nothing here writes SQL."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from archive.browse import (
    article_versions,
    articles_per_day,
    cluster_changes,
    paragraph_diff,
    paragraphs,
    run_outcomes,
)
from archive.clusters import cluster_members, version_cluster
from archive.health import check_health
from archive.reader import Archive

#: Hits on one page of results, and the deepest page (the ranked window is 1,000 articles).
PER_PAGE = 20
MAX_PAGES = 50
#: Days of the articles-per-day chart; runs in the outcomes table and chart.
CHART_DAYS = 60
RUNS_SHOWN = 30
#: Rows one export link may write.
EXPORT_MAX_ROWS = 100_000
#: Seconds a search may run before it is stopped (the page says so).
SEARCH_TIMEOUT = 10.0
#: Markers the search puts around matched words; the template escapes the snippet, then
#: turns these into <mark> (characters no archived text can hold: they are stripped from it).
MARK = ("\x02", "\x03")


class NotFound(LookupError):
    """The page asked for names nothing in the archive."""


@dataclass
class SearchForm:
    """A search as typed: every field a query-string parameter, so a search is a URL."""

    q: str = ""
    source: str = ""
    unit: str = ""
    since: str = ""
    until: str = ""
    page: int = 1
    copies: bool = False

    @classmethod
    def from_params(cls, params: Any) -> SearchForm:
        def text(name: str, cap: int = 500) -> str:
            return (params.get(name) or "").strip()[:cap]

        try:
            page = int(params.get("page") or 1)
        except ValueError:
            page = 1
        return cls(q=text("q", 1000), source=text("source", 100), unit=text("unit"),
                   since=text("since", 40), until=text("until", 40),
                   page=min(max(page, 1), MAX_PAGES), copies=params.get("copies") in ("1", "on", "true"))

    def params(self, **changes: Any) -> dict[str, Any]:
        """The non-empty fields (with ``changes``), for links to other pages of the search."""
        values = {**asdict(self), **changes}
        values["copies"] = "1" if values["copies"] else ""
        if values["page"] == 1:
            values["page"] = ""
        return {k: v for k, v in values.items() if v not in ("", None)}


def _clean(text: str | None) -> str:
    return (text or "").translate({ord(MARK[0]): None, ord(MARK[1]): None})


def search_page(archive: Archive, form: SearchForm, index: str = "current",
                sources: list[str] | None = None) -> dict[str, Any]:
    """Ranked hits of the search (one per story unless ``copies``), with facet counts; with
    no query, the latest articles. ``index``: the search index's state
    (``archive.search.index_state``), said on the page when it is behind; ``sources``: the
    archive's sources for the filter (``archive.sources()`` when not given)."""
    from archive.search import SearchError, SearchSyntaxError, search

    data: dict[str, Any] = {"form": asdict(form), "hits": [],
                            "sources": archive.sources() if sources is None else sources,
                            "error": None, "notice": None, "per_page": PER_PAGE}
    filters: dict[str, Any] = {"source": form.source or None, "unit": form.unit or None,
                               "since": form.since or None, "until": form.until or None}
    if not form.q:
        latest = archive.articles(columns=["article_id", "title", "source", "unit", "published_at",
                                           "date_precision", "lead"],
                                  limit=PER_PAGE, **filters)
        data["latest"] = latest.to_pylist()
        return data
    if index == "behind":
        data["notice"] = ("The search index is behind the archive: `portal-archive index` brings it "
                          "up to date.")
    try:
        hits = search(archive.root, form.q, limit=PER_PAGE, offset=(form.page - 1) * PER_PAGE,
                      all_copies=form.copies, mark=MARK, facets=True, timeout=SEARCH_TIMEOUT,
                      **filters)
    except SearchSyntaxError as exc:
        data["error"] = f"The query could not be read: {exc}"
        return data
    except SearchError as exc:
        data["error"] = str(exc)
        return data
    data["hits"] = [{**asdict(h), "title": _clean(h.title)} for h in hits]
    data["matched"] = hits.matched
    data["facets"] = hits.facets
    data["window_full"] = hits.window_full
    data["window_from"] = hits.window_from
    stories = (hits.facets or {}).get("stories", 0)
    total = hits.matched if form.copies else stories
    data["total"] = total
    data["pages"] = min(MAX_PAGES, max(1, -(-total // PER_PAGE)))
    if form.page > data["pages"]:  # past the end: the last page (a URL typed or kept too long)
        form.page = data["pages"]
        data["form"]["page"] = form.page
        return search_page(archive, form, index, data["sources"])
    return data


#: Photo types a page shows (``photo`` checks the bytes themselves as well).
RASTER_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif",
                          "image/bmp"})


def _image_entries(images: list[dict[str, Any]] | None, article_id: str,
                   version_id: str) -> list[dict[str, Any]]:
    # A captured photo is served from its WARC record (``photo``); the portal is never asked
    # for it (no hot-linking). One not captured shows its caption, credit, address and why.
    out = []
    for n, image in enumerate(images or ()):
        captured = (image.get("status") == "captured" and bool(image.get("warc_file"))
                    and image.get("media_type") in RASTER_TYPES)
        out.append({"src": image.get("src"), "caption": image.get("caption"),
                    "credit": image.get("credit"), "captured": captured,
                    "status": image.get("status") if captured or image.get("status") != "captured"
                    else "not_an_image", "media_type": image.get("media_type"),
                    "bytes": image.get("bytes"), "sha256": image.get("sha256"),
                    "href": f"/article/{article_id}/image/{n}?v={version_id}" if captured else None})
    return out


def _attachment_entries(attachments: list[dict[str, Any]] | None, article_id: str,
                        version_id: str) -> list[dict[str, Any]]:
    """Each attached document: its name and address, and either its capture (served from the
    WARC record, ``document``) with what was read from it, or why it was not captured."""
    out = []
    for n, doc in enumerate(attachments or ()):
        captured = doc.get("status") == "captured" and bool(doc.get("warc_file"))
        out.append({**doc, "captured": captured,
                    "href": f"/article/{article_id}/attachment/{n}?v={version_id}" if captured else None})
    return out


def _named_version(rows: list[dict[str, Any]], key: str, version: str | None) -> dict[str, Any] | None:
    """The version ``?v=`` names, or the one ``key`` names when it is a version id; ``None``
    when neither does (the caller's default applies). An unknown ``?v=`` is :class:`NotFound`."""
    asked = version or key
    row = next((r for r in rows if r["version_id"] == asked), None)
    if version and row is None:
        raise NotFound(f"no version {version[:80]!r} of this article")
    return row


def article_page(archive: Archive, key: str, version: str | None = None) -> dict[str, Any]:
    """One article: the chosen (else latest) version whole, with its provenance and the list
    of its versions."""
    rows = article_versions(archive, key)
    if not rows:
        raise NotFound(f"no article matches {key!r}")
    live = [r for r in rows if not r.get("removed")]
    row = _named_version(rows, key, version) or (live[-1] if live else rows[-1])
    cluster = version_cluster(archive, row["version_id"])
    newest = live[-1]["version_id"] if live else None
    return {
        "article": {**row, "paragraphs": paragraphs(row.get("text")),
                    "images": _image_entries(row.get("images"), row["article_id"],
                                             row["version_id"]),
                    "attachments": _attachment_entries(row.get("attachments"), row["article_id"],
                                                       row["version_id"])},
        "removed": bool(rows[-1].get("removed")),
        "latest_version_id": newest,
        "versions": [{"version_id": r["version_id"], "fetched_at": r["fetched_at"],
                      "removed": bool(r.get("removed")), "title": r.get("title"),
                      "run_id": r.get("run_id")} for r in rows],
        "cluster_id": cluster[0] if cluster else None,
        "copies": cluster[1] - 1 if cluster else 0,
    }


def versions_rows(archive: Archive, key: str) -> list[dict[str, Any]]:
    """The stored versions :func:`versions_page` compares (read while an archive handle is
    held; the comparing is done after it is given back)."""
    rows = article_versions(archive, key)
    if not rows:
        raise NotFound(f"no article matches {key!r}")
    return rows


def versions_page(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Every version of an article, each with its paragraph diff against the previous live
    one and what else changed; a removal is a marker of its own."""
    from archive.history import version_history

    entries = version_history(rows, diff=False)
    previous: dict[str, Any] | None = None
    out = []
    for row, entry in zip(rows, entries, strict=True):
        item = dict(entry)
        if row.get("removed"):
            item["paragraphs"] = []
        elif previous is None:
            item["paragraphs"] = [{"op": "same", "text": p} for p in paragraphs(row.get("text"))]
        else:
            item["paragraphs"] = paragraph_diff(previous.get("text"), row.get("text"))
        if not row.get("removed"):
            previous = row
        out.append(item)
    last = rows[-1]
    return {"article_id": last["article_id"], "source": last["source"], "url": last["url"],
            "title": next((r.get("title") for r in reversed(rows) if r.get("title")), None),
            "versions": out}


def cluster_rows(archive: Archive, cluster_id: str) -> list[dict[str, Any]]:
    """The members :func:`cluster_page` compares (read while a handle is held)."""
    members = cluster_members(archive, cluster_id)
    if not members:
        raise NotFound(f"no cluster {cluster_id!r}")
    return members


def cluster_page(cluster_id: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The story's copies compared with its original; an article's superseded versions in the
    cluster are marked ``earlier`` and not counted as copies."""
    newest: dict[str, Any] = {}
    for member in members:
        held = newest.get(member["article_id"])
        if held is None or member["fetched_at"] > held:
            newest[member["article_id"]] = member["fetched_at"]
    compared = cluster_changes(members)
    for member in compared:
        member.pop("text", None)
        member["earlier"] = member["fetched_at"] < newest[member["article_id"]]
    return {"cluster_id": cluster_id, "members": compared, "articles": len(newest),
            "sources": len({m["source"] for m in members})}


def raw_capture(archive: Archive, key: str, version: str | None) -> tuple[bytes, str | None]:
    """The captured HTTP response (headers and body) of a version, as stored in the WARC, and
    the character encoding its body was read in (``None`` when unknown). A capture whose file
    is gone or unreadable is :class:`NotFound` (``portal-archive verify`` names it)."""
    from archive.warc import READ_ERRORS, WarcPointer, raw_record

    rows = article_versions(archive, key)
    row = (_named_version(rows, key, version)
           or next((r for r in reversed(rows) if r.get("warc_file")), None))
    if row is None or not row.get("warc_file"):
        raise NotFound("this article has no captured response")
    pointer = WarcPointer(row["warc_file"], row["warc_offset"], row["warc_length"],
                          row.get("warc_record_id") or "")
    try:
        body = raw_record(archive.root, pointer)
    except (OSError, ValueError, *READ_ERRORS):
        raise NotFound("the capture of this version cannot be read (missing or damaged WARC file: "
                       "`portal-archive verify` names it)") from None
    return body, row.get("encoding")


def _captured(archive: Archive, key: str, n: int, version: str | None, column: str,
              what: str) -> tuple[bytes, dict[str, Any]]:
    """The bytes of the ``n``-th entry of ``column`` (``images``, ``attachments``) of a
    version (else the latest) as captured, and the entry; :class:`NotFound` when it was not
    captured or its capture cannot be read or is not what the entry names."""
    from archive.warc import READ_ERRORS, WarcPointer, read_record

    rows = article_versions(archive, key)
    row = _named_version(rows, key, version) or (rows[-1] if rows else None)
    entries = (row or {}).get(column) or []
    if not 0 <= n < len(entries):
        raise NotFound(f"no such {what}")
    entry = entries[n]
    if (entry.get("status") != "captured" or not entry.get("warc_file")
            or entry.get("warc_offset") is None or entry.get("warc_length") is None):
        raise NotFound(f"this {what} was not captured ({entry.get('status') or 'unknown'})")
    pointer = WarcPointer(entry["warc_file"], entry["warc_offset"], entry["warc_length"], "")
    # The archive is hostile input too: the record must be the 200 response holding the very
    # bytes the entry names, read no further than its size.
    try:
        record = read_record(archive.root, pointer, max_body=max(0, entry.get("bytes") or 0))
    except (OSError, ValueError, *READ_ERRORS):
        raise NotFound(f"the capture of this {what} cannot be read (missing or damaged WARC "
                       "file: `portal-archive verify` names it)") from None
    body = record.body
    if record.status != 200 or hashlib.sha256(body).hexdigest() != entry.get("sha256"):
        raise NotFound(f"the record this {what} points at does not hold it")
    return body, entry


def photo(archive: Archive, key: str, n: int, version: str | None) -> tuple[bytes, str]:
    """The ``n``-th photo of a version (else the latest) as captured, and its image type read
    from its bytes; :class:`NotFound` when it was not captured, its capture cannot be read,
    or its bytes are not a raster image a browser shows (an SVG can carry script)."""
    from crawler.extract.photos import sniff_image

    body, _ = _captured(archive, key, n, version, "images", "photo")
    media_type = sniff_image(body)
    if media_type is None:
        raise NotFound("the capture of this photo is not an image a browser shows")
    return body, media_type


def document(archive: Archive, key: str, n: int, version: str | None) -> tuple[bytes, str, str]:
    """The ``n``-th attached document of a version (else the latest) as captured, its type
    read from its bytes, and a file name for it; :class:`NotFound` as for a photo, or when
    the bytes are no document (an HTML page is never served from here)."""
    from crawler.extract.documents import sniff_document

    body, entry = _captured(archive, key, n, version, "attachments", "document")
    media_type = sniff_document(body)
    if media_type is None:
        raise NotFound("the capture of this document is not a document")
    return body, media_type, _file_name(entry.get("url") or "", entry.get("name"))


def _file_name(url: str, name: str | None) -> str:
    """A safe download name: the file name the link showed or its address's last part."""
    from urllib.parse import unquote, urlsplit

    candidates = (name or "", unquote(urlsplit(url).path).rsplit("/", 1)[-1])
    for candidate in candidates:
        cleaned = "".join(ch for ch in candidate if ch.isalnum() or ch in " ._-()").strip(" .")
        if cleaned:
            return cleaned[:150]
    return "document"


def sources_page(archive: Archive, configured: dict[str, Any], *,
                 today: date | None = None) -> dict[str, Any]:
    """Per source: family, schedule, articles, the latest runs, health flags; the per-day
    article counts and run outcomes for the charts."""
    flags, _checked = check_health(archive)
    counts = {r["source"]: r for r in archive.per_source()}
    runs = run_outcomes(archive, limit=RUNS_SHOWN)
    names = sorted(set(counts) | set(archive.last_runs()))
    sources = []
    for name in names:
        conf = configured.get(name)
        sources.append({
            "name": name, "family": getattr(conf, "family", None),
            "title": getattr(conf, "title", "") or "", "schedule": getattr(conf, "schedule", None),
            "articles": counts.get(name, {}).get("articles", 0),
            "last_published": counts.get(name, {}).get("last_published"),
            "runs": run_outcomes(archive, source=name, limit=5),
            "flags": [asdict(f) for f in flags if f.source == name],
        })
    end = _chart_end([c.get("last_published") for c in counts.values()], today)
    return {"sources": sources, "days": articles_per_day(archive, days=CHART_DAYS, today=end),
            "runs": runs, "chart_days": CHART_DAYS, "chart_end": end}


def _chart_end(last_published: list[str | None], today: date | None) -> date:
    """The last day the articles-per-day chart shows: today, or the newest publication day
    when the archive holds nothing that recent (an archive of past years still charts)."""
    today = today or datetime.now().astimezone().date()
    days = [date.fromisoformat(d) for d in last_published if d]
    return min(today, max(days)) if days else today


def source_page(archive: Archive, name: str, configured: dict[str, Any]) -> dict[str, Any]:
    if name not in archive.sources() and not run_outcomes(archive, source=name, limit=1):
        raise NotFound(f"no source {name!r} in this archive")
    flags, _ = check_health(archive, source=name)
    conf = configured.get(name)
    end = _chart_end([c["last_published"] for c in archive.per_source() if c["source"] == name], None)
    return {"name": name, "family": getattr(conf, "family", None),
            "schedule": getattr(conf, "schedule", None), "title": getattr(conf, "title", "") or "",
            "flags": [asdict(f) for f in flags],
            "days": articles_per_day(archive, source=name, days=CHART_DAYS, today=end),
            "runs": run_outcomes(archive, source=name, limit=RUNS_SHOWN), "chart_days": CHART_DAYS,
            "chart_end": end}


def export_file(archive: Archive, form: SearchForm, fmt: str, sink: str | Path | BinaryIO) -> int:
    """The search's articles (every copy, best first) with provenance, written to ``sink`` as
    ``portal-archive export`` writes them, at most ``EXPORT_MAX_ROWS``. CSV is written for
    spreadsheets (``--excel``: a byte order mark, and no cell a spreadsheet would run as a
    formula): a download from a web page is opened in one."""
    from archive.export import export_articles

    return export_articles(archive, sink, fmt, source=form.source or None, unit=form.unit or None,
                           since=form.since or None, until=form.until or None,
                           query=form.q or None, limit=EXPORT_MAX_ROWS, excel=fmt == "csv")


def jsonable(value: Any) -> Any:
    """Values as JSON carries them: times as ISO 8601, sets and tuples as lists."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value
