"""The query language: words, "phrases", prefix*, AND/OR/NOT, parentheses and ``title:``,
parsed into a tree (``parse_query``) and re-emitted as an FTS5 expression in which every word
is a string literal (``match_expressions``), so no user text is ever FTS5 syntax."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from archive.errors import UsageProblem
from archive.search.fold import _WORD, _dfold, _words_pattern, exact, fold

__all__ = [
    "MAX_DEPTH",
    "MAX_TERMS",
    "And",
    "Expressions",
    "Node",
    "Not",
    "Or",
    "SearchSyntaxError",
    "Term",
    "match_expressions",
    "parse_query",
]


#: Words (leaves) a query may hold.
MAX_TERMS = 64
#: Parentheses a query may nest. The parser recurses (Python's recursion limit fell at ~250
#: levels), and FTS5's own parser overflowed its stack at 30-31 levels of operators in
#: groups (measured with the filters and the side-by-side boost added); no real query needs
#: more than a few.
MAX_DEPTH = 16


class SearchSyntaxError(ValueError, UsageProblem):
    """The query could not be parsed; the message says where and why."""


@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase (``words`` in order), optionally a prefix, optionally title-only."""

    words: tuple[str, ...]
    prefix: bool = False
    title_only: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]
    implicit: bool = False  # written as words side by side: their phrase boosts the rank


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    left: Node
    right: Node


#: A parsed query: ``parse_query``'s tree.
Node = Term | And | Or | Not

_OPERATORS = {"AND", "OR", "NOT"}


def _lex(query: str) -> list[tuple[str, str | Term, int]]:
    """Tokens ``(kind, value, position)``: kind is ``(``, ``)``, ``op`` or ``term`` (the
    value a Term)."""
    out: list[tuple[str, str | Term, int]] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            out.append((ch, ch, i))
            i += 1
            continue
        start = i
        title_only = False
        if query.startswith("title:", i) and i + 6 < n and not query[i + 6].isspace():
            title_only = True
            i += 6
            ch = query[i]
        if ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise SearchSyntaxError(f'unterminated quote: the " at position {i + 1} has no closing "')
            text = query[i + 1:end]
            i = end + 1
            prefix = i < n and query[i] == "*"
            if prefix:
                i += 1
            words = tuple(_WORD.findall(text))
            if words:
                out.append(("term", Term(words, prefix, title_only, quoted=True), start))
            continue
        while i < n and not query[i].isspace() and query[i] not in '()"':
            i += 1
        word = query[start + (6 if title_only else 0):i]
        if word in _OPERATORS and not title_only:
            out.append(("op", word, start))
            continue
        prefix = word.endswith("*")
        words = tuple(_WORD.findall(word))
        if not words:
            continue  # punctuation only ("-", "…"): the index has no token for it either
        if prefix and len(words[-1]) < 2:
            raise SearchSyntaxError(f"prefix {word!r} at position {start + 1}: give at least two "
                                    "letters before the *")
        out.append(("term", Term(words, prefix, title_only), start))
    return out


class _Parser:
    """or := not (OR not)* ; not := and (NOT and)* ; and := unit ([AND] unit)* ;
    unit := ( or ) | term. NOT binds looser than AND: "nong thon NOT thuy san" is
    (nong thon) NOT (thuy san), as Vietnamese words are several syllables."""

    def __init__(self, query: str) -> None:
        self.tokens = _lex(query)
        self.pos = 0
        self.leaves = 0
        self.depth = 0

    def peek(self) -> tuple[str, str | Term, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node:
        if not self.tokens:
            raise SearchSyntaxError("empty query: give at least one word")
        node = self.parse_or()
        tok = self.peek()
        if tok is not None:
            raise SearchSyntaxError(f"unexpected {tok[1]!r} at position {tok[2] + 1}"
                                    + (": no ( opened it" if tok[0] == ")" else ""))
        return node

    def parse_or(self) -> Node:
        items = [self.parse_not()]
        while (tok := self.peek()) is not None and tok[:2] == ("op", "OR"):
            self.pos += 1
            items.append(self.parse_not())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_not(self) -> Node:
        node = self.parse_and()
        while (tok := self.peek()) is not None and tok[:2] == ("op", "NOT"):
            self.pos += 1
            node = Not(node, self.parse_and())
        return node

    def parse_and(self) -> Node:
        items = [self.parse_unit()]
        implicit = True
        while (tok := self.peek()) is not None and tok[0] != ")" and tok[:2] not in (
                ("op", "OR"), ("op", "NOT")):
            if tok[:2] == ("op", "AND"):
                self.pos += 1
                implicit = False
            items.append(self.parse_unit())
        return items[0] if len(items) == 1 else And(tuple(items), implicit)

    def parse_unit(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise SearchSyntaxError("the query ends where a word was expected")
        kind, value, at = tok
        if isinstance(value, Term):  # kind "term"
            self.pos += 1
            self.leaves += 1
            if self.leaves > MAX_TERMS:
                raise SearchSyntaxError(f"query too long: at most {MAX_TERMS} words or phrases")
            return value
        if kind == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise SearchSyntaxError(f"the ( at position {at + 1} is nested too deeply: at most "
                                        f"{MAX_DEPTH} levels of parentheses")
            self.pos += 1
            node = self.parse_or()
            self.depth -= 1
            close = self.peek()
            if close is None or close[0] != ")":
                raise SearchSyntaxError(f"the ( at position {at + 1} is never closed")
            self.pos += 1
            return node
        if kind == ")":
            raise SearchSyntaxError(f"unexpected ) at position {at + 1}")
        if value == "NOT":
            raise SearchSyntaxError(f"NOT at position {at + 1} needs a word before it "
                                    "(e.g. hoi nghi NOT tong ket)")
        raise SearchSyntaxError(f"{value} at position {at + 1} needs a word on each side")


def parse_query(query: str) -> Node:
    """Parse the user's query into a tree of Term/And/Or/Not; SearchSyntaxError if malformed."""
    return _Parser(query).parse()


def _string(words: Sequence[str]) -> str:
    """An FTS5 string literal: the only form user text ever takes in the MATCH expression."""
    text = " ".join(words)
    return '"' + text.replace('"', '""') + '"'


def _emit(node: Node) -> str:
    """The FTS5 expression of ``node`` over the folded text."""
    if isinstance(node, Term):
        text = _string([_dfold(w) for w in node.words]) + (" *" if node.prefix else "")
        # Every word is kept to the text columns: the filter tokens of ``meta`` ("zy2021",
        # "zs*") are reached only by the filters (_Filter.clause), never by a typed word.
        return ("{title} : " if node.title_only else "{title body files} : ") + text
    if isinstance(node, Not):
        return f"({_emit(node.left)}) NOT ({_emit(node.right)})"
    op = " OR " if isinstance(node, Or) else " AND "
    return op.join(f"({_emit(i)})" for i in node.items)


def _leaves(node: Node, positive: bool = True) -> Iterator[tuple[Term, bool]]:
    if isinstance(node, Term):
        yield node, positive
    elif isinstance(node, Not):
        yield from _leaves(node.left, positive)
        yield from _leaves(node.right, False)
    else:
        for item in node.items:
            yield from _leaves(item, positive)


@dataclass(frozen=True)
class Expressions:
    """The FTS5 MATCH expressions of one query (each bound as a parameter, never spliced)."""

    match: str  # which articles match (and what bm25 scores)
    diacritics: bool  # typed with diacritics: those holding the words as typed rank first


def match_expressions(node: Node) -> Expressions:
    words = [w for term, _ in _leaves(node) for w in term.words]
    return Expressions(_emit(node), any(exact(w) != fold(w) for w in words))


def _adjacent(node: Node) -> Iterator[Term]:
    """The phrases of words written side by side (marked as one passage when found so)."""
    if isinstance(node, Not):
        yield from _adjacent(node.left)
    elif isinstance(node, And | Or):
        if isinstance(node, And) and node.implicit:
            terms = [i for i in node.items if isinstance(i, Term) and not i.prefix]
            if len(terms) == len(node.items):
                yield Term(tuple(w for t in terms for w in t.words))
        for item in node.items:
            yield from _adjacent(item)


def _exact_check(node: Node) -> Callable[[str], bool]:
    """Whether a text (``exact``: lower case) satisfies the query's positive words as typed
    (diacritics kept)."""
    cache: dict[Term, tuple[str, re.Pattern[str]]] = {}

    def found(term: Term, lowered: str) -> bool:
        if term not in cache:
            words = [exact(w) for w in term.words]
            cache[term] = (words[0], re.compile(_words_pattern(words, prefix=term.prefix,
                                                               fold_letters=False)))
        first, pattern = cache[term]
        # A substring test first: most texts lacking the word are told apart in C at once.
        return first in lowered and pattern.search(lowered) is not None

    def holds(n: Node, lowered: str) -> bool:
        if isinstance(n, Term):
            return found(n, lowered)
        if isinstance(n, Not):
            return holds(n.left, lowered)  # the folded match already excluded the NOT side
        test = all if isinstance(n, And) else any
        return test(holds(i, lowered) for i in n.items)

    return lambda lowered: holds(node, lowered)
