"""The mutation strategies do the damage they name, and say what they did."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscore.testing.mutations import MUTATION_KINDS, Mutation, mutated

TEXT = "HD\nTitle\n\nKyiv said so.\r\nSource: Reuters\n"

INSERTED = {
    "nul": "\x00",
    "line-separator": "\u2028",
    "bom": "\ufeff",
}


@pytest.mark.parametrize("kind", MUTATION_KINDS)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_each_kind_records_its_step(kind: str, data: st.DataObject) -> None:
    mutation = data.draw(mutated(TEXT, kinds=[kind], max_steps=1, depth=50, huge=500))
    assert isinstance(mutation, Mutation)
    assert mutation.kinds == (kind,)
    assert kind in str(mutation)
    if kind in {"nul", "line-separator", "bom"}:
        assert mutation.text.count(INSERTED[kind]) > TEXT.count(INSERTED[kind])
    if kind == "lone-surrogate":
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in mutation.text)
    if kind == "deep-nesting":
        assert "<div>" * 50 in mutation.text
    if kind == "huge-line":
        assert len(mutation.text) >= len(TEXT) + 500 - 5
    if kind == "cut":
        assert TEXT.startswith(mutation.text)


@settings(max_examples=30, deadline=None)
@given(mutated(TEXT, depth=20, huge=100))
def test_steps_are_bounded(mutation: Mutation) -> None:
    assert 1 <= len(mutation.steps) <= 3
    assert len(repr(mutation)) < 400


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown mutation kinds"):
        mutated(TEXT, kinds=["explode"])
