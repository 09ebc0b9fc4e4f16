"""Generator of the held-out `liferay/lr74journal` variant template.

    python tests/variants/liferay/lr74journal/make.py

Writes <page>.html and <page>.json next to this file. The page bytes and the truth are
produced from the same data below, so the truth is what a reader sees. All article text is
invented. Written by helper (session 4).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

OUT = Path(__file__).resolve().parent
HOST = "https://vuphapche.mae.gov.vn"
SITE = "Vụ Pháp chế"
MINISTRY = "Bộ Nông nghiệp và Môi trường"
GROUP_ID = "20121"
COMPANY_ID = "20097"
THEME = "/o/mae-vuphapche-theme"
TODAY = datetime(2025, 5, 23, 9, 12)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
JC = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
BC = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"
NAV = "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet"
SB = "com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet"
SR = "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
SITEMAP = "com_liferay_site_navigation_site_map_web_portlet_SiteNavigationSiteMapPortlet"
POLL = "com_liferay_polls_web_portlet_PollsDisplayPortlet"

LOGIN_URL = ("/web/guest/trang-chu?p_p_id=" + LOGIN + "&p_p_lifecycle=0&p_p_state=maximized"
             "&p_p_mode=view&saveLastPath=false&_" + LOGIN
             + "_mvcRenderCommandName=%2Flogin%2Flogin")
SEARCH_Q = "phổ biến pháp luật"
SEARCH_URL = "/web/guest/tim-kiem?q=" + quote(SEARCH_Q).replace("%20", "+")
SOFT404_URL = "/web/guest/hoi-dap-truc-tuyen"

CATS = {
    "tin-hoat-dong": {"name": "Tin hoạt động", "inst": "Hn7kQpL2xRtY", "plid": "41",
                      "short": False},
    "pho-bien-giao-duc-phap-luat": {"name": "Phổ biến, giáo dục pháp luật",
                                    "inst": "Vb3mZt8WqNaE", "plid": "45", "short": True},
    "thong-bao": {"name": "Thông báo", "inst": "Ks2PdR9cLuFo", "plid": "47", "short": True},
}
DELTA = 5


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    """What a reader sees of an inline HTML fragment: tags dropped, entities decoded,
    whitespace (including no-break spaces) collapsed."""
    text = re.sub(r"<[^>]+>", " ", fragment)
    text = html.unescape(text)
    return nfc(" ".join(text.split()))


def d_short(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def d_ampm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} | {h:02d}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def d_weekday(dt: datetime) -> str:
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y}, {dt:%H:%M}"


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def img_doc(name: str) -> str:
    return f"/documents/d/guest/{name}"


def img_thumb(num: int, name: str) -> str:
    return f"/o/adaptive-media/image/{num}/Thumbnail-300x300/{name}?t=17{num:08d}"


# --------------------------------------------------------------------------------------
# Articles. body blocks:
#   ("p", html)            one paragraph (in text)
#   ("ul", [html, ...])    bulleted list, one paragraph per item (in text)
#   ("table", [[cell..]])  data table, one paragraph per row, cells joined " | " (in text)
#   ("img", dict)          photo: style figure / phototable / italic / credit / bare
#   ("related", [...])     related-news box inside the body (not in text)
# --------------------------------------------------------------------------------------

ARTICLES = [
    {
        "id": "a01", "cat": "tin-hoat-dong", "asset": 318245, "tpl": "A",
        "slug": "hoi-nghi-tong-ket-cong-tac-phap-che-nam-2024-va-trien-khai-nhiem-vu-nam-2025",
        "title": "Hội nghị tổng kết công tác pháp chế năm 2024 và triển khai nhiệm vụ năm 2025",
        "pub": datetime(2025, 1, 15, 14, 30), "upd": None,
        "prefix": None,
        "lead": "Chiều 15/1, Vụ Pháp chế tổ chức Hội nghị tổng kết công tác pháp chế năm 2024 và "
                "triển khai nhiệm vụ năm 2025 với sự tham dự của đại diện lãnh đạo các cục, vụ, "
                "viện trực thuộc Bộ và tổ chức pháp chế của một số sở, ngành địa phương.",
        "lead_style": "bold",
        "thumb": 318301,
        "body": [
            ("p", "Phát biểu khai mạc Hội nghị, Vụ trưởng Vụ Pháp chế Phạm Văn Thành cho biết năm "
                  "2024 là năm có khối lượng công việc xây dựng thể chế lớn nhất từ trước đến nay, "
                  "trong bối cảnh sắp xếp tổ chức bộ máy và hợp nhất hai bộ. Dù vậy, các đơn vị đã "
                  "bám sát chương trình công tác, bảo đảm tiến độ và chất lượng của các dự án luật, "
                  "nghị định được giao chủ trì."),
            ("img", {"style": "figure", "src": img_doc("hoi-nghi-tong-ket-2024-khai-mac-jpg"),
                     "caption": "Vụ trưởng Vụ Pháp chế Phạm Văn Thành phát biểu khai mạc Hội nghị.",
                     "credit": "Ảnh: Thu Hà", "join": " "}),
            ("p", "Theo báo cáo tổng kết, trong năm qua Vụ đã chủ trì thẩm định 46 dự thảo văn bản "
                  "quy phạm pháp luật, trong đó có 3 dự án luật, 14 dự thảo nghị định và 29 dự thảo "
                  "thông tư; tổ chức kiểm tra theo thẩm quyền 212 văn bản do địa phương ban hành có "
                  "nội dung liên quan đến lĩnh vực quản lý của Bộ."),
            ("p", "Công tác rà soát, hệ thống hóa văn bản được thực hiện thường xuyên, kịp thời "
                  "phát hiện những quy định chồng chéo, mâu thuẫn để kiến nghị sửa đổi, bổ sung hoặc "
                  "bãi bỏ. Việc cập nhật văn bản lên Cơ sở dữ liệu quốc gia về pháp luật được thực "
                  "hiện đúng thời hạn, đạt tỷ lệ trên 98%."),
            ("p", "Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế như: một số dự "
                  "thảo còn phải lùi thời hạn trình; chất lượng hồ sơ đề nghị xây dựng văn bản ở một "
                  "vài đơn vị chưa cao; đội ngũ cán bộ làm công tác pháp chế tại các đơn vị trực "
                  "thuộc còn mỏng, nhiều người kiêm nhiệm."),
            ("img", {"style": "figure", "src": img_doc("hoi-nghi-tong-ket-2024-toan-canh-jpg"),
                     "caption": "Toàn cảnh Hội nghị.", "credit": "Ảnh: Thu Hà", "join": " "}),
            ("p", "Năm 2025, Vụ Pháp chế đặt mục tiêu hoàn thành 100% nhiệm vụ xây dựng văn bản "
                  "theo kế hoạch, tập trung rà soát các quy định về thủ tục hành chính, điều kiện "
                  "kinh doanh để cắt giảm ít nhất 20% chi phí tuân thủ cho người dân và doanh "
                  "nghiệp; đồng thời đổi mới hình thức phổ biến, giáo dục pháp luật theo hướng số "
                  "hóa."),
            ("p", "Dịp này, Vụ Pháp chế đã trao Giấy khen cho 8 tập thể và 15 cá nhân có thành tích "
                  "xuất sắc trong công tác pháp chế năm 2024."),
        ],
        "sig": [("bold_right", "Văn phòng Vụ")],
        "authors": [], "unit": "Văn phòng Vụ", "author_field": None,
    },
    {
        "id": "a02", "cat": "tin-hoat-dong", "asset": 331870, "tpl": "A",
        "slug": "tap-huan-nghiep-vu-kiem-tra-va-xu-ly-van-ban-quy-pham-phap-luat-nam-2025",
        "title": "Tập huấn nghiệp vụ kiểm tra và xử lý văn bản quy phạm pháp luật năm 2025",
        "pub": datetime(2025, 3, 3, 9, 5), "upd": None,
        "prefix": "(MAE) -",
        "lead": "Trong hai ngày 27 và 28/2, tại thành phố Đà Nẵng, Vụ Pháp chế tổ chức lớp tập "
                "huấn nghiệp vụ kiểm tra và xử lý văn bản quy phạm pháp luật cho gần 120 học viên "
                "là cán bộ pháp chế của các đơn vị thuộc Bộ và các sở chuyên ngành khu vực miền "
                "Trung.",
        "lead_style": "bold",
        "thumb": 331902,
        "body": [
            ("p", "Tại lớp tập huấn, các báo cáo viên đã giới thiệu những điểm mới của pháp luật "
                  "về ban hành văn bản quy phạm pháp luật, quy trình tự kiểm tra, kiểm tra theo thẩm "
                  "quyền và xử lý văn bản có dấu hiệu trái pháp luật. Nhiều tình huống thực tế được "
                  "đưa ra phân tích, giúp học viên nắm vững cách xác định thẩm quyền, căn cứ pháp lý "
                  "và hình thức xử lý phù hợp."),
            ("img", {"style": "phototable", "src": img_doc("tap-huan-kiem-tra-van-ban-da-nang-jpg"),
                     "caption": "Học viên trao đổi tình huống tại lớp tập huấn.",
                     "credit": "Ảnh: Nguyễn Thu Hà", "join": " "}),
            ("p", "Báo cáo viên lưu ý, khi phát hiện văn bản có nội dung trái pháp luật, cơ quan "
                  "kiểm tra phải thông báo ngay cho cơ quan ban hành để tự kiểm tra, xử lý; trường "
                  "hợp cơ quan ban hành không tự xử lý thì kiến nghị cấp có thẩm quyền đình chỉ thi "
                  "hành hoặc bãi bỏ văn bản theo quy định."),
            ("p", "Nhiều học viên bày tỏ mong muốn Vụ Pháp chế tiếp tục tổ chức các lớp chuyên sâu "
                  "theo từng lĩnh vực như đất đai, tài nguyên nước, bảo vệ thực vật, thú y, đồng thời "
                  "xây dựng bộ tài liệu hướng dẫn nghiệp vụ để tra cứu thường xuyên."),
            ("p", "Phát biểu bế mạc, Phó Vụ trưởng Nguyễn Thị Minh Ngọc đề nghị học viên vận dụng "
                  "kiến thức được trang bị vào công việc hằng ngày, chủ động phát hiện sớm những "
                  "quy định không còn phù hợp để kịp thời kiến nghị sửa đổi."),
        ],
        "sig": [],
        "authors": ["Nguyễn Thu Hà"], "unit": None, "author_field": "Nguyễn Thu Hà",
    },
    {
        "id": "a03", "cat": "tin-hoat-dong", "asset": 327514, "tpl": "A",
        "slug": "ket-qua-ra-soat-he-thong-hoa-van-ban-quy-pham-phap-luat-nam-2024",
        "title": "Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024",
        "pub": datetime(2025, 2, 20, 10, 0), "upd": datetime(2025, 2, 21, 8, 45),
        "prefix": None,
        "lead": "Năm 2024, các đơn vị thuộc Bộ đã rà soát tổng cộng 1.137 văn bản quy phạm pháp "
                "luật thuộc phạm vi quản lý nhà nước của Bộ, qua đó kiến nghị sửa đổi, bổ sung "
                "hoặc bãi bỏ 186 văn bản.",
        "lead_style": "bold",
        "thumb": 327530,
        "body": [
            ("p", "Thực hiện kế hoạch rà soát năm 2024, Vụ Pháp chế đã hướng dẫn các cục, vụ chủ "
                  "động lập danh mục văn bản cần rà soát theo từng lĩnh vực, đối chiếu với các luật "
                  "mới được Quốc hội thông qua để xác định nội dung cần điều chỉnh. Kết quả cụ thể "
                  "như sau:"),
            ("table", [
                ["STT", "Lĩnh vực", "Số văn bản rà soát", "Còn hiệu lực", "Đề nghị sửa đổi, bổ sung",
                 "Đề nghị bãi bỏ"],
                ["1", "Đất đai", "214", "171", "31", "12"],
                ["2", "Tài nguyên nước, thủy lợi", "187", "149", "26", "12"],
                ["3", "Trồng trọt, bảo vệ thực vật", "236", "201", "24", "11"],
                ["4", "Chăn nuôi, thú y", "192", "160", "22", "10"],
                ["5", "Môi trường, biến đổi khí hậu", "308", "254", "29", "25"],
                ["", "Tổng cộng", "1.137", "935", "132", "70"],
            ]),
            ("p", "So với năm 2023, số văn bản được kiến nghị xử lý tăng khoảng 15%, chủ yếu do "
                  "Luật Đất đai năm 2024 và Luật Tài nguyên nước năm 2023 có hiệu lực, kéo theo yêu "
                  "cầu sửa đổi đồng bộ nhiều thông tư hướng dẫn."),
            ("p", "Vụ Pháp chế đề nghị các đơn vị khẩn trương xây dựng kế hoạch xử lý văn bản sau rà "
                  "soát, ưu tiên những văn bản có quy định về thủ tục hành chính, điều kiện đầu tư "
                  "kinh doanh, báo cáo Lãnh đạo Bộ trước ngày 30/6/2025."),
        ],
        "sig": [("bold_right", "Phòng Kiểm tra và Rà soát văn bản")],
        "authors": [], "unit": "Phòng Kiểm tra và Rà soát văn bản", "author_field": None,
    },
    {
        "id": "a04", "cat": "tin-hoat-dong", "asset": 336092, "tpl": "A",
        "slug": "day-manh-chuyen-doi-so-trong-cong-tac-xay-dung-va-thi-hanh-phap-luat",
        "title": "Đẩy mạnh chuyển đổi số trong công tác xây dựng và thi hành pháp luật",
        "pub": datetime(2025, 3, 18, 15, 45), "upd": None,
        "prefix": None, "lead": None, "lead_style": None,
        "thumb": 336110,
        "body": [
            ("p", "Ngay từ đầu năm, Vụ Pháp chế đã đưa vào vận hành thử nghiệm phân hệ quản lý hồ sơ "
                  "xây dựng văn bản trên nền tảng số của Bộ. Toàn bộ quy trình từ lập đề nghị, soạn "
                  "thảo, lấy ý kiến đến thẩm định đều được theo dõi trực tuyến, giúp lãnh đạo nắm "
                  "được tiến độ của từng dự thảo theo thời gian thực."),
            ("p", "Theo đánh giá của các đơn vị, phân hệ mới giúp rút ngắn trung bình 5 đến 7 ngày "
                  "làm việc cho mỗi vòng lấy ý kiến, đồng thời giảm đáng kể lượng văn bản giấy phải "
                  "in ấn, chuyển phát."),
            ("related", [("a01", None), ("a03", None)]),
            ("img", {"style": "italic", "src": img_doc("van-hanh-co-so-du-lieu-van-ban-png"),
                     "caption": "Cán bộ Vụ Pháp chế vận hành hệ thống cơ sở dữ liệu văn bản",
                     "credit": "Ảnh: PV", "join": " - "}),
            ("p", "Song song với đó, cơ sở dữ liệu văn bản chuyên ngành tiếp tục được làm sạch, "
                  "chuẩn hóa. Đến nay đã có hơn 9.400 văn bản được số hóa, gắn thẻ theo lĩnh vực và "
                  "tình trạng hiệu lực, phục vụ tra cứu nội bộ và công khai trên Cổng thông tin điện "
                  "tử."),
            ("p", "Trong thời gian tới, Vụ sẽ phối hợp với Trung tâm Chuyển đổi số thử nghiệm công cụ "
                  "hỗ trợ so sánh dự thảo, tự động phát hiện các điều khoản trùng lặp hoặc dẫn chiếu "
                  "đến văn bản đã hết hiệu lực."),
        ],
        "sig": [],
        "authors": [], "unit": None, "author_field": None,
    },
    {
        "id": "a05", "cat": "tin-hoat-dong", "asset": 349227, "tpl": "A",
        "slug": "hop-hoi-dong-tham-dinh-du-thao-nghi-dinh-xu-phat-vi-pham-hanh-chinh-linh-vuc-thuy-loi",
        "title": "Họp Hội đồng thẩm định dự thảo Nghị định sửa đổi quy định xử phạt vi phạm "
                 "hành chính trong lĩnh vực thủy lợi",
        "pub": datetime(2025, 4, 29, 8, 20), "upd": None,
        "prefix": None,
        "lead": "Hội đồng thẩm định cơ bản thống nhất với bố cục của dự thảo, đồng thời đề nghị cơ "
                "quan chủ trì soạn thảo làm rõ căn cứ xác định mức phạt đối với một số hành vi mới "
                "được bổ sung.",
        "lead_style": "bold",
        "thumb": 349240,
        "body": [
            ("p", "Sáng ngày 28/4/2025, tại trụ sở Bộ, Vụ Pháp chế tổ chức họp Hội đồng thẩm định "
                  "dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định quy định xử phạt vi "
                  "phạm hành chính trong lĩnh vực thủy lợi. Cuộc họp do Vụ trưởng Phạm Văn Thành "
                  "chủ trì."),
            ("p", "Dự thảo gồm 3 điều, tập trung sửa đổi các hành vi vi phạm về bảo vệ phạm vi công "
                  "trình thủy lợi, xả nước thải vào công trình thủy lợi và vận hành công trình không "
                  "đúng quy trình. Theo cơ quan soạn thảo, nhiều mức phạt hiện hành được ban hành từ "
                  "năm 2017 đến nay không còn đủ sức răn đe."),
            ("img", {"style": "figure", "src": img_doc("hoi-dong-tham-dinh-thuy-loi-jpg"),
                     "caption": "Quang cảnh cuộc họp Hội đồng thẩm định.", "credit": None}),
            ("p", "Các thành viên Hội đồng đề nghị rà soát kỹ sự thống nhất giữa dự thảo với Luật Xử "
                  "lý vi phạm hành chính, bảo đảm các hành vi được mô tả rõ ràng, dễ áp dụng; cân nhắc "
                  "quy định về thẩm quyền lập biên bản của lực lượng quản lý, khai thác công trình "
                  "thủy lợi."),
            ("p", "Kết luận cuộc họp, Chủ tịch Hội đồng đề nghị cơ quan chủ trì soạn thảo tiếp thu "
                  "đầy đủ ý kiến, hoàn thiện hồ sơ và gửi lại Vụ Pháp chế trước ngày 15.5 để kịp "
                  "trình Chính phủ trong quý II. Dự kiến Nghị định sẽ có hiệu lực từ ngày 01/9/2025."),
        ],
        "sig": [("nguon", "Cổng Thông tin điện tử Bộ Nông nghiệp và Môi trường")],
        "authors": [], "unit": "Cổng Thông tin điện tử Bộ Nông nghiệp và Môi trường",
        "author_field": None,
    },
    {
        "id": "a06", "cat": "pho-bien-giao-duc-phap-luat", "asset": 329981, "tpl": "B",
        "slug": "trien-khai-ke-hoach-pho-bien-giao-duc-phap-luat-nam-2025-cua-bo",
        "title": "Triển khai Kế hoạch phổ biến, giáo dục pháp luật năm 2025 của Bộ",
        "pub": datetime(2025, 2, 10, 16, 20), "upd": None,
        "prefix": None,
        "lead": "Bộ trưởng vừa ký Quyết định ban hành Kế hoạch phổ biến, giáo dục pháp luật năm "
                "2025, trong đó xác định rõ nhóm đối tượng ưu tiên là nông dân, doanh nghiệp nhỏ "
                "và vừa, hợp tác xã.",
        "lead_style": "bold",
        "thumb": 329990,
        "body": [
            ("p", "Kế hoạch đặt ra yêu cầu công tác phổ biến phải bám sát những chính sách mới, "
                  "những vấn đề dư luận quan tâm, gắn với nhiệm vụ chuyên môn của từng đơn vị. Các "
                  "nhiệm vụ trọng tâm gồm:"),
            ("ul", [
                "Giới thiệu nội dung các luật mới có hiệu lực trong năm 2025 thuộc lĩnh vực quản lý "
                "của Bộ;",
                "Tổ chức Ngày Pháp luật Việt Nam tại tất cả các đơn vị trực thuộc;",
                "Biên soạn tài liệu hỏi đáp, tờ gấp pháp luật bằng tiếng dân tộc thiểu số cho vùng "
                "sâu, vùng xa;",
                "Xây dựng chuyên mục pháp luật trên Cổng thông tin điện tử và mạng xã hội của Bộ;",
                "Bồi dưỡng kỹ năng cho đội ngũ báo cáo viên, tuyên truyền viên pháp luật.",
            ]),
            ("p", "Kinh phí thực hiện được bố trí từ nguồn ngân sách chi thường xuyên của các đơn "
                  "vị, kết hợp huy động nguồn hỗ trợ hợp pháp khác. Vụ Pháp chế là đầu mối theo dõi, "
                  "đôn đốc và tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 15/12/2025."),
            ("p", "Các đơn vị được yêu cầu lựa chọn hình thức phù hợp với từng nhóm đối tượng, "
                  "tránh hình thức, lãng phí; khuyến khích ứng dụng video ngắn, đồ họa thông tin để "
                  "truyền tải nội dung pháp luật một cách dễ hiểu."),
        ],
        "sig": [("bold_right", "Hoàng Lan - Phòng Phổ biến, giáo dục pháp luật")],
        "authors": ["Hoàng Lan"], "unit": "Phòng Phổ biến, giáo dục pháp luật",
        "author_field": None,
    },
    {
        "id": "a07", "cat": "thong-bao", "asset": 357704, "tpl": "C",
        "slug": "thong-bao-lay-y-kien-gop-y-du-thao-thong-tu-huong-dan-cong-tac-phap-che",
        "title": "Thông báo lấy ý kiến góp ý dự thảo Thông tư hướng dẫn công tác pháp chế",
        "pub": datetime(2025, 5, 12, 0, 0), "upd": None,
        "prefix": None, "lead": None, "lead_style": None,
        "thumb": None,
        "body": [
            ("p", "Vụ Pháp chế đề nghị các cơ quan, tổ chức, cá nhân nghiên cứu, góp ý dự thảo "
                  "Thông tư hướng dẫn một số nội dung về công tác pháp chế tại các đơn vị thuộc Bộ."),
            ("p", "Ý kiến góp ý gửi về Vụ Pháp chế bằng văn bản hoặc qua thư điện tử "
                  "phapche@mae.gov.vn trước ngày 12/6/2025. Chi tiết xem tại các tệp đính kèm."),
        ],
        "attach": [
            ("Du+thao+Thong+tu+huong+dan+cong+tac+phap+che.docx",
             "Dự thảo Thông tư hướng dẫn công tác pháp chế", "docx", "58 KB"),
            ("To+trinh+du+thao+Thong+tu.pdf", "Tờ trình dự thảo Thông tư", "pdf", "412 KB"),
            ("Bang+tong+hop+y+kien.xlsx", "Mẫu bảng tổng hợp ý kiến góp ý", "xlsx", "21 KB"),
        ],
        "sig": [],
        "authors": [], "unit": None, "author_field": None,
    },
    {
        "id": "a08", "cat": "pho-bien-giao-duc-phap-luat", "asset": 126530, "tpl": "A",
        "slug": "ngay-phap-luat-viet-nam-lan-toa-y-thuc-thuong-ton-phap-luat",
        "title": "Ngày Pháp luật Việt Nam: lan tỏa ý thức thượng tôn pháp luật",
        "pub": datetime(2019, 11, 9, 0, 0), "upd": None,
        "prefix": "PLVN -",
        "lead": "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, nhiều đơn vị "
                "trong ngành đã tổ chức các hoạt động thiết thực, hướng về cơ sở.",
        "lead_style": "bold",
        "thumb": 126541,
        "body": [
            ("p", "Tại các tỉnh đồng bằng sông Cửu Long, những buổi tọa đàm pháp luật được tổ chức "
                  "ngay tại hợp tác xã, cánh đồng mẫu lớn. Nông dân được hướng dẫn quy định về sử "
                  "dụng thuốc bảo vệ thực vật, chứng nhận mã số vùng trồng và những điều cần biết khi "
                  "ký hợp đồng tiêu thụ nông sản."),
            ("p", "Ở khu vực miền núi phía Bắc, các đội tuyên truyền lưu động mang theo loa, màn chiếu "
                  "đến từng bản, trình chiếu các tiểu phẩm ngắn bằng tiếng Mông, tiếng Thái về bảo vệ "
                  "rừng và phòng, chống cháy rừng."),
            ("p", "Theo đánh giá của ngành tư pháp, việc gắn phổ biến pháp luật với nhu cầu cụ thể "
                  "của người dân giúp nội dung dễ đi vào cuộc sống hơn so với hình thức hội nghị "
                  "truyền thống."),
        ],
        "sig": [("nguon", "Báo Pháp luật Việt Nam")],
        "authors": [], "unit": "Báo Pháp luật Việt Nam", "author_field": None,
    },
    {
        "id": "a09", "cat": "tin-hoat-dong", "asset": 344658, "tpl": "A",
        "slug": "doan-cong-tac-vu-phap-che-kiem-tra-cong-tac-phap-che-tai-tinh-lam-dong",
        "title": "Đoàn công tác Vụ Pháp chế kiểm tra công tác pháp chế tại tỉnh Lâm Đồng",
        "pub": datetime(2025, 4, 8, 11, 10), "upd": None,
        "prefix": "(NNMT) –",
        "lead": "Từ ngày 2 đến 4/4, đoàn công tác của Vụ Pháp chế do Phó Vụ trưởng Lê Hoàng Sơn "
                "làm trưởng đoàn đã làm việc với Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng về tình "
                "hình thi hành pháp luật trong lĩnh vực lâm nghiệp và đất đai.",
        "lead_style": "bold",
        "thumb": 344671,
        "body": [
            ("p", "Báo cáo với đoàn, lãnh đạo Sở cho biết thời gian qua tỉnh đã ban hành 17 văn bản "
                  "quy định chi tiết các luật thuộc lĩnh vực nông nghiệp và môi trường; tổ chức hơn "
                  "300 cuộc tuyên truyền với trên 25.000 lượt người tham dự."),
            ("img", {"style": "figure_br", "src": img_doc("lam-dong-lam-viec-voi-so-jpg"),
                     "caption": "Phó Vụ trưởng Lê Hoàng Sơn làm việc với Sở Nông nghiệp và Môi "
                                "trường tỉnh Lâm Đồng.",
                     "credit": "Ảnh: Minh Khoa"}),
            ("p", "Tuy nhiên, việc xử lý vi phạm về khai thác, vận chuyển lâm sản trái phép còn gặp "
                  "khó khăn do một số quy định về xác định giá trị lâm sản chưa rõ; lực lượng kiểm "
                  "lâm địa bàn mỏng trong khi diện tích rừng cần bảo vệ lớn."),
            ("p", "Trong chương trình làm việc, đoàn đã khảo sát thực tế tại Ban quản lý rừng phòng "
                  "hộ Đa Nhim và một số xã có diện tích rừng giao khoán cho cộng đồng quản lý."),
            ("img", {"style": "phototable", "src": img_doc("lam-dong-khao-sat-rung-phong-ho-jpg"),
                     "caption": "Đoàn công tác khảo sát thực tế tại rừng phòng hộ.",
                     "credit": "Ảnh: Minh Khoa", "join": " "}),
            ("p", "Trưởng đoàn ghi nhận những cố gắng của địa phương, đồng thời đề nghị Sở tổng hợp "
                  "đầy đủ các vướng mắc để Vụ Pháp chế nghiên cứu, đề xuất Bộ sửa đổi trong đợt rà "
                  "soát tới."),
        ],
        "sig": [("bold_right", "Minh Khoa"), ("nguon", "Báo Nông nghiệp và Môi trường")],
        "authors": ["Minh Khoa"], "unit": "Báo Nông nghiệp và Môi trường", "author_field": None,
    },
    {
        "id": "a10", "cat": "tin-hoat-dong", "asset": 345012, "tpl": "D",
        "slug": "vu-phap-che-lam-viec-voi-so-nong-nghiep-va-moi-truong-nghe-an",
        "title": "Vụ Pháp chế làm việc với Sở Nông nghiệp và Môi trường Nghệ An về xử lý vi phạm "
                 "hành chính",
        "pub": datetime(2025, 4, 10, 16, 20), "upd": None,
        "prefix": None, "lead": None, "lead_style": None,
        "thumb": 345020,
        "body": [
            ("p", "Chiều 9/4, tại thành phố Vinh, đoàn công tác của Vụ Pháp chế đã có buổi làm việc "
                  "với Sở Nông nghiệp và Môi trường tỉnh Nghệ An về tình hình thi hành pháp luật xử "
                  "lý vi phạm hành chính năm 2024 và quý I năm 2025."),
            ("p", "Theo báo cáo của Sở, trong năm 2024 các lực lượng chức năng trên địa bàn đã phát "
                  "hiện, lập biên bản 1.046 vụ vi phạm, ra quyết định xử phạt 1.012 vụ với tổng số "
                  "tiền hơn 9,6 tỷ đồng; tỷ lệ thi hành quyết định xử phạt đạt gần 92%."),
            ("img", {"style": "credit", "src": img_doc("nghe-an-buoi-lam-viec-jpg"),
                     "caption": None, "credit": "Ảnh: Trần Quang Vinh"}),
            ("p", "Sở kiến nghị Bộ sớm ban hành hướng dẫn thống nhất về việc tịch thu, xử lý tang "
                  "vật là động vật, thực vật sống; đồng thời bổ sung biên chế cho lực lượng thanh "
                  "tra chuyên ngành ở cấp tỉnh."),
            ("p", "Đại diện đoàn công tác đánh giá cao sự chủ động của Sở và cho biết các kiến nghị "
                  "sẽ được tổng hợp vào báo cáo chung gửi Bộ Tư pháp."),
        ],
        "sig": [],
        "authors": ["Trần Quang Vinh"], "unit": None, "author_field": "Trần Quang Vinh",
    },
    {
        "id": "a11", "cat": "pho-bien-giao-duc-phap-luat", "asset": 353460, "tpl": "B",
        "slug": "luat-ban-hanh-van-ban-quy-pham-phap-luat-nam-2025-nhung-diem-moi-can-luu-y",
        "title": "Luật Ban hành văn bản quy phạm pháp luật năm 2025: những điểm mới cần lưu ý",
        "pub": datetime(2025, 5, 6, 9, 30), "upd": None,
        "prefix": "(Chinhphu.vn) -",
        "lead": "Luật Ban hành văn bản quy phạm pháp luật năm 2025 được thiết kế theo hướng tinh "
                "gọn quy trình, tăng tính chủ động cho cơ quan soạn thảo và nâng cao trách nhiệm "
                "giải trình.",
        "lead_style": "bold",
        "thumb": 353472,
        "body": [
            ("p", "<strong>Rút gọn quy trình xây dựng văn bản</strong>"),
            ("p", "Luật mới giảm bớt một số bước thủ tục trong quy trình lập đề nghị xây dựng văn "
                  "bản, cho phép tích hợp việc xây dựng chính sách vào quá trình soạn thảo đối với "
                  "các trường hợp cần thiết, qua đó rút ngắn thời gian ban hành."),
            ("p", "<strong>Phân định rõ thẩm quyền</strong>"),
            ("p", "Luật phân định rõ hơn thẩm quyền giữa Quốc hội, Chính phủ, Thủ tướng Chính phủ "
                  "và các bộ, ngành; tăng cường phân cấp, phân quyền cho chính quyền địa phương "
                  "trong việc quy định chi tiết."),
            ("p", "<strong>Tăng cường trách nhiệm người đứng đầu</strong>"),
            ("p", "Người đứng đầu cơ quan chủ trì soạn thảo chịu trách nhiệm trực tiếp về chất "
                  "lượng, tiến độ của dự thảo; việc chậm ban hành văn bản quy định chi tiết sẽ là "
                  "một tiêu chí đánh giá mức độ hoàn thành nhiệm vụ."),
            ("p", "Các đơn vị thuộc Bộ được đề nghị nghiên cứu kỹ những điểm mới này để áp dụng "
                  "thống nhất trong công tác xây dựng văn bản ngay từ năm 2025."),
        ],
        "sig": [("bold_right", "Thanh Hương")],
        "authors": ["Thanh Hương"], "unit": None, "author_field": None,
    },
    {
        "id": "a12", "cat": "tin-hoat-dong", "asset": 361115, "tpl": "A",
        "slug": "chi-bo-vu-phap-che-sinh-hoat-chuyen-de-quy-ii-nam-2025",
        "title": "Chi bộ Vụ Pháp chế sinh hoạt chuyên đề quý II năm 2025",
        "pub": datetime(2025, 5, 20, 17, 5), "upd": None,
        "prefix": None,
        "lead": "Buổi sinh hoạt chuyên đề tập trung vào chủ đề nâng cao chất lượng tham mưu xây "
                "dựng thể chế, gắn với trách nhiệm nêu gương của đảng viên.",
        "lead_style": "summary",
        "thumb": 361120,
        "body": [
            ("p", "Tại buổi sinh hoạt, các đảng viên đã thảo luận thẳng thắn về những khó khăn trong "
                  "quá trình tham mưu, nhất là khi số lượng văn bản cần xây dựng tăng mạnh sau khi "
                  "sắp xếp tổ chức bộ máy."),
            ("img", {"style": "bare", "src": img_doc("chi-bo-sinh-hoat-chuyen-de-q2-jpg"),
                     "caption": None, "credit": None}),
            ("p", "Nhiều ý kiến đề xuất tăng cường trao đổi sớm với các đơn vị chủ trì soạn thảo, "
                  "tránh tình trạng đến giai đoạn thẩm định mới phát hiện những vấn đề lớn về chính "
                  "sách."),
            ("p", "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên đăng ký ít "
                  "nhất một nội dung cụ thể để cải tiến phương pháp làm việc và báo cáo kết quả trong "
                  "kỳ sinh hoạt quý III."),
        ],
        "sig": [("bold_right", "Lê Phương")],
        "authors": ["Lê Phương"], "unit": None, "author_field": None,
    },
]
BY_ID = {a["id"]: a for a in ARTICLES}
OLD_NOTICES = [("Thông báo kết quả xét tuyển viên chức năm 2024", "14/01/2025",
                "thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2024"),
               ("Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ 2025", "20/12/2024",
                "thong-bao-lich-nghi-tet-nguyen-dan-at-ty-2025"),
               ("Thông báo về việc thay đổi địa chỉ thư điện tử công vụ", "02/10/2024",
                "thong-bao-ve-viec-thay-doi-dia-chi-thu-dien-tu-cong-vu")]


def art_path(a: dict) -> str:
    cat = CATS[a["cat"]]
    if cat["short"]:
        return f"/web/guest/{a['cat']}/-/{a['slug']}"
    return f"/web/guest/{a['cat']}/-/asset_publisher/{cat['inst']}/content/{a['slug']}"


def cat_path(cat: str) -> str:
    return f"/web/guest/{cat}"


def page_url(cat: str, cur: int) -> str:
    inst = f"{AP}_INSTANCE_{CATS[cat]['inst']}"
    return (f"/web/guest/{cat}?p_p_id={inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&_{inst}_delta={DELTA}&p_r_p_resetCur=false&_{inst}_cur={cur}")


def summary_of(a: dict) -> str:
    if a["lead"]:
        return a["lead"]
    first = plain(a["body"][0][1])
    words = first.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


# --------------------------------------------------------------------------------------
# chrome
# --------------------------------------------------------------------------------------

def svg(icon: str, extra: str = "") -> str:
    return (f'<svg class="lexicon-icon lexicon-icon-{icon} {extra}" focusable="false" '
            f'role="presentation" viewBox="0 0 512 512"><use href="{THEME}/images/clay/icons.svg'
            f'#{icon}"></use></svg>')


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/web/guest/chuc-nang-nhiem-vu", [
        ("Chức năng, nhiệm vụ", "/web/guest/chuc-nang-nhiem-vu"),
        ("Cơ cấu tổ chức", "/web/guest/co-cau-to-chuc"),
        ("Lãnh đạo Vụ", "/web/guest/lanh-dao-vu"),
    ]),
    ("Tin tức", "/web/guest/tin-hoat-dong", [
        ("Tin hoạt động", "/web/guest/tin-hoat-dong"),
        ("Phổ biến, giáo dục pháp luật", "/web/guest/pho-bien-giao-duc-phap-luat"),
        ("Thông báo", "/web/guest/thong-bao"),
    ]),
    ("Văn bản pháp luật", "/web/guest/van-ban-phap-luat", [
        ("Văn bản quy phạm pháp luật", "/web/guest/van-ban-phap-luat"),
        ("Dự thảo lấy ý kiến", "/web/guest/du-thao-lay-y-kien"),
    ]),
    ("Hỏi đáp pháp luật", SOFT404_URL, []),
    ("Sơ đồ website", "/web/guest/so-do-website", []),
    ("Liên hệ", "/web/guest/lien-he", []),
]


def head(title: str, canonical: str, plid: str, og: dict | None = None) -> str:
    t = int(TODAY.timestamp() * 1000)
    css = [
        f"{THEME}/css/clay.css?browserId=other&themeId=maevuphapche_WAR_maevuphapchetheme"
        f"&minifierType=css&languageId=vi_VN&t={t}",
        f"{THEME}/css/main.css?browserId=other&themeId=maevuphapche_WAR_maevuphapchetheme"
        f"&minifierType=css&languageId=vi_VN&t={t}",
        f"/o/frontend-theme-font-awesome-web/css/main.css?browserId=other&languageId=vi_VN&t={t}",
        f"/combo?browserId=other&minifierType=css&languageId=vi_VN&t={t}"
        "&/o/journal-content-web/css/main.css&/o/asset-publisher-web/css/main.css"
        "&/o/portal-search-web/css/main.css&/o/site-navigation-menu-web/css/main.css"
        "&/o/polls-web/css/main.css&/o/product-navigation-product-menu-web/css/main.css",
    ]
    links = "\n".join(f'<link class="lfr-css-file" data-senna-track="temporary" href="{esc(c)}" '
                      f'id="liferayPortalCSS{i}" rel="stylesheet" type="text/css" />'
                      for i, c in enumerate(css))
    ogs = ""
    if og:
        ogs = "\n".join(
            f'<meta property="og:{k}" content="{esc(v)}" />' for k, v in og.items())
    alt = "\n".join(
        f'<link data-senna-track="temporary" href="{HOST}{"" if lang == "vi" else "/en"}'
        f'{esc(canonical)}" hreflang="{code}" rel="alternate" />'
        for lang, code in (("vi", "vi-VN"), ("en", "en-US"), ("vi", "x-default")))
    return f"""<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Vụ Pháp chế, Bộ Nông nghiệp và Môi trường, pháp chế, văn bản pháp luật" lang="vi-VN" name="keywords" />
<script data-senna-track="permanent" src="/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{HOST}{esc(canonical)}" rel="canonical" />
{alt}
{ogs}
<link href="{THEME}/images/favicon.ico" rel="icon" />
{links}
<style data-senna-track="temporary" type="text/css">
	.portlet-journal-content .portlet-content-container .journal-content-article img {{ max-width: 100%; height: auto; }}
	#p_p_id_{JC}_INSTANCE_footerInfo_ .portlet-content {{ background-color: transparent; border: 0; }}
	#p_p_id_{AP}_INSTANCE_{CATS['tin-hoat-dong']['inst']}_ .asset-title a {{ color: #0b5394; }}
</style>
<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{
	acceptsGzip: function() {{ return true; }},
	getMajorVersion: function() {{ return 0; }},
	getRevision: function() {{ return ""; }},
	getVersion: function() {{ return ""; }},
	isAir: function() {{ return false; }},
	isChrome: function() {{ return false; }},
	isEdge: function() {{ return false; }},
	isFirefox: function() {{ return false; }},
	isGecko: function() {{ return false; }},
	isIe: function() {{ return false; }},
	isIphone: function() {{ return false; }},
	isLinux: function() {{ return false; }},
	isMac: function() {{ return false; }},
	isMobile: function() {{ return false; }},
	isMozilla: function() {{ return false; }},
	isOpera: function() {{ return false; }},
	isRtf: function() {{ return false; }},
	isSafari: function() {{ return false; }},
	isSun: function() {{ return false; }},
	isWebKit: function() {{ return false; }},
	isWindows: function() {{ return false; }}
}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = "#navigation";
Liferay.Data.NAV_SELECTOR_MOBILE = "#navigationCollapse";
Liferay.Data.isCustomizationView = function() {{ return false; }};
Liferay.Data.notices = [];
Liferay.PortletKeys = {{
	DOCUMENT_LIBRARY: "com_liferay_document_library_web_portlet_DLPortlet",
	DYNAMIC_DATA_MAPPING: "com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet",
	ITEM_SELECTOR: "com_liferay_item_selector_web_portlet_ItemSelectorPortlet"
}};
Liferay.PropsValues = {{
	JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
	NTLM_AUTH_ENABLED: false,
	UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
}};
Liferay.ThemeDisplay = {{
	getLayoutId: function() {{ return "{int(plid) - 30}"; }},
	getLayoutRelativeControlPanelURL: function() {{ return "/group/guest/~/control_panel/manage?p_p_id={JC}"; }},
	getLayoutRelativeURL: function() {{ return "{esc(canonical.split('?')[0])}"; }},
	getLayoutURL: function() {{ return "{HOST}{esc(canonical.split('?')[0])}"; }},
	getParentLayoutId: function() {{ return "0"; }},
	isControlPanel: function() {{ return false; }},
	isPrivateLayout: function() {{ return "false"; }},
	isVirtualLayout: function() {{ return false; }},
	getBCP47LanguageId: function() {{ return "vi-VN"; }},
	getCanonicalURL: function() {{ return "{HOST}{esc(canonical)}"; }},
	getCDNBaseURL: function() {{ return "{HOST}"; }},
	getCDNDynamicResourcesHost: function() {{ return ""; }},
	getCDNHost: function() {{ return ""; }},
	getCompanyGroupId: function() {{ return "20133"; }},
	getCompanyId: function() {{ return "{COMPANY_ID}"; }},
	getDefaultLanguageId: function() {{ return "vi_VN"; }},
	getDoAsUserIdEncoded: function() {{ return ""; }},
	getLanguageId: function() {{ return "vi_VN"; }},
	getParentGroupId: function() {{ return "{GROUP_ID}"; }},
	getPathContext: function() {{ return ""; }},
	getPathImage: function() {{ return "/image"; }},
	getPathJavaScript: function() {{ return "/o/frontend-js-web"; }},
	getPathMain: function() {{ return "/c"; }},
	getPathThemeImages: function() {{ return "{HOST}{THEME}/images"; }},
	getPathThemeRoot: function() {{ return "{THEME}"; }},
	getPlid: function() {{ return "{plid}"; }},
	getPortalURL: function() {{ return "{HOST}"; }},
	getRealUserId: function() {{ return "20101"; }},
	getRemoteAddr: function() {{ return "10.10.8.21"; }},
	getRemoteHost: function() {{ return "10.10.8.21"; }},
	getScopeGroupId: function() {{ return "{GROUP_ID}"; }},
	getScopeGroupIdOrLiveGroupId: function() {{ return "{GROUP_ID}"; }},
	getSessionId: function() {{ return ""; }},
	getSiteAdminURL: function() {{ return "{HOST}/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"; }},
	getSiteGroupId: function() {{ return "{GROUP_ID}"; }},
	getURLControlPanel: function() {{ return "/group/control_panel?refererPlid={plid}"; }},
	getURLHome: function() {{ return "{HOST}/web/guest"; }},
	getUserEmailAddress: function() {{ return ""; }},
	getUserId: function() {{ return "20101"; }},
	getUserName: function() {{ return ""; }},
	isAddSessionIdToURL: function() {{ return false; }},
	isImpersonated: function() {{ return false; }},
	isSignedIn: function() {{ return false; }},
	isStagedPortlet: function() {{ return true; }},
	isStateExclusive: function() {{ return false; }},
	isStateMaximized: function() {{ return false; }},
	isStatePopUp: function() {{ return false; }}
}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {{
	getCombine: function() {{ return true; }},
	getComboPath: function() {{ return "/combo/?browserId=other&minifierType=&languageId=vi_VN&t={t}&"; }},
	getDateFormat: function() {{ return "%d/%m/%Y"; }},
	getEditorCKEditorPath: function() {{ return "/o/frontend-editor-ckeditor-web"; }},
	getFilter: function() {{ return "min"; }},
	getFilterConfig: function() {{ return null; }},
	getJavaScriptRootPath: function() {{ return "/o/frontend-js-web"; }},
	getPortletRootPath: function() {{ return "/html/portlet"; }},
	getStaticResourceURLParams: function() {{ return "?browserId=other&minifierType=&languageId=vi_VN&t={t}"; }}
}};
Liferay.authToken = "q7TnW2xe";
Liferay.currentURL = "{esc(canonical)}";
Liferay.currentURLEncoded = "{quote(canonical, safe='')}";
	// ]]>
</script>
<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {{basePath: '', combine: true, defaultURLParams: null, explainResolutions: false, exposeGlobal: false, logLevel: 'warn', moduleType: 'module', namespace:'Liferay', reportMismatchedAnonymousModules: 'warn', resolvePath: '/o/js_resolve_modules', url: '/combo/?browserId=other&minifierType=js&languageId=vi_VN&t={t}&', waitTimeout: 60000}};</script>
<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&mac=9WaMmhziBCkScHZwrrVcOR7VZF4=&browserId=other&languageId=vi_VN&minifierType=js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=other&minifierType=js&languageId=vi_VN&t={t}&/o/frontend-js-aui-web/aui/aui/aui-min.js&/o/frontend-js-aui-web/liferay/modules.js&/o/frontend-js-aui-web/liferay/aui_sandbox.js&/o/frontend-js-aui-web/aui/attribute-base/attribute-base-min.js&/o/frontend-js-aui-web/aui/event-custom-base/event-custom-base-min.js&/o/frontend-js-web/liferay/dependency.js&/o/frontend-js-web/liferay/dom_task_runner.js&/o/frontend-js-web/liferay/events.js&/o/frontend-js-web/liferay/lazy_load.js&/o/frontend-js-web/liferay/liferay.js&/o/frontend-js-web/liferay/global.bundle.js&/o/frontend-js-web/liferay/portlet.js&/o/frontend-js-web/liferay/workflow.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">window.Liferay = Liferay || {{}}; window.Liferay.OAuth2 = {{getAuthorizeURL: function() {{return '{HOST}/o/oauth2/authorize';}}, getBuiltInRedirectURL: function() {{return '{HOST}/o/oauth2/redirect';}}, getIntrospectURL: function() {{ return '{HOST}/o/oauth2/introspect';}}, getTokenURL: function() {{return '{HOST}/o/oauth2/token';}}, getUserAgentApplication: function(externalReferenceCode) {{return Liferay.OAuth2._userAgentApplications[externalReferenceCode];}}, _userAgentApplications: {{}}}}</script>
<script data-senna-track="temporary" type="text/javascript">try {{var MODULE_MAIN='portal-search-web@6.0.86/index';var MODULE_PATH='/o/portal-search-web';AUI().applyConfig({{groups:{{search:{{base:MODULE_PATH+'/js/',combine:Liferay.AUI.getCombine(),filter:Liferay.AUI.getFilterConfig(),modules:{{'liferay-search-bar':{{path:'search_bar.js',requires:[]}},'liferay-search-custom-filter':{{path:'custom_filter.js',requires:[]}},'liferay-search-facet-util':{{path:'facet_util.js',requires:[]}}}},root:MODULE_PATH+'/js/'}}}}}});}} catch(error) {{console.error(error);}}</script>
<script data-senna-track="permanent" src="{THEME}/js/main.js?browserId=other&minifierType=js&languageId=vi_VN&t={t}" type="text/javascript"></script>
</head>"""


def top_header(canonical: str) -> str:
    today = f"{WEEKDAYS[TODAY.weekday()]}, ngày {TODAY:%d/%m/%Y}"
    nav_items = []
    popup = 'aria-haspopup="true" '
    for i, (name, href, children) in enumerate(MENU):
        child_html = ""
        cls = "lfr-nav-item nav-item"
        if children:
            cls += " dropdown lfr-nav-has-children"
            child_html = ('<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">'
                          + "".join(
                              f'<li class="lfr-nav-item" id="layout_{60 + i * 5 + j}" '
                              f'role="presentation"><a aria-labelledby="layout_{60 + i * 5 + j}" '
                              f'class="dropdown-item" href="{esc(h)}" role="menuitem">{esc(n)}</a></li>'
                              for j, (n, h) in enumerate(children))
                          + "</ul>")
        nav_items.append(
            f'<li class="{cls}" id="layout_{12 + i}" role="presentation">'
            f'<a aria-labelledby="layout_{12 + i}" {popup if children else ""}'
            f'class="nav-link text-truncate" href="{esc(href)}" role="menuitem"><span class="text-truncate">'
            f'{esc(name)} {svg("caret-bottom", "ml-1") if children else ""}</span></a>{child_html}</li>')
    return f"""<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="nmlh_quickAccessNav">
	<h1 class="hide-accessible">Điều hướng</h1>
	<ul>
		<li><a href="#main-content">Truy cập nội dung luôn</a></li>
	</ul>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner" role="banner">
	<div class="top-bar bg-primary text-white">
		<div class="container-fluid container-fluid-max-xl d-flex justify-content-between align-items-center py-1">
			<div class="top-date small">{svg("calendar", "mr-1")}<span class="current-date">{today}</span></div>
			<div class="top-links small">
				<a class="text-white mr-3" href="/web/guest/so-do-website">Sơ đồ website</a>
				<a class="text-white mr-3" href="/web/guest/lien-he">Liên hệ</a>
				<a class="text-white mr-3" data-redirect="false" href="{esc(LOGIN_URL)}" rel="nofollow">{svg("user", "mr-1")}Đăng nhập</a>
				<span class="language-selector">
					<a class="text-white font-weight-bold" href="{esc(canonical)}" lang="vi-VN" title="Tiếng Việt">VI</a> |
					<a class="text-white" href="/en{esc(canonical)}" lang="en-US" title="English">EN</a>
				</span>
			</div>
		</div>
	</div>
	<div class="navbar navbar-classic navbar-top py-3 site-header">
		<div class="container-fluid container-fluid-max-xl user-personal-bar">
			<div class="align-items-center autofit-row">
				<a class="logo custom-logo align-items-center d-md-inline-flex logo-md" href="/" title="Đi tới {SITE}">
					<img alt="Quốc huy" class="mr-3" height="72" src="/image/layout_set_logo?img_id=20215&amp;t={int(TODAY.timestamp())}" width="72" />
					<span class="site-title d-block">
						<span class="ministry-name text-uppercase small d-block">{MINISTRY}</span>
						<span class="font-weight-bold h2 mb-0 text-uppercase d-block">{SITE}</span>
					</span>
				</a>
				<div class="autofit-col autofit-col-expand">
					<div class="justify-content-md-end mr-4 navbar-form" role="search">
						<div class="portlet-boundary portlet-boundary_{SB}_  portlet-static portlet-static-end portlet-barebone portlet-search-bar " id="p_p_id_{SB}_INSTANCE_templateSearch_">
							<span id="p_{SB}_INSTANCE_templateSearch"></span>
							<section class="portlet" id="portlet_{SB}_INSTANCE_templateSearch">
								<div class="portlet-content">
									<div class=" portlet-content-container">
										<div class="portlet-body">
											<form action="/web/guest/tim-kiem" class="form search-bar-simple" method="get" name="_{SB}_INSTANCE_templateSearch_fm">
												<div class="input-group search-bar search-bar-simple">
													<div class="input-group-item search-bar-keywords-input-wrapper">
														<input aria-label="Tìm kiếm" class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" data-qa-id="searchInput" id="_{SB}_INSTANCE_templateSearch_q" name="q" placeholder="Tìm kiếm tin tức..." title="Tìm kiếm" type="text" value="" />
														<input name="scope" type="hidden" value="this-site" />
														<div class="input-group-inset-item input-group-inset-item-after">
															<button aria-label="Gửi" class="btn btn-unstyled" type="submit">{svg("search")}</button>
														</div>
													</div>
												</div>
											</form>
										</div>
									</div>
								</div>
							</section>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<div class="navbar navbar-classic navbar-expand-md navbar-dark bg-dark main-menu">
		<div class="container-fluid container-fluid-max-xl">
			<button aria-controls="navigationCollapse" aria-expanded="false" aria-label="Toggle navigation" class="navbar-toggler navbar-toggler-right" data-target="#navigationCollapse" data-toggle="liferay-collapse" type="button"><span class="navbar-toggler-icon"></span></button>
			<div aria-expanded="false" class="collapse navbar-collapse" id="navigationCollapse">
				<div class="portlet-boundary portlet-boundary_{NAV}_  portlet-static portlet-static-end portlet-barebone portlet-navigation " id="p_p_id_{NAV}_INSTANCE_mainMenu_">
					<span id="p_{NAV}_INSTANCE_mainMenu"></span>
					<section class="portlet" id="portlet_{NAV}_INSTANCE_mainMenu">
						<div class="portlet-content">
							<div class=" portlet-content-container">
								<div class="portlet-body">
									<div id="navbar_{NAV}_INSTANCE_mainMenu">
										<ul aria-label="Các trang của trang web" class="navbar-blank navbar-nav navbar-site" role="menubar">
											{"".join(nav_items)}
										</ul>
									</div>
									<script>AUI().use('liferay-navigation-interaction', function(A) {{ (function() {{ var $ = AUI.$; var _ = AUI._; var navigation = A.one('#navbar_{NAV}_INSTANCE_mainMenu'); Liferay.Data.NAV_INTERACTION_LIST_SELECTOR = '.navbar-site'; Liferay.Data.NAV_LIST_SELECTOR = '.navbar-site'; if (navigation) {{ navigation.plug(Liferay.NavigationInteraction); }} }})(); }});</script>
								</div>
							</div>
						</div>
					</section>
				</div>
			</div>
		</div>
	</div>
</header>"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for name, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" '
                       f'title="{esc(name)}"><span class="breadcrumb-text-truncate">{esc(name)}'
                       f'</span></a></li>')
        else:
            lis.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                       f'{esc(name)}</span></li>')
    return f"""<div class="portlet-boundary portlet-boundary_{BC}_  portlet-static portlet-static-end portlet-barebone portlet-breadcrumb " id="p_p_id_{BC}_INSTANCE_pageBreadcrumb_">
	<span id="p_{BC}_INSTANCE_pageBreadcrumb"></span>
	<section class="portlet" id="portlet_{BC}_INSTANCE_pageBreadcrumb">
		<div class="portlet-content">
			<div class=" portlet-content-container">
				<div class="portlet-body">
					<nav aria-label="Breadcrumb" id="_{BC}_INSTANCE_pageBreadcrumb_breadcrumbs-defaultScreen">
						<ol class="breadcrumb">{"".join(lis)}</ol>
					</nav>
				</div>
			</div>
		</div>
	</section>
</div>"""


def portlet(pid: str, cls: str, title: str | None, body: str, decorate: bool = True) -> str:
    base = pid.split("_INSTANCE_")[0]
    ttl = f'<h2 class="portlet-title-text">{esc(title)}</h2>' if title else ""
    deco = "portlet-decorate" if decorate else "portlet-barebone"
    header = ""
    if decorate:
        header = ('<div class="autofit-float autofit-row portlet-header"><div class="autofit-col '
                  'autofit-col-expand">' + ttl + '</div><div class="autofit-col autofit-col-end">'
                  '<div class="autofit-section"><div class="visible-interaction"></div></div></div>'
                  '</div>')
    return f"""<div class="portlet-boundary portlet-boundary_{base}_  portlet-static portlet-static-end {deco} {cls} " id="p_p_id_{pid}_">
	<span id="p_{pid}"></span>
	<section class="portlet" id="portlet_{pid}">
		<div class="portlet-content">
			{header}
			<div class=" portlet-content-container">
				<div class="portlet-body">
{body}
				</div>
			</div>
		</div>
	</section>
</div>"""


def recent_box(exclude: str | None) -> str:
    items = sorted((a for a in ARTICLES if a["id"] != exclude), key=lambda a: a["pub"],
                   reverse=True)[:6]
    lis = "".join(
        f'<li class="list-group-item px-0"><a href="{esc(art_path(a))}">{esc(a["title"])}</a> '
        f'<span class="text-secondary small">({d_short(a["pub"])})</span></li>' for a in items)
    body = f'<div class="journal-content-article" data-analytics-asset-id="20931" data-analytics-asset-title="Tin mới" data-analytics-asset-type="web-content"><ul class="list-group list-group-flush tin-moi">{lis}</ul></div>'
    return portlet(f"{AP}_INSTANCE_sideRecent", "portlet-asset-publisher", "Tin mới nhất", body)


def sidebar(exclude: str | None = None) -> str:
    links = [
        ("Chính phủ", [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
                       ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn")]),
        ("Các bộ, ngành ở TW", [("Bộ Tư pháp", "https://moj.gov.vn"),
                                ("Bộ Tài chính", "https://mof.gov.vn"),
                                ("Bộ Nội vụ", "https://moha.gov.vn")]),
        ("Đơn vị thuộc Bộ", [("Cục Trồng trọt và Bảo vệ thực vật", "https://cuctrongtrot.mae.gov.vn"),
                             ("Cục Quản lý tài nguyên nước", "https://tainguyennuoc.mae.gov.vn"),
                             ("Thanh tra Bộ", "https://thanhtra.mae.gov.vn")]),
        ("Tỉnh ủy, UBND tỉnh", [("UBND tỉnh Lâm Đồng", "https://lamdong.gov.vn"),
                                ("UBND tỉnh Nghệ An", "https://nghean.gov.vn")]),
    ]
    opts = "".join(
        f'<optgroup label="{esc(g)}">' + "".join(
            f'<option value="{esc(u)}">{esc(n)}</option>' for n, u in items) + "</optgroup>"
        for g, items in links)
    poll = f"""<form action="/web/guest/trang-chu?p_p_id={POLL}_INSTANCE_sidePoll&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_{POLL}_INSTANCE_sidePoll_javax.portlet.action=%2Fpolls_display%2Fedit_question" class="form" method="post" name="_{POLL}_INSTANCE_sidePoll_fm">
	<input name="_{POLL}_INSTANCE_sidePoll_formDate" type="hidden" value="{int(TODAY.timestamp() * 1000)}" />
	<input name="_{POLL}_INSTANCE_sidePoll_questionId" type="hidden" value="20967" />
	<p class="font-weight-bold">Bạn đánh giá thế nào về nội dung chuyên mục Hỏi đáp pháp luật?</p>
	<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLL}_INSTANCE_sidePoll_choiceId" type="radio" value="20968" /><span class="custom-control-label"><span class="custom-control-label-text">Rất hữu ích</span></span></label></div>
	<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLL}_INSTANCE_sidePoll_choiceId" type="radio" value="20969" /><span class="custom-control-label"><span class="custom-control-label-text">Hữu ích</span></span></label></div>
	<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLL}_INSTANCE_sidePoll_choiceId" type="radio" value="20970" /><span class="custom-control-label"><span class="custom-control-label-text">Bình thường</span></span></label></div>
	<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLL}_INSTANCE_sidePoll_choiceId" type="radio" value="20971" /><span class="custom-control-label"><span class="custom-control-label-text">Cần cải thiện</span></span></label></div>
	<div class="button-holder"><button class="btn btn-primary btn-sm" type="submit"><span class="lfr-btn-label">Biểu quyết</span></button> <a class="btn btn-link btn-sm" href="javascript:void(0);">Xem kết quả</a></div>
</form>"""
    banners = f"""<div class="journal-content-article" data-analytics-asset-id="20955" data-analytics-asset-title="Banner phải" data-analytics-asset-type="web-content">
	<p><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/documents/{GROUP_ID}/20940/banner-dvcqg.png/6c1f0e2a-2b7d-4d4e-9a1f-0b3d7e6a9c11?t=1704067200000" /></a></p>
	<p><a href="https://vbpl.vn" target="_blank"><img alt="Cơ sở dữ liệu quốc gia về văn bản pháp luật" src="/documents/{GROUP_ID}/20940/banner-vbpl.png/b2d0a7c4-5e3f-4c8a-8d21-7f9e6c3b1a40?t=1704067200000" /></a></p>
	<p><a href="https://pbgdpl.gov.vn" target="_blank"><img alt="Trang thông tin phổ biến, giáo dục pháp luật" src="/documents/{GROUP_ID}/20940/banner-pbgdpl.png/9a4e2c71-0d6b-4f3e-b8c5-3e1a7d2f6b88?t=1704067200000" /></a></p>
</div>"""
    keywords = f"""<div class="journal-content-article" data-analytics-asset-id="20958" data-analytics-asset-title="Từ khóa" data-analytics-asset-type="web-content">
	<div class="tag-cloud">
		<a class="badge badge-light" href="{esc(SEARCH_URL)}">{esc(SEARCH_Q)}</a>
		<a class="badge badge-light" href="/web/guest/tim-kiem?q=th%E1%BA%A9m+%C4%91%E1%BB%8Bnh">thẩm định</a>
		<a class="badge badge-light" href="/web/guest/tim-kiem?q=r%C3%A0+so%C3%A1t">rà soát</a>
		<a class="badge badge-light" href="/web/guest/tim-kiem?q=x%E1%BB%AD+ph%E1%BA%A1t">xử phạt</a>
	</div>
</div>"""
    counter = f"""<div class="journal-content-article thong-ke-truy-cap" data-analytics-asset-id="20962" data-analytics-asset-title="Thống kê truy cập" data-analytics-asset-type="web-content">
	<ul class="list-unstyled mb-0">
		<li>{svg("users", "mr-1")}Đang truy cập: <strong>137</strong></li>
		<li>{svg("calendar", "mr-1")}Hôm nay: <strong>2.914</strong></li>
		<li>{svg("analytics", "mr-1")}Tháng này: <strong>61.388</strong></li>
		<li>{svg("globe", "mr-1")}Tổng lượt truy cập: <strong>4.207.615</strong></li>
	</ul>
</div>"""
    return f"""<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{recent_box(exclude)}
{portlet(f"{JC}_INSTANCE_sideBanners", "portlet-journal-content", None, banners, decorate=False)}
{portlet(f"{JC}_INSTANCE_sideKeywords", "portlet-journal-content", "Từ khóa tìm kiếm nhiều", keywords)}
{portlet(f"{JC}_INSTANCE_sideLinks", "portlet-journal-content", "Liên kết website", '<div class="journal-content-article" data-analytics-asset-id="20950" data-analytics-asset-title="Liên kết website" data-analytics-asset-type="web-content"><select class="form-control lien-ket-website" onchange="if (this.value) window.open(this.value);"><option value="">-- Liên kết website --</option>' + opts + '</select></div>')}
{portlet(f"{POLL}_INSTANCE_sidePoll", "portlet-polls-display", "Thăm dò ý kiến", poll)}
{portlet(f"{JC}_INSTANCE_sideCounter", "portlet-journal-content", "Thống kê truy cập", counter)}
</div>
</div>"""


def footer() -> str:
    footer_body = f"""<div class="journal-content-article" data-analytics-asset-id="20905" data-analytics-asset-title="Chân trang" data-analytics-asset-type="web-content">
	<div class="row">
		<div class="col-md-7">
			<p class="font-weight-bold text-uppercase mb-1">{SITE} - {MINISTRY}</p>
			<p class="mb-1">Địa chỉ: Tòa nhà B, số 14 phố Thụy Khuê, quận Tây Hồ, thành phố Hà Nội</p>
			<p class="mb-1">Điện thoại: 024.3845.7712 - Fax: 024.3845.7719 - Email: phapche@mae.gov.vn</p>
			<p class="mb-1">Chịu trách nhiệm nội dung: Vụ trưởng Vụ Pháp chế</p>
			<p class="small mb-0">Ghi rõ nguồn "Cổng thông tin điện tử {SITE}" khi phát hành lại thông tin từ nguồn này.</p>
		</div>
		<div class="col-md-5 text-md-right">
			<p class="mb-1"><a class="text-white" href="/web/guest/so-do-website">Sơ đồ website</a> | <a class="text-white" href="/web/guest/lien-he">Liên hệ</a> | <a class="text-white" href="{SOFT404_URL}">Hỏi đáp</a></p>
			<p><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/vuphapchemaegovvn-1716281245" title="Chung nhan Tin Nhiem Mang" target="_blank"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=vuphapche.mae.gov.vn" width="150" height="auto" /></a></p>
		</div>
	</div>
</div>"""
    return f"""<footer id="footer" role="contentinfo" class="bg-dark text-white pt-4 pb-3">
	<div class="container-fluid container-fluid-max-xl">
{portlet(f"{JC}_INSTANCE_footerInfo", "portlet-journal-content", None, footer_body, decorate=False)}
	</div>
</footer>
</div>
</div>"""


def bottom_scripts(pids: list[str], plid: str) -> str:
    regs = "\n".join(
        f"\tLiferay.Portlet.register('{p}');\n\tLiferay.Portlet.onLoad({{canEditTitle: false, "
        f"columnPos: {i}, isStatic: 'end', namespacedId: 'p_p_id_{p}_', portletId: '{p}', "
        f"refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{plid}\\x26p_p_id\\x3d{p}"
        f"\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode"
        f"\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d{i}\\x26p_p_col_count\\x3d"
        f"{len(pids)}\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d', refreshURLData: {{}}}});"
        for i, p in enumerate(pids))
    return f"""<script type="text/javascript">
// <![CDATA[
	Liferay.Loader.require('frontend-js-spa-web@5.0.42/index', 'frontend-js-web/index', function(frontendJsSpaWebIndex, frontendJsWebIndex) {{
	(function() {{
		var frontendJsSpaWeb = frontendJsSpaWebIndex;
		frontendJsSpaWeb.default({{
			cacheExpirationTime: -1,
			clearScreensCache: false,
			debugEnabled: false,
			excludedPaths: ["/c/document_library","/documents","/image"],
			excludedTargetPortlets: ["com_liferay_users_admin_web_portlet_UsersAdminPortlet","com_liferay_server_admin_web_portlet_ServerAdminPortlet"],
			loginRedirect: '',
			navigationExceptionSelectors: ':not([target="_blank"]):not([data-senna-off]):not([data-resource-href]):not([data-cke-saved-href]):not([data-cke-saved-href])',
			portletsBlacklist: ["com_liferay_login_web_portlet_CreateAccountPortlet","com_liferay_nested_portlets_web_portlet_NestedPortletsPortlet","com_liferay_site_navigation_directory_web_portlet_SitesDirectoryPortlet","com_liferay_login_web_portlet_LoginPortlet","com_liferay_login_web_portlet_FastLoginPortlet"],
			preloadCSS: false,
			requestTimeout: 0,
			userNotification: {{message: 'Có vẻ như việc này mất nhiều thời gian hơn dự kiến.', timeout: 30000, title: 'Ối'}},
			validStatusCodes: [221,490,494,499,491,492,493,495,220]
		}});
	}})();
	}});
{regs}
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{
		(function() {{
			if (A.UA.mobile) {{ Liferay.Util.addInputCancel(); }}
		}})();
		(function() {{
			new Liferay.Menu();
			var liferayNotices = Liferay.Data.notices;
			for (var i = 0; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}
		}})();
	}});
// ]]>
</script>
<script src="{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t={int(TODAY.timestamp() * 1000)}" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
	AUI().use('liferay-session', function() {{
		Liferay.Session = new Liferay.SessionBase({{autoExtend: true, redirectOnExpire: false, redirectUrl: '{HOST}/web/guest', sessionLength: 1800, sessionTimeoutOffset: 70, warningLength: 0}});
	}});
	// ]]>
</script>
<script data-senna-track="temporary" type="text/javascript">if (window.Analytics) {{ window._com_liferay_document_library_analytics_isViewFileEntry = false; }}</script>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Ẩn</button></form>"""


def page(title: str, canonical: str, plid: str, body_class: str, crumbs, main_html: str,
         pids: list[str], exclude: str | None = None, og: dict | None = None,
         layout: str = "2-1") -> str:
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{head(title, canonical, plid, og)}
<body class="chrome controls-visible {body_class} yui3-skin-sam signed-out public-page site">
{top_header(canonical)}
<section class="flex-fill" id="content">
	<h2 class="hide-accessible" role="heading" aria-level="1">{esc(title)}</h2>
	<div class="container-fluid container-fluid-max-xl pt-3">
{breadcrumb(crumbs) if crumbs else ""}
	<div class="columns-{layout}" id="main-content" role="main">
		<div class="portlet-layout row">
			<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
				<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main_html}
				</div>
			</div>
{sidebar(exclude)}
		</div>
	</div>
	</div>
</section>
{footer()}
{bottom_scripts(pids, plid)}
</body>
</html>
"""
    return nfc(body)


# --------------------------------------------------------------------------------------
# article rendering
# --------------------------------------------------------------------------------------

def render_img(spec: dict, title: str) -> str:
    src, cap, cred = spec["src"], spec.get("caption"), spec.get("credit")
    alt = esc(cap or title)
    st = spec["style"]
    if st == "figure":
        text = spec.get("join", " ").join(x for x in (cap, cred) if x)
        fc = f"<figcaption>{esc(text)}</figcaption>" if text else ""
        return (f'<figure class="image" style="text-align:center"><img alt="{alt}" '
                f'src="{esc(src)}" style="width: 720px; height: 480px;" />{fc}</figure>')
    if st == "figure_br":
        return (f'<figure class="image"><img alt="{alt}" src="{esc(src)}" />'
                f'<figcaption>{esc(cap)}<br /><em>{esc(cred)}</em></figcaption></figure>')
    if st == "phototable":
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
                f'style="width: 100%;"><tbody><tr><td><img alt="{alt}" src="{esc(src)}" '
                f'style="width: 100%;" /></td></tr><tr><td class="image_desc" style="text-align: '
                f'center;"><em>{esc(cap)} ({esc(cred)})</em></td></tr></tbody></table>')
    if st == "italic":
        return (f'<p style="text-align: center;"><img alt="" src="{esc(src)}" style="width: '
                f'700px; height: 420px;" /></p>\n<p style="text-align: center;"><em>'
                f'{esc(cap)}{spec["join"]}{esc(cred)}</em></p>')
    if st == "credit":
        return (f'<p style="text-align: center;"><img alt="{alt}" src="{esc(src)}" /></p>\n'
                f'<p style="text-align: right;"><em>{esc(cred)}</em></p>')
    if st == "bare":
        return f'<p style="text-align: center;"><img alt="" src="{esc(src)}" /></p>'
    raise ValueError(st)


def render_body(a: dict) -> tuple[str, list[str], list[dict]]:
    out, paras, images = [], [], []
    for kind, val in a["body"]:
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{val}</p>')
            paras.append(plain(val))
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in val) + "</ul>")
            paras.extend(plain(x) for x in val)
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                if row[0] == "":  # total row: label spans the STT column
                    cells = [f'<td colspan="2" style="text-align: center;"><strong>{esc(row[1])}'
                             f'</strong></td>'] + [f'<td style="text-align: center;"><strong>'
                                                   f'{esc(c)}</strong></td>' for c in row[2:]]
                    rows.append("<tr>" + "".join(cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(
                        f'<{tag} style="text-align: center;">{esc(c)}</{tag}>' for c in row)
                        + "</tr>")
                paras.append(" | ".join(c for c in row if c))
            out.append('<table border="1" cellpadding="4" cellspacing="0" class="table '
                       'table-bordered" style="width: 100%;"><tbody>' + "".join(rows)
                       + "</tbody></table>")
        elif kind == "img":
            out.append(render_img(val, a["title"]))
            images.append({"src": HOST + val["src"], "caption": val.get("caption"),
                           "credit": val.get("credit")})
        elif kind == "related":
            lis = "".join(
                f'<li><a href="{esc(art_path(BY_ID[i]))}">{esc(BY_ID[i]["title"])}</a> '
                f'<span class="date">({d_short(BY_ID[i]["pub"])})</span></li>' for i, _ in val)
            out.append('<div class="box-tin-lien-quan" style="border-left: 3px solid #0b5394; '
                       'padding: 8px 12px; margin: 12px 0; background: #f3f6fa;"><p><strong>Tin '
                       f'liên quan:</strong></p><ul>{lis}</ul></div>')
        else:
            raise ValueError(kind)
    for kind, val in a["sig"]:
        if kind == "bold_right":
            out.append(f'<p style="text-align: right;"><strong>{esc(val)}</strong></p>')
        elif kind == "nguon":
            out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(val)}</em></p>')
    return "\n".join(out), paras, images


def render_article(a: dict) -> tuple[str, dict]:
    cat = CATS[a["cat"]]
    path = art_path(a)
    body_html, paras, images = render_body(a)
    # lead
    lead_html = ""
    if a["lead"]:
        pre = (a["prefix"] + " ") if a["prefix"] else ""
        if a["lead_style"] == "bold":
            lead_html = f'<div class="sapo"><p><strong>{esc(pre + a["lead"])}</strong></p></div>'
        else:
            lead_html = f'<div class="summary-news text-secondary">{esc(pre + a["lead"])}</div>'
    # date line per ADT
    tpl = a["tpl"]
    if tpl == "A":
        label = "Ngày đăng"
        date_html = (f'<span class="ngay-dang">{svg("time", "mr-1")}Ngày đăng {d_ampm(a["pub"])}</span>')
        if a["upd"]:
            date_html += (f'\n\t\t<span class="ngay-cap-nhat ml-3">Cập nhật {d_ampm(a["upd"])}</span>')
    elif tpl == "B":
        label = None
        date_html = (f'<time class="publish-date" datetime="{a["pub"]:%Y-%m-%dT%H:%M}">'
                     f'{d_weekday(a["pub"])}</time>')
    elif tpl == "C":
        label = "Ngày xuất bản"
        date_html = f'<span class="ngay-xuat-ban">Ngày xuất bản: {d_short(a["pub"])}</span>'
    elif tpl == "D":
        label = "Cập nhật"
        date_html = f'<span class="cap-nhat">Cập nhật: {a["pub"]:%d/%m/%Y %H:%M}</span>'
    else:
        raise ValueError(tpl)
    author_html = (f'<span class="tac-gia ml-3">Tác giả: <strong>{esc(a["author_field"])}</strong></span>'
                   if a["author_field"] else "")
    views = f'{300 + (a["asset"] % 1700):,}'.replace(",", ".")
    attach_html = ""
    if a.get("attach"):
        lis = "".join(
            f'<li class="list-group-item"><a data-senna-off="true" href="/documents/{GROUP_ID}/'
            f'357690/{f}/{a["asset"]:x}-{i}a7c-4e1b-9d3f-{i}b2e8c5a1f0d?t=1747010400000&amp;'
            f'download=true">{svg("document-" + ("pdf" if ext == "pdf" else "text"), "mr-2")}'
            f'{esc(name)}</a> <span class="small text-secondary">({ext.upper()}, {size})</span></li>'
            for i, (f, name, ext, size) in enumerate(a["attach"]))
        attach_html = (f'<div class="tai-lieu-dinh-kem mt-3"><p class="font-weight-bold">'
                       f'{svg("paperclip", "mr-1")}Tài liệu đính kèm:</p><ul class="list-group">'
                       f'{lis}</ul></div>')
    share = (f'<div class="chia-se d-flex justify-content-between border-top pt-2 mt-3">'
             f'<div><a href="javascript:window.print();">{svg("print", "mr-1")}In bài viết</a>'
             f' <a class="ml-3" href="mailto:?subject={quote(a["title"])}&amp;body={HOST}{quote(path)}">'
             f'{svg("envelope-closed", "mr-1")}Gửi email</a>'
             f' <a class="ml-3" href="javascript:history.back();">{svg("angle-left", "mr-1")}Quay lại</a></div>'
             f'<div><a href="https://www.facebook.com/sharer/sharer.php?u={quote(HOST + path, safe="")}"'
             f' rel="noopener" target="_blank">{svg("social-facebook")}</a>'
             f' <a href="https://zalo.me/share?u={quote(HOST + path, safe="")}" rel="noopener"'
             f' target="_blank">Zalo</a></div></div>')
    article_html = f"""<div class="journal-content-article" data-analytics-asset-id="{a['asset']}" data-analytics-asset-title="{esc(a['title'])}" data-analytics-asset-type="web-content">
<div class="tin-chi-tiet">
	<h1 class="tieu-de-tin">{esc(a['title'])}</h1>
	<div class="thong-tin-tin d-flex flex-wrap text-secondary small mb-2">
		{date_html}
		{author_html}
		<span class="luot-xem ml-3">{svg("view", "mr-1")}Lượt xem: {views}</span></div>
	{lead_html}
	<div class="noi-dung-tin">
{body_html}
	</div>
	{attach_html}
	{share}
</div>
</div>"""
    # "Các tin khác" from the same category (other dates)
    others = sorted((o for o in ARTICLES if o["cat"] == a["cat"] and o["id"] != a["id"]),
                    key=lambda o: o["pub"], reverse=True)[:6]
    other_lis = "".join(
        f'<li class="list-group-item px-0"><!-- <img class="asset-small-image" src="{esc(img_thumb(o["thumb"] or 1, o["slug"][:20] + ".jpg"))}" /> -->'
        f'<a href="{esc(art_path(o))}">{esc(o["title"])}</a> <span class="small text-secondary">'
        f'({d_short(o["pub"])})</span></li>' for o in others)
    if a["cat"] == "thong-bao":
        other_lis += "".join(
            f'<li class="list-group-item px-0"><a href="/web/guest/thong-bao/-/{s}">{esc(t)}</a> '
            f'<span class="small text-secondary">({d})</span></li>' for t, d, s in OLD_NOTICES)
    other_html = (f'<div class="cac-tin-khac mt-4"><h3 class="h5 border-bottom pb-1">Các tin khác</h3>'
                  f'<ul class="list-group list-group-flush">{other_lis}</ul>'
                  f'<p class="text-right"><a href="{cat_path(a["cat"])}">Xem tất cả »</a></p></div>')
    inst = f"{AP}_INSTANCE_{cat['inst']}"
    back = (f'<div class="asset-full-content-back mb-2"><a href="{cat_path(a["cat"])}">'
            f'{svg("angle-left")} Trở về</a></div>') if not cat["short"] else ""
    main = portlet(inst, "portlet-asset-publisher", cat["name"],
                   back + '<div class="asset-full-content clearfix default-asset-publisher">'
                   + article_html + "</div>" + other_html)
    suffix = f" - {cat['name']} - {SITE}"
    if a["id"] == "a08":
        suffix = " - Cổng Thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn"  # stale name
    og = {"locale": "vi_VN", "site_name": SITE, "title": a["title"] + " - " + SITE,
          "type": "website", "url": HOST + path}
    if images:
        og["image"] = images[0]["src"]
    html_out = page(a["title"] + suffix, path, cat["plid"], "article-page", [
        ("Trang chủ", "/"), (cat["name"], cat_path(a["cat"]))], main,
        [f"{BC}_INSTANCE_pageBreadcrumb", inst, f"{AP}_INSTANCE_sideRecent",
         f"{POLL}_INSTANCE_sidePoll"], exclude=a["id"], og=og)
    expected = {
        "title": nfc(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": nfc(a["lead"]) if a["lead"] else None,
        "text": nfc("\n\n".join(paras)),
        "published_at": iso(a["pub"]),
        "updated_at": iso(a["upd"]),
        "date_label": label,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat["name"],
    }
    return html_out, {"url": HOST + path, "content_type": "text/html; charset=utf-8",
                      "kind": "article", "expected": expected}


# --------------------------------------------------------------------------------------
# listings and other pages
# --------------------------------------------------------------------------------------

def listing_items(items: list[dict]) -> str:
    out = []
    for a in items:
        thumb = (f'<div class="col-4 col-md-3"><a href="{esc(art_path(a))}"><img alt="{esc(a["title"])}" '
                 f'class="img-fluid asset-small-image" src="{esc(img_thumb(a["thumb"], a["slug"][:24] + ".jpg"))}" />'
                 f'</a></div>') if a["thumb"] else ""
        out.append(f"""<div class="asset-abstract news-item row mb-3 pb-3 border-bottom">
	<!-- <div class="lfr-meta-actions asset-actions"><a href="/group/guest/~/control_panel/manage?p_p_id=com_liferay_journal_web_portlet_JournalPortlet&amp;articleId={a['asset']}">Sửa</a></div> -->
	{thumb}
	<div class="{'col-8 col-md-9' if a['thumb'] else 'col-12'}">
		<h3 class="asset-title h5"><a href="{esc(art_path(a))}">{esc(a['title'])}</a></h3>
		<div class="asset-metadata small text-secondary"><span class="metadata-entry metadata-publish-date">{d_short(a['pub'])}</span><!-- <span class="metadata-entry metadata-view-count">{a['asset'] % 997} lượt xem</span> --></div>
		<div class="asset-summary">{esc(summary_of(a))}</div>
	</div>
</div>""")
    return "\n".join(out)


def pagination(cat: str, cur: int, total: int) -> str:
    pages = (total + DELTA - 1) // DELTA
    inst = f"{AP}_INSTANCE_{CATS[cat]['inst']}"

    def li(label: str, target: int | None, active=False, disabled=False, icon=None):
        cls = "page-item" + (" active" if active else "") + (" disabled" if disabled else "")
        href = "javascript:void(0);" if (target is None or active or disabled) else esc(page_url(cat, target))
        inner = (svg(icon) + f'<span class="sr-only">{label}</span>') if icon else label
        return f'<li class="{cls}"><a class="page-link" href="{href}">{inner}</a></li>'

    lis = [li("Trước", cur - 1, disabled=cur == 1, icon="angle-left")]
    for p in range(1, pages + 1):
        lis.append(li(str(p), p, active=p == cur))
    lis.append(li("Tiếp", cur + 1, disabled=cur == pages, icon="angle-right"))
    start, end = (cur - 1) * DELTA + 1, min(cur * DELTA, total)
    deltas = "".join(
        f'<li><a class="dropdown-item" href="{esc(page_url(cat, 1).replace(f"_delta={DELTA}", f"_delta={d}"))}">{d}</a></li>'
        for d in (5, 10, 20, 40))
    return f"""<div class="pagination-bar" data-qa-id="paginator" id="_{inst}_ocerSearchContainerPageIterator">
	<div class="dropdown pagination-items-per-page">
		<a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);" role="button">{DELTA} mục {svg("caret-double-l")}</a>
		<ul class="dropdown-menu dropdown-menu-top">{deltas}</ul>
	</div>
	<p class="pagination-results">Hiển thị {start} - {end} của {total} kết quả.</p>
	<ul class="pagination">{"".join(lis)}</ul>
</div>
<script>
	function _{inst}_submitForm(curParam, cur) {{
		var data = {{}};
		data[curParam] = cur;
		Liferay.Util.postForm(document._{inst}_pageIteratorFm, {{data: data}});
	}}
</script>"""


def render_category(cat: str, cur: int) -> tuple[str, dict, str]:
    c = CATS[cat]
    items = sorted((a for a in ARTICLES if a["cat"] == cat), key=lambda a: a["pub"], reverse=True)
    total = len(items)
    extra = ""
    if cat == "thong-bao":
        old = OLD_NOTICES
        extra = "\n".join(
            f'<div class="asset-abstract news-item row mb-3 pb-3 border-bottom"><div class="col-12">'
            f'<h3 class="asset-title h5"><a href="/web/guest/thong-bao/-/{s}">{esc(t)}</a></h3>'
            f'<div class="asset-metadata small text-secondary"><span class="metadata-entry '
            f'metadata-publish-date">{d}</span></div></div></div>' for t, d, s in old)
        total += len(old)
    shown = items[(cur - 1) * DELTA: cur * DELTA]
    body = '<div class="asset-publisher-list tin-danh-sach">' + listing_items(shown) + extra + "</div>"
    if len(items) > DELTA:
        body += pagination(cat, cur, len(items))
    inst = f"{AP}_INSTANCE_{c['inst']}"
    main = portlet(inst, "portlet-asset-publisher", c["name"], body)
    url = cat_path(cat) if cur == 1 else page_url(cat, cur)
    title = f"{c['name']} - {SITE}"
    html_out = page(title, url, c["plid"], "category-page", [("Trang chủ", "/"), (c["name"], None)],
                    main, [f"{BC}_INSTANCE_pageBreadcrumb", inst, f"{POLL}_INSTANCE_sidePoll"])
    return html_out, {"url": HOST + url, "content_type": "text/html; charset=utf-8",
                      "kind": "listing"}, url


def render_home() -> tuple[str, dict]:
    latest = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)
    top = latest[0]
    hot = f"""<div class="tin-noi-bat row mb-4">
	<div class="col-md-7"><a href="{esc(art_path(top))}"><img alt="{esc(top['title'])}" class="img-fluid" src="{esc(img_thumb(top['thumb'], 'noi-bat.jpg').replace('Thumbnail-300x300', 'Preview-1000x0'))}" /></a></div>
	<div class="col-md-5">
		<h2 class="h4"><a href="{esc(art_path(top))}">{esc(top['title'])}</a></h2>
		<p class="small text-secondary">{d_short(top['pub'])}</p>
		<p>{esc(summary_of(top))}</p>
	</div>
</div>"""
    blocks = []
    for cat, c in CATS.items():
        items = [a for a in latest if a["cat"] == cat][:DELTA]
        inst = f"{AP}_INSTANCE_home{c['inst'][:6]}"
        body = ('<div class="asset-publisher-list">' + listing_items(items) + '</div>'
                f'<p class="text-right"><a class="xem-them" href="{cat_path(cat)}">Xem thêm »</a></p>')
        blocks.append(portlet(inst, "portlet-asset-publisher", c["name"], body))
    # older items of Tin hoạt động are on page 2: the home page also links the rest
    older = [a for a in latest if a["cat"] == "tin-hoat-dong"][DELTA:]
    older_html = "".join(
        f'<li><a href="{esc(art_path(a))}">{esc(a["title"])}</a> <span class="small text-secondary">'
        f'({d_short(a["pub"])})</span></li>' for a in older)
    blocks.append(portlet(f"{AP}_INSTANCE_homeOlder", "portlet-asset-publisher", "Tin đã đưa",
                          f'<ul class="tin-da-dua">{older_html}</ul>'))
    main = portlet(f"{AP}_INSTANCE_homeHot", "portlet-asset-publisher", None, hot,
                   decorate=False) + "\n" + "\n".join(blocks)
    html_out = page(f"Trang chủ - {SITE}", "/", "10", "home-page", None, main,
                    [f"{AP}_INSTANCE_homeHot", f"{POLL}_INSTANCE_sidePoll"], og={
                        "locale": "vi_VN", "site_name": SITE, "title": f"Trang chủ - {SITE}",
                        "type": "website", "url": HOST + "/"})
    return html_out, {"url": HOST + "/", "content_type": "text/html; charset=utf-8",
                      "kind": "listing"}


def simple_page(path: str, kind: str, title: str, plid: str, crumbs, inner: str,
                pid: str, cls: str, ptitle: str | None) -> tuple[str, dict]:
    main = portlet(pid, cls, ptitle, inner)
    html_out = page(f"{title} - {SITE}", path, plid, f"{kind}-page", crumbs, main,
                    [pid, f"{POLL}_INSTANCE_sidePoll"])
    return html_out, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}


def render_static() -> tuple[str, dict]:
    duties = [
        "Chủ trì xây dựng chương trình, kế hoạch xây dựng văn bản quy phạm pháp luật hằng năm "
        "của Bộ; theo dõi, đôn đốc việc thực hiện.",
        "Thẩm định dự thảo văn bản quy phạm pháp luật thuộc thẩm quyền ban hành của Bộ trưởng; "
        "tham gia ý kiến đối với dự thảo do đơn vị khác chủ trì soạn thảo.",
        "Tổ chức tự kiểm tra, kiểm tra theo thẩm quyền, rà soát, hệ thống hóa văn bản quy phạm "
        "pháp luật thuộc phạm vi quản lý của Bộ.",
        "Tổ chức công tác phổ biến, giáo dục pháp luật; hỗ trợ pháp lý cho doanh nghiệp; theo dõi "
        "tình hình thi hành pháp luật trong các lĩnh vực quản lý của Bộ.",
        "Tham mưu, giúp Bộ trưởng thực hiện công tác bồi thường nhà nước, tham gia tố tụng theo "
        "phân công.",
        "Thực hiện các nhiệm vụ khác do Bộ trưởng giao.",
    ]
    inner = ('<div class="journal-content-article" data-analytics-asset-id="20990" '
             'data-analytics-asset-title="Chức năng, nhiệm vụ" data-analytics-asset-type="web-content">'
             '<h1 class="h3">Chức năng, nhiệm vụ của Vụ Pháp chế</h1>'
             '<p style="text-align: justify;">Vụ Pháp chế là tổ chức thuộc Bộ Nông nghiệp và Môi '
             'trường, có chức năng tham mưu, giúp Bộ trưởng thực hiện quản lý nhà nước bằng pháp luật '
             'trong các ngành, lĩnh vực thuộc phạm vi quản lý của Bộ và tổ chức thực hiện công tác '
             'pháp chế theo quy định.</p><p><strong>Vụ Pháp chế có các nhiệm vụ chủ yếu sau:</strong>'
             '</p><ol>' + "".join(f"<li>{esc(d)}</li>" for d in duties) + '</ol>'
             '<p>Vụ Pháp chế có Vụ trưởng, các Phó Vụ trưởng và công chức làm việc theo chế độ kết hợp '
             'giữa chuyên viên và tổ chuyên môn. Vụ có 03 phòng: Phòng Xây dựng văn bản, Phòng Kiểm tra '
             'và Rà soát văn bản, Phòng Phổ biến, giáo dục pháp luật.</p></div>')
    return simple_page("/web/guest/chuc-nang-nhiem-vu", "static", "Chức năng, nhiệm vụ", "21",
                       [("Trang chủ", "/"), ("Giới thiệu", None)], inner,
                       f"{JC}_INSTANCE_gioiThieu", "portlet-journal-content", "Giới thiệu")


def render_contact() -> tuple[str, dict]:
    rows = [
        ("Lãnh đạo Vụ", "Phạm Văn Thành", "Vụ trưởng", "024.3845.7700", "thanhpv@mae.gov.vn"),
        ("Lãnh đạo Vụ", "Nguyễn Thị Minh Ngọc", "Phó Vụ trưởng", "024.3845.7701", "ngocntm@mae.gov.vn"),
        ("Lãnh đạo Vụ", "Lê Hoàng Sơn", "Phó Vụ trưởng", "024.3845.7702", "sonlh@mae.gov.vn"),
        ("Văn phòng Vụ", "Đỗ Thị Hạnh", "Chánh Văn phòng", "024.3845.7712", "hanhdt@mae.gov.vn"),
        ("Phòng Xây dựng văn bản", "Vũ Đức Long", "Trưởng phòng", "024.3845.7720", "longvd@mae.gov.vn"),
        ("Phòng Kiểm tra và Rà soát văn bản", "Bùi Thị Thu", "Trưởng phòng", "024.3845.7730",
         "thubt@mae.gov.vn"),
        ("Phòng Phổ biến, giáo dục pháp luật", "Hoàng Lan", "Phó Trưởng phòng", "024.3845.7740",
         "lanh@mae.gov.vn"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    inner = ('<div class="journal-content-article" data-analytics-asset-id="20995" '
             'data-analytics-asset-title="Liên hệ" data-analytics-asset-type="web-content">'
             '<h1 class="h3">Thông tin liên hệ</h1>'
             f'<p><strong>{SITE} - {MINISTRY}</strong></p>'
             '<p>Địa chỉ: Tòa nhà B, số 14 phố Thụy Khuê, quận Tây Hồ, thành phố Hà Nội<br />'
             'Điện thoại: 024.3845.7712 - Fax: 024.3845.7719<br />Thư điện tử: phapche@mae.gov.vn</p>'
             '<h2 class="h5">Danh bạ điện thoại</h2>'
             '<table class="table table-bordered table-sm"><thead><tr><th>Đơn vị</th><th>Họ và tên</th>'
             '<th>Chức vụ</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead><tbody>' + trs +
             '</tbody></table></div>')
    return simple_page("/web/guest/lien-he", "contact", "Liên hệ", "29",
                       [("Trang chủ", "/"), ("Liên hệ", None)], inner,
                       f"{JC}_INSTANCE_lienHe", "portlet-journal-content", "Liên hệ")


def render_search() -> tuple[str, dict]:
    hits = [a for a in ARTICLES if "phổ biến" in (a["title"] + " " + (a["lead"] or "")
                                                 + " ".join(plain(v) for k, v in a["body"] if k == "p")).lower()]
    hits = sorted(hits, key=lambda a: a["pub"], reverse=True)
    lis = []
    for a in hits:
        snippet = esc(summary_of(a)[:160]).replace("phổ biến", '<span class="search-highlight">phổ biến</span>')
        lis.append(f"""<li class="list-group-item list-group-item-flex">
	<div class="autofit-col"><span class="sticker sticker-secondary">{svg("web-content")}</span></div>
	<div class="autofit-col autofit-col-expand">
		<section class="autofit-section">
			<a class="link-primary single-link" href="{esc(art_path(a))}"><strong>{esc(a['title'])}</strong></a>
			<p class="list-group-subtext"><span class="subtext-item">Nội dung web</span> <span class="subtext-item">{d_short(a['pub'])}</span></p>
			<p class="search-document-content text-default">{snippet}</p>
		</section>
	</div>
</li>""")
    inner = (f'<p class="search-total-label">Tìm thấy {len(hits)} kết quả cho <strong>{esc(SEARCH_Q)}'
             '</strong>.</p><ul class="display-list list-group" id="_' + SR
             + '_INSTANCE_searchResults_results">' + "".join(lis) + "</ul>")
    return simple_page(SEARCH_URL, "search", "Tìm kiếm", "31",
                       [("Trang chủ", "/"), ("Tìm kiếm", None)], inner,
                       f"{SR}_INSTANCE_searchResults", "portlet-search-results", "Kết quả tìm kiếm")


def render_soft404() -> tuple[str, dict]:
    inner = ('<div class="journal-content-article" data-analytics-asset-id="20999" '
             'data-analytics-asset-title="Không tìm thấy trang" data-analytics-asset-type="web-content">'
             '<div class="text-center py-5"><p class="display-4 text-secondary">404</p>'
             '<h1 class="h3">Không tìm thấy trang</h1>'
             '<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>'
             '<p><a class="btn btn-primary" href="/">Về trang chủ</a></p></div></div>')
    return simple_page(SOFT404_URL, "soft_404", "Không tìm thấy trang", "33",
                       [("Trang chủ", "/"), ("Không tìm thấy trang", None)], inner,
                       f"{JC}_INSTANCE_notFound", "portlet-journal-content", None)


def render_sitemap() -> tuple[str, dict]:
    def ul(items):
        return "<ul>" + "".join(
            f'<li><a href="{esc(h)}">{esc(n)}</a>' + (ul(ch) if ch else "") + "</li>"
            for n, h, ch in items) + "</ul>"
    tree = [(n, h, [(cn, ch, []) for cn, ch in c]) for n, h, c in MENU]
    tree.append(("Tìm kiếm", "/web/guest/tim-kiem", []))
    inner = f'<div class="lfr-site-map taglib-site-map">{ul(tree)}</div>'
    return simple_page("/web/guest/so-do-website", "sitemap", "Sơ đồ website", "35",
                       [("Trang chủ", "/"), ("Sơ đồ website", None)], inner,
                       f"{SITEMAP}_INSTANCE_soDo", "portlet-site-map", "Sơ đồ website")


def render_login() -> tuple[str, dict]:
    ns = f"_{LOGIN}_"
    inner = f"""<div class="login-container">
	<form action="/web/guest/trang-chu?p_p_id={LOGIN}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;{ns}javax.portlet.action=%2Flogin%2Flogin&amp;p_auth=q7TnW2xe" autocomplete="on" class="form sign-in-form" data-fm-namespace="{ns}" id="{ns}loginForm" method="post" name="{ns}loginForm">
		<input class="field form-control" id="{ns}formDate" name="{ns}formDate" type="hidden" value="{int(TODAY.timestamp() * 1000)}" />
		<input class="field form-control" id="{ns}saveLastPath" name="{ns}saveLastPath" type="hidden" value="false" />
		<input class="field form-control" id="{ns}doActionAfterLogin" name="{ns}doActionAfterLogin" type="hidden" value="false" />
		<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}login">Địa chỉ thư điện tử</label><input autocomplete="username" class="field clearable form-control" id="{ns}login" name="{ns}login" type="text" value="" /></div>
		<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}password">Mật khẩu</label><input autocomplete="current-password" class="field form-control" id="{ns}password" name="{ns}password" type="password" value="" /></div>
		<div class="form-group form-inline input-checkbox-wrapper"><label for="{ns}rememberMe"><input class="field" id="{ns}rememberMe" name="{ns}rememberMe" type="checkbox" /> Ghi nhớ đăng nhập</label></div>
		<div class="button-holder"><button class="btn btn-primary" type="submit"><span class="lfr-btn-label">Đăng nhập</span></button></div>
	</form>
	<div class="navigation"><ul class="lfr-icon-list"><li><a href="/web/guest/trang-chu?p_p_id={LOGIN}&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;{ns}mvcRenderCommandName=%2Flogin%2Fforgot_password&amp;saveLastPath=false" rel="nofollow">{svg("key", "mr-1")}Quên mật khẩu</a></li></ul></div>
</div>"""
    return simple_page(LOGIN_URL, "login", "Đăng nhập", "10",
                       [("Trang chủ", "/"), ("Đăng nhập", None)], inner,
                       LOGIN, "portlet-login", "Đăng nhập")


def write(name: str, html_text: str, meta: dict) -> None:
    (OUT / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")


def main() -> None:
    for a in ARTICLES:
        h, m = render_article(a)
        write(a["id"], h, m)
    h, m = render_home()
    write("home", h, m)
    h, m, _ = render_category("tin-hoat-dong", 1)
    write("tin-hoat-dong", h, m)
    h, m, _ = render_category("tin-hoat-dong", 2)
    write("tin-hoat-dong-p2", h, m)
    h, m, _ = render_category("pho-bien-giao-duc-phap-luat", 1)
    write("pho-bien-giao-duc-phap-luat", h, m)
    h, m, _ = render_category("thong-bao", 1)
    write("thong-bao", h, m)
    for name, fn in (("chuc-nang-nhiem-vu", render_static), ("lien-he", render_contact),
                     ("tim-kiem", render_search), ("soft-404", render_soft404),
                     ("so-do-website", render_sitemap), ("dang-nhap", render_login)):
        h, m = fn()
        write(name, h, m)


if __name__ == "__main__":
    main()
