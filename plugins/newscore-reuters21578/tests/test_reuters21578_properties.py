"""Property tests: writer round trip, damaged files, any text."""

from __future__ import annotations

import datetime
from pathlib import Path

import newscore
from hypothesis import given
from hypothesis import strategies as st
from newscore.testing.contract import check_article

from newscore_reuters21578 import REUTERS21578, split_stories, story_text

SGML = (
    Path(__file__).resolve().parents[4] / "shared" / "corpus" / "reuters" / "sgml" / "reut2-000.sgm"
)
_WORD = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&<>\"'.,-"
    ),
    min_size=1,
    max_size=10,
)
_LINE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)
_BODY = st.lists(_LINE, min_size=1, max_size=5).map("\n    ".join)
_CATEGORY = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).filter(
    lambda value: value.strip("-") == value
)


def _head_lines() -> list[str]:
    with SGML.open(encoding="utf-8", newline="") as stream:
        return [line for _, line in zip(range(200), stream, strict=False)]


HEAD = _head_lines()


def _article(title: str, date: datetime.date, topics: list[str], body: str) -> newscore.Article:
    span = newscore.Span(start=0, end=len(body))
    return newscore.Article(
        raw=body,
        format="plain",
        title=title,
        date=date,
        sections=[newscore.Section(kind="body", label=None, text=body, span=span, text_span=span)],
        meta={"topics": tuple(topics), "document_id": "42"},
    )


@given(
    title=_LINE,
    date=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
    topics=st.lists(_CATEGORY, max_size=4),
    body=_BODY,
)
def test_reuters21578_write_then_read_keeps_title_date_topics_body(
    title: str, date: datetime.date, topics: list[str], body: str
) -> None:
    markup = newscore.render(_article(title, date, topics, body), "reuters21578")
    (article,) = list(newscore.read(markup, extract=False))
    assert article.title == title
    assert article.date == date
    assert article.meta["topics"] == tuple(topics)
    assert article.meta["document_id"] == "42"
    assert story_text(article) == body
    check_article(article)
    # Written again, the markup is a fixed point.
    assert newscore.render(article, "reuters21578") == markup


def test_reuters21578_real_stories_survive_a_write() -> None:
    head = "".join(HEAD)
    for article in newscore.read(head, extract=False):
        if article.problems:
            continue
        again = list(newscore.read(newscore.render(article, "reuters21578"), extract=False))
        assert [a.raw for a in again] == [article.raw]


_EDIT = st.tuples(
    st.sampled_from(["delete", "insert", "duplicate"]),
    st.integers(min_value=0, max_value=len(HEAD) - 1),
    st.integers(min_value=0, max_value=len(HEAD) - 1),
)


def _intact_stories(lines: list[str]) -> list[str]:
    return [
        story.text
        for story in split_stories(HEAD)
        if story.damage is None and story.text in "".join(lines)
    ]


@given(edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_reuters21578_damaged_files_never_raise_nor_lose_intact_stories(
    edits: list[tuple[str, int, int]],
) -> None:
    lines = list(HEAD)
    for kind, position, source in edits:
        where = position % (len(lines) or 1)
        if kind == "delete" and lines:
            del lines[where]
        elif kind == "insert":
            lines.insert(where, HEAD[source])
        elif kind == "duplicate" and lines:
            lines.insert(where, lines[where])
    text = "".join(lines)
    articles = list(newscore.read(text, format="reuters21578", extract=False))
    for article in articles:
        check_article(article)
    cut = {story.text for story in split_stories(lines)}
    expected = {story for story in _intact_stories(lines) if "\n" + story in "\n" + text}
    assert expected <= cut
    renderings = {chunk.text for chunk in REUTERS21578.split(lines)}
    for story in expected:
        (chunk,) = list(REUTERS21578.split([story]))
        assert chunk.text in renderings


@given(st.text(max_size=400))
def test_reuters21578_any_text_reads_leniently(text: str) -> None:
    article = REUTERS21578.parse(text, newscore.ReadOptions())
    check_article(article, None if text.lstrip().startswith("<") else text)
    for chunk in REUTERS21578.split(text.splitlines(keepends=True)):
        check_article(REUTERS21578.parse(chunk.text, newscore.ReadOptions()), chunk.text)


@given(st.text(alphabet='<>/REUTSNWID="1 \n&#;TXBOYA', max_size=300))
def test_reuters21578_markup_like_text_reads_leniently(text: str) -> None:
    for chunk in REUTERS21578.split(text.splitlines(keepends=True)):
        check_article(REUTERS21578.parse(chunk.text, newscore.ReadOptions()), chunk.text)
