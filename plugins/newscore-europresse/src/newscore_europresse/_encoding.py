"""Europresse files as bytes: recognising them, and decoding them to text.

Older exports declare ISO-8859-1 in a ``<meta>`` tag but hold UTF-8. The bytes
decide: a head that is valid UTF-8 is read as UTF-8, anything else as
windows-1252 (the superset of ISO-8859-1 that such pages really use). The
file is decoded as it is read, a block at a time.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from newscore_europresse._sniff import sniff

__all__ = ["BLOCK_BYTES", "decode", "encoding_of", "sniff_bytes"]

BLOCK_BYTES = 64 * 1024
"""How many bytes are decoded at a time."""


def encoding_of(head: bytes) -> str:
    """Return the encoding to read a file whose first bytes are ``head`` with."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _text(head: bytes) -> str:
    return head.decode(encoding_of(head), errors="replace")


def sniff_bytes(head: bytes) -> float:
    """Answer :func:`~newscore_europresse._sniff.sniff` for the decoded head of a file."""
    if b"\x00" in head:
        return 0.0
    return sniff(_text(head.removeprefix(codecs.BOM_UTF8)))


def decode(binary: BinaryIO) -> Iterator[str]:
    """Yield the lines (with their line ends) of a Europresse file, decoded as it is read."""
    head = binary.read(BLOCK_BYTES)
    decoder = codecs.getincrementaldecoder(encoding_of(head))(errors="replace")
    carry = ""
    block = head.removeprefix(codecs.BOM_UTF8)
    while block:
        lines = (carry + decoder.decode(block)).splitlines(keepends=True)
        carry = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
        yield from lines
        block = binary.read(BLOCK_BYTES)
    carry += decoder.decode(b"", final=True)
    if carry:
        yield carry
