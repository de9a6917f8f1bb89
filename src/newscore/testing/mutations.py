r"""Hypothesis strategies that corrupt real inputs, for reliability tests of formats.

A format must survive a damaged export: lenient reading never raises, strict
reading raises only :class:`~newscore.ParseError`, and no text is lost.
:func:`mutated` draws damaged versions of a text, one or more mutations at a
time, each recorded so that a failing example says what was done to the input.

>>> from hypothesis import given
>>> from newscore.testing.mutations import mutated
>>> @given(mutated("<p>Kyiv said so.</p>\n"))
... def test_never_raises(mutation):
...     list(newscore.read(mutation.text))

The kinds of damage are listed in :data:`MUTATION_KINDS`; pass ``kinds`` to
choose some. Large mutations (``deep-nesting``, ``huge-line``) are sized by
``depth`` and ``huge``, so that quick tests can keep them small.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

__all__ = [
    "CHARACTER_REFERENCES",
    "CONTROL_CHARACTERS",
    "LABELS",
    "MUTATION_KINDS",
    "Mutation",
    "mutated",
]

LABELS: tuple[str, ...] = (
    "Source:",
    "Details:",
    "HD",
    "<p>",
    "</p>",
    "LP",
    "TD",
    "Document ",
    "End of Document",
    "<REUTERS>",
    "</REUTERS>",
    "Load-Date:",
    "<html>",
    "<![CDATA[",
    "]]>",
)
"""Labels and tags that formats look for, injected at the start of a line."""

CHARACTER_REFERENCES: tuple[str, ...] = (
    "&#xD800;",
    "&#xDFFF;",
    "&#0;",
    "&#x0;",
    "&#x1F600;",
    "&#1114112;",
    "&#xFFFE;",
    "&#x110000;",
    "&#99999999999;",
    "&amp;",
    "&nbsp;",
    "&undefined;",
    "&#",
    "&",
)
"""Character and entity references, valid, invalid and unfinished."""

CONTROL_CHARACTERS: tuple[str, ...] = (
    "\x01",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1c",
    "\x1e",
    "\x7f",
    "\x85",
    "\u200b",
    "\u2029",
)
"""Control and separator characters besides NUL, U+2028 and line ends."""

MUTATION_KINDS: tuple[str, ...] = (
    "cut",
    "cut-middle",
    "duplicate-lines",
    "shuffle-lines",
    "inject-label",
    "nul",
    "lone-surrogate",
    "character-reference",
    "control",
    "line-separator",
    "mixed-line-ends",
    "bom",
    "deep-nesting",
    "huge-line",
)
r"""Every kind of damage :func:`mutated` can do.

- ``cut``: keep the text up to a random point;
- ``cut-middle``: remove a random slice;
- ``duplicate-lines``, ``shuffle-lines``: repeat a run of lines, or reorder it;
- ``inject-label``: put one of :data:`LABELS` at the start of a line;
- ``nul``, ``lone-surrogate``, ``control``, ``line-separator`` (U+2028), ``bom``
  (U+FEFF): insert the character(s) at a random point;
- ``character-reference``: insert one of :data:`CHARACTER_REFERENCES`;
- ``mixed-line-ends``: rewrite some line ends as ``\r\n``, ``\r`` or ``\n``;
- ``deep-nesting``: insert ``depth`` nested ``<div>`` elements;
- ``huge-line``: insert one line of ``huge`` characters.
"""


@attrs.frozen(kw_only=True, repr=False)
class Mutation:
    """A damaged text and how it was damaged.

    :param text: the text after every step.
    :param steps: one short description per step, such as ``"nul at 120"``.
    """

    text: str
    steps: tuple[str, ...]

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 160 else f"{self.text[:80]}...{self.text[-60:]}"
        return f"{' + '.join(self.steps)}: {len(self.text)} characters, {shown!r}"

    __repr__ = __str__

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Show the short form in Hypothesis' reports (its printer expands attrs classes)."""
        printer.text(str(self))

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of the steps, in order."""
        return tuple(step.split(" ", 1)[0] for step in self.steps)


_Step = Callable[[st.DrawFn, str], tuple[str, str]]


def _insert(draw: st.DrawFn, text: str, piece: str, kind: str) -> tuple[str, str]:
    at = draw(st.integers(min_value=0, max_value=len(text)))
    return text[:at] + piece + text[at:], f"{kind} at {at}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, character in enumerate(text):
        if character == "\n" or (character == "\r" and text[index + 1 : index + 2] != "\n"):
            starts.append(index + 1)
    return starts


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [text]


def _step(kind: str, depth: int, huge: int) -> _Step:
    """Return the function doing one step of ``kind``."""

    def cut(draw: st.DrawFn, text: str) -> tuple[str, str]:
        at = draw(st.integers(min_value=0, max_value=len(text)))
        return text[:at], f"cut at {at}"

    def cut_middle(draw: st.DrawFn, text: str) -> tuple[str, str]:
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=min(len(text), start + 4096)))
        return text[:start] + text[end:], f"cut-middle {start}:{end}"

    def duplicate(draw: st.DrawFn, text: str) -> tuple[str, str]:
        lines = _lines(text)
        start = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        end = draw(st.integers(min_value=start + 1, max_value=min(len(lines), start + 20)))
        times = draw(st.integers(min_value=2, max_value=4))
        lines[start:end] = lines[start:end] * times
        return "".join(lines), f"duplicate-lines {start}:{end} x{times}"

    def shuffle(draw: st.DrawFn, text: str) -> tuple[str, str]:
        lines = _lines(text)
        start = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        end = draw(st.integers(min_value=start, max_value=min(len(lines), start + 30)))
        lines[start:end] = draw(st.permutations(lines[start:end]))
        return "".join(lines), f"shuffle-lines {start}:{end}"

    def inject_label(draw: st.DrawFn, text: str) -> tuple[str, str]:
        label = draw(st.sampled_from(LABELS))
        at = draw(st.sampled_from(_line_starts(text)))
        tail = draw(st.sampled_from(["", " ", " x", "\n", " Reuters\n"]))
        return text[:at] + label + tail + text[at:], f"inject-label {label!r} at {at}"

    def pieces(options: Sequence[str], name: str) -> _Step:
        def insert(draw: st.DrawFn, text: str) -> tuple[str, str]:
            piece = draw(st.sampled_from(options))
            text, where = _insert(draw, text, piece, name)
            return text, f"{where} {piece!r}"

        return insert

    def mixed_line_ends(draw: st.DrawFn, text: str) -> tuple[str, str]:
        lines = _lines(text)
        ends = st.sampled_from(["\r\n", "\r", "\n", ""])
        changed = [
            line.rstrip("\r\n") + draw(ends) if draw(st.booleans()) else line for line in lines
        ]
        return "".join(changed), "mixed-line-ends"

    def deep_nesting(draw: st.DrawFn, text: str) -> tuple[str, str]:
        closed = draw(st.booleans())
        piece = "<div>" * depth + "x" + ("</div>" * depth if closed else "")
        text, where = _insert(draw, text, piece, "deep-nesting")
        return text, f"{where} depth {depth}{'' if closed else ' unclosed'}"

    def huge_line(draw: st.DrawFn, text: str) -> tuple[str, str]:
        unit = draw(st.sampled_from(["x", " ", "\t", "a b", "&amp;", "“", "<b>"]))
        piece = unit * (huge // len(unit)) + "\n"
        text, where = _insert(draw, text, piece, "huge-line")
        return text, f"{where} {unit!r}x{huge // len(unit)}"

    steps: dict[str, _Step] = {
        "cut": cut,
        "cut-middle": cut_middle,
        "duplicate-lines": duplicate,
        "shuffle-lines": shuffle,
        "inject-label": inject_label,
        "nul": pieces(["\x00", "\x00" * 3], "nul"),
        "lone-surrogate": pieces(["\ud800", "\udfff", "\udc80x", "\ud83d"], "lone-surrogate"),
        "character-reference": pieces(CHARACTER_REFERENCES, "character-reference"),
        "control": pieces(CONTROL_CHARACTERS, "control"),
        "line-separator": pieces(["\u2028", "\u2028\u2028", "x\u2028y"], "line-separator"),
        "mixed-line-ends": mixed_line_ends,
        "bom": pieces(["\ufeff", "\ufeff\ufeff"], "bom"),
        "deep-nesting": deep_nesting,
        "huge-line": huge_line,
    }
    return steps[kind]


def mutated(
    text: str,
    *,
    kinds: Sequence[str] = MUTATION_KINDS,
    max_steps: int = 3,
    depth: int = 10_000,
    huge: int = 1_000_000,
) -> st.SearchStrategy[Mutation]:
    """Draw damaged versions of ``text``: one to ``max_steps`` mutations of ``kinds``.

    :param kinds: names from :data:`MUTATION_KINDS`.
    :param depth: how many ``<div>`` elements ``deep-nesting`` nests.
    :param huge: how many characters a ``huge-line`` has.
    :raises ValueError: for an unknown kind.
    """
    unknown = sorted(set(kinds) - set(MUTATION_KINDS))
    if unknown or not kinds:
        raise ValueError(f"unknown mutation kinds {unknown}; choose from {MUTATION_KINDS}")
    chosen = st.sampled_from(tuple(kinds))

    @st.composite
    def damage(draw: st.DrawFn) -> Mutation:
        current = text
        done: list[str] = []
        for kind in draw(st.lists(chosen, min_size=1, max_size=max_steps)):
            current, step = _step(kind, depth, huge)(draw, current)
            done.append(step)
        return Mutation(text=current, steps=tuple(done))

    return damage()
