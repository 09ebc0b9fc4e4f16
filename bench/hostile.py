"""Stock Scrapy against the project on the hostile portal (HOSTILE.md, issue #8), case by case.

    .venv/bin/python bench/hostile.py [--cases N1,S2,...] [--timeout 60] [--bomb-mib 1024]
                                      [--stall-seconds 600] [--markdown] [--json FILE]

For every catalogue case (and five robots.txt variants, R503…Rinternal) a fresh hostile
server is started, then two crawls run as subprocesses against the case's entry: stock Scrapy
(``bench/stock_spider.py``: Scrapy's default settings, a spider that stores every HTML response
and follows every same-host link) and ``portal-archive crawl`` into a temporary archive.
Per crawl the table shows requests made (``downloader/request_count``) and requests the server
saw, bytes received (``downloader/response_bytes``), the peak RSS of the largest process of the
crawl (``os.wait4``), items stored (stock: items yielded; project: article rows), good
articles stored out of the case's ``good``, hostile pages stored, extra copies of one article,
requests that reached the internal recorder, the wall time (or, for the stall and endless
cases, the seconds from SIGTERM to exit) and the project's reason counters. Below the table,
every case where the project does not do what the case's ``expect`` says, with the evidence.
Exit status 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import scrapy  # noqa: E402

from archive import open_archive  # noqa: E402
from crawler.profiles.families import GENERIC  # noqa: E402
from tests.hostile import CASES, HostileServer  # noqa: E402
from tests.hostile.cases import X1_FILES, apath  # noqa: E402
from tests.hostile.source import source_toml  # noqa: E402
from tests.hostile.text import article  # noqa: E402

STOCK = ROOT / "bench" / "stock_spider.py"
PORTAL = Path(sys.executable).with_name("portal-archive")
#: Project defaults the verdicts lean on (crawler/settings.py).
PROJECT_DOWNLOAD_TIMEOUT = 30.0
#: Cases whose crawl gets SIGTERM a few seconds in (a stalled or endless body is in flight).
SIGNALLED = ("N4", "S1")
#: A crawl process past this RSS is killed, so a bomb cannot take the machine down.
RSS_KILL_MIB = 12 * 1024
KHONG_VAO = "/khong-vao/tin/" + article(19001).slug + ".html"
_ID = re.compile(r"-(\d{5,})\.html")


@dataclass(frozen=True)
class Spec:
    """One row pair of the table: where both crawlers start and what a correct one stores."""

    id: str
    title: str
    expect: str
    site: str  # the HostileServer site the entry is on
    entry: str
    good: tuple[str, ...]
    bad: tuple[str, ...]
    scope: tuple[str, ...]  # path prefixes both crawlers follow links into ("/$": only "/")


@dataclass
class Result:
    case: str
    crawler: str  # "stock" or "project"
    requests: int = 0
    server_hits: int = 0
    bytes: int = 0
    peak_rss_mib: float = 0.0
    items: int = 0
    good: int = 0
    good_total: int = 0
    bad: int = 0
    dup: int = 0
    internal: int = 0
    seconds: float = 0.0
    after_sigterm: bool = False
    killed: str = ""  # why the bench had to SIGKILL it ("" when it exited by itself)
    exit_code: int | None = None
    reasons: dict[str, int] = field(default_factory=dict)
    bad_urls: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def _specs() -> list[Spec]:
    specs = []
    for c in CASES:
        cid = c.id.lower()
        scope = (f"/{cid}/", f"/amp/{cid}/")
        specs.append(Spec(c.id, c.title, c.expect, "main", c.entry, c.good, c.bad, scope))
    robots = (
        ("R503", "robots-503", "robots.txt answers 503", (), (KHONG_VAO,),
         "robots.txt 5xx: assume disallow (RFC 9309); nothing but robots.txt is fetched this run."),
        ("R404", "robots-404", "robots.txt answers 404", (KHONG_VAO,), (),
         "robots.txt 404: everything allowed."),
        ("Rtimeout", "robots-timeout", "robots.txt stalls", (), (KHONG_VAO,),
         "robots.txt that does not arrive (timeout): assume disallow; nothing else fetched."),
        ("Rhuge", "robots-huge", "robots.txt of 5 MiB (rule after 1 MiB)", (), (),
         "S5: a huge robots.txt is read up to a cap, with a counter."),
        ("Rinternal", "robots-internal", "robots.txt redirects to the internal host", (), (),
         "N7: the robots.txt redirect to a private address is blocked; the recorder receives nothing."),
    )
    for rid, site, title, good, bad, expect in robots:
        specs.append(Spec(rid, title, expect, site, "/", good, bad, ("/$", "/khong-vao/")))
    return specs


# ---- classification of what a crawl stored


def _pq(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    return parts.path, parse_qs(parts.query)


def _aid(url: str) -> int | None:
    m = _ID.search(urlsplit(url).path)
    return int(m.group(1)) if m else None


def _bad_rule(entry: str):
    """A predicate on stored URLs for one ``bad`` entry that carries no article id."""
    path, query = _pq(entry)
    if not query:
        return lambda url: _pq(url)[0].startswith(path)
    name, (value,) = next(iter(query.items()))

    def match(url: str) -> bool:
        p, q = _pq(url)
        if p != path or name not in q:
            return False
        if value.isdigit():  # T7: page 5 and every page after it
            return q[name][0].isdigit() and int(q[name][0]) >= int(value)
        return True

    return match


def _classify(res: Result, spec: Spec, urls: list[str], exempt=lambda url: False) -> None:
    good_ids = {_aid(g) for g in spec.good}
    bad_ids = {_aid(b) for b in spec.bad} - good_ids - {None}
    rules = [_bad_rule(b) for b in spec.bad if _aid(b) is None]
    seen: set[int] = set()
    res.items = len(urls)
    res.good_total = len(good_ids)
    for url in urls:
        aid = _aid(url)
        if (aid in bad_ids or any(r(url) for r in rules)) and not exempt(url):
            res.bad += 1
            res.bad_urls.append(url)
        elif aid in good_ids:
            if aid in seen:
                res.dup += 1
                res.bad_urls.append("dup " + url)
            seen.add(aid)
    res.good = len(seen)
    res.missing = sorted(str(a) for a in good_ids - seen)


# ---- running one crawl


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _run(cmd: list[str], log: Path, cwd: Path, sigterm_at: float | None, cap: float, kill_after: float,
         res: Result) -> None:
    """Run ``cmd``; SIGTERM it at ``sigterm_at`` (or at ``cap`` if still running), SIGKILL its
    process group ``kill_after`` seconds after that. Fills time, exit code and peak RSS."""
    start = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True)
    signalled = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        now = time.monotonic()
        if signalled is None and (now - start >= (sigterm_at if sigterm_at is not None else cap)):
            os.kill(proc.pid, signal.SIGTERM)
            signalled = now
            if sigterm_at is None:
                res.notes["sigterm"] = f"still running at the {cap:.0f} s cap"
        why = ""
        if signalled is not None and now - signalled > kill_after:
            why = f"no exit {kill_after:.0f} s after SIGTERM"
        elif _rss_mib(proc.pid) > RSS_KILL_MIB:
            why = f"RSS past {RSS_KILL_MIB} MiB"
        if why:
            res.killed = why
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    end = time.monotonic()
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:  # extraction workers or anything else the crawl left behind in its own session
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    res.exit_code = proc.returncode
    res.peak_rss_mib = usage.ru_maxrss / 1024  # KiB on Linux: the largest of it and its reaped children
    res.after_sigterm = sigterm_at is not None and signalled is not None
    res.seconds = end - (signalled if res.after_sigterm else start)


def _start_urls(spec: Spec, hs: HostileServer) -> list[str]:
    base = hs.url(spec.site)
    urls = [base + spec.entry]
    if spec.id == "N5":
        p = apath("n5", 15101)
        urls += [hs.refused_url + p, hs.unresolvable_url + p, hs.tls_url + p]
    if spec.id == "X1":
        urls += [base + n for n in X1_FILES]
    return urls


def _stock(spec: Spec, hs: HostileServer, tmp: Path, args) -> Result:
    res = Result(spec.id, "stock")
    out = tmp / "stock.json"
    cmd = [sys.executable, str(STOCK), str(out), *_start_urls(spec, hs), "--timeout", str(args.timeout),
           "--log-file", str(tmp / "stock.log")]
    for s in spec.scope:
        cmd += ["--scope", s]
    sigterm = args.signal_after if spec.id in SIGNALLED else None
    _run(cmd, tmp / "stock.out", tmp, sigterm, args.timeout + 30, args.kill_after, res)
    data = json.loads(out.read_text()) if out.exists() else {"stats": {}, "items": []}
    if not out.exists():
        res.notes["no_stats"] = "the process wrote no stats (killed or crashed)"
    stats = data["stats"]
    res.requests = int(stats.get("downloader/request_count", 0))
    res.bytes = int(stats.get("downloader/response_bytes", 0))
    res.notes["finish_reason"] = stats.get("finish_reason")
    exc = {k.removeprefix("downloader/exception_type_count/"): v for k, v in stats.items()
           if k.startswith("downloader/exception_type_count/")}
    if exc:
        res.notes["exceptions"] = exc
    if stats.get("spider_exceptions/count"):
        res.notes["spider_exceptions"] = stats["spider_exceptions/count"]
    _classify(res, spec, [i["url"] for i in data["items"]])
    return res


def _trap_urls(spec: Spec) -> list[list[str]]:
    alts = "|".join(re.escape(s[:-1]) + "$" if s.endswith("$") else re.escape(s) for s in spec.scope)
    return [list(t) for t in GENERIC.trap_urls] + [["bench_scope", f"^(?!{alts})"]]


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _project_config(spec: Spec, hs: HostileServer, timeout: float) -> tuple[str, list[str]]:
    base = hs.url(spec.site)
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    if spec.id == "X1":
        feeds = tuple(n for n in X1_FILES if "rss" in n)
        sitemaps = tuple(n for n in X1_FILES if "sitemap" in n)
    text = source_toml(base, start_urls=(spec.entry,), feeds=feeds, sitemaps=sitemaps,
                       max_duration=int(timeout))
    traps = "[" + ", ".join("[" + ", ".join(map(_toml_str, t)) + "]" for t in _trap_urls(spec)) + "]"
    text = text.replace("overrides = { ", f"overrides = {{ trap_urls = {traps}, ", 1)
    names = ["hostile"]
    if spec.id == "N5":  # each failing host as its own source (its own base_url)
        p = apath("n5", 15101)
        for name, url in (("n5-refused", hs.refused_url), ("n5-dns", hs.unresolvable_url),
                          ("n5-tls", hs.tls_url)):
            text += "\n" + source_toml(url, name=name, start_urls=(p,), max_duration=int(timeout))
            names.append(name)
    return text, names


_REASON_PREFIXES = {"portal/refused/": "", "portal/trap/": "trap:", "dropped/": "drop:",
                    "extract/errors/": "extract:", "portal/feeds/rejected/": "feed_rejected:",
                    "portal/robots/": "robots:", "portal/links/": "links:",
                    "portal/host_failures/": "host_fail:",
                    "portal/retry_after/": "retry_after:"}
_REASON_KEYS = {"portal/pagination_repeated": "pagination_repeated", "portal/pagination_stopped":
                "pagination_stopped", "portal/truncated_gzip": "truncated_gzip"}


def _reasons(stats: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in stats.items():
        if not isinstance(value, int | float) or key == "portal/trap/bench_scope":
            continue
        for prefix, short in _REASON_PREFIXES.items():
            if key.startswith(prefix):
                out[short + key[len(prefix):]] = int(value)
        if key in _REASON_KEYS:
            out[_REASON_KEYS[key]] = int(value)
    return dict(sorted(out.items()))


def _project(spec: Spec, hs: HostileServer, tmp: Path, args) -> Result:
    res = Result(spec.id, "project")
    cfg, arch = tmp / "sources.toml", tmp / "archive"
    text, names = _project_config(spec, hs, args.timeout)
    cfg.write_text(text, encoding="utf-8")
    cmd = [str(PORTAL), "crawl", *names, "--config", str(cfg), "--archive", str(arch), "--log-level", "info"]
    for setting in args.set:
        cmd += ["-s", setting]
    sigterm = args.signal_after if spec.id in SIGNALLED else None
    _run(cmd, tmp / "project.log", tmp, sigterm, args.timeout + 30, args.kill_after, res)
    stats: dict[str, float] = {}
    rows: list[tuple] = []
    try:
        with open_archive(arch) as a:
            for stats_json, finish in a.sql("SELECT stats_json, finish_reason FROM runs").fetchall():
                for k, v in json.loads(stats_json or "{}").items():
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        stats[k] = stats.get(k, 0) + v
                res.notes.setdefault("finish_reason", []).append(finish)
            rows = a.sql("SELECT url, canonical_url, flags, published_at, date_raw, text "
                         "FROM article_versions").fetchall()
    except Exception as exc:  # a broken archive is a result too, not a reason to stop the bench
        res.notes["archive_error"] = f"{type(exc).__name__}: {exc}"
    if not stats:
        res.notes["no_stats"] = "no run row in the archive"
    res.requests = int(stats.get("downloader/request_count", 0))
    res.bytes = int(stats.get("downloader/response_bytes", 0))
    res.reasons = _reasons(stats)
    flagged_truncated = {r[0] for r in rows if spec.id == "S3" and "truncated" in " ".join(r[2] or ())}
    _classify(res, spec, [r[0] for r in rows], exempt=lambda url: url in flagged_truncated)
    res.notes["rows"] = [{"url": r[0], "canonical_url": r[1], "flags": list(r[2] or ()),
                          "published_at": r[3].isoformat() if r[3] else None, "date_raw": r[4],
                          "fffd": (r[5] or "").count("\ufffd"),
                          "nfc": unicodedata.is_normalized("NFC", r[5] or "")} for r in rows]
    return res


def _server_notes(spec: Spec, hs: HostileServer, res: Result) -> None:
    hits = hs.hits()
    res.server_hits = len(hits)
    res.internal = len(hs.internal_hits)
    if spec.id == "N7":  # loopback aliases of the main site, reached only through N7's redirects
        alias = [h for h in hits
                 if h.site == "main-v6" or (h.site == "main" and h.path in ("/", "/n7/secret"))]
        res.notes["loopback_alias_hits"] = [f"{h.site} {h.path}" for h in alias]
    if spec.id == "N8":
        leaks = [h for h in hits if h.path.startswith("/n8/echo")
                 and {k.lower() for k in h.headers} & {"cookie", "authorization"}]
        res.notes["n8_forwarded"] = [{k: v for k, v in h.headers.items()
                                      if k.lower() in ("cookie", "authorization")} for h in leaks]
    if spec.site.startswith("robots-"):
        res.notes["fetched_besides_robots"] = [h.path for h in hits if h.site == spec.site
                                               and h.path != "/robots.txt"]


# ---- verdicts: the project against each case's expect


def _verdict(spec: Spec, r: Result) -> list[str]:
    fails = []
    why = r.reasons

    def need(*keys: str, what: str = "") -> None:
        if not any(why.get(k) for k in keys):
            fails.append(f"no {' / '.join(keys)} counter{' (' + what + ')' if what else ''}")

    if r.good < r.good_total:
        fails.append(f"good {r.good}/{r.good_total}: not archived {', '.join(r.missing)}")
    if r.bad:
        bad = ", ".join(u for u in r.bad_urls if not u.startswith("dup "))
        fails.append(f"hostile pages archived: {bad}")
    if r.dup:
        fails.append(f"{r.dup} extra copies: {', '.join(u[4:] for u in r.bad_urls if u.startswith('dup '))}")
    if r.internal:
        fails.append(f"{r.internal} requests reached the internal recorder")
    if r.killed:
        fails.append(f"had to be killed: {r.killed}")
    if "sigterm" in r.notes:
        fails.append(f"did not stop by itself ({r.notes['sigterm']}; max_duration is the per-crawl limit)")
    if "archive_error" in r.notes or "no_stats" in r.notes:
        fails.append(str(r.notes.get("archive_error") or r.notes.get("no_stats")))
    rows = {_aid(x["url"]): x for x in r.notes.get("rows", [])}
    match spec.id:
        case "N1":
            need("retry_after_too_long", what="C asks for 86400 s")
        case "N2":
            need("maintenance", "drop:maintenance")
        case "N3":
            need("connection_reset", what="13003 always resets")
        case "N4" | "S1":
            limit = PROJECT_DOWNLOAD_TIMEOUT + 10
            if r.after_sigterm and r.seconds > limit:
                fails.append(f"shutdown took {r.seconds:.1f} s after SIGTERM (> DOWNLOAD_TIMEOUT + 10 s)")
            if spec.id == "S1" and not why.get("size_limit"):
                fails.append("no size_limit counter")
        case "N5":  # the page's own reason, or the host's failures that gave it up
            for k in ("connection_refused", "dns_failure", "tls_failure"):
                need(k, f"host_fail:{k}")
        case "N6":
            need("redirect_loop")
            need("redirect_limit")
        case "N7":
            need("ssrf_blocked")
            need("not_http")
            if r.notes.get("loopback_alias_hits"):
                fails.append(f"loopback aliases reached: {r.notes['loopback_alias_hits']}")
        case "N8":
            if r.notes.get("n8_forwarded"):
                fails.append(f"forwarded to localhost: {r.notes['n8_forwarded']}")
        case "S2":
            if why.get("size_limit", 0) < 5:
                fails.append(f"size_limit {why.get('size_limit', 0)} < 5 bombs")
        case "S3":
            flagged = any("truncated" in " ".join(x["flags"]) for x in rows.values())
            if not (why.get("truncated_gzip") or flagged
                    or any(k in why for k in ("size_limit", "download_failed", "connection_reset"))):
                fails.append("no reason or truncated flag for 23101")
        case "S4":  # each heavy page archived flagged, or dropped with a counted reason
            for aid in (24101, 24102):
                x = rows.get(aid)
                if x is not None and not x["flags"]:
                    fails.append(f"{aid} archived without a flag")
            if len(rows) < 3 and not any(k.startswith(("extract:", "drop:")) for k in why):
                fails.append("a heavy page neither archived nor dropped with a reason")
        case "S5":
            need("links:capped", what="50k outlinks")
            need("links:too_long", what="2.5 KB URL")
        case "T1" | "T4":
            if not any(k.startswith("trap:") for k in why):
                fails.append("no portal/trap counter")
        case "T6":
            need("drop:soft_404")
        case "T7":
            need("pagination_repeated", "pagination_stopped")
        case "C1":
            for aid in (41101, 41102):
                x = rows.get(aid)
                if x and (x["fffd"] or not x["nfc"]):
                    fails.append(f"{aid}: {x['fffd']} U+FFFD, NFC={x['nfc']}")
        case "C2":
            for aid in (42101, 42102, 42103):
                x = rows.get(aid)
                if x and not {"charset_conflict", "charset_undeclared"} & set(x["flags"]):
                    fails.append(f"{aid} not flagged (flags {x['flags']})")
        case "C3":
            x = rows.get(43101)
            if x and not {"mixed_encoding", "replacement_chars"} & set(x["flags"]):
                fails.append(f"43101 not flagged (flags {x['flags']})")
        case "C4":
            x = rows.get(44101)
            if x and "truncated_html" not in x["flags"]:
                fails.append(f"44101 not flagged truncated_html (flags {x['flags']})")
        case "C5" | "C6":
            if not any(k.startswith("drop:") for k in why):
                fails.append("no dropped/<reason> counter")
        case "C7":
            for aid in (47101, 47102):
                x = rows.get(aid)
                if x and (x["published_at"] or not x["date_raw"]):
                    fails.append(f"{aid}: published_at={x['published_at']} date_raw={x['date_raw']!r}")
            x = rows.get(47103)
            if x and not (x["published_at"] or "").startswith("2024-03-05"):
                fails.append(f"47103 dateline: published_at={x['published_at']}")
        case "C8":
            need("noarchive", "drop:noarchive")
        case "X1":
            if sum(v for k, v in why.items() if k.startswith("feed_rejected:")) < 3:
                seen = [k for k in why if k.startswith("feed_rejected:")]
                fails.append(f"feeds rejected {seen} (< 3 bad files)")
        case "R503" | "Rtimeout":
            if r.notes.get("fetched_besides_robots"):
                fails.append(f"fetched despite unavailable robots.txt: {r.notes['fetched_besides_robots']}")
            need("robots:unavailable")
        case "Rhuge":
            need("robots:oversized")
    return fails


# ---- output


def _fmt_time(r: Result) -> str:
    t = f"{'SIGTERM+' if r.after_sigterm else ''}{r.seconds:.1f}"
    return t + (" KILLED" if r.killed else "")


def _fmt_reasons(r: Result) -> str:
    return " ".join(f"{k}={v}" for k, v in r.reasons.items()) or ("-" if r.crawler == "project" else "")


_COLS = ("case", "crawler", "req", "hits", "MiB recv", "peak RSS MiB", "items", "good", "bad", "dup",
         "internal", "time s", "project reasons")


def _row(r: Result) -> tuple[str, ...]:
    return (r.case, r.crawler, str(r.requests), str(r.server_hits), f"{r.bytes / 2**20:.1f}",
            f"{r.peak_rss_mib:.0f}", str(r.items), f"{r.good}/{r.good_total}", str(r.bad), str(r.dup),
            str(r.internal), _fmt_time(r), _fmt_reasons(r))


def _table(results: list[Result], markdown: bool) -> str:
    rows = [_row(r) for r in results]
    if markdown:
        lines = ["| " + " | ".join(_COLS) + " |", "|" + "---|" * len(_COLS)]
        lines += ["| " + " | ".join(x.replace("|", "\\|") for x in row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(_COLS[:-1])]
    out = ["  ".join(c.ljust(w) for c, w in zip(_COLS[:-1], widths, strict=True)) + "  " + _COLS[-1]]
    for row in rows:
        out.append("  ".join(x.ljust(w) for x, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1])
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    specs = _specs()
    parser.add_argument("--cases", default="", help="comma-separated ids (default: all): "
                        + ",".join(s.id for s in specs))
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="per-crawl limit: stock CLOSESPIDER_TIMEOUT, project source max_duration (s)")
    parser.add_argument("--bomb-mib", type=int, default=1024, help="decompressed size of S2's bombs")
    parser.add_argument("--stall-seconds", type=float, default=600.0, help="how long stalled bodies stall")
    parser.add_argument("--signal-after", type=float, default=5.0,
                        help=f"SIGTERM the crawls of {', '.join(SIGNALLED)} this many seconds after start")
    parser.add_argument("--kill-after", type=float, default=200.0, help="SIGKILL this long after SIGTERM")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a project setting for every project crawl (printed in the header)")
    parser.add_argument("--keep", action="store_true", help="keep each case's temp dir (logs, archive)")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args()
    wanted = [c.strip().lower() for c in args.cases.split(",") if c.strip()]
    by_id = {s.id.lower(): s for s in specs}
    unknown = [c for c in wanted if c not in by_id]
    if unknown:
        parser.error(f"unknown case(s) {unknown}")
    chosen = [by_id[c] for c in wanted] if wanted else specs

    header = [
        f"hostile bench: Scrapy {scrapy.__version__}, {len(chosen)} cases, bomb {args.bomb_mib} MiB, "
        f"stall {args.stall_seconds:.0f} s, per-crawl limit {args.timeout:.0f} s",
        "stock:   Scrapy defaults (ROBOTSTXT_OBEY=False, DOWNLOAD_TIMEOUT=180, DOWNLOAD_MAXSIZE=1 GiB, "
        f"cookies on) + CLOSESPIDER_TIMEOUT={args.timeout:.0f}; regex link extraction",
        "project: crawler/settings.py defaults" + (f" + {' '.join('-s ' + s for s in args.set)}" if args.set
                                                  else "") + "; source from tests.hostile.source_toml "
        f"(download_delay 0, concurrency 4, allow_private true) + max_duration={args.timeout:.0f}",
        "both:    links followed only within the case's path prefix (every page links '/'; the project "
        "via a trap rule 'bench_scope', not counted); redirects are not limited by it",
        f"time:    wall time of the crawl; 'SIGTERM+' = seconds from SIGTERM "
        f"({args.signal_after:.0f} s after start) to exit for {', '.join(SIGNALLED)}; "
        f"KILLED = SIGKILL {args.kill_after:.0f} s after SIGTERM",
        "peak RSS: the largest single process of the crawl (os.wait4 ru_maxrss)",
    ]
    print("\n".join(header), flush=True)
    started = time.monotonic()
    results: list[Result] = []
    verdicts: dict[str, list[str]] = {}
    for spec in chosen:
        tmp = Path(tempfile.mkdtemp(prefix=f"hostile-{spec.id.lower()}-"))
        try:
            with HostileServer(stall_seconds=args.stall_seconds, bomb_mib=args.bomb_mib) as hs:
                if spec.id == "S2":  # build the bombs before the clock starts
                    for kind in ("gzip", "deflate", "br", "zstd", "gzip, gzip"):
                        hs.bomb(kind)
                for run in (_stock, _project):
                    hs.reset()
                    res = run(spec, hs, tmp, args)
                    _server_notes(spec, hs, res)
                    results.append(res)
                    print(f"  {spec.id:<9} {res.crawler:<7} {_fmt_time(res):>12} s  good {res.good}/"
                          f"{res.good_total} bad {res.bad} dup {res.dup}", file=sys.stderr, flush=True)
            project = results[-1]
            project.failures = verdicts[spec.id] = _verdict(spec, project)
        finally:
            if args.keep:
                print(f"  {spec.id:<9} kept {tmp}", file=sys.stderr, flush=True)
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    total = time.monotonic() - started

    print()
    print(_table(results, args.markdown))
    print()
    failing = {k: v for k, v in verdicts.items() if v}
    print(f"project against each case's expect: {len(verdicts) - len(failing)} of {len(verdicts)} pass")
    for spec in chosen:
        if spec.id in failing:
            print(f"- {spec.id} {spec.title} — expect: {spec.expect}")
            for f in failing[spec.id]:
                print(f"    FAIL {f}")
    print(f"\nbench time {total:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"header": header, "seconds": total,
                                         "results": [asdict(r) for r in results]},
                                        ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
