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
from crawler.demo.dotnetnuke import DotNetNukeSite
from crawler.demo.huecit import CP1258_ARTICLES, DELETED_ARTICLE, HueCitSite
from crawler.demo.liferay import LiferaySite
from crawler.demo.sharepoint import SharePointSite
from crawler.demo.vccorp import VCCorpSite
from crawler.extract import Status, extract_page
from crawler.extract.evaluate import body_f1
from crawler.profiles import FAMILIES, make_profile
from tests.conftest import AEB_DIR

DEMO_SITES = {"huecit": HueCitSite, "liferay": LiferaySite, "sharepoint": SharePointSite,
              "dotnetnuke": DotNetNukeSite, "vccorp": VCCorpSite}
FIXTURES = {**dict.fromkeys(DEMO_SITES, "demo"), "generic": "aeb"}
TRUTH_FIELDS = ("title", "agency_prefix", "lead", "text", "published_at", "date_precision",
                "updated_at", "authors", "unit", "images", "category")
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


def as_record(got: dict) -> dict:
    out = {k: got.get(k) for k in TRUTH_FIELDS}
    for key in ("published_at", "updated_at"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


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
