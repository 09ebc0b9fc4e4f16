#!/usr/bin/env python3
"""Generator of the held-out variant template `liferay/lr71assetfull`.

An invented provincial department portal ("Sở Tài nguyên và Môi trường tỉnh Hòa Sơn") on
Liferay Portal 7.1 CE with a custom theme.  News items are shown by the Asset Publisher in
full-content mode (`/-/asset_publisher/<inst>/content/<url-title>`); two older items live on
their own layout pages in a Web Content Display.  Pages and truth come from the same data, so
running this script rewrites every `<page>.html` / `<page>.json` deterministically:

    python tests/variants/liferay/lr71assetfull/make.py

All Vietnamese text was written for this template (invented people, places and figures).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote, quote_plus

OUT = Path(__file__).resolve().parent
HOST = "https://stnmt.hoason.gov.vn"
SITE = "Sở Tài nguyên và Môi trường tỉnh Hòa Sơn"
GROUP = 20126
THEME = "/o/hoason-sotnmt-theme"
THEME_ID = "hoasonsotnmt_WAR_hoasonsotnmttheme"
BUILD_T = "1712137522000"
HEADER_DATE = "Thứ Sáu, ngày 19/04/2024"

AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
JC = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
BC = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"
NAVP = "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
SEARCH = "com_liferay_portal_search_web_portlet_SearchPortlet"
POLL = "com_liferay_polls_web_portlet_PollsDisplayPortlet"
SITEMAP = "com_liferay_site_navigation_site_map_web_portlet_SiteNavigationSiteMapPortlet"
DDMFORM = "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet"

INST = {"tin-hoat-dong": "Jk8TqL2mWx4R", "thong-bao": "Np3VsY7cUe0Z",
        "cai-cach-hanh-chinh": "Hd5GzR1oPw9K"}
INST_TINKHAC = "Bv2XyT6nMq3L"
INST_TINMOI = "Ys4KcW8eRt1U"
INST_HOME_TIN = "Qe7RbN4kTz2A"
INST_HOME_TB = "Wm1PxC9vLs6D"
INST_HOME_CC = "Fa6UjE3hYo8G"
INST_HOME_LT = "Rc2DkV5nXb7S"

SECTIONS = {
    "tin-hoat-dong": ("Tin hoạt động", "Tin tức - Sự kiện", 14),
    "thong-bao": ("Thông báo", "Tin tức - Sự kiện", 15),
    "cai-cach-hanh-chinh": ("Cải cách hành chính", "Tin tức - Sự kiện", 17),
    "tin-luu-tru": ("Tin lưu trữ", "Tin tức - Sự kiện", 19),
}


# --------------------------------------------------------------------------- helpers

def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def e(s: str) -> str:
    return html.escape(s, quote=True)


def collapse(s: str) -> str:
    return " ".join(s.split())


def plain(fragment: str) -> str:
    """Reader-visible text of a small inline HTML fragment (no <br> inside)."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def js(s: str) -> str:
    """Liferay HtmlUtil.escapeJS-like escaping of URLs inside inline scripts."""
    out = []
    for ch in s:
        if ch.isalnum() or ch in "-_ ,":
            out.append(ch)
        else:
            out.append("\\x%02x" % ord(ch) if ord(ch) < 256 else "\\u%04x" % ord(ch))
    return "".join(out)


def uid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "lr71assetfull/" + seed))


def token(seed: str, n: int = 8) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[int(h[i * 2:i * 2 + 2], 16) % 62] for i in range(n))


def epoch_ms(dt: datetime) -> int:
    return int((dt - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds() * 1000)


def dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def dmy_short(dt: datetime) -> str:
    return dt.strftime("%d/%m/%y")


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def doc_url(fname: str, folder: int, dt: datetime) -> str:
    return f"/documents/{GROUP}/{folder}/{fname}/{uid(fname)}?t={epoch_ms(dt) - 3600000 + hash_int(fname) % 3000000}"


# --------------------------------------------------------------------------- articles

D = datetime

# Body blocks:
#   ("p", html)                 body paragraph (text)
#   ("lead", html)              bold first paragraph, counted as lead
#   ("br", [line, ...])         one <p> with <br>-separated lines (one text paragraph each)
#   ("ul", [item, ...])         list; each item one text paragraph
#   ("table", [[cell...]...])   data table; first row is the header row
#   ("fig"|"tbl1"|"imgp", img)  photo with caption in figure / one-cell table / italic paragraph
#   ("empty",)                  CKEditor's empty <p>&nbsp;</p>
#   ("related", [art_key...])   related-news box inside the body (not text)
#   ("attach", [(name, url)])   attachment list (not text)
#   ("sig", html)               closing signature (not text)
#
# img: dict(file, folder, caption, credit, style) where style says how the credit is printed:
#   "paren": "<caption> (Ảnh: X)"; "dash": "<caption> - Ảnh: X"; "br": caption<br>credit;
#   None: caption only.

ARTICLES = [
    dict(
        key="a01", section="tin-hoat-dong", redirect=False, entry=43817, article_id="43811",
        slug="so-tai-nguyen-va-moi-truong-trien-khai-nhiem-vu-nam-2024",
        title="Sở Tài nguyên và Môi trường triển khai nhiệm vụ năm 2024",
        published=D(2024, 1, 11, 14, 20), updated=None, views=1284,
        lead_style="abstract",
        lead="Năm 2024, ngành tài nguyên và môi trường tỉnh Hòa Sơn đặt mục tiêu hoàn thành cơ bản "
             "việc cấp giấy chứng nhận quyền sử dụng đất lần đầu, nâng tỷ lệ thu gom, xử lý chất thải "
             "rắn sinh hoạt đô thị lên trên 95% và đưa toàn bộ cơ sở dữ liệu đất đai vào vận hành.",
        body=[
            ("p", "Sáng ngày 10/01/2024, Sở Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác "
                  "năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Đỗ Minh Khang, Phó Chủ "
                  "tịch Ủy ban nhân dân tỉnh; đại diện các sở, ban, ngành liên quan; lãnh đạo Phòng Tài "
                  "nguyên và Môi trường các huyện, thị xã, thành phố cùng toàn thể công chức, viên chức, "
                  "người lao động của Sở."),
            ("p", "Báo cáo tại hội nghị cho biết, năm 2023, Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 14 "
                  "quyết định quy phạm pháp luật, trong đó có quy định về hạn mức giao đất, công nhận quyền "
                  "sử dụng đất và bảng giá đất điều chỉnh. Công tác thẩm định hồ sơ giao đất, cho thuê đất "
                  "được rút ngắn bình quân 5 ngày so với quy định; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%."),
            ("fig", dict(file="IMG_20240110_083512.jpg", folder=0, w=800, h=533,
                         caption="Quang cảnh Hội nghị tổng kết công tác năm 2023",
                         credit="Ảnh: Thanh Hương", style="paren")),
            ("p", "Trong lĩnh vực môi trường, Sở đã tổ chức 42 cuộc thanh tra, kiểm tra đối với các cơ sở sản "
                  "xuất, kinh doanh, phát hiện và đề nghị xử phạt 17 cơ sở vi phạm với tổng số tiền hơn 1,9 "
                  "tỷ đồng. Hệ thống quan trắc tự động tại các khu công nghiệp được kết nối, truyền số liệu "
                  "liên tục về Sở, giúp phát hiện sớm các trường hợp xả thải vượt quy chuẩn."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như tiến độ xây dựng cơ sở "
                  "dữ liệu đất đai tại một số địa phương còn chậm, việc xử lý ô nhiễm tại các làng nghề chưa "
                  "triệt để, nguồn nhân lực làm công tác đo đạc, bản đồ ở cấp huyện còn thiếu."),
            ("p", "Phát biểu chỉ đạo, đồng chí Đỗ Minh Khang ghi nhận những nỗ lực của ngành trong năm qua, "
                  "đồng thời đề nghị Sở tập trung rà soát, tháo gỡ vướng mắc về đất đai cho các dự án đầu tư "
                  "trọng điểm; tăng cường chuyển đổi số, công khai thông tin quy hoạch, kế hoạch sử dụng đất "
                  "để người dân và doanh nghiệp dễ dàng tra cứu."),
            ("p", "Thay mặt lãnh đạo Sở, Giám đốc Nguyễn Văn Thắng tiếp thu ý kiến chỉ đạo và cho biết Sở sẽ "
                  "cụ thể hóa thành chương trình công tác, phân công rõ người, rõ việc, rõ thời hạn hoàn "
                  "thành. Dịp này, Sở đã phát động phong trào thi đua năm 2024 với chủ đề "
                  "“Kỷ cương, trách nhiệm, hiệu quả”."),
            ("p", "Nhân dịp này, 6 tập thể và 21 cá nhân có thành tích xuất sắc trong năm 2023 được Giám đốc "
                  "Sở tặng Giấy khen."),
            ("empty",),
            ("sig", '<p style="text-align: right;">Tác giả: Nguyễn Thị Lan</p>'),
        ],
        authors=["Nguyễn Thị Lan"], unit=None, prefix=None,
        categories=[("Lĩnh vực", "Tổng hợp")], tags=["tổng kết", "kế hoạch năm 2024"],
        links=["a11", "a02"],
    ),
    dict(
        key="a02", section="tin-hoat-dong", redirect=True, entry=45208, article_id="45202",
        slug="hoan-thanh-phe-duyet-quy-hoach-su-dung-dat-thoi-ky-2021-2030-cap-huyen",
        title="Hoàn thành phê duyệt quy hoạch sử dụng đất thời kỳ 2021 - 2030 cấp huyện",
        published=D(2024, 2, 20, 10, 5), updated=D(2024, 2, 22, 15, 30), views=2107,
        lead_style="bold",
        lead="Đến nay, cả 7 đơn vị hành chính cấp huyện của tỉnh đã được Ủy ban nhân dân tỉnh phê duyệt "
             "quy hoạch sử dụng đất thời kỳ 2021 - 2030, làm căn cứ để giao đất, cho thuê đất và chuyển "
             "mục đích sử dụng đất.",
        body=[
            ("tbl1", dict(file="niem-yet-quy-hoach-cam-lam.jpg", folder=0, w=650, h=433,
                          caption="Cán bộ Phòng Tài nguyên và Môi trường huyện Cẩm Lâm niêm yết công khai "
                                  "quy hoạch sử dụng đất", credit=None, style=None)),
            ("p", "Theo Sở Tài nguyên và Môi trường, quy hoạch sử dụng đất cấp huyện lần này được lập đồng "
                  "thời với việc điều chỉnh quy hoạch tỉnh, bảo đảm tính thống nhất giữa chỉ tiêu sử dụng "
                  "đất được phân bổ và nhu cầu thực tế của từng địa phương. Quá trình lập quy hoạch đã lấy ý "
                  "kiến rộng rãi của cộng đồng dân cư thông qua hình thức tổ chức hội nghị và niêm yết công "
                  "khai tại trụ sở Ủy ban nhân dân cấp xã."),
            ("p", "Tổng diện tích đất nông nghiệp đến năm 2030 của toàn tỉnh dự kiến giảm khoảng 3.150 ha để "
                  "chuyển sang đất phi nông nghiệp, chủ yếu phục vụ phát triển khu công nghiệp, cụm công "
                  "nghiệp, hạ tầng giao thông và khu dân cư. Diện tích đất trồng lúa được giữ ổn định ở mức "
                  "trên 18.000 ha."),
            ("p", "Chỉ tiêu một số loại đất chủ yếu đến năm 2030 của các địa phương như sau:"),
            ("table", [
                ["STT", "Đơn vị hành chính", "Đất nông nghiệp (ha)", "Đất phi nông nghiệp (ha)",
                 "Đất chưa sử dụng (ha)"],
                ["1", "Thành phố Hòa Sơn", "4.120", "6.385", "112"],
                ["2", "Thị xã Bến Mai", "9.870", "3.246", "205"],
                ["3", "Huyện Cẩm Lâm", "21.540", "4.812", "1.036"],
                ["4", "Huyện Vân Điền", "18.362", "3.957", "874"],
                ["5", "Huyện Đồng Lam", "25.118", "4.106", "2.310"],
                ["6", "Huyện Lộc Hà Thượng", "14.705", "2.988", "659"],
                ["7", "Huyện Mỹ Xuyên Tây", "16.930", "3.421", "1.148"],
            ]),
            ("p", "Sở Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố công bố "
                  "công khai quy hoạch trong thời hạn 15 ngày kể từ ngày được phê duyệt, đồng thời cập nhật "
                  "lên hệ thống thông tin đất đai của tỉnh. Việc thu hồi đất, giao đất, cho thuê đất phải "
                  "bảo đảm đúng chỉ tiêu được phân bổ, không tùy tiện điều chỉnh làm ảnh hưởng đến quyền lợi "
                  "của người sử dụng đất."),
            ("p", "Đối với các dự án đã có trong kế hoạch sử dụng đất nhưng sau 3 năm chưa thực hiện, Sở sẽ "
                  "phối hợp với các địa phương rà soát, đề xuất hủy bỏ hoặc điều chỉnh theo quy định của pháp "
                  "luật về đất đai."),
            ("sig", '<p style="text-align: right;"><em>Nguồn: Văn phòng Sở</em></p>'),
        ],
        authors=[], unit="Văn phòng Sở", prefix=None,
        categories=[("Lĩnh vực", "Đất đai")], tags=["quy hoạch sử dụng đất", "đất đai"],
        links=["a01"],
    ),
    dict(
        key="a03", section="tin-hoat-dong", redirect=False, entry=46033, article_id="46027",
        slug="cam-lam-ra-quan-thu-gom-rac-thai-nhua-ven-song-lam-giang",
        title="Cẩm Lâm: Ra quân thu gom rác thải nhựa ven sông Lam Giang",
        published=D(2024, 3, 5, 16, 45), updated=None, views=946,
        lead_style="bold", prefix="(BHS) -",
        lead="Sáng 3/3, Ủy ban nhân dân huyện Cẩm Lâm phối hợp với Sở Tài nguyên và Môi trường tổ chức lễ "
             "ra quân thu gom rác thải nhựa dọc hai bên bờ sông Lam Giang, thu hút hơn 800 đoàn viên, hội "
             "viên và người dân tham gia.",
        body=[
            ("p", "Ngay sau lễ ra quân, các lực lượng chia thành 12 tổ, tỏa về các tuyến đê, bãi bồi và bến "
                  "thuyền thuộc địa bàn 5 xã ven sông để nhặt túi ni lông, chai nhựa, lưới đánh cá bỏ đi và "
                  "các loại rác thải khác. Sau một buổi sáng, đã có gần 6 tấn rác được thu gom, phân loại và "
                  "vận chuyển về khu xử lý tập trung của huyện."),
            ("imgp", dict(file="ra-quan-thu-gom-rac-tan-hoi.jpg", folder=0, w=700, h=467,
                          caption="Đoàn viên thanh niên xã Tân Hội thu gom rác tại bãi bồi ven sông",
                          credit="Ảnh: Minh Châu", style="dash")),
            ("p", "Theo ông Phan Đức Toàn, Phó Chủ tịch Ủy ban nhân dân huyện Cẩm Lâm, lượng rác thải nhựa "
                  "trôi dạt về các bãi bồi tăng mạnh sau mỗi mùa mưa lũ, gây mất mỹ quan và ảnh hưởng đến "
                  "nguồn nước sinh hoạt của người dân. Huyện sẽ duy trì hoạt động ra quân vào ngày Chủ nhật "
                  "cuối cùng của mỗi tháng, đồng thời lắp đặt thêm thùng chứa rác tại các bến thuyền."),
            ("p", "Dịp này, Sở Tài nguyên và Môi trường đã trao tặng 200 bộ thùng phân loại rác tại nguồn cho "
                  "các hộ gia đình ở xã Tân Hội và xã Hưng Phú - hai địa phương được chọn làm điểm thực hiện "
                  "mô hình phân loại rác thải sinh hoạt năm 2024."),
            ("p", "Bà Võ Thị Mai, người dân thôn Đông Bình, xã Tân Hội chia sẻ: “Trước đây bà con quen vứt rác "
                  "xuống bãi sông, nay có thùng phân loại và xe thu gom đến tận thôn nên ai cũng thấy phải "
                  "thay đổi thói quen”."),
            ("sig", '<p style="text-align: right;"><strong>Minh Châu</strong></p>'),
            ("sig", '<p style="text-align: right;">Nguồn: Báo Hòa Sơn</p>'),
        ],
        authors=["Minh Châu"], unit="Báo Hòa Sơn",
        categories=[("Lĩnh vực", "Môi trường")], tags=["rác thải nhựa", "Cẩm Lâm"],
        links=["a06"],
    ),
    dict(
        key="a04", section="tin-hoat-dong", redirect=True, entry=46519, article_id="46513",
        slug="kiem-tra-cong-tac-bao-ve-moi-truong-tai-cac-co-so-che-bien-go",
        title="Kiểm tra công tác bảo vệ môi trường tại các cơ sở chế biến gỗ",
        published=D(2024, 3, 12, 9, 15), updated=None, views=1532,
        lead_style="abstract", prefix=None,
        lead="Đoàn kiểm tra liên ngành do Sở Tài nguyên và Môi trường chủ trì vừa tiến hành kiểm tra việc "
             "chấp hành pháp luật về bảo vệ môi trường tại 9 cơ sở chế biến gỗ trên địa bàn thị xã Bến Mai "
             "và huyện Vân Điền.",
        body=[
            ("p", "Qua kiểm tra, phần lớn các cơ sở đã lập hồ sơ môi trường theo quy định, đầu tư hệ thống thu "
                  "gom bụi gỗ và bố trí khu vực lưu giữ chất thải rắn. Tuy nhiên, đoàn cũng phát hiện 3 cơ sở "
                  "chưa thực hiện quan trắc môi trường định kỳ, 2 cơ sở để mùn cưa, vỏ bào ngoài trời không "
                  "có mái che, phát tán bụi ra khu dân cư lân cận."),
            ("imgp", dict(file="kiem-tra-co-so-go-ben-mai.jpg", folder=0, w=700, h=466,
                          caption="Đoàn kiểm tra làm việc tại một cơ sở chế biến gỗ ở phường Bến Mai",
                          credit=None, style=None)),
            ("p", "Đáng chú ý, tại một cơ sở sản xuất ván ép ở xã Phước Điền, huyện Vân Điền, hệ thống xử lý "
                  "khí thải lò hơi không được vận hành thường xuyên; nước thải từ công đoạn ngâm gỗ được xả "
                  "trực tiếp ra mương thoát nước chung. Đoàn đã lập biên bản, lấy mẫu nước thải để phân tích "
                  "và yêu cầu cơ sở dừng ngay hành vi xả thải."),
            ("related", ["a03", "a01"]),
            ("p", "Kết luận buổi kiểm tra, Phó Giám đốc Sở Trần Quốc Bảo yêu cầu các cơ sở khắc phục ngay các "
                  "tồn tại trong thời hạn 30 ngày, báo cáo kết quả về Sở. Ủy ban nhân dân các địa phương có "
                  "trách nhiệm giám sát việc khắc phục và không cấp phép mở rộng sản xuất đối với cơ sở chưa "
                  "hoàn thành các công trình bảo vệ môi trường."),
            ("imgp", dict(file="lay-mau-nuoc-thai-van-dien.jpg", folder=0, w=700, h=466,
                          caption="Lấy mẫu nước thải tại mương thoát nước sau xưởng ngâm gỗ",
                          credit="Ảnh: Trần Minh Đức", style="paren")),
            ("p", "Theo kế hoạch, trong quý II năm 2024, Sở sẽ tiếp tục kiểm tra các cơ sở chế biến nông sản, "
                  "chăn nuôi tập trung và các điểm tập kết phế liệu - những loại hình có nguy cơ gây ô nhiễm "
                  "cao."),
            ("sig", '<p style="text-align: right;"><strong>Trần Minh Đức</strong></p>'),
        ],
        authors=["Trần Minh Đức"], unit=None,
        categories=[("Lĩnh vực", "Môi trường")], tags=["kiểm tra", "chế biến gỗ", "bảo vệ môi trường"],
        links=["a05", "a03"],
    ),
    dict(
        key="a05", section="tin-hoat-dong", redirect=False, entry=47102, article_id="47096",
        slug="tap-huan-nghiep-vu-quan-trac-moi-truong-cho-can-bo-cap-huyen",
        title="Tập huấn nghiệp vụ quan trắc môi trường cho cán bộ cấp huyện",
        published=D(2024, 3, 26, 14, 0), updated=None, views=688,
        lead_style="bold", prefix=None,
        lead="Trong hai ngày 25 và 26/3, Trung tâm Quan trắc tài nguyên và môi trường tổ chức lớp tập huấn "
             "nghiệp vụ quan trắc, lấy mẫu và bảo quản mẫu môi trường cho 65 học viên là công chức phụ "
             "trách môi trường cấp huyện, cấp xã.",
        body=[
            ("p", "Tại lớp tập huấn, các báo cáo viên đã giới thiệu những điểm mới của quy định kỹ thuật về "
                  "quan trắc môi trường, quy trình lấy mẫu nước mặt, nước dưới đất, không khí xung quanh và "
                  "cách ghi chép, lưu giữ hồ sơ hiện trường. Học viên được thực hành trực tiếp với các thiết "
                  "bị đo nhanh pH, độ đục, oxy hòa tan và thiết bị lấy mẫu bụi."),
            ("fig", dict(file="tap-huan-quan-trac-bau-sen.jpg", folder=0, w=760, h=507,
                         caption="Học viên thực hành lấy mẫu nước mặt tại hồ Bàu Sen",
                         credit=None, style=None)),
            ("p", "Nhiều ý kiến của học viên tập trung vào việc xử lý kết quả quan trắc bất thường, cách phối "
                  "hợp giữa cấp xã và cấp huyện khi phát hiện sự cố môi trường, cũng như việc cập nhật số "
                  "liệu lên hệ thống cơ sở dữ liệu môi trường của tỉnh."),
            ("p", "Phát biểu bế mạc, Giám đốc Trung tâm Quan trắc tài nguyên và môi trường đề nghị học viên "
                  "vận dụng kiến thức đã học vào công việc, chủ động theo dõi các điểm nóng về môi trường tại "
                  "địa phương và kịp thời báo cáo khi có dấu hiệu ô nhiễm."),
            ("sig", '<p style="text-align: right;"><strong>Lê Hoàng Nam - Trung tâm Quan trắc tài nguyên '
                    'và môi trường</strong></p>'),
        ],
        authors=["Lê Hoàng Nam"], unit="Trung tâm Quan trắc tài nguyên và môi trường",
        categories=[("Lĩnh vực", "Môi trường")], tags=["quan trắc", "tập huấn"],
        links=["a04"],
    ),
    dict(
        key="a06", section="tin-hoat-dong", redirect=True, entry=46780, article_id="46774",
        slug="huong-ung-ngay-nuoc-the-gioi-va-ngay-khi-tuong-the-gioi-nam-2024",
        title="Hưởng ứng Ngày Nước thế giới và Ngày Khí tượng thế giới năm 2024",
        published=D(2024, 3, 18, 8, 0), updated=D(2024, 3, 19, 10, 12), views=803,
        lead_style="abstract", prefix=None,
        lead="Sở Tài nguyên và Môi trường vừa ban hành kế hoạch tổ chức các hoạt động hưởng ứng Ngày Nước "
             "thế giới và Ngày Khí tượng thế giới năm 2024 nhằm nâng cao nhận thức của cộng đồng về khai "
             "thác, sử dụng tiết kiệm nguồn nước.",
        body=[
            ("p", "Ngày Nước thế giới năm nay được tổ chức vào ngày 22/3/2024, Ngày Khí tượng thế giới vào "
                  "ngày 23/3/2024. Căn cứ hướng dẫn của Bộ Tài nguyên và Môi trường, Sở đề nghị các sở, "
                  "ngành, địa phương tập trung triển khai một số hoạt động sau:"),
            ("ul", [
                "Treo băng rôn, khẩu hiệu tuyên truyền tại trụ sở cơ quan, nơi công cộng và các tuyến đường "
                "chính;",
                "Đưa tin, bài về chủ đề của năm trên cổng thông tin điện tử, đài truyền thanh cấp huyện, cấp "
                "xã;",
                "Tổ chức làm sạch kênh mương, ao hồ, khơi thông dòng chảy tại các khu dân cư;",
                "Kiểm tra việc chấp hành quy định về cấp phép khai thác nước dưới đất, xả nước thải vào "
                "nguồn nước.",
            ]),
            ("tbl1", dict(file="kenh-bac-lam-giang.jpg", folder=0, w=640, h=427,
                          caption="Một đoạn kênh thủy lợi Bắc Lam Giang sau khi được nạo vét",
                          credit="Ảnh: Văn Dũng", style="paren")),
            ("p", "Sở giao Phòng Tài nguyên nước chủ trì, phối hợp với Đài Khí tượng thủy văn tỉnh theo dõi, "
                  "tổng hợp kết quả thực hiện; các đơn vị báo cáo kết quả về Sở trước ngày 05/4/2024 để tổng "
                  "hợp, báo cáo Bộ Tài nguyên và Môi trường và Ủy ban nhân dân tỉnh."),
            ("p", "Trên cơ sở kế hoạch của Sở, nhiều địa phương đã chủ động vào cuộc. Thành phố Hòa Sơn tổ "
                  "chức đi bộ đồng hành vì nguồn nước sạch với sự tham gia của học sinh các trường trung học "
                  "cơ sở; huyện Đồng Lam phát động người dân ký cam kết không xả rác, nước thải chăn nuôi "
                  "xuống kênh mương nội đồng."),
            ("sig", '<p style="text-align: right;">Tác giả: <strong>Hoàng Anh Tuấn</strong></p>'),
        ],
        authors=["Hoàng Anh Tuấn"], unit=None,
        categories=[("Lĩnh vực", "Tài nguyên nước")], tags=["Ngày Nước thế giới", "tài nguyên nước"],
        links=["a03"],
    ),
    dict(
        key="a07", section="thong-bao", redirect=False, entry=47455, article_id="47449",
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-4-nam-2024",
        title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 4 năm 2024",
        published=D(2024, 4, 1, 0, 0), updated=None, views=231,
        lead_style=None, prefix=None, lead=None,
        body=[
            ("p", "Giám đốc Sở Tài nguyên và Môi trường tiếp công dân định kỳ tháng 4 năm 2024 như sau:"),
            ("br", ["- Thời gian: từ 8 giờ 00, thứ Tư ngày 17/4/2024.",
                    "- Địa điểm: Phòng tiếp công dân, số 26 Trần Hưng Đạo, thành phố Hòa Sơn."]),
            ("p", "Công dân đến liên hệ mang theo giấy tờ tùy thân và tài liệu liên quan."),
            ("sig", '<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=[], unit="Văn phòng Sở",
        categories=[("Loại tin", "Thông báo")], tags=["tiếp công dân"],
        links=[],
    ),
    dict(
        key="a08", section="thong-bao", redirect=True, entry=46611, article_id="46605",
        slug="thong-bao-lua-chon-to-chuc-dau-gia-quyen-khai-thac-khoang-san-nam-2024",
        title="Thông báo lựa chọn tổ chức đấu giá quyền khai thác khoáng sản năm 2024",
        published=D(2024, 3, 15, 0, 0), updated=None, views=574,
        lead_style=None, prefix=None, lead=None,
        body=[
            ("p", "Sở Tài nguyên và Môi trường tỉnh Hòa Sơn thông báo lựa chọn tổ chức hành nghề đấu giá tài "
                  "sản để thực hiện cuộc đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông "
                  "thường tại 4 khu vực mỏ đã được Ủy ban nhân dân tỉnh phê duyệt, cụ thể như sau:"),
            ("p", "<strong>1. Tài sản đấu giá:</strong> quyền khai thác cát, sỏi lòng sông tại khu vực xã Hưng "
                  "Phú, huyện Cẩm Lâm; đá xây dựng tại khu vực núi Hòn Mỏ, xã Phước Điền, huyện Vân Điền; đất "
                  "san lấp tại khu vực đồi Cây Me, thị xã Bến Mai và khu vực đồi Trọc, xã Đồng Tâm, huyện "
                  "Đồng Lam."),
            ("p", "<strong>2. Tiêu chí lựa chọn:</strong> tổ chức đấu giá có cơ sở vật chất, trang thiết bị cần "
                  "thiết bảo đảm cho việc đấu giá; có phương án đấu giá khả thi, hiệu quả; có năng lực, kinh "
                  "nghiệm và uy tín; thù lao dịch vụ đấu giá, chi phí đấu giá phù hợp."),
            ("p", "<strong>3. Thời gian, địa điểm nộp hồ sơ:</strong> trong giờ hành chính từ ngày 15/3/2024 "
                  "đến 17 giờ 00 ngày 25/3/2024 tại Bộ phận Một cửa Sở Tài nguyên và Môi trường, số 26 đường "
                  "Trần Hưng Đạo, thành phố Hòa Sơn. Hồ sơ nộp sau thời hạn trên sẽ không được xem xét."),
            ("p", "Sở Tài nguyên và Môi trường không hoàn trả hồ sơ đối với các tổ chức không được lựa chọn. "
                  "Mọi chi tiết xin liên hệ Phòng Khoáng sản, điện thoại 0235.3812.447."),
            ("attach", [("Quyết định phê duyệt khu vực đấu giá.pdf",
                         "QD-phe-duyet-khu-vuc-dau-gia-2024.pdf"),
                        ("Mẫu hồ sơ đăng ký.docx", "mau-ho-so-dang-ky-to-chuc-dau-gia.docx")]),
            ("sig", '<p style="text-align: right;">Nguồn: Phòng Khoáng sản</p>'),
        ],
        authors=[], unit="Phòng Khoáng sản",
        categories=[("Loại tin", "Thông báo")], tags=["đấu giá", "khoáng sản"],
        links=[],
    ),
    dict(
        key="a09", section="cai-cach-hanh-chinh", redirect=False, entry=46552, article_id="46546",
        slug="day-manh-tiep-nhan-ho-so-dat-dai-qua-dich-vu-cong-truc-tuyen-toan-trinh",
        title="Đẩy mạnh tiếp nhận hồ sơ đất đai qua dịch vụ công trực tuyến toàn trình",
        published=D(2024, 3, 13, 0, 0), updated=None, views=356,
        lead_style="abstract", prefix=None,
        lead="Từ đầu năm 2024, Văn phòng Đăng ký đất đai tỉnh đã tiếp nhận hơn 2.300 hồ sơ đăng ký biến "
             "động đất đai qua Cổng dịch vụ công của tỉnh, chiếm gần 40% tổng số hồ sơ, tăng mạnh so với "
             "cùng kỳ năm trước.",
        body=[
            ("p", "Để tạo thuận lợi cho người dân, Văn phòng Đăng ký đất đai đã bố trí cán bộ hướng dẫn trực "
                  "tiếp tại Bộ phận Một cửa các huyện, thị xã, thành phố; đồng thời công khai số điện thoại "
                  "đường dây nóng hỗ trợ việc tạo tài khoản, scan hồ sơ và thanh toán phí, lệ phí trực tuyến."),
            ("fig", dict(file="huong-dan-nop-ho-so-truc-tuyen.png", folder=0, w=720, h=480,
                         caption="Cán bộ Chi nhánh Văn phòng Đăng ký đất đai thị xã Bến Mai hướng dẫn người "
                                 "dân nộp hồ sơ trực tuyến", credit=None, style=None)),
            ("p", "Các thủ tục được thực hiện toàn trình gồm: đăng ký biến động do đổi tên, thay đổi địa chỉ; "
                  "xóa đăng ký thế chấp; cấp đổi giấy chứng nhận do bị hư hỏng; cung cấp thông tin dữ liệu "
                  "đất đai. Kết quả giải quyết được trả qua dịch vụ bưu chính công ích hoặc trả trực tiếp "
                  "theo nhu cầu của người dân."),
            ("p", "Theo đánh giá của Sở Tài nguyên và Môi trường, việc nộp hồ sơ trực tuyến giúp giảm đáng kể "
                  "thời gian đi lại, chi phí cho người dân và hạn chế tiếp xúc trực tiếp giữa cán bộ với người "
                  "yêu cầu. Trong thời gian tới, Sở sẽ phối hợp với Sở Thông tin và Truyền thông nâng cấp hệ "
                  "thống, tích hợp chữ ký số cá nhân và kết nối với cơ sở dữ liệu quốc gia về dân cư."),
        ],
        authors=[], unit=None, cms_user="Test Test",
        categories=[("Lĩnh vực", "Đất đai"), ("Loại tin", "Cải cách hành chính")],
        tags=["dịch vụ công trực tuyến", "chuyển đổi số"],
        links=[],
    ),
    dict(
        key="a10", section="tin-hoat-dong", redirect=False, entry=47689, article_id="47683",
        slug="soi-noi-hoi-thi-tim-hieu-phap-luat-ve-tai-nguyen-va-moi-truong-nam-2024",
        title="Sôi nổi Hội thi tìm hiểu pháp luật về tài nguyên và môi trường năm 2024",
        published=D(2024, 4, 8, 9, 40), updated=None, views=415,
        lead_style="bold", prefix=None,
        lead="Ngày 06/4, Công đoàn Sở Tài nguyên và Môi trường phối hợp với Đoàn Thanh niên Sở tổ chức Hội "
             "thi tìm hiểu pháp luật về tài nguyên và môi trường năm 2024 với sự tham gia của 8 đội thi đến "
             "từ các phòng, đơn vị trực thuộc.",
        body=[
            ("p", "Hội thi gồm ba phần: chào hỏi, kiến thức và xử lý tình huống. Nội dung tập trung vào các "
                  "quy định mới của Luật Đất đai năm 2024, Luật Tài nguyên nước năm 2023 và các văn bản hướng "
                  "dẫn thi hành Luật Bảo vệ môi trường."),
            ("fig", dict(file="hoi-thi-phap-luat-2024.jpg", folder=0, w=800, h=520,
                         caption="Đội thi Văn phòng Đăng ký đất đai trong phần xử lý tình huống",
                         credit="Ảnh: Thu Trang", style="br")),
            ("p", "Ở phần thi xử lý tình huống, các đội đã thể hiện sự am hiểu về trình tự thu hồi đất, bồi "
                  "thường, hỗ trợ tái định cư cũng như trách nhiệm của tổ chức, cá nhân khi để xảy ra sự cố "
                  "tràn dầu, hóa chất ra môi trường. Nhiều tiểu phẩm được dàn dựng công phu, sinh động, nhận "
                  "được sự cổ vũ nhiệt tình của khán giả."),
            ("p", "Kết quả, Ban tổ chức trao giải Nhất cho đội Văn phòng Đăng ký đất đai, giải Nhì cho đội "
                  "Chi cục Bảo vệ môi trường, hai giải Ba cho đội Trung tâm Quan trắc tài nguyên và môi trường "
                  "và đội Phòng Tài nguyên nước."),
        ],
        template_author="Thu Trang",
        authors=["Thu Trang"], unit=None,
        categories=[("Lĩnh vực", "Tổng hợp")], tags=["hội thi", "pháp luật", "công đoàn"],
        links=["a05"],
    ),
    dict(
        key="a11", section="tin-luu-tru", wcd=True, entry=31208, article_id="31202",
        slug="tong-ket-cong-tac-nam-2019",
        title="Ngành tài nguyên và môi trường tổng kết công tác năm 2019",
        published=D(2020, 1, 21, 10, 25), updated=None, views=3390,
        lead_style="bold", prefix=None,
        lead="Chiều ngày 17/01/2020, Sở Tài nguyên và Môi trường tổ chức hội nghị tổng kết công tác năm "
             "2019, triển khai nhiệm vụ năm 2020. Đồng chí Hà Văn Lực, Phó Chủ tịch Ủy ban nhân dân tỉnh dự "
             "và chỉ đạo hội nghị.",
        body=[
            ("p", "Năm 2019, toàn ngành đã cấp 15.240 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở "
                  "và tài sản khác gắn liền với đất, vượt 12% kế hoạch; hoàn thành đo đạc, lập bản đồ địa "
                  "chính cho 9 xã của huyện Đồng Lam và huyện Mỹ Xuyên Tây. Số thu ngân sách từ đất đạt hơn "
                  "1.100 tỷ đồng."),
            ("tbl1", dict(file="TK2019_01.jpg", folder=31544, w=600, h=400,
                          caption="Đồng chí Hà Văn Lực, Phó Chủ tịch Ủy ban nhân dân tỉnh phát biểu chỉ đạo "
                                  "tại hội nghị", credit=None, style=None)),
            ("p", "Công tác quản lý tài nguyên khoáng sản có chuyển biến tích cực: tỉnh đã tổ chức thành công "
                  "đấu giá quyền khai thác khoáng sản tại 6 khu vực mỏ, thu về hơn 27 tỷ đồng; tình trạng "
                  "khai thác cát trái phép trên sông Lam Giang cơ bản được kiểm soát."),
            ("p", "Năm 2020, ngành đặt mục tiêu hoàn thành lập quy hoạch sử dụng đất thời kỳ 2021 - 2030, xây "
                  "dựng bảng giá đất giai đoạn 2020 - 2024 và đưa vào vận hành khu xử lý chất thải rắn tập "
                  "trung của tỉnh tại xã Đồng Tâm."),
            ("sig", '<p style="text-align: right;"><strong>Văn Dũng</strong></p>'),
        ],
        authors=["Văn Dũng"], unit=None,
        categories=[], tags=[],
        links=[],
    ),
    dict(
        key="a12", section="tin-luu-tru", wcd=True, entry=30455, article_id="30449",
        slug="phat-dong-trong-cay-xanh-tai-cac-khu-cong-nghiep",
        title="Phát động phong trào trồng cây xanh tại các khu công nghiệp",
        published=D(2019, 11, 15, 0, 0), updated=None, views=2711,
        lead_style=None, prefix=None, lead=None,
        body=[
            ("p", "Nhằm cải thiện cảnh quan và chất lượng không khí tại các khu công nghiệp, Sở Tài nguyên và "
                  "Môi trường phối hợp với Ban Quản lý các khu công nghiệp tỉnh phát động phong trào trồng cây "
                  "xanh trong khuôn viên doanh nghiệp và dọc các tuyến đường nội khu."),
            ("imgp", dict(file="trong-cay-kcn-bac-ben-mai.jpg", folder=30102, w=600, h=400,
                          caption="Đại biểu trồng cây tại Khu công nghiệp Bắc Bến Mai",
                          credit="Ảnh: Ngọc Ánh", style="paren")),
            ("p", "Theo kế hoạch, từ nay đến hết năm 2020, các doanh nghiệp trong khu công nghiệp sẽ trồng mới "
                  "ít nhất 5.000 cây bóng mát, bảo đảm tỷ lệ diện tích cây xanh đạt tối thiểu 10% diện tích "
                  "khu công nghiệp theo quy định. Các loại cây được khuyến khích trồng gồm sao đen, dầu rái, "
                  "lim xẹt và bằng lăng."),
            ("p", "Tại lễ phát động, đại diện 32 doanh nghiệp đã ký cam kết thực hiện tốt các quy định về bảo "
                  "vệ môi trường, trong đó có việc duy trì, chăm sóc hệ thống cây xanh và vận hành thường "
                  "xuyên công trình xử lý nước thải."),
            ("sig", '<p style="text-align: right;"><strong>Chi cục Bảo vệ môi trường</strong></p>'),
        ],
        authors=[], unit="Chi cục Bảo vệ môi trường",
        categories=[], tags=[],
        links=[],
    ),
]
ART = {a["key"]: a for a in ARTICLES}

# Older items that appear in listings and "Tin khác" boxes but have no page here (404 on the
# test server, as links to pages nobody wrote).
OLDER = [
    ("tin-hoat-dong", "cap-nhat-bien-dong-dat-dai-tren-he-thong-thong-tin-quoc-gia",
     "Cập nhật biến động đất đai trên hệ thống thông tin đất đai quốc gia", D(2024, 1, 5, 10, 30)),
    ("tin-hoat-dong", "ra-soat-cac-diem-sat-lo-bo-song-mua-mua-nam-2023",
     "Rà soát các điểm sạt lở bờ sông sau mùa mưa năm 2023", D(2023, 12, 27, 15, 10)),
    ("tin-hoat-dong", "cong-bo-hien-trang-moi-truong-tinh-giai-doan-2019-2023",
     "Công bố báo cáo hiện trạng môi trường tỉnh giai đoạn 2019 - 2023", D(2023, 12, 19, 8, 45)),
    ("tin-hoat-dong", "dang-ky-dat-dai-lan-dau-cho-ho-gia-dinh-vung-ven-bien",
     "Hỗ trợ đăng ký đất đai lần đầu cho hộ gia đình vùng ven biển", D(2023, 12, 8, 9, 0)),
    ("tin-hoat-dong", "nghiem-thu-du-an-do-dac-ban-do-dia-chinh-huyen-dong-lam",
     "Nghiệm thu dự án đo đạc, lập bản đồ địa chính huyện Đồng Lam", D(2023, 11, 29, 14, 35)),
    ("thong-bao", "thong-bao-lich-tiep-cong-dan-thang-3-nam-2024",
     "Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 3 năm 2024", D(2024, 3, 1, 0, 0)),
    ("thong-bao", "thong-bao-tuyen-dung-vien-chuc-trung-tam-quan-trac-nam-2024",
     "Thông báo tuyển dụng viên chức Trung tâm Quan trắc tài nguyên và môi trường năm 2024",
     D(2024, 2, 26, 0, 0)),
    ("thong-bao", "thong-bao-nghi-tet-nguyen-dan-giap-thin-2024",
     "Thông báo lịch trực Tết Nguyên đán Giáp Thìn 2024", D(2024, 2, 2, 0, 0)),
    ("cai-cach-hanh-chinh", "cong-bo-thu-tuc-hanh-chinh-linh-vuc-tai-nguyen-nuoc",
     "Công bố danh mục thủ tục hành chính lĩnh vực tài nguyên nước", D(2024, 2, 27, 0, 0)),
    ("cai-cach-hanh-chinh", "khao-sat-muc-do-hai-long-cua-nguoi-dan-nam-2023",
     "Kết quả khảo sát mức độ hài lòng của người dân năm 2023", D(2024, 1, 16, 0, 0)),
]

REMOVED = ("tin-hoat-dong", "huy-bo-ket-qua-dau-gia-quyen-su-dung-dat-khu-dan-cu-bac-song",
           "Thông tin về việc hủy kết quả đấu giá quyền sử dụng đất khu dân cư Bắc Sông",
           D(2024, 4, 2, 16, 5))

SEARCH_KEYWORDS = "quy hoạch sử dụng đất"
DELTA = 5
TOTAL_TIN = 47


def ap_pid(inst: str) -> str:
    return f"{AP}_INSTANCE_{inst}"


def section_url(section: str) -> str:
    return f"/web/guest/{section}"


def article_path(a: dict) -> str:
    if a.get("wcd"):
        return f"/web/guest/tin-luu-tru/{a['slug']}"
    base = f"/web/guest/{a['section']}/-/asset_publisher/{INST[a['section']]}/content/{a['slug']}"
    if a.get("redirect"):
        base += "?inheritRedirect=true&redirect=" + quote(section_url(a["section"]), safe="")
    return base


def canonical_path(a: dict) -> str:
    return article_path(a).split("?")[0]


def older_path(section: str, slug: str) -> str:
    return f"/web/guest/{section}/-/asset_publisher/{INST[section]}/content/{slug}"


def page2_path() -> str:
    pid = ap_pid(INST["tin-hoat-dong"])
    return (f"/web/guest/tin-hoat-dong?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&_{pid}_delta={DELTA}&p_r_p_resetCur=false&_{pid}_cur=2")


def page_n_path(n: int) -> str:
    if n == 1:
        return section_url("tin-hoat-dong")
    return page2_path().replace("_cur=2", f"_cur={n}")


LOGIN_PATH = (f"/web/guest/trang-chu?p_p_id={LOGIN}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
              f"&saveLastPath=false&_{LOGIN}_mvcRenderCommandName=%2Flogin%2Flogin")
SEARCH_PATH = (f"/web/guest/tim-kiem?p_p_id={SEARCH}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
               f"&_{SEARCH}_mvcPath=%2Fsearch.jsp&_{SEARCH}_keywords={quote_plus(SEARCH_KEYWORDS)}"
               f"&_{SEARCH}_scope=this-site")
STATIC_PATH = "/web/guest/gioi-thieu/chuc-nang-nhiem-vu"
CONTACT_PATH = "/web/guest/lien-he"
FORM_PATH = "/web/guest/hoi-dap-gop-y"
SITEMAP_PATH = "/web/guest/so-do-website"
SOFT404_PATH = older_path(REMOVED[0], REMOVED[1])


# --------------------------------------------------------------------------- truth

def img_src(img: dict, a: dict) -> str:
    return doc_url(img["file"], img["folder"], a["published"])


def caption_html(img: dict) -> str:
    cap, cred, style = e(img["caption"]), img.get("credit"), img.get("style")
    if not cred:
        return cap
    if style == "paren":
        return f"{cap} ({e(cred)})"
    if style == "dash":
        return f"{cap} - {e(cred)}"
    if style == "br":
        return f"{cap}<br />\n<em>{e(cred)}</em>"
    raise ValueError(style)


def truth_for(a: dict) -> dict:
    paras: list[str] = []
    images = []
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            paras.append(plain(blk[1]))
        elif kind == "br":
            paras.extend(plain(x) for x in blk[1])
        elif kind == "ul":
            paras.extend(plain(x) for x in blk[1])
        elif kind == "table":
            paras.extend(" | ".join(plain(c) for c in row) for row in blk[1])
        elif kind in ("fig", "tbl1", "imgp"):
            img = blk[1]
            images.append({"src": HOST + img_src(img, a), "caption": nfc(img["caption"]),
                           "credit": img.get("credit")})
    label = None
    if a["section"] == "thong-bao":
        label = "Ngày đăng"
    elif a["section"] == "cai-cach-hanh-chinh":
        label = "Cập nhật"
    elif a.get("wcd"):
        label = "Ngày đăng"
    exp = {
        "title": nfc(a["title"]),
        "agency_prefix": a.get("prefix"),
        "lead": nfc(a["lead"]) if a.get("lead") else None,
        "text": nfc("\n\n".join(paras)),
        "published_at": iso(a["published"]),
        "updated_at": iso(a.get("updated")),
        "date_label": label,
        "authors": [nfc(x) for x in a["authors"]],
        "unit": nfc(a["unit"]) if a.get("unit") else None,
        "images": images,
        "category": SECTIONS[a["section"]][0],
    }
    return exp


# --------------------------------------------------------------------------- article body HTML

def render_img_block(kind: str, img: dict, a: dict) -> str:
    src = e(img_src(img, a))
    alt = e(img["caption"]) if kind != "fig" else ""
    if kind == "fig":
        return (f'<figure class="image" style="display:block; margin:0 auto; text-align:center">'
                f'<img alt="{alt}" height="{img["h"]}" src="{src}" width="{img["w"]}" />\n'
                f'<figcaption>{caption_html(img)}</figcaption></figure>\n')
    if kind == "tbl1":
        return ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-table" '
                f'style="width:{img["w"]}px">\n\t<tbody>\n\t\t<tr>\n\t\t\t<td>'
                f'<img alt="{alt}" height="{img["h"]}" src="{src}" style="width: {img["w"]}px; '
                f'height: {img["h"]}px;" width="{img["w"]}" /></td>\n\t\t</tr>\n\t\t<tr>\n'
                f'\t\t\t<td style="text-align: center;"><span style="font-size:12px;"><em>'
                f'{caption_html(img)}</em></span></td>\n\t\t</tr>\n\t</tbody>\n</table>\n')
    if kind == "imgp":
        return (f'<p style="text-align: center;"><img alt="{alt}" src="{src}" style="width: {img["w"]}px; '
                f'height: {img["h"]}px;" /></p>\n'
                f'<p style="text-align: center;"><em>{caption_html(img)}</em></p>\n')
    raise ValueError(kind)


def render_body(a: dict, with_bold_lead: bool) -> str:
    out = []
    if with_bold_lead and a.get("lead_style") == "bold":
        pre = (a["prefix"] + " ") if a.get("prefix") else ""
        out.append(f'<p style="text-align: justify;"><strong>{e(pre)}{e(a["lead"])}</strong></p>\n')
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{blk[1]}</p>\n')
        elif kind == "br":
            out.append('<p style="text-align: justify;">' + "<br />\n".join(e(x) for x in blk[1]) + "</p>\n")
        elif kind == "ul":
            out.append("<ul>\n" + "".join(f'\t<li style="text-align: justify;">{e(x)}</li>\n'
                                            for x in blk[1]) + "</ul>\n")
        elif kind == "table":
            rows = blk[1]
            t = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%; '
                 'border-collapse:collapse">\n\t<tbody>\n']
            for i, row in enumerate(rows):
                t.append("\t\t<tr>\n")
                for j, c in enumerate(row):
                    style = ' style="text-align: center;"' if (i == 0 or j != 1) else ""
                    inner = f"<strong>{e(c)}</strong>" if i == 0 else e(c)
                    t.append(f"\t\t\t<td{style}>{inner}</td>\n")
                t.append("\t\t</tr>\n")
            t.append("\t</tbody>\n</table>\n")
            out.append("".join(t))
        elif kind in ("fig", "tbl1", "imgp"):
            out.append(render_img_block(kind, blk[1], a))
        elif kind == "empty":
            out.append("<p>&nbsp;</p>\n")
        elif kind == "related":
            items = "".join(
                f'\t<li><a href="{e(article_path(ART[k]))}">{e(ART[k]["title"])}</a> '
                f'<span style="color:#888888;">({dmy(ART[k]["published"])})</span></li>\n'
                for k in blk[1])
            out.append('<div class="box-tin-lien-quan" style="float:right; width:240px; margin:0 0 10px 15px; '
                       'padding:8px; border:1px solid #d6e4ef; background:#f4f9fd">\n'
                       '<p><strong>TIN LIÊN QUAN</strong></p>\n<ul>\n' + items + "</ul>\n</div>\n")
        elif kind == "attach":
            lis = "".join(
                f'\t<li><a href="{e(doc_url(fn, 46600, a["published"]))}" target="_blank">'
                f'<img alt="" src="{THEME}/images/file_system/small/pdf.png" /> {e(name)}</a></li>\n'
                for name, fn in blk[1])
            out.append('<p><strong>Tài liệu đính kèm:</strong></p>\n<ul class="attachments">\n' + lis + "</ul>\n")
        elif kind == "sig":
            out.append(blk[1] + "\n")
        else:
            raise ValueError(kind)
    return "".join(out)


def ddm_content(a: dict) -> str:
    """The web content as rendered by the structure's template (one template per section)."""
    sec = a["section"]
    body = render_body(a, with_bold_lead=True)
    if sec == "tin-hoat-dong":
        meta = f'<span class="news-date"><i class="icon-time"></i> {a["published"].strftime("%d/%m/%Y %H:%M")}</span>'
        if a.get("updated"):
            meta += (f' <span class="news-modified">| Cập nhật: '
                     f'{a["updated"].strftime("%d/%m/%Y %H:%M")}</span>')
        summary = (f'<div class="news-summary">{e(a["lead"])}</div>\n'
                   if a.get("lead_style") == "abstract" else "")
        author = (f'<div class="news-author text-right"><strong>{e(a["template_author"])}</strong></div>\n'
                  if a.get("template_author") else "")
        return (f'<div class="news-detail">\n<div class="news-meta">{meta}</div>\n{summary}'
                f'<div class="news-body">\n{body}</div>\n{author}</div>\n')
    if sec == "thong-bao":
        return (f'<div class="thongbao-detail">\n<p class="thongbao-ngaydang">Ngày đăng: '
                f'{dmy(a["published"])}</p>\n<div class="thongbao-noidung">\n{body}</div>\n</div>\n')
    if sec == "cai-cach-hanh-chinh":
        summary = (f'<div class="tom-tat"><p>{e(a["lead"])}</p></div>\n'
                   if a.get("lead_style") == "abstract" else "")
        return (f'<div class="cchc-detail">\n<div class="ngay-cap-nhat"><i class="icon-calendar"></i> '
                f'Cập nhật: {dmy(a["published"])}</div>\n{summary}<div class="noi-dung">\n{body}</div>\n</div>\n')
    if sec == "tin-luu-tru":
        t = a["published"]
        ampm = t.strftime("%I:%M %p")
        return (f'<div class="chitiet-tin">\n<h2 class="tieude-tin">{e(a["title"])}</h2>\n'
                f'<div class="ngaydang">Ngày đăng {dmy(t)} | {ampm}</div>\n'
                f'<div class="noidung-tin">\n{body}</div>\n</div>\n')
    raise ValueError(sec)


# --------------------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/web/guest/gioi-thieu", [
        ("Chức năng, nhiệm vụ", STATIC_PATH),
        ("Cơ cấu tổ chức", "/web/guest/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Sở", "/web/guest/gioi-thieu/lanh-dao-so"),
        ("Các phòng, đơn vị trực thuộc", "/web/guest/gioi-thieu/don-vi-truc-thuoc"),
        ("Lịch sử hình thành", "/web/guest/gioi-thieu/lich-su-hinh-thanh"),
    ]),
    ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien", [
        ("Tin hoạt động", section_url("tin-hoat-dong")),
        ("Thông báo", section_url("thong-bao")),
        ("Cải cách hành chính", section_url("cai-cach-hanh-chinh")),
        ("Tin lưu trữ", section_url("tin-luu-tru")),
        ("Tin địa phương", "/web/guest/tin-dia-phuong"),
    ]),
    ("Lĩnh vực", "/web/guest/linh-vuc", [
        ("Đất đai", "/web/guest/linh-vuc/dat-dai"),
        ("Môi trường", "/web/guest/linh-vuc/moi-truong"),
        ("Tài nguyên nước", "/web/guest/linh-vuc/tai-nguyen-nuoc"),
        ("Khoáng sản", "/web/guest/linh-vuc/khoang-san"),
        ("Đo đạc và bản đồ", "/web/guest/linh-vuc/do-dac-ban-do"),
        ("Khí tượng thủy văn, biến đổi khí hậu", "/web/guest/linh-vuc/khi-tuong-thuy-van"),
        ("Biển và hải đảo", "/web/guest/linh-vuc/bien-hai-dao"),
    ]),
    ("Văn bản", "/web/guest/van-ban", [
        ("Văn bản quy phạm pháp luật", "/web/guest/van-ban/quy-pham-phap-luat"),
        ("Văn bản chỉ đạo, điều hành", "/web/guest/van-ban/chi-dao-dieu-hanh"),
        ("Dự thảo lấy ý kiến", "/web/guest/van-ban/du-thao"),
    ]),
    ("Thủ tục hành chính", "/web/guest/thu-tuc-hanh-chinh", [
        ("Bộ thủ tục hành chính", "/web/guest/thu-tuc-hanh-chinh/bo-thu-tuc"),
        ("Tra cứu hồ sơ", "/web/guest/thu-tuc-hanh-chinh/tra-cuu-ho-so"),
        ("Phí, lệ phí", "/web/guest/thu-tuc-hanh-chinh/phi-le-phi"),
    ]),
    ("Hỏi đáp - Góp ý", FORM_PATH, []),
    ("Liên hệ", CONTACT_PATH, []),
]

LINK_GROUPS = [
    ("Chính phủ", [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
                   ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn"),
                   ("Báo Điện tử Chính phủ", "https://baochinhphu.vn")]),
    ("Các bộ, ngành ở TW", [("Bộ Tài nguyên và Môi trường", "https://monre.gov.vn"),
                            ("Tổng cục Quản lý đất đai", "https://gdla.gov.vn"),
                            ("Cục Quản lý tài nguyên nước", "https://dwrm.gov.vn"),
                            ("Cục Biến đổi khí hậu", "https://dcc.gov.vn"),
                            ("Bộ Xây dựng", "https://moc.gov.vn"),
                            ("Bộ Nông nghiệp và Phát triển nông thôn", "https://mard.gov.vn")]),
    ("Tỉnh ủy, UBND tỉnh", [("Cổng thông tin điện tử tỉnh Hòa Sơn", "https://hoason.gov.vn"),
                            ("Tỉnh ủy Hòa Sơn", "https://tinhuy.hoason.gov.vn"),
                            ("Hội đồng nhân dân tỉnh", "https://hdnd.hoason.gov.vn")]),
    ("Sở, ban, ngành", [("Sở Kế hoạch và Đầu tư", "https://skhdt.hoason.gov.vn"),
                        ("Sở Xây dựng", "https://sxd.hoason.gov.vn"),
                        ("Sở Nông nghiệp và Phát triển nông thôn", "https://snnptnt.hoason.gov.vn"),
                        ("Sở Thông tin và Truyền thông", "https://stttt.hoason.gov.vn"),
                        ("Sở Tư pháp", "https://stp.hoason.gov.vn"),
                        ("Sở Tài chính", "https://stc.hoason.gov.vn"),
                        ("Sở Công Thương", "https://sct.hoason.gov.vn"),
                        ("Ban Quản lý các khu công nghiệp", "https://bqlkcn.hoason.gov.vn")]),
    ("UBND huyện, thị xã", [("UBND thành phố Hòa Sơn", "https://tphoason.hoason.gov.vn"),
                            ("UBND thị xã Bến Mai", "https://benmai.hoason.gov.vn"),
                            ("UBND huyện Cẩm Lâm", "https://camlam.hoason.gov.vn"),
                            ("UBND huyện Vân Điền", "https://vandien.hoason.gov.vn"),
                            ("UBND huyện Đồng Lam", "https://donglam.hoason.gov.vn"),
                            ("UBND huyện Lộc Hà Thượng", "https://lochathuong.hoason.gov.vn"),
                            ("UBND huyện Mỹ Xuyên Tây", "https://myxuyentay.hoason.gov.vn")]),
]

VANBAN = [
    ("Quyết định ban hành bảng giá đất điều chỉnh năm 2024", "12/2024/QĐ-UBND", "02/04/2024"),
    ("Kế hoạch kiểm tra công tác bảo vệ môi trường năm 2024", "415/KH-STNMT", "28/03/2024"),
    ("Quy định hạn mức giao đất ở tại nông thôn", "09/2024/QĐ-UBND", "14/03/2024"),
    ("Hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn", "302/HD-STNMT", "06/03/2024"),
    ("Danh mục nguồn nước nội tỉnh phải lập hành lang bảo vệ", "05/2024/QĐ-UBND", "21/02/2024"),
    ("Kế hoạch cải cách hành chính năm 2024 của Sở", "118/KH-STNMT", "25/01/2024"),
]


def nav_html(active: str | None) -> str:
    parts = ['<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
             '<ul aria-label="Trang web" class="nav-main" role="menubar">\n']
    for i, (name, url, children) in enumerate(MENU):
        lid = 11 + i
        sel = " selected active" if active == name else ""
        has = ' aria-haspopup="true"' if children else ""
        parts.append(f'<li class="lfr-nav-item{sel}{" lfr-nav-parent" if children else ""}" id="layout_{lid}" '
                     f'role="presentation"><a aria-labelledby="layout_{lid}"{has} href="{e(url)}" '
                     f'role="menuitem"><span>{e(name)}</span></a>\n')
        if children:
            parts.append('<ul class="child-menu" role="menu">\n')
            for j, (cn, cu) in enumerate(children):
                parts.append(f'<li class="lfr-nav-item" id="layout_{lid}{j + 1}" role="presentation">'
                             f'<a aria-labelledby="layout_{lid}{j + 1}" href="{e(cu)}" role="menuitem">'
                             f'{e(cn)}</a></li>\n')
            parts.append("</ul>\n")
        parts.append("</li>\n")
    parts.append("</ul>\n</nav>\n")
    return "".join(parts)


def head_html(title: str, current: str, canonical: str, plid: int, portlets: list[str],
              description: str = "", keywords: str = "") -> str:
    t = BUILD_T
    combo_css = "&amp;".join(f"{p}:%2Fcss%2Fmain.css" for p in portlets)
    meta = ""
    if description:
        meta += f'<meta content="{e(description)}" lang="vi-VN" name="description" />\n'
    if keywords:
        meta += f'<meta content="{e(keywords)}" lang="vi-VN" name="keywords" />\n'
    plist = ",".join(f"'{p}'" for p in portlets)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}<link href="{THEME}/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{e(HOST + canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{e(HOST + canonical)}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{e(HOST + '/en' + canonical if canonical != '/' else HOST + '/en/')}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{e(HOST + canonical)}" hreflang="x-default" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}{THEME}/css/clay.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7102&amp;t={t}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7102&amp;t=1541405288000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=other&amp;minifierType=&amp;themeId={THEME_ID}&amp;languageId=vi_VN&amp;b=7102&amp;{combo_css}&amp;t=1541405610000" id="{token(current, 7)}" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{
	acceptsGzip: function() {{return true;}},
	getMajorVersion: function() {{return 0;}},
	getRevision: function() {{return '';}},
	getVersion: function() {{return '';}},
	isAir: function() {{return false;}},
	isChrome: function() {{return false;}},
	isEdge: function() {{return false;}},
	isFirefox: function() {{return false;}},
	isGecko: function() {{return false;}},
	isIe: function() {{return false;}},
	isIphone: function() {{return false;}},
	isLinux: function() {{return false;}},
	isMac: function() {{return false;}},
	isMobile: function() {{return false;}},
	isMozilla: function() {{return false;}},
	isOpera: function() {{return false;}},
	isRtf: function() {{return false;}},
	isSafari: function() {{return false;}},
	isSun: function() {{return false;}},
	isWebKit: function() {{return false;}},
	isWindows: function() {{return false;}}
}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {{return false;}};
Liferay.Data.notices = [null];
Liferay.PortletKeys = {{
	DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
	DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
	ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
}};
Liferay.PropsValues = {{
	JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
	NTLM_AUTH_ENABLED: false,
	UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
}};
Liferay.ThemeDisplay = {{
	getLayoutId: function() {{return '{plid - 20400}';}},
	getLayoutRelativeControlPanelURL: function() {{return '/group/guest/~/control_panel/manage';}},
	getLayoutRelativeURL: function() {{return '{js(current.split("?")[0])}';}},
	getLayoutURL: function() {{return '{js(HOST + current.split("?")[0])}';}},
	getParentLayoutId: function() {{return '0';}},
	isControlPanel: function() {{return false;}},
	isPrivateLayout: function() {{return 'false';}},
	isVirtualLayout: function() {{return false;}},
	getBCP47LanguageId: function() {{return 'vi-VN';}},
	getCanonicalURL: function() {{return '{js(HOST + canonical)}';}},
	getCDNBaseURL: function() {{return '{js(HOST)}';}},
	getCDNDynamicResourcesHost: function() {{return '';}},
	getCDNHost: function() {{return '';}},
	getCompanyGroupId: function() {{return '20135';}},
	getCompanyId: function() {{return '20099';}},
	getDefaultLanguageId: function() {{return 'vi_VN';}},
	getDoAsUserIdEncoded: function() {{return '';}},
	getLanguageId: function() {{return 'vi_VN';}},
	getParentGroupId: function() {{return '{GROUP}';}},
	getPathContext: function() {{return '';}},
	getPathImage: function() {{return '/image';}},
	getPathJavaScript: function() {{return '/o/frontend-js-web';}},
	getPathMain: function() {{return '/c';}},
	getPathThemeImages: function() {{return '{js(HOST + THEME)}/images';}},
	getPathThemeRoot: function() {{return '{THEME}';}},
	getPlid: function() {{return '{plid}';}},
	getPortalURL: function() {{return '{js(HOST)}';}},
	getScopeGroupId: function() {{return '{GROUP}';}},
	getScopeGroupIdOrLiveGroupId: function() {{return '{GROUP}';}},
	getSessionId: function() {{return '';}},
	getSiteAdminURL: function() {{return '{js(HOST)}/group/guest/~/control_panel/manage?p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_v_l_s_g_id={GROUP}';}},
	getSiteGroupId: function() {{return '{GROUP}';}},
	getURLControlPanel: function() {{return '/group/control_panel?refererPlid={plid}';}},
	getURLHome: function() {{return '{js(HOST + "/web/guest")}';}},
	getUserEmailAddress: function() {{return '';}},
	getUserId: function() {{return '20103';}},
	getUserName: function() {{return '';}},
	isAddSessionIdToURL: function() {{return false;}},
	isFreeformLayout: function() {{return false;}},
	isImpersonated: function() {{return false;}},
	isSignedIn: function() {{return false;}},
	isStateExclusive: function() {{return false;}},
	isStateMaximized: function() {{return {str('p_p_state=maximized' in current).lower()};}},
	isStatePopUp: function() {{return false;}}
}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {{
	getAvailableLangPath: function() {{return 'available_languages.jsp?browserId=other&themeId={THEME_ID}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7102&t=1711950604000';}},
	getCombine: function() {{return true;}},
	getComboPath: function() {{return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7102&t=1541405610000&';}},
	getDateFormat: function() {{return '%d/%m/%Y';}},
	getEditorCKEditorPath: function() {{return '/o/frontend-editor-ckeditor-web';}},
	getFilter: function() {{
		var filter = 'raw';
		filter = 'min';
		return filter;
	}},
	getFilterConfig: function() {{
		var instance = this;
		var filterConfig = null;
		if (!instance.getCombine()) {{
			filterConfig = {{
				replaceStr: '.js' + instance.getStaticResourceURLParams(),
				searchExp: '\\\\.js$'
			}};
		}}
		return filterConfig;
	}},
	getJavaScriptRootPath: function() {{return '/o/frontend-js-web';}},
	getLangPath: function() {{return 'aui_lang.jsp?browserId=other&themeId={THEME_ID}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7102&t=1541405610000';}},
	getPortletRootPath: function() {{return '/html/portlet';}},
	getStaticResourceURLParams: function() {{return '?browserId=other&minifierType=&languageId=vi_VN&b=7102&t=1541405610000';}}
}};
Liferay.authToken = '{token("auth" + current, 8)}';
Liferay.currentURL = '{js(current)}';
Liferay.currentURLEncoded = '{js(quote(current, safe=""))}';
// ]]>
</script>
<script src="/o/js_loader_config?t=1711950621314" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7102&amp;t=1541405610000&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js&amp;/o/frontend-js-aui-web/liferay/aui_sandbox.js&amp;/o/frontend-js-aui-web/aui/attribute-base/attribute-base.js&amp;/o/frontend-js-aui-web/aui/attribute-complex/attribute-complex.js&amp;/o/frontend-js-aui-web/aui/attribute-core/attribute-core.js&amp;/o/frontend-js-aui-web/aui/attribute-observable/attribute-observable.js&amp;/o/frontend-js-aui-web/aui/attribute-extras/attribute-extras.js&amp;/o/frontend-js-aui-web/aui/event-custom-base/event-custom-base.js&amp;/o/frontend-js-aui-web/aui/event-custom-complex/event-custom-complex.js&amp;/o/frontend-js-aui-web/aui/oop/oop.js&amp;/o/frontend-js-aui-web/aui/aui-base-lang/aui-base-lang.js&amp;/o/frontend-js-aui-web/liferay/dependency.js&amp;/o/frontend-js-aui-web/liferay/util.js&amp;/o/frontend-js-web/loader/config.js&amp;/o/frontend-js-web/loader/loader.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js&amp;/o/frontend-js-web/liferay/events.js&amp;/o/frontend-js-web/liferay/lazy_load.js&amp;/o/frontend-js-web/liferay/liferay.js&amp;/o/frontend-js-web/liferay/global.bundle.js&amp;/o/frontend-js-web/liferay/portlet.js&amp;/o/frontend-js-web/liferay/workflow.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
Liferay.Portlet.list = [{plist}];
// ]]>
</script>
<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		(function(i, s, o, g, r, a, m) {{
			i['GoogleAnalyticsObject'] = r;
			i[r] = i[r] || function() {{
				var arrayValue = i[r].q || [];
				i[r].q = arrayValue;
				(i[r].q).push(arguments);
			}};
			i[r].l = 1 * new Date();
			a = s.createElement(o);
			m = s.getElementsByTagName(o)[0];
			a.async = 1;
			a.src = g;
			m.parentNode.insertBefore(a, m);
		}})(window, document, 'script', '//www.google-analytics.com/analytics.js', 'ga');
		ga('create', 'UA-119384021-1', 'auto');
		ga('send', 'pageview');
	// ]]>
</script>
<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}{THEME}/css/main.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7102&amp;t={t}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<style data-senna-track="temporary" type="text/css">
	#p_p_id_{ap_pid(INST_TINMOI)}_ .portlet-content {{ background-color: #ffffff; border-top: 3px solid #0b6e3c; }}
	#p_p_id_{ap_pid(INST_TINKHAC)}_ .title-list li {{ padding: 4px 0; border-bottom: 1px dotted #cccccc; }}
	.news-detail .news-summary, .cchc-detail .tom-tat {{ font-weight: bold; margin-bottom: 10px; }}
	.news-detail .news-meta, .thongbao-ngaydang, .ngay-cap-nhat, .chitiet-tin .ngaydang {{ color: #777777; font-size: 12px; }}
</style>
</head>
"""


def top_header(active: str | None) -> str:
    return f"""<header id="banner" role="banner">
<div class="top-bar">
<div class="container">
<div class="row">
<div class="col-md-6 header-date"><i class="icon-calendar"></i> {HEADER_DATE}</div>
<div class="col-md-6 text-right top-links">
<a href="{e(SITEMAP_PATH)}">Sơ đồ website</a> |
<a href="{e(CONTACT_PATH)}">Liên hệ</a> |
<a href="/web/guest/rss"><i class="icon-rss"></i> RSS</a> |
<a data-redirect="false" href="{e(LOGIN_PATH)}" id="sign-in" rel="nofollow">Đăng nhập</a> |
<a href="/en/web/guest"><img alt="English" src="{THEME}/images/language/en_US.png" /></a>
<a href="/web/guest"><img alt="Tiếng Việt" src="{THEME}/images/language/vi_VN.png" /></a>
</div>
</div>
</div>
</div>
<div id="heading">
<div class="container">
<h1 class="site-title">
<a class="logo custom-logo" href="/" title="Đi tới {e(SITE)}">
<img alt="{e(SITE)}" height="90" src="/image/layout_set_logo?img_id=20411&amp;t=1711950621350" width="90" />
</a>
<span class="site-name-1">ỦY BAN NHÂN DÂN TỈNH HÒA SƠN</span>
<span class="site-name-2">SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG</span>
</h1>
<div class="header-search">
<form action="/web/guest/tim-kiem" method="get" name="{token('fm', 4)}_fm">
<input name="p_p_id" type="hidden" value="{SEARCH}" />
<input name="p_p_lifecycle" type="hidden" value="0" />
<input name="p_p_state" type="hidden" value="maximized" />
<input name="p_p_mode" type="hidden" value="view" />
<input name="_{SEARCH}_mvcPath" type="hidden" value="/search.jsp" />
<input class="form-control search-input" name="_{SEARCH}_keywords" placeholder="Tìm kiếm tin tức..." size="30" title="Tìm kiếm" type="text" value="" />
<button class="btn btn-light" type="submit"><svg aria-hidden="true" class="lexicon-icon lexicon-icon-search" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#search"></use></svg></button>
</form>
</div>
</div>
</div>
<div class="navbar-wrapper">
<div class="container">
<button aria-controls="navigationCollapse" aria-expanded="false" class="btn navbar-toggler" data-target="#navigationCollapse" data-toggle="collapse" type="button"><span class="icon-reorder"></span></button>
<div class="collapse navbar-collapse" id="navigationCollapse">
{nav_html(active)}</div>
</div>
</div>
{offcanvas_menu()}<div class="marquee-bar container"><marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">Chào mừng kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2024) và Ngày Quốc tế Lao động 1/5</marquee></div>
</header>
"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    pid = BC + "_INSTANCE_bcHsTnmt01"
    lis = []
    for i, (name, url) in enumerate(items):
        if url is None:
            lis.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                       f'{e(name)}</span></li>\n')
        else:
            lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{e(url)}" '
                       f'title="{e(name)}"><span class="breadcrumb-text-truncate">{e(name)}</span></a></li>\n')
    return (f'<div class="portlet-boundary portlet-boundary_{BC}_  portlet-static portlet-static-end '
            f'portlet-barebone portlet-breadcrumb " id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
            f'<section class="portlet" id="portlet_{pid}">\n<div class="portlet-content">\n'
            f'<div class=" portlet-content-container">\n<div class="portlet-body">\n'
            f'<nav aria-label="Đường dẫn" id="_{pid}_breadcrumbs-defaultScreen">\n<ol class="breadcrumb">\n'
            + "".join(lis) + "</ol>\n</nav>\n</div>\n</div>\n</div>\n</section>\n</div>\n")


def portlet(pid: str, klass: str, title: str | None, inner: str, barebone: bool = False) -> str:
    root = pid.split("_INSTANCE_")[0]
    header = ""
    if title and not barebone:
        header = ('<div class="autofit-float autofit-row portlet-header">\n'
                  f'<div class="autofit-col autofit-col-expand">\n<h2 class="portlet-title-text">{e(title)}</h2>\n'
                  '</div>\n<div class="autofit-col autofit-col-end">\n<div class="autofit-section">\n'
                  '</div>\n</div>\n</div>\n')
    deco = "portlet-barebone" if barebone else "portlet-decorate"
    return (f'<div class="portlet-boundary portlet-boundary_{root}_  portlet-static portlet-static-end '
            f'{deco} {klass} " id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
            f'<section class="portlet" id="portlet_{pid}">\n<div class="portlet-content">\n{header}'
            f'<div class=" portlet-content-container">\n<div class="portlet-body">\n{inner}'
            f'</div>\n</div>\n</div>\n</section>\n</div>\n')


def all_items() -> list[tuple[str, str, datetime, str]]:
    """(title, url, date, section) for written and older items, newest first."""
    items = [(a["title"], article_path(a), a["published"], a["section"]) for a in ARTICLES]
    items += [(t, older_path(s, slug), d, s) for s, slug, t, d in OLDER]
    return sorted(items, key=lambda x: x[2], reverse=True)


def side_column(exclude_url: str | None = None) -> str:
    out = []
    # Tin mới (title list of the newest items)
    lis = []
    for t, u, d, s in all_items():
        if s == "tin-luu-tru" or u == exclude_url:
            continue
        lis.append(f'<li class="title-list"><span class="asset-anchor lfr-asset-anchor" '
                   f'id="{abs(hash_int(u)) % 90000 + 10000}"></span><a href="{e(u)}">{e(t)}</a> '
                   f'<span class="date-list">{dmy(d)}</span></li>\n')
        if len(lis) == 8:
            break
    out.append(portlet(ap_pid(INST_TINMOI), "portlet-asset-publisher box-tin-moi", "Tin mới",
                       '<ul class="title-list">\n' + "".join(lis) + "</ul>\n"))
    # Văn bản mới
    vb = "".join(f'<li><a href="/web/guest/van-ban/-/van-ban/{token(so, 6).lower()}" title="{e(t)}">'
                 f'<span class="so-hieu">{e(so)}</span> {e(t)}</a> <span class="ngay-ban-hanh">'
                 f'({e(dd)})</span></li>\n' for t, so, dd in VANBAN)
    out.append(portlet(f"{JC}_INSTANCE_vbmHsTnmt02", "portlet-journal-content box-van-ban", "Văn bản mới",
                       '<div class="clearfix journal-content-article" data-analytics-asset-id="20733" '
                       'data-analytics-asset-title="Văn bản mới" data-analytics-asset-type="web-content">\n'
                       f'<ul class="list-van-ban">\n{vb}</ul>\n'
                       '<p class="text-right"><a href="/web/guest/van-ban">Xem tất cả »</a></p>\n</div>\n'))
    # Dịch vụ công banners
    out.append(portlet(f"{JC}_INSTANCE_dvcHsTnmt03", "portlet-journal-content box-banner", None,
                       '<div class="clearfix journal-content-article" data-analytics-asset-id="20741" '
                       'data-analytics-asset-title="Banner phải" data-analytics-asset-type="web-content">\n'
                       '<p><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" '
                       f'src="/documents/{GROUP}/20512/banner-dvc-quoc-gia.png/{uid("dvcqg")}?t=1590112233000" '
                       'style="width: 100%;" /></a></p>\n'
                       '<p><a href="https://dichvucong.hoason.gov.vn" target="_blank"><img alt="Cổng dịch vụ công tỉnh Hòa Sơn" '
                       f'src="/documents/{GROUP}/20512/banner-dvc-tinh.png/{uid("dvctinh")}?t=1590112240000" '
                       'style="width: 100%;" /></a></p>\n'
                       '<p><a href="https://hoidap.hoason.gov.vn" target="_blank"><img alt="Hệ thống tiếp nhận phản ánh, kiến nghị" '
                       f'src="/documents/{GROUP}/20512/banner-pakn.png/{uid("pakn")}?t=1590112251000" '
                       'style="width: 100%;" /></a></p>\n</div>\n', barebone=True))
    # Poll
    poll = (f'<form action="/web/guest/tin-hoat-dong?p_p_id={POLL}_INSTANCE_pollHsTn04&amp;p_p_lifecycle=1'
            f'&amp;p_p_state=normal&amp;p_p_mode=view&amp;_{POLL}_INSTANCE_pollHsTn04_javax.portlet.action='
            f'%2Fpolls_display%2Fview_question" class="form" id="_{POLL}_INSTANCE_pollHsTn04_fm" method="post">\n'
            '<div class="poll-question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính '
            'lĩnh vực đất đai?</div>\n'
            + "".join(f'<div class="radio"><label><input name="_{POLL}_INSTANCE_pollHsTn04_choiceId" '
                      f'type="radio" value="{3301 + i}" /> {e(c)}</label></div>\n'
                      for i, c in enumerate(["Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Ý kiến khác"]))
            + '<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button> '
              '<a class="btn btn-link btn-sm" href="javascript:;">Xem kết quả</a>\n</form>\n')
    out.append(portlet(f"{POLL}_INSTANCE_pollHsTn04", "portlet-polls-display", "Thăm dò ý kiến", poll))
    # Liên kết website
    sel = []
    for name, links in LINK_GROUPS:
        opts = "".join(f'<option value="{e(u)}">{e(n)}</option>' for n, u in links)
        sel.append(f'<select class="form-control lienket-select" onchange="if(this.value) '
                   f'window.open(this.value);"><option value="">-- {e(name)} --</option>{opts}</select>\n')
    out.append(portlet(f"{JC}_INSTANCE_lkwHsTnmt05", "portlet-journal-content box-lien-ket",
                       "Liên kết website",
                       '<div class="clearfix journal-content-article" data-analytics-asset-id="20755" '
                       'data-analytics-asset-title="Liên kết website" data-analytics-asset-type="web-content">\n'
                       + "".join(sel) + "</div>\n"))
    # Counter
    out.append(portlet("vn_hoason_counter_web_portlet_VisitorCounterPortlet", "portlet-visitor-counter",
                       "Thống kê truy cập",
                       '<ul class="thong-ke">\n<li>Đang truy cập: <strong>127</strong></li>\n'
                       '<li>Hôm nay: <strong>2.418</strong></li>\n<li>Tháng này: <strong>51.906</strong></li>\n'
                       '<li>Tổng lượt truy cập: <strong>3.482.915</strong></li>\n</ul>\n'))
    out.append('<div class="tin-nhiem-mang text-center"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/'
               'stnmthoasongovvn-1681203942" target="_blank" title="Chứng nhận Tín Nhiệm Mạng">'
               '<img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=stnmt.hoason.gov.vn" '
               'width="150" /></a></div>\n')
    return "".join(out)


def hash_int(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def footer_logos() -> str:
    cells = []
    for gname, links in LINK_GROUPS:
        for n, u in links:
            slug = re.sub(r"[^a-z0-9]+", "-", u.split("//")[1].split("/")[0].lower())
            cells.append(f'<div class="col-6 col-md-3 col-lg-2 logo-item"><a href="{e(u)}" rel="noopener" '
                         f'target="_blank" title="{e(n)}"><img alt="{e(n)}" class="img-fluid" '
                         f'src="/documents/{GROUP}/20512/{slug}.png/{uid(slug)}?t=1590112299000" />'
                         f'<span class="logo-name">{e(n)}</span></a></div>\n')
    return ('<div class="footer-lien-ket container">\n<h3 class="footer-lien-ket-title">Liên kết website</h3>\n'
            '<div class="row">\n' + "".join(cells) + '</div>\n</div>\n')


def offcanvas_menu() -> str:
    out = ['<div aria-hidden="true" class="offcanvas-menu d-md-none" id="offcanvasMenu">\n'
           '<button class="btn close-offcanvas" type="button">&times;</button>\n<ul class="mobile-nav">\n']
    for name, url, children in MENU:
        out.append(f'<li><a href="{e(url)}">{e(name)}</a>')
        if children:
            out.append('<span class="toggle-sub icon-angle-down"></span>\n<ul class="mobile-sub">\n'
                       + "".join(f'<li><a href="{e(cu)}">{e(cn)}</a></li>\n' for cn, cu in children)
                       + "</ul>\n")
        out.append("</li>\n")
    out.append("</ul>\n</div>\n")
    return "".join(out)


def footer_html() -> str:
    links = " | ".join(f'<a href="{e(u)}">{e(n)}</a>' for n, u, _ in MENU)
    return f"""<footer id="footer" role="contentinfo">
{footer_logos()}<div class="footer-links container">{links} | <a href="{e(SITEMAP_PATH)}">Sơ đồ website</a></div>
<div class="footer-info container">
<div class="row">
<div class="col-md-8">
<p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÒA SƠN</p>
<p>Cơ quan chủ quản: Sở Tài nguyên và Môi trường tỉnh Hòa Sơn</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Thắng - Giám đốc Sở</p>
<p>Địa chỉ: Số 26 đường Trần Hưng Đạo, thành phố Hòa Sơn, tỉnh Hòa Sơn</p>
<p>Điện thoại: 0235.3812.400 - Fax: 0235.3812.401 - Email: stnmt@hoason.gov.vn</p>
<p>Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hòa Sơn cấp ngày 12/6/2019.</p>
<p><em>Ghi rõ nguồn "Sở Tài nguyên và Môi trường tỉnh Hòa Sơn" khi phát hành lại thông tin từ nguồn này.</em></p>
</div>
<div class="col-md-4 text-right">
<p class="powered-by">Được phát triển trên nền tảng <a href="http://www.liferay.com" rel="external">Liferay</a></p>
<p><a href="https://www.ipv6-test.com/validate.php?url=stnmt.hoason.gov.vn" target="_blank"><img alt="IPv6 ready" src="{THEME}/images/ipv6-ready.png" /></a></p>
</div>
</div>
</div>
</footer>
"""


def bottom_scripts(portlets: list[tuple[str, int, str]], current: str, plid: int) -> str:
    loads = []
    for pid, col, static in portlets:
        refresh = (f"/c/portal/render_portlet?p_l_id={plid}&p_p_id={pid}&p_p_lifecycle=0&p_t_lifecycle=0"
                   f"&p_p_state=normal&p_p_mode=view&p_p_col_id=column-{col}&p_p_col_pos=0&p_p_col_count=1"
                   f"&p_p_isolated=1&currentURL={quote(current, safe='')}")
        loads.append("(function() {var $ = AUI.$;var _ = AUI._;\n"
                     f"\tLiferay.Portlet.onLoad(\n\t\t{{\n\t\t\tcanEditTitle: false,\n\t\t\tcolumnPos: 0,\n"
                     f"\t\t\tisStatic: '{static}',\n\t\t\tnamespacedId: 'p_p_id_{pid}_',\n"
                     f"\t\t\tportletId: '{pid}',\n\t\t\trefreshURL: '{js(refresh)}',\n"
                     f"\t\t\trefreshURLData: {{}}\n\t\t}}\n\t);\n}})();")
    return f"""<script type="text/javascript">
// <![CDATA[
	Liferay.BrowserSelectors.run();
// ]]>
</script>
<script type="text/javascript">
// <![CDATA[
	Liferay.currentURL = '{js(current)}';
	Liferay.currentURLEncoded = '{js(quote(current, safe=""))}';
// ]]>
</script>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{var $ = AUI.$;var _ = AUI._;
	if (A.UA.mobile) {{
		Liferay.Util.addInputCancel();
	}}
}})();(function() {{var $ = AUI.$;var _ = AUI._;
	new Liferay.Menu();
	var liferayNotices = Liferay.Data.notices;
	for (var i = 1; i < liferayNotices.length; i++) {{
		new Liferay.Notice(liferayNotices[i]);
	}}
}})();{"".join(loads)}(function() {{var $ = AUI.$;var _ = AUI._;
	Liferay.Session = new Liferay.SessionBase(
		{{
			autoExtend: true,
			redirectOnExpire: false,
			redirectUrl: '{js(HOST + "/web/guest")}',
			sessionLength: 900,
			warningLength: 0
		}}
	);
}})();}});
// ]]>
</script>
<script src="{HOST}{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7102&amp;t={BUILD_T}" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
	AUI().use('aui-base', function(A) {{
		var frameElement = window.frameElement;
		if (frameElement && frameElement.getAttribute('id') === 'simulationDeviceIframe') {{
			A.getBody().addClass('lfr-has-simulation-panel');
		}}
	}});
	// ]]>
</script>
"""


def page(title: str, current: str, canonical: str, plid: int, active: str | None,
         crumbs: list[tuple[str, str | None]], main: str, main_portlets: list[str],
         side: bool = True, exclude_url: str | None = None, description: str = "",
         keywords: str = "", body_extra_class: str = "", h1: str | None = None) -> str:
    side_pids = [ap_pid(INST_TINMOI), f"{JC}_INSTANCE_vbmHsTnmt02", f"{JC}_INSTANCE_dvcHsTnmt03",
                 f"{POLL}_INSTANCE_pollHsTn04", f"{JC}_INSTANCE_lkwHsTnmt05",
                 "vn_hoason_counter_web_portlet_VisitorCounterPortlet"] if side else []
    all_pids = [BC + "_INSTANCE_bcHsTnmt01", f"{NAVP}_INSTANCE_navHsTnmt00"] + main_portlets + side_pids
    head = head_html(title, current, canonical, plid, all_pids, description, keywords)
    if side:
        layout = (f'<div class="columns-2-r" id="main-content" role="main">\n<div class="portlet-layout row">\n'
                  f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1">\n'
                  f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" '
                  f'id="layout-column_column-1">\n{main}</div>\n</div>\n'
                  f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2">\n'
                  f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
                  f'id="layout-column_column-2">\n{side_column(exclude_url)}</div>\n</div>\n</div>\n</div>\n')
    else:
        layout = (f'<div class="columns-1" id="main-content" role="main">\n<div class="portlet-layout row">\n'
                  f'<div class="col-md-12 portlet-column portlet-column-only" id="column-1">\n'
                  f'<div class="portlet-dropzone portlet-column-content portlet-column-content-only" '
                  f'id="layout-column_column-1">\n{main}</div>\n</div>\n</div>\n</div>\n')
    onload = [(p, 1, "end") for p in main_portlets] + [(p, 2, "end") for p in side_pids]
    body = f"""<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site{body_extra_class}">
<nav class="quick-access-nav" id="{token('qa' + current, 4).lower()}_quickAccessNav">
<h1 class="hide-accessible">Điều hướng</h1>
<ul>
<li><a href="#main-content">Truy cập nội dung luôn</a></li>
</ul>
</nav>
<div class="container-fluid" id="wrapper">
{top_header(active)}<section id="content">
<h1 class="hide-accessible">{e(h1 or title.rsplit(" - ", 1)[0])}</h1>
<div class="container">
{breadcrumb(crumbs)}{layout}</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</section>
{footer_html()}</div>
{bottom_scripts(onload, current, plid)}</body>
</html>
"""
    return head + body


# --------------------------------------------------------------------------- article pages

def stars(n_full: int) -> str:
    return "".join(f'<span class="rating-element {"icon-star" if i < n_full else "icon-star-empty"}"></span>'
                   for i in range(5))


def asset_links_html(a: dict) -> str:
    if not a["links"]:
        return ""
    lis = "".join(
        f'<li class="asset-links-list-item"><a class="taglib-icon" href="{e(article_path(ART[k]))}">'
        f'<svg aria-hidden="true" class="lexicon-icon lexicon-icon-web-content" focusable="false" '
        f'viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#web-content"></use></svg> '
        f'<span class="taglib-text ">{e(ART[k]["title"])}</span></a> '
        f'<span class="asset-link-date">({dmy(ART[k]["published"])})</span></li>\n'
        for k in a["links"])
    return ('<div class="taglib-asset-links">\n<h4 class="asset-links-title">'
            f'<svg aria-hidden="true" class="lexicon-icon lexicon-icon-link" focusable="false" viewBox="0 0 512 512">'
            f'<use xlink:href="{THEME}/images/lexicon/icons.svg#link"></use></svg> Bài viết liên quan:</h4>\n'
            f'<ul class="asset-links-list">\n{lis}</ul>\n</div>\n')


def metadata_html(a: dict, pid: str) -> str:
    sec_url = section_url(a["section"])
    parts = []
    if a.get("cms_user"):
        parts.append(f'<span class="metadata-entry metadata-author icon-user">\n\tbởi {e(a["cms_user"])}\n</span>\n')
    parts.append(f'<span class="metadata-entry metadata-view-count">\n\t{a["views"]:,} Lượt xem\n</span>\n'
                 .replace(",", "."))
    if a["categories"]:
        cats = "".join(
            f'<span class="asset-vocabulary">{e(v)}:</span> <a class="asset-category" '
            f'href="{e(sec_url)}/-/asset_publisher/{INST[a["section"]]}/content?p_r_p_categoryId='
            f'{30000 + hash_int(c) % 900}">{e(c)}</a> '
            for v, c in a["categories"])
        parts.append(f'<span class="metadata-entry metadata-categories">\n<span class="taglib-asset-categories-'
                     f'summary">{cats}</span>\n</span>\n')
    if a["tags"]:
        tags = "".join(f'<a class="badge badge-default badge-sm tag" href="{e(sec_url)}?p_r_p_tag='
                       f'{quote_plus(t)}">{e(t)}</a> ' for t in a["tags"])
        parts.append('<span class="metadata-entry metadata-tags">\n<span class="taglib-asset-tags-summary">'
                     f'<span class="tag-label">Từ khóa:</span> {tags}</span>\n</span>\n')
    return '<div class="asset-metadata">\n' + "".join(parts) + "</div>\n"


def social_html(a: dict) -> str:
    url = quote(HOST + canonical_path(a), safe="")
    t = quote(a["title"], safe="")
    return ('<div class="taglib-social-bookmarks" id="' + token(a["key"] + "sb", 6) + '">\n'
            '<ul class="list-inline">\n'
            f'<li class="taglib-social-bookmark-facebook"><a class="social-bookmark-link" '
            f'href="http://www.facebook.com/sharer.php?u={url}" target="_blank" title="Facebook">'
            f'<svg aria-hidden="true" class="lexicon-icon lexicon-icon-social-facebook" focusable="false" '
            f'viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#social-facebook"></use>'
            f'</svg><span class="taglib-text hide-accessible">Facebook</span></a></li>\n'
            f'<li class="taglib-social-bookmark-twitter"><a class="social-bookmark-link" '
            f'href="https://twitter.com/intent/tweet?text={t}&amp;tw_p=tweetbutton&amp;url={url}" '
            f'target="_blank" title="Twitter"><svg aria-hidden="true" class="lexicon-icon '
            f'lexicon-icon-twitter" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}/images/'
            f'lexicon/icons.svg#twitter"></use></svg><span class="taglib-text hide-accessible">Twitter</span>'
            f'</a></li>\n<li class="taglib-social-bookmark-zalo"><a class="social-bookmark-link" '
            f'href="https://sp.zalo.me/share_inline?d={url}" target="_blank" title="Zalo">'
            f'<img alt="Zalo" src="{THEME}/images/zalo-share.png" /><span class="taglib-text hide-accessible">'
            f'Zalo</span></a></li>\n</ul>\n</div>\n')


def ratings_html(a: dict, ns: str) -> str:
    votes = 3 + hash_int(a["key"]) % 9
    avg = 3 + hash_int(a["key"] + "r") % 3
    return (f'<div class="asset-ratings">\n<div class="taglib-ratings stars" id="{ns}{token(a["key"], 4)}_ratingContainer">\n'
            f'<div class="liferay-rating-vote" id="{ns}ratingStar">\n<div id="{ns}ratingStarContent">\n'
            f'<div class="rating-label">Đánh giá bài viết</div>\n{stars(0)}\n</div>\n</div>\n'
            f'<div class="liferay-rating-score" id="{ns}ratingScore">\n<div id="{ns}ratingScoreContent">\n'
            f'<div class="rating-label">Trung bình ({votes} Phiếu bầu)</div>\n{stars(avg)}\n</div>\n</div>\n'
            '</div>\n</div>\n')


def tin_khac_html(a: dict) -> str:
    others = [x for x in all_items() if x[3] == a["section"] and x[1] != article_path(a)][:6]
    if a["section"] == "tin-luu-tru" or not others:
        others = [x for x in all_items() if x[1] != article_path(a) and x[3] != "tin-luu-tru"][:6]
    lis = "".join(
        f'<li class="title-list">\n<!-- <img class="thumb" src="{THEME}/images/no-image.png" /> -->\n'
        f'<a href="{e(u)}">{e(t)}</a> <span class="date-tin-khac">({dmy(d)})</span></li>\n'
        for t, u, d, s in others)
    inner = f'<ul class="title-list">\n{lis}</ul>\n'
    return portlet(ap_pid(INST_TINKHAC), "portlet-asset-publisher tin-khac", "Tin khác", inner)


def ap_article_page(a: dict) -> str:
    sec = a["section"]
    inst = INST[sec]
    pid = ap_pid(inst)
    ns = f"_{pid}_"
    back = section_url(sec) if a.get("redirect") else (
        f"{section_url(sec)}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{pid}_mvcPath=%2Fview.jsp")
    journal = (f'<div class="clearfix journal-content-article" data-analytics-asset-id="{a["article_id"]}" '
               f'data-analytics-asset-title="{e(a["title"])}" data-analytics-asset-type="web-content">\n'
               f'{ddm_content(a)}</div>\n')
    inner = f"""<div>
<div class="taglib-header ">
<span class="header-back-to">
<a class="icon-monospaced" href="{e(back)}" id="{ns}TabsBack" title="Quay lại"><svg aria-hidden="true" class="lexicon-icon lexicon-icon-angle-left" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#angle-left"></use></svg><span class="hide-accessible">Quay lại</span></a>
</span>
<h3 class="header-title">
<span>
{e(a["title"])}
</span>
</h3>
</div>
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="asset-user-actions">
<div class="print-action">
<a class="taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}{token(a['key'] + 'pr', 10)}" title="In bài viết"><svg aria-hidden="true" class="lexicon-icon lexicon-icon-print" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#print"></use></svg> <span class="taglib-text ">In</span></a>
</div>
</div>
<div class="asset-content" id="{ns}{a["entry"]}">
{social_html(a)}{journal}{ratings_html(a, ns)}<br />
{asset_links_html(a)}</div>
{metadata_html(a, pid)}</div>
<div class="asset-back text-right"><a href="{e(back)}"><i class="icon-circle-arrow-left"></i> Quay lại</a></div>
</div>
"""
    main = portlet(pid, "portlet-asset-publisher", SECTIONS[sec][0], inner) + tin_khac_html(a)
    title = f"{a['title']} - {SECTIONS[sec][0]} - {SITE}"
    crumbs = [("Trang chủ", "/"), (SECTIONS[sec][1], "/web/guest/tin-tuc-su-kien"),
              (SECTIONS[sec][0], None)]
    desc = a["lead"] or plain(a["body"][0][1])
    return page(title, article_path(a), canonical_path(a), 20400 + SECTIONS[sec][2], "Tin tức - Sự kiện",
                crumbs, main, [pid, ap_pid(INST_TINKHAC)], exclude_url=article_path(a),
                description=desc[:200], keywords=",".join(a["tags"]), h1=a["title"])


def wcd_article_page(a: dict) -> str:
    pid = f"{JC}_INSTANCE_{token(a['slug'], 12)}"
    journal = (f'<div class="text-right user-tool-asset-addon-entries">\n'
               f'<a class="taglib-icon" href="javascript:window.print();" title="In"><span class="taglib-text">'
               f'In trang</span></a>\n</div>\n'
               f'<div class="clearfix journal-content-article" data-analytics-asset-id="{a["article_id"]}" '
               f'data-analytics-asset-title="{e(a["title"])}" data-analytics-asset-type="web-content">\n'
               f'{ddm_content(a)}</div>\n'
               f'<div class="content-metadata-asset-addon-entries">\n{ratings_html(a, "_" + pid + "_")}</div>\n'
               f'<div class="asset-back"><a href="{section_url("tin-luu-tru")}">« Quay lại</a></div>\n')
    main = portlet(pid, "portlet-journal-content", a["title"], journal, barebone=True) + tin_khac_html(a)
    title = f"{a['title']} - {SITE}"
    crumbs = [("Trang chủ", "/"), (SECTIONS["tin-luu-tru"][1], "/web/guest/tin-tuc-su-kien"),
              ("Tin lưu trữ", None)]
    return page(title, article_path(a), canonical_path(a), 20500 + a["entry"] % 97, "Tin tức - Sự kiện",
                crumbs, main, [pid, ap_pid(INST_TINKHAC)], exclude_url=article_path(a),
                description=(a["lead"] or plain(a["body"][0][1]))[:200], h1=a["title"])


# --------------------------------------------------------------------------- listing pages

def abstract_item(t: str, u: str, d: datetime, summary: str, img: str | None, entry: int) -> str:
    thumb = (f'<div class="asset-small-image">\n<a href="{e(u)}"><img alt="{e(t)}" class="asset-small-image '
             f'img-thumbnail" src="{e(img)}" width="150" /></a>\n</div>\n' if img else "")
    return (f'<div class="asset-abstract " id="_assetEntry_{entry}">\n'
            f'<div class="asset-actions lfr-meta-actions"></div>\n'
            f'<h4 class="asset-title"><a href="{e(u)}">{e(t)}</a></h4>\n'
            f'<!-- <span class="ngay-dang">{dmy(d)}</span> -->\n'
            f'<div class="asset-content">\n<div class="asset-summary">\n{thumb}{e(summary)}\n</div>\n'
            f'<div class="asset-more"><a href="{e(u)}">Xem thêm <span class="hide-accessible">về {e(t)}'
            f'</span> »</a></div>\n</div>\n'
            f'<div class="asset-metadata">\n<span class="metadata-entry metadata-publish-date">\n'
            f'{d.strftime("%d/%m/%Y %H:%M")}\n</span>\n</div>\n</div>\n')


def summary_of(a: dict) -> str:
    s = a["lead"] or plain(a["body"][0][1])
    return s if len(s) < 220 else s[:217].rsplit(" ", 1)[0] + "..."


def first_img(a: dict) -> str | None:
    for blk in a["body"]:
        if blk[0] in ("fig", "tbl1", "imgp"):
            return img_src(blk[1], a)
    return None


OLDER_SUMMARIES = {
    "cap-nhat-bien-dong-dat-dai-tren-he-thong-thong-tin-quoc-gia":
        "Văn phòng Đăng ký đất đai tỉnh đẩy nhanh việc cập nhật biến động lên hệ thống thông tin đất đai.",
    "ra-soat-cac-diem-sat-lo-bo-song-mua-mua-nam-2023":
        "Sở chủ trì đoàn khảo sát các điểm sạt lở dọc sông Lam Giang và sông Bến Mai sau mùa mưa lũ.",
    "cong-bo-hien-trang-moi-truong-tinh-giai-doan-2019-2023":
        "Báo cáo đánh giá diễn biến chất lượng môi trường nước, không khí và đất trong 5 năm qua.",
    "dang-ky-dat-dai-lan-dau-cho-ho-gia-dinh-vung-ven-bien":
        "Các tổ công tác lưu động hỗ trợ người dân 6 xã ven biển hoàn thiện hồ sơ đăng ký đất đai.",
    "nghiem-thu-du-an-do-dac-ban-do-dia-chinh-huyen-dong-lam":
        "Dự án đo đạc, lập bản đồ địa chính huyện Đồng Lam hoàn thành sau hơn hai năm triển khai.",
}


def listing_tin_page(n: int) -> str:
    sec = "tin-hoat-dong"
    pid = ap_pid(INST[sec])
    written = sorted([a for a in ARTICLES if a["section"] == sec], key=lambda a: a["published"], reverse=True)
    entries = [(a["title"], article_path(a), a["published"], summary_of(a), first_img(a), a["entry"])
               for a in written]
    entries += [(t, older_path(s, slug), d, OLDER_SUMMARIES.get(slug, ""), None, 40000 + hash_int(slug) % 5000)
                for s, slug, t, d in OLDER if s == sec]
    chunk = entries[(n - 1) * DELTA:n * DELTA]
    items = "".join(abstract_item(*x) for x in chunk)
    pages = (TOTAL_TIN + DELTA - 1) // DELTA
    lis = []
    prev_cls = " disabled" if n == 1 else ""
    prev_href = "javascript:;" if n == 1 else page_n_path(n - 1)
    lis.append(f'<li class="page-item{prev_cls}"><a class="page-link" href="{e(prev_href)}">«</a></li>\n')
    for k in list(range(1, 6)) + [pages]:
        if k == pages:
            lis.append('<li class="page-item disabled"><a class="page-link" href="javascript:;">...</a></li>\n')
        act = " active" if k == n else ""
        lis.append(f'<li class="page-item{act}"><a class="page-link" href="{e(page_n_path(k))}">{k}</a></li>\n')
    lis.append(f'<li class="page-item"><a class="page-link" href="{e(page_n_path(n + 1))}">»</a></li>\n')
    start, end = (n - 1) * DELTA + 1, min(n * DELTA, TOTAL_TIN)
    pag = (f'<div class="pagination-bar" data-qa-id="paginator">\n<div class="dropdown pagination-items-per-page">'
           f'<a aria-expanded="false" class="dropdown-toggle page-link" data-toggle="dropdown" href="javascript:;">'
           f'{DELTA} Mục</a>\n<ul class="dropdown-menu dropdown-menu-top">\n'
           + "".join(f'<li><a class="dropdown-item" href="{e(page2_path().replace(f"_delta={DELTA}", f"_delta={d}").replace("_cur=2", "_cur=1"))}">{d}</a></li>\n'
                     for d in (5, 10, 20, 40))
           + f'</ul>\n</div>\n<div class="pagination-results">Đang hiển thị {start} đến {end} của {TOTAL_TIN} mục.'
           f'</div>\n<ul class="pagination">\n' + "".join(lis) + "</ul>\n</div>\n")
    inner = f'<div class="asset-publisher-list">\n{items}</div>\n{pag}'
    main = portlet(pid, "portlet-asset-publisher", "Tin hoạt động", inner)
    url = page_n_path(n)
    return page(f"Tin hoạt động - {SITE}", url, section_url(sec), 20400 + SECTIONS[sec][2],
                "Tin tức - Sự kiện",
                [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien"), ("Tin hoạt động", None)],
                main, [pid])


def listing_thongbao_page() -> str:
    sec = "thong-bao"
    pid = ap_pid(INST[sec])
    rows = [(a["title"], article_path(a), a["published"]) for a in ARTICLES if a["section"] == sec]
    rows += [(t, older_path(s, slug), d) for s, slug, t, d in OLDER if s == sec]
    rows.sort(key=lambda x: x[2], reverse=True)
    lis = "".join(f'<li class="title-list"><span class="asset-anchor lfr-asset-anchor" id="{50000 + i}"></span>'
                  f'<i class="icon-caret-right"></i> <a href="{e(u)}">{e(t)}</a> '
                  f'<span class="date-list">(Ngày đăng: {dmy(d)})</span></li>\n'
                  for i, (t, u, d) in enumerate(rows))
    pag = (f'<div class="pagination-bar">\n<div class="pagination-results">Đang hiển thị 1 đến {len(rows)} của '
           f'{len(rows)} mục.</div>\n</div>\n')
    main = portlet(pid, "portlet-asset-publisher", "Thông báo", f'<ul class="title-list">\n{lis}</ul>\n{pag}')
    return page(f"Thông báo - {SITE}", section_url(sec), section_url(sec), 20400 + SECTIONS[sec][2],
                "Tin tức - Sự kiện",
                [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien"), ("Thông báo", None)],
                main, [pid])


def home_page() -> str:
    tin = sorted([a for a in ARTICLES if a["section"] == "tin-hoat-dong"], key=lambda a: a["published"],
                 reverse=True)
    # Tin nổi bật: first big, rest as list
    top = tin[0]
    feat = (f'<div class="tin-noi-bat row">\n<div class="col-md-7 tin-chinh">\n'
            f'<a href="{e(article_path(top))}"><img alt="{e(top["title"])}" class="img-responsive" '
            f'src="{e(first_img(top) or "")}" /></a>\n'
            f'<h3><a href="{e(article_path(top))}">{e(top["title"])}</a></h3>\n'
            f'<p class="ngay">{top["published"].strftime("%d/%m/%Y %H:%M")}</p>\n<p>{e(summary_of(top))}</p>\n</div>\n'
            f'<div class="col-md-5 tin-phu">\n<ul>\n'
            + "".join(f'<li><a href="{e(article_path(a))}">{e(a["title"])}</a> <span class="ngay">'
                      f'({dmy(a["published"])})</span></li>\n' for a in tin[1:])
            + f'<li><a href="{e(SOFT404_PATH)}">{e(REMOVED[2])}</a> <span class="ngay">({dmy(REMOVED[3])})</span></li>\n'
            + "</ul>\n</div>\n</div>\n")
    main = portlet(ap_pid(INST_HOME_TIN), "portlet-asset-publisher home-tin-noi-bat", "Tin nổi bật",
                   feat + f'<p class="text-right"><a href="{section_url("tin-hoat-dong")}">Xem tất cả »</a></p>\n')
    # Thông báo box
    tb = [a for a in ARTICLES if a["section"] == "thong-bao"]
    tb_items = "".join(f'<li><a href="{e(article_path(a))}">{e(a["title"])}</a> <span class="ngay">'
                       f'({dmy(a["published"])})</span></li>\n' for a in sorted(tb, key=lambda a: a["published"], reverse=True))
    tb_items += "".join(f'<li><a href="{e(older_path(s, slug))}">{e(t)}</a> <span class="ngay">({dmy(d)})</span></li>\n'
                        for s, slug, t, d in OLDER if s == "thong-bao")
    main += portlet(ap_pid(INST_HOME_TB), "portlet-asset-publisher home-thong-bao", "Thông báo",
                    f'<ul class="title-list">\n{tb_items}</ul>\n<p class="text-right"><a href="'
                    f'{section_url("thong-bao")}">Xem tất cả »</a></p>\n')
    # Cải cách hành chính box (abstracts)
    cc = [a for a in ARTICLES if a["section"] == "cai-cach-hanh-chinh"]
    cc_items = "".join(abstract_item(a["title"], article_path(a), a["published"], summary_of(a), first_img(a),
                                     a["entry"]) for a in cc)
    cc_items += "".join(f'<div class="asset-abstract"><h4 class="asset-title"><a href="{e(older_path(s, slug))}">'
                        f'{e(t)}</a></h4><div class="asset-metadata"><span class="metadata-entry '
                        f'metadata-publish-date">{d.strftime("%d/%m/%Y %H:%M")}</span></div></div>\n'
                        for s, slug, t, d in OLDER if s == "cai-cach-hanh-chinh")
    main += portlet(ap_pid(INST_HOME_CC), "portlet-asset-publisher home-cchc", "Cải cách hành chính", cc_items)
    # Tin lưu trữ
    lt = [a for a in ARTICLES if a.get("wcd")]
    lt_items = "".join(f'<li><a href="{e(article_path(a))}">{e(a["title"])}</a> <span class="ngay">'
                       f'({dmy(a["published"])})</span></li>\n' for a in lt)
    main += portlet(ap_pid(INST_HOME_LT), "portlet-asset-publisher home-luu-tru", "Tin lưu trữ",
                    f'<ul class="title-list">\n{lt_items}</ul>\n')
    # Quick links (static pages)
    ql = [("Chức năng, nhiệm vụ", STATIC_PATH), ("Liên hệ", CONTACT_PATH), ("Hỏi đáp - Góp ý", FORM_PATH),
          ("Sơ đồ website", SITEMAP_PATH), ("Tra cứu: quy hoạch sử dụng đất", SEARCH_PATH),
          ("Trang 2 - Tin hoạt động", page2_path())]
    main += portlet(f"{JC}_INSTANCE_qlkHsTnmt06", "portlet-journal-content home-quick-links", None,
                    '<div class="clearfix journal-content-article" data-analytics-asset-id="20770" '
                    'data-analytics-asset-title="Liên kết nhanh" data-analytics-asset-type="web-content">\n'
                    '<ul class="quick-links">\n'
                    + "".join(f'<li><a href="{e(u)}">{e(n)}</a></li>\n' for n, u in ql)
                    + "</ul>\n</div>\n", barebone=True)
    pids = [ap_pid(INST_HOME_TIN), ap_pid(INST_HOME_TB), ap_pid(INST_HOME_CC), ap_pid(INST_HOME_LT),
            f"{JC}_INSTANCE_qlkHsTnmt06"]
    return page(f"Trang chủ - {SITE}", "/", "/", 20411, "Trang chủ", [("Trang chủ", None)], main, pids,
                description="Cổng thông tin điện tử Sở Tài nguyên và Môi trường tỉnh Hòa Sơn",
                body_extra_class=" home-page")


# --------------------------------------------------------------------------- other pages

def wcd_page(title: str, url: str, crumbs, active, content: str, plid: int, side: bool = True,
             article_id: str = "21001") -> str:
    pid = f"{JC}_INSTANCE_{token(url, 12)}"
    inner = (f'<div class="clearfix journal-content-article" data-analytics-asset-id="{article_id}" '
             f'data-analytics-asset-title="{e(title)}" data-analytics-asset-type="web-content">\n{content}</div>\n')
    main = portlet(pid, "portlet-journal-content", title, inner)
    return page(f"{title} - {SITE}", url, url.split("?")[0], plid, active, crumbs, main, [pid], side=side)


def static_page() -> str:
    duties = [
        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, 5 năm và hằng năm về "
        "quản lý đất đai, tài nguyên nước, khoáng sản, môi trường, khí tượng thủy văn, biến đổi khí hậu, "
        "đo đạc và bản đồ;",
        "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; "
        "thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về tài nguyên và môi trường;",
        "Tham mưu việc giao đất, cho thuê đất, thu hồi đất, chuyển mục đích sử dụng đất; tổ chức đăng ký, "
        "cấp giấy chứng nhận quyền sử dụng đất theo thẩm quyền;",
        "Thẩm định báo cáo đánh giá tác động môi trường, cấp giấy phép môi trường theo phân cấp; kiểm tra "
        "việc chấp hành pháp luật về bảo vệ môi trường;",
        "Quản lý mạng lưới quan trắc môi trường của tỉnh; xây dựng và vận hành cơ sở dữ liệu tài nguyên và "
        "môi trường;",
        "Thực hiện thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng theo quy định "
        "của pháp luật.",
    ]
    content = ('<div class="gioi-thieu">\n<h3>CHỨC NĂNG</h3>\n<p>Sở Tài nguyên và Môi trường là cơ quan chuyên '
               'môn thuộc Ủy ban nhân dân tỉnh Hòa Sơn, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý '
               'nhà nước về đất đai; tài nguyên nước; tài nguyên khoáng sản, địa chất; môi trường; khí tượng '
               'thủy văn; biến đổi khí hậu; đo đạc và bản đồ; quản lý tổng hợp tài nguyên và bảo vệ môi trường '
               'biển và hải đảo.</p>\n<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ '
               'đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ '
               'đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Tài nguyên và Môi trường.</p>\n'
               '<h3>NHIỆM VỤ, QUYỀN HẠN</h3>\n<ol>\n'
               + "".join(f"<li>{e(d)}</li>\n" for d in duties)
               + '</ol>\n<h3>CƠ CẤU TỔ CHỨC</h3>\n<p>Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. '
               'Các phòng chuyên môn: Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Quản lý đất '
               'đai, Phòng Tài nguyên nước, Phòng Khoáng sản, Phòng Biển, đảo và Biến đổi khí hậu. Đơn vị trực '
               'thuộc: Chi cục Bảo vệ môi trường, Văn phòng Đăng ký đất đai, Trung tâm Quan trắc tài nguyên và '
               'môi trường, Trung tâm Công nghệ thông tin tài nguyên và môi trường, Trung tâm Phát triển quỹ '
               'đất.</p>\n</div>\n')
    return wcd_page("Chức năng, nhiệm vụ", STATIC_PATH,
                    [("Trang chủ", "/"), ("Giới thiệu", "/web/guest/gioi-thieu"), ("Chức năng, nhiệm vụ", None)],
                    "Giới thiệu", content, 20431, article_id="20905")


def contact_page() -> str:
    rows = [("Văn phòng Sở", "0235.3812.400", "vanphong.stnmt@hoason.gov.vn"),
            ("Thanh tra Sở", "0235.3812.405", "thanhtra.stnmt@hoason.gov.vn"),
            ("Phòng Quản lý đất đai", "0235.3812.421", "qldd.stnmt@hoason.gov.vn"),
            ("Phòng Tài nguyên nước", "0235.3812.433", "tnn.stnmt@hoason.gov.vn"),
            ("Phòng Khoáng sản", "0235.3812.447", "khoangsan.stnmt@hoason.gov.vn"),
            ("Chi cục Bảo vệ môi trường", "0235.3812.460", "ccbvmt@hoason.gov.vn"),
            ("Văn phòng Đăng ký đất đai", "0235.3812.475", "vpdkdd@hoason.gov.vn"),
            ("Trung tâm Quan trắc tài nguyên và môi trường", "0235.3812.488", "ttqt.stnmt@hoason.gov.vn")]
    tr = "".join(f"<tr><td>{i + 1}</td><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>\n"
                 for i, (a, b, c) in enumerate(rows))
    content = ('<div class="lien-he">\n<h3>SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÒA SƠN</h3>\n'
               '<p><strong>Địa chỉ:</strong> Số 26 đường Trần Hưng Đạo, thành phố Hòa Sơn, tỉnh Hòa Sơn</p>\n'
               '<p><strong>Điện thoại:</strong> 0235.3812.400 - <strong>Fax:</strong> 0235.3812.401</p>\n'
               '<p><strong>Email:</strong> stnmt@hoason.gov.vn</p>\n<p><strong>Đường dây nóng tiếp nhận phản ánh về '
               'môi trường:</strong> 0235.3812.999</p>\n<h3>DANH BẠ ĐIỆN THOẠI CÁC PHÒNG, ĐƠN VỊ</h3>\n'
               '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered">\n<thead><tr>'
               '<th>STT</th><th>Phòng, đơn vị</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead>\n'
               f'<tbody>\n{tr}</tbody>\n</table>\n'
               '<p><iframe frameborder="0" height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3'
               '!1d3826.1!2d107.5!3d16.4!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" style="border:0" '
               'width="100%"></iframe></p>\n</div>\n')
    return wcd_page("Liên hệ", CONTACT_PATH, [("Trang chủ", "/"), ("Liên hệ", None)], "Liên hệ", content, 20438,
                    article_id="20911")


def search_page() -> str:
    kw = SEARCH_KEYWORDS
    hits = [ART["a02"], ART["a01"], ART["a11"], ART["a09"]]
    res = []
    for i, a in enumerate(hits):
        snippet = html.escape(summary_of(a)).replace(
            "quy hoạch sử dụng đất", '<span class="highlight">quy hoạch sử dụng đất</span>')
        res.append(f'<li class="list-group-item list-group-item-flex">\n<div class="autofit-col">'
                   f'<span class="sticker sticker-secondary"><svg aria-hidden="true" class="lexicon-icon '
                   f'lexicon-icon-web-content" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}'
                   f'/images/lexicon/icons.svg#web-content"></use></svg></span></div>\n'
                   f'<div class="autofit-col autofit-col-expand">\n<section class="autofit-section">\n'
                   f'<h4 class="list-group-title"><a href="{e(article_path(a))}">{e(a["title"])}</a></h4>\n'
                   f'<p class="list-group-subtext">Nội dung web · {dmy(a["published"])}</p>\n'
                   f'<p class="search-document-content text-default">{snippet}</p>\n</section>\n</div>\n</li>\n')
    for s, slug, t, d in OLDER[:3]:
        res.append(f'<li class="list-group-item list-group-item-flex"><div class="autofit-col autofit-col-expand">'
                   f'<h4 class="list-group-title"><a href="{e(older_path(s, slug))}">{e(t)}</a></h4>'
                   f'<p class="list-group-subtext">Nội dung web · {dmy(d)}</p></div></li>\n')
    inner = (f'<form action="/web/guest/tim-kiem" class="form" method="get" name="_{SEARCH}_fm">\n'
             f'<div class="input-group search-bar">\n<input class="form-control search-bar-keywords-input" '
             f'name="_{SEARCH}_keywords" title="Tìm kiếm" type="text" value="{e(kw)}" />\n'
             f'<div class="input-group-append"><button class="btn btn-light" type="submit">Tìm kiếm</button></div>\n'
             f'</div>\n</form>\n<div class="search-total-label">Có {len(res)} kết quả cho '
             f'<strong>{e(kw)}</strong></div>\n<ul class="list-group search-results">\n' + "".join(res)
             + '</ul>\n<div class="pagination-bar"><div class="pagination-results">Đang hiển thị 1 đến '
             f'{len(res)} của {len(res)} mục.</div></div>\n')
    main = portlet(SEARCH, "portlet-search", "Tìm kiếm", inner)
    return page(f"Tìm kiếm - {SITE}", SEARCH_PATH, "/web/guest/tim-kiem", 20441, None,
                [("Trang chủ", "/"), ("Tìm kiếm", None)], main, [SEARCH], side=False)


def login_page() -> str:
    ns = f"_{LOGIN}_"
    inner = f"""<div class="login-container">
<form action="{HOST}/web/guest/trang-chu?p_p_id={LOGIN}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;{ns}javax.portlet.action=%2Flogin%2Flogin&amp;{ns}mvcRenderCommandName=%2Flogin%2Flogin" autocomplete="on" class="form sign-in-form" data-fm-namespace="{ns}" id="{ns}loginForm" method="post" name="{ns}loginForm">
<input class="field form-control" id="{ns}formDate" name="{ns}formDate" type="hidden" value="1713493207415" />
<input class="field form-control" id="{ns}saveLastPath" name="{ns}saveLastPath" type="hidden" value="false" />
<input class="field form-control" id="{ns}redirect" name="{ns}redirect" type="hidden" value="" />
<input class="field form-control" id="{ns}doActionAfterLogin" name="{ns}doActionAfterLogin" type="hidden" value="false" />
<div class="inline-alert-container lfr-alert-container"></div>
<fieldset class="fieldset input-container" disabled="disabled">
<div class="form-group input-text-wrapper">
<label class="control-label" for="{ns}login">Địa chỉ email</label>
<input autocomplete="on" class="field clearable form-control" id="{ns}login" name="{ns}login" type="text" value="@hoason.gov.vn" />
</div>
<div class="form-group input-text-wrapper">
<label class="control-label" for="{ns}password">Mật khẩu</label>
<input class="field form-control" id="{ns}password" name="{ns}password" type="password" value="" />
</div>
<span id="{ns}passwordCapsLockSpan" style="display: none;">Caps Lock đang bật.</span>
<div class="form-group form-inline input-checkbox-wrapper">
<label for="{ns}rememberMe"><input class="field" id="{ns}rememberMe" name="{ns}rememberMe" type="checkbox" /> Ghi nhớ đăng nhập</label>
</div>
</fieldset>
<div class="button-holder">
<button class="btn btn-primary" id="{ns}{token('login', 8)}" type="submit"><span class="lfr-btn-label">Đăng nhập</span></button>
</div>
</form>
<div class="navigation">
<ul class="list-unstyled">
<li><a class="taglib-icon" href="/web/guest/trang-chu?p_p_id={LOGIN}&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;{ns}mvcRenderCommandName=%2Flogin%2Fforgot_password" id="{ns}{token('fp', 8)}"><svg aria-hidden="true" class="lexicon-icon lexicon-icon-question-circle-full" focusable="false" viewBox="0 0 512 512"><use xlink:href="{THEME}/images/lexicon/icons.svg#question-circle-full"></use></svg> <span class="taglib-text">Quên mật khẩu</span></a></li>
</ul>
</div>
</div>
"""
    main = portlet(LOGIN, "portlet-login", "Đăng nhập", inner)
    return page(f"Trang chủ - {SITE}", LOGIN_PATH, "/web/guest/trang-chu", 20411, None,
                [("Trang chủ", "/"), ("Đăng nhập", None)], main, [LOGIN], side=False)


REQ = ' <span class="reference-mark">*</span>'


def form_page() -> str:
    ns = f"_{DDMFORM}_INSTANCE_gopYHsTn07_"
    fields = [("hoTen", "Họ và tên", "text", True), ("email", "Địa chỉ email", "text", True),
              ("dienThoai", "Số điện thoại", "text", False), ("diaChi", "Địa chỉ liên hệ", "text", False),
              ("tieuDe", "Tiêu đề câu hỏi", "text", True)]
    fhtml = "".join(
        f'<div class="col-md-12"><div class="form-group liferay-ddm-form-field-text" data-field-name="{n}">'
        f'<label class="control-label" for="{ns}{n}">{e(lbl)}{REQ if req else ""}'
        f'</label><input class="ddm-field-text form-control" id="{ns}{n}" name="{ns}{n}" type="{tp}" value="" />'
        f'</div></div>\n' for n, lbl, tp, req in fields)
    inner = f"""<div class="ddm-form-basic-info"><div class="container-fluid-1280">
<h1 class="ddm-form-name">Gửi câu hỏi, góp ý</h1>
<h5 class="ddm-form-description">Tổ chức, công dân gửi câu hỏi về các lĩnh vực đất đai, môi trường, tài nguyên nước, khoáng sản. Câu trả lời sẽ được đăng tải trong mục Hỏi đáp sau khi được phòng chuyên môn xem xét.</h5>
</div></div>
<form action="{HOST}{FORM_PATH}?p_p_id={DDMFORM}_INSTANCE_gopYHsTn07&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;{ns}javax.portlet.action=addFormInstanceRecord&amp;p_auth=Xk3mP9qa" class="form lfr-ddm-form-container" data-fm-namespace="{ns}" id="{ns}fm" method="post" name="{ns}fm">
<input name="{ns}formInstanceId" type="hidden" value="34120" />
<div class="lfr-ddm-form-content"><div class="lfr-ddm-form-page active"><div class="row">
{fhtml}<div class="col-md-12"><div class="form-group liferay-ddm-form-field-text" data-field-name="noiDung"><label class="control-label" for="{ns}noiDung">Nội dung <span class="reference-mark">*</span></label><textarea class="ddm-field-text form-control" id="{ns}noiDung" name="{ns}noiDung" rows="8"></textarea></div></div>
<div class="col-md-12"><div class="form-group liferay-ddm-form-field-select" data-field-name="linhVuc"><label class="control-label">Lĩnh vực</label><select class="form-control" name="{ns}linhVuc"><option>Đất đai</option><option>Môi trường</option><option>Tài nguyên nước</option><option>Khoáng sản</option><option>Khác</option></select></div></div>
<div class="col-md-12"><div class="taglib-captcha"><img alt="Nhập văn bản bạn thấy trên hình dưới đây" class="captcha" id="{ns}captcha" src="/c/portal/captcha/get_image?portletId={DDMFORM}_INSTANCE_gopYHsTn07&amp;t=1713493207" /><input class="form-control" name="{ns}captchaText" size="10" type="text" value="" /></div></div>
</div></div></div>
<div class="lfr-ddm-form-pagination-controls ddm-form-pagination-controls"><button class="btn btn-primary lfr-ddm-form-submit" type="submit">Gửi</button></div>
</form>
"""
    main = portlet(f"{DDMFORM}_INSTANCE_gopYHsTn07", "portlet-ddm-form", "Hỏi đáp - Góp ý", inner)
    return page(f"Hỏi đáp - Góp ý - {SITE}", FORM_PATH, FORM_PATH, 20436, "Hỏi đáp - Góp ý",
                [("Trang chủ", "/"), ("Hỏi đáp - Góp ý", None)], main, [f"{DDMFORM}_INSTANCE_gopYHsTn07"])


def sitemap_page() -> str:
    def lvl(items, depth):
        out = [f'<ul class="layouts level-{depth}">\n']
        for it in items:
            name, url, children = it if len(it) == 3 else (it[0], it[1], [])
            out.append(f'<li class="lfr-nav-item"><a href="{e(url)}">{e(name)}</a>\n')
            if children:
                out.append(lvl(children, depth + 1))
            out.append("</li>\n")
        out.append("</ul>\n")
        return "".join(out)
    tree = list(MENU) + [("Tìm kiếm", SEARCH_PATH, []), ("Sơ đồ website", SITEMAP_PATH, [])]
    inner = '<div class="site-map">\n' + lvl(tree, 1) + "</div>\n"
    pid = f"{SITEMAP}_INSTANCE_smHsTnmt08"
    main = portlet(pid, "portlet-site-map", "Sơ đồ website", inner)
    return page(f"Sơ đồ website - {SITE}", SITEMAP_PATH, SITEMAP_PATH, 20445, None,
                [("Trang chủ", "/"), ("Sơ đồ website", None)], main, [pid])


def soft404_page() -> str:
    pid = ap_pid(INST["tin-hoat-dong"])
    inner = ('<div class="alert alert-danger">\n<strong class="lead">Lỗi:</strong> Tài nguyên được yêu cầu không '
             'tìm thấy.\n</div>\n<p>Nội dung bạn tìm có thể đã bị gỡ bỏ, đổi tên hoặc tạm thời không truy cập '
             f'được. <a href="{section_url("tin-hoat-dong")}">Quay lại danh sách tin</a>.</p>\n')
    main = portlet(pid, "portlet-asset-publisher", "Tin hoạt động", inner)
    return page(f"Không tìm thấy - Tin hoạt động - {SITE}", SOFT404_PATH, SOFT404_PATH, 20414,
                "Tin tức - Sự kiện",
                [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien"), ("Tin hoạt động", None)],
                main, [pid])


# --------------------------------------------------------------------------- write

def visible_text(doc: str) -> str:
    import lxml.html
    root = lxml.html.document_fromstring(doc)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return collapse(root.text_content())


def write(name: str, url_path: str, kind: str, doc: str, expected: dict | None = None) -> None:
    doc = nfc(doc)
    (OUT / f"{name}.html").write_bytes(doc.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
        vis = visible_text(doc)
        for para in expected["text"].split("\n\n"):
            for part in para.split(" | "):
                assert part in vis, (name, part[:60])
        for k in ("title", "lead"):
            if expected[k]:
                assert expected[k] in vis, (name, k)
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for p in OUT.glob("*.html"):
        p.unlink()
    for p in OUT.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    for a in ARTICLES:
        doc = wcd_article_page(a) if a.get("wcd") else ap_article_page(a)
        write(f"article_{a['key'][1:]}_{a['section']}", article_path(a), "article", doc, truth_for(a))
    write("home", "/", "listing", home_page())
    write("listing_tin_hoat_dong_p1", page_n_path(1), "listing", listing_tin_page(1))
    write("listing_tin_hoat_dong_p2", page2_path(), "listing", listing_tin_page(2))
    write("listing_thong_bao", section_url("thong-bao"), "listing", listing_thongbao_page())
    write("static_chuc_nang_nhiem_vu", STATIC_PATH, "static", static_page())
    write("contact", CONTACT_PATH, "contact", contact_page())
    write("search", SEARCH_PATH, "search", search_page())
    write("login", LOGIN_PATH, "login", login_page())
    write("form_hoi_dap", FORM_PATH, "form", form_page())
    write("sitemap", SITEMAP_PATH, "sitemap", sitemap_page())
    write("soft_404", SOFT404_PATH, "soft_404", soft404_page())
    site = {"host": HOST, "home": "/", "family": "liferay", "template": "lr71assetfull", "held_out": True}
    (OUT / "site.json").write_text(json.dumps(site, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for p in sorted(OUT.glob("*.html")):
        print(f"{p.name:48} {p.stat().st_size // 1024:4d} KB")


if __name__ == "__main__":
    main()
