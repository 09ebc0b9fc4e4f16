"""The one base class of the errors the library reports to a person: what went wrong, in one line.

Each library error keeps its built-in base too (``QueryError`` is a ``ValueError``,
``NoArchive`` a ``FileNotFoundError``), so code that catches those still does; a program
that reports errors (the ``portal-archive`` command) catches :class:`ArchiveError` once and
prints the first line of its message, with exit status :attr:`ArchiveError.exit_code`.
"""

from __future__ import annotations

__all__ = ["ArchiveError", "UsageProblem"]


class ArchiveError(Exception):
    """Something the library could not do (a busy source, a damaged index, a query that hit a
    limit): the request was sound, so a command reports a failure, exit status 1."""

    exit_code = 1


class UsageProblem(ArchiveError):
    """A request the library refuses as given (not one SELECT, a malformed search query, an
    invalid source name, a path holding no archive): a usage error, exit status 2, as for a
    bad command-line option."""

    exit_code = 2
