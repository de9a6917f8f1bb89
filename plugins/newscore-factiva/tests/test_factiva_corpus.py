"""The real Factiva exports in shared/corpus read completely."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "factiva"

# file, format, articles, first title, first date, first document id
FILES = [
    (
        "factiva_test.xml",
        "factiva-xml",
        3,
        "TEST - first test article",
        datetime.date(2012, 1, 9),
        "TEST0000020120109e51700030",
    ),
    (
        # The result set says count="20", but only 19 <ppsarticle> are in the
        # file: Reuters-21578 NEWID 489 and 502 are the same story sent twice
        # ("STUDY GROUP URGES INCREASED U.S. OIL RESERVES", 11:20 and 11:28),
        # and the export keeps it once (accession numbers run 0001..0019).
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


def test_corpus_is_there() -> None:
    assert CORPUS.is_dir(), f"the shared corpus is missing: {CORPUS}"


@pytest.mark.parametrize(("name", "fmt", "count", "title", "date", "document"), FILES)
def test_reads_every_article(
    name: str, fmt: str, count: int, title: str, date: datetime.date, document: str
) -> None:
    path = CORPUS / name
    assert path.is_file()
    articles = list(newscore.read(path))
    assert len(articles) == count
    assert [a.provenance.index for a in articles if a.provenance] == list(range(count))
    assert all(a.format == fmt for a in articles)
    assert all(a.title for a in articles)
    assert all(not a.problems or all(p.severity == "info" for p in a.problems) for a in articles)
    for article in articles:
        check_article(article)
        assert article.provenance is not None
        assert article.provenance.origin == str(path)
    first = articles[0]
    assert first.title == title
    assert first.date == date
    assert first.meta["document_id"] == document
    assert first.sources
    assert first.sources[0].name == first.meta["outlet"]


@pytest.mark.parametrize(("name", "fmt"), [(f[0], f[1]) for f in FILES])
def test_every_dated_article_gets_its_date(name: str, fmt: str) -> None:
    path = CORPUS / name
    text = path.read_text(encoding="utf-8")
    articles = list(newscore.read(path))
    if fmt == "factiva-xml":
        dates = re.findall(r"<(?:date|dateTime)>(\d{4}-\d{2}-\d{2})", text)
        assert [a.date.isoformat() for a in articles if a.date] == dates
    assert all(a.date is not None for a in articles)


@pytest.mark.parametrize(("name", "fmt"), [(f[0], f[1]) for f in FILES])
def test_detects_the_format(name: str, fmt: str) -> None:
    head = (CORPUS / name).read_text(encoding="utf-8")[: 64 * 1024]
    detections = newscore.detect(head)
    assert detections[0].format == fmt
    assert detections[0].confidence == 0.99
    assert detections[0].confidence > max(
        (d.confidence for d in detections if d.format == "labelled"), default=0.0
    )


def test_xml_fields_of_the_first_test_article() -> None:
    first = next(iter(newscore.read(CORPUS / "factiva_test.xml")))
    assert first.meta["length"] == 942
    assert first.meta["language"] == "en"
    assert first.meta["time"] == "01:35"
    assert first.lead == "This is the lead paragraph of the first test article."
    assert first.section("body") is not None
    assert first.section("body").text == "This is the body of the first test article."  # type: ignore[union-attr]
    codes = first.meta["codes"]
    assert isinstance(codes, tuple)
    assert {"usa", "c21", "gvbod"} <= set(codes)
    assert first.sources[0].kind == "newspaper"


def test_reuters_outlet_is_a_news_agency() -> None:
    articles = list(newscore.read(CORPUS / "reut21578-factiva.xml"))
    assert {a.sources[0].kind for a in articles} == {"news agency"}
    assert sum(len(a.statements) for a in articles) > 20  # the core found "... said"
    dates = {a.date for a in articles}
    assert dates == {
        datetime.date(1987, 2, 26),
        datetime.date(1987, 3, 1),
        datetime.date(1987, 3, 2),
    }


def test_french_html_fields() -> None:
    first, second = newscore.read(CORPUS / "factiva_test.html")
    assert first.meta["language"] == "fr"
    assert first.meta["length"] == 295
    assert first.lead == "First head paragraph, with a few non-ASCII characters: à la française."
    assert second.meta["section"] == "Infolocale"
    assert second.meta["outlet"] == "Ouest France"
    assert second.date == datetime.date(2011, 12, 29)


def test_german_html_fields() -> None:
    first, second = newscore.read(CORPUS / "Factiva-example.html")
    assert first.meta["length"] == 664
    assert first.meta["language"] == "de"
    assert first.meta["outlet"] == "Passauer Neue Presse"
    assert second.date == datetime.date(1998, 5, 9)
    assert second.meta["page"] == "18"
    assert second.meta["document_id"] == "sddz000020010927du5900a1e"


def test_every_span_points_into_raw() -> None:
    for name, *_ in FILES:
        for article in newscore.read(CORPUS / name):
            assert article.title_span is not None
            assert article.title_span.of(article.raw) == article.title
            assert article.date_span is not None
            for source in article.sources:
                assert source.span.of(article.raw) == source.description
            assert all(s.kind in {"lead", "body", "meta"} for s in article.sections)


def test_strict_reading_of_the_corpus_raises_nothing() -> None:
    for name, _fmt, count, *_ in FILES:
        assert len(list(newscore.read(CORPUS / name, strict=True))) == count
