"""Photos in the article body container: their sources, captions and credits, photo tables,
and the images that are page furniture.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.extract.text import (
    _FILE_NAME_RE,
    INLINE_TAGS,
    _attached,
    clean,
    links_share,
    only_in,
    paragraphs,
    split_credit,
    text_of,
)

__all__ = ["FURNITURE_SRC_RE", "image_src", "pop_images", "sniff_image"]

_AUTO_ALT_RE = re.compile(r"\s-\sẢnh\s\d+\.?$")


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
    if only_in(el, "em", "i"):
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


#: The raster formats a browser shows, by their first bytes.
_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"))


def sniff_image(body: bytes) -> str | None:
    """The raster image type ``body`` is (JPEG, PNG, GIF, WebP, AVIF, BMP), from its bytes
    alone, or None (an SVG, which can carry script, is not one)."""
    for magic, media_type in _MAGIC:
        if body.startswith(magic):
            return media_type
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "image/webp"
    if body[4:8] == b"ftyp" and body[8:12] in (b"avif", b"avis"):
        return "image/avif"
    return None
