"""Nexis exports in every interface language: dates, unreadable dates, the label table."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path

import pytest
import regex
from newscore_nexis._dates import read_date
from newscore_nexis._text import FIELD_KEYS

import newscore
from newscore.testing.contract import check_article

DATA = Path(__file__).resolve().parent / "data" / "locales"
DOCS = Path(__file__).resolve().parents[3] / "docs" / "formats" / "nexis.md"
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "ru", "uk", "pl", "zh", "ja", "ko")
# Each test export holds two articles, dated (as its date lines say) 3 March 2012
# and 14 November 2013.
DATES = [datetime.date(2012, 3, 3), datetime.date(2013, 11, 14)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_interface_language_gives_its_dates(language: str) -> None:
    """Each test export gives both dates its date lines write, with whole spans."""
    text = (DATA / f"{language}.TXT").read_text(encoding="utf-8")
    articles = list(newscore.read(text, format="nexis", extract=False))
    assert [article.date for article in articles] == DATES
    for number, article in enumerate(articles, start=1):
        check_article(article)
        assert article.title == f"Test headline {number} ({language})"
        assert article.meta["length"] == 100 + number
        assert article.meta["byline"] == "Test Author"
        assert not article.problems
        # The date span covers the whole date line as written, weekday included.
        assert article.date_span is not None
        line = article.raw[article.date_span.start :].split("\n", 1)[0]
        assert article.date_span.of(article.raw) == line.rstrip()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Samstag 3. März 2012", datetime.date(2012, 3, 3)),
        ("samedi 3 mars 2012", datetime.date(2012, 3, 3)),
        ("3 de marzo de 2012", datetime.date(2012, 3, 3)),
        ("2012年3月3日", datetime.date(2012, 3, 3)),
        ("2012년 3월 3일", datetime.date(2012, 3, 3)),
        ("3 марта 2012 г.", datetime.date(2012, 3, 3)),
        ("3 березня 2012 р.", datetime.date(2012, 3, 3)),
        ("3 maart 2012", datetime.date(2012, 3, 3)),
        ("3 de março de 2012", datetime.date(2012, 3, 3)),
        ("3 marca 2012", datetime.date(2012, 3, 3)),
        ("3 marzo 2012", datetime.date(2012, 3, 3)),
        ("1er janvier 2014 mercredi", datetime.date(2014, 1, 1)),
        ("3 Jänner 2012", datetime.date(2012, 1, 3)),
    ],
)
def test_date_lines(line: str, expected: datetime.date) -> None:
    """Each interface language's date line is read whole."""
    found = read_date(line)
    assert found is not None
    assert found.date == expected
    assert found.span == newscore.Span(start=0, end=len(line))


def test_time_after_a_localised_date() -> None:
    """The time after a German date is read into the span."""
    line = "27. Februar 2012 Montag 9:50 PM GMT+1"
    found = read_date(line)
    assert found is not None
    assert (found.date, found.time) == (datetime.date(2012, 2, 27), datetime.time(21, 50))
    assert found.span.end == len(line)


def test_unreadable_dates_give_a_problem_per_article() -> None:
    """Date lines in a language not read give each article a problem naming them."""
    text = (DATA / "de.TXT").read_text(encoding="utf-8")
    # Turkish is not an interface language read here.
    text = text.replace("Samstag 3. März 2012", "3 Mart 2012 Cumartesi")
    text = text.replace("14. November 2013 Donnerstag", "14 Kasım 2013 Perşembe")
    articles = list(newscore.read(text, format="nexis", extract=False))
    assert len(articles) == 2
    for article, written in zip(articles, ("3 Mart 2012", "14 Kasım 2013"), strict=True):
        assert article.date is None
        problems = [p for p in article.problems if p.code == "nexis.date-unreadable"]
        assert len(problems) == 1
        assert written in problems[0].message
        assert problems[0].span is not None
        assert problems[0].span.of(article.raw).startswith(written)


def test_strict_reading_raises_only_parse_error_on_unreadable_dates() -> None:
    """Strict reading of unreadable dates raises nothing but ParseError."""
    text = (DATA / "fr.TXT").read_text(encoding="utf-8").replace("samedi 3 mars", "lördag 3 mars")
    text = text.replace("mars 2012", "marsch 2012")
    with contextlib.suppress(newscore.ParseError):
        list(newscore.read(text, format="nexis", extract=False, strict=True))


def test_docs_label_table_matches_the_label_map() -> None:
    """The docs' label table lists exactly the labels of the code's map."""
    page = DOCS.read_text(encoding="utf-8")
    table = page.split("<!-- nexis-labels", 1)[1].split("<!-- /nexis-labels -->", 1)[0]
    documented: dict[str, str] = {}
    for row in regex.finditer(r"(?m)^\| `(?P<key>[a-z_]++)` \| (?P<labels>[^\n|]*+)\|$", table):
        for label in regex.findall(r"`([^`]++)`", row.group("labels")):
            documented[label.casefold()] = row.group("key")
    assert documented == {label.casefold(): key for label, key in FIELD_KEYS.items()}
