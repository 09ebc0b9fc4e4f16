"""Generator for the liferay/lr7assetpub variant mini-site.

Run:  /work/main/.venv/bin/python tests/variants/liferay/lr7assetpub/make.py
Writes <page>.html (bytes as served) and <page>.json (truth) next to this file.
Standard library only. All article text is invented.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
HOST = "https://snv.hagiang.gov.vn"
SITE_NAME = "Sở Nội vụ tỉnh Hà Giang"
GROUP_ID = 20121
COMPANY_ID = 20097
BUILD = 7310
TS = 1696900000000
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"

# page slug -> (category name, asset publisher instance id, plid)
PAGES = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "k3PzWq8LmN2v", 34012),
    "thong-bao": ("Thông báo", "T9aRcE4fHd1x", 34015),
    "cai-cach-hanh-chinh": ("Cải cách hành chính", "B6uYsG2jKo5e", 34018),
}
TODAY = "Thứ Tư, 11/10/2023"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def art_path(a) -> str:
    inst = PAGES[a["page"]][1]
    return f"/web/guest/{a['page']}/-/asset_publisher/{inst}/content/{a['slug']}"


def doc_url(a, name) -> str:
    u = uuid.UUID(hashlib.md5((a["slug"] + name).encode()).hexdigest())
    folder = 254000 + a["entry"] % 997
    return f"/documents/{GROUP_ID}/{folder}/{name}/{u}?t={TS - a['entry'] * 1000}"


# ---------------------------------------------------------------- articles
# date "dd/mm/yyyy", time "hh:mm AM|PM"
# blocks: ("p", t) | ("h", t) | ("ul", [..]) | ("ol", [..]) | ("table", rows)
#         ("fig", file, caption, credit)  -> <figure class="image"> + <figcaption>
#         ("imgem", file, caption, credit) -> image paragraph + italic paragraph
#         ("imgtbl", file, caption, credit) -> one-cell table with caption row
ARTICLES = [
    {
        "entry": 254871, "page": "cai-cach-hanh-chinh", "slug": "hoi-nghi-trien-khai-nhiem-vu-cai-cach-hanh-chinh-nam-2023",
        "date": "10/02/2023", "time": "08:45 AM", "updated": None,
        "title": "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2023",
        "lead": "Sáng ngày 09/02/2023, Ban Chỉ đạo cải cách hành chính tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2022 và triển khai nhiệm vụ năm 2023.",
        "blocks": [
            ("p", "Năm 2022, công tác cải cách hành chính của tỉnh tiếp tục có chuyển biến tích cực. Chỉ số cải cách hành chính (PAR Index) của tỉnh tăng 5 bậc so với năm 2021; Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt 82,6%. Toàn tỉnh đã rà soát, đơn giản hóa 74 thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%."),
            ("fig", "hoi-nghi-cchc-2023.jpg", "Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị", None),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra những hạn chế như: tỷ lệ hồ sơ trực tuyến toàn trình còn thấp; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đạt yêu cầu; một số cơ quan, địa phương chưa quan tâm đúng mức đến công tác tuyên truyền cải cách hành chính."),
            ("p", "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương xác định cải cách hành chính là nhiệm vụ trọng tâm, gắn trách nhiệm của người đứng đầu với kết quả xếp hạng chỉ số; đẩy mạnh chuyển đổi số, nâng cao chất lượng cung cấp dịch vụ công trực tuyến; tăng cường kiểm tra, xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp."),
            ("p", "Năm 2023, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; Chỉ số cải cách hành chính tăng ít nhất 3 bậc."),
            ("p", "Tại hội nghị, UBND tỉnh đã tặng Bằng khen cho 8 tập thể có thành tích xuất sắc trong công tác cải cách hành chính năm 2022."),
        ],
        "author_field": "Lương Thị Hoa", "source_field": "Phòng Cải cách hành chính", "sig": None,
        "authors": ["Lương Thị Hoa"], "unit": "Phòng Cải cách hành chính",
    },
    {
        "entry": 255102, "page": "cai-cach-hanh-chinh", "slug": "cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022",
        "date": "24/03/2023", "time": "03:30 PM", "updated": None,
        "title": "Công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành và UBND các huyện, thành phố",
        "lead": "UBND tỉnh vừa ban hành quyết định phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của 19 sở, ban, ngành cấp tỉnh và 11 UBND huyện, thành phố.",
        "blocks": [
            ("p", "Việc xác định chỉ số được thực hiện theo bộ tiêu chí do UBND tỉnh ban hành, gồm kết quả tự đánh giá của các cơ quan, thẩm định của Hội đồng thẩm định và điều tra xã hội học đối với cán bộ, công chức, người dân, doanh nghiệp."),
            ("p", "Kết quả xếp hạng 5 đơn vị dẫn đầu khối sở, ban, ngành như sau:"),
            ("table", [
                ["Xếp hạng", "Đơn vị", "Điểm đạt được"],
                ["1", "Sở Tư pháp", "91,25"],
                ["2", "Sở Nội vụ", "90,48"],
                ["3", "Sở Kế hoạch và Đầu tư", "89,73"],
                ["4", "Sở Thông tin và Truyền thông", "88,10"],
                ["5", "Sở Tài chính", "87,62"],
            ]),
            ("p", "Đối với khối UBND cấp huyện, thành phố Hà Giang tiếp tục dẫn đầu với 89,04 điểm; tiếp theo là huyện Bắc Quang và huyện Vị Xuyên. Đơn vị xếp cuối bảng đạt 72,16 điểm."),
            ("p", "UBND tỉnh yêu cầu các cơ quan, đơn vị phân tích kỹ những tiêu chí bị mất điểm, xây dựng kế hoạch khắc phục ngay trong quý II/2023; người đứng đầu các đơn vị xếp hạng thấp phải kiểm điểm, làm rõ trách nhiệm trước Ban Chỉ đạo cải cách hành chính tỉnh."),
            ("p", "Sở Nội vụ được giao theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo UBND tỉnh trước ngày 30/6/2023."),
        ],
        "author_field": None, "source_field": "Sở Nội vụ", "sig": None,
        "authors": [], "unit": "Sở Nội vụ",
    },
    {
        "entry": 249336, "page": "tin-tuc-su-kien", "slug": "ky-thi-tuyen-cong-chuc-tinh-ha-giang-nam-2022-dien-ra-nghiem-tuc",
        "date": "18/11/2022", "time": "10:05 AM", "updated": None,
        "title": "Kỳ thi tuyển công chức tỉnh Hà Giang năm 2022 diễn ra nghiêm túc, đúng quy chế",
        "lead": None,
        "blocks": [
            ("p", "Trong hai ngày 12 và 13/11/2022, Hội đồng tuyển dụng công chức tỉnh đã tổ chức thi vòng 2 kỳ thi tuyển công chức năm 2022 tại Trường Chính trị tỉnh. Kỳ thi có 412 thí sinh đủ điều kiện dự thi, cạnh tranh 96 chỉ tiêu tại các cơ quan hành chính cấp tỉnh và cấp huyện."),
            ("imgem", "thi-tuyen-cong-chuc-2022.jpg", "Thí sinh làm bài thi môn nghiệp vụ chuyên ngành", "Ảnh: Đức Anh"),
            ("p", "Trước đó, ngày 29/10/2022, các thí sinh đã hoàn thành vòng 1 thi trắc nghiệm trên máy vi tính với các nội dung kiến thức chung, ngoại ngữ và tin học. Kết quả có 318 thí sinh đạt yêu cầu để tham dự vòng 2."),
            ("p", "Vòng 2 được tổ chức theo hình thức thi viết môn nghiệp vụ chuyên ngành với thời gian 180 phút. Các khâu ra đề, in sao, bảo quản đề thi, coi thi và chấm thi được thực hiện chặt chẽ, có sự giám sát của Ban Giám sát kỳ thi và lực lượng công an."),
            ("p", "Theo Hội đồng tuyển dụng, kỳ thi diễn ra an toàn, nghiêm túc; không có thí sinh vi phạm quy chế phải lập biên bản. Kết quả thi dự kiến được công bố trên Cổng thông tin điện tử của Sở Nội vụ trước ngày 10/12/2022."),
        ],
        "author_field": None, "source_field": None, "sig": "Đức Anh",
        "authors": ["Đức Anh"], "unit": None,
    },
    {
        "entry": 250417, "page": "tin-tuc-su-kien", "slug": "ban-ton-giao-tinh-tham-chuc-mung-le-giang-sinh-nam-2022",
        "date": "22/12/2022", "time": "04:10 PM", "updated": None,
        "title": "Ban Tôn giáo tỉnh thăm, chúc mừng Lễ Giáng sinh năm 2022",
        "lead": "Nhân dịp Lễ Giáng sinh năm 2022, đoàn công tác của Ban Tôn giáo - Sở Nội vụ đã đến thăm, chúc mừng các chức sắc, chức việc và đồng bào Công giáo, Tin lành trên địa bàn tỉnh.",
        "blocks": [
            ("p", "Chiều ngày 21/12, đoàn đã đến thăm Giáo xứ Hà Giang và một số điểm nhóm Tin lành tại huyện Bắc Mê, Yên Minh. Tại các nơi đến thăm, thay mặt lãnh đạo tỉnh, đại diện Ban Tôn giáo đã gửi lời chúc mừng Giáng sinh an lành tới các vị chức sắc, chức việc và bà con giáo dân."),
            ("imgtbl", "tham-giang-sinh-2022.jpg", "Đoàn công tác tặng quà chúc mừng Giáo xứ Hà Giang", None),
            ("p", "Đại diện đoàn ghi nhận những đóng góp tích cực của đồng bào có đạo trong phong trào thi đua yêu nước, xây dựng nông thôn mới và giữ gìn an ninh trật tự ở cơ sở. Đồng thời đề nghị các chức sắc tiếp tục vận động bà con sống “tốt đời, đẹp đạo”, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
            ("p", "Thay mặt giáo xứ, linh mục quản xứ bày tỏ cảm ơn sự quan tâm của chính quyền các cấp, khẳng định sẽ tiếp tục đồng hành cùng địa phương trong các hoạt động từ thiện, nhân đạo, hỗ trợ học sinh nghèo vùng cao."),
        ],
        "author_field": None, "source_field": "Ban Tôn giáo", "sig": None,
        "authors": [], "unit": "Ban Tôn giáo",
    },
    {
        "entry": 256980, "page": "thong-bao", "slug": "thong-bao-tuyen-dung-vien-chuc-trung-tam-luu-tru-lich-su-tinh-nam-2023",
        "date": "05/05/2023", "time": "09:20 AM", "updated": None,
        "title": "Thông báo tuyển dụng viên chức Trung tâm Lưu trữ lịch sử tỉnh năm 2023",
        "lead": None,
        "blocks": [
            ("p", "Căn cứ kế hoạch tuyển dụng viên chức năm 2023 đã được phê duyệt, Sở Nội vụ thông báo tuyển dụng viên chức làm việc tại Trung tâm Lưu trữ lịch sử tỉnh như sau:"),
            ("h", "1. Chỉ tiêu tuyển dụng"),
            ("p", "Tổng số 04 chỉ tiêu, gồm: 03 chỉ tiêu vị trí lưu trữ viên, 01 chỉ tiêu vị trí kế toán viên."),
            ("h", "2. Điều kiện đăng ký dự tuyển"),
            ("ul", [
                "Có quốc tịch Việt Nam và cư trú tại Việt Nam;",
                "Từ đủ 18 tuổi trở lên;",
                "Có trình độ đại học trở lên chuyên ngành lưu trữ học, văn thư - lưu trữ hoặc kế toán phù hợp với vị trí dự tuyển;",
                "Có đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.",
            ]),
            ("h", "3. Thời gian và địa điểm nhận phiếu đăng ký"),
            ("p", "Thời gian nhận phiếu từ ngày 08/5/2023 đến hết ngày 06/6/2023 (trong giờ hành chính). Địa điểm: Phòng Tổ chức, biên chế và tổ chức phi chính phủ, Sở Nội vụ, tầng 3 trụ sở Sở Nội vụ, đường Nguyễn Trãi, thành phố Hà Giang."),
            ("p", "Người đăng ký dự tuyển nộp phiếu đăng ký theo mẫu ban hành kèm theo thông báo này. Mọi thông tin chi tiết liên hệ số điện thoại 0219.3867.412 để được hướng dẫn."),
        ],
        "attach": [("Thông báo tuyển dụng số 112/TB-SNV", "thong-bao-112-tb-snv.pdf"),
                   ("Phiếu đăng ký dự tuyển viên chức", "phieu-dang-ky-du-tuyen.docx")],
        "author_field": None, "source_field": None, "sig": "Văn phòng Sở",
        "authors": [], "unit": "Văn phòng Sở",
    },
    {
        "entry": 231455, "page": "tin-tuc-su-kien", "slug": "khen-thuong-tap-the-ca-nhan-co-thanh-tich-trong-phong-trao-thi-dua-yeu-nuoc",
        "date": "15/06/2021", "time": "12:00 AM", "updated": None,
        "title": "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2016 - 2020",
        "lead": None,
        "blocks": [
            ("p", "Chủ tịch UBND tỉnh vừa ký quyết định tặng Bằng khen cho 45 tập thể và 87 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2016 - 2020, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ quốc."),
            ("p", "Các tập thể, cá nhân được khen thưởng thuộc nhiều lĩnh vực như giáo dục, y tế, nông nghiệp, quốc phòng - an ninh và xây dựng nông thôn mới; trong đó có 28 cá nhân là người dân tộc thiểu số, 19 cá nhân là nông dân sản xuất, kinh doanh giỏi."),
            ("p", "Theo Ban Thi đua - Khen thưởng, giai đoạn 2016 - 2020, phong trào thi đua trên địa bàn tỉnh được triển khai sâu rộng với nhiều hình thức phong phú, gắn với thực hiện các nhiệm vụ chính trị của từng cơ quan, đơn vị. Công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến được quan tâm hơn, chú trọng khen thưởng người lao động trực tiếp."),
            ("p", "Ban Thi đua - Khen thưởng đề nghị các cơ quan, đơn vị tổ chức trao khen thưởng kịp thời, trang trọng; đồng thời tiếp tục tuyên truyền, biểu dương các gương điển hình để lan tỏa trong cộng đồng."),
        ],
        "author_field": None, "source_field": "Ban Thi đua - Khen thưởng", "sig": None,
        "authors": [], "unit": "Ban Thi đua - Khen thưởng",
    },
    {
        "entry": 258214, "page": "tin-tuc-su-kien", "slug": "kiem-tra-cong-tac-van-thu-luu-tru-tai-huyen-yen-minh",
        "date": "14/07/2023", "time": "02:45 PM", "updated": ("15/07/2023", "08:00 AM"),
        "title": "Kiểm tra công tác văn thư, lưu trữ tại huyện Yên Minh",
        "lead": "Thực hiện kế hoạch kiểm tra năm 2023, từ ngày 11 đến ngày 13/7, đoàn kiểm tra của Sở Nội vụ đã kiểm tra công tác văn thư, lưu trữ tại UBND huyện Yên Minh và 4 xã trên địa bàn huyện.",
        "blocks": [
            ("p", "Qua kiểm tra cho thấy, UBND huyện đã ban hành đầy đủ quy chế công tác văn thư, lưu trữ và danh mục hồ sơ hằng năm; bố trí kho lưu trữ chuyên dụng với diện tích 120 m², trang bị giá, hộp, cặp đựng tài liệu cơ bản đáp ứng yêu cầu."),
            ("fig", "kiem-tra-van-thu-yen-minh.jpg", "Đoàn kiểm tra làm việc tại kho lưu trữ UBND huyện Yên Minh", "Ảnh: Thu Trang"),
            ("p", "Việc ứng dụng phần mềm quản lý văn bản và điều hành được triển khai đồng bộ từ huyện đến xã; 100% văn bản đi được ký số và gửi nhận trên môi trường điện tử, trừ văn bản mật."),
            ("p", "Tuy nhiên, việc lập hồ sơ điện tử và nộp lưu hồ sơ vào lưu trữ cơ quan còn chậm; tại một số xã, tài liệu còn tích đống, chưa được chỉnh lý; cán bộ làm công tác văn thư kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu."),
            ("p", "Kết luận buổi kiểm tra, Trưởng đoàn đề nghị UBND huyện chỉ đạo các xã bố trí kinh phí chỉnh lý tài liệu tồn đọng, cử công chức tham gia các lớp bồi dưỡng nghiệp vụ do Sở Nội vụ tổ chức và hoàn thành việc nộp lưu hồ sơ năm 2020 trước ngày 31/12/2023."),
        ],
        "author_field": "Thu Trang", "source_field": "Chi cục Văn thư - Lưu trữ", "sig": None,
        "authors": ["Thu Trang"], "unit": "Chi cục Văn thư - Lưu trữ",
    },
    {
        "entry": 259003, "page": "tin-tuc-su-kien", "slug": "tap-huan-nghiep-vu-cong-tac-thanh-nien-nam-2023",
        "date": "08/08/2023", "time": "12:15 PM", "updated": None,
        "title": "Tập huấn nghiệp vụ quản lý nhà nước về công tác thanh niên năm 2023",
        "lead": None,
        "blocks": [
            ("p", "Ngày 07/8, Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ quản lý nhà nước về công tác thanh niên cho hơn 150 học viên là công chức phụ trách công tác thanh niên của các sở, ngành, UBND cấp huyện và cán bộ Đoàn cơ sở."),
            ("p", "Tại lớp tập huấn, các học viên được quán triệt những nội dung cơ bản của Luật Thanh niên năm 2020 và các văn bản hướng dẫn thi hành; Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 và Chương trình phát triển thanh niên tỉnh Hà Giang giai đoạn 2021 - 2030."),
            ("fig", "tap-huan-thanh-nien-2023.jpg", "Các học viên tham dự lớp tập huấn", "Ảnh: Minh Tuấn"),
            ("p", "Báo cáo viên cũng hướng dẫn cách thu thập, tổng hợp các chỉ tiêu thống kê về thanh niên, quy trình tổ chức đối thoại giữa người đứng đầu chính quyền với thanh niên và xây dựng báo cáo định kỳ về công tác thanh niên."),
            ("p", "Theo Sở Nội vụ, toàn tỉnh hiện có hơn 230.000 thanh niên, chiếm khoảng 26% dân số; phần lớn là người dân tộc thiểu số sinh sống ở vùng sâu, vùng xa. Việc nâng cao năng lực cho đội ngũ làm công tác thanh niên là yêu cầu cấp thiết nhằm thực hiện hiệu quả các chính sách hỗ trợ thanh niên học nghề, lập nghiệp."),
        ],
        "author_field": "Minh Tuấn", "source_field": None, "sig": None,
        "authors": ["Minh Tuấn"], "unit": None,
    },
    {
        "entry": 260377, "page": "thong-bao", "slug": "huong-dan-sap-xep-don-vi-hanh-chinh-cap-xa-giai-doan-2023-2025",
        "date": "29/09/2023", "time": "07:50 AM", "updated": None,
        "title": "Hướng dẫn triển khai sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
        "lead": "Sở Nội vụ vừa ban hành văn bản hướng dẫn UBND các huyện, thành phố triển khai xây dựng phương án tổng thể sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa bàn tỉnh.",
        "blocks": [
            ("p", "Theo hướng dẫn, các địa phương rà soát toàn bộ đơn vị hành chính cấp xã có diện tích tự nhiên và quy mô dân số đồng thời dưới 70% tiêu chuẩn quy định để đưa vào diện phải sắp xếp. Trên cơ sở đó, UBND cấp huyện xây dựng phương án, lấy ý kiến cử tri và trình HĐND cùng cấp thông qua."),
            ("p", "Quy trình thực hiện gồm các bước chính:"),
            ("ol", [
                "Rà soát, thống kê số liệu về diện tích tự nhiên, quy mô dân số của từng đơn vị hành chính cấp xã;",
                "Xây dựng phương án sắp xếp, dự kiến tên gọi và trụ sở của đơn vị hành chính mới;",
                "Tổ chức lấy ý kiến cử tri tại các đơn vị hành chính chịu ảnh hưởng trực tiếp;",
                "Hoàn thiện hồ sơ, gửi Sở Nội vụ thẩm định trước ngày 15/11/2023.",
            ]),
            ("p", "Sở Nội vụ lưu ý các địa phương chú trọng công tác tuyên truyền để tạo sự đồng thuận trong nhân dân; có phương án bố trí, sắp xếp cán bộ, công chức dôi dư và giải quyết chế độ, chính sách kịp thời, đúng quy định; quản lý chặt chẽ tài sản công sau sắp xếp."),
        ],
        "author_field": None, "source_field": None, "sig": "Phòng Xây dựng chính quyền và Công tác thanh niên",
        "authors": [], "unit": "Phòng Xây dựng chính quyền và Công tác thanh niên",
    },
]


def to_iso(d, t):
    dd, mm, yy = d.split("/")
    hh, rest = t.split(":")
    mi, ap = rest.split()
    h = int(hh) % 12 + (12 if ap == "PM" else 0)
    return f"{yy}-{mm}-{dd}T{h:02d}:{mi}:00+07:00"


# ---------------------------------------------------------------- chrome

NAV = [
    ("Trang chủ", "/web/guest/trang-chu", []),
    ("Giới thiệu", "/web/guest/gioi-thieu", [("Chức năng, nhiệm vụ", "/web/guest/gioi-thieu/chuc-nang-nhiem-vu"),
                                             ("Cơ cấu tổ chức", "/web/guest/gioi-thieu/co-cau-to-chuc"),
                                             ("Lãnh đạo Sở", "/web/guest/gioi-thieu/lanh-dao-so")]),
    ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien", []),
    ("Thông báo", "/web/guest/thong-bao", []),
    ("Cải cách hành chính", "/web/guest/cai-cach-hanh-chinh", []),
    ("Văn bản", "/web/guest/van-ban", [("Văn bản quy phạm pháp luật", "/web/guest/van-ban/van-ban-qppl"),
                                       ("Văn bản chỉ đạo điều hành", "/web/guest/van-ban/chi-dao-dieu-hanh")]),
    ("Thủ tục hành chính", "/web/guest/thu-tuc-hanh-chinh", []),
    ("Liên hệ", "/web/guest/lien-he", []),
]

LINKS = [
    ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"), ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Tỉnh ủy Hà Giang", "https://tinhuyhagiang.org.vn"), ("UBND tỉnh Hà Giang", "https://hagiang.gov.vn"),
    ("Sở Tư pháp", "https://stp.hagiang.gov.vn"), ("Sở Tài chính", "https://stc.hagiang.gov.vn"),
    ("Sở Kế hoạch và Đầu tư", "https://skhdt.hagiang.gov.vn"),
    ("Sở Thông tin và Truyền thông", "https://stttt.hagiang.gov.vn"),
    ("UBND thành phố Hà Giang", "https://tphagiang.hagiang.gov.vn"),
    ("UBND huyện Yên Minh", "https://yenminh.hagiang.gov.vn"), ("UBND huyện Bắc Quang", "https://bacquang.hagiang.gov.vn"),
]

DOCS = [
    ("Quyết định số 1245/QĐ-UBND về việc công bố danh mục thủ tục hành chính lĩnh vực nội vụ", "06/10/2023"),
    ("Kế hoạch số 318/KH-SNV kiểm tra công tác nội vụ năm 2023", "28/09/2023"),
    ("Công văn số 1532/SNV-CCHC về việc báo cáo cải cách hành chính quý III/2023", "19/09/2023"),
    ("Quyết định số 987/QĐ-SNV về việc ban hành quy chế làm việc", "05/09/2023"),
    ("Hướng dẫn số 12/HD-SNV về thi đua, khen thưởng năm 2023", "22/08/2023"),
]


def head(title, canonical, page_slug, plid, seed):
    rnd = random.Random(seed)
    token = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(8))
    cur = canonical.replace(HOST, "")
    cur_js = cur.replace("/", "\\x2f").replace("-", "\\x2d")
    combo = "&".join(f"/o/{m}" for m in [
        "frontend-js-aui-web/aui/aui/aui.js", "frontend-js-aui-web/liferay/modules.js",
        "frontend-js-aui-web/liferay/aui_sandbox.js", "frontend-js-aui-web/aui/attribute-base/attribute-base.js",
        "frontend-js-aui-web/aui/attribute-complex/attribute-complex.js", "frontend-js-aui-web/aui/attribute-core/attribute-core.js",
        "frontend-js-aui-web/aui/attribute-observable/attribute-observable.js", "frontend-js-aui-web/aui/attribute-extras/attribute-extras.js",
        "frontend-js-aui-web/aui/event-custom-base/event-custom-base.js", "frontend-js-aui-web/aui/event-custom-complex/event-custom-complex.js",
        "frontend-js-aui-web/aui/oop/oop.js", "frontend-js-aui-web/aui/aui-base-lang/aui-base-lang.js",
        "frontend-js-aui-web/liferay/dependency.js", "frontend-js-aui-web/liferay/util.js",
        "frontend-js-web/liferay/dom_task_runner.js", "frontend-js-web/liferay/events.js",
        "frontend-js-web/liferay/lazy_load.js", "frontend-js-web/liferay/liferay.js",
        "frontend-js-web/liferay/global.bundle.js", "frontend-js-web/liferay/portlet.js",
        "frontend-js-web/liferay/workflow.js"])
    return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{esc(title)} - {SITE_NAME}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
































<meta content="text/html; charset=UTF-8" http-equiv="content-type" />









<script type="importmap">{{"imports":{{"react-dom":"/o/frontend-js-react-web/__liferay__/exports/react-dom.js","react":"/o/frontend-js-react-web/__liferay__/exports/react.js"}},"scopes":{{}}}}</script><script data-senna-track="temporary">var Liferay = window.Liferay || {{}};Liferay.Icons = Liferay.Icons || {{}};Liferay.Icons.spritemap = '{HOST}/o/snv-hagiang-theme/images/clay/icons.svg';</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{esc(canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{esc(canonical)}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{esc(HOST + '/en' + cur)}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{esc(canonical)}" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="vi_VN">
<meta property="og:locale:alternate" content="vi_VN">
<meta property="og:locale:alternate" content="en_US">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:title" content="{esc(title)} - {SITE_NAME}">
<meta property="og:type" content="website">
<meta property="og:url" content="{esc(canonical)}">


<link href="{HOST}/o/snv-hagiang-theme/images/favicon.ico" rel="icon" />



<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}/o/snv-hagiang-theme/css/clay.css?browserId=chrome&amp;themeId=snvhagiang_WAR_snvhagiangtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}" id="liferayAUICSS" rel="stylesheet" type="text/css" />



<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=snvhagiang_WAR_snvhagiangtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}" id="liferayPortalCSS" rel="stylesheet" type="text/css" />









	

	





	



	

		<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=snvhagiang_WAR_snvhagiangtheme&amp;languageId=vi_VN&amp;b={BUILD}&amp;com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{PAGES.get(page_slug, ('', 'k3PzWq8LmN2v', 0))[1]}:%2Fcss%2Fmain.css&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_qLx0HdbTz9Ae:%2Fcss%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%2Fcss%2Fmain.css&amp;com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet:%2Fcss%2Fmain.css&amp;com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_main:%2Fcss%2Fmain.css&amp;t={TS}" id="{token.lower()}" rel="stylesheet" type="text/css" />

	







<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {{}};

		Liferay.Browser = {{
			acceptsGzip: function() {{
				return true;
			}},
			getMajorVersion: function() {{
				return 117.0;
			}},
			getRevision: function() {{
				return '537.36';
			}},
			getVersion: function() {{
				return '117.0';
			}},
			isAir: function() {{
				return false;
			}},
			isChrome: function() {{
				return true;
			}},
			isEdge: function() {{
				return false;
			}},
			isFirefox: function() {{
				return false;
			}},
			isGecko: function() {{
				return true;
			}},
			isIe: function() {{
				return false;
			}},
			isIphone: function() {{
				return false;
			}},
			isLinux: function() {{
				return false;
			}},
			isMac: function() {{
				return false;
			}},
			isMobile: function() {{
				return false;
			}},
			isMozilla: function() {{
				return false;
			}},
			isOpera: function() {{
				return false;
			}},
			isRtf: function() {{
				return true;
			}},
			isSafari: function() {{
				return true;
			}},
			isSun: function() {{
				return false;
			}},
			isWebKit: function() {{
				return true;
			}},
			isWindows: function() {{
				return true;
			}}
		}};

		Liferay.Data = Liferay.Data || {{}};

		Liferay.Data.ICONS_INLINE_SVG = true;

		Liferay.Data.NAV_SELECTOR = '#navigation';

		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';

		Liferay.Data.isCustomizationView = function() {{
			return false;
		}};

		Liferay.Data.notices = [
			null

			

			
		];

		Liferay.PortletKeys = {{
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		}};

		Liferay.PropsValues = {{
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			NTLM_AUTH_ENABLED: false,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		}};

		Liferay.ThemeDisplay = {{

			
				getLayoutId: function() {{
					return '{plid % 100}';
				}},

				

				getLayoutRelativeControlPanelURL: function() {{
					return '/group/guest/~/control_panel/manage';
				}},

				getLayoutRelativeURL: function() {{
					return '/web/guest/{page_slug}';
				}},
				getLayoutURL: function() {{
					return '{HOST}/web/guest/{page_slug}';
				}},
				getParentLayoutId: function() {{
					return '0';
				}},
				isControlPanel: function() {{
					return false;
				}},
				isPrivateLayout: function() {{
					return 'false';
				}},
				isVirtualLayout: function() {{
					return false;
				}},
			

			getBCP47LanguageId: function() {{
				return 'vi-VN';
			}},
			getCanonicalURL: function() {{
				return '{canonical}';
			}},
			getCDNBaseURL: function() {{
				return '{HOST}';
			}},
			getCDNDynamicResourcesHost: function() {{
				return '';
			}},
			getCDNHost: function() {{
				return '';
			}},
			getCompanyGroupId: function() {{
				return '20135';
			}},
			getCompanyId: function() {{
				return '{COMPANY_ID}';
			}},
			getDefaultLanguageId: function() {{
				return 'vi_VN';
			}},
			getDoAsUserIdEncoded: function() {{
				return '';
			}},
			getLanguageId: function() {{
				return 'vi_VN';
			}},
			getParentGroupId: function() {{
				return '{GROUP_ID}';
			}},
			getPathContext: function() {{
				return '';
			}},
			getPathImage: function() {{
				return '/image';
			}},
			getPathJavaScript: function() {{
				return '/o/frontend-js-web';
			}},
			getPathMain: function() {{
				return '/c';
			}},
			getPathThemeImages: function() {{
				return '{HOST}/o/snv-hagiang-theme/images';
			}},
			getPathThemeRoot: function() {{
				return '/o/snv-hagiang-theme';
			}},
			getPlid: function() {{
				return '{plid}';
			}},
			getPortalURL: function() {{
				return '{HOST}';
			}},
			getRealUserId: function() {{
				return '20101';
			}},
			getScopeGroupId: function() {{
				return '{GROUP_ID}';
			}},
			getScopeGroupIdOrLiveGroupId: function() {{
				return '{GROUP_ID}';
			}},
			getSessionId: function() {{
				return '';
			}},
			getSiteAdminURL: function() {{
				return '{HOST}/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id={GROUP_ID}';
			}},
			getSiteGroupId: function() {{
				return '{GROUP_ID}';
			}},
			getURLControlPanel: function() {{
				return '/group/control_panel?refererPlid={plid}';
			}},
			getURLHome: function() {{
				return '{HOST}\\x2fweb\\x2fguest';
			}},
			getUserEmailAddress: function() {{
				return '';
			}},
			getUserId: function() {{
				return '20101';
			}},
			getUserName: function() {{
				return '';
			}},
			isAddSessionIdToURL: function() {{
				return false;
			}},
			isImpersonated: function() {{
				return false;
			}},
			isSignedIn: function() {{
				return false;
			}},

			isStagedPortlet: function() {{
				
					
						return false;
					
				
			}},

			isStateExclusive: function() {{
				return false;
			}},
			isStateMaximized: function() {{
				return false;
			}},
			isStatePopUp: function() {{
				return false;
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{

			

			getAvailableLangPath: function() {{
				return 'available_languages.jsp?browserId=chrome&themeId=snvhagiang_WAR_snvhagiangtheme&colorSchemeId=01&languageId=vi_VN&b={BUILD}&t={TS}';
			}},
			getCombine: function() {{
				return true;
			}},
			getComboPath: function() {{
				return '/combo/?browserId=chrome&minifierType=&languageId=vi_VN&b={BUILD}&t={TS}&';
			}},
			getDateFormat: function() {{
				return '%d/%m/%Y';
			}},
			getEditorCKEditorPath: function() {{
				return '/o/frontend-editor-ckeditor-web';
			}},
			getFilter: function() {{
				var filter = 'raw';

				
					
						filter = 'min';
					
					

				return filter;
			}},
			getFilterConfig: function() {{
				var instance = this;

				var filterConfig = null;

				if (!instance.getCombine()) {{
					filterConfig = {{
						replaceStr: '.js' + instance.getStaticResourceURLParams(),
						searchExp: '\\\\.js$'
					}};
				}}

				return filterConfig;
			}},
			getJavaScriptRootPath: function() {{
				return '/o/frontend-js-web';
			}},
			getPortletRootPath: function() {{
				return '/html/portlet';
			}},
			getStaticResourceURLParams: function() {{
				return '?browserId=chrome&minifierType=&languageId=vi_VN&b={BUILD}&t={TS}';
			}}
		}};

		Liferay.authToken = '{token}';

		

		Liferay.currentURL = '{cur_js}';
		Liferay.currentURLEncoded = '{quote(cur, safe="")}';
	// ]]>
</script>

<script src="/o/js_loader_config?t={TS}" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}&amp;{esc(combo)}" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/js_bundle_config?t={TS}" type="text/javascript"></script>


<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		
			
				
		

		

		
	// ]]>
</script>









	
		

			

			
				<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XHWE"></script>
				<script>
					window.dataLayer = window.dataLayer || [];
					function gtag(){{dataLayer.push(arguments);}}
					gtag('js', new Date());
					gtag('config', 'G-7QK2M4XHWE');
				</script>
			
		
		



	
		

			

			
		
	












	

	





	



	









<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}/o/snv-hagiang-theme/css/main.css?browserId=chrome&amp;themeId=snvhagiang_WAR_snvhagiangtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />




	<style data-senna-track="temporary" type="text/css">

		

			

		

			

		

			

		

			

		

			

		

	</style>


<style data-senna-track="temporary" type="text/css">
</style>
<script data-senna-track="temporary">var Liferay = window.Liferay || {{}}; Liferay.CommerceContext = {{"commerceAccountGroupIds":[],"accountEntryAllowedTypes":["person"],"commerceChannelId":"0","showUnselectROAccountModal":false,"commerceSiteType":0}};</script><link href="/o/commerce-frontend-js/styles/main.css" rel="stylesheet" type="text/css" />
<style data-senna-track="temporary" type="text/css">
	:root {{
		--container-max-sm: 540px;
		--h4-font-size: 1rem;
		--font-weight-bold: 700;
		--h6-font-size: 0.8125rem;
		--btn-secondary-hover-background-color: #f7f8f9;
		--h2-font-size: 1.375rem;
		--font-weight-lighter: lighter;
		--primary: #a3131c;
		--font-family-sans-serif: "Roboto", system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Arial, sans-serif;
		--h3-font-size: 1.1875rem;
		--gray-900: #272833;
		--link-color: #0b5fa5;
	}}
</style>
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<nav aria-label="Liên kết nhanh" class="bg-dark cadmin quick-access-nav text-center text-white" id="{token.lower()[:4]}_quickAccessNav">
	
		
			<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">
		Truy cập nội dung luôn
	</a>
		
	
</nav>
"""


def header_html(active):
    items = []
    for i, (t, u, subs) in enumerate(NAV):
        cls = ' class="lfr-nav-item nav-item selected active"' if u.endswith("/" + active) else ' class="lfr-nav-item nav-item"'
        sub = ""
        if subs:
            sub = '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{40 + i}{k}" role="presentation"><a class="dropdown-item" href="{esc(su)}" role="menuitem">{esc(st)}</a></li>'
                for k, (st, su) in enumerate(subs)) + "</ul>"
        items.append(f'<li{cls} id="layout_{30 + i}" role="presentation"><a aria-labelledby="layout_{30 + i}" class="nav-link text-truncate" href="{esc(u)}" role="menuitem"><span class="text-truncate">{esc(t)}</span></a>{sub}</li>')
    return f"""
<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div class="top-bar d-flex justify-content-between container">
			<div class="today-date"><span class="icon-calendar"></span> {TODAY}</div>
			<div class="top-links">
				<a href="/web/guest/so-do-website">Sơ đồ website</a> |
				<a href="/web/guest/lien-he">Liên hệ</a> |
				<a href="/web/guest/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;_com_liferay_login_web_portlet_LoginPortlet_mvcRenderCommandName=%2Flogin%2Flogin" data-redirect="false" id="sign-in" rel="nofollow">Đăng nhập</a> |
				<a href="/en/web/guest/trang-chu" hreflang="en-US" lang="en-US">English</a>
			</div>
		</div>
		<div class="banner-main container">
			<a class="logo custom-logo" href="/web/guest/trang-chu" title="Đi đến {SITE_NAME}">
				<img alt="{SITE_NAME}" height="90" src="/image/layout_set_logo?img_id=20458&amp;t={TS}" width="90" />
			</a>
			<div class="site-name-wrap">
				<div class="site-name-top">UBND TỈNH HÀ GIANG</div>
				<div class="site-name">SỞ NỘI VỤ</div>
			</div>
			<div class="search-bar">
				<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_  portlet-static portlet-static-end portlet-barebone portlet-search-bar " id="p_p_id_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_">
					<span id="p_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch"></span>
					<section class="portlet" id="portlet_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch">
						<div class="portlet-content">
							<div class=" portlet-content-container">
								<div class="portlet-body">
									<form action="{HOST}/web/guest/tim-kiem" method="get" name="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_fm">
										<div class="input-group search-bar-simple">
											<div class="input-group-item search-bar-keywords-input-wrapper">
												<input class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" data-qa-id="searchInput" id="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_oolu" name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" />
												<input name="scope" type="hidden" value="this-site" />
												<div class="input-group-inset-item input-group-inset-item-after">
													<button aria-label="Tiến hành" class="btn btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#search"></use></svg></button>
												</div>
											</div>
										</div>
									</form>
								</div>
							</div>
						</div>
					</section>
				</div>
			</div>
		</div>
		<nav class="sort-pages modify-pages navbar navbar-expand-md" id="navigation" role="navigation">
			<div class="container">
				<h1 class="hide-accessible">Điều hướng</h1>
				<ul aria-label="Các trang web" class="navbar-nav" role="menubar">
					{''.join(items)}
				</ul>
			</div>
		</nav>
	</header>
"""


def portlet(pid, title, body, extra_cls=""):
    short = pid
    return f"""
<div class="portlet-boundary portlet-boundary_{pid.split('_INSTANCE_')[0]}_  portlet-static portlet-static-end portlet-decorate {extra_cls} " id="p_p_id_{short}_">
	<span id="p_{short}"></span>
	<section class="portlet" id="portlet_{short}">
		<div class="portlet-content">
			<div class="autofit-float autofit-row portlet-header">
				<div class="autofit-col autofit-col-expand">
					<h2 class="portlet-title-text">{esc(title)}</h2>
				</div>
				<div class="autofit-col autofit-col-end">
					<div class="autofit-section">
					</div>
				</div>
			</div>
			<div class=" portlet-content-container">
				<div class="portlet-body">
{body}
				</div>
			</div>
		</div>
	</section>
</div>
"""


def breadcrumb(items):
    lis = []
    for i, (t, u) in enumerate(items):
        if u is None:
            lis.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(t)}</span></li>')
        else:
            lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(u)}" title="{esc(t)}"><span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>')
    body = f"""<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_hjWg7nCvD2Ka_breadcrumbs-defaultScreen">
	<ol class="breadcrumb">
		{''.join(lis)}
	</ol>
</nav>"""
    return f"""
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_  portlet-static portlet-static-end portlet-barebone portlet-breadcrumb " id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_hjWg7nCvD2Ka_">
	<span id="p_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_hjWg7nCvD2Ka"></span>
	<section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_hjWg7nCvD2Ka">
		<div class="portlet-content">
			<div class=" portlet-content-container">
				<div class="portlet-body">
{body}
				</div>
			</div>
		</div>
	</section>
</div>
"""


def sidebar(seed, recent):
    rnd = random.Random(seed)
    total = 3_845_000 + seed * 211 + rnd.randint(0, 500)
    today_c = rnd.randint(900, 2400)
    online = rnd.randint(15, 120)
    docs = "".join(f'<li class="list-group-item"><a href="/web/guest/van-ban/chi-dao-dieu-hanh">{esc(t)}</a><span class="text-secondary small d-block">{d}</span></li>' for t, d in DOCS)
    news = "".join(f'<li class="title-list"><a href="{esc(art_path(a))}">{esc(a["title"])}</a></li>' for a in recent)
    opts = "".join(f'<option value="{esc(u)}">{esc(t)}</option>' for t, u in LINKS)
    out = portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Vn4Rx2wQ8tYs", "Tin mới",
                  f'<ul class="title-list">{news}</ul>', "portlet-asset-publisher")
    out += portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Dvc7LmQ2pRtz", "Dịch vụ công",
                   f"""<div class="journal-content-article " data-analytics-asset-id="20711" data-analytics-asset-title="Banner dịch vụ công" data-analytics-asset-type="web-content">
<p><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/documents/{GROUP_ID}/20700/dvcqg.png/5a1e0c3b-7d42-4f7e-9a8b-2c6d1e3f4a5b?t=1612345678901" /></a></p>
<p><a href="https://dichvucong.hagiang.gov.vn" target="_blank"><img alt="Hệ thống thông tin giải quyết TTHC tỉnh Hà Giang" src="/documents/{GROUP_ID}/20700/dvc-hagiang.png/6b2f1d4c-8e53-4a8f-ab9c-3d7e2f4a5b6c?t=1612345678902" /></a></p>
<p><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/snvhagianggovvn" target="_blank" title="Chứng nhận Tín Nhiệm Mạng"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=snv.hagiang.gov.vn" width="150" /></a></p>
</div>""", "portlet-journal-content")
    out += portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Vb8Kd3pLm1Qa", "Văn bản mới",
                   f'<ul class="list-group list-group-flush">{docs}</ul>', "portlet-asset-publisher")
    out += portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq2Wr7Ty", "Thăm dò ý kiến",
                   """<form action="#" method="post" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq2Wr7Ty_fm">
<p><strong>Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính của Sở Nội vụ?</strong></p>
<div class="radio"><label><input class="field" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq2Wr7Ty_choiceId" type="radio" value="301" /> Rất hài lòng</label></div>
<div class="radio"><label><input class="field" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq2Wr7Ty_choiceId" type="radio" value="302" /> Hài lòng</label></div>
<div class="radio"><label><input class="field" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq2Wr7Ty_choiceId" type="radio" value="303" /> Chưa hài lòng</label></div>
<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button>
</form>""", "portlet-polls-display")
    out += portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Lkwb9sRt4Enc", "Liên kết website",
                   f"""<div class="journal-content-article " data-analytics-asset-id="20745" data-analytics-asset-title="Liên kết website" data-analytics-asset-type="web-content">
<select class="form-control" onchange="if(this.value) window.open(this.value);"><option value="">-- Chọn liên kết --</option>{opts}</select>
</div>""", "portlet-journal-content")
    out += portlet("vn_snvhg_visitor_counter_web_VisitorCounterPortlet", "Thống kê truy cập",
                   f"""<ul class="list-unstyled visitor-counter">
<li>Đang trực tuyến: <strong>{online}</strong></li>
<li>Hôm nay: <strong>{today_c:,}</strong></li>
<li>Tổng lượt truy cập: <strong>{total:,}</strong></li>
</ul>""".replace(",", "."), "portlet-visitor-counter")
    return out


def footer_html(portlet_ids, plid):
    onloads = "".join(f"""
	Liferay.Portlet.onLoad(
		{{
			canEditTitle: false,
			columnPos: {i},
			isStatic: 'end',
			namespacedId: 'p_p_id_{p}_',
			portletId: '{p}',
			refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{plid}\\x26p_p_id\\x3d{p}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d{i}\\x26p_p_col_count\\x3d{len(portlet_ids)}\\x26p_p_isolated\\x3d1',
			refreshURLData: {{}}
		}}
	);
""" for i, p in enumerate(portlet_ids))
    return f"""
	<footer id="footer" role="contentinfo">
		<div class="container">
			<div class="row">
				<div class="col-md-8">
					<p class="footer-title"><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH HÀ GIANG</strong></p>
					<p>Cơ quan chủ quản: Sở Nội vụ tỉnh Hà Giang. Chịu trách nhiệm chính: Giám đốc Sở Nội vụ.</p>
					<p>Địa chỉ: Số 418 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang.</p>
					<p>Điện thoại: 0219.3867.412 - Email: snv@hagiang.gov.vn</p>
					<p>Ghi rõ nguồn "Cổng thông tin điện tử Sở Nội vụ tỉnh Hà Giang" khi phát hành lại thông tin từ nguồn này.</p>
				</div>
				<div class="col-md-4 text-right">
					<p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/4/2021.</p>
					<p><a href="/web/guest/so-do-website">Sơ đồ website</a> | <a href="/web/guest/rss">RSS</a></p>
				</div>
			</div>
		</div>
	</footer>
</div>

<script type="text/javascript">
// <![CDATA[

	
		

			

			
		
	

// ]]>
</script>













<script type="text/javascript">
	// <![CDATA[

		

		Liferay.currentURL = Liferay.currentURL;
		Liferay.currentURLEncoded = Liferay.currentURLEncoded;

	// ]]>
</script>



	

	

	<script type="text/javascript">
		// <![CDATA[
			

				

				
			
		// ]]>
	</script>













	

	

	







	

	





	



	



	

	










<script type="text/javascript">
// <![CDATA[
{onloads}
	AUI().use(
		'aui-base',
		'liferay-menu',
		'liferay-notice',
		'liferay-poller',
		'liferay-session',
		function(A) {{
			(function() {{
				var $ = AUI.$;
				var _ = AUI._;

				if (A.UA.mobile) {{
					Liferay.Util.addInputCancel();
				}}
			}})();

			(function() {{
				var $ = AUI.$;
				var _ = AUI._;

				new Liferay.Menu();

				var liferayNotices = Liferay.Data.notices;

				for (var i = 0; i < liferayNotices.length; i++) {{
					new Liferay.Notice(liferayNotices[i]);
				}}
			}})();

			(function() {{
				var $ = AUI.$;
				var _ = AUI._;

				Liferay.Session = new Liferay.SessionBase(
					{{
						autoExtend: true,
						redirectOnExpire: false,
						redirectUrl: '{HOST}/web/guest',
						sessionLength: 900,
						sessionTimeoutOffset: 70,
						warningLength: 0
					}}
				);
			}})();
		}}
	);

// ]]>
</script>









<script src="{HOST}/o/snv-hagiang-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;b={BUILD}&amp;t={TS}" type="text/javascript"></script>




<script type="text/javascript">
	// <![CDATA[
		AUI().use(
			'aui-base',
			function(A) {{
				var frameElement = window.frameElement;

				if (frameElement && frameElement.getAttribute('id') === 'simulationDeviceIframe') {{
					A.getBody().addClass('lfr-has-simulation-panel');
				}}
			}}
		);
	// ]]>
</script>
</body>

</html>
"""


def layout(title, canonical, page_slug, plid, seed, crumbs, main_html, main_ids, recent):
    return (head(title, canonical, page_slug, plid, seed) + header_html(page_slug) + f"""
	<section id="content">
		<h2 class="hide-accessible" role="heading" aria-level="1">{esc(title)}</h2>
		<div class="columns-2" id="main-content" role="main">
			<div class="portlet-layout row">
				<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{breadcrumb(crumbs)}
{main_html}
					</div>
				</div>
				<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar(seed, recent)}
					</div>
				</div>
			</div>
		</div>
	</section>
""" + footer_html(main_ids, plid))


# ---------------------------------------------------------------- article content

def render_body(a):
    out, text, images = [], [], []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{esc(b[1])}</p>')
            text.append(b[1])
        elif k == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
            text.append(b[1])
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{k}>")
            text.extend(b[1])
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                text.append(" | ".join(r))
            out.append('<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" style="width:100%"><thead>'
                       + rows[0] + "</thead><tbody>" + "".join(rows[1:]) + "</tbody></table>")
        elif k in ("fig", "imgem", "imgtbl"):
            _, name, cap, credit = b
            src = doc_url(a, name)
            printed = cap + (f". {credit}" if credit else "")
            if k == "fig":
                out.append(f'<figure class="image" style="text-align:center"><img alt="" data-fileentryid="{a["entry"] + 7}" height="427" src="{esc(src)}" width="640" />'
                           f"<figcaption>{esc(printed)}</figcaption></figure>")
            elif k == "imgem":
                out.append(f'<p style="text-align:center"><img alt="" data-fileentryid="{a["entry"] + 9}" src="{esc(src)}" style="width: 640px; height: 427px;" /></p>')
                out.append(f'<p style="text-align:center"><em>{esc(printed)}</em></p>')
            else:
                out.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:640px"><tbody>'
                           f'<tr><td><img alt="" src="{esc(src)}" style="width: 640px; height: 427px;" /></td></tr>'
                           f'<tr><td style="text-align:center"><em>{esc(printed)}</em></td></tr></tbody></table>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        else:
            raise ValueError(k)
    if a["sig"]:
        out.append(f'<p style="text-align: right;"><strong>{esc(a["sig"])}</strong></p>')
    return "\n".join(out), text, images


def article_main(a, related, others):
    name, inst, plid = PAGES[a["page"]]
    pid = f"{AP}_INSTANCE_{inst}"
    ns = f"_{pid}_"
    body, text, images = render_body(a)
    date_line = f'<span class="date-publish">Ngày đăng {a["date"]} | {a["time"]}</span>'
    if a["updated"]:
        date_line += f' <span class="date-modified">- Cập nhật {a["updated"][0]} | {a["updated"][1]}</span>'
    lead = f'<div class="article-sapo"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    meta = ""
    if a["author_field"]:
        meta += f'<div class="article-author text-right"><span class="label-author">Tác giả:</span> <strong>{esc(a["author_field"])}</strong></div>'
    if a["source_field"]:
        meta += f'<div class="article-source text-right"><span class="label-source">Nguồn:</span> <em>{esc(a["source_field"])}</em></div>'
    attach = ""
    if a.get("attach"):
        attach = '<div class="article-attachments"><p class="attach-title"><strong>File đính kèm:</strong></p><ul class="list-unstyled">' + "".join(
            f'<li><svg class="lexicon-icon lexicon-icon-paperclip" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#paperclip"></use></svg> <a href="{esc(doc_url(a, fn))}" target="_blank">{esc(t)}</a> <a class="btn btn-link btn-sm" href="{esc(doc_url(a, fn))}&amp;download=true">Tải về</a></li>'
            for t, fn in a["attach"]) + "</ul></div>"
    rel_items = "".join(
        f'<li class="asset-links-list-item"><div class="autofit-row"><div class="autofit-col"><svg class="lexicon-icon lexicon-icon-web-content" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#web-content"></use></svg></div>'
        f'<div class="autofit-col autofit-col-expand"><a class="text-truncate" href="{esc(art_path(r))}?inheritRedirect=true">{esc(r["title"])}</a></div></div></li>'
        for r in related)
    title = esc(a["title"])
    main = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title " data-fragments-editor-item-id="20109-{a['entry'] + 3}" data-fragments-editor-item-type="fragments-editor-mapped-item">
	<span class="asset-anchor lfr-asset-anchor" id="{a['entry']}"></span>
	<div class="asset-content mb-3">
		<div class="journal-content-article " data-analytics-asset-id="{a['entry'] + 3}" data-analytics-asset-title="{title}" data-analytics-asset-type="web-content">
<div class="article-detail">
	<h3 class="article-title">{title}</h3>
	<div class="article-date text-secondary">{date_line}</div>
	{lead}
	<div class="article-content">
{body}
	</div>
	{meta}
	{attach}
</div>
		</div>
	</div>
	<div class="asset-links mb-4">
		<div class="taglib-asset-links">
			<h4 class="asset-links-title"><svg class="lexicon-icon lexicon-icon-link" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#link"></use></svg> Tin liên quan</h4>
			<ul class="asset-links-list">{rel_items}</ul>
		</div>
	</div>
	<hr class="separator" />
	<div class="autofit-float autofit-row autofit-row-center asset-details">
		<div class="autofit-col component-subtitle mr-3 print-action">
			<button aria-label="In {title}" class="btn btn-monospaced btn-outline-borderless btn-outline-secondary btn-sm lfr-portal-tooltip" data-title="In {title}" onclick="{ns}printPage_0();" title="In" type="button"><span class="inline-item"><svg class="lexicon-icon lexicon-icon-print" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#print"></use></svg></span></button>
			<script>function {ns}printPage_0() {{ window.open('{HOST}/web/guest/{a['page']}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view&{ns}mvcPath=%2Fview_content.jsp&{ns}assetEntryId={a['entry']}&{ns}viewMode=print&{ns}type=content&{ns}languageId=vi_VN', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640'); }}</script>
		</div>
		<div class="autofit-col">
			<div class="taglib-social-bookmarks" id="{ns}socialBookmarks_{a['entry']}">
				<ul class="list-unstyled inline">
					<li class="taglib-social-bookmark taglib-social-bookmark-facebook"><a class="btn btn-monospaced btn-outline-borderless btn-outline-secondary btn-sm" href="http://www.facebook.com/sharer.php?u={quote(HOST + art_path(a), safe='')}" target="_blank" title="Facebook"><svg class="lexicon-icon lexicon-icon-social-facebook" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#social-facebook"></use></svg></a></li>
					<li class="taglib-social-bookmark taglib-social-bookmark-twitter"><a class="btn btn-monospaced btn-outline-borderless btn-outline-secondary btn-sm" href="https://twitter.com/intent/tweet?text={quote(a['title'])}&amp;tw_p=tweetbutton&amp;url={quote(HOST + art_path(a), safe='')}" target="_blank" title="Twitter"><svg class="lexicon-icon lexicon-icon-twitter" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#twitter"></use></svg></a></li>
				</ul>
			</div>
		</div>
	</div>
</div>
"""
    other_items = "".join(
        f'<li class="list-group-item"><a href="{esc(art_path(o))}">{esc(o["title"])}</a> <span class="text-secondary small">({o["date"]})</span></li>'
        for o in others)
    p1 = portlet(pid, name, main, "portlet-asset-publisher")
    p2 = portlet(f"{AP}_INSTANCE_Ot3kPq9ZxW1c", "Các tin khác",
                 f'<ul class="list-group list-group-flush other-news">{other_items}</ul>', "portlet-asset-publisher")
    return p1 + p2, [pid, f"{AP}_INSTANCE_Ot3kPq9ZxW1c"], text, images


def write(name, url_path, kind, html_text, expected=None):
    (HERE / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html;charset=UTF-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def sort_key(a):
    d, m, y = a["date"].split("/")
    return (y, m, d, a["time"][-2:], a["time"])


def abstract_item(a):
    img = next((b for b in a["blocks"] if b[0] in ("fig", "imgem", "imgtbl")), None)
    thumb = f'<img alt="" class="img-fluid" src="{esc(doc_url(a, img[1]))}&amp;imageThumbnail=2" />' if img else \
        f'<img alt="" class="img-fluid" src="{HOST}/o/snv-hagiang-theme/images/no-image.png" />'
    summary = a["lead"] or next(b[1] for b in a["blocks"] if b[0] == "p")
    if len(summary) > 240:
        summary = summary[:240].rsplit(" ", 1)[0] + "..."
    return f"""<div class="news-item row mb-3">
	<div class="col-md-4 news-item__image"><a href="{esc(art_path(a))}">{thumb}</a></div>
	<div class="col-md-8">
		<h3 class="news-item__title"><a href="{esc(art_path(a))}">{esc(a['title'])}</a></h3>
		<div class="news-item__date text-secondary small">{a['date']}</div>
		<!--<div class="news-item__views"><span class="icon-eye-open"></span> <span class="view-count">{a['entry'] % 800 + 120}</span> lượt xem</div>-->
		<div class="news-item__summary">{esc(summary)}</div>
	</div>
</div>
"""


def pagination(page_slug, inst, cur, total, delta):
    pid = f"{AP}_INSTANCE_{inst}"
    n = (total + delta - 1) // delta

    def href(k):
        return (f"/web/guest/{page_slug}?p_p_id={pid}&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view"
                f"&amp;_{pid}_delta={delta}&amp;p_r_p_resetCur=false&amp;_{pid}_cur={k}")
    lis = [f'<li class="page-item{" disabled" if cur == 1 else ""}"><a class="page-link" href="{href(cur - 1) if cur > 1 else "javascript:void(0);"}"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#angle-left"></use></svg><span class="sr-only">Trước</span></a></li>']
    for k in range(1, n + 1):
        if k == cur:
            lis.append(f'<li class="page-item active"><a class="page-link" href="{href(k)}">{k}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>')
    lis.append(f'<li class="page-item{" disabled" if cur == n else ""}"><a class="page-link" href="{href(cur + 1) if cur < n else "javascript:void(0);"}"><svg class="lexicon-icon lexicon-icon-angle-right" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#angle-right"></use></svg><span class="sr-only">Tiếp</span></a></li>')
    start = (cur - 1) * delta + 1
    end = min(cur * delta, total)
    return f"""<div class="pagination-bar" data-qa-id="paginator" id="_{pid}_ocerSearchContainerPageIterator">
	<div class="dropdown pagination-items-per-page">
		<a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);" role="button">{delta} Mục<span class="sr-only">&nbsp;trên mỗi trang</span><svg class="lexicon-icon lexicon-icon-caret-double-l" role="presentation" viewBox="0 0 512 512"><use xlink:href="{HOST}/o/snv-hagiang-theme/images/clay/icons.svg#caret-double-l"></use></svg></a>
	</div>
	<p class="pagination-results">Hiển thị {start} tới {end} trong {total} kết quả.</p>
	<ul class="pagination">{''.join(lis)}</ul>
</div>""", [href(k).replace("&amp;", "&") for k in range(1, n + 1)]


def main():
    for p in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        p.unlink()
    arts = sorted(ARTICLES, key=lambda a: (a["date"][6:], a["date"][3:5], a["date"][:2]), reverse=True)
    for i, a in enumerate(ARTICLES):
        name, inst, plid = PAGES[a["page"]]
        rest = [o for o in arts if o is not a]
        related = [o for o in rest if o["page"] == a["page"]][:2] or rest[:2]
        others = rest[(i % 3):(i % 3) + 5]
        recent = rest[:5] if i % 2 == 0 else rest[1:6]
        main_html, ids, text, images = article_main(a, related, others)
        canonical = HOST + art_path(a)
        html_text = layout(a["title"], canonical, a["page"], plid, 200 + i,
                           [("Trang chủ", "/web/guest/trang-chu"), (name, f"/web/guest/{a['page']}")],
                           main_html, ids, recent)
        exp = {
            "title": a["title"],
            "agency_prefix": None,
            "lead": norm(a["lead"]) if a["lead"] else None,
            "text": "\n\n".join(norm(t) for t in text),
            "published_at": to_iso(a["date"], a["time"]),
            "updated_at": to_iso(*a["updated"]) if a["updated"] else None,
            "date_label": "Ngày đăng",
            "authors": a["authors"],
            "unit": a["unit"],
            "images": images,
            "category": name,
        }
        write(f"tin-{a['entry']}", art_path(a), "article", html_text, exp)

    # home
    top = arts[:4]
    home_main = portlet(f"{AP}_INSTANCE_HmTop8Zq1Xc2", "Tin nổi bật", "".join(abstract_item(a) for a in top), "portlet-asset-publisher")
    for slug, (nm, inst, plid) in PAGES.items():
        items = [a for a in arts if a["page"] == slug]
        lst = "".join(f'<li class="list-group-item"><a href="{esc(art_path(a))}">{esc(a["title"])}</a> <span class="text-secondary small">{a["date"]}</span></li>' for a in items)
        home_main += portlet(f"{AP}_INSTANCE_Hm{inst[:6]}", nm, f'<ul class="list-group list-group-flush">{lst}</ul><p class="text-right"><a href="/web/guest/{slug}">Xem tất cả &raquo;</a></p>', "portlet-asset-publisher")
    write("trang-chu", "/web/guest/trang-chu", "listing",
          layout("Trang chủ", HOST + "/web/guest/trang-chu", "trang-chu", 34001, 1, [("Trang chủ", None)], home_main,
                 [f"{AP}_INSTANCE_HmTop8Zq1Xc2"], arts[:5]))

    # section listings, 5 per page for tin-tuc-su-kien (paginated)
    for slug, (nm, inst, plid) in PAGES.items():
        items = [a for a in arts if a["page"] == slug]
        delta = 3 if slug == "tin-tuc-su-kien" else 10
        npages = (len(items) + delta - 1) // delta
        for cur in range(1, npages + 1):
            chunk = items[(cur - 1) * delta: cur * delta]
            pag, hrefs = pagination(slug, inst, cur, len(items), delta)
            body = '<div class="news-list">' + "".join(abstract_item(a) for a in chunk) + "</div>" + (pag if npages > 1 else "")
            pid = f"{AP}_INSTANCE_{inst}"
            main_html = portlet(pid, nm, body, "portlet-asset-publisher")
            path = f"/web/guest/{slug}" if cur == 1 else hrefs[cur - 1]
            write(f"{slug}" + (f"-trang-{cur}" if cur > 1 else ""), path, "listing",
                  layout(nm, HOST + f"/web/guest/{slug}", slug, plid, 10 + cur + plid % 7,
                         [("Trang chủ", "/web/guest/trang-chu"), (nm, None)], main_html, [pid], arts[cur:cur + 5]))

    # static: chức năng nhiệm vụ (journal content portlet)
    jc = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_qLx0HdbTz9Ae"
    static_body = """<div class="journal-content-article " data-analytics-asset-id="20811" data-analytics-asset-title="Chức năng, nhiệm vụ" data-analytics-asset-type="web-content">
<p><strong>I. VỊ TRÍ, CHỨC NĂNG</strong></p>
<p>Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Giang; thực hiện chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ chức bộ máy; vị trí việc làm; biên chế công chức và cơ cấu ngạch công chức; vị trí việc làm, cơ cấu viên chức theo chức danh nghề nghiệp và số lượng người làm việc trong các đơn vị sự nghiệp công lập; tiền lương; tuyển dụng, sử dụng và quản lý công chức, viên chức; cải cách hành chính; chính quyền địa phương; địa giới đơn vị hành chính; văn thư, lưu trữ nhà nước; tôn giáo; thi đua, khen thưởng; công tác thanh niên.</p>
<p><strong>II. NHIỆM VỤ, QUYỀN HẠN</strong></p>
<p>1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, 05 năm và hằng năm; chương trình, biện pháp tổ chức thực hiện các nhiệm vụ về cải cách hành chính nhà nước thuộc phạm vi quản lý nhà nước của Sở.</p>
<p>2. Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về các lĩnh vực thuộc phạm vi quản lý.</p>
<p>3. Tham mưu về tổ chức bộ máy, biên chế; quản lý cán bộ, công chức, viên chức; tổ chức thi tuyển, xét tuyển, thi nâng ngạch công chức theo phân cấp.</p>
<p>4. Thực hiện quản lý nhà nước về văn thư, lưu trữ; quản lý Trung tâm Lưu trữ lịch sử tỉnh.</p>
<p>5. Thực hiện nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo; thi đua, khen thưởng và công tác thanh niên trên địa bàn tỉnh.</p>
<p><strong>III. CƠ CẤU TỔ CHỨC</strong></p>
<p>Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Cải cách hành chính; Phòng Xây dựng chính quyền và Công tác thanh niên; Phòng Công chức, viên chức. Các tổ chức trực thuộc: Ban Thi đua - Khen thưởng; Ban Tôn giáo; Chi cục Văn thư - Lưu trữ.</p>
</div>"""
    write("chuc-nang-nhiem-vu", "/web/guest/gioi-thieu/chuc-nang-nhiem-vu", "static",
          layout("Chức năng, nhiệm vụ", HOST + "/web/guest/gioi-thieu/chuc-nang-nhiem-vu", "gioi-thieu", 34005, 2,
                 [("Trang chủ", "/web/guest/trang-chu"), ("Giới thiệu", "/web/guest/gioi-thieu"), ("Chức năng, nhiệm vụ", None)],
                 portlet(jc, "Chức năng, nhiệm vụ", static_body, "portlet-journal-content"), [jc], arts[:5]))

    # contact
    contact_body = """<div class="journal-content-article " data-analytics-asset-id="20830" data-analytics-asset-title="Liên hệ" data-analytics-asset-type="web-content">
<p><strong>SỞ NỘI VỤ TỈNH HÀ GIANG</strong></p>
<p>Địa chỉ: Số 418 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
<p>Điện thoại: 0219.3867.412 - Fax: 0219.3867.413</p>
<p>Email: snv@hagiang.gov.vn</p>
<table class="table table-bordered"><thead><tr><th>Đơn vị</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>Văn phòng Sở</td><td>0219.3867.412</td></tr>
<tr><td>Thanh tra Sở</td><td>0219.3867.520</td></tr>
<tr><td>Phòng Cải cách hành chính</td><td>0219.3867.618</td></tr>
<tr><td>Phòng Công chức, viên chức</td><td>0219.3867.704</td></tr>
<tr><td>Ban Thi đua - Khen thưởng</td><td>0219.3866.215</td></tr>
<tr><td>Ban Tôn giáo</td><td>0219.3866.330</td></tr>
<tr><td>Chi cục Văn thư - Lưu trữ</td><td>0219.3866.447</td></tr>
</tbody></table>
</div>"""
    write("lien-he", "/web/guest/lien-he", "contact",
          layout("Liên hệ", HOST + "/web/guest/lien-he", "lien-he", 34030, 3,
                 [("Trang chủ", "/web/guest/trang-chu"), ("Liên hệ", None)],
                 portlet(jc, "Liên hệ", contact_body, "portlet-journal-content"), [jc], arts[2:7]))

    # sitemap (Liferay site map portlet)
    sm_pid = "com_liferay_site_navigation_site_map_web_portlet_SiteNavigationSiteMapPortlet_INSTANCE_Sm3pQ"
    sm_items = "".join(
        f'<li><a href="{esc(u)}">{esc(t)}</a>' + ("<ul>" + "".join(f'<li><a href="{esc(su)}">{esc(st)}</a></li>' for st, su in subs) + "</ul>" if subs else "") + "</li>"
        for t, u, subs in NAV)
    write("so-do-website", "/web/guest/so-do-website", "sitemap",
          layout("Sơ đồ website", HOST + "/web/guest/so-do-website", "so-do-website", 34031, 4,
                 [("Trang chủ", "/web/guest/trang-chu"), ("Sơ đồ website", None)],
                 portlet(sm_pid, "Sơ đồ website", f'<div class="site-map"><ul class="list-unstyled">{sm_items}<li><a href="/web/guest/so-do-website">Sơ đồ website</a></li></ul></div>', "portlet-site-map"),
                 [sm_pid], arts[:5]))

    # login (maximized login portlet)
    lp = "com_liferay_login_web_portlet_LoginPortlet"
    login_body = f"""<div class="login-container">
	<div class="portlet-msg-info">Bạn cần đăng nhập để sử dụng chức năng này.</div>
	<form action="{HOST}/web/guest/trang-chu?p_p_id={lp}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_{lp}_javax.portlet.action=%2Flogin%2Flogin&amp;_{lp}_mvcRenderCommandName=%2Flogin%2Flogin" class="form sign-in-form" data-fm-namespace="_{lp}_" id="_{lp}_loginForm" method="post" name="_{lp}_loginForm">
		<input class="field form-control" id="_{lp}_formDate" name="_{lp}_formDate" type="hidden" value="{TS}" />
		<input class="field form-control" id="_{lp}_saveLastPath" name="_{lp}_saveLastPath" type="hidden" value="false" />
		<input class="field form-control" id="_{lp}_redirect" name="_{lp}_redirect" type="hidden" value="" />
		<input class="field form-control" id="_{lp}_doActionAfterLogin" name="_{lp}_doActionAfterLogin" type="hidden" value="false" />
		<div class="form-group input-text-wrapper"><label class="control-label" for="_{lp}_login">Địa chỉ email</label><input autocomplete="on" class="field clearable form-control" id="_{lp}_login" name="_{lp}_login" type="text" value="" /></div>
		<div class="form-group input-text-wrapper"><label class="control-label" for="_{lp}_password">Mật khẩu</label><input class="field form-control" id="_{lp}_password" name="_{lp}_password" type="password" value="" /></div>
		<div class="form-group form-inline input-checkbox-wrapper"><label for="_{lp}_rememberMe"><input class="field" id="_{lp}_rememberMe" name="_{lp}_rememberMe" type="checkbox" /> Ghi nhớ</label></div>
		<div class="button-holder"><button class="btn btn-primary" id="_{lp}_ptgy" type="submit"><span class="lfr-btn-label">Đăng nhập</span></button></div>
	</form>
	<div class="navigation"><a href="/web/guest/trang-chu?p_p_id={lp}&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_{lp}_mvcRenderCommandName=%2Flogin%2Fforgot_password&amp;saveLastPath=false">Quên mật khẩu</a></div>
</div>"""
    login_path = f"/web/guest/trang-chu?p_p_id={lp}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&_{lp}_mvcRenderCommandName=%2Flogin%2Flogin"
    write("dang-nhap", login_path, "login",
          layout("Đăng nhập", HOST + "/web/guest/trang-chu", "trang-chu", 34001, 5,
                 [("Trang chủ", "/web/guest/trang-chu"), ("Đăng nhập", None)],
                 portlet(lp, "Đăng nhập", login_body, "portlet-login"), [lp], arts[:5]))


if __name__ == "__main__":
    main()
