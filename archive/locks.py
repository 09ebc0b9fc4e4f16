"""One crawl per source at a time: an advisory lock a crashed holder cannot leave stuck.

``flock`` locks belong to the open file: when the holding process dies, however it dies, the
kernel releases them. The lock file stays and holds the holder's pid for a human to read.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.errors import ArchiveError
from archive.layout import refuse_code_folder
from archive.names import check_source_name

__all__ = ["SourceBusy", "source_lock"]


class SourceBusy(RuntimeError, ArchiveError):
    """Another process is crawling this source into this archive."""


@contextmanager
def source_lock(root: Path | str, source: str, *, shared: bool = False) -> Iterator[None]:
    """Hold ``source``'s lock in the archive at ``root``; ``shared``: with the other workers of a
    shared frontier (crawler/distributed), which exclude a plain crawl of the source as it
    excludes them."""
    # It becomes a file name. The archive's own jobs lock "_dedup", "_compact": a leading
    # underscore no source name can have.
    check_source_name(source.removeprefix("_"))
    refuse_code_folder(root)  # every writer locks first: nothing lands in a source tree
    folder = Path(root) / ".locks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{source}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise SourceBusy(f"{source} is being crawled by process {holder}") from None
        if not shared:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        else:  # several holders: whoever writes last is named (any of them is busy with it)
            os.pwrite(fd, f"{os.getpid()} (shared frontier)".ljust(32).encode()[:32], 0)
        yield
    finally:
        os.close(fd)  # releases the lock
