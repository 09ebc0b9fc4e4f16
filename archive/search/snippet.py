"""Snippets: the passage of an article holding the most query matches, the matches marked in
the text as written (diacritics kept)."""

from __future__ import annotations

import re

from archive.search.fold import _nfc, _words_pattern
from archive.search.query import Node, _adjacent, _leaves

__all__ = ["snippet"]


def _highlighter(node: Node) -> re.Pattern[str] | None:
    """A regex over the lower-cased original text (any diacritics) that finds each positive
    word or phrase of the query: snippets mark the text as written."""
    alternatives = []
    terms = [term for term, positive in _leaves(node) if positive] + list(_adjacent(node))
    for term in terms:
        alternatives.append(_words_pattern(term.words, prefix=term.prefix) + (r"\w*" if term.prefix else ""))
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # a phrase before its own words
    return re.compile("|".join(alternatives))


def snippet(text: str, pattern: re.Pattern[str] | None, *, width: int = 240,
            mark: tuple[str, str] = ("<mark>", "</mark>")) -> str:
    """The passage of ``text`` (original spelling, diacritics kept) holding the most query
    matches, matches wrapped in ``mark``; the start of the text when nothing matches."""
    text = _nfc(text or "")
    # (a text holding the markers themselves would mark words the query never matched)
    for marker in {m for m in mark if m}:
        text = text.replace(marker, "")
    spans: list[tuple[int, int]] = []
    if pattern is not None and text:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
            lowered, pattern = text, re.compile(pattern.pattern, re.IGNORECASE)
        spans = [m.span() for m in pattern.finditer(lowered)]
    if spans:
        # The window starting a little before the match that has the most matches after it.
        best, best_count = 0, -1
        for i, (s, _) in enumerate(spans):
            count = sum(1 for _, e2 in spans[i:i + 50] if e2 <= s + width)
            if count > best_count:
                best, best_count = i, count
        start = max(0, spans[best][0] - width // 6)
    else:
        start = 0
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:end])
    passage = " ".join("".join(out).split())
    return ("…" if start else "") + passage + ("…" if end < len(text) else "")
