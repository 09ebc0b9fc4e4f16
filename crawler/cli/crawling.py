"""``portal-archive`` commands that bring pages in: sources, crawl, schedule, reextract,
ingest, extract, demo-server; and what follows every write of article rows."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.cli import main
from crawler.cli.options import (
    SOURCE_NAME,
    _frontier_url,
    _load_sources,
    _refuse_code_folder,
    _require_archive,
    _require_writable,
    _settings_overrides,
    _write_refused,
    archive_option,
    config_option,
)
from crawler.cli.output import (
    _json_default,
    _ProgressBar,
    _summary_text,
    _table,
    _warn_bad_parts,
    clusters_line,
    index_line,
)

if TYPE_CHECKING:
    from crawler.runner import RunResult


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
        runs = archive.last_runs()
    return {source: f"{r['started_at']:%Y-%m-%d %H:%M %z} {r['finish_reason'] or 'unfinished'}, "
                    f"{r['articles_new'] or 0} new" for source, r in runs.items()}


@main.command()
@click.argument("names", nargs=-1)
@click.option("--all", "all_sources", is_flag=True, help="Crawl every configured source.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Page budget per source (overrides the source's max_pages).")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a crawler setting (docs/settings.md), e.g. -s PORTAL_RECHECK=known.")
@click.option("--frontier", default=None, metavar="redis://HOST:PORT/DB", callback=_frontier_url,
              help="Share the sources' frontier with every other crawl given the same Redis "
                   "(on this machine or others): each request is fetched by one of them, hosts "
                   "see the sources' politeness across all; docs/scale.md.")
@config_option
@archive_option
def crawl(names: tuple[str, ...], all_sources: bool, max_pages: int | None, log_level: str,
          settings: tuple[str, ...], frontier: str | None, config_path: Path | None,
          archive_path: Path) -> None:
    """Crawl sources into the archive (default: the bundled demo portal).

    NAMES are source names from `portal-archive sources`. Exit status: 0 when every crawl
    finished and wrote its rows; 1 when one stopped early or could not write; 3 when a source
    was skipped because another crawl of it was running.
    """
    from crawler.runner import run_crawls

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
    overrides = _settings_overrides(settings)
    if frontier:
        overrides["PORTAL_FRONTIER"] = frontier
    _require_writable(archive_path)  # before any fetching
    results = run_crawls(chosen, archive=archive_path, config=config_path, max_pages=max_pages,
                         overrides={**overrides, "LOG_LEVEL": log_level.upper()}, after=False)
    click.echo(_crawl_report(results, archive_path))
    from pipelines.store import derived_due

    if any(derived_due(r.stats) for r in results):
        _after_new_rows(archive_path)
    if any(r.finish_reason == "source_busy" for r in results):
        sys.exit(3)  # documented: another crawl of a source was running
    if not all(r.ok for r in results):
        sys.exit(1)


@main.command()
@click.option("--frontier", required=True, metavar="redis://HOST:PORT/DB", callback=_frontier_url,
              help="The Redis the crawls share (as given to `crawl --frontier`).")
@click.option("--sources", "max_sources", type=click.IntRange(min=1), default=4,
              show_default=True, help="At most this many sources crawled at once.")
@click.option("--poll", type=click.FloatRange(min=0.1), default=2.0, show_default=True,
              help="Seconds between two looks for sources with work.")
@click.option("--until-idle", is_flag=True,
              help="Stop once no configured source has work waiting (default: run until "
                   "SIGTERM or Ctrl-C).")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a crawler setting in every crawl this worker joins.")
@config_option
@archive_option
def worker(frontier: str, max_sources: int, poll: float, until_idle: bool, log_level: str,
           settings: tuple[str, ...], config_path: Path | None, archive_path: Path) -> None:
    """Take work for any configured source from a shared frontier until told to stop.

    Joins the crawl of every source of --config whose queue in the frontier holds requests
    (a run someone started with `crawl --frontier`), each in a process of its own; SIGTERM
    or Ctrl-C stops them as a crawl stops (requests in hand go to other workers), then the
    worker. docs/scale.md.
    """
    from crawler.distributed.worker import WorkerConfig, run_worker

    _settings_overrides(settings)  # checked here, once, not in every crawl it starts
    _load_sources(config_path)  # a bad sources file stops here
    _require_writable(archive_path)
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    report = run_worker(WorkerConfig(frontier, archive_path, config_path, settings, log_level.upper(),
                                     max_sources, poll, until_idle))
    for name, code in report.crawls:
        click.echo(f"{name}: crawl exit status {code}")
    click.echo(f"worker stopped ({report.stopped_by}); {len(report.crawls)} crawl(s) joined")


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
            captured = archive.has_captures(source)
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
    known = _load_sources(config_path)  # a bad sources file is not a bad WARC file
    try:
        report = run(archive_path, list(warcs), known, source=source, after=False)
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
        click.echo(clusters_line(done.clusters))
    if done.index is not None and (done.index.added or done.index.removed):
        click.echo(index_line(done.index))
    for step, reason in done.skipped.items():
        name = "duplicate clusters" if step == "clusters" else "search index"
        click.echo(f"{name}: not updated, {reason}; it will catch up on its next run", err=True)


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


def _files_line(st: dict) -> str | None:
    """What a run captured besides pages: photos, and attached documents by what was read."""
    photos = st.get("images/captured", 0)
    documents = st.get("attachments/captured", 0)
    if not photos and not documents:
        return None
    read = {k[len("attachments/text/"):]: v for k, v in sorted(st.items())
            if k.startswith("attachments/text/")}
    detail = f" ({', '.join(f'{k} {v}' for k, v in read.items())})" if read else ""
    return f"  captured: {photos} photo(s), {documents} attached document(s){detail}"


def _crawl_report(results: list[RunResult], archive_path: Path) -> str:
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
        if files := _files_line(st):
            lines.append(files)
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
