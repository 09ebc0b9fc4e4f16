#!/usr/bin/env python3
"""Generator for the held-out variant template `unknown/mvcportal`.

A custom ASP.NET MVC 5 / Bootstrap 4 department portal of the kind local integrators build
("Cổng thông tin điện tử Sở …"), invented from scratch. Writes every <page>.html and its truth
<page>.json from the same data, deterministically:

    python tests/variants/unknown/mvcportal/make.py
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

import lxml.html

OUT = Path(__file__).resolve().parent
HOST = "https://svhttdl.sonha.gov.vn"
SITE = "Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà"
PORTAL = "Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà"
TODAY = "Thứ Hai, ngày 07/12/2026"
BUILD = "3.2.8914.20511"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def collapse(s: str) -> str:
    return " ".join(s.split())


def slugify(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def token(seed: str, n: int = 92) -> str:
    out = ""
    i = 0
    while len(out) < 2 * n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()
        i += 1
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(alphabet[int(out[k:k + 2], 16) % 64] for k in range(0, 2 * n, 2))[:n]


# --------------------------------------------------------------------------- categories

CATS = {
    "tin-hoat-dong": ("Tin hoạt động", "tin-tuc-su-kien"),
    "van-hoa-nghe-thuat": ("Văn hóa – Nghệ thuật", "tin-tuc-su-kien"),
    "the-duc-the-thao": ("Thể dục thể thao", "tin-tuc-su-kien"),
    "du-lich": ("Du lịch", "tin-tuc-su-kien"),
    "cai-cach-hanh-chinh": ("Cải cách hành chính", None),
    "thong-bao": ("Thông báo", None),
}
PARENTS = {"tin-tuc-su-kien": "Tin tức – Sự kiện"}

# --------------------------------------------------------------------------- other items
# (id, category, title, dd/mm/yyyy, HH:MM, summary or None) -- items that exist on the portal
# but are not part of this template (their links answer 404 on the test server).

FAKES = [
    (5124, "tin-hoat-dong", "Đoàn công tác của Sở kiểm tra công tác quản lý di tích tại các xã phía Tây",
     "02/12/2026", "15:10", "Đoàn đã kiểm tra thực tế 9 di tích cấp tỉnh và làm việc với chính quyền 4 xã về công tác bảo vệ, phát huy giá trị di tích sau sắp xếp đơn vị hành chính."),
    (5121, "tin-hoat-dong", "Hội nghị tổng kết công tác gia đình năm 2026",
     "30/11/2026", "10:25", "Năm 2026, toàn tỉnh có hơn 92% hộ gia đình được công nhận danh hiệu gia đình văn hóa; các mô hình phòng, chống bạo lực gia đình tiếp tục được duy trì hiệu quả."),
    (5116, "tin-hoat-dong", "Sở Văn hóa, Thể thao và Du lịch tiếp và làm việc với đoàn công tác tỉnh Savannakhet (Lào)",
     "26/11/2026", "17:00", "Hai bên trao đổi kinh nghiệm tổ chức lễ hội truyền thống và thống nhất phối hợp xây dựng tour du lịch kết nối qua cửa khẩu."),
    (5110, "tin-hoat-dong", "Chi bộ Văn phòng Sở tổ chức sinh hoạt chuyên đề quý IV",
     "24/11/2026", "16:20", "Buổi sinh hoạt tập trung thảo luận giải pháp nâng cao chất lượng tham mưu, xây dựng văn hóa công sở trong cơ quan."),
    (5104, "tin-hoat-dong", "Ra mắt Câu lạc bộ hướng dẫn viên du lịch tỉnh Sơn Hà",
     "21/11/2026", "09:40", "Câu lạc bộ có 56 thành viên ban đầu, là nơi chia sẻ kinh nghiệm nghề nghiệp và hỗ trợ các hướng dẫn viên trẻ nâng cao kỹ năng."),
    (5094, "tin-hoat-dong", "Sở tổ chức Hội thi tìm hiểu pháp luật về quảng cáo năm 2026",
     "18/11/2026", "14:05", "Hội thi thu hút 18 đội đến từ các doanh nghiệp quảng cáo và cơ quan quản lý văn hóa cơ sở tham gia tranh tài."),
    (5084, "tin-hoat-dong", "Kiểm tra hoạt động kinh doanh dịch vụ karaoke tại khu vực trung tâm tỉnh",
     "14/11/2026", "08:50", "Qua kiểm tra 21 cơ sở, đoàn đã nhắc nhở 6 cơ sở chưa niêm yết giá và đề nghị xử phạt 2 cơ sở vi phạm quy định về phòng cháy, chữa cháy."),
    (5075, "tin-hoat-dong", "Sơ kết 9 tháng thực hiện Đề án phát triển văn hóa đọc",
     "09/11/2026", "11:15", "Hệ thống thư viện trong tỉnh đã tổ chức 146 buổi trưng bày sách lưu động, phục vụ hơn 80.000 lượt bạn đọc."),
    (5066, "tin-hoat-dong", "Bồi dưỡng kỹ năng ứng xử văn hóa cho lực lượng phục vụ du lịch",
     "03/11/2026", "15:30", "Khóa bồi dưỡng dành cho nhân viên lễ tân, phục vụ buồng, bàn của các cơ sở lưu trú ven biển."),
    (5058, "tin-hoat-dong", "Hội nghị triển khai công tác thi đua, khen thưởng năm 2026",
     "30/10/2026", "09:00", "Các đơn vị được đề nghị bình xét khen thưởng công khai, đúng người, đúng thành tích, chú trọng người lao động trực tiếp."),
    (5049, "tin-hoat-dong", "Đoàn kiểm tra liên ngành làm việc tại các cơ sở lưu trú ven biển",
     "24/10/2026", "16:45", "Đoàn kiểm tra việc chấp hành quy định về điều kiện kinh doanh, niêm yết giá và bảo đảm an toàn cho du khách."),
    (5038, "tin-hoat-dong", "Làm việc với Bảo tàng tỉnh về kế hoạch trưng bày năm 2027",
     "16/10/2026", "10:10", "Bảo tàng tỉnh dự kiến đổi mới không gian trưng bày chuyên đề văn hóa các dân tộc miền núi phía Tây."),
    (5031, "tin-hoat-dong", "Tổng kết công tác phối hợp tuyên truyền bảo vệ chủ quyền biển, đảo",
     "10/10/2026", "08:30", "Trong 5 năm, hai đơn vị đã tổ chức 12 cuộc triển lãm bản đồ, tư liệu về chủ quyền biển, đảo tại các trường học."),
    (5115, "van-hoa-nghe-thuat", "Triển lãm ảnh “Sơn Hà – Đất và Người” thu hút đông đảo người xem",
     "27/11/2026", "19:30", None),
    (5092, "van-hoa-nghe-thuat", "Công bố quyết định xếp hạng di tích cấp tỉnh đối với đình làng Phú Xuân",
     "19/11/2026", "10:00", None),
    (5060, "van-hoa-nghe-thuat", "Trao giải Cuộc thi sáng tác ca khúc về quê hương Sơn Hà",
     "01/11/2026", "21:00", None),
    (5035, "van-hoa-nghe-thuat", "Nghệ nhân ưu tú truyền dạy hát lý cho thế hệ trẻ",
     "13/10/2026", "07:45", None),
    (5113, "the-duc-the-thao", "Khai mạc Giải bóng chuyền hơi các câu lạc bộ người cao tuổi",
     "26/11/2026", "08:20", None),
    (5098, "the-duc-the-thao", "Đội tuyển bơi lội Sơn Hà tập huấn chuẩn bị mùa giải 2027",
     "20/11/2026", "10:35", None),
    (5072, "the-duc-the-thao", "Giải cầu lông các cơ quan, đơn vị năm 2026 thành công tốt đẹp",
     "06/11/2026", "17:50", None),
    (5040, "the-duc-the-thao", "Sơn Hà đăng cai vòng loại Giải bóng đá hạng Nhì quốc gia",
     "15/10/2026", "09:25", None),
    (5120, "du-lich", "Sơn Hà quảng bá du lịch tại Hội chợ Du lịch quốc tế",
     "29/11/2026", "13:40", "Gian hàng của tỉnh giới thiệu các tuyến du lịch cộng đồng, du lịch biển và ẩm thực đặc trưng của địa phương."),
    (5100, "du-lich", "Khảo sát tuyến du lịch sinh thái lòng hồ Đông Sơn",
     "20/11/2026", "09:05", "Đoàn khảo sát đánh giá tuyến du lịch có nhiều tiềm năng nhờ cảnh quan đẹp và hệ sinh thái rừng còn nguyên vẹn."),
    (5068, "du-lich", "Tập huấn nghiệp vụ cho chủ homestay vùng cao",
     "04/11/2026", "15:00", "Gần 70 học viên được hướng dẫn kỹ năng đón tiếp, bảo đảm vệ sinh an toàn thực phẩm và quảng bá trên mạng xã hội."),
    (5046, "du-lich", "Công nhận thêm 2 điểm du lịch cấp tỉnh",
     "22/10/2026", "14:15", "Hai điểm du lịch mới được công nhận gồm suối khoáng Nước Nóng và làng gốm Thanh Phước."),
    (5123, "thong-bao", "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
     "03/12/2026", "08:00", None),
    (5109, "thong-bao", "Thông báo phát động Cuộc thi ảnh nghệ thuật tỉnh Sơn Hà năm 2026",
     "24/11/2026", "10:30", None),
    (5086, "thong-bao", "Thông báo kết quả xét tuyển viên chức đợt 2 năm 2026",
     "16/11/2026", "16:00", None),
    (5054, "thong-bao", "Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp ngày 31/10/2026",
     "29/10/2026", "11:00", None),
    (5118, "cai-cach-hanh-chinh", "Công bố danh mục thủ tục hành chính mới ban hành lĩnh vực du lịch",
     "28/11/2026", "09:30", None),
    (5077, "cai-cach-hanh-chinh", "Kết quả chỉ số cải cách hành chính năm 2025 của Sở",
     "10/11/2026", "14:00", None),
    (5047, "cai-cach-hanh-chinh", "Hướng dẫn nộp hồ sơ cấp giấy phép tổ chức lễ hội trực tuyến",
     "23/10/2026", "08:40", None),
]

# --------------------------------------------------------------------------- articles
# body blocks:
#   ("p", text)            paragraph (plain text)            -> one paragraph
#   ("h", text)            bold sub-heading paragraph         -> one paragraph
#   ("ul"|"ol", [items])   list                               -> one paragraph per item
#   ("br", [lines])        one <p> of <br>-separated lines    -> one paragraph per line
#   ("table", [rows])      data table, first row is header    -> one paragraph per row
#   ("img", style, file, caption, credit, fmt)   photo        -> images[]
#   ("related", [ids])     "Tin liên quan" box inside body    -> nothing
#   ("empty",)             CKEditor's <p>&nbsp;</p>            -> nothing

ARTICLES = [
    dict(
        id=5127, cat="tin-hoat-dong", layout="news", htag="h1",
        title="Giao ban công tác tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm 2026",
        date_html="Cập nhật lúc 16:45 ngày 04/12/2026", date_pos="top",
        published="2026-12-04T16:45:00+07:00", updated=None, label="Cập nhật",
        prefix=None, lead_style="div",
        lead="Chiều 03/12, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ tháng 11 và bàn giải pháp hoàn thành các chỉ tiêu năm 2026.",
        pstyle="justify",
        body=[
            ("p", "Đồng chí Trần Quốc Hưng, Giám đốc Sở chủ trì hội nghị. Tham dự có các đồng chí Phó Giám đốc Sở, trưởng các phòng chuyên môn và thủ trưởng các đơn vị sự nghiệp trực thuộc."),
            ("p", "Theo báo cáo của Văn phòng Sở, trong tháng 11, ngành đã tham mưu Ủy ban nhân dân tỉnh ban hành 04 quyết định, 02 kế hoạch về lĩnh vực văn hóa, gia đình, thể thao và du lịch; tổ chức thành công Liên hoan nghệ thuật quần chúng lần thứ XII và Giải Việt dã truyền thống năm 2026. Hoạt động thông tin, tuyên truyền các ngày lễ lớn được triển khai kịp thời, đúng định hướng."),
            ("img", "figure", "2026/12/04/giao-ban-thang-11-01.jpg", "Giám đốc Sở Trần Quốc Hưng phát biểu kết luận hội nghị.", "Ảnh: Thu Hà", "space"),
            ("p", "Lượng khách du lịch đến tỉnh tiếp tục tăng so với cùng kỳ; công tác quản lý nhà nước về di sản, quảng cáo và dịch vụ văn hóa được tăng cường. Tuy nhiên, tiến độ giải ngân một số dự án tu bổ di tích còn chậm, việc số hóa hồ sơ thủ tục hành chính ở một số đơn vị chưa đạt yêu cầu."),
            ("h", "Nhiệm vụ trọng tâm tháng 12"),
            ("p", "Kết luận hội nghị, Giám đốc Sở yêu cầu các phòng, đơn vị tập trung thực hiện tốt các nội dung sau:"),
            ("ul", [
                "Hoàn thành báo cáo tổng kết công tác năm 2026 và xây dựng kế hoạch năm 2027 trước ngày 20/12/2026;",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, đặc biệt là các dự án tu bổ, tôn tạo di tích cấp quốc gia;",
                "Chuẩn bị chu đáo các hoạt động văn hóa, thể thao chào mừng năm mới 2027 và Tết Nguyên đán Đinh Mùi;",
                "Kiểm tra, chấn chỉnh hoạt động kinh doanh dịch vụ karaoke, lưu trú du lịch trong dịp cao điểm cuối năm.",
            ]),
            ("p", "Đồng chí Giám đốc Sở cũng đề nghị các đơn vị nâng cao tinh thần trách nhiệm, phối hợp chặt chẽ trong tham mưu, bảo đảm hoàn thành toàn diện các chỉ tiêu, nhiệm vụ được giao."),
            ("empty",),
        ],
        sign=['<p style="text-align: right;"><strong>Tin, ảnh: Thu Hà</strong></p>'],
        authors=["Thu Hà"], unit=None,
        tags=["giao ban", "nhiệm vụ tháng 12", "kế hoạch năm 2027"], views=412, comments=[],
    ),
    dict(
        id=5119, cat="van-hoa-nghe-thuat", layout="news", htag="h1",
        title="Khai mạc Liên hoan nghệ thuật quần chúng tỉnh Sơn Hà lần thứ XII",
        date_html="Cập nhật lúc 21:10 ngày 28/11/2026", date_pos="top",
        published="2026-11-28T21:10:00+07:00", updated=None, label="Cập nhật",
        prefix=None, lead_style="bold",
        lead="Tối 28/11, tại Nhà hát Ca múa nhạc tỉnh, Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc Liên hoan nghệ thuật quần chúng tỉnh Sơn Hà lần thứ XII với chủ đề “Sơn Hà – Khúc ca quê hương”.",
        pstyle="span",
        body=[
            ("p", "Liên hoan diễn ra từ ngày 28/11 đến hết ngày 01/12/2026, quy tụ gần 600 diễn viên, nghệ nhân không chuyên đến từ 22 đội văn nghệ của các xã, phường, cơ quan, đơn vị, trường học trên địa bàn tỉnh."),
            ("img", "em", "2026/11/28/lien-hoan-khai-mac-01.jpg", "Tiết mục múa mở màn chương trình khai mạc liên hoan", "Ảnh: Minh Châu", "paren"),
            ("p", "Phát biểu khai mạc, bà Lê Thị Thanh Nga, Phó Giám đốc Sở nhấn mạnh, liên hoan là dịp để các đội văn nghệ quần chúng giao lưu, học hỏi kinh nghiệm, đồng thời góp phần giữ gìn, phát huy các làn điệu dân ca, dân vũ và nhạc cụ truyền thống của các dân tộc trong tỉnh."),
            ("p", "Mỗi đơn vị tham gia trình diễn một chương trình dài không quá 40 phút, gồm các thể loại hát, múa, nhạc, kịch ngắn và trình diễn nhạc cụ dân tộc. Nội dung các tiết mục ca ngợi quê hương, đất nước, phản ánh những đổi thay của các địa phương sau sắp xếp đơn vị hành chính."),
            ("img", "em", "2026/11/28/lien-hoan-khai-mac-02.jpg", "Đội văn nghệ xã Tân Lập biểu diễn hát dân ca Cơ Tu", "Ảnh: Minh Châu", "paren"),
            ("p", "Ban tổ chức sẽ trao các giải toàn đoàn, giải tiết mục và giải cá nhân cho diễn viên, nhạc công xuất sắc. Các tiết mục đạt giải cao được lựa chọn tham gia chương trình nghệ thuật chào mừng Tết Nguyên đán Đinh Mùi 2027."),
        ],
        sign=['<p style="text-align: right;"><strong>Minh Châu</strong></p>'],
        authors=["Minh Châu"], unit=None,
        tags=["liên hoan nghệ thuật quần chúng", "văn nghệ"], views=1387,
        comments=[("Trần Thị Mai (phường Bắc Sơn)", "29/11/2026 07:42",
                   "Chương trình rất hay, mong Sở tổ chức thêm các đêm diễn phục vụ bà con ở vùng cao.")],
    ),
    dict(
        id=5112, cat="du-lich", layout="news", htag="h1",
        title="Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa làng Tà Lơn",
        date_html="25/11/2026 09:15", date_pos="top",
        published="2026-11-25T09:15:00+07:00", updated=None, label=None,
        prefix="(BSH) -", lead_style="div",
        lead="Những năm gần đây, làng Tà Lơn ở xã Tân Lập đã trở thành điểm đến hấp dẫn nhờ mô hình du lịch cộng đồng gắn với bảo tồn kiến trúc nhà sàn và các giá trị văn hóa truyền thống của đồng bào Cơ Tu.",
        pstyle="justify",
        body=[
            ("p", "Nằm dưới chân dãy núi Ngọc Lơn, cách trung tâm tỉnh hơn 60 km, làng Tà Lơn hiện có 84 hộ với gần 400 nhân khẩu. Trước đây, người dân chủ yếu sống dựa vào rẫy và khai thác lâm sản phụ, đời sống còn nhiều khó khăn."),
            ("h", "Từ bản làng nghèo thành điểm đến"),
            ("p", "Năm 2022, với sự hỗ trợ của tỉnh và một doanh nghiệp lữ hành, làng thành lập tổ du lịch cộng đồng gồm 25 thành viên. Các hộ được tập huấn kỹ năng đón tiếp khách, chế biến món ăn truyền thống và hướng dẫn tham quan."),
            ("img", "table", "2026/11/25/ta-lon-01.jpg", "Du khách trải nghiệm dệt thổ cẩm cùng phụ nữ Cơ Tu ở làng Tà Lơn", "Ảnh: Quang Vinh", "paren"),
            ("p", "Hiện làng có 12 nhà sàn đạt chuẩn phục vụ khách lưu trú, một nhà Gươl được tu sửa làm nơi giới thiệu văn hóa, trình diễn cồng chiêng. Chỉ tính từ đầu năm đến nay, Tà Lơn đã đón hơn 9.000 lượt khách, trong đó có gần 1.500 lượt khách quốc tế."),
            ("p", "Ông Bríu Pố, Trưởng thôn Tà Lơn chia sẻ: “Làm du lịch, bà con có thêm thu nhập, lại có ý thức giữ gìn nhà sàn, giữ tiếng nói, điệu múa của cha ông. Thanh niên trong làng đi làm ăn xa nay nhiều người đã trở về”."),
            ("h", "Giữ bản sắc để phát triển bền vững"),
            ("p", "Theo Phòng Quản lý Du lịch, Sở Văn hóa, Thể thao và Du lịch, trong thời gian tới, ngành sẽ phối hợp với chính quyền địa phương hoàn thiện quy hoạch không gian làng, hạn chế xây dựng nhà bê tông xen lẫn trong khu nhà sàn, đồng thời hỗ trợ quảng bá sản phẩm trên các nền tảng số."),
            ("p", "Mô hình làng Tà Lơn cũng sẽ được nghiên cứu, nhân rộng tại một số thôn có tiềm năng ở các xã miền núi phía Tây của tỉnh."),
        ],
        sign=['<p style="text-align: right;"><strong>Quang Vinh</strong></p>',
              '<p style="text-align: right;"><em>Nguồn: Báo Sơn Hà</em></p>'],
        authors=["Quang Vinh"], unit="Báo Sơn Hà",
        tags=["du lịch cộng đồng", "Tà Lơn", "Cơ Tu"], views=2051, comments=[],
    ),
    dict(
        id=5108, cat="the-duc-the-thao", layout="news", htag="h1",
        title="Hơn 1.200 vận động viên tham gia Giải Việt dã truyền thống năm 2026",
        date_html="Cập nhật lúc 07:05 ngày 23/11/2026", date_pos="top",
        published="2026-11-23T07:05:00+07:00", updated=None, label="Cập nhật",
        prefix=None, lead_style="bold",
        lead="Sáng 22/11, tại Quảng trường Trung tâm tỉnh, Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo Sơn Hà tổ chức Giải Việt dã truyền thống năm 2026.",
        pstyle=None,
        body=[
            ("p", "Giải thu hút hơn 1.200 vận động viên là học sinh, sinh viên, cán bộ, chiến sĩ lực lượng vũ trang và người lao động đến từ 38 đơn vị. Các vận động viên thi đấu ở các cự ly 1.500 m, 3.000 m, 5.000 m và 10.000 m, chia theo nhóm tuổi nam, nữ."),
            ("img", "figure", "2026/11/23/viet-da-2026-01.jpg", "Các vận động viên nữ lứa tuổi học sinh trung học phổ thông xuất phát", None, "space"),
            ("p", "Sau gần 3 giờ tranh tài sôi nổi, Ban tổ chức đã trao giải nhất các nội dung như sau:"),
            ("table", [
                ["Nội dung", "Vận động viên", "Đơn vị"],
                ["10.000 m nam", "Nguyễn Văn Lực", "Bộ Chỉ huy Quân sự tỉnh"],
                ["5.000 m nữ", "Hồ Thị Diệu", "Trường Cao đẳng Sư phạm Sơn Hà"],
                ["3.000 m nam học sinh", "Phan Minh Tú", "Trường THPT chuyên Sơn Hà"],
                ["1.500 m nữ học sinh", "A Lăng Thị Hoa", "Trường PTDT nội trú tỉnh"],
            ]),
            ("p", "Ở nội dung đồng đội, Bộ Chỉ huy Quân sự tỉnh xếp nhất toàn đoàn, Trường Cao đẳng Sư phạm Sơn Hà xếp nhì, Công an tỉnh xếp ba."),
            ("p", "Giải Việt dã truyền thống được tổ chức hằng năm nhằm đẩy mạnh phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, đồng thời phát hiện, tuyển chọn vận động viên năng khiếu bổ sung cho đội tuyển điền kinh của tỉnh."),
        ],
        sign=['<p style="text-align: right;"><em><strong>Tin, ảnh: Hoàng Long</strong></em></p>'],
        authors=["Hoàng Long"], unit=None,
        tags=["việt dã", "điền kinh"], views=968, comments=[],
    ),
    dict(
        id=5101, cat="thong-bao", layout="notice", htag="h2",
        title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12 năm 2026",
        date_html="Ngày đăng: 01/12/2026", date_pos="top",
        published="2026-12-01T00:00:00+07:00", updated=None, label="Ngày đăng",
        prefix=None, lead_style=None, lead=None,
        pstyle="justify",
        body=[
            ("p", "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Văn hóa, Thể thao và Du lịch, Văn phòng Sở thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong tháng 12 năm 2026 như sau:"),
            ("br", [
                "1. Thời gian: Từ 07 giờ 30 phút đến 11 giờ 00, ngày 15/12/2026 (thứ Ba).",
                "2. Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Sở Văn hóa, Thể thao và Du lịch, số 25 đường Hùng Vương, phường Bắc Sơn.",
                "3. Người tiếp: Ông Trần Quốc Hưng, Giám đốc Sở.",
            ]),
            ("p", "Công dân đến liên hệ cần mang theo căn cước hoặc giấy tờ tùy thân; trường hợp được ủy quyền phải có giấy ủy quyền hợp lệ. Nội dung trình bày phải rõ ràng, kèm theo tài liệu, chứng cứ liên quan (nếu có)."),
            ("p", "Trường hợp Giám đốc Sở bận công tác đột xuất, việc tiếp công dân sẽ do Phó Giám đốc Sở được ủy quyền thực hiện và được thông báo công khai tại trụ sở cơ quan."),
            ("p", "Mọi chi tiết xin liên hệ Văn phòng Sở, điện thoại: (0235) 3 822 416."),
        ],
        sign=['<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'],
        attach=[("TB-lich-tiep-cong-dan-T12-2026.pdf", "/Uploads/files/2026/12/01/TB-lich-tiep-cong-dan-T12-2026.pdf", "pdf", "184 KB")],
        authors=[], unit="Văn phòng Sở",
        tags=["tiếp công dân"], views=233, comments=[],
    ),
    dict(
        id=5096, cat="cai-cach-hanh-chinh", layout="news", htag="h1",
        title="Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính lĩnh vực văn hóa, thể thao và du lịch",
        date_html="Ngày đăng: 20/11/2026 14:30 | Cập nhật: 21/11/2026 08:00", date_pos="top",
        published="2026-11-20T14:30:00+07:00", updated="2026-11-21T08:00:00+07:00", label="Ngày đăng",
        prefix=None, lead_style="div",
        lead="Năm 2026, 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được cung cấp dịch vụ công trực tuyến, tỷ lệ hồ sơ nộp trực tuyến đạt trên 85%.",
        pstyle="justify",
        body=[
            ("p", "Hiện nay, Sở Văn hóa, Thể thao và Du lịch đang giải quyết 128 thủ tục hành chính trên các lĩnh vực văn hóa, gia đình, thể dục thể thao, du lịch, điện ảnh, mỹ thuật, nhiếp ảnh và triển lãm. Toàn bộ các thủ tục đã được công khai trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."),
            ("img", "em", "2026/11/20/mot-cua-so-01.jpg", "Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến", "Ảnh: Văn phòng Sở", "paren"),
            ("p", "Từ đầu năm đến ngày 15/11/2026, Sở đã tiếp nhận 3.416 hồ sơ, trong đó 2.921 hồ sơ được nộp trực tuyến, chiếm 85,5%. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,7%; không có hồ sơ phải xin lỗi người dân, doanh nghiệp."),
            ("p", "Để tiếp tục nâng cao chất lượng phục vụ, Sở tập trung triển khai một số giải pháp:"),
            ("ol", [
                "Rà soát, đề xuất cắt giảm thành phần hồ sơ, rút ngắn thời gian giải quyết đối với các thủ tục cấp giấy phép tổ chức biểu diễn nghệ thuật và công nhận hạng cơ sở lưu trú du lịch.",
                "Số hóa kết quả giải quyết thủ tục hành chính, tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân cung cấp lại giấy tờ đã có trong cơ sở dữ liệu.",
                "Tăng cường thanh toán trực tuyến phí, lệ phí; hướng dẫn tổ chức, cá nhân sử dụng tài khoản định danh điện tử khi thực hiện thủ tục.",
                "Gắn kết quả cải cách hành chính với đánh giá, xếp loại công chức, viên chức cuối năm.",
            ]),
            ("p", "Bên cạnh đó, Sở duy trì kênh tiếp nhận phản ánh, kiến nghị qua số điện thoại đường dây nóng và chuyên mục Hỏi – Đáp trên Cổng thông tin điện tử của Sở."),
        ],
        sign=[],
        source_field="Văn phòng Sở",
        authors=[], unit="Văn phòng Sở",
        tags=["chuyển đổi số", "thủ tục hành chính", "dịch vụ công trực tuyến"], views=587, comments=[],
    ),
    dict(
        id=5088, cat="van-hoa-nghe-thuat", layout="news", htag="h1",
        title="Xã Tân Lập phục dựng lễ hội cầu mùa của đồng bào Cơ Tu",
        date_html="Đăng ngày: 17/11/2026 10:20", date_pos="bottom",
        published="2026-11-17T10:20:00+07:00", updated=None, label="Đăng ngày",
        prefix=None, lead_style="bold",
        lead="Trong hai ngày 14 và 15/11, Ủy ban nhân dân xã Tân Lập phối hợp với Bảo tàng tỉnh tổ chức phục dựng lễ hội cầu mùa, một nghi lễ quan trọng trong đời sống tâm linh của đồng bào Cơ Tu.",
        pstyle="justify",
        body=[
            ("p", "Theo các già làng, lễ cầu mùa thường được tổ chức sau vụ thu hoạch lúa rẫy, vào khoảng tháng 10 âm lịch hằng năm, để tạ ơn thần lúa, thần núi đã cho dân làng một mùa màng bội thu và cầu mong năm mới mưa thuận gió hòa."),
            ("p", "Lễ hội gồm hai phần. Phần lễ có các nghi thức dựng cây nêu, cúng thần lúa, mời rượu các vị thần và dâng lễ vật tại nhà Gươl. Phần hội diễn ra với các hoạt động đánh cồng chiêng, múa tân tung da dá, hát lý, thi giã gạo và nấu cơm lam."),
            ("img", "figure", "2026/11/17/cau-mua-tan-lap-01.jpg", "Già làng thực hiện nghi thức cúng thần lúa tại nhà Gươl.", "Ảnh: Bảo tàng tỉnh", "space"),
            ("p", "Đây là lần đầu tiên sau hơn 30 năm, lễ cầu mùa được phục dựng đầy đủ các nghi thức theo đúng nguyên bản. Để chuẩn bị, từ tháng 8/2026, cán bộ Bảo tàng tỉnh đã phối hợp với các già làng, nghệ nhân sưu tầm, ghi chép lại trình tự nghi lễ và các bài khấn cổ."),
            ("p", "Việc phục dựng lễ hội không chỉ góp phần bảo tồn di sản văn hóa phi vật thể mà còn tạo sản phẩm du lịch đặc trưng, thu hút du khách đến với vùng cao phía Tây của tỉnh."),
        ],
        sign=['<p style="text-align: right;"><strong>Nguồn: Phòng Văn hóa – Xã hội xã Tân Lập</strong></p>'],
        authors=[], unit="Phòng Văn hóa – Xã hội xã Tân Lập",
        tags=["lễ hội cầu mùa", "Cơ Tu", "di sản phi vật thể"], views=862, comments=[],
    ),
    dict(
        id=5079, cat="tin-hoat-dong", layout="news", htag="h1",
        title="Tập huấn nghiệp vụ quản lý di sản văn hóa cho cán bộ cấp xã năm 2026",
        date_html="12/11/2026 15:40", date_pos="top",
        published="2026-11-12T15:40:00+07:00", updated=None, label=None,
        prefix=None, lead_style="div",
        lead="Ngày 11 và 12/11, Sở Văn hóa, Thể thao và Du lịch tổ chức lớp tập huấn nghiệp vụ quản lý di sản văn hóa cho hơn 150 học viên là công chức văn hóa – xã hội các xã, phường trên địa bàn tỉnh.",
        pstyle="justify",
        body=[
            ("p", "Tại lớp tập huấn, các học viên được báo cáo viên của Cục Di sản văn hóa và Sở Văn hóa, Thể thao và Du lịch truyền đạt những nội dung mới của Luật Di sản văn hóa năm 2024 và các văn bản hướng dẫn thi hành; công tác kiểm kê, lập hồ sơ xếp hạng di tích; quản lý, bảo vệ di vật, cổ vật và bảo vật quốc gia."),
            ("img", "bare", "2026/11/12/tap-huan-di-san-01.jpg", None, None, "space"),
            ("p", "Bên cạnh phần lý thuyết, học viên được hướng dẫn kỹ năng lập hồ sơ khoa học di tích, ứng dụng phần mềm quản lý cơ sở dữ liệu di sản và thảo luận các tình huống thường gặp trong thực tiễn như lấn chiếm đất di tích, tu bổ di tích sai quy định."),
            ("related", [5088, 5092]),
            ("p", "Phát biểu bế mạc, ông Nguyễn Đình Sơn, Phó Giám đốc Sở đề nghị các học viên vận dụng kiến thức vào công việc, chủ động tham mưu chính quyền cơ sở làm tốt công tác quản lý di tích, nhất là sau khi sắp xếp đơn vị hành chính, nhiều di tích đã thay đổi địa giới quản lý."),
            ("p", "Dịp này, Sở cũng cấp phát tài liệu chuyên đề và phần mềm kiểm kê di tích cho các địa phương."),
            ("img", "figure", "2026/11/12/tap-huan-di-san-02.jpg", "Quang cảnh lớp tập huấn", "Ảnh: Ngọc Ánh", "paren"),
        ],
        sign=['<p style="text-align: right;"><strong>Ngọc Ánh</strong></p>'],
        authors=["Ngọc Ánh"], unit=None,
        tags=["di sản văn hóa", "tập huấn"], views=655, comments=[],
    ),
    dict(
        id=5070, cat="du-lich", layout="news", htag="h1",
        title="Sơn Hà đón hơn 2,5 triệu lượt khách du lịch trong 10 tháng",
        date_html="Cập nhật lúc 10:00 ngày 05/11/2026", date_pos="top",
        published="2026-11-05T10:00:00+07:00", updated=None, label="Cập nhật",
        prefix=None, lead_style="bold",
        lead="Tính đến ngày 31/10/2026, tổng lượt khách du lịch đến Sơn Hà ước đạt 2,53 triệu lượt, tăng 14,2% so với cùng kỳ năm 2025 và đạt 92% kế hoạch năm.",
        pstyle="justify",
        body=[
            ("p", "Trong đó, khách quốc tế ước đạt 318.000 lượt, tăng 21,5%; khách lưu trú đạt 1,12 triệu lượt với thời gian lưu trú bình quân 2,1 ngày/khách. Tổng thu từ khách du lịch ước đạt 6.870 tỷ đồng."),
            ("p", "Một số chỉ tiêu chủ yếu trong 10 tháng như sau:"),
            ("ul", [
                "Số cơ sở lưu trú du lịch: 612 cơ sở với 9.840 buồng, tăng 38 cơ sở so với cuối năm 2025;",
                "Số khách sạn được công nhận hạng từ 3 sao trở lên: 27 khách sạn;",
                "Số điểm du lịch cộng đồng đang hoạt động: 14 điểm;",
                "Số doanh nghiệp lữ hành quốc tế: 19 doanh nghiệp.",
            ]),
            ("img", "table", "2026/11/05/khach-du-lich-10-thang-01.jpg", "Du khách tham quan khu di tích thành cổ Sơn Hà", "Ảnh: Phương Thảo", "paren"),
            ("p", "Để đạt mục tiêu đón 2,8 triệu lượt khách trong năm 2026, ngành du lịch tập trung tổ chức chuỗi sự kiện “Mùa lễ hội cuối năm”, phối hợp với các hãng hàng không mở thêm đường bay, đồng thời kích cầu du lịch nội địa bằng các gói sản phẩm giá ưu đãi."),
            ("p", "Sở cũng tăng cường kiểm tra chất lượng dịch vụ tại các điểm đến, xử lý nghiêm tình trạng chèo kéo, nâng giá đối với du khách."),
        ],
        sign=['<p style="text-align: right;"><strong>Phương Thảo</strong> – Phòng Quản lý Du lịch</p>'],
        authors=["Phương Thảo"], unit="Phòng Quản lý Du lịch",
        tags=["khách du lịch", "thống kê du lịch"], views=1740, comments=[],
    ),
    dict(
        id=5062, cat="thong-bao", layout="notice", htag="h2",
        title="Thông báo tuyển sinh vận động viên năng khiếu các môn thể thao năm 2027",
        date_html="Ngày đăng: 02/11/2026", date_pos="top",
        published="2026-11-02T00:00:00+07:00", updated=None, label="Ngày đăng",
        prefix=None, lead_style="div",
        lead="Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh thông báo tuyển sinh vận động viên năng khiếu tập trung năm 2027 ở các môn điền kinh, bơi lội, vovinam, karate, cầu lông và bóng đá.",
        pstyle="justify",
        body=[
            ("p", "Căn cứ chỉ tiêu đào tạo vận động viên năm 2027 được Ủy ban nhân dân tỉnh giao, Trung tâm thông báo cụ thể như sau:"),
            ("h", "1. Đối tượng và điều kiện dự tuyển"),
            ("ul", [
                "Học sinh nam, nữ sinh từ năm 2011 đến năm 2017, có nơi thường trú tại tỉnh Sơn Hà;",
                "Có sức khỏe tốt, không mắc các bệnh mãn tính, bẩm sinh;",
                "Có năng khiếu thể thao, được cha mẹ hoặc người giám hộ đồng ý cho tham gia tập luyện tập trung.",
            ]),
            ("h", "2. Hồ sơ dự tuyển"),
            ("p", "Hồ sơ gồm đơn đăng ký dự tuyển theo mẫu, bản sao giấy khai sinh, giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp và 02 ảnh cỡ 3x4."),
            ("h", "3. Thời gian và địa điểm"),
            ("br", [
                "Thời gian nhận hồ sơ: từ ngày 05/11/2026 đến hết ngày 30/11/2026 (trong giờ hành chính).",
                "Thời gian kiểm tra năng khiếu: ngày 12 và 13/12/2026.",
                "Địa điểm: Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, số 102 đường Trần Phú, phường Nam Sơn.",
            ]),
            ("p", "Thông tin chi tiết liên hệ Phòng Huấn luyện, điện thoại: (0235) 3 825 774."),
        ],
        sign=['<p style="text-align: right;"><strong>Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh</strong></p>'],
        attach=[("Mau-don-dang-ky-du-tuyen-2027.docx", "/Uploads/files/2026/11/02/Mau-don-dang-ky-du-tuyen-2027.docx", "doc", "36 KB")],
        authors=[], unit="Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh",
        tags=["tuyển sinh", "năng khiếu thể thao"], views=1126, comments=[],
    ),
    dict(
        id=5051, cat="the-duc-the-thao", layout="news", htag="h1",
        title="Đội tuyển Vovinam Sơn Hà giành 3 huy chương vàng tại Giải vô địch toàn quốc năm 2026",
        date_html="28/10/2026 21:30", date_pos="top",
        published="2026-10-28T21:30:00+07:00", updated=None, label=None,
        prefix="SHTV -", lead_style="bold",
        lead="Khép lại Giải vô địch Vovinam toàn quốc năm 2026 diễn ra tại Đà Nẵng, đội tuyển Vovinam Sơn Hà xuất sắc giành 3 huy chương vàng, 2 huy chương bạc và 4 huy chương đồng, xếp thứ 5 toàn đoàn.",
        pstyle="span",
        body=[
            ("p", "Giải năm nay quy tụ gần 700 vận động viên đến từ 34 đơn vị trên cả nước, thi đấu từ ngày 20 đến 27/10/2026 ở hai nội dung đối kháng và quyền."),
            ("img", "em", "2026/10/28/vovinam-son-ha-01.jpg", "Vận động viên Lê Thị Ngọc Trâm (giáp xanh) trong trận chung kết hạng cân 54 kg nữ", "Ảnh: SHTV", "paren"),
            ("p", "Ba tấm huy chương vàng của đoàn Sơn Hà thuộc về các vận động viên Lê Thị Ngọc Trâm ở hạng cân 54 kg nữ, Võ Đình Khang ở hạng cân 60 kg nam và nội dung song luyện vũ khí nam của cặp Trần Hữu Phước – Nguyễn Tấn Lộc."),
            ("p", "Huấn luyện viên trưởng Đặng Văn Mạnh cho biết, đây là thành tích cao nhất của Vovinam Sơn Hà tại giải vô địch toàn quốc từ trước đến nay. Kết quả này là động lực để đội tuyển tiếp tục tập luyện, hướng tới Đại hội Thể dục thể thao toàn quốc lần thứ X."),
        ],
        sign=['<p style="text-align: right;"><strong>Tin: Đức Anh</strong></p>',
              '<p style="text-align: right;">Nguồn: Đài Phát thanh và Truyền hình Sơn Hà</p>'],
        authors=["Đức Anh"], unit="Đài Phát thanh và Truyền hình Sơn Hà",
        tags=["Vovinam", "huy chương vàng"], views=1508,
        comments=[("Nguyễn Hữu Tài", "29/10/2026 06:15",
                   "Chúc mừng các vận động viên Sơn Hà! Mong tỉnh quan tâm hơn nữa đến chế độ dinh dưỡng cho vận động viên trẻ."),
                  ("Lê Văn Bình", "29/10/2026 20:48",
                   "Tự hào về đội tuyển quê nhà.")],
    ),
    dict(
        id=5043, cat="tin-hoat-dong", layout="news", htag="h1",
        title="Ký kết chương trình phối hợp với Hội Liên hiệp Phụ nữ tỉnh giai đoạn 2026 – 2030",
        date_html="Thứ Ba, 20/10/2026 - 09:20", date_pos="top",
        published="2026-10-20T09:20:00+07:00", updated=None, label=None,
        prefix=None, lead_style="div",
        lead="Sáng 19/10, Sở Văn hóa, Thể thao và Du lịch và Hội Liên hiệp Phụ nữ tỉnh tổ chức ký kết chương trình phối hợp thực hiện công tác gia đình, phòng, chống bạo lực gia đình và phát triển du lịch cộng đồng giai đoạn 2026 – 2030.",
        pstyle="justify",
        body=[
            ("p", "Theo chương trình, hai bên phối hợp tuyên truyền, giáo dục về xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; nhân rộng các mô hình phòng, chống bạo lực gia đình ở cơ sở; hỗ trợ phụ nữ vùng đồng bào dân tộc thiểu số tham gia làm du lịch cộng đồng, khôi phục nghề dệt thổ cẩm và ẩm thực truyền thống."),
            ("p", "Mỗi năm, hai cơ quan thống nhất lựa chọn ít nhất 02 địa bàn để xây dựng mô hình điểm; định kỳ 6 tháng trao đổi thông tin, đánh giá kết quả và cuối năm tổ chức sơ kết."),
            ("img", "figure", "2026/10/20/ky-ket-phoi-hop-01.jpg", "Lãnh đạo hai cơ quan ký kết chương trình phối hợp.", "Ảnh: Hải Yến", "space"),
            ("p", "Phát biểu tại buổi ký kết, bà Phạm Thị Hồng Vân, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh mong muốn ngành văn hóa tiếp tục đồng hành, hỗ trợ hội viên phụ nữ nâng cao kỹ năng làm du lịch, quảng bá sản phẩm thủ công truyền thống trên các nền tảng số."),
            ("img", "table", "2026/10/20/ky-ket-phoi-hop-02.jpg", "Các đại biểu tham quan gian trưng bày sản phẩm thổ cẩm của hội viên phụ nữ", None, "paren"),
            ("p", "Dịp này, Hội Liên hiệp Phụ nữ tỉnh đã tặng 20 bộ trang phục truyền thống cho các đội văn nghệ xã vùng cao, chuẩn bị tham gia Liên hoan nghệ thuật quần chúng tỉnh lần thứ XII."),
        ],
        sign=['<p style="text-align: right;"><strong>Hải Yến</strong></p>'],
        authors=["Hải Yến"], unit=None,
        tags=["công tác gia đình", "Hội Liên hiệp Phụ nữ"], views=344, comments=[],
    ),
]

for _a in ARTICLES:
    _a["slug"] = slugify(_a["title"])
    _a["path"] = f"/tin-tuc/{_a['slug']}-{_a['id']}.html"
    _d = _a["published"]
    _a["ddmmyyyy"] = f"{_d[8:10]}/{_d[5:7]}/{_d[0:4]}"
    _a["hhmm"] = _d[11:16]

ITEMS = {}  # id -> dict(id, cat, title, date, time, path, summary, thumb, real)
for _a in ARTICLES:
    first_img = next((b for b in _a["body"] if b[0] == "img"), None)
    thumb = f"/Uploads/images/{first_img[2]}" if first_img else "/Content/images/no-image.jpg"
    ITEMS[_a["id"]] = dict(id=_a["id"], cat=_a["cat"], title=_a["title"], date=_a["ddmmyyyy"],
                           time=_a["hhmm"], path=_a["path"], summary=_a["lead"], thumb=thumb, real=True)
for (_id, _cat, _title, _date, _time, _summary) in FAKES:
    _d, _m, _y = _date.split("/")
    ITEMS[_id] = dict(id=_id, cat=_cat, title=_title, date=_date, time=_time,
                      path=f"/tin-tuc/{slugify(_title)}-{_id}.html", summary=_summary,
                      thumb=f"/Uploads/images/{_y}/{_m}/{_d}/anh-dai-dien-{_id}.jpg", real=False)


def sort_key(it):
    d, m, y = it["date"].split("/")
    return (y, m, d, it["time"])


def items_of(cat):
    return sorted((it for it in ITEMS.values() if it["cat"] == cat), key=sort_key, reverse=True)


def latest(n, exclude=()):
    return sorted((it for it in ITEMS.values() if it["id"] not in exclude), key=sort_key, reverse=True)[:n]


# --------------------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [
        ("Thông tin chung", [
            ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
            ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh"),
        ]),
        ("Phòng chuyên môn", [
            ("Văn phòng Sở", "/gioi-thieu/van-phong-so"),
            ("Thanh tra Sở", "/gioi-thieu/thanh-tra-so"),
            ("Phòng Quản lý Văn hóa và Gia đình", "/gioi-thieu/phong-quan-ly-van-hoa-va-gia-dinh"),
            ("Phòng Quản lý Thể dục thể thao", "/gioi-thieu/phong-quan-ly-the-duc-the-thao"),
            ("Phòng Quản lý Du lịch", "/gioi-thieu/phong-quan-ly-du-lich"),
            ("Phòng Kế hoạch – Tài chính", "/gioi-thieu/phong-ke-hoach-tai-chinh"),
        ]),
        ("Đơn vị trực thuộc", [
            ("Bảo tàng tỉnh", "/gioi-thieu/bao-tang-tinh"),
            ("Thư viện tỉnh", "/gioi-thieu/thu-vien-tinh"),
            ("Nhà hát Ca múa nhạc tỉnh", "/gioi-thieu/nha-hat-ca-mua-nhac"),
            ("Trung tâm Văn hóa – Điện ảnh tỉnh", "/gioi-thieu/trung-tam-van-hoa-dien-anh"),
            ("Trung tâm Huấn luyện và Thi đấu TDTT", "/gioi-thieu/trung-tam-huan-luyen-thi-dau"),
            ("Trung tâm Thông tin Xúc tiến Du lịch", "/gioi-thieu/trung-tam-xuc-tien-du-lich"),
            ("Ban Quản lý Di tích tỉnh", "/gioi-thieu/ban-quan-ly-di-tich"),
        ]),
    ]),
    ("Tin tức – Sự kiện", "/chuyen-muc/tin-tuc-su-kien", [
        ("Chuyên mục", [
            ("Tin hoạt động", "/chuyen-muc/tin-hoat-dong"),
            ("Văn hóa – Nghệ thuật", "/chuyen-muc/van-hoa-nghe-thuat"),
            ("Thể dục thể thao", "/chuyen-muc/the-duc-the-thao"),
            ("Du lịch", "/chuyen-muc/du-lich"),
            ("Gia đình", "/chuyen-muc/gia-dinh"),
        ]),
        ("Chuyên đề", [
            ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "/chuyen-de/hoc-tap-va-lam-theo-bac"),
            ("Chuyển đổi số", "/chuyen-de/chuyen-doi-so"),
            ("Xây dựng nông thôn mới", "/chuyen-de/nong-thon-moi"),
            ("Phòng, chống tham nhũng, tiêu cực", "/chuyen-de/phong-chong-tham-nhung"),
        ]),
        ("Thư viện", [
            ("Thư viện ảnh", "/thu-vien-anh"),
            ("Video", "/video"),
            ("Ấn phẩm du lịch", "/an-pham-du-lich"),
        ]),
    ]),
    ("Thông báo", "/chuyen-muc/thong-bao", []),
    ("Văn bản", "/van-ban", [
        ("Văn bản", [
            ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh"),
            ("Văn bản quy phạm pháp luật", "/van-ban/quy-pham-phap-luat"),
            ("Văn bản dự thảo lấy ý kiến", "/van-ban/du-thao"),
            ("Văn bản của Trung ương", "/van-ban/trung-uong"),
        ]),
    ]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", [
        ("Thủ tục hành chính", [
            ("Cải cách hành chính", "/chuyen-muc/cai-cach-hanh-chinh"),
            ("Bộ thủ tục hành chính", "/thu-tuc-hanh-chinh/bo-thu-tuc"),
            ("Dịch vụ công trực tuyến", "https://dichvucong.sonha.gov.vn"),
            ("Tra cứu hồ sơ", "https://dichvucong.sonha.gov.vn/tra-cuu"),
        ]),
    ]),
    ("Thông tin công khai", "/cong-khai", [
        ("Công khai", [
            ("Công khai ngân sách", "/cong-khai/ngan-sach"),
            ("Quy hoạch – Kế hoạch", "/cong-khai/quy-hoach-ke-hoach"),
            ("Thông tin tuyển dụng", "/cong-khai/tuyen-dung"),
            ("Đấu thầu, mua sắm công", "/cong-khai/dau-thau"),
            ("Thống kê du lịch", "/cong-khai/thong-ke-du-lich"),
        ]),
    ]),
    ("Hỏi đáp", "/hoi-dap", [
        ("Hỏi đáp", [
            ("Danh sách câu hỏi", "/hoi-dap"),
            ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi"),
        ]),
    ]),
    ("Liên hệ", "/lien-he", []),
]

LINKS = [
    ("Cơ quan Trung ương", [
        ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "https://bvhttdl.gov.vn"),
        ("Cục Di sản văn hóa", "https://dsvh.gov.vn"),
        ("Cục Du lịch Quốc gia Việt Nam", "https://vietnamtourism.gov.vn"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ]),
    ("Tỉnh ủy, UBND tỉnh", [
        ("Tỉnh ủy Sơn Hà", "https://tinhuy.sonha.gov.vn"),
        ("Đoàn ĐBQH và HĐND tỉnh", "https://hdnd.sonha.gov.vn"),
        ("Cổng TTĐT tỉnh Sơn Hà", "https://sonha.gov.vn"),
    ]),
    ("Sở, ban, ngành", [
        ("Văn phòng UBND tỉnh", "https://vpubnd.sonha.gov.vn"),
        ("Sở Nội vụ", "https://snv.sonha.gov.vn"),
        ("Sở Tài chính", "https://stc.sonha.gov.vn"),
        ("Sở Tư pháp", "https://stp.sonha.gov.vn"),
        ("Sở Công Thương", "https://sct.sonha.gov.vn"),
        ("Sở Nông nghiệp và Môi trường", "https://snnmt.sonha.gov.vn"),
        ("Sở Xây dựng", "https://sxd.sonha.gov.vn"),
        ("Sở Giáo dục và Đào tạo", "https://sgddt.sonha.gov.vn"),
        ("Sở Y tế", "https://syt.sonha.gov.vn"),
        ("Sở Khoa học và Công nghệ", "https://skhcn.sonha.gov.vn"),
        ("Sở Dân tộc và Tôn giáo", "https://sdttg.sonha.gov.vn"),
        ("Thanh tra tỉnh", "https://thanhtra.sonha.gov.vn"),
        ("Ban Quản lý các khu công nghiệp", "https://bqlkcn.sonha.gov.vn"),
    ]),
    ("Xã, phường", [
        ("Phường Bắc Sơn", "https://bacson.sonha.gov.vn"),
        ("Phường Nam Sơn", "https://namson.sonha.gov.vn"),
        ("Phường Hà Thanh", "https://hathanh.sonha.gov.vn"),
        ("Xã Tân Lập", "https://tanlap.sonha.gov.vn"),
        ("Xã Tân Hòa", "https://tanhoa.sonha.gov.vn"),
        ("Xã Phước Thạnh", "https://phuocthanh.sonha.gov.vn"),
        ("Xã Phước Hưng", "https://phuochung.sonha.gov.vn"),
        ("Xã Thạnh Mỹ", "https://thanhmy.sonha.gov.vn"),
        ("Xã Bình Sơn", "https://binhson.sonha.gov.vn"),
        ("Xã Đông Sơn", "https://dongson.sonha.gov.vn"),
        ("Xã Ngọc Lơn", "https://ngoclon.sonha.gov.vn"),
        ("Xã An Phú", "https://anphu.sonha.gov.vn"),
    ]),
]

DOCS = [
    ("2145/QĐ-SVHTTDL", "30/11/2026", "Quyết định ban hành Kế hoạch tổ chức các hoạt động văn hóa, thể thao chào mừng năm mới 2027", 8841),
    ("1987/KH-SVHTTDL", "24/11/2026", "Kế hoạch kiểm tra hoạt động kinh doanh dịch vụ văn hóa dịp cuối năm", 8836),
    ("38/2026/QĐ-UBND", "18/11/2026", "Quyết định quy định tiêu chí công nhận điểm du lịch cộng đồng trên địa bàn tỉnh", 8829),
    ("1902/SVHTTDL-VP", "13/11/2026", "Về việc báo cáo tổng kết công tác năm 2026, phương hướng nhiệm vụ năm 2027", 8822),
    ("1855/QĐ-UBND", "06/11/2026", "Quyết định công bố danh mục thủ tục hành chính lĩnh vực du lịch", 8815),
]

MOST_VIEWED = [5112, 5070, 5051, 5119, 5062, 5108]

TOKEN_SEED = "mvcportal"


def anti_forgery(seed):
    return f'<input name="__RequestVerificationToken" type="hidden" value="{token(TOKEN_SEED + seed, 108)}" />'


CSS = """
    body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f4f4f4}
    a{color:#1a3c73}a:hover{color:#c00000;text-decoration:none}
    .top-bar{background:#0d3b7a;color:#fff;font-size:13px;line-height:32px}
    .top-bar a{color:#fff;margin-left:12px}.top-bar .today{font-style:italic}
    .banner{background:url(/Content/images/banner-bg.jpg) no-repeat center top;background-size:cover;height:130px}
    .banner .logo img{height:96px;margin-top:16px}
    .banner .site-name{display:inline-block;vertical-align:middle;margin-left:14px;margin-top:22px}
    .banner .site-name .line1{font-size:16px;color:#fff;font-weight:bold;margin:0;text-shadow:1px 1px 2px #000}
    .banner .site-name .line2{font-size:26px;color:#ffe14d;font-weight:bold;margin:0;text-shadow:1px 1px 2px #000}
    .search-top{margin-top:45px}.search-top .form-control{border-radius:0;height:34px;font-size:13px}
    .main-menu{background:#c00000;padding:0}.main-menu .nav-link{color:#fff!important;font-weight:bold;text-transform:uppercase;font-size:13px;padding:12px 11px!important}
    .main-menu .nav-item:hover>.nav-link{background:#8f0000}
    .main-menu .dropdown-menu{border-radius:0;border:0;border-top:3px solid #ffe14d;margin:0}
    .megamenu{position:static}.megamenu>.dropdown-menu{left:0;right:0;width:100%;padding:15px 20px}
    .megamenu .mega-title{font-size:13px;font-weight:bold;color:#c00000;text-transform:uppercase;border-bottom:1px solid #ddd;padding-bottom:5px}
    .megamenu ul{list-style:none;padding:0}.megamenu li a{display:block;padding:4px 0;font-size:13px;color:#333}
    .marquee-bar{background:#fff;border-bottom:1px solid #ddd;line-height:34px}
    .marquee-bar .mq-title{background:#0d3b7a;color:#fff;font-weight:bold;text-align:center}
    .marquee-bar marquee a{margin-right:40px;color:#333}.marquee-bar marquee a:before{content:"\\f0a1";font-family:FontAwesome;color:#c00000;margin-right:6px}
    #main{padding:15px 0;background:#fff}
    .breadcrumb{background:none;padding:6px 0;border-bottom:1px dotted #ccc;border-radius:0;font-size:13px}
    .news-title,.notice-title{font-size:24px;font-weight:bold;color:#0d3b7a;line-height:1.35;margin:10px 0}
    .news-meta{color:#777;font-size:12px;border-bottom:1px solid #eee;padding-bottom:6px;margin-bottom:10px}
    .news-meta .tools a{margin-left:8px;color:#777}
    .news-sapo{font-weight:bold;font-size:15px;line-height:1.6;margin-bottom:12px;text-align:justify}
    .news-content{font-size:15px;line-height:1.7}.news-content img{max-width:100%;height:auto!important}
    .news-content figure.image{display:table;margin:10px auto}.news-content figure.image figcaption{display:table-caption;caption-side:bottom;font-style:italic;text-align:center;font-size:13px;color:#444;padding:4px 0}
    .news-content table.image td.image_desc{font-size:13px;color:#444}
    .source-news{font-weight:bold;margin:8px 0}.news-date-bottom{color:#666;font-size:13px;margin:6px 0 12px}
    .news-attach{border:1px dashed #ccc;padding:8px 12px;margin:10px 0}.news-attach img{width:16px;margin-right:4px}
    .news-tags{margin:10px 0}.news-tags a{display:inline-block;background:#eee;padding:2px 8px;margin:2px;border-radius:3px;font-size:12px;color:#333}
    .news-share{border-top:1px solid #eee;border-bottom:1px solid #eee;padding:6px 0;margin:10px 0;font-size:13px}
    .news-share a{margin-right:10px}.news-share .fb{color:#3b5998}.news-share .zalo{color:#0068ff}
    .box-tinlienquan{border-left:3px solid #c00000;padding:5px 12px;margin:10px 0;background:#f7f7f7}
    .comment-box{background:#f9f9f9;border:1px solid #e5e5e5;padding:12px;margin:15px 0}
    .comment-box h4{font-size:16px;color:#c00000;font-weight:bold;text-transform:uppercase}
    .comment-item{border-bottom:1px dotted #ccc;padding:6px 0}.comment-item .cm-name{font-weight:bold}.comment-item .cm-date{color:#888;font-size:12px}
    .box-title{background:#0d3b7a;color:#fff;font-size:14px;font-weight:bold;text-transform:uppercase;padding:8px 12px;margin:0}
    .box-title a{color:#fff}.box-body{border:1px solid #ddd;border-top:0;padding:10px;margin-bottom:15px;background:#fff}
    .related-list li{padding:4px 0;border-bottom:1px dotted #ddd}.related-list .date{color:#888;font-size:12px}
    .list-news .news-item{border-bottom:1px solid #eee;padding:10px 0}.list-news .news-item img{width:200px;height:133px;object-fit:cover}
    .list-news h3{font-size:16px;font-weight:bold;margin:0 0 4px}.list-news .date{color:#888;font-size:12px}
    .hot-news .big h2{font-size:20px;font-weight:bold}.hot-news .big img{width:100%}.hot-news .small li{padding:6px 0;border-bottom:1px dotted #ccc}
    .cat-block .first img{width:100%;height:180px;object-fit:cover}.cat-block ul li{padding:4px 0;border-bottom:1px dotted #ddd}
    .sidebar .most-view li{padding:6px 0;border-bottom:1px dotted #ddd}.sidebar .most-view li span.num{display:inline-block;width:22px;height:22px;background:#c00000;color:#fff;text-align:center;border-radius:50%;margin-right:6px;font-size:12px;line-height:22px}
    .sidebar .doc-item{padding:6px 0;border-bottom:1px dotted #ddd}.sidebar .doc-item .so-hieu{font-weight:bold;color:#c00000}.sidebar .doc-item .ngay{color:#777;font-size:12px}
    .sidebar .banner-item img{width:100%;margin-bottom:8px}
    .sidebar .counter p{margin:2px 0}.sidebar .counter b{color:#c00000}
    .poll label{display:block;font-weight:normal;margin:3px 0}
    #footer{background:#0d3b7a;color:#e8eefc;padding:20px 0 10px;font-size:13px}#footer a{color:#ffe14d}
    #footer .footer-title{font-weight:bold;font-size:15px;text-transform:uppercase;color:#fff}
    #footer .copyright{border-top:1px solid #3d6bb0;padding-top:8px;margin-top:10px;font-size:12px}
    #back-to-top{position:fixed;right:15px;bottom:15px;display:none;background:#c00000;color:#fff;width:36px;height:36px;text-align:center;line-height:36px;border-radius:3px}
    .offcanvas-menu{position:fixed;top:0;left:-290px;width:280px;height:100%;background:#0d3b7a;overflow-y:auto;z-index:1050;transition:left .3s}
    .offcanvas-menu.show{left:0}.offcanvas-menu a{color:#fff;display:block;padding:7px 15px;border-bottom:1px solid #1f4f92}
    .offcanvas-menu ul ul a{padding-left:30px;font-size:13px}
    .pagination .page-link{color:#0d3b7a}.pagination .active .page-link{background:#c00000;border-color:#c00000}
    .form-group label .text-danger{font-weight:bold}.field-validation-error{color:#c00000;font-size:12px}
    .static-content{font-size:15px;line-height:1.7;text-align:justify}
    .not-found{padding:40px 0;text-align:center}.not-found .code{font-size:72px;font-weight:bold;color:#c00000}
    @media (max-width:991px){.banner{height:auto}.banner .site-name .line2{font-size:18px}.search-top{margin:10px 0}}
    @media print{#header,#footer,.sidebar,.news-share,.comment-box,.related,.marquee-bar{display:none}}
"""


def head(title, description, canonical, og_type="website", og_image=None, extra=""):
    og_image = og_image or HOST + "/Content/images/share-default.jpg"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
    <title>{esc(title)}</title>
    <meta name="description" content="{attr(description)}" />
    <meta name="keywords" content="văn hóa, thể thao, du lịch, Sơn Hà, sở văn hóa thể thao và du lịch" />
    <meta name="author" content="{attr(SITE)}" />
    <meta name="generator" content="VNPT Portal MVC {BUILD}" />
    <link rel="canonical" href="{attr(canonical)}" />
    <meta property="og:site_name" content="{attr(PORTAL)}" />
    <meta property="og:type" content="{og_type}" />
    <meta property="og:url" content="{attr(canonical)}" />
    <meta property="og:title" content="{attr(title)}" />
    <meta property="og:description" content="{attr(description)}" />
    <meta property="og:image" content="{attr(og_image)}" />
    <meta property="fb:app_id" content="318546901277302" />
    <link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
    <link rel="alternate" type="application/rss+xml" title="Tin tức – Sự kiện" href="/rss/tin-tuc-su-kien.rss" />
    <link href="/Content/bootstrap.min.css?v=4.6.2" rel="stylesheet" />
    <link href="/Content/font-awesome/css/font-awesome.min.css?v=4.7.0" rel="stylesheet" />
    <link href="/Content/css?v=Tq1yWw6ahR0C4SxM7kcVGJd0iWw0c3RtGm2Wf3rWk9E1" rel="stylesheet"/>
    <link href="/Content/themes/svhttdl/css/theme.css?v={BUILD}" rel="stylesheet" />
    <script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
    <!--[if lt IE 9]>
        <script src="/Scripts/html5shiv.min.js"></script>
        <script src="/Scripts/respond.min.js"></script>
    <![endif]-->
    <style type="text/css">{CSS}    </style>
    <!-- Global site tag (gtag.js) - Google Analytics -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2S0HNDV"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() {{ dataLayer.push(arguments); }}
        gtag('js', new Date());
        gtag('config', 'G-7QK2S0HNDV');
    </script>{extra}
</head>
"""


def mega_menu(active):
    out = ['<nav class="navbar navbar-expand-lg main-menu" id="mainMenu">',
           '    <div class="container">',
           '        <button class="navbar-toggler" type="button" onclick="$(\'#offcanvasMenu\').toggleClass(\'show\');" aria-label="Menu"><i class="fa fa-bars" style="color:#fff"></i></button>',
           '        <div class="collapse navbar-collapse" id="navbarMain">',
           '            <ul class="navbar-nav mr-auto">']
    for label, href, cols in MENU:
        act = " active" if href == active else ""
        if not cols:
            icon = '<i class="fa fa-home"></i> ' if href == "/" else ""
            out.append(f'                <li class="nav-item{act}"><a class="nav-link" href="{href}">{icon}{esc(label)}</a></li>')
            continue
        mid = "dd-" + slugify(label)
        out.append(f'                <li class="nav-item dropdown megamenu{act}">')
        out.append(f'                    <a class="nav-link dropdown-toggle" href="{href}" id="{mid}" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{esc(label)}</a>')
        out.append(f'                    <div class="dropdown-menu shadow" aria-labelledby="{mid}">')
        out.append('                        <div class="row">')
        width = max(3, 12 // max(1, len(cols) + (1 if len(cols) < 3 else 0)))
        for ctitle, links in cols:
            out.append(f'                            <div class="col-md-{width}">')
            out.append(f'                                <h6 class="mega-title">{esc(ctitle)}</h6>')
            out.append('                                <ul>')
            for ltext, lhref in links:
                target = ' target="_blank" rel="noopener"' if lhref.startswith("http") else ""
                out.append(f'                                    <li><a href="{lhref}"{target}><i class="fa fa-angle-right"></i> {esc(ltext)}</a></li>')
            out.append('                                </ul>')
            out.append('                            </div>')
        if len(cols) < 3:
            out.append(f'                            <div class="col-md-{width} d-none d-lg-block">')
            out.append(f'                                <a href="/chuyen-muc/du-lich"><img class="img-fluid" src="/Content/images/menu-banner-{slugify(label)}.jpg" alt="{attr(label)}" /></a>')
            out.append('                            </div>')
        out.append('                        </div>')
        out.append('                    </div>')
        out.append('                </li>')
    out += ['            </ul>',
            '        </div>',
            '    </div>',
            '</nav>']
    return "\n".join(out)


def offcanvas_menu():
    out = ['<div class="offcanvas-menu" id="offcanvasMenu">',
           '    <div class="text-right"><a href="javascript:void(0)" onclick="$(\'#offcanvasMenu\').removeClass(\'show\');"><i class="fa fa-times"></i> Đóng</a></div>',
           '    <ul class="list-unstyled">']
    for label, href, cols in MENU:
        out.append(f'        <li><a href="{href}">{esc(label)}</a>')
        if cols:
            out.append('            <ul class="list-unstyled">')
            for _, links in cols:
                for ltext, lhref in links:
                    out.append(f'                <li><a href="{lhref}">{esc(ltext)}</a></li>')
            out.append('            </ul>')
        out.append('        </li>')
    out += ['    </ul>', '</div>']
    return "\n".join(out)


def header(active):
    marquee_items = [
        ("/tin-tuc/thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2025-4410.html", "Thông báo kết quả xét tuyển viên chức năm 2025"),
        (ITEMS[5123]["path"], ITEMS[5123]["title"]),
        (ITEMS[5101]["path"], ITEMS[5101]["title"]),
        (ITEMS[5062]["path"], ITEMS[5062]["title"]),
        (ITEMS[5109]["path"], ITEMS[5109]["title"]),
    ]
    mq = "\n".join(f'                        <a href="{h}">{esc(t)}</a>' for h, t in marquee_items)
    return f"""<body>
<div id="fb-root"></div>
<header id="header">
    <div class="top-bar">
        <div class="container">
            <div class="row">
                <div class="col-md-5 col-sm-12"><span class="today"><i class="fa fa-calendar"></i> {TODAY}</span></div>
                <div class="col-md-7 col-sm-12 text-right d-none d-md-block">
                    <a href="/"><i class="fa fa-home"></i> Trang chủ</a>
                    <a href="/so-do-website"><i class="fa fa-sitemap"></i> Sơ đồ website</a>
                    <a href="/lien-he"><i class="fa fa-envelope"></i> Liên hệ</a>
                    <a href="/rss"><i class="fa fa-rss"></i> RSS</a>
                    <a href="/Account/Login"><i class="fa fa-user"></i> Đăng nhập</a>
                </div>
            </div>
        </div>
    </div>
    <div class="banner">
        <div class="container">
            <div class="row">
                <div class="col-lg-8 col-md-12">
                    <a href="/" class="logo"><img src="/Content/images/quoc-huy.png" alt="Quốc huy" /></a>
                    <div class="site-name">
                        <p class="line1">ỦY BAN NHÂN DÂN TỈNH SƠN HÀ</p>
                        <p class="line2">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</p>
                    </div>
                </div>
                <div class="col-lg-4 col-md-12">
                    <form action="/tim-kiem" method="get" class="search-top" role="search">
                        <div class="input-group">
                            <input type="text" name="tukhoa" class="form-control" placeholder="Tìm kiếm tin tức..." aria-label="Tìm kiếm tin tức" />
                            <div class="input-group-append">
                                <button class="btn btn-warning" type="submit"><i class="fa fa-search"></i></button>
                            </div>
                        </div>
                    </form>
                </div>
            </div>
        </div>
    </div>
{mega_menu(active)}
</header>
<div class="marquee-bar">
    <div class="container">
        <div class="row no-gutters">
            <div class="col-md-2 col-3 mq-title"><i class="fa fa-bullhorn"></i> Thông báo</div>
            <div class="col-md-10 col-9">
                <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
{mq}
                </marquee>
            </div>
        </div>
    </div>
</div>
"""


def sidebar(seed):
    h = int(hashlib.md5(seed.encode()).hexdigest()[:6], 16)
    online = 96 + h % 140
    total = 3482915 + h % 5000
    total_s = f"{total:,}".replace(",", ".")
    today_s = f"{2100 + h % 900:,}".replace(",", ".")
    mv = []
    for i, iid in enumerate(MOST_VIEWED, 1):
        it = ITEMS[iid]
        mv.append(f'                <li><span class="num">{i}</span><a href="{it["path"]}">{esc(it["title"])}</a></li>')
    docs = []
    for so, ngay, trich, did in DOCS:
        docs.append(f"""                <div class="doc-item">
                    <a href="/van-ban/chi-tiet/{did}"><span class="so-hieu">{esc(so)}</span></a>
                    <div class="trich-yeu">{esc(trich)}</div>
                    <div class="ngay"><i class="fa fa-calendar-o"></i> Ngày ban hành: {ngay}</div>
                </div>""")
    opts = []
    for group, links in LINKS:
        opts.append(f'                    <optgroup label="{attr(group)}">')
        for t, u in links:
            opts.append(f'                        <option value="{attr(u)}">{esc(t)}</option>')
        opts.append('                    </optgroup>')
    mv_s = "\n".join(mv)
    docs_s = "\n".join(docs)
    opts_s = "\n".join(opts)
    return f"""<aside class="sidebar">
        <div class="box">
            <div class="banner-item"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/Uploads/banners/cong-dich-vu-cong-quoc-gia.jpg" alt="Cổng Dịch vụ công quốc gia" /></a></div>
            <div class="banner-item"><a href="https://dichvucong.sonha.gov.vn" target="_blank" rel="noopener"><img src="/Uploads/banners/he-thong-giai-quyet-tthc-tinh.jpg" alt="Hệ thống thông tin giải quyết thủ tục hành chính tỉnh" /></a></div>
            <div class="banner-item"><a href="/hoi-dap/gui-cau-hoi"><img src="/Uploads/banners/hoi-dap-truc-tuyen.jpg" alt="Hỏi đáp trực tuyến" /></a></div>
            <div class="banner-item"><a href="https://dulich.sonha.gov.vn" target="_blank" rel="noopener"><img src="/Uploads/banners/du-lich-son-ha.jpg" alt="Cổng thông tin du lịch Sơn Hà" /></a></div>
        </div>
        <div class="box">
            <h3 class="box-title"><i class="fa fa-fire"></i> Tin xem nhiều</h3>
            <div class="box-body">
                <ul class="list-unstyled most-view">
{mv_s}
                </ul>
            </div>
        </div>
        <div class="box">
            <h3 class="box-title"><i class="fa fa-file-text-o"></i> <a href="/van-ban">Văn bản mới</a></h3>
            <div class="box-body">
{docs_s}
                <div class="text-right"><a href="/van-ban"><i>Xem tất cả »</i></a></div>
            </div>
        </div>
        <div class="box">
            <h3 class="box-title"><i class="fa fa-bar-chart"></i> Thăm dò ý kiến</h3>
            <div class="box-body poll">
                <form action="/BinhChon/BieuQuyet" method="post" id="frmPoll">
                    {anti_forgery(seed + ":poll")}
                    <input type="hidden" name="PollId" value="14" />
                    <p><b>Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa của Sở?</b></p>
                    <label><input type="radio" name="OptionId" value="51" /> Rất hài lòng</label>
                    <label><input type="radio" name="OptionId" value="52" /> Hài lòng</label>
                    <label><input type="radio" name="OptionId" value="53" /> Bình thường</label>
                    <label><input type="radio" name="OptionId" value="54" /> Chưa hài lòng</label>
                    <div class="text-center mt-2">
                        <button type="submit" class="btn btn-sm btn-primary">Biểu quyết</button>
                        <button type="button" class="btn btn-sm btn-secondary" onclick="xemKetQua(14);">Xem kết quả</button>
                    </div>
                </form>
            </div>
        </div>
        <div class="box">
            <h3 class="box-title"><i class="fa fa-link"></i> Liên kết website</h3>
            <div class="box-body">
                <select class="form-control" id="ddlLienKet" onchange="if (this.value != '') window.open(this.value, '_blank');">
                    <option value="">-- Chọn liên kết --</option>
{opts_s}
                </select>
            </div>
        </div>
        <div class="box">
            <h3 class="box-title"><i class="fa fa-users"></i> Thống kê truy cập</h3>
            <div class="box-body counter">
                <p><i class="fa fa-user-circle"></i> Đang truy cập: <b id="lblOnline">{online}</b></p>
                <p><i class="fa fa-calendar-check-o"></i> Hôm nay: <b>{today_s}</b></p>
                <p><i class="fa fa-globe"></i> Tổng lượt truy cập: <b id="lblTotal">{total_s}</b></p>
            </div>
        </div>
    </aside>"""


def footer():
    return f"""<footer id="footer">
    <div class="container">
        <div class="row">
            <div class="col-md-8">
                <p class="footer-title">{esc(PORTAL)}</p>
                <p>Cơ quan chủ quản: {esc(SITE)}</p>
                <p><i class="fa fa-map-marker"></i> Địa chỉ: Số 25 đường Hùng Vương, phường Bắc Sơn, tỉnh Sơn Hà</p>
                <p><i class="fa fa-phone"></i> Điện thoại: (0235) 3 822 416 – Fax: (0235) 3 822 419 – <i class="fa fa-envelope"></i> Email: <a href="mailto:svhttdl@sonha.gov.vn">svhttdl@sonha.gov.vn</a></p>
                <p>Chịu trách nhiệm chính: Ông Trần Quốc Hưng – Giám đốc Sở</p>
                <p>Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Sơn Hà cấp ngày 12/5/2020.</p>
            </div>
            <div class="col-md-4 text-md-right">
                <p><a href="/so-do-website">Sơ đồ website</a> | <a href="/lien-he">Liên hệ</a> | <a href="/hoi-dap/gui-cau-hoi">Hỏi đáp</a> | <a href="/Account/Login">Quản trị</a></p>
                <p><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/svhttdlsonhagovvn-1657091827" title="Chung nhan Tin Nhiem Mang" target="_blank" rel="noopener"><img src="https://tinnhiemmang.vn/handle_cert?id=svhttdl.sonha.gov.vn" width="150" height="auto" alt="Chung nhan Tin Nhiem Mang" /></a></p>
            </div>
        </div>
        <div class="copyright">
            <div class="row">
                <div class="col-md-8">Ghi rõ nguồn “Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà” khi phát hành lại thông tin từ nguồn này. © Bản quyền thuộc {esc(SITE)}.</div>
                <div class="col-md-4 text-md-right">Thiết kế và phát triển: <a href="https://vnpt.com.vn" target="_blank" rel="noopener">VNPT Sơn Hà</a></div>
            </div>
        </div>
    </div>
</footer>
{offcanvas_menu()}
<a href="#" id="back-to-top" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=lescQEuG5u4jd-GcVDBcbpUOSyTDIg0Kk9zHDX55GCw1"></script>
<script src="/bundles/jqueryval?v=yNhQ9oUVVfMtYqxOXUa2Vsv8XFqgRTAbxL3b_UJaG_M1"></script>
<script src="/Content/themes/svhttdl/js/main.js?v={BUILD}"></script>
<script type="text/javascript">
    $(function () {{
        $(window).scroll(function () {{
            if ($(this).scrollTop() > 300) {{ $('#back-to-top').fadeIn(); }} else {{ $('#back-to-top').fadeOut(); }}
        }});
        $('#back-to-top').click(function (e) {{ e.preventDefault(); $('html, body').animate({{ scrollTop: 0 }}, 500); }});
        $('.megamenu').hover(function () {{ $(this).addClass('show').find('.dropdown-menu').addClass('show'); }},
            function () {{ $(this).removeClass('show').find('.dropdown-menu').removeClass('show'); }});
        $.ajax({{
            url: '/ThongKe/CapNhatTruyCap', type: 'POST', cache: false,
            success: function (d) {{ if (d) {{ $('#lblOnline').text(d.Online); $('#lblTotal').text(d.Total); }} }}
        }});
    }});
    function xemKetQua(id) {{
        window.open('/BinhChon/KetQua/' + id, 'poll', 'width=520,height=420,scrollbars=yes');
    }}
    function changeFontSize(step) {{
        var el = $('#newsContent'); var s = parseInt(el.css('font-size')) + step;
        if (s >= 12 && s <= 22) {{ el.css('font-size', s + 'px'); }}
    }}
</script>
<div id="zalo-chat" class="zalo-chat-widget" data-oaid="3318746520917366428" data-welcome-message="Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà xin chào!" data-autopopup="0" data-width="" data-height=""></div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>
"""


def page(title, description, canonical, active, main_col, og_type="website", og_image=None, extra=""):
    return (head(title, description, canonical, og_type, og_image, extra) + header(active)
            + f"""<main id="main">
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-md-8 col-sm-12 main-col">
{main_col}
            </div>
            <div class="col-lg-4 col-md-4 col-sm-12">
    {sidebar(canonical)}
            </div>
        </div>
    </div>
</main>
""" + footer())


def breadcrumb(trail):
    out = ['<nav aria-label="breadcrumb">', '    <ol class="breadcrumb">',
           '        <li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for i, (text, href) in enumerate(trail):
        if i == len(trail) - 1:
            out.append(f'        <li class="breadcrumb-item active" aria-current="page"><a href="{href}">{esc(text)}</a></li>')
        else:
            out.append(f'        <li class="breadcrumb-item"><a href="{href}">{esc(text)}</a></li>')
    out += ['    </ol>', '</nav>']
    return "\n".join(out)


def cat_trail(cat):
    name, parent = CATS[cat]
    trail = []
    if parent:
        trail.append((PARENTS[parent], f"/chuyen-muc/{parent}"))
    trail.append((name, f"/chuyen-muc/{cat}"))
    return trail


# --------------------------------------------------------------------------- articles


def para(a, inner):
    st = a["pstyle"]
    if st == "justify":
        return f'<p style="text-align: justify;">{inner}</p>'
    if st == "span":
        return (f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
                f'Arial,Helvetica,sans-serif;">{inner}</span></span></p>')
    return f"<p>{inner}</p>"


def printed_caption(cap, credit, fmt):
    if cap and credit:
        return f"{cap} {credit}" if fmt == "space" else f"{cap} ({credit})"
    return cap or credit or ""


def render_block(a, b):
    kind = b[0]
    if kind == "p":
        return para(a, esc(b[1]))
    if kind == "h":
        return para(a, f"<strong>{esc(b[1])}</strong>")
    if kind in ("ul", "ol"):
        items = "\n".join(f"    <li>{esc(x)}</li>" for x in b[1])
        style = ' style="list-style-type:disc;"' if kind == "ul" else ""
        return f"<{kind}{style}>\n{items}\n</{kind}>"
    if kind == "br":
        return para(a, "<br />\n".join(esc(x) for x in b[1]))
    if kind == "table":
        rows = []
        for i, row in enumerate(b[1]):
            cells = "".join(
                f'<td style="text-align:center;"><strong>{esc(c)}</strong></td>' if i == 0 else f"<td>{esc(c)}</td>"
                for c in row)
            rows.append(f"        <tr>{cells}</tr>")
        return ('<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" style="width:100%;">\n'
                "    <tbody>\n" + "\n".join(rows) + "\n    </tbody>\n</table>")
    if kind == "img":
        _, style, file, cap, credit, fmt = b
        src = f"/Uploads/images/{file}"
        pc = esc(printed_caption(cap, credit, fmt))
        if style == "figure":
            return (f'<figure class="image"><img alt="{attr(cap or a["title"])}" height="533" src="{src}" width="800" />'
                    f"<figcaption>{pc}</figcaption></figure>")
        if style == "em":
            return (f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 700px; height: 467px;" /></p>\n'
                    f'<p style="text-align: center;"><em>{pc}</em></p>')
        if style == "table":
            return ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:100%;">\n'
                    "    <tbody>\n"
                    f'        <tr><td style="text-align:center;"><img alt="" src="{src}" style="width: 100%;" /></td></tr>\n'
                    f'        <tr><td class="image_desc" style="text-align:center;"><em>{pc}</em></td></tr>\n'
                    "    </tbody>\n</table>")
        if style == "bare":
            return f'<p style="text-align: center;"><img alt="{attr(a["title"])}" src="{src}" style="width: 700px; height: 467px;" /></p>'
    if kind == "related":
        lis = "\n".join(f'        <li><a href="{ITEMS[i]["path"]}">{esc(ITEMS[i]["title"])}</a></li>' for i in b[1])
        return ('<div class="box-tinlienquan">\n    <p><strong>Tin liên quan:</strong></p>\n'
                f'    <ul>\n{lis}\n    </ul>\n</div>')
    if kind == "empty":
        return "<p>&nbsp;</p>"
    raise ValueError(kind)


def truth_for(a):
    paras, images = [], []
    for b in a["body"]:
        kind = b[0]
        if kind in ("p", "h"):
            paras.append(b[1])
        elif kind in ("ul", "ol", "br"):
            paras.extend(b[1])
        elif kind == "table":
            paras.extend(" | ".join(r) for r in b[1])
        elif kind == "img":
            _, style, file, cap, credit, fmt = b
            images.append({"src": f"{HOST}/Uploads/images/{file}", "caption": cap, "credit": credit})
    text = "\n\n".join(collapse(nfc(p)) for p in paras)
    return {
        "title": nfc(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": nfc(a["lead"]) if a["lead"] else None,
        "text": text,
        "published_at": a["published"],
        "updated_at": a["updated"],
        "date_label": a["label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": CATS[a["cat"]][0],
    }


def comment_box(a):
    if a["comments"]:
        items = "\n".join(
            f'        <div class="comment-item"><span class="cm-name">{esc(n)}</span> <span class="cm-date">- {d}</span>'
            f'<div class="cm-content">{esc(t)}</div></div>' for n, d, t in a["comments"])
        lst = f'    <div class="comment-list">\n{items}\n    </div>'
    else:
        lst = '    <p class="text-muted"><i>Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến cho bài viết này.</i></p>'
    return f"""<div class="comment-box" id="binhluan">
    <h4><i class="fa fa-comments"></i> Ý kiến bạn đọc ({len(a["comments"])})</h4>
{lst}
    <form action="/BinhLuan/Gui" method="post" id="frmBinhLuan" novalidate="novalidate">
        {anti_forgery(a["path"] + ":comment")}
        <input data-val="true" data-val-number="The field TinTucId must be a number." id="TinTucId" name="TinTucId" type="hidden" value="{a["id"]}" />
        <div class="form-row">
            <div class="form-group col-md-6">
                <label for="HoTen">Họ và tên <span class="text-danger">*</span></label>
                <input class="form-control" data-val="true" data-val-required="Vui lòng nhập họ và tên" id="HoTen" name="HoTen" type="text" value="" />
                <span class="field-validation-valid" data-valmsg-for="HoTen" data-valmsg-replace="true"></span>
            </div>
            <div class="form-group col-md-6">
                <label for="Email">Email <span class="text-danger">*</span></label>
                <input class="form-control" data-val="true" data-val-email="Email không hợp lệ" data-val-required="Vui lòng nhập email" id="Email" name="Email" type="email" value="" />
                <span class="field-validation-valid" data-valmsg-for="Email" data-valmsg-replace="true"></span>
            </div>
        </div>
        <div class="form-group">
            <label for="NoiDung">Nội dung ý kiến <span class="text-danger">*</span></label>
            <textarea class="form-control" cols="20" data-val="true" data-val-required="Vui lòng nhập nội dung" id="NoiDung" name="NoiDung" rows="4"></textarea>
            <span class="field-validation-valid" data-valmsg-for="NoiDung" data-valmsg-replace="true"></span>
        </div>
        <div class="form-row align-items-center">
            <div class="form-group col-md-4"><input class="form-control" id="CaptchaCode" name="CaptchaCode" placeholder="Mã xác nhận" type="text" value="" /></div>
            <div class="form-group col-md-4"><img src="/Captcha/Image?w=120&amp;h=36&amp;t={a["id"]}" alt="Mã xác nhận" id="imgCaptcha" /> <a href="javascript:void(0)" onclick="$('#imgCaptcha').attr('src','/Captcha/Image?w=120&amp;h=36&amp;t='+new Date().getTime());" title="Đổi mã"><i class="fa fa-refresh"></i></a></div>
            <div class="form-group col-md-4 text-right"><button type="submit" class="btn btn-danger"><i class="fa fa-paper-plane"></i> Gửi ý kiến</button></div>
        </div>
        <p class="small text-muted"><i>Ý kiến của bạn đọc sẽ được Ban biên tập xem xét trước khi đăng. Vui lòng gõ tiếng Việt có dấu.</i></p>
    </form>
</div>"""


def render_article(a):
    url = HOST + a["path"]
    body_html = "\n".join(render_block(a, b) for b in a["body"])
    if a["lead_style"] == "bold":
        lead_txt = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        body_html = para(a, f"<strong>{esc(lead_txt)}</strong>") + "\n" + body_html
        sapo = '<div class="news-sapo"></div>'
    elif a["lead_style"] == "div":
        lead_txt = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        sapo = f'<div class="news-sapo">{esc(lead_txt)}</div>'
    else:
        sapo = ""
    sign_html = "\n".join(a["sign"])
    views = f"{a['views']:,}".replace(",", ".")
    tools = (f'<div class="tools"><span><i class="fa fa-eye"></i> Lượt xem: {views}</span>'
             '<a href="javascript:changeFontSize(-1);" title="Giảm cỡ chữ">A-</a>'
             '<a href="javascript:changeFontSize(1);" title="Tăng cỡ chữ">A+</a>'
             '<a href="javascript:window.print();" title="In bài viết"><i class="fa fa-print"></i></a></div>')
    date_top = (f'<div class="news-date"><i class="fa fa-clock-o"></i> {esc(a["date_html"])}</div>'
                if a["date_pos"] == "top" else "")
    date_bottom = (f'<div class="news-date-bottom text-right"><em>{esc(a["date_html"])}</em></div>'
                   if a["date_pos"] == "bottom" else "")
    source = (f'<div class="source-news text-right"><span>Nguồn:</span> {esc(a["source_field"])}</div>'
              if a.get("source_field") else "")
    attach = ""
    if a.get("attach"):
        lis = "\n".join(
            f'        <li><img src="/Content/images/icons/{ic}.png" alt="" /> <a href="{href}" target="_blank">{esc(name)}</a> <span class="text-muted">({size})</span></li>'
            for name, href, ic, size in a["attach"])
        attach = f'<div class="news-attach">\n    <b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b>\n    <ul class="list-unstyled mb-0">\n{lis}\n    </ul>\n</div>'
    tags = ""
    if a["tags"]:
        tags = ('<div class="news-tags"><i class="fa fa-tags"></i> Từ khóa: '
                + " ".join(f'<a href="/tag/{slugify(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>")
    from urllib.parse import quote
    qurl = quote(url, safe="")
    share = f"""<div class="news-share">
    <span><b>Chia sẻ:</b></span>
    <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={qurl}" target="_blank" rel="noopener"><i class="fa fa-facebook-square"></i> Facebook</a>
    <a class="zalo" href="https://sp.zalo.me/share_inline?d={token(a['path'], 40)}" target="_blank" rel="noopener"><i class="fa fa-comment"></i> Zalo</a>
    <a href="https://twitter.com/intent/tweet?url={qurl}" target="_blank" rel="noopener"><i class="fa fa-twitter"></i> Twitter</a>
    <a href="javascript:window.print();"><i class="fa fa-print"></i> In bài viết</a>
    <a href="mailto:?subject={quote(a['title'])}&amp;body={qurl}"><i class="fa fa-envelope"></i> Gửi email</a>
    <a href="javascript:history.back();"><i class="fa fa-reply"></i> Quay lại</a>
    <a href="#header"><i class="fa fa-arrow-up"></i> Đầu trang</a>
</div>"""
    rel = [it for it in items_of(a["cat"]) if it["id"] != a["id"]][:6]
    rel_html = "\n".join(
        f'        <li><i class="fa fa-caret-right"></i> <a href="{it["path"]}">{esc(it["title"])}</a> <span class="date">({it["date"]})</span></li>'
        for it in rel)
    related = f"""<div class="related">
    <h3 class="box-title"><i class="fa fa-list"></i> Tin cùng chuyên mục</h3>
    <div class="box-body">
    <ul class="list-unstyled related-list">
{rel_html}
    </ul>
    <div class="text-right"><a href="/chuyen-muc/{a["cat"]}"><i>Xem thêm tin {esc(CATS[a["cat"]][0].lower())} »</i></a></div>
    </div>
</div>"""
    if a["layout"] == "notice":
        head_html = (f'<div class="notice-detail">\n<{a["htag"]} class="notice-title">{esc(a["title"])}</{a["htag"]}>\n'
                     f'<div class="news-meta d-flex justify-content-between flex-wrap"><p class="ngay-dang mb-0"><i class="fa fa-calendar"></i> {esc(a["date_html"])}</p>{tools}</div>')
        close = "</div>"
    else:
        head_html = (f'<article class="news-detail">\n<{a["htag"]} class="news-title">{esc(a["title"])}</{a["htag"]}>\n'
                     f'<div class="news-meta d-flex justify-content-between flex-wrap">{date_top}{tools}</div>')
        close = "</article>"
    main_col = "\n".join(x for x in [
        breadcrumb(cat_trail(a["cat"])),
        head_html,
        sapo,
        f'<div class="news-content" id="newsContent">\n{body_html}\n{sign_html}\n</div>',
        source, date_bottom, attach, tags, share, comment_box(a), related, close] if x)
    first_img = next((b for b in a["body"] if b[0] == "img"), None)
    og_image = f"{HOST}/Uploads/images/{first_img[2]}" if first_img else None
    desc = a["lead"] or next(b[1] for b in a["body"] if b[0] == "p")
    return page(f"{a['title']} | {SITE}", desc, url, "/chuyen-muc/tin-tuc-su-kien"
                if CATS[a["cat"]][1] else f"/chuyen-muc/{a['cat']}", main_col, "article", og_image)


# --------------------------------------------------------------------------- non-article pages


def news_item(it, heading="h3"):
    summary = f'\n            <p class="summary mb-0">{esc(it["summary"])}</p>' if it["summary"] else ""
    return f"""    <div class="news-item media">
        <a class="thumb mr-3" href="{it["path"]}"><img src="{it["thumb"]}" alt="{attr(it["title"])}" /></a>
        <div class="media-body">
            <{heading}><a href="{it["path"]}">{esc(it["title"])}</a></{heading}>
            <p class="date mb-1"><i class="fa fa-clock-o"></i> {it["date"]} {it["time"]}</p>{summary}
        </div>
    </div>"""


def render_home():
    all_latest = latest(40)
    big = ITEMS[5127]
    smalls = [it for it in all_latest if it["id"] != big["id"]][:5]
    small_html = "\n".join(
        f'                <li><a href="{it["path"]}">{esc(it["title"])}</a> <span class="date text-muted small">({it["date"]})</span></li>'
        for it in smalls)
    blocks = []
    for cat in ["tin-hoat-dong", "van-hoa-nghe-thuat", "the-duc-the-thao", "du-lich", "cai-cach-hanh-chinh", "thong-bao"]:
        its = items_of(cat)[:5]
        first, rest = its[0], its[1:]
        rest_html = "\n".join(
            f'                    <li><i class="fa fa-caret-right"></i> <a href="{it["path"]}">{esc(it["title"])}</a> <span class="date text-muted small">({it["date"]})</span></li>'
            for it in rest)
        summ = f'<p class="summary">{esc(first["summary"])}</p>' if first["summary"] else ""
        blocks.append(f"""<div class="cat-block mb-3">
    <h2 class="box-title"><a href="/chuyen-muc/{cat}">{esc(CATS[cat][0])}</a><a class="float-right small" href="/chuyen-muc/{cat}">Xem thêm »</a></h2>
    <div class="box-body">
        <div class="row">
            <div class="col-md-6 first">
                <a href="{first["path"]}"><img src="{first["thumb"]}" alt="{attr(first["title"])}" /></a>
                <h3 class="mt-2" style="font-size:15px;font-weight:bold"><a href="{first["path"]}">{esc(first["title"])}</a></h3>
                <p class="date text-muted small mb-1">{first["date"]} {first["time"]}</p>
                {summ}
            </div>
            <div class="col-md-6">
                <ul class="list-unstyled">
{rest_html}
                </ul>
            </div>
        </div>
    </div>
</div>""")
    albums = [("Liên hoan nghệ thuật quần chúng lần thứ XII", 211), ("Lễ hội cầu mùa xã Tân Lập", 209),
              ("Giải Việt dã truyền thống năm 2026", 207), ("Làng du lịch cộng đồng Tà Lơn", 204),
              ("Triển lãm ảnh Sơn Hà – Đất và Người", 202), ("Mùa hoa ban trên cao nguyên Ngọc Lơn", 198)]
    album_html = "\n".join(
        f'            <div class="col-md-4 col-6 mb-2"><a href="/thu-vien-anh/{slugify(t)}-{i}"><img class="img-fluid" src="/Uploads/albums/{i}/cover.jpg" alt="{attr(t)}" /></a><div class="small text-center">{esc(t)}</div></div>'
        for t, i in albums)
    videos = [("Bản tin Văn hóa – Thể thao – Du lịch số 47/2026", 93), ("Phóng sự: Giữ hồn cồng chiêng Cơ Tu", 92),
              ("Quảng bá du lịch Sơn Hà 2026", 90)]
    video_html = "\n".join(
        f'                <li><i class="fa fa-play-circle text-danger"></i> <a href="/video/{slugify(t)}-{i}">{esc(t)}</a></li>' for t, i in videos)
    keywords = ["du lịch", "lễ hội", "di tích", "thể thao", "chuyển đổi số", "gia đình", "thư viện"]
    kw_html = " ".join(f'<a class="badge badge-light p-2 m-1" href="/tim-kiem?tukhoa={quote_plus(k)}">{esc(k)}</a>' for k in keywords)
    main_col = f"""<section class="hot-news mb-3">
    <div class="row">
        <div class="col-md-7 big">
            <a href="{big["path"]}"><img src="{big["thumb"]}" alt="{attr(big["title"])}" /></a>
            <h2 class="mt-2"><a href="{big["path"]}">{esc(big["title"])}</a></h2>
            <p class="date text-muted small mb-1"><i class="fa fa-clock-o"></i> {big["date"]} {big["time"]}</p>
            <p class="summary">{esc(big["summary"])}</p>
        </div>
        <div class="col-md-5 small-list">
            <h3 class="box-title">Tin mới nhất</h3>
            <ul class="list-unstyled small">
{small_html}
            </ul>
        </div>
    </div>
</section>
<div class="banner-wide mb-3"><a href="/chuyen-de/chuyen-doi-so"><img class="img-fluid" src="/Uploads/banners/chuyen-doi-so-2026.jpg" alt="Chuyển đổi số" /></a></div>
{chr(10).join(blocks)}
<div class="cat-block mb-3">
    <h2 class="box-title"><a href="/thu-vien-anh">Thư viện ảnh</a></h2>
    <div class="box-body">
        <div class="row">
{album_html}
        </div>
    </div>
</div>
<div class="row">
    <div class="col-md-6">
        <h2 class="box-title"><a href="/video">Video</a></h2>
        <div class="box-body">
            <div class="embed-responsive embed-responsive-16by9 mb-2"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/x9uQ0bLrA1s" allowfullscreen></iframe></div>
            <ul class="list-unstyled small">
{video_html}
            </ul>
        </div>
    </div>
    <div class="col-md-6">
        <h2 class="box-title">Từ khóa nổi bật</h2>
        <div class="box-body">{kw_html}</div>
    </div>
</div>"""
    return page(f"Trang chủ | {PORTAL}",
                "Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà: tin tức, sự kiện, văn bản, thủ tục hành chính.",
                HOST + "/", "/", main_col)


def pagination(base, current, total):
    lis = []
    if current > 1:
        prev = base if current == 2 else f"{base}?page={current - 1}"
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}">« Đầu</a></li>')
        lis.append(f'<li class="page-item"><a class="page-link" href="{prev}">‹ Trước</a></li>')
    for n in range(1, total + 1):
        href = base if n == 1 else f"{base}?page={n}"
        if n == current:
            lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            lis.append(f'<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>')
    if current < total:
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}?page={current + 1}">Sau ›</a></li>')
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}?page={total}">Cuối »</a></li>')
    return '<nav aria-label="Phân trang">\n    <ul class="pagination justify-content-center">\n        ' + "\n        ".join(lis) + "\n    </ul>\n</nav>"


def render_listing(cat, pageno, per=10):
    its = items_of(cat)
    total = (len(its) + per - 1) // per
    chunk = its[(pageno - 1) * per: pageno * per]
    base = f"/chuyen-muc/{cat}"
    url = HOST + base + ("" if pageno == 1 else f"?page={pageno}")
    items_html = "\n".join(news_item(it) for it in chunk)
    main_col = f"""{breadcrumb(cat_trail(cat))}
<h1 class="news-title">{esc(CATS[cat][0])}</h1>
<div class="list-news">
{items_html}
</div>
{pagination(base, pageno, total)}"""
    suffix = "" if pageno == 1 else f" - Trang {pageno}"
    return page(f"{CATS[cat][0]}{suffix} | {SITE}", f"Danh sách tin {CATS[cat][0].lower()}{suffix.lower()}", url,
                "/chuyen-muc/tin-tuc-su-kien", main_col)


def render_search(keyword):
    kw = keyword.lower()
    hits = sorted((it for it in ITEMS.values()
                   if kw in it["title"].lower() or kw in (it["summary"] or "").lower()),
                  key=sort_key, reverse=True)
    shown = hits[:10]
    url = f"{HOST}/tim-kiem?tukhoa={quote_plus(keyword)}"
    items_html = "\n".join(news_item(it, "h4") for it in shown)
    pag = ""
    if len(hits) > 10:
        pag = ('<nav aria-label="Phân trang"><ul class="pagination justify-content-center">'
               '<li class="page-item active"><span class="page-link">1</span></li>'
               f'<li class="page-item"><a class="page-link" href="/tim-kiem?tukhoa={quote_plus(keyword)}&amp;page=2">2</a></li>'
               '</ul></nav>')
    main_col = f"""{breadcrumb([("Tìm kiếm", "/tim-kiem")])}
<h1 class="news-title">Kết quả tìm kiếm</h1>
<form action="/tim-kiem" method="get" class="form-inline mb-3">
    <input type="text" name="tukhoa" class="form-control mr-2" style="width:60%" value="{attr(keyword)}" />
    <select name="chuyenmuc" class="form-control mr-2">
        <option value="">Tất cả chuyên mục</option>
        {"".join(f'<option value="{c}">{esc(n)}</option>' for c, (n, _) in CATS.items())}
    </select>
    <button type="submit" class="btn btn-primary"><i class="fa fa-search"></i> Tìm kiếm</button>
</form>
<p class="text-muted">Tìm thấy <b>{len(hits)}</b> kết quả phù hợp với từ khóa “<b>{esc(keyword)}</b>”.</p>
<div class="list-news">
{items_html}
</div>
{pag}"""
    return url, page(f"Tìm kiếm: {keyword} | {SITE}", f"Kết quả tìm kiếm cho từ khóa {keyword}", url, "", main_col)


STATIC_PARAS = [
    ("h", "I. Vị trí và chức năng"),
    ("p", "Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Sơn Hà, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao, du lịch và quảng cáo trên địa bàn tỉnh; thực hiện các dịch vụ công thuộc phạm vi quản lý của Sở theo quy định của pháp luật."),
    ("p", "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Văn hóa, Thể thao và Du lịch."),
    ("h", "II. Nhiệm vụ và quyền hạn"),
    ("ol", [
        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, trung hạn và hằng năm; chương trình, đề án, dự án về phát triển văn hóa, gia đình, thể dục, thể thao và du lịch trên địa bàn tỉnh.",
        "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về các lĩnh vực được giao.",
        "Quản lý, bảo vệ và phát huy giá trị di sản văn hóa; hướng dẫn việc tổ chức lễ hội, hoạt động biểu diễn nghệ thuật, triển lãm, nhiếp ảnh, điện ảnh và quảng cáo.",
        "Hướng dẫn, kiểm tra việc thực hiện công tác gia đình, phòng, chống bạo lực gia đình; xây dựng đời sống văn hóa cơ sở.",
        "Phát triển phong trào thể dục, thể thao quần chúng; đào tạo, bồi dưỡng vận động viên, huấn luyện viên thể thao thành tích cao của tỉnh.",
        "Tổ chức quản lý tài nguyên du lịch, điểm du lịch, khu du lịch; xúc tiến, quảng bá du lịch; quản lý hoạt động lữ hành, lưu trú và các dịch vụ du lịch khác.",
        "Thực hiện thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực theo quy định.",
        "Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao.",
    ]),
    ("h", "III. Cơ cấu tổ chức"),
    ("p", "Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. Các phòng chuyên môn gồm Văn phòng Sở, Thanh tra Sở, Phòng Quản lý Văn hóa và Gia đình, Phòng Quản lý Thể dục thể thao, Phòng Quản lý Du lịch và Phòng Kế hoạch – Tài chính."),
    ("p", "Các đơn vị sự nghiệp trực thuộc gồm Bảo tàng tỉnh, Thư viện tỉnh, Nhà hát Ca múa nhạc tỉnh, Trung tâm Văn hóa – Điện ảnh tỉnh, Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, Trung tâm Thông tin Xúc tiến Du lịch và Ban Quản lý Di tích tỉnh."),
]


def render_static():
    body = []
    for b in STATIC_PARAS:
        if b[0] == "h":
            body.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "p":
            body.append(f'<p style="text-align: justify;">{esc(b[1])}</p>')
        else:
            body.append("<ol>\n" + "\n".join(f"    <li>{esc(x)}</li>" for x in b[1]) + "\n</ol>")
    main_col = f"""{breadcrumb([("Giới thiệu", "/gioi-thieu"), ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu")])}
<h1 class="news-title">Vị trí, chức năng, nhiệm vụ và quyền hạn</h1>
<div class="static-content">
{chr(10).join(body)}
</div>
<div class="news-share"><a href="javascript:window.print();"><i class="fa fa-print"></i> In trang</a> <a href="javascript:history.back();"><i class="fa fa-reply"></i> Quay lại</a></div>"""
    return page(f"Chức năng, nhiệm vụ | {SITE}", "Vị trí, chức năng, nhiệm vụ và quyền hạn của Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà",
                HOST + "/gioi-thieu/chuc-nang-nhiem-vu", "/gioi-thieu", main_col)


PHONEBOOK = [
    ("Ông Trần Quốc Hưng", "Giám đốc Sở", "(0235) 3 822 401", "hungtq@sonha.gov.vn"),
    ("Bà Lê Thị Thanh Nga", "Phó Giám đốc Sở", "(0235) 3 822 402", "ngaltt@sonha.gov.vn"),
    ("Ông Nguyễn Đình Sơn", "Phó Giám đốc Sở", "(0235) 3 822 403", "sonnd@sonha.gov.vn"),
    ("Văn phòng Sở", "Chánh Văn phòng: Ông Hồ Văn Tâm", "(0235) 3 822 416", "vanphong.svhttdl@sonha.gov.vn"),
    ("Thanh tra Sở", "Chánh Thanh tra: Ông Phạm Ngọc Thạch", "(0235) 3 822 420", "thanhtra.svhttdl@sonha.gov.vn"),
    ("Phòng Quản lý Văn hóa và Gia đình", "Trưởng phòng: Bà Võ Thị Lan", "(0235) 3 822 431", "qlvh.svhttdl@sonha.gov.vn"),
    ("Phòng Quản lý Thể dục thể thao", "Trưởng phòng: Ông Đỗ Minh Quân", "(0235) 3 822 435", "qltdtt.svhttdl@sonha.gov.vn"),
    ("Phòng Quản lý Du lịch", "Trưởng phòng: Bà Nguyễn Thị Phương", "(0235) 3 822 438", "qldl.svhttdl@sonha.gov.vn"),
    ("Phòng Kế hoạch – Tài chính", "Trưởng phòng: Ông Lê Văn Hậu", "(0235) 3 822 442", "khtc.svhttdl@sonha.gov.vn"),
    ("Bộ phận Một cửa", "Tiếp nhận và trả kết quả thủ tục hành chính", "(0235) 3 822 450", "motcua.svhttdl@sonha.gov.vn"),
    ("Đường dây nóng du lịch", "Tiếp nhận phản ánh của du khách (24/7)", "0905 118 118", "hotline.dulich@sonha.gov.vn"),
]


def render_contact():
    rows = "\n".join(
        f"            <tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td><a href=\"mailto:{d}\">{d}</a></td></tr>"
        for a, b, c, d in PHONEBOOK)
    main_col = f"""{breadcrumb([("Liên hệ", "/lien-he")])}
<h1 class="news-title">Liên hệ</h1>
<div class="row">
    <div class="col-md-6">
        <p><b>{esc(SITE.upper())}</b></p>
        <p><i class="fa fa-map-marker"></i> Số 25 đường Hùng Vương, phường Bắc Sơn, tỉnh Sơn Hà</p>
        <p><i class="fa fa-phone"></i> (0235) 3 822 416 – Fax: (0235) 3 822 419</p>
        <p><i class="fa fa-envelope"></i> <a href="mailto:svhttdl@sonha.gov.vn">svhttdl@sonha.gov.vn</a></p>
        <p><i class="fa fa-clock-o"></i> Giờ làm việc: sáng 07:00 – 11:30, chiều 13:30 – 17:00 từ thứ Hai đến thứ Sáu</p>
    </div>
    <div class="col-md-6">
        <div class="embed-responsive embed-responsive-4by3"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3836.2!2d108.21!3d15.87!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zU8ahbiBIw6A!5e0!3m2!1svi!2s!4v1700000000000" style="border:0" allowfullscreen loading="lazy"></iframe></div>
    </div>
</div>
<h3 class="box-title mt-3">Danh bạ điện thoại</h3>
<div class="table-responsive">
    <table class="table table-bordered table-striped table-sm">
        <thead class="thead-light"><tr><th>Cơ quan, đơn vị / Họ và tên</th><th>Chức vụ / Nhiệm vụ</th><th>Điện thoại</th><th>Email</th></tr></thead>
        <tbody>
{rows}
        </tbody>
    </table>
</div>
<h3 class="box-title mt-3">Gửi thông tin liên hệ</h3>
<div class="box-body">
    <form action="/lien-he/gui" method="post" id="frmLienHe" novalidate="novalidate">
        {anti_forgery("/lien-he:form")}
        <div class="form-row">
            <div class="form-group col-md-6"><label for="HoTen">Họ và tên <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-required="Vui lòng nhập họ và tên" id="HoTen" name="HoTen" type="text" value="" /><span class="field-validation-valid" data-valmsg-for="HoTen" data-valmsg-replace="true"></span></div>
            <div class="form-group col-md-6"><label for="DienThoai">Điện thoại</label><input class="form-control" id="DienThoai" name="DienThoai" type="text" value="" /></div>
        </div>
        <div class="form-row">
            <div class="form-group col-md-6"><label for="Email">Email <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-email="Email không hợp lệ" data-val-required="Vui lòng nhập email" id="Email" name="Email" type="email" value="" /><span class="field-validation-valid" data-valmsg-for="Email" data-valmsg-replace="true"></span></div>
            <div class="form-group col-md-6"><label for="TieuDe">Tiêu đề <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-required="Vui lòng nhập tiêu đề" id="TieuDe" name="TieuDe" type="text" value="" /><span class="field-validation-valid" data-valmsg-for="TieuDe" data-valmsg-replace="true"></span></div>
        </div>
        <div class="form-group"><label for="NoiDung">Nội dung <span class="text-danger">*</span></label><textarea class="form-control" data-val="true" data-val-required="Vui lòng nhập nội dung" id="NoiDung" name="NoiDung" rows="5"></textarea><span class="field-validation-valid" data-valmsg-for="NoiDung" data-valmsg-replace="true"></span></div>
        <div class="form-row align-items-center">
            <div class="form-group col-md-4"><input class="form-control" id="CaptchaCode" name="CaptchaCode" placeholder="Mã xác nhận" type="text" value="" /></div>
            <div class="form-group col-md-4"><img src="/Captcha/Image?w=120&amp;h=36&amp;t=lienhe" alt="Mã xác nhận" /></div>
            <div class="form-group col-md-4 text-right"><button type="submit" class="btn btn-danger">Gửi liên hệ</button> <button type="reset" class="btn btn-secondary">Nhập lại</button></div>
        </div>
    </form>
</div>"""
    return page(f"Liên hệ | {SITE}", "Thông tin liên hệ Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà", HOST + "/lien-he", "/lien-he", main_col)


def render_login():
    main_col = f"""{breadcrumb([("Đăng nhập", "/Account/Login")])}
<div class="row justify-content-center">
    <div class="col-md-8">
        <h1 class="news-title text-center">Đăng nhập hệ thống</h1>
        <div class="box-body">
            <form action="/Account/Login" method="post" class="form-horizontal" role="form" novalidate="novalidate">
                {anti_forgery("/Account/Login")}
                <div class="validation-summary-valid text-danger" data-valmsg-summary="true"><ul><li style="display:none"></li></ul></div>
                <div class="form-group">
                    <label for="UserName">Tên đăng nhập</label>
                    <input class="form-control" data-val="true" data-val-required="Vui lòng nhập tên đăng nhập" id="UserName" name="UserName" type="text" value="" autocomplete="username" />
                    <span class="field-validation-valid" data-valmsg-for="UserName" data-valmsg-replace="true"></span>
                </div>
                <div class="form-group">
                    <label for="Password">Mật khẩu</label>
                    <input class="form-control" data-val="true" data-val-required="Vui lòng nhập mật khẩu" id="Password" name="Password" type="password" autocomplete="current-password" />
                    <span class="field-validation-valid" data-valmsg-for="Password" data-valmsg-replace="true"></span>
                </div>
                <div class="form-group form-check">
                    <input class="form-check-input" data-val="true" data-val-required="The Ghi nhớ đăng nhập field is required." id="RememberMe" name="RememberMe" type="checkbox" value="true" /><input name="RememberMe" type="hidden" value="false" />
                    <label class="form-check-label" for="RememberMe">Ghi nhớ đăng nhập</label>
                </div>
                <div class="form-group text-center">
                    <button type="submit" class="btn btn-primary px-4"><i class="fa fa-sign-in"></i> Đăng nhập</button>
                </div>
                <p class="text-center"><a href="/Account/ForgotPassword">Quên mật khẩu?</a> | <a href="/Account/LoginSSO?ReturnUrl=%2F">Đăng nhập bằng tài khoản VNeID</a></p>
                <p class="small text-muted text-center"><i>Chức năng dành cho cán bộ quản trị, biên tập của Cổng thông tin điện tử.</i></p>
            </form>
        </div>
    </div>
</div>"""
    return page(f"Đăng nhập | {SITE}", "Đăng nhập hệ thống quản trị", HOST + "/Account/Login", "", main_col)


QA = [
    (312, "Thủ tục cấp giấy phép tổ chức biểu diễn nghệ thuật tại nhà hàng", "25/11/2026"),
    (309, "Điều kiện công nhận điểm du lịch cộng đồng cấp tỉnh", "18/11/2026"),
    (305, "Hồ sơ đăng ký thành lập câu lạc bộ thể thao cơ sở", "06/11/2026"),
    (301, "Quy định về treo băng rôn quảng cáo trên các tuyến phố", "27/10/2026"),
]


def render_form():
    qa_html = "\n".join(
        f'        <li><i class="fa fa-question-circle text-danger"></i> <a href="/hoi-dap/chi-tiet/{i}">{esc(t)}</a> <span class="text-muted small">({d})</span></li>'
        for i, t, d in QA)
    opts = "".join(f'<option value="{i}">{esc(t)}</option>' for i, t in
                   [(1, "Văn hóa"), (2, "Gia đình"), (3, "Thể dục thể thao"), (4, "Du lịch"), (5, "Quảng cáo"), (6, "Di sản văn hóa"), (7, "Lĩnh vực khác")])
    main_col = f"""{breadcrumb([("Hỏi đáp", "/hoi-dap"), ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi")])}
<h1 class="news-title">Gửi câu hỏi</h1>
<p class="text-muted"><i>Tổ chức, công dân gửi câu hỏi về các lĩnh vực thuộc phạm vi quản lý của Sở. Các trường đánh dấu (<span class="text-danger">*</span>) là bắt buộc.</i></p>
<div class="box-body">
    <form action="/hoi-dap/gui-cau-hoi" method="post" id="frmHoiDap" enctype="multipart/form-data" novalidate="novalidate">
        {anti_forgery("/hoi-dap/gui-cau-hoi")}
        <div class="form-row">
            <div class="form-group col-md-6"><label for="HoTen">Họ và tên <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-required="Vui lòng nhập họ và tên" id="HoTen" name="HoTen" type="text" value="" /><span class="field-validation-valid" data-valmsg-for="HoTen" data-valmsg-replace="true"></span></div>
            <div class="form-group col-md-6"><label for="DiaChi">Địa chỉ</label><input class="form-control" id="DiaChi" name="DiaChi" type="text" value="" /></div>
        </div>
        <div class="form-row">
            <div class="form-group col-md-6"><label for="Email">Email <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-email="Email không hợp lệ" data-val-required="Vui lòng nhập email" id="Email" name="Email" type="email" value="" /><span class="field-validation-valid" data-valmsg-for="Email" data-valmsg-replace="true"></span></div>
            <div class="form-group col-md-6"><label for="DienThoai">Điện thoại</label><input class="form-control" id="DienThoai" name="DienThoai" type="text" value="" /></div>
        </div>
        <div class="form-group"><label for="LinhVucId">Lĩnh vực <span class="text-danger">*</span></label><select class="form-control" data-val="true" data-val-required="Vui lòng chọn lĩnh vực" id="LinhVucId" name="LinhVucId"><option value="">-- Chọn lĩnh vực --</option>{opts}</select></div>
        <div class="form-group"><label for="TieuDe">Tiêu đề câu hỏi <span class="text-danger">*</span></label><input class="form-control" data-val="true" data-val-required="Vui lòng nhập tiêu đề" id="TieuDe" name="TieuDe" type="text" value="" /></div>
        <div class="form-group"><label for="NoiDung">Nội dung câu hỏi <span class="text-danger">*</span></label><textarea class="form-control" data-val="true" data-val-required="Vui lòng nhập nội dung câu hỏi" id="NoiDung" name="NoiDung" rows="6"></textarea></div>
        <div class="form-group"><label for="TepDinhKem">Tệp đính kèm (tối đa 5 MB)</label><input class="form-control-file" id="TepDinhKem" name="TepDinhKem" type="file" /></div>
        <div class="form-row align-items-center">
            <div class="form-group col-md-4"><input class="form-control" id="CaptchaCode" name="CaptchaCode" placeholder="Mã xác nhận" type="text" value="" /></div>
            <div class="form-group col-md-4"><img src="/Captcha/Image?w=120&amp;h=36&amp;t=hoidap" alt="Mã xác nhận" /></div>
            <div class="form-group col-md-4 text-right"><button type="submit" class="btn btn-danger"><i class="fa fa-paper-plane"></i> Gửi câu hỏi</button></div>
        </div>
    </form>
</div>
<h3 class="box-title mt-3">Câu hỏi đã được trả lời</h3>
<div class="box-body">
    <ul class="list-unstyled">
{qa_html}
    </ul>
    <div class="text-right"><a href="/hoi-dap"><i>Xem tất cả »</i></a></div>
</div>"""
    return page(f"Gửi câu hỏi | {SITE}", "Gửi câu hỏi đến Sở Văn hóa, Thể thao và Du lịch", HOST + "/hoi-dap/gui-cau-hoi", "/hoi-dap", main_col)


def render_sitemap():
    out = ['<ul class="sitemap-tree">']
    for label, href, cols in MENU:
        out.append(f'    <li><a href="{href}"><b>{esc(label)}</b></a>')
        if cols:
            out.append("        <ul>")
            for ctitle, links in cols:
                out.append(f"            <li>{esc(ctitle)}<ul>")
                for t, h in links:
                    out.append(f'                <li><a href="{h}">{esc(t)}</a></li>')
                out.append("            </ul></li>")
            out.append("        </ul>")
        out.append("    </li>")
    out.append('    <li><a href="/so-do-website"><b>Sơ đồ website</b></a></li>')
    out.append('    <li><a href="/Account/Login"><b>Đăng nhập</b></a></li>')
    out.append("</ul>")
    main_col = f"""{breadcrumb([("Sơ đồ website", "/so-do-website")])}
<h1 class="news-title">Sơ đồ website</h1>
<div class="static-content">
{chr(10).join(out)}
</div>"""
    return page(f"Sơ đồ website | {SITE}", "Sơ đồ Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch", HOST + "/so-do-website", "", main_col)


SOFT404_PATH = "/tin-tuc/thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2025-4410.html"


def render_soft404():
    main_col = f"""{breadcrumb([("Thông báo", "/chuyen-muc/thong-bao")])}
<div class="not-found">
    <div class="code"><i class="fa fa-exclamation-triangle"></i></div>
    <h1 class="news-title">Không tìm thấy nội dung</h1>
    <p>Bài viết bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p>
    <p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm dưới đây.</p>
    <form action="/tim-kiem" method="get" class="form-inline justify-content-center">
        <input type="text" name="tukhoa" class="form-control mr-2" placeholder="Nhập từ khóa..." />
        <button type="submit" class="btn btn-primary"><i class="fa fa-search"></i> Tìm kiếm</button>
    </form>
</div>
<h3 class="box-title">Tin mới nhất</h3>
<div class="box-body">
    <ul class="list-unstyled related-list">
{chr(10).join(f'        <li><a href="{it["path"]}">{esc(it["title"])}</a> <span class="date">({it["date"]})</span></li>' for it in latest(6))}
    </ul>
</div>"""
    return page(f"Thông báo | {SITE}", "", HOST + SOFT404_PATH, "/chuyen-muc/thong-bao", main_col)


# --------------------------------------------------------------------------- main

from urllib.parse import quote_plus  # noqa: E402


def write(stem, url, kind, body, expected=None):
    body = nfc(body)
    (OUT / f"{stem}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


def self_check(a, expected, body):
    """The printed page must contain every truth paragraph as a reader sees it."""
    root = lxml.html.document_fromstring(body)
    content = root.xpath('//div[@id="newsContent"]')[0]
    seen = collapse(content.text_content())
    for p in expected["text"].split("\n\n"):
        for cell in p.split(" | "):
            assert cell in seen, (a["id"], cell)
    if expected["lead"]:
        assert expected["lead"] in collapse(root.text_content()), a["id"]
    h = root.xpath(f'//{a["htag"]}[contains(@class,"title")]')[0]
    assert collapse(h.text_content()) == expected["title"]


def main():
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "unknown", "template": "mvcportal", "held_out": True},
        ensure_ascii=False, indent=2) + "\n", "utf-8")
    for a in ARTICLES:
        body = render_article(a)
        exp = truth_for(a)
        self_check(a, exp, body)
        write(f"tin-tuc-{a['id']}", HOST + a["path"], "article", body, exp)
    write("home", HOST + "/", "listing", render_home())
    write("chuyen-muc-tin-hoat-dong", HOST + "/chuyen-muc/tin-hoat-dong", "listing", render_listing("tin-hoat-dong", 1))
    write("chuyen-muc-tin-hoat-dong-page-2", HOST + "/chuyen-muc/tin-hoat-dong?page=2", "listing",
          render_listing("tin-hoat-dong", 2))
    surl, sbody = render_search("du lịch")
    write("tim-kiem", surl, "search", sbody)
    write("gioi-thieu-chuc-nang-nhiem-vu", HOST + "/gioi-thieu/chuc-nang-nhiem-vu", "static", render_static())
    write("lien-he", HOST + "/lien-he", "contact", render_contact())
    write("dang-nhap", HOST + "/Account/Login", "login", render_login())
    write("gui-cau-hoi", HOST + "/hoi-dap/gui-cau-hoi", "form", render_form())
    write("so-do-website", HOST + "/so-do-website", "sitemap", render_sitemap())
    write("khong-tim-thay", HOST + SOFT404_PATH, "soft_404", render_soft404())
    for p in sorted(OUT.glob("*.html")):
        print(f"{p.stat().st_size // 1024:4d} KB  {p.name}")


if __name__ == "__main__":
    main()
