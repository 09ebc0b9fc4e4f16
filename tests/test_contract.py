"""One record contract: the Scrapy item, the pyarrow schema and docs/fields.md agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from archive import open_archive
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


@pytest.fixture(scope="module")
def vccorp_archive(tmp_path_factory, demo_portal) -> Path:
    from tests.helpers import crawl_in_process

    archive = tmp_path_factory.mktemp("contract") / "archive"
    crawl_in_process(archive, ["demo-vccorp"], demo_portal)
    return archive


def test_rows_name_the_family_that_read_them(vccorp_archive, tmp_path):
    """Crawled rows carry the configured source's family; rows ingested from a WARC of hosts
    no source names carry the family picked for the page and the signal that picked it."""
    from crawler.reprocess import ingest

    q = "SELECT DISTINCT family, family_signal FROM articles"
    with open_archive(vccorp_archive) as arch:
        assert arch.sql(q).fetchall() == [("vccorp", "source")]
        runs = arch.sql("SELECT pages_by_kind, articles_new FROM runs").fetchall()
    (kinds, new), = runs
    assert json.loads(kinds)["article"] == new > 0
    report = ingest(tmp_path, sorted((vccorp_archive / "warc").rglob("*.warc.gz")), {})
    assert report.written == new
    with open_archive(tmp_path) as arch:
        (family, signal), = arch.sql(q).fetchall()
    assert family == "vccorp" and signal not in (None, "source", "none")


def test_an_archive_of_schema_6_parts_only_reads_the_new_columns_as_null(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tests.helpers import make_row

    old = pa.schema([f for f in ARTICLE_SCHEMA if f.name not in ("family", "family_signal")],
                    metadata={b"portal_archive.schema_version": b"6"})
    folder = tmp_path / "articles" / "source=demo-huecit"
    folder.mkdir(parents=True)
    rows = [{k: v for k, v in make_row(i).items() if k in old.names} for i in range(2)]
    pq.write_table(pa.Table.from_pylist(rows, schema=old), folder / "part-old.parquet")
    with open_archive(tmp_path) as arch:
        assert arch.sql("SELECT * FROM article_versions").columns == ARTICLE_SCHEMA.names
        assert arch.sql("SELECT count(*), count(family) FROM articles").fetchall() == [(2, 0)]
