"""Registry of CMS families; a portal's profile is built from its family and overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from crawler.profiles.base import Family, Profile, ProfileError, UrlKind
from crawler.profiles.families import BUILTIN_FAMILIES

if TYPE_CHECKING:
    from crawler.sources import Source

__all__ = [
    "Family", "Profile", "ProfileError", "UrlKind",
    "FAMILIES", "article_families", "choose_profile", "get_family", "make_profile",
    "profile_for_page",
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


def profile_for_page(url: str | None, body: bytes | None = None,
                     sources: Mapping[str, Source] | None = None,
                     headers: Mapping[Any, Any] | None = None) -> Profile:
    """The profile to extract a saved page with, when none is named (see :func:`choose_profile`)."""
    return choose_profile(url, body, sources, headers)[0]


def choose_profile(url: str | None, body: bytes | str | None = None,
                   sources: Mapping[str, Source] | None = None,
                   headers: Mapping[Any, Any] | None = None) -> tuple[Profile, str]:
    """The profile for a page no one named a profile for, and the signal that chose it.

    In order:

    - ``"source"``: a configured source on the URL's host; its family always wins, whatever
      the markup says (the portal's own configuration knows better than any guess);
    - ``"url:<family>"``: exactly one family's article-URL rule matches the URL and the markup
      does not name another family;
    - the detection signal (``"generator:liferay"``, ``"scaffold:dnn_ctr"``…): the family
      recognised from the markup and headers (``profiles/detect.py``);
    - ``"none"``: the generic family.

    The markup outranks the URL because URL shapes are shared across CMSs (``/Pages/x.aspx``,
    ``Default.aspx?tabid=``) while scaffolding is not; selectors are never used to guess, since a
    foreign page can carry one family's class names (issue #13, bug (c)).
    """
    from urllib.parse import urlsplit

    from crawler.profiles.detect import detect_family

    if url:
        host = urlsplit(url).netloc
        for source in (sources or {}).values():
            if source.serves(host):
                return source.profile(), "source"
    detection = detect_family(body, headers) if body or headers else None
    if url:
        matches = article_families(url)
        if len(matches) == 1:
            name = matches[0].family.name
            if detection is None or detection.family == name:
                return matches[0], f"url:{name}"
    if detection is not None:
        for profile in _family_profiles():
            if profile.family.name == detection.family:
                return profile, detection.signal
    return make_profile("generic", "generic"), "none"
