"""What makes a folder an archive, whether this process may write to it, and what rows an
article part holds (so a compaction, which moves rows between files, changes nothing a
reader of the rows can tell).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from archive.errors import ArchiveError, UsageProblem

__all__ = ["COVERS_KEY", "CodeFolder", "NoArchive", "code_problem", "fsync_dir", "is_archive", "part_content",
           "refuse_code_folder", "require_archive", "writable", "write_problem"]

#: Folders only an archive holds: a crawl makes both, even when it stored no article.
_MARKERS = ("articles", "runs")
#: Footer key of a compacted article part: the ordinary parts whose rows it holds, each as
#: ``part_content`` named it (``<path in the archive>:<bytes>``), through any number of
#: compactions.
COVERS_KEY = b"portal_archive.covers"


class NoArchive(FileNotFoundError, UsageProblem):
    """A path holding no archive, given to a command that only reads one."""


class CodeFolder(PermissionError, ArchiveError):
    """An archive root that holds Python code: data written there would land in a source
    tree (the old default ``./archive`` was also the ``archive/`` package). An OSError, so a
    caller that reports a failed write reports this one too."""


def fsync_dir(folder: Path | str) -> None:
    """Make the names in ``folder`` durable (a file created or renamed there survives a crash)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_archive(root: Path | str) -> bool:
    """Whether ``root`` holds an archive (``articles/`` or ``runs/``)."""
    return any((Path(root) / name).is_dir() for name in _MARKERS)


def require_archive(root: Path | str) -> Path:
    """``root`` as a Path, or :class:`NoArchive` ("no archive at PATH") when it holds none:
    a typo in ``--archive`` must not read as an empty archive, or be created."""
    if not is_archive(root):
        raise NoArchive(f"no archive at {root}")
    return Path(root)


def writable(folder: Path | str) -> bool:
    """Whether this process may create files in ``folder`` (False on a read-only mount or
    another user's folder; root may write anywhere but a read-only mount)."""
    return os.access(folder, os.W_OK | os.X_OK)


def code_problem(root: Path | str) -> str | None:
    """Why nothing may be written into ``root``: it holds a ``*.py`` file (a package's
    ``__init__.py``, a script) or a ``pyproject.toml`` (a project's checkout); None otherwise.
    Only the folder itself is looked at: a user's folder named ``archive`` holding no Python
    is an archive like any other."""
    try:
        with os.scandir(root) as entries:
            if not any((e.name.endswith(".py") or e.name == "pyproject.toml") and e.is_file()
                       for e in entries):
                return None
    except OSError:  # missing, or not a folder: the write itself says what is wrong
        return None
    return f"{root} holds Python code: choose another --archive"


def refuse_code_folder(root: Path | str) -> None:
    """Raise :class:`CodeFolder` when ``root`` holds Python code (:func:`code_problem`); every
    writer calls it before creating anything under ``root``."""
    if problem := code_problem(root):
        raise CodeFolder(problem)


def write_problem(root: Path | str) -> str | None:
    """Why nothing can be written into the archive at ``root`` (made if missing), or None: a
    folder holding Python code is refused, then a file is created there and removed, as the
    writers will, before any work is done."""
    if problem := code_problem(root):
        return problem
    root = Path(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=root, prefix=".write-check-"):
            pass
    except OSError as exc:
        return f"cannot write to the archive {root}: {exc.strerror or exc}"
    for name in (*_MARKERS, "warc", ".locks", ".staging", "dedup", "search"):
        sub = root / name
        if sub.is_dir() and not writable(sub):
            return f"cannot write to the archive {root}: {sub} is not writable"
    return None


def part_content(root: Path | str, path: Path | str) -> tuple[str, ...]:
    """The ordinary article parts whose rows ``path`` holds, as ``<path in the archive>:<bytes>``:
    the part itself, or, for a compacted part, the parts it was merged from. Rows are never
    edited in place, so two archives with the same items hold the same rows, however compacted.
    """
    from archive.reader import replaced_by

    rel = f"{os.path.relpath(path, root)}:{os.path.getsize(path)}"
    try:
        if not replaced_by(str(path)):  # an ordinary part (its footer is read once per process)
            return (rel,)
        raw = (pq.read_metadata(path).metadata or {}).get(COVERS_KEY)
    except (OSError, ValueError, pa.ArrowException):
        return (rel,)  # unreadable: the views leave it out, verify names it
    # A part compacted before this key existed names only itself.
    return tuple(json.loads(raw)) if raw else (rel,)
