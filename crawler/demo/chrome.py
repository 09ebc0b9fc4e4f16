"""Page chrome the demo sites share: agency link lists, counters, date forms, ASP.NET form state.

Real portal pages are mostly chrome (PORTALS.md, "Chrome to strip"): link boxes naming every
ministry, province, department and district, polls, visitor counters, footers, and the CMS's
own scaffolding. The data here is what those boxes list; each site renders it in its own
CMS's markup. Every link here points to another host, so nothing here adds a page to a crawl.
Agency names are public; many hosts are approximations, and the demo agencies' own addresses,
phone numbers and hosts are invented.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

__all__ = [
    "CENTRAL_GOVERNMENT", "GOVERNMENT_AGENCIES", "HANOI_DEPARTMENTS", "HANOI_DISTRICTS",
    "HANOI_LEADERSHIP", "HUE_DEPARTMENTS", "HUE_DISTRICTS", "HUE_LEADERSHIP", "MINISTRIES",
    "NATIONAL_SERVICES", "PROVINCES", "WEEKDAYS", "aspnet_state", "postback_script", "date_selects", "dotted",
    "ga_snippet", "js_string", "json_script", "options", "province_sites", "slug", "stable_id",
    "tinnhiemmang_badge", "visit_counts", "weekday_clock_script",
]

Link = tuple[str, str]  # (label, absolute URL on another host)


def slug(text: str) -> str:
    """ASCII host/slug form of a Vietnamese name: "Bà Rịa - Vũng Tàu" -> "bariavungtau"."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded.lower() if c.isascii() and c.isalnum())


CENTRAL_GOVERNMENT: tuple[Link, ...] = (
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Báo điện tử Chính phủ", "https://baochinhphu.vn/"),
    ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn/"),
    ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam", "https://quochoi.vn/"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    ("Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam", "https://congbao.chinhphu.vn/"),
)

#: The portals every provincial and ministry site links as banners.
NATIONAL_SERVICES: tuple[Link, ...] = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị", "https://pakn.dichvucong.gov.vn/"),
    ("Cơ sở dữ liệu quốc gia về thủ tục hành chính", "https://csdl.dichvucong.gov.vn/"),
    ("Cổng thông tin điện tử về xây dựng chính sách, pháp luật", "https://xaydungchinhsach.chinhphu.vn/"),
)

MINISTRIES: tuple[Link, ...] = (
    ("Bộ Quốc phòng", "https://mod.gov.vn/"),
    ("Bộ Công an", "https://bocongan.gov.vn/"),
    ("Bộ Ngoại giao", "https://mofa.gov.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Bộ Tư pháp", "https://moj.gov.vn/"),
    ("Bộ Kế hoạch và Đầu tư", "https://mpi.gov.vn/"),
    ("Bộ Tài chính", "https://mof.gov.vn/"),
    ("Bộ Công Thương", "https://moit.gov.vn/"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "https://mard.gov.vn/"),
    ("Bộ Giao thông vận tải", "https://mt.gov.vn/"),
    ("Bộ Xây dựng", "https://moc.gov.vn/"),
    ("Bộ Tài nguyên và Môi trường", "https://monre.gov.vn/"),
    ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn/"),
    ("Bộ Lao động - Thương binh và Xã hội", "https://molisa.gov.vn/"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "https://bvhttdl.gov.vn/"),
    ("Bộ Khoa học và Công nghệ", "https://most.gov.vn/"),
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Bộ Y tế", "https://moh.gov.vn/"),
    ("Ủy ban Dân tộc", "https://ubdt.gov.vn/"),
    ("Ngân hàng Nhà nước Việt Nam", "https://sbv.gov.vn/"),
    ("Thanh tra Chính phủ", "https://thanhtra.gov.vn/"),
    ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn/"),
)

GOVERNMENT_AGENCIES: tuple[Link, ...] = (
    ("Bảo hiểm xã hội Việt Nam", "https://baohiemxahoi.gov.vn/"),
    ("Thông tấn xã Việt Nam", "https://vnanet.vn/"),
    ("Đài Tiếng nói Việt Nam", "https://vov.vn/"),
    ("Đài Truyền hình Việt Nam", "https://vtv.vn/"),
    ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "https://vast.gov.vn/"),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam", "https://vass.gov.vn/"),
    ("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "https://bqllang.gov.vn/"),
)

#: The five centrally-run cities first, then the provinces, as portals order their drop-downs.
PROVINCES: tuple[str, ...] = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
    "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)
assert len(PROVINCES) == 63

HUE_LEADERSHIP: tuple[Link, ...] = (
    ("Tỉnh ủy Thừa Thiên Huế", "https://tinhuy.thuathienhue.gov.vn/"),
    ("Hội đồng nhân dân tỉnh", "https://hdnd.thuathienhue.gov.vn/"),
    ("Ủy ban nhân dân tỉnh", "https://thuathienhue.gov.vn/"),
    ("Đoàn Đại biểu Quốc hội tỉnh", "https://dbqh.thuathienhue.gov.vn/"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "https://mattran.thuathienhue.gov.vn/"),
)

HUE_DEPARTMENTS: tuple[Link, ...] = tuple(
    (name, f"https://{host}.thuathienhue.gov.vn/") for name, host in (
        ("Văn phòng UBND tỉnh", "vpubnd"), ("Sở Nội vụ", "snv"), ("Sở Tư pháp", "stp"),
        ("Sở Kế hoạch và Đầu tư", "skhdt"), ("Sở Tài chính", "stc"), ("Sở Công Thương", "sct"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "snnptnt"),
        ("Sở Giao thông vận tải", "sgtvt"), ("Sở Xây dựng", "sxd"),
        ("Sở Tài nguyên và Môi trường", "stnmt"), ("Sở Thông tin và Truyền thông", "stttt"),
        ("Sở Lao động - Thương binh và Xã hội", "sldtbxh"), ("Sở Văn hóa và Thể thao", "svhtt"),
        ("Sở Du lịch", "sdl"), ("Sở Khoa học và Công nghệ", "skhcn"),
        ("Sở Giáo dục và Đào tạo", "sgddt"), ("Sở Y tế", "syt"), ("Sở Ngoại vụ", "sngv"),
        ("Thanh tra tỉnh", "thanhtra"), ("Ban Dân tộc", "bdt"),
        ("Ban Quản lý Khu kinh tế, công nghiệp tỉnh", "bqlkkt"),
        ("Trung tâm Bảo tồn Di tích Cố đô Huế", "ttbtdt"),
        ("Trung tâm Phục vụ hành chính công tỉnh", "tthcc"),
    )
)

HUE_DISTRICTS: tuple[Link, ...] = tuple(
    (name, f"https://{host}.thuathienhue.gov.vn/") for name, host in (
        ("Thành phố Huế", "tphue"), ("Thị xã Hương Thủy", "huongthuy"),
        ("Thị xã Hương Trà", "huongtra"), ("Huyện Phong Điền", "phongdien"),
        ("Huyện Quảng Điền", "quangdien"), ("Huyện Phú Vang", "phuvang"),
        ("Huyện Phú Lộc", "phuloc"), ("Huyện A Lưới", "aluoi"), ("Huyện Nam Đông", "namdong"),
    )
)

HANOI_LEADERSHIP: tuple[Link, ...] = (
    ("Thành ủy Hà Nội", "https://thanhuyhanoi.vn/"),
    ("Hội đồng nhân dân thành phố", "https://hdnd.hanoi.gov.vn/"),
    ("Ủy ban nhân dân thành phố", "https://hanoi.gov.vn/"),
    ("Đoàn Đại biểu Quốc hội thành phố", "https://dbqh.hanoi.gov.vn/"),
)

HANOI_DEPARTMENTS: tuple[Link, ...] = tuple(
    (name, f"https://{host}.hanoi.gov.vn/") for name, host in (
        ("Văn phòng UBND thành phố", "vpub"), ("Sở Nội vụ", "sonoivu"), ("Sở Tư pháp", "sotuphap"),
        ("Sở Kế hoạch và Đầu tư", "sokhdt"), ("Sở Tài chính", "sotaichinh"),
        ("Sở Công Thương", "socongthuong"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "sonnptnt"),
        ("Sở Giao thông vận tải", "sogtvt"), ("Sở Xây dựng", "soxaydung"),
        ("Sở Quy hoạch - Kiến trúc", "soqhkt"), ("Sở Tài nguyên và Môi trường", "sotnmt"),
        ("Sở Thông tin và Truyền thông", "sotttt"),
        ("Sở Lao động - Thương binh và Xã hội", "soldtbxh"), ("Sở Văn hóa và Thể thao", "sovhtt"),
        ("Sở Du lịch", "sodulich"), ("Sở Giáo dục và Đào tạo", "sogddt"), ("Sở Y tế", "soyte"),
        ("Sở Ngoại vụ", "songoaivu"), ("Thanh tra thành phố", "thanhtra"),
        ("Ban Dân tộc thành phố", "bandantoc"),
        ("Ban Quản lý các khu công nghiệp và chế xuất", "hiza"),
    )
)

HANOI_DISTRICTS: tuple[Link, ...] = tuple(
    (name, f"https://{slug(name.removeprefix('Quận ').removeprefix('Thị xã ').removeprefix('Huyện '))}.hanoi.gov.vn/")
    for name in (
        "Quận Ba Đình", "Quận Hoàn Kiếm", "Quận Tây Hồ", "Quận Long Biên", "Quận Cầu Giấy",
        "Quận Đống Đa", "Quận Hai Bà Trưng", "Quận Hoàng Mai", "Quận Thanh Xuân",
        "Quận Nam Từ Liêm", "Quận Bắc Từ Liêm", "Quận Hà Đông", "Thị xã Sơn Tây", "Huyện Ba Vì",
        "Huyện Chương Mỹ", "Huyện Đan Phượng", "Huyện Đông Anh", "Huyện Gia Lâm",
        "Huyện Hoài Đức", "Huyện Mê Linh", "Huyện Mỹ Đức", "Huyện Phú Xuyên", "Huyện Phúc Thọ",
        "Huyện Quốc Oai", "Huyện Sóc Sơn", "Huyện Thạch Thất", "Huyện Thanh Oai",
        "Huyện Thanh Trì", "Huyện Thường Tín", "Huyện Ứng Hòa",
    )
)


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def dotted(n: int) -> str:
    """17887020 -> "17.887.020", as Vietnamese portals print counts."""
    return f"{n:,}".replace(",", ".")


def options(items: Iterable[Link], first: str | None = None) -> str:
    """``<option>``s of a "Liên kết website" drop-down (its onchange opens the value)."""
    head = f'<option value="">{escape(first)}</option>' if first else ""
    return head + "".join(
        f'<option value="{escape(url)}">{escape(label)}</option>' for label, url in items
    )


def province_sites(label: str = "{name}", host: str = "{slug}.gov.vn") -> tuple[Link, ...]:
    """One link per province: ``label`` and ``host`` are templates over ``{name}``, ``{slug}``."""
    out = []
    for name in PROVINCES:
        shown = "TP. Hồ Chí Minh" if name == "Hồ Chí Minh" else name
        key = "hochiminhcity" if name == "Hồ Chí Minh" else slug(name)
        out.append((label.format(name=shown, slug=key), "https://" + host.format(name=shown, slug=key) + "/"))
    return tuple(out)


def visit_counts(total: int) -> dict[str, str]:
    """The visitor box's other lines, derived from the running total so they move with it."""
    today = 1_500 + total % 2_500
    yesterday = 3_100 + (total // 7) % 1_900
    week = 6 * 3_400 + today + (total // 11) % 700
    month = 17 * 3_300 + week + (total // 13) % 2_100
    return {"online": dotted(40 + total % 260), "today": dotted(today),
            "yesterday": dotted(yesterday), "week": dotted(week), "month": dotted(month)}


def date_selects(day: datetime, name: str, years: range = range(2012, 2025)) -> str:
    """Day, month and year drop-downs of a "Xem tin theo ngày" form, ``day`` selected."""
    def select(suffix: str, values: Iterable[int], chosen: int, label: str) -> str:
        opts = "".join(
            f'<option value="{v}"{" selected" if v == chosen else ""}>{v:02d}</option>'
            if suffix != "nam" else
            f'<option value="{v}"{" selected" if v == chosen else ""}>{v}</option>'
            for v in values
        )
        return f'<select name="{name}_{suffix}" id="{name}_{suffix}" title="{label}">{opts}</select>'

    return (select("ngay", range(1, 32), day.day, "Ngày") + select("thang", range(1, 13), day.month, "Tháng")
            + select("nam", years, day.year, "Năm"))


def stable_id(*parts: object, length: int = 8) -> str:
    """A hex token derived from ``parts``: cache-busting stamps, auth tokens, GUIDs."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:length]


def js_string(text: str) -> str:
    """``text`` escaped for a single-quoted JavaScript string inside ``<script>``."""
    out = []
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in " -_.,"):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def json_script(value: object) -> str:
    """JSON for an inline ``<script>`` (a ``</`` inside a string would close the element)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _los_string(text: str) -> bytes:
    data = text.encode("utf-8")
    return b"\x05" + _varint(len(data)) + data


def aspnet_state(page: str, saved: Sequence[str], controls: Sequence[str]) -> dict[str, str]:
    """Hidden fields of an ASP.NET WebForms page, in the shape the framework writes them.

    ``__VIEWSTATE`` serialises what the page's controls keep between postbacks (``saved``:
    label texts, the items of bound drop-down lists), ``__EVENTVALIDATION`` a hash per value a
    postback may carry (``controls``), both followed by a keyed MAC; ``page`` keys the page
    class. Deterministic, so a page's bytes only change when its content does.
    """
    digest = hashlib.sha1(page.encode()).digest()
    page_hash = str(int.from_bytes(digest[:4], "big", signed=True))
    state = bytearray(b"\xff\x01\x0f\x0f" + _los_string(page_hash) + b"\x0f\x16" + _varint(len(saved)))
    for i, text in enumerate(saved):
        state += b"\x0f\x02" + _varint(i) + b"\x0f\x16\x02"
        state += (b"\x1e\x04Text" if i == 0 else b"\x1f\x00") + _los_string(text) + b"dd"
    state += b"dd" + hashlib.sha1(bytes(state) + digest).digest()
    validation = bytearray(b"\xff\x01\x16" + _varint(len(controls)))
    for value in controls:
        validation += b"\x02" + _varint(int.from_bytes(hashlib.sha1(value.encode()).digest()[:4], "big"))
    validation += hashlib.sha1(bytes(validation) + digest).digest()
    return {
        "__VIEWSTATE": base64.b64encode(bytes(state)).decode(),
        "__VIEWSTATEGENERATOR": digest[4:8].hex().upper(),
        "__EVENTVALIDATION": base64.b64encode(bytes(validation)).decode(),
    }


def ga_snippet(tag_id: str) -> str:
    """The analytics tag most portals paste into their head."""
    return (
        f'<script async src="https://www.googletagmanager.com/gtag/js?id={tag_id}"></script>\n'
        "<script>\n"
        "  window.dataLayer = window.dataLayer || [];\n"
        "  function gtag() { dataLayer.push(arguments); }\n"
        "  gtag('js', new Date());\n"
        f"  gtag('config', '{tag_id}');\n"
        "</script>"
    )


def weekday_clock_script(element_id: str) -> str:
    """Header clock: today's date written by the browser ("Thứ Hai, ngày 18/12/2023")."""
    names = ", ".join(f"'{js_string(d)}'" for d in (WEEKDAYS[-1], *WEEKDAYS[:-1]))
    return (
        "<script type=\"text/javascript\">\n"
        "(function () {\n"
        f"  var thu = [{names}];\n"
        "  var d = new Date(), pad = function (n) { return n < 10 ? '0' + n : '' + n; };\n"
        f"  var el = document.getElementById('{element_id}');\n"
        "  if (el) { el.innerHTML = thu[d.getDay()] + ', ng\\u00e0y ' + pad(d.getDate()) + '/'"
        " + pad(d.getMonth() + 1) + '/' + d.getFullYear(); }\n"
        "})();\n"
        "</script>"
    )


def tinnhiemmang_badge(host: str) -> str:
    """The "Chứng nhận Tín Nhiệm Mạng" badge, linking to the certificate on tinnhiemmang.vn."""
    return (
        f'<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/{host}-{int(stable_id(host), 16) % 10**10}"'
        ' title="Chứng nhận Tín Nhiệm Mạng" target="_blank">'
        f'<img src="https://tinnhiemmang.vn/handle_cert?id={host}" width="150" height="auto"'
        ' alt="Chứng nhận Tín Nhiệm Mạng"></a>'
    )


def postback_script(form: str) -> str:
    """The ``__doPostBack`` script ASP.NET Web Forms writes into every page (HueCIT, DNN)."""
    return f"""<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['{form}'];
if (!theForm) {{ theForm = document.{form}; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>"""
