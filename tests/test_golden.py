"""Golden files: ``data/<format>/valid/x.txt`` reads to ``x.expected.json``.

``data/<format>/invalid/y.*`` must fail in strict mode with the code, line and
column in ``y.error.json``. Set ``NEWSCORE_UPDATE_GOLDEN=1`` to rewrite the
expected files after a deliberate change, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newscore

DATA = Path(__file__).parent / "data"
FORMATS = ("labelled", "plain", "native", "dateline")
UPDATE = os.environ.get("NEWSCORE_UPDATE_GOLDEN") == "1"


def _inputs(kind: str) -> list[tuple[str, Path]]:
    found = []
    for fmt in FORMATS:
        for path in sorted((DATA / fmt / kind).glob("*")):
            if path.name.endswith((".expected.json", ".error.json")):
                continue
            found.append((fmt, path))
    return found


VALID = _inputs("valid")
INVALID = _inputs("invalid")


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as stream:
        return stream.read()


def test_golden_sets_are_not_empty() -> None:
    assert len(VALID) >= 10
    assert len(INVALID) >= 3


@pytest.mark.parametrize(("fmt", "path"), VALID, ids=[p.name for _, p in VALID])
def test_valid_input_reads_to_its_expected_record(fmt: str, path: Path) -> None:
    text = _read(path)
    assert newscore.detect(text)[0].format == fmt
    article = newscore.parse(text)
    expected_path = path.with_name(path.stem + ".expected.json")
    got = newscore.to_dict(article)
    if UPDATE:
        expected_path.write_text(newscore.to_json(article) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected
    assert newscore.from_dict(expected) == article


@pytest.mark.parametrize(("fmt", "path"), INVALID, ids=[p.name for _, p in INVALID])
def test_invalid_input_fails_strictly_at_the_right_place(fmt: str, path: Path) -> None:
    text = _read(path)
    expected = json.loads(path.with_name(path.stem + ".error.json").read_text(encoding="utf-8"))
    with pytest.raises(newscore.ParseError) as caught:
        newscore.parse(text, format=fmt, strict=True)
    error = caught.value
    assert (error.code, error.line, error.column) == (
        expected["code"],
        expected["line"],
        expected["column"],
    )
    lenient = newscore.parse(text, format=fmt)
    assert expected["code"] in [problem.code for problem in lenient.problems]
    # A native chunk is the record itself: a JSON line is kept without its line end.
    assert lenient.raw in text
    assert lenient.raw.strip() == text.strip()
    assert lenient.raw == text or fmt == "native"
