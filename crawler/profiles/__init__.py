"""Registry of CMS families; a portal's profile is built from its family and overrides."""

from __future__ import annotations

from typing import Any

from crawler.profiles.base import Family, Profile, ProfileError, UrlKind
from crawler.profiles.families import BUILTIN_FAMILIES

__all__ = [
    "Family", "Profile", "ProfileError", "UrlKind",
    "FAMILIES", "article_families", "get_family", "make_profile", "profile_for_page",
    "register_family",
]

FAMILIES: dict[str, Family] = {}


def register_family(family: Family) -> Family:
    """Add a family to the registry; a second family with the same name is an error."""
    if family.name in FAMILIES:
        raise ProfileError(f"family {family.name!r} is already registered")
    FAMILIES[family.name] = family
    return family


def get_family(name: str) -> Family:
    try:
        return FAMILIES[name]
    except KeyError:
        raise ProfileError(f"unknown family {name!r}; known: {sorted(FAMILIES)}") from None


def make_profile(family: str, name: str, overrides: dict[str, Any] | None = None) -> Profile:
    return Profile.build(get_family(family), name, overrides)


for _family in BUILTIN_FAMILIES:
    register_family(_family)


def article_families(url: str) -> list[Profile]:
    """The known (non-generic) families whose article-URL rules match ``url``."""
    return [p for p in _family_profiles()
            if p.classify(p.canonicalize(url))[0] == UrlKind.ARTICLE]


def _family_profiles() -> tuple[Profile, ...]:
    # Built once per registry state: compiling every family's rules per URL was the cost of
    # ingesting a large WARC.
    key = tuple(FAMILIES)
    if _PROFILE_CACHE.get("key") != key:
        _PROFILE_CACHE["key"] = key
        _PROFILE_CACHE["profiles"] = tuple(Profile.build(f, f.name) for f in FAMILIES.values()
                                           if f.name != "generic")
    return _PROFILE_CACHE["profiles"]


_PROFILE_CACHE: dict = {}


def profile_for_page(url: str | None, body: bytes | None = None, sources=None) -> Profile:
    """The profile to extract a saved page with, when none is named.

    In order: a configured source on the URL's host; the one family whose article-URL rule
    matches the URL; the one family whose title and body containers are both on the page;
    else the generic family.
    """
    from urllib.parse import urlsplit

    if url:
        host = urlsplit(url).netloc.lower()
        for source in (sources or {}).values():
            if not source.is_demo and urlsplit(source.base_url).netloc.lower() == host:
                return source.profile()
        matches = article_families(url)
        if len(matches) == 1:
            return matches[0]
    if body:
        import lxml.html
        from lxml.cssselect import CSSSelector

        try:
            root = lxml.html.document_fromstring(body)
        except (ValueError, lxml.etree.ParserError):
            root = None
        if root is not None:
            found = [
                f for f in FAMILIES.values()
                if f.body and f.title and CSSSelector(f.body)(root) and CSSSelector(f.title)(root)
            ]
            if len(found) == 1:
                return Profile.build(found[0], found[0].name)
    return make_profile("generic", "generic")
