"""Search filters (source, unit, a date range) as FTS5 clauses over the filter tokens of the
``meta`` column, plus the exact date bounds where whole months are not enough."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime

from archive.search.fold import fold
from archive.search.query import SearchSyntaxError
from archive.search.store import _LOCAL, _meta, _token


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


def _filter(con: sqlite3.Connection, source: str | None, unit: str | None,
            since: date | datetime | str | None, until: date | datetime | str | None) -> _Filter:
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
