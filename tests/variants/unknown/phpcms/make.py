"""Generate the held-out 'unknown/phpcms' variant mini-site (deterministic).

    python tests/variants/unknown/phpcms/make.py

An invented department portal (Sở Giao thông vận tải tỉnh Phú Yên) on a small custom PHP CMS
("HASCMS", by an invented local company "Hòa An Software"): HTML5, Bootstrap 3 grid, jQuery
bxSlider.  Article URLs /<category-slug>/<article-slug>-a<id>.html, listings
/<category-slug>-c<id>.html?page=N.  Pages and truth come from the same data below.
All text is invented.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOST = "https://sgtvt.phuyen.gov.vn"
SITE = "Sở Giao thông vận tải tỉnh Phú Yên"
TODAY = "Thứ Sáu, 15/03/2024"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def e(s):
    return html.escape(nfc(s), quote=False)


def a(s):
    return html.escape(nfc(s), quote=True)


def slugify(s):
    s = nfc(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


WEEKDAY_NUM = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]

CATS = {
    "thd": dict(id=2, slug="tin-hoat-dong", name="Tin hoạt động", parent="Tin tức - Sự kiện"),
    "tb": dict(id=5, slug="thong-bao", name="Thông báo", parent=None),
    "atgt": dict(id=7, slug="an-toan-giao-thong", name="An toàn giao thông", parent="Tin tức - Sự kiện"),
    "cchc": dict(id=9, slug="cai-cach-hanh-chinh", name="Cải cách hành chính", parent="Tin tức - Sự kiện"),
}


def cat_url(key, page=None):
    c = CATS[key]
    return f"/{c['slug']}-c{c['id']}.html" + (f"?page={page}" if page else "")


# --------------------------------------------------------------------------- articles

ARTICLES = [
    dict(
        file="article-01", id=1458, cat="thd",
        title="Kiểm tra tiến độ thi công dự án nâng cấp đường ĐT.647 đoạn qua huyện Sơn Hòa",
        date=("dangluc", dt.datetime(2024, 3, 12, 9, 15)), upd=None,
        lead=("desc", None, "Chiều 11/3, đoàn công tác của Sở Giao thông vận tải do Phó Giám đốc Sở Lê Văn Quang làm trưởng đoàn đã kiểm tra thực tế tiến độ thi công dự án nâng cấp, mở rộng đường ĐT.647 đoạn qua địa bàn huyện Sơn Hòa."),
        body=[
            ("p", "Dự án có tổng chiều dài gần 14 km, điểm đầu giao với Quốc lộ 25 tại thị trấn Củng Sơn, điểm cuối giáp ranh xã Sơn Hội. Công trình được khởi công từ ngày 20/6/2023 với tổng mức đầu tư hơn 185 tỷ đồng từ nguồn vốn ngân sách tỉnh và vốn hỗ trợ có mục tiêu của Trung ương."),
            ("fig", "kiem-tra-dt647-1.jpg", "Đoàn công tác kiểm tra mặt đường đã thảm bê tông nhựa tại Km 6+200", "Ảnh: Minh Châu"),
            ("p", "Theo báo cáo của Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, đến nay nhà thầu đã hoàn thành khoảng 62% khối lượng, trong đó phần nền đường đạt gần 80%, hệ thống cống thoát nước ngang đạt 70%. Một số đoạn qua khu dân cư còn vướng mặt bằng do chưa thống nhất phương án bồi thường tài sản trên đất."),
            ("p", "Tại buổi kiểm tra, đại diện UBND huyện Sơn Hòa cho biết địa phương đang phối hợp với chủ đầu tư rà soát lại 17 hộ dân còn kiến nghị, dự kiến trước ngày 30/4/2024 sẽ bàn giao toàn bộ mặt bằng còn lại để nhà thầu thi công."),
            ("fig", "kiem-tra-dt647-2.jpg", "Nhà thầu thi công hệ thống cống thoát nước dọc tuyến", "Ảnh: Minh Châu"),
            ("p", "Phát biểu kết luận, Phó Giám đốc Sở Lê Văn Quang đề nghị nhà thầu tăng cường máy móc, nhân lực, tổ chức thi công theo hình thức cuốn chiếu, không để tình trạng đào bới rồi bỏ dở gây mất an toàn giao thông. Đơn vị tư vấn giám sát phải có mặt thường xuyên tại công trường, kiểm soát chặt chẽ chất lượng vật liệu đầu vào, nhất là cấp phối đá dăm và bê tông nhựa."),
            ("p", "Đồng thời, Sở giao Thanh tra Sở phối hợp với Công an huyện Sơn Hòa tăng cường tuần tra, kiểm soát xe chở vật liệu quá tải trọng trên tuyến, bảo đảm không làm hư hỏng các đoạn đường vừa hoàn thành."),
        ],
        sig=("right_strong", "PV: Nguyễn Minh Châu"), authors=["Nguyễn Minh Châu"], unit=None,
        tags=["ĐT.647", "Sơn Hòa", "giải phóng mặt bằng"], views=1254,
    ),
    dict(
        file="article-02", id=1452, cat="thd",
        title="Công đoàn Sở tổ chức gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
        date=("dot", dt.datetime(2024, 3, 8, 0, 0)), upd=None,
        lead=("bold", None, "Sáng nay, Công đoàn cơ sở Sở Giao thông vận tải tổ chức buổi gặp mặt nữ công chức, viên chức, người lao động nhân kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2024)."),
        body=[
            ("p", "Tham dự buổi gặp mặt có đồng chí Phạm Ngọc Sơn, Bí thư Đảng ủy, Giám đốc Sở cùng đại diện Ban Chấp hành Công đoàn và gần 60 chị em đang công tác tại các phòng, đơn vị trực thuộc."),
            ("capp", "gap-mat-8-3-2024.jpg", "Giám đốc Sở Phạm Ngọc Sơn tặng hoa chúc mừng nữ công chức, viên chức"),
            ("p", "Phát biểu tại buổi gặp mặt, Giám đốc Sở ghi nhận những đóng góp của lực lượng nữ trong thời gian qua, đặc biệt trong các lĩnh vực đăng kiểm, cấp giấy phép lái xe và giải quyết thủ tục hành chính một cửa. Nhiều chị em vừa hoàn thành tốt nhiệm vụ chuyên môn, vừa chăm lo tốt cho gia đình."),
            ("p", "Nhân dịp này, Công đoàn Sở đã khen thưởng 12 chị em đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2023 và trao quà cho 5 nữ đoàn viên có hoàn cảnh khó khăn."),
            ("p", "Sau phần nghi thức, các chị em đã cùng tham gia chương trình văn nghệ và trò chơi dân gian do Đoàn Thanh niên Sở tổ chức, tạo không khí vui tươi, gắn kết."),
        ],
        sig=("right_strong", "Trần Thị Hạnh"), authors=["Trần Thị Hạnh"], unit=None,
        tags=["công đoàn", "8/3"], views=486,
    ),
    dict(
        file="article-03", id=1449, cat="atgt",
        title="Kết quả thực hiện công tác bảo đảm trật tự an toàn giao thông tháng 02/2024",
        date=("thu", dt.datetime(2024, 3, 7, 15, 40)), upd=None,
        lead=("desc", None, "Trong tháng 02/2024, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 7 người và bị thương 6 người; so với cùng kỳ năm trước giảm 3 vụ, giảm 2 người chết."),
        body=[
            ("p", "Theo báo cáo của Ban An toàn giao thông tỉnh, tháng 02/2024 trùng với dịp Tết Nguyên đán Giáp Thìn nên lưu lượng phương tiện tăng cao, đặc biệt trên Quốc lộ 1 và các tuyến đường ven biển. Các lực lượng chức năng đã bố trí người trực tại các nút giao trọng điểm, kịp thời phân luồng, không để xảy ra ùn tắc kéo dài."),
            ("tbimg", "kiem-tra-xe-khach-ben-xe.jpg", "Lực lượng Thanh tra giao thông kiểm tra xe khách tại bến xe Tuy Hòa", "Ảnh: Thanh tra Sở"),
            ("p", "Cụ thể số liệu tai nạn giao thông theo từng lĩnh vực như sau:"),
            ("table", [["Lĩnh vực", "Số vụ", "Số người chết", "Số người bị thương"],
                       ["Đường bộ", "8", "7", "5"],
                       ["Đường sắt", "1", "0", "1"],
                       ["Đường thủy nội địa", "0", "0", "0"],
                       ["Tổng cộng", "9", "7", "6"]]),
            ("p", "Trong tháng, lực lượng Cảnh sát giao thông và Thanh tra Sở đã kiểm tra, xử lý 2.146 trường hợp vi phạm, phạt tiền hơn 3,1 tỷ đồng, tạm giữ 312 phương tiện, tước giấy phép lái xe 185 trường hợp. Lỗi vi phạm nồng độ cồn chiếm tỷ lệ cao nhất với 41%."),
            ("p", "Ban An toàn giao thông tỉnh đề nghị các cơ quan thành viên tiếp tục duy trì tuần tra, kiểm soát sau Tết, tập trung xử lý vi phạm nồng độ cồn, chạy quá tốc độ, chở quá số người quy định; đồng thời rà soát, khắc phục các điểm tiềm ẩn nguy cơ tai nạn trên các tuyến đường tỉnh."),
        ],
        sig=("right_em", "Nguồn: Ban An toàn giao thông tỉnh"), authors=[], unit="Ban An toàn giao thông tỉnh",
        tags=["tai nạn giao thông", "tháng 02/2024"], views=2031,
    ),
    dict(
        file="article-04", id=1441, cat="atgt",
        title="Tạm dừng lưu thông qua cầu Sông Cái để sửa chữa khe co giãn",
        date=("dangluc", dt.datetime(2024, 2, 29, 16, 5)), upd=None,
        lead=("desc", None, "Để bảo đảm an toàn cho người và phương tiện, Sở Giao thông vận tải thông báo phân luồng giao thông phục vụ thi công sửa chữa khe co giãn cầu Sông Cái trên tuyến ĐH.22."),
        brlines=[
            "Thời gian tạm dừng lưu thông: từ 22 giờ ngày 04/3/2024 đến 05 giờ ngày 09/3/2024 (chỉ thi công vào ban đêm).",
            "Phạm vi: toàn bộ mặt cầu Sông Cái, lý trình Km 3+450, thuộc địa phận xã Hòa Thịnh, huyện Tây Hòa.",
            "Phương tiện ô tô đi từ thị trấn Phú Thứ hướng về xã Hòa Mỹ Đông đi theo tuyến ĐT.645, rẽ phải vào ĐH.24 rồi nhập lại ĐH.22 tại ngã ba Mỹ Thạnh.",
            "Xe mô tô, xe gắn máy, xe thô sơ và người đi bộ được đi qua làn tạm phía hạ lưu cầu, có người hướng dẫn.",
            "Đơn vị thi công có trách nhiệm bố trí biển báo, đèn tín hiệu, rào chắn và người cảnh giới tại hai đầu cầu suốt thời gian thi công.",
            "Sở Giao thông vận tải đề nghị các tổ chức, cá nhân tham gia giao thông chú ý quan sát biển báo và chấp hành sự hướng dẫn của lực lượng điều tiết.",
        ],
        body=[],
        sig=("br_bold", "Nguồn: Phòng Quản lý kết cấu hạ tầng giao thông"), authors=[],
        unit="Phòng Quản lý kết cấu hạ tầng giao thông",
        tags=["phân luồng", "cầu Sông Cái"], views=3377,
    ),
    dict(
        file="article-05", id=1437, cat="tb",
        title="Thông báo tuyển dụng viên chức Trung tâm Đăng kiểm xe cơ giới năm 2024",
        date=("dangluc", dt.datetime(2024, 2, 27, 10, 30)), upd=None,
        lead=None,
        body=[
            ("p", "Sở Giao thông vận tải thông báo tuyển dụng 04 viên chức làm việc tại Trung tâm Đăng kiểm xe cơ giới theo hình thức xét tuyển. Thời gian nhận hồ sơ từ ngày 01/3/2024 đến hết ngày 30/3/2024 tại Văn phòng Sở. Chi tiết về điều kiện, tiêu chuẩn và hồ sơ đăng ký xem tại các tệp đính kèm."),
        ],
        sig=("right_strong", "Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        attach=[("Thong-bao-tuyen-dung-so-215-TB-SGTVT.pdf", "/uploads/files/2024/02/Thong-bao-tuyen-dung-so-215-TB-SGTVT.pdf", "312 KB"),
                ("Mau-phieu-dang-ky-du-tuyen.docx", "/uploads/files/2024/02/Mau-phieu-dang-ky-du-tuyen.docx", "45 KB"),
                ("Danh-muc-vi-tri-viec-lam.xlsx", "/uploads/files/2024/02/Danh-muc-vi-tri-viec-lam.xlsx", "18 KB")],
        tags=["tuyển dụng", "đăng kiểm"], views=5120,
    ),
    dict(
        file="article-06", id=1430, cat="thd",
        title="Ký kết quy chế phối hợp trong công tác quản lý, bảo vệ hành lang an toàn đường bộ",
        date=("thu", dt.datetime(2024, 2, 23, 8, 20)), upd=None,
        lead=("bold", "SGTVT -", "Ngày 22/2, Sở Giao thông vận tải và UBND thị xã Đông Hòa đã ký kết quy chế phối hợp trong công tác quản lý, bảo vệ kết cấu hạ tầng giao thông và hành lang an toàn đường bộ giai đoạn 2024 - 2026."),
        body=[
            ("p", "Theo quy chế, hai bên thống nhất trách nhiệm trong việc kiểm tra, phát hiện và xử lý các hành vi lấn chiếm, sử dụng trái phép đất dành cho đường bộ; cấp phép thi công công trình thiết yếu trong phạm vi bảo vệ; tuyên truyền, vận động người dân không họp chợ, phơi nông sản trên đường."),
            ("related", ["article-01", "article-03", ("Ra quân lập lại trật tự hành lang an toàn đường bộ trên Quốc lộ 1", "/tin-hoat-dong/ra-quan-lap-lai-trat-tu-hanh-lang-an-toan-duong-bo-tren-quoc-lo-1-a1298.html")]),
            ("p", "Đối với các vi phạm xảy ra trên quốc lộ và đường tỉnh, Thanh tra Sở chủ trì lập biên bản, UBND các xã, phường có trách nhiệm phối hợp cưỡng chế. Với đường đô thị và đường giao thông nông thôn, UBND thị xã chịu trách nhiệm chính, Sở hỗ trợ về chuyên môn, nghiệp vụ."),
            ("p", "Phát biểu tại lễ ký kết, Chủ tịch UBND thị xã Đông Hòa nhấn mạnh, thị xã đang hình thành nhiều khu công nghiệp, lưu lượng xe tải nặng tăng nhanh nên việc giữ gìn hành lang an toàn đường bộ có ý nghĩa rất quan trọng đối với sự phát triển của địa phương."),
            ("fig", "ky-ket-quy-che-dong-hoa.jpg", "Đại diện hai đơn vị ký kết quy chế phối hợp", "Ảnh: Hoàng Anh"),
            ("p", "Quy chế có hiệu lực kể từ ngày ký; định kỳ hằng năm, hai bên tổ chức sơ kết, đánh giá kết quả thực hiện và bổ sung nội dung cho phù hợp với tình hình thực tế."),
        ],
        sig=("right_strong", "PV: Hoàng Anh - Thu Trang"), authors=["Hoàng Anh", "Thu Trang"], unit=None,
        tags=["hành lang an toàn đường bộ", "Đông Hòa"], views=744,
    ),
    dict(
        file="article-07", id=1426, cat="thd",
        title="Sở Giao thông vận tải triển khai nhiệm vụ năm 2024",
        date=("dot", dt.datetime(2024, 2, 20, 0, 0)), upd=None,
        h2dup=True,
        lead=("bold", None, "Chiều 19/02, Sở Giao thông vận tải tổ chức hội nghị triển khai nhiệm vụ kế hoạch năm 2024 với chủ đề “Kỷ cương, trách nhiệm, hiệu quả, tăng tốc về đích”."),
        body=[
            ("p", "Năm 2023, mặc dù còn nhiều khó khăn về nguồn vốn, ngành giao thông vận tải tỉnh đã giải ngân đạt 96,4% kế hoạch vốn đầu tư công được giao; hoàn thành đưa vào sử dụng 7 công trình, trong đó có cầu Bàn Thạch và tuyến đường nối Quốc lộ 1 với khu kinh tế Nam Phú Yên."),
            ("p", "Công tác cải cách hành chính có nhiều chuyển biến; 100% thủ tục hành chính thuộc thẩm quyền của Sở được cung cấp trực tuyến, tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 87%. Công tác đăng kiểm phương tiện đã cơ bản khắc phục tình trạng ùn ứ kéo dài của năm trước."),
            ("p", "Năm 2024, ngành phấn đấu giải ngân 100% kế hoạch vốn, khởi công mới 5 dự án, tiếp tục thực hiện hiệu quả các giải pháp kiềm chế tai nạn giao thông, giảm từ 5 - 10% trên cả ba tiêu chí so với năm 2023."),
            ("fig", "trien-khai-nhiem-vu-2024.jpg", "Giám đốc Sở Phạm Ngọc Sơn phát biểu chỉ đạo tại hội nghị", "Ảnh: Văn phòng Sở"),
            ("p", "Tại hội nghị, Giám đốc Sở đã ký giao nhiệm vụ cho thủ trưởng các phòng, đơn vị trực thuộc và yêu cầu từng tập thể, cá nhân xây dựng kế hoạch cụ thể, gắn trách nhiệm người đứng đầu với kết quả thực hiện nhiệm vụ được giao."),
        ],
        sig=("right_strong", "Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        tags=["triển khai nhiệm vụ", "năm 2024"], views=912,
    ),
    dict(
        file="article-08", id=1419, cat="atgt",
        title="Khuyến cáo người dân an toàn khi tham gia giao thông dịp lễ hội đầu xuân",
        date=("dangluc", dt.datetime(2024, 2, 15, 14, 0)), upd=None,
        lead=("desc", None, "Dịp đầu xuân, nhiều lễ hội truyền thống diễn ra trên địa bàn tỉnh, lượng người và phương tiện đổ về các điểm du lịch tăng đột biến. Ban An toàn giao thông tỉnh khuyến cáo người dân lưu ý một số nội dung sau."),
        body=[
            ("p", "Để chuyến đi an toàn, người tham gia giao thông cần:"),
            ("ul", ["Không điều khiển phương tiện sau khi đã uống rượu, bia;",
                    "Đội mũ bảo hiểm đạt chuẩn và cài quai đúng quy cách khi đi mô tô, xe gắn máy, xe đạp điện;",
                    "Không chở quá số người quy định, không chở hàng hóa cồng kềnh;",
                    "Kiểm tra kỹ phanh, đèn, lốp xe trước khi khởi hành, nhất là khi đi qua đèo Cả, đèo Cù Mông;",
                    "Lựa chọn xe khách có đăng ký tuyến cố định, mua vé tại bến xe hoặc qua ứng dụng của doanh nghiệp vận tải."]),
            ("p", "Đối với các doanh nghiệp vận tải hành khách, Sở Giao thông vận tải yêu cầu không tăng giá vé trái quy định, bố trí lái xe đủ điều kiện sức khỏe, không để lái xe vi phạm thời gian lái xe liên tục quá 4 giờ."),
            ("img", "le-hoi-dau-xuan-atgt.jpg"),
            ("p", "Mọi phản ánh về tình hình trật tự an toàn giao thông, người dân có thể liên hệ đường dây nóng của Thanh tra Sở: 0257.3 821 567 (trong giờ hành chính) hoặc qua trang Zalo chính thức của Sở."),
        ],
        sig=("right_strong", "Thanh Tùng"), authors=["Thanh Tùng"], unit=None,
        tags=["lễ hội", "khuyến cáo"], views=1603,
    ),
    dict(
        file="article-09", id=1415, cat="thd",
        title="Bảo đảm phương tiện phục vụ nhân dân về quê đón Tết Giáp Thìn",
        date=("dangluc", dt.datetime(2024, 2, 6, 8, 45)), upd=dt.datetime(2024, 2, 6, 17, 20),
        lead=("desc", "(BPY) -", "Sở Giao thông vận tải vừa có văn bản chỉ đạo các doanh nghiệp vận tải, bến xe khách trên địa bàn tỉnh tăng cường phương tiện, bảo đảm phục vụ nhu cầu đi lại của nhân dân trong dịp Tết Nguyên đán Giáp Thìn 2024."),
        body=[
            ("p", "Theo dự báo, từ ngày 01/02 đến 18/02/2024 (tức 22 tháng Chạp năm Quý Mão đến mùng 9 tháng Giêng năm Giáp Thìn), nhu cầu đi lại tăng khoảng 20% so với ngày thường, tập trung trên các tuyến Tuy Hòa - Thành phố Hồ Chí Minh, Tuy Hòa - Đà Nẵng và Tuy Hòa - Buôn Ma Thuột."),
            ("p", "Hiện nay, các doanh nghiệp đã đăng ký bổ sung 145 xe tăng cường với hơn 5.800 ghế. Bến xe khách Tuy Hòa bố trí bán vé xuyên Tết, mở thêm quầy bán vé và khu vực chờ cho hành khách."),
            ("fig", "ben-xe-tuy-hoa-tet-2024.jpg", "Hành khách mua vé tại bến xe khách Tuy Hòa", "Ảnh: Ngọc Hân"),
            ("p", "Ga Tuy Hòa cũng đã phối hợp với ngành đường sắt tổ chức thêm 6 đôi tàu Tết, nâng tổng số chuyến tàu đi qua địa bàn tỉnh lên 14 đôi mỗi ngày."),
            ("p", "Sở yêu cầu các bến xe niêm yết công khai giá vé, giám sát chặt việc xuất bến; kiên quyết không cho xuất bến đối với xe không bảo đảm an toàn kỹ thuật hoặc chở quá số người quy định."),
        ],
        sig=("right_em", "Nguồn: Báo Phú Yên"), authors=[], unit="Báo Phú Yên",
        tags=["Tết Giáp Thìn", "vận tải hành khách"], views=2788,
    ),
    dict(
        file="article-10", id=1409, cat="thd",
        title="Hội nghị tổng kết công tác năm 2023 của Trung tâm Đăng kiểm xe cơ giới",
        date=("thu", dt.datetime(2024, 1, 29, 10, 10)), upd=None,
        lead=("bold", None, "Ngày 26/01, Trung tâm Đăng kiểm xe cơ giới trực thuộc Sở Giao thông vận tải tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024."),
        body=[
            ("p", "Năm 2023, Trung tâm đã kiểm định 38.620 lượt phương tiện, tăng 18% so với năm 2022; thu phí, lệ phí nộp ngân sách nhà nước hơn 4,2 tỷ đồng. Từ tháng 5/2023, Trung tâm thực hiện làm việc cả ngày thứ Bảy và Chủ nhật, giúp giải quyết dứt điểm tình trạng xếp hàng chờ đăng kiểm."),
            ("fig", "tong-ket-dang-kiem-2023-1.jpg", "Quang cảnh hội nghị", "Ảnh: Quốc Việt"),
            ("p", "Bên cạnh đó, Trung tâm đã hoàn thành việc lắp đặt thêm một dây chuyền kiểm định xe tải nặng, đưa phần mềm đặt lịch đăng kiểm trực tuyến vào sử dụng, được chủ phương tiện đánh giá cao."),
            ("tbimg", "tong-ket-dang-kiem-2023-2.jpg", "Giám đốc Trung tâm nhận Giấy khen của Giám đốc Sở", None),
            ("p", "Năm 2024, Trung tâm đặt mục tiêu kiểm định trên 40.000 lượt phương tiện, không để xảy ra tiêu cực, phấn đấu 100% kết quả kiểm định được cập nhật lên hệ thống quản lý của Cục Đăng kiểm Việt Nam trong ngày."),
        ],
        sig=("right_strong", "PV: Quốc Việt"), authors=["Quốc Việt"], unit=None,
        tags=["đăng kiểm", "tổng kết"], views=655,
    ),
    dict(
        file="article-11", id=1402, cat="cchc",
        title="Từ ngày 01/02/2024, tiếp nhận hồ sơ cấp đổi giấy phép lái xe hoàn toàn trực tuyến",
        date=("dot", dt.datetime(2024, 1, 22, 0, 0)), upd=None,
        lead=("desc", None, "Sở Giao thông vận tải vừa thông báo, kể từ ngày 01/02/2024, việc tiếp nhận hồ sơ cấp đổi giấy phép lái xe do ngành giao thông vận tải cấp sẽ được thực hiện hoàn toàn trên Cổng Dịch vụ công quốc gia."),
        body=[
            ("p", "Người dân có nhu cầu đổi giấy phép lái xe chỉ cần đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử mức độ 2, kê khai thông tin, thanh toán lệ phí trực tuyến và lựa chọn hình thức nhận kết quả qua dịch vụ bưu chính công ích."),
            ("capp", "doi-gplx-truc-tuyen.jpg", "Giao diện nộp hồ sơ đổi giấy phép lái xe trên Cổng Dịch vụ công quốc gia"),
            ("p", "Dữ liệu giấy khám sức khỏe của người lái xe sẽ được các cơ sở khám bệnh đủ điều kiện liên thông lên hệ thống, người dân không phải nộp bản giấy. Thời gian giải quyết không quá 5 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ."),
            ("p", "Trường hợp gặp khó khăn khi thực hiện, người dân có thể liên hệ Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh, số 02 đường Trần Phú, phường 7, thành phố Tuy Hòa để được hướng dẫn."),
        ],
        sig=("right_em", "Nguồn: Phòng Quản lý vận tải, phương tiện và người lái"), authors=[],
        unit="Phòng Quản lý vận tải, phương tiện và người lái",
        tags=["giấy phép lái xe", "dịch vụ công trực tuyến"], views=4410,
    ),
    dict(
        file="article-12", id=1396, cat="tb",
        title="Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024",
        date=("thu", dt.datetime(2024, 1, 17, 16, 30)), upd=None,
        lead=None,
        body=[
            ("p", "Thực hiện Công văn số 112/UBND-KGVX ngày 10/01/2024 của UBND tỉnh về việc nghỉ Tết Nguyên đán Giáp Thìn năm 2024, Sở Giao thông vận tải thông báo lịch nghỉ Tết đối với công chức, viên chức, người lao động như sau:"),
            ("ol", ["Thời gian nghỉ: từ ngày 08/02/2024 (tức ngày 29 tháng Chạp năm Quý Mão) đến hết ngày 14/02/2024 (tức ngày mùng 5 tháng Giêng năm Giáp Thìn).",
                    "Các phòng, đơn vị trực thuộc bố trí lịch trực Tết, bảo đảm giải quyết kịp thời các công việc phát sinh; Bộ phận một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh nghỉ theo lịch chung.",
                    "Trung tâm Đăng kiểm xe cơ giới làm việc đến hết ngày 07/02/2024 và hoạt động trở lại từ ngày 15/02/2024."]),
            ("p", "Đề nghị các phòng, đơn vị nghiêm túc thực hiện."),
        ],
        sig=("right_strong", "Văn phòng Sở"), authors=[], unit="Văn phòng Sở",
        tags=["nghỉ Tết"], views=1377,
    ),
]

BY_FILE = {x["file"]: x for x in ARTICLES}

# Older items that exist only as links (they answer 404 on the test server).
OLDER = {
    "thd": [("Sở Giao thông vận tải tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024", 1388, "12/01/2024"),
            ("Đoàn kiểm tra liên ngành kiểm tra hoạt động vận tải tại bến xe phía Bắc", 1371, "03/01/2024"),
            ("Chi bộ Văn phòng Sở tổ chức sinh hoạt chuyên đề quý IV/2023", 1360, "27/12/2023"),
            ("Trao quyết định bổ nhiệm Phó Giám đốc Ban Quản lý dự án", 1349, "19/12/2023")],
    "atgt": [("Ra quân tổng kiểm soát phương tiện giao thông đường thủy nội địa", 1391, "15/01/2024"),
             ("Tuyên truyền an toàn giao thông cho học sinh trước kỳ nghỉ Tết", 1377, "08/01/2024"),
             ("Lắp đặt đèn tín hiệu giao thông tại nút giao Hùng Vương - Nguyễn Tất Thành", 1355, "22/12/2023")],
    "tb": [("Thông báo kết quả lựa chọn tổ chức đấu giá tài sản", 1383, "10/01/2024"),
           ("Thông báo lịch tiếp công dân của Giám đốc Sở tháng 01/2024", 1366, "29/12/2023"),
           ("Thông báo danh sách cơ sở đào tạo lái xe đủ điều kiện hoạt động", 1341, "14/12/2023")],
    "cchc": [("Công bố danh mục thủ tục hành chính lĩnh vực đường bộ được sửa đổi, bổ sung", 1380, "09/01/2024"),
             ("Kết quả khảo sát mức độ hài lòng của người dân năm 2023", 1362, "28/12/2023"),
             ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa", 1333, "07/12/2023")],
}

SOFT404_URL = "/tin-hoat-dong/hop-ban-chi-dao-an-toan-giao-thong-nam-2022-a1275.html"


def art_url(x):
    return f"/{CATS[x['cat']]['slug']}/{slugify(x['title'])}-a{x['id']}.html"


def older_url(cat, title, id_):
    return f"/{CATS[cat]['slug']}/{slugify(title)}-a{id_}.html"


def img_dir(x):
    d = x["date"][1]
    return f"/uploads/news/{d:%Y/%m/%d}/"


def thumb(x):
    return f"/uploads/news/thumb/{x['date'][1]:%Y/%m}/{slugify(x['title'])[:40]}.jpg"


def dmy(d):
    return f"{d:%d/%m/%Y}"


def excerpt(x):
    if x.get("lead"):
        s = x["lead"][2]
    else:
        s = next(b[1] for b in x["body"] if b[0] == "p")
    words = s.split()
    return " ".join(words[:32]) + ("..." if len(words) > 32 else "")


# --------------------------------------------------------------------------- chrome

MENU = [
    ("Giới thiệu", "/gioi-thieu.html", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu.html"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
        ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so.html"),
        ("Các phòng chuyên môn", "/gioi-thieu/cac-phong-chuyen-mon.html"),
        ("Đơn vị trực thuộc", "/gioi-thieu/don-vi-truc-thuoc.html"),
        ("Quá trình hình thành và phát triển", "/gioi-thieu/qua-trinh-hinh-thanh.html")]),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien-c1.html", [
        ("Tin hoạt động", cat_url("thd")),
        ("Tin trong tỉnh", "/tin-trong-tinh-c3.html"),
        ("Tin trong ngành", "/tin-trong-nganh-c4.html"),
        ("An toàn giao thông", cat_url("atgt")),
        ("Cải cách hành chính", cat_url("cchc")),
        ("Chuyển đổi số", "/chuyen-doi-so-c10.html"),
        ("Phổ biến giáo dục pháp luật", "/pho-bien-giao-duc-phap-luat-c11.html")]),
    ("Thông báo", cat_url("tb"), []),
    ("Văn bản", "/van-ban.html", [
        ("Văn bản quy phạm pháp luật", "/van-ban/quy-pham-phap-luat.html"),
        ("Văn bản chỉ đạo, điều hành", "/van-ban/chi-dao-dieu-hanh.html"),
        ("Văn bản của Sở", "/van-ban/van-ban-cua-so.html"),
        ("Dự thảo lấy ý kiến", "/van-ban/du-thao-lay-y-kien.html")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh.html", [
        ("Lĩnh vực đường bộ", "/thu-tuc-hanh-chinh/duong-bo.html"),
        ("Lĩnh vực đường thủy nội địa", "/thu-tuc-hanh-chinh/duong-thuy-noi-dia.html"),
        ("Lĩnh vực đăng kiểm", "/thu-tuc-hanh-chinh/dang-kiem.html"),
        ("Giấy phép lái xe", "/thu-tuc-hanh-chinh/giay-phep-lai-xe.html"),
        ("Vận tải", "/thu-tuc-hanh-chinh/van-tai.html"),
        ("Tra cứu hồ sơ", "/thu-tuc-hanh-chinh/tra-cuu-ho-so.html")]),
    ("Quy hoạch - Kế hoạch", "/quy-hoach-ke-hoach.html", [
        ("Quy hoạch giao thông", "/quy-hoach-giao-thong-c14.html"),
        ("Kế hoạch phát triển", "/ke-hoach-phat-trien-c15.html"),
        ("Dự án đầu tư", "/du-an-dau-tu-c16.html"),
        ("Công khai ngân sách", "/cong-khai-ngan-sach-c17.html")]),
    ("Hỏi đáp", "/hoi-dap.html", [
        ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi.html"),
        ("Danh sách câu hỏi", "/hoi-dap.html")]),
    ("Liên hệ", "/lien-he.html", []),
]

ICON = {
    "home": '<svg class="ico" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 1.2 0.8 7.4l1 1.1L3 7.5V15h4v-4h2v4h4V7.5l1.2 1 1-1.1L8 1.2z"/></svg>',
    "fb": '<svg class="ico" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M9.2 16V8.7h2.4l.4-2.8H9.2V4.1c0-.8.2-1.4 1.4-1.4H12V.1C11.8.1 10.9 0 9.9 0 7.8 0 6.4 1.3 6.4 3.6v2.1H4v2.8h2.4V16h2.8z"/></svg>',
    "tw": '<svg class="ico" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M16 3a6.6 6.6 0 0 1-1.9.5A3.3 3.3 0 0 0 15.6 1.7a6.6 6.6 0 0 1-2.1.8A3.3 3.3 0 0 0 7.9 5.5 9.3 9.3 0 0 1 1.1 2a3.3 3.3 0 0 0 1 4.4 3.3 3.3 0 0 1-1.5-.4 3.3 3.3 0 0 0 2.6 3.2 3.3 3.3 0 0 1-1.5.1 3.3 3.3 0 0 0 3.1 2.3A6.6 6.6 0 0 1 0 13a9.3 9.3 0 0 0 5 1.5c6 0 9.3-5 9.3-9.3v-.4A6.7 6.7 0 0 0 16 3z"/></svg>',
    "print": '<svg class="ico" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 1h8v3H4zM1 5h14v7h-3v3H4v-3H1zm4 5v4h6v-4z"/></svg>',
    "mail": '<svg class="ico" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M0 3h16v10H0zm1 1v.5l7 4.5 7-4.5V4zm0 2v6h14V6l-7 4.5z"/></svg>',
    "clock": '<svg class="ico" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm0 14.5A6.5 6.5 0 1 1 8 1.5a6.5 6.5 0 0 1 0 13zM8.8 4H7.2v4.6l3.6 2.2.8-1.3-2.8-1.7z"/></svg>',
    "eye": '<svg class="ico" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M8 3C4.4 3 1.4 5.2 0 8c1.4 2.8 4.4 5 8 5s6.6-2.2 8-5c-1.4-2.8-4.4-5-8-5zm0 8.3A3.3 3.3 0 1 1 8 4.7a3.3 3.3 0 0 1 0 6.6zM8 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/></svg>',
}

STYLE = """
:root{--main:#0b5394;--main-dark:#073763;--accent:#e69138;--line:#dbe3ec}
body{font-family:Roboto,Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#eef2f6}
.top-bar{background:var(--main-dark);color:#fff;font-size:12px;line-height:30px}
.top-bar a{color:#fff;margin-left:12px}.top-bar .today{float:left}
#header .banner{background:url(/templates/default/images/banner-bg.jpg) center/cover no-repeat;height:140px}
#header .logo img{height:96px;margin-top:20px}.site-name h2{color:#c00;font-weight:700;font-size:26px;margin-top:48px}
.main-nav{background:var(--main);border-bottom:3px solid var(--accent)}
.main-nav .navbar-nav>li>a{color:#fff;font-weight:500;text-transform:uppercase;font-size:13px;padding:12px 13px}
.main-nav .dropdown-menu{min-width:240px;border-radius:0;border-top:2px solid var(--accent)}
.box-widget{background:#fff;margin-bottom:15px;border:1px solid var(--line)}
.box-widget .widget-title{background:var(--main);color:#fff;font-size:14px;text-transform:uppercase;margin:0;padding:9px 12px}
.box-widget .widget-body{padding:10px 12px}
.list-news-mini li{overflow:hidden;border-bottom:1px dashed var(--line);padding:7px 0}
.list-news-mini img{float:left;width:82px;height:56px;object-fit:cover;margin-right:8px}
.post-detail{background:#fff;padding:15px 18px;border:1px solid var(--line)}
.post-detail h1.post-title{font-size:24px;line-height:1.35;color:var(--main-dark);margin:5px 0 10px;font-weight:700}
.post-info{color:#777;font-size:12px;border-bottom:1px solid var(--line);padding-bottom:8px;margin-bottom:10px}
.post-info span{margin-right:15px}.post-detail .desc{font-weight:700;font-size:15px;margin-bottom:12px;text-align:justify}
.post-content{font-size:15px;line-height:1.6;text-align:justify}.post-content img{max-width:100%;height:auto}
.post-content figure{margin:10px auto;text-align:center}.post-content figcaption,.post-content .image-caption{font-style:italic;text-align:center;color:#555;font-size:13px}
.post-content table.tbl-data{width:100%;border-collapse:collapse}.post-content table.tbl-data td{border:1px solid #999;padding:4px 6px}
.share-bar{margin:12px 0;padding:6px 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line)}
.share-bar a{display:inline-block;margin-right:8px;color:#555}.share-bar .font-size a{font-weight:700}
.related-posts .item{margin-bottom:12px}.related-posts .item img{width:100%;height:110px;object-fit:cover}
.related-posts .item h4{font-size:13px;line-height:1.4;margin:6px 0 2px}.related-posts .date{color:#888;font-size:11px}
.tin-lien-quan{border-left:3px solid var(--accent);background:#f7f9fb;padding:6px 12px;margin:10px 0}
.lich-cong-tac .day{font-weight:700;color:var(--main);margin-top:6px}.lich-cong-tac .time{color:#c00;font-weight:700}
.counter table td{padding:3px 0}.counter .num{text-align:right;font-weight:700}
#footer{background:var(--main-dark);color:#e8eef5;padding:18px 0;font-size:13px}#footer a{color:#ffe599}
.attach-list li{padding:3px 0}.attach-list .size{color:#888;font-size:12px}
.pagination>li>a,.pagination>li>span{color:var(--main)}
@media (max-width:767px){#header .banner{height:80px}.site-name h2{font-size:16px;margin-top:18px}}
"""


def head(title, desc, canonical, og_image=None):
    og = f'\n<meta property="og:image" content="{a(HOST + og_image)}">' if og_image else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{a(desc)}">
<meta name="keywords" content="giao thông vận tải, Phú Yên, đăng kiểm, giấy phép lái xe, an toàn giao thông">
<meta name="generator" content="HASCMS 3.2 - Hòa An Software">
<meta name="copyright" content="{a(SITE)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Cổng thông tin điện tử {a(SITE)}">
<meta property="og:title" content="{a(title)}">
<meta property="og:description" content="{a(desc)}">
<meta property="og:url" content="{a(HOST + canonical)}">{og}
<link rel="canonical" href="{a(HOST + canonical)}">
<link rel="shortcut icon" href="/templates/default/images/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/tin-tuc.rss">
<link rel="stylesheet" href="/templates/default/css/bootstrap.min.css?v=3.3.7">
<link rel="stylesheet" href="/templates/default/css/font-awesome.min.css">
<link rel="stylesheet" href="/templates/default/plugins/bxslider/jquery.bxslider.css">
<link rel="stylesheet" href="/templates/default/css/style.css?v=20231108">
<link rel="stylesheet" href="/templates/default/css/responsive.css?v=20231108">
<style type="text/css">{STYLE}</style>
<!--[if lt IE 9]>
<script src="/templates/default/js/html5shiv.min.js"></script>
<script src="/templates/default/js/respond.min.js"></script>
<![endif]-->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PY7GT0VT24"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-PY7GT0VT24');</script>
</head>
"""


def nav_html(mobile=False):
    out = []
    for name, href, subs in [("Trang chủ", "/", [])] + MENU:
        if subs:
            li = [f'<li class="dropdown"><a href="{a(href)}" class="dropdown-toggle" data-hover="dropdown">{e(name)} <span class="caret"></span></a>',
                  '<ul class="dropdown-menu">' if not mobile else '<ul class="sub-menu">']
            for sn, sh in subs:
                li.append(f'<li><a href="{a(sh)}" title="{a(sn)}">{e(sn)}</a></li>')
            li.append("</ul></li>")
            out.append("\n".join(li))
        else:
            icon = ICON["home"] + " " if href == "/" and not mobile else ""
            out.append(f'<li><a href="{a(href)}" title="{a(name)}">{icon}{e(name)}</a></li>')
    return "\n".join(out)


def header():
    return f"""<body>
<div id="fb-root"></div>
<div class="top-bar hidden-xs">
<div class="container">
<span class="today">{e(TODAY)}</span>
<div class="pull-right">
<a href="/so-do-website.html">Sơ đồ website</a>
<a href="/rss.html">RSS</a>
<a href="/dang-nhap.html"><i class="fa fa-user"></i> Đăng nhập</a>
<a href="https://mail.phuyen.gov.vn" target="_blank" rel="noopener">Thư điện tử công vụ</a>
</div>
</div>
</div>
<header id="header">
<div class="banner">
<div class="container">
<div class="row">
<div class="col-md-1 col-sm-2 col-xs-3 logo"><a href="/"><img src="/templates/default/images/quoc-huy.png" alt="Quốc huy"></a></div>
<div class="col-md-8 col-sm-10 col-xs-9 site-name"><h2>SỞ GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN</h2></div>
<div class="col-md-3 hidden-sm hidden-xs">
<form class="search-form" action="/tim-kiem.html" method="get">
<div class="input-group">
<input type="text" name="keyword" class="form-control" placeholder="Tìm kiếm tin tức...">
<span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="fa fa-search"></i></button></span>
</div>
</form>
</div>
</div>
</div>
</div>
<nav class="main-nav navbar navbar-default" role="navigation">
<div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-menu" aria-expanded="false"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
</div>
<div class="collapse navbar-collapse" id="main-menu">
<ul class="nav navbar-nav">
{nav_html()}
</ul>
</div>
</div>
</nav>
<div id="mobile-menu" class="visible-xs" style="display:none">
<ul class="mobile-nav">
{nav_html(mobile=True)}
</ul>
</div>
</header>
<div class="marquee-bar">
<div class="container">
<span class="label-marquee">Thông báo:</span>
<marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">
<a href="{a(art_url(BY_FILE['article-05']))}">{e(BY_FILE['article-05']['title'])}</a> &nbsp;|&nbsp;
<a href="{a(art_url(BY_FILE['article-11']))}">{e(BY_FILE['article-11']['title'])}</a>
</marquee>
</div>
</div>
"""


MOST_READ = ["article-05", "article-11", "article-04", "article-09", "article-03", "article-08"]

SCHEDULE = [
    ("Thứ Hai", "11/03/2024", [("07h30", "Giám đốc Sở chủ trì giao ban lãnh đạo Sở. Địa điểm: Phòng họp số 1."),
                               ("14h00", "Phó Giám đốc Lê Văn Quang kiểm tra dự án ĐT.647 tại huyện Sơn Hòa.")]),
    ("Thứ Ba", "12/03/2024", [("08h00", "Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 3."),
                              ("14h00", "Phó Giám đốc Nguyễn Thị Lan làm việc với Trung tâm Đăng kiểm xe cơ giới.")]),
    ("Thứ Tư", "13/03/2024", [("07h30", "Lãnh đạo Sở tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh.")]),
    ("Thứ Năm", "14/03/2024", [("08h00", "Giám đốc Sở dự hội nghị trực tuyến của Bộ Giao thông vận tải."),
                               ("15h00", "Họp Hội đồng thẩm định hồ sơ dự án cải tạo nút giao Quốc lộ 1.")]),
    ("Thứ Sáu", "15/03/2024", [("08h30", "Giám đốc Sở làm việc với UBND thị xã Sông Cầu về quy hoạch bến xe.")]),
]

DOCS = [
    ("215/TB-SGTVT", "26/02/2024", "Thông báo tuyển dụng viên chức năm 2024"),
    ("198/QĐ-SGTVT", "20/02/2024", "Quyết định giao chỉ tiêu kế hoạch năm 2024 cho các đơn vị trực thuộc"),
    ("412/SGTVT-QLVT", "05/02/2024", "Về việc tăng cường phương tiện phục vụ Tết Nguyên đán"),
    ("05/2024/QĐ-UBND", "31/01/2024", "Quy định phân cấp quản lý đường đô thị trên địa bàn tỉnh"),
    ("112/UBND-KGVX", "10/01/2024", "Về việc nghỉ Tết Nguyên đán Giáp Thìn năm 2024"),
    ("3187/KH-SGTVT", "28/12/2023", "Kế hoạch cải cách hành chính năm 2024"),
]

LINKS = {
    "Chính phủ - Bộ, ngành": ["Cổng thông tin điện tử Chính phủ", "Bộ Giao thông vận tải", "Cục Đường bộ Việt Nam",
                              "Cục Đăng kiểm Việt Nam", "Cục Đường thủy nội địa Việt Nam", "Cục Đường sắt Việt Nam",
                              "Cục Hàng không Việt Nam", "Ủy ban An toàn giao thông quốc gia", "Bộ Kế hoạch và Đầu tư",
                              "Bộ Tài chính", "Bộ Xây dựng", "Bộ Công an", "Bộ Nội vụ", "Bộ Tư pháp",
                              "Bộ Thông tin và Truyền thông", "Bộ Tài nguyên và Môi trường"],
    "Tỉnh ủy - UBND tỉnh": ["Cổng thông tin điện tử tỉnh Phú Yên", "Tỉnh ủy Phú Yên", "Đoàn ĐBQH và HĐND tỉnh",
                            "Văn phòng UBND tỉnh", "Báo Phú Yên", "Đài Phát thanh và Truyền hình Phú Yên"],
    "Sở, ban, ngành": ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương",
                       "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Tư pháp",
                       "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo", "Sở Y tế",
                       "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội",
                       "Sở Khoa học và Công nghệ", "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Dân tộc",
                       "Ban Quản lý Khu kinh tế"],
    "UBND huyện, thị xã, thành phố": ["UBND thành phố Tuy Hòa", "UBND thị xã Sông Cầu", "UBND thị xã Đông Hòa",
                                      "UBND huyện Tuy An", "UBND huyện Đồng Xuân", "UBND huyện Sơn Hòa",
                                      "UBND huyện Sông Hinh", "UBND huyện Tây Hòa", "UBND huyện Phú Hòa"],
}


def sidebar():
    mr = []
    for f in MOST_READ:
        x = BY_FILE[f]
        mr.append(f'<li><a href="{a(art_url(x))}"><img src="{a(thumb(x))}" alt="{a(x["title"])}"></a>'
                  f'<a class="title" href="{a(art_url(x))}">{e(x["title"])}</a></li>')
    mr.append(f'<li><a href="{a(SOFT404_URL)}"><img src="/uploads/news/thumb/2022/03/hop-ban-chi-dao-atgt.jpg" alt=""></a>'
              f'<a class="title" href="{a(SOFT404_URL)}">Họp Ban chỉ đạo an toàn giao thông năm 2022</a></li>')
    sched = []
    for day, d, items in SCHEDULE:
        sched.append(f'<div class="day">{e(day)}, {d}</div><ul class="list-unstyled">')
        for t, s in items:
            sched.append(f'<li><span class="time">{t}:</span> {e(s)}</li>')
        sched.append("</ul>")
    docs = "\n".join(f'<li><a href="/van-ban/{slugify(n)}.html" title="{a(t)}"><strong>{e(n)}</strong></a>'
                     f' <span class="date">({d})</span><br>{e(t)}</li>' for n, d, t in DOCS)
    selects = []
    for group, names in LINKS.items():
        opts = "\n".join(f'<option value="https://{slugify(n)[:24].replace("-", "")}.gov.vn">{e(n)}</option>' for n in names)
        selects.append(f'<select class="form-control input-sm" onchange="if(this.value)window.open(this.value)">\n'
                       f'<option value="">-- {e(group)} --</option>\n{opts}\n</select>')
    albums = [("Khánh thành cầu Bàn Thạch", "khanh-thanh-cau-ban-thach", 2023),
              ("Ra quân bảo đảm an toàn giao thông năm 2024", "ra-quan-atgt-2024", 2024),
              ("Hội thi lái xe an toàn, tiết kiệm", "hoi-thi-lai-xe-an-toan", 2023),
              ("Tuyến đường ven biển Tuy Hòa - Sông Cầu", "duong-ven-bien-tuy-hoa-song-cau", 2023),
              ("Hội nghị tổng kết ngành giao thông vận tải năm 2023", "tong-ket-nganh-2023", 2024),
              ("Diễn tập ứng phó sự cố trên đường thủy nội địa", "dien-tap-duong-thuy", 2023)]
    album = ('<div class="box-widget album"><h3 class="widget-title"><i class="fa fa-camera"></i> Thư viện ảnh</h3>\n'
             '<div class="widget-body"><div class="row">\n'
             + "\n".join(f'<div class="col-xs-6 album-item"><a href="/thu-vien-anh/{s_}.html" title="{a(t)}">'
                          f'<img src="/uploads/album/{y}/{s_}/cover.jpg" alt="{a(t)}" class="img-responsive"></a>'
                          f'<p><a href="/thu-vien-anh/{s_}.html">{e(t)}</a></p></div>' for t, s_, y in albums)
             + '\n</div><a class="more" href="/thu-vien-anh.html">Xem tất cả album</a></div></div>')
    kw = ["đăng kiểm", "giấy phép lái xe", "an toàn giao thông", "phân luồng", "tuyển dụng", "bến xe"]
    kws = " ".join(f'<a class="tag" href="/tim-kiem.html?keyword={a(slugify(k).replace("-", "+"))}">{e(k)}</a>' for k in kw)
    return f"""<aside class="col-md-4 col-sm-12 sidebar">
<div class="box-widget banner-right">
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/uploads/banner/cong-dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" class="img-responsive"></a>
<a href="https://dichvucong.phuyen.gov.vn" target="_blank" rel="noopener"><img src="/uploads/banner/dich-vu-cong-phu-yen.png" alt="Hệ thống thông tin giải quyết TTHC tỉnh" class="img-responsive"></a>
<a href="http://www.csgt.vn/tra-cuu-phuong-tien-vi-pham.html" target="_blank" rel="noopener"><img src="/uploads/banner/tra-cuu-phat-nguoi.png" alt="Tra cứu phạt nguội" class="img-responsive"></a>
<a href="/thu-tuc-hanh-chinh/tra-cuu-ho-so.html"><img src="/uploads/banner/tra-cuu-ho-so.png" alt="Tra cứu hồ sơ" class="img-responsive"></a>
</div>
<div class="box-widget">
<h3 class="widget-title"><i class="fa fa-fire"></i> Tin xem nhiều</h3>
<div class="widget-body"><ul class="list-unstyled list-news-mini">
{chr(10).join(mr)}
</ul></div>
</div>
<div class="box-widget lich-cong-tac">
<h3 class="widget-title"><i class="fa fa-calendar"></i> Lịch công tác</h3>
<div class="widget-body">
<div class="week-nav"><a href="/lich-cong-tac.html?week=10&amp;year=2024">&laquo; Tuần trước</a> | <strong>Tuần 11 (11/03 - 15/03/2024)</strong> | <a href="/lich-cong-tac.html?week=12&amp;year=2024">Tuần sau &raquo;</a></div>
{chr(10).join(sched)}
<a class="more" href="/lich-cong-tac.html">Xem toàn bộ lịch công tác</a>
</div>
</div>
<div class="box-widget">
<h3 class="widget-title"><i class="fa fa-file-text-o"></i> Văn bản mới</h3>
<div class="widget-body"><ul class="list-unstyled list-docs">
{docs}
</ul></div>
</div>
<div class="box-widget">
<h3 class="widget-title"><i class="fa fa-tags"></i> Từ khóa tìm kiếm nhiều</h3>
<div class="widget-body tags">{kws}</div>
</div>
<div class="box-widget poll">
<h3 class="widget-title"><i class="fa fa-bar-chart"></i> Thăm dò ý kiến</h3>
<div class="widget-body">
<form action="/ajax/poll.php" method="post" id="frmPoll">
<p>Ông/bà đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Sở Giao thông vận tải?</p>
<div class="radio"><label><input type="radio" name="answer" value="1"> Rất hài lòng</label></div>
<div class="radio"><label><input type="radio" name="answer" value="2"> Hài lòng</label></div>
<div class="radio"><label><input type="radio" name="answer" value="3"> Bình thường</label></div>
<div class="radio"><label><input type="radio" name="answer" value="4"> Chưa hài lòng</label></div>
<input type="hidden" name="poll_id" value="7">
<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button> <a href="/ajax/poll.php?view=7" class="btn btn-default btn-sm">Xem kết quả</a>
</form>
</div>
</div>
<div class="box-widget hotline">
<h3 class="widget-title"><i class="fa fa-phone"></i> Đường dây nóng</h3>
<div class="widget-body">
<p><strong>Tiếp nhận phản ánh về thủ tục hành chính:</strong><br>0257.3 818 088</p>
<p><strong>Thanh tra giao thông:</strong><br>0257.3 821 567 - 0914 556 120</p>
<p><strong>Phản ánh về chất lượng công trình giao thông:</strong><br>0257.3 842 322</p>
<p><strong>Trung tâm Đăng kiểm xe cơ giới:</strong><br>0257.3 823 456</p>
</div>
</div>
{album}
<div class="box-widget">
<h3 class="widget-title"><i class="fa fa-link"></i> Liên kết website</h3>
<div class="widget-body links">
{chr(10).join(selects)}
</div>
</div>
<div class="box-widget counter">
<h3 class="widget-title"><i class="fa fa-users"></i> Thống kê truy cập</h3>
<div class="widget-body"><table class="table-condensed" style="width:100%">
<tr><td>Đang trực tuyến:</td><td class="num" id="cnt-online">37</td></tr>
<tr><td>Hôm nay:</td><td class="num">1.204</td></tr>
<tr><td>Hôm qua:</td><td class="num">1.587</td></tr>
<tr><td>Tháng này:</td><td class="num">18.340</td></tr>
<tr><td>Tổng lượt truy cập:</td><td class="num">2.416.905</td></tr>
</table></div>
</div>
</aside>
"""


def footer():
    return f"""<footer id="footer">
<div class="container">
<div class="row">
<div class="col-md-8 col-sm-12">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN</strong></p>
<p>Cơ quan chủ quản: Sở Giao thông vận tải tỉnh Phú Yên<br>
Chịu trách nhiệm chính: Ông Phạm Ngọc Sơn - Giám đốc Sở<br>
Địa chỉ: Số 14 đường Trần Hưng Đạo, phường 1, thành phố Tuy Hòa, tỉnh Phú Yên<br>
Điện thoại: 0257.3 842 155 - Fax: 0257.3 842 156 - Email: sgtvt@phuyen.gov.vn<br>
Giấy phép số 05/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 14/5/2019.</p>
<p><em>Ghi rõ nguồn “Cổng thông tin điện tử Sở Giao thông vận tải Phú Yên” khi phát hành lại thông tin từ website này.</em></p>
</div>
<div class="col-md-4 col-sm-12 text-right">
<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/sgtvtphuyengovvn" title="Chứng nhận Tín Nhiệm Mạng" target="_blank" rel="noopener"><img src="https://tinnhiemmang.vn/handle_cert?id=sgtvt.phuyen.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng"></a>
<p class="designer">Thiết kế bởi <a href="https://hoaansoft.vn" target="_blank" rel="noopener">Hòa An Software</a></p>
<p class="copyright">&copy; 2019 - 2024 Bản quyền thuộc Sở Giao thông vận tải tỉnh Phú Yên</p>
</div>
</div>
</div>
</footer>
<a href="#" id="back-to-top" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="/templates/default/js/jquery-1.12.4.min.js"></script>
<script src="/templates/default/js/bootstrap.min.js"></script>
<script src="/templates/default/plugins/bxslider/jquery.bxslider.min.js"></script>
<script src="/templates/default/js/bootstrap-hover-dropdown.min.js"></script>
<script src="/templates/default/js/main.js?v=20231108"></script>
<script type="text/javascript">
var HAS = HAS || {{}};
HAS.baseUrl = '{HOST}';
HAS.lang = 'vi';
$(function () {{
    if ($('.bxslider').length) {{
        $('.bxslider').bxSlider({{ mode: 'fade', auto: true, pause: 5000, speed: 600, captions: true, pager: true, controls: false, adaptiveHeight: true }});
    }}
    if ($('.partner-slider').length) {{
        $('.partner-slider').bxSlider({{ minSlides: 2, maxSlides: 5, slideWidth: 200, slideMargin: 10, auto: true, pager: false }});
    }}
    $(window).scroll(function () {{
        if ($(this).scrollTop() > 300) {{ $('#back-to-top').fadeIn(); }} else {{ $('#back-to-top').fadeOut(); }}
    }});
    $('#back-to-top').click(function () {{ $('html, body').animate({{ scrollTop: 0 }}, 500); return false; }});
    $('.navbar-toggle').click(function () {{ $('#mobile-menu').slideToggle(200); }});
    $('.font-size a').click(function () {{
        var el = $('.post-content, .post-detail .desc'), size = parseInt(el.css('font-size'), 10);
        if ($(this).hasClass('up')) {{ size = Math.min(size + 1, 22); }} else if ($(this).hasClass('down')) {{ size = Math.max(size - 1, 12); }} else {{ size = 15; }}
        el.css('font-size', size + 'px'); return false;
    }});
    $('#frmPoll').submit(function () {{
        var v = $('input[name=answer]:checked', this).val();
        if (!v) {{ alert('Vui lòng chọn một phương án!'); return false; }}
        $.post('/ajax/poll.php', $(this).serialize(), function (r) {{ alert(r.message); }}, 'json');
        return false;
    }});
    $.post('/ajax/counter.php', {{ act: 'online' }}, function (r) {{ if (r && r.online) {{ $('#cnt-online').text(r.online); }} }}, 'json');
}});
</script>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
</body>
</html>
"""


def partners():
    names = ["Bộ Giao thông vận tải", "Cục Đường bộ Việt Nam", "Cục Đăng kiểm Việt Nam", "Ủy ban An toàn giao thông quốc gia",
             "Cổng Dịch vụ công quốc gia", "Cổng thông tin điện tử tỉnh Phú Yên", "Báo Phú Yên", "Đài PT-TH Phú Yên"]
    items = "\n".join(f'<li><a href="https://{slugify(n).replace("-", "")[:20]}.gov.vn" target="_blank" rel="noopener" title="{a(n)}">'
                      f'<img src="/uploads/partner/{slugify(n)}.png" alt="{a(n)}"></a></li>' for n in names)
    return f"""<div class="partner-bar"><div class="container"><ul class="partner-slider list-unstyled">
{items}
</ul></div></div>
"""


def page(title, desc, canonical, main, og_image=None, breadcrumb=None):
    bc = ""
    if breadcrumb:
        parts = ['<li><a href="/">Trang chủ</a></li>']
        for i, (n, h) in enumerate(breadcrumb):
            if i == len(breadcrumb) - 1:
                parts.append(f'<li class="active"><a href="{a(h)}">{e(n)}</a></li>')
            else:
                parts.append(f'<li><a href="{a(h)}">{e(n)}</a></li>')
        bc = f'<ol class="breadcrumb">\n{chr(10).join(parts)}\n</ol>\n'
    return (head(title, desc, canonical, og_image) + header() +
            f'<div id="main" class="container">\n{bc}<div class="row">\n'
            f'<div class="col-md-8 col-sm-12 main-content">\n{main}\n</div>\n{sidebar()}</div>\n</div>\n'
            + partners() + footer())


# --------------------------------------------------------------------------- article pages

def fmt_date(x):
    kind, d = x["date"]
    if kind == "dangluc":
        s = f'<span class="date">{ICON["clock"]} Đăng lúc: {d:%H:%M %d/%m/%Y}</span>'
        label = "Đăng lúc"
    elif kind == "dot":
        s = f'<span class="date">{ICON["clock"]} {d:%d.%m.%Y}</span>'
        label = None
    else:
        s = f'<span class="date">{ICON["clock"]} {WEEKDAY_NUM[d.weekday()]}, {d:%d/%m/%Y | %H:%M}</span>'
        label = None
    if x.get("upd"):
        s += f' <span class="updated">| Cập nhật lúc: {x["upd"]:%H:%M %d/%m/%Y}</span>'
    return s, label


def render_body(x):
    base = img_dir(x)
    out, text, images = [], [], []
    if x.get("h2dup"):
        out.append(f'<h2 style="text-align: center;"><strong>{e(x["title"])}</strong></h2>')
    if x.get("lead") and x["lead"][0] == "bold":
        pre = (x["lead"][1] + " ") if x["lead"][1] else ""
        out.append(f'<p><strong>{e(pre + x["lead"][2])}</strong></p>')
    for b in x["body"]:
        t = b[0]
        if t == "p":
            out.append(f"<p>{e(b[1])}</p>")
            text.append(b[1])
        elif t == "fig":
            src, cap, cred = base + b[1], b[2], b[3]
            capt = e(cap) + (f" <em>({e(cred)})</em>" if cred else "")
            out.append(f'<figure class="image"><img alt="{a(cap)}" src="{a(src)}" width="800" height="533">'
                       f"<figcaption>{capt}</figcaption></figure>")
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
        elif t == "capp":
            src, cap = base + b[1], b[2]
            out.append(f'<p style="text-align: center;"><img alt="" src="{a(src)}" style="width: 700px; height: 466px;"></p>')
            out.append(f'<p class="image-caption"><em>{e(cap)}</em></p>')
            images.append({"src": HOST + src, "caption": cap, "credit": None})
        elif t == "tbimg":
            src, cap, cred = base + b[1], b[2], b[3]
            capt = e(cap) + (f" ({e(cred)})" if cred else "")
            out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-image" style="width: 100%;">'
                       f'<tbody><tr><td style="text-align: center;"><img alt="" src="{a(src)}" style="width: 100%;"><br>'
                       f"<em>{capt}</em></td></tr></tbody></table>")
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
        elif t == "img":
            src = base + b[1]
            out.append(f'<p style="text-align: center;"><img alt="ảnh minh họa" src="{a(src)}" width="760" height="507"></p>')
            images.append({"src": HOST + src, "caption": None, "credit": None})
        elif t == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cells = "".join(f'<td style="text-align: center;"><strong>{e(c)}</strong></td>' if i == 0 else
                                f"<td>{e(c)}</td>" for c in r)
                rows.append(f"<tr>{cells}</tr>")
                text.append(" | ".join(r))
            out.append('<table border="1" cellpadding="0" cellspacing="0" class="tbl-data">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>\n" + "\n".join(f"<li>{e(i)}</li>" for i in b[1]) + f"\n</{t}>")
            text.extend(b[1])
        elif t == "related":
            lis = []
            for r in b[1]:
                if isinstance(r, str):
                    y = BY_FILE[r]
                    lis.append(f'<li><a href="{a(art_url(y))}">{e(y["title"])}</a> <span class="date">({dmy(y["date"][1])})</span></li>')
                else:
                    lis.append(f'<li><a href="{a(r[1])}">{e(r[0])}</a> <span class="date">(15/11/2023)</span></li>')
            out.append('<div class="tin-lien-quan"><p><strong>Tin liên quan:</strong></p><ul>\n' + "\n".join(lis) + "\n</ul></div>")
    if x.get("brlines"):
        lines = [e(s) for s in x["brlines"]]
        sig = f"<b>{e(x['sig'][1])}</b>"
        out.append('<div style="text-align: justify;">' + "<br>\n".join(lines + [sig]) + "</div>")
        text.extend(x["brlines"])
    else:
        kind, s = x["sig"]
        if kind == "right_strong":
            out.append(f'<p style="text-align: right;"><strong>{e(s)}</strong></p>')
        else:
            out.append(f'<p style="text-align: right;"><em>{e(s)}</em></p>')
    if x.get("attach"):
        lis = "\n".join(f'<li><i class="fa fa-paperclip"></i> <a href="{a(h)}" target="_blank">{e(n)}</a> <span class="size">({s})</span></li>'
                        for n, h, s in x["attach"])
        out.append(f'<div class="attachments"><p><strong>Tài liệu đính kèm:</strong></p>\n<ul class="attach-list list-unstyled">\n{lis}\n</ul></div>')
    return "\n".join(out), text, images


def related_block(x):
    same = [y for y in ARTICLES if y["cat"] == x["cat"] and y is not x]
    items = [(y["title"], art_url(y), thumb(y), dmy(y["date"][1])) for y in same]
    for t, i, d in OLDER[x["cat"]]:
        items.append((t, older_url(x["cat"], t, i), f"/uploads/news/thumb/{d[6:]}/{d[3:5]}/{slugify(t)[:40]}.jpg", d))
    items = items[:6]
    cells = []
    for t, u, th, d in items:
        cells.append(f'<div class="col-md-4 col-sm-4 col-xs-6 item"><a href="{a(u)}"><img src="{a(th)}" alt="{a(t)}"></a>'
                     f'<h4><a href="{a(u)}">{e(t)}</a></h4><span class="date">{ICON["clock"]} {d}</span></div>')
    return ('<div class="related-posts box-widget"><h3 class="widget-title">Bài viết cùng chuyên mục</h3>\n'
            '<div class="widget-body"><div class="row">\n' + "\n".join(cells) + "\n</div></div></div>")


def article_page(x):
    c = CATS[x["cat"]]
    url = art_url(x)
    body_html, text, images = render_body(x)
    date_html, label = fmt_date(x)
    desc_html = ""
    lead = prefix = None
    if x.get("lead"):
        style, prefix, lead = x["lead"]
        if style == "desc":
            desc_html = f'<div class="desc">{e(((prefix + " ") if prefix else "") + lead)}</div>\n'
    share_u = html.escape(HOST + url, quote=True)
    share = f"""<div class="share-bar clearfix">
<span class="share-label">Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" rel="noopener" title="Chia sẻ Facebook">{ICON['fb']}</a>
<a class="share-tw" href="https://twitter.com/intent/tweet?url={share_u}" target="_blank" rel="noopener" title="Chia sẻ Twitter">{ICON['tw']}</a>
<div class="zalo-share-button" data-href="{share_u}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="false"></div>
<a class="share-mail" href="mailto:?subject={a(x['title'])}&amp;body={share_u}" title="Gửi email">{ICON['mail']}</a>
<a class="share-print" href="javascript:window.print();" title="In bài viết">{ICON['print']}</a>
<span class="font-size pull-right">Cỡ chữ: <a href="#" class="down">A-</a> <a href="#" class="reset">A</a> <a href="#" class="up">A+</a></span>
</div>"""
    tags = ", ".join(f'<a href="/tag/{slugify(t)}.html">{e(t)}</a>' for t in x.get("tags", []))
    main = f"""<article class="post-detail" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="post-title" itemprop="headline">{e(x['title'])}</h1>
<div class="post-info">{date_html} <span class="views">{ICON['eye']} Lượt xem: {x['views']:,}</span></div>
{share}
{desc_html}<div class="post-content" itemprop="articleBody">
{body_html}
</div>
<div class="post-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
{share.replace('share-bar clearfix', 'share-bar share-bottom clearfix')}
<div class="post-nav"><a href="javascript:history.back()">&laquo; Quay lại</a> | <a href="javascript:window.print()">In trang</a> | <a href="#" id="back-top-link">Về đầu trang</a></div>
</article>
{related_block(x)}"""
    main = main.replace(f"{x['views']:,}", f"{x['views']:,}".replace(",", "."))
    bc = ([(c["parent"], "/tin-tuc-su-kien-c1.html")] if c["parent"] else []) + [(c["name"], cat_url(x["cat"]))]
    og = images[0]["src"][len(HOST):] if images else None
    doc = page(f"{x['title']} | Sở GTVT Phú Yên", excerpt(x), url, main, og, bc)
    d = x["date"][1]
    expected = {
        "title": x["title"],
        "agency_prefix": prefix,
        "lead": lead,
        "text": "\n\n".join(text),
        "published_at": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        "updated_at": x["upd"].strftime("%Y-%m-%dT%H:%M:%S+07:00") if x.get("upd") else None,
        "date_label": label,
        "authors": x["authors"],
        "unit": x["unit"],
        "images": images,
        "category": c["name"],
    }
    return url, doc, expected


# --------------------------------------------------------------------------- non-article pages

def listing_items(items):
    out = []
    for x in items:
        out.append(f"""<div class="news-item row">
<div class="col-sm-4 col-xs-5"><a href="{a(art_url(x))}" class="thumb"><img src="{a(thumb(x))}" alt="{a(x['title'])}" class="img-responsive"></a></div>
<div class="col-sm-8 col-xs-7">
<h3 class="news-title"><a href="{a(art_url(x))}">{e(x['title'])}</a></h3>
<p class="date">{ICON['clock']} {dmy(x['date'][1])}</p>
<p class="sapo hidden-xs">{e(excerpt(x))}</p>
</div>
</div>""")
    return "\n".join(out)


def pagination(key, cur, total):
    lis = []
    if cur > 1:
        prev = cat_url(key) if cur == 2 else cat_url(key, cur - 1)
        lis.append(f'<li><a href="{a(prev)}">&laquo;</a></li>')
    for p in range(1, total + 1):
        if p == cur:
            lis.append(f'<li class="active"><span>{p}</span></li>')
        else:
            lis.append(f'<li><a href="{a(cat_url(key) if p == 1 else cat_url(key, p))}">{p}</a></li>')
    if cur < total:
        lis.append(f'<li><a href="{a(cat_url(key, cur + 1))}">&raquo;</a></li>')
    return '<nav class="text-center"><ul class="pagination">' + "".join(lis) + "</ul></nav>"


def listing_page(key, pageno, per=4):
    c = CATS[key]
    arts = [x for x in ARTICLES if x["cat"] == key]
    total = (len(arts) + per - 1) // per
    chunk = arts[(pageno - 1) * per: pageno * per]
    main = (f'<div class="box-category"><h1 class="category-title">{e(c["name"])}</h1>\n'
            f'<div class="list-news">\n{listing_items(chunk)}\n</div>\n'
            + (pagination(key, pageno, total) if total > 1 else "") + "</div>")
    url = cat_url(key, pageno if pageno > 1 else None)
    bc = ([(c["parent"], "/tin-tuc-su-kien-c1.html")] if c["parent"] else []) + [(c["name"], cat_url(key))]
    title = c["name"] + (f" - Trang {pageno}" if pageno > 1 else "")
    return url, page(f"{title} | Sở GTVT Phú Yên", f"Danh sách tin bài chuyên mục {c['name']}", url, main, None, bc)


def home_page():
    feat = [BY_FILE[f] for f in ("article-01", "article-03", "article-09", "article-11")]
    slides = "\n".join(f'<li><a href="{a(art_url(x))}"><img src="{a(img_dir(x) + "slide-" + str(x["id"]) + ".jpg")}" title="{a(x["title"])}" alt="{a(x["title"])}"></a></li>'
                       for x in feat)

    def block(key, n=5):
        c = CATS[key]
        arts = [x for x in ARTICLES if x["cat"] == key]
        first, rest = arts[0], arts[1:n]
        more = "\n".join(f'<li><a href="{a(art_url(x))}">{e(x["title"])}</a> <span class="date">({dmy(x["date"][1])})</span></li>' for x in rest)
        olds = "\n".join(f'<li><a href="{a(older_url(key, t, i))}">{e(t)}</a> <span class="date">({d})</span></li>' for t, i, d in OLDER[key][:2])
        return f"""<div class="box-home box-widget">
<h2 class="widget-title"><a href="{a(cat_url(key))}">{e(c['name'])}</a></h2>
<div class="widget-body"><div class="row">
<div class="col-sm-6 hot"><a href="{a(art_url(first))}"><img src="{a(thumb(first))}" class="img-responsive" alt="{a(first['title'])}"></a>
<h3><a href="{a(art_url(first))}">{e(first['title'])}</a></h3><p class="date">{dmy(first['date'][1])}</p><p>{e(excerpt(first))}</p></div>
<div class="col-sm-6"><ul class="list-news-other">
{more}
{olds}
</ul></div>
</div><a class="view-more" href="{a(cat_url(key))}">Xem thêm &raquo;</a></div>
</div>"""

    thd = [x for x in ARTICLES if x["cat"] == "thd"]
    main = f"""<div class="home-slider box-widget"><ul class="bxslider">
{slides}
</ul></div>
<div class="box-home box-widget">
<h2 class="widget-title"><a href="{a(cat_url('thd'))}">Tin hoạt động</a></h2>
<div class="widget-body">{listing_items(thd)}
<a class="view-more" href="{a(cat_url('thd'))}">Xem thêm &raquo;</a></div>
</div>
{block('atgt')}
{block('tb')}
{block('cchc')}
<div class="box-home box-widget video-box">
<h2 class="widget-title"><a href="/video.html">Video</a></h2>
<div class="widget-body"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/videoseries?list=PLpyGTVT2024" allowfullscreen></iframe></div>
<p>Phóng sự: Ngành giao thông vận tải Phú Yên năm 2023</p></div>
</div>"""
    return "/", page("Cổng thông tin điện tử Sở Giao thông vận tải tỉnh Phú Yên", "Cổng thông tin điện tử Sở Giao thông vận tải tỉnh Phú Yên", "/", main)


def static_page():
    ol = ["Trình UBND tỉnh dự thảo quyết định, chỉ thị và các văn bản khác thuộc phạm vi quản lý nhà nước về giao thông vận tải.",
          "Trình UBND tỉnh dự thảo quy hoạch, kế hoạch dài hạn, trung hạn và hằng năm về phát triển giao thông vận tải trên địa bàn tỉnh.",
          "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, đề án, dự án, tiêu chuẩn, quy chuẩn kỹ thuật sau khi được phê duyệt.",
          "Quản lý, bảo trì hệ thống đường tỉnh và các tuyến quốc lộ được ủy thác; tổ chức giao thông trên các tuyến do Sở quản lý.",
          "Quản lý hoạt động vận tải, đăng kiểm phương tiện, đào tạo, sát hạch và cấp giấy phép lái xe theo quy định.",
          "Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và xử lý vi phạm trong lĩnh vực giao thông vận tải theo thẩm quyền.",
          "Thực hiện công tác thông tin, báo cáo định kỳ và đột xuất về tình hình thực hiện nhiệm vụ được giao."]
    main = f"""<div class="static-page box-widget"><div class="widget-body">
<h1 class="page-title">Chức năng, nhiệm vụ</h1>
<p><strong>1. Vị trí và chức năng</strong></p>
<p>Sở Giao thông vận tải là cơ quan chuyên môn thuộc UBND tỉnh Phú Yên, thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về đường bộ, đường thủy nội địa, đường sắt, hàng hải và vận tải trên địa bàn tỉnh; thực hiện các dịch vụ công thuộc phạm vi quản lý của Sở theo quy định của pháp luật.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giao thông vận tải.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<ol>
{chr(10).join('<li>' + e(s) + '</li>' for s in ol)}
</ol>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p>Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. Các phòng chuyên môn gồm: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Quản lý kết cấu hạ tầng giao thông, Phòng Quản lý vận tải, phương tiện và người lái. Đơn vị sự nghiệp trực thuộc gồm Trung tâm Đăng kiểm xe cơ giới và Ban Quản lý bảo trì đường bộ.</p>
</div></div>"""
    url = "/gioi-thieu/chuc-nang-nhiem-vu.html"
    return url, page("Chức năng, nhiệm vụ | Sở GTVT Phú Yên", "Chức năng, nhiệm vụ của Sở Giao thông vận tải tỉnh Phú Yên", url, main, None,
                     [("Giới thiệu", "/gioi-thieu.html"), ("Chức năng, nhiệm vụ", url)])


def contact_page():
    rows = [("Văn phòng Sở", "Chánh Văn phòng", "0257.3 842 155", "vanphong.sgtvt@phuyen.gov.vn"),
            ("Thanh tra Sở", "Chánh Thanh tra", "0257.3 821 567", "thanhtra.sgtvt@phuyen.gov.vn"),
            ("Phòng Kế hoạch - Tài chính", "Trưởng phòng", "0257.3 842 310", "khtc.sgtvt@phuyen.gov.vn"),
            ("Phòng Quản lý kết cấu hạ tầng giao thông", "Trưởng phòng", "0257.3 842 322", "kchtgt.sgtvt@phuyen.gov.vn"),
            ("Phòng Quản lý vận tải, phương tiện và người lái", "Trưởng phòng", "0257.3 842 333", "qlvt.sgtvt@phuyen.gov.vn"),
            ("Trung tâm Đăng kiểm xe cơ giới", "Giám đốc Trung tâm", "0257.3 823 456", "dangkiem@phuyen.gov.vn"),
            ("Bộ phận một cửa tại Trung tâm PVHCC tỉnh", "Tổ trưởng", "0257.3 818 088", "motcua.sgtvt@phuyen.gov.vn")]
    trs = "\n".join(f"<tr><td>{e(a_)}</td><td>{e(b)}</td><td>{c}</td><td><a href=\"mailto:{d}\">{d}</a></td></tr>" for a_, b, c, d in rows)
    main = f"""<div class="contact-page box-widget"><div class="widget-body">
<h1 class="page-title">Liên hệ</h1>
<p><strong>SỞ GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN</strong><br>Địa chỉ: Số 14 đường Trần Hưng Đạo, phường 1, thành phố Tuy Hòa, tỉnh Phú Yên<br>Điện thoại: 0257.3 842 155 - Fax: 0257.3 842 156<br>Email: sgtvt@phuyen.gov.vn</p>
<h2 class="sub-title">Danh bạ điện thoại</h2>
<table class="table table-bordered table-striped">
<thead><tr><th>Đơn vị</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>
<h2 class="sub-title">Gửi liên hệ</h2>
<form action="/lien-he.html" method="post" class="form-horizontal">
<div class="form-group"><label class="col-sm-3 control-label">Họ và tên (*)</label><div class="col-sm-9"><input type="text" name="fullname" class="form-control" required></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Email (*)</label><div class="col-sm-9"><input type="email" name="email" class="form-control" required></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Tiêu đề</label><div class="col-sm-9"><input type="text" name="subject" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Nội dung (*)</label><div class="col-sm-9"><textarea name="content" rows="5" class="form-control" required></textarea></div></div>
<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div>
</form>
<div class="map embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3898!2d109.3!3d13.09" loading="lazy"></iframe></div>
</div></div>"""
    return "/lien-he.html", page("Liên hệ | Sở GTVT Phú Yên", "Thông tin liên hệ Sở Giao thông vận tải tỉnh Phú Yên", "/lien-he.html", main, None, [("Liên hệ", "/lien-he.html")])


def search_page():
    hits = [BY_FILE[f] for f in ("article-05", "article-07", "article-10", "article-02")]
    main = f"""<div class="search-page box-widget"><div class="widget-body">
<h1 class="page-title">Kết quả tìm kiếm</h1>
<form action="/tim-kiem.html" method="get" class="form-inline search-advanced">
<input type="text" name="keyword" value="dang kiem" class="form-control">
<select name="cat" class="form-control"><option value="">Tất cả chuyên mục</option><option value="2">Tin hoạt động</option><option value="5">Thông báo</option><option value="7">An toàn giao thông</option><option value="9">Cải cách hành chính</option></select>
<button type="submit" class="btn btn-primary">Tìm kiếm</button>
</form>
<p class="search-summary">Tìm thấy <strong>{len(hits)}</strong> kết quả với từ khóa <strong>“dang kiem”</strong></p>
<div class="list-news">
{listing_items(hits)}
</div>
</div></div>"""
    url = "/tim-kiem.html?keyword=dang+kiem"
    return url, page("Tìm kiếm: dang kiem | Sở GTVT Phú Yên", "Kết quả tìm kiếm", url, main, None, [("Tìm kiếm", url)])


def login_page():
    main = """<div class="login-page box-widget"><div class="widget-body">
<h1 class="page-title">Đăng nhập hệ thống</h1>
<form action="/dang-nhap.html" method="post" class="form-horizontal" autocomplete="off">
<input type="hidden" name="token" value="8f2c0d4e1b7a9c36">
<div class="form-group"><label class="col-sm-3 control-label" for="username">Tên đăng nhập</label><div class="col-sm-6"><input type="text" id="username" name="username" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label" for="password">Mật khẩu</label><div class="col-sm-6"><input type="password" id="password" name="password" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label" for="captcha">Mã bảo vệ</label><div class="col-sm-3"><input type="text" id="captcha" name="captcha" class="form-control"></div><div class="col-sm-3"><img src="/captcha.php?rnd=5172" alt="captcha"></div></div>
<div class="form-group"><div class="col-sm-offset-3 col-sm-6"><div class="checkbox"><label><input type="checkbox" name="remember" value="1"> Ghi nhớ đăng nhập</label></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button> <a href="/quen-mat-khau.html">Quên mật khẩu?</a></div></div>
</form>
<p class="help-block">Chức năng dành cho cán bộ quản trị nội dung của Cổng thông tin điện tử Sở.</p>
</div></div>"""
    return "/dang-nhap.html", page("Đăng nhập | Sở GTVT Phú Yên", "Đăng nhập hệ thống quản trị", "/dang-nhap.html", main, None, [("Đăng nhập", "/dang-nhap.html")])


def form_page():
    fields = ["Tài xế, lái xe", "Doanh nghiệp vận tải", "Cơ sở đào tạo lái xe", "Cán bộ, công chức", "Khác"]
    opts = "".join(f"<option>{e(f)}</option>" for f in fields)
    topics = ["Giấy phép lái xe", "Đăng kiểm phương tiện", "Vận tải hành khách, hàng hóa", "Kết cấu hạ tầng giao thông", "Đường thủy nội địa", "Lĩnh vực khác"]
    topts = "".join(f'<option value="{i + 1}">{e(t)}</option>' for i, t in enumerate(topics))
    main = f"""<div class="form-page box-widget"><div class="widget-body">
<h1 class="page-title">Gửi câu hỏi</h1>
<p>Tổ chức, cá nhân có thể gửi câu hỏi về các lĩnh vực thuộc phạm vi quản lý của Sở Giao thông vận tải. Câu hỏi sẽ được chuyển đến phòng chuyên môn trả lời và đăng tải tại mục Hỏi đáp. Các trường có dấu (*) là bắt buộc.</p>
<form action="/hoi-dap/gui-cau-hoi.html" method="post" enctype="multipart/form-data" class="form-horizontal">
<div class="form-group"><label class="col-sm-3 control-label">Họ và tên (*)</label><div class="col-sm-9"><input type="text" name="hoten" class="form-control" required></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Đối tượng</label><div class="col-sm-9"><select name="doituong" class="form-control">{opts}</select></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Địa chỉ</label><div class="col-sm-9"><input type="text" name="diachi" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Điện thoại</label><div class="col-sm-9"><input type="text" name="dienthoai" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Email (*)</label><div class="col-sm-9"><input type="email" name="email" class="form-control" required></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Lĩnh vực</label><div class="col-sm-9"><select name="linhvuc" class="form-control">{topts}</select></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Tiêu đề câu hỏi (*)</label><div class="col-sm-9"><input type="text" name="tieude" class="form-control" required></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Nội dung câu hỏi (*)</label><div class="col-sm-9"><textarea name="noidung" rows="7" class="form-control" required></textarea></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Tệp đính kèm</label><div class="col-sm-9"><input type="file" name="tepdinhkem"><p class="help-block">Định dạng .pdf, .doc, .docx, .jpg; dung lượng tối đa 5 MB.</p></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Mã bảo vệ (*)</label><div class="col-sm-3"><input type="text" name="captcha" class="form-control"></div><div class="col-sm-3"><img src="/captcha.php?rnd=9024" alt="captcha"></div></div>
<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi câu hỏi</button> <button type="reset" class="btn btn-default">Nhập lại</button></div></div>
</form>
</div></div>"""
    url = "/hoi-dap/gui-cau-hoi.html"
    return url, page("Gửi câu hỏi | Sở GTVT Phú Yên", "Gửi câu hỏi đến Sở Giao thông vận tải", url, main, None, [("Hỏi đáp", "/hoi-dap.html"), ("Gửi câu hỏi", url)])


def sitemap_page():
    parts = []
    for name, href, subs in MENU:
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{a(h)}">{e(n)}</a></li>' for n, h in subs) + "</ul>"
        parts.append(f'<li><a href="{a(href)}"><strong>{e(name)}</strong></a>{sub}</li>')
    main = f"""<div class="sitemap-page box-widget"><div class="widget-body">
<h1 class="page-title">Sơ đồ website</h1>
<ul class="sitemap-tree">
<li><a href="/"><strong>Trang chủ</strong></a></li>
{chr(10).join(parts)}
<li><a href="/lich-cong-tac.html"><strong>Lịch công tác</strong></a></li>
<li><a href="/video.html"><strong>Video</strong></a></li>
<li><a href="/rss.html"><strong>RSS</strong></a></li>
</ul>
</div></div>"""
    return "/so-do-website.html", page("Sơ đồ website | Sở GTVT Phú Yên", "Sơ đồ website", "/so-do-website.html", main, None, [("Sơ đồ website", "/so-do-website.html")])


def soft404_page():
    main = """<div class="notfound-page box-widget"><div class="widget-body text-center">
<h1 class="page-title">Không tìm thấy dữ liệu</h1>
<p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống.</p>
<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm để tìm thông tin cần thiết.</p>
<form action="/tim-kiem.html" method="get" class="form-inline"><input type="text" name="keyword" class="form-control" placeholder="Nhập từ khóa..."> <button class="btn btn-primary" type="submit">Tìm kiếm</button></form>
</div></div>"""
    return SOFT404_URL, page("Không tìm thấy dữ liệu | Sở GTVT Phú Yên", "Không tìm thấy dữ liệu", SOFT404_URL, main)


# --------------------------------------------------------------------------- write

def write(name, url, doc, kind, expected=None):
    doc = nfc(doc)
    (OUT / f"{name}.html").write_bytes(doc.encode("utf-8"))
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    for p in OUT.glob("*.html"):
        p.unlink()
    for p in OUT.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    for x in ARTICLES:
        url, doc, exp = article_page(x)
        write(x["file"], url, doc, "article", exp)
    write("home", *home_page(), "listing")
    write("listing-tin-hoat-dong", *listing_page("thd", 1), "listing")
    write("listing-tin-hoat-dong-p2", *listing_page("thd", 2), "listing")
    write("listing-thong-bao", *listing_page("tb", 1), "listing")
    write("static-chuc-nang-nhiem-vu", *static_page(), "static")
    write("contact", *contact_page(), "contact")
    write("search", *search_page(), "search")
    write("login", *login_page(), "login")
    write("form-gui-cau-hoi", *form_page(), "form")
    write("sitemap", *sitemap_page(), "sitemap")
    write("soft404", *soft404_page(), "soft_404")
    site = {"host": HOST, "home": "/", "family": "unknown", "template": "phpcms", "held_out": True}
    (OUT / "site.json").write_text(json.dumps(site, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
