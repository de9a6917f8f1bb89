"""Inputs the fuzzers broke once keep both promises with every format.

Each file in ``regressions/`` is read as bytes and as text (UTF-8, bad bytes
kept as lone surrogates), with every installed format forced and detected,
leniently and strictly; see ``regressions/README.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REGRESSIONS = Path(__file__).resolve().parent / "regressions"


@pytest.mark.parametrize("name", sorted(path.name for path in REGRESSIONS.glob("*.bin")))
def test_regression_input(promises: Any, name: str) -> None:
    text = (REGRESSIONS / name).read_bytes().decode("utf-8", "surrogateescape")
    promises.lenient(text, name, every_way=promises.formats)
    promises.strict(text, name)


def test_regressions_are_present() -> None:
    assert sorted(REGRESSIONS.glob("*.bin")), "the regression inputs are missing"
