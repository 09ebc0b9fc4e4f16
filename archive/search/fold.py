"""Diacritic folding: the text form the index matches (``fold``), the exact form that ranks
spelled-as-typed first (``exact``), and regexes that find a word in any of its diacritic
variants (snippets, the exact-spelling check)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["exact", "fold"]


def _fold_table() -> dict[int, str | None]:
    """Precomposed Latin letters -> their base letter (one code point to one), đ -> d,
    combining marks dropped: NFD + strip marks, done by ``str.translate`` in C."""
    table: dict[int, str | None] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and len(base) == 1:
            table[cp] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d"})
    table.update(dict.fromkeys(range(0x300, 0x370)))
    return table


_FOLD = _fold_table()



def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Text as the index matches it: NFC, lower case, diacritics stripped, đ/Đ -> d."""
    return _nfc(text).lower().translate(_FOLD)


def exact(text: str) -> str:
    """Text lower-cased only (NFC): the form that ranks exact-diacritic matches first."""
    return _nfc(text).lower()


def _dfold(text: str) -> str:
    """What the folded table is given: FTS5's ``unicode61 remove_diacritics 2`` strips every
    Vietnamese diacritic and folds case in C, but keeps đ (a letter of its own, not d plus a
    mark)."""
    return text.replace("đ", "d").replace("Đ", "D")


_WORD = re.compile(r"\w+")


def _variants(lower: bool) -> dict[str, str]:
    """Base letter -> a regex class of the letters that fold to it: with ``lower``, the
    lower-case letters of the Vietnamese alphabet only (a -> [aàáảãạăằắẳẵặâầấẩẫậ], d -> [dđ];
    other consonants stay literal, which lets the regex engine skip ahead to them); else every
    Latin letter of either case."""
    marks = set("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")  # tones, ^, breve, horn
    groups: dict[str, set[str]] = {}
    for cp, base in _FOLD.items():
        ch = chr(cp)
        if not base:
            continue
        if lower:
            nfd = unicodedata.normalize("NFD", ch)
            if ch != "đ" and (ch.lower() != ch or nfd[0] not in "aeiouy" or not set(nfd[1:]) <= marks):
                continue
        first = {base.lower()} if lower else {base.lower(), base.upper()}
        groups.setdefault(base.lower(), first).add(ch)
    return {b: "[" + "".join(sorted(chars)) + "]" for b, chars in groups.items()}


_VARIANTS = {False: _variants(False), True: _variants(True)}


def _letter_patterns(word: str, lower: bool) -> list[str]:
    return [_VARIANTS[lower].get(c, re.escape(c)) for c in fold(word)]


def _words_pattern(words: Sequence[str], *, prefix: bool = False, lower: bool = True,
                   fold_letters: bool = True) -> str:
    r"""A regex finding ``words`` side by side as whole words, each letter matching its
    diacritic variants (``fold_letters``) or only itself. The start-of-word test follows
    the first letter (``h(?<!\wh)oi``, not ``(?<!\w)hoi``): a pattern that begins with a
    literal is searched several times faster."""
    letters = [_letter_patterns(w, lower) if fold_letters else [re.escape(c) for c in w]
               for w in words]
    letters = [w for w in letters if w]
    if not letters:
        return "(?!)"
    first = letters[0][0]
    body = r"\W+".join("".join(w) for w in letters)
    body = first + r"(?<!\w" + first + ")" + body[len(first):]
    return body + ("" if prefix else r"(?!\w)")
