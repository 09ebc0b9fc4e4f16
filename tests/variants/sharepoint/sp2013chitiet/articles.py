# -*- coding: utf-8 -*-
"""Invented news items for the sp2013chitiet variant (a ministry portal on SharePoint 2013; fictional content).

Body blocks:
  "text"                              paragraph (<p class="ms-rteElement-P">)
  ("lead_in_body", text)              bold first paragraph inside the rich-text body = the sapo
  ("h", text)                         bold sub-heading paragraph (body text)
  ("img", path, caption, credit, style)   style "table" (one-cell table + caption row), "em" (italic
                                      paragraph after the image), "div" (div.anh + p.chuthich)
  ("table", rows)                     data table, first row header
  ("ul", items) / ("br", lines)
  ("sig", text)                       bold right-aligned closing line (not body text)
  ("attach", [(label, href)])         "Tải về" list (not body text)
  ("related", [(idTin, idcm, title, date)])  "Tin liên quan" box inside the body (not body text)
"""

ARTICLES = [
    {
        "slug": "hoi-nghi-trien-khai-2024",
        "idTin": 232104, "idcm": 188,
        "category": "Tin hoạt động",
        "title": "Hội nghị triển khai công tác lao động, người có công và xã hội năm 2024",
        "date": (2024, 1, 8, 16, 45), "date_fmt": "datetime", "updated": None,
        "prefix": "(MOLISA) -",
        "lead": "Sáng 06/01, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị trực tuyến tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với 63 điểm cầu các tỉnh, thành phố trực thuộc Trung ương.",
        "body": [
            "Năm 2023, trong bối cảnh kinh tế thế giới nhiều biến động, thị trường lao động trong nước chịu ảnh hưởng do một số ngành xuất khẩu bị sụt giảm đơn hàng, toàn ngành đã chủ động tham mưu Chính phủ ban hành kịp thời các chính sách hỗ trợ người lao động, bảo đảm an sinh xã hội.",
            ("img", "/PublishingImages/2024/01/hoinghi-trienkhai-2024.jpg", "Bộ trưởng phát biểu chỉ đạo tại Hội nghị", "Ảnh: Quang Huy", "table"),
            "Theo báo cáo, cả nước đã giải quyết việc làm cho hơn 1,6 triệu lượt người; đưa hơn 159 nghìn lượt người đi làm việc ở nước ngoài theo hợp đồng, vượt 45% kế hoạch năm. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 27,6%. Công tác chăm lo cho người có công với cách mạng được thực hiện đầy đủ, kịp thời; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.",
            "Phát biểu chỉ đạo, Bộ trưởng yêu cầu các đơn vị tập trung hoàn thiện thể chế, trọng tâm là dự thảo Luật Việc làm (sửa đổi) và Luật Bảo hiểm xã hội (sửa đổi); theo dõi sát tình hình thị trường lao động, nhất là ở các địa phương có khu công nghiệp tập trung; không để người dân nào bị đói, rét trong dịp Tết Nguyên đán Giáp Thìn.",
            ("h", "Một số chỉ tiêu chủ yếu năm 2024"),
            ("ul", [
                "Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%;",
                "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 28 - 28,5%;",
                "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1 - 1,5%;",
                "Tỷ lệ trẻ em dưới 16 tuổi có hoàn cảnh đặc biệt được trợ giúp đạt 90%.",
            ]),
            "Tại hội nghị, Bộ đã phát động phong trào thi đua năm 2024 và trao Cờ thi đua của Chính phủ cho các tập thể có thành tích xuất sắc.",
        ],
        "authors": [], "unit": "Trung tâm Thông tin", "source": "Trung tâm Thông tin", "author_field": None,
    },
    {
        "slug": "giai-quyet-viec-lam-2023",
        "idTin": 232087, "idcm": 190,
        "category": "Lao động - Việc làm",
        "title": "Hơn 1,6 triệu lượt lao động được giải quyết việc làm trong năm 2023",
        "date": (2024, 1, 5, 0, 0), "date_fmt": "date", "updated": None,
        "lead": None,
        "body": [
            "Theo số liệu tổng hợp của Cục Việc làm, năm 2023 các địa phương đã giải quyết việc làm cho 1.628.400 lượt người, đạt 106% kế hoạch. Trong đó, số lao động được tạo việc làm thông qua vay vốn từ Quỹ quốc gia về việc làm chiếm khoảng 8%.",
            "Kết quả giải quyết việc làm theo vùng như sau:",
            ("table", [
                ["Vùng", "Kế hoạch (lượt người)", "Thực hiện (lượt người)", "Tỷ lệ so với kế hoạch"],
                ["Trung du và miền núi phía Bắc", "182.000", "190.350", "104,6%"],
                ["Đồng bằng sông Hồng", "395.000", "421.870", "106,8%"],
                ["Bắc Trung Bộ và Duyên hải miền Trung", "330.000", "346.120", "104,9%"],
                ["Tây Nguyên", "88.000", "90.450", "102,8%"],
                ["Đông Nam Bộ", "310.000", "338.910", "109,3%"],
                ["Đồng bằng sông Cửu Long", "230.000", "240.700", "104,7%"],
            ]),
            "Hệ thống trung tâm dịch vụ việc làm đã tổ chức hơn 2.400 phiên giao dịch việc làm, trong đó nhiều phiên được tổ chức trực tuyến hoặc kết hợp trực tuyến với trực tiếp, kết nối với các tỉnh, thành phố có nhu cầu tuyển dụng lớn.",
            "Bên cạnh kết quả đạt được, thị trường lao động cuối năm 2023 vẫn ghi nhận tình trạng một số doanh nghiệp trong ngành dệt may, da giày, chế biến gỗ cắt giảm lao động hoặc giảm giờ làm. Cục Việc làm đề nghị các địa phương theo dõi sát tình hình, chủ động phương án hỗ trợ người lao động chuyển đổi việc làm.",
        ],
        "authors": ["Hồng Nhung"], "unit": None, "source": None, "author_field": "Hồng Nhung",
    },
    {
        "slug": "tuyen-dung-vien-chuc-2024",
        "idTin": 231955, "idcm": 195,
        "category": "Thông báo",
        "title": "Thông báo tuyển dụng viên chức năm 2024 của Trung tâm Điều dưỡng người có công",
        "date": (2023, 12, 22, 9, 0), "date_fmt": "datetime", "updated": None,
        "lead": None,
        "body": [
            "Căn cứ nhu cầu vị trí việc làm và chỉ tiêu biên chế được giao, Trung tâm Điều dưỡng người có công trực thuộc Bộ Lao động - Thương binh và Xã hội thông báo tuyển dụng viên chức năm 2024 như sau:",
            ("h", "1. Số lượng và vị trí cần tuyển"),
            ("table", [
                ["STT", "Vị trí việc làm", "Chức danh nghề nghiệp", "Số lượng"],
                ["1", "Điều dưỡng", "Điều dưỡng hạng IV", "04"],
                ["2", "Bác sĩ y học cổ truyền", "Bác sĩ hạng III", "02"],
                ["3", "Kỹ thuật viên phục hồi chức năng", "Kỹ thuật y hạng IV", "02"],
                ["4", "Kế toán", "Kế toán viên", "01"],
            ]),
            ("h", "2. Hình thức và nội dung tuyển dụng"),
            "Tuyển dụng thông qua hình thức xét tuyển, gồm hai vòng. Vòng 1 kiểm tra điều kiện, tiêu chuẩn của người dự tuyển theo yêu cầu của vị trí việc làm; vòng 2 phỏng vấn để kiểm tra về năng lực, trình độ chuyên môn, nghiệp vụ.",
            ("h", "3. Thời gian, địa điểm nhận phiếu đăng ký"),
            "Thời gian nhận phiếu đăng ký dự tuyển trong 30 ngày kể từ ngày thông báo, trong giờ hành chính các ngày làm việc. Địa điểm: Phòng Tổ chức - Hành chính, Trung tâm Điều dưỡng người có công, xã Kim Sơn, thị xã Sơn Tây, thành phố Hà Nội.",
            "Người dự tuyển nộp Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 115/2020/NĐ-CP, không hoàn trả hồ sơ đối với trường hợp không trúng tuyển.",
            ("sig", "Trung tâm Điều dưỡng người có công"),
            ("attach", [
                ("Thông báo tuyển dụng viên chức năm 2024", "/Lists/TinTuc/Attachments/231955/TB-tuyendung-2024.pdf"),
                ("Mẫu Phiếu đăng ký dự tuyển", "/Lists/TinTuc/Attachments/231955/Phieu-dang-ky-du-tuyen.docx"),
            ]),
        ],
        "authors": [], "unit": "Trung tâm Điều dưỡng người có công", "source": None, "author_field": None,
    },
    {
        "slug": "kiem-tra-tre-em-ha-giang",
        "idTin": 231702, "idcm": 192,
        "category": "Bảo trợ xã hội",
        "title": "Đoàn công tác kiểm tra việc thực hiện chính sách đối với trẻ em tại tỉnh Hà Giang",
        "date": (2023, 12, 12, 14, 30), "date_fmt": "datetime", "updated": None,
        "lead": None,
        "body": [
            ("lead_in_body", "Từ ngày 07 đến 09/12/2023, Đoàn công tác của Cục Trẻ em do Phó Cục trưởng làm trưởng đoàn đã kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các huyện Quản Bạ, Yên Minh và Đồng Văn, tỉnh Hà Giang."),
            "Đoàn đã làm việc với Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang, kiểm tra thực tế tại 3 trường phổ thông dân tộc bán trú và thăm hỏi, tặng quà 120 trẻ em có hoàn cảnh khó khăn. Theo báo cáo của tỉnh, toàn tỉnh hiện có khoảng 3.900 trẻ em có hoàn cảnh đặc biệt, trong đó hơn 70% đã được hưởng chính sách trợ giúp xã hội.",
            ("img", "/PublishingImages/2023/12/doan-kiem-tra-ha-giang.jpg", "Đoàn công tác thăm hỏi, tặng quà học sinh trường phổ thông dân tộc bán trú tại huyện Yên Minh", "Ảnh: Cục Trẻ em", "em"),
            "Qua kiểm tra, Đoàn ghi nhận tỉnh đã quan tâm bố trí nguồn lực cho công tác bảo vệ, chăm sóc trẻ em; mạng lưới cộng tác viên bảo vệ trẻ em được củng cố tới cấp thôn, bản. Tuy nhiên, tình trạng tảo hôn ở một số xã vùng cao vẫn còn xảy ra; điều kiện ăn ở của học sinh bán trú tại nhiều điểm trường còn thiếu thốn.",
            "Phát biểu kết luận, Phó Cục trưởng đề nghị tỉnh tiếp tục lồng ghép các chương trình mục tiêu quốc gia để cải thiện điều kiện sống cho trẻ em, tăng cường truyền thông phòng, chống tảo hôn và xâm hại trẻ em, kịp thời phát hiện và can thiệp các trường hợp trẻ em có nguy cơ bị tổn hại.",
            ("sig", "Cục Trẻ em"),
        ],
        "authors": [], "unit": "Cục Trẻ em", "source": None, "author_field": None,
    },
    {
        "slug": "an-toan-lao-dong-nang-nong",
        "idTin": 231650, "idcm": 190,
        "category": "Lao động - Việc làm",
        "title": "Tăng cường bảo đảm an toàn, vệ sinh lao động trong mùa nắng nóng",
        "date": (2023, 6, 15, 10, 20), "date_fmt": "datetime", "updated": (2023, 6, 16, 8, 5),
        "lead": "Trước diễn biến nắng nóng gay gắt kéo dài ở nhiều địa phương, Bộ Lao động - Thương binh và Xã hội đề nghị các địa phương, doanh nghiệp chủ động triển khai biện pháp phòng ngừa tai nạn lao động, bệnh nghề nghiệp cho người lao động.",
        "body": [
            "Ngày 13/6/2023, Bộ Lao động - Thương binh và Xã hội có văn bản gửi UBND các tỉnh, thành phố trực thuộc Trung ương và các tập đoàn, tổng công ty về việc tăng cường công tác an toàn, vệ sinh lao động trong điều kiện thời tiết nắng nóng.",
            "Theo đó, người sử dụng lao động cần bố trí thời gian làm việc hợp lý, hạn chế làm việc ngoài trời vào thời điểm nhiệt độ cao trong ngày; cung cấp đủ nước uống, trang bị phương tiện bảo vệ cá nhân phù hợp; tổ chức nơi nghỉ ngơi thoáng mát cho người lao động làm việc ở công trường xây dựng, khai thác mỏ, sản xuất vật liệu.",
            "Các doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động như nồi hơi, bình chịu áp lực, thiết bị nâng phải kiểm tra, bảo dưỡng định kỳ, không để thiết bị hoạt động quá tải; rà soát hệ thống điện, phương án phòng cháy, chữa cháy tại nơi làm việc.",
            "Bộ đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố tăng cường thanh tra, kiểm tra việc chấp hành quy định về an toàn, vệ sinh lao động; xử lý nghiêm các trường hợp vi phạm; kịp thời điều tra, báo cáo các vụ tai nạn lao động nghiêm trọng.",
            ("sig", "Cục An toàn lao động"),
        ],
        "authors": [], "unit": "Cục An toàn lao động", "source": None, "author_field": None,
    },
    {
        "slug": "ho-tro-lao-dong-mat-viec",
        "idTin": 231598, "idcm": 190,
        "category": "Lao động - Việc làm",
        "title": "Hỗ trợ người lao động mất việc làm do doanh nghiệp cắt giảm đơn hàng",
        "date": (2023, 5, 29, 15, 10), "date_fmt": "datetime", "updated": None,
        "lead": "Nhiều địa phương đã triển khai đồng bộ các giải pháp kết nối việc làm, đào tạo lại và chi trả trợ cấp thất nghiệp kịp thời cho người lao động bị mất việc do doanh nghiệp cắt giảm đơn hàng.",
        "body": [
            "Tại Bình Dương, địa phương có số lao động bị ảnh hưởng lớn nhất, Trung tâm Dịch vụ việc làm tỉnh đã tổ chức các phiên giao dịch việc làm lưu động ngay tại khu công nghiệp, giới thiệu gần 5.000 lao động đến các doanh nghiệp đang có nhu cầu tuyển dụng trong lĩnh vực điện tử, chế biến thực phẩm.",
            ("img", "/PublishingImages/2023/05/phien-giao-dich-viec-lam.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm lưu động", "Ảnh: Thanh Tùng", "div"),
            "Tại Đồng Nai, cơ quan bảo hiểm xã hội phối hợp với Sở Lao động - Thương binh và Xã hội rút ngắn thời gian giải quyết hồ sơ hưởng trợ cấp thất nghiệp; người lao động có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia.",
            "Cục Việc làm cho biết, trong 5 tháng đầu năm, cả nước có hơn 460 nghìn người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 12% so với cùng kỳ năm trước. Bộ đang nghiên cứu, đề xuất các chính sách hỗ trợ đào tạo, bồi dưỡng nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động.",
            "Người lao động cần hỗ trợ tư vấn có thể liên hệ trung tâm dịch vụ việc làm tại địa phương hoặc tổng đài tư vấn về lao động, việc làm để được hướng dẫn.",
        ],
        "authors": ["Thanh Tùng"], "unit": None, "source": None, "author_field": "Thanh Tùng",
    },
    {
        "slug": "thang-hanh-dong-vi-tre-em-2023",
        "idTin": 231540, "idcm": 192,
        "category": "Bảo trợ xã hội",
        "title": "Triển khai Tháng hành động vì trẻ em năm 2023",
        "date": (2023, 5, 10, 0, 0), "date_fmt": "date", "updated": None,
        "lead": "Tháng hành động vì trẻ em năm 2023 được tổ chức từ ngày 01/6 đến 30/6 với chủ đề “Hành động thiết thực, ưu tiên nguồn lực cho trẻ em”.",
        "body": [
            "Bộ Lao động - Thương binh và Xã hội vừa ban hành kế hoạch tổ chức Tháng hành động vì trẻ em năm 2023, đề nghị các bộ, ngành, địa phương tập trung vào những hoạt động có tác động trực tiếp đến trẻ em, tránh phô trương, hình thức.",
            "Các hoạt động chính trong Tháng hành động gồm:",
            ("br", [
                "- Tổ chức thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt, trẻ em vùng sâu, vùng xa;",
                "- Truyền thông về phòng, chống tai nạn thương tích, đuối nước cho trẻ em trong dịp hè;",
                "- Tổ chức diễn đàn trẻ em các cấp để trẻ em được bày tỏ ý kiến, nguyện vọng;",
                "- Vận động nguồn lực hỗ trợ phẫu thuật tim, mổ mắt cho trẻ em nghèo.",
            ]),
            "Lễ phát động Tháng hành động vì trẻ em cấp quốc gia dự kiến tổ chức cuối tháng 5 tại tỉnh Thanh Hóa. Các địa phương lựa chọn hình thức tổ chức phù hợp, lồng ghép với hoạt động hè và các sự kiện văn hóa, thể thao dành cho trẻ em.",
            "Kết thúc Tháng hành động, các bộ, ngành, địa phương báo cáo kết quả về Bộ Lao động - Thương binh và Xã hội (qua Cục Trẻ em) trước ngày 15/7/2023 để tổng hợp, báo cáo Thủ tướng Chính phủ.",
        ],
        "authors": ["Thanh Hà"], "unit": None, "source": None, "author_field": "Thanh Hà",
    },
    {
        "slug": "nghi-dinh-tro-giup-xa-hoi",
        "idTin": 231488, "idcm": 192,
        "category": "Bảo trợ xã hội",
        "title": "Chính phủ ban hành Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
        "date": (2023, 4, 24, 17, 40), "date_fmt": "datetime", "updated": None,
        "prefix": "(Chinhphu.vn) -",
        "lead": "Chính phủ vừa ban hành Nghị định sửa đổi, bổ sung một số điều quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, trong đó nâng mức chuẩn trợ giúp xã hội và mở rộng đối tượng hưởng chính sách.",
        "body": [
            "Nghị định có một số điểm mới đáng chú ý như sau:",
            ("ul", [
                "Mức chuẩn trợ giúp xã hội được điều chỉnh tăng, làm căn cứ xác định mức trợ cấp xã hội hằng tháng cho các nhóm đối tượng;",
                "Bổ sung trẻ em dưới 3 tuổi thuộc hộ cận nghèo vào diện hưởng trợ cấp xã hội hằng tháng;",
                "Người cao tuổi từ đủ 75 tuổi đến 80 tuổi thuộc hộ cận nghèo không có lương hưu, trợ cấp bảo hiểm xã hội được hưởng trợ cấp;",
                "Đơn giản hóa hồ sơ, thủ tục đề nghị hưởng trợ cấp, cho phép nộp hồ sơ trực tuyến.",
            ]),
            "Nghị định cũng quy định rõ trách nhiệm của UBND cấp xã trong việc tiếp nhận hồ sơ, tổ chức xét duyệt và niêm yết công khai danh sách đối tượng đề nghị hưởng trợ giúp xã hội, bảo đảm đúng đối tượng, không bỏ sót.",
            "Kinh phí thực hiện chính sách do ngân sách địa phương bảo đảm theo phân cấp; ngân sách trung ương hỗ trợ các địa phương chưa tự cân đối được ngân sách.",
            "Nghị định có hiệu lực thi hành từ ngày 01/7/2023.",
        ],
        "authors": [], "unit": "Báo Điện tử Chính phủ", "source": "Báo Điện tử Chính phủ", "author_field": None,
    },
    {
        "slug": "giao-duc-nghe-nghiep-doanh-nghiep",
        "idTin": 231402, "idcm": 188,
        "category": "Tin hoạt động",
        "title": "Gắn kết giáo dục nghề nghiệp với nhu cầu của doanh nghiệp",
        "date": (2023, 4, 11, 9, 25), "date_fmt": "datetime", "updated": None,
        "lead": "Ngày 10/4, Tổng cục Giáo dục nghề nghiệp tổ chức Diễn đàn “Gắn kết giáo dục nghề nghiệp với doanh nghiệp” với sự tham gia của đại diện hơn 100 cơ sở giáo dục nghề nghiệp và 60 doanh nghiệp.",
        "body": [
            "Tại diễn đàn, nhiều ý kiến cho rằng sự tham gia của doanh nghiệp vào quá trình đào tạo là yếu tố quyết định chất lượng nguồn nhân lực. Doanh nghiệp không chỉ là nơi tiếp nhận học sinh, sinh viên thực tập mà cần tham gia từ khâu xây dựng chương trình, chuẩn đầu ra đến đánh giá kết quả học tập.",
            ("img", "/PublishingImages/2023/04/dien-dan-gdnn-doanh-nghiep.jpg", "Quang cảnh Diễn đàn", "Ảnh: Minh Khôi", "table"),
            "Đại diện một doanh nghiệp sản xuất linh kiện điện tử tại Bắc Ninh chia sẻ, doanh nghiệp đã ký kết hợp tác với 5 trường cao đẳng, mỗi năm tiếp nhận khoảng 800 sinh viên thực tập, trong đó hơn một nửa được tuyển dụng chính thức sau tốt nghiệp.",
            "Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp cho biết, thời gian tới Tổng cục sẽ hoàn thiện cơ chế khuyến khích doanh nghiệp tham gia đào tạo, đặt hàng đào tạo; mở rộng mô hình đào tạo tại doanh nghiệp và công nhận kết quả học tập tại nơi làm việc.",
            ("img", "/PublishingImages/2023/04/ky-ket-hop-tac-dao-tao.jpg", "Lễ ký kết hợp tác đào tạo giữa các trường cao đẳng và doanh nghiệp", "Ảnh: Minh Khôi", "table"),
            "Dịp này, 12 cặp cơ sở giáo dục nghề nghiệp và doanh nghiệp đã ký kết thỏa thuận hợp tác về đào tạo, thực tập và tuyển dụng.",
            ("related", [
                (231377, 188, "Tổ chức Hội thi giáo viên dạy giỏi giáo dục nghề nghiệp toàn quốc", "03/04/2023"),
                (231298, 188, "Đẩy mạnh chuyển đổi số trong giáo dục nghề nghiệp", "20/03/2023"),
            ]),
        ],
        "authors": ["Minh Khôi"], "unit": "Tổng cục Giáo dục nghề nghiệp", "source": "Tổng cục Giáo dục nghề nghiệp", "author_field": "Minh Khôi",
    },
]
