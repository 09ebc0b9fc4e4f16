"""Generator for the vccorp/xdcs variant mini-site.

Run:  /work/main/.venv/bin/python tests/variants/vccorp/xdcs/make.py
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://xaydungchinhsach.chinhphu.vn"
CDN = "https://xdcs.cdnchinhphu.vn"
ACC = "446259493575335936"
SITE_NAME = "Cổng Thông tin điện tử Chính phủ - Xây dựng chính sách, pháp luật"
TODAY = "Thứ Năm, 29/02/2024"

ZONES = {
    "chinh-sach-moi": ("Chính sách mới", 1189),
    "gop-y-du-thao": ("Góp ý dự thảo", 1190),
    "hoi-dap-chinh-sach": ("Hỏi đáp chính sách", 1191),
    "chi-dao-dieu-hanh": ("Chỉ đạo, điều hành", 1192),
    "chinh-sach-va-cuoc-song": ("Chính sách và cuộc sống", 1193),
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def news_id(a) -> str:
    # 115 + yyMMddHHmmss + 3 digits; seconds and suffix are arbitrary but stable
    d, t = a["dt"].split(" ")
    dd, mm, yy = d.split("/")
    hh, mi = t.split(":")
    return f"115{yy[2:]}{mm}{dd}{hh}{mi}{a['sec']:02d}{a['suf']:03d}"


def art_path(a) -> str:
    return f"/{a['slug']}-{news_id(a)}.htm"


def img_src(a, name, k) -> str:
    d, _ = a["dt"].split(" ")
    dd, mm, yy = d.split("/")
    stamp = 1690000000000 + int(hashlib.md5((a["slug"] + name).encode()).hexdigest()[:8], 16) % 99999999
    return f"{CDN}/thumb_w/640/{ACC}/{yy}/{int(mm)}/{int(dd)}/{name}-{stamp}{k}.jpg"


# ---------------------------------------------------------------- articles
# blocks: ("p", t) | ("h", t) sub-heading <h2> | ("ul", [..]) | ("ol", [..]) | ("table", rows)
#         ("img", name, caption|None, credit|None)  VCCorp photo figure, alt "<title> - Ảnh N."
#         ("rel", [article keys])  RelatedNewsBox inside the body (not truth)
#         ("linkfooter", key)      inline "link-content-footer" related link (not truth)
ARTICLES = [
    {
        "key": "daotaonghe", "zone": "chinh-sach-moi", "dt": "18/09/2023 16:42", "sec": 31, "suf": 204,
        "slug": "tu-1-10-nguoi-lao-dong-duoc-ho-tro-chi-phi-dao-tao-nghe-khi-chuyen-doi-viec-lam",
        "title": "Từ 1/10, người lao động được hỗ trợ chi phí đào tạo nghề khi chuyển đổi việc làm",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Người lao động mất việc do doanh nghiệp thu hẹp sản xuất sẽ được hỗ trợ tối đa 4,5 triệu đồng/người/khóa học khi tham gia đào tạo, bồi dưỡng nâng cao trình độ kỹ năng nghề để chuyển đổi việc làm.",
        "blocks": [
            ("p", "Đây là nội dung đáng chú ý tại Quyết định của Thủ tướng Chính phủ về chính sách hỗ trợ đào tạo nghề cho người lao động chuyển đổi việc làm, có hiệu lực từ ngày 1/10/2023."),
            ("p", "Theo quyết định, đối tượng được hỗ trợ là người lao động đang tham gia bảo hiểm thất nghiệp bị chấm dứt hợp đồng lao động do doanh nghiệp thay đổi cơ cấu, công nghệ hoặc vì lý do kinh tế. Mức hỗ trợ căn cứ vào thời gian đào tạo thực tế, tối đa không quá 4,5 triệu đồng/người/khóa học."),
            ("img", "dao-tao-nghe", "Ảnh minh họa", None),
            ("p", "Thời gian hỗ trợ đào tạo tối đa 6 tháng. Trường hợp khóa đào tạo có chi phí cao hơn mức hỗ trợ thì phần chênh lệch do người lao động tự chi trả hoặc do doanh nghiệp cũ, doanh nghiệp tiếp nhận hỗ trợ thêm."),
            ("rel", ["thatnghiep", "hocsinhbantru"]),
            ("p", "Hồ sơ đề nghị hỗ trợ gồm: đề nghị theo mẫu, bản sao hợp đồng lao động đã chấm dứt và giấy xác nhận đăng ký học của cơ sở giáo dục nghề nghiệp. Người lao động nộp hồ sơ tại trung tâm dịch vụ việc làm nơi đang hưởng trợ cấp thất nghiệp hoặc qua Cổng Dịch vụ công quốc gia."),
            ("p", "Trong thời hạn 10 ngày làm việc kể từ khi nhận đủ hồ sơ, Sở Lao động - Thương binh và Xã hội xem xét, quyết định hỗ trợ; trường hợp không hỗ trợ phải trả lời bằng văn bản và nêu rõ lý do."),
        ],
        "sig": ("p", "Minh Thư"), "authors": ["Minh Thư"], "unit": None,
    },
    {
        "key": "phimoitruong", "zone": "gop-y-du-thao", "dt": "03/10/2023 09:15", "sec": 12, "suf": 87,
        "slug": "de-xuat-muc-thu-phi-tham-dinh-cap-giay-phep-moi-truong",
        "title": "Đề xuất mức thu phí thẩm định cấp giấy phép môi trường",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Bộ Tài chính đang dự thảo Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp, cấp đổi, điều chỉnh giấy phép môi trường do cơ quan trung ương thực hiện.",
        "blocks": [
            ("p", "Theo dự thảo, tổ chức, cá nhân đề nghị cơ quan có thẩm quyền ở trung ương thẩm định cấp giấy phép môi trường phải nộp phí theo quy định. Mức thu được xác định theo nhóm dự án và tính chất của cơ sở, cụ thể như sau:"),
            ("table", [
                ["Nhóm dự án, cơ sở", "Cấp mới (triệu đồng/hồ sơ)", "Cấp lại, điều chỉnh (triệu đồng/hồ sơ)"],
                ["Dự án nhóm I", "50", "25"],
                ["Dự án nhóm II", "40", "20"],
                ["Cơ sở đang hoạt động có tiêu chí tương đương nhóm I", "45", "22,5"],
                ["Cơ sở đang hoạt động có tiêu chí tương đương nhóm II", "35", "17,5"],
            ]),
            ("p", "Trường hợp cấp đổi giấy phép môi trường do thay đổi thông tin của chủ dự án mà không thay đổi nội dung cấp phép thì mức thu bằng 10% mức phí cấp mới tương ứng."),
            ("p", "Dự thảo quy định tổ chức thu phí được để lại 90% số tiền phí thu được để trang trải chi phí cho việc thẩm định, thu phí; nộp 10% vào ngân sách nhà nước theo chương, tiểu mục của Mục lục ngân sách hiện hành."),
            ("p", "Theo Bộ Tài chính, việc ban hành thông tư nhằm bảo đảm thống nhất với quy định của Luật Bảo vệ môi trường, đồng thời bù đắp chi phí tổ chức các đoàn kiểm tra thực tế, lấy ý kiến chuyên gia trong quá trình thẩm định."),
        ],
        "sig": ("field", "Khánh Linh"), "authors": ["Khánh Linh"], "unit": None,
    },
    {
        "key": "thatnghiep", "zone": "hoi-dap-chinh-sach", "dt": "20/10/2023 07:30", "sec": 5, "suf": 311,
        "slug": "thoi-gian-huong-tro-cap-that-nghiep-duoc-tinh-the-nao",
        "title": "Thời gian hưởng trợ cấp thất nghiệp được tính thế nào?",
        "prefix": None,
        "lead": "Ông Nguyễn Văn Hùng (Thái Bình) đã đóng bảo hiểm thất nghiệp được 7 năm 4 tháng. Ông hỏi, nếu nghỉ việc thì ông được hưởng trợ cấp thất nghiệp trong bao lâu?",
        "blocks": [
            ("p", "Về vấn đề này, Bộ Lao động - Thương binh và Xã hội trả lời như sau:"),
            ("p", "Theo quy định của Luật Việc làm, thời gian hưởng trợ cấp thất nghiệp được tính theo số tháng đóng bảo hiểm thất nghiệp, cứ đóng đủ 12 tháng đến đủ 36 tháng thì được hưởng 3 tháng trợ cấp thất nghiệp; sau đó, cứ đóng đủ thêm 12 tháng thì được hưởng thêm 1 tháng trợ cấp thất nghiệp nhưng tối đa không quá 12 tháng."),
            ("p", "Như vậy, với thời gian đóng bảo hiểm thất nghiệp 7 năm 4 tháng (88 tháng), trường hợp của ông sẽ được hưởng 7 tháng trợ cấp thất nghiệp. Số tháng lẻ chưa được giải quyết (4 tháng) sẽ được bảo lưu làm căn cứ để tính thời gian hưởng trợ cấp thất nghiệp cho lần hưởng tiếp theo khi đáp ứng đủ điều kiện."),
            ("p", "Mức hưởng trợ cấp thất nghiệp hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 6 tháng liền kề trước khi thất nghiệp, nhưng tối đa không quá 5 lần mức lương tối thiểu vùng đối với người lao động thuộc đối tượng thực hiện chế độ tiền lương do người sử dụng lao động quyết định."),
            ("p", "Ông cần nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp tại trung tâm dịch vụ việc làm trong thời hạn 3 tháng kể từ ngày chấm dứt hợp đồng lao động."),
        ],
        "sig": ("p", "Nguồn: Chinhphu.vn"), "authors": [], "unit": "Chinhphu.vn",
    },
    {
        "key": "sotxuathuyet", "zone": "chi-dao-dieu-hanh", "dt": "22/08/2023 21:05", "sec": 48, "suf": 520,
        "slug": "thu-tuong-yeu-cau-tap-trung-phong-chong-dich-sot-xuat-huyet",
        "title": "Thủ tướng yêu cầu tập trung phòng, chống dịch sốt xuất huyết",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Thủ tướng Chính phủ vừa ký công điện yêu cầu các bộ, ngành, địa phương tăng cường các biện pháp phòng, chống dịch sốt xuất huyết, không để dịch bùng phát, kéo dài.",
        "blocks": [
            ("p", "Theo báo cáo của Bộ Y tế, từ đầu năm đến ngày 20/8, cả nước ghi nhận hơn 72.000 ca mắc sốt xuất huyết, trong đó có 14 trường hợp tử vong. Số ca mắc tập trung chủ yếu ở các tỉnh phía Nam và một số tỉnh miền Trung, Tây Nguyên; dự báo số ca mắc tiếp tục tăng trong các tháng mùa mưa."),
            ("img", "phun-thuoc-diet-muoi", "Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư", "Ảnh: VGP/Hiền Minh"),
            ("p", "Để chủ động kiểm soát dịch, Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương trực tiếp chỉ đạo, tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học, công trình xây dựng; xử lý triệt để ổ dịch mới phát sinh, không để lan rộng."),
            ("rel", ["daotaonghe"]),
            ("p", "Bộ Y tế chủ trì chỉ đạo các bệnh viện tổ chức tốt việc phân luồng, thu dung, điều trị bệnh nhân, hạn chế thấp nhất số ca tử vong; bảo đảm đủ thuốc, hóa chất, vật tư, trang thiết bị cho công tác phòng, chống dịch."),
            ("p", "Bộ Thông tin và Truyền thông, các cơ quan báo chí tăng cường tuyên truyền để người dân chủ động thực hiện các biện pháp phòng bệnh, đến ngay cơ sở y tế khi có biểu hiện sốt cao, không tự ý điều trị tại nhà."),
        ],
        "sig": ("p", "Thu Cúc"), "authors": ["Thu Cúc"], "unit": None,
    },
    {
        "key": "khamsuckhoe", "zone": "gop-y-du-thao", "dt": "07/11/2023 14:20", "sec": 40, "suf": 9,
        "slug": "bo-y-te-lay-y-kien-du-thao-thong-tu-huong-dan-kham-suc-khoe-dinh-ky",
        "title": "Bộ Y tế lấy ý kiến dự thảo Thông tư hướng dẫn khám sức khỏe định kỳ cho người lao động",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Bộ Y tế đang lấy ý kiến góp ý đối với dự thảo Thông tư hướng dẫn khám sức khỏe, trong đó có nhiều điểm mới về khám sức khỏe định kỳ cho người lao động.",
        "blocks": [
            ("p", "Dự thảo Thông tư gồm 5 chương, 22 điều, quy định về hồ sơ, thủ tục khám sức khỏe; tiêu chuẩn sức khỏe; điều kiện của cơ sở khám bệnh, chữa bệnh thực hiện khám sức khỏe và trách nhiệm của các cơ quan, tổ chức liên quan."),
            ("p", "Một số điểm mới đáng chú ý của dự thảo gồm:"),
            ("ul", [
                "Cho phép sử dụng giấy khám sức khỏe điện tử được liên thông trên hệ thống hồ sơ sức khỏe điện tử;",
                "Bổ sung nội dung khám phụ khoa cho lao động nữ và khám phát hiện bệnh nghề nghiệp trong khám sức khỏe định kỳ;",
                "Rút ngắn thời hạn trả kết quả khám sức khỏe xuống còn 2 ngày làm việc đối với trường hợp không phải hội chẩn;",
                "Quy định cụ thể trách nhiệm của người sử dụng lao động trong việc lưu giữ hồ sơ sức khỏe.",
            ]),
            ("p", "Theo Bộ Y tế, sau nhiều năm thực hiện, các quy định hiện hành về khám sức khỏe đã bộc lộ một số bất cập như mẫu giấy khám sức khỏe chưa phù hợp với yêu cầu chuyển đổi số, chưa có quy định về khám sức khỏe cho người khuyết tật, người lao động làm việc ở nước ngoài."),
            ("p", "Dự thảo được đăng tải để lấy ý kiến rộng rãi của cơ quan, tổ chức, cá nhân trong thời hạn 60 ngày. Ý kiến góp ý gửi về Cục Quản lý Khám, chữa bệnh - Bộ Y tế hoặc góp ý trực tiếp trên Cổng Thông tin điện tử Chính phủ."),
        ],
        "attach": [("Dự thảo Thông tư hướng dẫn khám sức khỏe", "https://datafiles.chinhphu.vn/xdcs/files/2023/11/07/du-thao-thong-tu-kham-suc-khoe.pdf"),
                   ("Tờ trình dự thảo Thông tư", "https://datafiles.chinhphu.vn/xdcs/files/2023/11/07/to-trinh-kham-suc-khoe.pdf")],
        "sig": ("p", "Hà Anh"), "authors": ["Hà Anh"], "unit": None,
    },
    {
        "key": "thang12", "zone": "chinh-sach-moi", "dt": "30/11/2023 06:00", "sec": 0, "suf": 455,
        "slug": "nhung-chinh-sach-moi-co-hieu-luc-tu-thang-12-2023",
        "title": "Những chính sách mới có hiệu lực từ tháng 12/2023",
        "prefix": None,
        "lead": "Điều chỉnh mức hỗ trợ cho người tham gia bảo hiểm xã hội tự nguyện, quy định mới về quản lý hoạt động dạy thêm, học thêm, tiêu chuẩn chức danh công chức ngành thống kê… là những chính sách mới có hiệu lực từ tháng 12/2023.",
        "blocks": [
            ("img", "chinh-sach-moi-thang-12", None, None),
            ("h", "Tăng mức hỗ trợ đóng bảo hiểm xã hội tự nguyện"),
            ("p", "Từ ngày 15/12/2023, người tham gia bảo hiểm xã hội tự nguyện thuộc hộ nghèo được Nhà nước hỗ trợ 50% mức đóng; người thuộc hộ cận nghèo được hỗ trợ 40%; các đối tượng khác được hỗ trợ 20% mức đóng theo mức chuẩn hộ nghèo khu vực nông thôn."),
            ("h", "Quy định mới về tiêu chuẩn chức danh công chức ngành thống kê"),
            ("p", "Thông tư quy định mã số, tiêu chuẩn chuyên môn, nghiệp vụ các ngạch công chức chuyên ngành thống kê có hiệu lực từ ngày 20/12/2023. Theo đó, ngạch thống kê viên yêu cầu trình độ đại học trở lên với ngành hoặc chuyên ngành phù hợp; có chứng chỉ bồi dưỡng theo tiêu chuẩn ngạch."),
            ("h", "Siết chặt hoạt động dạy thêm, học thêm"),
            ("p", "Cũng từ ngày 25/12/2023, giáo viên đang công tác tại trường không được dạy thêm ngoài nhà trường đối với học sinh mà mình đang được nhà trường phân công giảng dạy chính khóa khi chưa được sự cho phép của thủ trưởng đơn vị. Các cơ sở dạy thêm phải công khai mức thu, thời gian học và danh sách người dạy."),
        ],
        "sig": ("field", "Thùy Linh"), "authors": ["Thùy Linh"], "unit": None,
    },
    {
        "key": "tthcnoibo", "zone": "chi-dao-dieu-hanh", "dt": "12/12/2023 17:48", "sec": 26, "suf": 733,
        "slug": "pho-thu-tuong-chu-tri-hop-ve-cat-giam-thu-tuc-hanh-chinh-noi-bo",
        "title": "Phó Thủ tướng chủ trì họp về cắt giảm thủ tục hành chính nội bộ",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Chiều 12/12, Phó Thủ tướng Chính phủ chủ trì cuộc họp với các bộ, ngành về tiến độ rà soát, cắt giảm, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước.",
        "blocks": [
            ("p", "Theo báo cáo của Văn phòng Chính phủ, đến nay các bộ, cơ quan đã công bố 1.086 thủ tục hành chính nội bộ; đã đơn giản hóa được 284 thủ tục, đạt khoảng 26% so với mục tiêu đề ra cho giai đoạn 2022 - 2025."),
            ("img", "hop-tthc-noi-bo-1", "Phó Thủ tướng chủ trì cuộc họp", "Ảnh: VGP/Đức Tuân"),
            ("p", "Tại cuộc họp, đại diện các bộ cho rằng nhiều thủ tục nội bộ được quy định trong thông tư, quyết định của chính các bộ nên hoàn toàn có thể chủ động cắt giảm. Tuy nhiên, việc rà soát ở một số đơn vị còn hình thức, chủ yếu cắt giảm thành phần hồ sơ mà chưa thay đổi quy trình."),
            ("linkfooter", "daotaonghe"),
            ("p", "Kết luận cuộc họp, Phó Thủ tướng yêu cầu các bộ, ngành hoàn thành việc công bố đầy đủ thủ tục hành chính nội bộ trong tháng 12/2023; tập trung cắt giảm các thủ tục báo cáo trùng lặp, chuyển mạnh sang báo cáo điện tử qua Hệ thống thông tin báo cáo Chính phủ."),
            ("img", "hop-tthc-noi-bo-2", "Đại diện các bộ, ngành phát biểu tại cuộc họp", "Ảnh: VGP/Đức Tuân"),
            ("p", "Văn phòng Chính phủ được giao theo dõi, đôn đốc, định kỳ hằng quý báo cáo Thủ tướng về kết quả thực hiện của từng bộ, cơ quan."),
        ],
        "sig": ("p", "Phương Liên"), "authors": ["Phương Liên"], "unit": None,
    },
    {
        "key": "hocsinhbantru", "zone": "chinh-sach-va-cuoc-song", "dt": "09/01/2024 10:05", "sec": 55, "suf": 62,
        "slug": "tang-muc-ho-tro-tien-an-cho-hoc-sinh-ban-tru-vung-dac-biet-kho-khan",
        "title": "Tăng mức hỗ trợ tiền ăn cho học sinh bán trú vùng đặc biệt khó khăn",
        "prefix": None,
        "lead": "Chính sách nâng mức hỗ trợ tiền ăn, tiền nhà ở cho học sinh bán trú đã giúp nhiều em ở vùng cao yên tâm bám trường, bám lớp.",
        "blocks": [
            ("p", "Tại Trường Phổ thông dân tộc bán trú Tiểu học và THCS xã Nậm Khòa, hơn 300 học sinh người Mông, Dao ở lại trường từ thứ Hai đến thứ Sáu. Từ học kỳ I năm học 2023 - 2024, mỗi em được hỗ trợ tiền ăn bằng 40% mức lương cơ sở/tháng và 15 kg gạo/tháng, cao hơn đáng kể so với trước."),
            ("img", "hoc-sinh-ban-tru", "Bữa trưa của học sinh bán trú tại trường", "Ảnh: TTXVN"),
            ("p", "Thầy Hoàng Văn Sinh, Hiệu trưởng nhà trường cho biết, khi mức hỗ trợ tăng, nhà trường có điều kiện cải thiện bữa ăn, bảo đảm mỗi bữa có thịt hoặc cá, rau xanh và canh. Tỷ lệ học sinh bỏ học giữa chừng giảm rõ rệt, năm học trước chỉ còn 2 em."),
            ("p", "Theo Bộ Giáo dục và Đào tạo, cả nước hiện có hơn 500.000 học sinh được hưởng chính sách hỗ trợ bán trú. Tuy nhiên, tại nhiều địa phương, việc cấp kinh phí hỗ trợ còn chậm, có nơi đến cuối học kỳ mới chi trả, khiến nhà trường phải tạm ứng hoặc phụ huynh phải đóng góp thêm."),
            ("p", "Bộ Giáo dục và Đào tạo đề nghị các địa phương bố trí đủ kinh phí ngay từ đầu năm học, đồng thời tăng cường kiểm tra việc tổ chức nấu ăn tập trung, bảo đảm an toàn thực phẩm cho học sinh."),
        ],
        "sig": ("p", "Theo Báo Dân tộc và Phát triển"), "authors": [], "unit": "Báo Dân tộc và Phát triển",
    },
    {
        "key": "canCuoc", "zone": "hoi-dap-chinh-sach", "dt": "27/02/2024 08:40", "sec": 17, "suf": 198,
        "slug": "huong-dan-thu-tuc-cap-lai-the-can-cuoc-cong-dan-tren-ung-dung-vneid",
        "title": "Hướng dẫn thủ tục cấp lại thẻ Căn cước công dân trên ứng dụng VNeID",
        "prefix": "(Chinhphu.vn) -",
        "lead": "Bạn đọc hỏi: Tôi bị mất thẻ Căn cước công dân, vậy có thể đề nghị cấp lại trực tuyến không và thủ tục thực hiện như thế nào?",
        "blocks": [
            ("p", "Theo hướng dẫn của Bộ Công an, công dân có tài khoản định danh điện tử mức độ 2 có thể nộp hồ sơ đề nghị cấp lại thẻ Căn cước công dân trực tuyến qua ứng dụng VNeID theo các bước sau:"),
            ("ol", [
                "Đăng nhập ứng dụng VNeID, chọn mục Thủ tục hành chính, sau đó chọn Cấp lại thẻ Căn cước công dân;",
                "Kiểm tra thông tin cá nhân được hệ thống tự động điền, chọn cơ quan công an tiếp nhận hồ sơ;",
                "Nộp lệ phí trực tuyến theo quy định và xác nhận gửi hồ sơ;",
                "Đến cơ quan công an theo lịch hẹn để thu nhận ảnh chân dung, vân tay nếu được yêu cầu.",
            ]),
            ("p", "Lệ phí cấp lại thẻ Căn cước công dân là 70.000 đồng/thẻ. Trường hợp nộp hồ sơ trực tuyến, công dân được giảm 50% lệ phí theo chính sách ưu đãi hiện hành."),
            ("p", "Thời hạn cấp lại thẻ không quá 7 ngày làm việc kể từ ngày cơ quan quản lý căn cước nhận đủ hồ sơ theo quy định. Công dân có thể lựa chọn nhận thẻ tại cơ quan công an hoặc qua dịch vụ bưu chính."),
        ],
        "sig": ("field", "Nhật Minh"), "authors": ["Nhật Minh"], "unit": None,
    },
]
BY_KEY = {a["key"]: a for a in ARTICLES}


def iso(a):
    d, t = a["dt"].split(" ")
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}T{t}:00+07:00"


def sort_key(a):
    return iso(a)


# ---------------------------------------------------------------- chrome

EXTRA_NEWS = [
    ("Lấy ý kiến dự thảo Nghị định về quản lý vật liệu xây dựng", "lay-y-kien-du-thao-nghi-dinh-ve-quan-ly-vat-lieu-xay-dung", "115240226150311042", "26/02/2024 15:03"),
    ("Quy định mới về tiêu chí xác định thôn đặc biệt khó khăn", "quy-dinh-moi-ve-tieu-chi-xac-dinh-thon-dac-biet-kho-khan", "115240223093512877", "23/02/2024 09:35"),
    ("Hướng dẫn chuyển đổi giấy phép lái xe sang định dạng mới", "huong-dan-chuyen-doi-giay-phep-lai-xe-sang-dinh-dang-moi", "115240221161009310", "21/02/2024 16:10"),
    ("Đề xuất bổ sung đối tượng được vay vốn ưu đãi nhà ở xã hội", "de-xuat-bo-sung-doi-tuong-duoc-vay-von-uu-dai-nha-o-xa-hoi", "115240219080544156", "19/02/2024 08:05"),
    ("Tiếp thu, giải trình ý kiến về dự thảo Luật Đường bộ", "tiep-thu-giai-trinh-y-kien-ve-du-thao-luat-duong-bo", "115240216142203778", "16/02/2024 14:22"),
    ("Chính sách hỗ trợ người dân vùng bị ảnh hưởng bởi thiên tai", "chinh-sach-ho-tro-nguoi-dan-vung-bi-anh-huong-boi-thien-tai", "115240205103017603", "05/02/2024 10:30"),
    ("Hỏi đáp về chế độ nghỉ hưu trước tuổi của cán bộ cấp xã", "hoi-dap-ve-che-do-nghi-huu-truoc-tuoi-cua-can-bo-cap-xa", "115240201074855219", "01/02/2024 07:48"),
    ("Công khai thủ tục cấp phép khai thác tài nguyên nước", "cong-khai-thu-tuc-cap-phep-khai-thac-tai-nguyen-nuoc", "115240130171201334", "30/01/2024 17:12"),
    ("Quy định về tổ chức và hoạt động của tổ hòa giải ở cơ sở", "quy-dinh-ve-to-chuc-va-hoat-dong-cua-to-hoa-giai-o-co-so", "115240125095941487", "25/01/2024 09:59"),
    ("Sửa đổi quy trình xét tặng danh hiệu nghệ nhân nhân dân", "sua-doi-quy-trinh-xet-tang-danh-hieu-nghe-nhan-nhan-dan", "115240122132630920", "22/01/2024 13:26"),
    ("Tăng cường kiểm tra an toàn thực phẩm dịp Tết Nguyên đán", "tang-cuong-kiem-tra-an-toan-thuc-pham-dip-tet-nguyen-dan", "115240118200412651", "18/01/2024 20:04"),
    ("Lấy ý kiến về chính sách thu hút nhân lực y tế cơ sở", "lay-y-kien-ve-chinh-sach-thu-hut-nhan-luc-y-te-co-so", "115240115084527082", "15/01/2024 08:45"),
]

SUBMENU = {
    "chinh-sach-moi": ["Kinh tế", "Xã hội", "Giáo dục", "Y tế", "Lao động - Việc làm", "Đất đai - Nhà ở"],
    "gop-y-du-thao": ["Dự thảo luật", "Dự thảo nghị định", "Dự thảo thông tư", "Dự thảo quyết định"],
    "hoi-dap-chinh-sach": ["Bảo hiểm", "Thuế - Phí", "Hộ tịch - Cư trú", "Giao thông"],
    "chi-dao-dieu-hanh": ["Công điện", "Chỉ thị", "Thông báo kết luận"],
    "chinh-sach-va-cuoc-song": ["Câu chuyện chính sách", "Phản hồi từ cơ sở"],
}


def slugify_vi(t):
    t = unicodedata.normalize("NFD", t.lower()).replace("đ", "d")
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


MENU = [("Trang chủ", "/")] + [(n, f"/{s}.htm") for s, (n, _) in ZONES.items()] + [
    ("Phổ biến pháp luật", "/pho-bien-phap-luat.htm"), ("Tiếp thu, giải trình", "/tiep-thu-giai-trinh.htm")]

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222;font-size:16px}
a{color:#222;text-decoration:none}a:hover{color:#a5191d}
.container{width:1140px;margin:0 auto}
.header__top{background:#f5f5f5;font-size:13px;padding:6px 0}
.header__logo img{height:70px}.header__menu{background:#a5191d}.header__menu a{color:#fff;padding:0 14px;line-height:44px;font-weight:700;font-size:14px;text-transform:uppercase}
.detail__layout{display:flex;gap:30px;margin-top:20px}.detail__left{flex:0 0 760px}.detail__right{flex:1}
.detail-title{font-size:32px;line-height:1.3;font-weight:700;margin:10px 0}
.detail-time{color:#777;font-size:14px}
.detail-sapo{font-size:18px;font-weight:700;line-height:1.5;margin:16px 0}
.detail-content p{line-height:1.6;margin:0 0 16px}.detail-content h2{font-size:18px}
.detail-content figure{margin:0 0 16px;text-align:center}.PhotoCMS_Caption{font-size:14px;color:#555;background:#f1f1f1;padding:8px}
.kbwscwl-relatedbox{border-left:3px solid #a5191d;padding:8px 12px;background:#fafafa;margin:0 0 16px}
.kbwscwlr-list{margin:0;padding:0;list-style:none}.kbwscwlrl{margin:4px 0}.kbwscwlrl-title{font-weight:700;font-size:15px}
.alignRight{float:right;width:280px;margin-left:16px}
.detail-author{text-align:right;font-weight:700;margin:10px 0}
.detail-tab{margin:20px 0}.detail-tab a{display:inline-block;border:1px solid #ddd;border-radius:14px;padding:3px 10px;font-size:13px;margin:0 4px 6px 0}
.box-stream-item{display:flex;gap:16px;padding:14px 0;border-bottom:1px solid #eee}.box-stream-link-with-avatar img{width:240px;height:150px;object-fit:cover}
.box-stream-link-title{font-weight:700;font-size:18px}.box-stream-sapo{font-size:14px;color:#555}.box-stream-time{font-size:13px;color:#888}
.footer{background:#f5f5f5;margin-top:30px;padding:20px 0;font-size:13px;line-height:1.7}
.box-category-item{padding:8px 0;border-bottom:1px dotted #ddd}
"""


def page_head(title, canonical, desc, og_type="website", extra=""):
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta charset="utf-8" />
    <title>{esc(title)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="{esc(desc)}" />
    <meta name="keywords" content="xây dựng chính sách, pháp luật, chính sách mới, góp ý dự thảo, chinhphu.vn" />
    <meta name="robots" content="index,follow,all" />
    <meta name="copyright" content="Cổng Thông tin điện tử Chính phủ" />
    <meta name="author" content="Cổng Thông tin điện tử Chính phủ" />
    <meta http-equiv="audience" content="General" />
    <meta name="resource-type" content="Document" />
    <meta name="distribution" content="Global" />
    <meta name="revisit-after" content="1 days" />
    <meta name="GENERATOR" content="Cổng Thông tin điện tử Chính phủ" />
    <meta property="og:site_name" content="Cổng Thông tin điện tử Chính phủ" />
    <meta property="og:type" content="{og_type}" />
    <meta property="og:title" content="{esc(title)}" />
    <meta property="og:description" content="{esc(desc)}" />
    <meta property="og:url" content="{esc(canonical)}" />
    <meta property="fb:app_id" content="1152431628275713" />
    <link rel="canonical" href="{esc(canonical)}" />
    <link rel="alternate" type="application/rss+xml" title="Xây dựng chính sách" href="/rss/home.rss" />
    <link rel="shortcut icon" href="https://static.mediacdn.vn/xdcs/image/favicon.ico" type="image/x-icon" />
{extra}
    <script>
        var pageSettings = {{
            Domain: "{HOST}",
            sharefbApiDomain: "https://sharefb.cnnd.vn",
            videoplayer: "https://vcplayer.mediacdn.vn",
            VideoToken: "L3NlY3VyZS92ZXJpZnkveGVtcGxheWVyL3hkY3MvMjAyNC8wMi8yOS8=",
            ajaxDomain: "https://s1.xaydungchinhsach.chinhphu.vn",
            commentSiteName: "xaydungchinhsach",
            DomainUtils: "https://utils3.cnnd.vn",
            imageDomain: "{CDN}",
            DomainApiVote: "https://eth.cnnd.vn",
            allowAds: false,
            allow3rd: true,
            DomainUtils2: "https://comment.cnnd.vn"
        }}
    </script>
    <script>
        function loadJsAsync(jsLink, callback, callbackEr) {{
            var scriptEl = document.createElement("script");
            scriptEl.type = "text/javascript";
            scriptEl.async = true;
            if (typeof callback == "function") {{ scriptEl.onload = callback; }}
            if (typeof callbackEr == "function") {{ scriptEl.onerror = callbackEr; }}
            scriptEl.src = jsLink;
            document.getElementsByTagName("head")[0].appendChild(scriptEl);
        }}
        function loadCss(t) {{ var e = document.getElementsByTagName("head")[0], s = document.createElement("link"); s.rel = "stylesheet"; s.type = "text/css"; s.href = t; s.media = "all"; e.appendChild(s); }}
        var appSettings = {{ ajaxDomain: pageSettings.ajaxDomain, Domain: pageSettings.Domain }};
    </script>
    <style>{CSS}</style>
    <link rel="stylesheet" href="https://static.mediacdn.vn/xdcs/web_css/20240215/xdcs.detail.min.css" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-5WQ0ZK3B1H"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-5WQ0ZK3B1H');</script>
</head>
"""


def header(active_zone=None):
    def sub(u):
        z = u.strip("/").replace(".htm", "")
        if z not in SUBMENU:
            return ""
        return '<ul class="sub-menu">' + "".join(
            f'<li><a href="/{z}/{slugify_vi(x)}.htm" title="{esc(x)}">{esc(x)}</a></li>' for x in SUBMENU[z]) + "</ul>"
    items = "".join(
        f'<li class="item{" active" if u == "/" + (active_zone or "") + ".htm" else ""}"><a href="{esc(u)}" title="{esc(t)}" class="link">{esc(t)}</a>{sub(u)}</li>'
        for t, u in MENU)
    return f"""<body>
<div id="admWrapsite">
    <header class="header">
        <div class="header__top">
            <div class="container" style="display:flex;justify-content:space-between">
                <span class="header__date">{TODAY}</span>
                <div class="header__toplink">
                    <a href="https://baochinhphu.vn" target="_blank" rel="nofollow">Báo điện tử Chính phủ</a> |
                    <a href="https://chinhphu.vn" target="_blank" rel="nofollow">Cổng TTĐT Chính phủ</a> |
                    <a href="https://vanban.chinhphu.vn" target="_blank" rel="nofollow">Hệ thống văn bản</a> |
                    <a href="https://en.baochinhphu.vn" target="_blank" rel="nofollow">English</a>
                </div>
            </div>
        </div>
        <div class="header__main container" style="display:flex;justify-content:space-between;align-items:center;padding:12px 0">
            <a href="/" class="header__logo" title="Xây dựng chính sách, pháp luật"><img src="https://static.mediacdn.vn/xdcs/image/logo-xdcs.png" alt="Xây dựng chính sách, pháp luật" /></a>
            <form class="header__search" action="/tim-kiem.htm" method="get">
                <input type="text" name="keywords" class="txt-search" placeholder="Nhập từ khóa tìm kiếm" autocomplete="off" />
                <button type="submit" class="btn-search" aria-label="Tìm kiếm"><span class="icon-search"></span></button>
            </form>
        </div>
        <nav class="header__menu">
            <ul class="container menu-nav" style="display:flex;list-style:none;margin:0 auto;padding:0">{items}</ul>
        </nav>
    </header>
"""


def extra_box(title, seed, k):
    rnd = random.Random(seed)
    picks = rnd.sample(EXTRA_NEWS, k)
    items = "".join(
        f'<div class="box-category-item"><a class="box-category-link-with-avatar" href="/{s}-{i}.htm" title="{esc(t)}"><img loading="lazy" src="{CDN}/zoom/120_75/{ACC}/{d[6:10]}/{int(d[3:5])}/{int(d[0:2])}/{s[:24]}-{i[-9:]}.jpg" alt="{esc(t)}" /></a>'
        f'<a class="box-category-link-title" href="/{s}-{i}.htm" title="{esc(t)}" data-id="{i}">{esc(t)}</a><span class="box-category-time">{d}</span></div>'
        for t, s, i, d in picks)
    return f"""            <div class="box-category" data-layout="6">
                <div class="box-category-top"><h2 class="box-category-title">{esc(title)}</h2></div>
                <div class="box-category-middle">{items}</div>
            </div>
"""


def right_col(seed, mostread):
    rnd = random.Random(seed)
    mr = "".join(
        f'<div class="box-category-item"><a class="box-category-link-title" data-type="0" data-newstype="0" href="{esc(art_path(a))}" title="{esc(a["title"])}" data-id="{news_id(a)}">{esc(a["title"])}</a></div>'
        for a in mostread)
    polls = rnd.randint(1200, 9800)
    return f"""        <div class="detail__right">
            <div class="box-category" data-layout="4" data-cd-key="siteid446:highestviewnews:zoneid0hour48" data-cd-top="5">
                <div class="box-category-top"><h2 class="box-category-title">Đọc nhiều</h2></div>
                <div class="box-category-middle">{mr}</div>
            </div>
{extra_box("Tin nổi bật", seed, 6)}{extra_box("Tiếp thu, giải trình", seed + 1, 4)}            <div class="box-category box-gopy">
                <div class="box-category-top"><h2 class="box-category-title"><a href="/gop-y-du-thao.htm" title="Góp ý dự thảo">Góp ý dự thảo</a></h2></div>
                <div class="box-category-middle">
                    <p>Đã có <strong>{polls:,}</strong> lượt góp ý cho các dự thảo văn bản quy phạm pháp luật trong tháng.</p>
                    <a class="btn-gopy" href="/gop-y-du-thao.htm">Gửi góp ý</a>
                </div>
            </div>
            <div class="box-category box-lienket">
                <div class="box-category-top"><h2 class="box-category-title">Liên kết</h2></div>
                <div class="box-category-middle">
                    <a href="https://dichvucong.gov.vn" target="_blank" rel="nofollow"><img src="https://static.mediacdn.vn/xdcs/image/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia" width="300" /></a>
                    <a href="https://vbpl.vn" target="_blank" rel="nofollow"><img src="https://static.mediacdn.vn/xdcs/image/banner-csdlqg.png" alt="Cơ sở dữ liệu quốc gia về văn bản pháp luật" width="300" /></a>
                    <a href="https://baochinhphu.vn" target="_blank" rel="nofollow"><img src="https://static.mediacdn.vn/xdcs/image/banner-bcp.png" alt="Báo điện tử Chính phủ" width="300" /></a>
                </div>
            </div>
        </div>
""".replace(f"{polls:,}", f"{polls:,}".replace(",", "."))


def footer():
    cols = "".join(
        f'<div class="footer-col"><a class="footer-zone" href="/{z}.htm">{esc(ZONES[z][0])}</a><ul>' + "".join(
            f'<li><a href="/{z}/{slugify_vi(x)}.htm">{esc(x)}</a></li>' for x in subs) + "</ul></div>"
        for z, subs in SUBMENU.items())
    return """    <div class="footer-sitemap"><div class="container" style="display:flex;gap:20px">""" + cols + """</div></div>
    <footer class="footer">
        <div class="container">
            <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ - CHUYÊN TRANG XÂY DỰNG CHÍNH SÁCH, PHÁP LUẬT</strong></p>
            <p>Cơ quan chủ quản: Văn phòng Chính phủ. Tổng Giám đốc: (đã lược)</p>
            <p>Trụ sở: 16 Lê Hồng Phong, Ba Đình, Hà Nội. Điện thoại: 080.43162 - Fax: 080.48924. Email: thongtinchinhphu@chinhphu.vn</p>
            <p>® Ghi rõ nguồn "Cổng Thông tin điện tử Chính phủ" hoặc "www.chinhphu.vn" khi phát hành lại thông tin từ các nguồn này.</p>
            <p><a href="/gioi-thieu.htm">Giới thiệu</a> · <a href="/rss/home.rss">RSS</a> · <a href="/lien-he.htm">Liên hệ</a></p>
        </div>
    </footer>
</div>
<script>
    (runinit = window.runinit || []).push(function () {
        loadJsAsync('https://static.mediacdn.vn/xdcs/web_js/20240215/xdcs.common.min.js', function () {
            if (typeof Main != "undefined") { Main.init(); }
        });
    });
</script>
<script src="https://static.mediacdn.vn/xdcs/web_js/20240215/xdcs.detail.min.js" async></script>
<script>
    var _comscore = _comscore || [];
    _comscore.push({ c1: "2", c2: "17793284" });
    (function () {
        var s = document.createElement("script"), el = document.getElementsByTagName("script")[0]; s.async = true;
        s.src = "https://sb.scorecardresearch.com/cs/17793284/beacon.js";
        el.parentNode.insertBefore(s, el);
    })();
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- article

def rel_li(o):
    d, t = o["dt"].split(" ")
    return (f'<li class="kbwscwlrl" data-date="{o["dt"]}" data-id="{news_id(o)}" data-url="{esc(art_path(o))}" '
            f'data-title="{esc(o["title"])}" data-avatar="{esc(img_src(o, "avatar", 0))}" data-type="0">'
            f'<a class="kbwscwlrl-title" href="{esc(art_path(o))}" title="{esc(o["title"])}" data-id="{news_id(o)}">{esc(o["title"])}</a></li>')


def render_body(a):
    out, text, images = [], [], []
    n = 0
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f"<p>{esc(b[1])}</p>")
            text.append(b[1])
        elif k == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
            text.append(b[1])
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{k}>")
            text.extend(b[1])
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cells = "".join((f"<td><p><b>{esc(c)}</b></p></td>" if i == 0 else f"<td><p>{esc(c)}</p></td>") for c in r)
                rows.append(f"<tr>{cells}</tr>")
                text.append(" | ".join(r))
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        elif k == "img":
            n += 1
            _, name, cap, credit = b
            src = img_src(a, name, n)
            full = src.replace("/thumb_w/640", "")
            alt = f"{a['title']} - Ảnh {n}."
            printed = cap
            if cap and credit:
                printed = f"{cap} - {credit}"
            elif credit:
                printed = credit
            figcap = (f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="NLPlaceholderShow">{esc(printed)}</p></figcaption>'
                      if printed else "")
            pid = int(hashlib.md5(src.encode()).hexdigest()[:8], 16) % 10 ** 8
            out.append(f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div>'
                       f'<a href="{esc(full)}" data-fancybox="img-lightbox" title="{esc(alt)}" target="_blank" class="detail-img-lightbox">'
                       f'<img src="{esc(src)}" id="img_{pid}" w="1200" h="800" alt="{esc(alt)}" title="{esc(alt)}" rel="lightbox" photoid="{pid}" '
                       f'type="photo" style="max-width:100%;" data-original="{esc(full)}" width="640" height="427" loading="lazy" /></a></div>{figcap}</figure>')
            images.append({"src": src, "caption": cap, "credit": credit})
        elif k == "rel":
            items = "".join(rel_li(BY_KEY[x]) for x in b[1])
            align = "alignRight" if len(b[1]) == 1 else "alignJustify"
            out.append(f'<div class="VCSortableInPreviewMode {align}" type="RelatedNewsBox" data-style="{align.lower().replace("align", "align-")}" relatednewsboxtype="type-2">'
                       f'<div class="kbwscwl-relatedbox type-2"><span class="kbwscwlrl-heading">Tin liên quan</span><ul class="kbwscwlr-list">{items}</ul></div></div>')
        elif k == "linkfooter":
            o = BY_KEY[b[1]]
            out.append(f'<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="link-content-footer" style="" data-id="{news_id(o)}">'
                       f'<a href="{esc(art_path(o))}" title="{esc(o["title"])}" data-type="0">{esc(o["title"])}</a></div>')
        else:
            raise ValueError(k)
    kind, sig = a["sig"]
    if kind == "p":
        out.append(f'<p style="text-align: right;"><b>{esc(sig)}</b></p>')
    return "\n".join(out), text, images


def article_page(a, related, mostread, seed):
    name, zid = ZONES[a["zone"]]
    body, text, images = render_body(a)
    nid = news_id(a)
    url = HOST + art_path(a)
    lead_html = ""
    if a["lead"]:
        lead_html = f'<h2 class="detail-sapo" data-role="sapo">{esc(a["prefix"] + " " if a["prefix"] else "")}{esc(a["lead"])}</h2>'
    desc = ((a["prefix"] + " ") if a["prefix"] else "") + (a["lead"] or text[0])
    first_img = next((b for b in a["blocks"] if b[0] == "img"), None)
    og_img = img_src(a, first_img[1], 1).replace("/thumb_w/640", "/zoom/600_315") if first_img else "https://static.mediacdn.vn/xdcs/image/logo-share.png"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a["title"], "description": desc,
        "image": {"@type": "ImageObject", "url": og_img, "width": 600, "height": 315},
        "datePublished": iso(a), "dateModified": iso(a),
        "author": {"@type": "Person", "name": a["authors"][0] if a["authors"] else "Chinhphu.vn"},
        "publisher": {"@type": "Organization", "name": "Cổng Thông tin điện tử Chính phủ",
                      "logo": {"@type": "ImageObject", "url": "https://static.mediacdn.vn/xdcs/image/logo-xdcs.png"}},
    }
    crumbs_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": HOST, "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": f"{HOST}/{a['zone']}.htm", "name": name}}]}
    extra = f"""    <meta property="og:image" content="{esc(og_img)}" />
    <meta property="og:image:width" content="600" />
    <meta property="og:image:height" content="315" />
    <meta property="article:published_time" content="{iso(a)}" />
    <meta property="article:section" content="{esc(name)}" />
    <meta name="pubdate" content="{iso(a)}" />
    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
    <script type="application/ld+json">{json.dumps(crumbs_ld, ensure_ascii=False)}</script>
    <script>var detailNewsId = "{nid}"; var detailZoneId = {zid}; var detailNewsType = 0; var detailDistributionDate = "{a['dt']}";</script>"""
    author_html = ""
    if a["sig"][0] == "field":
        author_html = f'<div class="detail-author" data-role="author"><span class="name">{esc(a["sig"][1])}</span></div>'
    attach_html = ""
    if a.get("attach"):
        attach_html = '<div class="detail-file"><div class="detail-file-title">Tải về</div><ul>' + "".join(
            f'<li><span class="icon-pdf"></span> <a href="{esc(u)}" target="_blank" rel="nofollow" title="{esc(t)}">{esc(t)}</a></li>' for t, u in a["attach"]) + "</ul></div>"
    tags = {"chinh-sach-moi": ["chính sách mới", "có hiệu lực"], "gop-y-du-thao": ["dự thảo", "lấy ý kiến"],
            "hoi-dap-chinh-sach": ["hỏi đáp chính sách"], "chi-dao-dieu-hanh": ["Thủ tướng", "chỉ đạo điều hành"],
            "chinh-sach-va-cuoc-song": ["chính sách và cuộc sống", "giáo dục"]}[a["zone"]]
    tag_html = "".join(f'<a href="/tag/{t.replace(" ", "-")}.htm" title="{esc(t)}" class="tag-item">{esc(t)}</a>' for t in tags)
    rel_html = "".join(f"""                <div class="box-stream-item">
                    <a class="box-stream-link-with-avatar" href="{esc(art_path(o))}" title="{esc(o['title'])}"><img loading="lazy" src="{esc(img_src(o, 'avatar', 0).replace('/thumb_w/640', '/zoom/240_150'))}" alt="{esc(o['title'])}" /></a>
                    <div class="box-stream-content">
                        <a class="box-stream-link-title" href="{esc(art_path(o))}" title="{esc(o['title'])}" data-id="{news_id(o)}">{esc(o['title'])}</a>
                        <span class="box-stream-time">{o['dt']}</span>
                    </div>
                </div>
""" for o in related)
    center = f"""    <div class="container">
    <div class="detail__layout" data-layout="1">
        <div class="detail__left">
            <div class="detail-top">
                <ul class="detail__breadcrumb">
                    <li><a href="/{a['zone']}.htm" title="{esc(name)}" class="item" data-role="cate-name">{esc(name)}</a></li>
                </ul>
            </div>
            <div class="detail__header">
                <h1 class="detail-title" data-role="title">{esc(a['title'])}</h1>
                <div class="detail-time">
                    <div data-role="publishdate">{a['dt']}</div>
                </div>
            </div>
            <div class="detail__social">
                <a href="javascript:;" class="item fb" rel="nofollow" data-href="{esc(url)}" title="Chia sẻ facebook"><span class="icon-fb"></span></a>
                <a href="javascript:;" class="item zalo zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="true" title="Chia sẻ zalo"><span class="icon-zalo"></span></a>
                <a href="javascript:;" class="item print" onclick="window.print();" title="In bài viết"><span class="icon-print"></span></a>
                <a href="javascript:;" class="item copy" data-url="{esc(url)}" title="Sao chép link"><span class="icon-link"></span></a>
            </div>
            {lead_html}
            <div class="detail-content afcbc-body" data-role="content">
{body}
            </div>
            {author_html}
            {attach_html}
            <div class="detail-tab"><span class="tab-title">Từ khóa:</span> {tag_html}</div>
            <div class="detail-related">
                <div class="box-category-top"><h3 class="box-category-title">Tin cùng chuyên mục</h3></div>
{rel_html}            </div>
        </div>
{right_col(seed, mostread)}    </div>
    </div>
"""
    doc = page_head(f"{a['title']}", url, desc, "article", extra) + header(a["zone"]) + center + footer()
    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": norm(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(norm(t) for t in text),
        "published_at": iso(a),
        "updated_at": None,
        "date_label": None,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": name,
    }
    return doc, expected


def write(name, url_path, kind, html_text, expected=None):
    (HERE / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def stream_item(a):
    img = next((b for b in a["blocks"] if b[0] == "img"), None)
    thumb = img_src(a, img[1] if img else "avatar", 1 if img else 0).replace("/thumb_w/640", "/zoom/240_150")
    sapo = ((a["prefix"] + " ") if a["prefix"] else "") + (a["lead"] or next(b[1] for b in a["blocks"] if b[0] == "p"))
    return f"""            <div class="box-stream-item" data-id="{news_id(a)}">
                <a class="box-stream-link-with-avatar" href="{esc(art_path(a))}" title="{esc(a['title'])}"><img loading="lazy" src="{esc(thumb)}" alt="{esc(a['title'])}" /></a>
                <div class="box-stream-content">
                    <h3><a class="box-stream-link-title" data-type="0" data-newstype="0" href="{esc(art_path(a))}" title="{esc(a['title'])}" data-id="{news_id(a)}">{esc(a['title'])}</a></h3>
                    <span class="box-stream-time">{a['dt']}</span>
                    <p class="box-stream-sapo">{esc(sapo)}</p>
                </div>
            </div>
"""


def listing_page(title, canonical, active, heading, items, more_href, seed, mostread):
    more = f'<div class="box-viewmore"><a class="btn-viewmore" href="{esc(more_href)}" data-page="2" title="Xem thêm">Xem thêm</a></div>' if more_href else ""
    center = f"""    <div class="container">
    <div class="detail__layout">
        <div class="detail__left">
            <div class="box-category-top"><h1 class="box-category-title">{esc(heading)}</h1></div>
            <div class="box-stream" data-layout="list" id="LoadListNewsCat">
{''.join(stream_item(a) for a in items)}            </div>
            {more}
        </div>
{right_col(seed, mostread)}    </div>
    </div>
"""
    return page_head(title, canonical, f"{heading} - Xây dựng chính sách, pháp luật") + header(active) + center + footer()


def main():
    for p in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        p.unlink()
    arts = sorted(ARTICLES, key=sort_key, reverse=True)
    for i, a in enumerate(ARTICLES):
        rest = [o for o in arts if o is not a]
        related = ([o for o in rest if o["zone"] == a["zone"]] + [o for o in rest if o["zone"] != a["zone"]])[:4]
        mostread = rest[i % 4: i % 4 + 5]
        doc, exp = article_page(a, related, mostread, 300 + i)
        write(f"bai-{news_id(a)}", art_path(a), "article", doc, exp)

    # home
    home_center_items = arts
    home = listing_page("Xây dựng chính sách, pháp luật - Cổng Thông tin điện tử Chính phủ", HOST + "/", None,
                        "Tin mới", home_center_items[:6], None, 1, arts[3:8])
    zone_boxes = "".join(
        f'<div class="box-category"><div class="box-category-top"><h2 class="box-category-title"><a href="/{s}.htm" title="{esc(n)}">{esc(n)}</a></h2></div>'
        + "".join(f'<div class="box-category-item"><a href="{esc(art_path(a))}" title="{esc(a["title"])}">{esc(a["title"])}</a></div>' for a in arts if a["zone"] == s)
        + "</div>" for s, (n, _) in ZONES.items())
    extra_links = '<p class="home-links"><a href="/gioi-thieu.htm">Giới thiệu</a> · <a href="/tim-kiem.htm?keywords=b%E1%BA%A3o+hi%E1%BB%83m">Tìm kiếm: bảo hiểm</a> · <a href="/tin-moi.htm">Tin mới</a> · <a href="/chinh-sach-cu-bi-go-bo-115230105080000001.htm">Chính sách cũ</a></p>'
    home = home.replace('        </div>\n        <div class="detail__right">', f"            {zone_boxes}\n            {extra_links}\n        </div>\n        <div class=\"detail__right\">", 1)
    write("trang-chu", "/", "listing", home)

    # zone listings: chinh-sach-moi and gop-y-du-thao (+ "Tin mới" with timeline page 2)
    for s in ("chinh-sach-moi", "gop-y-du-thao", "chi-dao-dieu-hanh", "hoi-dap-chinh-sach", "chinh-sach-va-cuoc-song"):
        n, zid = ZONES[s]
        items = [a for a in arts if a["zone"] == s]
        write(f"zone-{s}", f"/{s}.htm", "listing",
              listing_page(f"{n} - Xây dựng chính sách, pháp luật", f"{HOST}/{s}.htm", s, n, items, None, 10 + zid % 7, arts[:5]))
    write("tin-moi", "/tin-moi.htm", "listing",
          listing_page("Tin mới - Xây dựng chính sách, pháp luật", f"{HOST}/tin-moi.htm", None, "Tin mới", arts[:5],
                       "/timelinelist/0/2.htm", 7, arts[2:7]))
    # timeline page 2: the HTML fragment the "Xem thêm" button loads (no chrome)
    frag = "".join(stream_item(a) for a in arts[5:]) + '<div class="box-viewmore"><a class="btn-viewmore" href="/timelinelist/0/3.htm" data-page="3">Xem thêm</a></div>\n'
    write("timeline-2", "/timelinelist/0/2.htm", "listing", frag)

    # static: giới thiệu
    mostread = arts[:5]
    static_center = f"""    <div class="container">
    <div class="detail__layout">
        <div class="detail__left">
            <h1 class="detail-title">Giới thiệu chuyên trang Xây dựng chính sách, pháp luật</h1>
            <div class="detail-content">
<p>Chuyên trang Xây dựng chính sách, pháp luật là một chuyên trang thuộc Cổng Thông tin điện tử Chính phủ, do Văn phòng Chính phủ quản lý.</p>
<p>Chuyên trang có nhiệm vụ thông tin kịp thời, đầy đủ về quá trình xây dựng, ban hành và tổ chức thực hiện chính sách, pháp luật của Chính phủ, Thủ tướng Chính phủ; đăng tải dự thảo văn bản quy phạm pháp luật để lấy ý kiến rộng rãi của người dân, doanh nghiệp; tiếp nhận, tổng hợp và phản hồi các ý kiến góp ý.</p>
<p>Các chuyên mục chính gồm: Chính sách mới; Góp ý dự thảo; Tiếp thu, giải trình; Hỏi đáp chính sách; Chính sách và cuộc sống; Phổ biến pháp luật.</p>
<p>Mọi ý kiến đóng góp xin gửi về địa chỉ thư điện tử: xaydungchinhsach@chinhphu.vn.</p>
            </div>
        </div>
{right_col(2, mostread)}    </div>
    </div>
"""
    write("gioi-thieu", "/gioi-thieu.htm", "static",
          page_head("Giới thiệu - Xây dựng chính sách, pháp luật", HOST + "/gioi-thieu.htm", "Giới thiệu chuyên trang") + header() + static_center + footer())

    # search results
    found = [a for a in arts if "bảo hiểm" in " ".join(b[1] for b in a["blocks"] if b[0] == "p").lower()]
    search_center = f"""    <div class="container">
    <div class="detail__layout">
        <div class="detail__left">
            <div class="box-search-result">
                <form action="/tim-kiem.htm" method="get"><input type="text" name="keywords" value="bảo hiểm" class="txt-search" /> <button type="submit">Tìm kiếm</button></form>
                <p class="search-count">Tìm thấy <strong>{len(found)}</strong> kết quả với từ khóa "<strong>bảo hiểm</strong>"</p>
            </div>
            <div class="box-stream">
{''.join(stream_item(a) for a in found)}            </div>
        </div>
{right_col(3, mostread)}    </div>
    </div>
"""
    write("tim-kiem", "/tim-kiem.htm?keywords=b%E1%BA%A3o+hi%E1%BB%83m", "search",
          page_head("Tìm kiếm - Xây dựng chính sách, pháp luật", HOST + "/tim-kiem.htm", "Kết quả tìm kiếm") + header() + search_center + footer())

    # soft 404: an old article id that no longer exists, served 200
    nf_center = f"""    <div class="container">
    <div class="detail__layout">
        <div class="detail__left">
            <div class="page-404" style="text-align:center;padding:60px 0">
                <h1 class="title-404">404</h1>
                <p>Xin lỗi, trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>
                <p><a href="/" class="btn-home">Quay về trang chủ</a></p>
            </div>
            <div class="box-category-top"><h2 class="box-category-title">Có thể bạn quan tâm</h2></div>
            <div class="box-stream">
{''.join(stream_item(a) for a in arts[:3])}            </div>
        </div>
{right_col(4, mostread)}    </div>
    </div>
"""
    write("khong-tim-thay", "/chinh-sach-cu-bi-go-bo-115230105080000001.htm", "soft_404",
          page_head("Không tìm thấy trang - Xây dựng chính sách, pháp luật", HOST + "/404.htm", "Trang không tồn tại") + header() + nf_center + footer())


if __name__ == "__main__":
    main()
