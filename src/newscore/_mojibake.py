"""Mojibake repair: UTF-8 text that was once decoded as cp1252 or latin-1 ("FranÃ§ois").

Repair needs ``ftfy`` (the extra ``newscore[encodings]``); without it, lines pass
unchanged. A line is repaired only when it holds a telltale pair (a lead byte of
UTF-8 read as cp1252, followed by a continuation byte read the same way), ftfy's
badness measure calls it bad, and ftfy's encoding fix changes it. Each repaired
input gets one ``read.mojibake`` warning, given with the first line repaired (its
number, before and after), so that it goes on the article that line is read into.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable, Iterator

import regex

from newscore.model import Problem

__all__ = ["repair_available", "repaired_lines"]

# A UTF-8 lead byte (0xC2-0xF4) as cp1252 shows it, then a continuation byte (0x80-0xBF).
_TELLTALE = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]"
)
_EXAMPLE_LENGTH = 60


@functools.cache
def repair_available() -> bool:
    """Tell whether ftfy is installed, so that :func:`repaired_lines` repairs."""
    return importlib.util.find_spec("ftfy") is not None


def repaired_lines(lines: Iterable[str], problems: list[Problem]) -> Iterator[str]:
    """Yield ``lines``, each mojibake line repaired; append one problem if any was."""
    if not repair_available():
        yield from lines
        return
    import ftfy  # noqa: PLC0415 - optional, imported only when installed
    import ftfy.badness  # noqa: PLC0415

    reported = False
    for number, line in enumerate(lines, start=1):
        if _TELLTALE.search(line) is None or not ftfy.badness.is_bad(line):
            yield line
            continue
        fixed = ftfy.fix_encoding(line)
        if fixed != line and not reported:
            reported = True  # told at once, so it goes on the article being read
            problems.append(
                Problem(
                    code="read.mojibake",
                    message=f"repaired mojibake (UTF-8 once read as cp1252) from line {number}:"
                    f" {line.strip()[:_EXAMPLE_LENGTH]!r} became"
                    f" {fixed.strip()[:_EXAMPLE_LENGTH]!r}",
                    severity="warning",
                )
            )
        yield fixed
