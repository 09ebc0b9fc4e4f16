"""Generator for the `unknown/shortid` variant mini-site.

A small home-grown PHP portal of a commune (Ủy ban nhân dân xã Tân Phước, invented content):
articles at /tin/<id> (short numeric id, nothing else), sections at /chuyen-muc/<id>?page=N,
no RSS, no sitemap.xml, plain HTML5 with neutral class names.

Run:  /work/main/.venv/bin/python tests/variants/unknown/shortid/make.py
Standard library only. Writes <page>.html and <page>.json next to this file.
"""

from __future__ import annotations

import html
import json
import random
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

OUT = Path(__file__).resolve().parent
HOST = "https://tanphuoc.tanhong.dongthap.gov.vn"
SITE = "UBND xã Tân Phước"
TODAY = datetime(2022, 9, 12, 8, 5)
# this portal prints weekdays in sentence case: "Thứ ba", "Chủ nhật"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CATS = {1: "Tin tức - Sự kiện", 3: "Thông báo", 5: "Kinh tế - Nông nghiệp", 6: "Văn hóa - Xã hội"}
PER_PAGE = 5
D = datetime

# blocks: str | ("h", s) | ("img", style, file, caption, credit) style fig|em|paren
#         ("table", rows) | ("ul", items) | ("br", lines) | ("files", [(label, file)])
#         ("sig", "bold"|"nguon", text)
# dfmt:  "s1" "Thứ ba, 25/01/2022 16:22" | "s2" "17:52 | 17/04/2019" | "s3" "Ngày đăng: 03/11/2022"
#        "s4" "Thứ năm, 12/05/2022 09:30 (Cập nhật: 13/05/2022 07:45)"
ARTICLES = [
    dict(
        id=57, cat=1, dfmt="s1", date=D(2022, 1, 25, 16, 22),
        title="UBND xã Tân Phước tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022",
        lead="Chiều ngày 24/01/2022, UBND xã Tân Phước tổ chức hội nghị tổng kết tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2021 và triển khai phương hướng, nhiệm vụ năm 2022.",
        blocks=[
            "Dự hội nghị có đồng chí Phó Chủ tịch UBND huyện Tân Hồng; các đồng chí trong Ban Thường vụ Đảng ủy xã, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam xã, trưởng các ấp và đại diện các ban, ngành, đoàn thể.",
            ("img", "fig", "2022/01/tongket-2021.jpg", "Chủ tịch UBND xã Nguyễn Văn Thắng trình bày báo cáo tổng kết năm 2021", "Ảnh: Ngọc Ánh"),
            "Năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch COVID-19, xã đã đạt và vượt 15/17 chỉ tiêu Nghị quyết HĐND xã đề ra. Một số chỉ tiêu chủ yếu như sau:",
            ("table", [
                ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                ["Tổng diện tích gieo trồng lúa (ha)", "6.850", "6.912"],
                ["Năng suất lúa bình quân (tấn/ha)", "6,8", "7,1"],
                ["Thu nhập bình quân đầu người (triệu đồng)", "52", "53,5"],
                ["Tỷ lệ hộ nghèo (%)", "2,1", "1,86"],
                ["Tỷ lệ tham gia bảo hiểm y tế (%)", "90", "91,3"],
            ]),
            "Công tác cải cách hành chính được quan tâm thực hiện; bộ phận một cửa của xã đã tiếp nhận và giải quyết 2.146 hồ sơ, 100% hồ sơ trả đúng và trước hạn. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; công tác tuyển quân hoàn thành 100% chỉ tiêu.",
            "Năm 2022, xã phấn đấu duy trì các tiêu chí nông thôn mới nâng cao, tập trung phát triển sản xuất lúa chất lượng cao, mở rộng diện tích sen, xoài; đẩy mạnh tiêm vắc xin phòng COVID-19 và phục hồi kinh tế sau dịch.",
            ("sig", "bold", "Văn phòng - Thống kê xã"),
        ],
        authors=[], unit="Văn phòng - Thống kê xã",
    ),
    dict(
        id=58, cat=1, dfmt="s2", date=D(2022, 2, 15, 9, 40),
        title="Xã Tân Phước tiễn 12 thanh niên lên đường nhập ngũ năm 2022",
        lead=None,
        blocks=[
            "Sáng ngày 14/02, tại Hội trường UBND xã, Hội đồng nghĩa vụ quân sự xã Tân Phước tổ chức buổi họp mặt, tặng quà và tiễn 12 thanh niên lên đường thực hiện nghĩa vụ quân sự năm 2022.",
            ("img", "em", "2022/02/giaoquan-2022.jpg", "Lãnh đạo xã tặng quà cho thanh niên lên đường nhập ngũ", "Ảnh: Ban CHQS xã"),
            "Tại buổi họp mặt, đồng chí Bí thư Đảng ủy xã ân cần dặn dò các tân binh nhanh chóng hòa nhập với môi trường quân đội, ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật, xứng đáng với truyền thống quê hương và niềm tin của gia đình.",
            "Đại diện các tân binh, anh Lê Minh Trí (ấp Phước Lộc) bày tỏ niềm tự hào khi được lên đường bảo vệ Tổ quốc và hứa sẽ luôn cố gắng hoàn thành tốt mọi nhiệm vụ được giao.",
            "Dịp này, UBND xã, Ủy ban MTTQ và các đoàn thể đã trao tặng mỗi tân binh một phần quà trị giá 1.000.000 đồng. Được biết, năm nay xã hoàn thành 100% chỉ tiêu giao quân, trong đó có 2 thanh niên có trình độ cao đẳng.",
            ("sig", "nguon", "Ban Chỉ huy Quân sự xã"),
        ],
        authors=[], unit="Ban Chỉ huy Quân sự xã",
    ),
    dict(
        id=61, cat=1, dfmt="s3", date=D(2022, 3, 18),
        title="Kỳ họp thứ tư HĐND xã Tân Phước khóa XII",
        lead="Ngày 17/3, HĐND xã Tân Phước khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư (kỳ họp chuyên đề) để xem xét, quyết định một số nội dung quan trọng thuộc thẩm quyền.",
        blocks=[
            "Tham dự kỳ họp có 24/25 đại biểu HĐND xã, đại diện Thường trực HĐND huyện và các cử tri tiêu biểu của 6 ấp. Tại kỳ họp, các đại biểu đã nghe và thảo luận các nội dung:",
            ("ul", [
                "Tờ trình về việc điều chỉnh kế hoạch đầu tư công năm 2022;",
                "Tờ trình về việc phê chuẩn danh mục công trình xây dựng giao thông nông thôn theo phương thức Nhà nước và Nhân dân cùng làm;",
                "Báo cáo kết quả giám sát việc giải quyết kiến nghị cử tri trước và sau kỳ họp thứ ba.",
            ]),
            "Kỳ họp đã biểu quyết thông qua 3 nghị quyết với tỷ lệ 100% đại biểu có mặt tán thành. Trong đó, danh mục công trình năm 2022 gồm 4 tuyến đường bê tông với tổng chiều dài 3,6 km và 2 cây cầu, tổng kinh phí hơn 4,2 tỷ đồng, Nhân dân đóng góp 30%.",
            "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND xã đề nghị UBND xã khẩn trương triển khai thực hiện các nghị quyết; các đại biểu HĐND tăng cường giám sát, kịp thời phản ánh ý kiến, kiến nghị của cử tri.",
        ],
        authors=[], unit=None,
    ),
    dict(
        id=63, cat=1, dfmt="s1", date=D(2022, 6, 5, 10, 15),
        title="Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
        lead=None,
        blocks=[
            "Hưởng ứng Ngày Môi trường thế giới 5/6, sáng ngày 04/6/2022, UBND xã Tân Phước phối hợp với Ủy ban MTTQ và các đoàn thể tổ chức lễ ra quân tổng vệ sinh môi trường với sự tham gia của hơn 300 cán bộ, đoàn viên, hội viên và người dân.",
            ("img", "paren", "2022/06/vesinh-moitruong-1.jpg", "Đoàn viên thanh niên dọn dẹp rác thải dọc tuyến kênh Tân Thành", "Ảnh: Huỳnh Như"),
            "Các lực lượng đã tiến hành phát quang bụi rậm, thu gom rác thải dọc các tuyến đường liên ấp, khai thông cống rãnh và vớt lục bình trên tuyến kênh Tân Thành. Tổng cộng thu gom được hơn 4 tấn rác thải và phát quang gần 8 km đường giao thông nông thôn.",
            ("img", "paren", "2022/06/vesinh-moitruong-2.jpg", "Hội viên Hội Phụ nữ trồng hoa trên tuyến đường ấp Phước Xuân", "Ảnh: Huỳnh Như"),
            "Dịp này, Hội Liên hiệp Phụ nữ xã trao tặng 50 thùng rác cho các hộ gia đình và trồng mới 1,2 km tuyến đường hoa. UBND xã kêu gọi người dân không xả rác, vỏ chai thuốc bảo vệ thực vật xuống kênh rạch, thực hiện phân loại rác tại nguồn.",
            ("sig", "bold", "Huỳnh Như"),
        ],
        authors=["Huỳnh Như"], unit=None,
    ),
    dict(
        id=66, cat=1, dfmt="s4", date=D(2022, 1, 27, 14, 30), upd=D(2022, 1, 28, 7, 45),
        title="Trao 350 phần quà Tết cho hộ nghèo, gia đình chính sách",
        lead="Nhân dịp Tết Nguyên đán Nhâm Dần 2022, UBND xã Tân Phước phối hợp với các đơn vị, nhà hảo tâm trao 350 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách trên địa bàn xã.",
        blocks=[
            "Các phần quà gồm gạo, dầu ăn, bánh kẹo và tiền mặt, tổng trị giá hơn 210 triệu đồng. Cụ thể như sau:",
            ("table", [
                ["Đơn vị trao tặng", "Số phần quà", "Trị giá (đồng)"],
                ["UBND huyện Tân Hồng", "120", "60.000.000"],
                ["Ủy ban MTTQ xã", "90", "45.000.000"],
                ["Chùa Phước Long", "80", "56.000.000"],
                ["Doanh nghiệp tư nhân Thành Đạt", "60", "49.500.000"],
            ]),
            "Bên cạnh đó, Đảng ủy, UBND xã đã đến thăm, chúc Tết 15 gia đình Mẹ Việt Nam anh hùng, thương binh nặng và các đồng chí lão thành cách mạng.",
            "Ông Trần Văn Hai, hộ nghèo ấp Phước Hòa xúc động chia sẻ: “Được chính quyền quan tâm tặng quà, gia đình tôi có thêm điều kiện đón Tết đầm ấm hơn”.",
            ("sig", "bold", "Ngọc Ánh"),
        ],
        authors=["Ngọc Ánh"], unit=None,
    ),
    dict(
        id=69, cat=1, dfmt="s2", date=D(2022, 4, 21, 17, 52),
        title="Đối thoại với Nhân dân về bồi thường, giải phóng mặt bằng tuyến đường ĐT.843",
        lead=None,
        blocks=[
            "Chiều ngày 20/4, UBND xã Tân Phước phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện tổ chức đối thoại với các hộ dân bị ảnh hưởng bởi dự án nâng cấp tuyến đường ĐT.843 đoạn qua địa bàn xã.",
            "Tại buổi đối thoại, nhiều hộ dân bày tỏ sự đồng thuận với chủ trương đầu tư tuyến đường, đồng thời đề nghị xem xét nâng đơn giá bồi thường đối với cây trồng lâu năm, hỗ trợ di dời mồ mả và bố trí tái định cư gần nơi ở cũ.",
            "Đại diện Ban Quản lý dự án đã giải thích cụ thể căn cứ áp dụng đơn giá theo Quyết định của UBND tỉnh; những kiến nghị vượt thẩm quyền sẽ được tổng hợp báo cáo UBND huyện xem xét, giải quyết.",
            "Theo kế hoạch, dự án có 146 hộ bị ảnh hưởng, đến nay đã có 118 hộ nhận tiền bồi thường và bàn giao mặt bằng. UBND xã đề nghị các hộ còn lại phối hợp để dự án sớm được thi công đúng tiến độ.",
            ("sig", "nguon", "Văn phòng - Thống kê xã"),
        ],
        authors=[], unit="Văn phòng - Thống kê xã",
    ),
    dict(
        id=72, cat=1, dfmt="s1", date=D(2022, 7, 8, 8, 30), prefix="ĐTO -",
        title="Khánh thành cầu bê tông ấp Phước Lộc",
        lead="Ngày 07/7, UBND xã Tân Phước tổ chức lễ khánh thành và đưa vào sử dụng cầu bê tông bắc qua kênh Cả Môn, ấp Phước Lộc.",
        blocks=[
            "Cầu có chiều dài 36 m, rộng 3,5 m, tải trọng 5 tấn, được xây dựng thay thế cây cầu gỗ đã xuống cấp nghiêm trọng. Tổng kinh phí xây dựng hơn 1,1 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 700 triệu đồng, phần còn lại do Nhân dân và các nhà hảo tâm đóng góp.",
            ("img", "fig", "2022/07/khanhthanh-cau-phuocloc.jpg", "Người dân ấp Phước Lộc phấn khởi đi trên cây cầu mới", "Ảnh: Thanh Hùng"),
            "Cây cầu được hoàn thành sau 4 tháng thi công, giúp hơn 250 hộ dân hai bên kênh đi lại thuận tiện, học sinh đến trường an toàn và thuận lợi cho việc vận chuyển lúa, nông sản trong mùa thu hoạch.",
            "Phát biểu tại buổi lễ, Chủ tịch UBND xã cảm ơn sự đóng góp của bà con và các mạnh thường quân; đồng thời đề nghị người dân cùng chung tay giữ gìn, bảo vệ công trình, không cho xe quá tải trọng lưu thông qua cầu.",
            ("sig", "nguon", "Báo Đồng Tháp"),
        ],
        authors=[], unit="Báo Đồng Tháp",
    ),
    dict(
        id=74, cat=1, dfmt="s3", date=D(2022, 8, 16),
        title="Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở ấp Phước Hòa",
        lead=None,
        blocks=[
            "Hướng tới kỷ niệm 92 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2022), Ban Công tác Mặt trận ấp Phước Hòa được chọn tổ chức điểm Ngày hội Đại đoàn kết toàn dân tộc của xã năm 2022.",
            ("img", "em", "2022/08/ngayhoi-ddk-phuochoa.jpg", "Văn nghệ chào mừng Ngày hội", None),
            "Ngày hội có phần lễ ôn lại truyền thống, báo cáo kết quả thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và phần hội với các trò chơi dân gian, văn nghệ do chính người dân trong ấp biểu diễn.",
            "Năm qua, Nhân dân ấp Phước Hòa đã đóng góp hơn 320 triệu đồng, hiến 2.400 m² đất để làm đường; 96% hộ gia đình đạt danh hiệu gia đình văn hóa. Dịp này, ấp tuyên dương 10 gia đình tiêu biểu và trao 20 phần quà cho hộ có hoàn cảnh khó khăn.",
            ("sig", "bold", "Ủy ban MTTQ Việt Nam xã"),
        ],
        authors=[], unit="Ủy ban MTTQ Việt Nam xã",
    ),
    dict(
        id=77, cat=1, dfmt="s2", date=D(2022, 9, 9, 15, 5),
        title="Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm 2022",
        lead="Sáng ngày 08/9, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã Tân Phước tổ chức diễn tập ứng phó với lũ lớn kết hợp mưa bão trên địa bàn.",
        blocks=[
            "Cuộc diễn tập giả định lũ lớn trên sông Tiền kết hợp mưa lớn kéo dài, mực nước vượt báo động III, gây sạt lở bờ kênh tại ấp Phước Xuân, đe dọa an toàn của 40 hộ dân sống ven kênh.",
            ("img", "fig", "2022/09/dientap-pctt.jpg", "Lực lượng dân quân di dời người dân đến nơi an toàn trong tình huống giả định", "Ảnh: Ban CHQS xã"),
            "Các lực lượng tham gia gồm dân quân, công an xã, đoàn viên thanh niên, y tế và các hộ dân với hơn 120 người, 8 xuồng máy. Các tình huống được xử lý nhanh chóng, đúng phương án như sơ tán người già, trẻ em, cứu hộ người bị nạn, gia cố đê bao bằng bao cát.",
            "Kết thúc diễn tập, Trưởng Ban Chỉ huy đánh giá cuộc diễn tập đạt mục đích, yêu cầu đề ra, giúp nâng cao khả năng phối hợp giữa các lực lượng và ý thức chủ động phòng tránh thiên tai của người dân.",
        ],
        authors=[], unit=None,
    ),
    dict(
        id=59, cat=3, dfmt="s3", date=D(2022, 2, 7),
        title="Thông báo lịch tiếp công dân tháng 02/2022",
        lead=None,
        blocks=[
            "UBND xã Tân Phước thông báo lịch tiếp công dân định kỳ của Chủ tịch, Phó Chủ tịch UBND xã trong tháng 02/2022 như sau:",
            ("table", [
                ["Ngày", "Người tiếp", "Địa điểm"],
                ["Thứ Năm, 10/02/2022", "Nguyễn Văn Thắng - Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
                ["Thứ Năm, 17/02/2022", "Võ Thị Kim Hương - Phó Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
                ["Thứ Năm, 24/02/2022", "Phan Thanh Bình - Phó Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
            ]),
            "Thời gian tiếp: buổi sáng từ 7 giờ 00 đến 11 giờ 00. Công dân đến liên hệ cần mang theo căn cước công dân và các giấy tờ liên quan.",
            ("sig", "bold", "UBND xã Tân Phước"),
        ],
        authors=[], unit="UBND xã Tân Phước",
    ),
    dict(
        id=62, cat=3, dfmt="s3", date=D(2022, 3, 28),
        title="Thông báo về việc nộp thuế sử dụng đất phi nông nghiệp năm 2022",
        lead=None,
        blocks=[
            "Căn cứ Luật Thuế sử dụng đất phi nông nghiệp và các văn bản hướng dẫn thi hành, UBND xã Tân Phước thông báo đến các hộ gia đình, cá nhân đang sử dụng đất ở trên địa bàn xã như sau:",
            ("br", [
                "1. Thời hạn nộp thuế: chậm nhất ngày 31/5/2022.",
                "2. Địa điểm nộp: tại Bộ phận tiếp nhận và trả kết quả UBND xã hoặc qua ngân hàng, ứng dụng thanh toán điện tử theo thông báo thuế.",
                "3. Trường hợp quá thời hạn nộp thuế, người nộp thuế phải nộp tiền chậm nộp theo quy định.",
            ]),
            "Các trưởng ấp có trách nhiệm chuyển thông báo thuế đến từng hộ và thông tin rộng rãi trên hệ thống loa truyền thanh của ấp. Mọi thắc mắc xin liên hệ công chức Tài chính - Kế toán xã, điện thoại 0277.3830.125.",
            ("files", [("Thông báo số 36/TB-UBND", "TB-36-UBND-2022.pdf"), ("Danh sách hộ nộp thuế năm 2022", "DS-thue-PNN-2022.xlsx")]),
            ("sig", "bold", "UBND xã Tân Phước"),
        ],
        authors=[], unit="UBND xã Tân Phước",
    ),
    dict(
        id=65, cat=3, dfmt="s2", date=D(2022, 1, 10, 10, 20),
        title="Thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2022",
        lead=None,
        blocks=[
            "Thực hiện kế hoạch rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, UBND xã Tân Phước niêm yết công khai kết quả rà soát tại trụ sở UBND xã và nhà văn hóa các ấp.",
            "Kết quả tổng hợp theo từng ấp như sau:",
            ("table", [
                ["Ấp", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"],
                ["Phước Lộc", "612", "11", "19"],
                ["Phước Hòa", "548", "9", "15"],
                ["Phước Xuân", "487", "14", "22"],
                ["Tân Thành", "701", "12", "18"],
                ["Tổng cộng", "2.348", "46", "74"],
            ]),
            "Thời gian niêm yết từ ngày 10/01/2022 đến hết ngày 16/01/2022. Trong thời gian niêm yết, nếu có ý kiến thắc mắc, khiếu nại, người dân phản ánh trực tiếp về Ban chỉ đạo giảm nghèo xã để được xem xét, giải quyết.",
            ("files", [("Danh sách hộ nghèo, hộ cận nghèo năm 2022", "DS-honghe-2022.pdf")]),
        ],
        authors=[], unit=None,
    ),
    dict(
        id=68, cat=3, dfmt="s1", date=D(2022, 5, 3, 7, 50),
        title="Thông báo lịch tiêm vắc xin phòng COVID-19 liều nhắc lại",
        lead=None,
        blocks=[
            "Trạm Y tế xã Tân Phước thông báo tổ chức tiêm vắc xin phòng COVID-19 liều nhắc lại (mũi 3, mũi 4) cho người từ 18 tuổi trở lên như sau:",
            ("ul", [
                "Thời gian: từ 7 giờ 00 ngày 05/5/2022 đến 16 giờ 30 ngày 07/5/2022;",
                "Địa điểm: Trạm Y tế xã và điểm tiêm lưu động tại nhà văn hóa ấp Tân Thành;",
                "Đối tượng: người đã tiêm mũi cơ bản hoặc mũi 3 cách từ 3 tháng trở lên;",
                "Khi đi tiêm mang theo căn cước công dân, giấy xác nhận đã tiêm các mũi trước (nếu có).",
            ]),
            "Đề nghị người dân mang khẩu trang, giữ khoảng cách tại điểm tiêm và khai báo trung thực tiền sử bệnh để được khám sàng lọc trước tiêm.",
            ("sig", "nguon", "Trạm Y tế xã"),
        ],
        authors=[], unit="Trạm Y tế xã",
    ),
    dict(
        id=71, cat=3, dfmt="s3", date=D(2022, 6, 20),
        title="Lấy ý kiến Nhân dân về dự thảo kế hoạch sử dụng đất năm 2023",
        lead=None,
        blocks=[
            "UBND xã Tân Phước thông báo lấy ý kiến Nhân dân đối với dự thảo kế hoạch sử dụng đất năm 2023 của huyện Tân Hồng (phần liên quan đến địa bàn xã).",
            "Hồ sơ dự thảo được niêm yết tại trụ sở UBND xã và đăng tải trên Cổng thông tin điện tử của xã. Thời gian lấy ý kiến 30 ngày kể từ ngày thông báo.",
            "Ý kiến góp ý gửi bằng văn bản về UBND xã (qua công chức Địa chính - Xây dựng) hoặc góp ý trực tiếp tại hội nghị lấy ý kiến tổ chức tại các ấp.",
            ("files", [("Dự thảo kế hoạch sử dụng đất năm 2023", "DT-KHSDD-2023.pdf"), ("Bản đồ kế hoạch sử dụng đất", "BanDo-KHSDD-2023.jpg")]),
        ],
        authors=[], unit=None,
    ),
    dict(
        id=75, cat=3, dfmt="s3", date=D(2022, 8, 29),
        title="Thông báo nghỉ Lễ Quốc khánh 2/9 và phân công trực",
        lead=None,
        blocks=[
            "Thực hiện thông báo của UBND huyện, cán bộ, công chức xã Tân Phước được nghỉ Lễ Quốc khánh từ ngày 01/9/2022 đến hết ngày 04/9/2022.",
            "Trong thời gian nghỉ lễ, UBND xã phân công lãnh đạo, công chức trực theo lịch; lực lượng công an, dân quân trực 24/24 giờ, bảo đảm an ninh trật tự trên địa bàn.",
            "Trường hợp cần giải quyết công việc đột xuất, người dân liên hệ số điện thoại trực ban 0277.3830.100.",
            ("sig", "bold", "Văn phòng - Thống kê xã"),
        ],
        authors=[], unit="Văn phòng - Thống kê xã",
    ),
    dict(
        id=60, cat=5, dfmt="s2", date=D(2021, 11, 24, 16, 10),
        title="Nông dân Tân Phước xuống giống lúa vụ Đông Xuân 2021 - 2022",
        lead=None,
        blocks=[
            "Những ngày này, trên các cánh đồng của xã Tân Phước, nông dân đang tập trung xuống giống lúa vụ Đông Xuân 2021 - 2022. Theo kế hoạch, toàn xã gieo sạ 3.450 ha, đến nay đã xuống giống được hơn 2.100 ha.",
            ("img", "em", "2021/11/xuonggiong-dongxuan.jpg", "Nông dân ấp Tân Thành sạ lúa bằng máy sạ cụm", "Ảnh: Thanh Hùng"),
            "Để bảo đảm mùa vụ, xã khuyến cáo nông dân gieo sạ tập trung, né rầy theo lịch thời vụ của ngành nông nghiệp; sử dụng giống lúa xác nhận, chất lượng cao như OM18, Đài Thơm 8, OM5451.",
            "Vụ này, xã tiếp tục nhân rộng mô hình sạ cụm, giảm lượng giống xuống còn 80 - 100 kg/ha, giúp giảm chi phí đầu vào và hạn chế sâu bệnh. Cán bộ khuyến nông thường xuyên thăm đồng, hướng dẫn nông dân quản lý nước và bón phân cân đối.",
            ("sig", "bold", "Thanh Hùng"),
        ],
        authors=["Thanh Hùng"], unit=None,
    ),
    dict(
        id=64, cat=5, dfmt="s1", date=D(2022, 5, 17, 9, 5),
        title="Hiệu quả mô hình trồng sen kết hợp nuôi cá",
        lead="Từ 2 ha đất trồng lúa kém hiệu quả, anh Đặng Văn Tư ở ấp Phước Xuân đã mạnh dạn chuyển sang trồng sen kết hợp nuôi cá, mang lại thu nhập ổn định.",
        blocks=[
            "Anh Tư cho biết, trước đây ruộng nhà anh trũng thấp, trồng lúa thường bị ngập úng, năng suất thấp. Năm 2020, được cán bộ khuyến nông tư vấn, anh chuyển sang trồng sen lấy hạt, đồng thời thả nuôi cá rô đồng, cá lóc dưới ruộng sen.",
            ("img", "fig", "2022/05/sen-ca-phuocxuan.jpg", "Anh Đặng Văn Tư thu hoạch gương sen", "Ảnh: Ngọc Ánh"),
            "Sen được thu hoạch liên tục trong khoảng 4 tháng, mỗi ha cho từ 1,5 đến 2 tấn hạt tươi. Cá nuôi dưới ruộng sen tận dụng nguồn thức ăn tự nhiên nên ít tốn chi phí. Trừ chi phí, mỗi năm anh thu lãi trên 150 triệu đồng, cao gấp 3 lần so với trồng lúa.",
            "Hiện nay, mô hình đã được nhân rộng ra 12 hộ với tổng diện tích 18 ha. Hội Nông dân xã đang vận động thành lập tổ hợp tác trồng sen để liên kết tiêu thụ và xây dựng sản phẩm OCOP từ sen.",
            ("sig", "bold", "Ngọc Ánh"),
        ],
        authors=["Ngọc Ánh"], unit=None,
    ),
    dict(
        id=70, cat=5, dfmt="s2", date=D(2022, 6, 14, 8, 45),
        title="Tăng cường phòng, chống bệnh dịch tả heo châu Phi",
        lead=None,
        blocks=[
            "Trước tình hình bệnh dịch tả heo châu Phi tái phát tại một số địa phương lân cận, UBND xã Tân Phước đề nghị các ấp, hộ chăn nuôi triển khai ngay các biện pháp phòng, chống dịch:",
            ("ul", [
                "Thực hiện chăn nuôi an toàn sinh học, vệ sinh, tiêu độc khử trùng chuồng trại định kỳ bằng vôi bột hoặc hóa chất;",
                "Không mua heo không rõ nguồn gốc, không sử dụng thức ăn thừa chưa qua xử lý nhiệt để cho heo ăn;",
                "Khi phát hiện heo bệnh, chết không rõ nguyên nhân phải báo ngay cho trưởng ấp hoặc cán bộ thú y xã, tuyệt đối không bán chạy, vứt xác heo ra môi trường.",
            ]),
            "Hiện tổng đàn heo của xã khoảng 3.800 con, chủ yếu chăn nuôi nông hộ nhỏ lẻ. Xã đã thành lập tổ kiểm soát vận chuyển, giết mổ và phối hợp với Trạm Chăn nuôi và Thú y huyện cấp phát 200 lít hóa chất tiêu độc cho các hộ.",
            ("sig", "nguon", "Trạm Chăn nuôi và Thú y huyện Tân Hồng"),
        ],
        authors=[], unit="Trạm Chăn nuôi và Thú y huyện Tân Hồng",
    ),
    dict(
        id=76, cat=5, dfmt="s4", date=D(2022, 8, 25, 16, 40), upd=D(2022, 8, 26, 9, 10),
        title="Xã Tân Phước đạt chuẩn nông thôn mới nâng cao",
        lead="UBND tỉnh Đồng Tháp vừa ban hành quyết định công nhận xã Tân Phước đạt chuẩn nông thôn mới nâng cao năm 2022.",
        blocks=[
            "Sau 3 năm triển khai, xã đã huy động hơn 46 tỷ đồng để thực hiện các tiêu chí, trong đó Nhân dân đóng góp gần 9 tỷ đồng. Một số kết quả nổi bật theo bộ tiêu chí:",
            ("table", [
                ["Tiêu chí", "Yêu cầu", "Kết quả"],
                ["Giao thông (tỷ lệ đường ấp được cứng hóa)", "≥ 70%", "86%"],
                ["Thu nhập bình quân (triệu đồng/người/năm)", "≥ 53", "56,2"],
                ["Tỷ lệ hộ sử dụng nước sạch", "≥ 60%", "92%"],
                ["Tỷ lệ người dân tham gia bảo hiểm y tế", "≥ 90%", "93,5%"],
            ]),
            "Đời sống vật chất, tinh thần của người dân được nâng lên rõ rệt; cảnh quan nông thôn ngày càng sáng, xanh, sạch, đẹp với nhiều tuyến đường hoa, hàng rào cây xanh.",
            "Lễ đón nhận danh hiệu dự kiến được tổ chức vào dịp kỷ niệm Ngày hội Đại đoàn kết toàn dân tộc 18/11/2022.",
            ("sig", "bold", "Văn phòng - Thống kê xã"),
        ],
        authors=[], unit="Văn phòng - Thống kê xã",
    ),
    dict(
        id=67, cat=6, dfmt="s1", date=D(2022, 5, 23, 14, 0),
        title="Phát động chiến dịch diệt lăng quăng phòng chống sốt xuất huyết",
        lead=None,
        blocks=[
            "Sáng ngày 21/5, Ban Chỉ đạo chăm sóc sức khỏe Nhân dân xã Tân Phước tổ chức lễ phát động chiến dịch diệt lăng quăng, phòng chống bệnh sốt xuất huyết năm 2022.",
            ("img", "paren", "2022/05/diet-langquang.jpg", "Cán bộ y tế hướng dẫn người dân thả cá diệt lăng quăng", "Ảnh: Trạm Y tế xã"),
            "Từ đầu năm đến nay, xã ghi nhận 17 ca mắc sốt xuất huyết, tăng 9 ca so với cùng kỳ năm 2021. Nguyên nhân chủ yếu do người dân còn chủ quan, chưa thường xuyên súc rửa dụng cụ chứa nước, để nhiều vật phế thải đọng nước quanh nhà.",
            "Trong chiến dịch, các tổ xung kích đã đến từng hộ gia đình hướng dẫn phát hiện và diệt lăng quăng, thu gom vật phế thải, thả cá vào lu, khạp. Trạm Y tế xã khuyến cáo khi có biểu hiện sốt cao liên tục, người dân cần đến ngay cơ sở y tế để được khám và điều trị kịp thời, không tự ý điều trị tại nhà.",
            ("sig", "bold", "Trạm Y tế xã"),
        ],
        authors=[], unit="Trạm Y tế xã",
    ),
    dict(
        id=73, cat=6, dfmt="s3", date=D(2022, 7, 26),
        title="Khai giảng lớp xóa mù chữ tại ấp Phước Xuân",
        lead=None,
        blocks=[
            "Tối ngày 25/7, Trung tâm Học tập cộng đồng xã Tân Phước phối hợp với Trường Tiểu học Tân Phước 2 khai giảng lớp xóa mù chữ giai đoạn 1 cho 22 học viên tại ấp Phước Xuân.",
            "Học viên của lớp có độ tuổi từ 15 đến 52, phần lớn là lao động nghèo, phải bỏ học sớm để mưu sinh. Lớp học được tổ chức vào buổi tối, 3 buổi mỗi tuần, do 2 giáo viên của Trường Tiểu học Tân Phước 2 đảm nhận.",
            "Học viên được cấp miễn phí sách vở, đồ dùng học tập. Sau khóa học, học viên sẽ biết đọc, viết, làm các phép tính đơn giản, góp phần nâng cao chất lượng cuộc sống và tiếp cận thông tin, chính sách của Nhà nước.",
            ("sig", "bold", "Thanh Hùng"),
        ],
        authors=["Thanh Hùng"], unit=None,
    ),
    dict(
        id=78, cat=6, dfmt="s2", date=D(2022, 9, 10, 9, 25),
        title="Tuyên dương, khen thưởng học sinh giỏi năm học 2021 - 2022",
        lead="Sáng ngày 09/9, Hội Khuyến học xã Tân Phước tổ chức tuyên dương, khen thưởng học sinh giỏi và học sinh nghèo vượt khó năm học 2021 - 2022.",
        blocks=[
            "Năm học vừa qua, toàn xã có 486 học sinh đạt danh hiệu học sinh giỏi, học sinh xuất sắc các cấp. Dịp này, Hội Khuyến học xã khen thưởng các em với tổng số tiền hơn 38 triệu đồng, cụ thể:",
            ("table", [
                ["Đối tượng", "Số em", "Mức thưởng (đồng/em)"],
                ["Học sinh giỏi cấp tỉnh", "6", "500.000"],
                ["Học sinh giỏi cấp huyện", "24", "300.000"],
                ["Học sinh nghèo vượt khó", "40", "400.000"],
                ["Tân sinh viên đại học", "18", "700.000"],
            ]),
            "Phát biểu tại buổi lễ, Chủ tịch Hội Khuyến học xã mong các em tiếp tục phấn đấu học tập, rèn luyện; kêu gọi các gia đình, dòng họ, doanh nghiệp tiếp tục đồng hành với quỹ khuyến học của xã.",
            ("sig", "nguon", "Hội Khuyến học xã"),
        ],
        authors=[], unit="Hội Khuyến học xã",
    ),
]

# ---------------------------------------------------------------------------

def e(s: str) -> str:
    return html.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", nfc(s)).strip()


def iso(d: datetime | None, date_only: bool = False) -> str | None:
    if d is None:
        return None
    if date_only:
        d = d.replace(hour=0, minute=0, second=0)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def art_path(a: dict | int) -> str:
    return f"/tin/{a if isinstance(a, int) else a['id']}"


def cat_path(c: int, page: int = 1) -> str:
    return f"/chuyen-muc/{c}" + (f"?page={page}" if page > 1 else "")


def render_body(a: dict, url: str) -> tuple[str, list[str], list[dict], str]:
    out, text, images = [], [], []
    sig_html = ""
    for b in a["blocks"]:
        if isinstance(b, str):
            out.append(f"<p>{e(b)}</p>")
            text.append(clean(b))
            continue
        k = b[0]
        if k == "h":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
            text.append(clean(b[1]))
        elif k == "img":
            _, style, file, cap, credit = b
            src = f"/uploads/images/{file}"
            absu = urljoin(url, src)
            if style == "fig":
                c = e(cap) + (f". {e(credit)}" if credit else "")
                out.append(f'<figure class="image"><img src="{src}" alt="{e(cap)}"><figcaption>{c}</figcaption></figure>')
            elif style == "em":
                c = e(cap) + (f" ({e(credit)})" if credit else "")
                out.append(f'<p style="text-align:center"><img src="{src}" alt="" width="600"></p>')
                out.append(f'<p style="text-align:center"><em>{c}</em></p>')
            else:  # paren: caption inline under image in the same paragraph
                c = e(cap) + (f" (Ảnh: {e(credit[len('Ảnh: '):])})" if credit else "")
                out.append(f'<p class="img-center"><img src="{src}" alt="{e(cap)}"><br><i>{c}</i></p>')
            images.append({"src": absu, "caption": clean(cap), "credit": credit})
        elif k == "table":
            rows = b[1]
            h = ['<div class="table-responsive"><table class="table-data">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
                text.append(" | ".join(clean(c) for c in r))
            h.append("</table></div>")
            out.append("\n".join(h))
        elif k == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{e(i)}</li>" for i in b[1]) + "\n</ul>")
            text.extend(clean(i) for i in b[1])
        elif k == "br":
            out.append("<p>" + "<br>\n".join(e(l) for l in b[1]) + "</p>")
            text.extend(clean(l) for l in b[1])
        elif k == "files":
            lis = "\n".join(f'<li><a href="/uploads/files/{e(f)}" download>{e(lbl)}</a></li>' for lbl, f in b[1])
            out.append(f'<div class="attachments"><p class="att-title">Tải về:</p>\n<ul>\n{lis}\n</ul></div>')
        elif k == "sig":
            if b[1] == "bold":
                out.append(f'<p style="text-align:right"><strong>{e(b[2])}</strong></p>')
            else:
                sig_html = f'<p class="source">Nguồn: {e(b[2])}</p>'
    return "\n".join(out), text, images, sig_html


def date_html(a: dict) -> tuple[str, dict]:
    d, f = a["date"], a["dfmt"]
    if f == "s1":
        return (f'<span class="date">{WEEKDAYS[d.weekday()]}, {dmy(d)} {d:%H:%M}</span>',
                dict(published_at=iso(d), updated_at=None, date_label=None))
    if f == "s2":
        return (f'<span class="date">{d:%H:%M} | {dmy(d)}</span>',
                dict(published_at=iso(d), updated_at=None, date_label=None))
    if f == "s3":
        return (f'<span class="date">Ngày đăng: {dmy(d)}</span>',
                dict(published_at=iso(d, True), updated_at=None, date_label="Ngày đăng"))
    if f == "s4":
        u = a["upd"]
        return (f'<span class="date">{WEEKDAYS[d.weekday()]}, {dmy(d)} {d:%H:%M}</span> '
                f'<span class="updated">(Cập nhật: {dmy(u)} {u:%H:%M})</span>',
                dict(published_at=iso(d), updated_at=iso(u), date_label=None))
    raise ValueError(f)


# ---------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Lịch sử hình thành", "/lich-su"),
                                   ("Lãnh đạo xã", "/lanh-dao"), ("Cơ cấu tổ chức", "/co-cau-to-chuc"), ("Các ấp", "/cac-ap")]),
    ("Tin tức - Sự kiện", cat_path(1), [("Hoạt động chính quyền", cat_path(1)), ("Kinh tế - Nông nghiệp", cat_path(5)),
                                         ("Văn hóa - Xã hội", cat_path(6)), ("Quốc phòng - An ninh", "/chuyen-muc/8")]),
    ("Thông báo", cat_path(3), [("Thông báo", cat_path(3)), ("Lịch công tác", "/lich-cong-tac"), ("Lịch tiếp công dân", "/chuyen-muc/9")]),
    ("Văn bản", "/van-ban", [("Văn bản chỉ đạo điều hành", "/van-ban?loai=1"), ("Văn bản quy phạm pháp luật", "/van-ban?loai=2"),
                             ("Văn bản dự thảo lấy ý kiến", "/van-ban?loai=3")]),
    ("Công khai", "/cong-khai", [("Công khai ngân sách", "/cong-khai?muc=ngan-sach"), ("Công khai đầu tư công", "/cong-khai?muc=dau-tu"),
                                 ("Công khai đất đai", "/cong-khai?muc=dat-dai"), ("Kết quả giải quyết TTHC", "/cong-khai?muc=tthc")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", [("Danh mục TTHC cấp xã", "/thu-tuc-hanh-chinh"), ("Tra cứu hồ sơ", "/tra-cuu-ho-so"),
                                                  ("Dịch vụ công trực tuyến", "https://dichvucong.dongthap.gov.vn")]),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]

CSS_RULES = [
    ("*,*::before,*::after", "box-sizing:border-box"),
    ("body", "margin:0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;color:#222;background:#f3f5f7"),
    ("a", "color:#0a4f9c;text-decoration:none"), ("a:hover", "color:#d0121a;text-decoration:underline"),
    (".container", "max-width:1170px;margin:0 auto;padding:0 15px"),
    (".topbar", "background:#0a4f9c;color:#fff;font-size:13px;padding:6px 0"),
    (".topbar a", "color:#fff;margin-left:15px"), (".topbar .hotline", "margin-left:20px"),
    (".header", "background:url(/assets/img/header-bg.jpg) no-repeat center/cover;padding:15px 0"),
    (".header .container", "display:flex;align-items:center;gap:15px"),
    (".site-name p", "margin:0;color:#c00;font-weight:700;text-shadow:1px 1px 0 #fff"),
    (".site-name .small", "font-size:16px"), (".site-name .big", "font-size:26px"),
    (".search", "margin-left:auto;display:flex"), (".search input", "width:240px;padding:6px 10px;border:1px solid #ccc;border-radius:3px 0 0 3px"),
    (".search button", "background:#d0121a;color:#fff;border:0;padding:6px 12px;border-radius:0 3px 3px 0;cursor:pointer"),
    (".nav", "background:#d0121a"), (".menu", "list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap"),
    (".menu>li", "position:relative"), (".menu>li>a", "display:block;padding:11px 14px;color:#fff;font-weight:700;text-transform:uppercase;font-size:13px"),
    (".menu>li:hover>a", "background:#a50e14;text-decoration:none"),
    (".menu .sub", "display:none;position:absolute;top:100%;left:0;min-width:240px;background:#fff;list-style:none;margin:0;padding:0;box-shadow:0 3px 8px rgba(0,0,0,.2);z-index:99"),
    (".menu li:hover .sub", "display:block"), (".menu .sub a", "display:block;padding:8px 12px;border-bottom:1px solid #eee;color:#333"),
    (".offcanvas", "position:fixed;top:0;left:-280px;width:280px;height:100%;background:#fff;overflow:auto;transition:left .3s;z-index:1000"),
    (".offcanvas.open", "left:0"), (".offcanvas ul", "list-style:none;margin:0;padding:0"), (".offcanvas a", "display:block;padding:10px 15px;border-bottom:1px solid #eee"),
    (".btn-menu", "display:none;background:none;border:0;color:#fff;font-size:22px"),
    ("main.container", "background:#fff;padding-top:15px;padding-bottom:15px"),
    (".row", "display:flex;flex-wrap:wrap;margin:0 -15px"), (".col-main", "flex:0 0 68%;max-width:68%;padding:0 15px"),
    (".col-side", "flex:0 0 32%;max-width:32%;padding:0 15px"),
    (".breadcrumb", "font-size:13px;color:#777;padding:8px 0;border-bottom:1px dotted #ccc;margin-bottom:12px"),
    (".post-title", "font-size:24px;line-height:1.35;color:#0a4f9c;margin:5px 0 10px"),
    (".post-meta", "font-size:13px;color:#888;margin-bottom:12px"), (".post-meta .views", "margin-left:15px"),
    (".sapo", "font-weight:700;margin-bottom:12px;text-align:justify"),
    (".post-content", "text-align:justify"), (".post-content img", "max-width:100%;height:auto"),
    (".post-content figure", "margin:10px auto;text-align:center"), (".post-content figcaption", "font-style:italic;font-size:13px;color:#555;padding:5px"),
    (".img-center", "text-align:center;font-size:13px"),
    (".table-data", "width:100%;border-collapse:collapse;margin:10px 0"), (".table-data th,.table-data td", "border:1px solid #bbb;padding:5px 8px"),
    (".table-data th", "background:#eef3fa"), (".attachments", "background:#f7f7f7;border:1px solid #e3e3e3;padding:8px 12px;margin:10px 0"),
    (".attachments .att-title", "font-weight:700;margin:0"), (".source", "text-align:right;font-style:italic;font-weight:700"),
    (".post-tools", "border-top:1px solid #eee;padding-top:8px;margin-top:15px;font-size:13px"), (".post-tools a", "margin-right:12px"),
    (".related h3,.widget-title,.home-cat h2", "font-size:15px;text-transform:uppercase;color:#fff;background:#0a4f9c;padding:7px 10px;margin:15px 0 8px"),
    (".related ul,.list-news,.list-docs", "list-style:none;margin:0;padding:0"),
    (".related li,.list-news li,.list-docs li", "padding:6px 0 6px 14px;border-bottom:1px dotted #ddd;position:relative"),
    (".related li::before,.list-news li::before", "content:'';position:absolute;left:2px;top:14px;width:5px;height:5px;background:#d0121a"),
    (".d,.v", "color:#999;font-size:12px;margin-left:4px"),
    (".item", "display:flex;gap:12px;padding:10px 0;border-bottom:1px solid #eee"), (".item .thumb img", "width:180px;height:120px;object-fit:cover"),
    (".item h3", "margin:0 0 4px;font-size:17px"), (".item .desc", "margin:0;color:#444"),
    (".pagination", "margin:15px 0;text-align:center"), (".pagination a,.pagination span", "display:inline-block;padding:4px 10px;border:1px solid #ddd;margin:0 2px"),
    (".pagination .current", "background:#0a4f9c;color:#fff"),
    (".gallery", "display:grid;grid-template-columns:repeat(3,1fr);gap:4px"), (".gallery img", "width:100%;height:70px;object-fit:cover"),
    (".banners a", "display:block;margin-bottom:6px"), (".banners img", "width:100%"),
    (".schedule td", "padding:3px 5px;border-bottom:1px solid #eee;font-size:13px"),
    (".stats p", "margin:2px 0"), (".footer", "background:#0a4f9c;color:#e8eef7;font-size:13px;padding:15px 0;margin-top:15px"),
    (".footer p", "margin:3px 0"), (".footer a", "color:#fff"), (".back-top", "position:fixed;right:15px;bottom:15px;background:#d0121a;color:#fff;padding:6px 11px;border-radius:3px"),
    (".form-qa label", "display:block;font-weight:700"), (".form-qa input,.form-qa textarea", "width:100%;padding:6px;border:1px solid #ccc"),
    (".notfound", "text-align:center;padding:40px 0"),
]
for bp, rules in (("991px", [(".col-main,.col-side", "flex:0 0 100%;max-width:100%"), (".nav .menu", "display:none"), (".btn-menu", "display:inline-block")]),
                  ("575px", [(".site-name .big", "font-size:18px"), (".search", "display:none"), (".item", "flex-direction:column"), (".item .thumb img", "width:100%;height:auto")])):
    CSS_RULES.append((f"@media (max-width:{bp})", rules))


def css() -> str:
    out = []
    for sel, body in CSS_RULES:
        if isinstance(body, list):
            out.append(sel + "{" + "".join(s + "{" + b + "}" for s, b in body) + "}")
        else:
            out.append(sel + "{" + body + "}")
    return "\n".join(out)


LINKS = [
    ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"),
    ("Cổng TTĐT tỉnh Đồng Tháp", "https://dongthap.gov.vn"),
    ("UBND huyện Tân Hồng", "https://tanhong.dongthap.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.dongthap.gov.vn"),
]

DOCS = [
    ("Quyết định số 125/QĐ-UBND về việc kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh xã", "2022-09-06"),
    ("Kế hoạch số 48/KH-UBND thực hiện công tác tuyển quân năm 2023", "2022-08-30"),
    ("Báo cáo số 102/BC-UBND tình hình kinh tế - xã hội 8 tháng năm 2022", "2022-08-26"),
    ("Quyết định số 97/QĐ-UBND ban hành quy chế làm việc của UBND xã", "2022-07-18"),
]


def nav_html() -> str:
    items = []
    for n, u, sub in NAV:
        if sub:
            s = "".join(f'<li><a href="{u2}">{e(n2)}</a></li>' for n2, u2 in sub)
            items.append(f'<li class="has-sub"><a href="{u}">{e(n)}</a><ul class="sub">{s}</ul></li>')
        else:
            items.append(f'<li><a href="{u}">{e(n)}</a></li>')
    off = []
    for n, u, sub in NAV:
        off.append(f'<li><a href="{u}">{e(n)}</a>' + ("<ul>" + "".join(f'<li><a href="{u2}">{e(n2)}</a></li>' for n2, u2 in sub) + "</ul>" if sub else "") + "</li>")
    return ('<nav class="nav"><div class="container"><button class="btn-menu" type="button" aria-label="Menu">&#9776;</button><ul class="menu">' + "\n".join(items) + "</ul></div></nav>\n"
            '<div class="offcanvas" id="offcanvas"><ul>' + "\n".join(off) + "</ul></div>")


def sidebar(seed: int, exclude: int | None = None) -> str:
    rnd = random.Random(seed)
    latest = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    latest = [a for a in latest if a["id"] != exclude][:6]
    popular = [a for a in ARTICLES if a["id"] != exclude]
    rnd.shuffle(popular)
    views = lambda a: 120 + (a["id"] * 37 + seed) % 900
    li_latest = "\n".join(
        f'<li><a href="{art_path(a)}">{e(a["title"])}</a><span class="d">{dmy(a["date"])}</span></li>' for a in latest)
    li_pop = "\n".join(
        f'<li><a href="{art_path(a)}">{e(a["title"])}</a><span class="v">{views(a)} lượt xem</span></li>' for a in popular[:5])
    docs = "\n".join(f'<li><a href="/van-ban">{e(n)}</a></li>' for n, _ in DOCS)
    links = "\n".join(f'<option value="{u}">{e(n)}</option>' for n, u in LINKS)
    sched_rows = [("Thứ hai", "Chủ tịch UBND xã họp giao ban đầu tuần"), ("Thứ ba", "Phó Chủ tịch Võ Thị Kim Hương kiểm tra công trình đường ấp Tân Thành"),
                  ("Thứ tư", "Lãnh đạo UBND xã dự họp tại huyện"), ("Thứ năm", "Tiếp công dân định kỳ"), ("Thứ sáu", "Họp Ban Chỉ đạo nông thôn mới")]
    schedule = "\n".join(f"<tr><td><b>{d}</b></td><td>{e(t)}</td></tr>" for d, t in sched_rows)
    gal = ["le-chao-co", "hoi-thi-van-nghe", "ngay-hoi-doan-ket", "tham-dong", "trao-qua-tet", "giao-quan", "dien-tap", "cau-phuoc-loc", "sen-phuoc-xuan"]
    rnd.shuffle(gal)
    gallery = "\n".join(f'<a href="/thu-vien-anh"><img src="/uploads/gallery/{g}-thumb.jpg" alt="{g}"></a>' for g in gal[:6])
    video = rnd.choice(["kX3h9vT0pQa", "Z8m2LrW1c4E", "p0Yt7uQ5sNd"])
    online = rnd.randint(3, 40)
    today = rnd.randint(90, 400)
    total = 245_318 + seed * 11 + rnd.randint(0, 50)
    return f"""<aside class="col-side">
<div class="widget">
<h3 class="widget-title">Tin mới nhất</h3>
<ul class="list-news">
{li_latest}
</ul>
</div>
<div class="widget">
<h3 class="widget-title">Xem nhiều</h3>
<ul class="list-news">
{li_pop}
</ul>
</div>
<div class="widget">
<h3 class="widget-title">Văn bản mới</h3>
<ul class="list-docs">
{docs}
</ul>
</div>
<div class="widget">
<h3 class="widget-title">Liên kết website</h3>
<select class="links" onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
{links}
</select>
<a class="banner" href="https://dichvucong.gov.vn" target="_blank"><img src="/assets/img/dvc-quocgia.png" alt="Cổng Dịch vụ công quốc gia"></a>
</div>
<div class="widget">
<h3 class="widget-title">Lịch công tác tuần</h3>
<table class="schedule">
{schedule}
</table>
<a class="more" href="/lich-cong-tac">Xem chi tiết</a>
</div>
<div class="widget banners">
<h3 class="widget-title">Chuyên trang</h3>
<a href="/chuyen-trang/chuyen-doi-so"><img src="/uploads/banner/chuyen-doi-so.jpg" alt="Chuyển đổi số"></a>
<a href="/chuyen-trang/cai-cach-hanh-chinh"><img src="/uploads/banner/cai-cach-hanh-chinh.jpg" alt="Cải cách hành chính"></a>
<a href="/chuyen-trang/pho-bien-phap-luat"><img src="/uploads/banner/pho-bien-phap-luat.jpg" alt="Phổ biến giáo dục pháp luật"></a>
<a href="/chuyen-trang/nong-thon-moi"><img src="/uploads/banner/nong-thon-moi.jpg" alt="Xây dựng nông thôn mới"></a>
</div>
<div class="widget">
<h3 class="widget-title">Thư viện ảnh</h3>
<div class="gallery">
{gallery}
</div>
</div>
<div class="widget">
<h3 class="widget-title">Video</h3>
<iframe width="100%" height="200" src="https://www.youtube.com/embed/{video}" title="Video" frameborder="0" allowfullscreen></iframe>
</div>
<div class="widget stats">
<h3 class="widget-title">Thống kê truy cập</h3>
<p>Đang online: <b>{online}</b></p>
<p>Hôm nay: <b>{today}</b></p>
<p>Tổng lượt truy cập: <b>{total:,}</b></p>
</div>
</aside>""".replace(f"{total:,}", f"{total:,}".replace(",", "."))


def layout(title: str, main: str, seed: int, exclude: int | None = None, desc: str = "") -> str:
    today = f"{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{e(desc or title)}">
<link rel="stylesheet" href="/assets/css/bootstrap-grid.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=20220315">
<style>
{css()}
</style>
<link rel="icon" href="/favicon.ico">
</head>
<body>
<div class="topbar">
<div class="container">
<span class="today">{today}</span>
<span class="hotline">Đường dây nóng: 0277.3830.100</span>
<a class="login" href="/admin/login.php" rel="nofollow">Đăng nhập</a>
</div>
</div>
<header class="header">
<div class="container">
<a class="logo" href="/"><img src="/assets/img/quochuy.png" alt="Quốc huy" width="80" height="80"></a>
<div class="site-name">
<p class="small">ỦY BAN NHÂN DÂN HUYỆN TÂN HỒNG</p>
<p class="big">ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC</p>
</div>
<form class="search" action="/tim-kiem" method="get">
<input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm...">
<button type="submit">Tìm kiếm</button>
</form>
</div>
</header>
{nav_html()}
<main class="container">
<div class="row">
<div class="col-main">
{main}
</div>
{sidebar(seed, exclude)}
</div>
</main>
<footer class="footer">
<div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Phước, huyện Tân Hồng, tỉnh Đồng Tháp</p>
<p>Địa chỉ: Ấp Phước Lộc, xã Tân Phước, huyện Tân Hồng, tỉnh Đồng Tháp. Điện thoại: 0277.3830.100</p>
<p>Chịu trách nhiệm: Ông Nguyễn Văn Thắng - Chủ tịch UBND xã</p>
<p class="copy">Ghi rõ nguồn “Cổng thông tin điện tử xã Tân Phước” khi phát hành lại thông tin từ nguồn này.</p>
<p class="links"><a href="/gioi-thieu">Giới thiệu</a> · <a href="/lien-he">Liên hệ</a> · <a href="/hoi-dap">Hỏi đáp</a></p>
</div>
</footer>
<a href="#" class="back-top" title="Lên đầu trang">&#8593;</a>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/main.js?v=20220315"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-7QX2L9M4TP');
</script>
</body>
</html>
"""


def write(name: str, path: str, kind: str, doc: str, expected: dict | None = None) -> None:
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.html").write_bytes(nfc(doc).encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>'] + [
        (f'<a href="{u}">{e(n)}</a>' if u else f"<span>{e(n)}</span>") for n, u in items]
    return '<div class="breadcrumb">' + ' <span class="sep">/</span> '.join(parts) + "</div>"


def related(a: dict) -> str:
    same = sorted([x for x in ARTICLES if x["cat"] == a["cat"] and x["id"] != a["id"]],
                  key=lambda x: x["date"], reverse=True)[:6]
    lis = [f'<li><a href="{art_path(x)}">{e(x["title"])}</a> <span class="d">({dmy(x["date"])})</span></li>' for x in same]
    if a["id"] == 57:
        lis.append('<li><a href="/tin/45">UBND xã tổng kết công tác năm 2020</a> <span class="d">(22/01/2021)</span></li>')
    return '<div class="related">\n<h3>Tin khác</h3>\n<ul>\n' + "\n".join(lis) + "\n</ul>\n</div>"


def build_article(a: dict) -> None:
    path = art_path(a)
    url = HOST + path
    body, text, images, sig_html = render_body(a, url)
    dh, dates = date_html(a)
    cat = CATS[a["cat"]]
    lead_html = ""
    if a.get("lead"):
        pre = (a["prefix"] + " ") if a.get("prefix") else ""
        lead_html = f'<div class="sapo"><strong>{e(pre + a["lead"])}</strong></div>\n'
    views = 80 + (a["id"] * 53) % 700
    main = f"""{breadcrumb([(cat, cat_path(a["cat"]))])}
<article class="post">
<h1 class="post-title">{e(a["title"])}</h1>
<div class="post-meta">{dh} <span class="views">Lượt xem: {views}</span></div>
{lead_html}<div class="post-content">
{body}
</div>
{sig_html}
<div class="post-tools">
<a href="javascript:window.print()" class="print">In bài viết</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={e(url)}" target="_blank" rel="noopener" class="share-fb">Chia sẻ</a>
</div>
</article>
{related(a)}"""
    doc = layout(f"{a['title']} - {SITE}", main, a["id"], exclude=a["id"], desc=a.get("lead") or a["title"])
    expected = dict(
        title=clean(a["title"]), agency_prefix=a.get("prefix"),
        lead=clean(a["lead"]) if a.get("lead") else None,
        text="\n\n".join(text), **dates,
        authors=a["authors"], unit=a["unit"], images=images, category=cat)
    order = ["title", "agency_prefix", "lead", "text", "published_at", "updated_at", "date_label",
             "authors", "unit", "images", "category"]
    write(f"tin-{a['id']}", path, "article", doc, {k: expected[k] for k in order})


def item_html(a: dict) -> str:
    imgs = [b for b in a["blocks"] if not isinstance(b, str) and b[0] == "img"]
    thumb = (f'<a class="thumb" href="{art_path(a)}"><img src="/uploads/images/{imgs[0][2]}" alt=""></a>'
             if imgs else '<a class="thumb" href="' + art_path(a) + '"><img src="/assets/img/no-image.jpg" alt=""></a>')
    summ = a.get("lead") or next(b for b in a["blocks"] if isinstance(b, str))
    if len(summ) > 200:
        summ = summ[:200].rsplit(" ", 1)[0] + "…"
    return (f'<div class="item">{thumb}<div class="info"><h3><a href="{art_path(a)}">{e(a["title"])}</a></h3>'
            f'<p class="d">{dmy(a["date"])}</p><p class="desc">{e(summ)}</p></div></div>')


def build_listings() -> None:
    for c, name in CATS.items():
        arts = sorted([a for a in ARTICLES if a["cat"] == c], key=lambda a: a["date"], reverse=True)
        n = (len(arts) + PER_PAGE - 1) // PER_PAGE
        for p in range(1, n + 1):
            chunk = arts[(p - 1) * PER_PAGE: p * PER_PAGE]
            pag = ""
            if n > 1:
                ls = []
                if p > 1:
                    ls.append(f'<a href="{cat_path(c, p - 1)}">&laquo;</a>')
                for q in range(1, n + 1):
                    ls.append(f'<span class="current">{q}</span>' if q == p else f'<a href="{cat_path(c, q)}">{q}</a>')
                if p < n:
                    ls.append(f'<a href="{cat_path(c, p + 1)}">&raquo;</a>')
                pag = '<div class="pagination">' + " ".join(ls) + "</div>"
            main = f"""{breadcrumb([(name, None)])}
<h1 class="cat-title">{e(name)}</h1>
<div class="list">
{chr(10).join(item_html(a) for a in chunk)}
</div>
{pag}"""
            title = f"{name}" + (f" - Trang {p}" if p > 1 else "") + f" - {SITE}"
            write(f"chuyen-muc-{c}" + (f"-p{p}" if p > 1 else ""), cat_path(c, p), "listing", layout(title, main, 100 + c * 10 + p))


def build_home() -> None:
    arts = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    hot = arts[0]
    blocks = []
    for c, name in CATS.items():
        items = [a for a in arts if a["cat"] == c][:4]
        lis = "\n".join(f'<li><a href="{art_path(a)}">{e(a["title"])}</a> <span class="d">({dmy(a["date"])})</span></li>' for a in items)
        blocks.append(f'<section class="home-cat"><h2><a href="{cat_path(c)}">{e(name)}</a></h2>\n<ul>\n{lis}\n</ul>\n<a class="more" href="{cat_path(c)}">Xem thêm</a></section>')
    main = f"""<section class="featured">
{item_html(hot)}
<ul class="featured-list">
{chr(10).join(f'<li><a href="{art_path(a)}">{e(a["title"])}</a></li>' for a in arts[1:5])}
</ul>
</section>
{chr(10).join(blocks)}
<section class="quick">
<a href="/tim-kiem?q=ti%C3%AAm+v%E1%BA%AFc+xin">Tra cứu: tiêm vắc xin</a>
</section>"""
    write("home", "/", "listing", layout("Cổng thông tin điện tử xã Tân Phước - huyện Tân Hồng - tỉnh Đồng Tháp", main, 1))


def build_others() -> None:
    main = f"""{breadcrumb([("Giới thiệu", None)])}
<article class="page">
<h1 class="post-title">Giới thiệu chung xã Tân Phước</h1>
<div class="post-content">
<p>Xã Tân Phước nằm ở phía Đông Nam huyện Tân Hồng, có diện tích tự nhiên 4.862 ha, dân số khoảng 9.600 người với 2.348 hộ, được chia thành 4 ấp: Phước Lộc, Phước Hòa, Phước Xuân và Tân Thành.</p>
<p>Phía Bắc giáp xã Tân Thành A; phía Nam giáp huyện Tam Nông; phía Đông giáp xã Bình Phú; phía Tây giáp xã Tân Công Chí.</p>
<p>Kinh tế của xã chủ yếu là sản xuất nông nghiệp với cây lúa là chủ lực, bên cạnh đó phát triển trồng sen, xoài và chăn nuôi gia súc, gia cầm. Xã đạt chuẩn nông thôn mới năm 2018.</p>
<h2>Lãnh đạo xã</h2>
<ul>
<li>Bí thư Đảng ủy, Chủ tịch HĐND xã: Ông Lê Văn Hậu</li>
<li>Chủ tịch UBND xã: Ông Nguyễn Văn Thắng</li>
<li>Phó Chủ tịch UBND xã: Bà Võ Thị Kim Hương, Ông Phan Thanh Bình</li>
</ul>
</div>
</article>"""
    write("gioi-thieu", "/gioi-thieu", "static", layout(f"Giới thiệu - {SITE}", main, 201))

    main = f"""{breadcrumb([("Liên hệ", None)])}
<article class="page">
<h1 class="post-title">Liên hệ</h1>
<div class="contact-info">
<p><strong>ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC</strong></p>
<p>Địa chỉ: Ấp Phước Lộc, xã Tân Phước, huyện Tân Hồng, tỉnh Đồng Tháp</p>
<p>Điện thoại: 0277.3830.100 - Email: tanphuoc.tanhong@dongthap.gov.vn</p>
</div>
<table class="table-data">
<tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>
<tr><td>Chủ tịch UBND xã</td><td>Nguyễn Văn Thắng</td><td>0913.654.210</td></tr>
<tr><td>Phó Chủ tịch UBND xã</td><td>Võ Thị Kim Hương</td><td>0918.220.347</td></tr>
<tr><td>Phó Chủ tịch UBND xã</td><td>Phan Thanh Bình</td><td>0939.118.502</td></tr>
<tr><td>Văn phòng - Thống kê</td><td>Trần Ngọc Ánh</td><td>0277.3830.100</td></tr>
<tr><td>Trưởng Công an xã</td><td>Lê Hoàng Sơn</td><td>0277.3830.113</td></tr>
</table>
</article>"""
    write("lien-he", "/lien-he", "contact", layout(f"Liên hệ - {SITE}", main, 202))

    hits = [a for a in ARTICLES if "tiêm" in " ".join(x for x in a["blocks"] if isinstance(x, str)) or "vắc xin" in a["title"]]
    main = f"""{breadcrumb([("Tìm kiếm", None)])}
<h1 class="cat-title">Kết quả tìm kiếm</h1>
<form class="search-page" action="/tim-kiem" method="get"><input type="text" name="q" value="tiêm vắc xin"><button type="submit">Tìm</button></form>
<p class="result-count">Có {len(hits)} kết quả cho từ khóa “tiêm vắc xin”</p>
<div class="list">
{chr(10).join(item_html(a) for a in hits)}
</div>"""
    write("tim-kiem", "/tim-kiem?q=ti%C3%AAm+v%E1%BA%AFc+xin", "search", layout(f"Tìm kiếm: tiêm vắc xin - {SITE}", main, 203))

    main = f"""{breadcrumb([("Hỏi đáp", None)])}
<h1 class="cat-title">Hỏi đáp</h1>
<p>Người dân, tổ chức có thể gửi câu hỏi, phản ánh, kiến nghị về các lĩnh vực thuộc thẩm quyền giải quyết của UBND xã. Câu trả lời sẽ được đăng tải trên Cổng thông tin điện tử hoặc gửi qua email.</p>
<form class="form-qa" action="/hoi-dap" method="post">
<p><label>Họ và tên <span class="req">*</span></label><input type="text" name="hoten" required></p>
<p><label>Số điện thoại</label><input type="text" name="dienthoai"></p>
<p><label>Email</label><input type="email" name="email"></p>
<p><label>Địa chỉ</label><input type="text" name="diachi"></p>
<p><label>Tiêu đề <span class="req">*</span></label><input type="text" name="tieude" required></p>
<p><label>Nội dung câu hỏi <span class="req">*</span></label><textarea name="noidung" rows="6" required></textarea></p>
<p><label>Mã xác nhận</label><input type="text" name="captcha" size="6"> <img src="/captcha.php" alt="captcha"></p>
<p><button type="submit">Gửi câu hỏi</button> <button type="reset">Nhập lại</button></p>
</form>"""
    write("hoi-dap", "/hoi-dap", "form", layout(f"Hỏi đáp - {SITE}", main, 204))

    # deleted article: same /tin/<id> shape, served with 200
    main = f"""{breadcrumb([("Tin tức", None)])}
<div class="notfound">
<h1 class="post-title">Bài viết không tồn tại</h1>
<p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a>.</p>
</div>"""
    write("tin-45-khong-ton-tai", "/tin/45", "soft_404", layout(f"Thông báo - {SITE}", main, 205))


def main() -> None:
    for p in OUT.glob("*.html"):
        p.unlink()
    for p in OUT.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    for a in ARTICLES:
        build_article(a)
    build_listings()
    build_home()
    build_others()
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "unknown", "template": "shortid"}, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
