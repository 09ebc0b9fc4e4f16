"""Extraction against known truth, for every family in the registry.

HueCIT and Liferay pages come from the demo portal, whose data file is the truth for every
page; the generic family is checked on the public article-extraction benchmark against bare
trafilatura. A family without test data fails ``test_every_family_has_test_data``.
"""

from __future__ import annotations

import gzip
import json

import pytest

from crawler.demo.corpus import load_corpus
from crawler.demo.huecit import CP1258_ARTICLES, DELETED_ARTICLE, HueCitSite
from crawler.extract import Status, extract_page
from crawler.extract.evaluate import body_f1
from crawler.profiles import FAMILIES, make_profile
from tests.helpers import AEB_DIR, DEMO_SITES, as_record

FIXTURES = {**dict.fromkeys(DEMO_SITES, "demo"), "generic": "aeb"}
BASE = "http://portal.example.gov.vn"


def test_every_family_has_test_data():
    assert set(FAMILIES) == set(FIXTURES)


def _fetch(site, path: str):
    path, _, query = path.partition("?")
    return site.handle(path, query)


def _extract(family: str, site, path: str) -> dict:
    reply = _fetch(site, path)
    assert reply.status == 200
    return extract_page({"url": BASE + path, "body": reply.body,
                         "content_type": reply.headers.get("Content-Type"),
                         "hints": make_profile(family, f"t-{family}").hints()})


def _cases():
    for family, cls in DEMO_SITES.items():
        for a in load_corpus(family):
            yield pytest.param(family, cls, a, id=f"{family}-{a.id}")


@pytest.mark.parametrize("family,cls,article", list(_cases()))
def test_demo_article_matches_truth(family, cls, article):
    site = cls(BASE)
    got = _extract(family, site, cls.article_path(article))
    assert got["status"] == Status.OK
    assert as_record(got) == article.truth(base=BASE, image_src=cls.image_src,
                                           category=site.category_label(article))
    assert got["date_label"] in (None, "Ngày cập nhật", "Ngày đăng")
    for chrome in ("Tin liên quan", "Skip Ribbon", "Các tin khác", "Truy cập tổng",
                   "Lượt truy cập", "Số lượt truy cập", "Ghi rõ nguồn", ".jpg", "Ảnh 1."):
        assert chrome not in got["text"]


def test_windows_1258_page_is_decoded_and_normalised():
    site = HueCitSite(BASE)
    article = site.by_id[min(CP1258_ARTICLES)]
    reply = _fetch(site, site.article_path(article))
    assert "windows-1258" in reply.headers["Content-Type"]
    with pytest.raises(UnicodeDecodeError):
        reply.body.decode("utf-8")
    got = _extract("huecit", site, site.article_path(article))
    assert got["encoding"] == "cp1258"
    assert got["text"] == article.text and got["title"] == article.title
    assert "not_nfc_source" in got["flags"]


@pytest.mark.parametrize("family,path", [
    ("huecit", f"/?gd=19&cn=115&tc={DELETED_ARTICLE}"),
    ("liferay", "/tin-tuc-su-kien/-/view_content/120399-thong-bao-tuyen-dung-vien-chuc-nam-2019.html"),
])
def test_soft_404_detected(family, path):
    site = DEMO_SITES[family](BASE)
    reply = _fetch(site, path)
    assert reply.status == 200  # the portal says OK; the content says otherwise
    assert _extract(family, site, path)["status"] == Status.SOFT_404


def test_decoy_dates_never_taken():
    for family, cls in DEMO_SITES.items():
        site = cls(BASE)
        decoys = [a for a in load_corpus(family) if a.decoy_date]
        assert decoys, family
        for a in decoys:
            assert _extract(family, site, cls.article_path(a))["published_at"] == a.published


# -- generic family: the public benchmark ------------------------------------------------------
def test_generic_family_no_worse_than_bare_trafilatura():
    """All benchmark pages, the same bytes to both, no tolerance."""
    import trafilatura

    if not AEB_DIR.is_dir():
        pytest.skip(f"benchmark data not at {AEB_DIR} (set PORTAL_ARCHIVE_AEB)")
    truth = json.loads((AEB_DIR / "ground-truth.json").read_text("utf-8"))
    hints = make_profile("generic", "t-generic").hints()
    ours, bare = [], []
    for page_id in sorted(truth):
        body = gzip.decompress((AEB_DIR / "html" / f"{page_id}.html.gz").read_bytes())
        url = truth[page_id].get("url") or "http://example.com/"
        expected = truth[page_id]["articleBody"]
        got = extract_page({"url": url, "body": body, "content_type": None, "hints": hints})
        ours.append(body_f1(got.get("text"), expected))
        bare.append(body_f1(trafilatura.extract(body, url=url) or "", expected))
    mean_ours, mean_bare = sum(ours) / len(ours), sum(bare) / len(bare)
    assert len(ours) == 181
    assert mean_ours >= mean_bare, (mean_ours, mean_bare)


# -- generic rules on pages of no known template (#13), each on a page written for it ----------
_MENU = "".join(f'<tr><td class="menu"><a href="/m{i}">Mục {name}</a></td></tr>' for i, name in
                enumerate(("Giới thiệu chung", "Tin tức - Sự kiện", "Văn bản", "Liên hệ")))
_BODY = ("Sáng nay, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển khai kế hoạch "
         "phòng chống hạn mặn cho vụ lúa đông xuân, với sự tham dự của lãnh đạo các huyện.",
         "Theo báo cáo, toàn tỉnh có hơn mười hai nghìn héc ta lúa có nguy cơ thiếu nước tưới; "
         "các địa phương đã nạo vét bốn mươi ki lô mét kênh mương nội đồng.",
         "Giám đốc Sở đề nghị các đơn vị theo dõi chặt chẽ độ mặn, vận hành hợp lý các cống và "
         "hướng dẫn nông dân gieo sạ đúng lịch thời vụ đã khuyến cáo.")


def _generic(html: str, url: str = "https://snn.example.gov.vn/Portal/Detail.aspx?ID=77") -> dict:
    return extract_page({"url": url, "body": html.encode("utf-8"),
                         "content_type": "text/html; charset=utf-8",
                         "hints": make_profile("generic", "t-generic").hints()})


def _layout_page(title_tag: str = "<span class=\"tieude\">{t}</span>") -> str:
    """A whole page laid out in one table: header, left menu, article cell, footer."""
    title = "Hội nghị triển khai kế hoạch phòng chống hạn mặn vụ đông xuân"
    paras = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><head><title>Cổng thông tin điện tử Sở Nông nghiệp</title></head><body>"
        '<table width="100%"><tr><td colspan="2">Hôm nay: Thứ Hai, ngày 04/12/2023</td></tr>'
        f'<tr><td width="200"><table>{_MENU}</table></td><td><div class="chitiet">'
        f"{title_tag.format(t=title)}<div>Ngày đăng: 09/06/2023 15:10</div>"
        f'<div class="noidung">{paras}'
        '<p><img src="/Upload/2023/6/hoi-nghi.jpg" style="width: 500px"></p>'
        "<p><em>Quang cảnh hội nghị (Ảnh: Minh Châu)</em></p></div>"
        '<div class="tacgia">Tác giả: Lê Văn An</div></div></td></tr>'
        '<tr><td colspan="2"><img src="/images/icon_user.gif"> Số lượt truy cập: 2.577.778<br>'
        "Địa chỉ: 12 Lê Lợi, điện thoại 0234.3822.456. Ghi rõ nguồn khi phát hành lại thông tin "
        "từ nguồn này.</td></tr></table></body></html>")


def test_generic_reads_an_article_inside_a_layout_table():
    """trafilatura keeps layout tables as tables (the whole page, row by row); read as boxes,
    the article is found, and nothing outside its block (menu, header, footer) is kept."""
    got = _generic(_layout_page())
    assert got["text"] == "\n\n".join(_BODY)
    assert got["title"] == "Hội nghị triển khai kế hoạch phòng chống hạn mặn vụ đông xuân"
    assert got["published_at"].isoformat() == "2023-06-09T15:10:00+07:00"  # not "Hôm nay"
    assert [(i["caption"], i["credit"]) for i in got["images"]] == [
        ("Quang cảnh hội nghị", "Ảnh: Minh Châu")]  # the counter's icon is no photo
    assert got["authors"] == ["Lê Văn An"]


def test_title_is_not_a_section_name_nor_the_portal_name():
    """A <title> that is only the portal's name, a module heading that is also a menu link:
    the headline is the title-named element just before the body."""
    page = _layout_page().replace(
        '<div class="chitiet">', '<div class="chitiet"><h2>Mục Tin tức - Sự kiện</h2>')
    assert _generic(page)["title"] == "Hội nghị triển khai kế hoạch phòng chống hạn mặn vụ đông xuân"


def test_event_date_in_the_lead_is_not_the_publication_date():
    """"Chiều ngày 5/1/2023, …" opens the lead; the page's own date line says 06/01/2023."""
    lead = ("Chiều ngày 5/1/2023, UBND xã tổ chức hội nghị tổng kết tình hình thực hiện nhiệm "
            "vụ phát triển kinh tế - xã hội năm 2022 và triển khai nhiệm vụ năm 2023.")
    page = ("<html><head><title>Hội nghị tổng kết năm 2022 của UBND xã</title></head><body>"
            "<h1>Hội nghị tổng kết năm 2022 của UBND xã</h1>"
            "<div><span>Ngày cập nhật 06/01/2023</span></div>"
            f"<div class=\"tomtat\"><strong>{lead}</strong></div><div class=\"noidung\">"
            + "".join(f"<p>{p}</p>" for p in _BODY) + "</div></body></html>")
    got = _generic(page)
    assert got["published_at"].isoformat() == "2023-01-06T00:00:00+07:00"
    assert got["date_label"] == "Ngày cập nhật"


def test_caption_in_the_paragraph_after_a_photo_deep_in_the_body():
    """<div body><div text><p><img></p><p><em>caption</em></p>…: the photo's paragraph is
    its <p>, not the whole text box around it."""
    page = ("<html><head><title>Tiêm phòng vắc xin cho đàn gia súc đợt một năm 2023</title></head>"
            "<body><h1>Tiêm phòng vắc xin cho đàn gia súc đợt một năm 2023</h1>"
            "<div class=\"chitiettin\"><div class=\"tomtat\"><strong>Các huyện đồng loạt ra quân "
            "tiêm phòng lở mồm long móng cho đàn trâu bò trước mùa mưa năm nay.</strong></div>"
            f"<div class=\"noidung\"><p>{_BODY[0]}</p>"
            '<p style="text-align:center"><img src="/UploadFiles/TinTuc/2023/4/14/a.jpg"></p>'
            "<p><em>Cán bộ thú y tiêm phòng cho đàn bò (Ảnh: Thu Hiền)</em></p>"
            f"<p>{_BODY[1]}</p><p>{_BODY[2]}</p></div></div></body></html>")
    got = _generic(page)
    assert [(i["caption"], i["credit"]) for i in got["images"]] == [
        ("Cán bộ thú y tiêm phòng cho đàn bò", "Ảnh: Thu Hiền")]
    assert got["text"] == "\n\n".join(_BODY)


def test_pop_images_takes_the_photos_own_paragraph_not_the_box_around_it():
    """Called on an article box whose text sits one level deeper (div > div > p > img)."""
    import lxml.html

    from crawler.extract.body import pop_images

    box = lxml.html.fromstring(
        f'<div class="chitiettin"><div class="noidung"><p>{_BODY[0]}</p>'
        '<p><img src="/UploadFiles/TinTuc/2023/4/14/a.jpg"></p>'
        "<p><em>Cán bộ thú y tiêm phòng cho đàn bò (Ảnh: Thu Hiền)</em></p>"
        f"<p>{_BODY[1]}</p></div></div>")
    images = pop_images(box, "https://x.example.gov.vn/")
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Cán bộ thú y tiêm phòng cho đàn bò", "Ảnh: Thu Hiền")]
    assert _BODY[0] in box.text_content() and _BODY[1] in box.text_content()


# -- titles, bylines and captions on templates nobody described (#13) -------------------------
_HEADLINE = "Khánh thành nhà văn hóa thôn Phú Lộc sau sáu tháng thi công"


def _blog_page(closing: str = "", meta_author: str | None = None, extra_body: str = "") -> str:
    """A blog-style portal: a masthead whose name links home, the headline inside the
    article's own <header>, a signature line, then print/share tools and other news."""
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    return (
        f"<html><head><title>{_HEADLINE} - Cổng thông tin điện tử xã Phú Lộc</title>{meta}"
        '</head><body><header class="masthead"><p class="site-title"><a href="https://phuloc.'
        'example.gov.vn/">Cổng thông tin điện tử xã Phú Lộc</a></p></header>'
        f'<main><article><header><h1>{_HEADLINE}</h1><div>Ngày đăng: 03/03/2024 08:15</div>'
        '</header><div class="noidung">' + "".join(f"<p>{p}</p>" for p in _BODY)
        + extra_body + closing
        + '<div class="tools"><a href="javascript:window.print()">In bài viết</a> '
        '<a href="javascript:history.back()">Quay lại</a></div></div></article>'
        '<div><h3>Tin khác</h3><ul><li><a href="/tin/12">Ra quân làm đường giao thông nông thôn '
        'thôn Phú Lộc năm 2024</a></li><li><a href="/tin/13">Tổng kết phong trào thi đua yêu '
        "nước của xã năm 2023</a></li></ul></div></main></body></html>")


def test_headline_in_the_articles_own_header_not_the_masthead():
    """A <header> inside <article> is the article's (WordPress puts its <h1> there); the
    masthead's portal name, a title-named element linking home, is never the headline."""
    got = _generic(_blog_page(), "https://phuloc.example.gov.vn/2024/03/03/khanh-thanh/")
    assert got["title"] == _HEADLINE


def test_title_of_portal_and_section_only_gives_the_heading_before_the_body():
    """<title> "Portal > Section": the part naming the portal (its home link's title) and the
    section are no headline; a box of other articles' titles is not one either."""
    page = (
        "<html><head><title>Sở Khoa học và Công nghệ Phú Yên &gt; Tin tức - Sự kiện</title>"
        '</head><body><div><a href="/" title="Sở Khoa học và Công nghệ tỉnh Phú Yên">'
        '<img src="/banner.jpg" alt="Sở Khoa học và Công nghệ tỉnh Phú Yên"></a></div>'
        '<div><h2 class="c_title">Tin mới cập nhật</h2><ul><li><a class="link-title" '
        'href="/?NewsID=77">Sở Khoa học và Công nghệ Phú Yên tổng kết hoạt động năm 2023</a></li>'
        '</ul></div><div><h2><a href="/?tabid=94">Tin tức - Sự kiện</a></h2>'
        f'<div><span class="TieuDe">{_HEADLINE}</span></div><div>Ngày đăng: 14/05/2015 09:30</div>'
        '<div class="noidung">' + "".join(f"<p>{p}</p>" for p in _BODY) + "</div></div>"
        "</body></html>")
    assert _generic(page, "https://skhcn.example.gov.vn/?NewsID=81")["title"] == _HEADLINE


@pytest.mark.parametrize(("line", "authors", "unit"), [
    ("Văn phòng Sở", [], "Văn phòng Sở"),
    ("Hồng Nhung", ["Hồng Nhung"], None),
    ("Minh Hiếu - Trung tâm Xúc tiến Thương mại", ["Minh Hiếu"], "Trung tâm Xúc tiến Thương mại"),
    ("Lê Anh - Phương Thảo", ["Lê Anh", "Phương Thảo"], None),
    ("Chi cục Văn thư - Lưu trữ", [], "Chi cục Văn thư - Lưu trữ"),
    ("Chi cục Chăn nuôi và Thú y", [], "Chi cục Chăn nuôi và Thú y"),
    ("Theo Báo Dân tộc và Phát triển", [], "Báo Dân tộc và Phát triển"),
    ("Nguồn: Sở Y tế", [], "Sở Y tế"),
    ("Tin, ảnh: Minh Anh", ["Minh Anh"], None),
    ("Trường Giang", ["Trường Giang"], None),  # a given name, though "Trường" opens schools
])
def test_signature_line_tells_people_from_offices(line, authors, unit):
    from crawler.extract.body import split_byline

    assert split_byline(line) == (authors, unit)


def test_sentences_and_credits_are_no_signature():
    from crawler.extract.body import split_byline

    assert split_byline("Ảnh: Lê Thọ") is None
    assert split_byline("Quang cảnh hội nghị tổng kết") is None


@pytest.mark.parametrize(("closing", "authors", "unit"), [
    ('<p style="text-align: right;"><strong>Thanh Hải</strong></p>', ["Thanh Hải"], None),
    ('<p class="has-text-align-right"><strong>UBND xã Phú Lộc</strong></p>', [], "UBND xã Phú Lộc"),
    ('<p style="text-align:right"><strong>Hải Thuận</strong></p>'
     '<p style="text-align:right"><em>Nguồn: Báo Phú Yên</em></p>', ["Hải Thuận"], "Báo Phú Yên"),
])
def test_generic_reads_the_closing_signature_past_the_tools(closing, authors, unit):
    """The signature closes the body; print/back links and other news below it in the same
    block are looked past. People go to ``authors``, offices to ``unit``, and the lines
    leave the text."""
    got = _generic(_blog_page(closing), "https://phuloc.example.gov.vn/2024/03/03/khanh-thanh/")
    assert (got["authors"], got["unit"]) == (authors, unit)
    assert got["text"] == "\n\n".join(_BODY)


def test_metadata_author_only_when_the_page_prints_it():
    """A CMS account in metadata ("bbt_phuloc") names nobody a reader sees."""
    got = _generic(_blog_page(meta_author="bbt_phuloc"),
                   "https://phuloc.example.gov.vn/2024/03/03/khanh-thanh/")
    assert got["authors"] == [] and got["unit"] is None


def test_profile_author_field_holding_an_office_is_the_unit():
    """A profile's author node that prints an office is the unit, never split at its "và";
    a CMS account name there is no author."""
    import lxml.html

    from crawler.extract import _profile_byline

    def read(text: str) -> dict:
        root = lxml.html.fromstring(f'<div><span class="tacgia">{text}</span></div>')
        result: dict = {}
        _profile_byline(root, {"author": ".tacgia"}, result)
        return result

    assert read("Chi cục Chăn nuôi và Thú y") == {"authors": [], "unit": "Chi cục Chăn nuôi và Thú y"}
    assert read("admin admin")["authors"] == []
    assert read("Minh Anh, Hoàng Long")["authors"] == ["Minh Anh", "Hoàng Long"]


def test_thumbnails_file_names_and_caption_credit_pairs():
    """An image linking to another page is another article's thumbnail; a file name is no
    caption; a plain line under a photo followed by a "Ảnh: …" line is its caption."""
    import lxml.html

    from crawler.extract.body import pop_images

    box = lxml.html.fromstring(
        f'<div><p>{_BODY[0]}</p>'
        '<div type="Photo"><div><a href="/Upload/2024/3/khanh-thanh.jpg">'
        '<img src="/Upload/2024/3/khanh-thanh.jpg"></a></div>'
        "<div><p>Lãnh đạo xã cắt băng khánh thành nhà văn hóa.</p></div>"
        "<div><p>Ảnh: Minh Tâm</p></div></div>"
        f"<p>{_BODY[1]}</p>"
        '<table><tr><td><img src="/Thumbs/IMG_5521_JPG.jpg"></td></tr><tr><td>IMG_5521.JPG</td>'
        '</tr></table><div><a href="/album/31"><img src="/album31/cover.jpg?w=330"></a>'
        "<p>Ngày hội khởi nghiệp</p></div></div>")
    images = pop_images(box, "https://phuloc.example.gov.vn/")
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Lãnh đạo xã cắt băng khánh thành nhà văn hóa", "Ảnh: Minh Tâm"), (None, None)]
    assert "Ảnh: Minh Tâm" not in box.text_content()
    assert _BODY[1] in box.text_content()


def test_attachment_list_is_not_body_text():
    """"File đính kèm:" over a list of download links, after the signature: not text."""
    import lxml.html

    from crawler.extract.body import paragraphs, pop_signature, prune_attachments

    box = lxml.html.fromstring(
        f'<div><p>{_BODY[0]}</p><p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'
        '<div><p><strong>File đính kèm:</strong></p><ul><li><a href="/doc/tb-112.pdf">Thông báo '
        'tuyển dụng số 112/TB-SNV</a> <a href="/doc/tb-112.pdf?download=true">Tải về</a></li>'
        "</ul></div></div>")
    assert prune_attachments(box) == 1
    assert pop_signature(box)[:2] == ([], "Văn phòng Sở")
    assert paragraphs(box) == [_BODY[0]]
