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

Most pages hold none of the names the signatures look for, so a regex runs only when the page
holds every literal it cannot match without (read off the regex's parse tree), tested first on
the page's distinct words, then on its bytes; the text is decoded only when a regex runs. The
decisions are those of running every regex (``score_families(..., prefilter=False)``, which
the tests compare on every page they have); ``bench/detect_speed.py`` measures the two.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
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


#: The words of one literal, with the spaces that say where the literal bounds them.
_Words = tuple[bytes, ...]
#: One literal tested on a page's bytes: its words first (cheap), then the literal itself.
_ByteTest = tuple[_Words, bytes]


@dataclass(frozen=True)
class _Signature:
    name: str
    kind: str
    weight: float
    pattern: re.Pattern[str]
    #: Groups of literals the pattern cannot match without: when one group has none of its
    #: strings in the text, the regex is not run (see :func:`_required_literals`).
    needs: tuple[tuple[str, ...], ...] = ()
    #: The same groups for the page's bytes: each literal as its longest ASCII run and the
    #: words in that run.
    needs_bytes: tuple[tuple[_ByteTest, ...], ...] = ()
    #: Whether every character the pattern names is ASCII (see :meth:`_Page.text_for`).
    ascii_only: bool = False


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
        needs = _required_literals(pattern)
        out.append(_Signature(name, kind, KIND_WEIGHTS[kind], pattern, needs, _byte_tests(needs),
                              _ascii_only(pattern)))
    return tuple(out)


# -- literals a signature cannot match without ----------------------------------------------------
# Many signatures are alternations of names with no literal prefix (``ms-rte…|ms-webpart…``,
# ``(?:cn|tc)=``), so the regex engine tries them at every position of the page: about 1 ms
# each on a 170 KB page, 12 ms a page for the registry (bench/detect_speed.py, AEB pages).
# Almost every page lacks the names they look for. The literals are read off the pattern's own
# parse tree, so they follow any edit of a signature and can only be ones the regex needs: a
# filter that could skip a matching page would change the decision, not just the cost.

#: The most strings a run of small alternations (``[\"\']?``, ``(?:cn|tc)``) is spelled out into.
_SPELL_LIMIT = 64

#: The shortest literal worth a test.
_SHORTEST = 3

_Literals = tuple[set[str] | None, list[frozenset[str]]]


def _required_literals(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Groups of literals every match of ``pattern`` contains one string of each of, longest
    literals first (they are the rarest, so a test that fails fails soonest); ``()`` when the
    parse tree holds nothing certain."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # private: not in typeshed

        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & re.IGNORECASE:
            return ()
        exact, groups = _sequence_literals(list(tree))
    except Exception:  # a private module's other shape: run the regex, never guess
        logger.debug("no literals derived from %r", pattern.pattern, exc_info=True)
        return ()
    if exact and "" not in exact:
        groups.append(frozenset(exact))
    # A literal of one or two characters is on every page: testing it would cost a scan and
    # skip nothing.
    strong = {g for g in groups if min(map(len, g)) >= _SHORTEST}
    ordered = sorted(strong, key=lambda g: (-min(map(len, g)), len(g), sorted(g)))
    return tuple(tuple(sorted(g)) for g in ordered)


def _ascii_only(pattern: re.Pattern[str]) -> bool:
    """Whether every character the pattern names (literals, class members, range ends) is ASCII
    and it ignores no case: such a pattern tells a non-ASCII character from its lower case by
    neither. False when the parse tree has a shape not known here."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: not in typeshed

    def ascii_nodes(items: Any) -> bool:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if av >= 128:
                    return False
            elif op is c.RANGE:
                if max(av) >= 128:
                    return False
            elif op is c.IN or op is c.ATOMIC_GROUP:
                if not ascii_nodes(av):
                    return False
            elif op is c.SUBPATTERN:
                if av[1] & re.IGNORECASE or not ascii_nodes(av[3]):
                    return False
            elif op is c.BRANCH:
                if not all(ascii_nodes(alt) for alt in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not ascii_nodes(av[2]):
                    return False
            elif op not in (c.AT, c.ANY, c.CATEGORY, c.NEGATE):
                return False
        return True

    try:
        from re import _parser  # type: ignore[attr-defined]  # private: not in typeshed

        tree = _parser.parse(pattern.pattern, pattern.flags)
        return not tree.state.flags & re.IGNORECASE and ascii_nodes(tree)
    except Exception:  # a private module's other shape: take the fully lower-cased text
        return False


def _sequence_literals(items: list[tuple[Any, Any]]) -> _Literals:
    """``(exact, groups)`` of a sequence of parse-tree nodes: ``exact`` is every string it can
    match when that is a small known set (``None`` otherwise), ``groups`` the literal groups a
    match must contain. Neighbouring exact nodes are spelled out together, so ``ms-`` joins
    the ``rte…`` that follows it instead of standing alone as a weak three-letter literal."""
    groups: list[frozenset[str]] = []
    spelled, all_exact = {""}, True
    for op, av in items:
        exact, inner = _node_literals(op, av)
        groups += inner
        if exact is not None and len(spelled) * len(exact) <= _SPELL_LIMIT:
            spelled = {a + b for a in spelled for b in exact}
            continue
        all_exact = False
        if "" not in spelled:
            groups.append(frozenset(spelled))
        spelled = exact if exact is not None else {""}
    if all_exact:
        return spelled, groups
    if "" not in spelled:
        groups.append(frozenset(spelled))
    return None, groups


def _node_literals(op: Any, av: Any) -> _Literals:
    """``(exact, groups)`` of one parse-tree node (see :func:`_sequence_literals`). Any node not
    understood here (``\\w``, ``.``, lookarounds, back-references) matches an unknown string
    and requires nothing: that only weakens the filter."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: not in typeshed

    if op is c.LITERAL:
        return {chr(av)}, []
    if op is c.AT:  # ^, \b: zero width, so the literals on either side stay adjacent
        return {""}, []
    if op is c.IN and all(member is c.LITERAL for member, _ in av):
        return {chr(ch) for _, ch in av}, []
    if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _sequence_literals(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence_literals(list(av))
    if op is c.BRANCH:
        branches = [_sequence_literals(list(alt)) for alt in av[1]]
        exacts = [exact for exact, _ in branches if exact is not None]
        if len(exacts) == len(branches) and sum(map(len, exacts)) <= _SPELL_LIMIT:
            return set().union(*exacts), []
        best = [_strongest(exact, inner) for exact, inner in branches]
        return None, [frozenset().union(*filter(None, best))] if all(best) else []
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, inner = _sequence_literals(list(body))
        if exact is not None and high <= 1:
            return (exact | {""}) if low == 0 else exact, []
        if low == 0:
            return None, []
        strongest = _strongest(exact, inner)
        return None, [strongest] if strongest else []
    return None, []


def _strongest(exact: set[str] | None, groups: list[frozenset[str]]) -> frozenset[str] | None:
    """The one group that best stands for a branch: the one whose shortest literal is longest."""
    candidates = list(groups)
    if exact and "" not in exact:
        candidates.append(frozenset(exact))
    return max(candidates, key=lambda g: (min(map(len, g)), -len(g)), default=None)


def _byte_tests(needs: tuple[tuple[str, ...], ...]) -> tuple[tuple[_ByteTest, ...], ...]:
    """The groups as tests on a page not yet decoded (see :class:`_Page`). Each literal becomes
    its longest ASCII run (a part of a needed literal is needed too) and the words that run
    holds. A group with a literal of no ASCII character is left out: bytes cannot test it.

    The words shared by a group's literals are tested first (``liferay`` in ``liferay.aui``,
    ``liferay.util``, …), and the text all of them share comes first as a test of words alone
    (``dnn_`` before ``dnn_leftpane``, ``dnn_toppane``, …): one search then answers for the
    whole group on most pages."""
    out: list[tuple[_ByteTest, ...]] = []
    for group in needs:
        runs = {max(re.findall(r"[\x00-\x7f]+", literal), key=len, default="").encode()
                for literal in group}
        if not all(runs):
            continue
        shared = Counter(word for run in runs for word in _words(run))
        if len(runs) > 1 and len(common := _common(runs)) >= _SHORTEST and _words(common):
            # b"" is in any page: the words alone decide
            out.append(((_ordered(_words(common), shared), b""),))
        out.append(tuple(sorted((_ordered(_words(run), shared), run) for run in runs)))
    return tuple(out)


def _ordered(words: frozenset[bytes], shared: Counter[bytes]) -> _Words:
    """Words in the order to test them: looked-up words first (no search), then the ones most
    of the group's literals share, then the longest (the rarest)."""
    return tuple(sorted(words, key=lambda w: (w[0] != 32 or w[-1] != 32, -shared[w], -len(w), w)))


def _words(literal: bytes) -> frozenset[bytes]:
    """The words (runs of ``_WORD`` bytes) of a literal, with a space on the side where the
    literal bounds a word with a non-word byte. A literal in the page puts each of its words
    inside a page word, and a bounded word (``/pages/``) must start or end a page word: the
    page's words hold ``" pages "``. A word bounded on both sides is looked up, not searched."""
    return frozenset((b" " if m.start() else b"") + m[0] + (b" " if m.end() < len(literal) else b"")
                     for m in _WORD_RE.finditer(literal))


def _common(strings: set[bytes]) -> bytes:
    """The longest string inside every one of ``strings``."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            if all(shortest[start : start + size] in s for s in strings):
                return shortest[start : start + size]
    return b""


def _has_all(text: str | bytes, needs: tuple[tuple[Any, ...], ...]) -> bool:
    """Whether ``text`` holds one literal of every group."""
    return all(any(literal in text for literal in group) for group in needs)


# -- the page --------------------------------------------------------------------------------------
#: The only characters whose lower case holds an ASCII letter (İ → i̇, the Kelvin sign → k), in
#: UTF-8: a page holding one can contain a literal once lower-cased that its bytes do not.
_ASCII_FROM_LOWER = (b"\xc4\xb0", b"\xe2\x84\xaa")
#: Bytes that make up a page's words: ASCII letters, digits, ``_`` and ``-`` (class names and
#: ids stay whole). Every other byte, non-ASCII ones included, separates words.
_WORD = b"abcdefghijklmnopqrstuvwxyz0123456789_-"
_WORD_RE = re.compile(b"[" + re.escape(_WORD) + b"]+")
#: Lower-cases ASCII letters and turns every non-word byte into a space.
_TO_WORDS = bytes(c if c in _WORD else c + 32 if 65 <= c <= 90 else 32 for c in range(256))


class _Page:
    """The first ``SCAN_BYTES`` of a page, in the three forms the search needs, each made only
    when first used:

    - ``words``: its distinct words joined by spaces, a fifth of the page's size, where one
      test of each literal tells most signatures apart (a 300 KB page holds a few thousand
      distinct words);
    - ``raw``: its bytes, ASCII lower-cased, where the literals are tested exactly;
    - ``text``: the lower-cased text the regexes run on.

    The bytes forms answer exactly as the text does on bytes that are not UTF-16: decoding UTF-8
    (with ``replace``) leaves every ASCII byte in place and turns every other byte into a
    non-ASCII character, so an ASCII string is in the bytes exactly when it is in the text, and
    folding case agrees on ASCII letters, unless the page holds one of the two characters
    ``_ASCII_FROM_LOWER`` names. Those pages, UTF-16 pages and pages given as text test their
    literals on the text."""

    def __init__(self, html: str | bytes | None) -> None:
        self._html = html
        self._text: str | None = None
        self._head: bytes | None = None
        self._found_words: dict[bytes, bool] = {}
        self._ascii_text: str | None = None
        if html and not isinstance(html, str):
            head = bytes(html[:SCAN_BYTES])
            # (the lead byte first: a search for one byte is a memchr, ten times cheaper)
            if head[:2] not in (b"\xff\xfe", b"\xfe\xff") \
                    and not any(ch[:1] in head and ch in head for ch in _ASCII_FROM_LOWER):
                self._head = head

    def __bool__(self) -> bool:
        return bool(self._html)

    @cached_property
    def word_set(self) -> set[bytes]:
        """The distinct words."""
        assert self._head is not None
        return set(self._head.translate(_TO_WORDS).split())

    @cached_property
    def words(self) -> bytes:
        """The distinct words, each with a space on either side."""
        return b" " + b" ".join(self.word_set) + b" "

    @cached_property
    def raw(self) -> bytes:
        """The bytes, ASCII lower-cased."""
        assert self._head is not None
        return self._head.lower()

    @property
    def text(self) -> str:
        """The lower-cased text (decoded on first use)."""
        if self._text is None:
            self._text = _page_text(self._html)
        return self._text

    def text_for(self, sig: _Signature) -> str:
        """The text to run the signature's regex on. ``str.lower`` costs ten times the
        decoding on a Vietnamese page; a regex whose every character and class is ASCII (see
        :func:`_ascii_only`) matches the same on the text with only ASCII lower-cased: lower-casing
        any other character (but those of ``_ASCII_FROM_LOWER``) keeps it one character, not
        ASCII, and in or out of ``\\w``, ``\\d`` and ``\\s`` as it was (checked over all of Unicode
        by tests/test_detect.py)."""
        if self._head is None or not sig.ascii_only:
            return self.text
        if self._ascii_text is None:
            self._ascii_text = self.raw.decode("utf-8", "replace")
        return self._ascii_text

    def may_match(self, sig: _Signature) -> bool:
        """False when the page lacks a literal the signature cannot match without."""
        if self._head is None:
            return _has_all(self.text, sig.needs)
        # Plain loops over a shared cache: this runs ~170 times a page (each signature of
        # each family), where generator and method-call overhead was most of its cost.
        known, raw = self._found_words, self.raw
        for group in sig.needs_bytes:
            for words, literal in group:
                for word in words:
                    found = known.get(word)
                    if found is None:
                        found = known[word] = self._has_word(word)
                    if not found:
                        break
                else:
                    if literal in raw:
                        break  # this alternative of the group is on the page
            else:
                return False
        return True

    def _has_word(self, word: bytes) -> bool:
        """Whether the page's words hold ``word``; remembered, as signatures share words
        (``liferay``, ``html``, ``content``)."""
        if word[0] == word[-1] == 32:  # a whole word: no need to search
            return word[1:-1] in self.word_set
        found = self._found_words.get(word)
        if found is None:
            found = self._found_words[word] = word in self.words
        return found


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


def _found(sig: _Signature, page: _Page, headers: str, prefilter: bool = True) -> float:
    """The weight a signature earns on this page (0 when absent)."""
    if sig.kind in _HEADER_KINDS:
        if not headers or prefilter and not _has_all(headers, sig.needs):
            return 0.0
        text = headers
    else:
        if not page or prefilter and not page.may_match(sig):
            return 0.0
        text = page.text_for(sig) if prefilter else page.text
    if sig.kind not in _REPEATED:
        return sig.weight if sig.pattern.search(text) else 0.0
    hits = 0
    for _ in sig.pattern.finditer(text):
        hits += 1
        if hits >= _LINK_REPEAT:
            return sig.weight
    return sig.weight / _LINK_REPEAT if hits else 0.0


def score_families(html: str | bytes | None, headers: Mapping[Any, Any] | None = None,
                   families: Iterable[Family] | None = None, *, prefilter: bool = True,
                   ) -> dict[str, list[tuple[str, float]]]:
    """Every family with at least one signal on the page: ``{family: [(signal, weight), …]}``,
    strongest signal first. What :func:`detect_family` decides from, for reports and debugging.

    ``prefilter=False`` runs every regex on the whole text, skipping none for a missing literal:
    the plain path, which the fast one must always agree with (tests, ``bench/detect_speed.py``).
    """
    if families is None:
        from crawler.profiles import FAMILIES

        families = FAMILIES.values()
    page, head = _Page(html), _header_text(headers)
    found: dict[str, list[tuple[str, float]]] = {}
    if not page and not head:
        return found
    for family in families:
        hits = [(sig.name, w) for sig in _compiled(family)
                if (w := _found(sig, page, head, prefilter))]
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
