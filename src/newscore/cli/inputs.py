"""Where ``newscore`` reads from: files, folders and globs through ``read_many``, or standard input.

Standard input is read as bytes and decoded with ``--encoding`` (binary
formats such as DOCX are recognised from its first bytes, and binary data
no format reads is a failure, never text). Its first bytes are kept so that
a decoding failure can be explained.
"""

from __future__ import annotations

import datetime
import io
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import BinaryIO

import attrs

import newscore
from newscore.model import Article

__all__ = ["HEAD_LENGTH", "STDIN", "STDIN_NAME", "ReadSettings", "Stdin", "read_inputs"]

STDIN = "-"
"""The path argument that stands for standard input."""

STDIN_NAME = "<stdin>"
"""The origin of articles read from standard input."""

HEAD_LENGTH = 64 * 1024
"""How many of the first bytes of standard input are kept."""


@attrs.frozen(kw_only=True)
class ReadSettings:
    """The reading options of ``parse`` and ``stats``, as given on the command line."""

    format: str | None = None
    strict: bool = False
    encoding: str | None = None
    reference_date: datetime.date | None = None
    extract: bool = True
    workers: int | None = None
    format_options: Mapping[str, str] = attrs.field(factory=dict)


class Stdin(io.RawIOBase):
    """A binary stream that keeps the first :data:`HEAD_LENGTH` bytes read through it.

    :param stream: the stream to read, ``sys.stdin.buffer`` by default.
    """

    def __init__(self, stream: BinaryIO | None = None) -> None:
        super().__init__()
        self._stream = stream if stream is not None else sys.stdin.buffer
        self.head = bytearray()
        """The first bytes read, at most :data:`HEAD_LENGTH`."""

    @property
    def name(self) -> str:
        """The origin given to what is read: :data:`STDIN_NAME`."""
        return STDIN_NAME

    def readable(self) -> bool:
        """Answer ``True``: this stream is read."""
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Read into ``buffer``, keeping the first bytes; return how many were read."""
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        buffer[: len(data)] = data
        if len(self.head) < HEAD_LENGTH:
            self.head += data[: HEAD_LENGTH - len(self.head)]
        return len(data)


def read_inputs(
    paths: Sequence[str], settings: ReadSettings, stdin: Stdin | None = None
) -> Iterator[Article]:
    """Read every clipping in ``paths``, or on ``stdin`` when ``paths`` is ``["-"]``.

    Files that cannot be read are yielded as failure records (format
    ``unread``); with ``settings.strict`` the first one raises instead.
    """
    if list(paths) == [STDIN]:
        stream = io.BufferedReader(stdin if stdin is not None else Stdin())
        return newscore.read(
            stream,
            format=settings.format,
            strict=settings.strict,
            reference_date=settings.reference_date,
            encoding=settings.encoding,
            extract=settings.extract,
            format_options=settings.format_options,
        )
    return newscore.read_many(
        paths,
        workers=settings.workers,
        format=settings.format,
        strict=settings.strict,
        ordered=True,
        encoding=settings.encoding,
        reference_date=settings.reference_date,
        extract=settings.extract,
        format_options=settings.format_options,
    )
