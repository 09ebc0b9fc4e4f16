"""The click option type of date bounds (``--since``/``--until``): archive/dates.py reads
them, one parser for the CLI and the library alike."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from archive.dates import parse_date_bound

__all__ = ["DATE", "DateBound"]


class DateBound(click.ParamType):
    """A click option type for :func:`parse_date_bound`: a bad date is a usage error (exit 2)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):  # datetime is a date too
            return value
        try:
            return parse_date_bound(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateBound()
