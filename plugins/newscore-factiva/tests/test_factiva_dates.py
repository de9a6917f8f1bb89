"""French and German month names, English and ISO dates."""

from __future__ import annotations

import datetime

import pytest

from newscore_factiva._dates import find_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 décembre 2011", datetime.date(2011, 12, 29)),
        ("1er janvier 2012", datetime.date(2012, 1, 1)),
        ("4 März 1998", datetime.date(1998, 3, 4)),
        ("9 Mai 1998", datetime.date(1998, 5, 9)),
        ("18 April 1998", datetime.date(1998, 4, 18)),
        ("3. Oktober 1990", datetime.date(1990, 10, 3)),
        ("9 January 2012", datetime.date(2012, 1, 9)),
        ("2012-01-09", datetime.date(2012, 1, 9)),
        ("août 2011", None),
    ],
)
def test_find_date(text: str, expected: datetime.date | None) -> None:
    found = find_date(text)
    assert (found.date if found else None) == expected


def test_impossible_date() -> None:
    found = find_date("31 février 2011")
    assert found is not None
    assert found.date is None


def test_linear_on_long_input() -> None:
    assert find_date("1 " * 50_000) is None
