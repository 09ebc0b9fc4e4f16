"""The archive: Parquet article and run tables in a directory a user owns.

This package never imports Scrapy; the crawler, the CLI and any notebook use it the same way.
"""

from archive.reader import Archive, open_archive
from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA, SCHEMA_VERSION, TIMEZONE
from archive.writer import PartWriter, publish_table

#: ``archive.open(path)``: the archive at ``path`` (views, ``sql``, ``articles``, ``search``).
open = open_archive  # shadows builtins.open in this one module only, which never calls it

__all__ = [
    "ARTICLE_SCHEMA",
    "RUN_SCHEMA",
    "SCHEMA_VERSION",
    "TIMEZONE",
    "Archive",
    "PartWriter",
    "open",
    "open_archive",
    "publish_table",
]
