"""The NewsML-family corpus files against what ``expected.json`` says each file holds."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
import regex

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

FORMATS = ("newsml-1.2", "newsml-g2", "ritzau-xml", "wenn-atom")
FILES = (
    "afp.xml",
    "ana1.xml",
    "LISTING_1_A_NewsML-G2_News_Item.xml",
    "ansa-newsmlg2-text.xml",
    "dpa.xml",
    "scoop.xml",
    "stt1.xml",
    "stt_newsml_note_test.xml",
    "stt_newsml_test.xml",
    "tag_reuters.com_0000_newsml_ISS149709_1618095828",
    "tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232",
    "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838",
    "text.xml",
    "ritzau_news.xml",
    "wenn.xml",
)
# Files whose stories quote someone (SOURCES.md describes each): statements must be found.
QUOTED = {
    "afp.xml",
    "ansa-newsmlg2-text.xml",
    "scoop.xml",
    "tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232",
    "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838",
    "wenn.xml",
}
_TAG = regex.compile(r"</?[A-Za-z][\w.:-]{0,64}+(?:\s[^<>]{0,400}+)?+/?>")


@cache
def _expected() -> dict[str, dict[str, Any]]:
    path = shared_path("corpus", "wire", "expected.json", anchor=__file__)
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _articles(name: str) -> tuple[newscore.Article, ...]:
    return tuple(newscore.read(shared_path("corpus", "wire", name, anchor=__file__)))


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_file_of_these_formats_is_covered() -> None:
    mine = {name for name, entry in _expected().items() if entry["format"] in FORMATS}
    assert mine == set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_format_is_detected(name: str) -> None:
    expected = _expected()[name]
    head = shared_path("corpus", "wire", name, anchor=__file__).read_bytes()[: 64 * 1024]
    assert newscore.detect(head)[0].format == expected["format"]
    assert {a.format for a in _articles(name)} == {expected["format"]}


@pytest.mark.parametrize("name", FILES)
def test_fields_match_the_file(name: str) -> None:
    expected = _expected()[name]
    article = _articles(name)[0]
    check_article(article)
    assert article.title == expected["headline"]
    assert article.date is not None
    assert article.date.isoformat() == expected["date"]
    if expected["dateline_place"] is not None:
        places = article.meta.get("dateline_places")
        assert isinstance(places, tuple)
        assert places[0].casefold() == expected["dateline_place"].casefold()
    if expected["byline"] is not None:
        byline = article.meta.get("byline")
        assert isinstance(byline, str)
        assert _words(byline) == _words(expected["byline"])
    if expected["body_starts"] is not None:
        body = article.section("body") or article.section("lead")
        assert body is not None
        assert _words(body.text).startswith(_words(expected["body_starts"]))


@pytest.mark.parametrize("name", FILES)
def test_no_markup_in_sections_or_speakers(name: str) -> None:
    for article in _articles(name):
        for section in (*article.sections, *article.furniture):
            assert _TAG.search(section.text) is None, section.text[:80]
        for statement in article.statements:
            assert _TAG.search(statement.speaker.name) is None
            assert "<" not in statement.content or _TAG.search(statement.content) is None


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_statements_are_found_where_the_story_quotes(name: str) -> None:
    assert any(article.statements for article in _articles(name))


def test_wenn_feed_gives_one_article_per_entry() -> None:
    first, second = _articles("wenn.xml")
    assert second.title == "Jagged Edge singer Kyle Norman arrested over domestic assault"
    assert first.lead is not None
    assert first.lead.startswith("Police officials in Los Angeles")
    assert first.meta["atom_content"] == "This is body content1."
    assert any("gonna die today" in s.content for s in second.statements)


def test_dateline_field_gives_agency_and_place() -> None:
    afp = _articles("afp.xml")[0]
    assert afp.meta["dateline_agency"] == "AFP"
    assert [s.name for s in afp.sources][:1] == ["AFP"]
    assert [s.kind for s in afp.furniture] == ["dateline"]


def test_double_escaped_entities_are_decoded_once_more() -> None:
    article = _articles("stt_newsml_test.xml")[0]
    assert "&quot;" not in article.raw
    assert "&#39;" not in article.raw
    assert "o'clock" in article.raw
    assert '"The will of the government' in article.raw
    assert "g2.double-escaped" in {p.code for p in article.problems}


def test_preformatted_reuters_story_is_cut_at_indented_lines() -> None:
    article = _articles("tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232")[0]
    body = article.section("body")
    assert body is not None
    paragraphs = body.text.split("\n\n")
    assert paragraphs[0] == "(Adds comments, detail)"
    assert "By Arpan Varghese" in paragraphs


def test_headings_are_kept_as_furniture_not_body() -> None:
    article = _articles("stt_newsml_note_test.xml")[0]
    headings = [s.text for s in article.furniture if s.kind == "subheading"]
    assert (
        headings[0]
        == "Ministerin mukaan Puolustusvoimat ei rajoita kaksoiskansalaisten ottamista töihin"
    )
    assert "Puolustusvoimat hämmästyi" in headings
