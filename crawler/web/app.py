"""The read-only web app: routes, HTML or JSON by what the client asks for, and the headers
that keep archived pages inert.

Every route answers GET (and HEAD) only, reads through the library and writes nothing. A
page's data is one dict (``crawler/web/pages.py``); ``?format=json`` or ``Accept:
application/json`` returns it as JSON, else a Jinja2 template renders it with autoescaping
on. Archived text is never markup: titles, texts, captions and snippets are escaped, and the
Content-Security-Policy allows no inline script, no plugin and no frame. A raw capture is
served as ``text/plain`` in a sandbox, so the page it holds cannot run.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from archive.errors import ArchiveError, UsageProblem
from archive.schema import TIMEZONE
from crawler.web import charts, pages
from crawler.web.archives import Archives

#: Every page's policy: our own stylesheet and script, nothing inline, no plugin, no frame.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
#: A raw capture's: a sandbox with nothing allowed (its scripts, forms and links are dead).
RAW_CSP = "sandbox; default-src 'none'"
_SECURITY = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
             "x-frame-options": "DENY", "cross-origin-resource-policy": "same-origin",
             "vary": "Accept"}  # (HTML or JSON by the Accept header: caches keep them apart)
_ID = re.compile(r"[0-9a-f]{8,64}")
_ASCII_PROBE = "HTTP/1.1 200 OK\r\nContent-Type: text/html; a+b=c~"
_LOCAL = ZoneInfo(TIMEZONE)
_EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                 "parquet": "application/vnd.apache.parquet"}

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class SecurityHeaders:
    """Adds the security headers to every response (a route may set a stricter CSP)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [(k.encode(), v.encode()) for k, v in _SECURITY.items()
                            if k.encode() not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


# -- rendering ----------------------------------------------------------------------------------
def _when(value: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A time in portal local time (the zone every archived date is displayed in)."""
    if isinstance(value, datetime):
        return (value.astimezone(_LOCAL) if value.tzinfo else value).strftime(fmt)
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return "" if value is None else str(value)


def _marked(text: str | None) -> Markup:
    """A snippet: escaped, then the search's match markers made into <mark>."""
    safe = str(escape(text or ""))
    return Markup(safe.replace(pages.MARK[0], "<mark>").replace(pages.MARK[1], "</mark>"))


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("crawler.web", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = _when
    env.filters["marked"] = _marked
    return env


def _wants_json(request: Request) -> bool:
    """``?format=json``, or an Accept header that prefers JSON to HTML (by its q-values)."""
    if request.query_params.get("format") == "json":
        return True
    weights: dict[str, float] = {}
    for item in request.headers.get("accept", "").split(",")[:32]:
        kind, *params = (p.strip().lower() for p in item.split(";"))
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            weights.setdefault(kind, float(q))
        except ValueError:
            continue
    json_q = weights.get("application/json", 0.0)
    html_q = weights.get("text/html", weights.get("*/*", 0.0))
    return json_q > 0 and json_q > html_q


class WebApp:
    """The handlers, over one archive (and the configured sources, for families and schedules)."""

    def __init__(self, root: Path | str, sources: dict[str, Any] | None = None, *, readers: int = 2) -> None:
        self.root = Path(root).absolute()
        self.archives = Archives(self.root, readers)
        self.sources = sources or {}
        self.env = _environment()

    def answer(self, request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
        if _wants_json(request):
            return JSONResponse(pages.jsonable(data), status_code=status)
        page = self.env.get_template(template).render(**data)
        return HTMLResponse(page, status_code=status)

    def problem(self, request: Request, status: int, message: str) -> Response:
        return self.answer(request, "problem.html", {"status": status, "message": message}, status)

    def guarded(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        """A handler whose library errors become pages: nothing found 404, a bad request 400,
        anything else the library raises 500 with its message (never a traceback)."""
        from archive.history import AmbiguousKey
        from archive.search import SearchError

        def run(request: Request) -> Response:
            try:
                return handler(request)
            except pages.NotFound as exc:
                return self.problem(request, 404, str(exc))
            except (AmbiguousKey, UsageProblem, ValueError) as exc:
                return self.problem(request, 400, str(exc))
            except SearchError as exc:  # no index yet, or it is being built: try again later
                return self.problem(request, 503, str(exc))
            except ArchiveError as exc:
                return self.problem(request, 500, f"the archive could not answer: {exc}")
            except OSError as exc:  # (its file name is the server's business, not the page's)
                return self.problem(request, 500, f"the archive could not be read: {exc.strerror or exc}")

        return run

    # -- pages ----------------------------------------------------------------------------------
    def search(self, request: Request) -> Response:
        from archive.search import index_state

        form = pages.SearchForm.from_params(request.query_params)
        index = self.archives.memo("index", lambda: index_state(self.root).state) if form.q else "current"
        with self.archives.borrow() as archive:
            sources = self.archives.memo("sources", archive.sources)  # (a scan of every part)
            data = pages.search_page(archive, form, index, sources)
        data["links"] = {"page": lambda n: "?" + _query(form.params(page=n)),
                         "export": lambda fmt: "/export?" + _query({**form.params(page=1), "format": fmt}),
                         "facet": lambda name, value: "?" + _query(form.params(page=1, **{name: value}))}
        if _wants_json(request):
            data.pop("links")
        return self.answer(request, "search.html", data)

    def article(self, request: Request) -> Response:
        key = _key(request)
        with self.archives.borrow() as archive:
            data = pages.article_page(archive, key, request.query_params.get("v"))
        return self.answer(request, "article.html", data)

    def find(self, request: Request) -> Response:
        """``/find?url=…``: the article a URL names (any port or scheme of its host)."""
        url = (request.query_params.get("url") or "").strip()[:4000]
        if not url:
            raise pages.NotFound("no URL given")
        with self.archives.borrow() as archive:
            data = pages.article_page(archive, url)
        keep = "?format=json" if request.query_params.get("format") == "json" else ""
        return RedirectResponse(f"/article/{data['article']['article_id']}{keep}", status_code=303)

    def versions(self, request: Request) -> Response:
        with self.archives.borrow() as archive:
            rows = pages.versions_rows(archive, _key(request))
        # (compared after the handle is given back: another request need not wait for it)
        return self.answer(request, "versions.html", pages.versions_page(rows))

    def raw(self, request: Request) -> Response:
        with self.archives.borrow() as archive:
            body, encoding = pages.raw_capture(archive, _key(request), request.query_params.get("v"))
        # As captured, byte for byte, in the encoding the body was read in (when it is one).
        return Response(body, headers={"content-type": "text/plain" + _charset(encoding),
                                       "content-security-policy": RAW_CSP,
                                       "content-disposition": "inline"})

    def photo(self, request: Request) -> Response:
        try:
            n = int(request.path_params["n"])
        except ValueError:
            raise pages.NotFound("no such photo") from None
        with self.archives.borrow() as archive:
            body, media_type = pages.photo(archive, _key(request), n, request.query_params.get("v"))
        # The bytes' own type (read from them, not from the portal's header), never sniffed
        # again by the browser; opened on its own it runs nothing.
        return Response(body, media_type=media_type, headers={
            "content-security-policy": RAW_CSP, "x-content-type-options": "nosniff",
            "cache-control": "private, max-age=86400"})

    def document(self, request: Request) -> Response:
        try:
            n = int(request.path_params["n"])
        except ValueError:
            raise pages.NotFound("no such document") from None
        with self.archives.borrow() as archive:
            body, media_type, name = pages.document(archive, _key(request),
                                                     n, request.query_params.get("v"))
        # Always a download (never shown in the page), its type read from its bytes.
        return Response(body, media_type=media_type, headers={
            "content-security-policy": RAW_CSP, "x-content-type-options": "nosniff",
            "content-disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            "cache-control": "private, max-age=86400"})

    def cluster(self, request: Request) -> Response:
        cluster_id = request.path_params["cluster_id"]
        if not _ID.fullmatch(cluster_id):
            raise pages.NotFound(f"no cluster {cluster_id[:80]!r}")
        with self.archives.borrow() as archive:
            members = pages.cluster_rows(archive, cluster_id)
        return self.answer(request, "cluster.html", pages.cluster_page(cluster_id, members))

    def sources_list(self, request: Request) -> Response:
        with self.archives.borrow() as archive:
            data = pages.sources_page(archive, self.sources)
        return self.charted(request, "sources.html", data)

    def source(self, request: Request) -> Response:
        name = request.path_params["name"]
        with self.archives.borrow() as archive:
            data = pages.source_page(archive, name, self.sources)
        return self.charted(request, "source.html", data)

    def charted(self, request: Request, template: str, data: dict[str, Any]) -> Response:
        """A sources page: its articles-per-day and run-outcome charts drawn (JSON carries
        the numbers they are drawn from instead)."""
        if not _wants_json(request):
            data["charts"] = [charts.articles_per_day(data["days"], data["chart_days"], data["chart_end"]),
                              charts.run_outcomes(data["runs"])]
        return self.answer(request, template, data)

    def export(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "csv")
        if fmt not in _EXPORT_TYPES:
            raise ValueError(f"format must be one of {', '.join(_EXPORT_TYPES)}")
        form = pages.SearchForm.from_params(request.query_params)
        # Written to an unnamed temporary file (up to EXPORT_MAX_ROWS rows: never held in
        # memory whole; no other user can open it; nothing is left behind however the
        # download ends), then streamed from it.
        spool = tempfile.TemporaryFile(prefix="portal-archive-export-")
        try:
            with self.archives.borrow() as archive:
                pages.export_file(archive, form, fmt, spool)
            spool.seek(0)
        except BaseException:
            spool.close()
            raise

        async def chunks() -> AsyncIterator[bytes]:
            try:
                while chunk := await run_in_threadpool(spool.read, 1 << 16):
                    yield chunk
            finally:
                spool.close()

        return StreamingResponse(chunks(), media_type=_EXPORT_TYPES[fmt], headers={
            "content-disposition": f'attachment; filename="articles.{fmt}"'})

    def not_found(self, request: Request, exc: Exception) -> Response:
        return self.problem(request, 404, "no such page")


def _charset(encoding: str | None) -> str:
    """``; charset=NAME`` for an encoding Python knows by that name (a name from an archived
    page is hostile input: only letters, digits, ``-`` and ``_`` reach a header)."""
    import codecs

    if not encoding or not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", encoding):
        return ""
    try:
        codec = codecs.lookup(encoding)
        # The status line and headers are ASCII: only an encoding that keeps ASCII as it is
        # (not UTF-16, not UTF-7) can be claimed for the whole response.
        if codec.encode(_ASCII_PROBE)[0] != _ASCII_PROBE.encode("ascii"):
            return ""
    except (LookupError, ValueError, UnicodeError):
        return ""
    return f"; charset={codec.name}"


def _key(request: Request) -> str:
    key = request.path_params["key"]
    if not _ID.fullmatch(key):
        raise pages.NotFound(f"no article {key[:80]!r} (an article or version id)")
    return key


def _query(params: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def create_app(root: Path | str, sources: dict[str, Any] | None = None, *,
               allowed_hosts: list[str] | None = None, readers: int = 2) -> Starlette:
    """The web app over the archive at ``root``. ``allowed_hosts``: the Host names it answers
    (a page on another site cannot reach a loopback server through DNS rebinding); ``None``
    answers any."""
    web = WebApp(root, sources, readers=readers)
    get = ["GET"]
    routes = [
        Route("/", web.guarded(web.search), methods=get, name="search"),
        Route("/export", web.guarded(web.export), methods=get, name="export"),
        Route("/find", web.guarded(web.find), methods=get, name="find"),
        Route("/article/{key}", web.guarded(web.article), methods=get, name="article"),
        Route("/article/{key}/versions", web.guarded(web.versions), methods=get, name="versions"),
        Route("/article/{key}/raw", web.guarded(web.raw), methods=get, name="raw"),
        Route("/article/{key}/image/{n}", web.guarded(web.photo), methods=get, name="photo"),
        Route("/article/{key}/attachment/{n}", web.guarded(web.document), methods=get,
              name="document"),
        Route("/cluster/{cluster_id}", web.guarded(web.cluster), methods=get, name="cluster"),
        Route("/sources", web.guarded(web.sources_list), methods=get, name="sources"),
        Route("/sources/{name}", web.guarded(web.source), methods=get, name="source"),
        Mount("/static", StaticFiles(packages=[("crawler.web", "static")]), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        web.archives.close()

    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={404: web.not_found}, lifespan=lifespan)
    app.state.web = web
    return app
