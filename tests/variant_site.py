"""One template of the variant corpus (tests/variants/<family>/<template>/) served as a site on
the loopback, so the real spider can crawl it (tests/test_crawl_variants.py).

Each page is answered at its ``url``'s path and query, with its ``content_type``; the site's
``host`` (site.json) is rewritten in every page to the server's own address, so absolute links,
``<base href>`` and ``<link rel="canonical">`` stay on the site. Anything else answers 404:
there is no robots.txt, feed or sitemap, so the crawl finds pages only by following links.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.demo.server import Reply, _SiteServer

__all__ = ["VARIANTS", "Page", "VariantSite", "page_key"]

VARIANTS = Path(__file__).resolve().parent / "variants"


def page_key(url: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Path and parameters of a URL, spelling aside: a crawler may percent-encode a path or
    order parameters differently from the page's own links, and the site is still one site."""
    parts = urlsplit(url)
    params = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return unquote(parts.path) or "/", params


@dataclass(frozen=True)
class Page:
    """One page of the template: its truth file's ``url`` and ``kind``, and what it holds."""

    name: str
    url: str
    kind: str
    meta: dict
    body: bytes
    content_type: str

    @property
    def canonical(self) -> str:
        """The URL the page is one copy of (its truth's ``canonical``), else its own."""
        return self.meta.get("canonical") or self.url


class VariantSite:
    """``with VariantSite("unknown/shortid") as site: site.base`` is ``http://127.0.0.1:N``."""

    def __init__(self, template: str) -> None:
        self.dir = VARIANTS / template
        self.info = json.loads((self.dir / "site.json").read_text("utf-8"))
        self.host = self.info["host"].rstrip("/")
        self.pages: list[Page] = []
        for truth in sorted(self.dir.glob("*.json")):
            if truth.name == "site.json":
                continue
            meta = json.loads(truth.read_text("utf-8"))
            self.pages.append(Page(truth.stem, meta["url"], meta["kind"], meta,
                                   truth.with_suffix(".html").read_bytes(),
                                   meta.get("content_type") or "text/html; charset=utf-8"))
        self._by_key = {page_key(p.url): p for p in self.pages}
        self.hits: list[str] = []
        self._lock = threading.Lock()
        self._server: _SiteServer | None = None
        self._base = ""

    # -- the site ------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        """``http://127.0.0.1:<port>`` (kept after ``stop()``, for comparing URLs)."""
        assert self._base, "not started"
        return self._base

    def path_of(self, url: str) -> str:
        """A URL of the original host or of this server as path + query, for comparisons."""
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def _rewrite(self, body: bytes) -> bytes:
        """The original host (http, https, protocol-relative) becomes this server's address."""
        bare = self.host.split("://", 1)[-1].encode()
        here = self.base.encode()
        for prefix in (b"https://", b"http://"):
            body = body.replace(prefix + bare, here)
        return body.replace(b"//" + bare, b"//" + here.split(b"://", 1)[1])

    def handle(self, path: str, query: str) -> Reply:
        """The answer at ``path?query`` (what the demo portal's server asks of a site)."""
        path += f"?{query}" if query else ""
        with self._lock:
            self.hits.append(path)
        page = self._by_key.get(page_key(path))
        if page is None:
            return Reply.not_found()
        return Reply(200, self._rewrite(page.body), {"Content-Type": page.content_type})

    # -- the server ----------------------------------------------------------------------------
    def start(self) -> VariantSite:
        """Serve the site as the demo portal serves each of its sites."""
        self._server = _SiteServer(self, "127.0.0.1", 0)
        host, port = self._server.server_address[:2]
        self._base = f"http://{host}:{port}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> VariantSite:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
