"""Publication dates as LexisNexis writes them, in English, French and German.

English dates are read by :mod:`newscore.toolkit.dates`; this module adds the French
and German forms Nexis exports use (``1 janvier 2014 mercredi``,
``1er janvier 2014``, ``27. Februar 2012 Montag 9:50 PM GMT+1``), with an
optional weekday before or after the date.
"""

from __future__ import annotations

import datetime

import attrs
import regex

import newscore
from newscore.toolkit import match_date

__all__ = ["FoundDate", "read_date"]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "jänner", "janvier", "january", "jan"),
        ("februar", "feber", "février", "fevrier", "february", "feb"),
        ("märz", "maerz", "mars", "march", "mar"),
        ("april", "avril", "apr"),
        ("mai", "may"),
        ("juni", "juin", "june", "jun"),
        ("juli", "juillet", "july", "jul"),
        ("august", "août", "aout", "aug"),
        ("september", "septembre", "sept", "sep"),
        ("oktober", "octobre", "october", "okt", "oct"),
        ("november", "novembre", "nov"),
        ("dezember", "décembre", "decembre", "december", "dez", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SPACE = r"[ \t\u00a0]"
# Every quantifier is possessive and none is nested, so matching is linear.
_LEADING_WEEKDAY = regex.compile(rf"(?i)(?>{_WEEKDAYS}),?+{_SPACE}++")
_DAY_MONTH_YEAR = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<day>3[01]|[12][0-9]|0?[1-9])(?:\.|er)?+{_SPACE}++"
    rf"(?P<month>(?>{_MONTH_WORDS}))\.?+{_SPACE}++(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])"
)
_TRAILING_WEEKDAY = regex.compile(rf"(?i),?+{_SPACE}++(?>{_WEEKDAYS})(?![\p{{L}}])")
_TIME = regex.compile(rf"(?i),?+{_SPACE}++(?P<hour>2[0-3]|[01]?[0-9])[:.h](?P<minute>[0-5][0-9])")
_ZONE = regex.compile(
    rf"(?i){_SPACE}++(?:gmt|utc|mez|cet|cest|mesz)[+\-]?+[0-9]{{0,2}}+(?![\p{{L}}])"
)
_MERIDIEM = regex.compile(rf"(?i){_SPACE}*+(?P<meridiem>[ap])\.?+m\.?+(?![\p{{L}}])")


@attrs.frozen(kw_only=True)
class FoundDate:
    """A date read from a text.

    :param date: the calendar date, or ``None`` when the numbers form no real date.
    :param time: the time of day written after it, if any.
    :param span: where the date is written, weekday and time included.
    """

    date: datetime.date | None
    time: datetime.time | None
    span: newscore.Span


def read_date(text: str, pos: int = 0, endpos: int | None = None) -> FoundDate | None:
    """Read a date that starts exactly at ``pos`` (after an optional weekday).

    :param text: the text to read.
    :param pos: where the date (or its weekday) must start.
    :param endpos: where the text is taken to end.
    :returns: the date, or ``None`` when none starts at ``pos``.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    english = match_date(text, pos, end)
    if english is not None:
        return FoundDate(date=english.date, time=english.time, span=english.span)
    start = pos
    weekday = _LEADING_WEEKDAY.match(text, pos, end)
    if weekday is not None:
        pos = weekday.end()
    found = _DAY_MONTH_YEAR.match(text, pos, end)
    if found is None:
        return None
    stop = found.end()
    trailing = _TRAILING_WEEKDAY.match(text, stop, end)
    if trailing is not None:
        stop = trailing.end()
    time: datetime.time | None = None
    clock = _TIME.match(text, stop, end)
    if clock is not None:
        hour, minute = int(clock.group("hour")), int(clock.group("minute"))
        stop = clock.end()
        meridiem = _MERIDIEM.match(text, stop, end)
        if meridiem is not None and hour <= 12:
            hour = hour % 12 + (12 if meridiem.group("meridiem").lower() == "p" else 0)
            stop = meridiem.end()
        zone = _ZONE.match(text, stop, end)
        if zone is not None:
            stop = zone.end()
        time = datetime.time(hour, minute)
    try:
        date: datetime.date | None = datetime.date(
            int(found.group("year")),
            _MONTHS[found.group("month").lower()],
            int(found.group("day")),
        )
    except ValueError:
        date = None
    return FoundDate(date=date, time=time, span=newscore.Span(start=start, end=stop))
