"""The crawl's own pending list, kept on disk so a run killed at any point (``kill -9``,
power loss, a page budget spent) is picked up by the next run of the same source.

Scrapy's ``JOBDIR`` is not used (HOSTILE.md): it pickles the scheduler's queues, which a
kill can leave half-written, and it cannot be shared with a re-crawl that skips archived
pages. Instead each source has an append-only journal in ``<archive>/.frontier/``:

    + <kind> <url>      a request was scheduled (or refused by the page budget)
    - <url>             a listing page was read and its links scheduled

Lines are written unbuffered, one ``write`` each; a torn last line is ignored. What is
pending at the next start is every ``+`` without a ``-``; articles count as done once the
archive holds them, so the archive, not the journal, is the record of what was stored. The
journal is rewritten with only the pending lines at each start and removed when a run ends
with nothing pending. Only the holder of the source's lock (``archive.locks``) touches it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

__all__ = ["Frontier"]

logger = logging.getLogger(__name__)

_KINDS = ("article", "listing", "feed", "sitemap")


class Frontier:
    def __init__(self, root: Path | str, source: str) -> None:
        self.path = Path(root) / ".frontier" / f"{source}.log"
        self._fd: int | None = None
        self._pending: dict[str, str] = {}  # url -> kind, what this run has not finished

    def load(self) -> list[tuple[str, str]]:
        """``(kind, url)`` pairs a previous run left pending, in the order they were
        scheduled; the journal is rewritten to hold just those."""
        pending: dict[str, str] = {}
        torn = 0
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = b""
        lines = data.split(b"\n")
        if lines and lines[-1]:
            torn = 1  # the last write was cut short by a kill
        for raw in lines[:-1]:
            parts = raw.decode("utf-8", "replace").split(" ")
            if len(parts) == 3 and parts[0] == "+" and parts[1] in _KINDS:
                pending[parts[2]] = parts[1]
            elif len(parts) == 2 and parts[0] == "-":
                pending.pop(parts[1], None)
            elif raw:
                torn += 1
        if torn:
            logger.warning("frontier journal %s: %d unreadable line(s) ignored", self.path, torn)
        self._rewrite(pending)
        return [(kind, url) for url, kind in pending.items()]

    def scheduled(self, kind: str, url: str) -> None:
        if kind not in _KINDS or any(c.isspace() for c in url):
            return
        self._pending[url] = kind
        self._append(f"+ {kind} {url}\n")

    def done(self, url: str) -> None:
        if self._pending.pop(url, None) is not None:
            self._append(f"- {url}\n")

    def close(self, retry: dict[str, str] | None = None) -> None:
        """End of the run. A run that finished passes ``retry`` (url -> kind: fetches that
        failed, pages the budget refused), the only work left for the next run; an
        interrupted run passes nothing and keeps every unfinished line."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if retry is not None:
            self._rewrite(retry)

    # -- files --------------------------------------------------------------------------
    def _append(self, line: str) -> None:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(self._fd, line.encode("utf-8"))

    def _rewrite(self, pending: dict[str, str]) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._pending = dict(pending)
        if not pending:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            out.writelines(f"+ {kind} {url}\n" for url, kind in pending.items())
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)
