"""The demo portal's photos: every image an article shows is served, as a small JPEG of its own.

One 16x12 baseline JPEG (a red and yellow check, made for this project with Pillow) carries
the image's file name in a comment segment, so no two photos have the same bytes (captures
and their digests can be told apart) and each stays a valid JPEG.
"""

from __future__ import annotations

import base64

__all__ = ["IMAGE_SUFFIXES", "photo"]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")

_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZG"
    "NywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09P"
    "T09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAMABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwC3/wAir/09/av+2e3b+efvfpR/yKv/AE9/av8Atnt2/nn736Ue"
    "C/8Al9/4B/7NR4L/AOX3/gH/ALNXgT05ubW1r+fb0t+J7ktOa+trX8+3pY//2Q=="
)


def photo(name: str) -> bytes:
    """The JPEG served for the photo named ``name`` (its path)."""
    comment = name.encode()[:60000]
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return _JPEG[:2] + segment + _JPEG[2:]  # after SOI
