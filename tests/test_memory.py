"""Memory stays flat over many parses: no cache grows without bound (issue 11)."""

from __future__ import annotations

import gc
import sys
import tracemalloc
from pathlib import Path

import pytest

import newscore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import speed  # noqa: E402

GROWTH_BOUND_BYTES = 256_000
"""The most tracemalloc's current memory may grow from 5,000 to 20,000 parses."""


def current_memory_after(parses: range, texts: list[str]) -> int:
    """Parse a new text for each number of ``parses``; tracemalloc's current memory after."""
    for number in parses:
        newscore.parse(speed.varied(texts, number))
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


@pytest.mark.slow
def test_memory_is_flat_over_twenty_thousand_parses() -> None:
    texts = speed.clipping_set().texts
    for text in texts:  # plugins, patterns and first-use caches load before tracing
        newscore.parse(text)
    gc.collect()
    tracemalloc.start()
    try:
        after_5000 = current_memory_after(range(5_000), texts)
        after_20000 = current_memory_after(range(5_000, 20_000), texts)
    finally:
        tracemalloc.stop()
    assert after_20000 - after_5000 < GROWTH_BOUND_BYTES
