"""The real Factiva exports in shared/corpus read completely, field by field from the tree."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

# file, format, articles (all dated and titled), first title, first date, first document id
FILES = [
    (
        "factiva_test.xml",
        "factiva-xml",
        3,
        "TEST - first test article",
        datetime.date(2012, 1, 9),
        "TEST0000020120109e51700030",
    ),
    # The result set says count="20", but only 19 <ppsarticle> are in the file:
    # Reuters-21578 NEWID 489 and 502 are the same story sent twice, kept once.
    (
        "reut21578-factiva.xml",
        "factiva-xml",
        19,
        "DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES",
        datetime.date(1987, 2, 26),
        "REUT00019870226-0001",
    ),
    (
        "factiva_test.html",
        "factiva-html",
        2,
        "Test 1",
        datetime.date(2011, 12, 29),
        "TESTFR0020111229e7ct0001r",
    ),
    (
        "Factiva-example.html",
        "factiva-html",
        2,
        "MEINUNG.ZU 50 JAHRE ISRAEL.",
        datetime.date(1998, 4, 18),
        "pnp0000020010926du4i003v3",
    ),
]
NAMES = [(f[0], f[1]) for f in FILES]


def corpus(name: str) -> Path:
    return shared_path("corpus", "factiva", name, anchor=__file__)


@pytest.mark.parametrize(("name", "fmt", "count", "title", "date", "document"), FILES)
def test_reads_every_article(
    name: str, fmt: str, count: int, title: str, date: datetime.date, document: str
) -> None:
    path = corpus(name)
    articles = list(newscore.read(path, extract=False))
    assert len(articles) == count
    assert [a.provenance.index for a in articles if a.provenance] == list(range(count))
    assert all(a.format == fmt for a in articles)
    assert all(a.title for a in articles)
    assert all(a.date is not None for a in articles)
    assert all(not a.problems for a in articles)
    for article in articles:
        check_article(article)
        assert article.provenance is not None
        assert article.provenance.origin == str(path)
    first = articles[0]
    assert first.title == title
    assert first.date == date
    assert first.meta["document_id"] == document


@pytest.mark.parametrize(("name", "fmt"), NAMES)
def test_provenance_points_at_the_article_element(name: str, fmt: str) -> None:
    text = corpus(name).read_bytes().decode("utf-8")
    marker = "<ppsarticle" if fmt == "factiva-xml" else "<div"
    lines = text.splitlines(keepends=True)
    for number, article in enumerate(newscore.read(text, format=fmt, extract=False), 1):
        provenance = article.provenance
        assert provenance is not None
        assert text[provenance.offset :].startswith(marker)
        assert "article" in text[provenance.offset : provenance.offset + 80]
        line_start = sum(len(line) for line in lines[: provenance.line - 1])
        assert line_start <= provenance.offset < line_start + len(lines[provenance.line - 1])
        assert provenance.element is not None
        assert provenance.element.endswith(f"[{number}]")
        if fmt == "factiva-xml":
            assert provenance.element.startswith("/PPSResponse/")
            assert "/ppsarticle[" in provenance.element


@pytest.mark.parametrize(("name", "fmt"), NAMES)
def test_raw_is_the_article_text_without_labels(name: str, fmt: str) -> None:
    for article in newscore.read(corpus(name), extract=False):
        assert article.raw.startswith(article.title or "")
        assert "<" not in article.raw or "&lt;" not in article.raw
        assert not re.search(r"(?m)^(?:HD|PD|SN|WC|LP|TD|AN) ", article.raw)
        assert article.date_span is None  # the date is a field of the markup, not text
        assert all(s.kind in {"lead", "body"} for s in article.sections)
        assert article.lead_span is not None
        blocks = article.raw.split("\n\n")
        assert all(block == " ".join(block.split()) for block in blocks)
        # Every field of the markup not in raw is in meta.
        assert {"document_id", "outlet", "language", "publication_date"} <= set(article.meta)
        assert article.meta["outlet"] not in article.raw.split("\n\n")


@pytest.mark.parametrize(("name", "fmt"), NAMES)
def test_every_dated_article_gets_its_date(name: str, fmt: str) -> None:
    text = corpus(name).read_bytes().decode("utf-8")
    articles = list(newscore.read(text, format=fmt, extract=False))
    if fmt == "factiva-xml":
        dates = re.findall(r"<(?:date|dateTime)>(\d{4}-\d{2}-\d{2})", text)
        assert [a.date.isoformat() for a in articles if a.date] == dates
    assert all(a.date is not None for a in articles)


@pytest.mark.parametrize(("name", "fmt"), NAMES)
def test_detects_the_format(name: str, fmt: str) -> None:
    head = corpus(name).read_bytes().decode("utf-8")[: 64 * 1024]
    detections = newscore.detect(head)
    assert detections[0].format == fmt
    assert detections[0].confidence == 0.99


def test_xml_fields_of_the_first_test_article() -> None:
    first = next(iter(newscore.read(corpus("factiva_test.xml"), extract=False)))
    assert first.raw == (
        "TEST - first test article\n\n"
        "This is the lead paragraph of the first test article.\n\n"
        "This is the body of the first test article."
    )
    assert first.meta["length"] == 942
    assert first.meta["language"] == "en"
    assert first.meta["time"] == "01:35"
    assert first.meta["publication_date"] == "2012-01-09T01:35:58Z"
    assert first.meta["outlet"] == "My Newspaper"
    assert first.meta["outlet_kind"] == "newspaper"
    assert first.meta["copyright"] == "(c) 2012 Company"
    assert first.meta["notes"] == "A NOTE"
    assert first.meta["ipc"] == ("EUROPE", "US", "LATAM")
    assert first.meta["region_names"][0] == "United States"  # type: ignore[index]
    assert first.lead == "This is the lead paragraph of the first test article."
    body = first.section("body")
    assert body is not None
    assert body.text == "This is the body of the first test article."
    codes = first.meta["codes"]
    assert isinstance(codes, tuple)
    assert {"usa", "c21", "gvbod"} <= set(codes)


def test_reuters_outlet_is_a_news_agency() -> None:
    articles = list(newscore.read(corpus("reut21578-factiva.xml")))
    assert {a.meta["outlet_kind"] for a in articles} == {"news agency"}
    assert sum(len(a.statements) for a in articles) > 20  # the core found "... said"
    assert {a.date for a in articles} == {
        datetime.date(1987, 2, 26),
        datetime.date(1987, 3, 1),
        datetime.date(1987, 3, 2),
    }
    first = articles[0]
    # Hard-wrapped Reuters text: paragraphs start on indented lines, wraps become spaces.
    assert first.lead == (
        "Diamond Shamrock Corp said that effective today it had cut its contract prices"
        " for crude oil by 1.50 dlrs a barrel."
    )


def test_french_html_fields() -> None:
    first, second = newscore.read(corpus("factiva_test.html"), extract=False)
    assert first.meta["language"] == "fr"
    assert first.meta["length"] == 295
    assert first.meta["time"] == "15:32"
    assert first.meta["page"] == "26"
    assert first.lead == "First head paragraph, with a few non-ASCII characters: à la française."
    assert [s.kind for s in first.sections] == ["lead", "body"]
    assert first.raw.count("\n\n") == 4
    assert second.meta["section"] == "Infolocale"
    assert second.meta["outlet"] == "Ouest France"
    assert second.meta["subject_codes"] == ("gcat",)
    assert second.date == datetime.date(2011, 12, 29)


def test_german_html_fields() -> None:
    first, second = newscore.read(corpus("Factiva-example.html"), extract=False)
    assert first.meta["length"] == 664
    assert first.meta["language"] == "de"
    assert first.meta["outlet"] == "Passauer Neue Presse"
    assert first.raw == "MEINUNG.ZU 50 JAHRE ISRAEL.\n\nFirst paragraph...\n\nSecond paragraph..."
    assert second.date == datetime.date(1998, 5, 9)
    assert second.meta["page"] == "18"
    assert second.meta["document_id"] == "sddz000020010927du5900a1e"
    assert second.lead is not None
    assert second.lead.startswith("Große Erwartungen")


@pytest.mark.parametrize(("name", "fmt"), NAMES)
def test_strict_reading_of_the_corpus_raises_nothing(name: str, fmt: str) -> None:
    count = next(f[2] for f in FILES if f[0] == name)
    assert len(list(newscore.read(corpus(name), strict=True, extract=False))) == count
