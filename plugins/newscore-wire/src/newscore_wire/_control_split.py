r"""Cutting a wire feed into transmissions: one clipping from each SOH to its EOT.

A feed file holds one or more takes, each opened by SOH (``\x01``, after
optional SYN bytes) and closed by EOT (``\x04``). Text outside any take (a
file that starts without SOH) is a clipping of its own, which the format then
reports as having no header. A take longer than :data:`TAKE_LIMIT` characters
is cut there, so that memory stays bounded whatever the input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import newscore

__all__ = ["TAKE_LIMIT", "split_transmissions"]

TAKE_LIMIT = 4 * 1024 * 1024
"""The most characters one clipping holds; a longer take is cut into several."""

_SOH = "\x01"
_SYN = "\x16"
_EOT = "\x04"


def _opens_take(line: str) -> bool:
    return line.lstrip(_SYN).startswith(_SOH)


def _at_eot(line: str) -> list[str]:
    """Cut ``line`` after each EOT that more text follows ("EOT SYN SYN SOH ..." on one line)."""
    parts: list[str] = []
    start = 0
    end = line.find(_EOT)
    while end >= 0 and line[end + 1 :].strip():
        parts.append(line[start : end + 1])
        start = end + 1
        end = line.find(_EOT, start)
    parts.append(line[start:])
    return parts


def split_transmissions(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Yield each transmission of a feed as a :class:`newscore.Chunk`, lazily.

    Blank text between transmissions belongs to no clipping.
    """
    kept: list[str] = []
    length = 0
    offset = 0  # where the kept text starts in the input
    line_number = 1  # the input line it starts on
    position = 0

    def chunk() -> newscore.Chunk | None:
        text = "".join(kept)
        if not text.strip():
            return None
        return newscore.Chunk(text=text, offset=offset, line=line_number)

    for lines_read, whole in enumerate(lines):
        for line in _at_eot(whole):
            if kept and (_opens_take(line) or length + len(line) > TAKE_LIMIT):
                found = chunk()
                if found is not None:
                    yield found
                kept.clear()
                length = 0
            if not kept:
                offset, line_number = position, lines_read + 1
            kept.append(line)
            length += len(line)
            position += len(line)
            if _EOT in line:
                found = chunk()
                if found is not None:
                    yield found
                kept.clear()
                length = 0
    found = chunk()
    if found is not None:
        yield found
