"""A CDXJ index beside every WARC file, so a capture is found by its URL without reading the
WARC files: a photo, a listing page, a robots.txt, not only the articles the rows point at.

Each closed WARC file ``X.warc.gz`` gets ``X.warc.gz.cdxj`` (Webrecorder's ``cdxj-indexer``:
one line per record, ``<SURT> <14-digit time> {json}``, sorted), written atomically by
:func:`index_warcs`, which the derived-files step runs after every writer. A file a crawl is
still writing (it holds the file's lock) is indexed after it closes. :func:`find_captures`
looks a URL up by binary search in each index."""

from __future__ import annotations

import bisect
import fcntl
import io
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from archive.warc import WARC_DIR, WarcPointer

__all__ = ["CDX_SUFFIX", "Capture", "being_written", "find_captures", "index_warcs",
           "payload_capture", "url_key", "warc_index"]

logger = logging.getLogger(__name__)

CDX_SUFFIX = ".cdxj"


@dataclass(frozen=True)
class Capture:
    url: str
    timestamp: str  # YYYYMMDDhhmmss, UTC
    status: str | None
    mime: str | None
    record_type: str  # response or revisit (the index lists no request record)
    pointer: WarcPointer


def url_key(url: str) -> str:
    """The SURT form of ``url`` that the index is sorted by (as cdxj-indexer writes it)."""
    import surt

    try:
        return str(surt.surt(url))
    except Exception:  # noqa: BLE001 (an unparsable URL is its own key, as the indexer does)
        return url


def being_written(path: Path) -> bool:
    """Whether a crawl holds the WARC file's lock (it is still writing it)."""
    with open(path, "rb") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return False


def _fresh(index: Path, warc: Path) -> bool:
    return index.exists() and index.stat().st_mtime >= warc.stat().st_mtime


def _index(path: Path) -> str:
    """The CDXJ lines of one WARC file, sorted (cdxj-indexer)."""
    from cdxj_indexer import CDXJIndexer

    out = io.StringIO()
    CDXJIndexer(output=out, inputs=[str(path)], sort=True).process_all()
    return out.getvalue()


def warc_index(path: Path) -> str:
    """The CDXJ lines of a WARC file: its index beside it when that is up to date, else made
    here (nothing written)."""
    index = path.with_name(path.name + CDX_SUFFIX)
    return index.read_text("utf-8") if _fresh(index, path) else _index(path)


def index_warcs(root: Path | str) -> int:
    """Write the index of every WARC file that has none (or an older one); return how many.
    A file that cannot be read whole (torn: ``verify`` names it) keeps what was indexed."""
    base = Path(root) / WARC_DIR
    if not base.is_dir():
        return 0
    made = 0
    for path in sorted(base.glob("*/*.warc.gz")):
        index = path.with_name(path.name + CDX_SUFFIX)
        if _fresh(index, path) or being_written(path):
            continue
        try:
            lines = _index(path)
        except Exception as exc:  # noqa: BLE001 (warcio raises several kinds on a torn file)
            logger.warning("cannot index %s: %s", path, exc)
            continue
        tmp = index.with_name(f".{index.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            tmp.write_text(lines, "utf-8")
            os.replace(tmp, index)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        made += 1
    return made


def find_captures(root: Path | str, url: str) -> list[Capture]:
    """Every capture of ``url`` the indexes list (responses and revisits), oldest first."""
    root = Path(root)
    base = root / WARC_DIR
    key = url_key(url)
    found: list[Capture] = []
    for index in sorted(base.glob(f"*/*.warc.gz{CDX_SUFFIX}")) if base.is_dir() else []:
        lines = index.read_text("utf-8").splitlines()
        at = bisect.bisect_left(lines, key + " ")
        for line in lines[at:]:
            urlkey, _, rest = line.partition(" ")
            if urlkey != key:
                break
            timestamp, _, data = rest.partition(" ")
            try:
                fields = json.loads(data)
                int(fields["offset"]), int(fields["length"])
            except (ValueError, KeyError, TypeError):  # a damaged line: the others still count
                logger.warning("unreadable line in %s for %s", index, url)
                continue
            warc = index.with_name(index.name.removesuffix(CDX_SUFFIX))
            found.append(Capture(
                fields.get("url", url), timestamp, fields.get("status"), fields.get("mime"),
                "revisit" if fields.get("mime") == "warc/revisit" else "response",
                WarcPointer(str(warc.relative_to(root)), int(fields["offset"]),
                            int(fields["length"]), "")))
    found.sort(key=lambda c: c.timestamp)
    return found


def payload_capture(root: Path | str, url: str) -> tuple[Capture, str | None] | None:
    """The newest response capture of ``url``; when the indexes hold only revisits of it (the
    same bytes captured earlier under another URL), the response record a revisit refers to,
    with that record's URI (else None). The revisit must name the very payload the response
    holds (their ``WARC-Payload-Digest``)."""
    from archive.warc import READ_ERRORS, record_at

    captures = find_captures(root, url)
    responses = [c for c in captures if c.record_type == "response"]
    if responses:
        return responses[-1], None
    for revisit in reversed([c for c in captures if c.record_type == "revisit"]):
        try:
            headers = record_at(root, revisit.pointer).rec_headers
        except (OSError, ValueError, *READ_ERRORS):
            continue
        target = headers.get_header("WARC-Refers-To-Target-URI")
        digest = headers.get_header("WARC-Payload-Digest")
        for original in reversed(find_captures(root, target) if target else []):
            if original.record_type != "response":
                continue
            try:
                held = record_at(root, original.pointer).rec_headers.get_header("WARC-Payload-Digest")
            except (OSError, ValueError, *READ_ERRORS):
                continue
            if held == digest:
                return original, target
    return None
