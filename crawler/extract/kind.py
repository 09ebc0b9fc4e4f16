"""What a page is — an article, a listing, or another kind — judged from the page itself.

The family's URL rules are a prior, never a gate. The signals hold on any template, not one
theme's class names:

- what the page *names itself*: its h1, the last step of its breadcrumb trail, its
  ``<title>``/``og:title`` (a contact, sitemap, login or information page says so, and a news
  headline that only begins like one — "Giới thiệu sản phẩm…" — is not one);
- its *structure*: a listing's main block is a run of sibling items, each opening with a link
  to another page and carrying a summary or a date; an article's body is one run of
  paragraphs of running text that are not links. Summaries that outweigh the page's own
  running text, a block under the headline that opens with a link to another page, or a pager
  with no running text make a listing;
- what it holds: a password field, a text box echoing the URL's query, a form with little
  text, phone numbers throughout a short text; and JSON-LD/``og:type`` saying "article".
  One run of running text of an article body's length (100+ words) is the page's own text:
  a comment form, a login box, a comment pager or a box of links beside it is not the page.

Where nothing decides, the page is an article: losing an article costs more than archiving a
page too many.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus, urlsplit

from crawler.extract.page_structure import _BODY_RUN, _is_chrome, _structure, count_words

__all__ = ["PageKind", "count_words", "judge", "page_signals"]


class PageKind:
    ARTICLE = "article"
    LISTING = "listing"
    STATIC = "static"
    CONTACT = "contact"
    SEARCH = "search"
    LOGIN = "login"
    FORM = "form"
    SITEMAP = "sitemap"
    SOFT_404 = "soft_404"
    ATTACHMENT = "attachment"
    EMPTY = "empty"
    ALL = (ARTICLE, LISTING, STATIC, CONTACT, SEARCH, LOGIN, FORM, SITEMAP, SOFT_404, ATTACHMENT,
           EMPTY)


_STATIC_TITLE_RE = re.compile(
    r"^(?:giới thiệu|giới thiệu chung|chức năng|nhiệm vụ|chức năng,? nhiệm vụ|lịch sử|"
    r"quá trình hình thành|cơ cấu tổ chức|sơ đồ tổ chức|tổ chức bộ máy|lãnh đạo|ban lãnh đạo|"
    r"lãnh đạo (?:sở|ubnd|huyện|xã|bộ|cục)|các phòng|đơn vị trực thuộc|hướng dẫn|quy chế|"
    r"điều khoản|chính sách|tổng quan|thông tin chung|vị trí địa lý|điều kiện tự nhiên|"
    r"about(?: us)?|introduction|history|organi[sz]ation)\b",
    re.I,
)
_CONTACT_TITLE_RE = re.compile(r"^(?:liên hệ|thông tin liên hệ|danh bạ(?: điện thoại| thư điện tử"
                               r"| email| cơ quan| liên hệ)?|địa chỉ liên hệ|liên hệ - góp ý|liên hệ góp ý"
                               r"|contact(?: us)?)(?=\s|$)", re.I)
_SITEMAP_TITLE_RE = re.compile(r"^(?:sơ đồ (?:cổng|website|web|trang|site)|sitemap|site map)", re.I)
_SEARCH_RE = re.compile(r"kết quả tìm kiếm|tìm thấy \d+ kết quả|search results|"
                        r"không có kết quả (?:nào )?(?:phù hợp|tìm kiếm)", re.I)
_SEARCH_PARAM_RE = re.compile(r"[?&](?:q|s|keyword|keywords|tukhoa|tu-khoa|search|searchtext|"
                              r"query|k|kw)=([^&#]*)", re.I)
_PHONE_RE = re.compile(r"(?<!\d)(?:\(?0\d{1,3}\)?[\s.\-]?)(?:\d[\s.\-]?)?\d{3}[\s.\-]?\d{3,4}(?!\d)")
_ATTACHMENT_RE = re.compile(r"attachment|wp-att|/attachment/", re.I)
_LOGIN_NAME_RE = re.compile(r"^(?:đăng nhập|login|log in|sign in)(?=\s|$)")
_SEARCH_TITLE_RE = re.compile(r"^(?:tìm kiếm|kết quả tìm kiếm|tra cứu|search)\b", re.I)
#: Names of information pages, matched against a whole (short) heading by _named.
_STATIC_NAME_RE = re.compile(
    r"^(?:giới thiệu(?: chung)?|tổng quan|thông tin chung|chức năng(?: và)? nhiệm vụ(?: và)?"
    r"(?: quyền hạn)?|chức năng|nhiệm vụ(?: quyền hạn)?|cơ cấu tổ chức|sơ đồ tổ chức"
    r"|tổ chức bộ máy|(?:ban )?lãnh đạo|lịch sử(?: hình thành)?(?: và phát triển)?"
    r"|quá trình hình thành(?: và phát triển)?|vị trí địa lý|điều kiện tự nhiên"
    r"|đơn vị trực thuộc|các phòng(?: chuyên môn)?|about(?: us)?)(?=\s|$)")


def page_signals(root: Any) -> dict[str, Any]:
    """Cheap facts read from the untouched page tree, before extraction alters it.

    Besides the form controls, the *structure* of the page: its repeated items (a listing's
    main block is a run of sibling items, each a link to another page with a summary or a
    date), the longest run of running text outside them (an article's body), pagination,
    the page's own headings and what structured metadata says it is."""
    password = bool(root.xpath("//input[translate(@type,'PASSWORD','password')='password']"))
    textareas = len(root.xpath("//textarea"))
    inputs = len(root.xpath("//input[not(@type='hidden')] | //select"))
    body_class = " ".join(root.xpath("//body/@class"))
    body = root.find(".//body")
    titles = _titles(root)
    title_parts = [p for t in titles for p in _split_title(t)]
    structure = _structure(body if body is not None else root, title_parts)
    return {"password": password, "textareas": textareas, "inputs": inputs,
            "attachment": bool(_ATTACHMENT_RE.search(body_class)),
            "search_values": _search_values(root), "headings": _headings(root, titles),
            "title_parts": title_parts,
            "doc_types": _doc_types(root), **structure}
#: The most words of a page's name ("Chính sách bảo mật", "Điều khoản sử dụng"); a title
#: that begins like one and runs longer is a headline ("Hướng dẫn thực hiện chế độ…").
_NAME_WORDS = 5
#: Words of an undated page with no information-page name that make it an article: a short
#: post or notice (40+ words) is kept; a few lines are a page of the site. Set from the
#: variant corpus (no static page there reaches it untitled as one) and public short posts.
_SHORT_WORDS = 40


# -- other facts --------------------------------------------------------------------------------
def _search_values(root: Any) -> list[str]:
    """What is typed in the page's text boxes: a search page echoes the query it answers."""
    values = []
    for el in root.xpath("//input[not(@type) or @type='text' or @type='search'][@value]"):
        value = " ".join((el.get("value") or "").split())
        if 2 <= len(value) <= 80:
            values.append(value)
    return values[:5]


def _headings(root: Any, titles: list[str]) -> list[str]:
    """The names a page gives itself: its first h1 outside links and navigation, the last
    step of its breadcrumb trail, and the page's part of its ``titles`` (see :func:`_titles`)."""
    out = []
    for h in root.iter("h1"):
        if h.find(".//a") is not None or any(a.tag == "a" or _is_chrome(a)
                                             for a in h.iterancestors()):
            continue
        text = " ".join(h.text_content().split())
        if text:
            out.append(text)
            break
    crumb = _breadcrumb_current(root)
    if crumb and crumb.rstrip().endswith(":"):
        crumb = None  # a field's label ("SEARCH:" over a search box), not a page's name
    return out + ([crumb] if crumb else []) + _page_names(titles)


_CRUMB_SEP_RE = re.compile(r"^[\s»›>/|\\→·:-]*$")


def _breadcrumb_current(root: Any) -> str | None:
    """The last step of a breadcrumb trail ("Trang chủ » Giới thiệu » Chức năng nhiệm vụ"),
    when it is plain text: the name of the page itself. Trails are found from their links:
    a link followed by a separator, within a short line that ends in text."""
    tried: set[Any] = set()
    for a in root.iter("a"):
        box = a.getparent()
        tail = a.tail if (a.tail or "").strip() or box is None else box.tail
        if not (tail or "").strip() or not _CRUMB_SEP_RE.match(tail):
            continue
        for _ in range(3):
            if box is None or box in tried:
                break
            tried.add(box)
            last = _trail_end(box)
            if last:
                return last
            box = box.getparent()
    return None


def _trail_end(box: Any) -> str | None:
    pieces: list[tuple[str, bool]] = []
    for text in box.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        if text.strip():
            parent = text.getparent()
            linked = parent.tag == "a" or any(x.tag == "a" for x in parent.iterancestors())
            if text.is_tail:
                linked = any(x.tag == "a" for x in parent.iterancestors())
            pieces.append((text.strip(), linked))
            if len(pieces) > 12:
                return None
    if len(pieces) < 3 or not pieces[0][1] or pieces[-1][1]:
        return None
    seps = [t for t, linked in pieces[1:-1] if not linked]
    last = pieces[-1][0]
    if seps and all(_CRUMB_SEP_RE.match(t) for t in seps) and not _CRUMB_SEP_RE.match(last) \
            and count_words(last) <= 12:
        return " ".join(last.lstrip("»›>/|-: ").split())
    return None


def _titles(root: Any) -> list[str]:
    """The page's ``<title>`` and ``og:title`` values, spacing collapsed: read once, for the
    page's names (:func:`_page_names`) and the parts a headline must agree with."""
    found = [root.findtext(".//title") or "", *root.xpath("//meta[@property='og:title']/@content")]
    return [" ".join(t.split()) for t in found]


def _split_title(title: str) -> list[str]:
    """A title's parts between dashes, bars, colons and "»". Unlike ``title.title_parts``,
    not between ">"/"›": a breadcrumb-style title stays whole here (:func:`_page_names` reads
    such titles by their ends), and splitting it would change which headline agrees."""
    return [p for p in _TITLE_SPLIT_RE.split(title) if p.strip()]


def _page_names(titles: list[str]) -> list[str]:
    """The page's own part of ``<title>``/``og:title``: the first part ("Giới thiệu - Cổng
    TTĐT…"), or the last of a breadcrumb-style title ("Sở … > Liên hệ"); never a middle part
    (a category name)."""
    names = []
    for title in titles:
        trail = [p for p in _TRAIL_SPLIT_RE.split(title) if p.strip()]
        if len(trail) > 1:
            # "Sở … > Liên hệ" or "Đăng nhập > Bộ Nội vụ": the page is one end of the trail.
            names += [trail[0], trail[-1]]
        else:
            names += _split_title(title)[:1]
    return names


_TRAIL_SPLIT_RE = re.compile(r"\s+[>›»]\s+")
_TITLE_SPLIT_RE = re.compile(r"\s+(?:[-–—|:»]|::)\s+")
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle",
                            "report", "analysisnewsarticle"})


def _doc_types(root: Any) -> list[str]:
    """What the page says it is: ``og:type`` and JSON-LD ``@type`` values, lower-cased."""
    types = [t.strip().lower() for t in root.xpath("//meta[@property='og:type']/@content")]
    for script in root.xpath("//script[@type='application/ld+json']"):
        types += [t.lower() for t in re.findall(r'"@type"\s*:\s*"([A-Za-z]+)"', script.text or "")]
    return types


#: A site's information section, by its breadcrumb name or its URL's path segment.
_INFO_SECTION_RE = re.compile(r"^(?:giới thiệu|giới thiệu chung|tổng quan|thông tin chung"
                              r"|about(?: us)?|introduction)$", re.I)
_INFO_PATH_RE = re.compile(r"/(?:gioi-?thieu(?:-chung)?|gioithieu|tong-?quan|about(?:-us)?"
                           r"|introduction)(?:[/.]|$)", re.I)


def _in_information_section(result: dict[str, Any], url: str) -> bool:
    """Whether the page sits in the site's "Giới thiệu" section (breadcrumb or path): an
    undated page there that is titled like an information page is one, however long its
    title ("Vị trí địa lý và điều kiện tự nhiên")."""
    category = " ".join((result.get("category") or "").split())
    return bool(_INFO_SECTION_RE.match(category)) or bool(_INFO_PATH_RE.search(
        urlsplit(url).path))


def judge(result: dict[str, Any], signals: dict[str, Any], url: str,
          url_kind: str | None = None) -> tuple[str, str]:
    """``(kind, reason)`` for an extracted page. ``url_kind`` is the family's URL rule.

    The kinds a page names itself (a password field, an echoed search query, a sitemap or
    contact title) come first; then the page's structure (repeated items against running
    text); then what is left of the body. Where nothing decides, the page is an article:
    losing an article costs more than archiving a page too many."""
    title = result.get("title") or ""
    text = result.get("text") or ""
    lead = result.get("lead") or ""
    words = count_words(text) + count_words(lead)
    dated = bool(result.get("published_at") or result.get("date_raw"))
    heading = result.get("_page_heading") or title
    names = list(dict.fromkeys(signals.get("headings") or (title, heading)))
    prior = "container" if result.get("_profile_container") else url_kind
    if signals.get("attachment"):
        return PageKind.ATTACHMENT, "attachment page markup"
    if signals.get("password") and (any(_named(n, _LOGIN_NAME_RE) for n in names) or (
            words < 200 and not _has_body_run(signals))):
        return PageKind.LOGIN, "password field"
    if _is_search(heading, names, signals, url, prior):
        return PageKind.SEARCH, "search results"
    if any(_SITEMAP_TITLE_RE.search(n) and count_words(n) <= 8 for n in names):
        return PageKind.SITEMAP, "sitemap title"
    if not _says_article(signals):
        if any(_named(n, _LOGIN_NAME_RE) for n in names):
            return PageKind.LOGIN, "named as a login page"
        if any(_named(n, _CONTACT_TITLE_RE) for n in names):
            return PageKind.CONTACT, "named as a contact page"
        if any(_named(n, _STATIC_NAME_RE) for n in names):
            return PageKind.STATIC, "named as an information page"
    if _is_contact(text, words):
        return PageKind.CONTACT, "phone directory"
    # A form beneath a body-length run of text is the article's comment form.
    # A short notice under its dated headline keeps its comment form too.
    if signals.get("textareas") and signals.get("inputs", 0) >= 2 and not _has_body_run(signals) \
            and (words < 150 or signals.get("prose", 0) < 50) and not (dated and 40 <= words < 150):
        return PageKind.FORM, "form with little text"
    if _is_site_root(url):
        return PageKind.LISTING, "the site's home page"
    listing = _listing(result, signals, prior, words)
    if listing:
        return PageKind.LISTING, listing
    # The URL has a listing's shape and the page found no article container: its "headline"
    # must at least be what the page calls itself, else it is a box heading over a sidebar.
    if prior == "listing" and title and not _agrees(title, signals.get("title_parts", [])):
        return PageKind.LISTING, f"listing URL, and the headline {title[:60]!r} is not the page's title"
    # The prior: the profile found its article container, or the URL has an article's shape.
    if words < {"container": 1, "article": 10}.get(prior or "", 25):
        return PageKind.EMPTY, "too little body text"
    if not dated:
        if _STATIC_TITLE_RE.search(title) and (
                count_words(title) <= _NAME_WORDS or not _has_body_run(signals)
                or _in_information_section(result, url)):
            return PageKind.STATIC, "information page title, no date"
        if prior in ("container", "article"):
            return PageKind.ARTICLE, f"body text, no date ({prior} prior)"
        if words >= _SHORT_WORDS or signals.get("prose", 0) >= 80 or _says_article(signals):
            # The page's own longest run counts too: the extractor may have kept part of it.
            return PageKind.ARTICLE, "body text, no date"
        return PageKind.STATIC, "short text without a date"
    if not title:
        return PageKind.ARTICLE, "dated body text (no headline found)"
    return PageKind.ARTICLE, "headline, date and body"


def _is_search(heading: str, names: list[str], signals: dict[str, Any], url: str,
               prior: str | None) -> bool:
    """A results heading, a search parameter in the URL, or a text box echoing the URL's
    query (the query a results page answers)."""
    if _SEARCH_RE.search(heading) or any(_SEARCH_TITLE_RE.match(n) for n in names[:3]):
        return True
    # A query someone typed holds a letter; "?id=…&k=55240" is a record's number.
    if prior != "container" and any(any(c.isalpha() for c in unquote_plus(m[1]))
                                    for m in _SEARCH_PARAM_RE.finditer(url)):
        return True
    query = unquote_plus(urlsplit(url).query).casefold()
    return bool(query) and any(v.casefold() in query for v in signals.get("search_values", ()))


def _listing(result: dict[str, Any], signals: dict[str, Any], prior: str | None,
             words: int) -> str | None:
    """Why the page is a listing, or ``None``.

    Its main block is a run of items, each a link to another page with a summary, and
    their summaries outweigh any running text of the page's own (an article's body is one
    long run; a listing's longest run is a category blurb or the footer's address). Or,
    with no running text at all, a run of links after the headline, or a pager."""
    prose = signals.get("prose", 0)
    items = signals.get("items", 0)
    summaries = max(signals.get("summary_words", 0), signals.get("all_summary_words", 0))
    region_prose = signals.get("region_prose", 0)
    # The rules on the headline's block and the pager hold only for a page without a run of
    # body length: a headline's block that holds no text beside a long run elsewhere is a box
    # of links by the headline (share, topics, related), and a pager pages the comments.
    body_run = _has_body_run(signals)
    if signals.get("region_opens_with_link") and region_prose < 60 and not body_run:
        return f"a link to another page heads the headline's block ({region_prose} words of text)"
    own_text = region_prose >= 30 and not signals.get("region_items")
    # A run of body length is an article's own text: a related box's summaries below it must
    # then clearly outweigh it (a listing's longest run is a blurb or an address).
    outweigh = summaries > (2 * prose if prose >= _BODY_RUN else prose)
    if items and outweigh and not own_text and not (
            signals.get("prose_before_items", 0) >= 40 and _says_article(signals)):
        return f"{items} items with summaries ({summaries} words), longest running text {prose}"
    region_items = signals.get("region_items", 0)
    if region_items >= 4 and signals.get("region_prose", 0) < 30 and not body_run:
        return (f"{region_items} links to other pages under the headline, no running text "
                f"({signals.get('region_prose', 0)} words)")
    # Under the headline when it was found (a sidebar's scraps are not the page's text).
    own = region_prose if signals.get("region") else prose
    if signals.get("pager") and own < 60 and not body_run:
        return f"pagination, longest running text {own} words"
    listing = result.get("_listing") or {}
    link_lines = result.get("_link_lines", 0)
    segment = listing.get("segment")
    if segment is not None and segment < 60 and prior != "container" and words < 250 and (
            listing.get("item_links", 0) >= 3 or link_lines >= 3) and prose < 50:
        return (f"links to other pages after the headline, none followed by running text "
                f"(longest stretch {segment} words)")
    return None


def _is_site_root(url: str) -> bool:
    """The site's home page (``/``, ``/index.php``, ``/Pages/default.aspx``, ``/trang-chu``):
    a portal's front page lists; it is never one article."""
    parts = urlsplit(url)
    if parts.query:
        return False
    path = parts.path.rstrip("/").lower()
    if path.count("/") > 2:
        return False
    stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return path in ("", "/pages/default.aspx") or stem in _HOME_STEMS


#: A front page's file name on any CMS (``/index.php``, ``/Pages/home.aspx``, ``/trang-chu``).
_HOME_STEMS = frozenset({"index", "default", "home", "trang-chu", "trangchu"})


def _agrees(title: str, parts: list[str]) -> bool:
    """Whether a headline is what the page's ``<title>``/``og:title`` names (either contains
    the other, case and spacing aside). No title on the page: nothing to disagree with."""
    if not parts:
        return True
    head = " ".join(title.casefold().split())
    for part in parts:
        part = " ".join(part.casefold().split())
        if count_words(part) >= 2 and (part in head or head in part):
            return True
    return False


def _has_body_run(signals: dict[str, Any]) -> bool:
    """Whether the page holds one run of running text of an article body's length: then a
    form, a login box, a pager or a box of links is beside the page's text, not the page."""
    return signals.get("prose", 0) >= _BODY_RUN


def _says_article(signals: dict[str, Any]) -> bool:
    return any(t in _ARTICLE_TYPES for t in signals.get("doc_types", ()))


def _is_contact(text: str, words: int) -> bool:
    """A directory: phone numbers throughout a short text."""
    return words < 400 and len(_PHONE_RE.findall(text)) >= 4


def _named(name: str, names: re.Pattern[str]) -> bool:
    """A page named as an information (or contact) page and nothing else ("Giới thiệu chung",
    "Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Liên hệ"); a headline that only begins so
    ("Giới thiệu sản phẩm OCOP của xã", "Liên hệ nộp hồ sơ trực tuyến") is news."""
    folded = " ".join(name.casefold().replace(",", " ").split())
    m = names.match(folded)
    if not m:
        return False
    tail = folded[m.end():].strip(" :.-–")
    # What may follow the name: the unit it belongs to ("Lãnh đạo Sở", "… của UBND xã").
    return not tail or tail.startswith(("của ", "về ")) or (
        count_words(tail) <= 3 and tail.split()[0] in _UNIT_WORDS)


_UNIT_WORDS = frozenset({"sở", "ubnd", "ủy", "uỷ", "phòng", "ban", "xã", "phường", "thị", "huyện",
                         "tỉnh", "thành", "quận", "cục", "chi", "trung", "bộ", "đơn", "cơ", "hđnd",
                         "trường", "văn", "viện", "tổng", "chung"})
