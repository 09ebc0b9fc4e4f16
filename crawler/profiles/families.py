"""The CMS families seen on Vietnamese government portals (see PORTALS.md).

Each is a declarative :class:`Family`; a portal entry in ``sources.toml`` names one and
overrides only what differs on that portal.
"""

from __future__ import annotations

from crawler.profiles.base import Family

__all__ = ["GENERIC", "HUECIT", "LIFERAY", "SHAREPOINT", "DOTNETNUKE", "VCCORP", "BUILTIN_FAMILIES"]

#: Chrome shared by most portals; pruned inside the body container too, because related-news
#: and share boxes sometimes sit inside it.
_COMMON_PRUNE = (
    "script", "style", "form", "iframe", "noscript",
    ".other-news", ".tin-khac", ".related", ".tool-news", ".taglib-social-bookmarks",
)

HUECIT = Family(
    name="huecit",
    description="HueCIT eGov (Thừa Thiên Huế department and district sites)",
    # Markup that gives the family away (profiles/detect.py weighs the kinds), from PORTALS.md:
    # the ?gd=&cn=&tc= URL scheme (either order), the dated upload folders, the thuathienhue.gov.vn
    # hosts, and the Huế main portal's /tid/<slug>/newsid/<GUID>/cid/<GUID> paths: HueCIT's news
    # module on a DNN platform, so a "vendor" signal that outranks DNN's scaffolding.
    signatures=(
        ("link:gd-cn-tc", r"[?&;]gd=\d+&(?:amp;)?(?:cn|tc)=\d+|[?&;]cn=\d+&(?:amp;)?gd=\d+"),
        ("vendor:newsid-cid", r"/newsid/[0-9a-f]{8}-[0-9a-f-]{27}/cid/[0-9a-f]{8}-"),
        ("media:/UploadFiles/TinTuc/", r"/uploadfiles/tintuc/\d{4}/\d{1,2}/\d{1,2}/"),
        ("host:thuathienhue.gov.vn", r"thuathienhue\.gov\.vn\b"),
    ),
    article_urls=(r"^/(?:default\.aspx)?\?(?:cn=\d+&)?gd=\d+&tc=\d+$",),
    listing_urls=(r"^/$", r"^/(?:default\.aspx)?\?(?:cn=\d+&)?gd=\d+(?:&pg=\d+)?$"),
    trap_urls=(
        ("calendar", r"[?&]ngay="),
        ("search", r"[?&]tukhoa="),
        ("admin", r"^/admin/"),
    ),
    # Current template (div.news-detail) and the older table-based one (table.tbl-news-detail).
    title=".news-detail .title-news, .tbl-news-detail .title-news",
    date=".news-detail .date-news, .tbl-news-detail .date-news",
    # "Ngày cập nhật" is usually the only date shown and then serves as the publication date;
    # beside a "Ngày đăng" it is the update date.
    date_labels=("Ngày đăng", "Ngày cập nhật"),
    updated_labels=("Ngày cập nhật", "Cập nhật"),
    body=".news-detail .content-news, .tbl-news-detail .content-news",
    lead_bold_first=True,
    prune=_COMMON_PRUNE,
    breadcrumb=".breadcrumb a",
)

LIFERAY = Family(
    name="liferay",
    description="Liferay 6/7 asset publisher (VNPT eportal, EcoIT, so4t themes)",
    # Markup that gives the family away (profiles/detect.py weighs the kinds): what Liferay's
    # portal core writes on every page (portlet wrappers p_p_id_<portlet>_ with the
    # portlet-boundary_<portlet>_ class, layout columns, the Liferay JS object and themeDisplay,
    # its script/combo paths, /c/portal/ actions, document-library and journal image URLs), its
    # Liferay-Portal header and cookies, and the URL scheme PORTALS.md lists.
    signatures=(
        ("header:liferay-portal", r"^liferay-portal:"),
        ("cookie:liferay",
         r"^set-cookie:\s*(?:guest_language_id|cookie_support|lfr_session_state_\d+)="),
        ("generator:liferay", r"<meta\b[^>]{0,300}\bcontent=[\"']?liferay\b"),
        ("scaffold:portlet-boundary", r"portlet-boundary_\w{1,120}?_"),
        ("scaffold:p_p_id", r"p_p_id_\w{1,120}?_[\"'\s>]"),
        ("scaffold:layout-column", r"layout-column_[\w-]+"),
        ("script:Liferay", r"liferay\.(?:portlet|currenturl|themedisplay|aui|util|loader|authtoken"
                           r"|browser|language)\b|themedisplay\s*=\s*liferay\b"),
        ("script:/html/js/", r"/html/js/(?:barebone|everything|liferay|aui)\b"
                             r"|/o/frontend-js-[\w-]{1,80}/|/combo/?\?browserid="
                             r"|/html/css/main\.css"),
        ("script:/c/portal/", r"/c/portal/(?:login|logout|layout|update_\w+|render_portlet)\b"),
        ("link:p_p_id", r"[?&;]p_p_id=\w+"),
        ("link:/-/", r"/-/(?:asset_publisher|view_content|view-article|journal_content)/"),
        ("media:/documents/", r"/documents/\d+/\d+/|/image/journal/article\?img_id="),
        ("class:journal-content", r"journal-content-article|asset-full-content|taglib-[\w-]+"),
        ("label:skip-to-content", r"truy cập nội dung luôn"),
    ),
    article_urls=(
        r"^/[\w-]+(?:/[\w-]+)*/-/view_content/\d+-[\w-]+\.html$",
        r"/-/asset_publisher/\w+/content/[\w-]+$",
        r"/-/view-article/\d+/\d+/\d+$",  # Quảng Trị: category timestamp, epoch ms
    ),
    listing_urls=(
        r"^/(?![^?]*/-/)[\w-]+(?:/[\w-]+)*$",
        r"^/[\w-]+(?:/[\w-]+)*\?(?:_\w+_(?:cur|delta)=\d+&)*p_p_id=\w+$",
    ),
    trap_urls=(
        # Language switches append /en, /vi … to any path and recurse (PORTALS.md trap 1).
        ("language_switch", r"\.html/|/(?:en|vi|en_us|vi_vn)(?:/|$|\?)"),
        ("login", r"^/c/portal/login|[?&]p_p_id=58(?:&|$)|_58_struts_action"),
        ("private_page", r"^/group/"),
    ),
    # The asset publisher's own parameters (_101_… on 6.x, _com_liferay_… on 7.x: keywords,
    # advancedSearch, andOperator, redirect…) only re-render the page, except _cur and _delta.
    drop_params=(
        r"p_p_lifecycle", r"p_p_state", r"p_p_mode", r"p_p_col_\w+", r"p_r_p_\w+",
        r"redirect", r"_flagRedirect", r"saveLastPath", r"p_l_id",
        r"_(?:\d+|com_liferay)\w*(?<!_cur)(?<!_delta)",
    ),
    title=".asset-full-content .header-title, .asset-full-content .asset-title",
    date=".asset-full-content .metadata-publish-date",
    date_labels=("Ngày đăng",),
    updated_labels=("Ngày cập nhật", "Cập nhật"),
    body=".asset-full-content .journal-content-article",
    lead=".journal-content-article p.sapo, .asset-full-content .sapo",
    lead_bold_first=True,
    prune=_COMMON_PRUNE,
    breadcrumb=".breadcrumb a",
)

SHAREPOINT = Family(
    name="sharepoint",
    description="SharePoint 2010/2013 publishing sites (ministries: moet, most, molisa, mic…)",
    # Markup that gives the family away (profiles/detect.py weighs the kinds): SharePoint's
    # response headers, its generator/ProgId metas, the page context script, /_layouts/ and
    # master-page paths, the s4- workspace of its master pages, web-part form fields and zones,
    # its rich-text classes, the "Skip Ribbon Commands" link (PORTALS.md) and /Pages/*.aspx URLs.
    signatures=(
        ("header:MicrosoftSharePointTeamServices",
         r"^(?:microsoftsharepointteamservices|sprequestguid|x-sharepointhealthscore|spiislatency"
         r"|sprequestduration):"),
        ("generator:microsoft-sharepoint",
         r"<meta\b[^>]{0,300}\bcontent=[\"']?(?:microsoft sharepoint|sharepoint\.webpartpage)"),
        ("script:_spPageContextInfo",
         r"_sp(?:pagecontextinfo|bodyonloadfunctionnames|friendlyurlpagecontextinfo)\b"),
        ("script:/_layouts/", r"/_layouts/(?:\d+/)?[\w./-]{1,120}?\.(?:js|css|aspx|axd|png|gif)"),
        ("script:/_catalogs/", r"/_catalogs/masterpage/|/style(?: |%20)library/|/_vti_bin/"),
        ("scaffold:s4-workspace", r"s4-(?:workspace|bodycontainer|ribbonrow|titlerow)\b"),
        ("scaffold:PlaceHolderMain", r"ctl00_placeholder\w+|webpartwpq\d+|msozonecell_webpart"),
        ("form:MSOWebPartPage",
         r"msowebpartpage_\w+|msolayout_\w+|msospwebpartmanager_\w+|__requestdigest\b"),
        ("class:ms-rte", r"ms-rte(?:element|state|image|layout)\w*|ms-webpart(?:zone|chrome)\w*"),
        ("link:/Pages/", r"/pages/[\w%.-]{1,200}?\.aspx\b"),
        ("label:skip-ribbon", r"skip ribbon commands"),
    ),
    # SharePoint answers any case and both /Pages/ and /pages/: one spelling, lower case.
    lowercase_path=True,
    lowercase_param_names=True,
    article_urls=(r"^/(?:[\w-]+/)*pages/[\w-]+\.aspx$", r"^/pages/chitiettin\.aspx\?",
                  r"/pages/chi-tiet\.aspx\?url="),
    listing_urls=(r"^/$", r"^/pages/home\.aspx$", r"^/(?:[\w-]+/)*pages/[\w-]+\.aspx\?page=\d+$",
                  r"/chuyen-muc/\d+/"),
    trap_urls=(
        ("system_page", r"^/_layouts/|^/_vti_bin/|^/_catalogs/|/forms/(?:allitems|dispform)\.aspx"),
        ("login", r"authenticate\.aspx|login|signin"),
        ("print", r"[?&]print="),
    ),
    drop_params=(r"source", r"contenttypeid", r"initialtabid", r"visibilitycontext"),
    title=".article-detail .title-detail",
    date=".article-detail .date-detail",
    date_labels=("Ngày đăng",),
    updated=".article-detail .date-detail",
    updated_labels=("Cập nhật",),
    body=".article-detail .content-detail",
    lead=".article-detail .sapo-detail",
    lead_bold_first=True,
    author=".author-detail .tacgia",
    source=".author-detail .nguontin",
    prune=_COMMON_PRUNE + (".ms-rteImage-name",),
    breadcrumb=".breadcrumb a",
)

DOTNETNUKE = Family(
    name="dotnetnuke",
    description="DotNetNuke portals (moha, Quảng Ninh services): fields in dnn_ctrNNN_ labels",
    # Markup that gives the family away (profiles/detect.py weighs the kinds): DNN's banner
    # comment and generator meta, the dnn_ctrNNN_ module ids, DnnModule-<name> wrappers and skin
    # panes, its page form fields (__dnnVariable, dnn$ctrNNN$), /DesktopModules/, /Portals/ and
    # its scripts, its cookies, and tabid URLs (PORTALS.md).
    signatures=(
        ("cookie:dnn", r"^set-cookie:\s*(?:dnn_ismobile|\.dotnetnuke|dnnpersonalization)="),
        ("header:dnnoutputcache", r"^dnnoutputcache:"),
        ("generator:dotnetnuke",
         r"<meta\b[^>]{0,300}\bcontent=[\"']?(?:dotnetnuke|dnn platform)\b"),
        ("comment:dnn-platform", r"<!--\s*(?:dnn platform|dotnetnuke\W{0,3})\s*-\s*https?://"),
        ("scaffold:dnn_ctr", r"dnn_ctr\d+_"),
        ("scaffold:DnnModule", r"dnnmodule-|<!--\s*start_module_\d+"),
        ("scaffold:dnn-pane", r"dnn_(?:contentpane|leftpane|rightpane|toppane|bottompane)\b"),
        ("form:__dnnVariable", r"__dnnvariable\b|dnn\$ctr\d+\$"),
        ("script:/DesktopModules/", r"/desktopmodules/"),
        ("script:dnn.js", r"/js/dnn(?:core|\.modalpopup|\.servicesframework)?\.js"
                          r"|/dependencyhandler\.axd|/resources/shared/(?:scripts|components)/"),
        ("media:/Portals/", r"/portals/(?:\d+|_default)/"),
        ("link:tabid", r"[?&;/]tabid[=/]\d+"),
    ),
    lowercase_path=True,
    lowercase_param_names=True,
    article_urls=(r"^/default\.aspx\?articleid=\d+&ctl=articleview&mid=\d+&tabid=\d+$",
                  r"^/tabid/\d+/articleid/\d+/"),
    listing_urls=(r"^/$", r"^/default\.aspx\?tabid=\d+$"),
    trap_urls=(
        ("login", r"^/login\.aspx|[?&]ctl=(?:login|register|sendpassword)|[?&]returnurl="),
        ("print", r"[?&]print=|[?&]ctl=print"),
        ("admin", r"^/admin/|^/providers/"),
    ),
    title="[id$=ArticleView_lblTitle]",
    date="[id$=ArticleView_lblDate]",
    updated="[id$=ArticleView_lblUpdate]",
    updated_labels=("Cập nhật",),
    body="[id$=ArticleView_pnlContent]",
    lead="[id$=ArticleView_pnlSummary]",
    author="[id$=ArticleView_lblTacGia]",
    source="[id$=ArticleView_lblNguonThongTin]",
    prune=_COMMON_PRUNE,
    breadcrumb="#dnn_dnnBreadcrumb_lblBreadCrumb a",
)

VCCORP = Family(
    name="vccorp",
    description="chinhphu.vn family (VCCorp CMS): baochinhphu.vn, vpcp.chinhphu.vn, xaydungchinhsach…",
    # Markup that gives the family away (profiles/detect.py weighs the kinds): the VCCorp CMS's
    # editor embeds (VCSortableInPreviewMode, type="RelatedNewsBox"…), its data-role/data-linktype
    # attributes on detail and listing pages, its media CDNs and ad scripts, and the 18-digit
    # article ids of PORTALS.md (a 3-digit site prefix, 115 on chinhphu.vn, + yyMMddHHmmss + 3).
    signatures=(
        ("scaffold:VCSortableInPreviewMode", r"vcsortableinpreviewmode\b"),
        ("scaffold:related-box",
         r"type=[\"']?(?:relatednewsbox|relatedonenews|videostream|simplequote)\b"),
        ("scaffold:data-role", r"data-role=[\"']?(?:publishdate|sapo|content|author|cate-name)\b"),
        ("scaffold:data-linktype", r"data-linktype=[\"']?newsdetail|data-boxtype=|data-newstype="),
        ("media:mediacdn", r"mediacdn\.vn\b|cdnchinhphu\.vn\b|vcmedia\.vn\b"),
        ("script:admicro", r"admicro\.vn\b|_adm_channel\b|arfasync\b|admwrapper\b"),
        ("link:id18", r"-\d{18}\.htm\b"),
        # the family's feed address (PORTALS.md), in every page's head or footer
        ("scaffold:rss-home", r"/rss/home\.rss\b"),
        ("class:detail", r"detail-sapo|detail-cmain|detail-content|box-category-link-title"),
    ),
    # id = 115 + yyMMddHHmmss + 3 digits (PORTALS.md)
    article_urls=(r"^/[\w-]+-115\d{15}\.htm$",),
    listing_urls=(r"^/$", r"^/(?![\w-]*-115\d{15}\.htm$)[\w-]+\.htm$", r"^/[\w-]+/trang-\d+\.htm$"),
    trap_urls=(
        ("search", r"^/search|^/tim-kiem"),
        ("print", r"[?&]print=|/print/"),
    ),
    feeds=("/rss/home.rss",),
    title="h1.detail-title",
    date=".detail-time [data-role=publishdate]",
    updated=".detail-time .detail-update",
    updated_labels=("Cập nhật",),
    body=".detail-content",
    lead="h2.detail-sapo",
    lead_bold_first=True,
    author=".detail-author",
    source=".detail-source",
    prune=_COMMON_PRUNE + ("[type=RelatedNewsBox]", "[type=RelatedOneNews]", ".kbwscwl-relatedbox"),
    breadcrumb=".detail-cate a",
)

GENERIC = Family(
    name="generic",
    description="Unknown CMS: feeds, sitemaps and link heuristics; trafilatura alone",
    # Article pages carry a numeric id, a date path or a long slug; section pages rarely do.
    article_urls=(r"-\d{5,}(?:\.\w+)?$", r"/\d{4}/\d{1,2}/\d{1,2}/",
                  r"/\w+(?:-\w+){3,}(?:\.(?:html?|aspx|php))?/?$"),
    listing_urls=(r"^/$",),
    trap_urls=(
        ("calendar", r"[?&](?:ngay|date|day|month|year)="),
        ("login", r"login|dang-?nhap|forgot"),
    ),
    # The usual places, for a portal nobody has described yet.
    feeds=("/rss.xml", "/feed", "/rss"),
    sitemaps=("/sitemap.xml", "/sitemap_index.xml"),
    follow_other=True,
    fallback_generic=True,
    unit_last_bold_right=False,
)

BUILTIN_FAMILIES = (HUECIT, LIFERAY, SHAREPOINT, DOTNETNUKE, VCCORP, GENERIC)
