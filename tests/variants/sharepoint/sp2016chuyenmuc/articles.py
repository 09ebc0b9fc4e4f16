# -*- coding: utf-8 -*-
"""Invented articles for the SharePoint 2016 provincial-portal mini-site (data only).

Block kinds (see make.py): p, h, br, ul, table, img (file, caption, credit, style),
related (inside the body, not in text).  Per-article fields: author (byline field),
source ("Nguồn:" field), attach (list of (label, file) shown under "Tải về").
style of img: "tbl" one-cell table with caption row, "em" italic paragraph after the image,
"bare" no caption.
"""

from datetime import datetime

CATS = {
    2: ("Tin tức - Sự kiện", "Tin-tuc-su-kien"),
    5: ("Kinh tế", "Kinh-te"),
    7: ("Văn hóa - Xã hội", "Van-hoa-xa-hoi"),
    9: ("Thông báo", "Thong-bao"),
    12: ("Cải cách hành chính", "Cai-cach-hanh-chinh"),
}

ARTICLES = [
    dict(
        id=28114, slug="hoi-nghi-xuc-tien-dau-tu-du-lich-vinh-ha-long", cat=2,
        when=datetime(2020, 10, 12, 15, 24), updated=None, dateonly=False,
        title="Hội nghị xúc tiến đầu tư du lịch vùng vịnh Hạ Long năm 2020",
        prefix=None,
        lead="Ngày 12/10, tại thành phố Hạ Long, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư du lịch với sự tham gia của gần 200 doanh nghiệp, nhà đầu tư trong và ngoài nước.",
        author="Hoàng Quỳnh", source=None, unit=None, authors=["Hoàng Quỳnh"],
        body=[
            ("p", "Tại hội nghị, Sở Du lịch giới thiệu danh mục 24 dự án kêu gọi đầu tư với tổng vốn dự kiến hơn 3,2 tỷ USD, tập trung vào các loại hình du lịch nghỉ dưỡng biển đảo, du lịch sinh thái, văn hóa tâm linh và các tổ hợp vui chơi giải trí cao cấp."),
            ("img", "HN-xuc-tien-dau-tu.jpg", "Quang cảnh hội nghị xúc tiến đầu tư du lịch", "Ảnh: Đỗ Phương", "tbl"),
            ("p", "Các đại biểu tập trung thảo luận về giải pháp phục hồi thị trường khách nội địa sau dịch Covid-19, xây dựng sản phẩm du lịch đêm, phát triển du thuyền lưu trú trên vịnh và liên kết tour giữa Hạ Long, Vân Đồn, Cô Tô."),
            ("p", "Đại diện Hiệp hội Du lịch tỉnh kiến nghị rút ngắn thời gian giải quyết thủ tục đầu tư, công khai quỹ đất sạch và tăng cường quảng bá điểm đến trên các nền tảng số. Nhiều doanh nghiệp lữ hành cam kết giữ giá dịch vụ ổn định, nâng cao chất lượng phục vụ."),
            ("p", "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh khẳng định tỉnh luôn đồng hành với nhà đầu tư, bảo đảm môi trường kinh doanh minh bạch, thuận lợi. Các sở, ngành phải giải quyết thủ tục đúng hạn, không để doanh nghiệp phải đi lại nhiều lần."),
            ("p", "Kết thúc hội nghị, UBND tỉnh đã trao quyết định chủ trương đầu tư cho 3 dự án với tổng vốn đăng ký 8.500 tỷ đồng và chứng kiến lễ ký kết hợp tác giữa Sở Du lịch với 5 hãng lữ hành lớn."),
        ],
    ),
    dict(
        id=28207, slug="van-hanh-trung-tam-dieu-hanh-thong-minh-cap-tinh", cat=12,
        when=datetime(2020, 11, 3, 9, 40), updated=datetime(2020, 11, 3, 16, 5), dateonly=False,
        title="Vận hành Trung tâm điều hành thông minh cấp tỉnh",
        prefix=None,
        lead="Trung tâm điều hành thông minh (IOC) của tỉnh chính thức đi vào hoạt động, kết nối dữ liệu từ 20 sở, ngành và 13 địa phương phục vụ công tác chỉ đạo, điều hành.",
        author=None, source="Sở Thông tin và Truyền thông", unit="Sở Thông tin và Truyền thông", authors=[],
        body=[
            ("p", "IOC được xây dựng theo mô hình tập trung, gồm các phân hệ giám sát dịch vụ công trực tuyến, giám sát an toàn giao thông, giám sát môi trường, tiếp nhận phản ánh hiện trường và theo dõi các chỉ tiêu kinh tế - xã hội theo thời gian thực."),
            ("p", "Một số chỉ tiêu được hiển thị trên màn hình điều hành trong tuần đầu vận hành:"),
            ("table", [["Chỉ tiêu", "Số liệu", "Ghi chú"],
                       ["Hồ sơ dịch vụ công tiếp nhận", "12.486", "Tỷ lệ đúng hạn 99,6%"],
                       ["Phản ánh hiện trường", "214", "Đã xử lý 187"],
                       ["Camera giao thông kết nối", "356", "Tại 42 nút giao"],
                       ["Trạm quan trắc môi trường", "27", "Tự động, liên tục"]]),
            ("img", "IOC-van-hanh.jpg", "Cán bộ Trung tâm theo dõi dữ liệu trên màn hình điều hành", None, "em"),
            ("p", "Theo Sở Thông tin và Truyền thông, toàn bộ dữ liệu được lưu trữ tại Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3. Lãnh đạo tỉnh có thể theo dõi các chỉ số qua ứng dụng trên điện thoại di động."),
            ("p", "Trong giai đoạn tiếp theo, IOC sẽ mở rộng kết nối với hệ thống y tế, giáo dục và du lịch, ứng dụng trí tuệ nhân tạo để phân tích, dự báo, hỗ trợ ra quyết định nhanh và chính xác hơn."),
        ],
    ),
    dict(
        id=27655, slug="kiem-tra-phong-chong-dich-ta-lon-chau-phi-tai-tien-yen", cat=5,
        when=datetime(2019, 8, 21, 17, 52), updated=None, dateonly=False,
        title="Kiểm tra công tác phòng, chống dịch tả lợn châu Phi tại huyện Tiên Yên",
        prefix=None, lead=None,
        author=None, source="Sở Nông nghiệp và PTNT", unit="Sở Nông nghiệp và PTNT", authors=[],
        body=[
            ("p", "Sáng 20/8, đoàn kiểm tra của Sở Nông nghiệp và PTNT đã làm việc với UBND huyện Tiên Yên về công tác phòng, chống dịch tả lợn châu Phi trên địa bàn."),
            ("p", "Từ ngày 3/7 đến nay, dịch bệnh đã xuất hiện tại 41 hộ chăn nuôi thuộc 6 xã, thị trấn của huyện, buộc phải tiêu hủy hơn 620 con lợn với tổng trọng lượng trên 34 tấn. Huyện đã thành lập 5 chốt kiểm dịch động vật tạm thời trên các tuyến giao thông chính, tổ chức phun khử trùng tiêu độc hai lần mỗi tuần tại các ổ dịch."),
            ("p", "Qua kiểm tra thực tế tại xã Đông Ngũ và Hải Lạng, đoàn đánh giá các hộ đã thực hiện tương đối tốt việc chôn lấp, xử lý môi trường; tuy nhiên một số hộ vẫn sử dụng thức ăn thừa chưa qua xử lý nhiệt để chăn nuôi, tiềm ẩn nguy cơ lây lan."),
            ("img", "phun-khu-trung-Tien-Yen.jpg", "Phun khử trùng tại hộ chăn nuôi ở xã Đông Ngũ", "Ảnh: Chi cục Chăn nuôi và Thú y", "tbl"),
            ("p", "Đoàn đề nghị huyện tiếp tục quản lý chặt việc vận chuyển, giết mổ lợn; chi trả kịp thời kinh phí hỗ trợ cho người chăn nuôi có lợn bị tiêu hủy; hướng dẫn người dân tái đàn an toàn khi đủ điều kiện theo quy định."),
        ],
    ),
    dict(
        id=28391, slug="thong-bao-ket-qua-thi-tuyen-cong-chuc-nam-2020", cat=9,
        when=datetime(2020, 12, 18, 8, 10), updated=None, dateonly=False,
        title="Thông báo kết quả thi tuyển công chức hành chính năm 2020 (vòng 2)",
        prefix=None, lead=None,
        author=None, source="Sở Nội vụ", unit="Sở Nội vụ", authors=[],
        body=[
            ("p", "Căn cứ kết quả chấm thi vòng 2 kỳ thi tuyển công chức hành chính năm 2020, Hội đồng thi tuyển công chức tỉnh thông báo như sau:"),
            ("br", ["1. Tổng số thí sinh dự thi vòng 2: 412 người.",
                    "2. Số thí sinh đạt từ 50 điểm trở lên: 337 người.",
                    "3. Số thí sinh dự kiến trúng tuyển theo chỉ tiêu: 165 người."]),
            ("p", "Thí sinh có nhu cầu phúc khảo bài thi gửi đơn về Hội đồng thi tuyển (qua Sở Nội vụ) trong thời hạn 15 ngày kể từ ngày thông báo kết quả thi trên Cổng thông tin điện tử của tỉnh. Hội đồng không nhận đơn phúc khảo gửi sau thời hạn trên."),
            ("p", "Danh sách chi tiết kết quả điểm thi của từng thí sinh được đính kèm thông báo này. Thí sinh có thể tra cứu hoặc liên hệ Phòng Công chức, viên chức, Sở Nội vụ để được giải đáp."),
        ],
        attach=[("Thông báo số 2215/TB-HĐTT", "TB-2215-HDTT.pdf"),
                ("Danh sách kết quả điểm thi vòng 2", "Ket-qua-vong-2-2020.xlsx")],
    ),
    dict(
        id=27890, slug="khai-mac-hoi-cho-ocop-quang-ninh-he-2020", cat=5,
        when=datetime(2020, 7, 10, 19, 30), updated=datetime(2020, 7, 11, 8, 15), dateonly=False,
        title="Khai mạc Hội chợ OCOP Quảng Ninh - Hè 2020",
        prefix=None,
        lead="Tối 10/7, tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, Hội chợ OCOP Quảng Ninh - Hè 2020 đã chính thức khai mạc với 230 gian hàng của các địa phương trong và ngoài tỉnh.",
        author="Thu Hà", source=None, unit=None, authors=["Thu Hà"],
        body=[
            ("p", "Hội chợ diễn ra trong 5 ngày, trưng bày, giới thiệu hơn 1.000 sản phẩm OCOP tiêu biểu như chả mực Hạ Long, trà hoa vàng Ba Chẽ, miến dong Bình Liêu, rượu ba kích Quảng Yên cùng nhiều đặc sản của các tỉnh bạn."),
            ("img", "OCOP-khai-mac-1.jpg", "Các đại biểu cắt băng khai mạc hội chợ", "Ảnh: Thu Hà", "tbl"),
            ("p", "Bên cạnh hoạt động trưng bày, bán hàng, ban tổ chức còn tổ chức các buổi tọa đàm kết nối giao thương, hướng dẫn các chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử và các hệ thống siêu thị lớn."),
            ("img", "OCOP-khai-mac-2.jpg", "Người dân tham quan gian hàng sản phẩm OCOP của huyện Bình Liêu", "Ảnh: Thu Hà", "tbl"),
            ("p", "Theo Ban Xây dựng nông thôn mới tỉnh, đến nay toàn tỉnh có 390 sản phẩm OCOP được đánh giá, phân hạng từ 3 sao trở lên. Hội chợ là dịp để các chủ thể quảng bá thương hiệu, mở rộng thị trường tiêu thụ, nhất là trong bối cảnh kích cầu tiêu dùng nội địa."),
        ],
    ),
    dict(
        id=28502, slug="mo-rong-doi-tuong-tham-gia-bao-hiem-xa-hoi-tu-nguyen", cat=7,
        when=datetime(2021, 1, 26, 14, 2), updated=None, dateonly=False,
        title="Mở rộng đối tượng tham gia bảo hiểm xã hội tự nguyện",
        prefix="(QMG) -",
        lead="Năm 2020, toàn tỉnh có thêm hơn 6.300 người tham gia bảo hiểm xã hội tự nguyện, vượt 26% kế hoạch được giao.",
        author="Ngọc Lan", source="Trung tâm Truyền thông tỉnh", unit="Trung tâm Truyền thông tỉnh", authors=["Ngọc Lan"],
        body=[
            ("p", "Để đạt kết quả trên, Bảo hiểm xã hội tỉnh đã phối hợp với Bưu điện tỉnh, hội nông dân, hội phụ nữ các cấp tổ chức hơn 400 hội nghị tuyên truyền, đối thoại trực tiếp tại thôn, khu phố. Các buổi tuyên truyền tập trung giải đáp về quyền lợi hưu trí, tử tuất và mức hỗ trợ đóng của Nhà nước."),
            ("p", "Ngoài mức hỗ trợ của Trung ương, từ năm 2020 tỉnh hỗ trợ thêm 20% mức đóng cho người thuộc hộ nghèo, 10% cho người thuộc hộ cận nghèo và 5% cho các đối tượng khác. Nhờ đó, số người tham gia ở các huyện miền núi Bình Liêu, Ba Chẽ tăng gấp đôi so với năm trước."),
            ("related", [28114, 27890]),
            ("p", "Năm 2021, ngành bảo hiểm xã hội đặt mục tiêu phát triển thêm 7.000 người tham gia, hướng tới bao phủ 45% lực lượng lao động trong độ tuổi. Các đại lý thu sẽ được tập huấn kỹ năng tư vấn, ứng dụng phần mềm thu trên thiết bị di động để thuận tiện cho người dân."),
        ],
    ),
    dict(
        id=26931, slug="trung-tam-phuc-vu-hanh-chinh-cong-tiep-nhan-ho-so-ngoai-gio", cat=12,
        when=datetime(2019, 3, 5, 0, 0), updated=None, dateonly=True,
        title="Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ vào sáng thứ Bảy",
        prefix=None,
        lead="Từ tháng 3/2019, Trung tâm Phục vụ hành chính công tỉnh tổ chức tiếp nhận và trả kết quả hồ sơ vào buổi sáng thứ Bảy hằng tuần nhằm tạo thuận lợi cho người dân, doanh nghiệp.",
        author=None, source=None, unit=None, authors=[],
        body=[
            ("p", "Theo đó, các quầy giao dịch của những lĩnh vực có số lượng hồ sơ lớn sẽ làm việc từ 7 giờ 30 đến 11 giờ 30 sáng thứ Bảy, bao gồm:"),
            ("ul", ["Đất đai, tài nguyên và môi trường;",
                    "Đăng ký kinh doanh, đầu tư;",
                    "Tư pháp - hộ tịch, lý lịch tư pháp;",
                    "Giao thông vận tải (cấp đổi giấy phép lái xe)."]),
            ("p", "Ngày 2/3 vừa qua, buổi tiếp nhận đầu tiên đã giải quyết 186 hồ sơ, trong đó có 52 hồ sơ cấp đổi giấy phép lái xe. Nhiều người dân bày tỏ sự hài lòng vì không phải nghỉ việc trong tuần để đi làm thủ tục."),
            ("p", "Trung tâm cũng khuyến khích người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh và nhận kết quả qua dịch vụ bưu chính công ích để tiết kiệm thời gian, chi phí đi lại."),
        ],
    ),
    dict(
        id=28655, slug="van-don-trong-moi-60-ha-rung-ngap-man", cat=2,
        when=datetime(2021, 4, 6, 10, 45), updated=None, dateonly=False,
        title="Vân Đồn trồng mới 60 ha rừng ngập mặn",
        prefix=None,
        lead=None,
        author="Minh Đức", source="Báo Quảng Ninh", unit="Báo Quảng Ninh", authors=["Minh Đức"],
        body=[
            ("p", "Thực hiện kế hoạch trồng rừng năm 2021, huyện Vân Đồn đã hoàn thành trồng mới 60 ha rừng ngập mặn tại các xã Đông Xá, Hạ Long và Đoàn Kết, chủ yếu là các loài đâng, trang, sú, vẹt phù hợp với điều kiện bãi bồi ven biển."),
            ("p", "Công tác trồng rừng được triển khai với sự tham gia của lực lượng kiểm lâm, đoàn viên thanh niên, hội viên hội cựu chiến binh và người dân địa phương. Cây giống được ươm tại chỗ từ 8 đến 10 tháng, bảo đảm tỷ lệ sống cao."),
            ("img", "trong-rung-ngap-man-Van-Don.jpg", "Đoàn viên thanh niên trồng cây đâng tại bãi bồi xã Đông Xá", "Ảnh: Minh Đức", "em"),
            ("p", "Rừng ngập mặn có vai trò quan trọng trong chắn sóng, bảo vệ đê biển, hạn chế xói lở, đồng thời là nơi sinh sống của nhiều loài thủy sản có giá trị kinh tế. Trước đây, một phần diện tích rừng ở Vân Đồn bị suy giảm do chuyển đổi sang nuôi trồng thủy sản và xây dựng hạ tầng."),
            ("p", "Huyện giao các xã phân công hộ gia đình nhận khoán chăm sóc, bảo vệ rừng trồng trong 3 năm đầu, xử lý nghiêm các hành vi chặt phá, lấn chiếm đất rừng. Kế hoạch đến năm 2025, huyện trồng thêm 200 ha rừng ngập mặn."),
        ],
    ),
]
