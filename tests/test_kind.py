"""Page kinds judged from the page itself (#13): pages written for these tests, each in the
chrome a small Vietnamese portal carries (menu, "today" date, a sidebar of other news with
their dates, a footer with the site's address), run through the real extraction."""

from __future__ import annotations

import re

import lxml.html
import pytest

from crawler.extract import extract_page
from crawler.extract.kind import PageKind, judge, page_signals
from crawler.profiles import make_profile

HOST = "https://xaanbinh.example.gov.vn"

_MENU = "".join(f'<li><a href="/{slug}.html">{name}</a></li>' for slug, name in (
    ("trang-chu", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("tin-tuc", "Tin tức - Sự kiện"),
    ("thong-bao", "Thông báo"), ("van-ban", "Văn bản"), ("lien-he", "Liên hệ")))
_SIDEBAR_NEWS = [
    ("/tin-tuc/hoi-nghi-giao-ban-quy-iii-1201.html", "Hội nghị giao ban công tác quý III năm 2024"),
    ("/tin-tuc/ra-quan-ve-sinh-moi-truong-1198.html", "Ra quân vệ sinh môi trường cuối tuần"),
    ("/tin-tuc/tap-huan-pccc-1195.html", "Tập huấn phòng cháy chữa cháy cho hộ kinh doanh"),
    ("/tin-tuc/khanh-thanh-nha-van-hoa-thon-3-1190.html", "Khánh thành nhà văn hóa thôn 3 xã An Bình"),
    ("/tin-tuc/tiem-chung-mo-rong-dot-2-1187.html", "Tiêm chủng mở rộng đợt 2 cho trẻ dưới 5 tuổi"),
    ("/tin-tuc/thu-hoach-lua-he-thu-1183.html", "Nông dân thu hoạch lúa Hè Thu đạt năng suất cao"),
]


def _page(title: str, main: str, *, body_class: str = "", head: str = "") -> bytes:
    """A whole page: the site's chrome around ``main``."""
    sidebar = "".join(f'<li><a href="{href}">{text}</a> <span>({9 + i}/10/2024)</span></li>'
                      for i, (href, text) in enumerate(_SIDEBAR_NEWS))
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} - Cổng thông tin điện tử xã An Bình</title>
{head}</head>
<body class="{body_class}">
<div id="top"><span class="homnay">Thứ Năm, ngày 14/11/2024</span>
<a href="/so-do-website.html">Sơ đồ website</a> | <a href="/dang-nhap.html">Đăng nhập</a></div>
<div id="banner"><a href="/"><img src="/images/logo.png" alt="logo"></a>
<div class="ten-don-vi">ỦY BAN NHÂN DÂN XÃ AN BÌNH</div></div>
<div id="menu"><ul>{_MENU}</ul></div>
<table id="layout"><tr>
<td id="cot-trai">
<div class="box"><div class="box-title">Tin mới</div><ul>{sidebar}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select><option>Cổng thông tin điện tử Chính phủ</option><option>UBND huyện</option></select></div>
</td>
<td id="cot-giua">{main}</td>
</tr></table>
<div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân xã An Bình</p>
<p>Địa chỉ: thôn 2, xã An Bình, huyện Đồng Hòa. Điện thoại: 0257 3861 234</p>
<p>Email: ubnd@xaanbinh.example.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div>
</body></html>"""
    return html.encode("utf-8")


def _extract(url: str, body: bytes) -> dict:
    profile = make_profile("generic", "generic")
    url_kind = profile.classify(profile.canonicalize(url))[0]
    return extract_page({"url": url, "body": body, "content_type": "text/html; charset=utf-8",
                         "hints": profile.hints(), "url_kind": url_kind})


def _kind(url: str, body: bytes) -> str:
    return _extract(url, body)["page_kind"]


# -- pages ----------------------------------------------------------------------------------------
_ITEMS = [
    ("/tin-tuc/nghiem-thu-duong-thon-5-1210.html", "Nghiệm thu tuyến đường giao thông nông thôn thôn 5",
     "05/11/2024", "Sáng ngày 04/11, Ban quản lý dự án xã phối hợp với đơn vị thi công tổ chức nghiệm thu "
     "tuyến đường bê tông dài 1,2 km nối thôn 5 với trung tâm xã."),
    ("/tin-tuc/hoi-thi-nha-nong-gioi-1207.html", "Hội thi nhà nông giỏi năm 2024 thu hút 12 đội tham gia",
     "30/10/2024", "Hội Nông dân xã tổ chức hội thi nhà nông giỏi với các phần thi kiến thức, "
     "kỹ năng sản xuất và trưng bày sản phẩm nông nghiệp của các chi hội."),
    ("/tin-tuc/cap-the-bhyt-1204.html", "Cấp thẻ bảo hiểm y tế cho người cao tuổi trên địa bàn",
     "24/10/2024", "UBND xã đã hoàn thành việc cấp 356 thẻ bảo hiểm y tế cho người từ đủ 80 tuổi trở lên "
     "chưa có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng."),
    ("/tin-tuc/dien-tap-pctt-1202.html", "Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn",
     "18/10/2024", "Buổi diễn tập giả định tình huống mưa lớn gây ngập sâu tại các thôn ven sông, "
     "lực lượng xung kích sơ tán người dân đến nơi an toàn."),
    ("/tin-tuc/khai-giang-lop-tin-hoc-1199.html", "Khai giảng lớp tin học cơ bản cho cán bộ thôn",
     "11/10/2024", "Lớp học kéo dài 10 ngày, trang bị kỹ năng soạn thảo văn bản, sử dụng thư điện tử "
     "và dịch vụ công trực tuyến cho 35 cán bộ thôn."),
]


def _listing_main(items=_ITEMS, pager: bool = True) -> str:
    rows = "".join(
        f'<div class="tin-item"><a href="{href}"><img src="/anh/{i}.jpg" alt=""></a>'
        f'<h3><a href="{href}">{title}</a></h3><span class="ngay-dang">{date}</span>'
        f'<p class="tom-tat">{summary}</p></div>'
        for i, (href, title, date, summary) in enumerate(items))
    pages = ('<div class="phan-trang"><span>1</span> <a href="/tin-tuc.html?page=2">2</a> '
             '<a href="/tin-tuc.html?page=3">3</a> <a href="/tin-tuc.html?page=2">Trang sau</a></div>'
             if pager else "")
    return f'<h1 class="cat-title">Tin tức - Sự kiện</h1><div class="ds-tin">{rows}</div>{pages}'


def _related_box(n: int) -> str:
    links = "".join(f'<li><a href="/tin-tuc/tin-khac-{900 + i}.html">{title} (phần {i + 1})</a> '
                    f'<span>({(i % 27) + 1:02d}/09/2024)</span></li>'
                    for i, (_, title, _, _) in enumerate((_ITEMS * 3)[:n]))
    return f'<div class="tin-lien-quan"><h4>Các tin khác</h4><ul>{links}</ul></div>'


def _article_main(title: str, paragraphs: list[str], *, extra: str = "",
                  date: str = "12/11/2024 08:30") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<div class="chi-tiet"><h1 class="tieu-de">{title}</h1>'
            f'<div class="ngay-dang">Ngày đăng: {date}</div>'
            f'<div class="noi-dung">{body}{extra}</div>'
            f'<p class="nguon"><b>Văn phòng UBND xã</b></p></div>')


_LONG_BODY = [
    "Chiều ngày 11/11, UBND xã An Bình tổ chức hội nghị sơ kết công tác chuyển đổi số 9 tháng đầu "
    "năm, với sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND xã và trưởng các thôn trên địa bàn.",
    "Theo báo cáo, đến nay 100% thôn đã thành lập tổ công nghệ số cộng đồng; tỷ lệ hồ sơ thủ tục "
    "hành chính được tiếp nhận và trả kết quả trực tuyến đạt 72%, tăng 18% so với cùng kỳ năm trước.",
    "Hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng ở các thôn vùng trũng còn yếu, một bộ "
    "phận người cao tuổi chưa quen sử dụng điện thoại thông minh để thực hiện dịch vụ công.",
    "Phát biểu kết luận, Chủ tịch UBND xã đề nghị các thôn tiếp tục tuyên truyền, hướng dẫn người "
    "dân cài đặt ứng dụng định danh điện tử và thanh toán không dùng tiền mặt trong quý IV.",
]


def test_listing_whose_items_carry_summaries_and_dates():
    got = _extract(f"{HOST}/tin-tuc.html", _page("Tin tức - Sự kiện", _listing_main()))
    assert got["page_kind"] == PageKind.LISTING, got["kind_reason"]
    assert got["status"] == "not_article"


def test_last_page_of_a_listing_with_a_single_item():
    body = _page("Tin tức - Sự kiện", _listing_main(_ITEMS[:1]))
    assert _kind(f"{HOST}/tin-tuc.html?page=3", body) == PageKind.LISTING


def test_listing_signals_weigh_summaries_against_running_text():
    root = lxml.html.document_fromstring(_page("Tin tức - Sự kiện", _listing_main()))
    signals = page_signals(root)
    assert signals["items"] == 5
    assert signals["summary_words"] > signals["prose"]
    assert signals["pager"]


def test_home_page_is_a_listing():
    assert _kind(f"{HOST}/", _page("Trang chủ", _listing_main(pager=False))) == PageKind.LISTING


def test_dated_static_page():
    main = _article_main("Giới thiệu chung", [
        "Xã An Bình nằm ở phía đông nam huyện Đồng Hòa, có diện tích tự nhiên 18,6 km² và dân số "
        "khoảng 9.400 người, sinh sống tại 7 thôn.",
        "Địa hình của xã tương đối bằng phẳng, đất đai màu mỡ, thuận lợi cho trồng lúa, rau màu và "
        "chăn nuôi gia súc, gia cầm theo hướng tập trung.",
        "Xã được công nhận đạt chuẩn nông thôn mới năm 2019 và đang phấn đấu đạt chuẩn nông thôn "
        "mới nâng cao vào năm 2025.",
    ], date="12/03/2023")
    got = _extract(f"{HOST}/gioi-thieu.html", _page("Giới thiệu chung", main))
    assert got["page_kind"] == PageKind.STATIC, got["kind_reason"]


def test_contact_directory():
    rows = "".join(f"<tr><td>{name}</td><td>{role}</td><td>0257 3861 {240 + i}</td>"
                   f"<td>{mail}@xaanbinh.example.gov.vn</td></tr>"
                   for i, (name, role, mail) in enumerate((
                       ("Trần Văn Hòa", "Chủ tịch UBND xã", "hoatv"),
                       ("Lê Thị Mai", "Phó Chủ tịch UBND xã", "mailt"),
                       ("Phạm Quốc Hùng", "Công chức Văn phòng - Thống kê", "hungpq"),
                       ("Nguyễn Thị Lan", "Công chức Tư pháp - Hộ tịch", "lannt"),
                       ("Đỗ Minh Tuấn", "Công chức Địa chính - Xây dựng", "tuandm"))))
    main = (f'<h1>Danh bạ điện thoại</h1><table class="danh-ba"><tr><th>Họ và tên</th><th>Chức vụ</th>'
            f'<th>Điện thoại</th><th>Thư điện tử</th></tr>{rows}</table>')
    assert _kind(f"{HOST}/danh-ba.html", _page("Danh bạ điện thoại", main)) == PageKind.CONTACT


def test_search_results_page_echoing_its_query():
    results = "".join(f'<li><a href="{href}">{title}</a><p>{summary}</p></li>'
                      for href, title, _, summary in _ITEMS[:3])
    main = (f'<form action="/ket-qua.html"><input type="text" name="tk" value="nông thôn">'
            f'<input type="submit" value="Tìm"></form><p>Có 3 bài viết phù hợp.</p><ul>{results}</ul>')
    # No search word in the URL's parameter names, no results heading: the echoed query decides.
    assert _kind(f"{HOST}/ket-qua.html?tk=n%C3%B4ng+th%C3%B4n", _page("Kết quả", main)) == PageKind.SEARCH


def test_wordpress_style_attachment_page():
    main = ('<h1 class="entry-title">hoi-nghi-so-ket-2024</h1><p class="attachment">'
            '<a href="/wp-content/uploads/2024/11/hoi-nghi-so-ket-2024.jpg">'
            '<img src="/wp-content/uploads/2024/11/hoi-nghi-so-ket-2024-300x200.jpg"></a></p>')
    body = _page("hoi-nghi-so-ket-2024", main,
                 body_class="attachment attachment-template-default single single-attachment")
    got = _extract(f"{HOST}/2024/11/12/hoi-nghi-so-ket/hoi-nghi-so-ket-2024/", body)
    assert got["page_kind"] == PageKind.ATTACHMENT
    assert got["status"] == "not_article"


def test_article_with_a_related_news_box_of_many_links():
    main = _article_main("Sơ kết công tác chuyển đổi số 9 tháng đầu năm 2024", _LONG_BODY,
                         extra=_related_box(12))
    got = _extract(f"{HOST}/tin-tuc/so-ket-chuyen-doi-so-1212.html", _page("Sơ kết chuyển đổi số", main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]
    assert got["status"] == "ok"


def test_article_whose_related_box_of_summaries_outweighs_its_body_a_little():
    """A body of article length, then an "other news" box whose summaries run a little longer
    than the body (common on news sites): still the article, not a listing."""
    related = ('<div class="tin-khac"><h4>Tin liên quan</h4>'
               + "".join(f'<div class="tin-item"><h3><a href="{href}">{title}</a></h3>'
                         f'<span>{date}</span><p>{summary} {summary}</p></div>'
                         for href, title, date, summary in _ITEMS[:3]) + "</div>")
    title = "Xã An Bình sơ kết công tác chuyển đổi số 9 tháng đầu năm 2024"
    page = _page(title, _article_main(title, _LONG_BODY, extra=related))
    got = _extract(f"{HOST}/tin-tuc/so-ket-chuyen-doi-so-1212.html", page)
    signals = page_signals(lxml.html.document_fromstring(page))
    assert signals["prose"] >= 100 and signals["prose"] < signals["summary_words"], signals
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_short_announcement_of_three_sentences():
    main = _article_main("Thông báo lịch tiếp công dân tháng 12/2024", [
        "UBND xã An Bình thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 12/2024. "
        "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm các ngày 05 và 19/12/2024 tại trụ sở UBND xã. "
        "Công dân đến liên hệ mang theo giấy tờ tùy thân và tài liệu liên quan."], extra=_related_box(6))
    got = _extract(f"{HOST}/thong-bao/lich-tiep-cong-dan-thang-12-1215.html",
                   _page("Thông báo lịch tiếp công dân", main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_article_that_is_mostly_a_table():
    rows = "".join(f"<tr><td>{i + 1}</td><td>Thôn {i + 1}</td><td>{d}/12/2024</td>"
                   f"<td>Nhà văn hóa thôn {i + 1}</td></tr>"
                   for i, d in enumerate(("02", "03", "04", "05", "06", "09", "10")))
    table = (f'<table border="1"><tr><th>STT</th><th>Thôn</th><th>Ngày tiêm</th><th>Địa điểm</th></tr>'
             f'{rows}</table>')
    main = _article_main("Lịch tiêm phòng dại cho chó, mèo đợt 2 năm 2024", [
        "Trạm Thú y huyện phối hợp với UBND xã tổ chức tiêm phòng dại cho chó, mèo theo lịch sau:"],
        extra=table + "<p>Giá tiêm 30.000 đồng/con, chủ nuôi đưa vật nuôi đến đúng giờ.</p>")
    got = _extract(f"{HOST}/thong-bao/lich-tiem-phong-dai-1216.html", _page("Lịch tiêm phòng dại", main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_news_headline_that_only_begins_like_an_information_page():
    main = _article_main("Giới thiệu sản phẩm OCOP của xã tại hội chợ nông sản huyện", _LONG_BODY)
    assert _kind(f"{HOST}/tin-tuc/gioi-thieu-san-pham-ocop-1218.html",
                 _page("Giới thiệu sản phẩm OCOP", main)) == PageKind.ARTICLE


@pytest.mark.parametrize(("name", "kind"), [
    ("Liên hệ", PageKind.CONTACT),
    ("Chức năng, nhiệm vụ", PageKind.STATIC),
    ("Lãnh đạo Sở", PageKind.STATIC),
])
def test_pages_named_in_the_breadcrumb(name, kind):
    """No h1 and a <title> of the site's name only: the breadcrumb's last step names the page."""
    main = (f'<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/gioi-thieu.html">Giới thiệu</a>'
            f' » <span>{name}</span></div><div class="noi-dung">'
            + "".join(f"<p>{p}</p>" for p in _LONG_BODY[:2]) + "</div>")
    body = _page("x", main).replace(b"<title>x - ", b"<title>")
    assert _kind(f"{HOST}/Default.aspx?tabid=57", body) == kind


def test_judge_keeps_an_article_when_it_cannot_tell():
    """With no signal at all but a body of text, the safe default is an article."""
    result = {"title": "Một tiêu đề bài viết", "text": " ".join(["từ"] * 120)}
    assert judge(result, {}, f"{HOST}/bai-viet/123", None)[0] == PageKind.ARTICLE


# -- a page beside its text: forms, login boxes, link boxes, repeated lists (real pages) ---------
# A body of 120 words in one run: longer than any listing's blurb or form's instructions, though
# short enough that a reading of under 150 words is no proof of a form or a login page.
_BODY_120 = [
    "Sáng 13/11, Hội Liên hiệp Phụ nữ xã An Bình tổ chức lễ ra mắt mô hình câu lạc bộ phụ nữ "
    "khởi nghiệp với 24 thành viên là chủ hộ kinh doanh nhỏ ở các thôn trong xã.",
    "Câu lạc bộ sẽ sinh hoạt định kỳ mỗi quý, chia sẻ kinh nghiệm làm ăn, kết nối tiêu thụ nông "
    "sản và hỗ trợ nhau tiếp cận nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội huyện.",
    "Dịp này, Hội trao tặng 5 suất hỗ trợ con giống cho hội viên có hoàn cảnh khó khăn, mỗi suất "
    "trị giá 5 triệu đồng, do các nhà hảo tâm trong và ngoài xã đóng góp.",
    "Chủ tịch Hội đề nghị các thành viên mạnh dạn đổi mới cách làm, ứng dụng công nghệ số để bán "
    "hàng trực tuyến.",
]
_TITLE_120 = "Ra mắt câu lạc bộ phụ nữ khởi nghiệp xã An Bình"
_COMMENT_FORM = ('<div class="binh-luan"><h4>Ý kiến bạn đọc</h4><form action="/binh-luan">'
                 '<input type="text" name="ten"> <input type="text" name="email">'
                 '<textarea name="noi-dung"></textarea><input type="submit" value="Gửi"></form></div>')


def test_body_run_of_120_words_is_more_than_a_form_needs():
    """The fixture's own premise: one run of body length, an extraction short of 150 words."""
    main = _article_main(_TITLE_120, _BODY_120, extra=_COMMENT_FORM)
    signals = page_signals(lxml.html.document_fromstring(_page(_TITLE_120, main)))
    assert signals["prose"] >= 100 and signals["textareas"] == 1
    assert sum(len(p.split()) for p in _BODY_120) < 150


def test_article_with_a_comment_form_beneath_its_body():
    main = _article_main(_TITLE_120, _BODY_120, extra=_COMMENT_FORM)
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", _page(_TITLE_120, main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_question_form_with_a_few_lines_of_instructions_is_a_form():
    main = ('<h1>Gửi câu hỏi</h1><p>Công dân, tổ chức gửi câu hỏi về thủ tục hành chính của xã; '
            'câu trả lời được đăng trong mục Hỏi đáp.</p><form action="/gui-cau-hoi">'
            '<label>Họ và tên</label><input type="text" name="ten"><label>Thư điện tử</label>'
            '<input type="text" name="email"><label>Nội dung câu hỏi</label><textarea name="nd">'
            '</textarea><input type="submit" value="Gửi câu hỏi"></form>')
    got = _extract(f"{HOST}/hoi-dap/gui-cau-hoi.html", _page("Hỏi đáp", main))
    assert got["page_kind"] == PageKind.FORM, got["kind_reason"]


def _login_box() -> str:
    return ('<div class="box"><div class="box-title">Thành viên</div><form action="/dang-nhap">'
            '<input type="text" name="user"><input type="password" name="pass">'
            '<input type="submit" value="Đăng nhập"></form></div>')


def test_article_with_a_login_box_in_the_sidebar():
    main = _article_main(_TITLE_120, _BODY_120)
    body = _page(_TITLE_120, main).replace(b'<td id="cot-giua">',
                                           _login_box().encode() + b'</td><td id="cot-giua">', 1)
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", body)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_login_page_named_so_is_a_login_page():
    main = ('<h1>Đăng nhập</h1><form action="/dang-nhap"><label>Tên đăng nhập</label>'
            '<input type="text" name="user"><label>Mật khẩu</label><input type="password" '
            'name="pass"><input type="submit" value="Đăng nhập"></form>')
    assert _kind(f"{HOST}/dang-nhap.html", _page("Đăng nhập", main)) == PageKind.LOGIN


_TOPICS = [("/chu-de/phu-nu-khoi-nghiep.html", "Phụ nữ khởi nghiệp ở nông thôn"),
           ("/chu-de/von-vay-uu-dai.html", "Vốn vay ưu đãi cho hộ nghèo"),
           ("/chu-de/kinh-te-hop-tac.html", "Kinh tế hợp tác và hợp tác xã"),
           ("/chu-de/chuyen-doi-so-nong-thon.html", "Chuyển đổi số ở nông thôn"),
           ("/chu-de/san-pham-ocop.html", "Sản phẩm OCOP của địa phương")]


def test_box_of_topic_links_by_the_headline_and_the_body_beside_it():
    """The headline's nearest block holds a box of topic links and no text, the body is a
    sibling block of 120 words: the links are beside the page's text, not a listing."""
    topics = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in _TOPICS)
    main = (f'<div class="dau-bai"><h1>{_TITLE_120}</h1><div class="ngay-dang">Ngày đăng: '
            f'13/11/2024 09:15</div><ul class="chu-de">{topics}</ul></div>'
            '<div class="noi-dung">' + "".join(f"<p>{p}</p>" for p in _BODY_120) + "</div>")
    page = _page(_TITLE_120, main)
    signals = page_signals(lxml.html.document_fromstring(page))
    assert signals["region_items"] >= 4 and signals["region_prose"] < 30, signals
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", page)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def _summary_box(css: str) -> str:
    return (f'<div class="{css}">' + "".join(
        f'<div class="tin-item"><h3><a href="{href}">{title}</a></h3><span>{date}</span>'
        f'<p>{summary} {summary}</p></div>' for href, title, date, summary in _ITEMS[:3]) + "</div>")


def test_one_list_shown_twice_counts_once():
    """The same box of summaries at the top and the foot of the page (a ticker, a mobile copy)
    lists no more than it does once: it does not outweigh the body."""
    main = _article_main(_TITLE_120, _BODY_120, extra=_summary_box("tin-khac"))
    page = _page(_TITLE_120, main).replace(b'<div id="footer">',
                                           _summary_box("tin-khac-duoi").encode() + b'<div id="footer">')
    signals = page_signals(lxml.html.document_fromstring(page))
    once = signals["summary_words"]
    assert signals["all_summary_words"] == once
    assert once <= 2 * signals["prose"] < 2 * once, signals  # twice would outweigh the body
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", page)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_two_different_lists_both_count():
    """Two lists with other links are two lists: their summaries add up."""
    other = _summary_box("tin-khac-duoi").replace('href="/tin-tuc/', 'href="/su-kien/')
    main = _article_main(_TITLE_120, _BODY_120, extra=_summary_box("tin-khac") + other)
    signals = page_signals(lxml.html.document_fromstring(_page(_TITLE_120, main)))
    assert signals["all_summary_words"] == 2 * signals["summary_words"] > 0


def test_body_sections_headed_by_links_to_related_stories_are_not_items():
    """A news body cut by linked headings ("Xem thêm: …" stories): a heading followed by two
    paragraphs is a section of the body, not a listing item with a summary."""
    sections = "".join(
        f'<h3><a href="{href}">{title}</a></h3><p>{first}</p><p>{second}</p>'
        for (href, title, _, _), first, second in zip(_ITEMS[:3], _LONG_BODY[1:], _BODY_120[1:],
                                                       strict=True))
    body = f"<p>{_LONG_BODY[0]}</p>{sections}"
    main = (f'<div class="chi-tiet"><h1 class="tieu-de">{_TITLE_120}</h1><div class="ngay-dang">'
            f'Ngày đăng: 13/11/2024 09:15</div><div class="noi-dung">{body}</div></div>')
    page = _page(_TITLE_120, main)
    signals = page_signals(lxml.html.document_fromstring(page))
    assert signals["items"] == 0, signals
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", page)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_a_story_closed_by_an_agency_credit_is_running_text():
    """One block of 120 words ending "(c) TTXVN" is the story, not the site's imprint; the
    footer's lines of who runs and made the site are not running text."""
    story = "<br>".join(_BODY_120) + "<br>(c) Thông tấn xã Việt Nam"
    main = (f'<div class="chi-tiet"><h1>{_TITLE_120}</h1><div class="noi-dung">{story}</div>'
            f'</div>{_summary_box("tin-khac")}')
    page = _page(_TITLE_120, main).replace(
        b"<p>Ghi r", "<p>Chịu trách nhiệm chính: ông Trần Văn Hòa, Chủ tịch UBND xã An Bình</p>"
        "<p>Thiết kế và phát triển: Trung tâm Công nghệ thông tin và Truyền thông tỉnh</p>"
        "<p>Ghi r".encode())
    signals = page_signals(lxml.html.document_fromstring(page))
    assert signals["prose"] >= 100 and signals["region_prose"] >= 100, signals
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", page)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]
    # _page()'s footer: "Cơ quan chủ quản…", the address, the e-mail, "Ghi rõ nguồn…".
    footer_only = _page("Tin tức", "<h1>Tin tức</h1>")
    assert page_signals(lxml.html.document_fromstring(footer_only))["prose"] == 0


@pytest.mark.parametrize(("query", "kind"), [
    ("?id=1220&k=55240", PageKind.ARTICLE),  # a record's number in a parameter named "k"
    ("?k=n%C3%B4ng+th%C3%B4n", PageKind.SEARCH),  # a query someone typed
    ("?k=5&q=n%C3%B4ng+th%C3%B4n", PageKind.SEARCH),  # the typed query in a later parameter
])
def test_search_parameter_holds_a_typed_query(query, kind):
    main = _article_main(_TITLE_120, _BODY_120 + _LONG_BODY)
    assert _kind(f"{HOST}/tin-tuc/story.aspx{query}", _page(_TITLE_120, main)) == kind


def _undated(title: str, paragraphs: list[str], head: str = "") -> bytes:
    """A page with no date anywhere but the header's "today" (the sidebar's dates taken out)."""
    main = (f'<div class="chi-tiet"><h1>{title}</h1><div class="noi-dung">'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div>")
    return re.sub(rb" <span>\(\d+/10/2024\)</span>", b"", _page(title, main, head=head))


def test_undated_headline_that_only_begins_like_a_guide_is_news():
    title = "Hướng dẫn thực hiện hỗ trợ con giống cho hội viên phụ nữ khó khăn năm 2024"
    got = _extract(f"{HOST}/bai-viet/huong-dan-ho-tro-con-giong", _undated(title, _BODY_120))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_undated_page_named_as_a_guide_is_static():
    got = _extract(f"{HOST}/bai-viet/huong-dan-su-dung", _undated("Hướng dẫn sử dụng", _BODY_120))
    assert got["page_kind"] == PageKind.STATIC, got["kind_reason"]


def test_short_undated_story_that_says_it_is_an_article():
    paragraphs = [" ".join(_BODY_120[1].split()[:25])]  # 25 words: a few lines
    og = '<meta property="og:type" content="article">'
    url = f"{HOST}/bai-viet/ra-mat-clb"
    assert _kind(url, _undated(_TITLE_120, paragraphs)) == PageKind.STATIC
    assert _kind(url, _undated(_TITLE_120, paragraphs, head=og)) == PageKind.ARTICLE


def test_short_undated_post_of_a_few_sentences_is_an_article():
    """An undated post of 40-80 words, titled as news: kept (a blog's short post, a notice),
    where a few lines under a headline are a page of the site."""
    paragraphs = _BODY_120[1:2] + [" ".join(_LONG_BODY[0].split()[:20])]
    assert 40 <= sum(len(p.split()) for p in paragraphs) < 80
    assert _kind(f"{HOST}/bai-viet/ra-mat-clb", _undated(_TITLE_120, paragraphs)) == \
        PageKind.ARTICLE


def test_listing_of_long_excerpts_each_under_a_dated_headline():
    """A blog-style front page: each story a linked heading, a date line and two paragraphs
    of excerpt, as flat siblings. The date line makes each an item, not a body section."""
    rows = "".join(
        f'<h3><a href="{href}">{title}</a></h3><p>{date} | Văn phòng UBND xã</p>'
        f"<p>{summary}</p><p>{extra}</p>"
        for (href, title, date, summary), extra in zip(_ITEMS[:4], _LONG_BODY, strict=True))
    main = f'<h1>Tin tức - Sự kiện</h1><div class="ds-tin">{rows}</div>'
    page = _page("Tin tức - Sự kiện", main)
    assert page_signals(lxml.html.document_fromstring(page))["items"] == 4
    assert _kind(f"{HOST}/tin-tuc.html", page) == PageKind.LISTING


_GEOGRAPHY = [
    "Huyện nằm ở phía Tây của tỉnh, phía Bắc giáp huyện Sơn Mỹ, phía Nam giáp thị xã Bình Phú, "
    "phía Đông giáp huyện Hòa Vang Đông và phía Tây giáp vùng núi biên giới với tổng diện tích "
    "tự nhiên hơn 1.200 km2, chia thành 18 xã và một thị trấn.",
    "Địa hình thấp dần từ Tây sang Đông, gồm ba vùng rõ rệt: vùng núi chiếm khoảng 62% diện tích, "
    "vùng gò đồi chuyển tiếp và vùng đồng bằng ven sông Phước tập trung phần lớn diện tích lúa "
    "của huyện.",
    "Khí hậu nhiệt đới gió mùa, mùa mưa từ tháng 9 đến tháng 12, lượng mưa trung bình năm khoảng "
    "2.800 mm; hệ thống sông suối dày, có 12 hồ chứa thủy lợi phục vụ tưới cho hơn 6.000 ha.",
]


@pytest.mark.parametrize(("path", "kind"), [
    ("/gioi-thieu/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html", PageKind.STATIC),
    ("/gioi-thieu-chung/vi-tri-dia-ly-va-dieu-kien-tu-nhien.html", PageKind.STATIC),
    ("/gioi-thieu.html", PageKind.STATIC),
    ("/tin-tuc/vi-tri-dia-ly-va-dieu-kien-tu-nhien-1230.html", PageKind.ARTICLE),
    ("/2013/02/27/about-vi-tri-dia-ly-va-dieu-kien-tu-nhien", PageKind.ARTICLE),
])
def test_undated_information_page_in_the_introduction_section(path, kind):
    """An undated page titled like an information page with a long title is static in the
    site's "Giới thiệu" section; the same page among the news stays an article."""
    title = "Vị trí địa lý và điều kiện tự nhiên của huyện"
    assert _kind(f"{HOST}{path}", _undated(title, _GEOGRAPHY + _LONG_BODY[:1])) == kind



def test_a_box_heading_like_the_titles_section_name_is_no_headline():
    """A list item's display form, its headline in a field cell and no heading of its own; the
    ``<title>`` "Thông báo - <headline>" opens with the section name, and the box "Thông báo
    khác" of ten other notices is no headline's block: the notice is an article."""
    from crawler.extract import extract_page
    from crawler.profiles import make_profile

    head = "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 3 năm 2024"
    text = ("Văn phòng UBND tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh "
            "trong tháng 3 năm 2024 như sau. ") * 4
    others = "".join(f'<li><a href="/Lists/ThongBao/DispForm.aspx?ID={i}">Thông báo số {i} về '
                     f'việc tổ chức hội nghị của tỉnh</a> <span>(0{i % 9 + 1}/03/2024)</span></li>'
                     for i in range(10))
    html = (f"<html><head><title>Thông báo - {head}</title></head><body>"
            '<table class="ms-formtable">'
            f'<tr><td><h3>Tiêu đề</h3></td><td>{head}</td></tr>'
            '<tr><td><h3>Ngày đăng</h3></td><td>12/03/2024</td></tr>'
            f'<tr><td><h3>Nội dung</h3></td><td><div><p>{text}</p></div></td></tr></table>'
            f'<div class="box"><h2>Thông báo khác</h2><ul>{others}</ul></div></body></html>')
    got = extract_page({"url": "https://tinh.example.gov.vn/Lists/ThongBao/DispForm.aspx?ID=57",
                        "body": html.encode(), "content_type": "text/html; charset=utf-8",
                        "hints": make_profile("generic", "t").hints()})
    assert got["page_kind"] == "article", got.get("kind_reason")


def test_a_body_in_a_layout_row_after_link_rows_is_no_item():
    """An old layout table: rows that open with links (a section menu, "Contact us", the
    article's own "send to a friend" tool) over the article's body of short paragraphs: three
    paragraphs of running text side by side are a body, not a listing item's summary."""
    rows = (f'<tr><td><a href="/tin-tuc/dia-phuong/">Tin tức địa phương và các sự kiện trong tuần</a>'
            f'</td></tr><tr><td><a href="/lien-he.html">Liên hệ với ban biên tập cổng thông tin xã</a> '
            f'- Gửi ý kiến</td></tr><tr><td><a href="/gui-ban-be.html">Gửi bài viết này cho bạn bè</a>'
            f'<div class="noi-dung"><h1>{_TITLE_120}</h1>'
            + "".join(f"<p>{p}</p>" for p in _BODY_120[:4]) + "</div></td></tr>"
            '<tr><td><a href="/tin-tuc/">Tin khác của xã An Bình trong tháng này</a></td></tr>')
    popular = "".join(f'<li><a href="{href}">{title}</a><p>{summary}</p></li>'
                      for href, title, _, summary in _ITEMS[:4])
    page = _page(_TITLE_120, f'<table>{rows}</table><ol class="doc-nhieu">{popular}</ol>')
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html", page)
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_a_search_boxs_label_in_a_trail_is_not_the_pages_name():
    """"Tìm kiếm:" after a link, over the search box, looks like a breadcrumb's last step;
    a step ending in a colon is a label, and the page is no search results page."""
    main = (f'<div class="tim"><a href="/">Trang chủ</a> » <span>Tìm kiếm:</span> <input '
            f'type="text" value="Nhập từ khóa"></div><div class="chi-tiet"><h1>{_TITLE_120}</h1>'
            + "".join(f"<p>{p}</p>" for p in _BODY_120) + "</div>")
    got = _extract(f"{HOST}/tin-tuc/ra-mat-clb-phu-nu-khoi-nghiep-1220.html",
                   _page(_TITLE_120, main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_a_short_dated_notice_with_a_comment_form_is_an_article():
    """Fifty words under a dated headline, then the readers' comment form (a text area and
    fields): a notice, not a form page; a form page is undated or much longer."""
    notice = ("Văn phòng UBND xã thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã vào "
              "sáng thứ Năm hằng tuần tại trụ sở. Công dân có nhu cầu vui lòng mang theo giấy tờ "
              "tùy thân và tài liệu liên quan để được tiếp và giải quyết theo quy định.")
    main = (f'<div class="chi-tiet"><h1>Thông báo lịch tiếp công dân tháng 4</h1><div>Ngày đăng: '
            f'02/04/2024</div><div class="noi-dung"><p>{notice}</p></div>'
            '<form><h3>Ý kiến bạn đọc</h3><input type="text" name="ten"><input type="text" '
            'name="email"><textarea name="y-kien"></textarea><input type="submit" value="Gửi">'
            "</form></div>")
    got = _extract(f"{HOST}/thong-bao/lich-tiep-cong-dan-thang-4-1230.html",
                   _page("Thông báo lịch tiếp công dân tháng 4", main))
    assert got["page_kind"] == PageKind.ARTICLE, got["kind_reason"]


def test_a_directory_named_danh_ba_lien_he_with_landline_numbers_is_a_contact_page():
    """"Danh bạ liên hệ" with landlines written as area code + 1-3-3 digits ("0234.3 900 101")."""
    rows = "".join(f"<tr><td>{i}</td><td>Cán bộ phụ trách lĩnh vực số {i}</td><td>Nguyễn Văn {n}</td>"
                   f"<td>0234.3 900 1{i:02d}</td></tr>" for i, n in enumerate(("An", "Bình", "Cường",
                                                                              "Dũng", "Giang"), 1))
    main = ('<h1>Danh bạ liên hệ</h1><p>Trụ sở UBND phường: số 18 đường Hương Mỹ, phường Hương Mỹ.'
            f"</p><table>{rows}</table>")
    got = _extract(f"{HOST}/lien-he.html", _page("Danh bạ liên hệ", main))
    assert got["page_kind"] == PageKind.CONTACT, got["kind_reason"]
