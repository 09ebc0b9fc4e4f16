"""HTML of the hostile site: article, listing, maintenance, soft-404 and print pages.

Markup the crawler's generic profile is configured for: ``h1.tieu-de``, ``div.ngay-dang``,
``div.noi-dung``, listings as ``ul.danh-sach``; around it the usual department-portal chrome
(menu, search box, link boxes, 'Tin khác', visitor counter, footer).
"""

# ruff: noqa: E501 (page text and templates read better unbroken, as in crawler/demo)

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from tests.hostile.text import DEPARTMENT, Article

__all__ = ["article_html", "listing_html", "maintenance_html", "secret_html", "soft404_html"]

Link = tuple[str, str]  # (href, label)

_MENU = ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Dịch vụ công", "Hỏi đáp", "Liên hệ")


def _page(title: str, main: str, *, charset: str | None = "utf-8", head_extra: str = "",
          side: Sequence[Link] = ()) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    menu = "".join(f'<li><a href="{"/" if i == 0 else "#"}">{escape(m)}</a></li>' for i, m in enumerate(_MENU))
    other = "".join(f'<li><a href="{escape(h, quote=True)}">{escape(label)}</a></li>' for h, label in side)
    side_box = f'<div class="tin-khac"><h3>Tin khác</h3><ul>{other}</ul></div>' if side else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{meta}
<title>{escape(title)} - {escape(DEPARTMENT)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head_extra}
</head>
<body>
<div class="banner"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ {escape(DEPARTMENT.upper())}</a></div>
<ul class="menu-chinh">{menu}</ul>
<form class="tim-kiem" action="#"><input type="text" name="tu-khoa" placeholder="Tìm kiếm tin tức"><button>Tìm</button></form>
<div class="noi-dung-chinh">
{main}
</div>
{side_box}
<div class="lien-ket-website"><h3>Liên kết website</h3>
<select><option>Cổng Thông tin điện tử Chính phủ</option><option>Cổng Dịch vụ công quốc gia</option><option>UBND các huyện, thị xã</option></select></div>
<div class="thong-ke">Thống kê truy cập: Truy cập tổng 4.218.733 | Truy cập hiện tại 317</div>
<div class="chan-trang">
<p>Bản quyền thuộc về {escape(DEPARTMENT)}</p>
<p>Địa chỉ: Số 18 đường Lê Lợi, thành phố Sơn Hà, tỉnh Sơn Hà. Điện thoại: 0299.3.812.456</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử {escape(DEPARTMENT)}" khi phát hành lại thông tin từ nguồn này.</p>
</div>
</body>
</html>
"""


def article_body(a: Article, paragraphs: Iterable[str] | None = None) -> str:
    """The inner HTML of ``div.noi-dung``: a bold lead, the paragraphs, the unit line."""
    paras = a.paragraphs if paragraphs is None else paragraphs
    blocks = [f"<p><strong>{escape(a.lead)}</strong></p>"]
    blocks += [f"<p>{escape(p)}</p>" for p in paras]
    blocks.append(f'<p style="text-align: right;"><strong>{escape(a.unit)}</strong></p>')
    return "\n".join(blocks)


def article_html(a: Article, *, date_line: str | None = None, dateline: str | None = None,
                 charset: str | None = "utf-8", head_extra: str = "", side: Sequence[Link] = (),
                 body: str | None = None, wrap: tuple[str, str] = ("", ""), print_view: bool = False) -> str:
    """A full article page.

    ``date_line``: what follows "Ngày đăng: " (default the article's date; "" drops the line).
    ``dateline``: an official dateline paragraph opening the body ("Hà Nội, ngày …").
    ``wrap``: markup put around the ``noi-dung`` div (element-heavy or deeply nested pages).
    """
    date_text = a.date_text if date_line is None else date_line
    date_div = f'<div class="ngay-dang">Ngày đăng: {escape(date_text)}</div>' if date_text else ""
    inner = article_body(a) if body is None else body
    if dateline:
        inner = f'<p class="dia-danh-ngay">{escape(dateline)}</p>\n{inner}'
    crumbs = '<div class="duong-dan"><a href="/">Trang chủ</a> / <a href="#">Tin tức - Sự kiện</a></div>'
    tools = ('<div class="cong-cu"><a href="javascript:window.print()">In trang</a></div>'
             if not print_view else '<div class="ban-in">Bản in</div>')
    main = (f'{crumbs}\n<div class="chi-tiet-tin">\n<h1 class="tieu-de">{escape(a.title)}</h1>\n{date_div}\n'
            f'{wrap[0]}<div class="noi-dung">\n{inner}\n</div>{wrap[1]}\n{tools}\n</div>')
    if print_view:
        return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>{escape(a.title)}</title>\n'
                f'{head_extra}\n</head>\n<body onload="window.print()">\n{main}\n</body>\n</html>\n')
    return _page(a.title, main, charset=charset, head_extra=head_extra, side=side)


def listing_html(title: str, items: Sequence[Link], *, extra: str = "", head_extra: str = "",
                 more: Sequence[Link] = ()) -> str:
    """A section page: ``ul.danh-sach`` of article links, then ``more`` (pagers, other sections)."""
    lis = "\n".join(f'<li><a href="{escape(h, quote=True)}">{escape(label)}</a></li>' for h, label in items)
    links = " ".join(f'<a href="{escape(h, quote=True)}">{escape(label)}</a>' for h, label in more)
    main = (f'<h2 class="tieu-de-chuyen-muc">{escape(title)}</h2>\n<ul class="danh-sach">\n{lis}\n</ul>\n'
            f'<div class="phan-trang">{links}</div>\n{extra}')
    return _page(title, main, head_extra=head_extra)


def maintenance_html() -> str:
    """What a portal shows at any URL while its CMS is down (200, no article markup)."""
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>Bảo trì hệ thống</title>\n'
            '</head>\n<body>\n<div class="bao-tri"><h2>Hệ thống đang bảo trì, vui lòng quay lại sau.</h2>\n'
            '<p>Xin lỗi quý bạn đọc vì sự bất tiện này.</p></div>\n</body>\n</html>\n')


def soft404_html() -> str:
    """A 'page not found' page with full chrome, as portals serve it with status 200."""
    main = ('<div class="thong-bao-loi"><h2>Không tìm thấy trang bạn yêu cầu</h2>\n'
            '<p>Tài nguyên không được tìm thấy. Trang có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được.</p>\n'
            '<p><a href="/">Quay về trang chủ</a></p></div>')
    return _page("Không tìm thấy trang", main)


def secret_html(where: str) -> str:
    """The 'internal service' page: a crawler that shows this word anywhere has gone too far."""
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>INTERNAL-SECRET</title>\n'
            f'</head>\n<body>\n<h1>INTERNAL-SECRET</h1>\n<p>Dịch vụ nội bộ ({escape(where)}), không được công khai.</p>\n'
            '</body>\n</html>\n')
