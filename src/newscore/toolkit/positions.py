r"""Positions reported by parsers that end lines at ``\n`` only, as newscore counts them.

libxml2 (lxml), :mod:`json` and :mod:`csv` give an error's line and column
counting only ``\n`` as a line end; newscore counts ``\r\n``, ``\r`` and
``\n`` alike (:func:`newscore.errors.position_of`). :func:`from_lf_position`
turns the one into the other, so that a :class:`newscore.ParseError` names a
place that exists in the text whatever its line ends.
"""

from __future__ import annotations

from newscore.errors import position_of

__all__ = ["from_lf_position", "lf_offset", "position_of"]


def lf_offset(text: str, line: int, column: int) -> int:
    r"""Return the offset of 1-based ``line`` and ``column``, lines ended by ``\n`` only.

    A line past the last is the text's end; a column past its line's end is
    that line's end.

    >>> lf_offset("ab\r\ncd\nef", 2, 2)
    5
    """
    start = 0
    for _ in range(max(line, 1) - 1):
        found = text.find("\n", start)
        if found < 0:
            return len(text)
        start = found + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return min(start + max(column, 1) - 1, end)


def from_lf_position(text: str, line: int, column: int) -> tuple[int, int]:
    r"""Return newscore's ``(line, column)`` for a parser's ``\n``-counted one.

    >>> from_lf_position("\r0", 1, 2)
    (2, 1)
    """
    return position_of(text, lf_offset(text, line, column))
