"""Which family's rules read a page: the caller's, or the one the page's markup gives away.

A page handed over with the generic family's hints (a source configured without a family, an
``ingest`` of a host nobody configured, ``extract`` of a saved page) is first checked for a CMS
family's signatures (``crawler/profiles/detect.py``); when one is recognised its rules read the
page, and the record says which family and which signal chose it. Hints of a named family are
kept as they are: a configured source knows better than any guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["with_family"]


@lru_cache(maxsize=16)
def _family_hints(family: str, profile_name: str) -> dict[str, Any]:
    from crawler.profiles import make_profile

    return make_profile(family, profile_name).hints()


def with_family(page: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """``(page, family, signal)``: ``page`` with the hints that should read it.

    ``page["family_signal"]``, when given, is what chose the caller's hints (``"source"`` by
    default); ``page["detect_family"] = False`` keeps generic hints generic (the generic-only
    measurement)."""
    hints = page["hints"]
    family = hints.get("family") or "generic"
    if family != "generic":
        return page, family, page.get("family_signal") or "source"
    if page.get("detect_family", True):
        from crawler.profiles.detect import detect_family

        found = detect_family(page.get("body") or b"", page.get("headers"))
        if found is not None:
            hints = dict(_family_hints(found.family, hints.get("profile") or found.family))
            return {**page, "hints": hints}, found.family, found.signal
    return page, "generic", page.get("family_signal") or "none"
