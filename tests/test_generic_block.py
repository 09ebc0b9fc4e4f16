"""The generic path's article block on templates nobody described (#13): what trafilatura
drops comes back from the block, what sits beside or after the article stays out.

Each page here is a small invented portal page written for one rule; each rule is one that
holds on any template (labels, structure, text), not a class name.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.extract import extract_page
from crawler.profiles import make_profile

VARIANTS = Path(__file__).parent / "variants"
URL = "https://snn.example.gov.vn/tin-tuc/hoat-dong/hoi-nghi-phong-chong-han-man"
TITLE = "Hội nghị triển khai phương án phòng chống hạn mặn mùa khô năm 2024"
PARAS = [
    "Sáng 12/3, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển khai phương án "
    "phòng chống hạn mặn mùa khô năm 2024 với sự tham dự của đại diện các huyện ven biển.",
    "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa khô năm nay xâm nhập mặn có thể đến sớm "
    "hơn trung bình nhiều năm khoảng hai tuần, độ mặn ở các cửa sông cao hơn năm trước.",
    "Giám đốc Sở đề nghị các địa phương thực hiện ngay những việc sau để bảo đảm nước sinh "
    "hoạt cho người dân và nước tưới cho cây trồng:",
    "Các đơn vị báo cáo kết quả thực hiện về Chi cục Thủy lợi trước ngày 30 hằng tháng để tổng "
    "hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.",
]
OTHER_NEWS = [
    ("/tin-tuc/khac/tap-huan-phong-chay-chua-chay-rung-nam-2024",
     "Tập huấn nghiệp vụ phòng cháy, chữa cháy rừng năm 2024", "04/03/2024 09:10"),
    ("/tin-tuc/khac/ra-quan-tet-trong-cay-xuan-giap-thin",
     "Sở ra quân Tết trồng cây Xuân Giáp Thìn tại xã ven biển", "19/02/2024 10:05"),
    ("/tin-tuc/khac/binh-chon-san-pham-ocop-tieu-bieu",
     "Bình chọn sản phẩm OCOP tiêu biểu của tỉnh năm 2023", "29/01/2024 14:00"),
]


def _generic(html: str) -> dict:
    return extract_page({"url": URL, "body": html.encode("utf-8"),
                         "content_type": "text/html; charset=utf-8",
                         "hints": make_profile("generic", "t-generic").hints()})


def _page(node: str, after: str = "", sidebar: str = "", footer: str = "") -> str:
    """A department portal: header, menu, the article node, boxes after it, a sidebar and a
    footer — the shape of a Drupal/Bartik-like or any two-column theme."""
    menu = "".join(f'<li><a href="/chuyen-muc/{i}">Chuyên mục số {i}</a></li>' for i in range(6))
    return (
        f"<html><head><title>{TITLE} | Sở Nông nghiệp</title></head><body>"
        f'<div id="header"><a href="/">Sở Nông nghiệp và PTNT</a></div><ul class="menu">{menu}</ul>'
        f'<div id="main"><div id="content"><h1 id="page-title">{TITLE}</h1>'
        f'<div class="region-content">{node}{after}</div></div>'
        f'<div id="sidebar">{sidebar}</div></div><div id="footer">{footer}</div></body></html>')


def _other_news(label: str = "Các tin khác") -> str:
    items = "".join(f'<li><a href="{href}">{text}</a> <span>({when})</span></li>'
                    for href, text, when in OTHER_NEWS)
    return f'<div class="block"><h2>{label}</h2><div class="content"><ul>{items}</ul></div></div>'


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _variant(path: str) -> tuple[dict, dict]:
    """A page of the variant corpus read on the generic path, and its truth."""
    meta = json.loads((VARIANTS / f"{path}.json").read_text("utf-8"))
    got = extract_page({"url": meta["url"], "body": (VARIANTS / f"{path}.html").read_bytes(),
                        "content_type": meta["content_type"],
                        "hints": make_profile("generic", "t-generic").hints()})
    return got, meta["expected"]


def test_a_list_trafilatura_drops_comes_back_from_the_block():
    """On this page trafilatura drops the bulleted list after "thực hiện ngay các nội dung
    sau:"; the article's block prints it, in its place."""
    got, truth = _variant("huecit/hueportal/article-03-cong-dien-ve-viec-chu-dong-ung-p")
    assert _words(got["text"].replace("\n\n- ", "\n\n")) == _words(truth["text"])


def test_footer_lines_do_not_pull_the_block_out_of_a_short_article():
    """A short notice above a poll, a counter and a footer of long address lines: footer
    lines weigh nothing when locating the article, so the block stays the article's."""
    got, truth = _variant("sharepoint/sp2016chuyenmuc/article-04-28391")
    for junk in ("Cơ quan chủ quản", "Địa chỉ", "Bạn thấy thông tin", "Tổng lượt truy cập"):
        assert junk not in got["text"], junk
    assert _words(got["text"]) == _words(truth["text"])


def test_other_news_counters_and_tools_after_the_node_stay_out():
    """Drupal's node links (a view counter, print, mail as list items), an empty "Tin liên
    quan" box and a "Các tin khác" list with dated headlines: none is the article's, and the
    signature above them is still found."""
    node = ('<div class="node"><div class="content"><div class="body">'
            + "".join(f"<p>{p}</p>" for p in PARAS)
            + '<p style="text-align: right;"><strong>Chi cục Thủy lợi</strong></p></div></div>'
            '<ul class="links inline"><li><span>1307 lượt đọc</span></li><li><a href="/print/1">'
            'In bài viết</a></li><li><a href="/printmail/1">Gửi email</a></li></ul></div>')
    after = '<div class="block"><h2>Tin liên quan</h2><div class="content"></div></div>' \
        + _other_news()
    got = _generic(_page(node, after))
    text = got["text"]
    for junk in ("lượt đọc", "In bài viết", "Gửi email", "Tin liên quan", "Các tin khác",
                 *(t for _, t, _ in OTHER_NEWS)):
        assert junk not in text, junk
    assert got["unit"] == "Chi cục Thủy lợi"
    assert _words(PARAS[-1]) in _words(text)


def test_a_body_field_named_with_summary_is_not_the_lead():
    """Drupal's body field is "text-with-summary": a summary-named element that holds the
    body block is not a lead, so the body is not printed twice nor moved into the lead."""
    node = ('<div class="node"><div class="field field-type-text-with-summary"><div class="'
            'field-items"><div class="field-item">' + "".join(f"<p>{p}</p>" for p in PARAS[:2])
            + "</div></div></div></div>")
    got = _generic(_page(node))
    assert not got.get("lead")
    assert _words(got["text"]) == _words(" ".join(PARAS[:2]))


def test_a_featured_image_above_the_lead_keeps_its_caption():
    """An image field printed above the summary field, outside the body field: a photo of
    the article, with the caption printed under it."""
    caption = "Cán bộ Chi cục Thủy lợi kiểm tra độ mặn tại cống Tân Thành"
    node = ('<div class="node"><div class="content">'
            f'<div class="field-image"><img src="/files/do-man.jpg" alt="{caption}">'
            f'<blockquote class="image-field-caption">{caption}</blockquote></div>'
            f'<div class="field-tom-tat"><p>{PARAS[0]}</p></div>'
            '<div class="field-body">' + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div>"
            "</div></div>")
    got = _generic(_page(node))
    assert got["lead"] == PARAS[0]
    assert [i["caption"] for i in got["images"]] == [caption]
    assert caption not in got["text"]


def test_photos_captions_by_alt_text_and_in_a_linked_figure():
    """A plain centred line repeating the photo's alt text is its caption; a figure whose
    image links to its attachment page but which has a figcaption is a photo, not a
    thumbnail of another page."""
    first = "Quang cảnh hội nghị triển khai phương án phòng chống hạn mặn"
    second = "Người dân xã Cát Tiến trữ nước ngọt trong các bể chứa"
    body = (f"<p>{PARAS[0]}</p>"
            f'<div style="text-align: center"><img src="/files/hn-1.jpg" alt="{first}"></div>'
            f'<div class="small" style="text-align: center">{first}</div><p>{PARAS[1]}</p>'
            f'<figure class="wp-block-image"><a href="{URL}/tru-nuoc/">'
            f'<img src="/files/hn-2.jpg" alt=""></a><figcaption>{second} (Ảnh: Minh Tâm)'
            f"</figcaption></figure><p>{PARAS[3]}</p>")
    got = _generic(_page(f'<div class="node"><div class="body">{body}</div></div>'))
    assert [(i["caption"], i["credit"]) for i in got["images"]] == \
        [(first, None), (second, "Ảnh: Minh Tâm")]
    assert first not in got["text"] and second not in got["text"]


def test_attached_files_one_box_per_file_are_not_text():
    """WordPress prints one file block per attachment under the "File đính kèm:" label."""
    files = "".join(
        f'<div class="wp-block-file"><a href="/uploads/{n}.pdf">{name}</a>'
        f'<a href="/uploads/{n}.pdf" class="wp-block-file__button" download>Tải về</a></div>'
        for n, name in (("kh-198", "Kế hoạch số 198/KH-UBND ngày 18/10/2024"),
                        ("mau-don", "Mẫu đơn đăng ký tham gia chương trình")))
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p><strong>File đính kèm:</strong></p>{files}"
    got = _generic(_page(f'<div class="node"><div class="body">{body}</div></div>'))
    for junk in ("File đính kèm", "Kế hoạch số 198", "Mẫu đơn", "Tải về"):
        assert junk not in got["text"], junk


def test_a_price_table_beside_the_article_stays_out():
    """A page laid out in one table with a price board and a counter in a side cell: rows
    joined from cells are placed by their cells, outside the article's block."""
    board = ("<table class='giaca'><tr><td>Gạo tẻ thường</td><td>11,700 đ/kg</td></tr>"
             "<tr><td>Thịt heo hơi</td><td>44,500 đ/kg</td></tr>"
             "<tr><td>Đang truy cập:</td><td>76</td></tr></table>")
    html = (f"<html><head><title>{TITLE}</title></head><body><table width='100%'><tr>"
            f"<td width='75%'><h1>{TITLE}</h1><div class='noidung'>"
            + "".join(f"<p>{p}</p>" for p in PARAS)
            + f"</div></td><td><div class='box'><b>Giá cả thị trường</b>{board}</div></td></tr>"
            "</table></body></html>")
    got = _generic(html)
    for junk in ("Gạo tẻ", "Thịt heo", "Đang truy cập"):
        assert junk not in got["text"], junk
    assert _words(PARAS[-1]) in _words(got["text"])


def test_section_and_author_declared_in_json_ld_without_trafilatura_metadata():
    """The generic path reads the declared section and author itself (JSON-LD, meta), and
    keeps an author only where the page prints the name."""
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
          '"articleSection": "Thủy lợi", "author": [{"@type": "Person", "name": "Trần Minh Khoa"},'
          ' {"@type": "Person", "name": "bbt_admin"}]}]}')
    node = ('<div class="node"><div class="body">' + "".join(f"<p>{p}</p>" for p in PARAS)
            + "<p>Trần Minh Khoa</p></div></div>")
    html = _page(node).replace("</head>", f'<script type="application/ld+json">{ld}</script>'
                                          "</head>")
    got = _generic(html)
    assert got["category"] == "Thủy lợi"
    assert got["authors"] == ["Trần Minh Khoa"]


def test_a_not_found_message_in_decomposed_unicode_is_a_soft_404():
    """Some portals send NFD text: "Không tìm thấy" with combining marks is still the message."""
    import unicodedata

    html = unicodedata.normalize("NFD", _page(
        '<div class="node"><h2>Không tìm thấy trang yêu cầu</h2><p>Đường dẫn đã thay đổi hoặc '
        'bài viết đã bị gỡ.</p></div>'))
    assert _generic(html)["status"] == "soft_404"


def test_an_authors_description_after_the_article_is_not_its_lead():
    """A blog theme's author box ("author-description author-bio") after the article has a
    summary-like class and a lead's length; it is the writer's bio, not the article's lead."""
    bio = ("Trần Minh Khoa là phóng viên của Trung tâm Truyền thông tỉnh, nhiều năm theo dõi "
           "lĩnh vực nông nghiệp, thủy lợi và phòng chống thiên tai ở các huyện ven biển.")
    node = ('<article class="node"><div class="body">' + "".join(f"<p>{p}</p>" for p in PARAS)
            + '</div></article><div class="author-profile"><h4>Về tác giả</h4><div class="'
            f'author-description author-bio"><p>{bio}</p></div></div>')
    got = _generic(_page(node))
    assert bio not in (got.get("lead") or "") and bio not in got["text"]
    assert _words(PARAS[0]) in _words(f"{got.get('lead')} {got['text']}")


# -- mends from the held-out templates of fold A (unknown/nukeviet, dotnetnuke/dnn9news,
# vccorp/bonganh), written as small pages of their own --------------------------------------
def test_a_caption_line_known_by_its_credit_or_its_box_name():
    """A plain line after a photo is its caption when it closes with a credit, or when its
    box is named as a caption; a credit glued to the caption by markup is split off."""
    body = (f"<p>{PARAS[0]}</p>"
            '<div class="photo"><img src="/anh/1.jpg" alt="Hội nghị - Ảnh 1."></div>'
            "<div><p>Quang cảnh hội nghị triển khai phương án - Ảnh: Minh Đức</p></div>"
            f"<p>{PARAS[1]}</p>"
            '<div class="photo"><img src="/anh/2.jpg" alt=""></div>'
            '<div class="PhotoCMS_Caption"><p>Cán bộ kiểm tra cống ngăn mặn</p></div>'
            f"<p>{PARAS[2]}</p>"
            '<div class="photo"><img src="/anh/3.jpg" alt=""></div>'
            '<p><span>Người dân trữ nước ngọt trong bể chứa</span><span>Ảnh: Văn Tài</span></p>'
            f"<p>{PARAS[3]}</p>")
    got = _generic(_page(f'<div class="node"><div class="body">{body}</div></div>'))
    assert [(i["caption"], i["credit"]) for i in got["images"]] == [
        ("Quang cảnh hội nghị triển khai phương án", "Ảnh: Minh Đức"),
        ("Cán bộ kiểm tra cống ngăn mặn", None),
        ("Người dân trữ nước ngọt trong bể chứa", "Ảnh: Văn Tài")]
    assert "Ảnh:" not in got["text"]


def test_a_line_of_fields_gives_its_date_and_no_digit_is_an_author():
    """"Thứ Năm, 07/11/2024 - 10:12 | Tác giả: … | Lượt xem: 1353" under the headline: the
    date's own field is short, so it is the publication date; a box named "byline" holding
    a view count gives no author."""
    info = ('<div class="ArticleInfo"><span class="ArticleDate">Thứ Năm, 07/11/2024 - 10:12'
            '</span> | <span class="ArticleAuthor">Tác giả: Lê Thị Hạnh</span> | <span>Lượt '
            "xem: 1353</span></div>")
    byline = '<div class="article-byline">Lượt xem: 1353 | Bình luận: 2</div>'
    node = (f'<div class="node">{info}{byline}<div class="body">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    got = _generic(_page(node))
    assert got["published_at"].isoformat().startswith("2024-11-07T10:12")
    assert got["authors"] == ["Lê Thị Hạnh"]
    assert "Lượt xem" not in got["text"]


def test_the_header_clock_is_never_the_publication_date():
    """The header's current date beside the breadcrumb, in an element named as a clock, is
    no date of the page; the article's own "Cập nhật" date is."""
    node = ('<div class="node"><p class="meta">Cập nhật: 21/11/2023 08:45</p><div class="body">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    html = _page(node).replace(
        '<div id="content">', '<div id="content"><ul class="breadcrumbs"><li><a href="/">Trang '
        'nhất</a></li><li><a href="/tin-tuc/">Tin tức</a></li></ul><span class="current-time">'
        "Thứ hai, 18/03/2024</span>")
    got = _generic(html)
    assert got["published_at"].isoformat().startswith("2023-11-21T08:45")
    undated = _generic(html.replace('<p class="meta">Cập nhật: 21/11/2023 08:45</p>', ""))
    assert undated.get("published_at") is None


def test_bylines_labelled_under_the_body_and_microdata():
    """"Tác giả:" and "Nguồn tin:" lines printed just after the body give author and unit;
    hidden microdata naming the portal as author, and a metadata author that is the portal's
    name, give nothing; an itemprop="description" element before the body is the lead."""
    portal = "Cổng thông tin điện tử huyện Tân Phước Sơn"
    node = ('<div class="node"><div class="hidden" itemprop="author"><span itemprop="name">'
            f'{portal}</span></div><div class="hometext" itemprop="description">{PARAS[0]}</div>'
            '<div class="bodytext">' + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div>"
            '<div class="info"><p class="text-right"><strong>Tác giả: </strong>Hồ Quang Vinh'
            '</p><p class="text-right"><strong>Nguồn tin: </strong>Văn phòng HĐND và UBND huyện'
            "</p></div></div>")
    html = _page(node, footer=f"<p>{portal}</p>").replace(
        "</head>", f'<meta name="author" content="{portal}"></head>')
    got = _generic(html)
    assert got["authors"] == ["Hồ Quang Vinh"]
    assert got["unit"] == "Văn phòng HĐND và UBND huyện"
    assert got["lead"] == PARAS[0]


def test_a_title_never_closed_does_not_swallow_the_page():
    """A template cut short after "<title>…" (no "</title>" anywhere) makes the parser take
    the whole page for the title's text; read again with the title closed at the end of its
    first line, the article is there, and the row says so."""
    paras = PARAS * 3  # a whole article's length, swallowed
    html = _page('<div class="node"><div class="body">' + "".join(f"<p>{p}</p>" for p in paras)
                 + "</div></div>").replace("</title>", "\n", 1)
    assert "</title>" not in html
    got = _generic(html)
    assert "title_unclosed" in got["flags"]
    assert _words(PARAS[-1]) in _words(got["text"])


def test_a_stray_br_around_the_article_keeps_its_lines():
    """Lines between <br>s are placed at the element printing them, to drop a sidebar's
    br-separated lines; a wrapper with a stray <br> does not "print" the article's
    paragraphs, so an opening line with no element of its own stays."""
    opening = ("Chiều 14/3, đoàn công tác của tỉnh đã kiểm tra thực tế tiến độ nạo vét kênh mương "
               "và cấp nước chống hạn tại ba huyện ven biển trong mùa khô năm nay.")
    node = (f'<div id="wrap">Tin nổi bật<br><div class="content">{opening}'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    got = _generic(_page(node))
    assert _words(opening) in _words(f"{got.get('lead')} {got['text']}")


def test_a_slider_of_other_stories_above_the_lead_gives_no_images():
    """Figures linking to other articles, with figcaptions, above the summary: other
    stories' photos, not the article's (a WordPress attachment link under the article's own
    address stays a photo of it)."""
    slider = "".join(
        f'<figure><a href="/tin-tuc/khac/tin-khac-{n}.html"><img src="/anh/khac-{n}.jpg"></a>'
        f"<figcaption>Ảnh tin khác số {n} trong mục tin nổi bật</figcaption></figure>"
        for n in range(3))
    own = (f'<figure><a href="{URL}/anh-kenh-muong/"><img src="/anh/kenh.jpg"></a>'
           "<figcaption>Kênh mương nội đồng sau khi nạo vét</figcaption></figure>")
    node = (f'<div class="node"><div class="slider">{slider}</div>'
            f'<div class="field-tom-tat"><p>{PARAS[0]}</p></div><div class="field-body">'
            + f"<p>{PARAS[1]}</p>{own}" + "".join(f"<p>{p}</p>" for p in PARAS[2:])
            + "</div></div>")
    got = _generic(_page(node))
    assert [i["caption"] for i in got.get("images") or []] == \
        ["Kênh mương nội đồng sau khi nạo vét"]



def test_a_quoted_letter_does_not_shrink_the_article_to_the_quote():
    """Most of the text is a letter in a <blockquote>: the paragraphs beside it, under the
    same parent, are the article's text too (the block is not the quote alone)."""
    intro = ("Sáng nay, Ban biên tập nhận được thư của một cựu giáo viên gửi lãnh đạo tỉnh về việc "
             "sửa chữa ngôi trường cũ ở xã vùng cao, xin đăng nguyên văn dưới đây.")
    letter = "".join(f"<p>{p}</p>" for p in PARAS * 3)
    node = f'<div class="entry-content"><p>{intro}</p><blockquote>{letter}</blockquote></div>'
    got = _generic(_page(node))
    assert _words(intro) in _words(f"{got.get('lead')} {got['text']}")


def test_a_paragraph_after_a_photo_is_no_caption_when_it_is_running_text():
    """<p><img><br>text</p>: a short line after the photo is its caption; a paragraph of
    running text (more than a caption's length) stays the article's text."""
    long_text = " ".join(PARAS[1:3])
    body = (f"<p>{PARAS[0]}</p><p><img src='/anh/1.jpg'><br>{long_text}</p>"
            f"<p><img src='/anh/2.jpg'><br><em>Cán bộ kiểm tra độ mặn tại cống</em></p>"
            f"<p>{PARAS[3]}</p>")
    got = _generic(_page(f'<div class="node"><div class="body">{body}</div></div>'))
    assert _words(long_text) in _words(got["text"])
    assert [i["caption"] for i in got["images"]] == [None, "Cán bộ kiểm tra độ mặn tại cống"]


def test_a_title_naming_the_kind_of_page_gives_way_to_the_headline():
    """A detail view that never set its own ``<title>`` ("Chi tiết tin tức"): the title is
    the heading over the body, and the date under that heading is found."""
    node = ('<div class="detail"><div class="news-title"><h2>' + TITLE + '</h2></div>'
            '<div class="news-date"><span>12/03/2024 15:20</span></div>'
            '<div class="news-content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    html = _page(node, _other_news()).replace(f"<title>{TITLE} | Sở Nông nghiệp</title>",
                                              "<title> Chi tiết tin tức </title>")
    html = html.replace(f'<h1 id="page-title">{TITLE}</h1>', "")
    got = _generic(html)
    assert got["title"] == TITLE
    assert got["published_at"].isoformat().startswith("2024-03-12T15:20")


def test_a_visitor_counter_showing_404_is_no_not_found_page():
    """"Đang truy cập: <span>404</span>": a counter's value, not a "404" message; a heading
    that says only "404" still is one."""
    node = '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    counter = '<div class="stats"><p>Đang truy cập: <span id="online">404</span></p></div>'
    got = _generic(_page(node, sidebar=counter))
    assert got["status"] == "ok" and got["page_kind"] == "article"
    gone = _generic(_page('\n<div class="content">\n<h2>404</h2>\n<p>Xin lỗi.</p></div>'))
    assert gone["page_kind"] == "soft_404"


def test_a_labelled_date_printed_under_the_body_is_the_date():
    """No date near the headline; "Ngày cập nhật 01/04/2024" under the body is the article's.
    Dates of the other-news box further down are never taken."""
    node = ('<div class="news-content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
            '<div class="news-date"><span>Ngày cập nhật 01/04/2024</span></div>')
    got = _generic(_page(node, _other_news()))
    assert got["published_at"].isoformat().startswith("2024-04-01")
    assert got["date_label"] == "Ngày cập nhật"
    # a date alone in its element under the body is the article's too; the other news
    # box's dates, each beside its link, never are
    alone = _generic(_page(node.replace("Ngày cập nhật ", ""), _other_news()))
    assert alone["published_at"].isoformat().startswith("2024-04-01")
    items = _generic(_page('<div class="news-content">' + "".join(f"<p>{p}</p>" for p in PARAS)
                           + "</div>", _other_news()))
    assert items.get("published_at") is None


def test_a_signature_right_after_the_body_box_and_an_issuing_office_field():
    """A bold right-aligned line just after the content box (outside it) signs the article;
    a list item's display form names its issuer in a "Cơ quan ban hành" row."""
    node = ('<div class="tv-news-content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
            '<p style="text-align:right;"><strong>Chi cục Thủy lợi</strong></p>')
    got = _generic(_page(node, _other_news()))
    assert got["unit"] == "Chi cục Thủy lợi"
    assert got["text"].split("\n\n")[-1] == PARAS[-1]
    form = ('<table class="ms-formtable"><tr><td class="ms-formlabel"><h3>Nội dung</h3></td>'
            '<td class="ms-formbody"><div>' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></td></tr>"
            '<tr><td class="ms-formlabel"><h3>Cơ quan ban hành</h3></td>'
            '<td class="ms-formbody">Văn phòng UBND tỉnh</td></tr></table>')
    got = _generic(_page(form))
    assert got["unit"] == "Văn phòng UBND tỉnh"


def test_a_labelled_date_line_and_pruned_file_lists_are_not_text():
    """"Ngày xuất bản: 12/05/2025" over a short notice is its date field, and the files listed
    under "Tài liệu đính kèm:" are downloads: neither is the notice's text."""
    node = ('<div class="tin"><span class="ngay">Ngày xuất bản: 12/05/2025</span>'
            f'<div class="noi-dung"><p>{PARAS[0]}</p><p>{PARAS[3]}</p></div>'
            '<div class="dinh-kem"><p><b>Tài liệu đính kèm:</b></p><ul>'
            '<li><a href="/documents/du-thao.docx">Dự thảo kế hoạch phòng chống hạn mặn</a> '
            '<span>(DOCX, 58 KB)</span></li>'
            '<li><a href="/documents/to-trinh.pdf">Tờ trình kèm theo dự thảo kế hoạch</a> '
            '<span>(PDF, 412 KB)</span></li></ul></div></div>')
    got = _generic(_page(node))
    assert _words(got["text"]) == _words(f"{PARAS[0]} {PARAS[3]}")
    assert got["published_at"].isoformat().startswith("2025-05-12")


def test_a_name_signed_the_familys_way_is_the_author_when_a_source_line_follows():
    """Families whose bold right-aligned closing line is their unit ("name as unit") still
    read "Minh Khoa" over "Nguồn: Báo …" as the author; an office name with a comma
    ("Phòng Phổ biến, giáo dục pháp luật") stays whole."""
    from lxml import html as H

    from crawler.extract import body as B

    box = H.fromstring('<div><p>Nội dung.</p><p style="text-align: right;"><strong>Minh Khoa'
                       '</strong></p><p style="text-align: right;"><em>Nguồn: Báo Nông nghiệp'
                       "</em></p></div>")
    authors, unit, _ = B.pop_signature(box, bold_right=True, name_as_unit=True)
    assert (authors, unit) == (["Minh Khoa"], "Báo Nông nghiệp")
    alone = H.fromstring('<div><p>Nội dung.</p><p style="text-align: right;"><strong>Minh Khoa'
                         "</strong></p></div>")
    assert B.pop_signature(alone, bold_right=True, name_as_unit=True)[:2] == ([], "Minh Khoa")
    assert B.split_byline("Hoàng Lan - Phòng Phổ biến, giáo dục pháp luật") == (
        ["Hoàng Lan"], "Phòng Phổ biến, giáo dục pháp luật")
    assert B.split_byline("Sở Văn hóa, Thể thao và Du lịch") == ([], "Sở Văn hóa, Thể thao và Du lịch")


def test_hidden_field_labels_and_a_caption_after_a_nested_photo_box():
    """SharePoint prints a hidden label over each rich-text field ("Tóm tắt", "Chú thích
    ảnh"): no reader sees it, so it is in neither the lead nor the caption; a photo alone in
    nested boxes has its caption in the box after the outermost one."""
    node = ('<div class="article"><div class="summary"><div style="display:none">Tóm tắt</div>'
            f'<div class="field">{PARAS[0]}</div></div>'
            '<div class="captioned-image"><div class="image"><div class="field"><div>'
            '<img src="/anh/hoi-nghi.jpg" alt=""></div></div></div>'
            '<div class="caption"><div style="display: none">Chú thích ảnh</div>'
            '<div class="field">Quang cảnh hội nghị phòng chống hạn mặn</div></div></div>'
            '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div></div>")
    got = _generic(_page(node, _other_news()))
    assert got["lead"] == PARAS[0]
    assert [i["caption"] for i in got["images"]] == ["Quang cảnh hội nghị phòng chống hạn mặn"]
    assert "Chú thích" not in got["text"] and "Quang cảnh" not in got["text"]


def test_an_article_box_trafilatura_discards_is_found_by_its_running_text():
    """On this Liferay journal-content page trafilatura returns only the headline and the
    "Tin khác" links: the element holding the most running text (reader comments never
    count) is the article's block, read with its photo's caption and its signature."""
    got, truth = _variant("liferay/lr71assetfull/article_11_tin-luu-tru")
    assert "block_by_density" in got["flags"]
    assert _words(f"{got['lead']} {got['text']}") == _words(f"{truth['lead'] or ''} {truth['text']}")
    assert [i["caption"] for i in got["images"]] == [i["caption"] for i in truth["images"]]
    assert got["authors"] == truth["authors"]


def test_a_cms_account_shown_as_author_is_no_one():
    """Liferay's asset metadata "bởi Test Test" names the default administrator account."""
    node = ('<div class="asset"><div class="asset-metadata"><span class="metadata-author">'
            'bởi Test Test</span></div><div class="content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    got = _generic(_page(node, _other_news()))
    assert got["authors"] == []


def test_a_date_in_the_headlines_box_and_a_time_before_the_date():
    """"<h1>…</h1> <span>(25/01/2024 08:40)</span>": the headline's box is no running text,
    so its date is the article's; "Cập nhật lúc 16:20, Thứ Năm 11/01/2024" keeps its time."""
    node = ('<div class="detail"><div class="head"><h1 class="t">' + TITLE + '</h1> '
            '<span class="d">(25/01/2024 08:40)</span></div><div class="content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    html = _page(node, _other_news()).replace(f'<h1 id="page-title">{TITLE}</h1>', "")
    assert _generic(html)["published_at"].isoformat().startswith("2024-01-25T08:40")
    from crawler.extract.dates import parse_dates

    found = parse_dates("Cập nhật lúc 16:20, Thứ Năm 11/01/2024", ("Cập nhật lúc",))
    assert found[0].value.isoformat().startswith("2024-01-11T16:20")


def test_the_portal_named_in_its_banner_line_is_no_headline():
    """A ``<title>`` that is only the portal's name, printed in the banner as "TRANG THÔNG TIN
    ĐIỆN TỬ SỞ …" (no link home): the headline is the element named as the title."""
    site = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình"
    node = (f'<div class="chitiet"><span class="tieude">{TITLE}</span>'
            '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    html = _page(node, _other_news()).replace(f"<title>{TITLE} | Sở Nông nghiệp</title>",
                                              f"<title>{site}</title>")
    html = html.replace(f'<h1 id="page-title">{TITLE}</h1>', "").replace(
        '<div id="header">', f'<div id="header"><b>TRANG THÔNG TIN ĐIỆN TỬ {site.upper()}</b>')
    assert _generic(html)["title"] == TITLE


def test_a_sidebar_of_numbered_documents_does_not_locate_a_short_notice():
    """A two-paragraph notice beside a sidebar of "Văn bản mới" items (a number linked, its
    summary under it), the whole page read by trafilatura: the items' summaries do not pull
    the block out to the layout; a notice of <br> lines in one paragraph is found too."""
    docs = "".join(f'<li><a href="/van-ban/{n}">Quyết định số {n}/QĐ-UBND ({n % 28 + 1}/02/2024)</a>'
                   f'<p>Ban hành kế hoạch thực hiện nhiệm vụ trọng tâm số {n} của ngành năm 2024</p></li>'
                   for n in range(101, 106))
    short = f"<p>{PARAS[0]}</p><p>{PARAS[3]}</p>"
    lines = f"<p>{PARAS[0]}<br>- {PARAS[1]}<br>- {PARAS[2]}<br>{PARAS[3]}</p>"
    for body in (short, lines):
        html = (f"<html><head><title>{TITLE}</title></head><body><table><tr>"
                f'<td class="left"><div class="box"><div class="box-title">Văn bản mới</div>'
                f"<ul>{docs}</ul></div></td>"
                f'<td class="center"><div class="chitiet"><span class="tieude">{TITLE}</span>'
                f'<div class="ngay">Ngày 08/03/2024</div><div class="noidung">{body}</div>'
                f"<div class=\"nguon\"><b>Văn phòng Sở</b></div></div></td></tr></table></body></html>")
        got = _generic(html)
        assert "Ban hành kế hoạch" not in (got["text"] or "") + (got["lead"] or ""), body[:20]
        assert _words(PARAS[3]) in _words(got["text"])


def test_lazy_photos_captions_beside_their_frame_and_a_story_card_in_the_body():
    """A mobile page's photos keep their address in data-src behind a placeholder; the
    caption is a figcaption, or a box named "…__cap", beside the photo's frame; another
    story's card (thumbnail, headline link, summary) set between paragraphs is not text."""
    pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    card = ('<div class="relone"><a href="/tin-khac-1152403.htm"><img src="/t.jpg" alt=""></a>'
            '<div><a href="/tin-khac-1152403.htm">Tập huấn nghiệp vụ phòng cháy chữa cháy rừng</a>'
            "<p>Chi cục Kiểm lâm tổ chức lớp tập huấn cho lực lượng bảo vệ rừng các xã.</p></div></div>")
    node = ('<div class="body">' + f"<p>{PARAS[0]}</p>"
            f'<div class="photo"><div class="frame"><img src="{pixel}" data-src="/anh/a.jpg" alt="x">'
            '</div><figcaption>Quang cảnh hội nghị - Ảnh: Minh Đức</figcaption></div>'
            f"<p>{PARAS[1]}</p>{card}<p>{PARAS[2]}</p>"
            f'<div class="photo"><div class="frame"><img src="{pixel}" data-src="/anh/b.jpg" alt="y">'
            '</div><p class="photo__cap">Đại biểu tham quan mô hình tưới tiết kiệm</p></div>'
            f"<p>{PARAS[3]}</p></div>")
    got = _generic(_page(node))
    assert [(i["src"].rsplit("/", 1)[-1], i["caption"]) for i in got["images"]] == [
        ("a.jpg", "Quang cảnh hội nghị"), ("b.jpg", "Đại biểu tham quan mô hình tưới tiết kiệm")]
    assert "Chi cục Kiểm lâm" not in got["text"] and "Tập huấn" not in got["text"]
    assert _words(got["text"]) == _words(" ".join(PARAS))


def test_document_list_items_printed_as_one_line_stay_out_of_the_text():
    """A sidebar list of documents, each "<a>number</a> <span>date</span><p>summary</p>",
    which trafilatura prints as one line per item ("- Quyết định số 211/QĐ-SNN ngày 03/3/2024
    Ban hành …"): the item's pieces joined as they are read place the line in the sidebar,
    so it is dropped as a line outside the article's block."""
    import lxml.html

    from crawler.extract import generic as G

    docs = "".join(f'<li><a href="/van-ban/{n}"><b>Quyết định số {n}/QĐ-SNN</b></a> '
                   f'<span>ngày 0{n % 9 + 1}/3/2024</span><p>Ban hành kế hoạch thực hiện nhiệm vụ '
                   f"trọng tâm số {n} của ngành nông nghiệp năm 2024</p></li>" for n in range(211, 214))
    root = lxml.html.document_fromstring(
        f'<html><body><div id="left"><ul>{docs}</ul></div><div id="main">'
        + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></body></html>")
    line = ("- Quyết định số 211/QĐ-SNN ngày 05/3/2024 Ban hành kế hoạch thực hiện nhiệm vụ trọng "
            "tâm số 211 của ngành nông nghiệp năm 2024")
    lines = [line, *PARAS]
    places = G._places(root, lines)
    assert G._sig(line) in places
    block = root.get_element_by_id("main")
    assert G._outside_lines(lines, block, places) == PARAS


def test_a_records_title_field_dates_in_words_and_a_time_after_a_separator():
    """A list item's display form: its headline is the "Tiêu đề" field the <title> repeats;
    "Ngày 02 tháng 4 năm 2024" is a date; in "Ngày 28/03/2024 | 16:05 (Cập nhật: …) | Lượt
    xem: 332" the publication date keeps its time and is not taken for running text."""
    head = "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND quận tháng 4 năm 2024"
    form = ('<table class="ms-formtable">'
            f'<tr><td class="ms-formlabel"><h3>Tiêu đề</h3></td><td class="ms-formbody">{head}</td></tr>'
            '<tr><td class="ms-formlabel"><h3>Ngày đăng</h3></td><td>Ngày 02 tháng 4 năm 2024</td></tr>'
            '<tr><td class="ms-formlabel"><h3>Nội dung</h3></td><td class="ms-formbody"><div>'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></td></tr></table>")
    html = _page(form).replace(f"<title>{TITLE} | Sở Nông nghiệp</title>",
                               f"<title>Thông báo - {head} - Cổng thông tin</title>")
    html = html.replace(f'<h1 id="page-title">{TITLE}</h1>',
                        '<span class="title">Trang chủ › Thông báo</span>')
    got = _generic(html)
    assert got["title"] == head
    assert got["published_at"].isoformat().startswith("2024-04-02")
    line = ('<div class="info"><span>Ngày 28/03/2024 | 16:05</span> <span>(Cập nhật: 29/03/2024 | '
            '08:10)</span> | <span>Lượt xem: 332</span> <a href="/in">In trang</a> <a href="/mail">'
            'Gửi email</a> <a href="/a">A-</a> <a href="/b">A+</a> <a href="/c">Chia sẻ</a></div>')
    node = line + '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    got = _generic(_page(node))
    assert got["published_at"].isoformat().startswith("2024-03-28T16:05")
    assert got["updated_at"].isoformat().startswith("2024-03-29T08:10")
    from crawler.extract import body as B

    assert B.split_byline("Văn phòng HĐND – UBND xã") == ([], "Văn phòng HĐND – UBND xã")


def test_dates_in_the_blocks_foot_a_layout_tables_cells_and_a_bare_date_under_the_body():
    """A news module laid out in one table (title row, date row, body row, foot row): the
    date row's "05-03-2024 08:00" is no data-table cell of the body; "(Cập nhật: 16/02/2024)"
    in the foot row far below the headline is the date; so is a date alone in its element
    under the body ("Thứ Hai, ngày 04 tháng 3 năm 2024")."""
    body = "".join(f"<p>{p}</p>" for p in PARAS * 3)

    def module(date_row: str, foot: str) -> str:
        return (f'<table class="detail"><tr><td><span class="t">{TITLE}</span></td></tr>{date_row}'
                f'<tr><td class="body">{body}</td></tr><tr><td class="foot">{foot}</td></tr></table>')

    html = _page(module('<tr><td class="info"><span>05-03-2024 08:00</span></td></tr>', ""),
                 _other_news())
    html = html.replace(f'<h1 id="page-title">{TITLE}</h1>', "")
    assert _generic(html)["published_at"].isoformat().startswith("2024-03-05T08:00")
    for foot, day in (("<span>(Cập nhật: 16/02/2024)</span>", "2024-02-16"),
                      ("<div><span>Thứ Hai, ngày 04 tháng 3 năm 2024</span></div>", "2024-03-04")):
        html = _page(module("", foot), _other_news()).replace(f'<h1 id="page-title">{TITLE}</h1>', "")
        assert _generic(html)["published_at"].isoformat().startswith(day), foot


def test_a_menu_bar_and_a_poll_do_not_locate_a_short_notice():
    """A two-paragraph notice read among a top bar of menu links with the date and a poll's
    question (a box of radio buttons), as trafilatura reads a page laid out in one table:
    neither is running text, so the block is the notice's, not the layout's."""
    import lxml.html

    from crawler.extract import generic as G

    bar = ("Thứ Sáu, 22/03/2024 | Trang chủ website của huyện | Sơ đồ website cổng thông tin | "
           "Liên hệ ban biên tập | RSS")
    question = ("Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận Một "
                "cửa huyện trong năm vừa qua?")
    root = lxml.html.document_fromstring(
        '<html><body><table><tr><td class="top">Thứ Sáu, 22/03/2024 | <a href="/">Trang chủ '
        'website của huyện</a> | <a href="/so-do">Sơ đồ website cổng thông tin</a> | <a '
        'href="/lien-he">Liên hệ ban biên tập</a> | <a href="/rss">RSS</a></td></tr><tr><td>'
        f'<div class="poll"><p class="q">{question}</p><input type="radio" name="q"> Tốt</div></td>'
        f'<td><div class="notice" id="n"><p>{PARAS[0]}</p><p>{PARAS[3]}</p></div></td></tr>'
        "</table></body></html>")
    lines = [bar, question, PARAS[0], PARAS[3]]
    block = G.main_block(root, lines, G._places(root, lines), G._link_texts(root))
    assert block is root.get_element_by_id("n")


def test_joomla_accounts_labelled_authors_and_a_full_text_image_under_the_headline():
    """Joomla prints "Viết bởi: Super User" (its default account: no one) or a real name
    after the colon; its full-text image sits between the headline and the body."""
    for shown, authors in (("Super User", []), ("Hoàng Thị Lan", ["Hoàng Thị Lan"])):
        node = ('<div class="item-page"><div class="page-header"><h2>' + TITLE + '</h2></div>'
                '<dl class="article-info"><dd class="createdby" itemprop="author">'
                f'Viết bởi: <span>{shown}</span></dd>'
                '<dd class="published">Được đăng: 12/03/2024</dd></dl>'
                '<figure class="item-image"><img src="/images/hoi-nghi.jpg"><figcaption>Quang cảnh '
                'hội nghị (Ảnh: Trần Thu Hà)</figcaption></figure><div class="article-body">'
                + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
        got = _generic(_page(node).replace(f'<h1 id="page-title">{TITLE}</h1>', ""))
        assert got["authors"] == authors
        assert [i["caption"] for i in got["images"]] == ["Quang cảnh hội nghị"]


def test_drupal_fields_an_author_in_the_header_and_a_media_field_before_the_body():
    """A Drupal node: the account line "Đăng bởi <name> lúc …" four levels into the node's
    header; a "Tác giả" field of a label element and one element per name; the image field
    (figure + figcaption) just before the body field."""
    def node(extra: str) -> str:
        return ('<article class="node"><header><div class="node__meta"><span>Đăng bởi <span '
                'class="node__author"><span class="field"><span>Lê Minh Khoa</span></span></span> '
                'lúc 12/03/2024</span></div></header><div class="node__content"><div class="field '
                'field--name-field-image"><figure><img src="/files/a.jpg"><figcaption>Học viên thực '
                'hành tại phòng thí nghiệm</figcaption></figure></div><div class="field '
                'field--name-body">' + "".join(f"<p>{p}</p>" for p in PARAS) + f"</div>{extra}</div>"
                "</article>")
    got = _generic(_page(node("")))
    assert got["authors"] == ["Lê Minh Khoa"]
    assert [i["caption"] for i in got["images"]] == ["Học viên thực hành tại phòng thí nghiệm"]
    field = ('<div class="field field--name-field-tac-gia"><div class="field__label">Tác giả</div>'
             '<div class="field__items"><div class="field__item">Phạm Thu Trang</div>'
             '<div class="field__item">Đỗ Quang Vinh</div></div></div>')
    got = _generic(_page(node(field).replace("node__author", "node__user")))
    assert got["authors"] == ["Phạm Thu Trang", "Đỗ Quang Vinh"]


def test_fragments_a_bold_sapo_before_the_body_and_an_author_field_in_the_header():
    """A page of fragments (Liferay content pages): the headline, a date and a "Tác giả:"
    field in fragments of their own, then a fragment holding only a bold paragraph (the
    sapo), then the body's fragment; a signature above a "Ngày đăng: …" line closes it."""
    def frag(inner: str) -> str:
        return f'<div class="lfr-item"><div class="fragment"><div class="component">{inner}</div></div></div>'
    page = (frag(f"<h1>{TITLE}</h1>") + frag("<span>Ngày đăng:</span> <span>12/03/2024</span>")
            + frag('<span class="label">Tác giả:</span> <span>Phạm Thị Hồng Nhung</span>')
            + frag(f"<p><strong>(CĐSNN) - {PARAS[0]}</strong></p>")
            + frag("".join(f"<p>{p} Nội dung tiếp theo, phần {i}.</p>"
                           for i, p in enumerate(PARAS[1:] * 3))))
    got = _generic(_page(page).replace(f'<h1 id="page-title">{TITLE}</h1>', ""))
    assert got["lead"] == PARAS[0] and got["agency_prefix"] == "(CĐSNN) -"
    assert got["authors"] == ["Phạm Thị Hồng Nhung"]
    signed = ('<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS)
              + '<p style="text-align: right;"><strong>Công an phường Hương Mỹ</strong></p>'
              '<div class="post-date">Ngày đăng: 02/04/2024</div></div>')
    got = _generic(_page(signed))
    assert got["unit"] == "Công an phường Hương Mỹ"
