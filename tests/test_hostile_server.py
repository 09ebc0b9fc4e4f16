"""The hostile test server itself (issue #8), checked with plain sockets and urllib, not the crawler."""

from __future__ import annotations

import gzip
import http.client
import socket
import ssl
import threading
import time
import unicodedata
import urllib.error
import urllib.request
import zlib
from html import escape
from urllib.parse import urlsplit
from xml.etree import ElementTree

import brotli
import pytest
import zstandard

from tests.hostile import CASES, HostileServer
from tests.hostile.cases import LONG_PATH, T8_PORTAL, case
from tests.hostile.text import article

BOMB_MIB = 4


@pytest.fixture(scope="module")
def hs():
    with HostileServer(stall_seconds=30.0, bomb_mib=BOMB_MIB) as server:
        yield server


def _raw(base: str, path: str, method: str = "GET", timeout: float = 5.0, headers: dict | None = None):
    """(status, headers, body) without following redirects or decoding anything."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_cases_cover_the_catalogue():
    ids = [c.id for c in CASES]
    wanted = [f"N{i}" for i in range(1, 9)] + [f"S{i}" for i in range(1, 6)] + [f"T{i}" for i in range(1, 9)]
    # P1 (photos) and D1 (attached documents) are ours, beyond HOSTILE.md
    wanted += [f"C{i}" for i in range(1, 9)] + ["P1", "D1", "X1"]
    assert ids == wanted
    every = [p for c in CASES for p in c.good + c.bad]
    assert len(every) == len(set(every))
    for c in CASES:
        assert c.entry == f"/{c.id.lower()}/" and c.good and c.expect
        assert c.good[0] == f"/{c.id.lower()}/tin/{article(int(c.good[0][-10:-5])).slug}.html"


def test_starts_fast_and_stops_fast():
    started = time.monotonic()
    server = HostileServer().start()
    try:
        assert time.monotonic() - started < 1.5
        assert _raw(server.url("main"), "/")[0] == 200
    finally:
        stopping = time.monotonic()
        server.stop()
    assert time.monotonic() - stopping < 2


def test_home_and_entries_link_their_paths(hs):
    status, _, home = _raw(hs.url("main"), "/")
    assert status == 200
    for c in CASES:
        assert f'href="{c.entry}"'.encode() in home
    # paths that are reached some other way than a plain link on the entry page
    elsewhere = {LONG_PATH, *case("T2").bad, *case("T3").bad, *case("T4").bad, *case("T7").bad,
                 *case("X1").good[1:], *case("X1").bad[3:], *case("T7").good[1:],
                 case("N6").bad[1],  # the loop's second hop: reached only by the redirect
                 *case("T8").good[1:], *case("T8").bad}  # from T8's portal page, through <base>
    for c in CASES:
        status, headers, body = _raw(hs.url("main"), c.entry)
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8", c.id
        page = body.decode("utf-8")
        assert '<html lang="vi">' in page and 'class="danh-sach"' in page
        for path in c.good + c.bad + c.either:
            if path not in elsewhere:
                assert escape(path) in page, (c.id, path)


def test_ordinary_articles_have_the_configured_markup(hs):
    for c in CASES:
        status, headers, body = _raw(hs.url("main"), c.good[0])
        page = body.decode("utf-8")
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
        assert '<h1 class="tieu-de">' in page and '<div class="ngay-dang">Ngày đăng: ' in page
        assert '<div class="noi-dung">' in page and "Bản quyền thuộc về Sở" in page
        paragraphs = article(int(c.good[0][-10:-5])).paragraphs
        assert len(paragraphs) >= 5 and all(len(p.split()) >= 25 for p in paragraphs)


def test_n1_retry_after(hs):
    a, b, c = case("N1").good[1], case("N1").good[2], case("N1").bad[0]
    status, headers, _ = _raw(hs.url("main"), a)
    assert (status, headers["retry-after"]) == (429, "2")
    assert _raw(hs.url("main"), a)[0] == 200
    status, headers, _ = _raw(hs.url("main"), b)
    assert status == 503 and headers["retry-after"].endswith(" GMT")
    assert _raw(hs.url("main"), b)[0] == 200
    for _ in range(2):
        status, headers, _ = _raw(hs.url("main"), c)
        assert (status, headers["retry-after"]) == (429, "86400")


def test_n3_connection_reset(hs):
    once, always = case("N3").good[1], case("N3").bad[0]
    for path in (once, always):
        with pytest.raises((ConnectionResetError, http.client.IncompleteRead)):
            _raw(hs.url("main"), path)
    assert _raw(hs.url("main"), once)[0] == 200  # the retry succeeds
    with pytest.raises((ConnectionResetError, http.client.IncompleteRead)):
        _raw(hs.url("main"), always)


def test_n4_stop_returns_while_a_client_is_stalled():
    server = HostileServer(stall_seconds=600.0).start()
    base, path = server.url("main"), case("N4").bad[0]
    outcome: list[object] = []

    def client() -> None:
        try:
            outcome.append(_raw(base, path, timeout=20))
        except Exception as exc:  # the stalled read ends when the server goes away
            outcome.append(exc)

    thread = threading.Thread(target=client)
    thread.start()
    deadline = time.monotonic() + 3
    while not server.hits(prefix=path) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 3
    thread.join(5)
    assert not thread.is_alive()
    assert isinstance(outcome[0], http.client.IncompleteRead | ConnectionError)


def test_n5_refused_unresolvable_and_tls(hs):
    parts = urlsplit(hs.refused_url)
    with pytest.raises(ConnectionRefusedError), socket.create_connection((parts.hostname, parts.port), 2):
        pass
    assert hs.unresolvable_url.endswith(".invalid")
    with pytest.raises(urllib.error.URLError), urllib.request.urlopen(hs.tls_url + "/", timeout=5):
        pass  # self-signed: a verifying client refuses
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(hs.tls_url + case("N5").good[0], timeout=5, context=ctx) as resp:
        assert resp.status == 200 and b'class="tieu-de"' in resp.read()


def test_n6_loop_and_chain(hs):
    a, b, chain = case("N6").bad
    assert _raw(hs.url("main"), a)[1]["location"] == b
    assert _raw(hs.url("main"), b)[1]["location"] == a
    path, hops = chain, 0
    while True:
        status, headers, _ = _raw(hs.url("main"), path)
        if status != 302:
            break
        path, hops = headers["location"], hops + 1
    assert (status, hops) == (200, 30)


def test_n7_redirects_to_forbidden_targets_and_the_recorder(hs):
    locations = [_raw(hs.url("main"), p)[1]["location"] for p in case("N7").bad]
    port = urlsplit(hs.url("main")).port
    assert locations == [hs.internal_url + "/secret", "http://169.254.169.254/latest/meta-data/",
                         f"http://localhost:{port}/n7/secret", f"http://[::1]:{port}/",
                         f"http://2130706433:{port}/", f"http://0x7f.0.0.1:{port}/", "file:///etc/passwd",
                         "ftp://127.0.0.1/"]
    assert hs.internal_url.encode() in _raw(hs.url("main"), "/n7/")[2]
    status, headers, _ = _raw(hs.url("robots-internal"), "/robots.txt")
    assert (status, headers["location"]) == (302, hs.internal_url + "/robots.txt")
    before = len(hs.internal_hits)
    status, _, body = _raw(hs.internal_url, "/secret")
    assert status == 200 and b"INTERNAL-SECRET" in body
    assert [h.path for h in hs.internal_hits[before:]] == ["/secret"]


def test_n8_cookie_redirect_and_echo(hs):
    status, headers, _ = _raw(hs.url("main"), case("N8").bad[0])
    port = urlsplit(hs.url("main")).port
    assert status == 302 and headers["set-cookie"] == "phien=bi-mat; Path=/"
    assert headers["location"] == f"http://localhost:{port}/n8/echo"
    assert f"nguoidung:matkhau@127.0.0.1:{port}".encode() in _raw(hs.url("main"), "/n8/")[2]
    status, _, body = _raw(hs.url("main"), "/n8/echo", headers={"Cookie": "phien=bi-mat"})
    assert status == 200 and b'class="noi-dung"' in body
    assert hs.hits(prefix="/n8/echo")[-1].headers["Cookie"] == "phien=bi-mat"


def test_s1_oversized_bodies(hs):
    status, headers, _ = _raw(hs.url("main"), case("S1").bad[0], method="HEAD")
    assert status == 200 and headers["content-length"] == str(64 << 20)
    parts = urlsplit(hs.url("main"))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request("GET", case("S1").bad[1])
        resp = conn.getresponse()
        assert resp.getheader("Content-Length") is None
        got = sum(len(resp.read(1 << 16)) for _ in range(64))  # 4 MiB and still going
        assert got == 4 << 20
    finally:
        conn.close()


def test_s2_bombs_are_small_on_the_wire_and_huge_decoded(hs):
    decoders = {
        "gzip": gzip.decompress, "deflate": zlib.decompress, "br": brotli.decompress,
        "zstd": lambda b: zstandard.ZstdDecompressor().decompressobj().decompress(b),
        "gzip, gzip": lambda b: gzip.decompress(gzip.decompress(b)),
    }
    for path in case("S2").bad:
        status, headers, body = _raw(hs.url("main"), path)
        kind = headers["content-encoding"]
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert len(body) < (BOMB_MIB << 20) // 50, kind
        assert len(decoders.pop(kind)(body)) == BOMB_MIB << 20, kind
    assert not decoders


def test_s3_truncated_gzip(hs):
    status, headers, body = _raw(hs.url("main"), case("S3").good[1])
    assert headers["content-encoding"] == "gzip" and int(headers["content-length"]) == len(body)
    with pytest.raises(EOFError):
        gzip.decompress(body)


def test_s4_and_s5_sizes(hs):
    heavy, deep = case("S4").either
    body = _raw(hs.url("main"), heavy)[2]
    assert 2_500_000 < len(body) < 4_000_000 and body.count(b"<i>") >= 150_000
    assert _raw(hs.url("main"), deep)[2].count(b"<div>") >= 20_000
    robots = _raw(hs.url("robots-huge"), "/robots.txt")[2]
    assert len(robots) == 5 << 20 and robots.index(b"Disallow: /khong-vao/") > 1 << 20
    many = _raw(hs.url("main"), "/s5/nhieu-lien-ket/")[2]
    assert many.count(b'href="/s5/tin/lien-ket-') == 50_000
    assert _raw(hs.url("main"), "/s5/tin/lien-ket-250000.html")[0] == 404
    assert len(LONG_PATH) == 2500 and _raw(hs.url("main"), LONG_PATH)[0] == 200


def test_traps_never_end(hs):
    body = _raw(hs.url("main"), "/t1/lich?ngay=2031-12-31")[2]
    assert b"/t1/lich?ngay=2032-01-01" in body and b"/t1/lich?ngay=2031-12-30" in body
    assert b"/t1/lich-cong-tac/2025/01/" in _raw(hs.url("main"), "/t1/lich-cong-tac/2024/12/")[2]
    first, second = (_raw(hs.url("main"), "/t2/")[2] for _ in range(2))
    assert first != second and b"(S(" in first and b";jsessionid=" in first
    for path in case("T2").bad + case("T3").bad + case("T5").bad:
        assert _raw(hs.url("main"), path)[0] == 200, path
    assert b'href="vi/"' in _raw(hs.url("main"), "/t4/vi/vi/vi/")[2]
    assert b'href="vi/"' in _raw(hs.url("main"), "/t4/web/guest/vi/en/")[2]
    assert "Không tìm thấy trang" in _raw(hs.url("main"), case("T6").bad[0])[2].decode()
    page9 = _raw(hs.url("main"), "/t7/tin-tuc?page=9")[2]
    page3 = _raw(hs.url("main"), "/t7/tin-tuc?page=3")[2]
    assert b"/t7/tin-tuc?page=10" in page9
    assert all(escape(p).encode() in page9 and escape(p).encode() in page3 for p in case("T7").good[7:])


def test_t8_base_href_echoes_the_request_url_escaped(hs):
    """Each request's URL comes back in <base href>, HTML-escaped: a crawler that resolves
    '#noi-dung' against the undecoded value asks for a URL with one more 'amp;' each time."""
    page = _raw(hs.url("main"), T8_PORTAL)[2].decode("utf-8")
    assert f'<base href="{escape(hs.url("main") + T8_PORTAL)}">' in page
    assert 'href="#noi-dung"' in page and f'href="tin/{article(38002).slug}.html"' in page
    again = _raw(hs.url("main"), case("T8").bad[0])[2].decode("utf-8")
    assert "option=com_tin&amp;amp;Itemid=2" in again


def test_c1_bytes_are_windows_1258(hs):
    for path, content_type in zip(case("C1").good[1:], ("text/html; charset=windows-1258", "text/html"),
                                  strict=True):
        status, headers, body = _raw(hs.url("main"), path)
        assert headers["content-type"] == content_type
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        text = body.decode("cp1258")
        assert unicodedata.normalize("NFC", text) != text  # combining tone marks
        assert article(int(path[-10:-5])).title in unicodedata.normalize("NFC", text)
    assert b'charset="windows-1258"' in _raw(hs.url("main"), case("C1").good[1])[2]
    assert b"charset" not in _raw(hs.url("main"), case("C1").good[2])[2]


def test_content_cases(hs):
    lying = _raw(hs.url("main"), case("C2").good[1])
    assert lying[1]["content-type"] == "text/html; charset=utf-8"
    assert lying[2].decode("utf-8", "replace").count("\ufffd") > 50
    assert _raw(hs.url("main"), case("C2").good[2])[2].decode("utf-8")
    mixed = _raw(hs.url("main"), case("C3").good[1])[2]
    assert 20 < mixed.decode("utf-8", "replace").count("\ufffd")
    assert _raw(hs.url("main"), case("C4").good[1])[2].endswith(b'<p class="')
    assert _raw(hs.url("main"), case("C5").bad[0])[2].startswith(b"\x89PNG")
    assert _raw(hs.url("main"), case("C6").bad[0])[1]["content-length"] == "0"
    pages = [_raw(hs.url("main"), p)[2].decode() for p in case("C7").good[1:]]
    assert "Ngày đăng: 30/02/2024" in pages[0] and "Ngày đăng: 05/13/2024" in pages[1]
    assert "ngay-dang" not in pages[2] and "Hà Nội, ngày 05 tháng 03 năm 2024" in pages[2]
    assert b'content="noarchive"' in _raw(hs.url("main"), case("C8").bad[0])[2]
    assert _raw(hs.url("main"), case("C8").bad[1])[1]["x-robots-tag"] == "noarchive"


def test_x1_feeds(hs):
    ok = ElementTree.fromstring(_raw(hs.url("main"), "/x1/sitemap-ok.xml")[2])
    assert len(ok) == 2
    rss = ElementTree.fromstring(_raw(hs.url("main"), "/x1/rss-ok.xml")[2])
    links = [i.findtext("link") for i in rss.iter("item")]
    assert links == [hs.url("main") + p for p in case("X1").good[3:5]]
    status, headers, lol = _raw(hs.url("main"), "/x1/sitemap-lol.xml")
    assert headers["content-type"].startswith("application/xml") and b"&lol9;" in lol
    assert b'SYSTEM "file:///etc/passwd"' in _raw(hs.url("main"), "/x1/sitemap-xxe.xml")[2]
    assert b"<link>&rac;</link>" in _raw(hs.url("main"), "/x1/rss-entity.xml")[2]


def test_robots_sites(hs):
    assert _raw(hs.url("main"), "/robots.txt")[2] == b"User-agent: *\nDisallow: /khong-vao/\n"
    assert _raw(hs.url("robots-503"), "/robots.txt")[0] == 503
    assert _raw(hs.url("robots-404"), "/robots.txt")[0] == 404
    assert _raw(hs.url("robots-503"), case("N2").good[0])[0] == 200  # other paths: the main site
    with pytest.raises((TimeoutError, http.client.IncompleteRead)):
        _raw(hs.url("robots-timeout"), "/robots.txt", timeout=0.5)


def test_hits_and_reset(hs):
    path = case("C8").good[0]
    _raw(hs.url("main"), path + "?x=1", headers={"User-Agent": "kiem-thu"})
    hit = hs.hits(site="main", prefix=path)[-1]
    assert (hit.method, hit.path, hit.headers["User-Agent"]) == ("GET", path + "?x=1", "kiem-thu")
    assert hit.time <= time.monotonic()
    hs.reset()
    assert hs.hits() == [] and hs.internal_hits == []
    assert _raw(hs.url("main"), case("N1").good[1])[0] == 429  # 'first request' state forgotten
