"""The flat tables: rows agree with their schemas, point into the text, and stream."""

from __future__ import annotations

import csv
import datetime
import functools
import io
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.identity import identify
from newscore.tables import (
    OUTLET_KEYS,
    SCHEMAS,
    TABLES,
    Column,
    to_pandas,
    to_records,
    write_csv,
)
from newscore.testing.strategies import articles, spans

ROOT = Path(__file__).resolve().parents[1]
CLIPPINGS = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
DOCS = ROOT / "docs" / "tables.md"

PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "int": (int,),
    "bool": (bool,),
    "date": (datetime.date,),
}


@st.composite
def articles_with_speakers(draw: st.DrawFn) -> newscore.Article:
    """Articles whose statements name entities, some of them out of range."""
    article = draw(articles())
    raw = article.raw
    entities = draw(
        st.lists(
            st.builds(
                newscore.Entity,
                name=st.text(max_size=10),
                kind=st.sampled_from(["person", "organisation", "anonymous"]),
                roles=st.lists(st.text(min_size=1, max_size=8), max_size=2),
                mentions=st.lists(spans(raw), max_size=3),
            ),
            max_size=3,
        )
    )
    indexes = st.none() | st.integers(min_value=0, max_value=len(entities))
    statements = [attrs.evolve(s, entity=draw(indexes)) for s in article.statements]
    return attrs.evolve(article, speakers=entities, statements=statements)


def parsed_clippings() -> list[newscore.Article]:
    return [
        attrs.evolve(article, provenance=newscore.Provenance(origin=str(path)))
        for path in CLIPPINGS
        for article in newscore.read(path)
    ]


def failure_record(code: str = "read.missing") -> newscore.Article:
    problem = newscore.Problem(code=code, message="gone.txt: no such file", severity="error")
    return newscore.Article(
        raw="",
        format="unread",
        problems=(problem,),
        provenance=newscore.Provenance(origin="gone.txt"),
    )


def assert_agrees_with_schema(row: dict[str, object], schema: tuple[Column, ...]) -> None:
    assert list(row) == [column.name for column in schema]
    for column in schema:
        value = row[column.name]
        if value is not None:
            assert isinstance(value, PYTHON_TYPES[column.type]), (column, value)
            if column.type == "int":
                assert not isinstance(value, bool), column
            if column.type == "date":
                assert not isinstance(value, datetime.datetime), column


def test_the_tables_are_the_schemas() -> None:
    assert tuple(SCHEMAS) == TABLES
    for table, schema in SCHEMAS.items():
        names = [column.name for column in schema]
        assert len(set(names)) == len(names), table
        assert names[0] == "article_id"
        assert all(column.description.strip() for column in schema)


def test_the_statements_table_has_the_columns_the_issue_names() -> None:
    names = {column.name for column in SCHEMAS["statements"]}
    wanted = {"article_id", "statement_id", "origin", "date", "outlet", "speaker", "speaker_kind"}
    wanted |= {"role", "cue", "direct", "content", "source", "frame", "resolution"}
    wanted |= {
        f"{part}{end}" for part in ("", "cue_", "content_", "speaker_") for end in ("start", "end")
    }
    assert wanted <= names


def test_a_column_type_is_one_of_four() -> None:
    with pytest.raises(ValueError, match="type"):
        Column(name="x", type="float", description="no")  # type: ignore[arg-type]


@pytest.mark.parametrize("table", TABLES)
@given(article=articles_with_speakers())
def test_generated_rows_agree_with_the_schema(table: str, article: newscore.Article) -> None:
    for row in to_records([article], table):
        assert_agrees_with_schema(row, SCHEMAS[table])
        assert row["article_id"] == article.id


@pytest.mark.parametrize("table", TABLES)
def test_rows_of_real_clippings_agree_with_the_schema(table: str) -> None:
    rows = list(to_records(parsed_clippings(), table))
    assert rows
    for row in rows:
        assert_agrees_with_schema(row, SCHEMAS[table])


@given(article=articles_with_speakers())
def test_one_row_per_value(article: newscore.Article) -> None:
    def chain_length(source: newscore.Source | None) -> int:
        return 0 if source is None else 1 + chain_length(source.via)

    counts = {
        "articles": 1,
        "statements": len(article.statements),
        "sources": sum(chain_length(s) for s in article.sources),
        "sections": len(article.sections) + len(article.furniture),
        "speakers": len(article.speakers),
    }
    assert {table: len(list(to_records([article], table))) for table in TABLES} == counts


def text_at(raw: str, row: dict[str, object], prefix: str = "") -> str | None:
    """The text a row's span columns ``<prefix>start`` and ``<prefix>end`` cover."""
    start, end = row[f"{prefix}start"], row[f"{prefix}end"]
    if start is None:
        assert end is None
        return None
    assert isinstance(start, int)
    assert isinstance(end, int)
    return raw[start:end]


@given(article=articles_with_speakers())
def test_generated_spans_point_at_their_text(article: newscore.Article) -> None:
    raw = article.raw
    for row, statement in zip(to_records([article]), article.statements, strict=True):
        assert text_at(raw, row) == statement.span.of(raw)
        assert row["content"] == statement.content
    for row in to_records([article], "sections"):
        assert text_at(raw, row, "text_") == row["text"]
    for row in to_records([article], "sources"):
        assert text_at(raw, row) == row["description"]
        assert text_at(raw, row, "name_") in (None, row["name"])


def test_spans_of_real_statements_point_at_cue_speaker_and_content() -> None:
    clippings = parsed_clippings()
    by_id = {article.id: article.raw for article in clippings}
    rows = list(to_records(clippings))
    assert len(rows) > 50
    for row in rows:
        raw = by_id[str(row["article_id"])]
        statement = text_at(raw, row)
        assert statement is not None
        assert text_at(raw, row, "cue_") in (None, row["cue"])
        written = text_at(raw, row, "content_")
        if written is not None:
            assert written in statement
            assert str(row["content"]).split()[0].strip('"“”«»') in written
        speaker = text_at(raw, row, "speaker_")
        assert speaker is None or speaker in statement


def test_statements_name_their_speaker_entity_and_source() -> None:
    clippings = parsed_clippings()
    rows = list(to_records(clippings))
    speakers = {(r["article_id"], r["position"]): r for r in to_records(clippings, "speakers")}
    sources = {r["source_id"]: r for r in to_records(clippings, "sources")}
    with_entity = [r for r in rows if r["entity"] is not None]
    assert with_entity
    for row in with_entity:
        speaker = speakers[row["article_id"], row["entity"]]
        assert speaker["statement_count"] != 0
        assert row["speaker_kind"] == speaker["kind"]
    with_source = [r for r in rows if r["source_id"] is not None]
    assert with_source
    listed = [r for r in with_source if r["source_id"] in sources]
    assert listed
    for row in listed:
        assert sources[row["source_id"]]["name"] == row["source"]
    for row in with_source:
        assert str(row["source_id"]).startswith(f"{row['article_id']}:src")


def test_speakers_count_their_statements_and_mentions() -> None:
    clippings = parsed_clippings()
    statements = list(to_records(clippings))
    for row in to_records(clippings, "speakers"):
        made = [
            s
            for s in statements
            if (s["article_id"], s["entity"]) == (row["article_id"], row["position"])
        ]
        assert row["statement_count"] == len(made)
        assert isinstance(row["mention_count"], int)
        assert row["mention_count"] >= 1


def test_a_source_chain_is_flattened_with_depth_and_via() -> None:
    raw = "Reuters, citing the ministry, said so."
    ministry = newscore.Source(
        name="the ministry", description="the ministry", span=newscore.Span(start=16, end=28)
    )
    reuters = newscore.Source(
        name="Reuters", description="Reuters", via=ministry, span=newscore.Span(start=0, end=7)
    )
    article = newscore.Article(raw=raw, format="plain", sources=(reuters,))
    rows = list(to_records([article], "sources"))
    assert [(r["name"], r["position"], r["depth"]) for r in rows] == [
        ("Reuters", 0, 0),
        ("the ministry", 0, 1),
    ]
    assert rows[0]["via"] == rows[1]["source_id"]
    assert rows[1]["via"] is None
    assert rows[0]["source_id"] != rows[1]["source_id"]


def test_hand_built_articles_get_the_ids_identify_gives() -> None:
    (article,) = newscore.read(CLIPPINGS[0])
    bare = attrs.evolve(
        article,
        statements=[attrs.evolve(s, id=None, source=None) for s in article.statements],
        sources=[attrs.evolve(s, id=None, via=None) for s in article.sources],
    )
    expected = identify(bare)
    rows = list(to_records([bare]))
    assert [r["statement_id"] for r in rows] == [s.id for s in expected.statements]
    assert all(isinstance(r["statement_id"], str) for r in rows)
    sources = list(to_records([bare], "sources"))
    assert [r["source_id"] for r in sources] == [s.id for s in expected.sources]


def test_articles_rows_count_and_join_problem_codes() -> None:
    problems = [
        newscore.Problem(code="a.one", message="m"),
        newscore.Problem(code="b.two", message="m"),
        newscore.Problem(code="a.one", message="m"),
    ]
    article = newscore.Article(
        raw="Some text.",
        format="plain",
        problems=problems,
        meta={"language": "en", "outlet": "The Kyiv Independent"},
        provenance=newscore.Provenance(origin="in/a.txt", index=3, offset=40, line=7),
    )
    (row,) = to_records([article], "articles")
    assert row["problem_codes"] == "a.one; b.two"
    assert row["problem_count"] == 3
    assert (row["origin"], row["index"], row["offset"], row["line"]) == ("in/a.txt", 3, 40, 7)
    assert (row["language"], row["outlet"], row["raw_length"]) == ("en", "The Kyiv Independent", 10)


@pytest.mark.parametrize("key", OUTLET_KEYS)
def test_the_outlet_is_read_from_meta(key: str) -> None:
    article = newscore.parse("Foreign Minister Andrii Sybiha said the talks went well.")
    article = attrs.evolve(article, meta={**article.meta, key: "Ukrinform"})
    (statement,) = to_records([article])
    (row,) = to_records([article], "articles")
    assert statement["outlet"] == row["outlet"] == "Ukrinform"


def test_the_outlet_key_comes_before_publication() -> None:
    article = newscore.Article(raw="x", format="plain", meta={"publication": "B", "outlet": "A"})
    assert next(to_records([article], "articles"))["outlet"] == "A"


@pytest.mark.parametrize("table", TABLES)
def test_a_failure_record_is_in_the_articles_table_only(table: str) -> None:
    rows = list(to_records([failure_record("read.binary")], table))
    if table == "articles":
        (row,) = rows
        assert (row["format"], row["problem_codes"], row["origin"]) == (
            "unread",
            "read.binary",
            "gone.txt",
        )
    else:
        assert rows == []


def test_unknown_tables_are_refused_naming_the_choices() -> None:
    choices = re.escape(", ".join(TABLES))
    with pytest.raises(ValueError, match=f"'speeches'.*{choices}"):
        to_records([], "speeches")
    with pytest.raises(ValueError, match=choices):
        write_csv([], io.StringIO(), "speeches")
    with pytest.raises(ValueError, match=choices):
        to_pandas([], "speeches")


class OneAtATime:
    """An article source that fails when a second article is asked for before the rows arrived."""

    def __init__(self, articles: Iterable[newscore.Article]) -> None:
        self.articles = list(articles)
        self.taken = 0
        self.rows_seen = 0

    def __iter__(self) -> Iterator[newscore.Article]:
        for article in self.articles:
            if self.taken > self.rows_seen:
                raise AssertionError(
                    "an article was taken before the previous one's rows were used"
                )
            self.taken += 1
            yield article


def test_rows_are_made_one_article_at_a_time() -> None:
    clippings = [a for a in parsed_clippings() if a.statements]
    source = OneAtATime(clippings)
    last = None
    for row in to_records(source):
        if row["article_id"] != last:
            source.rows_seen += 1
            last = row["article_id"]
        assert source.taken == source.rows_seen
    assert source.taken == len(clippings)


def test_an_endless_stream_gives_its_first_rows() -> None:
    article = newscore.parse("Foreign Minister Andrii Sybiha said the talks went well.")

    def forever() -> Iterator[newscore.Article]:
        while True:
            yield article

    rows = to_records(forever())
    assert [next(rows)["cue"] for _ in range(3)] == ["said"] * 3


def read_csv_back(text: str, table: str) -> list[dict[str, object]]:
    kinds = {column.name: column.type for column in SCHEMAS[table]}

    def value(name: str, field: str) -> object:
        if field == "":
            return None
        kind = kinds[name]
        if kind == "int":
            return int(field)
        if kind == "bool":
            return {"true": True, "false": False}[field]
        if kind == "date":
            return datetime.date.fromisoformat(field)
        return field

    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == list(kinds)
    return [{name: value(name, field) for name, field in row.items()} for row in reader]


def missing_for_empty(row: dict[str, object]) -> dict[str, object]:
    return {name: None if value == "" else value for name, value in row.items()}


@pytest.mark.parametrize("table", TABLES)
@given(batch=st.lists(articles_with_speakers(), max_size=3))
def test_csv_reads_back_as_the_records(table: str, batch: list[newscore.Article]) -> None:
    out = io.StringIO(newline="")
    count = write_csv(batch, out, table)
    expected = [missing_for_empty(row) for row in to_records(batch, table)]
    assert count == len(expected)
    assert read_csv_back(out.getvalue(), table) == expected


def test_an_empty_csv_has_its_header() -> None:
    out = io.StringIO()
    assert write_csv([], out, "speakers") == 0
    assert out.getvalue().strip() == ",".join(column.name for column in SCHEMAS["speakers"])


PANDAS_DTYPES = {"string": "string", "int": "Int64", "bool": "boolean", "date": "datetime64[s]"}


@pytest.mark.parametrize("table", TABLES)
def test_pandas_dtypes_come_from_the_schema(table: str) -> None:
    for batch in ([], parsed_clippings()):
        frame = to_pandas(batch, table)
        assert list(frame.columns) == [column.name for column in SCHEMAS[table]]
        assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
            column.name: PANDAS_DTYPES[column.type] for column in SCHEMAS[table]
        }


def pandas_value(value: object) -> object:
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


@pytest.mark.parametrize("table", TABLES)
@given(batch=st.lists(articles_with_speakers(), max_size=3))
def test_pandas_holds_the_records(table: str, batch: list[newscore.Article]) -> None:
    frame = to_pandas(batch, table)
    got = [
        {name: pandas_value(value) for name, value in row.items()}
        for row in frame.to_dict(orient="records")
    ]
    assert got == list(to_records(batch, table))


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'newscore[pandas]'")):
        to_pandas([])


def test_the_table_core_imports_no_optional_library(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("pandas", "pyarrow"):
        monkeypatch.setitem(sys.modules, name, None)
    out = io.StringIO()
    assert write_csv(parsed_clippings()[:2], out) > 0


# -- the documentation's column tables are generated from SCHEMAS ----------------------------


def schema_markdown(table: str) -> str:
    lines = ["| column | type | description |", "| --- | --- | --- |"]
    for column in SCHEMAS[table]:
        description = column.description.replace("|", r"\|")
        lines.append(f"| `{column.name}` | {column.type} | {description} |")
    return "\n".join(lines)


def _block(table: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- columns of {table}: generated by tests/test_tables.py -->\n)"
        r"((?:(?!<!--).)*?)(<!-- end -->)",
        re.DOTALL,
    )


def _filled(found: re.Match[str], columns: str) -> str:
    return f"{found[1]}{columns}\n{found[3]}"


def refreshed_docs(text: str) -> str:
    for table in TABLES:
        text = _block(table).sub(functools.partial(_filled, columns=schema_markdown(table)), text)
    return text


def test_the_docs_list_every_column_as_declared() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for table in TABLES:
        assert _block(table).search(text), f"docs/tables.md has no column block for {table}"
    assert text == refreshed_docs(text), (
        "docs/tables.md is out of date with SCHEMAS: run `python tests/test_tables.py`"
    )


if __name__ == "__main__":
    DOCS.write_text(refreshed_docs(DOCS.read_text(encoding="utf-8")), encoding="utf-8")
