"""The plain format: the fallback that reads any text."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.testing.clippings import ClippingParts, build_article, clipping_parts
from newscore.testing.contract import check_article


def parse(text: str) -> newscore.Article:
    return newscore.parse(text, format="plain")


def test_one_pasted_paragraph_is_the_lead() -> None:
    article = parse("Officials said the grid held. More followed.")
    assert article.lead == "Officials said the grid held. More followed."
    assert [s.kind for s in article.sections] == ["lead"]
    assert article.title is None
    assert article.date is None


def test_headline_then_paragraphs() -> None:
    article = parse("A headline without a full stop\n\nFirst paragraph.\n\nSecond.\n\nThird.\n")
    assert article.title == "A headline without a full stop"
    assert article.lead == "First paragraph."
    assert [(s.kind, s.text) for s in article.sections] == [
        ("lead", "First paragraph."),
        ("body", "Second.\n\nThird."),
    ]


def test_date_line_and_place_date_prefix() -> None:
    assert parse("30 August 2025\n\nLead here.").date == datetime.date(2025, 8, 30)
    article = parse("KYIV, 30 August 2025 — Officials said so.\n\nMore.")
    assert article.date == datetime.date(2025, 8, 30)
    assert article.lead == "Officials said so."
    assert article.date_span is not None
    assert article.date_span.of(article.raw) == "KYIV, 30 August 2025 —"


def test_a_date_belonging_to_the_sentence_stays_in_the_lead() -> None:
    article = parse("On 29 August, the Financial Times reported a plan.")
    assert article.date is None
    assert article.lead == "On 29 August, the Financial Times reported a plan."


def test_blank_text_gives_an_empty_article() -> None:
    article = parse(" \n\t\n")
    assert article.sections == ()
    assert article.lead is None


def _expected(parts: ClippingParts) -> tuple[object, ...]:
    texts = [parts.lead, *(text for _, text in parts.sections)]
    paragraphs = [p for text in texts for p in text.split("\n\n")]
    sections = [("lead", paragraphs[0])]
    if len(paragraphs) > 1:
        sections.append(("body", "\n\n".join(paragraphs[1:])))
    return parts.date, parts.title, sections


@given(clipping_parts())
def test_render_then_parse_keeps_title_date_and_paragraphs(parts: ClippingParts) -> None:
    text = newscore.render(build_article(parts), "plain")
    back = parse(text)
    got = (back.date, back.title, [(s.kind, s.text) for s in back.sections])
    assert got == _expected(parts)


@given(st.text())
def test_any_text_reads_with_exact_spans_and_nothing_lost(text: str) -> None:
    article = parse(text)
    check_article(article, text)
    once = newscore.render(article, "plain")
    assert newscore.render(parse(once), "plain") == once
