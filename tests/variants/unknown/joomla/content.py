# -*- coding: utf-8 -*-
"""Invented articles of the Joomla 3 site of Phòng Nông nghiệp và PTNT huyện Cẩm Bình.

Every sentence here is fiction, written for the variant corpus.

Block notation:
  "text"                     paragraph
  ("h", text)                sub-heading (<h3>)
  ("ul", [items])            list
  ("table", [[cells], ...])  data table (first row = header, printed in <strong>)
  ("img", dict)              photo: file, caption, credit, style (table | italic | plain)
  ("files", [(label, file, size)])  "Tải về" list (not in truth text)
Article keys: fullimage (Joomla "full article image" shown above the body, no caption).
"""

# catid, Itemid, menu alias, name, layout
CATS = {
    "tin-tuc": (8, 112, "Tin tức", "blog"),
    "thong-bao": (9, 113, "Thông báo", "list"),
    "khuyen-nong": (10, 114, "Khuyến nông", "blog"),
    "thuy-loi-pctt": (11, 115, "Thủy lợi - Phòng chống thiên tai", "blog"),
}

ARTICLES = [
    dict(
        alias="trien-khai-ke-hoach-san-xuat-vu-dong-xuan-2024-2025",
        title="Triển khai kế hoạch sản xuất vụ Đông Xuân 2024 - 2025",
        date="2024-11-05 14:20", modified="2024-11-06 09:15", cat="tin-tuc", byline="Trần Quốc Bảo",
        prefix=None, featured=True,
        lead="Chiều ngày 04/11, Phòng Nông nghiệp và PTNT huyện Cẩm Bình tổ chức hội nghị triển khai kế hoạch sản xuất vụ Đông Xuân 2024 - 2025 với sự tham dự của lãnh đạo UBND, cán bộ phụ trách nông nghiệp 14 xã, thị trấn và các hợp tác xã dịch vụ nông nghiệp.",
        body=[
            "Theo kế hoạch, vụ Đông Xuân 2024 - 2025 toàn huyện gieo trồng 9.850 ha cây trồng các loại, trong đó lúa 7.420 ha, ngô 860 ha, lạc 540 ha, rau đậu các loại 1.030 ha. Chỉ tiêu năng suất lúa bình quân đạt 63 tạ/ha, sản lượng lương thực có hạt phấn đấu đạt trên 51.000 tấn.",
            "Diện tích gieo trồng lúa phân theo một số địa phương trọng điểm như sau:",
            ("table", [
                ["Địa phương", "Diện tích lúa (ha)", "Giống chủ lực"],
                ["Xã Cẩm Hòa", "1.120", "HT1, ĐV108"],
                ["Xã Cẩm Thạnh", "960", "TBR225, ĐT100"],
                ["Xã Cẩm Phú", "845", "HT1, Thiên ưu 8"],
                ["Thị trấn Cẩm Bình", "410", "ĐV108"],
                ["Các xã còn lại", "4.085", "Theo cơ cấu của huyện"],
            ]),
            "Lịch thời vụ được bố trí tập trung, gieo sạ dứt điểm từ ngày 20/12/2024 đến ngày 10/01/2025, bảo đảm lúa trỗ bông trong khung thời gian an toàn từ 05 đến 20/4/2025, tránh rét cuối vụ và nắng nóng gây hạt lép.",
            "Phòng Nông nghiệp và PTNT đề nghị các địa phương đẩy mạnh sử dụng giống xác nhận, giống chất lượng cao, khuyến khích liên kết sản xuất lúa hàng hóa theo cánh đồng lớn gắn với tiêu thụ sản phẩm. Các hợp tác xã chủ động nạo vét kênh mương, tu sửa trạm bơm, sẵn sàng cấp nước ngay sau khi kết thúc mùa mưa.",
            "Tại hội nghị, đại diện Trạm Trồng trọt và BVTV huyện lưu ý nguy cơ phát sinh chuột, ốc bươu vàng và bệnh đạo ôn trên các giống nhiễm, đề nghị các xã tổ chức ra quân diệt chuột tập trung trước khi xuống giống ít nhất 15 ngày.",
        ],
        sig=None,
    ),
    dict(
        alias="tiem-phong-gia-suc-gia-cam-dot-1-nam-2024",
        title="Tiêm phòng gia súc, gia cầm đợt 1 năm 2024",
        date="2024-03-25 09:10", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Thực hiện kế hoạch của UBND huyện, từ ngày 01/4 đến 30/4/2024, các xã, thị trấn trên địa bàn huyện Cẩm Bình đồng loạt tổ chức tiêm phòng đợt 1 năm 2024 cho đàn gia súc, gia cầm.",
            "Các loại vắc xin được sử dụng trong đợt này gồm:",
            ("ul", [
                "Vắc xin lở mồm long móng cho trâu, bò, lợn nái và lợn đực giống;",
                "Vắc xin tụ huyết trùng cho trâu, bò và lợn;",
                "Vắc xin viêm da nổi cục cho trâu, bò chưa được tiêm hoặc đã tiêm trên 12 tháng;",
                "Vắc xin cúm gia cầm H5N1 cho đàn gà, vịt;",
                "Vắc xin dại cho đàn chó, mèo nuôi tại các hộ gia đình.",
            ]),
            "Tổng số liều vắc xin phân bổ cho các địa phương trong đợt 1 là hơn 96.000 liều, trong đó ngân sách huyện hỗ trợ toàn bộ vắc xin lở mồm long móng và cúm gia cầm; các loại vắc xin còn lại người chăn nuôi tự chi trả theo giá quy định.",
            "Trạm Chăn nuôi và Thú y huyện đề nghị UBND các xã chỉ đạo thú y viên bám sát địa bàn, tiêm đúng kỹ thuật, ghi chép sổ theo dõi đầy đủ; đồng thời hướng dẫn người dân vệ sinh, tiêu độc khử trùng chuồng trại, không giấu dịch, không bán chạy gia súc, gia cầm bị bệnh.",
            "Những hộ chăn nuôi không chấp hành tiêm phòng, nếu để dịch bệnh xảy ra sẽ không được hưởng chính sách hỗ trợ của Nhà nước theo quy định hiện hành.",
        ],
        sig=("nguon", "Trạm Chăn nuôi và Thú y huyện"),
    ),
    dict(
        alias="kiem-tra-tien-do-nao-vet-kenh-muong-truoc-mua-kho",
        title="Kiểm tra tiến độ nạo vét kênh mương trước mùa khô",
        date="2024-02-27 16:05", modified=None, cat="thuy-loi-pctt", byline=None, prefix=None, featured=False,
        hot=True,
        lead="Ngày 26/02, đoàn công tác của Phòng Nông nghiệp và PTNT huyện do đồng chí Lê Văn Thịnh, Trưởng phòng làm trưởng đoàn đã kiểm tra công tác nạo vét kênh mương, tu sửa công trình thủy lợi phục vụ sản xuất tại các xã Cẩm Hòa, Cẩm Phú và Cẩm Thạnh.",
        body=[
            "Theo báo cáo của các địa phương, từ đầu năm đến nay đã nạo vét được 64 km kênh mương nội đồng, trong đó kênh loại III do các hợp tác xã quản lý là 41 km; tu sửa 18 cống điều tiết và 3 trạm bơm điện. Riêng xã Cẩm Hòa đã huy động hơn 1.200 ngày công lao động để khơi thông tuyến kênh Bàu Tre dài 4,5 km bị bồi lấp sau đợt mưa lũ cuối năm 2023.",
            ("img", dict(file="images/tin-tuc/2024/02/kenh-bau-tre-cam-hoa.jpg", w=600, h=400,
                         caption="Đoàn công tác kiểm tra tuyến kênh Bàu Tre, xã Cẩm Hòa.",
                         credit="Ảnh: Hoàng Long", style="table")),
            "Qua kiểm tra thực tế, đoàn ghi nhận các địa phương đã chủ động triển khai sớm, huy động được sự tham gia của người dân. Tuy nhiên, một số tuyến kênh chính vẫn còn rác thải sinh hoạt, bèo tây gây cản trở dòng chảy; một số cống đầu kênh bị hư hỏng cánh phai nhưng chưa được thay thế.",
            "Đồng chí Lê Văn Thịnh đề nghị các xã hoàn thành nạo vét trước ngày 15/3/2024, bố trí lịch bơm tưới luân phiên hợp lý, ưu tiên cấp nước cho các vùng cao, cuối kênh. Phòng sẽ tổng hợp các công trình hư hỏng cần sửa chữa khẩn cấp để tham mưu UBND huyện bố trí kinh phí từ nguồn hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi.",
        ],
        sig=("author", "Hoàng Long"),
    ),
    dict(
        alias="thong-bao-ket-qua-danh-gia-phan-hang-san-pham-ocop-nam-2024",
        title="Thông báo kết quả đánh giá, phân hạng sản phẩm OCOP huyện Cẩm Bình năm 2024",
        date="2024-09-27 10:30", modified=None, cat="thong-bao", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Ngày 24/9/2024, Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Cẩm Bình đã tổ chức chấm điểm 11 sản phẩm của 7 chủ thể đăng ký tham gia Chương trình Mỗi xã một sản phẩm năm 2024.",
            "Kết quả, có 9 sản phẩm đạt từ 50 điểm trở lên, đủ điều kiện công nhận sản phẩm OCOP cấp huyện hạng 3 sao, gồm: nước mắm Cẩm Thạnh, tinh dầu sả Cẩm Phú, mật ong rừng Hòn Dù, bánh tráng mè Cẩm Hòa, gạo hữu cơ Cẩm Bình và 4 sản phẩm nấm bào ngư sấy khô. 02 sản phẩm chưa đạt do hồ sơ chưa hoàn chỉnh về công bố chất lượng.",
            "Hội đồng đề nghị các chủ thể có sản phẩm đạt 3 sao tiếp tục hoàn thiện bao bì, nhãn mác, truy xuất nguồn gốc để tham gia đánh giá cấp tỉnh; các chủ thể chưa đạt bổ sung hồ sơ để được xem xét trong đợt đánh giá tiếp theo.",
            "Trong thời hạn 07 ngày làm việc kể từ ngày thông báo, các tổ chức, cá nhân có ý kiến về kết quả đánh giá gửi về Phòng Nông nghiệp và PTNT huyện (cơ quan thường trực Chương trình OCOP) để được xem xét, giải quyết.",
            ("files", [
                ("Quyết định công nhận kết quả đánh giá sản phẩm OCOP năm 2024", "images/tai-lieu/2024/qd-ocop-2024.pdf", "312 KB"),
                ("Bảng tổng hợp điểm đánh giá sản phẩm", "images/tai-lieu/2024/bang-diem-ocop-2024.xls", "48 KB"),
            ]),
        ],
        sig=("unit", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện"),
    ),
    dict(
        alias="chu-dong-phong-tru-ray-nau-ray-lung-trang-hai-lua-he-thu",
        title="Chủ động phòng trừ rầy nâu, rầy lưng trắng hại lúa Hè Thu",
        date="2024-07-03 15:45", modified=None, cat="khuyen-nong", byline=None, prefix="(NNCB) -",
        featured=True,
        lead="Qua điều tra, rầy nâu, rầy lưng trắng đang phát sinh với mật độ cao trên các chân ruộng gieo sạ dày tại nhiều xã, có nguy cơ gây cháy rầy cục bộ nếu không phòng trừ kịp thời.",
        body=[
            "Theo Trạm Trồng trọt và Bảo vệ thực vật huyện, đến ngày 02/7, toàn huyện có khoảng 380 ha lúa Hè Thu bị nhiễm rầy, mật độ phổ biến từ 1.500 đến 3.000 con/m², nơi cao trên 5.000 con/m², tập trung ở các xã Cẩm Thạnh, Cẩm Phú và Cẩm Lộc. Lúa đang ở giai đoạn đẻ nhánh rộ đến làm đòng, rất mẫn cảm với rầy.",
            ("img", dict(file="images/khuyen-nong/2024/07/tham-dong-phat-hien-ray.jpg", w=640, h=427,
                         caption="Cán bộ Trạm Trồng trọt và BVTV hướng dẫn nông dân thăm đồng, phát hiện rầy.",
                         credit=None, style="italic")),
            "Để chủ động phòng trừ, bà con nông dân cần thường xuyên thăm đồng, vạch gốc lúa để kiểm tra mật độ rầy. Khi mật độ rầy trên 3.000 con/m² thì tiến hành phun thuốc đặc hiệu theo nguyên tắc “4 đúng”, hướng béc phun vào gốc lúa, rút nước ruộng trước khi phun để tăng hiệu quả của thuốc.",
            "Không nên phun thuốc trừ sâu ở giai đoạn đầu vụ khi chưa cần thiết để bảo vệ thiên địch; hạn chế bón thừa đạm, bón phân cân đối, tăng cường kali giúp cây lúa cứng cây, tăng khả năng chống chịu. Sau khi phun 3 - 5 ngày cần kiểm tra lại, nếu mật độ rầy còn cao phải phun bổ sung.",
            "Các xã có diện tích nhiễm rầy cần thành lập tổ dịch vụ bảo vệ thực vật, phối hợp với Trạm để hướng dẫn người dân phun trừ đồng loạt trên cùng một cánh đồng, tránh để rầy di chuyển từ ruộng này sang ruộng khác.",
        ],
        sig=("nguon", "Trạm Trồng trọt và Bảo vệ thực vật huyện"),
    ),
    dict(
        alias="cam-thanh-phan-dau-dat-chuan-xa-nong-thon-moi-nang-cao",
        title="Cẩm Thạnh phấn đấu đạt chuẩn xã nông thôn mới nâng cao trong năm 2024",
        date="2024-05-14 08:40", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=False,
        hot=True, fullimage="images/tin-tuc/2024/05/cam-thanh-ntm.jpg",
        lead=None,
        body=[
            "Sáng 13/5, Văn phòng Điều phối nông thôn mới huyện Cẩm Bình phối hợp với Phòng Nông nghiệp và PTNT làm việc với UBND xã Cẩm Thạnh về tiến độ xây dựng xã nông thôn mới nâng cao năm 2024.",
            ("h", "Đạt 15/19 tiêu chí"),
            "Theo báo cáo, đến nay xã Cẩm Thạnh đã đạt 15/19 tiêu chí xã nông thôn mới nâng cao. Thu nhập bình quân đầu người năm 2023 đạt 58,6 triệu đồng; tỷ lệ hộ nghèo đa chiều giảm còn 1,2%. Toàn bộ 18,4 km đường trục thôn, liên thôn đã được cứng hóa; 100% hộ dân sử dụng nước sạch từ nhà máy nước tập trung.",
            "Bốn tiêu chí chưa đạt gồm: giáo dục (Trường Mầm non Cẩm Thạnh chưa được công nhận đạt chuẩn quốc gia mức độ 1), văn hóa (nhà văn hóa thôn Hòa Tây chưa bảo đảm diện tích), môi trường (tỷ lệ hộ phân loại rác tại nguồn mới đạt 42%) và chất lượng môi trường sống.",
            ("h", "Tập trung nguồn lực cho các tiêu chí còn lại"),
            "Đoàn công tác đề nghị xã lập kế hoạch chi tiết cho từng tiêu chí, phân công cụ thể người phụ trách và thời gian hoàn thành; ưu tiên nguồn vốn Chương trình mục tiêu quốc gia để nâng cấp trường mầm non và nhà văn hóa thôn; đẩy mạnh tuyên truyền để người dân tham gia phân loại, xử lý rác thải hữu cơ tại hộ gia đình.",
            "Đồng chí Nguyễn Thị Hồng Vân, Phó Chủ tịch UBND xã Cẩm Thạnh cho biết, xã sẽ vận động con em xa quê và doanh nghiệp đóng góp thêm khoảng 1,5 tỷ đồng, phấn đấu hoàn thiện hồ sơ đề nghị thẩm định trước ngày 30/11/2024.",
        ],
        sig=("unit", "Văn phòng Điều phối nông thôn mới huyện"),
    ),
    dict(
        alias="trong-moi-hon-1-000-ha-rung-tap-trung-nam-2024",
        title="Trồng mới hơn 1.000 ha rừng tập trung năm 2024",
        date="2024-10-08 11:20", modified=None, cat="tin-tuc", byline="Phan Thị Thu", prefix=None, featured=True,
        lead=None,
        body=[
            "Theo báo cáo của Phòng Nông nghiệp và PTNT, tính đến ngày 30/9/2024, toàn huyện Cẩm Bình đã trồng mới 1.046 ha rừng tập trung, đạt 104,6% kế hoạch năm, trong đó rừng sản xuất 982 ha, rừng phòng hộ 64 ha. Ngoài ra, các địa phương đã trồng được hơn 85.000 cây phân tán dọc các tuyến đường, khuôn viên trường học và trụ sở cơ quan.",
            ("img", dict(file="images/tin-tuc/2024/10/trong-rung-cam-son.jpg", w=600, h=400,
                         caption="Người dân xã Cẩm Sơn trồng keo lai giâm hom trên đất rừng sản xuất.",
                         credit="Ảnh: P.T", style="table", printed="dash")),
            "Cây trồng chủ yếu là keo lai giâm hom, keo lá tràm và một số cây bản địa như sao đen, lim xanh, dầu rái. Nhiều hộ dân ở các xã miền núi Cẩm Sơn, Cẩm Lâm đã chuyển sang trồng rừng gỗ lớn với chu kỳ 10 - 12 năm thay vì khai thác non ở năm thứ 5 như trước đây.",
            "Hiện toàn huyện có 2.350 ha rừng trồng của 186 hộ gia đình và 2 công ty lâm nghiệp được cấp chứng chỉ quản lý rừng bền vững FSC. Gỗ có chứng chỉ được các doanh nghiệp chế biến thu mua với giá cao hơn 15 - 20% so với gỗ thông thường.",
            "Phòng Nông nghiệp và PTNT khuyến cáo người trồng rừng sử dụng giống có nguồn gốc rõ ràng, trồng đúng thời vụ khi đất đủ ẩm, đồng thời tuân thủ các quy định về phòng cháy, chữa cháy rừng, không xử lý thực bì bằng cách đốt trong những ngày nắng nóng.",
        ],
        sig=None,
    ),
    dict(
        alias="tong-ket-cong-tac-phong-chong-thien-tai-nam-2023",
        title="Tổng kết công tác phòng chống thiên tai năm 2023, triển khai nhiệm vụ năm 2024",
        date="2024-01-18 15:30", modified="2024-01-19 08:10", cat="thuy-loi-pctt", byline=None, prefix=None,
        featured=False, hot=True,
        lead="Ngày 17/01/2024, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Cẩm Bình tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
        body=[
            "Năm 2023, trên địa bàn huyện xảy ra 2 đợt mưa lớn gây ngập lụt cục bộ vào các ngày 14 - 15/10 và 12 - 14/11/2023, làm 126 nhà dân bị ngập, 45 ha hoa màu bị hư hại, sạt lở 1,8 km bờ sông và nhiều tuyến kênh mương bị bồi lấp. Tổng thiệt hại ước tính khoảng 14,2 tỷ đồng.",
            "Nhờ chủ động triển khai phương châm “bốn tại chỗ”, các địa phương đã sơ tán kịp thời 318 hộ với 1.064 nhân khẩu ra khỏi vùng nguy hiểm, không để xảy ra thiệt hại về người. Ngay sau mưa lũ, các xã đã huy động lực lượng khắc phục hậu quả, khơi thông dòng chảy, hỗ trợ người dân ổn định đời sống và khôi phục sản xuất.",
            "Hội nghị cũng chỉ ra những tồn tại như hệ thống cảnh báo sớm ở một số vùng trũng còn thiếu, phương án sơ tán dân tại chỗ ở một số xã chưa sát thực tế, kinh phí cho công tác phòng chống thiên tai còn hạn chế.",
            "Năm 2024, Ban Chỉ huy huyện yêu cầu các địa phương kiện toàn ban chỉ huy cấp xã, rà soát, cập nhật phương án ứng phó theo các cấp độ rủi ro thiên tai; tổ chức diễn tập tại xã Cẩm Phú vào tháng 8/2024; đầu tư lắp đặt thêm 12 cột đo mực nước tại các ngầm tràn và khu dân cư thường xuyên bị ngập.",
            "Dịp này, UBND huyện tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023.",
        ],
        sig=("author", "Minh Khoa"),
    ),
    # ---- shorter items ---------------------------------------------------------------
    dict(
        alias="hoi-thao-danh-gia-mo-hinh-nuoi-ca-long-tren-ho-chua",
        title="Hội thảo đánh giá mô hình nuôi cá lồng trên hồ chứa",
        date="2024-06-12 14:00", modified=None, cat="khuyen-nong", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Ngày 11/6, Trạm Khuyến nông huyện Cẩm Bình tổ chức hội thảo đánh giá kết quả mô hình nuôi cá diêu hồng trong lồng trên hồ chứa nước Đồng Mít, xã Cẩm Lâm.",
            "Mô hình được triển khai từ tháng 12/2023 với quy mô 6 lồng, thể tích 108 m³, thả 10.800 con giống. Sau 6 tháng nuôi, cá đạt trọng lượng bình quân 0,65 kg/con, tỷ lệ sống 86%, sản lượng ước đạt 6 tấn; trừ chi phí, các hộ tham gia lãi khoảng 95 triệu đồng.",
            ("img", dict(file="images/khuyen-nong/2024/06/long-ca-dong-mit.jpg", w=640, h=427,
                         caption="Đại biểu tham quan lồng nuôi cá diêu hồng tại hồ Đồng Mít.",
                         credit="Ảnh: Thanh Tùng", style="italic")),
            "Các đại biểu đánh giá mô hình phù hợp với điều kiện hồ chứa của huyện, đề nghị nhân rộng, đồng thời lưu ý quản lý môi trường nước, không nuôi với mật độ quá dày.",
        ],
        sig=("author", "Thanh Tùng"),
    ),
    dict(
        alias="lich-tiep-cong-dan-cua-truong-phong-thang-6-2024",
        title="Lịch tiếp công dân của Trưởng phòng tháng 6/2024",
        date="2024-05-29 16:10", modified=None, cat="thong-bao", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Phòng Nông nghiệp và PTNT huyện Cẩm Bình thông báo lịch tiếp công dân định kỳ của Trưởng phòng trong tháng 6/2024 như sau:",
            ("ul", [
                "Ngày 05/6/2024 (thứ Tư): tiếp công dân tại Trụ sở tiếp công dân huyện;",
                "Ngày 19/6/2024 (thứ Tư): tiếp công dân tại phòng làm việc của Phòng Nông nghiệp và PTNT.",
            ]),
            "Trường hợp Trưởng phòng bận công tác đột xuất, Phó Trưởng phòng được ủy quyền tiếp công dân thay và thông báo cụ thể trên Trang thông tin điện tử của Phòng.",
        ],
        sig=("unit", "Phòng Nông nghiệp và PTNT huyện Cẩm Bình"),
    ),
    dict(
        alias="thong-bao-tuyen-chon-ho-tham-gia-mo-hinh-trong-dua-luoi",
        title="Thông báo tuyển chọn hộ tham gia mô hình trồng dưa lưới trong nhà màng",
        date="2024-08-15 09:00", modified=None, cat="thong-bao", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Nhằm chuyển giao tiến bộ kỹ thuật trong sản xuất nông nghiệp công nghệ cao, Trạm Khuyến nông huyện Cẩm Bình thông báo tuyển chọn hộ tham gia mô hình trồng dưa lưới trong nhà màng năm 2024.",
            "Điều kiện tham gia: hộ có diện tích đất bằng phẳng tối thiểu 500 m², chủ động nguồn nước tưới và nguồn điện; cam kết đối ứng 50% kinh phí xây dựng nhà màng và tuân thủ quy trình kỹ thuật do Trạm hướng dẫn.",
            "Hồ sơ đăng ký nộp tại UBND các xã trước ngày 30/8/2024. Mọi chi tiết xin liên hệ Trạm Khuyến nông huyện, số điện thoại 0235 3730 456.",
            ("files", [
                ("Mẫu đơn đăng ký tham gia mô hình", "images/tai-lieu/2024/don-dang-ky-mo-hinh-dua-luoi.doc", "36 KB"),
            ]),
        ],
        sig=("unit", "Trạm Khuyến nông huyện"),
    ),
    dict(
        alias="ho-tro-nong-dan-khoi-phuc-san-xuat-sau-mua-lu",
        title="Hỗ trợ nông dân khôi phục sản xuất sau mưa lũ",
        date="2023-12-04 10:20", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Sau đợt mưa lũ giữa tháng 11/2023, UBND huyện Cẩm Bình đã phân bổ 18 tấn giống lúa, 2,5 tấn giống ngô và 4.000 liều vắc xin hỗ trợ các hộ bị thiệt hại tại 6 xã vùng trũng.",
            ("img", dict(file="images/tin-tuc/2023/12/cap-giong-lua-cam-phu.jpg", w=600, h=450,
                         caption="Cán bộ xã Cẩm Phú cấp giống lúa hỗ trợ cho người dân.",
                         credit="Ảnh: Minh Khoa", style="table")),
            "Phòng Nông nghiệp và PTNT đã cử cán bộ kỹ thuật xuống từng thôn hướng dẫn người dân vệ sinh đồng ruộng, xử lý vôi bột khử trùng chuồng trại, gieo trồng lại các loại rau màu ngắn ngày để sớm có thu nhập.",
        ],
        sig=("author", "Minh Khoa"),
    ),
    dict(
        alias="ra-quan-diet-chuot-bao-ve-san-xuat-vu-dong-xuan",
        title="Ra quân diệt chuột bảo vệ sản xuất vụ Đông Xuân",
        date="2023-12-18 09:45", modified=None, cat="khuyen-nong", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Hưởng ứng đợt ra quân diệt chuột tập trung do UBND huyện phát động, từ ngày 11 đến 16/12/2023, các xã trên địa bàn huyện Cẩm Bình đã huy động hơn 3.500 lượt người tham gia đào bắt, đặt bẫy và đánh bả chuột trên đồng ruộng.",
            "Kết quả đã tiêu diệt được khoảng 68.000 con chuột, sử dụng 420 kg thuốc sinh học và 1.600 bẫy các loại. Các xã Cẩm Hòa, Cẩm Lộc có cách làm hiệu quả là hỗ trợ 1.000 đồng cho mỗi đuôi chuột nộp về hợp tác xã.",
            "Trạm khuyến cáo nông dân tiếp tục diệt chuột thường xuyên, kết hợp vệ sinh bờ vùng, bờ thửa, không dùng điện để bẫy chuột gây nguy hiểm đến tính mạng con người.",
        ],
        sig=("nguon", "Trạm Trồng trọt và BVTV huyện"),
    ),
    dict(
        alias="tap-huan-ky-thuat-san-xuat-rau-an-toan-theo-huong-vietgap",
        title="Tập huấn kỹ thuật sản xuất rau an toàn theo hướng VietGAP",
        date="2024-04-09 15:20", modified=None, cat="khuyen-nong", byline=None, prefix="(CTTĐT Cẩm Bình) -",
        featured=False, hot=True,
        lead="Trong 3 ngày từ 08 đến 10/4, Trạm Khuyến nông huyện tổ chức lớp tập huấn kỹ thuật sản xuất rau an toàn theo hướng VietGAP cho 45 nông dân thuộc tổ hợp tác rau Cẩm Lộc.",
        body=[
            "Học viên được giới thiệu các yêu cầu của quy trình VietGAP về lựa chọn vùng trồng, nguồn nước tưới, sử dụng phân bón, thuốc bảo vệ thực vật an toàn và ghi chép nhật ký sản xuất để truy xuất nguồn gốc.",
            ("img", dict(file="images/khuyen-nong/2024/04/thuc-hanh-len-luong.jpg", w=640, h=480,
                         caption="Học viên thực hành làm đất, lên luống trồng rau tại ruộng mẫu.",
                         credit=None, style="italic")),
            "Kết thúc lớp học, tổ hợp tác sẽ được hỗ trợ chứng nhận VietGAP cho 3 ha rau ăn lá, mở ra cơ hội đưa sản phẩm vào các bếp ăn tập thể và cửa hàng thực phẩm sạch trong tỉnh.",
        ],
        sig=None,
    ),
    dict(
        alias="dam-bao-nuoc-tuoi-cho-vu-he-thu-2024",
        title="Đảm bảo nước tưới cho vụ Hè Thu 2024",
        date="2024-05-06 10:00", modified=None, cat="thuy-loi-pctt", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Theo Phòng Nông nghiệp và PTNT, đến đầu tháng 5/2024, dung tích các hồ chứa trên địa bàn huyện chỉ đạt khoảng 58% dung tích thiết kế, thấp hơn cùng kỳ các năm trước.",
            "Để bảo đảm nước tưới cho 6.900 ha lúa Hè Thu, Phòng đề nghị các hợp tác xã bố trí lịch tưới luân phiên, ưu tiên tưới cho giai đoạn làm đòng, trỗ bông; chuyển đổi khoảng 320 ha lúa thường xuyên thiếu nước sang trồng ngô, đậu xanh và các loại cây trồng cạn.",
            "Các đơn vị quản lý trạm bơm kiểm tra, bảo dưỡng máy móc, sẵn sàng bơm chống hạn khi mực nước các hồ xuống dưới mực nước chết.",
        ],
        sig=None,
    ),
    dict(
        alias="thong-bao-lich-tiem-phong-dai-cho-cho-meo-tai-thi-tran",
        title="Thông báo lịch tiêm phòng dại cho chó, mèo tại thị trấn Cẩm Bình",
        date="2024-03-18 08:00", modified=None, cat="thong-bao", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Trạm Chăn nuôi và Thú y huyện phối hợp với UBND thị trấn Cẩm Bình tổ chức tiêm phòng dại cho chó, mèo theo lịch sau:",
            ("table", [
                ["Ngày", "Khu phố", "Địa điểm tiêm"],
                ["22/3/2024", "Khu phố 1, 2", "Nhà văn hóa khu phố 1"],
                ["23/3/2024", "Khu phố 3, 4", "Sân chợ Cẩm Bình"],
                ["24/3/2024", "Khu phố 5, 6", "Nhà văn hóa khu phố 6"],
            ]),
            "Giá tiêm 30.000 đồng/con. Chủ nuôi đưa chó, mèo đến điểm tiêm có rọ mõm hoặc dây xích để bảo đảm an toàn.",
        ],
        sig=("unit", "Trạm Chăn nuôi và Thú y huyện"),
    ),
    dict(
        alias="giao-ban-cong-tac-nong-nghiep-thang-10-2024",
        title="Giao ban công tác nông nghiệp tháng 10/2024",
        date="2024-10-31 16:50", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=True,
        lead=None,
        body=[
            "Chiều 30/10, Phòng Nông nghiệp và PTNT huyện tổ chức giao ban đánh giá kết quả thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ tháng 11/2024.",
            "Trong tháng, các địa phương đã thu hoạch xong 6.900 ha lúa Hè Thu, năng suất bình quân đạt 58,2 tạ/ha; tiêm phòng bổ sung hơn 12.000 liều vắc xin cho đàn gia súc, gia cầm; không để xảy ra dịch bệnh nguy hiểm.",
            "Tháng 11, Phòng tập trung hướng dẫn các xã xây dựng kế hoạch sản xuất vụ Đông Xuân, rà soát các công trình thủy lợi bị hư hỏng và chuẩn bị phương án ứng phó mưa lũ cuối năm.",
        ],
        sig=("unit", "Phòng Nông nghiệp và PTNT"),
    ),
    dict(
        alias="khao-sat-vung-nguyen-lieu-duoc-lieu-tai-xa-cam-son",
        title="Khảo sát vùng nguyên liệu dược liệu tại xã Cẩm Sơn",
        date="2024-08-27 10:40", modified=None, cat="khuyen-nong", byline="Phan Thị Thu", prefix=None,
        featured=False, lead=None,
        body=[
            "Ngày 26/8, Phòng Nông nghiệp và PTNT huyện phối hợp với Công ty Cổ phần Dược liệu Trường Sơn khảo sát vùng trồng cây dược liệu dưới tán rừng tại xã Cẩm Sơn.",
            ("img", dict(file="images/khuyen-nong/2024/08/sam-bo-chinh-cam-son.jpg", w=600, h=400,
                         caption="Đoàn khảo sát kiểm tra diện tích sâm bố chính trồng dưới tán rừng keo.",
                         credit=None, style="table")),
            "Hiện xã Cẩm Sơn có khoảng 35 ha trồng các loại dược liệu như sâm bố chính, ba kích, đinh lăng. Doanh nghiệp cam kết bao tiêu sản phẩm với giá ổn định nếu người dân sản xuất theo quy trình GACP - WHO.",
        ],
        sig=None,
    ),
    dict(
        alias="so-ket-3-nam-thuc-hien-de-an-phat-trien-chan-nuoi-bo-thit",
        title="Sơ kết 3 năm thực hiện Đề án phát triển chăn nuôi bò thịt",
        date="2024-06-25 14:15", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=False,
        lead="Sau 3 năm triển khai Đề án phát triển chăn nuôi bò thịt chất lượng cao giai đoạn 2021 - 2025, tổng đàn bò toàn huyện đạt 21.400 con, tỷ lệ bò lai đạt 64%.",
        body=[
            "Đề án đã hỗ trợ 420 hộ mua bò cái nền lai Zebu, thụ tinh nhân tạo cho hơn 5.600 lượt bò; xây dựng 12 mô hình trồng cỏ thâm canh với tổng diện tích 38 ha.",
            "Trong thời gian tới, huyện tiếp tục hỗ trợ tinh bò thịt chất lượng cao, khuyến khích liên kết giữa hộ chăn nuôi với cơ sở giết mổ, chế biến để nâng cao giá trị sản phẩm.",
        ],
        sig=("author", "Thanh Tùng"),
    ),
    dict(
        alias="kiem-tra-vat-tu-nong-nghiep-dau-vu-he-thu",
        title="Kiểm tra vật tư nông nghiệp đầu vụ Hè Thu",
        date="2024-04-23 09:30", modified=None, cat="tin-tuc", byline=None, prefix=None, featured=False,
        lead=None,
        body=[
            "Từ ngày 15 đến 19/4, đoàn kiểm tra liên ngành của huyện đã kiểm tra 24 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật và giống cây trồng trên địa bàn.",
            "Qua kiểm tra, đoàn phát hiện 2 cơ sở kinh doanh thuốc bảo vệ thực vật không có giấy chứng nhận đủ điều kiện, 1 cơ sở bán phân bón không rõ nguồn gốc; xử phạt vi phạm hành chính tổng số tiền 21 triệu đồng.",
            "Người dân khi mua vật tư nông nghiệp nên chọn các cửa hàng có giấy phép, yêu cầu hóa đơn, chứng từ để bảo đảm quyền lợi.",
        ],
        sig=None,
    ),
]
