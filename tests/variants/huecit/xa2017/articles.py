"""The invented news of xã Phong Bình's portal: one record per article, read by make.py.

Every text here was written for this fixture. A record says what a reader sees; make.py turns
the same record into the page and into its truth, so the two cannot drift apart.

Body blocks (``body``):
    ("p", text)                      a justified paragraph
    ("h", text)                      a bold sub-heading paragraph (part of the text)
    ("ul", [items])                  a bullet list, one paragraph per item
    ("br", [lines])                  one <p> whose lines are split by <br />
    ("table", [[cells], ...])        a data table, first row is the header
    ("figure", src, caption, credit) <figure> with <figcaption>
    ("phototable", src, caption, credit)  one-cell table, caption in a second row
    ("emphoto", src, caption, credit)     centred image, italic caption paragraph below
    ("photo", src)                   an image with no caption
    ("related", [tc, ...])           a "Tin liên quan" box inside the body (not text)

Signatures (``sign``): ("right", text) bold right-aligned line; ("nguon", text) italic
right-aligned "Nguồn: …" line. Theme fields: ``tacgia`` ("Tác giả: …" under the body),
``nguontin`` ("Nguồn tin: …" under the body).
"""

UP = "/UploadFiles/TinTuc"

ARTICLES = [
    {
        "tc": 2379, "cn": 265, "date": (2018, 1, 10), "views": 842,
        "title": "Xã Phong Bình tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018",
        "lead": "Năm 2017, trong điều kiện còn nhiều khó khăn do thiên tai, dịch bệnh, xã Phong Bình đã "
                "hoàn thành và vượt 15/18 chỉ tiêu chủ yếu mà Nghị quyết HĐND xã đề ra; tổng giá trị sản "
                "xuất ước đạt 186,4 tỷ đồng, tăng 9,2% so với năm 2016.",
        "thumb": f"{UP}/2018/1/10/hoi_nghi_tong_ket.jpg",
        "body": [
            ("p", "Sáng ngày 08/01/2018, UBND xã Phong Bình tổ chức Hội nghị tổng kết công tác năm 2017 và "
                  "triển khai nhiệm vụ năm 2018. Dự hội nghị có ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện "
                  "Phong Điền; đại diện Thường trực Đảng ủy, HĐND, Ủy ban MTTQ Việt Nam xã cùng trưởng các "
                  "thôn, các ban, ngành, đoàn thể."),
            ("emphoto", f"{UP}/2018/1/10/hoi_nghi_tong_ket.jpg",
             "Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị.", None),
            ("p", "Theo báo cáo do ông Hoàng Văn Lộc, Phó Chủ tịch UBND xã trình bày, sản xuất nông nghiệp "
                  "tiếp tục giữ vai trò chủ lực. Tổng diện tích gieo trồng cả năm đạt 1.236 ha; năng suất lúa "
                  "bình quân đạt 58,7 tạ/ha, sản lượng lương thực đạt 4.915 tấn. Đàn gia súc, gia cầm phát "
                  "triển ổn định; công tác tiêm phòng được thực hiện đúng lịch, không để xảy ra dịch bệnh lớn."),
            ("p", "Lĩnh vực xây dựng nông thôn mới tiếp tục có chuyển biến. Trong năm, xã huy động hơn 7,3 tỷ "
                  "đồng để bê tông hóa 4,6 km đường giao thông nông thôn, nâng cấp 2,1 km kênh mương nội đồng "
                  "và xây mới nhà văn hóa thôn Trung Đồng. Đến ngày 15/12/2017, xã đạt 17/19 tiêu chí nông "
                  "thôn mới."),
            ("p", "Công tác văn hóa - xã hội có nhiều tiến bộ. Tỷ lệ hộ nghèo giảm từ 6,8% xuống còn 4,9%; "
                  "94,6% dân số tham gia bảo hiểm y tế; 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ. "
                  "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì, có 2.140/2.388 hộ "
                  "đạt danh hiệu gia đình văn hóa."),
            ("p", "Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra những hạn chế: tiến độ thu ngân sách từ đất còn "
                  "chậm, tình trạng vi phạm hành lang giao thông ở một số tuyến đường liên thôn chưa được xử "
                  "lý dứt điểm, việc chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả chưa đạt kế hoạch."),
            ("p", "Năm 2018, xã Phong Bình phấn đấu tốc độ tăng giá trị sản xuất đạt 9,5% trở lên, giảm tỷ lệ "
                  "hộ nghèo xuống dưới 3,5%, hoàn thành 19/19 tiêu chí và được công nhận xã đạt chuẩn nông "
                  "thôn mới vào cuối năm."),
            ("p", "Phát biểu chỉ đạo tại hội nghị, ông Nguyễn Hữu Thắng ghi nhận những kết quả xã đã đạt được "
                  "và đề nghị địa phương tập trung chỉ đạo sản xuất vụ Đông Xuân, làm tốt công tác quản lý đất "
                  "đai, xây dựng cơ bản, đồng thời chăm lo Tết Nguyên đán Mậu Tuất 2018 cho các gia đình chính "
                  "sách, hộ nghèo."),
            ("p", "Dịp này, UBND xã đã tặng giấy khen cho 6 tập thể và 14 cá nhân có thành tích xuất sắc trong "
                  "thực hiện nhiệm vụ năm 2017."),
        ],
        "sign": [("right", "Văn phòng HĐND và UBND xã")],
        "unit": "Văn phòng HĐND và UBND xã", "authors": [],
    },
    {
        "tc": 2385, "cn": 265, "date": (2018, 1, 24), "views": 517,
        "title": "HĐND xã Phong Bình khóa XII tổ chức kỳ họp thứ 6",
        # the lead of this one is the bold first paragraph of the body, not the summary element
        "lead_in_body": True,
        "lead": "Trong hai ngày 22 và 23/01/2018, HĐND xã Phong Bình khóa XII, nhiệm kỳ 2016-2021 tổ chức kỳ "
                "họp thứ 6 để xem xét, quyết định nhiều nội dung quan trọng về phát triển kinh tế - xã hội và "
                "ngân sách của địa phương.",
        "body": [
            ("p", "Tham dự kỳ họp có 24/25 đại biểu HĐND xã; đại diện Thường trực HĐND huyện Phong Điền, các "
                  "đồng chí trong Ban Thường vụ Đảng ủy xã và đông đảo cử tri các thôn. Bà Trương Thị Diệu "
                  "Hằng, Chủ tịch HĐND xã chủ trì kỳ họp."),
            ("p", "Tại kỳ họp, các đại biểu đã nghe UBND xã trình bày báo cáo tình hình thực hiện nhiệm vụ năm "
                  "2017, kế hoạch năm 2018; báo cáo quyết toán ngân sách năm 2016 và dự toán ngân sách năm "
                  "2018; báo cáo thẩm tra của hai ban HĐND xã và thông báo của Ủy ban MTTQ Việt Nam xã về công "
                  "tác tham gia xây dựng chính quyền."),
            ("p", "Trong phiên chất vấn, 7 lượt đại biểu đã đặt câu hỏi về các vấn đề cử tri quan tâm như tiến "
                  "độ cấp giấy chứng nhận quyền sử dụng đất ở thôn Hải Thạnh, việc nạo vét kênh tiêu Bắc Khê, "
                  "chất lượng nước sinh hoạt ở vùng cát và công tác thu gom rác thải. Lãnh đạo UBND xã và các "
                  "ban chuyên môn đã trả lời, làm rõ trách nhiệm và hứa khắc phục trong quý I/2018."),
            ("p", "Kết thúc kỳ họp, HĐND xã đã biểu quyết thông qua 5 nghị quyết, gồm:"),
            ("ul", [
                "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2018;",
                "Nghị quyết phê chuẩn quyết toán thu, chi ngân sách xã năm 2016;",
                "Nghị quyết về dự toán thu, chi ngân sách xã năm 2018, với tổng thu 9,84 tỷ đồng;",
                "Nghị quyết về kế hoạch đầu tư công năm 2018;",
                "Nghị quyết về chương trình giám sát của HĐND xã năm 2018.",
            ]),
            ("p", "Phát biểu bế mạc, bà Trương Thị Diệu Hằng đề nghị UBND xã sớm cụ thể hóa các nghị quyết "
                  "thành chương trình, kế hoạch hành động; các đại biểu HĐND thường xuyên tiếp xúc, lắng nghe "
                  "ý kiến cử tri và giám sát việc thực hiện nghị quyết ở cơ sở."),
        ],
        "sign": [("right", "Thường trực HĐND xã")],
        "unit": "Thường trực HĐND xã", "authors": [],
    },
    {
        "tc": 2391, "cn": 267, "date": (2018, 3, 15), "views": 389,
        "title": "Lãnh đạo huyện kiểm tra mô hình cánh đồng mẫu lớn tại Phong Bình",
        "prefix": "(TTĐT Phong Điền) –",
        "lead": "Chiều 14/3, đoàn công tác của UBND huyện Phong Điền do ông Lê Văn Thạch, Phó Chủ tịch UBND "
                "huyện làm trưởng đoàn đã đi kiểm tra tình hình sản xuất vụ Đông Xuân 2017-2018 tại cánh đồng "
                "mẫu lớn thôn Trung Đồng, xã Phong Bình.",
        "thumb": f"{UP}/2018/3/15/kiem_tra_canh_dong.jpg",
        "body": [
            ("figure", f"{UP}/2018/3/15/kiem_tra_canh_dong.jpg",
             "Đoàn công tác kiểm tra lúa Đông Xuân tại thôn Trung Đồng.", "Ảnh: Thanh Hương"),
            ("p", "Cánh đồng mẫu lớn thôn Trung Đồng có diện tích 85 ha với 212 hộ tham gia, gieo cấy đồng loạt "
                  "giống lúa Khang dân 18 và HT1. Hợp tác xã nông nghiệp Phong Bình ký hợp đồng với Công ty cổ "
                  "phần Giống cây trồng Hòa Lợi cung ứng giống, phân bón và bao tiêu 70% sản lượng lúa hàng "
                  "hóa cho bà con."),
            ("p", "Theo đánh giá của Trạm Khuyến nông huyện, hiện lúa đang ở giai đoạn đẻ nhánh rộ, sinh trưởng "
                  "tốt, mật độ đồng đều. Một số diện tích ven kênh xuất hiện chuột và ốc bươu vàng gây hại cục "
                  "bộ, tuy nhiên đã được hợp tác xã tổ chức diệt trừ kịp thời."),
            ("p", "Ông Hồ Đắc Minh, Giám đốc HTX nông nghiệp Phong Bình cho biết: “Nhờ áp dụng cơ giới hóa từ "
                  "khâu làm đất đến thu hoạch, chi phí sản xuất mỗi sào giảm khoảng 150.000 đồng so với cách "
                  "làm truyền thống. Nếu thời tiết thuận lợi, năng suất vụ này có thể đạt 65 tạ/ha”."),
            ("p", "Kiểm tra thực tế, ông Lê Văn Thạch đánh giá cao cách làm của địa phương và hợp tác xã; đồng "
                  "thời yêu cầu xã chỉ đạo các thôn theo dõi sát diễn biến sâu bệnh, điều tiết nước hợp lý "
                  "trong giai đoạn lúa làm đòng, chuẩn bị phương án thu hoạch nhanh nếu có mưa trái mùa."),
            ("p", "Ông cũng đề nghị các phòng chuyên môn của huyện nghiên cứu nhân rộng mô hình liên kết sản "
                  "xuất gắn với tiêu thụ sản phẩm ra các xã vùng đồng bằng trong những vụ tới."),
        ],
        "sign": [("right", "Thanh Hương")],
        "nguontin": "Cổng TTĐT huyện Phong Điền",
        "unit": "Cổng TTĐT huyện Phong Điền", "authors": ["Thanh Hương"],
    },
    {
        "tc": 2394, "cn": 268, "date": (2018, 3, 22), "views": 463,
        "title": "Phong Bình ra quân diệt lăng quăng, phòng chống sốt xuất huyết",
        "lead": "Nhằm chủ động ngăn chặn dịch sốt xuất huyết ngay từ đầu mùa, sáng 21/3, Ban Chỉ đạo chăm sóc "
                "sức khỏe nhân dân xã Phong Bình phối hợp với Trung tâm Y tế huyện Phong Điền tổ chức lễ ra "
                "quân chiến dịch vệ sinh môi trường, diệt lăng quăng đợt 1 năm 2018.",
        "thumb": f"{UP}/2018/3/22/diet_lang_quang.jpg",
        "body": [
            ("p", "Tham gia lễ ra quân có hơn 300 người là cán bộ, đoàn viên thanh niên, hội viên Hội Phụ nữ, "
                  "Hội Cựu chiến binh, học sinh và nhân dân 9 thôn trên địa bàn xã."),
            ("phototable", f"{UP}/2018/3/22/diet_lang_quang.jpg",
             "Đoàn viên thanh niên thu gom vật phế thải tại thôn Tây Hòa.", "Ảnh: Ngọc Lan"),
            ("p", "Năm 2017, toàn xã ghi nhận 23 ca mắc sốt xuất huyết, tập trung ở thôn Bình An Thượng và Tây "
                  "Hòa, không có trường hợp tử vong. Dự báo năm 2018 thời tiết nắng nóng kéo dài, nguy cơ bùng "
                  "phát dịch là rất cao nếu người dân chủ quan."),
            ("p", "Theo kế hoạch, chiến dịch kéo dài đến hết ngày 31/3/2018 với các nội dung chính:"),
            ("br", [
                "- Thu gom, tiêu hủy các vật dụng phế thải có thể chứa nước quanh nhà;",
                "- Đậy kín hoặc thả cá diệt lăng quăng trong các dụng cụ chứa nước sinh hoạt;",
                "- Phát quang bụi rậm, khơi thông cống rãnh, ao tù nước đọng;",
                "- Tổ chức phun hóa chất diệt muỗi tại các điểm có nguy cơ cao.",
            ]),
            ("p", "Trạm Y tế xã sẽ phối hợp với cộng tác viên y tế thôn đến từng hộ gia đình kiểm tra, hướng "
                  "dẫn; kết quả được công khai tại các buổi họp thôn. Người dân khi có biểu hiện sốt cao đột "
                  "ngột, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám, điều trị kịp thời, không tự "
                  "ý điều trị tại nhà."),
        ],
        "sign": [("right", "Ngọc Lan - Văn Tùng")],
        "unit": None, "authors": ["Ngọc Lan", "Văn Tùng"],
    },
    {
        "tc": 2398, "cn": 266, "date": (2018, 4, 2), "updated": (2018, 4, 5), "views": 1204,
        "title": "Thông báo lịch tiêm phòng vắc xin cho gia súc, gia cầm đợt 1 năm 2018 (điều chỉnh)",
        "lead": "UBND xã thông báo lịch tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng trâu bò, dịch tả "
                "lợn và cúm gia cầm đợt 1 năm 2018 tại các thôn. Lịch tại thôn Hải Thạnh và Bắc Khê đã được "
                "điều chỉnh do trùng thời gian thu hoạch hoa màu.",
        "body": [
            ("p", "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2018 của UBND huyện Phong Điền về tiêm phòng gia "
                  "súc, gia cầm năm 2018, UBND xã Phong Bình thông báo lịch tiêm phòng đợt 1 như sau:"),
            ("table", [
                ["Thôn", "Ngày tiêm", "Địa điểm tập kết"],
                ["Bình An Thượng", "09/4/2018", "Nhà văn hóa thôn"],
                ["Trung Đồng", "10/4/2018", "Sân hợp tác xã"],
                ["Tây Hòa", "11/4/2018", "Nhà văn hóa thôn"],
                ["Hải Thạnh", "16/4/2018 (điều chỉnh từ 12/4)", "Trạm bơm Hải Thạnh"],
                ["Bắc Khê", "17/4/2018 (điều chỉnh từ 13/4)", "Nhà văn hóa thôn"],
            ]),
            ("p", "Đối tượng tiêm phòng là trâu, bò trên 2 tuần tuổi, lợn trên 1 tháng tuổi và đàn gà, vịt nuôi "
                  "tập trung từ 200 con trở lên. Vắc xin lở mồm long móng và dịch tả lợn được hỗ trợ miễn phí; "
                  "vắc xin cúm gia cầm hộ chăn nuôi tự chi trả theo giá quy định."),
            ("p", "Đề nghị trưởng các thôn thông báo rộng rãi trên hệ thống loa truyền thanh, các hộ chăn nuôi "
                  "nhốt gia súc, gia cầm để thú y viên thực hiện tiêm phòng đúng lịch. Trường hợp vắng nhà, hộ "
                  "chăn nuôi liên hệ ông Phan Văn Hùng, thú y viên xã, số điện thoại 0914 326 518 để được tiêm "
                  "bổ sung."),
        ],
        "sign": [("right", "UBND xã Phong Bình")],
        "unit": "UBND xã Phong Bình", "authors": [],
    },
    {
        "tc": 2402, "cn": 267, "date": (2018, 4, 11), "views": 736,
        "title": "Vụ Đông Xuân 2017-2018: Phong Bình được mùa, được giá",
        "lead": "Vụ Đông Xuân 2017-2018, toàn xã Phong Bình gieo trồng 658,3 ha cây trồng các loại; năng suất "
                "lúa bình quân ước đạt 64,2 tạ/ha, cao nhất từ trước đến nay. Giá lúa tươi tại ruộng dao động "
                "từ 5.800 đến 6.200 đồng/kg, giúp bà con có lãi khá.",
        "thumb": f"{UP}/2018/4/11/thu_hoach_lua.jpg",
        "body": [
            ("h", "Năng suất cao nhờ làm tốt khâu giống, lịch thời vụ"),
            ("p", "Ngay từ đầu vụ, UBND xã đã chỉ đạo Hợp tác xã nông nghiệp Phong Bình và các thôn bám sát "
                  "lịch thời vụ của huyện, gieo sạ tập trung trong 10 ngày, từ 28/12/2017 đến 06/01/2018. Cơ "
                  "cấu giống được bố trí hợp lý, trong đó các giống chủ lực Khang dân 18, HT1, TH5 chiếm 82% "
                  "diện tích; giống lúa chất lượng cao Hương Cốm 4 được đưa vào sản xuất thử nghiệm trên 15 ha."),
            ("emphoto", f"{UP}/2018/4/11/thu_hoach_lua.jpg",
             "Nông dân thôn Trung Đồng thu hoạch lúa Đông Xuân bằng máy gặt đập liên hợp.",
             "Ảnh: Hồ Văn Lực"),
            ("p", "Bên cạnh đó, xã tiếp tục thực hiện chính sách hỗ trợ 50% giá giống lúa xác nhận cho các hộ "
                  "tham gia cánh đồng mẫu lớn, với tổng kinh phí hơn 186 triệu đồng. Hợp tác xã chủ động điều "
                  "tiết nước tưới tiêu qua 6 trạm bơm điện, bảo đảm đủ nước cho toàn bộ diện tích kể cả những "
                  "thời điểm nắng hạn cuối tháng 3."),
            ("p", "Ông Hồ Đắc Minh, Giám đốc HTX nông nghiệp Phong Bình cho biết, vụ này hầu như không có dịch "
                  "bệnh nghiêm trọng. Rầy nâu, sâu cuốn lá nhỏ xuất hiện rải rác trên khoảng 40 ha nhưng ở mật "
                  "độ thấp; nhờ cán bộ kỹ thuật hướng dẫn phun thuốc đúng lúc, đúng liều nên không ảnh hưởng "
                  "đến năng suất."),
            ("p", "Kết quả sản xuất vụ Đông Xuân 2017-2018 của xã như sau:"),
            ("table", [
                ["TT", "Cây trồng", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)", "So cùng kỳ (%)"],
                ["1", "Lúa", "512,6", "64,2", "3.290,9", "108,5"],
                ["2", "Ngô", "38,4", "52,5", "201,6", "104,1"],
                ["3", "Khoai lang", "27,0", "98,0", "264,6", "101,3"],
                ["4", "Lạc", "46,2", "24,8", "114,6", "110,7"],
                ["5", "Rau các loại", "25,1", "165,0", "414,2", "106,0"],
                ["6", "Sắn", "9,0", "210,0", "189,0", "97,2"],
                ["Cộng", "Toàn xã", "658,3", "-", "-", "-"],
            ]),
            ("h", "Được giá, nông dân có lãi"),
            ("p", "Không chỉ được mùa, vụ này giá lúa cũng ở mức cao. Ngay khi bắt đầu thu hoạch, các thương "
                  "lái trong và ngoài tỉnh đã về tận ruộng thu mua lúa tươi với giá từ 5.800 đến 6.200 "
                  "đồng/kg, cao hơn vụ Đông Xuân năm trước khoảng 400 đồng/kg. Riêng lúa Hương Cốm 4 được Công "
                  "ty cổ phần Giống cây trồng Hòa Lợi bao tiêu với giá 7.500 đồng/kg."),
            ("p", "Theo tính toán của Ban Nông nghiệp xã, sau khi trừ chi phí giống, phân bón, thuốc bảo vệ "
                  "thực vật, thủy lợi phí và thuê máy gặt, mỗi sào lúa (500 m²) bà con lãi từ 1,1 đến 1,3 "
                  "triệu đồng, tăng gần 30% so với vụ trước. Những hộ sản xuất trong cánh đồng mẫu lớn có mức "
                  "lãi cao hơn nhờ giảm chi phí làm đất và được hỗ trợ giống."),
            ("p", "Gia đình ông Trần Văn Cừ ở thôn Trung Đồng gieo cấy 1,2 ha lúa, vụ này thu được gần 8 tấn "
                  "thóc. “Lâu lắm rồi mới có vụ lúa đẹp như năm nay. Trừ hết chi phí, nhà tôi còn lãi gần 30 "
                  "triệu đồng, đủ trang trải việc học cho hai đứa con”, ông Cừ phấn khởi nói."),
            ("p", "Đối với cây trồng cạn, diện tích lạc và rau màu trên chân đất cát thôn Hải Thạnh, Bắc Khê "
                  "tiếp tục được mở rộng. Mô hình trồng lạc phủ nilon được Trạm Khuyến nông huyện hỗ trợ trên "
                  "8 ha cho năng suất 28 tạ/ha, cao hơn cách trồng truyền thống khoảng 4 tạ/ha."),
            ("h", "Chủ động cho vụ Hè Thu"),
            ("p", "Dù đạt kết quả khả quan, sản xuất vụ Đông Xuân vẫn còn một số hạn chế. Việc cơ giới hóa khâu "
                  "cấy, gieo sạ theo hàng mới đạt khoảng 15% diện tích; liên kết tiêu thụ sản phẩm chủ yếu dừng "
                  "ở giống lúa chất lượng cao, phần lớn sản lượng vẫn bán qua thương lái nên giá cả chưa ổn "
                  "định. Một số diện tích lúa ở vùng trũng thôn Bắc Khê bị ngập úng cục bộ đầu vụ phải gieo "
                  "dặm lại."),
            ("p", "Để chuẩn bị cho vụ Hè Thu 2018, UBND xã đã chỉ đạo HTX nông nghiệp khẩn trương nạo vét 3,5 km "
                  "kênh mương nội đồng, tu sửa trạm bơm Hải Thạnh; đồng thời rà soát, chuyển đổi khoảng 12 ha "
                  "đất lúa kém hiệu quả sang trồng ngô sinh khối và rau màu. Lịch gieo sạ vụ Hè Thu dự kiến bắt "
                  "đầu từ ngày 20/5 và kết thúc trước ngày 30/5/2018 để tránh lũ sớm."),
            ("p", "Ông Đặng Quang Vinh, Chủ tịch UBND xã Phong Bình khẳng định: “Xã sẽ tiếp tục mở rộng cánh "
                  "đồng mẫu lớn lên 150 ha, vận động bà con đưa giống lúa chất lượng cao vào sản xuất, phấn đấu "
                  "năm 2018 đạt tổng sản lượng lương thực trên 5.100 tấn”."),
        ],
        "sign": [("right", "Hồ Văn Lực")],
        "unit": None, "authors": ["Hồ Văn Lực"],
    },
    {
        "tc": 2405, "cn": 268, "date": (2018, 4, 26), "views": 655,
        "title": "Tuổi trẻ Phong Bình ra quân làm sạch môi trường hưởng ứng Ngày Trái đất",
        "lead": "Sáng 22/4, Đoàn Thanh niên xã Phong Bình phối hợp với Hội Liên hiệp Phụ nữ xã và Trường THCS "
                "Phong Bình tổ chức lễ ra quân làm sạch môi trường, hưởng ứng Ngày Trái đất năm 2018 với chủ đề "
                "“Chấm dứt ô nhiễm nhựa”.",
        "thumb": f"{UP}/2018/4/26/ra_quan_1.jpg",
        "body": [
            ("p", "Gần 250 đoàn viên, thanh niên, hội viên phụ nữ và học sinh đã tham gia dọn dẹp rác thải dọc "
                  "tuyến đường liên xã từ thôn Bình An Thượng đến cầu Bắc Khê, khu vực bãi tắm Hải Thạnh và bờ "
                  "kênh chính. Sau hơn ba giờ làm việc, lực lượng ra quân thu gom được khoảng 4,5 tấn rác, chủ "
                  "yếu là túi nilon, chai nhựa và lưới đánh cá cũ."),
            ("figure", f"{UP}/2018/4/26/ra_quan_1.jpg",
             "Đoàn viên thanh niên thu gom rác thải tại bãi tắm Hải Thạnh.", "Ảnh: Lê Minh Tâm"),
            ("p", "Tại buổi lễ, anh Nguyễn Quốc Bảo, Bí thư Đoàn xã đã phát động cuộc thi “Đổi rác thải nhựa lấy "
                  "cây xanh”: mỗi học sinh mang 2 kg chai nhựa, vỏ lon đến điểm thu gom sẽ được đổi một chậu "
                  "cây cảnh nhỏ. Số tiền bán phế liệu được dùng để mua sách vở tặng học sinh có hoàn cảnh khó "
                  "khăn."),
            ("phototable", f"{UP}/2018/4/26/ra_quan_2.jpg",
             "Học sinh Trường THCS Phong Bình đổi chai nhựa lấy cây xanh.", None),
            ("p", "Hội Liên hiệp Phụ nữ xã cũng ra mắt mô hình “Chi hội phụ nữ không sử dụng túi nilon” tại thôn "
                  "Tây Hòa với 65 hội viên tham gia. Các chị em cam kết dùng giỏ xách, túi vải khi đi chợ và vận "
                  "động người thân hạn chế sử dụng đồ nhựa dùng một lần."),
            ("emphoto", f"{UP}/2018/4/26/ra_quan_3.jpg",
             "Hội viên phụ nữ thôn Tây Hòa nhận túi vải dùng khi đi chợ.", "Ảnh: Phương Thảo"),
            ("p", "Dịp này, Đoàn xã trồng mới 120 cây phi lao chắn cát dọc tuyến đường ven biển và trao tặng 200 "
                  "túi vải cho người dân các thôn."),
            ("photo", f"{UP}/2018/4/26/ra_quan_4.jpg"),
            ("p", "Theo kế hoạch, từ nay đến hết tháng 6/2018, mỗi chi đoàn thôn sẽ tổ chức ít nhất hai đợt ra "
                  "quân vệ sinh môi trường, giữ gìn cảnh quan xanh - sạch - đẹp, góp phần hoàn thành tiêu chí "
                  "môi trường trong xây dựng nông thôn mới."),
        ],
        "sign": [("right", "Minh Tâm")],
        "unit": None, "authors": ["Minh Tâm"],
    },
    {
        "tc": 2408, "cn": 268, "date": (2018, 5, 8), "views": 1032,
        "title": "Giữ nghề nón lá ở làng Bình An",
        "lead": "Giữa lúc nhiều làng nghề truyền thống mai một, hơn 120 hộ dân thôn Bình An Thượng, xã Phong "
                "Bình vẫn bền bỉ với nghề chằm nón, vừa tạo thu nhập ổn định cho phụ nữ nông thôn, vừa giữ gìn "
                "một nét văn hóa của xứ Huế.",
        "thumb": f"{UP}/2018/5/8/non_la_binh_an.jpg",
        "body": [
            ("p", "Buổi trưa ở Bình An Thượng, dưới những mái hiên, các bà, các chị vẫn cặm cụi bên khung nón. "
                  "Bà Nguyễn Thị Xuân, 68 tuổi, người có hơn 50 năm gắn bó với nghề, cho biết để làm ra một "
                  "chiếc nón lá bài thơ phải qua hơn mười công đoạn: chọn lá, phơi sương, ủi lá, vót vành, xếp "
                  "lá, chằm và hoàn thiện. “Lá phải phơi đủ sương thì mới trắng, mịn; chằm phải đều mũi, không "
                  "được lệch một li”, bà Xuân nói."),
            ("emphoto", f"{UP}/2018/5/8/non_la_binh_an.jpg",
             "Bà Nguyễn Thị Xuân hướng dẫn con cháu chằm nón.", "Ảnh: Hoài An"),
            ("p", "Trung bình mỗi người thợ làm được 2 đến 3 chiếc nón/ngày, bán cho thương lái với giá 35.000 - "
                  "60.000 đồng/chiếc tùy loại. Những chiếc nón bài thơ, nón có thêu hoa văn được đặt hàng làm "
                  "quà lưu niệm có giá tới 150.000 đồng. Nhờ nghề nón, thu nhập của nhiều phụ nữ trong thôn "
                  "đạt 2,5 - 3 triệu đồng/tháng."),
            ("p", "Năm 2017, Tổ hợp tác nón lá Bình An được thành lập với 34 thành viên, liên kết với các cửa "
                  "hàng lưu niệm ở thành phố Huế để tiêu thụ sản phẩm. Chị Lê Thị Thu Sương, Tổ trưởng tổ hợp "
                  "tác cho biết, nhờ đơn hàng ổn định, nhiều chị em trẻ đã quay lại với nghề thay vì đi làm ăn "
                  "xa."),
            ("p", "Tuy vậy, nghề nón lá cũng đang đối mặt với không ít khó khăn. Nguồn lá nón chủ yếu phải mua "
                  "từ các huyện miền núi với giá ngày càng tăng; lực lượng thợ giỏi phần lớn đã cao tuổi, trong "
                  "khi thu nhập từ nghề chưa đủ hấp dẫn lớp trẻ."),
            ("p", "Ông Đặng Quang Vinh, Chủ tịch UBND xã Phong Bình cho biết, xã đang phối hợp với Phòng Kinh tế "
                  "huyện xây dựng hồ sơ đề nghị công nhận làng nghề truyền thống cho thôn Bình An Thượng; đồng "
                  "thời hỗ trợ tổ hợp tác đăng ký nhãn hiệu tập thể, kết nối đưa sản phẩm vào các điểm du lịch "
                  "cộng đồng của huyện."),
        ],
        "sign": [("right", "Hoài An"), ("nguon", "Nguồn: Báo Thừa Thiên Huế")],
        "unit": "Báo Thừa Thiên Huế", "authors": ["Hoài An"],
    },
    {
        "tc": 2412, "cn": 265, "date": (2018, 5, 17), "views": 598,
        "title": "Phong Bình tăng tốc về đích nông thôn mới năm 2018",
        "lead": "Năm 2018 là năm xã Phong Bình phấn đấu hoàn thành 19/19 tiêu chí và được công nhận đạt chuẩn "
                "nông thôn mới. Đến nay, xã đã huy động hơn 5,2 tỷ đồng cho các công trình hạ tầng, hoàn thành "
                "thêm tiêu chí về giao thông.",
        "thumb": f"{UP}/2018/5/17/duong_lien_thon.jpg",
        "body": [
            ("p", "Theo Ban Quản lý xây dựng nông thôn mới xã, hiện hai tiêu chí chưa đạt là tiêu chí số 10 về "
                  "thu nhập và tiêu chí số 17 về môi trường và an toàn thực phẩm. Thu nhập bình quân đầu người "
                  "năm 2017 của xã đạt 29,6 triệu đồng, trong khi yêu cầu năm 2018 là từ 36 triệu đồng trở lên."),
            ("p", "Để nâng cao thu nhập cho người dân, xã tập trung phát triển các mô hình sản xuất có giá trị "
                  "cao như nuôi tôm trên cát, trồng rau an toàn trong nhà lưới, chăn nuôi bò lai sind. Nguồn vốn "
                  "vay ưu đãi từ Ngân hàng Chính sách xã hội với dư nợ hơn 24 tỷ đồng được ưu tiên cho các hộ có "
                  "phương án sản xuất khả thi."),
            ("related", [2379, 2402, 2405]),
            ("p", "Đối với tiêu chí môi trường, xã đã ban hành quy chế thu gom, xử lý rác thải; thành lập tổ vệ "
                  "sinh môi trường ở 9/9 thôn, bố trí 45 thùng rác công cộng dọc các tuyến đường chính. Tỷ lệ hộ "
                  "gia đình có nhà tiêu hợp vệ sinh đạt 91,5%; 100% cơ sở chăn nuôi tập trung đã có hầm biogas "
                  "hoặc hố xử lý chất thải."),
            ("p", "Bà Trương Thị Diệu Hằng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã cho biết: “Xây dựng "
                  "nông thôn mới không phải là việc riêng của chính quyền. Chúng tôi vận động người dân hiến "
                  "đất, góp ngày công, tự chỉnh trang nhà cửa, vườn tược. Riêng năm nay, bà con đã hiến hơn "
                  "3.200 m² đất để mở rộng đường liên thôn”."),
            ("figure", f"{UP}/2018/5/17/duong_lien_thon.jpg",
             "Tuyến đường liên thôn Trung Đồng - Tây Hòa được mở rộng nhờ người dân hiến đất.", None),
            ("p", "Thời gian tới, xã tiếp tục lồng ghép các nguồn vốn, ưu tiên hoàn thiện hệ thống điện chiếu "
                  "sáng, mở rộng chợ Phong Bình và xây dựng 3 tuyến đường hoa kiểu mẫu tại thôn Trung Đồng, Tây "
                  "Hòa, Hải Thạnh, phấn đấu hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới trước "
                  "ngày 30/11/2018."),
        ],
        "sign": [],
        "tacgia": "Trần Thị Thu Hà",
        "unit": None, "authors": ["Trần Thị Thu Hà"],
    },
    {
        "tc": 2416, "cn": 266, "date": (2018, 5, 23), "views": 2170,
        "title": "Thông báo tuyển chọn lao động đi làm việc tại Nhật Bản",
        # an old copy of the page template names the district in <title>: PORTALS.md trap 8
        "wrong_site_name": True,
        "lead": None,
        "body": [
            ("p", "Căn cứ Công văn số 412/LĐTBXH ngày 15/5/2018 của Phòng Lao động - Thương binh và Xã hội huyện "
                  "Phong Điền, UBND xã Phong Bình thông báo đến toàn thể nhân dân trên địa bàn xã về việc tuyển "
                  "chọn lao động đi làm việc tại Nhật Bản theo chương trình thực tập sinh kỹ năng như sau:"),
            ("h", "1. Điều kiện dự tuyển"),
            ("ul", [
                "Công dân Việt Nam từ đủ 18 tuổi đến 30 tuổi, tốt nghiệp trung học cơ sở trở lên;",
                "Có đủ sức khỏe theo quy định, không có tiền án, tiền sự;",
                "Ưu tiên người thuộc hộ nghèo, hộ cận nghèo, gia đình chính sách và thân nhân người có công.",
            ]),
            ("h", "2. Ngành nghề và thu nhập"),
            ("p", "Các ngành nghề tuyển chọn gồm: xây dựng, chế biến thực phẩm, cơ khí và nông nghiệp. Thời gian "
                  "hợp đồng 3 năm, mức lương cơ bản từ 140.000 đến 160.000 yên/tháng (chưa kể làm thêm giờ)."),
            ("h", "3. Hồ sơ và thời gian đăng ký"),
            ("p", "Người có nhu cầu nộp đơn đăng ký, bản sao chứng minh nhân dân và sổ hộ khẩu tại bộ phận tiếp "
                  "nhận và trả kết quả UBND xã (gặp bà Võ Thị Ngọc Trâm, công chức Văn hóa - Xã hội) từ ngày "
                  "24/5/2018 đến hết ngày 15/6/2018. Lao động thuộc hộ nghèo, cận nghèo được hỗ trợ chi phí học "
                  "ngoại ngữ, bồi dưỡng kiến thức cần thiết và vay vốn ưu đãi theo quy định."),
            ("p", "Đề nghị trưởng các thôn thông báo rộng rãi để nhân dân biết, đăng ký."),
        ],
        "sign": [("right", "UBND xã Phong Bình")],
        "unit": "UBND xã Phong Bình", "authors": [],
    },
    {
        "tc": 2419, "cn": 266, "date": (2018, 5, 28), "views": 311,
        "title": "Thông báo lịch tiếp công dân tháng 6/2018",
        "lead": None,
        "body": [
            ("p", "Chủ tịch UBND xã Phong Bình tiếp công dân định kỳ vào sáng thứ Năm các ngày 07/6 và 21/6/2018 "
                  "tại phòng tiếp công dân của UBND xã. Trường hợp Chủ tịch bận công tác đột xuất, ông Hoàng Văn "
                  "Lộc, Phó Chủ tịch UBND xã sẽ thay mặt tiếp công dân."),
            ("p", "Công dân đến trình bày ý kiến, kiến nghị, khiếu nại, tố cáo cần mang theo giấy tờ tùy thân và "
                  "các tài liệu liên quan."),
        ],
        "sign": [("right", "Văn phòng HĐND và UBND xã")],
        "unit": "Văn phòng HĐND và UBND xã", "authors": [],
    },
]

# Older items that listings, "Các tin khác" and the document box mention but this mini-site does not
# hold (their links answer 404, like pages expired on a real portal): (tc, cn, date, title).
OLD_ITEMS = [
    (2371, 266, (2017, 12, 27), "Thông báo lịch nghỉ Tết Dương lịch năm 2018"),
    (2366, 266, (2017, 12, 14), "Thông báo về việc thu thuế sử dụng đất phi nông nghiệp năm 2017"),
    (2358, 266, (2017, 11, 29), "Thông báo kết quả bình xét hộ nghèo, hộ cận nghèo năm 2018"),
    (2351, 266, (2017, 11, 10), "Thông báo lịch tiêm phòng vắc xin cho gia súc, gia cầm đợt 2 năm 2017"),
    (2344, 266, (2017, 10, 23), "Thông báo tuyển dụng công chức cấp xã năm 2017"),
    (2337, 266, (2017, 10, 5), "Thông báo lịch tiếp công dân quý IV năm 2017"),
    (2362, 265, (2017, 12, 8), "Đại hội Hội Nông dân xã Phong Bình lần thứ X, nhiệm kỳ 2017-2022"),
    (2348, 268, (2017, 11, 3), "Trao nhà đại đoàn kết cho hộ nghèo thôn Hải Thạnh"),
]
