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
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs
import regex

from newscore.errors import ParseError
from newscore.model import Problem, Severity

__all__ = [
    "BLOCK_SIZE",
    "FALLBACK_ENCODING",
    "TAPE_LIMIT",
    "EncodingChoice",
    "Tape",
    "binary_stream",
    "choose_encoding",
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
_OTHER_LINE_BREAKS = ("\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
_EXTENSION = regex.compile(r"[A-Za-z][A-Za-z0-9]{0,4}")
_NOT_IN_PATHS = frozenset('<>"|?*')


def text_lines(text: str) -> Iterator[str]:
    r"""Yield ``text`` as lines, each with its line end (``\r\n``, ``\r`` or ``\n``)."""
    if not any(brk in text for brk in _OTHER_LINE_BREAKS):
        # str.splitlines also ends lines at these; without them it cuts as below.
        yield from text.splitlines(keepends=True)
        return
    position = 0
    for found in _LINE_END.finditer(text):
        yield text[position : found.end()]
        position = found.end()
    if position < len(text):
        yield text[position:]


def decoded_lines(
    binary: BinaryIO,
    encoding: str,
    problems: list[Problem],
    *,
    strict: bool,
    fallback: str | None = None,
) -> Iterator[str]:
    """Yield the lines of ``binary`` decoded from ``encoding``.

    Undecodable bytes become U+FFFD, and a ``read.encoding`` problem for the
    first of them is appended to ``problems``. With ``strict``, the first
    undecodable byte raises :class:`~newscore.ParseError` at its line and
    column instead. With a ``fallback`` encoding (chosen by
    :func:`choose_encoding`), the first undecodable byte switches the rest of
    the input to it instead, and a ``read.encoding-guess`` problem says where.

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
            if fallback is not None:
                pending = buffered + block
                problems.append(
                    Problem(
                        code="read.encoding-guess",
                        message=f"the input was read as {encoding} up to byte {offset}"
                        f" (line {line}), where it stopped being valid {encoding}; the rest"
                        f" was read as {fallback}",
                        severity="warning",
                    )
                )
                decoder = codecs.getincrementaldecoder(fallback)(errors="strict")
                text = codecs.decode(pending[: error.start], encoding)
                encoding, fallback = fallback, None
                try:
                    text += decoder.decode(pending[error.start :], final=final)
                except UnicodeDecodeError:
                    if strict:
                        raise ParseError(
                            f"input is valid neither as UTF-8 nor as {encoding} text",
                            code="read.encoding",
                            line=line,
                        ) from None
                    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
                    text += decoder.decode(pending[error.start :], final=final)
                    problems.append(_replaced(encoding, offset, line))
            elif strict:
                before = held + codecs.decode(block[: error.start], encoding, "replace")
                ends = list(_LINE_END.finditer(before))
                column = len(before) - ends[-1].end() if ends else unfinished_length + len(before)
                raise ParseError(
                    f"input is not valid {encoding} text ({error.reason} at byte {offset})",
                    code="read.encoding",
                    line=line + len(ends),
                    column=column + 1,
                ) from None
            else:
                problems.append(_replaced(encoding, offset, line, error.reason))
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


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# An encoding declared in the head: an XML prolog, an HTML <meta charset> or
# http-equiv content, a MIME Content-Type header. Bounded, read from bytes.
_XML_DECLARED = regex.compile(
    rb"""<\?xml[^>]{0,200}?encoding[ \t\r\n]{0,8}=[ \t\r\n]{0,8}["']([A-Za-z0-9._:\-]{1,40})"""
)
_CHARSET_DECLARED = regex.compile(
    rb"""(?i)charset[ \t\r\n]{0,8}=[ \t\r\n]{0,8}["']?([A-Za-z0-9._:\-]{1,40})"""
)
_IMPLAUSIBLE = frozenset({"Co", "Cn", "Cs"})
_ASCII_SHARE = 0.9
"""Above this share of ASCII bytes, a detector's multi-byte guess that swallows ASCII is refused."""
FALLBACK_ENCODING = "cp1252"
"""The encoding of bytes that are not UTF-8, declare none, and no detector reads."""


@attrs.frozen(kw_only=True)
class EncodingChoice:
    """How to decode a binary input whose encoding the caller did not give.

    :param encoding: the encoding to decode with first.
    :param fallback: the encoding the rest is read in if ``encoding`` fails
        part-way (the head was UTF-8, the tail is not), or ``None``.
    :param problem: what the article records about the choice, if anything.
    """

    encoding: str
    fallback: str | None = None
    problem: Problem | None = None


def choose_encoding(head: bytes) -> EncodingChoice:
    """Choose the encoding of a binary input from its first bytes (the head, 64 KiB).

    In order: a byte order mark; else UTF-8 when the head is valid UTF-8
    (when the head declares another encoding, UTF-8 wins with an ``info``
    problem, and the declared encoding is kept as the fallback); else the
    encoding the head declares (``info``); else what ``charset-normalizer``
    detects, if installed (``warning``); else :data:`FALLBACK_ENCODING`
    (``warning``). The problems have code ``read.encoding-guess``.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return EncodingChoice(encoding=name)
    declared = _declared(head)
    if _valid_utf8(head):
        fallback = declared or FALLBACK_ENCODING  # a detector learns nothing from UTF-8 bytes
        if declared is None or not _differs(head):
            return EncodingChoice(encoding="utf-8", fallback=fallback)
        message = (
            f"the input declares {declared} but its bytes are valid UTF-8: it was read as"
            " UTF-8 (chosen over the declaration)"
        )
        return EncodingChoice(encoding="utf-8", fallback=fallback, problem=_guess(message, "info"))
    if declared is not None:
        message = f"the input was read as {declared}, the encoding it declares"
        return EncodingChoice(encoding=declared, problem=_guess(message, "info"))
    detected = _detected(head)
    if detected is not None:
        message = (
            f"the input is not UTF-8 and declares no encoding; it was read as {detected},"
            " the encoding charset-normalizer detected"
        )
        return EncodingChoice(encoding=detected, problem=_guess(message, "warning"))
    message = (
        f"the input is not UTF-8, declares no encoding and no detector recognised one;"
        f" it was read as {FALLBACK_ENCODING}, the fallback"
    )
    return EncodingChoice(encoding=FALLBACK_ENCODING, problem=_guess(message, "warning"))


def _guess(message: str, severity: Severity) -> Problem:
    return Problem(code="read.encoding-guess", message=message, severity=severity)


def _valid_utf8(head: bytes) -> bool:
    """Tell whether ``head`` is UTF-8, a sequence cut short at its end allowed."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _differs(head: bytes) -> bool:
    """Tell whether UTF-8 reads ``head`` otherwise than a single-byte encoding would (non-ASCII)."""
    return not head.isascii()


def _declared(head: bytes) -> str | None:
    """Return the known encoding the head declares, normalised (``iso8859-1``), or ``None``."""
    found = _XML_DECLARED.search(head) or _CHARSET_DECLARED.search(head)
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


def _detected(head: bytes) -> str | None:
    """Return what charset-normalizer reads ``head`` as, if it is installed and sure enough."""
    try:
        import charset_normalizer  # noqa: PLC0415 - optional: newscore[encodings]
    except ImportError:
        return None
    ascii_count = sum(byte < 0x80 for byte in head)
    mostly_ascii = ascii_count >= _ASCII_SHARE * len(head)
    for match in charset_normalizer.from_bytes(head):
        name = codecs.lookup(match.encoding).name
        decoded = head.decode(name, errors="replace")
        if any(unicodedata.category(character) in _IMPLAUSIBLE for character in decoded):
            continue  # a private-use, unassigned or replaced character: a wrong guess
        # Sparse non-ASCII bytes in ASCII text are not a multi-byte encoding
        # that reads ASCII bytes as parts of other characters.
        if mostly_ascii and sum(character.isascii() for character in decoded) != ascii_count:
            continue
        if _mixes_scripts(decoded):
            continue
        return name
    return None


def _mixes_scripts(decoded: str) -> bool:
    """Tell whether a word joins Latin letters to a letter of another script ("cafﻠ").

    Real words keep to one script; a wrong single-byte guess puts a Greek,
    Arabic or Hebrew letter where an accented Latin one stood.
    """
    for index, character in enumerate(decoded):
        if character.isascii() or not character.isalpha():
            continue
        neighbours = decoded[max(index - 1, 0) : index] + decoded[index + 1 : index + 2]
        latin_beside = any(n.isascii() and n.isalpha() for n in neighbours)
        if latin_beside and not unicodedata.name(character, "").startswith("LATIN"):
            return True
    return False


def _replaced(encoding: str, offset: int, line: int, reason: str = "") -> Problem:
    because = f"{reason} at byte" if reason else "from byte"
    return Problem(
        code="read.encoding",
        message=f"input is not valid {encoding} text ({because} {offset}, line {line});"
        " undecodable bytes were replaced by U+FFFD",
        severity="warning",
    )


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
