"""Publication dates as Factiva writes them: English, French and German, ISO.

English and ISO dates are read by :mod:`newscore.toolkit.dates`; French and German
month names (``29 décembre 2011``, ``4 März 1998``) by a small pattern here,
which runs in time linear in the text (possessive quantifiers, fixed words).
"""

from __future__ import annotations

import datetime

import attrs
import regex

import newscore
from newscore.toolkit import search_date

__all__ = ["MONTHS", "FoundDate", "find_date"]

MONTHS: dict[str, int] = {
    # French
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # German ("Mai", "April", "August"... are shared with French or English)
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
"""French and German month names (lower case) and their numbers."""

_MONTH_WORDS = "|".join(regex.escape(word) for word in sorted(MONTHS, key=len, reverse=True))
_DATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<day>3[01]|[12][0-9]|0?[1-9])(?:er|\.)?+[\p{Zs}\t]++"
    rf"(?P<month>{_MONTH_WORDS})(?![\p{{L}}])\.?+[\p{{Zs}}\t]++"
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])",
    regex.IGNORECASE | regex.VERSION0,
)


@attrs.frozen(kw_only=True)
class FoundDate:
    """A date found in a text.

    :param date: the calendar date, or ``None`` when the numbers name no real day.
    :param span: where the date is written.
    """

    date: datetime.date | None
    span: newscore.Span


def find_date(text: str, start: int = 0, end: int | None = None) -> FoundDate | None:
    """Find the first full date (with a year) in ``text[start:end]``.

    Tries :func:`newscore.toolkit.dates.search_date` (English, ISO, dotted...) and the
    French and German pattern, and returns whichever starts first.

    >>> find_date("4 März 1998").date
    datetime.date(1998, 3, 4)
    >>> find_date("1er janvier 2012, 10:05").span
    Span(start=0, end=16)
    """
    stop = len(text) if end is None else end
    found: list[FoundDate] = []
    core = search_date(text, start, stop)
    if core is not None:
        found.append(FoundDate(date=core.date, span=core.span))
    local = _DATE.search(text, start, stop)
    if local is not None:
        month = MONTHS[local.group("month").lower()]
        try:
            date: datetime.date | None = datetime.date(
                int(local.group("year")), month, int(local.group("day"))
            )
        except ValueError:
            date = None
        found.append(FoundDate(date=date, span=newscore.Span(start=local.start(), end=local.end())))
    if not found:
        return None
    return min(found, key=lambda item: item.span.start)
