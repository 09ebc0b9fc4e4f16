"""Raw captures in WARC 1.1 (ISO 28500): gzip per record, one file series per crawl run.

Every HTTP exchange is kept as a request record and a response record; an article row points
at its response record by (file, offset, length), like Common Crawl's index, so any row can be
proven against the bytes that were fetched and re-extracted without the network.
"""

from __future__ import annotations

import fcntl
import io
import logging
import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import (
    StatusAndHeaders,
    StatusAndHeadersParser,
    StatusAndHeadersParserException,
)
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from archive.errors import ArchiveError
from archive.layout import fsync_dir, refuse_code_folder
from archive.names import check_source_name

if TYPE_CHECKING:  # warcio ships no type information: to mypy a record is Any
    from warcio.recordloader import ArcWarcRecord

__all__ = ["WarcPointer", "RunWarcWriter", "read_record", "iter_responses", "CapturedResponse",
           "recover_torn_warcs", "scan_gzip_members", "record_at", "WarcDamage",
           "SkippedResponse", "READ_ERRORS", "MAX_HTTP_HEAD", "iter_records"]

logger = logging.getLogger(__name__)

WARC_DIR = "warc"
#: A new file is started past this size (the WARC spec recommends about 1 GB).
DEFAULT_MAX_BYTES = 1_000_000_000
#: The most an HTTP response's status line and headers may hold, in bytes. Real ones stay far
#: below: servers send a few KB, a cookie-laden response tens of KB, and common servers refuse
#: (nginx, Apache) or cap (Node.js: 16 KB) header blocks of 8-64 KB. A record past it is passed
#: over (``header_limit``) without its head held: a 300 MB ``X-Big:`` line costs no memory.
MAX_HTTP_HEAD = 256 * 1024
#: How warcio's ArchiveIterator parses an HTTP head (status line not checked: any protocol).
_HTTP_HEAD_PARSER = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)
_HOP_BY_HOP = {"transfer-encoding", "connection", "keep-alive"}
_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other",
            304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
            403: "Forbidden", 404: "Not Found", 410: "Gone", 429: "Too Many Requests",
            500: "Internal Server Error", 503: "Service Unavailable"}


@dataclass(frozen=True)
class WarcPointer:
    file: str  # relative to the archive root for our own files, absolute for ingested ones
    offset: int
    length: int
    record_id: str


#: What warcio (and zlib under it) raise on bytes that are no readable WARC record.
READ_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError,
               ValueError)


class WarcDamage(ValueError, ArchiveError):
    """A WARC file, or one record of it, that cannot be read whole: which file, from which
    offset, what is wrong (one printable line: never the bytes that could not be read)."""

    def __init__(self, file: str, offset: int, problem: str) -> None:
        self.file, self.offset, self.problem = file, offset, problem
        super().__init__(f"{file}: {problem} at offset {offset}")


def _problem(exc: BaseException) -> str:
    """An exception from reading a record as one short printable line (warcio's messages quote
    the unreadable bytes: kilobytes of binary in a terminal)."""
    if isinstance(exc, zlib.error):
        return "corrupt gzip data"
    text = str(exc).split(", first line")[0].splitlines()[0] if str(exc).strip() else ""
    text = "".join(c if c.isprintable() and c.isascii() else "?" for c in text)[:120]
    if isinstance(exc, ArchiveLoadFailed) and text.startswith(("Unknown archive", "Invalid")):
        return f"not a WARC or ARC record ({text})"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@dataclass
class SkippedResponse:
    """A response record ``iter_responses`` passed over without reading its payload."""

    url: str
    status: int
    reason: str  # the caller's, ``size_limit`` or ``header_limit``
    detail: str
    pointer: WarcPointer


@dataclass
class CapturedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # payload with transfer and content encodings removed
    date: datetime | None
    pointer: WarcPointer

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class _Sha256Writer(WARCWriter):
    """warcio's writer with SHA-256 block and payload digests (``sha256:<base32>``), which
    ``verify --fixity`` re-checks; warcio's own default is SHA-1."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


class RunWarcWriter:
    """Writes one crawl run's exchanges to ``<root>/warc/source=<s>/<run_id>-NNNNN.warc.gz``."""

    def __init__(self, root: Path | str, source: str, run_id: str, *,
                 max_bytes: int = DEFAULT_MAX_BYTES, software: str = "portal-archive") -> None:
        self.root = Path(root).absolute()
        refuse_code_folder(self.root)
        self.dir = self.root / WARC_DIR / f"source={check_source_name(source)}"
        self.run_id = run_id
        self.max_bytes = max_bytes
        self.software = software
        self.records = 0
        self.bytes = 0
        self._seq = 0
        self._fh: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None
        self._rel = ""

    def _open(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self._seq += 1
        name = f"{self.run_id}-{self._seq:05d}.warc.gz"
        self._fh = open(self.dir / name, "xb")  # never overwrite a capture
        # Held while writing: recovery after a crash never touches a file a live run writes.
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._rel = str((self.dir / name).relative_to(self.root))
        self._writer = _Sha256Writer(self._fh, gzip=True, warc_version="1.1")
        fsync_dir(self.dir)  # the new file's name is durable too
        info = self._writer.create_warcinfo_record(name, {
            "software": self.software, "format": "WARC File Format 1.1",
            "isPartOf": self.run_id,
        })
        self._writer.write_record(info)

    def write_exchange(
        self,
        url: str,
        *,
        method: str,
        request_headers: Iterable[tuple[str, str]],
        status: int,
        reason: str,
        response_headers: Iterable[tuple[str, str]],
        body: bytes,
        ip: str | None = None,
        date: datetime | None = None,
        truncated: bool = False,
        extra_headers: dict[str, str] | None = None,
        revisit_of: tuple[str, str | None] | None = None,
    ) -> WarcPointer:
        """Write a request and its response; return the response record's pointer.

        ``body`` is the payload as received, after transfer decoding (chunking) but before
        content decoding, so Content-Encoding and the bytes agree. ``revisit_of``: (URI,
        WARC-Date) of a response already archived with this very payload: a ``revisit``
        record (WARC 1.1's identical-payload-digest profile) is written instead, the HTTP
        headers without the payload, its digest naming the bytes the other record holds.
        """
        if self._fh is None or self._fh.tell() >= self.max_bytes:
            self.close()
            self._open()
        assert self._writer is not None and self._fh is not None
        date = date or datetime.now(UTC)
        warc_date = date.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        resp_id = f"<urn:uuid:{uuid.uuid4()}>"
        headers = [(k, v) for k, v in response_headers if k.lower() not in _HOP_BY_HOP]
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        reason = reason or _REASONS.get(status, "")
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": warc_date, "WARC-Record-ID": resp_id}
        if ip:
            warc_headers["WARC-IP-Address"] = ip
        if truncated:
            warc_headers["WARC-Truncated"] = "length"
        warc_headers.update(extra_headers or {})
        if revisit_of is None:
            response = self._writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
                warc_headers_dict=warc_headers,
            )
        else:
            digest = Digester("sha256")
            digest.update(body)
            response = self._writer.create_warc_record(url, "revisit", http_headers=http,
                                                       warc_headers_dict=warc_headers)
            response.rec_headers.add_header("WARC-Profile", self._writer.REVISIT_PROFILE_1_1)
            response.rec_headers.add_header("WARC-Refers-To-Target-URI", revisit_of[0])
            if revisit_of[1]:  # (unknown for a capture an earlier run made)
                response.rec_headers.add_header("WARC-Refers-To-Date", revisit_of[1])
            response.rec_headers.add_header("WARC-Payload-Digest", str(digest))
        offset = self._fh.tell()
        try:
            self._writer.write_record(response)
        except OSError:
            self._rollback(offset)
            raise
        length = self._fh.tell() - offset
        path = url.split("://", 1)[-1]
        path = path[path.find("/"):] if "/" in path else "/"
        req_http = StatusAndHeaders(f"{method} {path} HTTP/1.1", list(request_headers),
                                    is_http_request=True)
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0, http_headers=req_http,
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": resp_id},
        )
        try:
            self._writer.write_record(request)
            self._fh.flush()
        except OSError:
            self._rollback(offset)
            raise
        self.records += 2
        self.bytes = self._fh.tell()
        return WarcPointer(self._rel, offset, length, resp_id)

    def _rollback(self, offset: int) -> None:
        """A failed write (disk full) leaves no partial record: cut back to where it began."""
        if self._fh is None:
            return
        try:
            self._fh.seek(offset)
            self._fh.truncate(offset)
        except OSError:  # the disk is gone entirely: start a new file next time
            self._fh = None
            self._writer = None

    def sync(self) -> None:
        """Make every record written so far durable (before rows pointing at them publish)."""
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self.sync()
            self._fh.close()
            self._fh = None
            self._writer = None


def _resolve(root: Path | str | None, file: str) -> Path:
    path = Path(file)
    return path if path.is_absolute() or root is None else Path(root) / path


def _captured(record: ArcWarcRecord, pointer: WarcPointer, body: bytes | None = None) -> CapturedResponse:
    http = record.http_headers
    status = int(http.get_statuscode() or 0) if http else 0
    headers = list(http.headers) if http else []
    raw_date = record.rec_headers.get_header("WARC-Date")
    date = None
    if raw_date:
        try:
            date = datetime.fromisoformat(raw_date.replace("Z", "+00:00"))
        except ValueError:
            date = None
    if body is None:
        body = record.content_stream().read()
    return CapturedResponse(record.rec_headers.get_header("WARC-Target-URI"), status, headers,
                            body, date, pointer)


def _check_gzip_member(data: bytes, pointer: WarcPointer) -> None:
    """A gzip member decompresses to its end and its CRC matches: any flipped bit shows."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        chunk = data
        while chunk and not decomp.eof:  # bounded output: the payload is not kept
            decomp.decompress(chunk, 1 << 20)
            chunk = decomp.unconsumed_tail
    except zlib.error as exc:
        raise WarcDamage(pointer.file, pointer.offset, f"corrupt gzip data ({exc})") from None
    if not decomp.eof:
        raise WarcDamage(pointer.file, pointer.offset, "record cut short (gzip member incomplete)")


def record_at(root: Path | str | None, pointer: WarcPointer) -> ArcWarcRecord:
    """The WARC record a pointer names (one gzip member: seek, read, check, parse).

    Raises :class:`WarcDamage` when the bytes are not the whole, intact record: a gzip member
    cut short or failing its CRC, or no WARC record at all. ``read_record`` and ``raw_record``
    also check the record's ``WARC-Block-Digest`` once they have read it.
    """
    with open(_resolve(root, pointer.file), "rb") as fh:
        fh.seek(pointer.offset)
        data = fh.read(pointer.length)
    if len(data) < pointer.length:
        raise WarcDamage(pointer.file, pointer.offset,
                         f"record cut short ({len(data)} of {pointer.length} bytes)")
    if data[:2] == b"\x1f\x8b":
        _check_gzip_member(data, pointer)
    try:
        for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
            return record
    except READ_ERRORS as exc:
        raise WarcDamage(pointer.file, pointer.offset, _problem(exc)) from None
    raise ValueError(f"no WARC record at {pointer.file}:{pointer.offset}")


def _check_block_digest(record: ArcWarcRecord, pointer: WarcPointer) -> None:
    """After the whole block was read: its WARC-Block-Digest, when it has one, matches. (Only
    the block digest: tools disagree on what a payload digest covers, chunked or decoded.)"""
    while record.raw_stream.read(1 << 16):
        pass
    checker = getattr(record, "digest_checker", None)
    failed = [p for p in (checker.problems if checker else []) if p.startswith("block digest")]
    if failed:
        raise WarcDamage(pointer.file, pointer.offset, "WARC-Block-Digest mismatch")


def read_record(root: Path | str | None, pointer: WarcPointer, *,
                max_body: int | None = None) -> CapturedResponse:
    """The response record a row points at, its payload decoded (checked: ``record_at``).
    ``max_body``: a payload that decodes to more bytes raises :class:`WarcDamage` when that
    many are read (a record whose gzip body would decode to gigabytes is never held)."""
    record = record_at(root, pointer)
    try:
        body = None
        if max_body is not None:
            body = record.content_stream().read(max_body + 1)
            if len(body) > max_body:
                raise WarcDamage(pointer.file, pointer.offset,
                                 f"the payload decodes to more than {max_body} bytes")
        captured = _captured(record, pointer, body)
    except READ_ERRORS as exc:
        raise WarcDamage(pointer.file, pointer.offset, _problem(exc)) from None
    _check_block_digest(record, pointer)
    return captured


def raw_record(root: Path | str | None, pointer: WarcPointer) -> bytes:
    """The HTTP response exactly as stored (status line, headers, payload)."""
    record = record_at(root, pointer)
    head = record.http_headers.to_bytes() if record.http_headers is not None else b""
    body = record.raw_stream.read()
    _check_block_digest(record, pointer)
    return head + body


def iter_responses(
    path: Path | str, *, label: str | None = None,
    skip: Callable[[int, str], str | None] | None = None, max_body: int | None = None,
    max_head: int = MAX_HTTP_HEAD,
) -> Iterator[CapturedResponse | SkippedResponse]:
    """Every HTTP response record of a WARC file (ours or another tool's), with its pointer.

    ``label`` is what the pointers name the file as (default: the path as given). Each
    record's headers are read first: a record ``skip(status, content_type)`` gives a reason
    for, or whose payload is larger than ``max_body`` bytes (as stored, or decoded), is
    yielded as a :class:`SkippedResponse` and its payload streamed past, never held (an 800 MB
    video record costs no memory). Without ``skip`` and ``max_body`` every response is read.
    An HTTP head (status line and headers) over ``max_head`` bytes is never held: the record
    is yielded as a :class:`SkippedResponse` (``header_limit``) and streamed past.

    Raises :class:`WarcDamage` where the file stops being readable (a corrupt record, a file
    cut short); every record before it has been yielded.
    """
    name = label or str(path)
    with open(path, "rb") as fh:
        # warcio would read the HTTP head a whole line at a time, however long the line:
        # it reads the WARC headers only, and _http_head the rest, bounded.
        iterator = ArchiveIterator(fh, no_record_parse=True)
        records = iter(iterator)
        try:
            while (record := _next_record(records)) is not None:
                item: CapturedResponse | SkippedResponse | None = None
                if record.rec_type == "response" and _has_http_head(record):
                    item = _http_head(record, max_head)
                    if item is None and record.http_headers is not None:
                        item = _response(record, skip, max_body)
                iterator.read_to_end()  # streamed in blocks; fixes the offset and length
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise WarcDamage(name, iterator.get_record_offset(),
                                     f"record cut short ({record.raw_stream.limit} bytes "
                                     f"of its block missing)")
                if item is not None:
                    item.pointer = WarcPointer(
                        name, iterator.get_record_offset(), iterator.get_record_length(),
                        record.rec_headers.get_header("WARC-Record-ID") or "")
                    yield item
        except READ_ERRORS as exc:
            if isinstance(exc, WarcDamage):
                raise
            # iterator.offset: where the record being read began (warcio moves it past a
            # record only once it has read the whole of it)
            raise WarcDamage(name, iterator.offset, _problem(exc)) from None
        size = os.fstat(fh.fileno()).st_size
        if iterator.offset < size:  # warcio ends quietly on a header block cut short
            raise WarcDamage(name, iterator.offset,
                             f"record cut short ({size - iterator.offset} bytes left unreadable)")


def _next_record(records: Iterator[ArcWarcRecord]) -> ArcWarcRecord | None:
    """The next record, ``None`` at the end of the file."""
    try:
        return next(records)
    except StopIteration:
        return None
    except AttributeError as exc:  # warcio, on a header block without WARC-Target-URI
        raise ValueError("record header block incomplete") from exc


def iter_records(fh: BinaryIO, *, max_head: int = MAX_HTTP_HEAD) -> Iterator[ArcWarcRecord]:
    """The records of an open WARC file as warcio's ArchiveIterator gives them, each
    response's HTTP head read bounded as in :func:`iter_responses`: a response whose head
    passes ``max_head`` bytes has ``http_headers`` None (its head never held). For a quick
    pass that needs neither pointers nor damage named; raises what warcio raises
    (:data:`READ_ERRORS`)."""
    for record in ArchiveIterator(fh, no_record_parse=True):
        if record.rec_type == "response" and _has_http_head(record):
            if _http_head(record, max_head) is not None:
                record.http_headers = None
        yield record


def _has_http_head(record: ArcWarcRecord) -> bool:
    """Whether a response record holds an HTTP message (warcio's rule: an http(s) target, a
    block that is not empty)."""
    uri = record.rec_headers.get_header("WARC-Target-URI" if record.format == "warc" else "uri")
    if uri is None and record.length != 0:
        raise ValueError("record header block incomplete")
    return record.length != 0 and uri.startswith(("http:", "https:"))


def _http_head(record: ArcWarcRecord, limit: int) -> SkippedResponse | None:
    """Read the record's HTTP head (status line and headers, to the blank line that ends
    them) into ``record.http_headers``, a line at a time and never more than ``limit`` bytes
    of it; a :class:`SkippedResponse` (``header_limit``) when it is longer."""
    stream = record.raw_stream
    head = bytearray()
    line_start = 0  # (readline(n) may stop part-way through a line: pieces are joined)
    while True:
        piece = stream.readline(limit + 1 - len(head))
        head += piece
        if len(head) > limit:  # the rest is streamed past by the caller
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            return SkippedResponse(url, 0, "header_limit", f"HTTP header block over {limit} "
                                   "bytes", WarcPointer("", 0, 0, ""))
        if not piece:  # the block ended (a record cut short is named by the caller)
            break
        if head.endswith(b"\n"):
            if not head[line_start:].strip():  # the blank line that ends the head
                break
            line_start = len(head)
    record.http_headers = _HTTP_HEAD_PARSER.parse(io.BytesIO(bytes(head))) if head else None
    return None


def _response(record: ArcWarcRecord, skip: Callable[[int, str], str | None] | None,
              max_body: int | None) -> CapturedResponse | SkippedResponse:
    """A response record read from its headers on: skipped before its payload when it can be."""
    http = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = int(http.get_statuscode() or 0) if (http.get_statuscode() or "").isdigit() else 0
    blank = WarcPointer("", 0, 0, "")
    reason = skip(status, http.get_header("Content-Type") or "") if skip else None
    if reason:
        return SkippedResponse(url, status, reason, "", blank)
    if max_body is None:
        return _captured(record, blank)
    stored = getattr(record.raw_stream, "limit", 0)  # the payload as stored, still unread
    if stored > max_body:
        return SkippedResponse(url, status, "size_limit", f"{stored} bytes stored", blank)
    body = record.content_stream().read(max_body + 1)
    if len(body) > max_body:  # a compressed payload that decodes past the limit
        return SkippedResponse(url, status, "size_limit", f"over {max_body} bytes decoded", blank)
    return _captured(record, blank, body)


def scan_gzip_members(path: Path | str) -> tuple[list[int], int, str | None]:
    """Walk a gzip-per-record file in chunks: the start offset of each member, the end of the
    last complete one, and what is wrong with the tail (``None`` when the file is whole)."""
    import zlib

    starts: list[int] = []
    good = pos = 0
    decomp = None
    pending = b""
    with open(path, "rb") as fh:
        while True:
            chunk = pending or fh.read(1 << 20)
            pending = b""
            if not chunk:
                break
            if decomp is None:
                starts.append(pos)
                decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                decomp.decompress(chunk)
            except zlib.error as exc:
                return starts, good, f"corrupt gzip member at {starts[-1]}: {exc}"
            if decomp.eof:
                pos += len(chunk) - len(decomp.unused_data)
                good = pos
                pending, decomp = decomp.unused_data, None
            else:
                pos += len(chunk)
    if decomp is not None:
        return starts, good, f"{_CUT_SHORT} at {starts[-1]} (file ends at {pos})"
    return starts, good, None


_CUT_SHORT = "last gzip member cut short"
#: Names RunWarcWriter gives its files (``<run_id>-NNNNN.warc.gz``).
_OWN_NAME = re.compile(r".+-\d{5}\.warc\.gz")


def recover_torn_warcs(root: Path | str) -> list[tuple[str, int]]:
    """Cut the incomplete last record off WARC files left by crashed runs.

    Only a file no live writer holds (flock) is touched, and only its torn tail: records are
    fsynced before any row points at them, so the cut bytes are never referenced. Returns
    ``(file, bytes removed)`` for each file repaired; each repair is logged.
    """
    repaired = []
    base = Path(root) / WARC_DIR
    for path in sorted(base.glob("source=*/*.warc.gz")) if base.exists() else []:
        if not _OWN_NAME.fullmatch(path.name):
            continue  # not written by RunWarcWriter: never touched
        with open(path, "r+b") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live run is writing it
            _, good, damage = scan_gzip_members(path)
            size = path.stat().st_size
            if damage and not damage.startswith(_CUT_SHORT):
                # Damage inside the file, not a torn tail: records after it may be intact and
                # referenced. Never cut; verify reports it.
                logger.error("%s is damaged (%s); left as it is", path, damage)
                continue
            if damage and good < size:
                fh.truncate(good)
                os.fsync(fh.fileno())
                repaired.append((str(path.relative_to(root)), size - good))
                logger.warning("cut %d bytes of an interrupted record off %s", size - good, path)
    return repaired
