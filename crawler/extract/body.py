"""Cleaning the article body container: chrome inside it, photos and captions, the unit line.

Every function takes the container element (a private copy of the page tree) and removes what
it consumed, so the paragraphs left at the end are the article body and nothing else. The
photos are read in ``photos.py`` and an element's text in ``text.py``; this module keeps the
related-news and attachment boxes, the bold lead and the closing signature, and names what
the three offer together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from crawler.extract.photos import _IMAGE_HREF_RE, FURNITURE_SRC_RE, pop_images
from crawler.extract.text import (
    _SOURCE_RE,
    INLINE_TAGS,
    _attached,
    clean,
    head_text,
    links_share,
    only_in,
    paragraphs,
    split_agency_prefix,
    split_credit,
    strip_source_label,
    text_of,
    unglue_credit,
)

__all__ = [
    "clean", "text_of", "prune_related", "pop_images", "paragraphs",
    "split_credit", "split_agency_prefix", "strip_source_label", "bold_first_paragraph",
    "pop_signature", "split_byline", "prune_attachments", "FURNITURE_SRC_RE", "is_attachment_label",
    "links_share", "unglue_credit", "INLINE_TAGS", "AUTHOR_LABEL_RE",
]

_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_RELATED_LABELS = ("tin liên quan", "bài liên quan", "xem thêm", "tin cùng chủ đề", "các tin khác",
                   "đọc thêm", "tin khác")


def _is_related_label(text: str) -> bool:
    folded = text.casefold().rstrip(" :.")
    return folded in _RELATED_LABELS


def prune_related(container: Any) -> int:
    """Drop related-news boxes inside the body. Returns how many were dropped.

    A box is a container (div, ul, table, section, aside) that opens with "Tin liên quan" (or
    the like) and is mostly links; or a label-only paragraph ("Tin liên quan:") followed by a
    list or box of links. A sentence that merely starts with "Xem thêm" stays.
    """
    dropped = 0
    for el in list(container.iter("div", "table", "ul", "ol", "section", "aside", "p", "h3",
                                  "h4", "strong")):
        if el is container or dropped and not _attached(el, container):
            continue  # (until a box is dropped, every element is in place)
        text, whole = head_text(el, 40)
        if el.tag in ("p", "h3", "h4", "strong", "div") and whole and _is_related_label(text):
            nxt = el.getnext()
            if nxt is not None and nxt.tag in ("ul", "ol", "div", "table") and \
                    nxt.find(".//a") is not None and links_share(nxt) >= 0.5:
                nxt.drop_tree()
                el.drop_tree()
                dropped += 1
            continue
        if el.tag in ("div", "table", "ul", "ol", "section", "aside") and \
                text[:40].casefold().startswith(_RELATED_LABELS) and \
                len(el.findall(".//a")) >= 1 and links_share(el) >= 0.5:
            el.drop_tree()
            dropped += 1
        elif el.tag in ("div", "table", "section", "aside") and _story_card(el):
            el.drop_tree()
            dropped += 1
    return dropped


def _story_card(el: Any) -> bool:
    """Another story's card set in the body, unlabelled: a thumbnail linking to a page, the
    same page's headline link opening the box's text, and at most a short summary (VCCorp's
    "RelatedOneNews", WordPress's embedded post cards)."""
    thumbs = {a.get("href") for a in el.iter("a") if a.find(".//img") is not None
              and a.get("href") and not _IMAGE_HREF_RE.search(a.get("href"))}
    if not thumbs:
        return False
    text = text_of(el)
    if not text or len(text.split()) > 80:
        return False
    for a in el.iter("a"):
        title = text_of(a)
        if a.get("href") in thumbs and len(title.split()) >= 4:
            return text.startswith(title)
    return False


def is_attachment_label(text: str) -> bool:
    return bool(_ATTACH_LABEL_RE.match(text))


def prune_attachments(container: Any) -> int:
    """Drop lists of attached files from the body: a label ("File đính kèm:", "Tải về") over
    a list or box of links, or over one box per file. They are downloads, not the article's
    text. Returns how many."""
    dropped = 0
    for el in list(container.iter("p", "div", "strong", "h3", "h4", "span")):
        if el is container or dropped and not _attached(el, container):
            continue  # (until a list is dropped, every element is in place)
        label, whole = head_text(el, 40)  # a label is a few words
        if not whole or not _ATTACH_LABEL_RE.match(label):
            continue
        nxt, files = el.getnext(), 0
        while nxt is not None and nxt.tag in ("ul", "ol", "div", "table", "p") \
                and nxt.find(".//a") is not None and links_share(nxt) >= 0.5:
            after = nxt.getnext()  # one box per file (WordPress's file blocks) or one list
            nxt.drop_tree()
            nxt, files = after, files + 1
        if files:
            el.drop_tree()
            dropped += 1
    return dropped


def is_bold_only(el: Any) -> bool:
    return only_in(el, "strong", "b")


def bold_first_paragraph(container: Any) -> Any:
    """The first paragraph of the body if it is bold throughout (a sapo), else ``None``.
    A paragraph that opens with a bold phrase ("<strong>Sáng 12/3,</strong> Sở …") is text."""
    for el in container.iter("p", "div", "h2", "h3", "h4"):
        if el is container or el.find(".//p") is not None:
            continue
        if not text_of(el):
            if el.find(".//img") is not None:
                return None
            continue
        return el if is_bold_only(el) and el.find(".//img") is None else None
    return None


#: Words that open the name of an office, an agency or a newspaper, on any portal: "Văn phòng
#: Sở", "UBND xã", "Báo Quảng Trị", "Trung tâm…", "Chi cục…". Words that are also common
#: given names or surnames (Trường, Đoàn, Công, Bảo, Thanh) count only with what follows them.
_OFFICE_RE = re.compile(
    r"^(?:văn phòng|ủy ban|uỷ ban|ubnd|hđnd|hội đồng|sở|phòng|ban|bộ|cục|chi cục|tổng cục"
    r"|trung tâm|báo|cổng|trang (?:thông tin|tin|ttđt)|tạp chí|đài (?:phát thanh|truyền hình"
    r"|ptth|tiếng nói)|thông tấn|ttxvn|viện|trường (?:đại học|cao đẳng|trung cấp|thpt|thcs"
    r"|tiểu học|mầm non|chính trị)|bệnh viện|trạm|hội|liên đoàn|liên minh|đoàn thanh niên"
    r"|công an|công ty|tổng công ty|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ"
    r"|đảng ủy|đảng uỷ|đảng bộ|mặt trận|mttq|kho bạc|chi nhánh|hạt kiểm lâm|đội|tòa án|toà án"
    r"|cơ quan|bảo hiểm xã hội|bhxh|ngân hàng|hợp tác xã|htx|ban biên tập|bbt|quỹ|vụ|tiểu ban"
    r"|nhóm phóng viên|thanh tra (?:tỉnh|huyện|sở|bộ|thành phố|chính phủ)"
    r"|công đoàn|chi bộ|chi đoàn|liên đội|tổ)(?!\w)", re.I)
#: A label naming who wrote a line: "Tác giả: …", "Tin, ảnh: …", "Bài và ảnh: …".
AUTHOR_LABEL_RE = re.compile(
    r"^\s*(?:tác giả|người viết|người đưa tin|phóng viên|pv|nhóm pv|thực hiện|by|author"
    r"|(?:tin|bài)(?:\s*(?:,|và|&|-)\s*ảnh)?)\s*:\s*", re.I)
#: "Theo Báo Dân tộc và Phát triển": a source named without a colon.
_THEO_RE = re.compile(r"^\s*theo\s+(?=\w)", re.I)
_BYLINE_SEP_RE = re.compile(r"(\s+[-–—]\s+|\s*[,;]\s*)")
_RIGHT_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:text-right|align-?right|right)(?:$|\s)", re.I)


def _is_office(piece: str) -> bool:
    return bool(_OFFICE_RE.match(piece)) or bool(re.search(r"\w\.(?:vn|com|net)\b", piece, re.I))


def is_person(piece: str) -> bool:
    """Two to five capitalised syllables and nothing else: how a Vietnamese name is printed
    ("Hồng Nhung", "Đỗ Thị Ngân")."""
    words = piece.split()
    return 2 <= len(words) <= 5 and all(
        w[0].isupper() and (len(w) == 1 or (w[1:].isalpha() and w[1:].islower())) for w in words)


def split_byline(text: str) -> tuple[list[str], str | None] | None:
    """A signature line read as (authors, unit), or ``None`` when it is not one.

    Pieces split on " - ", "," and ";" are told apart by general cues: a piece opening with an
    office word is the unit, two to five capitalised syllables a person; "A và B" are two
    people; a piece that is neither continues the unit before it ("Chi cục Văn thư - Lưu
    trữ"). A labelled line ("Nguồn:", "Theo", "Tác giả:") is a byline whatever its pieces."""
    text = clean(text).strip(" .")
    if not text or len(text.split()) > 20:
        return None
    source = _SOURCE_RE.match(text) or _THEO_RE.match(text)
    label = None if source else AUTHOR_LABEL_RE.match(text)
    marker = source or label
    rest = text[marker.end():].strip(" .") if marker else text
    if not rest:
        return None
    parts = _BYLINE_SEP_RE.split(rest)
    authors: list[str] = []
    units: list[str] = []
    fits = True
    for i in range(0, len(parts), 2):
        piece, sep = parts[i].strip(), parts[i - 1] if i else ""
        if not piece:
            continue
        names = re.split(r"\s+và\s+", piece)
        if _is_office(piece) and units and sep.strip() in ("-", "–", "—"):
            units[-1] += sep + piece  # one office: "Văn phòng HĐND – UBND xã"
        elif _is_office(piece):
            units.append(piece)
        elif all(is_person(n) for n in names):
            authors.extend(names)
        elif units and sep.strip() in ("-", "–", "—", ","):
            # "Chi cục Văn thư - Lưu trữ", "Sở Văn hóa, Thể thao và Du lịch"
            units[-1] += sep + piece
        else:
            fits = False
    if fits and (authors or units):
        return authors, units[0] if units else None
    if source:
        return [], rest  # whatever a "Nguồn:" line names is the source
    if label:
        return [p.strip() for p in re.split(r",|;| - | và ", rest) if p.strip()], None
    return None


def _is_right(el: Any) -> bool:
    return bool(_RIGHT_RE.search(el.get("style", "")) or el.get("align", "").lower() == "right"
                or _RIGHT_CLASS_RE.search(el.get("class", "")))


def signature(el: Any, bold_right: bool = True, name_as_unit: bool = False,
               ) -> tuple[list[str], str | None] | None:
    """The byline a closing paragraph prints, or ``None``: a labelled line ("Nguồn: …",
    "Tác giả: …"), or a short bold or right-aligned line shaped like a name or an office.
    ``bold_right`` off (a portal known to sign otherwise) leaves the unlabelled lines;
    ``name_as_unit`` keeps a family's own convention that its bold right-aligned line is
    the unit even when it prints one person's name (the demo portal's records say so)."""
    text = text_of(el)
    words = len(text.split())
    if not text or words > 20 or el.find(".//img") is not None:
        return None
    if _SOURCE_RE.match(text) or AUTHOR_LABEL_RE.match(text):
        return split_byline(text)
    right, bold = _is_right(el), is_bold_only(el)
    if not bold_right or not (right or bold) or words > 15:
        return None
    found = split_byline(text)
    if found is not None:
        if name_as_unit and right and bold and len(found[0]) == 1 and not found[1]:
            return [], found[0][0]
        return found
    if right and bold and not _THEO_RE.match(text):
        return [], text  # signed the family's way, though its words fit no known shape
    return None


#: A CMS account or placeholder printed where the author goes, not a person: "admin admin",
#: Liferay's default administrator "Test Test", Joomla's "Super User".
ACCOUNT_RE = re.compile(r"^(?:admin|administrator|quản trị|quan tri|root|user|guest|editor"
                        r"|webmaster|ban biên tập web|test|super ?user)\b", re.I)


#: The label over a list of attached files, printed after the article's signature.
_ATTACH_LABEL_RE = re.compile(r"^(?:(?:file|tệp|tập tin|văn bản|tài liệu)(?: đính kèm)?|đính kèm"
                              r"|tải về|download|attachments?)\s*:?$", re.I)


def pop_signature(container: Any, *, bold_right: bool = True, name_as_unit: bool = False,
                  chrome: Callable[[str], bool] | None = None,
                  ) -> tuple[list[str], str | None, list[str]]:
    """Authors and issuing unit from the closing lines of the body, removed from it, with
    the texts of the lines taken. Up to three lines from the bottom, each a signature
    (:func:`signature`): "Hải Thuận" over "Nguồn: Báo Thừa Thiên Huế" gives both. Boxes
    of links (print/share tools, tags, other news) and lines ``chrome`` names, below the
    signature in a block that reaches past the article, are looked past, not taken."""
    authors: list[str] = []
    unit = None
    taken: list[str] = []
    for _ in range(3):
        blocks = [el for el in container.iter("p", "div") if text_of(el) and el is not container]
        last = None
        for el in reversed(blocks[-8:]):
            text = text_of(el)
            if links_share(el) < 0.5 and not _ATTACH_LABEL_RE.match(text) \
                    and not (chrome and chrome(text)):
                last = el
                break
        if last is None:
            break
        # A name signed the family's way is its unit only when no other line names one:
        # "Minh Khoa" over "Nguồn: Báo …" is the author.
        found = signature(last, bold_right, name_as_unit and not unit)
        if found is None or (unit and found[1]) or (authors and found[0] and not found[1]):
            break
        taken.append(text_of(last))
        authors = found[0] + authors
        unit = unit or found[1]
        last.drop_tree()
    return authors, unit, taken
