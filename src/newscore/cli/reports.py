"""How ``newscore`` tells a command-line user what went wrong: one line per trouble, on stderr.

Every line reads ``newscore: PATH:LINE: message [code]`` (``PATH:LINE:COLUMN``
where the column is known), in the words of the command line: a decoding
failure names the ``--encoding`` option and suggests an encoding, never a
Python argument.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

import attrs

import newscore
from newscore.cli.inputs import STDIN_NAME
from newscore.model import UNREAD, Article

__all__ = [
    "DECODING_CODE",
    "EMPTY_CODE",
    "Reporter",
    "error_line",
    "suggest_encoding",
    "undecodable_line",
]

DECODING_CODE = "read.encoding"
"""The code of the problem recorded when bytes do not decode."""

EMPTY_CODE = "read.empty"
"""The code ``--strict`` reports for an input that holds no clipping."""

_BLOCK = 64 * 1024
_PROGRAM = "newscore"


def error_line(
    origin: str, message: str, code: str, *, line: int | None = None, column: int | None = None
) -> str:
    """Return ``newscore: ORIGIN:LINE:COLUMN: message [code]``, leaving out what is unknown.

    A message that already starts with ``ORIGIN:`` (as the messages of failure
    records do) is not prefixed twice.
    """
    if message.startswith(f"{origin}:"):
        return f"{_PROGRAM}: {message} [{code}]"
    where = origin
    if line is not None:
        where += f":{line}" if column is None else f":{line}:{column}"
    return f"{_PROGRAM}: {where}: {message} [{code}]"


def suggest_encoding(data: bytes) -> str:
    """Guess, from undecodable ``data``, which ``--encoding`` to suggest.

    UTF-16 is told by its byte order mark or its NUL bytes; Cyrillic text in
    cp1251 by a majority of bytes above 127 among its letters (each Cyrillic
    letter is one), while Western text has them only for accented letters.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.count(0) * 4 > len(data) > 0:
        return "utf-16"
    high = sum(1 for byte in data if byte >= 0x80)
    letters = high + sum(1 for byte in data if chr(byte).isalpha() and byte < 0x80)
    return "cp1251" if letters and high * 2 > letters else "cp1252"


def undecodable_line(blocks: Iterable[bytes], encoding: str) -> tuple[int, bytes] | None:
    """Find where ``blocks`` first fail to decode from ``encoding``.

    :returns: the 1-based line of the first undecodable byte and the block
        holding it (to :func:`suggest_encoding` from), or ``None`` if
        everything decodes or the encoding is unknown.
    """
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    except LookupError:
        return None
    line = 1
    for block in blocks:
        try:
            decoder.decode(block)
        except UnicodeDecodeError as error:
            before = block[: error.start]
            return line + before.count(b"\n"), block
        line += block.count(b"\n")
    return None


def _file_blocks(path: str) -> Iterator[bytes]:
    try:
        with Path(path).open("rb") as binary:
            while block := binary.read(_BLOCK):
                yield block
    except OSError:
        return


@attrs.define
class Reporter:
    """Writes the troubles met in a run to ``stream`` and remembers whether there were any.

    :param stream: where the lines go (standard error).
    :param encoding: the ``--encoding`` in force, named in decoding messages
        (``None``: found for each input, which is UTF-8 wherever a decoding fails).
    :param stdin_head: the first bytes of standard input, when it is read.
    :param default_origin: the origin named for an article that has none.
    """

    stream: TextIO
    encoding: str | None = None
    stdin_head: bytes | bytearray | None = None
    default_origin: str = "<input>"
    """The origin named for an article that has none."""
    before_report: Callable[[], None] | None = None
    """Called before each line is written (to erase the progress line)."""
    failures: int = 0
    """How many troubles were reported."""
    _decoding_reported: set[str] = attrs.field(factory=set)

    def report(self, line: str) -> None:
        """Write one line of trouble and count it."""
        self.failures += 1
        if self.before_report is not None:
            self.before_report()
        self.stream.write(line + "\n")
        self.stream.flush()

    def check(self, article: Article) -> None:
        """Report what went wrong in ``article``, if anything.

        That is a failure record (a file that could not be read), a problem
        of severity ``error`` (text that could not be read, kept in the
        article), and bytes that did not decode (once per file).
        """
        provenance = article.provenance
        origin = provenance.origin if provenance is not None else None
        origin = origin if origin is not None else self.default_origin
        line = provenance.line if provenance is not None else None
        if article.format == UNREAD and not article.problems:
            self.report(error_line(origin, "could not be read", UNREAD, line=line))
        for problem in article.problems:
            if problem.code == DECODING_CODE:
                if origin not in self._decoding_reported:
                    self._decoding(origin)
            elif problem.severity == "error":
                self.report(error_line(origin, problem.message, problem.code, line=line))

    @property
    def _decoded_as(self) -> str:
        return self.encoding if self.encoding is not None else "utf-8"

    def _decoding(self, origin: str) -> None:
        self._decoding_reported.add(origin)
        found = undecodable_line(self._bytes_of(origin), self._decoded_as)
        line, sample = found if found is not None else (None, b"")
        self.report(error_line(origin, self.decoding_message(sample), DECODING_CODE, line=line))

    def _bytes_of(self, origin: str) -> Iterable[bytes]:
        if origin == STDIN_NAME:
            return [bytes(self.stdin_head or b"")]
        return _file_blocks(origin)

    def decoding_message(self, sample: bytes) -> str:
        """Return the message for bytes that do not decode, suggesting an encoding."""
        encoding = self._decoded_as
        name = codecs.lookup(encoding).name if _known(encoding) else encoding
        suggestion = suggest_encoding(sample) if sample else "cp1252"
        if suggestion == name:
            suggestion = "latin-1"
        return f"cannot decode as {name}; try --encoding {suggestion}"

    def parse_error(self, error: newscore.ParseError, origin: str) -> None:
        """Report the :class:`~newscore.ParseError` that stopped ``--strict`` reading."""
        message = error.message.removeprefix(f"{origin}: ")
        if error.code == DECODING_CODE:
            found = undecodable_line(self._bytes_of(origin), self._decoded_as)
            message = self.decoding_message(found[1] if found is not None else b"")
        self.report(error_line(origin, message, error.code, line=error.line, column=error.column))

    def os_error(self, path: str, error: OSError) -> None:
        """Report a file that ``--strict`` reading could not open."""
        code = "read.missing" if isinstance(error, FileNotFoundError) else "read.unreadable"
        reason = "no such file or folder" if code == "read.missing" else error.strerror
        self.report(error_line(path, reason or str(error), code))

    def empty(self, origin: str) -> None:
        """Report, for ``--strict``, an input that holds no clipping."""
        self.report(error_line(origin, "holds no clipping", EMPTY_CODE))


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True
