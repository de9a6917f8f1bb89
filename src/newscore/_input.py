"""Inputs as lines: decoding binary input, and keeping what a format has not yet accounted for.

The host feeds every format an iterator of lines with their line ends (as a
text file opened with ``newline=""`` yields them). :func:`decoded_lines` makes
such lines from bytes without ever raising on bad bytes, and :class:`Tape`
remembers the lines a format consumed since its last article, so that when a
format fails, the text it was reading is kept rather than lost.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import regex

from newscore.errors import ParseError
from newscore.model import Problem

__all__ = [
    "BLOCK_SIZE",
    "TAPE_LIMIT",
    "Tape",
    "binary_stream",
    "decoded_lines",
    "guarded_lines",
    "looks_like_path",
    "names_file",
    "text_lines",
]

BLOCK_SIZE = 64 * 1024
"""How many bytes are decoded at a time."""

TAPE_LIMIT = 64 * 1024 * 1024
"""How many characters a :class:`Tape` keeps at most between two articles."""

_LINE_END = regex.compile(r"\r\n|\r|\n")
_EXTENSION = regex.compile(r"[A-Za-z][A-Za-z0-9]{0,4}")
_NOT_IN_PATHS = frozenset('<>"|?*')


def text_lines(text: str) -> Iterator[str]:
    r"""Yield ``text`` as lines, each with its line end (``\r\n``, ``\r`` or ``\n``)."""
    position = 0
    for found in _LINE_END.finditer(text):
        yield text[position : found.end()]
        position = found.end()
    if position < len(text):
        yield text[position:]


def decoded_lines(
    binary: BinaryIO, encoding: str, problems: list[Problem], *, strict: bool
) -> Iterator[str]:
    """Yield the lines of ``binary`` decoded from ``encoding``.

    Undecodable bytes become U+FFFD, and a ``read.encoding`` problem for the
    first of them is appended to ``problems``. With ``strict``, the first
    undecodable byte raises :class:`~newscore.ParseError` at its line and
    column instead.

    :raises LookupError: if ``encoding`` is unknown.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    consumed = 0
    line = 1
    unfinished: list[str] = []  # the current line's text so far
    unfinished_length = 0
    held = ""  # a final "\r" waits for the next block: it may start a "\r\n"
    while True:
        block = binary.read(BLOCK_SIZE)
        final = not block
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as error:
            buffered, _ = decoder.getstate()
            offset = max(0, consumed - len(buffered)) + error.start
            if strict:
                before = held + codecs.decode(block[: error.start], encoding, "replace")
                ends = list(_LINE_END.finditer(before))
                column = len(before) - ends[-1].end() if ends else unfinished_length + len(before)
                raise ParseError(
                    f"input is not valid {encoding} text ({error.reason} at byte {offset})",
                    code="read.encoding",
                    line=line + len(ends),
                    column=column + 1,
                ) from None
            problems.append(
                Problem(
                    code="read.encoding",
                    message=f"input is not valid {encoding} text ({error.reason} at byte"
                    f" {offset}, line {line}); undecodable bytes were replaced by U+FFFD",
                    severity="warning",
                )
            )
            decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
            text = decoder.decode(buffered + block, final=final)
        consumed += len(block)
        text = held + text
        held = ""
        if not final and text.endswith("\r"):
            text, held = text[:-1], "\r"
        last = 0
        for found in _LINE_END.finditer(text):
            unfinished.append(text[last : found.end()])
            yield "".join(unfinished)
            unfinished.clear()
            unfinished_length = 0
            line += 1
            last = found.end()
        if last < len(text):
            unfinished.append(text[last:])
            unfinished_length += len(text) - last
        if final:
            if unfinished:
                yield "".join(unfinished)
            return


def guarded_lines(stream: Iterable[str], problems: list[Problem], *, strict: bool) -> Iterator[str]:
    """Yield the lines of a caller's text stream, turning its decoding failure into a problem.

    A text file opened with the wrong encoding fails part-way; what it gave
    until then is read, and a ``read.encoding`` problem says where it stopped
    (strict mode raises :class:`~newscore.ParseError` there instead).
    """
    line = 1
    iterator = iter(stream)
    while True:
        try:
            text = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as error:
            message = (
                f"the text stream could not decode its bytes at line {line} ({error}); the"
                " rest of it was not read: open the file in binary mode, or pass its path,"
                " to have bad bytes replaced instead"
            )
            if strict:
                raise ParseError(message, code="read.encoding", line=line) from None
            problems.append(Problem(code="read.encoding", message=message, severity="error"))
            return
        line += 1
        yield text


class Tape:
    """Lines passed through to a format, with those read since the last :meth:`mark` kept.

    :param lines: the input's lines.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._kept: list[str] = []
        self._kept_length = 0
        self.dropped = 0
        """Characters read since the last mark that were not kept (past :data:`TAPE_LIMIT`)."""
        self.line = 1
        """1-based line of the next line to be read."""
        self.offset = 0
        """Character offset of the next line to be read."""
        self.marked_line = 1
        """Line of the first line kept."""
        self.marked_offset = 0
        """Character offset of the first line kept."""

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.line += 1
        self.offset += len(line)
        if self._kept_length + len(line) <= TAPE_LIMIT:
            self._kept.append(line)
            self._kept_length += len(line)
        else:
            self.dropped += len(line)
        return line

    def mark(self) -> None:
        """Forget the lines kept so far: a format has accounted for them."""
        self._kept.clear()
        self._kept_length = 0
        self.dropped = 0
        self.marked_line = self.line
        self.marked_offset = self.offset

    def rest(self) -> str:
        """Return the lines kept since the last mark and every line not yet read."""
        for _ in self:
            pass
        return "".join(self._kept)


def looks_like_path(text: str) -> bool:
    """Tell whether a one-line ``text`` looks like a file name rather than a clipping.

    It does when it has no white space and either holds a path separator or
    ends in a file extension (``typo.txt``, ``exports/a.html``).
    """
    candidate = text.strip()
    if not candidate or len(candidate) > 4096 or any(c.isspace() for c in candidate):
        return False
    if any(c in _NOT_IN_PATHS for c in candidate):
        return False
    if "/" in candidate or "\\" in candidate:
        return True
    stem, dot, extension = candidate.rpartition(".")
    return bool(dot and stem.strip(".") and _EXTENSION.fullmatch(extension))


def names_file(text: str) -> bool:
    """Tell whether ``text`` is the path of an existing file."""
    if not text or len(text) > 4096 or "\n" in text or "\r" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def binary_stream(value: object) -> bool:
    """Tell whether ``value`` is a binary file object."""
    return isinstance(value, (io.RawIOBase, io.BufferedIOBase))
