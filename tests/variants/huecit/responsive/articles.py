"""Invented article data for the huecit/responsive mini-site (xã Phong Hiền, huyện Phong Điền).

Block kinds:
  ("lead_bold", text)                  bold first paragraph inside the content = lead (not text)
  ("p", text)                          body paragraph
  ("b", text)                          bold sub-heading paragraph (text)
  ("ul", [items])                      list, one text paragraph per item
  ("img_em", file, caption, credit)    centred image + centred italic caption paragraph
  ("img_tbl", file, caption, credit)   one-cell photo table with a caption row
  ("table", [[cells], ...])            data table (one text paragraph per row)
  ("attach", label, [(name, file)])    attachment list (not text)
  ("sign_unit", text)                  bold right-aligned last line naming a unit
  ("sign_author", text)                bold right-aligned last line naming a person
  ("source", text)                     right-aligned "Nguồn: …" line (unit)
"""

SITE_NAME = "Trang thông tin điện tử xã Phong Hiền"

CATS = {
    2141: ("Tin hoạt động", 2140),
    2142: ("Kinh tế - Nông nghiệp", 2140),
    2143: ("Văn hóa - Xã hội", 2140),
    2144: ("Quốc phòng - An ninh", 2140),
    2145: ("Thông báo", None),
    2146: ("Cải cách hành chính", None),
}
PARENTS = {2140: "Tin tức - Sự kiện"}

ARTICLES = [
    {
        "key": "tong-ket-2022", "tc": 10212, "cn": 2141, "date": (2023, 1, 6), "upload": (2023, 1, 5),
        "title": "Hội nghị tổng kết tình hình kinh tế - xã hội năm 2022, triển khai nhiệm vụ năm 2023",
        "lead": "Chiều ngày 5/1/2023, UBND xã Phong Hiền tổ chức hội nghị tổng kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2022 và triển khai kế hoạch năm 2023.",
        "body": [
            ("p", "Tham dự hội nghị có đại diện lãnh đạo Phòng Tài chính - Kế hoạch huyện, các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND xã, lãnh đạo UBND xã, trưởng các ban, ngành, đoàn thể và trưởng 11 thôn trên địa bàn."),
            ("img_em", "hoi_nghi_tong_ket_2022.jpg", "Đồng chí Chủ tịch UBND xã trình bày báo cáo tại hội nghị", None),
            ("p", "Năm 2022, mặc dù còn nhiều khó khăn do ảnh hưởng của thời tiết và giá vật tư nông nghiệp tăng cao, nhưng với sự quyết tâm của cả hệ thống chính trị, xã đã hoàn thành và vượt 15/17 chỉ tiêu Nghị quyết HĐND xã đề ra. Tổng giá trị sản xuất ước đạt 412 tỷ đồng, tăng 8,6% so với năm 2021; thu nhập bình quân đầu người đạt 46,5 triệu đồng/năm."),
            ("p", "Diện tích gieo trồng lúa cả năm đạt 1.120 ha, năng suất bình quân 58,4 tạ/ha. Mô hình sản xuất lúa theo hướng hữu cơ được mở rộng lên 45 ha tại các thôn Trạch Thượng, Vĩnh Nguyên. Chăn nuôi phát triển ổn định, tổng đàn lợn đạt 6.200 con, đàn gia cầm trên 48.000 con."),
            ("p", "Công tác xây dựng nông thôn mới kiểu mẫu được quan tâm chỉ đạo; nhân dân hiến trên 2.300 m² đất, đóng góp hơn 1,2 tỷ đồng để bê tông hóa 3,8 km đường giao thông nông thôn. Tỷ lệ hộ nghèo giảm còn 2,1%. Công tác cải cách hành chính có nhiều chuyển biến, tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%."),
            ("p", "Năm 2023, UBND xã đề ra 17 chỉ tiêu chủ yếu, trong đó phấn đấu tổng giá trị sản xuất tăng 9% trở lên, thu ngân sách trên địa bàn đạt 5,2 tỷ đồng, giảm tỷ lệ hộ nghèo xuống dưới 1,8%, giữ vững danh hiệu xã đạt chuẩn quốc gia về y tế."),
            ("p", "Tại hội nghị, UBND xã đã khen thưởng 6 tập thể và 14 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2022."),
            ("sign_unit", "Văn phòng HĐND và UBND xã"),
        ],
    },
    {
        "key": "giao-quan", "tc": 10231, "cn": 2144, "date": (2023, 2, 15), "upload": (2023, 2, 15),
        "title": "Huyện Phong Điền tổ chức lễ giao nhận quân năm 2023",
        "lead": "Sáng ngày 14/2/2023, Hội đồng Nghĩa vụ quân sự huyện Phong Điền tổ chức lễ giao nhận quân năm 2023, tiễn 215 thanh niên ưu tú lên đường nhập ngũ.",
        "body": [
            ("p", "Đến dự buổi lễ có lãnh đạo Bộ Chỉ huy Quân sự tỉnh, lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện cùng đông đảo gia đình tân binh và nhân dân địa phương."),
            ("img_em", "le_giao_nhan_quan_2023.jpg", "Lãnh đạo huyện tặng hoa động viên các tân binh lên đường nhập ngũ", None),
            ("p", "Năm nay, toàn huyện có 215 thanh niên nhập ngũ, trong đó 185 thanh niên thực hiện nghĩa vụ quân sự và 30 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân. Có 28 tân binh có trình độ cao đẳng, đại học và 34 tân binh là đảng viên hoặc đối tượng cảm tình Đảng. Riêng xã Phong Hiền có 12 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu được giao."),
            ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND huyện, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện biểu dương tinh thần trách nhiệm của các xã, thị trấn trong công tác tuyển chọn và gọi công dân nhập ngũ; đồng thời mong muốn các tân binh ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội, xứng đáng với truyền thống quê hương."),
            ("p", "Thay mặt các tân binh, tân binh Lê Văn Quý (xã Phong Hiền) hứa sẽ không ngừng phấn đấu, hoàn thành tốt mọi nhiệm vụ được giao."),
            ("source", "Cổng TTĐT huyện Phong Điền"),
        ],
    },
    {
        "key": "cchc-2023", "tc": 10228, "cn": 2146, "date": (2023, 2, 10), "upload": (2023, 2, 10),
        "title": "Triển khai Kế hoạch cải cách hành chính năm 2023",
        "lead": None,
        "body": [
            ("p", "Thực hiện Kế hoạch số 24/KH-UBND ngày 18/01/2023 của UBND huyện Phong Điền về cải cách hành chính năm 2023, ngày 03/02/2023, UBND xã Phong Hiền ban hành Kế hoạch số 15/KH-UBND triển khai công tác cải cách hành chính trên địa bàn xã."),
            ("p", "Kế hoạch xác định mục tiêu nâng cao chất lượng phục vụ người dân, tổ chức; phấn đấu chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt trên 90%. Các nhiệm vụ trọng tâm gồm:"),
            ("ul", [
                "Rà soát, niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả;",
                "Tiếp nhận, giải quyết hồ sơ đúng hạn, không để hồ sơ trễ hạn; công khai xin lỗi khi giải quyết trễ hẹn;",
                "Đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt;",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định;",
                "Nâng cao trách nhiệm, kỷ luật, kỷ cương hành chính của đội ngũ cán bộ, công chức.",
            ]),
            ("p", "UBND xã giao công chức Văn phòng - Thống kê chủ trì theo dõi, đôn đốc việc thực hiện kế hoạch; định kỳ hằng quý báo cáo kết quả về UBND huyện qua Phòng Nội vụ trước ngày 15 của tháng cuối quý."),
            ("p", "Các ban, ngành, đoàn thể và thôn tăng cường tuyên truyền để người dân biết, sử dụng dịch vụ công trực tuyến và ứng dụng định danh điện tử trong giải quyết thủ tục hành chính."),
            ("attach", "Tải về", [("Kế hoạch số 15/KH-UBND ngày 03/02/2023", "15_KH_UBND_CCHC_2023.pdf")]),
            ("sign_unit", "Văn phòng HĐND và UBND xã"),
        ],
    },
    {
        "key": "tiep-cong-dan", "tc": 10247, "cn": 2145, "date": (2023, 3, 28), "upload": (2023, 3, 28),
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 4 năm 2023",
        "lead": None,
        "body": [
            ("p", "Căn cứ Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của UBND xã, UBND xã Phong Hiền thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND xã trong tháng 4 năm 2023 như sau:"),
            ("table", [
                ["Ngày tiếp", "Người tiếp công dân", "Địa điểm"],
                ["Thứ Năm, 06/4/2023", "Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
                ["Thứ Năm, 13/4/2023", "Phó Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
                ["Thứ Năm, 20/4/2023", "Chủ tịch UBND xã", "Phòng tiếp công dân UBND xã"],
                ["Thứ Năm, 27/4/2023", "Phó Chủ tịch UBND xã", "Nhà văn hóa thôn Trạch Tả"],
            ]),
            ("p", "Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00. Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy tờ tùy thân và các tài liệu liên quan."),
            ("p", "Ngoài lịch tiếp định kỳ, công chức Tư pháp - Hộ tịch tiếp công dân thường xuyên vào các ngày làm việc trong tuần tại trụ sở UBND xã."),
            ("attach", "File đính kèm", [("Thông báo số 42/TB-UBND (bản scan)", "42_TB_UBND_lich_tiep_cong_dan_T4.pdf"),
                                         ("Quy chế tiếp công dân của UBND xã", "quy_che_tiep_cong_dan.docx")]),
            ("sign_unit", "UBND xã Phong Hiền"),
        ],
    },
    {
        "key": "lo-mom-long-mong", "tc": 10253, "cn": 2142, "date": (2023, 4, 14), "upload": (2023, 4, 13),
        "title": "Tiêm phòng vắc xin lở mồm long móng cho đàn gia súc đợt 1 năm 2023",
        "lead_in_body": "Từ ngày 10 đến 20/4/2023, UBND xã Phong Hiền phối hợp với Trạm Chăn nuôi và Thú y huyện tổ chức tiêm phòng vắc xin lở mồm long móng đợt 1 cho đàn trâu, bò, lợn trên địa bàn.",
        "lead": None,
        "body": [
            ("p", "Để chủ động phòng, chống dịch bệnh trên đàn gia súc, nhất là trong giai đoạn giao mùa, Ban Thú y xã đã tổ chức rà soát tổng đàn, lập danh sách hộ chăn nuôi và phân công 4 tổ tiêm phòng về từng thôn."),
            ("p", "Kế hoạch tiêm phòng tại một số thôn như sau:"),
            ("table", [
                ["Thôn", "Trâu, bò (con)", "Lợn (con)", "Ngày tiêm"],
                ["Trạch Thượng 1", "86", "540", "10-11/4"],
                ["Trạch Thượng 2", "72", "615", "12-13/4"],
                ["Vĩnh Nguyên", "104", "830", "14-15/4"],
                ["Hiền Lương", "95", "460", "17-18/4"],
            ]),
            ("p", "Đến ngày 13/4, các tổ đã tiêm được 312 con trâu, bò và 1.980 con lợn, đạt trên 70% kế hoạch. Vắc xin được bảo quản đúng quy trình, cán bộ thú y hướng dẫn người dân theo dõi phản ứng của vật nuôi sau tiêm."),
            ("p", "UBND xã đề nghị các hộ chăn nuôi chủ động nhốt gia súc vào ngày tiêm theo lịch của thôn; thường xuyên vệ sinh, tiêu độc khử trùng chuồng trại; khi phát hiện gia súc có biểu hiện bệnh phải báo ngay cho thú y xã để xử lý kịp thời."),
            ("sign_author", "Hồng Nhung"),
        ],
    },
    {
        "key": "moi-truong", "tc": 10268, "cn": 2143, "date": (2023, 6, 6), "upload": (2023, 6, 5),
        "title": "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
        "lead": None,
        "body": [
            ("p", "Hưởng ứng Ngày Môi trường thế giới 5/6 và Tháng hành động vì môi trường năm 2023, sáng Chủ nhật ngày 4/6, Đoàn Thanh niên phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức ra quân tổng vệ sinh môi trường trên các tuyến đường liên thôn."),
            ("img_tbl", "ra_quan_ve_sinh_moi_truong.jpg", "Đoàn viên thanh niên thu gom rác thải dọc tuyến đường liên thôn", "Ảnh: Minh Tâm"),
            ("p", "Hơn 150 đoàn viên, hội viên và người dân đã tham gia phát quang bụi rậm, khơi thông cống rãnh, thu gom rác thải nhựa dọc hai bên đường và khu vực bờ sông Ô Lâu. Kết thúc buổi ra quân, các lực lượng đã thu gom được khoảng 2 tấn rác thải các loại, chuyển đến nơi xử lý theo quy định."),
            ("p", "Dịp này, Hội Liên hiệp Phụ nữ xã trao tặng 200 túi vải thân thiện với môi trường cho hội viên, vận động các gia đình hạn chế sử dụng túi ni lông khi đi chợ; đồng thời ra mắt mô hình “Tuyến đường hoa, xanh - sạch - đẹp” tại thôn Hiền Lương."),
            ("p", "Thông qua hoạt động, góp phần nâng cao nhận thức của người dân về bảo vệ môi trường, chung tay xây dựng nông thôn mới kiểu mẫu."),
            ("sign_author", "Minh Tâm"),
        ],
    },
    {
        "key": "sot-xuat-huyet", "tc": 10279, "cn": 2143, "date": (2023, 7, 19), "upload": (2023, 7, 18),
        "title": "Tăng cường tuyên truyền phòng, chống dịch sốt xuất huyết",
        "lead": "Trước tình hình bệnh sốt xuất huyết có chiều hướng gia tăng trên địa bàn huyện, Trạm Y tế xã Phong Hiền đã phối hợp với các thôn đẩy mạnh tuyên truyền, tổ chức chiến dịch diệt lăng quăng, bọ gậy.",
        "body": [
            ("p", "Từ đầu năm đến nay, trên địa bàn xã ghi nhận 5 trường hợp mắc sốt xuất huyết, tập trung ở thôn Vĩnh Nguyên và Trạch Tả. Các trường hợp đều đã được điều trị ổn định, khu vực có ca bệnh được phun hóa chất diệt muỗi kịp thời."),
            ("img_em", "tuyen_truyen_sxh_1.jpg", "Cán bộ y tế hướng dẫn người dân loại bỏ dụng cụ chứa nước đọng", "Ảnh: Thu Hiền"),
            ("p", "Trong hai ngày 15 và 16/7, Trạm Y tế xã phối hợp với cộng tác viên dân số, y tế thôn đến từng hộ gia đình kiểm tra, hướng dẫn đậy kín các dụng cụ chứa nước, thả cá diệt lăng quăng trong bể chứa, thu gom chai lọ, vỏ xe cũ quanh nhà."),
            ("img_em", "tuyen_truyen_sxh_2.jpg", "Xe loa lưu động tuyên truyền tại các thôn", "Ảnh: Thu Hiền"),
            ("p", "Đài truyền thanh xã tăng thời lượng phát các bản tin khuyến cáo phòng bệnh. Người dân khi có biểu hiện sốt cao liên tục, xuất huyết dưới da, chảy máu chân răng cần đến ngay cơ sở y tế để được khám, điều trị, không tự ý dùng thuốc hạ sốt tại nhà."),
            ("sign_unit", "Trạm Y tế xã"),
        ],
    },
    {
        "key": "lua-huu-co", "tc": 10296, "cn": 2142, "date": (2023, 9, 22), "upload": (2023, 9, 21),
        "title": "Hội Nông dân xã tập huấn kỹ thuật sản xuất lúa hữu cơ",
        "lead": "Ngày 21/9, Hội Nông dân xã Phong Hiền phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn kỹ thuật sản xuất lúa hữu cơ cho 40 hội viên nông dân thôn Trạch Thượng.",
        "body": [
            ("p", "Tại lớp tập huấn, các học viên được cán bộ kỹ thuật truyền đạt những kiến thức cơ bản về quy trình sản xuất lúa theo tiêu chuẩn hữu cơ, gồm các nội dung:"),
            ("ul", [
                "Chọn giống lúa chất lượng, phù hợp với điều kiện đồng đất địa phương;",
                "Làm đất, bón phân hữu cơ vi sinh thay thế phân bón hóa học;",
                "Quản lý nước theo phương pháp tưới ngập - khô xen kẽ;",
                "Phòng trừ sâu bệnh bằng biện pháp sinh học, không sử dụng thuốc bảo vệ thực vật hóa học;",
                "Ghi chép nhật ký đồng ruộng phục vụ truy xuất nguồn gốc sản phẩm.",
            ]),
            ("img_em", "tap_huan_lua_huu_co.jpg", "Cán bộ kỹ thuật hướng dẫn nông dân nhận biết thiên địch trên ruộng lúa", "Ảnh: Văn Hùng"),
            ("p", "Vụ Hè Thu 2023, mô hình sản xuất lúa hữu cơ trên diện tích 12 ha tại thôn Trạch Thượng cho năng suất bình quân 52 tạ/ha, tuy thấp hơn sản xuất thông thường nhưng giá bán cao hơn từ 30 đến 40%, lợi nhuận tăng khoảng 8 triệu đồng/ha."),
            ("p", "Thời gian tới, Hội Nông dân xã tiếp tục vận động hội viên liên kết sản xuất, mở rộng diện tích lúa hữu cơ trong vụ Đông Xuân 2023-2024, hướng tới xây dựng sản phẩm OCOP gạo hữu cơ của địa phương."),
            ("sign_author", "Văn Hùng"),
        ],
    },
]
