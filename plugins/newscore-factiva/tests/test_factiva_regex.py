"""Every regular expression of the plugin is linear under search (static and timed check)."""

from __future__ import annotations

from newscore.testing.regexcheck import check_package


def test_no_pattern_can_backtrack_or_go_quadratic() -> None:
    findings = check_package("newscore_factiva")
    assert findings == [], "\n".join(str(finding) for finding in findings)
