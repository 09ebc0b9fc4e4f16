"""Encode Vietnamese text the way legacy windows-1258 pages do: base letter + combining tone.

windows-1258 has precomposed â ê ô ơ ư ă đ but only *combining* tone marks, so text decoded from
such a page is not NFC until normalised (PORTALS.md, trap 9).
"""

from __future__ import annotations

import unicodedata

__all__ = ["encode_cp1258"]

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _encode_char(ch: str) -> bytes:
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    decomposed = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in decomposed if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return (base + tones).encode("cp1258", errors="xmlcharrefreplace")


def encode_cp1258(text: str) -> bytes:
    return b"".join(_encode_char(ch) for ch in text)
