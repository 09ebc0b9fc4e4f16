"""Vietnamese portal dates: day-first, 12- or 24-hour clocks, weekday prefixes, datelines.

Impossible dates are rejected (``None`` with the raw text kept), never "repaired"; a time
printed as ``12:00 AM`` on Liferay marks a migrated item whose time is unknown (PORTALS.md).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = ["ParsedDate", "parse_date", "parse_dates", "VN_TZ"]

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

_TIME = r"(?P<h>\d{1,2})\s*(?::|h)\s*(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>AM|PM|SA|CH)?"
_DMY = r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
_DATELINE = r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
_MONTH_WORD = r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}),?\s+(?P<y>\d{4})"

_ISO = (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]" + _TIME
        + r"(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?")

_PATTERNS = [
    re.compile(_ISO),
    # 8:53, Thứ Hai, 25-5-2020 · 08:00 ngày 13/03/2023
    # "09:15, Thứ Ba, 12/03/2024", "16:20, Thứ Năm 11/01/2024": a weekday between, with or
    # without its comma
    re.compile(_TIME + r"\s*[|,\-–]?\s*(?:[^\d|,]{0,12}(?:,\s*|\s+))?(?:ngày\s+)?" + _DMY, re.I),
    re.compile(_DMY + r"(?:\s*[|,\-–]?\s*(?:lúc\s*)?" + _TIME + r")?", re.I),  # 21/01/2020 | 10:25 AM
    re.compile(_DATELINE, re.I),
    re.compile(_MONTH_WORD + r"(?:\s+" + _TIME + r")?", re.I),
]


@dataclass(frozen=True)
class ParsedDate:
    value: datetime | None  # aware, Asia/Ho_Chi_Minh; None when the text held no valid date
    precision: str | None  # "day" | "minute" | "second"
    raw: str
    label: str | None
    error: str | None = None


_WEEKDAY_RE = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\b\s*,?", re.I)


def _label_of(prefix: str, labels: tuple[str, ...]) -> str | None:
    folded = prefix.casefold()
    for label in labels:
        if label.casefold() in folded:
            return label
    cleaned = _WEEKDAY_RE.sub("", prefix).strip(" :|,-–\u00a0")
    return cleaned or None


def _earliest(raw: str, pos: int) -> re.Match[str] | None:
    best = None
    for pattern in _PATTERNS:
        m = pattern.search(raw, pos)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def _build(raw: str, m: re.Match[str], prefix: str, labels: tuple[str, ...]) -> ParsedDate:
    label = _label_of(prefix, labels)
    text = m.group(0)
    g = m.groupdict()
    day, month, year = int(g["d"]), int(g["m"]), int(g["y"])
    hour = minute = second = 0
    precision = "day"
    if g.get("h") is not None:
        hour, minute = int(g["h"]), int(g["mi"])
        second = int(g["s"]) if g.get("s") else 0
        ampm = (g.get("ampm") or "").upper()
        precision = "second" if g.get("s") else "minute"
        if ampm:
            if not 1 <= hour <= 12:
                return ParsedDate(None, None, text, label, "bad_hour")
            if ampm in ("AM", "SA") and hour == 12 and minute == 0 and second == 0:
                # Liferay's 12:00 AM: time unknown (migrated item), not midnight.
                hour, precision = 0, "day"
            else:
                hour = hour % 12 + (12 if ampm in ("PM", "CH") else 0)
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=VN_TZ)
        if g.get("tz"):  # an explicit offset wins over the portal's local time
            tz = g["tz"].replace(":", "")
            offset = UTC if tz == "Z" else timezone(
                (1 if tz[0] == "+" else -1) * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
            value = value.replace(tzinfo=offset).astimezone(VN_TZ)
    except ValueError as exc:
        return ParsedDate(None, None, text, label, f"impossible_date: {exc}")
    if not 1990 <= year <= 2100:
        return ParsedDate(None, None, text, label, "implausible_year")
    return ParsedDate(value, precision, text, label)


def parse_dates(text: str, labels: tuple[str, ...] = ()) -> list[ParsedDate]:
    """Every date in ``text``, in order, each labelled by the words printed before it
    ("Ngày đăng: … | Cập nhật: …" gives two)."""
    raw = " ".join(unicodedata.normalize("NFC", text).split())
    found, pos = [], 0
    while (m := _earliest(raw, pos)) is not None:
        found.append(_build(raw, m, raw[pos : m.start()], labels))
        pos = m.end()
    if len(found) == 1:  # a lone date keeps the whole text, as printed
        found[0] = ParsedDate(found[0].value, found[0].precision, raw, found[0].label, found[0].error)
    return found


def parse_date(text: str, labels: tuple[str, ...] = ()) -> ParsedDate | None:
    """Parse the first date in ``text``; ``None`` when there is none at all."""
    found = parse_dates(text, labels)
    return found[0] if found else None
