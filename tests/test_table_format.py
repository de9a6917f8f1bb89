"""The ``table`` format: CSV, TSV, JSON and JSON Lines tables of clippings, one row each."""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article, check_format
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import Mutation, mutated
from newscore.testing.pathological import assert_linear

HOST = newscore.PluginHost(entry_points=False)
TABLE = HOST.format("table")

LABELLED_CELL = (
    "У Києві оголошували повітряну тривогу. Джерело: Повітряні сили "
    "Деталі: Близько 18:52 у столиці оголосили тривогу."
)


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _read(text: str, **options: object) -> list[newscore.Article]:
    return list(HOST.read(text, extract=False, **options))  # type: ignore[arg-type]


# ------------------------------------------------------------ the shared corpus


@pytest.mark.parametrize(
    ("name", "count"), [("up_titles_100-20-ukr.csv", 10), ("up_titles_15000-20-ukr.csv", 20)]
)
def test_ukrainska_pravda_tables_give_one_titled_article_per_row(name: str, count: int) -> None:
    path = shared_path("corpus", "labelled", name, anchor=__file__)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert HOST.detect(path.read_bytes())[0].format == "table"
    articles = list(HOST.read(path))
    assert len(articles) == len(rows) == count
    for article, row in zip(articles, rows, strict=True):
        check_article(article)
        assert article.format == "table"
        assert article.title == row["ukr_title"].strip()
        assert article.meta["tags"] == row["tags"]
        assert article.meta["masked_title"] == row["masked_title"]
        assert row["ukr_text"] in article.raw
        if "Джерело:" in row["ukr_text"]:
            assert article.meta["text_format"] == "labelled"
            source = article.section("source")
            assert source is not None
            assert source.label == "Джерело"
    assert {a.provenance.line for a in articles if a.provenance} >= {2}


def test_the_table_sniff_leaves_clippings_and_native_json_to_their_formats() -> None:
    clipping = "Headline of the day\n\nKyiv, Ukraine, said officials.\nSource: Reuters\n"
    assert HOST.detect(clipping)[0].format == "labelled"
    assert HOST.detect("Just a paragraph, with commas, pasted.\n")[0].format == "plain"
    native = HOST.render(HOST.parse(LABELLED_CELL, extract=False), "native")
    assert HOST.detect(native)[0].format == "native"
    assert TABLE.sniff(native) == 0.0


# ---------------------------------------------------------------- the layouts


def test_a_labelled_cell_gives_labelled_sections_placed_in_the_row() -> None:
    text = _csv(
        [
            ["id", "title", "date", "body", "tags"],
            ["7", "Alarm", "2023-02-24", LABELLED_CELL, "war"],
        ]
    )
    (article,) = _read(text)
    check_article(article)
    assert article.raw == f"Alarm\n\n2023-02-24\n\n{LABELLED_CELL}"
    assert article.title == "Alarm"
    assert article.date == datetime.date(2023, 2, 24)
    assert article.meta["text_format"] == "labelled"
    assert article.meta["document_id"] == "7"
    assert article.meta["tags"] == "war"
    source = article.section("source")
    assert source is not None
    assert source.text_span.of(article.raw) == source.text
    assert "Повітряні сили" in source.text


def test_tsv_and_quoted_cells_across_lines_keep_their_lines() -> None:
    text = _csv(
        [["headline", "content"], ["One", "First line.\n\nSecond paragraph."], ["Two", "Short."]],
        delimiter="\t",
    )
    first, second = _read(text)
    assert first.title == "One"
    assert "Second paragraph." in first.raw
    assert first.provenance is not None
    assert first.provenance.line == 2
    assert second.provenance is not None
    assert second.provenance.line == 5
    assert second.provenance.element == "row[2]"


def test_json_arrays_and_json_lines_are_read_item_by_item() -> None:
    items = [
        {"title": "One", "text": "First story.", "url": "https://example.org/1", "n": 3},
        {"title": "Two", "full_text": "Second story.", "source": "Xinhua"},
    ]
    array = json.dumps(items, indent=2)
    lines = "\n".join(json.dumps(item) for item in items) + "\n"
    for text in (array, lines):
        assert HOST.detect(text)[0].format == "table"
        first, second = _read(text)
        assert (first.title, second.title) == ("One", "Two")
        assert first.meta["url"] == "https://example.org/1"
        assert first.meta["n"] == "3"
        assert second.meta["source"] == "Xinhua"
        assert "Second story." in second.raw


def test_columns_can_be_named_and_an_unknown_one_is_an_error_listing_the_header() -> None:
    text = _csv([["a", "b", "story"], ["Title", "Body text here.", "ignored"]])
    (article,) = _read(text, format="table", format_options={"title": "a", "text": "b"})
    assert article.title == "Title"
    assert article.raw.endswith("Body text here.")
    assert article.meta["story"] == "ignored"
    with pytest.raises(newscore.ParseError) as raised:
        _read(text, format="table", strict=True, format_options={"text": "bdy"})
    assert raised.value.code == "table.unknown-column"
    assert "'bdy'" in raised.value.message
    assert "'story'" in raised.value.message
    (lenient,) = _read(text, format="table", format_options={"text": "bdy"})
    assert lenient.problems[0].code == "table.unknown-column"
    assert "story" in lenient.raw  # nothing dropped


def test_a_ragged_row_is_a_problem_in_lenient_mode_and_an_error_naming_its_line() -> None:
    text = "title,text\nOne,First.\nTwo,Second.,extra\n"
    first, second = _read(text, format="table")
    assert not first.problems
    assert [p.code for p in second.problems] == ["table.ragged-row"]
    assert "line 3" in second.problems[0].message
    assert second.meta["column_3"] == "extra"
    with pytest.raises(newscore.ParseError) as raised:
        _read(text, format="table", strict=True)
    assert raised.value.line == 3


def test_an_unreadable_date_is_kept_with_a_note() -> None:
    (article,) = _read("title,date,text\nOne,sometime soon,Body.\n", format="table")
    assert article.date is None
    assert [p.code for p in article.problems] == ["table.unknown-date"]
    check_article(article)


def test_a_huge_cell_is_bounded_and_kept() -> None:
    text = "title,text\n" + 'One,"' + "x" * 200_000 + '"\n'
    articles = _read(text, format="table")
    assert articles[-1].problems[0].code == "table.bad-row"
    with pytest.raises(newscore.ParseError):
        _read(text, format="table", strict=True)


# ------------------------------------------------------------------ the writer


def test_the_writer_writes_the_six_columns_and_rows_written_one_by_one_make_a_table() -> None:
    text = _csv([["title", "date", "text", "url"], ["One", "2024-05-01", LABELLED_CELL, "u1"]])
    (article,) = _read(text)
    written = HOST.render(article, "table")
    header, row = list(csv.reader(io.StringIO(written)))
    assert header == ["id", "date", "title", "text", "source", "url"]
    assert row[1:4] == ["2024-05-01", "One", LABELLED_CELL]
    assert row[5] == "u1"
    (again,) = _read(written + written.replace("One", "Two"))[:1]
    assert again.title == "One"
    assert len(_read(written + written)) == 2


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé,\"'", min_size=1, max_size=8)
_LINE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@given(
    titles=st.lists(_LINE, min_size=1, max_size=4),
    date=st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 12, 31)),
    body=st.lists(_LINE.map(lambda line: line + "."), min_size=1, max_size=3),
)
@settings(max_examples=40, deadline=None)
def test_reading_what_was_written_gives_back_title_date_and_text(
    titles: list[str], date: datetime.date | None, body: list[str]
) -> None:
    text = "\n\n".join(body)
    originals = [
        newscore.Article.from_spans(
            raw=f"{title}\n\n{text}",
            format="plain",
            title_span=newscore.Span(start=0, end=len(title)),
            date=date,
            sections=[
                newscore.Section.unlabelled(
                    kind="body",
                    raw=f"{title}\n\n{text}",
                    span=newscore.Span(start=len(title) + 2, end=len(title) + 2 + len(text)),
                )
            ],
        )
        for title in titles
    ]
    written = "".join(HOST.render(article, "table") for article in originals)
    read_back = _read(written, format="table")
    assert [a.title for a in read_back] == [t.strip() for t in titles]
    assert [a.date for a in read_back] == [date] * len(titles)
    assert all(text in a.raw for a in read_back)


def test_the_format_keeps_the_contract() -> None:
    samples = [
        _csv([["title", "text"], ["One", "A lead.\n\nA body."]]),
        _csv([["title", "date", "text"], ["Two", "2020-01-02", LABELLED_CELL]]),
    ]
    check_format(TABLE, samples)


# ---------------------------------------------------------------- hostile input

SAMPLE = Path(__file__).parent / "data" / "table" / "sample.csv"


@given(mutation=mutated(SAMPLE.read_text(encoding="utf-8"), huge=200_000))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_damaged_tables_never_break_lenient_reading_and_strict_raises_only_parse_errors(
    mutation: Mutation,
) -> None:
    text = mutation.text
    for article in HOST.read(text, format="table", extract=False):
        check_article(article)
    with contextlib.suppress(newscore.ParseError):
        list(HOST.read(text, format="table", strict=True, extract=False))


@given(text=st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_text_read_as_a_table_keeps_its_articles_sound(text: str) -> None:
    for article in HOST.read(text, format="table", extract=False):
        check_article(article)
    assert 0.0 <= TABLE.sniff(text) <= 1.0


@pytest.mark.slow
def test_reading_a_table_takes_linear_time() -> None:
    assert_linear(
        "'title,text\\n' + 'One,\"A lead. Source: Reuters\"\\n' * n",
        work="list(newscore.read(text, format='table', extract=False))",
        size=500,
    )
