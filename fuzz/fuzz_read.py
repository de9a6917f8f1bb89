"""Fuzz ``newscore.read`` on bytes (``io.BytesIO``), each format forced or detected.

Run with ``nox -s fuzz`` or ``python fuzz/fuzz_read.py CORPUS_DIR -max_total_time=60``.
Any exception other than :class:`newscore.ParseError` in strict mode is a bug.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from _harness import check, choose

    import newscore


def test_one_input(data: bytes) -> None:
    """Read ``data`` (after its selector byte) as a binary file."""
    fmt, strict, extract, payload = choose(data)
    check(
        lambda: newscore.read(io.BytesIO(payload), format=fmt, strict=strict, extract=extract),
        strict=strict,
    )


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
