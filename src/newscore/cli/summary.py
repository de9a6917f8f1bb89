r"""The readable summary ``newscore parse`` prints on a terminal: who said what, at a glance.

Each article gets a header line (date, title, format, outlet and where it was
read from), a line naming its sources, then one line per statement in the
form ``speaker (role): cue: content``. The functions here are pure: colour
comes from a :data:`Paint` function the caller passes (the command passes one
built on ``click.style`` when the output is a terminal).

>>> import newscore
>>> text = "date 2025-08-30 Foreign Minister Andrii Sybiha said the talks went well."
>>> print("\n".join(summary_lines(newscore.parse(text + "\n\nSource: Reuters"))))
2025-08-30 · Foreign Minister Andrii Sybiha said the talks went well. · labelled
  sources: Reuters (news agency)
  Andrii Sybiha (Foreign Minister): said: the talks went well
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Literal, TypeAlias

from newscore.model import Article, Source, Statement

__all__ = ["CONTENT_WIDTH", "TITLE_WIDTH", "Paint", "Part", "plain", "shorten", "summary_lines"]

Part: TypeAlias = Literal[
    "date", "title", "format", "origin", "source", "speaker", "role", "cue", "problem"
]
"""The kinds of text a :data:`Paint` function is asked to colour."""

Paint: TypeAlias = Callable[[str, Part], str]
"""``paint(text, part) -> text``: decorates ``text`` (with colour, say) for its part."""

CONTENT_WIDTH = 160
"""Statement contents longer than this many characters are shortened with an ellipsis."""

TITLE_WIDTH = 80
"""A lead standing in for a missing title is shortened to this many characters."""

_SEPARATOR = " · "


def plain(text: str, part: Part) -> str:
    """Return ``text`` unchanged: the :data:`Paint` for output without colour."""
    return text


def shorten(text: str, width: int) -> str:
    """Return ``text`` on one line, cut at a word boundary with ``…`` if longer than ``width``.

    >>> shorten("one two three", 9)
    'one two…'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def summary_lines(article: Article, paint: Paint = plain) -> Iterator[str]:
    """Yield the summary of ``article``, one line at a time, without line ends.

    :param article: the article to describe.
    :param paint: decorates each part of a line; :func:`plain` by default.
    """
    yield _header(article, paint)
    if article.sources:
        yield "  sources: " + "; ".join(_source(source, paint) for source in article.sources)
    problems = Counter(p.code for p in article.problems if p.severity != "info")
    if problems:
        listed = ", ".join(
            code if count == 1 else f"{code} ×{count}" for code, count in sorted(problems.items())
        )
        yield "  " + paint(f"problems: {listed}", "problem")
    if not article.statements:
        yield "  no statements found"
    for statement in article.statements:
        yield "  " + _statement(statement, paint)


def _header(article: Article, paint: Paint) -> str:
    date = article.date.isoformat() if article.date is not None else "no date"
    if article.title:
        title = shorten(article.title, TITLE_WIDTH)
    elif article.lead:
        title = shorten(article.lead, TITLE_WIDTH)
    else:
        title = "no title"
    parts = [paint(date, "date"), paint(title, "title"), paint(article.format, "format")]
    outlet = article.meta.get("outlet")
    if isinstance(outlet, str) and outlet:
        parts.append(paint(outlet, "source"))
    provenance = article.provenance
    if provenance is not None and provenance.origin is not None:
        parts.append(paint(f"{provenance.origin}:{provenance.line}", "origin"))
    return _SEPARATOR.join(parts)


def _source(source: Source, paint: Paint) -> str:
    text = paint(source.name, "source")
    if source.kind is not None and source.kind != source.name:
        text += f" ({source.kind})"
    if source.via is not None:
        text += " via " + _source(source.via, paint)
    return text


def _statement(statement: Statement, paint: Paint) -> str:
    speaker = paint(statement.speaker.name, "speaker")
    if statement.speaker.role:
        speaker += " " + paint(f"({statement.speaker.role})", "role")
    content = shorten(statement.content, CONTENT_WIDTH)
    return f"{speaker}: {paint(statement.cue, 'cue')}: {content}"
