"""Factiva exports in every interface language: dates, unreadable dates, field codes."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import regex

import newscore
from newscore.testing.contract import check_article

DATA = Path(__file__).resolve().parent / "data" / "locales"
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "ru", "uk", "pl", "zh", "ja", "ko")
# Each test export holds two articles whose PD cells write 3 March 2012 and 14 November 2013.
DATES = [datetime.date(2012, 3, 3), datetime.date(2013, 11, 14)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_interface_language_gives_its_dates(language: str) -> None:
    """The field codes are the same in every language; PD is read in the interface's."""
    text = (DATA / f"{language}.html").read_text(encoding="utf-8")
    articles = list(newscore.read(text, format="factiva-html", extract=False))
    assert [article.date for article in articles] == DATES
    for number, article in enumerate(articles, start=1):
        check_article(article)
        assert article.title == f"Test headline {number}"
        assert article.meta["length"] == 100 + number
        assert article.meta["outlet"] == "The Example Courier"
        assert not article.problems


def test_unreadable_dates_give_a_problem_per_article() -> None:
    """PD cells in a language not read give each article a problem naming the text."""
    text = (DATA / "de.html").read_text(encoding="utf-8")
    text = text.replace("Samstag 3. März 2012", "3 Mart 2012 Cumartesi")
    text = text.replace("14. November 2013 Donnerstag", "14 Kasım 2013 Perşembe")
    articles = list(newscore.read(text, format="factiva-html", extract=False))
    assert len(articles) == 2
    for article, written in zip(articles, ("3 Mart 2012", "14 Kasım 2013"), strict=True):
        assert article.date is None
        messages = [p.message for p in article.problems if p.code == "factiva.unknown-date"]
        assert len(messages) == 1
        assert written in messages[0]


def test_field_code_text_in_russian() -> None:
    """Pasted field-code text reads a Russian PD line with its span."""
    text = "HD Заголовок\nPD 3 марта 2012 г.\nSN Example\n\nLP\nПервый абзац.\n"
    article = newscore.parse(text, format="factiva-html", extract=False)
    assert article.date == datetime.date(2012, 3, 3)
    assert article.date_span is not None
    assert article.date_span.of(article.raw) == "3 марта 2012 г."


def test_docs_code_table_matches_the_field_names() -> None:
    """The docs' code table lists exactly the codes of the code's map."""
    from newscore_factiva._fields import FIELD_NAMES

    page = (Path(__file__).resolve().parents[3] / "docs" / "formats" / "factiva.md").read_text(
        encoding="utf-8"
    )
    table = page.split("<!-- factiva-codes", 1)[1].split("<!-- /factiva-codes -->", 1)[0]
    documented = dict(regex.findall(r"(?m)^\| `([A-Z]{2,4}+)` \| `([a-z_]++)` \|$", table))
    assert documented == dict(FIELD_NAMES)
