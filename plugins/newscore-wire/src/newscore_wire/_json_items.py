"""JSON inputs as a series of items: one object, an array of objects, or JSON Lines.

:func:`json_items` reads them with :mod:`json` (``raw_decode``, one value after
another, so JSON Lines and concatenated objects need no splitting by hand) and
yields each object with where it starts, or the error that stopped the read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["JsonError", "json_items"]

_SPACE = " \t\r\n\ufeff"


@attrs.frozen(kw_only=True)
class JsonError:
    """Text that is not JSON: why, where (1-based line and column), and from which offset."""

    message: str
    line: int
    column: int
    offset: int


def json_items(text: str) -> Iterator[tuple[int, Any] | JsonError]:
    """Yield ``(offset, value)`` for each top-level value (arrays give their members).

    A malformed value ends the read with a :class:`JsonError`; values nested too
    deep for Python's parser are malformed too.
    """
    decoder = json.JSONDecoder()
    position = 0
    size = len(text)
    while True:
        while position < size and text[position] in _SPACE:
            position += 1
        if position >= size:
            return
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            yield JsonError(
                message=error.msg, line=error.lineno, column=error.colno, offset=position
            )
            return
        except RecursionError:
            line = text.count("\n", 0, position) + 1
            column = position - text.rfind("\n", 0, position)
            yield JsonError(
                message="values nested too deep", line=line, column=column, offset=position
            )
            return
        if isinstance(value, list):
            for member in value:
                yield position, member
        else:
            yield position, value
        position = end
