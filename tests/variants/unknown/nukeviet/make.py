"""Write the `unknown/nukeviet` variant mini-site: a district portal on NukeViet 4.

    /work/main/.venv/bin/python tests/variants/unknown/nukeviet/make.py

Page shapes follow NukeViet 4's default theme and its `news`, `page`, `contact`, `statistics`
and `voting` module templates (see TEMPLATE.md); every text is invented for this corpus.
The truth of each article is computed from the same blocks the HTML is rendered from.
"""

from __future__ import annotations

import html
import json
import unicodedata
from datetime import datetime
from pathlib import Path

import lxml.html

OUT = Path(__file__).resolve().parent
HOST = "https://tanphuocson.gov.vn"
SITE = "Cổng thông tin điện tử huyện Tân Phước Sơn"
SITE_SHORT = "Huyện Tân Phước Sơn"
TODAY = "Thứ hai, 18/03/2024"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CT = "text/html; charset=utf-8"

# alias -> (title, parent alias or None, id)
CATS = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, 1),
    "kinh-te": ("Kinh tế", None, 2),
    "van-hoa-xa-hoi": ("Văn hóa - Xã hội", None, 3),
    "giao-duc": ("Giáo dục", "van-hoa-xa-hoi", 6),
    "thong-bao": ("Thông báo", None, 4),
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    """What a reader sees of an HTML fragment: NFC, whitespace collapsed."""
    node = lxml.html.fragment_fromstring(f"<div>{fragment}</div>")
    return unicodedata.normalize("NFC", " ".join(node.text_content().split()))


def slug(s: str) -> str:
    """NukeViet's change_alias(): ASCII, lower case, words joined by '-'."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


def wd(dt: datetime) -> str:
    return WEEKDAYS[dt.weekday()]


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def art_url(a: dict) -> str:
    """Rewritten detail URL, or the raw index.php form for items linked that way."""
    if a.get("raw_url"):
        return f"/index.php?language=vi&nv=news&op={a['cat']}/{a['alias']}-{a['id']}"
    return f"/news/{a['cat']}/{a['alias']}-{a['id']}.html"


def cat_url(alias: str, page: int = 1) -> str:
    return f"/news/{alias}/" + (f"page-{page}" if page > 1 else "")


# ---------------------------------------------------------------------------------------------
# Articles. Blocks: ("p", html) paragraph; ("h", html) bold sub-heading paragraph;
# ("ul", [html]) list; ("table", rows, total_row) data table; ("img_em"|"img_table"|"figure"|
# "figure_paren", src, caption, credit) photo; ("img_em_credit_line", src, caption, credit);
# ("sig", html) bold right-aligned signature; ("src_line", html) "Nguồn: ..." line;
# ("related", [(title, url, date)]) related box inside the body.
# ---------------------------------------------------------------------------------------------

ARTICLES: list[dict] = [
    {
        "id": 1286, "cat": "tin-tuc-su-kien",
        "alias": "ubnd-huyen-trien-khai-ke-hoach-cai-cach-hanh-chinh-nam-2024",
        "title": "UBND huyện triển khai kế hoạch cải cách hành chính năm 2024",
        "publ": datetime(2024, 3, 14, 9, 15), "edit": datetime(2024, 3, 14, 10, 2, 41),
        "date_style": "default",
        "lead": "Sáng 13/3, UBND huyện Tân Phước Sơn tổ chức hội nghị triển khai kế hoạch cải cách "
                "hành chính năm 2024 với sự tham dự của lãnh đạo các phòng, ban chuyên môn và Chủ "
                "tịch UBND các xã, thị trấn.",
        "homeimg": ("imgfull", "/uploads/news/2024_03/hoi-nghi-cchc-2024.jpg",
                    "Phó Chủ tịch UBND huyện Nguyễn Đình Khoa phát biểu chỉ đạo tại hội nghị"),
        "blocks": [
            ("p", "Theo báo cáo tại hội nghị, năm 2023 huyện đã tiếp nhận và giải quyết 18.452 hồ sơ "
                  "thủ tục hành chính, trong đó 98,6% hồ sơ được giải quyết trước và đúng hạn. Chỉ số "
                  "hài lòng của người dân đối với sự phục vụ của cơ quan hành chính cấp huyện tiếp tục "
                  "được cải thiện, xếp thứ 4 trong toàn tỉnh."),
            ("p", "Bên cạnh kết quả đạt được, công tác cải cách hành chính vẫn còn một số hạn chế "
                  "như: tỷ lệ hồ sơ trực tuyến toàn trình ở một số xã còn thấp; việc số hóa kết quả "
                  "giải quyết thủ tục hành chính chưa đồng đều; một bộ phận cán bộ, công chức chưa "
                  "thành thạo kỹ năng sử dụng phần mềm một cửa điện tử."),
            ("p", "Năm 2024, UBND huyện đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung "
                  "cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến "
                  "đạt từ 60% trở lên; 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được "
                  "số hóa và lưu trữ điện tử.&nbsp;"),
            ("p", "Phát biểu chỉ đạo, Phó Chủ tịch UBND huyện <strong>Nguyễn Đình Khoa</strong> đề "
                  "nghị thủ trưởng các cơ quan, đơn vị xác định cải cách hành chính là nhiệm vụ trọng "
                  "tâm, gắn trách nhiệm người đứng đầu với kết quả thực hiện; tăng cường kiểm tra đột "
                  "xuất việc chấp hành kỷ luật, kỷ cương hành chính tại bộ phận một cửa các cấp."),
            ("p", "Ông cũng yêu cầu Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện "
                  "tham mưu xây dựng bộ tiêu chí đánh giá, xếp loại cải cách hành chính đối với các "
                  "xã, thị trấn, hoàn thành trong quý II/2024."),
            ("p", "Dịp này, UBND huyện đã trao giấy khen cho 5 tập thể và 9 cá nhân có thành tích "
                  "xuất sắc trong công tác cải cách hành chính năm 2023."),
        ],
        "author": "Hồ Quang Vinh", "source": "Văn phòng HĐND và UBND huyện",
        "truth_authors": ["Hồ Quang Vinh"], "truth_unit": "Văn phòng HĐND và UBND huyện",
        "tags": ["cải cách hành chính", "một cửa điện tử"], "hits": 412,
    },
    {
        "id": 1279, "cat": "kinh-te",
        "alias": "toan-huyen-gieo-cay-hon-4-200-ha-lua-vu-dong-xuan-2023-2024",
        "title": "Toàn huyện gieo cấy hơn 4.200 ha lúa vụ Đông Xuân 2023 - 2024",
        "publ": datetime(2024, 2, 5, 14, 30), "edit": datetime(2024, 2, 6, 8, 11, 5),
        "date_style": "label_pipe", "date_label": "Ngày đăng",
        "lead": "Đến hết ngày 02/02/2024, các địa phương trong huyện đã cơ bản hoàn thành gieo cấy "
                "lúa vụ Đông Xuân, vượt 1,8% so với kế hoạch.",
        "blocks": [
            ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, vụ Đông Xuân năm nay thời "
                  "tiết tương đối thuận lợi, lượng nước tưới tại các hồ chứa đủ đáp ứng cho toàn bộ "
                  "diện tích. Các xã đã chỉ đạo bà con gieo sạ tập trung, đúng lịch thời vụ, sử dụng "
                  "giống lúa có năng suất, chất lượng cao."),
            ("p", "Diện tích gieo cấy cụ thể tại các địa phương như sau:"),
            ("table", [
                ["TT", "Địa phương", "Diện tích (ha)", "So với kế hoạch (%)"],
                ["1", "Xã Phước Hòa", "1.025,4", "101,2"],
                ["2", "Xã Tân Lập", "986,0", "102,5"],
                ["3", "Xã Sơn Thủy", "812,7", "100,9"],
                ["4", "Xã An Bình", "768,3", "103,1"],
                ["5", "Thị trấn Phước Sơn", "215,6", "99,4"],
                ["6", "Xã Hòa Mỹ", "421,8", "101,6"],
            ], ["Tổng cộng", "4.229,8", "101,8"]),
            ("p", "Cơ cấu giống chủ lực gồm HN6, Khang dân 18, Thiên ưu 8 và một số giống lúa chất "
                  "lượng cao như ST25, Hà Phát 3. Diện tích sản xuất lúa theo hướng hữu cơ, liên kết "
                  "bao tiêu sản phẩm đạt khoảng 350 ha, tăng 60 ha so với cùng vụ năm trước."),
            ("p", "Để bảo vệ diện tích lúa đã gieo cấy, Phòng Nông nghiệp và Phát triển nông thôn đề "
                  "nghị UBND các xã chỉ đạo các hợp tác xã thường xuyên thăm đồng, kịp thời phát hiện "
                  "và phòng trừ chuột, ốc bươu vàng, bệnh đạo ôn; chủ động điều tiết nước hợp lý "
                  "trong giai đoạn lúa đẻ nhánh."),
            ("sig", "Phòng Nông nghiệp và PTNT"),
        ],
        "truth_authors": [], "truth_unit": "Phòng Nông nghiệp và PTNT",
        "tags": ["Đông Xuân", "sản xuất nông nghiệp"], "hits": 268,
    },
    {
        "id": 1247, "cat": "tin-tuc-su-kien",
        "alias": "doan-cong-tac-cua-tinh-kiem-tra-tien-do-xay-dung-nong-thon-moi-nang-cao-tai-xa-an-binh",
        "title": "Đoàn công tác của tỉnh kiểm tra tiến độ xây dựng nông thôn mới nâng cao tại xã "
                 "An Bình",
        "publ": datetime(2023, 11, 21, 8, 45), "edit": datetime(2023, 11, 21, 8, 45, 0),
        "date_style": "label_time_first", "date_label": "Cập nhật",
        "lead": "Ngày 20/11, Đoàn công tác của Văn phòng Điều phối nông thôn mới tỉnh do ông Trương "
                "Công Hậu, Phó Chánh Văn phòng làm trưởng đoàn đã kiểm tra tiến độ thực hiện các tiêu "
                "chí nông thôn mới nâng cao tại xã An Bình.",
        "blocks": [
            ("p", "Báo cáo với đoàn, lãnh đạo UBND xã An Bình cho biết, đến nay xã đã đạt 17/19 tiêu "
                  "chí nông thôn mới nâng cao; hai tiêu chí còn lại là tiêu chí về thu nhập và tiêu "
                  "chí về môi trường đang được tập trung thực hiện, dự kiến hoàn thành trong tháng "
                  "12/2023."),
            ("img_table", "/uploads/news/2023_11/kiem-tra-ntm-an-binh.jpg",
             "Đoàn công tác kiểm tra tuyến đường giao thông nông thôn tại thôn Bình Minh", None),
            ("p", "Thu nhập bình quân đầu người của xã năm 2023 ước đạt 58,5 triệu đồng, tăng 6,2 "
                  "triệu đồng so với năm 2022. Xã đã hình thành 3 sản phẩm OCOP đạt 3 sao gồm nước "
                  "mắm An Bình, mè xửng gừng và bánh ít lá gai."),
            ("related", [
                ("Huyện Tân Phước Sơn phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao",
                 "/news/tin-tuc-su-kien/huyen-tan-phuoc-son-phan-dau-co-them-2-xa-dat-chuan-nong-"
                 "thon-moi-nang-cao-1203.html", "15/08/2023"),
                ("Xã An Bình ra quân làm đường giao thông nông thôn",
                 "/news/tin-tuc-su-kien/xa-an-binh-ra-quan-lam-duong-giao-thong-nong-thon-1188.html",
                 "26/07/2023"),
            ]),
            ("p", "Sau khi kiểm tra thực tế, trưởng đoàn Trương Công Hậu ghi nhận sự nỗ lực của cấp "
                  "ủy, chính quyền và nhân dân xã An Bình. Ông đề nghị xã rà soát kỹ hồ sơ minh chứng "
                  "từng tiêu chí, chú trọng chất lượng và tính bền vững, tránh chạy theo thành tích."),
            ("p", "Đối với tiêu chí môi trường, đoàn đề nghị xã đẩy mạnh phân loại rác thải tại nguồn, "
                  "nhân rộng mô hình “Tuyến đường hoa, cây xanh”, vận động người dân di dời chuồng "
                  "trại chăn nuôi ra khỏi khu dân cư."),
            ("sig", "Thanh Bình"),
        ],
        "truth_authors": ["Thanh Bình"], "truth_unit": None,
        "tags": ["nông thôn mới"], "hits": 530,
    },
    {
        "id": 1262, "cat": "van-hoa-xa-hoi",
        "alias": "soi-noi-hoi-thi-van-nghe-quan-chung-chao-mung-xuan-giap-thin-2024",
        "title": "Sôi nổi Hội thi văn nghệ quần chúng chào mừng Xuân Giáp Thìn 2024",
        "publ": datetime(2024, 1, 12, 15, 40), "edit": datetime(2024, 1, 13, 7, 58, 12),
        "date_style": "comma_dash",
        "prefix": "(TTVH-TT) -",
        "lead": "Hội thi thu hút 14 đội văn nghệ đến từ các xã, thị trấn và cơ quan, đơn vị trên địa "
                "bàn huyện với gần 300 diễn viên, nghệ nhân tham gia.",
        "blocks": [
            ("p", "Sáng ngày 10/01/2024, tại Nhà văn hóa trung tâm huyện, Trung tâm Văn hóa - Thông "
                  "tin và Thể thao huyện phối hợp với Phòng Văn hóa và Thông tin tổ chức khai mạc Hội "
                  "thi văn nghệ quần chúng chào mừng Xuân Giáp Thìn năm 2024."),
            ("img_em", "/uploads/news/2024_01/hoi-thi-van-nghe-2024.jpg",
             "Tiết mục múa “Sắc xuân quê hương” của đội văn nghệ xã Phước Hòa.", "Ảnh: Phan Thảo"),
            ("p", "Qua hai ngày tranh tài, các đội đã mang đến 42 tiết mục thuộc nhiều thể loại như hát "
                  "đơn ca, song ca, tốp ca, múa, hò và kịch ngắn. Nội dung các tiết mục ca ngợi Đảng, "
                  "Bác Hồ, tình yêu quê hương đất nước và những đổi thay của huyện nhà sau 20 năm "
                  "thành lập."),
            ("p", "Nhiều tiết mục được dàn dựng công phu, kết hợp hài hòa giữa chất liệu dân ca truyền "
                  "thống và âm nhạc hiện đại, để lại ấn tượng tốt đẹp cho khán giả. Đặc biệt, các điệu "
                  "hò giã gạo, hò khoan của đội nghệ nhân cao tuổi xã Sơn Thủy đã nhận được tràng "
                  "pháo tay kéo dài."),
            ("img_em", "/uploads/news/2024_01/trao-giai-hoi-thi.jpg",
             "Ban tổ chức trao giải Nhất toàn đoàn cho đội văn nghệ xã Sơn Thủy.", "Ảnh: Phan Thảo"),
            ("p", "Kết quả, Ban tổ chức đã trao giải Nhất toàn đoàn cho đội văn nghệ xã Sơn Thủy; giải "
                  "Nhì cho đội xã Phước Hòa và đội Trường THPT Tân Phước Sơn; giải Ba cho các đội xã "
                  "An Bình, thị trấn Phước Sơn và Công an huyện. Ngoài ra, Ban tổ chức còn trao 12 "
                  "giải cá nhân cho các diễn viên có phần trình diễn xuất sắc."),
            ("sig", "Phan Thảo"),
        ],
        "truth_authors": ["Phan Thảo"], "truth_unit": None,
        "tags": ["văn nghệ quần chúng", "Xuân Giáp Thìn"], "hits": 377,
    },
    {
        "id": 1291, "cat": "thong-bao", "raw_url": True,
        "alias": "thong-bao-lay-y-kien-du-thao-phuong-an-boi-thuong-ho-tro-du-an-duong-lien-xa-"
                 "tan-lap-hoa-my",
        "title": "Thông báo lấy ý kiến dự thảo phương án bồi thường, hỗ trợ dự án Đường liên xã Tân "
                 "Lập - Hòa Mỹ",
        "publ": datetime(2024, 3, 4, 16, 20), "edit": datetime(2024, 3, 4, 16, 20, 0),
        "date_style": "default", "lead": None,
        "blocks": [
            ("p", "Hội đồng bồi thường, hỗ trợ và tái định cư huyện niêm yết công khai dự thảo phương "
                  "án bồi thường, hỗ trợ cho các hộ có đất bị thu hồi để xây dựng Đường liên xã Tân "
                  "Lập - Hòa Mỹ."),
            ("p", "Thời gian lấy ý kiến: 20 ngày kể từ ngày ban hành thông báo. Ý kiến gửi về UBND xã "
                  "Tân Lập."),
            ("p", "Chi tiết xem tại file đính kèm."),
        ],
        "files": [("Thông báo số 86/TB-HĐBT", "/uploads/news/2024_03/tb-86-hdbt.pdf")],
        "source": "Phòng Tài nguyên và Môi trường",
        "truth_authors": [], "truth_unit": "Phòng Tài nguyên và Môi trường",
        "tags": [], "hits": 96, "no_rating": True,
    },
    {
        "id": 1270, "cat": "kinh-te",
        "alias": "xa-phuoc-hoa-ra-mat-hop-tac-xa-nong-nghiep-huu-co",
        "title": "Xã Phước Hòa ra mắt Hợp tác xã nông nghiệp hữu cơ",
        "publ": datetime(2024, 2, 23, 10, 5), "edit": datetime(2024, 2, 26, 14, 30, 9),
        "date_style": "cap_weekday",
        "lead": "Hợp tác xã nông nghiệp hữu cơ Phước Hòa vừa chính thức ra mắt với 27 thành viên "
                "sáng lập, vốn điều lệ 1,2 tỷ đồng.",
        "blocks": [
            ("p", "Hợp tác xã hoạt động trong lĩnh vực sản xuất rau, củ, quả theo tiêu chuẩn hữu cơ; "
                  "cung ứng vật tư nông nghiệp, phân bón vi sinh và tiêu thụ sản phẩm cho thành viên. "
                  "Trong giai đoạn đầu, hợp tác xã triển khai sản xuất trên diện tích 8,5 ha tại thôn "
                  "Hòa Đông và thôn Hòa Tây."),
            ("img_em_credit_line", "/uploads/news/2024_02/ra-mat-htx-phuoc-hoa.jpg",
             "Lãnh đạo huyện tặng hoa chúc mừng Hội đồng quản trị hợp tác xã", "Ảnh: Minh Châu"),
            ("p", "Ông Lê Văn Tám, Giám đốc hợp tác xã cho biết, đơn vị đã ký kết hợp đồng bao tiêu "
                  "sản phẩm với hai doanh nghiệp phân phối nông sản tại thành phố, bảo đảm đầu ra ổn "
                  "định cho thành viên. Hợp tác xã cũng đang hoàn thiện hồ sơ đề nghị cấp mã số vùng "
                  "trồng và chứng nhận hữu cơ cho 3 ha rau ăn lá."),
            ("p", "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND huyện ghi nhận sự chủ động của xã "
                  "Phước Hòa trong phát triển kinh tế tập thể, đồng thời đề nghị hợp tác xã xây dựng "
                  "phương án sản xuất kinh doanh bài bản, minh bạch tài chính, phát huy vai trò cầu "
                  "nối giữa nông dân với doanh nghiệp."),
            ("p", "Dịp này, UBND huyện hỗ trợ hợp tác xã 150 triệu đồng từ nguồn kinh phí khuyến nông "
                  "để đầu tư hệ thống tưới nhỏ giọt và nhà lưới."),
        ],
        "author": "Minh Châu",
        "truth_authors": ["Minh Châu"], "truth_unit": None,
        "tags": ["hợp tác xã", "nông nghiệp hữu cơ"], "hits": 189,
    },
    {
        "id": 1255, "cat": "giao-duc",
        "alias": "truong-thcs-tan-lap-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        "title": "Trường THCS Tân Lập đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        "publ": datetime(2023, 12, 15, 9, 30), "edit": datetime(2023, 12, 15, 9, 41, 27),
        "date_style": "default",
        "lead": "Chiều 14/12, Trường THCS Tân Lập long trọng tổ chức lễ đón nhận Bằng công nhận "
                "trường đạt chuẩn quốc gia mức độ 1 và trường đạt kiểm định chất lượng giáo dục cấp "
                "độ 2.",
        "blocks": [
            ("p", "Trường THCS Tân Lập được thành lập năm 1995, hiện có 18 lớp với 612 học sinh, 38 "
                  "cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ "
                  "đào tạo. Những năm qua, nhà trường luôn duy trì tỷ lệ học sinh lên lớp đạt trên "
                  "99%, tỷ lệ học sinh tốt nghiệp THCS đạt 100%."),
            ("figure", "/uploads/news/2023_12/thcs-tan-lap-don-bang.jpg",
             "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia cho Trường THCS Tân Lập",
             None),
            ("p", "Để đạt chuẩn, nhà trường đã được đầu tư xây dựng thêm khối phòng học bộ môn, nhà đa "
                  "năng và khu vệ sinh với tổng kinh phí hơn 9 tỷ đồng. Cùng với đó, tập thể sư phạm "
                  "nhà trường đã không ngừng đổi mới phương pháp dạy học, đẩy mạnh ứng dụng công nghệ "
                  "thông tin, nâng cao chất lượng giáo dục toàn diện."),
            ("p", "Trong năm học 2022 - 2023, trường có 21 học sinh đạt giải học sinh giỏi cấp huyện, "
                  "4 học sinh đạt giải cấp tỉnh; phong trào văn nghệ, thể dục thể thao được duy trì sôi "
                  "nổi."),
            ("figure", "/uploads/news/2023_12/thcs-tan-lap-van-nghe.jpg",
             "Tiết mục văn nghệ chào mừng của học sinh nhà trường", None),
            ("p", "Phát biểu tại buổi lễ, Trưởng phòng Giáo dục và Đào tạo huyện Võ Thị Hạnh đề nghị "
                  "nhà trường tiếp tục giữ vững và phát huy các tiêu chuẩn đã đạt được, tham mưu lộ "
                  "trình xây dựng trường đạt chuẩn quốc gia mức độ 2 trong giai đoạn 2025 - 2027."),
        ],
        "author": "Trần Thị Mỹ Linh", "source": "Phòng Giáo dục và Đào tạo",
        "truth_authors": ["Trần Thị Mỹ Linh"], "truth_unit": "Phòng Giáo dục và Đào tạo",
        "tags": ["trường chuẩn quốc gia"], "hits": 641,
    },
    {
        "id": 1259, "cat": "van-hoa-xa-hoi", "nfd": True,
        "alias": "ra-soat-ho-ngheo-ho-can-ngheo-cuoi-nam-2023-hoan-thanh-dung-tien-do",
        "title": "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2023 hoàn thành đúng tiến độ",
        "publ": datetime(2024, 1, 15, 0, 0), "edit": datetime(2024, 1, 15, 10, 17, 3),
        "date_style": "label_date_only", "date_label": "Ngày đăng", "lead": None,
        "blocks": [
            ("p", "Theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023, toàn huyện còn 512 hộ "
                  "nghèo, chiếm tỷ lệ 3,12%, giảm 1,05% so với đầu năm; số hộ cận nghèo là 738 hộ, "
                  "chiếm tỷ lệ 4,49%."),
            ("p", "Công tác rà soát được các xã, thị trấn triển khai từ ngày 01/9/2023 theo đúng quy "
                  "trình, bảo đảm dân chủ, công khai, minh bạch; các trường hợp có ý kiến thắc mắc "
                  "đều được Ban chỉ đạo giảm nghèo cấp xã kiểm tra, xác minh lại."),
            ("p", "Nguyên nhân nghèo chủ yếu là do thiếu vốn sản xuất, thiếu lao động, có người ốm "
                  "đau, bệnh hiểm nghèo. Một số hộ tái nghèo do thiên tai, dịch bệnh làm mất nguồn thu "
                  "nhập."),
            ("p", "Năm 2024, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2,5%; tiếp tục thực hiện "
                  "đầy đủ, kịp thời các chính sách hỗ trợ về y tế, giáo dục, nhà ở và tín dụng ưu đãi "
                  "cho hộ nghèo, hộ cận nghèo; ưu tiên nguồn lực cho các thôn đặc biệt khó khăn."),
            ("src_line", "Nguồn: Phòng Lao động - Thương binh và Xã hội"),
        ],
        "truth_authors": [], "truth_unit": "Phòng Lao động - Thương binh và Xã hội",
        "tags": ["giảm nghèo"], "hits": 254,
    },
    {
        "id": 1221, "cat": "tin-tuc-su-kien",
        "alias": "chu-dong-ung-pho-voi-dot-mua-lon-tren-dia-ban-huyen",
        "title": "Chủ động ứng phó với đợt mưa lớn trên địa bàn huyện",
        "publ": datetime(2023, 10, 2, 7, 30), "edit": datetime(2023, 10, 3, 15, 10, 0),
        "updated": datetime(2023, 10, 3, 15, 10),
        "date_style": "label_updated", "date_label": "Đăng ngày",
        "lead": "Trước diễn biến phức tạp của đợt mưa lớn từ ngày 02 - 05/10, Ban Chỉ huy phòng, "
                "chống thiên tai và tìm kiếm cứu nạn huyện đã ban hành công điện yêu cầu các địa "
                "phương, đơn vị triển khai ngay các biện pháp ứng phó.",
        "homeimg": ("imgthumb", "/uploads/news/2023_10/mua-lon-thang-10.jpg",
                    "Lực lượng chức năng cắm biển cảnh báo tại ngầm tràn thôn Hòa Đông"),
        "blocks": [
            ("p", "Theo Đài Khí tượng Thủy văn tỉnh, từ đêm 02/10 đến hết ngày 05/10, khu vực huyện "
                  "có mưa to đến rất to, tổng lượng mưa phổ biến 250 - 400 mm, có nơi trên 500 mm. "
                  "Nguy cơ cao xảy ra lũ quét, sạt lở đất ở vùng núi và ngập úng tại vùng trũng thấp."),
            ("p", "Ban Chỉ huy yêu cầu UBND các xã, thị trấn:"),
            ("ul", [
                "Theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời cho người dân để chủ động "
                "phòng tránh;",
                "Tổ chức kiểm tra, rà soát các khu vực có nguy cơ sạt lở, sẵn sàng sơ tán người dân "
                "đến nơi an toàn;",
                "Bố trí lực lượng canh gác, hướng dẫn giao thông tại các ngầm tràn, đoạn đường bị "
                "ngập sâu;",
                "Kiểm tra, vận hành an toàn các hồ chứa thủy lợi, không để xảy ra sự cố.",
            ]),
            ("p", "<strong>Cập nhật lúc 15 giờ ngày 03/10:</strong> Mưa lớn đã làm ngập cục bộ một số "
                  "tuyến đường liên thôn tại xã Hòa Mỹ và xã Sơn Thủy, chưa có thiệt hại về người. Lực "
                  "lượng dân quân tự vệ đã hỗ trợ di dời 23 hộ dân với 81 nhân khẩu đến nơi an toàn."),
            ("sig", "Ban Chỉ huy PCTT và TKCN huyện"),
        ],
        "truth_authors": [], "truth_unit": "Ban Chỉ huy PCTT và TKCN huyện",
        "tags": ["phòng chống thiên tai", "mưa lũ"], "hits": 1033,
    },
    {
        "id": 1214, "cat": "kinh-te",
        "alias": "day-manh-thanh-toan-khong-dung-tien-mat-tai-cac-cho-truyen-thong",
        "title": "Đẩy mạnh thanh toán không dùng tiền mặt tại các chợ truyền thống",
        "publ": datetime(2023, 10, 18, 9, 12), "edit": datetime(2023, 10, 18, 9, 12, 0),
        "date_style": "weekday_comma",
        "lead": "Thời gian qua, mô hình “Chợ 4.0” được triển khai tại 5 chợ trên địa bàn huyện, góp "
                "phần thay đổi thói quen sử dụng tiền mặt của tiểu thương và người dân.",
        "blocks": [
            ("p", "Tại chợ Phước Sơn, hơn 80% tiểu thương đã có mã QR thanh toán đặt tại quầy hàng. "
                  "Người mua chỉ cần dùng điện thoại quét mã là có thể thanh toán nhanh chóng, không "
                  "phải lo tiền lẻ hay tiền giả."),
            ("p", "Bà Nguyễn Thị Lài, tiểu thương bán thực phẩm khô cho biết: <em>“Lúc đầu tôi còn lo "
                  "không biết dùng, nhưng được các bạn đoàn viên thanh niên hướng dẫn tận tình nên "
                  "giờ đã quen. Khách trẻ bây giờ hầu như đều chuyển khoản, rất tiện.”</em>"),
            ("p", "Để nhân rộng mô hình, UBND huyện chỉ đạo triển khai một số giải pháp:"),
            ("ul", [
                "Phối hợp với các ngân hàng thương mại hỗ trợ mở tài khoản, cấp mã QR miễn phí cho "
                "tiểu thương;",
                "Huy động tổ công nghệ số cộng đồng ở thôn, tổ dân phố hướng dẫn người dân sử dụng "
                "ứng dụng ngân hàng;",
                "Khuyến khích thu phí chợ, tiền điện, tiền nước và học phí qua hình thức chuyển "
                "khoản.",
            ]),
            ("p", "Mục tiêu đến cuối năm 2024, 100% chợ trên địa bàn huyện có tiểu thương chấp nhận "
                  "thanh toán không dùng tiền mặt; tỷ lệ người trưởng thành có tài khoản giao dịch tại "
                  "ngân hàng đạt trên 80%."),
            ("sig", "Lê Thị Thu Hà"),
        ],
        "truth_authors": ["Lê Thị Thu Hà"], "truth_unit": None,
        "tags": ["chuyển đổi số", "thanh toán không dùng tiền mặt"], "hits": 302,
    },
    {
        "id": 1251, "cat": "giao-duc",
        "alias": "truong-tieu-hoc-son-thuy-to-chuc-ngay-hoi-doc-sach",
        "title": "Trường Tiểu học Sơn Thủy tổ chức Ngày hội đọc sách",
        "publ": datetime(2023, 12, 5, 14, 0), "edit": datetime(2023, 12, 5, 14, 0, 0),
        "date_style": "gmt",
        "lead": "Ngày hội nhằm khơi dậy niềm đam mê đọc sách, hình thành thói quen đọc cho học sinh "
                "ngay từ những năm đầu cấp.",
        "blocks": [
            ("p", "Tham gia ngày hội, các em học sinh được tham quan các gian trưng bày sách theo chủ "
                  "đề, nghe giới thiệu sách, thi kể chuyện theo sách và vẽ tranh theo nội dung câu "
                  "chuyện yêu thích. Mỗi lớp đều thiết kế một góc trưng bày riêng với nhiều ý tưởng "
                  "sáng tạo."),
            ("figure_paren", "/uploads/news/2023_12/ngay-hoi-doc-sach-son-thuy.jpg",
             "Học sinh khối 3 tham gia phần thi kể chuyện theo sách", "Ảnh: Trường TH Sơn Thủy"),
            ("p", "Thầy giáo Phạm Văn Đức, Hiệu trưởng nhà trường cho biết, thư viện trường hiện có "
                  "hơn 4.500 đầu sách, trong đó nhiều sách do phụ huynh và các nhà hảo tâm tặng. Nhà "
                  "trường duy trì tiết đọc thư viện 1 tiết/tuần cho tất cả các lớp và mô hình “Tủ "
                  "sách lớp học” tại 15/15 lớp."),
            ("p", "Dịp này, nhà trường phát động phong trào quyên góp sách cũ, ủng hộ tủ sách cho điểm "
                  "trường thôn Khe Tre; kết quả đã thu được hơn 600 cuốn sách, truyện các loại."),
        ],
        "source": "Trường Tiểu học Sơn Thủy",
        "truth_authors": [], "truth_unit": "Trường Tiểu học Sơn Thủy",
        "tags": ["văn hóa đọc"], "hits": 158,
    },
    {
        "id": 1238, "cat": "tin-tuc-su-kien",
        "alias": "ky-hop-thu-13-hdnd-huyen-khoa-xii-thong-qua-9-nghi-quyet-quan-trong",
        "title": "Kỳ họp thứ 13 HĐND huyện khóa XII thông qua 9 nghị quyết quan trọng",
        "publ": datetime(2023, 12, 28, 17, 5), "edit": datetime(2024, 1, 2, 8, 20, 55),
        "date_style": "default",
        "lead": "Sau 2 ngày làm việc khẩn trương, nghiêm túc, chiều 27/12, Kỳ họp thứ 13 Hội đồng "
                "nhân dân huyện khóa XII, nhiệm kỳ 2021 - 2026 đã bế mạc.",
        "homeimg": ("imgfull", "/uploads/news/2023_12/ky-hop-thu-13-hdnd.jpg", None),
        "blocks": [
            ("p", "Tại kỳ họp, các đại biểu HĐND huyện đã nghe và thảo luận các báo cáo về tình hình "
                  "thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023 và "
                  "phương hướng, nhiệm vụ năm 2024; báo cáo công tác của Thường trực HĐND, các Ban "
                  "HĐND huyện; báo cáo của Tòa án nhân dân, Viện Kiểm sát nhân dân và Chi cục Thi "
                  "hành án dân sự huyện."),
            ("h", "Kinh tế tiếp tục tăng trưởng khá"),
            ("p", "Năm 2023, tổng giá trị sản xuất trên địa bàn huyện ước đạt 6.850 tỷ đồng, tăng "
                  "9,4% so với năm 2022; thu nhập bình quân đầu người đạt 56 triệu đồng; thu ngân "
                  "sách nhà nước trên địa bàn đạt 312 tỷ đồng, vượt 14% dự toán tỉnh giao. Toàn huyện "
                  "có thêm 1 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 4 xã."),
            ("p", "Các lĩnh vực văn hóa - xã hội có nhiều chuyển biến tích cực; công tác chăm lo cho "
                  "các đối tượng chính sách, người có công được thực hiện đầy đủ, kịp thời. Quốc "
                  "phòng - an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm."),
            ("h", "Chất vấn, trả lời chất vấn thẳng thắn"),
            ("p", "Phiên chất vấn diễn ra sôi nổi với 11 lượt đại biểu nêu câu hỏi, tập trung vào các "
                  "vấn đề cử tri quan tâm như: tiến độ giải phóng mặt bằng các công trình trọng điểm, "
                  "chất lượng nước sinh hoạt tại khu vực thị trấn, tình trạng ô nhiễm môi trường tại "
                  "cụm công nghiệp Phước Sơn."),
            ("p", "Lãnh đạo UBND huyện và thủ trưởng các phòng, ban liên quan đã trả lời thẳng thắn, "
                  "nhận trách nhiệm và đưa ra giải pháp khắc phục cụ thể, có thời hạn."),
            ("h", "Thông qua 9 nghị quyết"),
            ("p", "Kỳ họp đã biểu quyết thông qua 9 nghị quyết, trong đó có: Nghị quyết về nhiệm vụ "
                  "phát triển kinh tế - xã hội năm 2024; Nghị quyết về dự toán thu, chi ngân sách và "
                  "phân bổ ngân sách huyện năm 2024; Nghị quyết về kế hoạch đầu tư công năm 2024; "
                  "Nghị quyết về chương trình giám sát của HĐND huyện năm 2024."),
            ("p", "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND huyện Hoàng Văn Lực đề nghị UBND huyện, "
                  "các ngành và địa phương khẩn trương triển khai thực hiện các nghị quyết vừa được "
                  "thông qua, phấn đấu hoàn thành thắng lợi các chỉ tiêu năm 2024, tạo đà hoàn thành "
                  "các mục tiêu của nhiệm kỳ."),
        ],
        "author": "Hồ Quang Vinh", "source": "Văn phòng HĐND và UBND huyện",
        "truth_authors": ["Hồ Quang Vinh"], "truth_unit": "Văn phòng HĐND và UBND huyện",
        "tags": ["HĐND huyện", "kỳ họp"], "hits": 719,
    },
]

# Items of the listings that have no page here (links to them answer 404 on the test server).
FILLERS = [
    ("tin-tuc-su-kien", 1289, "huyen-doan-ra-quan-thang-thanh-nien-nam-2024",
     "Huyện đoàn ra quân Tháng Thanh niên năm 2024", datetime(2024, 3, 11, 16, 2)),
    ("tin-tuc-su-kien", 1283, "ban-thuong-vu-huyen-uy-lam-viec-voi-dang-uy-xa-hoa-my",
     "Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Hòa Mỹ", datetime(2024, 3, 7, 10, 44)),
    ("tin-tuc-su-kien", 1276, "gap-mat-ky-niem-ngay-thay-thuoc-viet-nam",
     "Gặp mặt kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam", datetime(2024, 2, 27, 9, 20)),
    ("tin-tuc-su-kien", 1268, "le-giao-nhan-quan-nam-2024",
     "Lễ giao nhận quân năm 2024: 126 thanh niên lên đường nhập ngũ", datetime(2024, 2, 20, 11, 5)),
    ("tin-tuc-su-kien", 1265, "lanh-dao-huyen-tham-chuc-tet-cac-gia-dinh-chinh-sach",
     "Lãnh đạo huyện thăm, chúc Tết các gia đình chính sách", datetime(2024, 2, 2, 15, 10)),
    ("tin-tuc-su-kien", 1257, "hoi-nghi-tong-ket-cong-tac-tu-phap-nam-2023",
     "Hội nghị tổng kết công tác tư pháp năm 2023", datetime(2024, 1, 10, 8, 30)),
    ("tin-tuc-su-kien", 1243, "tiep-xuc-cu-tri-truoc-ky-hop-thu-13",
     "Đại biểu HĐND huyện tiếp xúc cử tri trước Kỳ họp thứ 13", datetime(2023, 12, 6, 14, 25)),
    ("tin-tuc-su-kien", 1232, "dien-tap-khu-vuc-phong-thu-xa-son-thuy",
     "Diễn tập chiến đấu phòng thủ xã Sơn Thủy năm 2023", datetime(2023, 11, 9, 7, 55)),
    ("tin-tuc-su-kien", 1203, "huyen-tan-phuoc-son-phan-dau-co-them-2-xa-dat-chuan-nong-thon-moi-"
     "nang-cao", "Huyện Tân Phước Sơn phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao",
     datetime(2023, 8, 15, 9, 0)),
    ("kinh-te", 1284, "khoi-cong-cau-khe-tre", "Khởi công xây dựng cầu Khe Tre",
     datetime(2024, 3, 8, 9, 30)),
    ("kinh-te", 1263, "thu-ngan-sach-thang-1-dat-12-du-toan",
     "Thu ngân sách tháng 1 đạt 12% dự toán", datetime(2024, 1, 30, 16, 40)),
    ("kinh-te", 1226, "cum-cong-nghiep-phuoc-son-thu-hut-them-2-du-an",
     "Cụm công nghiệp Phước Sơn thu hút thêm 2 dự án", datetime(2023, 10, 25, 10, 15)),
    ("van-hoa-xa-hoi", 1281, "tiem-vac-xin-soi-rubella-cho-tre-em",
     "Tiêm vắc xin sởi - rubella cho trẻ em trên địa bàn huyện", datetime(2024, 3, 6, 8, 0)),
    ("van-hoa-xa-hoi", 1249, "giai-bong-da-thieu-nien-nhi-dong",
     "Bế mạc Giải bóng đá thiếu niên, nhi đồng huyện năm 2023", datetime(2023, 11, 27, 17, 30)),
    ("giao-duc", 1240, "hoi-thi-giao-vien-day-gioi-cap-huyen",
     "Hội thi giáo viên dạy giỏi cấp huyện bậc mầm non", datetime(2023, 11, 30, 10, 0)),
    ("thong-bao", 1288, "thong-bao-lich-tiep-cong-dan-thang-3-2024",
     "Thông báo lịch tiếp công dân định kỳ tháng 3/2024", datetime(2024, 3, 1, 8, 0)),
    ("thong-bao", 1273, "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024",
     "Thông báo tuyển dụng viên chức giáo dục năm 2024", datetime(2024, 2, 26, 15, 30)),
    ("thong-bao", 1260, "thong-bao-nghi-tet-nguyen-dan-giap-thin",
     "Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024", datetime(2024, 1, 16, 9, 0)),
]


FILLER_LEADS = {
    1289: "Sáng 10/3, Ban Thường vụ Huyện đoàn tổ chức lễ ra quân với nhiều công trình thanh niên.",
    1283: "Đoàn công tác nghe báo cáo kết quả thực hiện nghị quyết của Đảng bộ xã năm 2023.",
    1276: "Lãnh đạo huyện gửi lời chúc mừng đến đội ngũ y, bác sĩ của Trung tâm Y tế huyện.",
    1268: "Các tân binh được gia đình, người thân và nhân dân địa phương tiễn lên đường.",
    1265: "Đoàn trao 215 suất quà cho gia đình chính sách, người có công trên địa bàn huyện.",
    1257: "Năm 2023, công tác phổ biến, giáo dục pháp luật được triển khai đồng bộ ở cơ sở.",
    1243: "Cử tri kiến nghị nhiều nội dung liên quan đến đất đai, giao thông nông thôn.",
    1232: "Cuộc diễn tập diễn ra an toàn, đạt mục đích, yêu cầu đề ra.",
    1203: "Hai xã được chọn để tập trung nguồn lực là xã An Bình và xã Tân Lập.",
    1284: "Cầu có tổng mức đầu tư 18 tỷ đồng, dự kiến hoàn thành trong năm 2025.",
    1263: "Nhiều khoản thu đạt khá so với cùng kỳ, nhất là thu từ tiền sử dụng đất.",
    1226: "Hai dự án chế biến gỗ và may mặc đăng ký tổng vốn đầu tư hơn 120 tỷ đồng.",
    1281: "Chiến dịch dự kiến tiêm cho hơn 3.000 trẻ từ 1 đến 5 tuổi.",
    1249: "Giải quy tụ 12 đội bóng thiếu niên, nhi đồng của các xã, thị trấn.",
    1240: "Hội thi có 46 giáo viên mầm non tham gia tiết dạy thực hành.",
    1288: "Lãnh đạo UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng.",
    1273: "Chỉ tiêu tuyển dụng năm 2024 là 38 viên chức giáo dục các cấp học.",
    1260: "Cán bộ, công chức, viên chức được nghỉ Tết từ ngày 08/02 đến hết ngày 14/02/2024.",
}


def all_items() -> list[dict]:
    """Every news item known to the site (written pages and fillers), newest first."""
    items = [dict(a, written=True) for a in ARTICLES]
    for cat, nid, alias, title, publ in FILLERS:
        items.append({"id": nid, "cat": cat, "alias": alias, "title": title, "publ": publ,
                      "written": False, "hits": 80 + nid % 300,
                      "lead": FILLER_LEADS[nid]})
    items.sort(key=lambda x: x["publ"], reverse=True)
    return items


def hometext_of(item: dict) -> str:
    lead = item.get("lead")
    if lead:
        return ((item.get("prefix") + " ") if item.get("prefix") else "") + lead
    return plain(item["blocks"][0][1]) if item.get("blocks") else ""


def thumb(item: dict) -> str:
    return f"/assets/news/{item['publ']:%Y_%m}/{item['alias'][:40]}.jpg"


# ---------------------------------------------------------------------------------------------
# Chrome
# ---------------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang nhất", []),
    ("/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html", "Giới thiệu", [
        ("/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html", "Vị trí địa lý, điều kiện tự nhiên"),
        ("/gioi-thieu/lich-su-hinh-thanh.html", "Lịch sử hình thành"),
        ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ("/gioi-thieu/lanh-dao-huyen.html", "Lãnh đạo huyện"),
    ]),
    ("/news/tin-tuc-su-kien/", "Tin tức - Sự kiện", [
        ("/news/kinh-te/", "Kinh tế"),
        ("/news/van-hoa-xa-hoi/", "Văn hóa - Xã hội"),
        ("/news/giao-duc/", "Giáo dục"),
        ("/news/quoc-phong-an-ninh/", "Quốc phòng - An ninh"),
    ]),
    ("/news/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", [
        ("/van-ban/", "Văn bản chỉ đạo điều hành"),
        ("/van-ban/du-thao/", "Dự thảo văn bản"),
    ]),
    ("/lich-cong-tac/", "Lịch công tác", []),
    ("https://dichvucong.gov.vn/", "Dịch vụ công", []),
    ("/contact/", "Liên hệ", []),
]

LINK_BOXES = [
    ("Cổng TTĐT Chính phủ", "https://chinhphu.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Bộ Tài chính", "https://mof.gov.vn/"),
    ("Bộ Nông nghiệp và PTNT", "https://mard.gov.vn/"),
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn/"),
    ("Tỉnh ủy", "https://tinhuy.example.gov.vn/"),
    ("UBND tỉnh", "https://ubnd.example.gov.vn/"),
    ("Sở Nội vụ", "https://sonv.example.gov.vn/"),
    ("Sở Tài chính", "https://stc.example.gov.vn/"),
    ("Sở Nông nghiệp và PTNT", "https://snnptnt.example.gov.vn/"),
    ("Sở Giáo dục và Đào tạo", "https://sgddt.example.gov.vn/"),
    ("Sở Y tế", "https://syt.example.gov.vn/"),
    ("Sở Tư pháp", "https://stp.example.gov.vn/"),
    ("UBND huyện Hòa Vang Đông", "https://hoavangdong.example.gov.vn/"),
    ("UBND huyện Sơn Mỹ", "https://sonmy.example.gov.vn/"),
    ("UBND thị xã Bình Phú", "https://binhphu.example.gov.vn/"),
]

HEAD_CSS = """
.section-header{background:#0c5aa6 url(/themes/tanphuocson/images/header-bg.jpg) no-repeat center top}
.section-header .logo img{max-height:96px}.site_name{font:700 26px/1.2 Roboto,Arial;color:#ffe600;
text-transform:uppercase;text-shadow:1px 1px 2px #003}.site_description{color:#fff;font-size:15px}
.section-nav{background:#b3141b}.navbar-default{background:transparent;border:0;margin:0}
.navbar-default .navbar-nav>li>a{color:#fff;font-weight:700;text-transform:uppercase;padding:12px 14px}
.navbar-default .navbar-nav>li>a:hover,.navbar-default .navbar-nav>.active>a{background:#8a0f14;color:#ff0}
.third-nav .bg{background:#f1f5fb;border-bottom:1px solid #d6e0ee}.current-time{float:right;color:#555;
font-style:italic;padding:8px 0}.breadcrumbs li{display:inline-block}.breadcrumbs li a{color:#0c5aa6}
.panel-primary>.panel-heading{background:#0c5aa6;border-color:#0c5aa6;text-transform:uppercase;font-weight:700}
.news_column .panel-body h3 a{color:#0c3f78;font-weight:700}.news_column .text-muted{font-size:12px}
.hometext{font-weight:700;text-align:justify;margin-bottom:12px}.bodytext{text-align:justify;font-size:15px;
line-height:1.6}.bodytext img{max-width:100%;height:auto}.bodytext table.image td.image_caption{font-style:
italic;text-align:center;font-size:13px}.bodytext figure.image{display:table;margin:10px auto}.bodytext
figure.image figcaption{display:table-caption;caption-side:bottom;font-style:italic;text-align:center}
.counter li{display:table-row}.counter li span{display:table-cell;padding:3px 6px}.counter li span+span{
text-align:right;font-weight:700}.block_news li{border-bottom:1px dotted #ccc;padding:5px 0}.icon_new{
display:inline-block;width:28px;height:11px;background:url(/themes/default/images/icons/new.gif)}
.footer-site{background:#0c5aa6;color:#fff;padding:15px 0}.footer-site a{color:#ffe600}.tinnhiemmang{
display:inline-block;margin-top:8px}.lienket select{width:100%;margin-bottom:6px}.poll .radio{margin:4px 0}
.other-news .h3{font-size:16px;color:#b3141b;border-bottom:2px solid #b3141b;padding-bottom:4px}
.related li h4{display:inline;font-size:14px;font-weight:400}.related li em{color:#888;font-size:12px}
.tinlienquan{border:1px solid #c9d6e8;background:#f4f8fd;padding:8px 12px;margin:10px 0}
.tinlienquan ul{margin:4px 0 0 18px;padding:0}.nv-download a{font-weight:700}
@media (max-width:767px){.site_name{font-size:18px}.current-time{display:none}}
"""

GLOBAL_JS = """
var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",
nv_fc_variable="op",nv_lang_variable="language",nv_module_name="%(module)s",nv_func_name="%(func)s",
nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Tps",nv_check_pass_mstime=1738000,
nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",
nv_recaptcha_type="image",XSSsanitize=1;
"""

# A small date widget and banner rotator, written for this corpus (district themes often
# inline such helpers; they make up much of a NukeViet page's weight).
WIDGET_JS = """
(function ($) {
    'use strict';
    var thu = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function vnNow() {
        var d = new Date(), utc = d.getTime() + d.getTimezoneOffset() * 60000;
        return new Date(utc + 7 * 3600000);
    }
    function renderClock() {
        var d = vnNow(), el = document.getElementById('tps-clock');
        if (!el) { return; }
        el.innerHTML = thu[d.getDay()] + ', ' + pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/'
            + d.getFullYear() + ' | ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
    }
    function rotateBanners(sel, ms) {
        var items = $(sel).children('.banner-item'), i = 0;
        if (items.length < 2) { return; }
        items.hide().eq(0).show();
        setInterval(function () {
            items.eq(i).fadeOut(400);
            i = (i + 1) %% items.length;
            items.eq(i).fadeIn(400);
        }, ms);
    }
    function linkBoxes() {
        $('.lienket select').on('change', function () {
            var url = $(this).val();
            if (url && url !== '0') { window.open(url, '_blank'); }
            $(this).val('0');
        });
    }
    function fontResize() {
        var size = parseInt($.cookie && $.cookie('tps_font') || 15, 10);
        $('.tps-font-plus').on('click', function (e) {
            e.preventDefault(); size = Math.min(size + 1, 22); $('.bodytext').css('font-size', size + 'px');
        });
        $('.tps-font-minus').on('click', function (e) {
            e.preventDefault(); size = Math.max(size - 1, 12); $('.bodytext').css('font-size', size + 'px');
        });
    }
    function backToTop() {
        var btn = $('.bttop');
        $(window).on('scroll', function () { btn.toggleClass('show', $(this).scrollTop() > 300); });
        btn.on('click', function () { $('html, body').animate({scrollTop: 0}, 300); });
    }
    function lazyImages() {
        if (!('IntersectionObserver' in window)) { return; }
        var io = new IntersectionObserver(function (entries) {
            entries.forEach(function (en) {
                if (en.isIntersecting && en.target.getAttribute('data-src')) {
                    en.target.src = en.target.getAttribute('data-src');
                    en.target.removeAttribute('data-src');
                    io.unobserve(en.target);
                }
            });
        });
        document.querySelectorAll('img[data-src]').forEach(function (im) { io.observe(im); });
    }
    function stickyMenu() {
        var nav = $('#menusite'), top = nav.length ? nav.offset().top : 0;
        $(window).on('scroll', function () { nav.toggleClass('fixed', $(this).scrollTop() > top); });
    }
    function tooltips() {
        $("[data-rel='block_news_tooltip'][data-content!='']").each(function () {
            var t = $(this);
            t.attr('title', '');
            t.on('mouseenter', function () {
                var tip = $('#tip'), img = t.data('img');
                tip.find('.bg').html((img ? '<img src="' + img + '" width="90">' : '')
                    + '<p>' + t.data('content') + '</p>');
                tip.css({top: t.offset().top + t.outerHeight(), left: t.offset().left}).show();
            }).on('mouseleave', function () { $('#tip').hide(); });
        });
    }
    $(function () {
        renderClock(); setInterval(renderClock, 30000);
        rotateBanners('#banner-left', 5000); rotateBanners('#banner-right', 6000);
        linkBoxes(); fontResize(); backToTop(); lazyImages(); stickyMenu(); tooltips();
    });
}(jQuery));
"""


def head(title: str, description: str, module: str, func: str, canonical: str,
         extra_meta: str = "") -> str:
    scripts = "\n".join(
        f'<script src="{s}"></script>' for s in (
            "/assets/js/jquery/jquery.min.js", "/assets/js/language/vi.js",
            "/assets/js/DOMPurify/purify3.js", "/assets/js/global.js", "/assets/js/site.js",
            f"/themes/default/js/{module}.js", "/themes/default/js/main.js",
            "/themes/tanphuocson/js/custom.js"))
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
    <head>
        <title>{esc(title)}</title>
        <meta name="description" content="{esc(description)}">
        <meta name="keywords" content="huyện Tân Phước Sơn, tin tức, UBND huyện, cổng thông tin">
        <meta name="news_keywords" content="huyện Tân Phước Sơn, tin tức">
        <meta name="author" content="{esc(SITE)}">
        <meta name="copyright" content="{esc(SITE)} [webmaster@tanphuocson.gov.vn]">
        <meta name="generator" content="NukeViet v4.5">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta property="og:title" content="{esc(title)}">
        <meta property="og:description" content="{esc(description)}">
        <meta property="og:site_name" content="{esc(SITE)}">
        <meta property="og:url" content="{HOST}{esc(canonical)}">
        {extra_meta}
        <link rel="shortcut icon" href="/favicon.ico">
        <link rel="canonical" href="{HOST}{esc(canonical)}">
        <link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
        <link rel="alternate" href="/news/rss/tin-tuc-su-kien/" title="Tin Tức - Tin tức - Sự kiện" type="application/rss+xml">
        <link rel="alternate" href="/news/rss/thong-bao/" title="Tin Tức - Thông báo" type="application/rss+xml">
        <link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1706512234">
        <link rel="preload" as="script" href="/themes/default/js/bootstrap.min.js?t=1706512234">
        <link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1706512234">
        <link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css?t=1706512234">
        <link rel="StyleSheet" href="/themes/default/css/style.css?t=1706512234">
        <link rel="StyleSheet" href="/themes/default/css/style.responsive.css?t=1706512234">
        <link rel="StyleSheet" href="/themes/default/css/{module}.css?t=1706512234">
        <link rel="StyleSheet" href="/themes/tanphuocson/css/custom.css?t=1706512234">
        <style>{HEAD_CSS}</style>
        <script data-show="inline">{GLOBAL_JS % {"module": module, "func": func}}</script>
        {scripts}
        <script type="application/ld+json">
        {{
            "@context": "https://schema.org",
            "@type": "Organization",
            "url": "{HOST}",
            "logo": "{HOST}/uploads/logo-tps.png"
        }}
        </script>
    </head>
"""


def menu_html(active: str) -> str:
    lis = []
    for href, title, subs in MENU:
        cur = ' class="active"' if href == active else ""
        sub = ""
        if subs:
            sub = '<ul class="dropdown-menu">' + "".join(
                f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
            cur = cur[:-1] + ' dropdown"' if cur else ' class="dropdown"'
        caret = ' <strong class="caret">&nbsp;</strong>' if subs else ""
        if href == "/":
            lis.append(f'<li{cur}><a class="home" title="{title}" href="/"><em class="fa fa-lg '
                       f'fa-home">&nbsp;</em><span class="visible-xs-inline-block"> {title}</span>'
                       f'</a></li>')
        else:
            lis.append(f'<li{cur} role="presentation"><a class="dropdown-toggle" href="{href}" '
                       f'role="button" aria-expanded="false" title="{esc(title)}"> {esc(title)}'
                       f'{caret}</a> {sub}</li>')
    return f"""<div class="navbar navbar-default navbar-static-top" role="navigation">
    <div class="navbar-header">
        <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
            <span class="sr-only">&nbsp;</span> <span class="icon-bar">&nbsp;</span> <span class="icon-bar">&nbsp;</span> <span class="icon-bar">&nbsp;</span>
        </button>
    </div>
    <div class="collapse navbar-collapse" id="menu-site-default">
        <ul class="nav navbar-nav">
            {"".join(lis)}
        </ul>
    </div>
</div>
<script type="text/javascript" data-show="after">
    $(function() {{ checkWidthMenu(); $(window).resize(checkWidthMenu); }});
</script>"""


def breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    """NukeViet 4 prints the trail in a hidden list that theme JS copies into the visible one."""
    items = ['<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a '
             'href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span>'
             '</a><i class="hidden" itemprop="position" content="1"></i></li>']
    for pos, (href, title) in enumerate(crumbs, start=2):
        items.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/'
                     f'ListItem"><a href="{href}" itemprop="item" title="{esc(title)}"><span '
                     f'class="txt" itemprop="name">{esc(title)}</span></a><i class="hidden" '
                     f'itemprop="position" content="{pos}"></i></li>')
    return f"""<div class="breadcrumbs-wrap">
    <div class="display">
        <a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
        <ul class="breadcrumbs list-none"></ul>
    </div>
    <ul class="subs-breadcrumbs"></ul>
    <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">
        {"".join(items)}
    </ul>
</div>"""


def block(title: str, content: str, kind: str = "primary") -> str:
    return f"""<div class="panel panel-{kind}">
    <div class="panel-heading">
        {title}
    </div>
    <div class="panel-body">
        {content}
    </div>
</div>
"""


def block_category() -> str:
    lis = []
    for alias, (title, parent, _cid) in CATS.items():
        if parent:
            continue
        subs = [(a, t) for a, (t, p, _c) in CATS.items() if p == alias]
        sub = ""
        if subs:
            sub = ('<span class="fa arrow expand">&nbsp;</span><ul>' + "".join(
                f'<li><a href="{cat_url(a)}" title="{esc(t)}">{esc(t)}</a></li>' for a, t in subs)
                + "</ul>")
        lis.append(f'<li><a href="{cat_url(alias)}" title="{esc(title)}">{esc(title)}</a>{sub}</li>')
    return block("Chuyên mục", f"""<div class="clearfix panel metismenu">
    <aside class="sidebar">
        <nav class="sidebar-nav">
            <ul id="menu_21">
                {"".join(lis)}
            </ul>
        </nav>
    </aside>
</div>
<script type="text/javascript">$(function () {{ $('#menu_21').metisMenu({{ toggle: false }}); }});</script>""")


def link_of(item: dict) -> str:
    """The item's URL as written inside an href (NukeViet escapes & as &amp;)."""
    return esc(art_url(item))


def block_news(items: list[dict]) -> str:
    lis = []
    for it in items[:8]:
        ht = esc(hometext_of(it)[:160])
        lis.append(f"""<li class="clearfix">
        <a title="{esc(it['title'])}" href="{link_of(it)}"><img src="{thumb(it)}" alt="{esc(it['title'])}" width="70" class="img-thumbnail pull-left mr-1"/></a>
        <a class="show" href="{link_of(it)}" data-content="{ht}" data-img="{thumb(it)}" data-rel="block_news_tooltip">{esc(it['title'])}</a>
    </li>""")
    return block("Tin mới nhất", '<ul class="block_news list-none list-items">'
                 + "".join(lis) + "</ul>")


def block_documents() -> str:
    docs = [
        ("125/QĐ-UBND", "12/03/2024", "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024"),
        ("86/TB-HĐBT", "04/03/2024", "Thông báo niêm yết dự thảo phương án bồi thường, hỗ trợ"),
        ("52/KH-UBND", "20/02/2024", "Kế hoạch tổ chức Tết trồng cây Xuân Giáp Thìn"),
        ("1894/UBND-NN", "28/12/2023", "Về việc chủ động phòng chống rét cho cây trồng, vật nuôi"),
    ]
    lis = "".join(
        f'<li><a href="/van-ban/" title="{esc(t)}"><strong>{esc(s)}</strong></a> '
        f'<span class="text-muted">({d})</span><br>{esc(t)}</li>' for s, d, t in docs)
    return block("Văn bản mới", f'<ul class="list-none list-items laws-new">{lis}</ul>'
                 '<p class="text-right"><a href="/van-ban/">Xem tất cả »</a></p>')


def block_links() -> str:
    groups = [("Chính phủ, Bộ ngành Trung ương", LINK_BOXES[:7]),
              ("Tỉnh ủy, UBND tỉnh", LINK_BOXES[7:9]),
              ("Sở, ban, ngành", LINK_BOXES[9:15]),
              ("UBND huyện, thị xã", LINK_BOXES[15:])]
    sel = []
    for label, links in groups:
        opts = "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in links)
        sel.append(f'<select class="form-control"><option value="0">-- {esc(label)} --</option>'
                   f'{opts}</select>')
    return block("Liên kết website", '<div class="lienket">' + "".join(sel) + "</div>")


def block_counter() -> str:
    return block("Thống kê truy cập", """<ul class="counter list-none display-table">
    <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>74</span></li>
    <li><span><em class="fa fa-magic fa-lg fa-horizon"></em>Máy chủ tìm kiếm</span><span>11</span></li>
    <li><span><em class="fa fa-bullseye fa-lg fa-horizon"></em>Khách viếng thăm</span><span>63</span></li>
    <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">2.318</span></li>
    <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>41.906</span></li>
    <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.587.214</span></li>
</ul>""")


def block_poll() -> str:
    opts = ["Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Ý kiến khác"]
    radios = "".join(f'<div class="radio"><label><input type="radio" name="option" value="{i}"> '
                     f'{o}</label></div>' for i, o in enumerate(opts, start=11))
    return block("Thăm dò ý kiến", f"""<form action="/" method="get" class="poll">
    <h4>Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện?</h4>
    <div>
        {radios}
        <div class="clearfix">
            <input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '3', '1', 'a91c7e', 'Bạn cần chọn 1 phương án', '0');" />
            <input class="btn btn-primary btn-sm" value="Kết quả" type="button" onclick="nv_sendvoting(this.form, '3', 0, 'a91c7e', '', '0');" />
        </div>
    </div>
</form>""")


def block_banners() -> str:
    return block("Chuyên trang", """<div id="banner-left">
    <div class="banner-item"><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" width="240"></a></div>
    <div class="banner-item"><a href="https://hoidap.example.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/hoi-dap-truc-tuyen.png" alt="Hỏi đáp trực tuyến" width="240"></a></div>
    <div class="banner-item"><a href="/van-ban/"><img src="/uploads/banners/van-ban-chi-dao.png" alt="Văn bản chỉ đạo điều hành" width="240"></a></div>
    <div class="banner-item"><a href="https://pakn.example.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/phan-anh-kien-nghi.png" alt="Tiếp nhận phản ánh kiến nghị" width="240"></a></div>
</div>""", "default")


def left_column(items: list[dict]) -> str:
    return (block_category() + block_news(items) + block_documents() + block_banners()
            + block_links() + block_poll() + block_counter())


def footer() -> str:
    return f"""    <footer class="section-footer-top footer-site" id="footer">
        <div class="wraper">
            <div class="container">
                <div class="row">
                    <div class="col-xs-24 col-sm-24 col-md-6">
                        <ul class="menu">
                            <li><a href="/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html">Giới thiệu</a></li>
                            <li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li>
                            <li><a href="/van-ban/">Văn bản</a></li>
                            <li><a href="/gioi-thieu/so-do-website.html">Sơ đồ website</a></li>
                            <li><a href="/contact/">Liên hệ</a></li>
                            <li><a href="/news/rss/">RSS</a></li>
                        </ul>
                    </div>
                    <div class="col-xs-24 col-sm-24 col-md-18">
                        <div class="company_info">
                            <h3 class="company-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHƯỚC SƠN</h3>
                            <ul class="company_info">
                                <li><em class="fa fa-user"></em> Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Phước Sơn</li>
                                <li><em class="fa fa-user"></em> Chịu trách nhiệm chính: Ông Nguyễn Đình Khoa - Phó Chủ tịch UBND huyện</li>
                                <li><em class="fa fa-map-marker"></em> Địa chỉ: Số 02 đường Lê Lợi, thị trấn Phước Sơn, huyện Tân Phước Sơn</li>
                                <li><em class="fa fa-phone"></em> Điện thoại: 0234.3861.205 - Fax: 0234.3861.206</li>
                                <li><em class="fa fa-envelope"></em> Email: <a href="mailto:ubnd@tanphuocson.gov.vn">ubnd@tanphuocson.gov.vn</a></li>
                            </ul>
                            <p>Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 06/6/2019.</p>
                            <p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Tân Phước Sơn" khi phát hành lại thông tin từ website này.</p>
                            <a class="tinnhiemmang" href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/tanphuocsongovvn" title="Chung nhan Tin Nhiem Mang" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=tanphuocson.gov.vn" width="150" alt="Chung nhan Tin Nhiem Mang"></a>
                        </div>
                    </div>
                </div>
                <div class="row"><div class="col-xs-24 text-center copyright">© 2019 - 2024 {esc(SITE)}. Thiết kế trên nền tảng mã nguồn mở NukeViet.</div></div>
            </div>
        </div>
    </footer>
    <nav class="section-footer-bottom footerNav2">
        <div class="wraper">
            <div class="container">
                <div class="theme-change">
                    <span title="Chế độ giao diện đang hiển thị: Tự động"><i class="fa fa-random"></i></span>
                    <a href="/index.php?language=vi&amp;nvvithemever=d&amp;nv_redirect=Lw" rel="nofollow" title="Click để chuyển sang giao diện Máy tính"><i class="fa fa-desktop"></i></a>
                </div>
                <div class="bttop">
                    <a class="pointer"><i class="fa fa-eject fa-lg"></i></a>
                </div>
            </div>
        </div>
    </nav>
    <div id="sitemodal" class="modal fade" role="dialog">
        <div class="modal-dialog">
            <div class="modal-content">
                <div class="modal-body">
                    <i class="fa fa-spinner fa-spin"></i>
                </div>
                <button type="button" class="close" data-dismiss="modal"><span class="fa fa-times"></span></button>
            </div>
        </div>
    </div>
    <div class="fix_banner_left"></div>
    <div class="fix_banner_right"></div>
    <div id="timeoutsess" class="chromeframe">
        Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây
    </div>
    <div id="openidResult" class="nv-alert" style="display:none"></div>
    <div id="openidBt" data-result="" data-redirect=""></div>
    <script src="/themes/default/js/bootstrap.min.js"></script>
    <script>{WIDGET_JS.replace("%%", "%")}</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-TPS2019GOV"></script>
    <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TPS2019GOV');</script>
    </body>
</html>
"""


def page(title: str, description: str, module: str, func: str, canonical: str,
         crumbs: list[tuple[str, str]], main: str, items: list[dict], active: str,
         extra_meta: str = "") -> str:
    """The whole page: NukeViet header_only + header_extended, left-main layout, footer."""
    return head(title, description, module, func, canonical, extra_meta) + f"""    <body>
    <noscript>
        <div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div>
    </noscript>
    <header>
        <div class="section-header-bar">
            <div class="wraper">
                <nav class="header-nav">
                    <div class="header-nav-inner">
                        <div class="contactDefault"><a href="tel:02343861205"><em class="fa fa-phone"></em> 0234.3861.205</a> | <a href="mailto:ubnd@tanphuocson.gov.vn"><em class="fa fa-envelope"></em> ubnd@tanphuocson.gov.vn</a></div>
                        <div class="social-icons"><a href="https://www.facebook.com/tanphuocson.gov" target="_blank" rel="noopener"><em class="fa fa-facebook"></em></a> <a href="https://zalo.me/tanphuocson" target="_blank" rel="noopener"><em class="fa fa-comment"></em></a> <a href="/news/rss/"><em class="fa fa-rss"></em></a></div>
                        <div class="personalArea"><a href="/users/login/" rel="nofollow"><em class="fa fa-user"></em> Đăng nhập</a></div>
                    </div>
                    <div id="tip" data-content="">
                        <div class="bg"></div>
                    </div>
                </nav>
            </div>
        </div>
        <div class="section-header">
            <div class="wraper">
                <div id="header">
                    <div class="logo">
                        <a title="{esc(SITE)}" href="/"><img src="/uploads/logo-tps.png" alt="{esc(SITE)}"></a>
                        <span class="site_name">{esc(SITE)}</span>
                        <span class="site_description">Ủy ban nhân dân huyện Tân Phước Sơn</span>
                    </div>
                    <div class="right-ads"><a href="/news/tin-tuc-su-kien/"><img src="/uploads/banners/khau-hieu-2024.png" alt="Năm 2024 - Năm đẩy mạnh chuyển đổi số" width="420"></a></div>
                </div>
            </div>
        </div>
    </header>
    <div class="section-nav">
        <div class="wraper">
            <nav class="second-nav" id="menusite">
                <div class="container">
                    <div class="row">
                        <div class="bg box-shadow">
                            {menu_html(active)}
                        </div>
                    </div>
                </div>
            </nav>
        </div>
    </div>
    <div class="section-body">
        <div class="wraper">
            <section>
                <div class="container" id="body">
                    <nav class="third-nav">
                        <div class="row">
                            <div class="bg">
                            <div class="clearfix">
                                <div class="col-xs-24 col-sm-18 col-md-18">
                                    {breadcrumbs(crumbs)}
                                    <span class="current-time" id="tps-clock">{TODAY}</span>
                                </div>
                                <div class="headerSearch col-xs-24 col-sm-6 col-md-6">
                                    <div class="input-group">
                                        <input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
                                    </div>
                                </div>
                            </div>
                            </div>
                        </div>
                    </nav>
<div class="row">
    <div class="col-sm-18 col-md-19 col-sm-push-6 col-md-push-5">
{main}
    </div>
    <div class="col-sm-6 col-md-5 col-sm-pull-18 col-md-pull-19">
{left_column(items)}
    </div>
</div>
                </div>
            </section>
        </div>
    </div>
""" + footer()


# ---------------------------------------------------------------------------------------------
# Article pages
# ---------------------------------------------------------------------------------------------

def date_line(a: dict) -> str:
    """The printed publication line; most items use NukeViet's `l - d/m/Y H:i`."""
    p, style = a["publ"], a["date_style"]
    if style == "default":
        return f"{wd(p)} - {p:%d/%m/%Y %H:%M}"
    if style == "label_pipe":
        return f"{a['date_label']}: {p:%d/%m/%Y | %H:%M}"
    if style == "label_time_first":
        return f"{a['date_label']}: {p:%H:%M | %d/%m/%Y}"
    if style == "comma_dash":
        return f"{wd(p)}, {p:%d/%m/%Y - %H:%M}"
    if style == "cap_weekday":
        return f"{wd(p).title()}, {p:%d/%m/%Y - %H:%M}"
    if style == "label_date_only":
        return f"{a['date_label']}: {p:%d/%m/%Y}"
    if style == "label_updated":
        u = a["updated"]
        return f"{a['date_label']}: {p:%d/%m/%Y %H:%M} - Cập nhật: {u:%d/%m/%Y %H:%M}"
    if style == "weekday_comma":
        return f"{wd(p)}, {p:%d/%m/%Y %H:%M}"
    if style == "gmt":
        return f"{wd(p).title()}, {p:%d/%m/%Y, %H:%M} (GMT+7)"
    raise ValueError(style)


def render_blocks(a: dict) -> tuple[str, list[str], list[dict]]:
    """Body HTML as CKEditor leaves it, plus the truth paragraphs and photos."""
    out, paras, images = [], [], []
    nfd = a.get("nfd")

    def norm(s: str) -> str:
        return unicodedata.normalize("NFD", s) if nfd else s

    for b in a["blocks"]:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{norm(b[1])}</p>')
            paras.append(plain(b[1]))
        elif kind == "h":
            out.append(f'<p style="text-align: justify;"><strong>{norm(b[1])}</strong></p>')
            paras.append(plain(b[1]))
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join(f"\t<li>{norm(x)}</li>" for x in b[1]) + "\n</ul>")
            paras.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows, total = b[1], b[2]
            trs = ['<tr>' + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>'
                                    for c in rows[0]) + '</tr>']
            for r in rows[1:]:
                trs.append('<tr>' + "".join(
                    f'<td style="text-align: {"left" if i == 1 else "center"};">{esc(c)}</td>'
                    for i, c in enumerate(r)) + '</tr>')
            trs.append(f'<tr><td colspan="2" style="text-align: center;"><strong>{total[0]}</strong>'
                       f'</td><td style="text-align: center;"><strong>{total[1]}</strong></td>'
                       f'<td style="text-align: center;"><strong>{total[2]}</strong></td></tr>')
            out.append('<table align="center" border="1" cellpadding="5" cellspacing="0" '
                       'class="table table-bordered" style="width:100%">\n<tbody>\n'
                       + "\n".join(trs) + "\n</tbody>\n</table>")
            paras.extend(" | ".join(r) for r in rows)
            paras.append(" | ".join(total))
        elif kind in ("img_em", "img_table", "figure", "figure_paren", "img_em_credit_line"):
            src, cap, credit = b[1], b[2], b[3]
            alt = esc(cap or a["title"])
            if kind == "img_em":
                out.append(f'<p style="text-align: center;"><img alt="{alt}" height="533" src="{src}"'
                           f' width="800" /></p>\n<p style="text-align: center;"><em>{esc(cap)} '
                           f'{esc(credit)}</em></p>')
            elif kind == "img_em_credit_line":
                out.append(f'<p style="text-align: center;"><img alt="{alt}" height="450" src="{src}"'
                           f' width="800" /></p>\n<p style="text-align: center;"><em>{esc(cap)}</em>'
                           f'</p>\n<p style="text-align: right;"><em>{esc(credit)}</em></p>')
            elif kind == "img_table":
                out.append(f'<table align="center" border="0" cellpadding="1" cellspacing="1" '
                           f'class="image" style="width:100%">\n<tbody>\n<tr><td style="text-align: '
                           f'center;"><img alt="{alt}" height="600" src="{src}" width="900" /></td>'
                           f'</tr>\n<tr><td class="image_caption" style="text-align: center;"><em>'
                           f'{esc(cap)}</em></td></tr>\n</tbody>\n</table>')
            elif kind == "figure":
                out.append(f'<figure class="image" style="display:inline-block"><img alt="{alt}" '
                           f'height="500" src="{src}" width="750" />\n<figcaption>{esc(cap)}'
                           f'</figcaption>\n</figure>')
            else:
                out.append(f'<figure class="image" style="display:inline-block"><img alt="{alt}" '
                           f'height="500" src="{src}" width="750" />\n<figcaption>{esc(cap)} '
                           f'({esc(credit)})</figcaption>\n</figure>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif kind == "sig":
            out.append(f'<p style="text-align: right;"><strong>{norm(b[1])}</strong></p>')
        elif kind == "src_line":
            out.append(f'<p style="text-align: right;"><em>{norm(b[1])}</em></p>')
        elif kind == "related":
            lis = "".join(f'<li><a href="{u}" title="{esc(t)}">{esc(t)}</a> <em>({d})</em></li>'
                          for t, u, d in b[1])
            out.append(f'<div class="tinlienquan"><p><strong>Tin liên quan:</strong></p><ul>{lis}'
                       f'</ul></div>')
        else:
            raise ValueError(kind)
    return "\n".join(out), paras, images


def homeimg_html(a: dict) -> tuple[str, str, list[dict]]:
    """Homepage image of the item: left thumbnail before the hometext, or full width after it."""
    if not a.get("homeimg"):
        return "", "", []
    mode, src, note = a["homeimg"]
    alt = esc(note or a["title"])
    img = {"src": HOST + src, "caption": note, "credit": None}
    if mode == "imgthumb":
        th = src.replace("/uploads/", "/assets/")
        img["src"] = HOST + th  # the visible picture; the full one sits in a hidden preview
        before = f"""<figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
                <div style="width:200px;">
                    <p class="text-center"><img alt="{alt}" src="{th}" alt="{esc(note)}" class="img-thumbnail"/></p>
                    <figcaption>{esc(note)}</figcaption>
                </div>
            </figure>
            <div id="imgpreview" style="display:none">
                <p class="text-center"><img alt="{alt}" src="{src}" srcset="{th} 200w, {src} 800w" alt="{esc(note)}" class="img-thumbnail"/></p>
                <figcaption>{esc(note)}</figcaption>
            </div>"""
        return before, "", [img]
    cap = f"<figcaption>{esc(note)}</figcaption>" if note else ""
    after = f"""<figure class="article center">
                <img alt="{alt}" src="{src}" srcset="{src.replace('/uploads/', '/assets/')} 400w, {src} 800w" width="800" class="img-thumbnail"/>
                {cap}
            </figure>"""
    return "", after, [img]


def php_t(dt: datetime) -> str:
    """`date('Y-m-dTH:i:s')` as NukeViet calls it: PHP's T is the zone abbreviation (+07)."""
    return f"{dt:%Y-%m-%d}+07{dt:%H:%M:%S}"


def crumbs_for(cat: str) -> list[tuple[str, str]]:
    title, parent, _ = CATS[cat]
    out = []
    if parent:
        out.append((cat_url(parent), CATS[parent][0]))
    out.append((cat_url(cat), title))
    return out


def others(a: dict, items: list[dict]) -> str:
    """'Những tin mới hơn' / 'Những tin cũ hơn' lists of the same category."""
    same = [x for x in items if x["cat"] == a["cat"] and x["id"] != a["id"]]
    newer = [x for x in same if x["publ"] > a["publ"]][-5:]
    older = [x for x in same if x["publ"] < a["publ"]][:5]
    if len(newer) + len(older) < 3:  # thin categories borrow from the whole module
        rest = [x for x in items if x["id"] != a["id"] and x not in same]
        older += [x for x in rest if x["publ"] < a["publ"]][:4]

    def ul(lst: list[dict]) -> str:
        return '<ul class="detail-related related list-none list-items">' + "".join(
            f"""
                <li>
                    <em class="fa fa-angle-right">&nbsp;</em>
                    <h4><a href="{link_of(x)}" data-placement="bottom" data-content="{esc(hometext_of(x)[:150])}" data-img="{thumb(x)}" data-rel="tooltip" title="{esc(x['title'])}">{esc(x['title'])}</a></h4>
                    <em>({x['publ']:%d/%m/%Y})</em>
                </li>""" for x in lst) + "\n            </ul>"

    parts = []
    if newer:
        parts.append(f'<p class="h3"><strong>Những tin mới hơn</strong></p>\n        '
                     f'<div class="clearfix">\n            {ul(newer)}\n        </div>')
    if older:
        parts.append(f'<p class="h3"><strong>Những tin cũ hơn</strong></p>\n        '
                     f'<div class="clearfix">\n            {ul(older)}\n        </div>')
    return f"""<div class="news_column panel panel-default">
    <div class="panel-body other-news">
        {"".join(parts)}
    </div>
</div>"""


def comment_block(a: dict) -> str:
    return f"""<div class="news_column panel panel-default">
    <div class="panel-body">
    <div id="idcomment" class="nv-fullbg" data-module="news" data-content="news_commentcontent" data-area="1" data-id="{a['id']}" data-allowed="4" data-checkss="c0d7f{a['id']}9e21b">
    <div class="row clearfix margin-bottom-lg">
        <div class="col-xs-12 text-left">
            <button type="button" class="btn btn-default btn-sm pull-right" onclick="$('.fa', this).toggleClass('fa-eye fa-eye-slash'),nv_show_hidden('showcomment',2);" title="Ẩn/Hiện ý kiến">
                <em class="fa fa-eye-slash"></em>
            </button>
            <p class="comment-title">
                <em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc
            </p>
        </div>
        <div class="col-xs-12 text-right">
            <select class="form-control" onchange="nv_comment_sort_change(event, this)">
                <option value="0">Sắp xếp theo bình luận mới</option>
                <option value="1">Sắp xếp theo bình luận cũ</option>
                <option value="2">Sắp xếp theo số lượt thích</option>
            </select>
        </div>
    </div>
    <div id="showcomment" class="margin-bottom-lg"></div>
    <div id="formcomment" class="comment-form">
        <div class="alert alert-danger fade in">
            Bạn cần <a href="/users/login/?nv_redirect=L25ld3Mv" rel="nofollow">đăng nhập</a> với tư cách là <strong>Thành viên chính thức</strong> để có thể bình luận
        </div>
    </div>
    </div>
    </div>
</div>"""


def rating_block(a: dict) -> str:
    stars = "".join(f'<input class="hover-star required" type="radio" value="{i}" title="{t}"/>'
                    for i, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt",
                                           "Bài viết tốt", "Bài viết rất tốt"], start=1))
    n = 3 + a["id"] % 9
    return f"""<div class="news_column panel panel-default">
    <div class="panel-body">
        <form id="form3B" action="">
            <div class="h5 clearfix">
                <p id="stringrating">Tổng số điểm của bài viết là: {n * 4} trong {n} đánh giá</p>
                <span itemscope itemtype="https://schema.org/AggregateRating">
                    <span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries">
                        <span class="hidden d-none hide" itemprop="name">{esc(a['title'])}</span>
                    </span>
                    Xếp hạng:
                    <span id="numberrating" itemprop="ratingValue">4</span> -
                    <span id="click_rating" itemprop="ratingCount">{n}</span> phiếu bầu
                    <span class="hidden d-none hide" itemprop="bestRating">5</span>
                </span>
                <div style="padding: 5px;">
                    {stars}
                    <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
                </div>
            </div>
        </form>
        <script type="text/javascript">
        $(function() {{
            var isDisable = false;
            $('.hover-star').rating({{
                focus: function(value, link) {{ if (!isDisable) {{ $('#hover-test').html(link.title); }} }},
                blur: function() {{ if (!isDisable) {{ $('#hover-test').html('Click để đánh giá bài viết'); }} }},
                callback: function(value) {{
                    if (!isDisable) {{ isDisable = true; $('.hover-star').rating('disable'); sendrating('{a['id']}', value, '5be0c{a['id']}'); }}
                }}
            }});
        }});
        </script>
    </div>
</div>"""


def article_page(a: dict, items: list[dict]) -> tuple[str, dict]:
    cat_title = CATS[a["cat"]][0]
    url = art_url(a)
    body, paras, images = render_blocks(a)
    before, after, himgs = homeimg_html(a)
    images = himgs + images
    lead = a.get("lead")
    hometext = ""
    if lead:
        full = ((a["prefix"] + " ") if a.get("prefix") else "") + lead
        hometext = (f'<div class="hometext m-bottom" itemprop="description">{esc(full)}</div>')
    show = ""
    if before or hometext or after:
        show = f"""<div class="clearfix">
            {before}
            {hometext}
            {after}
        </div>"""
    files = ""
    if a.get("files"):
        lis = "".join(f"""
                <div class="list-group-item">
                    <span class="badge">
                        <a role="button" data-toggle="collapse" href="#file-{i}" aria-expanded="false" aria-controls="file-{i}">
                            <i class="fa fa-eye" data-rel="tooltip" data-content="Xem trước"></i>
                        </a>
                    </span>
                    <a href="{u}" title="Tải về {esc(t)}" download>Tải về: <strong>{esc(t)}</strong></a>
                    <div class="clearfix"></div>
                    <div class="collapse" id="file-{i}" data-src="{u}" data-toggle="collapsefile" data-loaded="false">
                        <div class="well margin-top">
                            <iframe height="600" scrolling="yes" src="" width="100%"></iframe>
                        </div>
                    </div>
                </div>""" for i, (t, u) in enumerate(a["files"]))
        files = f"""<div class="panel panel-default">
            <div class="panel-heading">
                <i class="fa fa-download"></i> <strong>File đính kèm</strong>
            </div>
            <div class="list-group news-download-file">{lis}
            </div>
        </div>"""
    author = ""
    if a.get("author") or a.get("source"):
        rows = []
        if a.get("author"):
            rows.append(f'<p class="h5 text-right">\n                <strong>Tác giả: </strong>'
                        f'{esc(a["author"])}\n            </p>')
        if a.get("source"):
            rows.append(f'<p class="h5 text-right">\n                <strong>Nguồn tin: </strong>'
                        f'{esc(a["source"])}\n            </p>')
        author = '<div class="margin-bottom-lg">\n            ' + "\n            ".join(rows) \
            + "\n        </div>"
    tags = ""
    if a.get("tags"):
        tags = f"""<div class="news_column panel panel-default">
    <div class="panel-body">
        <div class="h5">
            <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{", ".join(
                f'<a title="{esc(t)}" href="/news/tag/{slug(t)}"><em>{esc(t)}</em></a>'
                for t in a["tags"])}
        </div>
    </div>
</div>"""
    ed = a["edit"]
    main = f"""<link href="/assets/js/star-rating/jquery.rating.css" type="text/css" rel="stylesheet"/>
<script type="text/javascript" src="/assets/js/star-rating/jquery.rating.pack.js"></script>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>
            <span itemprop="name">{esc(a.get('author') or SITE)}</span>
        </div>
        <span class="hidden hide d-none" itemprop="datePublished">{ed:%Y-%m-%dT%H:%M:%S}+07:00</span>
        <span class="hidden hide d-none" itemprop="dateModified">{ed:%Y-%m-%dT%H:%M:%S}+07:00</span>
        <span class="hidden hide d-none" itemprop="mainEntityOfPage">{HOST}{esc(url)}</span>
        <span class="hidden hide d-none" itemprop="image">{HOST}{images[0]['src'][len(HOST):] if images else '/themes/default/images/no_image.gif'}</span>
        <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope>
            <span itemprop="name">{esc(SITE)}</span>
            <span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope>
                <span itemprop="url">{HOST}/uploads/logo-tps.png</span>
            </span>
        </div>
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">{date_line(a)}</span>
            </div>
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray tps-font-minus" title="Giảm cỡ chữ" href="#"><em class="fa fa-minus-circle fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray tps-font-plus" title="Tăng cỡ chữ" href="#"><em class="fa fa-plus-circle fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="newsSendMailModal('#newsSendMailModal', '/news/sendmail/{a['cat']}/{a['alias']}-{a['id']}.html', '7f3a1c{a['id']}');"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/{a['cat']}/{a['alias']}-{a['id']}.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/{a['cat']}/{a['alias']}-{a['id']}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>
        </div>
        {show}
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
            {body}
        </div>
        {files}
        {author}
    </div>
</div>
{tags}
{"" if a.get("no_rating") else rating_block(a)}
<div class="news_column panel panel-default">
    <div class="panel-body" style="margin-bottom:0">
        <div style="display:flex;align-items:flex-start;">
            <div class="margin-right"><div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{HOST}{esc(url)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
            <div><div class="zalo-share-button" data-href="" data-oaid="2305117640112239154" data-layout="1" data-color="blue" data-customize=false></div></div>
        </div>
     </div>
</div>
{comment_block(a)}
{others(a, items)}
<div class="modal fade" id="newsSendMailModal" tabindex="-1" role="dialog" data-loaded="false">
    <div class="modal-dialog" role="document">
        <div class="modal-content">
            <div class="modal-header">
                <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
                <div class="modal-title h2"><strong>Giới thiệu bài viết cho bạn bè</strong></div>
            </div>
            <div class="modal-body"></div>
        </div>
    </div>
</div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v17.0"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>"""
    extra = "\n        ".join([
        '<meta property="og:type" content="article">',
        f'<meta property="og:image" content="{images[0]["src"] if images else HOST + "/uploads/logo-tps.png"}">',
        f'<meta property="article:published_time" content="{php_t(a["publ"])}">',
        f'<meta property="article:modified_time" content="{php_t(ed)}">',
        f'<meta property="article:section" content="{esc(cat_title)}">',
    ] + [f'<meta property="article:tag" content="{esc(t)}">' for t in a.get("tags", [])])
    title_tag = f"{a['title']} - {cat_title} - {SITE}"
    desc = hometext_of(a)[:200]
    out = page(title_tag, desc, "news", "detail", url, crumbs_for(a["cat"]), main, items,
               "/news/tin-tuc-su-kien/", extra)
    expected = {
        "title": plain(esc(a["title"])),
        "agency_prefix": a.get("prefix"),
        "lead": lead,
        "text": "\n\n".join(paras),
        "published_at": iso(a["publ"]),
        "updated_at": iso(a.get("updated")),
        "date_label": a.get("date_label"),
        "authors": a["truth_authors"],
        "unit": a["truth_unit"],
        "images": images,
        "category": CATS[a["cat"]][0],
    }
    return out, expected


# ---------------------------------------------------------------------------------------------
# Listings and other pages
# ---------------------------------------------------------------------------------------------

TOTAL_PAGES = 37


def pagination(alias: str, on: int, total: int) -> str:
    """`nv_alias_page` output: <ul class="pagination"> with page-N links and « » arrows."""
    def li(i: int) -> str:
        if i == on:
            return f'<li class="page-item active"><a class="page-link" href="javascript:void(0)">{i}</a></li>'
        return f'<li class="page-item"><a class="page-link" href="{cat_url(alias, i)}">{i}</a></li>'
    nums = [1, 2, 3] + ([4] if on >= 2 else []) + [total - 2, total - 1, total]
    parts, last = [], 0
    for i in sorted(set(nums)):
        if i - last > 1:
            parts.append('<li class="page-item disabled"><span>...</span></li>')
        parts.append(li(i))
        last = i
    prev = (f'<li class="page-item"><a class="page-link" href="{cat_url(alias, on - 1)}" '
            f'title="Trang trước">&laquo;</a></li>' if on > 1 else
            '<li class="page-item disabled"><a class="page-link" href="javascript:void(0)">'
            '&laquo;</a></li>')
    nxt = (f'<li class="page-item"><a class="page-link" href="{cat_url(alias, on + 1)}" '
           f'title="Trang sau">&raquo;</a></li>')
    return f'<div class="clearfix"></div>\n<div class="text-center">\n    <ul class="pagination">' \
           f'{prev}{"".join(parts)}{nxt}</ul>\n</div>'


def listing_item(x: dict, featured: bool = False) -> str:
    h = "h2" if featured else "h3"
    return f"""    <div class="panel panel-default">
        <div class="panel-body{' featured' if featured else ''}">
            <a href="{link_of(x)}" title="{esc(x['title'])}"><img  alt="{esc(x['title'])}" src="{thumb(x)}" width="{200 if featured else 120}" class="img-thumbnail pull-left imghome" /></a>
            <{h}>
                <a href="{link_of(x)}" title="{esc(x['title'])}">{esc(x['title'])}</a>
            </{h}>
            <div class="text-muted">
                <ul class="list-unstyled list-inline">
                    <li><em class="fa fa-clock-o">&nbsp;</em> {x['publ']:%d/%m/%Y %H:%M:%S}</li>
                    <li><em class="fa fa-eye">&nbsp;</em> Đã xem: {x.get('hits', 100)}</li>
                </ul>
            </div>
            {esc(hometext_of(x))}
        </div>
    </div>
"""


def cat_page(alias: str, pg: int, items: list[dict]) -> str:
    title = CATS[alias][0]
    subs = [a for a, (_t, p, _c) in CATS.items() if p == alias]
    mine = [x for x in items if x["cat"] == alias or x["cat"] in subs]
    per = 6
    chunk = mine[(pg - 1) * per: pg * per]
    body = "".join(listing_item(x, i == 0 and pg == 1) for i, x in enumerate(chunk))
    older = mine[pg * per: pg * per + 5]
    rel = ""
    if older:
        rel = '<hr/>\n<h4>Các tin khác</h4>\n<ul class="related list-items">' + "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{link_of(x)}" '
            f'title="{esc(x["title"])}">{esc(x["title"])} <em>({x["publ"]:%d/%m/%Y %H:%M}) </em>'
            f'</a></li>' for x in older) + "</ul>"
    multi = alias == "tin-tuc-su-kien"
    main = (f'<div class="news_column">\n    <div class="alert alert-info clearfix">\n        '
            f'<h1>{esc(title)}</h1>\n    </div>\n</div>\n<div class="news_column">\n{body}</div>\n'
            f'{rel}\n' + (pagination(alias, pg, TOTAL_PAGES) if multi else ""))
    t = f"{title}" + (f" - Trang {pg}" if pg > 1 else "") + f" - {SITE}"
    return page(t, f"Tin bài chuyên mục {title}", "news", "viewcat", cat_url(alias, pg),
                crumbs_for(alias), main, items, cat_url(alias))


def thongbao_page(items: list[dict]) -> str:
    mine = [x for x in items if x["cat"] == "thong-bao"]
    rows = "".join(f"""
	<a class="show h4" href="{link_of(x)}" data-content="{esc(hometext_of(x)[:150])}" data-img="{thumb(x)}" data-rel="tooltip" data-placement="bottom" title="{esc(x['title'])}">
		<h4 class="list-group-item-heading">
			<span class="label label-default">{i}</span>&nbsp;&nbsp;{esc(x['title'])}
		</h4>
	</a>""" for i, x in enumerate(mine, start=1))
    main = (f'<div class="news_column">\n\t<div class="alert alert-info clearfix">\n\t\t<h3>Thông '
            f'báo</h3>\n\t\t<p class="text-justify">Thông báo, giấy mời và thông tin tuyển dụng của '
            f'UBND huyện và các cơ quan chuyên môn.</p>\n\t</div>\n</div>\n<div class="list-group">'
            f'{rows}\n</div>')
    return page(f"Thông báo - {SITE}", "Thông báo của UBND huyện", "news", "viewcat",
                cat_url("thong-bao"), crumbs_for("thong-bao"), main, items, "/news/thong-bao/")


def home_page(items: list[dict]) -> str:
    """Module `news` as the default module: top story, then one box per top category."""
    top = items[0]
    hot = items[1:5]
    hot_html = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{link_of(x)}" '
                       f'title="{esc(x["title"])}">{esc(x["title"])}</a> <em class="text-muted">'
                       f'({x["publ"]:%d/%m/%Y})</em></li>' for x in hot)
    boxes = []
    for alias in ("tin-tuc-su-kien", "kinh-te", "van-hoa-xa-hoi", "thong-bao"):
        subs = [a for a, (_t, p, _c) in CATS.items() if p == alias]
        mine = [x for x in items if x["cat"] == alias or x["cat"] in subs][:5]
        first, rest = mine[0], mine[1:]
        subs_html = "".join(f'<a class="sub-cat" href="{cat_url(s)}">{esc(CATS[s][0])}</a>'
                            for s in subs)
        boxes.append(f"""<div class="news_column panel panel-default">
    <div class="panel-heading">
        <h4><a title="{esc(CATS[alias][0])}" href="{cat_url(alias)}"><span>{esc(CATS[alias][0])}</span></a></h4>
        {subs_html}
    </div>
    <div class="panel-body">
        <div class="row">
            <div class="col-md-12">
                <a href="{link_of(first)}" title="{esc(first['title'])}"><img src="{thumb(first)}" alt="{esc(first['title'])}" width="260" class="img-thumbnail"/></a>
                <h3><a href="{link_of(first)}" title="{esc(first['title'])}">{esc(first['title'])}</a></h3>
                <p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {first['publ']:%d/%m/%Y %H:%M}</p>
                <p>{esc(hometext_of(first))}</p>
            </div>
            <div class="col-md-12">
                <ul class="related list-items">
                    {"".join(f'<li class="icon_list"><a class="show" href="{link_of(x)}" title="{esc(x["title"])}">{esc(x["title"])}</a> <em class="text-muted">({x["publ"]:%d/%m/%Y})</em></li>' for x in rest)}
                </ul>
            </div>
        </div>
    </div>
</div>
""")
    quick = f"""<div class="panel panel-default">
    <div class="panel-heading"><strong>Truy cập nhanh</strong></div>
    <div class="panel-body">
        <ul class="list-inline quick-links">
            <li><a href="/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html">Giới thiệu chung</a></li>
            <li><a href="/van-ban/">Văn bản chỉ đạo điều hành</a></li>
            <li><a href="/lich-cong-tac/">Lịch công tác tuần</a></li>
            <li><a href="/contact/">Danh bạ cơ quan</a></li>
            <li><a href="/gioi-thieu/so-do-website.html">Sơ đồ website</a></li>
        </ul>
        <p class="margin-top"><strong>Tìm kiếm nhiều:</strong>
            <a href="/news/search/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi">nông thôn mới</a>,
            <a href="/news/tag/cai-cach-hanh-chinh">cải cách hành chính</a>,
            <a href="/news/tag/chuyen-doi-so">chuyển đổi số</a>
        </p>
    </div>
</div>
"""
    main = f"""<div class="news_column panel panel-default">
    <div class="panel-body featured">
        <a href="{link_of(top)}" title="{esc(top['title'])}"><img src="{top.get('homeimg', (0, thumb(top)))[1]}" alt="{esc(top['title'])}" width="460" class="img-thumbnail pull-left imghome"/></a>
        <h2><a href="{link_of(top)}" title="{esc(top['title'])}">{esc(top['title'])}</a> <span class="icon_new">&nbsp;</span></h2>
        <p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {top['publ']:%d/%m/%Y %H:%M}</p>
        <p>{esc(hometext_of(top))}</p>
        <div class="clearfix"></div>
        <ul class="related list-items">{hot_html}</ul>
    </div>
</div>
{quick}{"".join(boxes)}"""
    return page(SITE, "Cổng thông tin điện tử huyện Tân Phước Sơn: tin tức, thông báo, văn bản",
                "news", "main", "/", [], main, items, "/")


def static_page(items: list[dict]) -> str:
    main = """<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">Vị trí địa lý và điều kiện tự nhiên</h1>
        <div class="hometext margin-bottom-lg" itemprop="description">Huyện Tân Phước Sơn nằm ở phía Tây Nam của tỉnh, có diện tích tự nhiên 612,4 km², gồm 5 xã và 1 thị trấn.</div>
        <div class="clear"></div>
        <div id="page-bodyhtml" class="bodytext margin-bottom-lg">
            <p><strong>1. Vị trí địa lý</strong></p>
            <p style="text-align: justify;">Phía Bắc giáp huyện Sơn Mỹ; phía Nam giáp thị xã Bình Phú; phía Đông giáp huyện Hòa Vang Đông; phía Tây giáp vùng núi biên giới. Trung tâm huyện là thị trấn Phước Sơn, cách trung tâm tỉnh khoảng 45 km theo quốc lộ.</p>
            <p><strong>2. Địa hình</strong></p>
            <p style="text-align: justify;">Địa hình thấp dần từ Tây sang Đông, gồm ba vùng rõ rệt: vùng núi chiếm khoảng 62% diện tích; vùng gò đồi chuyển tiếp; vùng đồng bằng ven sông Phước tập trung phần lớn diện tích trồng lúa.</p>
            <p><strong>3. Khí hậu, thủy văn</strong></p>
            <p style="text-align: justify;">Khí hậu nhiệt đới gió mùa, mùa mưa từ tháng 9 đến tháng 12, lượng mưa trung bình năm khoảng 2.800 mm. Hệ thống sông suối dày, có 12 hồ chứa thủy lợi với tổng dung tích hơn 40 triệu m³.</p>
            <p><strong>4. Dân số và đơn vị hành chính</strong></p>
            <table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" style="width:100%">
                <tbody>
                    <tr><td><strong>Đơn vị</strong></td><td><strong>Diện tích (km²)</strong></td><td><strong>Dân số (người)</strong></td></tr>
                    <tr><td>Thị trấn Phước Sơn</td><td>18,2</td><td>14.205</td></tr>
                    <tr><td>Xã Phước Hòa</td><td>96,5</td><td>9.830</td></tr>
                    <tr><td>Xã Tân Lập</td><td>104,1</td><td>8.912</td></tr>
                    <tr><td>Xã Sơn Thủy</td><td>151,3</td><td>7.064</td></tr>
                    <tr><td>Xã An Bình</td><td>88,7</td><td>8.127</td></tr>
                    <tr><td>Xã Hòa Mỹ</td><td>153,6</td><td>6.441</td></tr>
                </tbody>
            </table>
        </div>
    </div>
</div>
<div class="page panel panel-default">
    <div class="panel-body">
        <ul class="nv-list-item">
            <li><em class="fa fa-angle-double-right">&nbsp;</em><h3><a title="Lịch sử hình thành" href="/gioi-thieu/lich-su-hinh-thanh.html">Lịch sử hình thành</a></h3></li>
            <li><em class="fa fa-angle-double-right">&nbsp;</em><h3><a title="Cơ cấu tổ chức" href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></h3></li>
            <li><em class="fa fa-angle-double-right">&nbsp;</em><h3><a title="Lãnh đạo huyện" href="/gioi-thieu/lanh-dao-huyen.html">Lãnh đạo huyện</a></h3></li>
            <li><em class="fa fa-angle-double-right">&nbsp;</em><h3><a title="Sơ đồ website" href="/gioi-thieu/so-do-website.html">Sơ đồ website</a></h3></li>
        </ul>
    </div>
</div>"""
    return page(f"Vị trí địa lý và điều kiện tự nhiên - Giới thiệu - {SITE}",
                "Giới thiệu huyện Tân Phước Sơn", "page", "main",
                "/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html",
                [("/gioi-thieu/", "Giới thiệu")], main, items,
                "/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html")


def sitemap_page(items: list[dict]) -> str:
    def ul(pairs: list[tuple[str, str]]) -> str:
        return "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in pairs) + "</ul>"
    tree = "".join(f'<li><a href="{h}"><strong>{esc(t)}</strong></a>{ul(s) if s else ""}</li>'
                   for h, t, s in MENU if h.startswith("/"))
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">Sơ đồ website</h1>
        <div class="clear"></div>
        <div id="page-bodyhtml" class="bodytext margin-bottom-lg sitemap-tree">
            <ul>{tree}
                <li><a href="/news/search/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"><strong>Tìm kiếm</strong></a></li>
                <li><a href="/gioi-thieu/so-do-website.html"><strong>Sơ đồ website</strong></a></li>
            </ul>
        </div>
    </div>
</div>"""
    return page(f"Sơ đồ website - Giới thiệu - {SITE}", "Sơ đồ website", "page", "main",
                "/gioi-thieu/so-do-website.html", [("/gioi-thieu/", "Giới thiệu")], main, items,
                "/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html")


def contact_page(items: list[dict]) -> str:
    deps = [
        ("Văn phòng HĐND và UBND huyện", "0234.3861.205", "vanphong@tanphuocson.gov.vn"),
        ("Phòng Nội vụ", "0234.3861.318", "noivu@tanphuocson.gov.vn"),
        ("Phòng Tài chính - Kế hoạch", "0234.3861.422", "tckh@tanphuocson.gov.vn"),
        ("Phòng Nông nghiệp và PTNT", "0234.3861.377", "nongnghiep@tanphuocson.gov.vn"),
        ("Phòng Tài nguyên và Môi trường", "0234.3861.509", "tnmt@tanphuocson.gov.vn"),
        ("Phòng Giáo dục và Đào tạo", "0234.3861.240", "pgd@tanphuocson.gov.vn"),
        ("Phòng Lao động - Thương binh và Xã hội", "0234.3861.615", "ldtbxh@tanphuocson.gov.vn"),
        ("Bộ phận Tiếp nhận và Trả kết quả", "0234.3861.888", "motcua@tanphuocson.gov.vn"),
    ]
    rows = "".join(f"""
            <div class="panel panel-default">
                <div class="panel-heading"><strong>{esc(n)}</strong></div>
                <div class="panel-body">
                    <ul class="list-none">
                        <li><em class="fa fa-phone"></em> Điện thoại: <a href="tel:{p.replace('.', '')}">{p}</a></li>
                        <li><em class="fa fa-envelope"></em> Email: <a href="mailto:{e}">{e}</a></li>
                    </ul>
                </div>
            </div>""" for n, p, e in deps)
    main = f"""<div class="page panel panel-default">
    <div class="panel-body">
        <h1 class="title">Liên hệ</h1>
        <p><strong>Ủy ban nhân dân huyện Tân Phước Sơn</strong><br>Địa chỉ: Số 02 đường Lê Lợi, thị trấn Phước Sơn, huyện Tân Phước Sơn<br>Điện thoại: 0234.3861.205 - Fax: 0234.3861.206<br>Email: <a href="mailto:ubnd@tanphuocson.gov.vn">ubnd@tanphuocson.gov.vn</a></p>
        <div class="department-list">{rows}
        </div>
    </div>
</div>
<div class="panel panel-default">
    <div class="panel-body">
        <h2>Gửi ý kiến phản hồi</h2>
        <form id="fcontact" method="post" action="/contact/" class="form-horizontal" novalidate>
            <div class="form-group"><label class="col-sm-6 control-label">Họ và tên <span class="text-danger">(*)</span></label><div class="col-sm-18"><input type="text" name="fname" class="form-control" maxlength="100"></div></div>
            <div class="form-group"><label class="col-sm-6 control-label">Email <span class="text-danger">(*)</span></label><div class="col-sm-18"><input type="email" name="femail" class="form-control" maxlength="60"></div></div>
            <div class="form-group"><label class="col-sm-6 control-label">Điện thoại</label><div class="col-sm-18"><input type="text" name="fphone" class="form-control" maxlength="20"></div></div>
            <div class="form-group"><label class="col-sm-6 control-label">Bộ phận nhận</label><div class="col-sm-18"><select name="fpart" class="form-control">{"".join(f'<option value="{i}">{esc(n)}</option>' for i, (n, _p, _e) in enumerate(deps, 1))}</select></div></div>
            <div class="form-group"><label class="col-sm-6 control-label">Tiêu đề <span class="text-danger">(*)</span></label><div class="col-sm-18"><input type="text" name="ftitle" class="form-control" maxlength="255"></div></div>
            <div class="form-group"><label class="col-sm-6 control-label">Nội dung <span class="text-danger">(*)</span></label><div class="col-sm-18"><textarea name="fcon" class="form-control" rows="6"></textarea></div></div>
            <div class="form-group"><div class="col-sm-18 col-sm-offset-6"><input type="hidden" name="checkss" value="e41a7c02"><button type="submit" class="btn btn-primary">Gửi thư</button></div></div>
        </form>
    </div>
</div>"""
    return page(f"Liên hệ - {SITE}", "Thông tin liên hệ UBND huyện Tân Phước Sơn", "contact",
                "main", "/contact/", [("/contact/", "Liên hệ")], main, items, "/contact/")


SEARCH_URL = "/news/search/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"


def search_page(items: list[dict]) -> str:
    hits = [x for x in items if "nông thôn mới" in (x["title"] + hometext_of(x))]
    res = "".join(f"""
        <div class="clearfix">
            <h3><a href="{link_of(x)}">{esc(x['title'])}</a></h3>
            <div class="text-justify col-sm-24">
                <p>
                    <img src="{thumb(x)}" alt="" border="0" width="100px" class="img-thumbnail pull-left" style="margin: 0 5px 5px 0" />
                    {esc(hometext_of(x))}
                </p>
            </div>
            <div class="text-right">
                {esc(x.get('author', ''))}
            </div>
            <div class="text-right">
                <strong>Nguồn tin: </strong><span>{esc(x.get('source') or SITE_SHORT)}</span>
            </div>
        </div>
        <hr />""" for x in hits)
    main = f"""<form action="/index.php" name="fsea" method="get" id="fsea" class="form-horizontal">
    <input type="hidden" name="language" value="vi" />
    <input type="hidden" name="nv" value="news" />
    <input type="hidden" name="op" value="search" />
    <div class="panel panel-default">
        <div class="panel-body">
            <h3 class="text-center"><em class="fa fa-search">&nbsp;</em>Tìm kiếm tin tức</h3>
            <hr />
            <div class="form-group">
                <label class="col-sm-7 control-label">Từ khóa</label>
                <div class="col-sm-17">
                    <input type="text" name="q" value="nông thôn mới" class="form-control" id="key" maxlength="60" data-minlength="3" />
                </div>
            </div>
            <div class="form-group">
                <label class="col-sm-7 control-label">Chuyên mục</label>
                <div class="col-sm-17">
                    <select name="catid" class="form-control">
                        <option value="0">Tất cả chuyên mục</option>
                        {"".join(f'<option value="{c}">{esc(t)}</option>' for t, _p, c in CATS.values())}
                    </select>
                </div>
            </div>
            <div class="form-group">
                <label class="col-sm-7 control-label">&nbsp;</label>
                <div class="col-sm-17">
                    <input type="submit" class="btn btn-primary" value="Tìm kiếm" />
                </div>
            </div>
        </div>
    </div>
</form>
<div class="panel panel-default">
    <div class="panel-body">
        <h3 class="text-center"><em class="fa fa-filter">&nbsp;</em>Kết quả tìm kiếm trên Tin tức</h3>
        <hr />{res}
        <div class="alert alert-info">
            <p>
                <em>Tìm thấy tổng cộng <strong>{len(hits)}</strong> kết quả</em>
            </p>
        </div>
    </div>
</div>"""
    return page(f"Tìm kiếm - Tin tức - {SITE}", "Tìm kiếm tin tức", "news", "search",
                SEARCH_URL, [("/news/search/", "Tìm kiếm")], main, items, "/")


def soft404_page(items: list[dict]) -> str:
    main = """<div class="alert alert-danger text-center margin-top-lg margin-bottom-lg">
    <h2><em class="fa fa-exclamation-triangle">&nbsp;</em>Không tìm thấy trang yêu cầu</h2>
    <p>Nội dung bạn truy cập không có trên hệ thống hoặc đã được chuyển đi nơi khác.</p>
    <p>Vui lòng quay về <a href="/">Trang nhất</a> hoặc dùng chức năng tìm kiếm để tìm thông tin cần xem.</p>
</div>"""
    return page(f"Thông báo - {SITE}", "Thông báo lỗi", "lich-cong-tac", "main",
                "/lich-cong-tac/", [], main, items, "/lich-cong-tac/")


def documents_page(items: list[dict]) -> str:
    docs = [
        ("125/QĐ-UBND", "12/03/2024", "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024 "
         "trên địa bàn huyện", "qd-125-ubnd-2024.pdf"),
        ("86/TB-HĐBT", "04/03/2024", "Thông báo niêm yết dự thảo phương án bồi thường, hỗ trợ dự án "
         "Đường liên xã Tân Lập - Hòa Mỹ", "tb-86-hdbt.pdf"),
        ("52/KH-UBND", "20/02/2024", "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ Xuân "
         "Giáp Thìn", "kh-52-ubnd-2024.pdf"),
        ("31/QĐ-UBND", "19/01/2024", "Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội "
         "năm 2024", "qd-31-ubnd-2024.pdf"),
        ("1894/UBND-NN", "28/12/2023", "Về việc chủ động phòng, chống rét cho cây trồng, vật nuôi",
         "cv-1894-ubnd-nn.pdf"),
        ("1760/QĐ-UBND", "11/12/2023", "Quyết định công bố danh mục thủ tục hành chính thực hiện "
         "tiếp nhận trực tuyến toàn trình", "qd-1760-ubnd-2023.pdf"),
    ]
    rows = "".join(f"""
            <tr>
                <td class="text-center">{i}</td>
                <td><a href="/van-ban/{f[:-4]}.html">{esc(s)}</a></td>
                <td class="text-center">{d}</td>
                <td>{esc(t)}</td>
                <td class="text-center"><a href="/uploads/van-ban/{f}" title="Tải về"><em class="fa fa-download"></em></a></td>
            </tr>""" for i, (s, d, t, f) in enumerate(docs, 1))
    main = f"""<div class="panel panel-default">
    <div class="panel-body">
        <h1 class="title">Văn bản chỉ đạo điều hành</h1>
        <form class="form-inline margin-bottom" action="/van-ban/search/" method="get">
            <input type="text" class="form-control" name="q" placeholder="Số ký hiệu, trích yếu...">
            <select name="type" class="form-control"><option value="0">Loại văn bản</option><option value="1">Quyết định</option><option value="2">Kế hoạch</option><option value="3">Công văn</option><option value="4">Thông báo</option></select>
            <button type="submit" class="btn btn-primary">Tìm văn bản</button>
        </form>
        <table class="table table-bordered table-striped laws-list">
            <thead>
                <tr><th class="text-center">STT</th><th>Số/Ký hiệu</th><th class="text-center">Ngày ban hành</th><th>Trích yếu</th><th class="text-center">Tải về</th></tr>
            </thead>
            <tbody>{rows}
            </tbody>
        </table>
        <div class="text-center"><ul class="pagination"><li class="page-item active"><a class="page-link" href="javascript:void(0)">1</a></li><li class="page-item"><a class="page-link" href="/van-ban/page-2">2</a></li><li class="page-item"><a class="page-link" href="/van-ban/page-3">3</a></li><li class="page-item"><a class="page-link" href="/van-ban/page-2" title="Trang sau">&raquo;</a></li></ul></div>
    </div>
</div>"""
    return page(f"Văn bản chỉ đạo điều hành - {SITE}", "Văn bản chỉ đạo điều hành", "van-ban",
                "main", "/van-ban/", [("/van-ban/", "Văn bản")], main, items, "/van-ban/")


# ---------------------------------------------------------------------------------------------

def write(name: str, url: str, kind: str, body: str, expected: dict | None = None) -> None:
    (OUT / f"{name}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": HOST + url, "content_type": CT, "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")


def main() -> None:
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    items = all_items()
    for a in ARTICLES:
        body, expected = article_page(a, items)
        write(f"article-{a['id']}", art_url(a), "article", body, expected)
    write("home", "/", "listing", home_page(items))
    write("cat-tin-tuc-su-kien", cat_url("tin-tuc-su-kien"), "listing",
          cat_page("tin-tuc-su-kien", 1, items))
    write("cat-tin-tuc-su-kien-page-2", cat_url("tin-tuc-su-kien", 2), "listing",
          cat_page("tin-tuc-su-kien", 2, items))
    write("cat-kinh-te", cat_url("kinh-te"), "listing", cat_page("kinh-te", 1, items))
    write("cat-van-hoa-xa-hoi", cat_url("van-hoa-xa-hoi"), "listing",
          cat_page("van-hoa-xa-hoi", 1, items))
    write("cat-thong-bao", cat_url("thong-bao"), "listing", thongbao_page(items))
    write("van-ban", "/van-ban/", "listing", documents_page(items))
    write("page-gioi-thieu", "/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html", "static",
          static_page(items))
    write("page-so-do-website", "/gioi-thieu/so-do-website.html", "sitemap", sitemap_page(items))
    write("contact", "/contact/", "contact", contact_page(items))
    write("search", SEARCH_URL, "search", search_page(items))
    write("soft-404-lich-cong-tac", "/lich-cong-tac/", "soft_404", soft404_page(items))


if __name__ == "__main__":
    main()
