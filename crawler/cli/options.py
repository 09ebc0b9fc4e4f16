"""Options, argument types and checks the ``portal-archive`` commands share: --archive,
--config, the search filters, SOURCE_NAME, and the stops before reading or writing an archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from crawler.dates_arg import DATE

if TYPE_CHECKING:
    from crawler.sources import Source

_F = TypeVar("_F", bound=Callable[..., Any])

archive_option = click.option(
    "--archive", "archive_path", default="data", show_default=True, envvar="PORTAL_ARCHIVE",
    show_envvar=True, type=click.Path(file_okay=False, path_type=Path), help="Archive directory.",
)


class _SourceName(click.ParamType):
    """A source name by the archive's one rule (archive/names.py); a usage error otherwise."""

    name = "NAME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from archive.names import InvalidSourceName, check_source_name

        try:
            return check_source_name(value)
        except InvalidSourceName as exc:
            self.fail(str(exc), param, ctx)


SOURCE_NAME = _SourceName()


config_option = click.option(
    "--config", "config_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
    help="Sources file (default: ./sources.toml if present, else the packaged list).",
)


def _load_sources(config_path: Path | None) -> dict[str, Source]:
    """The sources of --config (a SourceError ends the command, exit 1)."""
    from crawler.sources import load_sources

    return load_sources(config_path)


def _require_archive(archive_path: Path) -> None:
    """A command that reads an archive stops on a path holding none ("no archive at PATH",
    exit 2), rather than report an empty archive as fine or create the folder."""
    from archive.layout import NoArchive, require_archive

    try:
        require_archive(archive_path)
    except NoArchive as exc:
        raise click.BadParameter(str(exc), param_hint="'--archive'") from exc


def _refuse_code_folder(archive_path: Path) -> None:
    """A command that writes stops on a folder holding Python code ("PATH holds Python code",
    exit 1) before it creates anything there (archive/layout.py)."""
    from archive.layout import code_problem

    if problem := code_problem(archive_path):
        raise click.ClickException(problem)


def _require_writable(archive_path: Path) -> None:
    """A command that writes (ingest, reextract, dedup, index, compact) stops before any work
    on an archive it cannot write: "cannot write to the archive PATH: why", exit 1."""
    from archive.layout import write_problem

    if problem := write_problem(archive_path):
        raise click.ClickException(problem)


def _write_refused(archive_path: Path, exc: PermissionError) -> click.ClickException:
    """A write refused after that check (another user's lock file, a folder made read-only
    meanwhile), said the same way: one line naming the file, never a traceback."""
    from archive.layout import CodeFolder

    if isinstance(exc, CodeFolder):
        return click.ClickException(str(exc))
    why = exc.strerror or str(exc)
    if exc.filename:
        why = f"{why}: {str(exc.filename)!r}"
    return click.ClickException(f"cannot write to the archive {archive_path}: {why}")


filter_options = [
    click.option("--source", default=None, type=SOURCE_NAME, help="Only this source."),
    click.option("--unit", default=None, help="Only this issuing unit (case and diacritics "
                                              "ignored), e.g. 'Van phong So'."),
    click.option("--since", type=DATE, default=None,
                 help="Published on or after this date: YYYY-MM-DD, midnight Asia/Ho_Chi_Minh "
                      "(or YYYY-MM-DDTHH:MM[+HH:MM])."),
    click.option("--until", type=DATE, default=None,
                 help="Published before this date (exclusive), as --since."),
]


def _filters(func: _F) -> _F:
    for option in reversed(filter_options):
        func = option(func)
    return func


def _settings_overrides(items: tuple[str, ...]) -> dict[str, str]:
    """``-s NAME=VALUE`` options as overrides, checked (a typo or a bad value is a usage error
    before any fetching)."""
    from crawler.runner import SettingsError, check_overrides

    overrides: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier() or name != name.upper():
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint="--set")
        overrides[name] = value
    if "LOG_LEVEL" in overrides:  # --log-level would silently win
        raise click.BadParameter("LOG_LEVEL: use --log-level", param_hint="--set")
    try:
        check_overrides(overrides)
    except SettingsError as exc:
        raise click.BadParameter(str(exc), param_hint="--set") from exc
    return overrides


def _frontier_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.startswith(("redis://", "rediss://", "unix://")):
        raise click.BadParameter("expected redis://HOST:PORT/DB", ctx=ctx, param=param)
    return value
