"""Hypothesis strategies that damage a real export line by line, remembering what they touched.

Each mutation works on ``(line, original_index)`` pairs, so a test can tell
which articles of the original file no mutation came near.
"""

from __future__ import annotations

from hypothesis import strategies as st

Lines = list[tuple[str, int]]

KINDS = (
    "cut",
    "delete",
    "duplicate",
    "swap",
    "nul",
    "surrogate",
    "reference",
    "separator",
    "line-end",
    "bom",
    "nesting",
    "huge",
    "noise",
)
"""Every kind of damage :func:`mutated` draws from."""

_REFERENCES = ("&#xD800;", "&#0;", "&#x110000;", "&#1;", "&#xDFFF;", "&#65;", "&#99999999;")


def _inject(draw: st.DrawFn, lines: Lines, position: int, piece: str) -> None:
    text, index = lines[position]
    at = draw(st.integers(0, len(text)))
    lines[position] = (text[:at] + piece + text[at:], index)


def _mutate(draw: st.DrawFn, lines: Lines, kind: str, touched: set[int]) -> None:
    position = draw(st.integers(0, len(lines) - 1))
    index = lines[position][1]
    touched.update({index - 1, index, index + 1})
    if kind == "cut":
        text = lines[position][0]
        at = draw(st.integers(0, len(text)))
        touched.update(i + shift for _, i in lines[position:] for shift in (-1, 0, 1))
        del lines[position + 1 :]
        lines[position] = (text[:at], index)
    elif kind == "delete":
        del lines[position]
    elif kind == "duplicate":
        lines.insert(position, lines[position])
    elif kind == "swap":
        other = draw(st.integers(0, len(lines) - 1))
        touched.update({lines[other][1] - 1, lines[other][1], lines[other][1] + 1})
        lines[position], lines[other] = lines[other], lines[position]
    elif kind == "nul":
        _inject(draw, lines, position, "\x00")
    elif kind == "surrogate":
        _inject(draw, lines, position, draw(st.sampled_from(["\ud800", "\udfff", "\udc80"])))
    elif kind == "reference":
        _inject(draw, lines, position, draw(st.sampled_from(_REFERENCES)))
    elif kind == "separator":
        _inject(draw, lines, position, draw(st.sampled_from(["\u2028", "\u2029", "\x85"])))
    elif kind == "line-end":
        text = lines[position][0].rstrip("\r\n")
        lines[position] = (text + draw(st.sampled_from(["\r", "\r\n", "\n", ""])), index)
    elif kind == "bom":
        _inject(draw, lines, position, "\ufeff")
    elif kind == "nesting":
        depth = draw(st.integers(300, 3000))
        closed = draw(st.booleans())
        piece = "<div>" * depth + "deep" + ("</div>" * depth if closed else "") + "\n"
        lines.insert(position, (piece, index))
    elif kind == "huge":
        size = draw(st.integers(10_000, 200_000))
        lines.insert(position, (draw(st.sampled_from(["a", " ", "<", "&"])) * size + "\n", index))
    else:
        noise = draw(st.text(max_size=40))
        lines.insert(position, (noise + "\n", index))
    if not lines:
        lines.append(("\n", index))


@st.composite
def mutated(draw: st.DrawFn, text: str, max_mutations: int = 4) -> tuple[str, set[int]]:
    """Draw ``text`` damaged by 1 to ``max_mutations`` mutations; return it and the lines touched.

    Line indexes are 0-based, of ``text.splitlines(keepends=True)``.
    """
    lines: Lines = [(line, index) for index, line in enumerate(text.splitlines(keepends=True))]
    if not lines:
        lines = [("", 0)]
    touched: set[int] = set()
    for _ in range(draw(st.integers(1, max_mutations))):
        _mutate(draw, lines, draw(st.sampled_from(KINDS)), touched)
    return "".join(line for line, _ in lines), touched
