"""The documents an article attaches: links to files (decrees, plans, reports) in its body or
in the box of attached files beside it.

Signals that hold on any portal, whatever its CMS (strongest first):

- the address names a document: its path or a query value ends in ``.pdf``, ``.docx``, … (WordPress
  uploads, Liferay's ``/documents/…/name.pdf``, SharePoint's ``/Attachments/…``, handlers such
  as ``download.aspx?file=x.pdf``);
- the link's text, title or ``download`` attribute names a file (``QD-123.signed.pdf``) — the
  only signal DotNetNuke's ``LinkClick.aspx?fileticket=…`` links give;
- a label says the links are attached files ("File đính kèm", "Văn bản đính kèm", "Tải về"),
  and the link is a download on the portal's own site (a ``download`` attribute, a handler
  address, the link text "Tải về").

Where: inside the article's body block (the profile's container, or the block the generic path
chose), or beside it in the same parent, outside navigation (the box of attached files that
templates print after the body). Sidebars of "new documents" sit elsewhere and are not taken.

The candidates are read on the page as parsed, before extraction prunes the attachment box from
the body; they are matched against the body block by element path (the same HTML parses to the
same tree, so a path read on the first parse holds on a fresh one).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from crawler.extract.documents import DOCUMENT_EXTENSIONS
from crawler.extract.text import clean, head_text

__all__ = ["Candidate", "attachment_candidates", "attachments_in", "links_a_document", "names_document"]

#: A label over (or before) attached files. Mirrors body._ATTACH_LABEL_RE, whose boxes it reads.
_LABEL_RE = re.compile(r"^(?:(?:file|tệp|tập tin|văn bản|tài liệu|tệp tin)(?: đính kèm)?|đính kèm"
                       r"|tải về|tải xuống|download|attachments?|attached files?)\s*:?", re.I)
#: Link text that says "download this", not what the file is.
_DOWNLOAD_WORDS_RE = re.compile(r"^(?:tải về|tải xuống|tải file|tải tệp|xem file|xem tệp|xem toàn văn"
                                r"|xem chi tiết văn bản|download|tải)\W*$", re.I)
#: Addresses of download handlers (any CMS): served a file, whatever their own name.
_HANDLER_RE = re.compile(r"linkclick\.aspx|get_?file|download|tai-?ve|taive|/attachments?/"
                         r"|/documents?/|/uploads?/|/files?/|fileticket|/dinh-?kem", re.I)
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
_CHROME_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:menu|nav|navbar|footer|header|breadcrumbs?|sidebar"
                              r"|side-bar|banner|top-?links?)(?:$|[\s_-])", re.I)
_EXT = tuple(DOCUMENT_EXTENSIONS)


class Candidate(dict):
    """``{"url", "name"}``, the element path it was read at (``path``) and whether it sits in
    navigation (``chrome``)."""


def names_document(text: str) -> bool:
    """Whether ``text`` (an address's path or query value, a link's words) ends in a file name
    of a document (``.pdf``, ``.docx``…)."""
    return unquote(text).strip().lower().rstrip("/").endswith(_EXT)


def links_a_document(url: str, el: Any) -> bool:
    """Whether the link ``el`` to ``url`` points at a document by its address, or by the file
    name its words, title or ``download`` attribute show (Liferay's and DotNetNuke's handler
    addresses name none): what a crawler should not fetch as a page."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if names_document(parts.path) or any(names_document(v) for _, v in parse_qsl(parts.query)):
        return True
    for name in (el.get("title"), el.get("download")):
        if name and names_document(name):
            return True
    text = el.text_content() if len(el) or el.text else ""
    return bool(text) and len(text) < 300 and names_document(clean(text))


def _file_name(url: str) -> str | None:
    parts = urlsplit(url)
    for _, value in parse_qsl(parts.query):
        if names_document(value):
            return unquote(value).rsplit("/", 1)[-1].strip()
    last = unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    return last or None


def _same_site(parts: Any, site: str) -> bool:
    host = (parts.hostname or "").lower().removeprefix("www.")
    return bool(site) and (host == site or host.endswith("." + site))


def _labelled(a: Any) -> bool:
    """A label before the link: a previous sibling of it or of an ancestor (three levels up),
    or the text that opens its parent ("File đính kèm: <a>…</a>")."""
    el = a
    for _ in range(4):
        parent = el.getparent()
        if parent is None:
            return False
        if parent.text and _LABEL_RE.match(clean(parent.text)):
            return True
        prev = el.getprevious()
        for _ in range(3):
            if prev is None:
                break
            label, _whole = head_text(prev, 40)
            if _LABEL_RE.match(label) and len(label) <= 40:
                return True
            if prev.tail and _LABEL_RE.match(clean(prev.tail)):
                return True
            prev = prev.getprevious()
        el = parent
    return False


def _in_chrome(a: Any) -> bool:
    for el in a.iterancestors():
        if el.tag in _CHROME_TAGS:
            return True
        if _CHROME_CLASS_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
    return False


def attachment_candidates(root: Any, base_url: str) -> list[Candidate]:
    """Every link of the page that points at a document, by the signals above, in page order
    (one per address)."""
    out: list[Candidate] = []
    seen: set[str] = set()
    site = (urlsplit(base_url).hostname or "").lower().removeprefix("www.")
    tree = root.getroottree()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        try:
            url = urljoin(base_url, href)
            parts = urlsplit(url)
        except ValueError:
            continue
        if parts.scheme not in ("http", "https") or url in seen:
            continue
        text = clean(a.text_content() or "")
        named = [t for t in (text, a.get("title") or "", a.get("download") or "") if names_document(t)]
        by_url = names_document(parts.path) or any(
            names_document(v) for _, v in parse_qsl(parts.query))
        if not (by_url or named):
            # a download handler of the portal itself, under a label of attached files
            download = a.get("download") is not None or bool(_DOWNLOAD_WORDS_RE.match(text))
            handler = _HANDLER_RE.search(f"{parts.path}?{parts.query}")
            if not ((download or handler) and _same_site(parts, site) and _labelled(a)):
                continue
        seen.add(url)
        name = text if text and not _DOWNLOAD_WORDS_RE.match(text) else (
            named[0] if named else _file_name(url))
        out.append(Candidate(url=url, name=(name or "")[:300] or None, path=tree.getpath(a),
                             chrome=_in_chrome(a)))
    return out


def attachments_in(candidates: list[Candidate], block_path: str | None) -> list[dict[str, Any]]:
    """The candidates that belong to the article whose body block is at ``block_path``: inside
    it, or beside it (same parent) and outside navigation."""
    if not block_path or not candidates:
        return []
    parent = block_path.rsplit("/", 1)[0]
    found = []
    for c in candidates:
        inside = c["path"].startswith(block_path + "/")
        beside = not inside and parent and c["path"].startswith(parent + "/") and not c["chrome"]
        if inside or beside:
            found.append({"url": c["url"], "name": c["name"]})
    return found
