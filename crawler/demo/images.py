"""The demo portal's photos: every image an article shows is served, as a small JPEG of its own.

One 160x120 baseline JPEG (a red sky, a sun, a roof and a field, drawn for this project with
Pillow) carries the image's file name in a comment segment, so no two photos have the same
bytes (captures and their digests can be told apart) and each stays a valid JPEG.
"""

from __future__ import annotations

import base64

__all__ = ["IMAGE_SUFFIXES", "photo"]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")

_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAB4AKADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDEooorjPpAooooAKKKKACiiigAooooAKKKKACiiigAoqa1tZ7y"
    "byreMu+M4HYfWtuHwpKVPnXSI2eiIWGPqcVnOrCHxMiVSMPiZz1FbN54bvLcM8JW4Qdl4bp6f4E1jU4TjNXixxnG"
    "WqYUUUVZQUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAU6KNpZUjjGXdgqj1JptaPh9VfWrYMoIyxwR3CkipnLli2KT"
    "5YtnX6fZJYWaW8Z3Y5ZsYLH1q1RRXhttu7PIbbd2Fc54p04Mgv4/vLhZBgcjsfr0H5eldHVTVVV9LugygjymOCO4"
    "GRWlGbhNNF0pOMk0cBRRRXtHqhRRRQAUUUUAFFFFABRSgZIAqYRqFx+tNK5lUrRp2uQUUrLtbFJSNE01dBRRRQMK"
    "fBK0E8cyAFo2DAHpkHNMopbgeiWlzHeWyXEJOxxkZGCPapq4Cw1K50990D5U5zG2Sp98etb8Piq2KnzreVGz0Qhh"
    "j6nFeXUws4v3dUefPDyT93VHQVg+Kb5Y7UWS8yS4ZuOig/zyP51VvPFLMGWzh2Z6SSHJ6enrn3Nc/JI8rl5XZ3PV"
    "mOSa1oYaSlzTLo0GnzSG0UUV6B2hRRRQAUUUUAFABJwKKnjTbyetNK5lVqqmr9RUQKPenUUVqeXKTk7sayhhg1Ay"
    "lTg1ZprpvHv2qZK5vQrcjs9ivRQQQcGisz0twooooAKKKKACiiigAooooAKKKKACiipY4/4j+FNK5FSoqauxYkwM"
    "kc1JRRWiVjypzc3dhRRRTICiiigBkibhx1qCrVMkj3cjrUSVzrw9fl92WxBRRRUHoBRRRQAUUUUAFFFFAEvk/wC1"
    "+lHk/wC1+lSUUHzH9oYj+b8F/kMWIA5JzUlJRVJ2JljKs/idxaKSijmZH1mYtFJRRzMPrMxaKSijmYfWZi0UlFHM"
    "w+szGPGGOQcUnk/7X6VJRSNVj8QlZS/BEfk/7X6UeT/tfpUlFIP7QxH834L/ACI/J/2v0o8n/a/SpKKA/tDEfzfg"
    "v8iPyf8Aa/Sjyf8Aa/SpKKA/tDEfzfgv8gooopnEFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA"
    "FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAH//2Q=="
)


def photo(name: str) -> bytes:
    """The JPEG served for the photo named ``name`` (its path)."""
    comment = name.encode()[:60000]
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return _JPEG[:2] + segment + _JPEG[2:]  # after SOI
