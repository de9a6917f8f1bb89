"""The proquest and proquest-eml formats on the real exports: counts, fields, detection, robustness."""

from __future__ import annotations

import datetime
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
import newscore_proquest
from newscore.testing.contract import check_article, check_format
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import mutated
from newscore.testing.regexcheck import check_package

HOST = newscore.PluginHost()
TITLE = (
    "City National expands again; It acquires 1st Pacific Bank of California,"
    " a failed San Diego institution."
)


def _file(name: str) -> bytes:
    return shared_path("corpus", "proquest", name, anchor=__file__).read_bytes()


def test_sample_html_fields() -> None:
    path = shared_path("corpus", "proquest", "sample-1.html", anchor=__file__)
    (article,) = HOST.read(path)
    check_article(article)
    assert article.format == "proquest"
    assert article.title == TITLE
    assert article.date == datetime.date(2010, 5, 8)
    meta = article.meta
    assert meta["byline"] == "Olivarez-Giles, Nathan"
    assert meta["publication"] == "Los Angeles Times"
    assert meta["subjects"] == (
        "Banking industry",
        "Deposit insurance",
        "Bank failures",
        "Bank acquisitions & mergers",
    )
    assert (meta["document_id"], meta["issn"], meta["source_type"]) == (
        "251439970",
        "04583035",
        "Newspapers",
    )
    assert (meta["language"], meta["language_name"]) == ("en", "English")
    assert meta["url"] == "https://search.proquest.com/docview/251439970?accountid=00000"
    assert meta["word_count"] == 239
    assert meta["page"] == "AA.2"
    (abstract,) = [f for f in article.furniture if f.kind == "abstract"]
    assert abstract.text.startswith("With 3,000 employees")
    body = article.section("body")
    assert body is not None
    assert body.text.startswith("Los Angeles-based City National Bank")
    assert body.text.endswith("nathan.olivarezgiles@latimes.com")
    assert "<" not in article.raw
    walker = [s for s in article.statements if "Cary Walker" in s.speaker.name]
    assert walker, [s.speaker for s in article.statements]
    for statement in article.statements:
        assert "<" not in statement.speaker.name
    assert walker[0].speaker.name == "Cary Walker"


def test_eml_holds_two_articles() -> None:
    path = shared_path("corpus", "proquest", "malformed-html-tag.eml", anchor=__file__)
    articles = list(HOST.read(path, extract=False))
    assert [a.format for a in articles] == ["proquest-eml"] * 2  # two DocID anchors
    assert articles[0].title == TITLE
    assert articles[1].title is not None
    assert articles[1].title.startswith("FINANCIAL CRISIS; Downey, PFF seized by regulators")
    assert [a.date for a in articles] == [datetime.date(2010, 5, 8), datetime.date(2008, 11, 22)]
    assert articles[1].meta["byline"] == "Reckard, E Scott; Hsu, Tiffany"
    assert articles[1].meta["document_id"] == "422208782"
    assert articles[1].meta["word_count"] == 1221
    # The fields after each record's nested </html> are not lost.
    assert articles[0].meta["database"] == "U.S. Major Dailies"
    body = articles[1].section("body")
    assert body is not None
    assert "Federal regulators seized Downey Savings & Loan" in body.text
    for article in articles:
        check_article(article)


def test_eml_as_text_reads_the_same_records() -> None:
    text = _file("malformed-html-tag.eml").decode("ascii")
    articles = list(HOST.read(text, extract=False))
    assert [a.format for a in articles] == ["proquest-eml"] * 2
    assert articles[0].meta["email_subject"] == "Your ProQuest Research"
    assert [a.meta["document_id"] for a in articles] == ["251439970", "422208782"]


@pytest.mark.parametrize(
    ("name", "fmt"), [("sample-1.html", "proquest"), ("malformed-html-tag.eml", "proquest-eml")]
)
def test_detection(name: str, fmt: str) -> None:
    data = _file(name)
    assert HOST.detect(data)[0].format == fmt
    assert HOST.detect(data.decode("utf-8"))[0].format == fmt


def test_contract() -> None:
    check_format(newscore_proquest.PROQUEST, [_file("sample-1.html").decode()], serialised=True)
    check_format(
        newscore_proquest.PROQUEST_EML, [_file("malformed-html-tag.eml").decode()], serialised=True
    )


def test_entry_point() -> None:
    host = newscore.PluginHost(entry_points=True)
    assert {"proquest", "proquest-eml"} <= set(host.formats())


def test_message_without_html_is_a_problem() -> None:
    message = "MIME-Version: 1.0\nContent-Type: text/plain\nFrom: a@proquest.com\n\nHello.\n"
    (article,) = HOST.read(io.StringIO(message), format="proquest-eml", extract=False)
    assert "proquest.no-html" in [p.code for p in article.problems]
    assert "Hello." in article.raw
    with pytest.raises(newscore.ParseError):
        list(HOST.read(io.BytesIO(message.encode()), format="proquest-eml", strict=True))


def _check(text: str, fmt: str) -> None:
    for article in HOST.read(text, format=fmt, extract=False):
        check_article(article)
    try:
        list(HOST.read(text, format=fmt, strict=True, extract=False))
    except newscore.ParseError as error:
        assert not isinstance(error, newscore.PluginCrashError), error


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_exports_never_break_reading(data: st.DataObject) -> None:
    name, fmt = data.draw(
        st.sampled_from([("sample-1.html", "proquest"), ("malformed-html-tag.eml", "proquest-eml")])
    )
    mutation = data.draw(mutated(_file(name).decode("utf-8"), depth=300, huge=20_000))
    _check(mutation.text, fmt)


@settings(max_examples=40)
@given(
    fmt=st.sampled_from(["proquest", "proquest-eml"]),
    text=st.lists(
        st.sampled_from(
            [
                "<a name='DocID_1'>",
                "</a>",
                "<p>",
                "</p>",
                "<strong>",
                "Full text:",
                "Abstract:",
                "</strong>",
                "<html>",
                "</html>",
                "<body>",
                "\ud800",
                "\x00",
                "\x01",
                "word",
                " ",
                "\n",
                "MIME-Version: 1.0\n",
                "Content-Type: text/html\n",
                "proquest",
                "&#0;",
            ]
        ),
        max_size=30,
    ).map("".join),
)
def test_hostile_text_never_breaks_reading(fmt: str, text: str) -> None:
    _check(text, fmt)


def test_regexes_are_linear() -> None:
    findings = check_package("newscore_proquest")
    assert findings == [], "\n".join(str(f) for f in findings)
