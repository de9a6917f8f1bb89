"""Assemble an article from the pieces of text read from a tree, field by field.

A reader hands the pieces in document order (:meth:`ArticleBuilder.add`):
the headline, bylines, lead and body paragraphs. They are joined by blank
lines into :attr:`newscore.Article.raw`, and each gets its span: the headline
is the title, bylines and credit lines are furniture, and consecutive
paragraphs of one kind make one section. Fields that are not text of the
article go to :attr:`newscore.Article.meta` (:meth:`ArticleBuilder.meta`).

The raw text is bounded (:data:`MAX_ARTICLE_CHARS`); text past the bound is
not kept, and a ``PREFIX.too-long`` problem says how much (``PREFIX`` is the
builder's ``problem_prefix``, by default the format's name). Markup formats
(Factiva, agency feeds, Europresse, ProQuest) all build their articles here,
so that they agree on how a tree's text becomes ``raw``.
"""

from __future__ import annotations

import datetime
from typing import Literal

import attrs

import newscore

__all__ = ["MAX_ARTICLE_CHARS", "ArticleBuilder", "PieceRole", "collapse"]

MAX_ARTICLE_CHARS = 4 * 1024 * 1024
"""The most characters an article's raw text keeps (4 Mi)."""

PieceRole = Literal["title", "byline", "credits", "embed", "lead", "body"]
"""What a piece of text is: the headline, furniture (bylines, credits, markup pasted as
text such as an embed code), or a paragraph."""

_SEPARATOR = "\n\n"


def collapse(text: str) -> str:
    """Collapse every run of white space to one space, as a browser shows markup text."""
    return " ".join(text.split())


@attrs.frozen
class _Piece:
    role: PieceRole
    span: newscore.Span


class ArticleBuilder:
    """Collects an article's text and fields, then builds it (:meth:`build`).

    :param format_name: the name the article is recorded with.
    :param problem_prefix: the family of the problems it records
        (``PREFIX.too-long``, ``PREFIX.no-headline``); by default ``format_name``.
    """

    def __init__(self, format_name: str, problem_prefix: str | None = None) -> None:
        self.format_name = format_name
        self.problem_prefix = problem_prefix or format_name
        self._parts: list[str] = []
        self._length = 0
        self._pieces: list[_Piece] = []
        self._meta: dict[str, newscore.MetaValue] = {}
        self._lists: dict[str, list[str]] = {}
        self._seen: dict[str, set[str]] = {}
        self._problems: list[newscore.Problem] = []
        self._dropped = 0
        self.date: datetime.date | None = None

    @property
    def has_text(self) -> bool:
        """Tell whether any piece of text was added."""
        return bool(self._pieces)

    def roles(self) -> tuple[PieceRole, ...]:
        """Return the roles of the pieces added so far, in order."""
        return tuple(piece.role for piece in self._pieces)

    def add(self, role: PieceRole, text: str) -> None:
        """Add a piece of text (white space collapsed; a blank piece is ignored)."""
        text = collapse(text)
        if not text:
            return
        start = self._length + (len(_SEPARATOR) if self._parts else 0)
        room = MAX_ARTICLE_CHARS - start
        if room < len(text):
            self._dropped += len(text) - max(room, 0)
            if room <= 0:
                return
            text = text[:room].rstrip()
            if not text:
                return
        if self._parts:
            self._parts.append(_SEPARATOR)
        self._parts.append(text)
        self._length = start + len(text)
        self._pieces.append(_Piece(role=role, span=newscore.Span(start=start, end=self._length)))

    def meta(self, key: str, value: newscore.MetaValue) -> None:
        """Record a field; a repeated text field keeps every value, as a tuple."""
        if value is None or value in ("", ()):
            return
        # Lists while building: appending to tuples would make repeated fields quadratic.
        values = self._lists.get(key)
        if values is not None:
            if isinstance(value, tuple):
                values.extend(value)
            elif isinstance(value, str) and value not in self._seen[key]:
                values.append(value)
                self._seen[key].add(value)
            return
        previous = self._meta.get(key)
        if previous is None:
            if isinstance(value, tuple):
                self._lists[key] = list(value)
                self._seen[key] = set(value)
            else:
                self._meta[key] = value
        elif isinstance(previous, str) and isinstance(value, str) and previous != value:
            del self._meta[key]
            self._lists[key] = [previous, value]
            self._seen[key] = {previous, value}

    def get(self, key: str) -> newscore.MetaValue:
        """Return a field recorded so far, or ``None``."""
        values = self._lists.get(key)
        return tuple(values) if values is not None else self._meta.get(key)

    def problem(self, code: str, message: str, severity: newscore.Severity = "warning") -> None:
        """Record a problem on the article."""
        self._problems.append(newscore.Problem(code=code, message=message, severity=severity))

    def build(self, provenance: newscore.Provenance | None = None) -> newscore.Article:
        """Return the article (see the module docs)."""
        raw = "".join(self._parts)
        problems = list(self._problems)
        if self._dropped:
            problems.append(
                newscore.Problem(
                    code=f"{self.problem_prefix}.too-long",
                    message=f"the article's text passes {MAX_ARTICLE_CHARS} characters;"
                    f" {self._dropped} more characters were not kept",
                    severity="warning",
                )
            )
        title: newscore.Span | None = None
        furniture: list[newscore.Section] = []
        sections: list[newscore.Section] = []
        run: list[_Piece] = []

        def close_run() -> None:
            if run:
                span = newscore.Span(start=run[0].span.start, end=run[-1].span.end)
                sections.append(newscore.Section.unlabelled(kind=run[0].role, raw=raw, span=span))
                run.clear()

        for piece in self._pieces:
            if piece.role == "title" and title is None:
                close_run()
                title = piece.span
            elif piece.role in {"lead", "body"}:
                if run and run[0].role != piece.role:
                    close_run()
                run.append(piece)
            else:
                close_run()
                kind = "headline" if piece.role == "title" else piece.role
                furniture.append(newscore.Section.unlabelled(kind=kind, raw=raw, span=piece.span))
        close_run()
        lead = next((p.span for p in self._pieces if p.role == "lead"), None)
        if title is None and self._pieces:
            problems.append(
                newscore.Problem(
                    code=f"{self.problem_prefix}.no-headline",
                    message="the article has no headline",
                    severity="warning",
                )
            )
        article = newscore.Article.from_spans(
            raw=raw,
            format=self.format_name,
            title_span=title,
            lead_span=lead,
            date=self.date,
            sections=sections,
            furniture=furniture,
            meta={**self._meta, **{key: tuple(values) for key, values in self._lists.items()}},
            problems=problems,
        )
        return attrs.evolve(article, provenance=provenance)
