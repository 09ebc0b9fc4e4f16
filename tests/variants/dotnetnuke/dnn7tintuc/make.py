"""Generate the dnn7tintuc held-out variant (DotNetNuke 7 district portal, invented vendor
news module "HDS.TinTuc").  Deterministic: run `python make.py` from anywhere.

Pages and truth are produced from the same data below, so the truth paragraphs are exactly
what the HTML shows.  All text is invented.
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

OUT = Path(__file__).resolve().parent
HOST = "https://tanhoason.binhlam.gov.vn"
SITE = "Cổng thông tin điện tử huyện Tân Hòa Sơn"
TODAY = "Thứ Sáu, 22/03/2024"
SKIN = "/Portals/0/Skins/THS_2014"
CONT = "/Portals/0/Containers/THS_2014"
MOD = "/DesktopModules/HDS_TinTuc"
CDV = "cdv=112"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def norm(s: str) -> str:
    return " ".join(nfc(s).split())


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------- tabs
TABS = {
    # tabid: (name, slug, module id)
    36: ("Trang chủ", "trang-chu", 410),
    101: ("Giới thiệu", "gioi-thieu", 520),
    120: ("Tin tức - Sự kiện", "tin-tuc-su-kien", 890),
    121: ("Kinh tế - Xã hội", "kinh-te-xa-hoi", 891),
    122: ("Văn hóa - Xã hội", "van-hoa-xa-hoi", 892),
    125: ("Thông báo", "thong-bao", 895),
    130: ("Văn bản chỉ đạo điều hành", "van-ban", 910),
    135: ("Thủ tục hành chính", "thu-tuc-hanh-chinh", 915),
    140: ("Liên hệ", "lien-he", 930),
    150: ("Kết quả tìm kiếm", "tim-kiem", 940),
    160: ("Đăng nhập", "dang-nhap", 950),
    170: ("Hỏi đáp trực tuyến", "hoi-dap", 960),
    180: ("Sơ đồ website", "so-do-website", 970),
}


def tab_url(tabid: int) -> str:
    return f"/{TABS[tabid][1]}/tabid/{tabid}/Default.aspx"


# --------------------------------------------------------------------------- articles
# Block kinds: ("p", html) ("div", html) ("li", [html,...]) ("br", [line,...])
# ("table", [[cell,...],...]) ("img_table"|"img_em"|"img_div", file, caption, credit)
# ("related",) ("sig_p", html) -> signature, not text ; ("date_p", text) -> date line in body
A = []

A.append(dict(
    id=4567, tab=120, style="path", file="tin-4567",
    title="Huyện Tân Hòa Sơn phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024",
    date_top="Ngày đăng: 12/03/2024 | Lượt xem: 245", date_bottom=None,
    published="2024-03-12T00:00:00+07:00", updated=None, label="Ngày đăng",
    lead_style="span", prefix=None,
    lead="Hưởng ứng Tết trồng cây năm 2024, UBND huyện Tân Hòa Sơn tổ chức lễ phát động tại khu vực đồi Cây Sim, xã Hòa Phú, với sự tham gia của hơn 500 cán bộ, đoàn viên và người dân.",
    body=[
        ("p", "Sáng ngày 08/3/2024, tại xã Hòa Phú, Ban Chỉ đạo trồng rừng huyện tổ chức lễ ra quân trồng cây đầu xuân. Tham dự có đồng chí Lê Văn Khải, Phó Bí thư Thường trực Huyện ủy; đồng chí Phạm Thị Mai Hương, Phó Chủ tịch UBND huyện cùng lãnh đạo các phòng, ban, đoàn thể và đông đảo nhân dân địa phương."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Phạm Thị Mai Hương cho biết, trong năm 2023 toàn huyện đã trồng mới 1.250 ha rừng tập trung và hơn 86.000 cây phân tán, góp phần nâng tỷ lệ che phủ rừng lên 54,2%. Những kết quả này khẳng định ý nghĩa thiết thực của phong trào Tết trồng cây do Chủ tịch Hồ Chí Minh phát động."),
        ("img_table", "2024/3/12/trong-cay-hoa-phu.jpg", "Lãnh đạo huyện và nhân dân xã Hòa Phú trồng cây keo lai tại đồi Cây Sim.", "Ảnh: Minh Tâm"),
        ("p", "Năm 2024, huyện đặt mục tiêu trồng mới 1.300 ha rừng tập trung, trong đó ưu tiên các loài cây bản địa như lim xanh, sao đen, giổi; đồng thời trồng ít nhất 90.000 cây phân tán dọc các tuyến đường liên xã, trường học và khu dân cư."),
        ("p", "Đồng chí Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ ràng cho từng đơn vị; chú trọng chăm sóc, bảo vệ cây sau khi trồng, tránh tình trạng <strong>trồng nhiều nhưng tỷ lệ cây sống thấp</strong>."),
        ("p", "Ngay sau lễ phát động, các đại biểu và người dân đã trồng 2.000 cây keo lai và 300 cây sao đen trên diện tích 3 ha tại khu vực đồi Cây Sim."),
        ("sig_p", '<p style="text-align: right;"><strong>Minh Tâm</strong></p>'),
    ],
    authors=["Minh Tâm"], unit=None, after=None,
))

A.append(dict(
    id=4571, tab=120, style="query", file="tin-4571",
    title="Hội nghị trực tuyến toàn quốc triển khai nhiệm vụ chuyển đổi số năm 2024",
    date_top="12-03-2024 09:15", date_bottom=None,
    published="2024-03-12T09:15:00+07:00", updated=None, label=None,
    lead_style="bold_p", prefix="(TTXVN) -",
    lead="Ngày 11/3, Ủy ban Quốc gia về chuyển đổi số tổ chức hội nghị trực tuyến với các bộ, ngành và địa phương nhằm đánh giá kết quả năm 2023 và triển khai nhiệm vụ năm 2024.",
    body=[
        ("p", "Báo cáo tại hội nghị cho thấy, năm 2023 tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình tiếp tục tăng; nhiều địa phương đã đưa vào vận hành kho dữ liệu dùng chung và kết nối với các cơ sở dữ liệu quốc gia về dân cư, đất đai."),
        ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng số ở vùng sâu, vùng xa còn thiếu đồng bộ; nguồn nhân lực công nghệ thông tin tại cấp xã còn mỏng; việc khai thác dữ liệu phục vụ chỉ đạo, điều hành chưa thường xuyên."),
        ("img_em", "2024/3/12/hoi-nghi-cds.jpg", "Quang cảnh hội nghị tại điểm cầu trung tâm.", "Ảnh: TTXVN"),
        ("p", "Năm 2024 được xác định là năm tập trung phát triển dữ liệu số. Các bộ, ngành, địa phương được yêu cầu hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; đẩy mạnh thanh toán trực tuyến và ứng dụng chữ ký số trong xử lý văn bản."),
        ("p", "Tại điểm cầu huyện Tân Hòa Sơn, đồng chí Nguyễn Hữu Thành, Chủ tịch UBND huyện cùng lãnh đạo các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn tham dự hội nghị."),
        ("sig_p", '<p style="text-align: right;"><em>Nguồn: TTXVN</em></p>'),
    ],
    authors=[], unit="TTXVN", after=None,
))

A.append(dict(
    id=4580, tab=122, style="path", file="tin-4580",
    title="Sôi nổi Hội thi “Phụ nữ Tân Hòa Sơn duyên dáng, tài năng” năm 2024",
    date_top=None, date_bottom="Thứ Bảy, ngày 16 tháng 3 năm 2024",
    published="2024-03-16T00:00:00+07:00", updated=None, label=None,
    lead_style=None, prefix=None, lead=None,
    body=[
        ("div", "Tối 15/3, tại Nhà văn hóa trung tâm huyện, Hội Liên hiệp Phụ nữ huyện Tân Hòa Sơn tổ chức Hội thi “Phụ nữ Tân Hòa Sơn duyên dáng, tài năng” năm 2024 với sự tham gia của 12 đội đến từ các xã, thị trấn."),
        ("div", "Hội thi gồm ba phần: chào hỏi, trang phục áo dài và năng khiếu. Các tiết mục được đầu tư dàn dựng công phu, lồng ghép nội dung tuyên truyền về bình đẳng giới, phòng chống bạo lực gia đình và xây dựng gia đình no ấm, hạnh phúc."),
        ("img_div", "2024/3/16/hoi-thi-phu-nu.jpg", "Đội thi xã Hòa Phú trong phần thi trang phục áo dài.", None),
        ("div", "Kết quả, Ban Tổ chức trao giải Nhất cho đội thị trấn Tân Hòa; giải Nhì cho đội xã Sơn Thành; hai giải Ba thuộc về đội xã Hòa Phú và xã Phước Lộc. Ngoài ra, Ban Tổ chức còn trao 4 giải phụ cho các cá nhân có phần thi ấn tượng."),
        ("div", "Hội thi là dịp để hội viên phụ nữ giao lưu, học hỏi, đồng thời góp phần nâng cao đời sống văn hóa tinh thần ở cơ sở."),
        ("sig_p", '<div style="text-align: right;"><strong>Tin, ảnh: Hồng Nhung</strong></div>'),
    ],
    authors=["Hồng Nhung"], unit=None, after=None,
))

A.append(dict(
    id=4585, tab=121, style="query", file="tin-4585",
    title="Thu ngân sách nhà nước trên địa bàn huyện hai tháng đầu năm 2024 đạt 21,6% dự toán",
    date_top="Ngày đăng: 14/03/2024 | Lượt xem: 512", date_update="(Cập nhật: 15/03/2024)",
    date_bottom=None,
    published="2024-03-14T00:00:00+07:00", updated="2024-03-15T00:00:00+07:00", label="Ngày đăng",
    lead_style="span", prefix=None,
    lead="Theo báo cáo của Phòng Tài chính - Kế hoạch huyện, tổng thu ngân sách nhà nước trên địa bàn hai tháng đầu năm 2024 ước đạt 38,9 tỷ đồng, bằng 21,6% dự toán tỉnh giao.",
    body=[
        ("p", "Trong đó, thu từ khu vực doanh nghiệp ngoài quốc doanh đạt 9,7 tỷ đồng; thu tiền sử dụng đất đạt 17,2 tỷ đồng; các khoản thu phí, lệ phí và thu khác đạt 12 tỷ đồng. So với cùng kỳ năm trước, tổng thu tăng 8,4%."),
        ("related",),
        ("p", "Kết quả thu một số khoản chủ yếu như sau:"),
        ("table", [
            ["Nội dung", "Dự toán năm 2024 (triệu đồng)", "Thực hiện 2 tháng (triệu đồng)", "Tỷ lệ (%)"],
            ["Thu ngoài quốc doanh", "46.500", "9.720", "20,9"],
            ["Lệ phí trước bạ", "14.000", "2.860", "20,4"],
            ["Thu tiền sử dụng đất", "85.000", "17.180", "20,2"],
            ["Thuế thu nhập cá nhân", "9.500", "2.310", "24,3"],
            ["Thu khác ngân sách", "25.000", "6.830", "27,3"],
            ["Tổng cộng", "180.000", "38.900", "21,6"],
        ]),
        ("p", "Tổng chi ngân sách địa phương hai tháng ước đạt 71,5 tỷ đồng, chủ yếu chi lương, phụ cấp và các khoản chi thường xuyên, bảo đảm kịp thời nhiệm vụ chính trị của các cơ quan, đơn vị."),
        ("p", "Để hoàn thành dự toán năm, UBND huyện chỉ đạo Chi cục Thuế khu vực phối hợp với các xã, thị trấn rà soát nguồn thu, đôn đốc thu hồi nợ đọng thuế; đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại các khu dân cư đã hoàn thành hạ tầng."),
    ],
    authors=[], unit="Phòng Tài chính - Kế hoạch huyện",
    after=("source", "Phòng Tài chính - Kế hoạch huyện"),
))

A.append(dict(
    id=4590, tab=120, style="path", file="tin-4590",
    title="Kỳ họp thứ 14 (chuyên đề) HĐND huyện khóa XII thông qua 5 nghị quyết",
    date_top="18-03-2024 14:30", date_bottom=None,
    published="2024-03-18T14:30:00+07:00", updated=None, label=None,
    lead_style="span", prefix=None,
    lead="Chiều 18/3, HĐND huyện Tân Hòa Sơn khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề) để xem xét, quyết định một số nội dung thuộc thẩm quyền.",
    body=[
        ("img_em", "2024/3/18/ky-hop-hdnd.jpg", "Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp.", None),
        ("br", [
            "Kỳ họp đã thảo luận và biểu quyết thông qua 5 nghị quyết, gồm:",
            "- Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025;",
            "- Nghị quyết phân bổ vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;",
            "- Nghị quyết thông qua danh mục dự án cần thu hồi đất bổ sung năm 2024;",
            "- Nghị quyết về chủ trương đầu tư công trình nâng cấp đường liên xã Hòa Phú - Sơn Thành;",
            "- Nghị quyết kiện toàn chức danh Ủy viên UBND huyện.",
            "Phát biểu bế mạc, đồng chí Võ Đình Nam, Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương triển khai các nghị quyết vừa được thông qua, bảo đảm đúng quy định và hiệu quả.",
            "Các đại biểu HĐND huyện tăng cường giám sát việc thực hiện nghị quyết tại cơ sở, kịp thời phản ánh ý kiến, kiến nghị của cử tri.",
        ]),
    ],
    authors=["Trần Văn Lộc"], unit=None, after=("author", "Trần Văn Lộc"),
))

A.append(dict(
    id=4594, tab=125, style="path", file="tb-4594",
    title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 4/2024",
    date_top="Ngày đăng: 19/03/2024 | Lượt xem: 87", date_bottom=None,
    published="2024-03-19T00:00:00+07:00", updated=None, label="Ngày đăng",
    lead_style=None, prefix=None, lead=None,
    body=[
        ("p", "Thực hiện Luật Tiếp công dân, Chủ tịch UBND huyện Tân Hòa Sơn tiếp công dân định kỳ vào ngày 10/4/2024 và ngày 25/4/2024 tại Trụ sở Tiếp công dân huyện (số 02 đường Trần Phú, thị trấn Tân Hòa)."),
        ("p", "Công dân có nhu cầu vui lòng mang theo giấy tờ tùy thân và tài liệu liên quan. Chi tiết xem tệp đính kèm."),
        ("sig_p", '<p style="text-align: right;"><strong>Văn phòng HĐND và UBND huyện</strong></p>'),
    ],
    authors=[], unit="Văn phòng HĐND và UBND huyện", after=None,
    files=[("TB-lich-tiep-cong-dan-thang-4-2024.pdf", "Thông báo số 112/TB-UBND (PDF, 214 KB)"),
           ("Mau-don-de-nghi-tiep-cong-dan.doc", "Mẫu đơn đề nghị tiếp công dân (DOC, 38 KB)")],
))

A.append(dict(
    id=4552, tab=122, style="path", file="tin-4552",
    title="Lễ hội Cầu ngư làng biển Phước Lộc thu hút hàng nghìn du khách",
    date_top=None, date_bottom="Thứ Hai, ngày 04 tháng 3 năm 2024",
    published="2024-03-04T00:00:00+07:00", updated=None, label=None,
    lead_style="bold_p", prefix=None,
    lead="Lễ hội Cầu ngư truyền thống của ngư dân xã Phước Lộc năm nay được tổ chức trong ba ngày với nhiều hoạt động văn hóa, thể thao đặc sắc, thu hút đông đảo người dân và du khách.",
    body=[
        ("p", "Theo các bậc cao niên, lễ hội Cầu ngư đã có từ hơn 200 năm trước, gắn với tục thờ cá Ông của cư dân ven biển. Lễ hội thể hiện lòng biết ơn đối với thần biển và cầu mong một năm mưa thuận gió hòa, tàu thuyền ra khơi bình an, đánh bắt được nhiều hải sản."),
        ("img_table", "2024/3/4/ruoc-sac-lang-ong.jpg", "Nghi thức rước sắc từ lăng Ông ra bến thuyền.", "Ảnh: Văn Sơn"),
        ("p", "Phần lễ gồm các nghi thức nghinh Ông, tế tự và hát bả trạo do các nghệ nhân trong làng thực hiện. Phần hội diễn ra sôi nổi với các trò chơi dân gian như đua thuyền thúng, kéo co trên cát, lắc thúng chai và hội thi nấu ăn món đặc sản làng biển."),
        ("img_em", "2024/3/4/dua-thuyen-thung.jpg", "Đua thuyền thúng là hoạt động được nhiều du khách yêu thích.", None),
        ("p", "Ông Đặng Văn Hòa, Chủ tịch UBND xã Phước Lộc cho biết, địa phương đang phối hợp với Phòng Văn hóa và Thông tin huyện lập hồ sơ đề nghị đưa lễ hội vào danh mục di sản văn hóa phi vật thể cấp tỉnh, đồng thời gắn lễ hội với phát triển du lịch cộng đồng."),
        ("sig_p", '<p style="text-align: right;"><em>Nguồn: Báo Bình Lâm</em></p>'),
    ],
    authors=[], unit="Báo Bình Lâm", after=None,
))

A.append(dict(
    id=4548, tab=121, style="path", file="tin-4548",
    title="Huyện Tân Hòa Sơn giải ngân vốn đầu tư công năm 2023 đạt 96,8% kế hoạch",
    date_top="05-03-2024 08:00", date_bottom=None,
    published="2024-03-05T08:00:00+07:00", updated=None, label=None,
    lead_style="span", prefix=None,
    lead="Tính đến hết ngày 31/01/2024 (thời điểm kết thúc năm ngân sách 2023), huyện Tân Hòa Sơn đã giải ngân 312,4 tỷ đồng vốn đầu tư công, đạt 96,8% kế hoạch vốn được giao.",
    body=[
        ("p", "Kế hoạch vốn đầu tư công năm 2023 của huyện là 322,7 tỷ đồng, được phân bổ cho 64 dự án, trong đó có 41 dự án chuyển tiếp và 23 dự án khởi công mới. Từ ngày 01/01/2023 đến 31/12/2023, các chủ đầu tư đã hoàn thành, đưa vào sử dụng 28 công trình."),
        ("p", "Ngày 18.2, tại hội nghị đánh giá công tác giải ngân, UBND huyện biểu dương Ban Quản lý dự án đầu tư xây dựng huyện và 7 xã có tỷ lệ giải ngân đạt 100%. Bên cạnh đó, vẫn còn 3 dự án giải ngân dưới 70% do vướng mắc trong công tác bồi thường, giải phóng mặt bằng."),
        ("img_div", "2024/3/5/duong-dh05.jpg", "Công trình đường ĐH.05 đoạn qua xã Sơn Thành hoàn thành cuối năm 2023.", "Ảnh: Thu Hà"),
        ("p", "Năm 2024, huyện được giao kế hoạch vốn 356 tỷ đồng. UBND huyện yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, phấn đấu đến ngày 30/6/2024 giải ngân đạt trên 50% kế hoạch vốn."),
        ("sig_p", '<p style="text-align: right;"><strong>Thu Hà</strong></p>'),
    ],
    authors=["Thu Hà"], unit=None, after=None,
))

A.append(dict(
    id=4539, tab=122, style="query", file="tin-4539",
    title="Triển khai các hoạt động hưởng ứng Tháng Thanh niên năm 2024",
    date_top="Ngày đăng: 28/02/2024 | Lượt xem: 1.034", date_bottom="(Cập nhật: 01/03/2024)",
    published="2024-02-28T00:00:00+07:00", updated="2024-03-01T00:00:00+07:00", label="Ngày đăng",
    lead_style="span", prefix=None,
    lead="Huyện đoàn Tân Hòa Sơn vừa ban hành kế hoạch tổ chức các hoạt động hưởng ứng Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ tiên phong chuyển đổi số, xung kích vì cộng đồng”.",
    body=[
        ("p", "Theo kế hoạch, Tháng Thanh niên năm nay tập trung vào các nhóm hoạt động chính sau:"),
        ("li", [
            "Ra quân chiến dịch “Ngày Chủ nhật xanh”, thu gom rác thải, trồng cây xanh tại các tuyến đường, khu dân cư;",
            "Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và dịch vụ công trực tuyến;",
            "Tổ chức hiến máu tình nguyện, thăm hỏi, tặng quà gia đình chính sách, thanh niên có hoàn cảnh khó khăn;",
            "Tổ chức giải bóng đá thanh niên huyện lần thứ V và ngày hội đoàn viên.",
        ]),
        ("p", "Huyện đoàn giao chỉ tiêu mỗi cơ sở Đoàn thực hiện ít nhất một công trình, phần việc thanh niên; phấn đấu kết nạp 350 đoàn viên mới trong đợt sinh hoạt chủ điểm kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh."),
        ("p", "Lễ ra quân cấp huyện dự kiến tổ chức tại xã Sơn Thành, với sự tham gia của khoảng 400 đoàn viên, thanh niên."),
        ("sig_p", '<p style="text-align: right;"><em>Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thanh huyện</em></p>'),
    ],
    authors=[], unit="Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", after=None,
))

A.append(dict(
    id=4530, tab=120, style="path", file="tin-4530",
    title="Tân Hòa Sơn tổ chức lễ giao nhận quân năm 2024",
    date_top="Thứ Tư, ngày 21 tháng 2 năm 2024", date_bottom=None,
    published="2024-02-21T00:00:00+07:00", updated=None, label=None,
    lead_style="bold_p", prefix=None,
    lead="Ngày 20/02, Hội đồng Nghĩa vụ quân sự huyện Tân Hòa Sơn tổ chức lễ giao nhận quân năm 2024, tiễn 186 thanh niên ưu tú lên đường nhập ngũ.",
    body=[
        ("p", "Năm nay, 100% thanh niên nhập ngũ của huyện có trình độ học vấn từ trung học phổ thông trở lên, trong đó có 21 thanh niên tốt nghiệp cao đẳng, đại học và 9 đảng viên. Đây là năm thứ năm liên tiếp huyện hoàn thành chỉ tiêu giao quân ngay trong ngày đầu tiên."),
        ("img_table", "2024/2/21/giao-nhan-quan.jpg", "Lãnh đạo huyện tặng hoa động viên các tân binh trước giờ lên đường.", None),
        ("p", "Tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí Trương Quang Minh, Bí thư Huyện ủy, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện căn dặn các tân binh tích cực học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội, phát huy truyền thống quê hương."),
        ("p", "Các đơn vị nhận quân gồm Trung đoàn bộ binh 812, Bộ Chỉ huy Quân sự tỉnh và Bộ đội Biên phòng tỉnh Bình Lâm."),
        ("sig_p", '<p style="text-align: right;"><strong>Tin, ảnh: Quốc Việt</strong></p>'),
    ],
    authors=["Quốc Việt"], unit=None, after=None,
))

A.append(dict(
    id=4526, tab=121, style="query", file="tin-4526",
    title="Nông dân Tân Hòa Sơn khẩn trương gieo sạ lúa vụ Đông Xuân",
    date_top=None, date_bottom="(Cập nhật: 16/02/2024)",
    published="2024-02-16T00:00:00+07:00", updated=None, label="Cập nhật",
    lead_style="span", prefix=None,
    lead="Đến nay, nông dân trong huyện đã gieo sạ được 3.150 ha lúa vụ Đông Xuân 2023 - 2024, đạt 92% kế hoạch; dự kiến hoàn thành trong tuần tới.",
    body=[
        ("p", "Để bảo đảm lịch thời vụ, Phòng Nông nghiệp và Phát triển nông thôn huyện khuyến cáo bà con sử dụng các giống lúa ngắn ngày, chống chịu sâu bệnh tốt như ĐT100, HN6, TBR225; gieo sạ tập trung, đồng loạt theo từng cánh đồng để thuận lợi cho công tác điều tiết nước và phòng trừ dịch hại."),
        ("p", "Các hợp tác xã dịch vụ nông nghiệp đã chủ động nạo vét 42 km kênh mương nội đồng, sửa chữa 6 trạm bơm điện, bảo đảm đủ nước tưới cho toàn bộ diện tích gieo trồng."),
        ("p", "Hiện nay, thời tiết rét đậm kéo dài, ngành nông nghiệp đề nghị bà con theo dõi chặt chẽ diễn biến thời tiết, không gieo sạ khi nhiệt độ trung bình ngày xuống dưới 15 độ C; thường xuyên thăm đồng để phát hiện, xử lý kịp thời ốc bươu vàng và chuột hại lúa."),
    ],
    authors=[], unit="Phòng Nông nghiệp và Phát triển nông thôn",
    after=("source", "Phòng Nông nghiệp và Phát triển nông thôn"),
))

A.append(dict(
    id=4519, tab=120, style="query", file="tin-4519",
    title="Gặp mặt đầu xuân Giáp Thìn 2024 các thế hệ cán bộ huyện qua các thời kỳ",
    date_top="14-02-2024 16:45", date_bottom=None,
    published="2024-02-14T16:45:00+07:00", updated=None, label=None,
    lead_style="bold_p", prefix=None,
    lead="Chiều 14/2 (tức mùng 5 Tết Giáp Thìn), Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Tân Hòa Sơn tổ chức gặp mặt các đồng chí nguyên lãnh đạo huyện qua các thời kỳ nhân dịp đầu xuân mới.",
    body=[
        ("p", "Tại buổi gặp mặt, đồng chí Trương Quang Minh, Bí thư Huyện ủy thông tin nhanh về tình hình kinh tế - xã hội năm 2023: tổng giá trị sản xuất ước đạt 6.840 tỷ đồng, tăng 7,9% so với năm 2022; thu nhập bình quân đầu người đạt 52 triệu đồng; tỷ lệ hộ nghèo giảm còn 3,1%."),
        ("img_em", "2024/2/14/gap-mat-dau-xuan.jpg", "Các đồng chí nguyên lãnh đạo huyện chụp ảnh lưu niệm tại buổi gặp mặt.", "Ảnh: Đức Huy"),
        ("p", "Các đại biểu phấn khởi trước những kết quả huyện đạt được, đồng thời góp ý nhiều nội dung tâm huyết về phát triển du lịch biển, giữ gìn bản sắc văn hóa và nâng cao chất lượng đội ngũ cán bộ cơ sở."),
        ("p", "Dịp này, lãnh đạo huyện gửi lời chúc sức khỏe, hạnh phúc đến các đồng chí nguyên lãnh đạo và mong tiếp tục nhận được sự quan tâm, đóng góp ý kiến cho sự phát triển của quê hương."),
        ("sig_p", '<p style="text-align: right;"><strong>Ngọc Ánh - Đức Huy</strong></p>'),
    ],
    authors=["Ngọc Ánh", "Đức Huy"], unit=None, after=None,
))

BY_ID = {a["id"]: a for a in A}


def art_url(a: dict) -> str:
    tab = a["tab"]
    mid = TABS[tab][2]
    if a["style"] == "query":
        return f"/Default.aspx?tabid={tab}&ItemID={a['id']}&mid={mid}"
    return f"/{TABS[tab][1]}/tabid/{tab}/ItemID/{a['id']}/Default.aspx"


def ddmmyyyy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


# older articles that exist only as links (they answer 404 on the test server)
OLD = [
    (4511, 120, "Huyện Tân Hòa Sơn tổng kết công tác dân vận năm 2023", "2024-02-08"),
    (4507, 121, "Đẩy mạnh tiêu thụ nông sản dịp Tết Nguyên đán Giáp Thìn", "2024-02-05"),
    (4502, 122, "Chương trình nghệ thuật mừng Đảng, mừng Xuân Giáp Thìn 2024", "2024-02-02"),
    (4496, 120, "Hội nghị tổng kết công tác tư pháp năm 2023 và triển khai nhiệm vụ năm 2024", "2024-01-30"),
    (4490, 121, "Xã Sơn Thành đón nhận bằng công nhận đạt chuẩn nông thôn mới nâng cao", "2024-01-26"),
    (4483, 122, "Trao quà Tết cho hộ nghèo, gia đình chính sách trên địa bàn huyện", "2024-01-22"),
    (4477, 120, "Ban Thường vụ Huyện ủy làm việc với Đảng ủy thị trấn Tân Hòa", "2024-01-18"),
    (4470, 121, "Ra mắt hợp tác xã nuôi trồng thủy sản Phước Lộc", "2024-01-15"),
]
NOTICES = [
    (4594, "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 4/2024", "2024-03-19"),
    (4588, "Thông báo kết quả lựa chọn tổ chức đấu giá quyền sử dụng đất khu dân cư Đồng Cát", "2024-03-15"),
    (4575, "Thông báo tuyển dụng viên chức sự nghiệp giáo dục huyện năm 2024", "2024-03-11"),
    (4561, "Thông báo lấy ý kiến nhân dân về dự thảo quy hoạch chung xây dựng xã Hòa Phú", "2024-03-07"),
    (4544, "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 3/2024", "2024-02-27"),
    (4521, "Thông báo nghỉ Tết Nguyên đán Giáp Thìn 2024 đối với cán bộ, công chức", "2024-02-01"),
]


def old_url(i: int, tab: int) -> str:
    return f"/{TABS[tab][1]}/tabid/{tab}/ItemID/{i}/Default.aspx"


def notice_url(i: int) -> str:
    return f"/thong-bao/tabid/125/ItemID/{i}/Default.aspx"


# --------------------------------------------------------------------------- chrome
def viewstate(seed: str, n: int) -> str:
    rnd = random.Random(seed)
    raw = bytes(rnd.getrandbits(8) for _ in range(n))
    return "/wEPDwUKMTM4NjA3NzE4Mg9kFgZmD2QWBAIE" + base64.b64encode(raw).decode()


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", tab_url(101), ["Điều kiện tự nhiên", "Lịch sử hình thành", "Cơ cấu tổ chức", "Lãnh đạo huyện", "Đơn vị hành chính"]),
    ("Tin tức - Sự kiện", tab_url(120), ["Tin hoạt động", "Kinh tế - Xã hội", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin từ xã, thị trấn"]),
    ("Chỉ đạo điều hành", tab_url(130), ["Văn bản chỉ đạo", "Lịch công tác", "Thông báo", "Kết luận giao ban"]),
    ("Văn bản pháp quy", "/van-ban-phap-quy/tabid/131/Default.aspx", ["Nghị quyết HĐND", "Quyết định UBND", "Văn bản dự thảo"]),
    ("Thủ tục hành chính", tab_url(135), ["Lĩnh vực đất đai", "Lĩnh vực tư pháp", "Lĩnh vực xây dựng", "Lĩnh vực lao động"]),
    ("Quy hoạch - Kế hoạch", "/quy-hoach/tabid/136/Default.aspx", ["Quy hoạch sử dụng đất", "Kế hoạch phát triển"]),
    ("Hỏi đáp", tab_url(170), []),
    ("Liên hệ", tab_url(140), []),
]


def menu_html(active: int) -> str:
    out = ['<div id="dnn_dnnNAV_ctldnnNAV" class="thsMenu"><ul class="topLevel">']
    for k, (name, href, subs) in enumerate(MENU):
        cls = "item" + (" first" if k == 0 else "") + (" last" if k == len(MENU) - 1 else "")
        if active and href == tab_url(active):
            cls += " selected"
        out.append(f'<li class="{cls}"><a href="{href}"><span>{esc(name)}</span></a>')
        if subs:
            out.append('<div class="subLevel"><ul>')
            for j, s in enumerate(subs):
                sid = 200 + k * 10 + j
                out.append(f'<li class="item"><a href="/submenu/tabid/{sid}/Default.aspx"><span>{esc(s)}</span></a></li>')
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def container(mid: int, title: str, inner: str, module: str, cls: str = "c_box") -> str:
    return f"""<div class="DnnModule DnnModule-{module} DnnModule-{mid}"><a name="{mid}"></a>
<table class="{cls}" cellpadding="0" cellspacing="0" width="100%">
  <tr>
    <td class="{cls}_tl"><img src="{CONT}/images/spacer.gif" alt="" width="6" height="30" /></td>
    <td class="{cls}_title"><h2 class="{cls}_head"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></td>
    <td class="{cls}_tr"><img src="{CONT}/images/spacer.gif" alt="" width="6" height="30" /></td>
  </tr>
  <tr>
    <td colspan="3" class="{cls}_body"><div id="dnn_ctr{mid}_ContentPane" class="{cls}_content"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{module.replace('.', '')}C">
{inner}
</div><!-- End_Module_{mid} --></div></td>
  </tr>
  <tr><td class="{cls}_bl"></td><td class="{cls}_bottom"></td><td class="{cls}_br"></td></tr>
</table>
<div class="clear"></div></div>"""


def left_modules(active: int) -> str:
    cats = [(tab_url(120), "Tin hoạt động"), ("/kinh-te-xa-hoi/tabid/121/Default.aspx", "Kinh tế - Xã hội"),
            ("/van-hoa-xa-hoi/tabid/122/Default.aspx", "Văn hóa - Xã hội"),
            ("/quoc-phong-an-ninh/tabid/123/Default.aspx", "Quốc phòng - An ninh"),
            ("/tin-xa-thi-tran/tabid/124/Default.aspx", "Tin từ xã, thị trấn"), (tab_url(125), "Thông báo"),
            (tab_url(130), "Văn bản chỉ đạo điều hành"), ("/lich-cong-tac/tabid/132/Default.aspx", "Lịch công tác"),
            ("/du-lich/tabid/126/Default.aspx", "Du lịch - Đặc sản"), ("/cai-cach-hanh-chinh/tabid/127/Default.aspx", "Cải cách hành chính")]
    cat = "<ul class=\"hdsCatMenu\">" + "".join(
        f'<li><img src="{SKIN}/images/arrow.gif" alt="" /> <a href="{h}">{esc(t)}</a></li>' for h, t in cats) + "</ul>"
    notices = "<div class=\"hdsMarquee\"><marquee direction=\"up\" scrollamount=\"2\" onmouseover=\"this.stop()\" onmouseout=\"this.start()\" height=\"220\"><ul>" + "".join(
        f'<li><a href="{notice_url(i) if i != 4594 else art_url(BY_ID[4594])}">{esc(t)}</a> <span class="hdsListDate">({ddmmyyyy(d)})</span></li>'
        for i, t, d in NOTICES) + "</ul></marquee></div>"
    links = [("http://chinhphu.vn", "Cổng TTĐT Chính phủ"), ("http://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
             ("#", "--- Các bộ, ngành ở TW ---"), ("http://mic.gov.vn", "Bộ Thông tin và Truyền thông"),
             ("http://moha.gov.vn", "Bộ Nội vụ"), ("#", "--- Tỉnh ủy, UBND tỉnh ---"),
             ("http://binhlam.gov.vn", "Cổng TTĐT tỉnh Bình Lâm"), ("http://tinhuy.binhlam.gov.vn", "Tỉnh ủy Bình Lâm"),
             ("#", "--- Sở, ban, ngành ---"), ("http://stttt.binhlam.gov.vn", "Sở Thông tin và Truyền thông"),
             ("http://sotuphap.binhlam.gov.vn", "Sở Tư pháp"), ("http://snnptnt.binhlam.gov.vn", "Sở Nông nghiệp và PTNT"),
             ("http://skhdt.binhlam.gov.vn", "Sở Kế hoạch và Đầu tư"), ("#", "--- UBND huyện, thị xã ---"),
             ("http://phuocbinh.binhlam.gov.vn", "UBND huyện Phước Bình"), ("http://lamha.binhlam.gov.vn", "UBND thị xã Lâm Hà"),
             ("http://dongthanh.binhlam.gov.vn", "UBND huyện Đông Thành")]
    sel = ('<select name="dnn$ctr421$LienKet$ddlLink" id="dnn_ctr421_LienKet_ddlLink" class="hdsLinkSelect" '
           'onchange="if(this.value!=\'#\'){window.open(this.value);}"><option value="#">-- Liên kết website --</option>'
           + "".join(f'<option value="{h}">{esc(t)}</option>' for h, t in links) + "</select>")
    poll = """<div class="hdsPoll"><p class="hdsPollQ">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện?</p>
<table id="dnn_ctr425_Poll_rblAnswer" class="hdsPollAns"><tr><td><input id="dnn_ctr425_Poll_rblAnswer_0" type="radio" name="dnn$ctr425$Poll$rblAnswer" value="1" /><label for="dnn_ctr425_Poll_rblAnswer_0">Rất hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr425_Poll_rblAnswer_1" type="radio" name="dnn$ctr425$Poll$rblAnswer" value="2" /><label for="dnn_ctr425_Poll_rblAnswer_1">Hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr425_Poll_rblAnswer_2" type="radio" name="dnn$ctr425$Poll$rblAnswer" value="3" /><label for="dnn_ctr425_Poll_rblAnswer_2">Chưa hài lòng</label></td></tr></table>
<input type="submit" name="dnn$ctr425$Poll$btnVote" value="Biểu quyết" id="dnn_ctr425_Poll_btnVote" class="hdsButton" /> <a id="dnn_ctr425_Poll_lnkResult" href="javascript:__doPostBack('dnn$ctr425$Poll$lnkResult','')">Xem kết quả</a></div>"""
    out = [container(420, "Chuyên mục", cat, "HDS.TinTuc.Menu"),
           container(422, "Thông báo", notices, "HDS.TinTuc.Marquee"),
           container(421, "Liên kết website", sel, "HDS.LienKet"),
           container(425, "Thăm dò ý kiến", poll, "HDS.Poll")]
    return "\n".join(out)


def right_modules(seed: int) -> str:
    banners = [("/dich-vu-cong/tabid/137/Default.aspx", "banner-dvc.jpg", "Dịch vụ công trực tuyến"),
               ("http://dichvucong.gov.vn", "banner-dvcqg.jpg", "Cổng Dịch vụ công quốc gia"),
               (tab_url(130), "banner-vanban.jpg", "Văn bản chỉ đạo điều hành"),
               ("/lich-cong-tac/tabid/132/Default.aspx", "banner-lct.jpg", "Lịch công tác"),
               (tab_url(170), "banner-hoidap.jpg", "Hỏi đáp trực tuyến"),
               ("/phan-anh-kien-nghi/tabid/171/Default.aspx", "banner-pakn.jpg", "Tiếp nhận phản ánh, kiến nghị")]
    b = "".join(f'<div class="hdsBanner"><a href="{h}" target="_blank"><img src="/Portals/0/Banner/{f}" alt="{attr(t)}" width="230" height="62" /></a></div>'
                for h, f, t in banners)
    docs = [("Quyết định số 512/QĐ-UBND", "Về việc phê duyệt kế hoạch phát triển kinh tế - xã hội năm 2024"),
            ("Kế hoạch số 76/KH-UBND", "Triển khai công tác cải cách hành chính năm 2024"),
            ("Chỉ thị số 02/CT-UBND", "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô"),
            ("Công văn số 388/UBND-VP", "Về việc triển khai thực hiện Đề án 06 trên địa bàn huyện"),
            ("Quyết định số 498/QĐ-UBND", "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số huyện")]
    d = "<ul class=\"hdsDocList\">" + "".join(
        f'<li><a href="/van-ban/tabid/130/DocID/{1200 + k}/Default.aspx"><b>{esc(s)}</b></a><br />{esc(t)}</li>'
        for k, (s, t) in enumerate(docs)) + "</ul>"
    rnd = random.Random(seed)
    online = 20 + rnd.randint(0, 40)
    today = 900 + rnd.randint(0, 600)
    counter = f"""<table class="hdsCounter" cellpadding="2" cellspacing="0">
<tr><td><img src="{MOD}/images/online.gif" alt="" /> Đang truy cập:</td><td class="num"><span id="dnn_ctr430_Counter_lblOnline">{online}</span></td></tr>
<tr><td><img src="{MOD}/images/today.gif" alt="" /> Hôm nay:</td><td class="num"><span id="dnn_ctr430_Counter_lblToday">{today:,}</span></td></tr>
<tr><td><img src="{MOD}/images/month.gif" alt="" /> Tháng này:</td><td class="num"><span id="dnn_ctr430_Counter_lblMonth">41.377</span></td></tr>
<tr><td><img src="{MOD}/images/total.gif" alt="" /> Tổng lượt truy cập:</td><td class="num"><span id="dnn_ctr430_Counter_lblTotal">2.345.678</span></td></tr>
</table>""".replace(",", ".")
    badge = f'<div class="hdsBadge"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/tanhoasonbinhlamgovvn" target="_blank" title="Chung nhan Tin Nhiem Mang"><img src="/Portals/0/Banner/tinnhiemmang.png" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>'
    return "\n".join([container(428, "Liên kết nhanh", b, "DNN_HTML"),
                      container(429, "Văn bản mới", d, "HDS.VanBan"),
                      container(430, "Thống kê truy cập", counter + badge, "HDS.Counter")])


def head(title: str, tabid: int, desc: str) -> str:
    css = [f"/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?{CDV}",
           f"{MOD}/module.css?{CDV}", f"{SKIN}/skin.css?{CDV}", f"{SKIN}/Home.css?{CDV}",
           f"{CONT}/container.css?{CDV}", f"/Portals/0/portal.css?{CDV}"]
    js = [f"/Resources/libraries/jQuery/01_09_01/jquery.js?{CDV}",
          f"/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?{CDV}",
          f"/Resources/libraries/jQuery-UI/01_10_03/jquery-ui.js?{CDV}"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html  xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" /><meta id="MetaDescription" name="DESCRIPTION" content="{attr(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="Tân Hòa Sơn, Bình Lâm, UBND huyện, tin tức, thông báo,DotNetNuke,DNN" /><meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền thuộc UBND huyện Tân Hòa Sơn" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaAuthor" name="AUTHOR" content="UBND huyện Tân Hòa Sơn" /><meta name="RESOURCE-TYPE" content="DOCUMENT" /><meta name="DISTRIBUTION" content="GLOBAL" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><meta name="REVISIT-AFTER" content="1 DAYS" /><meta name="RATING" content="GENERAL" /><meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" /><style id="StylePlaceholder" type="text/css"></style>
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2014, by DNN Corporation -->
<!--*********************************************-->
{''.join(f'<link href="{c}" type="text/css" rel="stylesheet"/>' for c in css)}
{''.join(f'<script src="{j}" type="text/javascript"></script>' for j in js)}
<link id="Template_{TABS.get(tabid, ('', '', 0))[2]}" rel="stylesheet" type="text/css" href="{MOD}/Templates/Default/template.css" /><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2014-05-20-101512-370' type='image/x-icon' /><title>
	{esc(title)}
</title></head>"""


def form_open(action: str, tabid: int, seed: str, vs_len: int) -> str:
    return f"""<body id="Body">
    <form method="post" action="{attr(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, vs_len)}" />
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDCd2b8kqkM9vJ2xGvJeC2uD8gZ6z0aG9Q2&amp;t=635196376597434926" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3IpgT9Xq5fZvZ8Ru7m2ZKdGBu3gqbpYkH8c1dQm9Xn0WyP8zQ1&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<script src="/js/dnn.js?{CDV}" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?{CDV}" type="text/javascript"></script><script src="/js/dnncore.js?{CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?{CDV}" type="text/javascript"></script><script src="{MOD}/js/hds.tintuc.js?{CDV}" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(seed + 'ev', 240)}" />
</div><script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
"""


def header(active: int) -> str:
    return f"""<div id="thsWrapper">
<table id="thsSkin" class="thsSkin" cellpadding="0" cellspacing="0" align="center" width="1000">
<tr><td class="thsTopBar">
  <table width="100%" cellpadding="0" cellspacing="0"><tr>
    <td class="thsDate"><img src="{SKIN}/images/icon-clock.gif" alt="" /> <span id="dnn_dnnCURRENTDATE_lblDate" class="thsDateText">{TODAY}</span></td>
    <td class="thsTopLinks" align="right"><a href="/">Trang chủ</a> | <a href="{tab_url(180)}">Sơ đồ website</a> | <a href="{tab_url(140)}">Liên hệ</a> | <a href="/rss/tabid/190/Default.aspx">RSS</a> | <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="thsLogin" rel="nofollow" onclick="this.disabled=true;" href="/dang-nhap/tabid/160/Default.aspx?returnurl=%2f">Đăng nhập</a></td>
  </tr></table>
</td></tr>
<tr><td class="thsBanner">
  <a id="dnn_dnnLOGO_hypLogo" title="{attr(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-ths-2014.jpg" alt="{attr(SITE)}" style="border-width:0px;" /></a>
</td></tr>
<tr><td class="thsNav">
{menu_html(active)}
</td></tr>
<tr><td class="thsSearchBar">
  <table width="100%" cellpadding="0" cellspacing="0"><tr>
    <td class="thsHotNews"><b>Tiêu điểm:</b> <a href="/tieu-diem/tabid/128/Default.aspx">Chuyển đổi số</a> · <a href="/tieu-diem/tabid/129/Default.aspx">Xây dựng nông thôn mới</a> · <a href="/tim-kiem/tabid/150/Default.aspx?Search=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi">Tìm: nông thôn mới</a></td>
    <td class="thsSearch" align="right"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" title="Tìm kiếm tin tức" onkeydown="return __dnn_KeyDown('13', 'javascript:__doPostBack(%27dnn$dnnSEARCH$cmdSearch%27,%27%27)', event);" /> <a id="dnn_dnnSEARCH_cmdSearch" class="thsSearchBtn" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></span></td>
  </tr></table>
</td></tr>
<tr><td class="thsMain">
"""


def breadcrumb(items: list[tuple[str, str]]) -> str:
    parts = ['<a href="/" class="thsBreadcrumb">Trang chủ</a>']
    for name, href in items:
        parts.append(f'<a href="{href}" class="thsBreadcrumb">{esc(name)}</a>')
    sep = f' <img alt="breadcrumb separator" src="{SKIN}/images/breadcrumb.gif" /> '
    return f'<div class="thsBreadBar"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{sep.join(parts)}</span></div>'


def layout(center: str, active: int, crumbs, seed: int) -> str:
    return f"""<table class="thsBody" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top" width="230">
{left_modules(active)}
</td>
<td class="thsCenter" valign="top">
{breadcrumb(crumbs) if crumbs else ''}
<div id="dnn_ContentPane" class="ContentPane">
{center}
</div>
</td>
<td id="dnn_RightPane" class="RightPane" valign="top" width="240">
{right_modules(seed)}
</td>
</tr>
</table>
"""


def footer() -> str:
    return f"""</td></tr>
<tr><td class="thsFooter">
<div id="dnn_FooterPane" class="FooterPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-499"><a name="499"></a>
<div id="dnn_ctr499_ContentPane"><!-- Start_Module_499 --><div id="dnn_ctr499_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
	<div id="dnn_ctr499_HtmlModule_lblContent" class="Normal">
	<p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN HÒA SƠN</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Hòa Sơn, tỉnh Bình Lâm</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Địa chỉ: Số 01 đường Lê Lợi, thị trấn Tân Hòa, huyện Tân Hòa Sơn, tỉnh Bình Lâm. Điện thoại: 0257.3861.234 - Fax: 0257.3861.235 - Email: vanphong@tanhoason.binhlam.gov.vn</p>
<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Lâm cấp. Ghi rõ nguồn "Cổng thông tin điện tử huyện Tân Hòa Sơn" khi phát hành lại thông tin từ nguồn này.</p>
</div>
</div><!-- End_Module_499 --></div>
</div></div>
<div class="thsCopyright"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="thsCopy">Copyright 2014 by UBND huyện Tân Hòa Sơn</span> | <a id="dnn_dnnTERMS_hypTerms" class="thsCopy" rel="nofollow" href="/Terms.aspx">Điều khoản sử dụng</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="thsCopy" rel="nofollow" href="/Privacy.aspx">Chính sách bảo mật</a></div>
</td></tr>
</table>
</div>
        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`0`}}" />
        <script type="text/javascript">
//<![CDATA[
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-4471832-1']);
_gaq.push(['_trackPageview']);
(function() {{
  var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
  ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
}})();
jQuery(function($) {{
  $('.thsMenu li.item').hover(function() {{ $(this).children('.subLevel').stop(true, true).slideDown(150); }},
                               function() {{ $(this).children('.subLevel').stop(true, true).slideUp(100); }});
}});
//]]>
</script>
</form>
</body>
</html>
"""


def page(title: str, action: str, tabid: int, center: str, crumbs, seed: str, desc: str, vs_len: int) -> str:
    s = sum(ord(c) for c in seed)
    return (head(title, tabid, desc) + "\n" + form_open(action, tabid, seed, vs_len) + header(tabid)
            + layout(center, tabid, crumbs, s) + footer())


# --------------------------------------------------------------------------- article rendering
def img_src(path: str) -> str:
    return f"/Portals/0/HDSNews/Images/{path}"


def render_block(a: dict, b) -> tuple[str, list[str], dict | None]:
    """Return (html, text paragraphs, image truth)."""
    kind = b[0]
    if kind in ("p", "div"):
        tag = kind
        h = f"<{tag} style=\"text-align: justify;\">{b[1]}</{tag}>" if kind == "p" else f"<div>{b[1]}</div>"
        txt = norm(lxml.html.fragment_fromstring(h).text_content())
        return h, [txt], None
    if kind == "li":
        items = "".join(f"<li>{x}</li>" for x in b[1])
        return f"<ul>{items}</ul>", [norm(lxml.html.fragment_fromstring(f'<li>{x}</li>').text_content()) for x in b[1]], None
    if kind == "br":
        return "<p>" + "<br />\n".join(esc(x) for x in b[1]) + "</p>", [norm(x) for x in b[1]], None
    if kind == "table":
        rows = []
        for k, r in enumerate(b[1]):
            cells = "".join((f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' if k == 0 else
                             (f"<td>{esc(c)}</td>" if j == 0 else f'<td style="text-align: right;">{esc(c)}</td>'))
                            for j, c in enumerate(r))
            rows.append(f"<tr>{cells}</tr>")
        h = ('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
             "<tbody>" + "\n".join(rows) + "</tbody></table>")
        return h, [" | ".join(norm(c) for c in r) for r in b[1]], None
    if kind.startswith("img_"):
        _, path, cap, credit = b
        src = img_src(path)
        full = cap + (" " + credit if credit else "")
        alt = attr(cap)
        if kind == "img_table":
            h = (f'<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
                 f'<tbody><tr><td><img alt="{alt}" src="{src}" style="width: 500px; height: 333px;" /></td></tr>'
                 f'<tr><td style="text-align: center;"><em>{esc(cap)}{(" " + esc(credit)) if credit else ""}</em></td></tr>'
                 f"</tbody></table>")
        elif kind == "img_em":
            h = (f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 480px; height: 320px;" /></p>'
                 f'<p style="text-align: center;"><em>{esc(full)}</em></p>')
        else:
            h = (f'<div class="hdsImgBox" style="text-align: center;"><img src="{src}" alt="{alt}" width="480" />'
                 f'<div class="hdsImgNote">{esc(cap)}{(" <i>(" + esc(credit) + ")</i>") if credit else ""}</div></div>')
        return h, [], {"src": HOST + src, "caption": norm(cap), "credit": norm(credit) if credit else None}
    if kind == "related":
        rel = [x for x in A if x["id"] != a["id"] and x["tab"] == 121][:2] + [BY_ID[4590]]
        items = "".join(f'<li><a href="{art_url(x)}">{esc(x["title"])}</a> <span>({ddmmyyyy(x["published"])})</span></li>' for x in rel)
        h = (f'<div class="hdsRelatedBox" style="float: right; width: 230px; margin: 0 0 8px 12px; border: 1px solid #c9d7e8;">'
             f'<div class="hdsRelatedHead"><strong>Tin liên quan</strong></div><ul>{items}</ul></div>')
        return h, [], None
    if kind == "sig_p":
        return b[1], [], None
    raise ValueError(kind)


def other_news(a: dict) -> str:
    rows = []
    others = sorted((x for x in A if x["id"] != a["id"] and x["tab"] != 125), key=lambda x: x["published"], reverse=True)
    for x in others[:7]:
        rows.append((art_url(x), x["title"], ddmmyyyy(x["published"])))
    for i, tab, t, d in OLD[:4]:
        rows.append((old_url(i, tab), t, ddmmyyyy(d)))
    lis = "".join(f'<li><img src="{MOD}/images/bullet.gif" alt="" /> <a href="{h}" class="hdsOtherLink">{esc(t)}</a> <span class="hdsOtherDate">({d})</span></li>'
                  for h, t, d in rows)
    return (f'<div class="hdsOtherNews"><div class="hdsOtherHead">Các tin khác</div><ul class="hdsOtherList">{lis}</ul>'
            f'<div class="hdsViewByDate">Xem tin theo ngày: <input name="dnn$ctr{TABS[a["tab"]][2]}$HDSNewsView$txtDate" type="text" value="22/03/2024" id="dnn_ctr{TABS[a["tab"]][2]}_HDSNewsView_txtDate" class="hdsDateBox" /> '
            f'<a id="dnn_ctr{TABS[a["tab"]][2]}_HDSNewsView_lnkXem" href="javascript:__doPostBack(\'dnn$ctr{TABS[a["tab"]][2]}$HDSNewsView$lnkXem\',\'\')">Xem</a></div></div>')


def render_article(a: dict) -> tuple[str, dict]:
    tab = a["tab"]
    mid = TABS[tab][2]
    cid = f"dnn_ctr{mid}_HDSNewsView"
    parts, texts, images = [], [], []
    if a["lead_style"] == "bold_p":
        lead_full = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        parts.append(f'<p style="text-align: justify;"><strong>{esc(lead_full)}</strong></p>')
    for b in a["body"]:
        h, t, img = render_block(a, b)
        parts.append(h)
        texts.extend(t)
        if img:
            images.append(img)
    if a["id"] == 4594:
        files = "".join(f'<li><img src="{MOD}/images/attach.gif" alt="" /> <a href="/Portals/0/HDSNews/Files/2024/3/{f}" target="_blank">{esc(t)}</a></li>'
                        for f, t in a["files"])
        attach = f'<div class="hdsAttach"><span class="hdsLabel">File đính kèm:</span><ul>{files}</ul></div>'
    else:
        attach = ""
    body_html = "\n".join(parts)
    info = ""
    if a.get("date_top"):
        upd = f' <span id="{cid}_lblUpdate" class="hdsNewsUpdate">{esc(a["date_update"])}</span>' if a.get("date_update") else ""
        info = f'<tr><td class="hdsNewsInfo"><span id="{cid}_lblDate" class="hdsNewsDate">{esc(a["date_top"])}</span>{upd}</td></tr>'
    lead_row = ""
    if a["lead_style"] == "span":
        lead_row = f'<tr><td class="hdsSapoCell"><span id="{cid}_lblSapo" class="hdsNewsSapo">{esc(a["lead"])}</span></td></tr>'
    foot = []
    if a.get("date_bottom"):
        foot.append(f'<div class="hdsNewsDateBottom"><span id="{cid}_lblNgay">{esc(a["date_bottom"])}</span></div>')
    if a["after"] and a["after"][0] == "author":
        foot.append(f'<div class="hdsAuthorField"><span class="hdsLabel">Người viết:</span> <span id="{cid}_lblTacGia" class="hdsAuthor">{esc(a["after"][1])}</span></div>')
    if a["after"] and a["after"][0] == "source":
        foot.append(f'<div class="hdsSourceField"><span id="{cid}_lblNguon" class="hdsSource">Nguồn: {esc(a["after"][1])}</span></div>')
    url = art_url(a)
    tools = (f'<div class="hdsTools"><a href="{MOD}/Print.aspx?ItemID={a["id"]}&amp;mid={mid}" target="_blank" class="hdsPrint">'
             f'<img src="{MOD}/images/print.gif" alt="In bài viết" /> In bài viết</a> '
             f'<a href="javascript:void(0)" onclick="hdsSendMail({a["id"]},{mid});return false;" class="hdsMail"><img src="{MOD}/images/email.gif" alt="Gửi email" /> Gửi email</a> '
             f'<a href="javascript:history.back()" class="hdsBack"><img src="{MOD}/images/back.gif" alt="" /> Quay lại</a> '
             f'<a href="#" class="hdsTop"><img src="{MOD}/images/top.gif" alt="" /> Đầu trang</a></div>')
    inner = f"""<div id="{cid}_pnlDetail" class="hdsNewsDetail">
<table class="hdsDetailTbl" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="hdsNewsTitleCell"><span id="{cid}_lblTitle" class="hdsNewsTitle">{esc(a["title"])}</span></td></tr>
{info}
{lead_row}
<tr><td class="hdsContentCell"><div id="{cid}_divContent" class="hdsNewsContent">
{body_html}
</div>{attach}</td></tr>
<tr><td class="hdsNewsFoot">{''.join(foot)}{tools}</td></tr>
</table>
</div>
{other_news(a)}"""
    catname = TABS[tab][0]
    center = container(mid, catname, inner, "HDS.TinTuc")
    html_ = page(f"{a['title']} - {SITE}", url, tab, center, [(catname, tab_url(tab))],
                 f"art{a['id']}", a["lead"] or a["title"], 14000 + (a["id"] % 7) * 900)
    exp = {
        "title": norm(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": norm(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(texts),
        "published_at": a["published"],
        "updated_at": a["updated"],
        "date_label": a["label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": catname,
    }
    return html_, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "article", "expected": exp}


# --------------------------------------------------------------------------- non-article pages
def list_item(href: str, title: str, date: str, sapo: str, thumb: str | None) -> str:
    th = (f'<td class="hdsThumb" valign="top" width="130"><a href="{href}"><img src="{thumb}" alt="" width="120" height="80" /></a></td>'
          if thumb else '<td class="hdsThumb" width="130"><img src="/DesktopModules/HDS_TinTuc/images/noimage.gif" alt="" width="120" height="80" /></td>')
    return (f'<table class="hdsListItem" width="100%" cellpadding="0" cellspacing="0"><tr>{th}'
            f'<td valign="top"><a href="{href}" class="hdsListTitle">{esc(title)}</a> <span class="hdsListDate">({date})</span>'
            f'<div class="hdsListSapo">{esc(sapo)}</div></td></tr></table>')


def first_img(a: dict) -> str | None:
    for b in a["body"]:
        if b[0].startswith("img_"):
            return img_src(b[1]).replace("/Images/", "/Images/thumbs/")
    return None


def sapo_of(a: dict) -> str:
    if a["lead"]:
        return a["lead"]
    return lxml.html.fragment_fromstring(f"<p>{a['body'][0][1]}</p>").text_content()


NEWS = sorted((x for x in A if x["tab"] != 125), key=lambda x: x["published"], reverse=True)


def listing_page(pageno: int) -> tuple[str, dict]:
    per = 7
    chunk = NEWS[(pageno - 1) * per: pageno * per]
    items = [list_item(art_url(x), x["title"], ddmmyyyy(x["published"]), sapo_of(x), first_img(x)) for x in chunk]
    if pageno == 2:
        items.append(list_item("/tin-tuc-su-kien/tabid/120/ItemID/4499/Default.aspx",
                               "Huyện Tân Hòa Sơn tổ chức Hội nghị cán bộ, công chức năm 2024", "29/01/2024",
                               "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023 và ký kết giao ước thi đua năm 2024.", None))
        for i, tab, t, d in OLD[:3]:
            items.append(list_item(old_url(i, tab), t, ddmmyyyy(d), "Xem chi tiết nội dung tin bài.", None))
    base = "/tin-tuc-su-kien/tabid/120"
    pager = ['<div class="hdsPager"><span class="hdsPagerLabel">Trang:</span> ']
    for p in (1, 2, 3, 4):
        href = f"{base}/Default.aspx" if p == 1 else f"{base}/page/{p}/Default.aspx"
        pager.append(f'<span class="hdsPageCur">{p}</span> ' if p == pageno else f'<a href="{href}" class="hdsPage">{p}</a> ')
    nxt = f"{base}/page/{pageno + 1}/Default.aspx"
    pager.append(f'<a href="{nxt}" class="hdsPage">Sau »</a> <a href="{base}/page/31/Default.aspx" class="hdsPage">Cuối</a></div>')
    inner = f'<div id="dnn_ctr890_HDSNewsList_pnlList" class="hdsNewsList">{"".join(items)}</div>' + "".join(pager)
    center = container(890, "Tin tức - Sự kiện", inner, "HDS.TinTuc")
    url = f"{base}/Default.aspx" if pageno == 1 else f"{base}/page/{pageno}/Default.aspx"
    t = "Tin tức - Sự kiện" + ("" if pageno == 1 else f" - Trang {pageno}")
    h = page(f"{SITE} > {t}", url, 120, center, [("Tin tức - Sự kiện", tab_url(120))], f"list{pageno}",
             "Tin tức, sự kiện huyện Tân Hòa Sơn", 16000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "listing"}


def home_page() -> tuple[str, dict]:
    top = NEWS[0]
    feat = (f'<div class="hdsFeatured"><a href="{art_url(top)}"><img src="{img_src(top["body"][0][1])}" alt="" width="360" height="240" /></a>'
            f'<a href="{art_url(top)}" class="hdsFeatTitle">{esc(top["title"])}</a> <span class="hdsListDate">({ddmmyyyy(top["published"])})</span>'
            f'<div class="hdsListSapo">{esc(sapo_of(top))}</div></div>')
    lst = "<ul class=\"hdsHomeList\">" + "".join(
        f'<li><a href="{art_url(x)}">{esc(x["title"])}</a> <span class="hdsListDate">({ddmmyyyy(x["published"])})</span></li>'
        for x in NEWS[1:]) + "</ul>"
    more = f'<div class="hdsMore"><a href="{tab_url(120)}">Xem tiếp »</a> | <a href="/tin-tuc-su-kien/tabid/120/page/2/Default.aspx">Tin cũ hơn »</a></div>'
    news_box = container(410, "Tin tức - Sự kiện", feat + lst + more, "HDS.TinTuc.Home")
    cats = []
    for tab, mid in ((121, 411), (122, 412)):
        xs = [x for x in NEWS if x["tab"] == tab]
        ol = [(old_url(i, t), tt, d) for i, t, tt, d in OLD if t == tab]
        lis = "".join(f'<li><a href="{art_url(x)}">{esc(x["title"])}</a> <span class="hdsListDate">({ddmmyyyy(x["published"])})</span></li>' for x in xs)
        lis += "".join(f'<li><a href="{h}">{esc(t)}</a> <span class="hdsListDate">({ddmmyyyy(d)})</span></li>' for h, t, d in ol)
        cats.append(container(mid, TABS[tab][0], f'<ul class="hdsHomeList">{lis}</ul><div class="hdsMore"><a href="{tab_url(tab)}">Xem tiếp »</a></div>', "HDS.TinTuc.Home"))
    tb = "".join(f'<li><a href="{notice_url(i) if i != 4594 else art_url(BY_ID[4594])}">{esc(t)}</a> <span class="hdsListDate">({ddmmyyyy(d)})</span></li>' for i, t, d in NOTICES)
    tbox = container(413, "Thông báo", f'<ul class="hdsHomeList">{tb}</ul><div class="hdsMore"><a href="{tab_url(125)}">Xem tất cả thông báo »</a></div>', "HDS.TinTuc.Home")
    quick = container(414, "Tiện ích", f'<ul class="hdsQuick"><li><a href="{tab_url(101)}">Giới thiệu chung về huyện</a></li><li><a href="{tab_url(170)}">Gửi câu hỏi trực tuyến</a></li><li><a href="{tab_url(140)}">Danh bạ điện thoại cơ quan</a></li><li><a href="{tab_url(180)}">Sơ đồ website</a></li></ul>', "DNN_HTML")
    center = news_box + "\n" + "\n".join(cats) + "\n" + tbox + "\n" + quick
    h = page(f"{SITE} > Trang chủ", "/", 36, center, None, "home", "Cổng thông tin điện tử huyện Tân Hòa Sơn, tỉnh Bình Lâm", 18000)
    return h, {"url": HOST + "/", "content_type": "text/html; charset=utf-8", "kind": "listing"}


def notice_listing() -> tuple[str, dict]:
    items = []
    for i, t, d in NOTICES:
        href = art_url(BY_ID[4594]) if i == 4594 else notice_url(i)
        items.append(list_item(href, t, ddmmyyyy(d), "Văn phòng HĐND và UBND huyện thông báo.", None))
    pager = ('<div class="hdsPager"><span class="hdsPagerLabel">Trang:</span> <span class="hdsPageCur">1</span> '
             '<a href="javascript:__doPostBack(\'dnn$ctr895$HDSNewsList$rptPager$ctl01$lnkPage\',\'\')" class="hdsPage">2</a> '
             '<a href="javascript:__doPostBack(\'dnn$ctr895$HDSNewsList$rptPager$ctl02$lnkPage\',\'\')" class="hdsPage">3</a></div>')
    center = container(895, "Thông báo", "".join(items) + pager, "HDS.TinTuc")
    url = tab_url(125)
    h = page(f"{SITE} > Thông báo", url, 125, center, [("Thông báo", url)], "tb", "Thông báo", 15000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "listing"}


def static_page() -> tuple[str, dict]:
    paras = [
        ("h3", "I. Vị trí địa lý"),
        ("p", "Huyện Tân Hòa Sơn nằm ở phía Đông Nam tỉnh Bình Lâm, cách trung tâm tỉnh khoảng 45 km. Phía Bắc giáp huyện Phước Bình; phía Nam giáp thị xã Lâm Hà; phía Tây giáp huyện Đông Thành; phía Đông giáp biển với đường bờ biển dài 27 km."),
        ("p", "Tổng diện tích tự nhiên của huyện là 612,4 km², dân số khoảng 128.500 người, gồm 14 đơn vị hành chính cấp xã (13 xã và 1 thị trấn)."),
        ("h3", "II. Điều kiện tự nhiên"),
        ("p", "Địa hình của huyện thấp dần từ Tây sang Đông, gồm ba vùng: vùng đồi núi phía Tây thích hợp trồng rừng sản xuất và cây ăn quả; vùng đồng bằng ở giữa là vùng trồng lúa trọng điểm; vùng ven biển phía Đông có tiềm năng phát triển thủy sản và du lịch."),
        ("p", "Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm khoảng 26 độ C, lượng mưa trung bình 2.100 mm, mùa mưa tập trung từ tháng 9 đến tháng 12."),
        ("h3", "III. Lịch sử hình thành"),
        ("p", "Vùng đất Tân Hòa Sơn được khai phá từ cuối thế kỷ XV. Trải qua nhiều lần chia tách, sáp nhập, huyện được tái lập với tên gọi hiện nay từ năm 1997. Nhân dân huyện có truyền thống cách mạng, hiếu học và cần cù lao động."),
        ("h3", "IV. Đơn vị hành chính"),
        ("p", "Thị trấn Tân Hòa và các xã: Hòa Phú, Hòa Bình, Sơn Thành, Sơn Lâm, Phước Lộc, Phước Hải, Tân An, Tân Lập, Tân Phong, Bình Hòa, Bình Sơn, An Thạnh, An Hải."),
        ("h3", "V. Định hướng phát triển"),
        ("p", "Huyện xác định nông nghiệp ứng dụng công nghệ cao, kinh tế biển và du lịch cộng đồng là ba trụ cột phát triển; phấn đấu đến năm 2025 có 100% số xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nông thôn mới nâng cao."),
    ]
    body = "".join(f"<{t}>{esc(x)}</{t}>" for t, x in paras)
    inner = f'<div id="dnn_ctr520_HtmlModule_lblContent" class="Normal">{body}</div>'
    center = container(520, "Giới thiệu chung", inner, "DNN_HTML")
    url = tab_url(101)
    h = page(f"{SITE} > Giới thiệu", url, 101, center, [("Giới thiệu", url)], "gt", "Giới thiệu huyện Tân Hòa Sơn", 14000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "static"}


def contact_page() -> tuple[str, dict]:
    rows = [("Văn phòng HĐND và UBND huyện", "0257.3861.234", "vanphong@tanhoason.binhlam.gov.vn"),
            ("Phòng Nội vụ", "0257.3861.240", "noivu@tanhoason.binhlam.gov.vn"),
            ("Phòng Tài chính - Kế hoạch", "0257.3861.242", "tckh@tanhoason.binhlam.gov.vn"),
            ("Phòng Tài nguyên và Môi trường", "0257.3861.245", "tnmt@tanhoason.binhlam.gov.vn"),
            ("Phòng Nông nghiệp và Phát triển nông thôn", "0257.3861.247", "nongnghiep@tanhoason.binhlam.gov.vn"),
            ("Phòng Văn hóa và Thông tin", "0257.3861.250", "vhtt@tanhoason.binhlam.gov.vn"),
            ("Phòng Tư pháp", "0257.3861.252", "tuphap@tanhoason.binhlam.gov.vn"),
            ("Phòng Kinh tế và Hạ tầng", "0257.3861.255", "ktht@tanhoason.binhlam.gov.vn"),
            ("Phòng Giáo dục và Đào tạo", "0257.3861.258", "pgd@tanhoason.binhlam.gov.vn"),
            ("Phòng Lao động - Thương binh và Xã hội", "0257.3861.260", "ldtbxh@tanhoason.binhlam.gov.vn"),
            ("Thanh tra huyện", "0257.3861.262", "thanhtra@tanhoason.binhlam.gov.vn"),
            ("Bộ phận Tiếp nhận và Trả kết quả", "0257.3861.266", "motcua@tanhoason.binhlam.gov.vn")]
    tr = "".join(f"<tr><td>{k + 1}</td><td>{esc(a)}</td><td>{b}</td><td><a href=\"mailto:{c}\">{c}</a></td></tr>" for k, (a, b, c) in enumerate(rows))
    inner = (f'<div class="Normal"><p><b>ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA SƠN</b></p><p>Địa chỉ: Số 01 đường Lê Lợi, thị trấn Tân Hòa, huyện Tân Hòa Sơn, tỉnh Bình Lâm</p>'
             f'<p>Điện thoại: 0257.3861.234 - Fax: 0257.3861.235</p><p>Danh bạ điện thoại các cơ quan chuyên môn thuộc UBND huyện:</p>'
             f'<table class="hdsContactTbl" border="1" cellpadding="4" cellspacing="0" width="100%"><tr><th>STT</th><th>Cơ quan</th><th>Điện thoại</th><th>Thư điện tử</th></tr>{tr}</table></div>')
    center = container(930, "Liên hệ", inner, "DNN_HTML")
    url = tab_url(140)
    h = page(f"{SITE} > Liên hệ", url, 140, center, [("Liên hệ", url)], "lh", "Liên hệ", 14000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "contact"}


def search_page() -> tuple[str, dict]:
    q = "nông thôn mới"
    hits = [BY_ID[4590], BY_ID[4526], BY_ID[4519]]
    res = "".join(f'<div class="dnnSearchResultItem"><div class="dnnSearchResultItem-Title"><a href="{art_url(x)}">{esc(x["title"])}</a></div>'
                  f'<div class="dnnSearchResultItem-Description">{esc(sapo_of(x)[:140])}...</div>'
                  f'<div class="dnnSearchResultItem-Others"><span>Cập nhật: {ddmmyyyy(x["published"])}</span> <span>Chuyên mục: {esc(TABS[x["tab"]][0])}</span></div></div>'
                  for x in hits)
    inner = (f'<div class="dnnSearchResultPanel"><div class="dnnSearchBoxPanel"><input type="text" name="dnn$ctr940$SearchResults$txtSearch" value="{attr(q)}" class="dnnSearchBox" /> '
             f'<a class="dnnPrimaryAction" href="javascript:__doPostBack(\'dnn$ctr940$SearchResults$cmdSearch\',\'\')">Tìm kiếm</a></div>'
             f'<div class="dnnSearchResultCount">Tìm thấy 3 kết quả cho từ khóa “{esc(q)}”</div>{res}</div>')
    center = container(940, "Kết quả tìm kiếm", inner, "DotNetNuke.SearchResults")
    url = "/tim-kiem/tabid/150/Default.aspx?Search=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"
    h = page(f"{SITE} > Kết quả tìm kiếm", url, 150, center, [("Kết quả tìm kiếm", url)], "tk", "Tìm kiếm", 14000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "search"}


def login_page() -> tuple[str, dict]:
    inner = """<div id="dnn_ctr950_Login_pnlLogin" class="dnnForm dnnLogin dnnClear">
<div class="loginContent dnnClear"><div id="dnn_ctr950_Login_pnlLoginContainer" class="LoginPanel">
<div class="dnnFormItem"><label for="dnn_ctr950_Login_Login_DNN_txtUsername" id="dnn_ctr950_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label>
<input name="dnn$ctr950$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr950_Login_Login_DNN_txtUsername" /></div>
<div class="dnnFormItem"><label for="dnn_ctr950_Login_Login_DNN_txtPassword" id="dnn_ctr950_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label>
<input name="dnn$ctr950$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr950_Login_Login_DNN_txtPassword" class="NormalTextBox" /></div>
<div class="dnnFormItem"><span class="dnnFormLabel"></span><span class="dnnLoginRememberMe"><input id="dnn_ctr950_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr950$Login$Login_DNN$chkCookie" /><label for="dnn_ctr950_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></span></div>
<div class="dnnFormItem"><label class="dnnFormLabel"></label><a id="dnn_ctr950_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack('dnn$ctr950$Login$Login_DNN$cmdLogin','')">Đăng nhập</a>
<a id="dnn_ctr950_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" causesvalidation="false" href="/">Hủy</a></div>
<div class="dnnLoginActions"><ul class="dnnActions dnnClear"><li id="dnn_ctr950_Login_Login_DNN_passwordLink"><a href="/dang-nhap/tabid/160/ctl/SendPassword/Default.aspx?returnurl=%2f" class="dnnSecondaryAction">Quên mật khẩu?</a></li></ul></div>
</div></div></div>"""
    center = container(950, "Đăng nhập hệ thống", inner, "Authentication")
    url = "/dang-nhap/tabid/160/Default.aspx?returnurl=%2f"
    h = page(f"{SITE} > Đăng nhập", url, 160, center, [("Đăng nhập", url)], "dn", "Đăng nhập", 13000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "login"}


def form_page() -> tuple[str, dict]:
    fields = [("txtHoTen", "Họ và tên (*)", "text"), ("txtDiaChi", "Địa chỉ", "text"), ("txtDienThoai", "Điện thoại", "text"),
              ("txtEmail", "Thư điện tử (*)", "text"), ("txtTieuDe", "Tiêu đề câu hỏi (*)", "text")]
    rows = "".join(f'<tr><td class="hdsFormLabel">{esc(l)}</td><td><input name="dnn$ctr960$HDSHoiDap${n}" type="{t}" id="dnn_ctr960_HDSHoiDap_{n}" class="hdsInput" /></td></tr>' for n, l, t in fields)
    rows += ('<tr><td class="hdsFormLabel">Lĩnh vực</td><td><select name="dnn$ctr960$HDSHoiDap$ddlLinhVuc" id="dnn_ctr960_HDSHoiDap_ddlLinhVuc">'
             '<option value="1">Đất đai</option><option value="2">Tư pháp - Hộ tịch</option><option value="3">Xây dựng</option><option value="4">Chính sách xã hội</option><option value="5">Khác</option></select></td></tr>'
             '<tr><td class="hdsFormLabel">Nội dung câu hỏi (*)</td><td><textarea name="dnn$ctr960$HDSHoiDap$txtNoiDung" rows="8" cols="60" id="dnn_ctr960_HDSHoiDap_txtNoiDung"></textarea></td></tr>'
             '<tr><td class="hdsFormLabel">Mã xác nhận</td><td><img src="/DesktopModules/HDS_HoiDap/Captcha.ashx?w=120" alt="captcha" /> <input name="dnn$ctr960$HDSHoiDap$txtCaptcha" type="text" id="dnn_ctr960_HDSHoiDap_txtCaptcha" size="8" /></td></tr>'
             '<tr><td></td><td><input type="submit" name="dnn$ctr960$HDSHoiDap$btnGui" value="Gửi câu hỏi" id="dnn_ctr960_HDSHoiDap_btnGui" class="hdsButton" /> <input type="reset" value="Nhập lại" class="hdsButton" /></td></tr>')
    answered = [("Thủ tục cấp bản sao trích lục khai sinh cần những giấy tờ gì?", "03/2024"),
                ("Thời hạn giải quyết hồ sơ chuyển mục đích sử dụng đất là bao lâu?", "02/2024"),
                ("Hộ gia đình có được hỗ trợ khi chuyển đổi cây trồng trên đất lúa không?", "02/2024")]
    ans = "".join(f'<li><a href="/hoi-dap/tabid/170/QID/{300 + k}/Default.aspx">{esc(q)}</a> <span class="hdsListDate">({d})</span></li>' for k, (q, d) in enumerate(answered))
    inner = (f'<div class="hdsHoiDap"><p class="hdsNote">Các trường đánh dấu (*) là bắt buộc. Câu hỏi sẽ được chuyển đến cơ quan chuyên môn để trả lời.</p>'
             f'<table class="hdsFormTbl" cellpadding="4" cellspacing="0">{rows}</table>'
             f'<div class="hdsAnswered"><b>Câu hỏi đã được trả lời</b><ul>{ans}</ul></div></div>')
    center = container(960, "Gửi câu hỏi", inner, "HDS.HoiDap")
    url = tab_url(170)
    h = page(f"{SITE} > Hỏi đáp trực tuyến", url, 170, center, [("Hỏi đáp trực tuyến", url)], "hd", "Hỏi đáp", 14000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "form"}


def sitemap_page() -> tuple[str, dict]:
    lis = []
    for name, href, subs in MENU:
        sub = "".join(f'<li><a href="/submenu/tabid/{200 + MENU.index((name, href, subs)) * 10 + j}/Default.aspx">{esc(s)}</a></li>' for j, s in enumerate(subs))
        lis.append(f'<li><a href="{href}">{esc(name)}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
    lis.append(f'<li><a href="{tab_url(125)}">Thông báo</a></li><li><a href="{tab_url(180)}">Sơ đồ website</a></li>')
    inner = f'<div class="hdsSiteMap"><ul class="hdsTree">{"".join(lis)}</ul></div>'
    center = container(970, "Sơ đồ website", inner, "HDS.SiteMap")
    url = tab_url(180)
    h = page(f"{SITE} > Sơ đồ website", url, 180, center, [("Sơ đồ website", url)], "sd", "Sơ đồ website", 14000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "sitemap"}


def soft404_page() -> tuple[str, dict]:
    inner = ('<div id="dnn_ctr890_HDSNewsView_pnlDetail" class="hdsNewsDetail"><div class="hdsNotFound">'
             f'<img src="{MOD}/images/warning.gif" alt="" /> <span id="dnn_ctr890_HDSNewsView_lblMessage" class="NormalRed">Không tìm thấy tin bài bạn yêu cầu. Tin có thể đã bị gỡ bỏ hoặc đường dẫn không đúng.</span>'
             f'<p><a href="{tab_url(120)}">« Quay lại danh sách tin</a> | <a href="/">Về trang chủ</a></p></div></div>')
    fake = dict(id=4499, tab=120)
    center = container(890, "Tin tức - Sự kiện", inner + other_news(fake), "HDS.TinTuc")
    url = "/tin-tuc-su-kien/tabid/120/ItemID/4499/Default.aspx"
    h = page(f"{SITE} > Tin tức - Sự kiện", url, 120, center, [("Tin tức - Sự kiện", tab_url(120))], "nf", "Tin tức", 15000)
    return h, {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": "soft_404"}


# --------------------------------------------------------------------------- write
def write(name: str, h: str, meta: dict) -> None:
    h = nfc(h)
    # ASP.NET writes "&" inside attributes as "&amp;"
    h = re.sub(r'(href|src)="([^"]*)"',
               lambda m: f'{m.group(1)}="' + re.sub(r"&(?!amp;|quot;|lt;|gt;|#)", "&amp;", m.group(2)) + '"', h)
    (OUT / f"{name}.html").write_bytes(h.encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for a in A:
        h, meta = render_article(a)
        write(a["file"], h, meta)
    write("home", *home_page())
    write("tintuc-p1", *listing_page(1))
    write("tintuc-p2", *listing_page(2))
    write("thongbao", *notice_listing())
    write("gioi-thieu", *static_page())
    write("lien-he", *contact_page())
    write("tim-kiem", *search_page())
    write("dang-nhap", *login_page())
    write("hoi-dap", *form_page())
    write("so-do-website", *sitemap_page())
    write("khong-tim-thay", *soft404_page())
    site = {"host": HOST, "home": "/", "family": "dotnetnuke", "template": "dnn7tintuc", "held_out": True}
    (OUT / "site.json").write_text(json.dumps(site, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
