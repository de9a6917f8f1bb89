"""The generic layout of a clipping: lines, paragraphs and the head.

Most clippings open the same way whatever their format: perhaps a headline
line, perhaps a date line, then the lead paragraph. Format authors can use
:func:`read_head` for that part and :func:`paragraphs` for the rest, so that
spans stay exact offsets into the text.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from newscore.errors import excerpt
from newscore.model import Problem, Span
from newscore.registry import Chunk
from newscore.toolkit.dates import DateMatch, date_line, match_date

__all__ = [
    "TITLE_MAX_LENGTH",
    "Head",
    "Line",
    "Paragraph",
    "is_blank",
    "lines",
    "paragraphs",
    "read_head",
    "split_clippings",
    "trimmed",
]

TITLE_MAX_LENGTH = 300
"""A headline line is at most this many characters long."""

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
# A line break followed by one or more blank lines (white space only, a BOM counts).
# Line ends are atomic: "\r\n" is one line end, never "\r" and then "\n".
_BLANK_LINES = regex.compile(r"(?>\r\n|\r|\n)(?:[ \t\u00a0\u2007\u202f\ufeff]*+(?>\r\n|\r|\n))++")
_DATE_MARKER = regex.compile(r"(?i)[ \t\u00a0\ufeff]*+date[ \t\u00a0]++")
# "Kyiv, 30 August 2025 — " or "30 August 2025 - " before the lead's first word.
_PLACE_PREFIX = regex.compile(r"\p{Lu}[\p{L}'’.\- ]{0,40}+,[ \t\u00a0]*+")
_PREFIX_DASH = regex.compile(r"[ \t\u00a0]*+(?:—|–|--|-)[ \t\u00a0]*+")
_TERMINAL = frozenset(".!?…:;,")
_CLOSING = frozenset("\"'”’»)]*_")
_SPACE = " \t\r\n\u00a0\u2007\u202f\ufeff"


@attrs.frozen(kw_only=True)
class Line:
    """One line of text, without its line break.

    :param start: offset of its first character.
    :param end: offset just past its last character (before the break).
    :param next: offset of the next line's first character.
    """

    start: int
    end: int
    next: int


@attrs.frozen(kw_only=True)
class Paragraph:
    """A run of non-blank lines, trimmed of surrounding white space.

    :param start: offset of its first non-blank character.
    :param end: offset just past its last non-blank character.
    """

    start: int
    end: int

    @property
    def span(self) -> Span:
        """The paragraph as a :class:`~newscore.Span`."""
        return Span(start=self.start, end=self.end)


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    r"""Split ``text[start:end]`` into lines; ``\r\n``, ``\r`` and ``\n`` each end one."""
    return list(_lines(text, start, end))


def _lines(text: str, start: int, end: int | None) -> Iterator[Line]:
    stop = len(text) if end is None else end
    position = start
    found = False
    for brk in _LINE_BREAK.finditer(text, start, stop):
        yield Line(start=position, end=brk.start(), next=brk.end())
        position = brk.end()
        found = True
    if position < stop or not found:
        yield Line(start=position, end=stop, next=stop)


def is_blank(text: str, line: Line) -> bool:
    """Tell whether ``line`` holds only white space (a BOM counts as space)."""
    return not text[line.start : line.end].strip(_SPACE)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past white space (and a BOM)."""
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def paragraphs(
    text: str, start: int = 0, end: int | None = None, *, limit: int | None = None
) -> list[Paragraph]:
    """Split ``text[start:end]`` into paragraphs separated by blank lines.

    :param limit: if given, only the first ``limit`` paragraphs are looked for.
    """
    return list(itertools.islice(_paragraphs(text, start, end), limit))


def _paragraphs(text: str, start: int, end: int | None) -> Iterator[Paragraph]:
    stop = len(text) if end is None else end
    position = start
    for gap in _BLANK_LINES.finditer(text, start, stop):
        first, last = trimmed(text, position, gap.start())
        if first < last:
            yield Paragraph(start=first, end=last)
        position = gap.end()
    first, last = trimmed(text, position, stop)
    if first < last:
        yield Paragraph(start=first, end=last)


@attrs.frozen(kw_only=True)
class Head:
    """What opens a clipping: headline, date, and where the lead starts.

    :param title: the headline line, if any.
    :param date: the date read, if any (``date.date`` is ``None`` when invalid).
    :param date_span: the date as written, with a ``date`` marker word or a
        ``Place, date —`` prefix before the lead included.
    :param lead_start: offset where the lead (or the rest) begins.
    :param problems: doubtful things found, such as an impossible date.
    """

    title: Span | None = None
    date: DateMatch | None = None
    date_span: Span | None = None
    lead_start: int = 0
    problems: tuple[Problem, ...] = ()


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _looks_like_title(text: str, line: Line) -> bool:
    start, end = trimmed(text, line.start, line.end)
    if end - start > TITLE_MAX_LENGTH or end == start:
        return False
    content = text[start:end].rstrip("".join(_CLOSING))
    return bool(content) and content[-1] not in _TERMINAL


def _date_at_line(text: str, line: Line) -> tuple[DateMatch, int, int] | None:
    """Find a date marker or a whole-line date; return it, its claimed start, and rest."""
    marker = _DATE_MARKER.match(text, line.start, line.end)
    if marker is not None:
        found = match_date(text, marker.end(), line.end)
        if found is not None:
            start, _ = trimmed(text, line.start, line.end)
            return found, start, found.span.end
    found = date_line(text, line.start, line.end)
    if found is not None:
        start, end = trimmed(text, line.start, line.end)
        return found, start, end
    return None


def _date_prefix(text: str, start: int, end: int) -> tuple[DateMatch, int] | None:
    """Match ``[Place, ]date —`` at ``start``; return the date and where the lead begins."""
    candidates = [start]
    place = _PLACE_PREFIX.match(text, start, end)
    if place is not None:
        candidates.append(place.end())
    for position in candidates:
        found = match_date(text, position, end)
        if found is None:
            continue
        dash = _PREFIX_DASH.match(text, found.span.end, end)
        if dash is not None and dash.end() < end:
            return found, dash.end()
    return None


def read_head(text: str, end: int | None = None, *, code_prefix: str = "layout") -> Head:
    """Read the headline, date and lead start of ``text[:end]``.

    Recognised openings, in order:

    - a date line (``date 2025-08-30``, ``30 August 2025, 14:05``, ...) with
      the lead on the same line after a ``date`` marker, or on the next;
    - a headline line directly followed by a date line;
    - a headline line (no closing punctuation, at most
      :data:`TITLE_MAX_LENGTH` characters) standing alone, followed by
      another paragraph before ``end``;
    - a lead that opens with ``[Place, ]date —``, whose prefix is the date.

    :param end: where the head must stop looking (the first section label).
    :param code_prefix: prefix of problem codes (``"labelled"`` gives
        ``"labelled.invalid-date"``).
    """
    stop = len(text) if end is None else end
    # The head is read from the first three non-blank lines at most.
    content = list(
        itertools.islice((line for line in _lines(text, 0, stop) if not is_blank(text, line)), 3)
    )
    if not content:
        return Head(lead_start=stop)
    title: Span | None = None
    first = content[0]
    dated = _date_at_line(text, first)
    rest = content[1:]
    if dated is None and len(content) > 1 and first.end - first.start <= TITLE_MAX_LENGTH:
        second = _date_at_line(text, content[1])
        standalone = first.next < content[1].start  # a blank line follows the headline
        if second is not None:
            title = _span(*trimmed(text, first.start, first.end))
            dated, rest = second, content[2:]
        elif standalone and _looks_like_title(text, first):
            title = _span(*trimmed(text, first.start, first.end))
            rest = content[1:]
            dated = None
    if dated is None:
        body = rest if title is not None else content
        lead_start = trimmed(text, body[0].start, stop)[0] if body else stop
        prefix = _date_prefix(text, lead_start, body[0].end) if body else None
        if prefix is not None:
            found, after_prefix = prefix
            claimed = _span(*trimmed(text, lead_start, after_prefix))
            return _dated_head(
                text,
                title=title,
                found=found,
                claimed=claimed,
                lead_start=after_prefix,
                code_prefix=code_prefix,
            )
        return Head(title=title, lead_start=lead_start)
    found, claimed_start, claimed_end = dated
    line = next(line for line in content if line.start <= found.span.start <= line.end)
    after_date, line_end = trimmed(text, claimed_end, line.end)
    if after_date < line_end:
        lead_start = after_date
    else:
        following = [candidate for candidate in rest if candidate.start > line.start]
        lead_start = trimmed(text, following[0].start, stop)[0] if following else stop
    return _dated_head(
        text,
        title=title,
        found=found,
        claimed=Span(start=claimed_start, end=claimed_end),
        lead_start=lead_start,
        code_prefix=code_prefix,
    )


def _dated_head(
    text: str,
    *,
    title: Span | None,
    found: DateMatch,
    claimed: Span,
    lead_start: int,
    code_prefix: str,
) -> Head:
    problems: tuple[Problem, ...] = ()
    if not found.valid or found.date is None:
        written = excerpt(text, found.span.start, found.span.end)
        problems = (
            Problem(
                code=f"{code_prefix}.invalid-date",
                message=f"{written!r} is not a real calendar date",
                severity="warning",
                span=found.span,
            ),
        )
    return Head(
        title=title, date=found, date_span=claimed, lead_start=lead_start, problems=problems
    )


def is_separator(line: str) -> bool:
    r"""Tell whether ``line`` separates clippings (``---``, ``***``, ``===``, ``___``, ``\f``)."""
    stripped = line.strip(" \t\r\n")
    if stripped == "\f":
        return True
    return len(stripped) >= 3 and len(set(stripped)) == 1 and stripped[0] in "-*=_"


def split_clippings(
    lines: Iterable[str],
    *,
    starts: Callable[[str], bool] | None = None,
    ready: Callable[[str], bool] | None = None,
) -> Iterator[Chunk]:
    """Cut an input of several clippings into chunks, one per clipping, lazily.

    A clipping ends at a separator line (:func:`is_separator`, not part of
    any chunk). With ``starts`` and ``ready``, a line for which ``starts`` is
    true also begins a new clipping once the current one has had a line for
    which ``ready`` is true; a headline standing just before that line (alone
    in its paragraph, without closing punctuation) goes with the new clipping.

    :param lines: the input's lines, with their line ends.
    """
    buffer: list[str] = []
    offset = line_number = 0
    buffer_offset, buffer_line = 0, 1
    is_ready = False
    for line in lines:
        line_number += 1
        if is_separator(line):
            yield from _chunk(buffer, buffer_offset, buffer_line)
            offset += len(line)
            buffer, is_ready = [], False
            buffer_offset, buffer_line = offset, line_number + 1
            continue
        if is_ready and starts is not None and starts(line):
            carried = _headline_tail(buffer, ready)
            keep = buffer[: len(buffer) - len(carried)]
            yield from _chunk(keep, buffer_offset, buffer_line)
            buffer_offset += sum(len(part) for part in keep)
            buffer_line += len(keep)
            buffer, is_ready = list(carried), False
        buffer.append(line)
        offset += len(line)
        if not is_ready and ready is not None and ready(line):
            is_ready = True
    yield from _chunk(buffer, buffer_offset, buffer_line)


def _headline_tail(buffer: list[str], ready: Callable[[str], bool] | None) -> list[str]:
    """Return the headline line (and blank lines after it) ending ``buffer``, if any."""
    index = len(buffer)
    while index > 0 and not buffer[index - 1].strip():
        index -= 1
    if index == 0:
        return []
    headline = buffer[index - 1].strip()
    alone = index == 1 or not buffer[index - 2].strip()
    if not alone or (ready is not None and ready(headline)):
        return []
    if not headline or headline[-1] in '.!?…:;,"”»':
        return []
    return buffer[index - 1 :]


def _chunk(buffer: list[str], offset: int, line: int) -> Iterator[Chunk]:
    text = "".join(buffer)
    if text.strip():
        yield Chunk(text=text, offset=offset, line=line)


def join_bounded(lines: Iterable[str], limit: int) -> tuple[str, int]:
    r"""Join ``lines`` into one text of at most ``limit`` characters.

    Returns the text and how many characters were not kept, so that a format
    reading its whole input at once (a markup tree) stays bounded and can say
    what it left out.

    >>> join_bounded(["ab\n", "cd\n", "ef\n"], 5)
    ('ab\ncd', 4)
    """
    kept: list[str] = []
    length = 0
    dropped = 0
    for line in lines:
        room = limit - length
        if room <= 0:
            dropped += len(line)
            continue
        piece = line[:room]
        kept.append(piece)
        length += len(piece)
        dropped += len(line) - len(piece)
    return "".join(kept), dropped
