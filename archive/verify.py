"""Checking an archive end to end: every part's footer and schema, every WARC pointer, every
WARC file's records; torn or foreign files named. The derived files (duplicate clusters under
``dedup/``, the search index under ``search/``) are read through too: a damaged one is a
problem, named with the command that makes it again; one behind the archive is a note."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.archiveiterator import ArchiveIterator

from archive.cdx import CDX_SUFFIX
from archive.reader import Archive
from archive.schema import schema_problem
from archive.warc import WARC_DIR, WarcPointer, record_at, scan_gzip_members
from archive.writer import digest_name, file_sha256

__all__ = ["Problem", "VerifyReport", "verify_archive"]


@dataclass(frozen=True)
class Problem:
    path: str
    # torn_part, foreign_file, schema_mismatch, bad_pointer, torn_warc, missing_warc,
    # damaged_derived, fixity_mismatch
    kind: str
    detail: str


@dataclass
class VerifyReport:
    parts: int = 0
    rows: int = 0
    pointers: int = 0
    warc_files: int = 0
    warc_records: int = 0
    derived_files: int = 0
    #: with ``fixity``: parts and WARC records whose digests were recomputed, and parts with
    #: no digest recorded (written before parts had them)
    hashed: int = 0
    undigested: int = 0
    #: captured photos and attached documents whose pointers were checked (with ``fixity``,
    #: whose bytes were read back and hashed against the SHA-256 their entry records)
    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Derived files behind the archive or never made: no damage, a command to run.
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_parts(root: Path, table: str, pattern: str, report: VerifyReport,
                 fixity: bool = False) -> None:
    table_dir = root / table
    if not table_dir.exists():
        return
    # (the archive's own path is no pattern: an 'archive[1]' folder is that folder)
    expected_parts = set(glob.glob(os.path.join(glob.escape(str(root)), pattern)))
    for path in sorted(p for p in table_dir.rglob("*") if p.is_file()):
        spath = str(path)
        if path.name.startswith(".") and path.name.endswith(".sha256"):
            part = path.with_name(path.name[1:].removesuffix(".sha256"))
            if str(part) not in expected_parts:  # a crash between the digest and the part
                report.notes.append(f"{spath}: the digest of a part that was never published "
                                    "(a write interrupted before it); it can be deleted")
            continue
        if spath not in expected_parts:
            report.problems.append(Problem(spath, "foreign_file",
                                           f"not a part of the {table} table"))
            continue
        report.parts += 1
        try:
            parquet = pq.ParquetFile(spath)
            if problem := schema_problem(parquet.schema_arrow, table):
                report.problems.append(Problem(spath, "schema_mismatch", problem))
                continue
            for _batch in parquet.iter_batches(batch_size=65_536):  # every page decodes
                pass
        except (OSError, pa.ArrowException) as exc:
            report.problems.append(Problem(spath, "torn_part", str(exc).splitlines()[0]))
            continue
        report.rows += parquet.metadata.num_rows
        if fixity:
            _check_part_digest(path, report)


def _check_part_digest(path: Path, report: VerifyReport) -> None:
    """The part's bytes against the SHA-256 recorded when it was published."""
    digest = path.with_name(digest_name(path.name))
    try:
        recorded = digest.read_text("ascii").split()[0]
    except (FileNotFoundError, IndexError, UnicodeDecodeError):
        report.undigested += 1  # written before parts had digests
        return
    report.hashed += 1
    if file_sha256(path) != recorded:
        report.problems.append(Problem(str(path), "fixity_mismatch", "SHA-256 differs from the "
                                       f"one recorded at publication ({digest.name})"))


def _check_warc_file(path: Path, report: VerifyReport, fixity: bool = False) -> set[int]:
    """Record offsets of a WARC file; a truncated or corrupt tail is a problem. ``fixity``:
    in the same pass, every record's WARC-Block-Digest and WARC-Payload-Digest recomputed."""
    _, _, damage = scan_gzip_members(path)
    if damage:
        report.problems.append(Problem(str(path), "torn_warc", damage))
        return set()  # pointers into it are checked one by one
    offsets: set[int] = set()
    try:
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh, check_digests=fixity)
            for record in iterator:
                offset = iterator.get_record_offset()
                offsets.add(offset)
                report.warc_records += 1
                if fixity:  # (the digests are checked once the whole block is read)
                    record.content_stream().read()
                    checker = getattr(record, "digest_checker", None)
                    for problem in checker.problems if checker else ():
                        report.problems.append(Problem(str(path), "fixity_mismatch",
                                                       f"record at {offset}: {problem}"))
                    report.hashed += 1
    except Exception as exc:  # warcio raises several kinds on damaged gzip/WARC data
        if not damage:
            report.problems.append(Problem(str(path), "torn_warc", f"{type(exc).__name__}: {exc}"))
    return offsets


def verify_archive(root: Path | str, *, fixity: bool = False) -> VerifyReport:
    """Check the archive (see the module's docstring); ``fixity`` also recomputes every
    part's SHA-256 against the one recorded at publication and every WARC record's block
    and payload digests: slower (every byte hashed), for a scheduled audit."""
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    report = VerifyReport()
    _check_parts(root, "articles", "articles/*/part-*.parquet", report, fixity)
    _check_parts(root, "runs", "runs/run-*.parquet", report, fixity)
    offsets: dict[str, set[int]] = {}
    for path in sorted((root / WARC_DIR).rglob("*")) if (root / WARC_DIR).exists() else []:
        if not path.is_file():
            continue
        if path.name.endswith(".warc.gz" + CDX_SUFFIX):  # a WARC file's capture index
            if not path.with_name(path.name.removesuffix(CDX_SUFFIX)).exists():
                report.notes.append(f"{path}: the capture index of a WARC file that is gone")
            continue
        if not path.name.endswith(".warc.gz"):
            report.problems.append(Problem(str(path), "foreign_file", "not a WARC file"))
            continue
        report.warc_files += 1
        offsets[str(path.relative_to(root))] = _check_warc_file(path, report, fixity)
    with Archive(root) as archive:
        rows = archive.sql(
            "SELECT warc_file, warc_offset, warc_length, warc_record_id, url FROM article_versions "
            "WHERE warc_file IS NOT NULL").fetchall()
    for file, offset, length, record_id, url in rows:
        report.pointers += 1
        path = Path(file) if Path(file).is_absolute() else root / file
        if not path.exists():
            report.problems.append(Problem(str(path), "missing_warc", f"pointed at by {url}"))
            continue
        if offsets.get(file) and offset not in offsets[file]:
            report.problems.append(Problem(file, "bad_pointer",
                                           f"no record starts at {offset} (row for {url})"))
            continue
        if offset + length > os.path.getsize(path):
            report.problems.append(Problem(file, "bad_pointer", f"{offset}+{length} past the end"))
            continue
        try:
            record = record_at(root, WarcPointer(file, offset, length, record_id or ""))
        except Exception as exc:  # warcio raises several kinds on damaged records
            report.problems.append(Problem(file, "bad_pointer", f"at {offset}: {exc}"))
            continue
        found = record.rec_headers.get_header("WARC-Record-ID")
        if record_id and found != record_id:
            report.problems.append(Problem(file, "bad_pointer",
                                           f"at {offset}: record {found}, row expects {record_id}"))
    _check_files(root, offsets, report, fixity)
    _check_dedup(root, report)
    _check_search(root, report)
    return report


def _check_files(root: Path, offsets: dict[str, set[int]], report: VerifyReport,
                 fixity: bool) -> None:
    """Every captured photo and attached document points at a record of the archive's WARC
    files; with ``fixity``, that record's payload still hashes to the entry's SHA-256."""
    import hashlib

    from archive.warc import READ_ERRORS, read_record

    with Archive(root) as archive:
        entries = archive.sql(
            "SELECT DISTINCT 'photo' AS kind, e.src AS address, e.warc_file, e.warc_offset, "
            "e.warc_length, e.sha256, e.bytes FROM (SELECT unnest(images) AS e FROM article_versions) "
            "WHERE e.status = 'captured' AND e.warc_file IS NOT NULL "
            "UNION ALL SELECT DISTINCT 'attachment', e.url, e.warc_file, e.warc_offset, e.warc_length, "
            "e.sha256, e.bytes FROM (SELECT unnest(attachments) AS e FROM article_versions) "
            "WHERE e.status = 'captured' AND e.warc_file IS NOT NULL").fetchall()
    for kind, address, file, offset, length, digest, size in entries:
        report.files += 1
        path = Path(file) if Path(file).is_absolute() else root / file
        if not path.exists():
            report.problems.append(Problem(str(path), "missing_warc", f"holds the {kind} {address}"))
            continue
        if offsets.get(file) and offset not in offsets[file]:
            report.problems.append(Problem(file, "bad_pointer",
                                           f"no record starts at {offset} (the {kind} {address})"))
            continue
        if not fixity:
            continue
        try:
            body = read_record(root, WarcPointer(file, offset, length, ""),
                               max_body=max(0, size or 0)).body
        except (OSError, ValueError, *READ_ERRORS) as exc:
            report.problems.append(Problem(file, "fixity_mismatch",
                                           f"at {offset}: the {kind} {address} cannot be read ({exc})"))
            continue
        if hashlib.sha256(body).hexdigest() != digest:
            report.problems.append(Problem(file, "fixity_mismatch",
                                           f"at {offset}: the {kind} {address} no longer has the "
                                           "SHA-256 its row records"))


def _unreadable(path: Path) -> str | None:
    """Why a Parquet file does not read back to its last page, or None."""
    try:
        for _batch in pq.ParquetFile(path).iter_batches(batch_size=65_536):
            pass
    except (OSError, pa.ArrowException) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def _check_dedup(root: Path, report: VerifyReport) -> None:
    """Every file of the duplicate clusters reads back; the clusters cover every live article
    version with text (what ``archive.dedup`` matches)."""
    from archive.dedup import CLUSTERS_FILE, REBUILD_HINT, clusters_readable

    folder = root / "dedup"
    files = sorted(p for p in folder.rglob("*.parquet")
                   if p.is_file() and not p.name.startswith(".")) if folder.is_dir() else []
    damaged = False
    for path in files:
        report.derived_files += 1
        if reason := _unreadable(path):
            report.problems.append(Problem(str(path), "damaged_derived", f"{reason}; {REBUILD_HINT}"))
            damaged = True
    clusters = root / CLUSTERS_FILE
    if not damaged and (reason := clusters_readable(root)):
        report.problems.append(Problem(str(clusters), "damaged_derived", reason))
        damaged = True
    if damaged:
        return
    with Archive(root) as archive:
        missing = archive.sql(
            "SELECT count(DISTINCT version_id) FROM article_versions v "
            "ANTI JOIN article_clusters c USING (version_id) "
            "WHERE NOT coalesce(v.removed, false) AND v.text IS NOT NULL AND v.text <> ''"
        ).fetchall()[0][0]
    if missing and not clusters.exists():
        report.notes.append("duplicate clusters not computed yet: `portal-archive dedup` "
                            "computes them")
    elif missing:
        report.notes.append(f"duplicate clusters are behind the archive: {missing} article "
                            "version(s) not matched yet; `portal-archive dedup` matches them")


def _check_search(root: Path, report: VerifyReport) -> None:
    """The live search index reads back, every page (``PRAGMA quick_check``); whether it
    covers the archive's rows."""
    from archive.search import REBUILD_HINT, index_state

    if not (root / "search").exists():
        return
    report.derived_files += 1
    state = index_state(root, thorough=True)
    if state.state == "damaged":
        report.problems.append(Problem(str(root / "search"), "damaged_derived",
                                       f"{state.detail}; {REBUILD_HINT}"))
    elif state.state == "behind":
        report.notes.append("the search index is behind the archive: `portal-archive index` "
                            "brings it up to date")
    elif state.state == "missing":
        report.notes.append("no search index yet: `portal-archive index` builds it")
