"""Generator for the held-out variant template liferay/lr62tintuc.

Run:  python tests/variants/liferay/lr62tintuc/make.py
Deterministic: the same data writes the same pages and the same truth files.
Written by helper (session 5, fold E) without reading any project code.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from pathlib import Path
from urllib.parse import quote

import lxml.html

HERE = Path(__file__).resolve().parent
HOST = "https://snnptnt.hason.gov.vn"
SITE = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Sơn"
SHORT = "Sở NN&PTNT Hà Sơn"
TODAY = dt.datetime(2024, 5, 17, 7, 42)
NS = "tintuc_WAR_eportalnewsportlet"          # article detail portlet
LS = "dsTin_WAR_eportalnewsportlet"           # listing portlet
THEME = "snnhason_WAR_snnhasontheme"
B = "6210"
T = "1715900000000"

WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_CAP = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def visible(fragment: str) -> str:
    node = lxml.html.fragment_fromstring("<div>" + fragment + "</div>")
    return nfc(" ".join(node.text_content().split()))


def iso(d: dt.datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def dmy(d) -> str:
    return d.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------- categories

CATS = {
    "hoat-dong": ("Tin hoạt động", "/web/guest/tin-hoat-dong", "Tin tức - Sự kiện"),
    "thong-bao": ("Thông báo", "/web/guest/thong-bao", None),
    "khuyen-nong": ("Khuyến nông", "/web/guest/khuyen-nong", "Tin tức - Sự kiện"),
}


def doc_img(folder: int, name: str, uuid: str, ts: str) -> str:
    return f"/documents/10181/{folder}/{name}/{uuid}?t={ts}"


# --------------------------------------------------------------------------- articles
# Block kinds: p, div, h (bold heading paragraph), br (lines in one <p>), ul, table,
# img (style a: italic paragraph after; b: one-cell table with caption row;
# c: p.chuthich-anh; n: no caption), related, sig (bold right), nguon, theo, attach.

ARTICLES = [
    dict(
        key="a01", id=10452, cat="hoat-dong",
        slug="so-nong-nghiep-va-ptnt-so-ket-cong-tac-quy-i-trien-khai-nhiem-vu-quy-ii-nam-2024",
        title="Sở Nông nghiệp và PTNT sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2024",
        fmt=1, pub=dt.datetime(2024, 3, 11, 15, 30), upd=None, views=1873,
        prefix="(HSO) -", lead_style="div",
        lead="Chiều ngày 08/3, Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Sơn tổ chức hội nghị sơ kết công tác quý I và triển khai các nhiệm vụ trọng tâm quý II năm 2024.",
        author_field=None,
        blocks=[
            ("p", "Tham dự hội nghị có đồng chí Phạm Văn Khải, Giám đốc Sở; các đồng chí Phó Giám đốc Sở; lãnh đạo các phòng, chi cục, đơn vị sự nghiệp trực thuộc và đại diện Phòng Nông nghiệp và PTNT các huyện, thị xã."),
            ("img", "a", doc_img(0, "hoi-nghi-so-ket-quy-1-2024.jpg", "3f6b1c20-7d4e-4a8b-9e51-0c2d7a6f1b93", "1710145800000"),
             "Giám đốc Sở Phạm Văn Khải phát biểu chỉ đạo tại hội nghị.", "Ảnh: Thanh Bình"),
            ("p", "Theo báo cáo, trong quý I, toàn ngành đã tập trung chỉ đạo sản xuất vụ Đông Xuân 2023 - 2024 đúng khung thời vụ; tổng diện tích gieo trồng đạt hơn 41.200 ha, bằng 101,3% kế hoạch. Công tác phòng chống dịch bệnh trên đàn gia súc, gia cầm được triển khai quyết liệt, không để xảy ra dịch lớn.&nbsp;"),
            ("p", "Giá trị sản xuất nông, lâm nghiệp và thủy sản quý I ước tăng 3,2% so với cùng kỳ năm 2023. Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được quan tâm; đến ngày 31/3/2024, toàn tỉnh dự kiến có thêm 2 xã đạt chuẩn nông thôn mới nâng cao."),
            ("p", "Phát biểu kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị khẩn trương rà soát các chỉ tiêu, nhiệm vụ còn chậm; tăng cường kiểm tra, giám sát sinh vật gây hại trên cây trồng; chủ động phương án phòng chống hạn hán, xâm nhập mặn trong các tháng cao điểm mùa khô."),
            ("p", "Đồng thời, các đơn vị cần đẩy mạnh cải cách hành chính, nâng tỷ lệ hồ sơ trực tuyến toàn trình và giải ngân vốn đầu tư công theo đúng tiến độ đã cam kết với <a href=\"/web/guest/trang-chu\">UBND tỉnh</a>."),
            ("sig", "Thanh Bình"),
        ],
        authors=["Thanh Bình"], unit=None,
    ),
    dict(
        key="a02", id=10467, cat="hoat-dong",
        slug="kiem-tra-cong-tac-phong-chong-dich-benh-tren-dan-vat-nuoi-tai-huyen-tan-lap",
        title="Kiểm tra công tác phòng, chống dịch bệnh trên đàn vật nuôi tại huyện Tân Lập",
        fmt=2, pub=dt.datetime(2024, 3, 19, 8, 12, 45), upd=None, views=954,
        prefix=None, lead_style="bold_div",
        lead="Đoàn công tác của Sở Nông nghiệp và PTNT do Phó Giám đốc Sở Đinh Quang Vũ làm trưởng đoàn vừa kiểm tra công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm tại huyện Tân Lập.",
        author_field=["Hoàng Yến"], divs=True,
        blocks=[
            ("div", "Tại buổi làm việc, lãnh đạo UBND huyện Tân Lập cho biết toàn huyện hiện có hơn 38.000 con trâu, bò, 112.000 con lợn và khoảng 1,1 triệu con gia cầm. Từ đầu năm đến nay, huyện đã tiêm phòng vắc xin lở mồm long móng đạt 86% tổng đàn trong diện tiêm."),
            ("img", "b", doc_img(245120, "kiem-tra-chan-nuoi-tan-lap.jpg", "a91e0d33-52f7-4c1d-8b0a-6e3f92c4d851", "1710811965000"),
             "Đoàn công tác kiểm tra cơ sở chăn nuôi lợn tại xã Tân Phong.", "Ảnh: Hoàng Yến"),
            ("div", "Huyện đã thành lập 14 chốt kiểm dịch tạm thời, tổ chức phun khử trùng tiêu độc định kỳ tại các chợ buôn bán gia súc, gia cầm và khu vực chăn nuôi tập trung. Đến thời điểm kiểm tra, trên địa bàn không phát sinh ổ dịch mới."),
            ("div", "Tuy nhiên, tỷ lệ tiêm phòng ở các hộ chăn nuôi nhỏ lẻ còn thấp; việc kê khai, cập nhật số liệu tổng đàn ở một số xã chưa kịp thời; kinh phí hỗ trợ tiêu hủy lợn mắc bệnh năm trước chưa được chi trả dứt điểm."),
            ("div", "Kết luận buổi kiểm tra, đồng chí Đinh Quang Vũ đề nghị huyện tiếp tục rà soát tổng đàn, tổ chức đợt tiêm phòng bổ sung ngay trong tháng; giao Chi cục Chăn nuôi và Thú y hỗ trợ vắc xin, hóa chất và hướng dẫn chuyên môn cho cán bộ thú y cơ sở."),
        ],
        authors=["Hoàng Yến"], unit=None,
    ),
    dict(
        key="a03", id=10481, cat="hoat-dong",
        slug="ket-qua-gieo-trong-vu-dong-xuan-2023-2024",
        title="Toàn tỉnh gieo trồng vượt kế hoạch vụ Đông Xuân 2023 - 2024",
        fmt=3, pub=dt.datetime(2024, 3, 25, 9, 5), upd=None, views=1320,
        prefix=None, lead_style="div",
        lead="Vụ Đông Xuân 2023 - 2024, các địa phương trong tỉnh đã hoàn thành gieo trồng trên diện tích hơn 41.200 ha, vượt kế hoạch đề ra; cơ cấu giống lúa chất lượng cao tiếp tục tăng.",
        author_field=None,
        blocks=[
            ("p", "Thời tiết đầu vụ tương đối thuận lợi, nguồn nước tưới cơ bản đáp ứng nhu cầu. Các địa phương đã chỉ đạo nông dân gieo cấy tập trung, dứt điểm trong khung thời vụ tốt nhất, hạn chế rủi ro do rét đậm, rét hại cuối vụ."),
            ("p", "Kết quả gieo trồng một số cây trồng chính như sau:"),
            ("table", ["TT", "Cây trồng", "Kế hoạch (ha)", "Thực hiện (ha)", "Tỷ lệ (%)"],
             [["1", "Lúa", "28.500", "28.760", "100,9"],
              ["2", "Ngô", "5.200", "5.315", "102,2"],
              ["3", "Lạc", "3.100", "3.046", "98,3"],
              ["4", "Rau các loại", "3.600", "3.812", "105,9"],
              ["5", "Cây trồng khác", "250", "267", "106,8"],
              ["", "Tổng cộng", "40.650", "41.200", "101,4"]]),
            ("p", "Diện tích lúa chất lượng cao đạt hơn 17.000 ha, chiếm 59% diện tích lúa; nhiều hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm theo hợp đồng, góp phần ổn định đầu ra cho người sản xuất."),
            ("p", "Ngành nông nghiệp khuyến cáo bà con thường xuyên thăm đồng, theo dõi bản tin dự báo sinh vật gây hại, chủ động phòng trừ bệnh đạo ôn, rầy nâu trong giai đoạn lúa đẻ nhánh đến làm đòng."),
            ("nguon", "Chi cục Trồng trọt và Bảo vệ thực vật"),
        ],
        authors=[], unit="Chi cục Trồng trọt và Bảo vệ thực vật",
    ),
    dict(
        key="a04", id=10503, cat="thong-bao",
        slug="thong-bao-ve-viec-tiep-nhan-ho-so-de-nghi-ho-tro-phat-trien-san-xuat-nam-2024",
        title="Thông báo về việc tiếp nhận hồ sơ đề nghị hỗ trợ phát triển sản xuất năm 2024",
        fmt=4, pub=dt.datetime(2024, 4, 2), upd=None, views=612,
        prefix=None, lead_style=None, lead=None, author_field=None,
        blocks=[
            ("p", "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2022 - 2025, Sở Nông nghiệp và Phát triển nông thôn thông báo tiếp nhận hồ sơ đề nghị hỗ trợ năm 2024 như sau:"),
            ("h", "1. Đối tượng"),
            ("p", "Hợp tác xã, tổ hợp tác, doanh nghiệp và hộ gia đình có dự án, phương án sản xuất nông nghiệp trên địa bàn tỉnh đáp ứng các điều kiện quy định."),
            ("h", "2. Thời gian, địa điểm tiếp nhận"),
            ("p", "Hồ sơ được tiếp nhận trong giờ hành chính, từ ngày 08/4/2024 đến hết ngày 10/5/2024, tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến trên Cổng dịch vụ công của tỉnh."),
            ("h", "3. Thành phần hồ sơ"),
            ("p", "Thành phần hồ sơ thực hiện theo mẫu ban hành kèm theo thông báo này. Tổ chức, cá nhân cần hướng dẫn thêm liên hệ Phòng Kế hoạch - Tài chính, số điện thoại 0239.3856.214."),
            ("sig", "Văn phòng Sở"),
            ("attach", [("TB-86-SNN-tiep-nhan-ho-so.pdf", "/documents/10181/245377/TB-86-SNN-tiep-nhan-ho-so.pdf/5c0e7a12-3b9d-4f61-a2c8-91d4e6b0f7a3?version=1.0", "TB 86/TB-SNN - Thông báo tiếp nhận hồ sơ (PDF)"),
                        ("Mau-ho-so-ho-tro-2024.pdf", "/documents/10181/245377/Mau-ho-so-ho-tro-2024.pdf/e27b4f90-1c6a-48d3-b5e2-0a9f3d71c6e8?version=1.0", "Mẫu hồ sơ đề nghị hỗ trợ (PDF)")], "inside"),
        ],
        authors=[], unit="Văn phòng Sở",
    ),
    dict(
        key="a05", id=10519, cat="hoat-dong",
        slug="nhan-rong-mo-hinh-san-xuat-rau-an-toan-theo-chuoi-gia-tri",
        title="Nhân rộng mô hình sản xuất rau an toàn theo chuỗi giá trị",
        fmt=5, pub=dt.datetime(2024, 4, 5, 10, 25), upd=dt.datetime(2024, 4, 6, 14, 40), views=2045,
        prefix=None, lead_style="div",
        lead="Sau ba năm triển khai, mô hình sản xuất rau an toàn gắn với tiêu thụ theo chuỗi ở thị xã Sơn Hà đã mang lại thu nhập ổn định cho hàng trăm hộ nông dân và đang được nhân rộng ra các huyện lân cận.",
        author_field=None,
        blocks=[
            ("p", "Vùng rau xã Đông Hưng hiện có 46 ha sản xuất theo quy trình VietGAP, do Hợp tác xã dịch vụ nông nghiệp Đông Hưng làm đầu mối. Mỗi ngày, hợp tác xã cung ứng khoảng 5 tấn rau cho các bếp ăn tập thể và chuỗi cửa hàng thực phẩm trong tỉnh."),
            ("img", "c", doc_img(245402, "rau-an-toan-dong-hung.jpg", "7b2d9e61-0f4a-4c38-a1d7-58e3c0b92f14", "1712287500000"),
             "Nông dân xã Đông Hưng thu hoạch rau cải theo quy trình VietGAP.", None),
            ("p", "Theo ông Lê Văn Thịnh, Giám đốc hợp tác xã, nhờ có hợp đồng bao tiêu nên giá bán ổn định hơn thị trường tự do từ 15 đến 20%; người trồng rau yên tâm đầu tư nhà lưới, hệ thống tưới nhỏ giọt."),
            ("p", "Ngành nông nghiệp tỉnh đã hỗ trợ hợp tác xã xây dựng nhãn hiệu tập thể, cấp mã số vùng trồng và gắn tem truy xuất nguồn gốc cho sản phẩm. Nhiều hộ thành viên có thu nhập từ 250 đến 300 triệu đồng/ha/năm."),
            ("img", "c", doc_img(245402, "nha-luoi-son-ha.jpg", "c4a81f07-9e2b-4d65-8f3a-2b7e60d1a9c5", "1712287500000"),
             "Mô hình nhà lưới trồng dưa lưới tại thị xã Sơn Hà.", "Ảnh: Tư liệu"),
            ("p", "Thời gian tới, Sở Nông nghiệp và PTNT sẽ phối hợp với các địa phương lựa chọn thêm 5 vùng sản xuất rau tập trung để hỗ trợ theo mô hình này, ưu tiên các xã có điều kiện về nguồn nước và giao thông."),
            ("theo", "Báo Hà Sơn"),
        ],
        authors=[], unit="Báo Hà Sơn",
    ),
    dict(
        key="a06", id=10534, cat="hoat-dong",
        slug="chu-dong-phong-chong-han-han-xam-nhap-man-mua-kho-nam-2024",
        title="Chủ động phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2024",
        fmt=6, pub=dt.datetime(2024, 4, 10, 14, 20), upd=None, views=1488,
        prefix="SNN -", lead_style="bold",
        lead="Trước dự báo nắng nóng kéo dài, Sở Nông nghiệp và PTNT đã ban hành kế hoạch chi tiết nhằm bảo đảm nước tưới cho cây trồng và nước sinh hoạt cho người dân vùng ven biển.",
        author_field=None,
        blocks=[
            ("p", "Theo Đài Khí tượng thủy văn tỉnh, từ ngày 15/4 đến ngày 30/6/2024, lượng mưa trên địa bàn có khả năng thấp hơn trung bình nhiều năm từ 20 đến 35%; độ mặn tại các cửa sông có thể xâm nhập sâu 12 đến 15 km."),
            ("img", "a", doc_img(245418, "kenh-tuoi-yen-khe.jpg", "2e9f6a38-d15c-4b07-93e4-a0c7b58f2d16", "1712733600000"),
             "Nạo vét kênh tưới nội đồng tại huyện Yên Khê.", None),
            ("p", "Ngay trong tháng 4, Công ty TNHH một thành viên Khai thác công trình thủy lợi tỉnh sẽ vận hành tích nước ở các hồ chứa, nạo vét hơn 120 km kênh mương, lắp đặt trạm bơm dã chiến tại những vùng có nguy cơ thiếu nước."),
            ("p", "Các huyện Yên Khê và Đông Phú được yêu cầu chuyển đổi khoảng 900 ha lúa kém hiệu quả sang trồng ngô, đậu, lạc ít sử dụng nước; hướng dẫn người dân trữ nước sinh hoạt trong mùa cao điểm."),
            ("p", "Sở cũng đề nghị các địa phương rà soát lại kế hoạch đã xây dựng từ năm 2020, cập nhật danh sách công trình xung yếu và báo cáo kết quả trước ngày 25 hằng tháng để tổng hợp."),
            ("sig", "Quang Minh"),
        ],
        authors=["Quang Minh"], unit=None,
    ),
    dict(
        key="a07", id=10552, cat="khuyen-nong",
        slug="tap-huan-ky-thuat-u-phan-huu-co-tu-phu-pham-nong-nghiep",
        title="Tập huấn kỹ thuật ủ phân hữu cơ từ phụ phẩm nông nghiệp",
        fmt=1, pub=dt.datetime(2024, 4, 18, 7, 45), upd=dt.datetime(2024, 4, 19, 9, 0), views=733,
        prefix=None, lead_style="div",
        lead="Trung tâm Khuyến nông tỉnh phối hợp với UBND xã Yên Phú tổ chức lớp tập huấn hướng dẫn nông dân tận dụng rơm rạ, thân cây ngô để ủ phân hữu cơ vi sinh.",
        author_field=None,
        blocks=[
            ("p", "Lớp tập huấn thu hút hơn 60 hội viên nông dân tham gia. Các học viên được giới thiệu về tác hại của việc đốt rơm rạ ngoài đồng ruộng và lợi ích của phân hữu cơ đối với đất trồng."),
            ("img", "b", doc_img(245436, "tap-huan-u-phan-yen-phu.jpg", "9d04c6e2-7a31-4f8b-b6d0-13e5a2f79c48", "1713401100000"),
             "Cán bộ Trung tâm Khuyến nông hướng dẫn nông dân xã Yên Phú cách ủ phân hữu cơ từ rơm rạ.", None),
            ("p", "Quy trình ủ phân được hướng dẫn gồm các bước chính:"),
            ("ul", ["Thu gom phụ phẩm, băm nhỏ và làm ẩm đạt độ ẩm khoảng 60%.",
                    "Rải từng lớp dày 20 - 30 cm, rắc chế phẩm vi sinh và một ít phân chuồng xen giữa các lớp.",
                    "Phủ bạt kín đống ủ, sau 15 ngày đảo trộn một lần và bổ sung nước nếu thiếu.",
                    "Sau 45 - 60 ngày, phân hoai mục có thể đem bón cho cây trồng."]),
            ("p", "Sau tập huấn, mỗi học viên được hỗ trợ chế phẩm vi sinh để thực hành ngay tại gia đình. Trung tâm sẽ theo dõi, đánh giá hiệu quả để nhân rộng trong các vụ sản xuất tiếp theo."),
            ("nguon", "Trung tâm Khuyến nông tỉnh"),
        ],
        authors=[], unit="Trung tâm Khuyến nông tỉnh",
    ),
    dict(
        key="a08", id=10570, cat="hoat-dong",
        slug="day-manh-chuyen-doi-so-trong-linh-vuc-nong-nghiep",
        title="Đẩy mạnh chuyển đổi số trong lĩnh vực nông nghiệp",
        fmt=2, pub=dt.datetime(2024, 4, 23, 16, 5, 10), upd=None, views=1102,
        prefix=None, lead_style="div",
        lead="Ngành nông nghiệp Hà Sơn xác định chuyển đổi số là nhiệm vụ trọng tâm, góp phần nâng cao hiệu quả quản lý nhà nước và giúp nông dân tiếp cận thị trường.",
        author_field=["Lê Minh", "Hoàng Yến"],
        blocks=[
            ("p", "Năm 2024, Sở Nông nghiệp và PTNT đặt mục tiêu 100% văn bản trao đổi giữa các đơn vị trực thuộc được thực hiện trên môi trường mạng, trừ văn bản mật; 80% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."),
            ("p", "Để đạt mục tiêu này, Sở tập trung vào một số giải pháp:"),
            ("ul", ["Xây dựng cơ sở dữ liệu về đất trồng, vùng nuôi trồng thủy sản và mã số vùng trồng.",
                    "Hướng dẫn hợp tác xã đưa sản phẩm OCOP lên các sàn thương mại điện tử.",
                    "Bồi dưỡng kỹ năng số cho cán bộ khuyến nông cơ sở và tổ công nghệ số cộng đồng."]),
            ("img", "c", doc_img(245451, "san-thuong-mai-dien-tu-ocop.jpg", "0f5e3b27-c84a-4e19-9b2d-6a71d0e8c3f5", "1713863110000"),
             "Cán bộ hợp tác xã giới thiệu sản phẩm OCOP trên sàn thương mại điện tử.", None),
            ("p", "Hiện có 42 sản phẩm OCOP của tỉnh đã được giới thiệu trên các sàn thương mại điện tử; nhiều hợp tác xã sử dụng nhật ký sản xuất điện tử để quản lý vùng nguyên liệu."),
            ("related", ["a02", "a06"]),
            ("p", "Lãnh đạo Sở đề nghị các phòng, đơn vị gắn trách nhiệm người đứng đầu với kết quả chuyển đổi số, định kỳ đánh giá và đưa vào tiêu chí thi đua cuối năm."),
        ],
        authors=["Lê Minh", "Hoàng Yến"], unit=None,
    ),
    dict(
        key="a09", id=10583, cat="thong-bao",
        slug="lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-so-thang-5-nam-2024",
        title="Lịch tiếp công dân định kỳ của lãnh đạo Sở tháng 5 năm 2024",
        fmt=4, pub=dt.datetime(2024, 4, 25), upd=None, views=388,
        prefix=None, lead_style=None, lead=None, author_field=None,
        blocks=[
            ("p", "Sở Nông nghiệp và Phát triển nông thôn thông báo lịch tiếp công dân định kỳ của lãnh đạo Sở trong tháng 5 năm 2024 như sau:"),
            ("br", ["- Thứ Năm, ngày 09/5/2024: đồng chí Phạm Văn Khải, Giám đốc Sở.",
                    "- Thứ Năm, ngày 16/5/2024: đồng chí Lương Thị Ngọc Hà, Phó Giám đốc Sở.",
                    "- Thứ Năm, ngày 23/5/2024: đồng chí Đinh Quang Vũ, Phó Giám đốc Sở."]),
            ("p", "Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00. Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Sở Nông nghiệp và PTNT, số 18 đường Trần Hưng Đạo, thị xã Sơn Hà."),
            ("p", "Trường hợp lịch tiếp có thay đổi, Văn phòng Sở sẽ thông báo trên Cổng thông tin điện tử của Sở và niêm yết tại trụ sở cơ quan."),
            ("sig", "Văn phòng Sở"),
        ],
        authors=[], unit="Văn phòng Sở",
    ),
    dict(
        key="a10", id=10598, cat="hoat-dong",
        slug="ra-quan-trong-cay-xanh-huong-ung-tet-trong-cay-doi-doi-nho-on-bac-ho",
        title="Hưởng ứng phong trào trồng cây, toàn tỉnh trồng mới hơn 1.300 ha rừng",
        fmt=3, pub=dt.datetime(2024, 5, 3, 9, 40), upd=None, views=1657,
        prefix="(Báo Hà Sơn) –", lead_style="bold",
        lead="Tính đến cuối tháng 4, các địa phương đã trồng mới hơn 1.300 ha rừng tập trung và gần 420.000 cây phân tán, đạt 58% kế hoạch năm.",
        author_field=None,
        blocks=[
            ("p", "Ngày 18.4, tại xã Sơn Thủy, huyện Đông Phú, UBND tỉnh phối hợp với Sở Nông nghiệp và PTNT tổ chức lễ phát động trồng cây. Tại buổi lễ, các đại biểu và đoàn viên thanh niên đã trồng 2.000 cây sao đen, lim xanh trên tuyến đường liên xã."),
            ("img", "a", doc_img(245487, "trong-cay-son-thuy.jpg", "6c1a7e94-2b0d-4f53-8e6a-d9b34f0c5a27", "1714704000000"),
             "Các đại biểu trồng cây tại xã Sơn Thủy, huyện Đông Phú.", "Ảnh: Báo Hà Sơn"),
            ("p", "Phong trào được duy trì liên tục kể từ năm 1960, khi Bác Hồ phát động Tết trồng cây. Năm nay, tỉnh đặt mục tiêu trồng 2.250 ha rừng tập trung, trong đó ưu tiên cây gỗ lớn bản địa và rừng phòng hộ ven biển."),
            ("p", "Chi cục Kiểm lâm cho biết, từ ngày 01/5 đến ngày 31/5/2024, lực lượng kiểm lâm sẽ tăng cường kiểm tra nguồn gốc cây giống tại các vườn ươm, bảo đảm cây đủ tiêu chuẩn trước khi đưa ra trồng."),
            ("p", "Cũng theo Chi cục, tỷ lệ che phủ rừng của tỉnh năm 2023 đạt 52,4%; phấn đấu đến năm 2025 đạt 53%."),
            ("nguon", "Báo Hà Sơn"),
        ],
        authors=[], unit="Báo Hà Sơn",
    ),
    dict(
        key="a11", id=10611, cat="thong-bao",
        slug="thong-bao-ve-dot-tiem-phong-gia-suc-gia-cam-dot-i-nam-2024",
        title="Thông báo về đợt tiêm phòng gia súc, gia cầm đợt I năm 2024",
        fmt=5, pub=dt.datetime(2024, 5, 8, 10, 0), upd=None, views=521,
        prefix=None, lead_style=None, lead=None, author_field=None,
        blocks=[
            ("p", "Căn cứ kế hoạch phòng, chống dịch bệnh động vật năm 2024 của UBND tỉnh, Chi cục Chăn nuôi và Thú y thông báo tổ chức tiêm phòng đợt I năm 2024 cho đàn gia súc, gia cầm trên địa bàn toàn tỉnh."),
            ("p", "Các loại vắc xin được tiêm gồm: vắc xin lở mồm long móng, tụ huyết trùng trâu bò, dịch tả lợn, cúm gia cầm và vắc xin dại cho chó, mèo."),
            ("p", "Thời gian tiêm phòng từ ngày 15/5/2024 đến ngày 15/6/2024. Đề nghị các hộ chăn nuôi chủ động phối hợp với cán bộ thú y cấp xã để được tiêm phòng đầy đủ, đúng lịch."),
            ("p", "Kế hoạch chi tiết và danh sách điểm tiêm phòng của từng huyện, thị xã được đăng tải kèm theo thông báo này."),
            ("sig", "Chi cục Chăn nuôi và Thú y"),
            ("attach", [("KH-tiem-phong-dot-I-2024.pdf", "/documents/10181/245503/KH-tiem-phong-dot-I-2024.pdf/b8e2d5c1-4a07-4e9f-86b3-7c0f1d29a5e6?version=1.0", "Kế hoạch tiêm phòng đợt I năm 2024.pdf"),
                        ("Danh-sach-diem-tiem.pdf", "/documents/10181/245503/Danh-sach-diem-tiem.pdf/31f9c0a4-d6e8-4b52-a7c1-e5082b6d9f3e?version=1.0", "Danh sách điểm tiêm phòng.pdf"),
                        ("Mau-bao-cao-ket-qua.doc", "/documents/10181/245503/Mau-bao-cao-ket-qua.doc/f4a6b2d8-0c31-4e75-9d8a-2b6e7f1c0a94?version=1.0", "Mẫu báo cáo kết quả tiêm phòng.doc")], "after"),
        ],
        authors=[], unit="Chi cục Chăn nuôi và Thú y",
    ),
    dict(
        key="a12", id=10627, cat="hoat-dong",
        slug="giai-ngan-von-dau-tu-cong-nganh-nong-nghiep-4-thang-dau-nam",
        title="Giải ngân vốn đầu tư công ngành nông nghiệp 4 tháng đầu năm đạt 31,6% kế hoạch",
        fmt=6, pub=dt.datetime(2024, 5, 14, 8, 30), upd=None, views=806,
        prefix=None, lead_style="div",
        lead="Sở Nông nghiệp và PTNT vừa tổ chức giao ban chuyên đề về tiến độ thực hiện và giải ngân các dự án đầu tư công do Sở làm chủ đầu tư.",
        author_field=None,
        blocks=[
            ("p", "Năm 2024, tổng kế hoạch vốn đầu tư công giao cho Sở là 486,5 tỷ đồng, bố trí cho 23 dự án, chủ yếu là các công trình thủy lợi, đê điều và hạ tầng vùng sản xuất tập trung."),
            ("p", "Đến hết tháng 4, giá trị giải ngân đạt 153,7 tỷ đồng, bằng 31,6% kế hoạch, cao hơn mức bình quân chung của tỉnh. Một số dự án có tỷ lệ giải ngân khá như hồ chứa nước Khe Sâu, kè chống sạt lở bờ sông Lam Giang."),
            ("img", "a", "/image/journal/article?img_id=241873&t=1715650200000",
             "Thi công kè chống sạt lở bờ sông Lam Giang đoạn qua huyện Tân Lập.", "Ảnh: Đức Long"),
            ("p", "Bên cạnh đó, vẫn còn 5 dự án chậm tiến độ do vướng mắc trong công tác bồi thường, giải phóng mặt bằng và biến động giá vật liệu xây dựng."),
            ("related", ["a10", "a01"]),
            ("p", "Giám đốc Sở yêu cầu các ban quản lý dự án lập kế hoạch giải ngân chi tiết theo từng tháng, phân công lãnh đạo phụ trách từng dự án; kiên quyết điều chuyển vốn của các dự án không có khả năng giải ngân sang dự án có khối lượng hoàn thành."),
            ("img", "n", "/image/journal/article?img_id=241879&t=1715650200000", None, None),
            ("p", "Phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 75% và đến hết năm giải ngân 100% kế hoạch vốn được giao."),
            ("sig", "Phòng Kế hoạch - Tài chính"),
        ],
        authors=[], unit="Phòng Kế hoạch - Tài chính",
    ),
]
BYKEY = {a["key"]: a for a in ARTICLES}


def art_url(a) -> str:
    return f"{CATS[a['cat']][1]}/-/tin/{a['id']}/{a['slug']}"


# older items that only appear in "Các tin đã đưa" (their pages are not part of the template)
OLD = [
    (10398, "hoat-dong", "hoi-nghi-tong-ket-cong-tac-nam-2023-cua-nganh-nong-nghiep", "Hội nghị tổng kết công tác năm 2023 của ngành nông nghiệp", dt.date(2024, 1, 12)),
    (10407, "hoat-dong", "lanh-dao-so-tham-chuc-tet-cac-don-vi-truc-thuoc", "Lãnh đạo Sở thăm, chúc Tết các đơn vị trực thuộc", dt.date(2024, 2, 5)),
    (10415, "khuyen-nong", "huong-dan-cham-soc-lua-sau-cay", "Hướng dẫn chăm sóc lúa sau cấy", dt.date(2024, 2, 20)),
    (10421, "hoat-dong", "tong-ket-du-an-ho-tro-sinh-ke-vung-ven-bien", "Tổng kết dự án hỗ trợ sinh kế vùng ven biển", dt.date(2024, 2, 27)),
    (10436, "thong-bao", "thong-bao-lich-nghi-tet-nguyen-dan-giap-thin", "Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn", dt.date(2024, 1, 30)),
    (10440, "hoat-dong", "kiem-tra-tien-do-xay-dung-nong-thon-moi-tai-huyen-yen-khe", "Kiểm tra tiến độ xây dựng nông thôn mới tại huyện Yên Khê", dt.date(2024, 3, 4)),
]


def old_url(o) -> str:
    return f"{CATS[o[1]][1]}/-/tin/{o[0]}/{o[2]}"


# --------------------------------------------------------------------------- chrome

NAV = [
    ("Trang chủ", "/web/guest/trang-chu", []),
    ("Giới thiệu", "/web/guest/gioi-thieu", [("Chức năng, nhiệm vụ", "/web/guest/gioi-thieu"),
                                             ("Cơ cấu tổ chức", "/web/guest/co-cau-to-chuc"),
                                             ("Lãnh đạo Sở", "/web/guest/lanh-dao-so"),
                                             ("Đơn vị trực thuộc", "/web/guest/don-vi-truc-thuoc"),
                                             ("Lịch sử phát triển", "/web/guest/lich-su-phat-trien")]),
    ("Tin tức - Sự kiện", "/web/guest/tin-hoat-dong", [("Tin hoạt động", "/web/guest/tin-hoat-dong"),
                                                      ("Khuyến nông", "/web/guest/khuyen-nong"),
                                                      ("Nông thôn mới", "/web/guest/nong-thon-moi"),
                                                      ("Thủy lợi - Phòng chống thiên tai", "/web/guest/thuy-loi"),
                                                      ("Lâm nghiệp", "/web/guest/lam-nghiep"),
                                                      ("Thủy sản", "/web/guest/thuy-san"),
                                                      ("Tin trong nước", "/web/guest/tin-trong-nuoc")]),
    ("Thông báo", "/web/guest/thong-bao", []),
    ("Văn bản", "/web/guest/van-ban", [("Văn bản chỉ đạo điều hành", "/web/guest/van-ban-chi-dao"),
                                       ("Văn bản quy phạm pháp luật", "/web/guest/van-ban-qppl"),
                                       ("Dự thảo lấy ý kiến", "/web/guest/du-thao")]),
    ("Thủ tục hành chính", "/web/guest/thu-tuc-hanh-chinh", [("Bộ thủ tục hành chính", "/web/guest/thu-tuc-hanh-chinh"),
                                                             ("Tra cứu hồ sơ", "/web/guest/tra-cuu-ho-so"),
                                                             ("Dịch vụ công trực tuyến", "/web/guest/dich-vu-cong")]),
    ("Hỏi đáp", "/web/guest/hoi-dap", []),
    ("Liên hệ", "/web/guest/lien-he", []),
]

LINKS = [
    ("Chính phủ", [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
                   ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                   ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn")]),
    ("Các bộ, ngành ở TW", [("Bộ Nông nghiệp và PTNT", "https://www.mard.gov.vn"),
                            ("Bộ Tài nguyên và Môi trường", "https://monre.gov.vn"),
                            ("Bộ Kế hoạch và Đầu tư", "https://www.mpi.gov.vn"),
                            ("Bộ Tài chính", "https://mof.gov.vn"),
                            ("Bộ Công Thương", "https://moit.gov.vn"),
                            ("Bộ Khoa học và Công nghệ", "https://most.gov.vn"),
                            ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn")]),
    ("Tỉnh ủy, UBND tỉnh", [("Cổng TTĐT tỉnh Hà Sơn", "/web/guest/trang-chu"),
                            ("Tỉnh ủy Hà Sơn", "/web/guest/trang-chu"),
                            ("HĐND tỉnh Hà Sơn", "/web/guest/trang-chu")]),
    ("Sở, ban, ngành", [("Sở Tài nguyên và Môi trường", "/web/guest/lien-ket"),
                        ("Sở Kế hoạch và Đầu tư", "/web/guest/lien-ket"),
                        ("Sở Tài chính", "/web/guest/lien-ket"),
                        ("Sở Công Thương", "/web/guest/lien-ket"),
                        ("Sở Xây dựng", "/web/guest/lien-ket"),
                        ("Sở Giao thông vận tải", "/web/guest/lien-ket"),
                        ("Sở Thông tin và Truyền thông", "/web/guest/lien-ket"),
                        ("Sở Khoa học và Công nghệ", "/web/guest/lien-ket"),
                        ("Sở Y tế", "/web/guest/lien-ket"),
                        ("Sở Giáo dục và Đào tạo", "/web/guest/lien-ket"),
                        ("Sở Lao động - Thương binh và Xã hội", "/web/guest/lien-ket"),
                        ("Sở Văn hóa, Thể thao và Du lịch", "/web/guest/lien-ket"),
                        ("Sở Tư pháp", "/web/guest/lien-ket"),
                        ("Sở Nội vụ", "/web/guest/lien-ket"),
                        ("Thanh tra tỉnh", "/web/guest/lien-ket")]),
    ("UBND huyện, thị xã", [("UBND thị xã Sơn Hà", "/web/guest/lien-ket"),
                            ("UBND huyện Tân Lập", "/web/guest/lien-ket"),
                            ("UBND huyện Đông Phú", "/web/guest/lien-ket"),
                            ("UBND huyện Yên Khê", "/web/guest/lien-ket"),
                            ("UBND huyện Lam Giang", "/web/guest/lien-ket"),
                            ("UBND huyện Phú Sơn", "/web/guest/lien-ket")]),
]

VANBAN = [
    ("Quyết định số 215/QĐ-SNN", "04/3/2024", "Ban hành kế hoạch cải cách hành chính năm 2024 của Sở Nông nghiệp và PTNT"),
    ("Kế hoạch số 47/KH-SNN", "12/3/2024", "Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024"),
    ("Công văn số 612/SNN-TTBVTV", "20/3/2024", "Về việc tăng cường phòng trừ bệnh đạo ôn hại lúa vụ Đông Xuân"),
    ("Quyết định số 298/QĐ-SNN", "28/3/2024", "Phê duyệt danh mục mô hình khuyến nông năm 2024"),
    ("Kế hoạch số 63/KH-SNN", "05/4/2024", "Triển khai chuyển đổi số ngành nông nghiệp năm 2024"),
    ("Công văn số 781/SNN-CNTY", "16/4/2024", "Về việc chủ động phòng, chống bệnh dại trên đàn chó, mèo"),
    ("Quyết định số 356/QĐ-SNN", "22/4/2024", "Kiện toàn Tổ công tác chuyển đổi số của Sở"),
    ("Thông báo số 102/TB-SNN", "06/5/2024", "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2024"),
]

POPULAR = ["a05", "a01", "a10", "a06", "a03", "a08", "a12"]


def css_links() -> str:
    base = f"browserId=other&amp;themeId={THEME}&amp;minifierType=css&amp;languageId=vi_VN&amp;b={B}&amp;t={T}"
    files = ["/snnhason-theme/css/main.css", "/html/css/main.css", "/html/portlet/journal_content/css/main.css",
             "/html/portlet/polls_display/css/main.css", "/html/portlet/search/css/main.css",
             "/html/portlet/breadcrumb/css/main.css", "/eportal-news-portlet/css/main.css",
             "/eportal-news-portlet/css/tintuc.css", "/eportal-news-portlet/css/lightbox.css"]
    return "\n".join(f'<link class="lfr-css-file" href="{HOST}{f}?{base}" rel="stylesheet" type="text/css" />'
                     for f in files)


def head(title: str, plid: int, layout_url: str, desc: str) -> str:
    td = {
        "getAccountId": "10156", "getCDNDynamicResourcesHost": "", "getCDNHost": "", "getCompanyGroupId": "10194",
        "getCompanyId": "10154", "getDefaultLanguageId": "vi_VN", "getDoAsUserIdEncoded": "",
        "getLanguageId": "vi_VN", "getParentGroupId": "10181", "getPathContext": "", "getPathImage": "/image",
        "getPathJavaScript": "/html/js", "getPathMain": "/c", "getPathThemeImages": f"{HOST}/snnhason-theme/images",
        "getPathThemeRoot": "/snnhason-theme", "getPlid": str(plid), "getPortalURL": HOST,
        "getPortletSetupShowBordersDefault": "true", "getScopeGroupId": "10181", "getScopeGroupIdOrLiveGroupId": "10181",
        "getSessionId": "", "getSiteGroupId": "10181", "getURLControlPanel": "/group/control_panel?refererPlid=" + str(plid),
        "getURLHome": f"{HOST}/web/guest", "getUserId": "10158", "getUserName": "",
        "isAddSessionIdToURL": "false", "isFreeformLayout": "false", "isImpersonated": "false",
        "isSignedIn": "false", "isStateExclusive": "false", "isStateMaximized": "false", "isStatePopUp": "false",
    }
    tdjs = ",\n\t\t\t".join(
        f'{k}: function() {{ return {v}; }}' if v in ("true", "false")
        else f'{k}: function() {{ return "{v}"; }}' for k, v in td.items())
    aui_mods = ["aui-base", "aui-component", "aui-delayed-task-deprecated", "aui-event-input", "aui-form-validator",
                "aui-io-request", "aui-loading-mask-deprecated", "aui-modal", "aui-node", "aui-parse-content",
                "aui-toggler", "aui-tooltip", "liferay-form", "liferay-menu", "liferay-notice", "liferay-poller",
                "liferay-portlet-url", "liferay-session", "liferay-store", "liferay-util-window", "liferay-navigation-interaction"]
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
<title>{esc(title)}</title>

<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(desc)}" lang="vi-VN" name="description" />
<meta content="Sở Nông nghiệp và PTNT, Hà Sơn, nông nghiệp, nông thôn mới, khuyến nông" lang="vi-VN" name="keywords" />

<link href="{HOST}/snnhason-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{HOST}{layout_url}" rel="canonical" />
<link href="{HOST}{layout_url}" hreflang="x-default" rel="alternate" />
<link href="{HOST}/en{layout_url}" hreflang="en-US" rel="alternate" />

{css_links()}

<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{ return true; }},
				getMajorVersion: function() {{ return 0; }},
				getRevision: function() {{ return ""; }},
				getVersion: function() {{ return ""; }},
				isAir: function() {{ return false; }},
				isChrome: function() {{ return false; }},
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
				isWap: function() {{ return false; }},
				isWapXhtml: function() {{ return false; }},
				isWebKit: function() {{ return false; }},
				isWindows: function() {{ return false; }},
				isWml: function() {{ return false; }}
			}},
			Data: {{
				NAV_SELECTOR: '#navigation',
				isCustomizationView: function() {{ return false; }},
				notices: [null]
			}},
			ThemeDisplay: {{
			{tdjs},
			getLayoutId: function() {{ return "{plid % 97}"; }},
			getLayoutURL: function() {{ return "{HOST}{layout_url}"; }},
			isPrivateLayout: function() {{ return "false"; }},
			isVirtualLayout: function() {{ return false; }},
			getBCP47LanguageId: function() {{ return "vi-VN"; }},
			getPathThemeCss: function() {{ return "{HOST}/snnhason-theme/css"; }},
			getPathThemeJavaScript: function() {{ return "{HOST}/snnhason-theme/js"; }},
			getRealUserId: function() {{ return "10158"; }},
			getTimeZone: function() {{ return "Asia/Ho_Chi_Minh"; }}
			}},
			PropsValues: {{
				NTLM_AUTH_ENABLED: false
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getAvailableLangPath: function() {{ return 'available_languages.jsp?browserId=other&themeId={THEME}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b={B}&t={T}'; }},
			getCombine: function() {{ return true; }},
			getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b={B}&t={T}&'; }},
			getFilter: function() {{ return 'min'; }},
			getJavaScriptRootPath: function() {{ return '/html/js'; }},
			getLangPath: function() {{ return 'aui_lang.jsp?browserId=other&themeId={THEME}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b={B}&t={T}'; }},
			getStaticResourceURLParams: function() {{ return '?browserId=other&minifierType=&languageId=vi_VN&b={B}&t={T}'; }}
		}};

		Liferay.authToken = 'Qm7xK2pa';

		Liferay.currentURL = '{layout_url.replace("&amp;", "&")}';
		Liferay.currentURLEncoded = '{layout_url.replace("/", "%2F").replace("&amp;", "%26")}';
	// ]]>
</script>

<script src="{HOST}/html/js/barebone.jsp?browserId=other&amp;themeId={THEME}&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b={B}&amp;t={T}" type="text/javascript"></script>

<script type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.list = ["73_INSTANCE_brcrmb01", "71_INSTANCE_menu0001", "3", "{LS}_INSTANCE_dsTin01", "{NS}", "56_INSTANCE_vbmoi001", "56_INSTANCE_lienket1", "59_INSTANCE_poll2024", "thongke_WAR_eportalnewsportlet", "56_INSTANCE_footer01"];
	// ]]>
</script>

<script type="text/javascript">
	// <![CDATA[
		YUI.applyConfig({{ modules: {{ {", ".join(f"'{m}': {{}}" for m in aui_mods)} }} }});
	// ]]>
</script>

<link class="lfr-css-file" href="{HOST}/snnhason-theme/css/custom.css?browserId=other&amp;themeId={THEME}&amp;minifierType=css&amp;languageId=vi_VN&amp;b={B}&amp;t={T}" rel="stylesheet" type="text/css" />

<style type="text/css">
	#p_p_id_{NS}_ .portlet-borderless-container {{ border-width: 0; }}
	#p_p_id_59_INSTANCE_poll2024_ .portlet-title-text {{ color: #0b6b2f; }}
	#p_p_id_thongke_WAR_eportalnewsportlet_ .thongke-so {{ font-weight: bold; }}
	.tintuc-chitiet .noidung-tin p {{ margin: 0 0 8px; text-align: justify; }}
	.tintuc-chitiet .tomtat-tin {{ font-weight: bold; margin-bottom: 10px; }}
	.tintuc-chitiet .chuthich-anh {{ font-style: italic; text-align: center; font-size: 12px; }}
</style>

<script type="text/javascript">
	var _gaq = _gaq || [];
	_gaq.push(['_setAccount', 'UA-41872203-1']);
	_gaq.push(['_trackPageview']);
	(function() {{
		var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
		ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
		var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
	}})();
</script>
</head>
"""


def portlet(pid: str, title: str | None, body: str, extra_class: str = "") -> str:
    root = pid.split("_INSTANCE_")[0]
    if title is None:
        return f"""<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end portlet-borderless {extra_class}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<div class="portlet-borderless-container" style="">
<div class="portlet-body">
{body}
</div>
</div>
</div>
"""
    return f"""<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end {extra_class}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper">
<h1 class="portlet-title">
<span class="portlet-title-text">{esc(title)}</span>
</h1>
<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar">
</menu>
</header>
<div class="portlet-content">
<div class=" portlet-content-container" style="">
<div class="portlet-body">
{body}
</div>
</div>
</div>
</section>
</div>
"""


def banner(active: str) -> str:
    wd = WD_CAP[TODAY.weekday()]
    items = []
    for i, (name, url, kids) in enumerate(NAV):
        sel = ' class="selected"' if name == active else ""
        popup = 'aria-haspopup="true" ' if kids else ""
        sub = ""
        if kids:
            sub = '\n<ul class="child-menu" role="menu">\n' + "\n".join(
                f'<li class="" id="layout_{300 + i * 10 + j}" role="presentation"><a href="{u}" role="menuitem">{esc(n)}</a></li>'
                for j, (n, u) in enumerate(kids)) + "\n</ul>"
        items.append(f'<li{sel} id="layout_{200 + i}" role="presentation"><a aria-labelledby="layout_{200 + i}" '
                     f'{popup}href="{url}" role="menuitem"><span>{esc(name)}</span></a>{sub}\n</li>')
    nav = "\n".join(items)
    return f"""<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>

<div class="container-fluid" id="wrapper">
<div class="top-bar">
<div class="ngay-hien-tai"><i class="icon-calendar"></i> {wd}, {dmy(TODAY)}</div>
<div class="top-links">
<a href="/web/guest/so-do-website">Sơ đồ website</a> |
<a href="/web/guest/rss">RSS</a> |
<a data-redirect="false" href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;_58_struts_action=%2Flogin%2Flogin" id="sign-in" rel="nofollow">Đăng nhập</a> |
<a href="/web/guest/trang-chu"><img alt="Tiếng Việt" src="/html/themes/classic/images/language/vi_VN.png" /></a>
<a href="/en/web/guest/trang-chu"><img alt="English" src="/html/themes/classic/images/language/en_US.png" /></a>
</div>
</div>
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title">
<a class="logo custom-logo" href="/web/guest/trang-chu" title="Đi tới {esc(SITE)}">
<img alt="{esc(SITE)}" height="120" src="/image/company_logo?img_id=10902&amp;t={T}" width="1000" />
</a>
<span class="site-name" title="Đi tới {esc(SITE)}">{esc(SITE)}</span>
</h1>
</div>
<div class="search-top">
<form action="/web/guest/tim-kiem" method="get" name="_3_fm" onSubmit="_3_search(); return false;">
<input name="p_p_id" type="hidden" value="timkiem_WAR_eportalnewsportlet" />
<input name="p_p_lifecycle" type="hidden" value="0" />
<input class="search-input" name="_timkiem_WAR_eportalnewsportlet_tukhoa" placeholder="Tìm kiếm tin tức" size="30" title="Tìm kiếm tin tức" type="text" value="" />
<input class="btn-search" type="submit" value="Tìm" />
</form>
</div>
<div class="navbar site-navigation" id="navigation" role="navigation">
<div class="navbar-inner">
<div class="collapse nav-collapse">
<ul aria-label="Trang web" class="nav nav-collapse" role="menubar">
{nav}
</ul>
</div>
</div>
</div>
<div class="marquee-tin"><marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử {esc(SITE)}</marquee></div>
</header>
"""


def breadcrumb(items) -> str:
    lis = []
    for i, (name, url) in enumerate(items):
        cls = ' class="active last"' if i == len(items) - 1 else (' class="first"' if i == 0 else "")
        div = '' if i == len(items) - 1 else ' <span class="divider">/</span>'
        lis.append(f'<li{cls}><a href="{url}">{esc(name)}</a>{div}</li>')
    body = f'<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">\n' + "\n".join(lis) + "\n</ul>"
    return portlet("73_INSTANCE_brcrmb01", None, body)


def left_col() -> str:
    menu = "\n".join(
        f'<li><a href="{u}"><i class="icon-caret-right"></i> {esc(n)}</a></li>'
        for n, u, _ in NAV[1:]) + "\n" + "\n".join(
        f'<li class="sub"><a href="{u}">{esc(n)}</a></li>' for n, u in NAV[2][2])
    vb = "\n".join(
        f'<li><a href="/web/guest/van-ban/-/vb/{2100 + i}"><b>{esc(so)}</b></a> <span class="ngay-vb">ngày {d}</span>'
        f'<p class="trich-yeu">{esc(ty)}</p></li>' for i, (so, d, ty) in enumerate(VANBAN))
    groups = []
    for g, links in LINKS:
        opts = "\n".join(f'<option value="{u}">{esc(n)}</option>' for n, u in links)
        groups.append(f'<select class="lien-ket-select" onchange="if(this.value!=\'\') window.open(this.value);">\n'
                      f'<option value="">-- {esc(g)} --</option>\n{opts}\n</select>')
    dvc = """<div class="banner-dvc">
<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/documents/10181/0/banner-dvc-quoc-gia.png" /></a>
<a href="/web/guest/dich-vu-cong"><img alt="Dịch vụ công trực tuyến tỉnh Hà Sơn" src="/documents/10181/0/banner-dvc-tinh.png" /></a>
<a href="/web/guest/tra-cuu-ho-so"><img alt="Tra cứu hồ sơ" src="/documents/10181/0/banner-tra-cuu.png" /></a>
<a href="/web/guest/thu-tuc-hanh-chinh"><img alt="Bộ thủ tục hành chính" src="/documents/10181/0/banner-tthc.png" /></a>
</div>"""
    return (portlet("71_INSTANCE_menu0001", "Chuyên mục", f'<div class="menu-doc"><ul class="nav nav-list">\n{menu}\n</ul></div>')
            + portlet("56_INSTANCE_vbmoi001", "Văn bản mới", f'<div class="journal-content-article"><ul class="ds-van-ban">\n{vb}\n</ul>'
                      f'<div class="xem-tat-ca"><a href="/web/guest/van-ban">Xem tất cả</a></div></div>')
            + portlet("56_INSTANCE_dvcong01", None, dvc)
            + portlet("56_INSTANCE_lienket1", "Liên kết website", '<div class="journal-content-article lien-ket-web">\n' + "\n".join(groups) + "\n</div>"))


def right_col(poll_votes=(412, 287, 96, 58)) -> str:
    pop = "\n".join(
        f'<li><a href="{art_url(BYKEY[k])}"><img alt="" class="thumb" src="/eportal-news-portlet/thumb?img={BYKEY[k]["id"]}" />{esc(BYKEY[k]["title"])}</a></li>'
        for k in POPULAR)
    total = sum(poll_votes)
    opts = ["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"]
    poll_rows = "\n".join(
        f'<label class="radio" for="_59_INSTANCE_poll2024_choiceId{i}"><input id="_59_INSTANCE_poll2024_choiceId{i}" name="_59_INSTANCE_poll2024_choiceId" type="radio" value="{1301 + i}" /> {esc(o)}</label>'
        f'<div class="poll-result" style="display:none"><span class="bar" style="width:{round(100 * v / total)}%"></span> {v} phiếu</div>'
        for i, (o, v) in enumerate(zip(opts, poll_votes)))
    poll = f"""<form action="/web/guest/trang-chu?p_p_id=59_INSTANCE_poll2024&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-3&amp;p_p_col_count=4&amp;_59_INSTANCE_poll2024_struts_action=%2Fpolls_display%2Fview" class="form" id="_59_INSTANCE_poll2024_fm" method="post" name="_59_INSTANCE_poll2024_fm">
<input name="_59_INSTANCE_poll2024_formDate" type="hidden" value="{T}" />
<input name="_59_INSTANCE_poll2024_questionId" type="hidden" value="1300" />
<fieldset class="fieldset"><div class="">
<span class="poll-description">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính của Sở?</span>
{poll_rows}
<div class="button-holder"><button class="btn" type="submit">Bình chọn</button> <a class="btn" href="javascript:;" onclick="Liferay.Util.toggleDisabled('.poll-result', false);">Xem kết quả</a></div>
</div></fieldset>
</form>"""
    counter = """<div class="thongke-truycap">
<p><i class="icon-user"></i> Đang truy cập: <span class="thongke-so">127</span></p>
<p><i class="icon-calendar"></i> Hôm nay: <span class="thongke-so">2.318</span></p>
<p><i class="icon-bar-chart"></i> Tháng này: <span class="thongke-so">41.706</span></p>
<p><i class="icon-globe"></i> Tổng lượt truy cập: <span class="thongke-so">6.284.519</span></p>
</div>"""
    video = """<div class="video-box">
<video controls="controls" height="180" poster="/documents/10181/0/video-poster-vu-dong-xuan.jpg" preload="none" width="100%">
<source src="/documents/10181/246010/phong-su-vu-dong-xuan.mp4" type="video/mp4" />
</video>
<ul class="ds-video">
<li><a href="/web/guest/video/-/video/88">Phóng sự: Vào vụ Đông Xuân</a></li>
<li><a href="/web/guest/video/-/video/87">Nông thôn mới ở Yên Khê</a></li>
<li><a href="/web/guest/video/-/video/86">Trồng rừng gỗ lớn ven biển</a></li>
</ul>
</div>"""
    badge = """<div class="tin-nhiem-mang">
<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/snnptnthasongovvn" target="_blank" title="Chứng nhận Tín Nhiệm Mạng"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=snnptnt.hason.gov.vn" width="150" /></a>
</div>"""
    return (portlet(f"{LS}_INSTANCE_xemnhieu", "Tin xem nhiều", f'<ul class="ds-tin-xem-nhieu">\n{pop}\n</ul>')
            + portlet("59_INSTANCE_poll2024", "Thăm dò ý kiến", poll)
            + portlet("56_INSTANCE_video001", "Video", video)
            + portlet("thongke_WAR_eportalnewsportlet", "Thống kê truy cập", counter)
            + portlet("56_INSTANCE_tnm00001", None, badge))


def footer() -> str:
    body = f"""<div class="footer-content">
<p class="footer-title"><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(SITE)}</p>
<p>Chịu trách nhiệm chính: Ông Phạm Văn Khải - Giám đốc Sở</p>
<p>Địa chỉ: Số 18 đường Trần Hưng Đạo, thị xã Sơn Hà, tỉnh Hà Sơn</p>
<p>Điện thoại: 0239.3856.200 - Fax: 0239.3856.201 - Email: snnptnt@hason.gov.vn</p>
<p>Giấy phép số 27/GP-STTTT ngày 14/8/2019 của Sở Thông tin và Truyền thông tỉnh Hà Sơn</p>
<p><em>Ghi rõ nguồn "Cổng thông tin điện tử Sở Nông nghiệp và PTNT Hà Sơn" khi phát hành lại thông tin từ nguồn này.</em></p>
</div>
<div class="footer-links"><a href="/web/guest/gioi-thieu">Giới thiệu</a> | <a href="/web/guest/lien-he">Liên hệ</a> | <a href="/web/guest/hoi-dap">Hỏi đáp</a> | <a href="/web/guest/so-do-website">Sơ đồ website</a></div>"""
    return f"""<footer id="footer" role="contentinfo">
{portlet("56_INSTANCE_footer01", None, body)}
<p class="powered-by">Phát triển trên nền tảng Liferay Portal</p>
</footer>
"""


def tail(plid: int, portlets: list[tuple[str, str, int]]) -> str:
    loads = "\n".join(f"""			Liferay.Portlet.onLoad(
				{{
					canEditTitle: false,
					columnPos: {pos},
					isStatic: 'end',
					namespacedId: 'p_p_id_{pid}_',
					portletId: '{pid}',
					refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{plid}\\x26p_p_id\\x3d{pid}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3d{col}\\x26p_p_col_pos\\x3d{pos}\\x26p_p_col_count\\x3d4\\x26p_p_isolated\\x3d1'
				}}
			);""" for pid, col, pos in portlets)
    return f"""</div>

<script src="{HOST}/snnhason-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b={B}&amp;t={T}" type="text/javascript"></script>
<script src="{HOST}/eportal-news-portlet/js/tintuc.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b={B}&amp;t={T}" type="text/javascript"></script>

<script type="text/javascript">
	// <![CDATA[
		Liferay.Util.addInputFocus();
		Liferay.Portlet.runtimePortletIds = ["73_INSTANCE_brcrmb01", "56_INSTANCE_footer01"];
	// ]]>
</script>

<script type="text/javascript">
	// <![CDATA[
		AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{
			(function() {{
{loads}
			}})();
			(function() {{
				Liferay.Util.addInputType();
				Liferay.Portlet.ready(
					function(portletId, node) {{
						Liferay.Util.addInputType(node);
					}}
				);
				if (A.UA.mobile) {{
					Liferay.Util.addInputCancel();
				}}
			}})();
			(function() {{
				new Liferay.Menu();
				var liferayNotices = Liferay.Data.notices;
				for (var i = 1; i < liferayNotices.length; i++) {{
					Liferay.Notice.prototype.hide.apply(liferayNotices[i]);
				}}
			}})();
			(function() {{
				Liferay.Session = new Liferay.SessionBase(
					{{
						autoExtend: true,
						sessionLength: 30,
						redirectOnExpire: false,
						redirectUrl: '{HOST}/web/guest',
						warningLength: 1
					}}
				);
			}})();
		}});
	// ]]>
</script>

<script type="text/javascript">
	AUI().use('aui-base', function(A) {{
		var navigation = A.one('#navigation');
		if (navigation) {{
			navigation.plug(Liferay.NavigationInteraction);
		}}
	}});
</script>
</body>

</html>
"""


def page(title: str, plid: int, layout_url: str, desc: str, active: str, crumbs, center: str,
         center_pid: str) -> str:
    layout = f"""<div id="content">
{breadcrumb(crumbs)}
<div class="columns-3" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span3" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{left_col()}
</div>
</div>
<div class="portlet-column span6" id="column-2">
<div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
{center}
</div>
</div>
<div class="portlet-column portlet-column-last span3" id="column-3">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">
{right_col()}
</div>
</div>
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
"""
    portlets = [("73_INSTANCE_brcrmb01", "column-0", 0), ("71_INSTANCE_menu0001", "column-1", 0),
                ("56_INSTANCE_vbmoi001", "column-1", 1), ("56_INSTANCE_dvcong01", "column-1", 2),
                ("56_INSTANCE_lienket1", "column-1", 3), (center_pid, "column-2", 0),
                (f"{LS}_INSTANCE_xemnhieu", "column-3", 0), ("59_INSTANCE_poll2024", "column-3", 1),
                ("56_INSTANCE_video001", "column-3", 2), ("thongke_WAR_eportalnewsportlet", "column-3", 3),
                ("56_INSTANCE_tnm00001", "column-3", 4), ("56_INSTANCE_footer01", "footer", 0)]
    return nfc(head(title, plid, layout_url, desc) + banner(active) + layout + footer() + tail(plid, portlets))


# --------------------------------------------------------------------------- article pages

def date_html(a) -> tuple[str, str | None]:
    p, u, f = a["pub"], a["upd"], a["fmt"]
    if f == 1:
        names = WD_CAP if a["key"] == "a07" else WD
        s = f'<span class="ngay-dang">{names[p.weekday()]}, {dmy(p)}, {p:%H:%M}</span>'
        if u:
            s += f' <span class="ngay-cap-nhat">(Cập nhật: {dmy(u)}, {u:%H:%M})</span>'
        return s, None
    if f == 2:
        return f'<span class="ngay-dang">{dmy(p)} {p:%H:%M:%S}</span>', None
    if f == 3:
        return f'<span class="ngay-cap-nhat">Cập nhật lúc: {p:%H:%M} {dmy(p)}</span>', "Cập nhật lúc"
    if f == 4:
        return f'<span class="ngay-ban-hanh"><i>Ngày {p.day:02d} tháng {p.month} năm {p.year}</i></span>', None
    if f == 5:
        s = f'<span class="nhan-ngay">Ngày đăng:</span> <span class="ngay-dang">{dmy(p)} | {p.strftime("%I:%M %p")}</span>'
        if u:
            s += f' <span class="sep">-</span> <span class="nhan-ngay">Cập nhật:</span> <span class="ngay-cap-nhat">{dmy(u)} | {u.strftime("%I:%M %p")}</span>'
        return s, "Ngày đăng"
    if f == 6:
        return f'<span class="ngay-dang">{p:%H:%M} | {dmy(p)}</span>', None
    raise ValueError(f)


def render_blocks(a) -> tuple[str, list[str], list[dict], str]:
    out, text, images, after = [], [], [], ""
    tag = "div" if a.get("divs") else "p"
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "div"):
            t = tag if k == "p" else "div"
            style = "" if t == "div" else ' style="text-align: justify;"'
            out.append(f"<{t}{style}>{b[1]}</{t}>")
            text.append(visible(b[1]))
        elif k == "h":
            out.append(f"<{tag}><strong>{esc(b[1])}</strong></{tag}>")
            text.append(visible(esc(b[1])))
        elif k == "br":
            out.append(f"<{tag}>" + "<br />\n".join(esc(x) for x in b[1]) + f"</{tag}>")
            text.extend(visible(esc(x)) for x in b[1])
        elif k == "ul":
            out.append("<ul>\n" + "\n".join(f"\t<li>{esc(x)}</li>" for x in b[1]) + "\n</ul>")
            text.extend(visible(esc(x)) for x in b[1])
        elif k == "table":
            head_, rows = b[1], b[2]
            trs = ["<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head_) + "</tr>"]
            for r in rows:
                if r[0]:
                    trs.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
                else:
                    trs.append(f'<tr><td colspan="2" style="text-align: center;"><strong>{esc(r[1])}</strong></td>'
                               + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in r[2:]) + "</tr>")
            out.append('<table border="1" cellpadding="3" cellspacing="0" class="bang-so-lieu" style="width: 100%;">\n<tbody>\n'
                       + "\n".join(trs) + "\n</tbody>\n</table>")
            text.append(" | ".join(head_))
            for r in rows:
                text.append(" | ".join(c for c in r if c))
        elif k == "img":
            style, src, cap, credit = b[1], b[2], b[3], b[4]
            esrc = esc(src)
            if style == "a":
                capt = " ".join(x for x in (cap, credit) if x)
                out.append(f'<p style="text-align: center;"><img alt="" src="{esrc}" style="width: 500px; height: 333px;" /></p>')
                out.append(f'<p style="text-align: center;"><em>{esc(capt)}</em></p>')
            elif style == "b":
                inner = f"<em>{esc(cap)}</em>" + (f"<br />\n<em>{esc(credit)}</em>" if credit else "")
                out.append(f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width: 500px;">\n<tbody>\n'
                           f'<tr><td><img alt="" src="{esrc}" style="width: 500px; height: 333px;" /></td></tr>\n'
                           f'<tr><td style="text-align: center;"><span style="font-size: 12px;">{inner}</span></td></tr>\n</tbody>\n</table>')
            elif style == "c":
                capt = " ".join(x for x in (cap, credit) if x)
                out.append(f'<p style="text-align: center;"><img alt="{esc(cap)}" src="{esrc}" style="width: 480px;" /></p>')
                out.append(f'<p class="chuthich-anh">{esc(capt)}</p>')
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{esrc}" style="width: 500px;" /></p>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif k == "related":
            lis = "\n".join(f'<li><a href="{art_url(BYKEY[x])}">{esc(BYKEY[x]["title"])}</a></li>' for x in b[1])
            out.append(f'<div class="tin-lien-quan" style="float: right; width: 220px; margin: 0 0 10px 10px; border: 1px solid #ccc; padding: 5px;">\n'
                       f'<p><strong>Tin liên quan:</strong></p>\n<ul>\n{lis}\n</ul>\n</div>')
        elif k == "sig":
            out.append(f'<{tag} style="text-align: right;"><strong>{esc(b[1])}</strong></{tag}>')
        elif k == "nguon":
            out.append(f'<{tag} style="text-align: right;"><em>Nguồn: {esc(b[1])}</em></{tag}>')
        elif k == "theo":
            out.append(f'<{tag} style="text-align: right;"><strong>Theo {esc(b[1])}</strong></{tag}>')
        elif k == "attach":
            files, where = b[1], b[2]
            lis = "\n".join(
                f'<li><img alt="" src="/eportal-news-portlet/images/{"pdf" if n.endswith(".pdf") else "doc"}.png" /> '
                f'<a href="{esc(u)}" target="_blank" title="{esc(n)}">{esc(label)}</a></li>' for n, u, label in files)
            box = f'<div class="tep-dinh-kem">\n<p><strong>Tệp đính kèm:</strong></p>\n<ul>\n{lis}\n</ul>\n</div>'
            if where == "inside":
                out.append(box)
            else:
                after = box
        else:
            raise ValueError(k)
    return "\n".join(out), text, images, after


def article_center(a) -> tuple[str, dict]:
    cat_name, cat_url, parent = CATS[a["cat"]]
    body_html, text, images, after = render_blocks(a)
    lead_full = f'{a["prefix"]} {a["lead"]}' if a["prefix"] else a["lead"]
    lead_html = ""
    if a["lead_style"] == "div":
        lead_html = f'<div class="tomtat-tin">{esc(lead_full)}</div>'
    elif a["lead_style"] == "bold":
        body_html = f'<p style="text-align: justify;"><strong>{esc(lead_full)}</strong></p>\n' + body_html
    elif a["lead_style"] == "bold_div":
        body_html = f'<div><b>{esc(lead_full)}</b></div>\n' + body_html
    dhtml, label = date_html(a)
    author_html = ""
    if a["author_field"]:
        author_html = f'<span class="tacgia-tin">Tác giả: <b>{esc(" - ".join(a["author_field"]))}</b></span>'
    url = art_url(a)
    ns = f"_{NS}_"
    # "Các tin đã đưa": older items, newest first
    older = [x for x in ARTICLES if x["pub"] < a["pub"] and x["key"] != a["key"]]
    rows = [(art_url(x), x["title"], x["pub"].date()) for x in older]
    rows += [(old_url(o), o[3], o[4]) for o in OLD]
    rows.sort(key=lambda r: r[2], reverse=True)
    da_dua = "\n".join(f'<li><a href="{u}">{esc(t)}</a> <span class="ngay-tin">({dmy(d)})</span></li>' for u, t, d in rows[:8])
    center = f"""<div class="tintuc-chitiet" id="{ns}chitiet">
<div class="tieude-chuyenmuc"><a href="{cat_url}">{esc(cat_name)}</a></div>
<h2 class="tieude-tin">{esc(a["title"])}</h2>
<div class="thongtin-tin">
{dhtml}
{author_html}
<span class="luot-xem"><i class="icon-eye-open"></i> Lượt xem: {format(a["views"], ",").replace(",", ".")}</span>
</div>
<div class="congcu-tin clearfix">
<span class="co-chu">Cỡ chữ: <a href="javascript:;" onclick="{ns}changeFontSize(-1);" title="Giảm cỡ chữ">A-</a> <a href="javascript:;" onclick="{ns}changeFontSize(0);" title="Cỡ chữ mặc định">A</a> <a href="javascript:;" onclick="{ns}changeFontSize(1);" title="Tăng cỡ chữ">A+</a></span>
<span class="tien-ich">
<a href="{url}?p_p_state=pop_up&amp;{ns}viewMode=print" onclick="window.open(this.href, 'inbai', 'width=800,height=600,scrollbars=yes'); return false;" title="In bài viết"><i class="icon-print"></i> In bài</a>
<a href="mailto:?subject={quote(a["title"])}&amp;body={quote(HOST + url, safe="")}" title="Gửi email"><i class="icon-envelope"></i> Gửi email</a>
<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={HOST}{url}" target="_blank" title="Chia sẻ Facebook"><i class="icon-facebook"></i> Chia sẻ</a>
<a class="zalo-share" href="https://sp.zalo.me/share_inline?u={HOST}{url}" target="_blank" title="Chia sẻ Zalo">Zalo</a>
</span>
</div>
{lead_html}
<div class="noidung-tin" id="{ns}noidung">
{body_html}
</div>
{after}
<div class="quay-lai"><a href="javascript:history.back();">« Quay lại</a> | <a href="#" onclick="window.scrollTo(0,0); return false;">Lên đầu trang</a></div>
<div class="cac-tin-da-dua">
<h3 class="tieude-khoi">Các tin đã đưa</h3>
<ul>
{da_dua}
</ul>
</div>
</div>
<script type="text/javascript">
	function {ns}changeFontSize(step) {{
		var node = document.getElementById('{ns}noidung');
		var size = step === 0 ? 14 : (parseInt(node.style.fontSize || 14, 10) + step);
		node.style.fontSize = size + 'px';
	}}
</script>"""
    center = portlet(NS, None, center, "portlet-tintuc-chitiet")
    expected = {
        "title": nfc(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": nfc(a["lead"]) if a["lead"] else None,
        "text": nfc("\n\n".join(text)),
        "published_at": iso(a["pub"]),
        "updated_at": iso(a["upd"]),
        "date_label": label,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat_name,
    }
    return center, expected


def crumbs_for(cat: str):
    name, url, parent = CATS[cat]
    c = [("Trang chủ", "/web/guest/trang-chu")]
    if parent:
        c.append((parent, "/web/guest/tin-hoat-dong"))
    c.append((name, url))
    return c


# --------------------------------------------------------------------------- listing pages

def item_html(a, summary=True) -> str:
    cat_name = CATS[a["cat"]][0]
    thumb = f"/eportal-news-portlet/thumb?img={a['id']}&amp;w=180"
    sapo = a["lead"] or visible(a["blocks"][0][1] if a["blocks"][0][0] in ("p", "div") else a["title"])
    return f"""<div class="item-tin clearfix">
<!-- <div class="chuyen-muc">{esc(cat_name)}</div> -->
<a class="anh-tin" href="{art_url(a)}"><img alt="{esc(a["title"])}" src="{thumb}" /></a>
<h3 class="tieude"><a href="{art_url(a)}">{esc(a["title"])}</a> <span class="ngay-tin">({dmy(a["pub"])})</span></h3>
{f'<p class="tomtat">{esc(sapo)}</p>' if summary else ''}
<!-- <span class="luot-xem">{a["views"]}</span> -->
</div>"""


def paginator(base: str, cur: int, pages: int, delta: int, total: int) -> str:
    def link(n):
        return (f"{base}?p_p_id={LS}_INSTANCE_dsTin01&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view"
                f"&amp;p_p_col_id=column-2&amp;p_p_col_count=1&amp;_{LS}_INSTANCE_dsTin01_delta={delta}"
                f"&amp;_{LS}_INSTANCE_dsTin01_cur={n}")
    first = base if cur > 1 else "javascript:;"
    prev = (base if cur == 2 else link(cur - 1)) if cur > 1 else "javascript:;"
    nxt = link(cur + 1) if cur < pages else "javascript:;"
    last = link(pages) if cur < pages else "javascript:;"
    start, end = (cur - 1) * delta + 1, min(cur * delta, total)
    return f"""<div class="taglib-page-iterator" id="_{LS}_INSTANCE_dsTin01_ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector">Trang {cur} / {pages}</div>
<div class="lfr-pagination-delta-selector">{delta} mục trên mỗi trang</div>
</div>
<small class="search-results">Hiển thị {start} - {end} trong tổng số {total} kết quả.</small>
<ul class="lfr-pagination-buttons pager">
<li class="first{' disabled' if cur == 1 else ''}"><a href="{first}">&larr; Đầu</a></li>
<li class="{'disabled' if cur == 1 else ''}"><a href="{prev}">Trước</a></li>
<li class="{'disabled' if cur == pages else ''}"><a href="{nxt}">Sau</a></li>
<li class="last{' disabled' if cur == pages else ''}"><a href="{last}">Cuối &rarr;</a></li>
</ul>
</div>
</div>"""


def listing_center(title: str, items, pag: str = "") -> str:
    body = f'<div class="ds-tin">\n' + "\n".join(item_html(a) for a in items) + "\n</div>\n" + pag
    return portlet(f"{LS}_INSTANCE_dsTin01", title, body, "portlet-ds-tin")


def home_center() -> str:
    by_date = sorted(ARTICLES, key=lambda x: x["pub"], reverse=True)
    hot = by_date[0]
    img = next((b[2] for b in hot["blocks"] if b[0] == "img"), "")
    others = "\n".join(f'<li><a href="{art_url(a)}">{esc(a["title"])}</a> <span class="ngay-tin">{dmy(a["pub"])}</span></li>'
                       for a in by_date[1:6])
    noibat = f"""<div class="tin-noi-bat clearfix">
<div class="tin-chinh">
<a href="{art_url(hot)}"><img alt="{esc(hot["title"])}" src="{esc(img)}" /></a>
<h2><a href="{art_url(hot)}">{esc(hot["title"])}</a></h2>
<p class="tomtat">{esc(hot["lead"])}</p>
</div>
<ul class="tin-phu">
{others}
</ul>
</div>"""
    blocks = [portlet(f"{LS}_INSTANCE_noibat01", "Tin nổi bật", noibat, "portlet-ds-tin")]
    for cat in ("hoat-dong", "thong-bao", "khuyen-nong"):
        name, url, _ = CATS[cat]
        items = [a for a in by_date if a["cat"] == cat]
        body = '<div class="ds-tin">\n' + "\n".join(item_html(a, summary=(i == 0)) for i, a in enumerate(items)) + \
               f'\n</div>\n<div class="xem-them"><a href="{url}">Xem thêm »</a></div>'
        blocks.append(portlet(f"{LS}_INSTANCE_home{cat[:4]}", name, body, "portlet-ds-tin"))
    tags = """<div class="tu-khoa-noi-bat">
<a href="/web/guest/tim-kiem?p_p_id=timkiem_WAR_eportalnewsportlet&amp;p_p_lifecycle=0&amp;_timkiem_WAR_eportalnewsportlet_tukhoa=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">#chuyển đổi số</a>
<a href="/web/guest/tim-kiem?p_p_id=timkiem_WAR_eportalnewsportlet&amp;p_p_lifecycle=0&amp;_timkiem_WAR_eportalnewsportlet_tukhoa=OCOP">#OCOP</a>
<a href="/web/guest/tim-kiem?p_p_id=timkiem_WAR_eportalnewsportlet&amp;p_p_lifecycle=0&amp;_timkiem_WAR_eportalnewsportlet_tukhoa=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi">#nông thôn mới</a>
</div>"""
    blocks.append(portlet("56_INSTANCE_tukhoa01", "Từ khóa nổi bật", tags))
    return "\n".join(blocks)


# --------------------------------------------------------------------------- other pages

def static_center() -> str:
    body = """<div class="journal-content-article">
<h2 style="text-align: center;">CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN</h2>
<p><strong>1. Vị trí, chức năng</strong></p>
<p>Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Sơn, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, phòng chống thiên tai và phát triển nông thôn.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Nông nghiệp và Phát triển nông thôn.</p>
<p><strong>2. Nhiệm vụ, quyền hạn</strong></p>
<p>a) Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về nông nghiệp và phát triển nông thôn trên địa bàn tỉnh.</p>
<p>b) Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án thuộc phạm vi quản lý sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật.</p>
<p>c) Hướng dẫn, kiểm tra việc thực hiện quy trình kỹ thuật sản xuất trồng trọt, chăn nuôi, lâm nghiệp, thủy sản; công tác bảo vệ thực vật, thú y, khuyến nông.</p>
<p>d) Quản lý, khai thác và bảo vệ công trình thủy lợi, đê điều; thường trực công tác phòng, chống thiên tai và tìm kiếm cứu nạn của tỉnh.</p>
<p>đ) Chủ trì, phối hợp thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới; phát triển kinh tế hợp tác, trang trại, ngành nghề nông thôn.</p>
<p>e) Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao và theo quy định của pháp luật.</p>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Tổ chức cán bộ, Phòng Quản lý xây dựng công trình; các chi cục và đơn vị sự nghiệp trực thuộc.</p>
<p>Xem thêm: <a href="/web/guest/tin-hoat-dong/-/tin/10235/lich-tiep-cong-dan-nam-2023">Lịch tiếp công dân năm 2023</a></p>
</div>"""
    return portlet("56_INSTANCE_gioithieu", "Chức năng, nhiệm vụ", body)


def contact_center() -> str:
    rows = [("Văn phòng Sở", "0239.3856.200", "vanphong.snn@hason.gov.vn"),
            ("Thanh tra Sở", "0239.3856.210", "thanhtra.snn@hason.gov.vn"),
            ("Phòng Kế hoạch - Tài chính", "0239.3856.214", "khtc.snn@hason.gov.vn"),
            ("Phòng Tổ chức cán bộ", "0239.3856.216", "tccb.snn@hason.gov.vn"),
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "0239.3857.120", "ccttbvtv@hason.gov.vn"),
            ("Chi cục Chăn nuôi và Thú y", "0239.3857.230", "cccnty@hason.gov.vn"),
            ("Chi cục Kiểm lâm", "0239.3857.340", "cckl@hason.gov.vn"),
            ("Chi cục Thủy lợi", "0239.3857.450", "cctl@hason.gov.vn"),
            ("Trung tâm Khuyến nông", "0239.3857.560", "ttkn@hason.gov.vn")]
    trs = "\n".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{p}</td><td>{e}</td></tr>" for i, (n, p, e) in enumerate(rows))
    body = f"""<div class="journal-content-article">
<h2>THÔNG TIN LIÊN HỆ</h2>
<p><strong>{esc(SITE)}</strong></p>
<p>Địa chỉ: Số 18 đường Trần Hưng Đạo, thị xã Sơn Hà, tỉnh Hà Sơn</p>
<p>Điện thoại: 0239.3856.200 - Fax: 0239.3856.201</p>
<p>Email: snnptnt@hason.gov.vn</p>
<p><strong>Danh bạ điện thoại các đơn vị</strong></p>
<table border="1" cellpadding="3" cellspacing="0" class="danh-ba" style="width: 100%;">
<tbody>
<tr><td><strong>TT</strong></td><td><strong>Đơn vị</strong></td><td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>
{trs}
</tbody>
</table>
<p>Mọi ý kiến góp ý xin gửi qua mục <a href="/web/guest/hoi-dap">Hỏi đáp trực tuyến</a>.</p>
</div>"""
    return portlet("56_INSTANCE_lienhe01", "Liên hệ", body)


def search_center() -> str:
    hits = [BYKEY["a08"], BYKEY["a01"], BYKEY["a12"]]
    items = "\n".join(f"""<div class="ket-qua-tim-kiem">
<h4><a href="{art_url(a)}">{esc(a["title"])}</a></h4>
<p class="ngay">{dmy(a["pub"])}</p>
<p class="trich-doan">{esc((a["lead"] or a["title"])[:160])}...</p>
</div>""" for a in hits)
    body = f"""<form action="/web/guest/tim-kiem" method="get" name="_timkiem_WAR_eportalnewsportlet_fm">
<input name="p_p_id" type="hidden" value="timkiem_WAR_eportalnewsportlet" />
<input name="p_p_lifecycle" type="hidden" value="0" />
<div class="control-group"><label class="control-label" for="_timkiem_WAR_eportalnewsportlet_tukhoa">Từ khóa</label>
<input class="field" id="_timkiem_WAR_eportalnewsportlet_tukhoa" name="_timkiem_WAR_eportalnewsportlet_tukhoa" type="text" value="chuyển đổi số" /></div>
<button class="btn btn-primary" type="submit">Tìm kiếm</button>
</form>
<div class="search-total-label">Tìm thấy 3 kết quả cho từ khóa <strong>chuyển đổi số</strong></div>
{items}"""
    return portlet("timkiem_WAR_eportalnewsportlet", "Kết quả tìm kiếm", body)


def login_center() -> str:
    body = """<div class="login-container">
<form action="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;_58_struts_action=%2Flogin%2Flogin" autocomplete="on" class="form sign-in-form" id="_58_fm" method="post" name="_58_fm">
<input name="_58_formDate" type="hidden" value="1715906520000" />
<input class="field" id="_58_saveLastPath" name="_58_saveLastPath" type="hidden" value="false" />
<input class="field" id="_58_redirect" name="_58_redirect" type="hidden" value="" />
<input class="field" id="_58_doActionAfterLogin" name="_58_doActionAfterLogin" type="hidden" value="false" />
<fieldset class="input-container">
<div class="control-group">
<label class="control-label" for="_58_login">Địa chỉ email</label>
<input class="field clearable" id="_58_login" name="_58_login" type="text" value="@hason.gov.vn" />
</div>
<div class="control-group">
<label class="control-label" for="_58_password">Mật khẩu</label>
<input class="field" id="_58_password" name="_58_password" type="password" value="" />
</div>
<label class="checkbox" for="_58_rememberMeCheckbox"><input id="_58_rememberMeCheckbox" name="_58_rememberMeCheckbox" type="checkbox" /> Ghi nhớ đăng nhập</label>
</fieldset>
<div class="button-holder"><button class="btn btn-primary" type="submit">Đăng nhập</button></div>
</form>
<div class="navigation">
<ul class="taglib-icon-list unstyled">
<li><a class="taglib-icon" href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_58_struts_action=%2Flogin%2Fforgot_password" id="_58_rjus"><i class="icon-question-sign"></i> <span class="taglib-text">Quên mật khẩu</span></a></li>
</ul>
</div>
</div>"""
    return portlet("58", "Đăng nhập", body)


def form_center() -> str:
    qa = [("Hỏi về thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nguyễn Văn Tùng (huyện Tân Lập)", "12/4/2024"),
          ("Chính sách hỗ trợ mua máy gặt đập liên hợp cho hợp tác xã", "Trần Thị Mai (thị xã Sơn Hà)", "28/3/2024"),
          ("Thời gian tiêm phòng dại cho chó, mèo năm 2024", "Lê Hữu Phước (huyện Yên Khê)", "15/3/2024")]
    lst = "\n".join(f'<li><a href="/web/guest/hoi-dap/-/cauhoi/{501 - i}">{esc(q)}</a><br /><span class="nguoi-hoi">{esc(w)} - {d}</span></li>'
                    for i, (q, w, d) in enumerate(qa))
    body = f"""<div class="hoi-dap">
<p>Tổ chức, cá nhân gửi câu hỏi, kiến nghị liên quan đến lĩnh vực nông nghiệp và phát triển nông thôn theo mẫu dưới đây. Các trường có dấu (*) là bắt buộc.</p>
<form action="/web/guest/hoi-dap?p_p_id=hoidap_WAR_eportalnewsportlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_hoidap_WAR_eportalnewsportlet_javax.portlet.action=guiCauHoi" class="form" id="_hoidap_WAR_eportalnewsportlet_fm" method="post">
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_hoTen">Họ và tên (*)</label><input class="field" id="_hoidap_WAR_eportalnewsportlet_hoTen" name="_hoidap_WAR_eportalnewsportlet_hoTen" type="text" /></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_diaChi">Địa chỉ</label><input class="field" id="_hoidap_WAR_eportalnewsportlet_diaChi" name="_hoidap_WAR_eportalnewsportlet_diaChi" type="text" /></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_email">Email (*)</label><input class="field" id="_hoidap_WAR_eportalnewsportlet_email" name="_hoidap_WAR_eportalnewsportlet_email" type="text" /></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_dienThoai">Điện thoại</label><input class="field" id="_hoidap_WAR_eportalnewsportlet_dienThoai" name="_hoidap_WAR_eportalnewsportlet_dienThoai" type="text" /></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_linhVuc">Lĩnh vực</label><select id="_hoidap_WAR_eportalnewsportlet_linhVuc" name="_hoidap_WAR_eportalnewsportlet_linhVuc"><option>Trồng trọt</option><option>Chăn nuôi - Thú y</option><option>Lâm nghiệp</option><option>Thủy sản</option><option>Thủy lợi</option><option>Khác</option></select></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_tieuDe">Tiêu đề (*)</label><input class="field" id="_hoidap_WAR_eportalnewsportlet_tieuDe" name="_hoidap_WAR_eportalnewsportlet_tieuDe" type="text" /></div>
<div class="control-group"><label for="_hoidap_WAR_eportalnewsportlet_noiDung">Nội dung câu hỏi (*)</label><textarea id="_hoidap_WAR_eportalnewsportlet_noiDung" name="_hoidap_WAR_eportalnewsportlet_noiDung" rows="6"></textarea></div>
<div class="control-group"><label>Mã xác nhận (*)</label><img alt="captcha" src="/c/portal/captcha/get_image?portletId=hoidap_WAR_eportalnewsportlet&amp;t={T}" /><input class="field" name="_hoidap_WAR_eportalnewsportlet_captchaText" size="10" type="text" /></div>
<div class="button-holder"><button class="btn btn-primary" type="submit">Gửi câu hỏi</button> <button class="btn" type="reset">Nhập lại</button></div>
</form>
<h3 class="tieude-khoi">Câu hỏi đã trả lời</h3>
<ul class="ds-cau-hoi">
{lst}
</ul>
</div>"""
    return portlet("hoidap_WAR_eportalnewsportlet", "Hỏi đáp trực tuyến", body)


def sitemap_center() -> str:
    def tree(items):
        out = []
        for name, url, kids in items:
            sub = ""
            if kids:
                sub = "\n<ul>\n" + "\n".join(f'<li><a href="{u}">{esc(n)}</a></li>' for n, u in kids) + "\n</ul>"
            out.append(f'<li><a href="{url}">{esc(name)}</a>{sub}</li>')
        return "\n".join(out)
    body = f"""<div class="site-map">
<ul class="site-map-root">
{tree(NAV)}
<li><a href="/web/guest/tim-kiem?p_p_id=timkiem_WAR_eportalnewsportlet&amp;p_p_lifecycle=0&amp;_timkiem_WAR_eportalnewsportlet_tukhoa=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">Tìm kiếm</a></li>
<li><a href="/web/guest/tin-hoat-dong/-/tin/10235/lich-tiep-cong-dan-nam-2023">Lịch tiếp công dân (lưu trữ)</a></li>
<li><a href="/web/guest/so-do-website">Sơ đồ website</a></li>
</ul>
</div>"""
    return portlet("sitemap_WAR_eportalnewsportlet", "Sơ đồ website", body)


def soft404_center() -> str:
    body = """<div class="tintuc-chitiet">
<div class="alert alert-error">
<h3>Không tìm thấy tin bài</h3>
<p>Tin bài bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ. Tài nguyên không được tìm thấy.</p>
<p><a href="/web/guest/trang-chu">« Quay về trang chủ</a></p>
</div>
</div>"""
    return portlet(NS, None, body, "portlet-tintuc-chitiet")


# --------------------------------------------------------------------------- write

def write(name: str, url_path: str, kind: str, html_text: str, expected=None):
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    for p in HERE.glob("*.html"):
        p.unlink()
    for p in HERE.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    plid = 10801
    for a in ARTICLES:
        center, expected = article_center(a)
        url = art_url(a)
        cat_name = CATS[a["cat"]][0]
        html_text = page(f"{a['title']} - {cat_name} - {SHORT}", plid + list(CATS).index(a["cat"]), url,
                         a["lead"] or a["title"], CATS[a["cat"]][2] or cat_name, crumbs_for(a["cat"]), center, NS)
        write(a["key"] + "_" + a["slug"][:40].rstrip("-"), url, "article", html_text, expected)

    hd = sorted([a for a in ARTICLES if a["cat"] == "hoat-dong"], key=lambda x: x["pub"], reverse=True)
    tb = sorted([a for a in ARTICLES if a["cat"] == "thong-bao"], key=lambda x: x["pub"], reverse=True)
    base = "/web/guest/tin-hoat-dong"
    delta = 5
    pages = (len(hd) + delta - 1) // delta
    home_c = home_center()
    write("home", "/web/guest/trang-chu", "listing",
          page(f"Trang chủ - {SHORT}", 10800, "/web/guest/trang-chu", SITE, "Trang chủ",
               [("Trang chủ", "/web/guest/trang-chu")], home_c, f"{LS}_INSTANCE_noibat01"))
    crumbs = crumbs_for("hoat-dong")
    write("list_tin-hoat-dong", base, "listing",
          page(f"Tin hoạt động - {SHORT}", 10801, base, "Tin hoạt động", "Tin tức - Sự kiện", crumbs,
               listing_center("Tin hoạt động", hd[:delta], paginator(base, 1, pages, delta, len(hd))), f"{LS}_INSTANCE_dsTin01"))
    p2 = (f"{base}?p_p_id={LS}_INSTANCE_dsTin01&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
          f"&p_p_col_id=column-2&p_p_col_count=1&_{LS}_INSTANCE_dsTin01_delta={delta}&_{LS}_INSTANCE_dsTin01_cur=2")
    write("list_tin-hoat-dong_p2", p2, "listing",
          page(f"Tin hoạt động - {SHORT}", 10801, p2.replace("&", "&amp;"), "Tin hoạt động", "Tin tức - Sự kiện", crumbs,
               listing_center("Tin hoạt động", hd[delta:2 * delta], paginator(base, 2, pages, delta, len(hd))), f"{LS}_INSTANCE_dsTin01"))
    write("list_thong-bao", "/web/guest/thong-bao", "listing",
          page(f"Thông báo - {SHORT}", 10802, "/web/guest/thong-bao", "Thông báo", "Thông báo", crumbs_for("thong-bao"),
               listing_center("Thông báo", tb), f"{LS}_INSTANCE_dsTin01"))
    write("static_gioi-thieu", "/web/guest/gioi-thieu", "static",
          page(f"Giới thiệu - {SHORT}", 10810, "/web/guest/gioi-thieu", "Chức năng, nhiệm vụ", "Giới thiệu",
               [("Trang chủ", "/web/guest/trang-chu"), ("Giới thiệu", "/web/guest/gioi-thieu")], static_center(), "56_INSTANCE_gioithieu"))
    write("contact_lien-he", "/web/guest/lien-he", "contact",
          page(f"Liên hệ - {SHORT}", 10811, "/web/guest/lien-he", "Liên hệ", "Liên hệ",
               [("Trang chủ", "/web/guest/trang-chu"), ("Liên hệ", "/web/guest/lien-he")], contact_center(), "56_INSTANCE_lienhe01"))
    sq = "/web/guest/tim-kiem?p_p_id=timkiem_WAR_eportalnewsportlet&p_p_lifecycle=0&_timkiem_WAR_eportalnewsportlet_tukhoa=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    write("search_chuyen-doi-so", sq, "search",
          page(f"Tìm kiếm - {SHORT}", 10812, sq.replace("&", "&amp;"), "Tìm kiếm", "",
               [("Trang chủ", "/web/guest/trang-chu"), ("Tìm kiếm", "/web/guest/tim-kiem")], search_center(), "timkiem_WAR_eportalnewsportlet"))
    lg = "/web/guest/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"
    write("login", lg, "login",
          page(f"Trang chủ - {SHORT}", 10800, lg.replace("&", "&amp;"), "Đăng nhập", "Trang chủ",
               [("Trang chủ", "/web/guest/trang-chu")], login_center(), "58"))
    write("form_hoi-dap", "/web/guest/hoi-dap", "form",
          page(f"Hỏi đáp - {SHORT}", 10813, "/web/guest/hoi-dap", "Hỏi đáp trực tuyến", "Hỏi đáp",
               [("Trang chủ", "/web/guest/trang-chu"), ("Hỏi đáp", "/web/guest/hoi-dap")], form_center(), "hoidap_WAR_eportalnewsportlet"))
    write("sitemap", "/web/guest/so-do-website", "sitemap",
          page(f"Sơ đồ website - {SHORT}", 10814, "/web/guest/so-do-website", "Sơ đồ website", "",
               [("Trang chủ", "/web/guest/trang-chu"), ("Sơ đồ website", "/web/guest/so-do-website")], sitemap_center(), "sitemap_WAR_eportalnewsportlet"))
    s4 = "/web/guest/tin-hoat-dong/-/tin/10235/lich-tiep-cong-dan-nam-2023"
    write("soft404_tin-khong-ton-tai", s4, "soft_404",
          page(f"Tin hoạt động - {SHORT}", 10801, s4, "Tin hoạt động", "Tin tức - Sự kiện", crumbs, soft404_center(), NS))


if __name__ == "__main__":
    main()
