"""Generate the joomla4truong held-out variant (Joomla 4 + Cassiopeia, a lower-secondary school).

    python tests/variants/unknown/joomla4truong/make.py

Deterministic: pages and truth files come from the same data below. All text invented.
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOST = "https://thcstanhoa.songlam.edu.vn"
SITE = "Trường THCS Tân Hòa"
VER = "b7c3e1f0a9d2"  # media version hash Joomla appends to assets
TOKEN = "5e0c7a1d93f24b6e8a7c0d12f4e9b3a6"
MONTHS = {i: f"Tháng {i}" for i in range(1, 13)}

CATS = {
    8: {"title": "Tin tức - Sự kiện", "alias": "tin-tuc", "itemid": 102},
    9: {"title": "Thông báo", "alias": "thong-bao", "itemid": 103},
}


def N(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def e(s: str) -> str:
    return html.escape(N(s), quote=True)


def sef(a: dict) -> str:
    return f"/index.php/{CATS[a['cat']]['alias']}/{a['id']}-{a['alias']}"


def nonsef(a: dict) -> str:
    return f"/index.php?option=com_content&view=article&id={a['id']}&catid={a['cat']}"


def lc3(dt: str) -> str:
    y, m, d = dt[:10].split("-")
    return f"{int(d)} {MONTHS[int(m)]} {y}"


def dmy(dt: str) -> str:
    y, m, d = dt[:10].split("-")
    return f"{d}/{m}/{y}"


def iso(dt: str) -> str:
    return dt.replace(" ", "T") + ":00+07:00"


# ---------------------------------------------------------------- articles
# body blocks: ("lead", text) bold first paragraph; ("p", text); ("ph", html, text) paragraph with
# markup; ("img", src, w, h, caption, credit, style) inline image + italic caption paragraph;
# ("ul", [items]); ("table", header, rows); ("br", [lines]); ("sig", text) bold right;
# ("src", text) "Nguồn: …" line; ("attach", [(label, href)])
ARTICLES = [
    {
        "id": 114, "alias": "thong-bao-nghi-hoc-ngay-gio-to-hung-vuong", "cat": 9,
        "title": "Thông báo nghỉ học ngày Giỗ Tổ Hùng Vương",
        "created": "2024-04-10 16:05", "modified": None, "hits": 87,
        "by": "Super User", "alias_by": False, "featured": True,
        "fulltext_image": None, "intro_image": None,
        "body": [
            ("p", "Thực hiện quy định về nghỉ lễ, học sinh toàn trường được nghỉ học vào thứ Năm, "
                  "ngày 18/4/2024 (tức ngày 10 tháng 3 âm lịch). Các lớp đi học trở lại bình thường "
                  "vào sáng thứ Sáu, ngày 19/4/2024."),
            ("p", "Đề nghị quý phụ huynh nhắc nhở các em vui chơi an toàn, lành mạnh."),
            ("sig", "Ban Giám hiệu"),
        ],
        "authors": [], "unit": "Ban Giám hiệu", "prefix": None,
    },
    {
        "id": 113, "alias": "ke-hoach-tuyen-sinh-vao-lop-6-nam-hoc-2024-2025", "cat": 9,
        "title": "Kế hoạch tuyển sinh vào lớp 6 năm học 2024 - 2025",
        "created": "2024-04-02 08:00", "modified": "2024-04-03 10:25", "hits": 634,
        "by": "Lê Thị Minh Nguyệt", "alias_by": False, "featured": True,
        "fulltext_image": None, "intro_image": None,
        "body": [
            ("lead", "Căn cứ hướng dẫn của Phòng Giáo dục và Đào tạo huyện Sông Lam, nhà trường "
                     "thông báo kế hoạch tuyển sinh vào lớp 6 năm học 2024 - 2025 như sau."),
            ("p", "Đối tượng tuyển sinh là học sinh đã hoàn thành chương trình tiểu học, có nơi thường "
                  "trú hoặc tạm trú trên địa bàn xã Tân Hòa. Nhà trường dự kiến tuyển 4 lớp với tổng "
                  "số 140 học sinh."),
            ("p", "Phương thức tuyển sinh: xét tuyển. Hồ sơ gồm đơn đăng ký, học bạ tiểu học bản chính, "
                  "bản sao giấy khai sinh và giấy xác nhận thông tin cư trú."),
            ("p", "Thời gian nhận hồ sơ từ ngày 01/7/2024 đến hết ngày 15/7/2024, trong giờ hành chính, "
                  "tại Văn phòng nhà trường. Danh sách trúng tuyển được công bố trước ngày 25/7/2024."),
            ("attach", [
                ("Kế hoạch tuyển sinh lớp 6 năm học 2024-2025.pdf",
                 "/images/van-ban/2024/ke-hoach-tuyen-sinh-lop-6-2024-2025.pdf"),
                ("Mẫu đơn đăng ký dự tuyển.docx",
                 "/images/van-ban/2024/mau-don-dang-ky-du-tuyen.docx"),
            ]),
        ],
        "authors": ["Lê Thị Minh Nguyệt"], "unit": None, "prefix": None,
    },
    {
        "id": 112, "alias": "truong-thcs-tan-hoa-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2024",
        "cat": 8,
        "title": "Trường THCS Tân Hòa tổ chức Hội khỏe Phù Đổng cấp trường năm 2024",
        "created": "2024-03-12 08:15", "modified": None, "hits": 245,
        "by": "Super User", "alias_by": False, "featured": True,
        "fulltext_image": ("/images/tin-tuc/2024/03/hoi-khoe-phu-dong-keo-co.jpg", 800, 533,
                           "Phần thi kéo co giữa tập thể lớp 7A và lớp 7C", "Ảnh: Trần Thu Hà",
                           "paren"),
        "intro_image": "/images/tin-tuc/2024/03/hoi-khoe-phu-dong-keo-co-nho.jpg",
        "body": [
            ("lead", "Nhằm đẩy mạnh phong trào rèn luyện thân thể trong học sinh và tuyển chọn vận "
                     "động viên tham dự giải cấp huyện, nhà trường đã tổ chức Hội khỏe Phù Đổng cấp "
                     "trường với sự tham gia của hơn 300 học sinh thuộc 12 lớp."),
            ("p", "Sáng ngày 09/3/2024, tại sân trường, Hội khỏe Phù Đổng cấp trường năm 2024 đã chính "
                  "thức khai mạc. Đến dự có thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, đại diện Ban "
                  "đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên."),
            ("p", "Phát biểu khai mạc, thầy Nguyễn Văn Thành nhấn mạnh Hội khỏe là dịp để các em thể "
                  "hiện tinh thần đoàn kết, ý chí vượt khó và tình yêu thể thao. Thầy đề nghị các vận "
                  "động viên thi đấu trung thực, cao thượng, các trọng tài làm việc khách quan, công bằng."),
            ("p", "Hội khỏe năm nay gồm sáu nội dung: điền kinh, cầu lông, bóng bàn, cờ vua, đá cầu và "
                  "kéo co. Các trận đấu diễn ra sôi nổi trong hai ngày, thu hút đông đảo học sinh đến cổ "
                  "vũ. Nhiều em đạt thành tích ấn tượng, nhất là ở nội dung chạy 60 mét và nhảy xa."),
            ("p", "Kết thúc Hội khỏe, Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc và 36 "
                  "huy chương đồng cho các cá nhân; giải nhất toàn đoàn thuộc về tập thể lớp 9B. Nhà "
                  "trường cũng chọn 18 học sinh xuất sắc để tiếp tục bồi dưỡng, chuẩn bị tham gia Hội "
                  "khỏe Phù Đổng cấp huyện dự kiến tổ chức vào tháng 4 tới."),
            ("sig", "Trần Thu Hà"),
        ],
        "authors": ["Trần Thu Hà"], "unit": None, "prefix": None,
    },
    {
        "id": 110, "alias": "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-huyen-nam-hoc-2023-2024", "cat": 8,
        "title": "Kết quả kỳ thi chọn học sinh giỏi cấp huyện năm học 2023 - 2024",
        "created": "2024-02-27 14:02", "modified": None, "hits": 412,
        "by": "Lê Thị Minh Nguyệt", "alias_by": False, "featured": True,
        "fulltext_image": None, "intro_image": "/images/tin-tuc/2024/02/hoc-sinh-gioi-huyen-nho.jpg",
        "body": [
            ("p", "Trong kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2023 - 2024 do Phòng Giáo dục "
                  "và Đào tạo huyện Sông Lam tổ chức, đội tuyển của nhà trường có 14 em dự thi ở 7 môn "
                  "và đạt 11 giải cá nhân."),
            ("p", "Kết quả cụ thể từng môn như sau:"),
            ("table", ["TT", "Môn thi", "Số dự thi", "Giải Nhất", "Giải Nhì", "Giải Ba", "Khuyến khích"],
             [["1", "Ngữ văn", "2", "0", "1", "1", "0"],
              ["2", "Toán", "2", "1", "0", "1", "0"],
              ["3", "Tiếng Anh", "2", "0", "1", "0", "1"],
              ["4", "Vật lí", "2", "0", "0", "1", "0"],
              ["5", "Hóa học", "2", "0", "1", "0", "0"],
              ["6", "Lịch sử", "2", "0", "0", "1", "1"],
              ["7", "Địa lí", "2", "0", "0", "0", "1"],
              ["*Tổng cộng", "14", "1", "3", "4", "3"]]),
            ("p", "Với kết quả này, nhà trường xếp thứ ba toàn huyện về số lượng giải, tăng hai bậc so "
                  "với năm học trước. Em Đặng Minh Khôi, lớp 9A, đạt giải Nhất môn Toán và được chọn "
                  "vào đội tuyển dự thi cấp tỉnh."),
            ("p", "Ban Giám hiệu ghi nhận sự nỗ lực của các thầy cô trực tiếp bồi dưỡng và biểu dương "
                  "tinh thần học tập của các em học sinh trong đội tuyển."),
            ("sig", "Tổ Chuyên môn"),
        ],
        "authors": ["Lê Thị Minh Nguyệt"], "unit": "Tổ Chuyên môn", "prefix": None,
    },
    {
        "id": 109, "alias": "chi-doan-giao-vien-ra-quan-don-ve-sinh-khuon-vien-truong-dau-xuan",
        "cat": 8,
        "title": "Chi đoàn giáo viên ra quân dọn vệ sinh khuôn viên trường đầu xuân",
        "created": "2024-02-20 16:40", "modified": None, "hits": 178,
        "by": "Super User", "alias_by": False, "featured": True,
        "fulltext_image": None, "intro_image": "/images/tin-tuc/2024/02/don-ve-sinh-vuon-truong-nho.jpg",
        "body": [
            ("lead", "Hưởng ứng Tết trồng cây và phong trào “Trường học xanh - sạch - đẹp - an toàn”, "
                     "chiều thứ Bảy vừa qua, Chi đoàn giáo viên đã phối hợp với Liên đội tổ chức buổi "
                     "lao động vệ sinh khuôn viên nhà trường."),
            ("p", "Tham gia buổi ra quân có 22 đoàn viên giáo viên và gần 80 đội viên thuộc các chi đội "
                  "lớp 8, lớp 9. Các đoàn viên được phân công theo từng khu vực: dãy phòng học, vườn "
                  "trường, sân thể dục và khu vực cổng trường."),
            ("img", "/images/tin-tuc/2024/02/don-ve-sinh-vuon-truong.jpg", 640, 427,
             "Đoàn viên giáo viên và đội viên dọn cỏ tại vườn trường", "Ảnh: Võ Đức Anh", "paren"),
            ("p", "Trong buổi chiều, các đoàn viên đã thu gom hơn 30 bao rác thải, phát quang bụi rậm, "
                  "nạo vét mương thoát nước và trồng mới 40 cây hoa giấy dọc hàng rào phía tây. Nhiều "
                  "phụ huynh ở gần trường cũng đến hỗ trợ dụng cụ và nước uống."),
            ("img", "/images/tin-tuc/2024/02/trong-cay-hoa-giay.jpg", 640, 427,
             "Trồng hoa giấy dọc hàng rào phía tây", None, "plain"),
            ("p", "Bí thư Chi đoàn cho biết, sau buổi ra quân, mỗi chi đội sẽ nhận chăm sóc một bồn hoa "
                  "và được chấm điểm thi đua hằng tháng, góp phần giữ cảnh quan sạch đẹp trong suốt "
                  "học kỳ II."),
            ("sig", "Võ Đức Anh"),
        ],
        "authors": ["Võ Đức Anh"], "unit": None, "prefix": None,
    },
    {
        "id": 107, "alias": "so-ket-hoc-ky-i-va-trien-khai-nhiem-vu-hoc-ky-ii-nam-hoc-2023-2024",
        "cat": 8,
        "title": "Sơ kết học kỳ I và triển khai nhiệm vụ học kỳ II năm học 2023 - 2024",
        "created": "2024-02-06 15:10", "modified": "2024-02-08 08:20", "hits": 301,
        "by": "Nguyễn Văn Thành", "alias_by": False, "featured": True,
        "fulltext_image": ("/images/tin-tuc/2024/02/so-ket-hoc-ky-1.jpg", 800, 450, None, None, "none"),
        "intro_image": "/images/tin-tuc/2024/02/so-ket-hoc-ky-1-nho.jpg",
        "body": [
            ("lead", "Nhà trường vừa tổ chức hội nghị sơ kết học kỳ I, đánh giá kết quả thực hiện nhiệm "
                     "vụ năm học và thống nhất các giải pháp trọng tâm cho học kỳ II."),
            ("p", "Chiều ngày 02/02/2024, toàn thể cán bộ, giáo viên, nhân viên nhà trường đã dự hội nghị. "
                  "Thay mặt Ban Giám hiệu, cô Lê Thị Minh Nguyệt, Phó Hiệu trưởng, trình bày báo cáo sơ "
                  "kết với nhiều số liệu cụ thể về quy mô, chất lượng giáo dục và công tác bồi dưỡng đội "
                  "ngũ."),
            ("p", "Theo báo cáo, học kỳ I nhà trường có 12 lớp với 418 học sinh. Tỉ lệ học sinh có kết quả "
                  "học tập mức Tốt và Khá đạt 68,4%, không có học sinh bỏ học. Việc triển khai Chương "
                  "trình giáo dục phổ thông 2018 đối với các khối lớp 6, 7, 8 được thực hiện nghiêm túc, "
                  "đúng kế hoạch."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế như phòng "
                  "học bộ môn còn thiếu, việc ứng dụng công nghệ thông tin trong kiểm tra, đánh giá ở một "
                  "số tổ chưa đồng đều."),
            ("p", "Phát biểu kết luận, thầy Nguyễn Văn Thành đề nghị các tổ chuyên môn tập trung đổi mới "
                  "sinh hoạt chuyên môn theo nghiên cứu bài học, tăng cường phụ đạo học sinh chưa đạt "
                  "và chuẩn bị chu đáo cho kỳ thi tuyển sinh vào lớp 10 sắp tới."),
        ],
        "authors": ["Nguyễn Văn Thành"], "unit": None, "prefix": None,
    },
    {
        "id": 105, "alias": "phong-gd-dt-huyen-song-lam-kiem-tra-cong-tac-chuyen-doi-so-tai-cac-truong-thcs",
        "cat": 8,
        "title": "Phòng GD&ĐT huyện Sông Lam kiểm tra công tác chuyển đổi số tại các trường THCS",
        "created": "2024-02-01 14:30", "modified": None, "hits": 156,
        "by": "Super User", "alias_by": False, "featured": False,
        "fulltext_image": None, "intro_image": None,
        "body": [
            ("lead", "(PGDĐT Sông Lam) - Từ ngày 22 đến 26/01/2024, đoàn kiểm tra của Phòng Giáo dục và "
                     "Đào tạo huyện đã làm việc tại 9 trường THCS về việc triển khai chuyển đổi số trong "
                     "quản lý và dạy học."),
            ("p", "Đoàn tập trung kiểm tra việc sử dụng sổ điểm điện tử, học bạ số, hệ thống quản lý "
                  "trường học và việc cập nhật dữ liệu ngành. Tại mỗi đơn vị, đoàn cũng dự giờ một số "
                  "tiết học có sử dụng học liệu số."),
            ("p", "Qua kiểm tra, đa số các trường đã hoàn thành cập nhật dữ liệu học sinh, giáo viên đúng "
                  "thời hạn; 100% giáo viên sử dụng sổ điểm điện tử. Trường THCS Tân Hòa được đánh giá "
                  "cao ở việc xây dựng kho bài giảng điện tử dùng chung cho các tổ chuyên môn."),
            ("p", "Kết thúc đợt kiểm tra, Phòng GD&ĐT yêu cầu các trường rà soát hạ tầng mạng, bố trí "
                  "cán bộ phụ trách dữ liệu và hoàn thành việc ký số học bạ trước ngày 31/5/2024."),
            ("src", "Nguồn: Phòng GD&ĐT huyện Sông Lam"),
        ],
        "authors": [], "unit": "Phòng GD&ĐT huyện Sông Lam", "prefix": "(PGDĐT Sông Lam) -",
    },
    {
        "id": 104, "alias": "nhung-dieu-can-luu-y-de-giu-an-toan-cho-hoc-sinh-trong-dip-nghi-tet",
        "cat": 8,
        "title": "Những điều cần lưu ý để giữ an toàn cho học sinh trong dịp nghỉ Tết Nguyên đán",
        "created": "2024-01-30 09:00", "modified": None, "hits": 267,
        "by": "Hoàng Thị Lan", "alias_by": False, "featured": False,
        "fulltext_image": None, "intro_image": None,
        "body": [
            ("lead", "Kỳ nghỉ Tết Nguyên đán Giáp Thìn sắp đến, nhà trường đề nghị quý phụ huynh phối "
                     "hợp quản lý, nhắc nhở con em thực hiện tốt các nội dung dưới đây để có một cái Tết "
                     "vui tươi, an toàn."),
            ("p", "Trong thời gian nghỉ Tết, học sinh cần lưu ý:"),
            ("ul", [
                "Không tự ý đi bơi, tắm ở sông, hồ, ao, đập nước khi không có người lớn đi cùng.",
                "Không mua, tàng trữ, sử dụng pháo nổ và các vật liệu gây cháy nổ.",
                "Chấp hành luật giao thông, đội mũ bảo hiểm khi ngồi trên xe máy, xe đạp điện.",
                "Không tham gia các trò chơi có tính chất cờ bạc, không truy cập nội dung không lành "
                "mạnh trên mạng xã hội.",
                "Giữ gìn sức khỏe, ăn uống hợp vệ sinh và đi ngủ đúng giờ.",
            ]),
            ("p", "Giáo viên chủ nhiệm các lớp sẽ gửi nội dung trên qua nhóm liên lạc với phụ huynh. Học "
                  "sinh trở lại trường học bình thường vào sáng thứ Hai, ngày 19/02/2024."),
        ],
        "authors": ["Hoàng Thị Lan"], "unit": None, "prefix": None,
    },
    {
        "id": 103, "alias": "thong-bao-lich-hop-phu-huynh-hoc-sinh-cuoi-hoc-ky-i", "cat": 9,
        "title": "Thông báo lịch họp phụ huynh học sinh cuối học kỳ I",
        "created": "2024-01-08 07:45", "modified": None, "hits": 389,
        "by": "Super User", "alias_by": False, "featured": False,
        "fulltext_image": None, "intro_image": None,
        "body": [
            ("p", "Nhà trường trân trọng thông báo đến quý phụ huynh học sinh lịch họp cuối học kỳ I năm "
                  "học 2023 - 2024 như sau:"),
            ("br", ["Thời gian: 7 giờ 30 phút, Chủ nhật ngày 14/01/2024.",
                    "Địa điểm: Tại phòng học của các lớp.",
                    "Nội dung: Thông báo kết quả học tập, rèn luyện học kỳ I; trao đổi kế hoạch học kỳ II."]),
            ("p", "Kính đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không "
                  "thể tham dự, xin liên hệ trực tiếp với giáo viên chủ nhiệm."),
            ("sig", "Văn phòng nhà trường"),
        ],
        "authors": [], "unit": "Văn phòng nhà trường", "prefix": None,
    },
    {
        "id": 101, "alias": "hoc-sinh-lop-8a-tham-gia-hoat-dong-trai-nghiem-tai-lang-nghe-may-tre-dan",
        "cat": 8,
        "title": "Học sinh lớp 8A tham gia hoạt động trải nghiệm tại làng nghề mây tre đan",
        "created": "2023-12-06 10:12", "modified": None, "hits": 198,
        "by": "Phạm Quốc Bảo", "alias_by": False, "featured": False,
        "fulltext_image": ("/images/tin-tuc/2023/12/trai-nghiem-lang-nghe.jpg", 800, 533,
                           "Học sinh lớp 8A nghe nghệ nhân giới thiệu quy trình đan giỏ", None, "plain"),
        "intro_image": "/images/tin-tuc/2023/12/trai-nghiem-lang-nghe-nho.jpg",
        "body": [
            ("p", "Thực hiện chủ đề “Em với nghề truyền thống quê hương” trong chương trình Hoạt động "
                  "trải nghiệm, hướng nghiệp lớp 8, ngày 01/12/2023, 36 học sinh lớp 8A đã có buổi tham "
                  "quan, học tập tại làng nghề mây tre đan thôn Đông Hà."),
            ("p", "Tại đây, các em được nghệ nhân Trần Văn Lộc giới thiệu lịch sử hình thành làng nghề, "
                  "các công đoạn chọn nguyên liệu, chẻ nan, phơi và đan thành sản phẩm. Nhiều em lần đầu "
                  "tiên tự tay đan được một chiếc lót ly nhỏ."),
            ("img", "/images/tin-tuc/2023/12/hoc-sinh-tap-dan.jpg", 640, 427,
             "Các em tự tay đan sản phẩm đầu tiên.", "Ảnh: Phạm Quốc Bảo", "dot"),
            ("p", "Sau buổi trải nghiệm, mỗi nhóm học sinh hoàn thành một bài thu hoạch và thiết kế áp "
                  "phích giới thiệu sản phẩm của làng nghề. Các sản phẩm tốt nhất sẽ được trưng bày tại "
                  "thư viện nhà trường trong tháng 12."),
            ("sig", "Phạm Quốc Bảo"),
        ],
        "authors": ["Phạm Quốc Bảo"], "unit": None, "prefix": None,
    },
    {
        "id": 98, "alias": "tong-ket-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11", "cat": 8,
        "title": "Tổng kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "created": "2023-11-21 15:20", "modified": None, "hits": 233,
        "by": "Công đoàn trường", "alias_by": True, "featured": False,
        "fulltext_image": None, "intro_image": "/images/tin-tuc/2023/11/mit-tinh-20-11-nho.jpg",
        "body": [
            ("lead", "Sáng ngày 20/11/2023, nhà trường long trọng tổ chức lễ kỷ niệm 41 năm Ngày Nhà giáo "
                     "Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày lễ."),
            ("p", "Trong đợt thi đua kéo dài từ ngày 16/10 đến 15/11/2023, toàn trường có 52 tiết dạy đạt "
                  "loại Giỏi, 1.850 lượt điểm tốt và 26 tờ báo tường của các chi đội. Hội thi giáo viên "
                  "dạy giỏi cấp trường cũng được tổ chức trong thời gian này với 11 giáo viên tham gia."),
            ("p", "Tại buổi lễ, Công đoàn trường đã khen thưởng 4 tập thể lớp và 15 cá nhân có thành tích "
                  "xuất sắc. Lớp 9B và lớp 6A dẫn đầu khối về số điểm tốt; cô Đặng Thị Hồng đạt giải "
                  "Nhất Hội thi giáo viên dạy giỏi cấp trường."),
            ("p", "Nhân dịp này, Ban đại diện cha mẹ học sinh và nhiều thế hệ học trò cũ đã về thăm, tặng "
                  "hoa chúc mừng các thầy cô giáo. Buổi lễ khép lại với chương trình văn nghệ do học "
                  "sinh các lớp biểu diễn."),
        ],
        "authors": [], "unit": "Công đoàn trường", "prefix": None,
    },
    {
        "id": 96, "alias": "le-khai-giang-nam-hoc-2023-2024", "cat": 8,
        "title": "Lễ khai giảng năm học 2023 - 2024",
        "created": "2023-09-05 09:30", "modified": None, "hits": 521,
        "by": "Super User", "alias_by": False, "featured": False,
        "fulltext_image": ("/images/tin-tuc/2023/09/le-khai-giang-2023.jpg", 800, 533,
                           "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "Ảnh: Trần Thu Hà",
                           "paren"),
        "intro_image": "/images/tin-tuc/2023/09/le-khai-giang-2023-nho.jpg",
        "body": [
            ("lead", "Trong không khí tưng bừng của những ngày đầu thu, sáng 05/9, thầy và trò Trường THCS "
                     "Tân Hòa đã tổ chức lễ khai giảng, chào đón 108 học sinh lớp 6 bước vào năm học mới."),
            ("p", "Dự lễ khai giảng có đại diện lãnh đạo Đảng ủy, UBND xã Tân Hòa, Ban đại diện cha mẹ "
                  "học sinh và các nhà hảo tâm trên địa bàn. Năm học 2023 - 2024, nhà trường có 12 lớp "
                  "với 418 học sinh, 31 cán bộ, giáo viên, nhân viên."),
            ("p", "Đọc diễn văn khai giảng, thầy Nguyễn Văn Thành điểm lại những kết quả nổi bật của năm "
                  "học trước, trong đó có 100% học sinh lớp 9 được công nhận tốt nghiệp và 22 giải học "
                  "sinh giỏi các cấp. Thầy cũng quán triệt các nhiệm vụ trọng tâm của năm học mới, đặc "
                  "biệt là triển khai Chương trình giáo dục phổ thông 2018 đối với lớp 8."),
            ("ph", 'Tại buổi lễ, nhà trường đã trao 15 suất học bổng “Vượt khó học giỏi” cho học sinh có '
                   'hoàn cảnh khó khăn, mỗi suất trị giá 1.000.000 đồng. Hình ảnh buổi trao học bổng năm '
                   'trước, quý phụ huynh có thể xem lại <a href="/index.php/tin-tuc/41-le-khai-giang-nam-'
                   'hoc-2022-2023">tại đây</a>.',
             "Tại buổi lễ, nhà trường đã trao 15 suất học bổng “Vượt khó học giỏi” cho học sinh có hoàn "
             "cảnh khó khăn, mỗi suất trị giá 1.000.000 đồng. Hình ảnh buổi trao học bổng năm trước, quý "
             "phụ huynh có thể xem lại tại đây."),
            ("sig", "Tổ Văn phòng"),
        ],
        "authors": [], "unit": "Tổ Văn phòng", "prefix": None,
    },
]
BY_ID = {a["id"]: a for a in ARTICLES}
DUPLICATES = [109, 103]  # also served at their old non-SEF address


def news():
    return [a for a in ARTICLES if a["cat"] == 8]


# ---------------------------------------------------------------- article body html + truth
def body_html(a: dict) -> str:
    out = []
    for b in a["body"]:
        k = b[0]
        if k == "lead":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif k == "p":
            out.append(f'<p style="text-align: justify;">{e(b[1])}</p>')
        elif k == "ph":
            out.append(f'<p style="text-align: justify;">{N(b[1])}</p>')
        elif k == "img":
            _, src, w, h, cap, cred, style = b
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="{e(cap.rstrip("."))}" '
                       f'width="{w}" height="{h}" loading="lazy" /></p>')
            if style == "paren":
                capt = f"{cap} ({cred})" if cred else cap
            elif style == "dot":
                capt = f"{cap} {cred}" if cred else cap
            else:
                capt = cap
            out.append(f'<p style="text-align: center;"><em>{e(capt)}</em></p>')
        elif k == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{e(x)}</li>" for x in b[1]) + "\n</ul>")
        elif k == "table":
            head, rows = b[1], b[2]
            t = ['<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                 'border="1">', "<tbody>", "<tr>"]
            t += [f'<td style="text-align: center;"><strong>{e(c)}</strong></td>' for c in head]
            t.append("</tr>")
            for r in rows:
                t.append("<tr>")
                for c in r:
                    if c.startswith("*"):
                        t.append(f'<td colspan="2" style="text-align: center;"><strong>{e(c[1:])}'
                                 f"</strong></td>")
                    else:
                        t.append(f'<td style="text-align: center;">{e(c)}</td>')
                t.append("</tr>")
            t += ["</tbody>", "</table>"]
            out.append("\n".join(t))
        elif k == "br":
            out.append("<p>" + "<br />\n".join(e(x) for x in b[1]) + "</p>")
        elif k == "sig":
            out.append(f'<p style="text-align: right;"><strong>{e(b[1])}</strong></p>')
        elif k == "src":
            out.append(f'<p style="text-align: right;"><em>{e(b[1])}</em></p>')
        elif k == "attach":
            out.append('<p><strong><span style="text-decoration: underline;">Tải về:</span></strong></p>')
            items = []
            for label, href in b[1]:
                icon = "pdf" if href.endswith(".pdf") else "doc"
                items.append(f'<p><img src="/images/icons/{icon}.png" alt="" width="16" height="16" /> '
                             f'<a href="{href}" target="_blank" rel="noopener">{e(label)}</a></p>')
            out.append("\n".join(items))
    return "\n".join(out)


def truth(a: dict, url: str) -> dict:
    lead, text, images = None, [], []
    if a["fulltext_image"]:
        src, w, h, cap, cred, _ = a["fulltext_image"]
        images.append({"src": HOST + src, "caption": cap, "credit": cred})
    for b in a["body"]:
        k = b[0]
        if k == "lead":
            lead = b[1]
            if a["prefix"]:
                assert lead.startswith(a["prefix"] + " ")
                lead = lead[len(a["prefix"]) + 1:]
        elif k == "p":
            text.append(b[1])
        elif k == "ph":
            text.append(b[2])
        elif k == "img":
            images.append({"src": HOST + b[1], "caption": b[4], "credit": b[5]})
        elif k == "ul":
            text.extend(b[1])
        elif k == "table":
            text.append(" | ".join(b[1]))
            for r in b[2]:
                text.append(" | ".join(c.lstrip("*") for c in r))
        elif k == "br":
            text.extend(b[1])
    exp = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": lead,
        "text": "\n\n".join(text),
        "published_at": iso(a["created"]),
        "updated_at": iso(a["modified"]) if a["modified"] else None,
        "date_label": "Được đăng",
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": CATS[a["cat"]]["title"],
    }
    exp = json.loads(N(json.dumps(exp, ensure_ascii=False)))
    return {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "article",
            "expected": exp}


# ---------------------------------------------------------------- chrome
CUSTOM_CSS = """
:root{--cassiopeia-color-primary:#0b4f8a;--cassiopeia-color-link:#0b5ea8;--cassiopeia-color-hover:#c0392b;--tanhoa-accent:#f2b705;--tanhoa-soft:#eef4fb}
body.site{background:#f3f6fa;font-family:"Roboto","Segoe UI",Arial,sans-serif;font-size:15px;line-height:1.6}
.container-header{background-image:linear-gradient(180deg,#0b4f8a 0%,#0e65b0 100%);box-shadow:0 2px 6px rgba(0,0,0,.15)}
.container-header .navbar-brand{padding-top:.6rem;padding-bottom:.6rem}
.container-header .brand-logo img{max-height:92px;width:auto}
.container-header .site-description{font-size:1.05rem;font-weight:500;letter-spacing:.02em;color:#fff3c4}
.header-topbar{background:#08375f;color:#dce8f5;font-size:13px;padding:.25rem 0}
.header-topbar .header-date{float:left}
.header-topbar .header-hotline{float:right}
.header-topbar a{color:#fff}
.container-nav{background:#0a416f;border-top:1px solid rgba(255,255,255,.12)}
.container-nav .metismenu.mod-menu .metismenu-item{font-size:14px;text-transform:uppercase;font-weight:600}
.container-nav .metismenu.mod-menu .metismenu-item>a{padding:.65rem .9rem;color:#fff}
.container-nav .metismenu.mod-menu .metismenu-item>a:hover{background:#f2b705;color:#08375f}
.container-nav .metismenu.mod-menu .mm-collapse{background:#fff;border:1px solid #d7e1ec;min-width:16rem}
.container-nav .metismenu.mod-menu .mm-collapse .metismenu-item{text-transform:none;font-weight:400}
.container-nav .metismenu.mod-menu .mm-collapse .metismenu-item>a{color:#0b4f8a;padding:.45rem .9rem}
.container-nav .mod-finder{margin:.4rem 0}
.container-nav .mod-finder .form-control{border-radius:2px;font-size:13px}
.site-grid{padding-top:1rem}
.container-component{background:#fff;padding:1rem 1.25rem;border:1px solid #e1e8f0}
.container-component .page-header h1,.container-component .page-header h2{font-size:1.6rem;color:#0b4f8a;font-weight:700;line-height:1.35}
.com-content-article .article-info{font-size:13px;color:#6b7785;border-bottom:1px dashed #d5dde6;padding-bottom:.4rem;margin-bottom:1rem}
.com-content-article .article-info dd{display:inline-block;margin-right:1rem}
.com-content-article .article-info .article-info-term{display:none}
.com-content-article figure.item-image{margin:0 0 1rem;text-align:center}
.com-content-article figure.item-image img{max-width:100%;height:auto}
.com-content-article figure.item-image figcaption{font-style:italic;font-size:14px;color:#555;margin-top:.35rem}
.com-content-article__body p{margin-bottom:.8rem}
.com-content-article__body img{max-width:100%;height:auto}
.com-content-article__body table td{padding:.35rem .5rem}
.pagenavigation .pagination .btn{font-size:13px}
.blog-item{border-bottom:1px solid #e7edf3;padding-bottom:.8rem;margin-bottom:1rem}
.blog-item .item-image{float:left;margin:0 1rem .5rem 0;max-width:240px}
.blog-item .item-image img{width:240px;height:160px;object-fit:cover;border-radius:3px}
.blog-item .page-header h2{font-size:1.15rem;margin-bottom:.2rem}
.blog-item .page-header h2 a{color:#0b4f8a;text-decoration:none}
.blog-item .page-header h2 a:hover{color:#c0392b}
.blog-item .readmore .btn{font-size:12px;padding:.2rem .6rem}
.items-leading .blog-item .item-image{float:none;max-width:none;margin-right:0}
.items-leading .blog-item .item-image img{width:100%;height:auto;max-height:380px}
.com-content-category__table th,.com-content-category__table td{font-size:14px}
.container-sidebar-right .card{border-radius:0;border:1px solid #dbe4ee;margin-bottom:1rem}
.container-sidebar-right .card-header{background:#0b4f8a;color:#fff;font-size:15px;font-weight:700;text-transform:uppercase;padding:.5rem .8rem;border-radius:0}
.container-sidebar-right .card-body{padding:.6rem .8rem;font-size:14px}
.mod-articleslatest li,.mod-articlespopular li{padding:.35rem 0;border-bottom:1px dotted #cfd8e3}
.mod-articleslatest li:last-child,.mod-articlespopular li:last-child{border-bottom:0}
.mod-articleslatest .mod-articles-date{display:block;font-size:12px;color:#8a96a3}
.vanban-moi li{padding:.3rem 0;border-bottom:1px dotted #cfd8e3}
.vanban-moi .so-hieu{font-weight:600;color:#c0392b}
.poll-module .poll-question{font-weight:600;margin-bottom:.4rem}
.poll-module .form-check{margin-bottom:.2rem}
.poll-module .poll-buttons{margin-top:.5rem}
.visitor-counter table{width:100%}
.visitor-counter td{padding:.15rem 0;font-size:13px}
.visitor-counter td.vc-number{text-align:right;font-weight:600;color:#0b4f8a}
.visitor-counter .vc-online{margin-top:.4rem;font-size:12px;color:#6b7785}
.lien-ket-website select{width:100%;font-size:13px}
.lien-ket-website .banner-lk img{width:100%;height:auto;margin-bottom:.4rem}
.tim-nhanh a{display:inline-block;background:#eef4fb;border:1px solid #d0deee;border-radius:12px;padding:.1rem .55rem;margin:0 .25rem .35rem 0;font-size:12px}
.tin-noi-bat li{padding:.25rem 0}
.main-bottom.card{margin-top:1rem}
.main-bottom .card-header{background:#eef4fb;font-size:15px;font-weight:700;color:#0b4f8a}
.relateditems li{padding:.2rem 0}
.relateditems .related-date{color:#8a96a3;font-size:12px}
.container-footer{background:#08375f;color:#cfe0f1;font-size:14px}
.container-footer a{color:#fff}
.container-footer .footer-info{padding:1.2rem 0}
.container-footer .footer-info h4{font-size:1.05rem;text-transform:uppercase;color:#f2b705}
.container-footer .footer-social svg{width:22px;height:22px;fill:#cfe0f1;margin-right:.5rem}
.container-footer .footer-copy{border-top:1px solid rgba(255,255,255,.15);padding:.5rem 0;font-size:12px}
.back-to-top-link{background:#0b4f8a}
.mod-breadcrumbs{background:#eef4fb;font-size:13px}
.lich-cong-tac .tuan{font-weight:600;color:#c0392b;margin-bottom:.3rem}
.lich-cong-tac table{font-size:12.5px;margin-bottom:.3rem}
.lich-cong-tac th{background:#eef4fb;color:#0b4f8a;white-space:nowrap}
.lich-cong-tac td:first-child{white-space:nowrap;font-weight:600}
.chuyen-de li{margin-bottom:.4rem}
.chuyen-de img{width:100%;height:auto;border:1px solid #dbe4ee}
.thu-vien-anh img{width:100%;height:94px;object-fit:cover}
.video-module iframe{border:0}
.footer-schools{font-size:12.5px;padding:.4rem 0;border-top:1px solid rgba(255,255,255,.1)}
.footer-schools a{color:#cfe0f1;text-decoration:none}
.zalo-chat-widget{position:fixed;left:18px;bottom:22px;z-index:999;width:54px;height:54px;border-radius:50%;background:#0068ff;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 10px rgba(0,0,0,.25);animation:zalo-pulse 2s infinite}
.zalo-chat-widget svg{fill:#fff}
@keyframes zalo-pulse{0%{box-shadow:0 0 0 0 rgba(0,104,255,.5)}70%{box-shadow:0 0 0 14px rgba(0,104,255,0)}100%{box-shadow:0 0 0 0 rgba(0,104,255,0)}}
.com-finder .result__item{border-bottom:1px solid #e7edf3;padding:.6rem 0}
.com-finder .result__title-url{display:block;font-size:12px;color:#2e7d32}
.com-finder mark{background:#fff3c4;padding:0}
.com-users-login{max-width:460px}
.com-contact .contact-address dd{margin-bottom:.2rem}
.com-contact__form .control-group{margin-bottom:.7rem}
.card .badge.bg-secondary{font-size:1rem}
.com-content-blog__links{padding-left:1.1rem}
.com-content-blog__links li{padding:.2rem 0}
.pagination .page-link{color:#0b4f8a}
.pagination .active .page-link{background:#0b4f8a;border-color:#0b4f8a;color:#fff}
@media (min-width:992px){.site-grid{grid-template-columns:[full-start] minmax(0,1fr) [main-start] repeat(4,minmax(0,18.5rem)) [main-end] minmax(0,1fr) [full-end]}.container-sidebar-right{grid-area:side-r}}
@media (max-width:767.98px){.container-header .site-description{font-size:.85rem}.container-component{padding:.6rem}.lich-cong-tac table{font-size:12px}}
@media (max-width:991.98px){.blog-item .item-image{float:none;max-width:none}.blog-item .item-image img{width:100%;height:auto}.header-topbar .header-hotline{display:none}}
@media print{.container-header,.container-nav,.container-sidebar-right,.container-footer,.back-to-top-link{display:none!important}}
"""

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/index.php/gioi-thieu", [
        ("Lịch sử hình thành", "/index.php/gioi-thieu/lich-su-hinh-thanh"),
        ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc"),
        ("Ban Giám hiệu", "/index.php/gioi-thieu/ban-giam-hieu"),
        ("Tổ Khoa học tự nhiên", "/index.php/gioi-thieu/to-khoa-hoc-tu-nhien"),
        ("Tổ Khoa học xã hội", "/index.php/gioi-thieu/to-khoa-hoc-xa-hoi"),
        ("Tổ Văn phòng", "/index.php/gioi-thieu/to-van-phong"),
        ("Thành tích nhà trường", "/index.php/gioi-thieu/thanh-tich"),
    ]),
    ("Tin tức", "/index.php/tin-tuc", [
        ("Tin tức - Sự kiện", "/index.php/tin-tuc"),
        ("Hoạt động chuyên môn", "/index.php/hoat-dong-chuyen-mon"),
        ("Đoàn - Đội", "/index.php/doan-doi"),
        ("Gương sáng học đường", "/index.php/guong-sang-hoc-duong"),
    ]),
    ("Thông báo", "/index.php/thong-bao", []),
    ("Văn bản", "/index.php/van-ban", [
        ("Văn bản của Bộ GD&ĐT", "/index.php/van-ban/van-ban-bo"),
        ("Văn bản của Sở GD&ĐT", "/index.php/van-ban/van-ban-so"),
        ("Văn bản của Phòng GD&ĐT", "/index.php/van-ban/van-ban-phong"),
        ("Văn bản nhà trường", "/index.php/van-ban/van-ban-truong"),
    ]),
    ("Ba công khai", "/index.php/ba-cong-khai", [
        ("Công khai chất lượng giáo dục", "/index.php/ba-cong-khai/chat-luong-giao-duc"),
        ("Công khai cơ sở vật chất", "/index.php/ba-cong-khai/co-so-vat-chat"),
        ("Công khai tài chính", "/index.php/ba-cong-khai/tai-chinh"),
    ]),
    ("Thư viện", "/index.php/thu-vien", [
        ("Thư viện ảnh", "/index.php/thu-vien/thu-vien-anh"),
        ("Bài giảng điện tử", "/index.php/thu-vien/bai-giang"),
        ("Đề thi - Kiểm tra", "/index.php/thu-vien/de-thi"),
    ]),
    ("Học sinh", "/index.php/hoc-sinh", [
        ("Thời khóa biểu", "/index.php/hoc-sinh/thoi-khoa-bieu"),
        ("Nội quy học sinh", "/index.php/hoc-sinh/noi-quy"),
        ("Câu lạc bộ", "/index.php/hoc-sinh/cau-lac-bo"),
        ("Gương sáng học đường", "/index.php/guong-sang-hoc-duong"),
        ("Tư vấn tâm lý học đường", "/index.php/hoc-sinh/tu-van-tam-ly"),
        ("Ôn thi vào lớp 10", "/index.php/hoc-sinh/on-thi-vao-lop-10"),
    ]),
    ("Đoàn thể", "/index.php/doan-the", [
        ("Chi bộ", "/index.php/doan-the/chi-bo"),
        ("Công đoàn", "/index.php/doan-the/cong-doan"),
        ("Chi đoàn giáo viên", "/index.php/doan-the/chi-doan"),
        ("Liên đội", "/index.php/doan-the/lien-doi"),
        ("Ban đại diện cha mẹ học sinh", "/index.php/doan-the/ban-dai-dien-cmhs"),
    ]),
    ("Liên hệ", "/index.php/lien-he", []),
]

LATEST = sorted(ARTICLES, key=lambda a: a["created"], reverse=True)
POPULAR = sorted(ARTICLES, key=lambda a: a["hits"], reverse=True)[:5]

SEARCH_URL = "/index.php/tim-kiem?q=tuy%E1%BB%83n%20sinh"

VANBAN = [
    ("45/KH-THCS", "Kế hoạch tổ chức các hoạt động giáo dục tháng 4 năm 2024", "/images/van-ban/2024/kh-45.pdf"),
    ("38/QĐ-THCS", "Quyết định thành lập Hội đồng tuyển sinh lớp 6", "/images/van-ban/2024/qd-38.pdf"),
    ("31/KH-THCS", "Kế hoạch ôn tập thi tuyển sinh vào lớp 10", "/images/van-ban/2024/kh-31.pdf"),
    ("27/TB-THCS", "Thông báo kết quả kiểm tra nội bộ học kỳ I", "/images/van-ban/2024/tb-27.pdf"),
    ("19/KH-THCS", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường", "/images/van-ban/2024/kh-19.pdf"),
]


def head(title: str, desc: str, author: str | None, canonical: str | None, body_cls: str) -> str:
    opts = {
        "joomla.jtext": {
            "MOD_FINDER_SEARCH_VALUE": "Tìm kiếm &hellip;",
            "COM_FINDER_SEARCH_FORM_LIST_LABEL": "Kết quả tìm kiếm",
            "JLIB_JS_AJAX_ERROR_OTHER": "Có lỗi xảy ra khi tải dữ liệu JSON: mã trạng thái HTTP %s .",
            "JLIB_JS_AJAX_ERROR_PARSE": "Lỗi phân tích cú pháp khi xử lý dữ liệu JSON:<br><code style=\"color:inherit;white-space:pre-wrap;padding:0;margin:0;border:0;background:inherit;\">%s</code>",
            "ERROR": "Lỗi", "MESSAGE": "Thông báo", "NOTICE": "Chú ý", "WARNING": "Cảnh báo",
            "JCLOSE": "Đóng", "JOK": "Đồng ý", "JOPEN": "Mở",
        },
        "finder-search": {"url": "/index.php/component/finder/?task=suggestions.suggest&format=json&tmpl=component&Itemid=101"},
        "system.paths": {"root": "", "rootFull": HOST + "/", "base": "", "baseFull": HOST + "/"},
        "csrf.token": TOKEN,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="vi-vn" dir="ltr">',
        "<head>",
        '    <meta charset="utf-8">',
    ]
    if author:
        lines.append(f'\t<meta name="author" content="{e(author)}">')
    lines += [
        '\t<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'\t<meta name="description" content="{e(desc)}">',
        '\t<meta name="generator" content="Joomla! - Open Source Content Management">',
        f"\t<title>{e(title)}</title>",
        '\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">',
        '\t<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">',
        '\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">',
    ]
    if canonical:
        lines.append(f'\t<link href="{HOST}{canonical}" rel="canonical">')
    lines += [
        f'\t<link href="/media/system/css/joomla-fontawesome.min.css?{VER}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{VER}" rel="stylesheet"></noscript>',
        f'\t<link href="/media/templates/site/cassiopeia/css/template.min.css?{VER}" rel="stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{VER}" rel="stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/vendor/metismenu/metismenu.min.css?{VER}" rel="stylesheet">',
        f'\t<link href="/media/vendor/awesomplete/css/awesomplete.css?1.1.5" rel="stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/user.css?{VER}" rel="stylesheet">',
        "\t<style>:root {\n\t\t--hue: 214;\n\t\t--template-bg-light: #f0f4fb;\n\t\t--template-text-dark: #495057;\n"
        "\t\t--template-text-light: #ffffff;\n\t\t--template-link-color: var(--link-color);\n"
        "\t\t--template-special-color: #001B4C;\n\t}</style>",
        "\t<style>" + CUSTOM_CSS + "</style>",
        '\t<script type="application/json" class="joomla-script-options new">'
        + json.dumps(opts, ensure_ascii=True).replace("/", "\\/") + "</script>",
        f'\t<script src="/media/system/js/core.min.js?{VER}"></script>',
        f'\t<script src="/media/templates/site/cassiopeia/js/template.min.js?{VER}" defer></script>',
        f'\t<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>',
        f'\t<script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>',
        f'\t<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?{VER}" defer></script>',
        f'\t<script src="/media/vendor/awesomplete/js/awesomplete.min.js?1.1.5" defer></script>',
        f'\t<script src="/media/com_finder/js/finder.min.js?{VER}" type="module"></script>',
        f'\t<script src="/media/system/js/messages.min.js?{VER}" type="module"></script>',
        "</head>",
        "",
        f'<body class="{body_cls}">',
    ]
    return "\n".join(lines)


def header(active: str) -> str:
    m = ['<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">']
    n = 101
    for label, href, kids in MENU:
        cls = f"metismenu-item item-{n} level-1"
        if label == active:
            cls += " current active"
        if kids:
            cls += " deeper parent"
        n += 1
        if kids:
            m.append(f'<li class="{cls}"><a href="{href}" >{e(label)}</a>'
                     f'<button class="mm-collapsed mm-toggler mm-toggler-link" aria-haspopup="true" '
                     f'aria-expanded="false" aria-label="{e(label)}"></button>'
                     f'<ul class="mm-collapse">')
            for kl, kh in kids:
                m.append(f'<li class="metismenu-item item-{n} level-2"><a href="{kh}" >{e(kl)}</a></li>')
                n += 1
            m.append("</ul></li>")
        else:
            m.append(f'<li class="{cls}"><a href="{href}" >{e(label)}</a></li>')
    m.append("</ul>")
    return f"""
\t<header class="header container-header full-width">
\t\t<div class="header-topbar">
\t\t\t<div class="grid-child">
\t\t\t\t<div class="moduletable header-date-module">
\t\t\t\t\t<span class="header-date">Thứ Tư, 17/04/2024</span>
\t\t\t\t\t<span class="header-hotline">Điện thoại: 0239.3 861 245 | Email: <a href="mailto:thcstanhoa@songlam.edu.vn">thcstanhoa@songlam.edu.vn</a> | <a href="/index.php/dang-nhap">Đăng nhập</a></span>
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t<div class="grid-child">
\t\t\t<div class="navbar-brand">
\t\t\t\t<a class="brand-logo" href="/">
\t\t\t\t\t<img loading="eager" decoding="async" src="/images/logo/logo-thcs-tan-hoa.png" alt="{e(SITE)}" width="96" height="96">
\t\t\t\t</a>
\t\t\t\t<div class="site-description">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN SÔNG LAM<br>TRƯỜNG TRUNG HỌC CƠ SỞ TÂN HÒA</div>
\t\t\t</div>
\t\t</div>
\t\t<div class="grid-child container-nav">
\t\t\t<nav class="navbar navbar-expand-md" aria-label="Menu chính">
\t\t\t\t<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng">
\t\t\t\t\t<span class="icon-menu" aria-hidden="true"></span>
\t\t\t\t</button>
\t\t\t\t<div class="collapse navbar-collapse" id="navbar1">
{chr(10).join(m)}
\t\t\t\t</div>
\t\t\t</nav>
\t\t\t<div class="container-search">
\t\t\t\t<form class="mod-finder js-finder-searchform form-search" action="/index.php/tim-kiem" method="get" role="search">
\t\t\t\t\t<label for="mod-finder-searchword110" class="visually-hidden finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword110" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm &hellip;"><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
\t\t\t\t</form>
\t\t\t</div>
\t\t</div>
\t</header>
"""


def breadcrumbs(items: list[tuple[str, str | None]]) -> str:
    li = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for i, (label, href) in enumerate(items, 1):
        if href:
            li.append(f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" '
                      f'itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{href}" '
                      f'class="pathway"><span itemprop="name">{e(label)}</span></a>'
                      f'<meta itemprop="position" content="{i}"></li>')
        else:
            li.append(f'<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active" '
                      f'itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                      f'<span itemprop="name">{e(label)}</span><meta itemprop="position" content="{i}"></li>')
    return ('<nav class="mod-breadcrumbs__wrapper" aria-label="Điều hướng">\n'
            '\t<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">\n\t\t'
            + "\n\t\t".join(li) + "\n\t</ol>\n</nav>")


def card(title: str, inner: str, cls: str = "") -> str:
    return (f'<div class="sidebar-right card {cls}">\n\t<h3 class="card-header ">{e(title)}</h3>\n'
            f'\t<div class="card-body">\n{inner}\n\t</div>\n</div>')


def sidebar(home: bool = False) -> str:
    parts = []
    if home:
        parts.append(card("Tin nổi bật", "\n".join([
            '<div id="mod-custom121" class="mod-custom custom tin-noi-bat">',
            "<ul>",
            f'<li><a href="{nonsef(BY_ID[109]).replace("&", "&amp;")}">{e(BY_ID[109]["title"])}</a></li>',
            f'<li><a href="{nonsef(BY_ID[103]).replace("&", "&amp;")}">{e(BY_ID[103]["title"])}</a></li>',
            '<li><a href="/index.php?option=com_content&amp;view=category&amp;id=8">Xem tất cả tin tức</a></li>',
            "</ul>", "</div>"])))
    li = []
    for a in LATEST[:6]:
        li.append(f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{sef(a)}" itemprop="url">'
                  f'\n\t\t\t<span itemprop="name">\n\t\t\t\t{e(a["title"])}\t\t\t</span>\n\t\t</a>'
                  f'\n\t\t<span class="mod-articles-date">({dmy(a["created"])})</span>\n\t</li>')
    parts.append(card("Tin mới", '<ul class="mod-articleslatest latestnews mod-list">\n' + "\n".join(li) + "\n</ul>"))
    li = []
    for a in POPULAR:
        li.append(f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{sef(a)}" itemprop="url">'
                  f'\n\t\t\t<span itemprop="name">\n\t\t\t\t{e(a["title"])}\t\t\t</span>\n\t\t</a>\n\t</li>')
    parts.append(card("Đọc nhiều", '<ul class="mod-articlespopular mostread mod-list">\n' + "\n".join(li) + "\n</ul>"))
    li = [f'<li><span class="so-hieu">{e(s)}</span> <a href="{h}" target="_blank">{e(t)}</a></li>'
          for s, t, h in VANBAN]
    parts.append(card("Văn bản mới", '<div id="mod-custom118" class="mod-custom custom vanban-moi"><ul>\n'
                      + "\n".join(li) + "\n</ul>\n<p><a href=\"/index.php/van-ban\">Xem tất cả văn bản</a></p></div>"))
    kws = ["tuyển sinh", "học sinh giỏi", "khai giảng", "thời khóa biểu", "Hội khỏe Phù Đổng", "ba công khai"]
    links = []
    for k in kws:
        if k == "tuyển sinh":
            links.append(f'<a href="{SEARCH_URL}">{e(k)}</a>')
        else:
            from urllib.parse import quote
            links.append(f'<a href="/index.php/tim-kiem?q={quote(N(k))}">{e(k)}</a>')
    parts.append(card("Tìm nhanh", '<div id="mod-custom124" class="mod-custom custom tim-nhanh"><p>'
                      + " ".join(links) + "</p></div>"))
    poll = """<div class="poll-module">
<form action="/index.php/component/poll/?task=vote&amp;Itemid=101" method="post" name="form2" id="poll-form-3">
<p class="poll-question">Quý phụ huynh đánh giá thế nào về việc trường gửi thông báo qua Zalo và website?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid11" value="11"><label class="form-check-label" for="voteid11">Rất thuận tiện</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid12" value="12"><label class="form-check-label" for="voteid12">Thuận tiện</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid13" value="13"><label class="form-check-label" for="voteid13">Bình thường</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid14" value="14"><label class="form-check-label" for="voteid14">Chưa thuận tiện</label></div>
<div class="poll-buttons"><button type="submit" class="btn btn-sm btn-primary">Bình chọn</button> <a class="btn btn-sm btn-secondary" href="/index.php/component/poll/3-danh-gia-kenh-thong-tin?Itemid=101">Xem kết quả</a></div>
<input type="hidden" name="option" value="com_poll"><input type="hidden" name="id" value="3"><input type="hidden" name="TOKEN" value="1">
</form>
</div>""".replace('name="TOKEN"', f'name="{TOKEN}"')
    parts.append(card("Thăm dò ý kiến", poll))
    links = [("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
             ("Sở Giáo dục và Đào tạo", "https://sgddt.example.gov.vn"),
             ("Phòng GD&ĐT huyện Sông Lam", "https://pgdsonglam.edu.vn"),
             ("UBND huyện Sông Lam", "https://songlam.example.gov.vn"),
             ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
             ("Hệ thống quản lý trường học", "https://truonghoc.example.vn"),
             ("Học liệu số", "https://hoclieu.example.vn")]
    opts = "\n".join(f'<option value="{h}">{e(t)}</option>' for t, h in links)
    parts.append(card("Liên kết website", '<div id="mod-custom119" class="mod-custom custom lien-ket-website">'
                      '<p class="banner-lk"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">'
                      '<img src="/images/banners/dich-vu-cong.jpg" alt="Cổng dịch vụ công" width="300" height="80"></a></p>'
                      '<p class="banner-lk"><a href="https://hoclieu.example.vn" target="_blank" rel="noopener">'
                      '<img src="/images/banners/hoc-lieu-so.jpg" alt="Học liệu số" width="300" height="80"></a></p>'
                      '<select class="form-select" onchange="if(this.value) window.open(this.value);">'
                      '<option value="">-- Chọn liên kết --</option>\n' + opts + "</select></div>"))
    counter = """<div class="visitor-counter">
<table>
<tr><td><span class="icon-calendar" aria-hidden="true"></span> Hôm nay</td><td class="vc-number">312</td></tr>
<tr><td><span class="icon-calendar" aria-hidden="true"></span> Hôm qua</td><td class="vc-number">487</td></tr>
<tr><td><span class="icon-calendar" aria-hidden="true"></span> Tuần này</td><td class="vc-number">1.304</td></tr>
<tr><td><span class="icon-calendar" aria-hidden="true"></span> Tháng này</td><td class="vc-number">6.925</td></tr>
<tr><td><span class="icon-users" aria-hidden="true"></span> Tất cả</td><td class="vc-number">412.768</td></tr>
</table>
<div class="vc-online">Đang trực tuyến: 14 &middot; Hôm nay: 17/04/2024</div>
</div>"""
    parts.append(card("Thống kê truy cập", counter))
    parts.insert(1, card("Lịch công tác tuần", LICH))
    parts.insert(2, card("Chuyên đề", CHUYEN_DE))
    parts.insert(len(parts) - 2, card("Thư viện ảnh", GALLERY))
    parts.insert(len(parts) - 2, card("Video", VIDEO))
    return '<div class="grid-child container-sidebar-right">\n' + "\n".join(parts) + "\n</div>"


CHUYEN_DE = ('<div id="mod-custom128" class="mod-custom custom chuyen-de"><ul class="list-unstyled">\n' + "\n".join(
    f'<li><a href="/index.php/chuyen-de/{k}"><img src="/images/banners/{k}.png" alt="{t}" width="300" height="70" loading="lazy"></a></li>'
    for k, t in [("chuyen-doi-so", "Chuyển đổi số trong giáo dục"), ("hoc-tap-va-lam-theo-bac", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
                 ("chuong-trinh-gdpt-2018", "Chương trình giáo dục phổ thông 2018"), ("an-toan-giao-thong", "An toàn giao thông cho nụ cười ngày mai"),
                 ("truong-hoc-hanh-phuc", "Xây dựng trường học hạnh phúc"), ("phong-chong-bao-luc", "Phòng, chống bạo lực học đường")])
    + "\n</ul></div>")
LICH_ROWS = [
    ("Thứ Hai 15/4", "7h00: Chào cờ, sinh hoạt dưới cờ chủ đề “Sách và văn hóa đọc”", "BGH, TPT Đội"),
    ("Thứ Ba 16/4", "14h00: Họp Hội đồng tuyển sinh lớp 6", "Hội đồng tuyển sinh"),
    ("Thứ Tư 17/4", "7h30: Dự giờ thao giảng môn Ngữ văn lớp 7B", "Tổ KHXH"),
    ("Thứ Năm 18/4", "Nghỉ lễ Giỗ Tổ Hùng Vương", "Toàn trường"),
    ("Thứ Sáu 19/4", "15h00: Sinh hoạt chuyên môn theo nghiên cứu bài học", "Tổ KHTN"),
    ("Thứ Bảy 20/4", "7h30: Ôn tập cho học sinh lớp 9 môn Toán, Ngữ văn, Tiếng Anh", "GV bộ môn"),
    ("Chủ nhật 21/4", "Trực bảo vệ cơ quan", "Tổ Văn phòng"),
]
LICH = ('<div id="mod-custom125" class="mod-custom custom lich-cong-tac"><p class="tuan">Tuần 33 (từ 15/4 đến 21/4/2024)</p>'
        '<table class="table table-sm table-striped"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Thực hiện</th></tr></thead><tbody>\n'
        + "\n".join(f"<tr><td>{d}</td><td>{n}</td><td>{t}</td></tr>" for d, n, t in LICH_ROWS)
        + '\n</tbody></table><p><a href="/index.php/lich-cong-tac">Xem lịch các tuần khác</a></p></div>')
GALLERY_ITEMS = [("khai-giang-2023", "Lễ khai giảng năm học 2023 - 2024"), ("hoi-khoe-2024", "Hội khỏe Phù Đổng 2024"),
                 ("trai-nghiem-8a", "Trải nghiệm làng nghề"), ("20-11-2023", "Mít tinh 20/11"),
                 ("lao-dong-dau-xuan", "Lao động đầu xuân"), ("thu-vien-xanh", "Thư viện xanh"),
                 ("van-nghe-26-3", "Văn nghệ chào mừng 26/3"), ("ngoai-khoa-stem", "Ngoại khóa STEM")]
GALLERY = ('<div id="mod-custom126" class="mod-custom custom thu-vien-anh"><div class="row g-1">\n'
           + "\n".join(f'<div class="col-6"><a href="/index.php/thu-vien/thu-vien-anh/{k}" title="{t}">'
                        f'<img src="/images/thu-vien-anh/{k}/thumb.jpg" alt="{t}" width="140" height="94" loading="lazy"></a></div>'
                        for k, t in GALLERY_ITEMS)
           + '\n</div><p class="text-end"><a href="/index.php/thu-vien/thu-vien-anh">Xem thêm album</a></p></div>')
VIDEO = ('<div id="mod-custom127" class="mod-custom custom video-module"><div class="ratio ratio-16x9">'
         '<iframe src="https://www.youtube-nocookie.com/embed/xTanHoa2024a" title="Video giới thiệu nhà trường" '
         'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
         'allowfullscreen loading="lazy"></iframe></div><p class="small">Video: Một ngày ở Trường THCS Tân Hòa</p></div>')
ZALO_PATH = "M" + " ".join(f"{(i * 37) % 97 / 2:.2f} {(i * 53) % 89 / 2:.2f}" + (" C" if i % 3 == 0 else " L") for i in range(1, 160)) + " Z"
TRUONG_HUYEN = ["THCS Tân Hòa", "THCS Đông Sơn", "THCS Phú Lâm", "THCS Hòa Mỹ", "THCS Thạch Bàn", "THCS Ngọc Khê",
                "TH Tân Hòa 1", "TH Tân Hòa 2", "TH Đông Sơn", "MN Tân Hòa", "MN Hoa Sen", "PTDTBT THCS Sơn Kim"]

FOOTER_SCHOOLS = " | ".join(
    f'<a href="https://{unicodedata.normalize("NFD", t.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("đ", "d")}'
    f'.songlam.edu.vn" target="_blank" rel="noopener">{t}</a>' for t in TRUONG_HUYEN[1:])

SVG_FB = ('<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M22 12.06C22 6.5 17.52 2 12 2S2 6.5 2 12.06c0 '
          '5 3.66 9.15 8.44 9.94v-7.03H7.9v-2.91h2.54V9.85c0-2.52 1.49-3.91 3.78-3.91 1.1 0 2.24.2 2.24.2v2.47'
          'h-1.26c-1.24 0-1.63.78-1.63 1.57v1.88h2.78l-.44 2.91h-2.34V22c4.78-.79 8.43-4.94 8.43-9.94z"/></svg>')
SVG_YT = ('<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M23.5 6.2a3 3 0 0 0-2.1-2.1C19.5 3.6 12 3.6 12 '
          '3.6s-7.5 0-9.4.5A3 3 0 0 0 .5 6.2 31.5 31.5 0 0 0 0 12a31.5 31.5 0 0 0 .5 5.8 3 3 0 0 0 2.1 2.1c1.9.5 '
          '9.4.5 9.4.5s7.5 0 9.4-.5a3 3 0 0 0 2.1-2.1A31.5 31.5 0 0 0 24 12a31.5 31.5 0 0 0-.5-5.8zM9.6 15.6V8.4'
          'l6.2 3.6-6.2 3.6z"/></svg>')


def footer() -> str:
    return f"""
<footer class="container-footer footer full-width">
\t<div class="grid-child">
\t\t<div id="mod-custom120" class="mod-custom custom footer-info">
\t\t\t<div class="row">
\t\t\t\t<div class="col-md-7">
\t\t\t\t\t<h4>Trường THCS Tân Hòa - huyện Sông Lam</h4>
\t\t\t\t\t<p>Địa chỉ: Thôn Đông Hà, xã Tân Hòa, huyện Sông Lam</p>
\t\t\t\t\t<p>Điện thoại: 0239.3 861 245 - Email: <a href="mailto:thcstanhoa@songlam.edu.vn">thcstanhoa@songlam.edu.vn</a></p>
\t\t\t\t\t<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thành - Hiệu trưởng</p>
\t\t\t\t</div>
\t\t\t\t<div class="col-md-5">
\t\t\t\t\t<p><a href="/">Trang chủ</a> | <a href="/index.php/gioi-thieu">Giới thiệu</a> | <a href="/index.php/lien-he">Liên hệ</a> | <a href="/index.php/dang-nhap">Đăng nhập</a></p>
\t\t\t\t\t<p class="footer-social"><a href="https://www.facebook.com/thcstanhoa.example" target="_blank" rel="noopener" aria-label="Facebook">{SVG_FB}</a><a href="https://www.youtube.com/@thcstanhoa.example" target="_blank" rel="noopener" aria-label="YouTube">{SVG_YT}</a></p>
\t\t\t\t\t<p>Ghi rõ nguồn “Trường THCS Tân Hòa” khi phát hành lại thông tin từ website này.</p>
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t<div class="footer-schools"><p><strong>Các trường trong huyện:</strong> {FOOTER_SCHOOLS}</p></div>
\t\t<div class="footer-copy">Bản quyền &copy; 2024 Trường THCS Tân Hòa. Thiết kế dựa trên Joomla!</div>
\t</div>
</footer>
<div class="zalo-chat-widget"><a href="https://zalo.me/0239386124500" target="_blank" rel="noopener" aria-label="Liên hệ qua Zalo"><svg viewBox="0 0 50 50" width="48" height="48" aria-hidden="true"><path d="{ZALO_PATH}"/></svg></a></div>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TH4NH0A2024"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-TH4NH0A2024');</script>

\t\t\t<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang">
\t\t\t<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
\t\t</a>
"""


def page(title_tag: str, desc: str, author: str | None, canonical: str | None, body_cls: str,
         active: str, crumbs, main: str, home: bool = False, main_bottom: str = "") -> str:
    parts = [head(title_tag, desc, author, canonical, body_cls), header(active),
             '\t<div class="site-grid">', '\t\t<div class="grid-child container-component">',
             breadcrumbs(crumbs) if crumbs else "",
             '\t\t\t<div id="system-message-container" aria-live="polite"></div>',
             "\t\t\t<main>", main, "\t\t\t</main>", main_bottom, "\t\t</div>", sidebar(home), "\t</div>",
             footer(), "</body>", "</html>", ""]
    return N("\n".join(parts))


def info_block(a: dict, in_list: bool = False, link_title: bool = False) -> str:
    cat = CATS[a["cat"]]
    rows = ['<dl class="article-info text-muted">', '<dt class="article-info-term">Chi tiết</dt>']
    rows.append('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<span class="icon-user icon-fw" aria-hidden="true"></span>'
                f'Viết bởi: <span itemprop="name">{e(a["by"])}</span></dd>')
    rows.append('<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
                f'Chuyên mục: <a href="/index.php/{cat["alias"]}" itemprop="genre">{e(cat["title"])}</a></dd>')
    rows.append('<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                f'<time datetime="{iso(a["created"])}" itemprop="datePublished">Được đăng: {lc3(a["created"])}'
                "</time></dd>")
    if a["modified"] and not in_list:
        rows.append('<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                    f'<time datetime="{iso(a["modified"])}" itemprop="dateModified">Cập nhật lần cuối: '
                    f'{lc3(a["modified"])}</time></dd>')
    rows.append('<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
                f'<meta itemprop="interactionCount" content="UserPageVisits:{a["hits"]}">'
                f'Lượt xem: {a["hits"]}</dd>')
    rows.append("</dl>")
    return "\n\t\t\t".join(rows)


def figure(img, link: str | None = None, cls: str = "left") -> str:
    src, w, h, cap, cred, style = img
    im = f'<img src="{src}" itemprop="image" width="{w}" height="{h}" loading="lazy">'
    if link:
        im = f'<a href="{link}" itemprop="url">{im}</a>'
    fc = ""
    if cap:
        txt = f"{cap} ({cred})" if (cred and style == "paren") else (f"{cap} {cred}" if cred else cap)
        fc = f'<figcaption class="caption">{e(txt)}</figcaption>'
    return f'<figure class="{cls} item-image">\n\t{im}\n\t{fc}\n</figure>' if fc else \
        f'<figure class="{cls} item-image">\n\t{im}\n</figure>'


def pagenav(a: dict) -> str:
    same = [x for x in LATEST if x["cat"] == a["cat"]]
    i = same.index(a)
    prev_a = same[i - 1] if i > 0 else None
    next_a = same[i + 1] if i + 1 < len(same) else None
    out = ['<nav class="pagenavigation" aria-label="Điều hướng trang">', '<span class="pagination ms-0">']
    if prev_a:
        out.append(f'<a class="btn btn-sm btn-secondary previous" href="{sef(prev_a)}" rel="prev">'
                   f'<span class="visually-hidden">Bài trước: {e(prev_a["title"])}</span>'
                   '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>')
    if next_a:
        out.append(f'<a class="btn btn-sm btn-secondary next" href="{sef(next_a)}" rel="next">'
                   f'<span class="visually-hidden">Bài tiếp theo: {e(next_a["title"])}</span>'
                   '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>')
    out += ["</span>", "</nav>"]
    return "\n".join(out)


def related(a: dict) -> str:
    others = [x for x in LATEST if x["cat"] == a["cat"] and x is not a][:4]
    li = [f'<li><a href="{sef(x)}">{e(x["title"])}</a> <span class="related-date">({dmy(x["created"])})</span></li>'
          for x in others]
    return ('<div class="main-bottom card ">\n\t<h3 class="card-header ">Các tin khác</h3>\n\t<div class="card-body">\n'
            '<ul class="mod-relateditems relateditems mod-list">\n' + "\n".join(li) + "\n</ul>\n\t</div>\n</div>")


def article_page(a: dict, url: str) -> str:
    cat = CATS[a["cat"]]
    parts = ['<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">',
             '\t<meta itemprop="inLanguage" content="vi-VN">',
             '\t<div class="page-header">', f'\t\t<h1 itemprop="headline">\n\t\t\t{e(a["title"])}\t\t</h1>',
             "\t\t\t\t\t\t\t</div>", "\t\t\t" + info_block(a)]
    if a["fulltext_image"]:
        parts.append(figure(a["fulltext_image"]))
    parts += ['\t<div itemprop="articleBody" class="com-content-article__body">', body_html(a), "\t</div>",
              pagenav(a), "</div>"]
    crumbs = [("Trang chủ", "/"), (cat["title"], f"/index.php/{cat['alias']}"), (a["title"], None)]
    body_cls = (f"site com_content wrapper-static view-article no-layout no-task itemid-{cat['itemid']} "
                "has-sidebar-right")
    first = next((b[1] for b in a["body"] if b[0] in ("lead", "p")), a["title"])
    desc = first[:155]
    canonical = sef(a) if url != sef(a) else None
    return page(f"{a['title']} - {SITE}", desc, a["by"], canonical, body_cls, "Tin tức" if a["cat"] == 8
                else "Thông báo", crumbs, "\n".join(parts), main_bottom=related(a))


# ---------------------------------------------------------------- listings
def intro_html(a: dict) -> str:
    first = next(b for b in a["body"] if b[0] in ("lead", "p", "ph"))
    txt = first[1] if first[0] != "ph" else first[2]
    if first[0] == "lead":
        return f"<p><strong>{e(txt)}</strong></p>"
    return f"<p>{e(txt)}</p>"


def blog_item(a: dict) -> str:
    img = ""
    if a["intro_image"]:
        img = (f'<figure class="left item-image">\n\t<a href="{sef(a)}" itemprop="url" title="{e(a["title"])}">'
               f'<img src="{a["intro_image"]}" itemprop="thumbnailUrl" width="240" height="160" loading="lazy"></a>\n</figure>')
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{img}
<div class="item-content">
\t<div class="page-header">
\t\t<h2 itemprop="name">
\t\t\t<a href="{sef(a)}" itemprop="url">{e(a["title"])}</a>
\t\t</h2>
\t</div>
\t{info_block(a, in_list=True)}
{intro_html(a)}
<p class="readmore">
\t<a class="btn btn-secondary" href="{sef(a)}" aria-label="Đọc thêm: {e(a["title"])}">
\t\t<span class="icon-chevron-right" aria-hidden="true"></span>Đọc thêm: {e(a["title"][:40])}...\t</a>
</p>
</div>
</div>"""


def pagination(base: str, start: int, total: int, per: int) -> str:
    pages = (total + per - 1) // per
    cur = start // per + 1
    li = []

    def link(p):
        return base if p == 1 else f"{base}?start={(p - 1) * per}"

    if cur == 1:
        li.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>')
        li.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>')
    else:
        li.append(f'<li class="page-item"><a aria-label="Đi tới trang đầu" href="{link(1)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        li.append(f'<li class="page-item"><a aria-label="Đi tới trang trước" href="{link(cur - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    for p in range(1, pages + 1):
        if p == cur:
            li.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p}" href="#" class="page-link">{p}</a></li>')
        else:
            li.append(f'<li class="page-item"><a aria-label="Đi tới trang {p}" href="{link(p)}" class="page-link">{p}</a></li>')
    if cur == pages:
        li.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span></li>')
        li.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>')
    else:
        li.append(f'<li class="page-item"><a aria-label="Đi tới trang tiếp" href="{link(cur + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        li.append(f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{link(pages)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
    return (f'<div class="com-content-category-blog__navigation w-100">\n'
            f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {cur} của {pages}</p>\n'
            '<div class="com-content-category-blog__pagination">\n<nav class="pagination__wrapper" aria-label="Phân trang">\n'
            '<ul class="pagination ms-0 mb-4">\n' + "\n".join(li) + "\n</ul>\n</nav>\n</div>\n</div>")


def blog_page(start: int) -> str:
    items = sorted(news(), key=lambda a: a["created"], reverse=True)
    chunk = items[start:start + 6]
    lead, rest = chunk[:1], chunk[1:]
    main = ['<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">',
            '\t<div class="page-header"><h1>Tin tức - Sự kiện</h1></div>',
            '\t<div class="category-desc clearfix">Tin tức về các hoạt động dạy học, phong trào thi đua và sự kiện của nhà trường.</div>',
            '\t<div class="com-content-category-blog__items blog-items items-leading ">',
            *[blog_item(a) for a in lead], "\t</div>",
            '\t<div class="com-content-category-blog__items blog-items ">',
            *[blog_item(a) for a in rest], "\t</div>",
            pagination("/index.php/tin-tuc", start, len(items), 6), "</div>"]
    crumbs = [("Trang chủ", "/"), ("Tin tức - Sự kiện", None)]
    title = "Tin tức - Sự kiện" + (" - Trang 2" if start else "")
    return page(f"{title} - {SITE}", "Tin tức - Sự kiện của Trường THCS Tân Hòa", None, None,
                "site com_content wrapper-static view-category layout-blog no-task itemid-102 has-sidebar-right",
                "Tin tức", crumbs, "\n".join(main))


def list_page() -> str:
    items = sorted([a for a in ARTICLES if a["cat"] == 9], key=lambda a: a["created"], reverse=True)
    rows = []
    for i, a in enumerate(items):
        rows.append(f"""<tr class="row{i % 2} cat-list-row{i % 2}" >
\t<th class="list-title" scope="row">
\t\t<a href="{sef(a)}">{e(a["title"])}</a>
\t</th>
\t<td class="list-date small">{a["created"][8:10]}-{a["created"][5:7]}-{a["created"][:4]}</td>
\t<td class="list-hits"><span class="badge bg-info">Lượt xem: {a["hits"]}</span></td>
</tr>""")
    main = f"""<div class="com-content-category category-list">
<div class="content-category">
\t<h1>Thông báo</h1>
\t<div class="category-desc">Các thông báo của nhà trường gửi cán bộ, giáo viên, học sinh và cha mẹ học sinh.</div>
<form action="/index.php/thong-bao" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
\t<div class="com-content__filter btn-group">
\t\t<label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>
\t\t<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">
\t\t<button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
\t\t<button type="reset" name="filter-clear-button" class="btn btn-secondary">Xóa</button>
\t</div>
\t<div class="com-content-category__pagination btn-group float-end">
\t\t<label for="limit" class="visually-hidden">Hiển thị #</label>
\t\t<select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">Tất cả</option></select>
\t</div>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
\t<caption class="visually-hidden">Bài viết, sắp xếp theo ngày đăng giảm dần</caption>
\t<thead>
\t\t<tr>
\t\t\t<th scope="col" id="categorylist_header_title">Tiêu đề</th>
\t\t\t<th scope="col" id="categorylist_header_date">Ngày đăng</th>
\t\t\t<th scope="col" id="categorylist_header_hits">Lượt xem</th>
\t\t</tr>
\t</thead>
\t<tbody>
{chr(10).join(rows)}
\t</tbody>
</table>
\t<div>
\t\t<input type="hidden" name="filter_order" value="">
\t\t<input type="hidden" name="filter_order_Dir" value="">
\t\t<input type="hidden" name="limitstart" value="">
\t\t<input type="hidden" name="task" value="">
\t</div>
</form>
</div>
</div>"""
    crumbs = [("Trang chủ", "/"), ("Thông báo", None)]
    return page(f"Thông báo - {SITE}", "Thông báo của Trường THCS Tân Hòa", None, None,
                "site com_content wrapper-static view-category no-layout no-task itemid-103 has-sidebar-right",
                "Thông báo", crumbs, main)


def home_page() -> str:
    feat = [a for a in LATEST if a["featured"]][:6]
    main = ['<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">',
            '<div class="blog-items items-leading ">', blog_item(feat[0]), "</div>",
            '<div class="blog-items ">', *[blog_item(a) for a in feat[1:]], "</div>",
            '<div class="items-more">\n<ol class="com-content-blog__links">',
            *[f'<li class="com-content-blog__link"><a href="{sef(a)}">{e(a["title"])}</a></li>'
              for a in LATEST if not a["featured"]][:4],
            "</ol>\n</div>",
            '<p><a class="btn btn-primary" href="/index.php/tin-tuc">Xem thêm tin tức</a> '
            '<a class="btn btn-secondary" href="/index.php/thong-bao">Tất cả thông báo</a></p>',
            "</div>"]
    return page(f"Trang chủ - {SITE}", "Website Trường THCS Tân Hòa, huyện Sông Lam", None, None,
                "site com_content wrapper-static view-featured no-layout no-task itemid-101 has-sidebar-right",
                "Trang chủ", None, "\n".join(main), home=True)


# ---------------------------------------------------------------- other pages
def static_page() -> str:
    paras = [
        "Trường THCS Tân Hòa được thành lập năm 1976 trên cơ sở tách từ trường cấp I - II Tân Hòa. Qua gần "
        "năm mươi năm xây dựng và trưởng thành, nhà trường đã trở thành địa chỉ giáo dục tin cậy của nhân "
        "dân trong xã.",
        "Hiện nay, trường có 12 lớp với 418 học sinh; đội ngũ gồm 31 cán bộ, giáo viên, nhân viên, trong đó "
        "100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Nhà trường được công nhận đạt chuẩn quốc "
        "gia mức độ 1 năm 2019.",
        "Cơ sở vật chất gồm 14 phòng học, 6 phòng học bộ môn, thư viện đạt chuẩn, nhà đa năng và sân chơi, "
        "bãi tập rộng rãi. Khuôn viên trường có nhiều cây xanh, bồn hoa do các chi đội chăm sóc.",
        "Nhiều năm liền, nhà trường đạt danh hiệu Tập thể lao động tiên tiến; Liên đội được Hội đồng Đội "
        "huyện tặng giấy khen vì thành tích xuất sắc trong công tác Đội và phong trào thiếu nhi.",
    ]
    main = ['<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">',
            '\t<meta itemprop="inLanguage" content="vi-VN">',
            '\t<div class="page-header">\n\t\t<h1 itemprop="headline">Giới thiệu chung</h1>\n\t</div>',
            '\t<div itemprop="articleBody" class="com-content-article__body">',
            '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="760" height="420" /></p>',
            *[f'<p style="text-align: justify;">{e(p)}</p>' for p in paras],
            "<h3>Ban Giám hiệu</h3>",
            "<ul>\n<li>Hiệu trưởng: Thầy Nguyễn Văn Thành</li>\n<li>Phó Hiệu trưởng: Cô Lê Thị Minh Nguyệt</li>\n</ul>",
            "\t</div>", "</div>"]
    return page(f"Giới thiệu - {SITE}", "Giới thiệu Trường THCS Tân Hòa", "Super User", None,
                "site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right",
                "Giới thiệu", [("Trang chủ", "/"), ("Giới thiệu", None)], "\n".join(main))


def contact_page() -> str:
    main = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
\t<div class="page-header"><h1>Liên hệ</h1></div>
\t<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường THCS Tân Hòa</span></h2></div>
\t<div class="com-contact__container">
\t\t<h3>Thông tin liên hệ</h3>
\t\t<div class="com-contact__thumbnail thumbnail"><img src="/images/gioi-thieu/cong-truong.jpg" itemprop="image" width="300" height="200" loading="lazy" alt=""></div>
\t\t<dl class="com-contact__position contact-position dl-horizontal"><dd itemprop="jobTitle">Văn phòng nhà trường</dd></dl>
\t\t<div class="com-contact__info">
\t\t<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
\t\t\t<dt><span class="icon-address" aria-hidden="true"></span><span class="visually-hidden">Địa chỉ</span></dt>
\t\t\t<dd><span class="contact-street" itemprop="streetAddress">Thôn Đông Hà</span></dd>
\t\t\t<dd><span class="contact-suburb" itemprop="addressLocality">Xã Tân Hòa, huyện Sông Lam</span></dd>
\t\t\t<dt><span class="icon-phone" aria-hidden="true"></span><span class="visually-hidden">Điện thoại</span></dt>
\t\t\t<dd><span class="contact-telephone" itemprop="telephone">0239.3 861 245</span></dd>
\t\t\t<dt><span class="icon-envelope" aria-hidden="true"></span><span class="visually-hidden">Email</span></dt>
\t\t\t<dd><span class="contact-emailto"><a href="mailto:thcstanhoa@songlam.edu.vn">thcstanhoa@songlam.edu.vn</a></span></dd>
\t\t</dl>
\t\t</div>
\t\t<h3>Giờ làm việc</h3>
\t\t<div class="com-contact__miscinfo contact-miscinfo"><p>Sáng: 7 giờ 00 - 11 giờ 30; Chiều: 13 giờ 30 - 17 giờ 00, từ thứ Hai đến thứ Sáu.</p><p>Hiệu trưởng: 0912 345 681 - Phó Hiệu trưởng: 0915 246 803</p></div>
\t</div>
\t<h3>Gửi thư góp ý</h3>
\t<div class="com-contact__form contact-form">
\t<form id="contact-form" action="/index.php/lien-he" method="post" class="com-contact__form form-validate">
\t\t<fieldset class="m-0">
\t\t\t<legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
\t\t\t<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Trường bắt buộc</label></span><span class="after"></span></span></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ và tên<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">Email<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Nội dung<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
\t\t\t<div class="control-group"><div class="controls"><div class="form-check"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" class="form-check-input"><label for="jform_contact_email_copy" class="form-check-label">Gửi một bản sao đến email của bạn</label></div></div></div>
\t\t</fieldset>
\t\t<div class="control-group"><div class="controls">
\t\t\t<button class="btn btn-primary validate" type="submit">Gửi email</button>
\t\t\t<input type="hidden" name="option" value="com_contact">
\t\t\t<input type="hidden" name="task" value="contact.submit">
\t\t\t<input type="hidden" name="return" value="">
\t\t\t<input type="hidden" name="id" value="1:truong-thcs-tan-hoa">
\t\t\t<input type="hidden" name="{TOKEN}" value="1">
\t\t</div></div>
\t</form>
\t</div>
</div>"""
    return page(f"Liên hệ - {SITE}", "Liên hệ Trường THCS Tân Hòa", None, None,
                "site com_contact wrapper-static view-contact no-layout no-task itemid-112 has-sidebar-right",
                "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], main)


def login_page() -> str:
    main = f"""<div class="com-users-login login">
\t<div class="page-header"><h1>Đăng nhập</h1></div>
\t<div class="com-users-login__description login-description"><p>Khu vực dành cho cán bộ, giáo viên nhà trường cập nhật tin bài.</p></div>
\t<form action="/index.php/dang-nhap?task=user.login" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well">
\t\t<fieldset>
\t\t\t<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required form-control" size="25" required autocomplete="username" autofocus></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><div class="password-group"><div class="input-group"><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" size="25" maxlength="99" required><button type="button" class="btn btn-secondary input-password-toggle"><span class="icon-eye icon-fw" aria-hidden="true"></span><span class="visually-hidden">Hiện mật khẩu</span></button></div></div></div></div>
\t\t\t<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">Ghi nhớ đăng nhập</label></div></div>
\t\t\t<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>
\t\t\t<input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=">
\t\t\t<input type="hidden" name="{TOKEN}" value="1">
\t\t</fieldset>
\t</form>
</div>
<div class="com-users-login__options list-group">
\t<a class="com-users-login__reset list-group-item" href="/index.php/dang-nhap?view=reset">Quên mật khẩu?</a>
\t<a class="com-users-login__remind list-group-item" href="/index.php/dang-nhap?view=remind">Quên tên đăng nhập?</a>
</div>"""
    return page(f"Đăng nhập - {SITE}", "Đăng nhập", None, None,
                "site com_users wrapper-static view-login no-layout no-task itemid-113 has-sidebar-right",
                "", [("Trang chủ", "/"), ("Đăng nhập", None)], main)


def search_page() -> str:
    hits = [BY_ID[113], BY_ID[96], BY_ID[107]]
    li = []
    for a in hits:
        first = next(b for b in a["body"] if b[0] in ("lead", "p"))[1]
        snippet = e(first[:180]).replace("tuyển sinh", '<mark>tuyển sinh</mark>') + " ..."
        li.append(f"""<li class="result__item">
\t<p class="result__title">
\t\t<a href="{sef(a)}" class="result__title-link">
\t\t\t<span class="result__title-text">{e(a["title"])}</span>
\t\t\t<span class="result__title-url">{HOST}{sef(a)}</span>
\t\t</a>
\t</p>
\t<p class="result__description">
\t\t<time class="result__date" datetime="{iso(a["created"])}">{lc3(a["created"])}</time>
\t\t{snippet}
\t</p>
\t<ul class="result__taxonomy">
\t\t<li class="result__taxonomy-item result__taxonomy--Type"><span>Kiểu:</span> Bài viết</li>
\t\t<li class="result__taxonomy-item result__taxonomy--Category"><span>Chuyên mục:</span> {e(CATS[a["cat"]]["title"])}</li>
\t</ul>
</li>""")
    main = f"""<div class="com-finder finder">
\t<h1>Tìm kiếm</h1>
\t<div id="search-form" class="com-finder__form">
\t<form action="/index.php/tim-kiem" method="get" class="js-finder-searchform">
\t\t<fieldset class="com-finder__search word mb-3">
\t\t\t<legend class="com-finder__search-legend visually-hidden">Tìm kiếm</legend>
\t\t\t<div class="form-inline">
\t\t\t\t<label for="q" class="me-2">Từ khóa</label>
\t\t\t\t<div class="input-group">
\t\t\t\t\t<input type="text" name="q" id="q" class="js-finder-search-query form-control" value="tuyển sinh">
\t\t\t\t\t<button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button>
\t\t\t\t\t<button class="btn btn-secondary" type="button" data-bs-toggle="collapse" data-bs-target="#advancedSearch" aria-expanded="false"><span class="icon-search-plus" aria-hidden="true"></span> Nâng cao</button>
\t\t\t\t</div>
\t\t\t</div>
\t\t</fieldset>
\t</form>
\t</div>
\t<div class="com-finder__explained">
\t\t<p role="alert">Giả định <span class="query-required">tuyển sinh</span> là bắt buộc.</p>
\t</div>
\t<div id="search-results" class="com-finder__results">
\t\t<ol id="search-result-list" class="js-highlight com-finder__results-list" start="1">
{chr(10).join(li)}
\t\t</ol>
\t\t<div class="com-finder__navigation search-pagination">
\t\t\t<div class="com-finder__counter search-pages-counter">Kết quả 1 - 3 trong tổng số 3</div>
\t\t</div>
\t</div>
</div>"""
    return page(f"Tìm kiếm - {SITE}", "Tìm kiếm", None, None,
                "site com_finder wrapper-static view-search no-layout no-task itemid-114 has-sidebar-right",
                "", [("Trang chủ", "/"), ("Tìm kiếm", None)], main)


def soft404_page() -> str:
    main = """<div class="com-content-article item-page">
\t<div class="page-header"><h1>Không tìm thấy trang</h1></div>
\t<div class="card">
\t\t<div class="card-body">
\t\t\t<blockquote>
\t\t\t\t<span class="badge bg-secondary">404</span> Không tìm thấy bài viết
\t\t\t</blockquote>
\t\t\t<p><strong>Bạn không thể xem trang này vì:</strong></p>
\t\t\t<ul>
\t\t\t\t<li>đường dẫn đã cũ hoặc bị lưu sai trong dấu trang</li>
\t\t\t\t<li>bài viết đã bị gỡ bỏ hoặc chuyển sang chuyên mục khác</li>
\t\t\t\t<li>địa chỉ bị gõ sai</li>
\t\t\t</ul>
\t\t\t<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc dùng ô tìm kiếm ở đầu trang.</p>
\t\t\t<p>Nếu vẫn gặp khó khăn, xin liên hệ quản trị website.</p>
\t\t</div>
\t</div>
</div>"""
    return page(f"404 - Không tìm thấy bài viết - {SITE}", "Không tìm thấy bài viết", None, None,
                "site com_content wrapper-static view-article no-layout no-task itemid-102 has-sidebar-right",
                "Tin tức", [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/index.php/tin-tuc")], main)


# ---------------------------------------------------------------- write
def write(name: str, url: str, kind: str, body: str, expected: dict | None = None, extra: dict | None = None):
    (OUT / f"{name}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if extra:
        meta.update(extra)
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for p in OUT.glob("*.html"):
        p.unlink()
    for p in OUT.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "unknown", "template": "joomla4truong", "held_out": True},
        ensure_ascii=False, indent=1) + "\n", "utf-8")
    for a in ARTICLES:
        write(f"article-{a['id']}", sef(a), "article", article_page(a, sef(a)), truth(a, sef(a))["expected"])
    for i in DUPLICATES:
        a = BY_ID[i]
        write(f"article-{i}-nonsef", nonsef(a), "article", article_page(a, nonsef(a)),
              truth(a, nonsef(a))["expected"], {"duplicate_of": HOST + sef(a)})
    write("home", "/", "listing", home_page())
    write("tin-tuc", "/index.php/tin-tuc", "listing", blog_page(0))
    write("tin-tuc-start-6", "/index.php/tin-tuc?start=6", "listing", blog_page(6))
    write("thong-bao", "/index.php/thong-bao", "listing", list_page())
    write("gioi-thieu", "/index.php/gioi-thieu", "static", static_page())
    write("lien-he", "/index.php/lien-he", "contact", contact_page())
    write("dang-nhap", "/index.php/dang-nhap", "login", login_page())
    write("tim-kiem", SEARCH_URL, "search", search_page())
    write("soft-404", "/index.php/tin-tuc/41-le-khai-giang-nam-hoc-2022-2023", "soft_404", soft404_page())


if __name__ == "__main__":
    main()
