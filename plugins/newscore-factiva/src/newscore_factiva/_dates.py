"""Publication dates as Factiva writes them, in the user's interface language, or ISO.

English and ISO dates are read by :func:`newscore.toolkit.search_date`; dates in the
other interface languages (``29 décembre 2011``, ``4. März 1998``, ``3 de marzo de
2012``, ``2012年3月3日``) by :func:`newscore.toolkit.search_locale_date`, from Babel's
CLDR data. Both run in time linear in the text.
"""

from __future__ import annotations

import datetime

import attrs

import newscore
from newscore.toolkit import search_date, search_locale_date

__all__ = ["FoundDate", "find_date"]


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

    Tries :func:`newscore.toolkit.search_date` (English, ISO, dotted...) and the
    interface languages, and returns whichever starts first (the longer on a tie).

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
    local = search_locale_date(text, start, stop)
    if local is not None:
        found.append(FoundDate(date=local.date, span=local.span))
    if not found:
        return None
    return min(found, key=lambda item: (item.span.start, -item.span.end))
