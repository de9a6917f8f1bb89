"""Recognise and write publication dates in news clippings.

Dates are read with the month names the Unicode CLDR gives for English, French,
German, Spanish, Italian, Dutch, Portuguese, Russian, Ukrainian and Polish
(:data:`READ_LOCALES`; the names are generated into
:mod:`newscore.toolkit.calendar_names`), in the forms clippings use:

* ISO 8601: ``2025-08-30``, ``2025-08-30T14:05:00+03:00``, ``2025-08-30 14:05``;
* day, month, year: ``30 August 2025``, ``30 Aug. 2025``, ``30 серпня 2025 року``,
  ``30 августа 2025 г.``, ``3 mars 2011``, ``3. März 2025``, ``3 de marzo de 2025``;
* month, day, year: ``August 30, 2025``, ``Aug. 30, 2025``;
* dotted, day first: ``30.08.2025``;

each with an optional weekday before it (``Saturday, 30 August 2025``), an optional
time after it (``, 14:05``, `` at 10:15 a.m.``, `` о 14:05``), and, on request,
partial dates without a year as wire datelines write them (``Aug 30``).

Words are matched without regard to case; the space between words may be any
Unicode space, no-break spaces included. A date never starts or ends inside a word
or a number. Every pattern runs in time linear in the length of the text.

>>> match = search_date("Kyiv, 30 серпня 2025 року, 14:05. Source: Reuters")
>>> match.date, match.time, match.span
(datetime.date(2025, 8, 30), datetime.time(14, 5), Span(start=6, end=32))
>>> format_date(match.date, "weekday", "en")
'Saturday, 30 August 2025'
"""

# The patterns and docs hold Cyrillic words and typographic marks on purpose.

from __future__ import annotations

import calendar
import datetime
import types
from collections.abc import Mapping

import attrs
import regex

from newscore.model import Span
from newscore.toolkit.calendar_names import MONTH_NAMES, SHORT_MONTH_NAMES

__all__ = [
    "MONTHS",
    "READ_LOCALES",
    "DateMatch",
    "date_line",
    "format_date",
    "match_date",
    "search_date",
]

# --------------------------------------------------------------------------- words

# Month names come from the CLDR (see calendar_names); these locales are read.
# The Chinese, Japanese and Korean names are a number and a counter ("8月"),
# written year-month-day with counters; no pattern here reads that order yet.
READ_LOCALES = ("en", "en_GB", "fr", "de", "es", "it", "nl", "pt", "ru", "uk", "pl")
"""The CLDR locales whose month names :data:`MONTHS` holds."""

_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UK_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя")
_RU_WEEKDAYS = (
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
)
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_WEEKDAY_WORDS = (
    *(day.lower() for day in _EN_WEEKDAYS),
    *_UK_WEEKDAYS,
    "п'ятниця",
    "п’ятниця",
    *_RU_WEEKDAYS,
)


def _month_words() -> tuple[dict[str, int], frozenset[str]]:
    """Return every month word in lower case with its number, and those that are abbreviations.

    A final full stop is dropped ("janv." is read as "janv", which may take one).
    A word is an abbreviation, and may take a full stop, when no locale writes
    it as a full name: "may" and "mars" are full names, "sept" is not.
    """
    words: dict[str, int] = {}
    full: set[str] = set()
    for locale in READ_LOCALES:
        for form, names in MONTH_NAMES[locale].items():
            for number, name in enumerate(names, start=1):
                word = name.lower().rstrip(".")
                if words.setdefault(word, number) != number:  # pragma: no cover - data check
                    raise AssertionError(f"{word!r} names two months")
                if form.startswith("wide/"):
                    full.add(word)
    for names in SHORT_MONTH_NAMES.values():
        for number, name in enumerate(names, start=1):
            if words.setdefault(name, number) != number:  # pragma: no cover - data check
                raise AssertionError(f"{name!r} names two months")
    return words, frozenset(set(words) - full)


_WORDS, _ABBREVIATIONS = _month_words()

MONTHS: Mapping[str, int] = types.MappingProxyType(_WORDS)
"""Every month word recognised, in lower case, mapped to its month number (1-12).

The CLDR month names of every locale in :data:`READ_LOCALES`, full and
abbreviated, in the format and the stand-alone forms (so Ukrainian, Russian
and Polish names in the genitive and the nominative: ``"серпня"``,
``"серпень"``, ``"августа"``), without a final full stop (``"janv"``), and
the three-letter abbreviations Russian agencies write (``"авг"``, ``"сен"``).
The mapping is read-only.
"""

_LONG_MONTHS: Mapping[str, tuple[str, ...]] = {
    language: MONTH_NAMES[language]["wide/format"] for language in ("en", "uk", "ru")
}
_WEEKDAYS: Mapping[str, tuple[str, ...]] = {
    "en": _EN_WEEKDAYS,
    "uk": _UK_WEEKDAYS,
    "ru": _RU_WEEKDAYS,
}
_STYLES = ("iso", "long", "dotted", "weekday")

# ------------------------------------------------------------------------ patterns
#
# Every pattern below is linear: quantifiers over repeated material are possessive
# or bounded, alternations are between fixed words, and no quantified group
# contains another quantifier. Each attempt at a position therefore does a bounded
# amount of work, except for runs of spaces, which only the few positions just
# before a run can reach.

_WS = r"[\p{Zs}\t]"  # any horizontal Unicode space, NBSP and narrow NBSP included
_NOT_AFTER_WORD = r"(?<![\p{L}\p{N}])"
_NOT_BEFORE_WORD = r"(?![\p{L}\p{N}])"
_SEP = rf"(?:{_WS}*+,{_WS}*+|{_WS}++)"  # a comma and/or spaces between two parts


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in ordered)


def _month_pattern() -> str:
    full: dict[int, list[str]] = {number: [] for number in range(1, 13)}
    short: dict[int, list[str]] = {number: [] for number in range(1, 13)}
    for word, number in MONTHS.items():
        (short if word in _ABBREVIATIONS else full)[number].append(word)
    branches = []
    for number in range(1, 13):
        choices = [rf"(?:{_alternation(full[number])})(?!\p{{L}})"] if full[number] else []
        if short[number]:
            choices.append(rf"(?:{_alternation(short[number])})(?!\p{{L}})\.?+")
        branches.append(rf"(?P<m{number:02d}>{'|'.join(choices)})")
    return rf"(?>{'|'.join(branches)})"


_MONTH_WORD = _month_pattern()
_WEEKDAY = (
    rf"(?>(?:{_alternation(list(_WEEKDAY_WORDS))}){_NOT_BEFORE_WORD}"
    rf"|(?:{_alternation(list(_WEEKDAY_ABBREVIATIONS))}){_NOT_BEFORE_WORD}\.?+)"
)
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
_YEAR_WORD = rf"(?:{_WS}*+(?>року|года|р\.|г\.|р|г){_NOT_BEFORE_WORD})?+"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DAY_WORD = rf"{_DAY}(?:st|nd|rd|th)?+{_NOT_BEFORE_WORD}"
_OFFSET = r"[+\-−](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?"
_TIME = (
    r"(?:"
    # 12-hour clock: 10:15 AM, 10:15 p.m., 9 am
    rf"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5][0-9]))?{_WS}*+"
    r"(?P<meridiem>[ap])(?:\.m\.?+|m(?![\p{L}\p{N}]))"
    # 24-hour clock: 14:05, 14:05:00, 14:05:00.250
    r"|(?P<hour>2[0-3]|[01]?[0-9]):(?P<minute>[0-5][0-9])"
    r"(?::(?P<second>[0-5][0-9])(?:[.,](?P<fraction>[0-9]++))?+)?+"
    r")"
)
_TIME_AFTER = (
    rf"(?:{_SEP}(?:(?>at|об|о|в){_WS}++)?+{_TIME}"
    rf"(?:{_WS}*+(?P<utc>UTC|GMT)(?P<offset>{_OFFSET})?)?+{_NOT_BEFORE_WORD})?"
)
_TRAILING_WEEKDAY = rf"(?:{_SEP}{_WEEKDAY})?"
_TAIL = rf"{_YEAR_WORD}{_TRAILING_WEEKDAY}{_TIME_AFTER}{_NOT_BEFORE_WORD}"

_ISO = (
    rf"{_NOT_AFTER_WORD}(?<![0-9]-)"
    r"(?P<year>(?:19|20)[0-9]{2})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])"
    rf"(?:(?:T|{_WS}++){_TIME}(?P<offset>Z|{_OFFSET})?{_NOT_BEFORE_WORD})?"
    rf"{_NOT_BEFORE_WORD}(?!-[0-9])"
)
_DOTTED = (
    rf"{_NOT_AFTER_WORD}(?<![0-9]\.)"
    rf"{_DAY}\.(?P<mnum>1[0-2]|0?[1-9])\.{_YEAR}(?!\.[0-9])"
    rf"{_TAIL}"
)
# Before the month, the day may take a full stop (German "3. März") or be joined
# to it by "de" (Spanish and Portuguese "3 de marzo"); "de" may join the year too.
_DAY_BEFORE_MONTH = rf"{_DAY_WORD}(?:\.|{_WS}++de(?={_WS}))?+{_WS}++"
_MONTH_BEFORE_YEAR = rf"(?:{_WS}++de{_WS}++|{_SEP})"
_DAY_MONTH_YEAR = (
    rf"{_NOT_AFTER_WORD}{_DAY_BEFORE_MONTH}{_MONTH_WORD}{_MONTH_BEFORE_YEAR}{_YEAR}{_TAIL}"
)
_MONTH_DAY_YEAR = rf"{_NOT_AFTER_WORD}{_MONTH_WORD}{_WS}++{_DAY_WORD}{_SEP}{_YEAR}{_TAIL}"

_FULL = rf"(?:{_ISO}|{_DOTTED}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})"
# The partial forms share their start with the full ones, so that each month word
# is tried once at a position: the year is taken when it follows.
_DAY_MONTH_MAYBE_YEAR = (
    rf"{_NOT_AFTER_WORD}{_DAY_BEFORE_MONTH}{_MONTH_WORD}"
    rf"(?:{_MONTH_BEFORE_YEAR}{_YEAR}{_TAIL}|)"
)
_MONTH_DAY_MAYBE_YEAR = (
    rf"{_NOT_AFTER_WORD}{_MONTH_WORD}{_WS}++{_DAY_WORD}"
    rf"(?:{_SEP}{_YEAR}{_TAIL}|(?![.:][0-9]))"
)
_WITH_PARTIAL = rf"(?:{_ISO}|{_DOTTED}|{_DAY_MONTH_MAYBE_YEAR}|{_MONTH_DAY_MAYBE_YEAR})"
_WEEKDAY_BEFORE = rf"(?:{_NOT_AFTER_WORD}{_WEEKDAY}{_SEP})?"
_FLAGS = regex.IGNORECASE | regex.VERSION0

# Every date starts with a digit, or a word of three letters or more (every month and
# weekday word has three), that does not follow a letter or a digit; testing that
# first lets the search skip other positions quickly.
_START = rf"{_NOT_AFTER_WORD}(?=[0-9]|\p{{L}}[\p{{L}}'’]{{2}})"
_FULL_PATTERN = regex.compile(rf"{_START}{_WEEKDAY_BEFORE}{_FULL}", _FLAGS)
_PARTIAL_PATTERN = regex.compile(rf"{_START}{_WEEKDAY_BEFORE}{_WITH_PARTIAL}", _FLAGS)
_LINE_PATTERN = regex.compile(
    rf"\s*+(?P<date>{_WEEKDAY_BEFORE}{_FULL}){_WS}*+[.,;:!]?+\s*+", _FLAGS
)

# ---------------------------------------------------------------------- the result


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in a text, with where it is written.

    :param date: the date, or ``None`` when the text gives no year (a partial
        date) or when the numbers do not form a real date.
    :param year: the year as written (1900-2099), or ``None`` for a partial date.
    :param month: the month, 1-12.
    :param day: the day of the month, 1-31.
    :param time: the time of day, when one is written after the date; it carries a
        :class:`datetime.timezone` when an offset (``+03:00``, ``Z``, ``GMT``) is
        given.
    :param span: where the date is written in the text passed in, weekday and time
        included; ``span.of(text)`` is the date as written.
    :param valid: ``False`` when the numbers do not form a real date
        (``2025-02-30``); :attr:`date` is then ``None``. A partial date is valid
        when the day exists in some year (``Feb 29`` is, ``Feb 30`` is not).
    """

    date: datetime.date | None
    year: int | None
    month: int
    day: int
    time: datetime.time | None
    span: Span
    valid: bool


def _month_of(match: regex.Match[str]) -> int:
    mnum = match.group("mnum")
    if mnum is not None:
        return int(mnum)
    for number in range(1, 13):
        if match.group(f"m{number:02d}") is not None:
            return number
    raise AssertionError("a date was matched without a month")  # pragma: no cover


def _tzinfo(match: regex.Match[str]) -> datetime.tzinfo | None:
    offset: str | None = match.group("offset")
    if offset is None or offset.upper() == "Z":
        return datetime.timezone.utc if offset or match.group("utc") else None
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    delta = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or "0"))
    return datetime.timezone.utc if not delta else datetime.timezone(sign * delta)


def _time_of(match: regex.Match[str]) -> datetime.time | None:
    hour_text: str | None = match.group("hour")
    if hour_text is None:
        return None
    hour = int(hour_text)
    meridiem: str | None = match.group("meridiem")
    if meridiem is not None:
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    minute = int(match.group("minute") or "0")
    second = int(match.group("second") or "0")
    fraction: str = match.group("fraction") or ""
    microsecond = int(fraction[:6].ljust(6, "0")) if fraction else 0
    return datetime.time(hour, minute, second, microsecond, tzinfo=_tzinfo(match))


def _result(match: regex.Match[str], group: int | str = 0, offset: int = 0) -> DateMatch:
    year_text: str | None = match.group("year")
    year = int(year_text) if year_text is not None else None
    month = _month_of(match)
    day = int(match.group("day"))
    date: datetime.date | None = None
    if year is None:
        valid = day <= calendar.monthrange(2000, month)[1]  # 2000 is a leap year
    else:
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            valid = False
        else:
            valid = True
    start, end = match.span(group)
    return DateMatch(
        date=date,
        year=year,
        month=month,
        day=day,
        time=_time_of(match),
        span=Span(start=start + offset, end=end + offset),
        valid=valid,
    )


def _region(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    size = len(text)
    start = min(max(pos, 0), size)
    end = size if endpos is None else min(max(endpos, 0), size)
    return start, max(start, end)


# ------------------------------------------------------------------------ reading


def match_date(
    text: str, pos: int = 0, endpos: int | None = None, *, allow_partial: bool = False
) -> DateMatch | None:
    """Match a date that starts exactly at ``pos``; nothing is skipped.

    As with :meth:`re.Pattern.match`, ``pos`` and ``endpos`` bound the search:
    the date must end by ``endpos`` and nothing from ``endpos`` on is looked at,
    while the character just before ``pos`` is looked at, so that a date never
    starts inside a word or a number. Out-of-range positions are clamped.

    :param text: the text to read.
    :param pos: where the date must start (its weekday, if it has one).
    :param endpos: where the text is taken to end; the end of ``text`` by default.
    :param allow_partial: also accept a date without a year (``Aug 30``,
        ``30 August``); it is returned with :attr:`~DateMatch.year` and
        :attr:`~DateMatch.date` set to ``None``.
    :returns: the date, or ``None`` if no date starts at ``pos``.
    :raises TypeError: if ``text`` is not a :class:`str`.

    >>> match_date("30 Aug 2025").date
    datetime.date(2025, 8, 30)
    >>> match_date("On 30 Aug 2025") is None
    True
    """
    start, end = _region(text, pos, endpos)
    pattern = _PARTIAL_PATTERN if allow_partial else _FULL_PATTERN
    match = pattern.match(text, start, end)
    return None if match is None else _result(match)


def search_date(
    text: str, pos: int = 0, endpos: int | None = None, *, allow_partial: bool = False
) -> DateMatch | None:
    """Find the first date in ``text[pos:endpos]``.

    ``pos`` and ``endpos`` are read as by :func:`match_date`. Of several dates
    the one that starts first is returned, with its weekday, year and time taken
    in when they are written.

    :param text: the text to search.
    :param pos: where to start looking.
    :param endpos: where the text is taken to end; the end of ``text`` by default.
    :param allow_partial: also accept a date without a year, as :func:`match_date`.
    :returns: the first date, or ``None`` if there is none.
    :raises TypeError: if ``text`` is not a :class:`str`.

    >>> search_date("WASHINGTON, Aug 30 (Reuters)", allow_partial=True).span
    Span(start=12, end=18)
    """
    start, end = _region(text, pos, endpos)
    pattern = _PARTIAL_PATTERN if allow_partial else _FULL_PATTERN
    match = pattern.search(text, start, end)
    return None if match is None else _result(match)


def date_line(text: str, pos: int = 0, endpos: int | None = None) -> DateMatch | None:
    r"""Read ``text[pos:endpos]`` as a line that holds a date and nothing else.

    Spaces (no-break spaces and line ends included) may surround the date and one
    punctuation mark (``.``, ``,``, ``;``, ``:`` or ``!``) may follow it, as in a
    clipping's date line. Only the region is looked at. A date without a year is
    never accepted.

    :param text: the text holding the line.
    :param pos: where the line starts.
    :param endpos: where the line ends; the end of ``text`` by default.
    :returns: the date, whose span covers the date alone, or ``None`` if the line
        is not just a date.
    :raises TypeError: if ``text`` is not a :class:`str`.

    >>> date_line("  Saturday, 30 August 2025.\n").span
    Span(start=2, end=26)
    >>> date_line("Published 30 August 2025") is None
    True
    """
    start, end = _region(text, pos, endpos)
    match = _LINE_PATTERN.fullmatch(text[start:end])
    return None if match is None else _result(match, "date", start)


# ------------------------------------------------------------------------ writing


def format_date(value: datetime.date, style: str = "iso", language: str = "en") -> str:
    """Write ``value`` in one of the forms :func:`date_line` reads back.

    * ``"iso"``: ``2025-08-30`` in every language;
    * ``"long"``: ``30 August 2025``, ``30 серпня 2025``, ``30 августа 2025``;
    * ``"dotted"``: ``30.08.2025`` in every language;
    * ``"weekday"``: ``Saturday, 30 August 2025``, ``субота, 30 серпня 2025``,
      ``суббота, 30 августа 2025``.

    Months are written in the genitive in Ukrainian and Russian, and weekdays
    there in lower case, as in running text.

    :param value: the date; of a :class:`datetime.datetime` only the date is written.
    :param style: ``"iso"``, ``"long"``, ``"dotted"`` or ``"weekday"``.
    :param language: ``"en"``, ``"uk"`` or ``"ru"``.
    :returns: the date as text.
    :raises ValueError: if ``style`` or ``language`` is unknown.

    >>> format_date(datetime.date(2025, 8, 30), "long", "uk")
    '30 серпня 2025'
    """
    if style not in _STYLES:
        raise ValueError(f"unknown date style {style!r}; expected one of {', '.join(_STYLES)}")
    if language not in _LONG_MONTHS:
        raise ValueError(
            f"unknown language {language!r}; expected one of {', '.join(_LONG_MONTHS)}"
        )
    year, month, day = value.year, value.month, value.day
    if style == "iso":
        return f"{year:04d}-{month:02d}-{day:02d}"
    if style == "dotted":
        return f"{day:02d}.{month:02d}.{year:04d}"
    long = f"{day} {_LONG_MONTHS[language][month - 1]} {year:04d}"
    if style == "long":
        return long
    return f"{_WEEKDAYS[language][value.weekday()]}, {long}"
