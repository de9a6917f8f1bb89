"""The tables in Arrow and Parquet: the schema of SCHEMAS, the rows of to_records, streamed."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.tables import SCHEMAS, TABLES, arrow_schema, to_arrow, to_records, write_parquet
from newscore.testing.strategies import articles

ROOT = Path(__file__).resolve().parents[1]
CLIPPINGS = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
ARROW_TYPES = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32()}


def clippings() -> list[newscore.Article]:
    return list(newscore.read_many(CLIPPINGS, workers=1))


@pytest.mark.parametrize("table", TABLES)
def test_the_arrow_schema_is_the_table_schema(table: str) -> None:
    schema = arrow_schema(table)
    assert schema.names == [column.name for column in SCHEMAS[table]]
    for field, column in zip(schema, SCHEMAS[table], strict=True):
        assert field.type == ARROW_TYPES[column.type]
        assert field.metadata == {b"description": column.description.encode()}


@pytest.mark.parametrize("table", TABLES)
@given(batch=st.lists(articles(), max_size=3))
def test_arrow_holds_the_records(table: str, batch: list[newscore.Article]) -> None:
    arrow = to_arrow(batch, table)
    assert arrow.schema == arrow_schema(table)
    assert arrow.to_pylist() == list(to_records(batch, table))


@pytest.mark.parametrize("table", TABLES)
def test_parquet_reads_back_as_the_records(table: str) -> None:
    batch = clippings()
    out = io.BytesIO()
    count = write_parquet(batch, out, table)
    back = pq.read_table(io.BytesIO(out.getvalue()))
    expected = list(to_records(batch, table))
    assert count == len(expected) > 0
    assert back.schema.equals(arrow_schema(table), check_metadata=False)
    assert back.to_pylist() == expected


def test_parquet_is_written_in_row_groups_of_the_size_asked(tmp_path: Path) -> None:
    batch = clippings()
    total = len(list(to_records(batch)))
    path = tmp_path / "statements.parquet"
    assert write_parquet(batch, path, row_group_size=7) == total
    metadata = pq.ParquetFile(path).metadata
    sizes = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert sum(sizes) == total
    assert len(sizes) == -(-total // 7) > 1
    assert all(size == 7 for size in sizes[:-1])


def test_parquet_streams_the_articles(tmp_path: Path) -> None:
    article = newscore.parse("Foreign Minister Andrii Sybiha said the talks went well.")
    taken = 0

    def stream() -> Iterator[newscore.Article]:
        nonlocal taken
        for index in range(50):
            taken += 1
            yield attrs.evolve(article, provenance=newscore.Provenance(index=index))

    class Watched:
        """A file that records how many articles had been taken at each write."""

        def __init__(self) -> None:
            self.buffer = io.BytesIO()
            self.taken_at_writes: list[int] = []

        def write(self, data: bytes) -> int:
            self.taken_at_writes.append(taken)
            return self.buffer.write(data)

        def __getattr__(self, name: str) -> object:
            return getattr(self.buffer, name)

    out = Watched()
    assert write_parquet(stream(), pa.PythonFile(out, mode="w"), row_group_size=10) == 50
    # the first row group went out before most articles had been read
    assert any(0 < seen <= 11 for seen in out.taken_at_writes)
    assert pq.read_table(io.BytesIO(out.buffer.getvalue())).num_rows == 50


def test_an_empty_parquet_file_has_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path, "speakers") == 0
    back = pq.read_table(path)
    assert back.num_rows == 0
    assert back.schema.names == arrow_schema("speakers").names


def test_duckdb_reads_the_parquet(tmp_path: Path) -> None:
    batch = clippings()
    path = tmp_path / "statements.parquet"
    write_parquet(batch, path)
    relation = duckdb.sql(f"select speaker, count(*) from '{path}' group by speaker")
    assert relation is not None
    rows = relation.fetchall()
    expected: dict[str, int] = {}
    for row in to_records(batch):
        expected[str(row["speaker"])] = expected.get(str(row["speaker"]), 0) + 1
    assert dict(rows) == expected


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="row_group_size"):
        write_parquet([], tmp_path / "x.parquet", row_group_size=0)
    with pytest.raises(ValueError, match=re.escape(", ".join(TABLES))):
        to_arrow([], "speeches")
    with pytest.raises(ValueError, match="speeches"):
        write_parquet([], tmp_path / "x.parquet", "speeches")


def test_without_pyarrow_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.setitem(sys.modules, name, None)
    extra = re.escape("pip install 'newscore[arrow]'")
    with pytest.raises(ImportError, match=extra):
        to_arrow([])
    with pytest.raises(ImportError, match=extra):
        write_parquet([], tmp_path / "x.parquet")
