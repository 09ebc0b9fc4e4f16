"""Decode captured bytes to NFC text, catching the charset lies legacy portals tell.

HOSTILE.md C1–C3: windows-1258 pages with no declaration, headers contradicting the bytes
(UTF-8 declared, cp1258 sent, or the reverse), and mixed encodings. In order:

1. Bytes that are valid UTF-8 are UTF-8, whatever is declared (a legacy page is never valid
   UTF-8 by accident once it holds a few non-ASCII letters). A literal U+FFFD in them is text.
2. A declared charset that decodes the bytes is used, unless it is a Latin-1 relative and
   windows-1258 reads as more Vietnamese (the cp1252 misreading of a Vietnamese page).
3. Bytes that are mostly UTF-8 with a few bytes that are not (a stray byte, a pasted
   fragment) are read as UTF-8 with those bytes read as windows-1258: one odd letter instead
   of a page of mojibake.
4. Otherwise the candidate that reads as the most Vietnamese wins; a page that reads as no
   Vietnamese at all (a Chinese page with a wrong or missing declaration) takes the charset
   a statistical detector (charset_normalizer, as trafilatura uses) finds.

Any choice other than the declared charset is flagged.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

__all__ = ["decode_html", "vietnamese_score"]

_VI_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
_VI_LETTERS |= {c.upper() for c in _VI_LETTERS}
_LATIN1_FAMILY = {"cp1252", "latin_1", "iso8859_15", "ascii"}
_MIXED = "utf_8+cp1258"
#: Valid UTF-8 multi-byte sequences (2-4 bytes).
_UTF8_SEQ_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_BOMS = ((codecs.BOM_UTF8, "utf_8"), (codecs.BOM_UTF16_LE, "utf_16"),
         (codecs.BOM_UTF16_BE, "utf_16"))


def _cp1258_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as windows-1258: pages pasted together from both."""
    if not isinstance(exc, UnicodeDecodeError):  # codecs may hand any UnicodeError to a handler
        raise exc
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


def _detected(body: bytes) -> str | None:
    """charset_normalizer's best guess (head and tail of a long page, as trafilatura reads it)."""
    from charset_normalizer import from_bytes

    sample = body if len(body) < 20_000 else body[:10_000] + body[-10_000:]
    best = from_bytes(sample).best()
    return _norm(best.encoding) if best is not None else None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, flags)``; ``text`` is NFC."""
    flags: list[str] = []
    text, encoding = _decode(body, content_type, flags)
    if "\ufffd" in text and encoding != "utf_8":
        flags.append("replacement_chars")
    if not unicodedata.is_normalized("NFC", text):
        flags.append("not_nfc_source")
        text = unicodedata.normalize("NFC", text)
    return text, encoding, flags


def _decode(body: bytes, content_type: str | None, flags: list[str]) -> tuple[str, str]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    header = _norm(http_content_type_encoding(content_type or ""))
    declared = header or _norm(html_body_declared_encoding(body))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # 1. valid UTF-8
        # One multi-byte sequence is enough to contradict the declaration: search for the
        # first, never count them all (counting cost more than the decoding, on every page).
        if declared and declared != "utf_8" and _UTF8_SEQ_RE.search(body, 0, 400_000):
            flags.append("charset_conflict")
        return text, "utf_8"

    if declared:  # 2. the declaration, when the bytes agree with it
        try:
            text = body.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if declared not in _LATIN1_FAMILY:
                return text, declared
            # Every byte is a Latin-1 letter: the declaration proves nothing. Windows-1258
            # (a Vietnamese page) or the detector's guess may read far better.
            candidates: dict[str, str] = {declared: text,
                                          "cp1258": body.decode("cp1258", errors="replace")}
            guess = _detected(body)
            if guess and guess not in candidates and (guessed := _decode_as(body, guess)) is not None:
                candidates[guess] = guessed
            best = _pick(candidates, declared)
            if best != declared:
                flags.append("charset_conflict")
            return candidates[best], best

    # 3. mostly UTF-8 with stray bytes
    multibyte = sum(1 for _ in _UTF8_SEQ_RE.finditer(body, 0, 400_000))
    invalid = sum(1 for _ in re.finditer(rb"[\x80-\xff]", _UTF8_SEQ_RE.sub(b"", body[:400_000])))
    if multibyte >= 20 and invalid * 20 <= multibyte:
        flags.extend(("charset_conflict" if declared else "charset_undeclared", "mixed_encoding"))
        return body.decode("utf-8", errors="portal_archive_cp1258"), _MIXED

    # 4. the reading with the least mojibake, the most Vietnamese on a tie
    candidates = {"cp1258": body.decode("cp1258", errors="replace"),
                  _MIXED: body.decode("utf-8", errors="portal_archive_cp1258")}
    for other in (declared, _detected(body)):
        if other and other not in candidates and (decoded := _decode_as(body, other)) is not None:
            candidates[other] = decoded
    best = _pick(candidates, declared)
    if best != declared:
        flags.append("charset_conflict" if declared else "charset_undeclared")
        if best == _MIXED:
            flags.append("mixed_encoding")
    return candidates[best], best


def _decode_as(body: bytes, name: str) -> str | None:
    try:
        return body.decode(name, errors="replace")
    except LookupError:
        return None


def _pick(candidates: dict[str, str], prefer: str | None) -> str:
    """The candidate reading with the least mess (charset_normalizer's measure of mojibake:
    unlikely letter sequences, accents on the wrong letters), then the most Vietnamese, then
    ``prefer``."""
    from charset_normalizer.md import mess_ratio

    def key(name: str) -> tuple[float, float, bool]:
        sample = unicodedata.normalize("NFC", candidates[name][:60_000])
        non_ascii = sum(1 for ch in sample if ord(ch) > 127) or 1
        return (round(mess_ratio(sample, maximum_threshold=1.0), 2),
                -vietnamese_score(sample) / non_ascii, name != prefer)

    return min(candidates, key=key)
