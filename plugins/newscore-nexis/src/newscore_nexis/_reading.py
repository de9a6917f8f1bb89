"""What the three ``read`` functions share: bounded line buffers, located articles, strict mode.

Every Nexis format reads its input as lines and gathers one document's lines
at a time in a :class:`Buffer`, whose size the format bounds. An article is
finished by :func:`finish`: problems added, provenance set, and in strict mode
the first problem that is not ``info`` raised as a :class:`newscore.ParseError`
located in the whole input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

import newscore

__all__ = ["DOCUMENT_LIMIT", "HEADER_LIMIT", "Buffer", "finish", "problem_at_end"]

HEADER_LIMIT = 1 << 20
"""At most this many characters of an export's header (before its first document) are kept."""

DOCUMENT_LIMIT = 16 << 20
"""At most this many characters of one document make one article; the rest follows in pieces."""


class Buffer:
    """The lines of the document being read, with where they start in the input.

    :param offset: character offset of the first line to come.
    :param line: 1-based line number of the first line to come.
    """

    def __init__(self, offset: int = 0, line: int = 1) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.offset = offset
        self.line = line

    def add(self, line: str) -> None:
        """Append one line."""
        self.lines.append(line)
        self.size += len(line)

    def text(self) -> str:
        """Return the lines joined."""
        return "".join(self.lines)

    def blank(self) -> bool:
        """Tell whether the buffer holds only blank text."""
        return not any(line.strip() for line in self.lines)

    def restart(self, offset: int, line: int) -> None:
        """Forget the lines and start again at ``offset`` and ``line``."""
        self.lines = []
        self.size = 0
        self.offset = offset
        self.line = line


def problem_at_end(
    raw: str, code: str, message: str, severity: str = "warning"
) -> newscore.Problem:
    """Return a problem located at the end of ``raw`` (where a piece was cut)."""
    end = len(raw)
    return newscore.Problem(
        code=code,
        message=message,
        severity=severity,  # type: ignore[arg-type]
        span=newscore.Span(start=end, end=end),
    )


def _text_position(raw: str, line: int) -> Callable[[int], tuple[int, int]]:
    def position(offset: int) -> tuple[int, int]:
        error = newscore.ParseError.at(raw, offset, "", code="x")
        return line + error.line - 1, error.column

    return position


def finish(
    article: newscore.Article,
    options: newscore.ReadOptions,
    *,
    offset: int,
    line: int,
    problems: Iterable[newscore.Problem] = (),
    element: str | None = None,
    position: Callable[[int], tuple[int, int]] | None = None,
) -> newscore.Article:
    """Add ``problems`` and provenance to ``article``; in strict mode raise its first problem.

    :param offset: character offset of the article in the input.
    :param line: 1-based line of the article in the input.
    :param element: for markup, the element the article was read from.
    :param position: maps an offset of ``raw`` to a line and column of the
        input; by default ``raw`` is taken to be the input's text from ``line``.
    :raises newscore.ParseError: in strict mode, for the first problem of
        severity ``warning`` or ``error``, located in the input.
    """
    article = attrs.evolve(
        article,
        problems=(*article.problems, *problems),
        provenance=newscore.Provenance(offset=offset, line=line, element=element),
    )
    if options.strict:
        locate = position or _text_position(article.raw, line)
        for problem in article.problems:
            if problem.severity == "info":
                continue
            at = problem.span.start if problem.span is not None else 0
            error_line, column = locate(at)
            raise newscore.ParseError(
                problem.message, code=problem.code, line=error_line, column=column
            )
    return article
