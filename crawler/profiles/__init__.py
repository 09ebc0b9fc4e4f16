"""Registry of CMS families; a portal's profile is built from its family and overrides."""

from __future__ import annotations

from typing import Any

from crawler.profiles.base import Family, Profile, ProfileError, UrlKind
from crawler.profiles.families import BUILTIN_FAMILIES

__all__ = [
    "Family", "Profile", "ProfileError", "UrlKind",
    "FAMILIES", "get_family", "make_profile", "register_family",
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
