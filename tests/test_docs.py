"""The docs against the product (#14.29): what README.md and the CLI help say that can be
checked mechanically — every subcommand's --help, which take --archive, the environment
variables read, the views `query` names, the demo's article count, the dedup F1."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def _help(*command: str) -> str:
    out = CliRunner().invoke(main, [*command, "--help"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return out.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help_and_is_in_the_readme(command):
    assert "Usage:" in _help(command)
    assert f"portal-archive {command}" in README, f"{command} is not in the README's usage list"


def test_readme_names_the_subcommands_without_archive():
    """The README says which subcommands take no --archive; it is exactly those."""
    without = {name for name, cmd in main.commands.items()
               if not any("--archive" in p.opts for p in cmd.params)}
    sentence = re.search(r"take\s+`--archive PATH`.*?: all but (.+?), which work without one",
                         README, re.S)
    assert sentence, "the README no longer says which subcommands take --archive"
    assert set(re.findall(r"`([\w-]+)`", sentence.group(1))) == without
    for name in set(main.commands) - without:
        assert "--archive" in _help(name)


def test_every_environment_variable_the_cli_reads_is_documented():
    read = {p.envvar for cmd in main.commands.values() for p in cmd.params if p.envvar}
    assert "PORTAL_ARCHIVE" in read
    for name in read:
        assert f"`{name}`" in README, f"environment variable {name} is not in the README"


def test_query_help_names_every_view_the_archive_defines(tmp_path):
    import pyarrow as pa

    from archive import open_archive
    from archive.schema import ARTICLE_SCHEMA
    from archive.writer import publish_table

    row = {**dict.fromkeys(ARTICLE_SCHEMA.names), "article_id": "a", "version_id": "v",
           "source": "s", "url": "https://s.gov.vn/1", "canonical_url": "https://s.gov.vn/1",
           "fetched_at": datetime(2024, 1, 2, tzinfo=UTC), "run_id": "r", "title": "t", "text": "x"}
    publish_table(tmp_path, "articles/source=s", pa.Table.from_pylist([row], schema=ARTICLE_SCHEMA))
    with open_archive(tmp_path) as archive:
        views = {name for (name,) in archive.con.sql(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
                 if not name.startswith("_")}
    assert {"articles", "article_versions", "runs", "clusters", "article_clusters"} <= views
    text = " ".join(_help("query").split())
    listed = re.search(r"over the views ([^.]+)\.", text)
    assert listed, text
    assert set(re.findall(r"`(\w+)`", listed.group(1))) == views
    # The module docstring (the reader's own list) agrees.
    import archive.reader

    documented = set(re.findall(r"^\s+``(\w+)``", archive.reader.__doc__, re.M))
    assert documented == views


def test_readme_counts_the_demo_articles():
    from crawler.demo.corpus import SITES, load_corpus

    served = sum(len(load_corpus(site)) for site in SITES)  # each is crawled and archived
    said = re.search(r"(\d+) invented articles", README)
    assert said and int(said.group(1)) == served
    settings = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    said = re.search(r"its (\d+) written articles", settings)
    assert said and int(said.group(1)) == served


def test_readme_gives_the_dedup_f1_that_eval_dedup_prints():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_dedup.py")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    ours = next(line for line in out.stdout.splitlines() if line.startswith("ours"))
    f1 = re.findall(r"\d+\.\d+", ours)[2]  # precision, recall, F1
    said = re.search(r"pair F1 is (\d\.\d+)", README)
    assert said and said.group(1) == f1, (said and said.group(1), ours)
