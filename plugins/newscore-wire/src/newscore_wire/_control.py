"""Control bytes in wire transmissions: where text runs between them, and sections that skip them.

ANPA-1312 and IPTC 7901 frame each take with control characters (SYN, SOH,
STX, ETX, EOT, DEL) and put more inside it (agate column codes). They stay in
:attr:`newscore.Article.raw`, since nothing of the input is dropped, but no
value read from the take holds one: a section's ``span`` covers the control
bytes around its text, and its ``text_span`` only the text.
"""

from __future__ import annotations

import newscore

__all__ = ["CONTROL", "clean_runs", "has_control", "pieces"]

CONTROL = frozenset(chr(code) for code in (*range(0x20), 0x7F)) - {"\t", "\n", "\r"}
"""The characters that are never part of a value: C0 controls but tab and line ends, and DEL."""

_SPACE = frozenset(" \t\r\n\u00a0\ufeff")


def has_control(text: str) -> bool:
    """Tell whether ``text`` holds a control character."""
    return any(character in CONTROL for character in text)


def clean_runs(raw: str, start: int, end: int) -> list[newscore.Span]:
    """Return the runs of ``raw[start:end]`` between control characters, trimmed, none blank."""
    runs: list[newscore.Span] = []
    run_start = start
    for position in range(start, end + 1):
        if position == end or raw[position] in CONTROL:
            first, last = run_start, position
            while first < last and (raw[first] in _SPACE or raw[first] in CONTROL):
                first += 1
            while last > first and raw[last - 1] in _SPACE:
                last -= 1
            if first < last:
                runs.append(newscore.Span(start=first, end=last))
            run_start = position + 1
    return runs


def pieces(raw: str, start: int, end: int, kind: str) -> list[newscore.Section]:
    """Return sections of ``kind`` that together cover ``raw[start:end]``, their texts control-free.

    Each clean run (:func:`clean_runs`) is one section's text; the control
    bytes and spaces before it belong to its span, those after the last run to
    the last span. A stretch with no text at all gives one section with empty
    text, so that its control bytes are still covered.
    """
    runs = clean_runs(raw, start, end)
    if not runs:
        span = newscore.Span(start=start, end=end)
        empty = newscore.Span(start=start, end=start)
        return [newscore.Section(kind=kind, label=None, text="", span=span, text_span=empty)]
    found: list[newscore.Section] = []
    previous = start
    for index, run in enumerate(runs):
        stop = end if index == len(runs) - 1 else run.end
        found.append(
            newscore.Section(
                kind=kind,
                label=None,
                text=run.of(raw),
                span=newscore.Span(start=previous, end=stop),
                text_span=run,
            )
        )
        previous = stop
    return found
