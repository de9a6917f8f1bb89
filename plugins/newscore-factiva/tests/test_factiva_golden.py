"""Golden files: ``data/x`` reads to ``data/x.expected.json``.

Set ``NEWSCORE_UPDATE_GOLDEN=1`` to rewrite the expected files after a
deliberate change, then review the diff.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article

DATA = Path(__file__).parent / "data"
UPDATE = os.environ.get("NEWSCORE_UPDATE_GOLDEN") == "1"
INPUTS = sorted(p for p in DATA.iterdir() if p.is_file() and not p.name.endswith(".expected.json"))


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_golden(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")  # line ends as written
    articles = list(newscore.read(io.StringIO(text, newline=""), extract=False))
    for article in articles:
        check_article(article)
    found = [json.loads(newscore.to_json(article)) for article in articles]
    expected_path = path.with_name(path.name + ".expected.json")
    if UPDATE:
        expected_path.write_bytes((json.dumps(found, indent=2, ensure_ascii=False) + "\n").encode())
    expected = json.loads(expected_path.read_bytes().decode("utf-8"))
    assert found == expected
    assert [newscore.from_json(json.dumps(item)) for item in expected] == articles
