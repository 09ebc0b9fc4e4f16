"""``portal-archive`` commands that find things in the archive: search and its index,
duplicate clusters (dedup, dupes), and the extraction and dedup evaluations."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.cli import main
from crawler.cli.options import (
    SOURCE_NAME,
    _filters,
    _require_archive,
    _require_writable,
    _write_refused,
    archive_option,
)
from crawler.cli.output import (
    _cell,
    _format,
    _ProgressBar,
    _rows,
    _warn_bad_parts,
    clusters_line,
    index_line,
)
from crawler.dates_arg import DATE

if TYPE_CHECKING:
    from archive.dedup import DedupResult
    from archive.reader import Archive
    from archive.search import IndexResult


def _update_clusters(archive_path: Path, *, rebuild: bool = False,
                     quiet: bool = False) -> DedupResult | None:
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
        click.echo(clusters_line(result))
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


def _update_search_index(archive_path: Path, *, rebuild: bool = False,
                         quiet: bool = False) -> IndexResult | None:
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
        # (on stderr when it only precedes another command's output: `search --format json`)
        click.echo(index_line(result), err=quiet)
    return result


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
    from archive.search import RANK_WINDOW, SearchSyntaxError
    from archive.search import search as run_search

    _require_archive(archive_path)
    _ensure_index(archive_path)
    tty = sys.stdout.isatty()
    mark = ("<mark>", "</mark>") if fmt != "table" else ("\x1b[1m", "\x1b[0m") if tty else ("**", "**")
    try:
        hits = run_search(archive_path, query, source=source, unit=unit, since=since, until=until,
                          limit=limit, all_copies=all_copies, window=None if exhaustive else RANK_WINDOW,
                          mark=mark)
    except SearchSyntaxError as exc:  # which input was wrong: QUERY, not a filter
        raise click.UsageError(f"query: {exc}") from exc
    if hits.window_full:
        since_note = f", published since {hits.window_from:%Y-%m-%d}" if hits.window_from else ""
        click.echo(f"note: more than {RANK_WINDOW:,} articles match; ranked are the {RANK_WINDOW:,} "
                   f"most recent{since_note} (narrow the query or the dates, or use --exhaustive)",
                   err=True)
    if fmt != "table":
        columns = ["rank", "score", "exact", "published", "source", "unit", "title", "snippet",
                   "url", "article_id", "version_id", "cluster_id", "copies", "in_attachment"]
        rows = [(h.rank, h.score, h.exact, h.published_at.isoformat() if h.published_at else None,
                 h.source, h.unit, h.title, h.snippet, h.url, h.article_id, h.version_id,
                 h.cluster_id, h.copies, h.in_attachment) for h in hits]
        click.echo(_format(rows, columns, fmt), nl=fmt != "csv")
        return
    if not hits:
        click.echo("no article matches")
        return
    for h in hits:
        line = " · ".join(x for x in (
            f"{h.published_at:%Y-%m-%d}" if h.published_at else "undated", h.source, h.unit,
            f"+{h.copies} cop{'y' if h.copies == 1 else 'ies'}" if h.copies else None) if x)
        where = f"in attachment {h.in_attachment}: " if h.in_attachment else ""
        click.echo(f"{h.rank:>3}. {h.title}\n     {line}\n     {where}{h.snippet}\n     {h.url}\n",
                   color=tty or None)


def _warn_clusters_behind(archive: Archive) -> None:
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
