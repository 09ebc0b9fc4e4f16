# -*- coding: utf-8 -*-
"""Invented article data for the chinhphu.vn-style (VCCorp CMS, 2016-2020 layout) mini-site.

All text is written for this corpus; officials are referred to by title only.
Block kinds (rendered by make.py):
  ("p", text) / ("ph", html, text) / ("h", text) / ("ul", [..]) / ("table", [[..]..])  -> body text
  ("photo", file, caption, credit, style)   VCSortableInPreviewMode type=Photo + PhotoCMS_Caption
        style "inline": "<caption> - Ảnh: VGP/X" in one caption paragraph
        style "author": caption paragraph + separate PhotoCMS_Author div
        style "figure": <figure class=VCSortableInPreviewMode> + <figcaption class=PhotoCMS_Caption>
        style "nocap": photo without caption
  ("relbox", [article keys])                RelatedNewsBox inside the body (not text)
  ("relone", article key)                   RelatedOneNews box inside the body (not text)
  ("sig", text)                             bold right-aligned author line (not text)
  ("source", text)                          "Nguồn: ..." right-aligned (not text)
  ("attach", [(label, href)])               "File đính kèm" list (not text)
"""

ARTICLES = [
    {
        "key": "han-man", "slug": "pho-thu-tuong-kiem-tra-cong-tac-phong-chong-han-han-xam-nhap-man-tai-ben-tre",
        "title": "Phó Thủ tướng kiểm tra công tác phòng, chống hạn hán, xâm nhập mặn tại Bến Tre",
        "pub": (2020, 3, 7, 18, 42), "idsec": (2020, 3, 7, 18, 42, 37), "zone": "chi-dao-dieu-hanh",
        "prefix": "(Chinhphu.vn) -", "authors": ["Hoàng Minh"], "unit": None,
        "lead": "Chiều 7/3, Phó Thủ tướng cùng lãnh đạo một số bộ, ngành đã đi kiểm tra thực tế công tác phòng, chống hạn hán, xâm nhập mặn tại tỉnh Bến Tre, địa phương chịu ảnh hưởng nặng nề nhất của đợt mặn mùa khô năm nay.",
        "blocks": [
            ("p", "Theo báo cáo của UBND tỉnh Bến Tre, từ đầu mùa khô đến nay, độ mặn 4‰ đã xâm nhập sâu vào đất liền từ 80 đến 90 km, sâu hơn mùa khô năm 2016 khoảng 10 km. Toàn tỉnh có khoảng 12.300 ha lúa, 4.500 ha cây ăn trái bị thiệt hại; hơn 18.000 hộ dân thiếu nước sinh hoạt."),
            ("photo", "ben-tre-kiem-tra-cong-ngan-man", "Phó Thủ tướng kiểm tra cống ngăn mặn tại huyện Giồng Trôm, tỉnh Bến Tre.", "Ảnh: VGP/Hải Minh", "inline"),
            ("p", "Tỉnh đã triển khai đắp 86 đập tạm ngăn mặn, trữ ngọt; lắp đặt 34 trạm bơm dã chiến và vận động người dân trữ nước mưa, nước ngọt trong ao, mương, túi chứa. Các doanh nghiệp, tổ chức đã hỗ trợ hơn 200 bồn chứa nước cùng hàng nghìn mét khối nước sạch cho các xã vùng ven biển."),
            ("relbox", ["giai-ngan", "sot-xuat-huyet"]),
            ("p", "Phát biểu tại buổi làm việc, Phó Thủ tướng ghi nhận sự chủ động của tỉnh và yêu cầu tiếp tục ưu tiên bảo đảm nước sinh hoạt cho người dân, không để người dân nào thiếu nước uống. Các bộ, ngành liên quan khẩn trương xem xét hỗ trợ kinh phí cho các địa phương bị thiệt hại, đồng thời nghiên cứu các giải pháp căn cơ như xây dựng hồ chứa nước ngọt, hệ thống thủy lợi khép kín."),
            ("photo", "ben-tre-tham-ho-dan-tru-nuoc", "Phó Thủ tướng thăm hỏi người dân đang trữ nước ngọt tại xã Thạnh Phú.", "Ảnh: VGP/Hải Minh", "inline"),
            ("p", "Phó Thủ tướng lưu ý tỉnh cần chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện thích ứng biến đổi khí hậu, coi đây là yêu cầu lâu dài chứ không chỉ ứng phó trước mắt."),
            ("sig", "Hoàng Minh"),
        ],
    },
    {
        "key": "giai-ngan", "slug": "thu-tuong-yeu-cau-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong",
        "title": "Thủ tướng yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công",
        "pub": (2019, 9, 24, 9, 5), "idsec": (2019, 9, 24, 8, 51, 12), "zone": "chi-dao-dieu-hanh",
        "prefix": "(VGP) -", "authors": ["Phương Liên"], "unit": None,
        "lead": "Thủ tướng Chính phủ vừa ký Công điện yêu cầu các bộ, cơ quan trung ương và địa phương quyết liệt thực hiện các giải pháp đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2019.",
        "blocks": [
            ("p", "Theo Công điện, đến hết tháng 8/2019, tỷ lệ giải ngân vốn đầu tư công mới đạt khoảng 38% kế hoạch Thủ tướng Chính phủ giao, thấp hơn cùng kỳ năm trước. Nhiều bộ, cơ quan và địa phương có tỷ lệ giải ngân dưới 20%."),
            ("p", "Thủ tướng yêu cầu người đứng đầu các bộ, cơ quan và địa phương chịu trách nhiệm toàn diện về kết quả giải ngân; khẩn trương hoàn thiện thủ tục đầu tư, đẩy nhanh công tác giải phóng mặt bằng; kiên quyết xử lý các nhà thầu vi phạm tiến độ."),
            ("relone", "hop-bao-thang-7"),
            ("p", "Trước ngày 15/10/2019, các bộ, cơ quan và địa phương rà soát, đề xuất điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt hơn, gửi Bộ Kế hoạch và Đầu tư để tổng hợp, báo cáo Thủ tướng Chính phủ."),
            ("p", "Bộ Tài chính được giao chỉ đạo Kho bạc Nhà nước bảo đảm thanh toán kịp thời cho các dự án khi đã có khối lượng nghiệm thu, không để tồn đọng hồ sơ thanh toán vào cuối năm."),
            ("sig", "Phương Liên"),
        ],
    },
    {
        "key": "sot-xuat-huyet", "slug": "bo-y-te-khuyen-cao-phong-chong-sot-xuat-huyet-trong-mua-mua",
        "title": "Bộ Y tế khuyến cáo phòng, chống sốt xuất huyết trong mùa mưa",
        "pub": (2019, 7, 16, 15, 30), "idsec": (2019, 7, 16, 15, 30, 8), "zone": "tin-bo-nganh",
        "prefix": "(Chinhphu.vn) -", "authors": ["Thúy Hà"], "unit": None,
        "lead": "Trước diễn biến gia tăng số ca mắc sốt xuất huyết tại nhiều địa phương, Bộ Y tế khuyến cáo người dân chủ động thực hiện các biện pháp diệt muỗi, diệt bọ gậy để bảo vệ sức khỏe bản thân và gia đình.",
        "blocks": [
            ("p", "Theo Cục Y tế dự phòng, từ đầu năm đến ngày 14/7, cả nước ghi nhận hơn 105.000 trường hợp mắc sốt xuất huyết, tăng gần 2,5 lần so với cùng kỳ năm 2018. Bệnh đã xuất hiện tại 61 tỉnh, thành phố, tập trung nhiều ở khu vực phía Nam và Tây Nguyên."),
            ("p", "Bộ Y tế khuyến cáo người dân thực hiện các biện pháp sau:"),
            ("ul", ["Đậy kín tất cả các dụng cụ chứa nước để muỗi không vào đẻ trứng;",
                    "Hằng tuần thả cá vào dụng cụ chứa nước lớn; thau rửa dụng cụ chứa nước nhỏ; thay nước bình hoa;",
                    "Loại bỏ các vật dụng phế thải, lốp xe hỏng, hốc nước tự nhiên không cho muỗi đẻ trứng;",
                    "Ngủ màn kể cả ban ngày; mặc quần áo dài tay để phòng muỗi đốt;",
                    "Khi bị sốt phải đến ngay cơ sở y tế để được khám và điều trị, không tự ý điều trị tại nhà."]),
            ("photo", "phun-hoa-chat-diet-muoi", "Nhân viên y tế phun hóa chất diệt muỗi tại một khu dân cư.", "Ảnh: VGP/Thúy Hà", "author"),
            ("p", "Bộ Y tế cũng đề nghị UBND các tỉnh, thành phố chỉ đạo tổ chức chiến dịch diệt bọ gậy tại các khu vực có nguy cơ cao, bảo đảm hóa chất, vật tư cho công tác phòng chống dịch; các bệnh viện chuẩn bị đầy đủ giường bệnh, thuốc men để thu dung, điều trị bệnh nhân, hạn chế thấp nhất tử vong."),
            ("sig", "Thúy Hà"),
        ],
    },
    {
        "key": "hop-bao-thang-7", "slug": "hop-bao-chinh-phu-thuong-ky-thang-7-nam-2019",
        "title": "Họp báo Chính phủ thường kỳ tháng 7 năm 2019",
        "pub": (2019, 8, 1, 19, 50), "idsec": (2019, 8, 1, 19, 50, 44), "zone": "chi-dao-dieu-hanh",
        "prefix": "(Chinhphu.vn) -", "authors": ["Đức Tuân"], "unit": None,
        "lead": "Tối 1/8, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ chủ trì họp báo Chính phủ thường kỳ, thông tin về kết quả phiên họp Chính phủ tháng 7 và tình hình kinh tế - xã hội 7 tháng đầu năm.",
        "blocks": [
            ("p", "Theo Người phát ngôn của Chính phủ, tình hình kinh tế - xã hội tháng 7 và 7 tháng tiếp tục chuyển biến tích cực; kinh tế vĩ mô ổn định, lạm phát được kiểm soát. Một số chỉ tiêu chủ yếu như sau:"),
            ("table", [["Chỉ tiêu", "7 tháng năm 2019", "So với cùng kỳ"],
                       ["Chỉ số giá tiêu dùng (CPI) bình quân", "tăng 2,61%", "thấp nhất 3 năm"],
                       ["Tổng kim ngạch xuất nhập khẩu", "289,3 tỷ USD", "tăng 8,1%"],
                       ["Vốn FDI đăng ký", "20,22 tỷ USD", "tăng 26,3%"],
                       ["Doanh nghiệp thành lập mới", "77.221 doanh nghiệp", "tăng 5,4%"],
                       ["Khách quốc tế đến Việt Nam", "9,8 triệu lượt", "tăng 7,9%"]]),
            ("photo", "hop-bao-chinh-phu-thang-7", "Toàn cảnh họp báo Chính phủ thường kỳ tháng 7/2019.", "Ảnh: VGP/Quang Hiếu", "inline"),
            ("p", "Tại phiên họp, Chính phủ đã thảo luận về việc sửa đổi một số luật để tháo gỡ vướng mắc trong đầu tư, kinh doanh; yêu cầu các bộ, ngành tiếp tục cắt giảm thực chất điều kiện kinh doanh, đơn giản hóa thủ tục kiểm tra chuyên ngành đối với hàng hóa xuất nhập khẩu."),
            ("p", "Trả lời câu hỏi của phóng viên về tiến độ cổ phần hóa doanh nghiệp nhà nước, đại diện Bộ Tài chính cho biết 7 tháng qua đã có 8 doanh nghiệp được phê duyệt phương án cổ phần hóa; Bộ đang phối hợp với các bộ, ngành đôn đốc các doanh nghiệp còn lại theo danh mục đã được phê duyệt."),
            ("sig", "Đức Tuân"),
        ],
    },
    {
        "key": "nghi-dinh-nong-san", "slug": "quy-dinh-moi-ve-kiem-soat-chat-luong-nong-san-xuat-khau",
        "title": "Quy định mới về kiểm soát chất lượng nông sản xuất khẩu",
        "pub": (2019, 10, 10, 16, 20), "idsec": (2019, 10, 10, 16, 20, 51), "zone": "chinh-sach-moi",
        "prefix": "(Chinhphu.vn) -", "authors": ["Thu Cúc"], "unit": None,
        "lead": "Chính phủ vừa ban hành Nghị định quy định chi tiết về kiểm soát chất lượng, truy xuất nguồn gốc đối với nông sản xuất khẩu, có hiệu lực từ ngày 1/12/2019.",
        "blocks": [
            ("p", "Nghị định áp dụng đối với tổ chức, cá nhân sản xuất, kinh doanh, xuất khẩu các sản phẩm nông sản có nguồn gốc thực vật, động vật và thủy sản; cơ quan quản lý nhà nước và tổ chức chứng nhận có liên quan."),
            ("p", "Theo Nghị định, cơ sở sản xuất nông sản xuất khẩu phải lập và lưu giữ hồ sơ ghi chép quá trình sản xuất tối thiểu 2 năm; mỗi lô hàng xuất khẩu phải có mã số vùng trồng hoặc mã số cơ sở nuôi trồng đã được cơ quan có thẩm quyền cấp."),
            ("p", "Bộ Nông nghiệp và Phát triển nông thôn chịu trách nhiệm xây dựng cơ sở dữ liệu quốc gia về mã số vùng trồng, cơ sở đóng gói; công bố công khai danh sách cơ sở đủ điều kiện xuất khẩu sang các thị trường có yêu cầu đăng ký."),
            ("p", "Nghị định cũng quy định rõ trách nhiệm của UBND cấp tỉnh trong việc rà soát, quy hoạch vùng nguyên liệu tập trung, hỗ trợ hợp tác xã, hộ nông dân đáp ứng các tiêu chuẩn của nước nhập khẩu."),
            ("sig", "Thu Cúc"),
            ("attach", [("Nghị định số 77/2019/NĐ-CP", "https://datafiles.chinhphu.vn/cpp/files/vbpq/2019/10/77.signed.pdf")]),
        ],
    },
    {
        "key": "thong-cao-thang-9", "slug": "thong-cao-bao-chi-phien-hop-chinh-phu-thuong-ky-thang-9-nam-2019",
        "title": "Thông cáo báo chí Phiên họp Chính phủ thường kỳ tháng 9 năm 2019",
        "pub": (2019, 10, 2, 21, 15), "idsec": (2019, 10, 2, 21, 15, 3), "zone": "chi-dao-dieu-hanh",
        "prefix": None, "authors": [], "unit": "Văn phòng Chính phủ",
        "lead": None,
        "blocks": [
            ("p", "Ngày 1 tháng 10 năm 2019, Chính phủ họp phiên thường kỳ tháng 9 năm 2019 dưới sự chủ trì của Thủ tướng Chính phủ, thảo luận các nội dung: tình hình kinh tế - xã hội tháng 9 và quý III năm 2019; tình hình thực hiện và giải ngân vốn đầu tư công; công tác xây dựng pháp luật và một số nội dung quan trọng khác."),
            ("p", "Chính phủ thống nhất đánh giá: trong 9 tháng, kinh tế vĩ mô ổn định, lạm phát được kiểm soát ở mức thấp; tăng trưởng GDP đạt 6,98%, là mức cao nhất 9 tháng trong gần 10 năm trở lại đây. Sản xuất công nghiệp, nông nghiệp và dịch vụ duy trì đà tăng trưởng khá; thu ngân sách nhà nước đạt 77,2% dự toán năm."),
            ("p", "Bên cạnh kết quả đạt được, Chính phủ nhận định nền kinh tế vẫn còn những khó khăn, thách thức: giải ngân vốn đầu tư công chậm; tình hình thiên tai, bão lũ diễn biến phức tạp; dịch tả lợn châu Phi gây thiệt hại lớn cho ngành chăn nuôi."),
            ("p", "Chính phủ yêu cầu các bộ, cơ quan, địa phương tập trung thực hiện quyết liệt các nhiệm vụ, giải pháp trong 3 tháng cuối năm, phấn đấu hoàn thành và vượt mức toàn bộ các chỉ tiêu kế hoạch năm 2019, tạo tiền đề vững chắc cho năm 2020."),
            ("sig", "Văn phòng Chính phủ"),
        ],
    },
    {
        "key": "thanh-toan-khong-tien-mat", "slug": "phe-duyet-de-an-phat-trien-thanh-toan-khong-dung-tien-mat-giai-doan-2021-2025",
        "title": "Phê duyệt Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2021-2025",
        "pub": (2020, 12, 28, 10, 12), "idsec": (2020, 12, 28, 10, 12, 26), "zone": "chinh-sach-moi",
        "prefix": "(Chinhphu.vn) -", "authors": [], "unit": "Ngân hàng Nhà nước Việt Nam",
        "lead": "Phó Thủ tướng vừa ký Quyết định phê duyệt Đề án phát triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2021-2025, đặt mục tiêu đến năm 2025 tỷ trọng tiền mặt trên tổng phương tiện thanh toán ở mức dưới 8%.",
        "blocks": [
            ("p", "Đề án đặt mục tiêu đến ngày 31/12/2025, trên 80% người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng hoặc các tổ chức được phép khác; giá trị giao dịch thanh toán không dùng tiền mặt đạt 25 lần GDP; 100% bệnh viện, trường học và các đơn vị cung cấp dịch vụ công chấp nhận thanh toán điện tử."),
            ("p", "Để đạt mục tiêu trên, Đề án đề ra các nhóm giải pháp: hoàn thiện khung pháp lý cho các phương thức thanh toán mới; phát triển hạ tầng thanh toán hiện đại, bảo đảm an toàn, bảo mật; đẩy mạnh thanh toán không dùng tiền mặt trong khu vực công và khu vực nông thôn, vùng sâu, vùng xa."),
            ("p", "Ngân hàng Nhà nước Việt Nam là cơ quan chủ trì, phối hợp với các bộ, ngành và địa phương tổ chức triển khai Đề án; định kỳ hằng năm tổng hợp, báo cáo Thủ tướng Chính phủ tình hình thực hiện."),
            ("source", "Ngân hàng Nhà nước Việt Nam"),
        ],
    },
    {
        "key": "dieu-kien-kinh-doanh", "slug": "cat-giam-dieu-kien-kinh-doanh-nganh-cong-thuong",
        "title": "Cắt giảm hơn 675 điều kiện kinh doanh ngành Công Thương",
        "pub": (2018, 11, 20, 14, 5), "idsec": (2018, 11, 20, 14, 5, 39), "zone": "tin-bo-nganh",
        "prefix": "(Chinhphu.vn) -", "authors": ["Minh Hiển"], "unit": None,
        "lead": "Sau gần một năm triển khai, Bộ Công Thương đã cắt giảm, đơn giản hóa 675 trên tổng số 1.216 điều kiện kinh doanh, đạt tỷ lệ 55,5%, vượt chỉ tiêu Chính phủ giao.",
        "blocks": [
            ("p", "Ngày 19/11, tại hội nghị đánh giá kết quả cải cách điều kiện kinh doanh, đại diện Bộ Công Thương cho biết việc cắt giảm được thực hiện trên hầu hết các lĩnh vực quản lý của Bộ. Kết quả cụ thể tại một số lĩnh vực như sau:"),
            ("table", [["Lĩnh vực", "Tổng số điều kiện", "Số điều kiện cắt giảm", "Tỷ lệ"],
                       ["Kinh doanh xăng dầu", "87", "39", "44,8%"],
                       ["Kinh doanh khí", "164", "108", "65,9%"],
                       ["Hóa chất", "148", "92", "62,2%"],
                       ["Vật liệu nổ công nghiệp", "95", "41", "43,2%"],
                       ["Xuất nhập khẩu", "134", "73", "54,5%"]]),
            ("photo", "hoi-nghi-bo-cong-thuong-cai-cach", None, None, "nocap"),
            ("p", "Cùng với cắt giảm điều kiện kinh doanh, Bộ Công Thương đã cắt giảm 1.929 trên tổng số 2.523 dòng hàng thuộc danh mục hàng hóa phải kiểm tra chuyên ngành, tương đương 76,5%. Nhiều thủ tục được chuyển sang hậu kiểm, giúp doanh nghiệp tiết kiệm thời gian và chi phí."),
            ("p", "Đại diện các hiệp hội doanh nghiệp đánh giá cao nỗ lực của Bộ, đồng thời kiến nghị tiếp tục rà soát để bảo đảm việc cắt giảm đi vào thực chất, tránh tình trạng bỏ điều kiện này nhưng phát sinh thủ tục khác."),
            ("sig", "Minh Hiển"),
        ],
    },
    {
        "key": "quang-tri", "slug": "pho-thu-tuong-lam-viec-voi-tinh-quang-tri-ve-khac-phuc-hau-qua-mua-lu",
        "title": "Phó Thủ tướng làm việc với tỉnh Quảng Trị về khắc phục hậu quả mưa lũ",
        "pub": (2020, 10, 24, 12, 36), "idsec": (2020, 10, 24, 12, 36, 15), "zone": "chi-dao-dieu-hanh",
        "prefix": "(Chinhphu.vn) -", "authors": ["Nguyễn Hoàng"], "unit": None,
        "lead": "Sáng 24/10, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Quảng Trị về tình hình thiệt hại và công tác khắc phục hậu quả đợt mưa lũ lịch sử vừa qua.",
        "blocks": [
            ("p", "Báo cáo tại buổi làm việc cho thấy, đợt mưa lũ từ ngày 6 đến 20/10 đã làm 21 người chết, hơn 66.000 ngôi nhà bị ngập, nhiều tuyến đường giao thông bị sạt lở nghiêm trọng. Tổng thiệt hại ước tính khoảng 2.200 tỷ đồng."),
            ("photo", "quang-tri-lam-viec-khac-phuc-lu", "Phó Thủ tướng phát biểu tại buổi làm việc.", "Ảnh: VGP/Nguyễn Hoàng", "figure"),
            ("p", "Phó Thủ tướng chia sẻ những mất mát của người dân Quảng Trị, yêu cầu tỉnh tập trung tìm kiếm người mất tích, hỗ trợ kịp thời lương thực, nước sạch, thuốc men cho người dân vùng lũ; nhanh chóng vệ sinh môi trường, phòng chống dịch bệnh sau lũ."),
            ("p", "Về kiến nghị của tỉnh, Phó Thủ tướng đồng ý về nguyên tắc hỗ trợ từ nguồn dự phòng ngân sách trung ương để khắc phục hậu quả thiên tai; giao Bộ Tài chính chủ trì, phối hợp với các bộ liên quan tổng hợp, trình cấp có thẩm quyền trước ngày 30/10."),
            ("p", "Trước đó, Phó Thủ tướng đã đến thăm, tặng quà các hộ gia đình bị thiệt hại nặng tại huyện Hải Lăng và kiểm tra điểm sạt lở trên Quốc lộ 9."),
            ("sig", "Nguyễn Hoàng"),
        ],
    },
]
