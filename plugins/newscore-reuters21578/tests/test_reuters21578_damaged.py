"""Regression tests: damaged SGML never raises leniently, never loses text, and fails located when strict."""

from __future__ import annotations

import time
import tracemalloc

import newscore
import pytest
from newscore.testing.contract import check_article
from newscore.testing.pathological import Budget, assert_linear

import newscore_reuters21578
from _damage import read_lenient, read_strict, real_stories
from _isolated import HOST
from newscore_reuters21578 import sgml

STORY = (
    '<REUTERS TOPICS="NO" NEWID="1">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n'
    "<TOPICS><D>cocoa</D></TOPICS>\n<TEXT>\n<TITLE>COCOA</TITLE>\n"
    "<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued.\n Reuter\n"
    "&#3;</BODY></TEXT>\n</REUTERS>\n"
)


def _codes(articles: list[newscore.Article]) -> set[str]:
    return {problem.code for article in articles for problem in article.problems}


def test_reuters21578_intact_story_reads_cleanly() -> None:
    (article,) = read_lenient(STORY)
    assert article.problems == ()
    assert read_strict(STORY) is None


def test_reuters21578_unclosed_tags() -> None:
    text = STORY.replace("</TITLE>", "").replace("</D>", "")
    (article,) = read_lenient(text)
    assert article.title == "COCOA"
    assert article.meta["topics"] == ("cocoa",)
    assert "reuters21578.unclosed" in _codes([article])
    error = read_strict(text)
    assert error is not None
    assert error.code == "reuters21578.unclosed"
    assert error.line == 3  # the first unclosed element: the <D> of <TOPICS>


def test_reuters21578_missing_end_tag_of_the_story() -> None:
    text = STORY.replace("</REUTERS>\n", "") + STORY.replace('NEWID="1"', 'NEWID="2"')
    first, second = read_lenient(text)
    assert "reuters21578.no-end-tag" in _codes([first])
    assert second.problems == ()
    assert second.meta["document_id"] == "2"
    assert read_strict(text) is not None


def test_reuters21578_stray_end_tag_and_text_outside_stories() -> None:
    text = STORY + "</REUTERS>\nloose words here\n" + STORY
    articles = read_lenient(text)
    assert [a.meta.get("document_id") for a in articles] == ["1", None, "1"]
    stray = articles[1]
    assert "loose words here" in stray.raw
    assert {"reuters21578.outside-story", "reuters21578.stray-end-tag"} <= _codes([stray])
    assert stray.provenance is not None
    assert stray.provenance.line == 10
    error = read_strict(text)
    assert error is not None
    assert (error.line, error.column) == (10, 1)


def test_reuters21578_missing_start_tag_still_reads_fields() -> None:
    text = STORY.split("\n", 1)[1]
    (article,) = read_lenient(text)
    assert article.title == "COCOA"
    assert article.date is not None
    assert "reuters21578.outside-story" in _codes([article])
    assert article.provenance is not None
    assert article.provenance.element is None


def test_reuters21578_nul_and_lone_surrogates_are_kept() -> None:
    text = STORY.replace("Showers", "Sh\x00ow\ud800ers")
    (article,) = read_lenient(text)
    assert "Sh\x00ow\ud800ers" in article.raw


def test_reuters21578_bad_character_references_are_kept_as_written() -> None:
    text = STORY.replace("Showers", "Showers &#xD800; &#99999999; &#0; &#65;")
    (article,) = read_lenient(text)
    assert "Showers &#xD800; &#99999999;  A" in article.raw
    assert "reuters21578.bad-reference" in _codes([article])
    error = read_strict(text)
    assert error is not None
    assert error.code == "reuters21578.bad-reference"
    assert (error.line, error.column) == (6, text.splitlines()[5].index("&#xD800;") + 1)


def test_reuters21578_crlf_and_lone_cr() -> None:
    for end in ("\r\n", "\r"):
        text = STORY.replace("\n", end)
        (article,) = read_lenient(text)
        assert article.title == "COCOA"
        assert article.raw == f"COCOA\n\nSALVADOR, Feb 26 - Showers continued.{end} Reuter"
        damaged = text.replace("</TITLE>", "")
        error = read_strict(damaged)
        assert error is not None
        assert (error.line, error.column) == (5, 1)


def test_reuters21578_bom_and_unicode_line_separator() -> None:
    text = "\ufeff" + STORY.replace("continued.", "continued.\u2028More.")
    (article,) = read_lenient(text)
    assert article.problems == ()
    assert "\u2028More." in article.raw


def test_reuters21578_100000_nested_tags_are_bounded() -> None:
    depth = 100_000
    text = STORY.replace("Showers", "<B>" * depth + "Showers" + "</B>" * depth)
    started = time.perf_counter()
    (article,) = list(HOST.read(text, format="reuters21578", extract=False))
    assert time.perf_counter() - started < 5
    (article,) = read_lenient(text)
    assert "Showers continued." in article.raw
    assert {"reuters21578.too-deep", "reuters21578.unknown-element"} <= _codes([article])
    assert read_strict(text) is not None


@pytest.mark.parametrize(
    "build",
    [
        "STORY.replace('Showers', '<B>' * n + 'x' + '</B>' * n)",
        "STORY.replace('Showers', '<BODY>' * n)",
        "STORY.replace('Showers', '<' * n)",
        "STORY.replace('Showers', '&#xD800;' * n)",
        "'</REUTERS>\\n' * n",
        "'<REUTERS NEWID=\\'1\\'>' * n",
        "'<REUTERS ' + 'A=\\'1\\' ' * n + '>'",
    ],
)
def test_reuters21578_pathological_inputs_read_in_linear_time(build: str) -> None:
    doubling = assert_linear(
        build,
        work="list(HOST.read(text, format='reuters21578', extract=False))",
        setup=f"import newscore, newscore_reuters21578\nSTORY = {STORY!r}\n"
        "HOST = newscore.PluginHost(entry_points=False,"
        " plugins=[('reuters21578', newscore_reuters21578)])",
        budget=Budget(seconds=120, memory=1 << 30),
        min_seconds=0.3,
        attempts=3,
    )
    assert doubling.peak_memory < 1 << 30


def test_reuters21578_huge_line_is_cut_into_pieces_with_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sgml, "PIECE_LIMIT", 10_000)
    body = " ".join(f"w{index}" for index in range(6_000))
    text = STORY.replace("Showers", body)
    articles = list(HOST.read(text, format="reuters21578", extract=False))
    for article in articles:
        check_article(article)
    assert len(articles) > 3
    assert "reuters21578.too-long" in _codes(articles)
    assert all(len(a.raw) <= 10_000 for a in articles)
    # Cut into pieces, words may be cut in two, but no character is lost.
    joined = "".join(a.raw for a in articles).replace(" ", "")
    assert body.replace(" ", "") in joined
    assert read_strict(text) is not None


def test_reuters21578_huge_line_at_full_size_stays_in_bounds() -> None:
    text = STORY.replace("Showers", "x" * (3 * newscore_reuters21578.PIECE_LIMIT))
    tracemalloc.start()
    articles = list(HOST.read(text, format="reuters21578", extract=False))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sum(a.raw.count("x") for a in articles) == 3 * newscore_reuters21578.PIECE_LIMIT
    assert "reuters21578.too-long" in _codes(articles)
    # The input itself is 3 MB; what the reader holds beyond it stays a few pieces.
    assert peak < 120 << 20


def test_reuters21578_second_title_and_text_outside_fields_are_kept() -> None:
    text = STORY.replace("</TITLE>", "</TITLE><TITLE>AGAIN</TITLE>").replace(
        "<TOPICS>", "between fields<TOPICS>"
    )
    (article,) = read_lenient(text)
    assert article.title == "COCOA"
    assert article.raw.endswith("between fields\n\nAGAIN")
    assert [s.kind for s in article.sections][-2:] == ["unread", "unread"]
    assert {"reuters21578.repeated-field", "reuters21578.stray-text"} <= _codes([article])


def test_reuters21578_real_stories_damaged_by_hand() -> None:
    stories = real_stories()
    text = "".join(stories)
    for damaged in (
        text.replace("</BODY>", "", 1),
        text.replace("</REUTERS>", "", 2),
        text.replace("<TEXT>", "", 1),
        text[: len(text) // 2],
        text.replace("\n", "\r\n"),
        "\ufeff" + text.replace("e", "\x00e", 5),
    ):
        articles = read_lenient(damaged)
        assert articles
        read_strict(damaged)
