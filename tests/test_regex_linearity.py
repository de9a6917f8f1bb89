"""Every regular expression of newscore and its plugins: no catastrophic backtracking, linear search."""

from __future__ import annotations

import pytest
import regex

from newscore.testing.regexcheck import (
    check_package,
    check_pattern,
    check_timing,
    installed_packages,
)

# Known exceptions, each with why it may stay. Keep this short.
ALLOWED = {
    "newscore.extract.sources._NEWSPAPER_NAME": "searched in one phrase, which LONGEST_SENTENCE bounds",
    "newscore.extract.statements._QUOTE_BETWEEN_WORDS": "applied to one statement's content,"
    " which LONGEST_SENTENCE bounds",
}


def test_no_pattern_backtracks_badly() -> None:
    packages = installed_packages()
    assert "newscore" in packages
    findings = [finding for package in packages for finding in check_package(package)]
    flagged = [str(finding) for finding in findings if finding.name not in ALLOWED]
    assert not flagged, "\n".join(flagged)
    # An exception whose pattern is gone or fixed must leave the list.
    stale = set(ALLOWED) - {finding.name for finding in findings}
    assert not stale, f"fixed or gone, remove from ALLOWED: {sorted(stale)}"


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        (r"(a+)+b", "nested-quantifier"),
        (r"(?:\w+\s?)*x", "nested-quantifier"),
        (r"(a|a)*b", "overlapping-alternatives"),
        (r"(?:ab|a)*c", "overlapping-alternatives"),
        (r"\s*\s*x", "adjacent-runs"),
        (r"(?P<holder>.+?)[ \t]++on", "adjacent-runs"),
        (r"[ \t\u00a0]++citing", "leading-run"),
        (r",?[ \t]++and", "leading-run"),
        (r"(?i)\w*x", "leading-run"),
        (r"(?:[\p{L}-]++\.)++com", "leading-run"),
    ],
)
def test_bad_shapes_are_flagged(source: str, rule: str) -> None:
    assert rule in {finding.rule for finding in check_pattern(regex.compile(source))}


@pytest.mark.parametrize(
    "source",
    [
        r"(?:\G|(?<![ \t\u00a0]))[ \t\u00a0]++citing",
        r"(?:,|\G|(?<![ \t]))[ \t]++and",
        r"\A\s+x",
        r"^\s*x",
        r"\bfoo\s+bar",
        r"[^;]++",
        r"\G(?P<holder>.+?)(?<![ \t])[ \t]++on",
        r"\A(?>a+)+b",
        r"\A(?:a++)++b",
    ],
)
def test_safe_shapes_pass(source: str) -> None:
    assert check_pattern(regex.compile(source)) == []


def test_timing_catches_a_quadratic_search() -> None:
    findings = check_timing(regex.compile(r"[ \t]++\w"))
    assert findings
    assert {finding.rule for finding in findings} == {"slow"}
    assert check_timing(regex.compile(r"(?<![ \t])[ \t]++\w")) == []
