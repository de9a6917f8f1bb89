"""The ``rcv1`` format: Reuters Corpus Volume 1 newsitem XML."""

from __future__ import annotations

import contextlib
import datetime
import io

import newscore
import pytest
from hypothesis import given, settings
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import Mutation, mutated
from newscore.testing.pathological import assert_linear

import newscore_reuters21578
from _isolated import HOST

RCV1 = newscore_reuters21578.RCV1

ITEM = """<?xml version="1.0" encoding="utf-8"?>
<newsitem itemid="7" date="1997-03-02" xml:lang="en">
<title>UK: Test story.</title>
<headline>Test story</headline>
<byline>Jane Roe</byline>
<dateline>LONDON 1997-03-02</dateline>
<text>
<p>LONDON, March 2 (Reuters) - The minister said the plan would work.</p>
<p>"It will," she said.</p>
</text>
<copyright>(c) Reuters Limited 1997</copyright>
<metadata>
<codes class="bip:topics:1.0"><code code="GCAT"> </code></codes>
<dc element="dc.source" value="Reuters"/>
</metadata>
</newsitem>
"""


def _corpus_bytes() -> bytes:
    return shared_path("corpus", "reuters", "rcv1_2330.xml", anchor=__file__).read_bytes()


def test_the_corpus_newsitem_gives_its_fields() -> None:
    path = shared_path("corpus", "reuters", "rcv1_2330.xml", anchor=__file__)
    head = _corpus_bytes()
    assert HOST.detect(head)[0].format == "rcv1"
    assert newscore_reuters21578.sniff_bytes(head) == 0.0
    assert newscore_reuters21578.sniff(head.decode("latin-1")) == 0.0
    (article,) = HOST.read(path)
    check_article(article)
    assert article.format == "rcv1"
    assert article.title == "Tylan stock jumps; weighs sale of company."
    assert article.date == datetime.date(1996, 8, 20)
    assert article.meta["document_id"] == "2330"
    assert article.meta["language"] == "en"
    assert article.meta["title_line"] == "USA: Tylan stock jumps; weighs sale of company."
    assert article.meta["dateline_places"] == ("SAN DIEGO",)
    assert article.meta["countries"] == ("USA",)
    assert article.meta["industries"] == ("I34420",)
    assert article.meta["topics"] == ("C15", "C152", "C18", "C181", "CCAT")
    assert article.meta["dc.publisher"] == "Reuters Holdings Plc"
    assert article.lead is not None
    assert article.lead.startswith("The stock of Tylan General Inc. jumped Tuesday")
    body = article.section("body")
    assert body is not None
    assert "Goldman, Sachs & Co. has been retained" in body.text
    assert [f.text for f in article.furniture] == ["(c) Reuters Limited 1996"]
    assert article.provenance is not None
    assert article.provenance.element == "/newsitem[1]"
    said = {(s.speaker.name, s.cue) for s in article.statements}
    assert ("The company", "said") in said  # "The company said it has set up a committee"


def test_a_dateline_opening_the_text_is_read_and_the_byline_kept() -> None:
    (article,) = HOST.read(io.StringIO(ITEM), extract=False)
    check_article(article)
    assert article.title == "Test story"
    assert article.meta["dateline_places"] == ("LONDON 1997-03-02",)
    assert article.meta["dateline_agency"] == "Reuters"
    assert [s.name for s in article.sources] == ["Reuters"]
    assert article.meta["byline"] == "Jane Roe"
    assert [f.kind for f in article.furniture] == ["byline", "credits"]
    assert article.meta["topics"] == ("GCAT",)


def test_broken_markup_is_kept_in_lenient_mode_and_an_error_with_its_line_in_strict() -> None:
    broken = ITEM.replace("</headline>", "</headlin>")
    articles = list(HOST.read(broken, format="rcv1", extract=False))
    assert articles[-1].problems[0].code == "rcv1.bad-xml"
    assert "Test story" in articles[-1].raw
    with pytest.raises(newscore.ParseError) as raised:
        list(HOST.read(broken, format="rcv1", strict=True, extract=False))
    assert raised.value.line == 4


def test_a_newsitem_without_text_is_a_problem() -> None:
    item = '<newsitem itemid="1" date="1996-13-40"><headline>H</headline></newsitem>'
    (article,) = HOST.read(item, format="rcv1", extract=False)
    assert sorted(p.code for p in article.problems) == ["rcv1.invalid-date", "rcv1.no-text"]


@given(mutation=mutated(ITEM, huge=100_000))
@settings(max_examples=40, deadline=None)
def test_damaged_newsitems_never_break_lenient_reading(mutation: Mutation) -> None:
    for article in HOST.read(mutation.text, format="rcv1", extract=False):
        check_article(article)
    with contextlib.suppress(newscore.ParseError):
        list(HOST.read(mutation.text, format="rcv1", strict=True, extract=False))


@pytest.mark.slow
def test_reading_many_paragraphs_takes_linear_time() -> None:
    assert_linear(
        "'<newsitem itemid=\"1\"><headline>H</headline><text>'"
        " + '<p>LONDON (Reuters) - A said.</p>' * n + '</text></newsitem>'",
        work="list(newscore.read(text, format='rcv1', extract=False))",
        size=500,
    )
