"""Generate the huecit/egov2020 held-out variant mini-site.

    python tests/variants/huecit/egov2020/make.py

Writes <page>.html and <page>.json next to this file. The truth of every article is
computed from the same block data that renders its HTML. All text is invented.
"""

from __future__ import annotations

import base64
import html
import json
import random
import unicodedata
from datetime import date
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
HOST = "https://phuvang.thuathienhue.gov.vn"
GD = 7
SITE_NAME = "Trang thông tin điện tử huyện Phú Vang"
TODAY = date(2024, 4, 24)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

CATS = {
    82: "Tin tức - Sự kiện",
    83: "Kinh tế - Nông nghiệp",
    84: "Văn hóa - Xã hội",
    85: "Thông báo",
    86: "Cải cách hành chính",
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def frag_text(fragment: str) -> str:
    el = lxml.html.fragment_fromstring("<div>" + fragment + "</div>")
    return norm(el.text_content())


def art_url(cn: int, tc: int, order: str = "gct") -> str:
    if order == "cgt":
        return f"/?cn={cn}&gd={GD}&tc={tc}"
    return f"/?gd={GD}&cn={cn}&tc={tc}"


def ddmmyyyy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def img_path(d: date, name: str) -> str:
    return f"/UploadFiles/TinTuc/{d.year}/{d.month}/{d.day}/{name}"


# ---------------------------------------------------------------------------
# Articles. Body blocks:
#   ("p", html)                 paragraph (inline markup allowed)        -> text
#   ("pbr", [html, ...])        one <p> with <br /> lines                -> one paragraph per line
#   ("ul"|"ol", [html, ...])    list                                     -> one paragraph per item
#   ("table", [[cell, ...]])    data table                                -> "a | b | c" per row
#   ("blank",)                  <p>&nbsp;</p>
#   ("img_table", file, caption_html, caption, credit)
#   ("figure", file, caption_html, caption, credit)
#   ("img_em", file, caption_html, caption, credit)
#   ("img", file)               photo without caption
#   ("related", [(title, href), ...])   related box inside the body
#   ("sign", html)              right-aligned closing line (signature / source)
#   ("attach", [(name, href), ...])     attachment list inside the body
# ---------------------------------------------------------------------------

ARTICLES = [
    dict(
        slug="a01_tong_ket_cchc", cn=86, tc=31208, d=date(2024, 2, 21),
        date_html="Ngày cập nhật 21/02/2024", date_label="Ngày cập nhật",
        published="2024-02-21T00:00:00+07:00", updated=None,
        title="Phú Vang tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024",
        lead_style="sapo", prefix=None,
        lead="Năm 2023, chỉ số cải cách hành chính của huyện tiếp tục được cải thiện; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%, nhiều mô hình tiếp nhận và trả kết quả tại nhà được người dân đánh giá cao.",
        blocks=[
            ("p", "Sáng ngày 19/02/2024, UBND huyện Phú Vang tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2023 và triển khai nhiệm vụ năm 2024. Tham dự hội nghị có đại diện Sở Nội vụ, lãnh đạo các phòng, ban chuyên môn thuộc huyện và Chủ tịch UBND các xã, thị trấn."),
            ("img_table", "tongketcchc2023_1.jpg", "Ông Trần Quang Lộc, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị. Ảnh: Văn Dũng",
             "Ông Trần Quang Lộc, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị.", "Ảnh: Văn Dũng"),
            ("p", "Theo báo cáo, trong năm qua Bộ phận tiếp nhận và trả kết quả của huyện đã tiếp nhận 18.462 hồ sơ, trong đó có 11.907 hồ sơ nộp trực tuyến, chiếm tỷ lệ 64,5%. Số hồ sơ giải quyết đúng và trước hạn đạt 99,2%; không có hồ sơ tồn đọng kéo dài. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện thường xuyên tại cả cấp huyện và cấp xã."),
            ("p", "Công tác rà soát, đơn giản hóa thủ tục hành chính được chú trọng. Huyện đã đề xuất cắt giảm thời gian giải quyết đối với 14 thủ tục thuộc lĩnh vực đất đai, hộ tịch và đăng ký kinh doanh; đồng thời duy trì mô hình &ldquo;Thứ Bảy cùng dân&rdquo; tại 6 xã ven biển, đầm phá."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp, một số cán bộ một cửa cấp xã chưa thành thạo phần mềm; việc cập nhật, công khai thủ tục hành chính tại một vài địa phương còn chậm."),
            ("p", "Phát biểu chỉ đạo, Phó Chủ tịch UBND huyện Trần Quang Lộc yêu cầu các cơ quan, đơn vị tập trung nâng cao chất lượng dịch vụ công trực tuyến toàn trình, tăng cường kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính và gắn kết quả CCHC với việc đánh giá, xếp loại cán bộ cuối năm."),
            ("p", "Dịp này, UBND huyện đã tặng giấy khen cho 5 tập thể và 9 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2023."),
            ("blank",),
            ("sign", "<strong>Văn phòng HĐND và UBND huyện</strong>"),
        ],
        authors=[], unit="Văn phòng HĐND và UBND huyện",
        title_tag="Phú Vang tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024 - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a02_thu_ngan_sach", cn=83, tc=31296, d=date(2024, 4, 8),
        date_html="Ngày cập nhật: 08/04/2024", date_label="Ngày cập nhật",
        published="2024-04-08T00:00:00+07:00", updated=None,
        title="Thu ngân sách quý I/2024 đạt gần 31% dự toán năm",
        lead_style="sapo", prefix="(CTTĐT) -",
        lead="Nhờ nguồn thu từ đấu giá quyền sử dụng đất và thuế ngoài quốc doanh tăng khá, tổng thu ngân sách trên địa bàn huyện trong quý I đạt kết quả tích cực so với cùng kỳ.",
        blocks=[
            ("p", "Theo số liệu của Phòng Tài chính - Kế hoạch huyện, tính đến hết ngày 31/3/2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 86,4 tỷ đồng, bằng 30,8% dự toán tỉnh giao và tăng 12,6% so với cùng kỳ năm trước."),
            ("p", "Kết quả cụ thể một số khoản thu chủ yếu như sau:"),
            ("table", [
                ["TT", "Nội dung thu", "Dự toán năm 2024 (triệu đồng)", "Thực hiện quý I (triệu đồng)", "Tỷ lệ (%)"],
                ["1", "Thu từ khu vực ngoài quốc doanh", "62.000", "17.850", "28,8"],
                ["2", "Lệ phí trước bạ", "21.500", "6.120", "28,5"],
                ["3", "Thuế thu nhập cá nhân", "9.800", "2.940", "30,0"],
                ["4", "Thu tiền sử dụng đất", "165.000", "52.300", "31,7"],
                ["5", "Thu khác ngân sách", "22.200", "7.190", "32,4"],
                ["", "Tổng cộng", "280.500", "86.400", "30,8"],
            ]),
            ("p", "Về chi ngân sách, các đơn vị đã thực hiện chi đúng dự toán, bảo đảm kinh phí cho hoạt động thường xuyên, chi trả chế độ cho các đối tượng chính sách và kinh phí tổ chức Tết Nguyên đán Giáp Thìn. Chi đầu tư phát triển tập trung cho các công trình chuyển tiếp và công trình trọng điểm về giao thông nông thôn."),
            ("p", "Trong quý II, ngành tài chính huyện tiếp tục phối hợp với Chi cục Thuế khu vực rà soát nguồn thu, đôn đốc thu hồi nợ đọng thuế và đẩy nhanh tiến độ các phiên đấu giá đất ở đã được phê duyệt phương án, phấn đấu hoàn thành trên 55% dự toán trong 6 tháng đầu năm."),
            ("sign", "<strong>Phòng Tài chính - Kế hoạch</strong>"),
        ],
        authors=[], unit="Phòng Tài chính - Kế hoạch",
        title_tag="Thu ngân sách quý I/2024 đạt gần 31% dự toán năm - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a03_lam_sach_bo_bien", cn=84, tc=31288, d=date(2024, 4, 7),
        date_html="Ngày cập nhật 7/4/2024", date_label="Ngày cập nhật",
        published="2024-04-07T00:00:00+07:00", updated=None,
        title="Hàng trăm đoàn viên thanh niên ra quân làm sạch bờ biển Phú Diên",
        lead_style="sapo", prefix="TTH.VN -",
        lead="Sáng 6/4, Huyện đoàn Phú Vang phối hợp với UBND xã Phú Diên tổ chức chương trình “Chủ nhật xanh” thu gom rác thải dọc bờ biển, hưởng ứng Tháng hành động vì môi trường.",
        blocks=[
            ("p", "Hơn 300 đoàn viên, thanh niên, hội viên phụ nữ và người dân địa phương đã tham gia thu gom rác thải nhựa, lưới cũ và các loại phế liệu trôi dạt trên chiều dài gần 3 km bờ biển từ thôn Thanh Mỹ đến thôn Kế Sung. Sau hơn hai giờ làm việc, lực lượng tham gia đã thu gom được khoảng 4 tấn rác các loại."),
            ("figure", "lamsachbobien_1.jpg", "Đoàn viên thanh niên thu gom rác thải trên bờ biển xã Phú Diên. Ảnh: Hà Nguyên",
             "Đoàn viên thanh niên thu gom rác thải trên bờ biển xã Phú Diên.", "Ảnh: Hà Nguyên"),
            ("p", "Theo Bí thư Huyện đoàn, vào mùa gió Tây Nam, lượng rác trôi dạt vào bờ tăng nhanh, ảnh hưởng đến cảnh quan và hoạt động du lịch cộng đồng mà địa phương đang xây dựng. Chương trình không chỉ góp phần làm sạch môi trường mà còn nhằm thay đổi thói quen xả rác của một bộ phận người dân và du khách."),
            ("related", [
                ("Phú Vang phát động phong trào chống rác thải nhựa năm 2024", art_url(84, 31102)),
                ("Xã Vinh Thanh ra mắt mô hình phân loại rác tại nguồn", art_url(84, 31177)),
            ]),
            ("p", "Tại buổi ra quân, Huyện đoàn đã trao tặng 20 thùng đựng rác và 500 túi vải cho các hộ kinh doanh dịch vụ ven biển; đồng thời ra mắt tổ thanh niên tình nguyện tự quản bảo vệ môi trường với 25 thành viên, duy trì hoạt động thu gom vào sáng chủ nhật hằng tuần."),
            ("p", "Dịp này, các đơn vị tham gia cũng đã trồng 150 cây phi lao chắn cát tại khu vực đồi cát ven biển đã được quy hoạch phục hồi rừng phòng hộ."),
            ("sign", "<strong>Hà Nguyên</strong>"),
            ("sign", "<em>Nguồn: Báo Thừa Thiên Huế</em>"),
        ],
        authors=["Hà Nguyên"], unit="Báo Thừa Thiên Huế",
        title_tag="Hàng trăm đoàn viên thanh niên ra quân làm sạch bờ biển Phú Diên - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a04_phong_dich_gia_suc", cn=83, tc=31279, d=date(2024, 4, 2),
        date_html="Ngày đăng: 02/04/2024 | Ngày cập nhật: 04/04/2024", date_label="Ngày đăng",
        published="2024-04-02T00:00:00+07:00", updated="2024-04-04T00:00:00+07:00",
        title="Chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024",
        lead_style=None, prefix=None, lead=None,
        blocks=[
            ("p", "UBND huyện vừa ban hành kế hoạch phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024 nhằm chủ động ngăn chặn các bệnh nguy hiểm như dịch tả lợn châu Phi, cúm gia cầm, lở mồm long móng và viêm da nổi cục trên trâu, bò."),
            ("img_em", "tiemphong_giacam.jpg", "Cán bộ thú y xã Phú Hồ tiêm phòng cho đàn gà của hộ chăn nuôi",
             "Cán bộ thú y xã Phú Hồ tiêm phòng cho đàn gà của hộ chăn nuôi", None),
            ("p", "Theo kế hoạch, toàn huyện tổ chức hai đợt tiêm phòng chính trong năm, đợt 1 từ tháng 4 đến tháng 5 và đợt 2 từ tháng 9 đến tháng 10; ngoài ra thực hiện tiêm bổ sung hằng tháng đối với gia súc, gia cầm mới phát sinh. Mục tiêu đặt ra là tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm."),
            ("p", "Để thực hiện hiệu quả, UBND huyện yêu cầu các xã, thị trấn tập trung triển khai các nội dung sau:"),
            ("ul", [
                "Rà soát, thống kê chính xác tổng đàn gia súc, gia cầm đến từng hộ chăn nuôi để xây dựng kế hoạch tiêm phòng sát thực tế;",
                "Tổ chức phun thuốc tiêu độc, khử trùng môi trường chăn nuôi, chợ buôn bán gia súc, gia cầm ít nhất một lần mỗi tháng;",
                "Kiểm soát chặt chẽ việc vận chuyển, giết mổ; xử lý nghiêm các trường hợp mua bán, vứt xác động vật chết ra môi trường;",
                "Tuyên truyền để người chăn nuôi áp dụng biện pháp an toàn sinh học và chủ động khai báo khi phát hiện vật nuôi có dấu hiệu bệnh.",
            ]),
            ("p", "Trung tâm Dịch vụ nông nghiệp huyện có trách nhiệm cung ứng đủ vắc xin, tập huấn cho đội ngũ thú y cơ sở và theo dõi, tổng hợp tình hình dịch bệnh, báo cáo UBND huyện định kỳ vào ngày 25 hằng tháng."),
            ("sign", "<strong>Phòng Nông nghiệp và PTNT</strong>"),
        ],
        authors=[], unit="Phòng Nông nghiệp và PTNT",
        title_tag="Chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024 - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a05_lich_tiep_cong_dan", cn=85, tc=31320, d=date(2024, 4, 23), order="cgt",
        date_html="Ngày cập nhật 23/04/2024", date_label="Ngày cập nhật",
        published="2024-04-23T00:00:00+07:00", updated=None,
        title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 5/2024",
        lead_style=None, prefix=None, lead=None,
        blocks=[
            ("p", "Thực hiện Luật Tiếp công dân, UBND huyện Phú Vang thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện trong tháng 5/2024 như sau:"),
            ("pbr", [
                "<strong>Thời gian:</strong> 7 giờ 30, ngày 15/5/2024.",
                "<strong>Địa điểm:</strong> Trụ sở Tiếp công dân huyện, thị trấn Phú Đa.",
            ]),
            ("p", "Công dân đến liên hệ mang theo giấy tờ tùy thân và hồ sơ, tài liệu liên quan."),
            ("attach", [
                ("TB_186-UBND_lich_tiep_cong_dan_T5.pdf", "/UploadFiles/TinTuc/2024/4/23/TB_186-UBND_lich_tiep_cong_dan_T5.pdf"),
            ]),
        ],
        authors=[], unit=None,
        title_tag="Thông báo - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a06_le_hoi_cau_ngu", cn=84, tc=31305, d=date(2024, 4, 15),
        date_html="Cập nhật: 15/04/2024 09:30", date_label="Cập nhật",
        published="2024-04-15T09:30:00+07:00", updated=None,
        title="Sôi nổi Lễ hội cầu ngư làng biển Vinh Thanh",
        lead_style="bold_p", prefix=None,
        lead="Trong hai ngày 13 và 14/4, người dân làng biển Vinh Thanh tổ chức Lễ hội cầu ngư truyền thống, cầu mong mưa thuận gió hòa, ra khơi bình an, tôm cá đầy khoang.",
        blocks=[
            ("p", "Phần lễ được cử hành trang nghiêm tại miếu Ông Nam Hải với các nghi thức tế Thần Nam Hải, rước sắc và cúng tế các bậc tiền hiền có công khai canh lập làng. Các bô lão trong làng đại diện cho bà con ngư dân dâng hương, đọc văn tế bày tỏ lòng biết ơn trời đất, biển cả."),
            ("figure", "lehoicaungu_1.jpg", "Nghi thức rước sắc từ đình làng ra miếu Ông Nam Hải",
             "Nghi thức rước sắc từ đình làng ra miếu Ông Nam Hải", None),
            ("p", "Phần hội diễn ra sôi nổi với nhiều trò chơi dân gian như đua thuyền thúng, kéo co trên cát, bắt vịt dưới nước và hát bả trạo. Đặc biệt, tiết mục hát bả trạo do đội chèo của thôn biểu diễn đã thu hút đông đảo người dân và du khách đến xem, cổ vũ."),
            ("p", "Ông Nguyễn Văn Hưng, Trưởng ban tổ chức lễ hội cho biết, lễ hội được duy trì đều đặn hằng năm vào dịp đầu mùa đánh bắt cá Nam. Năm nay, ban tổ chức chú trọng việc giữ gìn các nghi thức cổ, đồng thời vận động bà con giữ vệ sinh môi trường, không sử dụng đồ nhựa dùng một lần trong suốt thời gian diễn ra lễ hội."),
            ("img_em", "lehoicaungu_2.jpg", "Đua thuyền thúng thu hút nhiều ngư dân trẻ tham gia (Ảnh: Minh Tâm)",
             "Đua thuyền thúng thu hút nhiều ngư dân trẻ tham gia", "Ảnh: Minh Tâm"),
            ("p", "Lễ hội cầu ngư là nét sinh hoạt văn hóa tín ngưỡng đặc sắc của cư dân ven biển, góp phần gắn kết cộng đồng và quảng bá hình ảnh quê hương Phú Vang đến với du khách gần xa."),
            ("sign", "<strong>Minh Tâm</strong>"),
        ],
        authors=["Minh Tâm"], unit=None,
        title_tag="Sôi nổi Lễ hội cầu ngư làng biển Vinh Thanh - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a07_nong_thon_moi", cn=83, tc=31226, d=date(2024, 3, 12),
        date_html="Ngày cập nhật 12/03/2024", date_label="Ngày cập nhật",
        published="2024-03-12T00:00:00+07:00", updated=None,
        title="Triển khai nhiệm vụ xây dựng nông thôn mới nâng cao, kiểu mẫu năm 2024",
        lead_style="sapo", prefix=None,
        lead="Năm 2024, huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao và 4 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
        blocks=[
            ("p", "Ngày 10.3, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện tổ chức hội nghị triển khai nhiệm vụ xây dựng nông thôn mới năm 2024. Hội nghị được kết nối trực tuyến đến điểm cầu của 17 xã, thị trấn."),
            ("img_table", "nongthonmoi2024.jpg", "Quang cảnh hội nghị tại điểm cầu huyện",
             "Quang cảnh hội nghị tại điểm cầu huyện", None),
            ("p", "Đến nay, toàn huyện có 17/17 xã đạt chuẩn nông thôn mới, trong đó 6 xã đạt chuẩn nông thôn mới nâng cao; 11 thôn được công nhận đạt chuẩn nông thôn mới kiểu mẫu. Thu nhập bình quân đầu người khu vực nông thôn năm 2023 ước đạt 52,7 triệu đồng, tăng 4,1 triệu đồng so với năm trước."),
            ("p", "Trong năm 2024, huyện tập trung hoàn thiện các tiêu chí còn thiếu tại các xã Phú Mỹ, Phú Hồ; ưu tiên nguồn lực cho các tiêu chí về giao thông, môi trường và an toàn thực phẩm. Song song đó, huyện khuyến khích phát triển sản phẩm OCOP gắn với vùng nguyên liệu, phấn đấu có thêm ít nhất 5 sản phẩm đạt từ 3 sao trở lên."),
            ("p", "Phát biểu kết luận, Trưởng Ban Chỉ đạo đề nghị các địa phương phát huy vai trò chủ thể của người dân, tránh tư tưởng chạy theo thành tích; tiêu chí nào đã đạt cần tiếp tục duy trì, nâng cao chất lượng, nhất là các tiêu chí về cảnh quan, vệ sinh môi trường nông thôn."),
            ("sign", "<em>Nguồn: Phòng Nông nghiệp và PTNT</em>"),
        ],
        authors=[], unit="Phòng Nông nghiệp và PTNT",
        title_tag="Triển khai nhiệm vụ xây dựng nông thôn mới nâng cao, kiểu mẫu năm 2024 - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a08_hoi_khoe_phu_dong", cn=84, tc=31241, d=date(2024, 3, 18),
        date_html="Ngày cập nhật 18/03/2024", date_label="Ngày cập nhật",
        published="2024-03-18T00:00:00+07:00", updated=None,
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2023 - 2024",
        lead_style="sapo", prefix=None,
        lead="Hơn 900 vận động viên là học sinh của 42 trường tiểu học và trung học cơ sở trên địa bàn huyện tham gia tranh tài ở 7 môn thi đấu.",
        blocks=[
            ("p", "Hội khỏe Phù Đổng cấp huyện năm nay diễn ra từ ngày 16 đến 20/3/2024 tại Trung tâm Văn hóa - Thể thao huyện và sân vận động xã Phú Lương. Các môn thi đấu gồm điền kinh, bơi lội, cờ vua, cầu lông, bóng bàn, đá cầu và bóng đá mini."),
            ("figure", "hoikhoephudong_1.jpg", "Các vận động viên tranh tài ở nội dung chạy 100m nam.<br />Ảnh: Bảo Ngọc",
             "Các vận động viên tranh tài ở nội dung chạy 100m nam.", "Ảnh: Bảo Ngọc"),
            ("p", "Phát biểu khai mạc, lãnh đạo Phòng Giáo dục và Đào tạo nhấn mạnh, Hội khỏe là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, đồng thời phát hiện, bồi dưỡng các tài năng thể thao trẻ để tham gia Hội khỏe Phù Đổng cấp tỉnh."),
            ("p", "Ban tổ chức yêu cầu các đoàn chấp hành nghiêm điều lệ, thi đấu trung thực, đoàn kết; các trường cử cán bộ, giáo viên theo sát, bảo đảm an toàn cho học sinh trong suốt thời gian tham gia thi đấu, đặc biệt ở môn bơi lội."),
            ("p", "Kết thúc ngày thi đấu đầu tiên, đoàn Trường THCS Nguyễn Bỉnh Khiêm tạm dẫn đầu với 5 huy chương vàng ở môn điền kinh và cờ vua."),
        ],
        fields=dict(author="Lê Bảo Ngọc", source="Phòng Giáo dục và Đào tạo"),
        authors=["Lê Bảo Ngọc"], unit="Phòng Giáo dục và Đào tạo",
        title_tag="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2023 - 2024 - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a09_duong_ven_bien", cn=82, tc=31257, d=date(2024, 3, 26),
        date_html="Thứ Ba, 26/03/2024", date_label=None,
        published="2024-03-26T00:00:00+07:00", updated=None,
        title="Lãnh đạo tỉnh kiểm tra tiến độ dự án đường ven biển đoạn qua huyện Phú Vang",
        lead_style="sapo", prefix="(BTTH) –",
        lead="Chiều 25/3, đoàn công tác của UBND tỉnh đã kiểm tra thực địa và làm việc với huyện về công tác giải phóng mặt bằng dự án đường ven biển.",
        blocks=[
            ("p", "Đoạn tuyến qua địa bàn huyện dài khoảng 18 km, đi qua 5 xã. Đến nay, huyện đã bàn giao 14,2 km mặt bằng cho đơn vị thi công, đạt gần 79%; phần còn lại chủ yếu vướng mắc ở khâu xác định nguồn gốc đất và di dời mồ mả."),
            ("img", "duongvenbien_1.jpg"),
            ("p", "Tại buổi làm việc, đại diện chủ đầu tư cho biết, nhà thầu đã huy động hơn 120 thiết bị và 300 nhân công, triển khai thi công đồng loạt trên các mũi. Tuy nhiên, nguồn cát đắp nền đang khan hiếm, ảnh hưởng đến tiến độ chung."),
            ("img_table", "duongvenbien_2.jpg", "Đoàn công tác kiểm tra thực địa tại xã Phú Thuận (Ảnh: PV)",
             "Đoàn công tác kiểm tra thực địa tại xã Phú Thuận", "Ảnh: PV"),
            ("p", "Kết luận buổi kiểm tra, lãnh đạo UBND tỉnh đề nghị huyện tập trung hoàn thành bàn giao toàn bộ mặt bằng trước ngày 30/6/2024; kịp thời bố trí đất tái định cư, bảo đảm người dân có chỗ ở mới bằng hoặc tốt hơn nơi ở cũ. Các sở, ngành liên quan khẩn trương hướng dẫn thủ tục cấp phép khai thác mỏ vật liệu phục vụ dự án."),
            ("p", "Dự án đường ven biển được kỳ vọng sẽ tạo động lực phát triển kinh tế biển, du lịch và góp phần ứng phó với biến đổi khí hậu cho các địa phương vùng bãi ngang."),
            ("sign", "<em>Nguồn: Cổng Thông tin điện tử tỉnh</em>"),
        ],
        authors=[], unit="Cổng Thông tin điện tử tỉnh",
        title_tag="Tin tức - Sự kiện - Sở Tư pháp tỉnh Thừa Thiên Huế",
    ),
    dict(
        slug="a10_dvc_toan_trinh", cn=86, tc=31270, d=date(2024, 4, 1),
        date_html="Ngày cập nhật 01/04/2024", date_label="Ngày cập nhật", date_pos="bottom",
        published="2024-04-01T00:00:00+07:00", updated=None,
        title="Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến toàn trình tại cấp huyện",
        lead_style=None, prefix=None, lead=None,
        blocks=[
            ("p", "Từ tháng 4/2024, các tổ chức, cá nhân có thể nộp hồ sơ trực tuyến toàn trình đối với 126 thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện trên <a href=\"https://dichvucong.thuathienhue.gov.vn\" target=\"_blank\">Hệ thống thông tin giải quyết thủ tục hành chính tỉnh</a> mà không cần đến trụ sở cơ quan nhà nước."),
            ("p", "Để nộp hồ sơ, người dân thực hiện theo các bước:"),
            ("ol", [
                "Đăng nhập bằng tài khoản định danh điện tử VNeID mức độ 2 hoặc tài khoản Cổng Dịch vụ công quốc gia;",
                "Chọn cơ quan thực hiện là UBND huyện Phú Vang, tìm thủ tục cần nộp theo tên hoặc lĩnh vực;",
                "Điền thông tin vào tờ khai điện tử, đính kèm bản chụp hoặc bản điện tử các thành phần hồ sơ;",
                "Thanh toán phí, lệ phí trực tuyến (nếu có) và theo dõi trạng thái xử lý hồ sơ qua tin nhắn, thư điện tử.",
            ]),
            ("p", "Kết quả giải quyết được trả qua dịch vụ bưu chính công ích hoặc trả bản điện tử vào kho dữ liệu của công dân trên hệ thống. Trường hợp cần hỗ trợ, người dân liên hệ Bộ phận tiếp nhận và trả kết quả huyện qua số điện thoại 0234.3861&nbsp;125 trong giờ hành chính."),
            ("sign", "<strong>Thanh Hương - Văn phòng HĐND và UBND huyện</strong>"),
        ],
        authors=["Thanh Hương"], unit="Văn phòng HĐND và UBND huyện",
        title_tag="Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến toàn trình tại cấp huyện - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a11_nha_dai_doan_ket", cn=84, tc=31263, d=date(2024, 3, 29),
        date_html="Ngày cập nhật 29/03/2024", date_label="Ngày cập nhật",
        published="2024-03-29T00:00:00+07:00", updated=None,
        title="Bàn giao 12 ngôi nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn",
        lead_style="sapo", prefix=None,
        lead="Từ nguồn Quỹ “Vì người nghèo” các cấp và sự chung tay của các nhà hảo tâm, 12 hộ gia đình ở 6 xã đã có nhà ở mới kiên cố, an toàn trước mùa mưa bão.",
        blocks=[
            ("p", "Trong tuần qua, Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp với chính quyền các xã tổ chức bàn giao 12 ngôi nhà Đại đoàn kết cho các hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh đặc biệt khó khăn về nhà ở. Mỗi ngôi nhà có diện tích từ 40 đến 60 m², tổng kinh phí xây dựng hơn 1,1 tỷ đồng."),
            ("p", "Trong đó, Quỹ &ldquo;Vì người nghèo&rdquo; huyện hỗ trợ 50 triệu đồng mỗi nhà; phần còn lại do gia đình đối ứng, cùng với sự giúp đỡ ngày công của bà con lối xóm, đoàn viên thanh niên và lực lượng dân quân địa phương."),
            ("img_table", "nhadaidoanket_1.jpg", "Lãnh đạo huyện trao quyết định hỗ trợ xây nhà cho gia đình bà Hồ Thị Lài ở xã Phú Đa. Ảnh: Ngọc Hân",
             "Lãnh đạo huyện trao quyết định hỗ trợ xây nhà cho gia đình bà Hồ Thị Lài ở xã Phú Đa.", "Ảnh: Ngọc Hân"),
            ("p", "Bà Hồ Thị Lài, 68 tuổi, sống một mình trong căn nhà tạm nhiều năm xuống cấp, xúc động chia sẻ: &ldquo;Mỗi mùa mưa bão tôi phải sang nhà hàng xóm ở nhờ. Nay có nhà mới chắc chắn, tôi yên tâm lắm&rdquo;."),
            ("p", "Tại xã Vinh Xuân, gia đình anh Lê Văn Tình có hai con nhỏ, vợ thường xuyên đau ốm, cũng vừa được nhận ngôi nhà mới. Anh Tình cho biết sẽ cố gắng làm ăn, sớm vươn lên thoát nghèo để không phụ lòng cộng đồng đã giúp đỡ."),
            ("figure", "nhadaidoanket_2.jpg", "Ngôi nhà mới của gia đình anh Lê Văn Tình ở xã Vinh Xuân",
             "Ngôi nhà mới của gia đình anh Lê Văn Tình ở xã Vinh Xuân", None),
            ("p", "Theo Ủy ban MTTQ Việt Nam huyện, giai đoạn 2021 - 2023, toàn huyện đã xây mới và sửa chữa 186 nhà Đại đoàn kết với tổng kinh phí hơn 9 tỷ đồng. Năm 2024, huyện tiếp tục vận động nguồn lực để hỗ trợ thêm 30 nhà, ưu tiên các hộ ở vùng thường xuyên bị ngập lụt, sạt lở."),
            ("img", "nhadaidoanket_3.jpg"),
            ("p", "Chương trình góp phần thực hiện hiệu quả mục tiêu giảm nghèo bền vững, bảo đảm an sinh xã hội trên địa bàn, thể hiện tinh thần &ldquo;lá lành đùm lá rách&rdquo; của nhân dân trong huyện."),
            ("sign", "<strong>Ủy ban MTTQ Việt Nam huyện</strong>"),
        ],
        authors=[], unit="Ủy ban MTTQ Việt Nam huyện",
        title_tag="Bàn giao 12 ngôi nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn - Trang thông tin điện tử huyện Phú Vang",
    ),
    dict(
        slug="a12_dau_gia_tai_san", cn=85, tc=31311, d=date(2024, 4, 16), order="cgt",
        date_html="Ngày cập nhật 16/04/2024", date_label="Ngày cập nhật",
        published="2024-04-16T00:00:00+07:00", updated=None,
        title="Thông báo lựa chọn tổ chức đấu giá quyền sử dụng đất tại xã Phú Mỹ",
        lead_style=None, prefix=None, lead=None,
        blocks=[
            ("p", "Trung tâm Phát triển quỹ đất huyện Phú Vang thông báo lựa chọn tổ chức hành nghề đấu giá tài sản để thực hiện đấu giá quyền sử dụng đất đối với 24 lô đất ở tại khu quy hoạch dân cư thôn Mong A, xã Phú Mỹ."),
            ("p", "Tổng giá khởi điểm dự kiến: 19.640.000.000 đồng. Tổ chức đấu giá quan tâm nộp hồ sơ trực tiếp hoặc qua đường bưu chính trong thời hạn 05 ngày làm việc kể từ ngày đăng thông báo. Tiêu chí lựa chọn và thành phần hồ sơ được nêu chi tiết trong văn bản đính kèm."),
        ],
        attach_after=[
            ("TB_42-TTPTQD_lua_chon_to_chuc_dau_gia.pdf", "/UploadFiles/TinTuc/2024/4/16/TB_42-TTPTQD_lua_chon_to_chuc_dau_gia.pdf"),
            ("Phu_luc_danh_sach_lo_dat.xlsx", "/UploadFiles/TinTuc/2024/4/16/Phu_luc_danh_sach_lo_dat.xlsx"),
        ],
        sign_after="<strong>Trung tâm Phát triển quỹ đất huyện</strong>",
        authors=[], unit="Trung tâm Phát triển quỹ đất huyện",
        title_tag="Thông báo lựa chọn tổ chức đấu giá quyền sử dụng đất tại xã Phú Mỹ - Trang thông tin điện tử huyện Phú Vang",
    ),
]

for a in ARTICLES:
    a["url"] = art_url(a["cn"], a["tc"], a.get("order", "gct"))
BY_DATE = sorted(ARTICLES, key=lambda a: (a["d"], a["tc"]), reverse=True)

# Pages that are not articles.
SEARCH_URL = f"/?gd={GD}&cn=0&tukhoa=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"
PAGES = {
    "home": "/",
    "cat82": f"/?gd={GD}&cn=82",
    "cat82_p2": f"/?gd={GD}&cn=82&p=2",
    "cat85": f"/?gd={GD}&cn=85",
    "static_chuc_nang": f"/?cn=61&gd={GD}&tc=12",
    "contact_danh_ba": f"/?cn=64&gd={GD}&tc=15",
    "search": SEARCH_URL,
    "soft404": f"/?gd={GD}&cn=82&tc=30118",
    "sitemap": f"/?gd={GD}&sodo=1",
}


# ---------------------------------------------------------------------------
# Rendering of the article body and its truth
# ---------------------------------------------------------------------------

def render_image(kind: str, a: dict, file: str, caption_html: str | None) -> str:
    src = esc(img_path(a["d"], file))
    if kind == "img_table":
        return ("<table align=\"center\" border=\"0\" cellpadding=\"3\" cellspacing=\"0\" class=\"tbl-image\" "
                "style=\"width: 620px;\">\n\t<tbody>\n\t\t<tr>\n\t\t\t<td><img alt=\"\" src=\"" + src +
                "\" style=\"width: 620px; height: 413px;\" /></td>\n\t\t</tr>\n\t\t<tr>\n\t\t\t"
                "<td style=\"text-align: center;\"><span style=\"font-size:12px;\"><em>" + caption_html +
                "</em></span></td>\n\t\t</tr>\n\t</tbody>\n</table>\n")
    if kind == "figure":
        return ("<div style=\"text-align:center\">\n<figure class=\"image\" style=\"display:inline-block\">"
                "<img alt=\"" + esc(frag_text(caption_html.split("<br")[0])) + "\" height=\"400\" src=\"" + src +
                "\" width=\"600\" />\n<figcaption>" + caption_html + "</figcaption>\n</figure>\n</div>\n")
    if kind == "img_em":
        return ("<p style=\"text-align: center;\"><img alt=\"\" src=\"" + src +
                "\" style=\"width: 600px; height: 400px;\" /></p>\n<p style=\"text-align: center;\"><em>" +
                caption_html + "</em></p>\n")
    return "<p style=\"text-align: center;\"><img alt=\"\" src=\"" + src + "\" style=\"width: 600px; height: 400px;\" /></p>\n"


def render_body(a: dict) -> tuple[str, list[str], list[dict]]:
    out, paras, images = [], [], []
    if a["lead_style"] == "bold_p":
        out.append("<p style=\"text-align: justify;\"><strong>" + esc(a["lead"]) + "</strong></p>\n")
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            out.append("<p style=\"text-align: justify;\">" + b[1] + "</p>\n")
            paras.append(frag_text(b[1]))
        elif k == "pbr":
            out.append("<p style=\"text-align: justify;\">" + "<br />\n".join(b[1]) + "</p>\n")
            paras.extend(frag_text(x) for x in b[1])
        elif k in ("ul", "ol"):
            out.append(f"<{k}>\n" + "".join(f"\t<li style=\"text-align: justify;\">{x}</li>\n" for x in b[1]) + f"</{k}>\n")
            paras.extend(frag_text(x) for x in b[1])
        elif k == "table":
            rows = []
            for i, row in enumerate(b[1]):
                cells = []
                total = row[0] == ""  # summary row: label cell spans the first two columns
                for j, c in enumerate(row):
                    if total and j == 0:
                        continue
                    inner = f"<strong>{c}</strong>" if i == 0 or total else c
                    align = "left" if j == 1 and i and not total else "center"
                    span = " colspan=\"2\"" if total and j == 1 else ""
                    cells.append(f"\t\t\t<td{span} style=\"width: {[6, 34, 22, 22, 16][j]}%;\">\n\t\t\t"
                                 f"<p style=\"text-align: {align};\">{inner}</p>\n\t\t\t</td>\n")
                rows.append("\t\t<tr>\n" + "".join(cells) + "\t\t</tr>\n")
                paras.append(" | ".join(frag_text(c) for c in row if c))
            out.append("<table border=\"1\" cellpadding=\"0\" cellspacing=\"0\" style=\"width: 100%; border-collapse: collapse;\">\n"
                       "\t<tbody>\n" + "".join(rows) + "\t</tbody>\n</table>\n")
        elif k == "blank":
            out.append("<p>&nbsp;</p>\n")
        elif k in ("img_table", "figure", "img_em"):
            out.append(render_image(k, a, b[1], b[2]))
            images.append({"src": HOST + img_path(a["d"], b[1]), "caption": b[3], "credit": b[4]})
        elif k == "img":
            out.append(render_image(k, a, b[1], None))
            images.append({"src": HOST + img_path(a["d"], b[1]), "caption": None, "credit": None})
        elif k == "related":
            out.append("<div class=\"box-tinlienquan\" style=\"float: right; width: 250px; margin: 4px 0 8px 14px; "
                       "padding: 6px 10px; border: 1px solid #d7d7d7; background: #f5f8fc;\">\n"
                       "<p><strong>TIN LIÊN QUAN</strong></p>\n<ul>\n" +
                       "".join(f"\t<li><a href=\"{esc(u)}\">{esc(t)}</a></li>\n" for t, u in b[1]) + "</ul>\n</div>\n")
        elif k == "sign":
            out.append("<p style=\"text-align: right;\">" + b[1] + "</p>\n")
        elif k == "attach":
            out.append("<p><strong>File đính kèm:</strong></p>\n<ul class=\"attach\">\n" +
                       "".join(f"\t<li><a href=\"{esc(u)}\" target=\"_blank\"><img alt=\"\" src=\"/Images/icon/pdf.png\" /> {esc(n)}</a></li>\n"
                               for n, u in b[1]) + "</ul>\n")
        else:
            raise ValueError(k)
    return "".join(out), paras, images


# ---------------------------------------------------------------------------
# Chrome (HueCIT eGov responsive theme, ASP.NET WebForms)
# ---------------------------------------------------------------------------

def vn_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def viewstate(seed: str, size: int) -> str:
    rnd = random.Random(seed)
    raw = bytes(rnd.getrandbits(8) for _ in range(size))
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QW" + base64.b64encode(raw).decode()


def head(title_tag: str, path: str, extra_meta: str = "") -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
\t{esc(title_tag)}
</title><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<meta name="keywords" content="Phú Vang, Thừa Thiên Huế, UBND huyện Phú Vang, tin tức, thông báo" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
<meta property="og:url" content="{esc(HOST + path)}" />
{extra_meta}<link href="/Themes/egov2020/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/egov2020/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/egov2020/css/owl.carousel.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/egov2020/css/style.css?v=20200915" rel="stylesheet" type="text/css" />
<link href="/Themes/egov2020/css/responsive.css?v=20200915" rel="stylesheet" type="text/css" />
<script src="/Themes/egov2020/js/jquery-1.12.4.min.js" type="text/javascript"></script>
<style type="text/css">
\t.news-content img {{ max-width: 100% !important; height: auto !important; }}
\t.news-content table.tbl-image {{ margin: 6px auto; }}
\t#ctl00_divMarquee a {{ color: #fff; }}
</style>
<!-- Global site tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-118245713-7"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'UA-118245713-7');
</script>
</head>
"""


def form_open(path: str, seed: str, vs_size: int) -> str:
    action = "./" + path[1:] if path != "/" else "./"
    ev = viewstate(seed + "ev", 600)
    return f"""<body class="egov2020">
<form name="aspnetForm" method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, vs_size)}" />
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aZNltMZEefcYkF3E3w2&amp;t=638259264720000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkh8x2o4kT1ZqH0eF0T4gYtQ2b8rRZ0cTqWcnY4oL1qz6m-DdoxM0zqK0l8QeyH3Lw2&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {{
if (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;
return true;
}}
//]]>
</script>

<div class="aspNetHidden">
\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucThamDo$upThamDo','','tctl00$ucThongKe$upThongKe',''], [], [], 90, 'ctl00');
//]]>
</script>
"""


def header() -> str:
    wd = WEEKDAYS[TODAY.weekday()]
    submenu_gt = [("Tổng quan về huyện", "/?cn=60&gd=7&tc=11"), ("Chức năng, nhiệm vụ", PAGES["static_chuc_nang"]),
                  ("Cơ cấu tổ chức", "/?cn=62&gd=7&tc=13"), ("Lãnh đạo UBND huyện", "/?cn=63&gd=7&tc=14")]
    submenu_tt = [(CATS[c], f"/?gd={GD}&cn={c}") for c in (83, 84, 86)] + [("Quốc phòng - An ninh", f"/?gd={GD}&cn=87")]
    submenu_vb = [("Văn bản chỉ đạo điều hành", f"/?gd={GD}&cn=90"), ("Văn bản quy phạm pháp luật", f"/?gd={GD}&cn=91"),
                  ("Dự thảo lấy ý kiến", f"/?gd={GD}&cn=92")]

    def sub(items):
        return "<ul class=\"sub-menu\">" + "".join(f"<li><a href=\"{esc(u)}\">{esc(t)}</a></li>" for t, u in items) + "</ul>"

    marquee = " &nbsp;&nbsp;&nbsp; ".join(
        f"<a href=\"{esc(a['url'])}\"><i class=\"fa fa-angle-double-right\"></i> {esc(a['title'])}</a>" for a in BY_DATE[:5])
    return f"""
<div id="wrapper">
<div class="top-bar">
  <div class="container">
    <div class="row">
      <div class="col-md-6 col-sm-6 hidden-xs"><span class="today"><i class="fa fa-calendar"></i> {wd}, ngày {ddmmyyyy(TODAY)}</span></div>
      <div class="col-md-6 col-sm-6 col-xs-12 text-right top-links">
        <a href="/"><i class="fa fa-home"></i></a> |
        <a href="{esc(PAGES['sitemap'])}">Sơ đồ website</a> |
        <a href="{esc(PAGES['contact_danh_ba'])}">Liên hệ</a> |
        <a href="https://hue-s.vn" target="_blank">Hue-S</a> |
        <a href="/?gd={GD}&amp;dn=1" rel="nofollow"><i class="fa fa-user"></i> Đăng nhập</a>
      </div>
    </div>
  </div>
</div>
<div class="header">
  <div class="container">
    <div class="banner">
      <a href="/" class="logo"><img src="/Themes/egov2020/images/quochuy.png" alt="Quốc huy" /></a>
      <div class="site-name">
        <p class="ten-don-vi-cap-tren">ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ</p>
        <p class="ten-don-vi">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ VANG</p>
      </div>
    </div>
  </div>
</div>
<nav class="navbar navbar-default main-menu" id="mainmenu">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
    </div>
    <div class="collapse navbar-collapse" id="menu-collapse">
      <ul class="nav navbar-nav">
        <li class="home"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
        <li class="dropdown"><a href="/?cn=60&amp;gd={GD}&amp;tc=11">Giới thiệu</a>{sub(submenu_gt)}</li>
        <li class="dropdown"><a href="{esc(PAGES['cat82'])}">Tin tức - Sự kiện</a>{sub(submenu_tt)}</li>
        <li><a href="{esc(PAGES['cat85'])}">Thông báo</a></li>
        <li class="dropdown"><a href="/?gd={GD}&amp;cn=89">Văn bản</a>{sub(submenu_vb)}</li>
        <li><a href="https://dichvucong.thuathienhue.gov.vn" target="_blank">Thủ tục hành chính</a></li>
        <li><a href="/?gd={GD}&amp;cn=95">Hỏi đáp</a></li>
        <li><a href="{esc(PAGES['contact_danh_ba'])}">Liên hệ</a></li>
      </ul>
    </div>
  </div>
</nav>
<div class="container">
  <div class="marquee-bar clearfix"><span class="label-new">TIN MỚI</span>
    <div id="ctl00_divMarquee" class="marquee"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{marquee}</marquee></div>
  </div>
</div>
<div class="container main-body">
<div class="row">
"""


def sidebar(seed: str) -> str:
    rnd = random.Random(seed)
    total = 4_312_000 + rnd.randint(0, 90_000)
    online = 180 + rnd.randint(0, 400)
    vb = [
        ("Quyết định số 1250/QĐ-UBND ngày 15/4/2024 về việc phê duyệt kế hoạch sử dụng đất năm 2024", "/?gd=7&cn=90&tc=5821"),
        ("Kế hoạch số 118/KH-UBND ngày 09/4/2024 về tổ chức Tháng hành động vì an toàn thực phẩm", "/?gd=7&cn=90&tc=5816"),
        ("Chỉ thị số 03/CT-UBND ngày 28/3/2024 về tăng cường công tác phòng cháy, chữa cháy", "/?gd=7&cn=90&tc=5809"),
        ("Công văn số 845/UBND-VP ngày 20/3/2024 về việc triển khai Đề án 06", "/?gd=7&cn=90&tc=5798"),
    ]
    links = [("Chính phủ", ["Cổng TTĐT Chính phủ", "Văn phòng Chính phủ", "Cổng Dịch vụ công quốc gia"]),
             ("Các bộ, ngành ở TW", ["Bộ Nội vụ", "Bộ Tài chính", "Bộ Nông nghiệp và PTNT", "Bộ Thông tin và Truyền thông"]),
             ("Tỉnh ủy, UBND tỉnh", ["Tỉnh ủy Thừa Thiên Huế", "Cổng TTĐT tỉnh Thừa Thiên Huế", "HĐND tỉnh"]),
             ("Sở, ban, ngành", ["Sở Nội vụ", "Sở Tư pháp", "Sở Nông nghiệp và PTNT", "Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường"]),
             ("UBND huyện, thị xã", ["Thị xã Hương Thủy", "Thị xã Hương Trà", "Huyện Phú Lộc", "Huyện Quảng Điền", "Huyện Phong Điền", "Huyện A Lưới", "Huyện Nam Đông"])]
    opts = "".join(f"<optgroup label=\"{esc(g)}\">" + "".join(f"<option value=\"https://{i}.example.gov.vn\">{esc(n)}</option>"
                                                                for i, n in enumerate(items)) + "</optgroup>"
                   for g, items in links)
    keywords = [("Nông thôn mới", SEARCH_URL), ("Chuyển đổi số", f"/?gd={GD}&cn=0&tukhoa=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"),
                ("Đề án 06", f"/?gd={GD}&cn=0&tukhoa=%C4%91%E1%BB%81+%C3%A1n+06")]
    return f"""
<div class="col-md-3 col-sm-12 sidebar">
  <div class="box box-search">
    <div class="box-title"><span>Tìm kiếm tin tức</span></div>
    <div class="box-content">
      <div class="input-group"><input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="form-control" placeholder="Nhập từ khóa..." />
      <span class="input-group-btn"><input type="submit" name="ctl00$ucTimKiem$btnTim" value="Tìm" id="ctl00_ucTimKiem_btnTim" class="btn btn-primary" /></span></div>
      <div class="tu-khoa">Từ khóa: {" , ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in keywords)}</div>
    </div>
  </div>
  <div class="box box-banner">
    <a href="https://dichvucong.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/dichvucongquocgia.png" alt="Cổng Dịch vụ công quốc gia" /></a>
    <a href="https://dichvucong.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/dvc_tth.png" alt="Hệ thống thông tin giải quyết TTHC tỉnh" /></a>
    <a href="https://hue-s.vn" target="_blank"><img src="/UploadFiles/QuangCao/hues.png" alt="Ứng dụng Hue-S" /></a>
  </div>
  <div class="box box-vanban">
    <div class="box-title"><span>Văn bản mới</span></div>
    <div class="box-content"><ul class="list-vanban">
      {"".join(f'<li><i class="fa fa-file-text-o"></i> <a href="{esc(u)}">{esc(t)}</a></li>' for t, u in vb)}
    </ul><a class="xemtiep" href="/?gd={GD}&amp;cn=90">Xem tiếp »</a></div>
  </div>
  <div class="box box-xemtheongay">
    <div class="box-title"><span>Xem tin theo ngày</span></div>
    <div class="box-content">
      <select name="ctl00$ucXemTheoNgay$ddlNgay" id="ctl00_ucXemTheoNgay_ddlNgay">{"".join(f'<option value="{i}">{i:02d}</option>' for i in range(1, 32))}</select>
      <select name="ctl00$ucXemTheoNgay$ddlThang" id="ctl00_ucXemTheoNgay_ddlThang">{"".join(f'<option value="{i}">Tháng {i}</option>' for i in range(1, 13))}</select>
      <select name="ctl00$ucXemTheoNgay$ddlNam" id="ctl00_ucXemTheoNgay_ddlNam">{"".join(f'<option value="{y}">{y}</option>' for y in range(2024, 2014, -1))}</select>
      <a id="ctl00_ucXemTheoNgay_lbtXem" class="btn btn-xs btn-default" href="javascript:__doPostBack('ctl00$ucXemTheoNgay$lbtXem','')">Xem</a>
    </div>
  </div>
  <div class="box box-lienket">
    <div class="box-title"><span>Liên kết website</span></div>
    <div class="box-content">
      <select class="form-control" onchange="if(this.value!='') window.open(this.value);"><option value="">-- Chọn liên kết --</option>{opts}</select>
    </div>
  </div>
  <div id="ctl00_ucThamDo_upThamDo">
  <div class="box box-thamdo">
    <div class="box-title"><span>Thăm dò ý kiến</span></div>
    <div class="box-content">
      <p class="cau-hoi">Bạn đánh giá thế nào về chất lượng thông tin trên trang?</p>
      <table id="ctl00_ucThamDo_rblTraLoi" class="rbl">
        <tr><td><input id="ctl00_ucThamDo_rblTraLoi_0" type="radio" name="ctl00$ucThamDo$rblTraLoi" value="1" /><label for="ctl00_ucThamDo_rblTraLoi_0">Rất hữu ích</label></td></tr>
        <tr><td><input id="ctl00_ucThamDo_rblTraLoi_1" type="radio" name="ctl00$ucThamDo$rblTraLoi" value="2" /><label for="ctl00_ucThamDo_rblTraLoi_1">Hữu ích</label></td></tr>
        <tr><td><input id="ctl00_ucThamDo_rblTraLoi_2" type="radio" name="ctl00$ucThamDo$rblTraLoi" value="3" /><label for="ctl00_ucThamDo_rblTraLoi_2">Bình thường</label></td></tr>
        <tr><td><input id="ctl00_ucThamDo_rblTraLoi_3" type="radio" name="ctl00$ucThamDo$rblTraLoi" value="4" /><label for="ctl00_ucThamDo_rblTraLoi_3">Chưa đáp ứng</label></td></tr>
      </table>
      <input type="submit" name="ctl00$ucThamDo$btnBinhChon" value="Bình chọn" id="ctl00_ucThamDo_btnBinhChon" class="btn btn-sm btn-primary" />
      <a id="ctl00_ucThamDo_lbtKetQua" class="btn btn-sm btn-default" href="javascript:__doPostBack('ctl00$ucThamDo$lbtKetQua','')">Xem kết quả</a>
    </div>
  </div>
  </div>
  <div id="ctl00_ucThongKe_upThongKe">
  <div class="box box-thongke">
    <div class="box-title"><span>Thống kê truy cập</span></div>
    <div class="box-content">
      <p><i class="fa fa-users"></i> Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">{online}</span></p>
      <p><i class="fa fa-bar-chart"></i> Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">{vn_num(1200 + rnd.randint(0, 800))}</span></p>
      <p><i class="fa fa-line-chart"></i> Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">{vn_num(total)}</span></p>
    </div>
  </div>
  </div>
  <div class="box box-tinnhiem">
    <a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/phuvangthuathienhuegovvn-1634782193" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=phuvang.thuathienhue.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a>
  </div>
</div>
"""


def footer() -> str:
    return f"""
</div>
</div>
<div class="footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8 col-sm-12">
        <p class="footer-title">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ VANG</p>
        <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Phú Vang, tỉnh Thừa Thiên Huế</p>
        <p>Địa chỉ: 01 Đường Phạm Văn Đồng, thị trấn Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế</p>
        <p>Điện thoại: 0234.3861 125 - Fax: 0234.3861 126 - Email: phuvang@thuathienhue.gov.vn</p>
        <p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
        <p><em>Ghi rõ nguồn "Trang thông tin điện tử huyện Phú Vang" khi phát hành lại thông tin từ nguồn này.</em></p>
      </div>
      <div class="col-md-4 col-sm-12 text-right footer-links">
        <a href="{esc(PAGES['sitemap'])}">Sơ đồ website</a> | <a href="{esc(PAGES['contact_danh_ba'])}">Liên hệ</a> | <a href="/?gd={GD}&amp;cn=0&amp;rss=1">RSS</a>
        <p class="thiet-ke">Thiết kế và phát triển: Trung tâm Công nghệ thông tin tỉnh Thừa Thiên Huế (HueCIT)</p>
      </div>
    </div>
  </div>
</div>
<a href="#" id="back-to-top" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
</div>
<script src="/Themes/egov2020/js/bootstrap.min.js" type="text/javascript"></script>
<script src="/Themes/egov2020/js/owl.carousel.min.js" type="text/javascript"></script>
<script src="/Themes/egov2020/js/main.js?v=20200915" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
$(function () {{ $('#back-to-top').click(function () {{ $('html,body').animate({{ scrollTop: 0 }}, 400); return false; }}); }});
//]]>
</script>
</form>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Page bodies
# ---------------------------------------------------------------------------

def breadcrumb(items: list[tuple[str, str]]) -> str:
    lis = "<li><a href=\"/\"><i class=\"fa fa-home\"></i> Trang chủ</a></li>"
    lis += "".join(f"<li><a href=\"{esc(u)}\">{esc(t)}</a></li>" for t, u in items)
    return f"<div class=\"breadcrumb-wrap\"><ol class=\"breadcrumb\">{lis}</ol></div>\n"


def cat_trail(cn: int) -> list[tuple[str, str]]:
    if cn == 85:
        return [(CATS[85], PAGES["cat85"])]
    if cn == 82:
        return [(CATS[82], PAGES["cat82"])]
    return [(CATS[82], PAGES["cat82"]), (CATS[cn], f"/?gd={GD}&cn={cn}")]


def thumb(a: dict) -> str:
    for b in a["blocks"]:
        if b[0] in ("img_table", "figure", "img_em", "img"):
            return img_path(a["d"], b[1])
    return "/Themes/egov2020/images/no-image.jpg"


def summary(a: dict) -> str:
    if a.get("lead"):
        return a["lead"]
    first = frag_text(a["blocks"][0][1])
    words = first.split()
    return " ".join(words[:32]) + ("..." if len(words) > 32 else "")


def news_item(a: dict, with_summary: bool = True) -> str:
    s = f"<p class=\"summary\">{esc(summary(a))}</p>" if with_summary else ""
    return (f"<div class=\"news-item clearfix\">\n  <a class=\"thumb\" href=\"{esc(a['url'])}\"><img src=\"{esc(thumb(a))}\" alt=\"{esc(a['title'])}\" /></a>\n"
            f"  <h3 class=\"title\"><a href=\"{esc(a['url'])}\">{esc(a['title'])}</a></h3>\n"
            f"  <p class=\"date\"><i class=\"fa fa-clock-o\"></i> {ddmmyyyy(a['d'])}</p>\n  {s}\n</div>\n")


FAKE_OLD = [
    ("Phú Vang ra quân Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn", 82, 31174, date(2024, 2, 16)),
    ("Gặp mặt, chúc Tết các đối tượng chính sách tiêu biểu", 84, 31159, date(2024, 2, 5)),
    ("Tổng kết công tác tư pháp năm 2023", 82, 31131, date(2024, 1, 24)),
    ("Huyện Phú Vang giao quân năm 2024 đạt 100% chỉ tiêu", 82, 31122, date(2024, 1, 19)),
    ("Nghiệm thu mô hình nuôi cá dìa lồng trên đầm phá", 83, 31097, date(2024, 1, 10)),
]


def article_main(a: dict, idx: int) -> tuple[str, dict]:
    body_html, paras, images = render_body(a)
    pre = "ctl00_ContentPlaceHolder1_ctl00_"
    date_html = f"<div class=\"news-date\"><i class=\"fa fa-clock-o\"></i> <span id=\"{pre}lblNgayCapNhat\">{esc(a['date_html'])}</span></div>\n"
    top_date = date_html if a.get("date_pos") != "bottom" else ""
    bottom_date = date_html if a.get("date_pos") == "bottom" else ""
    sapo = ""
    if a["lead_style"] == "sapo":
        lead_txt = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        sapo = f"<div class=\"news-sapo\"><span id=\"{pre}lblTrichYeu\">{esc(lead_txt)}</span></div>\n"
    extra = ""
    if a.get("sign_after"):
        body_html += "<p style=\"text-align: right;\">" + a["sign_after"] + "</p>\n"
    if a.get("attach_after"):
        extra += ("<div class=\"news-attach\"><p class=\"attach-title\"><i class=\"fa fa-paperclip\"></i> Tài liệu đính kèm</p><ul>\n" +
                  "".join(f"<li><a href=\"{esc(u)}\" target=\"_blank\">{esc(n)}</a></li>\n" for n, u in a["attach_after"]) + "</ul></div>\n")
    if a.get("fields"):
        f = a["fields"]
        extra += (f"<div class=\"news-author text-right\"><span class=\"lbl\">Tác giả:</span> <span id=\"{pre}lblTacGia\" class=\"tacgia\">{esc(f['author'])}</span></div>\n"
                  f"<div class=\"news-source text-right\"><span class=\"lbl\">Nguồn tin:</span> <span id=\"{pre}lblNguonTin\" class=\"nguontin\">{esc(f['source'])}</span></div>\n")
    others = [o for o in BY_DATE if o is not a]
    pos = BY_DATE.index(a)
    others = sorted(others, key=lambda o: abs(BY_DATE.index(o) - pos))[:6]
    others.sort(key=lambda o: o["d"], reverse=True)
    lis = []
    for j, o in enumerate(others):
        u = o["url"]
        if j == 0 and idx % 2 == 1:  # another module of the theme writes the other parameter order
            u = art_url(o["cn"], o["tc"], "gct" if o.get("order") == "cgt" else "cgt")
        lis.append(f"<li><a href=\"{esc(u)}\">{esc(o['title'])}</a> <span class=\"date\">({ddmmyyyy(o['d'])})</span></li>")
    main = f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb(cat_trail(a['cn']))}<div id="{pre}pnChiTiet" class="news-detail">
<h1 class="news-title"><span id="{pre}lblTieuDe">{esc(a['title'])}</span></h1>
{top_date}<div class="news-tools clearfix">
  <a href="javascript:void(0)" onclick="ChangeFont(-1)" title="Giảm cỡ chữ">A-</a>
  <a href="javascript:void(0)" onclick="ChangeFont(1)" title="Tăng cỡ chữ">A+</a>
  <a href="javascript:window.print();" title="In trang"><i class="fa fa-print"></i></a>
  <a href="mailto:?subject={esc(a['title'])}" title="Gửi email"><i class="fa fa-envelope"></i></a>
</div>
{sapo}<div id="{pre}divNoiDung" class="news-content">
{body_html}</div>
{extra}{bottom_date}<div class="news-share clearfix">
  <div class="fb-like" data-href="{esc(HOST + a['url'])}" data-layout="button_count" data-action="like" data-share="true"></div>
  <a class="zalo-share-button" data-href="{esc(HOST + a['url'])}" data-oaid="579745863508352884" data-layout="1"></a>
  <a class="back" href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a>
</div>
</div>
<div class="box-other-news">
  <div class="box-title"><span>Các tin khác</span></div>
  <ul class="list-other">
    {"".join(lis)}
  </ul>
</div>
</div>
"""
    expected = {
        "title": norm(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": norm(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(paras),
        "published_at": a["published"],
        "updated_at": a["updated"],
        "date_label": a["date_label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": CATS[a["cn"]],
    }
    return main, expected


def listing_main(title: str, trail: list[tuple[str, str]], items: list[dict], extra_items: list[str], pager: str) -> str:
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb(trail)}<div class="category-title"><h2>{esc(title)}</h2></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnDanhSach" class="list-news">
{"".join(news_item(a) for a in items)}{"".join(extra_items)}</div>
<div class="pager-egov">{pager}</div>
</div>
"""


def fake_item(t: str, cn: int, tc: int, d: date, summ: str | None = None) -> str:
    u = esc(art_url(cn, tc))
    img = f"/UploadFiles/TinTuc/{d.year}/{d.month}/{d.day}/anh_{tc}.jpg"
    s = f"<p class=\"summary\">{esc(summ)}</p>" if summ else ""
    return (f"<div class=\"news-item clearfix\">\n  <a class=\"thumb\" href=\"{u}\"><img src=\"{img}\" alt=\"{esc(t)}\" /></a>\n"
            f"  <h3 class=\"title\"><a href=\"{u}\">{esc(t)}</a></h3>\n  <p class=\"date\"><i class=\"fa fa-clock-o\"></i> {ddmmyyyy(d)}</p>\n  {s}\n</div>\n")


def home_main() -> str:
    news = [a for a in BY_DATE if a["cn"] != 85]
    ann = [a for a in BY_DATE if a["cn"] == 85]
    slides = "".join(
        f"<div class=\"item\"><a href=\"{esc(a['url'])}\"><img src=\"{esc(thumb(a))}\" alt=\"{esc(a['title'])}\" /></a>"
        f"<div class=\"caption\"><a href=\"{esc(a['url'])}\">{esc(a['title'])}</a></div></div>" for a in news[:4])
    side = "".join(f"<li><a href=\"{esc(a['url'])}\">{esc(a['title'])}</a> <span class=\"date\">({ddmmyyyy(a['d'])})</span></li>" for a in news[4:10])

    def catbox(cn: int) -> str:
        items = [a for a in BY_DATE if a["cn"] == cn]
        first, rest = items[0], items[1:]
        return (f"<div class=\"col-md-6 col-sm-6 box-cat\"><div class=\"box-title\"><a href=\"/?gd={GD}&amp;cn={cn}\">{esc(CATS[cn])}</a></div>"
                f"{news_item(first)}<ul class=\"list-cat\">" +
                "".join(f"<li><a href=\"{esc(a['url'])}\">{esc(a['title'])}</a></li>" for a in rest) + "</ul></div>")

    return f"""
<div class="col-md-9 col-sm-12 main-col home">
<div class="row">
  <div class="col-md-8 col-sm-12"><div class="owl-carousel hot-news">{slides}</div></div>
  <div class="col-md-4 col-sm-12"><div class="box-title"><span>Tin mới cập nhật</span></div><ul class="list-new">{side}</ul></div>
</div>
<div class="box-thongbao">
  <div class="box-title"><a href="{esc(PAGES['cat85'])}">Thông báo</a></div>
  <ul>{"".join(f'<li><i class="fa fa-bullhorn"></i> <a href="{esc(a["url"])}">{esc(a["title"])}</a> <span class="date">({ddmmyyyy(a["d"])})</span></li>' for a in ann)}</ul>
</div>
<div class="row">{catbox(83)}{catbox(84)}</div>
<div class="row">{catbox(86)}
  <div class="col-md-6 col-sm-6 box-cat"><div class="box-title"><a href="{esc(PAGES['cat82'])}">Tin tức - Sự kiện</a></div>
  <ul class="list-cat">{"".join(f'<li><a href="{esc(a["url"])}">{esc(a["title"])}</a></li>' for a in news if a["cn"] == 82)}</ul>
  <a class="xemtiep" href="{esc(PAGES['cat82'])}">Xem tất cả »</a></div>
</div>
<div class="box-video"><div class="box-title"><span>Video</span></div>
  <iframe width="100%" height="315" src="https://www.youtube.com/embed/xyzPhuVang01" frameborder="0" allowfullscreen></iframe></div>
</div>
"""


def static_main() -> str:
    paras = [
        "Ủy ban nhân dân huyện do Hội đồng nhân dân huyện bầu, là cơ quan chấp hành của Hội đồng nhân dân huyện, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân huyện và Ủy ban nhân dân tỉnh.",
        "Ủy ban nhân dân huyện có các nhiệm vụ, quyền hạn chủ yếu sau đây:",
    ]
    items = [
        "Xây dựng, trình Hội đồng nhân dân huyện quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện các nghị quyết của Hội đồng nhân dân huyện;",
        "Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;",
        "Tổ chức thực hiện ngân sách địa phương; quản lý đất đai, tài nguyên, quy hoạch xây dựng và đô thị trên địa bàn;",
        "Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội; phòng, chống thiên tai, dịch bệnh;",
        "Thực hiện nhiệm vụ, quyền hạn do cơ quan nhà nước cấp trên phân cấp, ủy quyền.",
    ]
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb([("Giới thiệu", "/?cn=60&gd=7&tc=11"), ("Chức năng, nhiệm vụ", PAGES['static_chuc_nang'])])}<div class="news-detail gioi-thieu">
<h1 class="news-title">Chức năng, nhiệm vụ của Ủy ban nhân dân huyện</h1>
<div class="news-content">
{"".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)}
<ol>{"".join(f'<li>{esc(i)}</li>' for i in items)}</ol>
<p style="text-align: justify;">Ủy ban nhân dân huyện gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên; các cơ quan chuyên môn gồm 12 phòng và tương đương.</p>
</div>
</div>
</div>
"""


def contact_main() -> str:
    rows = [
        ("Văn phòng HĐND và UBND huyện", "0234.3861 125", "vpubnd.phuvang@thuathienhue.gov.vn"),
        ("Phòng Nội vụ", "0234.3861 230", "pnv.phuvang@thuathienhue.gov.vn"),
        ("Phòng Tài chính - Kế hoạch", "0234.3861 148", "ptckh.phuvang@thuathienhue.gov.vn"),
        ("Phòng Nông nghiệp và PTNT", "0234.3861 312", "pnn.phuvang@thuathienhue.gov.vn"),
        ("Phòng Tài nguyên và Môi trường", "0234.3861 409", "ptnmt.phuvang@thuathienhue.gov.vn"),
        ("Phòng Giáo dục và Đào tạo", "0234.3861 277", "pgd.phuvang@thuathienhue.gov.vn"),
        ("Phòng Văn hóa và Thông tin", "0234.3861 355", "pvhtt.phuvang@thuathienhue.gov.vn"),
        ("Phòng Tư pháp", "0234.3861 190", "ptp.phuvang@thuathienhue.gov.vn"),
        ("Bộ phận tiếp nhận và trả kết quả", "0234.3861 500", "motcua.phuvang@thuathienhue.gov.vn"),
    ]
    trs = "".join(f"<tr><td style=\"text-align:center\">{i}</td><td>{esc(n)}</td><td>{esc(p)}</td><td><a href=\"mailto:{e}\">{e}</a></td></tr>\n"
                  for i, (n, p, e) in enumerate(rows, 1))
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb([("Liên hệ", PAGES['contact_danh_ba'])])}<div class="news-detail lien-he">
<h1 class="news-title">Danh bạ điện thoại, thư điện tử các cơ quan chuyên môn</h1>
<div class="news-content">
<p><strong>Ủy ban nhân dân huyện Phú Vang</strong><br />Địa chỉ: 01 Đường Phạm Văn Đồng, thị trấn Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế<br />Điện thoại: 0234.3861 125 - Fax: 0234.3861 126</p>
<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" style="width:100%">
<thead><tr><th>TT</th><th>Cơ quan, đơn vị</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead>
<tbody>
{trs}</tbody></table>
</div>
</div>
</div>
"""


def search_main() -> str:
    hits = [a for a in BY_DATE if a["tc"] in (31226, 31263)]
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb([("Tìm kiếm", SEARCH_URL)])}<div class="category-title"><h2>Kết quả tìm kiếm</h2></div>
<p class="search-info">Tìm thấy <strong>3</strong> kết quả với từ khóa: <strong>nông thôn mới</strong></p>
<div class="list-news search-result">
{"".join(news_item(a) for a in hits)}{fake_item("Xã Phú Hồ đón nhận bằng công nhận đạt chuẩn nông thôn mới nâng cao", 83, 30954, date(2023, 12, 22), "Xã Phú Hồ là xã thứ sáu của huyện đạt chuẩn nông thôn mới nâng cao.")}</div>
</div>
"""


def soft404_main() -> str:
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb([(CATS[82], PAGES['cat82'])])}<div class="box-thongbao-loi">
<h2 class="text-danger"><i class="fa fa-exclamation-triangle"></i> Không tìm thấy thông tin</h2>
<p>Tin bài bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc tạm thời không truy cập được.</p>
<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm để tra cứu thông tin.</p>
</div>
</div>
"""


def sitemap_main() -> str:
    tree = [
        ("Trang chủ", "/", []),
        ("Giới thiệu", "/?cn=60&gd=7&tc=11", [("Tổng quan về huyện", "/?cn=60&gd=7&tc=11"), ("Chức năng, nhiệm vụ", PAGES["static_chuc_nang"]),
                                              ("Cơ cấu tổ chức", "/?cn=62&gd=7&tc=13"), ("Lãnh đạo UBND huyện", "/?cn=63&gd=7&tc=14")]),
        ("Tin tức - Sự kiện", PAGES["cat82"], [(CATS[c], f"/?gd={GD}&cn={c}") for c in (83, 84, 86)] + [("Quốc phòng - An ninh", f"/?gd={GD}&cn=87")]),
        ("Thông báo", PAGES["cat85"], []),
        ("Văn bản", f"/?gd={GD}&cn=89", [("Văn bản chỉ đạo điều hành", f"/?gd={GD}&cn=90"), ("Văn bản quy phạm pháp luật", f"/?gd={GD}&cn=91"), ("Dự thảo lấy ý kiến", f"/?gd={GD}&cn=92")]),
        ("Hỏi đáp", f"/?gd={GD}&cn=95", []),
        ("Liên hệ", PAGES["contact_danh_ba"], []),
    ]
    lis = "".join(f"<li><a href=\"{esc(u)}\">{esc(t)}</a>" + ("<ul>" + "".join(f"<li><a href=\"{esc(u2)}\">{esc(t2)}</a></li>" for t2, u2 in subs) + "</ul>" if subs else "") + "</li>\n"
                  for t, u, subs in tree)
    return f"""
<div class="col-md-9 col-sm-12 main-col">
{breadcrumb([("Sơ đồ website", PAGES['sitemap'])])}<div class="category-title"><h2>Sơ đồ website</h2></div>
<ul class="sitemap-tree">
{lis}</ul>
</div>
"""


def pager(cur: int, last: int, base: str) -> str:
    parts = []
    if cur > 1:
        prev = base if cur == 2 else f"{base}&p={cur - 1}"
        parts.append(f"<a href=\"{esc(prev)}\">« Trang trước</a>")
    for n in range(1, last + 1):
        u = base if n == 1 else f"{base}&p={n}"
        parts.append(f"<span class=\"current\">{n}</span>" if n == cur else f"<a href=\"{esc(u)}\">{n}</a>")
    if cur < last:
        parts.append(f"<a href=\"{esc(base)}&amp;p={cur + 1}\">Trang sau »</a>")
    return " ".join(parts)


# ---------------------------------------------------------------------------
# Assemble and write
# ---------------------------------------------------------------------------

def full_page(path: str, title_tag: str, main: str, seed: str, vs_size: int, extra_meta: str = "") -> str:
    page = head(title_tag, path, extra_meta) + form_open(path, seed, vs_size) + header() + main + sidebar(seed) + footer()
    return unicodedata.normalize("NFC", page)


def write(name: str, path: str, page: str, kind: str, expected: dict | None = None) -> None:
    (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main() -> None:
    for old in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        old.unlink()
    for i, a in enumerate(ARTICLES):
        main_html, expected = article_main(a, i)
        meta = f"<meta name=\"description\" content=\"{esc(summary(a))}\" />\n<meta property=\"og:title\" content=\"{esc(a['title'])}\" />\n"
        if expected["images"]:
            meta += f"<meta property=\"og:image\" content=\"{esc(expected['images'][0]['src'])}\" />\n"
        page = full_page(a["url"], a["title_tag"], main_html, a["slug"], 22000 + 900 * i, meta)
        write(a["slug"], a["url"], page, "article", expected)

    news = [a for a in BY_DATE if a["cn"] != 85]
    ann = [a for a in BY_DATE if a["cn"] == 85]
    write("home", "/", full_page("/", SITE_NAME, home_main(), "home", 26000), "listing")
    write("cat82", PAGES["cat82"], full_page(PAGES["cat82"], f"{CATS[82]} - {SITE_NAME}",
          listing_main(CATS[82], [(CATS[82], PAGES["cat82"])], news[:8], [], pager(1, 2, PAGES["cat82"])), "cat82", 21000), "listing")
    extra = [fake_item("Hội nghị tổng kết công tác năm 2023 của Ủy ban MTTQ Việt Nam huyện", 82, 30118, date(2024, 2, 20),
                       "Ủy ban MTTQ Việt Nam huyện tổng kết hoạt động năm 2023 và triển khai chương trình phối hợp năm 2024.")]
    extra += [fake_item(t, cn, tc, d) for t, cn, tc, d in FAKE_OLD]
    write("cat82_p2", PAGES["cat82_p2"], full_page(PAGES["cat82_p2"], f"{CATS[82]} - {SITE_NAME}",
          listing_main(CATS[82], [(CATS[82], PAGES["cat82"])], news[8:], extra, pager(2, 2, PAGES["cat82"])), "cat82p2", 21000), "listing")
    ann_extra = [fake_item("Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024", 85, 31190, date(2024, 3, 4)),
                 fake_item("Thông báo lịch tiếp công dân định kỳ tháng 4/2024", 85, 31181, date(2024, 3, 25))]
    write("cat85", PAGES["cat85"], full_page(PAGES["cat85"], f"{CATS[85]} - {SITE_NAME}",
          listing_main(CATS[85], [(CATS[85], PAGES["cat85"])], ann, ann_extra, "<span class=\"current\">1</span>"), "cat85", 18000), "listing")
    write("static_chuc_nang", PAGES["static_chuc_nang"], full_page(PAGES["static_chuc_nang"], f"Chức năng, nhiệm vụ - {SITE_NAME}",
          static_main(), "static", 17000), "static")
    write("contact_danh_ba", PAGES["contact_danh_ba"], full_page(PAGES["contact_danh_ba"], f"Liên hệ - {SITE_NAME}",
          contact_main(), "contact", 17000), "contact")
    write("search", SEARCH_URL, full_page(SEARCH_URL, f"Tìm kiếm - {SITE_NAME}", search_main(), "search", 15000), "search")
    write("soft404", PAGES["soft404"], full_page(PAGES["soft404"], SITE_NAME, soft404_main(), "soft404", 12000), "soft_404")
    write("sitemap", PAGES["sitemap"], full_page(PAGES["sitemap"], f"Sơ đồ website - {SITE_NAME}", sitemap_main(), "sitemap", 12000), "sitemap")


if __name__ == "__main__":
    main()
