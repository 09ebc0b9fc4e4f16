"""What an extracted article must have to be archived, and the quality flags it carries: one
rule for the crawl (``pipelines/validate.py``) and for rows rebuilt from captures
(``crawler/reprocess.py``: ``reextract`` and ``ingest``), so one capture gives the same row,
flags included, whichever way it was read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crawler.extract.page_structure import count_words

__all__ = ["MIN_WORDS", "quality_flags", "refusal"]

#: Fewer words than this is a stub or chrome-only page, not an article.
MIN_WORDS = 15


def refusal(row: Mapping[str, Any]) -> str | None:
    """Why the page cannot be archived as an article (``"too_short"``), else ``None``."""
    # Words as a reader counts them: a CJK character is a word (no spaces between them).
    if count_words(row.get("text") or "") < MIN_WORDS:
        return "too_short"
    return None


def quality_flags(row: Mapping[str, Any]) -> list[str]:
    """Flags of an article kept despite a gap: ``no_title`` (the page read as an article, its
    kind judged from the body, but had neither headline, ``<title>`` nor ``<h1>``: losing its
    text would be worse), ``no_date`` (a missing date is a quality flag, not a reason to lose
    the article)."""
    flags = []
    if not row.get("title"):
        flags.append("no_title")
    if row.get("published_at") is None:
        flags.append("no_date")
    return flags
