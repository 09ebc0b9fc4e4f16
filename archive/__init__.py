"""The archive: Parquet article and run tables in a directory a user owns.

This package never imports Scrapy; the crawler, the CLI and any notebook use it the same way.
Its names are loaded when first used (``archive.open``, ``archive.Archive``, …), so importing
one light module (``archive.names``, ``archive.dates``) does not load DuckDB and pyarrow.
"""

from __future__ import annotations

import importlib
from typing import Any

#: name -> (module, attribute)
_EXPORTS = {
    "ARTICLE_SCHEMA": ("archive.schema", "ARTICLE_SCHEMA"),
    "RUN_SCHEMA": ("archive.schema", "RUN_SCHEMA"),
    "SCHEMA_VERSION": ("archive.schema", "SCHEMA_VERSION"),
    "TIMEZONE": ("archive.schema", "TIMEZONE"),
    "Archive": ("archive.reader", "Archive"),
    "PartWriter": ("archive.writer", "PartWriter"),
    #: ``archive.open(path)``: the archive at ``path`` (views, ``sql``, ``articles``,
    #: ``search``); it shadows builtins.open in this one module only, which never calls it.
    "open": ("archive.reader", "open_archive"),
    "open_archive": ("archive.reader", "open_archive"),
    "publish_table": ("archive.writer", "publish_table"),
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'archive' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
