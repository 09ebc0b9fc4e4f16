"""Full-text search over the archive: SQLite FTS5 (Python's ``sqlite3``) under ``<archive>/search/``.

One index row per article: its latest live version (the ``articles`` view), removed articles
left out. The tokenizer (``unicode61 remove_diacritics 2``) folds case and every Vietnamese
diacritic in C, and đ/Đ is replaced by d/D before indexing, so "hoi nghi" finds "hội nghị" and
"Da Nang" finds "Đà Nẵng". Ranking is bm25 (title ``TITLE_WEIGHT`` times the body), doubled
where words typed side by side are found side by side (Vietnamese words are several
syllables; FTS5 finds the phrase among the ranked matches); for a query typed with
diacritics, the articles spelled exactly so come first among the best ``RERANK``.
Duplicate clusters collapse to their best-ranked copy.

The user's query is parsed here (words, "phrases", prefix*, AND/OR/NOT, parentheses,
``title:``) and re-emitted with every word as an FTS5 string literal, so no user text is ever
FTS5 syntax; the expression and every filter value travel as bound parameters. Filters are
tokens in a ``meta`` column (source, unit, year, month), so they narrow the FTS5 match itself;
a typed word is kept to the ``title`` and ``body`` (lead and text) columns, so it never
matches a filter token ("zy2021").

Cost: FTS5 scores every match (no top-k pruning) and its bm25 counts, per query, the rows
holding each word. So the text index is cut into shards (``fts_<n>``) of consecutive ids in
publication order, read newest first (older ones on a small thread pool when needed), and a
query matching more than ``RANK_WINDOW`` articles ranks its most recent ``RANK_WINDOW`` and
says from when (``Hits.window_full``, ``Hits.window_from``; ``window=None`` ranks all).
docs/search.md has the measurements.

Files: ``search/CURRENT`` names the live index file (``index-<stamp>-<random>.sqlite``, WAL
mode, so readers work while an indexer writes). Updates are incremental, in place, in
committed batches: only article versions not yet indexed are added, replaced versions and
removed articles are dropped. A rebuild (``rebuild=True``, another SQLite, or a change
touching most of the index) writes a new file and switches ``CURRENT`` atomically, so readers
never see a half-built index. One indexer at a time (``archive.locks.source_lock(root,
"_search")``); readers take no lock.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.compute as pc

from archive import layout
from archive.names import literal
from archive.schema import TIMEZONE

__all__ = [
    "RANK_WINDOW",
    "Hit",
    "Hits",
    "IndexResult",
    "SearchError",
    "SearchSyntaxError",
    "close_readers",
    "fold",
    "hits_table",
    "IndexState",
    "REBUILD_HINT",
    "can_update",
    "index_state",
    "index_status",
    "match_expressions",
    "matching_versions",
    "parse_query",
    "search",
    "snippet",
    "update_index",
]

logger = logging.getLogger(__name__)

SEARCH_DIR = "search"
CURRENT = "CURRENT"
#: Bumped when the index layout or the folding changes: an index of another version is rebuilt.
INDEX_VERSION = 1
#: bm25 weight of a title match relative to a body match.
TITLE_WEIGHT = 4.0
#: Documents per committed batch while indexing: readers see progress, the WAL stays small.
BATCH_DOCS = 5_000
#: An update replacing more than this share of the index builds a new file instead.
REBUILD_SHARE = 0.5
#: Words (leaves) a query may hold.
MAX_TERMS = 64
#: Parentheses a query may nest. The parser recurses (Python's recursion limit fell at ~250
#: levels), and FTS5's own parser overflowed its stack at 30-31 levels of operators in
#: groups (measured with the filters and the side-by-side boost added); no real query needs
#: more than a few.
MAX_DEPTH = 16
#: Matches ranked per query: a query matching up to this many is ranked over all of them, one
#: matching more ranks the most recently published this many (Hits.window_full/_from).
#: FTS5 scores a match in 3.5-4.5 us (enumerates one in 0.1-0.4 us) and never prunes: all
#: 438,249 matches of "giáo dục" in the 1M bench would take 1.5 s. At 100k articles, 2,000
#: gave p50 26 ms, 1,000 14-16 ms on the bench/search.py query set. (`portal-archive search
#: --help` names this number.)
RANK_WINDOW = 1_000
#: Best-ranked matches among which, for a query typed with diacritics, the articles holding
#: its words as typed come first (their text is read for this, a page at a time).
RERANK = 60
#: Score factor of a match holding the words of the query side by side (every ranked match:
#: FTS5 finds the phrase among them).
PHRASE_BOOST = 1.0
#: A changed shard of up to this many documents is merged into one segment after an update
#: (optimizing 25,000 articles takes ~1 s; see _compact).
COMPACT_DOCS = 4 * 25_000
#: A shard expected to hold fewer matches than the window needs is read in id order, up to
#: this many windows' worth, instead of newest first (see _ShardQuery).
ASCENDING_SPAN = 4
#: Documents per shard (fts_<n>): bm25's per-query statistics read every row of a shard
#: holding a query word, so a shard bounds that cost (bench/search.py).
SHARD_DOCS = 25_000

_LOCAL = ZoneInfo(TIMEZONE)


class SearchError(RuntimeError):
    """The index is missing, being built for the first time, or could not answer."""


class SearchSyntaxError(ValueError):
    """The query could not be parsed; the message says where and why."""


# -- folding ------------------------------------------------------------------------------------
def _fold_table() -> dict[int, str | None]:
    """Precomposed Latin letters -> their base letter (one code point to one), đ -> d,
    combining marks dropped: NFD + strip marks, done by ``str.translate`` in C."""
    table: dict[int, str | None] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and len(base) == 1:
            table[cp] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d"})
    table.update(dict.fromkeys(range(0x300, 0x370)))
    return table


_FOLD = _fold_table()
#: Stored in the index: an index whose tokens another SQLite (its Unicode tables) or another
#: layout made is rebuilt, because removing a document re-tokenizes its stored text and must
#: produce the very tokens it was indexed with.
_FOLD_ID = f"{INDEX_VERSION}/sqlite {sqlite3.sqlite_version}"


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Text as the index matches it: NFC, lower case, diacritics stripped, đ/Đ -> d."""
    return _nfc(text).lower().translate(_FOLD)


def exact(text: str) -> str:
    """Text lower-cased only (NFC): the form that ranks exact-diacritic matches first."""
    return _nfc(text).lower()


def _dfold(text: str) -> str:
    """What the folded table is given: FTS5's ``unicode61 remove_diacritics 2`` strips every
    Vietnamese diacritic and folds case in C, but keeps đ (a letter of its own, not d plus a
    mark)."""
    return text.replace("đ", "d").replace("Đ", "D")


_WORD = re.compile(r"\w+")


# -- query parsing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase (``words`` in order), optionally a prefix, optionally title-only."""

    words: tuple[str, ...]
    prefix: bool = False
    title_only: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class And:
    items: tuple
    implicit: bool = False  # written as words side by side: their phrase boosts the rank


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    left: object
    right: object


_OPERATORS = {"AND", "OR", "NOT"}


def _lex(query: str) -> list[tuple[str, object, int]]:
    """Tokens ``(kind, value, position)``: kind is ``(``, ``)``, ``op`` or ``term``."""
    out: list[tuple[str, object, int]] = []
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

    def peek(self) -> tuple[str, object, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self):
        if not self.tokens:
            raise SearchSyntaxError("empty query: give at least one word")
        node = self.parse_or()
        tok = self.peek()
        if tok is not None:
            raise SearchSyntaxError(f"unexpected {tok[1]!r} at position {tok[2] + 1}"
                                    + (": no ( opened it" if tok[0] == ")" else ""))
        return node

    def parse_or(self):
        items = [self.parse_not()]
        while (tok := self.peek()) is not None and tok[:2] == ("op", "OR"):
            self.pos += 1
            items.append(self.parse_not())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_not(self):
        node = self.parse_and()
        while (tok := self.peek()) is not None and tok[:2] == ("op", "NOT"):
            self.pos += 1
            node = Not(node, self.parse_and())
        return node

    def parse_and(self):
        items = [self.parse_unit()]
        implicit = True
        while (tok := self.peek()) is not None and tok[0] != ")" and tok[:2] not in (
                ("op", "OR"), ("op", "NOT")):
            if tok[:2] == ("op", "AND"):
                self.pos += 1
                implicit = False
            items.append(self.parse_unit())
        return items[0] if len(items) == 1 else And(tuple(items), implicit)

    def parse_unit(self):
        tok = self.peek()
        if tok is None:
            raise SearchSyntaxError("the query ends where a word was expected")
        kind, value, at = tok
        if kind == "term":
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


def parse_query(query: str):
    """Parse the user's query into a tree of Term/And/Or/Not; SearchSyntaxError if malformed."""
    return _Parser(query).parse()


def _string(words: Sequence[str]) -> str:
    """An FTS5 string literal: the only form user text ever takes in the MATCH expression."""
    text = " ".join(words)
    return '"' + text.replace('"', '""') + '"'


def _emit(node) -> str:
    """The FTS5 expression of ``node`` over the folded text."""
    if isinstance(node, Term):
        text = _string([_dfold(w) for w in node.words]) + (" *" if node.prefix else "")
        # Every word is kept to the text columns: the filter tokens of ``meta`` ("zy2021",
        # "zs*") are reached only by the filters (_Filter.clause), never by a typed word.
        return ("{title} : " if node.title_only else "{title body} : ") + text
    if isinstance(node, Not):
        return f"({_emit(node.left)}) NOT ({_emit(node.right)})"
    op = " OR " if isinstance(node, Or) else " AND "
    return op.join(f"({_emit(i)})" for i in node.items)


def _leaves(node, positive: bool = True) -> Iterator[tuple[Term, bool]]:
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


def match_expressions(node) -> Expressions:
    words = [w for term, _ in _leaves(node) for w in term.words]
    return Expressions(_emit(node), any(exact(w) != fold(w) for w in words))


def _adjacent(node) -> Iterator[Term]:
    """The phrases of words written side by side (marked as one passage when found so)."""
    if isinstance(node, Not):
        yield from _adjacent(node.left)
    elif isinstance(node, And | Or):
        if isinstance(node, And) and node.implicit and all(
                isinstance(i, Term) and not i.prefix for i in node.items):
            yield Term(tuple(w for t in node.items for w in t.words))
        for item in node.items:
            yield from _adjacent(item)


def _variants(lower: bool) -> dict[str, str]:
    """Base letter -> a regex class of the letters that fold to it: with ``lower``, the
    lower-case letters of the Vietnamese alphabet only (a -> [aàáảãạăằắẳẵặâầấẩẫậ], d -> [dđ];
    other consonants stay literal, which lets the regex engine skip ahead to them); else every
    Latin letter of either case."""
    marks = set("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")  # tones, ^, breve, horn
    groups: dict[str, set[str]] = {}
    for cp, base in _FOLD.items():
        ch = chr(cp)
        if not base:
            continue
        if lower:
            nfd = unicodedata.normalize("NFD", ch)
            if ch != "đ" and (ch.lower() != ch or nfd[0] not in "aeiouy" or not set(nfd[1:]) <= marks):
                continue
        first = {base.lower()} if lower else {base.lower(), base.upper()}
        groups.setdefault(base.lower(), first).add(ch)
    return {b: "[" + "".join(sorted(chars)) + "]" for b, chars in groups.items()}


_VARIANTS = {False: _variants(False), True: _variants(True)}


def _letter_patterns(word: str, lower: bool) -> list[str]:
    return [_VARIANTS[lower].get(c, re.escape(c)) for c in fold(word)]


def _words_pattern(words: Sequence[str], *, prefix: bool = False, lower: bool = True,
                   fold_letters: bool = True) -> str:
    r"""A regex finding ``words`` side by side as whole words, each letter matching its
    diacritic variants (``fold_letters``) or only itself. The start-of-word test follows
    the first letter (``h(?<!\wh)oi``, not ``(?<!\w)hoi``): a pattern that begins with a
    literal is searched several times faster."""
    letters = [_letter_patterns(w, lower) if fold_letters else [re.escape(c) for c in w]
               for w in words]
    letters = [w for w in letters if w]
    if not letters:
        return "(?!)"
    first = letters[0][0]
    body = r"\W+".join("".join(w) for w in letters)
    body = first + r"(?<!\w" + first + ")" + body[len(first):]
    return body + ("" if prefix else r"(?!\w)")


def _highlighter(node) -> re.Pattern[str] | None:
    """A regex over the lower-cased original text (any diacritics) that finds each positive
    word or phrase of the query: snippets mark the text as written."""
    alternatives = []
    terms = [term for term, positive in _leaves(node) if positive] + list(_adjacent(node))
    for term in terms:
        alternatives.append(_words_pattern(term.words, prefix=term.prefix) + (r"\w*" if term.prefix else ""))
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # a phrase before its own words
    return re.compile("|".join(alternatives))


def snippet(text: str, pattern: re.Pattern[str] | None, *, width: int = 240,
            mark: tuple[str, str] = ("<mark>", "</mark>")) -> str:
    """The passage of ``text`` (original spelling, diacritics kept) holding the most query
    matches, matches wrapped in ``mark``; the start of the text when nothing matches."""
    text = _nfc(text or "")
    spans: list[tuple[int, int]] = []
    if pattern is not None and text:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
            lowered, pattern = text, re.compile(pattern.pattern, re.IGNORECASE)
        spans = [m.span() for m in pattern.finditer(lowered)]
    if spans:
        # The window starting a little before the match that has the most matches after it.
        best, best_count = 0, -1
        for i, (s, _) in enumerate(spans):
            count = sum(1 for _, e2 in spans[i:i + 50] if e2 <= s + width)
            if count > best_count:
                best, best_count = i, count
        start = max(0, spans[best][0] - width // 6)
    else:
        start = 0
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:end])
    passage = " ".join("".join(out).split())
    return ("…" if start else "") + passage + ("…" if end < len(text) else "")


# -- the index file -----------------------------------------------------------------------------
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs (
    id INTEGER PRIMARY KEY,  -- the FTS rowid: ids follow publication order within each update
    article_id TEXT NOT NULL UNIQUE,
    version_id TEXT NOT NULL,
    source TEXT NOT NULL,
    unit TEXT,
    unit_f TEXT,             -- folded, for --unit
    published INTEGER,       -- microseconds since the epoch (UTC)
    cluster_id TEXT,
    url TEXT,
    title TEXT
);
CREATE INDEX docs_cluster ON docs (cluster_id);
-- lead and text, compressed (_pack): for snippets, the exact-diacritic check, and removals (a
-- contentless FTS5 table forgets a row only when given the very text it indexed).
CREATE TABLE bodies (id INTEGER PRIMARY KEY, body BLOB);
-- Diacritics and case folded in C by the tokenizer; đ/Đ -> d/D before (_dfold).
-- The text index is cut into shards (fts_<n>) of SHARD_DOCS consecutive ids each: bm25's
-- per-query statistics cost a pass over a shard's rows holding each word, not the archive's.
CREATE TABLE shards (
    n INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    first_published INTEGER,
    last_published INTEGER,
    undated INTEGER NOT NULL DEFAULT 0  -- documents without a publication date
);
"""
# meta: one token per filter value (source, unit, year, month: _meta_tokens), so a filter is
# one more AND in the MATCH, which FTS5 answers by seeking, not by reading every match.
_SHARD = """
CREATE VIRTUAL TABLE fts_{n} USING fts5 (
    title, body, meta, content = '', tokenize = 'unicode61 remove_diacritics 2'
)
"""


def _search_dir(root: Path) -> Path:
    return Path(root) / SEARCH_DIR


def _current_path(root: Path) -> Path | None:
    """The live index file named by ``search/CURRENT``, or None."""
    try:
        name = (_search_dir(root) / CURRENT).read_text().strip()
    except FileNotFoundError:
        return None
    path = _search_dir(root) / name
    if "/" in name or not name.startswith("index-") or not path.exists():
        return None
    return path


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly and not layout.writable(path.parent):
        con = _connect_unwritable(path)
    else:
        con = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    if readonly:
        con.execute("PRAGMA query_only = 1")
        # Pages read through a memory map and a 64 MiB cache: a common word's posting lists
        # span megabytes, and SQLite's 2 MiB default cache would copy them in for every query.
        con.execute("PRAGMA mmap_size = 2147418112")
        con.execute("PRAGMA cache_size = -65536")
    else:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS5 segment merges stay in memory
    return con


def _connect_unwritable(path: Path) -> sqlite3.Connection:
    """The index in a folder this process cannot write to (a read-only mount, another user's
    archive), opened so that SQLite never tries to. While an indexer has the file open, its
    ``-shm`` file exists and is read (``mode=ro``). Otherwise nothing is writing the file,
    and it is opened ``immutable``: a read-only connection would create the ``-shm`` file
    where it can (as root, anywhere), and fail where it cannot. (An indexer the folder's
    owner starts while this connection reads can make a search fail.)"""
    uri = path.resolve().as_uri()  # percent-encoded: '?', '#' or '%' in a path stay the path's
    shm = path.with_name(path.name + "-shm")
    options = "mode=ro" if shm.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{options}", uri=True, timeout=30, isolation_level=None,
                           check_same_thread=False)


def _meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _publish_pointer(root: Path, name: str) -> None:
    """Point ``CURRENT`` at ``name`` atomically (write, fsync, rename, fsync the folder)."""
    folder = _search_dir(root)
    tmp = folder / f".{CURRENT}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    with open(tmp, "w") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / CURRENT)
    _fsync_dir(folder)


def _sweep(root: Path, keep: Path | None) -> None:
    """Remove index files other than the live one: an index a rebuild replaced, or a rebuild
    that crashed. Runs under the indexer lock, so no other writer owns them; a reader that
    still has an old file open keeps reading it."""
    folder = _search_dir(root)
    for path in folder.glob("index-*"):
        if keep is None or path.name.split(".sqlite")[0] != keep.name.split(".sqlite")[0]:
            path.unlink(missing_ok=True)
    for path in folder.glob(f".{CURRENT}.*"):
        path.unlink(missing_ok=True)


# -- updating ------------------------------------------------------------------------------------
@dataclass
class IndexResult:
    added: int = 0  # articles (re)indexed
    removed: int = 0  # index rows dropped: replaced versions and removed articles
    reclustered: int = 0  # rows whose duplicate cluster changed
    documents: int = 0  # articles in the index afterwards
    rebuilt: bool = False
    up_to_date: bool = False  # nothing had changed since the last update
    seconds: dict[str, float] = field(default_factory=dict)


def _fingerprint(root: Path, parts: list[str]) -> str:
    """What the index was built from: the rows of the article parts, and the clusters file.
    Rows are named by the ordinary parts that brought them (``layout.part_content``: a
    compacted part names the parts it merged), so a compaction, which only moves rows
    between files, leaves the fingerprint as it was, and any new part changes it."""
    items: set[str] = set()
    for p in parts:
        try:
            items.update(layout.part_content(root, p))
        except FileNotFoundError:
            items.add(f"{p}:gone")
    ordered = sorted(items)
    try:
        st = (Path(root) / "dedup" / "clusters.parquet").stat()
        ordered.append(f"clusters:{st.st_size}:{st.st_mtime_ns}")
    except FileNotFoundError:
        pass
    return f"{zlib.crc32(chr(10).join(ordered).encode())}/{len(ordered)}"


#: What to do about a damaged index.
REBUILD_HINT = "`portal-archive index --rebuild` makes a new one"


@dataclass(frozen=True)
class IndexState:
    """The live index: ``missing``, ``damaged`` (``detail`` says why), ``behind`` the
    archive (article rows or clusters it has not indexed), or ``current``."""

    state: str
    detail: str = ""


def index_state(root: Path | str, *, thorough: bool = False) -> IndexState:
    """The state of the live index, reading it only (a read-only archive is fine).
    ``thorough`` also checks every page of the file (``PRAGMA quick_check``: a full read,
    what ``portal-archive verify`` does); without it, a damage deeper than the file's header
    and its ``meta`` table shows only when a search reaches it."""
    from archive.reader import Archive

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    pointer = _search_dir(root) / CURRENT
    if not pointer.exists():
        return IndexState("missing")
    path = _current_path(root)
    if path is None:
        try:
            name = pointer.read_text(errors="replace").strip()[:80]
        except OSError as exc:
            name = str(exc)
        return IndexState("damaged", f"{pointer} names no index file ({name!r})")
    try:
        con = _connect(path, readonly=True)
        try:
            stored = _meta(con, "fingerprint")
            if thorough:
                found = [row[0] for row in con.execute("PRAGMA quick_check").fetchall()]
                if found != ["ok"]:
                    return IndexState("damaged", f"{path}: {found[0]}")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return IndexState("damaged", f"{path}: {exc}")
    with Archive(root) as archive:
        parts = archive.article_parts()
    if stored != _fingerprint(root, parts):
        return IndexState("behind", "article rows or duplicate clusters changed since it was built")
    return IndexState("current")


def index_status(root: Path | str) -> tuple[bool, bool]:
    """``(exists, up_to_date)``: whether an index exists (a damaged one too), and whether it
    covers every published article row and the current duplicate clusters."""
    state = index_state(root).state
    return state != "missing", state == "current"


def can_update(root: Path | str) -> bool:
    """Whether this process may write the index: the archive's folder, and the folders an
    update writes in (the index's, the locks', the staging one) where they exist. Searching
    never updates an index it could not; it says the index is behind instead."""
    from archive.writer import STAGING_DIR

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    return all(layout.writable(folder) for folder in
               (root, _search_dir(root), root / ".locks", root / STAGING_DIR) if folder.exists())


def update_index(root: Path | str, *, rebuild: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> IndexResult:
    """Bring the search index up to date with the archive; returns what changed.

    Only articles whose latest live version is not yet indexed are (re)indexed; rows of
    replaced versions and removed articles are dropped. ``rebuild`` writes a new index from
    scratch (readers keep the old one until it is complete). Raises
    :class:`archive.locks.SourceBusy` when another indexer is running. ``progress(done,
    total)`` is called as articles are written.
    """
    from archive.locks import source_lock
    from archive.reader import Archive

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    result = IndexResult()
    tick = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal tick
        now = time.perf_counter()
        result.seconds[name] = round(now - tick, 2)
        tick = now

    with source_lock(root, "_search"):
        _search_dir(root).mkdir(parents=True, exist_ok=True)
        con = _open_for_update(root) if not rebuild else None
        try:
            with Archive(root) as archive:
                parts = archive.article_parts()
                fingerprint = _fingerprint(root, parts)
                if con is not None and _meta(con, "fingerprint") == fingerprint:
                    result.documents = con.execute("SELECT count(*) FROM docs").fetchone()[0]
                    result.up_to_date = True
                    return result
                _spill_to_staging(archive, root)
                wanted = _table(archive.sql(
                    "SELECT article_id, version_id, cluster_id FROM articles WHERE removed_at IS NULL"))
                lap("list")
                if con is not None and not _update_in_place(con, archive, wanted, result, progress):
                    con.close()
                    con = None
                if con is None:
                    _rebuild(root, archive, wanted.num_rows, fingerprint, result, progress, lap)
                    result.documents = wanted.num_rows
                else:
                    _set_meta(con, "fingerprint", fingerprint)
                    lap("index")
                    result.documents = con.execute("SELECT count(*) FROM docs").fetchone()[0]
        finally:
            if con is not None:
                con.close()
            sweep_spill(root)
    return result


def _open_for_update(root: Path) -> sqlite3.Connection | None:
    """The live index, open for writing; None when there is none or it must be rebuilt."""
    current = _current_path(root)
    if current is None:
        return None
    con = None
    try:
        con = _connect(current)
        if _meta(con, "layout") == _FOLD_ID:
            return con
        logger.warning("search index %s was made by another version: rebuilding", current)
    except sqlite3.DatabaseError as exc:
        logger.warning("search index %s unreadable (%s): rebuilding", current, exc)
    if con is not None:
        con.close()
    return None


def _spill_to_staging(archive, root: Path) -> None:
    """DuckDB spill files (sorting a rebuild's rows) in this process's staging folder, which
    the next writer sweeps after a crash (DuckDB's default is ./.tmp)."""
    from archive.writer import _staging_dir

    spill = str(_staging_dir(root)).replace("'", "''")
    archive.con.sql(f"SET temp_directory = {literal(str(spill))}")


def sweep_spill(root: Path) -> None:
    from archive.writer import _staging_dir

    for leftover in _staging_dir(root).glob("duckdb_temp*"):
        leftover.unlink(missing_ok=True)


def _table(rel) -> pa.Table:
    from archive.reader import to_arrow

    return to_arrow(rel)


def _rebuild(root: Path, archive, total: int, fingerprint: str, result: IndexResult, progress,
             lap) -> None:
    """A new index file from every latest live version; ``CURRENT`` switches to it at the end."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = _search_dir(root) / f"index-{stamp}-{uuid.uuid4().hex[:8]}.sqlite"
    con = _connect(path)
    try:
        con.executescript(_SCHEMA)
        _set_meta(con, "layout", _FOLD_ID)
        _set_meta(con, "created_at", datetime.now(UTC).isoformat())
        result.rebuilt = True
        _insert_versions(con, archive, None, result, progress, total=total, plan=_shard_plan(total))
        lap("index")
        # New articles go to the newest shard until it holds SHARD_DOCS.
        con.execute("UPDATE shards SET capacity = max(capacity, ?) WHERE n = (SELECT max(n) FROM shards)",
                    (SHARD_DOCS,))
        # One segment per shard: fewer b-tree probes per query word than many small ones.
        for (n,) in con.execute("SELECT n FROM shards").fetchall():
            con.execute(f"INSERT INTO fts_{n} (fts_{n}) VALUES ('optimize')")
        _set_meta(con, "fingerprint", fingerprint)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lap("optimize")
    except BaseException:
        con.close()
        for leftover in _search_dir(root).glob(path.name + "*"):
            leftover.unlink(missing_ok=True)
        raise
    con.close()
    _publish_pointer(root, path.name)
    _sweep(root, path)


def _update_in_place(con, archive, wanted: pa.Table, result: IndexResult, progress) -> bool:
    """Apply the difference between the index and ``wanted``; False (nothing changed) when
    it is so large that a rebuild is cheaper."""
    import duckdb

    rows = con.execute("SELECT id, article_id, version_id, cluster_id FROM docs").fetchall()
    have = pa.table([pa.array(col, typ) for col, typ in zip(
        zip(*rows, strict=True) if rows else ([], [], [], []),
        (pa.int64(), pa.string(), pa.string(), pa.string()), strict=True)],
        names=["id", "article_id", "version_id", "cluster_id"])
    diff = duckdb.connect()
    try:
        diff.register("have", have)
        diff.register("wanted", wanted)
        drop = [r[0] for r in diff.sql(
            "SELECT id FROM have ANTI JOIN wanted USING (article_id, version_id)").fetchall()]
        add = _table(diff.sql("SELECT article_id, version_id, cluster_id FROM wanted "
                              "ANTI JOIN have USING (article_id, version_id)"))
        recluster = diff.sql(
            "SELECT w.cluster_id, h.id FROM have h JOIN wanted w USING (article_id, version_id) "
            "WHERE h.cluster_id IS DISTINCT FROM w.cluster_id").fetchall()
    finally:
        diff.close()
    if len(rows) > BATCH_DOCS and len(drop) + add.num_rows > REBUILD_SHARE * len(rows):
        return False
    shards = _shards(con)
    newest = shards[0][0] if shards else -1
    touched = {sh[0] for sh in shards for i in drop if sh[1] <= i <= sh[2]} if drop else set()
    for start in range(0, len(drop), BATCH_DOCS):
        with _transaction(con):
            _delete(con, drop[start:start + BATCH_DOCS])
    result.removed = len(drop)
    if recluster:
        with _transaction(con):
            con.executemany("UPDATE docs SET cluster_id = ? WHERE id = ?", recluster)
        result.reclustered = len(recluster)
    if add.num_rows:
        _insert_versions(con, archive, add, result, progress, total=add.num_rows)
        touched |= {sh[0] for sh in _shards(con) if sh[0] >= newest}
    _compact(con, touched)
    return True


def _compact(con: sqlite3.Connection, shards: set[int]) -> None:
    """Merge each changed shard of up to ``COMPACT_DOCS`` documents into one segment again.
    Every update leaves new segments in the shards it wrote to, and FTS5 reads a term's
    matches newest first (what every query does) far slower across several segments: in a
    newest shard of 12,500 articles after two updates, 3.7-5.9 ms instead of 0.7-1.1 ms for
    a 4-syllable phrase. Bigger shards, rarely changed, are left to FTS5's automerge."""
    sizes = {n: last - first + 1 for n, first, last, *_ in _shards(con)}
    for n in sorted(shards):
        if n in sizes and sizes[n] <= COMPACT_DOCS:
            con.execute(f"INSERT INTO fts_{n} (fts_{n}) VALUES ('optimize')")


class _transaction:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *exc: object) -> None:
        self.con.execute("COMMIT" if kind is None else "ROLLBACK")


def _shards(con: sqlite3.Connection) -> list[tuple]:
    """``(n, first_id, last_id, first_published, last_published, undated)``, newest first."""
    return con.execute("SELECT n, first_id, last_id, first_published, last_published, undated "
                       "FROM shards ORDER BY n DESC").fetchall()


def _delete(con: sqlite3.Connection, ids: list[int]) -> None:
    """Remove documents: a contentless FTS5 table forgets a row only when given the very
    values it indexed, re-made here from the stored title, body and filter fields."""
    marks = ",".join("?" * len(ids))
    rows = con.execute(f"SELECT d.id, d.title, b.body, d.source, d.unit, d.published FROM docs d "
                       f"LEFT JOIN bodies b ON b.id = d.id WHERE d.id IN ({marks})", ids).fetchall()
    shards = _shards(con)
    for i, title, body, source, unit, published in rows:
        n = next(sh[0] for sh in shards if sh[1] <= i <= sh[2])
        con.execute(f"INSERT INTO fts_{n} (fts_{n}, rowid, title, body, meta) VALUES ('delete', ?, ?, ?, ?)",
                    (i, _dfold(title or ""), _dfold(_unpack(body)), _meta_tokens(source, unit, published)))
    con.execute(f"DELETE FROM docs WHERE id IN ({marks})", ids)
    con.execute(f"DELETE FROM bodies WHERE id IN ({marks})", ids)


def _shard_plan(total: int) -> list[int]:
    """Documents per shard for a rebuild of ``total`` documents, oldest first: the newest
    shards hold ``SHARD_DOCS`` (a common word's statistics pass stays short), older ones
    ``2 * SHARD_DOCS``; no shard holds fewer than half ``SHARD_DOCS`` unless the archive does
    (its bm25 statistics would be noise). Older shards were once up to 8 times bigger (fewer
    shards for a rare word to visit), but bm25's statistics pass runs over the whole of each
    shard holding a match: at 1M articles, a 4-syllable phrase with one match in each of two
    200,000-article shards spent ~20 ms in each, against ~0.2 ms of fixed cost per shard
    visited (bench/search.py)."""
    sizes: list[int] = []
    size, left = SHARD_DOCS, total
    while left > 0:
        sizes.append(min(size, left))
        left -= size
        if len(sizes) >= 2:
            size = min(size * 2, 2 * SHARD_DOCS)
    if len(sizes) > 1 and sizes[-1] < SHARD_DOCS // 2:
        last = sizes.pop()  # (popped first: `sizes[-2] += sizes.pop()` writes one slot off)
        sizes[-1] += last
    return sizes[::-1]


def _open_shard(con: sqlite3.Connection, n: int, first_id: int, capacity: int) -> tuple[int, int, int, int]:
    con.execute(_SHARD.format(n=n))
    shard = (n, first_id, first_id - 1, capacity)
    con.execute("INSERT INTO shards (n, first_id, last_id, capacity) VALUES (?, ?, ?, ?)", shard)
    return shard


def _split(con: sqlite3.Connection, shard: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """A full newest shard gives its newer half to a new shard (returned), so that the shard
    new documents go to never starts empty: bm25 over a handful of rows ranks at random."""
    n, first, last, _ = shard
    mid = first + (last - first + 1) // 2
    moved = con.execute("SELECT d.id, d.title, b.body, d.source, d.unit, d.published FROM docs d "
                        "LEFT JOIN bodies b ON b.id = d.id WHERE d.id BETWEEN ? AND ? ORDER BY d.id",
                        (mid, last)).fetchall()
    rows = []
    for i, title, body, source, unit, published in moved:
        values = (i, _dfold(title or ""), _dfold(_unpack(body)), _meta_tokens(source, unit, published))
        con.execute(f"INSERT INTO fts_{n} (fts_{n}, rowid, title, body, meta) VALUES ('delete', ?, ?, ?, ?)",
                    values)
        rows.append((*values, published))
    con.execute("UPDATE shards SET last_id = ?1, capacity = ?1 - first_id + 1, "
                "first_published = (SELECT min(published) FROM docs WHERE id BETWEEN ?2 AND ?1), "
                "last_published = (SELECT max(published) FROM docs WHERE id BETWEEN ?2 AND ?1), "
                "undated = (SELECT count(*) FROM docs WHERE id BETWEEN ?2 AND ?1 AND published IS NULL) "
                "WHERE n = ?3", (mid - 1, first, n))
    new = _open_shard(con, n + 1, mid, SHARD_DOCS)
    if rows:
        new = _add_to_shards(con, new, rows, None)
    return (new[0], new[1], max(new[2], last), new[3])


def _add_to_shards(con: sqlite3.Connection, shard: tuple[int, int, int, int] | None,
                   rows: list[tuple], plan: list[int] | None) -> tuple[int, int, int, int]:
    """Insert FTS rows ``(id, title, body, meta, published)`` (ids ascending, above every
    indexed id) into the newest shard while it has room; then, in a rebuild, into the next
    shard of ``plan``, else into the newer half of the full shard split in two. Returns the
    newest ``(n, first, last, capacity)``."""
    i = 0
    while i < len(rows):
        if shard is None:
            shard = _open_shard(con, 0, rows[i][0], plan[0] if plan else SHARD_DOCS)
        elif shard[2] - shard[1] + 1 >= shard[3]:
            if plan is not None:
                n = shard[0] + 1
                shard = _open_shard(con, n, rows[i][0], plan[n] if n < len(plan) else SHARD_DOCS)
            else:
                shard = _split(con, shard)
        n, first, last, capacity = shard
        chunk = rows[i:i + capacity - (last - first + 1)]
        con.executemany(f"INSERT INTO fts_{n} (rowid, title, body, meta) VALUES (?, ?, ?, ?)",
                        [r[:4] for r in chunk])
        dated = [r[4] for r in chunk if r[4] is not None]
        con.execute("UPDATE shards SET last_id = ?, undated = undated + ?, "
                    "first_published = min(coalesce(first_published, ?), coalesce(?, first_published)), "
                    "last_published = max(coalesce(last_published, ?), coalesce(?, last_published)) "
                    "WHERE n = ?", (chunk[-1][0], len(chunk) - len(dated),
                                    *(2 * [min(dated) if dated else None]),
                                    *(2 * [max(dated) if dated else None]), n))
        shard = (n, first, chunk[-1][0], capacity)
        i += len(chunk)
    return shard


def _pack(text: str) -> bytes:
    """A body as stored: its UTF-8 length (4 bytes) and zstd frame (pyarrow's codec: several
    times faster than zlib both ways, which snippets and the exact check feel)."""
    data = text.encode()
    return len(data).to_bytes(4, "little") + pa.compress(data, codec="zstd", asbytes=True)


def _unpack(body: bytes | None) -> str:
    if not body:
        return ""
    size = int.from_bytes(body[:4], "little")
    return pa.decompress(body[4:], decompressed_size=size, codec="zstd", asbytes=True).decode()


_FETCH = """
SELECT a.article_id, a.version_id, a.source, a.unit,
       epoch_us(a.published_at) AS published, a.cluster_id, a.url, a.title,
       CASE WHEN coalesce(a.lead, '') = '' THEN coalesce(a.text, '')
            ELSE a.lead || chr(10) || chr(10) || coalesce(a.text, '') END AS body
FROM articles a
"""


#: The versions named in ``only`` (with their cluster) from the parts ``src`` holding them;
#: a version stored twice is read once.
_FETCH_ADDED = """
SELECT a.article_id, a.version_id, a.source, a.unit, epoch_us(a.published_at) AS published,
       n.cluster_id, a.url, a.title,
       CASE WHEN coalesce(a.lead, '') = '' THEN coalesce(a.text, '')
            ELSE a.lead || chr(10) || chr(10) || coalesce(a.text, '') END AS body
FROM ({src}) a JOIN {only} n USING (article_id, version_id)
WHERE NOT coalesce(a.removed, false)
QUALIFY row_number() OVER (PARTITION BY a.article_id ORDER BY a.fetched_at DESC) = 1
"""


def _insert_versions(con, archive, only: pa.Table | None, result: IndexResult, progress,
                     *, total: int, plan: list[int] | None = None) -> None:
    """Index the latest live versions (all, or those in ``only``) in committed batches, in
    publication order: ids then follow it, and a query matching more articles than it ranks
    ranks the most recent (``RANK_WINDOW``)."""
    order = " ORDER BY a.published_at NULLS FIRST, a.fetched_at, a.article_id"
    if only is None:
        rel = archive.sql(_FETCH + " WHERE a.removed_at IS NULL" + order)
    else:
        name = f"_index_add_{uuid.uuid4().hex[:8]}"
        archive.con.register(name, only)
        # Text is read only from the parts holding the versions to add, found by their ids:
        # through the articles view, every part's text was read (at 1M articles, 28 s of the
        # 45 s that adding 10k took).
        keys = archive.con.read_parquet(archive.article_parts(), filename=True, union_by_name=True,
                                        hive_partitioning=False)
        files = sorted(r[0] for r in archive.con.sql(
            f"SELECT DISTINCT k.filename FROM ({keys.sql_query()}) k SEMI JOIN {name} n USING (version_id)"
        ).fetchall())
        if not files:
            return
        src = archive.con.read_parquet(files, union_by_name=True, hive_partitioning=False)
        rel = archive.sql(_FETCH_ADDED.format(src=src.sql_query(), only=name) + order)
    shard = con.execute("SELECT n, first_id, last_id, capacity FROM shards "
                        "ORDER BY n DESC LIMIT 1").fetchone()
    top = con.execute("SELECT max(id) FROM docs").fetchone()[0] or 0
    next_id = max(shard[2] if shard else 0, top) + 1
    done = 0
    years = [int(y) for y in (_meta(con, "first_year"), _meta(con, "last_year")) if y]
    for batch in (getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch)(BATCH_DOCS):
        cols = {name: batch.column(name).to_pylist() for name in batch.schema.names}
        docs, bodies, fts = [], [], []
        for k in range(batch.num_rows):
            doc_id = next_id + k
            title, body, unit = _nfc(cols["title"][k] or ""), _nfc(cols["body"][k] or ""), cols["unit"][k]
            docs.append((doc_id, cols["article_id"][k], cols["version_id"][k], cols["source"][k],
                         unit, fold(unit).strip() if unit else None, cols["published"][k],
                         cols["cluster_id"][k], cols["url"][k], title))
            bodies.append((doc_id, _pack(body)))
            fts.append((doc_id, _dfold(title), _dfold(body),
                        _meta_tokens(cols["source"][k], unit, cols["published"][k]), cols["published"][k]))
        years += [datetime.fromtimestamp(p / 1e6, UTC).astimezone(_LOCAL).year
                  for p in pc.min_max(batch.column("published")).as_py().values() if p is not None]
        with _transaction(con):
            if years:  # the span a date filter without one of its bounds reaches to
                _set_meta(con, "first_year", str(min(years)))
                _set_meta(con, "last_year", str(max(years)))
            con.executemany("INSERT INTO docs (id, article_id, version_id, source, unit, unit_f, "
                            "published, cluster_id, url, title) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
            con.executemany("INSERT INTO bodies (id, body) VALUES (?, ?)", bodies)
            shard = _add_to_shards(con, shard, fts, plan)
        next_id += batch.num_rows
        done += batch.num_rows
        result.added += batch.num_rows
        if progress is not None:
            progress(done, total)


# -- searching -----------------------------------------------------------------------------------
@dataclass
class Hit:
    rank: int
    score: float  # bm25 over the folded text, higher is better
    exact: bool  # the query's words are found with the diacritics as typed
    title: str
    source: str
    published_at: datetime | None
    unit: str | None
    url: str
    snippet: str
    article_id: str
    version_id: str
    cluster_id: str | None
    copies: int  # other indexed articles in the same duplicate cluster


class Hits(list):
    """Hits, best first. ``window_full``: more articles matched than were ranked
    (``RANK_WINDOW``), so the best of the most recently published ones were returned;
    ``window_from``: the publication time of the oldest of those."""

    window_full: bool = False
    window_from: datetime | None = None


def _moment(value: date | datetime | str | None, name: str) -> int | None:
    """A --since/--until bound as epoch microseconds; naive values are portal local time."""
    from archive.dates import date_bound

    try:
        value = date_bound(value)
    except ValueError as exc:
        raise SearchSyntaxError(f"{name}: {exc}") from None
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=_LOCAL)
    return int(value.timestamp() * 1_000_000)


def _token(kind: str, value: str) -> str:
    """A filter token: ``z`` + kind + hex, one FTS5 token that no word of a text resembles."""
    return "z" + kind + hashlib.blake2b(value.encode(), digest_size=8).hexdigest()


def _meta_tokens(source: str | None, unit: str | None, published: int | None) -> str:
    """The ``meta`` column of a document: its source, unit, year and month as tokens."""
    tokens = [_token("s", source or "")]
    if unit and unit.strip():
        tokens.append(_token("u", fold(unit).strip()))
    if published is not None:
        day = datetime.fromtimestamp(published / 1e6, UTC).astimezone(_LOCAL)
        tokens += [f"zy{day.year}", f"zm{day.year}{day.month:02d}"]
    return " ".join(tokens)


def _date_tokens(lo: int | None, hi: int | None, years: tuple[int, int]) -> list[str]:
    """Year and month tokens covering [lo, hi) (whole years as one token, the months of
    partial years one each): a superset that the exact comparison then trims."""
    first = datetime.fromtimestamp(lo / 1e6, UTC).astimezone(_LOCAL) if lo is not None else None
    last = datetime.fromtimestamp((hi - 1) / 1e6, UTC).astimezone(_LOCAL) if hi is not None else None
    y0 = first.year if first else years[0]
    y1 = last.year if last else years[1]
    tokens = []
    for year in range(max(y0, years[0]), min(y1, years[1]) + 1):
        m0 = first.month if first and year == first.year else 1
        m1 = last.month if last and year == last.year else 12
        if (m0, m1) == (1, 12):
            tokens.append(f"zy{year}")
        else:
            tokens += [f"zm{year}{m:02d}" for m in range(m0, m1 + 1)]
    return tokens


@dataclass
class _Filter:
    tokens: list[str]  # FTS5 clauses over the filter tokens: source, unit
    dates: str  # the date tokens' clause ("" when no date bound)
    lo: int | None  # published >= lo
    hi: int | None  # published < hi
    empty: bool = False  # the filter can match nothing (dates outside the archive)

    def clause(self, *, dates: bool) -> str:
        parts = self.tokens + ([self.dates] if dates and self.dates else [])
        return "{meta} : (" + " AND ".join(parts) + ")" if parts else ""

    def covers(self, shard: tuple) -> bool | None:
        """True: every dated document of ``shard`` is within the dates (and it has no
        undated one), False: none is, None: some may be."""
        if self.lo is None and self.hi is None:
            return True
        _, _, _, first, last, undated = shard
        if first is None or (self.lo is not None and last < self.lo) or \
                (self.hi is not None and first >= self.hi):
            return False
        inside = (self.lo is None or first >= self.lo) and (self.hi is None or last < self.hi)
        return True if inside and not undated else None


def _filter(con: sqlite3.Connection, source: str | None, unit: str | None, since, until) -> _Filter:
    tokens = []
    if source:
        tokens.append(f'"{_token("s", source)}"')
    if unit and unit.strip():
        tokens.append(f'"{_token("u", fold(unit).strip())}"')
    lo, hi = _moment(since, "since"), _moment(until, "until")
    dates, empty = "", False
    if lo is not None or hi is not None:
        years = (int(_meta(con, "first_year") or 1900), int(_meta(con, "last_year") or 2100))
        found = _date_tokens(lo, hi, years)
        dates = "(" + " OR ".join(f'"{t}"' for t in found) + ")" if found else ""
        empty = not found
    return _Filter(tokens, dates, lo, hi, empty)


#: Open reader connections, per thread and index folder (most recent last): a connection
#: reads each shard's FTS5 structure once, which costs a first query several milliseconds.
_READERS: OrderedDict[tuple[int, str], tuple[str, sqlite3.Connection]] = OrderedDict()
_READERS_LOCK = threading.Lock()
#: Room for a few callers' threads and the pool's, per index.
_MAX_READERS = 32
#: Threads that query shards side by side (SQLite releases the GIL while a statement runs),
#: when a query needs several shards. 1 (the caller's thread only) by default: on this
#: 2-core machine, kept busy by other work during every measurement, 2 were no faster
#: (docs/search.md); a machine with idle cores may set more (bench/search.py --threads).
SEARCH_THREADS = 1
_POOL: ThreadPoolExecutor | None = None


def _reset_after_fork() -> None:
    """A forked child has none of the parent's threads, and must not share its connections."""
    global _POOL, _READERS_LOCK
    _POOL = None
    _READERS_LOCK = threading.Lock()
    _READERS.clear()


os.register_at_fork(after_in_child=_reset_after_fork)


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _READERS_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="search")
        return _POOL


def _reader(root: Path) -> tuple[str, sqlite3.Connection]:
    """This thread's read connection to the live index and the index file's name; reused
    while ``CURRENT`` names the same file (a rebuild switching it closes the old one)."""
    folder = _search_dir(root)
    try:
        name = (folder / CURRENT).read_text().strip()
    except FileNotFoundError:
        name = ""
    key = (threading.get_ident(), str(folder))
    with _READERS_LOCK:
        cached = _READERS.pop(key, None)
        if cached is not None and cached[0] == name:
            _READERS[key] = cached
            return cached
    if cached is not None:
        cached[1].close()
    path = _current_path(root)
    if path is None:
        raise SearchError(f"no search index in {root}: run `portal-archive index` first")
    try:
        entry = (path.name, _connect(path, readonly=True))
    except sqlite3.DatabaseError as exc:
        raise SearchError(f"the search index {path} is damaged ({exc}); {REBUILD_HINT}") from exc
    with _READERS_LOCK:
        _READERS[key] = entry
        while len(_READERS) > _MAX_READERS:
            _READERS.popitem(last=False)[1][1].close()
    return entry


def _open_reader(root: Path) -> sqlite3.Connection:
    """A read connection to the live index (reused while ``CURRENT`` names the same file)."""
    return _reader(root)[1]


def close_readers() -> None:
    """Close the cached read connections (a rebuilt index's old file is released at once)."""
    with _READERS_LOCK:
        while _READERS:
            _READERS.popitem()[1][1].close()


def _run(con: sqlite3.Connection, sql: str, params: Sequence) -> list[tuple]:
    try:
        return con.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"the search index could not answer: {exc}") from exc


class _Replaced(Exception):
    """The live index file changed between the caller's connection and a pool thread's."""


@dataclass
class _ShardQuery:
    """One shard's part of a query: its newest matches, scored (``sql``), and which of them
    hold the query's words side by side (``near``); run in the caller's thread or a pool thread."""

    root: Path
    name: str  # the index file the caller reads: a pool thread must read the same one
    sql: str
    params: list
    near: str | None  # FTS5 expression of the words typed side by side, or None
    n: int  # the shard
    limit: int | None  # the newest this many (and one more, telling that there are more)
    ascending: bool  # expected to hold fewer than ``limit`` matches: read them in id order
    cancelled: bool = False
    con: sqlite3.Connection | None = None

    def _scored(self, con: sqlite3.Connection) -> list[tuple[int, float]]:
        if self.limit is None:
            return _run(con, self.sql, self.params)
        if self.ascending:
            # FTS5 reads a term's matches in id order faster than newest first (0.7 against
            # 1.1 ms in a shard of 25,000 for a rare phrase). If the shard holds more than
            # ASCENDING_SPAN windows, it is read again newest first, which a window needs.
            cap = ASCENDING_SPAN * (self.limit + 1)
            scored = _run(con, self.sql + " LIMIT ?", [*self.params, cap])
            if len(scored) < cap:
                scored.sort(key=lambda r: -r[0])
                return scored[:self.limit + 1]
        return _run(con, self.sql + " ORDER BY f.rowid DESC LIMIT ?", [*self.params, self.limit + 1])

    def run(self, con: sqlite3.Connection | None = None) -> tuple[list[tuple[int, float]], set[int]]:
        if con is None:
            name, con = _reader(self.root)
            if name != self.name:
                raise _Replaced
        self.con = con
        try:
            if self.cancelled:
                return [], set()
            scored = self._scored(con)
            near: set[int] = set()
            if self.near and scored:
                # Within the span of the scored ids, and ANDed with the query and its filters,
                # so that FTS5 seeks through the same few posting lists.
                ids = [i for i, _ in scored]
                sql = f"SELECT rowid FROM fts_{self.n} WHERE fts_{self.n} MATCH ? AND rowid BETWEEN ? AND ?"
                near = {i for (i,) in _run(con, sql, [f"({self.near}) AND ({self.params[0]})", min(ids),
                                                      max(ids)])}
            return scored, near
        finally:
            self.con = None

    def cancel(self) -> None:
        """Not needed any more: skipped if not started, interrupted if running."""
        self.cancelled = True
        con = self.con
        if con is not None:
            con.interrupt()


def _shard_sql(n: int, ex: Expressions, flt: _Filter, covered: bool | None) -> tuple[str, list]:
    """The matches of shard ``n``, scored as they come (bm25's statistics pass runs once, on
    the first row); the caller adds the order and the limit."""
    clause = flt.clause(dates=covered is None)
    match = f"({ex.match}) AND {clause}" if clause else ex.match
    # The exact date bounds, where the shard's month tokens are not enough; CROSS JOIN
    # keeps the FTS table the outer loop (SQLite never probes it row by row).
    exact_dates = covered is None and (flt.lo is not None or flt.hi is not None)
    sql = f"SELECT f.rowid, bm25(fts_{n}, {TITLE_WEIGHT}, 1.0, 0.0) FROM fts_{n} f"
    params: list = [match]
    if exact_dates:
        sql += " CROSS JOIN docs d ON d.id = f.rowid"
    sql += f" WHERE fts_{n} MATCH ?"
    if exact_dates:
        for bound, op in ((flt.lo, ">="), (flt.hi, "<")):
            if bound is not None:
                sql += f" AND d.published {op} ?"
                params.append(bound)
    return sql, params


def _ranked(root: Path, name: str, con: sqlite3.Connection, tree, ex: Expressions, flt: _Filter,
            window: int | None) -> tuple[list[tuple[int, float]], bool]:
    """``(id, score)`` of the matching articles, best first (score: bm25, times ``1 +
    PHRASE_BOOST`` for an article holding words typed side by side found side by side), and
    whether more matched than ``window``: then only the ``window`` most recently indexed
    ones are ranked (ids follow publication order within each update), so a query matching
    half the archive costs what one matching ``window`` articles does.

    Shards are read newest first: the newest alone (it fills the window of most queries),
    then the older ones up to ``SEARCH_THREADS`` side by side, as many as the share of
    matches found so far says the window needs (every one when nothing matched yet, or
    without a window); any a full window leaves unneeded are interrupted. Reading more on
    speculation would only take CPU from the shards that are needed."""
    if flt.empty:
        return [], False
    groups = list(_adjacent(tree))
    near = " OR ".join(f"({_emit(g)})" for g in groups) or None
    plan = [(shard[0], covered, shard[2] - shard[1] + 1) for shard in _shards(con)
            if (covered := flt.covers(shard)) is not False]
    found: list[tuple[int, float]] = []
    boosted: set[int] = set()
    remaining, full = window, False
    k = scanned = matched = 0
    while k < len(plan) and not full:
        batch = [plan[k]]
        if k > 0:
            need = remaining * scanned / matched if remaining is not None and matched else math.inf
            docs = plan[k][2]
            while k + len(batch) < len(plan) and len(batch) < SEARCH_THREADS and docs < need:
                batch.append(plan[k + len(batch)])
                docs += batch[-1][2]
        # Read in id order: every match wanted, or a shard expected (from the share of matches
        # in at least as many documents already read) to hold fewer than half the window needs.
        tasks = [_ShardQuery(root, name, *_shard_sql(n, ex, flt, covered), near, n, remaining,
                             remaining is None or (scanned >= size and
                                                   matched * size < remaining * scanned / 2))
                 for n, covered, size in batch]
        k += len(batch)
        # The first in this thread, the others on the pool's.
        futures: list[Future | None] = [None] + [_pool().submit(t.run) for t in tasks[1:]]
        try:
            for task, future, (_, _, size) in zip(tasks, futures, batch, strict=True):
                try:
                    scored, near_ids = task.run(con) if future is None else future.result()
                except _Replaced:
                    scored, near_ids = task.run(con)
                scanned += size
                matched += len(scored)
                if remaining is not None and len(scored) > remaining:
                    scored, full = scored[:remaining], True
                found += scored
                boosted |= near_ids
                if remaining is not None:
                    remaining -= len(scored)
                    if full or (remaining == 0 and (task is not tasks[-1] or k < len(plan))):
                        full = True
                        break
        finally:
            for task in tasks:
                task.cancel()
    if boosted:
        found = [(i, score * (1 + PHRASE_BOOST)) if i in boosted else (i, score) for i, score in found]
    found.sort(key=lambda r: (r[1], -r[0]))
    return found, full


def _exact_check(node) -> Callable[[str], bool]:
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

    def holds(n, lowered: str) -> bool:
        if isinstance(n, Term):
            return found(n, lowered)
        if isinstance(n, Not):
            return holds(n.left, lowered)  # the folded match already excluded the NOT side
        test = all if isinstance(n, And) else any
        return test(holds(i, lowered) for i in n.items)

    return lambda lowered: holds(node, lowered)


def search(root: Path | str, query: str, *, source: str | None = None, unit: str | None = None,
           since: date | datetime | str | None = None, until: date | datetime | str | None = None,
           limit: int = 20, all_copies: bool = False, window: int | None = RANK_WINDOW,
           mark: tuple[str, str] = ("<mark>", "</mark>")) -> Hits:
    """Ranked hits for ``query`` among the latest live versions of the archive's articles.

    bm25 over the folded text, title weighted ``TITLE_WEIGHT``, doubled for words typed side
    by side found so; when the query has diacritics, the best ``RERANK`` are re-ordered so
    that those holding the words as typed come first. One hit per duplicate cluster (its
    best-ranked copy) unless ``all_copies``. ``until`` is exclusive; dates without a zone
    are portal local time. A query matching more than ``window`` articles ranks the
    ``window`` most recent (``Hits.window_full``, ``Hits.window_from``); ``window=None``
    ranks every match however many (slow on very common words). Raises SearchSyntaxError
    for a malformed query, SearchError when there is no index.
    """
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    tree = parse_query(query)
    ex = match_expressions(tree)
    limit = max(1, int(limit))
    name, con = _reader(root)
    try:
        flt = _filter(con, source, unit, since, until)
        rows, window_full = _ranked(root, name, con, tree, ex, flt, window)
        docs: dict[int, tuple] = {}
        rows, exact_ids = _rerank(con, tree, ex, rows, max(RERANK, limit * 4), limit, all_copies, docs)
        picked = rows[:limit] if all_copies else _collapse(con, rows, limit)
        hits = Hits(_hits(con, picked, tree, exact_ids, mark, docs))
        hits.window_full = window_full
        if window_full:
            oldest = _run(con, "SELECT published FROM docs WHERE id = ?", [min(i for i, _ in rows)])
            if oldest and oldest[0][0] is not None:
                hits.window_from = _local(oldest[0][0])
        return hits
    except sqlite3.DatabaseError as exc:
        close_readers()  # a damaged or replaced file: the next search opens it afresh
        raise SearchError(f"the search index could not answer: {exc} (if it is damaged, "
                          f"{REBUILD_HINT})") from exc


def _local(published: int) -> datetime:
    return datetime.fromtimestamp(published / 1e6, UTC).astimezone(_LOCAL)


#: What ``_docs`` reads of a document: title, body (unpacked), cluster, then the hit fields.
_DOC = ("SELECT d.id, d.title, b.body, d.cluster_id, d.source, d.published, d.unit, d.url, d.article_id, "
        "d.version_id FROM docs d LEFT JOIN bodies b ON b.id = d.id WHERE d.id IN ({})")


def _docs(con, ids: list[int], docs: dict[int, tuple]) -> dict[int, tuple]:
    """``docs`` with the stored fields of ``ids`` added (each read and unpacked once per query)."""
    missing = [i for i in ids if i not in docs]
    if missing:
        for i, title, body, *rest in _run(con, _DOC.format(",".join("?" * len(missing))), missing):
            docs[i] = (title or "", _unpack(body), *rest)
    return docs


def _rerank(con, tree, ex: Expressions, rows: list[tuple[int, float]], head: int, limit: int,
            all_copies: bool, docs: dict[int, tuple]) -> tuple[list[tuple[int, float]], set[int]]:
    """For a query typed with diacritics, the articles holding its words as typed first,
    among the best ``head``. They are checked ``limit`` at a time, best first, until
    ``limit`` of them (clusters, unless ``all_copies``) are found: the rest cannot reach
    the page, and the order is the one checking all ``head`` would give."""
    if not rows or not ex.diacritics:
        return rows, set()
    check = _exact_check(tree)
    exact_ids: set[int] = set()
    keys: set = set()
    checked = 0
    while checked < min(head, len(rows)) and len(keys) < limit:
        chunk = [i for i, _ in rows[checked:min(head, checked + limit)]]
        _docs(con, chunk, docs)
        for i in chunk:
            title, body, cluster = docs[i][:3]
            # Stored texts are NFC already: lower() is what exact() would do.
            if check(title.lower() + "\n" + body.lower()):
                exact_ids.add(i)
                keys.add(i if all_copies or not cluster else cluster)
        checked += len(chunk)
    top = rows[:checked]
    return [r for r in top if r[0] in exact_ids] + [r for r in top if r[0] not in exact_ids] + \
        rows[checked:], exact_ids


def _collapse(con, rows: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    """The best-ranked match of each duplicate cluster, until ``limit``."""
    seen: set[str] = set()
    picked: list[tuple[int, float]] = []
    step = max(limit * 3, 60)
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        ids = [i for i, _ in chunk]
        clusters = dict(_run(con, f"SELECT id, cluster_id FROM docs WHERE id IN ({','.join('?' * len(ids))})",
                             ids))
        for i, score in chunk:
            key = clusters.get(i) or f"doc:{i}"
            if key not in seen:
                seen.add(key)
                picked.append((i, score))
                if len(picked) == limit:
                    return picked
    return picked


def _hits(con, picked: list[tuple], tree, exact_ids: set[int], mark: tuple[str, str],
          docs: dict[int, tuple]) -> list[Hit]:
    if not picked:
        return []
    _docs(con, [r[0] for r in picked], docs)
    cluster_ids = sorted({docs[i][2] for i, _ in picked if docs[i][2]})
    sizes = dict(_run(con, f"SELECT cluster_id, count(*) FROM docs WHERE cluster_id IN "
                           f"({','.join('?' * len(cluster_ids))}) GROUP BY cluster_id",
                      cluster_ids)) if cluster_ids else {}
    pattern = _highlighter(tree)
    hits = []
    for n, (doc_id, score) in enumerate(picked, 1):
        title, body, cid, source, published, unit, url, aid, vid = docs[doc_id]
        hits.append(Hit(
            rank=n, score=round(-score, 4), exact=doc_id in exact_ids, title=title, source=source,
            published_at=_local(published) if published is not None else None,
            unit=unit, url=url or "", snippet=snippet(body, pattern, mark=mark),
            article_id=aid, version_id=vid, cluster_id=cid,
            copies=max(0, sizes.get(cid, 1) - 1) if cid else 0))
    return hits


def matching_versions(root: Path | str, query: str, *, source: str | None = None,
                      unit: str | None = None, since=None, until=None) -> pa.Table:
    """Every indexed article matching ``query`` (all copies, no window): ``version_id``,
    ``score`` (bm25, higher is better)."""
    tree = parse_query(query)
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    name, con = _reader(root)
    try:
        rows, _ = _ranked(root, name, con, tree, match_expressions(tree),
                          _filter(con, source, unit, since, until), None)
        versions: dict[int, str] = {}
        for start in range(0, len(rows), 10_000):
            chunk = [i for i, _ in rows[start:start + 10_000]]
            versions.update(_run(con, f"SELECT id, version_id FROM docs WHERE id IN "
                                      f"({','.join('?' * len(chunk))})", chunk))
    except sqlite3.DatabaseError as exc:
        close_readers()
        raise SearchError(f"the search index could not answer: {exc} (if it is damaged, "
                          f"{REBUILD_HINT})") from exc
    return pa.table({"version_id": pa.array([versions[i] for i, _ in rows], pa.string()),
                     "score": pa.array([-score for _, score in rows], pa.float64())})


_HIT_SCHEMA = pa.schema([
    ("rank", pa.int32()), ("score", pa.float64()), ("exact", pa.bool_()), ("title", pa.string()),
    ("source", pa.string()), ("published_at", pa.timestamp("us", tz=TIMEZONE)), ("unit", pa.string()),
    ("url", pa.string()), ("snippet", pa.string()), ("article_id", pa.string()),
    ("version_id", pa.string()), ("cluster_id", pa.string()), ("copies", pa.int32()),
])


def hits_table(hits: Sequence[Hit]) -> pa.Table:
    """Hits as an Arrow table (``.to_pandas()``, ``.to_pylist()``, ``polars.from_arrow``)."""
    return pa.Table.from_pylist([asdict(h) for h in hits], schema=_HIT_SCHEMA)
