"""CRLF and CR line ends read like LF ones: ``\\r\\n`` is one line end, never two."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import newscore
from newscore.toolkit.layout import paragraphs

DATA = Path(__file__).resolve().parent / "data"
CLIPPINGS = sorted(DATA.rglob("*.txt"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("a\r\nb", 1),
        ("a\rb", 1),
        ("a\nb", 1),
        ("a\r\n\r\nb", 2),
        ("a\r\rb", 2),
        ("a\r\n \t\r\nb", 2),
        ("a\n\r\nb", 2),
        ("a\r\n\r\n\r\n\r\nb\r\nc", 2),
    ],
)
def test_paragraphs_count_line_ends_whole(text: str, count: int) -> None:
    assert len(paragraphs(text)) == count


def _wrapped(text: str) -> str:
    """Hard-wrap every line at 72 characters, as wire copy and e-mail do."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False))
        if line.strip()
        else line
        for line in text.split("\n")
    )


def _lf(value: str | None) -> str | None:
    return None if value is None else value.replace("\r\n", "\n")


def _structure(article: newscore.Article) -> object:
    """What must not change with the line ends: spans shift, values do not."""
    return (
        article.format,
        [section.kind for section in article.sections],
        _lf(article.title),
        _lf(article.lead),
        article.date,
        [(_lf(s.content), s.speaker.name, s.cue, s.direct) for s in article.statements],
        [(_lf(source.name), source.kind) for source in article.sources],
    )


@pytest.mark.parametrize("wrap", [False, True], ids=["as-written", "hard-wrapped"])
@pytest.mark.parametrize("path", CLIPPINGS, ids=[str(p.relative_to(DATA)) for p in CLIPPINGS])
def test_crlf_clipping_reads_like_lf(path: Path, wrap: bool) -> None:
    lf = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    if wrap:
        lf = _wrapped(lf)
    expected = _structure(newscore.parse(lf))
    assert _structure(newscore.parse(lf.replace("\n", "\r\n"))) == expected
