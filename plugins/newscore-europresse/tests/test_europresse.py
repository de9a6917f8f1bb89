"""The europresse format on the real exports: counts, fields, detection, robustness."""

from __future__ import annotations

import datetime
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
import newscore_europresse
from newscore.testing.contract import check_article, check_format
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import mutated
from newscore.testing.regexcheck import check_package
from newscore_europresse._header import read_header

HOST = newscore.PluginHost()


def _path(name: str) -> object:
    return shared_path("corpus", "europresse", name, anchor=__file__)


def _read(name: str) -> list[newscore.Article]:
    return list(
        HOST.read(shared_path("corpus", "europresse", name, anchor=__file__), extract=False)
    )


def test_older_layout_holds_three_articles() -> None:
    # The file has three article tables, each with its own "Numéro de document".
    articles = _read("europresse_test1.html")
    assert [a.format for a in articles] == ["europresse"] * 3
    assert [a.title for a in articles] == [
        "A heading: some text",
        "Another heading with colored text inside",
        "Heading",
    ]
    assert [a.date for a in articles] == [
        datetime.date(2013, 10, 5),
        datetime.date(2012, 10, 3),
        datetime.date(2012, 10, 4),
    ]
    first, second, third = articles
    assert first.meta["publication"] == "l'Humanité"  # UTF-8 despite the ISO-8859-1 meta
    assert first.meta["section"] == "Politique"
    assert first.meta["document_id"] == "news·20121004·PO·2040056000"
    assert "éèêù. Continuation." in first.raw
    assert second.meta["byline"] == "Second Author"
    assert second.meta["certificate_id"] == "news·20121003·HU·175071"
    assert third.meta["page"] == "03"
    assert third.meta["section"] == "Éditorial"
    assert third.meta["kicker"] == ("Subtitle",)
    assert third.meta["byline"] == "Author Name"
    for article in articles:
        check_article(article)
        assert "Numéro de document" not in article.raw
        assert not article.problems


def test_newer_layout_holds_four_articles() -> None:
    articles = _read("europresse_test2.html")
    assert len(articles) == 4  # four <article> elements
    assert [a.title for a in articles] == ["Title", "Title", "A heading", "Title"]
    assert [a.meta["section"] for a in articles] == [
        "Communication",
        "Politique",
        "Economie",
        "Dernière heure",
    ]
    assert [a.meta["page"] for a in articles] == ["16", "12", "MDE6", "32"]
    assert [a.date for a in articles] == [
        datetime.date(2006, 3, 14),
        datetime.date(2006, 3, 14),
        datetime.date(2006, 3, 13),
        datetime.date(2006, 3, 13),
    ]
    assert articles[1].meta["byline"] == "Ariane Chemin"
    assert "byline" not in articles[2].meta
    assert articles[2].meta["notes"] == ("A note",)
    assert articles[0].meta["illustrations"] == ("A photo.",)
    assert articles[3].meta["document_id"] == "news·20060314·LM·0q1403_1239851"
    assert articles[0].meta["publication"] == "Newspaper"
    assert articles[3].section("body") is not None
    assert articles[3].section("body").text == "Text.\n\nText."  # type: ignore[union-attr]
    for article in articles:
        check_article(article)


@pytest.mark.parametrize("name", ["europresse_test1.html", "europresse_test2.html"])
def test_detection_picks_europresse(name: str) -> None:
    path = shared_path("corpus", "europresse", name, anchor=__file__)
    assert HOST.detect(path.read_bytes())[0].format == "europresse"
    assert HOST.detect(path.read_text(encoding="utf-8"))[0].format == "europresse"


def test_latin1_bytes_are_decoded() -> None:
    page = "<html><body><span class='DocPublicationName'>Le Monde</span>"
    page += "<span class='TitreArticleVisu'>Été</span><p>Déjà.</p></body></html>"
    (article,) = HOST.read(io.BytesIO(page.encode("latin-1")), extract=False)
    assert article.title == "Été"
    assert "Déjà." in article.raw


@pytest.mark.parametrize(
    ("header", "section", "date", "page", "words"),
    [
        ("Politique, jeudi 3 mars 2011, p. 12, 523 mots", "Politique", (2011, 3, 3), "12", 523),
        ("Sport, 1er mars 2011", "Sport", (2011, 3, 1), None, None),
        ("Business, Thursday, March 3, 2011, p. A4", "Business", (2011, 3, 3), "A4", None),
        ("Wirtschaft, Donnerstag 3. März 2011", "Wirtschaft", (2011, 3, 3), None, None),
    ],
)
def test_headers(
    header: str, section: str, date: tuple[int, int, int], page: str | None, words: int | None
) -> None:
    read = read_header(header)
    assert (read.section, read.date, read.page, read.word_count) == (
        section,
        datetime.date(*date),
        page,
        words,
    )


def test_contract() -> None:
    samples = [
        shared_path("corpus", "europresse", n, anchor=__file__).read_text(encoding="utf-8")
        for n in ("europresse_test1.html", "europresse_test2.html")
    ]
    check_format(newscore_europresse.EUROPRESSE, samples, serialised=True)


def test_entry_point() -> None:
    host = newscore.PluginHost(entry_points=True)
    assert "europresse" in host.formats()


def test_page_without_articles_is_kept_with_a_problem() -> None:
    (article,) = HOST.read(
        io.StringIO("<html><body><p>Just text.</p></body></html>"),
        format="europresse",
        extract=False,
    )
    assert article.raw == "Just text."
    assert "europresse.no-article" in [p.code for p in article.problems]
    with pytest.raises(newscore.ParseError) as raised:
        list(
            HOST.read(
                "<html><body><p>Just text.</p></body></html>",
                format="europresse",
                strict=True,
                extract=False,
            )
        )
    assert raised.value.code == "europresse.no-article"


def _check(text: str) -> None:
    for article in HOST.read(text, format="europresse", extract=False):
        check_article(article)
    try:
        list(HOST.read(text, format="europresse", strict=True, extract=False))
    except newscore.ParseError as error:
        assert not isinstance(error, newscore.PluginCrashError), error


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_exports_never_break_reading(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(["europresse_test1.html", "europresse_test2.html"]))
    original = shared_path("corpus", "europresse", name, anchor=__file__).read_text(
        encoding="utf-8"
    )
    mutation = data.draw(mutated(original, depth=300, huge=20_000))
    _check(mutation.text)


@settings(max_examples=40)
@given(
    st.lists(
        st.sampled_from(
            [
                "<article>",
                "</article>",
                "<span class='DocHeader'>",
                "</span>",
                "mars 2011",
                "<span class='TitreArticleVisu'>",
                "<p>",
                "</p>",
                "<br>",
                "\ud800",
                "\x00",
                "Numéro de document : x",
                "<aside>",
                "Note(s) :",
                "word",
                " ",
                "\n",
                "<table>",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_hostile_markup_never_breaks_reading(text: str) -> None:
    _check(text)


def test_regexes_are_linear() -> None:
    findings = check_package("newscore_europresse")
    assert findings == [], "\n".join(str(f) for f in findings)
