"""Site profiles: declarative CMS-family rules, and a portal's profile = family + overrides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from lxml.cssselect import CSSSelector

from crawler.urls import canonicalize

__all__ = ["Family", "Profile", "ProfileError", "UrlKind"]


class ProfileError(ValueError):
    """A family or portal entry with a bad value (raised at import or config load)."""


class UrlKind:
    ARTICLE = "article"
    LISTING = "listing"
    TRAP = "trap"
    OTHER = "other"


def _compile(patterns: tuple[str, ...], what: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p, re.I))
        except re.error as exc:
            raise ProfileError(f"{what}: bad regex {p!r}: {exc}") from exc
    return tuple(out)


def _check_css(selector: str | None, what: str) -> None:
    if selector:
        try:
            CSSSelector(selector)
        except Exception as exc:  # cssselect raises several parse error types
            raise ProfileError(f"{what}: bad CSS selector {selector!r}: {exc}") from exc


@dataclass(frozen=True)
class Family:
    """What one CMS family does everywhere. Portal entries override single fields.

    URL rules are regexes searched in the *canonical* URL's path and query (parameters sorted),
    so ``?gd&cn&tc`` and ``?cn&gd&tc`` are the same to them.
    """

    name: str
    description: str = ""
    # URL rules
    article_urls: tuple[str, ...] = ()
    listing_urls: tuple[str, ...] = ()
    #: (reason, regex): a matching link is refused and counted as ``portal/trap/<reason>``.
    trap_urls: tuple[tuple[str, str], ...] = ()
    drop_params: tuple[str, ...] = ()
    sort_params: bool = True
    lowercase_path: bool = False
    lowercase_param_names: bool = False
    feeds: tuple[str, ...] = ()
    #: Sitemap paths to try besides those robots.txt names.
    sitemaps: tuple[str, ...] = ()
    #: Follow links to pages that match neither rule (generic discovery only).
    follow_other: bool = False
    #: When the body container is missing, extract with trafilatura instead of dropping the
    #: page as ``no_body`` (for a profiled family a missing container means "not an article").
    fallback_generic: bool = False
    # extraction hints (CSS selectors)
    title: str | None = None
    date: str | None = None
    #: Labels printed before a publication date / an update date ("Ngày đăng", "Cập nhật").
    date_labels: tuple[str, ...] = ()
    updated: str | None = None
    updated_labels: tuple[str, ...] = ()
    body: str | None = None
    #: The sapo's own element, anywhere on the page (inside the body container or not).
    lead: str | None = None
    #: Else a first body paragraph that is bold throughout is the sapo.
    lead_bold_first: bool = False
    #: Author and source/issuing-unit fields outside the body (".tacgia", "lblNguonThongTin").
    author: str | None = None
    source: str | None = None
    prune: tuple[str, ...] = ()
    breadcrumb: str | None = None
    #: The bold right-aligned last paragraph names the issuing unit or author.
    unit_last_bold_right: bool = True
    soft_404_phrases: tuple[str, ...] = ("Không tìm thấy", "không được tìm thấy")
    language: str = "vi"
    #: Markup that gives the family away (generator meta, scaffolding ids/classes/scripts):
    #: ``(signal name, regex searched in the page's first 300 KB)``. See profiles/detect.py.
    signatures: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            raise ProfileError(f"family name {self.name!r} must be lower-case identifier")
        _compile(self.article_urls + self.listing_urls + self.drop_params, self.name)
        for reason, pattern in self.trap_urls:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", reason):
                raise ProfileError(f"{self.name}: trap reason {reason!r} must be an identifier")
            _compile((pattern,), self.name)
        for name in ("title", "date", "updated", "body", "lead", "author", "source", "breadcrumb"):
            _check_css(getattr(self, name), f"{self.name}.{name}")
        for sel in self.prune:
            _check_css(sel, f"{self.name}.prune")


_OVERRIDABLE = {f.name for f in fields(Family)} - {"name", "description"}


@dataclass(frozen=True)
class Profile:
    """A family with one portal's overrides applied, with its regexes compiled."""

    family: Family
    name: str
    _article: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    _listing: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    _traps: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False)
    _drop: tuple[re.Pattern[str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        fam = self.family
        object.__setattr__(self, "_article", _compile(fam.article_urls, self.name))
        object.__setattr__(self, "_listing", _compile(fam.listing_urls, self.name))
        object.__setattr__(
            self, "_traps", tuple((r, re.compile(p, re.I)) for r, p in fam.trap_urls)
        )
        object.__setattr__(
            self, "_drop", _compile(fam.drop_params, self.name)
        )

    @classmethod
    def build(cls, family: Family, name: str, overrides: dict[str, Any] | None = None) -> Profile:
        overrides = dict(overrides or {})
        unknown = set(overrides) - _OVERRIDABLE
        if unknown:
            raise ProfileError(f"{name}: unknown profile override(s) {sorted(unknown)}")
        for key, value in list(overrides.items()):
            if isinstance(value, list):
                overrides[key] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        return cls(family=replace(family, **overrides), name=name)

    def __getattr__(self, item: str) -> Any:
        # Extraction hints and flags read straight through to the (overridden) family.
        if item.startswith("_"):
            raise AttributeError(item)
        return getattr(self.family, item)

    def canonicalize(self, url: str) -> str:
        fam = self.family
        return canonicalize(
            url,
            drop_params=self._drop,
            sort_params=fam.sort_params,
            lowercase_path=fam.lowercase_path,
            lowercase_param_names=fam.lowercase_param_names,
        )

    def classify(self, canonical_url: str) -> tuple[str, str | None]:
        """Return ``(kind, trap_reason)`` for a canonical URL."""
        target = _path_and_query(canonical_url)
        for reason, pattern in self._traps:
            if pattern.search(target):
                return UrlKind.TRAP, reason
        # Listings first: on SharePoint a section page and an article share one URL shape, and
        # a portal entry names its sections in listing_urls.
        if any(p.search(target) for p in self._listing):
            return UrlKind.LISTING, None
        if any(p.search(target) for p in self._article):
            return UrlKind.ARTICLE, None
        return UrlKind.OTHER, None

    def hints(self) -> dict[str, Any]:
        """The picklable extraction hints a worker process needs."""
        fam = self.family
        return {
            "profile": self.name,
            "family": fam.name,
            "title": fam.title,
            "date": fam.date,
            "date_labels": fam.date_labels,
            "updated": fam.updated,
            "updated_labels": fam.updated_labels,
            "body": fam.body,
            "lead": fam.lead,
            "lead_bold_first": fam.lead_bold_first,
            "author": fam.author,
            "source": fam.source,
            "prune": fam.prune,
            "breadcrumb": fam.breadcrumb,
            "unit_last_bold_right": fam.unit_last_bold_right,
            "soft_404_phrases": fam.soft_404_phrases,
            "language": fam.language,
            "fallback_generic": fam.fallback_generic,
        }


def _path_and_query(url: str) -> str:
    rest = url.split("://", 1)[-1]
    slash = rest.find("/")
    return rest[slash:] if slash >= 0 else "/"
