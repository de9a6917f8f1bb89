"""The time stamps of agency feeds: ISO 8601 in its extended and basic forms.

NewsML-G2 writes ``2016-10-18T13:12:21-05:00`` (and, in some feeds,
``2016-01-12 12:35:40``); NewsML 1.2 writes the basic form
``20140829T134951+0000``. The date is the calendar date as written, without
converting the time zone: that is the day the agency stamped.
"""

from __future__ import annotations

import datetime

import regex

__all__ = ["stamped_date"]

_STAMP = regex.compile(
    r"[ \t\r\n]*+(?P<year>[0-9]{4})(?P<dash>-?+)(?P<month>[0-9]{2})(?P=dash)(?P<day>[0-9]{2})"
    r"(?![0-9])"
)


def stamped_date(text: str) -> datetime.date | None:
    """Return the calendar date a time stamp opens with, or ``None``.

    >>> stamped_date("20140829T134951+0000")
    datetime.date(2014, 8, 29)
    >>> stamped_date("2016-10-18T13:12:21-05:00")
    datetime.date(2016, 10, 18)
    """
    found = _STAMP.match(text)
    if found is None:
        return None
    try:
        return datetime.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
