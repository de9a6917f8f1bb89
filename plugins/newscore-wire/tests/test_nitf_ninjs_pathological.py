"""The NITF and ninjs readers stay linear, and their patterns cannot backtrack."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscore.testing.pathological import Budget, assert_linear
from newscore.testing.regexcheck import check_module

HERE = Path(__file__).resolve().parent
SETUP = f"import sys; sys.path.insert(0, {str(HERE)!r}); from _wire_host import wire_host; host = wire_host()"
MODULES = [
    "newscore_wire._tree",
    "newscore_wire._nitf_fields",
    "newscore_wire._nitf_write",
    "newscore_wire.nitf",
    "newscore_wire.ninjs",
]


@pytest.mark.parametrize("module", MODULES)
def test_no_pattern_can_backtrack(module: str) -> None:
    findings = check_module(module, timing=False)
    assert findings == [], "\n".join(str(finding) for finding in findings)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("build", "fmt"),
    [
        (
            "'<nitf><body><body.content>' + '<p>KYIV (AP) — x.</p>\\n' * n + '</body.content></body></nitf>'",
            "nitf",
        ),
        ("'<nitf><head><title>T</title></head></nitf>\\n' * n", "nitf"),
        ("'<nitf><body><body.content><p>' + '<b>' * n + 'x'", "nitf"),
        ('\'{"uri": "u", "type": "text", "headline": "H", "body_text": "x"}\\n\' * n', "ninjs"),
        ("'[' * n + ']' * n", "ninjs"),
    ],
    ids=["paragraphs", "many-items", "unclosed", "json-lines", "deep-json"],
)
def test_reading_is_linear(build: str, fmt: str) -> None:
    assert_linear(
        build,
        setup=SETUP,
        work=f"list(host.read(text, format={fmt!r}, extract=False))",
        size=1000,
        min_seconds=0.2,
        attempts=3,
        budget=Budget(seconds=240, memory=2 << 30),
    )
