"""Write the `unknown/drupalso` variant mini-site: a Sở portal on Drupal 7-style markup.

    python tests/variants/unknown/drupalso/make.py

Standard library only. Every page and its truth file are rendered from the same data below, so
what the truth says is exactly what a reader sees on the page. All text is invented.
"""
# Long lines below are markup lines kept whole, as the CMS prints them.
# ruff: noqa: E501

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://snnptnt.binhdinh.gov.vn"
SITE = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"
SITE_SHORT = "Sở Nông nghiệp và PTNT Bình Định"
TODAY = datetime(2024, 3, 15)
CTYPE = "text/html; charset=utf-8"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

# --------------------------------------------------------------------------------------------
# Taxonomy ("Chuyên mục" vocabulary): term id, name, path alias.
# --------------------------------------------------------------------------------------------
TERMS = {
    "hoat-dong": (3, "Hoạt động của Sở", "/chuyen-muc/hoat-dong-cua-so"),
    "trong-trot": (5, "Trồng trọt - Bảo vệ thực vật", "/chuyen-muc/trong-trot-bao-ve-thuc-vat"),
    "chan-nuoi": (6, "Chăn nuôi - Thú y", "/chuyen-muc/chan-nuoi-thu-y"),
    "thuy-loi": (7, "Thủy lợi - Phòng chống thiên tai", "/chuyen-muc/thuy-loi-phong-chong-thien-tai"),
    "ntm": (8, "Nông thôn mới", "/chuyen-muc/nong-thon-moi"),
    "thong-bao": (9, "Thông báo", "/chuyen-muc/thong-bao"),
}
TERM_PER_PAGE = 3  # taxonomy term pages are set to 3 teasers per page on this site
NEWS_PER_PAGE = 8  # the "tin-tuc" view shows 8 rows per page

SOFT404_PATH = "/tin-tuc/nong-thon-moi/hoi-dong-cap-tinh-danh-gia-phan-hang-san-pham-ocop-dot-1-nam-2023"

# District table of the long article: (district, area ha, expected yield tạ/ha).
RICE = [
    ("Huyện Tuy Phước", 8950, 72.1), ("Thị xã An Nhơn", 8420, 73.4),
    ("Huyện Phù Cát", 7615, 67.8), ("Huyện Phù Mỹ", 7280, 66.2),
    ("Thị xã Hoài Nhơn", 5360, 69.0), ("Huyện Tây Sơn", 4870, 68.3),
    ("Huyện Hoài Ân", 3140, 63.5), ("Thành phố Quy Nhơn", 1210, 65.7),
    ("Huyện Vĩnh Thạnh", 690, 58.4), ("Huyện An Lão", 486, 55.2),
    ("Huyện Vân Canh", 305, 54.6),
]


def vn_int(n: int) -> str:
    """Vietnamese thousands separator is a dot."""
    return f"{n:,}".replace(",", ".")


def vn_dec(x: float) -> str:
    """Vietnamese decimal separator is a comma."""
    return f"{x:.1f}".replace(".", ",")


def rice_table() -> tuple[list[str], list[list[str]], str]:
    """Header, rows and the province-wide yield, all computed from RICE."""
    rows, total_area, total_prod = [], 0, 0
    for name, area, yld in RICE:
        prod = round(area * yld / 10)
        total_area += area
        total_prod += prod
        rows.append([name, vn_int(area), vn_dec(yld), vn_int(prod)])
    avg = vn_dec(total_prod * 10 / total_area)
    rows.append(["Toàn tỉnh", vn_int(total_area), avg, vn_int(total_prod)])
    header = ["Địa phương", "Diện tích gieo sạ (ha)", "Năng suất dự kiến (tạ/ha)",
              "Sản lượng dự kiến (tấn)"]
    return header, rows, avg


RICE_HEADER, RICE_ROWS, RICE_AVG = rice_table()

# --------------------------------------------------------------------------------------------
# Articles. Body blocks:
#   ("p", text) ("sub", text) ("br", [lines]) ("ul", [items]) ("table", header, rows)
#   ("img", style, file, caption|None, credit|None)   style: figure | table | em | plain
#   ("related", [(title, path)])     a related-news box inside the body (not in text)
#   ("sign", text)   bold right-aligned closing line = issuing unit
#   ("by", text)     bold right-aligned closing line = author
#   ("source", text) italic "Nguồn: ..." closing line = unit
# --------------------------------------------------------------------------------------------
ARTICLES = [
    dict(
        key="a01-lich-tiep-cong-dan", nid=2461, type="thong_bao", term="thong-bao",
        path="/thong-bao/lich-tiep-cong-dan-dinh-ky-thang-3-2024-cua-giam-doc-so",
        title="Lịch tiếp công dân định kỳ tháng 3/2024 của Giám đốc Sở",
        published=datetime(2024, 3, 1), date_only=True,
        body=[
            ("p", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tiếp công dân định kỳ vào "
                  "sáng thứ Năm, ngày 14/3/2024, tại Phòng tiếp công dân của Sở, số 58 đường "
                  "Trần Quang Khải, thành phố Quy Nhơn."),
            ("p", "Thời gian tiếp từ 7 giờ 30 đến 11 giờ 00; công dân đến liên hệ mang theo căn "
                  "cước công dân và các giấy tờ liên quan đến nội dung kiến nghị, phản ánh."),
            ("p", "Mọi chi tiết xin liên hệ Văn phòng Sở qua số điện thoại 0256.3822.614 trong "
                  "giờ hành chính."),
            ("sign", "Văn phòng Sở"),
        ],
    ),
    dict(
        key="a02-vu-dong-xuan", nid=2452, type="tin_tuc", term="trong-trot",
        path="/tin-tuc/trong-trot-bao-ve-thuc-vat/vu-dong-xuan-2023-2024-toan-tinh-gieo-sa-hon-48-nghin-ha-lua",
        title=f"Vụ Đông Xuân 2023-2024: toàn tỉnh gieo sạ hơn 48 nghìn ha lúa, năng suất dự "
              f"kiến đạt {RICE_AVG} tạ/ha",
        published=datetime(2024, 2, 27, 14, 15), author="Trần Minh Khoa",
        lead="Đến cuối tháng 2/2024, các địa phương trong tỉnh đã cơ bản hoàn thành gieo sạ lúa "
             "vụ Đông Xuân 2023-2024 đúng khung lịch thời vụ; cây lúa sinh trưởng, phát triển "
             "khá, nhiều cánh đồng lớn áp dụng đồng bộ cơ giới hóa và giống chất lượng cao.",
        image=("tin-tuc/2024/02/lua-dong-xuan-tuy-phuoc.jpg", "kT9vQ2bX",
               "Cánh đồng lúa Đông Xuân tại xã Phước Hưng, huyện Tuy Phước đang giai đoạn đẻ "
               "nhánh"),
        body=[
            ("p", f"Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, tổng diện tích lúa vụ "
                  f"Đông Xuân toàn tỉnh đạt {RICE_ROWS[-1][1]} ha, tăng 215 ha so với kế hoạch; "
                  "trong đó diện tích sử dụng giống xác nhận chiếm trên 92%. Các giống chủ lực "
                  "gồm ĐV108, TBR225, ML48, Hà Phát 3 và một số giống lúa chất lượng cao như "
                  "ĐT100, BĐR57."),
            ("p", "Nhờ nguồn nước tưới từ các hồ chứa cơ bản bảo đảm, công tác lấy nước đầu vụ "
                  "thuận lợi, các địa phương đã chủ động làm đất, vệ sinh đồng ruộng và xuống "
                  "giống tập trung theo từng vùng, giảm nguy cơ lây lan sâu bệnh."),
            ("sub", "Diện tích, năng suất dự kiến theo địa phương"),
            ("table", RICE_HEADER, RICE_ROWS),
            ("p", "Bên cạnh kết quả đạt được, ngành nông nghiệp cũng ghi nhận một số đối tượng "
                  "sinh vật gây hại phát sinh trên diện rộng. Rầy nâu, bệnh đạo ôn lá gây hại cục "
                  "bộ trên 1.150 ha, tập trung ở các huyện Phù Mỹ, Phù Cát và thị xã Hoài Nhơn; "
                  "chuột gây hại rải rác trên 320 ha."),
            ("p", "Chi cục Trồng trọt và Bảo vệ thực vật đã phối hợp với các địa phương tổ chức "
                  "46 lớp tập huấn, hướng dẫn nông dân nhận biết và phòng trừ sinh vật gây hại "
                  "theo nguyên tắc bốn đúng; đồng thời duy trì 18 điểm điều tra cố định, ban hành "
                  "9 thông báo tình hình dịch hại định kỳ."),
            ("img", "figure", "inline-images/may-bay-phun-thuoc-an-nhon.jpg",
             "Hợp tác xã nông nghiệp Nhơn Lộc 1 sử dụng máy bay không người lái phun thuốc bảo "
             "vệ thực vật", "Ảnh: Hoàng Anh"),
            ("sub", "Nhiều cánh đồng lớn áp dụng cơ giới hóa"),
            ("p", "Toàn tỉnh hiện có 112 cánh đồng lớn với tổng diện tích 9.870 ha, liên kết với "
                  "14 doanh nghiệp và 36 hợp tác xã trong cung ứng vật tư đầu vào và bao tiêu sản "
                  "phẩm. Tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu thu hoạch đạt trên 95%; "
                  "nhiều hợp tác xã đã đưa máy bay không người lái vào phun thuốc bảo vệ thực "
                  "vật, giúp giảm 30% lượng thuốc và 40% chi phí nhân công."),
            ("p", "Ông Đặng Văn Thạch, Giám đốc Hợp tác xã nông nghiệp Nhơn Lộc 1 (thị xã An "
                  "Nhơn), cho biết: vụ này hợp tác xã liên kết sản xuất 320 ha lúa giống với "
                  "doanh nghiệp, nông dân được ứng trước giống, phân bón và cam kết thu mua với "
                  "giá cao hơn thị trường 8-10%."),
            ("sub", "Nhiệm vụ trọng tâm trong thời gian tới"),
            ("p", "Để bảo đảm thắng lợi vụ Đông Xuân, Sở Nông nghiệp và Phát triển nông thôn đề "
                  "nghị UBND các huyện, thị xã, thành phố chỉ đạo các cơ quan chuyên môn tăng "
                  "cường kiểm tra đồng ruộng, dự tính dự báo sát tình hình sinh vật gây hại; "
                  "hướng dẫn nông dân bón phân cân đối, điều tiết nước hợp lý trong giai đoạn làm "
                  "đòng, trổ bông."),
            ("p", "Các đơn vị quản lý khai thác công trình thủy lợi xây dựng kế hoạch điều tiết "
                  "nước tiết kiệm, ưu tiên nước tưới cho những vùng cuối kênh; đồng thời chuẩn bị "
                  "phương án chống hạn cho khoảng 1.600 ha có nguy cơ thiếu nước vào cuối vụ."),
            ("p", "Dự kiến thu hoạch lúa Đông Xuân sẽ bắt đầu từ ngày 10/4/2024 tại các vùng sạ "
                  "sớm và kết thúc trước ngày 15/5/2024, tạo điều kiện để các địa phương triển "
                  "khai sản xuất vụ Hè Thu đúng lịch thời vụ."),
        ],
    ),
    dict(
        key="a03-tet-trong-cay", nid=2447, type="tin_tuc", term="hoat-dong",
        path="/tin-tuc/hoat-dong-cua-so/so-nong-nghiep-ra-quan-tet-trong-cay-xuan-giap-thin-2024",
        title="Sở Nông nghiệp và PTNT ra quân Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Giáp "
              "Thìn 2024",
        published=datetime(2024, 2, 19, 10, 5), author="Minh Tâm",
        lead="Sáng 19/2 (mùng 10 tháng Giêng), Sở Nông nghiệp và Phát triển nông thôn phối hợp "
             "với UBND huyện Phù Cát tổ chức lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” "
             "Xuân Giáp Thìn năm 2024.",
        image=("tin-tuc/2024/02/trong-cay-xuan-1.jpg", "Qm3vT8ke",
               "Lãnh đạo Sở và các đại biểu trồng cây tại khu vực rừng phòng hộ ven biển xã Cát "
               "Tiến, huyện Phù Cát"),
        body=[
            ("p", "Tham dự buổi lễ có ông Nguyễn Hữu Lộc, Giám đốc Sở; bà Trương Thị Mai Hương, "
                  "Phó Chủ tịch UBND huyện Phù Cát; cùng hơn 300 cán bộ, công chức, viên chức, "
                  "đoàn viên thanh niên và người dân địa phương."),
            ("p", "Phát biểu tại buổi lễ, Giám đốc Sở Nguyễn Hữu Lộc nhấn mạnh, Tết trồng cây là "
                  "nét đẹp văn hóa được duy trì hơn 60 năm qua, góp phần nâng tỷ lệ che phủ rừng "
                  "của tỉnh lên 58,2%. Năm 2024, toàn tỉnh phấn đấu trồng mới 11.500 ha rừng tập "
                  "trung và hơn 1,2 triệu cây phân tán, ưu tiên cây bản địa, cây gỗ lớn."),
            ("img", "table", "inline-images/trong-cay-xuan-2.jpg",
             "Giám đốc Sở Nguyễn Hữu Lộc phát biểu phát động Tết trồng cây", "Ảnh: Minh Tâm"),
            ("p", "Ngay sau lễ phát động, các đại biểu và lực lượng tham gia đã trồng 2.500 cây "
                  "phi lao và keo lai giâm hom trên diện tích 1,5 ha tại khu vực rừng phòng hộ ven "
                  "biển thôn Chánh Oai. Số cây giống do Ban Quản lý rừng phòng hộ tỉnh hỗ trợ, "
                  "bảo đảm tiêu chuẩn về chiều cao và đường kính cổ rễ."),
            ("img", "em", "inline-images/trong-cay-xuan-3.jpg",
             "Đoàn viên thanh niên Chi đoàn Sở tham gia trồng cây phi lao chắn cát",
             "Ảnh: Thu Hà"),
            ("p", "Dịp này, Sở cũng phát động phong trào mỗi cán bộ, công chức, viên chức trồng ít "
                  "nhất 5 cây xanh tại nơi cư trú; giao Chi cục Kiểm lâm theo dõi, hướng dẫn kỹ "
                  "thuật chăm sóc, bảo đảm tỷ lệ cây sống đạt trên 90%."),
            ("img", "plain", "inline-images/trong-cay-xuan-4.jpg", None, None),
            ("img", "figure", "inline-images/trong-cay-xuan-5.jpg",
             "Người dân thôn Chánh Oai cùng tham gia trồng và chăm sóc cây sau lễ phát động",
             "Ảnh: Minh Tâm"),
            ("p", "Theo kế hoạch, từ nay đến hết tháng 3/2024, các huyện miền núi An Lão, Vĩnh "
                  "Thạnh, Vân Canh sẽ tiếp tục tổ chức trồng cây phân tán dọc các tuyến đường "
                  "liên xã, khuôn viên trường học và trụ sở cơ quan."),
        ],
    ),
    dict(
        key="a04-tong-ket-nam-2023", nid=2431, type="tin_tuc", term="hoat-dong",
        path="/tin-tuc/hoat-dong-cua-so/hoi-nghi-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024",
        title="Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        published=datetime(2024, 1, 12, 16, 40),
        body=[
            ("p", "Sáng ngày 10/01/2024, Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị "
                  "tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Lâm Văn "
                  "Phúc, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị."),
            ("p", "Năm 2023, mặc dù chịu ảnh hưởng của thời tiết cực đoan và giá vật tư đầu vào "
                  "tăng cao, tốc độ tăng trưởng giá trị sản xuất nông, lâm, thủy sản của tỉnh vẫn "
                  "đạt 3,12%, vượt kế hoạch đề ra. Giá trị sản phẩm thu được trên 1 ha đất trồng "
                  "trọt đạt 112 triệu đồng, tăng 6 triệu đồng so với năm 2022."),
            ("p", "Tính đến ngày 31/12/2023, toàn tỉnh có 87/116 xã đạt chuẩn nông thôn mới, 24 "
                  "xã đạt chuẩn nông thôn mới nâng cao và 6 xã đạt chuẩn nông thôn mới kiểu mẫu; "
                  "thị xã An Nhơn và thị xã Hoài Nhơn được công nhận hoàn thành nhiệm vụ xây dựng "
                  "nông thôn mới."),
            ("p", "Công tác quản lý, bảo vệ rừng được tăng cường, số vụ vi phạm giảm 18% so với "
                  "năm trước; tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt chuẩn đạt 61,5%. Ngành "
                  "cũng hoàn thành việc sửa chữa, nâng cấp 14 hồ chứa nước và 27 km kênh mương "
                  "nội đồng trước mùa mưa bão."),
            ("p", "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lâm Văn Phúc ghi nhận những kết quả "
                  "ngành nông nghiệp đạt được, đồng thời đề nghị Sở tập trung tái cơ cấu ngành "
                  "theo hướng nâng cao giá trị gia tăng, phát triển nông nghiệp hữu cơ, nông "
                  "nghiệp tuần hoàn; đẩy mạnh chuyển đổi số trong quản lý và sản xuất; chủ động "
                  "phương án ứng phó với hạn hán, xâm nhập mặn năm 2024."),
            ("p", "Năm 2024, ngành phấn đấu tốc độ tăng trưởng giá trị sản xuất nông, lâm, thủy "
                  "sản đạt 3,0-3,5%; có thêm 8 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt "
                  "chuẩn nông thôn mới kiểu mẫu; trồng rừng tập trung 11.500 ha; tỷ lệ che phủ "
                  "rừng duy trì ở mức 58%."),
            ("p", "Dịp này, Giám đốc Sở đã trao Giấy khen cho 12 tập thể và 25 cá nhân có thành "
                  "tích xuất sắc trong thực hiện nhiệm vụ năm 2023."),
            ("sign", "Văn phòng Sở"),
        ],
    ),
    dict(
        key="a05-dich-ta-lon", nid=2440, type="tin_tuc", term="chan-nuoi",
        path="/tin-tuc/chan-nuoi-thu-y/tang-cuong-cac-bien-phap-phong-chong-benh-dich-ta-lon-chau-phi",
        title="Tăng cường các biện pháp phòng, chống bệnh Dịch tả lợn châu Phi trong dịp Tết "
              "Nguyên đán",
        published=datetime(2024, 2, 6, 15, 20), author="Phạm Quốc Bảo",
        prefix="(SNNBĐ) –",
        lead="Trước diễn biến phức tạp của bệnh Dịch tả lợn châu Phi tại một số tỉnh lân cận, Sở "
             "Nông nghiệp và Phát triển nông thôn vừa có văn bản đề nghị các địa phương chủ động "
             "triển khai quyết liệt các biện pháp phòng, chống dịch, không để dịch bệnh lây lan "
             "trong dịp Tết Nguyên đán Giáp Thìn.",
        body=[
            ("p", "Theo Chi cục Chăn nuôi và Thú y, từ đầu tháng 1/2024 đến nay, bệnh Dịch tả lợn "
                  "châu Phi đã xuất hiện tại 5 hộ chăn nuôi thuộc 3 xã của huyện Hoài Ân và Phù "
                  "Mỹ, buộc phải tiêu hủy 126 con lợn với tổng trọng lượng hơn 7,4 tấn. Nguyên "
                  "nhân chủ yếu do người chăn nuôi chưa thực hiện tốt các biện pháp an toàn sinh "
                  "học và sử dụng thức ăn thừa không qua xử lý nhiệt."),
            ("p", "Để chủ động ngăn chặn dịch bệnh, Sở đề nghị UBND các huyện, thị xã, thành phố "
                  "chỉ đạo chính quyền cấp xã tăng cường giám sát đến từng hộ chăn nuôi, phát "
                  "hiện sớm, xử lý triệt để ổ dịch; tuyệt đối không giết mổ, mua bán, vận chuyển "
                  "lợn bệnh, lợn chết, không vứt xác lợn ra môi trường. Cụ thể:"),
            ("ul", [
                "Tổ chức tiêu độc, khử trùng môi trường chăn nuôi, chợ buôn bán gia súc, cơ sở "
                "giết mổ ít nhất 2 lần/tuần trong thời gian cao điểm;",
                "Kiểm soát chặt chẽ việc vận chuyển lợn và sản phẩm từ lợn ra vào địa bàn, nhất "
                "là tại các chốt kiểm dịch động vật trên Quốc lộ 1 và Quốc lộ 19;",
                "Hướng dẫn người chăn nuôi tái đàn theo đúng quy trình, chỉ nhập con giống có "
                "nguồn gốc rõ ràng, đã được kiểm dịch;",
                "Tuyên truyền trên hệ thống loa truyền thanh cơ sở để người dân không mua bán "
                "thịt lợn không rõ nguồn gốc.",
            ]),
            ("p", "Chi cục Chăn nuôi và Thú y được giao bố trí đủ hóa chất, vật tư dự phòng; thành "
                  "lập 3 tổ công tác thường trực tại các huyện có nguy cơ cao, sẵn sàng hỗ trợ địa "
                  "phương xử lý ổ dịch mới phát sinh."),
            ("img", "figure", "inline-images/tieu-doc-khu-trung-hoai-an.jpg",
             "Cán bộ thú y huyện Hoài Ân phun hóa chất tiêu độc khu vực chăn nuôi",
             "Ảnh: Chi cục Chăn nuôi và Thú y"),
            ("p", "Người dân khi phát hiện lợn có biểu hiện sốt cao, bỏ ăn, xuất huyết trên da cần "
                  "báo ngay cho nhân viên thú y cơ sở hoặc gọi đường dây nóng 0256.3891.226 để "
                  "được hướng dẫn xử lý kịp thời."),
        ],
    ),
    dict(
        key="a06-nguon-nuoc-chong-han", nid=2458, type="tin_tuc", term="thuy-loi",
        path="/tin-tuc/thuy-loi-phong-chong-thien-tai/cap-nhat-tinh-hinh-nguon-nuoc-cac-ho-chua-va-phuong-an-chong-han-nam-2024",
        title="Cập nhật tình hình nguồn nước các hồ chứa và phương án chống hạn năm 2024",
        published=datetime(2024, 3, 4, 9, 10), updated=datetime(2024, 3, 6, 16, 20),
        source_field="Chi cục Thủy lợi",
        lead_bold="Tính đến ngày 04/3/2024, tổng dung tích các hồ chứa thủy lợi trên địa bàn tỉnh "
                  "đạt 512,6 triệu m³, bằng 81,4% dung tích thiết kế; một số hồ chứa vừa và nhỏ "
                  "ở vùng cuối nguồn có nguy cơ thiếu nước vào cuối vụ Đông Xuân.",
        body=[
            ("p", "Theo số liệu của Chi cục Thủy lợi, trong 165 hồ chứa do tỉnh quản lý, có 9 hồ "
                  "lớn đạt trên 85% dung tích thiết kế, gồm Định Bình, Núi Một, Hội Sơn, Thuận "
                  "Ninh, Vạn Hội... Tuy nhiên, 23 hồ chứa nhỏ tại các huyện Phù Mỹ, Phù Cát, Hoài "
                  "Ân chỉ đạt từ 35% đến 50% dung tích, khó bảo đảm nước tưới cho khoảng 1.620 ha "
                  "lúa và hoa màu."),
            ("p", "Lượng mưa trong tháng 2 thấp hơn trung bình nhiều năm khoảng 40%, nhiệt độ cao "
                  "kết hợp gió Tây khô nóng xuất hiện sớm làm tăng lượng bốc hơi. Tại vùng hạ lưu "
                  "sông Kôn, độ mặn đo được tại trạm Tân An ngày 02/3 là 1,8‰, cao hơn cùng kỳ "
                  "năm trước."),
            ("sub", "Phương án ứng phó theo ba cấp độ"),
            ("p", "Sở Nông nghiệp và Phát triển nông thôn đã ban hành phương án phòng, chống hạn "
                  "hán, thiếu nước, xâm nhập mặn năm 2024, chia thành ba cấp độ tương ứng với mức "
                  "độ thiếu hụt nguồn nước. Ở cấp độ 1, các địa phương điều tiết nước luân phiên, "
                  "nạo vét kênh dẫn; ở cấp độ 2, chuyển đổi khoảng 650 ha lúa thiếu nước sang cây "
                  "trồng cạn; ở cấp độ 3, ưu tiên tuyệt đối nước sinh hoạt cho người dân và nước "
                  "uống cho gia súc."),
            ("p", "Công ty TNHH Khai thác công trình thủy lợi Bình Định được yêu cầu vận hành các "
                  "đập dâng, trạm bơm theo lịch tưới đã thống nhất với địa phương; kiểm tra, gia "
                  "cố các đập ngăn mặn trên sông Kôn, sông Hà Thanh trước ngày 20/3/2024."),
            ("p", "Cập nhật ngày 06/3/2024: Sau đợt mưa trái mùa ngày 05/3, dung tích các hồ chứa "
                  "tăng thêm khoảng 6,3 triệu m³; UBND huyện Phù Mỹ đã tạm dừng kế hoạch chuyển "
                  "đổi 120 ha lúa tại xã Mỹ Trinh."),
        ],
    ),
    dict(
        key="a07-san-pham-ocop", nid=2437, type="tin_tuc", term="ntm",
        path="/tin-tuc/nong-thon-moi/binh-dinh-co-them-25-san-pham-dat-chuan-ocop-nam-2023",
        title="Bình Định có thêm 25 sản phẩm đạt chuẩn OCOP năm 2023",
        published=datetime(2024, 1, 29, 14, 0),
        lead="UBND tỉnh vừa ban hành quyết định công nhận 25 sản phẩm đạt chuẩn OCOP đợt 2 năm "
             "2023, nâng tổng số sản phẩm OCOP của tỉnh lên 286 sản phẩm, trong đó có 41 sản "
             "phẩm đạt 4 sao.",
        tags=[("OCOP", "ocop"), ("Nông thôn mới", "nong-thon-moi")],
        body=[
            ("p", "Các sản phẩm được công nhận đợt này thuộc 5 nhóm: thực phẩm, đồ uống, thảo "
                  "dược, thủ công mỹ nghệ và dịch vụ du lịch nông thôn; chủ thể gồm 9 hợp tác xã, "
                  "7 doanh nghiệp và 9 hộ sản xuất kinh doanh. Một số sản phẩm tiêu biểu như rượu "
                  "Bàu Đá Cù Lâm, nem chợ Huyện Tây Phương, bánh tráng nước dừa Tam Quan, trà túi "
                  "lọc lá vối Hoài Ân."),
            ("related", [
                ("Hội đồng cấp tỉnh đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2023",
                 SOFT404_PATH),
                ("Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
                 "/tin-tuc/hoat-dong-cua-so/hoi-nghi-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024"),
            ]),
            ("p", "Theo đánh giá của Hội đồng cấp tỉnh, chất lượng sản phẩm OCOP năm nay có nhiều "
                  "cải thiện về bao bì, nhãn mác, truy xuất nguồn gốc; 100% sản phẩm đã có mã QR "
                  "và được giới thiệu trên các sàn thương mại điện tử."),
            ("p", "Bà Huỳnh Thị Kim Loan, Phó Giám đốc Sở, cho biết: Sở sẽ tiếp tục hỗ trợ các chủ "
                  "thể hoàn thiện sản phẩm để nâng hạng, đồng thời kết nối tiêu thụ tại các siêu "
                  "thị, cửa hàng tiện lợi và các hội chợ trong, ngoài tỉnh. Mục tiêu năm 2024 có "
                  "thêm ít nhất 30 sản phẩm đạt chuẩn OCOP, trong đó 5 sản phẩm đạt 4 sao trở "
                  "lên."),
            ("p", "Các sản phẩm OCOP được công nhận có giá trị trong thời hạn 36 tháng kể từ ngày "
                  "ký quyết định; chủ thể có trách nhiệm duy trì chất lượng và chịu sự kiểm tra, "
                  "giám sát của cơ quan chức năng."),
            ("by", "Tường Vy"),
        ],
    ),
    dict(
        key="a08-dua-hau-phu-cat", nid=2443, type="tin_tuc", term="trong-trot",
        path="/tin-tuc/trong-trot-bao-ve-thuc-vat/nong-dan-phu-cat-trung-mua-dua-hau-tet",
        title="Nông dân Phù Cát trúng mùa dưa hấu Tết",
        published=datetime(2024, 2, 9, 7, 45),
        lead="Những ngày cận Tết Giáp Thìn, nông dân các xã Cát Hiệp, Cát Trinh, Cát Lâm (huyện "
             "Phù Cát) tất bật thu hoạch dưa hấu. Năm nay dưa được mùa, được giá, mỗi sào cho "
             "lãi từ 8 đến 10 triệu đồng.",
        body=[
            ("p", "Vụ dưa hấu Tết năm nay, huyện Phù Cát gieo trồng 215 ha, tăng 30 ha so với năm "
                  "trước, chủ yếu là giống Hắc Mỹ Nhân và dưa hấu ruột vàng. Nhờ thời tiết thuận "
                  "lợi, ít sâu bệnh, năng suất bình quân đạt 30-32 tấn/ha."),
            ("p", "Ông Nguyễn Văn Lành ở thôn Hòa Dõng, xã Cát Hiệp, phấn khởi cho biết: gia đình "
                  "trồng 6 sào dưa, thương lái đặt mua tại ruộng với giá 11.000 đồng/kg, cao hơn "
                  "năm ngoái khoảng 2.000 đồng. Trừ chi phí, mỗi sào lãi gần 10 triệu đồng."),
            ("img", "table", "inline-images/dua-hau-cat-hiep.jpg",
             "Nông dân xã Cát Hiệp thu hoạch dưa hấu phục vụ thị trường Tết",
             "Ảnh: Thanh Tùng"),
            ("p", "Theo Phòng Nông nghiệp và PTNT huyện Phù Cát, để tránh tình trạng được mùa mất "
                  "giá, huyện đã khuyến cáo nông dân bố trí lịch xuống giống rải vụ, đồng thời kết "
                  "nối với các doanh nghiệp thu mua tại TP Hồ Chí Minh và Đà Nẵng. Đến nay đã có "
                  "khoảng 70% diện tích dưa được tiêu thụ."),
            ("p", "Ngoài dưa hấu, nhiều hộ dân còn trồng thêm hoa cúc, ớt và rau màu ngắn ngày "
                  "trên chân đất cát, góp phần tăng thu nhập dịp cuối năm."),
            ("by", "Thanh Tùng"),
            ("source", "Báo Bình Định"),
        ],
    ),
    dict(
        key="a09-lich-thoi-vu", nid=2398, type="tin_tuc", term="trong-trot",
        path="/node/2398",  # pathauto did not run for this node: it lives at its system path
        title="Khuyến cáo lịch thời vụ gieo sạ lúa vụ Đông Xuân 2023-2024",
        published=datetime(2023, 12, 18, 10, 30),
        lead_bold="Căn cứ dự báo khí tượng thủy văn và tình hình nguồn nước, Sở Nông nghiệp và "
                  "Phát triển nông thôn khuyến cáo lịch thời vụ gieo sạ lúa vụ Đông Xuân "
                  "2023-2024 trên địa bàn tỉnh như sau:",
        body=[
            ("br", [
                "- Vùng sạ sớm (các chân ruộng cao, chủ động nước): gieo sạ từ ngày 20/12 đến "
                "30/12/2023;",
                "- Vùng chính vụ: gieo sạ tập trung từ ngày 01/01 đến 15/01/2024;",
                "- Vùng trũng, ngập úng cục bộ: gieo sạ chậm nhất trước ngày 25/01/2024.",
            ]),
            ("p", "Các địa phương cần chỉ đạo gieo sạ tập trung, đồng loạt theo từng cánh đồng, "
                  "từng vùng trong khoảng thời gian không quá 7 ngày để hạn chế sinh vật gây hại "
                  "và thuận lợi trong điều tiết nước."),
            ("p", "Về cơ cấu giống, ưu tiên sử dụng các giống ngắn ngày, chống chịu sâu bệnh, có "
                  "năng suất và chất lượng cao; tỷ lệ sử dụng giống xác nhận đạt trên 90%. Không "
                  "sử dụng giống lúa đã nhiễm bệnh lùn sọc đen, vàng lùn ở vụ trước."),
            ("p", "Lượng giống gieo sạ khuyến cáo từ 100 đến 120 kg/ha đối với sạ lan và từ 60 "
                  "đến 80 kg/ha đối với sạ hàng, cấy máy; khuyến khích áp dụng các biện pháp canh "
                  "tác tiên tiến như “1 phải 5 giảm”, SRI."),
            ("sign", "Chi cục Trồng trọt và Bảo vệ thực vật"),
        ],
    ),
    dict(
        key="a10-kiem-tra-iuu", nid=2426, type="tin_tuc", term="hoat-dong",
        path="/tin-tuc/hoat-dong-cua-so/doan-cong-tac-kiem-tra-cong-tac-chong-khai-thac-iuu-tai-cang-ca-quy-nhon",
        title="Đoàn công tác của Sở kiểm tra công tác chống khai thác IUU tại cảng cá Quy Nhơn",
        published=datetime(2024, 1, 5, 17, 5), author="Võ Thành Đạt",
        lead="Chiều 05/01, đoàn công tác do Phó Giám đốc Sở Võ Đình Nam làm trưởng đoàn đã kiểm "
             "tra việc thực hiện các quy định về chống khai thác hải sản bất hợp pháp, không báo "
             "cáo và không theo quy định (IUU) tại cảng cá Quy Nhơn.",
        body=[
            ("p", "Tại buổi kiểm tra, đại diện Ban Quản lý cảng cá báo cáo: năm 2023, cảng đã "
                  "tiếp nhận 9.846 lượt tàu cá cập cảng với sản lượng hải sản qua cảng đạt 41.260 "
                  "tấn; 100% tàu cá có chiều dài từ 15 m trở lên cập cảng được kiểm tra hồ sơ, "
                  "giám sát sản lượng bốc dỡ theo quy định."),
            ("img", "figure", "inline-images/kiem-tra-iuu-cang-ca-quy-nhon.jpg",
             "Đoàn công tác kiểm tra nhật ký khai thác trên tàu cá BĐ 97468 TS",
             "Ảnh: Ngọc Sương"),
            ("p", "Đoàn đã trực tiếp kiểm tra thiết bị giám sát hành trình, nhật ký khai thác trên "
                  "12 tàu cá đang neo đậu; qua đó phát hiện 2 tàu có nhật ký ghi chép chưa đầy đủ, "
                  "yêu cầu chủ tàu bổ sung trước khi xuất bến."),
            ("p", "Phó Giám đốc Sở Võ Đình Nam đề nghị Ban Quản lý cảng cá tiếp tục duy trì nghiêm "
                  "việc kiểm soát tàu cá xuất, nhập bến, xác nhận nguồn gốc nguyên liệu thủy sản "
                  "khai thác; phối hợp với Đồn Biên phòng cửa khẩu cảng Quy Nhơn xử lý dứt điểm "
                  "các trường hợp tàu cá mất kết nối thiết bị giám sát hành trình trên 6 giờ."),
            ("p", "Năm 2024, tỉnh phấn đấu không để xảy ra tàu cá vi phạm vùng biển nước ngoài, "
                  "góp phần cùng cả nước sớm gỡ “thẻ vàng” của Ủy ban châu Âu đối với hải sản "
                  "Việt Nam."),
        ],
    ),
    dict(
        key="a11-tap-huan-pcccr", nid=2434, type="tin_tuc", term="hoat-dong",
        path="/tin-tuc/hoat-dong-cua-so/tap-huan-nghiep-vu-phong-chay-chua-chay-rung-nam-2024",
        title="Tập huấn nghiệp vụ phòng cháy, chữa cháy rừng năm 2024",
        published=datetime(2024, 1, 22, 11, 20),
        lead="Trong hai ngày 18 và 19/01/2024, Chi cục Kiểm lâm tổ chức lớp tập huấn nghiệp vụ "
             "phòng cháy, chữa cháy rừng cho hơn 120 học viên là kiểm lâm địa bàn, lực lượng bảo "
             "vệ rừng chuyên trách và cán bộ các xã có rừng.",
        files=[("ke-hoach-pcccr-2024.pdf", "application/pdf", 482133),
               ("tai-lieu-tap-huan-pcccr.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 91520)],
        body=[
            ("p", "Các học viên được truyền đạt những nội dung về văn bản pháp luật liên quan đến "
                  "phòng cháy, chữa cháy rừng; kỹ năng xây dựng phương án phòng cháy cấp cơ sở; "
                  "cách sử dụng, bảo dưỡng máy thổi gió, máy cắt thực bì và bơm chữa cháy đeo "
                  "vai."),
            ("p", "Phần thực hành được tổ chức tại Tiểu khu 318, xã Phước Thành, huyện Tuy Phước, "
                  "mô phỏng tình huống đám cháy lan rộng trên diện tích 2 ha rừng keo. Lực lượng "
                  "tham gia đã phối hợp phát hiện, báo cháy, làm đường băng cản lửa và dập tắt đám "
                  "cháy trong vòng 45 phút."),
            ("p", "Theo Chi cục Kiểm lâm, mùa khô năm 2024 được dự báo đến sớm và kéo dài, nguy cơ "
                  "cháy rừng ở cấp IV, cấp V có thể xuất hiện từ cuối tháng 3. Toàn tỉnh hiện có "
                  "hơn 46.000 ha rừng trồng thông, keo, bạch đàn thuộc diện trọng điểm dễ cháy."),
            ("p", "Kết thúc lớp tập huấn, Chi cục đề nghị các học viên triển khai ngay kiến thức "
                  "đã học tại địa phương, kiện toàn Ban Chỉ huy phòng cháy cấp xã và duy trì lực "
                  "lượng trực 24/24 giờ trong những ngày nắng nóng."),
            ("sign", "Chi cục Kiểm lâm"),
        ],
    ),
    dict(
        key="a12-tuyen-dung-vien-chuc", nid=2455, type="thong_bao", term="thong-bao",
        path="/thong-bao/thong-bao-tuyen-dung-vien-chuc-lam-viec-tai-cac-don-vi-su-nghiep-nam-2024",
        title="Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm "
              "2024",
        published=datetime(2024, 2, 29), date_only=True,
        files=[("thong-bao-tuyen-dung-vien-chuc-2024.pdf", "application/pdf", 356270),
               ("mau-phieu-dang-ky-du-tuyen.doc", "application/msword", 48640)],
        body=[
            ("p", "Căn cứ Kế hoạch số 27/KH-SNN ngày 20/02/2024 của Sở Nông nghiệp và Phát triển "
                  "nông thôn về tuyển dụng viên chức năm 2024, Sở thông báo tuyển dụng 14 chỉ tiêu "
                  "viên chức làm việc tại các đơn vị sự nghiệp công lập trực thuộc như sau:"),
            ("ul", [
                "Trung tâm Khuyến nông: 05 chỉ tiêu (chuyên ngành trồng trọt, chăn nuôi, thủy "
                "sản);",
                "Trung tâm Giống nông nghiệp: 03 chỉ tiêu (chuyên ngành khoa học cây trồng, công "
                "nghệ sinh học);",
                "Ban Quản lý rừng phòng hộ tỉnh: 04 chỉ tiêu (chuyên ngành lâm sinh, quản lý tài "
                "nguyên rừng);",
                "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn: 02 chỉ tiêu (chuyên ngành "
                "cấp thoát nước, kỹ thuật môi trường).",
            ]),
            ("p", "Hình thức tuyển dụng: xét tuyển theo quy định tại Nghị định số 115/2020/NĐ-CP "
                  "và Nghị định số 85/2023/NĐ-CP của Chính phủ."),
            ("p", "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/3/2024 đến hết ngày 30/3/2024 "
                  "(trong giờ hành chính), tại Văn phòng Sở. Thông tin chi tiết về tiêu chuẩn, "
                  "điều kiện dự tuyển xem tại tệp đính kèm."),
            ("sign", "Phòng Tổ chức cán bộ"),
        ],
    ),
]

# Documents of the "Văn bản" view: (number, date, summary, issuer, type, file).
DOCS = [
    ("345/QĐ-SNN", "12/03/2024", "Quyết định ban hành Kế hoạch kiểm tra an toàn đập, hồ chứa "
     "nước năm 2024", "Sở Nông nghiệp và PTNT", "Quyết định", "qd-345-snn-2024.pdf"),
    ("58/KH-SNN", "08/03/2024", "Kế hoạch phòng, chống hạn hán, thiếu nước, xâm nhập mặn năm "
     "2024", "Sở Nông nghiệp và PTNT", "Kế hoạch", "kh-58-snn-2024.pdf"),
    ("512/UBND-KT", "05/03/2024", "Về việc tăng cường công tác phòng cháy, chữa cháy rừng mùa "
     "khô năm 2024", "UBND tỉnh", "Công văn", "cv-512-ubnd-kt-2024.pdf"),
    ("27/KH-SNN", "20/02/2024", "Kế hoạch tuyển dụng viên chức năm 2024", "Sở Nông nghiệp và PTNT",
     "Kế hoạch", "kh-27-snn-2024.pdf"),
    ("04/2024/QĐ-UBND", "16/02/2024", "Quy định mức hỗ trợ phát triển sản xuất nông nghiệp trên "
     "địa bàn tỉnh giai đoạn 2024-2026", "UBND tỉnh", "Quyết định", "qd-04-2024-ubnd.pdf"),
    ("285/SNN-CNTY", "02/02/2024", "Về việc chủ động phòng, chống bệnh Dịch tả lợn châu Phi dịp "
     "Tết Nguyên đán", "Sở Nông nghiệp và PTNT", "Công văn", "cv-285-snn-cnty.pdf"),
    ("198/QĐ-UBND", "24/01/2024", "Quyết định công nhận sản phẩm đạt chuẩn OCOP đợt 2 năm 2023",
     "UBND tỉnh", "Quyết định", "qd-198-ubnd-2024.pdf"),
    ("12/BC-SNN", "15/01/2024", "Báo cáo tổng kết công tác năm 2023 và phương hướng nhiệm vụ "
     "năm 2024", "Sở Nông nghiệp và PTNT", "Báo cáo", "bc-12-snn-2024.pdf"),
    ("3921/SNN-TT", "14/12/2023", "Hướng dẫn lịch thời vụ và cơ cấu giống lúa vụ Đông Xuân "
     "2023-2024", "Sở Nông nghiệp và PTNT", "Công văn", "cv-3921-snn-tt.pdf"),
    ("2876/QĐ-UBND", "28/11/2023", "Phê duyệt phương án ứng phó thiên tai theo cấp độ rủi ro "
     "trên địa bàn tỉnh", "UBND tỉnh", "Quyết định", "qd-2876-ubnd-2023.pdf"),
    ("3710/SNN-KL", "20/11/2023", "Về việc kiểm tra công tác trồng rừng thay thế năm 2023",
     "Sở Nông nghiệp và PTNT", "Công văn", "cv-3710-snn-kl.pdf"),
    ("35/2023/QĐ-UBND", "10/11/2023", "Ban hành Quy chế quản lý cảng cá, khu neo đậu tránh trú "
     "bão cho tàu cá", "UBND tỉnh", "Quyết định", "qd-35-2023-ubnd.pdf"),
    ("3512/SNN-VP", "02/11/2023", "Về việc thực hiện chế độ báo cáo định kỳ trên Hệ thống thông "
     "tin báo cáo của tỉnh", "Sở Nông nghiệp và PTNT", "Công văn", "cv-3512-snn-vp.pdf"),
    ("241/KH-UBND", "25/10/2023", "Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm năm "
     "2024", "UBND tỉnh", "Kế hoạch", "kh-241-ubnd-2023.pdf"),
]
DOCS_PER_PAGE = 10

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def nfc(s: str) -> str:
    """Truth strings are NFC with whitespace collapsed, as the README asks."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def weekday_date(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def iso(d: datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def term_of(a: dict) -> tuple[int, str, str]:
    return TERMS[a["term"]]


def sorted_articles() -> list[dict]:
    """Views sort: newest first by created date."""
    return sorted(ARTICLES, key=lambda a: a["published"], reverse=True)


def abs_url(path: str) -> str:
    return HOST + path


def img_path(rel: str) -> str:
    return "/sites/default/files/" + rel


def style_path(rel: str, style: str, itok: str) -> str:
    return f"/sites/default/files/styles/{style}/public/{rel}?itok={itok}"


def thumb_of(a: dict) -> str | None:
    """Teaser thumbnail: the node's image field, else its first inline image."""
    if a.get("image"):
        rel, itok, _ = a["image"]
        return style_path(rel, "thumbnail", itok)
    for b in a["body"]:
        if b[0] == "img":
            return style_path(b[2], "thumbnail", f"t{a['nid']}x")
    return None


def short_lead(a: dict) -> str:
    text = a.get("lead") or a.get("lead_bold") or next(b[1] for b in a["body"] if b[0] == "p")
    words = text.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


# --------------------------------------------------------------------------------------------
# Chrome: head, header, menus, sidebars, footer (Drupal 7 html.tpl.php / page.tpl.php shape)
# --------------------------------------------------------------------------------------------
CSS_FILES = [
    "modules/system/system.base.css", "modules/system/system.menus.css",
    "modules/system/system.messages.css", "modules/system/system.theme.css",
    "sites/all/modules/contrib/simplenews/simplenews.css", "modules/aggregator/aggregator.css",
    "modules/comment/comment.css", "sites/all/modules/contrib/date/date_api/date.css",
    "sites/all/modules/contrib/date/date_popup/themes/datepicker.1.7.css",
    "modules/field/theme/field.css", "modules/node/node.css", "modules/poll/poll.css",
    "modules/search/search.css", "modules/user/user.css",
    "sites/all/modules/contrib/views/css/views.css",
    "sites/all/modules/contrib/ckeditor/css/ckeditor.css",
    "sites/all/modules/contrib/ctools/css/ctools.css",
    "sites/all/modules/contrib/webform/css/webform.css",
    "sites/all/modules/contrib/image_field_caption/image_field_caption.css",
    "sites/all/libraries/superfish/css/superfish.css",
    "sites/all/libraries/superfish/style/default.css",
    "sites/all/themes/sonnptnt/css/bootstrap.min.css", "sites/all/themes/sonnptnt/css/style.css",
    "sites/all/themes/sonnptnt/css/responsive.css",
]
JS_FILES = [
    "misc/jquery.js?v=1.4.4", "misc/jquery-extend-3.4.0.js?v=1.4.4",
    "misc/jquery-html-prefilter-3.5.0-backport.js?v=1.4.4", "misc/jquery.once.js?v=1.2",
    "misc/drupal.js?s9v3kd", "sites/all/modules/contrib/jquery_update/replace/ui/external/jquery.cookie.js?v=67fb34f6a866c40d0570",
    "misc/form.js?v=7.98", "misc/ajax.js?v=7.98", "misc/progress.js?v=7.98",
    "sites/all/modules/contrib/views/js/base.js?s9v3kd",
    "sites/all/modules/contrib/views/js/ajax_view.js?s9v3kd",
    "public://languages/vi_Xk2hQW0iHn9pPVd4eJ1aY8cTfZbS3mLuRgN5oKvE7qA.js?s9v3kd",
    "sites/all/libraries/superfish/jquery.hoverIntent.minified.js?s9v3kd",
    "sites/all/libraries/superfish/sfsmallscreen.js?s9v3kd",
    "sites/all/libraries/superfish/supposition.js?s9v3kd",
    "sites/all/libraries/superfish/superfish.js?s9v3kd",
    "sites/all/modules/contrib/superfish/superfish.js?s9v3kd",
    "sites/all/modules/contrib/google_analytics/googleanalytics.js?s9v3kd",
    "sites/all/themes/sonnptnt/js/bootstrap.min.js?s9v3kd",
    "sites/all/themes/sonnptnt/js/jquery.bxslider.min.js?s9v3kd",
    "sites/all/themes/sonnptnt/js/script.js?s9v3kd",
]

MAIN_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
        ("Các phòng chuyên môn", "/gioi-thieu/cac-phong-chuyen-mon"),
        ("Các chi cục trực thuộc", "/gioi-thieu/cac-chi-cuc-truc-thuoc"),
        ("Đơn vị sự nghiệp", "/gioi-thieu/don-vi-su-nghiep"),
    ]),
    ("Tin tức - Sự kiện", "/tin-tuc", [(t[1], t[2]) for t in TERMS.values()]),
    ("Văn bản", "/van-ban", [
        ("Văn bản quy phạm pháp luật", "/van-ban?field_loai_van_ban_tid=21"),
        ("Văn bản chỉ đạo, điều hành", "/van-ban?field_loai_van_ban_tid=22"),
        ("Dự thảo lấy ý kiến", "/van-ban/du-thao"),
    ]),
    ("Thủ tục hành chính", "https://dichvucong.binhdinh.gov.vn/", []),
    ("Chuyên đề", "/chuyen-de", [
        ("Chuyển đổi số ngành nông nghiệp", "/chuyen-de/chuyen-doi-so"),
        ("Chống khai thác IUU", "/chuyen-de/chong-khai-thac-iuu"),
        ("Mỗi xã một sản phẩm (OCOP)", "/chuyen-de/ocop"),
        ("Cải cách hành chính", "/chuyen-de/cai-cach-hanh-chinh"),
    ]),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]

LINK_BOXES = [
    ("Cơ quan Trung ương", [
        ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "https://www.mard.gov.vn"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
        ("Tổng cục Thủy lợi", "https://tongcucthuyloi.gov.vn"),
        ("Cục Trồng trọt", "https://cuctrongtrot.gov.vn"),
        ("Cục Chăn nuôi", "https://channuoi.gov.vn"),
    ]),
    ("Tỉnh ủy, UBND tỉnh", [
        ("Cổng thông tin điện tử tỉnh Bình Định", "https://binhdinh.gov.vn"),
        ("Tỉnh ủy Bình Định", "https://tinhuybinhdinh.vn"),
        ("Hội đồng nhân dân tỉnh", "https://hdnd.binhdinh.gov.vn"),
    ]),
    ("Sở, ban, ngành", [
        ("Sở Tài nguyên và Môi trường", "https://stnmt.binhdinh.gov.vn"),
        ("Sở Kế hoạch và Đầu tư", "https://skhdt.binhdinh.gov.vn"),
        ("Sở Tài chính", "https://stc.binhdinh.gov.vn"),
        ("Sở Công Thương", "https://sct.binhdinh.gov.vn"),
        ("Sở Khoa học và Công nghệ", "https://skhcn.binhdinh.gov.vn"),
        ("Sở Thông tin và Truyền thông", "https://stttt.binhdinh.gov.vn"),
        ("Sở Giao thông vận tải", "https://sgtvt.binhdinh.gov.vn"),
        ("Sở Xây dựng", "https://sxd.binhdinh.gov.vn"),
        ("Sở Nội vụ", "https://snv.binhdinh.gov.vn"),
        ("Sở Tư pháp", "https://stp.binhdinh.gov.vn"),
    ]),
    ("UBND huyện, thị xã, thành phố", [
        (name.replace("Huyện", "UBND huyện").replace("Thị xã", "UBND thị xã")
         .replace("Thành phố", "UBND thành phố"), f"https://{i}.binhdinh.gov.vn")
        for i, (name, _, _) in zip(
            ["tuyphuoc", "annhon", "phucat", "phumy", "hoainhon", "tayson", "hoaian",
             "quynhon", "vinhthanh", "anlao", "vancanh"], RICE, strict=True)
    ]),
]


def head(title: str, canonical: str | None, shortlink: str | None, desc: str) -> str:
    """<head> as Drupal 7 core and its usual contrib modules print it."""
    css = "\n".join(f'@import url("{HOST}/{f}?s9v3kd");' for f in CSS_FILES)
    js = "\n".join(f'<script type="text/javascript" src="{HOST}/{f}"></script>'
                   for f in JS_FILES if not f.startswith("public://"))
    settings = {
        "basePath": "/", "pathPrefix": "", "setHasJsCookie": 0,
        "ajaxPageState": {"theme": "sonnptnt", "theme_token": "h5T0y-Qz3Wm8nKf2LpRbV1cXeA9sJdU6gOiY4tE7rNc",
                          "js": {f.split("?")[0]: 1 for f in JS_FILES},
                          "css": {f: 1 for f in CSS_FILES}},
        "superfish": {"1": {"id": "1", "sf": {"animation": {"opacity": "show", "height": "show"},
                                              "speed": "fast", "autoArrows": False},
                            "plugins": {"smallscreen": {"mode": "window_width",
                                                        "addSelected": False,
                                                        "menuClasses": False,
                                                        "hyperlinkClasses": False,
                                                        "title": "Menu chính"},
                                        "supposition": True, "bgiframe": False}}},
        "googleanalytics": {"trackOutbound": 1, "trackMailto": 1, "trackDownload": 1,
                            "trackDownloadExtensions": "7z|aac|arc|arj|asf|asx|avi|bin|csv|doc(x|m)?|dot(x|m)?|exe|flv|gif|gz|gzip|hqx|jar|jpe?g|js|mp(2|3|4|e?g)|mov(ie)?|msi|msp|pdf|phps|png|ppt(x|m)?|pot(x|m)?|pps(x|m)?|ppam|sld(x|m)?|thmx|qtm?|ra(m|r)?|sea|sit|tar|tgz|torrent|txt|wav|wma|wmv|wpd|xls(x|m|b)?|xlt(x|m)|xlam|xml|z|zip"},
        "views": {"ajax_path": "/views/ajax", "ajaxViews": {
            "views_dom_id:8c1f0e4b2a7d9f3e6b5c4a1d0e9f8a7b": {
                "view_name": "tin_xem_nhieu", "view_display_id": "block", "view_args": "",
                "view_path": "node", "view_base_path": None,
                "view_dom_id": "8c1f0e4b2a7d9f3e6b5c4a1d0e9f8a7b", "pager_element": 0}}},
        "urlIsAjaxTrusted": {"/search/node": True, "/": True},
    }
    links = ""
    if canonical:
        links += f'<link rel="canonical" href="{canonical}" />\n'
    if shortlink:
        links += f'<link rel="shortlink" href="{shortlink}" />\n'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="{HOST}/sites/default/files/favicon_0.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="{escape(desc)}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{links}  <title>{escape(title)}</title>
  <style type="text/css" media="all">
{css}
</style>
<!--[if lt IE 9]><link type="text/css" rel="stylesheet" href="{HOST}/sites/all/themes/sonnptnt/css/ie8.css?s9v3kd" media="all" /><![endif]-->
  {js}
<script type="text/javascript">
<!--//--><![CDATA[//><!--
(function(i,s,o,g,r,a,m){{i["GoogleAnalyticsObject"]=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,"script","https://www.google-analytics.com/analytics.js","ga");ga("create", "UA-48215073-1", {{"cookieDomain":"auto"}});ga("set", "anonymizeIp", true);ga("send", "pageview");
//--><!]]>
</script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {json.dumps(settings, ensure_ascii=False, separators=(",", ":"))});
//--><!]]>
</script>
</head>"""


def menu_html() -> str:
    """Main menu rendered by superfish (nested ul.menu / sf-menu)."""
    items = []
    for i, (name, href, subs) in enumerate(MAIN_MENU):
        cls = ["first"] if i == 0 else (["last"] if i == len(MAIN_MENU) - 1 else [])
        mlid = 218 + i * 7
        if subs:
            cls.append("menuparent")
            sub = "".join(
                f'<li id="menu-{mlid + j + 1}-1" class="{"first " if j == 0 else ""}'
                f'{"last " if j == len(subs) - 1 else ""}sf-depth-2 sf-no-children">'
                f'<a href="{escape(h)}" class="sf-depth-2">{escape(n)}</a></li>'
                for j, (n, h) in enumerate(subs))
            items.append(f'<li id="menu-{mlid}-1" class="{" ".join(cls)} sf-depth-1">'
                         f'<a href="{escape(href)}" class="sf-depth-1 menuparent">{escape(name)}'
                         f'</a><ul>{sub}</ul></li>')
        else:
            items.append(f'<li id="menu-{mlid}-1" class="{" ".join(cls)} sf-depth-1 '
                         f'sf-no-children"><a href="{escape(href)}" class="sf-depth-1">'
                         f'{escape(name)}</a></li>')
    return f"""<div class="region region-navigation">
    <div id="block-superfish-1" class="block block-superfish">
      <div class="content">
        <ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-default sf-total-items-{len(MAIN_MENU)} sf-parent-items-4 sf-single-items-{len(MAIN_MENU) - 4}">{"".join(items)}</ul>
      </div>
    </div>
  </div>"""


def header_html() -> str:
    return f"""<div id="page-wrapper"><div id="page">
  <div id="top-bar" class="clearfix">
    <div class="region region-top-bar">
      <div id="block-block-5" class="block block-block">
        <div class="content">
          <p class="today-date">{weekday_date(TODAY)}</p>
        </div>
      </div>
      <div id="block-block-9" class="block block-block">
        <div class="content">
          <ul class="top-links"><li><a href="/so-do-website">Sơ đồ website</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/rss.xml">RSS</a></li><li><a href="/user/login">Đăng nhập</a></li></ul>
        </div>
      </div>
    </div>
  </div>
  <div id="header" class="clearfix"><div class="section clearfix">
    <a href="/" title="Trang chủ" rel="home" id="logo">
      <img src="{HOST}/sites/default/files/logo-snn-binhdinh.png" alt="Trang chủ" />
    </a>
    <div id="name-and-slogan">
      <div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{escape(SITE.upper())}</span></a></strong></div>
      <div id="site-slogan">Trang thông tin điện tử</div>
    </div>
    <div class="region region-header">
      <div id="block-search-form" class="block block-search">
        <div class="content">
          <form action="/" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Biểu mẫu tìm kiếm</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>
 <input title="Nhập từ khóa bạn muốn tìm." placeholder="Tìm kiếm tin tức..." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-Xq4v1mH8sT0kP6dR2wZ9yB3nLc5eJ7aG" />
<input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>
        </div>
      </div>
    </div>
  </div></div>
  <div id="navigation"><div class="section">
  {menu_html()}
  </div></div>"""


def breadcrumb_html(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for name, href in trail:
        parts.append(f'<a href="{escape(href)}">{escape(name)}</a>' if href
                     else f'<span class="active">{escape(name)}</span>')
    return (f'<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2>'
            f'<div class="breadcrumb">{" » ".join(parts)}</div></div>')


def views_title_list(view: str, items: list[dict], with_date: bool = True,
                     date_fmt: str = "%d/%m/%Y") -> str:
    """A views block rendered as an HTML list (views-view-list)."""
    rows = []
    for i, a in enumerate(items):
        zebra = "odd" if i % 2 == 0 else "even"
        cls = f"views-row views-row-{i + 1} views-row-{zebra}"
        cls += " views-row-first" if i == 0 else ""
        cls += " views-row-last" if i == len(items) - 1 else ""
        date = (f' <span class="views-field views-field-created"><span class="field-content">'
                f'({a["published"].strftime(date_fmt)})</span></span>') if with_date else ""
        rows.append(f'<li class="{cls}"><span class="views-field views-field-title">'
                    f'<span class="field-content"><a href="{escape(a["path"])}">'
                    f'{escape(a["title"])}</a></span></span>{date}</li>')
    return (f'<div class="view view-{view.replace("_", "-")} view-id-{view} '
            f'view-display-id-block"><div class="view-content"><div class="item-list">'
            f'<ul>{"".join(rows)}</ul></div></div></div>')


def block(bid: str, module: str, title: str | None, content: str, extra: str = "") -> str:
    """Drupal 7 block.tpl.php shape."""
    h2 = f"<h2>{escape(title)}</h2>" if title else ""
    return (f'<div id="block-{bid}" class="block block-{module}{extra}">\n  {h2}\n'
            f'  <div class="content">\n{content}\n  </div>\n</div>\n')


def sidebar_html(exclude: str | None = None) -> str:
    """Right sidebar: hotline, most-read, documents, links, poll, counter, photo block."""
    most_read = [a for a in sorted(ARTICLES, key=lambda a: a["nid"] % 7) if a["key"] != exclude][:6]
    docs = "".join(
        f'<li class="views-row"><span class="views-field views-field-field-so-hieu">'
        f'<span class="field-content"><a href="/sites/default/files/van-ban/{d[5]}">{escape(d[0])}'
        f'</a></span></span> <span class="views-field views-field-title">{escape(d[2])}</span>'
        f' <span class="views-field views-field-field-ngay-ban-hanh"><span class="date-display-single">'
        f'{d[1]}</span></span></li>' for d in DOCS[:6])
    opts = []
    for group, links in LINK_BOXES:
        inner = "".join(f'<option value="{escape(h)}">{escape(n)}</option>' for n, h in links)
        opts.append(f'<div class="form-item form-type-select"><select class="form-select '
                    f'weblink-jump" onchange="window.open(this.value)"><option value="">'
                    f'-- {escape(group)} --</option>{inner}</select></div>')
    poll = """<form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8"><div><div class="poll">
  <div class="vote-form">
    <div class="choices">
      <div class="title">Bạn quan tâm nhất đến nội dung nào trên Trang thông tin điện tử của Sở?</div>
      <div class="form-item form-type-radios form-item-choice">
 <div id="edit-choice" class="form-radios"><div class="form-item form-type-radio form-item-choice">
 <input type="radio" id="edit-choice-31" name="choice" value="31" class="form-radio" />  <label class="option" for="edit-choice-31">Tin tức - sự kiện </label>
</div>
<div class="form-item form-type-radio form-item-choice">
 <input type="radio" id="edit-choice-32" name="choice" value="32" class="form-radio" />  <label class="option" for="edit-choice-32">Văn bản chỉ đạo, điều hành </label>
</div>
<div class="form-item form-type-radio form-item-choice">
 <input type="radio" id="edit-choice-33" name="choice" value="33" class="form-radio" />  <label class="option" for="edit-choice-33">Thủ tục hành chính </label>
</div>
<div class="form-item form-type-radio form-item-choice">
 <input type="radio" id="edit-choice-34" name="choice" value="34" class="form-radio" />  <label class="option" for="edit-choice-34">Giá cả thị trường nông sản </label>
</div>
</div>
</div>
    </div>
    <input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" />  </div>
  <input type="hidden" name="form_build_id" value="form-pL0k9Jh2Gf4Ds6Aq8Wz1Xc3Vb5Nm7Tr" />
<input type="hidden" name="form_id" value="poll_view_voting" />
</div>
</div></form>"""
    counter = """<div class="visitor-counter">
  <ul>
    <li><span class="label">Đang truy cập:</span> <span class="value">37</span></li>
    <li><span class="label">Hôm nay:</span> <span class="value">1.204</span></li>
    <li><span class="label">Tháng này:</span> <span class="value">18.536</span></li>
    <li><span class="label">Tổng lượt truy cập:</span> <span class="value">2.845.317</span></li>
  </ul>
</div>"""
    terms_menu = ('<div class="menu-block-wrapper menu-block-2 menu-name-menu-chuyen-muc '
                  'parent-mlid-0 menu-level-1"><ul class="menu">' + "".join(
                      f'<li class="leaf menu-mlid-{300 + t[0]}"><a href="{t[2]}">{escape(t[1])}'
                      f"</a></li>" for t in TERMS.values()) + "</ul></div>")
    schedule = "".join(
        f'<div class="views-row"><div class="views-field views-field-field-ngay">'
        f'<span class="date-display-single">{day}</span></div><div class="views-field '
        f'views-field-title"><span class="field-content">{escape(what)}</span></div></div>'
        for day, what in [
            ("Thứ Hai, 18/03/2024", "Giám đốc Sở họp giao ban lãnh đạo Sở; chiều làm việc với "
                                    "Chi cục Thủy lợi về phương án chống hạn"),
            ("Thứ Ba, 19/03/2024", "Phó Giám đốc Võ Đình Nam kiểm tra công tác phòng cháy, chữa "
                                   "cháy rừng tại huyện Vân Canh"),
            ("Thứ Tư, 20/03/2024", "Phó Giám đốc Huỳnh Thị Kim Loan dự Hội nghị xúc tiến tiêu "
                                   "thụ sản phẩm OCOP tại thành phố Quy Nhơn"),
        ]) + '<div class="more-link"><a href="/lich-cong-tac">Xem lịch công tác</a></div>'
    video = ('<div class="view view-video view-id-video view-display-id-block"><div '
             'class="view-content"><div class="views-row views-row-1 views-row-odd '
             'views-row-first views-row-last"><div class="views-field views-field-field-youtube">'
             '<div class="field-content"><iframe width="270" height="152" '
             'src="https://www.youtube.com/embed/Xb7pQ2m9LkA?wmode=opaque" frameborder="0" '
             'allowfullscreen=""></iframe></div></div><div class="views-field views-field-title">'
             '<span class="field-content"><a href="/video/phong-su-mua-vang-tren-dong-que">Phóng '
             'sự: Mùa vàng trên đồng quê Bình Định</a></span></div></div></div></div>')
    photos = "".join(
        f'<li><a href="/thu-vien-anh/{i}"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/gallery_thumb/public/thu-vien-anh/album-{i}.jpg?itok=g{i}Vx" width="90" height="60" alt="" /></a></li>'
        for i in range(41, 47))
    return f"""<div id="sidebar-second" class="column sidebar"><div class="section">
    <div class="region region-sidebar-second">
{block("block-12", "block", None, '<div class="hotline"><p>Đường dây nóng</p><p class="phone">0256.3822.614</p><p>Phản ánh kiến nghị về thủ tục hành chính</p></div>')}
{block("views-tin-xem-nhieu-block", "views", "Tin xem nhiều", views_title_list("tin_xem_nhieu", most_read))}
{block("views-van-ban-moi-block", "views", "Văn bản mới", f'<div class="view view-van-ban-moi view-id-van_ban_moi view-display-id-block"><div class="view-content"><div class="item-list"><ul>{docs}</ul></div></div><div class="more-link"><a href="/van-ban">Xem tất cả</a></div></div>')}
{block("block-7", "block", "Liên kết website", "".join(opts))}
{block("block-8", "block", None, '<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="' + HOST + '/sites/default/files/banner/cong-dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" width="270" height="80" /></a></p><p><a href="https://dichvucong.binhdinh.gov.vn" target="_blank"><img src="' + HOST + '/sites/default/files/banner/he-thong-thong-tin-giai-quyet-tthc.png" alt="Hệ thống thông tin giải quyết thủ tục hành chính tỉnh" width="270" height="80" /></a></p>')}
{block("menu-block-2", "menu_block", "Chuyên mục", terms_menu)}
{block("views-lich-cong-tac-block", "views", "Lịch công tác", schedule)}
{block("poll-recent", "poll", "Thăm dò ý kiến", poll)}
{block("views-video-block", "views", "Video", video)}
{block("views-thu-vien-anh-block", "views", "Hình ảnh hoạt động", f'<div class="view view-thu-vien-anh"><div class="view-content"><ul class="gallery">{photos}</ul></div></div>')}
{block("counter-counter", "counter", "Thống kê truy cập", counter)}
    </div>
  </div></div>"""


def footer_html() -> str:
    return f"""<div id="footer-wrapper"><div class="section">
    <div id="footer" class="clearfix">
      <div class="region region-footer">
{block("menu-menu-footer-menu", "menu", None, '<ul class="menu"><li class="first leaf"><a href="/gioi-thieu">Giới thiệu</a></li><li class="leaf"><a href="/tin-tuc">Tin tức</a></li><li class="leaf"><a href="/van-ban">Văn bản</a></li><li class="leaf"><a href="/so-do-website">Sơ đồ website</a></li><li class="leaf"><a href="/lien-he">Liên hệ</a></li><li class="last leaf"><a href="/user/login">Đăng nhập</a></li></ul>')}
{block("block-3", "block", None, f'''<div class="footer-info">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ {escape(SITE.upper())}</strong></p>
<p>Cơ quan chủ quản: {escape(SITE)}</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Hữu Lộc - Giám đốc Sở</p>
<p>Địa chỉ: Số 58 đường Trần Quang Khải, phường Lê Hồng Phong, thành phố Quy Nhơn, tỉnh Bình Định</p>
<p>Điện thoại: 0256.3822.614 - Fax: 0256.3822.980 - Email: snnptnt@binhdinh.gov.vn</p>
<p>Giấy phép số 12/GP-STTTT ngày 15/6/2018 của Sở Thông tin và Truyền thông tỉnh Bình Định</p>
<p>Ghi rõ nguồn "{escape(SITE_SHORT)}" khi phát hành lại thông tin từ nguồn này.</p>
</div>
<div class="tin-nhiem-mang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/snnptntbinhdinhgovvn-1652841029" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=snnptnt.binhdinh.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>''')}
      </div>
    </div>
  </div></div>
</div></div>"""


def page(*, title: str, h1: str | None, content: str, body_class: str,
         trail: list[tuple[str, str | None]] | None, canonical: str | None = None,
         shortlink: str | None = None, exclude: str | None = None,
         front: bool = False, desc: str = "") -> str:
    """A full page: html.tpl.php + page.tpl.php around the content region."""
    head_title = f"{title} | {SITE_SHORT}" if not front else f"{SITE_SHORT} | Trang thông tin điện tử"
    crumbs = breadcrumb_html(trail) if trail is not None else ""
    h1_html = f'<h1 class="title" id="page-title">\n          {escape(h1)}        </h1>' if h1 else ""
    return f"""{head(head_title, canonical, shortlink, desc or SITE)}
<body class="html {"front" if front else "not-front"} not-logged-in one-sidebar sidebar-second {body_class} i18n-vi" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a>
  </div>
    {header_html()}
  {crumbs}
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      {h1_html}
      <div class="tabs"></div>
      <div class="region region-content">
{content}
      </div>
    </div></div>
    {sidebar_html(exclude)}
  </div></div>
  {footer_html()}
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery(function($){{ $(".weblink-jump").val(""); $("#superfish-1").supersubs({{minWidth: 12}}); }});
//--><!]]>
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Article node (node--tin-tuc / node--thong-bao) and its truth
# --------------------------------------------------------------------------------------------


def img_tag(src: str, alt: str = "", w: int = 640, h: int = 427) -> str:
    return f'<img alt="{escape(alt)}" src="{src}" style="width: {w}px; height: {h}px;" />'


def caption_line(caption: str | None, credit: str | None, style: str) -> str:
    """How each caption style prints caption and credit together.

    The separator ("(", " - ", ". ") belongs to neither caption nor credit, so truth keeps
    the caption without it.
    """
    if style == "table":
        return f"{caption} ({credit})" if credit else caption or ""
    if style == "em":
        return f"{caption} - {credit}" if credit else caption or ""
    return f"{caption}. {credit}" if credit else caption or ""  # figure: "Caption. Ảnh: X"


def render_block(b: tuple) -> str:
    kind = b[0]
    if kind == "p":
        return f'<p style="text-align: justify;">{escape(b[1])}</p>'
    if kind == "sub":
        return f"<p><strong>{escape(b[1])}</strong></p>"
    if kind == "br":
        return "<p>" + "<br />\n".join(escape(x) for x in b[1]) + "</p>"
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + "</ul>"
    if kind == "table":
        _, header, rows = b
        head_row = "".join(f'<td style="text-align: center;"><strong>{escape(c)}</strong></td>'
                           for c in header)
        body_rows = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" if j == 0 else
                             f'<td style="text-align: right;">{escape(c)}</td>'
                             for j, c in enumerate(r)) + "</tr>" for r in rows)
        return ('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                f"<tbody><tr>{head_row}</tr>{body_rows}</tbody></table>")
    if kind == "img":
        _, style, rel, cap, credit = b
        src = img_path(rel)
        line = escape(caption_line(cap, credit, style))
        if style == "figure":
            return (f'<figure class="image" style="display: table; margin: 0 auto;">'
                    f'{img_tag(src, cap or "")}<figcaption>{line}</figcaption></figure>')
        if style == "table":
            return ('<table align="center" border="0" cellpadding="3" cellspacing="0" '
                    'class="image-caption" style="width: 640px;"><tbody>'
                    f'<tr><td>{img_tag(src)}</td></tr>'
                    f'<tr><td style="text-align: center;"><em>{line}</em></td></tr>'
                    "</tbody></table>")
        if style == "em":
            return (f'<p style="text-align: center;">{img_tag(src)}</p>\n'
                    f'<p style="text-align: center;"><em>{line}</em></p>')
        return f'<p style="text-align: center;">{img_tag(src)}</p>'
    if kind == "related":
        lis = "".join(f'<li><a href="{escape(p)}">{escape(t)}</a></li>' for t, p in b[1])
        return ('<div class="box-tin-lien-quan" style="float: right; width: 260px; margin: 0 0 '
                '10px 15px; border: 1px solid #cfe3c5; padding: 8px;">'
                f"<p><strong>Tin liên quan</strong></p><ul>{lis}</ul></div>")
    if kind in ("sign", "by"):
        return f'<p style="text-align: right;"><strong>{escape(b[1])}</strong></p>'
    if kind == "source":
        return f'<p style="text-align: right;"><em>Nguồn: {escape(b[1])}</em></p>'
    raise ValueError(kind)


def field(name: str, ftype: str, label: str | None, items: list[str], inline: bool = True,
          item_attr: str = "") -> str:
    """Drupal 7 field.tpl.php markup."""
    disp = "hidden" if label is None else ("inline" if inline else "above")
    lab = "" if label is None else f'<div class="field-label">{escape(label)}:&nbsp;</div>'
    its = "".join(f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"{item_attr}>{x}'
                  f"</div>" for i, x in enumerate(items))
    return (f'<div class="field field-name-{name} field-type-{ftype} field-label-{disp}'
            f'{" clearfix" if disp == "inline" else ""}">{lab}<div class="field-items">{its}'
            f"</div></div>")


def date_line(a: dict) -> str:
    """tin_tuc prints an unlabelled weekday date; thong_bao a labelled date-only field."""
    pub = a["published"]
    if a.get("date_only"):
        return field("field-ngay-dang", "datetime", "Ngày đăng",
                     [f'<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" '
                      f'content="{iso(pub)}">{pub:%d/%m/%Y}</span>'])
    text = f"{weekday_date(pub)} - {pub:%H:%M}"
    upd = ""
    if a.get("updated"):
        u = a["updated"]
        upd = (f' <span class="sep">|</span> <span class="changed-date">Cập nhật: '
               f'{u:%d/%m/%Y} - {u:%H:%M}</span>')
    return (f'<div class="submitted"><span class="glyphicon glyphicon-time"></span> '
            f'<span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime">'
            f"{text}</span>{upd}</div>")


def file_link(name: str, mime: str, size: int) -> str:
    icon = {"application/pdf": "application-pdf.png", "application/msword": "x-office-document.png"
            }.get(mime, "x-office-document.png")
    return (f'<span class="file"><img class="file-icon" alt="" title="{mime}" '
            f'src="{HOST}/modules/file/icons/{icon}" /> <a href="{HOST}/sites/default/files/'
            f'tai-lieu/{name}" type="{mime}; length={size}">{escape(name)}</a></span>')


def node_html(a: dict) -> str:
    """The node in full view mode, with the blocks Drupal places below it."""
    tid, tname, tpath = term_of(a)
    parts = [date_line(a)]
    if a.get("image"):
        rel, itok, cap = a["image"]
        img = (f'<img typeof="foaf:Image" src="{HOST}{style_path(rel, "large", itok)}" '
               f'width="640" height="427" alt="{escape(cap)}" title="{escape(cap)}" />'
               f'<blockquote class="image-field-caption">\n  {escape(cap)}</blockquote>')
        parts.append(field("field-image", "image", None, [img],
                           item_attr=' rel="og:image rdfs:seeAlso" '
                                     f'resource="{HOST}{style_path(rel, "large", itok)}"'))
    if a.get("lead"):
        lead = (a["prefix"] + " " if a.get("prefix") else "") + a["lead"]
        parts.append(field("field-tom-tat", "text-long", None, [f"<p>{escape(lead)}</p>"]))
    body = []
    if a.get("lead_bold"):
        body.append(f"<p><strong>{escape(a['lead_bold'])}</strong></p>")
    body += [render_block(b) for b in a["body"]]
    parts.append(field("body", "text-with-summary", None, ["\n".join(body)],
                       item_attr=' property="content:encoded"'))
    if a.get("author"):
        parts.append(field("field-tac-gia", "text", "Tác giả", [escape(a["author"])]))
    if a.get("source_field"):
        parts.append(field("field-nguon-tin", "text", "Nguồn tin", [escape(a["source_field"])]))
    if a.get("files"):
        parts.append(field("field-file-dinh-kem", "file", "Tệp đính kèm",
                           [file_link(*f) for f in a["files"]], inline=False))
    term_link = (f'<ul class="links"><li class="taxonomy-term-reference-0"><a href="{tpath}" '
                 f'typeof="skos:Concept" property="rdfs:label skos:prefLabel" '
                 f'datatype="">{escape(tname)}</a></li></ul>')
    parts.append(field("field-chuyen-muc", "taxonomy-term-reference", "Chuyên mục", [term_link]))
    if a.get("tags"):
        tags = "".join(f'<li class="taxonomy-term-reference-{i}"><a href="/tu-khoa/{slug}" '
                       f'typeof="skos:Concept" property="rdfs:label skos:prefLabel">{escape(t)}'
                       f"</a></li>" for i, (t, slug) in enumerate(a["tags"]))
        parts.append(field("field-tags", "taxonomy-term-reference", "Từ khóa",
                           [f'<ul class="links inline">{tags}</ul>']))
    links = (f'<ul class="links inline"><li class="statistics_counter first"><span>'
             f'{(a["nid"] * 37) % 2900 + 150} lượt đọc</span></li>'
             f'<li class="print_html"><a href="/print/{a["nid"]}" title="Hiển thị phiên bản dễ in '
             f'của trang này." class="print-page" rel="nofollow">In bài viết</a></li>'
             f'<li class="print_mail last"><a href="/printmail/{a["nid"]}" title="Gửi trang này '
             f'qua email" class="print-mail" rel="nofollow">Gửi email</a></li></ul>')
    share = ('<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="'
             f'{abs_url(a["path"])}" data-a2a-title="{escape(a["title"])}">'
             '<a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a>'
             '<a class="a2a_button_email"></a><a class="a2a_dd addtoany_share_save" '
             'href="https://www.addtoany.com/share#url=' + abs_url(a["path"]) + '"></a></div>')
    ntype = a["type"].replace("_", "-")
    return f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div id="node-{a["nid"]}" class="node node-{ntype} node-promoted view-mode-full clearfix" about="{a["path"]}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{escape(a["title"])}" class="rdf-meta element-hidden"></span>
  <div class="content">
    {"".join(parts)}
  </div>
  {links}
  {share}
  <div class="back-link"><a href="javascript:history.back()">« Quay lại</a></div>
</div>
  </div>
</div>
"""


def related_blocks(a: dict) -> str:
    """'Tin liên quan' (same term) and 'Các tin khác' (newest others) views blocks."""
    same = [x for x in sorted_articles() if x["term"] == a["term"] and x is not a][:5]
    others = [x for x in sorted_articles() if x is not a and x not in same][:6]
    out = ""
    if same:
        out += block("views-tin-lien-quan-block", "views", "Tin liên quan",
                     views_title_list("tin_lien_quan", same))
    out += block("views-cac-tin-khac-block", "views", "Các tin khác",
                 views_title_list("cac_tin_khac", others, date_fmt="%d/%m/%Y %H:%M"))
    return out


def truth(a: dict) -> dict:
    """What a reader sees, computed from the same data that rendered the node."""
    text, images, authors, unit = [], [], [], None
    if a.get("image"):
        rel, itok, cap = a["image"]
        images.append({"src": HOST + style_path(rel, "large", itok), "caption": nfc(cap),
                       "credit": None})
    for b in a["body"]:
        kind = b[0]
        if kind in ("p", "sub"):
            text.append(b[1])
        elif kind in ("br", "ul"):
            text.extend(b[1])
        elif kind == "table":
            text.append(" | ".join(b[1]))
            text.extend(" | ".join(r) for r in b[2])
        elif kind == "img":
            _, style, rel, cap, credit = b
            images.append({"src": HOST + img_path(rel), "caption": nfc(cap) if cap else None,
                           "credit": credit})
        elif kind == "sign":
            unit = b[1]
        elif kind == "by":
            authors.append(b[1])
        elif kind == "source":
            unit = b[1]
    if a.get("author"):
        authors.append(a["author"])
    if a.get("source_field"):
        unit = a["source_field"]
    lead = a.get("lead") or a.get("lead_bold")
    return {
        "title": nfc(a["title"]),
        "agency_prefix": a.get("prefix"),
        "lead": nfc(lead) if lead else None,
        "text": "\n\n".join(nfc(t) for t in text),
        "published_at": iso(a["published"]),
        "updated_at": iso(a.get("updated")),
        "date_label": "Ngày đăng" if a.get("date_only") else None,
        "authors": authors,
        "unit": unit,
        "images": images,
        "category": term_of(a)[1],
    }


def article_page(a: dict) -> str:
    tid, tname, tpath = term_of(a)
    alias = a["path"] if not a["path"].startswith("/node/") else None
    ntype = a["type"].replace("_", "-")
    return page(title=a["title"], h1=a["title"], content=node_html(a) + related_blocks(a),
                body_class=f"page-node page-node- page-node-{a['nid']} node-type-{ntype}",
                trail=[("Tin tức - Sự kiện", "/tin-tuc"), (tname, tpath)],
                canonical=a["path"], shortlink=None if alias is None else f"/node/{a['nid']}",
                exclude=a["key"], desc=short_lead(a))


# --------------------------------------------------------------------------------------------
# Listings: views page "tin-tuc", taxonomy term pages, documents view, front page
# --------------------------------------------------------------------------------------------


def pager(base: str, current: int, total: int) -> str:
    """Drupal 7 theme_pager: zero-based ?page=N, first/previous/next/last items."""
    if total <= 1:
        return ""
    sep = "&" if "?" in base else "?"

    def href(n: int) -> str:
        return base if n == 0 else f"{base}{sep}page={n}"

    lis = []
    if current > 0:
        lis.append(f'<li class="pager-first first"><a title="Đến trang đầu" href="{href(0)}">'
                   "« đầu</a></li>")
        lis.append(f'<li class="pager-previous"><a title="Đến trang trước" '
                   f'href="{href(current - 1)}">‹ trước</a></li>')
    for n in range(total):
        if n == current:
            lis.append(f'<li class="pager-current{" first" if n == 0 else ""}">{n + 1}</li>')
        else:
            lis.append(f'<li class="pager-item"><a title="Đến trang {n + 1}" href="{href(n)}">'
                       f"{n + 1}</a></li>")
    if current < total - 1:
        lis.append(f'<li class="pager-next"><a title="Đến trang sau" href="{href(current + 1)}">'
                   "sau ›</a></li>")
        lis.append(f'<li class="pager-last last"><a title="Đến trang cuối" '
                   f'href="{href(total - 1)}">cuối »</a></li>')
    return ('<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
            + "".join(lis) + "</ul></div>")


def teaser_row(a: dict, i: int, n: int) -> str:
    """One row of the tin-tuc view (fields: image, title, created, summary)."""
    zebra = "odd" if i % 2 == 0 else "even"
    cls = f"views-row views-row-{i + 1} views-row-{zebra}"
    cls += " views-row-first" if i == 0 else ""
    cls += " views-row-last" if i == n - 1 else ""
    thumb = thumb_of(a)
    img = (f'<div class="views-field views-field-field-image"><div class="field-content">'
           f'<a href="{escape(a["path"])}"><img typeof="foaf:Image" src="{HOST}{thumb}" '
           f'width="150" height="100" alt="" /></a></div></div>') if thumb else ""
    return (f'<div class="{cls}">\n  {img}\n'
            f'  <div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{escape(a["path"])}">{escape(a["title"])}</a></span></div>\n'
            f'  <div class="views-field views-field-created"><span class="field-content">'
            f'{a["published"]:%d/%m/%Y %H:%M}</span></div>\n'
            f'  <div class="views-field views-field-field-tom-tat"><div class="field-content">'
            f"{escape(short_lead(a))}</div></div>\n</div>")


def news_listing(n: int) -> tuple[str, str]:
    items = sorted_articles()
    total = (len(items) + NEWS_PER_PAGE - 1) // NEWS_PER_PAGE
    chunk = items[n * NEWS_PER_PAGE:(n + 1) * NEWS_PER_PAGE]
    rows = "\n".join(teaser_row(a, i, len(chunk)) for i, a in enumerate(chunk))
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div class="view view-tin-tuc view-id-tin_tuc view-display-id-page view-dom-id-3f9a1c7e5b2d8e4f6a0b9c1d2e3f4a5b">
  <div class="view-content">
{rows}
  </div>
  {pager("/tin-tuc", n, total)}
</div>
  </div>
</div>"""
    url = "/tin-tuc" + (f"?page={n}" if n else "")
    return url, page(title="Tin tức - Sự kiện", h1="Tin tức - Sự kiện", content=content,
                     body_class="page-tin-tuc", trail=[("Tin tức - Sự kiện", None)],
                     canonical="/tin-tuc")


def term_node_teaser(a: dict) -> str:
    """taxonomy_term_page renders nodes in teaser view mode (node.tpl.php, teaser)."""
    ntype = a["type"].replace("_", "-")
    thumb = thumb_of(a)
    img = (f'<div class="field field-name-field-image field-type-image field-label-hidden">'
           f'<div class="field-items"><div class="field-item even"><a href="{escape(a["path"])}">'
           f'<img typeof="foaf:Image" src="{HOST}{thumb}" width="150" height="100" alt="" />'
           f"</a></div></div></div>") if thumb else ""
    return f"""<div id="node-{a["nid"]}" class="node node-{ntype} node-promoted node-teaser clearfix" about="{a["path"]}" typeof="sioc:Item foaf:Document">
  <h2><a href="{escape(a["path"])}">{escape(a["title"])}</a></h2>
  <span property="dc:title" content="{escape(a["title"])}" class="rdf-meta element-hidden"></span>
  <div class="submitted"><span property="dc:date dc:created" content="{iso(a["published"])}" datatype="xsd:dateTime">{a["published"]:%d/%m/%Y}</span></div>
  <div class="content">{img}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{escape(short_lead(a))}</p></div></div></div></div>
  <ul class="links inline"><li class="node-readmore first last"><a href="{escape(a["path"])}" rel="tag" title="{escape(a["title"])}">Xem tiếp<span class="element-invisible"> về {escape(a["title"])}</span></a></li></ul>
</div>"""


def term_listing(tkey: str, n: int) -> tuple[str, str]:
    tid, tname, tpath = TERMS[tkey]
    items = [a for a in sorted_articles() if a["term"] == tkey]
    total = max(1, (len(items) + TERM_PER_PAGE - 1) // TERM_PER_PAGE)
    chunk = items[n * TERM_PER_PAGE:(n + 1) * TERM_PER_PAGE]
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
    <div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-chuyen-muc">
  <div class="content"></div>
</div></div>
{"".join(term_node_teaser(a) for a in chunk)}
{pager(tpath, n, total)}
  </div>
</div>"""
    url = tpath + (f"?page={n}" if n else "")
    return url, page(title=tname, h1=tname, content=content,
                     body_class=f"page-taxonomy page-taxonomy-term page-taxonomy-term- "
                                f"page-taxonomy-term-{tid}",
                     trail=[("Tin tức - Sự kiện", "/tin-tuc"), (tname, None)],
                     canonical=tpath,
                     shortlink=f"/taxonomy/term/{tid}")


def docs_listing(n: int) -> tuple[str, str]:
    """views-view-table listing of documents with file attachments and an exposed filter."""
    total = (len(DOCS) + DOCS_PER_PAGE - 1) // DOCS_PER_PAGE
    chunk = DOCS[n * DOCS_PER_PAGE:(n + 1) * DOCS_PER_PAGE]
    rows = []
    for i, (num, date, summ, issuer, _dtype, fname) in enumerate(chunk):
        zebra = "odd" if i % 2 == 0 else "even"
        rows.append(
            f'<tr class="{zebra}{" views-row-first" if i == 0 else ""}'
            f'{" views-row-last" if i == len(chunk) - 1 else ""}">'
            f'<td class="views-field views-field-counter">{n * DOCS_PER_PAGE + i + 1}</td>'
            f'<td class="views-field views-field-field-so-hieu">{escape(num)}</td>'
            f'<td class="views-field views-field-field-ngay-ban-hanh"><span class="date-display-single">'
            f"{date}</span></td>"
            f'<td class="views-field views-field-title">{escape(summ)}</td>'
            f'<td class="views-field views-field-field-co-quan-ban-hanh">{escape(issuer)}</td>'
            f'<td class="views-field views-field-field-file">'
            f'{file_link(fname, "application/pdf", 150000 + 7919 * i)}</td></tr>')
    options = "".join(f'<option value="{v}">{escape(t)}</option>' for v, t in
                      [(21, "Quyết định"), (22, "Công văn"), (23, "Kế hoạch"), (24, "Báo cáo"),
                       (25, "Thông báo")])
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div class="view view-van-ban view-id-van_ban view-display-id-page view-dom-id-a7c3e9f1b5d2">
  <div class="view-filters">
    <form action="/van-ban" method="get" id="views-exposed-form-van-ban-page" accept-charset="UTF-8"><div><div class="views-exposed-form">
  <div class="views-exposed-widgets clearfix">
    <div id="edit-title-wrapper" class="views-exposed-widget views-widget-filter-title">
      <label for="edit-title">Trích yếu</label>
      <div class="views-widget"><div class="form-item form-type-textfield form-item-title">
 <input type="text" id="edit-title" name="title" value="" size="30" maxlength="128" class="form-text" />
</div></div>
    </div>
    <div id="edit-field-loai-van-ban-tid-wrapper" class="views-exposed-widget views-widget-filter-field_loai_van_ban_tid">
      <label for="edit-field-loai-van-ban-tid">Loại văn bản</label>
      <div class="views-widget"><div class="form-item form-type-select form-item-field-loai-van-ban-tid">
 <select id="edit-field-loai-van-ban-tid" name="field_loai_van_ban_tid" class="form-select"><option value="All" selected="selected">- Tất cả -</option>{options}</select>
</div></div>
    </div>
    <div class="views-exposed-widget views-submit-button">
      <input type="submit" id="edit-submit-van-ban" value="Tìm kiếm" class="form-submit" />
    </div>
  </div>
</div>
</div></form>
  </div>
  <div class="view-content">
<table class="views-table cols-6">
  <thead>
    <tr>
      <th class="views-field views-field-counter">STT</th>
      <th class="views-field views-field-field-so-hieu">Số/Ký hiệu</th>
      <th class="views-field views-field-field-ngay-ban-hanh">Ngày ban hành</th>
      <th class="views-field views-field-title">Trích yếu</th>
      <th class="views-field views-field-field-co-quan-ban-hanh">Cơ quan ban hành</th>
      <th class="views-field views-field-field-file">Tải về</th>
    </tr>
  </thead>
  <tbody>
{"".join(rows)}
  </tbody>
</table>
  </div>
  {pager("/van-ban", n, total)}
</div>
  </div>
</div>"""
    url = "/van-ban" + (f"?page={n}" if n else "")
    return url, page(title="Văn bản", h1="Văn bản", content=content, body_class="page-van-ban",
                     trail=[("Văn bản", None)], canonical="/van-ban")


def front_page() -> tuple[str, str]:
    items = sorted_articles()
    news = [a for a in items if a["type"] == "tin_tuc"]
    featured = news[:3]
    slides = "".join(
        f'<li><a href="{escape(a["path"])}"><img typeof="foaf:Image" src="{HOST}'
        f'{(thumb_of(a) or "").replace("/thumbnail/", "/slideshow/")}" width="640" height="380" '
        f'alt="" /></a><p class="bx-caption"><a href="{escape(a["path"])}">{escape(a["title"])}'
        f"</a></p></li>" for a in featured)
    sections = []
    for key in ("hoat-dong", "trong-trot", "thuy-loi", "chan-nuoi", "ntm"):
        tid, tname, tpath = TERMS[key]
        sect = [a for a in items if a["term"] == key][:4]
        sections.append(block(f"views-trang-chu-block-{tid}", "views", None,
                              f'<h2 class="block-title"><a href="{tpath}">{escape(tname)}</a></h2>'
                              + views_title_list(f"trang_chu_{tid}", sect),
                              extra=" home-section"))
    notices = views_title_list("thong_bao", [a for a in items if a["term"] == "thong-bao"])
    hot = ('<ul class="tu-khoa"><li><a href="/search/node/OCOP">OCOP</a></li>'
           '<li><a href="/chuyen-muc/thuy-loi-phong-chong-thien-tai">Chống hạn</a></li>'
           '<li><a href="/chuyen-muc/chan-nuoi-thu-y">Dịch tả lợn châu Phi</a></li>'
           '<li><a href="/chuyen-de/chong-khai-thac-iuu">IUU</a></li></ul>')
    content = f"""<div class="region region-highlighted">
{block("views-tin-noi-bat-block", "views", "Tin nổi bật", f'<div class="view view-tin-noi-bat"><div class="view-content"><ul class="bxslider">{slides}</ul></div></div>')}
{block("views-tin-moi-block", "views", "Tin mới", views_title_list("tin_moi", items[:8], date_fmt="%d/%m/%Y %H:%M") + '<div class="more-link"><a href="/tin-tuc">Xem thêm</a></div>')}
</div>
{block("views-thong-bao-block", "views", "Thông báo", notices + '<div class="more-link"><a href="/chuyen-muc/thong-bao">Xem thêm</a></div>')}
{"".join(sections)}
{block("block-14", "block", "Từ khóa nổi bật", hot)}
{block("block-15", "block", None, '<ul class="quick-links"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản chỉ đạo, điều hành</a></li><li><a href="/lien-he">Hỏi đáp - Góp ý</a></li></ul>')}"""
    return "/", page(title=SITE_SHORT, h1=None, content=content,
                     body_class="page-node", trail=None, front=True,
                     desc="Trang thông tin điện tử " + SITE)


# --------------------------------------------------------------------------------------------
# Other pages: static node, contact webform, search, login, sitemap, soft 404
# --------------------------------------------------------------------------------------------


def static_page() -> tuple[str, str]:
    duties = [
        "Trình UBND tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 5 năm, hằng "
        "năm và các chương trình, dự án, đề án thuộc phạm vi quản lý của Sở.",
        "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, dự "
        "án sau khi được cấp có thẩm quyền phê duyệt; thông tin, tuyên truyền, phổ biến, giáo "
        "dục pháp luật thuộc lĩnh vực được giao.",
        "Quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, phòng "
        "chống thiên tai, phát triển nông thôn và chất lượng, an toàn thực phẩm đối với nông "
        "sản, lâm sản, thủy sản và muối.",
        "Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống "
        "tham nhũng, tiêu cực theo quy định của pháp luật.",
        "Quản lý tổ chức bộ máy, vị trí việc làm, biên chế công chức, số lượng người làm việc "
        "trong các đơn vị sự nghiệp công lập trực thuộc Sở.",
    ]
    leaders = [("Ông Nguyễn Hữu Lộc", "Giám đốc Sở", "0256.3822.601"),
               ("Ông Võ Đình Nam", "Phó Giám đốc Sở", "0256.3822.602"),
               ("Bà Huỳnh Thị Kim Loan", "Phó Giám đốc Sở", "0256.3822.603"),
               ("Ông Đoàn Minh Trí", "Phó Giám đốc Sở", "0256.3822.604")]
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{escape(r)}</td><td>{p}</td></tr>"
                   for n, r, p in leaders)
    body = (
        "<p><strong>Vị trí và chức năng</strong></p>"
        f"<p>{escape(SITE)} là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp "
        "UBND tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, "
        "phòng chống thiên tai và phát triển nông thôn; thực hiện các dịch vụ công thuộc phạm vi "
        "quản lý của Sở theo quy định của pháp luật.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về "
        "tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, "
        "thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Nông nghiệp và Phát triển nông "
        "thôn.</p>"
        "<p><strong>Nhiệm vụ và quyền hạn</strong></p><ol>"
        + "".join(f"<li>{escape(d)}</li>" for d in duties) + "</ol>"
        "<p><strong>Lãnh đạo Sở</strong></p>"
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
        f"<td><strong>Điện thoại</strong></td></tr>{rows}</tbody></table>"
        "<p><strong>Cơ cấu tổ chức</strong></p><p>Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - "
        "Tài chính, Phòng Tổ chức cán bộ, Phòng Quản lý xây dựng công trình; 7 chi cục và 6 "
        "đơn vị sự nghiệp trực thuộc.</p>"
    )
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div id="node-12" class="node node-page view-mode-full clearfix" about="/gioi-thieu" typeof="foaf:Document">
  <span property="dc:title" content="Giới thiệu" class="rdf-meta element-hidden"></span>
  <div class="content">
    {field("body", "text-with-summary", None, [body], item_attr=' property="content:encoded"')}
  </div>
</div>
  </div>
</div>"""
    return "/gioi-thieu", page(title="Giới thiệu", h1="Giới thiệu", content=content,
                               body_class="page-node page-node- page-node-12 node-type-page",
                               trail=[("Giới thiệu", None)], canonical="/gioi-thieu",
                               shortlink="/node/12")


def contact_page() -> tuple[str, str]:
    units = [("Văn phòng Sở", "0256.3822.614"), ("Thanh tra Sở", "0256.3822.735"),
             ("Phòng Kế hoạch - Tài chính", "0256.3822.582"),
             ("Phòng Tổ chức cán bộ", "0256.3822.571"),
             ("Chi cục Trồng trọt và Bảo vệ thực vật", "0256.3846.217"),
             ("Chi cục Chăn nuôi và Thú y", "0256.3891.226"), ("Chi cục Kiểm lâm", "0256.3822.309"),
             ("Chi cục Thủy lợi", "0256.3824.140"), ("Chi cục Thủy sản", "0256.3892.457")]
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{p}</td></tr>" for n, p in units)

    def comp(key: str, label: str, kind: str = "textfield", req: bool = True) -> str:
        star = ' <span class="form-required" title="Trường này là bắt buộc.">*</span>' if req else ""
        widget = (f'<textarea id="edit-submitted-{key}" name="submitted[{key}]" cols="60" rows="6" '
                  f'class="form-textarea{" required" if req else ""}"></textarea>'
                  if kind == "textarea" else
                  f'<input type="{"email" if kind == "email" else "text"}" id="edit-submitted-{key}" '
                  f'name="submitted[{key}]" value="" size="60" maxlength="128" '
                  f'class="form-text{" form-email" if kind == "email" else ""}'
                  f'{" required" if req else ""}" />')
        return (f'<div class="form-item webform-component webform-component-{kind} '
                f'webform-component--{key}"><label for="edit-submitted-{key}">{escape(label)}'
                f"{star}</label>{widget}</div>")

    form = ('<form class="webform-client-form webform-client-form-45" enctype="multipart/form-data" '
            'action="/lien-he" method="post" id="webform-client-form-45" accept-charset="UTF-8">'
            "<div>"
            + comp("ho_ten", "Họ và tên") + comp("email", "Email", "email")
            + comp("dien_thoai", "Điện thoại", req=False) + comp("tieu_de", "Tiêu đề")
            + comp("noi_dung", "Nội dung", "textarea")
            + '<div class="captcha"><input type="hidden" name="captcha_sid" value="918273" />'
              '<img src="/image_captcha?sid=918273&amp;ts=1710461512" width="180" height="60" '
              'alt="Image CAPTCHA" title="Image CAPTCHA" /><div class="form-item form-type-textfield">'
              '<label for="edit-captcha-response">Mã xác nhận <span class="form-required">*</span>'
              '</label><input type="text" id="edit-captcha-response" name="captcha_response" '
              'value="" size="15" maxlength="128" class="form-text required" /></div></div>'
            + '<div class="form-actions"><input class="webform-submit button-primary form-submit" '
              'type="submit" name="op" value="Gửi liên hệ" /></div>'
            + '<input type="hidden" name="form_id" value="webform_client_form_45" /></div></form>')
    body = (
        f"<p><strong>{escape(SITE)}</strong></p>"
        "<p>Địa chỉ: Số 58 đường Trần Quang Khải, phường Lê Hồng Phong, thành phố Quy Nhơn, "
        "tỉnh Bình Định</p><p>Điện thoại: 0256.3822.614 - Fax: 0256.3822.980</p>"
        "<p>Email: snnptnt@binhdinh.gov.vn</p>"
        "<p><strong>Danh bạ điện thoại các phòng, đơn vị</strong></p>"
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        f"<tr><td><strong>Đơn vị</strong></td><td><strong>Điện thoại</strong></td></tr>{rows}"
        "</tbody></table>"
        "<p>Tổ chức, cá nhân có thể gửi câu hỏi, góp ý qua biểu mẫu dưới đây:</p>"
    )
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div id="node-45" class="node node-webform view-mode-full clearfix" about="/lien-he" typeof="sioc:Item foaf:Document">
  <div class="content">
    {field("body", "text-with-summary", None, [body], item_attr=' property="content:encoded"')}
    {form}
  </div>
</div>
  </div>
</div>"""
    return "/lien-he", page(title="Liên hệ", h1="Liên hệ", content=content,
                            body_class="page-node page-node- page-node-45 node-type-webform",
                            trail=[("Liên hệ", None)], canonical="/lien-he",
                            shortlink="/node/45")


def search_page() -> tuple[str, str]:
    hits = [a for a in sorted_articles()
            if "OCOP" in a["title"] or any("OCOP" in str(b[1]) for b in a["body"])
            or "OCOP" in (a.get("lead") or "")]
    results = "".join(
        f'<li class="search-result"><h3 class="title"><a href="{HOST}{escape(a["path"])}">'
        f'{escape(a["title"])}</a></h3><div class="search-snippet-info">'
        f'<p class="search-snippet">{escape(short_lead(a))}</p>'
        f'<p class="search-info">bientap - {a["published"]:%d/%m/%Y - %H:%M} - 0 bình luận</p>'
        f"</div></li>" for a in hits)
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<form action="/search/node/OCOP" method="post" id="search-form" accept-charset="UTF-8"><div><div class="container-inline form-wrapper" id="edit-basic"><div class="form-item form-type-textfield form-item-keys">
  <label for="edit-keys">Nhập từ khóa </label>
 <input type="text" id="edit-keys" name="keys" value="OCOP" size="40" maxlength="255" class="form-text" />
</div>
<input type="submit" id="edit-submit--2" name="op" value="Tìm kiếm" class="form-submit" /></div><input type="hidden" name="form_id" value="search_form" /></div></form>
<h2>Kết quả tìm kiếm</h2>
  <ol class="search-results node-results">{results}</ol>
  </div>
</div>"""
    return "/search/node/OCOP", page(title="Tìm kiếm", h1="Tìm kiếm", content=content,
                                     body_class="page-search page-search-node",
                                     trail=[("Tìm kiếm", None)])


def login_page() -> tuple[str, str]:
    content = """<div id="block-system-main" class="block block-system">
  <div class="content">
<form action="/user/login" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Tên đăng nhập <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" />
<div class="description">Nhập tên đăng nhập của bạn trên Trang thông tin điện tử.</div>
</div>
<div class="form-item form-type-password form-item-pass">
  <label for="edit-pass">Mật khẩu <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" />
<div class="description">Nhập mật khẩu tương ứng với tên đăng nhập.</div>
</div>
<input type="hidden" name="form_build_id" value="form-Wm2Zc8Lk0Qe5Rt7Yu1Io3Pa9Sd4Fg6Hj" />
<input type="hidden" name="form_id" value="user_login" />
<div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--3" name="op" value="Đăng nhập" class="form-submit" /></div></div></form>
<div class="item-list"><ul><li class="first last"><a href="/user/password" title="Yêu cầu mật khẩu mới qua e-mail.">Quên mật khẩu?</a></li></ul></div>
  </div>
</div>"""
    return "/user/login", page(title="Đăng nhập", h1="Đăng nhập", content=content,
                               body_class="page-user page-user-login", trail=None)


def sitemap_page() -> tuple[str, str]:
    def ul(items: list[tuple[str, str]]) -> str:
        return ('<ul class="site-map-menu">' + "".join(
            f'<li class="leaf"><a href="{escape(h)}">{escape(n)}</a></li>' for n, h in items)
            + "</ul>")

    menu = []
    for name, href, subs in MAIN_MENU:
        inner = ul(subs) if subs else ""
        menu.append(f'<li class="{"expanded" if subs else "leaf"}"><a href="{escape(href)}">'
                    f"{escape(name)}</a>{inner}</li>")
    extra = [("Văn bản (trang 2)", "/van-ban?page=1"), ("Tìm kiếm", "/search/node/OCOP"),
             ("Đăng nhập", "/user/login")]
    content = f"""<div id="block-system-main" class="block block-system">
  <div class="content">
<div id="site-map">
  <div class="site-map-message"><p>Sơ đồ các chuyên mục và trang thông tin của {escape(SITE)}.</p></div>
  <div class="site-map-box site-map-box-menu site-map-box-menu-main-menu">
    <h2 class="title">Menu chính</h2>
    <div class="content"><ul class="site-map-menu">{"".join(menu)}</ul></div>
  </div>
  <div class="site-map-box site-map-box-terms site-map-box-terms-2">
    <h2 class="title">Chuyên mục tin</h2>
    <div class="content">{ul([(t[1], t[2]) for t in TERMS.values()])}</div>
  </div>
  <div class="site-map-box site-map-box-menu site-map-box-menu-menu-footer-menu">
    <h2 class="title">Liên kết khác</h2>
    <div class="content">{ul(extra)}</div>
  </div>
</div>
  </div>
</div>"""
    return "/so-do-website", page(title="Sơ đồ website", h1="Sơ đồ website", content=content,
                                  body_class="page-sitemap", trail=[("Sơ đồ website", None)])


def soft404_page() -> tuple[str, str]:
    """A removed article: the theme's 'page not found' served with status 200."""
    content = """<div id="block-system-main" class="block block-system">
  <div class="content">
    <div class="page-not-found">
      <p>Không tìm thấy trang yêu cầu.</p>
      <p>Nội dung bạn tìm có thể đã bị gỡ bỏ, được đổi địa chỉ hoặc tạm thời không truy cập được. Vui lòng quay về <a href="/">Trang chủ</a> hoặc dùng chức năng tìm kiếm.</p>
    </div>
  </div>
</div>"""
    return SOFT404_PATH, page(title="Không tìm thấy trang", h1="Không tìm thấy trang",
                              content=content, body_class="page-nong-thon-moi", trail=None)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def write(name: str, url_path: str, html: str, kind: str, expected: dict | None = None) -> None:
    meta = {"url": HOST + url_path, "content_type": CTYPE, "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.html").write_bytes(unicodedata.normalize("NFC", html).encode("utf-8"))
    (HERE / f"{name}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for a in ARTICLES:
        write(a["key"], a["path"], article_page(a), "article", truth(a))
    url, html = front_page()
    write("home", url, html, "listing")
    for n in range(2):
        url, html = news_listing(n)
        write(f"list-tin-tuc-p{n}", url, html, "listing")
        url, html = docs_listing(n)
        write(f"list-van-ban-p{n}", url, html, "listing")
    for tkey in TERMS:
        count = sum(a["term"] == tkey for a in ARTICLES)
        for n in range((count + TERM_PER_PAGE - 1) // TERM_PER_PAGE):
            url, html = term_listing(tkey, n)
            write(f"list-term-{tkey}-p{n}", url, html, "listing")
    for name, kind, fn in [("static-gioi-thieu", "static", static_page),
                           ("contact-lien-he", "contact", contact_page),
                           ("search-ocop", "search", search_page),
                           ("login", "login", login_page),
                           ("sitemap", "sitemap", sitemap_page),
                           ("soft404-ocop-dot-1", "soft_404", soft404_page)]:
        url, html = fn()
        write(name, url, html, kind)


if __name__ == "__main__":
    main()
