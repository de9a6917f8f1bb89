"""Inputs that once broke a promise keep both promises with every format.

Each file in ``regressions/`` (found by the fuzzers) and each text below (found
by the properties) is read as bytes and as text, with every installed format
forced and detected, leniently and strictly; see ``regressions/README.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REGRESSIONS = Path(__file__).resolve().parent / "regressions"

# What broke, on which text, when the properties found it.
TEXTS = {
    "nexis-html strict: AttributeError on a lone surrogate": "\ud800x",
    "native strict: column 2 on a line of length 0": "\r",
    "factiva-xml strict: UnicodeDecodeError on a surrogate reference": "&#xD800;<p>",
    "factiva-html strict: XMLSyntaxError on empty text": "",
    "factiva-xml strict: UnicodeEncodeError on a lone surrogate": "\ud800",
    "factiva-xml strict: libxml2's column put on the article's first line": "<a>\n</a>" + "x" * 50,
    "reuters21578 lenient: a paragraph of underscores in no section": (
        '  <body>\r\n              <p>"It has to be profitable to be repeatable, for other'
        ' people to follow this model," he says.</p>\r\n              <p>___</p>\r\n'
    ),
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_regression_text(promises: Any, text: str) -> None:
    promises.lenient(text, repr(text), every_way=promises.formats)
    promises.strict(text, repr(text))


@pytest.mark.parametrize("name", sorted(path.name for path in REGRESSIONS.glob("*.bin")))
def test_regression_input(promises: Any, name: str) -> None:
    text = (REGRESSIONS / name).read_bytes().decode("utf-8", "surrogateescape")
    promises.lenient(text, name, every_way=promises.formats)
    promises.strict(text, name)


def test_regressions_are_present() -> None:
    assert sorted(REGRESSIONS.glob("*.bin")), "the regression inputs are missing"
