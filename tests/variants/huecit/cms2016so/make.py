#!/usr/bin/env python3
"""Generate the `huecit/cms2016so` held-out variant template.

An invented department site ("Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế") on the
HueCIT portal CMS in a 2016-era ASP.NET WebForms theme: a table-based three-column layout
(left menu, centre, right banners), `ctl00_…` ids, `__VIEWSTATE`, `?gd=&cn=&tc=` URLs.

Deterministic: pages and truth come from the same data below. Run

    python tests/variants/huecit/cms2016so/make.py

All text was written for this template; nothing is copied from a website.
Written by helper (session 5, fold D); held out (see TEMPLATE.md).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://skhcn.thuathienhue.gov.vn"
GD = 27
SITE_NAME = "Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế"
TITLE_SUFFIX = "Sở Khoa học và Công nghệ Thừa Thiên Huế"
TODAY = "Thứ Sáu, ngày 15/03/2024"
THEME = "/App_Themes/SoKHCN2016"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

CATS = {
    115: "Tin hoạt động",
    116: "Thông báo",
    117: "Hoạt động chuyên ngành",
}
PARENT = (114, "Tin tức - Sự kiện")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def cat_url(cn: int, page: int = 1) -> str:
    return f"/?gd={GD}&cn={cn}" + (f"&trang={page}" if page > 1 else "")


def art_url(cn: int, tc: int) -> str:
    return f"/?gd={GD}&cn={cn}&tc={tc}"


def upload(d: dt.datetime, name: str) -> str:
    # HueCIT stores images under /UploadFiles/TinTuc/YYYY/M/D/ without zero padding
    return f"/UploadFiles/TinTuc/{d.year}/{d.month}/{d.day}/{name}"


SEARCH_URL = f"/?gd={GD}&cn=1&tukhoa=kh%E1%BB%9Fi+nghi%E1%BB%87p"
LOGIN_URL = "/Login.aspx?ReturnUrl=%2f"
SOFT404 = (5877, "Kiểm tra, đánh giá năng lực các phòng thử nghiệm chuyên ngành", dt.datetime(2023, 11, 20))

# Older items of each category that are listed but not written (they answer 404).
OLDER = {
    115: [
        (6230, "Hội đồng khoa học Sở đánh giá kết quả thực hiện nhiệm vụ năm 2023", dt.datetime(2023, 12, 28)),
        (6219, "Tập huấn nghiệp vụ quản lý nhiệm vụ khoa học và công nghệ cấp cơ sở", dt.datetime(2023, 12, 20)),
        (6202, "Trao giải Hội thi sáng tạo kỹ thuật tỉnh lần thứ mười", dt.datetime(2023, 12, 12)),
        (6188, "Làm việc với các viện, trường về hợp tác chuyển giao công nghệ năm 2024", dt.datetime(2023, 12, 5)),
        SOFT404,
        (5861, "Đoàn công tác của Sở thăm mô hình trồng nấm dược liệu tại huyện A Lưới", dt.datetime(2023, 11, 14)),
    ],
    116: [
        (6195, "Thông báo kết quả xét chọn nhiệm vụ khoa học và công nghệ đặt hàng năm 2024", dt.datetime(2023, 12, 8)),
        (6160, "Thông báo lịch tiếp công dân của Giám đốc Sở tháng 12/2023", dt.datetime(2023, 11, 30)),
        (6142, "Thông báo nhận hồ sơ xét tặng Giải thưởng sáng tạo khoa học và công nghệ", dt.datetime(2023, 11, 21)),
    ],
    117: [
        (6211, "Hướng dẫn ghi nhãn hàng hóa đối với đặc sản địa phương", dt.datetime(2023, 12, 15)),
        (6184, "Kiểm tra chất lượng mũ bảo hiểm lưu thông trên thị trường", dt.datetime(2023, 12, 4)),
        (6151, "Cấp phép tiến hành công việc bức xạ cho 9 cơ sở y tế", dt.datetime(2023, 11, 24)),
    ],
}

# ---------------------------------------------------------------------------
# Articles. Body blocks:
#   ("p", text)            paragraph; **bold** and [[text|href]] inline markup
#   ("pr", text)           right-aligned italic paragraph that IS body text
#   ("ul"|"ol", [items])   list
#   ("br", [lines])        one <p> whose lines are separated by <br />
#   ("table", rows)        data table; first row is the header; a cell may be (text, colspan)
#   ("img_table", file, caption, credit)   one-cell photo table with an italic caption row
#   ("img_em", file, caption, credit)      image, then a centred italic paragraph
#   ("img_alt", file, alt)                 image with alt text only
#   ("spacer",)            <p>&nbsp;</p>
# Signatures (inside the body, after the text, not in truth text):
#   ("sig_right", name, kind)  bold right-aligned line; kind "author" or "unit"
#   ("sig_nguon", unit)        italic right-aligned "Nguồn: …"
#   ("sig_unit", unit)         bold line (left)
# Fields after the body: tacgia (author), nguontin (unit).
# Date formats: F1 "Cập nhật lúc HH:MM, Thứ X dd/mm/yyyy"; F2 "dd/mm/yyyy HH:MM";
#   F3 "Ngày dd/mm/yyyy"; F4 "Ngày đăng: … | Ngày cập nhật: …"; F5 "Ngày cập nhật dd/mm/yyyy".
# ---------------------------------------------------------------------------

ARTICLES = [
    dict(
        slug="a01-tong-ket-2023", tc=6241, cn=115, title_tag="div",
        title="Sở Khoa học và Công nghệ tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        fmt="F1", pub=dt.datetime(2024, 1, 11, 16, 20), upd=None,
        prefix=None, lead_style="strong",
        lead="Chiều 10/1, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ngành liên quan và toàn thể cán bộ, viên chức của Sở.",
        body=[
            ("p", "Năm 2023, trong bối cảnh còn nhiều khó khăn, ngành khoa học và công nghệ tỉnh đã bám sát chương trình công tác của Tỉnh ủy, UBND tỉnh, tập trung đổi mới cơ chế quản lý nhiệm vụ khoa học và công nghệ theo hướng gắn với nhu cầu thực tiễn của địa phương và doanh nghiệp."),
            ("img_table", "hoinghitongket2023.jpg", "Quang cảnh hội nghị tổng kết công tác năm 2023", "Ảnh: Hoàng Nam"),
            ("p", "Trong năm, Sở đã tham mưu UBND tỉnh phê duyệt 24 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó có 9 nhiệm vụ mở mới; tổ chức đánh giá, nghiệm thu 17 nhiệm vụ, phần lớn đạt loại khá trở lên. Nhiều kết quả nghiên cứu về giống cây dược liệu, bảo quản nông sản sau thu hoạch và số hóa tư liệu di sản đã được chuyển giao cho các địa phương ứng dụng."),
            ("p", "Công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng tiếp tục được tăng cường. Sở đã kiểm định gần 6.600 phương tiện đo; thanh tra, kiểm tra 112 cơ sở sản xuất, kinh doanh; hướng dẫn 31 doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến."),
            ("p", "Hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo có nhiều chuyển biến tích cực. Cuộc thi ý tưởng khởi nghiệp cấp tỉnh thu hút 68 dự án tham gia, tăng gần gấp đôi so với năm trước; 5 dự án xuất sắc được lựa chọn để tiếp tục ươm tạo tại Trung tâm Hỗ trợ khởi nghiệp của tỉnh."),
            ("img_em", "trao-bang-khen.jpg", "Lãnh đạo Sở trao Bằng khen cho các tập thể có thành tích xuất sắc.", "Ảnh: Hoàng Nam"),
            ("p", "Phát biểu chỉ đạo tại hội nghị, đại diện lãnh đạo UBND tỉnh ghi nhận những kết quả ngành đã đạt được, đồng thời đề nghị Sở tiếp tục rà soát quy trình xét chọn nhiệm vụ, rút ngắn thời gian từ khi đề xuất đến khi triển khai và chú trọng thương mại hóa kết quả nghiên cứu."),
            ("p", "Năm 2024, Sở đặt mục tiêu nâng tỷ lệ nhiệm vụ có địa chỉ ứng dụng cụ thể lên trên 80%, hoàn thành cơ sở dữ liệu khoa học và công nghệ của tỉnh và hỗ trợ ít nhất 10 doanh nghiệp đổi mới công nghệ."),
            ("p", "Dịp này, Giám đốc Sở đã trao Bằng khen của Bộ Khoa học và Công nghệ cho 2 tập thể và 3 cá nhân; trao Giấy khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc trong năm 2023."),
            ("sig_right", "Minh Châu", "author"),
        ],
        tacgia=None, nguontin=None, tags=True,
    ),
    dict(
        slug="a02-kiem-tra-xang-dau", tc=6258, cn=115, title_tag="span",
        title="Kiểm tra đo lường tại các cửa hàng xăng dầu trên địa bàn thị xã Hương Trà",
        fmt="F2", pub=dt.datetime(2024, 1, 23, 10, 5), upd=None,
        prefix=None, lead_style="span",
        lead="Từ ngày 15 đến 19/01, đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng đã tiến hành kiểm tra đột xuất 14 cửa hàng kinh doanh xăng dầu trên địa bàn thị xã Hương Trà.",
        body=[
            ("p", "Nội dung kiểm tra tập trung vào việc chấp hành quy định về đo lường đối với cột đo xăng dầu, lượng xăng dầu khi bán lẻ, chất lượng xăng dầu và việc niêm yết giá tại cửa hàng."),
            ("img_alt", "kiemtraxangdau.jpg", "Kiểm tra cột đo xăng dầu"),
            ("p", "Qua kiểm tra, đoàn đã sử dụng bình chuẩn kim loại hạng hai để đánh giá sai số của 52 cột đo. Kết quả cho thấy toàn bộ cột đo đều còn hiệu lực kiểm định, dấu niêm phong nguyên vẹn, sai số nằm trong giới hạn cho phép."),
            ("p", "Đoàn cũng lấy 14 mẫu xăng và dầu điêzen gửi đi thử nghiệm các chỉ tiêu về trị số octan, hàm lượng lưu huỳnh và nhiệt độ cất. Đến nay, kết quả thử nghiệm của tất cả các mẫu đều phù hợp với quy chuẩn kỹ thuật quốc gia."),
            ("p", "Tuy nhiên, vẫn còn 2 cửa hàng chưa cập nhật kịp thời giá bán theo kỳ điều hành mới và 1 cửa hàng chưa xuất trình được hồ sơ kiểm soát chất lượng của lô hàng nhập về. Đoàn đã nhắc nhở và yêu cầu các cơ sở khắc phục ngay trong ngày."),
            ("p", "Thời gian tới, Chi cục sẽ tiếp tục kiểm tra tại các huyện Phong Điền, Quảng Điền và Phú Lộc, đồng thời khuyến cáo người tiêu dùng chỉ mua xăng dầu tại các cửa hàng có niêm yết giá rõ ràng và phản ánh kịp thời khi phát hiện dấu hiệu gian lận."),
        ],
        tacgia="Phan Đức Trí", nguontin="Chi cục Tiêu chuẩn Đo lường Chất lượng", tags=False,
    ),
    dict(
        slug="a03-tuyen-chon-nhiem-vu", tc=6263, cn=116, title_tag="div",
        title="Thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện từ năm 2024",
        fmt="F3", pub=dt.datetime(2024, 1, 26), upd=None,
        prefix=None, lead_style=None, lead=None,
        body=[
            ("p", "Căn cứ Quyết định số 2856/QĐ-UBND ngày 15/11/2023 của UBND tỉnh về việc phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng bắt đầu thực hiện từ năm 2024;"),
            ("p", "Căn cứ Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh ban hành kèm theo Quyết định số 41/2022/QĐ-UBND ngày 08/8/2022 của UBND tỉnh;"),
            ("p", "Sở Khoa học và Công nghệ thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện 06 nhiệm vụ khoa học và công nghệ cấp tỉnh, cụ thể như sau:"),
            ("ul", [
                "Nghiên cứu quy trình nhân giống và trồng thâm canh cây sen lấy hạt tại vùng ven đầm phá;",
                "Ứng dụng công nghệ viễn thám theo dõi biến động rừng phòng hộ đầu nguồn;",
                "Xây dựng mô hình sản xuất chế phẩm sinh học xử lý phụ phẩm nông nghiệp;",
                "Số hóa và phát huy giá trị hệ thống mộc bản, sắc phong tại các làng cổ;",
                "Đánh giá chất lượng nước ngầm vùng ven biển và đề xuất giải pháp khai thác bền vững;",
                "Nghiên cứu phát triển sản phẩm du lịch đêm gắn với không gian văn hóa Huế.",
            ]),
            ("p", "Hồ sơ đăng ký tuyển chọn gồm: đơn đăng ký, thuyết minh nhiệm vụ, lý lịch khoa học của chủ nhiệm và các thành viên chính, văn bản xác nhận phối hợp của đơn vị ứng dụng (nếu có). Hồ sơ được lập thành 01 bản gốc và 10 bản sao, kèm theo bản điện tử."),
            ("p", "Thời hạn nhận hồ sơ: trước 17 giờ 00 ngày 29/02/2024 (theo dấu bưu điện nếu gửi qua đường bưu chính). Địa chỉ nhận: Phòng Quản lý khoa học, Sở Khoa học và Công nghệ, số 18 đường Lý Thường Kiệt, thành phố Huế."),
            ("p", "Mọi thông tin cần giải đáp, xin liên hệ Phòng Quản lý khoa học qua số điện thoại 0234.3821456 trong giờ hành chính."),
            ("spacer",),
            ("sig_right", "Phòng Quản lý khoa học", "unit"),
        ],
        tacgia=None, nguontin=None, tags=False,
        attachments=[("DanhMucNhiemVu2024.pdf", "Danh mục nhiệm vụ tuyển chọn năm 2024"),
                     ("BieuMauHoSo.doc", "Biểu mẫu hồ sơ đăng ký tuyển chọn")],
    ),
    dict(
        slug="a04-hoi-thao-chuyen-doi-so", tc=6279, cn=115, title_tag="span",
        title="Hội thảo chuyển đổi số trong doanh nghiệp nhỏ và vừa: Từ nhận thức đến hành động",
        fmt="F1", pub=dt.datetime(2024, 1, 31, 8, 45), upd=None,
        prefix=None, lead_style="strong",
        lead="Ngày 30/1, tại thành phố Huế, Sở Khoa học và Công nghệ phối hợp với Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh tổ chức hội thảo “Chuyển đổi số trong doanh nghiệp nhỏ và vừa: Từ nhận thức đến hành động” với sự tham gia của hơn 120 đại biểu.",
        body=[
            ("p", "Theo kết quả khảo sát do Sở thực hiện cuối năm 2023 trên 210 doanh nghiệp, có tới 63% doanh nghiệp nhỏ và vừa trên địa bàn tỉnh mới dừng ở mức sử dụng các phần mềm văn phòng, kế toán đơn lẻ; chỉ khoảng 12% doanh nghiệp đã xây dựng được lộ trình chuyển đổi số tổng thể."),
            ("img_table", "hoithaochuyendoiso.jpg", "Các đại biểu trao đổi tại hội thảo", None),
            ("p", "Tại hội thảo, các chuyên gia đã chia sẻ kinh nghiệm lựa chọn giải pháp phù hợp với quy mô doanh nghiệp, bắt đầu từ những khâu có tác động trực tiếp đến doanh thu như bán hàng trực tuyến, quản lý kho và chăm sóc khách hàng, thay vì đầu tư dàn trải vào nhiều hệ thống cùng lúc."),
            ("p", "Đại diện một số doanh nghiệp chế biến thực phẩm và lưu trú du lịch cho biết, khó khăn lớn nhất hiện nay là thiếu nhân lực có kỹ năng số và chưa tiếp cận được các nguồn vốn hỗ trợ đổi mới công nghệ. Nhiều ý kiến đề nghị cơ quan quản lý tổ chức thêm các lớp đào tạo ngắn hạn, có hướng dẫn thực hành cụ thể."),
            ("img_em", "hoithao-trungbay.jpg", "Giới thiệu giải pháp quản lý bán hàng cho doanh nghiệp tại khu trưng bày.", "Ảnh: Thanh Hà"),
            ("p", "Phát biểu kết luận, Phó Giám đốc Sở cho biết trong năm 2024, Sở sẽ ưu tiên bố trí kinh phí từ **Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ** để đồng hành cùng ít nhất 15 doanh nghiệp xây dựng và triển khai kế hoạch chuyển đổi số; đồng thời phối hợp với các trường đại học mở lớp bồi dưỡng kỹ năng số cho cán bộ quản lý doanh nghiệp."),
            ("p", "Doanh nghiệp quan tâm có thể xem thông tin chi tiết về chương trình hỗ trợ tại mục [[Thủ tục hành chính|/?gd=27&cn=130]] trên Trang thông tin điện tử của Sở."),
        ],
        tacgia="Thanh Hà", nguontin=None, tags=True,
    ),
    dict(
        slug="a05-nghiem-thu-thanh-tra", tc=6290, cn=115, title_tag="div",
        title="Nghiệm thu đề tài nghiên cứu bảo quản quả thanh trà sau thu hoạch",
        fmt="F4", pub=dt.datetime(2024, 2, 5, 14, 30), upd=dt.datetime(2024, 2, 6, 8, 10),
        prefix=None, lead_style="span",
        lead="Hội đồng khoa học và công nghệ cấp tỉnh vừa tổ chức đánh giá, nghiệm thu kết quả thực hiện đề tài nghiên cứu quy trình bảo quản quả thanh trà sau thu hoạch nhằm kéo dài thời gian tiêu thụ cho nông hộ.",
        body=[
            ("p", "Đề tài do Trung tâm Nghiên cứu ứng dụng nông sản chủ trì, thực hiện trong 24 tháng. Nhóm nghiên cứu đã khảo sát thực trạng thu hái, sơ chế và tiêu thụ thanh trà tại các vùng trồng chính ở thị xã Hương Trà và thành phố Huế, từ đó xác định các nguyên nhân chủ yếu gây hư hỏng quả sau thu hoạch."),
            ("p", "Kết quả nghiên cứu đã xây dựng được quy trình xử lý quả bằng màng bao sinh học kết hợp bảo quản lạnh ở nhiệt độ từ 8 đến 10 độ C, giúp kéo dài thời gian bảo quản từ 7 ngày lên 35 ngày, tỷ lệ hao hụt khối lượng dưới 5%, chất lượng cảm quan của quả vẫn được giữ ổn định."),
            ("img_table", "thanhtra-baoquan.jpg", "Mẫu quả thanh trà sau 30 ngày bảo quản", "Ảnh: Bảo Ngọc"),
            ("p", "Quy trình đã được chuyển giao thử nghiệm cho 2 hợp tác xã với tổng khối lượng 4,5 tấn quả. Các hợp tác xã đánh giá quy trình dễ áp dụng, chi phí đầu tư ban đầu phù hợp với điều kiện sản xuất nhỏ."),
            ("p", "Hội đồng đánh giá cao tính thực tiễn của đề tài và thống nhất nghiệm thu, xếp loại đạt. Hội đồng cũng đề nghị nhóm nghiên cứu bổ sung phân tích hiệu quả kinh tế, hoàn thiện tài liệu hướng dẫn kỹ thuật để phổ biến rộng rãi cho người trồng thanh trà."),
            ("sig_right", "Bảo Ngọc", "author"),
        ],
        tacgia=None, nguontin=None, tags=False,
    ),
    dict(
        slug="a06-kiem-dinh-phuong-tien-do", tc=6302, cn=117, title_tag="span",
        title="Kết quả kiểm định phương tiện đo nhóm 2 năm 2023",
        fmt="F2", pub=dt.datetime(2024, 2, 19, 15, 45), upd=None,
        prefix=None, lead_style="strong",
        lead="Năm 2023, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng đã kiểm định 6.590 phương tiện đo nhóm 2, trong đó 63 phương tiện không đạt yêu cầu, chiếm khoảng 0,96%.",
        body=[
            ("p", "Phương tiện đo nhóm 2 là những phương tiện đo phải được kiểm soát bằng biện pháp kiểm định ban đầu, kiểm định định kỳ, được sử dụng trong thương mại, thanh toán, bảo vệ sức khỏe và an toàn cho cộng đồng."),
            ("p", "Kết quả cụ thể như sau:"),
            ("pr", "Đơn vị tính: chiếc"),
            ("table", [
                ["STT", "Loại phương tiện đo", "Số lượng kiểm định", "Đạt yêu cầu", "Không đạt"],
                ["1", "Cột đo xăng dầu", "1.245", "1.238", "7"],
                ["2", "Cân ô tô", "86", "85", "1"],
                ["3", "Cân bàn, cân đĩa", "2.310", "2.271", "39"],
                ["4", "Đồng hồ đo nước lạnh", "2.540", "2.526", "14"],
                ["5", "Taximet", "312", "312", "0"],
                ["6", "Phương tiện đo điện tim, huyết áp", "97", "95", "2"],
                [("Tổng cộng", 2), "6.590", "6.527", "63"],
            ]),
            ("p", "Các phương tiện đo không đạt yêu cầu chủ yếu do sai số vượt giới hạn cho phép, hư hỏng bộ phận chỉ thị hoặc mất dấu niêm phong. Trung tâm đã thông báo cho các chủ sở hữu để sửa chữa, hiệu chỉnh trước khi đưa vào sử dụng trở lại."),
            ("p", "Năm 2024, Trung tâm tiếp tục mở rộng dịch vụ kiểm định tại chỗ cho cân ô tô và đồng hồ đo nước, rút ngắn thời gian trả kết quả xuống còn 3 ngày làm việc đối với các phương tiện đo thông dụng."),
            ("sig_nguon", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"),
        ],
        tacgia=None, nguontin=None, tags=False,
    ),
    dict(
        slug="a07-khong-gian-trung-bay", tc=6315, cn=115, title_tag="div",
        title="Khai trương Không gian trưng bày sản phẩm khoa học và công nghệ tiêu biểu",
        fmt="F5", pub=dt.datetime(2024, 2, 27), upd=None,
        prefix=None, lead_style="b",
        lead="Sáng 26/2, Sở Khoa học và Công nghệ khai trương Không gian trưng bày sản phẩm khoa học và công nghệ tiêu biểu của tỉnh, giới thiệu gần 90 sản phẩm là kết quả của các nhiệm vụ nghiên cứu và các dự án khởi nghiệp.",
        body=[
            ("p", "Không gian trưng bày có diện tích khoảng 300 m², được bố trí tại tầng 1 trụ sở Sở, chia thành các khu vực: nông nghiệp công nghệ cao; dược liệu và thực phẩm chức năng; sản phẩm thủ công mỹ nghệ ứng dụng công nghệ mới; giải pháp phần mềm và chuyển đổi số."),
            ("img_table", "khaitruong-trungbay.jpg", "Các đại biểu cắt băng khai trương không gian trưng bày", "Ảnh: Lê Quang Vinh"),
            ("p", "Mỗi sản phẩm đều được gắn mã QR để người xem tra cứu thông tin về đơn vị nghiên cứu, quy trình công nghệ, tình trạng bảo hộ sở hữu trí tuệ và địa chỉ liên hệ chuyển giao. Đây là lần đầu tiên các kết quả nghiên cứu của tỉnh được giới thiệu tập trung theo hình thức này."),
            ("p", "Theo lãnh đạo Sở, không gian trưng bày không chỉ là nơi quảng bá mà còn là điểm kết nối giữa nhà khoa học với doanh nghiệp, hợp tác xã có nhu cầu tiếp nhận công nghệ. Các sản phẩm sẽ được cập nhật định kỳ 6 tháng một lần."),
            ("p", "Không gian trưng bày mở cửa miễn phí cho người dân và du khách vào các ngày làm việc trong tuần, từ 7 giờ 30 đến 17 giờ 00."),
            ("sig_right", "Lê Quang Vinh", "author"),
        ],
        tacgia=None, nguontin=None, tags=True,
    ),
    dict(
        slug="a08-nhan-hieu-tap-the", tc=6321, cn=117, title_tag="span",
        title="Hướng dẫn đăng ký bảo hộ nhãn hiệu tập thể cho sản phẩm làng nghề",
        fmt="F1", pub=dt.datetime(2024, 3, 1, 10, 30), upd=None,
        prefix=None, lead_style="span",
        lead="Nhằm giúp các làng nghề, hợp tác xã nâng cao giá trị sản phẩm, Sở Khoa học và Công nghệ hướng dẫn các bước cơ bản để đăng ký bảo hộ nhãn hiệu tập thể.",
        body=[
            ("p", "Nhãn hiệu tập thể là nhãn hiệu dùng để phân biệt hàng hóa, dịch vụ của các thành viên trong một tổ chức với hàng hóa, dịch vụ của những người không phải là thành viên. Tổ chức có quyền đăng ký là các tập thể được thành lập hợp pháp như hội, hiệp hội, hợp tác xã đại diện cho các thành viên của mình."),
            ("p", "Để đăng ký, tổ chức cần thực hiện các bước sau:"),
            ("ol", [
                "Thống nhất giữa các thành viên về tên gọi, mẫu nhãn hiệu và danh mục sản phẩm cần bảo hộ;",
                "Xây dựng quy chế sử dụng nhãn hiệu tập thể, trong đó nêu rõ điều kiện trở thành thành viên, điều kiện sử dụng nhãn hiệu và cơ chế kiểm soát chất lượng;",
                "Chuẩn bị hồ sơ gồm tờ khai, mẫu nhãn hiệu, quy chế sử dụng và các tài liệu chứng minh tư cách pháp lý của tổ chức;",
                "Nộp hồ sơ trực tiếp, qua đường bưu điện hoặc qua dịch vụ công trực tuyến của cơ quan quản lý sở hữu công nghiệp;",
                "Theo dõi quá trình thẩm định và sửa đổi, bổ sung hồ sơ khi có yêu cầu.",
            ]),
            ("p", "Sau khi được cấp văn bằng, tổ chức tập thể cần quản lý nhãn hiệu chặt chẽ, thường xuyên kiểm tra việc tuân thủ quy chế của các thành viên để giữ uy tín cho sản phẩm chung."),
            ("p", "Các tổ chức, cá nhân cần hỗ trợ tư vấn có thể liên hệ Phòng Quản lý công nghệ và Sở hữu trí tuệ qua số điện thoại 0234.3821459 trong giờ hành chính."),
            ("sig_right", "Hoài Thương", "author"),
        ],
        tacgia=None, nguontin=None, tags=False, bare_title=True,
    ),
    dict(
        slug="a09-cong-nghe-di-san", tc=6334, cn=115, title_tag="div",
        title="Huế đẩy mạnh ứng dụng công nghệ vào bảo tồn di sản",
        fmt="F4", pub=dt.datetime(2024, 3, 7, 7, 50), upd=dt.datetime(2024, 3, 7, 16, 25),
        prefix="(BTTH) –", lead_style="strong",
        lead="Việc ứng dụng công nghệ số, công nghệ quét ba chiều và thực tế ảo đang mở ra nhiều hướng đi mới trong công tác bảo tồn, phát huy giá trị di sản văn hóa ở Huế.",
        body=[
            ("p", "Những năm gần đây, nhiều nhiệm vụ khoa học và công nghệ cấp tỉnh đã tập trung vào lĩnh vực di sản, từ việc số hóa tư liệu Hán Nôm, lập hồ sơ kỹ thuật các công trình kiến trúc đến xây dựng cơ sở dữ liệu về nghề thủ công truyền thống."),
            ("img_em", "disan-quet3d.jpg", "Cán bộ kỹ thuật thực hiện quét ba chiều một hiện vật gốm.", "Ảnh: Hạnh Nhi"),
            ("p", "Theo các nhà nghiên cứu, dữ liệu quét ba chiều có độ chính xác cao giúp lưu giữ đầy đủ hình dáng, hoa văn của hiện vật, làm cơ sở cho việc phục chế khi hiện vật bị hư hại. Bên cạnh đó, các mô hình số còn có thể được dùng để trưng bày trực tuyến, phục vụ du khách không có điều kiện đến tận nơi."),
            ("p", "Ngoài ra, một số đơn vị đã thử nghiệm ứng dụng thuyết minh tự động bằng nhiều ngôn ngữ tại các điểm di tích, giúp du khách chủ động tìm hiểu thông tin qua điện thoại thông minh. Ứng dụng ghi nhận hơn 40.000 lượt sử dụng chỉ sau vài tháng vận hành thử."),
            ("img_table", "disan-thuctiao.jpg", "Du khách trải nghiệm tham quan bằng kính thực tế ảo", "Ảnh: Hạnh Nhi"),
            ("p", "Dù vậy, việc ứng dụng công nghệ trong bảo tồn di sản vẫn còn gặp khó khăn về nguồn nhân lực chuyên sâu và kinh phí duy trì hệ thống. Các chuyên gia cho rằng cần có cơ chế liên kết giữa cơ quan quản lý di sản, viện nghiên cứu và doanh nghiệp công nghệ để chia sẻ dữ liệu, tránh đầu tư trùng lặp."),
            ("sig_right", "Hạnh Nhi", "author"),
            ("sig_nguon", "Báo Thừa Thiên Huế"),
        ],
        tacgia=None, nguontin=None, tags=False,
    ),
    dict(
        slug="a10-lich-tiep-cong-dan", tc=6340, cn=116, title_tag="span",
        title="Thông báo lịch tiếp công dân của Giám đốc Sở tháng 3/2024",
        fmt="F3", pub=dt.datetime(2024, 3, 8), upd=None,
        prefix=None, lead_style=None, lead=None,
        body=[
            ("p", "Giám đốc Sở Khoa học và Công nghệ tiếp công dân định kỳ vào sáng thứ Năm, ngày 21/3/2024, từ 8 giờ 00 đến 11 giờ 00, tại Phòng tiếp công dân của Sở."),
            ("p", "Công dân đến làm việc đề nghị mang theo giấy tờ tùy thân và tài liệu liên quan."),
            ("sig_unit", "Văn phòng Sở"),
        ],
        tacgia=None, nguontin=None, tags=False,
    ),
    dict(
        slug="a11-an-toan-buc-xa", tc=6352, cn=117, title_tag="div",
        title="Tập huấn an toàn bức xạ cho cơ sở y tế sử dụng thiết bị X-quang",
        fmt="F1", pub=dt.datetime(2024, 3, 12, 9, 15), upd=None,
        prefix=None, lead_style="strong",
        lead="Ngày 11/3, Sở Khoa học và Công nghệ tổ chức lớp tập huấn về an toàn bức xạ trong y tế cho gần 70 học viên là người phụ trách an toàn và nhân viên bức xạ của các cơ sở y tế trên địa bàn tỉnh.",
        body=[
            ("p", "Tại lớp tập huấn, các báo cáo viên đã phổ biến những quy định mới về bảo đảm an toàn bức xạ, khai báo và cấp phép tiến hành công việc bức xạ, kiểm định thiết bị X-quang chẩn đoán y tế và theo dõi liều chiếu xạ cá nhân."),
            ("img_alt", "taphuan-bucxa.jpg", "Lớp tập huấn an toàn bức xạ"),
            ("p", "Học viên cũng được hướng dẫn xây dựng kế hoạch ứng phó sự cố bức xạ cấp cơ sở, thực hành sử dụng thiết bị đo suất liều và xử lý một số tình huống giả định như kẹt nguồn phát tia, chiếu xạ nhầm bệnh nhân."),
            ("img_table", "taphuan-thuchanh.jpg", "Học viên thực hành sử dụng thiết bị đo suất liều", "Ảnh: Trần Hữu Phước"),
            ("p", "Theo số liệu của Sở, toàn tỉnh hiện có 132 cơ sở y tế đang sử dụng 214 thiết bị X-quang chẩn đoán. Qua kiểm tra năm 2023, vẫn còn một số cơ sở chậm gia hạn giấy phép, chưa trang bị đầy đủ liều kế cá nhân cho nhân viên."),
            ("p", "Sở đề nghị các cơ sở y tế rà soát hồ sơ cấp phép, bố trí người phụ trách an toàn đã qua đào tạo và thực hiện nghiêm chế độ báo cáo định kỳ theo quy định."),
        ],
        tacgia="Trần Hữu Phước", nguontin=None, tags=False,
    ),
    dict(
        slug="a12-ngay-hoi-khoi-nghiep", tc=6360, cn=116, title_tag="span",
        title="Thông báo tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2024",
        fmt="F5", pub=dt.datetime(2024, 3, 13), upd=None,
        prefix=None, lead_style=None, lead=None,
        body=[
            ("br", [
                "Nhằm tôn vinh tinh thần khởi nghiệp và kết nối các nguồn lực hỗ trợ, Sở Khoa học và Công nghệ tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2024 với các nội dung sau:",
                "- Thời gian: từ 8 giờ 00 ngày 05/4/2024 đến 17 giờ 00 ngày 06/4/2024.",
                "- Địa điểm: Trung tâm Hội nghị tỉnh, thành phố Huế.",
                "- Hoạt động chính: trưng bày sản phẩm của 40 dự án khởi nghiệp; diễn đàn kết nối nhà đầu tư; chung kết Cuộc thi ý tưởng khởi nghiệp năm 2024.",
                "- Đối tượng tham gia: doanh nghiệp khởi nghiệp, sinh viên, các tổ chức hỗ trợ khởi nghiệp trong và ngoài tỉnh.",
                "Các đơn vị có nhu cầu tham gia trưng bày đăng ký trước ngày 25/3/2024 qua thư điện tử khoinghiep.skhcn@thuathienhue.gov.vn.",
                "Trân trọng thông báo.",
            ]),
        ],
        tacgia=None, nguontin="Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo", tags=True,
    ),
]

# ---------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------

INLINE = re.compile(r"\*\*(.+?)\*\*|\[\[(.+?)\|(.+?)\]\]")


def inline(s: str) -> tuple[str, str]:
    h, t, pos = [], [], 0
    for m in INLINE.finditer(s):
        h.append(esc(s[pos:m.start()]))
        t.append(s[pos:m.start()])
        if m.group(1):
            h.append(f"<strong>{esc(m.group(1))}</strong>")
            t.append(m.group(1))
        else:
            h.append(f'<a href="{attr(m.group(3))}">{esc(m.group(2))}</a>')
            t.append(m.group(2))
        pos = m.end()
    h.append(esc(s[pos:]))
    t.append(s[pos:])
    return "".join(h), "".join(t)


def fmt_date(a: dict) -> tuple[str, str | None]:
    p, u, f = a["pub"], a["upd"], a["fmt"]
    if f == "F1":
        return (f'<span class="lbl_ngay">Cập nhật lúc {p:%H:%M}, {WEEKDAYS[p.weekday()]} '
                f'{p:%d/%m/%Y}</span>'), "Cập nhật"
    if f == "F2":
        return (f'<img src="{THEME}/images/icon_clock.gif" alt="" align="absmiddle" /> '
                f'<span class="lbl_ngay">{p:%d/%m/%Y %H:%M}</span>'), None
    if f == "F3":
        return f'<span class="lbl_ngay"><i>Ngày {p:%d/%m/%Y}</i></span>', "Ngày"
    if f == "F4":
        return (f'<span class="lbl_ngay">Ngày đăng: {p:%d/%m/%Y %H:%M}</span> | '
                f'<span class="lbl_ngay">Ngày cập nhật: {u:%d/%m/%Y %H:%M}</span>'), "Ngày đăng"
    if f == "F5":
        return f'<span class="lbl_ngay">Ngày cập nhật {p:%d/%m/%Y}</span>', "Ngày cập nhật"
    raise ValueError(f)


def iso(d: dt.datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def render_body(a: dict) -> tuple[str, dict]:
    """Return body HTML and the truth pieces (text paragraphs, images, authors, unit)."""
    out, paras, images, authors, unit = [], [], [], [], None
    pub = a["pub"]
    if a["lead_style"] in ("strong", "b"):
        tag = a["lead_style"]
        lead = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        out.append(f'<p style="text-align: justify;"><{tag}>{esc(lead)}</{tag}></p>')
    for i, blk in enumerate(a["body"]):
        kind = blk[0]
        if kind == "p":
            h, t = inline(blk[1])
            out.append(f'<p style="text-align: justify;">{h}</p>')
            paras.append(t)
        elif kind == "pr":
            out.append(f'<p style="text-align: right;"><em>{esc(blk[1])}</em></p>')
            paras.append(blk[1])
        elif kind in ("ul", "ol"):
            items = "".join(f"\n\t<li>{esc(x)}</li>" for x in blk[1])
            out.append(f"<{kind}>{items}\n</{kind}>")
            paras.extend(blk[1])
        elif kind == "br":
            out.append('<p style="text-align: justify;">' + "<br />\n".join(esc(x) for x in blk[1]) + "</p>")
            paras.extend(blk[1])
        elif kind == "table":
            rows = []
            for r, row in enumerate(blk[1]):
                cells, texts = [], []
                for c in row:
                    text, span = (c if isinstance(c, tuple) else (c, 1))
                    sp = f' colspan="{span}"' if span > 1 else ""
                    if r == 0:
                        cells.append(f'<td{sp} style="text-align: center;"><p><strong>{esc(text)}</strong></p></td>')
                    else:
                        cells.append(f'<td{sp} valign="top"><p>{esc(text)}</p></td>')
                    texts.append(text)
                rows.append("<tr>\n\t\t\t" + "\n\t\t\t".join(cells) + "\n\t\t</tr>")
                paras.append(" | ".join(texts))
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                       "\n\t<tbody>\n\t\t" + "\n\t\t".join(rows) + "\n\t</tbody>\n</table>")
        elif kind in ("img_table", "img_em", "img_alt"):
            src = upload(pub, blk[1])
            if kind == "img_table":
                _, _, cap, credit = blk
                shown = cap + (f" ({credit})" if credit else "")
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" width="500">'
                    "\n\t<tbody>\n\t\t<tr>\n\t\t\t"
                    f'<td><img alt="" src="{HOST}{src}" style="width: 500px; height: 333px;" /></td>'
                    "\n\t\t</tr>\n\t\t<tr>\n\t\t\t"
                    f'<td style="text-align: center;"><em>{esc(shown)}</em></td>'
                    "\n\t\t</tr>\n\t</tbody>\n</table>")
                images.append({"src": HOST + src, "caption": cap, "credit": credit})
            elif kind == "img_em":
                _, _, cap, credit = blk
                shown = cap + (f" {credit}" if credit else "")
                out.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 332px;" /></p>')
                out.append(f'<p style="text-align: center;"><em>{esc(shown)}</em></p>')
                images.append({"src": HOST + src, "caption": cap, "credit": credit})
            else:
                _, _, alt = blk
                out.append(f'<p style="text-align: center;"><img alt="{attr(alt)}" src="{src}" style="width: 500px; height: 375px;" /></p>')
                images.append({"src": HOST + src, "caption": None, "credit": None})
        elif kind == "spacer":
            out.append("<p>&nbsp;</p>")
        elif kind == "sig_right":
            out.append(f'<p style="text-align: right;"><strong>{esc(blk[1])}</strong></p>')
            if blk[2] == "author":
                authors.append(blk[1])
            else:
                unit = blk[1]
        elif kind == "sig_nguon":
            out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(blk[1])}</em></p>')
            unit = blk[1]
        elif kind == "sig_unit":
            out.append(f"<p><strong>{esc(blk[1])}</strong></p>")
            unit = blk[1]
        else:
            raise ValueError(kind)
    if a.get("tacgia"):
        authors.append(a["tacgia"])
    if a.get("nguontin"):
        unit = a["nguontin"]
    return "\n".join(out), dict(text="\n\n".join(paras), images=images, authors=authors, unit=unit)


def summary(a: dict, n: int = 190) -> str:
    s = a["lead"] or next(b[1] for b in a["body"] if b[0] in ("p", "br"))
    if isinstance(s, list):
        s = s[0]
    s = inline(s)[1]
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0]
    return cut + "..."


def thumb(a: dict) -> str | None:
    for b in a["body"]:
        if b[0].startswith("img_"):
            return upload(a["pub"], "thumb_" + b[1])
    return None


# ---------------------------------------------------------------------------
# Page chrome
# ---------------------------------------------------------------------------

def b64_blob(seed: str, n: int) -> str:
    raw, h = b"", hashlib.sha256(seed.encode()).digest()
    while len(raw) * 4 // 3 < n + 8:
        h = hashlib.sha256(h).digest()
        raw += h
    return base64.b64encode(raw).decode()[:n]


def menu_left(active_cn: int | None) -> str:
    groups = [
        ("GIỚI THIỆU", [(102, "Chức năng, nhiệm vụ"), (103, "Cơ cấu tổ chức"), (104, "Lãnh đạo Sở"),
                        (105, "Các đơn vị trực thuộc")]),
        ("TIN TỨC - SỰ KIỆN", [(115, "Tin hoạt động"), (116, "Thông báo"), (117, "Hoạt động chuyên ngành"),
                               (118, "Khoa học công nghệ trong nước"), (119, "Khoa học công nghệ thế giới")]),
        ("VĂN BẢN", [(120, "Văn bản quy phạm pháp luật"), (121, "Văn bản chỉ đạo, điều hành"),
                     (122, "Dự thảo lấy ý kiến")]),
        ("NHIỆM VỤ KH&CN", [(124, "Nhiệm vụ đang thực hiện"), (125, "Kết quả nghiên cứu"),
                            (126, "Cơ sở dữ liệu KH&CN")]),
        ("THỦ TỤC HÀNH CHÍNH", [(130, "Thủ tục hành chính"), (131, "Biểu mẫu")]),
        ("TƯƠNG TÁC", [(141, "Hỏi đáp - Góp ý"), (140, "Liên hệ"), (150, "Sơ đồ website")]),
    ]
    out = ['<div id="ctl00_ucMenuTrai_pnMenu" class="menutrai">']
    for head, items in groups:
        out.append(f'\t<div class="menutrai_tieude"><img src="{THEME}/images/bullet_menu.gif" alt="" /> {esc(head)}</div>')
        out.append('\t<ul class="menutrai_ds">')
        for cn, name in items:
            cls = ' class="active"' if cn == active_cn else ""
            out.append(f'\t\t<li{cls}><a href="{attr(cat_url(cn))}">{esc(name)}</a></li>')
        out.append("\t</ul>")
    out.append("</div>")
    return "\n".join(out)


def left_column(active_cn: int | None) -> str:
    vb = [
        ("Quyết định số 512/QĐ-SKHCN", "08/03/2024", "Ban hành kế hoạch kiểm tra nhà nước về đo lường năm 2024"),
        ("Kế hoạch số 47/KH-SKHCN", "29/02/2024", "Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam"),
        ("Công văn số 318/SKHCN-QLKH", "20/02/2024", "Đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm 2025"),
        ("Quyết định số 2856/QĐ-UBND", "15/11/2023", "Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh"),
    ]
    vb_html = "\n".join(
        f'\t\t<li><a href="/?gd={GD}&amp;cn=120&amp;vb={1400 + i}">{esc(so)}</a> <span class="ngay">({d})</span>'
        f'<br /><span class="trichyeu">{esc(ty)}</span></li>' for i, (so, d, ty) in enumerate(vb))
    return f"""<td id="ctl00_tdLeft" class="colLeft" valign="top" width="210">
<div class="boxtrai">
	<div class="boxtrai_tieude">Tìm kiếm tin tức</div>
	<div class="boxtrai_noidung" id="ctl00_ucTimKiem_pnTimKiem" onkeypress="javascript:return WebForm_FireDefaultButton(event, 'ctl00_ucTimKiem_btnTimKiem')">
		<input name="ctl00$ucTimKiem$txtTuKhoa" type="text" value="Nhập từ khóa..." id="ctl00_ucTimKiem_txtTuKhoa" class="txtTimKiem" onfocus="if(this.value=='Nhập từ khóa...')this.value='';" onblur="if(this.value=='')this.value='Nhập từ khóa...';" />
		<input type="submit" name="ctl00$ucTimKiem$btnTimKiem" value="Tìm" id="ctl00_ucTimKiem_btnTimKiem" class="btnTim" />
		<div class="tukhoa_noibat">Từ khóa: <a href="{attr(SEARCH_URL)}">khởi nghiệp</a>, <a href="/?gd={GD}&amp;cn=1&amp;tukhoa=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">chuyển đổi số</a></div>
	</div>
</div>
{menu_left(active_cn)}
<div class="boxtrai">
	<div class="boxtrai_tieude">Xem tin theo ngày</div>
	<div class="boxtrai_noidung">
		<select name="ctl00$ucXemTheoNgay$ddlNgay" id="ctl00_ucXemTheoNgay_ddlNgay">{"".join(f'<option value="{d}">{d:02d}</option>' for d in range(1, 32))}</select>
		<select name="ctl00$ucXemTheoNgay$ddlThang" id="ctl00_ucXemTheoNgay_ddlThang">{"".join(f'<option value="{m}">{m:02d}</option>' for m in range(1, 13))}</select>
		<select name="ctl00$ucXemTheoNgay$ddlNam" id="ctl00_ucXemTheoNgay_ddlNam">{"".join(f'<option value="{y}">{y}</option>' for y in range(2024, 2009, -1))}</select>
		<input type="submit" name="ctl00$ucXemTheoNgay$btnXem" value="Xem" id="ctl00_ucXemTheoNgay_btnXem" class="btnTim" />
	</div>
</div>
<div class="boxtrai">
	<div class="boxtrai_tieude">Văn bản mới</div>
	<div class="boxtrai_noidung">
	<ul class="vanbanmoi">
{vb_html}
	</ul>
	<div class="xemtatca"><a href="/?gd={GD}&amp;cn=120">Xem tất cả</a></div>
	</div>
</div>
<div class="boxtrai">
	<div class="boxtrai_tieude">Video clip</div>
	<div class="boxtrai_noidung" style="text-align:center">
		<object type="application/x-shockwave-flash" data="/Portals/player/player.swf" width="190" height="150" id="ctl00_ucVideo_objPlayer">
			<param name="movie" value="/Portals/player/player.swf" />
			<param name="flashvars" value="file=/UploadFiles/Video/2023/10/4/phongsu-khcn.flv&amp;autostart=false" />
		</object>
	</div>
</div>
</td>"""


LINKS = {
    "Chính phủ": [("https://chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
                  ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia")],
    "Các bộ, ngành ở TW": [("https://www.most.gov.vn", "Bộ Khoa học và Công nghệ"),
                           ("https://www.mic.gov.vn", "Bộ Thông tin và Truyền thông"),
                           ("https://www.mpi.gov.vn", "Bộ Kế hoạch và Đầu tư")],
    "Tỉnh ủy, UBND tỉnh": [("https://thuathienhue.gov.vn", "Cổng Thông tin điện tử tỉnh"),
                           ("https://tinhuy.thuathienhue.gov.vn", "Tỉnh ủy Thừa Thiên Huế")],
    "Sở, ban, ngành": [
        ("https://snv.thuathienhue.gov.vn", "Sở Nội vụ"), ("https://stp.thuathienhue.gov.vn", "Sở Tư pháp"),
        ("https://skhdt.thuathienhue.gov.vn", "Sở Kế hoạch và Đầu tư"), ("https://stc.thuathienhue.gov.vn", "Sở Tài chính"),
        ("https://sct.thuathienhue.gov.vn", "Sở Công Thương"), ("https://snnptnt.thuathienhue.gov.vn", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("https://sgtvt.thuathienhue.gov.vn", "Sở Giao thông vận tải"), ("https://sxd.thuathienhue.gov.vn", "Sở Xây dựng"),
        ("https://stnmt.thuathienhue.gov.vn", "Sở Tài nguyên và Môi trường"), ("https://stttt.thuathienhue.gov.vn", "Sở Thông tin và Truyền thông"),
        ("https://sldtbxh.thuathienhue.gov.vn", "Sở Lao động - Thương binh và Xã hội"), ("https://svhtt.thuathienhue.gov.vn", "Sở Văn hóa và Thể thao"),
        ("https://sdl.thuathienhue.gov.vn", "Sở Du lịch"), ("https://sgddt.thuathienhue.gov.vn", "Sở Giáo dục và Đào tạo"),
        ("https://syt.thuathienhue.gov.vn", "Sở Y tế"), ("https://sngv.thuathienhue.gov.vn", "Sở Ngoại vụ"),
        ("https://ttr.thuathienhue.gov.vn", "Thanh tra tỉnh"), ("https://bdt.thuathienhue.gov.vn", "Ban Dân tộc"),
    ],
    "UBND huyện, thị xã": [
        ("https://phongdien.thuathienhue.gov.vn", "UBND huyện Phong Điền"), ("https://quangdien.thuathienhue.gov.vn", "UBND huyện Quảng Điền"),
        ("https://phuvang.thuathienhue.gov.vn", "UBND huyện Phú Vang"), ("https://phuloc.thuathienhue.gov.vn", "UBND huyện Phú Lộc"),
        ("https://namdong.thuathienhue.gov.vn", "UBND huyện Nam Đông"), ("https://aluoi.thuathienhue.gov.vn", "UBND huyện A Lưới"),
        ("https://huongthuy.thuathienhue.gov.vn", "UBND thị xã Hương Thủy"), ("https://huongtra.thuathienhue.gov.vn", "UBND thị xã Hương Trà"),
        ("https://huecity.thuathienhue.gov.vn", "UBND thành phố Huế"),
    ],
}


def right_column(seed: int) -> str:
    opts = ['<option value="">-- Liên kết website --</option>']
    for group, items in LINKS.items():
        opts.append(f'<optgroup label="{attr(group)}">')
        opts.extend(f'<option value="{attr(u)}">{esc(n)}</option>' for u, n in items)
        opts.append("</optgroup>")
    total = 2418337 + seed * 37
    online = 19 + seed % 23
    today = 1042 + seed * 3
    banners = [
        ("https://dichvucong.gov.vn", "banner-dvcqg.jpg", "Cổng Dịch vụ công quốc gia"),
        ("https://dichvucong.thuathienhue.gov.vn", "banner-dvc-tinh.jpg", "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"),
        ("https://thuathienhue.gov.vn", "banner-cong-tinh.jpg", "Cổng Thông tin điện tử tỉnh Thừa Thiên Huế"),
        ("https://hues.thuathienhue.gov.vn", "banner-hues.jpg", "Nền tảng Huế-S"),
        ("https://vbpl.vn", "banner-vbpl.jpg", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"),
        ("https://www.vista.gov.vn", "banner-csdl-khcn.jpg", "Cơ sở dữ liệu khoa học và công nghệ"),
    ]
    ban = "\n".join(
        f'\t<div class="banner"><a href="{attr(u)}" target="_blank"><img src="/UploadFiles/QuangCao/{img}" alt="{attr(alt)}" width="200" border="0" /></a></div>'
        for u, img, alt in banners)
    return _right(opts, ban, online, today, total)


def _right(opts, ban, online, today, total):
    def dots(n: int) -> str:
        return f"{n:,}".replace(",", ".")
    return f"""<td id="ctl00_tdRight" class="colRight" valign="top" width="220">
<div id="ctl00_ucQuangCao_pnQuangCao" class="quangcao">
{ban}
</div>
<div class="boxphai">
	<div class="boxphai_tieude">Thăm dò ý kiến</div>
	<div id="ctl00_ucBinhChon_upBinhChon">
	<div class="boxphai_noidung">
		<span id="ctl00_ucBinhChon_lblCauHoi" class="cauhoi">Bạn đánh giá thế nào về Trang thông tin điện tử của Sở?</span>
		<table id="ctl00_ucBinhChon_rblTraLoi" border="0">
			<tr><td><input id="ctl00_ucBinhChon_rblTraLoi_0" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="31" /><label for="ctl00_ucBinhChon_rblTraLoi_0">Thông tin phong phú, kịp thời</label></td></tr>
			<tr><td><input id="ctl00_ucBinhChon_rblTraLoi_1" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="32" /><label for="ctl00_ucBinhChon_rblTraLoi_1">Giao diện dễ sử dụng</label></td></tr>
			<tr><td><input id="ctl00_ucBinhChon_rblTraLoi_2" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="33" /><label for="ctl00_ucBinhChon_rblTraLoi_2">Bình thường</label></td></tr>
			<tr><td><input id="ctl00_ucBinhChon_rblTraLoi_3" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="34" /><label for="ctl00_ucBinhChon_rblTraLoi_3">Cần cải thiện thêm</label></td></tr>
		</table>
		<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" class="button" />
		<input type="submit" name="ctl00$ucBinhChon$btnKetQua" value="Xem kết quả" id="ctl00_ucBinhChon_btnKetQua" class="button" />
	</div>
	</div>
</div>
<div class="boxphai">
	<div class="boxphai_tieude">Liên kết website</div>
	<div class="boxphai_noidung">
		<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" style="width:195px" onchange="if(this.value!='')window.open(this.value);">
		{"".join(opts)}
		</select>
	</div>
</div>
<div class="boxphai">
	<div class="boxphai_tieude">Thống kê truy cập</div>
	<div class="boxphai_noidung thongke">
		<table width="100%" cellpadding="2" cellspacing="0">
			<tr><td><img src="{THEME}/images/tk_online.gif" alt="" /> Đang truy cập:</td><td align="right"><span id="ctl00_ucThongKe_lblOnline">{online}</span></td></tr>
			<tr><td><img src="{THEME}/images/tk_homnay.gif" alt="" /> Hôm nay:</td><td align="right"><span id="ctl00_ucThongKe_lblHomNay">{dots(today)}</span></td></tr>
			<tr><td><img src="{THEME}/images/tk_tong.gif" alt="" /> Tổng lượt truy cập:</td><td align="right"><span id="ctl00_ucThongKe_lblTong">{dots(total)}</span></td></tr>
		</table>
	</div>
</div>
<div class="tinnhiemmang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/skhcnthuathienhuegovvn-1646207785" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=skhcn.thuathienhue.gov.vn" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
</td>"""


CSS = """
body{margin:0;padding:0;background:#e9eef3 url(/App_Themes/SoKHCN2016/images/bg_body.jpg) repeat-x top;font-family:Arial,Tahoma,Verdana;font-size:12px;color:#333}
a{color:#0b4a8b;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.wrapper{background:#fff;border-left:1px solid #c9d6e3;border-right:1px solid #c9d6e3}
.header{height:150px;background:url(/App_Themes/SoKHCN2016/images/banner.jpg) no-repeat}
.header_top{height:24px;line-height:24px;background:#0b4a8b;color:#fff;padding:0 8px}
.header_top a{color:#fff}.header_top .ngay{float:left}.header_top .lienket{float:right}
.topmenu{background:#1565b3;height:32px}.topmenu ul{margin:0;padding:0;list-style:none}
.topmenu li{float:left}.topmenu li a{display:block;color:#fff;font-weight:bold;padding:0 12px;line-height:32px}
.chaychu{background:#f4f7fa;border-bottom:1px solid #dde5ee;height:24px;line-height:24px}
.colLeft{background:#f4f7fa;border-right:1px solid #dde5ee}.colRight{background:#f4f7fa;border-left:1px solid #dde5ee}
.menutrai_tieude{background:#1565b3;color:#fff;font-weight:bold;padding:6px}
.menutrai_ds{margin:0;padding:0 0 4px 0;list-style:none}.menutrai_ds li{border-bottom:1px dotted #c5d3e0;padding:5px 8px 5px 16px;background:url(/App_Themes/SoKHCN2016/images/li.gif) no-repeat 6px 10px}
.menutrai_ds li.active a{color:#c00;font-weight:bold}
.boxtrai,.boxphai{margin-bottom:8px}.boxtrai_tieude,.boxphai_tieude{background:url(/App_Themes/SoKHCN2016/images/box_title.gif) repeat-x;color:#0b4a8b;font-weight:bold;padding:6px;text-transform:none}
.boxtrai_noidung,.boxphai_noidung{padding:6px}
.txtTimKiem{width:140px;border:1px solid #b5c7d9}.btnTim,.button{background:#1565b3;color:#fff;border:0;padding:2px 6px}
.breadcrumb{padding:6px 0;border-bottom:1px solid #dde5ee;margin-bottom:8px;color:#666}
.breadcrumb a{color:#0b4a8b}.breadcrumb .current{font-weight:bold;color:#c00}
.tieudetin,.tieude{display:block;font-size:17px;font-weight:bold;color:#0b4a8b;margin:6px 0;line-height:22px}
.ngaycapnhat{color:#777;font-size:11px;margin-bottom:8px}
.tomtat{display:block;font-weight:bold;margin:8px 0;text-align:justify;line-height:18px}
.noidung{line-height:19px;text-align:justify}.noidung img{max-width:540px}
.noidung table.image td{font-size:11px;color:#555}
.tacgia,.nguontin{text-align:right;font-weight:bold;margin:6px 0}
.congcu{text-align:right;border-top:1px solid #dde5ee;padding-top:6px;margin-top:10px}
.congcu img{vertical-align:middle;margin-left:4px}
.tindadua{margin-top:14px}.tindadua_tieude{background:#eef3f8;border-left:4px solid #1565b3;padding:5px;font-weight:bold;color:#0b4a8b}
.tindadua ul{margin:6px 0;padding:0 0 0 18px}.tindadua li{padding:3px 0}.tindadua .ngay,.ngay{color:#888;font-size:11px}
.tieude_chuyenmuc{background:url(/App_Themes/SoKHCN2016/images/cm_title.gif) no-repeat;color:#fff;font-weight:bold;padding:6px 12px;margin-bottom:6px}
.tintuc_item{border-bottom:1px dotted #c5d3e0;margin-bottom:6px;padding-bottom:6px}
.tintuc_item .tieude_ds{font-weight:bold;font-size:13px}.tintuc_item img.thumb{border:1px solid #ccc;padding:2px}
.xemtiep{color:#c00;font-size:11px}.phantrang{text-align:center;padding:8px}.phantrang .current{font-weight:bold;color:#c00;padding:0 4px}
.phantrang a{padding:0 4px}
.footer{background:#0b4a8b;color:#fff;padding:10px;text-align:center;line-height:18px}.footer a{color:#ffd}
.banner{margin-bottom:6px;text-align:center}.tinnhiemmang{text-align:center;padding:6px}
.thongke td{font-size:11px}
"""

SCRIPTS_TAIL = """<script type="text/javascript">
//<![CDATA[
function InBaiViet(){var w=window.open('','InBai','width=760,height=600,scrollbars=yes');var c=document.getElementById('ctl00_ContentPlaceHolder1_ctl00_pnChiTiet');if(c&&w){w.document.write('<html><head><title>In bài viết</title></head><body>'+c.innerHTML+'</body></html>');w.document.close();w.print();}}
function ChonCoChu(n){var e=document.getElementById('ctl00_ContentPlaceHolder1_ctl00_pnNoiDung');if(e){e.style.fontSize=n+'px';}}
(function(){var d=new Date();var s=document.getElementById('ctl00_ucThongKe_lblOnline');if(s){s.title='Cập nhật '+d.getHours()+':'+d.getMinutes();}})();
var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-40213377-1']);_gaq.push(['_trackPageview']);
(function(){var ga=document.createElement('script');ga.type='text/javascript';ga.async=true;ga.src=('https:'==document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(ga,s);})();
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":"ctl00_ucBinhChon_upBinhChon","displayAfter":500,"dynamicLayout":true}, null, null, $get("ctl00_ucBinhChon_upProgress"));
});
//]]>
</script>"""


def topmenu() -> str:
    items = [("/", "Trang chủ"), (cat_url(102), "Giới thiệu"), (cat_url(115), "Tin tức - Sự kiện"),
             (cat_url(120), "Văn bản"), (cat_url(130), "Thủ tục hành chính"), (cat_url(124), "Nhiệm vụ KH&CN"),
             (cat_url(141), "Hỏi đáp"), (cat_url(140), "Liên hệ")]
    return "\n".join(f'\t\t<li><a href="{attr(u)}">{esc(n)}</a></li>' for u, n in items)


def page(pid: str, url: str, title_tag: str, active_cn: int | None, center: str,
         ticker: list[dict], seed: int, target_kb: int) -> bytes:
    tick = " &nbsp;&nbsp;&nbsp; ".join(
        f'<img src="{THEME}/images/new.gif" alt="" /> <a href="{attr(art_url(a["cn"], a["tc"]))}">{esc(a["title"])}</a>'
        for a in ticker)
    evv = b64_blob(pid + "ev", 1200 + seed * 37 % 500)
    wr = b64_blob(pid + "wr", 86)
    sr1 = b64_blob("sr1", 172)
    sr2 = b64_blob("sr2", 172)

    def build(vs: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title_tag)}
</title><meta name="keywords" content="Sở Khoa học và Công nghệ, Thừa Thiên Huế, khoa học, công nghệ, đo lường, sở hữu trí tuệ" /><meta name="description" content="Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế" /><link rel="shortcut icon" href="/favicon.ico" /><link href="{THEME}/css/style.css" type="text/css" rel="stylesheet" /><link href="{THEME}/css/menu.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/Scripts/ddsmoothmenu.js"></script>
<style type="text/css">{CSS}</style>
</head>
<body>
<form name="aspnetForm" method="post" action="{attr('.' + url)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI3OTQ2NjUzOQ9kFgJmD2QWAgIDD2QW{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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


<script src="/WebResource.axd?d={wr}&amp;t=635875617780000000" type="text/javascript"></script>


<script src="/ScriptResource.axd?d={sr1}&amp;t=ffffffffb1d0f179" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={sr2}&amp;t=ffffffffb1d0f179" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAB{evv}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucBinhChon$upBinhChon',''], [], [], 90, 'ctl00');
//]]>
</script>

<a name="top"></a>
<table id="tblWrapper" class="wrapper" cellpadding="0" cellspacing="0" width="1000" align="center" border="0">
<tr>
<td colspan="3">
	<div class="header_top">
		<span class="ngay" id="ctl00_ucHeader_lblNgayThang">{TODAY}</span>
		<span class="lienket"><a href="/">Trang chủ</a> | <a href="{attr(cat_url(150))}">Sơ đồ website</a> | <a href="{attr(cat_url(140))}">Liên hệ</a> | <a href="/rss/default.aspx">RSS</a> | <a id="ctl00_ucHeader_lnkDangNhap" href="{attr(LOGIN_URL)}">Đăng nhập</a></span>
	</div>
	<div class="header">
		<object type="application/x-shockwave-flash" data="{THEME}/flash/banner.swf" width="1000" height="150"><param name="movie" value="{THEME}/flash/banner.swf" /><param name="wmode" value="transparent" />
		<img src="{THEME}/images/banner.jpg" width="1000" height="150" alt="Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế" /></object>
	</div>
</td>
</tr>
<tr>
<td colspan="3" class="topmenu">
	<div id="smoothmenu1" class="ddsmoothmenu">
	<ul>
{topmenu()}
	</ul>
	</div>
</td>
</tr>
<tr>
<td colspan="3" class="chaychu">
	<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="80" style="color:#c00;font-weight:bold;padding-left:8px">Tin mới:</td><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{tick}</marquee></td></tr></table>
</td>
</tr>
<tr>
{left_column(active_cn)}
<td id="ctl00_tdCenter" class="colCenter" valign="top" width="570" style="padding:8px">
{center}
</td>
{_right_cached(seed)}
</tr>
<tr>
<td colspan="3" class="footer">
	<div id="ctl00_ucFooter_pnFooter">
	<b>TRANG THÔNG TIN ĐIỆN TỬ SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THỪA THIÊN HUẾ</b><br />
	Cơ quan chủ quản: Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế<br />
	Địa chỉ: 18 Lý Thường Kiệt, thành phố Huế, tỉnh Thừa Thiên Huế - Điện thoại: 0234.3821456 - Fax: 0234.3821457<br />
	Email: <a href="mailto:skhcn@thuathienhue.gov.vn">skhcn@thuathienhue.gov.vn</a> - Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ<br />
	Ghi rõ nguồn "Trang thông tin điện tử Sở Khoa học và Công nghệ" khi phát hành lại thông tin từ nguồn này.<br />
	© Bản quyền 2016 thuộc Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế. Phát triển bởi Trung tâm Công nghệ thông tin tỉnh (HueCIT).
	</div>
</td>
</tr>
</table>
{SCRIPTS_TAIL}
</form>
</body>
</html>
"""

    base = len(nfc(build("")).encode("utf-8"))
    jitter = int(hashlib.md5(pid.encode()).hexdigest()[:4], 16) % 900
    need = max(2000, target_kb * 1024 + jitter - base)
    vs = b64_blob(pid + "vs", need)
    return nfc(build(vs)).encode("utf-8")


_RIGHT: dict[int, str] = {}


def _right_cached(seed: int) -> str:
    if seed not in _RIGHT:
        _RIGHT[seed] = right_column(seed)
    return _RIGHT[seed]


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    out = ['<div class="breadcrumb" id="ctl00_ContentPlaceHolder1_ucDuongDan_pnDuongDan">']
    parts = []
    for i, (href, name) in enumerate(items):
        if href is None:
            parts.append(f'<span class="current">{esc(name)}</span>')
        else:
            parts.append(f'<a href="{attr(href)}">{esc(name)}</a>')
    out.append(f' <img src="{THEME}/images/arrow.gif" alt="" /> '.join(parts))
    out.append("</div>")
    return "".join(out)


# ---------------------------------------------------------------------------
# Page builders
# ---------------------------------------------------------------------------

BY_DATE = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)


def older_items(a: dict, n: int = 6) -> list[tuple[str, str, dt.datetime]]:
    same = [(art_url(x["cn"], x["tc"]), x["title"], x["pub"]) for x in BY_DATE
            if x["cn"] == a["cn"] and x["pub"] < a["pub"]]
    same += [(art_url(a["cn"], tc), t, d) for tc, t, d in OLDER[a["cn"]]]
    return same[:n]


def article_page(a: dict, seed: int) -> tuple[bytes, dict]:
    body_html, truth = render_body(a)
    date_html, label = fmt_date(a)
    cat = CATS[a["cn"]]
    url = art_url(a["cn"], a["tc"])
    if a["title_tag"] == "div":
        title_html = f'<div class="tieudetin">{esc(a["title"])}</div>'
    else:
        title_html = f'<span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe" class="tieude">{esc(a["title"])}</span>'
    lead_html = ""
    if a["lead_style"] == "span":
        lead_html = f'\n\t<span id="ctl00_ContentPlaceHolder1_ctl00_lblTomTat" class="tomtat">{esc(a["lead"])}</span>'
    fields = ""
    if a.get("tacgia"):
        fields += f'\n\t<div class="tacgia">Tác giả: <span id="ctl00_ContentPlaceHolder1_ctl00_lblTacGia">{esc(a["tacgia"])}</span></div>'
    if a.get("nguontin"):
        fields += f'\n\t<div class="nguontin" id="ctl00_ContentPlaceHolder1_ctl00_pnNguonTin">Nguồn: <span id="ctl00_ContentPlaceHolder1_ctl00_lblNguonTin">{esc(a["nguontin"])}</span></div>'
    attach = ""
    if a.get("attachments"):
        lis = "".join(
            f'<li><img src="{THEME}/images/icon_file.gif" alt="" /> <a href="{attr(upload(a["pub"], f))}" target="_blank">{esc(n)}</a></li>'
            for f, n in a["attachments"])
        attach = f'\n\t<div class="dinhkem"><b>Tệp đính kèm:</b><ul>{lis}</ul></div>'
    tags = ""
    if a.get("tags"):
        tags = (f'\n\t<div class="tukhoa"><b>Từ khóa:</b> <a href="{attr(SEARCH_URL)}">khởi nghiệp</a>, '
                f'<a href="/?gd={GD}&amp;cn=1&amp;tukhoa=khoa+h%E1%BB%8Dc+c%C3%B4ng+ngh%E1%BB%87">khoa học công nghệ</a></div>')
    olds = older_items(a)
    old_html = "\n".join(
        f'\t\t<li><a href="{attr(u)}">{esc(t)}</a> <span class="ngay">({d:%d/%m/%Y})</span></li>'
        for u, t, d in olds)
    views = 180 + (a["tc"] * 7) % 900
    mail = f"mailto:?subject={a['title']}&body={HOST}{url}"
    center = f"""{breadcrumb([("/", "Trang chủ"), (cat_url(PARENT[0]), PARENT[1]), (cat_url(a['cn']), cat)])}
<div id="ctl00_ContentPlaceHolder1_ctl00_pnChiTiet" class="chitiet">
	{title_html}
	<div class="ngaycapnhat">{date_html} &nbsp; <span class="luotxem" id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">Lượt xem: {views}</span></div>
	<div class="cochu">Cỡ chữ: <a href="javascript:ChonCoChu(12)">A</a> <a href="javascript:ChonCoChu(14)">A+</a> <a href="javascript:ChonCoChu(16)">A++</a></div>{lead_html}
	<div id="ctl00_ContentPlaceHolder1_ctl00_pnNoiDung" class="noidung">
{body_html}
	</div>{fields}{attach}{tags}
	<div class="congcu">
		<a href="javascript:history.back()"><img src="{THEME}/images/icon_back.gif" alt="" /> Trở về</a>
		<a href="#top"><img src="{THEME}/images/icon_top.gif" alt="" /> Đầu trang</a>
		<a href="javascript:InBaiViet()" title="In bài viết"><img src="{THEME}/images/icon_print.gif" alt="In bài viết" /> In</a>
		<a href="{attr(mail)}" title="Gửi email"><img src="{THEME}/images/icon_email.gif" alt="Gửi email" /> Gửi email</a>
	</div>
</div>
<div class="tindadua" id="ctl00_ContentPlaceHolder1_ctl00_pnTinDaDua">
	<div class="tindadua_tieude">Các tin đã đưa</div>
	<ul>
{old_html}
	</ul>
	<div style="text-align:right"><a class="xemtiep" href="{attr(cat_url(a['cn']))}">Xem tiếp »</a></div>
</div>"""
    title_tag = SITE_NAME if a.get("bare_title") else f"{a['title']} - {TITLE_SUFFIX}"
    body = page(a["slug"], url, title_tag, a["cn"], center, BY_DATE[:4], seed, 46 + (seed * 7) % 30)
    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": truth["text"],
        "published_at": iso(a["pub"]),
        "updated_at": iso(a["upd"]),
        "date_label": label,
        "authors": truth["authors"],
        "unit": truth["unit"],
        "images": truth["images"],
        "category": cat,
    }
    return body, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "article",
                  "expected": expected}


def list_item(u: str, title: str, d: dt.datetime, summ: str | None, th: str | None) -> str:
    img = (f'<a href="{attr(u)}"><img class="thumb" src="{th}" width="110" height="75" alt="" border="0" /></a>'
           if th else f'<img class="thumb" src="{THEME}/images/noimage.jpg" width="110" height="75" alt="" />')
    s = f'<div class="tomtat_ds">{esc(summ)}</div>' if summ else ""
    return f"""<table class="tintuc_item" width="100%" cellpadding="0" cellspacing="0" border="0">
	<tr>
		<td width="120" valign="top">{img}</td>
		<td valign="top">
			<a class="tieude_ds" href="{attr(u)}">{esc(title)}</a> <span class="ngay">({d:%d/%m/%Y})</span>
			{s}
			<a class="xemtiep" href="{attr(u)}">Xem tiếp</a>
		</td>
	</tr>
</table>"""


def art_item(a: dict) -> str:
    return list_item(art_url(a["cn"], a["tc"]), a["title"], a["pub"], summary(a), thumb(a))


def listing_page(cn: int, pg: int, seed: int) -> bytes:
    arts = [a for a in BY_DATE if a["cn"] == cn]
    olds = [(art_url(cn, tc), t, d) for tc, t, d in OLDER[cn]]
    rows = [("a", a) for a in arts] + [("o", o) for o in olds]
    per = 5
    chunk = rows[(pg - 1) * per: pg * per]
    items = []
    for k, x in chunk:
        if k == "a":
            items.append(art_item(x))
        else:
            u, t, d = x
            items.append(list_item(u, t, d, None, None))
    npages = 4 if cn == 115 else 3
    pager = []
    if pg > 1:
        pager.append(f'<a href="{attr(cat_url(cn, pg - 1))}">« Trang trước</a>')
    for i in range(1, npages + 1):
        pager.append(f'<span class="current">{i}</span>' if i == pg else f'<a href="{attr(cat_url(cn, i))}">{i}</a>')
    pager.append(f'<a href="{attr(cat_url(cn, pg + 1))}">Trang sau »</a>')
    center = f"""{breadcrumb([("/", "Trang chủ"), (cat_url(PARENT[0]), PARENT[1]), (None, CATS[cn])])}
<div class="tieude_chuyenmuc">{esc(CATS[cn])}</div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnDanhSach" class="danhsach">
{chr(10).join(items)}
</div>
<div class="phantrang" id="ctl00_ContentPlaceHolder1_ctl00_pnPhanTrang">Trang: {" ".join(pager)}</div>"""
    title = f"{CATS[cn]} - {TITLE_SUFFIX}" if pg == 1 else f"{CATS[cn]} - Trang {pg} - {TITLE_SUFFIX}"
    return page(f"list{cn}-{pg}", cat_url(cn, pg), title, cn, center, BY_DATE[:4], seed, 44 + seed % 12)


def home_page(seed: int) -> bytes:
    feat = BY_DATE[0]
    fu = art_url(feat["cn"], feat["tc"])
    blocks = []
    for cn in (115, 116, 117):
        arts = [a for a in BY_DATE if a["cn"] == cn and a is not feat][:5]
        first, rest = arts[0], arts[1:]
        th = thumb(first)
        img = (f'<a href="{attr(art_url(first["cn"], first["tc"]))}"><img src="{th}" width="150" height="100" alt="" border="0" align="left" style="margin-right:6px" /></a>'
               if th else "")
        others = "\n".join(
            f'\t\t<li><a href="{attr(art_url(a["cn"], a["tc"]))}">{esc(a["title"])}</a> <span class="ngay">({a["pub"]:%d/%m/%Y})</span></li>'
            for a in rest)
        blocks.append(f"""<div class="khoi_trangchu">
	<div class="tieude_chuyenmuc"><a href="{attr(cat_url(cn))}" style="color:#fff">{esc(CATS[cn])}</a></div>
	<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top">
	{img}<a class="tieude_ds" href="{attr(art_url(first["cn"], first["tc"]))}">{esc(first["title"])}</a> <span class="ngay">({first["pub"]:%d/%m/%Y})</span>
	<div class="tomtat_ds">{esc(summary(first, 160))}</div>
	</td></tr></table>
	<ul class="ds_tinkhac">
{others}
	</ul>
	<div style="text-align:right"><a class="xemtiep" href="{attr(cat_url(cn))}">Xem tiếp »</a></div>
</div>""")
    center = f"""<div class="tinnoibat" id="ctl00_ContentPlaceHolder1_ucTinNoiBat_pnTinNoiBat">
	<div class="tieude_chuyenmuc">Tin nổi bật</div>
	<table width="100%" cellpadding="4" cellspacing="0"><tr>
	<td width="260" valign="top"><a href="{attr(fu)}"><img src="{THEME}/images/tinnoibat_macdinh.jpg" width="250" height="170" alt="" border="0" /></a></td>
	<td valign="top"><a class="tieude_ds" href="{attr(fu)}" style="font-size:15px">{esc(feat["title"])}</a> <span class="ngay">({feat["pub"]:%d/%m/%Y})</span>
	<div class="tomtat_ds">{esc(summary(feat, 220))}</div>
	<a class="xemtiep" href="{attr(fu)}">Xem tiếp</a></td>
	</tr></table>
</div>
{chr(10).join(blocks)}
<div class="khoi_trangchu">
	<div class="tieude_chuyenmuc">Thông tin cần biết</div>
	<ul class="ds_tinkhac">
		<li><a href="{attr(cat_url(102))}">Chức năng, nhiệm vụ của Sở</a></li>
		<li><a href="{attr(cat_url(141))}">Gửi câu hỏi, góp ý cho Sở</a></li>
		<li><a href="{attr(cat_url(140))}">Danh bạ liên hệ các phòng, đơn vị</a></li>
		<li><a href="{attr(cat_url(150))}">Sơ đồ website</a></li>
	</ul>
</div>"""
    return page("home", "/", f"{SITE_NAME} - Trang chủ", None, center, BY_DATE[:4], seed, 58)


def simple_page(pid: str, url: str, title: str, crumbs, center_inner: str, active: int | None,
                seed: int, target: int) -> bytes:
    center = f"{breadcrumb(crumbs)}\n{center_inner}"
    return page(pid, url, title, active, center, BY_DATE[:4], seed, target)


def static_page(seed: int) -> bytes:
    duties = [
        "Trình UBND tỉnh dự thảo quyết định, chỉ thị, quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về phát triển khoa học và công nghệ của tỉnh;",
        "Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật, kế hoạch, chương trình về khoa học và công nghệ sau khi được phê duyệt;",
        "Tổ chức tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu và công nhận kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh;",
        "Quản lý hoạt động đánh giá, thẩm định, giám định và chuyển giao công nghệ; hỗ trợ doanh nghiệp đổi mới công nghệ;",
        "Quản lý về sở hữu trí tuệ, tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa trên địa bàn tỉnh;",
        "Quản lý về an toàn bức xạ và hạt nhân, ứng dụng năng lượng nguyên tử theo phân cấp;",
        "Tổ chức hoạt động thông tin, thống kê khoa học và công nghệ; phát triển thị trường khoa học và công nghệ;",
        "Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo trong lĩnh vực khoa học và công nghệ;",
        "Quản lý tổ chức bộ máy, biên chế, tài chính, tài sản được giao theo quy định.",
    ]
    lis = "\n".join(f"\t<li>{esc(d)}</li>" for d in duties)
    inner = f"""<div class="tieude_chuyenmuc">Chức năng, nhiệm vụ</div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnNoiDung" class="noidung">
<p style="text-align: justify;"><strong>1. Vị trí, chức năng</strong></p>
<p style="text-align: justify;">Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và hoạt động của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.</p>
<p style="text-align: justify;"><strong>2. Nhiệm vụ, quyền hạn</strong></p>
<ol>
{lis}
</ol>
<p style="text-align: justify;"><strong>3. Cơ cấu tổ chức</strong></p>
<p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn gồm: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Quản lý khoa học, Phòng Quản lý công nghệ và Sở hữu trí tuệ, Phòng Quản lý chuyên ngành. Các đơn vị trực thuộc gồm: Chi cục Tiêu chuẩn Đo lường Chất lượng, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng, Trung tâm Thông tin và Thống kê khoa học và công nghệ, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.</p>
</div>"""
    return simple_page("static", cat_url(102), f"Chức năng, nhiệm vụ - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (cat_url(101), "Giới thiệu"), (None, "Chức năng, nhiệm vụ")],
                       inner, 102, seed, 47)


def contact_page(seed: int) -> bytes:
    units = [
        ("Văn phòng Sở", "0234.3821456", "vanphong.skhcn@thuathienhue.gov.vn"),
        ("Thanh tra Sở", "0234.3821460", "thanhtra.skhcn@thuathienhue.gov.vn"),
        ("Phòng Kế hoạch - Tài chính", "0234.3821461", "khtc.skhcn@thuathienhue.gov.vn"),
        ("Phòng Quản lý khoa học", "0234.3821462", "qlkh.skhcn@thuathienhue.gov.vn"),
        ("Phòng Quản lý công nghệ và Sở hữu trí tuệ", "0234.3821459", "qlcn.skhcn@thuathienhue.gov.vn"),
        ("Phòng Quản lý chuyên ngành", "0234.3821463", "qlcng.skhcn@thuathienhue.gov.vn"),
        ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "0234.3822304", "chicuc.tdc@thuathienhue.gov.vn"),
        ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "0234.3822318", "ttkt.tdc@thuathienhue.gov.vn"),
        ("Trung tâm Thông tin và Thống kê khoa học và công nghệ", "0234.3823172", "ttttk.skhcn@thuathienhue.gov.vn"),
        ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "0234.3825511", "ttud.skhcn@thuathienhue.gov.vn"),
    ]
    rows = "\n".join(
        f'\t<tr><td align="center">{i}</td><td>{esc(n)}</td><td>{p}</td><td><a href="mailto:{m}">{m}</a></td></tr>'
        for i, (n, p, m) in enumerate(units, 1))
    inner = f"""<div class="tieude_chuyenmuc">Liên hệ</div>
<div class="lienhe">
<p><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THỪA THIÊN HUẾ</b></p>
<p>Địa chỉ: 18 Lý Thường Kiệt, thành phố Huế, tỉnh Thừa Thiên Huế<br />Điện thoại: 0234.3821456 - Fax: 0234.3821457<br />Email: <a href="mailto:skhcn@thuathienhue.gov.vn">skhcn@thuathienhue.gov.vn</a></p>
<p><b>Danh bạ các phòng, đơn vị</b></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">
	<tr style="background:#eef3f8;font-weight:bold"><td align="center">STT</td><td>Phòng, đơn vị</td><td>Điện thoại</td><td>Thư điện tử</td></tr>
{rows}
</table>
<p><i>Giờ làm việc: sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00 các ngày từ thứ Hai đến thứ Sáu.</i></p>
</div>"""
    return simple_page("contact", cat_url(140), f"Liên hệ - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (None, "Liên hệ")], inner, 140, seed, 45)


def form_page(seed: int) -> bytes:
    qa = [
        ("Hồ sơ đề nghị cấp giấy phép sử dụng thiết bị X-quang chẩn đoán gồm những gì?", "Lê Văn Tâm", "04/03/2024"),
        ("Doanh nghiệp khởi nghiệp có được hỗ trợ kinh phí đăng ký nhãn hiệu không?", "Nguyễn Thị Mai", "21/02/2024"),
        ("Thời hạn kiểm định định kỳ đối với cân ô tô là bao lâu?", "Trần Quốc Bảo", "30/01/2024"),
    ]
    qa_html = "\n".join(
        f'\t<li><a href="/?gd={GD}&amp;cn=141&amp;hd={880 + i}">{esc(q)}</a> <span class="ngay">({esc(who)} - {d})</span></li>'
        for i, (q, who, d) in enumerate(qa))

    def row(label: str, name: str, req: bool = True, multi: bool = False) -> str:
        star = ' <span style="color:red">*</span>' if req else ""
        ctl = (f'<textarea name="ctl00$ContentPlaceHolder1$ctl00${name}" rows="8" cols="50" id="ctl00_ContentPlaceHolder1_ctl00_{name}" style="width:380px"></textarea>'
               if multi else
               f'<input name="ctl00$ContentPlaceHolder1$ctl00${name}" type="text" id="ctl00_ContentPlaceHolder1_ctl00_{name}" style="width:380px" />')
        return f"\t<tr><td width=\"120\" valign=\"top\">{esc(label)}{star}</td><td>{ctl}</td></tr>"
    inner = f"""<div class="tieude_chuyenmuc">Hỏi đáp - Góp ý</div>
<div class="hoidap">
<p>Tổ chức, công dân gửi câu hỏi, góp ý về lĩnh vực khoa học và công nghệ theo mẫu dưới đây. Các thông tin có dấu <span style="color:red">*</span> là bắt buộc.</p>
<table cellpadding="4" cellspacing="0" border="0">
{row("Họ và tên", "txtHoTen")}
{row("Địa chỉ", "txtDiaChi", False)}
{row("Thư điện tử", "txtEmail")}
{row("Điện thoại", "txtDienThoai", False)}
{row("Tiêu đề", "txtTieuDe")}
{row("Nội dung", "txtNoiDung", True, True)}
	<tr><td>Mã xác nhận <span style="color:red">*</span></td><td><img src="/CaptchaImage.axd?guid=7f3c1a2e-5b4d-4c8e-9a61-2d0f8b3e4c15" alt="" /> <input name="ctl00$ContentPlaceHolder1$ctl00$txtMaXacNhan" type="text" id="ctl00_ContentPlaceHolder1_ctl00_txtMaXacNhan" style="width:80px" /></td></tr>
	<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ctl00$btnGui" value="Gửi câu hỏi" id="ctl00_ContentPlaceHolder1_ctl00_btnGui" class="button" /> <input type="reset" value="Nhập lại" class="button" /></td></tr>
</table>
<div class="tindadua_tieude">Các câu hỏi đã được trả lời</div>
<ul>
{qa_html}
</ul>
</div>"""
    return simple_page("form", cat_url(141), f"Hỏi đáp - Góp ý - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (None, "Hỏi đáp - Góp ý")], inner, 141, seed, 44)


def search_page(seed: int) -> bytes:
    hits = [a for a in BY_DATE if a["slug"] in ("a12-ngay-hoi-khoi-nghiep", "a07-khong-gian-trung-bay", "a01-tong-ket-2023")]
    items = "\n".join(art_item(a) for a in hits)
    inner = f"""<div class="tieude_chuyenmuc">Kết quả tìm kiếm</div>
<div class="ketquatimkiem">
<p>Tìm thấy <b>{len(hits)}</b> kết quả với từ khóa: <b>khởi nghiệp</b></p>
{items}
</div>"""
    return simple_page("search", SEARCH_URL, f"Tìm kiếm - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (None, "Tìm kiếm")], inner, None, seed, 49)


def login_page(seed: int) -> bytes:
    inner = """<div class="tieude_chuyenmuc">Đăng nhập hệ thống</div>
<div class="dangnhap" id="ctl00_ContentPlaceHolder1_ucDangNhap_pnDangNhap">
<table cellpadding="4" cellspacing="0" border="0" align="center" style="margin:20px auto;border:1px solid #c9d6e3;background:#f7f9fb">
	<tr><td colspan="2" style="font-weight:bold;color:#0b4a8b">Dành cho cán bộ quản trị nội dung</td></tr>
	<tr><td>Tên đăng nhập:</td><td><input name="ctl00$ContentPlaceHolder1$ucDangNhap$txtTenDangNhap" type="text" id="ctl00_ContentPlaceHolder1_ucDangNhap_txtTenDangNhap" style="width:180px" /></td></tr>
	<tr><td>Mật khẩu:</td><td><input name="ctl00$ContentPlaceHolder1$ucDangNhap$txtMatKhau" type="password" id="ctl00_ContentPlaceHolder1_ucDangNhap_txtMatKhau" style="width:180px" /></td></tr>
	<tr><td></td><td><input id="ctl00_ContentPlaceHolder1_ucDangNhap_chkGhiNho" type="checkbox" name="ctl00$ContentPlaceHolder1$ucDangNhap$chkGhiNho" /><label for="ctl00_ContentPlaceHolder1_ucDangNhap_chkGhiNho">Ghi nhớ đăng nhập</label></td></tr>
	<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ucDangNhap$btnDangNhap" value="Đăng nhập" id="ctl00_ContentPlaceHolder1_ucDangNhap_btnDangNhap" class="button" /> <a href="/Login.aspx?action=quenmatkhau">Quên mật khẩu?</a></td></tr>
</table>
</div>"""
    return simple_page("login", LOGIN_URL, f"Đăng nhập - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (None, "Đăng nhập")], inner, None, seed, 43)


def sitemap_page(seed: int) -> bytes:
    tree = [
        ("Giới thiệu", 101, [(102, "Chức năng, nhiệm vụ"), (103, "Cơ cấu tổ chức"), (104, "Lãnh đạo Sở"), (105, "Các đơn vị trực thuộc")]),
        ("Tin tức - Sự kiện", 114, [(115, "Tin hoạt động"), (116, "Thông báo"), (117, "Hoạt động chuyên ngành"),
                                     (118, "Khoa học công nghệ trong nước"), (119, "Khoa học công nghệ thế giới")]),
        ("Văn bản", 120, [(120, "Văn bản quy phạm pháp luật"), (121, "Văn bản chỉ đạo, điều hành"), (122, "Dự thảo lấy ý kiến")]),
        ("Nhiệm vụ KH&CN", 123, [(124, "Nhiệm vụ đang thực hiện"), (125, "Kết quả nghiên cứu"), (126, "Cơ sở dữ liệu KH&CN")]),
        ("Thủ tục hành chính", 130, [(130, "Danh mục thủ tục hành chính"), (131, "Biểu mẫu")]),
        ("Hỏi đáp - Góp ý", 141, []),
        ("Liên hệ", 140, []),
    ]
    out = ['<ul class="sodo">', '\t<li><a href="/">Trang chủ</a></li>']
    for name, cn, kids in tree:
        out.append(f'\t<li><a href="{attr(cat_url(cn))}">{esc(name)}</a>')
        if kids:
            out.append("\t\t<ul>")
            out.extend(f'\t\t\t<li><a href="{attr(cat_url(k))}">{esc(n)}</a></li>' for k, n in kids)
            out.append("\t\t</ul>")
        out.append("\t</li>")
    out.append(f'\t<li><a href="{attr(LOGIN_URL)}">Đăng nhập</a></li>')
    out.append("</ul>")
    inner = '<div class="tieude_chuyenmuc">Sơ đồ website</div>\n' + "\n".join(out)
    return simple_page("sitemap", cat_url(150), f"Sơ đồ website - {TITLE_SUFFIX}",
                       [("/", "Trang chủ"), (None, "Sơ đồ website")], inner, 150, seed, 42)


def soft404_page(seed: int) -> bytes:
    tc, _, _ = SOFT404
    inner = f"""<div class="thongbao" id="ctl00_ContentPlaceHolder1_ctl00_pnThongBao" style="padding:30px;text-align:center">
	<img src="{THEME}/images/icon_warning.gif" alt="" /><br />
	<span id="ctl00_ContentPlaceHolder1_ctl00_lblThongBao" style="color:#c00;font-weight:bold">Không tìm thấy tin bài bạn yêu cầu.</span><br />
	Tin bài có thể đã bị gỡ bỏ hoặc đường dẫn không chính xác.<br /><br />
	<a href="/">Quay về trang chủ</a>
</div>"""
    return simple_page("soft404", art_url(115, tc), SITE_NAME,
                       [("/", "Trang chủ"), (cat_url(PARENT[0]), PARENT[1]), (cat_url(115), CATS[115])],
                       inner, 115, seed, 41)


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()

    def write(name: str, body: bytes, meta: dict) -> None:
        (HERE / f"{name}.html").write_bytes(body)
        (HERE / f"{name}.json").write_text(
            json.dumps(json.loads(nfc(json.dumps(meta, ensure_ascii=False))), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")

    def meta(url: str, kind: str) -> dict:
        return {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}

    for i, a in enumerate(ARTICLES, 1):
        body, m = article_page(a, i)
        write(a["slug"], body, m)
    write("home", home_page(20), meta("/", "listing"))
    write("list-tin-hoat-dong", listing_page(115, 1, 21), meta(cat_url(115), "listing"))
    write("list-tin-hoat-dong-p2", listing_page(115, 2, 22), meta(cat_url(115, 2), "listing"))
    write("list-thong-bao", listing_page(116, 1, 23), meta(cat_url(116), "listing"))
    write("list-chuyen-nganh", listing_page(117, 1, 24), meta(cat_url(117), "listing"))
    write("static-chuc-nang", static_page(25), meta(cat_url(102), "static"))
    write("contact", contact_page(26), meta(cat_url(140), "contact"))
    write("form-hoi-dap", form_page(27), meta(cat_url(141), "form"))
    write("search", search_page(28), meta(SEARCH_URL, "search"))
    write("login", login_page(29), meta(LOGIN_URL, "login"))
    write("sitemap", sitemap_page(30), meta(cat_url(150), "sitemap"))
    write("soft404", soft404_page(31), meta(art_url(115, SOFT404[0]), "soft_404"))
    (HERE / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "huecit", "template": "cms2016so", "held_out": True},
        ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
