"""A WACZ 1.1.1 package of the archive's captures, for replay tools (ReplayWeb.page, pywb) and
for handing a collection to another archive.

The package is a ZIP holding:

* ``archive/<file>.warc.gz``: the WARC files as the crawl wrote them (stored, not compressed
  again: a replay tool reads records by offset);
* ``indexes/index.cdx``: a CDXJ index of every record in them (``cdxj-indexer``, the
  Webrecorder tool; SURT-sorted);
* ``pages/pages.jsonl``: one line per archived article version captured in those files (URL,
  capture time, title), the pages a replay tool lists;
* ``datapackage.json``: every file above with its size and SHA-256, and the package's
  metadata; ``datapackage-digest.json``: the SHA-256 of ``datapackage.json``.

``source`` and ``run`` choose the WARC files (a source's folder, a run's files); the pages are
the article versions those files hold. The package is written beside its destination and
renamed into place once complete, as exports are.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from archive.cdx import being_written, warc_index
from archive.export import _commit, destination
from archive.names import check_source_name
from archive.reader import Archive
from archive.warc import WARC_DIR

__all__ = ["WACZ_VERSION", "WaczResult", "write_wacz"]

WACZ_VERSION = "1.1.1"


@dataclass(frozen=True)
class WaczResult:
    warc_files: int
    pages: int
    bytes: int


def _warc_files(root: Path, source: str | None, run: str | None) -> list[Path]:
    base = root / WARC_DIR
    if not base.is_dir():
        return []
    folders = ([base / f"source={check_source_name(source)}", base / source]
               if source else [p for p in base.iterdir() if p.is_dir()])
    files = sorted(f for folder in folders if folder.is_dir() for f in folder.glob("*.warc.gz"))
    if run:  # a run's files are <run id>-NNNNN.warc.gz (archive/warc.py)
        files = [f for f in files if re.fullmatch(re.escape(run) + r"-\d{5}\.warc\.gz", f.name)]
    # A file a crawl is still writing is left out: its bytes would change under the package.
    return [f for f in files if not being_written(f)]


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _copy_hashed(path: Path, zf: zipfile.ZipFile, inner: str) -> tuple[str, int]:
    """Copy a file into the package (stored) and hash the very bytes copied."""
    digest, size = hashlib.sha256(), 0
    info = zipfile.ZipInfo(inner, date_time=datetime.fromtimestamp(path.stat().st_mtime).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    with open(path, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    return "sha256:" + digest.hexdigest(), size


def write_wacz(archive: Archive, path: Path | str, *, source: str | None = None,
               run: str | None = None, overwrite: bool = True,
               title: str | None = None) -> WaczResult:
    """Write the WACZ package of the chosen WARC files to ``path`` (see the module)."""
    root = archive.root
    path = destination(path, overwrite)
    files = _warc_files(root, source, run)
    if not files:
        raise FileNotFoundError(errno.ENOENT, "no WARC files to package"
                                + (f" for source {source!r}" if source else "")
                                + (f" and run {run!r}" if run else ""), str(root / WARC_DIR))
    # The index names each record's file by its base name, the name it has in the package:
    # a run's files are named after the run, which names its source, so no two collide.
    names = {f: f.name for f in files}
    if len(set(names.values())) < len(files):
        raise ValueError("two WARC files of the chosen sources share a name: package one source")
    # each file's index beside it (archive/cdx.py), made here only where it is missing or old
    cdxj = "".join(sorted(line + "\n" for f in files for line in warc_index(f).splitlines())).encode()
    relative = [str(f.relative_to(root)) for f in files]
    rows = archive.rows(
        "SELECT url, fetched_at, title, warc_file FROM article_versions "
        "WHERE list_contains($files, warc_file) AND NOT coalesce(removed, false) "
        "ORDER BY fetched_at, url", {"files": relative})
    pages = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}]
    for url, fetched_at, page_title, _file in rows:
        pages.append({"id": uuid.uuid5(uuid.NAMESPACE_URL, f"{url} {fetched_at}").hex, "url": url,
                      "ts": fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                      "title": page_title or url})
    pages_data = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages).encode()

    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    resources = []
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            for f in files:
                inner = f"archive/{names[f]}"
                digest, size = _copy_hashed(f, zf, inner)
                # (a resource name is lower case: frictionless's data-package rule)
                resources.append({"name": names[f].lower(), "path": inner, "hash": digest,
                                  "bytes": size})
            for inner, data in (("indexes/index.cdx", cdxj), ("pages/pages.jsonl", pages_data)):
                zf.writestr(inner, data, compress_type=zipfile.ZIP_DEFLATED)
                resources.append({"name": Path(inner).name, "path": inner, "hash": _sha256(data),
                                  "bytes": len(data)})
            package = {
                "profile": "data-package", "wacz_version": WACZ_VERSION,
                "title": title or ("portal-archive: " + (source or "all sources")
                                   + (f", run {run}" if run else "")),
                "software": "portal-archive", "mainPageUrl": pages[1]["url"] if len(pages) > 1 else None,
                "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "resources": resources,
            }
            package_data = json.dumps(package, indent=2, ensure_ascii=False).encode()
            zf.writestr("datapackage.json", package_data, compress_type=zipfile.ZIP_DEFLATED)
            package_digest = {"path": "datapackage.json", "hash": _sha256(package_data)}
            zf.writestr("datapackage-digest.json", json.dumps(package_digest).encode(),
                        compress_type=zipfile.ZIP_DEFLATED)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        _commit(tmp, path, overwrite)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return WaczResult(len(files), len(pages) - 1, path.stat().st_size)
