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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["WarcPointer", "RunWarcWriter", "read_record", "iter_responses", "CapturedResponse",
           "recover_torn_warcs", "scan_gzip_members", "record_at"]

logger = logging.getLogger(__name__)

WARC_DIR = "warc"
#: A new file is started past this size (the WARC spec recommends about 1 GB).
DEFAULT_MAX_BYTES = 1_000_000_000
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


class RunWarcWriter:
    """Writes one crawl run's exchanges to ``<root>/warc/source=<s>/<run_id>-NNNNN.warc.gz``."""

    def __init__(self, root: Path | str, source: str, run_id: str, *,
                 max_bytes: int = DEFAULT_MAX_BYTES, software: str = "portal-archive") -> None:
        self.root = Path(root)
        self.dir = self.root / WARC_DIR / f"source={source}"
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
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="1.1")
        dir_fd = os.open(self.dir, os.O_RDONLY)  # the new file's name is durable too
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
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
    ) -> WarcPointer:
        """Write a request and its response; return the response record's pointer.

        ``body`` is the payload as received, after transfer decoding (chunking) but before
        content decoding, so Content-Encoding and the bytes agree.
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
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict=warc_headers,
        )
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


def _captured(record, pointer: WarcPointer) -> CapturedResponse:
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
    return CapturedResponse(record.rec_headers.get_header("WARC-Target-URI"), status, headers,
                            record.content_stream().read(), date, pointer)


def record_at(root: Path | str | None, pointer: WarcPointer):
    """The WARC record a pointer names (one gzip member: seek, read, parse)."""
    with open(_resolve(root, pointer.file), "rb") as fh:
        fh.seek(pointer.offset)
        data = fh.read(pointer.length)
    for record in ArchiveIterator(io.BytesIO(data)):
        return record
    raise ValueError(f"no WARC record at {pointer.file}:{pointer.offset}")


def read_record(root: Path | str | None, pointer: WarcPointer) -> CapturedResponse:
    """The response record a row points at, its payload decoded."""
    return _captured(record_at(root, pointer), pointer)


def raw_record(root: Path | str | None, pointer: WarcPointer) -> bytes:
    """The HTTP response exactly as stored (status line, headers, payload)."""
    record = record_at(root, pointer)
    head = record.http_headers.to_bytes() if record.http_headers is not None else b""
    return head + record.raw_stream.read()


def iter_responses(path: Path | str, *, label: str | None = None) -> Iterator[CapturedResponse]:
    """Every HTTP response record of a WARC file (ours or another tool's), with its pointer.

    ``label`` is what the pointers name the file as (default: the path as given).
    """
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            body_record = _captured(record, WarcPointer("", 0, 0, ""))  # read before the offsets:
            offset = iterator.get_record_offset()  # asking for them reads the record to its end
            length = iterator.get_record_length()
            body_record.pointer = WarcPointer(label or str(path), offset, length,
                                              record.rec_headers.get_header("WARC-Record-ID") or "")
            yield body_record


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
