"""Wire-service datelines: "KYIV, Aug 30 (Reuters) - ", "BRUSSELS (AP) — ", ...

:func:`match_dateline` recognises the dateline that opens a wire story, in
the habits of the main agencies:

- Reuters ``KYIV, Aug 30 (Reuters) -``, ``Jan 30 (Reuters) -`` and the older
  ``NEW YORK, March 26 -``;
- AP ``KYIV, Ukraine (AP) —`` and ``BUENOS AIRES, Argentina (AP) _``;
- AFP ``Kyiv (AFP) -``, ``STOCKHOLM, Aug 29, 2014 (AFP) -`` and in French
  ``PARIS, 3 mars 2011 (AFP) -``;
- dpa ``Geneva (dpa) -``, ``Hamburg/Berlin (dpa/lni) -``;
- EFE ``MADRID, 3 mar (EFE).-``; ANSA ``ROMA, 3 MAR (ANSA) -`` and
  ``(ANSA) - ROMA, 3 MAR -``;
- TASS ``MOSCOW, August 30. /TASS/.``, ``МОСКВА, 30 августа. /ТАСС/.`` and a bare
  ``/ТАСС/.``; Ukrinform ``КИЇВ, 30 серпня /Укрінформ/.``;
- RIA Novosti ``МОСКВА, 30 авг — РИА Новости.``;
- Interfax ``KYIV. Aug 30 (Interfax-Ukraine) -``, ``КИЇВ. 30 серпня.
  ІНТЕРФАКС-УКРАЇНА -``, ``Москва. 27 августа. INTERFAX.RU -``; UNN ``КИЇВ. 24 квітня. УНН.``;
- Xinhua ``BEIJING, Aug. 30 (Xinhua) --``;
- several places ``KIEV/DONETSK``, ``NEAR BAKHMUT, Ukraine``;

with a hyphen, en dash, em dash, double hyphen or underscore after it (EFE
writes ``.-``). The date is read by :func:`~newscore.toolkit.dates.match_date`,
with the CLDR month names of every language it reads. An agency that opens the
dateline, or stands without a place (``(ANSA) -``, ``/ТАСС/.``, ``Jan 30 (Reuters)
-``), must be a known news agency. :func:`resolve_year` completes a day and month
with the year that puts the date nearest a reference date, so that a "Dec 31"
story filed with a January export date lands in the year before.
"""

from __future__ import annotations

import calendar
import datetime

import attrs
import regex

from newscore.extract.sources import KNOWN_OUTLETS
from newscore.model import Span
from newscore.toolkit.dates import match_date

__all__ = ["Dateline", "is_news_agency", "match_dateline", "resolve_year"]

_SPACE = r"[ \t\u00a0]"
# Upper-case places: "KYIV", "NEW YORK", "KIEV/DONETSK", "NEAR BAKHMUT".
_UPPER_PLACES = regex.compile(
    rf"(?:NEAR{_SPACE}++)?+(?:(?:ST|FT|MT)\.{_SPACE})?+"
    rf"\p{{Lu}}[\p{{Lu}}'’\-]*+(?:{_SPACE}\p{{Lu}}[\p{{Lu}}'’\-]*+){{0,4}}+"
    rf"(?:/\p{{Lu}}[\p{{Lu}}'’\-]*+(?:{_SPACE}\p{{Lu}}[\p{{Lu}}'’\-]*+){{0,4}}+){{0,5}}+"
    r"(?![\p{Ll}])"
)
# Title-case places, only before an agency or a comma: "Kyiv (AFP)", "Toronto, Feb 26 -"
# (a dateline still needs an agency or a date, and its dash, to be one).
_TITLE_PLACE = rf"\p{{Lu}}[\p{{Ll}}'’\-]++(?:{_SPACE}\p{{Lu}}[\p{{Ll}}'’\-]++){{0,3}}+"
_TITLE_PLACES = regex.compile(rf"{_TITLE_PLACE}(?:/{_TITLE_PLACE}){{0,5}}+(?={_SPACE}*+[(,.])")
_COUNTRY = regex.compile(
    rf"{_SPACE}*+,{_SPACE}*+(\p{{Lu}}[\p{{L}}'’.\-]*+(?:{_SPACE}\p{{Lu}}[\p{{L}}'’.\-]*+){{0,2}}+)"
)
_DATE_LEAD = regex.compile(rf"{_SPACE}*+[,.]++{_SPACE}*+")
_AGENCY = regex.compile(rf"{_SPACE}*+\((?P<agency>[^()\n]{{2,40}}+)\)")
# TASS "/TASS/.", Ukrinform "/Укрінформ/."
_SLASH_AGENCY = regex.compile(rf"\G\.?{_SPACE}*+/(?P<agency>\p{{Lu}}[\p{{L}}\-]{{1,24}}+)/\.?+")
# Interfax "30 серпня. ІНТЕРФАКС-УКРАЇНА -", "27 августа. INTERFAX.RU -", UNN "24 квітня. УНН.":
# a name in capitals after the date's full stop.
_CAPITALS_AGENCY = regex.compile(
    rf"\G\.{_SPACE}++(?P<agency>\p{{Lu}}[\p{{Lu}}\-]{{1,30}}+(?:\.\p{{Lu}}{{2,3}}+)?+)(?![\p{{L}}\p{{N}}])"
)
_SEPARATOR = regex.compile(rf"{_SPACE}*+\.?+(?:--|[-–—_])(?!\p{{L}}){_SPACE}*+")
_AFTER_DATE_DOT = regex.compile(rf"\.{_SPACE}++")
_AFTER_AGENCY_DOT = regex.compile(rf"\.(?:{_SPACE}++|$)")
_NEWS_AGENCIES = {name.lower() for name, kind in KNOWN_OUTLETS.items() if kind == "news agency"}
# RIA Novosti "30 авг — РИА Новости.": a known agency after the dash, then a full stop.
_AGENCY_AFTER_DASH = regex.compile(
    r"\G(?P<agency>"
    + "|".join(regex.escape(name) for name in sorted(_NEWS_AGENCIES, key=lambda n: (-len(n), n)))
    + rf")\.(?:{_SPACE}++|$)",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline at the start of a wire story.

    :param span: the dateline with its separator, up to the story's first word.
    :param places: the place names as written ("KIEV", "DONETSK").
    :param country: the country after the place, as AP writes it, if any.
    :param agency: the agency as written in brackets or slashes ("Reuters", "TASS").
    :param agency_span: where :attr:`agency` stands.
    :param month: the month given, if any.
    :param day: the day given, if any.
    :param year: the year given, if any (AFP writes one).
    :param date_span: where the date stands, if given.
    """

    span: Span
    places: tuple[str, ...]
    country: str | None = None
    agency: str | None = None
    agency_span: Span | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    date_span: Span | None = None

    @property
    def date(self) -> datetime.date | None:
        """The full date, when the dateline gives a year."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


def match_dateline(text: str, pos: int = 0, endpos: int | None = None) -> Dateline | None:
    """Match a dateline starting exactly at ``pos``; ``None`` if there is none.

    A dateline needs an agency or a date, so that an ordinary sentence that
    opens with a capitalised word and a dash is not taken for one.

    >>> found = match_dateline("KYIV, Aug 30 (Reuters) - Ukraine said ...")
    >>> found.places, found.agency, found.month, found.day
    (('KYIV',), 'Reuters', 8, 30)
    >>> found = match_dateline("(ANSA) - ROMA, 3 MAR - Il governo ...")
    >>> found.places, found.agency, found.month, found.day
    (('ROMA',), 'ANSA', 3, 3)
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    leading = _leading_agency(text, pos, end)
    if leading is not None:
        agency_match, after = leading
        placed = _placed_dateline(text, after, end)
        agency = agency_match.group("agency").strip()
        agency_span = Span(start=agency_match.start("agency"), end=agency_match.end("agency"))
        if placed is not None and placed.agency is None:
            return attrs.evolve(
                placed,
                span=Span(start=pos, end=placed.span.end),
                agency=agency,
                agency_span=agency_span,
            )
        return Dateline(
            span=Span(start=pos, end=after), places=(), agency=agency, agency_span=agency_span
        )
    return _placed_dateline(text, pos, end) or _dated_dateline(text, pos, end)


def is_news_agency(name: str) -> bool:
    """Tell whether ``name`` (``"ANSA"``, ``"dpa/lni"``) is a known news agency."""
    return name.split("/", 1)[0].strip().lower() in _NEWS_AGENCIES


def _leading_agency(text: str, pos: int, end: int) -> tuple[regex.Match[str], int] | None:
    """Match "(ANSA) - " or "/ТАСС/. " at ``pos``: a known agency before any place."""
    found = _AGENCY.match(text, pos, end)
    if found is not None and text[pos] == "(":
        separator = _SEPARATOR.match(text, found.end(), end)
        if separator is None or not is_news_agency(found.group("agency")):
            return None
        return found, separator.end()
    found = _SLASH_AGENCY.match(text, pos, end)
    if found is None or text[pos] != "/" or not found.group().endswith("."):
        return None
    if not is_news_agency(found.group("agency")):
        return None
    return found, _skip_spaces(text, found.end(), end)


def _dated_dateline(text: str, pos: int, end: int) -> Dateline | None:
    """Match "Jan 30 (Reuters) - ": a date and a known agency, and no place."""
    if text.find("(", pos, end) < 0:  # no agency in brackets can follow a date
        return None
    found = match_date(text, pos, end, allow_partial=True)
    if found is None:
        return None
    agency_match = _AGENCY.match(text, found.span.end, end)
    if agency_match is None or not is_news_agency(agency_match.group("agency")):
        return None
    separator = _SEPARATOR.match(text, agency_match.end(), end)
    if separator is None:
        return None
    return Dateline(
        span=Span(start=pos, end=separator.end()),
        places=(),
        agency=agency_match.group("agency").strip(),
        agency_span=Span(start=agency_match.start("agency"), end=agency_match.end("agency")),
        month=found.month,
        day=found.day,
        year=found.year,
        date_span=found.span,
    )


def _placed_dateline(text: str, pos: int, end: int) -> Dateline | None:
    """Match a dateline that opens with its places: "KYIV, Aug 30 (Reuters) - "."""
    places_match = _UPPER_PLACES.match(text, pos, end) or _TITLE_PLACES.match(text, pos, end)
    if places_match is None:
        return None
    places = tuple(part.strip() for part in places_match.group().split("/") if part.strip())
    if any(len(place) < 2 for place in places):
        return None
    position = places_match.end()
    country: str | None = None
    month = day = year = None
    date_span: Span | None = None
    found_date = _date_after(text, position, end)
    if found_date is None:
        country_match = _COUNTRY.match(text, position, end)
        if country_match is not None:
            after_country = country_match.end()
            # "RICHMOND, Va. Feb 26": the dot ends the state; "CHATHAM, Mass. (AP)" keeps it
            if text[after_country - 1] == "." and not _AGENCY.match(text, after_country, end):
                after_country -= 1
            if _AGENCY.match(text, after_country, end) or _date_after(text, after_country, end):
                country = country_match.group(1)
                position = after_country
                found_date = _date_after(text, position, end)
    if found_date is not None:
        date_match, position = found_date
        month, day, year = date_match.month, date_match.day, date_match.year
        date_span = date_match.span
    agency_match = _AGENCY.match(text, position, end) or _SLASH_AGENCY.match(text, position, end)
    if agency_match is None and date_span is not None:
        agency_match = _CAPITALS_AGENCY.match(text, position, end)
    if agency_match is not None:
        position = agency_match.end()
    elif date_span is None:
        return None
    position_after = _after_dateline(text, position, end, agency_match, date_span is not None)
    if position_after is None:
        return None
    position, agency_match = position_after
    agency = agency_span = None
    if agency_match is not None:
        agency = agency_match.group("agency").strip()
        agency_span = Span(start=agency_match.start("agency"), end=agency_match.end("agency"))
    return Dateline(
        span=Span(start=pos, end=position),
        places=places,
        country=country,
        agency=agency,
        agency_span=agency_span,
        month=month,
        day=day,
        year=year,
        date_span=date_span,
    )


def _after_dateline(
    text: str, position: int, end: int, agency_match: regex.Match[str] | None, dated: bool
) -> tuple[int, regex.Match[str] | None] | None:
    """Find where the story starts after the dateline's place, date and agency.

    Returns that position and the agency, which RIA Novosti writes after the dash.
    """
    separator = _SEPARATOR.match(text, position, end)
    if separator is not None:
        if agency_match is None:
            after_dash = _AGENCY_AFTER_DASH.match(text, separator.end(), end)
            if after_dash is not None:
                return after_dash.end(), after_dash
        return separator.end(), agency_match
    if agency_match is not None and agency_match.re is _SLASH_AGENCY:
        return _skip_spaces(text, position, end), agency_match
    if agency_match is None:
        # "NEW YORK, March 26. Stocks ...": a full stop after the date, then the story.
        dot = _AFTER_DATE_DOT.match(text, position, end) if dated else None
        return None if dot is None else (dot.end(), None)
    # "(УНІАН). ", "24 квітня. УНН. ": a full stop after a dated or known agency.
    if dated or is_news_agency(agency_match.group("agency")):
        dot = _AFTER_AGENCY_DOT.match(text, position, end)
        if dot is not None:
            return dot.end(), agency_match
    return None


def _date_after(text: str, position: int, end: int) -> tuple[_DateParts, int] | None:
    lead = _DATE_LEAD.match(text, position, end)
    if lead is None:
        return None
    found = match_date(text, lead.end(), end, allow_partial=True)
    if found is None:
        return None
    return _DateParts(month=found.month, day=found.day, year=found.year, span=found.span), (
        found.span.end
    )


@attrs.frozen(kw_only=True)
class _DateParts:
    month: int
    day: int
    year: int | None
    span: Span


def _skip_spaces(text: str, position: int, end: int) -> int:
    while position < end and text[position] in " \t\u00a0":
        position += 1
    return position


def resolve_year(month: int, day: int, reference: datetime.date) -> datetime.date | None:
    """Complete a day and month with the year that puts the date nearest ``reference``.

    >>> resolve_year(12, 31, datetime.date(2025, 1, 2))
    datetime.date(2024, 12, 31)
    >>> resolve_year(1, 1, datetime.date(2024, 12, 30))
    datetime.date(2025, 1, 1)
    """
    candidates = [
        datetime.date(year, month, day)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if _exists(year, month, day)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: abs((candidate - reference).days))


def _exists(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
