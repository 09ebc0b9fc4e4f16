"""Which CMS family built a page, judged from its markup and response headers alone.

Each :class:`~crawler.profiles.base.Family` declares ``signatures``: ``(signal name, regex)``
pairs, the signal name's prefix (before ``:``) saying what kind of evidence it is. Kinds differ
in how much one match proves, so each kind has a weight (``KIND_WEIGHTS``): a ``generator`` meta
or a CMS's own response header settles the question alone, scaffolding the CMS core writes
around every page (``p_p_id_…`` portlet wrappers, ``dnn_ctrNNN_`` module ids, SharePoint's
``s4-workspace``) counts for half of it, and a class name a theme or module happens to use counts
for little, because any product site can carry one. A family's score is the sum of its distinct
signals' weights; the page is that family's only when the score reaches ``MIN_SCORE`` and leads
the runner-up by ``MARGIN``. Otherwise the answer is ``None`` and the caller uses the generic
family: guessing wrong is worse than not guessing, because a wrong profile's selectors can keep a
sliver of a foreign page (issue #13, bug (c)).

Only the first ``SCAN_BYTES`` of a page are searched, so a huge or hostile page costs no more
than a large ordinary one. Matching is case-insensitive: page and patterns are both folded to
lower case once, which lets the regex engine skip ahead to each pattern's literal prefix (ten
times faster than ``re.IGNORECASE`` on a 40 KB page).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crawler.profiles.base import Family, ProfileError

__all__ = ["Detection", "KIND_WEIGHTS", "MARGIN", "MIN_SCORE", "SCAN_BYTES", "detect_family",
           "score_families"]

logger = logging.getLogger(__name__)

#: Bytes of the page searched (the head, the scaffolding and most of the body of any portal page).
SCAN_BYTES = 300_000

#: How much one matched signal of each kind proves.
KIND_WEIGHTS: dict[str, float] = {
    "generator": 3.0,  # <meta name="generator"> naming the CMS
    "header": 3.0,     # a response header only that CMS sends
    "comment": 3.0,    # the banner comment the CMS prints into every page
    "cookie": 3.0,     # a cookie only that CMS sets (its session, language, device cookies)
    "link": 2.0,       # the CMS's URL scheme, on several of the page's links (_REPEATED)
    "vendor": 2.0,     # a vendor's module on another family's platform (see detect_family)
    "scaffold": 1.5,   # ids/classes the CMS core writes around every page or module
    "script": 1.5,     # paths of the CMS's own scripts, styles and handlers
    "form": 1.5,       # hidden fields of the CMS's page form
    "media": 1.0,      # upload folders and media CDNs the CMS serves files from
    "host": 1.0,       # the hosts PORTALS.md saw running that CMS
    "label": 0.5,      # words the CMS prints (skip links, translated UI strings)
    "class": 0.5,      # a theme's or module's class name: never enough on its own
}
#: Kinds searched in the response headers (``name: value`` lines); all others in the page.
_HEADER_KINDS = frozenset({"header", "cookie"})
#: A URL shape proves the site's URL scheme only when several links share it; one link may just
#: point to another site of that CMS (a portal linking a chinhphu.vn article). These kinds earn
#: a third of their weight below ``_LINK_REPEAT`` matches.
_REPEATED = frozenset({"link", "vendor"})
_LINK_REPEAT = 3

#: The least score that names a family: a generator, a header or a comment alone, two
#: independent pieces of scaffolding, or a URL scheme with one more signal; never class names,
#: labels and media paths by themselves.
MIN_SCORE = 3.0
#: How far the best family must lead the runner-up: a page that looks like two CMSs at once (a
#: theme copying another's class names) is left to the generic path, not decided by a hair.
MARGIN = 1.5


@dataclass(frozen=True)
class Detection:
    """A family recognised on a page: its name, the strongest signal that gave it away, and the
    weighted score of all its signals found."""

    family: str
    signal: str
    score: float


@dataclass(frozen=True)
class _Signature:
    name: str
    kind: str
    weight: float
    pattern: re.Pattern[str]


def _fold(regex: str) -> str:
    """A regex lower-cased outside its escapes (``\\D``, ``\\W``, ``\\S``, ``\\B`` keep their
    meaning), to match a lower-cased page without ``re.IGNORECASE``."""
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), regex,
                  flags=re.S)


@lru_cache(maxsize=64)
def _compiled(family: Family) -> tuple[_Signature, ...]:
    """A family's signatures compiled once (families are frozen, hence hashable)."""
    out = []
    for name, regex in family.signatures:
        kind = name.split(":", 1)[0]
        if kind not in KIND_WEIGHTS:
            raise ProfileError(f"{family.name}: signature {name!r} has unknown kind {kind!r}; "
                               f"known: {sorted(KIND_WEIGHTS)}")
        try:
            pattern = re.compile(_fold(regex), re.M)
        except re.error as exc:
            raise ProfileError(f"{family.name}: bad signature regex {regex!r}: {exc}") from exc
        out.append(_Signature(name, kind, KIND_WEIGHTS[kind], pattern))
    return tuple(out)


def _page_text(html: str | bytes | None) -> str:
    """The first ``SCAN_BYTES`` of a page as lower-case text. Signatures are ASCII, so a wrong
    guess of a legacy charset costs nothing; UTF-16 is the one encoding where ASCII is not."""
    if not html:
        return ""
    if isinstance(html, str):
        return html[:SCAN_BYTES].lower()
    head = bytes(html[:SCAN_BYTES])
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head.decode("utf-16", "replace").lower()
    return head.decode("utf-8", "replace").lower()


def _header_text(headers: Mapping[Any, Any] | None) -> str:
    """Response headers as lower-case ``name: value`` lines, whatever the mapping holds: str or
    bytes, single values or lists (Scrapy's ``Headers``, a WARC record's header list)."""
    if not headers:
        return ""
    lines = []
    for name, value in headers.items():
        values = value if isinstance(value, list | tuple) else [value]
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        for v in values:
            text = v.decode("latin-1") if isinstance(v, bytes) else str(v)
            lines.append(f"{key.strip()}: {text.strip()}".lower())
    return "\n".join(lines)


def _found(sig: _Signature, page: str, headers: str) -> float:
    """The weight a signature earns on this page (0 when absent)."""
    text = headers if sig.kind in _HEADER_KINDS else page
    if not text:
        return 0.0
    if sig.kind not in _REPEATED:
        return sig.weight if sig.pattern.search(text) else 0.0
    hits = 0
    for _ in sig.pattern.finditer(text):
        hits += 1
        if hits >= _LINK_REPEAT:
            return sig.weight
    return sig.weight / _LINK_REPEAT if hits else 0.0


def score_families(html: str | bytes | None, headers: Mapping[Any, Any] | None = None,
                   families: Iterable[Family] | None = None) -> dict[str, list[tuple[str, float]]]:
    """Every family with at least one signal on the page: ``{family: [(signal, weight), …]}``,
    strongest signal first. What :func:`detect_family` decides from, for reports and debugging."""
    if families is None:
        from crawler.profiles import FAMILIES

        families = FAMILIES.values()
    page, head = _page_text(html), _header_text(headers)
    found: dict[str, list[tuple[str, float]]] = {}
    if not page and not head:
        return found
    for family in families:
        hits = [(sig.name, w) for sig in _compiled(family) if (w := _found(sig, page, head))]
        if hits:
            found[family.name] = sorted(hits, key=lambda h: -h[1])
    return found


def detect_family(html: str | bytes | None, headers: Mapping[Any, Any] | None = None,
                  families: Iterable[Family] | None = None) -> Detection | None:
    """The CMS family that built this page, or ``None`` when no family is clearly it.

    ``headers`` are the response headers when known (a WARC record, a live response); a
    family's own header or cookie can decide alone. ``families`` defaults to the registry.

    One exception to "highest score wins": a ``vendor`` signal found on several links names a
    vendor's own module running on another family's platform (PORTALS.md: the Huế main portal,
    HueCIT's news module on DotNetNuke). The platform's scaffolding then wraps every page and
    outscores the vendor, yet the articles are the vendor's, so a family with a full-strength
    vendor signal and ``MIN_SCORE`` wins over the platform.
    """
    scored = score_families(html, headers, families)
    totals = {name: sum(w for _, w in hits) for name, hits in scored.items()}
    vendors = [name for name, hits in scored.items() if totals[name] >= MIN_SCORE
               and any(s.startswith("vendor:") and w == KIND_WEIGHTS["vendor"] for s, w in hits)]
    if len(vendors) == 1:
        name = vendors[0]
        signal = next(s for s, _ in scored[name] if s.startswith("vendor:"))
        return Detection(name, signal, round(totals[name], 2))
    ranked = sorted(((total, name) for name, total in totals.items()), reverse=True)
    if not ranked:
        return None
    best_score, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best_score < MIN_SCORE or best_score - runner_up < MARGIN:
        logger.debug("no family: %s", ranked[:3])
        return None
    return Detection(best, scored[best][0][0], round(best_score, 2))
