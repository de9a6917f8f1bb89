"""Articles assembled piece by piece: ``newscore.toolkit.ArticleBuilder``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscore.testing.contract import check_article
from newscore.toolkit import ArticleBuilder, collapse


def test_pieces_are_joined_by_blank_lines_with_their_roles() -> None:
    builder = ArticleBuilder("demo")
    builder.add("title", "  A   headline ")
    builder.add("byline", "By A. Writer")
    builder.add("body", "First\nparagraph.")
    builder.add("body", "Second.")
    builder.add("body", "   ")
    article = builder.build()
    assert article.raw == "A headline\n\nBy A. Writer\n\nFirst paragraph.\n\nSecond."
    assert article.title == "A headline"
    assert [(s.kind, s.text) for s in article.sections] == [("body", "First paragraph.\n\nSecond.")]
    assert [s.kind for s in article.furniture] == ["byline"]
    assert builder.roles() == ("title", "byline", "body", "body")


def test_problems_carry_the_builder_prefix() -> None:
    builder = ArticleBuilder("nitf", "wire")
    builder.add("body", "No headline here.")
    assert [p.code for p in builder.build().problems] == ["wire.no-headline"]


def test_repeated_fields_keep_every_value_once() -> None:
    builder = ArticleBuilder("demo")
    for value in ("a", "b", "a"):
        builder.meta("subject", value)
    builder.meta("empty", "")
    builder.add("title", "T")
    article = builder.build()
    assert article.meta["subject"] == ("a", "b")
    assert "empty" not in article.meta


@given(st.lists(st.tuples(st.sampled_from(["title", "byline", "lead", "body"]), st.text())))
def test_any_pieces_make_a_consistent_article(pieces: list[tuple[str, str]]) -> None:
    builder = ArticleBuilder("demo")
    for role, text in pieces:
        builder.add(role, text)  # type: ignore[arg-type]
    article = builder.build()
    check_article(article)
    for _, text in pieces:
        assert collapse(text) in article.raw
