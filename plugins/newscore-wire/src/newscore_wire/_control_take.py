"""One wire take read into an article whose raw text is the take itself, control bytes and all.

ANPA-1312 and IPTC 7901 readers hand a :class:`Take` the stretches of the
take they recognised (header fields, the headline, body paragraphs, the
trailer); it turns each into sections whose spans cover the stretch and whose
texts skip control bytes and line marks (``^`` ... ``<``), then builds the
article and reads the dateline that opens its lead.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import newscore
from newscore.toolkit import apply_dateline, lines, trimmed
from newscore_wire._control import CONTROL, has_control, pieces
from newscore_wire._control_stamp import match_stamp

__all__ = ["Take"]


class Take:
    """Collects the sections and fields of one take, then builds its article.

    :param raw: the take's text, exactly as transmitted.
    :param format_name: the name of the format reading it.
    """

    def __init__(self, raw: str, format_name: str) -> None:
        self.raw = raw
        self.format_name = format_name
        self.sections: list[newscore.Section] = []
        self.furniture: list[newscore.Section] = []
        self.problems: list[newscore.Problem] = []
        self.title: newscore.Span | None = None
        self.lead: newscore.Span | None = None
        self.date: datetime.date | None = None
        self.date_span: newscore.Span | None = None
        self._meta: dict[str, newscore.MetaValue] = {}

    def note(self, key: str, value: newscore.MetaValue) -> None:
        """Record a field; a text field given again keeps every value, as a tuple."""
        if value is None or value in ("", ()):
            return
        previous = self._meta.get(key)
        if isinstance(previous, str) and isinstance(value, str) and previous != value:
            self._meta[key] = (previous, value)
        elif isinstance(previous, tuple) and isinstance(value, str):
            if value not in previous:
                self._meta[key] = (*previous, value)
        elif previous is None:
            self._meta[key] = value

    def problem(
        self,
        code: str,
        message: str,
        *,
        severity: newscore.Severity = "warning",
        at: int | None = None,
    ) -> None:
        """Record a problem, placed at offset ``at`` of the take when given."""
        span = None if at is None else newscore.Span(start=at, end=at)
        self.problems.append(
            newscore.Problem(code=code, message=message, severity=severity, span=span)
        )

    def content(self, start: int, end: int, opening: str = "", closing: str = "") -> newscore.Span:
        """Return the text of ``raw[start:end]`` within its control bytes, spaces and marks.

        ``opening`` and ``closing`` are the line marks to drop at either end
        (ANPA's ``^`` and ``<``/``=``).
        """
        raw = self.raw
        first, last = trimmed(raw, start, end)
        while first < last and (raw[first] in CONTROL or raw[first] in opening):
            first, last = trimmed(raw, first + 1, last)
        while last > first and (raw[last - 1] in CONTROL or raw[last - 1] in closing):
            first, last = trimmed(raw, first, last - 1)
        return newscore.Span(start=first, end=last)

    def furnish(self, kind: str, start: int, end: int, text: newscore.Span | None = None) -> None:
        """Keep ``raw[start:end]`` as furniture of ``kind``, its text ``text`` when given."""
        self._add(self.furniture, kind, start, end, text)

    def add_section(
        self, kind: str, start: int, end: int, text: newscore.Span | None = None
    ) -> None:
        """Keep ``raw[start:end]`` as a section of ``kind``, its text ``text`` when given."""
        self._add(self.sections, kind, start, end, text)

    def _add(
        self,
        target: list[newscore.Section],
        kind: str,
        start: int,
        end: int,
        text: newscore.Span | None,
    ) -> None:
        raw = self.raw
        if text is None or has_control(text.of(raw)):
            target.extend(pieces(raw, start, end, kind))
            return
        target.append(
            newscore.Section(
                kind=kind,
                label=None,
                text=text.of(raw),
                span=newscore.Span(start=start, end=end),
                text_span=text,
            )
        )

    def paragraphs(
        self,
        start: int,
        end: int,
        *,
        opens: Callable[[str], bool],
        opening: str = "",
        closing: str = "",
    ) -> None:
        """Read ``raw[start:end]`` as the story's paragraphs: the lead, the body, rules, tables.

        A paragraph ends at a blank line or before a line that ``opens`` one
        (an indented line, in ANPA). The first paragraph of prose is the lead;
        a paragraph with control bytes inside is an agate table; a ``___``
        rule is furniture, and the story goes on after it (in the same article).
        """
        raw = self.raw
        found: list[tuple[int, int]] = []
        current: tuple[int, int] | None = None
        for line in lines(raw, start, end):
            written = raw[line.start : line.end]
            if not written.strip():
                if current is not None:
                    found.append(current)
                current = None
                continue
            if current is not None and opens(written):
                found.append(current)
                current = None
            current = (line.start if current is None else current[0], line.end)
        if current is not None:
            found.append(current)
        for first, last in found:
            text = self.content(first, last, opening, closing)
            written = text.of(raw)
            if written.strip("_-=* ") == "" and len(written) >= 3:
                self.furnish("rule", first, last, text)
            elif has_control(raw[first:last]):
                self.add_section("table", first, last)
            elif self.lead is None and len(text):
                self.lead = text
                self.add_section("lead", first, last, text)
            else:
                self.add_section("body", first, last, text)

    def trailer(self, start: int) -> None:
        """Read what follows ETX at ``start``: the time stamp (the date), then the rest."""
        raw = self.raw
        if start >= len(raw):
            return
        position = start
        while position < len(raw) and (raw[position] in CONTROL or raw[position] in " \t"):
            position += 1
        stamp = match_stamp(raw, position, len(raw))
        if stamp is not None:
            self.date_span = stamp.span
            self.date = stamp.date
            self.note("transmitted", stamp.span.of(raw))
            self.furnish("timestamp", start, stamp.span.end, stamp.span)
            start = stamp.span.end
        if start < len(raw):
            self.furnish("trailer", start, len(raw))

    @property
    def meta(self) -> dict[str, newscore.MetaValue]:
        """The fields recorded so far."""
        return self._meta

    def build(self, options: newscore.ReadOptions) -> newscore.Article:
        """Return the article, with the dateline that opens the lead read into its fields."""
        order = sorted(self.sections, key=lambda section: section.span.start)
        article = newscore.Article.from_spans(
            raw=self.raw,
            format=self.format_name,
            title_span=self.title,
            lead_span=self.lead,
            date=self.date,
            date_span=self.date_span,
            sections=order,
            furniture=sorted(self.furniture, key=lambda section: section.span.start),
            meta=self._meta,
            problems=self.problems,
        )
        if self.lead is not None:
            article, _ = apply_dateline(article, self.lead.start, options)
        return article
