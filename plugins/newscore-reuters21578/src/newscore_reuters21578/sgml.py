"""Cut Reuters-21578 markup into the markup of its ``<REUTERS>`` elements, lazily.

The SGML files (``reut2-000.sgm`` ...) have no root element, so stories are
cut out line by line at their ``<REUTERS`` start and ``</REUTERS>`` end
tags, one held at a time. The same cutter reads the XML conversions (a
``<LEWIS>`` root with several stories, or one ``<REUTERS>`` element per file).

>>> [story.line for story in split_stories(['<x>', '<REUTERS NEWID="1">', 'x</REUTERS>'])]
[2]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import attrs
import regex

__all__ = [
    "PIECE_LIMIT",
    "RawStory",
    "decode_lines",
    "line_and_column",
    "split_stories",
]

PIECE_LIMIT = 1_000_000
"""Most characters held at once: a longer story, or longer text outside any
story, is handed on in pieces of this size, each with its damage."""

_START_TAG = regex.compile(r"<REUTERS(?=[\s>/])")
_END_TAG = regex.compile(r"</REUTERS[ \t]*+>")
_PROLOG = regex.compile(
    r"<!DOCTYPE[^>]*+>|<\?xml[^>]*+>|</?LEWIS[ \t]*+>|<!--(?:[^-]++|-(?!->))*+-->|\ufeff"
)
_LINE_END = regex.compile(r"\r\n|\r|\n")
_LONE_CR = regex.compile(r"\r(?!\n)")

NO_END_TAG = "reuters21578.no-end-tag"
OUTSIDE_STORY = "reuters21578.outside-story"
TOO_LONG = "reuters21578.too-long"


@attrs.frozen(kw_only=True)
class RawStory:
    """The markup of one story as cut from an input by :func:`split_stories`.

    :param text: the markup, from ``<REUTERS`` to ``</REUTERS>`` when both are there.
    :param offset: character offset of :attr:`text` in the whole input.
    :param line: 1-based line of its first character in the whole input.
    :param column: 1-based column of its first character.
    :param damage: why the markup is incomplete, or ``None`` when it is whole.
    :param damage_code: the problem code of :attr:`damage`: ``reuters21578.no-end-tag``,
        ``reuters21578.outside-story`` or ``reuters21578.too-long``.
    :param damage_at: offset in :attr:`text` the damage is located at.
    """

    text: str
    offset: int
    line: int
    column: int = 1
    damage: str | None = None
    damage_code: str | None = None
    damage_at: int = 0


def line_and_column(story: RawStory, at: int) -> tuple[int, int]:
    r"""Return the 1-based line and column in the whole input of offset ``at`` of ``story``.

    ``\r\n``, ``\r`` and ``\n`` each end a line.

    >>> line_and_column(RawStory(text="ab\r\ncd", offset=9, line=3, column=4), 5)
    (4, 2)
    """
    at = max(0, min(at, len(story.text)))
    line, line_start = story.line, 0
    for found in _LINE_END.finditer(story.text, 0, at):
        line, line_start = line + 1, found.end()
    if line == story.line:
        return line, story.column + at
    return line, at - line_start + 1


class _Cutter:
    """The state of :func:`split_stories`: the story being collected, or stray text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.in_story = False
        self.offset = 0
        self.line = 1
        self.column = 1

    def begin(self, in_story: bool, offset: int, line: int, column: int) -> None:
        self.in_story, self.offset, self.line, self.column = in_story, offset, line, column

    def add(self, piece: str, offset: int, line: int, column: int) -> Iterator[RawStory]:
        """Add ``piece``; yield what reached :data:`PIECE_LIMIT`."""
        while piece:
            if not self.parts:
                self.offset, self.line, self.column = offset, line, column
            room = PIECE_LIMIT - self.size
            self.parts.append(piece[:room])
            self.size += min(room, len(piece))
            if len(piece) <= room:
                return
            yield from self.flush(
                TOO_LONG,
                f"more than {PIECE_LIMIT} characters in one piece; the rest follows"
                " in the next article",
            )
            offset, column, piece = offset + room, column + room, piece[room:]

    def flush(self, code: str | None, message: str | None) -> Iterator[RawStory]:
        text = "".join(self.parts)
        self.parts, self.size = [], 0
        was_story, self.in_story = self.in_story, False
        if not was_story:
            if not _PROLOG.sub("", text).strip():
                return
            if code is None or code == NO_END_TAG:
                code = OUTSIDE_STORY
                message = "text outside any <REUTERS> element (a start tag may be missing)"
            # Locate stray text at its first non-blank character.
            blank = len(text) - len(text.lstrip())
            if blank:
                whole = RawStory(text=text, offset=self.offset, line=self.line, column=self.column)
                self.line, self.column = line_and_column(whole, blank)
                self.offset += blank
                text = text[blank:]
        yield RawStory(
            text=text,
            offset=self.offset,
            line=self.line,
            column=self.column,
            damage=message,
            damage_code=code,
            damage_at=len(text.rstrip("\r\n")) if code in (NO_END_TAG, TOO_LONG) else 0,
        )


def split_stories(lines: Iterable[str]) -> Iterator[RawStory]:
    """Cut an input into the markup of its ``<REUTERS>`` elements, lazily.

    Holds one story (at most :data:`PIECE_LIMIT` characters) at a time.
    Damaged input is cut as well as it can be: a story whose end tag is
    missing ends where the next one starts (or at the end of the input); text
    outside every story that is more than the prolog (``<!DOCTYPE>``,
    ``<?xml?>``, ``<LEWIS>``, a BOM) is handed on as a story of its own. Both
    carry a :attr:`RawStory.damage`. A story whose markup is whole comes out
    exactly as written, whatever surrounds it.

    :param lines: the input's lines with their line ends, as a text file yields them.
    """
    cutter = _Cutter()
    offset = 0
    number = 0
    for line in lines:
        number += 1
        position = 0
        # The next end tag at or after `position`, searched once per line, not once per story.
        end: regex.Match[str] | None = None
        end_searched = False
        while position < len(line):
            if not cutter.in_story:
                start = _START_TAG.search(line, position)
                stop = start.start() if start is not None else len(line)
                yield from cutter.add(line[position:stop], offset + position, number, position + 1)
                if start is None:
                    break
                yield from cutter.flush(None, None)
                cutter.begin(True, offset + stop, number, stop + 1)
                position = stop
                yield from cutter.add(line[stop : start.end()], offset + stop, number, stop + 1)
                position = start.end()
                continue
            if not end_searched or (end is not None and end.start() < position):
                end = _END_TAG.search(line, position)
                end_searched = True
            start = _START_TAG.search(line, position, end.start() if end is not None else None)
            if start is not None:
                yield from cutter.add(
                    line[position : start.start()], offset + position, number, position + 1
                )
                if cutter.in_story:
                    yield from cutter.flush(
                        NO_END_TAG, "no </REUTERS> end tag before the next story"
                    )
                position = start.start()
            elif end is not None:
                yield from cutter.add(
                    line[position : end.end()], offset + position, number, position + 1
                )
                if cutter.in_story:
                    yield from cutter.flush(None, None)
                position = end.end()
            else:
                yield from cutter.add(line[position:], offset + position, number, position + 1)
                break
        offset += len(line)
    if cutter.in_story:
        yield from cutter.flush(NO_END_TAG, "the input ends inside a story (no </REUTERS> end tag)")
    else:
        yield from cutter.flush(None, None)


def decode_lines(binary: BinaryIO) -> Iterator[str]:
    r"""Decode a binary Reuters-21578 file into text lines, lazily.

    Each line is read as UTF-8 when it is valid UTF-8 (which covers ASCII),
    else as Windows-1252, else as Latin-1, so that the few stray bytes of the
    original distribution never stop a read. A lone ``\r`` ends a line too.
    """
    for raw in binary:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
        if "\r" not in text:
            yield text
            continue
        position = 0
        for found in _LONE_CR.finditer(text):
            yield text[position : found.end()]
            position = found.end()
        if position < len(text):
            yield text[position:]
