#!/usr/bin/env python3
"""Generator of the held-out variant template `dotnetnuke/dnn8vnnews`.

An invented department portal ("Sở Giao thông vận tải tỉnh Phú Yên") on DNN Platform 8
with an invented Vietnamese vendor news module "HBX.TinTuc" (vendor: Công ty TNHH Công nghệ
Hòa Bình Xanh, CSS class prefix `hbx-`).  All text is invented.

    python tests/variants/dotnetnuke/dnn8vnnews/make.py

Writes <page>.html and <page>.json next to this file.  Deterministic: same bytes every run.
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

OUT = Path(__file__).resolve().parent
HOST = "https://sgtvt.phuyen.gov.vn"
SITE = "Sở Giao thông vận tải tỉnh Phú Yên"
SITE_SHORT = "Sở Giao thông vận tải Phú Yên"
CDV = "112"
SKIN = "/Portals/_default/Skins/HBX_SoNganh"
CONT = "/Portals/_default/Containers/HBX_SoNganh"
TODAY = "Thứ Năm, ngày 21/03/2024"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    """What a reader sees of an inline HTML fragment, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", "", fragment)
    s = html.unescape(s).replace("\xa0", " ")
    return nfc(re.sub(r"\s+", " ", s).strip())


def slugify(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# --------------------------------------------------------------------------------------
# Site structure
# --------------------------------------------------------------------------------------

CATS = {
    "tin-hoat-dong": {"name": "Tin hoạt động", "tabid": 64, "mid": 1034, "style": "paren"},
    "thong-bao": {"name": "Thông báo", "tabid": 65, "mid": 1036, "style": "ngaydang"},
    "an-toan-giao-thong": {"name": "An toàn giao thông", "tabid": 66, "mid": 1038, "style": "weekday"},
}


def art_url(cat: str, aid: int, title: str) -> str:
    return f"/tin-tuc/{cat}/ArticleId/{aid}/{slugify(title)}"


def img_path(dt: str, name: str) -> str:
    d = datetime.strptime(dt, "%Y-%m-%d %H:%M")
    return f"/Portals/0/TinTuc/{d:%Y}/{d:%m}/{d:%d}/{name}"


# Articles that exist only as list entries (their pages answer 404 on the test server).
GHOSTS = [
    # (cat, id, datetime, title, summary)
    ("tin-hoat-dong", 1230, "2024-01-19 14:10",
     "Sở Giao thông vận tải tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024",
     "Hội nghị đã thông qua quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ quan và phát động phong trào thi đua năm 2024."),
    ("tin-hoat-dong", 1222, "2024-01-12 09:30",
     "Kiểm tra công tác bảo đảm trật tự an toàn giao thông phục vụ Tết Nguyên đán Giáp Thìn",
     "Đoàn kiểm tra đã làm việc tại bến xe khách trung tâm tỉnh và một số doanh nghiệp vận tải hành khách tuyến cố định."),
    ("tin-hoat-dong", 1215, "2024-01-05 16:00",
     "Khởi công xây dựng cầu Suối Đá trên tuyến ĐT.647",
     "Cầu có chiều dài 66 m, kết cấu bê tông cốt thép dự ứng lực, dự kiến hoàn thành trong năm 2025."),
    ("tin-hoat-dong", 1209, "2023-12-28 10:20",
     "Công bố quyết định bổ nhiệm Phó Giám đốc Trung tâm Đăng kiểm xe cơ giới",
     "Quyết định có hiệu lực từ ngày ký, thời hạn giữ chức vụ là 05 năm."),
    ("tin-hoat-dong", 1203, "2023-12-21 15:45",
     "Nghiệm thu, đưa vào sử dụng tuyến đường nối Quốc lộ 1 với khu công nghiệp phía Bắc",
     "Tuyến đường dài 3,2 km được đầu tư từ nguồn vốn ngân sách tỉnh, góp phần hoàn thiện hạ tầng phục vụ thu hút đầu tư."),
    ("thong-bao", 1251, "2024-02-08 08:00",
     "Thông báo kết quả sát hạch lái xe ô tô tháng 01/2024",
     "Danh sách thí sinh đạt kết quả sát hạch được niêm yết tại Trung tâm sát hạch và đăng tải trên Cổng thông tin điện tử của Sở."),
    ("thong-bao", 1233, "2024-01-22 07:45",
     "Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024",
     "Cán bộ, công chức, viên chức, người lao động được nghỉ Tết Nguyên đán theo thông báo của UBND tỉnh."),
    ("an-toan-giao-thong", 1259, "2024-02-20 09:00",
     "Ra mắt mô hình “Cổng trường an toàn giao thông” tại thị xã Đông Hòa",
     "Mô hình được triển khai tại 12 trường tiểu học và trung học cơ sở trên địa bàn thị xã."),
    ("an-toan-giao-thong", 1236, "2024-01-24 14:30",
     "Ban An toàn giao thông tỉnh triển khai nhiệm vụ năm 2024",
     "Năm 2024 được xác định là năm tiếp tục siết chặt kỷ cương, nâng cao hiệu quả công tác bảo đảm trật tự an toàn giao thông."),
]

# Deleted article kept in the search index: its URL answers with a "not found" page (200).
SOFT404_PATH = "/tin-tuc/thong-bao/ArticleId/1102/thong-bao-lich-sat-hach-lai-xe-thang-11-2023"

# --------------------------------------------------------------------------------------
# Articles (all text invented)
# --------------------------------------------------------------------------------------
# body blocks:
#   ("p", html)                      paragraph (inline html allowed)
#   ("sub", text)                    bold sub-heading paragraph
#   ("br", [lines])                  one <p> with <br>-separated lines
#   ("ul", [items])                  bullet list
#   ("table", [[cells]...])          data table (first row = header)
#   ("img", style, file, caption, credit)   style: figure | figure_credit_span | table | italic
#   ("related", [ids])               "Tin liên quan" box inside the body
#   ("empty",)                       <p>&nbsp;</p>

ARTICLES = [
    dict(
        name="a01", id=1241, cat="tin-hoat-dong", dt="2024-01-25 08:40", updated=None,
        title="Sở Giao thông vận tải tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        prefix=None, lead_style="bold",
        lead="Năm 2023, ngành Giao thông vận tải tỉnh đã hoàn thành cơ bản các chỉ tiêu được giao, nhiều công trình trọng điểm được đưa vào khai thác, góp phần tạo động lực cho phát triển kinh tế - xã hội của địa phương.",
        body=[
            ("p", "Tham dự hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ban, ngành liên quan, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và toàn thể cán bộ, công chức, viên chức, người lao động của Sở."),
            ("img", "figure", "tongket2023_1.jpg", "Giám đốc Sở Giao thông vận tải báo cáo kết quả thực hiện nhiệm vụ năm 2023.", "Ảnh: Hoàng Minh"),
            ("p", "Theo báo cáo tại hội nghị, trong năm qua Sở đã tham mưu UBND tỉnh ban hành 14 văn bản quy phạm pháp luật và nhiều văn bản chỉ đạo, điều hành thuộc lĩnh vực giao thông vận tải. Công tác quản lý, bảo trì hệ thống đường tỉnh được duy trì thường xuyên, bảo đảm giao thông thông suốt, nhất là trong mùa mưa bão."),
            ("p", "Công tác cải cách hành chính tiếp tục có chuyển biến rõ nét. Toàn bộ 117 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được cung cấp dưới dạng <strong>dịch vụ công trực tuyến</strong>, trong đó tỷ lệ hồ sơ nộp trực tuyến đạt hơn 82%, không có hồ sơ trễ hạn."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như tiến độ giải phóng mặt bằng một số dự án còn chậm, tình trạng xe chở hàng vượt tải trọng vẫn còn diễn ra trên một số tuyến, nguồn vốn dành cho bảo trì đường bộ chưa đáp ứng nhu cầu."),
            ("sub", "Nhiệm vụ trọng tâm năm 2024"),
            ("p", "Năm 2024, ngành tập trung đẩy nhanh tiến độ các dự án giao thông trọng điểm, phấn đấu giải ngân 100% kế hoạch vốn được giao; tăng cường kiểm tra, xử lý nghiêm các hành vi vi phạm về tải trọng phương tiện và kinh doanh vận tải; nâng cao chất lượng công tác đào tạo, sát hạch, cấp giấy phép lái xe."),
            ("img", "figure", "tongket2023_2.jpg", "Đại diện các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.", "Ảnh: Hoàng Minh"),
            ("p", "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những kết quả mà ngành Giao thông vận tải đạt được, đồng thời đề nghị Sở chủ động phối hợp với các địa phương tháo gỡ vướng mắc trong công tác bồi thường, hỗ trợ, tái định cư để bàn giao mặt bằng sạch cho nhà thầu thi công."),
            ("p", "Dịp này, 05 tập thể và 12 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023 được nhận Bằng khen của Chủ tịch UBND tỉnh; 21 tập thể, cá nhân được Giám đốc Sở tặng Giấy khen."),
        ],
        sig=("bold_right", "Hoàng Minh"), authors=["Hoàng Minh"], unit=None,
        tags=["tổng kết năm 2023", "giao thông vận tải", "thi đua khen thưởng"],
    ),
    dict(
        name="a02", id=1248, cat="tin-hoat-dong", dt="2024-02-02 15:20", updated=None,
        title="Những điểm mới trong quy định về đào tạo, sát hạch, cấp giấy phép lái xe",
        prefix="(TTXVN) -", lead_style="summary",
        lead="Bộ Giao thông vận tải vừa ban hành Thông tư sửa đổi, bổ sung một số điều về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ, trong đó có nhiều nội dung mới liên quan trực tiếp đến học viên và cơ sở đào tạo.",
        body=[
            ("p", "Theo quy định mới, cơ sở đào tạo lái xe phải lắp đặt và sử dụng thiết bị giám sát thời gian và quãng đường học thực hành lái xe trên đường giao thông đối với học viên học lái xe ô tô. Dữ liệu từ thiết bị được truyền về cơ quan quản lý để làm căn cứ xét điều kiện dự sát hạch."),
            ("p", "Học viên cũng được ôn luyện trên phần mềm mô phỏng các tình huống giao thông trước khi tham gia sát hạch. Nội dung mô phỏng gồm các tình huống thường gặp như qua nơi giao nhau, đi trên đường cao tốc, đi trong điều kiện trời mưa hoặc ban đêm."),
            ("img", "table", "daotaolaixe.jpg", "Học viên thực hành trên sân sát hạch lái xe ô tô.", "Ảnh: TTXVN"),
            ("p", "Đối với người đã có giấy phép lái xe nhưng bị trừ hết điểm, việc sát hạch lại được thực hiện theo trình tự riêng, trong đó nội dung kiểm tra kiến thức pháp luật được chú trọng."),
            ("p", "Thông tư cũng quy định rõ trách nhiệm của Sở Giao thông vận tải các địa phương trong việc kiểm tra, giám sát hoạt động của cơ sở đào tạo và trung tâm sát hạch; kịp thời xử lý các trường hợp vi phạm, bảo đảm chất lượng đào tạo."),
            ("p", "Thông tư có hiệu lực thi hành sau 45 ngày kể từ ngày ký ban hành. Các khóa đào tạo đã khai giảng trước thời điểm này tiếp tục thực hiện theo quy định cũ cho đến khi kết thúc khóa học."),
        ],
        sig=("field_source", "TTXVN"), authors=[], unit="TTXVN",
        tags=["sát hạch", "giấy phép lái xe", "đào tạo lái xe"],
    ),
    dict(
        name="a03", id=1262, cat="thong-bao", dt="2024-02-26 00:00", updated=None,
        title="Thông báo tạm dừng hệ thống dịch vụ công trực tuyến để nâng cấp",
        prefix=None, lead_style=None, lead=None,
        body=[
            ("p", "Để nâng cấp hạ tầng kỹ thuật, Sở Giao thông vận tải tạm dừng tiếp nhận hồ sơ trực tuyến từ 18 giờ ngày 01/3/2024 đến 07 giờ ngày 04/3/2024."),
            ("p", "Trong thời gian này, tổ chức, cá nhân vui lòng nộp hồ sơ trực tiếp tại Bộ phận Một cửa của Sở."),
        ],
        sig=("bold_right", "Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        tags=["dịch vụ công trực tuyến"],
    ),
    dict(
        name="a04", id=1255, cat="tin-hoat-dong", dt="2024-02-15 10:05", updated=None,
        title="Kết quả kiểm soát tải trọng xe tháng 01/2024",
        prefix=None, lead_style="bold",
        lead="Trong tháng 01/2024, lực lượng Thanh tra Sở Giao thông vận tải đã kiểm tra 486 lượt phương tiện tại các trạm kiểm tra tải trọng xe lưu động, phát hiện và xử lý 37 trường hợp vi phạm.",
        body=[
            ("p", "Hoạt động kiểm tra được tổ chức liên tục từ ngày 02/01/2024 đến ngày 31/01/2024 trên các tuyến quốc lộ và đường tỉnh có lưu lượng xe tải lớn, tập trung vào các phương tiện chở vật liệu xây dựng, nông sản và hàng hóa xuất nhập khẩu."),
            ("p", "Kết quả cụ thể tại các tuyến như sau:"),
            ("table", [
                ["Tuyến kiểm tra", "Số lượt kiểm tra", "Số vụ vi phạm", "Tiền phạt (triệu đồng)"],
                ["Quốc lộ 1", "192", "14", "168,5"],
                ["Quốc lộ 25", "131", "11", "97,0"],
                ["Quốc lộ 29", "87", "7", "63,5"],
                ["Đường tỉnh ĐT.643", "76", "5", "41,0"],
                ["Tổng cộng", "486", "37", "370,0"],
            ]),
            ("img", "table", "kiemtratai_ql25.jpg", "Lực lượng Thanh tra Sở kiểm tra tải trọng xe tại trạm cân lưu động trên Quốc lộ 25.", None),
            ("p", "Các lỗi vi phạm chủ yếu là chở hàng vượt quá khối lượng cho phép của cầu, đường; tự ý thay đổi kích thước thành thùng xe; chở hàng vượt quá khối lượng hàng hóa cho phép tham gia giao thông ghi trong giấy chứng nhận kiểm định. Ngoài phạt tiền, cơ quan chức năng đã tước quyền sử dụng giấy phép lái xe có thời hạn đối với 9 trường hợp và đình chỉ lưu hành 4 phương tiện."),
            ("p", "Thời gian tới, Thanh tra Sở tiếp tục phối hợp với lực lượng Cảnh sát giao thông duy trì kiểm tra thường xuyên, đồng thời đề nghị các đơn vị kinh doanh vận tải, chủ hàng, bến bãi chấp hành nghiêm quy định về xếp hàng hóa lên xe."),
        ],
        sig=("em_right", "Ngọc Lan - Thanh tra Sở"), authors=["Ngọc Lan"], unit="Thanh tra Sở",
        tags=["tải trọng xe", "thanh tra giao thông"],
    ),
    dict(
        name="a05", id=1266, cat="thong-bao", dt="2024-03-01 00:00", updated=None,
        title="Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 3/2024",
        prefix=None, lead_style="summary",
        lead="Thực hiện quy định về tiếp công dân, Sở Giao thông vận tải thông báo lịch tiếp công dân định kỳ của lãnh đạo Sở trong tháng 3/2024 như sau:",
        body=[
            ("br", [
                "- Thứ Năm, ngày 07/3/2024: Giám đốc Sở trực tiếp tiếp công dân.",
                "- Thứ Năm, ngày 14/3/2024: Phó Giám đốc Sở phụ trách lĩnh vực kết cấu hạ tầng giao thông tiếp công dân.",
                "- Thứ Năm, ngày 21/3/2024: Phó Giám đốc Sở phụ trách lĩnh vực vận tải, phương tiện và người lái tiếp công dân.",
                "- Thứ Năm, ngày 28/3/2024: Giám đốc Sở trực tiếp tiếp công dân.",
            ]),
            ("p", "Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ 00 phút; buổi chiều từ 13 giờ 30 phút đến 16 giờ 30 phút."),
            ("p", "Địa điểm: Phòng tiếp công dân, tầng 1 trụ sở Sở Giao thông vận tải, số 38 đường Lê Duẩn, phường 7, thành phố Tuy Hòa."),
            ("p", "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh (nếu có)."),
        ],
        sig=("em_right", "Nguồn: Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        tags=["tiếp công dân"],
    ),
    dict(
        name="a06", id=1270, cat="tin-hoat-dong", dt="2024-03-06 16:30", updated=None,
        title="Ra quân giải tỏa vi phạm hành lang an toàn đường bộ trên tuyến ĐT.645",
        prefix=None, lead_style="bold",
        lead="Sở Giao thông vận tải phối hợp với UBND huyện Sơn Hòa tổ chức ra quân giải tỏa các công trình, vật kiến trúc vi phạm hành lang an toàn đường bộ trên tuyến ĐT.645, đoạn qua địa bàn thị trấn Củng Sơn.",
        body=[
            ("p", "Sáng ngày 05/3/2024, lực lượng chức năng gồm Thanh tra Sở, Đội Quản lý trật tự đô thị huyện, Công an thị trấn và đơn vị quản lý đường bộ đã có mặt tại hiện trường để thực hiện kế hoạch giải tỏa."),
            ("p", "Trước đó, trong tháng 02/2024, đoàn kiểm tra liên ngành đã rà soát, lập biên bản đối với 64 trường hợp lấn chiếm hành lang an toàn đường bộ, chủ yếu là dựng mái che, bày bán hàng hóa, tập kết vật liệu xây dựng và đặt biển quảng cáo trái phép."),
            ("related", [1255, 1241, 1203]),
            ("img", "italic", "giaitoa_dt645.jpg", "Lực lượng chức năng tháo dỡ mái che lấn chiếm hành lang đường bộ", "Ảnh: Minh Khoa"),
            ("p", "Qua tuyên truyền, vận động, đến nay đã có 51 hộ tự giác tháo dỡ, di dời công trình vi phạm. Đối với 13 trường hợp còn lại, lực lượng chức năng tiến hành cưỡng chế theo quy định, đồng thời hỗ trợ nhân lực, phương tiện giúp các hộ dân vận chuyển tài sản."),
            ("p", "Theo đại diện Thanh tra Sở, sau đợt ra quân, các lực lượng sẽ tiếp tục tuần tra, kiểm soát để ngăn chặn tình trạng tái lấn chiếm. UBND thị trấn được giao trách nhiệm quản lý, giữ gìn hành lang đường bộ sau khi giải tỏa."),
            ("p", "Dự kiến trong quý II/2024, Sở sẽ phối hợp với các huyện, thị xã còn lại tổ chức các đợt ra quân tương tự trên các tuyến đường tỉnh khác."),
        ],
        sig=("bold_right", "Tin, ảnh: Minh Khoa"), authors=["Minh Khoa"], unit=None,
        tags=["hành lang an toàn đường bộ", "ĐT.645"],
    ),
    dict(
        name="a07", id=1274, cat="tin-hoat-dong", dt="2024-03-11 09:15", updated=None,
        title="Kiểm tra tiến độ dự án nâng cấp, mở rộng tuyến đường ven biển phía Nam",
        prefix=None, lead_style="summary",
        lead="Đoàn công tác của Sở Giao thông vận tải vừa kiểm tra thực tế tiến độ thi công dự án nâng cấp, mở rộng tuyến đường ven biển phía Nam, đoạn Km12 - Km27.",
        body=[
            ("p", "Dự án có tổng mức đầu tư hơn 480 tỷ đồng, được khởi công từ tháng 6/2023 với chiều dài toàn tuyến 15 km, quy mô đường cấp III đồng bằng, bề rộng nền đường 12 m. Đến nay, khối lượng thi công đạt khoảng 46% giá trị hợp đồng."),
            ("img", "italic", "kiemtra_venbien_1.jpg", "Đoàn kiểm tra làm việc tại hiện trường thi công cầu Suối Cát.", None),
            ("p", "Tại hiện trường, các nhà thầu đang tập trung nhân lực, máy móc thi công nền đường, cống thoát nước ngang và các trụ cầu. Tuy nhiên, còn khoảng 1,8 km chưa được bàn giao mặt bằng do vướng mắc trong công tác xác định nguồn gốc đất của một số hộ dân."),
            ("p", "Phó Giám đốc Sở đề nghị Ban Quản lý dự án phối hợp chặt chẽ với chính quyền địa phương đẩy nhanh công tác bồi thường, giải phóng mặt bằng; yêu cầu các nhà thầu bổ sung mũi thi công, tận dụng thời tiết thuận lợi của mùa khô để đẩy nhanh tiến độ, đồng thời bảo đảm chất lượng công trình và an toàn lao động."),
            ("img", "italic", "kiemtra_venbien_2.jpg", "Thi công nền đường đoạn qua xã An Hòa Hải", "Ảnh: Đức Tâm"),
            ("p", "Đối với các đoạn tuyến vừa thi công vừa bảo đảm giao thông, đơn vị thi công phải bố trí đầy đủ biển báo, đèn tín hiệu và người hướng dẫn, không để xảy ra ùn tắc, tai nạn giao thông."),
        ],
        sig=("plain_right", "Đức Tâm - Ban Quản lý dự án"), authors=["Đức Tâm"], unit="Ban Quản lý dự án",
        tags=["đường ven biển", "giải phóng mặt bằng"],
    ),
    dict(
        name="a08", id=1278, cat="an-toan-giao-thong", dt="2024-03-12 15:40", updated="2024-03-13 08:05",
        title="Tăng cường tuyên truyền pháp luật về trật tự an toàn giao thông trong trường học",
        prefix=None, lead_style="bold",
        lead="Năm học 2023 - 2024, Ban An toàn giao thông tỉnh phối hợp với ngành Giáo dục triển khai nhiều hình thức tuyên truyền, giúp học sinh nâng cao ý thức chấp hành pháp luật khi tham gia giao thông.",
        body=[
            ("p", "Theo kế hoạch, các hoạt động tuyên truyền được tổ chức lồng ghép vào giờ chào cờ, sinh hoạt lớp và các hoạt động ngoại khóa, với nhiều nội dung thiết thực:"),
            ("ul", [
                "Tổ chức hội thi tìm hiểu pháp luật về an toàn giao thông cho học sinh trung học cơ sở và trung học phổ thông;",
                "Hướng dẫn kỹ năng đi xe đạp, xe đạp điện an toàn và đội mũ bảo hiểm đúng cách;",
                "Ký cam kết giữa nhà trường, gia đình và học sinh về việc không giao xe cho người chưa đủ tuổi điều khiển;",
                "Trao tặng mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn.",
            ]),
            ("img", "figure_paren", "tuyentruyen_truonghoc.jpg", "Học sinh tham gia hội thi tìm hiểu pháp luật về an toàn giao thông", "Ảnh: Lê Vy"),
            ("p", "Từ đầu năm học đến nay, đã có hơn 35.000 lượt học sinh trên địa bàn tỉnh được tham gia các buổi tuyên truyền trực tiếp. Nhiều trường đã thành lập đội thanh niên tình nguyện hướng dẫn học sinh ra vào cổng trường vào giờ cao điểm."),
            ("p", "Tuy nhiên, tình trạng học sinh chưa đủ tuổi điều khiển xe mô tô, xe gắn máy, không đội mũ bảo hiểm hoặc dàn hàng ngang trên đường vẫn còn xảy ra. Ban An toàn giao thông tỉnh đề nghị các trường học tăng cường phối hợp với gia đình trong việc quản lý, giáo dục học sinh."),
        ],
        sig=("bold_right", "Văn phòng Ban An toàn giao thông tỉnh"), authors=[],
        unit="Văn phòng Ban An toàn giao thông tỉnh",
        tags=["an toàn giao thông trường học", "mũ bảo hiểm"],
    ),
    dict(
        name="a09", id=1281, cat="tin-hoat-dong", dt="2024-03-14 14:00", updated=None,
        title="Trung tâm Đăng kiểm xe cơ giới tổng kết công tác năm 2023",
        prefix=None, lead_style="bold",
        lead="Năm 2023, Trung tâm Đăng kiểm xe cơ giới đã kiểm định gần 19.000 lượt phương tiện, vượt 8% so với kế hoạch, bảo đảm đúng quy trình, không để xảy ra tình trạng ùn tắc kéo dài tại các dây chuyền kiểm định.",
        body=[
            ("p", "Hội nghị được tổ chức nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2023 và bàn giải pháp triển khai kế hoạch năm 2024. Dự hội nghị có lãnh đạo Sở Giao thông vận tải, đại diện Phòng Quản lý vận tải, phương tiện và người lái cùng toàn thể viên chức, người lao động của Trung tâm."),
            ("p", "Trong năm, Trung tâm đã chủ động mở rộng thời gian làm việc vào ngày thứ Bảy, bố trí thêm nhân lực vào các thời điểm cao điểm, giúp giải quyết kịp thời nhu cầu kiểm định của người dân và doanh nghiệp. Tỷ lệ phương tiện không đạt tiêu chuẩn ở lần kiểm định đầu chiếm khoảng 11%, chủ yếu do hệ thống phanh, đèn chiếu sáng và khí thải."),
            ("img", "table", "dangkiem_tongket.jpg", "Quang cảnh hội nghị.", None),
            ("p", "Năm 2024, Trung tâm đặt mục tiêu kiểm định khoảng 20.000 lượt phương tiện; hoàn thành việc đầu tư bổ sung một dây chuyền kiểm định xe cơ giới hạng nặng; triển khai đặt lịch kiểm định trực tuyến để giảm thời gian chờ đợi."),
            ("p", "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ mới và ký giao ước thi đua giữa các bộ phận chuyên môn."),
        ],
        sig=("bold_right", "Phương Thảo"), authors=["Phương Thảo"], unit=None,
        tags=["đăng kiểm", "tổng kết năm 2023"],
    ),
    dict(
        name="a10", id=1283, cat="an-toan-giao-thong", dt="2024-03-14 07:30", updated=None,
        title="Lắp đặt thêm camera giám sát giao thông tại các nút giao trọng điểm",
        prefix="(BPY) –", lead_style="bold",
        lead="Nhằm tăng cường công tác bảo đảm trật tự an toàn giao thông, tỉnh đang triển khai lắp đặt bổ sung hệ thống camera giám sát tại 18 nút giao trọng điểm ở thành phố Tuy Hòa và thị xã Đông Hòa.",
        body=[
            ("p", "Hệ thống camera có khả năng nhận dạng biển số, phát hiện các hành vi vượt đèn đỏ, đi sai làn đường, dừng đỗ trái quy định và truyền dữ liệu trực tiếp về trung tâm điều hành. Hình ảnh vi phạm sẽ được sử dụng làm căn cứ để xử phạt theo quy định."),
            ("img", "figure", "camera_nutgiao.jpg", "Camera giám sát giao thông được lắp đặt tại một nút giao trên đường Hùng Vương.", None),
            ("p", "Theo đơn vị thi công, toàn bộ hạng mục dự kiến hoàn thành trong tháng 5/2024. Sau khi đưa vào vận hành, dữ liệu từ camera còn được dùng để phân tích lưu lượng, phục vụ việc điều chỉnh chu kỳ đèn tín hiệu phù hợp với từng khung giờ."),
            ("p", "Đại diện Sở Giao thông vận tải cho biết, việc ứng dụng công nghệ trong quản lý giao thông là một trong những nhiệm vụ của đề án chuyển đổi số của ngành, góp phần giảm tải cho lực lượng chức năng và nâng cao ý thức chấp hành pháp luật của người tham gia giao thông."),
        ],
        sig=("plain_right_strong_label", "Báo Phú Yên điện tử"), authors=[], unit="Báo Phú Yên điện tử",
        tags=["camera giám sát", "chuyển đổi số"],
    ),
    dict(
        name="a11", id=1286, cat="an-toan-giao-thong", dt="2024-03-18 10:10", updated="2024-03-18 16:45",
        title="Tình hình trật tự an toàn giao thông tháng 02/2024",
        prefix=None, lead_style="summary",
        lead="Tháng 02/2024, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị thương 6 người. So với cùng kỳ năm 2023, giảm 3 vụ, giảm 2 người chết và giảm 4 người bị thương.",
        body=[
            ("p", "Các vụ tai nạn chủ yếu xảy ra trên Quốc lộ 1 và các tuyến đường liên xã, vào khung giờ chiều tối. Nguyên nhân chính là người điều khiển phương tiện đi không đúng phần đường, chuyển hướng không quan sát, chạy quá tốc độ và sử dụng rượu, bia khi lái xe."),
            ("p", "Trong dịp Tết Nguyên đán Giáp Thìn, lực lượng chức năng đã tăng cường tuần tra, kiểm soát, tập trung xử lý vi phạm nồng độ cồn. Kết quả trong tháng đã phát hiện, lập biên bản:"),
            ("ul", [
                "1.246 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 2,1 tỷ đồng;",
                "312 trường hợp vi phạm quy định về nồng độ cồn;",
                "tạm giữ 287 phương tiện các loại, tước giấy phép lái xe có thời hạn 158 trường hợp.",
            ]),
            ("img", "figure_credit_only", "tuantra_nongdocon.jpg", None, "Ảnh: Quang Huy"),
            ("p", "Tháng 3/2024, Ban An toàn giao thông tỉnh đề nghị các thành viên tiếp tục triển khai cao điểm bảo đảm trật tự an toàn giao thông dịp lễ hội đầu xuân, đặc biệt tại các tuyến dẫn vào khu du lịch, di tích và các tuyến có mật độ xe khách lớn."),
        ],
        sig=("bold_em_right", "Tin, ảnh: Quang Huy"), authors=["Quang Huy"], unit=None,
        tags=["tai nạn giao thông", "nồng độ cồn"],
    ),
    dict(
        name="a12", id=1290, cat="tin-hoat-dong", dt="2024-03-19 08:00", updated=None,
        title="Sở Giao thông vận tải đối thoại với doanh nghiệp vận tải năm 2024",
        prefix=None, lead_style=None, lead=None,
        body=[
            ("p", "Ngày 18/3,&nbsp;Sở Giao thông vận tải tổ chức hội nghị đối thoại với các doanh nghiệp, hợp tác xã kinh doanh vận tải trên địa bàn tỉnh nhằm lắng nghe, tháo gỡ khó khăn, vướng mắc trong hoạt động sản xuất, kinh doanh."),
            ("p", "Tại hội nghị, đại diện các doanh nghiệp đã nêu nhiều kiến nghị liên quan đến thủ tục cấp phù hiệu xe, việc bố trí điểm dừng đón, trả khách trên các tuyến cố định, tình trạng xe dù, bến cóc hoạt động cạnh tranh không lành mạnh và chi phí lắp đặt camera giám sát trên xe."),
            ("img", "figure_credit_span", "doithoai_dn_2024.jpg", "Lãnh đạo Sở trả lời kiến nghị của doanh nghiệp tại hội nghị.", "Ảnh: Hữu Phước"),
            ("p", "Trả lời các kiến nghị, lãnh đạo Sở cho biết toàn bộ thủ tục cấp phù hiệu, giấy phép kinh doanh vận tải đã được thực hiện trực tuyến toàn trình, doanh nghiệp không phải đến trụ sở Sở để nộp hồ sơ. Sở sẽ tiếp tục phối hợp với lực lượng Công an và chính quyền các địa phương xử lý nghiêm tình trạng xe dù, bến cóc."),
            ("empty",),
            ("p", "Đối với các kiến nghị vượt thẩm quyền, Sở sẽ tổng hợp, báo cáo UBND tỉnh và Bộ Giao thông vận tải xem xét, giải quyết theo&nbsp;quy định."),
        ],
        sig=("bold_right", "Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        tags=["doanh nghiệp vận tải", "đối thoại"],
    ),
]

for _a in ARTICLES:
    _a["url"] = art_url(_a["cat"], _a["id"], _a["title"])
BY_ID = {a["id"]: a for a in ARTICLES}


def ghost_url(g):
    return art_url(g[0], g[1], g[3])


def all_items(cat=None):
    """(id, url, dt, title, summary, thumb) of every news item, newest first."""
    items = []
    for a in ARTICLES:
        if cat and a["cat"] != cat:
            continue
        first_img = next((b for b in a["body"] if b[0] == "img"), None)
        thumb = img_path(a["dt"], first_img[2]) if first_img else "/Portals/0/TinTuc/no-image.jpg"
        summary = a["lead"] or plain(next(b[1] for b in a["body"] if b[0] == "p"))
        items.append((a["id"], a["url"], a["dt"], a["title"], summary, thumb, a["cat"]))
    for g in GHOSTS:
        if cat and g[0] != cat:
            continue
        items.append((g[1], ghost_url(g), g[2], g[3], g[4], img_path(g[2], f"tin{g[1]}.jpg"), g[0]))
    items.sort(key=lambda x: (x[2], x[0]), reverse=True)
    return items


def dmy(dt: str, time=False) -> str:
    d = datetime.strptime(dt, "%Y-%m-%d %H:%M")
    return d.strftime("%d/%m/%Y %H:%M") if time else d.strftime("%d/%m/%Y")


def iso(dt: str) -> str:
    d = datetime.strptime(dt, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


# --------------------------------------------------------------------------------------
# DNN scaffolding
# --------------------------------------------------------------------------------------

def b64(rng: random.Random, n: int) -> str:
    raw = bytes(rng.getrandbits(8) for _ in range(n * 3 // 4))
    return base64.b64encode(raw).decode()[:n]


MENU = [
    ("Trang chủ", "/", 21, []),
    ("Giới thiệu", "/gioi-thieu", 55, [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu", 56),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc", 57),
        ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so", 58),
        ("Đơn vị trực thuộc", "/gioi-thieu/don-vi-truc-thuoc", 59),
    ]),
    ("Tin tức", "/tin-tuc", 63, [
        ("Tin hoạt động", "/tin-tuc/tin-hoat-dong", 64),
        ("Thông báo", "/tin-tuc/thong-bao", 65),
        ("An toàn giao thông", "/tin-tuc/an-toan-giao-thong", 66),
        ("Cải cách hành chính", "/tin-tuc/cai-cach-hanh-chinh", 67),
        ("Chuyển đổi số", "/tin-tuc/chuyen-doi-so", 68),
    ]),
    ("Văn bản", "/van-ban", 70, [
        ("Văn bản quy phạm pháp luật", "/van-ban/van-ban-qppl", 71),
        ("Văn bản chỉ đạo, điều hành", "/van-ban/chi-dao-dieu-hanh", 72),
        ("Dự thảo lấy ý kiến", "/van-ban/du-thao", 73),
    ]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", 75, [
        ("Danh mục thủ tục", "/thu-tuc-hanh-chinh/danh-muc", 76),
        ("Tra cứu hồ sơ", "/thu-tuc-hanh-chinh/tra-cuu-ho-so", 77),
    ]),
    ("Quy hoạch - Kế hoạch", "/quy-hoach-ke-hoach", 80, []),
    ("Hỏi đáp", "/hoi-dap", 82, [
        ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi", 83),
        ("Câu hỏi đã trả lời", "/hoi-dap/da-tra-loi", 84),
    ]),
    ("Liên hệ", "/lien-he", 86, []),
]


def ddr_menu(active_path: str) -> str:
    out = ['<div id="dnn_pnlNav" class="hbx-nav">',
           '<!-- DDRMenu v02.00.01 - HBX_Mega template -->',
           '<ul class="topLevel" id="dnn_dnnMENU_RadMenu1">']
    for i, (text, href, tabid, children) in enumerate(MENU):
        cls = ["item"]
        if i == 0:
            cls.append("first")
        if i == len(MENU) - 1:
            cls.append("last")
        if children:
            cls.append("haschild")
        in_bc = (href == "/" and active_path == "/") or (href != "/" and active_path.startswith(href))
        if in_bc:
            cls += ["selected", "breadcrumb"]
        out.append(f'\t<li class="{" ".join(cls)}" id="mnu-{tabid}">')
        out.append(f'\t\t<a href="{href}" title="{esc(text)}"><div><span>{esc(text)}</span></div></a>')
        if children:
            out.append('\t\t<div class="subLevel"><ul>')
            for j, (ct, ch, ctab) in enumerate(children):
                ccls = ["item"]
                if j == 0:
                    ccls.append("first")
                if j == len(children) - 1:
                    ccls.append("last")
                if active_path.startswith(ch):
                    ccls += ["selected", "breadcrumb"]
                out.append(f'\t\t\t<li class="{" ".join(ccls)}" id="mnu-{ctab}"><a href="{ch}" title="{esc(ct)}"><span>{esc(ct)}</span></a></li>')
            out.append('\t\t</ul></div>')
        out.append('\t</li>')
    out.append('</ul>')
    out.append('</div>')
    return "\n".join(out)


def breadcrumb(trail) -> str:
    parts = []
    for pos, (text, href) in enumerate(trail, 1):
        parts.append(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(text)}</span></a>'
            f'<meta itemprop="position" content="{pos}" /></span>')
    inner = '<img src="/images/breadcrumb.gif" alt="" class="breadcrumbSep" />'.join(parts)
    return ('<div class="hbx-breadcrumb"><a href="/" class="hbx-bc-home" title="Trang chủ"><i class="fa fa-home"></i></a>'
            '<img src="/images/breadcrumb.gif" alt="" class="breadcrumbSep" />'
            '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
            '<span itemscope itemtype="http://schema.org/BreadcrumbList">' + inner + '</span></span></div>')


def module(mid: int, modname: str, title: str | None, inner: str, container="c_blue",
           modclass: str | None = None) -> str:
    modclass = modclass or ("Mod" + modname.replace("_", "") + "C")
    head = ""
    if title:
        head = (f'<div class="c_head"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
                f'class="c_title_text">{esc(title)}</span></h2></div>\n')
    return (f'<div class="DnnModule DnnModule-{modname} DnnModule-{mid}"><a name="{mid}"></a>\n'
            f'<div class="c_container {container}">\n{head}'
            f'<div id="dnn_ctr{mid}_ContentPane" class="c_content"><!-- Start_Module_{mid} -->'
            f'<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent {modclass}">\n'
            f'{inner}\n</div><!-- End_Module_{mid} --></div>\n'
            f'<div class="c_footer"></div>\n</div>\n</div>')


def html_module(mid: int, title: str | None, content: str, container="c_blue") -> str:
    inner = (f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">\n{content}\n</div>')
    return module(mid, "DNN_HTML", title, inner, container, "ModDNNHTMLC")


def head(title: str, description: str, keywords: str, canonical: str, extra_meta: str = "") -> str:
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2017, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
\t{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(description)}" /><meta id="MetaKeywords" name="KEYWORDS" content="{esc(keywords)}" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/HBX.TinTuc/module.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/HBX.BinhChon/module.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{SKIN}/skin.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{SKIN}/css/bootstrap.min.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{SKIN}/css/font-awesome.min.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{CONT}/container.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_11_03/jquery-ui.js?cdv={CDV}" type="text/javascript"></script><link rel="canonical" href="{HOST}{esc(canonical)}" />{extra_meta}<link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2019-05-14-101522-737' type='image/x-icon' />     <meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
"""


def form_open(action: str, rng: random.Random, vs_len: int) -> str:
    vs = "/wEPDwULLTE2NDc3MjM4NjUPZBYGZg8WAh4EVGV4dAU+PCFET0NUWVBFIGh0bWw+" + b64(rng, vs_len)
    ev = "/wEdAA" + b64(rng, 180)
    wr = b64(rng, 86).replace("+", "-").replace("/", "_")
    sr1 = b64(rng, 120).replace("+", "-").replace("/", "_")
    sr2 = b64(rng, 120).replace("+", "-").replace("/", "_")
    return f"""<body id="Body">
\t\t
    <form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
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


<script src="/WebResource.axd?d={wr}&amp;t=636354722120000000" type="text/javascript"></script>


<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","IsReadOnly":false,"CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"PercentGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","CurrencyNegativePattern":8,"NumberNegativePattern":1,"PercentPositivePattern":0,"PercentNegativePattern":0,"NegativeInfinitySymbol":"-∞","NegativeSign":"-","NumberDecimalDigits":2,"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencyPositivePattern":3,"PositiveInfinitySymbol":"∞","PositiveSign":"+","PercentDecimalDigits":2,"PercentDecimalSeparator":",","PercentGroupSeparator":".","PercentSymbol":"%","PerMilleSymbol":"‰","NativeDigits":["0","1","2","3","4","5","6","7","8","9"],"DigitSubstitution":1}},"dateTimeFormat":{{"AMDesignator":"SA","Calendar":{{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","AlgorithmType":1,"CalendarType":1,"Eras":[1],"TwoDigitYearMax":2029,"IsReadOnly":false}},"DateSeparator":"/","FirstDayOfWeek":1,"CalendarWeekRule":0,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","LongTimePattern":"h:mm:ss tt","MonthDayPattern":"dd MMMM","PMDesignator":"CH","RFC1123Pattern":"ddd, dd MMM yyyy HH\\u0027:\\u0027mm\\u0027:\\u0027ss \\u0027GMT\\u0027","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","SortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd\\u0027T\\u0027HH\\u0027:\\u0027mm\\u0027:\\u0027ss","TimeSeparator":":","UniversalSortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd HH\\u0027:\\u0027mm\\u0027:\\u0027ss\\u0027Z\\u0027","YearMonthPattern":"MMMM yyyy","AbbreviatedDayNames":["CN","Hai","Ba","Tư","Năm","Sáu","Bảy"],"ShortestDayNames":["C","H","B","T","N","S","B"],"DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"AbbreviatedMonthNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""],"IsReadOnly":false,"NativeCalendarName":"Lịch Gregory","AbbreviatedMonthGenitiveNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthGenitiveNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""]}},"eras":[1,"sau CN",null,0]}};//]]>
</script>

<script src="/ScriptResource.axd?d={sr1}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={sr2}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div><script src="/js/dnn.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnncore.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv={CDV}" type="text/javascript"></script><script src="/DesktopModules/HBX.TinTuc/js/hbx.tintuc.js?cdv={CDV}" type="text/javascript"></script><script src="{SKIN}/js/bootstrap.min.js?cdv={CDV}" type="text/javascript"></script><script src="{SKIN}/js/hbx.skin.js?cdv={CDV}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', ['tdnn$ctr1104$ThongKe$upThongKe','dnn_ctr1104_ThongKe_upThongKe'], [], [], 90, '');
//]]>
</script>

"""


def form_close(tabid: int, rng: random.Random) -> str:
    tok = b64(rng, 92).replace("/", "_").replace("+", "-")
    return f"""
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tabid}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{tok}" />
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
    <!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV})-->
    <!--CDF(Css|{SKIN}/skin.css?cdv={CDV})-->
    <!--CDF(Css|{CONT}/container.css?cdv={CDV})-->
    <!--CDF(Css|/Portals/0/portal.css?cdv={CDV})-->
    <!--CDF(Javascript|/js/dnncore.js?cdv={CDV})-->
    <!--CDF(Javascript|/js/dnn.modalpopup.js?cdv={CDV})-->
    <!--CDF(Javascript|/Resources/libraries/jQuery/01_09_01/jquery.js?cdv={CDV})-->
    <!--CDF(Javascript|/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv={CDV})-->
    <!--CDF(Javascript|/Resources/libraries/jQuery-UI/01_11_03/jquery-ui.js?cdv={CDV})-->
    
</body>
</html>
"""


def header(path: str) -> str:
    login = "/dang-nhap?returnurl=" + (path.replace("/", "%2f").replace("?", "%3f").replace("=", "%3d").replace("&", "%26") if path != "/" else "%2f")
    return f"""
<!--[if lt IE 9]><div class="hbx-oldie">Trình duyệt của bạn đã cũ, vui lòng nâng cấp để xem trang tốt hơn.</div><![endif]-->
<div id="hbx-wrapper" class="hbx-page">
  <div class="hbx-topbar">
    <div class="container">
      <div class="hbx-today"><i class="fa fa-calendar"></i> <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span></div>
      <div class="hbx-toplinks">
        <a href="/">Trang chủ</a> | <a href="/so-do-website">Sơ đồ website</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss" title="RSS"><img src="{SKIN}/images/rss.png" alt="RSS" /></a> | <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{login}">Đăng nhập</a>
      </div>
    </div>
  </div>
  <div class="hbx-header">
    <div class="container">
      <a id="dnn_dnnLOGO_hypLogo" title="{esc(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo_sgtvt.png" alt="{esc(SITE)}" /></a>
      <div class="hbx-banner-text">
        <div class="hbx-banner-line1">ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN</div>
        <div class="hbx-banner-line2">SỞ GIAO THÔNG VẬN TẢI</div>
      </div>
      <div class="hbx-search">
        <span id="dnn_dnnSEARCH_ClassicSearch">
          <input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Tìm kiếm" autocomplete="off" placeholder="Tìm kiếm tin tức..." />
          <a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)"><i class="fa fa-search"></i></a>
        </span>
      </div>
    </div>
  </div>
  <div class="hbx-menubar">
    <div class="container">
{ddr_menu(path)}
    </div>
  </div>
  <div class="hbx-marquee"><div class="container"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024) và mừng Xuân Giáp Thìn 2024 &nbsp;&nbsp;&nbsp; * &nbsp;&nbsp;&nbsp; Tổ chức, cá nhân thực hiện thủ tục hành chính qua Cổng Dịch vụ công để tiết kiệm thời gian, chi phí</marquee></div></div>
"""


VANBAN = [
    ("Quyết định số 215/QĐ-SGTVT", "Ban hành Kế hoạch kiểm tra công tác đào tạo, sát hạch lái xe năm 2024", "12/03/2024"),
    ("Kế hoạch số 48/KH-SGTVT", "Triển khai công tác bảo đảm trật tự an toàn giao thông quý II/2024", "08/03/2024"),
    ("Công văn số 612/SGTVT-QLVT", "Về việc tăng cường quản lý hoạt động vận tải hành khách bằng xe ô tô", "04/03/2024"),
    ("Quyết định số 187/QĐ-SGTVT", "Công bố danh mục thủ tục hành chính được chuẩn hóa", "27/02/2024"),
    ("Thông báo số 35/TB-SGTVT", "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 02/2024", "23/02/2024"),
    ("Công văn số 540/SGTVT-KCHT", "Về việc bảo đảm an toàn giao thông trong mùa khô năm 2024", "19/02/2024"),
]


def left_pane(active_cat: str | None) -> str:
    cats = "\n".join(
        f'<li class="{"active" if k == active_cat else ""}"><a href="/tin-tuc/{k}"><i class="fa fa-caret-right"></i> {esc(v["name"])}</a></li>'
        for k, v in CATS.items())
    cats += ('\n<li><a href="/tin-tuc/cai-cach-hanh-chinh"><i class="fa fa-caret-right"></i> Cải cách hành chính</a></li>'
             '\n<li><a href="/tin-tuc/chuyen-doi-so"><i class="fa fa-caret-right"></i> Chuyển đổi số</a></li>')
    vb = "\n".join(
        f'<li><a href="/van-ban/chi-tiet/id/{3310 - i * 7}" title="{esc(t)}"><span class="hbx-vb-so">{esc(s)}</span></a>'
        f'<div class="hbx-vb-trichyeu">{esc(t)}</div><span class="hbx-vb-ngay">Ngày ban hành: {d}</span></li>'
        for i, (s, t, d) in enumerate(VANBAN))
    m1 = module(1040, "HBX_DanhMuc", "Chuyên mục tin",
                f'<div id="dnn_ctr1040_DanhMuc_pnlMenu" class="hbx-catmenu"><ul>\n{cats}\n</ul></div>', "c_blue")
    m2 = module(1042, "HBX_VanBan", "Văn bản mới",
                f'<div class="hbx-vanban-list"><marquee direction="up" scrollamount="2" height="260" onmouseover="this.stop();" onmouseout="this.start();"><ul>\n{vb}\n</ul></marquee>'
                f'<div class="hbx-more"><a href="/van-ban">Xem tất cả »</a></div></div>', "c_blue")
    m3 = html_module(1044, "Dịch vụ công", """<div class="hbx-dvc">
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/Portals/0/Banner/cong-dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" /></a>
<a href="https://dichvucong.phuyen.gov.vn" target="_blank" rel="noopener"><img src="/Portals/0/Banner/dvc-tinh.png" alt="Cổng Dịch vụ công tỉnh" /></a>
<a href="/thu-tuc-hanh-chinh/tra-cuu-ho-so"><img src="/Portals/0/Banner/tra-cuu-ho-so.png" alt="Tra cứu hồ sơ" /></a>
<a href="/thu-tuc-hanh-chinh/danh-muc"><img src="/Portals/0/Banner/bo-thu-tuc.png" alt="Bộ thủ tục hành chính" /></a>
<a href="https://csgt.vn/tra-cuu-phuong-tien-vi-pham.html" target="_blank" rel="noopener"><img src="/Portals/0/Banner/tra-cuu-phat-nguoi.png" alt="Tra cứu phương tiện vi phạm" /></a>
<a href="https://gplx.gov.vn" target="_blank" rel="noopener"><img src="/Portals/0/Banner/tra-cuu-gplx.png" alt="Tra cứu giấy phép lái xe" /></a>
</div>""")
    m4 = html_module(1046, "Lịch công tác", """<div class="hbx-lichct">
<p class="hbx-lichct-week">Tuần 12 (18/03/2024 - 24/03/2024)</p>
<ul>
<li><a href="/lich-cong-tac/tuan/12"><i class="fa fa-clock-o"></i> Lịch công tác của lãnh đạo Sở</a></li>
<li><a href="/lich-cong-tac/tuan/11"><i class="fa fa-clock-o"></i> Lịch công tác tuần trước</a></li>
</ul>
</div>""")
    m5 = html_module(1048, "Video clip", """<div class="hbx-video">
<video width="100%" height="180" controls preload="none" poster="/Portals/0/Video/poster_atgt.jpg"><source src="/Portals/0/Video/atgt_2024.mp4" type="video/mp4" /></video>
<ul class="hbx-video-list">
<li><a href="/video/id/41">Phóng sự: Đảm bảo an toàn giao thông mùa lễ hội</a></li>
<li><a href="/video/id/40">Hướng dẫn nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến</a></li>
<li><a href="/video/id/38">Tuyên truyền đội mũ bảo hiểm cho trẻ em</a></li>
</ul>
</div>""")
    return (f'<div id="dnn_LeftPane" class="col-md-3 col-sm-12 LeftPane">\n{m1}\n{m2}\n{m3}\n{m4}\n{m5}\n</div>')


LINKS = [
    ("Chính phủ", [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"), ("Báo Điện tử Chính phủ", "https://baochinhphu.vn")]),
    ("Các bộ, ngành ở TW", [("Bộ Giao thông vận tải", "https://mt.gov.vn"), ("Cục Đường bộ Việt Nam", "https://drvn.gov.vn"), ("Cục Đăng kiểm Việt Nam", "https://vr.org.vn")]),
    ("Tỉnh ủy, UBND tỉnh", [("Cổng thông tin điện tử tỉnh", "https://phuyen.gov.vn"), ("Tỉnh ủy", "https://tinhuyphuyen.vn")]),
    ("Sở, ban, ngành", [("Sở Tài chính", "https://stc.phuyen.gov.vn"), ("Sở Xây dựng", "https://sxd.phuyen.gov.vn"), ("Sở Tư pháp", "https://stp.phuyen.gov.vn"), ("Sở Nội vụ", "https://snv.phuyen.gov.vn")]),
    ("UBND huyện, thị xã", [("UBND thành phố Tuy Hòa", "https://tuyhoa.phuyen.gov.vn"), ("UBND thị xã Đông Hòa", "https://donghoa.phuyen.gov.vn"), ("UBND huyện Sơn Hòa", "https://sonhoa.phuyen.gov.vn")]),
]


def right_pane(seed: int) -> str:
    rng = random.Random(seed)
    poll = module(1102, "HBX_BinhChon", "Thăm dò ý kiến", """<div id="dnn_ctr1102_BinhChon_pnlPoll" class="hbx-poll">
<p class="hbx-poll-question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính trực tuyến của Sở?</p>
<table id="dnn_ctr1102_BinhChon_rblOptions" class="hbx-poll-options">
<tr><td><input id="dnn_ctr1102_BinhChon_rblOptions_0" type="radio" name="dnn$ctr1102$BinhChon$rblOptions" value="1" /><label for="dnn_ctr1102_BinhChon_rblOptions_0">Rất hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr1102_BinhChon_rblOptions_1" type="radio" name="dnn$ctr1102$BinhChon$rblOptions" value="2" /><label for="dnn_ctr1102_BinhChon_rblOptions_1">Hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr1102_BinhChon_rblOptions_2" type="radio" name="dnn$ctr1102$BinhChon$rblOptions" value="3" /><label for="dnn_ctr1102_BinhChon_rblOptions_2">Bình thường</label></td></tr>
<tr><td><input id="dnn_ctr1102_BinhChon_rblOptions_3" type="radio" name="dnn$ctr1102$BinhChon$rblOptions" value="4" /><label for="dnn_ctr1102_BinhChon_rblOptions_3">Chưa hài lòng</label></td></tr>
</table>
<div class="hbx-poll-buttons"><input type="submit" name="dnn$ctr1102$BinhChon$btnBinhChon" value="Bình chọn" id="dnn_ctr1102_BinhChon_btnBinhChon" class="hbx-btn" /> <a id="dnn_ctr1102_BinhChon_lnkKetQua" class="hbx-btn hbx-btn-light" href="javascript:__doPostBack(&#39;dnn$ctr1102$BinhChon$lnkKetQua&#39;,&#39;&#39;)">Xem kết quả</a></div>
</div>""")
    opts = []
    for grp, links in LINKS:
        opts.append(f'<optgroup label="{esc(grp)}">')
        opts += [f'<option value="{u}">{esc(t)}</option>' for t, u in links]
        opts.append('</optgroup>')
    lk = html_module(1100, "Liên kết website", f"""<div class="hbx-weblink">
<select name="ddlLienKet" id="ddlLienKet" onchange="if(this.value!='')window.open(this.value,'_blank');" class="form-control">
<option value="">-- Liên kết website --</option>
{chr(10).join(opts)}
</select>
</div>""")
    banners = html_module(1098, None, """<div class="hbx-banners">
<a href="/tin-tuc/chuyen-doi-so"><img src="/Portals/0/Banner/chuyen-doi-so.jpg" alt="Chuyển đổi số" /></a>
<a href="/tin-tuc/cai-cach-hanh-chinh"><img src="/Portals/0/Banner/cai-cach-hanh-chinh.jpg" alt="Cải cách hành chính" /></a>
<a href="/hoi-dap/gui-cau-hoi"><img src="/Portals/0/Banner/hoi-dap-truc-tuyen.jpg" alt="Hỏi đáp trực tuyến" /></a>
<a href="https://vbpl.vn" target="_blank" rel="noopener"><img src="/Portals/0/Banner/co-so-du-lieu-vbpl.jpg" alt="Cơ sở dữ liệu quốc gia về văn bản pháp luật" /></a>
<a href="https://phuyen.gov.vn/hoi-dap-chinh-sach" target="_blank" rel="noopener"><img src="/Portals/0/Banner/phan-anh-kien-nghi.jpg" alt="Tiếp nhận phản ánh, kiến nghị" /></a>
</div>""", "c_none")
    online = 40 + rng.randint(0, 160)
    today = 1800 + rng.randint(0, 900)
    total = 3582000 + rng.randint(0, 3000)

    def vn(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    tk = module(1104, "HBX_ThongKe", "Thống kê truy cập", f"""<div id="dnn_ctr1104_ThongKe_upThongKe">
<div class="hbx-thongke">
<ul>
<li><i class="fa fa-user"></i> Đang truy cập: <span id="dnn_ctr1104_ThongKe_lblOnline">{vn(online)}</span></li>
<li><i class="fa fa-calendar-o"></i> Hôm nay: <span id="dnn_ctr1104_ThongKe_lblToday">{vn(today)}</span></li>
<li><i class="fa fa-calendar"></i> Tháng hiện tại: <span id="dnn_ctr1104_ThongKe_lblMonth">{vn(today * 19 + 311)}</span></li>
<li><i class="fa fa-bar-chart"></i> Tổng lượt truy cập: <span id="dnn_ctr1104_ThongKe_lblTotal">{vn(total)}</span></li>
</ul>
</div>
</div>""")
    tnm = html_module(1106, None, """<div class="hbx-tinnhiemmang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/sgtvtphuyengovvn-1652246723" title="Chung nhan Tin Nhiem Mang" target="_blank" rel="noopener"><img src="https://tinnhiemmang.vn/handle_cert?id=sgtvt.phuyen.gov.vn" width="150px" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>""", "c_none")
    return f'<div id="dnn_RightPane" class="col-md-3 col-sm-12 RightPane">\n{banners}\n{poll}\n{lk}\n{tk}\n{tnm}\n</div>'


def footer() -> str:
    return f"""
  <div class="hbx-footer-links">
    <div class="container">
      <div id="dnn_FooterPane" class="FooterPane">
{html_module(1110, None, '''<ul class="hbx-footmenu">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a></li>
<li><a href="/tin-tuc/tin-hoat-dong">Tin tức</a></li>
<li><a href="/van-ban">Văn bản</a></li>
<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
<li><a href="/hoi-dap/gui-cau-hoi">Hỏi đáp</a></li>
<li><a href="/so-do-website">Sơ đồ website</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>''', "c_none")}
      </div>
    </div>
  </div>
  <div class="hbx-footer">
    <div class="container">
      <div class="row">
        <div class="col-md-9">
          <p class="hbx-footer-title">CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN</p>
          <p>Cơ quan chủ quản: Sở Giao thông vận tải tỉnh Phú Yên</p>
          <p>Địa chỉ: Số 38 đường Lê Duẩn, phường 7, thành phố Tuy Hòa, tỉnh Phú Yên</p>
          <p>Điện thoại: 0257 3842 118 - Fax: 0257 3842 119 - Email: sgtvt@phuyen.gov.vn</p>
          <p>Chịu trách nhiệm chính: Giám đốc Sở Giao thông vận tải</p>
          <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 14/5/2019.</p>
          <p>Ghi rõ nguồn "Sở Giao thông vận tải tỉnh Phú Yên" khi phát hành lại thông tin từ nguồn này.</p>
        </div>
        <div class="col-md-3 hbx-footer-right">
          <span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2024 by Sở Giao thông vận tải tỉnh Phú Yên</span>
          <p class="hbx-vendor">Thiết kế và phát triển: <a href="https://hbx.com.vn" target="_blank" rel="noopener">Công ty TNHH Công nghệ Hòa Bình Xanh</a></p>
          <a href="#hbx-wrapper" class="hbx-totop" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>
        </div>
      </div>
    </div>
  </div>
</div>
<script type="text/javascript">
  $(function () {{ if (window.hbxSkin) {{ hbxSkin.init({{ stickyMenu: true, fontTool: '#hbx-content' }}); }} }});
</script>
"""


def page(*, path, title, description, keywords, tabid, trail, content_pane, active_cat=None,
         extra_meta="", seed=0, vs_len=16000, show_left=True) -> str:
    rng = random.Random(seed)
    bc = breadcrumb(trail) if trail else ""
    left = left_pane(active_cat) if show_left else ""
    width = "col-md-6" if show_left else "col-md-9"
    body = (head(title, description, keywords, path, extra_meta)
            + form_open(path, rng, vs_len)
            + header(path)
            + f"""
  <div class="hbx-main">
    <div class="container">
      {bc}
      <div class="row">
{left}
<div id="dnn_ContentPane" class="{width} col-sm-12 ContentPane">
{content_pane}
</div>
{right_pane(seed)}
      </div>
      <div class="row"><div id="dnn_BottomPane" class="col-md-12 BottomPane DNNEmptyPane"></div></div>
    </div>
  </div>
"""
            + footer()
            + form_close(tabid, rng))
    return nfc(body)


# --------------------------------------------------------------------------------------
# Article pages
# --------------------------------------------------------------------------------------

def find_item(aid: int):
    for it in all_items():
        if it[0] == aid:
            return it
    raise KeyError(aid)


def render_img(a, style, file, caption, credit):
    src = img_path(a["dt"], file)
    alt = esc(caption or a["title"])
    img = f'<img alt="{alt}" src="{src}" style="width: 600px; height: 400px;" />'
    if style == "figure":
        cap = esc(caption) + (f" {esc(credit)}" if credit else "")
        return f'<figure class="image" style="text-align: center;">{img}<figcaption>{cap}</figcaption></figure>'
    if style == "figure_paren":
        return (f'<figure class="image" style="text-align: center;">{img}'
                f'<figcaption>{esc(caption)} <em>({esc(credit)})</em></figcaption></figure>')
    if style == "figure_credit_span":
        return (f'<figure class="image hbx-figure">{img}<figcaption><em>{esc(caption)}</em> '
                f'<span class="hbx-credit">{esc(credit)}</span></figcaption></figure>')
    if style == "figure_credit_only":
        return f'<figure class="image hbx-figure">{img}<figcaption class="hbx-credit">{esc(credit)}</figcaption></figure>'
    if style == "table":
        cred = f'<br />\n<span style="font-size: 11px;">{esc(credit)}</span>' if credit else ""
        return ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="hbx-image" style="width: 600px;">\n<tbody>\n'
                f'<tr>\n<td style="text-align: center;">{img}</td>\n</tr>\n'
                f'<tr>\n<td class="hbx-image-caption" style="text-align: center;"><em>{esc(caption)}</em>{cred}</td>\n</tr>\n'
                '</tbody>\n</table>')
    if style == "italic":
        cap = esc(caption) + (f" ({esc(credit)})" if credit else "")
        return (f'<p style="text-align: center;">{img}</p>\n'
                f'<p style="text-align: center;"><em>{cap}</em></p>')
    raise ValueError(style)


def render_body(a):
    out, paras, images = [], [], []
    for b in a["body"]:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{b[1]}</p>')
            paras.append(plain(b[1]))
        elif kind == "sub":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b[1])}</strong></p>')
            paras.append(plain(b[1]))
        elif kind == "br":
            out.append('<p style="text-align: justify;">' + "<br />\n".join(esc(x) for x in b[1]) + "</p>")
            paras += [plain(x) for x in b[1]]
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join(f"\t<li>{esc(x)}</li>" for x in b[1]) + "\n</ul>")
            paras += [plain(x) for x in b[1]]
        elif kind == "table":
            rows = []
            for r, row in enumerate(b[1]):
                cells = []
                for c, cell in enumerate(row):
                    if r == 0:
                        cells.append(f'<td style="width: 25%; background-color: #dce6f1;"><p align="center"><strong>{esc(cell)}</strong></p></td>')
                    elif c == 0:
                        cells.append(f'<td><p>{esc(cell)}</p></td>')
                    else:
                        cells.append(f'<td style="text-align: center;">{esc(cell)}</td>')
                rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>")
                paras.append(" | ".join(plain(x) for x in row))
            out.append('<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" style="width: 100%; border-collapse: collapse;">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
        elif kind == "img":
            _, style, file, caption, credit = b
            out.append(render_img(a, style, file, caption, credit))
            images.append({"src": HOST + img_path(a["dt"], file), "caption": caption, "credit": credit})
        elif kind == "related":
            lis = []
            for rid in b[1]:
                it = find_item(rid)
                lis.append(f'<li><a href="{it[1]}">{esc(it[3])}</a> <span class="hbx-related-date">({dmy(it[2])})</span></li>')
            out.append('<div class="hbx-related-inline" style="float: right; width: 45%; margin: 0 0 10px 15px; padding: 8px; border: 1px solid #d9d9d9; background: #f7f7f7;">\n'
                       '<p class="hbx-related-title"><strong>Tin liên quan:</strong></p>\n<ul>\n' + "\n".join(lis) + "\n</ul>\n</div>")
        elif kind == "empty":
            out.append("<p>&nbsp;</p>")
        else:
            raise ValueError(kind)
    return "\n".join(out), paras, images


def render_sig(sig):
    style, text = sig
    t = esc(text)
    return {
        "bold_right": f'<p style="text-align: right;"><strong>{t}</strong></p>',
        "em_right": f'<p style="text-align: right;"><em>{t}</em></p>',
        "plain_right": f'<p style="text-align: right;">{t}</p>',
        "bold_em_right": f'<p style="text-align: right;"><strong><em>{t}</em></strong></p>',
        "plain_right_strong_label": f'<p style="text-align: right;"><strong>Nguồn:</strong> {t}</p>',
        "field_source": "",
    }[style]


def tag_url(tag: str) -> str:
    return "/tim-kiem?tukhoa=" + slugify(tag).replace("-", "+")


def article_page(a, seed):
    cat = CATS[a["cat"]]
    mid = cat["mid"]
    d = datetime.strptime(a["dt"], "%Y-%m-%d %H:%M")
    body_html, paras, images = render_body(a)
    title = esc(a["title"])
    pfx = (a["prefix"] + " ") if a["prefix"] else ""

    # date line, per category display template of the module
    date_label = None
    if cat["style"] == "paren":
        head_html = (f'<div class="hbx-head"><h1 class="hbx-title">{title}</h1> '
                     f'<span id="dnn_ctr{mid}_ChiTietTin_lblNgay" class="hbx-date">({d:%d/%m/%Y %H:%M})</span></div>')
    elif cat["style"] == "ngaydang":
        date_label = "Ngày đăng"
        head_html = (f'<h1 class="hbx-title">{title}</h1>\n'
                     f'<div class="hbx-meta"><span id="dnn_ctr{mid}_ChiTietTin_lblNgay" class="hbx-date"><i class="fa fa-calendar"></i> Ngày đăng: {d:%d/%m/%Y}</span>'
                     f' <span class="hbx-views"><i class="fa fa-eye"></i> Lượt xem: {150 + a["id"] % 400}</span></div>')
    else:
        upd = ""
        if a["updated"]:
            u = datetime.strptime(a["updated"], "%Y-%m-%d %H:%M")
            upd = f' <span id="dnn_ctr{mid}_ChiTietTin_lblCapNhat" class="hbx-updated">| Cập nhật: {u:%d/%m/%Y %H:%M}</span>'
        head_html = (f'<div class="hbx-meta"><span id="dnn_ctr{mid}_ChiTietTin_lblNgay" class="hbx-date">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M}</span>{upd}</div>\n'
                     f'<h1 class="hbx-title">{title}</h1>')

    share_u = quote(HOST + a["url"], safe="")
    tools = f"""<div class="hbx-tools">
<span class="hbx-fontsize">Cỡ chữ: <a href="javascript:void(0);" onclick="hbxTinTuc.fontSize(-1);" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0);" onclick="hbxTinTuc.fontSize(0);" title="Cỡ chữ mặc định">A</a> <a href="javascript:void(0);" onclick="hbxTinTuc.fontSize(1);" title="Tăng cỡ chữ">A+</a></span>
<span class="hbx-share">
<a href="javascript:void(0);" onclick="hbxTinTuc.print({a['id']});" title="In bài viết"><i class="fa fa-print"></i> In</a>
<a href="mailto:?subject={quote(a['title'])}&amp;body={share_u}" title="Gửi email"><i class="fa fa-envelope"></i> Email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" rel="noopener" title="Chia sẻ Facebook"><i class="fa fa-facebook-square"></i> Chia sẻ</a>
<a href="https://zalo.me/share?u={share_u}" target="_blank" rel="noopener" title="Chia sẻ Zalo"><img src="/DesktopModules/HBX.TinTuc/images/zalo.png" alt="Zalo" /></a>
</span>
</div>"""

    lead_bold = ""
    summary = ""
    if a["lead_style"] == "bold":
        lead_bold = f'<p style="text-align: justify;"><strong>{esc(pfx + a["lead"])}</strong></p>\n'
    elif a["lead_style"] == "summary":
        summary = f'<div id="dnn_ctr{mid}_ChiTietTin_divTomTat" class="hbx-summary">{esc(pfx + a["lead"])}</div>\n'

    sig_html = render_sig(a["sig"])
    source_field = ""
    if a["sig"][0] == "field_source":
        source_field = (f'<div id="dnn_ctr{mid}_ChiTietTin_pnNguonTin" class="hbx-source">Nguồn: '
                        f'<span id="dnn_ctr{mid}_ChiTietTin_lblNguonTin">{esc(a["sig"][1])}</span></div>\n')

    tags = ", ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in a["tags"])
    others = [it for it in all_items(a["cat"]) if it[0] != a["id"]][:8]
    other_html = "\n".join(
        f'<li><a href="{it[1]}" title="{esc(it[3])}">{esc(it[3])}</a> <span class="hbx-other-date">({dmy(it[2])})</span></li>'
        for it in others)
    newest = [it for it in all_items() if it[0] != a["id"] and it[6] != a["cat"]][:4]
    newest_html = "\n".join(
        f'<div class="hbx-mini"><a href="{it[1]}"><img src="{it[5]}" alt="" class="hbx-mini-thumb" /></a>'
        f'<a href="{it[1]}" class="hbx-mini-title">{esc(it[3])}</a></div>' for it in newest)

    inner = f"""<div id="dnn_ctr{mid}_ChiTietTin_pnlChiTiet" class="hbx-detail" itemscope itemtype="http://schema.org/NewsArticle">
<input type="hidden" name="dnn$ctr{mid}$ChiTietTin$hdArticleId" id="dnn_ctr{mid}_ChiTietTin_hdArticleId" value="{a['id']}" />
{head_html}
{tools}
{summary}<div id="dnn_ctr{mid}_ChiTietTin_divNoiDung" class="hbx-content" itemprop="articleBody">
{lead_bold}{body_html}
{sig_html}
</div>
{source_field}<div class="hbx-tags"><i class="fa fa-tags"></i> <span class="hbx-tags-label">Từ khóa:</span> {tags}</div>
<div class="hbx-bottom-tools"><a href="javascript:history.back();">« Quay lại</a> <a href="#hbx-wrapper">Đầu trang</a> <a href="javascript:void(0);" onclick="hbxTinTuc.print({a['id']});"><i class="fa fa-print"></i> In trang</a></div>
<div class="hbx-comment">
<h3 class="hbx-comment-title">Ý kiến bạn đọc</h3>
<div class="hbx-comment-form">
<div class="form-group"><label for="dnn_ctr{mid}_ChiTietTin_txtHoTen">Họ và tên <span class="required">*</span></label><input name="dnn$ctr{mid}$ChiTietTin$txtHoTen" type="text" id="dnn_ctr{mid}_ChiTietTin_txtHoTen" class="form-control" /></div>
<div class="form-group"><label for="dnn_ctr{mid}_ChiTietTin_txtEmail">Email <span class="required">*</span></label><input name="dnn$ctr{mid}$ChiTietTin$txtEmail" type="text" id="dnn_ctr{mid}_ChiTietTin_txtEmail" class="form-control" /></div>
<div class="form-group"><label for="dnn_ctr{mid}_ChiTietTin_txtNoiDung">Nội dung <span class="required">*</span></label><textarea name="dnn$ctr{mid}$ChiTietTin$txtNoiDung" rows="4" cols="20" id="dnn_ctr{mid}_ChiTietTin_txtNoiDung" class="form-control"></textarea></div>
<div class="form-group"><img src="/DesktopModules/HBX.TinTuc/Captcha.ashx?id={a['id']}" alt="Mã xác nhận" /> <input name="dnn$ctr{mid}$ChiTietTin$txtCaptcha" type="text" id="dnn_ctr{mid}_ChiTietTin_txtCaptcha" class="form-control hbx-captcha" placeholder="Nhập mã xác nhận" /></div>
<input type="submit" name="dnn$ctr{mid}$ChiTietTin$btnGuiYKien" value="Gửi ý kiến" id="dnn_ctr{mid}_ChiTietTin_btnGuiYKien" class="hbx-btn" />
<p class="hbx-comment-note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p>
</div>
</div>
<div class="hbx-other">
<h3 class="hbx-other-title"><span>Các tin khác</span></h3>
<ul>
{other_html}
</ul>
</div>
<div class="hbx-newest">
<h3 class="hbx-other-title"><span>Tin mới cập nhật</span></h3>
{newest_html}
</div>
</div>"""
    content = module(mid, "HBX_TinTuc", cat["name"], inner, "c_blue c_detail", "ModHBXTinTucC")
    lead_or_first = a["lead"] or paras[0]
    og_img = images[0]["src"] if images else HOST + "/Portals/0/Images/logo_sgtvt.png"
    extra = (f'<meta property="og:type" content="article" /><meta property="og:title" content="{title}" />'
             f'<meta property="og:description" content="{esc(lead_or_first)}" /><meta property="og:image" content="{og_img}" />'
             f'<meta property="og:url" content="{HOST}{a["url"]}" />')
    html_text = page(path=a["url"], title=f"{a['title']} - {SITE}", description=lead_or_first,
                     keywords=", ".join(a["tags"]), tabid=cat["tabid"],
                     trail=[("Tin tức", "/tin-tuc"), (cat["name"], f"/tin-tuc/{a['cat']}")],
                     content_pane=content, active_cat=a["cat"], extra_meta=extra, seed=seed,
                     vs_len=a.get("vs_len", 14000 + seed * 731 % 9000))

    expected = {
        "title": nfc(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": nfc(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(paras),
        "published_at": iso(a["dt"]) if cat["style"] != "ngaydang" else d.strftime("%Y-%m-%dT00:00:00+07:00"),
        "updated_at": iso(a["updated"]) if a["updated"] else None,
        "date_label": date_label,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat["name"],
    }
    return html_text, expected


# --------------------------------------------------------------------------------------
# Listing pages
# --------------------------------------------------------------------------------------

PAGE_SIZE = 5


def list_items_html(items, with_thumb=True):
    out = []
    for i, it in enumerate(items):
        thumb = (f'<a href="{it[1]}" class="hbx-thumb" title="{esc(it[3])}"><img src="{it[5]}" alt="{esc(it[3])}" /></a>'
                 if with_thumb else "")
        out.append(f"""<div class="hbx-item{' hbx-item-first' if i == 0 else ''}">
{thumb}
<h3 class="hbx-item-title"><a href="{it[1]}" title="{esc(it[3])}">{esc(it[3])}</a></h3>
<div class="hbx-item-date"><i class="fa fa-clock-o"></i> {dmy(it[2], True)}</div>
<div class="hbx-item-sapo">{esc(it[4])}</div>
<div class="clearfix"></div>
</div>""")
    return "\n".join(out)


def pager(base, cur, total):
    parts = ['<span class="hbx-pager-label">Trang:</span>']
    if cur > 1:
        prev = base if cur == 2 else f"{base}/currentpage/{cur - 1}"
        parts.append(f'<a href="{base}" class="first">« Đầu</a>')
        parts.append(f'<a href="{prev}" class="prev">‹ Trước</a>')
    for n in range(1, total + 1):
        if n == cur:
            parts.append(f'<span class="current">{n}</span>')
        else:
            parts.append(f'<a href="{base if n == 1 else f"{base}/currentpage/{n}"}">{n}</a>')
    if cur < total:
        parts.append(f'<a href="{base}/currentpage/{cur + 1}" class="next">Sau ›</a>')
        parts.append(f'<a href="{base}/currentpage/{total}" class="last">Cuối »</a>')
    return f'<div class="hbx-pager">{" ".join(parts)}</div>'


def category_page(cat_key, pageno, seed):
    cat = CATS[cat_key]
    mid = cat["mid"]
    items = all_items(cat_key)
    total = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    chunk = items[(pageno - 1) * PAGE_SIZE: pageno * PAGE_SIZE]
    base = f"/tin-tuc/{cat_key}"
    path = base if pageno == 1 else f"{base}/currentpage/{pageno}"
    inner = (f'<div id="dnn_ctr{mid}_DanhSach_pnlDanhSach" class="hbx-list">\n{list_items_html(chunk)}\n</div>\n'
             + (pager(base, pageno, total) if total > 1 else ""))
    content = module(mid, "HBX_TinTuc", cat["name"], inner, "c_blue", "ModHBXTinTucC")
    title = f"{SITE_SHORT} > Tin tức > {cat['name']}" + (f" - Trang {pageno}" if pageno > 1 else "")
    return path, page(path=path, title=title, description=f"{cat['name']} - {SITE}", keywords=cat["name"],
                      tabid=cat["tabid"], trail=[("Tin tức", "/tin-tuc"), (cat["name"], base)],
                      content_pane=content, active_cat=cat_key, seed=seed, vs_len=20000 + seed * 517 % 9000)


def home_page(seed):
    items = all_items()
    feat = [BY_ID[i] for i in (1290, 1283, 1281, 1270, 1241)]
    top = feat[0]
    top_item = find_item(top["id"])
    feat_list = "\n".join(
        f'<li><a href="{a["url"]}"><img src="{find_item(a["id"])[5]}" alt="" /></a><a href="{a["url"]}" class="hbx-feat-title">{esc(a["title"])}</a></li>'
        for a in feat[1:])
    featured = module(1030, "HBX_TinNoiBat", None, f"""<div class="hbx-featured row">
<div class="col-md-7 hbx-featured-main">
<a href="{top['url']}"><img src="{top_item[5]}" alt="{esc(top['title'])}" /></a>
<h2><a href="{top['url']}">{esc(top['title'])}</a></h2>
<div class="hbx-item-date">{dmy(top['dt'], True)}</div>
<p>{esc(top_item[4])}</p>
</div>
<div class="col-md-5 hbx-featured-list"><ul>
{feat_list}
</ul></div>
</div>""", "c_none")
    blocks = []
    for key, n, mid in (("tin-hoat-dong", 6, 1032), ("thong-bao", 4, 1035), ("an-toan-giao-thong", 5, 1037)):
        its = all_items(key)[:n]
        first, rest = its[0], its[1:]
        rest_html = "\n".join(
            f'<li><a href="{it[1]}" title="{esc(it[3])}">{esc(it[3])}</a> <span class="hbx-other-date">({dmy(it[2])})</span></li>'
            for it in rest)
        blocks.append(module(mid, "HBX_TinTuc", CATS[key]["name"], f"""<div class="hbx-block">
<div class="hbx-block-first"><a href="{first[1]}"><img src="{first[5]}" alt="" /></a>
<h3><a href="{first[1]}">{esc(first[3])}</a></h3><p>{esc(first[4])}</p></div>
<ul class="hbx-block-list">
{rest_html}
</ul>
<div class="hbx-more"><a href="/tin-tuc/{key}">Xem thêm »</a></div>
</div>""", "c_blue"))
    hot = ["sát hạch", "tải trọng xe", "an toàn giao thông", "dịch vụ công trực tuyến", "đăng kiểm", "giấy phép lái xe"]
    tags = module(1039, "HBX_TuKhoa", "Từ khóa nổi bật", '<div class="hbx-hottags">' + " ".join(
        f'<a href="{tag_url(t)}" class="hbx-tag">#{esc(t)}</a>' for t in hot) + "</div>", "c_blue")
    gallery = html_module(1041, "Thư viện ảnh", '<div class="hbx-gallery">' + "\n".join(
        f'<a href="/thu-vien-anh/album/{20 + i}"><img src="/Portals/0/ThuVienAnh/album{20 + i}/cover.jpg" alt="{esc(t)}" /><span>{esc(t)}</span></a>'
        for i, t in enumerate(["Hội nghị tổng kết năm 2023", "Ra quân bảo đảm trật tự an toàn giao thông",
                               "Công trình giao thông trọng điểm", "Hoạt động đoàn thể"])) + "</div>")
    content = featured + "\n" + "\n".join(blocks) + "\n" + tags + "\n" + gallery
    return page(path="/", title=SITE, description=f"Cổng thông tin điện tử {SITE}",
                keywords="giao thông vận tải, Phú Yên, sát hạch, đăng kiểm, thủ tục hành chính", tabid=21,
                trail=None, content_pane=content, seed=seed, vs_len=22000)


# --------------------------------------------------------------------------------------
# Other non-article pages
# --------------------------------------------------------------------------------------

def static_page(seed):
    content = html_module(1050, "Chức năng, nhiệm vụ", """<div class="hbx-static">
<p style="text-align: center;"><strong>VỊ TRÍ, CHỨC NĂNG, NHIỆM VỤ VÀ QUYỀN HẠN CỦA SỞ GIAO THÔNG VẬN TẢI</strong></p>
<p><strong>1. Vị trí và chức năng</strong></p>
<p style="text-align: justify;">Sở Giao thông vận tải là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giao thông vận tải, bao gồm: đường bộ, đường thủy nội địa, vận tải, an toàn giao thông và các dịch vụ công thuộc phạm vi quản lý của Sở.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giao thông vận tải.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p style="text-align: justify;">a) Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về phát triển giao thông vận tải trên địa bàn tỉnh.</p>
<p style="text-align: justify;">b) Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, đề án, dự án về giao thông vận tải sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về giao thông vận tải.</p>
<p style="text-align: justify;">c) Quản lý, bảo trì hệ thống đường tỉnh và các tuyến đường được giao; tổ chức thực hiện các biện pháp bảo vệ hành lang an toàn giao thông.</p>
<p style="text-align: justify;">d) Quản lý hoạt động vận tải, phương tiện và người lái; tổ chức đào tạo, sát hạch, cấp giấy phép lái xe theo phân cấp.</p>
<p style="text-align: justify;">đ) Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực thuộc lĩnh vực được giao.</p>
<p style="text-align: justify;">e) Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao và theo quy định của pháp luật.</p>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn gồm: Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Quản lý kết cấu hạ tầng giao thông, Phòng Quản lý vận tải, phương tiện và người lái. Đơn vị sự nghiệp trực thuộc gồm Trung tâm Đăng kiểm xe cơ giới và Ban Quản lý dự án.</p>
</div>""")
    path = "/gioi-thieu/chuc-nang-nhiem-vu"
    return path, page(path=path, title=f"{SITE_SHORT} > Giới thiệu > Chức năng, nhiệm vụ", description="Chức năng, nhiệm vụ",
                      keywords="chức năng, nhiệm vụ", tabid=56, trail=[("Giới thiệu", "/gioi-thieu"), ("Chức năng, nhiệm vụ", path)],
                      content_pane=content, seed=seed, vs_len=26000)


def contact_page(seed):
    rows = [
        ("Giám đốc Sở", "0257 3842 100"), ("Phó Giám đốc Sở", "0257 3842 101"), ("Văn phòng Sở", "0257 3842 118"),
        ("Thanh tra Sở", "0257 3842 120"), ("Phòng Kế hoạch - Tài chính", "0257 3842 122"),
        ("Phòng Quản lý kết cấu hạ tầng giao thông", "0257 3842 124"),
        ("Phòng Quản lý vận tải, phương tiện và người lái", "0257 3842 126"),
        ("Bộ phận Một cửa", "0257 3842 130"), ("Trung tâm Đăng kiểm xe cơ giới", "0257 3842 140"),
        ("Ban Quản lý dự án", "0257 3842 150"),
    ]
    trs = "\n".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{p}</td></tr>" for i, (n, p) in enumerate(rows, 1))
    content = html_module(1052, "Liên hệ", f"""<div class="hbx-contact">
<p><strong>SỞ GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN</strong></p>
<p>Địa chỉ: Số 38 đường Lê Duẩn, phường 7, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3842 118 - Fax: 0257 3842 119</p>
<p>Email: sgtvt@phuyen.gov.vn</p>
<p><strong>Danh bạ điện thoại các phòng, đơn vị</strong></p>
<table class="table table-bordered hbx-phonebook">
<thead><tr><th>TT</th><th>Đơn vị</th><th>Điện thoại</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>
<div class="hbx-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3902!2d109.31!3d13.09" width="100%" height="320" frameborder="0" style="border:0" allowfullscreen></iframe></div>
</div>""")
    form = module(1054, "HBX_LienHe", "Gửi thư liên hệ", """<div class="hbx-contact-form">
<div class="form-group"><label>Họ và tên</label><input name="dnn$ctr1054$LienHe$txtHoTen" type="text" id="dnn_ctr1054_LienHe_txtHoTen" class="form-control" /></div>
<div class="form-group"><label>Email</label><input name="dnn$ctr1054$LienHe$txtEmail" type="text" id="dnn_ctr1054_LienHe_txtEmail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input name="dnn$ctr1054$LienHe$txtTieuDe" type="text" id="dnn_ctr1054_LienHe_txtTieuDe" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="dnn$ctr1054$LienHe$txtNoiDung" rows="5" cols="20" id="dnn_ctr1054_LienHe_txtNoiDung" class="form-control"></textarea></div>
<input type="submit" name="dnn$ctr1054$LienHe$btnGui" value="Gửi" id="dnn_ctr1054_LienHe_btnGui" class="hbx-btn" />
</div>""")
    path = "/lien-he"
    return path, page(path=path, title=f"{SITE_SHORT} > Liên hệ", description="Liên hệ", keywords="liên hệ",
                      tabid=86, trail=[("Liên hệ", path)], content_pane=content + "\n" + form, seed=seed, vs_len=24000)


def search_page(seed):
    hits = [find_item(1248), find_item(1241), find_item(1251)]
    stale = ("/tin-tuc/thong-bao/ArticleId/1102/thong-bao-lich-sat-hach-lai-xe-thang-11-2023", "2023-11-15 08:00",
             "Thông báo lịch sát hạch lái xe tháng 11/2023",
             "Trung tâm sát hạch lái xe thông báo lịch sát hạch lái xe mô tô và ô tô trong tháng 11/2023.")
    res = [(it[1], it[2], it[3], it[4]) for it in hits] + [stale]
    lis = "\n".join(f"""<div class="hbx-search-item">
<h3><a href="{u}">{esc(t)}</a></h3>
<div class="hbx-item-date">{dmy(dt, True)}</div>
<p>{esc(s)}</p>
<div class="hbx-search-url">{HOST}{u}</div>
</div>""" for u, dt, t, s in res)
    inner = f"""<div class="hbx-search-box">
<input name="dnn$ctr1060$TimKiem$txtTuKhoa" type="text" value="sát hạch" id="dnn_ctr1060_TimKiem_txtTuKhoa" class="form-control" />
<select name="dnn$ctr1060$TimKiem$ddlChuyenMuc" id="dnn_ctr1060_TimKiem_ddlChuyenMuc" class="form-control"><option value="0">Tất cả chuyên mục</option><option value="64">Tin hoạt động</option><option value="65">Thông báo</option><option value="66">An toàn giao thông</option></select>
<input type="submit" name="dnn$ctr1060$TimKiem$btnTim" value="Tìm kiếm" id="dnn_ctr1060_TimKiem_btnTim" class="hbx-btn" />
</div>
<p class="hbx-search-summary">Tìm thấy <strong>{len(res)}</strong> kết quả cho từ khóa <strong>“sát hạch”</strong></p>
<div class="hbx-search-results">
{lis}
</div>"""
    content = module(1060, "HBX_TinTuc", "Tìm kiếm", inner, "c_blue", "ModHBXTinTucC")
    path = "/tim-kiem?tukhoa=sat+hach"
    return path, page(path=path, title=f"{SITE_SHORT} > Tìm kiếm", description="Tìm kiếm", keywords="tìm kiếm",
                      tabid=90, trail=[("Tìm kiếm", "/tim-kiem")], content_pane=content, seed=seed, vs_len=26000)


def login_page(seed):
    inner = """<div id="dnn_ctr1120_Login_UP">
<div class="dnnForm dnnLogin dnnClear">
    <div id="dnn_ctr1120_Login_pnlLogin">
        <div class="loginContent">
            <div id="dnn_ctr1120_Login_pnlLoginContainer" class="LoginPanel" style="text-align:left">
                <div id="dnn_ctr1120_Login_Login_DNN" class="dnnLoginService">
                    <div class="dnnForm dnnLoginService dnnClear">
                        <div class="dnnFormItem">
                            <div class="dnnLabel"><label for="dnn_ctr1120_Login_Login_DNN_txtUsername" id="dnn_ctr1120_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label></div>
                            <input name="dnn$ctr1120$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr1120_Login_Login_DNN_txtUsername" />
                        </div>
                        <div class="dnnFormItem">
                            <div class="dnnLabel"><label for="dnn_ctr1120_Login_Login_DNN_txtPassword" id="dnn_ctr1120_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label></div>
                            <input name="dnn$ctr1120$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr1120_Login_Login_DNN_txtPassword" autocomplete="off" />
                        </div>
                        <div class="dnnFormItem">
                            <span class="dnnFormLabel">&nbsp;</span>
                            <div class="dnnLoginRememberMe"><span class="dnnCheckbox"><input id="dnn_ctr1120_Login_chkCookie" type="checkbox" name="dnn$ctr1120$Login$chkCookie" /><label for="dnn_ctr1120_Login_chkCookie">Ghi nhớ đăng nhập</label></span></div>
                        </div>
                        <div class="dnnFormItem">
                            <label class="dnnFormLabel">&nbsp;</label>
                            <div class="dnnLoginActions">
                                <ul class="dnnActions dnnClear">
                                    <li><a id="dnn_ctr1120_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr1120$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a></li>
                                    <li><a id="dnn_ctr1120_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" href="/">Hủy</a></li>
                                </ul>
                            </div>
                        </div>
                        <div class="dnnFormItem">
                            <span class="dnnFormLabel">&nbsp;</span>
                            <div class="dnnLoginActions"><ul class="dnnActions dnnClear"><li id="dnn_ctr1120_Login_Login_DNN_liPassword"><a id="dnn_ctr1120_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" rel="nofollow" href="/dang-nhap?ctl=SendPassword&amp;returnurl=%2f">Quên mật khẩu?</a></li></ul></div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
</div>"""
    content = module(1120, "Authentication", "Đăng nhập hệ thống", inner, "c_blue", "ModAuthenticationC")
    path = "/dang-nhap?returnurl=%2f"
    return path, page(path=path, title=f"{SITE_SHORT} > Đăng nhập", description="Đăng nhập", keywords="đăng nhập",
                      tabid=92, trail=[("Đăng nhập", "/dang-nhap")], content_pane=content, seed=seed,
                      vs_len=30000)


def form_page(seed):
    fields = [("txtHoTen", "Họ và tên", "text"), ("txtDiaChi", "Địa chỉ", "text"), ("txtDienThoai", "Điện thoại", "text"),
              ("txtEmail", "Email", "text"), ("txtTieuDe", "Tiêu đề câu hỏi", "text")]
    fh = "\n".join(
        f'<div class="form-group"><label for="dnn_ctr1070_HoiDap_{f}">{esc(l)} <span class="required">*</span></label>'
        f'<input name="dnn$ctr1070$HoiDap${f}" type="{t}" id="dnn_ctr1070_HoiDap_{f}" class="form-control" /></div>'
        for f, l, t in fields)
    inner = f"""<div class="hbx-hoidap-form">
<p class="hbx-note">Tổ chức, cá nhân gửi câu hỏi về các lĩnh vực thuộc phạm vi quản lý của Sở Giao thông vận tải. Các trường có dấu (*) là bắt buộc.</p>
{fh}
<div class="form-group"><label for="dnn_ctr1070_HoiDap_ddlLinhVuc">Lĩnh vực</label><select name="dnn$ctr1070$HoiDap$ddlLinhVuc" id="dnn_ctr1070_HoiDap_ddlLinhVuc" class="form-control">
<option value="1">Đường bộ</option><option value="2">Vận tải</option><option value="3">Đăng kiểm</option><option value="4">Đào tạo, sát hạch lái xe</option><option value="5">Khác</option></select></div>
<div class="form-group"><label for="dnn_ctr1070_HoiDap_txtNoiDung">Nội dung câu hỏi <span class="required">*</span></label><textarea name="dnn$ctr1070$HoiDap$txtNoiDung" rows="8" cols="20" id="dnn_ctr1070_HoiDap_txtNoiDung" class="form-control"></textarea></div>
<div class="form-group"><label>Tệp đính kèm</label><input type="file" name="dnn$ctr1070$HoiDap$fuDinhKem" id="dnn_ctr1070_HoiDap_fuDinhKem" /></div>
<div class="form-group"><img src="/DesktopModules/HBX.HoiDap/Captcha.ashx" alt="Mã xác nhận" /> <input name="dnn$ctr1070$HoiDap$txtCaptcha" type="text" id="dnn_ctr1070_HoiDap_txtCaptcha" class="form-control hbx-captcha" /></div>
<input type="submit" name="dnn$ctr1070$HoiDap$btnGui" value="Gửi câu hỏi" id="dnn_ctr1070_HoiDap_btnGui" class="hbx-btn" />
<input type="reset" value="Nhập lại" class="hbx-btn hbx-btn-light" />
</div>"""
    content = module(1070, "HBX_HoiDap", "Gửi câu hỏi", inner, "c_blue", "ModHBXHoiDapC")
    path = "/hoi-dap/gui-cau-hoi"
    return path, page(path=path, title=f"{SITE_SHORT} > Hỏi đáp > Gửi câu hỏi", description="Gửi câu hỏi",
                      keywords="hỏi đáp", tabid=83, trail=[("Hỏi đáp", "/hoi-dap"), ("Gửi câu hỏi", path)],
                      content_pane=content, seed=seed, vs_len=27000)


def sitemap_page(seed):
    lis = []
    for text, href, _, children in MENU:
        sub = ""
        if children:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h, _ in children) + "</ul>"
        lis.append(f'<li><a href="{href}">{esc(text)}</a>{sub}</li>')
    lis.append('<li><a href="/so-do-website">Sơ đồ website</a></li>')
    lis.append('<li><a href="/dang-nhap?returnurl=%2f">Đăng nhập</a></li>')
    inner = '<div class="hbx-sitemap"><ul class="hbx-tree">\n' + "\n".join(lis) + "\n</ul></div>"
    content = module(1080, "HBX_SoDo", "Sơ đồ website", inner, "c_blue", "ModHBXSoDoC")
    path = "/so-do-website"
    return path, page(path=path, title=f"{SITE_SHORT} > Sơ đồ website", description="Sơ đồ website",
                      keywords="sơ đồ website", tabid=94, trail=[("Sơ đồ website", path)], content_pane=content,
                      seed=seed, vs_len=28000)


def soft404_page(seed):
    cat = CATS["thong-bao"]
    mid = cat["mid"]
    others = all_items("thong-bao")[:5]
    other_html = "\n".join(
        f'<li><a href="{it[1]}">{esc(it[3])}</a> <span class="hbx-other-date">({dmy(it[2])})</span></li>' for it in others)
    inner = f"""<div id="dnn_ctr{mid}_ChiTietTin_pnlKhongTimThay" class="hbx-notfound">
<h2 class="hbx-notfound-title">Không tìm thấy bài viết</h2>
<p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại trang chủ hoặc sử dụng chức năng tìm kiếm.</p>
<p><a href="/">« Về trang chủ</a></p>
</div>
<div class="hbx-other">
<h3 class="hbx-other-title"><span>Các tin khác</span></h3>
<ul>
{other_html}
</ul>
</div>"""
    content = module(mid, "HBX_TinTuc", cat["name"], inner, "c_blue c_detail", "ModHBXTinTucC")
    return SOFT404_PATH, page(path=SOFT404_PATH, title=f"{SITE_SHORT} > Tin tức > Thông báo", description="Thông báo",
                              keywords="thông báo", tabid=65, trail=[("Tin tức", "/tin-tuc"), ("Thông báo", "/tin-tuc/thong-bao")],
                              content_pane=content, active_cat="thong-bao", seed=seed, vs_len=30000)


# --------------------------------------------------------------------------------------
# Write everything
# --------------------------------------------------------------------------------------

def write(name: str, path: str, html_text: str, kind: str, expected=None):
    (OUT / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main():
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for i, a in enumerate(ARTICLES, 1):
        h, exp = article_page(a, seed=i)
        write(a["name"] + "_" + {"tin-hoat-dong": "tinhoatdong", "thong-bao": "thongbao", "an-toan-giao-thong": "atgt"}[a["cat"]],
              a["url"], h, "article", exp)
    write("home", "/", home_page(seed=101), "listing")
    for j, (ck, pn) in enumerate([("tin-hoat-dong", 1), ("tin-hoat-dong", 2), ("thong-bao", 1), ("an-toan-giao-thong", 1)]):
        path, h = category_page(ck, pn, seed=110 + j)
        write(f"list_{ck.replace('-', '')}_p{pn}", path, h, "listing")
    for name, fn, kind, seed in (("static_chucnang", static_page, "static", 120), ("contact", contact_page, "contact", 121),
                                 ("search_sathach", search_page, "search", 122), ("login", login_page, "login", 123),
                                 ("form_hoidap", form_page, "form", 124), ("sitemap", sitemap_page, "sitemap", 125),
                                 ("soft404_thongbao", soft404_page, "soft_404", 126)):
        path, h = fn(seed)
        write(name, path, h, kind)
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "dotnetnuke", "template": "dnn8vnnews", "held_out": True},
        ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
