"""The readable summary of ``newscore parse`` on a terminal, as pure functions."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, Entity, Source, Span, Speaker, Statement
from newscore.cli.summary import CONTENT_WIDTH, Part, shorten, summary_lines

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-putin-xinhua.txt"


@given(st.text(), st.integers(min_value=2, max_value=200))
def test_shorten_is_one_line_within_width(text: str, width: int) -> None:
    short = shorten(text, width)
    assert len(short) <= width
    assert "\n" not in short
    flat = " ".join(text.split())
    if len(flat) <= width:
        assert short == flat
    else:
        assert short.endswith("…")
        assert flat.startswith(short[:-1].rstrip(" ,;:"))


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("the talks went well, he said", 16) == "the talks went…"


def test_the_seed_clipping_shows_who_said_what() -> None:
    article = next(newscore.read(SEED))
    lines = list(summary_lines(article))
    assert lines[0] == (
        "2025-08-30 · " + shorten(article.lead or "", 80) + f" · labelled · {SEED}:1"
    )
    assert lines[1] == (
        "  sources: Xinhua (interview); Financial Times (newspaper)"
        " via four informed sources (anonymous)"
    )
    assert len(lines) == 2 + len(article.statements)
    for line, statement in zip(lines[2:], article.statements, strict=True):
        speaker = statement.speaker
        role = f" ({speaker.role})" if speaker.role else ""
        assert line == f"  {speaker.name}{role}: {statement.cue}: " + shorten(
            statement.content, CONTENT_WIDTH
        )


def _statement(content: str, *, role: str | None = None) -> Statement:
    return Statement(
        speaker=Speaker(name="Ms Lee", role=role),
        cue="said",
        content=content,
        span=Span(start=0, end=1),
    )


def test_a_bare_article_says_what_is_missing() -> None:
    article = Article(raw="", format="plain")
    assert list(summary_lines(article)) == ["no date · no title · plain", "  no statements found"]


def test_title_outlet_problems_and_a_long_content() -> None:
    long = "word " * 60
    article = Article(
        raw="x",
        format="nexis",
        date=datetime.date(2024, 1, 2),
        title="A headline",
        lead="The lead",
        meta={"outlet": "The Guardian"},
        statements=(_statement(long, role="a professor"),),
        speakers=(Entity(name="Ms Lee", kind="person"),),
        problems=(
            newscore.Problem(code="x.doubt", message="m"),
            newscore.Problem(code="x.doubt", message="m"),
            newscore.Problem(code="x.note", message="m", severity="info"),
        ),
        sources=(Source(name="AP", description="AP", span=Span(start=0, end=1)),),
        provenance=newscore.Provenance(origin="export.txt", index=3, line=120),
    )
    lines = list(summary_lines(article))
    assert lines[0] == "2024-01-02 · A headline · nexis · The Guardian · export.txt:120"
    assert lines[1] == "  sources: AP"
    assert lines[2] == "  problems: x.doubt ×2"  # info is no trouble
    statement = lines[3]
    assert statement.startswith("  Ms Lee (a professor): said: word word")
    assert statement.endswith("…")
    assert len(statement) < len(long)


def test_paint_is_asked_for_each_part() -> None:
    asked: list[tuple[str, Part]] = []

    def paint(text: str, part: Part) -> str:
        asked.append((text, part))
        return f"<{text}>"

    article = next(newscore.read(SEED))
    lines = list(summary_lines(article, paint))
    assert lines[0].startswith("<2025-08-30> · <Russian leader")
    assert ("Vladimir Putin", "speaker") in asked
    assert ("(Russian leader)", "role") in asked
    assert ("announced", "cue") in asked
    assert ("Xinhua", "source") in asked
