"""What follows every write of article rows: the new versions are matched for duplicates
(archive/dedup.py), then indexed for search (archive/search/).

One call, :func:`update_derived`, that every writer makes when it finishes: the CLI's crawl,
ingest and reextract, ``scrapy crawl portal`` (the store pipeline, when its crawl closes), and
Python users after writing rows themselves. Each step is incremental, and a step another
process is running is left to that process (it catches up on its next run).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from archive.locks import SourceBusy

if TYPE_CHECKING:
    from archive.dedup import DedupResult
    from archive.search import IndexResult

__all__ = ["DerivedUpdate", "update_derived"]

logger = logging.getLogger(__name__)


@dataclass
class DerivedUpdate:
    """What :func:`update_derived` did: each step's result, or why it was skipped."""

    clusters: DedupResult | None = None
    index: IndexResult | None = None
    #: step ("clusters", "index") -> why it was not run
    skipped: dict[str, str] = field(default_factory=dict)


def update_derived(root: Path | str, *, rebuild: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> DerivedUpdate:
    """Bring the duplicate clusters, then the search index, up to date with the archive's
    rows. ``rebuild`` starts both over; ``progress(done, total)`` follows the indexing.
    A step that another process holds, or that the archive's permissions forbid, is skipped
    with its reason in ``skipped``; other errors propagate."""
    from archive.cdx import index_warcs
    from archive.dedup import cluster
    from archive.search import update_index

    done = DerivedUpdate()
    try:
        index_warcs(root)  # the closed WARC files' capture indexes (archive/cdx.py)
    except PermissionError as exc:
        done.skipped["capture index"] = f"the archive is read-only here ({exc})"
    try:
        done.clusters = cluster(root, rebuild=rebuild)
    except SourceBusy:
        done.skipped["clusters"] = "another process is updating them"
    except PermissionError as exc:
        done.skipped["clusters"] = f"the archive is read-only here ({exc})"
    try:
        done.index = update_index(root, rebuild=rebuild, progress=progress)
    except SourceBusy:
        done.skipped["index"] = "another process is updating it"
    except PermissionError as exc:
        done.skipped["index"] = f"the archive is read-only here ({exc})"
    for step, reason in done.skipped.items():
        logger.info("%s not updated: %s", step, reason)
    return done
