"""Quotations and sentences, with exact offsets into the raw text.

Quotation marks of every kind are paired: straight ``"``, curly ``“ ”``,
guillemets ``« »``, low-high ``„ “``, and the ASCII wire style ``` `` ''```.
A quotation that runs to the end of a paragraph without closing and goes on
in a paragraph that opens with a quotation mark (the newspaper convention)
is one quotation. Sentences are never split inside a quotation, so
``"It is not," she said.`` stays one sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs
import regex

from newscore.model import Span
from newscore.toolkit.layout import paragraphs

__all__ = ["Quote", "find_quotes", "split_sentences"]

_OPENING = {"“": "”", "«": "»", "„": "“", "‘‘": "’’", "``": "''"}
_CLOSING_ONLY = frozenset({"”", "»"})
_STRAIGHT = '"'
_QUOTE_MARK = regex.compile(r"``|''|[“”«»„\"]")
# Closing marks after the full stop include the low-high and reversed-guillemet closers
# („...“, »...«), and the next sentence may open with either kind.
_SENTENCE_END = regex.compile(
    r"(?:\G|(?<![.!?…]))[.!?…]++(?:''|[\"”»«“’')\]])*+"
    r"(?=\s++(?:``|''|[\"“«»„(\[])?+[\p{Lu}\p{N}])"
)
# An initial ("J. Smith"); a language pack adds its abbreviations ("Mr.", "млн.").
_INITIAL = regex.compile(r"\b\p{Lu}\.$")


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: from its opening mark to just past its closing mark.

    :param span: the quotation with its marks.
    :param inner: the quoted text without the marks.
    :param closed: ``False`` when no closing mark was found; the quotation
        then ends where its section ends.
    """

    span: Span
    inner: Span
    closed: bool = True


def _is_opening_straight(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    return before.isspace() or before in "([{—–-/:;,\u00a0" or position == 0


def _next_opening(
    text: str, position: int, end: int, pairs: Mapping[str, str]
) -> regex.Match[str] | None:
    while position < end:
        mark = _QUOTE_MARK.search(text, position, end)
        if mark is None:
            return None
        symbol = mark.group()
        symmetric = symbol in {_STRAIGHT, "''"}
        opening = symbol not in _CLOSING_ONLY or symbol in pairs
        if opening and (not symmetric or _is_opening_straight(text, mark.start())):
            return mark
        position = mark.end()
    return None


def find_quotes(
    text: str, start: int, end: int, pairs: Mapping[str, str] | None = None
) -> list[Quote]:
    """Pair the quotation marks in ``text[start:end]`` into top-level quotations.

    :param pairs: further opening marks of the language, with their closing
        marks (German ``»`` opens and ``«`` closes: ``{"»": "«"}``).

    Marks inside a quotation of another kind (``«... „...“ ...»``) are part
    of it. An unclosed quotation ends at the end of its paragraph, unless the
    next paragraph opens with a quotation mark, which continues it; if that
    paragraph still does not close it, it runs on in the same way.
    """
    extra: Mapping[str, str] = pairs or {}
    openings = {**_OPENING, **extra}
    found: list[Quote] = []
    blocks = paragraphs(text, start, end)
    index = 0
    position = start
    while index < len(blocks):
        block = blocks[index]
        mark = _next_opening(text, max(position, block.start), block.end, extra)
        if mark is None:
            index += 1
            continue
        closing = openings.get(mark.group(), mark.group())
        close_at = _find_close(text, mark.end(), block.end, closing, openings)
        last = index
        while close_at is None and last + 1 < len(blocks):
            reopen = _QUOTE_MARK.match(text, blocks[last + 1].start)
            if reopen is None:
                break
            last += 1
            close_at = _find_close(text, reopen.end(), blocks[last].end, closing, openings)
        if close_at is None:
            stop = blocks[last].end
            inner = Span(start=mark.end(), end=stop)
            found.append(Quote(span=Span(start=mark.start(), end=stop), inner=inner, closed=False))
            index, position = last + 1, stop
            continue
        stop = close_at + len(closing)
        inner = Span(start=mark.end(), end=close_at)
        found.append(Quote(span=Span(start=mark.start(), end=stop), inner=inner))
        index, position = last, stop
    return found


def _closes_a_word(text: str, start: int, stop: int, end: int) -> bool:
    """Whether the mark at ``text[start:stop]`` hugs the word before it and not the next."""
    return start > 0 and not text[start - 1].isspace() and (stop >= end or text[stop].isspace())


def _find_close(
    text: str, start: int, end: int, closing: str, openings: Mapping[str, str] = _OPENING
) -> int | None:
    """Find the mark closing a quotation opened just before ``start``."""
    depth = 0
    position = start
    while position < end:
        mark = _QUOTE_MARK.search(text, position, end)
        if mark is None:
            return None
        symbol = mark.group()
        if closing in {_STRAIGHT, "''"} and symbol == closing:
            if (
                _is_opening_straight(text, mark.start())
                and mark.end() < end
                and (not text[mark.end()].isspace())
            ):
                # A straight mark that opens a nested quotation.
                depth += 1
            elif depth:
                depth -= 1
            else:
                return int(mark.start())
        elif symbol == closing and depth == 0:
            return int(mark.start())
        elif symbol == closing:
            depth -= 1
        elif symbol in openings and openings[symbol] == closing:
            if depth == 0 and _closes_a_word(text, mark.start(), mark.end(), end):
                return int(mark.start())  # '... here,“ said X': an opening mark used to close
            depth += 1
        position = mark.end()
    return None


def split_sentences(
    text: str,
    start: int,
    end: int,
    quotes: Sequence[Quote],
    abbreviation: regex.Pattern[str] | None = None,
    *,
    ordinal: regex.Pattern[str] | None = None,
) -> list[Span]:
    """Split ``text[start:end]`` (one paragraph) into sentences.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing marks)
    followed by white space and a capital, a digit or an opening mark, but
    not inside a quotation and not after a common abbreviation or an initial.

    :param quotes: the quotations of the text, as :func:`find_quotes` returns
        them: sorted and not overlapping. Only those near the paragraph are
        looked at, so splitting every paragraph of a text takes linear time.
        :param abbreviation: a pattern matching an abbreviation that ends just before
        the end of the searched stretch ("Mr."); initials only when ``None``.
    :param ordinal: a pattern matching, from the full stop of a number, the white
        space and the word that make the number an ordinal ("3. März"); none when ``None``.
    """
    found: list[Span] = []
    ending = abbreviation if abbreviation is not None else _INITIAL
    sentence_start = start
    # The last quotation opening before the boundary is the only one that can hold it.
    following = bisect.bisect_left(quotes, start, key=_quote_start)
    for boundary in _SENTENCE_END.finditer(text, start, end):
        stop = boundary.end()
        while following < len(quotes) and quotes[following].span.start < boundary.start():
            following += 1
        if following and stop < quotes[following - 1].span.end:
            continue
        if ending.search(text, max(start, boundary.start() - 6), boundary.start() + 1):
            continue
        if (
            ordinal is not None
            and text[boundary.start() - 1 : boundary.start()].isdigit()
            and ordinal.match(text, boundary.start())
        ):
            continue
        found.append(Span(start=sentence_start, end=stop))
        sentence_start = stop
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        found.append(Span(start=sentence_start, end=end))
    return found


def _quote_start(quote: Quote) -> int:
    return quote.span.start
