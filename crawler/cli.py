"""The ``portal-archive`` command: every subcommand is a thin call into the library."""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import sys
from pathlib import Path
from typing import Any

import click

from crawler.dates_arg import DATE

__all__ = ["main"]

archive_option = click.option(
    "--archive", "archive_path", default="data", show_default=True, envvar="PORTAL_ARCHIVE",
    show_envvar=True, type=click.Path(file_okay=False, path_type=Path), help="Archive directory.",
)


class _SourceName(click.ParamType):
    """A source name by the archive's one rule (archive/names.py); a usage error otherwise."""

    name = "NAME"

    def convert(self, value, param, ctx):
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


def _load_sources(config_path: Path | None):
    from crawler.sources import SourceError, load_sources

    try:
        return load_sources(config_path)
    except SourceError as exc:
        raise click.ClickException(str(exc)) from exc


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="portal-archive")
def main() -> None:
    """Crawl government news portals into a Parquet + WARC archive, and query it."""


@main.command()
@config_option
@archive_option
def sources(config_path: Path | None, archive_path: Path) -> None:
    """List the configured sources; with an archive at --archive, each one's last crawl run
    (when it started, how it ended, the new articles it stored)."""
    from archive.layout import is_archive

    last = _last_runs(archive_path) if is_archive(archive_path) else None
    rows = [
        {"name": s.name, "family": s.family, "base_url": s.base_url,
         "verified": "yes" if s.verified else "no",
         **({"last_run": last.get(s.name, "never")} if last is not None else {}), "title": s.title}
        for s in _load_sources(config_path).values()
    ]
    click.echo(_table(rows))


def _last_runs(archive_path: Path) -> dict[str, str]:
    from archive import open_archive

    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        runs = archive.sql(
            "SELECT source, max(started_at), arg_max(finish_reason, started_at), "
            "arg_max(articles_new, started_at) FROM runs GROUP BY source").fetchall()
    return {source: f"{started:%Y-%m-%d %H:%M %z} {reason or 'unfinished'}, {new or 0} new"
            for source, started, reason, new in runs}


@main.command()
@click.argument("names", nargs=-1)
@click.option("--all", "all_sources", is_flag=True, help="Crawl every configured source.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Page budget per source (overrides the source's max_pages).")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a crawler setting (docs/settings.md), e.g. -s PORTAL_RECHECK=known.")
@config_option
@archive_option
def crawl(names: tuple[str, ...], all_sources: bool, max_pages: int | None, log_level: str,
          settings: tuple[str, ...], config_path: Path | None, archive_path: Path) -> None:
    """Crawl sources into the archive (default: the bundled demo portal).

    NAMES are source names from `portal-archive sources`. Exit status: 0 when every crawl
    finished and wrote its rows; 1 when one stopped early or could not write; 3 when a source
    was skipped because another crawl of it was running.
    """
    from crawler.runner import SettingsError, check_overrides, run_crawls

    known = _load_sources(config_path)
    names = tuple(dict.fromkeys(names))  # the same source twice would run two crawls at once
    if all_sources and names:  # which one was meant? neither is silently dropped
        raise click.UsageError("give source NAMES or --all, not both")
    if all_sources:
        chosen = list(known.values())
    elif names:
        missing = [n for n in names if n not in known]
        if missing:
            raise click.BadParameter(f"unknown source(s) {', '.join(missing)}; known: "
                                     f"{', '.join(sorted(known))}", param_hint="'NAMES'")
        chosen = [known[n] for n in names]
    else:
        chosen = [s for s in known.values() if s.is_demo]
        if not chosen:
            raise click.ClickException("no source named and no demo source configured")
    overrides: dict[str, str] = {}
    for item in settings:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier() or name != name.upper():
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint="--set")
        overrides[name] = value
    if "LOG_LEVEL" in overrides:  # --log-level would silently win
        raise click.BadParameter("LOG_LEVEL: use --log-level", param_hint="--set")
    try:
        check_overrides(overrides)  # a typo or a bad value stops here, before any fetching
    except SettingsError as exc:
        raise click.BadParameter(str(exc), param_hint="--set") from exc
    from archive.layout import write_problem

    if problem := write_problem(archive_path):  # before any fetching
        raise click.ClickException(problem)
    results = run_crawls(chosen, archive=archive_path, config=config_path, max_pages=max_pages,
                         overrides={**overrides, "LOG_LEVEL": log_level.upper()}, after=False)
    click.echo(_crawl_report(results, archive_path))
    if any(r.stats.get("archive/rows_written") for r in results):
        _after_new_rows(archive_path)
    if any(r.finish_reason == "source_busy" for r in results):
        sys.exit(3)  # documented: another crawl of a source was running
    if not all(r.ok for r in results):
        sys.exit(1)


@main.command()
@archive_option
def summary(archive_path: Path) -> None:
    """Summarise the archive: articles per source, date range, sample rows."""
    _require_archive(archive_path)
    click.echo(_summary_text(archive_path))


@main.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--param", "params", multiple=True,
              help="Bound parameter for a ? placeholder (repeatable, in order).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, help="Stop the query after this many seconds.")
@archive_option
def query(sql: str, fmt: str, params: tuple[str, ...], timeout: float, archive_path: Path) -> None:
    """Run one SQL SELECT (DuckDB) over the views `articles` (latest version of each article),
    `article_versions` (every version), `clusters` (one row per duplicate cluster),
    `article_clusters` (each clustered version) and `runs` (one row per crawl run).

    Read-only: one SELECT (or a plain EXPLAIN of one), values through --param; no other file,
    no network, no extension, no setting. It stops at --timeout, at 1 GB of memory, or when
    its result passes 1,000,000 rows or 256 MB (add a LIMIT). A refused statement is a usage
    error (exit 2); a query that fails or stops exits 1.
    """
    import duckdb

    from archive import open_archive
    from archive.reader import QueryError, QueryLimit

    _require_archive(archive_path)
    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        try:
            table = archive.query(sql, list(params) if params else None, timeout=timeout)
        except QueryLimit as exc:
            raise click.ClickException(str(exc)) from exc
        except QueryError as exc:  # not one read statement: the command line is wrong
            raise click.UsageError(str(exc).splitlines()[0]) from exc
        except duckdb.Error as exc:
            raise click.ClickException(str(exc).splitlines()[0]) from exc
    columns = _unique(table.column_names)
    rows = _rows(table)
    click.echo(_format(rows, columns, fmt), nl=fmt != "csv")


def _rows(table) -> list[tuple]:
    """An Arrow table's rows as tuples of Python values (columns may share a name)."""
    return list(zip(*(_python_values(col) for col in table.columns), strict=True))


def _python_values(column) -> list:
    """An Arrow column as Python values; whole decimals (DuckDB's HUGEINT sums) as ints."""
    import pyarrow as pa

    values = column.to_pylist()
    if pa.types.is_decimal(column.type) and column.type.scale == 0:
        values = [None if v is None else int(v) for v in values]
    elif pa.types.is_interval(column.type):  # (months, days, nanoseconds) as ISO 8601
        values = [None if v is None else _iso_duration(*v) for v in values]
    return values


def _iso_duration(months: int, days: int, nanoseconds: int) -> str:
    """An interval as ISO 8601 (``P1M2DT3.5S``); DuckDB intervals keep the three apart."""
    seconds = nanoseconds / 1e9
    date_part = (f"{months}M" if months else "") + (f"{days}D" if days else "")
    time_part = f"T{seconds:g}S" if seconds else ""
    return f"P{date_part}{time_part}" if date_part or time_part else "PT0S"


def _warn_bad_parts(archive) -> None:
    for path, reason in archive.bad_parts:
        click.echo(f"warning: left out unreadable part {path}: {reason}", err=True)


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique (``a``, ``a_2``), so no output format drops a column."""
    seen: dict[str, int] = {}
    out = []
    for name in columns:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _find(archive_path: Path, key: str, source: str | None) -> list[dict]:
    from archive import open_archive
    from archive.history import AmbiguousKey, find_moved, find_rows

    with open_archive(archive_path) as archive:
        try:
            rows = find_rows(archive, key, source)
            if not rows:
                rows = find_moved(archive, key, source)
        except AmbiguousKey as exc:
            raise click.ClickException(str(exc)) from exc
    if not rows:
        raise click.ClickException(f"no article matches {key!r}")
    return rows


@main.command()
@click.argument("key")
@click.option("--raw", is_flag=True, help="Print the captured HTTP response from the WARC.")
@click.option("--source", default=None, type=SOURCE_NAME, help="The source, when the URL is in several.")
@archive_option
def show(key: str, raw: bool, source: str | None, archive_path: Path) -> None:
    """Print an article (KEY: article id, version id, URL or canonical URL).

    The latest version is shown, every field whole; `history` lists them all. A URL on
    another port or scheme of the same host (the demo portal's ports change every run)
    finds the same article: its id leaves them out.
    """
    _require_archive(archive_path)
    from archive.warc import WarcPointer, raw_record

    rows = _find(archive_path, key, source)
    row = next((r for r in rows if r["version_id"] == key), None) or rows[-1]
    if raw:
        if not row.get("warc_file"):
            raise click.ClickException("this row has no captured response")
        pointer = WarcPointer(row["warc_file"], row["warc_offset"], row["warc_length"],
                              row.get("warc_record_id") or "")
        try:
            data = raw_record(archive_path, pointer)
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"cannot read the capture: {exc}") from exc
        click.echo(data, nl=False)  # bytes go to the binary stream as they are
        return
    for name, value in row.items():
        if name == "text":
            continue
        # Every field whole (the lead too), on one line: whitespace runs become one space.
        text = value if isinstance(value, list) else " ".join(("" if value is None else str(value)).split())
        click.echo(f"{name}: {text}")
    click.echo("")
    click.echo(row.get("text") or "")


@main.command()
@click.argument("key")
@click.option("--source", default=None, type=SOURCE_NAME, help="The source, when the URL is in several.")
@archive_option
def history(key: str, source: str | None, archive_path: Path) -> None:
    """List the stored versions of an article with a text diff between consecutive ones.

    KEY as for `show`: article id, version id, URL (any port or scheme of its host) or
    canonical URL.
    """
    _require_archive(archive_path)
    from archive.history import version_history

    rows = _find(archive_path, key, source)
    click.echo(f"{rows[-1]['url']}: {len(rows)} version(s)")
    for n, entry in enumerate(version_history(rows), 1):
        state = "REMOVED" if entry["removed"] else f"version {entry['version_id']}"
        click.echo(f"\n#{n} fetched {entry['fetched_at']:%Y-%m-%d %H:%M %z}  {state}  "
                   f"(run {entry['run_id']})")
        if entry.get("changed_fields"):
            click.echo(f"   changed: {', '.join(entry['changed_fields'])}")
        for line in entry.get("diff") or []:
            click.echo(f"   {line}")


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


@main.command()
@click.option("--source", default=None, type=SOURCE_NAME, help="Only this source.")
@config_option
@archive_option
def reextract(source: str | None, config_path: Path | None, archive_path: Path) -> None:
    """Re-extract article rows from the stored WARC captures with the current extractor
    (no network); a row whose result changed gets a new version."""
    from archive.locks import SourceBusy
    from crawler.reprocess import reextract as run

    _require_archive(archive_path)
    _require_writable(archive_path)
    if source is not None:  # a typo must not pass as "0 captures read", exit 0
        from archive import open_archive

        with open_archive(archive_path) as archive:
            captured = archive.sql("SELECT 1 FROM articles WHERE source = $source AND warc_file "
                                   "IS NOT NULL LIMIT 1", {"source": source}).fetchall()
        if not captured:
            raise click.BadParameter(f"no captures of source {source} in the archive",
                                     param_hint="'--source'")
    try:
        report = run(archive_path, _load_sources(config_path), source=source, after=False)
    except SourceBusy as exc:
        raise click.ClickException(f"{exc}; try again when it has finished") from exc
    except PermissionError as exc:
        raise _write_refused(archive_path, exc) from exc
    click.echo(report.summary("changed (new versions written)"))
    _after_new_rows(archive_path)
    if report.damage:  # named, and the exit status says so: a cron job must not stay green
        for line in report.damage:
            click.echo(f"damaged: {line}", err=True)
        raise click.ClickException(f"{len(report.damage)} capture(s) could not be read; "
                                   f"their rows are left as they were")


@main.command()
@click.argument("warcs", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", default=None, type=SOURCE_NAME,
              help="Source name for every row (default: the configured source of each page's "
                   "host, else web-<host>).")
@config_option
@archive_option
def ingest(warcs: tuple[Path, ...], source: str | None, config_path: Path | None,
           archive_path: Path) -> None:
    """Extract the articles of WARC files written by other tools (wget, Heritrix, Browsertrix,
    Common Crawl) into the archive; rows point at those files."""
    from warcio.exceptions import ArchiveLoadFailed

    from archive.locks import SourceBusy
    from crawler.reprocess import ingest as run

    _require_writable(archive_path)
    try:
        report = run(archive_path, list(warcs), _load_sources(config_path), source=source,
                     after=False)
    except SourceBusy as exc:
        raise click.ClickException(f"{exc}; try again when it has finished") from exc
    except PermissionError as exc:  # the archive's fault unless it names a WARC file given
        if exc.filename is None or Path(exc.filename) not in warcs:
            raise _write_refused(archive_path, exc) from exc
        raise click.ClickException(f"cannot read the WARC file: {exc}") from exc
    except (OSError, ValueError, ArchiveLoadFailed) as exc:  # not a WARC file, or unreadable
        raise click.ClickException(f"cannot read the WARC file: {exc}") from exc
    if report.checked == 0:
        raise click.ClickException("no HTTP response record in the given files: are they WARC "
                                   "(or ARC) files?" + "".join(f" ({d})" for d in report.damage[:1]))
    click.echo(report.summary("written"))
    for src, n in sorted(report.by_source.items()):
        click.echo(f"  {src}: {n}")
    _after_new_rows(archive_path)
    if report.damage:  # the records before the damage are kept; the exit status says the rest
        for line in report.damage:
            click.echo(f"damaged: {line}", err=True)
        raise click.ClickException(f"{len(report.damage)} damaged WARC file(s): the records "
                                   f"before the damage were ingested, none after it")


@main.command()
@click.option("--once", is_flag=True, help="Run what is due now, then exit (for cron/systemd).")
@click.option("--print-cron", is_flag=True, help="Print equivalent crontab lines and exit.")
@config_option
@archive_option
def schedule(once: bool, print_cron: bool, config_path: Path | None, archive_path: Path) -> None:
    """Crawl each source on its cron schedule, in the foreground, until SIGINT/SIGTERM.

    After downtime a source whose last crawl started before its latest slot runs once
    (missed slots are coalesced). Each crawl runs in its own process and holds the source's
    lock, so no source is ever crawled twice at the same time. At start it prints when each
    source runs next. --print-cron lines name the working directory, sources file, archive
    and executable by absolute path (cron starts jobs in $HOME).
    """
    from crawler import schedule as sched

    sources = _load_sources(config_path)
    _refuse_code_folder(archive_path)  # every crawl it starts would be refused
    if print_cron:
        try:
            lines = sched.cron_lines(sources, archive_path, config_path)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        for line in lines:
            click.echo(line)
        return
    if once:
        codes = sched.run_once(sources, archive_path, config_path)
        for name, code in codes.items():
            click.echo(f"{name}: exit {code}")
        if not codes:
            click.echo("nothing due")
        sys.exit(0 if all(c == 0 for c in codes.values()) else 1)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(sched.Scheduler(sources, archive_path, config_path).serve(echo=click.echo))


@main.command()
@click.option("--source", default=None, type=SOURCE_NAME, help="Only this source.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print full run rows as JSON.")
@archive_option
def runs(source: str | None, limit: int, as_json: bool, archive_path: Path) -> None:
    """List crawl runs, newest first: what each fetched, archived, dropped and hit."""
    _require_archive(archive_path)
    from archive import open_archive

    with open_archive(archive_path) as archive:
        table = archive.runs(source, limit)
    columns = table.column_names
    rows = _rows(table)
    if as_json:
        click.echo(_format(rows, columns, "json"))
        return
    brief = ["source", "started_at", "finish_reason", "requests", "articles_new",
             "articles_changed", "articles_unchanged", "articles_removed", "items_dropped",
             "traps_refused", "errors", "article_requests_failed", "pages_by_kind"]
    idx = [columns.index(c) for c in brief]
    table = [tuple(r[i] for i in idx) for r in rows]
    click.echo(_table([(*r[:-1], _counts(r[-1])) for r in table], brief))


def _counts(text: str | None) -> str:
    """A JSON object of counts as ``key:n`` words, largest first (a run's page kinds on one
    line of the runs table)."""
    counts = json.loads(text) if text else {}
    return " ".join(f"{k}:{n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


@main.command()
@click.option("--source", default=None, type=SOURCE_NAME, help="Only this source.")
@archive_option
def health(source: str | None, archive_path: Path) -> None:
    """Flag sources whose recent runs look broken; exit 1 when anything is flagged."""
    from archive import open_archive
    from archive.health import check_health

    _require_archive(archive_path)
    with open_archive(archive_path) as archive:
        flags, checked = check_health(archive, source=source)
    for flag in flags:
        click.echo(f"{flag.source}: {flag.kind}: {flag.message}")
    if not checked:
        click.echo("no runs recorded yet")
    if flags:
        sys.exit(1)
    click.echo(f"{len(checked)} source(s) healthy")


@main.command()
@click.option("--source", default=None, type=SOURCE_NAME, help="Only this source.")
@click.option("--min-parts", type=click.IntRange(min=2), default=2, show_default=True,
              help="Compact a source only when it has at least this many parts.")
@click.option("--grace", type=click.FloatRange(min=0), default=600, show_default=True,
              help="Seconds replaced parts stay on disk for readers that listed them.")
@archive_option
def compact(source: str | None, min_parts: int, grace: float, archive_path: Path) -> None:
    """Merge each source's small Parquet parts into one (safe against readers and crashes)."""
    import os

    from archive.compact import compact as run
    from archive.locks import SourceBusy

    chaos = os.environ.get("PORTAL_ARCHIVE_CHAOS_STAGE")  # tests: stop dead at a stage

    def hook(stage: str) -> None:
        if stage == chaos:
            os.kill(os.getpid(), 9)

    _require_archive(archive_path)
    _require_writable(archive_path)
    try:
        results = run(archive_path, source=source, min_parts=min_parts, grace=grace, hook=hook)
    except SourceBusy as exc:
        raise click.ClickException(f"another compaction is running ({exc})") from exc
    except PermissionError as exc:  # refused part-way: nothing was changed
        raise _write_refused(archive_path, exc) from exc
    for result in results:
        if result.merged:
            click.echo(f"{result.source}: {result.replaced} parts -> 1 ({result.rows} rows)")
        else:
            click.echo(f"{result.source}: nothing to do")


@main.command()
@archive_option
def verify(archive_path: Path) -> None:
    """Check every Parquet part (footer, schema), every WARC file and every WARC pointer;
    exit 1 and name the files when something is wrong."""
    from archive.verify import verify_archive

    _require_archive(archive_path)
    report = verify_archive(archive_path)
    click.echo(f"{report.parts} parts, {report.rows} rows, {report.warc_files} WARC files "
               f"({report.warc_records} records), {report.pointers} pointers, "
               f"{report.derived_files} derived files checked")
    for note in report.notes:
        click.echo(f"note: {note}")
    for problem in report.problems:
        click.echo(f"{problem.kind}: {problem.path}: {problem.detail}", err=True)
    if not report.ok:
        click.echo(f"{len(report.problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo("ok")


@main.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False,
                                                                  path_type=Path))
@click.option("--url", default=None, help="URL the page was fetched from (resolves links, picks "
              "the profile).")
@click.option("--profile", "profile_name", default=None,
              help="Source or family name to extract with (default: chosen from the URL or page).")
@click.option("--content-type", default=None, help="Content-Type header the page was served with.")
@config_option
def extract(pages: tuple[Path, ...], url: str | None, profile_name: str | None,
            content_type: str | None, config_path: Path | None) -> None:
    """Extract saved pages; print one JSON record per page.

    PAGES are HTML files (optionally gzip-compressed). Nothing is fetched or archived.
    """
    import gzip

    from crawler.extract import extract_page
    from crawler.profiles import FAMILIES, make_profile, profile_for_page

    sources = _load_sources(config_path)
    for path in pages:
        body = path.read_bytes()
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        page_url = url or path.resolve().as_uri()
        if profile_name in sources:
            profile = sources[profile_name].profile()
        elif profile_name in FAMILIES:
            profile = make_profile(profile_name, profile_name)
        elif profile_name:
            raise click.ClickException(
                f"unknown profile {profile_name!r}: name a source or one of {sorted(FAMILIES)}")
        else:
            profile = profile_for_page(url, body, sources)
        record = extract_page({"url": page_url, "body": body, "content_type": content_type,
                               "hints": profile.hints()})
        record = {"file": str(path), "url": url, **record}
        click.echo(json.dumps(record, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _after_new_rows(archive_path: Path) -> None:
    """What follows every command that writes article rows (crawl, ingest, reextract): the
    library's archive.derived.update_derived (duplicates matched, then indexed for search),
    with a line for what changed or was skipped. Its failure never fails the write."""
    import sqlite3

    import duckdb

    from archive.derived import update_derived

    try:
        with _ProgressBar("indexing", quiet=True) as progress:
            done = update_derived(archive_path, progress=progress)
    except (sqlite3.DatabaseError, duckdb.Error, OSError) as exc:
        click.echo(f"clusters and search index: not updated ({str(exc).splitlines()[0]}); "
                   "`portal-archive dedup` and `portal-archive index` catch up", err=True)
        return
    if done.clusters is not None and done.clusters.new_versions:
        c = done.clusters
        click.echo(f"duplicate clusters: {c.new_versions} new version(s) matched; "
                   f"{c.multi} cluster(s) with copies among {c.versions} version(s)")
    if done.index is not None and (done.index.added or done.index.removed):
        i = done.index
        state = "rebuilt" if i.rebuilt else "updated"
        click.echo(f"search index {state}: {i.added} article(s) indexed, {i.removed} dropped; "
                   f"{i.documents} in the index")
    for step, reason in (done.skipped or {}).items():
        name = "duplicate clusters" if step == "clusters" else "search index"
        click.echo(f"{name}: not updated, {reason}; it will catch up on its next run", err=True)


def _update_clusters(archive_path: Path, *, rebuild: bool = False, quiet: bool = False):
    """Match new article versions against the archive (incremental, archive/dedup.py)."""
    from archive.dedup import cluster
    from archive.locks import SourceBusy

    try:
        result = cluster(archive_path, rebuild=rebuild)
    except SourceBusy:
        click.echo("duplicate clusters: another process is updating them; they will catch up "
                   "on its next run", err=True)
        return None
    if not quiet or result.new_versions:
        click.echo(f"duplicate clusters: {result.new_versions} new version(s) matched; "
                   f"{result.multi} cluster(s) with copies among {result.versions} version(s)")
    return result


@main.command()
@click.option("--rebuild", is_flag=True, help="Forget the stored signatures and start over.")
@archive_option
def dedup(rebuild: bool, archive_path: Path) -> None:
    """Match article versions not yet clustered against the archive and update the duplicate
    clusters (crawl, ingest and reextract do this themselves when they finish)."""
    _require_archive(archive_path)
    _require_writable(archive_path)
    try:
        result = _update_clusters(archive_path, rebuild=rebuild)
    except PermissionError as exc:
        raise _write_refused(archive_path, exc) from exc
    if result is not None:
        click.echo("steps (s): " + ", ".join(f"{k} {v}" for k, v in result.seconds.items()))


def _update_search_index(archive_path: Path, *, rebuild: bool = False, quiet: bool = False):
    """Bring the full-text index up to date (incremental, archive/search.py)."""
    import sqlite3

    from archive.locks import SourceBusy
    from archive.search import update_index

    try:
        with _ProgressBar("indexing", quiet=quiet) as progress:
            result = update_index(archive_path, rebuild=rebuild, progress=progress)
    except SourceBusy:
        click.echo("search index: another process is updating it; it will catch up on its "
                   "next run", err=True)
        return None
    except PermissionError as exc:
        click.echo(f"search index: not updated, the archive is read-only here ({exc})", err=True)
        return None
    except (sqlite3.DatabaseError, OSError) as exc:
        click.echo(f"search index: not updated ({exc}); `portal-archive index --rebuild` "
                   "makes a new one", err=True)
        return None
    if not quiet or result.added or result.removed:
        state = "rebuilt" if result.rebuilt else "up to date" if result.up_to_date else "updated"
        # (on stderr when it only precedes another command's output: `search --format json`)
        click.echo(f"search index {state}: {result.added} article(s) indexed, {result.removed} "
                   f"dropped; {result.documents} in the index", err=quiet)
    return result


class _ProgressBar:
    """click's progress bar on stderr while it is a terminal, as a ``progress(done, total)``
    callback; nothing otherwise (logs and pipes stay clean)."""

    def __init__(self, label: str, *, quiet: bool = False) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None
        self.done = 0

    def __enter__(self):
        return self.update if self.enabled else None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _ensure_index(archive_path: Path) -> None:
    """Build the index on first use, or make a new one for a damaged one, where this process
    may write; say so when it is behind the archive (searching never updates it)."""
    from archive.layout import code_problem
    from archive.search import REBUILD_HINT, can_update, index_state

    state = index_state(archive_path)
    if state.state == "behind":
        click.echo("warning: the search index is behind the archive; `portal-archive index` "
                   "brings it up to date", err=True)
        return
    if state.state == "current":
        return
    what = ("no search index yet" if state.state == "missing"
            else f"the search index is damaged ({state.detail})")
    if problem := code_problem(archive_path):  # an archive older versions made in a package
        raise click.ClickException(f"{what}, and {problem}")
    if not can_update(archive_path):
        hint = "`portal-archive index` builds one" if state.state == "missing" else REBUILD_HINT
        raise click.ClickException(f"{what}, and the archive {archive_path} is read-only here; "
                                   f"where it can be written, {hint}")
    click.echo(f"{what}: building it" if state.state == "missing" else f"{what}: building a new one",
               err=True)
    if _update_search_index(archive_path, rebuild=state.state == "damaged", quiet=True) is None:
        raise click.ClickException("the search index could not be built")


@main.command("index")
@click.option("--rebuild", is_flag=True, help="Build a new index from scratch (for recovery); "
                                              "searches keep using the old one until it is done.")
@archive_option
def index_command(rebuild: bool, archive_path: Path) -> None:
    """Update the full-text search index: add article versions not yet indexed, drop replaced
    and removed ones (crawl, ingest and reextract do this themselves when they finish)."""
    _require_archive(archive_path)
    _require_writable(archive_path)
    result = _update_search_index(archive_path, rebuild=rebuild)
    if result is None:
        sys.exit(1)
    if result.seconds:
        click.echo("steps (s): " + ", ".join(f"{k} {v}" for k, v in result.seconds.items()))


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


def _filters(func):
    for option in reversed(filter_options):
        func = option(func)
    return func


@main.command("search")
@click.argument("query")
@_filters
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--all-copies", is_flag=True, help="Show every copy of a republished story, "
                                                 "not only the best-ranked one.")
@click.option("--exhaustive", is_flag=True, help="Rank every match; by default a query matching "
                                                 "more articles than the rank window (1,000) ranks "
                                                 "the most recent of them (slow for very common words).")
@archive_option
def search_command(query: str, source: str | None, unit: str | None, since: str | None,
                   until: str | None, limit: int, fmt: str, all_copies: bool, exhaustive: bool,
                   archive_path: Path) -> None:
    """Full-text search of the latest article versions, best first.

    Diacritics and case are ignored ("hoi nghi" finds "hội nghị"); words typed with
    diacritics rank the articles that have them as typed first. QUERY syntax: words (all
    must occur), "a phrase", OR, NOT, AND, (groups), prefix* and title:word.
    """
    from archive.search import RANK_WINDOW, SearchError, SearchSyntaxError
    from archive.search import search as run_search

    _require_archive(archive_path)
    _ensure_index(archive_path)
    tty = sys.stdout.isatty()
    mark = ("<mark>", "</mark>") if fmt != "table" else ("\x1b[1m", "\x1b[0m") if tty else ("**", "**")
    try:
        hits = run_search(archive_path, query, source=source, unit=unit, since=since, until=until,
                          limit=limit, all_copies=all_copies, window=None if exhaustive else RANK_WINDOW,
                          mark=mark)
    except SearchSyntaxError as exc:
        raise click.UsageError(f"query: {exc}") from exc
    except SearchError as exc:
        raise click.ClickException(str(exc)) from exc
    if hits.window_full:
        since_note = f", published since {hits.window_from:%Y-%m-%d}" if hits.window_from else ""
        click.echo(f"note: more than {RANK_WINDOW:,} articles match; ranked are the {RANK_WINDOW:,} "
                   f"most recent{since_note} (narrow the query or the dates, or use --exhaustive)",
                   err=True)
    if fmt != "table":
        columns = ["rank", "score", "exact", "published", "source", "unit", "title", "snippet",
                   "url", "article_id", "version_id", "cluster_id", "copies"]
        rows = [(h.rank, h.score, h.exact, h.published_at.isoformat() if h.published_at else None,
                 h.source, h.unit, h.title, h.snippet, h.url, h.article_id, h.version_id,
                 h.cluster_id, h.copies) for h in hits]
        click.echo(_format(rows, columns, fmt), nl=fmt != "csv")
        return
    if not hits:
        click.echo("no article matches")
        return
    for h in hits:
        line = " · ".join(x for x in (
            f"{h.published_at:%Y-%m-%d}" if h.published_at else "undated", h.source, h.unit,
            f"+{h.copies} cop{'y' if h.copies == 1 else 'ies'}" if h.copies else None) if x)
        click.echo(f"{h.rank:>3}. {h.title}\n     {line}\n     {h.snippet}\n     {h.url}\n",
                   color=tty or None)


_NOT_REGULAR = "not a regular file: use -o - and redirect"


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True,
              help="csv: for programs (pandas, DuckDB, R): UTF-8 without BOM, cells as archived, "
                   "lists as JSON (add --excel for a spreadsheet); jsonl: a JSON object a line; "
                   "parquet: typed columns.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              required=True, help="File to write, or - for stdout. Written beside it and renamed "
                                  "into place once complete; an existing file is kept unless --force. A "
                                  "symlink is followed; a FIFO or device is refused (use -o - "
                                  "and redirect).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--excel", is_flag=True, help="CSV for spreadsheet software (Excel, LibreOffice): a "
                                            "UTF-8 byte order mark, so Vietnamese shows right, and "
                                            "a ' before every cell a spreadsheet would run as a "
                                            "formula (starting with = + - @, tab or CR).")
@_filters
@click.option("--query", default=None, help="Only articles matching this full-text query "
                                            "(search syntax); best first, with a score column.")
@archive_option
def export_command(fmt: str, output: Path, force: bool, excel: bool, source: str | None,
                   unit: str | None, since: str | None, until: str | None, query: str | None,
                   archive_path: Path) -> None:
    """Export the latest article versions (filtered) with their provenance: URL, capture time,
    WARC file, offset and length, version id."""
    import duckdb

    from archive import open_archive
    from archive.export import NotRegularFile, export_articles
    from archive.search import SearchError, SearchSyntaxError

    _require_archive(archive_path)
    if excel and fmt != "csv":
        raise click.BadParameter("applies to --format csv only", param_hint="'--excel'")
    to_stdout = str(output) == "-"
    if to_stdout and fmt == "parquet" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: redirect stdout to a file, or use -o FILE")
    dest = output.resolve() if output.is_symlink() else output  # a link's target is written
    if not to_stdout and not dest.parent.is_dir():
        raise click.BadParameter(f"folder {dest.parent} does not exist", param_hint="'-o'")
    if not to_stdout and dest.exists() and not dest.is_file():  # a FIFO, a device: a rename
        raise click.BadParameter(_NOT_REGULAR, param_hint="'-o'")  # would replace it
    if not to_stdout and dest.exists() and not force:
        raise click.BadParameter(f"{output} already exists (--force replaces it)", param_hint="'-o'")
    target = sys.stdout.buffer if to_stdout else output
    name = "stdout" if to_stdout else str(output)
    if query:
        _ensure_index(archive_path)
    with open_archive(archive_path) as archive, _ProgressBar(f"export {output.name}") as progress:
        _warn_bad_parts(archive)
        try:
            rows = export_articles(archive, target, fmt, source=source, unit=unit, since=since,
                                   until=until, query=query, excel=excel, overwrite=force,
                                   progress=progress)
        except SearchSyntaxError as exc:
            raise click.UsageError(f"--query: {exc}") from exc
        except (SearchError, duckdb.Error) as exc:
            raise click.ClickException(str(exc).splitlines()[0]) from exc
        except NotRegularFile as exc:  # made meanwhile
            raise click.BadParameter(_NOT_REGULAR, param_hint="'-o'") from exc
        except OSError as exc:  # a folder removed, a full disk, a file made meanwhile
            raise click.ClickException(f"cannot write {name}: {exc.strerror or exc}") from exc
    click.echo(f"{rows} article(s) written to {name}", err=True)


def _warn_clusters_behind(archive) -> None:
    """Say when the duplicate clusters miss article versions: never computed, or versions
    stored since the last `portal-archive dedup` (`scrapy crawl`, parts copied in). What dedup
    matched is what `dedup/clusters.parquet` holds; it matches every live version with text."""
    from archive.clusters import pending as pending_versions
    from archive.dedup import CLUSTERS_FILE

    clusters = str(archive.root / CLUSTERS_FILE)
    if any(path == clusters for path, _reason in archive.bad_parts):  # left out, not missing
        click.echo(f"warning: the duplicate clusters file {clusters} is damaged; "
                   "`portal-archive dedup --rebuild` rebuilds it", err=True)
        return
    pending, clustered = pending_versions(archive)
    if not pending:
        return
    if not clustered:
        click.echo("warning: duplicate clusters have not been computed for this archive; "
                   "`portal-archive dedup` computes them", err=True)
    else:
        click.echo(f"warning: duplicate clusters are behind the archive: {pending} article "
                   "version(s) not matched yet; `portal-archive dedup` matches them", err=True)


@main.command()
@click.argument("key", required=False)
@click.option("--source", default=None, type=SOURCE_NAME, help="Only clusters with a copy on this source.")
@click.option("--since", type=DATE, default=None, help="Only clusters whose original was "
              "published on or after this date (YYYY-MM-DD, as in search).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@archive_option
def dupes(key: str | None, source: str | None, since: str | None, limit: int, fmt: str,
          archive_path: Path) -> None:
    """List duplicate clusters (largest first), or show one: KEY is a cluster id, or the
    version id, article id or URL of any member."""
    _require_archive(archive_path)
    from archive import open_archive
    from archive.clusters import cluster_members, find_cluster, list_clusters

    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        _warn_clusters_behind(archive)
        if key is None:
            table = list_clusters(archive, source=source, since=since, limit=limit)
            click.echo(_format(_rows(table), table.column_names, fmt))
            return
        cluster_id = find_cluster(archive, key)
        if cluster_id is None:
            raise click.ClickException(f"no clustered article matches {key!r} (run "
                                       "`portal-archive dedup` after importing articles)")
        members = cluster_members(archive, cluster_id)
    if fmt != "table":
        cols = [c for c in members[0] if c != "text"]
        click.echo(_format([tuple(m[c] for c in cols) for m in members], cols, fmt))
        return
    from archive.history import text_diff

    original = next((m for m in members if m["version_id"] == cluster_id), members[0])
    click.echo(f"cluster {cluster_id}: {len(members)} version(s) on "
               f"{len({m['source'] for m in members})} source(s)")
    for m in members:
        role = "ORIGINAL" if m is original else f"{m['match']} ({m['score']})"
        click.echo(f"\n{role}  {m['source']}  {m['published'] or '?'}\n  {m['title']}\n  {m['url']}")
        if m is original:
            continue
        if m["title"] != original["title"]:
            click.echo(f"  title differs from the original's: {original['title']}")
        diff = text_diff(original["text"], m["text"], context=0)
        removed = sum(1 for line in diff if line.startswith("-") and not line.startswith("---"))
        added = sum(1 for line in diff if line.startswith("+") and not line.startswith("+++"))
        click.echo(f"  text: {removed} paragraph(s) of the original missing or changed, "
                   f"{added} added or changed")
        for line in diff[2:12]:
            if not line.startswith("@@"):
                click.echo(f"    {_cell(line, 100)}")


@main.command("eval-dedup")
def eval_dedup() -> None:
    """Score duplicate clustering on the labelled republication set (pair precision, recall,
    F1, hard negatives merged), beside datasketch MinHashLSH at 0.8 and 0.5 if installed."""
    from crawler.dedup_eval import report

    click.echo(report())


@main.command("eval")
@click.option("--golden", type=click.Path(file_okay=False, path_type=Path),
              default=Path("tests/golden"), show_default=True,
              help="Golden corpus: <family>/<page>.html + .json expected records.")
@click.option("--aeb", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Article-extraction-benchmark folder (ground-truth.json, html/) for the "
                   "generic path.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(golden: Path, aeb: Path | None, as_json: bool) -> None:
    """Score extraction per family against expected records, beside bare trafilatura."""
    from crawler.extract.report import format_report, run_eval

    if not any(golden.glob("*/*.json")):
        raise click.ClickException(f"no golden pages under {golden}")
    report = run_eval(golden, aeb_dir=aeb)
    click.echo(json.dumps(report, indent=1) if as_json else format_report(report))


@main.command("demo-server")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", "ports", multiple=True, metavar="SITE=PORT",
              help="Fixed port for one demo site, e.g. --port huecit=8001 (default: free ports).")
@click.option("--articles", type=click.IntRange(min=1), default=None,
              help="Grow the portal to about this many articles (generated, deterministic).")
def demo_server(host: str, ports: tuple[str, ...], articles: int | None) -> None:
    """Serve the bundled demo portal in the foreground (Ctrl-C stops it)."""
    from crawler.demo.corpus import SITES
    from crawler.demo.server import serve_forever

    fixed = {}
    for item in ports:
        site, _, port = item.partition("=")
        if site not in SITES or not port.isdigit():
            raise click.BadParameter(f"{item!r}: expected SITE=PORT with SITE one of {', '.join(SITES)}",
                                     param_hint="--port")
        fixed[site] = int(port)
    logging.basicConfig(level=logging.INFO)
    serve_forever(host, fixed, articles)


# -- formatting ---------------------------------------------------------------------------------
def _cell(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[dict[str, Any]] | list[tuple], columns: list[str] | None = None) -> str:
    columns = columns or (list(rows[0]) if rows else [])
    if not columns:
        return "(no rows)"
    cells = [[_cell(v) for v in (r.values() if isinstance(r, dict) else r)] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(line.rstrip() for line in lines)


def _format(rows: list[tuple], columns: list[str], fmt: str) -> str:
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(_finite(records), ensure_ascii=False, default=_json_value, indent=1,
                          allow_nan=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        # csv quotes a field holding "\n" but not a lone "\r", which readers take for a line
        # end: a row with one is written all quoted.
        quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writerow(columns)
        for row in rows:
            cells = [_csv_value(v) for v in row]
            (quoted if any(isinstance(c, str) and "\r" in c for c in cells) else writer).writerow(cells)
        return buf.getvalue()
    return _table(rows, columns)


def _json_value(value: Any) -> Any:
    """What JSON has no type for: dates and times as ISO 8601 (with their offset), bytes as
    hex, the rest (decimals, UUIDs) as text."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinities as null: JSON has no number for them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _csv_value(value: Any) -> Any:
    """A CSV cell: lists and structs as JSON, dates and times as ISO 8601, null as empty."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple | dict):
        return json.dumps(_finite(value), ensure_ascii=False, default=_json_value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _summary_text(archive_path: Path, run_ids: list[str] | None = None) -> str:
    from archive import open_archive

    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        sources = archive.per_source()
        samples = archive.latest(3)
        total = archive.count("articles")
    lines = [f"Archive {archive_path}: {total} articles", "", _table(sources), "", "Latest articles:"]
    for s in samples:
        first_words = " ".join((s["text"] or "").split()[:18])
        lines.append(f"- {s['published']} [{s['source']}] {s['title']}")
        lines.append(f"    unit: {s['unit'] or '-'}")
        lines.append(f"    {first_words}…")
    return "\n".join(lines)


def _crawl_report(results, archive_path: Path) -> str:
    lines = []
    for r in results:
        if r.finish_reason == "source_busy":
            lines.append(f"{r.source}: skipped, another crawl of it is running")
            continue
        st = r.stats
        lines.append(
            f"{r.source}: {r.finish_reason}; {st.get('downloader/response_count', 0)} responses, "
            f"{st.get('archive/articles_new', 0)} new, "
            f"{st.get('archive/articles_unchanged', 0) + st.get('portal/not_modified', 0)} "
            "unchanged, "
            f"{st.get('item_dropped_count', 0)} dropped, "
            f"{st.get('portal/traps_refused', 0)} traps refused (run {r.run_id})"
        )
        # Counts grow only once rows are published (pipelines/store.py): what could not be
        # written is said apart, never counted as new.
        if st.get("archive/rows_lost"):
            lines.append(f"  {st['archive/rows_lost']} article row(s) could not be stored; "
                         "the next run fetches them again")
        refused = {k[len("portal/refused/"):]: v for k, v in sorted(st.items())
                   if k.startswith("portal/refused/") and isinstance(v, int)}
        if refused:
            lines.append("  refused: " + ", ".join(f"{k} {v}" for k, v in refused.items()))
        failing = {k[len("portal/failing_hosts/"):]: v for k, v in sorted(st.items())
                   if k.startswith("portal/failing_hosts/")}
        if failing:
            lines.append("  failing hosts (given up this run, tried again next run): "
                         + ", ".join(f"{h} ({why})" for h, why in failing.items()))
    return "\n".join(lines) + "\n\n" + _summary_text(archive_path)


if __name__ == "__main__":  # pragma: no cover
    main()
