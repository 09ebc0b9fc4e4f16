"""Serve the demo sites on loopback, each on its own free port, in daemon threads."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from crawler.demo.images import IMAGE_SUFFIXES, photo

__all__ = ["DemoPortal", "PIXEL", "Reply", "serve_forever"]

logger = logging.getLogger(__name__)

#: A 1x1 transparent GIF stands in for every photo.
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def html(cls, text: str, *, status: int = 200, charset: str = "utf-8",
             last_modified: datetime | None = None) -> Reply:
        if charset == "windows-1258":
            from crawler.demo.cp1258 import encode_cp1258

            body = encode_cp1258(text)
        else:
            body = text.encode(charset)
        headers = {"Content-Type": f"text/html; charset={charset}"}
        if last_modified is not None:  # article pages say when they last changed
            stamp = last_modified.astimezone(UTC)
            headers["Last-Modified"] = format_datetime(stamp, usegmt=True)
            # Changes when the article does, as Last-Modified: not with the visitor counter
            # or the port, which change on every request or start of the demo.
            headers["ETag"] = f'"{stamp:%Y%m%dT%H%M%S.%fZ}"'
        return cls(status, body, headers)

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Reply:
        return cls(status, b"", {"Location": location})

    @classmethod
    def not_found(cls) -> Reply:
        return cls(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                   {"Content-Type": "text/html; charset=utf-8"})


def _conditional(reply: Reply, if_modified_since: str | None,
                 if_none_match: str | None = None) -> Reply:
    """304 Not Modified when the page has not changed since the client's copy: its ETag is
    one ``If-None-Match`` names, else (no ``If-None-Match``, RFC 9110 13.1.3) it was not
    modified since ``If-Modified-Since``."""
    modified = reply.headers.get("Last-Modified")
    etag = reply.headers.get("ETag")
    if reply.status != 200 or not modified:
        return reply
    if if_none_match:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        unchanged = etag is not None and (etag in tags or "*" in tags)
    elif if_modified_since:
        try:
            unchanged = parsedate_to_datetime(if_modified_since) >= parsedate_to_datetime(modified)
        except (TypeError, ValueError):
            return reply
    else:
        return reply
    validators = {"Last-Modified": modified, **({"ETag": etag} if etag else {})}
    return Reply(304, b"", validators) if unchanged else reply


def _shows_photo(site: Any, path: str) -> bool:
    """Whether an article of ``site`` shows the photo at ``path``."""
    image_src = getattr(site, "image_src", None)
    return image_src is not None and any(
        image_src(a, i.file) == path for a in site.articles for i in a.images)


def _document_at(site: Any, target: str) -> Reply | None:
    """The attached document an article of ``site`` links at ``target`` (path and query)."""
    attachment_src = getattr(site, "attachment_src", None)
    if attachment_src is None:
        return None
    cached = site.__dict__.get("_documents")
    if cached is None or cached[0] is not site.articles:  # the corpus changed (grow, add, edit)
        cached = (site.articles, {attachment_src(a, d): d for a in site.articles for d in a.attachments})
        site.__dict__["_documents"] = cached
    doc = cached[1].get(target)
    if doc is None:
        return None
    from crawler.demo.documents import document, media_type

    return Reply(200, document(doc.kind, doc.title, doc.lines), {"Content-Type": media_type(doc.kind)})


class _Handler(BaseHTTPRequestHandler):
    server_version = "DemoPortal/1.0"
    server: _SiteServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm on, a kept-alive client's
    # delayed ACK holds each response ~40 ms (wget of the portal: 14.0 s -> 0.8 s).
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        parts = urlsplit(self.path)
        from crawler.demo.markup import gone_key

        try:
            status = getattr(self.server.site, "gone", {}).get(gone_key(parts.path, parts.query))
            if status:
                reply = Reply(status, b"<html><body><h1>Not Found</h1></body></html>",
                              {"Content-Type": "text/html; charset=utf-8"})
            elif (found := _document_at(self.server.site, self.path)) is not None:
                reply = found
            elif parts.path.lower().endswith(IMAGE_SUFFIXES) and _shows_photo(self.server.site, parts.path):
                reply = Reply(200, photo(parts.path), {"Content-Type": "image/jpeg"})
            else:
                reply = self.server.site.handle(parts.path, parts.query)
        except Exception:  # a fixture bug must show up as a 500, not a hung test
            logger.exception("demo site failed on %s", self.path)
            reply = Reply(500, b"internal error", {"Content-Type": "text/plain"})
        reply = _conditional(reply, self.headers.get("If-Modified-Since"),
                             self.headers.get("If-None-Match"))
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not head:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("%s %s", self.address_string(), format % args)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Any, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.site = site


class DemoPortal:
    """All demo sites, started together: ``with DemoPortal() as portal: portal.url("liferay")``."""

    def __init__(self, host: str = "127.0.0.1", ports: dict[str, int] | None = None,
                 articles: int | None = None) -> None:
        """``articles``: grow the portal to about that many articles in all (generated older
        articles, the same on every start), for benchmarks at a realistic size."""
        from crawler.demo.dotnetnuke import DotNetNukeSite
        from crawler.demo.huecit import HueCitSite
        from crawler.demo.liferay import LiferaySite
        from crawler.demo.sharepoint import SharePointSite
        from crawler.demo.vccorp import VCCorpSite

        self.host = host
        self._ports = ports or {}
        self._articles = articles
        self._site_classes = {
            "huecit": HueCitSite, "liferay": LiferaySite, "sharepoint": SharePointSite,
            "dotnetnuke": DotNetNukeSite, "vccorp": VCCorpSite,
        }
        self._servers: dict[str, _SiteServer] = {}
        self._threads: list[threading.Thread] = []

    def start(self) -> DemoPortal:
        for name, cls in self._site_classes.items():
            server = _SiteServer(None, self.host, self._ports.get(name, 0))
            base = f"http://{self.host}:{server.server_address[1]}"
            server.site = cls(base)
            if self._articles:
                share = self._articles // len(self._site_classes)
                share += name == "huecit" and self._articles % len(self._site_classes)
                server.site.grow(max(0, share - len(server.site.articles)))
            self._servers[name] = server
            # A short poll interval makes stop() quick (shutdown waits for one poll).
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"demo-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def url(self, site: str) -> str:
        return self._servers[site].site.base

    def site(self, site: str) -> Any:
        return self._servers[site].site

    @property
    def urls(self) -> dict[str, str]:
        return {name: self.url(name) for name in self._servers}

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> DemoPortal:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(host: str = "127.0.0.1", ports: dict[str, int] | None = None,
                  articles: int | None = None) -> None:
    """Run the demo portal in the foreground until interrupted (``portal-archive demo-server``)."""
    portal = DemoPortal(host, ports, articles).start()
    try:
        for name, url in portal.urls.items():
            print(f"{name}: {url}/", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        portal.stop()
