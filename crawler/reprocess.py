"""Extraction from stored captures, without the network: re-extract our own WARCs with the
current extractor, or ingest WARC files written by other tools (wget, Heritrix,
Browsertrix, Common Crawl) into the archive."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from archive.derived import update_derived
from archive.locks import source_lock
from archive.reader import Archive
from archive.rows import CAPTURE_FLAGS, Capture, build_row, photo_capture
from archive.schema import ATTACHMENT_KEYS, IMAGE_CAPTURE_KEYS
from archive.warc import (
    READ_ERRORS,
    CapturedResponse,
    SkippedResponse,
    WarcDamage,
    WarcPointer,
    iter_responses,
    read_record,
)
from archive.writer import PartWriter
from crawler.extract import Status, extract_page
from crawler.extract.quality import quality_flags, refusal
from crawler.profiles import Profile, choose_profile
from crawler.urls import canonical_from_link
from crawler.workers import PoolConfig, SharedPools, in_worker

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

__all__ = ["Report", "reextract", "reextracted_rows", "ingest", "source_for_host"]

logger = logging.getLogger(__name__)

#: The largest payload ingest reads: the crawl's own limit (DOWNLOAD_MAXSIZE, 20 MiB). A
#: larger record is skipped (``size_limit``) without its payload being read.
MAX_PAYLOAD = 20 * 1024 * 1024


@dataclass
class Report:
    checked: int = 0
    written: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)
    by_source: Counter = field(default_factory=Counter)
    #: One line per damaged WARC file or capture: which file, where, what was read before it.
    damage: list[str] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items())) or "none"
        return (f"{self.checked} captures read; {self.written} rows {verb}; "
                f"{self.unchanged} unchanged; skipped: {skipped}")


def _row(response: CapturedResponse, profile: Profile, signal: str, report: Report, *,
         source: str, canonical_url: str, run_id: str, now: datetime, fetched_at: datetime,
         keep_identity: bool = False, capture_flags: Iterable[str] = (),
         listing_category: str | None = None) -> dict[str, Any] | None:
    """Extract a capture into a row (``archive.rows.build_row``, as a crawl does), or count
    why not (``report.skipped``). ``signal``: what chose ``profile`` (``_profile``). The row's
    canonical URL is the one its ``<link rel="canonical">`` names when the profile accepts it
    (as in a crawl); ``keep_identity`` (re-extraction): an archived article keeps its
    canonical URL, so re-extracting never moves a version to another article.
    ``capture_flags`` and ``listing_category``: what the crawl knew of the capture that the
    response record does not hold (``reextracted_rows``)."""
    fields = extract_page({"url": response.url, "body": response.body,
                           "content_type": response.header("Content-Type"),
                           "hints": profile.hints(), "headers": _header_map(response.headers),
                           "url_kind": profile.classify(canonical_url)[0],
                           "family_signal": signal})
    status = fields.pop("status")
    kind = fields.pop("page_kind", None)
    fields.pop("kind_reason", None)
    if status != Status.OK:
        report.skipped[f"not_article:{kind}" if status == Status.NOT_ARTICLE else status] += 1
        return None
    # The crawl's rule, on what the extraction read in <link rel="canonical">.
    linked = canonical_from_link(response.url, fields.pop("link_canonical", None), profile)
    if keep_identity and linked != canonical_url:
        linked = None
    capture = Capture.of(response, fetched_at=fetched_at, flags=capture_flags)
    row = build_row(fields, capture, source=source, canonical_url=canonical_url, run_id=run_id,
                    extracted_at=now, linked_canonical=linked, listing_category=listing_category)
    # The crawl's validation (pipelines/validate.py), on the same row.
    if reason := refusal(row):
        report.skipped[reason] += 1
        return None
    row["flags"] = [*row["flags"], *quality_flags(row)]
    return row


def reextract(root: Path | str, sources: dict, *, source: str | None = None,
              now: datetime | None = None, after: bool = True) -> Report:
    """Re-run extraction on the captures behind each article's latest version; write a new
    version wherever the result differs. Nothing is fetched. ``after``: when rows were
    written, bring clusters and the search index up to date (archive.derived)."""
    now = now or datetime.now(UTC)
    run_id = f"reextract-{now:%Y%m%dT%H%M%SZ}"
    report = Report()
    with ExitStack() as locks:
        with Archive(root) as archive:
            names = [n for (n,) in archive.sql("SELECT DISTINCT source FROM articles").fetchall()]
        for name in names:  # no crawl, ingest or re-extraction of these sources meanwhile
            if source is None or name == source:
                locks.enter_context(source_lock(root, name))
        _reextract(root, sources, source, now, run_id, report)
    if after and report.written:
        update_derived(root)
    return report


def _reextract(root: Path | str, sources: dict, source: str | None, now: datetime, run_id: str,
               report: Report) -> Report:
    writers: dict[str, PartWriter] = {}
    try:
        for old_vid, row in reextracted_rows(root, sources, source=source, now=now,
                                             run_id=run_id, report=report):
            if row["version_id"] == old_vid:
                report.unchanged += 1
                continue
            src = row["source"]
            writer = writers.setdefault(src, PartWriter(root, partition={"source": src}))
            writer.add(row)
            report.written += 1
            report.by_source[src] += 1
    finally:
        for writer in writers.values():
            writer.close()
    return report


def reextracted_rows(root: Path | str, sources: dict, *, source: str | None = None,
                     now: datetime | None = None, run_id: str | None = None,
                     report: Report | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each archived article's latest version extracted anew from its capture, as
    ``(stored version_id, new row)``: what ``reextract`` writes where the two ids differ.
    Nothing is written or fetched; captures that cannot be read or give no article are
    counted in ``report``.

    The new row is the one a crawl of that capture gives today (``archive.rows.build_row``),
    ETag and Last-Modified read from the stored response; what the crawl knew of the capture
    beyond the response record is carried over from the stored version: ``fetched_at``, the
    download's flags (``CAPTURE_FLAGS``) and its category, which may be the section that
    listed the page (``build_row``'s ``listing_category``) and is kept only when the page
    names none. Only ``run_id`` and ``extracted_at`` tell the two readings apart."""
    now = now or datetime.now(UTC)
    run_id = run_id or f"reextract-{now:%Y%m%dT%H%M%SZ}"
    report = report if report is not None else Report()
    with Archive(root) as archive:
        rows = archive.sql(
            "SELECT source, canonical_url, version_id, warc_file, warc_offset, warc_length, "
            "warc_record_id, fetched_at, flags, category, images, attachments FROM articles "
            "WHERE warc_file IS NOT NULL AND ($source IS NULL OR source = $source) "
            "ORDER BY source",
            {"source": source},
        ).fetchall()
    for (src, canonical, old_vid, file, offset, length, record_id, fetched_at, flags,
         category, images, attachments) in rows:
        report.checked += 1
        try:
            capture = read_record(root, WarcPointer(file, offset, length, record_id or ""))
        except WarcDamage as exc:  # bit rot, a cut: the bytes are not the ones captured
            report.skipped["capture_damaged"] += 1
            report.damage.append(f"{exc} (the capture of {canonical}; its row is kept)")
            logger.info("damaged capture %s for %s", exc, canonical)
            continue
        except (OSError, ValueError) as exc:
            report.skipped["capture_unreadable"] += 1
            report.damage.append(f"{file}: cannot read the capture at offset {offset} "
                                 f"({type(exc).__name__}) for {canonical}; its row is kept")
            logger.warning("cannot read capture %s:%s for %s: %s", file, offset, canonical, exc)
            continue
        profile, signal = _profile(src, capture, sources)
        row = _row(capture, profile, signal, report, source=src, canonical_url=canonical,
                   run_id=run_id, now=now, fetched_at=fetched_at, keep_identity=True,
                   capture_flags=[f for f in flags or () if f in CAPTURE_FLAGS],
                   listing_category=category)
        if row is not None:
            _keep_captures(row, images, attachments)
            yield old_vid, row


def _keep_captures(row: dict[str, Any], images: list[dict[str, Any]] | None,
                   attachments: list[dict[str, Any]] | None) -> None:
    """A photo or document the stored version's crawl captured keeps its capture (and what
    was read from the document) in the new row: the capture is of the file, not of the page
    read again. A document the new reading finds that no crawl fetched has none (null)."""
    captured = {i["src"]: i for i in images or () if i.get("status")}
    for image in row.get("images") or ():
        if (old := captured.get(image.get("src"))) is not None:
            image.update({k: old.get(k) for k in IMAGE_CAPTURE_KEYS})
    fetched = {d["url"]: d for d in attachments or () if d.get("status")}
    for doc in row.get("attachments") or ():
        if (old := fetched.get(doc.get("url"))) is not None:
            doc.update({k: old.get(k) for k in ATTACHMENT_KEYS if k not in ("url", "name")})


_HOST_NAME_RE = re.compile(r"[^a-z0-9]+")


def source_for_host(host: str, sources: dict) -> str:
    """The configured source for a host, else a name made from it (``web-moh-gov-vn``; a
    non-default port is part of the site: ``web-127-0-0-1-8081``)."""
    for src in sources.values():
        if src.serves(host):
            return src.name
    host = host.lower()
    name, _, port = host.partition(":")
    if port in ("80", "443"):
        host = name
    return ("web-" + _HOST_NAME_RE.sub("-", host).strip("-"))[:64]


def _header_map(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Response headers as name -> values (``Set-Cookie`` comes several times)."""
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return out


def _profile(source: str, capture: CapturedResponse, sources: dict,
             voted: tuple[Profile, str] | None = None) -> tuple[Profile, str]:
    """The profile that reads a capture of ``source`` and the signal that chose it: the
    source's own when it is configured, else its host's (``voted`` by ``_host_profiles``),
    else the one the page points at (``choose_profile``)."""
    if source in sources:
        return sources[source].profile(), "source"
    return voted or choose_profile(capture.url, capture.body, sources)


def _host_profiles(warc_files: list[Path], sources: dict,
                   source: str | None = None) -> dict[str, tuple[Profile, str]]:
    """For each host in the files, its profile and the signal that chose it: a configured
    source for the host wins (its pages are not read for it); else the family most of the
    host's HTML pages are recognised as (``choose_profile``: markup signatures, then one
    family's article-URL rule), when at least half of them agree; else the generic family,
    each page then checked for a family on its own. One family per host keeps the host's URLs
    canonicalised one way. Nothing is read when every capture goes to ``source`` and it is
    configured (its profile reads them all)."""
    if source in sources:
        return {}
    from archive.warc import iter_records
    from crawler.profiles import make_profile

    names: dict[str, str] = {}  # host -> source name
    votes: dict[str, Counter] = {}
    for path in warc_files:
        with open(path, "rb") as fh:
            try:
                _vote_hosts(iter_records(fh), sources, names, votes)  # heads bounded
            except (*READ_ERRORS, AttributeError):  # damage: the ingest pass names it
                pass
    out = {host: (sources[name].profile(), "source")
           for host, name in names.items() if name in sources}
    for host, tally in votes.items():
        families: Counter[str] = Counter()
        for (family, _), n in tally.items():
            families[family] += n
        family, n = families.most_common(1)[0]
        if family != "generic" and n * 2 >= families.total():
            signal = max((k for k in tally if k[0] == family), key=tally.__getitem__)[1]
            out[host] = (make_profile(family, names[host]), signal)
        else:
            out[host] = (make_profile("generic", names[host]), "none")
    return out


def _vote_hosts(records: Iterable[ArcWarcRecord], sources: dict, names: dict[str, str],
                votes: dict[str, Counter]) -> None:
    """``_host_profiles``' reading of one file: the family each host's HTML pages show."""
    from crawler.profiles.detect import SCAN_BYTES

    for record in records:
        if record.rec_type != "response" or record.http_headers is None:
            continue
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if record.http_headers.get_statuscode() != "200" or "html" not in ctype:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        host = urlsplit(url).netloc.lower()
        if host not in names:
            names[host] = source_for_host(host, sources)
        if names[host] in sources:
            continue
        body = record.content_stream().read(SCAN_BYTES)  # all that detection reads
        profile, signal = choose_profile(url, body, None,
                                         _header_map(record.http_headers.headers))
        votes.setdefault(host, Counter())[(profile.family.name, signal)] += 1


def _file_skip(status: int, content_type: str) -> str | None:
    """A 200 response that is not an HTML page may be a photo or a document."""
    return None if status == 200 and "html" not in content_type.lower() else "not_a_file"


def _file_captures(warc_files: list[Path], max_payload: int
                   ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """URL -> capture fields of the photos (200 responses whose bytes are a raster image) and
    of the documents (a PDF, DOCX… by their bytes) these WARC files hold, pointing at the
    files by absolute path as ingested rows do. A damaged file keeps what was read before the
    damage (ingest reports the damage)."""
    from crawler.extract.documents import sniff_document
    from crawler.extract.photos import sniff_image

    photos: dict[str, dict[str, Any]] = {}
    documents: dict[str, dict[str, Any]] = {}
    for path in warc_files:
        label = str(Path(path).resolve())
        try:
            for capture in iter_responses(path, label=label, skip=_file_skip, max_body=max_payload):
                if isinstance(capture, SkippedResponse):
                    continue
                if (media_type := sniff_image(capture.body)) is not None:
                    photos.setdefault(capture.url, photo_capture(capture.body, media_type,
                                                                 capture.pointer))
                elif (media_type := sniff_document(capture.body)) is not None:
                    documents.setdefault(capture.url, photo_capture(capture.body, media_type,
                                                                    capture.pointer))
        except WarcDamage:
            continue
    return photos, documents


class _DocumentTexts:
    """The text of the documents ingest finds, read as the crawl reads them: in a killable
    worker process (crawler/workers.py) under a deadline and a memory cap, each file once."""

    def __init__(self, root: Path | str, timeout: float = 60.0, memory_mb: int = 1024) -> None:
        self.root = root
        self.config = PoolConfig(1, timeout, memory_mb)
        self.pool: Any = None
        self.done: dict[str, dict[str, Any]] = {}

    def fields(self, url: str, capture: dict[str, Any]) -> dict[str, Any]:
        if url in self.done:
            return self.done[url]
        from crawler.extract.documents import read_document, text_fields

        pointer = WarcPointer(capture["warc_file"], capture["warc_offset"], capture["warc_length"], "")
        try:
            body = read_record(self.root, pointer, max_body=capture["bytes"]).body
        except (OSError, ValueError, WarcDamage) as exc:
            logger.info("document %s not read back: %s", url, exc)
            self.done[url] = found = {"status": "not_captured"}
            return found
        if self.pool is None:
            self.pool = SharedPools.acquire(self.config)
        outcome: dict[str, Any] | BaseException
        try:
            outcome = self.pool.schedule(in_worker, args=(read_document, {"body": body}),
                                         timeout=self.config.timeout).result()
        except Exception as exc:  # the deadline, the memory cap, a reader's failure
            outcome = exc
        read = text_fields(outcome)
        read.pop("flags")
        self.done[url] = found = {**capture, **read}
        return found

    def close(self) -> None:
        if self.pool is not None:
            SharedPools.release(self.config)
            self.pool = None


def _ingest_skip(status: int, content_type: str) -> str | None:
    """Why ingest passes a response over before reading its payload (``None``: read it)."""
    if status != 200:
        return f"http_{status}"
    if content_type and "html" not in content_type.lower():
        return "not_html"
    return None


def ingest(root: Path | str, warc_files: list[Path], sources: dict, *,
           source: str | None = None, now: datetime | None = None,
           max_payload: int = MAX_PAYLOAD, after: bool = True) -> Report:
    """Extract the article pages of foreign WARC files into the archive; rows point at the
    foreign files (absolute paths). A capture identical to the newest stored version of its
    article adds nothing.

    Each record's headers are read first: a response that is not a 200 HTML page, or whose
    payload passes ``max_payload`` bytes, is counted and passed over unread. A file damaged
    part-way (cut short, corrupt) keeps what was read before the damage; the damage is counted
    (``warc_damaged``) and described in ``Report.damage``. ``after``: when rows were written,
    bring clusters and the search index up to date (archive.derived)."""
    now = now or datetime.now(UTC)
    report = Report()
    writers: dict[str, PartWriter] = {}
    latest: dict[str, dict[str, tuple[str, bool]]] = {}
    stored: dict[str, set[str]] = {}
    locks = ExitStack()
    archive = Archive(root)
    host_profiles = _host_profiles(warc_files, sources, source)
    photos, documents = _file_captures(warc_files, max_payload)
    texts = _DocumentTexts(root)
    try:
        for path in warc_files:
            label = str(Path(path).resolve())
            run_id = f"ingest-{now:%Y%m%dT%H%M%SZ}-{Path(path).name}"[:120]
            checked, written = report.checked, report.written
            try:
                for capture in iter_responses(path, label=label, skip=_ingest_skip,
                                              max_body=max_payload):
                    report.checked += 1
                    if isinstance(capture, SkippedResponse):
                        report.skipped[capture.reason] += 1
                        level = logging.WARNING if capture.reason == "size_limit" else logging.DEBUG
                        logger.log(level, "skipped [%s] %s %s", capture.reason, capture.url,
                                   capture.detail)
                        continue
                    host = urlsplit(capture.url).netloc.lower()
                    src = source or source_for_host(host, sources)
                    profile, signal = _profile(src, capture, sources, host_profiles.get(host))
                    # The URL rule is only a prior: every HTML page is judged by what it holds.
                    canonical = profile.canonicalize(capture.url)
                    if src not in latest:
                        locks.enter_context(source_lock(root, src))  # one writer per source
                        latest[src] = archive.latest_state(src)
                        stored[src] = {r for (r,) in archive.sql(
                            "SELECT warc_record_id FROM article_versions WHERE source = ? "
                            "AND warc_record_id IS NOT NULL", [src]).fetchall()}
                    if capture.pointer.record_id and capture.pointer.record_id in stored[src]:
                        report.unchanged += 1  # this very capture is archived already
                        continue
                    row = _row(capture, profile, signal, report, source=src,
                               canonical_url=canonical, run_id=run_id, now=now,
                               fetched_at=capture.date or now)
                    if row is None:
                        continue
                    for image in row.get("images") or ():  # photos the files also hold
                        image.update(photos.get(image.get("src") or "", {}))
                    for doc in row.get("attachments") or ():  # and documents
                        if (held := documents.get(doc.get("url") or "")) is not None:
                            doc.update(texts.fields(doc["url"], held))
                    state = latest[src]
                    if state.get(row["article_id"]) == (row["version_id"], False):
                        report.unchanged += 1
                        continue
                    state[row["article_id"]] = (row["version_id"], False)
                    stored[src].add(capture.pointer.record_id)
                    writer = writers.setdefault(src, PartWriter(root, partition={"source": src}))
                    writer.add(row)
                    report.written += 1
                    report.by_source[src] += 1
            except WarcDamage as exc:
                report.skipped["warc_damaged"] += 1
                read = report.checked - checked
                report.damage.append(f"{exc}; read before it: {read} response record(s), "
                                     f"{report.written - written} row(s) written; the rest of "
                                     f"the file is not read" if read else f"{exc}")
                logger.info("damaged WARC file %s", exc)  # the report names it: not twice
    finally:
        archive.close()
        texts.close()
        for writer in writers.values():
            writer.close()
        locks.close()
    if after and report.written:
        update_derived(root)
    return report
