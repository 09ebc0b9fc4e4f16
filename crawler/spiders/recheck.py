"""Which archived articles a crawl re-checks (``PORTAL_RECHECK``: ``age``, ``known``, ``none``),
with the validators every request for an archived article carries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = ["RecheckPlan", "recheck_plan"]


@dataclass
class RecheckPlan:
    #: canonical URL -> (ETag, Last-Modified) of every live archived article of the source
    known: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: canonical URLs due for a re-check this run
    due: set[str] = field(default_factory=set)
    #: the URLs to request for them, on this run's base
    urls: list[str] = field(default_factory=list)


def recheck_plan(root: str | Path, source: str, settings: Any,
                 canonicalize: Callable[[str], str], on_this_base: Callable[[str], str],
                 now: datetime | None = None) -> RecheckPlan:
    """The source's live articles in the archive at ``root`` and which are due: ``known``
    re-checks all, ``age`` the young ones (published within PORTAL_RECHECK_YOUNG_DAYS) and
    those not fetched for PORTAL_RECHECK_OLD_DAYS, ``none`` nothing. ``settings``: the
    crawl's Scrapy settings; URLs are moved onto this run's base."""
    from archive.reader import Archive
    from crawler.config import project

    ours = project(settings)
    policy = ours.get("PORTAL_RECHECK")
    young = timedelta(days=ours.getfloat("PORTAL_RECHECK_YOUNG_DAYS"))
    old = timedelta(days=ours.getfloat("PORTAL_RECHECK_OLD_DAYS"))
    now = now or datetime.now(UTC)
    with Archive(root) as archive:
        rows = archive.sql("SELECT canonical_url, url, http_etag, http_last_modified, "
                           "published_at, fetched_at FROM articles "
                           "WHERE source = ? AND removed_at IS NULL", [source]).fetchall()
    plan = RecheckPlan()
    for stored, fetched_url, etag, modified, published, fetched in rows:
        url = on_this_base(stored)
        canonical = canonicalize(url)
        plan.known[canonical] = (etag, modified)
        if fetched_url:
            # The copy the row was read from (an old slug that names the article's URL in
            # <link rel="canonical">) is known too: not fetched again for nothing.
            plan.known.setdefault(canonicalize(on_this_base(fetched_url)), (etag, modified))
        if policy == "known" or (policy == "age" and (
                (published is not None and now - published <= young)
                or now - fetched >= old)):
            plan.urls.append(url)
            plan.due.add(canonical)
    return plan
