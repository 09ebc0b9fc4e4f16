"""Generator for the `unknown/aspnetportal` variant mini-site.

A home-grown ASP.NET WebForms portal of a provincial department (Sở Khoa học và Công nghệ
tỉnh Vĩnh Long, invented content): /Portal/Detail.aspx?Organization=SKHCN&MenuID=n&ContentID=n,
/Portal/List.aspx?Organization=SKHCN&MenuID=n&page=N, a <base href> carrying the escaped
request URL, __VIEWSTATE, table layout, visitor counter right under the article body.

Run:  /work/main/.venv/bin/python tests/variants/unknown/aspnetportal/make.py
Standard library only. Writes <page>.html and <page>.json next to this file.
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
from urllib.parse import urljoin

OUT = Path(__file__).resolve().parent
HOST = "https://skhcn.vinhlong.gov.vn"
ORG = "SKHCN"
TODAY = datetime(2023, 12, 4, 9, 12)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

MENUS = {
    2: "Tin tức - Sự kiện",
    5: "Hoạt động khoa học công nghệ",
    8: "Tiêu chuẩn - Đo lường - Chất lượng",
    11: "Thông báo",
}
PER_PAGE = 6
GENERATORS = {"/Portal/Detail.aspx": "8D0E13E6", "/Portal/List.aspx": "0AF9A1C7", "/Portal/Search.aspx": "1D8E3F52"}

D = datetime

# ---------------------------------------------------------------------------
# Articles (all text invented)
# blocks: str paragraph | ("h", s) bold sub-heading paragraph | ("img", style, file, caption, credit)
#         ("table", rows) | ("ul", items) | ("br", lines) | ("sig", "bold"|"nguon", text)
#         ("files", [(label, file)])
# date styles: "d1" Ngày đăng: dd/MM/yyyy HH:mm | "d2" Cập nhật: dd/MM/yyyy h:mm:ss SA/CH
#              "d3" Ngày đăng: dd/MM/yyyy | "d4" Ngày đăng … - Ngày cập nhật … | "d5" weekday, no label
# ---------------------------------------------------------------------------
ARTICLES = [
    dict(
        cid=4501, menu=2, dfmt="d1", date=D(2023, 10, 6, 14, 30),
        title="Hội nghị sơ kết công tác khoa học và công nghệ 9 tháng đầu năm 2023",
        lead="Chiều ngày 05/10, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết công tác 9 tháng đầu năm và triển khai nhiệm vụ trọng tâm những tháng cuối năm 2023.",
        blocks=[
            "Dự hội nghị có ông Trần Quốc Dũng, Giám đốc Sở; các Phó Giám đốc Sở cùng lãnh đạo các phòng, đơn vị trực thuộc và đại diện phòng Kinh tế - Hạ tầng, phòng Kinh tế các huyện, thị xã, thành phố.",
            ("img", "tbl", "2023/10/hoinghi-soket-9thang.jpg", "Giám đốc Sở Trần Quốc Dũng phát biểu chỉ đạo tại hội nghị", "Ảnh: Minh Tâm"),
            "Theo báo cáo, trong 9 tháng qua, Sở đã tham mưu UBND tỉnh ban hành 14 văn bản chỉ đạo, điều hành; tổ chức xét duyệt 11 nhiệm vụ khoa học và công nghệ mở mới, nghiệm thu 9 nhiệm vụ đúng tiến độ. Công tác quản lý tiêu chuẩn, đo lường, chất lượng tiếp tục được tăng cường, kiểm định hơn 8.700 phương tiện đo các loại, tiếp nhận 126 hồ sơ công bố hợp chuẩn, hợp quy.",
            "Hoạt động hỗ trợ doanh nghiệp đổi mới công nghệ có chuyển biến rõ nét. Sở đã hỗ trợ 7 doanh nghiệp xây dựng và áp dụng hệ thống quản lý tiên tiến, hỗ trợ 16 tổ chức, cá nhân đăng ký bảo hộ quyền sở hữu công nghiệp với tổng kinh phí gần 600 triệu đồng.",
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư phát triển còn chậm, việc thương mại hóa kết quả nghiên cứu chưa nhiều, số lượng doanh nghiệp khoa học và công nghệ còn ít so với tiềm năng.",
            "Phát biểu chỉ đạo, Giám đốc Sở đề nghị các đơn vị tập trung hoàn thành các chỉ tiêu kế hoạch năm, đẩy nhanh tiến độ giải ngân, chuẩn bị tốt các điều kiện tổ chức Hội nghị tổng kết năm và xây dựng kế hoạch năm 2024 bám sát Nghị quyết Đại hội Đảng bộ tỉnh.",
            ("sig", "bold", "Văn phòng Sở"),
        ],
        authors=[], unit="Văn phòng Sở",
    ),
    dict(
        cid=4507, menu=2, dfmt="d4", date=D(2023, 10, 11, 9, 5), upd=D(2023, 10, 12, 16, 40),
        prefix="(VLO) –",
        title="Đoàn công tác Bộ Khoa học và Công nghệ làm việc với tỉnh về phát triển hệ sinh thái khởi nghiệp",
        lead="Ngày 10/10, Đoàn công tác của Bộ Khoa học và Công nghệ do Thứ trưởng dẫn đầu đã làm việc với UBND tỉnh về tình hình phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tại địa phương.",
        blocks=[
            "Tiếp và làm việc với đoàn có Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành liên quan. Báo cáo tại buổi làm việc cho biết, giai đoạn 2021 - 2023, tỉnh đã hỗ trợ 38 dự án khởi nghiệp, trong đó 9 dự án đã thành lập doanh nghiệp và có sản phẩm thương mại trên thị trường.",
            ("img", "em", "2023/10/doan-bo-khcn-lamviec.jpg", "Quang cảnh buổi làm việc giữa Đoàn công tác Bộ Khoa học và Công nghệ với UBND tỉnh.", None),
            "Mạng lưới cố vấn khởi nghiệp của tỉnh hiện có 27 chuyên gia đến từ các trường đại học, viện nghiên cứu và doanh nghiệp. Hằng năm, tỉnh tổ chức cuộc thi ý tưởng khởi nghiệp dành cho học sinh, sinh viên với hàng trăm ý tưởng tham gia, nhiều ý tưởng gắn với chế biến nông sản và du lịch sinh thái miệt vườn.",
            "Thứ trưởng ghi nhận những nỗ lực của tỉnh, đồng thời lưu ý địa phương cần tập trung hình thành các tổ chức trung gian như vườn ươm, không gian làm việc chung; gắn hoạt động khởi nghiệp với chuyển đổi số và các sản phẩm chủ lực của tỉnh. Bộ sẽ tiếp tục đồng hành, hỗ trợ tỉnh thông qua các chương trình quốc gia về đổi mới sáng tạo.",
            "Phó Chủ tịch UBND tỉnh cảm ơn sự quan tâm của Bộ và đề nghị Bộ hỗ trợ tỉnh xây dựng trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo, đào tạo nguồn nhân lực quản lý và kết nối các quỹ đầu tư với doanh nghiệp khởi nghiệp của địa phương.",
            ("sig", "nguon", "Báo Vĩnh Long"),
        ],
        authors=[], unit="Báo Vĩnh Long",
    ),
    dict(
        cid=4512, menu=2, dfmt="d2", date=D(2023, 10, 16, 15, 20, 45),
        title="Sở Khoa học và Công nghệ tổ chức Ngày hội Đổi mới sáng tạo năm 2023",
        lead=None,
        blocks=[
            "Sáng ngày 14/10, tại Quảng trường Trung tâm thành phố Vĩnh Long, Sở Khoa học và Công nghệ phối hợp với Tỉnh đoàn, Trường Đại học Sư phạm Kỹ thuật Vĩnh Long tổ chức Ngày hội Đổi mới sáng tạo năm 2023 với chủ đề “Khởi nghiệp từ nông sản quê hương”.",
            "Ngày hội có 45 gian hàng trưng bày sản phẩm của các doanh nghiệp, hợp tác xã, nhóm khởi nghiệp và các trường học trên địa bàn tỉnh. Nhiều sản phẩm thu hút sự quan tâm của khách tham quan như máy sấy nông sản dùng năng lượng mặt trời, hệ thống cảnh báo độ mặn tự động, trà khổ qua rừng túi lọc, bánh tráng giòn từ khoai lang tím.",
            ("img", "tbl", "2023/10/ngayhoi-dmst-1.jpg", "Khách tham quan tìm hiểu máy sấy nông sản dùng năng lượng mặt trời", "Ảnh: Thanh Trúc"),
            "Trong khuôn khổ ngày hội, Ban tổ chức tổ chức tọa đàm “Kết nối doanh nghiệp khởi nghiệp với nhà đầu tư”, thu hút hơn 200 đại biểu tham dự. Các diễn giả đã chia sẻ kinh nghiệm gọi vốn, xây dựng thương hiệu và bảo hộ quyền sở hữu trí tuệ cho sản phẩm khởi nghiệp.",
            ("img", "tbl", "2023/10/ngayhoi-dmst-2.jpg", "Các đại biểu tham quan gian hàng của nhóm khởi nghiệp học sinh", "Ảnh: Thanh Trúc"),
            "Dịp này, Sở Khoa học và Công nghệ trao giấy khen cho 6 tập thể và 10 cá nhân có thành tích xuất sắc trong phong trào khởi nghiệp đổi mới sáng tạo năm 2023.",
            ("sig", "bold", "Thanh Trúc"),
        ],
        authors=["Thanh Trúc"], unit=None,
    ),
    dict(
        cid=4518, menu=2, dfmt="d3", date=D(2023, 10, 20),
        title="Tập huấn nghiệp vụ an toàn bức xạ trong y tế cho các cơ sở X-quang",
        lead="Nhằm nâng cao nhận thức và kỹ năng bảo đảm an toàn bức xạ, Sở Khoa học và Công nghệ tổ chức lớp tập huấn cho 85 học viên là nhân viên bức xạ tại các cơ sở y tế công lập và tư nhân trên địa bàn tỉnh.",
        blocks=[
            "Trong 2 ngày 18 và 19/10, các học viên được báo cáo viên của Cục An toàn bức xạ và hạt nhân truyền đạt các nội dung chính sau:",
            ("ul", [
                "Các quy định pháp luật về an toàn bức xạ, cấp giấy phép tiến hành công việc bức xạ và chứng chỉ nhân viên bức xạ;",
                "Kiểm soát liều chiếu xạ nghề nghiệp, liều chiếu xạ công chúng và liều chiếu xạ cho bệnh nhân;",
                "Kiểm định thiết bị X-quang chẩn đoán y tế, kiểm xạ phòng đặt máy;",
                "Xây dựng và diễn tập kế hoạch ứng phó sự cố bức xạ cấp cơ sở.",
            ]),
            "Theo thống kê, toàn tỉnh hiện có 132 cơ sở sử dụng thiết bị X-quang chẩn đoán trong y tế với 186 thiết bị. Qua kiểm tra năm 2023, một số cơ sở vẫn chưa cập nhật kết quả theo dõi liều cá nhân định kỳ, chưa bố trí đủ biển cảnh báo bức xạ tại cửa phòng máy.",
            "Kết thúc lớp tập huấn, các học viên làm bài kiểm tra và được cấp giấy chứng nhận đào tạo an toàn bức xạ theo quy định.",
        ],
        authors=["Lê Hoàng Nam"], unit=None, field_author=True,
    ),
    dict(
        cid=4523, menu=2, dfmt="d1", date=D(2023, 10, 25, 10, 15),
        title="Công bố Quyết định công nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh đợt 2 năm 2023",
        lead="Hội đồng Sáng kiến tỉnh vừa tổ chức công bố Quyết định của Chủ tịch UBND tỉnh công nhận 9 sáng kiến có phạm vi ảnh hưởng, hiệu quả áp dụng cấp tỉnh đợt 2 năm 2023.",
        blocks=[
            "Các sáng kiến được công nhận thuộc nhiều lĩnh vực như y tế, giáo dục, nông nghiệp, cải cách hành chính. Danh sách một số sáng kiến tiêu biểu như sau:",
            ("table", [
                ["STT", "Tên sáng kiến", "Tác giả", "Đơn vị"],
                ["1", "Ứng dụng phần mềm quản lý hồ sơ bệnh án điện tử tại khoa Nội tổng hợp", "Nguyễn Thị Kim Loan", "Bệnh viện Đa khoa tỉnh"],
                ["2", "Giải pháp số hóa hồ sơ hộ tịch tại cấp xã", "Phạm Văn Lực", "Sở Tư pháp"],
                ["3", "Quy trình ủ phân hữu cơ từ phụ phẩm vỏ chôm chôm", "Võ Thanh Hùng", "Trung tâm Khuyến nông"],
                ["4", "Mô hình lớp học đảo ngược môn Vật lý cấp trung học phổ thông", "Đặng Ngọc Bích", "Trường THPT Lưu Văn Liệt"],
                ["5", "Bộ công cụ đánh giá mức độ hài lòng của người dân qua mã QR", "Trần Minh Khôi", "Văn phòng UBND tỉnh"],
            ]),
            "Theo Quyết định, tác giả các sáng kiến được công nhận sẽ được xem xét làm căn cứ đề nghị xét tặng danh hiệu thi đua và các hình thức khen thưởng theo quy định. Các đơn vị có sáng kiến được khuyến khích nhân rộng kết quả áp dụng trong toàn tỉnh.",
            "Dịp này, Hội đồng Sáng kiến tỉnh cũng thông tin về kế hoạch xét công nhận sáng kiến đợt 1 năm 2024; hồ sơ gửi về Sở Khoa học và Công nghệ (cơ quan thường trực Hội đồng) trước ngày 31/3/2024.",
            ("files", [("Quyết định số 2418/QĐ-UBND công nhận sáng kiến đợt 2 năm 2023", "QD-2418-UBND.pdf"), ("Danh sách sáng kiến kèm theo", "DS-sangkien-dot2-2023.xlsx")]),
        ],
        authors=[], unit="Phòng Quản lý khoa học", field_unit=True,
    ),
    dict(
        cid=4530, menu=2, dfmt="d5", date=D(2023, 10, 31, 16, 5),
        title="Lãnh đạo Sở làm việc với Viện Lúa Đồng bằng sông Cửu Long về hợp tác chuyển giao giống lúa chất lượng cao",
        lead="Nhằm đẩy mạnh ứng dụng tiến bộ khoa học vào sản xuất lúa, Sở Khoa học và Công nghệ đã có buổi làm việc với Viện Lúa Đồng bằng sông Cửu Long về chương trình hợp tác giai đoạn 2024 - 2026.",
        blocks=[
            "Tại buổi làm việc, đại diện Viện Lúa giới thiệu các giống lúa chịu mặn, ngắn ngày, chất lượng gạo cao đã được công nhận lưu hành, phù hợp với điều kiện canh tác của các huyện Trà Ôn, Vũng Liêm, nơi thường xuyên chịu ảnh hưởng của xâm nhập mặn mùa khô.",
            ("img", "tbl", "2023/10/vienlua-lamviec.jpg", "Đại diện Viện Lúa Đồng bằng sông Cửu Long giới thiệu các giống lúa chịu mặn", "Ảnh: Hoàng Phúc"),
            "Hai bên thống nhất xây dựng mô hình trình diễn giống lúa chịu mặn với quy mô 50 ha tại 2 huyện, áp dụng quy trình canh tác giảm phát thải; đồng thời đào tạo kỹ thuật nhân giống cấp xác nhận cho các tổ hợp tác sản xuất lúa giống tại địa phương.",
            "Phó Giám đốc Sở đề nghị Viện hỗ trợ chuyển giao bộ giống gốc và cử cán bộ khoa học theo dõi, hướng dẫn nông dân suốt vụ Đông Xuân 2023 - 2024. Sở sẽ đưa nội dung hợp tác vào danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024 để bố trí kinh phí thực hiện.",
            ("sig", "bold", "Hoàng Phúc"),
        ],
        authors=["Hoàng Phúc"], unit=None,
    ),
    dict(
        cid=4536, menu=2, dfmt="d1", date=D(2023, 11, 3, 8, 40),
        title="Vĩnh Long có thêm 12 sản phẩm được cấp giấy chứng nhận đăng ký nhãn hiệu",
        lead=None,
        blocks=[
            "Trong tháng 10/2023, Cục Sở hữu trí tuệ đã cấp giấy chứng nhận đăng ký nhãn hiệu cho 12 sản phẩm của các hợp tác xã, cơ sở sản xuất trên địa bàn tỉnh. Đây là các sản phẩm được hỗ trợ theo Chương trình phát triển tài sản trí tuệ tỉnh giai đoạn 2021 - 2025.",
            "Một số sản phẩm được cấp văn bằng bảo hộ trong đợt này:",
            ("table", [
                ["Sản phẩm", "Chủ sở hữu", "Địa phương"],
                ["Bưởi năm roi Mỹ Hòa", "HTX Nông nghiệp Mỹ Hòa", "Thị xã Bình Minh"],
                ["Khoai lang tím Thành Lợi", "HTX Khoai lang Thành Lợi", "Huyện Bình Tân"],
                ["Gốm đỏ Cổ Chiên", "Cơ sở gốm Tư Sang", "Huyện Long Hồ"],
                ["Cam sành Tam Bình", "Tổ hợp tác cam sành Hòa Lộc", "Huyện Tam Bình"],
                ["Nem chua Tân Quới", "Cơ sở Út Hạnh", "Huyện Bình Tân"],
            ]),
            "Việc được bảo hộ nhãn hiệu giúp các chủ thể nâng cao giá trị sản phẩm, tạo điều kiện tham gia Chương trình mỗi xã một sản phẩm (OCOP) và mở rộng thị trường tiêu thụ, nhất là qua các sàn thương mại điện tử.",
            "Thời gian tới, Sở tiếp tục hướng dẫn các chủ thể xây dựng quy chế quản lý, sử dụng nhãn hiệu, áp dụng tem truy xuất nguồn gốc và phòng chống hành vi xâm phạm quyền sở hữu công nghiệp.",
            ("sig", "nguon", "Trung tâm Thông tin và Thống kê khoa học và công nghệ"),
        ],
        authors=[], unit="Trung tâm Thông tin và Thống kê khoa học và công nghệ",
    ),
    dict(
        cid=4541, menu=2, dfmt="d3", date=D(2023, 11, 8),
        title="Chi bộ Văn phòng Sở sinh hoạt chuyên đề quý IV năm 2023",
        lead=None,
        blocks=[
            "Thực hiện kế hoạch của Đảng ủy Sở, chiều ngày 07/11, Chi bộ Văn phòng Sở tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao tinh thần trách nhiệm, đổi mới phong cách làm việc của cán bộ, đảng viên”.",
            ("img", "em", "2023/11/chibo-vanphong.jpg", "Quang cảnh buổi sinh hoạt chuyên đề", "Ảnh: Văn phòng Sở"),
            "Tại buổi sinh hoạt, các đảng viên thẳng thắn trao đổi về những việc làm được và chưa được trong thực hiện nhiệm vụ chuyên môn; nêu rõ nguyên nhân chậm trễ trong xử lý một số hồ sơ trên hệ thống quản lý văn bản điều hành.",
            "Chi bộ thống nhất đề ra các giải pháp như phân công rõ người, rõ việc, rõ thời hạn; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để cải thiện chất lượng phục vụ người dân, doanh nghiệp đến liên hệ công tác tại Sở.",
        ],
        authors=[], unit=None,
    ),
    dict(
        cid=4547, menu=2, dfmt="d4", date=D(2023, 11, 14, 7, 55), upd=D(2023, 11, 15, 8, 10),
        title="Hội thảo khoa học “Ứng dụng công nghệ số trong truy xuất nguồn gốc nông sản”",
        lead="Ngày 13/11, Sở Khoa học và Công nghệ phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội thảo khoa học về ứng dụng công nghệ số trong truy xuất nguồn gốc nông sản chủ lực của tỉnh.",
        blocks=[
            "Hội thảo thu hút gần 120 đại biểu là cán bộ quản lý, nhà khoa học, doanh nghiệp và hợp tác xã. Các tham luận tập trung vào thực trạng triển khai tem truy xuất nguồn gốc, kinh nghiệm xây dựng cơ sở dữ liệu vùng trồng và mã số vùng trồng phục vụ xuất khẩu.",
            ("img", "fig", "2023/11/hoithao-truyxuat.jpg", "Đại biểu trao đổi tại hội thảo", "Ảnh: Ngọc Hân"),
            "Theo Sở Khoa học và Công nghệ, đến nay toàn tỉnh có 64 cơ sở sử dụng Hệ thống truy xuất nguồn gốc của tỉnh với hơn 210 sản phẩm. Tuy nhiên, việc cập nhật nhật ký sản xuất điện tử còn hạn chế, nhiều hộ nông dân chưa quen thao tác trên điện thoại thông minh.",
            "Các đại biểu kiến nghị cần tích hợp dữ liệu truy xuất với hệ thống mã số vùng trồng, sàn thương mại điện tử; hỗ trợ chi phí in tem cho hợp tác xã trong năm đầu triển khai và tăng cường tuyên truyền để người tiêu dùng quét mã kiểm tra thông tin sản phẩm.",
            ("sig", "bold", "Ngọc Hân"),
        ],
        authors=["Ngọc Hân"], unit=None,
    ),
    dict(
        cid=4552, menu=2, dfmt="d1", date=D(2023, 11, 22, 15, 45),
        title="Sở Khoa học và Công nghệ triển khai kế hoạch chuyển đổi số năm 2024",
        lead=None,
        blocks=[
            "Sở Khoa học và Công nghệ vừa ban hành Kế hoạch chuyển đổi số năm 2024 với mục tiêu 100% hồ sơ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, 100% văn bản đi, đến được xử lý trên môi trường mạng (trừ văn bản mật).",
            "Kế hoạch đề ra các nhiệm vụ trọng tâm:",
            ("ul", [
                "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, hoàn thành trong quý II năm 2024;",
                "Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ các cấp, kết nối với cơ sở dữ liệu quốc gia;",
                "Triển khai phần mềm quản lý phương tiện đo, kết quả kiểm định trên môi trường số;",
                "Bồi dưỡng kỹ năng số cho 100% công chức, viên chức của Sở.",
            ]),
            "Giám đốc Sở yêu cầu thủ trưởng các phòng, đơn vị trực thuộc chịu trách nhiệm trước Giám đốc về kết quả chuyển đổi số tại đơn vị mình; định kỳ hằng quý báo cáo tiến độ về Văn phòng Sở để tổng hợp.",
        ],
        authors=[], unit="Văn phòng Sở", field_unit=True,
    ),
    dict(
        cid=4390, menu=5, dfmt="d1", date=D(2023, 6, 28, 9, 30),
        title="Nghiệm thu đề tài “Nghiên cứu quy trình nhân giống chôm chôm Rong riêng bằng phương pháp ghép”",
        lead="Hội đồng khoa học và công nghệ cấp tỉnh vừa họp nghiệm thu đề tài do Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì thực hiện.",
        blocks=[
            "Đề tài được thực hiện trong 30 tháng tại huyện Long Hồ và Mang Thít, nhằm xây dựng quy trình nhân giống chôm chôm Rong riêng đạt tỷ lệ sống cao, cây giống sạch bệnh, đáp ứng nhu cầu chuyển đổi cơ cấu cây trồng của nông dân.",
            ("img", "tbl", "2023/6/nghiemthu-chomchom.jpg", "Thành viên Hội đồng kiểm tra vườn ươm cây giống chôm chôm", "Ảnh: Bảo Ngọc"),
            "Kết quả nghiên cứu đã xác định được thời điểm ghép thích hợp là từ tháng 3 đến tháng 5, phương pháp ghép mắt nhỏ có gỗ cho tỷ lệ sống đạt 87,5%. Đề tài đã sản xuất 5.000 cây giống đạt tiêu chuẩn và chuyển giao cho 3 cơ sở sản xuất giống trong tỉnh.",
            "Hội đồng đánh giá đề tài hoàn thành đầy đủ các nội dung theo thuyết minh được duyệt, sản phẩm có khả năng ứng dụng cao, xếp loại “Đạt”. Hội đồng đề nghị chủ nhiệm đề tài bổ sung một số số liệu thống kê, hoàn chỉnh quy trình kỹ thuật để trình cơ quan có thẩm quyền công nhận tiến bộ kỹ thuật.",
            ("sig", "bold", "Bảo Ngọc"),
        ],
        authors=["Bảo Ngọc"], unit=None,
    ),
    dict(
        cid=4402, menu=5, dfmt="d3", date=D(2023, 7, 12),
        title="Xét duyệt thuyết minh đề tài xử lý bùn thải ao nuôi cá tra làm phân bón hữu cơ",
        lead=None,
        blocks=[
            "Ngày 11/7, Sở Khoa học và Công nghệ tổ chức họp Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện đề tài “Nghiên cứu xử lý bùn thải ao nuôi cá tra làm phân bón hữu cơ phục vụ sản xuất rau màu”.",
            "Theo thuyết minh, mỗi năm các vùng nuôi cá tra của tỉnh phát sinh hàng chục nghìn tấn bùn thải, phần lớn chưa được xử lý mà bơm trực tiếp ra môi trường hoặc đổ lên bờ, gây ô nhiễm nguồn nước và mùi hôi cho khu dân cư.",
            "Đề tài dự kiến thực hiện trong 24 tháng, nghiên cứu quy trình ủ bùn thải với chế phẩm vi sinh, đánh giá hàm lượng kim loại nặng và vi sinh vật gây hại trong sản phẩm, thử nghiệm phân bón trên cây cải xanh và hành lá tại huyện Trà Ôn.",
            "Các thành viên Hội đồng đề nghị nhóm nghiên cứu làm rõ phương pháp lấy mẫu, bổ sung phân tích hiệu quả kinh tế và phương án chuyển giao kết quả cho hợp tác xã sau khi nghiệm thu. Hội đồng thống nhất kiến nghị giao cho Trường Đại học Cửu Long chủ trì thực hiện.",
        ],
        authors=["Trương Thị Mỹ Duyên"], unit=None, field_author=True,
    ),
    dict(
        cid=4415, menu=5, dfmt="d2", date=D(2023, 8, 3, 10, 12, 5),
        title="Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024 họp phiên thứ nhất",
        lead="Từ ngày 01 đến 02/8, các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2024 đã họp xem xét 21 đề xuất.",
        blocks=[
            "Các đề xuất được gửi từ các sở, ngành, địa phương, trường đại học và doanh nghiệp, tập trung vào các lĩnh vực nông nghiệp công nghệ cao, y dược, khoa học xã hội và chuyển đổi số. Kết quả bỏ phiếu của các Hội đồng như sau:",
            ("table", [
                ["Lĩnh vực", "Số đề xuất", "Đề nghị thực hiện", "Không đề nghị"],
                ["Nông nghiệp", "9", "6", "3"],
                ["Y dược", "4", "3", "1"],
                ["Khoa học xã hội và nhân văn", "5", "3", "2"],
                ["Kỹ thuật và công nghệ", "3", "2", "1"],
            ]),
            "Nhiều đề xuất được Hội đồng đánh giá cao về tính cấp thiết như nghiên cứu giải pháp thích ứng với xâm nhập mặn cho vùng trồng cây ăn trái, xây dựng bản đồ số di tích lịch sử - văn hóa của tỉnh, ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh lý võng mạc do đái tháo đường.",
            "Sở Khoa học và Công nghệ sẽ tổng hợp kết quả, trình UBND tỉnh phê duyệt danh mục nhiệm vụ đặt hàng và thông báo tuyển chọn tổ chức, cá nhân chủ trì trên Cổng thông tin điện tử của Sở.",
            ("sig", "bold", "Phòng Quản lý khoa học"),
        ],
        authors=[], unit="Phòng Quản lý khoa học",
    ),
    dict(
        cid=4428, menu=5, dfmt="d5", date=D(2023, 8, 21, 14, 0),
        title="Chuyển giao mô hình trồng nấm bào ngư xám trên giá thể rơm cho nông dân xã Tân Quới",
        lead="Trung tâm Ứng dụng tiến bộ khoa học và công nghệ vừa tổ chức lớp tập huấn và chuyển giao mô hình trồng nấm bào ngư xám trên giá thể rơm cho 30 hộ nông dân xã Tân Quới, huyện Bình Tân.",
        blocks=[
            "Mô hình tận dụng nguồn rơm rạ sau thu hoạch lúa, vừa giảm tình trạng đốt đồng gây ô nhiễm, vừa tạo thêm thu nhập cho nông dân trong thời gian nông nhàn. Mỗi hộ tham gia được hỗ trợ 500 bịch phôi nấm, chế phẩm vi sinh và được hướng dẫn kỹ thuật xuyên suốt chu kỳ nuôi trồng.",
            ("img", "em", "2023/8/nam-baongu-1.jpg", "Cán bộ kỹ thuật hướng dẫn nông dân đóng bịch phôi nấm.", "Ảnh: Trung tâm Ứng dụng"),
            "Theo cán bộ kỹ thuật, nấm bào ngư xám có thời gian thu hoạch kéo dài khoảng 3 tháng, năng suất bình quân 0,6 - 0,8 kg nấm tươi mỗi bịch phôi. Với giá bán hiện nay khoảng 35.000 đồng/kg, mỗi hộ có thể thu lãi từ 6 đến 8 triệu đồng sau một vụ.",
            ("img", "em", "2023/8/nam-baongu-2.jpg", "Nấm bào ngư xám cho thu hoạch sau 25 ngày cấy meo.", "Ảnh: Trung tâm Ứng dụng"),
            "Bà Nguyễn Thị Tuyết, một hộ tham gia mô hình, cho biết trước đây rơm sau thu hoạch thường bị đốt bỏ, nay được tận dụng để làm giá thể trồng nấm, bã nấm sau thu hoạch lại dùng bón cho vườn cây ăn trái rất tốt.",
            ("sig", "nguon", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"),
        ],
        authors=[], unit="Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
    ),
    dict(
        cid=4436, menu=5, dfmt="d1", date=D(2023, 9, 7, 16, 25),
        title="Kiểm tra tiến độ dự án nuôi lươn không bùn tại huyện Mang Thít",
        lead=None,
        blocks=[
            "Ngày 06/9, đoàn kiểm tra của Sở Khoa học và Công nghệ đã kiểm tra tiến độ thực hiện dự án “Ứng dụng tiến bộ kỹ thuật xây dựng mô hình nuôi lươn không bùn trong bể lót bạt” tại xã Chánh An, huyện Mang Thít.",
            ("img", "tbl", "2023/9/luon-khongbun.jpg", "Đoàn kiểm tra thăm mô hình nuôi lươn trong bể lót bạt tại xã Chánh An", "Ảnh: Quốc Việt"),
            "Dự án được triển khai tại 10 hộ với tổng diện tích bể nuôi 300 m². Sau 5 tháng thả nuôi, lươn đạt trọng lượng bình quân 180 - 200 g/con, tỷ lệ sống khoảng 78%. Các hộ đã áp dụng đúng quy trình thay nước, bổ sung men tiêu hóa và theo dõi nhật ký cho ăn.",
            "Đoàn kiểm tra ghi nhận dự án thực hiện đúng tiến độ, kinh phí được sử dụng đúng mục đích. Tuy nhiên, giá thức ăn công nghiệp tăng cao khiến chi phí nuôi tăng so với dự toán; đoàn đề nghị đơn vị chủ trì nghiên cứu phối trộn thức ăn từ nguồn nguyên liệu sẵn có tại địa phương để giảm giá thành.",
            ("sig", "bold", "Quốc Việt"),
        ],
        authors=["Quốc Việt"], unit=None,
    ),
    dict(
        cid=4444, menu=5, dfmt="d4", date=D(2023, 9, 19, 9, 0), upd=D(2023, 9, 20, 14, 35),
        title="Tổng kết và trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XI",
        lead="Sáng ngày 18/9, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức lễ tổng kết và trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XI (2022 - 2023).",
        blocks=[
            "Hội thi nhận được 68 giải pháp dự thi thuộc 6 lĩnh vực, tăng 15 giải pháp so với lần thứ X. Ban Giám khảo đã chọn 25 giải pháp đạt giải, kết quả cụ thể như sau:",
            ("table", [
                ["Giải", "Số lượng", "Tiền thưởng mỗi giải (đồng)"],
                ["Giải Nhất", "2", "20.000.000"],
                ["Giải Nhì", "4", "15.000.000"],
                ["Giải Ba", "7", "10.000.000"],
                ["Giải Khuyến khích", "12", "5.000.000"],
            ]),
            "Hai giải pháp đạt giải Nhất gồm “Hệ thống tưới nhỏ giọt điều khiển qua điện thoại cho vườn bưởi” của nhóm tác giả Trường Cao đẳng Nghề Vĩnh Long và “Thiết bị phát hiện sớm nguy cơ té ngã cho người cao tuổi” của tác giả Huỳnh Tấn Lộc, Bệnh viện Đa khoa thị xã Bình Minh.",
            "Các giải pháp đạt giải cao sẽ được lựa chọn tham dự Hội thi Sáng tạo kỹ thuật toàn quốc và được xem xét hỗ trợ đăng ký bảo hộ sáng chế, giải pháp hữu ích.",
            ("files", [("Quyết định trao giải Hội thi Sáng tạo kỹ thuật lần thứ XI", "QD-tragiai-HTSTKT-XI.pdf"), ("Danh sách giải pháp đạt giải", "DS-giaiphap-datgiai.pdf")]),
        ],
        authors=[], unit="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", field_unit=True,
    ),
    dict(
        cid=4310, menu=8, dfmt="d1", date=D(2023, 6, 9, 15, 10),
        title="Kiểm tra đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ trên địa bàn tỉnh",
        lead="Từ ngày 29/5 đến 08/6, Chi cục Tiêu chuẩn Đo lường Chất lượng đã kiểm tra 24 cửa hàng bán lẻ xăng dầu tại thành phố Vĩnh Long và các huyện Long Hồ, Tam Bình.",
        blocks=[
            "Đoàn kiểm tra tập trung vào việc chấp hành quy định về đo lường đối với cột đo nhiên liệu, niêm phong, kẹp chì; việc công bố tiêu chuẩn áp dụng, công bố hợp quy và lấy mẫu thử nghiệm chỉ tiêu chất lượng xăng, dầu.",
            ("img", "tbl", "2023/6/kiemtra-xangdau.jpg", "Đoàn kiểm tra dùng bình chuẩn kiểm tra sai số cột đo xăng dầu", "Ảnh: Chi cục TĐC"),
            "Kết quả, 100% cột đo được kiểm tra có chứng chỉ kiểm định còn hiệu lực, sai số nằm trong giới hạn cho phép. 12 mẫu xăng, dầu được lấy gửi thử nghiệm đều đạt chỉ tiêu chất lượng theo quy chuẩn kỹ thuật quốc gia.",
            "Tuy nhiên, đoàn phát hiện 2 cửa hàng chưa niêm yết đầy đủ thông tin theo quy định và 1 cửa hàng sử dụng ca đong không còn hiệu lực kiểm định. Đoàn đã lập biên bản, yêu cầu khắc phục và chuyển hồ sơ đề nghị xử lý theo thẩm quyền.",
        ],
        authors=[], unit="Chi cục Tiêu chuẩn Đo lường Chất lượng", field_unit=True,
    ),
    dict(
        cid=4322, menu=8, dfmt="d3", date=D(2023, 9, 25),
        title="Kiểm định miễn phí cân đối chứng tại các chợ dịp Tết Trung thu",
        lead=None,
        blocks=[
            "Nhằm bảo vệ quyền lợi người tiêu dùng trong dịp Tết Trung thu, từ ngày 15 đến 22/9, Chi cục Tiêu chuẩn Đo lường Chất lượng đã kiểm định miễn phí 48 cân đối chứng đặt tại 46 chợ trên địa bàn tỉnh.",
            "Cân đối chứng được đặt tại vị trí dễ thấy trong chợ để người mua tự kiểm tra lại khối lượng hàng hóa sau khi mua. Ban quản lý các chợ được hướng dẫn cách bảo quản, sử dụng cân và tiếp nhận phản ánh của người dân về gian lận đo lường.",
            "Qua kiểm định, 46 cân đạt yêu cầu và được dán tem kiểm định; 2 cân bị hư hỏng bộ phận chỉ thị đã được đề nghị thay thế. Đồng thời, cán bộ Chi cục kiểm tra ngẫu nhiên 130 cân của tiểu thương, phát hiện 5 cân có sai số vượt mức cho phép và yêu cầu ngừng sử dụng.",
            "Trong dịp Tết Nguyên đán sắp tới, Chi cục sẽ tiếp tục tổ chức kiểm định miễn phí cân đối chứng và tăng cường kiểm tra đo lường đối với hàng đóng gói sẵn.",
            ("sig", "bold", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
        ],
        authors=[], unit="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    ),
    dict(
        cid=4335, menu=8, dfmt="d2", date=D(2023, 10, 10, 9, 48, 30),
        title="Hướng dẫn duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan hành chính",
        lead=None,
        blocks=[
            "Thực hiện Quyết định số 19/2014/QĐ-TTg và Quyết định số 101/QĐ-TTg của Thủ tướng Chính phủ, Sở Khoa học và Công nghệ đã tổ chức hội nghị hướng dẫn các cơ quan hành chính nhà nước trên địa bàn tỉnh duy trì, cải tiến Hệ thống quản lý chất lượng.",
            "Các nội dung được hướng dẫn gồm:",
            ("br", [
                "- Cập nhật quy trình giải quyết thủ tục hành chính khi có văn bản quy phạm pháp luật mới;",
                "- Đánh giá nội bộ, xem xét của lãnh đạo và khắc phục điểm không phù hợp;",
                "- Xác định rủi ro, cơ hội và mục tiêu chất lượng hằng năm;",
                "- Công bố lại Hệ thống quản lý chất lượng khi có điều chỉnh, mở rộng.",
            ]),
            "Qua kiểm tra năm 2023, phần lớn các cơ quan duy trì tốt hệ thống, tuy nhiên một số UBND cấp xã chưa cập nhật kịp thời quy trình khi thủ tục hành chính thay đổi, chưa thực hiện đánh giá nội bộ theo đúng kế hoạch.",
            "Sở đề nghị các cơ quan gửi báo cáo tình hình xây dựng, áp dụng, duy trì Hệ thống quản lý chất lượng năm 2023 về Sở trước ngày 15/12/2023 để tổng hợp báo cáo Bộ Khoa học và Công nghệ.",
        ],
        authors=["Phan Thị Hồng Nhung"], unit=None, field_author=True,
    ),
    dict(
        cid=4349, menu=8, dfmt="d1", date=D(2023, 11, 17, 10, 30),
        title="Khảo sát nhu cầu áp dụng công cụ cải tiến năng suất tại doanh nghiệp nhỏ và vừa",
        lead="Để xây dựng kế hoạch hỗ trợ năm 2024, Sở Khoa học và Công nghệ đã tiến hành khảo sát nhu cầu áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng tại 60 doanh nghiệp nhỏ và vừa.",
        blocks=[
            "Kết quả khảo sát cho thấy phần lớn doanh nghiệp quan tâm đến các công cụ đơn giản, chi phí thấp, dễ áp dụng. Tỷ lệ doanh nghiệp có nhu cầu theo từng hệ thống, công cụ như sau:",
            ("table", [
                ["Hệ thống, công cụ", "Số doanh nghiệp có nhu cầu", "Tỷ lệ (%)"],
                ["5S", "34", "56,7"],
                ["ISO 9001", "21", "35,0"],
                ["ISO 22000 / HACCP", "17", "28,3"],
                ["Kaizen", "12", "20,0"],
                ["Lean", "8", "13,3"],
            ]),
            "Các doanh nghiệp cũng kiến nghị được hỗ trợ kinh phí tư vấn, đào tạo đội ngũ nhân sự nội bộ và tổ chức tham quan học tập mô hình tại các doanh nghiệp đã áp dụng thành công.",
            "Trên cơ sở kết quả khảo sát, Sở sẽ tham mưu UBND tỉnh bố trí kinh phí hỗ trợ từ Chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa của tỉnh giai đoạn 2021 - 2030.",
            ("sig", "nguon", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
        ],
        authors=[], unit="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    ),
    dict(
        cid=4560, menu=11, dfmt="d3", date=D(2023, 11, 27),
        title="Thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024",
        lead=None,
        blocks=[
            "Căn cứ Quyết định phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2024 của UBND tỉnh, Sở Khoa học và Công nghệ thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện 12 nhiệm vụ (danh mục kèm theo).",
            ("h", "1. Hồ sơ đăng ký tuyển chọn"),
            ("ul", [
                "Đơn đăng ký chủ trì thực hiện nhiệm vụ;",
                "Thuyết minh nhiệm vụ theo mẫu quy định;",
                "Tóm tắt hoạt động khoa học và công nghệ của tổ chức đăng ký chủ trì;",
                "Lý lịch khoa học của cá nhân đăng ký chủ nhiệm và các thành viên thực hiện chính.",
            ]),
            ("h", "2. Thời hạn và địa điểm nhận hồ sơ"),
            "Hồ sơ nộp trực tiếp hoặc qua đường bưu điện về Phòng Quản lý khoa học, Sở Khoa học và Công nghệ, số 112 đường Phạm Hùng, phường 9, thành phố Vĩnh Long, hạn cuối ngày 10/01/2024 (tính theo dấu bưu điện).",
            "Mọi chi tiết xin liên hệ Phòng Quản lý khoa học, điện thoại 0270.3822.456.",
            ("files", [("Danh mục nhiệm vụ tuyển chọn năm 2024", "DM-nhiemvu-tuyenchon-2024.pdf"), ("Biểu mẫu hồ sơ", "Bieumau-hoso-tuyenchon.zip")]),
            ("sig", "bold", "Sở Khoa học và Công nghệ"),
        ],
        authors=[], unit="Sở Khoa học và Công nghệ",
    ),
    dict(
        cid=4566, menu=11, dfmt="d1", date=D(2023, 12, 1, 8, 0),
        title="Thông báo lịch tiếp công dân của Giám đốc Sở tháng 12 năm 2023",
        lead=None,
        blocks=[
            "Sở Khoa học và Công nghệ thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong tháng 12/2023 như sau:",
            ("table", [
                ["Ngày", "Thời gian", "Người tiếp", "Địa điểm"],
                ["Thứ Năm, 07/12/2023", "Sáng: 7 giờ 30 - 11 giờ", "Giám đốc Sở Trần Quốc Dũng", "Phòng tiếp công dân của Sở"],
                ["Thứ Năm, 21/12/2023", "Sáng: 7 giờ 30 - 11 giờ", "Phó Giám đốc Sở Lâm Thị Thu Hà", "Phòng tiếp công dân của Sở"],
            ]),
            "Trường hợp lãnh đạo Sở bận công tác đột xuất, Văn phòng Sở sẽ thông báo lịch tiếp bổ sung. Công dân đến liên hệ mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.",
        ],
        authors=[], unit=None,
    ),
]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def e(s: str) -> str:
    return html.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", nfc(s)).strip()


def detail_path(menu: int, cid: int) -> str:
    return f"/Portal/Detail.aspx?Organization={ORG}&MenuID={menu}&ContentID={cid}"


def list_path(menu: int, page: int | None = None) -> str:
    p = f"/Portal/List.aspx?Organization={ORG}&MenuID={menu}"
    return p + (f"&page={page}" if page else "")


def href(path: str, root_relative: bool = False) -> str:
    """Link as the portal writes it: relative to /Portal/ (with &amp;) inside /Portal pages."""
    if not root_relative and path.startswith("/Portal/"):
        path = path[len("/Portal/"):]
    return e(path)


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def hm(d: datetime) -> str:
    return d.strftime("%H:%M")


def ampm_vi(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{dmy(d)} {h}:{d.minute:02d}:{d.second:02d} {'SA' if d.hour < 12 else 'CH'}"


def iso(d: datetime | None, date_only: bool = False) -> str | None:
    if d is None:
        return None
    if date_only:
        d = d.replace(hour=0, minute=0, second=0)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def fake_b64(seed: str, n: int) -> str:
    rnd = random.Random(seed)
    raw = bytes(rnd.getrandbits(8) for _ in range(n))
    return "/wEPDwUKMTY" + base64.b64encode(raw).decode()


def counter(seed: int) -> tuple[str, str]:
    rnd = random.Random(seed)
    total = 2_418_000 + seed * 37 + rnd.randint(0, 900)
    online = rnd.randint(18, 140)
    fmt = lambda n: f"{n:,}".replace(",", ".")
    return fmt(total), str(online)


# ---------------------------------------------------------------------------
# body rendering -> (html, text paragraphs, images)
# ---------------------------------------------------------------------------

def render_body(a: dict, page_url: str) -> tuple[str, list[str], list[dict]]:
    out, text, images = [], [], []
    for b in a["blocks"]:
        if isinstance(b, str):
            out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {e(b)}</p>')
            text.append(clean(b))
            continue
        kind = b[0]
        if kind == "h":
            out.append(f'<p style="text-align: justify;"><strong>{e(b[1])}</strong></p>')
            text.append(clean(b[1]))
        elif kind == "img":
            _, style, file, cap, credit = b
            src_attr = f"/Upload/{ORG}/Images/{file}"
            if a["cid"] % 3 == 0:  # some editors inserted document-relative paths
                src_attr = f"../Upload/{ORG}/Images/{file}"
            src_abs = urljoin(page_url, src_attr)
            alt = e(cap)
            if style == "tbl":
                captxt = e(cap) + (f" ({e(credit)})" if credit else "")
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 520px;">'
                    f'<tbody><tr><td><img alt="{alt}" src="{e(src_attr)}" style="width: 520px; height: 347px;" /></td></tr>'
                    f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{captxt}</em></span></td></tr>'
                    '</tbody></table>')
            elif style == "em":
                captxt = e(cap) + (f" {e(credit)}" if credit else "")
                out.append(f'<p style="text-align: center;"><img alt="" src="{e(src_attr)}" style="width: 500px; height: 333px;" /></p>')
                out.append(f'<p style="text-align: center;"><em>{captxt}</em></p>')
            else:  # fig (CKEditor 4 image2 widget)
                captxt = e(cap) + (f" - {e(credit)}" if credit else "")
                out.append(
                    f'<figure class="image" style="display:inline-block"><img alt="{alt}" height="340" src="{e(src_attr)}" width="510" />'
                    f'<figcaption>{captxt}</figcaption></figure>')
            images.append({"src": src_abs, "caption": clean(cap), "credit": credit})
        elif kind == "table":
            rows = b[1]
            h = ['<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>']
            for i, r in enumerate(rows):
                cells = "".join(
                    (f'<td style="text-align: center;"><strong>{e(c)}</strong></td>' if i == 0 else f"<td>{e(c)}</td>")
                    for c in r)
                h.append(f"<tr>{cells}</tr>")
                text.append(" | ".join(clean(c) for c in r))
            h.append("</tbody></table>")
            out.append("".join(h))
        elif kind == "ul":
            out.append("<ul>" + "".join(f'<li style="text-align: justify;">{e(i)}</li>' for i in b[1]) + "</ul>")
            text.extend(clean(i) for i in b[1])
        elif kind == "br":
            out.append('<p style="text-align: justify;">' + "<br />\r\n".join(e(l) for l in b[1]) + "</p>")
            text.extend(clean(l) for l in b[1])
        elif kind == "sig":
            if b[1] == "bold":
                out.append(f'<p style="text-align: right;"><strong>{e(b[2])}</strong></p>')
            else:
                out.append(f'<p style="text-align: right;"><em>Nguồn: {e(b[2])}</em></p>')
        elif kind == "files":
            lis = "".join(
                f'<li><a href="/Upload/{ORG}/Files/{e(f)}" target="_blank"><img src="/Portal/Images/icon_attach.gif" alt="" /> {e(lbl)}</a></li>'
                for lbl, f in b[1])
            out.append(f'<p><strong><u>File đính kèm:</u></strong></p><ul class="fileattach">{lis}</ul>')
    return "\r\n".join(out), text, images


# ---------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------

MENU_TOP = [
    ("Trang chủ", "/"),
    ("Giới thiệu", detail_path(20, 12)),
    ("Tin tức - Sự kiện", list_path(2)),
    ("Hoạt động KH&CN", list_path(5)),
    ("TC-ĐL-CL", list_path(8)),
    ("Thông báo", list_path(11)),
    ("Văn bản", "/Portal/VanBan.aspx?Organization=SKHCN"),
    ("Dịch vụ công", "https://dichvucong.vinhlong.gov.vn/"),
    ("Liên hệ", "/Portal/LienHe.aspx?Organization=SKHCN"),
    ("Sơ đồ cổng", "/Portal/SiteMap.aspx?Organization=SKHCN"),
]

LEFT_MENU = [
    ("Giới thiệu", [("Giới thiệu chung", detail_path(20, 12)), ("Chức năng nhiệm vụ", detail_path(20, 13)),
                    ("Cơ cấu tổ chức", detail_path(20, 14)), ("Lãnh đạo Sở", detail_path(20, 15))]),
    ("Tin tức - Sự kiện", [("Tin trong tỉnh", list_path(2)), ("Tin trong nước", "/Portal/List.aspx?Organization=SKHCN&MenuID=3")]),
    ("Hoạt động KH&CN", [("Quản lý khoa học", list_path(5)), ("Sở hữu trí tuệ", "/Portal/List.aspx?Organization=SKHCN&MenuID=6"),
                         ("Ứng dụng tiến bộ KH&CN", "/Portal/List.aspx?Organization=SKHCN&MenuID=7")]),
    ("Tiêu chuẩn - Đo lường - Chất lượng", [("Hoạt động Chi cục TĐC", list_path(8)), ("Năng suất chất lượng", "/Portal/List.aspx?Organization=SKHCN&MenuID=9")]),
    ("Thông báo", [("Thông báo", list_path(11)), ("Lịch công tác", "/Portal/LichCongTac.aspx?Organization=SKHCN")]),
    ("Hỏi đáp", [("Gửi câu hỏi", "/Portal/HoiDap.aspx?Organization=SKHCN")]),
    ("Thủ tục hành chính", [("Tra cứu hồ sơ", "/Portal/TraCuu.aspx?Organization=SKHCN")]),
]

LINKS = [
    ("Cổng TTĐT Chính phủ", "http://www.chinhphu.vn"),
    ("Bộ Khoa học và Công nghệ", "https://www.most.gov.vn"),
    ("Cổng TTĐT tỉnh Vĩnh Long", "https://vinhlong.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Sở Nông nghiệp và PTNT", "https://snnptnt.vinhlong.gov.vn"),
    ("Sở Thông tin và Truyền thông", "https://stttt.vinhlong.gov.vn"),
    ("Sở Tư pháp", "https://stp.vinhlong.gov.vn"),
    ("UBND thành phố Vĩnh Long", "https://tpvinhlong.vinhlong.gov.vn"),
    ("UBND huyện Long Hồ", "https://longho.vinhlong.gov.vn"),
    ("UBND huyện Mang Thít", "https://mangthit.vinhlong.gov.vn"),
    ("UBND huyện Vũng Liêm", "https://vungliem.vinhlong.gov.vn"),
    ("UBND huyện Trà Ôn", "https://traon.vinhlong.gov.vn"),
    ("UBND thị xã Bình Minh", "https://binhminh.vinhlong.gov.vn"),
]

VANBAN = [
    ("Quyết định số 2518/QĐ-UBND về việc phê duyệt danh mục nhiệm vụ KH&CN năm 2024", "2518-QD-UBND"),
    ("Kế hoạch số 145/KH-SKHCN triển khai chuyển đổi số năm 2024", "145-KH-SKHCN"),
    ("Công văn số 1012/SKHCN-QLCN về việc báo cáo tình hình sử dụng thiết bị X-quang", "1012-SKHCN-QLCN"),
    ("Thông tư số 12/2023/TT-BKHCN quy định về đo lường đối với phép đo khối lượng", "12-2023-TT-BKHCN"),
    ("Quyết định số 1956/QĐ-UBND ban hành quy chế quản lý nhiệm vụ KH&CN", "1956-QD-UBND"),
]


def site_links(root_rel: bool) -> str:
    return "\r\n".join(f'<option value="{e(u)}">{e(n)}</option>' for n, u in LINKS)


def header(root_rel: bool) -> str:
    wd = WEEKDAYS[TODAY.weekday()]
    tops = "".join(
        f'<td class="menutop_item"><a href="{href(u, root_rel) if u.startswith("/") else e(u)}" class="menutop">{e(n)}</a></td>'
        '<td class="menutop_sep"><img src="/Portal/Images/sep.gif" alt="" /></td>'
        for n, u in MENU_TOP)
    return f"""
<table id="tblHeader" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td class="banner"><a href="/"><img id="ctl00_imgBanner" src="/Portal/Images/banner_skhcn.jpg" alt="Sở Khoa học và Công nghệ tỉnh Vĩnh Long" width="1000" height="150" border="0" /></a></td>
  </tr>
  <tr>
    <td class="menutop_bg">
      <table border="0" cellspacing="0" cellpadding="0"><tr>{tops}</tr></table>
    </td>
  </tr>
  <tr>
    <td class="subheader">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td class="ngaythang"><span id="ctl00_lblNgay">{wd}, ngày {dmy(TODAY)}</span></td>
        <td class="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng bạn đến với Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Vĩnh Long</marquee></td>
        <td class="timkiem" align="right">
          <input name="ctl00$ucSearch$txtKeyword" type="text" id="ctl00_ucSearch_txtKeyword" class="txtSearch" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value='';" />
          <input type="image" name="ctl00$ucSearch$btnSearch" id="ctl00_ucSearch_btnSearch" src="/Portal/Images/btn_search.gif" alt="Tìm kiếm" style="border-width:0px;" />
        </td>
      </tr></table>
    </td>
  </tr>
</table>"""


def left_column(root_rel: bool, seed: int) -> str:
    parts = []
    for i, (grp, items) in enumerate(LEFT_MENU):
        lis = "".join(
            f'<tr><td class="leftmenu_sub"><img src="/Portal/Images/arrow.gif" alt="" />&nbsp;<a href="{href(u, root_rel)}" class="leftmenu_link">{e(n)}</a></td></tr>'
            for n, u in items)
        parts.append(
            f'<tr><td class="leftmenu_title" id="ctl00_ucLeftMenu_rptMenu_ctl{i:02d}_tdTitle">{e(grp)}</td></tr>{lis}')
    rnd = random.Random(seed)
    vbs = VANBAN[:]
    rnd.shuffle(vbs)
    vb = "".join(
        f'<tr><td class="vanban_item"><img src="/Portal/Images/icon_vb.gif" alt="" /> <a href="{href("/Portal/VanBanDetail.aspx?Organization=SKHCN&ID=" + k, root_rel)}">{e(n)}</a></td></tr>'
        for n, k in vbs[:4])
    return f"""
<table id="ctl00_ucLeftMenu_tblMenu" class="leftmenu" width="220" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>DANH MỤC</span></td></tr>
  {''.join(parts)}
</table>
<table class="box" width="220" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>VĂN BẢN MỚI</span></td></tr>
  {vb}
  <tr><td align="right"><a href="{href('/Portal/VanBan.aspx?Organization=SKHCN', root_rel)}" class="xemtiep">Xem tiếp »</a></td></tr>
</table>
<table class="box" width="220" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>LIÊN KẾT WEBSITE</span></td></tr>
  <tr><td align="center">
    <select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" class="ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
      <option value="">--- Liên kết website ---</option>
      {site_links(root_rel)}
    </select>
  </td></tr>
  <tr><td align="center"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Portal/Images/dichvucongquocgia.png" alt="Cổng Dịch vụ công quốc gia" width="200" border="0" /></a></td></tr>
  <tr><td align="center"><a href="https://tinnhiemmang.vn" target="_blank"><img src="/Portal/Images/tinnhiemmang.png" alt="Chứng nhận Tín Nhiệm Mạng" width="150" border="0" /></a></td></tr>
</table>"""


def right_column(root_rel: bool, seed: int, exclude: int | None = None) -> str:
    rnd = random.Random(seed * 7 + 1)
    pool = [a for a in ARTICLES if a["cid"] != exclude]
    rnd.shuffle(pool)
    items = "".join(
        f'<tr><td class="tinmoi_item"><img src="/Portal/Images/bullet.gif" alt="" /> <a href="{href(detail_path(a["menu"], a["cid"]), root_rel)}">{e(a["title"])}</a></td></tr>'
        for a in pool[:6])
    return f"""
<table class="box" width="230" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>TIN ĐỌC NHIỀU</span></td></tr>
  {items}
</table>
<table class="box" width="230" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>THĂM DÒ Ý KIẾN</span></td></tr>
  <tr><td class="poll_question"><span id="ctl00_ucPoll_lblQuestion">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở?</span></td></tr>
  <tr><td>
    <table id="ctl00_ucPoll_rblAnswer" border="0">
      <tr><td><input id="ctl00_ucPoll_rblAnswer_0" type="radio" name="ctl00$ucPoll$rblAnswer" value="1" /><label for="ctl00_ucPoll_rblAnswer_0">Rất đẹp, dễ sử dụng</label></td></tr>
      <tr><td><input id="ctl00_ucPoll_rblAnswer_1" type="radio" name="ctl00$ucPoll$rblAnswer" value="2" /><label for="ctl00_ucPoll_rblAnswer_1">Đẹp</label></td></tr>
      <tr><td><input id="ctl00_ucPoll_rblAnswer_2" type="radio" name="ctl00$ucPoll$rblAnswer" value="3" /><label for="ctl00_ucPoll_rblAnswer_2">Bình thường</label></td></tr>
      <tr><td><input id="ctl00_ucPoll_rblAnswer_3" type="radio" name="ctl00$ucPoll$rblAnswer" value="4" /><label for="ctl00_ucPoll_rblAnswer_3">Khó sử dụng</label></td></tr>
    </table>
  </td></tr>
  <tr><td align="center">
    <input type="submit" name="ctl00$ucPoll$btnVote" value="Bình chọn" id="ctl00_ucPoll_btnVote" class="button" />
    <input type="submit" name="ctl00$ucPoll$btnResult" value="Kết quả" id="ctl00_ucPoll_btnResult" class="button" />
  </td></tr>
</table>
<table class="box" width="230" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="box_title"><span>HỖ TRỢ TRỰC TUYẾN</span></td></tr>
  <tr><td class="hotro">Đường dây nóng: <b>0270.3822.456</b><br />Email: <a href="mailto:skhcn@vinhlong.gov.vn">skhcn@vinhlong.gov.vn</a></td></tr>
</table>"""


def counter_box(seed: int) -> str:
    total, online = counter(seed)
    return f"""<table id="ctl00_ContentPlaceHolder1_ucThongKe_tblThongKe" class="thongke" width="100%" border="0" cellspacing="0" cellpadding="2">
  <tr><td class="thongke_item"><img src="/Portal/Images/icon_user.gif" alt="" /> Số lượt truy cập: <span id="ctl00_ContentPlaceHolder1_ucThongKe_lblTongTruyCap" class="so">{total}</span></td></tr>
  <tr><td class="thongke_item"><img src="/Portal/Images/icon_online.gif" alt="" /> Đang truy cập: <span id="ctl00_ContentPlaceHolder1_ucThongKe_lblDangTruyCap" class="so">{online}</span></td></tr>
</table>"""


FOOTER = """
<table id="tblFooter" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr><td class="footer_menu"><a href="/">Trang chủ</a> | <a href="LienHe.aspx?Organization=SKHCN">Liên hệ</a> | <a href="SiteMap.aspx?Organization=SKHCN">Sơ đồ cổng</a> | <a href="Login.aspx?Organization=SKHCN">Đăng nhập</a></td></tr>
  <tr><td class="footer">
    <b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH VĨNH LONG</b><br />
    Chịu trách nhiệm chính: Ông Trần Quốc Dũng - Giám đốc Sở Khoa học và Công nghệ<br />
    Địa chỉ: Số 112 đường Phạm Hùng, phường 9, thành phố Vĩnh Long, tỉnh Vĩnh Long<br />
    Điện thoại: 0270.3822.456 - Fax: 0270.3822.457 - Email: skhcn@vinhlong.gov.vn<br />
    Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 14/3/2016<br />
    Ghi rõ nguồn "Cổng thông tin điện tử Sở KH&amp;CN Vĩnh Long" khi phát hành lại thông tin từ nguồn này.
  </td></tr>
</table>"""


def page(path: str, body_main: str, seed: int, root_rel: bool = False, exclude: int | None = None,
         base_path: str | None = None, vs_size: int = 9000) -> str:
    """Full page; path is the request URL path+query (unescaped)."""
    base = HOST + (base_path or path)
    action = "./" + path.rsplit("/", 1)[1] if path.startswith("/Portal/") else "./Portal/Default.aspx?Organization=SKHCN"
    vs = fake_b64(path, vs_size)
    ev = fake_b64(path + "ev", 420)[11:]
    footer = FOOTER if not root_rel else FOOTER.replace('href="LienHe', 'href="/Portal/LienHe').replace('href="SiteMap', 'href="/Portal/SiteMap').replace('href="Login', 'href="/Portal/Login')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><base href="{e(base)}" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Vĩnh Long
</title><meta name="keywords" content="Sở Khoa học và Công nghệ, Vĩnh Long, khoa học, công nghệ, đo lường, chất lượng" /><meta name="description" content="Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Vĩnh Long" /><link href="/Portal/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link href="/Portal/App_Themes/Default/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/Portal/Images/favicon.ico" />
<script type="text/javascript" src="/Portal/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/Portal/Scripts/common.js"></script>
</head>
<body>
    <form name="aspnetForm" method="post" action="{e(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLfV{seed % 97}PK1Fq0nZq8Yk1&amp;t=634605546709717464" type="text/javascript"></script>

<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{GENERATORS.get(path.split('?')[0], 'CA0B0334')}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEW{ev}" />
</div>
<div id="wrapper">
{header(root_rel)}
<table id="tblMain" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td id="tdLeft" width="220" valign="top">{left_column(root_rel, seed)}</td>
    <td id="tdCenter" valign="top" class="center">
{body_main}
    </td>
    <td id="tdRight" width="230" valign="top">{right_column(root_rel, seed, exclude)}</td>
  </tr>
</table>
{footer}
</div>
<script type="text/javascript">
//<![CDATA[
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-21348790-1']);
_gaq.push(['_trackPageview']);
//]]>
</script>
</form>
</body>
</html>
"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/" class="breadcrumb">Trang chủ</a>']
    for n, u in items:
        parts.append(f'<a href="{href(u)}" class="breadcrumb">{e(n)}</a>' if u else f'<span class="breadcrumb_current">{e(n)}</span>')
    return '<table class="tblBreadcrumb" width="100%" cellpadding="0" cellspacing="0"><tr><td class="breadcrumb_bg"><img src="/Portal/Images/home.gif" alt="" /> ' + " » ".join(parts) + "</td></tr></table>"


def date_line(a: dict) -> tuple[str, dict]:
    d, f = a["date"], a["dfmt"]
    if f == "d1":
        return f'Ngày đăng: {dmy(d)} {hm(d)}', dict(published_at=iso(d), updated_at=None, date_label="Ngày đăng")
    if f == "d2":
        return f'Cập nhật: {ampm_vi(d)}', dict(published_at=iso(d), updated_at=None, date_label="Cập nhật")
    if f == "d3":
        return f'Ngày đăng: {dmy(d)}', dict(published_at=iso(d, True), updated_at=None, date_label="Ngày đăng")
    if f == "d4":
        u = a["upd"]
        return (f'Ngày đăng: {dmy(d)} {hm(d)} - Ngày cập nhật: {dmy(u)} {hm(u)}',
                dict(published_at=iso(d), updated_at=iso(u), date_label="Ngày đăng"))
    if f == "d5":
        return f'{WEEKDAYS[d.weekday()]}, {dmy(d)} {hm(d)}', dict(published_at=iso(d), updated_at=None, date_label=None)
    raise ValueError(f)


def write(name: str, path: str, kind: str, html_text: str, expected: dict | None = None) -> None:
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.html").write_bytes(nfc(html_text).encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def others_box(a: dict, soft404: bool = False) -> str:
    same = [x for x in ARTICLES if x["menu"] == a["menu"] and x["cid"] != a["cid"]]
    same.sort(key=lambda x: x["date"], reverse=True)
    rows = []
    for x in same[:8]:
        rows.append(
            f'<tr><td class="tinkhac_item"><img src="/Portal/Images/bullet2.gif" alt="" /> '
            f'<a href="{href(detail_path(x["menu"], x["cid"]))}" class="tinkhac">{e(x["title"])}</a> '
            f'<span class="tinkhac_date">({dmy(x["date"])})</span></td></tr>')
    if soft404:
        rows.append(
            f'<tr><td class="tinkhac_item"><img src="/Portal/Images/bullet2.gif" alt="" /> '
            f'<a href="{href(detail_path(8, 4299))}" class="tinkhac">Kiểm tra chất lượng mũ bảo hiểm lưu thông trên thị trường</a> '
            f'<span class="tinkhac_date">(18/05/2023)</span></td></tr>')
    return ('<table id="ctl00_ContentPlaceHolder1_ctl00_tblTinKhac" class="tinkhac" width="100%" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td class="tinkhac_title">Các tin khác</td></tr>' + "".join(rows) + "</table>")


# ---------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------

def build_article(a: dict) -> None:
    path = detail_path(a["menu"], a["cid"])
    url = HOST + path
    body_html, text, images = render_body(a, url)
    dl, dates = date_line(a)
    cat = MENUS[a["menu"]]
    lead_html = ""
    if a.get("lead"):
        pre = (a["prefix"] + " ") if a.get("prefix") else ""
        lead_html = f'<div class="tomtat"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTomTat"><b>{e(pre + a["lead"])}</b></span></div>'
    fields = ""
    if a.get("field_author"):
        fields += f'<div class="tacgia">Tác giả: <span id="ctl00_ContentPlaceHolder1_ctl00_lblTacGia">{e(a["authors"][0])}</span></div>'
    if a.get("field_unit"):
        fields += f'<div class="nguontin">Nguồn tin: <span id="ctl00_ContentPlaceHolder1_ctl00_lblNguonTin">{e(a["unit"])}</span></div>'
    seed = a["cid"]
    main = f"""
{breadcrumb([(cat, list_path(a["menu"]))])}
<table id="ctl00_ContentPlaceHolder1_ctl00_tblDetail" class="tblDetail" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="detail_title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle" class="title">{e(a["title"])}</span></td></tr>
  <tr><td class="detail_date"><span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang" class="date">{e(dl)}</span></td></tr>
  <tr><td class="detail_content">
    {lead_html}
    <div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="noidung">
{body_html}
    </div>
    {fields}
    {counter_box(seed)}
    <div class="detail_tool">
      <a href="javascript:window.print();" class="tool"><img src="/Portal/Images/print.gif" alt="" /> In trang</a>&nbsp;&nbsp;
      <a href="javascript:history.back();" class="tool"><img src="/Portal/Images/back.gif" alt="" /> Quay lại</a>&nbsp;&nbsp;
      <a id="ctl00_ContentPlaceHolder1_ctl00_lbtnGuiMail" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ctl00$lbtnGuiMail','')" class="tool"><img src="/Portal/Images/email.gif" alt="" /> Gửi email</a>
    </div>
    {others_box(a, soft404=(a["cid"] == 4310))}
  </td></tr>
</table>"""
    doc = page(path, main, seed, exclude=a["cid"], vs_size=14000 + (seed % 7) * 1500)
    lead = clean(a["lead"]) if a.get("lead") else None
    expected = dict(
        title=clean(a["title"]),
        agency_prefix=a.get("prefix"),
        lead=lead,
        text="\n\n".join(text),
        **dates,
        authors=a["authors"],
        unit=a["unit"],
        images=images,
        category=cat,
    )
    expected = {k: expected[k] for k in ["title", "agency_prefix", "lead", "text", "published_at", "updated_at",
                                          "date_label", "authors", "unit", "images", "category"]}
    write(f"detail-{a['cid']}", path, "article", doc, expected)


def list_item(a: dict, root_rel: bool, thumb: bool = True) -> str:
    u = href(detail_path(a["menu"], a["cid"]), root_rel)
    img = ""
    imgs = [b for b in a["blocks"] if not isinstance(b, str) and b[0] == "img"]
    if thumb and imgs:
        img = f'<a href="{u}"><img src="/Upload/{ORG}/Images/{e(imgs[0][2])}" class="thumb" width="120" height="80" alt="" border="0" /></a>'
    summary = a.get("lead") or next(b for b in a["blocks"] if isinstance(b, str))
    if len(summary) > 220:
        summary = summary[:220].rsplit(" ", 1)[0] + "..."
    return f"""<tr><td class="list_item" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="130" valign="top">{img}</td>
    <td valign="top"><a href="{u}" class="list_title">{e(a["title"])}</a> <span class="list_date">({dmy(a["date"])})</span><br />
    <span class="list_summary">{e(summary)}</span></td>
  </tr></table>
</td></tr>"""


def build_lists() -> None:
    for menu, name in MENUS.items():
        arts = sorted([a for a in ARTICLES if a["menu"] == menu], key=lambda a: a["date"], reverse=True)
        npages = (len(arts) + PER_PAGE - 1) // PER_PAGE
        for p in range(1, npages + 1):
            chunk = arts[(p - 1) * PER_PAGE: p * PER_PAGE]
            path = list_path(menu) if p == 1 else list_path(menu, p)
            pager = ""
            if npages > 1:
                links = []
                for q in range(1, npages + 1):
                    if q == p:
                        links.append(f'<span class="page_current">{q}</span>')
                    else:
                        links.append(f'<a href="{href(list_path(menu, q))}" class="page">{q}</a>')
                if p < npages:
                    links.append(f'<a href="{href(list_path(menu, p + 1))}" class="page">Sau »</a>')
                pager = '<tr><td class="pager" align="center">Trang: ' + " ".join(links) + "</td></tr>"
            main = f"""
{breadcrumb([(name, None)])}
<table id="ctl00_ContentPlaceHolder1_ctl00_tblList" class="tblList" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="list_cat_title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblMenuName">{e(name)}</span></td></tr>
  {''.join(list_item(a, False) for a in chunk)}
  {pager}
</table>
{counter_box(menu * 13 + p)}"""
            write(f"list-{menu}" + (f"-p{p}" if p > 1 else ""), path, "listing", page(path, main, menu * 13 + p))


def build_home() -> None:
    arts = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    top = arts[0]
    blocks = []
    for menu, name in MENUS.items():
        items = [a for a in arts if a["menu"] == menu][:4]
        lis = "".join(
            f'<tr><td class="home_item"><img src="/Portal/Images/bullet.gif" alt="" /> <a href="{href(detail_path(a["menu"], a["cid"]), True)}">{e(a["title"])}</a> <span class="date">({dmy(a["date"])})</span></td></tr>'
            for a in items)
        blocks.append(f"""<table class="home_box" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="home_box_title"><a href="{href(list_path(menu), True)}">{e(name)}</a></td></tr>
  {lis}
  <tr><td align="right"><a href="{href(list_path(menu), True)}" class="xemtiep">Xem tiếp »</a></td></tr>
</table>""")
    others = "".join(list_item(a, True, thumb=False) for a in arts[1:6])
    main = f"""
<table id="ctl00_ContentPlaceHolder1_ucTinNoiBat_tblNoiBat" class="noibat" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="noibat_title">TIN NỔI BẬT</td></tr>
  {list_item(top, True)}
  {others}
</table>
{''.join(blocks)}
<table class="home_box" width="100%"><tr><td class="home_box_title">Trang thông tin</td></tr>
<tr><td><a href="/Portal/Search.aspx?Organization=SKHCN&amp;Keyword=s%E1%BB%9F+h%E1%BB%AFu+tr%C3%AD+tu%E1%BB%87">Tìm kiếm: sở hữu trí tuệ</a> |
<a href="/Portal/Detail.aspx?Organization=SKHCN&amp;MenuID=20&amp;ContentID=13">Chức năng nhiệm vụ</a></td></tr></table>
{counter_box(1)}"""
    # IIS serves "/" through a rewrite; the page still announces its internal URL in <base>.
    write("home", "/", "listing", page("/", main, 1, root_rel=True,
                                          base_path="/Portal/Default.aspx?Organization=SKHCN&MenuID=0"))


def build_static() -> None:
    # Giới thiệu chung — same Detail.aspx shape as articles, but a static page
    path = detail_path(20, 12)
    main = f"""
{breadcrumb([("Giới thiệu", None)])}
<table id="ctl00_ContentPlaceHolder1_ctl00_tblDetail" class="tblDetail" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="detail_title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle" class="title">Giới thiệu chung về Sở Khoa học và Công nghệ</span></td></tr>
  <tr><td class="detail_content">
    <div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="noidung">
<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; Sở Khoa học và Công nghệ tỉnh Vĩnh Long là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về hoạt động khoa học và công nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.</p>
<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.</p>
<p style="text-align: justify;"><strong>Cơ cấu tổ chức</strong></p>
<ul><li>Lãnh đạo Sở: Giám đốc và các Phó Giám đốc;</li><li>Văn phòng Sở, Thanh tra Sở;</li><li>Phòng Quản lý khoa học; Phòng Quản lý công nghệ và Sở hữu trí tuệ;</li><li>Chi cục Tiêu chuẩn Đo lường Chất lượng;</li><li>Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Trung tâm Thông tin và Thống kê khoa học và công nghệ.</li></ul>
<p style="text-align: justify;"><strong>Địa chỉ:</strong> Số 112 đường Phạm Hùng, phường 9, thành phố Vĩnh Long.</p>
    </div>
    {counter_box(12)}
  </td></tr>
</table>"""
    write("gioi-thieu", path, "static", page(path, main, 12))

    path2 = detail_path(20, 13)
    main2 = f"""
{breadcrumb([("Giới thiệu", detail_path(20, 12)), ("Chức năng nhiệm vụ", None)])}
<table id="ctl00_ContentPlaceHolder1_ctl00_tblDetail" class="tblDetail" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="detail_title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle" class="title">Chức năng, nhiệm vụ và quyền hạn</span></td></tr>
  <tr><td class="detail_content">
    <div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="noidung">
<p><strong>1. Vị trí và chức năng</strong></p>
<p style="text-align: justify;">Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc UBND tỉnh, thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về khoa học và công nghệ trên địa bàn tỉnh theo quy định của pháp luật.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p style="text-align: justify;">a) Trình UBND tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về khoa học và công nghệ;<br />
b) Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;<br />
c) Quản lý hoạt động nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo; quản lý tiêu chuẩn, đo lường, chất lượng;<br />
d) Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo trong lĩnh vực được giao.</p>
    </div>
    {counter_box(13)}
  </td></tr>
</table>"""
    write("chuc-nang-nhiem-vu", path2, "static", page(path2, main2, 13))


def build_contact() -> None:
    path = "/Portal/LienHe.aspx?Organization=SKHCN"
    rows = [
        ("Văn phòng Sở", "0270.3822.456", "vanphong.skhcn@vinhlong.gov.vn"),
        ("Thanh tra Sở", "0270.3822.458", "thanhtra.skhcn@vinhlong.gov.vn"),
        ("Phòng Quản lý khoa học", "0270.3823.112", "qlkh.skhcn@vinhlong.gov.vn"),
        ("Phòng Quản lý công nghệ và Sở hữu trí tuệ", "0270.3823.113", "qlcn.skhcn@vinhlong.gov.vn"),
        ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "0270.3824.020", "chicuctdc@vinhlong.gov.vn"),
        ("Trung tâm Ứng dụng tiến bộ KH&CN", "0270.3825.671", "ttudkhcn@vinhlong.gov.vn"),
        ("Trung tâm Thông tin và Thống kê KH&CN", "0270.3825.672", "ttttkhcn@vinhlong.gov.vn"),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for i, (a, b, c) in enumerate(rows, 1))
    main = f"""
{breadcrumb([("Liên hệ", None)])}
<table class="tblContact" width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td class="list_cat_title">LIÊN HỆ</td></tr>
  <tr><td><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH VĨNH LONG</b><br />Địa chỉ: Số 112 đường Phạm Hùng, phường 9, thành phố Vĩnh Long<br />Điện thoại: 0270.3822.456 - Fax: 0270.3822.457</td></tr>
  <tr><td><table class="danhba" border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>STT</th><th>Đơn vị</th><th>Điện thoại</th><th>Email</th></tr>{trs}</table></td></tr>
  <tr><td>
    <table class="lienhe_form" border="0" cellpadding="3">
      <tr><td>Họ tên (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" style="width:300px;" /></td></tr>
      <tr><td>Email (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" style="width:300px;" /></td></tr>
      <tr><td>Tiêu đề:</td><td><input name="ctl00$ContentPlaceHolder1$txtTieuDe" type="text" id="ctl00_ContentPlaceHolder1_txtTieuDe" style="width:300px;" /></td></tr>
      <tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="20" id="ctl00_ContentPlaceHolder1_txtNoiDung" style="width:300px;"></textarea></td></tr>
      <tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" id="ctl00_ContentPlaceHolder1_btnGui" class="button" /></td></tr>
    </table>
  </td></tr>
</table>
{counter_box(31)}"""
    write("lien-he", path, "contact", page(path, main, 31))


def build_search() -> None:
    path = "/Portal/Search.aspx?Organization=SKHCN&Keyword=s%E1%BB%9F+h%E1%BB%AFu+tr%C3%AD+tu%E1%BB%87"
    hits = [a for a in ARTICLES if "nhãn hiệu" in a["title"] or "sáng kiến" in a["title"] or "Sáng tạo" in a["title"]]
    rows = "".join(
        f'<tr><td class="search_item"><a href="{href(detail_path(a["menu"], a["cid"]))}" class="list_title">{e(a["title"])}</a> <span class="list_date">({dmy(a["date"])})</span></td></tr>'
        for a in hits)
    main = f"""
{breadcrumb([("Kết quả tìm kiếm", None)])}
<table class="tblSearch" width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="list_cat_title">KẾT QUẢ TÌM KIẾM</td></tr>
  <tr><td>Từ khóa: <input name="ctl00$ContentPlaceHolder1$txtTuKhoa" type="text" value="sở hữu trí tuệ" id="ctl00_ContentPlaceHolder1_txtTuKhoa" />
   <input type="submit" name="ctl00$ContentPlaceHolder1$btnTim" value="Tìm" id="ctl00_ContentPlaceHolder1_btnTim" /></td></tr>
  <tr><td><span id="ctl00_ContentPlaceHolder1_lblKetQua">Tìm thấy {len(hits)} kết quả phù hợp với từ khóa <b>sở hữu trí tuệ</b></span></td></tr>
  {rows}
</table>
{counter_box(41)}"""
    write("tim-kiem", path, "search", page(path, main, 41))


def build_sitemap() -> None:
    path = "/Portal/SiteMap.aspx?Organization=SKHCN"
    groups = "".join(
        f'<li><b>{e(g)}</b><ul>' + "".join(f'<li><a href="{href(u)}">{e(n)}</a></li>' for n, u in items) + "</ul></li>"
        for g, items in LEFT_MENU)
    main = f"""
{breadcrumb([("Sơ đồ cổng", None)])}
<table class="tblSiteMap" width="100%"><tr><td class="list_cat_title">SƠ ĐỒ CỔNG THÔNG TIN</td></tr>
<tr><td><ul class="sitemap"><li><a href="/">Trang chủ</a></li>{groups}
<li><a href="Search.aspx?Organization=SKHCN&amp;Keyword=s%E1%BB%9F+h%E1%BB%AFu+tr%C3%AD+tu%E1%BB%87">Tìm kiếm</a></li>
<li><a href="LienHe.aspx?Organization=SKHCN">Liên hệ</a></li></ul></td></tr></table>
{counter_box(51)}"""
    write("so-do-cong", path, "sitemap", page(path, main, 51))


def build_login() -> None:
    path = "/Portal/Login.aspx?Organization=SKHCN"
    main = f"""
{breadcrumb([("Đăng nhập", None)])}
<table class="tblLogin" align="center" border="0" cellpadding="4" cellspacing="0">
  <tr><td colspan="2" class="list_cat_title">ĐĂNG NHẬP HỆ THỐNG</td></tr>
  <tr><td>Tên đăng nhập:</td><td><input name="ctl00$ContentPlaceHolder1$txtUserName" type="text" id="ctl00_ContentPlaceHolder1_txtUserName" /></td></tr>
  <tr><td>Mật khẩu:</td><td><input name="ctl00$ContentPlaceHolder1$txtPassword" type="password" id="ctl00_ContentPlaceHolder1_txtPassword" /></td></tr>
  <tr><td></td><td><input id="ctl00_ContentPlaceHolder1_chkGhiNho" type="checkbox" name="ctl00$ContentPlaceHolder1$chkGhiNho" /><label for="ctl00_ContentPlaceHolder1_chkGhiNho">Ghi nhớ</label></td></tr>
  <tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="Đăng nhập" id="ctl00_ContentPlaceHolder1_btnLogin" class="button" />
   <a href="QuenMatKhau.aspx?Organization=SKHCN">Quên mật khẩu?</a></td></tr>
</table>"""
    write("dang-nhap", path, "login", page(path, main, 61))


def build_soft404() -> None:
    path = detail_path(8, 4299)
    main = f"""
{breadcrumb([(MENUS[8], list_path(8))])}
<table id="ctl00_ContentPlaceHolder1_ctl00_tblDetail" class="tblDetail" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="detail_title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle" class="title"></span></td></tr>
  <tr><td class="detail_date"><span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang" class="date"></span></td></tr>
  <tr><td class="detail_content">
    <div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="noidung">
      <p style="text-align: center; color: red;"><b>Không tìm thấy nội dung bạn yêu cầu!</b><br />Tin bài có thể đã bị xóa hoặc chưa được xuất bản.</p>
    </div>
    {counter_box(4299)}
    <div class="detail_tool"><a href="javascript:history.back();" class="tool"><img src="/Portal/Images/back.gif" alt="" /> Quay lại</a></div>
  </td></tr>
</table>"""
    write("detail-4299-notfound", path, "soft_404", page(path, main, 4299))


def main() -> None:
    for p in OUT.glob("*.html"):
        p.unlink()
    for p in OUT.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    for a in ARTICLES:
        build_article(a)
    build_lists()
    build_home()
    build_static()
    build_contact()
    build_search()
    build_sitemap()
    build_login()
    build_soft404()
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "unknown", "template": "aspnetportal"},
        ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
