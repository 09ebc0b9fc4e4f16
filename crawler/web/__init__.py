"""``portal-archive serve``: a read-only web page over an archive — search, articles with their
versions and raw captures, duplicate clusters, sources and runs — every page also as JSON.

``create_app(root)`` is the ASGI app (Starlette); ``serve(root, host, port)`` runs it with
uvicorn. See docs/web.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.web.app import create_app

__all__ = ["create_app", "loopback_hosts", "serve"]


def loopback_hosts(host: str) -> list[str] | None:
    """The Host header values a server bound to ``host`` answers: for a loopback address, the
    loopback names only (so a web page elsewhere cannot reach it through DNS rebinding); for
    any other, every name (``None``)."""
    import ipaddress

    name = host.strip("[]").lower()
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = name == "localhost"
    if not loopback:
        return None
    bound = f"[{name}]" if ":" in name else name
    return sorted({"127.0.0.1", "localhost", "[::1]", "::1", bound, name})


def serve(root: Path | str, *, host: str = "127.0.0.1", port: int = 8080,
          sources: dict[str, Any] | None = None, log_level: str = "warning") -> None:
    """Serve the archive at ``root`` until interrupted."""
    import uvicorn

    app = create_app(root, sources, allowed_hosts=loopback_hosts(host))
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False,
                server_header=False)
