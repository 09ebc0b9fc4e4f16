"""Cleaning the article body container: chrome inside it, photos and captions, the unit line.

Every function takes the container element (a private copy of the page tree) and removes what
it consumed, so the paragraphs left at the end are the article body and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

__all__ = [
    "clean", "text_of", "prune_related", "pop_images", "paragraphs",
    "split_credit", "split_agency_prefix", "strip_source_label", "bold_first_paragraph",
    "pop_signature", "split_byline", "prune_attachments", "FURNITURE_SRC_RE", "is_attachment_label",
    "links_share", "unglue_credit", "INLINE_TAGS", "AUTHOR_LABEL_RE",
]

#: A credit closes a caption: "… (Ảnh: Minh Châu)", "… Ảnh: VGP/Nhật Bắc". Capitalised and not
#: inside a word, so "Một số hình ảnh: đoàn công tác…" is a caption, not a credit.
_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?)[\s.,;:–\-]*\(?\s*(?<!\w)(?P<credit>(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:\s*[^()]+?)"
    r"\s*\)?\s*$"
)
#: Agency prefixes that open a lead: "(Chinhphu.vn) -", "(QBĐT) –", or an all-caps acronym or
#: domain: "HNP -", "VGP -", "VOV.VN -". A capitalised word ("Trong – ngoài tỉnh") is not one.
_PREFIX_RE = re.compile(
    r"^\s*(?P<prefix>\([^()]{2,40}\)\s*[-–—]|[A-ZĐ][A-ZĐ0-9]{1,11}(?:\.[A-Z]{2,3})?\s*[-–—])\s+"
)
_SOURCE_RE = re.compile(r"^\s*(?:Nguồn(?:\s+tin)?|Theo)\s*:\s*", re.I)
_FILE_NAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.I)
_AUTO_ALT_RE = re.compile(r"\s-\sẢnh\s\d+\.?$")
_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_RELATED_LABELS = ("tin liên quan", "bài liên quan", "xem thêm", "tin cùng chủ đề", "các tin khác",
                   "đọc thêm", "tin khác")


def clean(text: str | None) -> str:
    """NFC text with each run of whitespace (and of the zero-width space and BOM, which
    ``str.split`` keeps) one space, trimmed."""
    if not text:
        return ""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def text_of(el: Any) -> str:
    return clean(el.text_content()) if el is not None else ""


def head_text(el: Any, size: int) -> tuple[str, bool]:
    """The opening of an element's text, cleaned, at least ``size`` characters of it when it
    has them, and whether that is the whole text: a test for a label ("Tin liên quan",
    "File đính kèm") reads no more than a label's length of a long box."""
    parts: list[str] = []
    seen = 0
    for piece in el.itertext():
        parts.append(piece)
        seen += len(piece)
        if seen > size:  # counted on the raw text, whose indentation cleaning removes
            text = clean("".join(parts))
            if len(text) > size:
                return text, False
            seen = len(text)
    return clean("".join(parts)), True


#: A credit glued to its caption by markup ("…các chủ thể</span><span>Ảnh: Văn Tài"): a
#: lower-case letter right before a capitalised "Ảnh:" is a missing space, not one word.
_GLUED_CREDIT_RE = re.compile(r"(\w)(?=(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:)")


def unglue_credit(text: str) -> str:
    """``text`` with a space before a credit glued to it ("…bể chứaẢnh: Văn Tài")."""
    return _GLUED_CREDIT_RE.sub(lambda m: m[1] + " " if m[1].islower() else m[1], text)


def split_credit(caption: str) -> tuple[str, str | None]:
    if len(caption) > 400:  # no caption is this long; the regex backtracks on hostile text
        return caption, None
    caption = unglue_credit(caption)
    m = _CREDIT_RE.match(caption)
    if not m or not m.group("credit"):
        return caption, None
    # A line that is only a credit ("Ảnh: Trung Kiên") has no caption.
    return m.group("caption").strip(" .,;:–-"), m.group("credit").strip()


def split_agency_prefix(text: str) -> tuple[str | None, str]:
    m = _PREFIX_RE.match(text)
    if not m:
        return None, text
    return clean(m.group("prefix")), text[m.end():].strip()


def strip_source_label(text: str) -> str:
    return _SOURCE_RE.sub("", text).strip()


def links_share(el: Any) -> float:
    """The share of an element's text that is link text."""
    total = len(text_of(el)) or 1
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return linked / total


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


def _image_entry(img: Any, caption_text: str, base_url: str) -> dict[str, str | None]:
    caption, credit = split_credit(caption_text) if caption_text else ("", None)
    if caption and (_AUTO_ALT_RE.search(caption) or _FILE_NAME_RE.match(caption)):
        caption = ""  # "<title> - Ảnh 1." is generated alt text, "IMG_5521.JPG" a file name
    return {"src": urljoin(base_url, image_src(img)), "caption": caption or None,
            "credit": credit}


#: Where lazy-loading scripts keep a photo's address while ``src`` holds a placeholder.
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-srcset", "data-lazy")


def image_src(img: Any) -> str:
    """A photo's address: ``src``, unless it is missing or an inline placeholder
    ("data:image/gif;base64,…") and a lazy-loading attribute holds the real one."""
    src = (img.get("src") or "").strip()
    if not src or src.startswith("data:"):
        for attr in _LAZY_ATTRS:
            if value := (img.get(attr) or "").strip():
                return value.split()[0]  # a srcset's first address
    return src


def _is_italic_only(el: Any) -> bool:
    text = text_of(el)
    if not text:
        return False
    italic = clean(" ".join(text_of(i) for i in el.iter("em", "i")))
    return italic == text


_CREDIT_TAIL_RE = re.compile(r"^\(?\s*(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:")


#: Class or id naming a photo's caption, in any CMS: WordPress's wp-caption-text, Bootstrap's
#: caption, VCCorp's PhotoCMS_Caption, Vietnamese "chú thích", a BEM "photo__cap".
_CAPTION_NAME_RE = re.compile(r"caption|chu-?_?thich|legend|(?<![a-z])cap(?![a-z])", re.I)


def _caption_paragraph(el: Any, img: Any = None) -> str | None:
    """The caption an editor put in the paragraph after a photo: italic, short, not a quote;
    an italic caption may be followed by a plain "(Ảnh: …)". A plain short line is its
    caption too when it closes with a credit ("Ảnh: …"), when its box is named as a caption,
    or when it repeats the photo's alt text (editors paste the caption into both)."""
    if el is None or el.tag not in ("p", "div", "figcaption") or el.find(".//img") is not None:
        return None
    text = text_of(el)
    if not text or len(text.split()) > 40 or text[0] in "“\"'«":
        return None
    if el.tag == "figcaption":
        return text  # a caption by its very markup, beside its photo's box
    if _is_italic_only(el):
        return text
    if links_share(el) < 0.5 and (split_credit(text)[1] is not None or _CAPTION_NAME_RE.search(
            f"{el.get('class') or ''} {el.get('id') or ''}")):
        return text  # "… hội nghị - Ảnh: Minh Đức", or a box named as the caption
    alt = clean(img.get("alt")) if img is not None else ""
    if len(alt.split()) >= 3 and _words(alt) == _words(split_credit(text)[0]) \
            and links_share(el) < 0.5:
        return text
    italic = clean(" ".join(text_of(i) for i in el.iter("em", "i")))
    rest = text[len(italic):].strip() if italic and text.startswith(italic) else ""
    if italic and rest and _CREDIT_TAIL_RE.match(rest):
        return text
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _caption_and_credit(el: Any) -> str | None:
    """A plain caption line after a photo, itself followed by a credit line of its own
    ("Ảnh: VGP/…"): the credit marks the line above it as the caption, not body text."""
    if el is None or not isinstance(el.tag, str) or el.tag not in ("p", "div") \
            or el.find(".//img") is not None:
        return None
    credit = el.getnext()
    if credit is None or not isinstance(credit.tag, str) or credit.find(".//img") is not None:
        return None
    text, credit_text = text_of(el), text_of(credit)
    if not text or len(text.split()) > 40 or links_share(el) >= 0.5 \
            or not _CREDIT_TAIL_RE.match(credit_text) or len(credit_text.split()) > 12:
        return None
    return f"{text} {credit_text}"


def _attached(el: Any, container: Any) -> bool:
    return any(a is container for a in el.iterancestors())


def _within(el: Any, container: Any) -> bool:
    return el is not container and _attached(el, container)


def _split_at(img: Any, block: Any) -> tuple[str, str]:
    """The text of ``block`` before and after ``img`` (a caption below a <br> in the same cell
    or paragraph comes after)."""
    before: list[str] = []
    after: list[str] = []
    seen = False

    def walk(el: Any) -> None:
        nonlocal seen
        if el is img:
            seen = True
            return
        if not isinstance(el.tag, str):
            return
        (after if seen else before).append(el.text or "")
        for child in el:
            walk(child)
            (after if seen else before).append(child.tail or "")

    walk(block)
    return clean(" ".join(before)), clean(" ".join(after))


def _text_after(img: Any, block: Any) -> str:
    return _split_at(img, block)[1]


def _photo_table(table: Any) -> bool:
    """A layout table for photos: every row holds images or short text only."""
    imgs = table.findall(".//img")
    if not imgs:
        return False
    for row in table.iter("tr"):
        if row.find(".//img") is None and len(text_of(row).split()) > 60:
            return False
    return len(text_of(table).split()) <= 80 * len(imgs)


def _table_images(table: Any, base_url: str) -> list[dict[str, str | None]]:
    """Match each photo of a table with its caption: text in its own cell after it, else the
    cell below it in the same column, else (for the last photo) a caption row spanning all."""
    rows = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            for tr in table.iter("tr")]
    used: set[int] = set()
    out = []
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            for img in cell.iter("img"):
                if _decorative(img) or _links_elsewhere(img):
                    continue  # a counter's icon, a banner: no photo, and no caption to take
                caption = _text_after(img, cell)
                if not caption and r + 1 < len(rows):
                    below = rows[r + 1]
                    target = below[c] if len(below) == len(cells) and c < len(below) else (
                        below[0] if len(below) == 1 else None)
                    if target is not None and target.find(".//img") is None \
                            and id(target) not in used:
                        caption = text_of(target)
                        used.add(id(target))
                out.append(_image_entry(img, caption, base_url))
    return out


#: Words naming page furniture in an image's file name, whatever the CMS.
FURNITURE_SRC_RE = re.compile(r"icon|logo|banner|spacer|pixel|blank|button|arrow|bullet", re.I)
_DECORATIVE_SRC_RE = re.compile(FURNITURE_SRC_RE.pattern + r"|/(?:images?|img)/[^/]*\.gif$", re.I)
_SIZE_RE = re.compile(r"(width|height)\s*:\s*(\d+)px", re.I)


def _decorative(img: Any) -> bool:
    """An image that is page furniture, not a photo: named as such, or drawn tiny."""
    if _DECORATIVE_SRC_RE.search(image_src(img)):
        return True
    sizes = [img.get("width"), img.get("height"),
             *(m.group(2) for m in _SIZE_RE.finditer(img.get("style") or ""))]
    return any(x.isdigit() and int(x) < 60 for x in sizes if x)


def _photo_block(img: Any, container: Any) -> Any:
    """The paragraph holding a photo: its nearest block ancestor below the container (a
    ``<p>`` around the image, not the whole body box around that paragraph)."""
    block = img
    while block.getparent() is not None and block.getparent() is not container \
            and block.getparent().tag not in ("td", "th", "li"):
        block = block.getparent()
        if block.tag not in INLINE_TAGS:
            break
    return block


_IMAGE_HREF_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#].*)?$", re.I)


def _links_elsewhere(img: Any) -> bool:
    """An image inside a link to a page, not to the picture itself (a lightbox): the
    thumbnail of an album or another article, never a photo of this one."""
    link = next((a for a in img.iterancestors() if a.tag == "a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript"):
        return False
    return not _IMAGE_HREF_RE.search(href)


def _links_below(img: Any, base_url: str) -> bool:
    """An image linking under the article's own address: WordPress's attachment page
    (``/2024/07/10/slug/ten-anh/``), a view of this photo, not another story."""
    link = next((a for a in img.iterancestors() if a.tag == "a"), None)
    if link is None or not base_url:
        return False
    here = urlsplit(base_url)
    there = urlsplit(urljoin(base_url, (link.get("href") or "").strip()))
    path = here.path.rstrip("/")
    return there.netloc == here.netloc and bool(path) and there.path.startswith(path + "/")


def pop_images(container: Any, base_url: str) -> list[dict[str, str | None]]:
    """Photos with captions, in body order, removed from the body: ``<figure>``s, photo
    tables (one cell or several, caption in the cell or below it), and images in a paragraph
    with their caption after a ``<br>`` or in the next, italic, paragraph."""
    images: list[dict[str, str | None]] = []
    for img in list(container.iter("img")):
        if not _attached(img, container):
            continue  # already taken with its figure or table
        figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
        if _links_elsewhere(img) and not (figure is not None and figure.find(".//figcaption")
                                          is not None and _links_below(img, base_url)):
            continue  # a thumbnail leading to another page (an album, another article)
        if figure is not None and _within(figure, container):
            cap = figure.find(".//figcaption")
            caption = " ".join(paragraphs(cap)) if cap is not None else ""
            for i, fig_img in enumerate(figure.iter("img")):
                images.append(_image_entry(fig_img, caption if i == 0 else "", base_url))
            figure.drop_tree()
            continue
        table = next((a for a in img.iterancestors() if a.tag == "table"), None)
        if table is not None and _within(table, container) and _photo_table(table):
            images.extend(_table_images(table, base_url))
            table.drop_tree()
            continue
        if _decorative(img):
            img.drop_tree()  # an icon, a bullet, a file-type badge: no photo, no caption
            continue
        block = _photo_block(img, container)
        before, inside = _split_at(img, block) if block is not img else ("", "")
        caption = ""
        if inside and not before and links_share(block) < 0.5 and len(inside.split()) <= 40:
            caption = inside  # <p><img><br><em>Caption (Ảnh: X)</em></p>
            images.append(_image_entry(img, caption, base_url))
            block.drop_tree()
            continue
        following = block.getnext() if block is not img else None
        if following is None and not inside and not before:
            # A photo alone in nested boxes (a page-image field): its caption follows the
            # outermost box that holds nothing but the photo.
            box = block
            while box.getparent() is not None and box.getparent() is not container \
                    and box.getnext() is None and not text_of(box.getparent()) \
                    and len(box.getparent().findall(".//img")) == 1:
                box = box.getparent()
            following = box.getnext()
        if following is not None and not inside:
            if caption := _caption_paragraph(following, img) or "":
                following.drop_tree()
            elif pair := _caption_and_credit(following):
                caption = pair
                following.getnext().drop_tree()
                following.drop_tree()
        images.append(_image_entry(img, caption, base_url))
        if block is not img and not text_of(block) and len(block.findall(".//img")) <= 1:
            block.drop_tree()
        else:
            img.drop_tree()
    return images


def is_bold_only(el: Any) -> bool:
    text = text_of(el)
    if not text:
        return False
    bold = clean(" ".join(text_of(b) for b in el.iter("strong", "b")))
    return bold == text


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


INLINE_TAGS = {
    "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "ins", "kbd", "label", "mark",
    "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "del",
    "nobr", "wbr",
}


_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "select", "option", "button"})


def paragraphs(container: Any, own_only: bool = False) -> list[str]:
    """The body's paragraphs: one per block element, list item or ``<br>``-separated run;
    inline markup stays inside its paragraph and source line breaks are plain spaces. A data
    table gives one paragraph per row, cells joined by " | ". Lines that are only an image
    file name (SharePoint leaks them) are dropped. ``own_only``: only the lines the container
    prints itself (its text and inline children), not those of its block children."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = clean("".join(buf))  # inline pieces join as written: "tỉnh</a>, Sở" has no space
        buf.clear()
        if text and not _FILE_NAME_RE.match(text):
            out.append(text)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _NOT_TEXT:
            return
        if tag == "br":
            flush()
            return
        if own_only and el is not container:
            if tag in INLINE_TAGS:
                buf.append(el.text_content())  # read whole: its own <br>s are not the container's
            else:
                flush()  # a block child's lines are its own
            return
        if tag == "table":
            flush()
            for row in el.iter("tr"):
                cells = [text_of(c) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
                cells = [c for c in cells if c]
                if cells:
                    out.append(" | ".join(cells))
            return
        inline = tag in INLINE_TAGS
        if not inline:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if not inline:
            flush()

    walk(container)
    flush()
    return out
