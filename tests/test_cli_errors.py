"""Issue #15: library errors share one base class (archive.errors) and the CLI maps it once:
the first line of the message, exit 2 with the command's usage for a usage problem, exit 1
for any other failure; never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archive.errors import ArchiveError, UsageProblem
from archive.export import NotRegularFile
from archive.history import AmbiguousKey
from archive.layout import CodeFolder, NoArchive
from archive.locks import SourceBusy
from archive.names import InvalidSourceName
from archive.reader import QueryError, QueryLimit
from archive.search import SearchError, SearchSyntaxError
from archive.warc import WarcDamage
from crawler.cli import main
from crawler.runner import SettingsError
from crawler.sources import SourceError
from tests.helpers import make_row, publish_rows

#: every library error a command can meet: its built-in base (kept, so ``except ValueError``
#: and the like still catch it) and the exit status the CLI gives it
ERRORS = [
    (QueryError, ValueError, 2), (QueryLimit, ValueError, 1),
    (SearchSyntaxError, ValueError, 2), (SearchError, RuntimeError, 1),
    (NoArchive, FileNotFoundError, 2), (CodeFolder, PermissionError, 1),
    (InvalidSourceName, ValueError, 2), (NotRegularFile, OSError, 2),
    (SourceBusy, RuntimeError, 1), (WarcDamage, ValueError, 1), (AmbiguousKey, LookupError, 1),
    (SourceError, ValueError, 1), (SettingsError, ValueError, 2),
]


@pytest.mark.parametrize("error,builtin,exit_code", ERRORS, ids=[e[0].__name__ for e in ERRORS])
def test_library_errors_share_one_base_and_keep_their_own(error, builtin, exit_code):
    assert issubclass(error, ArchiveError) and issubclass(error, builtin)
    assert error.exit_code == exit_code
    # QueryLimit is a QueryError (a UsageProblem) that ran and stopped: a failure, exit 1
    assert issubclass(error, UsageProblem) == (exit_code == 2 or error is QueryLimit)


def test_every_command_maps_library_errors():
    """A command added with ``@main.command()`` gets the mapping: no per-command try/except."""
    kinds = {name: type(command).__name__ for name, command in main.commands.items()}
    assert set(kinds.values()) == {"_Command"}, kinds


def _run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def _one_error_line(result, exit_code: int) -> str:
    assert result.exit_code == exit_code, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.output
    return errors[0]


def test_a_failure_is_one_line_and_exit_1(tmp_path):
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "x"\n')  # no family, no base_url: a SourceError
    line = _one_error_line(_run("sources", "--config", config), 1)
    assert line == f"Error: {config} [[source]] #1: 'family' is required"


def test_a_usage_problem_shows_the_command_usage_and_exit_2(tmp_path):
    (tmp_path / "articles").mkdir()
    result = _run("query", "DELETE FROM runs", "--archive", tmp_path)
    line = _one_error_line(result, 2)
    assert line == "Error: only SELECT queries are allowed here, not DELETE"
    assert result.output.startswith("Usage: main query [OPTIONS] SQL")  # the command's own
    # a QueryError subclass that is a failure: the statement ran and hit a limit
    result = _run("query", "SELECT * FROM range(2000000)", "--archive", tmp_path)
    assert "size limit" in _one_error_line(result, 1) and "Usage:" not in result.output


def test_an_ambiguous_key_names_the_sources(tmp_path):
    rows = [make_row(0, "demo-huecit"), {**make_row(1, "demo-liferay"), "url": make_row(0)["url"]}]
    publish_rows(tmp_path, rows)
    for command in ("show", "history"):
        line = _one_error_line(_run(command, rows[0]["url"], "--archive", tmp_path), 1)
        assert "several sources (demo-huecit, demo-liferay): choose one with --source" in line
    assert _run("show", rows[0]["url"], "--source", "demo-liferay", "--archive", tmp_path).exit_code == 0


def test_ingest_names_a_bad_sources_file_not_the_warc(tmp_path):
    """The sources file is read before the WARC files: its error is not "cannot read the WARC
    file" (it was, while both were read under one except clause)."""
    warc = tmp_path / "x.warc"
    warc.write_bytes(b"not a warc")
    config = tmp_path / "sources.toml"
    config.write_text("[[source]]\nname = 1\n")
    line = _one_error_line(_run("ingest", warc, "--config", config, "--archive", tmp_path / "a"), 1)
    assert "sources.toml" in line and "WARC" not in line
