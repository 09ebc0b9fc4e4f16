"""The CMS families seen on Vietnamese government portals (see PORTALS.md).

Each is a declarative :class:`Family`; a portal entry in ``sources.toml`` names one and
overrides only what differs on that portal.
"""

from __future__ import annotations

from crawler.profiles.base import Family

__all__ = ["GENERIC", "HUECIT", "LIFERAY", "BUILTIN_FAMILIES"]

#: Chrome shared by most portals; pruned inside the body container too, because related-news
#: and share boxes sometimes sit inside it.
_COMMON_PRUNE = (
    "script", "style", "form", "iframe", "noscript",
    ".other-news", ".tin-khac", ".related", ".tool-news", ".taglib-social-bookmarks",
)

HUECIT = Family(
    name="huecit",
    description="HueCIT eGov (Thừa Thiên Huế department and district sites)",
    article_urls=(r"^/(?:default\.aspx)?\?(?:cn=\d+&)?gd=\d+&tc=\d+$",),
    listing_urls=(r"^/$", r"^/(?:default\.aspx)?\?(?:cn=\d+&)?gd=\d+(?:&pg=\d+)?$"),
    trap_urls=(
        ("calendar", r"[?&]ngay="),
        ("search", r"[?&]tukhoa="),
        ("admin", r"^/admin/"),
    ),
    title=".news-detail .title-news",
    date=".news-detail .date-news",
    date_labels=("Ngày cập nhật",),
    body=".news-detail .content-news",
    lead="p:first-child > strong:only-child",
    prune=_COMMON_PRUNE,
    breadcrumb=".breadcrumb a",
)

LIFERAY = Family(
    name="liferay",
    description="Liferay 6/7 asset publisher (VNPT eportal, EcoIT, so4t themes)",
    article_urls=(
        r"^/[\w-]+(?:/[\w-]+)*/-/view_content/\d+-[\w-]+\.html$",
        r"/-/asset_publisher/\w+/content/[\w-]+$",
    ),
    listing_urls=(
        r"^/[\w-]+(?:/[\w-]+)*$",
        r"^/[\w-]+(?:/[\w-]+)*\?(?:_101_\w+=\d+&)*p_p_id=101\w*$",
    ),
    trap_urls=(
        # Language switches append /en, /vi … to any path and recurse (PORTALS.md trap 1).
        ("language_switch", r"\.html/|/(?:en|vi|en_us|vi_vn)(?:/|$|\?)"),
        ("login", r"^/c/portal/login|[?&]p_p_id=58(?:&|$)|_58_struts_action"),
        ("private_page", r"^/group/"),
    ),
    # Keep _101_*_cur and _101_*_delta; state, column and redirect noise only re-renders the page.
    drop_params=(
        r"p_p_lifecycle", r"p_p_state", r"p_p_mode", r"p_p_col_\w+", r"p_r_p_\w+",
        r"redirect", r"_?\w*_redirect", r"_flagRedirect", r"saveLastPath", r"p_l_id",
    ),
    title=".asset-full-content .header-title, .asset-full-content .asset-title",
    date=".asset-full-content .metadata-publish-date",
    date_labels=("Ngày đăng", "Ngày cập nhật"),
    body=".asset-full-content .journal-content-article",
    lead="p.sapo, p:first-child > strong:only-child",
    prune=_COMMON_PRUNE,
    breadcrumb=".breadcrumb a",
)

GENERIC = Family(
    name="generic",
    description="Unknown CMS: feeds, sitemaps and link heuristics; trafilatura alone",
    article_urls=(r"\.(?:html?|aspx)(?:\?|$)", r"/\d{4}/\d{1,2}/", r"-\d{5,}(?:\.\w+)?$"),
    listing_urls=(r"^/$",),
    trap_urls=(
        ("calendar", r"[?&](?:ngay|date|day|month|year)="),
        ("login", r"login|dang-?nhap|forgot"),
    ),
    follow_other=True,
    unit_last_bold_right=False,
)

BUILTIN_FAMILIES = (HUECIT, LIFERAY, GENERIC)
