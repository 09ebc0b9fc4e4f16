"""Sitemap and RSS files for X1: two valid ones and three with XML entity tricks."""

from __future__ import annotations

from html import escape

from tests.hostile.cases import apath
from tests.hostile.text import article

__all__ = ["render"]

_URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def _url(base: str, aid: int) -> str:
    return (f"<url><loc>{base}{apath('x1', aid)}</loc>"
            f"<lastmod>{article(aid).published:%Y-%m-%d}</lastmod></url>")


def _item(base: str, aid: int, link: str | None = None) -> str:
    a = article(aid)
    return (f"<item><title>{escape(a.title)}</title><link>{link or base + apath('x1', aid)}</link>"
            f"<description>{escape(a.lead)}</description>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>")


def _channel(base: str, items: str) -> str:
    return (f'<rss version="2.0"><channel><title>Tin tức - Sở Thông tin và Truyền thông tỉnh Sơn Hà</title>'
            f"\n<link>{base}/x1/</link><description>Tin tức mới nhất</description>\n"
            f"{items}\n</channel></rss>\n")


def _lol() -> str:
    """The classic billion-laughs DTD: 10 levels of 10 references (10^9 'lol's)."""
    lines = ['<!ENTITY lol "lol">', '<!ENTITY lol1 "' + "&lol;" * 10 + '">']
    lines += [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(2, 10)]
    return "\n".join(lines)


def render(name: str, base: str) -> str:
    """The file at ``/x1/<name>`` with absolute URLs on ``base``."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if name.endswith("sitemap-ok.xml"):
        return f"{head}{_URLSET}\n{_url(base, 51101)}\n{_url(base, 51102)}\n</urlset>\n"
    if name.endswith("rss-ok.xml"):
        return head + _channel(base, _item(base, 51103) + "\n" + _item(base, 51104))
    if name.endswith("sitemap-lol.xml"):
        return (f"{head}<!DOCTYPE urlset [\n{_lol()}\n]>\n{_URLSET}\n{_url(base, 51105)}\n"
                f"<url><loc>{base}/x1/tin/&lol9;-59999.html</loc></url>\n{_url(base, 51106)}\n</urlset>\n")
    if name.endswith("sitemap-xxe.xml"):
        return (f'{head}<!DOCTYPE urlset [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n{_URLSET}\n'
                f"{_url(base, 51107)}\n<url><loc>{base}/x1/tin/&xxe;</loc></url>\n</urlset>\n")
    if name.endswith("rss-entity.xml"):
        dtd = '<!DOCTYPE rss [\n<!ENTITY rac "http://quang-cao.invalid/nhan-thuong?ma=tri-an-khach-hang">\n]>\n'
        return head + dtd + _channel(base, _item(base, 51108) + "\n" + _item(base, 51109, link="&rac;"))
    raise KeyError(name)
