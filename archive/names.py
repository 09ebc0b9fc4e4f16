"""The one rule for a source's name, and SQL text made from values the archive holds.

A source name becomes a folder (``articles/source=<name>/``, ``warc/source=<name>/``), a lock
file and a value in every row, so it is checked wherever one enters the archive (the config,
``ingest --source``, the writers): lower-case ASCII letters, digits, ``-`` and ``_``, starting
with a letter or digit, at most 64 characters. Nothing else can climb out of a folder
(``../x``), hide (``.x``) or need quoting.

Values belong in bound parameters. The few places DuckDB takes no parameter (a ``COPY … TO``
target, ``SET`` values, a file list in a view's text) use :func:`literal`, which quotes the
way SQL does, never by pasting the value between quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from archive.errors import UsageProblem

__all__ = ["SOURCE_NAME_RE", "InvalidSourceName", "check_source_name", "literal", "literal_list"]

SOURCE_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


class InvalidSourceName(ValueError, UsageProblem):
    """A source name outside :data:`SOURCE_NAME_RE`."""


def check_source_name(name: object) -> str:
    """``name`` when it is a valid source name; else :class:`InvalidSourceName` saying why."""
    if not isinstance(name, str) or not SOURCE_NAME_RE.fullmatch(name):
        raise InvalidSourceName(
            f"invalid source name {name!r}: use lower-case letters, digits, '-' and '_' "
            "(at most 64, starting with a letter or digit)")
    return name


def literal(value: str) -> str:
    """``value`` as an SQL string literal: single quotes, each inner quote doubled."""
    text = str(value)
    if "\x00" in text:
        raise ValueError("a NUL character cannot be part of an SQL string")
    return "'" + text.replace("'", "''") + "'"


def literal_list(values: Iterable[str]) -> str:
    """A DuckDB list literal of strings: ``['a', 'b''s']``."""
    return "[" + ", ".join(literal(v) for v in values) + "]"
