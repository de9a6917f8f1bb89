"""Publication dates as LexisNexis writes them, in the user's interface language.

Dates are read by :func:`newscore.toolkit.match_date` and, in the other
interface languages (``1 janvier 2014 mercredi``, ``1er janvier 2014``, ``Samstag
3. März 2012``, ``3 de marzo de 2012``, ``2012年3月3日``) by
:func:`newscore.toolkit.match_locale_date`, from Babel's CLDR data, with an optional
weekday before or after the date; this module adds the time Nexis writes after
it (``27. Februar 2012 Montag 9:50 PM GMT+1``).
"""

from __future__ import annotations

import datetime

import attrs
import regex

import newscore
from newscore.toolkit import match_date, match_locale_date

__all__ = ["FoundDate", "read_date"]

_SPACE = r"[ \t\u00a0]"
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
    core = match_date(text, pos, end)
    local = match_locale_date(text, pos, end)
    if core is not None and (local is None or core.span.end >= local.span.end):
        return FoundDate(date=core.date, time=core.time, span=core.span)
    if local is None:
        return None
    start, stop = local.span.start, local.span.end
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
    return FoundDate(date=local.date, time=time, span=newscore.Span(start=start, end=stop))
