"""Control bytes in wire transmissions: where text runs between them, and sections that skip them.

ANPA-1312 and IPTC 7901 frame each take with control characters (SYN, SOH,
STX, ETX, EOT, DEL) and put more inside it (agate column codes). They stay in
:attr:`newscore.Article.raw`, since nothing of the input is dropped, but no
value read from the take holds one: a section's ``span`` covers the control
bytes around its text, and its ``text_span`` only the text.
"""

from __future__ import annotations

import regex

import newscore

__all__ = ["CONTROL", "clean_runs", "has_control", "pieces"]

CONTROL = frozenset(chr(code) for code in (*range(0x20), 0x7F)) - {"\t", "\n", "\r"}
"""The characters that are never part of a value: C0 controls but tab and line ends, and DEL."""

_SPACE = frozenset(" \t\r\n\u00a0\ufeff")


_CONTROL_CHARACTER = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control(text: str) -> bool:
    """Tell whether ``text`` holds a control character."""
    return _CONTROL_CHARACTER.search(text) is not None


def clean_runs(raw: str, start: int, end: int) -> list[newscore.Span]:
    """Return the runs of ``raw[start:end]`` between control characters, trimmed, none blank."""
    runs: list[newscore.Span] = []
    run_start = start
    for found in _CONTROL_CHARACTER.finditer(raw, start, end):
        _add_run(raw, run_start, found.start(), runs)
        run_start = found.end()
    _add_run(raw, run_start, end, runs)
    return runs


def _add_run(raw: str, first: int, last: int, runs: list[newscore.Span]) -> None:
    while first < last and raw[first] in _SPACE:
        first += 1
    while last > first and raw[last - 1] in _SPACE:
        last -= 1
    if first < last:
        runs.append(newscore.Span(start=first, end=last))


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
