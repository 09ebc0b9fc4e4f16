"""Generate the dnn9bo held-out variant template (DNN Platform 9.x, Bootstrap 4 theme,
invented Razor/Liquid-style news module). Deterministic: pages and truth come from the same data.

    python tests/variants/dotnetnuke/dnn9bo/make.py
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import random
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOST = "https://doimoicongvu.moha.gov.vn"
SITE = "Cục Đổi mới Công vụ"
MINISTRY = "Bộ Nội vụ"
SKIN = "/Portals/_default/Skins/CongVuBS4"
CT = "text/html; charset=utf-8"
TODAY = "Thứ Năm, 11/07/2024"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def img_url(path: str) -> str:
    return HOST + path


# ---------------------------------------------------------------------------------------------
# Articles. Body blocks:
#   ("p", text)                       paragraph, in text
#   ("h3", text)                      subheading, in text
#   ("q", text)                       bold question paragraph (interview), in text
#   ("ul", [items])                   list items, each in text
#   ("br", [lines])                   one <p> with <br>-separated lines, each in text
#   ("table", [rows], header)         data table, each row "a | b | c" in text
#   ("figure", src, caption, credit)  <figure>/<figcaption>
#   ("imgdiv", src, caption, credit)  image with caption <div> under it
#   ("imgtable", src, caption, credit) one-cell table holding image and caption
#   ("related", [ids])                "Tin liên quan" card list inside body (not in text)
#   ("sign", name)                    bold right-aligned closing line (not in text)
#   ("source", unit)                  "Nguồn: ..." line in body (not in text)
#   ("attach", [(name, href)])        attachment list (not in text)
# ---------------------------------------------------------------------------------------------

IMG = "/Portals/0/Images/TinTuc/2024/"

ARTICLES = [
    dict(
        id=1245, slug="hoi-nghi-trien-khai-nhiem-vu-cai-cach-hanh-chinh-nam-2024",
        title="Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024",
        cat="Tin hoạt động", catslug="tin-hoat-dong",
        date=(2024, 3, 12, 9, 15), fmt="pipe", updated=None, label=None,
        meta_author="Nguyễn Minh Hằng", meta_source=None,
        lead_style="box", prefix=None,
        lead="Cục Đổi mới Công vụ tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024, tập trung vào số hóa hồ sơ, đơn giản hóa thủ tục nội bộ và nâng cao chất lượng phục vụ người dân.",
        body=[
            ("p", "Sáng ngày 11/03/2024, tại Hà Nội, Cục Đổi mới Công vụ tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024. Tham dự hội nghị có lãnh đạo Cục, trưởng các phòng chuyên môn và đại diện một số đơn vị sự nghiệp trực thuộc Bộ."),
            ("figure", IMG + "03/hoi-nghi-cchc-2024-01.jpg", "Quang cảnh hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024", "Ảnh: Minh Hằng"),
            ("p", "Báo cáo tại hội nghị cho biết, trong năm 2023, Cục đã rà soát 46 quy trình nội bộ, đề xuất bãi bỏ 9 quy trình không còn phù hợp và cắt giảm trung bình 20% thời gian xử lý hồ sơ. Tỷ lệ văn bản được ký số và gửi nhận trên môi trường điện tử đạt trên 95%."),
            ("related", [1257, 1238]),
            ("p", "Phát biểu chỉ đạo, Cục trưởng Trần Quốc Khánh đề nghị các phòng bám sát kế hoạch của Bộ, phân công rõ người, rõ việc, rõ thời hạn; coi việc số hóa hồ sơ công việc là nhiệm vụ trọng tâm xuyên suốt cả năm."),
            ("p", "Theo kế hoạch, đến hết quý III/2024, toàn bộ hồ sơ công việc phát sinh mới của Cục sẽ được lập và lưu trữ trên hệ thống quản lý văn bản điều hành. Các phòng chuyên môn chịu trách nhiệm cập nhật tiến độ hằng tháng để Văn phòng Cục tổng hợp."),
            ("p", "Tại hội nghị, đại diện các phòng cũng nêu một số khó khăn như hạ tầng máy tính chưa đồng bộ, chữ ký số cá nhân chưa cấp đủ cho công chức mới tuyển dụng. Lãnh đạo Cục giao Văn phòng phối hợp với Trung tâm Thông tin rà soát và đề xuất phương án xử lý trước ngày 30/4."),
        ],
        tags=["cải cách hành chính", "số hóa hồ sơ", "hội nghị"],
        authors=["Nguyễn Minh Hằng"], unit=None,
    ),
    dict(
        id=1252, slug="chuyen-doi-so-trong-quan-ly-cong-chuc-can-bat-dau-tu-du-lieu-sach",
        title="Chuyển đổi số trong quản lý công chức cần bắt đầu từ dữ liệu sạch",
        cat="Trao đổi - Nghiên cứu", catslug="trao-doi-nghien-cuu",
        date=(2024, 3, 19, None, None), fmt="weekday", updated=None, label=None,
        meta_author=None, meta_source=None,
        lead_style="bold", prefix=None,
        lead="Xung quanh việc xây dựng cơ sở dữ liệu cán bộ, công chức, phóng viên đã có cuộc trao đổi với ông Phạm Đức Lâm, Phó Cục trưởng Cục Đổi mới Công vụ.",
        body=[
            ("imgdiv", IMG + "03/pv-pham-duc-lam.jpg", "Ông Phạm Đức Lâm trao đổi với phóng viên", "Ảnh: Thu Trang"),
            ("q", "Thưa ông, vì sao dữ liệu lại được xem là điểm khởi đầu của chuyển đổi số trong quản lý công chức?"),
            ("p", "Mọi ứng dụng, từ tuyển dụng, đánh giá đến quy hoạch, đều dựa trên thông tin về con người. Nếu hồ sơ thiếu, sai hoặc không thống nhất giữa các cấp thì phần mềm hiện đại đến đâu cũng cho ra kết quả sai. Vì vậy, chúng tôi xác định làm sạch dữ liệu là việc phải làm trước."),
            ("q", "Hiện nay việc làm sạch dữ liệu đang gặp những vướng mắc gì, thưa ông?"),
            ("p", "Vướng mắc lớn nhất là hồ sơ giấy được lập qua nhiều thời kỳ, mỗi nơi ghi một kiểu. Có người đổi tên đơn vị công tác ba, bốn lần nhưng hồ sơ chưa cập nhật. Bên cạnh đó, một số cơ quan còn e ngại chia sẻ dữ liệu vì lo trách nhiệm bảo mật."),
            ("p", "Để tháo gỡ, Cục đã ban hành bộ tiêu chí chuẩn hóa gồm 38 trường thông tin bắt buộc và hướng dẫn cách đối chiếu với hồ sơ gốc. Từ tháng 01/2023, mọi thay đổi về thông tin công chức đều phải được cập nhật trong vòng 5 ngày làm việc."),
            ("q", "Người dân và công chức sẽ được hưởng lợi gì khi cơ sở dữ liệu hoàn thành?"),
            ("p", "Công chức không phải kê khai lại nhiều lần cùng một thông tin. Cơ quan quản lý có số liệu kịp thời để hoạch định chính sách. Về lâu dài, người dân cũng được hưởng lợi vì bộ máy vận hành minh bạch và hiệu quả hơn."),
            ("q", "Xin cảm ơn ông!"),
            ("sign", "Thu Trang"),
        ],
        tags=["chuyển đổi số", "cơ sở dữ liệu", "phỏng vấn"],
        authors=["Thu Trang"], unit=None,
    ),
    dict(
        id=1260, slug="day-manh-phan-cap-phan-quyen-trong-quan-ly-cong-vu",
        title="Đẩy mạnh phân cấp, phân quyền trong quản lý công vụ",
        cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
        date=(2024, 4, 5, None, None), fmt="xuatban", updated=(2024, 4, 6, 10, 0),
        label="Ngày xuất bản",
        meta_author=None, meta_source=None,
        lead_style="bold", prefix="(Chinhphu.vn) -",
        lead="Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo về việc tiếp tục đẩy mạnh phân cấp, phân quyền trong quản lý cán bộ, công chức, viên chức.",
        body=[
            ("p", "Theo văn bản, các bộ, ngành và địa phương được yêu cầu rà soát toàn bộ thẩm quyền đang được giao, xác định rõ những nội dung có thể phân cấp cho cấp dưới nhằm giảm tầng nấc trung gian và rút ngắn thời gian giải quyết công việc."),
            ("imgtable", IMG + "04/phan-cap-phan-quyen.jpg", "Phân cấp, phân quyền giúp rút ngắn thời gian giải quyết công việc", "Ảnh: VGP"),
            ("p", "Việc phân cấp phải đi đôi với bảo đảm nguồn lực và tăng cường kiểm tra, giám sát. Cơ quan nhận phân cấp chịu trách nhiệm trước cấp trên về kết quả thực hiện; cơ quan phân cấp có trách nhiệm hướng dẫn, đôn đốc và kịp thời điều chỉnh khi phát hiện bất cập."),
            ("p", "Bộ Nội vụ được giao chủ trì tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2024. Các cơ quan gửi báo cáo đúng thời hạn để bảo đảm tiến độ chung."),
            ("source", "Báo Điện tử Chính phủ"),
        ],
        tags=["phân cấp", "phân quyền", "cải cách hành chính"],
        authors=[], unit="Báo Điện tử Chính phủ",
    ),
    dict(
        id=1257, slug="ket-qua-theo-doi-chi-so-cai-cach-hanh-chinh-quy-i-2024",
        title="Kết quả theo dõi chỉ số cải cách hành chính quý I/2024 của các đơn vị thuộc Cục",
        cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
        date=(2024, 3, 28, 14, 30), fmt="pipe", updated=None, label=None,
        meta_author=None, meta_source=None,
        lead_style="box", prefix=None,
        lead="Kết quả theo dõi quý I/2024 cho thấy các đơn vị thuộc Cục cơ bản hoàn thành chỉ tiêu đề ra, trong đó tỷ lệ hồ sơ giải quyết đúng hạn đạt bình quân 97,6%.",
        body=[
            ("p", "Thực hiện kế hoạch cải cách hành chính năm 2024, Phòng Tổng hợp đã theo dõi, tổng hợp kết quả thực hiện của 6 đơn vị thuộc Cục theo bốn nhóm tiêu chí: tiến độ xử lý hồ sơ, văn bản điện tử, số hóa hồ sơ và phản ánh, kiến nghị."),
            ("p", "Kết quả cụ thể như sau:"),
            ("table", [
                ["TT", "Đơn vị", "Hồ sơ đúng hạn (%)", "Văn bản ký số (%)", "Điểm quý I"],
                ["1", "Văn phòng Cục", "98,2", "97,5", "92,5"],
                ["2", "Phòng Tổng hợp", "99,0", "98,1", "94,0"],
                ["3", "Phòng Chính sách công vụ", "96,4", "95,0", "88,5"],
                ["4", "Phòng Đào tạo, Bồi dưỡng", "97,1", "96,2", "90,0"],
                ["5", "Phòng Thanh tra công vụ", "95,8", "94,7", "87,0"],
                ["6", "Trung tâm Thông tin", "99,3", "99,0", "95,5"],
            ], True),
            ("p", "Một số đơn vị còn để xảy ra tình trạng hồ sơ quá hạn do chờ ý kiến phối hợp của cơ quan ngoài. Phòng Tổng hợp đề nghị các đơn vị chủ động theo dõi, nhắc việc qua hệ thống và báo cáo lãnh đạo Cục khi có nguy cơ chậm trễ."),
            ("p", "Kết quả theo dõi quý II/2024 sẽ được công bố trước ngày 15/7/2024."),
            ("sign", "Phòng Tổng hợp"),
        ],
        tags=["chỉ số cải cách hành chính", "cải cách hành chính"],
        authors=[], unit="Phòng Tổng hợp",
    ),
    dict(
        id=1263, slug="thong-bao-lich-tiep-cong-dan-thang-4-2024",
        title="Thông báo lịch tiếp công dân tháng 4/2024",
        cat="Thông báo", catslug="thong-bao",
        date=(2024, 4, 2, None, None), fmt="xuatban", updated=None, label="Ngày xuất bản",
        meta_author=None, meta_source=None,
        lead_style=None, prefix=None, lead=None,
        body=[
            ("p", "Cục Đổi mới Công vụ thông báo lịch tiếp công dân định kỳ tháng 4/2024 như sau: lãnh đạo Cục tiếp công dân vào sáng thứ Năm các ngày 11/4 và 25/4/2024 tại Phòng tiếp công dân, tầng 1, trụ sở Cục. Công dân có nhu cầu vui lòng mang theo giấy tờ tùy thân và tài liệu liên quan."),
            ("attach", [
                ("Lich-tiep-cong-dan-thang-4-2024.pdf", "/Portals/0/VanBan/2024/04/Lich-tiep-cong-dan-thang-4-2024.pdf"),
                ("Noi-quy-tiep-cong-dan.docx", "/Portals/0/VanBan/2024/04/Noi-quy-tiep-cong-dan.docx"),
            ]),
            ("sign", "Văn phòng Cục"),
        ],
        tags=["tiếp công dân", "thông báo"],
        authors=[], unit="Văn phòng Cục",
    ),
    dict(
        id=1238, slug="ra-mat-tai-lieu-huong-dan-lap-ho-so-dien-tu-cho-cong-chuc",
        title="Ra mắt tài liệu hướng dẫn lập hồ sơ điện tử cho công chức",
        cat="Tin hoạt động", catslug="tin-hoat-dong",
        date=(2024, 2, 22, 16, 40), fmt="bottom", updated=None, label="Ngày đăng",
        meta_author=None, meta_source=None,
        lead_style="bold", prefix=None,
        lead="Tài liệu gồm 5 chương, hướng dẫn từng bước lập, cập nhật và nộp lưu hồ sơ điện tử, giúp công chức thao tác thống nhất trên hệ thống quản lý văn bản.",
        body=[
            ("p", "Tài liệu do Trung tâm Thông tin phối hợp với Văn phòng Cục biên soạn trong gần ba tháng, trên cơ sở tổng hợp các câu hỏi thường gặp của công chức trong quá trình sử dụng hệ thống."),
            ("p", "Nội dung tài liệu được trình bày ngắn gọn, có hình minh họa cho từng thao tác, gồm các phần:"),
            ("ul", [
                "Tạo hồ sơ và gắn văn bản vào hồ sơ;",
                "Phân quyền truy cập hồ sơ cho người phối hợp;",
                "Kết thúc hồ sơ và nộp lưu vào lưu trữ cơ quan;",
                "Tra cứu, khai thác hồ sơ đã nộp lưu.",
            ]),
            ("imgdiv", IMG + "02/bia-tai-lieu-ho-so-dien-tu.jpg", "Bìa tài liệu hướng dẫn lập hồ sơ điện tử", None),
            ("p", "Bản điện tử của tài liệu được đăng tải trên trang nội bộ để công chức tải về sử dụng. Trong quá trình áp dụng, nếu có vướng mắc, công chức phản ánh về Trung tâm Thông tin qua hộp thư điện tử của đơn vị."),
            ("source", "Trung tâm Thông tin"),
        ],
        tags=["hồ sơ điện tử", "lưu trữ"],
        authors=[], unit="Trung tâm Thông tin",
    ),
    dict(
        id=1271, slug="so-hoa-ho-so-cong-chuc-dat-70-khoi-luong-sau-ba-thang",
        title="Số hóa hồ sơ công chức đạt 70% khối lượng sau ba tháng",
        cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
        date=(2024, 4, 15, 8, 0), fmt="pipe", updated=(2024, 4, 16, 10, 0), label=None,
        meta_author="Đỗ Thanh Tùng", meta_source=None,
        lead_style="box", prefix=None,
        lead="Sau ba tháng triển khai, khối lượng hồ sơ công chức được số hóa đã đạt khoảng 70% kế hoạch năm, vượt tiến độ đề ra.",
        body=[
            ("p", "Tính đến ngày 10/4/2024, Cục đã số hóa 1.864 hồ sơ công chức với hơn 52.000 trang tài liệu. Toàn bộ dữ liệu sau số hóa được kiểm tra chéo giữa hai nhóm cán bộ trước khi đưa vào cơ sở dữ liệu."),
            ("figure", IMG + "04/so-hoa-ho-so-01.jpg", "Cán bộ Trung tâm Thông tin kiểm tra dữ liệu sau số hóa", "Ảnh: Thanh Tùng"),
            ("h3", "Bảo đảm an toàn dữ liệu"),
            ("p", "Để bảo đảm an toàn, dữ liệu được lưu trên máy chủ đặt tại trung tâm dữ liệu của Bộ, có sao lưu định kỳ hằng tuần. Việc truy cập được phân quyền theo vai trò và ghi nhật ký đầy đủ."),
            ("p", "Trung tâm Thông tin cho biết, khó khăn lớn nhất hiện nay là nhiều hồ sơ giấy đã cũ, chữ mờ, phải nhập liệu thủ công. Đơn vị đang thử nghiệm công cụ nhận dạng ký tự để giảm thời gian nhập liệu."),
            ("p", "Cục phấn đấu hoàn thành số hóa toàn bộ hồ sơ công chức thuộc phạm vi quản lý trước ngày 30/9/2024."),
        ],
        tags=["số hóa hồ sơ", "chuyển đổi số"],
        authors=["Đỗ Thanh Tùng"], unit=None,
    ),
    dict(
        id=1276, slug="tap-huan-ky-nang-soan-thao-van-ban-hanh-chinh-cho-cong-chuc-tre",
        title="Tập huấn kỹ năng soạn thảo văn bản hành chính cho công chức trẻ",
        cat="Đào tạo, bồi dưỡng", catslug="dao-tao-boi-duong",
        date=(2024, 4, 25, None, None), fmt="weekday", updated=None, label=None,
        meta_author=None, meta_source=None,
        lead_style="bold", prefix=None,
        lead="Hơn 60 công chức trẻ của Cục và các đơn vị trực thuộc tham gia lớp tập huấn kỹ năng soạn thảo văn bản hành chính do Phòng Đào tạo, Bồi dưỡng tổ chức.",
        body=[
            ("p", "Lớp tập huấn diễn ra trong hai ngày 23 và 24/4/2024. Giảng viên là các chuyên gia có nhiều năm kinh nghiệm trong công tác văn thư và pháp chế."),
            ("imgtable", IMG + "04/tap-huan-soan-thao.jpg", "Học viên thực hành soạn thảo văn bản tại lớp tập huấn", "Ảnh: Phòng Đào tạo, Bồi dưỡng"),
            ("p", "Nội dung tập huấn tập trung vào thể thức, kỹ thuật trình bày văn bản theo quy định hiện hành; cách viết trích yếu ngắn gọn, rõ nghĩa; những lỗi thường gặp khi soạn thảo tờ trình, báo cáo và công văn."),
            ("p", "Ngoài phần lý thuyết, học viên được thực hành chỉnh sửa các văn bản mẫu và trao đổi trực tiếp với giảng viên về những tình huống phát sinh trong công việc hằng ngày."),
            ("p", "Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra cuối khóa và được cấp giấy chứng nhận."),
            ("sign", "Phòng Đào tạo, Bồi dưỡng"),
        ],
        tags=["tập huấn", "văn bản hành chính"],
        authors=[], unit="Phòng Đào tạo, Bồi dưỡng",
    ),
    dict(
        id=1284, slug="nang-cao-dao-duc-cong-vu-tu-nhung-viec-nho",
        title="Nâng cao đạo đức công vụ từ những việc nhỏ",
        cat="Trao đổi - Nghiên cứu", catslug="trao-doi-nghien-cuu",
        date=(2024, 5, 9, None, None), fmt="weekday", updated=None, label=None,
        meta_author="Lê Quang Vinh", meta_source="Bản tin Công vụ",
        lead_style="box", prefix=None,
        lead="Đạo đức công vụ không chỉ thể hiện ở những quyết định lớn mà bắt đầu từ thái độ tiếp dân, cách trả lời một cuộc điện thoại hay việc giữ đúng hẹn với người dân.",
        body=[
            ("p", "Nhiều năm qua, các cơ quan hành chính đã ban hành quy tắc ứng xử, niêm yết công khai tại nơi làm việc. Tuy nhiên, khảo sát gần đây cho thấy người dân vẫn còn phàn nàn về thái độ thiếu nhiệt tình của một bộ phận công chức."),
            ("p", "Theo tác giả, nguyên nhân không chỉ nằm ở nhận thức mà còn ở cách tổ chức công việc. Khi quy trình rườm rà, công chức dễ đẩy trách nhiệm cho người khác; khi tiêu chí đánh giá chung chung, người làm tốt và người làm chưa tốt khó được phân biệt."),
            ("p", "Từ thực tiễn, có thể rút ra ba việc cần làm ngay: lượng hóa tiêu chí đánh giá gắn với kết quả phục vụ người dân; công khai kênh tiếp nhận phản ánh; kịp thời biểu dương những tấm gương tận tụy, dù là việc nhỏ."),
            ("p", "Đạo đức công vụ được hình thành từ thói quen hằng ngày. Mỗi công chức giữ đúng lời hẹn, trả lời đến nơi đến chốn đã là góp phần xây dựng niềm tin của người dân với bộ máy nhà nước."),
        ],
        tags=["đạo đức công vụ", "văn hóa công sở"],
        authors=["Lê Quang Vinh"], unit="Bản tin Công vụ",
    ),
    dict(
        id=1290, slug="khai-giang-lop-boi-duong-ngach-chuyen-vien-chinh-nam-2024",
        title="Khai giảng lớp bồi dưỡng ngạch chuyên viên chính năm 2024",
        cat="Đào tạo, bồi dưỡng", catslug="dao-tao-boi-duong",
        date=(2024, 5, 16, None, None), fmt="xuatban", updated=None, label="Ngày xuất bản",
        meta_author=None, meta_source=None,
        lead_style="bold", prefix=None,
        lead="Ngày 15/5/2024, Cục Đổi mới Công vụ khai giảng lớp bồi dưỡng kiến thức, kỹ năng quản lý nhà nước đối với ngạch chuyên viên chính cho 85 học viên.",
        body=[
            ("p", "Lớp học kéo dài 8 tuần, học theo hình thức kết hợp trực tiếp và trực tuyến. Chương trình gồm 16 chuyên đề, trong đó có các chuyên đề mới về quản trị số và kỹ năng phân tích chính sách."),
            ("imgdiv", IMG + "05/khai-giang-cvc-2024.jpg", "Đại biểu và học viên dự lễ khai giảng", "Ảnh: Hải Yến"),
            ("p", "Phát biểu khai giảng, lãnh đạo Cục đề nghị học viên chấp hành nghiêm nội quy lớp học, chủ động nghiên cứu tài liệu và liên hệ với thực tiễn công việc tại cơ quan, đơn vị mình."),
            ("p", "Kết thúc khóa học, học viên đạt yêu cầu sẽ được cấp chứng chỉ theo quy định."),
            ("sign", "Hải Yến"),
        ],
        tags=["bồi dưỡng", "chuyên viên chính"],
        authors=["Hải Yến"], unit=None,
    ),
    dict(
        id=1302, slug="doan-kiem-tra-cong-vu-lam-viec-tai-mot-so-dia-phuong-phia-bac",
        title="Đoàn kiểm tra công vụ làm việc tại một số địa phương phía Bắc",
        cat="Tin hoạt động", catslug="tin-hoat-dong",
        date=(2024, 6, 20, 10, 5), fmt="pipe", updated=None, label=None,
        meta_author=None, meta_source=None,
        lead_style="box", prefix=None,
        lead="Từ ngày 17 đến 19/6, Đoàn kiểm tra công vụ của Cục đã làm việc tại ba tỉnh phía Bắc về việc chấp hành kỷ luật, kỷ cương hành chính.",
        body=[
            ("p", "Ngày 17.6, Đoàn làm việc với Sở Nội vụ và một số sở, ngành cấp tỉnh, kiểm tra việc tuyển dụng, sử dụng công chức và thực hiện chế độ báo cáo định kỳ. Ngày 18.6, Đoàn kiểm tra đột xuất bộ phận một cửa cấp huyện, ghi nhận tinh thần phục vụ tích cực của công chức tại đây."),
            ("p", "Qua kiểm tra, Đoàn đánh giá các địa phương đã có nhiều chuyển biến trong thực hiện kỷ luật, kỷ cương hành chính. Tuy nhiên, vẫn còn tình trạng hồ sơ tuyển dụng lưu trữ chưa đầy đủ, một số quy chế làm việc chậm được sửa đổi."),
            ("p", "Đoàn đề nghị các địa phương:"),
            ("br", [
                "- Rà soát, bổ sung hồ sơ tuyển dụng còn thiếu trước ngày 31/7/2024;",
                "- Sửa đổi quy chế làm việc phù hợp với quy định mới;",
                "- Báo cáo kết quả khắc phục về Cục qua hệ thống quản lý văn bản.",
            ]),
            ("figure", IMG + "06/kiem-tra-cong-vu-mot-cua.jpg", "Đoàn kiểm tra làm việc tại bộ phận một cửa cấp huyện", "Ảnh: Hoàng Anh"),
            ("p", "Kết quả kiểm tra sẽ được tổng hợp, báo cáo lãnh đạo Bộ trong tháng 7."),
            ("sign", "Hoàng Anh"),
        ],
        tags=["kiểm tra công vụ", "kỷ luật kỷ cương"],
        authors=["Hoàng Anh"], unit=None,
    ),
    dict(
        id=1311, slug="so-ket-thi-diem-mo-hinh-van-phong-khong-giay-to",
        title="Sơ kết thí điểm mô hình văn phòng không giấy tờ",
        cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
        date=(2024, 7, 1, None, None), fmt="weekday", updated=(2024, 7, 2, 15, 20), label=None,
        meta_author=None, meta_source=None,
        lead_style="bold", prefix=None,
        lead="Sau sáu tháng thí điểm, mô hình văn phòng không giấy tờ tại Cục đã giúp giảm khoảng 60% lượng giấy in và rút ngắn đáng kể thời gian luân chuyển văn bản.",
        body=[
            ("p", "Mô hình được triển khai từ đầu năm 2024 tại Văn phòng Cục và Phòng Tổng hợp. Toàn bộ văn bản đến, văn bản đi, phiếu trình và lịch công tác được xử lý trên môi trường điện tử; cuộc họp nội bộ sử dụng tài liệu điện tử thay cho bản in."),
            ("figure", IMG + "07/van-phong-khong-giay-01.jpg", "Cuộc họp nội bộ sử dụng tài liệu điện tử thay cho bản in", "Ảnh: Văn phòng Cục"),
            ("p", "Theo báo cáo sơ kết, thời gian trung bình từ khi văn bản đến được tiếp nhận đến khi chuyển người xử lý giảm từ 1,5 ngày xuống còn khoảng 3 giờ. Lượng giấy in giảm khoảng 60% so với cùng kỳ năm 2023."),
            ("imgdiv", IMG + "07/van-phong-khong-giay-02.jpg", "Công chức xử lý văn bản đến trên hệ thống quản lý văn bản điều hành", None),
            ("p", "Bên cạnh kết quả đạt được, một số công chức lớn tuổi còn lúng túng khi sử dụng phần mềm; đường truyền có lúc chậm vào giờ cao điểm. Trung tâm Thông tin đã tổ chức hướng dẫn tại chỗ và nâng cấp băng thông."),
            ("p", "Cục dự kiến nhân rộng mô hình ra toàn bộ các phòng chuyên môn từ quý IV/2024."),
            ("source", "Văn phòng Cục"),
        ],
        tags=["văn phòng không giấy", "chuyển đổi số"],
        authors=[], unit="Văn phòng Cục",
    ),
]
BY_ID = {a["id"]: a for a in ARTICLES}


def a_url(a: dict) -> str:
    return f"/tin-tuc/{a['slug']}-{a['id']}"


def a_date(a: dict) -> dt.datetime:
    y, m, d, hh, mm = a["date"]
    return dt.datetime(y, m, d, hh or 0, mm or 0)


def iso(t) -> str | None:
    if t is None:
        return None
    y, m, d, hh, mm = (list(t) + [None, None])[:5]
    return f"{y:04d}-{m:02d}-{d:02d}T{(hh or 0):02d}:{(mm or 0):02d}:00+07:00"


def dmy(t) -> str:
    return f"{t[2]:02d}/{t[1]:02d}/{t[0]:04d}"


NEWEST = sorted(ARTICLES, key=a_date, reverse=True)

# ---------------------------------------------------------------------------------------------
# Chrome
# ---------------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Cục", "/gioi-thieu/lanh-dao-cuc"),
        ("Quá trình phát triển", "/gioi-thieu/qua-trinh-phat-trien"),
    ]),
    ("Tin tức", "/tin-tuc", [
        ("Tin hoạt động", "/tin-tuc/chuyen-muc/tin-hoat-dong"),
        ("Cải cách hành chính", "/tin-tuc/chuyen-muc/cai-cach-hanh-chinh"),
        ("Đào tạo, bồi dưỡng", "/tin-tuc/chuyen-muc/dao-tao-boi-duong"),
        ("Trao đổi - Nghiên cứu", "/tin-tuc/chuyen-muc/trao-doi-nghien-cuu"),
    ]),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", [
        ("Văn bản quy phạm pháp luật", "/van-ban?loai=qppl"),
        ("Văn bản chỉ đạo, điều hành", "/van-ban?loai=chi-dao"),
        ("Dự thảo lấy ý kiến", "/van-ban/du-thao"),
    ]),
    ("Hỏi đáp", "/hoi-dap", [
        ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi"),
        ("Câu hỏi thường gặp", "/hoi-dap/cau-hoi-thuong-gap"),
    ]),
    ("Liên hệ", "/lien-he", []),
]

DOCS = [
    ("Quyết định số 18/QĐ-CĐMCV", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Cục Đổi mới Công vụ", "15/01/2024", "qd-18-2024"),
    ("Kế hoạch số 42/KH-CĐMCV", "Số hóa hồ sơ công chức thuộc phạm vi quản lý năm 2024", "26/01/2024", "kh-42-2024"),
    ("Công văn số 215/CĐMCV-VP", "Về việc đôn đốc cập nhật hồ sơ công việc trên hệ thống", "07/03/2024", "cv-215-2024"),
    ("Quyết định số 96/QĐ-CĐMCV", "Ban hành Quy chế làm việc của Cục Đổi mới Công vụ", "20/03/2024", "qd-96-2024"),
    ("Thông báo số 31/TB-CĐMCV", "Kết luận của Cục trưởng tại hội nghị giao ban quý I/2024", "09/04/2024", "tb-31-2024"),
    ("Kế hoạch số 120/KH-CĐMCV", "Tổ chức các lớp bồi dưỡng ngạch chuyên viên chính năm 2024", "02/05/2024", "kh-120-2024"),
]

LINKS = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Các bộ, ngành ở Trung ương", "#"),
    ("Tỉnh ủy, UBND các tỉnh, thành phố", "#"),
    ("Sở, ban, ngành", "#"),
]

SVG_ICONS = ["home", "search", "calendar", "clock", "user", "tag", "share", "print", "mail",
             "phone", "map-marker", "facebook", "zalo", "twitter", "chevron-right",
             "chevron-left", "file-pdf", "file-word", "download", "eye", "bars", "close"]


def svg_sprite(rng: random.Random) -> str:
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    for name in SVG_ICONS:
        pts = " ".join(f"M{rng.randint(0, 24)}.{rng.randint(0, 9)} {rng.randint(0, 24)}.{rng.randint(0, 9)}"
                       f"c{rng.randint(-9, 9)}.{rng.randint(0, 9)} {rng.randint(-9, 9)}.{rng.randint(0, 9)} "
                       f"{rng.randint(-9, 9)}.{rng.randint(0, 9)} {rng.randint(-9, 9)}.{rng.randint(0, 9)} "
                       f"{rng.randint(-9, 9)}.{rng.randint(0, 9)} {rng.randint(-9, 9)}.{rng.randint(0, 9)}z"
                       for _ in range(9))
        out.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{pts}"/></symbol>')
    out.append("</svg>")
    return "\n".join(out)


def blob(rng: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def head(title: str, path: str, desc: str, rng: random.Random, extra_css: str = "") -> str:
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />

<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
\t{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{attr(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="{attr(SITE)}, {attr(MINISTRY)}, cải cách hành chính, công vụ, công chức" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/9.11.2/default.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Resources/Search/SearchSkinObjectPreview.css?cdv=412" type="text/css" rel="stylesheet"/><link href="{SKIN}/dist/css/bootstrap.min.css?cdv=412" type="text/css" rel="stylesheet"/><link href="{SKIN}/dist/css/theme.min.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Containers/CongVuBS4/container.css?cdv=412" type="text/css" rel="stylesheet"/>{extra_css}<link href="/Portals/0/portal.css?cdv=412" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=412" type="text/javascript"></script><link rel="canonical" href="{HOST}{attr(path)}"/><meta property="og:site_name" content="{attr(SITE)}" /><meta property="og:title" content="{attr(title)}" /><meta property="og:url" content="{HOST}{attr(path)}" /><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" /><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2023-11-02-101522-773' type='image/x-icon' /><link rel='icon' href='/Portals/0/favicon.ico?ver=2023-11-02-101522-773' type='image/x-icon' /><link rel="alternate" type="application/rss+xml" title="Tin tức" href="/DesktopModules/CDS/ContentViewer/API/Rss/Feed?tabid=58" />
<!-- Global site tag -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CDMCV2023"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-CDMCV2023');</script>
</head>
<body id="Body" class="tab-{rng.randint(40, 99)} lang-vi">
{svg_sprite(rng)}
"""


def form_open(path: str, rng: random.Random, vs_bytes: int) -> str:
    return f"""<form method="post" action="{attr(path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{blob(rng, vs_bytes)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
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

<script src="/WebResource.axd?d={blob(rng, 60).replace('+', '-').replace('/', '_')}&amp;t=638313976840000000" type="text/javascript"></script>

<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","NumberDecimalSeparator":",","NumberGroupSeparator":"."}},"dateTimeFormat":{{"ShortDatePattern":"dd/MM/yyyy","LongTimePattern":"HH:mm:ss"}}}};//]]>
</script>

<script src="/ScriptResource.axd?d={blob(rng, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffc7a8e318" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={blob(rng, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffc7a8e318" type="text/javascript"></script>
<div class="aspNetHidden">
\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{blob(rng, 120)}" />
</div><script src="/js/dnn.modalpopup.js?cdv=412" type="text/javascript"></script><script src="{SKIN}/dist/js/bootstrap.bundle.min.js?cdv=412" type="text/javascript"></script><script src="{SKIN}/dist/js/theme.min.js?cdv=412" type="text/javascript"></script><script src="/js/dnncore.js?cdv=412" type="text/javascript"></script><script src="/Resources/Search/SearchSkinObjectPreview.js?cdv=412" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=412" type="text/javascript"></script><script src="/js/dnn.js?cdv=412" type="text/javascript"></script><script src="/DesktopModules/CDS/ContentViewer/js/viewer.js?cdv=412" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
"""


def header(active: str) -> str:
    nav = []
    for i, (name, href, subs) in enumerate(MENU):
        cls = " active" if href == active else ""
        if subs:
            items = "".join(f'<a class="dropdown-item" href="{h}">{esc(n)}</a>' for n, h in subs)
            nav.append(f'<li class="nav-item dropdown{cls}"><a class="nav-link dropdown-toggle" href="{href}" id="navdd{i}" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{esc(name)}</a><div class="dropdown-menu" aria-labelledby="navdd{i}">{items}</div></li>')
        else:
            nav.append(f'<li class="nav-item{cls}"><a class="nav-link" href="{href}">{esc(name)}</a></li>')
    return f"""<!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/9.11.2/default.css?cdv=412|DnnPageHeaderProvider|5)-->
<!--CDF(Javascript|{SKIN}/dist/js/theme.min.js?cdv=412|DnnFormBottomProvider|100)-->
<div id="siteWrapper" class="site-wrapper">
  <a class="sr-only sr-only-focusable skip-link" href="#dnn_ContentPane">Chuyển đến nội dung chính</a>
  <div class="topbar bg-primary text-white small">
    <div class="container d-flex justify-content-between align-items-center">
      <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span>
      <ul class="list-inline mb-0 topbar-links">
        <li class="list-inline-item"><a href="/so-do-website" class="text-white">Sơ đồ website</a></li>
        <li class="list-inline-item"><a href="/rss" class="text-white">RSS</a></li>
        <li class="list-inline-item"><a id="dnn_dnnUser_enhancedRegisterLink" title="Đăng ký" class="text-white" rel="nofollow" href="/dang-ky?returnurl=%2f">Đăng ký</a></li>
        <li class="list-inline-item"><a id="dnn_dnnLogin_enhancedLoginLink" title="Đăng nhập" class="text-white" rel="nofollow" href="/dang-nhap?returnurl=%2f">Đăng nhập</a></li>
        <li class="list-inline-item"><a href="/en-us" class="text-white" title="English"><img src="/images/Flags/en-US.gif" alt="en-US" /></a></li>
      </ul>
    </div>
  </div>
  <header class="site-header">
    <div class="container d-flex align-items-center py-3">
      <a id="dnn_dnnLOGO_hypLogo" title="{attr(SITE)}" aria-label="{attr(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Logo/logo-cdmcv.png?ver=2023-11-02-101522-773" alt="{attr(SITE)}" class="site-logo" /></a>
      <div class="site-name ml-3">
        <div class="site-name__parent text-uppercase">{esc(MINISTRY)}</div>
        <div class="site-name__title text-uppercase font-weight-bold">{esc(SITE)}</div>
      </div>
      <div class="ml-auto d-none d-lg-block">
        <span id="dnn_dnnSearch_ClassicSearch">
          <span class="searchInputContainer" data-moreresults="Xem thêm kết quả" data-noresult="Không tìm thấy kết quả">
            <input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox form-control form-control-sm" aria-label="Tìm kiếm" autocomplete="off" placeholder="Tìm kiếm tin tức..." />
            <a class="dnnSearchBoxClearText" title="Xóa"></a>
          </span>
          <a id="dnn_dnnSearch_cmdSearch" class="SearchButton btn btn-sm btn-primary" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)"><svg class="icon"><use xlink:href="#icon-search"></use></svg></a>
        </span>
      </div>
    </div>
    <nav class="navbar navbar-expand-lg navbar-dark bg-dark main-nav" id="dnn_MainMenu">
      <div class="container">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNavbar" aria-controls="mainNavbar" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="mainNavbar">
          <ul class="navbar-nav mr-auto">{''.join(nav)}</ul>
        </div>
      </div>
    </nav>
  </header>
"""


def breadcrumb(items: list[tuple[str, str]]) -> str:
    parts = []
    for pos, (name, href) in enumerate(items, 1):
        parts.append(f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(name)}</span></a><meta itemprop="position" content="{pos}" /></span>')
    sep = '<span class="breadcrumb-sep"> › </span>'
    return f"""<div class="breadcrumb-wrap"><div class="container"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><a href="/" class="breadcrumb-home" title="Trang chủ"><svg class="icon"><use xlink:href="#icon-home"></use></svg></a>{sep}{sep.join(parts)}</span></span></div></div>
"""


def module(mid: int, modclass: str, title: str | None, inner: str, container: str = "card") -> str:
    ttl = (f'<div class="card-header module-title"><h2 class="h6 mb-0 text-uppercase"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></div>'
           if title else "")
    return f"""<div class="DnnModule DnnModule-{modclass} DnnModule-{mid}"><a name="{mid}"></a>
<div class="module-container module-container--{container} {container} mb-4">{ttl}<div id="dnn_ctr{mid}_ContentPane" class="card-body module-body"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{modclass.replace('.', '')}C">
{inner}
</div><!-- End_Module_{mid} --></div>
</div>
</div>"""


def sidebar(rng: random.Random, exclude: int | None = None) -> str:
    docs = "\n".join(
        f'<li class="doc-item"><a href="/van-ban/{slug}" class="doc-item__number">{esc(no)}</a>'
        f'<p class="doc-item__summary">{esc(summ)}</p><span class="doc-item__date">Ngày ban hành: {d}</span></li>'
        for no, summ, d, slug in DOCS)
    popular = [a for a in ARTICLES if a["id"] != exclude][:5]
    pop = "\n".join(
        f'<li class="media mb-2"><a href="{a_url(a)}"><img class="mr-2" src="/DnnImageHandler.ashx?mode=file&amp;file=/Portals/0/Images/Thumbs/{a["id"]}.jpg&amp;w=96&amp;h=64" alt="" /></a>'
        f'<div class="media-body"><a href="{a_url(a)}">{esc(a["title"])}</a></div></li>' for a in popular)
    links = "".join(f'<option value="{attr(u)}">{esc(n)}</option>' for n, u in LINKS)
    linkbox = module(435, "DNN_HTML", "Liên kết website", '<select class="custom-select custom-select-sm" onchange="if(this.value!=&#39;#&#39;)window.open(this.value)"><option value="#">-- Liên kết website --</option>' + links + '</select>')
    total = 17_000_000 + rng.randint(0, 900_000)
    online = rng.randint(120, 900)
    return f"""<div id="dnn_RightPane" class="col-lg-4 RightPane">
{module(431, "CDS.DocumentList", "Văn bản mới", f'<ul class="doc-list list-unstyled">{docs}</ul><a class="btn btn-link btn-sm" href="/van-ban">Xem tất cả văn bản</a>')}
{module(432, "CDS.ContentViewer", "Tin xem nhiều", f'<ul class="list-unstyled popular-list">{pop}</ul>')}
{module(433, "DNN_HTML", "Dịch vụ công", '<div id="dnn_ctr433_HtmlModule_lblContent" class="Normal"><p><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/Portals/0/Banner/cong-dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" class="img-fluid" /></a></p><p><a href="/hoi-dap/gui-cau-hoi"><img src="/Portals/0/Banner/hoi-dap-truc-tuyen.png" alt="Hỏi đáp trực tuyến" class="img-fluid" /></a></p></div>')}
{module(434, "CDS.Poll", "Thăm dò ý kiến", '<p class="poll-question">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p><div class="custom-control custom-radio"><input type="radio" id="poll1" name="dnn$ctr434$poll" class="custom-control-input" value="1" /><label class="custom-control-label" for="poll1">Rất dễ sử dụng</label></div><div class="custom-control custom-radio"><input type="radio" id="poll2" name="dnn$ctr434$poll" class="custom-control-input" value="2" /><label class="custom-control-label" for="poll2">Dễ sử dụng</label></div><div class="custom-control custom-radio"><input type="radio" id="poll3" name="dnn$ctr434$poll" class="custom-control-input" value="3" /><label class="custom-control-label" for="poll3">Khó sử dụng</label></div><a id="dnn_ctr434_Poll_cmdVote" class="btn btn-primary btn-sm mt-2" href="javascript:__doPostBack(&#39;dnn$ctr434$Poll$cmdVote&#39;,&#39;&#39;)">Biểu quyết</a> <a id="dnn_ctr434_Poll_cmdResult" class="btn btn-outline-secondary btn-sm mt-2" href="javascript:__doPostBack(&#39;dnn$ctr434$Poll$cmdResult&#39;,&#39;&#39;)">Xem kết quả</a>')}
{linkbox}
{module(436, "CDS.Counter", "Thống kê truy cập", f'<ul class="list-unstyled counter-list"><li>Đang truy cập: <strong>{online:,}</strong></li><li>Hôm nay: <strong>{rng.randint(2000, 9000):,}</strong></li><li>Tổng lượt truy cập: <strong>{total:,}</strong></li></ul>'.replace(",", "."))}
</div>"""


def footer(rng: random.Random) -> str:
    return f"""<footer class="site-footer bg-dark text-light pt-4 pb-3">
  <div class="container">
    <div id="dnn_FooterPane" class="row FooterPane">
      <div class="col-md-7">
        <div class="DnnModule DnnModule-DNN_HTML DnnModule-440"><a name="440"></a><div id="dnn_ctr440_ContentPane"><div id="dnn_ctr440_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr440_HtmlModule_lblContent" class="Normal">
          <p class="text-uppercase font-weight-bold mb-1">{esc(SITE)} - {esc(MINISTRY)}</p>
          <p class="mb-1">Trụ sở: Số 8 phố Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội</p>
          <p class="mb-1">Điện thoại: 024.3826.xxxx - Fax: 024.3826.yyyy - Email: cdmcv@moha.gov.vn</p>
          <p class="mb-1">Chịu trách nhiệm chính: Cục trưởng {esc(SITE)}</p>
          <p class="mb-0 small">Ghi rõ nguồn "{esc(SITE)}" khi phát hành lại thông tin từ nguồn này.</p>
        </div></div></div></div>
      </div>
      <div class="col-md-5 text-md-right">
        <ul class="list-inline footer-links">
          <li class="list-inline-item"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a></li>
          <li class="list-inline-item"><a href="/lien-he">Liên hệ</a></li>
          <li class="list-inline-item"><a href="/so-do-website">Sơ đồ website</a></li>
          <li class="list-inline-item"><a href="/hoi-dap/gui-cau-hoi">Hỏi đáp</a></li>
        </ul>
        <a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/doimoicongvumohagovvn-1700000000" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="/Portals/0/Banner/tinnhiemmang.png" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a>
        <p class="small mt-2 mb-0"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Bản quyền thuộc về {esc(SITE)}</span></p>
      </div>
    </div>
  </div>
</footer>
<a href="#siteWrapper" class="back-to-top" title="Lên đầu trang"><svg class="icon"><use xlink:href="#icon-chevron-right"></use></svg></a>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{rng.randint(40, 99)}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{blob(rng, 96)}" /><script src="/Resources/Shared/scripts/initWidgets.js?cdv=412" type="text/javascript"></script><script src="/Resources/Shared/components/DropDownList/dnn.DropDownList.js?cdv=412" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
$(function(){{ if (window.dnn && dnn.searchSkinObject) {{ var so = new dnn.searchSkinObject({{ delayTriggerAutoSearch: 400, minCharRequiredTriggerAutoSearch: 2, searchType: 'S', enableWildSearch: true, cultureCode: 'vi-VN', portalId: -1 }}); so.init(); }} }});
//]]>
</script>
</form>
<!--CDF(Javascript|/js/dnncore.js?cdv=412|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=412|DnnBodyProvider|50)-->
</body>
</html>
"""


def page(path: str, title: str, desc: str, crumbs, main_html: str, seed: int, active: str,
         exclude: int | None = None, vs: int = 9000) -> str:
    rng = random.Random(seed)
    return (head(title, path, desc, rng) + form_open(path, rng, vs) + header(active)
            + (breadcrumb(crumbs) if crumbs else "")
            + f"""<main class="container py-4" id="dnn_MainArea">
<div class="row">
<div id="dnn_ContentPane" class="col-lg-8 ContentPane">
{main_html}
</div>
{sidebar(rng, exclude)}
</div>
</main>
""" + footer(rng))


# ---------------------------------------------------------------------------------------------
# Article rendering
# ---------------------------------------------------------------------------------------------

def render_img(kind: str, src: str, cap: str | None, credit: str | None, n: int) -> str:
    alt = attr(cap or "")
    if kind == "figure":
        cr = f' <span class="lc-credit">{esc(credit)}</span>' if credit else ""
        return (f'<figure class="lc-figure figure text-center"><img class="figure-img img-fluid" src="{src}" alt="{alt}" loading="lazy" />'
                f'<figcaption class="figure-caption">{esc(cap)}{cr}</figcaption></figure>')
    if kind == "imgdiv":
        cr = f'<div class="lc-image__credit text-right"><em>{esc(credit)}</em></div>' if credit else ""
        return (f'<div class="lc-image"><img class="img-fluid d-block mx-auto" src="{src}" alt="{alt}" />'
                f'<div class="lc-image__caption">{esc(cap)}</div>{cr}</div>')
    if kind == "imgtable":
        return (f'<table class="lc-photo" align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%"><tbody><tr><td style="text-align:center">'
                f'<img src="{src}" alt="" style="max-width:100%" /><br /><em>{esc(cap)}</em><br /><span class="photo-credit">{esc(credit)}</span></td></tr></tbody></table>')
    raise ValueError(kind)


def related_box(ids) -> str:
    cards = "".join(
        f'<div class="col-sm-6"><div class="card h-100"><a href="{a_url(BY_ID[i])}"><img class="card-img-top" src="/DnnImageHandler.ashx?mode=file&amp;file=/Portals/0/Images/Thumbs/{i}.jpg&amp;w=320&amp;h=200" alt="" /></a>'
        f'<div class="card-body p-2"><a class="card-title small font-weight-bold" href="{a_url(BY_ID[i])}">{esc(BY_ID[i]["title"])}</a>'
        f'<div class="card-text text-muted small">{dmy(BY_ID[i]["date"])}</div></div></div></div>' for i in ids)
    return f'<div class="lc-related-inline my-3"><div class="lc-related-inline__title font-weight-bold text-uppercase">Tin liên quan</div><div class="row">{cards}</div></div>'


def render_article(a: dict) -> tuple[str, dict]:
    parts_html: list[str] = []
    text: list[str] = []
    images: list[dict] = []
    n = 0
    for blk in a["body"]:
        k = blk[0]
        if k == "p":
            parts_html.append(f"<p>{esc(blk[1])}</p>")
            text.append(blk[1])
        elif k == "h3":
            parts_html.append(f"<h3>{esc(blk[1])}</h3>")
            text.append(blk[1])
        elif k == "q":
            parts_html.append(f"<p><strong>{esc(blk[1])}</strong></p>")
            text.append(blk[1])
        elif k == "ul":
            parts_html.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in blk[1]) + "</ul>")
            text.extend(blk[1])
        elif k == "br":
            parts_html.append("<p>" + "<br />\n".join(esc(x) for x in blk[1]) + "</p>")
            text.extend(blk[1])
        elif k == "table":
            rows = blk[1]
            h = '<div class="table-responsive"><table class="table table-bordered table-sm" border="1" cellpadding="4" cellspacing="0">'
            body_rows = rows
            if blk[2]:
                h += "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead>"
                body_rows = rows[1:]
            h += "<tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body_rows) + "</tbody></table></div>"
            parts_html.append(h)
            text.extend(" | ".join(r) for r in rows)
        elif k in ("figure", "imgdiv", "imgtable"):
            n += 1
            parts_html.append(render_img(k, blk[1], blk[2], blk[3], n))
            images.append({"src": img_url(blk[1]), "caption": blk[2], "credit": blk[3]})
        elif k == "related":
            parts_html.append(related_box(blk[1]))
        elif k == "sign":
            parts_html.append(f'<p style="text-align: right;"><strong>{esc(blk[1])}</strong></p>')
        elif k == "source":
            parts_html.append(f'<p class="lc-source" style="text-align: right;"><em>Nguồn: {esc(blk[1])}</em></p>')
        elif k == "attach":
            lis = "".join(
                f'<li><svg class="icon"><use xlink:href="#icon-{"file-pdf" if nm.endswith(".pdf") else "file-word"}"></use></svg> '
                f'<a href="{href}" target="_blank">{esc(nm)}</a> <a class="btn btn-sm btn-outline-primary" href="{href}" download>Tải về</a></li>'
                for nm, href in blk[1])
            parts_html.append(f'<div class="lc-attachments mt-3"><div class="font-weight-bold">Tệp đính kèm:</div><ul class="list-unstyled">{lis}</ul></div>')
        else:
            raise ValueError(k)

    # meta line
    d = a["date"]
    meta_bits = []
    if a["fmt"] == "pipe":
        meta_bits.append(f'<span class="lc-meta__date"><svg class="icon"><use xlink:href="#icon-clock"></use></svg> {dmy(d)} | {d[3]:02d}:{d[4]:02d}</span>')
    elif a["fmt"] == "weekday":
        wd = WEEKDAYS[dt.date(d[0], d[1], d[2]).weekday()]
        meta_bits.append(f'<span class="lc-meta__date"><svg class="icon"><use xlink:href="#icon-calendar"></use></svg> {wd} - {dmy(d)}</span>')
    elif a["fmt"] == "xuatban":
        meta_bits.append(f'<span class="lc-meta__date">Ngày xuất bản: {dmy(d)}</span>')
    if a["updated"]:
        u = a["updated"]
        meta_bits.append(f'<span class="lc-meta__updated">Cập nhật lần cuối: {dmy(u)} {u[3]:02d}:{u[4]:02d}</span>')
    if a["meta_author"]:
        meta_bits.append(f'<span class="lc-meta__author"><svg class="icon"><use xlink:href="#icon-user"></use></svg> Tác giả: {esc(a["meta_author"])}</span>')
    if a["meta_source"]:
        meta_bits.append(f'<span class="lc-meta__source">Nguồn: {esc(a["meta_source"])}</span>')
    views = 150 + (a["id"] * 37) % 2400
    meta_bits.append(f'<span class="lc-meta__views"><svg class="icon"><use xlink:href="#icon-eye"></use></svg> Lượt xem: {views}</span>')
    meta_html = ('<div class="lc-meta d-flex flex-wrap text-muted small mb-3">'
                 + '<span class="lc-meta__sep mx-2">·</span>'.join(meta_bits) + "</div>")

    lead_html = ""
    if a["lead_style"] == "box":
        lead_html = f'<div class="lc-summary alert alert-secondary"><p class="mb-0">{esc(a["lead"])}</p></div>'
    elif a["lead_style"] == "bold":
        pre = f'{esc(a["prefix"])} ' if a["prefix"] else ""
        lead_html = f'<p><strong>{pre}{esc(a["lead"])}</strong></p>'

    tags = "".join(
        f'<a class="badge badge-light border mr-1" href="/tim-kiem?tag={attr(slugify(t))}">{esc(t)}</a>' for t in a["tags"])
    url = a_url(a)
    share = (f'<div class="lc-share my-3"><span class="mr-2">Chia sẻ:</span>'
             f'<a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={HOST}{url}" target="_blank" rel="noopener"><svg class="icon"><use xlink:href="#icon-facebook"></use></svg> Facebook</a> '
             f'<a class="btn btn-sm btn-zalo" href="https://sp.zalo.me/share_inline?d={HOST}{url}" target="_blank" rel="noopener"><svg class="icon"><use xlink:href="#icon-zalo"></use></svg> Zalo</a> '
             f'<a class="btn btn-sm btn-twitter" href="https://twitter.com/intent/tweet?url={HOST}{url}" target="_blank" rel="noopener"><svg class="icon"><use xlink:href="#icon-twitter"></use></svg> Twitter</a> '
             f'<a class="btn btn-sm btn-light" href="mailto:?subject={attr(a["title"])}&amp;body={HOST}{url}"><svg class="icon"><use xlink:href="#icon-mail"></use></svg> Gửi email</a> '
             f'<a class="btn btn-sm btn-light" href="javascript:window.print();"><svg class="icon"><use xlink:href="#icon-print"></use></svg> In bài</a> '
             f'<a class="btn btn-sm btn-light" href="javascript:history.back();">Quay lại</a></div>')
    bottom_date = ""
    if a["fmt"] == "bottom":
        bottom_date = f'<div class="lc-posted text-right text-muted small mt-2">Ngày đăng: {dmy(d)} {d[3]:02d}:{d[4]:02d}</div>'

    same = [x for x in NEWEST if x["cat"] == a["cat"] and x["id"] != a["id"]]
    others = [x for x in NEWEST if x["cat"] != a["cat"] and x["id"] != a["id"]]
    lst = (same + others)[:6]
    same_html = "".join(
        f'<li class="lc-samecat__item"><a href="{a_url(x)}">{esc(x["title"])}</a> <span class="text-muted small">({dmy(x["date"])})</span></li>'
        for x in lst)

    article_html = f"""<article class="lc-article" data-item-id="{a['id']}" itemscope itemtype="https://schema.org/NewsArticle">
<div class="lc-article__category"><a href="/tin-tuc/chuyen-muc/{a['catslug']}" class="text-uppercase small font-weight-bold">{esc(a['cat'])}</a></div>
<h1 class="lc-article__title" itemprop="headline">{esc(a['title'])}</h1>
{meta_html if a['fmt'] != 'bottom' else ''}
{lead_html if a['lead_style'] == 'box' else ''}
<div class="lc-article__body" itemprop="articleBody">
{lead_html if a['lead_style'] == 'bold' else ''}
{chr(10).join(parts_html)}
</div>
<div class="lc-tags mt-3"><svg class="icon"><use xlink:href="#icon-tag"></use></svg> <span class="font-weight-bold">Từ khóa:</span> {tags}</div>
{share}
{bottom_date}
</article>"""
    inner = article_html
    samecat = f'<div class="lc-samecat mt-4"><h2 class="h6 text-uppercase border-bottom pb-2">Tin cùng chuyên mục</h2><ul class="list-unstyled">{same_html}</ul><a class="small" href="/tin-tuc">Xem thêm »</a></div>'
    comments = ('<div class="lc-feedback mt-4"><h2 class="h6 text-uppercase">Ý kiến bạn đọc</h2>'
                '<div class="form-group"><input name="dnn$ctr421$View$txtName" type="text" class="form-control form-control-sm" placeholder="Họ và tên" /></div>'
                '<div class="form-group"><input name="dnn$ctr421$View$txtEmail" type="text" class="form-control form-control-sm" placeholder="Email" /></div>'
                '<div class="form-group"><textarea name="dnn$ctr421$View$txtComment" rows="3" class="form-control form-control-sm" placeholder="Nội dung ý kiến"></textarea></div>'
                '<a id="dnn_ctr421_View_cmdSend" class="btn btn-primary btn-sm" href="javascript:__doPostBack(&#39;dnn$ctr421$View$cmdSend&#39;,&#39;&#39;)">Gửi ý kiến</a></div>')
    main_html = (module(421, "CDS.ContentViewer", None, inner, container="plain")
                 + "\n" + module(422, "CDS.ContentViewer", None, samecat + comments, container="plain"))
    crumbs = [("Tin tức", "/tin-tuc"), (a["cat"], f"/tin-tuc/chuyen-muc/{a['catslug']}")]
    desc = a["lead"] or text[0][:160]
    html_out = page(url, f"{a['title']} > {a['cat']} - {SITE}", desc, crumbs, main_html,
                    seed=a["id"], active="/tin-tuc", exclude=a["id"])

    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": "\n\n".join(text),
        "published_at": iso(a["date"]),
        "updated_at": iso(a["updated"]),
        "date_label": a["label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": a["cat"],
    }
    return html_out, expected


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------------------------

def item_card(a: dict, big: bool = False) -> str:
    summ = a["lead"] or next(b[1] for b in a["body"] if b[0] == "p")
    summ = summ if len(summ) < 180 else summ[:summ.rfind(" ", 0, 170)] + "..."
    w, h = (640, 400) if big else (240, 160)
    return (f'<div class="media lc-list-item mb-3 pb-3 border-bottom"><a href="{a_url(a)}" class="mr-3"><img src="/DnnImageHandler.ashx?mode=file&amp;file=/Portals/0/Images/Thumbs/{a["id"]}.jpg&amp;w={w}&amp;h={h}" alt="{attr(a["title"])}" class="lc-thumb" /></a>'
            f'<div class="media-body"><h3 class="h6 lc-list-item__title"><a href="{a_url(a)}">{esc(a["title"])}</a></h3>'
            f'<div class="text-muted small"><svg class="icon"><use xlink:href="#icon-clock"></use></svg> {dmy(a["date"])}</div>'
            f'<p class="small mb-0">{esc(summ)}</p></div></div>')


def pager(cur: int, total: int, base: str, style: str) -> str:
    def href(n):
        if style == "path":
            return base if n == 1 else f"{base}/page/{n}"
        return base if n == 1 else f"{base}?p={n}"
    lis = []
    if cur > 1:
        lis.append(f'<li class="page-item"><a class="page-link" href="{href(cur - 1)}">« Trang trước</a></li>')
    for n in range(1, total + 1):
        act = " active" if n == cur else ""
        lis.append(f'<li class="page-item{act}"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if cur < total:
        lis.append(f'<li class="page-item"><a class="page-link" href="{href(cur + 1)}">Trang sau »</a></li>')
    return f'<nav aria-label="Phân trang"><ul class="pagination pagination-sm">{"".join(lis)}</ul></nav>'


def listing_tin_tuc(n: int) -> str:
    per = 8
    items = NEWEST[(n - 1) * per:n * per]
    inner = "".join(item_card(a) for a in items) + pager(n, 2, "/tin-tuc", "path")
    path = "/tin-tuc" if n == 1 else f"/tin-tuc/page/{n}"
    title = "Tin tức" + ("" if n == 1 else f" - Trang {n}")
    main = module(421, "CDS.ContentViewer", "Tin tức", f'<div class="lc-list">{inner}</div>')
    return page(path, f"{title} - {SITE}", "Tin tức, sự kiện của " + SITE, [("Tin tức", "/tin-tuc")],
                main, seed=5000 + n, active="/tin-tuc")


def listing_thong_bao() -> str:
    notices = [BY_ID[1263]]
    rows = "".join(item_card(a) for a in notices)
    docs = "".join(
        f'<li class="mb-2"><a href="/Portals/0/VanBan/2024/{slug}.pdf">{esc(no)} - {esc(summ)}</a> <span class="text-muted small">({d})</span></li>'
        for no, summ, d, slug in DOCS[:4])
    inner = rows + f'<ul class="list-unstyled">{docs}</ul>' + pager(1, 3, "/thong-bao", "query")
    main = module(421, "CDS.ContentViewer", "Thông báo", f'<div class="lc-list">{inner}</div>')
    return page("/thong-bao", f"Thông báo - {SITE}", "Thông báo của " + SITE, [("Thông báo", "/thong-bao")],
                main, seed=5100, active="/thong-bao")


def home() -> str:
    top = NEWEST[0]
    feat = (f'<div class="lc-featured row mb-4"><div class="col-md-7"><a href="{a_url(top)}"><img class="img-fluid" src="/DnnImageHandler.ashx?mode=file&amp;file=/Portals/0/Images/Thumbs/{top["id"]}.jpg&amp;w=640&amp;h=400" alt="{attr(top["title"])}" /></a></div>'
            f'<div class="col-md-5"><h2 class="h5"><a href="{a_url(top)}">{esc(top["title"])}</a></h2><div class="text-muted small">{dmy(top["date"])}</div>'
            f'<p>{esc(top["lead"])}</p></div></div>')
    lst = "".join(item_card(a) for a in NEWEST[1:6])
    more = '<a class="btn btn-outline-primary btn-sm" href="/tin-tuc">Xem tất cả tin tức</a>'
    news = module(421, "CDS.ContentViewer", "Tin tức - Sự kiện", feat + lst + more)
    cats = []
    for cname, cslug in [("Cải cách hành chính", "cai-cach-hanh-chinh"), ("Đào tạo, bồi dưỡng", "dao-tao-boi-duong"),
                         ("Trao đổi - Nghiên cứu", "trao-doi-nghien-cuu")]:
        items = [a for a in NEWEST if a["cat"] == cname][:4]
        li = "".join(f'<li class="mb-2"><a href="{a_url(a)}">{esc(a["title"])}</a> <span class="text-muted small">{dmy(a["date"])}</span></li>' for a in items)
        cats.append(f'<div class="col-md-6 mb-3"><h3 class="h6 text-uppercase border-bottom pb-1"><a href="/tin-tuc/chuyen-muc/{cslug}">{esc(cname)}</a></h3><ul class="list-unstyled">{li}</ul></div>')
    catmod = module(423, "CDS.ContentViewer", "Chuyên mục", f'<div class="row">{"".join(cats)}</div>')
    notice = module(424, "CDS.ContentViewer", "Thông báo",
                    f'<ul class="list-unstyled"><li><a href="{a_url(BY_ID[1263])}">{esc(BY_ID[1263]["title"])}</a> <span class="text-muted small">{dmy(BY_ID[1263]["date"])}</span></li></ul><a class="small" href="/thong-bao">Xem tất cả</a>')
    quick = module(425, "DNN_HTML", "Tiện ích",
                   '<div id="dnn_ctr425_HtmlModule_lblContent" class="Normal"><ul class="list-inline">'
                   '<li class="list-inline-item"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
                   '<li class="list-inline-item"><a href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a></li>'
                   '<li class="list-inline-item"><a href="/lien-he">Liên hệ</a></li>'
                   '<li class="list-inline-item"><a href="/tim-kiem?tag=cai-cach-hanh-chinh">Chủ đề cải cách hành chính</a></li>'
                   '<li class="list-inline-item"><a href="/so-do-website">Sơ đồ website</a></li></ul></div>')
    return page("/", f"Trang chủ - {SITE}", "Cổng thông tin điện tử " + SITE, None,
                news + catmod + notice + quick, seed=1, active="/")


def static_page() -> str:
    paras = [
        ("h2", "Vị trí và chức năng"),
        ("p", f"{SITE} là tổ chức thuộc {MINISTRY}, thực hiện chức năng tham mưu, giúp Bộ trưởng quản lý nhà nước về công vụ, công chức và tổ chức thực hiện các nhiệm vụ cải cách chế độ công vụ theo quy định của pháp luật."),
        ("p", "Cục có tư cách pháp nhân, có con dấu riêng, được mở tài khoản tại Kho bạc Nhà nước và có trụ sở tại thành phố Hà Nội."),
        ("h2", "Nhiệm vụ và quyền hạn"),
        ("ol", ["Xây dựng, trình cấp có thẩm quyền ban hành các văn bản quy phạm pháp luật, chiến lược, kế hoạch về công vụ, công chức.",
                "Hướng dẫn, kiểm tra việc thực hiện chế độ, chính sách đối với công chức tại các bộ, ngành, địa phương.",
                "Xây dựng, quản lý cơ sở dữ liệu về đội ngũ công chức; thống kê, báo cáo theo quy định.",
                "Tổ chức bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho công chức theo phân công.",
                "Thực hiện kiểm tra công vụ; tiếp nhận và xử lý phản ánh, kiến nghị liên quan đến hoạt động công vụ.",
                "Quản lý tổ chức bộ máy, công chức, tài chính, tài sản được giao theo quy định."]),
        ("h2", "Cơ cấu tổ chức"),
        ("ul", ["Văn phòng Cục", "Phòng Tổng hợp", "Phòng Chính sách công vụ", "Phòng Đào tạo, Bồi dưỡng",
                "Phòng Thanh tra công vụ", "Trung tâm Thông tin"]),
    ]
    out = []
    for k, v in paras:
        if k in ("h2", "p"):
            out.append(f"<{k}>{esc(v)}</{k}>")
        else:
            out.append(f"<{k}>" + "".join(f"<li>{esc(x)}</li>" for x in v) + f"</{k}>")
    inner = f'<div id="dnn_ctr427_HtmlModule_lblContent" class="Normal">{"".join(out)}</div>'
    main = module(427, "DNN_HTML", "Chức năng, nhiệm vụ", inner)
    return page("/gioi-thieu/chuc-nang-nhiem-vu", f"Chức năng, nhiệm vụ - {SITE}", "Chức năng, nhiệm vụ của " + SITE,
                [("Giới thiệu", "/gioi-thieu"), ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu")],
                main, seed=6001, active="/gioi-thieu")


def contact_page() -> str:
    rows = [("Văn phòng Cục", "024.3826.1001", "vanphong.cdmcv@moha.gov.vn"),
            ("Phòng Tổng hợp", "024.3826.1002", "tonghop.cdmcv@moha.gov.vn"),
            ("Phòng Chính sách công vụ", "024.3826.1003", "chinhsach.cdmcv@moha.gov.vn"),
            ("Phòng Đào tạo, Bồi dưỡng", "024.3826.1004", "daotao.cdmcv@moha.gov.vn"),
            ("Phòng Thanh tra công vụ", "024.3826.1005", "thanhtra.cdmcv@moha.gov.vn"),
            ("Trung tâm Thông tin", "024.3826.1006", "ttth.cdmcv@moha.gov.vn")]
    tr = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td><a href=\"mailto:{c}\">{c}</a></td></tr>" for a, b, c in rows)
    inner = (f'<div id="dnn_ctr428_HtmlModule_lblContent" class="Normal"><p><strong>{esc(SITE)}</strong></p>'
             '<p>Địa chỉ: Số 8 phố Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội</p><p>Điện thoại: 024.3826.1000 - Email: cdmcv@moha.gov.vn</p>'
             f'<table class="table table-striped table-sm"><thead><tr><th>Đơn vị</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>{tr}</tbody></table>'
             '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=cdmcv" title="Bản đồ"></iframe></div></div>')
    form = ('<div class="dnnForm contact-form"><div class="form-group"><label for="dnn_ctr429_Contact_txtName">Họ và tên <span class="text-danger">*</span></label><input name="dnn$ctr429$Contact$txtName" id="dnn_ctr429_Contact_txtName" class="form-control" /></div>'
            '<div class="form-group"><label for="dnn_ctr429_Contact_txtEmail">Email</label><input name="dnn$ctr429$Contact$txtEmail" id="dnn_ctr429_Contact_txtEmail" class="form-control" /></div>'
            '<div class="form-group"><label for="dnn_ctr429_Contact_txtMessage">Nội dung</label><textarea name="dnn$ctr429$Contact$txtMessage" id="dnn_ctr429_Contact_txtMessage" rows="5" class="form-control"></textarea></div>'
            '<a id="dnn_ctr429_Contact_cmdSend" class="btn btn-primary" href="javascript:__doPostBack(&#39;dnn$ctr429$Contact$cmdSend&#39;,&#39;&#39;)">Gửi liên hệ</a></div>')
    main = module(428, "DNN_HTML", "Thông tin liên hệ", inner) + module(429, "CDS.ContactForm", "Gửi thư liên hệ", form)
    return page("/lien-he", f"Liên hệ - {SITE}", "Thông tin liên hệ " + SITE, [("Liên hệ", "/lien-he")],
                main, seed=6002, active="/lien-he")


SOFT404_PATH = "/tin-tuc/ra-mat-chuyen-trang-hoi-dap-truc-tuyen-1102"


def search_page() -> str:
    hits = [a for a in NEWEST if "cải cách hành chính" in a["tags"] or a["cat"] == "Cải cách hành chính"]
    res = "".join(
        f'<div class="dnnSearchResult mb-3"><div class="dnnSearchResultItem-Title"><a href="{a_url(a)}">{esc(a["title"])}</a></div>'
        f'<div class="dnnSearchResultItem-Description small">{esc((a["lead"] or "")[:150])}...</div>'
        f'<div class="dnnSearchResultItem-Others text-muted small">Cập nhật: {dmy(a["date"])} · Chuyên mục: {esc(a["cat"])}</div></div>' for a in hits)
    res += (f'<div class="dnnSearchResult mb-3"><div class="dnnSearchResultItem-Title"><a href="{SOFT404_PATH}">Ra mắt chuyên trang hỏi đáp trực tuyến về chế độ công vụ</a></div>'
            '<div class="dnnSearchResultItem-Description small">Chuyên trang cho phép công chức và người dân gửi câu hỏi, tra cứu câu trả lời về chế độ, chính sách...</div>'
            '<div class="dnnSearchResultItem-Others text-muted small">Cập nhật: 14/09/2023 · Chuyên mục: Tin hoạt động</div></div>')
    inner = (f'<div class="dnnSearchBoxPanel mb-3"><input name="dnn$ctr430$SearchResults$dnnSearchResult$searchBox" type="text" class="form-control" value="cải cách hành chính" /></div>'
             f'<div class="dnnSearchResultPanel"><div class="dnnLeft">Khoảng {len(hits) + 1} kết quả cho từ khóa <strong>cải cách hành chính</strong></div></div>'
             f'<div class="dnnSearchResultContainer">{res}</div>{pager(1, 1, "/tim-kiem?tag=cai-cach-hanh-chinh", "query")}')
    main = module(430, "DotNetNuke.SearchResults", "Kết quả tìm kiếm", inner)
    return page("/tim-kiem?tag=cai-cach-hanh-chinh", f"Tìm kiếm - {SITE}", "Tìm kiếm", [("Tìm kiếm", "/tim-kiem")],
                main, seed=6003, active="")


def login_page() -> str:
    inner = ('<div class="dnnForm dnnLoginService dnnClear"><div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr426_Login_Login_DNN_txtUsername">Tên đăng nhập:</label></div>'
             '<input name="dnn$ctr426$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr426_Login_Login_DNN_txtUsername" class="form-control" autocomplete="off" /></div>'
             '<div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr426_Login_Login_DNN_txtPassword">Mật khẩu:</label></div>'
             '<input name="dnn$ctr426$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr426_Login_Login_DNN_txtPassword" class="form-control" autocomplete="off" /></div>'
             '<div class="dnnFormItem"><input id="dnn_ctr426_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr426$Login$Login_DNN$chkCookie" /><label for="dnn_ctr426_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></div>'
             '<a id="dnn_ctr426_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction btn btn-primary" href="javascript:__doPostBack(&#39;dnn$ctr426$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a> '
             '<a id="dnn_ctr426_Login_Login_DNN_cancelLink" class="dnnSecondaryAction btn btn-light" href="/">Hủy</a>'
             '<ul class="dnnActions dnnClear list-unstyled mt-2"><li><a id="dnn_ctr426_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" rel="nofollow" href="/dang-nhap/ctl/SendPassword?returnurl=%2f">Quên mật khẩu?</a></li></ul></div>')
    main = module(426, "Authentication", "Đăng nhập", inner)
    return page("/dang-nhap?returnurl=%2f", f"Đăng nhập - {SITE}", "Đăng nhập", [("Đăng nhập", "/dang-nhap")],
                main, seed=6004, active="")


def form_page() -> str:
    fields = [("txtHoTen", "Họ và tên", "text"), ("txtDiaChi", "Địa chỉ", "text"), ("txtDienThoai", "Điện thoại", "text"),
              ("txtEmail", "Email", "text"), ("txtTieuDe", "Tiêu đề câu hỏi", "text")]
    fh = "".join(f'<div class="form-group"><label for="dnn_ctr437_Ask_{n}">{esc(l)}</label><input name="dnn$ctr437$Ask${n}" id="dnn_ctr437_Ask_{n}" type="{t}" class="form-control" /></div>' for n, l, t in fields)
    fh += ('<div class="form-group"><label for="dnn_ctr437_Ask_ddlLinhVuc">Lĩnh vực</label><select name="dnn$ctr437$Ask$ddlLinhVuc" id="dnn_ctr437_Ask_ddlLinhVuc" class="custom-select"><option value="1">Tuyển dụng công chức</option><option value="2">Chế độ, chính sách</option><option value="3">Đào tạo, bồi dưỡng</option><option value="4">Khác</option></select></div>'
           '<div class="form-group"><label for="dnn_ctr437_Ask_txtNoiDung">Nội dung câu hỏi</label><textarea name="dnn$ctr437$Ask$txtNoiDung" id="dnn_ctr437_Ask_txtNoiDung" rows="6" class="form-control"></textarea></div>'
           '<div class="form-group"><label>Tệp đính kèm</label><input type="file" name="dnn$ctr437$Ask$fuFile" class="form-control-file" /></div>'
           '<div class="form-group"><img src="/DesktopModules/CDS/Ask/CaptchaImage.ashx?guid=4f1c" alt="Mã xác nhận" /><input name="dnn$ctr437$Ask$txtCaptcha" class="form-control form-control-sm w-25 d-inline-block ml-2" placeholder="Mã xác nhận" /></div>'
           '<a id="dnn_ctr437_Ask_cmdGui" class="btn btn-primary" href="javascript:__doPostBack(&#39;dnn$ctr437$Ask$cmdGui&#39;,&#39;&#39;)">Gửi câu hỏi</a> <a class="btn btn-light" href="/hoi-dap">Quay lại</a>')
    inner = '<p class="small text-muted">Các trường có dấu (*) là bắt buộc. Câu hỏi sẽ được trả lời trong thời hạn 10 ngày làm việc.</p>' + fh
    main = module(437, "CDS.Ask", "Gửi câu hỏi", f'<div class="dnnForm">{inner}</div>')
    return page("/hoi-dap/gui-cau-hoi", f"Gửi câu hỏi - {SITE}", "Gửi câu hỏi", [("Hỏi đáp", "/hoi-dap"), ("Gửi câu hỏi", "/hoi-dap/gui-cau-hoi")],
                main, seed=6005, active="/hoi-dap")


def sitemap_page() -> str:
    lis = []
    for name, href, subs in MENU:
        sub = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs)
        lis.append(f'<li><a href="{href}">{esc(name)}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
    lis.append('<li><a href="/so-do-website">Sơ đồ website</a></li><li><a href="/dang-nhap?returnurl=%2f">Đăng nhập</a></li>')
    main = module(438, "CDS.SiteMap", "Sơ đồ website", f'<ul class="sitemap-tree">{"".join(lis)}</ul>')
    return page("/so-do-website", f"Sơ đồ website - {SITE}", "Sơ đồ website", [("Sơ đồ website", "/so-do-website")],
                main, seed=6006, active="")


def soft404_page() -> str:
    inner = ('<div class="text-center py-5"><div class="display-4 text-muted">404</div>'
             '<h2 class="h4">Không tìm thấy trang</h2><p>Nội dung bạn yêu cầu không tồn tại hoặc đã được gỡ bỏ khỏi Cổng thông tin.</p>'
             '<p><a class="btn btn-primary" href="/">Về trang chủ</a> <a class="btn btn-light" href="/so-do-website">Xem sơ đồ website</a></p></div>')
    main = module(439, "DNN_HTML", None, inner)
    return page(SOFT404_PATH, f"Trang không tồn tại - {SITE}", "Trang không tồn tại", [("Trang không tồn tại", "/404")],
                main, seed=6007, active="")


# ---------------------------------------------------------------------------------------------

def write(name: str, url_path: str, kind: str, body: str, expected: dict | None = None) -> None:
    body = nfc(body)
    (OUT / f"{name}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": CT, "kind": kind}
    if expected is not None:
        meta["expected"] = json.loads(nfc(json.dumps(expected, ensure_ascii=False)))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main() -> None:
    for i, a in enumerate(sorted(ARTICLES, key=a_date), 1):
        body, exp = render_article(a)
        write(f"article_{i:02d}", a_url(a), "article", body, exp)
    write("home", "/", "listing", home())
    write("listing_tin_tuc", "/tin-tuc", "listing", listing_tin_tuc(1))
    write("listing_tin_tuc_p2", "/tin-tuc/page/2", "listing", listing_tin_tuc(2))
    write("listing_thong_bao", "/thong-bao", "listing", listing_thong_bao())
    write("static_chuc_nang", "/gioi-thieu/chuc-nang-nhiem-vu", "static", static_page())
    write("contact", "/lien-he", "contact", contact_page())
    write("search", "/tim-kiem?tag=cai-cach-hanh-chinh", "search", search_page())
    write("login", "/dang-nhap?returnurl=%2f", "login", login_page())
    write("form_hoi_dap", "/hoi-dap/gui-cau-hoi", "form", form_page())
    write("sitemap", "/so-do-website", "sitemap", sitemap_page())
    write("soft_404", SOFT404_PATH, "soft_404", soft404_page())
    (OUT / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "dotnetnuke", "template": "dnn9bo", "held_out": True},
        ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
