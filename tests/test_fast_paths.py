"""Fast paths of detection and structure parsing give what the plain paths give."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from newscore_factiva import _xml as _factiva_xml
from newscore_nexis import _classic

import newscore
from newscore._host import default_host
from newscore._input import text_lines
from newscore.builtin import dateline, labelled, plain
from newscore.builtin.labelled import (
    _RUNIN_LABEL,
    _before_is_label_text,
    _Label,
    _label_of,
    _line_label,
)
from newscore.registry import ReadOptions
from newscore.toolkit import is_blank, lines, paragraphs, trimmed

_PIECES = [
    "Source",
    "SOURCE",
    "Details",
    "what we know",
    "What’s next",
    "Quote from Mahuchikh",
    "Цитата",
    "Пряма мова Ігната",
    "Джерело",
    "ẞ",
    "İ",
    "K",
    "the",
    ":",
    "：",
    "**",
    "__",
    " ",
    "\u00a0",
    "\ufeff",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "x",
    "said",
    "2 of 3 documents",
    "1 OF 9 DOCUMENTS",
    "3 ſur 4",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _reference_labels(text: str, start: int) -> list[_Label]:
    """Every line looked at with the label regexes, as before the fast path."""
    found: list[_Label] = []
    for line in lines(text, start):
        if is_blank(text, line):
            continue
        first, last = trimmed(text, line.start, line.end)
        at_start = _line_label(text, first, last, line.next)
        search_from = first
        if at_start is not None:
            found.append(_label_of(at_start))
            search_from = at_start.end()
        for runin in _RUNIN_LABEL.finditer(text, search_from, line.end):
            word = runin.group("label")
            if word[0].isupper() and not _before_is_label_text(text, runin.start()):
                found.append(_label_of(runin))
    return found


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_labels_are_found_on_the_candidate_lines_as_on_every_line(text: str) -> None:
    assert labelled._find_labels(text, 0) == _reference_labels(text, 0)


def test_the_dateline_memo_answers_for_the_text_it_holds() -> None:
    first = "KYIV, Aug 30 (Reuters) - Ukraine said.\n"
    second = "PARIS, Aug 31 (Reuters) - France said.\n"
    assert dateline.sniff(first) == 0.9
    found = dateline._find_dateline(second)
    assert found is not None
    assert found[1].places == ("PARIS",)
    assert len(dateline._last_found) == 1


_DOCUMENT_ANYWHERE = regex.compile(
    r"(?<![^\r\n])[ \t\ufeff]*+[0-9]{1,9}+ (?i:of|von|sur) [0-9]{1,9}+"
    r" (?i:documents|dokumente)[ \t]*+(?![^\r\n])"
)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_nexis_sniff_with_its_quick_test_answers_as_the_full_search(text: str) -> None:
    expected = 0.0
    if not _classic._MARKUP.search(text) and _DOCUMENT_ANYWHERE.search(text):
        expected = 0.99
    assert _classic.sniff(text) == expected


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=5))
def test_paragraphs_with_a_limit_are_the_first_paragraphs(text: str, limit: int) -> None:
    assert paragraphs(text, limit=limit) == paragraphs(text)[:limit]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \r\n\f\u2028\x85", max_size=30))
def test_text_lines_end_lines_only_at_cr_and_lf(text: str) -> None:
    expected = [found.group() for found in regex.finditer(r"[^\r\n]*+(?:\r\n|\r|\n)|.+", text)]
    assert list(text_lines(text)) == [line for line in expected if line]


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_plain_parse_reads_the_text_as_the_split_and_joined_path(text: str) -> None:
    host = default_host()
    entry = host.registry.get("plain")
    options = ReadOptions(host=host)
    through_lines = next(host._articles(entry, text_lines(text), options, locate=False), None)
    if through_lines is None:
        through_lines = host._parse_with(entry, text, options)
    article = newscore.parse(text, format="plain", extract=False)
    assert newscore.to_json(article) == newscore.to_json(newscore.identify(through_lines))


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_plain_body_ends_with_the_last_paragraph(text: str) -> None:
    article = plain.parse(text, ReadOptions())
    found = paragraphs(text, newscore.toolkit.read_head(text).lead_start)
    body = article.section("body")
    if len(found) > 1:
        assert body is not None
        assert body.span.end == found[-1].end
    else:
        assert body is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<", "ppsarticle", ">", " ", "global.factiva.com/pps", "x"])))
def test_factiva_xml_sniff_with_its_quick_test_answers_as_the_marker_search(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    expected = 0.99 if _factiva_xml._MARKERS.search(text) else 0.0
    assert _factiva_xml.sniff(text) == expected
