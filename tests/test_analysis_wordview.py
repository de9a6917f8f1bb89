"""The word view's fast look-ups give what a plain list of its words gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscore.extract.analysis import WordView


def _reference(
    tokens: list[tuple[int, int]], first: int, last: int, bound: int
) -> list[tuple[int, int]]:
    return [(start, min(end, bound)) for start, end in tokens[first : max(first, last)]]


@st.composite
def _views(draw: st.DrawFn) -> tuple[list[tuple[int, int]], int, int, int]:
    lengths = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=12))
    tokens: list[tuple[int, int]] = []
    at = 0
    for gap, length in lengths:
        tokens.append((at + gap, at + gap + length))
        at += gap + length
    first = draw(st.integers(0, len(tokens)))
    last = draw(st.integers(0, len(tokens)))
    bound = draw(st.integers(0, at + 1))
    return tokens, first, last, bound


@given(_views(), st.integers(-15, 15))
def test_indexing_matches_a_list(
    view: tuple[list[tuple[int, int]], int, int, int], index: int
) -> None:
    words = WordView(*view)
    expected = _reference(*view)
    assert list(words) == expected
    assert len(words) == len(expected)
    if -len(expected) <= index < len(expected):
        assert words[index] == expected[index]
    else:
        try:
            words[index]
        except IndexError:
            pass
        else:
            raise AssertionError(f"index {index} should be out of range")


@given(_views(), st.integers(-15, 15), st.integers(-15, 15))
def test_slices_match_a_list(
    view: tuple[list[tuple[int, int]], int, int, int], start: int, stop: int
) -> None:
    assert list(WordView(*view)[start:stop]) == _reference(*view)[start:stop]
