"""The catalogue cases the hostile site serves (HOSTILE.md IDs) and where each one lives.

Article ids encode the case: N1 → 11xxx, S2 → 22xxx, T5 → 35xxx, C7 → 47xxx, X1 → 51xxx.
T8 is this project's addition to the HOSTILE.md catalogue (issue #13).
``xx001`` is every case's ordinary good article (always ``good[0]``); ``xx1nn`` are the case's
own pages. ``good`` holds every article a correct crawler archives from the case's entry,
including hostile pages it recovers from (N1 after waiting, N3 after a retry, C1–C4 and C7 with
flags); ``bad`` holds the hostile paths a correct crawler never archives.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.hostile.text import article

__all__ = ["CASES", "Case", "apath", "case"]


def apath(case_id: str, article_id: int) -> str:
    """Path of an article on the main site: ``/n1/tin/<slug>-11001.html``."""
    return f"/{case_id.lower()}/tin/{article(article_id).slug}.html"


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    entry: str
    good: tuple[str, ...]
    bad: tuple[str, ...]
    expect: str
    #: pages a correct crawler may archive (flagged) or drop (with a counted reason)
    either: tuple[str, ...] = ()


def _c(cid: str, title: str, good: tuple[int | str, ...], bad: tuple[int | str, ...], expect: str,
       either: tuple[int, ...] = ()) -> Case:
    def path(x: int | str) -> str:
        return apath(cid, x) if isinstance(x, int) else x

    return Case(cid, title, f"/{cid.lower()}/", tuple(map(path, good)), tuple(map(path, bad)), expect,
                tuple(map(path, either)))


#: The 2,500-character path S5 links (it serves an article; a crawler caps URL length first).
LONG_PATH = "/s5/tin/" + ("thong-bao-ket-qua-lua-chon-nha-thau-goi-thau-so-" * 60)[:2481] + "-25102.html"
#: T2's session-id variants, with fixed example ids (any id is served; links carry fresh ones).
T2_EXAMPLES = (
    apath("t2", 32001).replace("/t2/", "/t2/(S(a1b2c3d4e5f6g7h8i9j0k1l2))/", 1),
    apath("t2", 32001) + ";jsessionid=0123456789ABCDEF0123456789ABCDEF",
    apath("t2", 32002) + "?PHPSESSID=q1w2e3r4t5y6u7i8o9p0a1s2d3",
    apath("t2", 32002) + "?sid=9f8e7d6c5b4a3210",
)
T3_EXAMPLES = (
    apath("t3", 33001) + "?utm_source=zalo&utm_medium=social&utm_campaign=tin-noi-bat",
    apath("t3", 33001) + "?fbclid=IwAR0abcdefghijklmnop",
    apath("t3", 33001) + "?gclid=Cj0KCQiAabcdefgh",
    apath("t3", 33001) + "?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
)
T5_VARIANTS = (
    apath("t5", 35001) + "/",
    apath("t5", 35001) + "?print=1",
    apath("t5", 35001) + "/amp",
    "/amp" + apath("t5", 35001),
    apath("t5", 35001) + "?output=amp",
)
#: T8's portal page, a Joomla-style menu item; it echoes its own URL into <base href>.
T8_PORTAL = "/t8/index.php?option=com_tin&Itemid=2"
#: What a crawler that reads <base href> without decoding it asks for next (and so on, one more
#: "amp;" each time: the portal echoes that too).
T8_ESCAPED = "/t8/index.php?option=com_tin&amp;Itemid=2"
X1_FILES = ("/x1/sitemap-ok.xml", "/x1/rss-ok.xml", "/x1/sitemap-lol.xml", "/x1/sitemap-xxe.xml",
            "/x1/rss-entity.xml")

#: P1's photos, in the article's body order, and the status each must end with (the crawl of
#: P1 caps photos at P1_MAX_BYTES).
P1_PHOTOS = ("/p1/anh/hoi-nghi.jpg", "/p1/anh/khong-con.jpg", "/p1/anh/trang-loi.jpg",
             "/p1/anh/ma-doc.svg", "/p1/anh/rat-lon.jpg", "/p1/anh/khong-ro-kich-thuoc.jpg",
             "/p1/anh/hoi-nghi-ban-sao.jpg",  # the first one's bytes at another URL
             "/p1/anh/chuyen-huong.jpg")  # a 301 (with a JPEG body) to a photo marked noarchive
P1_NOARCHIVE = "/p1/anh/khong-luu.jpg"
#: a photo on the portal's other host name (its CDN: PORTAL_IMAGE_HOSTS in P1's crawl)
P1_CDN_PATH = "/p1/anh/tu-cdn.jpg"
P1_EXPECTED = ("captured", "http_404", "not_an_image", "not_an_image", "too_large", "too_large",
               "captured", "not_captured", "captured", "off_site")
P1_OFFSITE = "http://anh.example.invalid/p1/anh/ngoai.jpg"

#: D1's attached documents, in the article's order, each with what it is (payloads.document)
#: and the (status, text_status) its entry must end with (the crawl of D1 caps documents at
#: D1_MAX_BYTES and reading at D1_TIMEOUT seconds).
D1_DOCUMENTS = (
    ("/d1/van-ban/bien-ban-nghiem-thu.pdf", "good", ("captured", "text")),
    ("/d1/van-ban/phu-luc.docx", "docx", ("captured", "text")),
    ("/d1/van-ban/hong.pdf", "malformed", ("captured", "malformed")),
    ("/d1/van-ban/tai-lieu-mat.pdf", "encrypted", ("captured", "encrypted")),
    ("/d1/van-ban/phu-luc-nen.docx", "zip_bomb", ("captured", "zip_bomb")),
    ("/d1/van-ban/bang-gia.xlsx", "xml_entities", ("captured", "xml_entities")),
    ("/d1/van-ban/cham.pdf", "slow", ("captured", "too_slow")),
    ("/d1/van-ban/trang-loi.pdf", "html", ("not_a_document", None)),  # an error page as PDF
    ("/d1/van-ban/sai-kieu.pdf", "good_as_html", ("captured", "text")),  # a PDF as text/html
    ("/d1/van-ban/rat-lon.pdf", "huge", ("too_large", None)),  # declared larger than the cap
    ("/d1/van-ban/vo-tan.pdf", "endless", ("too_large", None)),  # never ends
    ("/d1/van-ban/khong-con.pdf", "missing", ("http_404", None)),
)
D1_MAX_BYTES = 256 * 1024
D1_TIMEOUT = 3.0
P1_MAX_BYTES = 64 * 1024

CASES: tuple[Case, ...] = (
    _c("N1", "429/503 với Retry-After", (11001, 11002, 11003), (11004,),
       "Retry-After (seconds or HTTP-date) is honoured per host: A and B are fetched again after "
       "~2 s and archived; C (Retry-After: 86400) is given up for this run and kept for the next."),
    _c("N2", "Trang bảo trì trả về 200", (12001,), (12002,),
       "A 200 'maintenance' page is not archived as an article; the URL stays eligible for the next run."),
    _c("N3", "Kết nối bị ngắt giữa chừng", (13001, 13002), (13003,),
       "A connection reset mid-body is retried (A succeeds on the retry); B fails with a kept reason."),
    _c("N4", "Nội dung bị treo", (14001,), (14002,),
       "A stalled body hits a per-request deadline and shutdown is never blocked longer than it."),
    _c("N5", "Lỗi DNS, từ chối kết nối, lỗi TLS", (15001,), (15101,),
       "Refused, unresolvable and TLS-failing hosts are backed off and listed in the run summary."),
    _c("N6", "Chuyển hướng vòng lặp và chuỗi dài", (16001,), (16101, 16102, 16230),
       "A redirect loop and a 30-hop chain each end with a reason; the rest of the crawl goes on."),
    _c("N7", "Chuyển hướng tới địa chỉ nội bộ", (17001,), tuple(range(17101, 17109)),
       "Redirects and links to private, loopback, link-local or non-HTTP targets are blocked after "
       "DNS resolution on every hop; the internal recorder receives nothing."),
    _c("N8", "Cookie và thông tin đăng nhập", (18001,), (18101, 18102),
       "Cookies and URL credentials are never forwarded to another host (here: localhost)."),
    _c("S1", "Nội dung quá lớn", (21001,), (21101, 21102),
       "Oversized bodies, with and without Content-Length, are cancelled at a size cap."),
    _c("S2", "Bom nén", (22001,), (22101, 22102, 22103, 22104, 22105),
       "gzip, deflate, br, zstd and nested gzip bombs are capped on the decompressed size."),
    _c("S3", "Gzip bị cắt cụt", (23001, 23101), (),
       "A truncated gzip body is kept with what it holds, flagged truncated_gzip, never a crash."),
    _c("S4", "Trang nhiều phần tử, lồng sâu", (24001,), (),
       "Extraction runs in a killable worker with wall-clock and memory limits; each heavy page is "
       "archived flagged or dropped with a counted reason, the raw capture is kept and the crawl "
       "goes on.", either=(24101, 24102)),
    _c("S5", "robots.txt khổng lồ, 50.000 liên kết, URL dài", (25001,),
       ("/s5/nhieu-lien-ket/", "/s5/duong-dan-dai/", LONG_PATH),
       "Huge robots.txt, 50k outlinks and 2 KB URLs are capped with counters."),
    _c("T1", "Lịch vô tận", (31001,), ("/t1/lich?ngay=2024-03-12", "/t1/lich-cong-tac/2024/03/"),
       "Calendars and date forms are cut by a per-pattern budget."),
    _c("T2", "Mã phiên trong URL", (32001, 32002), T2_EXAMPLES,
       "Session ids in path or query are removed by canonicalisation: each article archived once."),
    _c("T3", "Tham số theo dõi", (33001,), T3_EXAMPLES,
       "Tracking parameters (utm_*, fbclid, gclid, zarsrc) are dropped: the article archived once."),
    _c("T4", "Đoạn đường dẫn lặp lại", (34001,), ("/t4/vi/vi/", "/t4/web/guest/vi/en/vi/"),
       "Repeating path segments (and Liferay language-switch recursion) are cut by a path-repetition rule."),
    _c("T5", "Bản in, AMP, dấu gạch chéo", (35001,), T5_VARIANTS,
       "Print, AMP and trailing-slash variants collapse to the one article, archived once."),
    _c("T6", "Trang 404 giả trả về 200", (36001,), (36101,),
       "Soft 404 pages (status 200) are not archived."),
    _c("T7", "Phân trang lặp vô hạn", (37010, *range(37001, 37010)), ("/t7/tin-tuc?page=5",),
       "Pagination that repeats its last page stops once a page brings nothing new."),
    _c("T8", "Thẻ base chứa &amp;", (38001, 38002), (T8_ESCAPED,),
       "A <base href> holding &amp; (the portal echoes the request URL, HTML-escaped) is read as a "
       "browser reads it: '#' and relative links resolve once, never growing amp;amp;… until the "
       "page budget is spent."),
    _c("C1", "Mã hóa windows-1258", (41001, 41101, 41102), (),
       "windows-1258 pages, declared or not, are decoded right and normalised to NFC."),
    _c("C2", "Khai báo mã hóa sai", (42001, 42101, 42102, 42103), (),
       "A charset header contradicting the bytes is overridden by re-decoding, and flagged."),
    _c("C3", "Trộn nhiều mã hóa", (43001, 43101), (),
       "Mixed encodings in one page are decoded best-effort with replacement characters counted."),
    _c("C4", "HTML bị cắt cụt", (44001, 44101), (),
       "Truncated HTML is archived flagged as truncated, never raising."),
    _c("C5", "Dữ liệu nhị phân gắn nhãn text/html", (45001,), (45101,),
       "Binary served as text/html is not archived as an article, with a reason."),
    _c("C6", "Nội dung rỗng", (46001,), (46101,),
       "An empty 200 body is not archived, with a reason."),
    _c("C7", "Ngày tháng không hợp lệ", (47001, 47101, 47102, 47103), (),
       "Impossible dates are rejected to null with the raw text kept; the Vietnamese dateline is parsed."),
    _c("C8", "noarchive", (48001,), (48101, 48102),
       "noarchive in meta robots or X-Robots-Tag is honoured by default (not archived)."),
    _c("P1", "Ảnh hỏng, ảnh giả, ảnh quá lớn", (61001,), P1_PHOTOS,
       "An article's photos are captured when they are images; a missing, oversized, off-site, "
       "inline, HTML-as-JPEG or scripted SVG photo gets its reason and the article is archived."),
    _c("D1", "Văn bản đính kèm độc hại", (62001,), tuple(p for p, _, _ in D1_DOCUMENTS),
       "An article's attached documents are captured and read when they can be; a malformed, "
       "encrypted, zip-bomb, entity-bomb, endless, oversized or parser-stalling document, or an "
       "error page served as one, gets its reason and nothing else in the run is lost."),
    _c("X1", "Sitemap và RSS có thực thể XML", (51001, 51101, 51102, 51103, 51104),
       ("/x1/sitemap-lol.xml", "/x1/sitemap-xxe.xml", "/x1/rss-entity.xml", 51105, 51106, 51107, 51108),
       "Sitemaps and feeds with entity tricks are rejected as a whole with a reason; valid ones are read."),
)

_BY_ID = {c.id: c for c in CASES}


def case(case_id: str) -> Case:
    return _BY_ID[case_id.upper()]
