"""The one parser of date options (``--since``/``--until`` of search, export, dupes).

A bound is ``YYYY-MM-DD`` (midnight, portal local time: Asia/Ho_Chi_Minh), or a moment
``YYYY-MM-DDTHH:MM[:SS]`` with an optional offset (``Z``, ``+07:00``; none means portal local
time). Anything else, an impossible day (``2024-02-30``) or a year before 1900 is refused
with one line, before any query runs, so no command has its own reading of a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import click

__all__ = ["DATE", "MIN_YEAR", "DateBound", "parse_date_bound"]

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


class DateBound(click.ParamType):
    """A click option type for :func:`parse_date_bound`: a bad date is a usage error (exit 2)."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, date):  # datetime is a date too
            return value
        try:
            return parse_date_bound(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateBound()
