"""Golden pair: tests/data/sample.sgm reads to sample.expected.json.

Set ``NEWSCORE_UPDATE_GOLDEN=1`` to rewrite the expected file after a
deliberate change, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import attrs
import newscore
from newscore.testing.contract import check_article

from _isolated import HOST

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample.sgm"
EXPECTED = DATA / "sample.expected.json"


def _actual() -> list[object]:
    articles = list(HOST.read(SAMPLE, extract=False))
    # The expected file must not depend on where the checkout lives.
    located = [
        attrs.evolve(article, provenance=attrs.evolve(article.provenance, origin=SAMPLE.name))
        if article.provenance is not None
        else article
        for article in articles
    ]
    return [json.loads(newscore.to_json(article)) for article in located]


def test_reuters21578_golden_sample() -> None:
    actual = _actual()
    if os.environ.get("NEWSCORE_UPDATE_GOLDEN") == "1":
        EXPECTED.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert actual == json.loads(EXPECTED.read_bytes().decode("utf-8"))


def test_reuters21578_sample_reads_as_documented() -> None:
    first, brief, table = list(HOST.read(SAMPLE, extract=False))
    assert first.title == "U.S. SELLS WHEAT TO <SOVIET> BUYERS"
    assert first.raw == (
        "U.S. SELLS WHEAT TO <SOVIET> BUYERS\n\n"
        "WASHINGTON, Dec 31 - The Agriculture Department said\n"
        "Soviet buyers bought 100,000 tonnes of U.S. wheat & barley.\n"
        "    Secretary Richard Lyng said more sales were possible.\n Reuter"
    )
    assert first.date is not None
    assert first.date.isoformat() == "1987-12-31"
    assert first.meta["exchanges"] == ("cbt",)
    assert first.meta["author"] == "By Jane Roe, Reuters"
    assert first.meta["dateline_places"] == ("WASHINGTON",)
    assert first.provenance is not None
    assert (first.provenance.line, first.provenance.element) == (2, "REUTERS[NEWID=9001]")
    assert brief.title == "BANK OF ENGLAND SEES NO SHORTAGE IN MONEY MARKET"
    assert brief.raw == "BANK OF ENGLAND SEES NO SHORTAGE IN MONEY MARKET\n\nBlah blah blah."
    assert brief.meta["brief_mark"] == "******"
    assert brief.problems == ()
    assert table.title is None
    assert table.meta["text_type"] == "UNPROC"
    assert table.raw.startswith("FEDERAL RESERVE WEEKLY REPORT - JAN 1\n")
    for article in (first, brief, table):
        check_article(article)


def test_reuters21578_sample_with_crlf_reads_alike() -> None:
    text = SAMPLE.read_bytes().decode("utf-8")
    crlf = text.replace("\n", "\r\n")
    plain = list(HOST.read(text, extract=False))
    windows = list(HOST.read(crlf, extract=False))
    assert [a.raw.replace("\r\n", "\n") for a in windows] == [a.raw for a in plain]
    assert [a.title for a in windows] == [a.title for a in plain]
    assert [a.provenance.line for a in windows if a.provenance] == [
        a.provenance.line for a in plain if a.provenance
    ]


def test_reuters21578_parse_of_markup_is_the_first_article() -> None:
    # Regression: parse of a whole markup text rendered it into a private layout.
    markup = SAMPLE.read_bytes().decode("utf-8")
    article = HOST.parse(markup, extract=False)
    assert article.format == "reuters21578"
    assert article.title == "U.S. SELLS WHEAT TO <SOVIET> BUYERS"
    assert {problem.code for problem in article.problems} == {"parse.first-of-many"}
    assert article == attrs.evolve(
        next(iter(HOST.read(markup, extract=False))),
        problems=article.problems,
    )


def test_reuters21578_new_year_reference() -> None:
    # A "Dec 31" dateline filed on 1 January belongs to the year before.
    markup = SAMPLE.read_bytes().decode("utf-8").replace("31-DEC-1987 23:58", "1-JAN-1988 00:02")
    first = next(iter(HOST.read(markup, extract=False)))
    assert first.date is not None
    assert first.date.isoformat() == "1988-01-01"
    assert (first.meta["dateline_month"], first.meta["dateline_day"]) == (12, 31)
