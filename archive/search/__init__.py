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

Modules (``from archive.search import X`` reaches every public name; tests and benchmarks
that change a tunable set it on the module that reads it, e.g.
``archive.search.rank.SEARCH_THREADS``):

- ``fold``: diacritic folding (``fold``, ``exact``) and the diacritic-variant regexes.
- ``query``: the query language: lexer, parser (``parse_query``), the FTS5 expression
  (``match_expressions``), the exact-spelling check; ``MAX_TERMS``, ``MAX_DEPTH``.
- ``snippet``: the marked passage of a hit.
- ``store``: the index file: SQLite schema, connections, the ``CURRENT`` pointer, stored
  bodies, filter tokens; ``SearchError``.
- ``index``: building and updating the index, shards, ``index_state``; ``SHARD_DOCS``,
  ``BATCH_DOCS``, ``COMPACT_DOCS``, ``REBUILD_SHARE``.
- ``filters``: source, unit and date filters as FTS5 clauses.
- ``readers``: the per-thread reader cache (``close_readers``).
- ``rank``: bm25 over the shards, the window, the thread pool; ``RANK_WINDOW``,
  ``SEARCH_THREADS``, ``TITLE_WEIGHT``, ``PHRASE_BOOST``, ``ASCENDING_SPAN``.
- ``find``: ``search``, ``matching_versions``, ``hits_table``: collapsing clusters, the
  exact-spelling re-order (``RERANK``), hits.
"""

from archive.search.find import RERANK as RERANK
from archive.search.find import Hit, Hits, hits_table, indexed_source, matching_versions, search
from archive.search.fold import exact as exact
from archive.search.fold import fold
from archive.search.index import BATCH_DOCS as BATCH_DOCS
from archive.search.index import COMPACT_DOCS as COMPACT_DOCS
from archive.search.index import REBUILD_SHARE as REBUILD_SHARE
from archive.search.index import SHARD_DOCS as SHARD_DOCS
from archive.search.index import (
    IndexResult,
    IndexState,
    can_update,
    index_state,
    index_status,
    update_index,
)
from archive.search.index import sweep_spill as sweep_spill
from archive.search.query import MAX_DEPTH as MAX_DEPTH
from archive.search.query import MAX_TERMS as MAX_TERMS
from archive.search.query import And as And
from archive.search.query import Expressions as Expressions
from archive.search.query import Not as Not
from archive.search.query import Or as Or
from archive.search.query import SearchSyntaxError, match_expressions, parse_query
from archive.search.query import Term as Term
from archive.search.rank import ASCENDING_SPAN as ASCENDING_SPAN
from archive.search.rank import PHRASE_BOOST as PHRASE_BOOST
from archive.search.rank import RANK_WINDOW
from archive.search.rank import SEARCH_THREADS as SEARCH_THREADS
from archive.search.rank import TITLE_WEIGHT as TITLE_WEIGHT
from archive.search.readers import close_readers
from archive.search.snippet import snippet
from archive.search.store import CURRENT as CURRENT
from archive.search.store import INDEX_VERSION as INDEX_VERSION
from archive.search.store import REBUILD_HINT, SearchError, SearchTimeout
from archive.search.store import SEARCH_DIR as SEARCH_DIR

__all__ = [
    "RANK_WINDOW",
    "Hit",
    "Hits",
    "IndexResult",
    "SearchError",
    "SearchTimeout",
    "SearchSyntaxError",
    "close_readers",
    "fold",
    "hits_table",
    "indexed_source",
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
