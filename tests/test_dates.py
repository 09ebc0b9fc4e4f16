"""Dates as Vietnamese portals print them; impossible dates rejected, never repaired."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.extract.dates import VN_TZ, parse_date


def vn(*args):
    return datetime(*args, tzinfo=VN_TZ)


@pytest.mark.parametrize("text,value,precision,label", [
    ("Ngày cập nhật 21/02/2021", vn(2021, 2, 21), "day", "Ngày cập nhật"),
    ("Ngày đăng 21/01/2020 | 10:25 AM", vn(2020, 1, 21, 10, 25), "minute", "Ngày đăng"),
    ("Ngày đăng 21/01/2020 | 03:05 PM", vn(2020, 1, 21, 15, 5), "minute", "Ngày đăng"),
    ("Ngày đăng 05/06/2019 | 12:00 AM", vn(2019, 6, 5), "day", "Ngày đăng"),  # time unknown
    ("Ngày đăng 05/06/2019 | 12:40 AM", vn(2019, 6, 5, 0, 40), "minute", "Ngày đăng"),
    ("8:53, Thứ Hai, 25-5-2020", vn(2020, 5, 25, 8, 53), "minute", None),
    ("12/08/2023 20:10", vn(2023, 8, 12, 20, 10), "minute", None),
    ("17:52 | 17/04/2019", vn(2019, 4, 17, 17, 52), "minute", None),
    ("Hà Nội, ngày 05 tháng 03 năm 2024", vn(2024, 3, 5), "day", None),
    ("Cập nhật lúc 08:00 ngày 13/03/2023", vn(2023, 3, 13, 8, 0), "minute", "Cập nhật"),
    ("2023-03-12T01:15:00Z", vn(2023, 3, 12, 8, 15), "second", None),  # stated zone wins
    ("Thứ Hai, 25-5-2020 8:53", vn(2020, 5, 25, 8, 53), "minute", None),
])
def test_formats(text, value, precision, label):
    parsed = parse_date(text, ("Ngày cập nhật", "Ngày đăng", "Cập nhật"))
    assert parsed.value == value
    assert parsed.precision == precision
    if label:
        assert parsed.label == label


@pytest.mark.parametrize(
    "text", ["30/02/2024", "2024-02-30", "05/13/2024", "Ngày đăng 01/01/2020 | 13:10 PM"]
)
def test_impossible_dates_rejected_with_raw_kept(text):
    parsed = parse_date(text)
    assert parsed.value is None
    assert parsed.raw == text
    assert parsed.error


def test_no_date_at_all():
    assert parse_date("Tin tức - Sự kiện") is None


def test_decomposed_input_is_normalised():
    import unicodedata

    parsed = parse_date(unicodedata.normalize("NFD", "Ngày cập nhật 01/02/2022"), ("Ngày cập nhật",))
    assert parsed.label == "Ngày cập nhật" and parsed.value == vn(2022, 2, 1)
