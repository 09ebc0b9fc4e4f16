"""``portal-archive`` commands that read what is stored: summary, query, show, history, runs,
health, verify, export; and compact, which rewrites the stored parts without changing them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler.cli import main
from crawler.cli.finding import _ensure_index
from crawler.cli.options import (
    SOURCE_NAME,
    _filters,
    _require_archive,
    _require_writable,
    _write_refused,
    archive_option,
)
from crawler.cli.output import (
    _counts,
    _format,
    _ProgressBar,
    _rows,
    _summary_text,
    _table,
    _unique,
    _warn_bad_parts,
)


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
    `article_clusters` (each clustered version), `attachments` (one row per document an
    article attaches, with its text) and `runs` (one row per crawl run).

    Read-only: one SELECT (or a plain EXPLAIN of one), values through --param; no other file,
    no network, no extension, no setting. It stops at --timeout, at 1 GB of memory, or when
    its result passes 1,000,000 rows or 256 MB (add a LIMIT). A refused statement is a usage
    error (exit 2); a query that fails or stops exits 1.
    """
    import duckdb

    from archive import open_archive

    _require_archive(archive_path)
    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        try:  # a refused statement (QueryError, exit 2) or a limit hit (QueryLimit, exit 1)
            # ends the command as every library error does (crawler/cli/__init__.py)
            table = archive.query(sql, list(params) if params else None, timeout=timeout)
        except duckdb.Error as exc:
            raise click.ClickException(str(exc).splitlines()[0]) from exc
    columns = _unique(table.column_names)
    rows = _rows(table)
    click.echo(_format(rows, columns, fmt), nl=fmt != "csv")


def _find(archive_path: Path, key: str, source: str | None) -> list[dict]:
    from archive import open_archive
    from archive.browse import article_versions

    with open_archive(archive_path) as archive:  # AmbiguousKey: "name the source", exit 1
        rows = article_versions(archive, key, source)
    if not rows:
        raise click.ClickException(f"no article matches {key!r}")
    return rows


def _find_quietly(archive_path: Path, key: str, source: str | None) -> list[dict]:
    from archive import open_archive
    from archive.browse import article_versions

    with open_archive(archive_path) as archive:
        return article_versions(archive, key, source)


def _print_capture(archive_path: Path, url: str) -> None:
    """The latest capture of a URL that no article row names, from the capture indexes."""
    from archive.cdx import payload_capture
    from archive.warc import raw_record

    found = payload_capture(archive_path, url)
    if found is None:
        raise click.ClickException(f"no capture of {url!r} (neither an article nor in the "
                                   "WARC files' capture indexes, which every crawl, ingest "
                                   "and dedup brings up to date)")
    capture, original = found
    if original:  # only revisits of this URL: the same bytes, captured under another one
        click.echo(f"note: {url} was captured as a revisit of {original} (the same bytes); "
                   "this is that capture", err=True)
    try:
        data = raw_record(archive_path, capture.pointer)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot read the capture: {exc}") from exc
    click.echo(data, nl=False)


@main.command()
@click.argument("key")
@click.option("--raw", is_flag=True, help="Print the captured HTTP response from the WARC. "
              "With a URL that is no article (a photo, a listing page) the latest capture of "
              "that URL is printed, found in the WARC files' capture indexes.")
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

    if raw and "://" in key and not _find_quietly(archive_path, key, source):
        _print_capture(archive_path, key)
        return
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
    brief = ["source", "started_at", "finish_reason", "workers", "requests", "articles_new",
             "articles_changed", "articles_unchanged", "articles_removed", "items_dropped",
             "traps_refused", "errors", "article_requests_failed", "pages_by_kind"]
    idx = [columns.index(c) for c in brief]
    table = [tuple(r[i] for i in idx) for r in rows]
    click.echo(_table([(*r[:-1], _counts(r[-1])) for r in table], brief))


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
    from archive.compact import compact as run
    from archive.locks import SourceBusy

    _require_archive(archive_path)
    _require_writable(archive_path)
    try:
        results = run(archive_path, source=source, min_parts=min_parts, grace=grace)
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
@click.option("--fixity", is_flag=True,
              help="Also recompute every part's SHA-256 against the one recorded when it was "
                   "published, and every WARC record's block and payload digests (every byte "
                   "read and hashed: for a scheduled audit).")
def verify(archive_path: Path, fixity: bool) -> None:
    """Check every Parquet part (footer, schema), every WARC file and every WARC pointer;
    exit 1 and name the files when something is wrong."""
    from archive.verify import verify_archive

    _require_archive(archive_path)
    report = verify_archive(archive_path, fixity=fixity)
    click.echo(f"{report.parts} parts, {report.rows} rows, {report.warc_files} WARC files "
               f"({report.warc_records} records), {report.pointers} pointers, "
               f"{report.files} captured photos and documents, "
               f"{report.derived_files} derived files checked")
    if fixity:
        click.echo(f"fixity: {report.hashed} digests recomputed, {report.files} photos and "
                   "documents hashed against their rows"
                   + (f"; {report.undigested} part(s) written before parts had digests"
                      if report.undigested else ""))
    for note in report.notes:
        click.echo(f"note: {note}")
    for problem in report.problems:
        click.echo(f"{problem.kind}: {problem.path}: {problem.detail}", err=True)
    if not report.ok:
        click.echo(f"{len(report.problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo("ok")


_NOT_REGULAR = "not a regular file: use -o - and redirect"


def _export_wacz(archive_path: Path, output: Path, force: bool, source: str | None,
                 run_id: str | None, unused: dict[str, object]) -> None:
    from archive import open_archive
    from archive.export import NotRegularFile
    from archive.wacz import write_wacz

    for option, value in unused.items():
        if value:
            raise click.BadParameter("does not apply to --format wacz (whole WARC files are "
                                     "packaged: choose them by --source and --run)", param_hint=f"'{option}'")
    if str(output) == "-":
        raise click.BadParameter("a WACZ package is a ZIP file: give a file name", param_hint="'-o'")
    if output.exists() and not force:
        raise click.BadParameter(f"{output} already exists (--force replaces it)", param_hint="'-o'")
    with open_archive(archive_path) as archive:
        try:
            result = write_wacz(archive, output, source=source, run=run_id, overwrite=force)
        except NotRegularFile as exc:
            raise click.BadParameter(_NOT_REGULAR, param_hint="'-o'") from exc
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}"
                                       if isinstance(exc, OSError) else str(exc)) from exc
    click.echo(f"{result.pages} page(s) from {result.warc_files} WARC file(s) written to {output} "
               f"({result.bytes} bytes)", err=True)


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "wacz"]), required=True,
              help="csv: for programs (pandas, DuckDB, R): UTF-8 without BOM, cells as archived, "
                   "lists as JSON (add --excel for a spreadsheet); jsonl: a JSON object a line; "
                   "parquet: typed columns; wacz: the raw captures (WARC files, a CDXJ index, "
                   "the pages) as a WACZ package for replay tools, by --source and --run.")
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
@click.option("--run", "run_id", default=None,
              help="--format wacz: only this run's WARC files (a run id, as `runs` lists).")
@click.option("--table", type=click.Choice(["articles", "attachments"]), default="articles",
              show_default=True,
              help="attachments: the documents the selected articles attach, one row each, with "
                   "the text read from them and their own capture (WARC file, offset, SHA-256).")
@archive_option
def export_command(fmt: str, output: Path, force: bool, excel: bool, source: str | None,
                   unit: str | None, since: str | None, until: str | None, query: str | None,
                   run_id: str | None, table: str, archive_path: Path) -> None:
    """Export the latest article versions (filtered) with their provenance: URL, capture time,
    WARC file, offset and length, version id; or (--format wacz) the raw captures as a WACZ
    package."""
    import duckdb

    from archive import open_archive
    from archive.export import NotRegularFile, export_articles
    from archive.search import SearchSyntaxError

    _require_archive(archive_path)
    if fmt == "wacz":
        _export_wacz(archive_path, output, force, source, run_id,
                     unused={"--unit": unit, "--since": since, "--until": until,
                             "--query": query, "--excel": excel})
        return
    if run_id:
        raise click.BadParameter("applies to --format wacz only", param_hint="'--run'")
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
                                   progress=progress, table=table)
        except SearchSyntaxError as exc:  # which input was wrong: --query, not a filter
            raise click.UsageError(f"--query: {exc}") from exc
        except duckdb.Error as exc:
            raise click.ClickException(str(exc).splitlines()[0]) from exc
        except NotRegularFile as exc:  # made meanwhile
            raise click.BadParameter(_NOT_REGULAR, param_hint="'-o'") from exc
        except OSError as exc:  # a folder removed, a full disk, a file made meanwhile
            raise click.ClickException(f"cannot write {name}: {exc.strerror or exc}") from exc
    click.echo(f"{rows} {'document' if table == 'attachments' else 'article'}(s) written to {name}",
               err=True)
