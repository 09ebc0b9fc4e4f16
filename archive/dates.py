"""The one reader of date bounds: the CLI's ``--since``/``--until`` options (search, export,
dupes) and the library's ``since``/``until`` arguments (``Archive.articles``, ``search``).

A bound is ``YYYY-MM-DD`` (midnight, portal local time: Asia/Ho_Chi_Minh), or a moment
``YYYY-MM-DDTHH:MM[:SS]`` with an optional offset (``Z``, ``+07:00``; none means portal local
time). Anything else, an impossible day (``2024-02-30``) or a year before 1900 is refused
with one line, before any query runs, so no command has its own reading of a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

__all__ = ["MIN_YEAR", "date_bound", "parse_date_bound"]

_FORM = re.compile(r"\d{4}-\d{2}-\d{2}"
                   r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")
#: No portal page predates it; it also keeps every conversion in range (0001-01-01 at local
#: midnight is in year 0 in UTC, which Python cannot represent: the traceback of issue #14).
MIN_YEAR = 1900


def parse_date_bound(text: str) -> date | datetime:
    """``YYYY-MM-DD`` as a :class:`date`, a moment as a zone-aware :class:`datetime` (portal
    local time when it names no offset); :class:`ValueError` with a one-line reason otherwise."""
    text = text.strip()
    shown = repr(text if len(text) <= 40 else text[:40] + "…")
    if not _FORM.fullmatch(text):
        raise ValueError(f"{shown} is not a date: use YYYY-MM-DD (or YYYY-MM-DDTHH:MM)")
    try:
        value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{shown} is not a date ({exc})") from None
    if value.year < MIN_YEAR:
        raise ValueError(f"{shown} is before {MIN_YEAR}")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            from archive.schema import TIMEZONE  # not at import: it loads pyarrow and DuckDB

            value = value.replace(tzinfo=ZoneInfo(TIMEZONE))
        try:
            value.astimezone(UTC)
        except OverflowError:
            raise ValueError(f"{shown} is out of range") from None
    return value


def date_bound(value: date | datetime | str | None) -> date | datetime | None:
    """A ``since``/``until`` argument as given to the library: a date or datetime as it is
    (a naive datetime is portal local time), a string read by :func:`parse_date_bound`,
    ``None`` or ``""`` as no bound. :class:`ValueError` with a one-line reason otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            from archive.schema import TIMEZONE

            value = value.replace(tzinfo=ZoneInfo(TIMEZONE))
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date_bound(value)
    raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD (or a date/datetime)")
