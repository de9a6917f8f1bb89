"""The counts of ``newscore stats``, as a pure accumulator."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, Provenance, Span, Speaker, Statement
from newscore._batch import failure_record
from newscore.cli.stats import MISSING_FIELDS, BatchStats

DEV = Path(__file__).resolve().parent / "data" / "dev"


def _article(
    origin: str, *, speakers: list[str], date: bool = True, title: bool = False
) -> Article:
    statements = [
        Statement(speaker=Speaker(name=name), cue="said", content="so", span=Span(start=0, end=1))
        for name in speakers
    ]
    return Article(
        raw="x",
        format="plain",
        date=datetime.date(2024, 1, 1) if date else None,
        title="T" if title else None,
        statements=statements,
        provenance=Provenance(origin=origin),
    )


def test_counts_files_formats_missing_fields_and_speakers() -> None:
    stats = BatchStats()
    stats.expect(["a.txt", "b.txt", "empty.txt"])
    stats.add(_article("a.txt", speakers=["Lee", "Kim", "Lee"]))
    stats.add(_article("a.txt", speakers=[], date=False, title=True))
    stats.add(_article("b.txt", speakers=["Kim", "Lee"]))
    stats.add(failure_record("gone.txt", "read.missing", "no such file or folder"))
    data = stats.to_dict(top=1)
    assert data["documents"] == 3
    assert data["documents_per_file"] == {"a.txt": 2, "b.txt": 1, "empty.txt": 0, "gone.txt": 0}
    assert data["failures"] == {"gone.txt": "read.missing"}
    assert data["failed_files"] == 1
    assert data["missing"] == {"date": 1, "title": 2, "sources": 3, "statements": 1}
    assert data["problems"] == {"read.missing": 1}
    assert data["statements"] == 5
    assert data["most_quoted"] == [{"speaker": "Lee", "statements": 3}]


def test_text_lists_few_files_and_summarises_many() -> None:
    few = BatchStats()
    few.add(_article("a.txt", speakers=["Lee"]))
    lines = list(few.text_lines())
    assert lines[0] == "1 documents from 1 files (0 could not be read)"
    assert "  a.txt  1" in lines
    assert lines[-1] == "  Lee  1"
    many = BatchStats()
    many.expect([f"f{n:02}.txt" for n in range(30)])
    for n in range(29):
        many.add(_article(f"f{n:02}.txt", speakers=[]))
    lines = list(many.text_lines())
    assert "  min 0, median 1, max 1 over 30 files read" in lines
    assert "    f29.txt  0" in lines


@given(st.lists(st.lists(st.sampled_from(["Ana", "Bo", "Cy"]), max_size=4), max_size=8))
def test_speaker_counts_add_up(statements_per_article: list[list[str]]) -> None:
    stats = BatchStats()
    for number, names in enumerate(statements_per_article):
        stats.add(_article(f"{number}.txt", speakers=names))
    data = stats.to_dict(top=3)
    assert data["statements"] == sum(map(len, statements_per_article))
    assert sum(entry["statements"] for entry in data["most_quoted"]) == data["statements"]
    counts = [entry["statements"] for entry in data["most_quoted"]]
    assert counts == sorted(counts, reverse=True)
    assert set(data["missing"]) == set(MISSING_FIELDS)


def test_real_clippings() -> None:
    stats = BatchStats()
    paths = sorted(DEV.glob("*.txt"))
    articles = [a for path in paths for a in newscore.read(path)]
    for article in articles:
        stats.add(article)
    data = stats.to_dict()
    assert data["documents"] == len(articles)
    assert sum(data["documents_per_format"].values()) == len(articles)
    assert data["missing"]["date"] == sum(a.date is None for a in articles)
    assert data["sources"] == sum(len(a.sources) for a in articles)
    assert data["speakers"] == sum(len(a.speakers) for a in articles)
