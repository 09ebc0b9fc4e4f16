"""One record contract: the Scrapy item, the pyarrow schema and docs/fields.md agree."""

from __future__ import annotations

import re
from pathlib import Path

from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA
from crawler.items import ArticleItem

DOCS = Path(__file__).resolve().parents[1] / "docs" / "fields.md"


def _documented(section: str) -> list[str]:
    text = DOCS.read_text("utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", body, flags=re.M)


def test_item_fields_are_schema_columns():
    assert set(ArticleItem.fields) == set(ARTICLE_SCHEMA.names)


def test_docs_list_every_article_column_in_order():
    assert _documented("articles") == ARTICLE_SCHEMA.names


def test_docs_list_every_run_column_in_order():
    assert _documented("runs") == RUN_SCHEMA.names


def test_every_reason_code_is_documented():
    from crawler.faults import REASONS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "faults.md").read_text("utf-8")
    assert [code for code in REASONS if f"| `{code}` |" not in doc] == []
