"""The ``alceste`` format: IRaMuTeQ / Alceste starred-line corpora, read and written."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article, check_format
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import Mutation, mutated

HOST = newscore.PluginHost(entry_points=False)
ALCESTE = HOST.format("alceste")


def _corpus() -> str:
    path = shared_path("corpus", "alceste", "alceste_test.txt", anchor=__file__)
    return path.read_text(encoding="utf-8")


def test_the_sample_corpus_gives_its_two_texts_with_variables_and_themes() -> None:
    text = _corpus()
    assert HOST.detect(text)[0].format == "alceste"
    first, second = HOST.read(text, extract=False)
    for article in (first, second):
        check_article(article)
    assert first.meta["var1"] == "1"
    assert first.meta["var2"] == "levela"
    assert first.meta["boolean1"] is True
    assert first.meta["alceste_variables"] == ("var1_1", "var2_levela", "boolean1")
    assert [(s.kind, s.label) for s in first.sections] == [
        ("theme", "theme1"),
        ("theme", "theme2"),
    ]
    assert first.sections[0].text == "Contents of the first text, first theme."
    assert first.sections[1].text.endswith("éêàù.\nNew line.")
    assert second.meta["var1"] == "2"
    assert second.meta["alceste_number"] == "00002"
    assert [s.text for s in second.sections] == ["Contents of the second text."]
    assert second.provenance is not None
    assert second.provenance.line == 7


def test_a_date_variable_gives_the_date_and_an_impossible_one_a_problem() -> None:
    article = HOST.parse("**** *date_2025-08-30 *outlet_xinhua\nText.\n", extract=False)
    assert article.date == datetime.date(2025, 8, 30)
    assert article.date_span is not None
    assert article.date_span.of(article.raw) == "2025-08-30"
    assert article.meta["outlet"] == "xinhua"
    bad = HOST.parse("**** *date_2025-02-30\nText.\n", format="alceste", extract=False)
    assert bad.date is None
    assert [p.code for p in bad.problems] == ["alceste.invalid-date"]
    with pytest.raises(newscore.ParseError):
        HOST.parse("**** *date_2025-02-30\nText.\n", format="alceste", strict=True)


def test_text_without_a_variable_line_is_kept_with_a_problem() -> None:
    article = HOST.parse("Just text.\n", format="alceste", extract=False)
    assert [p.code for p in article.problems] == ["alceste.no-variables"]
    assert article.sections[0].text == "Just text."


def test_an_article_from_another_format_is_written_with_date_outlet_and_format() -> None:
    article = HOST.parse(
        "Big news\n\n30 August 2025\n\nThe agency said the talks went well.\n\nSource: Xinhua\n",
        extract=True,
    )
    written = HOST.render(article, "alceste")
    header, title, *body = written.splitlines()
    assert header == f"**** *date_2025-08-30 *outlet_xinhua *format_{article.format}"
    assert title == "Big news"
    assert "Source: Xinhua" in body
    again = HOST.parse(written, extract=False)
    assert again.format == "alceste"
    assert again.date == datetime.date(2025, 8, 30)
    assert again.meta["outlet"] == "xinhua"


def test_values_are_sanitised_and_text_that_looks_like_markup_is_escaped() -> None:
    raw = "**** *x\n-*y"
    body = newscore.Section.unlabelled(kind="body", raw=raw, span=newscore.Span(start=0, end=11))
    article = newscore.Article.from_spans(
        raw=raw, format="plain", sections=[body], meta={"outlet": "Le Monde (Paris)!"}
    )
    written = HOST.render(article, "alceste")
    assert written.splitlines()[0] == "**** *outlet_le_monde_paris *format_plain"
    (again,) = HOST.read(written, format="alceste", extract=False)
    assert again.sections[0].text == "**** *x\n -*y"  # one text, one section


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéà", min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=8).map(lambda words: " ".join(words) + ".")


@given(
    date=st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
    outlet=st.none() | _WORD,
    themes=st.lists(st.tuples(_WORD, _SENTENCE), min_size=1, max_size=4),
)
@settings(max_examples=50, deadline=None)
def test_written_corpora_read_back_with_their_variables_and_themes(
    date: datetime.date | None, outlet: str | None, themes: list[tuple[str, str]]
) -> None:
    variables = ["*format_labelled"]
    if date is not None:
        variables.insert(0, f"*date_{date.isoformat()}")
    if outlet is not None:
        variables.insert(-1, f"*outlet_{outlet}")
    text = " ".join(["****", *variables]) + "\n"
    text += "".join(f"-*{name}\n{sentence}\n" for name, sentence in themes)
    article = HOST.parse(text, format="alceste", extract=False)
    check_article(article)
    assert article.date == date
    assert article.meta.get("outlet") == outlet
    assert [(s.label, s.text) for s in article.sections] == themes
    assert HOST.render(article, "alceste") == text


def test_the_format_keeps_the_contract() -> None:
    first_text = _corpus().split("00002", 1)[0]
    check_format(ALCESTE, [first_text, "**** *date_2020-01-02\nOne text.\n"])


@given(mutation=mutated(_corpus(), huge=100_000))
@settings(max_examples=40, deadline=None)
def test_damaged_corpora_never_break_lenient_reading(mutation: Mutation) -> None:
    for article in HOST.read(mutation.text, format="alceste", extract=False):
        check_article(article)
    with contextlib.suppress(newscore.ParseError):
        list(HOST.read(mutation.text, format="alceste", strict=True, extract=False))
