#!/usr/bin/env python3
"""Generator for the held-out variant template `unknown/wpxa`.

An invented commune portal ("xã Minh Lộc Đông") on WordPress 6.4 with an invented
Vietnamese magazine theme ("VN Mag" by "Sao Việt Web", class prefix `vnm-`), block-editor
and classic-editor post content, Yoast-like JSON-LD, pretty permalinks /YYYY/MM/DD/<slug>/.

Pages and truth come from the same data below, so they cannot drift apart.
Deterministic: run `python tests/variants/unknown/wpxa/make.py`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOST = "https://xaminhlocdong.gov.vn"
SITE = "Cổng thông tin điện tử xã Minh Lộc Đông"
SITE_SHORT = "Xã Minh Lộc Đông"
WPVER = "6.4.3"
THEME_VER = "2.3.1"
TODAY = datetime(2024, 4, 18, 9, 0)
CT = "text/html; charset=UTF-8"
HOST_JS = HOST.replace("/", "\\/")

MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
          "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fmt_a(d: datetime) -> str:          # "16 Tháng Tư, 2024"
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def fmt_b(d: datetime) -> str:          # "16/04/2024"
    return d.strftime("%d/%m/%Y")


def fmt_c(d: datetime) -> str:          # "Tháng Tư 16, 2024 lúc 8:40 sáng"
    h = d.hour % 12 or 12
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year} lúc {h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def strip_tags(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------------------------
# Site data
# ---------------------------------------------------------------------------------------------

CATS = {
    "tin-tuc-su-kien": ("Tin tức – Sự kiện", 3, 148),
    "thong-bao": ("Thông báo", 5, 37),
    "nong-thon-moi": ("Nông thôn mới", 7, 29),
    "van-hoa-xa-hoi": ("Văn hóa – Xã hội", 8, 64),
    "y-te-giao-duc": ("Y tế – Giáo dục", 9, 52),
    "van-ban": ("Văn bản", 11, 83),
}
TAGS = {
    "chuyen-doi-so": "Chuyển đổi số",
    "nong-thon-moi": "nông thôn mới",
    "cai-cach-hanh-chinh": "cải cách hành chính",
    "tiem-chung": "tiêm chủng",
    "thanh-nien": "thanh niên",
    "van-hoa": "văn hóa",
    "giao-duc": "giáo dục",
    "phu-nu": "phụ nữ",
    "thong-bao": "thông báo",
    "hoi-nghi": "hội nghị",
}
ACCOUNTS = {  # login -> display name
    "admin": "admin",
    "hongnhung": "Lê Thị Hồng Nhung",
    "vanthanh": "Nguyễn Văn Thành",
    "thuha": "Phạm Thu Hà",
    "minhtam": "Trần Minh Tâm",
    "dothilan": "Đỗ Thị Lan",
    "bbt": "Ban Biên tập",
}


def img(file, caption=None, credit=None, style="block", paren=False, wid=0, attach=None, w=1024, h=683,
        alt=None):
    return ("img", dict(file=file, caption=caption, credit=credit, style=style, paren=paren, wid=wid,
                        attach=attach, w=w, h=h, alt=alt))


ARTICLES = [
    dict(
        n=1, id=1482, date=datetime(2024, 4, 16, 8, 40), cat="tin-tuc-su-kien", tags=["hoi-nghi"],
        slug="hoi-nghi-so-ket-cong-tac-quy-i-trien-khai-nhiem-vu-quy-ii-nam-2024",
        title="Hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2024",
        account="hongnhung", show_author=True, fmt="A", label=None,
        prefix=None, lead_style="bold",
        lead="Chiều 15/4, UBND xã Minh Lộc Đông tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội quý I và bàn giải pháp thực hiện nhiệm vụ quý II năm 2024.",
        blocks=[
            ("p", "Dự hội nghị có đồng chí Nguyễn Hữu Phước, Bí thư Đảng ủy xã; lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam xã, các đoàn thể chính trị – xã hội và trưởng 7 thôn trên địa bàn."),
            img("hoi-nghi-so-ket-quy-1", "Quang cảnh hội nghị sơ kết quý I năm 2024.", "Ảnh: Hồng Nhung", wid=1483),
            ("p", "Theo báo cáo, trong quý I, tổng diện tích gieo trồng vụ Đông Xuân đạt 612 ha, bằng 101,5% kế hoạch; đàn gia súc, gia cầm phát triển ổn định, không xảy ra dịch bệnh lớn. Thu ngân sách trên địa bàn ước đạt 1,84 tỷ đồng, bằng 31% dự toán năm."),
            ("h2", "Cải cách hành chính có chuyển biến rõ nét"),
            ("p", "Bộ phận Một cửa xã đã tiếp nhận 1.126 hồ sơ, giải quyết đúng và trước hạn 1.119 hồ sơ; tỷ lệ hồ sơ nộp trực tuyến đạt 46%, tăng gần 20% so với cùng kỳ. Sáng ngày 12/4/2024, xã đã hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính về hộ tịch giai đoạn 2015–2020."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, công tác quản lý đất đai ở một số thôn chưa chặt chẽ, việc vận động người dân tham gia bảo hiểm y tế hộ gia đình chưa đạt chỉ tiêu đề ra."),
            img("phat-bieu-chi-dao-hoi-nghi", "Đồng chí Chủ tịch UBND xã phát biểu chỉ đạo tại hội nghị.", "Ảnh: Hồng Nhung", wid=1484),
            ("p", "Phát biểu kết luận, đồng chí Trần Quốc Việt, Chủ tịch UBND xã đề nghị các ngành, các thôn tập trung thực hiện một số nhiệm vụ trọng tâm trong quý II:"),
            ("ul", ["Chỉ đạo thu hoạch lúa Đông Xuân kịp thời, chuẩn bị tốt các điều kiện cho sản xuất vụ Hè Thu;",
                    "Đẩy nhanh tiến độ các công trình giao thông, thủy lợi thuộc Chương trình nông thôn mới;",
                    "Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng và lấn chiếm hành lang giao thông;",
                    "Chủ động phương án phòng, chống nắng nóng, hạn hán và cháy rừng trong mùa khô."]),
            ("p", "Dịp này, UBND xã đã phát động đợt thi đua cao điểm chào mừng kỷ niệm 49 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước."),
        ],
        sig=None, authors=["Lê Thị Hồng Nhung"], unit=None,
    ),
    dict(
        n=2, id=1476, date=datetime(2024, 4, 12, 15, 20), cat="y-te-giao-duc", tags=["tiem-chung"],
        slug="tram-y-te-xa-to-chuc-tiem-vac-xin-soi-cho-tre-tu-1-den-5-tuoi",
        title="Trạm Y tế xã tổ chức tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
        account="admin", show_author=True, fmt="C", label="Đăng vào",
        prefix=None, lead_style="bold",
        lead="Từ ngày 10 đến 12/4, Trạm Y tế xã Minh Lộc Đông đã tổ chức tiêm bổ sung vắc xin sởi – rubella cho 318 trẻ trong độ tuổi từ 1 đến 5 tuổi trên địa bàn.",
        blocks=[
            ("p", "Để buổi tiêm chủng diễn ra an toàn, Trạm Y tế đã phối hợp với cộng tác viên dân số ở 7 thôn lập danh sách, gửi giấy mời đến từng hộ gia đình có trẻ trong diện tiêm. Các điểm tiêm được bố trí theo quy trình một chiều: đón tiếp, khám sàng lọc, tiêm và theo dõi sau tiêm."),
            img("tiem-vac-xin-soi-tram-y-te", "Cán bộ y tế khám sàng lọc cho trẻ trước khi tiêm", "Ảnh: Trạm Y tế xã", style="html5cap", paren=True, wid=1477, w=800, h=533),
            ("p", "Theo bác sĩ Võ Thị Thu Hằng, Trạm trưởng Trạm Y tế xã, sởi là bệnh truyền nhiễm cấp tính lây qua đường hô hấp, có thể gây biến chứng nặng như viêm phổi, viêm não ở trẻ nhỏ. Tiêm vắc xin đầy đủ, đúng lịch là biện pháp phòng bệnh hiệu quả nhất."),
            ("p", "Sau khi tiêm, phụ huynh cần tiếp tục theo dõi trẻ tại nhà ít nhất 24 giờ; nếu trẻ sốt cao trên 39 độ, quấy khóc kéo dài, nổi ban hoặc khó thở thì phải đưa ngay đến cơ sở y tế gần nhất."),
            ("p", "Những trẻ chưa tiêm trong đợt này do đang ốm hoặc đi vắng sẽ được tiêm bù vào ngày tiêm chủng thường xuyên hằng tháng tại Trạm Y tế xã."),
        ],
        sig=("source", "Trạm Y tế xã Minh Lộc Đông"), authors=[], unit="Trạm Y tế xã Minh Lộc Đông",
    ),
    dict(
        n=3, id=1471, date=datetime(2024, 4, 10, 10, 5), cat="thong-bao", tags=["thong-bao", "cai-cach-hanh-chinh"],
        slug="lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-xa-thang-4-nam-2024",
        title="Lịch tiếp công dân định kỳ của Chủ tịch UBND xã tháng 4 năm 2024",
        account="admin", show_author=True, fmt="B", label="Ngày đăng:",
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("p", "Thực hiện Luật Tiếp công dân và quy chế tiếp công dân của địa phương, UBND xã Minh Lộc Đông thông báo lịch tiếp công dân định kỳ của Chủ tịch, các Phó Chủ tịch UBND xã trong tháng 4 năm 2024 như sau:"),
            ("table", [["Ngày tiếp", "Người chủ trì", "Lĩnh vực tiếp nhận"],
                       ["Thứ Ba, 16/4/2024", "Ông Trần Quốc Việt – Chủ tịch UBND xã", "Đất đai, khiếu nại, tố cáo"],
                       ["Thứ Năm, 18/4/2024", "Bà Đinh Thị Ngọc Ánh – Phó Chủ tịch UBND xã", "Văn hóa – xã hội, chính sách"],
                       ["Thứ Ba, 23/4/2024", "Ông Lương Văn Hiếu – Phó Chủ tịch UBND xã", "Xây dựng, giao thông, môi trường"],
                       ["Thứ Năm, 25/4/2024", "Ông Trần Quốc Việt – Chủ tịch UBND xã", "Các nội dung khác"]]),
            ("br", ["Địa điểm: Phòng tiếp công dân, trụ sở UBND xã (thôn Trung Hòa).",
                    "Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ; buổi chiều từ 13 giờ 30 đến 17 giờ."]),
            ("p", "Công dân đến liên hệ cần mang theo căn cước công dân hoặc giấy tờ tùy thân có ảnh; trường hợp được ủy quyền phải có giấy ủy quyền hợp lệ. Ngoài lịch trên, Văn phòng HĐND – UBND xã vẫn tiếp nhận đơn thư vào tất cả các ngày làm việc trong tuần."),
        ],
        sig=("bold", "Văn phòng HĐND – UBND xã"), authors=[], unit="Văn phòng HĐND – UBND xã",
    ),
    dict(
        n=4, id=1465, date=datetime(2024, 4, 8, 14, 30), cat="nong-thon-moi", tags=["nong-thon-moi"],
        slug="nguoi-dan-thon-phu-hoa-hien-hon-1-200-m2-dat-mo-rong-duong-giao-thong",
        title="Người dân thôn Phú Hòa hiến hơn 1.200 m² đất mở rộng đường giao thông",
        account="vanthanh", show_author=True, fmt="A", label="Đăng ngày",
        prefix=None, lead_style="excerpt",
        lead="Hưởng ứng phong trào chung sức xây dựng nông thôn mới, 27 hộ dân thôn Phú Hòa đã tự nguyện hiến hơn 1.200 m² đất, tháo dỡ cổng ngõ, tường rào để mở rộng tuyến đường liên thôn dài gần 1 km.",
        blocks=[
            ("p", "Tuyến đường từ ngã ba Cây Gạo đến khu dân cư Đồng Mít trước đây chỉ rộng khoảng 2,5 m, nhiều đoạn quanh co, mùa mưa lầy lội khiến việc đi lại, vận chuyển nông sản của bà con gặp nhiều khó khăn."),
            img("duong-be-tong-thon-phu-hoa", "Tuyến đường bê tông thôn Phú Hòa sau khi được mở rộng.", None, style="lazy", wid=1467,
                attach="duong-be-tong-thon-phu-hoa"),
            ("p", "Sau nhiều buổi họp dân do Ban công tác Mặt trận thôn chủ trì, các hộ có đất giáp tuyến đường đã thống nhất hiến đất mà không yêu cầu bồi thường. Nhiều gia đình còn tự nguyện chặt bỏ cây ăn quả, di dời mái che, bể nước để bàn giao mặt bằng sớm."),
            ("quote", "“Con đường rộng ra thì xe chở lúa vào tận ruộng được, con cháu đi học cũng an toàn hơn. Mất vài chục mét vuông đất nhưng cả xóm được hưởng lợi lâu dài”, ông Huỳnh Văn Tám, một trong những hộ hiến nhiều đất nhất, chia sẻ."),
            ("p", "Công trình có tổng kinh phí hơn 1,5 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nhân dân đóng góp, dự kiến hoàn thành trước mùa mưa năm nay."),
            img("hop-dan-ban-phuong-an-hien-dat", "Họp dân bàn phương án hiến đất làm đường.", "Ảnh: Văn Thành", wid=1468),
        ],
        sig=None, authors=["Nguyễn Văn Thành"], unit=None,
    ),
    dict(
        n=5, id=1458, date=datetime(2024, 4, 5, 9, 0), modified=datetime(2024, 4, 6, 16, 45),
        cat="tin-tuc-su-kien", tags=["chuyen-doi-so", "cai-cach-hanh-chinh"],
        slug="day-manh-thanh-toan-khong-dung-tien-mat-trong-thu-phi-le-phi",
        title="Đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí",
        account="thuha", show_author=True, fmt="B+", label="Ngày đăng:",
        prefix="(CTTĐT) –", lead_style="bold",
        lead="Từ đầu năm đến nay, hơn 60% khoản phí, lệ phí tại Bộ phận Một cửa xã Minh Lộc Đông đã được người dân thanh toán qua mã QR và dịch vụ ngân hàng số.",
        blocks=[
            ("p", "Tại quầy tiếp nhận, UBND xã đã niêm yết mã QR tài khoản thu ngân sách cùng hướng dẫn chi tiết các bước chuyển khoản. Người dân chỉ cần quét mã bằng ứng dụng ngân hàng trên điện thoại, nhập đúng nội dung theo mẫu là hoàn tất nghĩa vụ nộp phí mà không phải dùng tiền mặt."),
            ("p", "Bên cạnh đó, Tổ công nghệ số cộng đồng ở các thôn tiếp tục hướng dẫn bà con mở tài khoản thanh toán, cài đặt ứng dụng ngân hàng và cảnh giác với các thủ đoạn lừa đảo qua mạng."),
            img("quet-ma-qr-nop-le-phi", "Người dân quét mã QR nộp lệ phí chứng thực tại Bộ phận Một cửa.", "Ảnh: Thu Hà", wid=1459),
            ("p", "Chị Nguyễn Thị Hoa, thôn Đông Yên cho biết: “Trước đây đi làm giấy tờ phải chuẩn bị tiền lẻ, nay chỉ cần điện thoại là xong, vừa nhanh vừa có biên lai điện tử để lưu lại”."),
            ("p", "Thời gian tới, xã phấn đấu 100% hộ kinh doanh tại chợ Minh Lộc chấp nhận thanh toán qua mã QR, đồng thời mở rộng hình thức chi trả trợ cấp xã hội qua tài khoản cá nhân."),
        ],
        sig=None, authors=["Phạm Thu Hà"], unit=None,
    ),
    dict(
        n=6, id=1450, date=datetime(2024, 4, 3, 7, 50), cat="van-hoa-xa-hoi", tags=["van-hoa"],
        slug="ra-mat-cau-lac-bo-dan-ca-bai-choi-thon-dong-yen",
        title="Ra mắt câu lạc bộ dân ca bài chòi thôn Đông Yên",
        account="minhtam", show_author=True, fmt="C", label=None,
        prefix=None, lead_style="bold",
        lead="Tối 2/4, tại nhà văn hóa thôn Đông Yên, câu lạc bộ dân ca bài chòi đầu tiên của xã Minh Lộc Đông chính thức ra mắt với 24 thành viên.",
        blocks=[
            ("p", "Câu lạc bộ do nghệ nhân Phan Văn Lự, năm nay 72 tuổi, làm chủ nhiệm. Thành viên có độ tuổi từ 16 đến 75, phần lớn là nông dân, giáo viên và học sinh yêu thích loại hình nghệ thuật dân gian của quê hương."),
            img("clb-bai-choi-dem-ra-mat", "Các thành viên câu lạc bộ biểu diễn trong đêm ra mắt.", "Ảnh: Minh Tâm", wid=1451),
            ("p", "Trong đêm ra mắt, các thành viên đã trình diễn nhiều làn điệu quen thuộc như xuân nữ, cổ bản, xàng xê, hò quảng, thu hút đông đảo người dân trong thôn và các thôn lân cận đến cổ vũ."),
            img("nghe-nhan-truyen-day-bai-choi", "Nghệ nhân Phan Văn Lự truyền dạy làn điệu cho học sinh.", None, style="divcap", wid=1452, w=700, h=467),
            ("p", "Theo kế hoạch, câu lạc bộ sẽ sinh hoạt hai buổi mỗi tháng, tham gia biểu diễn vào các dịp lễ, Tết và mở lớp truyền dạy miễn phí cho thanh thiếu niên trong dịp hè."),
        ],
        sig=None, authors=["Trần Minh Tâm"], unit=None,
        comments=[
            (312, "Nguyễn Thị Mai", datetime(2024, 4, 3, 20, 15),
             "Mong câu lạc bộ duy trì lâu dài, để các cháu nhỏ được nghe và học bài chòi như ngày xưa."),
            (315, "Lê Văn Đức", datetime(2024, 4, 4, 6, 40),
             "Đêm ra mắt rất vui. Đề nghị xã hỗ trợ thêm loa, âm thanh cho nhà văn hóa thôn."),
        ],
    ),
    dict(
        n=7, id=1443, date=datetime(2024, 3, 29, 16, 10), cat="tin-tuc-su-kien", tags=["chuyen-doi-so", "thanh-nien"],
        slug="doan-thanh-nien-xa-ho-tro-nguoi-dan-kich-hoat-tai-khoan-dinh-danh-dien-tu",
        title="Đoàn Thanh niên xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử",
        account="bbt", show_author=False, fmt="B-time-first", label=None,
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("p", "Trong hai ngày cuối tuần, Đoàn Thanh niên xã Minh Lộc Đông đã thành lập 7 tổ tình nguyện, phối hợp với Công an xã đến từng thôn hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2 và cài đặt ứng dụng VNeID."),
            ("p", "Các đoàn viên hướng dẫn bà con cách đăng nhập, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng, đồng thời giới thiệu cách dùng tài khoản để nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia."),
            img("tinh-nguyen-ho-tro-vneid", None, None, style="block", wid=1444),
            ("p", "Kết quả, các tổ đã hỗ trợ kích hoạt thành công 486 tài khoản, chủ yếu là người cao tuổi và người lao động làm ăn xa vừa trở về địa phương. Nhiều trường hợp chưa có điện thoại thông minh được đoàn viên ghi nhận thông tin để Công an xã tiếp tục hỗ trợ."),
            ("p", "Hoạt động nằm trong chuỗi công trình thanh niên hưởng ứng Tháng Thanh niên năm 2024 với chủ đề chuyển đổi số vì cộng đồng."),
        ],
        sig=("bold", "Hoàng Gia Bảo"), authors=["Hoàng Gia Bảo"], unit=None,
    ),
    dict(
        n=8, id=1437, date=datetime(2024, 3, 26, 10, 30), cat="y-te-giao-duc", tags=["giao-duc"],
        slug="truong-tieu-hoc-minh-loc-dong-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Minh Lộc Đông tổ chức Ngày hội đọc sách",
        account="dothilan", show_author=True, fmt="A", label=None, classic=True,
        prefix=None, lead_style="bold",
        lead="Nhằm khơi dậy niềm yêu thích đọc sách trong học sinh, sáng 25/3, Trường Tiểu học Minh Lộc Đông tổ chức Ngày hội đọc sách với nhiều hoạt động bổ ích.",
        blocks=[
            ("p", "Tham gia ngày hội có hơn 400 học sinh từ khối 1 đến khối 5 cùng giáo viên và đại diện Ban đại diện cha mẹ học sinh. Các lớp đã trang trí góc đọc, giới thiệu những cuốn sách yêu thích và thi kể chuyện theo sách."),
            img("ngay-hoi-doc-sach-tieu-hoc", "Học sinh đọc sách tại thư viện xanh của nhà trường.", "Ảnh: Thu Lan", style="italic", wid=1438, w=900, h=600),
            ("p", "Điểm nhấn của chương trình là phiên chợ sách, nơi học sinh mang sách cũ đến trao đổi với bạn bè. Hơn 1.300 cuốn sách, truyện đã được trao đổi và quyên góp cho thư viện lớp học."),
            ("p", "Cô Huỳnh Thị Kim Oanh, Hiệu trưởng nhà trường cho biết, sau ngày hội, trường sẽ duy trì tiết đọc thư viện mỗi tuần và phát động phong trào “Mỗi tháng một cuốn sách hay” đến hết năm học."),
        ],
        sig=None, authors=["Đỗ Thị Lan"], unit=None,
    ),
    dict(
        n=9, id=1431, date=datetime(2024, 3, 22, 8, 0), cat="thong-bao", tags=["thong-bao"],
        slug="thong-bao-tam-ngung-cap-dien-khu-vuc-thon-tay-son",
        title="Thông báo tạm ngừng cấp điện khu vực thôn Tây Sơn",
        account="thuha", show_author=True, fmt="B", label=None,
        prefix=None, lead_style=None, lead=None,
        blocks=[
            ("p", "Để bảo dưỡng đường dây trung thế, Điện lực huyện Bình Lộc thông báo tạm ngừng cấp điện khu vực thôn Tây Sơn và một phần thôn Trung Hòa vào Chủ nhật, ngày 24/3/2024, từ 6 giờ đến 15 giờ."),
            ("p", "Đề nghị các hộ dân chủ động sắp xếp sinh hoạt, sản xuất trong thời gian trên."),
        ],
        sig=None, authors=["Phạm Thu Hà"], unit=None,
    ),
    dict(
        n=10, id=1424, date=datetime(2024, 3, 18, 14, 0), cat="tin-tuc-su-kien", tags=["chuyen-doi-so", "cai-cach-hanh-chinh"],
        slug="cong-bo-danh-muc-thu-tuc-hanh-chinh-tiep-nhan-ho-so-truc-tuyen-toan-trinh",
        title="Công bố danh mục thủ tục hành chính tiếp nhận hồ sơ trực tuyến toàn trình",
        account="vanthanh", show_author=True, fmt="C", label="Đăng vào",
        prefix=None, lead_style="bold",
        lead="UBND xã Minh Lộc Đông vừa công bố danh mục 42 thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình trên Cổng Dịch vụ công của tỉnh.",
        blocks=[
            ("p", "Các thủ tục thuộc nhiều lĩnh vực như hộ tịch, chứng thực, bảo trợ xã hội, người có công, thi đua – khen thưởng. Người dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả mà không cần đến trụ sở UBND xã."),
            ("p", "Để nộp hồ sơ trực tuyến, người dân thực hiện theo các bước sau:"),
            ("ol", ["Đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử VNeID;",
                    "Chọn thủ tục cần thực hiện, điền thông tin vào tờ khai điện tử;",
                    "Đính kèm bản chụp giấy tờ theo yêu cầu và nộp phí, lệ phí (nếu có);",
                    "Theo dõi trạng thái hồ sơ và nhận kết quả qua bưu điện hoặc tại Bộ phận Một cửa."]),
            ("p", "Trong quá trình thực hiện, nếu có vướng mắc, người dân liên hệ công chức Bộ phận Một cửa qua số điện thoại đường dây nóng <strong>0255.3912.668</strong> để được hướng dẫn."),
        ],
        sig=("source", "Bộ phận Một cửa xã"), authors=["Nguyễn Văn Thành"], unit="Bộ phận Một cửa xã",
        files=[("QD-cong-bo-TTHC-truc-tuyen-toan-trinh", "Quyết định công bố danh mục TTHC trực tuyến toàn trình", 1425),
               ("Danh-muc-42-TTHC-truc-tuyen", "Danh mục 42 thủ tục hành chính trực tuyến", 1426),
               ("Huong-dan-nop-ho-so-tren-Cong-DVC", "Hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công", 1427)],
    ),
    dict(
        n=11, id=1418, date=datetime(2024, 3, 14, 9, 25), cat="tin-tuc-su-kien", tags=["phu-nu"],
        slug="hoi-lien-hiep-phu-nu-xa-trao-bo-giong-ho-tro-sinh-ke-cho-hoi-vien",
        title="Hội Liên hiệp Phụ nữ xã trao bò giống hỗ trợ sinh kế cho hội viên",
        account="hongnhung", show_author=True, fmt="A", label="Đăng ngày",
        prefix=None, lead_style="bold",
        lead="Nhân dịp kỷ niệm 114 năm Ngày Quốc tế Phụ nữ, Hội Liên hiệp Phụ nữ xã Minh Lộc Đông đã trao 5 con bò giống cho hội viên có hoàn cảnh khó khăn.",
        blocks=[
            ("p", "Ngày 8/3 vừa qua, trong không khí ấm áp, lãnh đạo Hội đã trao tận tay các hội viên những con bò giống khỏe mạnh, trị giá mỗi con 14 triệu đồng, từ nguồn quỹ “Mái ấm tình thương” và sự đóng góp của các nhà hảo tâm."),
            img("trao-bo-giong-hoi-vien-phu-nu", "Lãnh đạo Hội Phụ nữ xã trao bò giống cho hội viên.", "Ảnh: Hồng Nhung", wid=1419),
            ("p", "Các hộ nhận bò đều là hội viên thuộc hộ nghèo, cận nghèo, có lao động nhưng thiếu vốn sản xuất. Trước khi nhận, các chị đã được tập huấn kỹ thuật chăm sóc, phòng bệnh cho bò và cam kết sử dụng đúng mục đích."),
            ("p", "Theo mô hình “Nuôi bò quay vòng”, sau khi bò mẹ sinh bê đầu tiên, các hộ sẽ chuyển giao bê cho hội viên khó khăn khác, giúp nhân rộng nguồn hỗ trợ trong cộng đồng."),
            ("p", "Từ năm 2021 đến nay, Hội đã hỗ trợ 31 hội viên bằng hình thức này, góp phần giúp 12 hộ thoát nghèo bền vững."),
        ],
        sig=None, authors=["Lê Thị Hồng Nhung"], unit=None,
    ),
    dict(
        n=12, id=1410, date=datetime(2024, 3, 11, 15, 45), cat="tin-tuc-su-kien", tags=["thanh-nien", "nong-thon-moi"],
        slug="tuoi-tre-minh-loc-dong-ra-quan-thang-thanh-nien-nam-2024",
        title="Tuổi trẻ Minh Lộc Đông ra quân Tháng Thanh niên năm 2024",
        account="minhtam", show_author=True, fmt="C", label=None, classic=True,
        prefix=None, lead_style="bold",
        lead="Sáng 10/3, Đoàn Thanh niên xã Minh Lộc Đông tổ chức lễ ra quân Tháng Thanh niên năm 2024 với sự tham gia của hơn 150 đoàn viên, thanh niên.",
        blocks=[
            ("p", "Tại buổi lễ, Ban Chấp hành Đoàn xã đã phát động đoàn viên, thanh niên tích cực tham gia các công trình, phần việc thanh niên, trong đó tập trung vào bảo vệ môi trường, xây dựng nông thôn mới và chuyển đổi số."),
            img("ra-quan-thang-thanh-nien-2024", "Đoàn viên, thanh niên trồng hoa trên tuyến đường liên thôn.", "Ảnh: Minh Tâm", style="html5cap", wid=1411, w=800, h=533),
            ("p", "Ngay sau lễ ra quân, các đoàn viên đã dọn vệ sinh, phát quang bụi rậm và trồng hơn 2 km đường hoa dọc tuyến đường từ trụ sở UBND xã đến thôn Phú Hòa. Mỗi chi đoàn nhận chăm sóc một đoạn đường trong suốt tháng."),
            img("thanh-nien-don-ve-sinh-bai-bien", "Thanh niên dọn vệ sinh khu vực bãi biển Minh Lộc.", "Ảnh: Minh Tâm", style="divcap", wid=1412, w=800, h=533),
            ("p", "Trong Tháng Thanh niên, Đoàn xã còn tổ chức hiến máu tình nguyện, thăm hỏi gia đình chính sách và ra mắt mô hình “Thắp sáng đường quê” ở thôn Tây Sơn."),
        ],
        sig=None, authors=["Trần Minh Tâm"], unit=None,
    ),
]

# Older posts that exist on the real site but are not part of this corpus (their links answer 404).
OLDER = [
    (1402, datetime(2024, 3, 6, 9, 10), "tin-tuc-su-kien", "ky-niem-94-nam-ngay-thanh-lap-dang-cong-san-viet-nam",
     "Mít tinh kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam"),
    (1395, datetime(2024, 2, 28, 14, 0), "tin-tuc-su-kien", "trao-qua-tet-cho-gia-dinh-chinh-sach-ho-ngheo",
     "Trao quà Tết cho gia đình chính sách, hộ nghèo trên địa bàn xã"),
    (1389, datetime(2024, 2, 20, 8, 30), "tin-tuc-su-kien", "le-giao-nhan-quan-nam-2024",
     "Xã Minh Lộc Đông tổ chức lễ giao nhận quân năm 2024"),
    (1381, datetime(2024, 2, 5, 10, 0), "tin-tuc-su-kien", "phat-dong-tet-trong-cay-xuan-giap-thin",
     "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ Xuân Giáp Thìn"),
    (1374, datetime(2024, 1, 26, 15, 20), "tin-tuc-su-kien", "hoi-nghi-tong-ket-cong-tac-nam-2023",
     "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"),
]

BY_N = {a["n"]: a for a in ARTICLES}


def post_url(a) -> str:
    d = a["date"]
    return f"{HOST}/{d:%Y/%m/%d}/{a['slug']}/"


def older_url(o) -> str:
    return f"{HOST}/{o[1]:%Y/%m/%d}/{o[3]}/"


def cat_url(slug: str, page: int = 1) -> str:
    return f"{HOST}/chuyen-muc/{slug}/" + (f"page/{page}/" if page > 1 else "")


def tag_url(slug: str) -> str:
    return f"{HOST}/tag/{slug}/"


def upload(a_date: datetime, name: str) -> str:
    return f"{HOST}/wp-content/uploads/{a_date:%Y/%m}/{name}"


def thumb_of(a, size="300x200") -> str:
    for b in a["blocks"]:
        if b[0] == "img":
            return upload(a["date"], f"{b[1]['file']}-{size}.jpg")
    return f"{HOST}/wp-content/themes/vnmag/assets/images/no-thumb-{size}.png"


ATTACH_URL = post_url(BY_N[4]) + "duong-be-tong-thon-phu-hoa/"
SEARCH_URL = f"{HOST}/?s=chuyen+doi+so"

# ---------------------------------------------------------------------------------------------
# Bulk chrome (CSS/JS) — written for this template, shaped like a WordPress 6.4 page
# ---------------------------------------------------------------------------------------------

WP_COLORS = [("black", "#000000"), ("cyan-bluish-gray", "#abb8c3"), ("white", "#ffffff"),
             ("pale-pink", "#f78da7"), ("vivid-red", "#cf2e2e"), ("luminous-vivid-orange", "#ff6900"),
             ("luminous-vivid-amber", "#fcb900"), ("light-green-cyan", "#7bdcb5"),
             ("vivid-green-cyan", "#00d084"), ("pale-cyan-blue", "#8ed1fc"), ("vivid-cyan-blue", "#0693e3"),
             ("vivid-purple", "#9b51e0"), ("vnm-primary", "#0b5aa2"), ("vnm-accent", "#c8102e")]
WP_GRADS = [("vivid-cyan-blue-to-vivid-purple", "135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%"),
            ("light-green-cyan-to-vivid-green-cyan", "135deg,rgb(122,220,180) 0%,rgb(0,208,130) 100%"),
            ("luminous-vivid-amber-to-luminous-vivid-orange", "135deg,rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%"),
            ("luminous-vivid-orange-to-vivid-red", "135deg,rgba(255,105,0,1) 0%,rgb(207,46,46) 100%"),
            ("very-light-gray-to-cyan-bluish-gray", "135deg,rgb(238,238,238) 0%,rgb(169,184,195) 100%"),
            ("cool-to-warm-spectrum", "135deg,rgb(74,234,220) 0%,rgb(151,120,209) 20%,rgb(207,42,186) 40%,rgb(238,44,130) 60%,rgb(251,105,98) 80%,rgb(254,248,76) 100%"),
            ("blush-light-purple", "135deg,rgb(255,206,236) 0%,rgb(152,150,240) 100%"),
            ("blush-bordeaux", "135deg,rgb(254,205,165) 0%,rgb(254,45,45) 50%,rgb(107,0,62) 100%"),
            ("luminous-dusk", "135deg,rgb(255,203,112) 0%,rgb(199,81,192) 50%,rgb(65,88,208) 100%"),
            ("pale-ocean", "135deg,rgb(255,245,203) 0%,rgb(182,227,212) 50%,rgb(51,167,181) 100%"),
            ("electric-grass", "135deg,rgb(202,248,128) 0%,rgb(113,206,126) 100%"),
            ("midnight", "135deg,rgb(2,3,129) 0%,rgb(40,116,252) 100%")]
WP_SIZES = [("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px")]


def global_styles() -> str:
    v = ["body{"]
    v += [f"--wp--preset--color--{n}: {c};" for n, c in WP_COLORS]
    v += [f"--wp--preset--gradient--{n}: linear-gradient({g});" for n, g in WP_GRADS]
    v += [f"--wp--preset--font-size--{n}: {s};" for n, s in WP_SIZES]
    v += [f"--wp--preset--spacing--{i}: {r}rem;" for i, r in ((20, 0.44), (30, 0.67), (40, 1), (50, 1.5), (60, 2.25), (70, 3.38), (80, 5.06))]
    v += ["--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);",
          "--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);",
          "--wp--preset--shadow--sharp: 6px 6px 0px rgba(0, 0, 0, 0.2);",
          "--wp--preset--shadow--outlined: 6px 6px 0px -3px rgba(255, 255, 255, 1), 6px 6px rgba(0, 0, 0, 1);",
          "--wp--preset--shadow--crisp: 6px 6px 0px rgba(0, 0, 0, 1);}"]
    v += ["body .is-layout-flex{display: flex;}body .is-layout-flex{flex-wrap: wrap;align-items: center;}",
          "body .is-layout-flex > *{margin: 0;}body .is-layout-grid{display: grid;}body .is-layout-grid > *{margin: 0;}",
          ":where(.wp-block-columns.is-layout-flex){gap: 2em;}:where(.wp-block-columns.is-layout-grid){gap: 2em;}",
          ":where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}:where(.wp-block-post-template.is-layout-grid){gap: 1.25em;}"]
    for n, _ in WP_COLORS:
        v.append(f".has-{n}-color{{color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in WP_COLORS:
        v.append(f".has-{n}-background-color{{background-color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in WP_COLORS:
        v.append(f".has-{n}-border-color{{border-color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in WP_GRADS:
        v.append(f".has-{n}-gradient-background{{background: var(--wp--preset--gradient--{n}) !important;}}")
    for n, _ in WP_SIZES:
        v.append(f".has-{n}-font-size{{font-size: var(--wp--preset--font-size--{n}) !important;}}")
    v.append(".wp-block-navigation a:where(:not(.wp-element-button)){color: inherit;}")
    v.append(":where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}")
    v.append(".wp-block-pullquote{font-size: 1.5em;line-height: 1.6;}")
    return "".join(v)


THEME_PARTS = ["topbar", "header", "logo", "banner", "nav", "submenu", "ticker", "breadcrumb", "post-header",
               "post-title", "post-meta", "post-cats", "post-excerpt", "post-content", "post-tags", "share",
               "related", "related-item", "post-nav", "comments", "comment-form", "sidebar", "widget",
               "widget-title", "recent", "counter", "footer", "footer-bottom", "list-item", "thumb",
               "pagination", "block-title", "featured", "grid", "cat-block", "back-to-top", "mobile-menu",
               "search-form", "font-tools", "file-list", "archive-header", "page-content", "contact",
               "sitemap", "error-404"]
THEME_PROPS = [("margin", ["0", "0 0 15px", "10px 0", "0 auto", "20px 0 0"]),
               ("padding", ["0", "8px 12px", "10px 0", "15px", "4px 10px"]),
               ("font-size", ["13px", "14px", "15px", "16px", "18px", "22px"]),
               ("line-height", ["1.4", "1.5", "1.6", "1.7"]),
               ("color", ["#222", "#333", "#555", "#0b5aa2", "#c8102e", "#777", "#fff"]),
               ("background", ["#fff", "#f5f7fa", "#0b5aa2", "#eef3f9", "transparent", "#fafafa"]),
               ("border-bottom", ["1px solid #e5e5e5", "2px solid #0b5aa2", "1px dotted #ccc", "0"]),
               ("display", ["block", "flex", "inline-block", "grid"]),
               ("font-weight", ["400", "500", "600", "700"]),
               ("transition", ["all .2s ease", "color .3s", "opacity .25s ease-in-out"])]


def theme_css(seed: int = 7, n_rules: int = 4) -> str:
    out = [":root{--vnm-primary:#0b5aa2;--vnm-accent:#c8102e;--vnm-text:#222;--vnm-muted:#777;--vnm-border:#e5e5e5;"
           "--vnm-font:'Roboto',Arial,Helvetica,sans-serif;--vnm-container:1200px}"]
    x = seed
    for part in THEME_PARTS:
        for sub in ("", " a", " a:hover", " .inner", " ul", " li", " img", " h3", " .meta", " .vnm-icon")[:n_rules + 1]:
            decl = []
            for prop, vals in THEME_PROPS:
                x = (x * 1103515245 + 12345) & 0x7FFFFFFF
                if x % 3 == 0:
                    decl.append(f"{prop}:{vals[x % len(vals)]}")
            if decl:
                out.append(f".vnm-{part}{sub}{{{';'.join(decl)}}}")
        out.append(f"@media (max-width:991px){{.vnm-{part}{{padding:0 10px}}.vnm-{part} img{{max-width:100%;height:auto}}}}")
    return "\n".join(out)


GLOBAL_CSS = global_styles()
THEME_CSS = theme_css()

SVG = {
    "fb": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M13.5 21.9v-7.4h2.5l.4-2.9h-2.9V9.7c0-.8.2-1.4 1.4-1.4h1.6V5.7c-.3 0-1.2-.1-2.3-.1-2.3 0-3.8 1.4-3.8 3.9v2.1H7.9v2.9h2.5v7.4C5.6 21.2 2 17 2 12 2 6.5 6.5 2 12 2s10 4.5 10 10c0 5-3.6 9.2-8.5 9.9z"></path></svg>',
    "zalo": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 48 48" aria-hidden="true"><path d="M24 4C12.4 4 3 12.2 3 22.3c0 5.8 3.1 10.9 7.9 14.3L9.5 44l7.6-4.2c2.2.6 4.5.9 6.9.9 11.6 0 21-8.2 21-18.4S35.6 4 24 4zm-8.8 23.6h-6v-1.4l4-5.3h-3.9v-1.8h6v1.4l-4 5.3h3.9v1.8zm7.7 0h-1.8v-.6c-.5.4-1.1.7-1.9.7-1.7 0-3-1.4-3-3.3s1.3-3.3 3-3.3c.7 0 1.4.3 1.9.7v-.6h1.8v6.4zm3.4 0h-1.9v-8.5h1.9v8.5zm5.4.1c-1.9 0-3.4-1.5-3.4-3.3s1.5-3.3 3.4-3.3 3.4 1.5 3.4 3.3-1.5 3.3-3.4 3.3z"></path></svg>',
    "tw": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M18.2 2.3h3.4l-7.4 8.4 8.7 11.5h-6.8l-5.3-7-6.1 7H1.3l7.9-9L.9 2.3h7l4.8 6.4 5.5-6.4zm-1.2 17.9h1.9L7 4.2H5l12 16z"></path></svg>',
    "mail": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z"></path></svg>',
    "print": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 8H5c-1.7 0-3 1.3-3 3v6h4v4h12v-4h4v-6c0-1.7-1.3-3-3-3zm-3 11H8v-5h8v5zm3-7c-.6 0-1-.4-1-1s.4-1 1-1 1 .4 1 1-.4 1-1 1zm-1-9H6v4h12V3z"></path></svg>',
    "clock": '<svg class="vnm-svg" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7V7z"></path></svg>',
    "user": '<svg class="vnm-svg" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 12c2.7 0 4.8-2.1 4.8-4.8S14.7 2.4 12 2.4 7.2 4.5 7.2 7.2 9.3 12 12 12zm0 2.4c-3.2 0-9.6 1.6-9.6 4.8v2.4h19.2v-2.4c0-3.2-6.4-4.8-9.6-4.8z"></path></svg>',
    "eye": '<svg class="vnm-svg" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 4.5C7 4.5 2.7 7.6 1 12c1.7 4.4 6 7.5 11 7.5s9.3-3.1 11-7.5c-1.7-4.4-6-7.5-11-7.5zM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"></path></svg>',
    "search": '<svg class="vnm-svg" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M15.5 14h-.8l-.3-.3c1-1.1 1.6-2.6 1.6-4.2a6.5 6.5 0 1 0-6.5 6.5c1.6 0 3.1-.6 4.2-1.6l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0C7 14 5 12 5 9.5S7 5 9.5 5 14 7 14 9.5 12 14 9.5 14z"></path></svg>',
}

# ---------------------------------------------------------------------------------------------
# Page chrome
# ---------------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/"),
                                     ("Lịch sử truyền thống", "/lich-su-truyen-thong/"), ("Lãnh đạo xã", "/lanh-dao-xa/")]),
    ("Tin tức", "/chuyen-muc/tin-tuc-su-kien/", [("Tin tức – Sự kiện", "/chuyen-muc/tin-tuc-su-kien/"),
                                                 ("Nông thôn mới", "/chuyen-muc/nong-thon-moi/"),
                                                 ("Văn hóa – Xã hội", "/chuyen-muc/van-hoa-xa-hoi/"),
                                                 ("Y tế – Giáo dục", "/chuyen-muc/y-te-giao-duc/")]),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Văn bản", "/chuyen-muc/van-ban/", [("Văn bản của xã", "/chuyen-muc/van-ban/van-ban-cua-xa/"),
                                         ("Văn bản cấp trên", "/chuyen-muc/van-ban/van-ban-cap-tren/"),
                                         ("Dự thảo lấy ý kiến", "/chuyen-muc/van-ban/du-thao/")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh/", [("Danh mục TTHC", "/thu-tuc-hanh-chinh/"),
                                                    ("Tra cứu hồ sơ", "/tra-cuu-ho-so/")]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def menu_html(ul_id: str, current: str | None) -> str:
    out = [f'<ul id="{ul_id}" class="menu vnm-menu">']
    for i, (label, href, subs) in enumerate(MENU):
        cls = [f"menu-item menu-item-type-{'custom' if href == '/' else 'taxonomy' if 'chuyen-muc' in href else 'post_type'}",
               f"menu-item-{200 + i}"]
        if subs:
            cls.append("menu-item-has-children")
        if current and href == current:
            cls.append("current-menu-item")
        out.append(f'<li id="menu-item-{200 + i}" class="{" ".join(cls)}"><a href="{HOST}{href}">{esc(label)}</a>')
        if subs:
            out.append('<ul class="sub-menu">')
            for j, (sl, sh) in enumerate(subs):
                out.append(f'<li id="menu-item-{300 + 10 * i + j}" class="menu-item menu-item-{300 + 10 * i + j}">'
                           f'<a href="{HOST}{sh}">{esc(sl)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def head(title: str, canonical: str, extra_meta: str = "", jsonld: dict | None = None,
         desc: str = "", og_type: str = "website", robots: str = "index, follow") -> str:
    emoji = ('window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/",'
             '"ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg",'
             f'"source":{{"concatemoji":"{HOST_JS}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WPVER}"}}}};\n'
             '/*! vnm emoji loader */(function(w,d){var s=w._wpemojiSettings,c=d.createElement("canvas");'
             'function t(){if(!c.getContext)return!1;var x=c.getContext("2d");x.textBaseline="top";x.font="600 32px Arial";'
             'x.fillText("\\ud83c\\uddfb\\ud83c\\uddf3",0,0);return c.toDataURL().length>3000}'
             'if(!t()){var e=d.createElement("script");e.src=s.source.concatemoji;e.defer=!0;d.head.appendChild(e)}})(window,document);')
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="profile" href="https://gmpg.org/xfn/11">',
        "",
        "\t<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - https://yoast.com/wordpress/plugins/seo/ -->",
        f"\t<title>{esc(title)}</title>",
        f'\t<meta name="description" content="{esc(desc)}" />' if desc else "",
        f'\t<meta name="robots" content="{robots}, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />',
        f'\t<link rel="canonical" href="{canonical}" />',
        '\t<meta property="og:locale" content="vi_VN" />',
        f'\t<meta property="og:type" content="{og_type}" />',
        f'\t<meta property="og:title" content="{esc(title)}" />',
        f'\t<meta property="og:description" content="{esc(desc)}" />' if desc else "",
        f'\t<meta property="og:url" content="{canonical}" />',
        f'\t<meta property="og:site_name" content="{esc(SITE)}" />',
        extra_meta,
        '\t<meta name="twitter:card" content="summary_large_image" />',
    ]
    if jsonld:
        parts.append('\t<script type="application/ld+json" class="yoast-schema-graph">'
                     + json.dumps(jsonld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") + "</script>")
    parts.append("\t<!-- / Yoast SEO plugin. -->\n")
    parts += [
        "<link rel='dns-prefetch' href='//fonts.googleapis.com' />",
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{HOST}/feed/" />',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{HOST}/comments/feed/" />',
        f"<script>\n{emoji}\n</script>",
        "<style id='wp-emoji-styles-inline-css'>\n\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n\t\tborder: none !important;\n"
        "\t\tbox-shadow: none !important;\n\t\theight: 1em !important;\n\t\twidth: 1em !important;\n\t\tmargin: 0 0.07em !important;\n"
        "\t\tvertical-align: -0.1em !important;\n\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}\n</style>",
        f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver={WPVER}' media='all' />",
        "<style id='classic-theme-styles-inline-css'>\n/*! This file is auto-generated */\n.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px;"
        "box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}.wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}\n</style>",
        f"<style id='global-styles-inline-css'>\n{GLOBAL_CSS}\n</style>",
        f"<link rel='stylesheet' id='contact-form-7-css' href='{HOST}/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.8.6' media='all' />",
        f"<link rel='stylesheet' id='vnm-fonts-css' href='https://fonts.googleapis.com/css2?family=Roboto:wght@400;500;700&#038;subset=vietnamese&#038;display=swap' media='all' />",
        f"<link rel='stylesheet' id='vnm-style-css' href='{HOST}/wp-content/themes/vnmag/style.css?ver={THEME_VER}' media='all' />",
        f"<style id='vnm-style-inline-css'>\n{THEME_CSS}\n</style>",
        f"<script src='{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>",
        f"<script src='{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1' id='jquery-migrate-js'></script>",
        f'<link rel="https://api.w.org/" href="{HOST}/wp-json/" />',
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />',
        f'<meta name="generator" content="WordPress {WPVER}" />',
        f'<link rel="icon" href="{HOST}/wp-content/uploads/2021/06/cropped-logo-xa-32x32.png" sizes="32x32" />',
        f'<link rel="icon" href="{HOST}/wp-content/uploads/2021/06/cropped-logo-xa-192x192.png" sizes="192x192" />',
        f'<link rel="apple-touch-icon" href="{HOST}/wp-content/uploads/2021/06/cropped-logo-xa-180x180.png" />',
        "</head>",
    ]
    return "\n".join(p for p in parts if p != "")


def header(current: str | None) -> str:
    d = TODAY
    ticker = "".join(f'<li><a href="{post_url(a)}">{esc(a["title"])}</a></li>' for a in ARTICLES[:5])
    return f"""
<div id="page" class="site vnm-site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="vnm-topbar"><div class="vnm-container vnm-topbar-inner">
<div class="vnm-topbar-date">{SVG['clock']} {WEEKDAYS[d.weekday()]}, {fmt_b(d)}</div>
<ul class="vnm-topbar-links"><li><a href="{HOST}/gioi-thieu/">Giới thiệu</a></li><li><a href="{HOST}/so-do-website/">Sơ đồ website</a></li><li><a href="{HOST}/lien-he/">Liên hệ</a></li><li><a href="{HOST}/feed/">RSS</a></li></ul>
</div></div>
<header id="masthead" class="site-header vnm-header" role="banner">
<div class="vnm-container vnm-header-inner">
<div class="site-branding vnm-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="96" height="96" src="{HOST}/wp-content/uploads/2021/06/logo-xa.png" class="custom-logo" alt="{esc(SITE)}" decoding="async" /></a>
<div class="vnm-site-title"><p class="vnm-site-sub">Đảng bộ – Chính quyền – Nhân dân</p><p class="site-title"><a href="{HOST}/" rel="home">{esc(SITE_SHORT.upper())}</a></p><p class="site-description">Huyện Bình Lộc – Tỉnh Quảng Ngãi</p></div></div>
<div class="vnm-header-search"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm tin tức…" value="" name="s" /></label><button type="submit" class="search-submit" aria-label="Tìm kiếm">{SVG['search']}</button></form></div>
</div>
<nav id="site-navigation" class="main-navigation vnm-nav" aria-label="Menu chính"><div class="vnm-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">☰ Danh mục</button>
<div class="menu-menu-chinh-container">{menu_html("primary-menu", current)}</div>
</div></nav>
<div class="vnm-ticker"><div class="vnm-container"><span class="vnm-ticker-label">Tin mới</span><ul class="vnm-ticker-list">{ticker}</ul></div></div>
</header>
<div id="vnm-mobile-menu" class="vnm-mobile-menu" aria-hidden="true"><button class="vnm-mobile-close" aria-label="Đóng">×</button>{menu_html("mobile-menu", current)}</div>
"""


def sidebar() -> str:
    recent = "".join(f'<li><a href="{post_url(a)}">{esc(a["title"])}</a><span class="post-date">{fmt_b(a["date"])}</span></li>'
                     for a in ARTICLES[:5])
    cats = "".join(f'<li class="cat-item cat-item-{cid}"><a href="{cat_url(slug)}">{esc(name)}</a> ({cnt})</li>'
                   for slug, (name, cid, cnt) in CATS.items())
    sizes = [22, 12, 16, 11, 9, 10, 9, 11, 14, 13]
    cloud = " ".join(f'<a href="{tag_url(slug)}" class="tag-cloud-link tag-link-{40 + i} tag-link-position-{i + 1}" '
                     f'style="font-size: {sizes[i]}pt;" aria-label="{esc(name)} ({sizes[i] - 6} mục)">{esc(name)}</a>'
                     for i, (slug, name) in enumerate(TAGS.items()))
    popular = "".join(
        f'<li class="vnm-pop-item"><a href="{post_url(BY_N[n])}" class="vnm-thumb"><img width="100" height="70" src="{thumb_of(BY_N[n], "100x70")}" alt="" loading="lazy" /></a>'
        f'<div class="vnm-pop-body"><a href="{post_url(BY_N[n])}">{esc(BY_N[n]["title"])}</a><span class="meta">{SVG["eye"]} {1000 + 137 * n} lượt xem</span></div></li>'
        for n in (4, 6, 10, 2))
    links = "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in [
        ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
        ("Cổng TTĐT tỉnh Quảng Ngãi", "https://quangngai.gov.vn"), ("UBND huyện Bình Lộc", "https://binhloc.quangngai.gov.vn"),
        ("Báo Quảng Ngãi", "https://baoquangngai.vn")])
    return f"""
<aside id="secondary" class="widget-area vnm-sidebar" role="complementary">
<section id="search-2" class="widget widget_search"><h2 class="widget-title">Tìm kiếm</h2><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="media_image-3" class="widget widget_media_image"><a href="https://dichvucong.gov.vn"><img width="300" height="90" src="{HOST}/wp-content/uploads/2022/08/banner-dich-vu-cong.png" class="image wp-image-612 attachment-full size-full" alt="Cổng Dịch vụ công quốc gia" decoding="async" loading="lazy" /></a></section>
<section id="media_image-4" class="widget widget_media_image"><a href="https://binhloc.quangngai.gov.vn/hoi-dap"><img width="300" height="90" src="{HOST}/wp-content/uploads/2022/08/banner-hoi-dap.png" class="image wp-image-613 attachment-full size-full" alt="Hỏi đáp trực tuyến" decoding="async" loading="lazy" /></a></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="vnm_popular-2" class="widget vnm-widget-popular"><h2 class="widget-title">Đọc nhiều</h2><ul class="vnm-pop-list">{popular}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Từ khóa</h2><div class="tagcloud">{cloud}</div></section>
<section id="text-5" class="widget widget_text"><h2 class="widget-title">Tra cứu nhanh</h2><div class="textwidget"><ul><li><a href="{SEARCH_URL}">Tin về chuyển đổi số</a></li><li><a href="{HOST}/thu-tuc-hanh-chinh/">Thủ tục hành chính cấp xã</a></li><li><a href="{HOST}/chuyen-muc/van-ban/">Văn bản chỉ đạo, điều hành</a></li></ul></div></section>
<section id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết website</h2><div class="textwidget custom-html-widget"><select class="vnm-weblinks" onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div></section>
<section id="vnm_counter-2" class="widget vnm-widget-counter"><h2 class="widget-title">Thống kê truy cập</h2><ul class="vnm-counter">
<li><span class="vnm-counter-label">Đang trực tuyến:</span> <strong>23</strong></li>
<li><span class="vnm-counter-label">Hôm nay:</span> <strong>412</strong></li>
<li><span class="vnm-counter-label">Hôm qua:</span> <strong>538</strong></li>
<li><span class="vnm-counter-label">Tháng này:</span> <strong>9.176</strong></li>
<li><span class="vnm-counter-label">Tổng lượt truy cập:</span> <strong>1.284.615</strong></li></ul></section>
</aside>
"""


def footer() -> str:
    return f"""
<footer id="colophon" class="site-footer vnm-footer" role="contentinfo">
<div class="vnm-container vnm-footer-widgets">
<div class="vnm-footer-col"><section class="widget widget_text"><h2 class="widget-title">{esc(SITE.upper())}</h2><div class="textwidget">
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Minh Lộc Đông</p>
<p>Địa chỉ: Thôn Trung Hòa, xã Minh Lộc Đông, huyện Bình Lộc, tỉnh Quảng Ngãi</p>
<p>Điện thoại: 0255.3912.668 – Email: ubnd.minhlocdong@quangngai.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Trần Quốc Việt – Chủ tịch UBND xã</p></div></section></div>
<div class="vnm-footer-col"><section class="widget widget_nav_menu"><h2 class="widget-title">Liên kết nhanh</h2><div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="{HOST}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{HOST}/chuyen-muc/tin-tuc-su-kien/">Tin tức – Sự kiện</a></li>
<li class="menu-item"><a href="{HOST}/chuyen-muc/thong-bao/">Thông báo</a></li><li class="menu-item"><a href="{HOST}/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li>
<li class="menu-item"><a href="{HOST}/so-do-website/">Sơ đồ website</a></li><li class="menu-item"><a href="{HOST}/lien-he/">Liên hệ</a></li></ul></div></section></div>
<div class="vnm-footer-col"><section class="widget widget_custom_html"><h2 class="widget-title">Bản đồ</h2><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d3870.2!2d108.79!3d15.21!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!5e0!3m2!1svi!2s" width="100%" height="180" style="border:0;" loading="lazy" title="Bản đồ UBND xã"></iframe></div></section></div>
</div>
<div class="vnm-footer-bottom"><div class="vnm-container">
<p>© 2021–2024 {esc(SITE)}. Ghi rõ nguồn “Cổng TTĐT xã Minh Lộc Đông” khi phát hành lại thông tin từ nguồn này.</p>
<p class="vnm-credit">Giao diện VN Mag – Thiết kế bởi Sao Việt Web</p>
<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/xaminhlocdonggovvn" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=xaminhlocdong.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a>
</div></div>
</footer>
<a href="#page" class="vnm-back-to-top" aria-label="Lên đầu trang">↑</a>
</div><!-- #page -->
<script id="vnm-main-js-extra">
var vnm_vars = {{"ajax_url":"{HOST_JS}\\/wp-admin\\/admin-ajax.php","nonce":"3f9a1c07e2","sticky_header":"1","lazyload":"1","i18n":{{"more":"Xem th\\u00eam","close":"\\u0110\\u00f3ng"}}}};
</script>
<script src="{HOST}/wp-content/themes/vnmag/assets/js/main.min.js?ver={THEME_VER}" id="vnm-main-js"></script>
<script src="{HOST}/wp-content/plugins/contact-form-7/includes/swv/js/index.js?ver=5.8.6" id="swv-js"></script>
<script src="{HOST}/wp-content/plugins/vnm-counter/assets/counter.js?ver=1.0.4" id="vnm-counter-js"></script>
<script>(function(){{var b=document.querySelector('.vnm-back-to-top');window.addEventListener('scroll',function(){{if(!b)return;b.style.display=window.scrollY>400?'block':'none';}});var t=document.querySelector('.menu-toggle');if(t){{t.addEventListener('click',function(){{document.getElementById('vnm-mobile-menu').classList.toggle('is-open');}});}}}})();</script>
</body>
</html>
"""


def wrap(head_html: str, body_class: str, main_html: str, current: str | None = None,
         breadcrumb: str = "", with_sidebar: bool = True) -> str:
    bc = f'<nav class="vnm-breadcrumb" aria-label="Breadcrumb"><div class="vnm-container">{breadcrumb}</div></nav>' if breadcrumb else ""
    side = sidebar() if with_sidebar else ""
    return (head_html + f'\n<body class="{body_class} wp-embed-responsive vnm-theme vnm-right-sidebar">\n'
            + header(current) + bc
            + '\n<div id="content" class="site-content"><div class="vnm-container vnm-row">\n'
            + f'<main id="primary" class="site-main vnm-col-main">\n{main_html}\n</main>\n' + side
            + "</div></div>\n" + footer())


# ---------------------------------------------------------------------------------------------
# Article rendering
# ---------------------------------------------------------------------------------------------

def caption_text(i) -> str:
    if not i["caption"]:
        return ""
    if i["credit"]:
        return f'{i["caption"]} ({i["credit"]})' if i["paren"] else f'{i["caption"]} {i["credit"]}'
    return i["caption"]


def render_img(a, i) -> str:
    base = upload(a["date"], i["file"])
    w, h = i["w"], i["h"]
    src = f"{base}-{w}x{h}.jpg" if w == 1024 else f"{base}.jpg"
    srcset = f"{src} {w}w, {base}-300x200.jpg 300w, {base}-768x512.jpg 768w" + (f", {base}.jpg 1600w" if w == 1024 else "")
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    alt = esc(i["alt"] if i["alt"] is not None else (i["caption"] or ""))
    cap = caption_text(i)
    wid = i["wid"]
    st = i["style"]
    tag = (f'<img decoding="async" width="{w}" height="{h}" src="{src}" alt="{alt}" class="wp-image-{wid}" '
           f'srcset="{srcset}" sizes="{sizes}" />')
    if st in ("block", "lazy"):
        if st == "lazy":
            ph = f"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"
            tag = (f'<img decoding="async" width="{w}" height="{h}" src="{ph}" alt="{alt}" class="wp-image-{wid}" '
                   f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" data-lazy-src="{src}" />'
                   f'<noscript><img decoding="async" width="{w}" height="{h}" src="{src}" alt="{alt}" class="wp-image-{wid}" '
                   f'srcset="{srcset}" sizes="{sizes}" /></noscript>')
        if i["attach"]:
            tag = f'<a href="{ATTACH_URL}">{tag}</a>'
        fc = f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
        return f'<figure class="wp-block-image size-large">{tag}{fc}</figure>'
    ctag = (f'<img decoding="async" loading="lazy" class="size-full wp-image-{wid}" src="{src}" alt="{alt}" '
            f'width="{w}" height="{h}" srcset="{srcset}" sizes="{sizes}" />')
    if st == "html5cap":
        return (f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: {w}px" '
                f'class="wp-caption aligncenter">{ctag}<figcaption id="caption-attachment-{wid}" class="wp-caption-text">'
                f'{esc(cap)}</figcaption></figure>')
    if st == "divcap":
        return (f'<div id="attachment_{wid}" style="width: {w + 10}px" class="wp-caption aligncenter">{ctag}'
                f'<p id="caption-attachment-{wid}" class="wp-caption-text">{esc(cap)}</p></div>')
    if st == "italic":
        return (f'<p style="text-align: center;"><img decoding="async" loading="lazy" class="aligncenter size-full wp-image-{wid}" '
                f'src="{src}" alt="{alt}" width="{w}" height="{h}" /></p>\n'
                f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')
    raise ValueError(st)


def render_blocks(a) -> tuple[str, list[str], list[dict]]:
    """Return (html, truth paragraphs, truth images)."""
    classic = a.get("classic", False)
    pstyle = ' style="text-align: justify;"' if classic else ""
    out, paras, images = [], [], []
    if a["lead"]:
        lead_txt = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        if a["lead_style"] == "bold":
            out.append(f"<p{pstyle}><strong>{esc(lead_txt)}</strong></p>")
    for b in a["blocks"]:
        kind = b[0]
        if kind == "p":
            out.append(f"<p{pstyle}>{b[1]}</p>")
            paras.append(strip_tags(b[1]))
        elif kind == "h2":
            out.append(f'<h2 class="wp-block-heading">{esc(b[1])}</h2>')
            paras.append(b[1])
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{kind}>")
            paras.extend(b[1])
        elif kind == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(b[1])}</p></blockquote>')
            paras.append(b[1])
        elif kind == "br":
            out.append("<p>" + "<br />\n".join(esc(x) for x in b[1]) + "</p>")
            paras.extend(b[1])
        elif kind == "table":
            rows = b[1]
            thead = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead>"
            tbody = "<tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody>"
            out.append(f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">{thead}{tbody}</table></figure>')
            paras.extend(" | ".join(r) for r in rows)
        elif kind == "img":
            i = b[1]
            out.append(render_img(a, i))
            base = upload(a["date"], i["file"])
            src = f"{base}-{i['w']}x{i['h']}.jpg" if i["w"] == 1024 else f"{base}.jpg"
            images.append({"src": src, "caption": i["caption"], "credit": i["credit"]})
        else:
            raise ValueError(kind)
    sig = a.get("sig")
    if sig:
        kind, val = sig
        if kind == "bold":
            out.append(f'<p style="text-align: right;"><strong>{esc(val)}</strong></p>')
        else:
            out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(val)}</em></p>')
    if a.get("files"):
        fl = ['<div class="wp-block-group vnm-file-list is-layout-flow wp-block-group-is-layout-flow">'
              '<h4 class="wp-block-heading">Tài liệu đính kèm</h4>']
        for k, (fname, ftitle, fid) in enumerate(a["files"]):
            url = upload(a["date"], fname + ".pdf")
            emb = (f'<object class="wp-block-file__embed" data="{url}" type="application/pdf" style="width:100%;height:600px" '
                   f'aria-label="Nhúng của {esc(ftitle)}."></object>') if k == 0 else ""
            fl.append(f'<div class="wp-block-file">{emb}<a id="wp-block-file--media-{fid}" href="{url}">{esc(ftitle)}</a>'
                      f'<a href="{url}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{fid}">Tải xuống</a></div>')
        fl.append("</div>")
        out.append("".join(fl))
    return "\n".join(out), paras, images


def meta_line(a) -> str:
    d, fmt = a["date"], a["fmt"]
    if fmt == "A":
        shown = fmt_a(d)
    elif fmt == "B":
        shown = fmt_b(d)
    elif fmt == "B+":
        shown = f"{fmt_b(d)} {d:%H:%M}"
    elif fmt == "B-time-first":
        shown = f"{d:%H:%M} | {fmt_b(d)}"
    else:
        shown = fmt_c(d)
    label = (a["label"] + " ") if a["label"] else ""
    parts = []
    if a["show_author"]:
        login = a["account"]
        parts.append(f'<span class="vnm-meta-author byline">{SVG["user"]} bởi <span class="author vcard">'
                     f'<a class="url fn n" href="{HOST}/author/{login}/">{esc(ACCOUNTS[login])}</a></span></span>')
    parts.append(f'<span class="vnm-meta-date posted-on">{SVG["clock"]} {esc(label)}<time class="entry-date published" '
                 f'datetime="{iso(d)}">{shown}</time></span>')
    if a.get("modified"):
        m = a["modified"]
        parts.append(f'<span class="vnm-meta-updated">Cập nhật: <time class="updated" datetime="{iso(m)}">{fmt_b(m)} {m:%H:%M}</time></span>')
    ncom = len(a.get("comments", []))
    parts.append(f'<span class="vnm-meta-views">{SVG["eye"]} {300 + 97 * a["n"]} lượt xem</span>')
    parts.append(f'<span class="vnm-meta-comments"><a href="{post_url(a)}#{"comments" if ncom else "respond"}">'
                 f'{ncom if ncom else "Chưa có"} bình luận</a></span>')
    return '<div class="vnm-post-meta post-meta entry-meta">' + " ".join(parts) + "</div>"


def share(url: str, title: str) -> str:
    from urllib.parse import quote
    u = quote(url, safe="")
    return (f'<div class="vnm-share"><span class="vnm-share-label">Chia sẻ:</span>'
            f'<a class="vnm-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="nofollow noopener">{SVG["fb"]}<span>Facebook</span></a>'
            f'<a class="vnm-share-zalo" href="https://sp.zalo.me/share_inline?url={u}" target="_blank" rel="nofollow noopener">{SVG["zalo"]}<span>Zalo</span></a>'
            f'<a class="vnm-share-tw" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="nofollow noopener">{SVG["tw"]}<span>X</span></a>'
            f'<a class="vnm-share-mail" href="mailto:?subject={quote(title)}&amp;body={u}" rel="nofollow">{SVG["mail"]}<span>Email</span></a>'
            f'<a class="vnm-share-print" href="javascript:window.print()" rel="nofollow">{SVG["print"]}<span>In bài</span></a></div>')


def comment_form(a_id: int, title: str) -> str:
    return f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Địa chỉ email sẽ không được hiển thị.</span> <span class="required-field-message">Các ô đánh dấu <span class="required">*</span> là bắt buộc.</span></p>
<p class="comment-form-comment"><label for="comment">Nội dung bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Họ và tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên và email của tôi cho lần bình luận sau.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{a_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="a41c9e02bd" /></p></form>
</div><!-- #respond -->"""


def comments_html(a) -> str:
    cs = a.get("comments", [])
    out = ['<div id="comments" class="comments-area vnm-comments">']
    if cs:
        out.append(f'<h2 class="comments-title">{len(cs)} bình luận về “{esc(a["title"])}”</h2><ol class="comment-list">')
        for k, (cid, name, d, text) in enumerate(cs):
            av = hashlib.md5(name.encode()).hexdigest()
            out.append(
                f'<li id="comment-{cid}" class="comment {"even thread-even" if k % 2 == 0 else "odd alt thread-odd thread-alt"} depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f"<img alt='' src='https://secure.gravatar.com/avatar/{av}?s=48&#038;d=mm&#038;r=g' class='avatar avatar-48 photo' height='48' width='48' loading='lazy' decoding='async'/>"
                f'<b class="fn">{esc(name)}</b> <span class="says">bình luận:</span></div>'
                f'<div class="comment-metadata"><a href="{post_url(a)}#comment-{cid}"><time datetime="{iso(d)}">{fmt_c(d)}</time></a></div></footer>'
                f'<div class="comment-content"><p>{esc(text)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{post_url(a)}?replytocom={cid}#respond" '
                f'data-commentid="{cid}" data-postid="{a["id"]}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                f'aria-label="Trả lời {esc(name)}">Trả lời</a></div></article></li>')
        out.append("</ol>")
    out.append(comment_form(a["id"], a["title"]))
    out.append("</div>")
    return "\n".join(out)


def related(a) -> str:
    same = [x for x in ARTICLES if x is not a and x["cat"] == a["cat"]]
    rest = [x for x in ARTICLES if x is not a and x not in same]
    picks = (same + rest)[:4]
    items = "".join(
        f'<div class="vnm-related-item"><a href="{post_url(x)}" class="vnm-thumb"><img width="300" height="200" '
        f'src="{thumb_of(x)}" class="attachment-vnm-medium size-vnm-medium wp-post-image" alt="" loading="lazy" decoding="async" /></a>'
        f'<h3 class="vnm-related-title"><a href="{post_url(x)}">{esc(x["title"])}</a></h3>'
        f'<span class="vnm-related-date">{fmt_a(x["date"])}</span></div>' for x in picks)
    return (f'<section class="vnm-related"><h3 class="vnm-block-title"><span>Bài viết liên quan</span></h3>'
            f'<div class="vnm-related-grid">{items}</div></section>')


def post_nav(a) -> str:
    idx = ARTICLES.index(a)
    prev_a = ARTICLES[idx + 1] if idx + 1 < len(ARTICLES) else None   # older
    next_a = ARTICLES[idx - 1] if idx > 0 else None                   # newer
    parts = ['<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">']
    if prev_a:
        parts.append(f'<div class="nav-previous"><a href="{post_url(prev_a)}" rel="prev"><span class="meta-nav">« Bài trước</span> '
                     f'<span class="post-title">{esc(prev_a["title"])}</span></a></div>')
    if next_a:
        parts.append(f'<div class="nav-next"><a href="{post_url(next_a)}" rel="next"><span class="meta-nav">Bài sau »</span> '
                     f'<span class="post-title">{esc(next_a["title"])}</span></a></div>')
    parts.append("</div></nav>")
    return "".join(parts)


def person_id(name: str) -> str:
    return f"{HOST}/#/schema/person/{hashlib.md5(name.encode()).hexdigest()}"


def article_jsonld(a, desc: str) -> dict:
    url = post_url(a)
    mod = a.get("modified") or a["date"]
    cat_name = CATS[a["cat"]][0]
    author = ACCOUNTS[a["account"]]
    g = [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": author, "@id": person_id(author)}, "headline": a["title"],
         "datePublished": iso(a["date"]), "dateModified": iso(mod), "mainEntityOfPage": {"@id": url},
         "wordCount": 300 + 13 * a["n"], "commentCount": len(a.get("comments", [])),
         "publisher": {"@id": HOST + "/#organization"}, "image": {"@id": url + "#primaryimage"},
         "thumbnailUrl": thumb_of(a, "1024x683"), "keywords": [TAGS[t] for t in a["tags"]],
         "articleSection": [cat_name], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - {SITE}",
         "isPartOf": {"@id": HOST + "/#website"}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": thumb_of(a, "1024x683"),
         "datePublished": iso(a["date"]), "dateModified": iso(mod), "description": desc,
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi",
         "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "vi", "@id": url + "#primaryimage",
         "url": thumb_of(a, "1024x683"), "contentUrl": thumb_of(a, "1024x683"), "width": 1024, "height": 683},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": cat_name, "item": cat_url(a["cat"])},
            {"@type": "ListItem", "position": 3, "name": a["title"]}]},
        {"@type": "WebSite", "@id": HOST + "/#website", "url": HOST + "/", "name": SITE,
         "description": "Trang thông tin điện tử của Đảng bộ, chính quyền và nhân dân xã Minh Lộc Đông",
         "publisher": {"@id": HOST + "/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": HOST + "/?s={search_term_string}"},
                              "query-input": "required name=search_term_string"}], "inLanguage": "vi"},
        {"@type": "Organization", "@id": HOST + "/#organization", "name": "UBND xã Minh Lộc Đông", "url": HOST + "/",
         "logo": {"@type": "ImageObject", "inLanguage": "vi", "@id": HOST + "/#/schema/logo/image/",
                  "url": HOST + "/wp-content/uploads/2021/06/logo-xa.png", "contentUrl": HOST + "/wp-content/uploads/2021/06/logo-xa.png",
                  "width": 512, "height": 512, "caption": "UBND xã Minh Lộc Đông"},
         "image": {"@id": HOST + "/#/schema/logo/image/"}},
        {"@type": "Person", "@id": person_id(author), "name": author,
         "image": {"@type": "ImageObject", "inLanguage": "vi", "@id": HOST + "/#/schema/person/image/",
                   "url": "https://secure.gravatar.com/avatar/" + hashlib.md5(author.encode()).hexdigest() + "?s=96&d=mm&r=g",
                   "caption": author}, "url": f"{HOST}/author/{a['account']}/"},
    ]
    return {"@context": "https://schema.org", "@graph": g}


def excerpt(a, words: int = 32) -> str:
    src = a["lead"] or strip_tags(next(b[1] for b in a["blocks"] if b[0] == "p"))
    w = src.split()
    return " ".join(w[:words]) + (" […]" if len(w) > words else "")


def render_article(a) -> tuple[str, dict]:
    url = post_url(a)
    body_html, paras, images = render_blocks(a)
    desc = excerpt(a, 28).replace(" […]", "…")
    mod = a.get("modified") or a["date"]
    cat_name, cat_id, _ = CATS[a["cat"]]
    og_img = thumb_of(a, "1024x683")
    extra = "\n".join([
        f'\t<meta property="article:publisher" content="https://www.facebook.com/xaminhlocdong" />',
        f'\t<meta property="article:published_time" content="{iso(a["date"])}" />',
        (f'\t<meta property="article:modified_time" content="{iso(mod)}" />' if a.get("modified") else ""),
        f'\t<meta property="og:image" content="{og_img}" />',
        '\t<meta property="og:image:width" content="1024" />\n\t<meta property="og:image:height" content="683" />',
        '\t<meta property="og:image:type" content="image/jpeg" />',
        f'\t<meta name="author" content="{esc(ACCOUNTS[a["account"]])}" />',
        f'\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="{esc(ACCOUNTS[a["account"]])}" />',
        f'\t<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n\t<meta name="twitter:data2" content="{2 + a["n"] % 3} phút" />',
    ])
    hd = head(f"{a['title']} - {SITE}", url, extra, article_jsonld(a, desc), desc, og_type="article")
    hd = hd.replace("</head>",
                    f'<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a["id"]}" />\n'
                    f"<link rel='shortlink' href='{HOST}/?p={a['id']}' />\n"
                    f'<link rel="alternate" type="application/json+oembed" href="{HOST}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}" />\n</head>')
    tags = " ".join(f'<a href="{tag_url(t)}" rel="tag">{esc(TAGS[t])}</a>' for t in a["tags"])
    excerpt_div = (f'<div class="vnm-post-excerpt entry-summary"><p>{esc(a["lead"])}</p></div>'
                   if a["lead_style"] == "excerpt" else "")
    art_cls = (f"post-{a['id']} post type-post status-publish format-standard has-post-thumbnail hentry "
               f"category-{a['cat']} " + " ".join(f"tag-{t}" for t in a["tags"]))
    main = f"""<article id="post-{a['id']}" class="{art_cls}">
<header class="entry-header vnm-post-header">
<div class="vnm-post-cats"><a href="{cat_url(a['cat'])}" class="vnm-cat-badge vnm-cat-{cat_id}" rel="category tag">{esc(cat_name)}</a></div>
<h1 class="entry-title vnm-post-title">{esc(a['title'])}</h1>
{meta_line(a)}
</header>
{excerpt_div}
<div class="vnm-font-tools"><span>Cỡ chữ:</span> <button type="button" class="vnm-font-minus" aria-label="Giảm cỡ chữ">A-</button> <button type="button" class="vnm-font-plus" aria-label="Tăng cỡ chữ">A+</button></div>
<div class="entry-content vnm-post-content clearfix">
{body_html}
</div><!-- .entry-content -->
<footer class="entry-footer vnm-post-footer">
<div class="vnm-post-tags"><span class="vnm-tags-label">Thẻ:</span> {tags}</div>
{share(url, a['title'])}
</footer>
</article>
{post_nav(a)}
{related(a)}
{comments_html(a)}"""
    bc = (f'<span><span><a href="{HOST}/">Trang chủ</a></span> » <span><a href="{cat_url(a["cat"])}">{esc(cat_name)}</a></span></span>')
    page = wrap(hd, f"post-template-default single single-post postid-{a['id']} single-format-standard", main,
                current=None, breadcrumb=bc)
    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": "\n\n".join(paras),
        "published_at": iso(a["date"]),
        "updated_at": iso(a["modified"]) if a.get("modified") else None,
        "date_label": a["label"].rstrip(":") if a["label"] else None,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat_name,
    }
    return page, {"url": url, "content_type": CT, "kind": "article", "expected": expected}


# ---------------------------------------------------------------------------------------------
# Listings and other pages
# ---------------------------------------------------------------------------------------------

def list_item(a, big=False) -> str:
    size = "768x512" if big else "300x200"
    w, h = size.split("x")
    return (f'<article id="post-{a["id"]}" class="vnm-list-item{" vnm-list-item--big" if big else ""} post-{a["id"]} post type-post '
            f'status-publish format-standard has-post-thumbnail category-{a["cat"]}">'
            f'<div class="vnm-thumb"><a href="{post_url(a)}"><img width="{w}" height="{h}" src="{thumb_of(a, size)}" '
            f'class="attachment-vnm-medium size-vnm-medium wp-post-image" alt="" loading="lazy" decoding="async" /></a>'
            f'<a class="vnm-cat-badge" href="{cat_url(a["cat"])}">{esc(CATS[a["cat"]][0])}</a></div>'
            f'<div class="vnm-item-body"><h3 class="entry-title"><a href="{post_url(a)}" rel="bookmark">{esc(a["title"])}</a></h3>'
            f'<div class="post-meta"><span class="vnm-meta-date">{SVG["clock"]} {fmt_b(a["date"])}</span></div>'
            f'<div class="entry-summary"><p>{esc(excerpt(a))}</p></div></div></article>')


def older_item(o) -> str:
    pid, d, cat, slug, title = o
    return (f'<article id="post-{pid}" class="vnm-list-item post-{pid} post type-post status-publish format-standard has-post-thumbnail category-{cat}">'
            f'<div class="vnm-thumb"><a href="{older_url(o)}"><img width="300" height="200" src="{upload(d, slug[:30] + "-300x200.jpg")}" '
            f'class="attachment-vnm-medium size-vnm-medium wp-post-image" alt="" loading="lazy" decoding="async" /></a></div>'
            f'<div class="vnm-item-body"><h3 class="entry-title"><a href="{older_url(o)}" rel="bookmark">{esc(title)}</a></h3>'
            f'<div class="post-meta"><span class="vnm-meta-date">{SVG["clock"]} {fmt_b(d)}</span></div>'
            f'<div class="entry-summary"><p>{esc(title)}. Xem chi tiết tại bài viết […]</p></div></div></article>')


def pagination(base: str, cur: int, total: int) -> str:
    out = ['<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân trang bài viết</h2><div class="nav-links">']
    if cur > 1:
        prev = base if cur == 2 else f"{base}page/{cur - 1}/"
        out.append(f'<a class="prev page-numbers" href="{prev}">« Trang trước</a>')
    for p in [1, 2, 3]:
        if p == cur:
            out.append(f'<span aria-current="page" class="page-numbers current">{p}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{base if p == 1 else f"{base}page/{p}/"}">{p}</a>')
    out.append('<span class="page-numbers dots">…</span>')
    out.append(f'<a class="page-numbers" href="{base}page/{total}/">{total}</a>')
    out.append(f'<a class="next page-numbers" href="{base}page/{cur + 1}/">Trang sau »</a></div></nav>')
    return "".join(out)


def simple_head(title: str, url: str, desc: str = "", graph_type: str = "CollectionPage", robots="index, follow") -> str:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": graph_type, "@id": url, "url": url, "name": title, "isPartOf": {"@id": HOST + "/#website"}, "inLanguage": "vi"},
        {"@type": "WebSite", "@id": HOST + "/#website", "url": HOST + "/", "name": SITE, "inLanguage": "vi"}]}
    return head(title, url, "", ld, desc, robots=robots)


def render_home() -> tuple[str, dict]:
    url = HOST + "/"
    feat = ARTICLES[:4]
    featured = ('<section class="vnm-featured"><div class="vnm-featured-main">' + list_item(feat[0], big=True) + "</div>"
                '<div class="vnm-featured-side">' + "".join(list_item(x) for x in feat[1:]) + "</div></section>")
    blocks = []
    for slug in ("tin-tuc-su-kien", "thong-bao", "nong-thon-moi", "van-hoa-xa-hoi", "y-te-giao-duc"):
        items = [x for x in ARTICLES if x["cat"] == slug]
        first, rest = items[0], items[1:]
        li = "".join(f'<li><a href="{post_url(x)}">{esc(x["title"])}</a> <span class="vnm-date">({fmt_b(x["date"])})</span></li>' for x in rest)
        blocks.append(f'<section class="vnm-cat-block vnm-cat-block--{slug}"><h2 class="vnm-block-title"><a href="{cat_url(slug)}">'
                      f'{esc(CATS[slug][0])}</a><a class="vnm-more" href="{cat_url(slug)}">Xem thêm »</a></h2>'
                      f'<div class="vnm-cat-block-inner">{list_item(first)}<ul class="vnm-cat-list">{li}</ul></div></section>')
    latest = "".join(list_item(x) for x in ARTICLES[4:10])
    main = (f'<h1 class="screen-reader-text">{esc(SITE)}</h1>' + featured
            + '<section class="vnm-latest"><h2 class="vnm-block-title"><span>Tin mới cập nhật</span></h2>' + latest + "</section>"
            + "".join(blocks)
            + f'<section class="vnm-video"><h2 class="vnm-block-title"><span>Video</span></h2><div class="vnm-video-embed">'
              f'<iframe title="Phóng sự xã Minh Lộc Đông" width="560" height="315" src="https://www.youtube.com/embed/xMLD2024qy1" '
              f'frameborder="0" allowfullscreen loading="lazy"></iframe></div></section>')
    hd = simple_head(SITE + " – Trang thông tin của Đảng bộ, chính quyền và nhân dân xã", url,
                     "Cổng thông tin điện tử xã Minh Lộc Đông, huyện Bình Lộc, tỉnh Quảng Ngãi", "WebPage")
    page = wrap(hd, "home blog", main, current="/")
    return page, {"url": url, "content_type": CT, "kind": "listing"}


def render_category(slug: str, page_no: int) -> tuple[str, dict]:
    base = cat_url(slug)
    url = cat_url(slug, page_no)
    name = CATS[slug][0]
    items = [x for x in ARTICLES if x["cat"] == slug]
    per = 5
    chunk = items[(page_no - 1) * per: page_no * per]
    html_items = "".join(list_item(x) for x in chunk)
    if page_no > 1:
        html_items += "".join(older_item(o) for o in OLDER[: per - len(chunk)])
    total = 30
    title = f"{name} – Trang {page_no} – {SITE}" if page_no > 1 else f"Lưu trữ {name} - {SITE}"
    main = (f'<header class="page-header vnm-archive-header"><h1 class="page-title">Chuyên mục: <span>{esc(name)}</span></h1>'
            f'<div class="archive-description"><p>Tin hoạt động của Đảng bộ, chính quyền, Mặt trận và các đoàn thể xã.</p></div></header>'
            f'<div class="vnm-archive-list">{html_items}</div>' + pagination(base, page_no, total))
    hd = simple_head(title, url)
    if page_no > 1:
        prev = base if page_no == 2 else f"{base}page/{page_no - 1}/"
        hd = hd.replace("</head>", f'<link rel="prev" href="{prev}" />\n<link rel="next" href="{base}page/{page_no + 1}/" />\n</head>')
    else:
        hd = hd.replace("</head>", f'<link rel="next" href="{base}page/2/" />\n</head>')
    bc = f'<span><span><a href="{HOST}/">Trang chủ</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(name)}</span></span>'
    page = wrap(hd, f"archive category category-{slug} category-{CATS[slug][1]}" + (" paged paged-2 category-paged-2" if page_no > 1 else ""),
                main, current=f"/chuyen-muc/{slug}/", breadcrumb=bc)
    return page, {"url": url, "content_type": CT, "kind": "listing"}


def render_tag(slug: str) -> tuple[str, dict]:
    url = tag_url(slug)
    name = TAGS[slug]
    items = [x for x in ARTICLES if slug in x["tags"]]
    main = (f'<header class="page-header vnm-archive-header"><h1 class="page-title">Thẻ: <span>{esc(name)}</span></h1></header>'
            f'<div class="vnm-archive-list">{"".join(list_item(x) for x in items)}</div>')
    bc = f'<span><span><a href="{HOST}/">Trang chủ</a></span> » <span class="breadcrumb_last" aria-current="page">Thẻ: {esc(name)}</span></span>'
    page = wrap(simple_head(f"Lưu trữ {name} - {SITE}", url), f"archive tag tag-{slug} tag-40", main, breadcrumb=bc)
    return page, {"url": url, "content_type": CT, "kind": "listing"}


def render_search() -> tuple[str, dict]:
    url = SEARCH_URL
    items = [BY_N[n] for n in (5, 7, 10, 12)]
    main = (f'<header class="page-header vnm-archive-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>chuyen doi so</span></h1>'
            f'<p class="vnm-search-count">Tìm thấy {len(items)} kết quả</p></header>'
            f'<form role="search" method="get" class="search-form vnm-search-form" action="{HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>'
            f'<input type="search" class="search-field" placeholder="Tìm kiếm …" value="chuyen doi so" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>'
            f'<div class="vnm-archive-list">{"".join(list_item(x) for x in items)}</div>')
    page = wrap(simple_head(f"Bạn đã tìm kiếm chuyen doi so - {SITE}", url, graph_type="SearchResultsPage", robots="noindex, follow"),
                "search search-results", main)
    return page, {"url": url, "content_type": CT, "kind": "search"}


def page_shell(title: str, slug: str, pid: int, content: str, kind: str) -> tuple[str, dict]:
    url = f"{HOST}/{slug}/"
    main = (f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content vnm-page-content">{content}</div></article>')
    bc = f'<span><span><a href="{HOST}/">Trang chủ</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(title)}</span></span>'
    page = wrap(simple_head(f"{title} - {SITE}", url, graph_type="WebPage"),
                f"page-template-default page page-id-{pid}", main, current=f"/{slug}/", breadcrumb=bc)
    return page, {"url": url, "content_type": CT, "kind": kind}


def render_static() -> tuple[str, dict]:
    c = """<h2 class="wp-block-heading">Vị trí địa lý</h2>
<p>Xã Minh Lộc Đông nằm ở phía đông huyện Bình Lộc, cách trung tâm huyện khoảng 9 km. Phía bắc giáp xã Minh Lộc Tây, phía nam giáp sông Trà Giang, phía đông giáp biển, phía tây giáp thị trấn Bình Lộc.</p>
<p>Tổng diện tích tự nhiên của xã là 2.146 ha, trong đó đất nông nghiệp chiếm khoảng 62%, đất rừng sản xuất ven biển chiếm 14%, còn lại là đất ở, đất chuyên dùng và đất chưa sử dụng.</p>
<h2 class="wp-block-heading">Dân số và đơn vị hành chính</h2>
<p>Xã có 7 thôn gồm: Trung Hòa, Phú Hòa, Đông Yên, Tây Sơn, An Bình, Thạnh Mỹ và Lộc Hải, với 3.412 hộ, hơn 12.600 nhân khẩu. Người dân chủ yếu sống bằng nghề trồng lúa, chăn nuôi, đánh bắt thủy sản ven bờ và buôn bán nhỏ.</p>
<figure class="wp-block-table"><table><thead><tr><th>Thôn</th><th>Số hộ</th><th>Số nhân khẩu</th></tr></thead><tbody>
<tr><td>Trung Hòa</td><td>612</td><td>2.214</td></tr><tr><td>Phú Hòa</td><td>498</td><td>1.862</td></tr><tr><td>Đông Yên</td><td>455</td><td>1.701</td></tr>
<tr><td>Tây Sơn</td><td>521</td><td>1.930</td></tr><tr><td>An Bình</td><td>437</td><td>1.598</td></tr><tr><td>Thạnh Mỹ</td><td>468</td><td>1.744</td></tr><tr><td>Lộc Hải</td><td>421</td><td>1.573</td></tr></tbody></table></figure>
<h2 class="wp-block-heading">Truyền thống lịch sử</h2>
<p>Trong hai cuộc kháng chiến, Minh Lộc Đông là vùng căn cứ ven biển, nơi che giấu cán bộ và tiếp nhận hàng hóa từ đường biển. Xã được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.</p>
<p>Năm 2020, xã được công nhận đạt chuẩn nông thôn mới; hiện đang phấn đấu xây dựng xã nông thôn mới nâng cao vào năm 2025.</p>
<h2 class="wp-block-heading">Thông tin liên hệ</h2>
<p>Mọi thông tin xin liên hệ Văn phòng HĐND – UBND xã theo trang <a href="/lien-he/">Liên hệ</a>.</p>"""
    return page_shell("Giới thiệu chung", "gioi-thieu", 12, c, "static")


def render_contact() -> tuple[str, dict]:
    rows = [("Trần Quốc Việt", "Chủ tịch UBND xã", "0905.112.347"), ("Đinh Thị Ngọc Ánh", "Phó Chủ tịch UBND xã", "0914.226.581"),
            ("Lương Văn Hiếu", "Phó Chủ tịch UBND xã", "0935.407.912"), ("Phạm Thị Thu Hà", "Công chức Văn phòng – Thống kê", "0988.651.204"),
            ("Nguyễn Văn Thành", "Công chức Địa chính – Xây dựng", "0976.330.185"), ("Võ Thị Thu Hằng", "Trạm trưởng Trạm Y tế xã", "0905.874.219"),
            ("Bộ phận Một cửa", "Tiếp nhận và trả kết quả", "0255.3912.668")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    c = f"""<p><strong>ỦY BAN NHÂN DÂN XÃ MINH LỘC ĐÔNG</strong></p>
<p>Địa chỉ: Thôn Trung Hòa, xã Minh Lộc Đông, huyện Bình Lộc, tỉnh Quảng Ngãi<br />Điện thoại: 0255.3912.668 – Fax: 0255.3912.669<br />Email: ubnd.minhlocdong@quangngai.gov.vn</p>
<h2 class="wp-block-heading">Danh bạ điện thoại</h2>
<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>{trs}</tbody></table></figure>
<h2 class="wp-block-heading">Gửi ý kiến, phản ánh</h2>
<div class="wpcf7 no-js" id="wpcf7-f215-p14-o1" lang="vi" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>
<form action="/lien-he/#wpcf7-f215-p14-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="215" /><input type="hidden" name="_wpcf7_version" value="5.8.6" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f215-p14-o1" /><input type="hidden" name="_wpcf7_container_post" value="14" /></div>
<p><label> Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Số điện thoại<br /><span class="wpcf7-form-control-wrap" data-name="your-phone"><input size="40" class="wpcf7-form-control wpcf7-tel wpcf7-text" value="" type="tel" name="your-phone" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-text" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung phản ánh (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="8" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" aria-required="true" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>"""
    return page_shell("Liên hệ", "lien-he", 14, c, "contact")


def render_sitemap() -> tuple[str, dict]:
    cats = "".join(f'<li><a href="{cat_url(s)}">{esc(n)}</a><ul>'
                   + "".join(f'<li><a href="{post_url(x)}">{esc(x["title"])}</a></li>' for x in ARTICLES if x["cat"] == s)
                   + "</ul></li>" for s, (n, _, _) in CATS.items())
    c = f"""<div class="vnm-sitemap"><h2 class="wp-block-heading">Trang</h2><ul>
<li><a href="{HOST}/">Trang chủ</a></li><li><a href="{HOST}/gioi-thieu/">Giới thiệu chung</a></li><li><a href="{HOST}/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>
<li><a href="{HOST}/lich-su-truyen-thong/">Lịch sử truyền thống</a></li><li><a href="{HOST}/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li>
<li><a href="{HOST}/thu-vien-anh/">Thư viện ảnh</a></li><li><a href="{HOST}/lien-he/">Liên hệ</a></li></ul>
<h2 class="wp-block-heading">Chuyên mục và bài viết</h2><ul>{cats}</ul></div>"""
    return page_shell("Sơ đồ website", "so-do-website", 16, c, "sitemap")


def render_soft404() -> tuple[str, dict]:
    url = HOST + "/thu-vien-anh/"
    main = (f'<section class="error-404 not-found vnm-error-404"><header class="page-header"><h1 class="page-title">Không tìm thấy trang</h1></header>'
            f'<div class="page-content"><p>Rất tiếc, nội dung bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. '
            f'Vui lòng thử tìm kiếm hoặc quay lại <a href="{HOST}/">trang chủ</a>.</p>'
            f'<form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>'
            f'<input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>'
            f'<h2 class="widget-title">Bài viết mới nhất</h2><ul>'
            + "".join(f'<li><a href="{post_url(x)}">{esc(x["title"])}</a></li>' for x in ARTICLES[:5]) + "</ul></div></section>")
    hd = head(f"Không tìm thấy trang - {SITE}", url, "", None, robots="noindex, follow")
    page = wrap(hd, "error404", main, current="/thu-vien-anh/")
    return page, {"url": url, "content_type": CT, "kind": "soft_404"}


def render_attachment() -> tuple[str, dict]:
    a = BY_N[4]
    url = ATTACH_URL
    base = upload(a["date"], "duong-be-tong-thon-phu-hoa")
    title = "Đường bê tông thôn Phú Hòa"
    main = f"""<article id="post-1467" class="post-1467 attachment type-attachment status-inherit hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="vnm-post-meta entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{iso(a['date'])}">{fmt_a(a['date'])}</time></span>
<span class="parent-post-link">trong <a href="{post_url(a)}" rel="gallery">{esc(a['title'])}</a></span>
<span class="full-size-link"><a href="{base}.jpg">Kích thước đầy đủ 1600 × 1067</a></span></div></header>
<div class="entry-content"><div class="entry-attachment"><figure class="wp-caption aligncenter"><a href="{base}.jpg">
<img width="1024" height="683" src="{base}-1024x683.jpg" class="attachment-large size-large" alt="Tuyến đường bê tông thôn Phú Hòa sau khi được mở rộng." decoding="async" srcset="{base}-1024x683.jpg 1024w, {base}-300x200.jpg 300w, {base}-768x512.jpg 768w, {base}.jpg 1600w" sizes="(max-width: 1024px) 100vw, 1024px" /></a>
<figcaption class="wp-caption-text">Tuyến đường bê tông thôn Phú Hòa sau khi được mở rộng.</figcaption></figure></div>
<p>Ảnh chụp tuyến đường liên thôn Phú Hòa – Đồng Mít sau khi người dân hiến đất mở rộng.</p></div>
<nav id="image-navigation" class="navigation image-navigation"><div class="nav-links"><div class="nav-previous"></div>
<div class="nav-next"><a href="{post_url(a)}hop-dan-ban-phuong-an-hien-dat/">Ảnh tiếp theo</a></div></div></nav>
</article>
{comment_form(1467, title)}"""
    bc = (f'<span><span><a href="{HOST}/">Trang chủ</a></span> » <span><a href="{cat_url(a["cat"])}">{esc(CATS[a["cat"]][0])}</a></span> » '
          f'<span><a href="{post_url(a)}">{esc(a["title"])}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(title)}</span></span>')
    hd = simple_head(f"{title} - {SITE}", url, graph_type="WebPage")
    page = wrap(hd, "attachment attachment-template-default single single-attachment postid-1467 attachmentid-1467 attachment-jpeg",
                main, breadcrumb=bc)
    return page, {"url": url, "content_type": CT, "kind": "attachment"}


# ---------------------------------------------------------------------------------------------

def write(name: str, page: str, meta: dict) -> None:
    page = nfc(page)
    (OUT / f"{name}.html").write_bytes(page.encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for a in ARTICLES:
        page, meta = render_article(a)
        write(f"a{a['n']:02d}", page, meta)
    write("home", *render_home())
    write("cat-tin-tuc-su-kien", *render_category("tin-tuc-su-kien", 1))
    write("cat-tin-tuc-su-kien-p2", *render_category("tin-tuc-su-kien", 2))
    write("tag-chuyen-doi-so", *render_tag("chuyen-doi-so"))
    write("attachment-duong-be-tong", *render_attachment())
    write("gioi-thieu", *render_static())
    write("lien-he", *render_contact())
    write("search-chuyen-doi-so", *render_search())
    write("so-do-website", *render_sitemap())
    write("soft404-thu-vien-anh", *render_soft404())
    site = {"host": HOST, "home": "/", "family": "unknown", "template": "wpxa", "held_out": True}
    (OUT / "site.json").write_text(json.dumps(site, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
