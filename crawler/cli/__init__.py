"""The ``portal-archive`` command: every subcommand is a thin call into the library.

The commands live by audience: ``crawling`` (bringing pages in), ``reading`` (looking at what
is stored), ``finding`` (search, duplicates, evaluations), ``serving`` (the web page);
``options`` holds what they share on the command line and ``output`` how they print. Library
errors (:mod:`archive.errors`) become one line and an exit status here, once, for every
command.
"""

from __future__ import annotations

from typing import Any

import click

__all__ = ["main"]


class _Command(click.Command):
    """A subcommand that ends on a library error (:class:`archive.errors.ArchiveError`) with
    the first line of its message and its exit status: 2 with the command's usage for a
    :class:`~archive.errors.UsageProblem` (a refused query, a malformed search), else 1."""

    def invoke(self, ctx: click.Context) -> Any:
        from archive.errors import ArchiveError

        try:
            return super().invoke(ctx)
        except ArchiveError as exc:
            message = (str(exc).splitlines() or [type(exc).__name__])[0]
            if exc.exit_code == click.UsageError.exit_code:
                raise click.UsageError(message, ctx) from exc
            error = click.ClickException(message)
            # (click declares exit_code a ClassVar; the instance's value is the one it reads)
            error.exit_code = exc.exit_code  # type: ignore[misc]
            raise error from exc


class _Group(click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="portal-archive")
def main() -> None:
    """Crawl government news portals into a Parquet + WARC archive, and query it."""


# The command modules register themselves on ``main`` (they import it): imported last.
from crawler.cli import crawling, finding, reading, serving  # noqa: E402, F401
