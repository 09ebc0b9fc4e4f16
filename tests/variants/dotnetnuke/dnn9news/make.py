"""Generator of the `dotnetnuke/dnn9news` variant template (held out).

    /work/main/.venv/bin/python tests/variants/dotnetnuke/dnn9news/make.py

Writes every <page>.html and <page>.json of this directory from the data below, so the
truth (`expected`) is computed from the same blocks the HTML is rendered from.
All article text is invented.
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
import unicodedata
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
HOST = "https://snnptnt.phuyen.gov.vn"
SITE = "Sở Nông nghiệp và PTNT Phú Yên"
SITE_LONG = "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN"
TODAY = "Thứ Tư, 13/11/2024"
CDV = "cdv=241"
E = html.escape


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def plain(fragment: str) -> str:
    """Text a reader sees in an inline HTML fragment."""
    if not fragment.strip():
        return ""
    el = lxml.html.fragment_fromstring(f"<div>{fragment}</div>")
    return norm(el.text_content())


def blob(seed: str, n: int) -> str:
    rnd = random.Random(seed)
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


# ---------------------------------------------------------------- site structure

TABS = {
    "tintuc": {"name": "Tin tức - Sự kiện", "path": "/tin-tuc", "tabid": 55, "mid": 475},
    "khuyennong": {"name": "Khuyến nông - Khuyến ngư", "path": "/khuyen-nong", "tabid": 71, "mid": 512},
    "thongbao": {"name": "Thông báo", "path": "/Default.aspx?tabid=63", "tabid": 63, "mid": 498},
}

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
        ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh"),
    ]),
    ("Tin tức", "/tin-tuc", [
        ("Tin tức - Sự kiện", "/tin-tuc"),
        ("Khuyến nông - Khuyến ngư", "/khuyen-nong"),
        ("Thông báo", "/Default.aspx?tabid=63"),
        ("Phòng chống thiên tai", "/phong-chong-thien-tai"),
        ("Nông thôn mới", "/nong-thon-moi"),
    ]),
    ("Văn bản", "/van-ban", [
        ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh"),
        ("Văn bản quy phạm pháp luật", "/van-ban/quy-pham-phap-luat"),
        ("Dự thảo lấy ý kiến", "/van-ban/du-thao"),
    ]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", []),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]


# ---------------------------------------------------------------- articles
# Body blocks:
#   ("p", html)              paragraph (in text)
#   ("h", html)              bold sub-heading paragraph (in text)
#   ("ul", [html, ...])      bulleted list, one paragraph per item
#   ("br", [html, ...])      one <p> whose lines are separated by <br>
#   ("table", [[cell, ...]]) data table, one paragraph per row, cells " | "
#   ("empty",)               <p>&nbsp;</p> (nothing visible)
#   ("fig", src, caption, credit)          figure/figcaption
#   ("tbl", src, caption, credit)          one-cell photo table with a caption row
#   ("ital", src, caption, credit)         image paragraph + italic caption paragraph
#   ("figbare", src)                       figure without caption
#   ("related", [(title, href, date)])     related-news box inside the body
#   ("sig", html)            bold right-aligned signature (not in text)
#   ("nguon", html)          "Nguồn: ..." line (not in text)

ARTICLES = [
    dict(
        page="a01-dong-xuan", tab="tintuc", aid=1214, slug="trien-khai-ke-hoach-san-xuat-vu-dong-xuan-2024-2025",
        title="Triển khai kế hoạch sản xuất vụ Đông Xuân 2024 - 2025",
        date_html='<span class="ArticleDateLabel">Ngày đăng:</span> <span class="ArticleDate">12/11/2024 08:35</span>',
        published="2024-11-12T08:35:00+07:00", updated=None, label="Ngày đăng",
        lead_style="bold", prefix="(SNN-PY) -",
        lead="Sở Nông nghiệp và PTNT vừa tổ chức hội nghị triển khai kế hoạch sản xuất vụ Đông Xuân 2024 - 2025 với mục tiêu gieo sạ trên 26.000 ha lúa, bảo đảm lịch thời vụ tập trung và né tránh thời tiết bất lợi cuối vụ.",
        authors=[], unit="Văn phòng Sở", author_field=None, source_field=None,
        body=[
            ("p", "Tham dự hội nghị có đại diện lãnh đạo các phòng, đơn vị thuộc Sở; Phòng Kinh tế, Phòng Nông nghiệp và PTNT các huyện, thị xã, thành phố cùng các công ty khai thác công trình thủy lợi trên địa bàn tỉnh."),
            ("p", "Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, vụ Hè Thu vừa qua toàn tỉnh gieo sạ được 24.870 ha lúa, năng suất bình quân đạt 64,2 tạ/ha, tăng 1,1 tạ/ha so với cùng kỳ. Tình hình sâu bệnh cơ bản được kiểm soát, chỉ phát sinh cục bộ rầy nâu và bệnh đạo ôn lá ở một số cánh đồng vùng trũng."),
            ("fig", "/Portals/0/Images/TinTuc/2024/11/hoi-nghi-dong-xuan-01.jpg", "Quang cảnh hội nghị triển khai kế hoạch sản xuất vụ Đông Xuân", "Ảnh: Minh Khoa"),
            ("p", "Đối với vụ Đông Xuân 2024 - 2025, ngành nông nghiệp đặt mục tiêu tổng diện tích gieo trồng cây hằng năm khoảng 41.500 ha, trong đó lúa 26.300 ha, ngô 3.100 ha, rau các loại 4.800 ha. Lịch gieo sạ tập trung chia thành ba đợt, bắt đầu từ ngày 15/12/2024 đối với vùng sản xuất chủ động nước tưới."),
            ("p", "Phát biểu chỉ đạo, Phó Giám đốc Sở đề nghị các địa phương chủ động rà soát cơ cấu giống, ưu tiên các giống lúa ngắn ngày, chống chịu sâu bệnh; đẩy mạnh liên kết sản xuất theo chuỗi và mở rộng diện tích áp dụng quy trình canh tác tiết kiệm nước."),
            ("p", "Các công ty thủy lợi được yêu cầu kiểm tra, nạo vét kênh mương trước mùa tưới, xây dựng kế hoạch cấp nước phù hợp với từng vùng, đồng thời phối hợp với chính quyền cơ sở để điều tiết nước hợp lý, tránh lãng phí."),
            ("p", "Hội nghị cũng dành thời gian thảo luận về giải pháp ứng phó với nguy cơ hạn hán, xâm nhập mặn cục bộ vào cuối vụ, cũng như công tác dự tính, dự báo và phòng trừ sinh vật gây hại trên cây trồng."),
            ("empty",),
            ("sig", "Văn phòng Sở"),
        ],
    ),
    dict(
        page="a02-tiem-phong", tab="tintuc", aid=1211, slug="ket-qua-tiem-phong-gia-suc-gia-cam-dot-2-nam-2024",
        title="Kết quả tiêm phòng gia súc, gia cầm đợt 2 năm 2024",
        date_html='<span class="ArticleDateLabel">Cập nhật:</span> <span class="ArticleDate">08/11/2024 | 15:20</span>',
        published="2024-11-08T15:20:00+07:00", updated=None, label="Cập nhật",
        lead_style="desc", prefix=None,
        lead="Đợt tiêm phòng thứ hai năm 2024 đã hoàn thành trên địa bàn 9 huyện, thị xã, thành phố, tỷ lệ tiêm phòng đạt khá so với kế hoạch đề ra.",
        authors=[], unit="Chi cục Chăn nuôi và Thú y", author_field=None,
        source_field="Chi cục Chăn nuôi và Thú y",
        body=[
            ("p", "Thực hiện kế hoạch phòng, chống dịch bệnh động vật năm 2024 của UBND tỉnh, từ tháng 9 đến hết tháng 10, Chi cục Chăn nuôi và Thú y đã phối hợp với các địa phương tổ chức tiêm phòng đợt 2 cho đàn gia súc, gia cầm."),
            ("p", "Các loại vắc xin được sử dụng gồm vắc xin lở mồm long móng, tụ huyết trùng trâu bò, dịch tả lợn, cúm gia cầm và vắc xin viêm da nổi cục. Kết quả cụ thể tại một số địa phương như sau:"),
            ("table", [
                ["STT", "Địa phương", "Trâu, bò (con)", "Lợn (con)", "Gia cầm (con)", "Tỷ lệ đạt (%)"],
                ["1", "TP Tuy Hòa", "3.210", "5.480", "42.600", "86,5"],
                ["2", "Thị xã Đông Hòa", "8.925", "7.310", "61.200", "91,2"],
                ["3", "Thị xã Sông Cầu", "4.780", "3.950", "38.400", "84,0"],
                ["4", "Huyện Tây Hòa", "12.460", "9.120", "75.300", "93,7"],
                ["5", "Huyện Phú Hòa", "9.870", "6.640", "58.900", "90,1"],
                ["6", "Huyện Sơn Hòa", "15.230", "4.210", "33.700", "82,4"],
                ["", "Tổng cộng", "54.475", "36.710", "310.100", "88,9"],
            ]),
            ("p", "Nhìn chung, công tác tiêm phòng được các địa phương triển khai đúng kế hoạch, vắc xin được bảo quản theo quy định. Tuy vậy, tỷ lệ tiêm phòng ở một số xã miền núi còn thấp do đàn gia súc chăn thả rông, khó tập trung."),
            ("p", "Chi cục đề nghị UBND các huyện chỉ đạo tổ chức tiêm bổ sung cho số gia súc, gia cầm mới phát sinh và chưa được tiêm, hoàn thành trước ngày 30 tháng 11; đồng thời tăng cường giám sát, phát hiện sớm ổ dịch để xử lý kịp thời."),
        ],
    ),
    dict(
        page="a03-kenh-muong", tab="tintuc", aid=1209, slug="kiem-tra-cong-tac-duy-tu-kenh-muong-noi-dong",
        title="Kiểm tra công tác duy tu, sửa chữa kênh mương nội đồng",
        date_html='<span class="ArticleDate">Thứ Năm, 07/11/2024 - 10:12</span>',
        published="2024-11-07T10:12:00+07:00", updated=None, label=None,
        lead_style=None, prefix=None, lead=None,
        authors=["Lê Thị Hạnh"], unit=None, author_field="Lê Thị Hạnh", source_field=None,
        body=[
            ("p", "Đoàn kiểm tra của Sở Nông nghiệp và PTNT do lãnh đạo Chi cục Thủy lợi làm trưởng đoàn vừa kiểm tra thực tế công tác duy tu, sửa chữa hệ thống kênh mương nội đồng tại huyện Phú Hòa và thị xã Đông Hòa."),
            ("p", "Tại các điểm kiểm tra, đoàn ghi nhận nhiều tuyến kênh loại III đã được nạo vét, gia cố bờ và thay thế cửa cống bị hư hỏng. Một số hợp tác xã chủ động huy động xã viên ra quân làm thủy lợi nội đồng, giảm chi phí thuê nhân công."),
            ("related", [
                ("Triển khai kế hoạch sản xuất vụ Đông Xuân 2024 - 2025", "/tin-tuc/ArticleId/1214/trien-khai-ke-hoach-san-xuat-vu-dong-xuan-2024-2025", "12/11/2024"),
                ("Hướng dẫn vận hành hồ chứa trong mùa mưa lũ năm 2023", "/Default.aspx?tabid=55&ArticleID=875", "02/10/2023"),
            ]),
            ("tbl", "/Portals/0/Images/TinTuc/2024/11/kenh-n2-phu-hoa.jpg", "Đoàn kiểm tra tuyến kênh N2 tại xã Hòa Quang Bắc, huyện Phú Hòa", "Ảnh: CCTL"),
            ("p", "Bên cạnh kết quả đạt được, vẫn còn tình trạng rác thải sinh hoạt, lục bình tích tụ tại các cống điều tiết, gây cản trở dòng chảy. Một số đoạn kênh đất bị sạt lở chưa được khắc phục dứt điểm do thiếu kinh phí."),
            ("p", "Trưởng đoàn đề nghị các địa phương khẩn trương hoàn thành nạo vét trước khi bước vào vụ Đông Xuân, tuyên truyền người dân không xả rác xuống kênh mương và lập danh mục công trình cần hỗ trợ kinh phí sửa chữa gửi về Sở tổng hợp."),
        ],
    ),
    dict(
        page="a04-ocop", tab="tintuc", aid=1205, slug="danh-gia-phan-hang-san-pham-ocop-dot-2",
        title="Đánh giá, phân hạng 18 sản phẩm OCOP đợt 2 năm 2024",
        date_html='<span class="ArticleDateLabel">Ngày đăng:</span> <span class="ArticleDate">04/11/2024</span>',
        published="2024-11-04T00:00:00+07:00", updated=None, label="Ngày đăng",
        lead_style="bold", prefix="(BPY) –",
        lead="Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa tiến hành chấm điểm 18 sản phẩm của 11 chủ thể trên địa bàn tỉnh.",
        authors=[], unit="Báo Phú Yên", author_field=None, source_field=None,
        body=[
            ("p", "Sáng ngày 31/10/2024, tại hội trường Văn phòng Điều phối nông thôn mới tỉnh, hội đồng đã nghe các chủ thể giới thiệu sản phẩm, quy trình sản xuất, nguồn nguyên liệu và phương án phát triển thị trường."),
            ("p", "Các sản phẩm tham gia đánh giá đợt này khá đa dạng như cá ngừ đại dương đông lạnh, nước mắm truyền thống, bánh tráng nước dừa, mật ong rừng, tinh bột nghệ và một số sản phẩm thủ công mỹ nghệ từ tre, cói."),
            ("ital", "/Portals/0/Images/TinTuc/2024/11/ocop-dot-2.jpg", "Thành viên hội đồng thẩm định mẫu sản phẩm của các chủ thể", "Ảnh: Văn Tài"),
            ("p", "Kết quả, có 15 sản phẩm đạt từ 50 điểm trở lên, trong đó 4 sản phẩm đạt trên 70 điểm, đủ điều kiện đề nghị UBND tỉnh công nhận sản phẩm OCOP 4 sao. Ba sản phẩm chưa đạt do hồ sơ chưa hoàn thiện về nhãn mác và tiêu chuẩn công bố chất lượng."),
            ("p", "Hội đồng lưu ý các chủ thể cần quan tâm hơn tới câu chuyện sản phẩm, truy xuất nguồn gốc và thiết kế bao bì; đồng thời chủ động tham gia các hội chợ, sàn thương mại điện tử để mở rộng kênh tiêu thụ."),
            ("p", "Dự kiến trong tháng 12, hội đồng sẽ tổ chức đánh giá đợt 3 đối với các sản phẩm đã đăng ký bổ sung từ các huyện miền núi."),
            ("nguon", "Báo Phú Yên"),
        ],
    ),
    dict(
        page="a05-ca-phe", tab="khuyennong", aid=1203, slug="tap-huan-ky-thuat-tai-canh-ca-phe",
        title="Tập huấn kỹ thuật tái canh cà phê cho nông dân huyện Sông Hinh",
        date_html='<span class="ArticleDateLabel">Ngày cập nhật</span> <span class="ArticleDate">05/11/2024 14:05</span>',
        published="2024-11-05T14:05:00+07:00", updated=None, label="Ngày cập nhật",
        lead_style=None, prefix=None, lead=None,
        authors=["Trần Thu Hà"], unit=None, author_field=None, source_field=None,
        body=[
            ("p", "Trung tâm Khuyến nông tỉnh phối hợp với UBND xã Ea Bar, huyện Sông Hinh tổ chức lớp tập huấn kỹ thuật tái canh cà phê cho 40 hộ nông dân có vườn cà phê già cỗi, năng suất thấp."),
            ("p", "Tại lớp học, các học viên được cán bộ kỹ thuật hướng dẫn những nội dung chính sau:"),
            ("ul", [
                "Đánh giá hiện trạng vườn, xác định vườn cần tái canh hoặc ghép cải tạo;",
                "Xử lý đất, luân canh cây ngắn ngày từ một đến hai năm trước khi trồng lại;",
                "Chọn giống cà phê vối ghép năng suất cao, kháng bệnh gỉ sắt;",
                "Bón phân cân đối, sử dụng phân hữu cơ vi sinh và tưới nước tiết kiệm;",
                "Phòng trừ tuyến trùng, rệp sáp và bệnh vàng lá thối rễ.",
            ]),
            ("p", "Sau phần lý thuyết, học viên được thực hành tại vườn mô hình của hộ ông Y Nuê Mlô, nơi đã tái canh thành công 1,2 ha từ năm 2021 và cho thu hoạch ổn định."),
            ("p", "Theo Trung tâm Khuyến nông, toàn huyện Sông Hinh hiện có gần 600 ha cà phê, trong đó khoảng một phần ba diện tích đã trên 20 năm tuổi. Việc tái canh đúng quy trình giúp nâng năng suất và giảm rủi ro sâu bệnh cho người trồng."),
            ("sig", "Trần Thu Hà"),
        ],
    ),
    dict(
        page="a06-thong-bao-tuyen-dung", tab="thongbao", aid=1207, slug="thong-bao-ket-qua-xet-tuyen-vien-chuc",
        title="Thông báo kết quả xét tuyển viên chức năm 2024 (vòng 2)",
        date_html='<span class="ArticleDateLabel">Ngày đăng:</span> <span class="ArticleDate">06/11/2024 16:40</span>',
        published="2024-11-06T16:40:00+07:00", updated=None, label="Ngày đăng",
        lead_style=None, prefix=None, lead=None,
        authors=[], unit="Văn phòng Sở", author_field=None, source_field=None,
        attachments=[
            ("TB-KQ-xet-tuyen-vong-2.pdf", "/Portals/0/VanBan/2024/11/TB-KQ-xet-tuyen-vong-2.pdf", "pdf"),
            ("Danh-sach-trung-tuyen-2024.xlsx", "/Portals/0/VanBan/2024/11/Danh-sach-trung-tuyen-2024.xlsx", "xls"),
        ],
        body=[
            ("p", "Hội đồng xét tuyển viên chức Sở Nông nghiệp và PTNT thông báo kết quả xét tuyển vòng 2 năm 2024 đối với các vị trí việc làm tại các đơn vị sự nghiệp trực thuộc."),
            ("p", "Thí sinh trúng tuyển có trách nhiệm hoàn thiện hồ sơ và nộp tại Văn phòng Sở trước ngày 25/11/2024. Chi tiết xem tại các tệp đính kèm."),
            ("sig", "Văn phòng Sở"),
        ],
    ),
    dict(
        page="a07-tom-the-chan-trang", tab="khuyennong", aid=1199, slug="mo-hinh-nuoi-tom-the-chan-trang-hai-giai-doan",
        title="Hiệu quả mô hình nuôi tôm thẻ chân trắng hai giai đoạn",
        date_html='<span class="ArticleDate">25/10/2024 09:15:42</span>',
        published="2024-10-25T09:15:42+07:00", updated=None, label=None,
        lead_style="desc", prefix=None,
        lead="Mô hình nuôi tôm thẻ chân trắng hai giai đoạn trong ao lót bạt tại thị xã Đông Hòa cho tỷ lệ sống cao, rút ngắn thời gian nuôi và giảm rủi ro dịch bệnh.",
        authors=[], unit="Trung tâm Khuyến nông", author_field=None, source_field=None,
        body=[
            ("p", "Mô hình được Trung tâm Khuyến nông triển khai từ tháng 5/2024 với quy mô 5.000 m² mặt nước tại phường Hòa Hiệp Nam, có 3 hộ tham gia. Tôm giống được ương trong bể ương có mái che khoảng 25 ngày rồi mới chuyển sang ao nuôi thương phẩm."),
            ("tbl", HOST + "/Portals/0/Images/KhuyenNong/2024/10/tom-hai-giai-doan.jpg", "Thu hoạch tôm thẻ chân trắng tại ao nuôi của hộ anh Nguyễn Văn Sáu", "Ảnh: Đình Phong"),
            ("p", "Sau 85 ngày nuôi, tôm đạt kích cỡ bình quân 55 con/kg, năng suất ước đạt 18 tấn/ha, tỷ lệ sống trên 80%. Trừ chi phí, mỗi hộ lãi từ 150 đến 190 triệu đồng, cao hơn đáng kể so với cách nuôi truyền thống một giai đoạn."),
            ("p", "Theo các hộ tham gia, điểm mấu chốt của mô hình là kiểm soát tốt môi trường ao ương, sử dụng chế phẩm sinh học định kỳ và ghi chép nhật ký nuôi đầy đủ để kịp thời điều chỉnh lượng thức ăn."),
            ("p", "Trung tâm Khuyến nông sẽ tổ chức hội thảo đầu bờ để nhân rộng mô hình ra các vùng nuôi ven đầm Cù Mông và vịnh Xuân Đài trong năm tới."),
            ("sig", "Trung tâm Khuyến nông"),
        ],
    ),
    dict(
        page="a08-phong-chong-lu", tab="tintuc", aid=1201, slug="chu-dong-phuong-an-ung-pho-mua-lu-2024",
        title="Chủ động phương án ứng phó mùa mưa lũ năm 2024",
        date_html='<span class="ArticleDateLabel">Ngày đăng:</span> <span class="ArticleDate">22/10/2024 07:50</span> <span class="ArticleSep">-</span> <span class="ArticleUpdateLabel">Cập nhật:</span> <span class="ArticleUpdate">23/10/2024 10:05</span>',
        published="2024-10-22T07:50:00+07:00", updated="2024-10-23T10:05:00+07:00", label="Ngày đăng",
        lead_style="bold", prefix=None,
        lead="Trước diễn biến phức tạp của thời tiết, ngành nông nghiệp tỉnh đã rà soát toàn bộ hồ chứa, đê kè và xây dựng phương án bảo đảm an toàn cho người dân vùng trũng thấp.",
        authors=["Minh Tuấn"], unit=None, author_field=None, source_field=None,
        body=[
            ("p", "Toàn tỉnh hiện có 31 hồ chứa thủy lợi, trong đó có 6 hồ xung yếu cần theo dõi chặt chẽ khi có mưa lớn kéo dài. Các đơn vị quản lý hồ đã kiểm tra cửa tràn, cống lấy nước, hệ thống quan trắc và chuẩn bị sẵn vật tư dự phòng."),
            ("fig", "/Portals/0/Images/TinTuc/2024/10/ho-dong-tron.jpg", "Hồ chứa nước Đồng Tròn trước mùa mưa lũ", "Ảnh: Tư liệu"),
            ("h", "Bảo đảm an toàn hồ đập"),
            ("p", "Sở đã yêu cầu các chủ đập vận hành hồ theo đúng quy trình được phê duyệt, thông báo kịp thời cho chính quyền và người dân vùng hạ du trước khi xả lũ ít nhất 4 giờ, đồng thời bố trí lực lượng trực 24/24 giờ."),
            ("h", "Bảo vệ sản xuất"),
            ("p", "Các địa phương được khuyến cáo thu hoạch dứt điểm diện tích hoa màu vụ Thu Đông đã chín, gia cố chuồng trại, di dời lồng bè nuôi thủy sản đến nơi an toàn và dự trữ thức ăn cho gia súc."),
            ("p", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp đã cập nhật danh sách hộ dân cần sơ tán, chuẩn bị phương tiện, lương thực, thuốc men theo phương châm bốn tại chỗ."),
            ("sig", "Minh Tuấn"),
        ],
    ),
    dict(
        page="a09-rung-trong", tab="khuyennong", aid=1190, slug="phat-trien-rung-trong-go-lon-co-chung-chi",
        title="Phát triển rừng trồng gỗ lớn gắn với cấp chứng chỉ quản lý rừng bền vững",
        date_html='<span class="ArticleDate">Thứ hai, 14 Tháng 10 2024 16:22</span>',
        published="2024-10-14T16:22:00+07:00", updated=None, label=None,
        lead_style="bold", prefix=None,
        lead="Nhiều chủ rừng tại các huyện miền núi đã chuyển từ trồng keo chu kỳ ngắn sang kinh doanh gỗ lớn, nâng giá trị trên mỗi héc-ta rừng trồng.",
        authors=["Hồ Quang Vinh"], unit=None, author_field="Hồ Quang Vinh", source_field=None,
        body=[
            ("p", "Thay vì khai thác keo ở tuổi 4 đến 5 năm để bán gỗ dăm, các hộ tham gia nhóm chứng chỉ rừng tại huyện Đồng Xuân kéo dài chu kỳ lên 8 đến 10 năm, tỉa thưa hợp lý để cây phát triển đường kính lớn."),
            ("figbare", "/Portals/0/Images/KhuyenNong/2024/10/rung-keo-go-lon.jpg"),
            ("p", "Gỗ lớn có chứng chỉ quản lý rừng bền vững được các doanh nghiệp chế biến đồ gỗ xuất khẩu thu mua với giá cao hơn từ 30 đến 40% so với gỗ nguyên liệu thông thường."),
            ("fig", "/Portals/0/Images/KhuyenNong/2024/10/tia-thua-rung.jpg", "Cán bộ kiểm lâm hướng dẫn người dân tỉa thưa rừng trồng", None),
            ("p", "Tuy nhiên, việc kéo dài chu kỳ đòi hỏi người trồng rừng có tiềm lực tài chính và chấp nhận rủi ro do gió bão. Vì vậy, ngành lâm nghiệp đang đề xuất cơ chế hỗ trợ tín dụng ưu đãi và bảo hiểm rừng trồng."),
            ("p", "Mục tiêu đến năm 2030, toàn tỉnh có ít nhất 10.000 ha rừng trồng gỗ lớn, trong đó khoảng một nửa diện tích được cấp chứng chỉ quản lý rừng bền vững."),
        ],
    ),
    dict(
        page="a10-tong-ket-2023", tab="tintuc", aid=1032, slug="hoi-nghi-tong-ket-cong-tac-nam-2023",
        title="Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        date_html='<span class="ArticleDateLabel">Ngày đăng:</span> <span class="ArticleDate">15/01/2024 09:40</span>',
        published="2024-01-15T09:40:00+07:00", updated=None, label="Ngày đăng",
        lead_style="bold", prefix=None,
        lead="Năm 2023, tốc độ tăng trưởng giá trị sản xuất ngành nông, lâm, thủy sản của tỉnh ước đạt 3,4%, hoàn thành chỉ tiêu Nghị quyết đề ra.",
        authors=["Phạm Văn Lợi", "Ngọc Ánh"], unit=None, author_field="Phạm Văn Lợi - Ngọc Ánh", source_field=None,
        body=[
            ("p", "Ngày 12/01/2024, Sở Nông nghiệp và PTNT tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có lãnh đạo UBND tỉnh, đại diện các sở, ngành liên quan và các đơn vị trực thuộc Sở."),
            ("ital", "/Portals/0/Images/TinTuc/2024/01/tong-ket-2023-01.jpg", "Lãnh đạo UBND tỉnh phát biểu chỉ đạo tại hội nghị", "Ảnh: P.V"),
            ("p", "Trong năm, tổng sản lượng lương thực có hạt đạt trên 390.000 tấn; tổng đàn bò tăng 2,1%; sản lượng thủy sản khai thác và nuôi trồng đạt hơn 72.000 tấn. Tỷ lệ che phủ rừng duy trì ở mức 47,6%."),
            ("p", "Chương trình xây dựng nông thôn mới tiếp tục đạt kết quả tích cực với thêm 5 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu."),
            ("ital", "/Portals/0/Images/TinTuc/2024/01/tong-ket-2023-02.jpg", "Trao Bằng khen cho các tập thể có thành tích xuất sắc", "Ảnh: P.V"),
            ("p", "Năm 2024, ngành phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt từ 3,5% trở lên, tiếp tục cơ cấu lại ngành theo hướng nâng cao giá trị gia tăng, phát triển các vùng nguyên liệu tập trung và đẩy mạnh chuyển đổi số trong quản lý, sản xuất."),
        ],
    ),
    dict(
        page="a11-chinh-sach-tin-dung", tab="tintuc", aid=1196, slug="mo-rong-chinh-sach-tin-dung-phuc-vu-nong-nghiep",
        title="Mở rộng chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn",
        date_html='<span class="ArticleDateLabel">Ngày xuất bản:</span> <span class="ArticleDate">18/10/2024</span>',
        published="2024-10-18T00:00:00+07:00", updated=None, label="Ngày xuất bản",
        lead_style="bold", prefix="(Chinhphu.vn) -",
        lead="Chính phủ vừa ban hành nghị định sửa đổi, bổ sung một số điều về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn, nâng mức cho vay không có tài sản bảo đảm đối với cá nhân, hộ gia đình.",
        authors=[], unit="Chinhphu.vn", author_field=None, source_field=None,
        body=[
            ("p", "Theo quy định mới, cá nhân, hộ gia đình cư trú tại địa bàn nông thôn hoặc có hoạt động sản xuất kinh doanh trong lĩnh vực nông nghiệp được tổ chức tín dụng xem xét cho vay không có tài sản bảo đảm với mức cao hơn trước."),
            ("p", "Hợp tác xã, liên hiệp hợp tác xã và chủ trang trại tham gia liên kết sản xuất cũng được nâng hạn mức vay tín chấp, tạo điều kiện đầu tư mở rộng quy mô và ứng dụng công nghệ cao."),
            ("p", "Nghị định đồng thời bổ sung quy định về xử lý rủi ro trong trường hợp khách hàng bị thiệt hại do thiên tai, dịch bệnh, giúp người vay được cơ cấu lại thời hạn trả nợ và khoanh nợ theo quy định."),
            ("p", "Văn bản có hiệu lực kể từ ngày ký, các tổ chức tín dụng có trách nhiệm rà soát, sửa đổi quy định nội bộ để triển khai thống nhất."),
            ("nguon", "Chinhphu.vn"),
        ],
    ),
    dict(
        page="a12-lich-tiep-cong-dan", tab="thongbao", aid=1193, slug="lich-tiep-cong-dan-thang-10-2024",
        title="Lịch tiếp công dân định kỳ tháng 10/2024 của Giám đốc Sở",
        date_html='<span class="ArticleDate">15/10/2024 - 08:00</span>',
        published="2024-10-15T08:00:00+07:00", updated=None, label=None,
        lead_style=None, prefix=None, lead=None,
        authors=[], unit="Thanh tra Sở", author_field=None, source_field=None,
        body=[
            ("p", "Thực hiện Luật Tiếp công dân và quy chế tiếp công dân của cơ quan, Sở Nông nghiệp và PTNT thông báo lịch tiếp công dân định kỳ tháng 10/2024 như sau:"),
            ("br", [
                "- Thời gian: từ 7 giờ 30 phút, thứ Năm, ngày 24/10/2024.",
                "- Địa điểm: Phòng tiếp công dân, trụ sở Sở Nông nghiệp và PTNT.",
                "- Người tiếp: Giám đốc Sở; trường hợp vắng, ủy quyền cho Phó Giám đốc Sở.",
                "- Thành phần phối hợp: Chánh Thanh tra Sở, Chánh Văn phòng Sở.",
            ]),
            ("p", "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung kiến nghị, phản ánh. Trường hợp cần đăng ký trước, vui lòng liên hệ Thanh tra Sở qua số điện thoại 0257.3841.256 trong giờ hành chính."),
            ("nguon", "Thanh tra Sở"),
        ],
    ),
]

# Older items that appear in lists but whose pages are not part of the corpus.
OLDER = [
    (986, "tintuc", "Ra quân tổng vệ sinh, tiêu độc khử trùng môi trường chăn nuôi", "tong-ve-sinh-tieu-doc-khu-trung", "20/12/2023"),
    (941, "tintuc", "Sơ kết 6 tháng thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "so-ket-6-thang-nong-thon-moi", "11/07/2023"),
]


def art_url(a) -> str:
    tab = TABS[a["tab"]]
    if a["tab"] == "thongbao":
        return f"/Default.aspx?tabid=63&ArticleID={a['aid']}"
    return f"{tab['path']}/ArticleId/{a['aid']}/{a['slug']}"


def date_short(a) -> str:
    y, m, d = a["published"][:10].split("-")
    return f"{d}/{m}/{y}"


# ---------------------------------------------------------------- rendering of body blocks

def absu(src: str) -> str:
    return src if src.startswith("http") else HOST + src


def img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{E(alt)}" src="{src}" style="width: 600px; height: 400px;" />'


def cap_html(caption, credit, style):
    if style == "paren":
        return E(caption) + (f" <em>({E(credit)})</em>" if credit else "")
    if style == "br":
        return E(caption) + (f"<br />{E(credit)}" if credit else "")
    return E(caption) + (f" - {E(credit)}" if credit else "")


def render_body(a):
    parts, text, images = [], [], []
    if a.get("lead_style") == "bold":
        lead_html = (E(a["prefix"]) + " " if a["prefix"] else "") + E(a["lead"])
        parts.append(f'<p style="text-align: justify;"><strong>{lead_html}</strong></p>')
    n_fig = 0
    for b in a["body"]:
        kind = b[0]
        if kind == "p":
            parts.append(f'<p style="text-align: justify;">{b[1]}</p>')
            text.append(plain(b[1]))
        elif kind == "h":
            parts.append(f'<p style="text-align: justify;"><strong>{b[1]}</strong></p>')
            text.append(plain(b[1]))
        elif kind == "ul":
            parts.append("<ul>\n" + "\n".join(f"\t<li>{x}</li>" for x in b[1]) + "\n</ul>")
            text.extend(plain(x) for x in b[1])
        elif kind == "br":
            parts.append('<p style="text-align: justify;">' + "<br />\n".join(b[1]) + "</p>")
            text.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows = []
            for i, row in enumerate(b[1]):
                if i == 0:
                    cells = "".join(f'<td style="text-align: center;"><strong>{E(c)}</strong></td>' for c in row)
                elif row[0] == "":  # total row: label spans the first two columns
                    cells = (f'<td colspan="2" style="text-align: center;"><strong>{E(row[1])}</strong></td>'
                             + "".join(f"<td><strong>{E(c)}</strong></td>" for c in row[2:]))
                else:
                    cells = "".join(f"<td>{E(c)}</td>" for c in row)
                rows.append(f"\t\t<tr>{cells}</tr>")
                text.append(" | ".join(norm(c) for c in row if norm(c)))
            parts.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: collapse;">\n\t<tbody>\n'
                         + "\n".join(rows) + "\n\t</tbody>\n</table>")
        elif kind == "empty":
            parts.append("<p>&nbsp;</p>")
        elif kind == "fig":
            _, src, caption, credit = b
            n_fig += 1
            style = "paren" if n_fig % 2 else "dash"
            cap = f"\n<figcaption>{cap_html(caption, credit, style)}</figcaption>" if caption else ""
            parts.append(f'<figure class="image" style="text-align: center;">{img_tag(src, caption or "")}{cap}\n</figure>')
            images.append({"src": absu(src), "caption": caption, "credit": credit})
        elif kind == "figbare":
            parts.append(f'<figure class="image">{img_tag(b[1])}</figure>')
            images.append({"src": absu(b[1]), "caption": None, "credit": None})
        elif kind == "tbl":
            _, src, caption, credit = b
            parts.append(
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width: 600px;">\n'
                f"\t<tbody>\n\t\t<tr>\n\t\t\t<td>{img_tag(src)}</td>\n\t\t</tr>\n"
                f'\t\t<tr>\n\t\t\t<td class="image_desc" style="text-align: center;"><em>{cap_html(caption, credit, "paren")}</em></td>\n\t\t</tr>\n'
                "\t</tbody>\n</table>")
            images.append({"src": absu(src), "caption": caption, "credit": credit})
        elif kind == "ital":
            _, src, caption, credit = b
            parts.append(f'<p style="text-align: center;">{img_tag(src)}</p>')
            parts.append(f'<p style="text-align: center;"><em>{cap_html(caption, credit, "br")}</em></p>')
            images.append({"src": absu(src), "caption": caption, "credit": credit})
        elif kind == "related":
            items = "\n".join(
                f'\t\t\t\t<li><a href="{href}">{E(t)}</a> <span class="date">({d})</span></li>' for t, href, d in b[1])
            parts.append(
                '<table align="right" border="0" cellpadding="5" cellspacing="0" class="tinlienquan" style="width: 260px; margin-left: 10px; background: #eef5e9;">\n'
                '\t<tbody>\n\t\t<tr>\n\t\t\t<td><strong>Tin liên quan:</strong>\n\t\t\t<ul>\n'
                f"{items}\n\t\t\t</ul>\n\t\t\t</td>\n\t\t</tr>\n\t</tbody>\n</table>")
        elif kind == "sig":
            parts.append(f'<p style="text-align: right;"><strong>{E(b[1])}</strong></p>')
        elif kind == "nguon":
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {E(b[1])}</em></p>')
        else:
            raise ValueError(kind)
    return "\n".join(parts), "\n\n".join(t for t in text if t), images


# ---------------------------------------------------------------- page chrome

def hidden_top(seed: str, action: str) -> str:
    vs = blob("vs" + seed, 14000 + (sum(map(ord, seed)) % 9000))
    ev = blob("ev" + seed, 420)
    return f"""<form method="post" action="{E(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d={blob('wr' + seed, 60).replace('+', '-').replace('/', '_')}&amp;t=638568522020000000" type="text/javascript"></script>


<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","IsReadOnly":false,"CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"PercentGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","CurrencyNegativePattern":8,"NumberNegativePattern":1,"PercentPositivePattern":0,"PercentNegativePattern":0,"NegativeInfinitySymbol":"-∞","NegativeSign":"-","NumberDecimalDigits":2,"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencyPositivePattern":3,"PositiveInfinitySymbol":"∞","PositiveSign":"+","PercentDecimalDigits":2,"PercentDecimalSeparator":",","PercentGroupSeparator":".","PercentSymbol":"%","PerMilleSymbol":"‰","NativeDigits":["0","1","2","3","4","5","6","7","8","9"],"DigitSubstitution":1}},"dateTimeFormat":{{"AMDesignator":"SA","Calendar":{{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","AlgorithmType":1,"CalendarType":1,"Eras":[1],"TwoDigitYearMax":2029,"IsReadOnly":false}},"DateSeparator":"/","FirstDayOfWeek":1,"CalendarWeekRule":0,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","LongTimePattern":"h:mm:ss tt","MonthDayPattern":"dd MMMM","PMDesignator":"CH","RFC1123Pattern":"ddd, dd MMM yyyy HH\\u0027:\\u0027mm\\u0027:\\u0027ss \\u0027GMT\\u0027","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","SortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd\\u0027T\\u0027HH\\u0027:\\u0027mm\\u0027:\\u0027ss","TimeSeparator":":","UniversalSortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd HH\\u0027:\\u0027mm\\u0027:\\u0027ss\\u0027Z\\u0027","YearMonthPattern":"MMMM yyyy","AbbreviatedDayNames":["CN","T2","T3","T4","T5","T6","T7"],"ShortestDayNames":["CN","T2","T3","T4","T5","T6","T7"],"DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"AbbreviatedMonthNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""],"IsReadOnly":false,"NativeCalendarName":"Lịch Gregory","AbbreviatedMonthGenitiveNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthGenitiveNames":["tháng 1","tháng 2","tháng 3","tháng 4","tháng 5","tháng 6","tháng 7","tháng 8","tháng 9","tháng 10","tháng 11","tháng 12",""]}},"eras":[1,"sau CN",null,0]}};//]]>
</script>

<script src="/ScriptResource.axd?d={blob('sr1' + seed, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffc820c398" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={blob('sr2' + seed, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffc820c398" type="text/javascript"></script>
<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div><script src="/js/dnn.modalpopup.js?{CDV}" type="text/javascript"></script><script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?{CDV}" type="text/javascript"></script><script src="/js/dnncore.js?{CDV}" type="text/javascript"></script><script src="/Portals/_default/skins/nongnghiep/js/skin.js?{CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?{CDV}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
"""


def head(title: str, desc: str, extra_meta: str = "", module_css: str = "") -> str:
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />

<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
\t{E(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{E(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="nông nghiệp, phát triển nông thôn, Phú Yên, khuyến nông, thủy lợi,DotNetNuke,DNN" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?{CDV}" type="text/css" rel="stylesheet"/>{module_css}<link href="/Portals/_default/skins/nongnghiep/skin.css?{CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/containers/nongnghiep/container.css?{CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?{CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/nongnghiep/bootstrap/css/bootstrap.min.css?{CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_07_01/jquery.js?{CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_04_01/jquery-migrate.js?{CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_13_02/jquery-ui.min.js?{CDV}" type="text/javascript"></script>{extra_meta}<link rel='icon' href='/Portals/0/favicon.ico?ver=dZ3oF2ayhXP-Sg8c6ZwIdw%3d%3d' type='image/x-icon' /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>
<body id="Body">
"""


def menu_html(active: str) -> str:
    out = ['<div id="dnn_pnav" class="mainMenu"><ul class="nav navbar-nav topLevel">']
    for i, (name, href, kids) in enumerate(MENU):
        cls = ["item"]
        if i == 0:
            cls.append("first")
        if i == len(MENU) - 1:
            cls.append("last")
        if kids:
            cls.append("haschild dropdown")
        if href == active or any(k[1] == active for k in kids):
            cls.append("selected active")
        out.append(f'<li class="{" ".join(cls)}"><a href="{href}"><span>{E(name)}</span></a>')
        if kids:
            out.append('<div class="subLevel"><ul class="dropdown-menu">')
            for j, (kn, kh) in enumerate(kids):
                kc = "item" + (" first" if j == 0 else "") + (" last" if j == len(kids) - 1 else "")
                out.append(f'<li class="{kc}"><a href="{kh}"><span>{E(kn)}</span></a></li>')
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def breadcrumb(items) -> str:
    """items: [(name, href)], first is the home."""
    parts = []
    for pos, (name, href) in enumerate(items, 1):
        parts.append(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{E(name)}</span></a>'
            f'<meta itemprop="position" content="{pos}" /></span>')
    sep = '<img alt="Breadcrumb separator" src="/images/breadcrumb.png">'
    return ('<div class="breadcrumb-bar"><span class="bc-label">Bạn đang ở:</span> '
            '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
            '<span itemscope itemtype="http://schema.org/BreadcrumbList">' + sep.join(parts) + "</span></span></div>")


def module(mid: int, modname: str, inner: str, title: str | None = None, pane_cls: str = "") -> str:
    if title:
        cont = (f'<div class="DNNContainer_Box">\n\t<div class="box-title"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{E(title)}</span>\n\n\n\n</h2></div>\n'
                f'\t<div id="dnn_ctr{mid}_ContentPane" class="box-content{pane_cls}">')
    else:
        cont = f'<div class="DNNContainer_noTitle">\n\t<div id="dnn_ctr{mid}_ContentPane">'
    return (f'<div class="DnnModule DnnModule-{modname} DnnModule-{mid}"><a name="{mid}"></a>\n{cont}'
            f'<!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{modname}C">\n'
            f"{inner}\n</div><!-- End_Module_{mid} --></div>\n\t<div class=\"clear\"></div>\n</div>\n</div>")


def html_module(mid: int, content: str, title: str | None = None) -> str:
    inner = f'\t<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">\n\t{content}\n</div>\n'
    return module(mid, "DNN_HTML", inner, title)


LINKS_GOV = [
    ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"),
    ("Bộ Nông nghiệp và PTNT", "https://www.mard.gov.vn"),
    ("Cổng TTĐT tỉnh Phú Yên", "https://www.phuyen.gov.vn"),
    ("Tỉnh ủy Phú Yên", "https://tinhuy.phuyen.gov.vn"),
    ("Sở Tài nguyên và Môi trường", "https://stnmt.phuyen.gov.vn"),
    ("Sở Công Thương", "https://sct.phuyen.gov.vn"),
    ("UBND thành phố Tuy Hòa", "https://tuyhoa.phuyen.gov.vn"),
    ("UBND thị xã Đông Hòa", "https://donghoa.phuyen.gov.vn"),
    ("UBND thị xã Sông Cầu", "https://songcau.phuyen.gov.vn"),
    ("UBND huyện Tây Hòa", "https://tayhoa.phuyen.gov.vn"),
    ("UBND huyện Sơn Hòa", "https://sonhoa.phuyen.gov.vn"),
]


def right_pane(seed: str) -> str:
    rnd = random.Random("rp" + seed)
    vb = "\n".join(
        f'<li><a href="/van-ban/chi-dao-dieu-hanh/ItemId/{3300 + k}">{E(t)}</a><span class="vb-date">{d}</span></li>'
        for k, (t, d) in enumerate([
            ("Kế hoạch 214/KH-SNN về phòng, chống dịch bệnh động vật vụ Đông Xuân", "11/11/2024"),
            ("Quyết định 1187/QĐ-SNN ban hành quy chế làm việc của Sở", "06/11/2024"),
            ("Công văn 3021/SNN-TL về bảo đảm an toàn hồ chứa mùa mưa lũ", "28/10/2024"),
            ("Chỉ thị 09/CT-UBND về tăng cường quản lý, bảo vệ rừng", "17/10/2024"),
            ("Hướng dẫn 57/HD-SNN về lịch thời vụ sản xuất lúa năm 2025", "09/10/2024"),
        ]))
    opts = "\n".join(f'<option value="{u}">{E(n)}</option>' for n, u in LINKS_GOV)
    online = rnd.randint(40, 260)
    today = rnd.randint(1200, 4800)
    total = 2_731_000 + rnd.randint(0, 90_000)
    fmt = lambda n: f"{n:,}".replace(",", ".")
    poll = module(531, "DNNPoll", f"""<div id="dnn_ctr531_View_pnlPoll" class="poll">
<p class="poll-question">Bạn đánh giá thế nào về chất lượng thông tin trên Cổng thông tin điện tử của Sở?</p>
<table id="dnn_ctr531_View_rblOptions" class="poll-options">
\t<tr><td><input id="dnn_ctr531_View_rblOptions_0" type="radio" name="dnn$ctr531$View$rblOptions" value="1" /><label for="dnn_ctr531_View_rblOptions_0">Rất hữu ích</label></td></tr>
\t<tr><td><input id="dnn_ctr531_View_rblOptions_1" type="radio" name="dnn$ctr531$View$rblOptions" value="2" /><label for="dnn_ctr531_View_rblOptions_1">Hữu ích</label></td></tr>
\t<tr><td><input id="dnn_ctr531_View_rblOptions_2" type="radio" name="dnn$ctr531$View$rblOptions" value="3" /><label for="dnn_ctr531_View_rblOptions_2">Bình thường</label></td></tr>
\t<tr><td><input id="dnn_ctr531_View_rblOptions_3" type="radio" name="dnn$ctr531$View$rblOptions" value="4" /><label for="dnn_ctr531_View_rblOptions_3">Chưa hữu ích</label></td></tr>
</table>
<div class="poll-buttons"><a id="dnn_ctr531_View_cmdVote" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr531$View$cmdVote&#39;,&#39;&#39;)">Bình chọn</a> <a id="dnn_ctr531_View_cmdResult" class="dnnSecondaryAction" href="javascript:__doPostBack(&#39;dnn$ctr531$View$cmdResult&#39;,&#39;&#39;)">Xem kết quả</a></div>
</div>""", "Thăm dò ý kiến")
    counter = module(533, "VisitorCounter", f"""<div id="dnn_ctr533_View_pnlCounter" class="counter">
<ul>
<li><span class="c-label">Đang truy cập:</span> <span id="dnn_ctr533_View_lblOnline">{fmt(online)}</span></li>
<li><span class="c-label">Hôm nay:</span> <span id="dnn_ctr533_View_lblToday">{fmt(today)}</span></li>
<li><span class="c-label">Tổng lượt truy cập:</span> <span id="dnn_ctr533_View_lblTotal">{fmt(total)}</span></li>
</ul>
</div>""", "Thống kê truy cập")
    links_box = html_module(529, '<div class="lienket"><select class="form-control" onchange="if(this.value!=\'\')window.open(this.value);"><option value="">-- Chọn liên kết --</option>' + opts + '</select></div>', "Liên kết website")
    return f"""<div id="dnn_RightPane" class="col-md-4 rightPane">
{module(527, "VanBanMoi", '<div class="vanban-moi"><ul class="list-vb">' + vb + '</ul><div class="more"><a href="/van-ban">Xem tất cả văn bản</a></div></div>', "Văn bản mới")}
{html_module(528, '''<div class="banner-list">
<p><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/Portals/0/Banner/dvc-quoc-gia.png" /></a></p>
<p><a href="https://dichvucong.phuyen.gov.vn" target="_blank"><img alt="Hệ thống thông tin giải quyết TTHC tỉnh" src="/Portals/0/Banner/dvc-phuyen.png" /></a></p>
<p><a href="/hoi-dap"><img alt="Hỏi đáp trực tuyến" src="/Portals/0/Banner/hoi-dap.png" /></a></p>
<p><a href="https://www.mard.gov.vn" target="_blank"><img alt="Bộ Nông nghiệp và PTNT" src="/Portals/0/Banner/bo-nnptnt.png" /></a></p>
</div>''')}
{links_box}
{poll}
{counter}
{html_module(535, '<p style="text-align:center"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/snnptntphuyengovvn-1652841234" target="_blank" title="Chung nhan Tin Nhiem Mang"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=snnptnt.phuyen.gov.vn" width="150px" height="auto" /></a></p>')}
</div>"""


def login_href(path_q: str) -> str:
    from urllib.parse import quote
    return "/Login?returnurl=" + re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(path_q, safe=""))


def page(*, title_tag, desc, path_q, active, crumbs, content, extra_meta="", module_css="", seed="", right=True, tabid=55):
    seed = seed or path_q
    body_cols = (f'<div id="dnn_ContentPane" class="col-md-8 contentPane">\n{content}\n</div>\n{right_pane(seed)}'
                 if right else f'<div id="dnn_ContentPane" class="col-md-12 contentPane">\n{content}\n</div>')
    crumb_html = breadcrumb(crumbs) if crumbs else ""
    rv = blob("rv" + seed, 72).replace("+", "-").replace("/", "_")
    return (head(title_tag, desc, extra_meta, module_css) + hidden_top(seed, path_q) + f"""        
        
<!-- DNN Platform 9.11.2 -->
<div id="siteWrapper">
<div id="topBar" class="top-bar">
  <div class="container">
    <div class="top-left"><span class="today">{TODAY}</span></div>
    <div class="top-right">
      <div id="dnn_dnnLogin_loginGroup" class="loginGroup"><a id="dnn_dnnLogin_enhancedLoginLink" title="Đăng nhập" class="secondaryActionsList" rel="nofollow" onclick="return dnnModal.show(&#39;{login_href(path_q)}&amp;popUp=true&#39;,/*showReturn*/true,300,650,true,&#39;&#39;)" href="{login_href(path_q)}">Đăng nhập</a></div>
      <span class="sep">|</span> <a href="/so-do-website">Sơ đồ website</a> <span class="sep">|</span> <a href="/lien-he">Liên hệ</a>
    </div>
  </div>
</div>
<header id="header" class="site-header">
  <div class="container">
    <div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{E(SITE)}" aria-label="{E(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Logo/logo-snn-phuyen.png?ver=2023-05-04-101844-610" alt="{E(SITE)}" /></a></div>
    <div class="site-name"><span class="line1">ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN</span><span class="line2">{SITE_LONG}</span></div>
    <div class="header-search">
      <span id="dnn_dnnSearch_ClassicSearch">
    <span class="searchInputContainer" data-moreresults="Xem thêm kết quả" data-noresult="Không tìm thấy kết quả">
        <input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." />
        <a class="dnnSearchBoxClearText" title="Xóa nội dung tìm kiếm"></a>
    </span>
    <a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a>
</span>
      <a class="adv-search" href="/tim-kiem?Search=vacxin">Tìm kiếm nâng cao</a>
    </div>
  </div>
</header>
<nav id="mainNav" class="navbar"><div class="container">
{menu_html(active)}
</div></nav>
<div id="dnn_BannerPane" class="bannerPane DNNEmptyPane"></div>
<div class="container">{crumb_html}</div>
<div id="mainContent" class="container">
<div class="row">
{body_cols}
</div>
<div id="dnn_BottomPane" class="bottomPane DNNEmptyPane"></div>
</div>
<footer id="footer" class="site-footer">
  <div class="container">
    <div id="dnn_FooterPane" class="footerPane">{html_module(540, '''<div class="footer-info">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN</strong></p>
<p>Cơ quan chủ quản: Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên</p>
<p>Địa chỉ: 162 Trần Hưng Đạo, phường 4, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3841.318 - Fax: 0257.3842.422 - Email: snnptnt@phuyen.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và PTNT</p>
<p><em>Ghi rõ nguồn "Cổng thông tin điện tử Sở Nông nghiệp và PTNT Phú Yên" khi phát hành lại thông tin từ nguồn này.</em></p>
</div>''')}</div>
    <div class="footer-bottom">
      <span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2024 by Sở Nông nghiệp và PTNT Phú Yên</span>
      <a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="/Terms">Điều khoản sử dụng</a>
      <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="/Privacy">Chính sách bảo mật</a>
    </div>
  </div>
</footer>
<a href="#" class="back-to-top" title="Lên đầu trang">&#9650;</a>
</div>

        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tabid}`}}" />
        <input name="__RequestVerificationToken" type="hidden" value="{rv}" />
    
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Sys.UI._UpdateProgress, {{"associatedUpdatePanelId":null,"displayAfter":500,"dynamicLayout":true}}, null, null, $get("dnn_ucUpdateProgress"));
}});
//]]>
</script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?{CDV}|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?{CDV}|DnnBodyProvider|50)--><!--CDF(Css|/Portals/_default/skins/nongnghiep/skin.css?{CDV}|DnnPageHeaderProvider|15)--><!--CDF(Javascript|/Resources/libraries/jQuery/03_07_01/jquery.js|DnnPageHeaderProvider|5)-->
    
<script type="text/javascript" src="/Resources/shared/scripts/initWidgets.js?{CDV}" ></script>
<script type="text/javascript" src="/js/dnn.js?{CDV}"></script>
<script type="text/javascript" src="/js/dnn.xml.js?{CDV}"></script>
<script type="text/javascript" src="/js/dnn.xmlhttp.js?{CDV}"></script>
<script type="text/javascript">
  (function(){{var t=document.querySelector('.back-to-top');if(t){{t.addEventListener('click',function(e){{e.preventDefault();window.scrollTo(0,0);}});}}}})();
</script>
</body>
</html>
""")


# ---------------------------------------------------------------- pages

def others_box(cur, pool) -> str:
    items = [a for a in pool if a is not cur][:6]
    lis = "\n".join(
        f'<li><a href="{art_url(a)}">{E(a["title"])}</a> <span class="date">({date_short(a)})</span></li>'
        for a in items)
    inner = f'<div id="dnn_ctr482_View_FlexibleList_pnlList" class="FlexibleList other-news"><ul>\n{lis}\n</ul></div>'
    return module(482, "DNNSimpleArticle", inner, "Các tin khác")


def article_page(a, siblings):
    tab = TABS[a["tab"]]
    mid = tab["mid"]
    pfx = f"dnn_ctr{mid}_View_ArticleView"
    body_html, text, images = render_body(a)
    info = [f'<span class="ArticleDates">{a["date_html"]}</span>']
    if a.get("author_field"):
        info.append(f'<span class="ArticleAuthor">Tác giả: <span id="{pfx}_lblAuthor">{E(a["author_field"])}</span></span>')
    if a.get("source_field"):
        info.append(f'<span class="ArticleSource">Nguồn tin: <span id="{pfx}_lblSource">{E(a["source_field"])}</span></span>')
    views = 120 + (a["aid"] * 37) % 2900
    info.append(f'<span class="ArticleViews">Lượt xem: {views}</span>')
    desc_html = ""
    if a.get("lead_style") == "desc":
        lead_txt = (E(a["prefix"]) + " " if a["prefix"] else "") + E(a["lead"])
        desc_html = f'<div id="{pfx}_plArticleDescription" class="Normal ArticleDescription"><p><strong>{lead_txt}</strong></p></div>\n'
    attach = ""
    if a.get("attachments"):
        lis = "\n".join(
            f'<li><img alt="" src="/images/FileManager/Icons/{ext}.gif" /> <a href="{href}" target="_blank">{E(name)}</a></li>'
            for name, href, ext in a["attachments"])
        attach = (f'<div id="{pfx}_pnlAttachments" class="ArticleAttachments"><span class="att-label">Tệp đính kèm:</span>\n'
                  f"<ul>\n{lis}\n</ul></div>\n")
    url = art_url(a)
    tags = (f'<div id="{pfx}_ArticleTags" class="ArticleTags">\n    <span id="{pfx}_lblTags">Chuyên mục:</span>\n'
            f'    <div class="Tags"><ul class="categories"><li><a href="{tab["path"]}">{E(tab["name"])}</a></li></ul></div>\n</div>')
    tools = (f'<div class="ArticleTools"><a href="javascript:window.print();" class="print">In bài viết</a> '
             f'<a href="mailto:?subject={E(a["title"])}&amp;body={HOST}{E(url)}" class="email">Gửi email</a> '
             f'<a href="javascript:history.back();" class="back">Quay lại</a></div>')
    inner = f"""<div id="{pfx}_pnlArticle" class="ArticleView">
<h1><div id="{pfx}_plArticleTitle" class="Head">{E(a["title"])}</div></h1>
<div id="{pfx}_pnlAuthorInfo" class="ArticleInfo">{" <span class='sep'>|</span> ".join(info)}</div>
{desc_html}<div id="{pfx}_plArticleBody" class="Normal ArticleBody">
{body_html}
</div>
{attach}{tags}
{tools}
</div>"""
    content = module(mid, "DNNSimpleArticle", inner) + "\n" + others_box(a, siblings)
    og_desc = a["lead"] or text.split("\n\n")[0]
    og_img = f'<meta property="og:image" content="{images[0]["src"]}" />' if images else ""
    extra = (f'<meta property="og:title" content="{E(a["title"])}" /><meta property="og:description" content="{E(og_desc)}" />'
             f'<meta property="og:url" content="{HOST}{E(url)}" /><meta property="og:type" content="Article" />{og_img}')
    crumbs = [("Trang chủ", "/"), (tab["name"], tab["path"])]
    html_doc = page(title_tag=f"{a['title']} - {SITE}", desc=og_desc, path_q=url, active=tab["path"],
                    crumbs=crumbs, content=content, extra_meta=extra, tabid=tab["tabid"],
                    module_css=f'<link href="/DesktopModules/dnnsimplearticle/module.css?{CDV}" type="text/css" rel="stylesheet"/>')
    expected = {
        "title": norm(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": norm(a["lead"]) if a["lead"] else None,
        "text": text,
        "published_at": a["published"],
        "updated_at": a["updated"],
        "date_label": a["label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": tab["name"],
    }
    return url, html_doc, expected


def list_items(arts, mid, with_desc=True) -> str:
    out = []
    for a in arts:
        if isinstance(a, tuple):  # older item, page not in corpus
            aid, tabkey, title, slug, d = a
            href = f"{TABS[tabkey]['path']}/ArticleId/{aid}/{slug}"
            thumb, desc = f"/Portals/0/Images/TinTuc/thumb/{aid}.jpg", ""
        else:
            href, title, d = art_url(a), a["title"], date_short(a)
            first_img = next((b[1] for b in a["body"] if b[0] in ("fig", "tbl", "ital", "figbare")), None)
            thumb = (first_img or "/Portals/0/Images/no-image.jpg").replace(".jpg", "_thumb.jpg")
            desc = a["lead"] or plain(a["body"][0][1])
            if len(desc) > 180:
                desc = desc[:180].rsplit(" ", 1)[0] + "..."
        out.append(f"""<div class="ArticleWrapper">
    <div class="ArticleThumb"><a href="{href}"><img src="{thumb}" alt="" /></a></div>
    <div id="dnn_ctr{mid}_View_ArticleList_rptArticleList_pnlArticleTitle_{len(out)}" class="ArticleTitle">
        <h2><a id="dnn_ctr{mid}_View_ArticleList_rptArticleList_lnkArticle_{len(out)}" class="SubHead" href="{href}">{E(title)}</a></h2>
    </div>
    <div class="ArticleListDate">{d}</div>
    <div id="dnn_ctr{mid}_View_ArticleList_rptArticleList_pnlArticleDescription_{len(out)}" class="Normal ArticleDescription">
        {E(desc) if with_desc else ""}
    </div>
</div>""")
    return "\n".join(out)


def listing_page(tabkey, arts, pageno=1, npages=1):
    tab = TABS[tabkey]
    mid = tab["mid"]
    base = tab["path"]
    pager = ""
    if npages > 1:
        links = []
        if pageno > 1:
            links.append(f'<a id="dnn_ctr{mid}_View_ArticleList_lnkPrevious" class="lnkPrevious" href="{base if pageno == 2 else f"{base}/p/{pageno - 1}"}">« Trang trước</a>')
        for k in range(1, npages + 1):
            href = base if k == 1 else f"{base}/p/{k}"
            links.append(f'<span class="current">{k}</span>' if k == pageno else f'<a href="{href}">{k}</a>')
        if pageno < npages:
            links.append(f'<a id="dnn_ctr{mid}_View_ArticleList_lnkNext" class="lnkNext" href="{base}/p/{pageno + 1}">Trang sau »</a>')
        pager = f'<div id="dnn_ctr{mid}_View_ArticleList_pnlPaging" class="paging">{" ".join(links)}</div>'
    inner = f'<div class="ArticleList">\n{list_items(arts, mid)}\n</div>\n{pager}'
    content = module(mid, "DNNSimpleArticle", inner, tab["name"])
    path_q = base if pageno == 1 else f"{base}/p/{pageno}"
    title = tab["name"] + ("" if pageno == 1 else f" - Trang {pageno}")
    return path_q, page(title_tag=f"{title} - {SITE}", desc=f"{tab['name']} - {SITE}", path_q=path_q, active=base,
                        crumbs=[("Trang chủ", "/"), (tab["name"], base)], content=content, tabid=tab["tabid"],
                        module_css=f'<link href="/DesktopModules/dnnsimplearticle/module.css?{CDV}" type="text/css" rel="stylesheet"/>')


def home_page():
    by_date = sorted(ARTICLES, key=lambda a: a["published"], reverse=True)
    hot = by_date[0]
    slider = f"""<div class="hot-news">
<div class="hot-main"><a href="{art_url(hot)}"><img src="/Portals/0/Images/TinTuc/2024/11/hoi-nghi-dong-xuan-01_large.jpg" alt="" /></a>
<h3><a href="{art_url(hot)}">{E(hot["title"])}</a></h3><p class="date">{date_short(hot)}</p><p>{E(hot["lead"])}</p></div>
<ul class="hot-list">
{"".join(f'<li><a href="{art_url(a)}">{E(a["title"])}</a></li>' for a in by_date[1:5])}
</ul></div>"""
    blocks = [module(470, "DNNSimpleArticle", slider, "Tin nổi bật")]
    for key, mid in (("tintuc", 471), ("khuyennong", 472), ("thongbao", 473)):
        tab = TABS[key]
        arts = [a for a in by_date if a["tab"] == key][:4]
        lis = "\n".join(f'<li><a href="{art_url(a)}">{E(a["title"])}</a> <span class="date">({date_short(a)})</span></li>' for a in arts)
        blocks.append(module(mid, "DNNSimpleArticle",
                             f'<div class="home-cat"><ul>\n{lis}\n</ul><div class="more"><a href="{tab["path"]}">Xem thêm »</a></div></div>',
                             tab["name"]))
    blocks.append(html_module(476, """<div class="quick-links">
<ul>
<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
<li><a href="/lien-he">Danh bạ điện thoại</a></li>
<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
<li><a href="/hoi-dap">Hỏi đáp trực tuyến</a></li>
</ul></div>""", "Thông tin cần biết"))
    return "/", page(title_tag=f"Trang chủ - {SITE}", desc=f"Cổng thông tin điện tử {SITE}", path_q="/", active="/",
                     crumbs=None, content="\n".join(blocks), tabid=21,
                     module_css=f'<link href="/DesktopModules/dnnsimplearticle/module.css?{CDV}" type="text/css" rel="stylesheet"/>')


def static_page():
    content = html_module(490, """<h2 style="text-align: center;">CHỨC NĂNG, NHIỆM VỤ VÀ QUYỀN HẠN</h2>
<p style="text-align: justify;"><strong>1. Vị trí và chức năng</strong></p>
<p style="text-align: justify;">Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, phòng, chống thiên tai và phát triển nông thôn trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Nông nghiệp và Phát triển nông thôn.</p>
<p style="text-align: justify;"><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p style="text-align: justify;">a) Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, năm năm và hằng năm; chương trình, đề án, dự án về nông nghiệp và phát triển nông thôn.</p>
<p style="text-align: justify;">b) Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật trong lĩnh vực được giao.</p>
<p style="text-align: justify;">c) Hướng dẫn, kiểm tra việc thực hiện các quy định về trồng trọt, chăn nuôi, thú y, bảo vệ thực vật, lâm nghiệp, thủy sản, thủy lợi và phòng, chống thiên tai.</p>
<p style="text-align: justify;">d) Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng theo quy định của pháp luật và phân cấp của Ủy ban nhân dân tỉnh.</p>
<p style="text-align: justify;"><strong>3. Cơ cấu tổ chức</strong></p>
<p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn, nghiệp vụ; các chi cục và đơn vị sự nghiệp công lập trực thuộc.</p>""",
                          "Chức năng, nhiệm vụ")
    path_q = "/gioi-thieu/chuc-nang-nhiem-vu"
    return path_q, page(title_tag=f"Chức năng, nhiệm vụ - {SITE}", desc="Chức năng, nhiệm vụ và quyền hạn của Sở", path_q=path_q,
                        active="/gioi-thieu/chuc-nang-nhiem-vu",
                        crumbs=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Chức năng, nhiệm vụ", path_q)],
                        content=content, tabid=38)


def contact_page():
    rows = [
        ("Văn phòng Sở", "0257.3841.145", "vp.snn@phuyen.gov.vn"),
        ("Phòng Kế hoạch - Tài chính", "0257.3842.537", "khtc.snn@phuyen.gov.vn"),
        ("Phòng Tổ chức cán bộ", "0257.3843.609", "tccb.snn@phuyen.gov.vn"),
        ("Thanh tra Sở", "0257.3844.713", "thanhtra.snn@phuyen.gov.vn"),
        ("Chi cục Trồng trọt và Bảo vệ thực vật", "0257.3845.824", "cctt.snn@phuyen.gov.vn"),
        ("Chi cục Chăn nuôi và Thú y", "0257.3846.936", "cccntv.snn@phuyen.gov.vn"),
        ("Chi cục Thủy lợi", "0257.3847.247", "cctl.snn@phuyen.gov.vn"),
        ("Chi cục Kiểm lâm", "0257.3848.358", "cckl.snn@phuyen.gov.vn"),
        ("Trung tâm Khuyến nông", "0257.3849.469", "ttkn.snn@phuyen.gov.vn"),
    ]
    trs = "\n".join(f"\t\t<tr><td>{k}</td><td>{E(n)}</td><td>{p}</td><td><a href=\"mailto:{m}\">{m}</a></td></tr>"
                    for k, (n, p, m) in enumerate(rows, 1))
    content = html_module(492, f"""<p><strong>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN</strong></p>
<p>Địa chỉ: 162 Trần Hưng Đạo, phường 4, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3841.571 - Fax: 0257.3842.682</p>
<p>Email: snnptnt@phuyen.gov.vn</p>
<p><strong>DANH BẠ ĐIỆN THOẠI CÁC PHÒNG, ĐƠN VỊ</strong></p>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse: collapse;">
\t<tbody>
\t\t<tr><td><strong>STT</strong></td><td><strong>Đơn vị</strong></td><td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>
{trs}
\t</tbody>
</table>""", "Liên hệ")
    return "/lien-he", page(title_tag=f"Liên hệ - {SITE}", desc="Thông tin liên hệ", path_q="/lien-he", active="/lien-he",
                            crumbs=[("Trang chủ", "/"), ("Liên hệ", "/lien-he")], content=content, tabid=44)


def search_page():
    path_q = "/tim-kiem?Search=vacxin"
    inner = """<div class="dnnForm dnnSearchResults">
    <div class="dnnSearchBoxPanel">
        <div class="dnnLeft dnnSearchBox">
            <input type="text" id="dnnSearchResult_dnnSearchBox" value="vacxin" aria-label="Tìm kiếm" />
            <a class="dnnSearchBoxClearText"></a>
            <a class="dnnSearchButton" href="javascript:void(0)" id="dnnSearchResult_dnnSearchButton">Tìm kiếm</a>
        </div>
        <div class="dnnRight">
            <a href="javascript:void(0)" class="dnnSearchResultAdvancedTip" id="dnnSearchResult_dnnSearchAdvancedTip">Tìm kiếm nâng cao</a>
        </div>
        <div class="dnnClear"></div>
    </div>
    <div class="dnnSearchResultPanel">
        <div class="dnnLeft"><span class="dnnSearchResultCount">Tìm thấy 3 kết quả cho "vacxin"</span></div>
        <div class="dnnRight">
            <ul class="dnnSearchResultSortOptions"><li class="active"><a href="javascript:void(0)">Phù hợp nhất</a></li><li><a href="javascript:void(0)">Ngày cập nhật</a></li></ul>
        </div>
        <div class="dnnClear"></div>
    </div>
    <div class="dnnSearchResultContainer">
RESULTS
    </div>
    <div class="dnnSearchResultPager"><div class="dnnLeft"><span>Kết quả 1 - 3 trên 3</span></div><div class="dnnRight"></div></div>
</div>
<script type="text/javascript">
    $(function () {
        if (typeof dnn != 'undefined' && dnn.searchResult) {
            dnn.searchResult.init({ comboAdvancedDates: 'dnnSearchResult_AdvancedDates', pageSize: 15, defaultText: 'Nhập từ khóa tìm kiếm', noResultsText: 'Không tìm thấy kết quả nào', linkTarget: '', showDescription: true, maxDescriptionLength: 100, showSnippet: true, showSource: true, showLastUpdated: true });
        }
    });
</script>"""
    hits = [ARTICLES[1], ARTICLES[7], ARTICLES[0]]
    res = "\n".join(f"""        <div class="dnnSearchResultItem">
            <div class="dnnSearchResultItem-Title"><a href="{art_url(a)}">{E(a["title"])}</a></div>
            <div class="dnnSearchResultItem-Link"><a href="{art_url(a)}">{HOST}{E(art_url(a))}</a></div>
            <div class="dnnSearchResultItem-Description">{E((a["lead"] or "")[:140])}...</div>
            <div class="dnnSearchResultItem-Others"><span>Cập nhật lần cuối: </span>{date_short(a)}<span> Nguồn: </span>{E(TABS[a["tab"]]["name"])}</div>
        </div>""" for a in hits)
    content = module(494, "SearchResults", inner.replace("RESULTS", res), "Kết quả tìm kiếm")
    return path_q, page(title_tag=f"Tìm kiếm - {SITE}", desc="Tìm kiếm", path_q=path_q, active="",
                        crumbs=[("Trang chủ", "/"), ("Tìm kiếm", "/tim-kiem")], content=content, tabid=47,
                        module_css=f'<link href="/DesktopModules/admin/SearchResults/module.css?{CDV}" type="text/css" rel="stylesheet"/>')


def soft404_page():
    path_q = "/Default.aspx?tabid=55&ArticleID=875"
    mid = TABS["tintuc"]["mid"]
    inner = f"""<div id="dnn_ctr{mid}_View_ArticleView_pnlArticle" class="ArticleView">
<h1><div id="dnn_ctr{mid}_View_ArticleView_plArticleTitle" class="Head">Không tìm thấy bài viết</div></h1>
<div class="Normal ArticleBody"><p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống. Vui lòng kiểm tra lại đường dẫn hoặc quay về <a href="/tin-tuc">danh sách tin tức</a>.</p></div>
</div>"""
    content = module(mid, "DNNSimpleArticle", inner) + "\n" + others_box(None, sorted(ARTICLES, key=lambda a: a["published"], reverse=True))
    return path_q, page(title_tag=f"Tin tức - Sự kiện - {SITE}", desc=f"Tin tức - Sự kiện - {SITE}", path_q=path_q,
                        active="/tin-tuc", crumbs=[("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc")],
                        content=content, tabid=55)


def sitemap_page():
    def tree(items):
        out = ["<ul>"]
        for name, href, kids in items:
            out.append(f'<li><a href="{href}">{E(name)}</a>')
            if kids:
                out.append(tree([(kn, kh, []) for kn, kh in kids]))
            out.append("</li>")
        out.append("</ul>")
        return "\n".join(out)
    extra = [("Tìm kiếm", "/tim-kiem?Search=vacxin", []), ("Sơ đồ website", "/so-do-website", [])]
    content = module(496, "DDRMenu", f'<div class="sitemap-tree">\n{tree(MENU + extra)}\n</div>', "Sơ đồ website")
    return "/so-do-website", page(title_tag=f"Sơ đồ website - {SITE}", desc="Sơ đồ website", path_q="/so-do-website",
                                  active="", crumbs=[("Trang chủ", "/"), ("Sơ đồ website", "/so-do-website")],
                                  content=content, tabid=49)


def login_page():
    path_q = "/Login?returnurl=%2f"
    inner = """<div id="dnn_ctr_Login_Login_DNN" class="dnnForm dnnLoginService dnnClear">
    <div class="dnnFormItem">
        <div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtUsername" id="dnn_ctr_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label></div>
        <input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" autocomplete="off" />
    </div>
    <div class="dnnFormItem">
        <div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtPassword" id="dnn_ctr_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label></div>
        <input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" autocomplete="off" />
    </div>
    <div class="dnnFormItem">
        <span class="dnnLoginRememberMe"><input id="dnn_ctr_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr$Login$Login_DNN$chkCookie" /><label for="dnn_ctr_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></span>
    </div>
    <div class="dnnFormItem">
        <a id="dnn_ctr_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a>
        <a id="dnn_ctr_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" href="/">Hủy</a>
    </div>
    <div class="dnnLoginActions"><ul class="dnnActions dnnClear"><li id="dnn_ctr_Login_Login_DNN_liPassword"><a id="dnn_ctr_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" href="/Login?ctl=SendPassword&amp;returnurl=%2f">Quên mật khẩu?</a></li></ul></div>
</div>"""
    content = module(0, "Authentication", f'<div id="dnn_ctr_Login_UP"><div class="dnnForm dnnLogin dnnClear"><div id="dnn_ctr_Login_pnlLogin"><div class="loginContent">{inner}</div></div></div></div>', "Đăng nhập")
    content = content.replace("dnn_ctr0_", "dnn_ctr_").replace("DnnModule-0", "DnnModule-Login").replace('name="0"', 'name="-1"')
    return path_q, page(title_tag=f"Đăng nhập - {SITE}", desc="Đăng nhập", path_q=path_q, active="",
                        crumbs=[("Trang chủ", "/"), ("Đăng nhập", path_q)], content=content, tabid=21, right=False)


# ---------------------------------------------------------------- write

def write(name: str, path_q: str, doc: str, kind: str, expected=None):
    (HERE / f"{name}.html").write_bytes(unicodedata.normalize("NFC", doc).encode("utf-8"))
    meta = {"url": HOST + path_q, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    by_date = sorted(ARTICLES, key=lambda a: a["published"], reverse=True)
    for a in ARTICLES:
        siblings = [x for x in by_date if x["tab"] == a["tab"]] + [x for x in by_date if x["tab"] != a["tab"]]
        url, doc, exp = article_page(a, siblings)
        write(a["page"], url, doc, "article", exp)
    write("home", *home_page(), "listing")
    tt = [a for a in by_date if a["tab"] == "tintuc"]
    write("list-tin-tuc", *listing_page("tintuc", tt[:5], 1, 2), "listing")
    write("list-tin-tuc-p2", *listing_page("tintuc", tt[5:] + OLDER, 2, 2), "listing")
    write("list-khuyen-nong", *listing_page("khuyennong", [a for a in by_date if a["tab"] == "khuyennong"]), "listing")
    write("list-thong-bao", *listing_page("thongbao", [a for a in by_date if a["tab"] == "thongbao"]), "listing")
    write("static-chuc-nang", *static_page(), "static")
    write("contact", *contact_page(), "contact")
    write("search", *search_page(), "search")
    write("soft404", *soft404_page(), "soft_404")
    write("sitemap", *sitemap_page(), "sitemap")
    write("login", *login_page(), "login")


if __name__ == "__main__":
    main()
