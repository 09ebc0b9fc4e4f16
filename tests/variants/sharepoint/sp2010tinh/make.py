"""Generate the sp2010tinh held-out variant (SharePoint Server 2010, v4 master, local integrator).

    python tests/variants/sharepoint/sp2010tinh/make.py

Deterministic: pages and truth come from the same data below. All text is invented.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOST = "https://binhlam.gov.vn"
SITE = "Cổng thông tin điện tử tỉnh Bình Lâm"
TODAY = "Thứ Năm, 21/03/2024"
LIST1 = "/tintuc/Lists/TinTuc/View_List.aspx?CatID=2"
LIST2 = "/tintuc/Lists/TinTuc/View_List.aspx?CatID=2&Page=2"
DETAIL = "/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID="
LOGIN = "/_layouts/login.aspx?ReturnUrl=%2f_layouts%2fAuthenticate.aspx%3fSource%3d%252F&Source=%2F"
SEARCH = "/SearchCenter/Pages/results.aspx?k=dau%20tu%20cong"
STATIC = "/Pages/gioi-thieu-chung.aspx"
CONTACT = "/Pages/lien-he.aspx"
FORM = "/Pages/gui-cau-hoi.aspx"
SITEMAP = "/Pages/so-do-cong.aspx"
GONE = DETAIL + "1180"


def e(s: str) -> str:
    return html.escape(s, quote=False)


def a(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def noise(seed: str, n: int) -> str:
    out, h = [], seed.encode()
    while sum(len(x) for x in out) < n:
        h = hashlib.sha256(h).digest()
        out.append(base64.b64encode(h * 3).decode())
    return "".join(out)[:n]


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def guid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# --------------------------------------------------------------------------- articles
# block kinds: ("p", text) ("li", [items]) ("br", [lines]) ("table", rows)
#              ("img", src, caption, credit, style)  style: "table" | "italic"
#              ("related", [(title, href, date)])   -- inside body, not text
ARTICLES = [
    dict(
        slug="tin-1245", path=DETAIL + "1245", layout="list", cat="Kinh tế",
        title="UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công quý I/2024",
        date_html='<span class="NgayDang">Ngày 12/03/2024 09:15</span>',
        published="2024-03-12T09:15:00+07:00", updated=None, label="Ngày",
        prefix=None, lead_style="bold",
        lead="Chiều 11/3, Phó Chủ tịch UBND tỉnh Nguyễn Đình Khôi chủ trì cuộc họp với các sở, ngành và địa phương để rà soát tiến độ giải ngân vốn đầu tư công, chỉ ra các vướng mắc và thống nhất giải pháp tháo gỡ trong quý I/2024.",
        blocks=[
            ("p", "Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 4.862 tỷ đồng, đến ngày 8/3 mới giải ngân được khoảng 6,1%, thấp hơn cùng kỳ năm trước. Nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng tại một số dự án giao thông còn chậm, nguồn vật liệu đắp nền khan hiếm và một số chủ đầu tư chưa chủ động hoàn thiện hồ sơ thanh toán."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1245/DSC_0412.JPG", "Phó Chủ tịch UBND tỉnh Nguyễn Đình Khôi phát biểu kết luận cuộc họp", "Ảnh: Minh Châu", "table"),
            ("p", "Tại cuộc họp, đại diện các chủ đầu tư đã nêu cụ thể từng khó khăn, đề xuất tỉnh sớm phê duyệt giá đất cụ thể, điều chỉnh cục bộ quy hoạch một số khu tái định cư và bố trí thêm mỏ đất phục vụ thi công các tuyến đường ven biển."),
            ("p", "Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu người đứng đầu các sở, ngành, địa phương phải trực tiếp chỉ đạo, coi giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm; dự án nào chậm tiến độ phải làm rõ trách nhiệm của tập thể, cá nhân liên quan."),
            ("p", "UBND tỉnh giao Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh rút ngắn thời gian kiểm soát chi, đồng thời giao Sở Tài nguyên và Môi trường hướng dẫn các huyện hoàn thành phương án bồi thường trước ngày 30/4/2024."),
            ("p", "Phấn đấu đến hết quý I, toàn tỉnh giải ngân đạt trên 15% kế hoạch vốn được giao và đến cuối năm đạt trên 95%."),
        ],
        sign=("bold", "Minh Châu"), authors=["Minh Châu"], unit=None,
    ),
    dict(
        slug="tin-1251", path=DETAIL + "1251", layout="list", cat="Văn hóa - Xã hội",
        title="Khai mạc Tuần văn hóa, du lịch làng nghề truyền thống tỉnh Bình Lâm năm 2024",
        date_html='<span class="NgayDang">[14/03/2024]</span>',
        published="2024-03-14T00:00:00+07:00", updated=None, label=None,
        prefix=None, lead_style="trichyeu",
        lead="Tuần văn hóa, du lịch làng nghề truyền thống diễn ra từ ngày 14 đến 20/3 tại Quảng trường Trung tâm thành phố Lâm Giang với hơn 120 gian hàng của các làng nghề trong và ngoài tỉnh.",
        blocks=[
            ("p", "Tối 13/3, Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Lâm Giang tổ chức lễ khai mạc Tuần văn hóa, du lịch làng nghề truyền thống tỉnh Bình Lâm năm 2024. Dự lễ khai mạc có lãnh đạo tỉnh, đại diện các sở, ngành, nghệ nhân và đông đảo người dân, du khách."),
            ("p", "Phát biểu khai mạc, Giám đốc Sở Văn hóa, Thể thao và Du lịch Phan Thị Ngọc Lan cho biết sự kiện nhằm quảng bá sản phẩm làng nghề gắn với phát triển du lịch cộng đồng, đồng thời tạo cơ hội để các cơ sở sản xuất kết nối với doanh nghiệp lữ hành và hệ thống phân phối."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1251/langnghe_phukhe.jpg", "Du khách tham quan gian hàng mây tre đan của làng nghề Phú Khê.", "Ảnh: Thanh Tâm", "italic"),
            ("p", "Trong khuôn khổ sự kiện còn có các hoạt động trình diễn nghề dệt chiếu, làm nón lá, đúc đồng; hội thi ẩm thực dân gian; chương trình nghệ thuật đường phố và tọa đàm về xây dựng thương hiệu sản phẩm OCOP gắn với làng nghề."),
            ("p", "Ban tổ chức dự kiến đón khoảng 50.000 lượt khách trong 7 ngày diễn ra sự kiện."),
        ],
        sign=("source", "Sở Văn hóa, Thể thao và Du lịch"), authors=[], unit="Sở Văn hóa, Thể thao và Du lịch",
    ),
    dict(
        slug="tin-1260", path=DETAIL + "1260", layout="list", cat="Kinh tế",
        title="Kim ngạch xuất khẩu hai tháng đầu năm tăng 12,4% so với cùng kỳ",
        date_html='<span class="NgayDang">15/3/2024 8:05:00 SA</span>',
        published="2024-03-15T08:05:00+07:00", updated=None, label=None,
        prefix=None, lead_style="bold",
        lead="Hai tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh ước đạt 318,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023; các nhóm hàng chủ lực đều giữ được đà tăng trưởng.",
        blocks=[
            ("p", "Theo số liệu của Cục Thống kê tỉnh, riêng tháng 2/2024 kim ngạch xuất khẩu ước đạt 142,3 triệu USD, giảm 19,3% so với tháng trước do trùng với kỳ nghỉ Tết Nguyên đán, nhưng vẫn tăng 8,7% so với cùng kỳ."),
            ("p", "Kim ngạch một số mặt hàng xuất khẩu chủ yếu như sau:"),
            ("table", [
                ["Mặt hàng", "Tháng 2/2024 (triệu USD)", "Hai tháng 2024 (triệu USD)", "So cùng kỳ (%)"],
                ["Hàng dệt may", "48,2", "109,5", "114,6"],
                ["Gỗ và sản phẩm gỗ", "31,7", "72,4", "118,2"],
                ["Thủy sản", "22,9", "51,8", "106,3"],
                ["Giày dép các loại", "17,4", "40,1", "109,9"],
                ["Hàng hóa khác", "22,1", "44,8", "108,0"],
            ]),
            ("p", "Kim ngạch nhập khẩu hai tháng ước đạt 201,7 triệu USD, tăng 9,8% so với cùng kỳ, chủ yếu là nguyên phụ liệu dệt may, da giày và máy móc, thiết bị phục vụ sản xuất."),
            ("p", "Cục Thống kê tỉnh nhận định, các doanh nghiệp xuất khẩu đã có đơn hàng đến hết quý II, tuy nhiên chi phí vận tải biển tăng trở lại có thể ảnh hưởng đến lợi nhuận trong thời gian tới."),
        ],
        sign=("source", "Cục Thống kê tỉnh Bình Lâm"), authors=[], unit="Cục Thống kê tỉnh Bình Lâm",
    ),
    dict(
        slug="tin-1262", path=DETAIL + "1262", layout="list", cat="Giáo dục - Đào tạo",
        title="Hơn 21.000 học sinh lớp 12 tham gia thi thử tốt nghiệp trung học phổ thông",
        date_html='<span class="NgayDang">16/3/2024 2:40:00 CH</span>',
        published="2024-03-16T14:40:00+07:00", updated=None, label=None,
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("br", [
                "Ngày 16/3, Sở Giáo dục và Đào tạo tổ chức kỳ thi thử tốt nghiệp trung học phổ thông năm 2024 cho hơn 21.000 học sinh lớp 12 tại 58 điểm thi trên địa bàn tỉnh.",
                "Kỳ thi được tổ chức theo cấu trúc và hình thức thi như kỳ thi chính thức, gồm các bài thi Toán, Ngữ văn, Ngoại ngữ, Khoa học tự nhiên và Khoa học xã hội.",
                "Theo lãnh đạo Sở Giáo dục và Đào tạo, mục tiêu của kỳ thi là giúp học sinh làm quen với quy trình thi, đồng thời giúp các trường đánh giá chất lượng ôn tập để điều chỉnh kế hoạch dạy học trong giai đoạn cuối năm.",
                "Đề thi do Sở tự biên soạn, bám sát đề minh họa của Bộ Giáo dục và Đào tạo; bài thi trắc nghiệm được chấm bằng phần mềm, bài thi tự luận môn Ngữ văn được chấm tập trung.",
                "Kết quả thi thử sẽ được công bố trước ngày 5/4/2024 để các trường có thời gian phụ đạo cho học sinh còn yếu.",
            ]),
        ],
        sign=("author", "Hoàng Long"), authors=["Hoàng Long"], unit=None,
    ),
    dict(
        slug="tin-1270", path=DETAIL + "1270", layout="list", cat="Thông báo",
        title="Thông báo về việc tuyển dụng viên chức sự nghiệp giáo dục năm 2024",
        date_html='<span class="NgayDang">Ngày 18/03/2024 16:05</span>',
        published="2024-03-18T16:05:00+07:00", updated=None, label="Ngày",
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("p", "UBND tỉnh thông báo tuyển dụng 312 chỉ tiêu viên chức giảng dạy tại các trường mầm non, tiểu học và trung học cơ sở thuộc các huyện, thành phố."),
            ("p", "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 20/3/2024 đến hết ngày 19/4/2024 tại Sở Nội vụ. Chi tiết chỉ tiêu và điều kiện dự tuyển xem tại tệp đính kèm."),
        ],
        attachments=[("TB_tuyen_dung_VC_GD_2024.pdf", "/tintuc/Lists/TinTuc/Attachments/1270/TB_tuyen_dung_VC_GD_2024.pdf"),
                     ("Mau_phieu_dang_ky_du_tuyen.docx", "/tintuc/Lists/TinTuc/Attachments/1270/Mau_phieu_dang_ky_du_tuyen.docx")],
        sign=("bold", "Văn phòng UBND tỉnh"), authors=[], unit="Văn phòng UBND tỉnh",
    ),
    dict(
        slug="tin-1274", path=DETAIL + "1274", layout="nested", cat="Tin tức - Sự kiện",
        title="Ra quân làm sạch bờ biển hưởng ứng Ngày Nước thế giới năm 2024",
        date_html='<span class="NgayDang">[19/03/2024]</span>&nbsp;&nbsp;<span class="NgayCapNhat">Cập nhật ngày: 20/03/2024</span>',
        published="2024-03-19T00:00:00+07:00", updated="2024-03-20T00:00:00+07:00", label=None,
        prefix=None, lead_style="bold",
        lead="Hơn 1.500 đoàn viên, thanh niên, hội viên phụ nữ và người dân các xã ven biển đã tham gia ra quân thu gom rác thải, làm sạch bờ biển dài khoảng 12 km trên địa bàn huyện Hải Thịnh.",
        blocks=[
            ("p", "Hoạt động do Sở Tài nguyên và Môi trường phối hợp với Tỉnh đoàn và UBND huyện Hải Thịnh tổ chức nhằm hưởng ứng Ngày Nước thế giới 22/3 và Ngày Khí tượng thế giới 23/3 năm 2024."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1274/ra-quan-bien-hai-an.jpg", "Đoàn viên thanh niên thu gom rác thải tại bãi biển xã Hải An", None, "table"),
            ("p", "Sau gần ba giờ ra quân, các lực lượng đã thu gom hơn 8 tấn rác thải các loại, chủ yếu là túi ni lông, chai nhựa, lưới đánh cá hỏng và xốp trôi dạt vào bờ. Toàn bộ rác thải được phân loại và vận chuyển về khu xử lý tập trung của huyện."),
            ("p", "Dịp này, ban tổ chức đã trao tặng 200 thùng rác phân loại tại nguồn cho các thôn ven biển và phát động phong trào “Nói không với rác thải nhựa dùng một lần” trong các trường học."),
            ("p", "Sở Tài nguyên và Môi trường đề nghị các địa phương duy trì hoạt động làm sạch bờ biển định kỳ vào ngày Chủ nhật cuối cùng của mỗi tháng."),
        ],
        sign=("source", "Báo Bình Lâm"), authors=[], unit="Báo Bình Lâm",
    ),
    dict(
        slug="tin-1281", path=DETAIL + "1281", layout="list", cat="Nông nghiệp - Nông thôn",
        title="Mở rộng mô hình trồng lúa hữu cơ gắn với bao tiêu sản phẩm",
        date_html='<span class="NgayDang">Ngày 19/03/2024 10:30</span>',
        published="2024-03-19T10:30:00+07:00", updated=None, label="Ngày",
        prefix="(BLĐT) -", lead_style="bold",
        lead="Vụ đông xuân 2023-2024, diện tích lúa hữu cơ được cấp chứng nhận trên địa bàn tỉnh đã tăng lên 640 ha, gấp gần hai lần so với vụ trước, với sự tham gia bao tiêu của 5 doanh nghiệp.",
        blocks=[
            ("p", "Tại xã Tân Phước, huyện Phước Lộc, Hợp tác xã nông nghiệp Tân Phước đã liên kết với một doanh nghiệp chế biến gạo để sản xuất 120 ha lúa theo tiêu chuẩn hữu cơ. Các hộ tham gia được hỗ trợ giống, phân bón hữu cơ vi sinh và được hướng dẫn quy trình canh tác, ghi chép nhật ký đồng ruộng."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1281/IMG_20240315_082211.jpg", "Cán bộ khuyến nông hướng dẫn nông dân xã Tân Phước ghi nhật ký đồng ruộng", "Ảnh: Mai Hoa", "table"),
            ("p", "Ông Lê Văn Tư, một xã viên hợp tác xã, cho biết dù năng suất lúa hữu cơ thấp hơn lúa thông thường khoảng 10%, nhưng giá bán cao hơn từ 25 đến 30% và đầu ra ổn định nên thu nhập của gia đình tăng rõ rệt."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1281/IMG_20240315_090547.jpg", "Cánh đồng lúa hữu cơ tại huyện Phước Lộc đang thì con gái.", "Ảnh: Mai Hoa", "italic"),
            ("p", "Theo Sở Nông nghiệp và Phát triển nông thôn, thời gian tới tỉnh sẽ tiếp tục hỗ trợ chi phí chứng nhận, xây dựng vùng nguyên liệu tập trung và kêu gọi thêm doanh nghiệp đầu tư nhà máy sấy, xay xát gần vùng sản xuất."),
        ],
        sign=("author", "Trần Thị Mai Hoa"), authors=["Trần Thị Mai Hoa"], unit=None,
    ),
    dict(
        slug="tin-1288", path=DETAIL + "1288", layout="list", cat="Tin tức - Sự kiện",
        title="Sơ kết công tác cải cách hành chính và chuyển đổi số quý I/2024",
        date_html='<span class="NgayDang">20/3/2024 3:20:00 CH</span>',
        published="2024-03-20T15:20:00+07:00", updated=None, label=None,
        prefix=None, lead_style="bold",
        lead="Sáng ngày 20/3, Ban Chỉ đạo cải cách hành chính tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính và chuyển đổi số quý I, triển khai nhiệm vụ trọng tâm quý II/2024.",
        blocks=[
            ("p", "Báo cáo tại hội nghị cho biết, từ ngày 01/01/2024 đến ngày 15/3/2024, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 48.215 hồ sơ, trong đó 96,8% hồ sơ được giải quyết đúng và trước hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%."),
            ("p", "Kết quả chỉ số cải cách hành chính năm 2023 của tỉnh được Bộ Nội vụ công bố ngày 18.3 xếp thứ 21/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022. Đây là kết quả cao nhất của tỉnh kể từ năm 2019 đến nay."),
            ("related", [("UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công quý I/2024", DETAIL + "1245", "12/03/2024"),
                         ("Sáng ngày 31/12/2023: Khai trương Trung tâm Phục vụ hành chính công tỉnh", GONE, "31/12/2023")]),
            ("p", "Tuy vậy, một số địa phương vẫn còn tình trạng hồ sơ trễ hạn nhưng chưa có văn bản xin lỗi người dân; việc số hóa kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm."),
            ("p", "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Trương Quang Hiếu đề nghị các cơ quan, đơn vị tập trung rà soát, cắt giảm thành phần hồ sơ, hoàn thành việc kết nối cơ sở dữ liệu dân cư với các hệ thống thông tin của tỉnh trước ngày 30/6/2024."),
        ],
        sign=("bold", "Phương Nga - Đức Anh"), authors=["Phương Nga", "Đức Anh"], unit=None,
    ),
    dict(
        slug="pages-ky-hop-chuyen-de-hdnd-tinh", path="/Pages/ky-hop-chuyen-de-hdnd-tinh.aspx", layout="pub",
        cat="Chính trị",
        title="HĐND tỉnh khóa XI tổ chức kỳ họp chuyên đề thông qua 9 nghị quyết",
        date_html='<span class="pub-ngay">Cập nhật ngày: 13/03/2024</span>',
        published="2024-03-13T00:00:00+07:00", updated=None, label="Cập nhật ngày",
        prefix="BLTV -", lead_style="rte",
        lead="Ngày 12/3, HĐND tỉnh khóa XI tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung cấp bách thuộc thẩm quyền, phục vụ yêu cầu phát triển kinh tế - xã hội của tỉnh.",
        blocks=[
            ("p", "Tại kỳ họp, các đại biểu đã thảo luận và biểu quyết thông qua 9 nghị quyết, trong đó có nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025, nghị quyết quy định mức hỗ trợ đối với người làm công tác chi trả chính sách tại cấp xã và nghị quyết thông qua danh mục công trình cần thu hồi đất năm 2024."),
            ("p", "Các nghị quyết được thông qua với tỷ lệ tán thành cao, bảo đảm đúng trình tự, thủ tục theo quy định của pháp luật."),
            ("img", "/PublishingImages/2024/03/hdnd-ky-hop-chuyen-de.jpg", "Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp", "Ảnh: Quốc Việt", "table"),
            ("p", "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh Đặng Thị Thu Hiền đề nghị UBND tỉnh khẩn trương tổ chức triển khai các nghị quyết vừa được thông qua; các ban của HĐND, tổ đại biểu và đại biểu HĐND tỉnh tăng cường giám sát việc thực hiện."),
        ],
        sign=("source", "Đài Phát thanh - Truyền hình Bình Lâm"), authors=[], unit="Đài Phát thanh - Truyền hình Bình Lâm",
    ),
    dict(
        slug="pages-trao-giai-guong-nguoi-tot-viec-tot", path="/Pages/trao-giai-guong-nguoi-tot-viec-tot.aspx",
        layout="pub", cat=None, nfd=True,
        title="Trao giải Cuộc thi viết về gương người tốt, việc tốt năm 2023",
        date_html='<span class="pub-ngay">[17/03/2024]</span>',
        published="2024-03-17T00:00:00+07:00", updated=None, label=None,
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("p", "Ngày 16/3, Ban Tổ chức Cuộc thi viết về gương người tốt, việc tốt tỉnh Bình Lâm năm 2023 tổ chức lễ tổng kết và trao giải cho các tác giả có tác phẩm đạt giải."),
            ("p", "Sau hơn sáu tháng phát động, cuộc thi đã nhận được 386 tác phẩm của 274 tác giả là cán bộ, công chức, giáo viên, học sinh, người cao tuổi và người lao động ở nhiều lĩnh vực. Các bài viết phản ánh chân thực những tấm gương bình dị trong lao động sản xuất, giữ gìn an ninh trật tự, giúp đỡ người nghèo và bảo vệ môi trường."),
            ("img", "/PublishingImages/2024/03/trao-giai-nguoi-tot-viec-tot.jpg", "Ban Tổ chức trao giải Nhất cho các tác giả đoạt giải.", None, "italic"),
            ("p", "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 4 giải Ba và 10 giải Khuyến khích. Giải Nhất thuộc về tác phẩm viết về một nữ y sĩ đã gắn bó hơn 20 năm với trạm y tế xã miền núi Trà Sơn."),
            ("p", "Các tác phẩm đạt giải sẽ được tuyển chọn, biên tập thành sách để phát hành đến các thư viện, trường học trong tỉnh."),
        ],
        sign=("author", "Lê Quang Vinh"), authors=["Lê Quang Vinh"], unit=None,
    ),
    dict(
        slug="tin-1293", path=DETAIL + "1293", layout="list", cat="Chỉ đạo điều hành",
        title="Chủ tịch UBND tỉnh chỉ đạo tăng cường phòng, chống cháy rừng mùa khô năm 2024",
        date_html='<span class="NgayDang">Ngày 20/03/2024 17:45</span>',
        published="2024-03-20T17:45:00+07:00", updated=None, label="Ngày",
        prefix=None, lead_style="trichyeu",
        lead="Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 04/CT-UBND yêu cầu các sở, ngành và địa phương triển khai quyết liệt các biện pháp phòng cháy, chữa cháy rừng trong mùa khô năm 2024.",
        blocks=[
            ("p", "Theo dự báo của cơ quan khí tượng, mùa khô năm 2024 trên địa bàn tỉnh có khả năng kéo dài và nắng nóng gay gắt hơn trung bình nhiều năm, nguy cơ xảy ra cháy rừng ở mức cao, nhất là tại các huyện phía Tây."),
            ("p", "Thực hiện Quyết định số 45/2023/QĐ-UBND ngày 12/10/2023 của UBND tỉnh ban hành Quy chế phối hợp phòng cháy, chữa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:"),
            ("li", [
                "Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm toàn diện nếu để xảy ra cháy rừng lớn trên địa bàn; tổ chức trực 24/24 giờ trong những ngày có cấp dự báo cháy rừng từ cấp IV trở lên.",
                "Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm cập nhật bản đồ vùng trọng điểm có nguy cơ cháy, kiểm tra phương án chữa cháy của các chủ rừng trước ngày 31/3/2024.",
                "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện tham gia chữa cháy rừng khi có yêu cầu.",
            ]),
            ("p", "Chỉ thị có hiệu lực kể từ ngày ký."),
        ],
        sign=("bold", "Văn phòng UBND tỉnh"), authors=[], unit="Văn phòng UBND tỉnh",
    ),
    dict(
        slug="tin-1299", path=DETAIL + "1299", layout="list", cat="Y tế",
        title="Triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
        date_html='<span class="NgayDang">21/3/2024 7:10:00 SA</span>',
        published="2024-03-21T07:10:00+07:00", updated=None, label=None,
        prefix="(CTTĐT) -", lead_style="bold",
        lead="Từ ngày 25/3 đến ngày 15/4/2024, ngành Y tế sẽ tổ chức tiêm bổ sung vắc xin sởi cho khoảng 36.000 trẻ em từ 1 đến 5 tuổi tại 10 huyện, thị xã, thành phố.",
        blocks=[
            ("p", "Theo Sở Y tế, từ đầu năm đến nay, toàn tỉnh ghi nhận 27 trường hợp sốt phát ban nghi sởi, trong đó 6 trường hợp dương tính với sởi, đều là trẻ chưa được tiêm đủ hai mũi vắc xin."),
            ("img", "/tintuc/Lists/TinTuc/Attachments/1299/tiem-soi-dong-thanh.jpg", "Nhân viên y tế kiểm tra sức khỏe trẻ trước khi tiêm vắc xin tại Trạm Y tế phường Đông Thành", "Ảnh: Bảo Trâm", "table"),
            ("p", "Để chiến dịch đạt tỷ lệ trên 95%, Sở Y tế đề nghị UBND các huyện chỉ đạo rà soát danh sách trẻ thuộc diện tiêm, bố trí điểm tiêm tại trạm y tế và trường mầm non, tổ chức tiêm vét cho trẻ vắng mặt."),
            ("p", "Phụ huynh có con trong độ tuổi cần mang theo sổ tiêm chủng hoặc giấy tờ chứng nhận đã tiêm để cán bộ y tế khám sàng lọc và tư vấn trước khi tiêm."),
        ],
        sign=("source+author", "Sở Y tế", "Ngô Bảo Trâm"), authors=["Ngô Bảo Trâm"], unit="Sở Y tế",
    ),
]


def short(d: str) -> str:  # ISO -> dd/mm/yyyy
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


NEWEST = sorted(ARTICLES, key=lambda x: x["published"], reverse=True)

VANBAN = [
    ("Chỉ thị số 04/CT-UBND", "20/03/2024", "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2024"),
    ("Quyết định số 512/QĐ-UBND", "11/03/2024", "Phê duyệt kế hoạch cải cách hành chính năm 2024"),
    ("Công văn số 1187/UBND-KT", "08/03/2024", "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công"),
    ("Kế hoạch số 76/KH-UBND", "05/03/2024", "Tổ chức Tuần văn hóa, du lịch làng nghề truyền thống năm 2024"),
    ("Quyết định số 478/QĐ-UBND", "01/03/2024", "Ban hành danh mục thủ tục hành chính được chuẩn hóa"),
    ("Công văn số 1032/UBND-VX", "27/02/2024", "Về triển khai tiêm chủng mở rộng năm 2024"),
]

MENU = [("Trang chủ", "/"), ("Giới thiệu", STATIC), ("Tin tức - Sự kiện", LIST1),
        ("Chỉ đạo điều hành", DETAIL + "1293"), ("Thông báo", DETAIL + "1270"),
        ("Hỏi đáp", FORM), ("Liên hệ", CONTACT), ("Sơ đồ cổng", SITEMAP)]

LEFTMENU = ["Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Giáo dục - Đào tạo",
            "Y tế", "Nông nghiệp - Nông thôn", "Chỉ đạo điều hành", "Thông báo", "Dự án đầu tư",
            "Thủ tục hành chính", "Lịch công tác"]


# --------------------------------------------------------------------------- chrome
def head(title: str, page_path: str, wrong_suffix: str | None = None) -> str:
    rev = noise("rev" + page_path, 22)
    suffix = wrong_suffix or SITE
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr" lang="vi-vn" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="keywords" content="UBND tỉnh Bình Lâm, cổng thông tin, tin tức, chỉ đạo điều hành" />
<title>
\t{e(title)} - {e(suffix)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev={rev}"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev={rev}"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev={rev}"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BinhLam/css/binhlam-layout.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BinhLam/css/binhlam-tintuc.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BinhLam/css/rte-custom.css"/>
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
// ]]>
</script>
<script type="text/javascript">
// <![CDATA[
document.write('<script type="text/javascript" src="/_layouts/1066/init.js?rev={rev}"></' + 'script>');
document.write('<script type="text/javascript" src="/ScriptResource.axd?d={noise("sr1" + page_path, 86)}&amp;t=3f4a792d"></' + 'script>');
document.write('<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></' + 'script>');
// ]]>
</script>
<script type="text/javascript" src="/Style%20Library/BinhLam/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/Style%20Library/BinhLam/js/binhlam-common.js"></script>
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
<link rel="shortcut icon" href="/Style%20Library/BinhLam/images/favicon.ico" type="image/vnd.microsoft.icon" />
<style type="text/css">
.s4-skipribbonshortcut {{ display:none; }}
body #s4-leftpanel {{ display:none; }}
.s4-ca {{ margin-left:0px; }}
.tbl_khung {{ width:1000px; margin:0 auto; background:#fff; }}
.td_cot_trai {{ width:210px; vertical-align:top; }}
.td_cot_phai {{ width:230px; vertical-align:top; }}
.TieuDeTin {{ font:bold 16px Arial; color:#a00; }}
.NgayDang, .NgayCapNhat {{ font:11px Arial; color:#777; }}
.NoiDungTin {{ text-align:justify; font:13px Arial; }}
.chuthich_anh {{ font:italic 12px Arial; text-align:center; background:#f2f2f2; }}
.tieude_khoi {{ background:url('/Style%20Library/BinhLam/images/bg_tieude.gif') repeat-x; color:#fff; font-weight:bold; padding:5px; }}
</style>
</head>
"""


def form_open(page_path: str, viewstate_len: int) -> str:
    action = page_path.rsplit("/", 1)[-1] or "default.aspx"
    vs = "/wEPDwUBMA9kFgJmD2QWAgIBD2QW" + noise("vs" + page_path, viewstate_len)
    return f"""<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="{a(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{hashlib.sha256(page_path.encode()).hexdigest().upper()}{hashlib.sha256(b"d" + page_path.encode()).hexdigest().upper()},21 Mar 2024 01:12:44 -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
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

<script src="/WebResource.axd?d={noise("wr1" + page_path, 64)}&amp;t=634604425386329310" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#0';
var g_wsaListTemplateId = 850;
var _fV4UI=true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{{{guid("list" + page_path).upper()}}}",pageItemId:{int(hashlib.md5(page_path.encode()).hexdigest()[:4], 16) % 900 + 1}, userId:0, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};
//]]>
</script>
<script src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(DeferWebFormInitCallback) == 'function') DeferWebFormInitCallback();function WebForm_OnSubmit() {{
UpdateFormDigest('\\u002f', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{return _spFormOnSubmitWrapper();}} else {{return true;}};
return true;
}}
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager', document.getElementById('aspnetForm'));
Sys.WebForms.PageRequestManager.getInstance()._updateControls([], [], [], 90);
//]]>
</script>
"""


def ribbon() -> str:
    return f"""<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
<a id="linkTurnOnAcc" href="#" class="ms-TurnOnAcc" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Turn on more accessible mode</a>
</div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
<a id="linkTurnOffAcc" href="#" class="ms-TurnOffAcc" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Turn off more accessible mode</a>
</div>
<div class="s4-notdlg s4-skipribbonshortcut noindex">
<a href="javascript:;" onclick="javascript:this.href='#startNavigation';" class="ms-SkiptoNavigation" accesskey="Y">Skip Ribbon Commands</a>
</div>
<div class="s4-notdlg noindex">
<a href="javascript:;" onclick="javascript:this.href='#mainContent';" class="ms-SkiptoMainContent" accesskey="X">Skip to main content</a>
</div>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
<div id="s4-ribboncont">
<div id="ctl00_ctl36_ctl00_RibbonContainer" class="ms-cui-ribbonTopBars">
<div class="ms-cui-topBar1"><div class="ms-cui-qat-container"></div></div>
<div class="ms-cui-topBar2"><div class="ms-cui-TabRowLeft ms-cui-hidden" id="RibbonContainer-TabRowLeft">
<span class="ms-siteactionsmenu" id="siteactiontd"><span style="display:none"><menu type="ServerMenu" id="zz2_SiteActionsMenuMain" hideicons="true">
<ie:menuitem id="zz3_MenuItem_Create" type="option" iconsrc="/_layouts/images/Actionscreate.gif" onmenuclick="if (LaunchCreateHandler('All')) {{ GoToPage('\\u002f_layouts\\u002fcreate.aspx') }}" text="More Options..." menugroupid="100"></ie:menuitem>
<ie:menuitem id="zz4_MenuItem_ViewAllSiteContents" type="option" iconsrc="/_layouts/images/allcontent32.png" onmenuclick="STSNavigate2(event,'/_layouts/viewlsts.aspx');" text="View All Site Content" menugroupid="300"></ie:menuitem>
</menu></span></span>
</div>
<div class="ms-cui-TabRowRight s4-trc-container s4-notdlg" id="RibbonContainer-TabRowRight">
<a href="{a(LOGIN)}" class="s4-signInLink" id="ctl00_IdWelcome_ExplicitLogin" style="display:inline;">Đăng nhập</a>
</div></div>
</div>
<span id="ctl00_ctl36_ctl00_RibbonContainer-cuiRibbonData" style="display:none">{noise("ribbondata", 1800)}</span>
</div>
<div id="notificationArea" class="s4-noti"></div>
<div id="ctl00_DeveloperDashboard" class="ms-developerdashboard"></div>
</div>
"""


def banner() -> str:
    items = "".join(
        f'<li class="static"><a class="static menu-item" href="{a(h)}"><span class="additional-background"><span class="menu-item-text">{e(t)}</span></span></a></li>'
        for t, h in MENU)
    return f"""<div id="s4-workspace" class="s4-nosetwidth">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">
<table class="tbl_khung tbl_banner" cellpadding="0" cellspacing="0" border="0">
<tr><td class="td_banner" colspan="2"><a href="/"><img src="/Style%20Library/BinhLam/images/banner_ubnd_binhlam.jpg" alt="{a(SITE)}" width="1000" height="150" border="0" /></a></td></tr>
<tr class="tr_thanhngang">
<td class="td_ngay"><span id="ctl00_lblNgayHienTai" class="ngay_hien_tai">{e(TODAY)}</span></td>
<td class="td_timkiem" align="right">
<div id="SearchBox" class="s4-search s4-rp">
<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0"><tr><td>
<input name="ctl00$PlaceHolderSearchArea$ctl01$S3031AEBB_InputKeywords" type="text" value="Tìm kiếm..." maxlength="200" id="ctl00_PlaceHolderSearchArea_ctl01_S3031AEBB_InputKeywords" accesskey="S" title="Tìm kiếm..." class="ms-sbplain" onfocus="if (this.value=='Tìm kiếm...') this.value='';" onkeypress="javascript:return S3031AEBB_OSBEK(event);" />
</td><td class="ms-sbgo ms-sbcell"><a id="ctl00_PlaceHolderSearchArea_ctl01_S3031AEBB_go" title="Tìm" href="javascript:S3031AEBB_Submit()"><img title="Tìm" onmouseover="this.src='\\u002f_layouts\\u002fimages\\u002fgosearchhover15.png'" alt="Tìm" src="/_layouts/images/gosearch15.png" style="border-width:0px;" /></a></td></tr></table>
</div>
</td></tr>
<tr><td colspan="2" class="td_menu_ngang">
<a name="startNavigation"></a>
<div id="zz5_TopNavigationMenuV4" class="s4-tn">
<div class="menu horizontal menu-horizontal"><ul class="root static">{items}</ul></div>
</div>
</td></tr>
<tr><td colspan="2" class="td_chaychu"><marquee scrollamount="3" class="chaychu">Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2024)</marquee></td></tr>
</table>
</div>
<div id="s4-mainarea" class="s4-pr s4-widecontentarea">
<div id="s4-leftpanel" class="s4-notdlg"></div>
<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentDiv">
<a name="mainContent"></a>
<table id="MSO_ContentTable" class="ms-propertysheet tbl_khung" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="ms-bodyareacell" valign="top">
<table class="tbl_3cot" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
"""


def left_col() -> str:
    cats = "".join(
        f'<tr><td class="menu_doc_item"><img src="/Style%20Library/BinhLam/images/muiten.gif" alt="" /> <a href="{a(LIST1 if i == 0 else "/tintuc/Lists/TinTuc/View_List.aspx?CatID=" + str(10 + i))}">{e(c)}</a></td></tr>'
        for i, c in enumerate(LEFTMENU))
    links = "".join(f'<option value="{a(v)}">{e(t)}</option>' for t, v in [
        ("Cổng thông tin điện tử Chính phủ", "http://www.chinhphu.vn"),
        ("Các bộ, ngành ở Trung ương", "#"), ("Tỉnh ủy Bình Lâm", "#"),
        ("Sở Kế hoạch và Đầu tư", "#"), ("Sở Tài chính", "#"), ("Sở Nội vụ", "#"),
        ("Sở Y tế", "#"), ("Sở Giáo dục và Đào tạo", "#"), ("UBND thành phố Lâm Giang", "#"),
        ("UBND huyện Hải Thịnh", "#"), ("UBND huyện Phước Lộc", "#"), ("UBND huyện Trà Sơn", "#")])
    return f"""<td class="td_cot_trai" valign="top">
<div id="MSOZoneCell_WebPartWPQ1" class="s4-wpcell-plain">
<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top">
<div WebPartID="{guid("wp-menu")}" HasPers="false" id="WebPartWPQ1" width="100%" class="ms-WPBody noindex" allowDelete="false" style="">
<table class="khoi_trai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">CHUYÊN MỤC</td></tr>
{cats}
</table>
</div>
</td></tr></table>
</div>
<table class="khoi_trai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">DỊCH VỤ CÔNG</td></tr>
<tr><td align="center"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Style%20Library/BinhLam/images/bn_dichvucong_qg.jpg" alt="Cổng Dịch vụ công quốc gia" width="200" /></a></td></tr>
<tr><td align="center"><a href="/dichvucong/Pages/default.aspx"><img src="/Style%20Library/BinhLam/images/bn_dvc_binhlam.jpg" alt="Dịch vụ công trực tuyến tỉnh Bình Lâm" width="200" /></a></td></tr>
<tr><td align="center"><a href="{a(FORM)}"><img src="/Style%20Library/BinhLam/images/bn_hoidap.jpg" alt="Hỏi đáp trực tuyến" width="200" /></a></td></tr>
</table>
<table class="khoi_trai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">LIÊN KẾT WEBSITE</td></tr>
<tr><td><select class="lienket" onchange="if(this.value!='#') window.open(this.value);"><option value="#">-- Chọn liên kết --</option>{links}</select></td></tr>
</table>
</td>
"""


def right_col(page_path: str) -> str:
    vb = "".join(
        f'<li><a href="/vanban/Lists/VanBanChiDao/DispForm.aspx?ID={300 + i}" title="{a(t)}">{e(so)}</a> <span class="ngay_vb">ngày {d}</span><br /><span class="trichyeu_vb">{e(t)}</span></li>'
        for i, (so, d, t) in enumerate(VANBAN))
    seed = int(hashlib.md5(page_path.encode()).hexdigest()[:6], 16)
    online = 900 + seed % 700
    total = 21406583 + seed % 5000
    return f"""<td class="td_cot_phai" valign="top">
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain">
<div WebPartID="{guid("wp-vanban")}" HasPers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex" allowDelete="false">
<table class="khoi_phai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</td></tr>
<tr><td><marquee direction="up" scrollamount="1" height="260" onmouseover="this.stop()" onmouseout="this.start()"><ul class="ds_vanban">{vb}</ul></marquee></td></tr>
<tr><td align="right"><a href="/vanban/Pages/default.aspx" class="xemtiep">Xem tất cả »</a></td></tr>
</table>
</div>
</div>
<table class="khoi_phai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">THĂM DÒ Ý KIẾN</td></tr>
<tr><td class="khung_thamdo">
<div class="cauhoi_thamdo">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử tỉnh?</div>
<input type="radio" name="ctl00$m$g_poll$rdoYKien" value="1" id="rdo1" /><label for="rdo1">Đẹp, dễ sử dụng</label><br />
<input type="radio" name="ctl00$m$g_poll$rdoYKien" value="2" id="rdo2" /><label for="rdo2">Bình thường</label><br />
<input type="radio" name="ctl00$m$g_poll$rdoYKien" value="3" id="rdo3" /><label for="rdo3">Khó tìm thông tin</label><br />
<input type="radio" name="ctl00$m$g_poll$rdoYKien" value="4" id="rdo4" /><label for="rdo4">Ý kiến khác</label><br />
<input type="submit" name="ctl00$m$g_poll$btnBieuQuyet" value="Biểu quyết" class="nut" />
<a href="javascript:__doPostBack('ctl00$m$g_poll$lnkKetQua','')" class="nut">Xem kết quả</a>
</td></tr>
</table>
<table class="khoi_phai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="thongke">
<img src="/Style%20Library/BinhLam/images/ic_online.gif" alt="" /> Đang truy cập: <span id="ctl00_m_g_counter_lblOnline">{vn(online)}</span><br />
<img src="/Style%20Library/BinhLam/images/ic_today.gif" alt="" /> Hôm nay: <span id="ctl00_m_g_counter_lblHomNay">{vn(8000 + seed % 900)}</span><br />
<img src="/Style%20Library/BinhLam/images/ic_total.gif" alt="" /> Tổng lượt truy cập: <span id="ctl00_m_g_counter_lblTong">{vn(total)}</span>
</td></tr>
</table>
<table class="khoi_phai" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tieude_khoi">ĐƯỜNG DÂY NÓNG</td></tr>
<tr><td class="duongdaynong">Văn phòng UBND tỉnh: 0238 3 842 115<br />Tiếp nhận phản ánh, kiến nghị: 1022</td></tr>
</table>
</td>
"""


def footer(page_path: str) -> str:
    return f"""</tr></table>
</td></tr>
</table>
</div>
</div>
<div class="s4-notdlg footer_binhlam">
<table class="tbl_khung tbl_footer" cellpadding="0" cellspacing="0"><tr>
<td class="td_footer_menu" colspan="2"><a href="/">Trang chủ</a> | <a href="{a(STATIC)}">Giới thiệu</a> | <a href="{a(CONTACT)}">Liên hệ</a> | <a href="{a(SITEMAP)}">Sơ đồ cổng</a> | <a href="{a(LOGIN)}">Đăng nhập</a> | <a href="/rss/default.aspx">RSS</a></td></tr>
<tr><td class="td_footer">
<b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH LÂM</b><br />
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Lâm<br />
Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh<br />
Địa chỉ: Số 18 đường Trần Hưng Đạo, thành phố Lâm Giang, tỉnh Bình Lâm<br />
Điện thoại: 0238 3 842 115 - Fax: 0238 3 842 116 - Email: congtt@binhlam.gov.vn<br />
Giấy phép số 27/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 09/5/2019<br />
Ghi rõ nguồn "Cổng TTĐT tỉnh Bình Lâm" khi phát hành lại thông tin từ nguồn này.
</td>
<td class="td_tinnhiem" align="right"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/binhlamgovvn" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="/Style%20Library/BinhLam/images/handle_cert.png" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a></td>
</tr></table>
</div>
<div id="DeveloperDashboard" class="ms-developerdashboard"></div>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
var g_Workspace = "s4-workspace";
function BinhLam_GanNgay() {{ try {{ var d = document.getElementById('ctl00_lblNgayHienTai'); if (d && d.innerHTML == '') d.innerHTML = BinhLam_NgayHienTai(); }} catch (ex) {{ }} }}
_spBodyOnLoadFunctionNames.push("BinhLam_GanNgay");
_spBodyOnLoadFunctionNames.push("_spFixRibbonHeight");
//]]>
</script>
<div class="aspNetHidden">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWDAL{noise("ev" + page_path, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{guid("list" + page_path)}}}",itemId: 1,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:196673}}}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null)
    {{
        var wpid = hid.value;
        if (wpid.length > 0)
        {{
            var zc = document.getElementById(wpid);
            if (zc != null)
                wpcomp.selectWebPart(zc, false);
        }}
    }}
}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';
WebForm_InitCallback();
//]]>
</script>
</form>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2418{int(hashlib.md5(b"ga").hexdigest()[:4], 16)}-1']); _gaq.push(['_trackPageview']);
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
</html>
"""


def page(title: str, page_path: str, center: str, target: int, wrong_suffix: str | None = None,
         simple: bool = False) -> bytes:
    def build(vs_len: int) -> str:
        if simple:
            return (head(title, page_path) + form_open(page_path, vs_len)
                    + '<div id="s4-workspace"><div id="s4-bodyContainer">\n' + center
                    + footer(page_path).split("</tr></table>\n</td></tr>\n</table>\n</div>\n</div>\n", 1)[1])
        return (head(title, page_path, wrong_suffix) + form_open(page_path, vs_len) + ribbon() + banner()
                + left_col() + '<td class="td_cot_giua" valign="top">\n' + center + "\n</td>\n"
                + right_col(page_path) + footer(page_path))
    base = len(build(0).encode("utf-8"))
    vs_len = max(1200, target - base)
    return build(vs_len).encode("utf-8")


def size_target(key: str) -> int:
    return 52000 + int(hashlib.md5(key.encode()).hexdigest()[:6], 16) % 26000


# --------------------------------------------------------------------------- article body
def img_html(src: str, cap: str | None, credit: str | None, style: str, n: int) -> str:
    fname = src.rsplit("/", 1)[-1]
    if style == "table":
        txt = cap or ""
        if credit:
            txt += f" ({credit})"
        return (f'<table class="anh_tin" align="center" border="0" cellpadding="3" cellspacing="0" width="460">'
                f'<tbody><tr><td align="center"><img src="{a(src)}" alt="{a(fname)}" width="450" border="0" /></td></tr>'
                f'<tr><td class="chuthich_anh" align="center">{e(txt)}</td></tr></tbody></table>')
    txt = cap or ""
    if credit:
        txt += f" {credit}"
    return (f'<p style="text-align:center"><img src="{a(src)}" alt="{a(fname)}" width="480" border="0" /></p>'
            f'<p style="text-align:center"><em>{e(txt)}</em></p>')


def body_html(art: dict, pub: bool) -> str:
    out, n = [], 0
    pcls = ' class="ms-rteElement-P"' if pub else ""
    for b in art["blocks"]:
        if b[0] == "p":
            out.append(f'<p{pcls} style="text-align:justify">{e(b[1])}</p>')
        elif b[0] == "li":
            out.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
        elif b[0] == "br":
            out.append('<div style="text-align:justify">' + "<br />\n".join(e(x) for x in b[1][:2]) + "<br /><br />\n"
                       + "<br />\n".join(e(x) for x in b[1][2:]) + "</div>")
        elif b[0] == "table":
            rows = []
            for i, r in enumerate(b[1]):
                if i == 0:
                    rows.append('<tr class="ms-rteTableHeaderRow-default">' + "".join(
                        f'<th class="ms-rteTableHeader{"FirstCol" if j == 0 else "OddCol" if j % 2 else "EvenCol"}-default">{e(c)}</th>'
                        for j, c in enumerate(r)) + "</tr>")
                else:
                    rows.append(f'<tr class="ms-rteTable{"Odd" if i % 2 else "Even"}Row-default">' + "".join(
                        f'<td class="ms-rteTable{"FirstCol" if j == 0 else "OddCol" if j % 2 else "EvenCol"}-default"'
                        f'{" align=right" if j else ""}>{e(c)}</td>' for j, c in enumerate(r)) + "</tr>")
            out.append('<table class="ms-rteTable-default" border="1" cellspacing="0" width="100%" style="border-collapse:collapse">'
                       "<tbody>" + "".join(rows) + "</tbody></table>")
        elif b[0] == "img":
            n += 1
            out.append(img_html(b[1], b[2], b[3], b[4], n))
        elif b[0] == "related":
            out.append('<div class="tinlienquan_trong"><b>Tin liên quan:</b><ul>' + "".join(
                f'<li><a href="{a(h)}">{e(t)}</a> <span class="ngay">({d})</span></li>' for t, h, d in b[1])
                + "</ul></div>")
    return "\n".join(out)


def sign_html(art: dict) -> str:
    s = art["sign"]
    if s[0] == "bold":
        return f'<p style="text-align:right"><strong>{e(s[1])}</strong></p>'
    if s[0] == "source":
        return f'<p style="text-align:right"><em>Nguồn: {e(s[1])}</em></p>'
    return ""


def author_row(art: dict) -> str:
    s = art["sign"]
    if s[0] == "author":
        return f'<tr><td class="tdTacGia" align="right">Người viết: <span class="TacGia">{e(s[1])}</span></td></tr>'
    if s[0] == "source+author":
        return (f'<tr><td class="tdNguonTin" align="right">Nguồn: <span class="NguonTin">{e(s[1])}</span></td></tr>'
                f'<tr><td class="tdTacGia" align="right">Người viết: <span class="TacGia">{e(s[2])}</span></td></tr>')
    return ""


def lead_html(art: dict) -> str:
    if not art["lead"]:
        return ""
    full = (art["prefix"] + " " if art["prefix"] else "") + art["lead"]
    st = art["lead_style"]
    if st == "bold":
        return f'<tr><td class="tdTrichDan"><span class="TrichDan"><b>{e(full)}</b></span></td></tr>'
    if st == "trichyeu":
        return (f'<tr><td><table class="ms-formtable tblTrichYeu" width="100%" cellpadding="2" cellspacing="0"><tr>'
                f'<td class="ms-formlabel" width="90" valign="top"><b>Trích yếu:</b></td>'
                f'<td class="ms-formbody">{e(full)}</td></tr></table></td></tr>')
    return ""


def others(art: dict) -> str:
    items = [x for x in NEWEST if x is not art and x["published"] < art["published"]][:6]
    if len(items) < 3:
        items = [x for x in NEWEST if x is not art][-4:]
    lis = "".join(f'<li><a href="{a(x["path"])}">{e(x["title"])}</a> <span class="ngay_tin">({short(x["published"])})</span></li>'
                  for x in items)
    lis += (f'<li><a href="{a(GONE)}">Hội nghị triển khai nhiệm vụ công tác tư pháp năm 2024</a> '
            f'<span class="ngay_tin">(05/03/2024)</span></li>')
    return (f'<table class="tblTinKhac" width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieude_tinkhac">Các tin đã đưa</td></tr>'
            f'<tr><td><ul class="ds_tinkhac">{lis}</ul></td></tr></table>'
            '<table class="tblXemTheoNgay" width="100%"><tr><td>Xem tin theo ngày: '
            '<select name="ctl00$m$g_tinkhac$ddlNgay"><option>Ngày</option>'
            + "".join(f"<option>{i}</option>" for i in range(1, 32))
            + '</select> <select name="ctl00$m$g_tinkhac$ddlThang"><option>Tháng</option>'
            + "".join(f"<option>{i}</option>" for i in range(1, 13))
            + '</select> <select name="ctl00$m$g_tinkhac$ddlNam"><option>2024</option><option>2023</option><option>2022</option></select> '
            '<input type="submit" name="ctl00$m$g_tinkhac$btnXem" value="Xem" class="nut" /></td></tr></table>')


def breadcrumb(art: dict) -> str:
    if not art["cat"]:
        return ""
    mid = "" if art["cat"] == "Tin tức - Sự kiện" else f'<a href="{a(LIST1)}">Tin tức - Sự kiện</a> <span class="sep">›</span> '
    return (f'<tr><td class="duongdan"><a href="/">Trang chủ</a> <span class="sep">›</span> {mid}'
            f'<span class="duongdan_cuoi">{e(art["cat"])}</span></td></tr>')


def tools() -> str:
    return ('<tr><td class="congcu" align="right"><a href="javascript:window.print();"><img src="/Style%20Library/BinhLam/images/ic_print.gif" alt="" /> In trang</a> | '
            '<a href="javascript:GuiEmail();"><img src="/Style%20Library/BinhLam/images/ic_email.gif" alt="" /> Gửi email</a> | '
            '<a href="javascript:history.back();"><img src="/Style%20Library/BinhLam/images/ic_back.gif" alt="" /> Quay lại</a> | '
            '<a href="#top">Lên đầu trang</a></td></tr>')


def attach_html(art: dict) -> str:
    if not art.get("attachments"):
        return ""
    return ('<tr><td class="tdDinhKem"><b>Tệp đính kèm:</b><ul class="ds_dinhkem">' + "".join(
        f'<li><img src="/_layouts/images/{"icpdf.png" if n.endswith(".pdf") else "icdocx.png"}" alt="" /> <a href="{a(h)}">{e(n)}</a></li>'
        for n, h in art["attachments"]) + "</ul></td></tr>")


def article_center(art: dict) -> str:
    wpid = guid("wp-detail")
    g = wpid.replace("-", "_")
    body = body_html(art, art["layout"] == "pub") + "\n" + sign_html(art)
    if art.get("nfd"):
        body = unicodedata.normalize("NFD", body)
    if art["layout"] == "pub":
        lead = ""
        if art["lead"]:
            lead = f'<p class="ms-rteCustom-Sapo"><strong>{e(art["prefix"] + " " if art["prefix"] else "")}{e(art["lead"])}</strong></p>\n'
        return f"""<div id="ctl00_PlaceHolderMain_pnlBaiViet" class="khung_baiviet">
<table class="bang_baiviet" width="100%" cellpadding="0" cellspacing="0" border="0">
{breadcrumb(art)}
<tr><td class="tieude_baiviet"><span id="ctl00_PlaceHolderMain_ctl00_lblTieuDe" class="TieuDeBaiViet">{e(art["title"])}</span></td></tr>
<tr><td class="ngay_baiviet">{art["date_html"]}</td></tr>
<tr><td class="noidung_baiviet">
<div id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Page Content</div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">{lead}{body}</div>
</td></tr>
{author_row(art)}
{tools()}
</table>
{others(art)}
</div>"""
    inner = f'<div id="ctl00_m_g_{g}_ctl00_pnNoiDung" class="NoiDungTin">\n{body}\n</div>'
    if art["layout"] == "nested":
        inner = ('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                 '<table class="khung_noidung" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
                 '<td width="8"><img src="/Style%20Library/BinhLam/images/spacer.gif" width="8" height="1" alt="" /></td>'
                 '<td valign="top"><table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td class="o_noidung">\n'
                 + inner + '\n</td></tr></table></td>'
                 '<td width="8"><img src="/Style%20Library/BinhLam/images/spacer.gif" width="8" height="1" alt="" /></td>'
                 '</tr></table></td></tr></table>')
    return f"""<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">
<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top">
<div WebPartID="{wpid}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody" allowDelete="false" style="">
<table class="tblChiTietTin" width="100%" cellpadding="0" cellspacing="0" border="0">
{breadcrumb(art)}
<tr><td class="tdTieuDeTin"><span id="ctl00_m_g_{g}_ctl00_lblTieuDe" class="TieuDeTin">{e(art["title"])}</span></td></tr>
<tr><td class="tdNgayDang">{art["date_html"]}</td></tr>
{lead_html(art)}
<tr><td class="tdNoiDung">
{inner}
</td></tr>
{attach_html(art)}
{author_row(art)}
{tools()}
</table>
{others(art)}
</div>
</td></tr></table>
</div>"""


def article_truth(art: dict) -> dict:
    paras = []
    for b in art["blocks"]:
        if b[0] == "p":
            paras.append(b[1])
        elif b[0] in ("li", "br"):
            paras.extend(b[1])
        elif b[0] == "table":
            paras.extend(" | ".join(r) for r in b[1])
    images = [{"src": HOST + b[1], "caption": norm(b[2]) if b[2] else None, "credit": b[3]}
              for b in art["blocks"] if b[0] == "img"]
    return {
        "title": norm(art["title"]),
        "agency_prefix": art["prefix"],
        "lead": norm(art["lead"]) if art["lead"] else None,
        "text": "\n\n".join(norm(p) for p in paras),
        "published_at": art["published"],
        "updated_at": art["updated"],
        "date_label": art["label"],
        "authors": art["authors"],
        "unit": art["unit"],
        "images": images,
        "category": art["cat"],
    }


# --------------------------------------------------------------------------- non-article pages
def listing_items(items: list[dict], with_summary: bool) -> str:
    out = []
    for x in items:
        summ = ""
        if with_summary and x["lead"]:
            summ = f'<div class="tomtat_tin">{e(x["lead"][:160].rsplit(" ", 1)[0])}...</div>'
        thumb = next((b[1] for b in x["blocks"] if b[0] == "img"), "/Style%20Library/BinhLam/images/noimage.jpg")
        out.append(f'<tr><td class="td_anh_nho" width="110" valign="top"><a href="{a(x["path"])}"><img src="{a(thumb)}?RenditionID=2" width="100" height="70" alt="" border="0" /></a></td>'
                   f'<td valign="top"><a class="tieude_ds" href="{a(x["path"])}">{e(x["title"])}</a> <span class="ngay_ds">[{short(x["published"])}]</span>{summ}</td></tr>')
    return '<table class="ds_tin" width="100%" cellpadding="4" cellspacing="0">' + "".join(out) + "</table>"


def home_center() -> str:
    top = NEWEST[0]
    cats = {}
    for x in ARTICLES:
        cats.setdefault(x["cat"] or "Tin nổi bật", []).append(x)
    blocks = []
    for c, xs in cats.items():
        lis = "".join(f'<li><a href="{a(x["path"])}">{e(x["title"])}</a> <span class="ngay_ds">({short(x["published"])})</span></li>' for x in xs)
        blocks.append(f'<table class="khoi_chuyenmuc" width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieude_khoi">{e(c.upper())}</td></tr>'
                      f'<tr><td><ul class="ds_chuyenmuc">{lis}</ul></td></tr></table>')
    return f"""<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">
<div WebPartID="{guid("wp-home")}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody" allowDelete="false">
<table class="tin_noibat" width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="300" valign="top"><a href="{a(top["path"])}"><img src="{a(next(b[1] for b in top["blocks"] if b[0] == "img"))}" width="290" alt="" /></a></td>
<td valign="top"><a class="tieude_noibat" href="{a(top["path"])}">{e(top["title"])}</a> <span class="ngay_ds">[{short(top["published"])}]</span>
<div class="tomtat_tin">{e(top["lead"])}</div></td></tr></table>
<table class="khoi_chuyenmuc" width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieude_khoi">TIN MỚI NHẤT</td></tr><tr><td>
{listing_items(NEWEST[1:7], True)}
<div align="right"><a href="{a(LIST1)}" class="xemtiep">Xem tiếp »</a></div></td></tr></table>
{"".join(blocks)}
<table class="khoi_chuyenmuc" width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieude_khoi">TIỆN ÍCH</td></tr>
<tr><td><a href="{a(SEARCH)}">Tìm kiếm: đầu tư công</a> | <a href="{a(FORM)}">Gửi câu hỏi</a> | <a href="{a(CONTACT)}">Danh bạ cơ quan</a> | <a href="{a(SITEMAP)}">Sơ đồ cổng</a></td></tr></table>
</div>
</div>"""


def pager(cur: int) -> str:
    p1 = '<span class="trang_hientai">1</span>' if cur == 1 else f'<a href="{a(LIST1)}">1</a>'
    p2 = '<span class="trang_hientai">2</span>' if cur == 2 else f'<a href="{a(LIST2)}">2</a>'
    nxt = f' <a href="{a(LIST2)}">Trang sau »</a>' if cur == 1 else f'<a href="{a(LIST1)}">« Trang trước</a> '
    return f'<div class="phantrang">Trang: {nxt if cur == 2 else ""}{p1} {p2}{nxt if cur == 1 else ""}</div>'


def list_center(cur: int) -> str:
    items = NEWEST[:8] if cur == 1 else NEWEST[8:]
    return f"""<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">
<div WebPartID="{guid("wp-list")}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody" allowDelete="false">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="duongdan"><a href="/">Trang chủ</a> <span class="sep">›</span> <span class="duongdan_cuoi">Tin tức - Sự kiện</span></td></tr>
<tr><td class="tieude_chuyenmuc"><span class="TieuDeChuyenMuc">TIN TỨC - SỰ KIỆN</span></td></tr>
<tr><td>{listing_items(items, True)}</td></tr>
<tr><td>{pager(cur)}</td></tr></table>
</div>
</div>"""


def pub_page_center(title: str, inner: str) -> str:
    return f"""<div id="ctl00_PlaceHolderMain_pnlTrang" class="khung_baiviet">
<table class="bang_baiviet" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="duongdan"><a href="/">Trang chủ</a> <span class="sep">›</span> <span class="duongdan_cuoi">{e(title)}</span></td></tr>
<tr><td class="tieude_baiviet"><span class="TieuDeBaiViet">{e(title)}</span></td></tr>
<tr><td class="noidung_baiviet"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
{inner}
</div></td></tr></table></div>"""


STATIC_HTML = "\n".join(f'<p class="ms-rteElement-P">{e(t)}</p>' for t in [
    "Tỉnh Bình Lâm nằm ở khu vực duyên hải, phía Đông giáp biển, phía Tây giáp vùng đồi núi, có diện tích tự nhiên khoảng 5.120 km² và dân số hơn 1,2 triệu người.",
    "Tỉnh có 10 đơn vị hành chính cấp huyện, gồm thành phố Lâm Giang, thị xã Đông Thành và 8 huyện, với 142 xã, phường, thị trấn.",
    "Kinh tế của tỉnh phát triển theo hướng công nghiệp chế biến, dịch vụ cảng biển, du lịch sinh thái và nông nghiệp công nghệ cao. Hệ thống giao thông gồm quốc lộ ven biển, tuyến đường sắt và cảng nước sâu Hải Thịnh.",
    "Bình Lâm có nhiều làng nghề truyền thống, lễ hội dân gian và di tích lịch sử - văn hóa cấp quốc gia, là điều kiện thuận lợi để phát triển du lịch cộng đồng.",
]) + '<p class="ms-rteCustom-ChuThichAnh"><img src="/PublishingImages/gioithieu/ban-do-hanh-chinh.jpg" alt="ban-do-hanh-chinh.jpg" width="480" /></p>'

CONTACT_ROWS = [
    ("Văn phòng UBND tỉnh", "Số 18 đường Trần Hưng Đạo, TP Lâm Giang", "0238 3 842 115", "vpubnd@binhlam.gov.vn"),
    ("Sở Kế hoạch và Đầu tư", "Số 25 đường Lê Lợi, TP Lâm Giang", "0238 3 842 301", "skhdt@binhlam.gov.vn"),
    ("Sở Tài chính", "Số 27 đường Lê Lợi, TP Lâm Giang", "0238 3 842 322", "stc@binhlam.gov.vn"),
    ("Sở Nội vụ", "Số 4 đường Nguyễn Trãi, TP Lâm Giang", "0238 3 842 408", "snv@binhlam.gov.vn"),
    ("Sở Y tế", "Số 9 đường Hai Bà Trưng, TP Lâm Giang", "0238 3 842 511", "syt@binhlam.gov.vn"),
    ("Sở Giáo dục và Đào tạo", "Số 11 đường Hai Bà Trưng, TP Lâm Giang", "0238 3 842 620", "sgddt@binhlam.gov.vn"),
    ("Trung tâm Phục vụ hành chính công", "Số 2 đường Quang Trung, TP Lâm Giang", "0238 3 842 999", "hcc@binhlam.gov.vn"),
]


def contact_inner() -> str:
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(ad)}</td><td>{e(p)}</td><td>{e(m)}</td></tr>" for n, ad, p, m in CONTACT_ROWS)
    return ('<p class="ms-rteElement-P">Mọi thông tin, ý kiến đóng góp xin gửi về Ban Biên tập Cổng thông tin điện tử tỉnh Bình Lâm theo địa chỉ dưới đây.</p>'
            '<table class="ms-rteTable-default" border="1" width="100%" style="border-collapse:collapse"><tbody>'
            '<tr class="ms-rteTableHeaderRow-default"><th>Cơ quan</th><th>Địa chỉ</th><th>Điện thoại</th><th>Thư điện tử</th></tr>'
            + rows + "</tbody></table>")


def form_inner() -> str:
    return ('<p class="ms-rteElement-P">Tổ chức, công dân gửi câu hỏi về cơ chế, chính sách và thủ tục hành chính của tỉnh. Các trường có dấu (*) là bắt buộc.</p>'
            '<table class="ms-formtable" width="100%" cellpadding="3">'
            '<tr><td class="ms-formlabel">Họ và tên (*)</td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$g_hoidap$txtHoTen" type="text" class="ms-long" /></td></tr>'
            '<tr><td class="ms-formlabel">Địa chỉ</td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$g_hoidap$txtDiaChi" type="text" class="ms-long" /></td></tr>'
            '<tr><td class="ms-formlabel">Thư điện tử (*)</td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$g_hoidap$txtEmail" type="text" class="ms-long" /></td></tr>'
            '<tr><td class="ms-formlabel">Lĩnh vực</td><td class="ms-formbody"><select name="ctl00$PlaceHolderMain$g_hoidap$ddlLinhVuc"><option>Đất đai</option><option>Đầu tư</option><option>Giáo dục</option><option>Y tế</option><option>Khác</option></select></td></tr>'
            '<tr><td class="ms-formlabel">Tiêu đề (*)</td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$g_hoidap$txtTieuDe" type="text" class="ms-long" /></td></tr>'
            '<tr><td class="ms-formlabel">Nội dung câu hỏi (*)</td><td class="ms-formbody"><textarea name="ctl00$PlaceHolderMain$g_hoidap$txtNoiDung" rows="8" cols="50"></textarea></td></tr>'
            '<tr><td class="ms-formlabel">Mã xác nhận</td><td class="ms-formbody"><img src="/_layouts/BinhLam/Captcha.ashx?w=120&amp;h=30" alt="" /> <input name="ctl00$PlaceHolderMain$g_hoidap$txtCaptcha" type="text" size="8" /></td></tr>'
            '<tr><td></td><td><input type="submit" name="ctl00$PlaceHolderMain$g_hoidap$btnGui" value="Gửi câu hỏi" class="nut" /> <input type="reset" value="Nhập lại" class="nut" /></td></tr></table>')


def sitemap_inner() -> str:
    arts = "".join(f'<li><a href="{a(x["path"])}">{e(x["title"])}</a></li>' for x in NEWEST)
    top = "".join(f'<li><a href="{a(h)}">{e(t)}</a></li>' for t, h in MENU)
    return (f'<ul class="sodo_cong">{top}<li>Tin bài mới<ul>{arts}</ul></li>'
            f'<li><a href="{a(SEARCH)}">Tìm kiếm</a></li><li><a href="{a(LOGIN)}">Đăng nhập</a></li>'
            f'<li><a href="{a(LIST2)}">Tin tức - Sự kiện (trang 2)</a></li></ul>')


def search_center() -> str:
    hits = [x for x in ARTICLES if "đầu tư công" in (x["title"] + " " + " ".join(b[1] for b in x["blocks"] if b[0] == "p")).lower()]
    res = "".join(
        f'<div class="srch-Result"><div class="srch-Title3"><a href="{a(HOST + x["path"])}">{e(x["title"])}</a></div>'
        f'<div class="srch-Description2">{e((x["lead"] or x["title"])[:140])}...</div>'
        f'<div class="srch-Metadata2"><span class="srch-URL2">{e(HOST + x["path"])}</span> - {short(x["published"])}</div></div>'
        for x in hits)
    return f"""<div id="ctl00_PlaceHolderMain_pnlTimKiem">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="duongdan"><a href="/">Trang chủ</a> <span class="sep">›</span> <span class="duongdan_cuoi">Kết quả tìm kiếm</span></td></tr></table>
<div class="srch-sb-results"><input type="text" value="dau tu cong" class="ms-sbplain" /> <input type="submit" value="Tìm" /></div>
<div class="srch-stats">Kết quả 1-{len(hits)} của {len(hits)}. Thời gian tìm: 0,21 giây.</div>
<div id="SRCHRSLTS" class="srch-results">{res}</div>
<div class="srch-Page"><span class="srch-Page-current">1</span></div>
</div>"""


def login_center() -> str:
    return f"""<div id="s4-simple-card" class="s4-simple-iconcont">
<div id="s4-simple-card-top"></div>
<div id="s4-simple-card-content">
<h1 class="s4-simple-gotoPage"><img src="/Style%20Library/BinhLam/images/logo_nho.png" alt="" /> Đăng nhập hệ thống</h1>
<div id="s4-simple-content">
<table class="ms-input" cellpadding="2">
<tr><td><label for="ctl00_PlaceHolderMain_signInControl_UserName">Tên đăng nhập:</label></td><td><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text" id="ctl00_PlaceHolderMain_signInControl_UserName" class="ms-inputuserfield" style="width:200px;" /></td></tr>
<tr><td><label for="ctl00_PlaceHolderMain_signInControl_password">Mật khẩu:</label></td><td><input name="ctl00$PlaceHolderMain$signInControl$password" type="password" id="ctl00_PlaceHolderMain_signInControl_password" class="ms-inputuserfield" style="width:200px;" /></td></tr>
<tr><td></td><td><input id="ctl00_PlaceHolderMain_signInControl_RememberMe" type="checkbox" name="ctl00$PlaceHolderMain$signInControl$RememberMe" /><label for="ctl00_PlaceHolderMain_signInControl_RememberMe">Ghi nhớ đăng nhập</label></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$PlaceHolderMain$signInControl$login" value="Đăng nhập" id="ctl00_PlaceHolderMain_signInControl_login" class="ms-ButtonHeightWidth" /></td></tr>
</table>
<p><a href="/">« Về trang chủ</a></p>
</div></div></div>
"""


def soft404_center() -> str:
    return """<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">
<div WebPartID="%s" HasPers="false" id="WebPartWPQ2" width="100%%" class="ms-WPBody" allowDelete="false">
<table class="tblChiTietTin" width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="duongdan"><a href="/">Trang chủ</a> <span class="sep">›</span> <span class="duongdan_cuoi">Tin tức - Sự kiện</span></td></tr>
<tr><td class="tdTieuDeTin"><span class="TieuDeTin"></span></td></tr>
<tr><td class="tdNoiDung"><div class="thongbao_loi"><img src="/_layouts/images/error.gif" alt="" /> Không tìm thấy tin bài. Tin bài bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống.<br />Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</div></td></tr>
</table>
</div>
</div>""" % guid("wp-detail")


# --------------------------------------------------------------------------- write
def write(name: str, path: str, kind: str, data: bytes, expected: dict | None = None) -> None:
    (OUT / f"{name}.html").write_bytes(data)
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "sharepoint", "template": "sp2010tinh", "held_out": True},
        ensure_ascii=False, indent=1) + "\n", "utf-8")
    for art in ARTICLES:
        wrong = "Sở Thông tin và Truyền thông tỉnh Bình Lâm" if art["slug"] == "tin-1262" else None
        data = page(art["title"], art["path"], article_center(art), size_target(art["slug"]), wrong)
        write(art["slug"], art["path"], "article", data, article_truth(art))
    write("home", "/", "listing", page("Trang chủ", "/Pages/default.aspx", home_center(), 96000))
    write("list-tintuc-p1", LIST1, "listing", page("Tin tức - Sự kiện", LIST1, list_center(1), 70000))
    write("list-tintuc-p2", LIST2, "listing", page("Tin tức - Sự kiện", LIST2, list_center(2), 66000))
    write("static-gioi-thieu", STATIC, "static", page("Giới thiệu chung", STATIC, pub_page_center("Giới thiệu chung", STATIC_HTML), 58000))
    write("contact", CONTACT, "contact", page("Liên hệ", CONTACT, pub_page_center("Liên hệ", contact_inner()), 56000))
    write("form-hoi-dap", FORM, "form", page("Gửi câu hỏi", FORM, pub_page_center("Gửi câu hỏi", form_inner()), 60000))
    write("sitemap", SITEMAP, "sitemap", page("Sơ đồ cổng", SITEMAP, pub_page_center("Sơ đồ cổng thông tin", sitemap_inner()), 57000))
    write("search", SEARCH, "search", page("Kết quả tìm kiếm", "/SearchCenter/Pages/results.aspx", search_center(), 62000))
    write("login", LOGIN, "login", page("Đăng nhập", "/_layouts/login.aspx", login_center(), 41500, simple=True))
    write("soft404", GONE, "soft_404", page("Tin tức - Sự kiện", GONE, soft404_center(), 54000))


if __name__ == "__main__":
    main()
