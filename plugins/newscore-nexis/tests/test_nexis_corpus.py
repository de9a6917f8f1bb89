"""The real exports in the shared corpus read completely and correctly."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path


def _corpus(name: str) -> Path:
    return shared_path("corpus", "nexis", name, anchor=__file__)


MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin"
    "|juillet|août|septembre|octobre|novembre|décembre"
)
DATE_WORDS = re.compile(rf"(?i)\b(?:{MONTHS})\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")

# file, format, documents, first article's date as the file writes it
EXPORTS = [
    ("sample.TXT", "nexis", 10, datetime.date(2010, 1, 11)),
    ("sample.DOCX", "nexis-docx", 10, datetime.date(2019, 7, 1)),
    ("afp_2013-03-12_0501.html", "nexis-html", 74, datetime.date(2013, 3, 14)),
    ("sun_2000-11-01_0001.html", "nexis-html", 32, datetime.date(2000, 11, 30)),
    ("spiegel_2012-02-01_0001.html", "nexis-html", 49, datetime.date(2012, 2, 27)),
    ("lexisnexis_test_en.html", "nexis-html", 2, datetime.date(1991, 12, 19)),
    ("lexisnexis_test_fr.html", "nexis-html", 3, datetime.date(2013, 4, 12)),
]


def test_nexis_corpus_exists() -> None:
    """The shared corpus is where the tests expect it."""
    assert _corpus("sample.TXT").is_file()


def _documents_with_date_lines(path: Path) -> int:
    """Count documents whose head (before the title) holds a date, read independently."""
    if path.suffix == ".TXT":
        text = path.read_bytes().decode("utf-8-sig")
        documents = re.split(r"(?m)^\s*\d+ of \d+ DOCUMENTS\s*$", text)[1:]
        heads = [[line for line in doc.splitlines() if line.strip()][:3] for doc in documents]
        return sum(any(DATE_WORDS.search(line) for line in head[1:3]) for head in heads)
    text = path.read_bytes().decode("utf-8")
    documents = re.split(r"<DOCFULL>", text, flags=re.IGNORECASE)[1:]
    count = 0
    for document in documents:
        divs = re.findall(r"(?is)<div[^>]*>(.*?)</div>", document)[1:4]
        plain = [re.sub(r"<[^>]+>", "", div).replace("&nbsp;", " ") for div in divs]
        count += any(DATE_WORDS.search(div) for div in plain)
    return count


@pytest.mark.parametrize(("name", "fmt", "documents", "first_date"), EXPORTS)
def test_nexis_export_reads_every_article(
    name: str, fmt: str, documents: int, first_date: datetime.date
) -> None:
    """Every document becomes one article with its title, date and provenance."""
    path = _corpus(name)
    articles = list(newscore.read(path))
    assert len(articles) == documents
    assert {article.format for article in articles} == {fmt}
    assert all(article.title for article in articles)
    assert [article.provenance.index for article in articles if article.provenance] == list(
        range(documents)
    )
    assert articles[0].date == first_date
    for article in articles:
        check_article(article)
        assert article.sources[0].name_span is not None
        assert article.meta.get("outlet")
    dated = sum(article.date is not None for article in articles)
    if path.suffix != ".DOCX":
        assert dated == _documents_with_date_lines(path)
    else:
        assert dated == documents


@pytest.mark.parametrize(("name", "fmt", "documents", "first_date"), EXPORTS)
def test_nexis_detect_picks_the_format(
    name: str, fmt: str, documents: int, first_date: datetime.date
) -> None:
    """Detection (on the first 64 KiB, or the DOCX path) picks the right Nexis format."""
    path = _corpus(name)
    if path.suffix == ".DOCX":
        first = next(iter(newscore.read(path)))
        assert first.format == fmt
        return
    head = path.read_bytes().decode("utf-8")[: 64 * 1024]
    assert newscore.detect(head)[0].format == fmt


def test_nexis_first_articles_fields() -> None:
    """Specific fields of the first articles, as the files write them."""
    txt = next(iter(newscore.read(_corpus("sample.TXT"))))
    assert txt.title == "Lorem ipsum dolor sit amet"
    assert txt.meta["byline"] == "Andrew Sparrow"
    assert txt.meta["length"] == 355
    assert txt.meta["index"] == "1 of 10"
    assert txt.meta["load_date"] == "2010-01-11"
    assert txt.meta["export_date"] == "2018-03-20"
    assert txt.lead is not None
    assert txt.lead.startswith("Lorem ipsum dolor sit amet, consectetur")
    afp = next(iter(newscore.read(_corpus("afp_2013-03-12_0501.html"))))
    assert afp.sources[0].name == "Agence France Presse"
    assert afp.sources[0].kind == "news agency"
    assert afp.meta["dateline"] == "BEIRUT, March 14 2013"
    spiegel = next(iter(newscore.read(_corpus("spiegel_2012-02-01_0001.html"))))
    assert spiegel.title == "Warnschuss für Merkels Euro-Kurs"
    assert spiegel.meta["byline"] == "Annett Meiritz"
    assert spiegel.meta["length"] == 1285
    assert spiegel.meta["language"] == "de"
    docx = next(iter(newscore.read(_corpus("sample.DOCX"))))
    assert docx.meta["section"] == "POLITICS; Version:28"
    assert docx.meta["index"] == "1 of 10"
