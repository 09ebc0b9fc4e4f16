"""``portal-archive serve``: the read-only web page over an archive (crawler/web)."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli import main
from crawler.cli.options import _load_sources, _require_archive, archive_option, config_option


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; another "
                   "address shares the archive with the network (the server is read-only).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8080, show_default=True)
@config_option
@archive_option
def serve(host: str, port: int, config_path: Path | None, archive_path: Path) -> None:
    """Serve a read-only web page over the archive: search, articles and their versions, raw
    captures, duplicate clusters, sources and runs. Every page is also JSON (?format=json)."""
    from archive.search import index_state
    from crawler.web import serve as run_server

    _require_archive(archive_path)
    sources = _load_sources(config_path)
    state = index_state(archive_path).state
    if state != "current":
        click.echo(f"note: the search index is {state}; `portal-archive index` "
                   f"{'builds' if state == 'missing' else 'updates'} it (the server writes nothing)",
                   err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {archive_path} on http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    run_server(archive_path, host=host, port=port, sources=sources)
