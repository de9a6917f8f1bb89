"""Transmission time stamps after ETX: the date a wire take was sent.

Three habits are read, each anchored at the stamp's first character:

- AP ``AP-WF-11-13-13 1509GMT`` (MM-DD-YY hhmm zone, after a circuit code);
- ANPA ``11131509 ET Nov 13`` (MMDDhhmm zone month YY);
- IPTC 7901 / dpa ``131137 GMT Nov 13`` (DDhhmm zone month YY).
"""

from __future__ import annotations

import datetime

import attrs
import regex

import newscore

__all__ = ["Stamp", "match_stamp"]

_CIRCUIT = regex.compile(
    r"(?:[A-Z]{1,4}+-){0,3}+(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)[ \t]++\d{4}+"
    r"(?:[ \t]*+[A-Z]{1,4}+)?+"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_STAMP = regex.compile(
    r"(?P<digits>\d{6}+(?:\d\d)?+)[ \t]++(?P<zone>[A-Z]{1,5}+)[ \t]++"
    r"(?P<month_name>[A-Za-z]{3}+)[ \t]++(?P<year>\d\d)(?!\d)"
)


@attrs.frozen(kw_only=True)
class Stamp:
    """A transmission time stamp.

    :param date: the calendar date it gives, as written (no zone conversion).
    :param span: where the stamp stands.
    """

    date: datetime.date
    span: newscore.Span


def _year(two_digits: str) -> int:
    value = int(two_digits)
    return 2000 + value if value < 70 else 1900 + value


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def match_stamp(text: str, position: int, end: int) -> Stamp | None:
    """Read the time stamp that starts at ``position``; ``None`` when none does."""
    found = _CIRCUIT.match(text, position, end)
    if found is not None:
        date = _date(_year(found["year"]), int(found["month"]), int(found["day"]))
        if date is None:
            return None
        return Stamp(date=date, span=newscore.Span(start=found.start(), end=found.end()))
    found = _STAMP.match(text, position, end)
    if found is None:
        return None
    name = found["month_name"].lower()
    if name not in _MONTHS:
        return None
    month = _MONTHS.index(name) + 1
    digits = found["digits"]
    day = int(digits[2:4]) if len(digits) == 8 else int(digits[:2])
    if len(digits) == 8 and int(digits[:2]) != month:
        return None
    date = _date(_year(found["year"]), month, day)
    if date is None:
        return None
    return Stamp(date=date, span=newscore.Span(start=found.start(), end=found.end()))
