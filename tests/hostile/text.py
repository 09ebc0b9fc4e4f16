"""Invented Vietnamese news text for the hostile site: one deterministic article per numeric id.

Every article is built from its id alone (a seeded ``random.Random``), so pages are identical on
every start and in every process. Topics, places and numbers vary enough between ids that two
articles never read as near-duplicates. The province "Sơn Hà" and its districts are fictional.
"""

# ruff: noqa: E501 (page text and templates read better unbroken, as in crawler/demo)

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

__all__ = ["Article", "article", "ascii_slug"]

PROVINCE = "tỉnh Sơn Hà"
DEPARTMENT = "Sở Thông tin và Truyền thông tỉnh Sơn Hà"

_DISTRICTS = ("Đông Lâm", "Phú Giang", "Thạch Bình", "Tân Khê", "Yên Thượng", "Hòa Mỹ", "Bắc Sơn Hà",
              "Lạc Điền", "Trà Vân", "Hưng Phước", "Kim Lũy", "Vĩnh Lộc Thượng")
_UNITS = ("Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo",
          "Sở Y tế", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Nội vụ", "Sở Tư pháp",
          "Sở Công Thương", "Sở Lao động - Thương binh và Xã hội", "Sở Xây dựng", "Sở Văn hóa và Thể thao")
_PEOPLE = ("Phó Chủ tịch UBND tỉnh Trần Văn Khải", "Giám đốc Sở Lê Thị Hạnh", "Chủ tịch UBND huyện Ngô Quang Minh",
           "Phó Giám đốc Sở Đặng Hữu Lộc", "Trưởng phòng Nguyễn Thị Thu Hà", "Bí thư Huyện ủy Phạm Đức Toàn")

# (title template, topic noun phrase) — {d} a district, {u} a department, {y} a year.
_TOPICS = (
    ("Hội nghị xúc tiến đầu tư vào huyện {d} năm {y}", "công tác xúc tiến đầu tư"),
    ("Kiểm tra tiến độ giải ngân vốn đầu tư công tại huyện {d}", "việc giải ngân vốn đầu tư công"),
    ("{u} tập huấn chuyển đổi số cho cán bộ cấp xã", "chương trình chuyển đổi số cấp xã"),
    ("Triển khai phương án phòng, chống thiên tai mùa mưa bão năm {y}", "phương án phòng, chống thiên tai"),
    ("Tổng kết chương trình xây dựng nông thôn mới tại huyện {d}", "chương trình xây dựng nông thôn mới"),
    ("{u} đối thoại với doanh nghiệp về thủ tục hành chính", "việc cải cách thủ tục hành chính"),
    ("Ra quân tổng vệ sinh môi trường tại các xã ven sông huyện {d}", "phong trào vệ sinh môi trường"),
    ("Khánh thành điểm trường tiểu học mới ở huyện {d}", "việc đầu tư cơ sở vật chất trường học"),
    ("Hỗ trợ hộ nghèo huyện {d} sửa chữa nhà ở trước mùa mưa", "chính sách hỗ trợ nhà ở cho hộ nghèo"),
    ("Hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến", "việc sử dụng dịch vụ công trực tuyến"),
    ("{u} sơ kết công tác sáu tháng đầu năm {y}", "kết quả công tác sáu tháng đầu năm"),
    ("Tiêm chủng mở rộng cho trẻ em vùng cao huyện {d}", "chương trình tiêm chủng mở rộng"),
    ("Bàn giao mặt bằng dự án đường liên xã tại huyện {d}", "công tác giải phóng mặt bằng"),
    ("Ngày hội việc làm dành cho thanh niên huyện {d} năm {y}", "hoạt động giới thiệu việc làm"),
    ("{u} kiểm tra an toàn thực phẩm tại các chợ đầu mối", "công tác bảo đảm an toàn thực phẩm"),
    ("Phát động phong trào trồng cây xanh tại huyện {d}", "phong trào trồng cây xanh"),
    ("Lấy ý kiến nhân dân về quy hoạch khu dân cư mới ở huyện {d}", "đồ án quy hoạch khu dân cư"),
    ("{u} tuyên truyền pháp luật cho đồng bào dân tộc thiểu số", "công tác phổ biến, giáo dục pháp luật"),
    ("Nghiệm thu mô hình trồng lúa hữu cơ tại huyện {d}", "mô hình sản xuất lúa hữu cơ"),
    ("Diễn tập ứng phó sự cố tràn dầu trên sông {d}", "công tác ứng phó sự cố môi trường"),
)

# Sentence templates; {t} topic, {d} district, {u} department, {p} a person, {n} {m} numbers.
_OPENINGS = (
    "Sáng ngày {day}/{month}, tại trụ sở UBND huyện {d}, {u} đã tổ chức hội nghị đánh giá {t} với sự tham dự của gần {n} đại biểu đến từ các phòng, ban và xã, thị trấn.",
    "Thực hiện kế hoạch của UBND {prov}, trong những ngày qua {u} phối hợp với chính quyền huyện {d} triển khai đồng bộ nhiều giải pháp nhằm nâng cao hiệu quả {t}.",
    "Chiều ngày {day}/{month}, đoàn công tác do {p} dẫn đầu đã làm việc tại huyện {d} để nắm tình hình thực hiện {t} trên địa bàn.",
)
_SENTENCES = (
    "Theo báo cáo, đến nay toàn huyện {d} đã hoàn thành {n} trên tổng số {m} chỉ tiêu được giao, nhiều chỉ tiêu vượt kế hoạch đề ra từ đầu năm.",
    "Đại diện {u} cho biết, khó khăn lớn nhất hiện nay là nguồn kinh phí còn hạn chế, trong khi nhu cầu của người dân ở các thôn vùng sâu ngày càng tăng.",
    "Nhiều ý kiến tại hội nghị đề nghị tỉnh sớm ban hành hướng dẫn cụ thể để các xã có căn cứ triển khai, tránh tình trạng mỗi nơi làm một cách khác nhau.",
    "{p} yêu cầu các đơn vị liên quan tập trung rà soát hồ sơ, xác định rõ trách nhiệm của từng tập thể, cá nhân và báo cáo kết quả trước ngày {day}/{month2}.",
    "Trong năm qua, huyện {d} đã huy động hơn {n} tỷ đồng từ ngân sách và xã hội hóa để thực hiện {t}, trong đó phần lớn dành cho các xã đặc biệt khó khăn.",
    "Người dân thôn {v} phấn khởi cho biết, nhờ sự quan tâm của chính quyền, đời sống của bà con đã có nhiều chuyển biến rõ rệt so với những năm trước.",
    "Để bảo đảm tiến độ, huyện đã thành lập {m} tổ công tác, mỗi tổ phụ trách một cụm xã và định kỳ báo cáo kết quả về Ban Chỉ đạo hằng tuần.",
    "Cũng tại buổi làm việc, các đại biểu đã thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp sát với thực tế địa phương.",
    "Thời gian tới, {u} sẽ tiếp tục phối hợp với các địa phương tăng cường kiểm tra, giám sát, kịp thời tháo gỡ vướng mắc phát sinh trong quá trình thực hiện.",
    "Đáng chú ý, tỷ lệ hồ sơ được giải quyết đúng hạn đã đạt {pct} phần trăm, tăng đáng kể so với cùng kỳ năm trước nhờ việc ứng dụng phần mềm một cửa điện tử.",
    "Bên cạnh kết quả đạt được, việc thực hiện {t} vẫn còn một số hạn chế như công tác phối hợp giữa các ngành chưa chặt chẽ, một số xã còn lúng túng.",
    "Dịp này, UBND huyện {d} đã tặng giấy khen cho {n} tập thể và cá nhân có thành tích xuất sắc trong việc triển khai thực hiện nhiệm vụ năm qua.",
    "Theo kế hoạch, trong quý tới huyện sẽ mở thêm {m} lớp tập huấn cho cán bộ thôn, bản và tổ chức tuyên truyền rộng rãi trên hệ thống loa truyền thanh cơ sở.",
    "Phát biểu chỉ đạo, {p} ghi nhận những nỗ lực của cấp ủy, chính quyền và nhân dân huyện {d}, đồng thời nhấn mạnh yêu cầu không chủ quan, thỏa mãn.",
    "Ông {q}, cán bộ phụ trách của xã {v}, chia sẻ rằng việc công khai thông tin đầy đủ đã giúp người dân hiểu và đồng thuận cao với chủ trương của tỉnh.",
    "Số liệu của {u} cho thấy tổng nguồn vốn phân bổ năm nay đạt khoảng {n} tỷ đồng, đến cuối tháng {month} đã giải ngân được gần {pct} phần trăm kế hoạch.",
    "Các xã {v} và {v2} được đánh giá là những địa phương làm tốt, có nhiều cách làm sáng tạo, có thể nhân rộng ra toàn tỉnh trong thời gian tới.",
    "Hội nghị thống nhất giao {u} làm đầu mối tổng hợp, tham mưu UBND {prov} ban hành kế hoạch chi tiết cho giai đoạn tiếp theo trước khi kết thúc năm.",
)
_VILLAGES = ("Khe Mây", "Bản Lình", "Tân Hòa", "Đồng Tâm", "Phước Lâm", "Suối Ngang", "An Thạnh", "Làng Vạc",
             "Thượng Trạch", "Nà Phầy", "Hợp Tiến", "Cồn Mương")
_NAMES = ("Hoàng Văn Lực", "Vũ Thị Mai", "Lò Văn Páo", "Đinh Công Sơn", "Bùi Thị Nguyệt", "Hà Minh Tuấn")


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    slug: str
    published: datetime
    lead: str
    paragraphs: tuple[str, ...]
    unit: str

    @property
    def date_text(self) -> str:
        """What the ``ngay-dang`` line prints (day first, 24-hour clock)."""
        return self.published.strftime("%d/%m/%Y %H:%M")


def ascii_slug(text: str) -> str:
    """'Hội nghị xúc tiến' -> 'hoi-nghi-xuc-tien' (URL slug as the portals write it)."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in folded.lower() if c.isascii())
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def _fill(template: str, rng: random.Random, topic: str, district: str, unit: str) -> str:
    villages = rng.sample(_VILLAGES, 2)
    return template.format(
        t=topic, d=district, u=unit, p=rng.choice(_PEOPLE), q=rng.choice(_NAMES), prov=PROVINCE,
        n=rng.randint(12, 480), m=rng.randint(3, 40), pct=rng.randint(52, 97),
        day=f"{rng.randint(1, 28):02d}", month=f"{rng.randint(1, 12):02d}", month2=f"{rng.randint(1, 12):02d}",
        v=villages[0], v2=villages[1])


@cache
def article(article_id: int) -> Article:
    """The article with this id: the same text on every call, in every process."""
    rng = random.Random(article_id)
    title_t, topic = rng.choice(_TOPICS)
    district, unit = rng.choice(_DISTRICTS), rng.choice(_UNITS)
    year = rng.choice((2023, 2024))
    title = title_t.format(d=district, u=unit, y=year)
    if title[0].islower():
        title = title[0].upper() + title[1:]
    published = datetime(year, 1, 1, 7, 0) + timedelta(days=rng.randint(0, 360), minutes=rng.randint(0, 600))
    lead = _fill(rng.choice(_OPENINGS), rng, topic, district, unit)
    sentences = rng.sample(_SENTENCES, 10)
    paragraphs = tuple(" ".join(_fill(s, rng, topic, district, unit) for s in sentences[i:i + 2])
                       for i in range(0, 10, 2))
    return Article(article_id, title, f"{ascii_slug(title)}-{article_id}", published, lead, paragraphs,
                   unit)
