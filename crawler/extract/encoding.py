"""Decode captured bytes to NFC text, catching the charset lies legacy portals tell.

HOSTILE.md C1–C3: windows-1258 pages with no declaration, headers contradicting the bytes
(UTF-8 declared, cp1258 sent, or the reverse), and mixed encodings. The declared charset wins
when the bytes agree with it; otherwise the candidate that reads as the most Vietnamese wins
and a flag records the conflict.
"""

from __future__ import annotations

import codecs
import unicodedata

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding

__all__ = ["decode_html", "vietnamese_score"]

_VI_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
_VI_LETTERS |= {c.upper() for c in _VI_LETTERS}
_LATIN1_FAMILY = {"cp1252", "latin_1", "iso8859_15", "ascii"}
_MIXED = "utf_8+cp1258"


def _cp1258_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as windows-1258: pages pasted together from both."""
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1258", errors="replace"), exc.end


codecs.register_error("portal_archive_cp1258", _cp1258_fallback)


def vietnamese_score(text: str) -> int:
    """How Vietnamese the text reads: letters only Vietnamese uses (beyond Latin-1: ơ ư ă đ and
    most toned vowels) count for, letters foreign to Vietnamese and U+FFFD against. Latin-1
    letters that Vietnamese shares (ô, ò, á…) count for nothing: a cp1252 misreading of
    windows-1258 bytes is full of them."""
    score = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _VI_LETTERS:
            score += 2 if ord(ch) > 255 else 0
        elif ch == "\ufffd":
            score -= 5
        elif ch.isalpha():
            score -= 3
    return score


def _norm(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, flags)``; ``text`` is NFC."""
    flags: list[str] = []
    declared = _norm(http_content_type_encoding(content_type or "")) or _norm(
        html_body_declared_encoding(body)
    )
    encoding, text = html_to_unicode(content_type, body)
    encoding = _norm(encoding) or encoding
    suspicious = "\ufffd" in text or encoding in _LATIN1_FAMILY or (
        encoding != "utf_8" and _is_utf8_with_multibyte(body)
    )
    if suspicious:
        best_text, best_enc, best_score = text, encoding, vietnamese_score(text)
        for candidate in ("utf_8", "cp1258", _MIXED):
            if candidate == encoding:
                continue
            try:
                if candidate == _MIXED:
                    alt = body.decode("utf-8", errors="portal_archive_cp1258")
                else:
                    alt = body.decode(candidate)
            except UnicodeDecodeError:
                continue
            score = vietnamese_score(unicodedata.normalize("NFC", alt))
            if score > best_score:
                best_text, best_enc, best_score = alt, candidate, score
        if best_enc != encoding:
            flags.append("charset_conflict" if declared else "charset_undeclared")
            if best_enc == _MIXED:
                flags.append("mixed_encoding")
            text, encoding = best_text, best_enc
    if "\ufffd" in text:
        flags.append("replacement_chars")
    if not unicodedata.is_normalized("NFC", text):
        flags.append("not_nfc_source")
        text = unicodedata.normalize("NFC", text)
    return text, encoding, flags


def _is_utf8_with_multibyte(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b > 127 for b in body[:200_000])
