"""Fuzz ``newscore.parse`` and ``newscore.read`` on text, each format forced or detected.

The payload is decoded with ``surrogateescape``, so invalid bytes reach the
formats as lone surrogates. Run with ``nox -s fuzz`` or
``python fuzz/fuzz_parse.py CORPUS_DIR -max_total_time=60``.
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    from _harness import check, choose

    import newscore


def test_one_input(data: bytes) -> None:
    """Parse ``data`` (after its selector byte) as text, then read it all."""
    fmt, strict, extract, payload = choose(data)
    text = payload.decode("utf-8", "surrogateescape")
    if "\n" not in text and len(text) < 4096 and os.path.exists(text.strip()):
        return  # a str naming a file is read from disk: not this harness's business
    check(
        lambda: [newscore.parse(text, format=fmt, strict=strict, extract=extract)],
        strict=strict,
    )
    check(lambda: newscore.read(text, format=fmt, strict=strict, extract=False), strict=strict)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
