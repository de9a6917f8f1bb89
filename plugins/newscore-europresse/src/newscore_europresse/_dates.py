"""Dates as Europresse headers write them ("jeudi 3 mars 2011", "March 3, 2011").

Month and weekday names come from Babel's CLDR data for the interface
languages Europresse offers (:data:`LOCALES`); the code holds no names.
"""

from __future__ import annotations

import datetime
import functools

import attrs
import regex
from babel.dates import get_day_names, get_month_names

__all__ = ["LOCALES", "HeaderDate", "find_date", "weekday_names"]

LOCALES = ("fr", "en", "de", "es", "it", "nl", "pt")
"""The languages whose month and weekday names are recognised."""

_GAP = r"[ \t\u00a0\u202f]++"
# Day first (French, German...): "3 mars 2011", "1er mars 2011", "3. März 2011".
_DAY_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<day>[0-9]{1,2}+)(?:er|\.)?+"
    + _GAP
    + r"(?P<month>\p{L}{3,12}+)\.?+"
    + _GAP
    + r"(?P<year>[0-9]{4}+)(?![\p{N}])"
)
# Month first (English): "March 3, 2011".
_MONTH_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<month>\p{L}{3,12}+)\.?+"
    + _GAP
    + r"(?P<day>[0-9]{1,2}+),?+"
    + _GAP
    + r"(?P<year>[0-9]{4}+)(?![\p{N}])"
)


@functools.lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context=context, locale=locale)
                for number, name in names.items():
                    months.setdefault(name.casefold().rstrip("."), int(number))
    return months


@functools.lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """Return every weekday name of :data:`LOCALES`, case-folded."""
    return frozenset(
        name.casefold()
        for locale in LOCALES
        for context in ("format", "stand-alone")
        for name in get_day_names("wide", context=context, locale=locale).values()
    )


@attrs.frozen
class HeaderDate:
    """A date found in a header: its value and where it is written."""

    date: datetime.date
    start: int
    end: int


def _checked(found: regex.Match[str]) -> datetime.date | None:
    month = _months().get(found.group("month").casefold())
    if month is None:
        return None
    try:
        return datetime.date(int(found.group("year")), month, int(found.group("day")))
    except ValueError:
        return None


def find_date(text: str) -> HeaderDate | None:
    """Return the first full date written in ``text``, or ``None``."""
    best: HeaderDate | None = None
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for found in pattern.finditer(text):
            date = _checked(found)
            if date is not None:
                if best is None or found.start() < best.start:
                    best = HeaderDate(date=date, start=found.start(), end=found.end())
                break
    return best
