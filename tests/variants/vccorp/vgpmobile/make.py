#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for tests/variants/vccorp/vgpmobile (deterministic; run: python tests/variants/vccorp/vgpmobile/make.py)."""

from datetime import datetime as D

CATS = {
    "thoi-su": "Thời sự",
    "chinh-sach-moi": "Chính sách mới",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "dia-phuong": "Địa phương",
    "giao-duc": "Giáo dục",
    "anh": "Ảnh",
}

# Each article: key, slug, cat, title, pub, draft offset (min) used for the URL id,
# id suffix, time format (A/B/C), updated, prefix, lead, lead style, body blocks,
# signature, truth authors/unit, tags, related keys.
ARTICLES = [
    dict(
        key="a01", slug="chinh-phu-hop-chuyen-de-ve-xay-dung-phap-luat-thang-3-2024",
        cat="thoi-su", pub=D(2024, 3, 14, 20, 10), draft=(22, 41), sfx=817, fmt="A",
        title="Chính phủ họp chuyên đề về xây dựng pháp luật tháng 3/2024",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Chiều 14/3, tại trụ sở Chính phủ, Chính phủ họp phiên chuyên đề về xây dựng pháp luật tháng 3/2024 để cho ý kiến về 5 dự án luật và 2 đề nghị xây dựng luật.",
        body=[
            ("p", "Phiên họp được tổ chức theo hình thức trực tiếp, kết nối trực tuyến với các bộ, cơ quan ngang bộ. Tham dự có các Phó Thủ tướng, thành viên Chính phủ và lãnh đạo các cơ quan liên quan."),
            ("p", "Theo báo cáo của Bộ Tư pháp, ngày 9/3/2024, Bộ đã hoàn thành thẩm định hồ sơ các dự án trình tại phiên họp. Các dự án tập trung vào lĩnh vực quản lý tài nguyên nước, đầu tư công, dữ liệu và phát triển công nghiệp công nghệ số."),
            ("img", dict(style="figcap", name="quang-canh-phien-hop-chuyen-de", caption="Quang cảnh phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 3/2024", credit="Ảnh: VGP/Hải Minh", ph="gif")),
            ("p", "Phát biểu kết luận, Thủ tướng Chính phủ đánh giá cao sự chuẩn bị công phu của các bộ, ngành; đồng thời yêu cầu các cơ quan chủ trì soạn thảo tiếp thu tối đa ý kiến của thành viên Chính phủ, hoàn thiện hồ sơ trước ngày 25/3."),
            ("rel", ["a12", "a05"]),
            ("p", "Thủ tướng nhấn mạnh, công tác xây dựng pháp luật phải bám sát thực tiễn, kịp thời tháo gỡ các điểm nghẽn về thể chế; không để tình trạng “lợi ích nhóm”, “lợi ích cục bộ” chi phối quá trình soạn thảo."),
            ("p", "Đối với dự án Luật Công nghiệp công nghệ số, Chính phủ thống nhất cần có cơ chế đặc thù, vượt trội để thu hút doanh nghiệp đầu tư vào lĩnh vực bán dẫn, trí tuệ nhân tạo; đồng thời quy định rõ trách nhiệm quản lý nhà nước giữa các bộ, ngành."),
            ("p", "Về đề nghị xây dựng Luật Dữ liệu, các thành viên Chính phủ đề nghị làm rõ khái niệm dữ liệu gốc, dữ liệu mở và phạm vi chia sẻ dữ liệu giữa cơ quan nhà nước với tổ chức, cá nhân."),
            ("p", "Thủ tướng giao các Phó Thủ tướng theo lĩnh vực được phân công trực tiếp chỉ đạo việc hoàn thiện từng dự án, bảo đảm tiến độ trình Quốc hội tại kỳ họp gần nhất."),
        ],
        sig=("bold", "Hải Minh"), authors=["Hải Minh"], unit=None,
        tags=[("xây dựng pháp luật", "xay-dung-phap-luat"), ("phiên họp Chính phủ", "phien-hop-chinh-phu")],
        related=["a11", "a05", "a08"],
    ),
    dict(
        key="a02", slug="chum-anh-ngay-hoi-hien-mau-giot-hong-cong-so-tai-ha-noi",
        cat="anh", pub=D(2024, 3, 10, 11, 5), draft=(47, 12), sfx=263, fmt="B",
        title="Chùm ảnh: Ngày hội hiến máu “Giọt hồng công sở” tại Hà Nội",
        prefix="(Chinhphu.vn) -", lead_style="bold",
        lead="Sáng 10/3, hơn 1.200 cán bộ, công chức, viên chức các cơ quan trung ương đóng trên địa bàn Hà Nội đã tham gia ngày hội hiến máu tình nguyện “Giọt hồng công sở” lần thứ nhất năm 2024.",
        photo=True,
        body=[
            ("img", dict(style="pcap", name="dang-ky-hien-mau", caption="Ngay từ sáng sớm, đông đảo cán bộ, công chức đã có mặt tại khu vực đăng ký hiến máu.", credit="Ảnh: VGP/Thu Trang", ph="gif", w=800)),
            ("p", "Ngày hội do Đoàn Thanh niên các cơ quan trung ương phối hợp với các bệnh viện trên địa bàn Hà Nội tổ chức."),
            ("img", dict(style="pcap", name="kham-sang-loc", caption="Các tình nguyện viên được khám sàng lọc, đo huyết áp trước khi hiến máu.", credit="Ảnh: VGP/Thu Trang", ph="gif", w=800)),
            ("img", dict(style="pcap", name="hien-mau-lan-thu-sau", caption="Nhiều người tham gia hiến máu lần thứ năm, thứ sáu.", credit="Ảnh: VGP/Thu Trang", ph="gif", w=800)),
            ("p", "Ban tổ chức cho biết, ngày hội đã tiếp nhận 1.046 đơn vị máu, vượt 30% so với kế hoạch."),
            ("img", dict(style="pcap", name="nghi-ngoi-sau-hien-mau", caption=None, credit=None, ph="gif", w=800)),
            ("img", dict(style="pcap", name="trao-giay-chung-nhan", caption="Ban tổ chức tặng giấy chứng nhận cho những người hiến máu nhiều lần.", credit="Ảnh: VGP/Thu Trang", ph="gif", w=800)),
            ("img", dict(style="pcap", name="chup-anh-luu-niem", caption="Các tình nguyện viên chụp ảnh lưu niệm tại ngày hội.", credit=None, ph="gif", w=800)),
            ("p", "Số máu tiếp nhận sẽ được chuyển đến các bệnh viện để phục vụ công tác cấp cứu và điều trị cho người bệnh trong những tháng đầu năm."),
        ],
        sig=("bold", "Thu Trang"), authors=["Thu Trang"], unit=None,
        tags=[("hiến máu tình nguyện", "hien-mau-tinh-nguyen"), ("chùm ảnh", "chum-anh")],
        related=["a04", "a10", "a12"],
    ),
    dict(
        key="a03", slug="giai-ngan-von-dau-tu-cong-hai-thang-dau-nam-dat-9-2-ke-hoach",
        cat="kinh-te", pub=D(2024, 3, 8, 15, 30), draft=(0, 27), sfx=105, fmt="C",
        title="Giải ngân vốn đầu tư công hai tháng đầu năm đạt 9,2% kế hoạch",
        prefix=None, lead_style="h2",
        lead="Tính đến hết tháng 2/2024, cả nước giải ngân được khoảng 62.500 tỷ đồng vốn đầu tư công, đạt 9,2% kế hoạch Thủ tướng Chính phủ giao, cao hơn cùng kỳ năm trước.",
        body=[
            ("p", "Theo số liệu tổng hợp, tỷ lệ giải ngân hai tháng đầu năm nay cao hơn so với cùng kỳ năm 2023 (đạt 7,8%), cả về số tuyệt đối và tỷ lệ. Đây là tín hiệu tích cực cho thấy sự vào cuộc quyết liệt của các bộ, ngành, địa phương ngay từ đầu năm."),
            ("img", dict(style="figcap", name="thi-cong-cong-trinh-giao-thong", caption="Thi công một công trình giao thông trọng điểm sử dụng vốn đầu tư công", credit="Ảnh: VGP/Minh Anh", ph="file")),
            ("p", "Tuy nhiên, kết quả giải ngân giữa các bộ, ngành và địa phương chưa đồng đều. Có 8 bộ, cơ quan trung ương và 12 địa phương đạt tỷ lệ giải ngân trên mức bình quân chung của cả nước; trong khi vẫn còn 20 bộ, cơ quan trung ương có tỷ lệ giải ngân dưới 3%."),
            ("pc", "Tình hình giải ngân vốn đầu tư công đến hết tháng 2/2024"),
            ("table", [
                ["Nhóm", "Kế hoạch giao (tỷ đồng)", "Đã giải ngân (tỷ đồng)", "Tỷ lệ (%)"],
                ["Bộ, cơ quan trung ương", "112.400", "7.870", "7,0"],
                ["Địa phương", "566.900", "54.630", "9,6"],
                ["Trong đó: vốn nước ngoài", "30.100", "1.150", "3,8"],
                ["Tổng cộng", "679.300", "62.500", "9,2"],
            ]),
            ("pi", "(Số liệu ước tính đến ngày 29/2/2024)"),
            ("p", "Nguyên nhân giải ngân chậm tại một số đơn vị chủ yếu do vướng mắc trong công tác giải phóng mặt bằng, giá nguyên vật liệu biến động, một số dự án mới chưa hoàn thiện thủ tục đầu tư."),
            ("p", "Để đạt mục tiêu giải ngân trên 95% kế hoạch năm 2024, các bộ, ngành, địa phương được yêu cầu khẩn trương phân bổ chi tiết số vốn còn lại, xây dựng kế hoạch giải ngân theo từng tháng, từng quý cho từng dự án; gắn trách nhiệm của người đứng đầu với kết quả giải ngân."),
        ],
        sig=("src", "Minh Anh", "Bộ Kế hoạch và Đầu tư"), authors=["Minh Anh"], unit="Bộ Kế hoạch và Đầu tư",
        tags=[("đầu tư công", "dau-tu-cong"), ("giải ngân", "giai-ngan")],
        related=["a09", "a08", "a01"],
    ),
    dict(
        key="a04", slug="thanh-nien-gop-y-chinh-sach-viec-lam-xanh-tai-buoi-doi-thoai-voi-lanh-dao-bo",
        cat="xa-hoi", pub=D(2024, 3, 11, 9, 15), draft=(35, 8), sfx=441, fmt="A",
        title="Thanh niên góp ý chính sách việc làm xanh tại buổi đối thoại với lãnh đạo Bộ",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Sáng 10/3, tại Hà Nội, lãnh đạo Bộ Lao động - Thương binh và Xã hội đã đối thoại với hơn 300 đoàn viên, thanh niên về cơ hội việc làm trong các ngành kinh tế xanh.",
        body=[
            ("p", "Buổi đối thoại được tổ chức trong khuôn khổ Tháng Thanh niên năm 2024, thu hút sự tham gia của sinh viên các trường đại học, cao đẳng và người lao động trẻ tại các khu công nghiệp."),
            ("p", "Nhiều ý kiến cho rằng, nhu cầu nhân lực cho các lĩnh vực năng lượng tái tạo, xử lý chất thải, nông nghiệp hữu cơ đang tăng nhanh, song chương trình đào tạo tại nhiều cơ sở giáo dục nghề nghiệp chưa theo kịp."),
            ("img", dict(style="figcap", name="thu-truong-tra-loi-thanh-nien", caption="Thứ trưởng Phạm Minh Tâm trả lời câu hỏi của đoàn viên, thanh niên tại buổi đối thoại", credit="Ảnh: VGP/Đỗ Hương", ph="gif")),
            ("p", "Bạn Nguyễn Thị Thanh Mai, sinh viên năm cuối ngành kỹ thuật môi trường, đề nghị có chính sách hỗ trợ học phí cho người học các ngành nghề xanh và mở rộng chương trình thực tập tại doanh nghiệp."),
            ("quote", [
                "“Chúng tôi sẽ nghiên cứu đưa nhóm ngành nghề xanh vào danh mục ưu tiên hỗ trợ đào tạo, đồng thời phối hợp với doanh nghiệp để mỗi sinh viên có ít nhất một kỳ thực tập thực tế trước khi tốt nghiệp.”",
                "Thứ trưởng Phạm Minh Tâm",
            ]),
            ("p", "Thứ trưởng cho biết, Bộ đang hoàn thiện dự thảo Đề án phát triển kỹ năng nghề cho việc làm xanh giai đoạn 2024-2030, dự kiến trình Thủ tướng Chính phủ trong quý III năm nay."),
            ("rel", ["a08"]),
            ("p", "Kết thúc buổi đối thoại, Ban tổ chức đã tiếp nhận hơn 50 ý kiến, kiến nghị bằng văn bản của thanh niên để tổng hợp, gửi các cơ quan chức năng nghiên cứu, giải quyết."),
        ],
        sig=("bold", "Đỗ Hương - Quang Minh"), authors=["Đỗ Hương", "Quang Minh"], unit=None,
        tags=[("việc làm xanh", "viec-lam-xanh"), ("thanh niên", "thanh-nien")],
        related=["a08", "a12", "a02"],
    ),
    dict(
        key="a05", slug="quy-dinh-moi-ve-ho-so-dang-ky-dat-dai-ap-dung-tu-ngay-1-4",
        cat="chinh-sach-moi", pub=D(2024, 3, 12, 9, 15), draft=(6, 52), sfx=390, fmt="B",
        updated=D(2024, 3, 13, 8, 5),
        title="Quy định mới về hồ sơ đăng ký đất đai áp dụng từ ngày 1/4",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Bộ Tài nguyên và Môi trường vừa ban hành Thông tư quy định chi tiết về hồ sơ địa chính, trong đó có nhiều điểm mới về thành phần hồ sơ đăng ký đất đai, tài sản gắn liền với đất.",
        body=[
            ("p", "Thông tư số 04/2024/TT-BTNMT được ký ban hành ngày 5/3/2024 và có hiệu lực thi hành kể từ ngày 1/4/2024, thay thế các quy định tương ứng tại Thông tư số 18/2017/TT-BTNMT."),
            ("p", "Theo quy định mới, người sử dụng đất khi thực hiện thủ tục đăng ký lần đầu chỉ cần nộp đơn đăng ký theo mẫu và một trong các loại giấy tờ về quyền sử dụng đất; không phải nộp bản sao giấy tờ tùy thân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư."),
            ("h3", "Rút ngắn thời gian giải quyết thủ tục"),
            ("p", "Thời gian giải quyết thủ tục đăng ký biến động được rút ngắn từ 10 ngày làm việc xuống còn 7 ngày làm việc. Hồ sơ nộp trực tuyến trước 15 giờ ngày 28/3/2024 tiếp tục được giải quyết theo quy định cũ."),
            ("img", dict(style="pcap", name="lam-thu-tuc-dat-dai", caption="Người dân làm thủ tục đăng ký đất đai tại Bộ phận tiếp nhận và trả kết quả.", credit="Ảnh: VGP/Phương Liên", ph="gif")),
            ("rel", ["x06", "a07"]),
            ("p", "Đối với các hồ sơ đã tiếp nhận trước ngày Thông tư có hiệu lực, cơ quan tiếp nhận tiếp tục giải quyết theo quy định tại thời điểm nộp hồ sơ, trừ trường hợp người nộp có yêu cầu thực hiện theo quy định mới."),
            ("p", "Thông tư cũng quy định rõ việc lưu trữ hồ sơ địa chính dạng số; chậm nhất đến ngày 31/12/2025, các địa phương phải hoàn thành việc số hóa hồ sơ đăng ký đất đai đang quản lý."),
        ],
        sig=("bold", "Phương Liên"), authors=["Phương Liên"], unit=None,
        tags=[("đất đai", "dat-dai"), ("thủ tục hành chính", "thu-tuc-hanh-chinh"), ("chính sách mới", "chinh-sach-moi")],
        related=["a07", "a08", "a01"],
    ),
    dict(
        key="a06", slug="ha-giang-phan-dau-don-3-trieu-luot-khach-du-lich-trong-nam-2024",
        cat="dia-phuong", pub=D(2024, 3, 7, 16, 45), draft=(18, 33), sfx=572, fmt="C",
        title="Hà Giang phấn đấu đón 3 triệu lượt khách du lịch trong năm 2024",
        prefix=None, lead_style="bold",
        lead="Năm 2024, tỉnh Hà Giang đặt mục tiêu đón khoảng 3 triệu lượt khách, tổng thu từ du lịch đạt trên 6.000 tỷ đồng, tập trung phát triển các sản phẩm du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc.",
        body=[
            ("p", "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang, năm 2023 toàn tỉnh đã đón gần 2,8 triệu lượt khách, tăng 18% so với năm trước; trong đó khách quốc tế đạt khoảng 300.000 lượt."),
            ("img", dict(style="italic_after", name="du-khach-cao-nguyen-da", caption="Du khách tham quan cao nguyên đá Đồng Văn.", credit="Ảnh: Báo Hà Giang", ph="file")),
            ("p", "Để hoàn thành mục tiêu, tỉnh sẽ tổ chức chuỗi sự kiện văn hóa, du lịch xuyên suốt năm, nổi bật là Lễ hội hoa tam giác mạch và Tuần văn hóa dân tộc Mông."),
            ("p", "Cùng với đó, Hà Giang tiếp tục đầu tư hạ tầng giao thông kết nối các điểm du lịch, nâng cấp hệ thống biển chỉ dẫn song ngữ, xây dựng bản đồ số du lịch và khuyến khích thanh toán không dùng tiền mặt tại các cơ sở lưu trú."),
            ("relone", "a10"),
            ("p", "Tỉnh cũng khuyến khích người dân tham gia làm du lịch cộng đồng; hỗ trợ đào tạo kỹ năng phục vụ, ngoại ngữ cơ bản cho khoảng 1.500 lao động tại các làng văn hóa du lịch."),
            ("p", "Bên cạnh phát triển sản phẩm, tỉnh chú trọng công tác quản lý điểm đến, kiên quyết xử lý tình trạng chèo kéo, nâng giá dịch vụ, bảo đảm an toàn cho du khách trên các cung đường đèo dốc."),
        ],
        sig=("srconly", "Báo Hà Giang"), authors=[], unit="Báo Hà Giang",
        tags=[("du lịch", "du-lich"), ("Hà Giang", "ha-giang")],
        related=["a10", "a09", "a02"],
    ),
    dict(
        key="a07", slug="huong-dan-nop-le-phi-truoc-ba-truc-tuyen-tren-cong-dich-vu-cong-quoc-gia",
        cat="chinh-sach-moi", pub=D(2024, 3, 6, 10, 20), draft=(1, 4), sfx=958, fmt="A",
        title="Hướng dẫn nộp lệ phí trước bạ trực tuyến trên Cổng Dịch vụ công quốc gia",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Người dân có thể kê khai, nộp lệ phí trước bạ đối với ô tô, xe máy hoàn toàn trực tuyến trên Cổng Dịch vụ công quốc gia mà không cần đến cơ quan thuế. Dưới đây là các bước thực hiện.",
        body=[
            ("p", "Việc nộp lệ phí trước bạ trực tuyến giúp người dân tiết kiệm thời gian, chi phí đi lại; thông tin nộp lệ phí được tự động chuyển sang cơ quan đăng ký xe để giải quyết thủ tục tiếp theo."),
            ("h3", "Bước 1: Đăng nhập và chọn dịch vụ"),
            ("p", "Người dân truy cập Cổng Dịch vụ công quốc gia, đăng nhập bằng tài khoản định danh điện tử mức độ 2, sau đó chọn mục “Thanh toán trực tuyến” và chọn “Nộp lệ phí trước bạ ô tô, xe máy”."),
            ("img", dict(style="figcap", name="giao-dien-nop-le-phi", caption="Giao diện chức năng nộp lệ phí trước bạ trên Cổng Dịch vụ công quốc gia", credit=None, ph="gif")),
            ("h3", "Bước 2: Kê khai thông tin"),
            ("p", "Người dân nhập số hồ sơ được cơ quan thuế cấp hoặc kê khai các thông tin về phương tiện, gồm:"),
            ("ul", ["Số khung, số máy của phương tiện;", "Nhãn hiệu, loại xe, màu sơn;", "Giá trị xe theo hóa đơn mua bán;", "Thông tin của người nộp lệ phí."]),
            ("h3", "Bước 3: Thanh toán"),
            ("p", "Sau khi hệ thống tính số tiền lệ phí phải nộp, người dân chọn ngân hàng hoặc trung gian thanh toán để hoàn tất giao dịch. Chứng từ nộp lệ phí điện tử được gửi về tài khoản của người nộp và có giá trị như chứng từ giấy."),
            ("p", "Trường hợp gặp vướng mắc, người dân liên hệ tổng đài hỗ trợ của Cổng hoặc gửi phản ánh qua mục “Phản ánh kiến nghị” để được hướng dẫn."),
        ],
        sig=("byline", "Thanh Thủy"), authors=["Thanh Thủy"], unit=None,
        tags=[("dịch vụ công", "dich-vu-cong"), ("lệ phí trước bạ", "le-phi-truoc-ba")],
        related=["a05", "a08", "a03"],
    ),
    dict(
        key="a08", slug="de-xuat-nang-muc-ho-tro-dong-bao-hiem-xa-hoi-tu-nguyen",
        cat="chinh-sach-moi", pub=D(2024, 3, 13, 14, 0), draft=(12, 19), sfx=604, fmt="C",
        title="Đề xuất nâng mức hỗ trợ đóng bảo hiểm xã hội tự nguyện",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Bộ Lao động - Thương binh và Xã hội đang lấy ý kiến dự thảo Nghị định sửa đổi quy định về mức hỗ trợ tiền đóng bảo hiểm xã hội tự nguyện, trong đó đề xuất nâng mức hỗ trợ đối với người thuộc hộ nghèo lên 50%.",
        body=[
            ("p", "Theo quy định hiện hành, Nhà nước hỗ trợ 30% mức đóng bảo hiểm xã hội tự nguyện theo mức chuẩn hộ nghèo khu vực nông thôn cho người tham gia thuộc hộ nghèo; 25% đối với người thuộc hộ cận nghèo và 10% đối với các đối tượng khác."),
            ("p", "Tại dự thảo, cơ quan soạn thảo đề xuất nâng các mức hỗ trợ tương ứng lên 50%, 40% và 20%. Ngoài ra, địa phương được khuyến khích sử dụng ngân sách và các nguồn hợp pháp khác để hỗ trợ thêm cho người tham gia."),
            ("relone", "a07"),
            ("p", "Theo tính toán của Ban soạn thảo, nếu chính sách được thông qua, ngân sách trung ương cần bố trí thêm khoảng 1.100 tỷ đồng mỗi năm; số người tham gia bảo hiểm xã hội tự nguyện dự kiến tăng thêm khoảng 400.000 người trong giai đoạn 2025-2026."),
            ("p", "Dự thảo đang được đăng tải trên <a href=\"/chinh-sach-moi.htm\">chuyên mục Chính sách mới</a> để lấy ý kiến rộng rãi của cơ quan, tổ chức, cá nhân trong thời hạn 60 ngày."),
        ],
        sig=("src", "Thùy Linh", "Bộ Lao động - Thương binh và Xã hội"), authors=["Thùy Linh"], unit="Bộ Lao động - Thương binh và Xã hội",
        tags=[("bảo hiểm xã hội", "bao-hiem-xa-hoi"), ("dự thảo nghị định", "du-thao-nghi-dinh")],
        related=["a04", "a05", "a07"],
    ),
    dict(
        key="a09", slug="xuat-khau-nong-san-quy-i-du-kien-tang-truong-kha",
        cat="kinh-te", pub=D(2024, 3, 9, 8, 30), draft=(3, 15), sfx=77, fmt="B",
        updated=D(2024, 3, 9, 10, 2),
        title="Xuất khẩu nông sản quý I dự kiến tăng trưởng khá",
        prefix=None, lead_style="h2",
        lead="Nhờ nhu cầu tại các thị trường lớn phục hồi, kim ngạch xuất khẩu nông, lâm, thủy sản quý I/2024 được dự báo đạt khoảng 13 tỷ USD, tăng hơn 10% so với cùng kỳ.",
        body=[
            ("p", "Trong hai tháng đầu năm, nhiều mặt hàng chủ lực ghi nhận mức tăng trưởng cao như rau quả, cà phê, gạo và hạt điều. Riêng cà phê, giá xuất khẩu bình quân đạt mức cao nhất trong nhiều năm trở lại đây."),
            ("img", dict(style="figcap", name="che-bien-ca-phe-xuat-khau", caption="Chế biến cà phê xuất khẩu tại một doanh nghiệp ở Đắk Lắk", credit="Ảnh: VGP/Nguyễn Hoàng", ph="gif")),
            ("p", "Các thị trường Trung Quốc, Hoa Kỳ và Nhật Bản tiếp tục là những thị trường tiêu thụ lớn nhất. Xuất khẩu sang khu vực Trung Đông và châu Phi cũng có dấu hiệu khởi sắc nhờ các hoạt động xúc tiến thương mại được đẩy mạnh từ cuối năm 2023."),
            ("p", "Tuy vậy, doanh nghiệp vẫn phải đối mặt với chi phí vận tải biển tăng, yêu cầu ngày càng khắt khe về truy xuất nguồn gốc và tiêu chuẩn phát triển bền vững tại các thị trường nhập khẩu."),
            ("rel", ["a03", "x04"]),
            ("p", "Các hiệp hội ngành hàng kiến nghị cơ quan quản lý tiếp tục hỗ trợ doanh nghiệp cập nhật thông tin thị trường, đơn giản hóa thủ tục kiểm dịch và đẩy mạnh đàm phán mở cửa thị trường cho các loại trái cây mới."),
        ],
        sig=("bold", "Nguyễn Hoàng"), authors=["Nguyễn Hoàng"], unit=None,
        tags=[("xuất khẩu", "xuat-khau"), ("nông sản", "nong-san")],
        related=["a03", "a06", "a10"],
    ),
    dict(
        key="a10", slug="khai-mac-hoi-cho-hang-viet-nam-tai-can-tho",
        cat="dia-phuong", pub=D(2024, 3, 5, 19, 25), draft=(55, 30), sfx=186, fmt="A",
        title="Khai mạc Hội chợ hàng Việt Nam tại Cần Thơ",
        prefix="(Chinhphu.vn) -", lead_style="bold",
        lead="Tối 5/3, tại Công viên sông Hậu, Sở Công Thương thành phố Cần Thơ tổ chức khai mạc Hội chợ hàng Việt Nam năm 2024 với sự tham gia của hơn 200 doanh nghiệp.",
        body=[
            ("p", "Hội chợ diễn ra từ ngày 5 đến ngày 11/3/2024, bố trí khoảng 350 gian hàng, trưng bày các sản phẩm đặc trưng của vùng Đồng bằng sông Cửu Long như gạo, trái cây, thủy sản chế biến, hàng thủ công mỹ nghệ."),
            ("img", dict(style="figcap", name="cat-bang-khai-mac-hoi-cho", caption="Các đại biểu cắt băng khai mạc hội chợ", credit="Ảnh: TTXVN", ph="gif")),
            ("p", "Bên cạnh khu trưng bày, Ban tổ chức còn bố trí khu giới thiệu sản phẩm OCOP, khu ẩm thực và các hoạt động kết nối giao thương giữa doanh nghiệp với nhà phân phối, siêu thị."),
            ("img", dict(style="figcap", name="gian-hang-ocop", caption="Người dân tham quan, mua sắm tại gian hàng sản phẩm OCOP", credit=None, ph="file", alt="caption")),
            ("p", "Theo Ban tổ chức, hội chợ là dịp để các doanh nghiệp quảng bá thương hiệu, mở rộng thị trường tiêu thụ, góp phần thực hiện hiệu quả Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”."),
            ("p", "Dự kiến, hội chợ thu hút khoảng 60.000 lượt khách tham quan, mua sắm."),
        ],
        sig=("srconly", "TTXVN"), authors=[], unit="TTXVN",
        tags=[("hội chợ", "hoi-cho"), ("Cần Thơ", "can-tho")],
        related=["a06", "a09", "a02"],
    ),
    dict(
        key="a11", slug="ket-luan-ve-cong-tac-phong-chong-han-han-xam-nhap-man-mua-kho-2023-2024",
        cat="thoi-su", pub=D(2024, 3, 13, 18, 50), draft=(9, 2), sfx=330, fmt="B",
        title="Kết luận về công tác phòng, chống hạn hán, xâm nhập mặn mùa khô 2023-2024",
        prefix=None, lead_style=None, lead=None,
        body=[
            ("p", "Văn phòng Chính phủ vừa có Thông báo kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về công tác phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô 2023-2024 tại khu vực Đồng bằng sông Cửu Long."),
            ("p", "Thông báo nêu rõ, dự báo từ nay đến cuối tháng 4/2024, xâm nhập mặn tại các cửa sông có khả năng ở mức cao hơn trung bình nhiều năm; một số thời điểm có thể vào sâu 50-60 km tại các sông Vàm Cỏ, Cửa Tiểu, Hàm Luông."),
            ("p", "Để chủ động ứng phó, Phó Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung thực hiện một số nhiệm vụ sau:"),
            ("p", "1. Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo vận hành hợp lý các công trình thủy lợi, trữ nước ngọt trong hệ thống kênh rạch, ao hồ khi có điều kiện."),
            ("p", "2. Bộ Tài nguyên và Môi trường tăng cường giám sát, cập nhật thông tin dự báo mặn, bảo đảm kịp thời phục vụ công tác chỉ đạo, điều hành."),
            ("rel", ["a06"]),
            ("p", "3. Ủy ban nhân dân các tỉnh, thành phố vùng Đồng bằng sông Cửu Long rà soát các khu vực có nguy cơ thiếu nước, có phương án cấp nước, không để người dân thiếu nước sinh hoạt."),
            ("p", "4. Các cơ quan thông tin, truyền thông thường xuyên cung cấp thông tin để người dân chủ động phòng tránh, giảm thiểu thiệt hại."),
        ],
        sig=("bold", "Văn phòng Chính phủ"), authors=[], unit="Văn phòng Chính phủ",
        tags=[("xâm nhập mặn", "xam-nhap-man"), ("Đồng bằng sông Cửu Long", "dong-bang-song-cuu-long")],
        related=["a01", "a06", "a03"],
    ),
    dict(
        key="a12", slug="nganh-giao-duc-chuan-bi-ky-thi-tot-nghiep-thpt-nam-2024",
        cat="giao-duc", pub=D(2024, 3, 14, 7, 55), draft=(14, 45), sfx=512, fmt="C",
        title="Ngành giáo dục chuẩn bị kỳ thi tốt nghiệp THPT năm 2024",
        prefix="(Chinhphu.vn) -", lead_style="h2",
        lead="Kỳ thi tốt nghiệp trung học phổ thông năm 2024 dự kiến diễn ra trong hai ngày 27 và 28/6, giữ ổn định như năm trước về cách thức tổ chức, môn thi và thời gian làm bài.",
        body=[
            ("p", "Theo dự thảo hướng dẫn của Bộ Giáo dục và Đào tạo, thí sinh đăng ký dự thi từ ngày 24/4 đến hết ngày 5/5/2024; việc đăng ký được thực hiện trực tuyến đối với thí sinh đang học lớp 12."),
            ("h3", "Giữ ổn định để giảm áp lực cho thí sinh"),
            ("p", "Năm 2024 là năm cuối cùng tổ chức thi theo chương trình giáo dục phổ thông 2006. Do đó, Bộ chủ trương giữ ổn định như các năm trước để không gây xáo trộn, tạo tâm lý yên tâm cho học sinh, giáo viên và xã hội."),
            ("img", dict(style="figcap", name="hoc-sinh-on-tap", caption="Học sinh lớp 12 ôn tập chuẩn bị cho kỳ thi tốt nghiệp", credit="Ảnh: VGP/Lan Phương", ph="gif")),
            ("p", "Các sở giáo dục và đào tạo được yêu cầu chỉ đạo các trường phổ thông hoàn thành chương trình lớp 12 trước ngày 31/5, đồng thời tổ chức ôn tập phù hợp với từng đối tượng học sinh."),
            ("h3", "Tăng cường ứng dụng công nghệ"),
            ("p", "Bộ Giáo dục và Đào tạo sẽ tiếp tục sử dụng hệ thống quản lý thi để xử lý dữ liệu đăng ký, chấm thi và công bố kết quả. Kết quả thi dự kiến được công bố vào ngày 17/7/2024."),
        ],
        sig=("bold", "Lan Phương"), authors=["Lan Phương"], unit=None,
        tags=[("thi tốt nghiệp THPT", "thi-tot-nghiep-thpt"), ("giáo dục", "giao-duc")],
        related=["a04", "a01", "a07"],
    ),
]

# Older items that appear only in lists (their pages are not part of the fixture,
# except x06 which answers with a soft 404 page).
EXTRA = [
    dict(key="x01", slug="pho-thu-tuong-kiem-tra-tien-do-du-an-cao-toc-phia-dong", cat="thoi-su", pub=D(2024, 3, 4, 17, 20), sfx=211,
         title="Phó Thủ tướng kiểm tra tiến độ dự án cao tốc phía Đông",
         sapo="Chiều 4/3, Phó Thủ tướng đã kiểm tra tiến độ thi công một số gói thầu trọng điểm và yêu cầu các nhà thầu tăng ca, bảo đảm chất lượng công trình."),
    dict(key="x02", slug="cong-bo-quyet-dinh-thanh-lap-ban-chi-dao-cai-cach-hanh-chinh", cat="thoi-su", pub=D(2024, 3, 3, 10, 0), sfx=54,
         title="Công bố quyết định kiện toàn Ban Chỉ đạo cải cách hành chính",
         sapo="Ban Chỉ đạo được kiện toàn nhằm tăng cường chỉ đạo thống nhất công tác cải cách hành chính trong giai đoạn mới."),
    dict(key="x03", slug="huong-dan-moi-ve-che-do-phu-cap-doi-voi-giao-vien-mam-non", cat="chinh-sach-moi", pub=D(2024, 3, 2, 9, 40), sfx=873,
         title="Hướng dẫn mới về chế độ phụ cấp đối với giáo viên mầm non",
         sapo="Dự thảo thông tư hướng dẫn bổ sung một số trường hợp được hưởng phụ cấp ưu đãi theo nghề đối với giáo viên mầm non."),
    dict(key="x04", slug="xuat-sieu-hai-thang-dau-nam-dat-4-7-ty-usd", cat="kinh-te", pub=D(2024, 3, 1, 15, 5), sfx=460,
         title="Xuất siêu hai tháng đầu năm đạt 4,7 tỷ USD",
         sapo="Tổng kim ngạch xuất nhập khẩu hàng hóa hai tháng đầu năm tăng khá so với cùng kỳ, cán cân thương mại tiếp tục xuất siêu."),
    dict(key="x05", slug="nhieu-dia-phuong-ra-quan-trong-cay-dau-xuan", cat="dia-phuong", pub=D(2024, 2, 28, 8, 10), sfx=19,
         title="Nhiều địa phương ra quân trồng cây đầu xuân",
         sapo="Các địa phương đồng loạt phát động Tết trồng cây, phấn đấu trồng mới hàng triệu cây xanh trong năm 2024."),
    dict(key="x06", slug="thong-bao-lich-tiep-cong-dan-thang-2-2024", cat="thoi-su", pub=D(2024, 2, 1, 8, 0), sfx=456,
         title="Thông báo lịch tiếp công dân tháng 2/2024",
         sapo="Lịch tiếp công dân định kỳ của lãnh đạo các cơ quan trong tháng 2/2024."),
    dict(key="x07", slug="day-manh-cap-can-cuoc-cho-nguoi-dan-o-vung-sau-vung-xa", cat="xa-hoi", pub=D(2024, 2, 26, 14, 30), sfx=702,
         title="Đẩy mạnh cấp căn cước cho người dân ở vùng sâu, vùng xa",
         sapo="Lực lượng chức năng tổ chức các tổ công tác lưu động đến tận thôn, bản để làm thủ tục cho người dân."),
    dict(key="x08", slug="ra-soat-sua-doi-quy-dinh-ve-kinh-doanh-xang-dau", cat="chinh-sach-moi", pub=D(2024, 2, 25, 11, 15), sfx=338,
         title="Rà soát, sửa đổi quy định về kinh doanh xăng dầu",
         sapo="Dự thảo nghị định mới sửa đổi cách tính giá cơ sở và thời gian điều hành giá xăng dầu."),
    dict(key="x09", slug="tang-cuong-phong-chong-chay-rung-mua-kho", cat="thoi-su", pub=D(2024, 2, 24, 16, 0), sfx=97,
         title="Tăng cường phòng, chống cháy rừng mùa khô",
         sapo="Các địa phương có rừng được yêu cầu trực ban nghiêm túc, sẵn sàng lực lượng, phương tiện chữa cháy."),
    dict(key="x10", slug="khoi-cong-cau-vuot-song-tai-tinh-dong-thap", cat="dia-phuong", pub=D(2024, 2, 23, 9, 30), sfx=645,
         title="Khởi công cầu vượt sông tại tỉnh Đồng Tháp",
         sapo="Công trình có tổng mức đầu tư hơn 1.000 tỷ đồng, dự kiến hoàn thành sau 30 tháng thi công."),
]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

import html as _html
import json
import re
import unicodedata
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

HOST = "https://m.baochinhphu-demo.vn"
DESKTOP = "https://baochinhphu-demo.vn"
CDN = "https://cdn.baochinhphu-demo.vn"
STATIC = "https://static.baochinhphu-demo.vn"
SITE_NAME = "Báo Chính phủ Demo"
TODAY = D(2024, 3, 15, 6, 30)
OUT = Path(__file__).resolve().parent
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
PH_FILE = "/web/images/lazy-placeholder-16x9.png"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SEARCH_KW = "dịch vụ công"
SEARCH_URL = "/tim-kiem.htm?keywords=" + quote(SEARCH_KW)
SOFT404 = "x06"

esc = lambda s: _html.escape(s, quote=True)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def plain(fragment):
    """What a reader sees of an inline HTML fragment."""
    t = re.sub(r"<[^>]+>", "", fragment)
    t = _html.unescape(t)
    return nfc(" ".join(t.split()))


def art_id(a):
    if "draft" in a:
        mins, secs = a["draft"]
        t = a["pub"] - timedelta(minutes=mins) + timedelta(seconds=secs)
    else:
        t = a["pub"] - timedelta(minutes=7) + timedelta(seconds=a["sfx"] % 60)
    return "115" + t.strftime("%y%m%d%H%M%S") + "%03d" % a["sfx"]


ALL = {a["key"]: a for a in ARTICLES + EXTRA}
for _a in ALL.values():
    _a["id"] = art_id(_a)
    _a["path"] = "/%s-%s.htm" % (_a["slug"], _a["id"])
    _a.setdefault("sapo", _a.get("lead") or "")


def dmy(t):
    return t.strftime("%d/%m/%Y")


def hm(t):
    return t.strftime("%H:%M")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def fmt_time(t, fmt):
    if fmt == "A":
        return "%s %s" % (dmy(t), hm(t))
    if fmt == "B":
        return "%s, %s %s (GMT+7)" % (WEEKDAYS[t.weekday()], dmy(t), hm(t))
    return "%s | %s" % (dmy(t), hm(t))


def epoch_ms(t):
    """Milliseconds since the epoch for a portal-local (UTC+7) time; independent of the machine's zone."""
    return int((t - D(1970, 1, 1)).total_seconds() - 7 * 3600) * 1000


def img_url(a, name, n, w=640):
    t = a["pub"]
    stamp = epoch_ms(t) * 1000 + 37 * n + a["sfx"]
    return "%s/thumb_w/%d/720508143851462656/%d/%d/%d/%s-%d.jpg" % (
        CDN, w, t.year, t.month, t.day, name, stamp)


def thumb_url(a):
    t = a["pub"]
    stamp = epoch_ms(t) * 1000 + a["sfx"]
    return "%s/zoom/260_163/720508143851462656/%d/%d/%d/%s-thumb-%d.jpg" % (
        CDN, t.year, t.month, t.day, a["slug"][:40].rstrip("-"), stamp)


# ---------------------------------------------------------------------------
# Inline CSS and JS (the bulk every mobile page carries)
# ---------------------------------------------------------------------------

BASE_CSS = """
*,*:before,*:after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:"Roboto",Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222;background:#fff}
a{color:inherit;text-decoration:none}
img{max-width:100%;height:auto;border:0;vertical-align:middle}
ul,ol{margin:0;padding:0;list-style:none}
h1,h2,h3,h4{margin:0;font-weight:700}
button{font:inherit;border:0;background:none;cursor:pointer}
.vgpm-hdr{position:sticky;top:0;z-index:90;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.12)}
.vgpm-hdr__bar{display:flex;align-items:center;justify-content:space-between;height:52px;padding:0 12px}
.vgpm-burger{width:32px;height:32px;display:flex;flex-direction:column;justify-content:center;gap:5px;padding:4px}
.vgpm-burger span{display:block;height:2px;background:#a3191f;border-radius:1px}
.vgpm-logo img{height:30px;width:auto}
.vgpm-hdr__search{width:32px;height:32px;display:flex;align-items:center;justify-content:center}
.vgpm-hdr__search svg{width:20px;height:20px;fill:#a3191f}
.vgpm-hdr__date{font-size:12px;color:#777;padding:0 12px 4px}
.vgpm-quicknav{display:flex;overflow-x:auto;white-space:nowrap;border-top:1px solid #eee;scrollbar-width:none}
.vgpm-quicknav::-webkit-scrollbar{display:none}
.vgpm-quicknav a{display:inline-block;padding:9px 12px;font-size:14px;font-weight:500;color:#333}
.vgpm-quicknav a.is-active{color:#a3191f;box-shadow:inset 0 -2px 0 #a3191f}
.vgpm-drawer{position:fixed;top:0;left:0;bottom:0;width:86%;max-width:360px;z-index:120;background:#fff;transform:translateX(-100%);transition:transform .25s ease;overflow-y:auto}
.vgpm-drawer.is-open{transform:none}
.vgpm-drawer__mask{position:fixed;inset:0;background:rgba(0,0,0,.45);z-index:110;display:none}
.vgpm-drawer.is-open+.vgpm-drawer__mask{display:block}
.vgpm-drawer__head{display:flex;align-items:center;justify-content:space-between;padding:12px;border-bottom:1px solid #eee}
.vgpm-drawer__close{font-size:28px;line-height:1;color:#666}
.vgpm-drawer__search{display:flex;margin:12px;border:1px solid #ddd;border-radius:20px;overflow:hidden}
.vgpm-drawer__search input{flex:1;border:0;padding:8px 12px;font-size:14px;outline:0}
.vgpm-drawer__search button{padding:0 12px;color:#a3191f}
.vgpm-menu>li{border-bottom:1px solid #f1f1f1}
.vgpm-menu>li>a{display:block;padding:11px 16px;font-size:15px;font-weight:500}
.vgpm-menu__sub{padding:0 16px 10px 28px}
.vgpm-menu__sub a{display:inline-block;font-size:13px;color:#555;margin:0 12px 6px 0}
.vgpm-drawer__links{padding:12px 16px;background:#f7f7f7}
.vgpm-drawer__links h4{font-size:13px;text-transform:uppercase;color:#a3191f;margin-bottom:6px}
.vgpm-drawer__links a{display:block;font-size:13px;padding:4px 0;color:#444}
.vgpm-drawer__user{padding:12px 16px}
.vgpm-drawer__user a{display:inline-block;padding:6px 14px;border:1px solid #a3191f;border-radius:16px;color:#a3191f;font-size:13px}
.vgpm-main{padding:0 0 70px}
.vgpm-story,.vgpm-detail{padding:12px}
.vgpm-story__cat,.vgpm-detail__cat{color:#a3191f;font-weight:500}
.vgpm-story__title,.vgpm-detail__title{font-size:23px;line-height:1.32;color:#111;margin:4px 0 8px}
.vgpm-story__meta,.vgpm-detail__meta{font-size:13px;color:#888;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.vgpm-story__upd{color:#999;font-style:italic}
.vgpm-sapo{font-size:17px;line-height:1.5;font-weight:700;color:#222;margin:12px 0}
.vgpm-sapo--div{font-weight:400}
.vgpm-body{font-size:17px;line-height:1.6;color:#222}
.vgpm-body p{margin:0 0 14px}
.vgpm-body h3{font-size:18px;margin:18px 0 10px}
.vgpm-body ul{margin:0 0 14px 18px;list-style:disc}
.vgpm-body ul li{margin-bottom:6px}
.vgpm-photo{margin:0 -12px 16px;text-align:center}
.vgpm-photo img{width:100%}
.vgpm-photo__cap,.vgpm-photo figcaption{font-size:14px;color:#555;padding:6px 12px 0;line-height:1.45;text-align:center}
.vgpm-photo__cap p,.vgpm-photo figcaption p{margin:0}
.vgpm-photo__credit{font-style:italic}
.vgpm-relbox{margin:0 0 16px;padding:10px 12px;border-left:3px solid #a3191f;background:#faf5f5}
.vgpm-relbox li{position:relative;padding-left:12px;margin-bottom:6px;font-size:15px;font-weight:700;line-height:1.4}
.vgpm-relbox li:before{content:"";position:absolute;left:0;top:8px;width:5px;height:5px;background:#a3191f;border-radius:50%}
.vgpm-relone{display:flex;gap:10px;margin:0 0 16px;padding:10px;border:1px solid #eee;border-radius:4px}
.vgpm-relone__thumb{flex:0 0 110px}
.vgpm-relone__title{display:block;font-size:15px;font-weight:700;line-height:1.35}
.vgpm-relone__sapo{font-size:13px;color:#666;margin:4px 0 0}
.vgpm-quote{margin:0 0 16px;padding:14px 16px;background:#f4f6f9;border-left:4px solid #1b4f8f;font-style:italic}
.vgpm-quote p{margin:0 0 8px}
.vgpm-quote__by{font-style:normal;font-weight:700;text-align:right}
.vgpm-scroll-x{overflow-x:auto;margin:0 0 14px}
.vgpm-table{border-collapse:collapse;width:100%;min-width:480px;font-size:14px}
.vgpm-table th,.vgpm-table td{border:1px solid #ccc;padding:6px 8px;text-align:left}
.vgpm-table th{background:#f2f2f2}
.vgpm-table td:nth-child(n+2){text-align:right}
.vgpm-author{text-align:right;font-weight:700;margin:0 0 12px}
.vgpm-tags{margin:16px 0;font-size:13px}
.vgpm-tags__label{font-weight:700;margin-right:4px}
.vgpm-tags a{display:inline-block;margin:0 6px 6px 0;padding:3px 10px;background:#f1f1f1;border-radius:12px;color:#444}
.vgpm-share{display:flex;gap:8px;margin:10px 0}
.vgpm-share a{display:inline-flex;align-items:center;justify-content:center;height:30px;padding:0 12px;border-radius:15px;font-size:13px;color:#fff}
.vgpm-share .fb{background:#3b5998}
.vgpm-share .zalo{background:#0068ff}
.vgpm-share .copy{background:#888}
.vgpm-share .print{background:#555}
.vgpm-box{padding:12px;border-top:6px solid #f3f3f3}
.vgpm-box__title{font-size:17px;color:#a3191f;text-transform:uppercase;margin-bottom:10px}
.vgpm-related__item{padding:8px 0;border-bottom:1px solid #eee}
.vgpm-related__item a{display:block;font-size:15px;font-weight:500;line-height:1.4}
.vgpm-related__time{font-size:12px;color:#999}
.vgpm-item{display:flex;gap:10px;padding:10px 0;border-bottom:1px solid #eee}
.vgpm-item__thumb{flex:0 0 120px}
.vgpm-item__thumb img{width:120px;height:75px;object-fit:cover;border-radius:3px}
.vgpm-item__title{font-size:15px;line-height:1.4;font-weight:700}
.vgpm-item__meta{font-size:12px;color:#999;margin-top:4px}
.vgpm-item__meta a{color:#a3191f}
.vgpm-item__sapo{font-size:13px;color:#555;margin:4px 0 0;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.vgpm-item--top{display:block}
.vgpm-item--top .vgpm-item__thumb img{width:100%;height:auto}
.vgpm-item--top .vgpm-item__title{font-size:20px;margin-top:8px}
.vgpm-loadmore{text-align:center;padding:14px 0}
.vgpm-loadmore__btn{display:inline-block;padding:8px 28px;border:1px solid #a3191f;border-radius:18px;color:#a3191f;font-size:14px;font-weight:500}
.vgpm-loadmore__btn.is-loading{opacity:.5;pointer-events:none}
.vgpm-pager{display:flex;justify-content:center;gap:6px;padding:12px 0}
.vgpm-pager a,.vgpm-pager span{min-width:32px;height:32px;display:inline-flex;align-items:center;justify-content:center;border:1px solid #ddd;border-radius:3px;font-size:14px}
.vgpm-pager span.is-current{background:#a3191f;border-color:#a3191f;color:#fff}
.vgpm-hottags{padding:10px 12px}
.vgpm-hottags a{display:inline-block;margin:0 6px 6px 0;padding:4px 10px;border:1px solid #e5e5e5;border-radius:14px;font-size:13px}
.vgpm-ad{text-align:center;margin:10px auto;min-height:50px;background:#fafafa}
.vgpm-ad:empty:before{content:"Quảng cáo";display:block;font-size:10px;color:#bbb;line-height:50px}
.vgpm-sticky{position:fixed;left:0;right:0;bottom:0;z-index:80;background:#fff;box-shadow:0 -1px 4px rgba(0,0,0,.15);min-height:50px}
.vgpm-sticky__close{position:absolute;right:4px;top:-22px;width:22px;height:22px;background:#fff;border-radius:50% 50% 0 0;text-align:center;line-height:22px;color:#666}
.vgpm-ftr{background:#8e1418;color:#f3dede;font-size:13px;padding:16px 12px 24px;line-height:1.55}
.vgpm-ftr a{color:#fff}
.vgpm-ftr__nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin-bottom:12px}
.vgpm-ftr__logo img{height:28px;margin-bottom:8px}
.vgpm-ftr__badge{margin-top:10px}
.vgpm-ftr__badge img{height:40px;width:auto}
.vgpm-page-static{padding:12px}
.vgpm-page-static h1{font-size:22px;color:#a3191f;margin-bottom:10px}
.vgpm-page-static p{margin:0 0 12px}
.vgpm-form label{display:block;font-size:14px;font-weight:500;margin:10px 0 4px}
.vgpm-form input,.vgpm-form textarea,.vgpm-form select{width:100%;padding:9px 10px;border:1px solid #ccc;border-radius:4px;font:inherit;font-size:15px}
.vgpm-form textarea{min-height:140px}
.vgpm-form .vgpm-btn{margin-top:14px;display:inline-block;padding:10px 24px;background:#a3191f;color:#fff;border-radius:4px}
.vgpm-contact dt{font-weight:700;margin-top:12px}
.vgpm-contact dd{margin:2px 0 0}
.vgpm-sitemap>li{margin-bottom:10px}
.vgpm-sitemap>li>a{font-weight:700;color:#a3191f}
.vgpm-sitemap ul{padding-left:16px;margin-top:4px}
.vgpm-sitemap ul li{font-size:14px;padding:2px 0}
.vgpm-notfound{text-align:center;padding:40px 16px}
.vgpm-notfound__code{font-size:64px;font-weight:700;color:#a3191f;line-height:1}
.vgpm-notfound__home{display:inline-block;margin-top:14px;padding:8px 22px;background:#a3191f;color:#fff;border-radius:18px}
.vgpm-search__sum{font-size:14px;color:#666;padding:0 12px}
.vgpm-lazy{background:#eee}
.vgpm-lazy.is-loaded{background:none}
@media (min-width:600px){.vgpm-story__title{font-size:26px}.vgpm-item__thumb{flex-basis:180px}.vgpm-item__thumb img{width:180px;height:112px}}
@media (prefers-color-scheme:dark){.vgpm-ad{background:#f4f4f4}}
"""


def utility_css():
    out = []
    for prop, short in (("margin", "m"), ("padding", "p")):
        for side, s in (("top", "t"), ("right", "r"), ("bottom", "b"), ("left", "l")):
            for v in range(0, 41, 2):
                out.append(".%s%s-%d{%s-%s:%dpx!important}" % (short, s, v, prop, side, v))
    for v in range(10, 33):
        out.append(".fs-%d{font-size:%dpx!important}" % (v, v))
        out.append(".lh-%d{line-height:%dpx!important}" % (v + 4, v + 4))
    for i in range(1, 13):
        out.append(".col-%d{flex:0 0 %.4f%%;max-width:%.4f%%}" % (i, i * 100 / 12, i * 100 / 12))
        out.append(".offset-%d{margin-left:%.4f%%}" % (i, i * 100 / 12))
    for name, col in (("red", "#a3191f"), ("dark", "#222"), ("grey", "#777"), ("light", "#f3f3f3"),
                      ("blue", "#1b4f8f"), ("white", "#fff"), ("green", "#2e7d32"), ("gold", "#c9a227")):
        out.append(".c-%s{color:%s!important}.bg-%s{background-color:%s!important}.bd-%s{border-color:%s!important}"
                   % (name, col, name, col, name, col))
    for w in (25, 33, 50, 66, 75, 100):
        out.append(".w-%d{width:%d%%!important}" % (w, w))
    out.append(".d-none{display:none!important}.d-block{display:block!important}.d-flex{display:flex!important}"
               ".fw-4{font-weight:400!important}.fw-5{font-weight:500!important}.fw-7{font-weight:700!important}"
               ".ta-c{text-align:center!important}.ta-r{text-align:right!important}.ta-l{text-align:left!important}")
    return "\n".join(out)


SVG_SPRITE = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="ic-search" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></symbol>
<symbol id="ic-close" viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></symbol>
<symbol id="ic-fb" viewBox="0 0 24 24"><path d="M22 12c0-5.52-4.48-10-10-10S2 6.48 2 12c0 4.84 3.44 8.87 8 9.8V15H8v-3h2V9.5C10 7.57 11.57 6 13.5 6H16v3h-2c-.55 0-1 .45-1 1v2h3v3h-3v6.95c5.05-.5 9-4.76 9-9.95z"/></symbol>
<symbol id="ic-zalo" viewBox="0 0 48 48"><path d="M24 4C12.95 4 4 11.6 4 21c0 5.36 2.92 10.14 7.48 13.26L10 42l8.06-4.3c1.9.46 3.9.7 5.94.7 11.05 0 20-7.6 20-17S35.05 4 24 4zm-7.6 22.4h-6.3v-1.3l4-5.2h-3.9v-1.7h6v1.3l-4 5.2h4.2v1.7zm7.1 0h-1.6v-.6c-.5.5-1.2.8-2 .8-1.8 0-3.1-1.4-3.1-3.3s1.3-3.3 3.1-3.3c.8 0 1.5.3 2 .8v-.6h1.6v6.2zm3.4 0h-1.7v-9.3h1.7v9.3zm5.2.2c-1.9 0-3.4-1.5-3.4-3.4s1.5-3.4 3.4-3.4 3.4 1.5 3.4 3.4-1.5 3.4-3.4 3.4z"/></symbol>
<symbol id="ic-link" viewBox="0 0 24 24"><path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></symbol>
<symbol id="ic-print" viewBox="0 0 24 24"><path d="M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z"/></symbol>
<symbol id="ic-clock" viewBox="0 0 24 24"><path d="M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"/></symbol>
<symbol id="ic-home" viewBox="0 0 24 24"><path d="M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z"/></symbol>
</svg>"""

HEAD_JS = """
var pageSettings = {
    DomainMobile: "%(host)s",
    DomainDesktop: "%(desktop)s",
    DomainApi: "https://api.baochinhphu-demo.vn",
    DomainStatic: "%(static)s",
    DomainImage: "%(cdn)s",
    sharefbApiDomain: "https://sharefb.baochinhphu-demo.vn",
    videoplayer: "https://vcplayer.baochinhphu-demo.vn",
    allow3rd: true,
    isMobile: true,
    pageType: "%(ptype)s",
    zoneId: %(zone)d,
    newsId: "%(newsid)s",
    ampVersion: false,
    lazyOffset: 300
};
var _ADM_Channel = "%(channel)s";
var admicroAD = admicroAD || {}; admicroAD.unit = admicroAD.unit || [];
(function () {
    var d = document.documentElement;
    d.className = d.className.replace(/\\bno-js\\b/, "js");
    try {
        if (localStorage.getItem("vgpm_fontsize")) { d.setAttribute("data-fs", localStorage.getItem("vgpm_fontsize")); }
    } catch (e) {}
})();
"""

FOOT_JS = r"""
(function (w, d) {
    "use strict";
    var lazyImgs = [], ticking = false;
    function inView(el) {
        var r = el.getBoundingClientRect();
        return r.top < (w.innerHeight || d.documentElement.clientHeight) + pageSettings.lazyOffset && r.bottom > -pageSettings.lazyOffset;
    }
    function loadImg(img) {
        var src = img.getAttribute("data-src");
        if (!src) { return; }
        var tmp = new Image();
        tmp.onload = function () { img.src = src; img.classList.add("is-loaded"); img.removeAttribute("data-src"); };
        tmp.onerror = function () { img.classList.add("is-error"); };
        tmp.src = src;
    }
    function scan() {
        ticking = false;
        lazyImgs = lazyImgs.filter(function (img) {
            if (inView(img)) { loadImg(img); return false; }
            return true;
        });
    }
    function collect() {
        lazyImgs = Array.prototype.slice.call(d.querySelectorAll("img[data-src]"));
        if ("IntersectionObserver" in w) {
            var io = new IntersectionObserver(function (entries) {
                entries.forEach(function (en) { if (en.isIntersecting) { loadImg(en.target); io.unobserve(en.target); } });
            }, { rootMargin: pageSettings.lazyOffset + "px 0px" });
            lazyImgs.forEach(function (img) { io.observe(img); });
        } else {
            w.addEventListener("scroll", function () { if (!ticking) { ticking = true; w.requestAnimationFrame(scan); } }, { passive: true });
            scan();
        }
    }
    function drawer() {
        var dr = d.getElementById("vgpm-drawer");
        d.querySelectorAll("[data-toggle=drawer]").forEach(function (b) {
            b.addEventListener("click", function () { dr.classList.toggle("is-open"); dr.setAttribute("aria-hidden", dr.classList.contains("is-open") ? "false" : "true"); });
        });
        var mask = d.querySelector(".vgpm-drawer__mask");
        if (mask) { mask.addEventListener("click", function () { dr.classList.remove("is-open"); }); }
    }
    function loadMore() {
        d.querySelectorAll(".vgpm-loadmore__btn").forEach(function (btn) {
            btn.addEventListener("click", function (ev) {
                if (!w.fetch) { return; }
                ev.preventDefault();
                var page = parseInt(btn.getAttribute("data-page") || "2", 10);
                var zone = btn.getAttribute("data-zone") || "0";
                btn.classList.add("is-loading");
                fetch("/timelinelist/" + zone + "/" + page + ".htm", { credentials: "same-origin" })
                    .then(function (r) { return r.text(); })
                    .then(function (html) {
                        var box = d.getElementById(btn.getAttribute("data-target"));
                        if (box && html.trim()) { box.insertAdjacentHTML("beforeend", html); btn.setAttribute("data-page", page + 1); collect(); }
                        else { btn.parentNode.style.display = "none"; }
                    })
                    .catch(function () { w.location.href = btn.getAttribute("href"); })
                    .then(function () { btn.classList.remove("is-loading"); });
            });
        });
    }
    function share() {
        d.querySelectorAll(".vgpm-share .copy").forEach(function (a) {
            a.addEventListener("click", function (ev) {
                ev.preventDefault();
                var url = a.getAttribute("data-url") || w.location.href;
                if (navigator.clipboard) { navigator.clipboard.writeText(url); }
                a.classList.add("is-copied");
                setTimeout(function () { a.classList.remove("is-copied"); }, 1500);
            });
        });
    }
    function sticky() {
        var st = d.getElementById("vgpm-sticky");
        if (!st) { return; }
        var c = st.querySelector(".vgpm-sticky__close");
        if (c) { c.addEventListener("click", function (ev) { ev.preventDefault(); st.parentNode.removeChild(st); }); }
    }
    function tracking() {
        if (!pageSettings.allow3rd) { return; }
        var s = d.createElement("script");
        s.async = true;
        s.src = "https://log.baochinhphu-demo.vn/tracking.js?t=" + pageSettings.pageType + "&z=" + pageSettings.zoneId + "&n=" + pageSettings.newsId;
        d.body.appendChild(s);
        var a = d.createElement("script");
        a.async = true;
        a.src = "https://media.adsdemo.vn/core/admicro_core_mobile.js";
        d.body.appendChild(a);
    }
    d.addEventListener("DOMContentLoaded", function () { collect(); drawer(); loadMore(); share(); sticky(); setTimeout(tracking, 1500); });
})(window, document);
"""

CSS = BASE_CSS.strip() + "\n" + utility_css()


def ad(zone, size="320x100", cls=""):
    return ('<div class="vgpm-ad %s" data-size="%s"><div id="admzone%d"></div>'
            '<script>admicroAD.unit.push(function () { admicroAD.show("admzone%d"); });</script></div>'
            % (cls, size, zone, zone)).replace('class="vgpm-ad "', 'class="vgpm-ad"')


MENU = [
    ("/", "Trang chủ", []),
    ("/thoi-su.htm", "Thời sự", [("/thoi-su/hoat-dong-chinh-phu.htm", "Hoạt động Chính phủ"), ("/thoi-su/chi-dao-dieu-hanh.htm", "Chỉ đạo, điều hành"), ("/thoi-su/thong-cao.htm", "Thông cáo báo chí")]),
    ("/chinh-sach-moi.htm", "Chính sách mới", [("/chinh-sach-moi/van-ban-moi.htm", "Văn bản mới"), ("/chinh-sach-moi/du-thao.htm", "Lấy ý kiến dự thảo"), ("/chinh-sach-moi/hoi-dap.htm", "Hỏi - đáp chính sách")]),
    ("/kinh-te.htm", "Kinh tế", [("/kinh-te/tai-chinh.htm", "Tài chính"), ("/kinh-te/dau-tu.htm", "Đầu tư"), ("/kinh-te/thi-truong.htm", "Thị trường")]),
    ("/xa-hoi.htm", "Xã hội", [("/xa-hoi/lao-dong-viec-lam.htm", "Lao động - Việc làm"), ("/xa-hoi/y-te.htm", "Y tế"), ("/xa-hoi/an-sinh.htm", "An sinh")]),
    ("/giao-duc.htm", "Giáo dục", []),
    ("/dia-phuong.htm", "Địa phương", []),
    ("/van-hoa.htm", "Văn hóa", []),
    ("/quoc-te.htm", "Quốc tế", []),
    ("/anh.htm", "Ảnh", []),
    ("/video.htm", "Video", []),
    ("/infographics.htm", "Infographics", []),
    ("/tin-moi.htm", "Tin mới", []),
]


def header(active_cat=None):
    quick = "".join('<a href="%s"%s>%s</a>' % (u, ' class="is-active"' if u == "/%s.htm" % active_cat else "", esc(n))
                    for u, n, _ in MENU[1:])
    menu = []
    for u, n, subs in MENU:
        sub = ""
        if subs:
            sub = '<div class="vgpm-menu__sub">' + "".join('<a href="%s">%s</a>' % (su, esc(sn)) for su, sn in subs) + "</div>"
        menu.append('<li><a href="%s">%s</a>%s</li>' % (u, esc(n), sub))
    return """
<header class="vgpm-hdr" id="vgpm-hdr">
    <div class="vgpm-hdr__bar">
        <button class="vgpm-burger" type="button" aria-label="Mở menu" data-toggle="drawer"><span></span><span></span><span></span></button>
        <a class="vgpm-logo" href="/" title="%(site)s"><img src="%(static)s/mobile/images/logo-bcp-mobile.svg" alt="%(site)s" width="168" height="30"></a>
        <a class="vgpm-hdr__search" href="/tim-kiem.htm" aria-label="Tìm kiếm"><svg><use xlink:href="#ic-search"></use></svg></a>
    </div>
    <div class="vgpm-hdr__date">%(today)s</div>
    <nav class="vgpm-quicknav" aria-label="Chuyên mục">%(quick)s</nav>
</header>
<div class="vgpm-drawer" id="vgpm-drawer" aria-hidden="true">
    <div class="vgpm-drawer__head">
        <a href="/" class="vgpm-logo"><img src="%(static)s/mobile/images/logo-bcp-mobile.svg" alt="%(site)s" width="140" height="26"></a>
        <button class="vgpm-drawer__close" type="button" data-toggle="drawer" aria-label="Đóng">×</button>
    </div>
    <form class="vgpm-drawer__search" action="/tim-kiem.htm" method="get">
        <input type="text" name="keywords" placeholder="Tìm kiếm tin tức" autocomplete="off">
        <button type="submit" aria-label="Tìm"><svg width="18" height="18"><use xlink:href="#ic-search"></use></svg></button>
    </form>
    <ul class="vgpm-menu">%(menu)s</ul>
    <div class="vgpm-drawer__user"><a href="/dang-nhap.htm" rel="nofollow">Đăng nhập</a></div>
    <div class="vgpm-drawer__links">
        <h4>Liên kết website</h4>
        <a href="https://chinhphu-demo.vn" target="_blank" rel="noopener">Cổng Thông tin điện tử Chính phủ</a>
        <a href="https://dichvucong-demo.vn" target="_blank" rel="noopener">Cổng Dịch vụ công quốc gia</a>
        <a href="https://vanban-demo.vn" target="_blank" rel="noopener">Hệ thống văn bản</a>
        <a href="https://xaydungchinhsach-demo.vn" target="_blank" rel="noopener">Xây dựng chính sách, pháp luật</a>
        <a href="https://english.baochinhphu-demo.vn" target="_blank" rel="noopener">English</a>
    </div>
</div>
<div class="vgpm-drawer__mask"></div>
""" % dict(site=SITE_NAME, static=STATIC, today="%s, %s" % (WEEKDAYS[TODAY.weekday()], dmy(TODAY)),
           quick=quick, menu="".join(menu))


def footer():
    return """
<footer class="vgpm-ftr" id="vgpm-ftr">
    <nav class="vgpm-ftr__nav">
        <a href="/gioi-thieu.htm">Giới thiệu</a>
        <a href="/lien-he.htm">Liên hệ</a>
        <a href="/gop-y.htm">Gửi ý kiến</a>
        <a href="/so-do-trang.htm">Sơ đồ trang</a>
        <a href="/rss/home.rss">RSS</a>
        <a href="%(desktop)s/?m=0" rel="nofollow">Phiên bản máy tính</a>
    </nav>
    <div class="vgpm-ftr__logo"><img src="%(static)s/mobile/images/logo-bcp-white.svg" alt="%(site)s" width="150" height="28"></div>
    <p>Cơ quan chủ quản: Văn phòng Cổng Thông tin điện tử Demo</p>
    <p>Giấy phép số 256/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/6/2021.</p>
    <p>Tổng Biên tập: Trần Quốc Minh</p>
    <p>Địa chỉ: Tầng 6, số 27 phố Hoa Lan, quận Ba Đình, Hà Nội. Điện thoại: 024.3822.0000. Email: bandoc@baochinhphu-demo.vn</p>
    <p>Ghi rõ nguồn “%(site)s” khi phát hành lại thông tin từ website này.</p>
    <p>© Bản quyền thuộc %(site)s</p>
    <div class="vgpm-ftr__badge"><a href="https://tinnhiemmang-demo.vn/danh-ba-tin-nhiem/m-baochinhphu-demo" target="_blank" rel="noopener" title="Chứng nhận Tín Nhiệm Mạng"><img src="https://tinnhiemmang-demo.vn/handle_cert?id=m.baochinhphu-demo.vn" alt="Chứng nhận Tín Nhiệm Mạng" width="120" height="40"></a></div>
</footer>
<div class="vgpm-sticky" id="vgpm-sticky">
    <div class="vgpm-sticky__inner">%(adsticky)s</div>
    <a href="javascript:;" class="vgpm-sticky__close" aria-label="Đóng quảng cáo">×</a>
</div>
""" % dict(desktop=DESKTOP, static=STATIC, site=SITE_NAME, adsticky=ad(51020, "320x50"))


def page(title, body, path, ptype="home", zone=0, newsid="0", head_extra="", body_cls="", active_cat=None,
         description=None):
    channel = "%2F" + ptype + "%2F"
    head_js = HEAD_JS % dict(host=HOST, desktop=DESKTOP, static=STATIC, cdn=CDN, ptype=ptype, zone=zone,
                             newsid=newsid, channel=channel)
    desc = description or "%s - Thông tin chính thống về hoạt động của Chính phủ, chính sách mới và đời sống xã hội." % SITE_NAME
    return nfc("""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="%(desktop)s%(path)s">
<link rel="alternate" type="application/rss+xml" title="%(site)s" href="/rss/home.rss">
<link rel="shortcut icon" href="%(static)s/mobile/images/favicon.ico">
<link rel="apple-touch-icon" href="%(static)s/mobile/images/touch-icon-180.png">
<meta name="theme-color" content="#a3191f">
<link rel="preconnect" href="%(cdn)s">
<link rel="dns-prefetch" href="https://media.adsdemo.vn">
%(head_extra)s
<style>%(css)s</style>
<script>%(head_js)s</script>
</head>
<body class="vgpm-page %(body_cls)s">
%(sprite)s
<div id="vgpm-app">
%(header)s
%(adtop)s
<main class="vgpm-main" id="vgpm-main">
%(body)s
</main>
%(footer)s
</div>
<script>%(foot_js)s</script>
</body>
</html>
""" % dict(title=esc(title), desc=esc(desc), desktop=DESKTOP, path=esc(path), site=SITE_NAME, static=STATIC, cdn=CDN,
           head_extra=head_extra, css=CSS, head_js=head_js, body_cls=body_cls, sprite=SVG_SPRITE,
           header=header(active_cat), adtop=ad(51001, "320x100", "vgpm-ad--top"), body=body, footer=footer(),
           foot_js=FOOT_JS))


# ---------------------------------------------------------------------------
# Pieces shared by pages
# ---------------------------------------------------------------------------

def lazy_img(src, alt, ph=GIF, cls="vgpm-lazy", w=260, h=163):
    return '<img class="%s" src="%s" data-src="%s" alt="%s" width="%d" height="%d">' % (cls, ph, src, esc(alt), w, h)


def list_item(a, top=False, sapo=True):
    cat = a["cat"]
    s = ('<p class="vgpm-item__sapo">%s</p>' % esc(a["sapo"])) if sapo and a["sapo"] else ""
    return """<div class="vgpm-item%(top)s" data-id="%(id)s">
    <a class="vgpm-item__thumb" href="%(path)s" title="%(t)s">%(img)s</a>
    <div class="vgpm-item__info">
        <h3 class="vgpm-item__title"><a href="%(path)s" title="%(t)s">%(t)s</a></h3>
        <div class="vgpm-item__meta"><a href="/%(cat)s.htm">%(catname)s</a> · <span class="vgpm-item__time">%(time)s</span></div>
        %(sapo)s
    </div>
</div>""" % dict(top=" vgpm-item--top" if top else "", id=a["id"], path=a["path"], t=esc(a["title"]),
                 img=lazy_img(thumb_url(a), a["title"], w=640 if top else 260, h=400 if top else 163),
                 cat=cat, catname=esc(CATS[cat]), time=fmt_time(a["pub"], "A"), sapo=s)


def by_date(keys=None):
    items = [ALL[k] for k in keys] if keys else list(ALL.values())
    return sorted(items, key=lambda a: a["pub"], reverse=True)


def stream(exclude=None, n=8, title="Tin mới", more="/tin-moi/trang-2.htm"):
    items = [a for a in by_date() if a["key"] != exclude and a["key"] != SOFT404][:n]
    return """<section class="vgpm-box vgpm-stream" id="vgpm-stream">
    <h2 class="vgpm-box__title">%s</h2>
    <div class="vgpm-stream__list" id="vgpm-stream-list">
%s
    </div>
    <div class="vgpm-loadmore"><a class="vgpm-loadmore__btn" href="%s" data-page="2" data-zone="0" data-target="vgpm-stream-list">Xem thêm</a></div>
</section>""" % (esc(title), "\n".join(list_item(a, sapo=False) for a in items), more)


def most_read():
    keys = ["a05", "a08", "a12", "a03", "a07"]
    lis = "".join('<li class="vgpm-related__item"><a href="%s">%s</a></li>' % (ALL[k]["path"], esc(ALL[k]["title"]))
                  for k in keys)
    return '<section class="vgpm-box vgpm-mostread"><h2 class="vgpm-box__title">Đọc nhiều</h2><ol>%s</ol></section>' % lis


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------

def render_img(a, spec, n):
    w = spec.get("w", 640)
    src = img_url(a, spec["name"], n, w)
    ph = GIF if spec.get("ph") == "gif" else PH_FILE
    cap, cred = spec.get("caption"), spec.get("credit")
    if spec.get("alt") == "caption" and cap:
        alt = cap
    else:
        alt = "%s - Ảnh %d." % (a["title"], n)
    h = int(w * 0.625)
    img = '<img class="vgpm-lazy lazy" src="%s" data-src="%s" alt="%s" title="%s" width="%d" height="%d" loading="lazy">' % (
        ph, src, esc(alt), esc(alt), w, h)
    style = spec["style"]
    if style == "figcap":
        text = esc(cap) if cap else ""
        if cred:
            text = (text + " - " if text else "") + esc(cred)
        capel = ('<figcaption class="vgpm-photo__cap"><p data-placeholder="[nhập chú thích]">%s</p></figcaption>' % text) if text else ""
        html = ('<div class="vgpm-photo" type="Photo" data-w="%d" data-h="%d">'
                '<div class="vgpm-photo__frame"><a href="%s" class="vgpm-photo__zoom" data-gallery="vgpm-lightbox" title="%s">%s</a></div>'
                '%s</div>' % (w, h, src, esc(alt), img, capel))
    elif style == "pcap":
        parts = []
        if cap:
            parts.append(esc(cap))
        if cred:
            parts.append('<span class="vgpm-photo__credit">%s</span>' % esc(cred))
        capel = ('<p class="vgpm-photo__cap">%s</p>' % " ".join(parts)) if parts else ""
        html = ('<div class="vgpm-photo vgpm-photo--full" type="Photo" data-w="%d" data-h="%d">'
                '<div class="vgpm-photo__frame">%s</div>%s</div>' % (w, h, img, capel))
    elif style == "italic_after":
        html = ('<div class="vgpm-photo" type="Photo" data-w="%d" data-h="%d"><div class="vgpm-photo__frame">%s</div></div>\n'
                '<p style="text-align: center;"><em>%s %s</em></p>' % (w, h, img, esc(cap), esc(cred)))
    else:
        raise ValueError(style)
    truth = {"src": src, "caption": nfc(cap) if cap else None, "credit": nfc(cred) if cred else None}
    return html, truth


def render_rel(keys):
    lis = "".join('<li><a href="%s" title="%s">%s</a></li>' % (ALL[k]["path"], esc(ALL[k]["title"]), esc(ALL[k]["title"]))
                  for k in keys)
    return '<div class="vgpm-relbox" type="RelatedNewsBox"><ul class="vgpm-relbox__list">%s</ul></div>' % lis


def render_relone(k):
    b = ALL[k]
    return ('<div class="vgpm-relone" type="RelatedOneNews" data-id="%s">'
            '<a class="vgpm-relone__thumb" href="%s">%s</a>'
            '<div class="vgpm-relone__info"><a class="vgpm-relone__title" href="%s">%s</a>'
            '<p class="vgpm-relone__sapo">%s</p></div></div>'
            % (b["id"], b["path"], lazy_img(thumb_url(b), b["title"], w=110, h=69), b["path"], esc(b["title"]), esc(b["sapo"])))


def render_sig(sig):
    kind = sig[0]
    if kind == "bold":
        return '<p style="text-align: right;"><strong>%s</strong></p>' % esc(sig[1])
    if kind == "src":
        return ('<p style="text-align: right;"><strong>%s</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: %s</em></p>' % (esc(sig[1]), esc(sig[2])))
    if kind == "srconly":
        return '<p style="text-align: right;"><em>Nguồn: %s</em></p>' % esc(sig[1])
    if kind == "byline":
        return ""
    raise ValueError(kind)


def share_bar(a, where):
    u = quote(HOST + a["path"], safe="")
    return ('<div class="vgpm-share vgpm-share--%s">'
            '<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener nofollow"><svg width="14" height="14"><use xlink:href="#ic-fb"></use></svg> Chia sẻ</a>'
            '<a class="zalo" href="https://sp.zalo.me/share_inline?url=%s" target="_blank" rel="noopener nofollow">Zalo</a>'
            '<a class="copy" href="javascript:;" data-url="%s%s">Sao chép link</a>'
            '<a class="print" href="javascript:window.print();">In bài</a>'
            '</div>' % (where, u, u, HOST, a["path"]))


def render_article(a):
    paras, images, blocks = [], [], []
    n_img = 0
    for kind, val in a["body"]:
        if kind == "p":
            blocks.append("<p>%s</p>" % val)
            paras.append(plain(val))
        elif kind == "pc":
            blocks.append('<p style="text-align: center;"><strong>%s</strong></p>' % esc(val))
            paras.append(plain(esc(val)))
        elif kind == "pi":
            blocks.append("<p><em>%s</em></p>" % esc(val))
            paras.append(plain(esc(val)))
        elif kind == "h3":
            blocks.append("<h3>%s</h3>" % esc(val))
            paras.append(plain(esc(val)))
        elif kind == "ul":
            blocks.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in val))
            paras.extend(plain(esc(x)) for x in val)
        elif kind == "table":
            head, rows = val[0], val[1:]
            t = ['<div class="vgpm-scroll-x"><table class="vgpm-table" border="1" cellpadding="4" cellspacing="0">',
                 "<thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % esc(c) for c in head)]
            for r in rows:
                t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r))
            t.append("</tbody></table></div>")
            blocks.append("\n".join(t))
            for r in val:
                paras.append(" | ".join(plain(esc(c)) for c in r))
        elif kind == "quote":
            inner = "".join("<p>%s</p>" % esc(x) for x in val[:-1])
            inner += '<p class="vgpm-quote__by">%s</p>' % esc(val[-1])
            blocks.append('<blockquote class="vgpm-quote" type="SimpleQuote">%s</blockquote>' % inner)
            paras.extend(plain(esc(x)) for x in val)
        elif kind == "img":
            n_img += 1
            h, tr = render_img(a, val, n_img)
            blocks.append(h)
            images.append(tr)
        elif kind == "rel":
            blocks.append(render_rel(val))
        elif kind == "relone":
            blocks.append(render_relone(val))
        else:
            raise ValueError(kind)
    sig = render_sig(a["sig"])
    if sig:
        blocks.append(sig)
    byline = ('<div class="vgpm-author" itemprop="author">%s</div>' % esc(a["sig"][1])) if a["sig"][0] == "byline" else ""

    photo = a.get("photo", False)
    p = "vgpm-detail" if photo else "vgpm-story"
    time_txt = fmt_time(a["pub"], a["fmt"])
    upd = a.get("updated")
    upd_html = ('<span class="vgpm-story__upd">Cập nhật: %s %s</span>' % (dmy(upd), hm(upd))) if upd else ""
    lead_html = ""
    if a["lead"]:
        lt = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        if a["lead_style"] == "h2":
            lead_html = '<h2 class="vgpm-sapo" data-field="sapo">%s</h2>' % esc(lt)
        else:
            lead_html = '<div class="vgpm-sapo vgpm-sapo--div" data-field="sapo"><strong>%s</strong></div>' % esc(lt)
    tags = "".join('<a href="/tag/%s.htm" rel="tag">%s</a>' % (slug, esc(t)) for t, slug in a["tags"])
    related = "".join('<li class="vgpm-related__item"><a href="%s" title="%s">%s</a><span class="vgpm-related__time">%s</span></li>'
                      % (ALL[k]["path"], esc(ALL[k]["title"]), esc(ALL[k]["title"]), fmt_time(ALL[k]["pub"], "A"))
                      for k in a["related"])
    wrap_open = ('<div class="vgpm-detail vgpm-detail--photo" data-type="photo" id="vgpm-detail-%s" data-id="%s">' % (a["id"], a["id"])
                 if photo else '<article class="vgpm-story" id="vgpm-story-%s" data-id="%s">' % (a["id"], a["id"]))
    wrap_close = "</div>" if photo else "</article>"
    main = """%(wrap_open)s
    <div class="%(p)s__head">
        <h1 class="%(p)s__title" data-field="title">%(title)s</h1>
        <div class="%(p)s__meta">
            <a class="%(p)s__cat" href="/%(cat)s.htm" title="%(catname)s">%(catname)s</a>
            <span class="%(p)s__dot">·</span>
            <span class="%(p)s__time"><svg width="12" height="12"><use xlink:href="#ic-clock"></use></svg> %(time)s</span>
            %(upd)s
        </div>
        %(share_top)s
    </div>
    %(lead)s
    %(adinread)s
    <div class="vgpm-body%(photocls)s" id="vgpm-body" itemprop="articleBody">
%(blocks)s
    </div>
    %(byline)s
    <div class="vgpm-tags"><span class="vgpm-tags__label">Từ khóa:</span>%(tags)s</div>
    %(share_bottom)s
%(wrap_close)s
<section class="vgpm-box vgpm-related" id="vgpm-related">
    <h2 class="vgpm-box__title">Tin liên quan</h2>
    <ul>%(related)s</ul>
</section>
%(admid)s
%(stream)s
%(mostread)s
""" % dict(wrap_open=wrap_open, wrap_close=wrap_close, p=p, title=esc(a["title"]), cat=a["cat"], catname=esc(CATS[a["cat"]]),
           time=time_txt, upd=upd_html, share_top=share_bar(a, "top"), lead=lead_html,
           adinread=ad(51003, "300x250", "vgpm-ad--inread"), photocls=" vgpm-body--photo" if photo else "",
           blocks="\n".join(blocks), byline=byline, tags=tags, share_bottom=share_bar(a, "bottom"), related=related,
           admid=ad(51004, "300x250"), stream=stream(exclude=a["key"]), mostread=most_read())

    full_lead = ((a["prefix"] + " ") if a["prefix"] else "") + (a["lead"] or "")
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": DESKTOP + a["path"]},
        "headline": a["title"], "description": full_lead or a["body"][0][1],
        "image": {"@type": "ImageObject", "url": images[0]["src"] if images else thumb_url(a), "width": 640, "height": 400},
        "datePublished": iso(a["pub"]), "dateModified": iso(upd or a["pub"]),
        "author": {"@type": "Organization", "name": SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME,
                      "logo": {"@type": "ImageObject", "url": STATIC + "/mobile/images/logo-bcp-600x60.png", "width": 600, "height": 60}},
    }
    bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": HOST + "/", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": HOST + "/%s.htm" % a["cat"], "name": CATS[a["cat"]]}}]}
    head_extra = """<meta property="og:type" content="article">
<meta property="og:title" content="%(t)s">
<meta property="og:description" content="%(d)s">
<meta property="og:url" content="%(url)s">
<meta property="og:image" content="%(img)s">
<meta property="og:site_name" content="%(site)s">
<meta property="article:published_time" content="%(pub)s">
<meta property="article:modified_time" content="%(mod)s">
<meta property="article:section" content="%(cat)s">
<meta name="keywords" content="%(kw)s">
<meta name="news_keywords" content="%(kw)s">
<script type="application/ld+json">%(ld)s</script>
<script type="application/ld+json">%(bc)s</script>""" % dict(
        t=esc(a["title"]), d=esc(full_lead or plain(a["body"][0][1])), url=DESKTOP + a["path"],
        img=images[0]["src"] if images else thumb_url(a), site=SITE_NAME, pub=iso(a["pub"]), mod=iso(upd or a["pub"]),
        cat=esc(CATS[a["cat"]]), kw=esc(", ".join(t for t, _ in a["tags"])),
        ld=json.dumps(ld, ensure_ascii=False), bc=json.dumps(bc, ensure_ascii=False))
    html = page("%s | %s" % (a["title"], SITE_NAME), main, a["path"], ptype="detail", zone=1000 + list(CATS).index(a["cat"]),
                newsid=a["id"], head_extra=head_extra, body_cls="vgpm-page--detail" + (" vgpm-page--photo" if photo else ""),
                active_cat=a["cat"], description=full_lead or None)
    expected = {
        "title": nfc(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": nfc(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(paras),
        "published_at": iso(a["pub"]),
        "updated_at": iso(upd) if upd else None,
        "date_label": None,
        "authors": [nfc(x) for x in a["authors"]],
        "unit": nfc(a["unit"]) if a["unit"] else None,
        "images": images,
        "category": CATS[a["cat"]],
    }
    return html, expected


# ---------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------

def listing_body(title, items, pager_html, more_href, zone, intro=""):
    lst = "\n".join(list_item(a, top=(i == 0)) for i, a in enumerate(items))
    return """<div class="vgpm-cate">
    <h1 class="vgpm-box__title" style="padding:12px 12px 0">%s</h1>
    %s
    <div class="vgpm-cate__list" id="vgpm-cate-list" style="padding:0 12px">
%s
    </div>
    %s
    <div class="vgpm-loadmore"><a class="vgpm-loadmore__btn" href="%s" data-page="2" data-zone="%d" data-target="vgpm-cate-list">Xem thêm</a></div>
</div>""" % (esc(title), intro, lst, pager_html, more_href, zone)


def hot_tags():
    tags = [("dịch vụ công", SEARCH_URL), ("đất đai", "/tag/dat-dai.htm"), ("đầu tư công", "/tag/dau-tu-cong.htm"),
            ("bảo hiểm xã hội", "/tag/bao-hiem-xa-hoi.htm"), ("thi tốt nghiệp THPT", "/tag/thi-tot-nghiep-thpt.htm"),
            ("xâm nhập mặn", "/tag/xam-nhap-man.htm")]
    return '<div class="vgpm-hottags"><strong>Từ khóa nổi bật:</strong> %s</div>' % "".join(
        '<a href="%s">%s</a>' % (u, esc(t)) for t, u in tags)


def home():
    arts = by_date([a["key"] for a in ARTICLES])
    top, rest = arts[0], arts[1:]
    blocks = ['<section class="vgpm-box vgpm-home-top" style="border-top:0">%s</section>' % list_item(top, top=True),
              hot_tags(),
              '<section class="vgpm-box"><h2 class="vgpm-box__title">Tin nổi bật</h2>%s</section>' % "\n".join(list_item(a) for a in rest[:6]),
              ad(51005, "300x250")]
    csm = [a for a in by_date() if a["cat"] == "chinh-sach-moi"][:4]
    blocks.append('<section class="vgpm-box"><h2 class="vgpm-box__title"><a href="/chinh-sach-moi.htm">Chính sách mới</a></h2>%s</section>'
                  % "\n".join(list_item(a, sapo=False) for a in csm))
    blocks.append('<section class="vgpm-box"><h2 class="vgpm-box__title"><a href="/anh.htm">Ảnh</a></h2>%s</section>'
                  % list_item(ALL["a02"], top=True))
    blocks.append("""<section class="vgpm-box vgpm-stream" id="vgpm-stream">
    <h2 class="vgpm-box__title"><a href="/tin-moi.htm">Tin mới</a></h2>
    <div class="vgpm-stream__list" id="vgpm-stream-list">
%s
    </div>
    <div class="vgpm-loadmore"><a class="vgpm-loadmore__btn" href="/tin-moi/trang-2.htm" data-page="2" data-zone="0" data-target="vgpm-stream-list">Xem thêm</a></div>
</section>""" % "\n".join(list_item(a) for a in rest[6:]))
    blocks.append(most_read())
    return page("%s - Tin tức Chính phủ, chính sách mới" % SITE_NAME, "\n".join(blocks), "/", ptype="home", zone=0)


def tin_moi(pageno):
    arts = [a for a in by_date() if a["key"] != SOFT404]
    per = 8
    items = arts[(pageno - 1) * per: pageno * per]
    pager = ['<div class="vgpm-pager">']
    for i in (1, 2, 3):
        href = "/tin-moi.htm" if i == 1 else "/tin-moi/trang-%d.htm" % i
        pager.append('<span class="is-current">%d</span>' % i if i == pageno else '<a href="%s">%d</a>' % (href, i))
    pager.append('<a href="/tin-moi/trang-%d.htm" class="next">Trang sau</a></div>' % (pageno + 1))
    path = "/tin-moi.htm" if pageno == 1 else "/tin-moi/trang-%d.htm" % pageno
    title = "Tin mới" if pageno == 1 else "Tin mới - Trang %d" % pageno
    body = listing_body("Tin mới", items, "".join(pager), "/tin-moi/trang-%d.htm" % (pageno + 1), 0) + most_read()
    return path, page("%s | %s" % (title, SITE_NAME), body, path, ptype="list", zone=0, body_cls="vgpm-page--list")


def chinh_sach_moi():
    items = [a for a in by_date() if a["cat"] == "chinh-sach-moi"]
    pager = ('<div class="vgpm-pager"><span class="is-current">1</span><a href="/chinh-sach-moi/trang-2.htm">2</a>'
             '<a href="/chinh-sach-moi/trang-3.htm">3</a><a href="/chinh-sach-moi/trang-2.htm" class="next">Trang sau</a></div>')
    subs = '<nav class="vgpm-hottags">%s</nav>' % "".join('<a href="%s">%s</a>' % (u, esc(n)) for u, n in MENU[2][2])
    body = listing_body("Chính sách mới", items, pager, "/chinh-sach-moi/trang-2.htm", 1001, subs) + stream(n=6) + most_read()
    return page("Chính sách mới | %s" % SITE_NAME, body, "/chinh-sach-moi.htm", ptype="list", zone=1001,
                body_cls="vgpm-page--list", active_cat="chinh-sach-moi")


def static_page(path, title, inner, ptype="static"):
    body = '<div class="vgpm-page-static">%s</div>' % inner + stream(n=6) + most_read()
    return page("%s | %s" % (title, SITE_NAME), body, path, ptype=ptype, body_cls="vgpm-page--static")


def gioi_thieu():
    inner = """<h1>Giới thiệu</h1>
<p>%(site)s là phiên bản thử nghiệm dành cho thiết bị di động của một cơ quan báo chí điện tử thông tin về hoạt động của Chính phủ, người đứng đầu Chính phủ và các thành viên Chính phủ.</p>
<p>Báo có nhiệm vụ thông tin kịp thời, chính xác các chủ trương, chính sách, văn bản quy phạm pháp luật mới; phản ánh tình hình thực hiện chính sách ở các bộ, ngành, địa phương và tiếp nhận ý kiến của người dân, doanh nghiệp.</p>
<h2 class="fs-18 mt-16 mb-8">Cơ cấu tổ chức</h2>
<ul class="mb-16">
<li>Ban Thời sự</li><li>Ban Chính sách</li><li>Ban Kinh tế</li><li>Ban Xã hội - Địa phương</li><li>Ban Ảnh - Video</li><li>Ban Thư ký tòa soạn</li><li>Phòng Kỹ thuật - Công nghệ</li><li>Phòng Hành chính - Trị sự</li>
</ul>
<h2 class="fs-18 mt-16 mb-8">Ban Biên tập</h2>
<p>Tổng Biên tập: Trần Quốc Minh</p>
<p>Phó Tổng Biên tập: Lê Thị Hồng Vân, Nguyễn Đức Toàn</p>
<p>Mọi ý kiến đóng góp xin gửi về địa chỉ thư điện tử bandoc@baochinhphu-demo.vn hoặc qua trang <a href="/gop-y.htm">Gửi ý kiến</a>.</p>""" % dict(site=SITE_NAME)
    return static_page("/gioi-thieu.htm", "Giới thiệu", inner)


def lien_he():
    units = [
        ("Tòa soạn", "Tầng 6, số 27 phố Hoa Lan, quận Ba Đình, Hà Nội", "024.3822.0000", "toasoan@baochinhphu-demo.vn"),
        ("Ban Thư ký tòa soạn", "Tầng 6, số 27 phố Hoa Lan, quận Ba Đình, Hà Nội", "024.3822.0011", "thuky@baochinhphu-demo.vn"),
        ("Ban Chính sách", "Tầng 5, số 27 phố Hoa Lan, quận Ba Đình, Hà Nội", "024.3822.0022", "chinhsach@baochinhphu-demo.vn"),
        ("Phòng Quảng cáo - Truyền thông", "Tầng 3, số 27 phố Hoa Lan, quận Ba Đình, Hà Nội", "024.3822.0033", "quangcao@baochinhphu-demo.vn"),
        ("Văn phòng đại diện phía Nam", "Số 15 đường Cây Sao, Quận 3, TP. Hồ Chí Minh", "028.3930.0044", "phianam@baochinhphu-demo.vn"),
        ("Văn phòng đại diện miền Trung", "Số 8 đường Hải Đăng, quận Hải Châu, Đà Nẵng", "0236.382.0055", "mientrung@baochinhphu-demo.vn"),
    ]
    dl = "".join("<dt>%s</dt><dd>Địa chỉ: %s</dd><dd>Điện thoại: %s</dd><dd>Email: %s</dd>" % (esc(n), esc(ad_), t, e)
                 for n, ad_, t, e in units)
    inner = '<h1>Liên hệ</h1><p>Thông tin liên hệ các đơn vị của %s:</p><dl class="vgpm-contact">%s</dl>' % (SITE_NAME, dl)
    return static_page("/lien-he.htm", "Liên hệ", inner, "contact")


def gop_y():
    inner = """<h1>Gửi ý kiến</h1>
<p>Bạn đọc gửi ý kiến, câu hỏi về chính sách hoặc phản ánh thông tin tới Ban Biên tập qua mẫu dưới đây. Các trường có dấu (*) là bắt buộc.</p>
<form class="vgpm-form" action="/gop-y.htm" method="post" id="vgpm-feedback">
<input type="hidden" name="__token" value="a9f3c1d27e5b">
<label for="fb-name">Họ và tên (*)</label><input id="fb-name" name="hoten" type="text" required>
<label for="fb-email">Email (*)</label><input id="fb-email" name="email" type="email" required>
<label for="fb-phone">Điện thoại</label><input id="fb-phone" name="dienthoai" type="tel">
<label for="fb-addr">Địa chỉ</label><input id="fb-addr" name="diachi" type="text">
<label for="fb-topic">Lĩnh vực</label><select id="fb-topic" name="linhvuc"><option value="">-- Chọn lĩnh vực --</option><option value="1">Chính sách, pháp luật</option><option value="2">Kinh tế</option><option value="3">Xã hội</option><option value="4">Khác</option></select>
<label for="fb-title">Tiêu đề (*)</label><input id="fb-title" name="tieude" type="text" required>
<label for="fb-body">Nội dung (*)</label><textarea id="fb-body" name="noidung" required></textarea>
<label for="fb-file">Tệp đính kèm</label><input id="fb-file" name="tep" type="file">
<label for="fb-cap">Mã xác nhận (*)</label><input id="fb-cap" name="captcha" type="text" required><img src="/captcha.ashx?w=120&amp;h=36" alt="Mã xác nhận" width="120" height="36">
<button class="vgpm-btn" type="submit">Gửi ý kiến</button>
</form>"""
    return static_page("/gop-y.htm", "Gửi ý kiến", inner, "form")


def dang_nhap():
    inner = """<h1>Đăng nhập</h1>
<form class="vgpm-form" action="/dang-nhap.htm" method="post" id="vgpm-login">
<input type="hidden" name="returnUrl" value="/">
<label for="lg-user">Tên đăng nhập hoặc email</label><input id="lg-user" name="username" type="text" autocomplete="username">
<label for="lg-pass">Mật khẩu</label><input id="lg-pass" name="password" type="password" autocomplete="current-password">
<label><input type="checkbox" name="remember" value="1" style="width:auto"> Ghi nhớ đăng nhập</label>
<button class="vgpm-btn" type="submit">Đăng nhập</button>
</form>
<p class="mt-16"><a href="/quen-mat-khau.htm" rel="nofollow">Quên mật khẩu?</a> · <a href="/dang-ky.htm" rel="nofollow">Đăng ký tài khoản</a></p>"""
    return static_page("/dang-nhap.htm", "Đăng nhập", inner, "login")


def so_do_trang():
    items = []
    for u, n, subs in MENU[1:]:
        sub = ("<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (su, esc(sn)) for su, sn in subs)) if subs else ""
        items.append('<li><a href="%s">%s</a>%s</li>' % (u, esc(n), sub))
    items.append('<li><a href="/gioi-thieu.htm">Giới thiệu</a><ul><li><a href="/lien-he.htm">Liên hệ</a></li>'
                 '<li><a href="/gop-y.htm">Gửi ý kiến</a></li><li><a href="/rss/home.rss">RSS</a></li></ul></li>')
    inner = '<h1>Sơ đồ trang</h1><ul class="vgpm-sitemap">%s</ul>' % "".join(items)
    return static_page("/so-do-trang.htm", "Sơ đồ trang", inner, "sitemap")


def tim_kiem():
    res = [ALL[k] for k in ("a07", "a05", "a08")]
    inner = """<h1>Tìm kiếm</h1>
<form class="vgpm-form" action="/tim-kiem.htm" method="get"><input type="text" name="keywords" value="%s" placeholder="Tìm kiếm tin tức"><button class="vgpm-btn" type="submit">Tìm kiếm</button></form>
<p class="vgpm-search__sum mt-12">Tìm thấy %d kết quả cho từ khóa “%s”</p>
<div class="vgpm-search__list">%s</div>
<div class="vgpm-pager"><span class="is-current">1</span></div>""" % (esc(SEARCH_KW), len(res), esc(SEARCH_KW), "\n".join(list_item(a) for a in res))
    body = '<div class="vgpm-page-static">%s</div>' % inner + stream(n=6) + most_read()
    return page("Tìm kiếm: %s | %s" % (SEARCH_KW, SITE_NAME), body, SEARCH_URL, ptype="search", body_cls="vgpm-page--search")


def soft404():
    x = ALL[SOFT404]
    inner = """<div class="vgpm-notfound">
<div class="vgpm-notfound__code">404</div>
<h1 class="fs-20 mt-12">Không tìm thấy nội dung</h1>
<p>Đường dẫn bạn truy cập không tồn tại hoặc bài viết đã được gỡ bỏ.</p>
<p>Mời bạn quay lại trang chủ hoặc tìm kiếm tin tức khác.</p>
<a class="vgpm-notfound__home" href="/">Về trang chủ</a>
</div>"""
    body = inner + stream(n=8) + most_read()
    return x["path"], page("Không tìm thấy trang | %s" % SITE_NAME, body, x["path"], ptype="error", body_cls="vgpm-page--404")


# ---------------------------------------------------------------------------

def write(name, url_path, html, kind, expected=None):
    (OUT / (name + ".html")).write_bytes(html.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / (name + ".json")).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    (OUT / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "vccorp", "template": "vgpmobile",
                                               "held_out": True}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for a in ARTICLES:
        html, exp = render_article(a)
        write("%s-%s" % (a["key"], a["slug"][:40].rstrip("-")), a["path"], html, "article", exp)
    write("home", "/", home(), "listing")
    for n in (1, 2):
        path, html = tin_moi(n)
        write("tin-moi-%d" % n, path, html, "listing")
    write("chinh-sach-moi", "/chinh-sach-moi.htm", chinh_sach_moi(), "listing")
    write("gioi-thieu", "/gioi-thieu.htm", gioi_thieu(), "static")
    write("lien-he", "/lien-he.htm", lien_he(), "contact")
    write("gop-y", "/gop-y.htm", gop_y(), "form")
    write("dang-nhap", "/dang-nhap.htm", dang_nhap(), "login")
    write("so-do-trang", "/so-do-trang.htm", so_do_trang(), "sitemap")
    write("tim-kiem", SEARCH_URL, tim_kiem(), "search")
    path, html = soft404()
    write("soft404-tiep-cong-dan", path, html, "soft_404")


if __name__ == "__main__":
    main()
